"""Where independent sources disagree about one event: its date, a number, its place.

Every check compares only mentions of ONE merged event, and only values said by different
origins (a page never disagrees with its own copy). Values are listed with the articles that
give them, their number of independent sources and the sentences as they stand.

- date: incompatible dates of the same event, within the same status (a planned date and the
  date it really happened are a developing story, not a conflict). A date derived from another
  date of the same page (翌日, 同日) is not evidence, nor is a date written after the trigger
  or one the events stage gave to two different events of one sentence. Two dates one day apart where a sentence
  names a time zone (日本時間の19日未明 vs 現地時間18日) are one moment, not a conflict.
- number: one attribute of one event whose value intervals (see numbers.py) do not meet.
  Mentions whose own dates differ are never compared: they report a count at different times
  (600ha on day 1, 2900ha a week later).
- place: two places of one event where neither names the other (サウジアラビア西部のジッダ
  contains ジッダ) and both are of the same kind (a country and a city are not compared), and
  both are recognisably places (a known place or an administrative name: not 東京ドーム).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.models import AnalyzedArticle, Discrepancy, DiscrepancyValue, Event
from storyline.stories.dates import compatible, contract_value, days_apart, is_full, parse_date
from storyline.stories.merging import Group, event_date
from storyline.stories.numbers import Interval, comparable, interval
from storyline.stories.places import looks_like_place, same_place
from storyline.stories.rules import Rules
from storyline.stories.sources import count_sources, ranked, sides_text

#: Relative day words: a date resolved from them repeats another date of the same page.
_DERIVED = ("翌日", "前日", "同日", "翌", "前々日", "当日")


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What the checks need besides the events: origins, analyses and the rules."""

    origin_of: Mapping[str, str]
    analyses: Mapping[str, AnalyzedArticle]
    kinds: Mapping[str, str]  # entity key or surface -> kind
    rules: Rules


def make_value(value: str, events: Sequence[Event], ctx: Context) -> DiscrepancyValue:
    """One side of a disagreement from the events (mentions) that state it."""
    ids = tuple(dict.fromkeys(e.article_id for e in events))
    evidence = tuple(dict.fromkeys(e.mention.sentence for e in events))
    return DiscrepancyValue(
        value=value,
        article_ids=ids,
        independent_sources=count_sources(ids, ctx.origin_of),
        evidence=evidence,
    )


def _origins(events: Sequence[Event], ctx: Context) -> set[str]:
    return {ctx.origin_of.get(e.article_id, e.article_id) for e in events}


def _independent(sides: Sequence[Sequence[Event]], ctx: Context) -> bool:
    """True when every side has an origin that no other side has."""
    sets = [_origins(s, ctx) for s in sides]
    return all(
        s - set().union(*(o for j, o in enumerate(sets) if j != i)) for i, s in enumerate(sets)
    )


def _derived(e: Event) -> bool:
    text = unicodedata.normalize("NFKC", e.mention.date_text or "")
    return any(text.startswith(w) for w in _DERIVED)


_COUNTED = re.compile(r"(?:[、と][^。、]{1,12}?)*の[0-9０-９一二三四五六七八九十]+回")


def _after_trigger(e: Event) -> bool:
    """A date written after the trigger belongs to a later predicate: a Japanese time
    adverbial comes before its verb (「命令を出したのは違法だとして、6日に提訴」 gives the
    lawsuit's day, not the order's)."""
    m = e.mention
    if not m.date_text:
        return False
    at = m.sentence.find(m.date_text)
    if at < 0 or at < m.trigger_end - m.start:
        return False
    # A count of occasions after the dates (電話会談は2月12日と3月18日の2回) dates the noun
    # it counts, written before them.
    return not (m.background and _COUNTED.match(m.sentence, at + len(m.date_text)))


def _status_class(e: Event) -> str:
    return "planned" if e.status == "planned" else "reported"


def unreliable_dates(
    groups: Sequence[Group], analyses: Mapping[str, AnalyzedArticle] | None = None
) -> frozenset[tuple[str, int, int]]:
    """Mentions (article, sentence, trigger start) whose date may belong to another event:

    - the events stage gave the same date to events of two groups in one sentence;
    - the date is set off by a comma (「米国時間6日、…大統領令について…訴訟を提起」) and a
      later trigger of the sentence belongs to another group: such a sentence-level time
      adverbial modifies the main, last predicate, not an earlier noun.

    Except when the date is written before the trigger and the trigger's event has its own
    coordinated clause or is the main predicate (「25日、基本合意書を結び、協議入りを発表し
    た」: 結び is a clause of its own joined to 発表, so the sentence's date covers both);
    this needs the parse (``analyses``), without which nothing is excepted.
    """
    by_sentence: dict[tuple[str, int], list[tuple[int, Event]]] = {}
    for n, g in enumerate(groups):
        for e in g.events:
            by_sentence.setdefault((e.article_id, e.mention.sentence_index), []).append((n, e))
    out: set[tuple[str, int, int]] = set()
    for (aid, index), members in by_sentence.items():
        for n, e in members:
            others = [(m, x) for m, x in members if m != n]
            same_date = any(x.date and x.date == e.date for _, x in others)
            later = any(x.mention.trigger_start > e.mention.trigger_start for _, x in others)
            if same_date or (later and _comma_after_date(e)):
                analysis = (analyses or {}).get(aid)
                rivals = {x.mention.trigger_start for _, x in others}
                if analysis is None or not _coordinated(e, analysis, rivals):
                    out.add((aid, index, e.mention.trigger_start))
    return frozenset(out)


def _coordinated(e: Event, a: AnalyzedArticle, rivals: set[int]) -> bool:
    """True when ``e``'s date is written before its trigger and the first verb at or
    above the trigger heads a coordinated clause (dependency ``advcl``/``conj``), or is the
    sentence's root and no rival event (trigger offsets ``rivals``) is that root: the event
    has a predicate of its own that the date modifies. A trigger inside a relative clause
    (``acl``) or a noun phrase hung on another event's predicate gets False."""
    m = e.mention
    at = m.sentence.find(m.date_text or "\0")
    if at < 0 or at >= m.trigger_start - m.start:
        return False
    tokens = {t.i: t for t in a.tokens if t.sentence == m.sentence_index}
    tok = next((t for t in tokens.values() if t.start <= m.trigger_start < t.end), None)
    for _ in range(len(tokens)):
        if tok is None:
            return False
        if tok.pos == "VERB":
            if tok.dep == "ROOT":
                # The main predicate is this event's unless another event's trigger is it
                # (「6日、大統領令について訴訟を提起」: 提起 is the lawsuit's).
                return not any(tok.start <= r < tok.end for r in rivals)
            return tok.dep in ("advcl", "conj")
        if tok.head == tok.i:
            return False
        tok = tokens.get(tok.head)
    return False


def _comma_after_date(e: Event) -> bool:
    m = e.mention
    if not m.date_text:
        return False
    at = m.sentence.find(m.date_text)
    return at >= 0 and m.sentence[at + len(m.date_text) : at + len(m.date_text) + 1] in "、,，"


def _parties(e: Event) -> frozenset[str]:
    return frozenset(p.entity for p in (*e.actors, *e.recipients))


def _recalls(e: Event, own: list[Event]) -> bool:
    """Whether a background mention recalls the same occasion as one of ``own`` with a month
    and day written out (「2月12日と3月18日の2回」): same type and mode, and the same two or
    more parties."""
    text = unicodedata.normalize("NFKC", e.mention.date_text or "")
    if not ("月" in text and "日" in text) or len(_parties(e)) < 2:
        return False
    return any(o.type == e.type and o.mode == e.mode and _parties(o) == _parties(e) for o in own)


def _own_or_recalled(sides: dict[str, list[Event]]) -> dict[str, list[Event]]:
    """The sides a date disagreement may show: those with a mention of their own, plus a side
    whose mentions all recall the event (:func:`_recalls`) with a date written out. A page that
    only recalls an occasion still dates it: 「3月18日の電話会談」 against a page telling the
    call as its news of the 14th is a disagreement, not two calls."""
    own = {k: v for k, v in sides.items() if any(not e.mention.background for e in v)}
    own_events = [e for v in own.values() for e in v if not e.mention.background]
    recalled = {
        k: v
        for k, v in sides.items()
        if k not in own and own and all(_recalls(e, own_events) for e in v)
    }
    return own | recalled


def check_date(
    g: Group,
    event_id: str,
    ctx: Context,
    ambiguous: frozenset[tuple[str, int, int]] = frozenset(),
) -> Discrepancy | None:
    """A date discrepancy within the group, or None. The dates of the mentions in
    ``ambiguous`` (see :func:`unreliable_dates`) are not evidence."""
    for cls in ("reported", "planned"):
        sides: dict[str, list[Event]] = {}
        for e in g.events:
            d = event_date(e)
            value = contract_value(d)
            # A background mention counts when it writes its own full date (「18日の電話会談で
            # 合意していた」): it then supports a side; a side needs a mention of its own.
            if (e.mention.background and not is_full(d)) or _derived(e):
                continue
            if _status_class(e) != cls or value is None:
                continue
            if (e.article_id, e.mention.sentence_index, e.mention.trigger_start) in ambiguous:
                continue
            if _after_trigger(e):
                continue
            if d is None or d.month is None:
                continue
            sides.setdefault(value, []).append(e)
        values = _own_or_recalled(_fold_partial(sides))
        if len(values) < 2 or not _incompatible(list(values)):
            continue
        if _timezone_shift(values, ctx.rules):
            continue
        if not _independent(list(values.values()), ctx):
            continue
        vals = ranked(make_value(v, evs, ctx) for v, evs in values.items())
        return Discrepancy(
            kind="date",
            event_id=event_id,
            explanation=(
                f"Sources give different dates for the same {g.type} event "
                f"({g.events[0].trigger}): " + sides_text(vals, noun=True) + "."
            ),
            values=tuple(vals),
        )
    return None


def _fold_partial(sides: dict[str, list[Event]]) -> dict[str, list[Event]]:
    """Fold a partial value (``--03-19``, ``2025-03``) into the one fuller value it is
    compatible with, so that it is not a side of its own; drop it when it fits several."""
    out = {k: list(v) for k, v in sides.items()}
    for value in sorted(sides, key=len):
        d = parse_date(value)
        if d is None or None not in (d.year, d.month, d.day):
            continue
        fuller = [
            k for k in out if k != value and len(k) > len(value) and compatible(parse_date(k), d)
        ]
        if len(fuller) == 1:
            out[fuller[0]].extend(out.pop(value))
        elif len(fuller) > 1:
            # 「昨年12月」 fits both 12-23 and 12-25: it disagrees with neither side.
            out.pop(value)
    return out


def _incompatible(values: list[str]) -> bool:
    return any(
        not compatible(parse_date(a), parse_date(b))
        for i, a in enumerate(values)
        for b in values[i + 1 :]
    )


def _timezone_shift(values: Mapping[str, list[Event]], rules: Rules) -> bool:
    """Two dates one day apart where a sentence names a time zone: one moment, two clocks."""
    if len(values) != 2:
        return False
    a, b = (parse_date(v) for v in values)
    if days_apart(a, b) != 1:
        return False
    sentences = [e.mention.sentence for evs in values.values() for e in evs]
    return any(m in s for s in sentences for m in rules.timezone_markers)


def _interval(e: Event, value: str, ctx: Context) -> Interval | None:
    analysis = ctx.analyses.get(e.article_id)
    return interval(
        value,
        sentence=(e.mention.start, e.mention.end),
        analysis=analysis,
        bounds=ctx.rules.bound_after,
        exact_tolerance=ctx.rules.exact_tolerance,
    )


def _clash(a: tuple[Event, str], b: tuple[Event, str], ctx: Context) -> bool:
    """Do two mentions' values of one attribute disagree (same as-of time, not meeting)?"""
    (ea, va), (eb, vb) = a, b
    if not comparable(va, vb):
        return False
    da, db = event_date(ea), event_date(eb)
    if da is not None and db is not None and not compatible(da, db):
        return False  # reported at different times: a developing count
    ia, ib = _interval(ea, va, ctx), _interval(eb, vb, ctx)
    if ia is None or ib is None:
        return va.replace(" ", "") != vb.replace(" ", "")
    return not ia.meets(ib)


def check_numbers(g: Group, event_id: str, ctx: Context) -> list[Discrepancy]:
    """Number discrepancies, one per attribute of the group that sources disagree on."""
    by_key: dict[str, list[tuple[Event, str]]] = {}
    for e in g.events:
        # A background mention with its own full date (「4日、…3437億円減らす修正をしたうえで
        # 通過していた」) was merged by that date and its number is the event's; an undated
        # one may be a looser reference to some earlier event.
        if not e.mention.background or (is_full(event_date(e)) and not _derived(e)):
            for k, v in e.attributes:
                by_key.setdefault(k, []).append((e, v))
    out = []
    for key, items in sorted(by_key.items()):
        sides: dict[str, list[Event]] = {}
        for e, v in items:
            sides.setdefault(v, []).append(e)
        clashing = {
            v
            for v in sides
            for w in sides
            if v != w
            and all(_clash((a, v), (b, w), ctx) for a in sides[v] for b in sides[w])
            and _independent([sides[v], sides[w]], ctx)
        }
        if len(clashing) < 2:
            continue
        vals = ranked(make_value(v, sides[v], ctx) for v in clashing)
        out.append(
            Discrepancy(
                kind="number",
                event_id=event_id,
                explanation=(
                    f"Sources disagree on the {key} of the {g.type} event "
                    f"({g.events[0].trigger}) beyond rounding: " + sides_text(vals) + "."
                ),
                values=tuple(vals),
            )
        )
    return out


def _place_key(place: str) -> str:
    return unicodedata.normalize("NFKC", place).replace(" ", "")


def _unify_places(sides: dict[str, list[Event]]) -> dict[str, list[Event]]:
    """Merge place sides that are one place: one names the other (ジッダ inside
    サウジアラビア西部のジッダ), they share an administrative part, or one page gives both for
    this event (岩手県大船渡市 and 赤崎町 from the same report: a city and a town in it)."""
    out = {k: list(v) for k, v in sides.items()}
    changed = True
    while changed:
        changed = False
        keys = sorted(out, key=lambda k: (len(k), k))
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                pages_a = {e.article_id for e in out[a]}
                if same_place(a, b) or pages_a & {e.article_id for e in out[b]}:
                    out[a].extend(out.pop(b))
                    changed = True
                    break
            if changed:
                break
    return out


def check_place(g: Group, event_id: str, ctx: Context) -> Discrepancy | None:
    """A place discrepancy within the group, or None."""
    sides: dict[str, list[Event]] = {}
    for e in g.events:
        # A background mention (「前日の23日、同じリヤドで」) still says where: it counts.
        if e.place:
            sides.setdefault(_place_key(e.place), []).append(e)
    sides = _unify_places(sides)
    kinds = {ctx.kinds.get(k) for k in sides}
    if len(sides) < 2 or len(kinds - {None}) > 1:
        return None
    if not all(looks_like_place(k, ctx.kinds.get(k)) for k in sides):
        return None
    if not _independent(list(sides.values()), ctx):
        return None
    vals = ranked(make_value(k, evs, ctx) for k, evs in sides.items())
    return Discrepancy(
        kind="place",
        event_id=event_id,
        explanation=(
            f"Sources place the same {g.type} event ({g.events[0].trigger}) differently: "
            + sides_text(vals)
            + "."
        ),
        values=tuple(vals),
    )
