"""Can Qt open a window here? Asked before the QApplication exists.

Qt's own answer to a missing screen or a platform plugin that cannot load is ``qFatal``: many lines
of English and an abort (exit 134) that no Python code can catch. So on Linux the program first
does what Qt will do, cheaply and in-process: load the platform plugin's library (as Qt's plugin
loader would, lazily and locally, which also names the missing library) and, for X11, open and close
one connection to the display. Elsewhere (Windows, macOS) and for platforms that need no screen
(``QT_QPA_PLATFORM=offscreen``, ``minimal``, ``vnc`` …) nothing is checked.

Qt 6 tries ``wayland`` and then ``xcb`` in a Wayland session (``WAYLAND_DISPLAY`` or
``XDG_SESSION_TYPE=wayland``), else only ``xcb``; one of them that works is enough.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from integration_desk.i18n import tr

C = "display"
#: The Debian/Ubuntu packages of the libraries Qt's xcb plugin (``libqxcb.so`` and its
#: ``libQt6XcbQpa``) needs beyond what the program needs without a screen: ``ldd`` of the plugin
#: minus ``ldd`` of ``libQt6Widgets`` (tests/ui/test_display.py keeps the two equal). The README
#: gives the same line next to ``make run``.
QT_PLATFORM_PACKAGES = (
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
)
APT_GET_COMMAND = "sudo apt-get install " + " ".join(QT_PLATFORM_PACKAGES)
_PLUGIN_FILES = {"xcb": ("libqxcb.so",), "wayland": ("libqwayland.so", "libqwayland-generic.so")}


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """One line saying why Qt could not open a window here, or None when it can (or we can't tell)."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    platforms = candidate_platforms(env)
    if not platforms:
        return None
    wayland_problem: str | None = None
    for name in platforms:  # in Qt's order: the first that works is the one Qt will use
        if name == "wayland":
            wayland_problem = _wayland_problem(env)
            if wayland_problem is None:
                return None
            continue
        xcb_problem, missing_libraries = _xcb_problem(env)
        if xcb_problem is None:
            return None
        if missing_libraries or env.get("DISPLAY") or wayland_problem is None:
            return xcb_problem  # xcb is what the README sets up
    return wayland_problem


def candidate_platforms(env: Mapping[str, str]) -> list[str]:
    """The screen platforms Qt will try, in order; empty when it will use one that needs no check."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
        if any(name not in _PLUGIN_FILES for name in names):
            return []  # offscreen, minimal, vnc, eglfs …: the user's choice, no screen of ours to check
        return names
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_files(name: str, env: Mapping[str, str]) -> list[Path]:
    """The plugin files Qt will try for platform ``name``, in its order: the one in
    ``QT_QPA_PLATFORM_PLUGIN_PATH`` (if any), then the first one in its library paths
    (``QT_PLUGIN_PATH``, then its own plugin folder): Qt falls back from the first to the second,
    but not from one library path to the next."""
    from PySide6.QtCore import QLibraryInfo

    def first_in(folders: Sequence[Path]) -> list[Path]:
        for folder in folders:
            for file in _PLUGIN_FILES[name]:
                if (folder / file).is_file():
                    return [folder / file]
        return []

    direct = env.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    folders = [Path(part) / "platforms" for part in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if part]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    return (first_in([Path(direct)]) if direct else []) + first_in(folders)


def _missing_library(name: str, env: Mapping[str, str]) -> str | None:
    """None when Qt's plugin for ``name`` loads; else what it lacks (the last file's)."""
    why: str | None = _PLUGIN_FILES[name][0]  # no plugin file at all
    for plugin in plugin_files(name, env):
        why = _load_error(plugin)
        if why is None:
            return None
    return why


def _load_error(plugin: Path) -> str | None:
    """What keeps the plugin's library from loading (the missing library's name, else the loader's
    message), or None."""
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)  # as Qt's loader; stays loaded
    except OSError as error:
        text = str(error)
        missing = text.split(":", 1)[0].strip()
        return missing if missing and missing != str(plugin) else text
    return None


def _xcb_problem(env: Mapping[str, str]) -> tuple[str | None, bool]:
    """Why the X11 plugin cannot open a window, and whether libraries are missing."""
    library = _missing_library("xcb", env)
    if library is not None:
        return (
            tr(
                C,
                "Qt cannot load its platform plugin xcb, which needs {library}. "
                "Install the Qt platform libraries: {command}",
            ).format(library=library, command=APT_GET_COMMAND),
            True,
        )
    display = env.get("DISPLAY", "")
    if not display:
        return _no_screen(), False
    if not _x_display_answers(display):
        return (
            tr(C, "Cannot open the window: the screen {display} (DISPLAY) does not answer.").format(
                display=display
            ),
            False,
        )
    return None, False


def _wayland_problem(env: Mapping[str, str]) -> str | None:
    """Why the Wayland plugin cannot open a window (said when there is no X11 screen to fall back on)."""
    library = _missing_library("wayland", env)
    if library is not None:
        return tr(C, "Cannot open the window: Qt's platform plugin wayland needs {library}.").format(
            library=library
        )
    if not _wayland_socket(env):
        return tr(
            C,
            "Cannot open the window: the Wayland screen {name} does not answer.",
        ).format(name=env.get("WAYLAND_DISPLAY") or "wayland-0")
    return None


def _no_screen() -> str:
    return tr(
        C,
        "There is no screen to open the window on: neither DISPLAY nor WAYLAND_DISPLAY is set. "
        "Start Integration Desk in a desktop session.",
    )


def _wayland_socket(env: Mapping[str, str]) -> bool:
    """The compositor's socket is there (where libwayland-client looks for it)."""
    name = env.get("WAYLAND_DISPLAY") or "wayland-0"
    if name.startswith("/"):
        return Path(name).exists()
    runtime = env.get("XDG_RUNTIME_DIR")
    return bool(runtime) and (Path(str(runtime)) / name).exists()


def _x_display_answers(display: str) -> bool:
    """Open and close one X connection (libxcb, which the plugin just loaded, as Qt will)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)  # also frees the error object xcb_connect returns
