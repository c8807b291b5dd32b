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
   unknown katakana name, followed by a title or 氏/さん; an organisation written
   ``株式会社X`` / ``X株式会社`` / kana or Latin ``X社`` / ``X銀行`` ..., a proper noun ending in an
   organisation suffix (三菱商事), or a body ending in 省/庁/党 (保健省, named with the country
   written before it: ``provisional:イスラエル保健省``). Suffixes are in ``kb_titles.tsv``.
4. **Coreference**: 同氏/同社/同国/同党/同省/同大統領… point back to the last fitting mention;
   両首脳/両氏 to the last two people.

Offsets are into ``text`` as given; matching uses a per-character fold (full-width ASCII to
ASCII, lower case) that never changes the length, so offsets stay exact.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from storyline.errors import ModelNotAvailable
from storyline.models import ActorMention, Sentence
from storyline.nlp.kb import Entity, KnowledgeBase, TitleLexicon, read_data

__all__ = ["link_actors"]

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
     "幹事長", "知事", "市長"}
)  # fmt: skip

#: Titles of heads of state or government: 両首脳 ("both leaders") prefers people with them,
#: so a spokesman quoted between two leaders is not taken for one.
_LEADER_TITLES = frozenset({"大統領", "首相", "国家主席", "総書記", "国王", "最高指導者"})

#: Surface endings that mark a government body rather than a company, so that 同社 skips them.
_NOT_COMPANY_ENDINGS = ("省", "庁", "府", "党", "院", "会", "局", "隊", "裁", "所", "国", "軍")


# --------------------------------------------------------------------------- characters


#: Version of the linking code; part of the nlp producer name (bump when behaviour changes).
ACTORS_VERSION = "actors-5"


@functools.lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    """One character folded for matching (NFKC when it stays one character, then lower case)."""
    n = unicodedata.normalize("NFKC", ch)
    return (n if len(n) == 1 else ch).lower()


def _fold_text(text: str) -> str:
    """``text`` folded character by character (same length, so offsets carry over)."""
    return "".join(map(_fold, text))


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
    #: Speed: the first (folded) characters of all aliases and the prefix characters, as
    #: character classes, so that passes 1 and 2 jump to the next place a match can start
    #: instead of trying every character (most characters start no alias).
    alias_starts: re.Pattern[str]
    prefix_chars: re.Pattern[str]


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
    return _Matcher(
        kb, aliases, words, countries, prefixes, lex,
        alias_starts=_char_class(aliases.children), prefix_chars=_char_class(prefixes),
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
    tok_of: list[int]  # character offset -> index of the split-mode-C token covering it
    country_ends: dict[int, str] = field(default_factory=dict)  # end offset -> country key
    country_starts: dict[int, int] = field(default_factory=dict)  # end offset -> its start


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


def _tokenise(text: str, sentences: Sequence[Sentence] | None, tokenizer: Any) -> _Text:
    """Tokenise ``text`` chunk by chunk in split mode C; record C and A token boundaries."""
    from sudachipy import SplitMode

    toks: list[_Tok] = []
    bounds_a: set[int] = set()
    # Speed (about a third of linking time was here): part-of-speech tuples are shared per id
    # (Sudachi builds a new one per call), and the katakana test is one regex match.
    pos_of: dict[int, tuple[str, ...]] = {}
    split_a, kata_only = SplitMode.A, _KATA_ONLY.fullmatch
    for start, end in _chunks(text, sentences):
        for m in tokenizer.tokenize(text[start:end], SplitMode.C):
            b, e, surface = start + m.begin(), start + m.end(), m.surface()
            pos_id = m.part_of_speech_id()
            pos = pos_of.get(pos_id)
            if pos is None:
                pos = pos_of[pos_id] = tuple(m.part_of_speech())
            toks.append(_Tok(b, e, surface, pos, m.is_oov()))
            bounds_a.add(b)
            bounds_a.add(e)
            if e - b > 1 and not kata_only(surface):
                # Only compounds can hold inner boundaries (前|大統領 in 前大統領).
                for sub in m.split(split_a):
                    bounds_a.add(start + sub.begin())
                    bounds_a.add(start + sub.end())
    tok_of = [-1] * len(text)
    for n, t in enumerate(toks):
        tok_of[t.start : t.end] = [n] * (t.end - t.start)
    return _Text(
        tok_of=tok_of,
        text=text,
        folded=_fold_text(text),
        toks=toks,
        starts_c={t.start for t in toks},
        ends_c={t.end for t in toks},
        bounds_a=bounds_a,
        tok_at={t.start: t for t in toks},
        covered=[False] * len(text),
    )


# --------------------------------------------------------------------------- helpers


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
        tok = doc.toks[doc.tok_of[start]] if doc.tok_of[start] >= 0 else None
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


def _choose(entries: list[_Entry], kb: KnowledgeBase, base: str | None) -> _Entry:
    """Among entities sharing an alias, prefer one with a role of the title the text gives."""
    if base and len(entries) > 1:
        for entry in entries:
            entity = kb.get(entry.key)
            if entity and any(r.title == base for r in entity.roles):
                return entry
    return entries[0]


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
    entry = _choose(entries, mt.kb, title.base if title else None)
    entity = mt.kb.get(entry.key)
    if entity is None:
        return None
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
    return i + 1


def _link_known(mt: _Matcher, doc: _Text) -> list[ActorMention]:
    """Pass 1: longest valid alias at each position, left to right."""
    out: list[ActorMention] = []
    i, n = 0, len(doc.text)
    while i < n:
        start = mt.alias_starts.search(doc.folded, i)
        if start is None:
            break  # no alias can start anywhere further on
        i = start.start()
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


def _person_at(mt: _Matcher, doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """A provisional person from token ``k``: name tokens then a title or honorific."""
    toks, j = doc.toks, k
    while j < len(toks) and (_is_person_name(toks[j]) or _is_foreign_name(toks[j])):
        j += 1
    if j == k or not _adjacent(toks, k, j - 1) or not _free(doc, toks[k].start, toks[j - 1].end):
        return None
    start, end = toks[k].start, toks[j - 1].end
    title = _title_after(mt, doc, end)
    if title is None or not _free(doc, start, title.end):
        return None  # the title (with its country prefix) must not overlap a linked mention
    all_names = all(_is_person_name(t) or t.oov for t in toks[k:j])
    if not all_names and title.base in _TITLES_AFTER_COMMON_NOUNS:
        return None  # メーカー社長: a common katakana noun before a business title
    name = doc.text[start:end]
    if end - start < 2 and title.title is None:
        return None
    extra = {"title": title.title, "country_prefix": title.prefix}
    return _provisional(name, doc, start, title.end, "person", **extra), j


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


#: Katakana words that follow 大手 as a description, not a name (自動車大手メーカー).
_GENERIC_AFTER_OTE = frozenset({"メーカー", "グループ", "チェーン", "スーパー", "ブランド"})


def _after_industry_ote(doc: _Text, k: int) -> tuple[ActorMention, int] | None:
    """A company introduced by its industry: 航空機大手ボーイング, 製薬大手の小林製薬. Token ``k``
    opens the name when the tokens before it are a noun, 大手 and optionally の (so 大手銀行,
    where 大手 comes first, is no name); the name is a run of adjacent proper-noun or
    katakana/Latin noun tokens that ends before a non-noun (a particle or punctuation)."""
    toks = doc.toks
    p = k - 1
    if p >= 1 and toks[p].surface == "の":
        p -= 1
    if p < 1 or toks[p].surface != "大手" or toks[p - 1].pos[0] != "名詞":
        return None
    j = k
    while j < len(toks) and toks[j].pos[0] == "名詞" and toks[j].pos[1] != "数詞":
        tok = toks[j]
        kana = all(_is_kata(c) or (c.isascii() and c.isalpha()) for c in tok.surface)
        if not (tok.pos[1] == "固有名詞" or kana) or "サ変可能" in tok.pos[2]:
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


def _org_at(doc: _Text, k: int, suffixes: tuple[str, ...]) -> tuple[ActorMention, int] | None:
    """A provisional organisation starting at token ``k``, or None."""
    toks = doc.toks
    if toks[k].surface == "株式会社":
        j = k + 1
        while j < len(toks) and toks[j].pos[0] == "名詞" and not toks[j].surface.isdigit():
            j += 1
        if j > k + 1 and _free(doc, toks[k].start, toks[j - 1].end):
            name = doc.text[toks[k + 1].start : toks[j - 1].end]
            return _provisional(name, doc, toks[k].start, toks[j - 1].end, "org"), j
        return None
    return (
        _name_before_kabushiki(doc, k)
        or _kana_org_at(doc, k, suffixes)
        or _kanji_org_at(doc, k, suffixes)
    )


def _link_unknown(mt: _Matcher, doc: _Text) -> list[ActorMention]:
    """Pass 3: provisional people and companies that the base does not know."""
    out: list[ActorMention] = []
    k = 0
    while k < len(doc.toks):
        if doc.covered[doc.toks[k].start] or doc.toks[k].pos[0] != "名詞":
            k += 1  # every name, and 株式会社, starts with a noun token
            continue
        found = (
            _org_at(doc, k, mt.lexicon.org_suffixes)
            or _person_at(mt, doc, k)
            or _after_industry_ote(doc, k)
        )
        if found is None:
            k += 1
            continue
        mention, k_next = found
        out.append(mention)
        _cover(doc, mention.start, mention.end)
        while k_next < len(doc.toks) and doc.toks[k_next].start < mention.end:
            k_next += 1
        k = k_next
    return out


# --------------------------------------------------------------------------- pass 4: 同氏


def _is_company(m: ActorMention) -> bool:
    return m.kind == "org" and not m.surface.endswith(_NOT_COMPANY_ENDINGS)


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
    marker: str, before: list[ActorMention], kb: KnowledgeBase, lex: TitleLexicon
) -> list[ActorMention]:
    """The mentions a coreference marker (同氏, 同社, 両首脳 ...) points to, latest first."""
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
        distinct: list[ActorMention] = []
        for m in people:
            if all(m.entity != d.entity for d in distinct):
                distinct.append(m)
        return distinct[:2][::-1] if len(distinct) >= 2 else []
    rest = marker[1:]
    if rest in ("氏", "人"):
        return people[:1]
    if rest == "社":
        return [m for m in reversed(before) if _is_company(m)][:1]
    if rest == "国":
        return [m for m in reversed(before) if m.kind == "country"][:1]
    if rest in ("党", "省", "庁"):
        return [m for m in reversed(before) if m.kind == "org" and m.surface.endswith(rest)][:1]
    _, base = lex.split(rest)
    return [m for m in people if m.title and lex.split(m.title)[1] == base][:1]


#: What may follow 同 / 両 / 双 in a coreference marker (titles are looked up apart).
_COREF_WORDS = {
    "同": ("氏", "社", "国", "党", "省", "庁", "人"),
    "両": ("首脳", "氏", "社", "国"),
    "双": ("方",),
}


def _coref_markers(mt: _Matcher, doc: _Text) -> list[tuple[int, int]]:
    """Spans of 同氏/同社/同国/同党/同省/同庁/同人, 同 + a title (同大統領), 両首脳/両氏/両社/両国,
    両 + a title, and 双方, starting on a token boundary in uncovered text."""
    spans = []
    for i, ch in enumerate(doc.text):
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


def _link_coref(mt: _Matcher, doc: _Text, found: list[ActorMention]) -> list[ActorMention]:
    """Pass 4: resolve coreference markers against the mentions before them."""
    ordered = sorted(found, key=lambda m: m.start)
    out = []
    for start, end in _coref_markers(mt, doc):
        before = [m for m in ordered if m.end <= start and not _in_dateline(doc.text, m)]
        marker = doc.text[start:end]
        before = _group_pool(doc, marker, start, before)
        title = marker[1:] if marker[1:] in mt.lexicon.titles else None
        for ante in _antecedents(marker, before, mt.kb, mt.lexicon):
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
    found += _link_coref(mt, doc, found)
    return tuple(sorted(found, key=lambda m: (m.start, m.end, m.entity)))
