"""A rule-based "case-frame" dependency analysis over SudachiPy tokens.

Japanese is head-final: every bunsetsu (a content word with the particles, auxiliaries and
punctuation after it) depends on a later one, and a particle-marked phrase belongs to the
predicate of its clause. :func:`analyze` uses that to give a sentence the same projection
GiNZA gives (:class:`storyline.models.Token` with Sudachi tags and lemmas, Universal
Dependencies POS and labels), at about 100k characters/s (ten times the fast GiNZA parser),
and says how sure it is (:attr:`Analysis.confident`). The parser (``nlp.parser = "hybrid"``) keeps the analysis
for sentences it is confident about and sends the rest to GiNZA.

What it builds, in order:

1. tokens: SudachiPy SplitMode.C with the dictionary GiNZA uses, so words, tags and lemmas
   are GiNZA's own; UPOS from the tag and its neighbours (``_upos``);
2. bunsetsu: a new one starts at a content word written after a function word;
   multi-word particles (によると, について, として, に対し ...) stay with their noun;
3. the dependency of each bunsetsu on a later one (``_target``, right to left, kept
   projective): の-phrases on the next noun (nmod), case phrases on the predicate of their
   clause (nsubj/obj/obl; は-topics and comma-set subjects on the predicate that ends the
   clause), 連用 forms (し、/て) on the next predicate (advcl), 連体 forms on the head of
   the next noun phrase (acl), quotation と on the reporting verb (advcl, as GiNZA labels
   it), AとB / AやB coordination inside a noun phrase (nmod), XのはY clauses (csubj);
4. the words inside each bunsetsu: compound, nummod, case, aux, cop, mark, fixed, punct.

The labels and the treatment of each construction follow what GiNZA 5.3 emits on news text
(measured with ``bench/nlp.py --agreement-only``), so the events stage reads either parse the
same way. Whatever the rules cannot decide cleanly (brackets, whitespace, noun lists with
commas, very long clauses) lowers the confidence, and such sentences go to GiNZA.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.models import Token

__all__ = ["CASEFRAME_VERSION", "Analysis", "Limits", "analyze", "load_tokenizer", "make_token"]

#: Bumped whenever a rule changes the output; part of the parser name and cache key.
#: 2: a score (3－2) is a compound; 3: 米ロ協議 (prefix run) is nmod, とする heads a clause,
#: Vするよう is adverbial; a topic in a quote, copula で, verb before noun are doubts.
#: 4: GiNZA's readings of ものの / うえで / ことになる / ながら / それぞれ / Vかは / Vているのが,
#: XのYだ, parallel Aと、Bと, dislocated topics, acl on noun predicates, prefix runs only
#: before event or agent nouns.
CASEFRAME_VERSION = "4"

# --------------------------------------------------------------------------- tokens

#: Token's fields in the order :func:`make_token` takes them.
_TOKEN_FIELDS = ("i", "sentence", "start", "end", "surface", "lemma", "pos", "tag", "dep", "head")


def _slot_setters() -> tuple[Any, ...] | None:
    """The slot descriptors' setters of Token, or None when its fields are not the ten that
    :func:`make_token` fills (then it falls back to the constructor)."""
    if tuple(f.name for f in dataclasses.fields(Token)) != _TOKEN_FIELDS:
        return None
    return tuple(Token.__dict__[name].__set__ for name in _TOKEN_FIELDS)


_SETTERS = _slot_setters()


def make_token(
    i: int, sentence: int, start: int, end: int, surface: str, lemma: str, pos: str,
    tag: str, dep: str, head: int,
) -> Token:  # fmt: skip
    """Return ``Token(i=i, sentence=sentence, ...)``, about 2.5x faster than the constructor.

    The layer builds a Token for every word twice (sentence-relative from the parser, then
    article-level) and a frozen dataclass's ``__init__`` goes through ``object.__setattr__``
    once per field: on the bench corpus that was about 8% of the hybrid layer. Filling the
    slots through their descriptors gives an equal, still immutable object (a test checks it
    against the constructor)."""
    if _SETTERS is None:
        return Token(i=i, sentence=sentence, start=start, end=end, surface=surface, lemma=lemma,
                     pos=pos, tag=tag, dep=dep, head=head)  # fmt: skip
    tok = _new(Token)
    si, ss, sst, se, ssu, sl, sp, stg, sd, sh = _SETTERS
    si(tok, i)
    ss(tok, sentence)
    sst(tok, start)
    se(tok, end)
    ssu(tok, surface)
    sl(tok, lemma)
    sp(tok, pos)
    stg(tok, tag)
    sd(tok, dep)
    sh(tok, head)
    return tok


_new = object.__new__

# --------------------------------------------------------------------------- word classes

#: Verbs that GiNZA keeps as fixed after て (していた: て mark, い fixed).
_AFTER_TE = frozenset(
    {"いる", "おる", "ある", "おく", "しまう", "くる", "いく", "みる", "もらう", "くれる"}
)
#: Copulas: after a noun they make it a predicate (予定です, 方針だ).
_COPULA = frozenset({"だ", "です", "である"})
_FUNCTION_POS = frozenset({"ADP", "AUX", "SCONJ", "PART", "PUNCT"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


@dataclass(slots=True)
class _W:
    """A word while the analysis runs (mutable; turned into a Token at the end)."""

    surface: str
    lemma: str
    tag: str
    start: int
    end: int
    pos: str = "X"
    head: int = -1
    dep: str = "dep"
    form: str = ""  # Sudachi conjugation form (連用形-一般, ...)
    aside: bool = False  # inside (or a bracket of) a parenthetical after a noun: 男（45）


@dataclass(slots=True)
class _B:
    """A bunsetsu: words ``first``..``last``, its content head, its particle string."""

    first: int
    last: int
    head: int
    particles: str = ""
    comma: bool = False
    kind: str = "noun"  # noun | pred | adv
    adjective: bool = False
    level: int = 0  # the bracket span this bunsetsu is a node of (0: the sentence)
    end: int = -1  # the last bunsetsu of that span: where its phrases end up by default
    closes: bool = False  # ends a quotation: a predicate inside it takes no outside argument
    nominal: bool = False  # the head is a noun (予定です is a predicate with a noun head)
    form: str = ""  # for predicates: final | renyou | rentai | quote | clause
    target: int = -1
    label: str = "dep"
    hearsay: bool = False  # a final Vとみられる / Vという: see _hearsay


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """The routing test: a sentence is analysed here only within these limits.

    Calibrated with the events eval (``storyline eval events tests/events/gold`` with
    ``nlp.parser`` hybrid and ginza back to back, 2026-11-23): with the events rules of
    14:25 UTC, limits of 80 chars / 4 predicates / 18 bunsetsu / 2 commas up to 150/8/40/5
    all stayed within 0.01 of GiNZA; with the rules of 14:40 (tuned further on GiNZA's
    trees) 100/5/24/3 and 120/6/30/4 lost 0.024 precision and 0.021 recall, 80/4/18/2 only
    0.005 and 0.003. The defaults are therefore the strict set; loosen them (more
    sentences to the rules, faster) only after rerunning that comparison.
    ``allow_brackets`` lets 【】［］〈〉《》“” through (tests only).
    """

    max_chars: int = 80
    max_predicates: int = 4
    max_bunsetsu: int = 18
    max_commas: int = 2
    allow_brackets: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """The result for one sentence: tokens (sentence-relative offsets and heads, ``sentence``
    0, as :meth:`Parser.parse` gives them), whether the rules are confident, and why not."""

    tokens: tuple[Token, ...]
    confident: bool
    reasons: tuple[str, ...] = ()
    predicates: int = 0
    bunsetsu: int = 0


@functools.cache
def load_tokenizer() -> Any:
    """Return a SudachiPy tokenizer set up as GiNZA's (core dictionary, SplitMode.C).

    Raises ImportError when SudachiPy or its dictionary is not installed."""
    from sudachipy import Dictionary, SplitMode

    return Dictionary().create(mode=SplitMode.C)


# --------------------------------------------------------------------------- tokens and POS

#: UPOS by Sudachi tag prefix, first match wins; context rules in :func:`_upos` refine it.
#: The choices are the ones GiNZA's morphologizer makes most often on news text.
_POS_BY_TAG: tuple[tuple[str, str], ...] = (
    ("名詞-固有名詞", "PROPN"),
    ("名詞-数詞", "NUM"),
    ("名詞-助動詞語幹", "AUX"),
    ("名詞", "NOUN"),
    ("接尾辞-名詞", "NOUN"),
    ("接頭辞", "NOUN"),
    ("代名詞", "PRON"),
    ("動詞", "VERB"),
    ("形容詞-非自立可能", "AUX"),
    ("助動詞", "AUX"),
    ("形状詞-助動詞語幹", "AUX"),
    ("接尾辞-形容詞的", "AUX"),
    ("形容詞", "ADJ"),
    ("形状詞", "ADJ"),
    ("副詞", "ADV"),
    ("連体詞", "DET"),
    ("接続詞", "CCONJ"),
    ("助詞-接続助詞", "SCONJ"),
    ("助詞-準体助詞", "SCONJ"),
    ("助詞-終助詞", "PART"),
    ("接尾辞", "PART"),
    ("助詞", "ADP"),
    ("補助記号-一般", "SYM"),
    ("補助記号", "PUNCT"),
    ("空白", "SYM"),
)

_DO = frozenset({"する", "いたす", "致す"})


def _words(text: str) -> list[_W]:
    """Sudachi words of ``text`` with GiNZA's tag and lemma conventions."""
    out: list[_W] = []
    for m in load_tokenizer().tokenize(text):
        surface = m.surface()
        if not surface:
            continue
        pos = m.part_of_speech()
        tag = "-".join(x for x in pos[:4] if x != "*")
        w = _W(surface, m.dictionary_form() or surface, tag, m.begin(), m.end())
        w.form = pos[5]
        out.append(w)
    return out


@functools.cache
def _pos_of_tag(tag: str) -> str:
    """The UPOS a Sudachi tag gets before context is looked at (see _POS_BY_TAG)."""
    return next((p for prefix, p in _POS_BY_TAG if tag.startswith(prefix)), "X")


def _upos(words: Sequence[_W]) -> None:
    """Set the UPOS of every word from its tag and neighbours."""
    for k, w in enumerate(words):
        w.pos = _pos_of_tag(w.tag)
        nxt = words[k + 1] if k + 1 < len(words) else None
        prev = words[k - 1] if k else None
        if _conjunctive_noun(words, k):
            w.pos = "SCONJ"  # 始めたものの、 / 協議したうえで: GiNZA's conjunctive mark
        elif prev is not None and prev.pos == "SCONJ" and prev.surface in _CONJUNCTIVE_NOUNS:
            w.pos = "SCONJ"  # the の of ものの, the で of うえで: fixed to it (see _inner)
        elif (
            w.surface == "か"
            and w.tag == "助詞-副助詞"
            and prev is not None
            and prev.pos in ("VERB", "AUX")
            and nxt is not None
            and nxt.surface in ("は", "が", "を", "も")
        ):
            w.pos = "PART"  # 守られるかは: the question marker, GiNZA's PART (mark)
        elif w.surface in _ADVERB_NOUNS and nxt is not None and _is_stem(nxt):
            w.pos = "ADV"  # それぞれ会談した / 近く訪問する: a bare adverbial noun is an adverb
        elif (
            w.tag.startswith("動詞-一般")
            and w.form.startswith("連用形")
            and nxt is not None
            and nxt.tag == "助動詞"
            and nxt.lemma == "だ"
            and prev is not None
            and prev.tag.startswith("名詞")
        ):
            w.pos = "NOUN"  # 3点止まりだった: a verb's 連用形 as a noun before the copula
        elif w.tag.startswith("名詞-普通名詞-サ変"):
            # 会談し / 提起いたします: GiNZA makes the verbal noun the verb, する its auxiliary
            w.pos = "VERB" if nxt is not None and nxt.lemma in _DO else "NOUN"
        elif w.tag.startswith("名詞-普通名詞-形状詞可能") and nxt is not None and nxt.lemma == "だ":
            w.pos = "ADJ"  # 全面的な
        elif (
            w.tag.startswith("動詞-非自立可能") and prev is not None and prev.tag.startswith("名詞")
        ):
            w.pos = "AUX"  # the する of 会談する
        elif (
            w.surface == "とも"
            and w.pos == "NOUN"
            and prev is not None
            and prev.pos in ("NOUN", "PROPN")
        ):
            w.pos = "ADP"  # 大統領とも: Sudachi reads a noun, GiNZA the particles と+も
        elif (
            w.surface == "と"
            and w.pos == "SCONJ"
            and prev is not None
            and prev.pos in ("VERB", "AUX")
            and prev.surface != "ます"
            and not (prev.lemma == "よる" and k >= 2 and words[k - 2].surface == "に")
        ):
            w.pos = "ADP"  # 始めると発表: the quotation と, a case particle to GiNZA
        elif (
            w.tag == "助動詞"
            and w.surface == "で"
            and prev is not None
            and prev.pos != "VERB"
            and (nxt is None or nxt.pos != "SCONJ")
            and (nxt is None or nxt.surface not in ("、", "，"))
        ):
            # 場で: Sudachi's copula で is a case particle to GiNZA; before a comma
            # (見込みで、 / 計画で、) it stays the copula (cop, the noun advcl), as GiNZA has it
            w.pos = "ADP"


#: Nouns that after a verb's 連体形 make its clause conjunctive when the given word follows
#: (始めたものの、: "although"; 聞いたうえで: "after"). Sudachi reads a noun and a case
#: particle; GiNZA reads SCONJ (mark of the verb) with the particle fixed to it, and the
#: clause is an advcl of the next predicate.
_CONJUNCTIVE_NOUNS = {"もの": "の", "うえ": "で"}

#: Sudachi 副詞可能 nouns that GiNZA tags ADV (advmod of the predicate) when written bare
#: right before another content word. On the bench corpus sentences: それぞれ 9 of 9 ADV,
#: 近く 3 of 4, ほとんど and すべて 1 of 1 (while 昨年, 来年, 過去, 同日, 今週 ... before a
#: noun stay NOUN compounds, so the rule is per word, not per tag).
_ADVERB_NOUNS = frozenset({"それぞれ", "近く", "ほとんど", "すべて"})

#: Sudachi 副詞可能 nouns that end their bunsetsu when another content word follows right
#: after them (修正のうえ可決された, 拘束されたまま死亡した): GiNZA makes them the head of a
#: phrase of their own, obl of the predicate, not a compound part of the next word.
_PHRASE_END_NOUNS = frozenset({"うえ", "まま", "あと", "うち"})


def _is_stem(w: _W) -> bool:
    """True for a word that can be a bunsetsu's stem (not a particle, auxiliary or symbol),
    judged by its tag alone (the word after the current one has no UPOS yet)."""
    return _pos_of_tag(w.tag) in ("NOUN", "PROPN", "VERB", "NUM", "ADJ", "PRON")


def _conjunctive_noun(words: Sequence[_W], k: int) -> bool:
    """True when word ``k`` is もの of Vたものの、 or うえ of Vたうえで (see _CONJUNCTIVE_NOUNS):
    after a verb or auxiliary, followed by its particle (and, for ものの, by a comma, so
    that 寄せられたものの多く "many of the things sent" stays a noun)."""
    w = words[k]
    after = _CONJUNCTIVE_NOUNS.get(w.surface)
    if after is None or not 0 < k < len(words) - 1 or words[k + 1].surface != after:
        return False
    if words[k - 1].pos not in ("AUX", "VERB") or not words[k - 1].form.startswith("連体形"):
        return False
    return w.surface != "もの" or (k + 2 < len(words) and words[k + 2].surface in ("、", "，"))


#: こと + particle + verb after a verb's 連体形 that GiNZA reads as one modal expression on
#: that verb (決めることになった, 成立させることができた): こと compound of the verb, the
#: particle and the verb fixed to こと, the verb of the clause staying the predicate.
_KOTO_EXPRESSIONS = {"に": frozenset({"なる"}), "が": frozenset({"できる", "出来る"})}


def _koto_expression(words: Sequence[_W], k: int) -> int:
    """For word ``k`` inside a こと-expression (_KOTO_EXPRESSIONS), its offset from こと
    (0 こと, 1 the particle, 2 the verb); -1 outside one."""
    for off in (0, 1, 2):
        j = k - off
        if not 0 < j < len(words) - 2 or words[j].surface != "こと":
            continue
        before, part, verb = words[j - 1], words[j + 1], words[j + 2]
        if (
            before.pos in ("VERB", "AUX")
            and before.form.startswith("連体形")
            and verb.lemma in _KOTO_EXPRESSIONS.get(part.surface, ())
        ):
            return off
    return -1


def _ends_phrase(words: Sequence[_W], k: int) -> bool:
    """True when noun ``k`` ends its bunsetsu though a content word follows (_PHRASE_END_NOUNS
    after の or a verb: 修正のうえ|可決, 拘束されたまま|死亡)."""
    w = words[k]
    if w.surface not in _PHRASE_END_NOUNS or "副詞可能" not in w.tag or k == 0:
        return False
    prev = words[k - 1]
    return prev.surface == "の" or prev.pos in ("AUX", "VERB")


# --------------------------------------------------------------------------- bunsetsu

#: Verbs that are part of a multi-word particle after the given particle (によると,
#: について, に対し, に関する, として, という, をめぐり, を通じて): GiNZA makes them ``fixed``.
_FIXED_AFTER = {
    "に": frozenset({"よる", "つく", "対する", "関する", "伴う", "おく", "基づく", "当たる"}),
    "と": frozenset({"いう", "言う"}),
    "を": frozenset({"巡る", "めぐる", "通ずる", "通じる"}),
}


def _is_content(words: Sequence[_W], k: int) -> bool:
    """True when word ``k`` carries content (starts or continues a bunsetsu's stem)."""
    w = words[k]
    if _middle_dot(words, k):
        return True  # 電気・ガス料金: part of the compound, as GiNZA has it
    if _koto_expression(words, k) >= 0:
        return False  # 決めることになった: the expression belongs to the verb's bunsetsu
    if w.pos in _FUNCTION_POS or w.pos == "SYM" or w.aside:
        return False
    prev = words[k - 1] if k else None
    if w.pos == "VERB" and prev is not None:
        if prev.surface in ("て", "で") and prev.pos == "SCONJ" and w.lemma in _AFTER_TE:
            return False  # していた: the い is fixed to て
        if prev.surface == "つつ" and prev.pos == "SCONJ" and w.lemma == "ある":
            return False  # 取り戻しつつある: ある is fixed to つつ, as GiNZA has it
        if prev.pos == "ADP" and w.lemma in _FIXED_AFTER.get(prev.surface, ()):
            # 発表するという。: a final いう is the hearsay predicate (GiNZA), not fixed
            return prev.surface == "と" and _ends_sentence(words, k)
        if prev.pos == "ADP" and prev.surface == "と" and w.lemma == "する":
            if k + 1 >= len(words) or words[k + 1].surface != "て":
                return True  # 沖を震源とする地震: する heads a clause of its own (acl)
            return not _nominal_before(words, k - 1)  # 条件として (fixed) / 求めたとして
    return True


#: Longest parenthetical (in words, brackets excluded) read as an aside on the noun before it.
#: Asides on the corpus (ages, abbreviations, amounts in yen, Japan time, a title's remit)
#: were 1-5 words; longer ones are explanations with clauses of their own.
MAX_ASIDE_WORDS = 6
_ASIDE_OPEN = frozenset("（(")
_ASIDE_CLOSE = frozenset("）)")


def _mark_asides(words: Sequence[_W]) -> bool:
    """Mark each parenthetical written right after a noun, short and without predicates,
    particles or quotes inside (投手（26）, 委員会（CFIUS）, 約141億ドル（約2兆円）), as an
    aside of that noun. Returns False when a parenthesis is left that is not such an aside."""
    k = 0
    ok = True
    while k < len(words):
        if words[k].surface not in _ASIDE_OPEN:
            if words[k].surface in _ASIDE_CLOSE:
                ok = False
            k += 1
            continue
        end = next((m for m in range(k + 1, len(words)) if words[m].surface in _ASIDE_CLOSE), -1)
        inner = words[k + 1 : end] if end > 0 else []
        noun_before = k > 0 and words[k - 1].pos in ("NOUN", "PROPN", "NUM")
        plain = all(w.pos in ("NOUN", "PROPN", "NUM", "PRON") for w in inner)
        if end < 0 or not inner or not noun_before or not plain or len(inner) > MAX_ASIDE_WORDS:
            ok = False
            k += 1
            continue
        for m in range(k, end + 1):
            words[m].aside = True
        k = end + 1
    return ok


#: Dashes written between the two numbers of a score (3－2で勝った).
_SCORE_DASHES = frozenset({"－", "-", "‐", "−", "–"})


def _middle_dot(words: Sequence[_W], k: int) -> bool:
    """True for a joiner inside a compound: a 中黒 (・) between two nouns (電気・ガス,
    1番・指名打者), or a dash between two plain numbers (a score: 3－2で). GiNZA makes both
    part of the compound (the first number and the dash compound on the last number), which
    is what treating the joiner as a content word gives (see _inner)."""
    if not 0 < k < len(words) - 1 or words[k].aside:
        return False
    before, after, surface = words[k - 1], words[k + 1], words[k].surface
    if surface in _SCORE_DASHES:
        return before.surface.isdigit() and after.surface.isdigit()
    nominal = ("NOUN", "PROPN", "NUM")
    return surface in ("・", "･") and before.pos in nominal and after.pos in nominal


def _ends_sentence(words: Sequence[_W], k: int) -> bool:
    """True when only auxiliaries and punctuation follow word ``k``."""
    return all(_pos_of_tag(w.tag) in ("AUX", "PUNCT") for w in words[k + 1 :])


#: Verbs that, passive (みられる, 思われる) or as a final いう, end a sentence with hearsay:
#: the topic belongs to the quoted clause (連邦検察も、…検討しているとみられる).
_HEARSAY_VERBS = frozenset({"見る", "みる", "思う", "伝える", "いう", "言う"})


def _hearsay(words: Sequence[_W], b: _B) -> bool:
    """True for a final predicate of hearsay after と: Vとみられる / Vと思われる / Vという.
    GiNZA hangs the sentence's topic on the quoted clause and labels that clause ccomp."""
    head = words[b.head]
    if head.lemma not in _HEARSAY_VERBS or b.head == 0 or words[b.head - 1].surface != "と":
        return False
    if head.lemma in ("いう", "言う"):
        return True
    return any(words[k].lemma in ("れる", "られる") for k in range(b.head + 1, b.last + 1))


def _nominal_before(words: Sequence[_W], k: int) -> bool:
    """True when the word right before position ``k`` is a noun (条件|として, not 結果だ|と)."""
    j = k - 1
    while j >= 0 and words[j].surface in _CLOSE:
        j -= 1  # 「善意の表れ」として: the quoted noun counts
    return j >= 0 and words[j].pos in ("NOUN", "PROPN", "NUM", "PRON")


def _chunk(words: Sequence[_W]) -> list[_B]:
    """Cut the words into bunsetsu: a new one starts at a content word written after a
    function word, or after a verb or adjective (開く会議: the verb ends its bunsetsu)."""
    out: list[_B] = []
    content = [_is_content(words, k) for k in range(len(words))]
    start = 0
    for k in range(1, len(words)):
        prev = words[k - 1]
        opening = words[k].surface in _OPEN or words[k].pos == "CCONJ"
        if opening or (
            content[k]
            and prev.surface not in _OPEN
            and (
                not content[k - 1]
                or prev.pos in ("VERB", "ADJ", "ADV", "DET", "CCONJ")
                or _ends_phrase(words, k - 1)
            )
        ):
            out.append(_B(first=start, last=k - 1, head=-1))
            start = k
    if words:
        out.append(_B(first=start, last=len(words) - 1, head=-1))
    for b in out:
        heads = [k for k in range(b.first, b.last + 1) if content[k]]
        b.head = heads[-1] if heads else b.first
    return out


def _inner(words: Sequence[_W], b: _B) -> None:
    """Label the words inside bunsetsu ``b``: stems before the head are compounds (a number
    right before its counter is nummod), function words hang on the head (case, aux, cop,
    mark, punct), and the verbs of multi-word particles and of ている are fixed."""
    h = b.head
    runs = _prefix_runs(words, b.first, h)
    for k in range(b.first, b.last + 1):
        w = words[k]
        if k == h:
            continue
        w.head = h
        koto = _koto_expression(words, k) if k > h else -1
        if koto == 0:
            w.dep = "compound"  # 決めることになった: GiNZA's compound on the verb
        elif koto > 0:
            w.head, w.dep = k - koto, "fixed"
        elif w.aside:
            # 外国投資委員会（CFIUS）は / 投手（26）が: GiNZA flattens the aside onto the noun
            w.dep = "punct" if w.pos == "PUNCT" else "compound"
        elif w.pos == "PUNCT":
            w.dep = "punct"  # 「 hangs on its bunsetsu's head, as 、 and 」 do
        elif k < h and k in runs:
            w.dep = "nmod"  # 米ロ協議 / 日中韓首脳会談: the countries are parties (_prefix_runs)
        elif k < h:
            # 19日 / 175人: nummod; 2兆円, 18日夜: compound (GiNZA's split on news text)
            nummod = w.pos == "NUM" and k + 1 == h and w.surface.isdigit()
            w.dep = "nummod" if nummod else "compound"
            if w.pos in ("ADJ", "DET"):
                w.dep = "amod" if w.pos == "ADJ" else "det"
        elif w.pos == "PUNCT":
            w.dep = "punct"
        elif w.pos == "ADP":
            w.dep = "case"
        elif w.pos == "VERB":  # not content, so fixed: に+よる, て+いる, と+して
            anchor = k - 1
            while anchor > h and words[anchor].dep == "fixed":
                anchor -= 1
            w.head, w.dep = anchor, "fixed"
        elif w.pos == "SCONJ" and words[k - 1].surface in _CONJUNCTIVE_NOUNS and k - 1 > h:
            w.head, w.dep = k - 1, "fixed"  # ものの / うえで: the particle is fixed to the noun
        elif w.pos == "SCONJ":
            fixed_to = _fixed_host(words, k, h)
            if fixed_to >= 0:
                w.head, w.dep = fixed_to, "fixed"
            else:
                w.dep = "mark"
        elif w.pos == "AUX":
            fixed_to = _fixed_host(words, k, h)
            if fixed_to >= 0:
                w.head, w.dep = fixed_to, "fixed"
            elif _copula_on(words[h]) and w.lemma in _COPULA:
                # 予定です, 全面的な: cop after a noun; 新たな, 完全に: aux after 形状詞
                w.dep = "cop"
            else:
                w.dep = "aux"
        elif w.pos == "PART":
            w.dep = "mark"
        else:
            w.dep = "dep"


def _copula_on(head: _W) -> bool:
    """True when だ/です/な after ``head`` is its copula (cop): after a noun (予定です,
    3点止まりだった), but not after a noun Sudachi marks 形状詞可能 (安全な航行, 必要だ,
    不透明だ), which GiNZA more often reads as an adjective with an auxiliary (on the bench
    sentences LAS 92.70% -> 92.71%; on the events stories gold, cop on 安全な航行 dated an
    agreement by the wrong clause and made a false date disagreement)."""
    if "形状詞可能" in head.tag:
        return False
    return head.tag.startswith(("名詞", "代名詞", "接尾辞-名詞")) or head.pos == "NOUN"


@functools.cache
def _prefix_chars() -> frozenset[str]:
    """The one-character country prefixes of ``data/kb_prefixes.tsv`` (米, ロ, 日, 中, 韓 ...),
    the same table the actor linker reads its prefix runs (日米, 米ロ) from."""
    from storyline.nlp.kb import read_data

    rows = (line.split("\t")[0] for line in read_data("kb_prefixes.tsv").splitlines())
    return frozenset(c for c in rows if len(c) == 1 and not c.startswith("#"))


def _prefix_runs(words: Sequence[_W], first: int, head: int) -> set[int]:
    """Words before the bunsetsu head that together spell a run of two or more country
    prefixes (米ロ協議, 日中|韓首脳会談, 日|米豪|印首脳会合): those words are labelled nmod,
    not compound. A compound part reads to the events stage as a mere modifier (米メディア),
    which would drop the second country of 米ロ協議 as a party; GiNZA's own label for such
    a run varies (compound, and ADJ/acl in 開かれる米ロ協議), so the rules choose the
    reading the events stage needs. A run needs one common-noun word of two prefixes or
    more, so 3日中に (a number before 日中) or a lone 米 (米メディア) are not runs, and (since
    version 4) an event or agent noun after it (米ロ協議, 米中両政府; not 日米同盟)."""
    chars = _prefix_chars()
    out: set[int] = set()
    if not _party_noun(words, first, head):
        return out  # 日米同盟, 米中関係: the countries only modify the noun (compound)
    k = first
    while k < head:
        m = k
        while m < head and words[m].surface and set(words[m].surface) <= chars:
            m += 1
        run = range(k, m)
        if (
            sum(len(words[j].surface) for j in run) >= 2
            and any(
                len(words[j].surface) >= 2 and words[j].tag.startswith("名詞-普通名詞") for j in run
            )
            and (k == 0 or words[k - 1].pos != "NUM")
        ):
            out.update(run)
        k = max(m, k + 1)
    return out


@functools.cache
def _party_heads() -> frozenset[str]:
    """Titles and head nouns of ``data/kb_titles.tsv`` (外相, 大統領, 政府, 当局 ...): nouns
    whose country prefixes name the parties (米中両政府, 日韓外相)."""
    from storyline.nlp.kb import read_data

    rows = (line.split("\t") for line in read_data("kb_titles.tsv").splitlines())
    return frozenset(r[0] for r in rows if len(r) >= 3 and r[2] in ("title", "head"))


def _party_noun(words: Sequence[_W], first: int, head: int) -> bool:
    """True when the compound ``first..head`` names an event or an agent: it contains an
    event cue (協議, 首脳会談: the bundled ``data/event_cues.txt``) or ends in a title or
    head noun (_party_heads), so that a prefix run before it names the parties. Before
    other nouns (日米同盟の強化を確認し, 米中関係) GiNZA's compound is kept: read as parties,
    the countries made confirming an alliance an agreement between them (events gold)."""
    from storyline.nlp.parser import load_event_cues  # parser imports this module

    if words[head].surface in _party_heads():
        return True
    return load_event_cues().find("".join(w.surface for w in words[first : head + 1])) is not None


def _fixed_host(words: Sequence[_W], k: int, h: int) -> int:
    """For an auxiliary or て after the verb of a multi-word particle (により*ます*と,
    につい*て*, とし*て*): the particle it is fixed to, else -1."""
    prev = words[k - 1]
    if prev.dep != "fixed" or k - 1 <= h:
        return -1
    if words[k].pos == "SCONJ" and words[k].surface not in ("て", "で", "と"):
        return -1
    # によると: と is fixed to the particle like よる; in によりますと it is the phrase's mark
    # (ます comes between, and is no fixed word: below)
    if words[k].surface == "ます":
        return -1  # によりますと: GiNZA makes ます an aux of the noun, not part of the particle
    host = prev.head
    return host if words[host].pos == "ADP" else -1


def _describe(words: Sequence[_W], b: _B, final: bool) -> None:
    """Fill the bunsetsu's particle string, comma flag, kind (noun or predicate) and, for a
    predicate, its form: final | renyou | rentai | quote | clause | nominal."""
    tail = [words[k] for k in range(b.head + 1, b.last + 1)]
    b.comma = any(w.surface in ("、", "，", ",") for w in tail)
    b.particles = "".join(w.surface for w in tail if w.pos in ("ADP", "SCONJ") and w.dep != "fixed")
    head = words[b.head]
    has_cop = any(w.dep == "cop" for w in tail)
    is_pred = head.pos in ("VERB", "ADJ") or has_cop
    if head.pos == "ADJ" or head.tag.startswith("形状詞"):
        is_pred = True
    b.kind = "pred" if is_pred else "noun"
    b.adjective = head.pos == "ADJ"
    b.nominal = head.pos in ("NOUN", "PROPN", "PRON", "NUM")
    if not is_pred:
        return
    if b.adjective and not final and b.particles.endswith("の") and b.particles != "もの":
        b.kind = "noun"  # 早めの避難: an adjectival noun with の modifies like a noun
        return
    last_fn = next((w for w in reversed(tail) if w.pos != "PUNCT"), head)
    if (
        not final
        and head.pos == "ADJ"
        and (last_fn.surface == "に" or (last_fn is head and head.form.startswith("連用形")))
    ):
        b.kind = "adv"  # 正式に / 大きく: modifies the next predicate, takes no arguments
        return
    if final:
        b.form = "final"
        b.hearsay = _hearsay(words, b)
    elif b.particles.endswith("の") and last_fn.pos == "ADP":
        b.form = "nominal"  # 停戦を求めるとの声 / 会談したのは
    elif last_fn.pos == "ADP" and last_fn.surface == "と":
        b.form = "quote"
    elif last_fn.pos == "ADP":
        b.form = "nominal"
    elif last_fn.pos == "SCONJ" and last_fn.surface in ("て", "で", "ながら", "つつ"):
        # 取り入れながら: like て, ながら chains on; the topic is the main predicate's
        b.form = "renyou"
    elif last_fn.pos == "SCONJ":
        b.form = "clause"
    elif b.adjective and last_fn.form.startswith("連体形"):
        b.form = "rentai"  # 新たな、公正な審査: adjectives in a row, each on the noun
    elif b.comma or last_fn.form.startswith("連用形") or last_fn.surface in ("ず", "に", "よう"):
        # 履行するよう求めた: よう (without に) makes the clause adverbial, as ように does
        b.form = "renyou"
    else:
        b.form = "rentai"


# --------------------------------------------------------------------------- attachment

#: Case particles that decide an argument's label (the first of them in the phrase counts).
_CASES = frozenset({"が", "を", "に", "で", "と", "から", "へ", "まで", "より", "は", "も"})
_TOPIC = frozenset({"は"})
#: Particles after a predicate that make its clause adverbial (発足させてから, 受けるまで,
#: 目指すには): advcl on the next predicate, as GiNZA labels them.
_ADVERBIAL = frozenset({"から", "まで", "には", "ので", "までに", "ても", "でも", "とも"})
_COORD = frozenset({"と", "や"})


def _particles(words: Sequence[_W], b: _B) -> list[str]:
    """The case-particle surfaces after the head of ``b``, in order (no fixed words)."""
    return [
        words[k].surface
        for k in range(b.head + 1, b.last + 1)
        if words[k].pos == "ADP" and words[k].dep == "case"
    ]


def _is_time(words: Sequence[_W], b: _B) -> bool:
    """True for a bare time or number phrase (19日、 / 175人 / 今週): it modifies the
    predicate (obl) without a particle."""
    stem = [words[k] for k in range(b.first, b.head + 1)]
    return any(w.pos == "NUM" for w in stem) or "副詞可能" in words[b.head].tag


def _later(bs: Sequence[_B], i: int) -> Iterator[int]:
    """The bunsetsu after ``i`` that it may depend on: those of its own bracket span (a
    quotation 「…」 is a clause of its own, seen from outside only through its last
    bunsetsu), up to the span's last one."""
    level, end = bs[i].level, bs[i].end
    for j in range(i + 1, end + 1):
        if bs[j].level == level or j == end:
            yield j


def _spans(words: Sequence[_W], bs: Sequence[_B]) -> bool:
    """Give each bunsetsu its bracket span (``level``) and the last bunsetsu of that span
    (``end``): 「 opens a span in the bunsetsu it starts, the matching 」 closes it in the
    bunsetsu that ends with it. Returns False when the quotes do not pair up."""
    stack = [0]
    ends: dict[int, int] = {0: len(bs) - 1}
    spans = 0
    for n, b in enumerate(bs):
        for k in range(b.first, b.last + 1):
            ch = words[k].surface
            if ch in _OPEN:
                spans += 1
                stack.append(spans)
            elif ch in _CLOSE:
                if len(stack) == 1:
                    return False
                ends[stack.pop()] = n
                b.closes = True
        b.level = stack[-1]
    if len(stack) != 1:
        return False
    for b in bs:
        b.end = ends[b.level]
    return True


#: Heads of bare phrases that give a time (23日、 / 午後 / 来月 / 上旬).
_TIME_HEADS = ("日", "月", "年", "時", "分", "週", "夜", "朝", "午前", "午後", "未明", "末", "旬")


def _is_date(words: Sequence[_W], b: _B) -> bool:
    """True when a bare phrase names a time rather than an amount."""
    head = words[b.head]
    return head.surface.endswith(_TIME_HEADS) or "副詞可能" in head.tag


def _next(bs: Sequence[_B], i: int, *, kind: str, skip_rentai: bool = False) -> int:
    """The first bunsetsu after ``i`` of ``kind`` (with ``skip_rentai``, not a predicate
    that modifies a noun); the last bunsetsu when there is none."""
    for j in _later(bs, i):
        b = bs[j]
        if b.kind != kind or (skip_rentai and b.form in ("rentai", "nominal")):
            continue
        if kind == "pred" and b.closes:
            continue  # 記者団に「…広げたい」と述べた: 記者団に is the reporting verb's
        if kind == "pred" and b.adjective and b.form == "rentai":
            continue  # 会見で新しい対策を発表: an adjective on a noun takes no arguments here
        return j
    return bs[i].end


def _subject_clause(b: _B) -> bool:
    """True for a clause made a subject by の (修正するのは / 倒れているのが: csubj)."""
    return b.particles.removeprefix("て").startswith(("のは", "のが"))


def _noun_next(bs: Sequence[_B], i: int) -> int:
    """The noun an の-phrase modifies: the first later bunsetsu whose head is a noun, also
    when a copula makes it a predicate (協議の結果だとしている: 結果, as GiNZA has it; a
    verb's relative clause in between is skipped: 米国の提案した案 -> 案)."""
    for j in _later(bs, i):
        if bs[j].kind == "noun" or (bs[j].kind == "pred" and bs[j].nominal):
            return j
    return bs[i].end


def _main(bs: Sequence[_B], i: int) -> int:
    """The predicate a topic (Xは) or a comma-set subject belongs to: the first later one
    that ends a clause (final, or a clause ended by が/ので/ため ...). GiNZA is split on a
    連用 clause with a comma in between (両社は…開き、…決めた: on 開き 54 times of 76 on the
    corpus), but the events rules read a topic on the main predicate as shared by every
    chained clause, so that is where it goes (measured: fewer participant errors)."""
    last_pred = -1
    oblique = "は" in bs[i].particles and not bs[i].particles.startswith("は")
    for j in _later(bs, i):
        b = bs[j]
        if oblique and b.form == "nominal" and _subject_clause(b):
            return j  # 夕方には…倒れているのが見つかった: the time is the clause's (GiNZA)
        if b.hearsay and last_pred == j - 1 and bs[last_pred].form == "quote":
            return last_pred  # 連邦検察も、…検討しているとみられる: the topic is the quote's
        if b.kind == "pred" and b.form in ("final", "clause") and not b.closes:
            return j
        if b.kind == "pred" and b.form in ("renyou", "quote"):
            last_pred = j
        if b.kind == "noun" and last_pred >= 0 and b.particles.startswith(("は", "が")):
            # 日産はこれを受け入れず、両社は…発表した / 指示は…出され、約1900世帯が対象と
            # なっている: a new subject after a 連用 clause opens a new clause
            return last_pred
    return bs[i].end


def _comma_target(
    bs: Sequence[_B], i: int, *, skip_quote: bool = True, source: bool = False
) -> int:
    """The predicate a phrase set off by a comma (19日、 / Xに対し、) belongs to: the first
    later one that is not a relative clause or a quotation, except a relative clause on the
    sentence's final noun (交換する予定です: 交換 is the real predicate)."""
    last = bs[i].end
    subject = False
    for j in _later(bs, i):
        b = bs[j]
        if b.kind == "noun" and b.particles.startswith("が") and not source:
            # 本会議で、与党が賛成し、可決された: a new subject opens a clause; not for a
            # source (市によると、1人の死亡が確認され、…: GiNZA's first predicate)
            subject = True
        if b.kind != "pred" or b.closes or (subject and b.form == "renyou"):
            continue
        if b.form in ("rentai", "nominal") and not (j + 1 == last and bs[last].nominal):
            continue
        if b.form == "quote" and skip_quote:
            continue  # 23日、…始めると発表した: the date is the announcement's
        return j
    return last


def _yo_clause(words: Sequence[_W], b: _B) -> bool:
    """True for a clause ending in よう (報告するよう求めた): the content of a request."""
    return any(
        words[k].surface == "よう" and words[k].pos == "AUX" for k in range(b.head, b.last + 1)
    )


def _renyou_target(
    words: Sequence[_W], bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]
) -> int:
    """The predicate a 連用 clause with a comma chains to (会談し、…停止することで合意した ->
    合意): the next one that is not a relative clause, unless both clauses name their own
    subject with が (米国が提案し、ウクライナが表明していた停戦: parallel relative clauses)."""
    k = i - 1
    own = False
    while k >= 0 and not bs[k].comma and bs[k].kind != "pred":
        own = own or (bool(ps[k]) and ps[k][0] == "が")
        k -= 1
    subject = False
    for j in _later(bs, i):
        b = bs[j]
        if b.kind == "noun" and ps[j] and ps[j][0] in ("が", "は"):
            subject = True
        if b.closes:
            continue
        if b.kind == "pred" and _yo_clause(words, b):
            continue  # 批判し、…報告するよう求めた: the chain goes on to 求めた
        if b.kind == "pred" and (b.form not in ("rentai", "nominal") or (subject and own)):
            return j
        if b.form == "rentai" and j + 1 == bs[i].end and bs[bs[i].end].nominal:
            return j  # 閣議を開き、合意を承認する見通しだ: 承認 is the real predicate
    return bs[i].end


def _np_head(bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]) -> int:
    """The head bunsetsu of the noun phrase that starts after ``i`` (AとBの代表団が ->
    代表団), for coordination."""
    for j in _later(bs, i):
        modifier = (bs[j].kind == "noun" and ps[j] and ps[j][-1] == "の") or bs[j].form == "rentai"
        if not modifier:
            return j
    return bs[i].end


def _rentai_target(
    words: Sequence[_W], bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]
) -> int:
    """The noun a relative clause describes: the next noun when it is a common noun with の
    (開いた協議の結果: the talks were held, GiNZA's attachment), else the head of the noun
    phrase (示した日産の子会社化案: a name before の is not what the clause describes)."""
    if i + 1 < len(bs):
        nxt = bs[i + 1]
        head = words[nxt.head]
        if (
            nxt.kind == "noun"
            and ps[i + 1] == ["の"]
            and head.pos == "NOUN"
            and not nxt.comma
            and not _is_time(words, nxt)
        ):
            return i + 1  # (not 示した30日間の停戦案: an amount or date is not described)
    return _np_head(bs, i, ps)


def _coordinated(
    words: Sequence[_W], bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]
) -> bool:
    """True when ``AとB`` / ``AやB`` joins two nouns rather than naming a partner (Xと会談):
    the next bunsetsu is a noun phrase, and for と both heads are proper names or both
    common nouns of the same kind, with B marked like an argument (が/は/を/の/も)."""
    if i + 1 >= len(bs):
        return False
    if ps[i][-1] == "や":  # 停戦や恒久的な和平: や joins nouns, adjectives may come between
        return bs[_np_head(bs, i, ps)].kind == "noun"
    if bs[i + 1].kind != "noun" or bs[i].comma:
        return False  # ウクライナと、24日にロシアと: parallel partners, not one noun phrase
    j = _np_head(bs, i, ps)
    if (
        bs[j].kind != "noun"
        or not ps[j]
        or ps[j][0] not in ("が", "は", "を", "も", "の", "に", "で")
    ):
        return False
    a, b = words[bs[i].head], words[bs[j].head]
    if a.pos == "PROPN" and b.pos == "PROPN":
        return True  # ロシアとウクライナが
    if a.pos == "PROPN" or b.pos == "PROPN":
        # トランプ大統領とロシアのプーチン大統領: a name and a titled name, both people;
        # 与党と日本維新の会: neither a person. A date is nobody's partner (ウクライナと24日に).
        if _is_time(words, bs[i]) or _is_time(words, bs[j]):
            return False
        return _person(words, bs[i]) == _person(words, bs[j])
    return a.tag == b.tag


def _person(words: Sequence[_W], b: _B) -> bool:
    """True when the stem of ``b`` holds a person's name (プーチン大統領, 岸田氏)."""
    return any("人名" in words[k].tag for k in range(b.first, b.head + 1))


def _label(ps: Sequence[str]) -> str:
    """The label of a case-marked argument from its first case particle."""
    first = next((p for p in ps if p in _CASES), "")
    return {"が": "nsubj", "は": "nsubj", "も": "nsubj", "を": "obj"}.get(first, "obl")


def _target(
    words: Sequence[_W], bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]
) -> tuple[int, str, str]:
    """The bunsetsu ``i`` depends on, the label, and a doubt ('' when the rule is sure)."""
    b, p, head = bs[i], ps[i], words[bs[i].head]
    if head.pos == "CCONJ":
        if _between_nouns(words, bs, i):
            return i + 1, "cc", ""  # 当社及びUSスチール: 及び is the second noun's cc
        return b.end, "cc", ""
    if i + 1 < len(bs) and _between_nouns(words, bs, i + 1) and not p:
        return _np_head(bs, i + 1, ps), "nmod", ""  # 当社|及び|USスチールは: A on B
    if head.pos == "DET":
        return _next(bs, i, kind="noun"), "det", ""
    if head.pos == "ADV":
        if i + 1 < len(bs) and words[bs[i + 1].first].pos == "NUM":
            return i + 1, "advmod", ""  # およそ2兆円: the adverb bounds the number
        return _next(bs, i, kind="pred"), "advmod", ""
    if b.kind == "adv":
        return _next(bs, i, kind="pred"), "advcl", ""
    if b.kind == "pred":
        return _pred_target(words, bs, i, ps)
    if not p:
        if _is_time(words, b):
            # 23日、…始めると発表した: a date with a comma is the announcement's; an amount
            # (1株55ドル、) stays with the nearer predicate
            dated = _is_date(words, b)
            j = _comma_target(bs, i, skip_quote=dated) if b.comma else _next(bs, i, kind="pred")
            return j, "obl", ""
        doubt = "list" if b.comma else "bare noun"
        return _next(bs, i, kind="noun"), "nmod", doubt
    if p[-1] == "の":
        return _noun_next(bs, i), "nmod", ""
    fixed = [words[k] for k in range(b.head + 1, b.last + 1) if words[k].dep == "fixed"]
    if fixed and fixed[-1].pos == "VERB" and fixed[-1].form.startswith("連体形"):
        return _np_head(bs, i, ps), "nmod", ""  # 日本製鉄による…買収計画: like an の-phrase
    if p[-1] in _COORD and _coordinated(words, bs, i, ps):
        # 国連とトルコの仲介: A joins B; トランプ氏とロシアのプーチン氏: A joins the person
        j = _np_head(bs, i, ps)
        return (
            (j if "人名" in words[bs[j].head - 1].tag + words[bs[j].head].tag else i + 1),
            "nmod",
            "",
        )
    if any(x in _TOPIC for x in p) or (p[0] in ("が", "も") and b.comma):
        return _main(bs, i), _label(p), ""
    if b.comma and any(w.lemma == "対する" for w in fixed):
        # 声明はロシアに対し、…停戦に応じ、…履行するよう求めた: the addressee is the main
        # predicate's (GiNZA), not the first chained clause's
        return _main(bs, i), _label(p), ""
    parallel = _parallel_partner(words, bs, i, ps) if b.comma else -1
    if parallel >= 0:
        # 23日にウクライナと、24日にロシアとそれぞれ開いた協議: the first partner belongs where
        # the second one does (placed already: the loop runs right to left)
        return bs[parallel].target, _label(p), ""
    if b.comma:  # 交渉を、中東で始めるとしている: an argument stays in the quotation
        source = any(w.lemma == "よる" for w in fixed)
        return _comma_target(bs, i, skip_quote=False, source=source), _label(p), ""
    # XもYになる: も stands for が/は and, like a topic, does not go into a relative clause
    # (only a bare も: 会談以外にも is an oblique and may sit in a relative clause)
    return _next(bs, i, kind="pred", skip_rentai=p == ["も"]), _label(p), ""


def _parallel_partner(
    words: Sequence[_W], bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]
) -> int:
    """For a name with と and a comma (ウクライナと、), the next name with と alone in the
    same span (…ロシアと): the two are parallel partners of one predicate. -1 when none."""
    if ps[i] != ["と"] or words[bs[i].head].pos != "PROPN":
        return -1
    for j in _later(bs, i):
        b = bs[j]
        if b.kind == "pred" and b.form not in ("rentai", "nominal"):
            return -1  # a clause ends first: the next と-name is not in the same frame
        if ps[j] == ["と"] and words[b.head].pos == "PROPN" and b.target > j:
            return j
    return -1


def _between_nouns(words: Sequence[_W], bs: Sequence[_B], i: int) -> bool:
    """True when bunsetsu ``i`` is a lone conjunction (及び, または) between two nouns."""
    if not 0 < i < len(bs) - 1 or bs[i].first != bs[i].head:
        return False
    before, after = bs[i - 1], bs[i + 1]
    nominal = ("NOUN", "PROPN")
    return (
        words[bs[i].head].pos == "CCONJ"
        and words[before.head].pos in nominal
        and not before.particles
        and not before.comma
        and words[after.head].pos in nominal
    )


def _projective(bs: Sequence[_B], i: int, j: int) -> int:
    """Move the target ``j`` of bunsetsu ``i`` out past any arc from between them that
    reaches beyond ``j`` (市場で、株は…売られ、…下回った: the topic 株は hangs on 下回った,
    so 市場で cannot stop at 売られ). GiNZA's trees on news are projective, and an arc that
    would cross is almost always a phrase that belongs to the outer clause."""
    moved = True
    while moved:
        moved = False
        for k in range(i + 1, j):
            if bs[k].target > j:
                j, moved = bs[k].target, True
                break
    return j


#: Verbs that close a time span after に (5日にかけて, 3日間にわたり).
_SPAN_VERBS = frozenset({"かける", "わたる", "亘る"})


def _span_verb(words: Sequence[_W], b: _B) -> bool:
    """True for the verb of a time span (23日から24日にかけて, 1時間半にわたって)."""
    return words[b.head].lemma in _SPAN_VERBS and b.head > 0 and words[b.head - 1].surface == "に"


def _framed_predicate(bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]) -> int:
    """The predicate a time span frames: that of the first が-subject after it (5日にかけて
    沿岸でまとまった雨が降る -> 降る, not the relative clause まとまった), as GiNZA hangs
    it; -1 when no subject follows in the span's clause."""
    for j in _later(bs, i):
        if bs[j].kind == "pred" and bs[j].form in ("final", "clause", "quote"):
            return -1
        if bs[j].kind == "noun" and ps[j][:1] == ["が"] and bs[j].target > j:
            return bs[j].target
    return -1


def _pred_target(
    words: Sequence[_W], bs: Sequence[_B], i: int, ps: Sequence[Sequence[str]]
) -> tuple[int, str, str]:
    """Target and label of a predicate bunsetsu by its form."""
    b, p = bs[i], ps[i]
    if _span_verb(words, b) and b.form == "renyou":
        j = _framed_predicate(bs, i, ps)
        if j >= 0:
            return j, "advcl", ""
    if b.form == "rentai":
        # ホンダが示した日産の子会社化案: the clause describes the head of the noun phrase
        return _rentai_target(words, bs, i, ps), "acl", ""
    if b.form == "nominal":
        if p and p[-1] == "の":
            return _next(bs, i, kind="noun"), "nmod", ""
        # 修正するのは…初めてだ / 倒れているのが見つかった (the て of ている counts for nothing):
        # the clause is the subject
        if _subject_clause(b):
            return _main(bs, i), "csubj", ""
        if b.particles in _ADVERBIAL:
            return _next(bs, i, kind="pred", skip_rentai=b.comma), "advcl", ""
        if any(words[k].pos == "PART" and words[k].surface == "か" for k in range(b.head, b.last)):
            # 合意がどこまで守られるかは不透明だ: an embedded question, GiNZA's advcl (か mark)
            return _next(bs, i, kind="pred"), "advcl", ""
        return _next(bs, i, kind="pred"), "advcl", "nominal clause"
    if b.form == "quote":
        j = _next(bs, i, kind="pred")
        return j, "ccomp" if bs[j].hearsay else "advcl", ""
    if b.comma:
        return _renyou_target(words, bs, i, ps), "advcl", ""
    return _next(bs, i, kind="pred"), "advcl", ""


# --------------------------------------------------------------------------- the analysis

#: Quotation marks the rules handle (the inside is analysed as a clause of its own), and the
#: other brackets, which send the sentence to GiNZA (parenthetical ages, readings, sources).
_OPEN = frozenset("「『")
_CLOSE = frozenset("」』")
_BRACKETS = frozenset('【】［］[]〈〉《》“”"')


def _crossing(bs: Sequence[_B]) -> bool:
    """True when two arcs between bunsetsu cross (a non-projective tree: a sign of a wrong
    attachment, since GiNZA's trees on news are projective). Arcs inside a bunsetsu are
    local and cannot cross these."""
    arcs = [(n, b.target) for n, b in enumerate(bs[:-1])]
    return any(a < c < b < d for a, b in arcs for c, d in arcs)


def _text_doubts(text: str, limits: Limits) -> list[str]:
    """Why the sentence should go to GiNZA, from its characters alone (checked first, so a
    refused sentence costs no analysis)."""
    out: list[str] = []
    if len(text) > limits.max_chars:
        out.append("long")
    if any(c.isspace() for c in text):
        out.append("whitespace")
    if not limits.allow_brackets and any(c in _BRACKETS for c in text):
        out.append("brackets")
    if "ではなく" in text or "でなく" in text:
        out.append("contrast")  # XではなくY: GiNZA's own construction (cop + fixed)
    return out


def _doubts(words: Sequence[_W], bs: Sequence[_B], limits: Limits) -> list[str]:
    """Why the analysed sentence should go to GiNZA (empty when the rules can take it)."""
    out: list[str] = []
    if any(
        w.pos in ("SYM", "X") and not w.aside and not _middle_dot(words, k)
        for k, w in enumerate(words)
    ):
        out.append("symbols")
    if any(
        "は" in b.particles and words[bs[n + 1].first].surface in _OPEN
        for n, b in enumerate(bs[:-1])
    ):
        out.append("topic before quote")  # 協議は「始まったばかりだ」と述べ: whose topic?
    predicates = sum(b.kind == "pred" for b in bs)
    if predicates > limits.max_predicates:
        out.append("predicates")
    if len(bs) > limits.max_bunsetsu:
        out.append("bunsetsu")
    if sum(w.surface in ("、", "，") for w in words) > limits.max_commas:
        out.append("commas")
    if bs and words[bs[0].first].pos == "PUNCT" and words[bs[0].first].surface not in _OPEN:
        out.append("starts with punctuation")
    out.extend(_word_doubts(words))
    return out


def _word_doubts(words: Sequence[_W]) -> list[str]:
    """Word sequences whose reading GiNZA decides from context the rules do not see:
    Sudachi's copula で before a comma (発表する予定で、: GiNZA's cop + advcl, or a case
    particle), and a verb's 連用形 right before a noun (立ち入り検査: GiNZA's compound noun,
    or a clause ending without a comma)."""
    out: list[str] = []
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if w.pos == "VERB" and w.form.startswith("連用形") and nxt.tag.startswith("名詞-普通"):
            out.append("verb before noun")
    return out


def _noun_predicate(words: Sequence[_W], b: _B) -> bool:
    """True for a predicate whose head is a noun: with a copula (3点止まりだった), or a bare
    noun ending the sentence (…投げて1失点。). A noun with a particle (打ち切りに。) is not:
    GiNZA keeps advcl on it."""
    if words[b.head].pos not in _NOMINAL_POS:
        return False
    return b.kind == "pred" or (b.target < 0 and not b.particles)


def _dislocate(words: Sequence[_W], bs: Sequence[_B]) -> None:
    """Relabel a は-topic ``dislocated`` when a が-subject written after it depends on the
    same predicate (カブスは鈴木選手が出場した / 同社は社長が辞任した), as GiNZA labels it
    (every such case in our checks); the topic is then no subject of that predicate."""
    for n, b in enumerate(bs[:-1]):
        head = words[b.head]
        if head.dep != "nsubj" or not b.particles.startswith("は"):
            continue
        if any(
            bs[m].target == b.target
            and bs[m].particles.startswith("が")
            and words[bs[m].head].dep == "nsubj"
            for m in range(n + 1, b.target)
        ):
            head.dep = "dislocated"


def _topic_in_quote(words: Sequence[_W], bs: Sequence[_B]) -> bool:
    """True when a predicate got two subjects and the later one passes over a quoted clause
    on its way (トランプ氏も、合意は自らの功績だと主張した: GiNZA puts 合意は inside the
    quotation, on 功績). Two subjects alone are common and fine (XはYが降らず); across a
    と-clause the second one usually belongs to that clause."""
    seen: set[int] = set()
    for n, b in enumerate(bs[:-1]):
        if words[b.head].dep != "nsubj" or _is_time(words, b):
            continue  # 23日も、…と非難し合った: a date with も is no subject
        if b.target in seen and any(bs[j].form == "quote" for j in range(n + 1, b.target)):
            return True
        seen.add(b.target)
    return False


def _oblique_over_quote(bs: Sequence[_B]) -> bool:
    """True when a topic-marked oblique (場合には / 会見では) was put on a predicate past a
    quoted clause (…場合には、…を求めるとしている): GiNZA often puts it inside the quotation,
    on 求める, and which one is meant changes what the events stage reads."""
    for n, b in enumerate(bs[:-1]):
        if b.kind != "noun" or "は" not in b.particles or b.particles.startswith("は"):
            continue
        if any(bs[j].form == "quote" and bs[j].level == b.level for j in range(n + 1, b.target)):
            return True
    return False


def _copula_de(words: Sequence[_W], bs: Sequence[_B]) -> bool:
    """True for a noun with で and a comma right after a relative clause on it (発表する
    予定で、 / 続ける方針で、): GiNZA reads that で as the copula (cop, the noun advcl), the
    rules as a case particle."""
    for n in range(1, len(bs)):
        b, prev = bs[n], bs[n - 1]
        if b.kind == "noun" and b.comma and b.particles == "で" and prev.form == "rentai":
            return True
    return False


def analyze(text: str, limits: Limits | None = None) -> Analysis:
    """Analyse one sentence; return its tokens and whether the rules are confident.

    Offsets and heads are relative to ``text``. Never raises for odd input: a blank text
    gives no tokens (confident), and anything unusual only lowers the confidence; a sentence
    refused on its characters alone (too long, brackets, whitespace) is not analysed at all
    and gets no tokens. Raises ImportError when SudachiPy is not installed.
    """
    limits = limits or Limits()
    if not text.strip():
        return Analysis(tokens=(), confident=True)  # as the parser answers a blank sentence
    early = _text_doubts(text, limits)
    if early:
        return Analysis(tokens=(), confident=False, reasons=tuple(early))
    words = _words(text)
    _upos(words)
    if not _mark_asides(words):
        return Analysis(tokens=(), confident=False, reasons=("brackets",))
    bs = _chunk(words)
    if not _spans(words, bs):
        return Analysis(tokens=(), confident=False, reasons=("unpaired quotes",))
    for b in bs:
        _inner(words, b)
    for n, b in enumerate(bs):
        _describe(words, b, final=n == len(bs) - 1)
    ps = [_particles(words, b) for b in bs]
    doubts = _doubts(words, bs, limits)
    # Right to left, so that the arcs of later bunsetsu are known when an earlier one is
    # placed and the tree can be kept projective (see _projective).
    for n in range(len(bs) - 2, -1, -1):
        j, label, doubt = _target(words, bs, n, ps)
        bs[n].target = j = _projective(bs, n, j)
        if label == "advcl" and _noun_predicate(words, bs[j]):
            # 出場したが、反撃も3点止まりだった / 3回を投げて1失点。: GiNZA calls a clause on
            # a noun predicate acl (a noun with a copula, or a bare noun ending the sentence)
            label = "acl"
        words[bs[n].head].head, words[bs[n].head].dep = bs[j].head, label
        if doubt:
            doubts.append(doubt)
    root = words[bs[-1].head]
    root.head, root.dep = bs[-1].head, "ROOT"
    _dislocate(words, bs)
    if _crossing(bs):
        doubts.append("crossing")
    if _topic_in_quote(words, bs):
        doubts.append("topic in quote")
    if _copula_de(words, bs):
        doubts.append("copula de")
    if _oblique_over_quote(bs):
        doubts.append("oblique topic over quote")
    tokens = tuple(
        make_token(k, 0, w.start, w.end, w.surface, w.lemma, w.pos, w.tag, w.dep, w.head)
        for k, w in enumerate(words)
    )
    return Analysis(
        tokens=tokens,
        confident=not doubts,
        reasons=tuple(dict.fromkeys(doubts)),
        predicates=sum(b.kind == "pred" for b in bs),
        bunsetsu=len(bs),
    )
