"""Integration Desk: arrivals, housing, contracts and programme hours for a municipality's integration team."""

__version__ = "0.1.0"
