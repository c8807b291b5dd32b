"""CLI commands other than build (build is covered in test_pipeline.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.cli import main

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "ロシア大統領府のペスコフ報道官は23日、トランプ米大統領とプーチン大統領の接触について述べた。"
    "会談は約2時間半に及んだ。24日にはリヤドで協議が開かれる予定だ。"
)


def test_analyze_without_parse_prints_the_issue_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(TEXT.encode("cp932"))  # a Shift_JIS file is decoded like a page
    assert main(["analyze", str(f), "--published", "2025-03-24T08:57+09:00", "--no-parse"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"sentences", "actors", "times", "quantities"} <= set(out)
    assert len(out["sentences"]) == 3
    trump = next(a for a in out["actors"] if a["name"] == "Donald Trump")
    assert trump["id"] == "Q22686" and trump["title"] == "大統領"
    assert TEXT[trump["start"] : trump["end"]] == "トランプ米大統領"
    values = {t["text"]: t["value"] for t in out["times"]}
    assert values["23日"] == "2025-03-23" and values["24日"] == "2025-03-24"
    q = next(q for q in out["quantities"] if q["unit"] == "時間")
    assert q["value"] == 2.5


def test_analyze_without_published_stays_partial(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("両国は3月19日に協議した。", encoding="utf-8")
    assert main(["analyze", str(f), "--no-parse"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["times"][0]["value"] == "--03-19"


@pytest.mark.parametrize(
    "args",
    [["analyze", "/nonexistent/x.txt", "--no-parse"], ["analyze", "-", "--published", "yesterday"]],
)
def test_analyze_usage_errors(args: list[str]) -> None:
    assert main(args) == 2


def test_kb_import_writes_a_loadable_file(tmp_path: Path) -> None:
    from storyline.nlp import load_kb

    out = tmp_path / "kb.json"
    dump = ROOT / "tests" / "nlp" / "data" / "wikidata_small.json"
    assert main(["kb", "import", str(dump), "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["entities"]
    kb = load_kb([out])
    assert kb.get(doc["entities"][0]["key"]) is not None


def test_config_lists_every_setting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "--set", "ingest.timeout=3"]) == 0
    out = capsys.readouterr().out
    assert "ingest.timeout = 3.0" in out and "dedup.threshold" in out
