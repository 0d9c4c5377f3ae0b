"""Writing a file so that nobody ever sees half of it: a temporary file beside the target, renamed
over it at the end, removed when the work fails or the user cancels (an export, a print batch)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from integration_desk.services.progress import Progress, report


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder; on success it becomes ``target`` (one
    rename), on any exception (``Cancelled`` too) it is deleted and ``target`` is left as it was."""
    target = Path(target)
    handle, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.stem}.", suffix=f".partial{target.suffix}"
    )  # the writers want the suffix
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_bytes(target: Path, data: bytes) -> None:
    """``target.write_bytes(data)``, all or nothing."""
    with replacing(target) as temporary:
        temporary.write_bytes(data)


def write_whole(target: Path, write: Callable[[Path], object], progress: Progress | None = None) -> None:
    """``write(temporary)``, then the temporary becomes ``target``; a cancel reported through
    ``progress`` at the end still leaves nothing."""
    with replacing(target) as temporary:
        write(temporary)
        report(progress, 1, 1)
