"""An exported file appears whole or not at all: written beside its target, then renamed.

A failed or cancelled export (a full disk, a renderer's error, the user's *Cancel*) leaves no half
file and keeps an older file of the same name as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from integration_desk.services.progress import Progress, report


def write_whole(path: Path, write: Callable[[Path], object], progress: Progress | None = None) -> None:
    """``write(temporary)`` into a file beside ``path``, then rename it to ``path``.

    The temporary keeps ``path``'s suffix (the writers need it) and is removed when ``write`` raises
    or ``progress`` says the user cancelled (``Cancelled``)."""
    path = Path(path)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=f".partial{path.suffix}")
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        report(progress, 1, 1)  # a cancel during the writing still leaves nothing
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
