"""The measure check: the same measured thing given different values by independent sources.

Many figures are stated in sentences that hold no event (「観衆は4万2367人だった」), so no
event attribute carries them. This check works on the analyses instead: a quantity is a
*reading* of a measure from ``data/measures.json`` when a cue names what it measures, right
before it (the noun it is predicated of: 焼失面積は3日時点で約2600ヘクタール) or right after it
(4万2365人の観衆, 141億ドルで買収, 30日以内に放棄). Readings are compared only when they are
of the same measure (and qualifier, unit and rate) at the same reference:

- ``running`` measures grow while a story develops (burned area, deaths): the reference is an
  as-of day the sentence marks (3日時点で, 27日朝の時点で, 3日までに), else the page's
  publication day; an undated page gives no reading. 600ha on the 27th and 2900ha on the
  12th are a developing count, not a disagreement.
- ``occasion`` measures belong to one occasion (a game's attendance, an order's deadline):
  the reference is the last date written before the quantity in its sentence, else in the
  page's earlier sentences (the paragraph's occasion), else the publication day. Game 1's
  42365 and Game 2's 42367 then have different references.
- ``fixed`` measures are one-off figures (a deal's value): compared whatever the day.

Values are intervals as in numbers.py (exact; 約 = the rounding unit of the number as
written; 以上/未満 = a half-line). A page that itself gives two values that do not meet for
one measure and reference (a budget's plan and its amended total) makes that measure
ambiguous there: it is not checked. Changes (500ヘクタール増, 前年比) are not readings.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from storyline.errors import ConfigError
from storyline.models import (
    AnalyzedArticle,
    Discrepancy,
    DiscrepancyValue,
    PartialDate,
    Quantity,
    Sentence,
)
from storyline.stories.dates import parse_date
from storyline.stories.numbers import Interval, rounding_unit
from storyline.stories.rules import Rules
from storyline.stories.sources import count_sources, ranked, sides_text

MeasureKind = Literal["running", "occasion", "fixed"]

#: Units that convert exactly into another (26平方キロ = 2600ヘクタール; 2週間 = 14日), so two
#: sources writing one figure in two units are still compared. Months and years do not
#: convert into days exactly, and currencies have no fixed rate: they stay apart.
_BASE_UNIT: dict[str, tuple[str, float]] = {
    "km2": ("ha", 100.0),
    "m2": ("ha", 1e-4),
    "週": ("日", 7.0),
}

#: An as-of marker right after a date (3日時点で, 27日朝の時点で, 3日までに, 2日現在).
_AS_OF = re.compile(r"^(?:朝|昼|夕方?|夜|午前|午後|正午)?の?(?:時点|現在|までに|まで)")
#: The verbal noun of a deadline: 30日以内に(買収計画を完全に)放棄するよう -> 放棄.
_QUALIFIER = re.compile(r"([\u4e00-\u9fff]{2,})(?:する|し|させ|すべ|せよ|を求め)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Measure:
    """One measured thing of data/measures.json."""

    name: str
    kind: MeasureKind
    units: frozenset[str]
    before: tuple[str, ...]
    after: tuple[str, ...]
    requires: tuple[str, ...] = ()
    qualify: bool = False
    distributive: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """The measures and the largest cue-to-quantity gap."""

    version: str
    max_gap: int
    gap_stop: tuple[str, ...]
    revision_words: tuple[str, ...]
    measures: tuple[Measure, ...]


@cache
def load_measures() -> Lexicon:
    """Read and cache data/measures.json. Raises ConfigError if it is malformed."""
    text = resources.files("storyline.stories").joinpath("data/measures.json").read_text("utf-8")
    try:
        raw: dict[str, Any] = json.loads(text)
        measures = tuple(
            Measure(
                name=str(m["name"]),
                kind=m["kind"],
                units=frozenset(m["units"]),
                # Longest cue first, so 死者数 wins over 死者.
                before=tuple(sorted(m["before"], key=len, reverse=True)),
                after=tuple(sorted(m["after"], key=len, reverse=True)),
                requires=tuple(m.get("requires", ())),
                qualify=bool(m.get("qualify", False)),
                distributive=bool(m.get("distributive", False)),
            )
            for m in raw["measures"]
        )
        if any(m.kind not in ("running", "occasion", "fixed") for m in measures):
            raise ValueError("unknown measure kind")
        return Lexicon(
            version=str(raw["version"]),
            max_gap=int(raw["max_gap"]),
            gap_stop=tuple(raw.get("gap_stop", ())),
            revision_words=tuple(raw.get("revision_words", ())),
            measures=measures,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"stories/data/measures.json is malformed: {exc!r}") from exc


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """One quantity read as a value of a measure at a reference day."""

    key: tuple[str, str, str, str]  # measure, qualifier, unit, per
    reference: PartialDate | None  # None: any day (fixed measures)
    article_id: str
    sentence_index: int
    sentence: str
    text: str  # the quantity as written
    value: float
    interval: Interval


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _cue_before(m: Measure, q: Quantity, s: Sentence, a: AnalyzedArticle, lexicon: Lexicon) -> bool:
    """A before-cue of ``m`` ends at most ``lexicon.max_gap`` characters before ``q`` in its
    sentence, with no other quantity, no sentence end and no aggregate or part word
    (``gap_stop``: 死者・行方不明者は計30人, 死者のうち5人) in between."""
    head = a.body[s.start : q.start]
    for cue in m.before:
        at = head.rfind(cue)
        if at < 0:
            continue
        cue_end = s.start + at + len(cue)
        between = a.body[cue_end : q.start]
        if len(between) > lexicon.max_gap or "。" in between:
            continue
        if any(w in between for w in lexicon.gap_stop):
            continue
        if any(cue_end <= o.start < q.start for o in a.quantities if o is not q):
            continue
        return True
    return False


def _measure_of(
    q: Quantity, s: Sentence, a: AnalyzedArticle, lexicon: Lexicon
) -> tuple[Measure, str] | None:
    """The measure ``q`` is a reading of and its qualifier, or None."""
    if q.value is None or q.direction or q.compared_to:
        return None  # a change (500ヘクタール増, 前年比3%) is not the measured value itself
    tail = a.body[q.end : s.end]
    for m in lexicon.measures:
        if q.unit not in m.units:
            continue
        if m.requires and not any(w in s.text for w in m.requires):
            continue
        if not (any(tail.startswith(c) for c in m.after) or _cue_before(m, q, s, a, lexicon)):
            continue
        qualifier = ""
        if m.qualify:
            found = _QUALIFIER.search(tail)
            if found is None:
                return None
            qualifier = found.group(1)
        if m.distributive and _each(q, s, a):
            qualifier = "each"
        return m, qualifier
    return None


def _each(q: Quantity, s: Sentence, a: AnalyzedArticle) -> bool:
    """A per-side figure: 各150人, 175人ずつ, それぞれ175人 (それぞれ a few characters
    before, as in それぞれ捕虜175人)."""
    before = a.body[max(s.start, q.start - 6) : q.start]
    return before.endswith("各") or a.body[q.end : q.end + 2] == "ずつ" or "それぞれ" in before


def _day(value: str | None) -> PartialDate | None:
    d = parse_date(value)
    return d if d is not None and d.month is not None and d.day is not None else None


def _as_of(q: Quantity, s: Sentence, a: AnalyzedArticle) -> PartialDate | None:
    """Running measures: a marked as-of day before ``q`` in its sentence, else the
    publication day."""
    marked = [
        t
        for t in a.times
        if t.type == "date"
        and s.start <= t.start
        and t.end <= q.start
        and _AS_OF.match(a.body[t.end : t.end + 6])
    ]
    if marked:
        return _day(marked[-1].value)
    return _day(a.published)


def _occasion(q: Quantity, s: Sentence, a: AnalyzedArticle) -> PartialDate | None:
    """Occasion measures: the last day written before ``q`` in the page (its sentence
    first, then earlier sentences), else the publication day."""
    days = [
        (t.start, d)
        for t in a.times
        if t.type == "date" and t.end <= q.start and (d := _day(t.value)) is not None
    ]
    if days:
        return max(days, key=lambda x: x[0])[1]
    return _day(a.published)


def quantity_interval(q: Quantity, a: AnalyzedArticle, rules: Rules) -> Interval:
    """The plausible values of ``q``: a range as written, a bound (以上, 未満 ...) as a
    half-line, an approximate number +- its rounding unit, else the number itself."""
    value = float(q.value or 0.0)
    if q.high is not None:
        return Interval(value, q.high, q.text)
    after = a.body[q.end : q.end + 4]
    for suffix, kind in rules.bound_after:
        if q.text.endswith(suffix) or after.startswith(suffix):
            if kind in ("ge", "gt"):
                return Interval(value, math.inf, q.text)
            return Interval(-math.inf, value, q.text)
    if q.approximate:
        unit = rounding_unit(value, duration=False)
        return Interval(value - unit, value + unit, q.text)
    eps = abs(value) * rules.exact_tolerance
    return Interval(value - eps, value + eps, q.text)


def readings(a: AnalyzedArticle, rules: Rules, lexicon: Lexicon | None = None) -> list[Reading]:
    """Every quantity of ``a`` that is a reading of a measure with a known reference."""
    lexicon = lexicon or load_measures()
    out = []
    for q in a.quantities:
        s = next((x for x in a.sentences if x.start <= q.start < x.end), None)
        if s is None:
            continue
        found = _measure_of(q, s, a, lexicon)
        if found is None:
            continue
        m, qualifier = found
        ref = None
        if m.kind == "running":
            ref = _as_of(q, s, a)
        elif m.kind == "occasion":
            ref = _occasion(q, s, a)
        if m.kind != "fixed" and ref is None:
            continue
        unit, factor = _BASE_UNIT.get(q.unit, (q.unit, 1.0))
        iv = quantity_interval(q, a, rules)
        out.append(
            Reading(
                key=(m.name, qualifier, unit, q.per or ""),
                reference=ref,
                article_id=a.article_id,
                sentence_index=s.index,
                sentence=s.text,
                text=_norm(q.text),
                value=float(q.value or 0.0) * factor,
                interval=Interval(iv.low * factor, iv.high * factor, iv.text),
            )
        )
    return out


def _buckets(rs: Sequence[Reading]) -> list[list[Reading]]:
    """Readings of one key split by reference day: the same month and day, and the same
    year where both know it (a year-less ``--03-03`` joins the dated readings of that day)."""
    by_day: dict[tuple[int, int] | None, list[Reading]] = {}
    for r in rs:
        ref = r.reference
        day = None if ref is None else (ref.month or 0, ref.day or 0)
        by_day.setdefault(day, []).append(r)
    out = []
    for group in by_day.values():
        years = {r.reference.year for r in group if r.reference and r.reference.year}
        if len(years) <= 1:
            out.append(group)
            continue
        for y in years:  # two years of one month-day: split; year-less readings join none
            out.append([r for r in group if r.reference and r.reference.year == y])
    return out


def _ambiguous(rs: Sequence[Reading]) -> bool:
    """True when one page gives two values that do not meet (two versions of the measure)."""
    by_page: dict[str, list[Reading]] = {}
    for r in rs:
        by_page.setdefault(r.article_id, []).append(r)
    return any(
        not x.interval.meets(y.interval)
        for page in by_page.values()
        for i, x in enumerate(page)
        for y in page[i + 1 :]
    )


def _sides(rs: Sequence[Reading]) -> dict[float, list[Reading]]:
    sides: dict[float, list[Reading]] = {}
    for r in rs:
        sides.setdefault(r.value, []).append(r)
    return sides


def _clashing(sides: Mapping[float, list[Reading]], origin_of: Mapping[str, str]) -> list[float]:
    """Values of which some other value never meets them, with an origin of its own."""

    def origins(side: Sequence[Reading]) -> set[str]:
        return {origin_of.get(r.article_id, r.article_id) for r in side}

    out = []
    for v, side in sides.items():
        for w, other in sides.items():
            if (
                v == w
                or not (origins(side) - origins(other))
                or not (origins(other) - origins(side))
            ):
                continue
            if all(not x.interval.meets(y.interval) for x in side for y in other):
                out.append(v)
                break
    return out


def _value(side: Sequence[Reading], origin_of: Mapping[str, str]) -> DiscrepancyValue:
    ids = tuple(dict.fromkeys(r.article_id for r in side))
    texts = [r.text for r in side]
    return DiscrepancyValue(
        value=max(set(texts), key=lambda t: (texts.count(t), -len(t), t)),
        article_ids=ids,
        independent_sources=count_sources(ids, origin_of),
        evidence=tuple(dict.fromkeys(r.sentence for r in side)),
    )


def check_measures(
    analyses: Sequence[AnalyzedArticle],
    *,
    origin_of: Mapping[str, str],
    rules: Rules,
    event_of: Mapping[tuple[str, int], str] | None = None,
) -> list[Discrepancy]:
    """Number discrepancies between readings of one measure at one reference (see the
    module docstring). ``event_of`` maps (article id, sentence index) to the id of a
    StoryEvent said in that sentence, to tie a discrepancy to an event when one exists."""
    lexicon = load_measures()
    by_key: dict[tuple[str, str, str, str], list[Reading]] = {}
    for a in analyses:
        for r in readings(a, rules, lexicon):
            by_key.setdefault(r.key, []).append(r)
    out = []
    revised = _revised(analyses, lexicon)
    for key, rs in sorted(by_key.items()):
        if key[0] in revised:
            continue
        for bucket in _buckets(rs):
            if _ambiguous(bucket):
                continue
            sides = _sides(bucket)
            clashing = _clashing(sides, origin_of)
            if len(clashing) < 2:
                continue
            vals = ranked(_value(sides[v], origin_of) for v in clashing)
            out.append(_discrepancy(key, vals, bucket, event_of or {}))
    return out


def _revised(analyses: Sequence[AnalyzedArticle], lexicon: Lexicon) -> set[str]:
    """Fixed measures that some page says were revised (a sentence with a required word and
    a revision word: 買収額を引き上げた): their old and new values are not a disagreement."""
    out = set()
    for m in lexicon.measures:
        if m.kind != "fixed":
            continue
        for a in analyses:
            if any(
                any(w in s.text for w in m.requires or m.before)
                and any(w in s.text for w in lexicon.revision_words)
                for s in a.sentences
            ):
                out.add(m.name)
                break
    return out


def _discrepancy(
    key: tuple[str, str, str, str],
    vals: Sequence[DiscrepancyValue],
    bucket: Sequence[Reading],
    event_of: Mapping[tuple[str, int], str],
) -> Discrepancy:
    name, qualifier, _unit, _per = key
    ref = bucket[0].reference
    when = "" if ref is None else f" as of {ref.month or 0:02d}-{ref.day or 0:02d}"
    event_id = next(
        (e for r in bucket if (e := event_of.get((r.article_id, r.sentence_index)))), None
    )
    what = f"{name} ({qualifier})" if qualifier else name
    return Discrepancy(
        kind="number",
        event_id=event_id,
        explanation=(
            f"Sources disagree on the {what}{when} beyond rounding: " + sides_text(vals) + "."
        ),
        values=tuple(vals),
    )


def covered(d: Discrepancy, found: Sequence[Discrepancy]) -> bool:
    """True when a number discrepancy in ``found`` already sets the same pages against each
    other: two values of ``d`` share pages with two different values of it (an event
    attribute and a measure reading of one figure)."""
    for x in found:
        if x.kind != "number":
            continue
        hits = [
            {j for j, w in enumerate(x.values) if set(v.article_ids) & set(w.article_ids)}
            for v in d.values
        ]
        for i, a in enumerate(hits):
            for b in hits[i + 1 :]:
                if any(ja != jb for ja in a for jb in b):
                    return True
    return False
