"""Status (occurred / planned / hedged / denied), negation and attribution of a predicate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.events.candidates import Candidate
from storyline.events.lexicon import Lexicon, load_lexicon
from storyline.events.tree import Tree
from storyline.models import ActorMention, TimeExpression, Token

#: Auxiliaries that negate a predicate (ない, ぬ/ず, ません is ます + ん).
NEGATIONS = frozenset({"ない", "ぬ", "ず", "ん"})

#: Characters after the predicate's own auxiliaries that the status cues may span
#: (する予定だ, した可能性がある, とみられる). Calibrated on the seeds and the corpus: 10 reaches
#: 予定/可能性/見通し after a short noun, and the window also stops at 、 and 。 so the
#: next clause's cues never leak in.
STATUS_WINDOW = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """Who said it: a display name and the KB key when known."""

    name: str
    entity: str | None


def window(tree: Tree, cand: Candidate, body: str) -> str:
    """The text from the trigger to a little past the predicate's auxiliaries, cut at 、/。."""
    tail = tree.tail(cand.pred.i)
    end = (tail[-1] if tail else cand.pred).end
    text = body[cand.trigger.start : end + STATUS_WINDOW]
    for stop in ("。", "、"):
        cut = text.find(stop, end - cand.trigger.start)
        if cut >= 0:
            text = text[:cut]
    return text


def is_negated(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate's auxiliaries negate it (受け入れなかった, 合意に至らず)."""
    if cand.pred is not cand.trigger and cand.pred.lemma in load_lexicon().cue("refuse"):
        return True  # 受け入れを見送った / 協議を取りやめた
    return any(t.lemma in NEGATIONS or t.surface in NEGATIONS for t in tree.tail(cand.pred.i))


def _onbin_past(tree: Tree, tok: Token) -> bool:
    """True for a past だ right after a verb (結んだ, 読んだ, 泳いだ): the sound-changed form of
    た, which the tagger may lemmatise as だ. After a verb だ cannot be the copula."""
    nxt = tree.tokens.get(tok.i + 1)
    return tok.pos == "VERB" and nxt is not None and nxt.surface == "だ" and nxt.head == tok.i


#: Continuative (連用形) endings of the passive and causative: 可決され、 / 延期させ、
CONTINUATIVE_AUX = frozenset({"れ", "られ", "せ", "させ"})


def _continuative_end(tree: Tree, tok: Token) -> bool:
    """True when the clause of ``tok`` ends in a continuative form (会談し、 / 会談して、 /
    可決され、) and so takes its tense from the clause it runs into."""
    tail = tree.tail(tok.i)
    if not tail:
        return False
    # し (not the dictionary form する, whose lemma is the same: 協議する可能性 is non-past)
    return (
        tail[-1].surface == "し" or tail[-1].lemma == "て" or tail[-1].surface in CONTINUATIVE_AUX
    )


def _past(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate is past or perfective (た, ている, taigen-dome, a noun)."""
    if cand.via in ("root", "background"):
        return True
    tok = cand.pred
    for _ in range(4):  # 会談し、…合意した: a continuative form takes the tense of its head
        words = [t.lemma for t in tree.tail(tok.i)]
        if not words:
            # A bare verb in dictionary form (打ち切る) is non-past; a noun is not, nor a
            # verbal noun GiNZA calls a verb (4－2で勝利、: the noun form of a done deed).
            return not (tok.tag.startswith("動詞") and tok.surface == tok.lemma)
        if {"た", "いる", "おる"} & set(words) or _onbin_past(tree, tok):
            return True
        head = tree.head(tok.i)
        # GiNZA may call a て-clause acl (勝って開幕2連勝): it runs on all the same.
        if (
            tok.dep not in ("advcl", "conj", "acl")
            or head is None
            or not _continuative_end(tree, tok)
        ):
            return False
        tok = _runs_into(tree, tok, head)
    return False


def _runs_into(tree: Tree, tok: Token, head: Token) -> Token:
    """The clause a continuative clause (共同声明を発表し、) takes its tense from: its head, or
    the sentence's main verb when GiNZA hung it, across the comma, on a relative or こと
    clause (発表し、…が適用されることを確認した: 適用される is what was confirmed, not
    the next act). A comma after the continuative form coordinates it with the main
    clause; a clause inside an argument cannot carry it."""
    tail = tree.tail(tok.i)
    comma = tail and (nxt := tree.tokens.get(tail[-1].i + 1)) is not None and nxt.surface == "、"
    if head.dep != "acl" or not comma:
        return head
    return next((t for t in tree.tokens.values() if t.dep == "ROOT"), head)


def read_status(tree: Tree, cand: Candidate, lex: Lexicon, body: str) -> tuple[str, bool]:
    """Return (status, negated). Cues after the predicate win in the order denied, hedged,
    planned; then negation (denied unless the caller turns it into REJECT); then tense:
    a non-past predicate (開かれる, 協議する) is planned."""
    text = window(tree, cand, body)
    after = text[cand.pred.end - cand.trigger.start :]
    negated = is_negated(tree, cand)
    if cand.denied or any(c in after for c in lex.cue("denied")):
        return "denied", negated
    if any(c in after for c in lex.cue("hedged")):
        return "hedged", negated
    if any(c in after for c in lex.cue("planned")):
        return "planned", negated
    if negated:
        return "denied", True
    return ("occurred" if _past(tree, cand) else "planned"), False


def before_publication(date: str | None, published: str | None) -> bool:
    """True when ``date`` (a contract date) is before the publication day: a non-past verb
    about such a date (2年前に就任する前に) describes something that already happened."""
    if not date or not published:
        return False
    return date < published[: len(date)]


def _actor_in(tree: Tree, tok: Token, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The actor whose span ends at the head word ``tok`` of an argument (or any in its subtree)."""
    lo, hi = tree.span(tok.i)
    inside = [a for a in actors if lo <= a.start and a.end <= hi and a.kind != "place"]
    at_head = [a for a in inside if a.end == tok.end]
    found = at_head or inside
    return found[0] if found else None


def _is_report(tree: Tree, tok: Token, lex: Lexicon) -> bool:
    """A reporting verb: 述べた, 語った, とした, 明らかにした, 発表した ..."""
    if tok.lemma in lex.cue("report"):
        return True
    return any(k.lemma in ("明らか", "明らかだ") for k in tree.kids(tok.i))


def speaker(tree: Tree, report: Token, actors: Sequence[ActorMention]) -> Claim | None:
    """The subject (が/は) of a reporting verb as a Claim, or None when it has none."""
    for kid in tree.kids(report.i):
        if kid.dep == "nsubj" or tree.particles(kid.i)[:1] in ("は", "が"):
            a = _actor_in(tree, kid, actors)
            if a is not None:
                return claim_of(a)
            first = tree.compound_start(kid.i)
            return Claim(name=_text(tree, first, kid.i), entity=None)
    return None


def claim_of(a: ActorMention) -> Claim:
    """A Claim for an actor: the KB name, and the KB key unless the actor is provisional."""
    return Claim(name=a.name, entity=None if a.provisional else a.entity)


def _text(tree: Tree, first: int, last: int) -> str:
    return "".join(tree.tokens[j].surface for j in range(first, last + 1) if j in tree.tokens)


def reporter(tree: Tree, cand: Candidate, lex: Lexicon) -> Token | None:
    """The reporting verb whose quoted clause holds the predicate (through と or ccomp)."""
    child = cand.pred
    quoted = False
    for anc in tree.ancestors(cand.pred.i):
        parts = tree.particles(child.i)
        quoted = quoted or child.dep == "ccomp" or parts.endswith("と") or parts.startswith("との")
        if quoted and _is_report(tree, anc, lex):
            return anc
        child = anc
    return None


def sentence_speaker(tree: Tree, actors: Sequence[ActorMention], lex: Lexicon) -> Claim | None:
    """The subject of the sentence's main reporting verb (the root), if it is one and has one:
    it stands for a later sentence whose reporting verb has no subject (…とした。)."""
    root = next((t for t in tree.tokens.values() if t.dep == "ROOT"), None)
    if root is None or not _is_report(tree, root, lex):
        return None
    return speaker(tree, root, actors)


def source_claim(tree: Tree, actors: Sequence[ActorMention], lex: Lexicon) -> Claim | None:
    """The source of a ``Xによると`` phrase in the sentence (an actor, else the words)."""
    for tok in tree.tokens.values():
        parts = tree.particles(tok.i)
        if any(parts.startswith(c) for c in lex.cue("source")):
            a = _actor_in(tree, tok, actors)
            if a is not None:
                return claim_of(a)
            return Claim(name=_text(tree, tree.compound_start(tok.i), tok.i), entity=None)
    return None


def is_past(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate is past or perfective (接触した可能性: a claim about something
    that may already have happened), False for a non-past one (協議する可能性)."""
    return _past(tree, cand)


def _full_day(t: TimeExpression) -> bool:
    """A resolved day (2025-03-23), not a bare one the article's date could not place."""
    value = (t.value or "").split("T")[0]
    return len(value) == 10 and not value.startswith(("XXXX", "--"))


def _quoted(tree: Tree, kid: Token) -> bool:
    """True for an argument of a reporting verb that is what was said (a ccomp, a clause or
    quotation in と), not the circumstances of saying it."""
    parts = tree.particles(kid.i)
    return kid.dep in ("ccomp", "csubj") or parts.endswith("と") or parts.startswith("との")


def framed_day(tree: Tree, report: Token, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """A day written between the speaker's は/が and the comma after it (報道官は23日、…と
    述べた; 報道官は10日に公開された動画で、…と述べた): the frame of the statement, which
    GiNZA often hangs inside the quoted clause. None when the comma follows the speaker
    directly (報道官は、両首脳が23日に会談したと述べた: that day is what was said)."""
    subject = next(
        (
            k
            for k in tree.kids(report.i)
            if k.dep == "nsubj" or tree.particles(k.i)[:1] in ("は", "が")
        ),
        None,
    )
    if subject is None:
        # GiNZA may hang the topic on a verb inside the quotation (政府は5日、…とする声明を
        # 出した: 政府 under 撤廃); the first は-phrase of the sentence stands for it.
        subject = next(
            (
                t
                for t in sorted(tree.tokens.values(), key=lambda t: t.i)
                if t.i < report.i and t.pos in ("NOUN", "PROPN") and tree.particles(t.i) == "は"
            ),
            None,
        )
    if subject is None:
        return None
    tail = [t for t in tree.tokens.values() if t.i > subject.i]
    mark = next((t for t in tail if t.surface not in ("は", "が")), None)
    comma = next((t for t in tail if t.surface == "、"), None)
    if mark is None or comma is None or comma.i > report.i:
        return None
    days = [t for t in times if mark.start <= t.start and t.end <= comma.start and _full_day(t)]
    return days[0] if days else None


def statement_day(
    tree: Tree, actors: Sequence[ActorMention], lex: Lexicon, times: Sequence[TimeExpression]
) -> tuple[str, TimeExpression] | None:
    """The speaker (KB key) of a reporting verb of the sentence and the day it spoke, when
    the circumstances of the statement carry a date: ペスコフ氏は23日、…と述べた, or
    23日に投稿された動画で…と述べた. Not a date inside what was said, nor of a source
    phrase (Xによると). None when no reporting verb of the sentence is so dated."""
    for tok in tree.tokens.values():
        if not _is_report(tree, tok, lex):
            continue
        who = speaker(tree, tok, actors)
        if who is None or who.entity is None:
            continue
        framed = framed_day(tree, tok, times)
        if framed is not None:
            return who.entity, framed
        for kid in tree.kids(tok.i):
            parts = tree.particles(kid.i)
            if _quoted(tree, kid) or any(parts.startswith(c) for c in lex.cue("source")):
                continue
            # Words of the argument's own subtree: GiNZA's spans can run over other clauses.
            starts = {tree.tokens[j].start for j in tree.subtree(kid.i)}
            day = [t for t in times if t.type == "date" and t.start in starts]
            day = [t for t in day if _full_day(t)]
            if day:
                return who.entity, day[0]
    return None
