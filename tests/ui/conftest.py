"""Fixtures of the GUI tests borrowed from the arrivals tests."""

from tests.arrivals.conftest import no_message_boxes  # noqa: F401 - service refusals recorded, not shown
