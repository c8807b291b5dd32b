"""The extraction quality gate: per-field scores on the gold set may not fall below the floors
pinned in tests/baseline.json. Raising a floor is a deliberate commit; a change that lowers a
score fails here. Rerun `storyline eval extract tests/extract/gold` to see the failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.evaluation import FIELDS, evaluate_extraction, load_gold

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "extract" / "gold"
BASELINE = json.loads((ROOT / "tests" / "baseline.json").read_text(encoding="utf-8"))["extract"]


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    rows = load_gold([GOLD])
    result = evaluate_extraction(rows, root=ROOT, settings=Settings())
    out = result.to_json()
    print(json.dumps(out, ensure_ascii=False))
    for fail in result.failures:
        print(json.dumps(fail, ensure_ascii=False))
    return out


def test_gold_set_size() -> None:
    rows = load_gold([GOLD])
    assert len(rows) >= BASELINE["min_pages"]
    assert len({r["style"] for r in rows}) >= 12
    assert {r["format"] for r in rows} == {"html", "text"}
    assert {"utf-8", "cp932", "euc-jp"} <= {r["encoding"] for r in rows}
    for r in rows:
        assert (ROOT / r["path"]).is_file(), r["path"]


@pytest.mark.parametrize("field", [*FIELDS, "duplicate_precision", "duplicate_recall"])
def test_field_floor(scores: dict[str, float], field: str) -> None:
    assert scores[field] >= BASELINE[field], f"{field}: {scores[field]} < floor {BASELINE[field]}"
