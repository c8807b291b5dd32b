"""The actor knowledge base: people, organisations, countries and places with dated roles.

The bundled base is ``nlp/data/kb.json`` (``{"version": ..., "entities": [...]}``); users may
add files of the same shape (``nlp.kb`` setting) that are merged over it, a user entity
replacing a bundled one with the same key. Titles found in text (``前大統領``, ``外務大臣``) are
read with the title lexicon ``nlp/data/kb_titles.tsv`` so that they can be compared with the
dated roles: ``held("donald_trump", "前大統領", on="2025-03-18")`` is False because he was the
sitting president that day.

An entity is ``{"key", "name", "name_ja", "kind", "wikidata", "aliases", "roles"}`` with the
optional ``weak_aliases`` (forms that only count before a title or 氏: マスク, 林) and
``country`` (the key of the country an organisation or person belongs to; used to tell
Japan's 外務省 from 韓国外務省). ``kind`` is person | org | country | place | group;
``wikidata`` is a Q-id only when certain, else null; a role is ``{"title", "org", "start",
"end"}`` where ``org`` is the key of the country or organisation (``united_states``,
``toyota``) and the title is canonical (外相, not 外務大臣; see ``kb_titles.tsv``).

Dates are ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a role runs over the half-open span
``[start, end)`` (the day a successor takes office is no longer the predecessor's). A date with
only a month or year is a range, and a question that falls inside that range has no sure answer
(``None``).
"""

from __future__ import annotations

import calendar
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from storyline.errors import ConfigError

__all__ = [
    "Entity",
    "KnowledgeBase",
    "Role",
    "TitleLexicon",
    "bundled_entities",
    "load_kb",
    "load_titles",
    "parse_kb_document",
]

Kind = Literal["person", "org", "country", "place", "group"]
KINDS: frozenset[str] = frozenset({"person", "org", "country", "place", "group"})

_ENTITY_FIELDS = frozenset(
    {"key", "name", "name_ja", "kind", "wikidata", "aliases", "weak_aliases", "roles", "country"}
)
_ROLE_FIELDS = frozenset({"title", "org", "start", "end"})
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_QID = re.compile(r"^Q[1-9]\d*$")
_KEY = re.compile(r"^[A-Za-z0-9_.:\-]+$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """A title held in an organisation or country over ``[start, end)``. ``end`` None means
    still held; ``start`` None means unknown, and then no date is surely covered."""

    title: str
    org: str | None
    start: str | None
    end: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One actor. ``aliases`` are surface forms matched anywhere (subject to boundary checks);
    ``weak_aliases`` only count when a title or honorific follows (マスク氏, 林官房長官)."""

    key: str
    name: str
    name_ja: str | None
    kind: Kind
    wikidata: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    weak_aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleLexicon:
    """The title lexicon: surface -> canonical title, honorifics, modifiers and head nouns."""

    version: str
    titles: Mapping[str, str]
    honorifics: frozenset[str]
    modifiers: frozenset[str]
    heads: frozenset[str]
    org_suffixes: tuple[str, ...] = ()  # longest first
    #: Endings of courts, prosecutors, police, unions, associations: ending -> "place" (only a
    #: proper or katakana name may precede it) or "words" (ordinary nouns may too).
    body_suffixes: Mapping[str, str] = dataclass_field(default_factory=dict)
    short_forms: Mapping[str, str] = dataclass_field(default_factory=dict)  # 地方裁判所 -> 地裁
    drop_suffixes: tuple[str, ...] = ()  # 株式会社, 製作所: left out by later mentions
    #: Bare nouns referring back to an organisation (教団) -> the endings of its name.
    categories: Mapping[str, tuple[str, ...]] = dataclass_field(default_factory=dict)

    def split(self, title: str) -> tuple[str | None, str]:
        """Split ``前大統領`` into (``前``, ``大統領``); the base is canonicalised (外務大臣 -> 外相)."""
        for mod in sorted(self.modifiers, key=len, reverse=True):
            rest = title[len(mod) :]
            if title.startswith(mod) and rest in self.titles:
                return mod, self.titles[rest]
        return None, self.titles.get(title, title)


# --------------------------------------------------------------------------- dates


def _date_range(value: str) -> tuple[date, date]:
    """Return the first and last day a partial ISO date may denote. Raises ValueError."""
    m = _DATE.match(value)
    if not m:
        raise ValueError(value)
    year = int(m.group(1))
    if m.group(2) is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(m.group(2))
    if m.group(3) is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date(year, month, int(m.group(3)))
    return day, day


def _as_day(on: str | date) -> tuple[date, date]:
    return (on, on) if isinstance(on, date) else _date_range(on)


def _covers(role: Role, on: str | date) -> bool | None:
    """Three-valued: does ``role`` run on ``on``? None when a partial date makes it unsure."""
    lo, hi = _as_day(on)
    after_start: bool | None = None  # an unknown start leaves every date unsure
    if role.start:
        s_lo, s_hi = _date_range(role.start)
        after_start = True if lo >= s_hi else (False if hi < s_lo else None)
    before_end: bool | None = True
    if role.end:
        e_lo, e_hi = _date_range(role.end)
        before_end = True if hi < e_lo else (False if lo >= e_hi else None)
    if after_start is False or before_end is False:
        return False
    if after_start is None or before_end is None:
        return None
    return True


def _any3(values: Iterable[bool | None]) -> bool | None:
    """Three-valued OR."""
    unsure = False
    for v in values:
        if v:
            return True
        if v is None:
            unsure = True
    return None if unsure else False


# --------------------------------------------------------------------------- the base


class KnowledgeBase:
    """Entities by key, with alias and office-holder lookups. Built by :func:`load_kb`."""

    def __init__(self, entities: Sequence[Entity], *, version: str, titles: TitleLexicon) -> None:
        self.version = version
        self.titles = titles
        self._by_key: dict[str, Entity] = {e.key: e for e in entities}

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._by_key.values())

    def entities(self) -> tuple[Entity, ...]:
        """All entities, in file order (bundled first, then user files)."""
        return tuple(self._by_key.values())

    def get(self, key: str) -> Entity | None:
        """The entity with this key, or None."""
        return self._by_key.get(key)

    def roles_on(self, key: str, on: str | date) -> tuple[Role, ...]:
        """Roles ``key`` surely held on ``on`` (ISO date or ``date``); () if none or unknown key."""
        entity = self._by_key.get(key)
        if entity is None:
            return ()
        return tuple(r for r in entity.roles if _covers(r, on) is True)

    def holder(self, title: str, *, org: str | None, on: str | date) -> Entity | None:
        """The entity that surely held ``title`` (canonicalised: 外務大臣 = 外相) in ``org`` on
        ``on``; None when nobody in the base did or the dates leave it unsure."""
        _, base = self.titles.split(title)
        for entity in self._by_key.values():
            for role in entity.roles:
                if role.title == base and role.org == org and _covers(role, on) is True:
                    return entity
        return None

    def held(self, key: str, title: str, *, on: str | date) -> bool | None:
        """Whether the title the text gives (``大統領``, ``前大統領``, ``次期大統領``) was true of
        ``key`` on ``on``. None when the base knows no role of that title for the entity (or the
        entity), or when partial dates make it unsure. 前/元 X is true when X ended before ``on``
        and is not held on ``on``; 次期 X when X starts after ``on``."""
        entity = self._by_key.get(key)
        if entity is None:
            return None
        mod, base = self.titles.split(title)
        roles = [r for r in entity.roles if r.title == base]
        if not roles:
            return None
        now = _any3(_covers(r, on) for r in roles)
        if mod in (None, "現", "新"):
            return now
        if now is not False:
            return False if now else None
        lo, hi = _as_day(on)
        if mod in ("前", "元"):
            return any(r.end is not None and _date_range(r.end)[1] <= lo for r in roles)
        if mod == "次期":
            return any(r.start is not None and _date_range(r.start)[0] > hi for r in roles)
        return None


# --------------------------------------------------------------------------- loading


def read_data(name: str) -> str:
    """The text of a bundled data file of the nlp stage (``nlp/data/<name>``)."""
    return resources.files("storyline.nlp").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def load_titles() -> TitleLexicon:
    """Read the bundled title lexicon (``data/kb_titles.tsv``); cached."""
    version = "titles-unversioned"
    titles: dict[str, str] = {}
    kinds: dict[str, set[str]] = {
        k: set() for k in ("honorific", "modifier", "head", "org_suffix", "drop_suffix")
    }
    pairs: dict[str, dict[str, str]] = {k: {} for k in ("body_suffix", "short_form", "category")}
    for line in read_data("kb_titles.tsv").splitlines():
        if line.startswith("# version:"):
            version = line.split(":", 1)[1].strip()
        if not line.strip() or line.startswith("#"):
            continue
        surface, canonical, kind = line.split("\t")
        if kind == "title":
            titles[surface] = canonical
        elif kind in pairs:
            pairs[kind][surface] = canonical
        else:
            kinds[kind].add(surface)
    return TitleLexicon(
        version=version,
        titles=titles,
        honorifics=frozenset(kinds["honorific"]),
        modifiers=frozenset(kinds["modifier"]),
        heads=frozenset(kinds["head"]),
        org_suffixes=tuple(sorted(kinds["org_suffix"], key=len, reverse=True)),
        body_suffixes=pairs["body_suffix"],
        short_forms=pairs["short_form"],
        drop_suffixes=tuple(sorted(kinds["drop_suffix"], key=len, reverse=True)),
        categories={k: tuple(v.split("|")) for k, v in pairs["category"].items()},
    )


def _check_date(value: Any, where: str, field: str) -> str | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        _date_range(value)
    except ValueError:
        raise ConfigError(
            f"{where}: {field} {value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"
        ) from None
    return value


def _no_unknown(
    raw: dict[str, Any], allowed: frozenset[str] | set[str], where: str, what: str
) -> None:
    """Raise ConfigError naming the first key of ``raw`` that is not in ``allowed``."""
    unknown = set(raw) - allowed
    if unknown:
        raise ConfigError(
            f"{where}: unknown {what} {sorted(unknown)[0]!r}; allowed: {', '.join(sorted(allowed))}"
        )


def _parse_role(raw: Any, where: str) -> Role:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: each role must be an object with title, org, start, end")
    _no_unknown(raw, _ROLE_FIELDS, where, "role field")
    title = raw.get("title")
    if not isinstance(title, str) or not title:
        raise ConfigError(f"{where}: a role needs a non-empty 'title'")
    org = raw.get("org")
    if org is not None and not isinstance(org, str):
        raise ConfigError(f"{where}: role org {org!r} must be an entity key or null")
    start = _check_date(raw.get("start"), where, "start")
    end = _check_date(raw.get("end"), where, "end")
    if start and end and _date_range(start)[0] > _date_range(end)[1]:
        raise ConfigError(f"{where}: role {title!r} ends ({end}) before it starts ({start})")
    return Role(title=title, org=org, start=start, end=end)


def _strings(raw: Any, where: str, field: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(a, str) and a for a in raw):
        raise ConfigError(f"{where}: {field} must be a list of non-empty strings")
    return tuple(raw)


def _parse_entity(raw: Any, where: str) -> Entity:
    """Validate one entity object. Raises ConfigError naming ``where`` (file and entity)."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: an entity must be a JSON object")
    _no_unknown(raw, _ENTITY_FIELDS, where, "field")
    key, name, kind = raw.get("key"), raw.get("name"), raw.get("kind")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ConfigError(f"{where}: 'key' {key!r} must be a string of letters, digits, _ . : -")
    if not isinstance(name, str) or not name:
        raise ConfigError(f"{where}: 'name' must be a non-empty string")
    if kind not in KINDS:
        raise ConfigError(f"{where}: 'kind' {kind!r} must be one of {', '.join(sorted(KINDS))}")
    wikidata = raw.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not _QID.match(wikidata)):
        raise ConfigError(f"{where}: 'wikidata' {wikidata!r} must look like Q42, or be null")
    name_ja, country = raw.get("name_ja"), raw.get("country")
    for field, value in (("name_ja", name_ja), ("country", country)):
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{where}: {field!r} must be a string or null")
    roles = raw.get("roles") or []
    if not isinstance(roles, list):
        raise ConfigError(f"{where}: 'roles' must be a list")
    return Entity(
        key=key,
        name=name,
        name_ja=name_ja,
        kind=cast(Kind, kind),
        wikidata=wikidata,
        aliases=_strings(raw.get("aliases"), where, "aliases"),
        weak_aliases=_strings(raw.get("weak_aliases"), where, "weak_aliases"),
        roles=tuple(_parse_role(r, f"{where}, role #{i + 1}") for i, r in enumerate(roles)),
        country=country,
    )


def parse_kb_document(doc: Any, *, origin: str) -> tuple[str, tuple[Entity, ...]]:
    """Validate a KB document; return its version and entities. Raises ConfigError naming
    ``origin`` and the entity for a wrong shape, unknown field, bad date or duplicate key."""
    if not isinstance(doc, dict) or not isinstance(doc.get("entities"), list):
        raise ConfigError(f"{origin}: a knowledge base is an object with a list 'entities'")
    # source/skipped are written by the Wikidata importer and only informative.
    unknown = set(doc) - {"version", "entities", "source", "skipped"}
    if unknown:
        raise ConfigError(f"{origin}: unknown top-level field {sorted(unknown)[0]!r}")
    version = doc.get("version")
    if not isinstance(version, str) or not version:
        raise ConfigError(f"{origin}: 'version' must be a non-empty string")
    seen: set[str] = set()
    entities = []
    for i, raw in enumerate(doc["entities"]):
        key = raw.get("key") if isinstance(raw, dict) else None
        entity = _parse_entity(raw, f"{origin}: entity #{i + 1} ({key or 'no key'})")
        if entity.key in seen:
            raise ConfigError(f"{origin}: entity #{i + 1}: duplicate key {entity.key!r}")
        seen.add(entity.key)
        entities.append(entity)
    return version, tuple(entities)


@functools.cache
def _bundled() -> tuple[str, tuple[Entity, ...]]:
    return parse_kb_document(json.loads(read_data("kb.json")), origin="bundled kb.json")


def bundled_entities() -> tuple[Entity, ...]:
    """The entities of the bundled base (parsed once)."""
    return _bundled()[1]


def _read_user_file(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"knowledge-base file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"knowledge-base file {path} could not be read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"knowledge-base file {path} is not valid JSON: {exc}") from exc


def load_kb(extra: Sequence[str | Path] = ()) -> KnowledgeBase:
    """Load the bundled knowledge base and merge the ``extra`` JSON files over it in order
    (an entity whose key already exists replaces it). The version is the bundled version
    followed by ``+<version>`` of each extra file.

    Raises ConfigError naming the file and entity for a missing or unreadable file, invalid
    JSON, an unknown field, a bad date or wikidata id, or a key repeated inside one file.
    """
    version, bundled = _bundled()
    merged: dict[str, Entity] = {e.key: e for e in bundled}
    versions = [version]
    for item in extra:
        path = Path(item)
        user_version, entities = parse_kb_document(_read_user_file(path), origin=str(path))
        versions.append(user_version)
        merged.update((e.key, e) for e in entities)
    return KnowledgeBase(tuple(merged.values()), version="+".join(versions), titles=load_titles())
