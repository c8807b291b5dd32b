"""Small builders of hand-made articles, analyses and events for the stories tests."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.models import (
    ActorMention,
    AnalyzedArticle,
    Article,
    Event,
    EventMention,
    EventStatus,
    Participant,
    Quantity,
    Sentence,
)

NAMES = {
    "donald_trump": ("Donald Trump", "トランプ大統領"),
    "vladimir_putin": ("Vladimir Putin", "プーチン大統領"),
    "volodymyr_zelenskyy": ("Volodymyr Zelenskyy", "ゼレンスキー大統領"),
    "dodgers": ("Los Angeles Dodgers", "ドジャース"),
    "cubs": ("Chicago Cubs", "カブス"),
    "united_states": ("United States", "米国"),
}


def art(
    aid: str,
    body: str = "本文。",
    *,
    published: str | None = "2025-03-19T07:00:00+09:00",
    wire: str | None = None,
    duplicate_of: str | None = None,
    title: str | None = None,
) -> Article:
    """An article with the given id and body."""
    return Article(
        id=aid,
        source=f"{aid}.txt",
        input_hash=aid * 4,
        producer="test",
        body=body,
        title=title or f"title {aid}",
        published=published,
        wire=wire,
        duplicate_of=duplicate_of,
    )


def person(entity: str, title: str | None = None) -> Participant:
    """A participant named from NAMES (or the key itself)."""
    name, surface = NAMES.get(entity, (entity, entity))
    return Participant(entity=entity, name=name, surface=surface, title=title)


def ev(
    aid: str,
    n: int,
    *,
    type: str = "CONSULT",
    date: str | None = "2025-03-18",
    actors: Sequence[str] = ("donald_trump",),
    recipients: Sequence[str] = ("vladimir_putin",),
    trigger: str = "電話会談",
    mode: str | None = None,
    place: str | None = None,
    attributes: Sequence[tuple[str, str]] = (),
    status: EventStatus = "occurred",
    sentence: str | None = None,
    start: int = 0,
    background: bool = False,
    date_text: str | None = None,
    claimed_by_entity: str | None = None,
) -> Event:
    """One event mention; the sentence defaults to a made-up one naming the date."""
    text = sentence or f"{aid}の{n}番目の文：{date or '日付不明'}に{trigger}。"
    return Event(
        id=f"{aid}-e{n}",
        article_id=aid,
        type=type,
        trigger=trigger,
        status=status,
        mention=EventMention(
            article_id=aid,
            sentence_index=n,
            sentence=text,
            start=start,
            end=start + len(text),
            trigger_start=start,
            trigger_end=start + 1,
            background=background,
            date_text=date_text if date_text is not None else (date[-2:] + "日" if date else None),
            claimed_by_entity=claimed_by_entity,
        ),
        mode=mode,
        actors=tuple(person(a) for a in actors),
        recipients=tuple(person(r) for r in recipients),
        place=place,
        date=date,
        attributes=tuple(attributes),
    )


def analysis(
    a: Article,
    *,
    actors: Sequence[ActorMention] = (),
    quantities: Sequence[Quantity] = (),
) -> AnalyzedArticle:
    """An analysis of ``a`` with one sentence per 。 and the given actors and quantities."""
    sentences = []
    start = 0
    for i, part in enumerate(a.body.split("。")):
        if not part:
            continue
        end = start + len(part) + 1
        sentences.append(
            Sentence(index=i, start=start, end=min(end, len(a.body)), text=a.body[start:end])
        )
        start = end
    return AnalyzedArticle(
        article_id=a.id,
        input_hash=a.input_hash,
        producer="test",
        body=a.body,
        published=a.published,
        sentences=tuple(sentences),
        actors=tuple(actors),
        quantities=tuple(quantities),
    )


def mention(
    body: str,
    surface: str,
    entity: str,
    *,
    kind: str = "person",
    title: str | None = None,
    nth: int = 0,
) -> ActorMention:
    """An actor mention of ``surface`` (its ``nth`` occurrence) in ``body``."""
    start = -1
    for _ in range(nth + 1):
        start = body.index(surface, start + 1)
    return ActorMention(
        entity=entity,
        name=NAMES.get(entity, (entity, entity))[0],
        surface=surface,
        start=start,
        end=start + len(surface),
        kind=kind,  # type: ignore[arg-type]
        title=title,
    )


def quantity(
    body: str,
    text: str,
    value: float,
    unit: str,
    *,
    normalized: str | None = None,
    approximate: bool = False,
    nth: int = 0,
) -> Quantity:
    """A quantity whose text is found (``nth`` occurrence) in ``body``."""
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Quantity(
        text=text,
        value=value,
        unit=unit,
        start=start,
        end=start + len(text),
        normalized=normalized,
        approximate=approximate,
    )
