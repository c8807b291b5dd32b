"""Role check: a title that the knowledge base contradicts at the time the page speaks of.

A title in running text is the writer's present: 「バイデン前大統領」 in February 2025 is right
even about his January order. So a title is checked against the page's reference day (its
publication day; for an undated page, the latest date it reports, since it was written after
that). ``role_check(entity, title, day)`` answers True / False / None (unknown); only False
is flagged, with the pages that gave a title the base confirms as the other side. A title the
base does not know (会長) is contradicted when the base confirms another title of a set that
one person cannot hold at once (社長), as listed in data/rules.json ``exclusive_titles``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Literal

from storyline.models import AnalyzedArticle, Discrepancy, DiscrepancyValue, Event
from storyline.stories.sources import count_sources

RoleCheck = Callable[[str, str, str], bool | None]

# (entity, title) -> {article id: [sentences]}
_Said = dict[tuple[str, str], dict[str, list[str]]]


def _sentence_at(analysis: AnalyzedArticle, offset: int) -> str:
    for s in analysis.sentences:
        if s.start <= offset < s.end:
            return analysis.body[s.start : s.end]
    return analysis.body[max(0, offset - 60) : offset + 60]


def _collect(analyses: Sequence[AnalyzedArticle], events: Sequence[Event]) -> _Said:
    said: _Said = {}
    for a in analyses:
        for m in a.actors:
            if m.title and not m.provisional and not m.entity.startswith("provisional:"):
                said.setdefault((m.entity, m.title), {}).setdefault(a.article_id, []).append(
                    _sentence_at(a, m.start)
                )
    for e in events:
        for p in (*e.actors, *e.recipients):
            if p.title and not p.entity.startswith("provisional:"):
                said.setdefault((p.entity, p.title), {}).setdefault(e.article_id, []).append(
                    e.mention.sentence
                )
    return said


def _value(
    title: str,
    pages: Mapping[str, list[str]],
    origin_of: Mapping[str, str],
    kb: Literal["contradicted", "confirmed"],
) -> DiscrepancyValue:
    ids = tuple(sorted(pages))
    evidence = tuple(dict.fromkeys(s for i in ids for s in pages[i]))
    return DiscrepancyValue(
        value=title,
        article_ids=ids,
        independent_sources=count_sources(ids, origin_of),
        evidence=evidence,
        kb=kb,
    )


def _verdict(
    role_check: RoleCheck, entity: str, title: str, day: str, exclusive: Sequence[frozenset[str]]
) -> bool | None:
    """role_check, and when the base does not know the title at all: False if the base
    confirms another title of the same exclusive set (会長 for a sitting 社長)."""
    verdict = role_check(entity, title, day)
    if verdict is not None:
        return verdict
    for titles in exclusive:
        if title in titles and any(role_check(entity, t, day) for t in titles - {title}):
            return False
    return None


def check_roles(
    analyses: Sequence[AnalyzedArticle],
    events: Sequence[Event],
    *,
    ref_day: Mapping[str, date | None],
    role_check: RoleCheck,
    origin_of: Mapping[str, str],
    names: Mapping[str, str],
    exclusive: Sequence[frozenset[str]] = (),
) -> list[Discrepancy]:
    """Role discrepancies of one story: one per entity and contradicted title.

    ``exclusive`` are sets of titles one person cannot hold at once (see :func:`_verdict`)."""
    said = _collect(analyses, events)
    verdicts: dict[tuple[str, str, str], bool | None] = {}
    wrong: dict[tuple[str, str], dict[str, list[str]]] = {}
    right: dict[str, dict[str, dict[str, list[str]]]] = {}
    for (entity, title), pages in said.items():
        for aid, sentences in pages.items():
            day = ref_day.get(aid)
            if day is None:
                continue
            key = (entity, title, day.isoformat())
            if key not in verdicts:
                verdicts[key] = _verdict(role_check, *key, exclusive)
            if verdicts[key] is False:
                wrong.setdefault((entity, title), {})[aid] = sentences
            elif verdicts[key] is True:
                right.setdefault(entity, {}).setdefault(title, {})[aid] = sentences
    out = []
    for (entity, title), pages in sorted(wrong.items()):
        values = [_value(title, pages, origin_of, "contradicted")]
        values += [
            _value(t, p, origin_of, "confirmed") for t, p in sorted(right.get(entity, {}).items())
        ]
        who = names.get(entity, entity)
        out.append(
            Discrepancy(
                kind="role",
                entity=entity,
                explanation=(
                    f"{who} is called {title} where the knowledge base says that title was not "
                    f"true at the time of writing"
                    + (
                        f"; other sources say {', '.join(v.value for v in values[1:])}."
                        if len(values) > 1
                        else "."
                    )
                ),
                values=tuple(values),
            )
        )
    return out
