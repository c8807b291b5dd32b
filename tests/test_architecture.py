"""The shape of the house, checked so it cannot rot.

- A stage imports only the shared modules (models, errors, config) and its own third-party
  libraries, never another stage, the store, the pipeline or the CLI.
- Heavy libraries stay in their stage: spaCy/GiNZA/SudachiPy only in nlp, trafilatura only in
  extract, Jinja2 only in report, datasketch only in dedup.
- Importing storyline (any module) loads no model and no heavy library.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"
STAGES = ["ingest", "extract", "dedup", "nlp", "events", "stories", "report", "store"]
SHARED = {"storyline", "storyline.models", "storyline.errors", "storyline.config"}
HEAVY = {
    "spacy": {"nlp"},
    "ginza": {"nlp"},
    "sudachipy": {"nlp"},
    "thinc": {"nlp"},
    "trafilatura": {"extract"},
    "jinja2": {"report"},
    "datasketch": {"dedup"},
    "warcio": {"ingest"},
    "feedparser": {"ingest"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module == "storyline":
                names.extend(f"storyline.{a.name}" for a in node.names)
    return names


def _owner(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


FILES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_stage_imports(path: Path) -> None:
    owner = _owner(path)
    for name in _imports(path):
        top = name.split(".")[0]
        if top in HEAVY:
            assert owner in HEAVY[top], (
                f"{path.relative_to(SRC)} imports {name}; only {HEAVY[top]} may"
            )
        if owner in STAGES and name.startswith("storyline."):
            parts = name.split(".")
            module = ".".join(parts[:2])
            if module in SHARED or parts[1] == owner:
                continue
            raise AssertionError(f"stage {owner!r} imports {name} ({path.relative_to(SRC)})")


def test_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, importlib, pkgutil, storyline\n"
        "for m in pkgutil.walk_packages(storyline.__path__, 'storyline.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(' '.join(sorted(k for k in ('spacy','ginza','thinc','torch') if k in sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"importing storyline loaded: {out.stdout}"
