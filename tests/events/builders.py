"""Build AnalyzedArticles by hand, the way GiNZA and the nlp stage would give them.

A sentence is a string of tokens separated by ``;``, each ``surface[=lemma] POS dep head``
where ``head`` is the index of the head token in that sentence (``-`` for the root), and an
optional fifth field is the Sudachi tag. ``"\\n\\n"`` as a sentence starts a new paragraph;
a sentence starting with ``!`` is plain text that nlp did not parse.

Actors, times and quantities are found in the body by their surface (the n-th occurrence).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.models import (
    ActorMention,
    AnalyzedArticle,
    Quantity,
    Sentence,
    TimeExpression,
    Token,
)

DEFAULT_TAGS = {
    "PROPN": "名詞-固有名詞-一般",
    "NOUN": "名詞-普通名詞-一般",
    "VERB": "動詞-一般",
    "AUX": "助動詞",
    "ADP": "助詞-格助詞",
    "SCONJ": "助詞-接続助詞",
    "PUNCT": "補助記号-句点",
    "NUM": "名詞-数詞",
    "ADJ": "形状詞-一般",
    "ADV": "副詞",
}


@dataclass(frozen=True)
class A:
    """An actor: surface as written, KB entity, kind, display name, n-th occurrence."""

    surface: str
    entity: str
    kind: str = "person"
    name: str | None = None
    nth: int = 0
    coref: bool = False
    title: str | None = None
    provisional: bool = False


@dataclass(frozen=True)
class T:
    """A time expression: surface, value, type, n-th occurrence."""

    text: str
    value: str | None
    type: str = "date"
    nth: int = 0


@dataclass(frozen=True)
class Q:
    """A quantity: surface, value, unit, normalized (durations), approximate, per."""

    text: str
    value: float | None
    unit: str
    normalized: str | None = None
    approximate: bool = False
    per: str | None = None


def _find(body: str, text: str, nth: int) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = body.find(text, pos + 1)
        if pos < 0:
            raise ValueError(f"{text!r} (occurrence {nth}) is not in the body {body!r}")
    return pos


def _tokens(spec: str, sentence: int, start: int, base: int) -> tuple[str, list[Token]]:
    """Parse one sentence spec into its text and article-level tokens."""
    text = ""
    toks: list[Token] = []
    for n, item in enumerate(x.strip() for x in spec.split(";") if x.strip()):
        parts = item.split()
        word, pos, dep, head = parts[:4]
        tag = parts[4] if len(parts) > 4 else DEFAULT_TAGS.get(pos, "名詞-普通名詞-一般")
        surface, _, lemma = word.partition("=")
        t0 = start + len(text)
        toks.append(
            Token(
                i=base + n,
                sentence=sentence,
                start=t0,
                end=t0 + len(surface),
                surface=surface,
                lemma=lemma or surface,
                pos=pos,
                tag=tag,
                dep=dep,
                head=base + (n if head == "-" else int(head)),
            )
        )
        text += surface
    return text, toks


def article(
    *specs: str,
    actors: tuple[A, ...] = (),
    times: tuple[T, ...] = (),
    quantities: tuple[Q, ...] = (),
    published: str | None = "2025-03-19T07:00:00+09:00",
    article_id: str = "art",
) -> AnalyzedArticle:
    """An AnalyzedArticle from sentence specs (see the module docstring)."""
    body = ""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for spec in specs:
        if spec == "\n\n":
            body += spec
            continue
        index = len(sentences)
        if spec.startswith("!"):
            text, toks = spec[1:], []
        else:
            text, toks = _tokens(spec, index, len(body), len(tokens))
        sentences.append(
            Sentence(
                index=index,
                start=len(body),
                end=len(body) + len(text),
                text=text,
                parsed=bool(toks),
            )
        )
        tokens.extend(toks)
        body += text
    return AnalyzedArticle(
        article_id=article_id,
        input_hash="h",
        producer="test",
        body=body,
        published=published,
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        actors=tuple(_actor(body, a) for a in actors),
        times=tuple(_time(body, t) for t in times),
        quantities=tuple(_quantity(body, q) for q in quantities),
    )


def _actor(body: str, a: A) -> ActorMention:
    s = _find(body, a.surface, a.nth)
    return ActorMention(
        entity=a.entity,
        name=a.name or a.entity,
        surface=a.surface,
        start=s,
        end=s + len(a.surface),
        kind=a.kind,  # type: ignore[arg-type]
        coref=a.coref,
        title=a.title,
        provisional=a.provisional,
    )


def _time(body: str, t: T) -> TimeExpression:
    s = _find(body, t.text, t.nth)
    return TimeExpression(text=t.text, type=t.type, value=t.value, start=s, end=s + len(t.text))  # type: ignore[arg-type]


def _quantity(body: str, q: Q) -> Quantity:
    s = _find(body, q.text, 0)
    return Quantity(
        text=q.text,
        value=q.value,
        unit=q.unit,
        start=s,
        end=s + len(q.text),
        normalized=q.normalized,
        approximate=q.approximate,
        per=q.per,
    )
