"""Regenerate every picture of the user guide (``make docs``).

Each picture is the program's own ``screenshot`` command run against a fresh demo database (the
demo is deterministic), at a fixed size and on the demo's fixed date, in Danish
(``docs/images/da/``) and English (``docs/images/en/``), so the pictures in
``docs/user-guide.md`` and ``docs/user-guide.en.md`` never go stale: after a change of the UI,
run ``make docs`` and commit the PNGs.

    python tools/docs.py             # all pictures
    python tools/docs.py housing     # only the pictures of these views
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
IMAGES = DOCS / "images"
GUIDES = {"da": DOCS / "user-guide.md", "en": DOCS / "user-guide.en.md"}
LANGUAGES = ("da", "en")
SIZE = "1280x800"
TODAY = "2016-10-03"  # the demo's date: its deadlines, arrivals and rooms are current then
USER = "mette"  # the demo's caseworker, Mette Holm

#: (picture name, view of the main window it shows): the guide's chapters use these.
PICTURES: tuple[tuple[str, str], ...] = (
    ("overview", "overview"),
    ("calendar", "calendar"),
    ("people", "people"),
    ("housing", "housing"),
    ("contracts", "contracts"),
    ("hours", "hours"),
    ("reports", "reports"),
)


def picture_path(language: str, name: str) -> Path:
    return IMAGES / language / f"{name}.png"


def all_pictures() -> list[Path]:
    """Every picture ``make docs`` writes."""
    return [picture_path(language, name) for language in LANGUAGES for name, _view in PICTURES]


def _command(database: str, language: str, view: str, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "integration_desk",
        "--database",
        database,
        "--lang",
        language,
        "--today",
        TODAY,
        "--user",
        USER,
        "screenshot",
        view,
        "--out",
        str(out),
        "--size",
        SIZE,
    ]


def generate(only: set[str] | None = None, images: Path = IMAGES) -> list[Path]:
    """Seed a fresh demo database in a temporary folder and take every picture; return the files."""
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="idesk-docs-") as tmp:
        database = "sqlite:///demo.sqlite3"  # relative to tmp: the status bar says just that
        # Nothing of the user's own settings (window state, saved language, database) leaks in.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tmp)
        env["INTEGRATION_DESK_SETTINGS"] = str(Path(tmp) / "settings.ini")
        env.pop("INTEGRATION_DESK_DATABASE_URL", None)
        seed = [sys.executable, "-m", "integration_desk", "--database", database, "seed-demo"]
        subprocess.run(seed, check=True, env=env, cwd=tmp, stdout=subprocess.DEVNULL)
        for language in LANGUAGES:
            for name, view in PICTURES:
                if only and name not in only and view not in only:
                    continue
                out = (images / language / f"{name}.png").resolve()
                out.parent.mkdir(parents=True, exist_ok=True)
                run = _command(database, language, view, out)
                subprocess.run(run, check=True, env=env, cwd=tmp, stdout=subprocess.DEVNULL)
                written.append(out)
                print(out.relative_to(ROOT) if out.is_relative_to(ROOT) else out)
    return written


def main(argv: list[str]) -> int:
    generate(set(argv) or None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
