"""Writes packaging/integration-desk.ico from resources/icons/integration-desk.png (committed; rerun
after changing the PNG): `.venv/bin/python packaging/make_icon.py`. Uses Pillow (a dependency of
reportlab, so it is in the venv)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def main() -> None:
    source = ROOT / "resources" / "icons" / "integration-desk.png"
    target = ROOT / "packaging" / "integration-desk.ico"
    Image.open(source).convert("RGBA").save(target, format="ICO", sizes=SIZES)
    print(target)


if __name__ == "__main__":
    main()
