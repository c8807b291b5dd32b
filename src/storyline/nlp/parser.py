"""Dependency parsing with GiNZA behind a small, cached interface.

:func:`load_parser` builds a :class:`Parser` around a spaCy/GiNZA pipeline tuned for speed on
this project's machines, and :meth:`Parser.parse` turns sentences into tuples of
:class:`storyline.models.Token` with offsets and head indices *relative to each sentence*
(the caller shifts them to article level).

Speed choices (measured on the 2-core development machine with ``bench/nlp.py``; rerun it
when any of them changes):

- thinc's blis kernel runs in a slow generic mode on this CPU; building the pipeline under
  ``NumpyOps(use_blis=False)`` (numpy's OpenBLAS, which also uses both cores) made tok2vec
  about 3.6x faster with identical output on a 4,400-character sample.
- The NER component took about 65% of the remaining time and is weak on news; actors come
  from our own dictionary (``nlp.actors``), so it is disabled.
- ``compound_splitter`` (a no-op with ``split_mode = null``) and ``bunsetu_recognizer`` only
  post-process: the latter strips a ``_bunsetu`` suffix from dependency labels, which
  :func:`normalize_dep` does here instead. Heads, tags, POS and lemmas were identical on the
  sample, and the labels identical after the suffix is stripped.
- The morphologizer stays: without it the UPOS of 8% of tokens changed.
- spaCy's Japanese tokenizer always computes Sudachi sub-token splits and a MorphAnalysis
  (reading, inflection) per token, none of which the parser or our Token uses.
  :class:`_LeanTokenizer` builds the same Doc (words, spaces, Sudachi tags, lemmas) without
  them: on 1,200 news sentences the tokens were identical and parsing 1.8-2.2x faster.
  It is used only while the morphologizer runs (it then sets the UPOS the rule-based tagger
  of the stock tokenizer would have set).

With ``router="hybrid"`` (``nlp.parser``) each sentence first goes to the rule-based
case-frame analysis (:mod:`storyline.nlp.caseframe`, about ten times faster than the fast
GiNZA pipeline); its result is kept when the rules are confident, and only the other
sentences are sent to GiNZA. The router and the rules' version are part of the parser name
(hence the producer) and of the cache key.

Nothing is loaded at import time; spaCy and thinc are imported inside :func:`load_parser`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import itertools
import logging
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from storyline.config import NlpSettings
from storyline.errors import ConfigError, ModelNotAvailable
from storyline.models import Sentence, Token
from storyline.nlp.cache import DiskCache
from storyline.nlp.caseframe import CASEFRAME_VERSION, Limits, analyze, make_token

__all__ = [
    "COUNTERS",
    "DEFAULT_DISABLE",
    "PARSERS",
    "PARSER_VERSION",
    "PARSE_MODES",
    "EventCues",
    "Parser",
    "load_event_cues",
    "load_parser",
    "load_parser_for",
    "normalize_dep",
    "select_sentences",
]

#: Bumped whenever the projection from spaCy tokens to :class:`Token` changes; part of the
#: cache key, so an old cache file is simply not hit.
PARSER_VERSION = "1"

#: Values of ``nlp.parser``: ``ginza`` parses every chosen sentence with GiNZA; ``hybrid``
#: gives the sentences the case-frame rules are confident about (:mod:`storyline.nlp.caseframe`)
#: their rule analysis and sends only the rest to GiNZA.
PARSERS = ("ginza", "hybrid")

#: Components dropped by default (see the module docstring for why each is safe).
DEFAULT_DISABLE: tuple[str, ...] = ("ner", "compound_splitter", "bunsetu_recognizer")

# Longest text handed to the model in one piece. SudachiPy rejects inputs over 49,149 bytes
# (about 16k characters of 3-byte UTF-8) and GiNZA's parse quality is meaningless long before:
# news sentences were all under 300 characters in our samples, so anything longer is a list or
# a table glued together and is parsed in pieces cut at a comma or space.
MAX_PIECE_CHARS = 600
_CUT_AFTER = "。、，,；; 　\n\t）)」』"

# Parses kept in memory. A parsed news sentence (about 40 characters, 25 tokens) takes roughly
# 5-8 KB as Token objects, so 20,000 sentences stay near 100-150 MB; older ones fall out and
# come from the disk cache (if any) or the model again.
MEMORY_CACHE_SENTENCES = 20_000

#: The Parser's counters (see :class:`Parser`); a worker pool adds its workers' to the parent's.
COUNTERS = ("model_calls", "cache_hits", "failures", "fast_calls", "fast_chars", "model_chars")

_log = logging.getLogger(__name__)


def normalize_dep(label: str) -> str:
    """Return the dependency label without GiNZA's ``_bunsetu`` suffix (``nsubj_bunsetu`` ->
    ``nsubj``), as the disabled ``bunsetu_recognizer`` would have left it."""
    return label.removesuffix("_bunsetu")


def _split_long(text: str, limit: int = MAX_PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` parts of at most ``limit`` characters, preferring
    to cut just after punctuation or whitespace. Short texts come back whole."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(ch) for ch in _CUT_AFTER) + 1
        if cut <= limit // 4:  # no usable break: cut hard rather than make tiny pieces
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


class _LeanTokenizer:
    """A drop-in for spaCy's JapaneseTokenizer that skips sub-tokens and morph features."""

    def __init__(self, stock: Any) -> None:
        from spacy.lang.ja import get_dtokens_and_spaces
        from spacy.tokens import Doc

        self.stock = stock
        self._doc: Any = Doc
        self._spaces: Any = get_dtokens_and_spaces

    def __call__(self, text: str) -> Any:
        """Tokenise ``text`` with Sudachi (the stock tokenizer's mode) into a spaCy Doc."""
        stock = self.stock
        dtokens = stock._get_dtokens(stock.tokenizer.tokenize(text), need_sub_tokens=False)
        dtokens, spaces = self._spaces(dtokens, text)
        return self._doc(
            stock.vocab,
            words=[d.surface for d in dtokens],
            spaces=spaces,
            tags=[d.tag for d in dtokens],
            lemmas=[d.lemma or d.surface for d in dtokens],
        )

    def from_words(self, tokens: Sequence[Token]) -> Any:
        """The Doc :meth:`__call__` builds for the text these words spell, from words already
        tokenised the same way (the case-frame analysis uses the same Sudachi dictionary, mode,
        tag and lemma conventions), so a sentence the rules refused is not tokenised twice.
        Only for texts without whitespace (the rules refuse those before tokenising)."""
        return self._doc(
            self.stock.vocab,
            words=[t.surface for t in tokens],
            spaces=[False] * len(tokens),
            tags=[t.tag for t in tokens],
            lemmas=[t.lemma for t in tokens],
        )


def _lean_tokenizer(nlp: Any) -> Any:
    """Return a lean tokenizer for ``nlp`` when that is safe (stock Japanese tokenizer and a
    morphologizer in the pipeline), else its own tokenizer."""
    stock = nlp.tokenizer
    if "morphologizer" not in nlp.pipe_names or not hasattr(stock, "_get_dtokens"):
        return stock
    try:
        return _LeanTokenizer(stock)
    except ImportError:  # another spaCy version without these helpers: keep the stock one
        return stock


def _tokens_from_doc(doc: Any, *, offset: int = 0, base: int = 0) -> list[Token]:
    """Project a spaCy ``Doc`` onto :class:`Token` values, shifting character offsets by
    ``offset`` and token indices by ``base`` (used to join the pieces of a long sentence)."""
    out: list[Token] = []
    for t in doc:
        idx, text = t.idx, t.text
        out.append(
            make_token(
                base + t.i, 0, offset + idx, offset + idx + len(text), text, t.lemma_, t.pos_,
                t.tag_, normalize_dep(t.dep_), base + t.head.i,
            )
        )  # fmt: skip
    return out


class Parser:
    """A loaded dependency parser with an in-memory and optional on-disk parse cache.

    Build it with :func:`load_parser`. ``model_calls`` counts the sentences actually sent to
    the model, ``fast_calls`` those the case-frame rules answered (``router="hybrid"``), and
    ``cache_hits`` those answered from a cache; ``fast_chars`` and ``model_chars`` are the
    characters of the first two (tests and the benchmark read them).

    ``processes`` only records ``nlp.processes`` (0 is stored as the number of cores):
    :func:`storyline.nlp.analyze_articles` runs whole articles in that many persistent worker
    processes (:mod:`storyline.nlp.pool`), and the parser itself always calls spaCy with
    ``n_process=1``: spaCy's own pool starts its workers and ships them the model on every
    call, and measured 1.9-3.7x slower than one process (docs/nlp.md).
    """

    def __init__(
        self,
        nlp: Any,
        *,
        model: str,
        model_version: str,
        disabled: Sequence[str] = (),
        batch_size: int = 64,
        processes: int = 1,
        cache_path: str | Path | None = None,
        memory_cache: bool = True,
        router: str = "ginza",
        limits: Limits | None = None,
    ) -> None:
        if router not in PARSERS:
            raise ConfigError(f"nlp.parser = {router!r} is not one of {', '.join(PARSERS)}")
        if batch_size < 1:
            raise ConfigError(f"nlp.batch_size = {batch_size} must be at least 1")
        if processes < 0:
            raise ConfigError(f"nlp.processes = {processes} must be 0 (one per core) or more")
        self.nlp = nlp
        self.model = model
        self.model_version = model_version
        self.disabled = tuple(sorted(disabled))
        self.batch_size = batch_size
        self.processes = processes or (os.cpu_count() or 1)
        self.model_calls = 0
        self.cache_hits = 0
        self.failures = 0
        self.router = router
        self.limits = limits or Limits()
        # Sentences (and characters) answered by the case-frame rules vs sent to GiNZA.
        self.fast_calls = self.fast_chars = self.model_chars = 0
        self._memory: dict[str, tuple[Token, ...]] | None = {} if memory_cache else None
        self._disk = DiskCache(cache_path) if cache_path is not None else None
        self._inherited_disk: DiskCache | None = None  # see reopen_after_fork
        self._salt = f"{self.name}|{','.join(self.disabled)}|p{PARSER_VERSION}|{self.limits}\n"

    @property
    def name(self) -> str:
        """``model-version`` as used in producer names, e.g. ``ja_ginza-5.3.0``; with the
        hybrid router ``ja_ginza-5.3.0.hybrid-cf<rules version>``."""
        if self.router == "hybrid":
            return f"{self.model}-{self.model_version}.hybrid-cf{CASEFRAME_VERSION}"
        return f"{self.model}-{self.model_version}"

    def key(self, sentence: str) -> str:
        """The cache key of ``sentence``: sha256 of the model, its settings and the text."""
        return hashlib.sha256((self._salt + sentence).encode("utf-8")).hexdigest()

    def parse(self, sentences: Sequence[str]) -> list[tuple[Token, ...]]:
        """Parse each sentence; return one tuple of tokens per sentence, in order.

        Offsets and heads are relative to the sentence; ``Token.sentence`` is 0. Empty or
        whitespace-only sentences give ``()``, as does a sentence the model fails on (counted
        in ``failures`` and logged). Raises nothing for per-sentence trouble.
        """
        keys = [self.key(s) for s in sentences]
        results: dict[str, tuple[Token, ...]] = {}
        todo = [k for k in dict.fromkeys(keys) if not self._from_memory(k, results)]
        if todo and self._disk is not None:
            found = self._from_disk(todo)
            results.update(found)
            self._remember(found.items())
            todo = [k for k in todo if k not in found]
        # Every sentence not sent to the model counts, including repeats within one call.
        self.cache_hits += len(keys) - len(todo)
        text_of = dict(zip(keys, sentences, strict=True))
        fresh = list(zip(todo, self._route([text_of[k] for k in todo]), strict=True))
        results.update(fresh)
        self._remember(fresh)
        if self._disk is not None and fresh:
            self._disk.put_many(fresh)
        return [results[k] for k in keys]

    def _from_disk(self, keys: Sequence[str]) -> dict[str, tuple[Token, ...]]:
        """Cached parses of ``keys`` from the disk cache; a read error (e.g. the file locked
        longer than SQLite's 5 s busy timeout by another worker's write) is a miss, logged."""
        assert self._disk is not None
        try:
            return self._disk.get_many(keys)
        except sqlite3.Error as exc:
            _log.warning("parse cache %s could not be read: %s", self._disk.path, exc)
            return {}

    def counters(self) -> dict[str, int]:
        """The current values of :data:`COUNTERS`."""
        return {name: getattr(self, name) for name in COUNTERS}

    def add_counters(self, deltas: dict[str, int]) -> None:
        """Add ``deltas`` (a worker's counts for a chunk) to this parser's counters."""
        for name, value in deltas.items():
            if name in COUNTERS:
                setattr(self, name, getattr(self, name) + value)

    def reopen_after_fork(self) -> None:
        """Make a copy of this parser inherited by a forked worker safe to use there: open
        the worker's own connection to the disk cache (an SQLite connection must never be
        used across a fork; the inherited one is kept referenced, so that it is never
        closed here either, and the worker ends with ``os._exit``) and zero the counters,
        which the parent adds up."""
        if self._disk is not None:
            self._inherited_disk = self._disk
            self._disk = DiskCache(self._disk.path)
        for name in COUNTERS:
            setattr(self, name, 0)

    def _from_memory(self, key: str, results: dict[str, tuple[Token, ...]]) -> bool:
        if self._memory is not None and key in self._memory:
            results[key] = self._memory[key]
            return True
        return False

    def _remember(self, items: Any) -> None:
        if self._memory is None:
            return
        self._memory.update(items)
        # Bounded: drop the oldest entries (dicts keep insertion order).
        excess = len(self._memory) - MEMORY_CACHE_SENTENCES
        if excess > 0:
            for key in list(itertools.islice(self._memory, excess)):
                del self._memory[key]

    def _route(self, texts: Sequence[str]) -> list[tuple[Token, ...]]:
        """Parse ``texts``: with the hybrid router, the case-frame analysis for the sentences
        it is confident about and GiNZA for the rest; otherwise GiNZA for all."""
        if self.router != "hybrid":
            self.model_chars += sum(map(len, texts))
            return self._run_model(texts)
        out: list[tuple[Token, ...] | None] = []
        hard: list[int] = []
        words: dict[int, tuple[Token, ...]] = {}  # refused sentences the rules tokenised
        for n, text in enumerate(texts):
            try:
                analysis = analyze(text, self.limits)
            except Exception as exc:  # a rule bug must not lose the sentence: GiNZA takes it
                _log.warning("case-frame analysis failed (%s); using GiNZA", exc)
                analysis = None
            if analysis is not None and analysis.confident:
                out.append(analysis.tokens)
                self.fast_calls += 1
                self.fast_chars += len(text)
            else:
                out.append(None)
                hard.append(n)
                if analysis is not None and analysis.tokens:
                    words[n] = analysis.tokens
        self.model_chars += sum(len(texts[n]) for n in hard)
        pre = [words.get(n) for n in hard]
        for n, toks in zip(hard, self._run_model([texts[n] for n in hard], pre), strict=True):
            out[n] = toks
        return [t if t is not None else () for t in out]

    def _run_model(
        self, texts: Sequence[str], words: Sequence[Sequence[Token] | None] = ()
    ) -> list[tuple[Token, ...]]:
        """Send ``texts`` to the model (long ones in pieces) and rejoin the pieces.
        ``words[n]``, when given, are the Sudachi words of ``texts[n]`` (from the case-frame
        analysis): the Doc is then built from them instead of tokenising the text again."""
        pieces: list[tuple[int, int, Any]] = []  # (text index, offset in text, piece)
        tokenizer = getattr(self.nlp, "tokenizer", None)
        lean = tokenizer if isinstance(tokenizer, _LeanTokenizer) else None
        for n, text in enumerate(texts):
            pre = words[n] if n < len(words) else None
            if lean is not None and pre and "".join(t.surface for t in pre) == text:
                pieces.append((n, 0, lean.from_words(pre)))
            elif text.strip():
                pieces.extend((n, off, p) for off, p in _split_long(text))
        self.model_calls += len(texts)
        out: list[list[Token]] = [[] for _ in texts]
        failed: set[int] = set()
        docs = self._pipe([p for _, _, p in pieces])
        for (n, off, _), doc in zip(pieces, docs, strict=True):
            if doc is None:
                failed.add(n)  # a sentence is parsed whole or not at all
            else:
                out[n].extend(_tokens_from_doc(doc, offset=off, base=len(out[n])))
        return [() if n in failed else tuple(toks) for n, toks in enumerate(out)]

    def _pipe(self, texts: Sequence[Any]) -> Iterator[Any]:
        """Yield one Doc per text (a str, or a Doc not yet parsed), or None for one the
        model failed on."""
        step = self.batch_size * 8
        for i in range(0, len(texts), step):
            batch = texts[i : i + step]
            try:
                # Collected before yielding so that a failure half-way yields nothing twice.
                # n_process=1 always: see the class docstring.
                docs = list(self.nlp.pipe(batch, batch_size=self.batch_size, n_process=1))
            except Exception as exc:  # a model failure must not end the batch: retry one by one
                _log.warning("parser failed on a batch (%s); retrying sentence by sentence", exc)
                yield from self._pipe_one_by_one(batch)
            else:
                yield from docs

    def _pipe_one_by_one(self, texts: Sequence[Any]) -> Iterator[Any]:
        for text in texts:
            try:
                yield self.nlp(text)
            except Exception as exc:  # third-party failure on one sentence: skip it
                self.failures += 1
                _log.warning("parser failed on a sentence of %d chars: %s", len(text), exc)
                yield None

    def close(self) -> None:
        """Close the disk cache, if any. The parser stays usable without it."""
        if self._disk is not None:
            self._disk.close()
            self._disk = None

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def load_parser(
    model: str = "ja_ginza",
    *,
    use_blis: bool = False,
    disable: Sequence[str] = DEFAULT_DISABLE,
    batch_size: int = 64,
    processes: int = 1,
    cache_path: str | Path | None = None,
    memory_cache: bool = True,
    lean_tokenizer: bool = True,
    router: str = "ginza",
) -> Parser:
    """Load the spaCy/GiNZA pipeline ``model`` and wrap it in a :class:`Parser`.

    ``use_blis=False`` builds the model on plain numpy ops (faster on our CPUs); ``disable``
    names components not to run (not even loaded); ``cache_path`` adds an SQLite parse cache
    file; ``memory_cache=False`` turns off the in-memory one; ``lean_tokenizer`` swaps in
    :class:`_LeanTokenizer` (same tokens, less work); ``router`` is ``nlp.parser``
    (:data:`PARSERS`). Raises ConfigError for an unknown router, ModelNotAvailable when the model package (or spaCy) is not installed, and
    StoreError when the cache file cannot be opened.
    """
    if router not in PARSERS:
        raise ConfigError(f"nlp.parser = {router!r} is not one of {', '.join(PARSERS)}")
    try:
        import spacy
        from thinc.api import NumpyOps, get_current_ops, set_current_ops
    except ImportError as exc:
        raise ModelNotAvailable(
            f"spaCy is not installed ({exc}): run `pip install ginza ja-ginza`"
        ) from exc
    previous = get_current_ops()
    if not use_blis:
        # The ops are captured by each layer when the model is built, so this only needs to
        # hold while loading; restore the old ops so other users of thinc are unaffected.
        set_current_ops(NumpyOps(use_blis=False))
    try:
        nlp = spacy.load(model, exclude=list(disable))
    except OSError as exc:
        raise ModelNotAvailable(
            f"spaCy model {model!r} is not installed: run `pip install ja-ginza` "
            "(or set nlp.model to an installed model)"
        ) from exc
    finally:
        set_current_ops(previous)
    if lean_tokenizer:
        nlp.tokenizer = _lean_tokenizer(nlp)
    return Parser(
        nlp,
        model=model,
        model_version=str(nlp.meta.get("version", "0")),
        disabled=sorted(set(disable)),
        batch_size=batch_size,
        processes=processes,
        cache_path=cache_path,
        memory_cache=memory_cache,
        router=router,
    )


def load_parser_for(settings: NlpSettings, *, cache_path: str | Path | None = None) -> Parser:
    """Load the parser described by the ``[nlp]`` settings (model, batch size, processes,
    router), with an optional SQLite parse cache. Raises as :func:`load_parser`."""
    return load_parser(
        settings.model,
        batch_size=settings.batch_size,
        processes=settings.processes,
        cache_path=cache_path,
        router=settings.parser,
    )


# --------------------------------------------------------------------------- sentence selection

#: Values of ``nlp.parse``: which sentences get a dependency parse.
PARSE_MODES = ("events", "all", "none")


class EventCues:
    """The event-cue stems of ``nlp/data/event_cues.txt`` and a matcher over them."""

    __slots__ = ("_pattern", "stems", "version")

    def __init__(self, stems: Sequence[str], version: str) -> None:
        self.stems = tuple(dict.fromkeys(stems))
        self.version = version
        # Longest first so the reported match is the most specific stem.
        ordered = sorted(self.stems, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def find(self, text: str) -> str | None:
        """Return the first cue stem found in ``text``, or None."""
        if self._pattern is None:
            return None
        m = self._pattern.search(text)
        return m.group(0) if m else None


def _parse_cues(data: str) -> EventCues:
    """Read the cue file format: one stem a line, ``#`` comments, a ``# version: X`` line."""
    stems: list[str] = []
    version = "0"
    for raw in data.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            key, _, value = line.lstrip("# ").partition(":")
            if key.strip() == "version" and value.strip():
                version = value.strip()
            continue
        if line:
            stems.append(line)
    return EventCues(stems, version)


@functools.cache
def load_event_cues() -> EventCues:
    """Return the bundled event cues (read once, then cached)."""
    data = importlib.resources.files("storyline.nlp").joinpath("data/event_cues.txt")
    return _parse_cues(data.read_text(encoding="utf-8"))


def select_sentences(
    sentences: Sequence[Sentence], mode: str, *, cues: EventCues | None = None
) -> tuple[Sentence, ...]:
    """Return the sentences to parse under ``mode`` (see :data:`PARSE_MODES`).

    ``events`` keeps those containing an event cue, ``all`` every non-blank sentence, and
    ``none`` none. Raises ConfigError for an unknown mode.
    """
    if mode not in PARSE_MODES:
        raise ConfigError(f"nlp.parse = {mode!r} is not one of {', '.join(PARSE_MODES)}")
    if mode == "none":
        return ()
    if mode == "all":
        return tuple(s for s in sentences if s.text.strip())
    matcher = cues or load_event_cues()
    return tuple(s for s in sentences if matcher.find(s.text) is not None)
