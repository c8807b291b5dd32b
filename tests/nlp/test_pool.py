"""Tests of storyline.nlp.pool (the worker pool behind ``nlp.processes``) and of
analyze_articles over it: same results as in-process, input order, lazy input, a dead worker
costs only its task, shutdown on errors. Model tests compare both paths under GiNZA."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import time
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import cast

import pytest

import storyline.nlp.pool as pool_module
from storyline.config import NlpSettings
from storyline.errors import ConfigError, StoreError
from storyline.models import AnalyzedArticle, Article, Rejected, Token
from storyline.nlp import (
    ARTICLES_PER_TASK,
    analysis_to_json,
    analyze_articles,
    load_kb,
)
from storyline.nlp.parser import Parser, load_parser
from storyline.nlp.pool import (
    MIN_ARTICLES_FOR_POOL,
    WINDOW_PER_WORKER,
    last_stats,
    run_pool,
    worker_count,
)

pytestmark = pytest.mark.skipif(
    not pool_module.pool_available(), reason="the worker pool needs fork"
)

# Bodies written for these tests; digits vary per article so parses differ.
_BODIES = (
    "政府は{n}日、臨時閣議を開き、新しい経済対策を決定した。首相は記者団に「早く届けたい」と述べた。",
    "警察は{n}日、窃盗の疑いで男を逮捕した。男は容疑を認めているという。",
    "市議会は新しい体育館の建設費{n}億円を盛り込んだ予算案を可決した。完成は再来年の予定だ。",
    "大型の台風{n}号は週末に上陸する見通しだ。気象庁は早めの避難を呼びかけている。",
    "両社は{n}日、資本提携で合意したと発表した。この地域は古くから港町として栄えた。",
)


def _article(n: int, body: str | None = None) -> Article:
    text = body if body is not None else _BODIES[n % len(_BODIES)].format(n=n % 28 + 1)
    return Article(
        id=f"a{n:03d}", source=f"t{n}.txt", input_hash=f"{n:064d}", producer="test", body=text,
        published="2025-03-19T07:12:00+09:00",
    )  # fmt: skip


class CharParser(Parser):
    """A Parser whose model splits on characters (no GiNZA). Its model process dies at once
    (SIGKILL, as the kernel's out-of-memory killer would do) on a text containing 爆."""

    def __init__(self, cache_path: Path | None = None) -> None:
        super().__init__(None, model="chars", model_version="0", cache_path=cache_path)

    def _run_model(
        self, texts: Sequence[str], words: Sequence[Sequence[Token] | None] = ()
    ) -> list[tuple[Token, ...]]:
        if any("爆" in t for t in texts):
            os.kill(os.getpid(), signal.SIGKILL)
        self.model_calls += len(texts)
        return [
            tuple(
                Token(i=n, sentence=0, start=n, end=n + 1, surface=ch, lemma=ch, pos="X",
                      tag="記号", dep="ROOT" if n == len(t) - 1 else "dep", head=len(t) - 1)
                for n, ch in enumerate(t)
            )
            for t in texts
        ]  # fmt: skip


def _run(arts: Sequence[Article], processes: int, parser: Parser | None = None) -> list[object]:
    return list(
        analyze_articles(
            arts,
            settings=NlpSettings(),
            parser=parser or CharParser(),
            kb=load_kb(),
            processes=processes,
        )
    )


def _no_workers_left() -> bool:
    return not multiprocessing.active_children()  # also reaps finished ones


# --------------------------------------------------------------------------- analyze_articles


def test_pool_gives_the_in_process_results_in_order() -> None:
    arts = [_article(n) for n in range(30)]
    inproc, pooled = CharParser(), CharParser()
    one = _run(arts, 1, inproc)
    many = _run(arts, 2, pooled)
    assert many == one
    assert [a.article_id for a in many if isinstance(a, AnalyzedArticle)] == [a.id for a in arts]
    stats = last_stats()
    assert stats is not None and stats.workers == 2 and stats.crashes == 0
    assert stats.chunks == -(-len(arts) // ARTICLES_PER_TASK)
    # The workers' counters come back: every sentence asked is a model call or a cache hit.
    assert pooled.model_calls > 0
    assert pooled.model_calls + pooled.cache_hits == inproc.model_calls + inproc.cache_hits


@pytest.mark.parametrize(("count", "pooled"), [(MIN_ARTICLES_FOR_POOL - 1, False),
                                               (MIN_ARTICLES_FOR_POOL, True)])  # fmt: skip
def test_small_inputs_stay_in_process(
    count: int, pooled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = pool_module.run_pool

    def spy(*args: object, **kw: object) -> Iterator[object]:
        calls.append(1)
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pool_module, "run_pool", spy)
    out = _run([_article(n) for n in range(count)], 2)
    assert len(out) == count and all(isinstance(a, AnalyzedArticle) for a in out)
    assert bool(calls) is pooled


def test_processes_one_never_starts_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kw: object) -> None:
        raise AssertionError("pool started")

    monkeypatch.setattr(pool_module, "run_pool", boom)
    assert len(_run([_article(n) for n in range(20)], 1)) == 20
    settings = NlpSettings(processes=1)
    out = analyze_articles([_article(n) for n in range(20)], settings=settings,
                           parser=CharParser(), kb=load_kb())  # fmt: skip
    assert len(list(out)) == 20


def test_input_is_read_lazily_and_closing_stops_the_workers() -> None:
    pulled: list[int] = []

    def source() -> Iterator[Article]:
        for n in range(400):
            pulled.append(n)
            yield _article(n)

    gen = cast(
        "Generator[object, None, None]",
        analyze_articles(
            source(), settings=NlpSettings(), parser=CharParser(), kb=load_kb(), processes=2
        ),
    )
    first = next(gen)
    assert isinstance(first, AnalyzedArticle) and first.article_id == "a000"
    # The head that decides pool-or-not, plus at most a window of tasks.
    assert len(pulled) <= MIN_ARTICLES_FOR_POOL + WINDOW_PER_WORKER * 2 * ARTICLES_PER_TASK
    assert multiprocessing.active_children()
    gen.close()
    assert _no_workers_left()


def test_a_killed_worker_costs_only_its_task(caplog: pytest.LogCaptureFixture) -> None:
    arts = [_article(n) for n in range(40)]
    bomb = 13
    arts[bomb] = _article(bomb, "警察は爆発物を押収したと発表した。")
    out = _run(arts, 2)
    lost = range(bomb // ARTICLES_PER_TASK * ARTICLES_PER_TASK,
                 (bomb // ARTICLES_PER_TASK + 1) * ARTICLES_PER_TASK)  # fmt: skip
    assert len(out) == len(arts)
    for n, item in enumerate(out):
        if n in lost:
            assert isinstance(item, Rejected), n
            assert item.reason == "internal_error" and item.stage == "nlp"
            assert "SIGKILL" in item.detail and arts[n].id in item.detail
            assert item.source == arts[n].source
        else:
            assert isinstance(item, AnalyzedArticle) and item.article_id == arts[n].id
    # The articles after the crash were analysed by a fresh worker, as in-process.
    safe = [a for n, a in enumerate(arts) if n not in lost]
    assert [a for n, a in enumerate(out) if n not in lost] == _run(safe, 1)
    assert any("died" in r.message and "SIGKILL" in r.message for r in caplog.records)
    stats = last_stats()
    assert stats is not None and stats.crashes == 1
    assert _no_workers_left()


def test_without_any_worker_the_run_goes_on_in_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pool_module._Pool, "_start", lambda self: None)  # fork refused
    arts = [_article(n) for n in range(20)]
    assert _run(arts, 2) == _run(arts, 1)
    assert any("in-process" in r.message for r in caplog.records)


def test_a_crash_with_no_replacement_leaves_the_other_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pool_module._Pool._start
    allowed = iter([True, True])  # the first two workers start, no replacement does

    def limited(self: pool_module._Pool) -> object:
        return real(self) if next(allowed, False) else None

    monkeypatch.setattr(pool_module._Pool, "_start", limited)
    arts = [_article(n) for n in range(40)]
    arts[3] = _article(3, "爆発があった。")
    out = _run(arts, 2)
    assert [isinstance(a, Rejected) for a in out] == [n < ARTICLES_PER_TASK for n in range(40)]
    assert out[ARTICLES_PER_TASK:] == _run(arts[ARTICLES_PER_TASK:], 1)
    assert _no_workers_left()


def test_disk_cache_is_shared_safely_by_workers(tmp_path: Path) -> None:
    cache = tmp_path / "parse-cache.sqlite"
    arts = [_article(n) for n in range(40)]
    writer = CharParser(cache_path=cache)
    pooled = _run(arts, 2, writer)
    writer.close()
    reader = CharParser(cache_path=cache)
    again = _run(arts, 1, reader)
    assert again == pooled
    assert reader.model_calls == 0 and reader.cache_hits > 0  # every parse was stored


# --------------------------------------------------------------------------- run_pool itself


def _tag(articles: Sequence[Article], why: str = "") -> list[AnalyzedArticle | Rejected]:
    return [Rejected(source=a.source, stage="t", reason="ok", detail=a.id + why) for a in articles]


def _pool(analyse: pool_module.Analyse, n: int = 20, size: int = 2) -> Iterator[object]:
    arts = [_article(i) for i in range(n)]
    chunks = iter([arts[i : i + size] for i in range(0, n, size)])
    return run_pool(chunks, workers=2, setup=lambda: None, analyse=analyse,
                    counters=dict, merge=lambda d: None)  # fmt: skip


def test_results_come_in_input_order_when_tasks_end_out_of_order() -> None:
    def slow_first(articles: Sequence[Article]) -> list[AnalyzedArticle | Rejected]:
        if articles[0].id == "a000":
            time.sleep(0.5)  # the other worker finishes several tasks meanwhile
        return _tag(articles)

    out = list(_pool(slow_first))
    assert [r.detail for r in out if isinstance(r, Rejected)] == [f"a{n:03d}" for n in range(20)]


def test_an_exception_in_a_task_rejects_that_task() -> None:
    def fragile(articles: Sequence[Article]) -> list[AnalyzedArticle | Rejected]:
        if any(a.id == "a005" for a in articles):
            raise MemoryError("no room")
        return _tag(articles)

    out = list(_pool(fragile))
    bad = [r for r in out if isinstance(r, Rejected) and r.reason == "internal_error"]
    assert [r.source for r in bad] == ["t4.txt", "t5.txt"]
    assert all("MemoryError: no room" in r.detail for r in bad)
    assert len(out) == 20


def test_config_errors_stop_the_run_and_the_workers() -> None:
    def misconfigured(articles: Sequence[Article]) -> list[AnalyzedArticle | Rejected]:
        raise ConfigError("nlp.parse = 'often' is not one of ...")

    with pytest.raises(ConfigError, match="often"):
        list(_pool(misconfigured))
    assert _no_workers_left()


def test_a_worker_that_cannot_set_up_stops_the_run() -> None:
    def broken_cache() -> None:
        raise StoreError("parse cache x.sqlite cannot be opened")

    arts = [_article(i) for i in range(8)]
    gen = run_pool(iter([arts[:4], arts[4:]]), workers=2, setup=broken_cache, analyse=_tag,
                   counters=dict, merge=lambda d: None)  # fmt: skip
    with pytest.raises(StoreError, match="cannot be opened"):
        list(gen)
    assert _no_workers_left()


def test_an_interrupt_in_the_parent_stops_the_workers() -> None:
    seen: list[int] = []

    def interrupt(deltas: dict[str, int]) -> None:
        seen.append(1)
        raise KeyboardInterrupt  # as Ctrl-C would, while the parent collects results

    arts = [_article(i) for i in range(20)]
    gen = run_pool(iter([arts[i : i + 2] for i in range(0, 20, 2)]), workers=2,
                   setup=lambda: None, analyse=_tag, counters=dict, merge=interrupt)  # fmt: skip
    with pytest.raises(KeyboardInterrupt):
        list(gen)
    assert seen and _no_workers_left()


def test_workers_use_one_blas_thread() -> None:
    import numpy  # noqa: F401  (loaded before the fork, as GiNZA loads it in real runs)

    def report(articles: Sequence[Article]) -> list[AnalyzedArticle | Rejected]:
        from threadpoolctl import threadpool_info  # type: ignore[import-untyped]

        threads = sorted({i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"})
        return _tag(articles, f" {threads}")

    out = list(_pool(report, n=4))
    assert all(isinstance(r, Rejected) and r.detail.endswith(" [1]") for r in out), out


_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


@pytest.mark.parametrize(("processes", "expected"), [(1, 1), (3, 3), (0, _CORES)])
def test_worker_count(processes: int, expected: int) -> None:
    assert worker_count(processes) == expected


def test_negative_processes_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"nlp\.processes"):
        worker_count(-1)


# --------------------------------------------------------------------------- with GiNZA


def _page_articles() -> list[Article]:
    """Paragraphs of the project's test pages (tests/data/pages/*.txt) as articles."""
    root = Path(__file__).resolve().parents[1] / "data" / "pages"
    paras = [p.strip() for f in sorted(root.rglob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n\n")]  # fmt: skip
    bodies = [p for p in paras if len(p) >= 40 and "。" in p]
    return [_article(n, b) for n, b in enumerate(bodies[:36])]


@pytest.mark.model
@pytest.mark.parametrize("router", ["ginza", "hybrid"])
def test_pool_matches_in_process_with_ginza(router: str) -> None:
    arts = _page_articles()
    assert len(arts) >= 24
    kb = load_kb()
    settings = NlpSettings(parser=router)
    # One parser each, so the pool's parses cannot come from the in-process memory cache.
    inproc = list(analyze_articles(arts, settings=settings, parser=load_parser(router=router),
                                   kb=kb, processes=1))  # fmt: skip
    pooled_parser = load_parser(router=router)
    pooled = list(analyze_articles(arts, settings=settings, parser=pooled_parser, kb=kb,
                                   processes=2))  # fmt: skip
    assert len(pooled) == len(inproc) == len(arts)
    assert pooled_parser.model_calls > 0  # parsed in the workers, counted here
    for a, b in zip(inproc, pooled, strict=True):
        assert isinstance(a, AnalyzedArticle) and isinstance(b, AnalyzedArticle)
        ja, jb = analysis_to_json(a), analysis_to_json(b)
        for field in ja:
            assert ja[field] == jb[field], (a.article_id, field)
        assert dataclasses.astuple(a) == dataclasses.astuple(b)
