"""The Qt binding itself: a release that corrupts reference counts aborts a long session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_keeps_the_reference_count_of_none(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 lowered None's count by one per call of a method returning nothing (hide,
    # setText, setEnabled …): on Python 3.11, where None is not immortal, the program aborted
    # with "none_dealloc" after some thousand calls. pyproject.toml excludes that release.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.hide()
        label.setText("x")
    assert sys.getrefcount(None) - before > -50
