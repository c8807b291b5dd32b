"""Actor linking: find people, organisations and countries in Japanese news text.

Four passes over the article, each only on text the earlier ones left uncovered:

1. **Known names** from the knowledge base, longest alias first (a character trie built once per
   base). A title after a person's name is split off and kept (``トランプ前米大統領`` -> title
   ``前大統領``, country prefix ``米``); a one-character country prefix before an organisation is
   taken in (``露外務省``). Short aliases (<= 2 characters) must start and end on Sudachi token
   boundaries, so ``米`` in ``米価`` or ``石破`` inside an unknown longer word is no hit.
2. **Country prefixes**: runs like ``日米`` / ``米ロ`` (one mention per country) and a lone
   ``米``/``露`` before a head noun (``米政府``, ``露軍``).
3. **Provisional entities** (``provisional:<name>``): a Sudachi person-name sequence, or an
   unknown katakana name (two joined by a middle dot: ルイジ・マンジョーニ), followed by a
   title or 氏/さん; a kanji name with its reading in brackets (孫興民（ソン・フンミン）選手);
   男/女 with an age (男（26）); an organisation written ``株式会社X`` / ``X株式会社`` / kana or
   Latin ``X社`` / ``X銀行`` ..., a proper noun ending in an organisation suffix (三菱商事,
   小林製薬) or followed by one (東和|精工|ホールディングス), a body ending in 省/庁/党 (保健省,
   named with the country written before it: ``provisional:イスラエル保健省``), or a court,
   prosecutor, police force, union or association named before its ending (東京|地方裁判所,
   マンハッタン|地区検察, 神奈川県|警, 国際|機械|工|労働組合). A surname after the full name
   (マンジョーニ容疑者, 孫選手) is the same person. Endings are in ``kb_titles.tsv``.
3b. **Later forms** of what pass 3 found, anywhere in the article: the name again (ニデック),
   without its legal ending (牧野フライス製作所 -> 牧野フライス), with its short ending
   (東京地方裁判所 -> 東京地裁), a Latin or picked abbreviation written in brackets after it
   (国際機械工労働組合（IAM）, 日本労働組合総連合会（連合）), a person's full name or reading.
4. **Coreference**: 同氏/同社/同国/同党/同省/同大統領… point back to the last fitting mention
   (同社 prefers the topic of the sentence before); 両首脳/両氏 to the last two people; the
   category nouns 教団/組合員/同組合/同地裁 to the last organisation named with a fitting
   ending, 容疑者/被告側 to the person last given that title.

Homonymous bodies of different countries (社会民主党: Japan's or Germany's) are told apart by
the country named last within ``_CONTEXT_REACH`` characters before (a country, an
organisation's country, or the country of a person's role).

Offsets are into ``text`` as given; matching uses a per-character fold (full-width ASCII to
ASCII, lower case) that never changes the length, so offsets stay exact.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from storyline.errors import ModelNotAvailable
from storyline.models import ActorMention, Sentence
from storyline.nlp.kb import Entity, KnowledgeBase, TitleLexicon, read_data

__all__ = ["link_actors", "recent_morphemes", "share_morphemes"]

Kind = Literal["person", "org", "country", "place", "group"]

#: SudachiPy refuses inputs over 49,149 bytes; Japanese is 3 bytes a character in UTF-8, so
#: chunks are cut below 16,000 characters (at a 。 when possible).
_MAX_CHUNK_CHARS = 15_000

#: Titles that can also follow an ordinary noun (メーカー社長, 大学教授, 組合委員長): an unknown
#: katakana word that Sudachi knows as a common noun only becomes a person before the other
#: titles (大統領, 報道官, 外相 ...) or 氏/さん. Found on the gold set's traps.
_TITLES_AFTER_COMMON_NOUNS = frozenset(
    {"社長", "会長", "副社長", "代表", "最高経営責任者", "最高執行責任者", "頭取", "委員長",
     "議長", "副議長", "教授", "容疑者", "被告", "司令官", "総裁", "事務局長", "党首",
     "幹事長", "知事", "市長", "委員", "副委員長", "書記長", "理事長", "会頭", "学長", "署長",
     "本部長", "局長", "部長", "所長", "取締役", "専務", "常務", "創業者", "名誉会長",
     "最高財務責任者", "記者", "コーチ", "弁護士", "主将", "裁判長", "裁判官", "検事", "町長",
     "村長", "区長", "副知事", "副市長", "副総裁"}
)  # fmt: skip

#: Titles of heads of state or government: 両首脳 ("both leaders") prefers people with them,
#: so a spokesman quoted between two leaders is not taken for one.
_LEADER_TITLES = frozenset({"大統領", "首相", "国家主席", "総書記", "国王", "最高指導者"})

#: Surface endings that mark a government body rather than a company, so that 同社 skips them.
_NOT_COMPANY_ENDINGS = (
    "省",
    "庁",
    "府",
    "党",
    "院",
    "会",
    "局",
    "隊",
    "裁",
    "所",
    "国",
    "軍",
    "組合",
    "労組",
    "ユニオン",
    "連盟",
    "検察",
    "警",
    "団",
    "検",
    "教会",
)


# --------------------------------------------------------------------------- characters


#: Version of the linking code; part of the nlp producer name (bump when behaviour changes).
ACTORS_VERSION = "actors-7"


@functools.lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    """One character folded for matching (NFKC when it stays one character, then lower case)."""
    n = unicodedata.normalize("NFKC", ch)
    return (n if len(n) == 1 else ch).lower()


#: Characters that ``_fold`` leaves as they are: ASCII but upper-case letters, the common
#: Japanese punctuation and brackets, 々, kana and the unified kanji (a test checks every one).
_SAME_FOLD = (
    r"\x00-\x40\x5b-\x7f\u3001-\u3003\u3005\u3008-\u3011\u3041-\u3096\u30a1-\u30fc\u4e00-\u9fff"
)
#: A run of characters that may change when folded.
_FOLD_RUN = re.compile(f"[^{_SAME_FOLD}]+")


def _fold_run(m: re.Match[str]) -> str:
    return "".join(map(_fold, m.group()))


def _fold_text(text: str) -> str:
    """``text`` folded character by character (same length, so offsets carry over).
    Speed: only the runs outside ``_SAME_FOLD`` go through ``_fold`` (about 3.5x fewer
    instructions than folding every character, counted with callgrind on bench bodies)."""
    return _FOLD_RUN.sub(_fold_run, text)


#: A surface made only of katakana (and ー): the same test as ``_is_kata`` on every character.
_KATA_ONLY = re.compile("[\u30a1-\u30faー]*")
#: Katakana and the middle dot only (a foreign name: ``_is_foreign_name``).
_KATA_DOT_ONLY = re.compile("[\u30a1-\u30faー・]*")
#: Made only of what ``_is_kana_or_latin`` accepts (one regex call instead of a Python loop).
_KANA_LATIN_ONLY = re.compile("[\u30a1-\u30faー\u3041-\u3096A-Za-z0-9]*")


def _is_kata(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


def _is_word(ch: str) -> bool:
    """An ASCII letter or digit (a Latin alias must not continue into one)."""
    return ch.isascii() and ch.isalnum()


def _is_kana_or_latin(ch: str) -> bool:
    return _is_kata(ch) or "\u3041" <= ch <= "\u3096" or (ch.isascii() and ch.isalnum())


# --------------------------------------------------------------------------- the matcher


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    weak: bool
    alias: str


@dataclass(slots=True)
class _Trie:
    children: dict[str, _Trie] = field(default_factory=dict)
    values: list[Any] = field(default_factory=list)

    def add(self, word: str, value: Any) -> None:
        node = self
        for ch in word:
            node = node.children.setdefault(_fold(ch), _Trie())
        node.values.append(value)

    def walk(self, folded: str, i: int) -> list[tuple[int, list[Any]]]:
        """All (end, values) of words starting at ``i``, shortest first."""
        out: list[tuple[int, list[Any]]] = []
        node = self
        for j in range(i, len(folded)):
            nxt = node.children.get(folded[j])
            if nxt is None:
                break
            node = nxt
            if node.values:
                out.append((j + 1, node.values))
        return out


@dataclass(frozen=True, slots=True)
class _Matcher:
    """Everything precompiled from one knowledge base."""

    kb: KnowledgeBase
    aliases: _Trie
    words: _Trie  # titles, honorifics, modifiers, heads: values are (kind, canonical)
    countries: _Trie  # country aliases only, for ゼレンスキー・ウクライナ大統領
    prefixes: dict[str, tuple[str, bool]]
    lexicon: TitleLexicon
    bodies: _Trie  # body endings (地方裁判所, 県警, 労働組合): values are "place" / "words"
    #: Any body ending, to find with one regex search where one may stand in an article.
    body_pattern: re.Pattern[str]
    org_suffix_set: frozenset[str]
    #: Where an organisation suffix or 省/庁/党 may start (a lookahead, so that every start is
    #: found): ``_suffix_near`` then checks for a token there.
    suffix_starts: re.Pattern[str]
    #: First characters of the category nouns and 同-markers of ``lexicon.categories``.
    category_starts: frozenset[str]
    marker_starts: re.Pattern[str]  # those and 同/両/双: where a coreference marker may start
    #: Entity key -> the country its mention puts in context (see _context_country).
    context_of: dict[str, str]
    #: Speed: the first (folded) characters of all aliases and the prefix characters, as
    #: character classes, so that passes 1 and 2 jump to the next place a match can start
    #: instead of trying every character (most characters start no alias).
    alias_starts: re.Pattern[str]
    prefix_chars: re.Pattern[str]
    #: Speed: the folded first characters of the titles, honorifics, modifiers and country
    #: names (what :func:`_title_after` can find right after a name).
    title_starts: frozenset[str]


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any one of ``chars`` (never matching when there are none)."""
    body = "".join(re.escape(c) for c in sorted(set(chars)))
    return re.compile(f"[{body}]" if body else "(?!)")


@functools.cache
def _prefix_table() -> dict[str, tuple[str, bool]]:
    """Read ``data/kb_prefixes.tsv``: prefix character -> (country key, may stand alone)."""
    table = {}
    for line in read_data("kb_prefixes.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            char, key, standalone = line.split("\t")
            table[char] = (key, standalone.strip() == "1")
    return table


@functools.lru_cache(maxsize=8)
def _matcher(kb: KnowledgeBase) -> _Matcher:
    """Build the tries for ``kb`` once (cached per base object)."""
    aliases, countries, words = _Trie(), _Trie(), _Trie()
    for entity in kb.entities():
        for alias in (*entity.aliases, entity.name_ja or ""):
            if alias:
                aliases.add(alias, _Entry(entity.key, False, alias))
                if entity.kind == "country":
                    countries.add(alias, entity.key)
        for alias in entity.weak_aliases:
            aliases.add(alias, _Entry(entity.key, True, alias))
    lex = kb.titles
    for surface, canonical in lex.titles.items():
        words.add(surface, ("title", canonical))
    for kind, group in (("honorific", lex.honorifics), ("modifier", lex.modifiers)):
        for surface in group:
            words.add(surface, (kind, surface))
    for surface in lex.heads:
        words.add(surface, ("head", surface))
    prefixes = _prefix_table()
    bodies = _Trie()
    for surface, body_kind in lex.body_suffixes.items():
        bodies.add(surface, body_kind)
    return _Matcher(
        kb, aliases, words, countries, prefixes, lex, bodies,
        category_starts=frozenset(c[0] for c in lex.categories),
        marker_starts=_char_class({*"同両双", *(c[0] for c in lex.categories)}),
        context_of={
            e.key: c for e in kb.entities() if (c := _context_country(kb, e)) is not None
        },
        body_pattern=re.compile(
            # Folded as the text it is searched in is (FC -> fc).
            "|".join(
                re.escape(_fold_text(b)) for b in sorted(lex.body_suffixes, key=len, reverse=True)
            )
            or "(?!)"
        ),
        org_suffix_set=frozenset(lex.org_suffixes),
        suffix_starts=re.compile(
            "(?=" + "|".join(map(re.escape, sorted({*lex.org_suffixes, *_BODY_SUFFIXES}))) + ")"
        ),
        alias_starts=_char_class(aliases.children), prefix_chars=_char_class(prefixes),
        title_starts=frozenset({*words.children, *countries.children}),
    )  # fmt: skip


# --------------------------------------------------------------------------- tokens


class _Tok(NamedTuple):
    """One split-mode-C token. A named tuple, not a frozen dataclass: tens of thousands are
    built per thousand articles, and a frozen dataclass's ``__init__`` is several times slower."""

    start: int
    end: int
    surface: str
    pos: tuple[str, ...]
    oov: bool
    #: ``_F_*`` bits: tests of the word alone, made once per dictionary word (see _WordCache).
    flags: int


@dataclass(slots=True)
class _Text:
    """The article with its fold, Sudachi tokens and token boundaries."""

    text: str
    folded: str
    toks: list[_Tok]
    starts_c: set[int]
    ends_c: set[int]
    bounds_a: set[int]
    tok_at: dict[int, _Tok]
    covered: list[bool]
    starts: list[int]  # the tokens' start offsets, in order (to find the token at an offset)
    country_ends: dict[int, str] = field(default_factory=dict)  # end offset -> country key
    country_starts: dict[int, int] = field(default_factory=dict)  # end offset -> its start
    #: Countries named so far in pass 1, as (end offset, country key), for homonyms
    #: (社会民主党 after ショルツ首相 is Germany's).
    context: list[tuple[int, str]] = field(default_factory=list)
    #: Pass 3's people: a surname (マンジョーニ, 岸田, 孫) -> the person first named in full.
    surnames: dict[str, ActorMention] = field(default_factory=dict)
    #: Forms that name an entity found earlier without a title (ルイジ・マンジョーニ,
    #: 牧野フライス, 東京地裁, IAM) -> that entity's first mention (pass 3b).
    later_forms: dict[str, ActorMention] = field(default_factory=dict)
    #: Sorted start offsets of body endings in the text (speed: _body_at looks here first).
    body_starts: list[int] = field(default_factory=list)


@functools.cache
def _default_tokenizer() -> Any:
    """A SudachiPy tokenizer (core dictionary), created once. Raises ModelNotAvailable."""
    try:
        from sudachipy import dictionary
    except ImportError as exc:  # pragma: no cover - installed with the project
        raise ModelNotAvailable(
            "SudachiPy is not installed: run `pip install sudachipy sudachidict-core`"
        ) from exc
    try:
        return dictionary.Dictionary().create()
    except Exception as exc:  # sudachipy raises its own error types for a missing dictionary
        raise ModelNotAvailable(
            f"the Sudachi dictionary could not be loaded ({exc}): "
            "run `pip install sudachidict-core`"
        ) from exc


def _chunks(text: str, sentences: Sequence[Sentence] | None) -> list[tuple[int, int]]:
    """Spans to tokenise: the sentences when given, else lines, cut below the Sudachi limit."""
    if sentences:
        spans = [(s.start, s.end) for s in sentences if s.end > s.start]
    else:
        spans, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    out = []
    for start, end in spans:
        while end - start > _MAX_CHUNK_CHARS:
            cut = text.rfind("。", start, start + _MAX_CHUNK_CHARS)
            cut = cut + 1 if cut > start else start + _MAX_CHUNK_CHARS
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


#: What linking needs of one dictionary word, as written: its part of speech, whether it is
#: out of vocabulary, the offsets of its split-mode-A boundaries inside it (relative to its
#: start; empty for a word that does not split), and its ``_F_*`` flags.
_WordInfo = tuple[tuple[str, ...], bool, tuple[int, ...], int]

#: Word flags (``_Tok.flags``), the tests of pass 3 that depend on the word alone: a noun that
#: may open an organisation's name (:func:`_can_start_name`); kana/Latin only; a word that
#: may open a kanji organisation name (no 第/同/... start, no digit: :func:`_kanji_org_at`);
#: a proper noun; a person-name or foreign-name word (:func:`_person_at`); a kanji first
#: character (:func:`_read_name_at`).
_F_CAN_START, _F_KANA_LATIN, _F_KANJI_ORG, _F_PROPER, _F_PERSON, _F_KANJI0 = (1, 2, 4, 8, 16, 32)


def _word_flags(surface: str, pos: tuple[str, ...], oov: bool) -> int:
    """The ``_F_*`` flags of a word (see above)."""
    tok = _Tok(0, len(surface), surface, pos, oov, 0)
    flags = _F_CAN_START if _can_start_name(tok) else 0
    if _KANA_LATIN_ONLY.fullmatch(surface) is not None:
        flags |= _F_KANA_LATIN
    if not surface.startswith(_NOT_NAME_STARTS) and not any(c.isdigit() for c in surface):
        flags |= _F_KANJI_ORG
    if pos[1] == "固有名詞":
        flags |= _F_PROPER
    if _is_person_name(tok) or _is_foreign_name(tok):
        flags |= _F_PERSON
    if "\u4e00" <= surface[0] <= "\u9fff":
        flags |= _F_KANJI0
    return flags


class _WordCache:
    """:data:`_WordInfo` per (word id, surface) for one tokenizer, and part-of-speech tuples
    per id. Speed: ``Morpheme.split`` was about a quarter of linking time though only about
    one compound in ten splits at all, and the boundaries of a word written the same way are
    always the same, so they are computed once per word (``bench/nlp_same.py --check``: the
    same analyses on the bench corpus). Cleared when it passes ``limit`` entries, since a
    long run keeps meeting new unknown words."""

    __slots__ = ("limit", "pos", "tokenizer", "words")

    def __init__(self, tokenizer: Any, limit: int = 200_000) -> None:
        self.tokenizer = tokenizer  # kept so that its id is not reused while cached
        self.limit = limit
        self.words: dict[tuple[int, str], _WordInfo] = {}
        self.pos: dict[int, tuple[str, ...]] = {}

    def info(self, m: Any, surface: str) -> _WordInfo:
        """The word info of Sudachi morpheme ``m`` whose surface is ``surface``."""
        from sudachipy import SplitMode

        inner: tuple[int, ...] = ()
        if len(surface) > 1 and not _KATA_ONLY.fullmatch(surface):
            # Only compounds can hold inner boundaries (前|大統領 in 前大統領).
            b = m.begin()
            subs = m.split(SplitMode.A)
            inner = tuple(sorted({x - b for sub in subs for x in (sub.begin(), sub.end())}))
        pos_id = m.part_of_speech_id()
        pos = self.pos.get(pos_id)
        if pos is None:
            pos = self.pos[pos_id] = tuple(m.part_of_speech())
        if len(self.words) >= self.limit:
            self.words.clear()
        oov = m.is_oov()
        flags = _word_flags(surface, pos, oov)
        info = self.words[m.word_id(), surface] = (pos, oov, inner, flags)
        return info


#: One word cache per tokenizer object (a user tokenizer may have other dictionaries, whose
#: word and part-of-speech ids mean other things).
_WORD_CACHES: dict[int, _WordCache] = {}


def _word_cache(tokenizer: Any) -> _WordCache:
    cache = _WORD_CACHES.get(id(tokenizer))
    if cache is None:
        if len(_WORD_CACHES) >= 8:
            _WORD_CACHES.clear()
        cache = _WORD_CACHES[id(tokenizer)] = _WordCache(tokenizer)
    return cache


#: The SudachiPy results (``MorphemeList``, split mode C, the default tokenizer) of the last
#: texts that linking tokenised (the sentences of articles), by text, when a caller asked
#: for them with :func:`share_morphemes`. The hybrid layer's case-frame rules tokenise the
#: same sentence texts again with a tokenizer set up the same way (core dictionary, mode C).
#: Off by default: a kept list costs about 15 KB (measured: 2,381 lists, +35 MB of peak
#: memory), which only pays when someone reads them.
_RECENT: dict[str, Any] = {}
_RECENT_LIMIT = [0]  # a one-item list so that share_morphemes needs no global statement


def share_morphemes(limit: int) -> None:
    """Keep the SudachiPy results of the last ``limit`` texts that actor linking tokenises in
    this process, for :func:`recent_morphemes` (0, the default, keeps none and drops what
    was kept). A parse batch of 32 articles of news has a few hundred to about a thousand
    sentences, so 2,048 covers one batch."""
    _RECENT_LIMIT[0] = max(limit, 0)
    while len(_RECENT) > _RECENT_LIMIT[0]:
        del _RECENT[next(iter(_RECENT))]


def recent_morphemes(text: str) -> Any | None:
    """The split-mode-C ``MorphemeList`` that actor linking made for exactly ``text`` with the
    default SudachiPy tokenizer (core dictionary), if it was among the texts kept (see
    :func:`share_morphemes`); else None. Offsets are relative to ``text``. For a caller that
    would tokenise the same sentence again (the case-frame rules); the list must not be
    used as an ``out=`` parameter."""
    return _RECENT.get(text)


def _remember(chunk: str, morphemes: Any) -> None:
    if len(_RECENT) >= _RECENT_LIMIT[0]:
        if not _RECENT:
            return  # sharing is off
        del _RECENT[next(iter(_RECENT))]  # the oldest (dicts keep insertion order)
    _RECENT[chunk] = morphemes


def _tokenise(text: str, sentences: Sequence[Sentence] | None, tokenizer: Any) -> _Text:
    """Tokenise ``text`` chunk by chunk in split mode C; record C and A token boundaries."""
    from sudachipy import SplitMode

    toks: list[_Tok] = []
    inner: list[int] = []  # split-mode-A boundaries inside split-mode-C tokens
    cache = _word_cache(tokenizer)
    words, info_of, new_tok = cache.words, cache.info, tuple.__new__
    mode_c = SplitMode.C
    shared = _RECENT_LIMIT[0] > 0 and tokenizer is _default_tokenizer()
    for start, end in _chunks(text, sentences):
        chunk = text[start:end]
        morphemes = tokenizer.tokenize(chunk, mode_c)
        if shared:
            _remember(chunk, morphemes)
        for m in morphemes:
            b, e, surface = start + m.begin(), start + m.end(), m.surface()
            if e == b:
                # Sudachi normalises … to ... and emits the two extra dots as empty tokens
                # (at the end of the text they would point past it): they cover nothing.
                continue
            pos, oov, splits, flags = words.get((m.word_id(), surface)) or info_of(m, surface)
            # tuple.__new__ rather than _Tok(...): the named tuple's own constructor is a
            # Python-level wrapper, a visible cost over ~270k tokens.
            toks.append(new_tok(_Tok, (b, e, surface, pos, oov, flags)))
            if splits:
                inner.extend(b + x for x in splits)
    starts = [t.start for t in toks]
    starts_c, ends_c = set(starts), {t.end for t in toks}
    return _Text(
        starts=starts,
        text=text,
        folded=_fold_text(text),
        toks=toks,
        starts_c=starts_c,
        ends_c=ends_c,
        bounds_a=starts_c.union(ends_c, inner),
        tok_at=dict(zip(starts, toks, strict=True)),
        covered=[False] * len(text),
    )


# --------------------------------------------------------------------------- helpers


def _tok_covering(doc: _Text, i: int) -> _Tok | None:
    """The split-mode-C token that covers offset ``i``, or None (a line break)."""
    n = bisect.bisect_right(doc.starts, i) - 1
    return doc.toks[n] if n >= 0 and doc.toks[n].end > i else None


def _free(doc: _Text, start: int, end: int) -> bool:
    return not any(doc.covered[start:end])


def _cover(doc: _Text, start: int, end: int) -> None:
    for k in range(start, end):
        doc.covered[k] = True


def _mention(entity: Entity, doc: _Text, start: int, end: int, **extra: Any) -> ActorMention:
    return ActorMention(
        entity=entity.key,
        name=entity.name,
        surface=doc.text[start:end],
        start=start,
        end=end,
        kind=entity.kind,
        wikidata=entity.wikidata,
        **extra,
    )


def _in_url(f: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` sits inside a URL, domain or e-mail address (www.bbc.com)."""
    left = (
        start >= 2 and f[start - 1] in "./@_-" and f[start - 2].isascii() and f[start - 2].isalnum()
    )
    right = end + 1 < len(f) and f[end] in "./@_-" and f[end + 1].isascii() and f[end + 1].isalnum()
    return left or right


def _case_ok(doc: _Text, start: int, end: int, alias: str) -> bool:
    """An upper-case Latin alias (USA, UN, EU) only matches upper case (not "usa" in a URL)."""
    if alias.isascii() and alias.upper() == alias and any(c.isalpha() for c in alias):
        return unicodedata.normalize("NFKC", doc.text[start:end]).isupper()
    return True


def _script_ok(doc: _Text, start: int, end: int, *, titled: bool = False) -> bool:
    """Whether ``[start, end)`` can be a whole name: no katakana run or ASCII word continues
    across either edge, and short (<= 2 character) names sit on split-mode-C token boundaries."""
    f, n = doc.folded, len(doc.folded)
    if _is_kata(f[start]) and start > 0 and _is_kata(f[start - 1]):
        return False
    if _is_kata(f[end - 1]) and end < n and _is_kata(f[end]):
        return False
    if _is_word(f[start]) and start > 0 and _is_word(f[start - 1]):
        return False
    if _is_word(f[end - 1]) and end < n and _is_word(f[end]):
        return False
    if f[start].isascii() and _in_url(f, start, end):
        return False
    if end - start <= 2:
        if start in doc.starts_c and (end in doc.ends_c or titled):
            # ``titled``: a title or honorific follows and ends on a token boundary; Sudachi
            # sometimes makes one token of both (習氏).
            return True
        # Inside a longer token: fine within a common-noun compound (東京 in 東京都内), not
        # within another proper name (日本 in 日本郵政) nor inside one word (米 in 米価).
        tok = _tok_covering(doc, start)
        inside_proper = tok is not None and tok.pos[1] == "固有名詞"
        return start in doc.bounds_a and end in doc.bounds_a and not inside_proper
    if not _is_kata(f[start]) and not f[start].isascii():
        return start in doc.bounds_a and end in doc.bounds_a
    return True


# --------------------------------------------------------------------------- pass 1: names


@dataclass(frozen=True, slots=True)
class _TitleMatch:
    end: int
    title: str | None  # modifiers + the title as written (前大統領); None for 氏/さん
    prefix: str | None
    base: str | None  # canonical title (大統領), for choosing between homonyms


def _word_at(
    mt: _Matcher, doc: _Text, i: int, kinds: frozenset[str], *, inner: bool = False
) -> list[tuple[int, str, str]]:
    """Lexicon words of the given kinds starting at ``i``: (end, surface, canonical), longest
    first, ending on a split-mode-C token boundary (so 代表 does not match inside 代表団), or
    with ``inner`` on a split-mode-A one (前 inside the token 前大統領)."""
    bounds = doc.bounds_a if inner else doc.ends_c
    out = []
    for end, values in reversed(mt.words.walk(doc.folded, i)):
        for kind, canonical in values:
            if kind in kinds and (end in bounds or end == len(doc.text)):
                out.append((end, doc.text[i:end], canonical))
    return out


_MODS = frozenset({"modifier"})
_TITLES = frozenset({"title"})


def _country_at(mt: _Matcher, doc: _Text, i: int) -> list[tuple[int, str]]:
    """Country prefixes at ``i``: one character (米) or a full country name (ウクライナ)."""
    out = [(end, doc.text[i:end]) for end, _ in reversed(mt.countries.walk(doc.folded, i))]
    if i < len(doc.text) and doc.text[i] in mt.prefixes:
        out.append((i + 1, doc.text[i]))
    return out


def _title_after(mt: _Matcher, doc: _Text, p: int) -> _TitleMatch | None:
    """The title after a name ending at ``p``: ``[mod][country][mod]title`` (前米大統領,
    米前大統領), ``・country title`` (・ウクライナ大統領) or an honorific (氏). Longest wins."""
    if p >= len(doc.text) or (
        doc.folded[p] not in mt.title_starts
        and doc.text[p] not in mt.prefixes
        and doc.text[p] != "・"
    ):
        return None  # speed: nothing a title can start with follows (most names)
    for end, _, _ in _word_at(mt, doc, p, frozenset({"honorific"})):
        return _TitleMatch(end, None, None, None)
    if doc.text[p : p + 1] == "・":
        # After a middle dot only a full country name may come before the title.
        readings = [(c_end, "", c) for c_end, c in _country_at(mt, doc, p + 1) if len(c) > 1]
    else:
        readings = []
        for m1_end, m1, _ in [*_word_at(mt, doc, p, _MODS, inner=True), (p, "", "")]:
            readings.append((m1_end, m1, ""))
            readings.extend((c_end, m1, c) for c_end, c in _country_at(mt, doc, m1_end))
    best: _TitleMatch | None = None
    for pos, mod, country in readings:
        mods2 = _word_at(mt, doc, pos, _MODS, inner=True) if country and not mod else []
        for m2_end, m2, _ in [*mods2, (pos, "", "")]:
            for t_end, t_surface, base in _word_at(mt, doc, m2_end, _TITLES)[:1]:
                if best is None or t_end > best.end:
                    best = _TitleMatch(t_end, mod + m2 + t_surface, country or None, base)
    return best


def _dot_joined(mt: _Matcher, doc: _Text, start: int, end: int) -> bool:
    """Whether a middle dot joins the match to unknown katakana (ワシントン・ポスト,
    トランプ・タワー). A known name across the dot (ロシア・ウクライナ) does not count."""
    t = doc.text
    dot_after = t[end : end + 1] in ("・", "･") and _is_kata(t[end + 1 : end + 2] or " ")
    if dot_after and not mt.aliases.walk(doc.folded, end + 1):
        return True
    if start >= 2 and t[start - 1] in ("・", "･") and _is_kata(t[start - 2]):
        return not doc.covered[start - 2]
    return False


#: How far back (characters) a country named before a shared party or body name decides
#: whose it is (オラフ・ショルツ首相の社会民主党: Germany's). A paragraph or two of news;
#: further back, the home entity (listed first in the base) is the safer reading.
_CONTEXT_REACH = 200


def _choose(
    entries: list[_Entry], kb: KnowledgeBase, base: str | None, context: Sequence[str] = ()
) -> _Entry:
    """Among entities sharing an alias, prefer one with a role of the title the text gives,
    then, for bodies of different countries (社会民主党: Japan's or Germany's), the one whose
    country was named last in ``context`` (country keys, latest last); else the first."""
    if len(entries) < 2:
        return entries[0]
    if base:
        for entry in entries:
            entity = kb.get(entry.key)
            if entity and any(r.title == base for r in entity.roles):
                return entry
    countries = {e.key: getattr(kb.get(e.key), "country", None) for e in entries}
    if len(set(countries.values())) > 1:
        for country in reversed(context):
            for entry in entries:
                if countries[entry.key] == country:
                    return entry
    return entries[0]


def _context_country(kb: KnowledgeBase, entity: Entity) -> str | None:
    """The country a mention puts in context: a country itself, an organisation's country,
    or the country of a person's latest role (ショルツ: Germany)."""
    if entity.kind == "country":
        return entity.key
    if entity.country:
        return entity.country
    for role in reversed(entity.roles):
        org = kb.get(role.org) if role.org else None
        if org is not None and org.kind == "country":
            return org.key
    return None


def _body_suffix_at(
    mt: _Matcher, doc: _Text, i: int, *, kinds: tuple[str, ...] = ("place",)
) -> int:
    """The end of the longest body ending (地方裁判所, 地検, 県警 ...) of the given kinds
    starting at ``i`` and ending on a token boundary; ``i`` when there is none."""
    best = i
    for end, values in mt.bodies.walk(doc.folded, i):
        if any(v in kinds for v in values) and (end in doc.ends_c or end in doc.bounds_a):
            best = end
    return best


def _org_prefix(mt: _Matcher, doc: _Text, entity: Entity, start: int) -> int | None:
    """For an organisation at ``start``: the start of a one-character country prefix of its own
    country just before it (露 in 露外務省), ``start`` when there is none, or None when a
    prefix of another country precedes it (英 before 外務省: not Japan's ministry)."""
    before = doc.country_ends.get(start)
    if before is None and start > 0 and doc.text[start - 1] == "の":
        # ドイツの社会民主党: a body of another country named with の is not the home one.
        other = doc.country_ends.get(start - 1)
        if other is not None and entity.country not in (None, other):
            return None
    if before is not None:
        # 韓国外務省: a named country right before a body of another country's name.
        return None if entity.country not in (None, before) else start
    if start == 0 or doc.covered[start - 1]:
        return start
    prev = doc.text[start - 1]
    if prev not in mt.prefixes or (
        (start - 1) not in doc.starts_c and (start - 1) not in doc.bounds_a
    ):
        return start
    if entity.country is None:
        return start
    return start - 1 if mt.prefixes[prev][0] == entity.country else None


def _try_alias(
    mt: _Matcher, doc: _Text, start: int, end: int, entries: list[_Entry]
) -> ActorMention | None:
    """Validate one alias match and build its mention (with title or prefix), or None."""
    entries = [e for e in entries if _case_ok(doc, start, end, e.alias)]
    title = _title_after(mt, doc, end)
    if not entries or not _script_ok(doc, start, end, titled=title is not None):
        return None
    if _dot_joined(mt, doc, start, end) and (title is None or doc.text[end] != "・"):
        return None  # ワシントン・ポスト, トランプ・タワー: part of a longer katakana name
    # Speed: the context is only read for an alias that several entities share.
    near = (
        [c for end_, c in doc.context if end_ > start - _CONTEXT_REACH] if len(entries) > 1 else []
    )
    entry = _choose(entries, mt.kb, title.base if title else None, near)
    entity = mt.kb.get(entry.key)
    if entity is None:
        return None
    if entity.kind == "place" and _body_suffix_at(mt, doc, end) > end:
        return None  # 東京|地方裁判所, 大阪|地検: the court or office, found in pass 3
    if entity.kind != "person":
        title = None
    elif _other_given_name(doc, entity, start, end):
        return None  # 岸田光哉社長 is not 岸田文雄
    weak = entry.weak or (entity.kind == "person" and end - start == 1)
    if weak and title is None and not _word_at(mt, doc, end, frozenset({"honorific"})):
        return None
    if entity.kind == "org":
        new_start = _org_prefix(mt, doc, entity, start)
        if new_start is None:
            return None
        prefix = doc.text[new_start:start] or None
        return _mention(entity, doc, new_start, end, country_prefix=prefix)
    stop = title.end if title else end
    return _mention(
        entity, doc, start, stop,
        title=title.title if title else None,
        country_prefix=title.prefix if title else None,
    )  # fmt: skip


def _other_given_name(doc: _Text, entity: Entity, start: int, end: int) -> bool:
    """Whether a person alias (a surname: 岸田) is followed by a given name that is not this
    person's (岸田光哉): Sudachi tags the next token as a given name (人名-名) and no alias of the
    entity begins with the surname and that token."""
    tok = doc.tok_at.get(end)
    if tok is None or tok.pos[1:4] != ("固有名詞", "人名", "名"):
        return False
    full = doc.folded[start : tok.end]
    names = (entity.name_ja or "", *entity.aliases, *entity.weak_aliases)
    return not any(_fold_text(n).startswith(full) for n in names)


def _past_foreign_body(
    mt: _Matcher, doc: _Text, i: int, matches: list[tuple[int, list[Any]]]
) -> int:
    """Where to look next after no alias linked at ``i`` (``matches``: the alias walk from
    ``i``): past the longest organisation alias there when it names another country's body
    (ドイツの社会民主党), so that no shorter alias inside it (民主党) is linked; else the next
    character."""
    for end, entries in reversed(matches):
        for e in entries:
            entity = mt.kb.get(e.key)
            if (
                entity is not None
                and entity.kind == "org"
                and _org_prefix(mt, doc, entity, i) is None
            ):
                return int(end)
            if entity is not None and entity.kind == "place":
                body_end = _body_suffix_at(mt, doc, end)
                if body_end > end:
                    return body_end  # ロンドン警視庁: not Tokyo's 警視庁 inside it
    return i + 1


def _link_known(mt: _Matcher, doc: _Text) -> list[ActorMention]:
    """Pass 1: longest valid alias at each position, left to right."""
    out: list[ActorMention] = []
    i, n = 0, len(doc.text)
    folded, roots, search = doc.folded, mt.aliases.children, mt.alias_starts.search
    while i < n:
        start = search(folded, i)
        if start is None:
            break  # no alias can start anywhere further on
        i = start.start()
        # Speed: about one place in five starts an alias's first character, but only one in
        # seven of those its second too (or is a one-character alias): test that inline.
        root = roots[folded[i]]
        if not root.values and (i + 1 == n or folded[i + 1] not in root.children):
            i += 1
            continue
        found = None
        matches = mt.aliases.walk(doc.folded, i)
        for end, entries in reversed(matches):
            found = _try_alias(mt, doc, i, end, entries)
            if found:
                break
        if found is None:
            i = _past_foreign_body(mt, doc, i, matches)
            continue
        out.append(found)
        _cover(doc, found.start, found.end)
        country = mt.context_of.get(found.entity)
        if country is not None:
            doc.context.append((found.end, country))
        if found.kind == "country":
            doc.country_ends[found.end] = found.entity
            doc.country_starts[found.end] = found.start
        i = found.end
    return out


# --------------------------------------------------------------------------- pass 2: 日米, 米政府


def _prefix_run(mt: _Matcher, doc: _Text, i: int) -> list[ActorMention]:
    """Country mentions for a prefix run starting at ``i`` (日米 -> Japan, US; 米政府 -> US)."""
    j = i
    while j < len(doc.text) and j - i < 4 and doc.text[j] in mt.prefixes and not doc.covered[j]:
        j += 1
    if j == i or i not in doc.starts_c:
        return []
    run = doc.text[i:j]
    if len({mt.prefixes[c][0] for c in run}) < len(run):
        return []  # 日日新聞, 露ロ: a country twice is a word, not a pairing
    heads = _word_at(mt, doc, j, frozenset({"head", "title"}))
    if len(run) == 1:
        # 米政府 / 露軍 (a head noun), or 独フォルクスワーゲン / 米ニューヨーク (a prefix before
        # a foreign name written in katakana or Latin letters, starting its own token).
        foreign = j in doc.starts_c and (
            _is_kata(doc.text[j : j + 1] or " ") or _is_word(doc.text[j : j + 1] or " ")
        )
        if not mt.prefixes[run][1] or not (heads or foreign):
            return []
    else:
        if j not in doc.ends_c:
            return []
        nxt = doc.tok_at.get(j)
        noun_follows = bool(heads) or (nxt is not None and nxt.pos[0] in ("名詞", "接尾辞"))
        standalone = any(mt.prefixes[c][1] for c in run)
        # 日中 is also "daytime": a run made only of characters that cannot stand alone must
        # be followed by a noun (日中関係 yes, 日中は暑い no); 米中の / 日米は are fine.
        if not standalone and not noun_follows:
            return []
    out = []
    for k, ch in enumerate(run):
        entity = mt.kb.get(mt.prefixes[ch][0])
        if entity is not None:
            out.append(_mention(entity, doc, i + k, i + k + 1))
    return out


def _link_prefixes(mt: _Matcher, doc: _Text) -> list[ActorMention]:
    """Pass 2: country prefixes standing on their own (not inside a name + title)."""
    out: list[ActorMention] = []
    i = 0
    while i < len(doc.text):
        nxt = mt.prefix_chars.search(doc.text, i)
        if nxt is None:
            break  # no prefix character further on
        i = nxt.start()
        found = [] if doc.covered[i] else _prefix_run(mt, doc, i)
        if found:
            out.extend(found)
            _cover(doc, found[0].start, found[-1].end)
            doc.country_starts[found[-1].end] = found[0].start
            i = found[-1].end
        else:
            i += 1
    return out


# --------------------------------------------------------------------------- pass 3: unknown


def _provisional(
    name: str, doc: _Text, start: int, end: int, kind: Kind, **extra: Any
) -> ActorMention:
    return ActorMention(
        entity=f"provisional:{name}",
        name=name,
        surface=doc.text[start:end],
        start=start,
        end=end,
        kind=kind,
        provisional=True,
        **extra,
    )


def _is_person_name(tok: _Tok) -> bool:
    return tok.pos[1:3] == ("固有名詞", "人名")


def _is_foreign_name(tok: _Tok) -> bool:
    return tok.pos[0] == "名詞" and _KATA_DOT_ONLY.fullmatch(tok.surface) is not None


def _name_tokens_end(toks: list[_Tok], k: int) -> int:
    """The index after the person-name tokens from ``k``: Sudachi person names or katakana
    words, with a middle dot between two of them (ルイジ・マンジョーニ)."""
    j = k
    while j < len(toks):
        if (
            _is_person_name(toks[j])
            or _is_foreign_name(toks[j])
            or (
                j > k
                and toks[j].surface in ("・", "･")
                and j + 1 < len(toks)
                and (_is_person_name(toks[j + 1]) or _is_foreign_name(toks[j + 1]))
            )
        ):
            j += 1
        else:
            break
    return j


#: A reading in brackets after a name written in kanji: 孫興民（ソン・フンミン）選手.
_READING = re.compile(r"[（(]([\u30a1-\u30faー・]{2,20})[）)]")
#: An age in brackets after 男/女 (無職の男（26）): the unnamed person of a crime report.
_AGE = re.compile(r"[（(]\d{1,3}[）)]")
_AGE_NOUNS = frozenset({"男", "女", "男性", "女性"})


def _person_at(mt: _Matcher, doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """A provisional person from token ``k``: name tokens then a title or honorific, or a
    kanji name with its reading in brackets then one (孫興民（ソン・フンミン）選手)."""
    toks = doc.toks
    if not (_is_person_name(toks[k]) or _is_foreign_name(toks[k])):
        # Speed: most tokens open no name; only a kanji one may open 孫興民（ソン・フンミン）.
        return _read_name_at(mt, doc, k) if "\u4e00" <= toks[k].surface[0] <= "\u9fff" else None
    j = _name_tokens_end(toks, k)
    if not _adjacent(toks, k, j - 1) or not _free(doc, toks[k].start, toks[j - 1].end):
        return None
    start, end = toks[k].start, toks[j - 1].end
    title = _title_after(mt, doc, end)
    if title is None:
        return _read_name_at(mt, doc, k)  # 李康仁（イ・ガンイン）選手
    if not _free(doc, start, title.end):
        return None  # the title (with its country prefix) must not overlap a linked mention
    # A middle dot joins a foreign given name and surname (ジェームズ・ホール): a name even
    # when Sudachi knows one part as a common word (ホール).
    dotted = any(t.surface in ("・", "･") for t in toks[k:j])
    all_names = dotted or all(_is_person_name(t) or t.oov for t in toks[k:j])
    if not all_names and title.base in _TITLES_AFTER_COMMON_NOUNS:
        return None  # メーカー社長: a common katakana noun before a business title
    name = doc.text[start:end]
    if end - start < 2 and title.title is None:
        return None
    extra = {"title": title.title, "country_prefix": title.prefix}
    mention = _provisional(name, doc, start, title.end, "person", **extra)
    surname = toks[k].surface if toks[k].pos[1:4] == ("固有名詞", "人名", "姓") else None
    return _remember_person(doc, mention, surname=surname if j - k > 1 else None), j


def _read_name_at(mt: _Matcher, doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """孫興民（ソン・フンミン）選手: two to four kanji from token ``k``, their katakana reading
    in brackets, then a title or honorific. The person is named by the kanji; the reading and
    (for three kanji, as Chinese and Korean names are written) the first character, the
    surname, name them later."""
    start, t = doc.toks[k].start, doc.text
    # Speed: most tokens have no bracket two to four characters on; test that first.
    if "（" not in t[start + 2 : start + 5] and "(" not in t[start + 2 : start + 5]:
        return None
    m = _READING.search(t, start + 2, start + 30)
    if m is None or m.start() - start > 4 or m.start() not in doc.ends_c:
        return None
    name = t[start : m.start()]
    if not all("\u4e00" <= c <= "\u9fff" for c in name) or not _free(doc, start, m.end()):
        return None
    title = _title_after(mt, doc, m.end())
    if title is None or not _free(doc, m.end(), title.end):
        return None
    mention = _provisional(name, doc, start, title.end, "person", title=title.title)
    mention = _remember_person(doc, mention, surname=name[0] if len(name) == 3 else None)
    doc.later_forms.setdefault(m.group(1), mention)
    j = k
    while j < len(doc.toks) and doc.toks[j].start < title.end:
        j += 1
    return mention, j


def _age_person_at(doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """An unnamed person of a crime or accident report: 男/女 with an age in brackets
    (無職の男（26）), named ``男（26）`` so that 同容疑者 later can point back to it."""
    tok = doc.toks[k]
    m = _AGE.match(doc.folded, tok.end) if tok.surface in _AGE_NOUNS else None
    if m is None or not _free(doc, tok.start, m.end()):
        return None
    mention = _provisional(doc.text[tok.start : m.end()], doc, tok.start, m.end(), "person")
    j = k + 1
    while j < len(doc.toks) and doc.toks[j].start < m.end():
        j += 1
    return mention, j


def _remember_person(doc: _Text, mention: ActorMention, *, surname: str | None) -> ActorMention:
    """Record a provisional person for later mentions, or return the person it names again.

    A name that is the surname of a person named in full before (マンジョーニ after ルイジ・
    マンジョーニ, 岸田 after 岸田光哉) gives that person. A full name registers its surname
    (``surname``, or the last part after a middle dot) and, when it is specific enough to
    stand without a title (a middle dot, or a surname and a given name), itself."""
    earlier = doc.surnames.get(mention.name) or doc.later_forms.get(mention.name)
    if earlier is not None and earlier.kind == "person":
        return dataclasses.replace(mention, entity=earlier.entity, name=earlier.name)
    name = mention.name
    if "・" in name:
        surname = name.rsplit("・", 1)[1]
    if surname and len(surname) < len(name):
        doc.surnames.setdefault(surname, mention)
        if len(name) >= 3:
            doc.later_forms.setdefault(name, mention)
    return mention


def _known_surname_at(mt: _Matcher, doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """A surname of a person named in full before, then a title or honorific (孫選手 after
    孫興民（ソン・フンミン）選手): that person, even where Sudachi does not read a name."""
    start = doc.toks[k].start
    for surname, earlier in doc.surnames.items():
        end = start + len(surname)
        if not doc.text.startswith(surname, start) or end not in doc.ends_c:
            continue
        title = _title_after(mt, doc, end)
        if title is None or not _free(doc, start, title.end):
            continue
        mention = _provisional(
            earlier.name, doc, start, title.end, "person", title=title.title,
            country_prefix=title.prefix,
        )  # fmt: skip
        j = k
        while j < len(doc.toks) and doc.toks[j].start < title.end:
            j += 1
        return mention, j
    return None


def _adjacent(toks: list[_Tok], k: int, j: int) -> bool:
    """Whether tokens ``k..j`` follow each other with nothing between (no line break)."""
    return all(toks[n].start == toks[n - 1].end for n in range(k + 1, j + 1))


def _can_start_name(tok: _Tok) -> bool:
    """Whether a token may open an unknown organisation's name: a proper noun, katakana or
    Latin, or kanji only (東都); not a kanji word with kana endings (問い合わせ先), a number,
    nor a noun that is also a verb stem (スポーツ, tagged サ変可能)."""
    if tok.pos[0] != "名詞" or tok.pos[1] == "数詞" or "サ変可能" in tok.pos[2]:
        return False
    if tok.pos[1] == "固有名詞":
        return True
    hiragana = any("\u3041" <= c <= "\u3096" for c in tok.surface)
    return not hiragana or _KANA_LATIN_ONLY.fullmatch(tok.surface) is not None


def _name_before_kabushiki(doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """``東和精機株式会社``: up to three adjacent noun tokens (one proper or kana/Latin, the
    first able to open a name) then 株式会社."""
    toks = doc.toks
    if not _can_start_name(toks[k]):
        return None
    for j in range(k + 1, min(k + 4, len(toks))):
        if toks[j].surface == "株式会社":
            distinctive = any(
                t.pos[1] == "固有名詞" or any(_is_kana_or_latin(c) for c in t.surface)
                for t in toks[k:j]
            )
            if distinctive and _adjacent(toks, k, j) and _free(doc, toks[k].start, toks[j].end):
                name = doc.text[toks[k].start : toks[j - 1].end]
                return _provisional(name, doc, toks[k].start, toks[j].end, "org"), j + 1
            return None
        if toks[j].pos[0] != "名詞":
            return None
    return None


#: Suffixes that are words for a kind of body themselves: after one ordinary katakana word
#: they make a description (スポーツ新聞社, アイドルグループ), not a name.
_GENERIC_ORG_SUFFIXES = frozenset(
    {"新聞社", "新聞", "通信社", "協会", "大学", "財団", "機構", "委員会", "グループ"}
)


def _kana_org_at(doc: _Text, k: int, suffixes: tuple[str, ...]) -> tuple[ActorMention, int] | None:
    """A kana/Latin name then an organisation suffix: ミライテック社, アクメ銀行, さくらテック社."""
    toks, j = doc.toks, k
    if not _can_start_name(toks[k]):
        return None
    while (
        j < len(toks)
        and toks[j].pos[0] == "名詞"
        and _KANA_LATIN_ONLY.fullmatch(toks[j].surface) is not None
    ):
        j += 1
    if j == k or j >= len(toks) or not _adjacent(toks, k, j - 1):
        return None
    start, end = toks[k].start, toks[j - 1].end
    if not any(_is_kata(c) or (c.isascii() and c.isalpha()) for c in doc.text[start:end]):
        return None  # hiragana or digits alone (みんな, 1党) are no name
    if not doc.text.startswith(suffixes, end):
        return None  # speed: one test for all suffixes before finding which one
    one_common_word = j - k == 1 and toks[k].pos[1] == "普通名詞" and not toks[k].oov
    for suffix in suffixes:
        stop = end + len(suffix)
        if one_common_word and suffix in _GENERIC_ORG_SUFFIXES:
            continue
        if doc.text.startswith(suffix, end) and stop in doc.ends_c and _free(doc, start, stop):
            name = doc.text[start:end] if suffix == "社" else doc.text[start:stop]
            return _provisional(name, doc, start, stop, "org"), j + 1
    return None


#: Suffixes after which a kanji common noun is still the name of a body (保健省, 労働党,
#: 消費者庁); other suffixes (社, 新聞 ...) after a common noun give ordinary words
#: (出版社, 全国紙), so there the name must be a proper noun (三菱商事, 朝日新聞社).
_BODY_SUFFIXES = ("省", "庁", "党")
_NOT_NAME_STARTS = ("第", "同", "両", "各", "全", "与", "野", "政", "本", "当", "新", "旧")


def _kanji_org_at(doc: _Text, k: int, suffixes: tuple[str, ...]) -> tuple[ActorMention, int] | None:
    """An unknown organisation written in kanji: a proper-noun token ending in a suffix
    (三菱商事, 日本保守党), a common-noun token of 3+ characters ending in 省/庁/党 (環境省),
    or noun tokens followed by a 省/庁/党 token (保健|省, 労働|党)."""
    toks, tok = doc.toks, doc.toks[k]
    if tok.surface.startswith(_NOT_NAME_STARTS) or any(c.isdigit() for c in tok.surface):
        return None
    # Speed: one endswith over the whole tuple first; most tokens end in no suffix.
    for suffix in suffixes if tok.surface.endswith(suffixes) else ():
        if tok.surface.endswith(suffix) and len(tok.surface) > len(suffix):
            proper = tok.pos[1] == "固有名詞"
            if proper or (suffix in _BODY_SUFFIXES and len(tok.surface) >= 3):
                return _qualified_org(doc, tok.start, tok.end), k + 1
    j = k
    while (
        j < len(toks) and j - k < 3 and toks[j].pos[0] == "名詞" and not toks[j].surface.isdigit()
    ):
        j += 1
    if j > k and j < len(toks) and toks[j].surface in _BODY_SUFFIXES and _adjacent(toks, k, j):
        start, end = tok.start, toks[j].end
        if end - start >= 3 and _free(doc, start, end):
            return _qualified_org(doc, start, end), j + 1
    return None


def _proper_then_suffix(
    doc: _Text, k: int, suffixes: frozenset[str]
) -> tuple[ActorMention, int] | None:
    """A company named by a proper noun, up to two more nouns and a separate suffix token:
    東和|精工|ホールディングス, 山田|電機. 社/省/庁/党 are left to the rules above (a proper
    noun before 社 is often a place: 本社, 大阪社)."""
    toks = doc.toks
    if toks[k].pos[1] != "固有名詞":
        return None
    for j in range(k + 1, min(k + 4, len(toks))):
        tok = toks[j]
        if tok.surface in suffixes and tok.surface not in ("社", *_BODY_SUFFIXES):
            if not _adjacent(toks, k, j) or not _free(doc, toks[k].start, tok.end):
                return None
            return _provisional(
                doc.text[toks[k].start : tok.end], doc, toks[k].start, tok.end, "org"
            ), j + 1
        if tok.pos[0] != "名詞" or tok.pos[1] == "数詞" or "人名" in tok.pos[2:3]:
            return None
    return None


#: Katakana words that follow 大手 as a description, not a name (自動車大手メーカー).
_GENERIC_AFTER_OTE = frozenset({"メーカー", "グループ", "チェーン", "スーパー", "ブランド"})


def _after_industry_ote(doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """A company introduced by its industry: 航空機大手ボーイング, 製薬大手の小林製薬, 工作機械
    メーカーのTAKISAWA. Token ``k`` opens the name when the tokens before it are a noun, 大手
    or メーカー and optionally の (so 大手銀行, where 大手 comes first, is no name); the name is
    a run of adjacent proper-noun or katakana/Latin noun tokens (after メーカー, only proper
    nouns or words the dictionary does not know: メーカーのシェア is no company) that ends
    before a non-noun (a particle or punctuation)."""
    toks = doc.toks
    p = k - 1
    if p >= 1 and toks[p].surface == "の":
        p -= 1
    if p < 1 or toks[p].surface not in ("大手", "メーカー") or toks[p - 1].pos[0] != "名詞":
        return None
    maker = toks[p].surface == "メーカー"
    j = k
    while j < len(toks) and toks[j].pos[0] == "名詞" and toks[j].pos[1] != "数詞":
        tok = toks[j]
        kana = all(_is_kata(c) or (c.isascii() and c.isalpha()) for c in tok.surface)
        if not (tok.pos[1] == "固有名詞" or kana) or "サ変可能" in tok.pos[2]:
            return None
        if maker and tok.pos[1] != "固有名詞" and not tok.oov:
            return None
        j += 1
    if j == k or j >= len(toks) or toks[j].pos[0] == "名詞" or not _adjacent(toks, k, j - 1):
        return None
    start, end = toks[k].start, toks[j - 1].end
    name = doc.text[start:end]
    if name in _GENERIC_AFTER_OTE or end - start < 2 or not _free(doc, start, end):
        return None
    return _provisional(name, doc, start, end, "org"), j


def _qualified_org(doc: _Text, start: int, end: int) -> ActorMention:
    """A provisional organisation named with the country written just before it, so that
    イスラエル保健省 and 英保健省 stay two entities while the surface is 保健省."""
    country_start = doc.country_starts.get(start)
    name = doc.text[country_start if country_start is not None else start : end]
    return _provisional(name, doc, start, end, "org")


def _org_at(
    doc: _Text,
    k: int,
    suffixes: tuple[str, ...],
    suffix_set: frozenset[str],
    *,
    near: set[int],
    kabushiki: bool,
) -> tuple[ActorMention, int] | None:
    """A provisional organisation starting at token ``k``, or None. ``near`` are the tokens
    with a suffix token just after them (:func:`_suffix_near`), ``kabushiki`` whether the
    text holds 株式会社 at all: each rule is only tried where its first tests can pass."""
    toks = doc.toks
    tok = toks[k]
    if tok.surface == "株式会社":
        j = k + 1
        while j < len(toks) and toks[j].pos[0] == "名詞" and not toks[j].surface.isdigit():
            j += 1
        if j > k + 1 and _free(doc, toks[k].start, toks[j - 1].end):
            name = doc.text[toks[k + 1].start : toks[j - 1].end]
            return _provisional(name, doc, toks[k].start, toks[j - 1].end, "org"), j
        return None
    fl, surface = tok.flags, tok.surface
    start = fl & _F_CAN_START
    # _kanji_org_at: its first form needs a suffix ending a proper noun or a 省/庁/党 word,
    # its second a 省/庁/党 token within three tokens (then k is in ``near``).
    kanji = fl & _F_KANJI_ORG and (
        k in near
        or ((fl & _F_PROPER or surface.endswith(_BODY_SUFFIXES)) and surface.endswith(suffixes))
    )
    return (
        (start and kabushiki and _name_before_kabushiki(doc, k))
        or (start and fl & _F_KANA_LATIN and _kana_org_at(doc, k, suffixes))
        or (kanji and _kanji_org_at(doc, k, suffixes))
        or (fl & _F_PROPER and k in near and _proper_then_suffix(doc, k, suffix_set))
        or None
    )


#: Nouns that never open the name of a body (同組合, 各労組, 今年の..., 両地裁).
_NOT_BODY_STARTS = ("同", "両", "各", "当", "本", "他", "その")
#: Single-character tokens that may sit between a place and a police ending: 大阪|府|警.
_PLACE_UNITS = frozenset({"府", "県", "都", "道", "市", "州"})
#: The most noun tokens a union or association name runs to before its ending
#: (全国|霊感商法|対策|弁護士|連絡会 is four); longer runs are usually a clause's nouns.
_MAX_BODY_WORDS = 5


def _body_name_token(tok: _Tok, *, words: bool) -> bool:
    """Whether a token may be part of the name before a body ending: a proper noun or a
    katakana/Latin noun, and with ``words`` (unions, associations) also a common noun that is
    not a number or a time word (今年, 今回)."""
    if tok.pos[0] != "名詞" or tok.pos[1] == "数詞" or tok.surface.isdigit():
        return False
    if tok.pos[1] == "固有名詞" or _KANA_LATIN_ONLY.fullmatch(tok.surface) is not None:
        return True
    return words and "副詞可能" not in tok.pos[2]


def _body_at(mt: _Matcher, doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """A court, prosecutor, police force, union or association: name tokens from ``k`` then
    a body ending of ``kb_titles.tsv`` (東京|地方裁判所, マンハッタン|地区検察, 神奈川県|警,
    国際|機械|工|労働組合, 全国|霊感商法|対策|弁護士|連絡会). Before a "place" ending only
    proper or katakana/Latin names count; before a "words" ending ordinary nouns too, but then
    two tokens at least unless the first is a name (大手労組, 各労組 are no names)."""
    toks = doc.toks
    # Speed: a body ending must start within the next few tokens; most tokens have none.
    n = bisect.bisect_right(doc.body_starts, toks[k].start)
    last = toks[min(k + _MAX_BODY_WORDS + 1, len(toks) - 1)].start
    if n == len(doc.body_starts) or doc.body_starts[n] > last:
        return None
    if toks[k].surface.startswith(_NOT_BODY_STARTS):
        return None
    j = k
    while j < len(toks) and j - k <= _MAX_BODY_WORDS:
        if j > k and toks[j].start != toks[j - 1].end:
            return None
        i = toks[j].start
        end = _body_suffix_at(mt, doc, i, kinds=("place", "words")) if j > k else i
        if end == i + 1 and doc.text[i] == "警" and doc.text[i - 1] not in "府県都道市州":
            end = i  # 警 alone ends a police force only after 県/府/市 (神奈川県警, NY市警)
        if end > i:
            kinds = mt.bodies.walk(doc.folded, i)[-1][1] if j > k else []
            words = "words" in kinds and "place" not in kinds
            names = toks[k:j]
            distinctive = names[0].pos[1] == "固有名詞" or _KANA_LATIN_ONLY.fullmatch(
                names[0].surface
            )
            if words or all(
                _body_name_token(t, words=False) or t.surface in _PLACE_UNITS for t in names
            ):
                if (words and len(names) < 2 and not distinctive) or not _free(
                    doc, toks[k].start, end
                ):
                    return None
                mention = _provisional(
                    doc.text[toks[k].start : end], doc, toks[k].start, end, "org"
                )
                while j < len(toks) and toks[j].start < end:
                    j += 1
                return mention, j
            return None
        if not (
            _body_name_token(toks[j], words=True) or (j > k and toks[j].surface in _PLACE_UNITS)
        ):
            return None
        j += 1
    return None


#: Offices named after the country written right before them (イスラエル首相府): a
#: provisional body named with the country, as イスラエル保健省 is.
_COUNTRY_OFFICES = ("首相府", "大統領府", "首相官邸")


def _country_office_at(doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """イスラエル首相府: an office of ``_COUNTRY_OFFICES`` right after a country mention."""
    start = doc.toks[k].start
    if start not in doc.country_ends:
        return None
    for word in _COUNTRY_OFFICES:
        end = start + len(word)
        if doc.text.startswith(word, start) and end in doc.ends_c and _free(doc, start, end):
            j = k
            while j < len(doc.toks) and doc.toks[j].start < end:
                j += 1
            return _qualified_org(doc, start, end), j
    return None


def _suffix_near(mt: _Matcher, doc: _Text) -> set[int]:
    """Indices of the tokens that have an organisation suffix token (ホールディングス, 省, ...)
    one to three tokens after them: only there can :func:`_kanji_org_at` (its second form)
    and :func:`_proper_then_suffix` find a name. (A regex finds where a suffix may start,
    rather than a Python loop over every token.)"""
    near: set[int] = set()
    for m in mt.suffix_starts.finditer(doc.text):
        tok = doc.tok_at.get(m.start())
        if tok is not None and (tok.surface in mt.org_suffix_set or tok.surface in _BODY_SUFFIXES):
            j = bisect.bisect_left(doc.starts, tok.start)
            near.update((j - 1, j - 2, j - 3))
    return near


def _link_unknown(mt: _Matcher, doc: _Text) -> list[ActorMention]:
    """Pass 3: provisional people, companies and public bodies that the base does not know."""
    out: list[ActorMention] = []
    doc.body_starts = [m.start() for m in mt.body_pattern.finditer(doc.folded)]
    toks, text = doc.toks, doc.text
    suffixes, suffix_set = mt.lexicon.org_suffixes, mt.org_suffix_set
    # Speed: each rule is called only where a test it would make first can pass: tests of
    # the word alone are its flags (made once per dictionary word), the others are made once
    # per article here. Pass 3 tried every rule on every noun token (~86k per thousand
    # articles, about a quarter of linking time) and finds a name at very few of them.
    near = _suffix_near(mt, doc)
    has_kabushiki = "株式会社" in text
    has_ote = "大手" in text or "メーカー" in text
    covered, n_toks, resume = doc.covered, len(toks), 0
    for k, tok in enumerate(toks):
        if k < resume or tok.pos[0] != "名詞" or covered[tok.start]:
            continue  # inside the last name found; every name, and 株式会社, starts with a noun
        fl = tok.flags
        may_person = bool(fl & _F_PERSON)
        if not may_person and fl & _F_KANJI0:
            # A kanji name needs its reading in brackets 2 to 4 characters on (_read_name_at).
            ahead = text[tok.start + 2 : tok.start + 5]
            may_person = "（" in ahead or "(" in ahead
        found = (
            (doc.surnames and _known_surname_at(mt, doc, k))
            or _org_at(doc, k, suffixes, suffix_set, near=near, kabushiki=has_kabushiki)
            or (doc.body_starts and _body_at(mt, doc, k))
            or (tok.start in doc.country_ends and _country_office_at(doc, k))
            or (may_person and _person_at(mt, doc, k))
            or (has_ote and _after_industry_ote(doc, k))
            or (tok.surface in _AGE_NOUNS and _age_person_at(doc, k))
            or None
        )
        if found is None:
            continue
        mention, resume = found
        out.append(mention)
        _cover(doc, mention.start, mention.end)
        while resume < n_toks and toks[resume].start < mention.end:
            resume += 1
    return out


# --------------------------------------------------------------------------- pass 3b: later forms

#: A Latin abbreviation in brackets right after an organisation: 国際機械工労働組合（IAM）,
#: 社会民主党（SPD）, キリスト教民主・社会同盟（CDU・CSU）. Two letters at least, upper case
#: first; digits (stock codes) and kanji (a place: 小林製薬（大阪市）) are no abbreviation.
_ABBREVIATION = re.compile(r"[（(]([A-Z][A-Za-z0-9&・/\-]{1,11})[）)]")
#: A short name in kanji or katakana in brackets: 日本労働組合総連合会（連合）. It counts only
#: when its characters are picked, in order, from the full name (so 小林製薬（大阪市） is a
#: place, not a short name).
_SHORT_NAME = re.compile(r"[（(]([\u4e00-\u9fff\u30a1-\u30faー]{2,6})[）)]")


#: A defined term after an organisation's name, as press releases and contracts write it:
#: 日本製鉄株式会社（以下「当社」）, ABC Corp.（以下、「ABC」）. Group 1 is the term.
_DEFINED_TERM = re.compile(r"[（(]以下[、,]?[「『“\"]([^」』”\"]{1,12})[」』”\"][）)]")
#: What may stand between the name and its defined term: the rest of the name (a legal
#: ending such as 株式会社 or Corporation), with no clause punctuation.
_NAME_REST = re.compile(r"[^、。，．\n（(「」]{0,24}")
#: A name in Latin letters written right before a bracket (United States Steel Corporation).
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9 .,&'\-]*$")


def _defined_terms(doc: _Text, found: list[ActorMention]) -> list[ActorMention]:
    """Register the terms an article defines for an organisation (以下「当社」): each later
    当社 is that organisation. ``found`` mentions are tried from the last one before each
    definition. Returns the organisations a Latin name before a definition turns out to be:
    in United States Steel Corporation（以下「USスチール」） the name is U.S. Steel (the
    known term), not the country its first words spell; those mentions are dropped by the
    caller (see :func:`_latin_named`)."""
    out: list[ActorMention] = []
    ordered = sorted(found, key=lambda m: m.start)
    for match in _DEFINED_TERM.finditer(doc.text):
        term = match.group(1)
        inside = [m for m in ordered if match.start(1) <= m.start and m.end <= match.end(1)]
        if inside and inside[0].kind == "org":
            latin = _LATIN_NAME.search(doc.text, max(0, match.start() - 60), match.start())
            if latin is not None:
                out.append(dataclasses.replace(
                    inside[0], surface=latin.group(0), start=latin.start(), end=match.start(),
                    coref=False,
                ))  # fmt: skip
            continue
        before = [m for m in ordered if m.end <= match.start() and m.kind == "org"]
        if not before:
            continue
        rest = _NAME_REST.fullmatch(doc.text, before[-1].end, match.start())
        if rest is not None and len(term) >= 2:
            doc.later_forms.setdefault(term, before[-1])
    return out


def _is_picked_from(short: str, name: str) -> bool:
    """Whether ``short`` is shorter than ``name`` and its characters occur in ``name`` in
    order (連合 in 日本労働組合総連合会, 全日空 in 全日本空輸)."""
    it = iter(name)
    return len(short) < len(name) and all(c in it for c in short)


def _bracket_short_name(doc: _Text, m: ActorMention) -> tuple[int, int] | None:
    """The span of a Latin abbreviation or a picked short name in brackets right after
    organisation ``m`` (国際機械工労働組合（IAM）, 日本労働組合総連合会（連合）), or None."""
    window = unicodedata.normalize("NFKC", doc.text[m.end : m.end + 14])
    ab = _ABBREVIATION.match(window)
    if ab is not None and sum(c.isupper() for c in ab.group(1)) >= 2:
        return m.end + 1, m.end + 1 + len(ab.group(1))
    short = _SHORT_NAME.match(doc.text, m.end)
    if short is not None and _is_picked_from(short.group(1), m.surface):
        return short.start(1), short.end(1)
    return None


def _org_forms(lex: TitleLexicon, m: ActorMention) -> list[str]:
    """Later names of a provisional organisation: without its legal or generic ending
    (牧野フライス製作所 -> 牧野フライス) and with a long ending in its short form
    (東京地方裁判所 -> 東京地裁) or the other way round."""
    name, out = m.name, []
    for drop in lex.drop_suffixes:
        if name.endswith(drop) and len(name) - len(drop) >= 2:
            out.append(name[: -len(drop)])
    for long, short in lex.short_forms.items():
        if name.endswith(long):
            out.append(name[: -len(long)] + short)
        elif name.endswith(short) and len(name) > len(short):
            out.append(name[: -len(short)] + long)
    return out


def _collect_forms(mt: _Matcher, doc: _Text, found: list[ActorMention]) -> list[ActorMention]:
    """Register the later forms of the organisations in ``found`` and link the Latin
    abbreviations written in brackets right after them (the bracket gets a mention)."""
    out = []
    # Longest names first, so that a short form written before the full name (a headline's
    # 東京地裁) is filed under the full one (東京地方裁判所).
    for m in sorted(found, key=lambda x: (-len(x.name), x.start)):
        if m.kind == "org" and m.provisional:
            # The name itself too: ニデック, introduced as 精密モーター大手ニデック, stands
            # bare in the rest of the article.
            for form in (m.name, *_org_forms(mt.lexicon, m)):
                if len(form) >= 2:
                    doc.later_forms.setdefault(form, m)
    for m in sorted(found, key=lambda x: x.start):
        if m.kind != "org":
            continue
        # NFKC of a slice keeps its length here: full-width letters and brackets fold 1:1.
        span = _bracket_short_name(doc, m)
        start, end = span or (0, 0)
        if span and _free(doc, start, end):
            out.append(
                dataclasses.replace(
                    m, surface=doc.text[start:end], start=start, end=end, coref=False
                )
            )
            _cover(doc, start, end)
            doc.later_forms.setdefault(doc.text[start:end], m)
    return out


def _form_edges_ok(doc: _Text, start: int, end: int) -> bool:
    """Whether a later form at ``[start, end)`` stands on token edges (of either split mode)
    with no katakana run or Latin word continuing across them."""
    f = doc.folded
    if start not in doc.starts_c and start not in doc.bounds_a:
        return False
    if end not in doc.ends_c and end not in doc.bounds_a and end != len(f):
        return False
    for a, b in ((start - 1, start), (end - 1, end)):
        if (
            a >= 0
            and b < len(f)
            and ((_is_kata(f[a]) and _is_kata(f[b])) or (_is_word(f[a]) and _is_word(f[b])))
        ):
            return False
    return True


def _link_later(mt: _Matcher, doc: _Text, found: list[ActorMention]) -> list[ActorMention]:
    """Pass 3b: the short and later forms of entities named in full in pass 3 (and Latin
    abbreviations in brackets): 牧野フライス, 東京地裁, IAM, ルイジ・マンジョーニ, ソン・フンミン,
    wherever they stand in the article (a headline may use the short form first). Returns
    ``found`` with provisional names that are another's form merged into it (東京地裁 after
    東京地方裁判所), plus the new mentions."""
    named = _defined_terms(doc, found)
    spans = [(n.start, n.end) for n in named]
    found = [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)]
    out = _collect_forms(mt, doc, found) + named
    merged = []
    for m in found:
        model = doc.later_forms.get(m.name) if m.provisional and m.kind != "person" else None
        # The longer name stays the entity's name: 東京地裁 first, 東京地方裁判所 later.
        if model is not None and model.kind == m.kind and len(model.name) > len(m.name):
            m = dataclasses.replace(m, entity=model.entity, name=model.name)
        merged.append(m)
    out = merged + out
    for form, model in sorted(doc.later_forms.items(), key=lambda kv: -len(kv[0])):
        pos = doc.text.find(form)
        while pos >= 0:
            end = pos + len(form)
            if _free(doc, pos, end) and _form_edges_ok(doc, pos, end):
                title = _title_after(mt, doc, end) if model.kind == "person" else None
                stop = title.end if title and _free(doc, end, title.end) else end
                out.append(
                    dataclasses.replace(
                        model, surface=doc.text[pos:stop], start=pos, end=stop,
                        title=title.title if stop > end and title else None,
                        country_prefix=title.prefix if stop > end and title else None,
                        coref=False,
                    )
                )  # fmt: skip
                _cover(doc, pos, stop)
            pos = doc.text.find(form, end)
    return out


# --------------------------------------------------------------------------- pass 4: 同氏


def _is_company(m: ActorMention) -> bool:
    """An organisation that is not a public body, by its surface and (for an abbreviation
    such as FSB) its provisional name."""
    if m.kind != "org" or m.surface.endswith(_NOT_COMPANY_ENDINGS):
        return False
    return not (m.provisional and m.name.endswith(_NOT_COMPANY_ENDINGS))


def _is_leader(m: ActorMention, kb: KnowledgeBase, lex: TitleLexicon) -> bool:
    """Whether a mention is of a head of state or government (by its title or the base)."""
    if m.title:
        modifier, base = lex.split(m.title)
        if base in _LEADER_TITLES:
            return modifier is None  # 前大統領, 元首相: no longer one of the leaders who meet
        return False
    entity = kb.get(m.entity)
    return entity is not None and any(r.title in _LEADER_TITLES for r in entity.roles)


def _two_distinct(pool: list[ActorMention]) -> list[ActorMention]:
    """The two latest distinct entities of ``pool`` (latest first), in text order; [] when
    there are fewer than two."""
    distinct: list[ActorMention] = []
    for m in pool:
        if all(m.entity != d.entity for d in distinct):
            distinct.append(m)
    return distinct[:2][::-1] if len(distinct) >= 2 else []


def _antecedents(
    marker: str,
    before: list[ActorMention],
    kb: KnowledgeBase,
    lex: TitleLexicon,
    topics: tuple[str, tuple[int, int]] = ("", (0, 0)),
) -> list[ActorMention]:
    """The mentions a coreference marker (同氏, 同社, 両首脳 ...) points to, latest first.
    ``topics`` is the article and the offset from which a topic is preferred for 同社."""
    people = [m for m in reversed(before) if m.kind == "person"]
    if marker in ("両社", "両国"):
        want = "country" if marker == "両国" else "org"
        pool = [m for m in reversed(before) if m.kind == want and (want != "org" or _is_company(m))]
        return _two_distinct(pool)
    if marker == "双方":
        latest = next(iter(reversed(before)), None)
        pool = [m for m in reversed(before) if latest is not None and m.kind == latest.kind]
        return _two_distinct(pool)
    if marker.startswith("両"):
        if marker.endswith("首脳"):
            leaders = [m for m in people if _is_leader(m, kb, lex)]
            people = leaders if len({m.entity for m in leaders}) >= 2 else people
        return _two_distinct(people)
    if marker in lex.categories:
        endings = lex.categories[marker]
        if endings[0].startswith("@"):
            # 容疑者, 被告側: the person last given that title (or an unnamed 男（26）).
            want = endings[0][1:]
            titled = [m for m in people if m.title and lex.split(m.title)[1] == want]
            aged = [m for m in people if _AGE.search(m.name)]
            if want in _AGE_NOUNS:  # 男は…: only the unnamed 男（26）of the report
                return [m for m in aged if m.name.startswith(want)][:1]
            return (titled or aged)[:1]
        return [m for m in reversed(before) if _named_with(m, endings, kb)][:1]
    rest = marker[1:]
    if rest in ("氏", "人"):
        return people[:1]
    if rest == "社":
        return _topic_first([m for m in reversed(before) if _is_company(m)], *topics)[:1]
    if rest == "国":
        return [m for m in reversed(before) if m.kind == "country"][:1]
    if rest in ("党", "省", "庁"):
        return [m for m in reversed(before) if _named_with(m, (rest,), kb)][:1]
    _, base = lex.split(rest)
    titled = [m for m in people if m.title and lex.split(m.title)[1] == base][:1]
    if not titled and base in ("容疑者", "被告"):
        # 無職の男（26）を逮捕した。同容疑者は…: the unnamed person of the report.
        return [m for m in people if _AGE.search(m.name)][:1]
    return titled


def _named_with(m: ActorMention, endings: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether an organisation is named with one of ``endings`` (教会, 組合) in the text, by
    its provisional name or by any alias the base gives it (旧統一教会 for the church)."""
    if m.kind not in ("org", "group"):
        return False
    if m.surface.endswith(endings) or m.name.endswith(endings):
        return True
    entity = kb.get(m.entity) if not m.provisional else None
    return entity is not None and any(a.endswith(endings) for a in entity.aliases)


#: 同社 prefers a topic (X は / X が) of the sentence before its own (the current one
#: counts as the first): a topic further back has usually been replaced by a newer one.
_TOPIC_SENTENCES = 2


def _topic_first(
    pool: list[ActorMention], text: str, window: tuple[int, int]
) -> list[ActorMention]:
    """``pool`` (latest first) with the latest mention inside ``window`` (the sentence before
    the marker's) that is marked as a topic or subject (は/が right after it) moved to the
    front: in ニデックは…牧野フライスへのTOB計画を公表した。同社は…, 同社 is ニデック, the one
    the previous sentence is about. A topic of the marker's own sentence is not preferred:
    in 日鉄はUSスチールを…買収することで同社と合意した, 同社 is the other company."""
    for m in pool[1:]:
        if m.start >= window[1]:
            continue
        if m.start < window[0]:
            break
        if text[m.end : m.end + 1] in ("は", "が") and text[pool[0].end : pool[0].end + 1] not in (
            "は",
            "が",
        ):
            return [m, *[x for x in pool if x is not m]]
    return pool


#: What may follow 同 / 両 / 双 in a coreference marker (titles are looked up apart).
_COREF_WORDS = {
    "同": ("氏", "社", "国", "党", "省", "庁", "人"),
    "両": ("首脳", "氏", "社", "国"),
    "双": ("方",),
}


def _coref_markers(mt: _Matcher, doc: _Text) -> list[tuple[int, int]]:
    """Spans of 同氏/同社/同国/同党/同省/同庁/同人, 同 + a title (同大統領), 両首脳/両氏/両社/両国,
    両 + a title, 双方, and the category nouns of ``kb_titles.tsv`` (教団, 組合員, 同組合,
    容疑者), starting on a token boundary in uncovered text."""
    spans: list[tuple[int, int]] = []
    categories = mt.lexicon.categories
    # Speed: jump with one regex to the characters that can start a marker.
    for hit in mt.marker_starts.finditer(doc.text):
        i, ch = hit.start(), hit.group()
        if spans and i < spans[-1][1]:
            continue  # inside the marker just found (容疑者 in 同容疑者)
        if ch in mt.category_starts and not doc.covered[i] and i in doc.starts_c:
            # 教団, 組合員, 同組合, 同地裁: a category noun for an organisation named before.
            ends = [i + len(w) for w in categories if doc.text.startswith(w, i)]
            ends = [e for e in ends if e in doc.ends_c and _free(doc, i, e)]
            if ends:
                spans.append((i, max(ends)))
                continue
        if ch not in "同両双" or doc.covered[i] or i not in doc.starts_c:
            continue
        if ch == "双" and i >= 2 and doc.text[i - 1] == "の" and doc.covered[i - 2]:
            continue  # ロシアとウクライナの双方: in apposition, the names are already there
        simple = _COREF_WORDS[ch]
        ends = [i + 1 + len(w) for w in simple if doc.text.startswith(w, i + 1)]
        ends += [end for end, _, _ in _word_at(mt, doc, i + 1, _TITLES)]
        ends = [e for e in ends if e in doc.ends_c and _free(doc, i, e)]
        if ends:
            spans.append((i, max(ends)))
    return spans


_OPEN_DATELINE, _CLOSE_DATELINE = "[［【", "]］】"


def _in_dateline(text: str, m: ActorMention) -> bool:
    """Whether a mention sits in a bracketed dateline or credit ([シアトル 4日 ロイター],
    【ワシントン共同】): the agency that filed the story is never what 同社 refers to."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    before = text[line_start : m.start]
    after = text[m.end : line_end if line_end >= 0 else len(text)]
    opened = max(before.rfind(c) for c in _OPEN_DATELINE)
    closed = max(before.rfind(c) for c in _CLOSE_DATELINE)
    return opened > closed and any(c in after for c in _CLOSE_DATELINE)


#: What may join a name to a group marker it is listed beside (米国と両国: the two others).
_LISTED_WITH = ("と", "や", "、", "・")
#: A country written as the owner of a place (サウジアラビアの首都リヤド, サウジアラビア西部の
#: ジッダ) names where, not one of 両国.
_PLACE_OWNER = re.compile(r"^(?:の首都|の?[東西南北中]{1,2}部)")


def _group_pool(
    doc: _Text, marker: str, start: int, before: list[ActorMention]
) -> list[ActorMention]:
    """``before`` without what cannot be among 両国/両社: an entity listed right beside the
    marker (米国と両国は: the two are others), and for 両国 a country that only owns a place
    name (サウジアラビアの首都リヤドで協議した)."""
    if marker not in ("両国", "両社"):
        return before
    beside = {m.entity for m in before if doc.text[m.end : start] in _LISTED_WITH}
    out = [m for m in before if m.entity not in beside]
    if marker == "両国":
        out = [m for m in out if not _PLACE_OWNER.match(doc.text[m.end : m.end + 4])]
    return out


def _sentences_before(text: str, i: int, n: int) -> int:
    """The offset where the ``n``-th sentence before ``i`` starts (the current one counts)."""
    pos = i + 1  # the current sentence may end right before ``i``
    for _ in range(n):
        cut = max(text.rfind("。", 0, pos - 1), text.rfind("\n", 0, pos - 1))
        if cut < 0:
            return 0
        pos = cut + 1
    return pos


def _link_coref(mt: _Matcher, doc: _Text, found: list[ActorMention]) -> list[ActorMention]:
    """Pass 4: resolve coreference markers against the mentions before them."""
    ordered = sorted(found, key=lambda m: m.start)
    out = []
    for start, end in _coref_markers(mt, doc):
        before = [m for m in ordered if m.end <= start and not _in_dateline(doc.text, m)]
        marker = doc.text[start:end]
        before = _group_pool(doc, marker, start, before)
        title = marker[1:] if marker[1:] in mt.lexicon.titles else None
        # The topic rule for 同社 looks only at the sentences just before the marker.
        window = (
            _sentences_before(doc.text, start, _TOPIC_SENTENCES),
            _sentences_before(doc.text, start, 1),
        )
        topics = (doc.text, window)
        for ante in _antecedents(marker, before, mt.kb, mt.lexicon, topics):
            out.append(
                ActorMention(
                    entity=ante.entity,
                    name=ante.name,
                    surface=marker,
                    start=start,
                    end=end,
                    kind=ante.kind,
                    wikidata=ante.wikidata,
                    title=title,
                    provisional=ante.provisional,
                    coref=True,
                )
            )
    return out


# --------------------------------------------------------------------------- entry point


def link_actors(
    text: str,
    *,
    kb: KnowledgeBase,
    sentences: Sequence[Sentence] | None = None,
    tokenizer: object | None = None,
) -> tuple[ActorMention, ...]:
    """Find the actors mentioned in ``text`` and link them to ``kb``.

    ``sentences`` (offsets into ``text``) are the units handed to SudachiPy; without them the
    text is cut at line breaks. ``tokenizer`` is a SudachiPy tokenizer to reuse (one is
    created once per process otherwise). Returns the mentions sorted by start offset; a
    two-person coreference (両首脳) gives two mentions with the same span.

    Raises ModelNotAvailable when SudachiPy or its dictionary is missing.
    """
    if not text.strip():
        return ()
    doc = _tokenise(text, sentences, tokenizer or _default_tokenizer())
    mt = _matcher(kb)
    found = _link_known(mt, doc)
    found += _link_prefixes(mt, doc)
    found += _link_unknown(mt, doc)
    found = _link_later(mt, doc, found)
    found += _link_coref(mt, doc, found)
    return tuple(sorted(found, key=lambda m: (m.start, m.end, m.entity)))
