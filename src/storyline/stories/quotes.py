"""Attribution check: one quote given to different speakers by different sources.

Quotes are the 「…」 spans of the story's pages with at least ``quote_min_chars`` characters
(short ones such as 「戦争終結」 are slogans, not statements). The speaker of a quote is, in
order: the claimant of an event mention covering the quote; the person mention of the same
sentence followed by a topic or subject particle (は, が, も) nearest before the quote, or the
first one after it (「…」と〇〇氏は述べた); the only person named in the sentence. Quotes of
different pages are the same statement when one contains the other or their character
bigrams overlap by ``quote_similarity`` (Jaccard). Two translations of one remark are the same
statement with the same speaker, so they are not flagged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.models import ActorMention, AnalyzedArticle, Discrepancy, DiscrepancyValue, Event
from storyline.stories.rules import Rules
from storyline.stories.sources import count_sources, ranked, sides_text

_QUOTE = re.compile(r"「([^「」]+)」")
_PUNCT = re.compile(r"[\s\W_]+")
_PARTICLES = ("は", "が", "も")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote with its speaker (an entity key) and where it stands."""

    article_id: str
    key: str  # normalised text
    speaker: str
    speaker_surface: str
    sentence: str
    start: int


def _norm(text: str) -> str:
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text))


def _speaker(
    analysis: AnalyzedArticle, start: int, end: int, claims: Sequence[Event]
) -> ActorMention | str | None:
    for e in claims:
        if e.mention.start <= start < e.mention.end and e.mention.claimed_by_entity:
            return e.mention.claimed_by_entity
    sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    people = [
        m
        for m in analysis.actors
        if m.kind == "person"
        and sentence.start <= m.start < sentence.end
        and not (start <= m.start < end)
    ]
    marked = [m for m in people if analysis.body[m.end : m.end + 1] in _PARTICLES]
    before = [m for m in marked if m.end <= start]
    if before:
        return before[-1]
    after = [m for m in marked if m.start >= end]
    if after:
        return after[0]
    if len({m.entity for m in people}) == 1:
        return people[0]
    return None


def find_quotes(
    analyses: Sequence[AnalyzedArticle], events: Sequence[Event], rules: Rules
) -> list[Quote]:
    """Every long enough quote of the pages whose speaker can be told."""
    claims: dict[str, list[Event]] = {}
    for e in events:
        claims.setdefault(e.article_id, []).append(e)
    out = []
    for a in analyses:
        for m in _QUOTE.finditer(a.body):
            key = _norm(m.group(1))
            if len(key) < rules.quote_min_chars:
                continue
            who = _speaker(a, m.start(), m.end(), claims.get(a.article_id, []))
            if who is None:
                continue
            entity, surface = (who, who) if isinstance(who, str) else (who.entity, who.surface)
            sentence = next(
                (a.body[s.start : s.end] for s in a.sentences if s.start <= m.start() < s.end),
                m.group(0),
            )
            out.append(Quote(a.article_id, key, entity, surface, sentence, m.start()))
    return out


def _same(a: str, b: str, threshold: float) -> bool:
    if a in b or b in a:
        return True
    ga = {a[i : i + 2] for i in range(len(a) - 1)}
    gb = {b[i : i + 2] for i in range(len(b) - 1)}
    return bool(ga and gb) and len(ga & gb) / len(ga | gb) >= threshold


def _groups(quotes: Sequence[Quote], threshold: float) -> list[list[Quote]]:
    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            if quotes[i].article_id != quotes[j].article_id and _same(
                quotes[i].key, quotes[j].key, threshold
            ):
                parent[find(i)] = find(j)
    out: dict[int, list[Quote]] = {}
    for i, q in enumerate(quotes):
        out.setdefault(find(i), []).append(q)
    return list(out.values())


def check_attribution(
    analyses: Sequence[AnalyzedArticle],
    events: Sequence[Event],
    *,
    rules: Rules,
    origin_of: Mapping[str, str],
    names: Mapping[str, str],
) -> list[Discrepancy]:
    """Attribution discrepancies of one story: one per quote given to two or more speakers
    by different origins."""
    out = []
    for group in _groups(find_quotes(analyses, events, rules), rules.quote_similarity):
        by_speaker: dict[str, list[Quote]] = {}
        for q in group:
            by_speaker.setdefault(q.speaker, []).append(q)
        if len(by_speaker) < 2:
            continue
        origins = [
            {origin_of.get(q.article_id, q.article_id) for q in qs} for qs in by_speaker.values()
        ]
        if any(not (o - set().union(*(x for x in origins if x is not o))) for o in origins):
            continue
        values = []
        for speaker, qs in by_speaker.items():
            ids = tuple(dict.fromkeys(q.article_id for q in qs))
            values.append(
                DiscrepancyValue(
                    value=names.get(speaker, qs[0].speaker_surface),
                    article_ids=ids,
                    independent_sources=count_sources(ids, origin_of),
                    evidence=tuple(dict.fromkeys(q.sentence for q in qs)),
                )
            )
        values = ranked(values)
        out.append(
            Discrepancy(
                kind="attribution",
                explanation=(
                    "The same quote is given to different speakers: " + sides_text(values) + "."
                ),
                values=tuple(values),
            )
        )
    return out
