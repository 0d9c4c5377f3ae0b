"""The layers are a check, not a hope: the import graph of integration_desk has no cycles.

Every ``import`` and ``from … import`` of every module under ``integration_desk`` counts — at module
level, inside functions and under ``if TYPE_CHECKING:`` alike — because a lazy import is still a
dependency; it only hides the cycle from the interpreter. Two graphs are checked: the folders
(domain, db, services, documents, ui, commands) and the modules themselves.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "integration_desk"
FOLDERS = ("domain", "db", "services", "documents", "ui", "commands")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in sorted(PACKAGE.rglob("*.py"))
        if "migrations" not in path.relative_to(PACKAGE).parts
    }


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The project's modules that ``name`` imports anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from integration_desk.services import audit`` imports the module services.audit;
            # ``from integration_desk.services.audit import record`` the module services.audit
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _folder(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in FOLDERS else None


def _examples(graph: dict[str, set[str]], first: str, second: str) -> list[str]:
    return sorted(f"{a} -> {b}" for a, targets in graph.items() for b in targets
                  if _folder(a) == first and _folder(b) == second)  # fmt: skip


def test_the_walk_sees_imports_at_every_level() -> None:
    graph = _graph()
    assert "integration_desk.services.reports" in graph
    # a function-level import counts: export_report imports the renderers inside the function
    assert "integration_desk.documents.report_pdf" in graph["integration_desk.services.reports"]
    # ``from package import module`` is an edge to the module
    assert "integration_desk.services.audit" in graph["integration_desk.services.audit_log"]


def test_no_cycle_between_folders() -> None:
    graph = _graph()
    folders: dict[str, set[str]] = {folder: set() for folder in FOLDERS}
    for module, targets in graph.items():
        source = _folder(module)
        for target in targets:
            goal = _folder(target)
            if source and goal and goal != source:
                folders[source].add(goal)
    cycles = _cycles(folders)
    details = [
        f"{' <-> '.join(cycle)}: " + "; ".join(
            example for a in cycle for b in cycle if a != b and b in folders[a] for example in _examples(graph, a, b)
        )
        for cycle in cycles
    ]  # fmt: skip
    assert not cycles, "import cycles between folders:\n" + "\n".join(details)


#: Cycles known when this test came (issue 14), each to be broken where its folder is next changed;
#: a new cycle, or one of these growing, fails the test.
KNOWN_CYCLES = {
    # the connection indicator runs its ping through ops; ops shows the indicator's state
    ("integration_desk.ui.ops", "integration_desk.ui.widgets.connection"),
    # the placing panel and the housing view it is embedded in
    ("integration_desk.ui.housing.placing", "integration_desk.ui.housing.view"),
}


def test_no_module_level_import_cycle() -> None:
    """No two modules import each other, directly or around a ring (lazy imports included)."""
    cycles = [c for c in _cycles(_graph()) if tuple(c) not in KNOWN_CYCLES]
    assert not cycles, "module import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_folder_cycle_detection_catches_a_ring() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


RUFF = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))


def _ruff(folder: str, source: str) -> subprocess.CompletedProcess[str]:
    """ruff on ``source`` as if it were a new file under ``integration_desk/<folder>/``.

    ``--stdin-filename`` makes ruff use that folder's ruff.toml without writing the file into the
    package (a test killed half-way leaves nothing behind).
    """
    return subprocess.run(
        [RUFF, "check", "--no-cache", "--select", "TID251",
         "--stdin-filename", str(PACKAGE / folder / "_layer_probe.py"), "-"],
        cwd=ROOT, input=source, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.skipif(not Path(RUFF).exists(), reason="ruff is not installed")
@pytest.mark.parametrize(
    ("folder", "line"),
    [
        ("documents", "from integration_desk.services import audit"),
        ("documents", "from integration_desk.services.reports import run_report"),
        ("documents", "from integration_desk.ui import ops"),
        ("documents", "from integration_desk.db.models import Person"),
        ("db", "from integration_desk.services.context import AppContext"),
        ("db", "import integration_desk.ui.ops"),
    ],
)
def test_ruff_refuses_an_upward_import(folder: str, line: str) -> None:
    """A file under ``folder`` importing a layer above it fails ruff's banned-import check (TID251)."""
    result = _ruff(folder, f'"""Probe."""\n\n{line}\n')
    assert result.returncode == 1, result.stdout + result.stderr
    assert "TID251" in result.stdout


@pytest.mark.skipif(not Path(RUFF).exists(), reason="ruff is not installed")
@pytest.mark.parametrize("folder", ["documents", "db"])
def test_ruff_allows_a_downward_import(folder: str) -> None:
    result = _ruff(folder, '"""Probe."""\n\nfrom integration_desk.domain.weeks import IsoWeek\n')
    assert result.returncode == 0, result.stdout + result.stderr
