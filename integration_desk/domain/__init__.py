"""Pure domain rules: no Qt, no SQLAlchemy. Plain functions and frozen dataclasses."""
