"""Tests for storyline.nlp.kb: the bundled base, office-holder lookups and load errors."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from storyline.errors import ConfigError
from storyline.nlp.kb import KINDS, load_kb, load_titles


def _write(tmp_path: Path, entities: list[dict[str, Any]], name: str = "user.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"version": "user-1", "entities": entities}), encoding="utf-8")
    return path


def _person(key: str = "hanako_yamada", **extra: Any) -> dict[str, Any]:
    return {"key": key, "name": "Hanako Yamada", "name_ja": "山田花子", "kind": "person",
            "wikidata": None, "aliases": ["山田花子"], "roles": [], **extra}  # fmt: skip


# --------------------------------------------------------------------------- bundled base


def test_bundled_base_is_large_and_consistent() -> None:
    kb = load_kb()
    entities = kb.entities()
    assert len(entities) >= 150
    assert {e.kind for e in entities} == set(KINDS)
    keys = {e.key for e in entities}
    for e in entities:
        assert e.aliases, e.key
        assert e.country is None or e.country in keys, e.key
        for role in e.roles:
            assert role.org is None or role.org in keys, (e.key, role)
    assert re.match(r"^kb-\d{4}\.\d{2}\.\d+$", kb.version)


def test_no_alias_points_to_two_entities() -> None:
    """One alias, one entity; except bodies of different countries that share a name
    (社会民主党: Japan's and Germany's), which the linker tells apart by the country in
    context and which must therefore all name their country."""
    kb = load_kb()
    owners: dict[str, set[str]] = defaultdict(set)
    for e in kb.entities():
        for alias in (*e.aliases, *e.weak_aliases):
            owners[alias].add(e.key)
    shared = {a: k for a, k in owners.items() if len(k) > 1}
    for alias, keys in shared.items():
        entities = [kb.get(k) for k in keys]
        countries = [e.country for e in entities if e is not None and e.kind == "org"]
        assert len(countries) == len(keys) and None not in countries, alias
        assert len(set(countries)) == len(keys), alias
    assert set(shared) <= {"社会民主党", "自由民主党", "労働党", "共和党"}


@pytest.mark.parametrize(
    ("key", "qid"),
    [("donald_trump", "Q22686"), ("vladimir_putin", "Q7747"),
     ("volodymyr_zelenskyy", "Q3874799"), ("joe_biden", "Q6279"), ("japan", "Q17"),
     ("united_states", "Q30"), ("russia", "Q159"), ("ukraine", "Q212"),
     ("united_nations", "Q1065"), ("nato", "Q7184")],
)  # fmt: skip
def test_certain_wikidata_ids(key: str, qid: str) -> None:
    entity = load_kb().get(key)
    assert entity is not None and entity.wikidata == qid


def test_wikidata_ids_are_unique() -> None:
    ids = [e.wikidata for e in load_kb().entities() if e.wikidata]
    assert len(ids) == len(set(ids))


# --------------------------------------------------------------------------- holder / held


@pytest.mark.parametrize(
    ("title", "org", "on", "expected"),
    [
        ("大統領", "united_states", "2025-03-18", "donald_trump"),
        ("大統領", "united_states", "2019-06-01", "donald_trump"),
        ("大統領", "united_states", "2022-06-01", "joe_biden"),
        ("大統領", "united_states", "2021-01-20", "joe_biden"),  # the handover day
        ("大統領", "united_states", "2021-01-19", "donald_trump"),
        ("大統領", "united_states", "2012-01-01", "barack_obama"),
        ("大統領", "russia", "2025-03-18", "vladimir_putin"),
        ("大統領", "russia", "2010-01-01", "dmitry_medvedev"),
        ("大統領", "ukraine", "2025-03-18", "volodymyr_zelenskyy"),
        ("首相", "japan", "2025-03-18", "shigeru_ishiba"),
        ("内閣総理大臣", "japan", "2022-01-01", "fumio_kishida"),
        ("首相", "japan", "2021-01-01", "yoshihide_suga"),
        ("首相", "japan", "2019-01-01", "shinzo_abe"),
        ("官房長官", "japan", "2024-01-10", "yoshimasa_hayashi"),
        ("外相", "japan", "2024-01-10", "yoko_kamikawa"),
        ("外務大臣", "japan", "2025-03-18", "takeshi_iwaya"),
        ("外相", "russia", "2025-03-18", "sergey_lavrov"),
        ("国務長官", "united_states", "2025-03-18", "marco_rubio"),
        ("国務長官", "united_states", "2023-03-18", "antony_blinken"),
        ("報道官", "kremlin", "2025-03-23", "dmitry_peskov"),
        ("社長", "toyota", "2024-05-01", "koji_sato"),
        ("総裁", "bank_of_japan", "2024-05-01", "kazuo_ueda"),
        ("大統領", "united_states", "1990-01-01", None),  # not in the base
        ("大統領", "atlantis", "2025-03-18", None),
    ],
)
def test_holder(title: str, org: str, on: str, expected: str | None) -> None:
    found = load_kb().holder(title, org=org, on=on)
    assert (found.key if found else None) == expected


@pytest.mark.parametrize(
    ("key", "title", "on", "expected"),
    [
        ("donald_trump", "大統領", "2025-03-18", True),
        ("donald_trump", "前大統領", "2025-03-18", False),  # seed 001's title error
        ("donald_trump", "元大統領", "2025-03-18", False),
        ("donald_trump", "前大統領", "2023-06-01", True),
        ("donald_trump", "大統領", "2023-06-01", False),
        ("donald_trump", "次期大統領", "2024-12-01", True),
        ("donald_trump", "次期大統領", "2025-03-18", False),
        ("joe_biden", "前大統領", "2025-03-18", True),
        ("joe_biden", "大統領", "2025-03-18", False),
        ("vladimir_putin", "大統領", "2025-03-18", True),
        ("shigeru_ishiba", "首相", "2025-03-18", True),
        ("fumio_kishida", "前首相", "2025-03-18", True),
        ("takeshi_iwaya", "外務大臣", "2025-03-18", True),
        ("donald_trump", "首相", "2025-03-18", None),  # the base knows no such role
        ("nobody_at_all", "大統領", "2025-03-18", None),
        ("dmitry_peskov", "報道官", "2012-05-15", None),  # start known only to the month
        ("dmitry_peskov", "報道官", "2012-06-15", True),
        ("dmitry_peskov", "大統領報道官", "2025-03-23", True),
    ],
)
def test_held(key: str, title: str, on: str, expected: bool | None) -> None:
    assert load_kb().held(key, title, on=on) is expected


def test_unknown_start_is_never_sure(tmp_path: Path) -> None:
    role = {"title": "市長", "org": None, "start": None, "end": None}
    kb = load_kb([_write(tmp_path, [_person(roles=[role])])])
    assert kb.held("hanako_yamada", "市長", on="2025-01-01") is None
    assert kb.holder("市長", org=None, on="2025-01-01") is None


def test_roles_on() -> None:
    kb = load_kb()
    roles = kb.roles_on("donald_trump", "2025-03-18")
    assert [(r.title, r.org, r.start) for r in roles] == [("大統領", "united_states", "2025-01-20")]
    assert kb.roles_on("donald_trump", "2023-01-01") == ()
    assert kb.roles_on("no_such_key", "2023-01-01") == ()


@pytest.mark.parametrize(
    ("title", "expected"),
    [("前大統領", ("前", "大統領")), ("大統領", (None, "大統領")), ("外務大臣", (None, "外相")),
     ("元首相", ("元", "首相")), ("次期大統領", ("次期", "大統領")), ("大統領報道官", (None, "報道官")),
     ("CEO", (None, "最高経営責任者")), ("見習い", (None, "見習い"))],
)  # fmt: skip
def test_title_split(title: str, expected: tuple[str | None, str]) -> None:
    assert load_titles().split(title) == expected


# --------------------------------------------------------------------------- user files


def test_user_file_is_merged_and_wins(tmp_path: Path) -> None:
    trump = {"key": "donald_trump", "name": "Donald J. Trump", "kind": "person",
             "aliases": ["トランプ"], "roles": []}  # fmt: skip
    kb = load_kb([_write(tmp_path, [_person(), trump])])
    assert kb.get("hanako_yamada") is not None
    replaced = kb.get("donald_trump")
    assert replaced is not None and replaced.name == "Donald J. Trump" and replaced.roles == ()
    assert kb.version.endswith("+user-1")
    assert len(kb) == len(load_kb()) + 1


@pytest.mark.parametrize(
    ("entity", "message"),
    [
        (_person(colour="red"), "unknown field 'colour'"),
        (_person(kind="robot"), "'kind' 'robot' must be one of"),
        (_person(wikidata="22686"), "'wikidata' '22686' must look like Q42"),
        (_person(roles=[{"title": "社長", "org": None, "start": "2024-13-01"}]), "start '2024-13-01' is not a date"),
        (_person(roles=[{"title": "社長", "org": None, "start": "2024/01/01"}]), "start '2024/01/01' is not a date"),
        (_person(roles=[{"title": "社長", "org": None, "start": None, "end": "yesterday"}]), "end 'yesterday'"),
        (_person(roles=[{"title": "社長", "org": None, "start": "2024-05", "end": "2023"}]), "ends (2023) before it starts"),
        (_person(roles=[{"title": "社長", "since": "2020"}]), "unknown role field 'since'"),
        (_person(aliases="山田"), "aliases must be a list"),
        ({"name": "No Key", "kind": "person"}, "'key' None"),
    ],
)  # fmt: skip
def test_invalid_entities_name_file_and_entity(
    tmp_path: Path, entity: dict[str, Any], message: str
) -> None:
    path = _write(tmp_path, [entity])
    with pytest.raises(ConfigError) as err:
        load_kb([path])
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "entity #1" in str(err.value)


def test_duplicate_key_in_one_file(tmp_path: Path) -> None:
    path = _write(tmp_path, [_person(), _person()])
    with pytest.raises(ConfigError, match=r"entity #2: duplicate key 'hanako_yamada'") as err:
        load_kb([path])
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "is not valid JSON"), ('{"entities": []}', "'version' must be"),
     ('{"version": "x", "entities": {}}', "a list 'entities'"),
     ('{"version": "x", "entities": [], "extra": 1}', "unknown top-level field 'extra'")],
)  # fmt: skip
def test_invalid_documents(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_kb([path])


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_kb([tmp_path / "nope.json"])
