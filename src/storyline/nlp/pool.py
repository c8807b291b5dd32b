"""A persistent pool of worker processes over whole articles (``nlp.processes``).

:func:`run_pool` starts the workers once per call of
:func:`storyline.nlp.analyze_articles`, hands each a chunk of articles at a time and yields
the chunks' results in input order. Why it is built this way:

- **fork**, not spawn or forkserver: the parent has already loaded GiNZA and the knowledge
  base (the caller passes them in), and a forked worker shares them copy-on-write, so
  starting the workers took 0.2-0.6 s (until both had limited BLAS and answered, on the
  loaded 2-core machine) and no extra model load (spawn re-imports spaCy and reloads the
  model in every worker: seconds each, and a private copy of it). The heap is frozen
  (``gc.freeze``) while the pool runs so that no garbage collection, in a worker or in the
  parent, writes to (and so copies) the shared pages. Where fork is not offered (Windows)
  :func:`pool_available` is False and the caller stays in-process.
  The parent's SQLite connections (store, parse cache) are inherited but never touched by a
  worker: the parser opens its own cache connection (:meth:`Parser.reopen_after_fork`), and
  workers end with ``os._exit`` (multiprocessing's fork start), which closes nothing.
- **One pipe per worker, one chunk in flight per worker**: the parent sends a chunk only to
  an idle worker (blocked reading), so neither side can block writing while the other does,
  and the parent always knows which chunk a worker holds. A worker that dies (killed,
  out of memory) shows up as end-of-file on its pipe and its process sentinel; its chunk
  becomes ``Rejected`` records, the death is logged, and a fresh worker is forked.
- **Bounded**: at most ``window`` chunks are dispatched but not yet yielded, so the input
  is read lazily and out-of-order results cannot pile up behind one slow chunk.
- **One BLAS thread per worker** (threadpoolctl, since numpy is already loaded when the
  worker starts, so environment variables would come too late): with one worker per core,
  OpenBLAS threads would only compete with the other worker.
- Workers ignore SIGINT; the parent shuts them down (on Ctrl-C, an exception, or the
  consumer dropping the generator) in a ``finally``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any

from storyline.errors import ConfigError, ModelNotAvailable
from storyline.models import AnalyzedArticle, Article, Rejected

__all__ = [
    "MIN_ARTICLES_FOR_POOL",
    "PoolStats",
    "last_stats",
    "pool_available",
    "run_pool",
    "worker_count",
]

_log = logging.getLogger(__name__)

#: Inputs with fewer articles stay in-process: a pool's fixed cost (forking, a BLAS reset,
#: the first chunk's pickling: 0.2-0.6 s until both workers answered, measured on the
#: loaded 2-core machine) is more than a few articles take (about 0.1 CPU-s each in the
#: `ginza` layer, bench/nlp.py), and `analyze` and most tests pass one to a few articles.
MIN_ARTICLES_FOR_POOL = 8

#: Chunks dispatched but not yet yielded, per worker (bounds the reorder buffer and the
#: articles read ahead of the consumer). Two lets a fast worker run one chunk ahead of a
#: slow one without waiting.
WINDOW_PER_WORKER = 2

# Seconds to let idle workers exit after their pipe is closed before they are terminated.
_JOIN_SECONDS = 2.0

Result = AnalyzedArticle | Rejected
Analyse = Callable[[Sequence[Article]], list[Result]]
Counters = Callable[[], dict[str, int]]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class PoolStats:
    """What the last :func:`run_pool` did: workers, seconds until every first worker had
    set itself up (fork + BLAS limit), chunks sent, and workers that died."""

    workers: int
    start_seconds: float
    chunks: int
    crashes: int


_last: list[PoolStats] = []


def last_stats() -> PoolStats | None:
    """The :class:`PoolStats` of the last pool run in this process, or None."""
    return _last[-1] if _last else None


def pool_available() -> bool:
    """True when worker processes can be forked (see the module docstring)."""
    return "fork" in multiprocessing.get_all_start_methods()


def worker_count(processes: int) -> int:
    """Workers for ``nlp.processes``: the value itself, or one per core for 0. Raises
    ConfigError for a negative value."""
    if processes < 0:
        raise ConfigError(f"nlp.processes = {processes} must be 0 (one per core) or more")
    return processes or _cores()


def _cores() -> int:
    """Cores this process may run on (the affinity mask where the OS has one: a container
    or ``taskset`` limit is respected, unlike ``os.cpu_count``)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --------------------------------------------------------------------------- the worker side


def _limit_blas_threads() -> None:
    """Keep BLAS libraries already loaded in this process to one thread."""
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
    except ImportError:  # optional at run time: results are the same, only slower
        return
    threadpool_limits(limits=1)


def _worker_main(
    conn: Connection,
    others: Sequence[Connection],
    setup: Callable[[], None],
    analyse: Analyse,
    counters: Counters,
) -> None:
    """Run in a forked worker: set up once, then answer chunks until the pipe closes.

    Sends ``("ready", seconds)`` once, then per chunk ``("done", seq, results, counter
    deltas)``, or ``("raise", seq, exc)`` for whole-command trouble (ConfigError,
    ModelNotAvailable, or any failure of ``setup``), which the parent re-raises.
    """
    t0 = time.perf_counter()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    for other in others:  # the parent's ends of the pipes (see _Pool._start)
        other.close()
    # A progress display in the parent (rich's Live) may have replaced these with proxies
    # that take its console lock, which another parent thread could have held at the fork:
    # a worker's warning would then wait forever. Write to the real streams instead.
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    try:
        _limit_blas_threads()
        setup()
    except Exception as exc:  # e.g. the parse cache cannot be opened: as it would in-process
        conn.send(("raise", None, exc))
        return
    conn.send(("ready", time.perf_counter() - t0))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, articles = msg
        before = counters()
        try:
            results = analyse(articles)
        except (ConfigError, ModelNotAvailable) as exc:
            conn.send(("raise", seq, exc))
            continue
        except Exception as exc:  # MemoryError, a parser bug: this chunk only
            results = [_lost(a, f"{type(exc).__name__}: {exc}") for a in articles]
        after = counters()
        conn.send(("done", seq, results, {k: after[k] - before.get(k, 0) for k in after}))


def _exit_reason(code: int | None) -> str:
    """``signal SIGKILL`` for a process killed by a signal, else ``exit code N``."""
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"signal {signal.Signals(-code).name}"
    return f"exit code {code}"


def _lost(article: Article, why: str) -> Rejected:
    return Rejected(
        source=article.source,
        stage="nlp",
        reason="internal_error",
        detail=f"analysis of article {article.id} failed in an nlp worker: {why}",
    )


# --------------------------------------------------------------------------- the parent side


@dataclasses.dataclass(slots=True)
class _Worker:
    process: Any  # multiprocessing.context.ForkProcess (not exported for typing)
    conn: Connection
    seq: int | None = None  # the chunk it holds
    chunk: Sequence[Article] = ()


class _Pool:
    """The parent's bookkeeping: workers, chunks in flight, results waiting for their turn."""

    def __init__(
        self,
        n: int,
        setup: Callable[[], None],
        analyse: Analyse,
        counters: Counters,
        merge: Callable[[dict[str, int]], None],
    ) -> None:
        self.ctx = multiprocessing.get_context("fork")
        self.setup, self.analyse, self.counters, self.merge = setup, analyse, counters, merge
        self.started = time.perf_counter()
        self.ready_at: list[float] = []
        self.crashes = 0
        self.chunks = 0
        self.workers: list[_Worker] = []
        for _ in range(n):
            if (w := self._start()) is not None:
                self.workers.append(w)
        self.done: dict[int, list[Result]] = {}

    def _start(self) -> _Worker | None:
        """Fork a worker; None (logged) when the system refuses (no memory, process limit)."""
        try:
            parent_end, child_end = self.ctx.Pipe(duplex=True)
        except OSError as exc:
            _log.warning("cannot start an nlp worker process: %s", exc)
            return None
        # The worker closes the parent's ends (its own pipe's and the other workers'):
        # holding them would keep it (or them) from seeing end-of-file when the parent closes.
        others = [parent_end, *(w.conn for w in self.workers)]
        proc = self.ctx.Process(
            target=_worker_main,
            args=(child_end, others, self.setup, self.analyse, self.counters),
            name="storyline-nlp",
            daemon=True,
        )
        # Objects alive now are moved out of the collector's reach (gc.freeze, as the gc docs
        # advise before a fork): a collection then never walks, and so never copies by
        # writing their GC headers, the heap of models and caches that the parent and the
        # workers share copy-on-write. The parent keeps it frozen until close(), since its
        # own collections would copy the shared pages just as well.
        gc.freeze()
        try:
            proc.start()
        except OSError as exc:
            _log.warning("cannot start an nlp worker process: %s", exc)
            parent_end.close()
            return None
        finally:
            child_end.close()  # only the worker holds it, so its death is EOF here
        return _Worker(proc, parent_end)

    def _replace(self, w: _Worker) -> bool:
        """Drop the dead worker ``w`` and append a new one; False when none could start."""
        self.workers.remove(w)
        if (new := self._start()) is None:
            return False
        self.workers.append(new)
        return True

    def send(self, w: _Worker, seq: int, chunk: Sequence[Article]) -> bool:
        """Give ``chunk`` (number ``seq``) to the idle worker ``w``; False when ``w`` had died
        and no worker could replace it."""
        if not w.process.is_alive():  # died idle (after its last answer): replace it first
            _log.warning("nlp worker pid %s died while idle; starting another", w.process.pid)
            w.conn.close()
            self.crashes += 1
            if not self._replace(w):
                return False
            w = self.workers[-1]
        w.seq, w.chunk = seq, chunk
        self.chunks += 1
        # If it dies before reading, the send fails and the death is handled on the next wait.
        with contextlib.suppress(OSError, ValueError):
            w.conn.send((seq, chunk))
        return True

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.seq is not None]

    def collect(self) -> None:
        """Wait until at least one busy worker answers or dies, and record what happened."""
        busy = self.busy()
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
        for w in busy:
            if w.conn in ready or w.process.sentinel in ready:
                self._receive(w)

    def _receive(self, w: _Worker) -> None:
        try:
            msg = w.conn.recv()
            if msg[0] == "ready":
                self.ready_at.append(time.perf_counter())
                if not w.conn.poll():
                    return  # still working on its chunk
                msg = w.conn.recv()
        except (EOFError, OSError):
            self._crashed(w)
            return
        if msg[0] == "raise":
            raise msg[2]
        _, seq, results, deltas = msg
        self.done[seq] = results
        self.merge(deltas)
        w.seq, w.chunk = None, ()

    def _crashed(self, w: _Worker) -> None:
        """Turn the dead worker's chunk into Rejected records, log it, fork a new worker."""
        w.process.join(timeout=_JOIN_SECONDS)
        if w.process.is_alive():  # its pipe broke but it lingers: it has nothing left to do
            w.process.kill()
            w.process.join()
        how = _exit_reason(w.process.exitcode)
        self.crashes += 1
        ids = ", ".join(a.id for a in w.chunk[:5]) + (", ..." if len(w.chunk) > 5 else "")
        _log.error(
            "nlp worker pid %s died (%s) while analysing %d articles (%s); they are rejected "
            "and a new worker takes over",
            w.process.pid, how, len(w.chunk), ids,
        )  # fmt: skip
        why = f"the worker process died ({how}; killed, or out of memory?)"
        assert w.seq is not None
        self.done[w.seq] = [_lost(a, why) for a in w.chunk]
        w.conn.close()
        self._replace(w)

    def close(self, *, force: bool) -> None:
        """Stop every worker: politely (close the pipe, wait) unless ``force``."""
        for w in self.workers:
            if force:
                w.process.terminate()
            w.conn.close()
        deadline = time.monotonic() + _JOIN_SECONDS
        for w in self.workers:
            w.process.join(timeout=max(deadline - time.monotonic(), 0.01))
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
        gc.unfreeze()  # frozen since the first _start()
        ready = self.ready_at[: len(self.workers)]
        _last[:] = [
            PoolStats(
                workers=len(self.workers),
                start_seconds=(max(ready) - self.started) if ready else 0.0,
                chunks=self.chunks,
                crashes=self.crashes,
            )
        ]


def run_pool(
    chunks: Iterator[Sequence[Article]],
    *,
    workers: int,
    setup: Callable[[], None],
    analyse: Analyse,
    counters: Counters,
    merge: Callable[[dict[str, int]], None],
) -> Iterator[Result]:
    """Analyse ``chunks`` of articles in ``workers`` forked processes; yield every result in
    input order.

    ``setup`` runs once in each worker after the fork; ``analyse`` turns a chunk into one
    result per article; ``counters`` reads the worker's counters before and after a chunk and
    ``merge`` receives the differences in the parent. A worker's death turns its chunk into
    Rejected records (reason ``internal_error``) and is logged. Raises what ``analyse`` raised
    as ConfigError or ModelNotAvailable; the workers are stopped however the generator ends.
    """
    pool = _Pool(workers, setup, analyse, counters, merge)
    window = WINDOW_PER_WORKER * max(workers, 1)
    next_seq = next_out = 0
    held: Sequence[Article] | None = None  # read from the input, not yet given to a worker
    exhausted = ok = False
    try:
        while True:
            for w in list(pool.workers):  # send() may replace a dead worker in the list
                if exhausted or w.seq is not None or next_seq - next_out >= window:
                    continue
                if held is None and (held := next(chunks, None)) is None:
                    exhausted = True
                    break
                if pool.send(w, next_seq, held):
                    held, next_seq = None, next_seq + 1
            while next_out in pool.done:
                yield from pool.done.pop(next_out)
                next_out += 1
            if not pool.workers:  # none could be (re)started: finish in this process
                _log.warning("no nlp worker process could be started; going on in-process")
                for chunk in itertools.chain([held] if held is not None else [], chunks):
                    yield from analyse(chunk)
                ok = True
                return
            if not pool.busy():
                if exhausted:
                    ok = True
                    return
                continue  # the window was full of results now yielded: dispatch again
            pool.collect()
    finally:
        pool.close(force=not ok)
