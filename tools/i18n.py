"""The translation catalogue: extract every translatable string, merge, apply, compile, check.

Translatable strings are the calls ``tr("Context", "English text")``,
``translate_noop("Context", "English text")`` and ``QCoreApplication.translate(...)`` anywhere in
``integration_desk/``; a context given as a module-level string constant (``C = "PeopleView"``)
is resolved. The Danish catalogue is ``resources/translations/integration_desk_da.ts`` (the source
of truth, edited with Qt Linguist or ``apply``); ``compile`` writes the ``.qm`` Qt loads.

    python tools/i18n.py update          # add new strings (unfinished), drop vanished ones
    python tools/i18n.py apply FILE.tsv  # context<TAB>source<TAB>translation lines
    python tools/i18n.py compile         # .ts -> .qm (pyside6-lrelease)
    python tools/i18n.py check           # exit 1 when a string lacks a finished translation
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "integration_desk"
TS = ROOT / "resources" / "translations" / "integration_desk_da.ts"
FUNCTIONS = {"tr", "translate", "translate_noop"}

Entry = tuple[str, str]


def _constants(tree: ast.Module) -> dict[str, str]:
    names: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] = node.value.value
    return names


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def extract(package: Path = PACKAGE) -> dict[Entry, list[str]]:
    """{(context, source): [file:line, ...]} for every translatable string in the package."""
    found: dict[Entry, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else None
            )
            if name not in FUNCTIONS:
                continue
            context, source = _text(node.args[0], constants), _text(node.args[1], constants)
            if context is None or source is None:
                continue  # a variable: its strings are marked with translate_noop where they are defined
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            where = f"{shown}:{node.lineno}"
            found.setdefault((context, source), []).append(where)
    return found


def read_ts(path: Path = TS) -> dict[Entry, tuple[str, bool]]:
    """{(context, source): (translation, finished)}."""
    result: dict[Entry, tuple[str, bool]] = {}
    if not path.exists():
        return result
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            finished = translation is not None and translation.get("type") is None and bool(text)
            result[(name, message.findtext("source", ""))] = (text, finished)
    return result


def write_ts(
    entries: dict[Entry, tuple[str, bool]], locations: dict[Entry, list[str]], path: Path = TS
) -> None:
    root = ET.Element("TS", version="2.1", language="da_DK", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for context, source in sorted(entries):
        element = contexts.get(context)
        if element is None:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            contexts[context] = element
        message = ET.SubElement(element, "message")
        for where in locations.get((context, source), [])[:1]:
            file, line = where.rsplit(":", 1)
            ET.SubElement(message, "location", filename="../../" + file, line=line)
        ET.SubElement(message, "source").text = source
        text, finished = entries[(context, source)]
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update() -> int:
    locations = extract()
    existing = read_ts()
    merged = {entry: existing.get(entry, ("", False)) for entry in locations}
    write_ts(merged, locations)
    missing = sum(1 for _text, finished in merged.values() if not finished)
    print(f"{len(merged)} strings, {missing} without a finished translation")
    return 0


def apply(tsv: Path) -> int:
    locations = extract()
    entries = read_ts()
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = (part.replace("\\n", "\n") for part in line.split("\t"))
        if (context, source) in locations:
            entries[(context, source)] = (translation, True)
        else:
            print(f"not in the source, skipped: {context} / {source}", file=sys.stderr)
    write_ts({e: entries.get(e, ("", False)) for e in locations}, locations)
    return 0


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return exe


def compile_qm(ts: Path = TS, qm: Path | None = None) -> int:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


def problems(ts: Path = TS, package: Path = PACKAGE) -> list[str]:
    """Every string of ``package`` without a finished Danish translation in ``ts``, or with other placeholders."""
    import string

    entries = read_ts(ts)
    result = []
    formatter = string.Formatter()
    for (context, source), where in sorted(extract(package).items()):
        text, finished = entries.get((context, source), ("", False))
        if not finished:
            result.append(f"{where[0]}: no Danish translation for {context!r} / {source!r}")
            continue
        wanted = {name for _, name, _, _ in formatter.parse(source) if name}
        got = {name for _, name, _, _ in formatter.parse(text) if name}
        if wanted != got:
            result.append(f"{where[0]}: placeholders differ in {context!r} / {source!r}: {sorted(got)}")
    return result


def check() -> int:
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, *rest = argv
    if command == "update":
        return update()
    if command == "apply" and rest:
        return apply(Path(rest[0]))
    if command == "compile":
        return compile_qm()
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
