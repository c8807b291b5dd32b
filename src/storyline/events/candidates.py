"""Find event predicates in a parsed sentence: a trigger from the lexicon that is a verb, a
verbal noun with a light verb (会談を行った, 合意に達した, 開かれる協議), or a sentence-final
noun (体言止め). A trigger in the complement of another trigger (停止することで合意) is
folded into that one; a background reference (2月12日以来の電話会談) is kept as such.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.events.lexicon import Lexicon, TriggerEntry
from storyline.events.tree import Tree
from storyline.models import TimeExpression, Token

#: Formal nouns that turn a clause into a complement (停止すること, 受け入れるよう).
FORMAL_NOUNS = frozenset({"こと", "の", "よう", "ため", "旨"})

#: する and its humble form: what makes a verbal noun a verb.
DO_VERBS = frozenset({"する", "いたす", "致す"})

#: The particles that tie a verbal noun to its light verb (合意に達した, 会談を行った, 会談が
#: あった, 打ち切りも発表した). The whole particle string must match: について / による /
#: として start with に/と but make the noun a topic or a means (停止について公表した), not
#: the event the verb carries out.
LIGHT_PARTICLES = frozenset({"を", "に", "が", "は", "も", "", "をも", "にも", "には", "では"})

#: Suffixes of a nominal trigger that place a time around it (会談後に開いた会見).
TIME_SUFFIXES = frozenset({"後", "前"})

#: Types whose dated nominal mention (18日の電話会談, 18日の首脳間の合意) is an event of its
#: own. Meetings and agreements are what articles refer back to by date; an attack or an
#: announcement written that way (2022年の侵攻) is context the gold does not time-line.
DATED_MENTION_TYPES = frozenset({"CONSULT", "AGREE"})

#: Dependencies by which a clause is the content of the predicate above it (not a clause
#: of its own, which advcl/conj are: 会談し、合意した is two events).
COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "obj", "nsubj", "obl"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A trigger found in a sentence, before its arguments are read.

    ``trigger`` is the head token of the trigger word, ``first`` the index of its first
    token (compounds before it), ``pred`` the token whose clause carries the arguments and
    auxiliaries (the trigger itself, or its light verb), ``via`` how it was found:
    verb | light | acl | root | background.
    """

    entry: TriggerEntry
    trigger: Token
    first: int
    pred: Token
    via: str
    content: str | None = None  # the folded complement trigger (停止 in 停止することで合意)
    # A relative clause folded into the trigger noun it describes (禁止する命令を出した):
    # its words are the event's own arguments.
    absorbed: int | None = None
    denied: bool = False  # a 否定 verb governs it


def match_trigger(tree: Tree, tok: Token, lex: Lexicon) -> tuple[TriggerEntry, int] | None:
    """The longest lexicon entry ending at ``tok`` (compounds before it included), with the
    index of its first token; None when ``tok`` is no trigger."""
    phrase = _phrase_match(tree, tok, lex)
    if phrase is not None:
        return phrase
    start = tree.compound_start(tok.i)
    for k in range(start, tok.i + 1):
        word = "".join(tree.tokens[j].surface for j in range(k, tok.i)) + tok.lemma
        entry = lex.triggers.get(word)
        if entry is None and k < tok.i:
            entry = lex.triggers.get(word[: -len(tok.lemma)] + tok.surface)
        if entry is not None:
            return entry, k
    return None


#: How many words before a trigger a multi-word entry may span (首を縦に振る is 4 words
#: before the verb). Longer idioms are rare and would invite accidental matches.
PHRASE_WORDS = 4


def _phrase_match(tree: Tree, tok: Token, lex: Lexicon) -> tuple[TriggerEntry, int] | None:
    """A lexicon entry written as the words right before ``tok`` plus its lemma, when all those
    words hang (directly or not) on ``tok`` and are not compound parts (those are matched
    by :func:`match_trigger`): an idiom (首を縦に振らなかった -> 首を縦に振る) or a noun GiNZA
    parsed as an argument rather than a compound (下方 + 修正した -> 下方修正)."""
    for k in range(PHRASE_WORDS, 0, -1):
        ids = range(tok.i - k, tok.i)
        if not all(j in tree.tokens for j in ids):
            continue
        words = [tree.tokens[j] for j in ids]
        if words[0].dep == "compound" or any(w.pos == "PUNCT" for w in words):
            continue
        if not all(tok.i in {a.i for a in tree.ancestors(w.i)} for w in words):
            continue
        text = "".join(w.surface for w in words)
        entry = lex.triggers.get(text + tok.lemma) or lex.triggers.get(text + tok.surface)
        if entry is not None:
            return entry, tok.i - k
    return None


def _is_verbal(tree: Tree, tok: Token) -> bool:
    """A verb, or a verbal noun followed by する (or its humble form いたす: 提起いたしました,
    the wording of press releases)."""
    if tok.pos == "VERB" or tok.tag.startswith("動詞"):
        # Sudachi's verb tag is trusted over GiNZA's UD label: 引き渡す考え is parsed as a
        # compound noun, but 引き渡す is still a verb.
        return True
    return any(t.lemma in DO_VERBS for t in tree.tail(tok.i))


def _light_link(tree: Tree, tok: Token, lex: Lexicon) -> tuple[Token, str] | None:
    """The light verb that makes the verbal noun ``tok`` a predicate, and how it is linked."""
    light = lex.cue("light")
    head = tree.head(tok.i)
    if (
        head is not None
        and tok.dep in ("obj", "obl", "nsubj")
        and head.lemma in light
        and tree.particles(tok.i) in LIGHT_PARTICLES
        and (head.lemma not in lex.cue("goal") or tree.particles(tok.i).startswith("に"))
        and not _subject_of_other_object(tree, tok, head)
    ):
        # 協議に入る / 合意に達した; but 会談は今年に入り: the noun is no goal, only a topic
        return head, "light"
    if (
        head is not None
        and tok.dep == "obj"
        and head.lemma in DO_VERBS
        and tree.particles(tok.i) == "を"
        and not any(tree.particles(k.i) in ("に", "と") for k in tree.kids(head.i))
    ):
        # 話をする / 手助けをする: する with a verbal-noun object; but Xを条件にする /
        # Xを前提とする make X a condition, they do not carry X out.
        return head, "light"
    for kid in tree.kids(tok.i, "acl"):
        # 開かれる協議 / 行われた会談, but not 受け入れを表明した停戦 (the verb has its own object)
        if kid.lemma in light and not tree.kids(kid.i, "obj"):
            return kid, "acl"
    return None


def _subject_of_other_object(tree: Tree, tok: Token, verb: Token) -> bool:
    """True when the noun is the subject (は/が) of a light verb that has an object of its own
    (発表は…を前面に出した: the announcement put something forward, nobody announced by
    出す): the verb carries out its object, not its subject. 避難指示が出された and 会談が
    あった have no object, so their subject noun stays the event."""
    if tree.particles(tok.i)[:1] not in ("は", "が"):
        return False
    return any(k.i != tok.i and tree.particles(k.i) == "を" for k in tree.kids(verb.i))


def _announces(verb: Token, lex: Lexicon) -> bool:
    """True when the light verb is itself a speech trigger (発表した)."""
    entry = lex.triggers.get(verb.lemma)
    return entry is not None and "speech" in entry.flags


def _is_taigen_dome(tree: Tree, tok: Token) -> bool:
    """A sentence-final verbal noun: 両首脳が会談。"""
    nxt = tree.tokens.get(tok.i + 1)
    return tok.dep == "ROOT" and (nxt is None or nxt.surface in ("。", "．"))


def _background(tree: Tree, tok: Token, lex: Lexicon, body: str) -> bool:
    """A nominal trigger that refers to an earlier event: 2月12日以来の電話会談 / 会談に続き."""
    first = tree.tokens[tree.compound_start(tok.i)]
    before = body[max(first.start - 6, 0) : first.start]
    after = body[tok.end : tok.end + 5]
    cues = lex.cue("background")
    return any(before.rstrip("の").endswith(c) for c in cues) or any(
        after.startswith(c) for c in cues if c.startswith("に")
    )


def _noun_phrase_head(tree: Tree, tok: Token) -> Token:
    """The head of the noun phrase of a nominal trigger: the trigger itself, or the time
    suffix it is a compound of (会談後, 会談前: GiNZA hangs the modifiers on 後)."""
    head = tree.head(tok.i)
    if tok.dep == "compound" and head is not None and head.surface in TIME_SUFFIXES:
        return head
    return tok


def _own_date(tree: Tree, tok: Token, times: Sequence[TimeExpression]) -> bool:
    """True when the noun phrase of the nominal trigger ``tok`` carries its own day or month,
    written before it (18日の電話会談, 2月7日の日米首脳会談, 2月の石破首相との会談後,
    18日に行った電話会談): a mention of that dated event. A fiscal label (2025年度予算) or a
    bare year (2022年の侵攻開始以来) is no date of an occasion."""
    phrase = _noun_phrase_head(tree, tok)
    lo, _ = tree.span(phrase.i)
    start = tree.tokens[tree.compound_start(tok.i)].start
    for t in times:
        if not (lo <= t.start and t.end <= start) or t.type not in ("date", "time"):
            continue
        if t.text.endswith(("年度", "期", "年")) or (t.modifier or "").startswith("FY"):
            continue
        if t.value is not None and len(t.value.split("T")[0]) >= 7:
            return True
    return False


#: What may stand between two dates written as a list (2月12日と3月18日, 2月12日、3月18日).
LIST_SEPARATORS = frozenset({"と", "、", "・", "や", "及び", "および"})

#: A count written right after a list of dates (…の2回, 3度): it confirms the list names
#: that many occasions. Kanji numerals up to 十 cover how articles count meetings.
_COUNT = re.compile(r"の?([0-9０-９]+|[一二三四五六七八九十]+)(?:回|度)")
_KANJI = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}

#: Characters a nominal trigger may stand before its list of dates (会談は今年に入り2月12日と…):
#: a topic and a short adverbial. Calibrated on the project's own sentences: 6 reaches past
#: は今年に入り, and a longer stretch would run into another clause.
LIST_REACH = 8


def _count(text: str) -> int | None:
    """The number counted at the start of ``text`` (の2回 -> 2, 三度 -> 3), else None."""
    m = _COUNT.match(text)
    if m is None:
        return None
    digits = m.group(1)
    if digits in _KANJI:
        return _KANJI[digits]
    return int(digits) if digits.isdigit() else None


def _dated(t: TimeExpression) -> bool:
    """A date of a day or a month (2025-02-12, --03-18, 2025-03), not a year or a bare day."""
    value = (t.value or "").split("T")[0]
    return t.type in ("date", "time") and len(value) >= 7 and not value.startswith("XXXX")


def date_list(
    times: Sequence[TimeExpression], body: str, lo: int, hi: int, *, counted: bool
) -> tuple[TimeExpression, ...]:
    """The first list of two or more dates written in ``body[lo:hi]`` (separated only by と, 、,
    ・ or や) and followed by a count equal to their number (2月12日と3月18日の2回), or, unless
    ``counted``, by に (2月12日と3月18日に会談した). Each date is one occasion of the event.
    Returns the dates in text order, or () when there is no such list."""
    dated = sorted(
        (t for t in times if lo <= t.start and t.end <= hi and _dated(t)), key=lambda t: t.start
    )
    k = 0
    while k < len(dated):
        run = [dated[k]]
        while k + len(run) < len(dated):
            nxt = dated[k + len(run)]
            if body[run[-1].end : nxt.start] not in LIST_SEPARATORS:
                break
            run.append(nxt)
        after = body[run[-1].end : hi]
        if len(run) >= 2 and all(t.text[-1:].isdigit() for t in run[:-1]):
            # 28、29日に会合を開く: the days share one 日, a meeting over days, one occasion.
            k += len(run)
            continue
        if len(run) >= 2 and (
            _count(after) == len(run) or (not counted and after.startswith("に"))
        ):
            return tuple(run)
        k += len(run)
    return ()


def _listed_after(tree: Tree, tok: Token, times: Sequence[TimeExpression], body: str) -> bool:
    """True when a nominal trigger is followed, in its own stretch of the sentence, by a
    counted list of dates (電話会談は2月12日と3月18日の2回が公表されている): it names that
    many earlier occasions."""
    end = max(t.end for t in tree.tokens.values())
    found = date_list(times, body, tok.end, end, counted=True)
    if not found:
        return False
    gap = body[tok.end : found[0].start]
    return len(gap) <= LIST_REACH and "、" not in gap and "。" not in gap


#: How far after a nominal trigger the のは of a cleft may come (会談が公表されるのは: 9).
#: Calibrated on the project's own sentences; a longer stretch runs into another clause.
CLEFT_REACH = 14


def _since_cleft(
    tree: Tree, tok: Token, times: Sequence[TimeExpression], body: str
) -> TimeExpression | None:
    """The date of a cleft 'it is the first X since <date>' around a nominal trigger
    (両首脳の会談が行われるのは2月12日以来で: the previous meeting was on 2月12日): the
    trigger, then のは in the same stretch of the sentence, then a date and 以来. None
    otherwise."""
    end = max(t.end for t in tree.tokens.values())
    stretch = body[tok.end : min(end, tok.end + CLEFT_REACH)]
    at = stretch.find("のは")
    if at < 0 or "、" in stretch[:at] or "。" in stretch[:at]:
        return None
    start = tok.end + at + len("のは")
    for t in times:
        if t.start == start and _dated(t) and body.startswith("以来", t.end):
            return t
    return None


def occasions(
    tree: Tree, cand: Candidate, times: Sequence[TimeExpression], body: str
) -> tuple[TimeExpression, ...]:
    """The dates of a predicate that names several occasions at once: a nominal mention
    followed by a counted list (会談は2月12日と3月18日の2回), or a list in one of the
    predicate's own arguments (2月12日と3月18日に会談した); or the one date, written after
    it, of a nominal mention in a since-cleft (会談が開かれるのは5月9日以来). Empty
    otherwise: the date rules read the predicate's own date."""
    if cand.via == "background":
        since = _since_cleft(tree, cand.trigger, times, body)
        if since is not None:
            return (since,)  # one occasion, dated after the noun: its date is set here
        end = max(t.end for t in tree.tokens.values())
        if not _listed_after(tree, cand.trigger, times, body):
            return ()
        return date_list(times, body, cand.trigger.end, end, counted=True)
    for kid in tree.kids(cand.pred.i):
        lo, hi = tree.span(kid.i)
        found = date_list(times, body, lo, hi + 4, counted=False)
        # The list must be the argument itself (its last date, which may run on past the
        # word with a weekday: 19日（水）, or the count after it: の2回), not a list
        # somewhere in a clause GiNZA hung under it.
        if found and kid.start - len("の2") <= found[-1].end and found[-1].start <= kid.end:
            return found
    return ()


#: A statement that names a condition is a demand (the annotation guidelines: 「…が前提」と
#: 主張 is REQUEST). The entry given to such a statement verb or noun.
DEMAND_TYPE = "REQUEST"


def _said(tree: Tree, tok: Token) -> list[Token]:
    """What a statement verb or noun says: its clauses in と or ccomp (…と主張した), and for a
    noun, the clause quoted before it (…とする声明)."""
    out = []
    for kid in tree.kids(tok.i):
        if kid.dep in ("ccomp", "csubj") or tree.particles(kid.i).endswith(("と", "との")):
            out.append(kid)
        elif kid.dep == "acl" and kid.lemma in ("する", "いう", "言う"):
            out += [k for k in tree.kids(kid.i) if tree.particles(k.i).endswith("と")]
        elif kid.dep == "nsubj" and kid.lemma in FORMAL_NOUNS:
            out.append(kid)  # …停止することが「鍵となる条件」だと主張した: the こと clause
    return out


def _demand(tree: Tree, tok: Token, lex: Lexicon, body: str) -> tuple[TriggerEntry, int] | None:
    """A statement verb or noun (cue kind ``state``: 主張, 表明, 声明) whose content names a
    condition (cue kind ``demand``: …が前提になると主張; …が「鍵となる条件」だと主張) or says
    that something will not happen until something else does (…が解除されるまで発効しないと
    する声明): a demand, REQUEST. None for any other statement (attribution only)."""
    if tok.lemma not in lex.cue("state"):
        return None
    for kid in _said(tree, tok):
        ids = tree.subtree(kid.i)
        words = [tree.tokens[j] for j in ids]
        text = "".join(w.surface for w in words)
        if any(c in text for c in lex.cue("demand")):
            return TriggerEntry(
                word=tok.lemma, type=DEMAND_TYPE, flags=frozenset({"demand"})
            ), tok.i
        # …されるまで…ない: まで after a verb ends a clause (not これまで, "so far").
        until = next(
            (
                n
                for n, w in enumerate(words)
                if w.surface == "まで" and n > 0 and words[n - 1].pos in ("VERB", "AUX")
            ),
            None,
        )
        if until is not None and any(w.lemma == "ない" for w in words[until:]):
            return TriggerEntry(
                word=tok.lemma, type=DEMAND_TYPE, flags=frozenset({"demand"})
            ), tok.i
    return None


def find_candidates(
    tree: Tree, lex: Lexicon, body: str, times: Sequence[TimeExpression] = ()
) -> list[Candidate]:
    """All trigger predicates of one sentence, one per predicate token, complements folded.
    ``times`` (the article's time expressions) let a dated nominal trigger (18日の電話会談)
    be kept as a mention of that earlier event."""
    found: dict[int, Candidate] = {}
    for i in sorted(tree.tokens):
        tok = tree.tokens[i]
        if (
            tok.dep == "compound"
            and tok.head in tree.tokens
            and tok.head > i
            and _noun_phrase_head(tree, tok) is tok
            and not tok.tag.startswith("動詞")
        ):
            continue  # part of a longer word; the head token matches it
        hit = match_trigger(tree, tok, lex) or _demand(tree, tok, lex, body)
        if hit is None:
            continue
        entry, first = hit
        link = _light_link(tree, tok, lex) if tok.pos != "VERB" else None
        if link is not None and entry.type == "OTHER" and _announces(link[0], lex):
            # 買収を発表した: the announcement is the event (the acquisition is only planned);
            # 協議入りを発表した / 停戦を発表した: the PLOVER event announced is.
            link = None
        if link is not None and link[0].lemma == "受ける" and "suffer" not in entry.flags:
            if not _request_received(tree, link[0], entry):
                # 成立を受け(て) / 指示を受けて: "following X", an earlier event that this
                # sentence does not assert; only an attack is suffered (攻撃を受けた).
                continue
            entry = dataclasses.replace(entry, flags=entry.flags | {"suffer"})
        if link is not None:
            pred, via = link
        elif _is_verbal(tree, tok):
            pred, via = tok, "verb"
        elif _is_taigen_dome(tree, tok):
            pred, via = tok, "root"
        elif _background(tree, tok, lex, body):
            pred, via = tok, "background"
        elif entry.type in DATED_MENTION_TYPES and _own_date(tree, tok, times):
            pred, via = _noun_phrase_head(tree, tok), "background"
        elif entry.type in DATED_MENTION_TYPES and _since_cleft(tree, tok, times, body):
            pred, via = tok, "background"  # 会談が公表されるのは2月12日以来だ
        elif entry.type in DATED_MENTION_TYPES and _listed_after(tree, tok, times, body):
            pred, via = tok, "background"  # 会談は2月12日と3月18日の2回が公表されている
        else:
            continue
        cand = Candidate(entry=entry, trigger=tok, first=first, pred=pred, via=via)
        # Two verbal nouns on one light verb (交渉は合意に至らなかった): the one written next
        # to the verb is its complement; the other is the subject, not the event.
        if pred.i not in found or (via == "light" and found[pred.i].via == "light"):
            found[pred.i] = cand
    return _fold(tree, found, lex)


def _request_received(tree: Tree, verb: Token, entry: TriggerEntry) -> bool:
    """True for a request or proposal received (…から提案を受けており, 要請を受けた): a
    REQUEST noun carried by 受ける in a past or progressive form, whose subject is the one
    asked (flag ``suffer``). The bare て/連用 form (要請を受けて派遣した, 提案を受け、) is
    "following X", the reason of the next act, and stays no event."""
    if entry.type != "REQUEST":
        return False
    return any(t.lemma in ("た", "いる", "おる") for t in tree.tail(verb.i))


def governor(tree: Tree, pred: Token) -> Token | None:
    """The predicate whose content the clause of ``pred`` is, or None for a clause of its own."""
    head = tree.head(pred.i)
    if head is None:
        return None
    marks = tree.particles(pred.i)
    if head.lemma in FORMAL_NOUNS and pred.dep == "acl":
        outer = tree.head(head.i)
        if outer is not None and head.dep in COMPLEMENT_DEPS | {"advcl"}:
            return outer
        return None
    # よう may come as a particle or as the auxiliary stem ようだ (やめるよう指示した).
    ask = "よう" in marks or any(t.surface == "よう" for t in tree.tail(pred.i))
    if pred.dep in ("ccomp", "csubj") or ask or marks.endswith("と"):
        return head
    return None


def _own_subject(tree: Tree, cand: Candidate) -> bool:
    """True when the complement clause names its own subject (…が交換することで一致). A
    は-topic GiNZA hung inside the clause (両首脳は…交渉を始めることで一致した) is the main
    clause's subject, not the complement's: the clause stays folded."""
    return any(
        (k.dep == "nsubj" and not tree.particles(k.i).startswith("は"))
        or tree.particles(k.i).startswith("が")
        for k in tree.kids(cand.pred.i)
    )


def _fold_demands(
    tree: Tree,
    found: dict[int, Candidate],
    out: dict[int, Candidate],
    drop: set[int],
    lex: Lexicon,
) -> None:
    """Triggers inside what a demand says (外国による支援を停止することが条件だと主張した;
    制裁が解除されるまで発効しないとする声明) are what is demanded, not events: all are
    dropped (updates ``out`` and ``drop``), and the first trigger word written there, event
    or plain noun (制裁の解除が前提), is the demand's ``content``."""
    for i, cand in found.items():
        if "demand" not in cand.entry.flags:
            continue
        said_set = {j for kid in _said(tree, cand.trigger) for j in tree.subtree(kid.i)}
        # Xによると hung inside the quotation (GiNZA does) is the source, not what is said.
        sources = [j for j in said_set if tree.particles(j).startswith(lex.cue("source"))]
        said = sorted(said_set.difference(*(tree.subtree(j) for j in sources)))
        drop.update(j for j, c in found.items() if j != i and c.pred.i in said)
        out[i] = dataclasses.replace(cand, content=_demanded(tree, said, lex))


def _demanded(tree: Tree, said: Sequence[int], lex: Lexicon) -> str | None:
    """The trigger word heading what a demand says: the one nearest the top of the clause
    (制裁の解除が前提 -> 解除, not 制裁), skipping a negated one, which is what will not happen
    until the condition is met (撤廃されるまで発効しない -> 撤廃)."""
    hits = []
    for j in said:
        hit = match_trigger(tree, tree.tokens[j], lex)
        negated = any(t.lemma == "ない" for t in tree.tail(j))
        if hit is not None and not negated:
            hits.append((len(tree.ancestors(j)), j, hit[0].word))
    return min(hits)[2] if hits else None


#: The type of a て-clause that states the aim of the act it runs into (命令の無効を求めて提訴
#: した: a suit filed seeking X), not an act of its own.
PURPOSE_TYPE = "REQUEST"


def _fold_purposes(
    tree: Tree, found: dict[int, Candidate], out: dict[int, Candidate], drop: set[int]
) -> None:
    """A demand verb in the て-form written right before the trigger verb it hangs on (無効を
    求めて提訴した) states what that act seeks: it is the act's ``content``, not a REQUEST
    of its own (updates ``out`` and ``drop``). 求めており / 求めている are auxiliaries, and
    求め、 / 求めて、 (a comma) chain a separate act: both stay events."""
    for i, cand in found.items():
        head = tree.head(cand.pred.i)
        tail = tree.tail(cand.pred.i)
        if cand.entry.type != PURPOSE_TYPE or cand.pred.dep != "advcl" or head is None:
            continue
        if not tail or tail[-1].surface != "て" or tail[-1].i + 1 != head.i:
            continue
        if head.i in found and head.i != i:
            out[head.i] = dataclasses.replace(
                out[head.i], content=out[head.i].content or cand.entry.word
            )
            drop.add(i)


def _fold_announced_plans(
    tree: Tree,
    found: dict[int, Candidate],
    out: dict[int, Candidate],
    drop: set[int],
    lex: Lexicon,
) -> None:
    """A clause describing a plan noun (計画, 方針: cue kind ``planned``) that is the object
    of an announcement (USスチールを買収する計画を発表した) is what was announced: the
    announcement is the event, the plan its ``content``, not an event of its own (updates
    ``out`` and ``drop``). 打ち切る方針を固めた (no announcement) keeps the planned act."""
    for i, cand in found.items():
        noun = tree.head(cand.pred.i)
        if cand.pred.dep != "acl" or noun is None or not tree.particles(noun.i).startswith("を"):
            continue
        if not any(noun.surface in c or c in noun.surface for c in lex.cue("planned")):
            continue
        host = found.get(noun.head)
        if host is not None and host is not cand and "speech" in host.entry.flags:
            out[noun.head] = dataclasses.replace(out[noun.head], content=cand.entry.word)
            drop.add(i)


def _fold(tree: Tree, found: dict[int, Candidate], lex: Lexicon) -> list[Candidate]:
    """Fold a trigger in the complement of another trigger into it (停止することで合意 is one
    AGREE); under a denial verb the inner event is kept, status denied, and the denial dropped."""
    drop: set[int] = set()
    out: dict[int, Candidate] = dict(found)
    for i, cand in found.items():
        if "deny" in cand.entry.flags:
            # 会談した事実はないと否定した: the meeting is denied; the denial is no REJECT.
            inner = [j for j in found if j != i and i in {a.i for a in tree.ancestors(j)}]
            for j in inner:
                out[j] = dataclasses.replace(found[j], denied=True)
            if inner:
                drop.add(i)
    _fold_purposes(tree, found, out, drop)
    _fold_announced_plans(tree, found, out, drop, lex)
    _fold_demands(tree, found, out, drop, lex)
    by_trigger = {c.trigger.i: c for c in found.values()}
    for i, cand in found.items():
        if i in drop:
            continue
        if cand.via == "background":
            continue
        noun = by_trigger.get(cand.pred.head)
        if cand.pred.dep == "acl" and noun is not None and noun.pred.i != i:
            # 買収計画を禁止する命令を出した: the ban is what the order says, one COERCE
            out[noun.pred.i] = dataclasses.replace(
                out[noun.pred.i], content=cand.entry.word, absorbed=i
            )
            drop.add(i)
            continue
        gov = governor(tree, cand.pred)
        if gov is None or gov.i not in found or found[gov.i].via == "background":
            continue
        outer = found[gov.i]
        if "speech" in outer.entry.flags:
            drop.add(gov.i)  # と発表した: attribution, not an event of its own
        elif "deny" in outer.entry.flags:
            out[i] = dataclasses.replace(cand, denied=True)
            drop.add(gov.i)
        else:
            out[gov.i] = dataclasses.replace(out[gov.i], content=cand.entry.word)
            if not _own_subject(tree, cand) or outer.entry.type == "ACCUSE":
                # 停止することで合意: the halt is what was agreed, not an event; 相手が攻撃したと
                # 非難した: the attack is only alleged, the accusation's content.
                drop.add(i)
            # else 露とウクライナが捕虜を交換することで一致: the swap is an event of its own
    return [c for i, c in sorted(out.items()) if i not in drop]


def _trigger_object(tree: Tree, cand: Candidate, lex: Lexicon) -> TriggerEntry | None:
    """The entry of a PLOVER (not OTHER) trigger noun that is the predicate's を-object."""
    for kid in tree.kids(cand.pred.i):
        if not tree.particles(kid.i).startswith("を"):
            continue
        hit = match_trigger(tree, kid, lex)
        if hit is not None and hit[0].type != "OTHER":
            return hit[0]
    return None


def halted_object(tree: Tree, cand: Candidate, lex: Lexicon) -> TriggerEntry | None:
    """For a halt verb (やめる, 止める: flag ``halt``), the PLOVER trigger noun it stops
    (攻撃をやめる -> 攻撃); None when its object is no such noun (車を止める), and then the
    verb is no event."""
    return _trigger_object(tree, cand, lex)


#: What a verb that moves a level (引き上げる, 引き下げる: flag ``level``) is, by the cue kind
#: of a word in its を-object: (type, kind). The verb alone means a rate raise, a forecast
#: revised, an investment grown or troops withdrawn; the object says which. Calibrated on
#: the two sets: 政策金利を引き上げる / 見通しを引き上げた are OTHER (as 利上げ, 下方修正).
#: An investment raised (対米投資額を引き上げる) is COOPERATE in the gold, but cues.tsv lists
#: no level_invest word yet: typed right, its partner (対米: the United States) is not read
#: as a participant, so it only added wrong rows. Unlisted objects (部隊を, 関税を: a
#: withdrawal, a tariff threat) give no event.
LEVEL_KINDS: tuple[tuple[str, str, str | None], ...] = (
    ("level_rate", "OTHER", "rate"),
    ("level_forecast", "OTHER", "forecast"),
    ("level_invest", "COOPERATE", None),
)


def level_object(tree: Tree, cand: Candidate, lex: Lexicon) -> TriggerEntry | None:
    """For a verb that moves a level (flag ``level``), the entry its を-object gives (see
    ``LEVEL_KINDS``: 短期金利の誘導目標を引き上げる -> OTHER/rate, 見通しを引き上げた ->
    OTHER/forecast), matching a cue inside any noun of the object's phrase; None when the
    verb has no such object (then it is no event)."""
    for kid in tree.kids(cand.pred.i):
        if not tree.particles(kid.i).startswith("を"):
            continue
        words = [tree.tokens[j].surface for j in sorted(tree.phrase(kid.i))]
        for kind, typ, mode in LEVEL_KINDS:
            if any(c in w for c in lex.cue(kind) for w in words):
                return dataclasses.replace(cand.entry, type=typ, mode=mode)
    return None


def ordered_event(tree: Tree, cand: Candidate, lex: Lexicon) -> TriggerEntry | None:
    """For an order verb (命じた, kind ``order``) whose object is a PLOVER trigger noun
    (軍に停止を命じた, 撤退を命じた): that noun's entry, since the order is how the halt or
    withdrawal was done; None otherwise (審査するよう命じた stays an order)."""
    if cand.entry.mode != "order" or cand.pred.i != cand.trigger.i:
        return None
    folded = lex.triggers.get(cand.content) if cand.content else None
    if folded is not None and folded.type != "OTHER":
        return folded  # 攻撃をやめるよう軍に指示した: the halt, folded into the order
    return _trigger_object(tree, cand, lex)
