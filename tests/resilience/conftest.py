"""Fixtures of the resilience tests: the access tests' login roles (made unique, dropped at the end)."""

from tests.access.conftest import logins  # noqa: F401 - a fixture, used by name
