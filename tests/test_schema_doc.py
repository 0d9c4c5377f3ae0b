"""docs/schema.md describes the schema the program really creates."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_schema_doc_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "schema_doc.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for table in ("persons", "allocations", "audit_events", "rule_sets", "health_records"):
        assert f"## `{table}`" in text
