"""Where a SQLite file may live: not on a network drive (several PCs writing to one file corrupt it).

Shared by the set-up (``services.setup``, which says why) and opening a database
(``services.database``, which refuses); neither imports the other for it.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from integration_desk.i18n import tr

C = "setup"
#: File systems whose files live on another machine (Linux ``/proc/mounts`` types).
NETWORK_FILE_SYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "ncpfs"})
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def _windows_drive_type(root: str) -> int:
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def _read_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _mount_type(path: str, mounts: str) -> tuple[str, str] | None:
    """The (mount point, file system type) holding ``path``: the longest matching mount point."""
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        inside = path == point or point == "/" or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fields[2])
    return best


def network_drive_reason(
    path: str,
    *,
    windows: bool | None = None,
    drive_type: Callable[[str], int] | None = None,
    mounts: str | None = None,
) -> str | None:
    """Why ``path`` is on a network drive, or None when it is on this PC.

    ``drive_type`` (Windows: ``GetDriveTypeW`` of ``"X:\\"``) and ``mounts`` (Linux: the text of
    ``/proc/mounts``) are looked up when not given; tests pass their own.
    """
    windows = sys.platform == "win32" if windows is None else windows
    text_path = path.strip()
    if text_path.startswith(("\\\\", "//")) or text_path.lower().startswith(("smb:", "/mnt/smb", "/net/")):
        where = tr(C, "a network path ({path})").format(path=text_path)
    elif windows:
        if not re.match(r"^[A-Za-z]:", text_path):
            return None
        root = text_path[0].upper() + ":\\"
        if (drive_type or _windows_drive_type)(root) != DRIVE_REMOTE:
            return None
        where = tr(C, "the network drive {drive}").format(drive=root[:2])
    else:
        absolute = os.path.realpath(os.path.expanduser(text_path))
        found = _mount_type(absolute, _read_mounts() if mounts is None else mounts)
        if found is None or found[1] not in NETWORK_FILE_SYSTEMS:
            return None
        where = tr(C, "a network drive ({kind} at {point})").format(kind=found[1], point=found[0])
    return tr(
        C,
        "The database file would be on {where}. Several PCs writing to one SQLite file can "
        "corrupt it. Choose a folder on this PC, or use a PostgreSQL team database.",
    ).format(where=where)
