"""Japanese wording of the digest: names, numbers and the sentence explaining a disagreement.

The stories stage writes each disagreement's ``explanation`` in English for tools reading
storyline.json; that field stays as it is. The digest instead words a Japanese explanation from
the disagreement's structured fields (kind, values, independent sources, event, entity) with the
templates of ``templates/wording.json``, e.g. 「トランプ氏とプーチン氏の電話会談の日付が、記事によって
食い違っています：3月18日（1社）／3月16日（1社）」.

Participants carry an English knowledge-base name (``Donald Trump``) and the surface each article
used (``トランプ米大統領``, ``両首脳``). :func:`name_map` turns those into one Japanese display
name per participant (``トランプ氏``), used for the explanation, the timeline and ``claimed_by``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: A trigger that can stand as a noun in 「〜の会談」: kanji / katakana only (会談, 交換, 協議),
#: not a verb stem (命じ, 受け入れる).
_NOUN_TRIGGER = re.compile(r"^[\u30a0-\u30ff\u3400-\u9fff]{2,}$")
_NUMBER_VALUE = re.compile(r"^(~)?\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(\S*)$", re.IGNORECASE)
_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_QUOTED = re.compile(r"「([^「」]{4,})」")
_YEAR_PREFIX = re.compile(r"^(\d{4}年)")
#: Name runs just before a title in an evidence sentence (トランプ|前大統領): katakana names,
#: or kanji names of two to four characters (江藤拓|前農相).
_NAME_BEFORE = r"([\u30a0-\u30ff]{2,}|[\u3400-\u9fff]{2,4})"


@functools.cache
def wording() -> Mapping[str, Any]:
    """The templates and names of templates/wording.json."""
    text = resources.files("storyline.report").joinpath("templates/wording.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _word(group: str, key: str | None, default: str = "") -> str:
    found = wording()[group].get(key or "")
    return str(found) if found else default


# ----------------------------------------------------------------------------- numbers


def japanese_number(number: float) -> str:
    """``number`` written the Japanese way: 14100000000 -> 141億, 2e12 -> 2兆, 210000 -> 21万,
    175 -> 175, 1.5 -> 1.5 (万/億/兆 groups; a group that is zero is left out)."""
    if number != int(number) or abs(number) < 10_000:
        return f"{number:g}" if number != int(number) else str(int(number))
    n, sign = abs(int(number)), "-" if number < 0 else ""
    parts = []
    for size, unit in ((10**12, "兆"), (10**8, "億"), (10**4, "万")):
        if n >= size:
            parts.append(f"{n // size}{unit}")
            n %= size
    if n:
        parts.append(str(n))
    return sign + "".join(parts)


def duration_label(value: str) -> str | None:
    """An ISO 8601 duration in Japanese (PT2H30M -> 2時間30分, P30D -> 30日), or None."""
    m = _DURATION.match(value)
    if not m or value == "P" or not any(m.groups()):
        return None
    units = ("日", "時間", "分", "秒")
    return "".join(f"{int(n)}{u}" for n, u in zip(m.groups(), units, strict=True) if n)


def quantity_label(value: str) -> str:
    """A normalised quantity for display: ``~14100000000 ドル`` -> 約141億ドル, ``175 人`` ->
    175人, ``210000 t`` -> 21万トン, ``PT29M`` -> 29分; anything else unchanged."""
    text = value.strip()
    if (dur := duration_label(text)) is not None:
        return dur
    m = _NUMBER_VALUE.match(text)
    if not m:
        return text
    approx, number, unit = m.groups()
    try:
        shown = japanese_number(float(number))
    except (ValueError, OverflowError):
        return text
    unit = _word("unit_display", unit, unit)
    return f"{'約' if approx else ''}{shown}{unit}"


#: A value already written the Japanese way (約141億ドル, 30日, 1万2000人): its unit is what follows
#: the number and its 万/億/兆 groups.
_JAPANESE_VALUE = re.compile(
    r"^(?:約|およそ)?[\d.,０-９]+(?:[万億兆][\d.,０-９]*)*(\D+?)(?:超|以上|余り)?$"
)


def _unit_of(value: str) -> str:
    """The unit of a normalised (``175 人``) or Japanese-written (``約141億ドル``) value."""
    text = value.strip()
    if duration_label(text) is not None:
        return "duration"
    if m := _NUMBER_VALUE.match(text):
        return m.group(3)
    m = _JAPANESE_VALUE.match(text)
    return m.group(1) if m else ""


# ----------------------------------------------------------------------------- names


def display_name(name: str, surfaces: Iterable[str]) -> str:
    """One Japanese name for a participant, from its knowledge-base ``name`` and the surfaces
    articles used. A Japanese base name is kept; else the common stem of the surfaces plus 氏 when
    an article wrote it so (トランプ米大統領 / トランプ氏 -> トランプ氏); else the shortest surface
    of two or more characters (米国 / アメリカ -> 米国); else the shortest surface in any script
    (CFIUS); else ``name``. Surfaces that refer back
    (両首脳, 同氏) are ignored; a one-character press abbreviation (日, ロ) counts as its full name
    (wording.json ``abbreviations``)."""
    if _JAPANESE.search(name):
        return name
    refers_back = _refers_back()
    full = wording()["abbreviations"]
    clean = sorted(
        {
            str(full.get(s, s))
            for s in surfaces
            if _JAPANESE.search(s) and not any(w in s for w in refers_back)
        }
    )
    if len(clean) >= 2:
        stem = _common_prefix(clean)
        if len(stem) >= 2 and f"{stem}氏" in clean:
            return f"{stem}氏"
        if len(stem) >= 2 and stem in clean:
            return stem
    usable = [s for s in clean if len(s) >= 2]
    if not usable:
        # no Japanese surface: what the articles wrote (CFIUS) reads better than the base name
        usable = [s for s in surfaces if len(s) >= 2 and not any(w in s for w in refers_back)]
    return min(usable, key=lambda s: (len(s), s)) if usable else name


def _common_prefix(words: Sequence[str]) -> str:
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


@functools.cache
def _refers_back() -> tuple[str, ...]:
    path = "templates/keypoint_rules.json"
    data = json.loads(resources.files("storyline.report").joinpath(path).read_text("utf-8"))
    return tuple(str(w) for w in data["refers_back"])


def name_map(stories: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Display names of every participant of the stories' events, keyed by its base name."""
    surfaces: dict[str, set[str]] = {}
    for story in stories:
        for event in _items(story.get("events")):
            for p in [*_items(event.get("actors")), *_items(event.get("recipients"))]:
                name = _str(p.get("name"))
                if name:
                    surfaces.setdefault(name, set()).add(_str(p.get("surface")))
    return {name: display_name(name, found) for name, found in surfaces.items()}


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", unicodedata.normalize("NFKC", text).lower()).strip("_")


def entity_name(entity: str, names: Mapping[str, str], evidence: Iterable[str] = ()) -> str:
    """Japanese name of a knowledge-base entity key (``donald_trump``): the participant whose
    base name has that key, else the name written before a title in ``evidence``
    (``トランプ前大統領`` with title ``前大統領``: pass ``(sentence, title)`` pairs as
    ``sentence\\ttitle``), else the key itself. A bare personal name gets 氏."""
    want = _key(entity)
    for base, shown in names.items():
        if base == entity or (want and _key(base) == want):
            # a Japanese base name is the bare personal name (江藤拓): a title-less person is 氏
            return f"{shown}氏" if shown == base and _JAPANESE.search(base) else shown
    if _JAPANESE.search(entity):
        return f"{entity}氏"
    found: dict[str, int] = {}
    for row in evidence:
        sentence, _, title = row.partition("\t")
        for m in re.finditer(_NAME_BEFORE + re.escape(title), sentence) if title else ():
            found[m.group(1)] = found.get(m.group(1), 0) + 1
    if found:
        return max(found, key=lambda n: (found[n], -len(n), n)) + "氏"
    return entity


# ----------------------------------------------------------------------------- explanations


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """The Japanese explanation of a disagreement: one sentence with the values, and an optional
    note (which role title the knowledge base contradicts)."""

    text: str
    note: str | None = None


def event_noun(event: Mapping[str, Any], *, keep_verb: bool = False) -> str:
    """The event as a noun: its trigger when that is a noun (会談, 交換); else the noun of its
    ``kind`` attribute (order -> 命令); else the noun of its type (REQUEST -> 要請). A trigger that
    is a verb form (命じ, 求め) is not a noun. With ``keep_verb``, an OTHER event with neither
    keeps its trigger (集まった says more than 出来事)."""
    trigger = _str(event.get("trigger"))
    if _NOUN_TRIGGER.match(trigger):
        return trigger
    attrs = event.get("attributes")
    kind = attrs.get("kind") if isinstance(attrs, Mapping) else None
    if noun := _word("attribute_kinds", _str(kind)):
        return noun
    etype = _str(event.get("type")) or "OTHER"
    if keep_verb and etype == "OTHER" and trigger:
        return trigger
    return _word("event_nouns", etype, "出来事")


def event_subject(
    event: Mapping[str, Any] | None, names: Mapping[str, str], *, date_label: str | None = None
) -> str:
    """How the explanation names an event: 「3月24日のアメリカとロシアの協議」. Participants by
    display name (at most two, then など), the trigger when it is a noun (with 電話 for a phone
    call), else the noun of the event type; the date only when ``date_label`` is given."""
    if not event:
        return _word("subject_fallback", "event")
    who: list[str] = []
    for p in [*_items(event.get("actors")), *_items(event.get("recipients"))]:
        name = _str(p.get("name"))
        shown = names.get(name) or display_name(name, [_str(p.get("surface"))])
        if shown and shown not in who:
            who.append(shown)
    noun = event_noun(event)
    prefix = _word("mode_prefixes", _str(event.get("mode")))
    if prefix and not noun.startswith(prefix):
        noun = prefix + noun
    people = "と".join(who[:2]) + ("など" if len(who) > 2 else "")
    head = f"{date_label}の" if date_label else ""
    return f"{head}{people}の{noun}" if people else f"{head}{noun}"


def _sides_text(labels: Sequence[str], counts: Sequence[int]) -> str:
    unit = str(wording()["sources_unit"])
    sep = str(wording()["value_separator"])
    return sep.join(f"{v}（{unit.format(n=n)}）" for v, n in zip(labels, counts, strict=True))


def drop_shared_year(labels: Sequence[str]) -> list[str]:
    """Date labels without their year when they all carry the same one (2025年3月18日 /
    2025年3月16日 -> 3月18日 / 3月16日): the year is not what is disputed."""
    years = {m.group(1) if (m := _YEAR_PREFIX.match(x)) else None for x in labels}
    if len(labels) < 2 or len(years) != 1 or None in years:
        return list(labels)
    return [x[len(next(iter(years)) or "") :] for x in labels]


def _shared_quote(disc: Mapping[str, Any]) -> str | None:
    """A 「quote」 that the evidence of every side contains (the disputed statement)."""
    sides = [" ".join(_strs(v.get("evidence"))) for v in _items(disc.get("values"))]
    if len(sides) < 2:
        return None
    for m in _QUOTED.finditer(sides[0]):
        if all(m.group(1) in other for other in sides[1:]):
            limit = int(wording()["quote_max_chars"])
            quote = m.group(1)
            return quote if len(quote) <= limit else quote[: limit - 1] + "…"
    return None


def explain(
    disc: Mapping[str, Any],
    *,
    event: Mapping[str, Any] | None,
    names: Mapping[str, str],
    value_labels: Sequence[str],
    event_date: str | None = None,
) -> Explanation:
    """The Japanese explanation of one disagreement from its structured fields.

    ``value_labels`` are the sides' values as displayed (dates in Japanese, numbers with units);
    ``event_date`` the display date of its event (left out for a date disagreement, where the
    date is what is disputed). Never raises: unknown kinds read as ``other``."""
    kind = _str(disc.get("kind"))
    kind = kind if kind in wording()["explain"] else "other"
    sides = _items(disc.get("values"))
    counts = [_int(s.get("independent_sources")) for s in sides]
    labels = drop_shared_year(value_labels) if kind == "date" else list(value_labels)
    fields: dict[str, str] = {}
    note = None
    if kind == "role":
        fields["subject"] = _role_subject(disc, names)
        note = _role_note(sides)
    elif kind == "attribution":
        labels = [speaker_name(v, s, names) for v, s in zip(labels, sides, strict=False)]
        quote = _shared_quote(disc)
        fields["quote"] = (
            str(wording()["attribution_quote"]).format(quote=quote)
            if quote
            else str(wording()["attribution_plain"])
        )
    else:
        fields["subject"] = event_subject(
            event, names, date_label=None if kind == "date" else event_date
        )
        fields["quantity"] = _quantity_noun(event, [_str(s.get("value")) for s in sides])
    head = str(wording()["explain"][kind]).format(**fields)
    return Explanation(text=f"{head}：{_sides_text(labels, counts)}", note=note)


#: The speaker as a Japanese sentence opens it: a katakana name with an optional title, then は/が
#: (ラブロフ外相は, ペスコフ大統領報道官が), after an optional 「国の」.
_SPEAKER = re.compile(r"([\u30a0-\u30ff]{2,}[\u3400-\u9fff]{0,8})(?:は|が)")


def speaker_name(value: str, side: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """Japanese name of an attribution side's speaker: its display name when the base name is a
    participant, else (for a name not in Japanese script) the katakana name and title that is the
    subject of the side's first evidence sentence, else ``value``."""
    if value in names:
        return names[value]
    if _JAPANESE.search(value):
        return value
    for sentence in _strs(side.get("evidence")):
        if m := _SPEAKER.search(sentence):
            return m.group(1)
    return value


def _role_subject(disc: Mapping[str, Any], names: Mapping[str, str]) -> str:
    entity = _str(disc.get("entity"))
    rows = [
        f"{sentence}\t{_str(side.get('value'))}"
        for side in _items(disc.get("values"))
        for sentence in _strs(side.get("evidence"))
    ]
    if not entity:
        return _word("subject_fallback", "entity")
    return entity_name(entity, names, rows)


def _role_note(sides: Sequence[Mapping[str, Any]]) -> str:
    """Which title the knowledge base contradicts, when the document says so (a side with
    ``"kb": "contradicted"``); else a neutral note (the contract does not say which side)."""
    wrong = [_str(s.get("value")) for s in sides if s.get("kb") == "contradicted"]
    if wrong:
        return str(wording()["role_note"]["contradicted"]).format(title="」「".join(wrong))
    return str(wording()["role_note"]["unknown"])


def _quantity_noun(event: Mapping[str, Any] | None, values: Sequence[str]) -> str:
    """What a number disagreement is about: the unit of the values (人 -> 人数, 円 -> 金額), else
    the event attribute holding one of the values (duration -> 期間), else 数値. The unit goes
    first because it is more specific (count of 人 is 人数, not 数)."""
    for value in values:
        if noun := _word("quantity_by_unit", _unit_of(value)):
            return noun
    attrs = event.get("attributes") if event else None
    if isinstance(attrs, Mapping):
        for name, value in attrs.items():
            said = _str(value)
            hit = said in values or quantity_label(said) in values
            if hit and (noun := _word("quantity_by_attribute", str(name))):
                return noun
    return str(wording()["quantity_fallback"])


# ----------------------------------------------------------------------------- emoji

#: Pictographs that Japanese text fonts (Noto Sans CJK, Hiragino) do not have, so they show as
#: empty boxes where no colour-emoji font is installed: everything from U+1F000 (👉, 🔸, 📌), the
#: emoji-only dingbats, and the joiners / variation selectors / keycap mark that build emoji.
#: Symbols the CJK fonts do have (★ ※ → ■ ⚠) are kept. Checked against ``fc-list :charset=...``.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2705\u274c\u274e\u2753-\u2755\u2795-\u2797\u27b0\u27bf"
    "\u2b50\u2b55\ufe0f\u200d\u20e3]+"
)


def without_emoji(text: str) -> str:
    """``text`` without pictographic emoji (see ``_EMOJI``); an emoji used as a bullet at the
    start goes with the space after it (「👉 トランプ氏…」 -> 「トランプ氏…」). Display only: offsets
    and the stored text are untouched."""
    if not _EMOJI.search(text):
        return text
    return _EMOJI.sub("", text).lstrip() if _EMOJI.match(text) else _EMOJI.sub("", text)


# ----------------------------------------------------------------------------- helpers


def _items(value: object) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _strs(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
