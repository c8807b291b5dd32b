"""The one orchestrator: inputs -> ingest -> extract -> dedup -> store -> storyline.json.

``build`` reads the inputs, calls each stage, stores every result and rejection as it goes
(so a crash later in the batch loses nothing already processed), and keeps a run report with
counts per stage and reason. Stages never call each other; only this module wires them.

Idempotency: an input whose bytes (hash) are already stored with the current extraction
producer is reused without extracting again; a URL already fetched into the store is not
fetched again unless ``refresh`` is set.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

import httpx

from storyline import dedup, events, extract, ingest, nlp, report, stories
from storyline.config import Settings
from storyline.errors import StoreError
from storyline.models import AnalyzedArticle, Article, Event, RawDocument, Rejected, Story
from storyline.report.output import build_output, write_json
from storyline.store import Store, open_store

if TYPE_CHECKING:
    from storyline.nlp.kb import KnowledgeBase

_URL = re.compile(r"^https?://", re.IGNORECASE)

OUTPUT_NAME = "storyline.json"
DB_NAME = "storyline.sqlite"


class Progress(Protocol):
    """What the CLI passes in to show progress; every call is cheap."""

    def item(self, source: str, outcome: str) -> None: ...


@dataclass(slots=True)
class RunReport:
    """Counts of one run, per stage and reason. Written into storyline.json and the store."""

    inputs: int = 0
    documents: int = 0
    extracted: int = 0
    reused: int = 0
    same_bytes: int = 0
    duplicates: int = 0
    analysed: int = 0
    analyses_reused: int = 0
    events: int = 0
    stories: int = 0
    discrepancies: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    rejected_by_stage: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return self.extracted + self.reused

    def to_json(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "articles": self.articles,
            "extracted": self.extracted,
            "reused": self.reused,
            "same_bytes": self.same_bytes,
            "duplicates": self.duplicates,
            "analysed": self.analysed,
            "analyses_reused": self.analyses_reused,
            "events": self.events,
            "stories": self.stories,
            "discrepancies": self.discrepancies,
            "rejected": sum(self.rejected.values()),
            "rejected_by_reason": dict(sorted(self.rejected.items())),
            "rejected_by_stage": dict(sorted(self.rejected_by_stage.items())),
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildResult:
    articles: tuple[Article, ...]
    rejected: tuple[Rejected, ...]
    report: RunReport
    output: Path
    store_path: str
    stories: tuple[Story, ...] = ()
    digest: tuple[Path, ...] = ()
    summary: tuple[str, ...] = ()


@dataclass(slots=True)
class _Run:
    store: Store
    run_id: int
    settings: Settings
    report: RunReport
    progress: Progress | None
    articles: dict[str, Article] = field(default_factory=dict)
    rejected: list[Rejected] = field(default_factory=list)

    def reject(self, r: Rejected) -> None:
        self.store.put_rejection(r, run_id=self.run_id)
        self.rejected.append(r)
        self.report.rejected[r.reason] += 1
        self.report.rejected_by_stage[r.stage] += 1
        if self.progress:
            self.progress.item(r.source, f"rejected: {r.reason}")

    def keep(self, article: Article, outcome: str) -> None:
        if article.id in self.articles:
            self.report.same_bytes += 1  # the same bytes given twice: one article
        else:
            self.articles[article.id] = article
        if self.progress:
            self.progress.item(article.source, outcome)


def _stored_urls(run: _Run, inputs: Sequence[str], refresh: bool) -> tuple[list[str], list[str]]:
    """Split inputs into those to ingest and URLs already in the store (reused, not fetched)."""
    if refresh:
        return list(inputs), []
    todo, known = [], []
    for item in inputs:
        h = run.store.known_url(item) if _URL.match(item) else None
        if h is not None and run.store.get_article(h) is not None:
            known.append(h)
        else:
            todo.append(item)
    return todo, known


def _process(run: _Run, doc: RawDocument) -> None:
    run.report.documents += 1
    run.store.record_input(doc.source, doc.sha256, run_id=run.run_id)
    cached = run.store.get_article(doc.sha256)
    if cached is not None and cached.producer == extract.producer_for(doc.media_type):
        run.report.reused += 1
        if cached.source != doc.source:
            cached = dataclasses.replace(cached, source=doc.source)
        run.keep(cached, "unchanged")
        return
    result = extract.extract_article(doc, settings=run.settings.extract)
    if isinstance(result, Rejected):
        run.reject(result)
        return
    run.store.put_article(result, run_id=run.run_id)
    run.report.extracted += 1
    run.keep(result, "extracted")


def build(
    inputs: Sequence[str],
    *,
    outdir: Path,
    settings: Settings,
    db: str | Path | None = None,
    now: datetime | None = None,
    refresh: bool = False,
    stdin: BinaryIO | None = None,
    client: httpx.Client | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Run the main job on ``inputs`` and write ``outdir/storyline.json``.

    Returns the articles and rejections of this run and the run report. Raises StoreError
    when the store cannot be opened; everything that goes wrong with one input is a
    rejection instead.
    """
    started = time.perf_counter()
    now = now or datetime.now(UTC).astimezone()
    outdir = Path(outdir)
    store_path = Path(db) if db else Path(settings.store.db or outdir / DB_NAME)
    with open_store(store_path) as store:
        run = _Run(store, store.start_run(inputs, now=now), settings, RunReport(), progress)
        run.report.inputs = len(inputs)
        todo, known = _stored_urls(run, inputs, refresh)
        for h in known:
            article = store.get_article(h)
            if article is not None:
                run.report.reused += 1
                run.keep(article, "unchanged")
        for item in ingest.iter_inputs(todo, settings=settings.ingest, stdin=stdin, client=client):
            if isinstance(item, Rejected):
                run.reject(item)
                continue
            try:
                _process(run, item)
            except StoreError:
                raise  # the store itself failing stops the run: nothing more could be kept
            except Exception as exc:  # one bad page never stops the batch
                run.reject(
                    Rejected(
                        source=item.source,
                        stage="pipeline",
                        reason="internal_error",
                        detail=f"{type(exc).__name__}: {exc} (a bug in storyline; please report it)",
                    )
                )
        articles = _deduplicate(run, store)
        kb = nlp.load_kb(settings.nlp.kb)
        analyses, failed = _analyse(run, articles, kb, store_path)
        articles = tuple(
            dataclasses.replace(a, errors=(*a.errors, failed[a.id])) if a.id in failed else a
            for a in articles
        )
        found = [e for a in analyses for e in events.extract_events(a)]
        run.report.events = len(found)
        story_list = _stories(run, articles, analyses, found, kb)
        run.report.seconds = time.perf_counter() - started
        output = outdir / OUTPUT_NAME
        doc = build_output(
            articles,
            run.rejected,
            generated_at=now,
            stories=[stories.story_to_json(st) for st in story_list],
            run=run.report.to_json(),
        )
        write_json(doc, output)
        digest = report.render_digest(doc, outdir=outdir, now=now)
        store.finish_run(run.run_id, run.report.to_json(), now=now)
        return BuildResult(
            articles=articles,
            rejected=tuple(run.rejected),
            report=run.report,
            output=output,
            store_path=store.path,
            stories=story_list,
            digest=tuple(digest),
            summary=tuple(report.terminal_summary(doc)),
        )


def _deduplicate(run: _Run, store: Store) -> tuple[Article, ...]:
    articles = dedup.mark_duplicates(list(run.articles.values()), settings=run.settings.dedup)
    for a in articles:
        if a.duplicate_of is not None:
            run.report.duplicates += 1
        if a.duplicate_of != run.articles[a.id].duplicate_of:
            store.put_article(a, run_id=run.run_id)
    return articles


def _analyse(
    run: _Run, articles: Sequence[Article], kb: KnowledgeBase, store_path: Path
) -> tuple[list[AnalyzedArticle], dict[str, str]]:
    """The language layer for every article, reusing stored analyses of the same producer.

    Returns the analyses and, for articles whose analysis failed, ``{article_id: why}``: such
    an article stays in the output with the failure in its ``errors``; it only lacks events.
    """
    settings = run.settings.nlp
    parser = None
    if settings.parse != "none" and articles:
        parser = nlp.load_parser_for(
            settings, cache_path=store_path.with_name("parse-cache.sqlite")
        )
    producer = nlp.producer_name(parser=parser, kb=kb, mode=settings.parse)
    out: list[AnalyzedArticle] = []
    failed: dict[str, str] = {}
    todo: list[Article] = []
    for a in articles:
        cached = run.store.get_analysis(a.input_hash, producer)
        if cached is not None:
            run.report.analyses_reused += 1
            out.append(cached)
        else:
            todo.append(a)
    source_to_id = {a.source: a.id for a in todo}
    for item in nlp.analyze_articles(todo, settings=settings, parser=parser, kb=kb):
        if isinstance(item, Rejected):
            failed[source_to_id[item.source]] = item.detail
            continue
        run.store.put_analysis(item)
        run.report.analysed += 1
        out.append(item)
        if run.progress:
            run.progress.item(item.article_id, "analysed")
    return out, failed


def _stories(
    run: _Run,
    articles: Sequence[Article],
    analyses: Sequence[AnalyzedArticle],
    found: Sequence[Event],
    kb: KnowledgeBase,
) -> tuple[Story, ...]:
    ids = {a.id for a in articles}
    previous = [
        dataclasses.replace(st, article_ids=tuple(i for i in st.article_ids if i in ids))
        for st in run.store.stories()
    ]

    def role_check(entity: str, title: str, day: str) -> bool | None:
        return kb.held(entity, title, on=day)

    result = stories.build_stories(
        articles,
        analyses,
        found,
        role_check=role_check,
        previous=[st for st in previous if st.article_ids],
    )
    run.store.put_stories(result, run_id=run.run_id)
    run.report.stories = len(result)
    run.report.discrepancies = sum(len(st.discrepancies) for st in result)
    return result


def analyze(
    data: bytes, *, published: str | None, settings: Settings, parse: bool = True
) -> dict[str, Any]:
    """``storyline analyze``: the language layer on one text (an article body), as JSON.

    The bytes are decoded like a page (BOM, detection: UTF-8, Shift_JIS, EUC-JP). ``published``
    is the reference for relative dates (None leaves them partial). With ``parse`` False, or
    ``nlp.parse = "none"``, GiNZA is not loaded. Raises InputError for undecodable input and
    ModelNotAvailable when the parser model is missing.
    """
    text, _encoding, _source = ingest.decode_page(data, media_type_hint="text/plain")
    parser = nlp.load_parser_for(settings.nlp) if parse and settings.nlp.parse != "none" else None
    kb = nlp.load_kb(settings.nlp.kb)
    analysis = nlp.analyze_text(
        text, published=published, settings=settings.nlp, parser=parser, kb=kb
    )
    return nlp.analysis_to_json(analysis, tokens=False)


def import_kb(dump: Path, *, limit: int | None = None) -> dict[str, Any]:
    """``storyline kb import``: a knowledge-base document built from a Wikidata JSON dump."""
    from storyline.nlp.wikidata import import_wikidata_dump

    return import_wikidata_dump(dump, limit=limit)
