"""The nlp stage: Article -> AnalyzedArticle.

:func:`analyze_article` (one article) and :func:`analyze_articles` (many; the parser is called
once per chunk of articles, which is faster) split the body into sentences, find actors, time
expressions and quantities over the whole body, and give a dependency parse (GiNZA) to the
sentences that can carry events. :func:`analysis_to_json` / :func:`analysis_from_json` store
the result without loss, so later stages never need the model. Heavy objects come only from
:func:`load_parser` / :func:`load_parser_for` and :func:`load_kb`; importing this package
loads nothing.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from storyline.config import NlpSettings
from storyline.errors import ConfigError, ModelNotAvailable, StoreError
from storyline.models import (
    ActorMention,
    AnalyzedArticle,
    Article,
    Quantity,
    Rejected,
    Sentence,
    TimeExpression,
    Token,
    article_id_for,
    sha256_hex,
)
from storyline.nlp.kb import KnowledgeBase, load_kb
from storyline.nlp.parser import (
    Parser,
    load_event_cues,
    load_parser,
    load_parser_for,
    select_sentences,
)

__all__ = [
    "VERSION",
    "analysis_from_json",
    "analysis_to_json",
    "analyze_article",
    "analyze_articles",
    "analyze_text",
    "load_kb",
    "load_parser",
    "load_parser_for",
    "producer_name",
]

#: Version of this stage's assembly; part of every producer name.
VERSION = "1"


def producer_name(*, parser: Parser | None, kb: KnowledgeBase, mode: str) -> str:
    """The producer of an analysis: ``nlp/{VERSION}+{model}-{model version}+kb-{kb version}``,
    the versions of the sentence, actor, time and quantity rules (a change to any of them
    re-analyses stored articles), then ``+parse-{mode}`` (with the cue-list version in ``events`` mode), since the
    parse mode changes which tokens exist. The model part is :attr:`Parser.name`, which
    carries the router (``ja_ginza-5.3.0.hybrid-cf2`` under ``nlp.parser = "hybrid"``), so
    analyses of the two routers are stored apart. ``noparser`` stands for the model when nothing
    was parsed (no parser given, or mode ``none``)."""
    from storyline.nlp.actors import ACTORS_VERSION
    from storyline.nlp.quantities import QUANTITIES_VERSION
    from storyline.nlp.sentences import SENTENCES_VERSION
    from storyline.nlp.timex import TIMEX_VERSION

    model = parser.name if parser is not None and mode != "none" else "noparser"
    if mode == "events":
        mode = f"events.{load_event_cues().version}"
    rules = f"{SENTENCES_VERSION}+{ACTORS_VERSION}+{TIMEX_VERSION}+{QUANTITIES_VERSION}"
    return f"nlp/{VERSION}+{model}+kb-{kb.version}+{rules}+parse-{mode}"


def _shift(tokens: Sequence[Token], sentence: Sentence, base: int) -> list[Token]:
    """Move sentence-relative tokens to article level: indices from ``base``, offsets from the
    sentence start, ``sentence`` set to its index. (``make_token`` rather than
    ``dataclasses.replace``: this runs for every parsed word, and replace was about 7% of
    the hybrid layer.)"""
    from storyline.nlp.caseframe import make_token

    at, n = sentence.start, sentence.index
    return [
        make_token(base + t.i, n, at + t.start, at + t.end, t.surface, t.lemma, t.pos, t.tag,
                   t.dep, base + t.head)
        for t in tokens
    ]  # fmt: skip


@dataclasses.dataclass(frozen=True, slots=True)
class _Prepared:
    """An article with everything but the parse done, and the sentences it wants parsed."""

    article: Article
    sentences: tuple[Sentence, ...]
    actors: tuple[ActorMention, ...]
    times: tuple[TimeExpression, ...]
    quantities: tuple[Quantity, ...]
    chosen: tuple[Sentence, ...]


def _prepare(article: Article, *, mode: str, kb: KnowledgeBase) -> _Prepared:
    """Run the dictionary and rule passes over one article and choose the sentences to parse."""
    # Imported here, not at the top, so that importing any nlp sub-module (which runs this
    # file first) never depends on its sibling modules being importable.
    from storyline.nlp.actors import link_actors
    from storyline.nlp.quantities import find_quantities
    from storyline.nlp.sentences import split_sentences
    from storyline.nlp.timex import find_times

    body = article.body
    sentences = tuple(split_sentences(body))
    return _Prepared(
        article=article,
        sentences=sentences,
        actors=tuple(link_actors(body, kb=kb, sentences=sentences)),
        times=tuple(find_times(body, published=article.published, sentences=sentences)),
        quantities=tuple(find_quantities(body)),
        chosen=select_sentences(sentences, mode),
    )


def _assemble(p: _Prepared, parses: Sequence[tuple[Token, ...]], producer: str) -> AnalyzedArticle:
    """Join a prepared article with the parses of its chosen sentences (article-level tokens,
    ``Sentence.parsed`` set where tokens exist)."""
    tokens: list[Token] = []
    parsed: set[int] = set()
    for sentence, toks in zip(p.chosen, parses, strict=True):
        if toks:
            tokens.extend(_shift(toks, sentence, len(tokens)))
            parsed.add(sentence.index)
    a = p.article
    return AnalyzedArticle(
        article_id=a.id,
        input_hash=a.input_hash,
        producer=producer,
        body=a.body,
        published=a.published,
        sentences=tuple(
            dataclasses.replace(s, parsed=True) if s.index in parsed else s for s in p.sentences
        ),
        tokens=tuple(tokens),
        actors=p.actors,
        times=p.times,
        quantities=p.quantities,
    )


def _parse_texts(p: _Prepared) -> list[str]:
    # Parse the body slice, not Sentence.text, so offsets are right even if a splitter
    # ever hands back a normalised copy.
    return [p.article.body[s.start : s.end] for s in p.chosen]


def analyze_article(
    article: Article, *, settings: NlpSettings, parser: Parser | None, kb: KnowledgeBase
) -> AnalyzedArticle:
    """Analyse one article: sentences, actors, times, quantities, and the dependency parse of
    the sentences chosen by ``settings.parse`` (none when ``parser`` is None).

    Returns an AnalyzedArticle whose offsets index ``article.body``. Raises ConfigError for an
    unknown ``settings.parse`` value. For many articles prefer :func:`analyze_articles`.
    """
    p = _prepare(article, mode=settings.parse, kb=kb)
    producer = producer_name(parser=parser, kb=kb, mode=settings.parse)
    if parser is None:
        return _assemble(dataclasses.replace(p, chosen=()), (), producer)
    return _assemble(p, parser.parse(_parse_texts(p)), producer)


#: Articles whose chosen sentences go to the parser in one call (about 150-250 sentences).
#: On the shared 2-core machine one call per article and one call per 32 articles measured
#: within noise of each other (runs varied by +-40% with other jobs running); chunking is kept
#: for spaCy's own batching. Rerun bench/nlp.py on a quiet machine to retune.
ARTICLES_PER_PARSE = 32

#: Articles per task of the worker pool (``nlp.processes`` != 1): small enough that the two
#: workers of a 2-core machine end within a few seconds of each other and a crashed worker
#: loses few articles, large enough (about 60 parsed sentences) for spaCy's batching.
ARTICLES_PER_TASK = 8


def analyze_articles(
    articles: Iterable[Article],
    *,
    settings: NlpSettings,
    parser: Parser | None,
    kb: KnowledgeBase,
    chunk: int = ARTICLES_PER_PARSE,
    processes: int | None = None,
) -> Iterator[AnalyzedArticle | Rejected]:
    """Analyse many articles, in input order, parsing the chosen sentences of ``chunk``
    articles in one parser call (much faster than one call per article).

    ``processes`` (default ``settings.processes``; 0 = one per core) above 1 runs the
    articles in that many forked worker processes started once for this call (see
    :mod:`storyline.nlp.pool`), in tasks of ``min(chunk, ARTICLES_PER_TASK)`` articles, with
    the same results; inputs of fewer than ``MIN_ARTICLES_FOR_POOL`` articles, and platforms
    without fork, stay in this process. The input is read lazily either way.

    Yields an AnalyzedArticle per article, or a Rejected (reason ``internal_error``) for an
    article whose analysis raised, or whose worker process died; the others go on. Raises
    ConfigError for a bad setting.
    """
    from storyline.nlp.pool import MIN_ARTICLES_FOR_POOL, pool_available, worker_count

    select_sentences((), settings.parse)  # fail fast on an unknown mode
    producer = producer_name(parser=parser, kb=kb, mode=settings.parse)
    workers = worker_count(settings.processes if processes is None else processes)
    rest: Iterator[Article] = iter(articles)
    if workers > 1 and pool_available():
        head = list(itertools.islice(rest, MIN_ARTICLES_FOR_POOL))
        rest = itertools.chain(head, rest)
        if len(head) >= MIN_ARTICLES_FOR_POOL:
            yield from _analyze_in_pool(
                rest, settings=settings, parser=parser, kb=kb, producer=producer,
                workers=workers, chunk=min(max(chunk, 1), ARTICLES_PER_TASK),
            )  # fmt: skip
            return
    batch: list[Article] = []
    for article in rest:
        batch.append(article)
        if len(batch) >= max(chunk, 1):
            yield from _analyze_batch(
                batch, settings=settings, parser=parser, kb=kb, producer=producer
            )
            batch = []
    if batch:
        yield from _analyze_batch(batch, settings=settings, parser=parser, kb=kb, producer=producer)


def _analyze_in_pool(
    articles: Iterator[Article],
    *,
    settings: NlpSettings,
    parser: Parser | None,
    kb: KnowledgeBase,
    producer: str,
    workers: int,
    chunk: int,
) -> Iterator[AnalyzedArticle | Rejected]:
    """:func:`analyze_articles` over a worker pool: each forked worker inherits ``parser``
    and ``kb`` (no reload), reopens the parser's disk cache for itself, and runs
    :func:`_analyze_batch` on each task; the parser's counters are summed back here."""
    from storyline.nlp.pool import run_pool

    def setup() -> None:
        if parser is not None:
            parser.reopen_after_fork()

    def analyse(batch: Sequence[Article]) -> list[AnalyzedArticle | Rejected]:
        return _analyze_batch(batch, settings=settings, parser=parser, kb=kb, producer=producer)

    def counters() -> dict[str, int]:
        return parser.counters() if parser is not None else {}

    def merge(deltas: dict[str, int]) -> None:
        if parser is not None:
            parser.add_counters(deltas)

    tasks = iter(lambda: list(itertools.islice(articles, chunk)), [])
    yield from run_pool(
        tasks, workers=workers, setup=setup, analyse=analyse, counters=counters, merge=merge
    )


def _analyze_batch(
    articles: Sequence[Article],
    *,
    settings: NlpSettings,
    parser: Parser | None,
    kb: KnowledgeBase,
    producer: str,
) -> list[AnalyzedArticle | Rejected]:
    """Prepare each article, parse all their chosen sentences at once, assemble."""
    prepared: list[_Prepared | Rejected] = []
    for article in articles:
        try:
            p = _prepare(article, mode=settings.parse, kb=kb)
        except (ConfigError, ModelNotAvailable):
            raise  # whole-command trouble, not this article's
        except Exception as exc:  # one bad article must not stop the batch
            prepared.append(_rejected(article, exc))
            continue
        prepared.append(p if parser is not None else dataclasses.replace(p, chosen=()))
    texts = [t for p in prepared if isinstance(p, _Prepared) for t in _parse_texts(p)]
    parses = parser.parse(texts) if parser is not None and texts else []
    out: list[AnalyzedArticle | Rejected] = []
    pos = 0
    for item in prepared:
        if isinstance(item, Rejected):
            out.append(item)
            continue
        n = len(item.chosen)
        out.append(_assemble(item, parses[pos : pos + n], producer))
        pos += n
    return out


def _rejected(article: Article, exc: Exception) -> Rejected:
    return Rejected(
        source=article.source,
        stage="nlp",
        reason="internal_error",
        detail=f"analysis of article {article.id} failed: {type(exc).__name__}: {exc}",
    )


def analyze_text(
    text: str,
    *,
    published: str | None,
    settings: NlpSettings | None = None,
    parser: Parser | None = None,
    kb: KnowledgeBase | None = None,
) -> AnalyzedArticle:
    """Analyse a bare text (``storyline analyze``): it is wrapped in an Article whose id and
    input hash come from its UTF-8 bytes. ``kb`` defaults to the bundled base and ``settings``
    to the defaults. Raises as :func:`analyze_article`."""
    data = text.encode("utf-8")
    article = Article(
        id=article_id_for(data),
        source="<text>",
        input_hash=sha256_hex(data),
        producer="text",
        body=text,
        published=published,
    )
    return analyze_article(
        article,
        settings=settings or NlpSettings(),
        parser=parser,
        kb=kb if kb is not None else load_kb(),
    )


# --------------------------------------------------------------------------- JSON

_TOKEN_FIELDS = ("i", "sentence", "start", "end", "surface", "lemma", "pos", "tag", "dep", "head")


def _actor_json(a: ActorMention) -> dict[str, Any]:
    return {
        "name": a.name,
        "id": a.wikidata,
        "surface": a.surface,
        "title": a.title,
        "start": a.start,
        "end": a.end,
        "kind": a.kind,
        "entity": a.entity,
        "country_prefix": a.country_prefix,
        "provisional": a.provisional,
        "coref": a.coref,
    }


def analysis_to_json(a: AnalyzedArticle, *, tokens: bool = True) -> dict[str, Any]:
    """Return the JSON form of an analysis (the ``storyline analyze`` output).

    Keys: ``sentences`` ({index, text, start, end, parsed}), ``actors`` ({name, id (Wikidata
    id or null), surface, title, start, end, kind, entity, ...}), ``times`` ({text, type,
    value, start, end, anchor, modifier}), ``quantities`` ({text, value, unit, start, end,
    normalized, approximate, per}), ``tokens`` (omitted when ``tokens=False``), and the
    article fields. With tokens it round-trips through :func:`analysis_from_json`.
    """
    out: dict[str, Any] = {
        "article_id": a.article_id,
        "input_hash": a.input_hash,
        "producer": a.producer,
        "published": a.published,
        "body": a.body,
        "sentences": [
            {"index": s.index, "text": s.text, "start": s.start, "end": s.end, "parsed": s.parsed}
            for s in a.sentences
        ],
        "actors": [_actor_json(x) for x in a.actors],
        "times": [
            {
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "start": t.start,
                "end": t.end,
                "anchor": t.anchor,
                "modifier": t.modifier,
            }
            for t in a.times
        ],
        "quantities": [dataclasses.asdict(q) for q in a.quantities],
    }
    if tokens:
        out["tokens"] = [{f: getattr(t, f) for f in _TOKEN_FIELDS} for t in a.tokens]
    return out


def _actor_from_json(d: Mapping[str, Any]) -> ActorMention:
    return ActorMention(
        entity=d["entity"] if "entity" in d else d["name"],
        name=d["name"],
        surface=d["surface"],
        start=d["start"],
        end=d["end"],
        kind=d.get("kind", "person"),
        wikidata=d.get("id"),
        title=d.get("title"),
        country_prefix=d.get("country_prefix"),
        provisional=bool(d.get("provisional", False)),
        coref=bool(d.get("coref", False)),
    )


def analysis_from_json(data: Mapping[str, Any]) -> AnalyzedArticle:
    """Rebuild an AnalyzedArticle from :func:`analysis_to_json` output (a missing ``tokens``
    key gives no tokens). Raises StoreError naming the problem when the data is malformed."""
    try:
        return AnalyzedArticle(
            article_id=data["article_id"],
            input_hash=data["input_hash"],
            producer=data["producer"],
            body=data["body"],
            published=data.get("published"),
            sentences=tuple(Sentence(**s) for s in data["sentences"]),
            tokens=tuple(Token(**t) for t in data.get("tokens", ())),
            actors=tuple(_actor_from_json(x) for x in data["actors"]),
            times=tuple(TimeExpression(**t) for t in data["times"]),
            quantities=tuple(Quantity(**q) for q in data["quantities"]),
        )
    except (KeyError, TypeError) as exc:
        raise StoreError(f"stored analysis is malformed ({exc!r}); rerun the nlp stage") from exc
