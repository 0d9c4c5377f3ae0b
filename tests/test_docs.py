"""The user guide: its pictures are the ones ``make docs`` makes, and both languages have the same chapters."""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("docs_tool", ROOT / "tools" / "docs.py")
assert spec is not None and spec.loader is not None
docs_tool = importlib.util.module_from_spec(spec)
sys.modules["docs_tool"] = docs_tool
spec.loader.exec_module(docs_tool)

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def _images(guide: Path) -> list[Path]:
    return [(guide.parent / target).resolve() for target in IMAGE.findall(guide.read_text(encoding="utf-8"))]


def _chapters(guide: Path) -> list[str]:
    return [line for line in guide.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_every_picture_of_the_guides_is_made_by_make_docs_and_exists() -> None:
    made = {path.resolve() for path in docs_tool.all_pictures()}
    for language, guide in docs_tool.GUIDES.items():
        images = _images(guide)
        assert images, guide
        for image in images:
            assert image in made, f"{guide.name}: {image} is not in tools/docs.py's PICTURES"
            assert image.parent.name == language, f"{guide.name} shows a picture of another language"
            assert image.exists(), f"{image} is missing: run make docs"
    width, height = (int(n) for n in docs_tool.SIZE.split("x"))
    for path in made:
        assert path.exists(), f"{path} is missing: run make docs"
        assert _png_size(path) == (width, height), path


def test_every_picture_make_docs_makes_is_used() -> None:
    used = {image for guide in docs_tool.GUIDES.values() for image in _images(guide)}
    readme = ROOT / "README.md"
    used |= {(ROOT / target).resolve() for target in IMAGE.findall(readme.read_text(encoding="utf-8"))}
    unused = [path for path in docs_tool.all_pictures() if path.resolve() not in used]
    assert unused == []


def test_the_danish_and_english_guides_have_the_same_chapters_and_pictures() -> None:
    da, en = docs_tool.GUIDES["da"], docs_tool.GUIDES["en"]
    da_chapters, en_chapters = _chapters(da), _chapters(en)
    assert len(da_chapters) == len(en_chapters) >= 9
    numbers = [[c.split(".")[0] for c in chapters] for chapters in (da_chapters, en_chapters)]
    assert numbers[0] == numbers[1]
    assert [p.name for p in _images(da)] == [p.name for p in _images(en)]


def test_the_guides_link_each_other_and_the_readme_links_both() -> None:
    da, en = docs_tool.GUIDES["da"], docs_tool.GUIDES["en"]
    assert "(user-guide.en.md)" in da.read_text(encoding="utf-8")
    assert "(user-guide.md)" in en.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/user-guide.md)" in readme and "(docs/user-guide.en.md)" in readme


def test_the_screenshot_command_make_docs_runs_writes_a_picture_of_the_fixed_size(
    tmp_path: Path,
) -> None:
    written = docs_tool.generate({"overview"}, images=tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == [
        "da/overview.png",
        "en/overview.png",
    ]
    width, height = (int(n) for n in docs_tool.SIZE.split("x"))
    assert all(_png_size(p) == (width, height) for p in written)
