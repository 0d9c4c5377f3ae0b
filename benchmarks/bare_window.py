"""The baseline for the start-up benchmark: the cheapest PySide6 window there is.

Creates a QApplication and a QMainWindow holding one QLabel, shows it and quits right after the
window's first paint event — the same way `integration-desk gui --quit-after paint` does — so that
`benchmarks/run.py` can compare the program's start-up time and memory with what Qt alone costs.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    label = QLabel("Hello")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1024, 640)  # the main window's minimum size
    window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
