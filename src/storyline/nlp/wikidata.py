"""Build a knowledge-base document from a Wikidata JSON dump.

The dump format is Wikidata's: a JSON array with one entity per line (``[``, then
``{...},`` lines, then ``]``), plain or compressed (``.gz``, ``.bz2``). The file is streamed;
a line that is not a JSON entity is skipped and counted. Read per entity: the ``ja``/``en``
labels and aliases, P31 (instance of) for the kind, P39 (position held) with its P580/P582
(start/end) qualifiers for dated roles, and P27/P17 (citizenship / country).

A position item (the P39 target, such as "President of the United States") gives the role:
its Japanese label with the name of its jurisdiction (P1001) cut off the front becomes the
title (アメリカ合衆国大統領 -> 大統領, canonicalised with the title lexicon), and the
jurisdiction becomes the role's org. Positions are not entities of their own in the result.
Entity keys are the English label in snake case (``donald_trump``), matching the bundled base,
so an imported file merged with :func:`storyline.nlp.kb.load_kb` updates bundled entities.

The dump is read up to three times (entities; then the positions and countries they refer
to; then the jurisdictions of those positions), so memory stays bounded by what is kept.
"""

from __future__ import annotations

import bz2
import functools
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from storyline.errors import ConfigError
from storyline.nlp.kb import bundled_entities, load_titles

__all__ = ["import_wikidata_dump", "wikidata_time"]

#: P31 values read as each kind. Only classes whose ids are certain; anything else with a
#: P39 claim is a person, and the rest an organisation.
_KIND_BY_CLASS: dict[str, str] = {
    "Q5": "person",  # human
    "Q6256": "country",  # country
    "Q3624078": "country",  # sovereign state
    "Q515": "place",  # city
    "Q5119": "place",  # capital
    "Q43229": "org",  # organization
    "Q4830453": "org",  # business
    "Q783794": "org",  # company
    "Q891723": "org",  # public company
    "Q7278": "org",  # political party
    "Q327333": "org",  # government agency
    "Q484652": "org",  # international organization
}

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class _Record:
    """What is kept of one dump entity."""

    qid: str
    labels: dict[str, str]
    aliases: dict[str, list[str]]
    classes: list[str]
    positions: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _entities(path: Path, counter: list[int]) -> Iterator[dict[str, Any]]:
    """Yield the item dicts of a dump; count malformed lines in ``counter[0]``."""
    try:
        with _open(path) as fh:
            for line in fh:
                line = line.strip().rstrip(",")
                if line in ("", "[", "]"):
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError:
                    counter[0] += 1
                    continue
                if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                    counter[0] += 1
                elif item["id"].startswith("Q"):
                    yield item  # properties (P...) and lexemes (L...) are valid but unused
    except FileNotFoundError:
        raise ConfigError(f"Wikidata dump {path} does not exist") from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Wikidata dump {path} could not be read: {exc}") from exc


def _item_ids(claims: dict[str, Any], prop: str) -> list[str]:
    out = []
    for st in claims.get(prop, ()):
        value = st.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            out.append(value["id"])
    return out


def wikidata_time(value: Any) -> str | None:
    """A Wikidata time value as an ISO date with its precision (11 day, 10 month, 9 year):
    ``{"time": "+2017-01-20T00:00:00Z", "precision": 11}`` -> ``2017-01-20``; None if coarser."""
    if not isinstance(value, dict):
        return None
    m = re.match(r"^\+(\d{4})-(\d{2})-(\d{2})", str(value.get("time", "")))
    precision = value.get("precision")
    if not m or not isinstance(precision, int) or precision < 9:
        return None
    year, month, day = m.groups()
    if precision == 9 or month == "00":
        return year
    if precision == 10 or day == "00":
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def _qualifier_time(statement: dict[str, Any], prop: str) -> str | None:
    for q in statement.get("qualifiers", {}).get(prop, ()):
        found = wikidata_time(q.get("datavalue", {}).get("value"))
        if found:
            return found
    return None


def _record(item: dict[str, Any]) -> _Record:
    claims = item.get("claims") or {}
    labels = {
        lang: v["value"]
        for lang, v in (item.get("labels") or {}).items()
        if lang in ("ja", "en") and isinstance(v, dict) and isinstance(v.get("value"), str)
    }
    aliases = {
        lang: [a["value"] for a in vals if isinstance(a, dict) and isinstance(a.get("value"), str)]
        for lang, vals in (item.get("aliases") or {}).items()
        if lang in ("ja", "en") and isinstance(vals, list)
    }
    rec = _Record(str(item["id"]), labels, aliases, _item_ids(claims, "P31"))
    for st in claims.get("P39", ()):
        target = _item_ids({"P39": [st]}, "P39")
        if target:
            rec.positions.append(
                (target[0], _qualifier_time(st, "P580"), _qualifier_time(st, "P582"))
            )
    rec.countries = _item_ids(claims, "P27") + _item_ids(claims, "P17")
    rec.jurisdictions = _item_ids(claims, "P1001")
    return rec


def _slug(rec: _Record) -> str:
    return _SLUG.sub("_", rec.labels.get("en", "").lower()).strip("_") or rec.qid.lower()


def _kind(rec: _Record) -> str:
    for cls in rec.classes:
        if cls in _KIND_BY_CLASS:
            return _KIND_BY_CLASS[cls]
    return "person" if rec.positions else "org"


def _title(position: _Record, jurisdiction: _Record | None) -> str:
    """The title of a position: its Japanese label without the jurisdiction's name in front
    (アメリカ合衆国大統領 -> 大統領), canonicalised (内閣総理大臣 -> 首相)."""
    label = position.labels.get("ja") or position.labels.get("en") or position.qid
    if jurisdiction is not None:
        names = [jurisdiction.labels.get("ja", ""), *jurisdiction.aliases.get("ja", [])]
        for name in sorted((n for n in names if n), key=len, reverse=True):
            if label.startswith(name) and len(label) > len(name):
                label = label[len(name) :].removeprefix("の")
                break
    return load_titles().titles.get(label, label)


def _scan(path: Path, wanted: set[str], counter: list[int]) -> dict[str, _Record]:
    return {i["id"]: _record(i) for i in _entities(path, counter) if i["id"] in wanted}


def import_wikidata_dump(path: str | Path, *, limit: int | None = None) -> dict[str, Any]:
    """Read a Wikidata JSON dump and return a knowledge-base document (the schema of
    ``kb.json``) with ``version``, ``entities``, plus ``source`` and ``skipped`` (malformed
    lines). ``limit`` caps the number of dump items read in the first pass (to try a full
    dump quickly); positions and countries they refer to are still looked up in the whole file.

    Raises ConfigError when the file is missing or cannot be read (a bad gzip/bz2 stream).
    """
    path = Path(path)
    counter = [0]
    records: list[_Record] = []
    for item in _entities(path, counter):
        records.append(_record(item))
        if limit is not None and len(records) >= limit:
            break
    position_ids = {p for r in records for p, _, _ in r.positions}
    known = {r.qid: r for r in records}
    missing = (position_ids | {c for r in records for c in r.countries}) - known.keys()
    if missing:
        known.update(_scan(path, missing, [0]))
    missing = {j for p in position_ids if p in known for j in known[p].jurisdictions}
    if missing - known.keys():
        known.update(_scan(path, missing - known.keys(), [0]))
    keys = _assign_keys(r for r in records if r.qid not in position_ids)
    entities = []
    for rec in records:
        if rec.qid not in position_ids:
            entities.append(_entity(rec, keys, known))
    return {
        "version": f"wikidata-{path.name}",
        "source": str(path),
        "skipped": counter[0],
        "entities": entities,
    }


@functools.cache
def _bundled_keys() -> dict[str, str]:
    """Wikidata id -> key of the bundled base, so imported entities and the countries they
    point to get the keys the base already uses (Q17 -> japan)."""
    return {e.wikidata: e.key for e in bundled_entities() if e.wikidata}


def _assign_keys(records: Iterable[_Record]) -> dict[str, str]:
    """Entity keys: the bundled base's key for a known Wikidata id, else the English label in
    snake case, made unique with the Q-id if needed."""
    bundled = _bundled_keys()
    keys: dict[str, str] = {}
    used: set[str] = set()
    for rec in records:
        key = bundled.get(rec.qid) or _slug(rec)
        if key in used:
            key = f"{key}_{rec.qid.lower()}"
        used.add(key)
        keys[rec.qid] = key
    return keys


def _key_of(qid: str, keys: dict[str, str], known: dict[str, _Record]) -> str | None:
    """The key an entity id is known under; None when neither the dump nor the base has it."""
    if qid in keys:
        return keys[qid]
    bundled = _bundled_keys().get(qid)
    if bundled:
        return bundled
    return _slug(known[qid]) if qid in known else None


def _entity(rec: _Record, keys: dict[str, str], known: dict[str, _Record]) -> dict[str, Any]:
    """One KB entity for ``rec``."""
    aliases: list[str] = []
    for value in (
        rec.labels.get("ja"),
        *rec.aliases.get("ja", []),
        rec.labels.get("en"),
        *rec.aliases.get("en", []),
    ):
        if value and value not in aliases:
            aliases.append(value)
    roles = []
    for pid, start, end in rec.positions:
        position = known.get(pid)
        if position is None:
            continue
        jur = position.jurisdictions[0] if position.jurisdictions else None
        title = _title(position, known.get(jur) if jur else None)
        org = _key_of(jur, keys, known) if jur else None
        roles.append({"title": title, "org": org, "start": start, "end": end})
    country = _key_of(rec.countries[0], keys, known) if rec.countries else None
    return {
        "key": keys[rec.qid],
        "name": rec.labels.get("en") or rec.labels.get("ja") or rec.qid,
        "name_ja": rec.labels.get("ja"),
        "kind": _kind(rec),
        "wikidata": rec.qid,
        "aliases": aliases,
        "roles": roles,
        "country": country if country != keys[rec.qid] else None,
    }
