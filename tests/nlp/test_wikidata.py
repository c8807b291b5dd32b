"""Tests for storyline.nlp.wikidata on a small hand-written dump in Wikidata's format."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from storyline.errors import ConfigError
from storyline.nlp.kb import load_kb, parse_kb_document
from storyline.nlp.wikidata import import_wikidata_dump, wikidata_time

DUMP = Path(__file__).parent / "data" / "wikidata_small.json"


def _by_key(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["key"]: e for e in doc["entities"]}


def test_import_small_dump() -> None:
    doc = import_wikidata_dump(DUMP)
    entities = _by_key(doc)
    # 9 items: 7 entities + 2 positions (not entities); one broken line; one property ignored.
    assert set(entities) == {"donald_trump", "joe_biden", "vladimir_putin", "united_states",
                             "russia", "toyota", "tokyo"}  # fmt: skip
    assert doc["skipped"] == 1
    trump = entities["donald_trump"]
    assert trump["wikidata"] == "Q22686"
    assert trump["kind"] == "person"
    assert trump["name"] == "Donald Trump" and trump["name_ja"] == "ドナルド・トランプ"
    assert "トランプ" in trump["aliases"] and "Trump" in trump["aliases"]
    assert trump["roles"] == [
        {"title": "大統領", "org": "united_states", "start": "2017-01-20", "end": "2021-01-20"},
        {"title": "大統領", "org": "united_states", "start": "2025-01-20", "end": None},
    ]
    assert trump["country"] == "united_states"
    # ロシア連邦大統領: the jurisdiction's alias ロシア連邦 is cut off the title.
    assert entities["vladimir_putin"]["roles"][0]["title"] == "大統領"
    assert entities["vladimir_putin"]["roles"][0]["org"] == "russia"


@pytest.mark.parametrize(
    ("key", "kind", "country"),
    [("united_states", "country", None), ("toyota", "org", "japan"), ("tokyo", "place", "japan")],
)
def test_kinds_and_countries(key: str, kind: str, country: str | None) -> None:
    entity = _by_key(import_wikidata_dump(DUMP))[key]
    assert (entity["kind"], entity["country"]) == (kind, country)


def test_result_is_a_valid_kb_document_usable_by_load_kb(tmp_path: Path) -> None:
    doc = import_wikidata_dump(DUMP)
    version, entities = parse_kb_document(doc, origin="import")
    assert version == "wikidata-wikidata_small.json" and len(entities) == 7
    path = tmp_path / "wd.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    kb = load_kb([path])
    holder = kb.holder("大統領", org="united_states", on="2025-03-18")
    assert holder is not None and holder.key == "donald_trump"
    assert kb.held("donald_trump", "前大統領", on="2025-03-18") is False


@pytest.mark.parametrize("opener", [gzip.open, bz2.open])
def test_compressed_dumps(tmp_path: Path, opener: Any) -> None:
    suffix = ".gz" if opener is gzip.open else ".bz2"
    path = tmp_path / f"dump.json{suffix}"
    with opener(path, "wb") as fh:
        fh.write(DUMP.read_bytes())
    assert import_wikidata_dump(path)["entities"] == import_wikidata_dump(DUMP)["entities"]


def test_limit_caps_items_read() -> None:
    doc = import_wikidata_dump(DUMP, limit=2)
    assert [e["key"] for e in doc["entities"]] == ["donald_trump", "joe_biden"]
    # The position the two refer to is still found further down the file.
    assert doc["entities"][1]["roles"][0]["title"] == "大統領"


def test_missing_and_corrupt_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        import_wikidata_dump(tmp_path / "nope.json")
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"this is not gzip")
    with pytest.raises(ConfigError, match="could not be read"):
        import_wikidata_dump(bad)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"time": "+2017-01-20T00:00:00Z", "precision": 11}, "2017-01-20"),
        ({"time": "+2012-05-00T00:00:00Z", "precision": 10}, "2012-05"),
        ({"time": "+2012-05-07T00:00:00Z", "precision": 10}, "2012-05"),
        ({"time": "+1994-00-00T00:00:00Z", "precision": 9}, "1994"),
        ({"time": "+1900-00-00T00:00:00Z", "precision": 7}, None),  # a century
        ({"time": "garbage", "precision": 11}, None),
        (None, None),
    ],
)
def test_wikidata_time(value: Any, expected: str | None) -> None:
    assert wikidata_time(value) == expected
