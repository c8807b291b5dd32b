"""Event merging: the mentions of one real event, across articles, become one group.

Two mentions can be the same event only when their type is the same and their participants
fit (one side's people and organisations are a subset of the other's; countries are ignored
when both sides name someone more specific). Then, by date:

- the same full date (or compatible partial dates, e.g. ``2025-03`` and ``2025-03-18``):
  the same event, unless a shared attribute clearly differs (90 vs 150 minutes);
- a date with a missing part (``--XX-19`` / only the month / None) joins only when exactly one
  group fits (dated groups first: an undated group is no rival to a dated one) and shares a
  participant or a like quantity with it (a side naming only
  countries fits anyone, which is no evidence for a mention without a date), or when exactly one fitting group already holds a dated mention of the same
  page with the same status (the page's own headline and summary repeat "the call" it dates
  in the body; a hedged mention, 「話す可能性がある」, is never such a repeat): the month is
  never guessed;
- different full dates at most ``conflict_window_days`` apart: the same event *told with a
  wrong date* only with strong evidence (same trigger or mode, attributes that agree, no
  contradicting place) and only when no article reports both dates as two events of this type
  (Game 1 on the 18th and Game 2 on the 19th stay apart). The date discrepancy check then
  flags it.

Full-dated mentions are placed first, the most widely reported dates first, so that a lone
wrong date joins the majority's group rather than the other way round. A background mention
(``EventMention.background``) without a usable date joins the latest earlier group that fits.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from storyline.models import Event, PartialDate
from storyline.stories.dates import compatible, days_apart, is_full, parse_date
from storyline.stories.numbers import is_score, loosely_equal
from storyline.stories.places import same_place
from storyline.stories.rules import Rules


@dataclass(slots=True)
class Group:
    """Events (mentions) merged so far."""

    events: list[Event] = field(default_factory=list)
    conflict: bool = False  # joined across different full dates

    @property
    def type(self) -> str:
        return self.events[0].type

    def dates(self) -> list[PartialDate]:
        return [d for e in self.events if (d := event_date(e)) is not None]


def event_date(e: Event) -> PartialDate | None:
    """The partial date of an event (its value, else a bare day in its date text)."""
    return parse_date(e.date, e.mention.date_text)


def participants(e: Event, kinds: Mapping[str, str]) -> frozenset[str]:
    """The entity keys of an event's actors and recipients; countries only when nobody more
    specific is named (米ロ首脳 vs トランプ氏 and プーチン氏)."""
    keys = {p.entity for p in (*e.actors, *e.recipients)}
    specific = {k for k in keys if kinds.get(k) != "country"}
    return frozenset(specific or keys)


def _fits(a: frozenset[str], b: frozenset[str], kinds: Mapping[str, str] | None = None) -> bool:
    """Participants fit when one side is within the other. A side naming only countries
    (米ロ首脳) is compared only with another such side: it says nothing against people."""
    if kinds is not None:
        only_a = all(kinds.get(k) == "country" for k in a)
        only_b = all(kinds.get(k) == "country" for k in b)
        if only_a != only_b:
            return True
    return not a or not b or a <= b or b <= a


def _norm(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").replace(" ", "")


def _attrs_agree(
    e: Event, g: Group, tolerance: float, apart: frozenset[frozenset[str]] = frozenset()
) -> bool:
    """No attribute of ``e`` clearly differs from the group's (see ``loosely_equal``); two
    scores one page gives to two events of this type (``apart``) differ."""
    mine = dict(e.attributes)
    for other in g.events:
        for k, v in other.attributes:
            if k not in mine:
                continue
            if is_score(v) and is_score(mine[k]) and frozenset((_norm(v), _norm(mine[k]))) in apart:
                return False
            if not loosely_equal(mine[k], v, tolerance):
                return False
    return True


def _co_scored(events: Sequence[Event]) -> frozenset[frozenset[str]]:
    """Pairs of different scores that one page gives to two events of one type: two games
    (4-1 on the 18th, 6-3 on the 19th), never one game told twice."""
    by_page: dict[tuple[str, str], set[str]] = {}
    for e in events:
        for _k, v in e.attributes:
            if is_score(v):
                by_page.setdefault((e.article_id, e.type), set()).add(_norm(v))
    return frozenset(
        frozenset((a, b)) for scores in by_page.values() for a in scores for b in scores if a != b
    )


@dataclass(frozen=True, slots=True)
class _Context:
    kinds: Mapping[str, str]
    rules: Rules
    # (type, date a, date b) pairs that one article reports as two events: never merged.
    apart: frozenset[tuple[str, str, str]]
    ref_day: Mapping[str, date | None]
    scores_apart: frozenset[frozenset[str]] = frozenset()


def _co_reported(
    events: Sequence[Event], kinds: Mapping[str, str]
) -> frozenset[tuple[str, str, str]]:
    """Type and date pairs that a single article gives as two events with fitting
    participants: proof that the two dates are two events, not one told twice."""
    by_article: dict[tuple[str, str], list[Event]] = {}
    for e in events:
        if e.date and is_full(event_date(e)) and not e.mention.background:
            by_article.setdefault((e.article_id, e.type), []).append(e)
    out: set[tuple[str, str, str]] = set()
    for (_, typ), evs in by_article.items():
        for i, a in enumerate(evs):
            for b in evs[i + 1 :]:
                if a.date != b.date and _fits(
                    participants(a, kinds), participants(b, kinds), kinds
                ):
                    da, db = sorted((a.date or "", b.date or ""))
                    out.add((typ, da, db))
    return frozenset(out)


def _candidates(e: Event, groups: Sequence[Group], ctx: _Context) -> list[Group]:
    mine = participants(e, ctx.kinds)
    out = []
    for g in groups:
        if g.type != e.type or not _attrs_agree(e, g, ctx.rules.merge_tolerance, ctx.scores_apart):
            continue
        if _fits(mine, _members(g, ctx), ctx.kinds):
            out.append(g)
    return out


def _shared(e: Event, g: Group, ctx: _Context) -> bool:
    """``e`` names nobody, or shares a person or organisation with the group (countries
    alone are too common to tie an undated mention to one event)."""
    mine = participants(e, ctx.kinds)
    specific = {k for k in mine & _members(g, ctx) if ctx.kinds.get(k) != "country"}
    return not mine or bool(specific)


def _like_quantity(e: Event, g: Group) -> bool:
    """Some attribute of ``e`` is also given in the group (their values already agree
    loosely, or the group would not be a candidate)."""
    keys = {k for k, _ in e.attributes}
    return any(k in keys for x in g.events for k, _ in x.attributes)


def _members(g: Group, ctx: _Context) -> frozenset[str]:
    return frozenset().union(*(participants(x, ctx.kinds) for x in g.events))


def _strong(e: Event, g: Group, ctx: _Context) -> bool:
    """Evidence that a group with other full dates is this event after all."""
    d = event_date(e)
    for other in g.dates():
        gap = days_apart(d, other)
        if gap is None or gap > ctx.rules.conflict_window_days:
            return False
        pair = tuple(sorted((e.date or "", f"{other.year:04d}-{other.month:02d}-{other.day:02d}")))
        if (e.type, *pair) in ctx.apart:
            return False
    same_trigger = any(_norm(x.trigger) == _norm(e.trigger) for x in g.events)
    same_mode = e.mode is not None and any(x.mode == e.mode for x in g.events)
    places = [_norm(x.place) for x in g.events if x.place]
    mine = _norm(e.place)
    place_ok = not mine or not places or any(same_place(mine, p) for p in places)
    # Who took part, or at least where: an event with neither (「発生した」) is too vague
    # to be called the same as one on another day.
    # The very same participants as a mention of the group, or (nobody named) the same
    # place: a subset is not enough when the dates already differ.
    who = participants(e, ctx.kinds)
    same_people = bool(who) and any(participants(x, ctx.kinds) == who for x in g.events)
    anchored = same_people or (not who and bool(mine) and bool(places) and place_ok)
    return (same_trigger or same_mode) and place_ok and anchored


def _place(e: Event, groups: list[Group], ctx: _Context) -> None:
    """Put one event into the group it belongs to, or a new group."""
    cands = _candidates(e, groups, ctx)
    d = event_date(e)
    if is_full(d):
        same = [g for g in cands if any(is_full(x) and compatible(x, d) for x in g.dates())]
        if same:
            same[0].events.append(e)
            return
        loose = [g for g in cands if all(compatible(x, d) for x in g.dates()) and g.dates()]
        if len(loose) == 1:
            loose[0].events.append(e)
            return
        close = [g for g in cands if g.dates() and _strong(e, g, ctx)]
        if len(close) == 1:
            close[0].events.append(e)
            close[0].conflict = True
            return
    else:
        # A group that already joined two close dates (a conflict) fits either of them.
        fit = [g for g in cands if not g.dates() or any(compatible(x, d) for x in g.dates())]
        # Weigh the dated groups first: an undated group is most often the same event told
        # without its date, so it is no rival to the one dated group that fits.
        fit = [g for g in fit if g.dates()] or fit
        if len(fit) == 1 and (_shared(e, fit[0], ctx) or _like_quantity(e, fit[0])):
            fit[0].events.append(e)
            return
        own = _anchored(e, [g for g in fit if _shared(e, g, ctx)])
        if own is not None:
            own.events.append(e)
            return
        if e.mention.background and fit:
            earlier = _earlier(fit, ctx.ref_day.get(e.article_id))
            if earlier is not None:
                earlier.events.append(e)
                return
    far = _far_planned(e, cands, ctx)
    if far is not None:
        far.events.append(e)
        far.conflict = True
        return
    groups.append(Group([e]))


def _far_planned(e: Event, cands: Sequence[Group], ctx: _Context) -> Group | None:
    """The one planned group that is this planned event told with another date however far
    (a listing "in August 2026" vs "in August 2027"), or None.

    Safe only for a unique planned occasion: ``e`` and a mention of the group are planned,
    with the same trigger and the very same (named) participants, all dated to the month at
    least; exactly one group qualifies; ``e``'s page is not already in it (a page giving two
    dates means two occasions); and no sentence of either side says the plan was moved
    (延期, 前倒し: a developing plan, not a disagreement)."""
    d = event_date(e)
    who = participants(e, ctx.kinds)
    if e.status != "planned" or d is None or d.year is None or d.month is None or not who:
        return None
    found = []
    for g in cands:
        dates = g.dates()
        if not dates or any(x.year is None or x.month is None for x in dates):
            continue
        if any(compatible(x, d) for x in dates):
            continue
        if not any(
            x.status == "planned"
            and _norm(x.trigger) == _norm(e.trigger)
            and participants(x, ctx.kinds) == who
            for x in g.events
        ):
            continue
        pages = {x.article_id for x in g.events}
        if e.article_id in pages or _moved(e, g, ctx.rules.reschedule_words):
            continue
        found.append(g)
    return found[0] if len(found) == 1 else None


def _moved(e: Event, g: Group, words: Sequence[str]) -> bool:
    """A sentence of ``e`` or of the group says the plan was moved."""
    return any(w in x.mention.sentence for x in (e, *g.events) for w in words)


def _anchored(e: Event, fit: Sequence[Group]) -> Group | None:
    """The one dated group that already holds a mention of the same page with the same
    status: a page that dates "the call" once and then says "the call" again means that
    one (its headline, its summary bullets). None when the page has no or several such."""
    if e.status == "hedged":
        return None  # 「話す可能性がある」 is not "the call" the page dated: maybe another one
    own = [
        g
        for g in fit
        if g.dates()
        and any(
            x.article_id == e.article_id and _status_class(x) == _status_class(e) for x in g.events
        )
    ]
    return own[0] if len(own) == 1 else None


def _status_class(e: Event) -> str:
    return "planned" if e.status == "planned" else "reported"


def _earlier(groups: Sequence[Group], ref: date | None) -> Group | None:
    """The latest group dated before ``ref`` (a background mention refers to the past)."""
    dated = []
    for g in groups:
        days = [x for x in g.dates() if is_full(x)]
        if days:
            first = min(date(x.year or 1, x.month or 1, x.day or 1) for x in days)
            if ref is None or first < ref:
                dated.append((first, id(g), g))
    return max(dated)[2] if dated else None


def merge_events(
    events: Sequence[Event],
    *,
    kinds: Mapping[str, str],
    rules: Rules,
    ref_day: Mapping[str, date | None],
) -> list[Group]:
    """Group the events of one story into real events (see the module docstring).

    ``kinds`` maps entity keys to their kind (person, org, country, ...); ``ref_day`` gives
    each article's reference day. Returns the groups in no particular order."""
    ctx = _Context(kinds, rules, _co_reported(events, kinds), ref_day, _co_scored(events))
    support: Counter[tuple[str, str | None]] = Counter((e.type, e.date) for e in events)

    def order(e: Event) -> tuple[int, int, int, str, int, str, int]:
        d = event_date(e)
        tier = 0 if is_full(d) and not e.mention.background else (1 if is_full(d) else 2)
        tier = tier if d is not None else 3
        # Of one page's mentions of one date, the one naming a place or participants goes
        # first: it can show that a lone date is the majority's event told with a wrong
        # date, and its vaguer siblings (a headline) then follow it into that group.
        anchored = int(bool(e.place)) + int(bool(e.actors or e.recipients))
        return (
            tier,
            int(e.mention.background),
            -support[(e.type, e.date)],
            e.date or "",
            -anchored,
            e.article_id,
            e.mention.start,
        )

    groups: list[Group] = []
    for e in sorted(events, key=order):
        _place(e, groups, ctx)
    return groups
