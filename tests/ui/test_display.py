"""Without a screen, or without Qt's platform libraries, the program says so in one line and exits
with code 2 — before Qt, whose own answer is many lines of English and an abort (exit 134).
Issue 13, points 2 and 11."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from integration_desk.ui import display
from integration_desk.ui.display import (
    APT_GET_COMMAND,
    QT_PLATFORM_PACKAGES,
    candidate_platforms,
    display_problem,
)

ROOT = Path(__file__).resolve().parents[2]
SCREEN_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM", "QT_PLUGIN_PATH")
QT = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)).parent


def _desk(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The program as a caseworker starts it: no offscreen platform unless ``env`` sets one."""
    base = {key: value for key, value in os.environ.items() if key not in SCREEN_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "integration_desk", *args],
        capture_output=True,
        text=True,
        env={**base, **env},
        timeout=300,
    )


@pytest.fixture
def plugins_lacking_a_library(tmp_path: Path) -> Path:
    """A Qt plugin folder whose xcb plugin needs a library no system has (``libxcb-cursxr.so.0``
    for ``libxcb-cursor.so.0``): what a fresh Debian without libxcb-cursor0 looks like to Qt."""
    plugin = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert plugin.count(b"libxcb-cursor.so.0") == 1  # the plugin's DT_NEEDED entry
    folder = tmp_path / "qt" / "plugins"
    (folder / "platforms").mkdir(parents=True)
    (folder / "platforms" / "libqxcb.so").write_bytes(
        plugin.replace(b"libxcb-cursor.so.0", b"libxcb-cursxr.so.0")
    )
    (tmp_path / "qt" / "lib").symlink_to(QT / "lib")  # the plugin's RUNPATH is $ORIGIN/../../lib
    return folder


def test_without_a_screen_one_line_and_exit_2(demo_url: str) -> None:
    done = _desk("--database", demo_url, "--user", "mette")
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        "integration-desk: Der er ingen skærm at åbne vinduet på: hverken DISPLAY eller WAYLAND_DISPLAY "
        "er sat. Start Integration Desk i en skrivebordssession.\n"
    )


def test_missing_platform_libraries_name_the_apt_get_line(
    demo_url: str, plugins_lacking_a_library: Path
) -> None:
    for screen in ({"DISPLAY": ":0"}, {}):  # with a screen, and without one too
        done = _desk(
            "--database", demo_url, "--user", "mette", QT_PLUGIN_PATH=str(plugins_lacking_a_library), **screen
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr == (
            "integration-desk: Qt kan ikke indlæse sit platform-plugin xcb, som kræver libxcb-cursxr.so.0. "
            f"Installér Qt's platformbiblioteker: {APT_GET_COMMAND}\n"
        )
    english = _desk("--lang", "en", QT_PLUGIN_PATH=str(plugins_lacking_a_library), DISPLAY=":0")
    assert english.returncode == 2
    assert english.stderr.startswith("integration-desk: Qt cannot load its platform plugin xcb, which needs")
    assert english.stderr.count("\n") == 1 and english.stderr.rstrip().endswith(APT_GET_COMMAND)


def test_a_screen_that_does_not_answer_is_one_line() -> None:
    problem = display_problem({"DISPLAY": ":7391"})
    assert problem == "Kan ikke åbne vinduet: skærmen :7391 (DISPLAY) svarer ikke."


def test_which_platforms_qt_tries() -> None:
    assert candidate_platforms({}) == ["xcb"]
    assert candidate_platforms({"WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]
    assert candidate_platforms({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    assert candidate_platforms({"QT_QPA_PLATFORM": "xcb"}) == ["xcb"]
    assert candidate_platforms({"QT_QPA_PLATFORM": "offscreen"}) == []  # no screen to check
    assert candidate_platforms({"QT_QPA_PLATFORM": "xcb;offscreen"}) == []  # Qt falls back to offscreen
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_a_wayland_session_falls_back_to_x11() -> None:
    """Qt tries wayland first; a broken one is no problem while the X11 screen answers (and the
    message names the X11 side, the one the README sets up)."""
    problem = display_problem(
        {"WAYLAND_DISPLAY": "nowhere-7391", "XDG_RUNTIME_DIR": "/nonexistent", "DISPLAY": ":7391"}
    )
    assert problem is not None and ":7391 (DISPLAY)" in problem


def _debian_package(soname: str) -> str:
    """Debian's name for the package of a shared library: libfoo.so.1 -> libfoo1, libfoo-x11.so.0 -> libfoo-x11-0."""
    name, version = re.fullmatch(r"(.+)\.so\.(\d+)", soname).groups()  # type: ignore[union-attr]
    return (name + ("-" if name[-1].isdigit() else "") + version).lower()


def _ldd(library: Path) -> set[str]:
    listing = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True).stdout
    return {line.split()[0] for line in listing.splitlines() if ".so" in line}


def test_the_apt_get_line_is_what_the_xcb_plugin_needs_beyond_the_program_without_a_screen() -> None:
    extra = _ldd(QT / "plugins" / "platforms" / "libqxcb.so") - _ldd(QT / "lib" / "libQt6Widgets.so.6")
    system = {soname for soname in extra if not soname.startswith("libQt6")}  # Qt's own come with PySide6
    assert sorted(_debian_package(soname) for soname in system) == sorted(QT_PLATFORM_PACKAGES)
    assert "sudo apt-get install " + " ".join(QT_PLATFORM_PACKAGES) == APT_GET_COMMAND


def test_the_readme_gives_the_apt_get_line_next_to_make_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert APT_GET_COMMAND in quick_start and "make run" in quick_start


# --- A real screen (Xvfb), where it is installed ---------------------------------------------


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # written once the server accepts connections
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_on_a_real_screen_nothing_is_refused_and_the_window_opens(xvfb: str, demo_url: str) -> None:
    assert display_problem({"DISPLAY": xvfb}) is None
    done = _desk("--database", demo_url, "--user", "mette", "gui", "--quit-after", "paint", DISPLAY=xvfb)
    assert done.returncode == 0, done.stderr


def test_the_check_loads_the_plugin_qt_will_load(plugins_lacking_a_library: Path) -> None:
    """QT_PLUGIN_PATH comes before Qt's own folder; QT_QPA_PLATFORM_PLUGIN_PATH is tried first but
    Qt falls back from it to its library paths, so a broken plugin there is no problem."""
    broken = {"QT_PLUGIN_PATH": str(plugins_lacking_a_library)}
    assert display.plugin_files("xcb", broken)[0].is_relative_to(plugins_lacking_a_library)
    assert "libxcb-cursxr.so.0" in (display_problem({**broken, "DISPLAY": ":7391"}) or "")
    direct = {"QT_QPA_PLATFORM_PLUGIN_PATH": str(plugins_lacking_a_library / "platforms"), "DISPLAY": ":7391"}
    assert len(display.plugin_files("xcb", direct)) == 2
    assert "svarer ikke" in (display_problem(direct) or "")  # the plugin loads; the screen is the problem
