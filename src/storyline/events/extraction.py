"""Assemble events from the candidates of each parsed sentence of an AnalyzedArticle."""

from __future__ import annotations

import calendar
import dataclasses
import itertools
import re
from collections.abc import Mapping, Sequence

from storyline.events.arguments import (
    acting_body,
    chain_members,
    chain_venue,
    clause_subjects,
    contract_date,
    declaring_verb,
    document_issuers,
    game_venue,
    has_subject_word,
    occasion_host_subjects,
    order_addressees,
    participant,
    passive_agents,
    proposers,
    read_attributes,
    read_date,
    read_participants,
    read_place,
    read_score,
    same_day,
    subject_actors,
    unlinked_name,
)
from storyline.events.candidates import (
    FORMAL_NOUNS,
    Candidate,
    find_candidates,
    governor,
    halted_object,
    level_object,
    occasions,
    ordered_event,
)
from storyline.events.lexicon import Lexicon, TriggerEntry, load_lexicon
from storyline.events.status import (
    Claim,
    before_publication,
    claim_of,
    framed_day,
    is_past,
    read_status,
    reporter,
    sentence_speaker,
    source_claim,
    speaker,
    statement_day,
    window,
)
from storyline.events.tree import FUNCTION_DEPS, Tree
from storyline.models import (
    ActorMention,
    AnalyzedArticle,
    Event,
    EventMention,
    PartialDate,
    Quantity,
    Sentence,
    TimeExpression,
    Token,
)

#: How many sentences back a zero subject may find its topic. Calibrated on the gold: 3
#: keeps the lead's 両社は/ホンダと日産は for the plan told three sentences later (n03, n09)
#: and drops a party named eight sentences before a paragraph on another party (heldout
#: h25: 自民・公明両党は … 参政党 … 14議席を獲得した). Rerun `storyline eval events`.
TOPIC_REACH = 3

#: Sentence endings that make it a question or a rhetorical line (no event is asserted).
QUESTION_ENDINGS = ("？", "?", "か。", "でしょうか", "のか", "だろうか")


@dataclasses.dataclass(slots=True)
class _Context:
    """What one article's extraction carries from sentence to sentence."""

    analysis: AnalyzedArticle
    lex: Lexicon
    producer: str
    last_speaker: Claim | None = None
    topic: tuple[ActorMention, ...] = ()  # the は-subject of the last sentence's main clause
    topic_at: int = -1  # the index of the sentence that gave it
    events: list[Event] = dataclasses.field(default_factory=list)
    # Speakers' dated statements (position, speaker, day) and the undated hedged claims
    # about a past event (trigger span -> speaker) that such a day dates.
    said: list[tuple[int, str, TimeExpression]] = dataclasses.field(default_factory=list)
    claims: dict[tuple[int, int], str] = dataclasses.field(default_factory=dict)


def is_question(sentence: Sentence) -> bool:
    """True for a question or rhetorical line, whose events are not asserted."""
    text = sentence.text.rstrip("　 」")
    return text.endswith(QUESTION_ENDINGS) or "？" in text


def _quotes_a_clause(tree: Tree, cand: Candidate) -> bool:
    """True when a speech-like trigger (発表した, 公表した) reports a clause: attribution only."""
    for kid in tree.kids(cand.pred.i):
        if kid.dep == "ccomp" or (
            tree.particles(kid.i).endswith("と")
            and (kid.pos in ("VERB", "ADJ", "AUX") or tree.tail(kid.i))
        ):
            return True
    return False


def _has_object(tree: Tree, cand: Candidate) -> bool:
    """True when a speech-like trigger (発表, 公表, 訴える) has a noun object (買収を発表した)
    and quotes no clause."""
    if _quotes_a_clause(tree, cand):
        return False
    return any(
        k.pos in ("NOUN", "PROPN")
        and (tree.particles(k.i).startswith("を") or _also_object(tree, k))
        for k in tree.kids(cand.pred.i)
    )


def _also_object(tree: Tree, noun: Token) -> bool:
    """True for a も-phrase that is what was announced, not who announced it (打ち切りも発表
    した, …という見通しも発表した; GiNZA often calls it the subject): a verbal noun, or a
    noun described by a clause or an の-phrase. 政府も発表した stays a speaker."""
    if tree.particles(noun.i) != "も" or noun.dep not in ("obj", "nsubj"):
        return False
    return "サ変" in noun.tag or bool(tree.kids(noun.i, "acl", "nmod"))


def _has_partner(tree: Tree, cand: Candidate, actors: Sequence[ActorMention]) -> bool:
    """True when the predicate has a noun argument in と/とも naming an actor (プーチン氏と話した,
    ゼレンスキー氏とも電話で話した); a quotation (「…」と話した) ends in a verb or a quote mark."""
    for kid in tree.kids(cand.pred.i):
        if tree.particles(kid.i) not in ("と", "とも") or kid.pos not in ("NOUN", "PROPN", "PRON"):
            continue
        lo, hi = tree.span(kid.i)
        if any(lo <= x.start and x.end <= hi and x.kind != "place" for x in actors):
            return True
    return False


def hung_partner(
    tree: Tree, cand: Candidate, actors: Sequence[ActorMention], body: str
) -> ActorMention | None:
    """For a talk verb (flag ``partner``) whose と-partner GiNZA hung on a verb above it
    (トランプ大統領と近く話をする考えを示した: と-phrase on 示した): the actor of a と/とも
    phrase written right before the predicate's phrase (no comma between), not a quotation
    (「…」と). None when there is none."""
    lo = tree.span(cand.pred.i)[0]
    for anc in tree.ancestors(cand.pred.i):
        for kid in tree.kids(anc.i):
            if tree.particles(kid.i) not in ("と", "とも") or kid.pos in ("VERB", "AUX"):
                continue
            end = tree.tail(kid.i)[-1].end if tree.tail(kid.i) else kid.end
            if kid.end > lo or "、" in body[end:lo] or body[kid.end : kid.end + 1] == "」":
                continue
            found = [x for x in actors if kid.start <= x.start and x.end <= kid.end]
            if found and found[-1].kind != "place":
                return found[-1]
    return None


def _mode_and_attributes(
    tree: Tree, cand: Candidate, ctx: _Context, etype: str
) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """The PLOVER mode, and the attributes: quantities, the folded complement (``content``)
    and, for OTHER, the kind of event (vote, lawsuit, game ...), which is no PLOVER mode."""
    attrs = read_attributes(tree, cand, ctx.analysis.quantities)
    if cand.content:
        attrs += (("content", cand.content),)
    mode = _mode(tree, cand, ctx.lex, ctx.analysis.body)
    if etype == "OTHER" and mode is not None:
        attrs += (("kind", mode),)
        score = read_score(tree, cand, ctx.analysis.body) if mode == "game" else None
        if score is not None:
            attrs += (("score", score),)
        mode = None
    return mode, attrs


def _pluperfect(tree: Tree, cand: Candidate) -> bool:
    """True for 〜ていた (提訴していた, 委ねていた): an earlier event retold as background."""
    words = [t.surface for t in tree.tail(cand.pred.i)]
    return any(words[k : k + 3] == ["て", "い", "た"] for k in range(len(words)))


def _planned_cue(tree: Tree, cand: Candidate, lex: Lexicon, body: str) -> bool:
    """True when a planned cue (予定, 方針 ...) follows the predicate."""
    return any(c in window(tree, cand, body) for c in lex.cue("planned"))


def _undated_modifier(
    tree: Tree, cand: Candidate, times: Sequence[TimeExpression], lex: Lexicon
) -> bool:
    """True for a relative clause that only describes a noun (米国が提案した停戦案,
    衆院を通過した予算案): background wording, not a reported event, unless it carries a
    date of its own (2月26日に発生した山林火災) or its noun is a status word (協議する予定)."""
    clause = _chained_into(tree, cand.pred)
    head = tree.head(clause.i)
    if cand.via not in ("verb", "light") or clause.dep != "acl" or head is None:
        return False
    if head.lemma in FORMAL_NOUNS or _runs_on(tree, clause):
        return False
    if tree.particles(clause.i).endswith("と"):
        # 交渉を始めると説明。: a quotation GiNZA hung on a noun, not a relative clause
        return False
    if clause is not cand.pred and not any(t.lemma == "た" for t in tree.tail(clause.i)):
        # 合意し、維新が賛成する道筋がついた: a clause chained into a non-past relative clause
        # is told as done; only a past one (提案し、受け入れていた停戦案) is description.
        return False
    status_words = lex.cue("hedged") + lex.cue("planned") + lex.cue("denied")
    if any(head.surface in c or c in head.surface for c in status_words):
        return False
    # A day set off by a comma (米国時間1月6日、…を禁止する大統領令について…提起した) is
    # the main clause's, whatever GiNZA hung it on: a relative clause's own date is written
    # without one (2月26日に発生した山林火災). Not for a clause chained into the relative one
    # (16日、…非難し、予定していた承認を先送りした): there the comma ends the day's own clause.
    commas = (
        {t.start for t in tree.tokens.values() if t.surface == "、"}
        if clause is cand.pred
        else set()
    )
    for kid in tree.kids(cand.pred.i) + tree.kids(clause.i):
        lo, hi = tree.span(kid.i)
        if any(
            t.type in ("date", "time") and lo <= t.start and t.end <= hi and t.end not in commas
            for t in times
        ):
            return False
    return True


def _issued_statement(tree: Tree, noun: Token, lex: Lexicon) -> bool:
    """True when ``noun`` is a document a party issues (cue kind ``issued``: 声明, 談話) and
    the object (を) of a light verb (出す, 発表): 中国に自制を求める声明を出した tells the
    demand made, in the statement's words; 米国が提案した停戦案 stays a description."""
    if not any(noun.surface.endswith(c) for c in lex.cue("issued")):
        return False
    verb = tree.head(noun.i)
    return (
        verb is not None
        and tree.particles(noun.i).startswith("を")
        and verb.lemma in lex.cue("light")
    )


def statement_issuer(tree: Tree, cand: Candidate, lex: Lexicon) -> Token | None:
    """The verb that issues the statement a trigger's relative clause describes (中国に自制を
    求める声明を出した -> 出し), or None: that verb's subject, tense and day are the act's."""
    if cand.via not in ("verb", "light") or cand.pred.dep != "acl":
        return None
    noun = tree.head(cand.pred.i)
    if noun is None or not _issued_statement(tree, noun, lex):
        return None
    return tree.head(noun.i)


#: After an act named as the thing judged (命令を出したのは違法だとして, 拒んだのは不当だと):
#: の + は, a short verdict with no number (a cleft with a day, 確認されたのは26日だった, is
#: news), then だ / である + と. Calibrated on the gold and held-out pages: only lawsuits'
#: and protests' grounds matched.
JUDGED_AFTER = re.compile(r"のは[^、。「」\d０-９]{1,8}?(?:だ|である)と")


def _judged(tree: Tree, cand: Candidate, times: Sequence[TimeExpression], body: str) -> bool:
    """True for an earlier act named only as what a verdict is about (バイデン大統領が…命令を
    出したのは違法だとして…訴えを起こした): a background mention, which the guidelines
    annotate only with a date of its own."""
    if cand.via not in ("verb", "light"):
        return False
    tail = [t for t in tree.tail(cand.pred.i) if t.surface != "の"]  # GiNZA may take の in
    end = (tail[-1] if tail else cand.pred).end
    if JUDGED_AFTER.match(body, end) is None:
        return False
    for kid in tree.kids(cand.pred.i):
        lo, hi = tree.span(kid.i)
        if any(t.type in ("date", "time") and lo <= t.start and t.end <= hi for t in times):
            return False
    return True


def _expected(tree: Tree, cand: Candidate, lex: Lexicon) -> bool:
    """True when the predicate's clause is what someone hopes or expects (cue kind
    ``expect``: ロシアが停戦案に同意することを期待すると述べた, 早期の合意を望む): an
    expectation is no event, and the act expected has not happened nor been planned."""
    gov = governor(tree, cand.pred)
    return gov is not None and gov.lemma in lex.cue("expect")


#: What follows an act set aside in favour of another (買収するのではなく投資をする).
CONTRAST_AFTER = ("のではなく", "のでなく", "のではない", "ではなく")


def _contrasted(tree: Tree, cand: Candidate, body: str) -> bool:
    """True for an act named only to be set aside (日鉄は買収するのではなく投資をするのだ):
    neither done, planned nor denied as a happening, so no event."""
    tail = tree.tail(cand.pred.i)
    end = (tail[-1] if tail else cand.pred).end
    return body.startswith(CONTRAST_AFTER, end) or any(
        body.startswith(CONTRAST_AFTER, t.start) for t in tail
    )


def _stative_relative(tree: Tree, cand: Candidate, lex: Lexicon) -> bool:
    """True for a clause in 〜ている/〜ていた written right before a noun it describes
    (拘束していた兵士の交換, 2022年から拘束されていた人, 9月13日から続いていたストライキ): it
    tells the state the noun was in, not an event, even with a date (a から-date marks the
    start of that state). Checked on the words, not on GiNZA's label, which is often not acl
    here (拘束していた hung on the subject as dep). Not before こと/の (the clause is content)
    or a status noun (協議している可能性)."""
    if cand.via not in ("verb", "light"):
        return False
    tail = tree.tail(cand.pred.i)
    words = [t.surface for t in tail]
    if not tail or not any(words[k : k + 2] == ["て", "い"] for k in range(len(words))):
        return False
    if tail[-1].surface not in ("た", "いる", "る"):
        return False  # 拘束している。/ 続いていたが: not attributive before a noun
    nxt = tree.tokens.get(tail[-1].i + 1)
    if nxt is None or nxt.pos not in ("NOUN", "PROPN") or nxt.lemma in FORMAL_NOUNS:
        return False
    return not _status_noun(nxt) and nxt.lemma not in lex.cue("case")


#: After a clause in て + から, what makes it a 'since' reference (発足させてから2回目,
#: 就任してから初めて, 合意してから1カ月ぶり): the count of occasions since an earlier event.
SINCE_COUNT = re.compile(
    r"から[^、。]{0,6}?(?:\d+|[一二三四五六七八九十]+)?(?:回目|度目|初|ぶり|以来)"
)


def _since_clause(tree: Tree, cand: Candidate, body: str) -> bool:
    """True for an earlier event told as the point a count starts from (トランプ氏が1月に政権
    を発足させてから2回目): background the reader already knows, even with its own date."""
    te = [t for t in tree.tail(cand.pred.i) if t.surface == "て"]
    # から may be parsed into the tail (a mark) or left outside it: read the text after て.
    return bool(te) and SINCE_COUNT.match(body, te[-1].end) is not None


def _placed_relative(tree: Tree, cand: Candidate, actors: Sequence[ActorMention]) -> bool:
    """True for a relative clause that carries its own place (米国とウクライナがサウジアラビア
    で合意した停戦案): it tells an earlier event with where it happened, which the reader
    needs; it is kept as a background mention, like one with its own date."""
    clause = _chained_into(tree, cand.pred)
    if cand.via not in ("verb", "light") or clause.dep != "acl":
        return False
    for kid in tree.kids(cand.pred.i):
        if tree.particles(kid.i) != "で":
            continue
        lo, hi = tree.span(kid.i)
        if any(lo <= x.start and x.end <= hi and x.kind in ("place", "country") for x in actors):
            return True
    return False


def _chained_into(tree: Tree, pred: Token) -> Token:
    """The verb whose clause ``pred`` belongs to: ``pred`` itself, or the verb of the relative
    clause it is chained into (米国が提案し、ウクライナが受け入れた停戦案: 提案 runs on into
    受け入れた, which describes 停戦案)."""
    tok = pred
    for _ in range(4):
        head = tree.head(tok.i)
        if tok.dep not in ("advcl", "conj") or head is None or not _runs_on(tree, tok):
            break
        tok = head
    return tok


def _runs_on(tree: Tree, pred: Token) -> bool:
    """True when the clause ends in a continuative form followed by a comma or the noun
    (勝って開幕2連勝, 派遣され、): GiNZA may call it acl, but a relative clause ends in an
    attributive form (勝った, 派遣された); this clause runs on into the next."""
    tail = tree.tail(pred.i)
    if not tail:
        return False
    last = tail[-1]
    nxt = tree.tokens.get(last.i + 1)
    if last.surface in ("て", "で"):
        return True
    return last.surface in ("し", "され", "れ", "られ") and nxt is not None and nxt.surface == "、"


#: Verbs through which a quoted clause describes the noun they modify (止めるとした合意,
#: 停戦するという案): saying verbs, not events.
QUOTING_VERBS = frozenset({"する", "いう", "言う"})


def _noun_content(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate's clause is quoted as the content of a noun: 止めるとの提案,
    止めるとした合意, 停戦するという案. The noun (a proposal, an agreement) may be an
    event; the act it describes has not happened as such."""
    head = tree.head(cand.pred.i)
    if cand.via != "verb" or head is None:
        return False
    marks = tree.particles(cand.pred.i)
    if marks.endswith("との") and head.pos in ("NOUN", "PROPN"):
        return True
    outer = tree.head(head.i)
    return (
        marks.endswith("と")
        and head.lemma in QUOTING_VERBS
        and head.dep == "acl"
        and outer is not None
        and outer.pos in ("NOUN", "PROPN")
    )


def _ready(tree: Tree, cand: Candidate, lex: Lexicon, body: str) -> bool:
    """True when a readiness noun (用意) follows the predicate's clause (受け入れる用意が
    ある), or an intention noun (意向, 考え) follows an acceptance (応じる考えを示した): the
    clause is what the subject declared itself ready to do."""
    tail = tree.tail(cand.pred.i)
    end = (tail[-1] if tail else cand.pred).end  # after 攻撃しない: the noun comes next
    text = body[end : end + 4]
    cues = lex.cue("ready") + (lex.cue("intent") if "accept" in cand.entry.flags else ())
    return any(text.startswith(c) for c in cues)


#: Types of an act that, declared as readiness (用意), stay that act, planned: help offered
#: to another party (支援を行う用意がある is AID in the gold), which answers no proposal,
#: unlike accepting or halting (受け入れる用意, 攻撃を止める用意: AGREE).
OFFERED_TYPES = frozenset({"AID", "COOPERATE"})


def _offers_help(cand: Candidate, negated: bool) -> bool:
    """True for readiness to give help (必要な支援を行う用意があると述べた): the act keeps
    its type (AID, COOPERATE) as a plan instead of becoming an AGREE."""
    return cand.entry.type in OFFERED_TYPES and not negated and "accept" not in cand.entry.flags


def declaration_day(tree: Tree, cand: Candidate, ctx: _Context) -> TimeExpression | None:
    """The day of the statement that declared readiness or the will to accept (ウクライナは
    11日、…受け入れる用意があると表明した; …受け入れる意向を表明していた): the offer was
    made when it was declared, so the date of the declaring verb above the clause (the
    nearest reporting or statement verb) dates it. None when that verb has no date."""
    lex, times = ctx.lex, ctx.analysis.times
    verbs = lex.cue("report") + lex.cue("state")
    verb = next((t for t in tree.ancestors(cand.pred.i) if t.lemma in verbs), None)
    if verb is None:
        return None
    day = framed_day(tree, verb, times)
    if day is None:
        day, _ = read_date(tree, dataclasses.replace(cand, pred=verb, via="verb"), times)
    return day


#: Auxiliaries of wish or will (発足させたい, 退団しよう): the act is intended, not done.
WISH_AUX = frozenset({"たい", "う", "よう"})


#: Verbs that make a quoted decision take effect as it is declared (禁止すると発表した,
#: 見送ると表明した: the ban, the dropping happen that day), unlike verbs that only tell an
#: intention (退団すると明らかにした, 発足させたいと語った).
PERFORMATIVE_VERBS = frozenset({"発表", "表明", "公表", "宣言", "決定", "決める"})


def _announced(tree: Tree, cand: Candidate) -> bool:
    """True for a non-past act told as an intention (今夏限りで退団すると明らかにした) or a
    wish (新政権を発足させたいと語った): it stays planned even when a past day stands near
    it, since that day is when it was said. A decision declared (禁止すると発表した) is not
    one: declaring it is the act."""
    tail = tree.tail(cand.pred.i)
    if any(t.lemma in WISH_AUX for t in tail):
        return True
    quoted = tree.particles(cand.pred.i).endswith(("と", "との")) or (
        bool(tail) and tail[-1].surface in ("と", "との")
    )
    head = tree.head(cand.pred.i)
    return quoted and head is not None and head.lemma not in PERFORMATIVE_VERBS


def announced_day(tree: Tree, cand: Candidate, ctx: _Context) -> TimeExpression | None:
    """The day of the announcement that reports a done act with no date of its own (首相は
    15日、ドーハで記者会見し、イスラエルとハマスが停戦で合意したと発表した → 15日): a
    performative announcement (発表, 表明, 公表, 宣言) tells what was just done, so its day
    (written after its speaker, see :func:`framed_day`) dates the act. A pluperfect
    (合意していたと発表した) is background and keeps no such day; other reporting verbs
    (述べた, としている) may retell older events. None when there is no such announcement."""
    rep = reporter(tree, cand, ctx.lex)
    if rep is None or rep.lemma not in PERFORMATIVE_VERBS or _pluperfect(tree, cand):
        return None
    return framed_day(tree, rep, ctx.analysis.times)


def _conditional(tree: Tree, cand: Candidate, lex: Lexicon) -> bool:
    """True when the predicate's clause is an 'if' clause (続ければ, 合意すれば) or an 'even
    if' clause (反対しても: see :func:`_concessive`)."""
    words = [t.surface for t in tree.tail(cand.pred.i)]
    return any(w in lex.cue("conditional") for w in words) or _concessive(tree, cand.pred)


def _concessive(tree: Tree, tok: Token) -> bool:
    """True for a clause ending in ても/でも (議決しなくても, 反対しても): 'even if'. GiNZA
    hangs the も on the verb as a case particle, right after its tail."""
    tail = tree.tail(tok.i)
    after = tree.tokens.get(tail[-1].i + 1) if tail else None
    return (
        bool(tail)
        and tail[-1].surface in ("て", "で")
        and after is not None
        and after.surface == "も"
    )


def _in_case(tree: Tree, cand: Candidate, lex: Lexicon) -> bool:
    """True for a non-past predicate framed by an 'in case' clause (ロシアが合意に違反した
    場合には、…制裁を求める): it tells what would be done, not what is planned or done."""
    if is_past(tree, cand):
        return False
    return any(
        kid.lemma in lex.cue("case") and tree.kids(kid.i, "acl") for kid in tree.kids(cand.pred.i)
    )


def _under_condition(tree: Tree, cand: Candidate, lex: Lexicon) -> bool:
    """True for a non-past predicate with a concessive 'even if' clause of its own (参院が
    議決しなくても30日後に自然成立する): like a 場合 frame, it tells a rule, what would
    happen whatever is done, not an event. An 'if' clause (必要があれば…協議する可能性) is
    not enough: the gold keeps such hedged plans (measured: −3 gold matches)."""
    if is_past(tree, cand):
        return False
    return any(_concessive(tree, kid) for kid in tree.kids(cand.pred.i, "advcl"))


def _shared_subjects(
    tree: Tree, cand: Candidate, actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """Subjects of the clauses chained with this one by て/し (advcl, conj): in 「Xは会談し、
    合意した」 X is the subject of both, though the parse hangs it on one of them."""
    group = chain_members(tree, cand)
    head = tree.head(cand.pred.i)
    if cand.pred.dep == "acl" and head is not None:
        group.insert(0, head)  # 両首脳は近く会談する見通しだ: the subject hangs on 見通し
        outer = tree.head(head.i)
        if outer is not None and head.dep == "obj" and _status_noun(head):
            group.insert(1, outer)  # 日産が…打ち切る方針を固めた: the one who decided it
    if _own_subject_word(tree, cand):
        return []  # 双方が解放し、国防省は…示した: another subject, another doer
    found: list[ActorMention] = []
    for g in group:
        if _quoted_reason(tree, g):
            continue  # …命令は不当だとして提訴した: whose order it was sued over, not who sued
        for kid in tree.kids(g.i):
            if _is_clause(kid):
                continue  # 合意したが、…拒否し: the が ends a clause, it marks no subject
            if kid.dep == "nsubj" or tree.particles(kid.i)[:1] in ("は", "が"):
                named = subject_actors(tree, kid, actors)
                unknown = unlinked_name(tree, kid, actors)
                found += named or ([unknown] if unknown is not None else [])
        if found:
            break
    return found


def _quoted_reason(tree: Tree, tok: Token) -> bool:
    """True for a clause quoted by と under a saying verb (…命令は不当だとして, 違法だとして
    提訴した): the claim the act is made on, not a clause the act's doer also did, so its
    subject lends the predicate nothing."""
    head = tree.head(tok.i)
    return (
        tree.particles(tok.i).endswith("と")
        and head is not None
        and head.i != tok.i
        and head.lemma in QUOTING_VERBS
    )


def _mode(tree: Tree, cand: Candidate, lex: Lexicon, body: str) -> str | None:
    """The PLOVER mode: the trigger's own (電話会談 -> phone), else a cue among the predicate's
    direct arguments for CONSULT (電話で会談 -> phone, オンラインで -> video, 仲介 -> third-party)."""
    mode = cand.entry.mode
    if cand.entry.type != "CONSULT" or mode not in (None, "meet"):
        return mode
    args = tree.kids(cand.pred.i) + tree.kids(cand.trigger.i)
    words = "".join(body[a.start : a.end] for a in args)
    for kind in ("phone", "video", "third-party"):
        if any(c in words for c in lex.cue(kind)):
            return kind
    return mode


def _claim(tree: Tree, cand: Candidate, ctx: _Context) -> tuple[Claim | None, ActorMention | None]:
    """Who claimed the event, and the speaker as an actor when the quoted clause has no subject."""
    actors = ctx.analysis.actors
    rep = reporter(tree, cand, ctx.lex)
    if rep is not None:
        who = speaker(tree, rep, actors)
        if who is not None:
            lo, hi = tree.span(rep.i)
            match = [a for a in actors if a.entity == who.entity and lo <= a.start < hi]
            return who, (match[0] if match else None)
        if ctx.last_speaker is not None:
            return ctx.last_speaker, None
        topic = _own_topic(tree, cand, actors)
        if topic:
            # ロシア側は…求めたとしています: GiNZA hangs the topic on the quoted verb, but
            # the one who says it is the sentence's topic.
            return claim_of(topic[0]), None
    source = source_claim(tree, actors, ctx.lex)
    speech = ctx.lex.cue("report") + ctx.lex.cue("state")
    if source is not None and source.entity is None and source.name in speech:
        # 発表によると with no owner: the announcement the article has just told of
        # (米ホワイトハウスは…と発表した。発表によると、…).
        return ctx.last_speaker or source, None
    return source, None


def _participants(
    tree: Tree, cand: Candidate, ctx: _Context, speaker_actor: ActorMention | None
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Actors and recipients, with the subject shared over chained clauses, or the speaker
    of a quoted clause that names no subject of its own."""
    actors = ctx.analysis.actors
    doers, others = read_participants(tree, cand, actors)
    if cand.entry.type in ("AGREE", "REJECT"):
        others += proposers(tree, cand, actors)  # the one whose plan is answered
    if doers and not others and passive_agents(tree, cand, actors):
        # Xは…駆けつけた警察官に拘束された: the police act; the topic, wherever GiNZA hung
        # it, is the one who underwent it.
        done = {x.entity for x in doers}
        undergoer = _shared_subjects(tree, cand, actors) or clause_topic(tree, cand, actors)
        others = [x for x in undergoer if x.entity not in done]
    if not doers and others and cand.entry.type == "CONSULT":
        # Xは…Yとの協議で…表明した: X took part in the talks with Y. Only completes a pair;
        # talks that name no partner are not rescued from the precision gate.
        doers = [x for x in occasion_host_subjects(tree, cand, actors) if x not in others]
    if not doers and cand.via != "background":
        body = acting_body(tree, cand, _tokens_before(ctx, cand))
        doers = [body] if body is not None else _shared_subjects(tree, cand, actors)
        if not doers and speaker_actor is not None and not _own_subject_word(tree, cand):
            doers = [speaker_actor]  # 「…と会う考えを明らかにした」: the speaker is the doer
        if not doers and not others and cand.entry.type == "OTHER":
            doers = chain_venue(tree, cand, actors)  # 参院で修正されたうえで可決され
        if not doers and not _own_subject_word(tree, cand):
            # The sentence's own topic, written before the predicate, is the subject of a
            # clause that names none (ホンダは…不満を募らせ、…日産を子会社とする案を打診した).
            doers = [x for x in clause_topic(tree, cand, actors) if x not in others]
        near = cand.pred.sentence - ctx.topic_at <= TOPIC_REACH
        if not doers and near and not _has_subject(tree, cand):
            doers = _zero_subject(tree, cand, ctx, others)
    if not doers and cand.via != "background":
        # 声明は…求めた: a document speaks for whoever issued it a few sentences before.
        doers = document_issuers(tree, cand, actors, _tokens_before(ctx, cand))
    if "accept" in cand.entry.flags and doers and not others and _answers_a_plan(tree, cand):
        others = _proposer_before(cand, ctx, doers)  # ホンダは…案を打診した。日産は受け入れず
    return _unique(doers), [a for a in _unique(others) if a.entity not in {d.entity for d in doers}]


def _zero_subject(
    tree: Tree, cand: Candidate, ctx: _Context, others: Sequence[ActorMention]
) -> list[ActorMention]:
    """The doers of a predicate with no subject word: the topic (は) of the latest sentence
    that had one (プーチン氏は…同意した。…受け入れを見送った。), also beside a partner or
    target of its own (…と述べ、…示唆した。近く日鉄の首脳と会う考えも明らかにした). A subject
    topic of the predicate's own sentence, wherever GiNZA hung it, comes first: a linked one
    is the doer (両社は…開き、…合意書を…), an unlinked one means nobody known. A predicate
    that describes a noun (18日の会談で一致した攻撃停止について、大統領府は…) is no clause of
    its sentence's topic: it continues the earlier topic only when it names no one at all
    (the rule as it was before partners were allowed)."""
    if _outside_topic(tree, cand):
        return [] if others else list(ctx.topic)
    own = _own_topic(tree, cand, ctx.analysis.actors)
    topic = ctx.topic if own is None else own
    return [x for x in topic if x.entity not in {o.entity for o in others}]


def _tokens_before(ctx: _Context, cand: Candidate) -> list[Token]:
    """The article's parsed tokens before the predicate's sentence (where 市 finds its city)."""
    return [t for t in ctx.analysis.tokens if t.sentence < cand.pred.sentence]


#: Object nouns that name the plan being answered, not a party (この案を受け入れず).
PLAN_NOUNS = frozenset({"案", "提案", "要求", "申し出", "条件"})


def _answers_a_plan(tree: Tree, cand: Candidate) -> bool:
    """True when an acceptance or refusal names no object of its own, or only a pronoun or a
    plan noun (これを受け入れず, 案を受け入れなかった): it answers a plan told before."""
    for kid in tree.kids(cand.pred.i) + tree.kids(cand.trigger.i):
        if tree.particles(kid.i)[:1] not in ("を", "に") or kid.i == cand.trigger.i:
            continue
        told = [k for k in tree.kids(kid.i) if k.dep not in FUNCTION_DEPS and k.pos != "DET"]
        if kid.pos != "PRON" and (kid.lemma not in PLAN_NOUNS or told):
            return False  # 株主の要求を受け入れず: a plan the sentence itself names
    return True


def _proposer_before(
    cand: Candidate, ctx: _Context, doers: Sequence[ActorMention]
) -> list[ActorMention]:
    """The proposer of the plan an acceptance or refusal answers: the doers of a proposal
    (REQUEST: 打診, 提示, 持ちかける) told in the same or the sentence before and made to this
    event's doer (ホンダは日産を子会社とする案を打診した。日産は…受け入れず → Honda). None
    when the latest such event was not addressed to the doer."""
    mine = {d.entity for d in doers}
    for ev in reversed(ctx.events):
        if ev.mention.sentence_index < cand.pred.sentence - 1:
            break
        if ev.type != "REQUEST":
            continue
        asked = {p.entity for p in ev.recipients}
        offered = {p.entity for p in ev.actors} - mine
        if not (mine & asked and offered):
            return []
        lo, hi = ev.mention.start, ev.mention.end
        return [a for a in ctx.analysis.actors if a.entity in offered and lo <= a.start < hi]
    return []


def sentence_topic(tree: Tree, actors: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """The actors of the は-phrase of the sentence's root (its topic), if any, else of the
    clauses chained with the root (Xは…と述べ、…可能性を示唆した: GiNZA hangs X on 述べ)."""
    root = next((t for t in tree.tokens.values() if t.dep == "ROOT"), None)
    if root is None:
        return ()
    for clause in [root, *tree.chain(root.i)]:
        for kid in tree.kids(clause.i):
            parts = tree.particles(kid.i)
            if parts.startswith("は") and kid.dep in ("nsubj", "obl", "dislocated"):
                return tuple(subject_actors(tree, kid, actors))
    return ()


def _is_clause(tok: Token) -> bool:
    """True for a clause hung on a predicate (合意したが, 会談し): its particle (が, て) ends
    the clause and marks no argument."""
    return tok.pos in ("VERB", "AUX") or tok.dep in ("advcl", "conj", "acl", "ccomp")


def _own_subject_word(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate itself has a subject word that names no actor (双方が解放し,
    両社は提訴していた, 火災が発生した): the subject is said, only not linked, so neither a
    chained clause's subject nor the topic may stand in for it."""
    if cand.trigger.i != cand.pred.i and tree.particles(cand.trigger.i)[:1] in ("が", "は"):
        return True  # 協議は始まった: the talks are the subject; who holds them is not said
    return has_subject_word(tree, cand.pred) or has_subject_word(tree, cand.trigger)


def clause_topic(tree: Tree, cand: Candidate, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors of the nearest は-phrase written before the predicate: the topic, which
    Japanese does not repeat for each clause (ゼレンスキー氏は…応じる考えを示した: the one who
    would agree). GiNZA may hang it on any verb of the sentence, so its position is trusted,
    not its attachment. A nearer topic that is no actor (…命令を出し、両社は…求めて提訴)
    gives nothing."""
    if _outside_topic(tree, cand):
        return []  # 18日の会談で一致した攻撃停止について、大統領府は: not the office's accord
    first = tree.tokens[cand.first]
    topics = [
        tok
        for tok in tree.tokens.values()
        if tok.start < first.start
        and tree.particles(tok.i) in ("は", "側は")
        and tok.dep in ("nsubj", "obl", "dislocated")
        and tok.lemma not in load_lexicon().triggers  # 停戦は拒否し: a topicalised object
    ]
    return subject_actors(tree, max(topics, key=lambda t: t.i), actors) if topics else []


def _outside_topic(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate's clause describes a noun (会談で一致した攻撃停止, 制裁が解除される
    まで) rather than being the content of a status noun (応じる考え, 受け入れる用意) or of
    こと/よう: the sentence's topic is not its subject."""
    for tok in [cand.pred, *tree.ancestors(cand.pred.i)]:
        head = tree.head(tok.i)
        if tok.dep not in ("acl", "advcl") or head is None:
            continue
        if tok.dep == "advcl":
            if tree.continuative(tok.i) or tok.i == cand.pred.i:
                continue
            return True  # 解除されるまで, 就任する前に: a time or condition clause
        if head.lemma not in FORMAL_NOUNS and not _status_noun(head):
            return True
    return False


def _status_noun(tok: Token) -> bool:
    """True for a noun that carries the status of the clause before it (考え, 用意, 予定)."""
    lex = load_lexicon()
    words = lex.cue("planned") + lex.cue("hedged") + lex.cue("denied")
    return any(tok.surface in c or c in tok.surface for c in words)


def _has_subject(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate (or its clause chain) has a subject word of its own, even one
    that is no actor (火災が発生した, 予算案は可決された)."""
    for tok in [cand.pred, *tree.chain(cand.pred.i)]:
        for kid in tree.kids(tok.i):
            if kid.dep == "nsubj" or tree.particles(kid.i)[:1] in ("が", "は"):
                return True
    return False


def _own_topic(
    tree: Tree, cand: Candidate, actors: Sequence[ActorMention]
) -> list[ActorMention] | None:
    """The actors of the sentence's first subject topic (a は-phrase GiNZA calls nsubj)
    written before the predicate, wherever it hangs; None when there is none. The sentence
    then has a subject of its own and continues no earlier topic: 両社は…開き、昨年12月に
    交わした基本合意書を… → both companies; イスラエル首相府は…非難し (not linked) → []."""
    first = tree.tokens[cand.first]
    for t in sorted(tree.tokens.values(), key=lambda t: t.i):
        if t.start >= first.start:
            break
        if t.dep == "nsubj" and tree.particles(t.i).startswith("は"):
            return subject_actors(tree, t, actors)
    return None


def _unique(actors: Sequence[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out: list[ActorMention] = []
    for a in actors:
        if a.entity not in seen:
            seen.add(a.entity)
            out.append(a)
    return out


def _mention(
    a: AnalyzedArticle,
    sentence: Sentence,
    trigger: tuple[int, int],
    claim: Claim | None,
    background: bool,
    when: TimeExpression | None,
) -> EventMention:
    """The EventMention: the sentence and trigger spans in the body, claim, background, date text."""
    return EventMention(
        article_id=a.article_id,
        sentence_index=sentence.index,
        sentence=a.body[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
        trigger_start=trigger[0],
        trigger_end=trigger[1],
        claimed_by=claim.name if claim else None,
        claimed_by_entity=claim.entity if claim else None,
        background=background,
        date_text=when.text if when else None,
    )


def _bare_other(
    tree: Tree,
    cand: Candidate,
    etype: str,
    place: str | None,
    when: TimeExpression | None,
    quantities: Sequence[Quantity] = (),
) -> bool:
    """True when an OTHER event with no participant still stands on its own (the caller
    excludes denied ones: 雨がほとんど降らず describes a state, it reports no happening): it has a place
    (大船渡市で山林火災が発生した), or a subject word and a date (予算は31日に成立した,
    1人が26日に死亡した), or a count of people as subject (9人が死亡した): what happened,
    and when or to how many, is told even though nobody did it."""
    if etype != "OTHER":
        return False
    return (
        bool(place)
        or (when is not None and _has_subject(tree, cand))
        or _passive_noun(tree, cand)
        or bool(quantities and _counted_subject(tree, cand, quantities))
        or _natural_event(tree, cand)
    )


#: Nouns of a plan whose terms a sentence may report (計画によると / 計画では), beside the
#: AGREE and REQUEST trigger nouns (合意, 提案).
DEAL_NOUNS = frozenset({"計画", "案", "合意内容"})


def _terms_of_a_deal(tree: Tree, lex: Lexicon) -> bool:
    """True when the sentence reports what an agreement or plan says, by a source phrase on
    its noun (合意によると, 提案によれば, 計画では): the undated planned acts it lists are
    the deal's terms, its content (the guidelines: no event of their own unless the text
    gives them their own date or place), not events told by the outlet."""
    for tok in tree.tokens.values():
        parts = tree.particles(tok.i)
        if not (any(parts.startswith(c) for c in lex.cue("source")) or parts == "では"):
            continue
        entry = lex.triggers.get(tok.lemma)
        if tok.lemma in DEAL_NOUNS or (entry is not None and entry.type in ("AGREE", "REQUEST")):
            return True
    return False


def _advisory(tree: Tree, cand: Candidate, lex: Lexicon) -> bool:
    """True when a request's を-object is a word of public advice (cue kind ``advisory``:
    注意, 警戒; 余震が起きる可能性があるとして、注意を呼びかけている): authorities warning the
    public make no demand on a party, and the gold lists no such row."""
    return any(
        tree.particles(kid.i).startswith("を") and kid.lemma in lex.cue("advisory")
        for kid in tree.kids(cand.pred.i)
    )


def _mutual(doers: Sequence[ActorMention], others: Sequence[ActorMention]) -> bool:
    """True when a confirmation (flag ``mutual``: 確認) has two or more parties, one of them
    a doer (両首脳は…確認した; 首相は大統領と…確認した). Parties that are only owners of
    what is confirmed (日米同盟の強化を確認し, with no subject) confirm nothing together."""
    return bool(doers) and len({x.entity for x in [*doers, *others]}) >= 2


def result_day(
    tree: Tree, cand: Candidate, times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """For an OTHER event that names no party but has a subject word (予算は成立した), the
    day-precise date of the continuative clause written before it and chained into it
    (衆院は同日の本会議で参院の修正に同意し、予算は成立した): the outcome comes of that act
    and happens with it. None when there is no such clause or it has no day of its own.
    An event with parties keeps the chain rule of read_date (バイデン氏は1月3日に命令を出し、
    両社は…提訴していた: the suit is not dated by the order)."""
    if not _has_subject(tree, cand):
        return None
    for kid in tree.kids(cand.pred.i, "advcl", "conj"):
        if kid.i > cand.pred.i or not tree.continuative(kid.i):
            continue
        # Only the clause's own words: a clause chained before it (参院は3月31日に可決し、
        # 衆院が同じ日に同意して、予算は…成立した) is another act, dated by other rules.
        own = [
            tree.tokens[j]
            for j in tree.subtree(kid.i)
            if j == kid.i or not _inside_chain(tree, j, kid.i)
        ]
        days = [
            t
            for t in times
            if t.type in ("date", "time")
            and any(w.start <= t.start < w.end for w in own)
            and len(contract_date(t.value) or "") in (7, 10)  # 2025-03-31, --03-31
        ]
        if days:
            return days[0]
    return None


def _inside_chain(tree: Tree, j: int, top: int) -> bool:
    """True when token ``j`` lies in a clause chained (advcl, conj) below ``top``."""
    for t in [tree.tokens[j], *tree.ancestors(j)]:
        if t.i == top:
            return False
        if t.dep in ("advcl", "conj") and t.pos in ("VERB", "AUX", "ADJ"):
            return True
    return False


#: Kinds of OTHER events that happen with no doer: nature and accidents (余震が起きる,
#: 地震が発生した, 事故が起きた). Their subject is the event itself, not a party.
NATURAL_KINDS = frozenset({"disaster", "weather", "accident"})


def _natural_event(tree: Tree, cand: Candidate) -> bool:
    """True for a natural event or an accident whose trigger noun is the subject of its light
    verb (余震が起きる可能性がある, 地震が発生した): the text tells it happened (or may);
    nobody did it, so no participant is to be found and none is needed."""
    if any(t.lemma in POTENTIAL_AUX or t.surface in POTENTIAL_AUX for t in tree.tail(cand.pred.i)):
        return False  # 山林火災が起こりうる: what can happen in general, not news
    return (
        cand.entry.mode in NATURAL_KINDS
        and cand.via == "light"
        and tree.particles(cand.trigger.i)[:1] in ("が", "は", "も")
    )


#: The auxiliary of what can happen (起こりうる, 起こり得る): a general possibility.
POTENTIAL_AUX = frozenset({"得る", "うる", "える"})


#: Units of a count of people: a casualty or a crowd reported as a number (9人が死亡した).
PEOPLE_UNITS = frozenset({"人", "名"})


def _counted_subject(tree: Tree, cand: Candidate, quantities: Sequence[Quantity]) -> bool:
    """True when the predicate's subject (が/は/も) is a count of people (9人が死亡し,
    4万6000人以上が死亡した): a casualty report states what happened to whom it counts;
    who caused it is often not said and is no participant of the event."""
    for kid in tree.kids(cand.pred.i):
        if tree.particles(kid.i)[:1] not in ("が", "は", "も"):
            continue
        lo, hi = tree.span(kid.i)
        if any(q.unit in PEOPLE_UNITS and lo <= q.start and q.end <= hi for q in quantities):
            return True
    return False


def _passive_noun(tree: Tree, cand: Candidate) -> bool:
    """True when the trigger noun is the subject of its passive light verb (避難指示が出され
    た, 死亡が確認された): the text reports the event itself and leaves out, as such
    sentences do, who issued or confirmed it."""
    if cand.via != "light" or cand.trigger.dep != "nsubj":
        return False
    return any(t.lemma in ("れる", "られる") for t in tree.tail(cand.pred.i))


#: What one party signs alone (大統領令, 布告, 法案, 法律, 命令): signing it enacts that party's
#: own act, not an agreement with another (AGREE is for treaties, deals, 合意書).
INSTRUMENTS = ("令", "布告", "法案", "法律", "命令", "予算")


def _signs_an_instrument(tree: Tree, cand: Candidate) -> bool:
    """True for 署名 whose に-phrase (what is signed) ends in one of INSTRUMENTS
    (関税を引き上げる布告に署名した, 大統領令に署名した)."""
    if cand.entry.word != "署名":
        return False
    heads = {cand.trigger.i, cand.pred.i}
    return any(
        k.pos in ("NOUN", "PROPN")
        and k.head in heads
        and k.i not in heads
        and tree.particles(k.i).startswith("に")
        and k.lemma.endswith(INSTRUMENTS)
        for k in tree.tokens.values()
    )


def build_event(tree: Tree, sentence: Sentence, cand: Candidate, ctx: _Context) -> Event | None:
    """One Event for a candidate, or None when it fails the precision gate (a reporting verb,
    an if-clause, or no participant and no place)."""
    a, lex, body = ctx.analysis, ctx.lex, ctx.analysis.body
    issuer = statement_issuer(tree, cand, lex)
    if issuer is not None:
        cand = dataclasses.replace(cand, pred=issuer)  # …を歓迎する声明を出した: the issuing
    if "speech" in cand.entry.flags and not _has_object(tree, cand):
        return None  # と発表した / 公表されている: attribution or passive, not an event
    partner = hung_partner(tree, cand, a.actors, body) if "partner" in cand.entry.flags else None
    if "partner" in cand.entry.flags and not (
        _has_partner(tree, cand, a.actors)
        or partner is not None
        or _mode(tree, cand, lex, body) in ("phone", "video")
    ):
        # 「…」と話した / 記者団に話した: a statement, not a talk with someone; but 電話で話した
        # is a call whoever the partner is (両首脳が電話で話した).
        return None
    # A relative clause kept only for its own place is a background mention.
    placed = _undated_modifier(tree, cand, a.times, lex) and _placed_relative(tree, cand, a.actors)
    if _conditional(tree, cand, lex) or (
        _undated_modifier(tree, cand, a.times, lex) and not placed
    ):
        return None
    if _in_case(tree, cand, lex) or _under_condition(tree, cand, lex):
        return None  # …した場合には…を求める / 議決しなくても…成立する: what would be done
    if _expected(tree, cand, lex) or _contrasted(tree, cand, body):
        return None  # 同意することを期待する / 買収するのではなく投資する: not what happens
    if _judged(tree, cand, a.times, body):
        return None  # 命令を出したのは違法だとして: the grounds of a suit, told as background
    if _stative_relative(tree, cand, lex) or _since_clause(tree, cand, body):
        return None  # 拘束していた兵士 / 政権を発足させてから2回目: description, not news
    if _noun_content(tree, cand):
        return None  # 攻撃を止めるとの提案に同意した: what was proposed, not an event
    if "halt" in cand.entry.flags:
        halted = halted_object(tree, cand, lex)
        if halted is None:
            return None  # 車を止めた: no event; 攻撃をやめた: a RETREAT from the attacks
        cand = dataclasses.replace(cand, content=cand.content or halted.word)
    if cand.entry.type == "REQUEST" and _advisory(tree, cand, lex):
        return None  # 注意を呼びかけている: an advisory to the public, no demand on a party
    if "level" in cand.entry.flags:
        level = level_object(tree, cand, lex)
        if level is None:
            return None  # 部隊を引き上げる / 関税を引き上げる構え: not a level this rule types
        cand = dataclasses.replace(cand, entry=level)  # 政策金利を引き上げる: OTHER/rate
    status, negated = read_status(tree, cand, lex, body)
    decider = decided_by(tree, cand) if status == "planned" and not negated else None
    if decider is not None:
        status = "occurred"  # 0.5％程度に引き上げることを決めた: the decision is the news
    etype = cand.entry.type
    declared = _ready(tree, cand, lex, body)
    if declared and _offers_help(cand, negated):
        declared, status = False, "planned"  # 必要な支援を行う用意がある: an aid offered (AID)
    if declared:
        # 停戦を受け入れる用意があると表明した / 攻撃しない用意がある: the readiness declared is
        # an offer (AGREE) that was made, whatever the act offered and even when negated.
        if etype != "AGREE":
            cand = dataclasses.replace(cand, content=cand.content or cand.entry.word)
        etype, status, negated = "AGREE", "occurred", False
    if _signs_an_instrument(tree, cand):
        etype = "OTHER"  # 布告に署名した: one party's decree, no agreement with another
    ordered = ordered_event(tree, cand, lex)
    if ordered is not None:
        etype = ordered.type  # 軍に停止を命じた: the halt, done by order (RETREAT)
        cand = dataclasses.replace(cand, entry=ordered, content=ordered.word)
    if negated and "accept" in cand.entry.flags:
        etype, status = "REJECT", "occurred"  # 受け入れなかった: a refusal that happened
    claim, speaker_actor = _claim(tree, cand, ctx)
    if cand.via == "background":
        # 18日の首脳間の合意 in 発表によると…一致した: the source vouches for the new event;
        # the earlier one it refers to is told as known fact.
        claim, speaker_actor = None, None
    doers, others = _participants(tree, cand, ctx, speaker_actor)
    if partner is not None and partner.entity not in {x.entity for x in doers + others}:
        others = [*others, partner]  # the partner of the talk, hung elsewhere by GiNZA
    if "mutual" in cand.entry.flags and not _mutual(doers, others):
        return None  # 市は…焼けたことを確認した: one party verifying a fact agrees with nobody
    place = read_place(tree, cand, a.actors)
    if declared:
        doers, others, place = _declared_by(tree, cand, ctx, (doers, others, place))
    if _orders_a_company(cand, ordered, others):
        # 両社に…計画を放棄するよう命じた / 同社に回収を命じた: an authority imposing an act
        # on a company coerces it (the guidelines' 禁止命令); an order to one's own agency
        # (CFIUSに審査するよう命じた) or a court's (解散を命じる決定) stays OTHER.
        etype = "COERCE"
        cand = dataclasses.replace(cand, entry=dataclasses.replace(cand.entry, mode=None))
    if ordered is not None:
        # 攻撃をやめるようロシア軍に指示した: the forces ordered carry out the halt for the
        # one who orders it; they are not the side it is done to.
        told = {x.entity for x in order_addressees(tree, cand, a.actors)}
        others = [x for x in others if x.entity not in told]
    # A background mention may take its participants from its sentence (_fill_background).
    when, background = read_date(tree, cand, a.times)
    if when is None and decider is not None:
        # 24日まで開いた会合で、…引き上げることを決めた: the decision's day is the act's.
        when, _ = read_date(
            tree, dataclasses.replace(cand, pred=decider, trigger=decider, first=decider.i), a.times
        )
        when = when or meeting_end_day(tree, decider, a.times, lex)
    if when is None and declared:
        when = declaration_day(tree, cand, ctx)
    if when is None and etype == "OTHER" and not (doers or others):
        when = result_day(tree, cand, a.times)  # 衆院は同日…同意し、予算は成立した
    if not (
        doers
        or others
        or cand.via == "background"
        or (status != "denied" and _bare_other(tree, cand, etype, place, when, a.quantities))
    ):
        return None
    if when is None:
        when = same_day(tree, cand, a.times, body)
    if when is None and status == "occurred" and not background:
        when = announced_day(tree, cand, ctx)
    background = background or _pluperfect(tree, cand) or placed
    if not place and _undated_reason(tree, cand, body, background, when):
        return None  # 既に衆院を通過していたため: retold as the reason, with nothing to date
    if status == "planned" and when is None and _terms_of_a_deal(tree, lex):
        return None  # 合意によると、…人質を解放し、…釈放する: what the deal says will be done
    if (
        status == "planned"
        and when is not None
        and not _planned_cue(tree, cand, lex, body)
        and before_publication(contract_date(when.value), a.published)
    ):
        if _announced(tree, cand):
            when = None  # 孫選手は2日、…退団すると明らかにした: the day it was said
        else:
            status = "occurred"  # 2年前に就任する前に: a non-past form about a past date
    mode, attrs = _mode_and_attributes(tree, cand, ctx, etype)
    first = tree.tokens[cand.first]
    mention = _mention(a, sentence, (first.start, cand.trigger.end), claim, background, when)
    return Event(
        id="",
        article_id=a.article_id,
        type=etype,
        mode=mode,
        trigger=body[first.start : cand.trigger.end],
        status=status,  # type: ignore[arg-type]
        mention=mention,
        actors=tuple(participant(x) for x in doers),
        recipients=tuple(participant(x) for x in others),
        place=place,
        date=contract_date(when.value) if when else None,
        attributes=attrs,
        producer=ctx.producer,
    )


#: How a company is written when it is ordered (両社に, 同社に, 会社に): the addressee an
#: authority coerces. Named companies are not told apart from agencies by the knowledge
#: base (both are ``org``), so only these words are read.
COMPANY_WORDS = ("社",)


def _orders_a_company(
    cand: Candidate, ordered: TriggerEntry | None, others: Sequence[ActorMention]
) -> bool:
    """True for an order verb (kind ``order``: 命じた) that is not typed by what it orders
    (``ordered``: 軍に停止を命じた is a RETREAT) and whose recipients include a company
    written as such (両社に…放棄するよう命じた): an authority imposing an act on a company is
    COERCE. An order to one's own agency (CFIUSに審査するよう命じた) or to a group that is
    no company (教団に解散を命じる決定: a court's ruling) stays OTHER."""
    if cand.entry.mode != "order" or ordered is not None or cand.pred.i != cand.trigger.i:
        return False
    return any(x.surface.endswith(COMPANY_WORDS) for x in others)


#: Verbs of deciding: an act in a こと-clause they take as object is decided, and so done
#: as news (金利を引き上げることを決めた), unlike an act only intended (方針, 考え).
DECIDING_VERBS = frozenset({"決める", "決定"})


def decided_by(tree: Tree, cand: Candidate) -> Token | None:
    """The past deciding verb whose こと/の object is the predicate's clause (日銀は…0.5％
    程度に引き上げることを決めた -> 決め), or None. Such an act is reported as taken (the
    gold dates the rate rise by the meeting that decided it); a planned cue after the
    predicate (引き上げる方針を決めた) keeps it planned, since read_status finds it first."""
    head = tree.head(cand.pred.i)
    if cand.pred.dep != "acl" or head is None or head.lemma not in ("こと", "の"):
        return None
    verb = tree.head(head.i)
    if verb is None or verb.lemma not in DECIDING_VERBS:
        return None
    if not tree.particles(head.i).startswith("を"):
        return None
    return verb if any(t.lemma == "た" for t in tree.tail(verb.i)) else None


def meeting_end_day(
    tree: Tree, verb: Token, times: Sequence[TimeExpression], lex: Lexicon
) -> TimeExpression | None:
    """The last day of the meeting a decision was taken in: a day-precise time followed by
    まで inside the verb's で-phrase headed by a meeting noun (a CONSULT trigger: 24日まで
    開いた金融政策決定会合で…決めた -> 24日). A meeting that ran until a day decides at its
    close; a day it began on (12日から開かれた) dates no decision. None otherwise."""
    for kid in tree.kids(verb.i):
        entry = lex.triggers.get(kid.lemma)
        if not tree.particles(kid.i).startswith("で") or entry is None or entry.type != "CONSULT":
            continue
        lo, hi = tree.span(kid.i)
        for t in times:
            nxt = next((w for w in tree.tokens.values() if w.start == t.end), None)
            if (
                lo <= t.start < hi
                and nxt is not None
                and nxt.surface == "まで"
                and len(contract_date(t.value) or "") in (7, 10)
            ):
                return t
    return None


def _declared_by(
    tree: Tree,
    cand: Candidate,
    ctx: _Context,
    found: tuple[list[ActorMention], list[ActorMention], str | None],
) -> tuple[list[ActorMention], list[ActorMention], str | None]:
    """For a readiness declared (ゼレンスキー氏は訪問先のフィンランドで記者会見し、ウクライナも
    …止める用意があると表明した): the offer is the declarer's, so the subject of the declaring
    verb replaces the subject inside what is declared (a leader speaks for his country), and
    the declaring clause's place is the offer's when the clause declared has none. ``found``
    (doers, recipients, place) is returned unchanged when no declaring verb names a subject."""
    doers, others, place = found
    verb = declaring_verb(tree, cand, ctx.lex.cue("report") + ctx.lex.cue("state"))
    if verb is None:
        return found
    if place is None:
        place = read_place(
            tree, dataclasses.replace(cand, pred=verb, via="verb"), ctx.analysis.actors
        )
    speakers = clause_subjects(tree, verb, ctx.analysis.actors)
    if not speakers:
        return doers, others, place
    # ウクライナも…攻撃しない用意がある: the subject inside, even marked with も, is the
    # speaker's side, not the one the offer is made to.
    inner = {
        x.entity
        for kid in tree.kids(cand.pred.i)
        if tree.particles(kid.i)[:1] in ("が", "は", "も")
        for x in subject_actors(tree, kid, ctx.analysis.actors)
    }
    said = {x.entity for x in speakers} | inner
    return speakers, [x for x in others if x.entity not in said], place


#: Endings of a reason clause (…していたため、…が生じた): what it retells explains the news.
REASON_ENDINGS = ("ため", "ので", "から")


def _undated_reason(
    tree: Tree, cand: Candidate, body: str, background: bool, when: TimeExpression | None
) -> bool:
    """True for an earlier event retold as the reason for the main clause (予算案は既に衆院を
    通過していたため、…必要が生じた) with no date of its own: the annotation guidelines keep
    a background mention only when it carries its own date or place, and a reason clause
    retells what the reader was told before. A retelling in a main clause (両社は提訴して
    いた) still reports the fact and is kept."""
    if not background or cand.via == "background" or when is not None:
        return False
    tail = tree.tail(cand.pred.i)
    end = (tail[-1] if tail else cand.pred).end
    # ため is a noun GiNZA hangs the clause on (acl), or a mark inside the clause's tail.
    return body.startswith(REASON_ENDINGS, end) or any(t.surface in REASON_ENDINGS for t in tail)


def _dated(ev: Event, t: TimeExpression) -> Event:
    """``ev`` dated by the time expression ``t`` (its value, and its text as the date text)."""
    return dataclasses.replace(
        ev,
        date=contract_date(t.value),
        mention=dataclasses.replace(ev.mention, date_text=t.text),
    )


def _after_publication(date: str | None, published: str | None) -> bool:
    """True when a day or month event date lies after the article's publication day/month."""
    pub = PartialDate.from_published(published)
    if date is None or pub is None or pub.year is None or len(date) not in (7, 10):
        return False
    return date > f"{pub.year:04d}-{pub.month:02d}-{pub.day:02d}"[: len(date)]


def _fill_background(events: list[Event]) -> list[Event]:
    """A background mention that names no participants (先月の会談に続き、両首脳は再び会談した)
    takes those of the sentence's event of the same type; without one it is dropped."""
    out: list[Event] = []
    for ev in events:
        if ev.mention.background and not (ev.actors or ev.recipients or ev.place):
            same = next((e for e in events if e.type == ev.type and not e.mention.background), None)
            if same is None or not (same.actors or same.recipients):
                continue
            ev = dataclasses.replace(ev, actors=same.actors, recipients=same.recipients)
        out.append(ev)
    return out


def roll_back(date: str | None, text: str | None) -> str | None:
    """The same day one month (``18日``) or one year (``2月12日``) earlier, or the same month a
    year earlier (``1月末``), for a past-tense event whose date was resolved into the future:
    the text left that part out, so the latest past reading is the likely one. None when the
    text names its year (or the date is a bare year)."""
    if date is None or text is None or len(date) not in (7, 10) or "年" in text:
        return None
    if len(date) == 7:  # 1月末 read in the next year: the same month a year earlier
        return f"{int(date[:4]) - 1:04d}{date[4:]}"
    year, month, day = int(date[:4]), int(date[5:7]), int(date[8:10])
    for _ in range(3):  # 31日 read in a 30-day month goes back once more
        if "月" in text:
            year -= 1
        else:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if day <= calendar.monthrange(year, month)[1]:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


#: Types of what a party of the lead meeting is reported to have put to the other side in
#: it (ロシア側は停戦の条件として…やめるよう求めたとしています, in a report of the 18th's
#: call): terms are set in the talks the article reports, so they share the meeting's day.
TERMS_TYPES = frozenset({"REQUEST"})


def leader_sides(body: str, actors: Sequence[ActorMention]) -> dict[str, str]:
    """Person entity -> the country the text writes before the person with の (ロシアの
    プーチン大統領 -> russia): the side a leader speaks for in talks, so that ロシア側は…
    求めた can be that leader's side of the meeting. The first such country wins."""
    sides: dict[str, str] = {}
    for prev, cur in itertools.pairwise(actors):
        if (
            prev.kind == "country"
            and cur.kind == "person"
            and body[prev.end : cur.start] == "の"
            and cur.entity not in sides
        ):
            sides[cur.entity] = prev.entity
    return sides


def _same_event(
    a: Event, b: Event, *, in_lead: bool = False, sides: Mapping[str, str] | None = None
) -> bool:
    """``b`` retells the lead event ``a`` or something done in it: the same type and mode
    with a shared participant, or (両首脳はまた…で一致した) two or more of the lead's
    participants and none else; within the lead paragraph itself (``in_lead``), what one of
    the lead meeting's participants did (会談した。…プーチン氏は…提案に同意し、軍に停止を
    命じた: the lead paragraph tells what was done in that call). A play of a game (本塁打,
    降板) belongs to the lead's game (第2戦が19日に行われ…大谷は本塁打を放った)."""
    ents_a = {p.entity for p in a.actors + a.recipients}
    ents_b = {p.entity for p in b.actors + b.recipients}
    if a.type == b.type and a.mode == b.mode and ents_a & ents_b:
        return True
    if _kind(a) == "game" and _kind(b) == "game":
        return True
    if a.type != "CONSULT":
        return False
    # What the same people decided in the lead meeting shares its date; terms may be told
    # as put by a leader's side (ロシア側は…求めた, after ロシアのプーチン大統領が会談し).
    doers = {p.entity for p in b.actors}
    meeting_sides = ents_a | {sides[e] for e in ents_a if e in sides} if sides else ents_a
    if b.type in TERMS_TYPES and doers and doers <= meeting_sides:
        return True
    return (len(ents_b) >= 2 and ents_b <= ents_a) or (in_lead and bool(doers) and doers <= ents_a)


def lead_day(done: Sequence[Event], ev: Event) -> Event | None:
    """For an undated event of the lead paragraph, the dated event told nearest before it
    (``done``: the events before it, all in the lead) when that one is day-precise, done and
    no background, else None: the lead tells one day's news (…は23日、…第1党になった。
    AfDは…第2党に躍進した; 双方が各150人を解放し、国防省は仲介国に謝意を示した). In the
    event's own sentence the dated one must be a chained clause (CHAINED), not one that only
    describes a noun (19日に禁止する大統領令について、…提起した: the suit keeps no day).
    Round 1 carried the latest day to later events of its parties anywhere (gold −6: later
    paragraphs go back to history); kept to the lead: gold +2 full-match predictions,
    held-out dev +1."""
    for e in reversed(done):
        if not e.date:
            continue
        ok = _day(e.date) and not e.mention.background and e.status == "occurred"
        if e.mention.start == ev.mention.start:
            ok = ok and bool(
                CHAINED.match(e.mention.sentence[e.mention.trigger_end - e.mention.start :])
            )
        return e if ok else None
    return None


#: What follows the trigger of a clause chained to the rest of its sentence (解放し、
#: 会談して、 引き渡し、): a clause that only describes a noun (禁止する大統領令について、)
#: tells no act of the sentence's day.
CHAINED = re.compile(r"(?:し|して|て|で)?、")


def _kind(ev: Event) -> str | None:
    """The kind attribute of an OTHER event (game, vote, lawsuit ...), if any."""
    return next((v for k, v in ev.attributes if k == "kind"), None)


def _earlier_than_lead(ev: Event, lead_date: str | None, lead_end: int) -> bool:
    """True for an event told after the lead paragraph whose date lies before the lead event's
    (日鉄は2023年12月に買収計画を発表した, in a story of 2025): background, retold to explain
    the news, not the news itself."""
    if ev.mention.start < lead_end or not ev.date or not lead_date or ev.date.startswith("--"):
        return False
    n = min(len(ev.date), len(lead_date))
    return ev.date[:n] < lead_date[:n]


def finish(
    events: Sequence[Event],
    published: str | None,
    *,
    lead_end: int,
    sides: Mapping[str, str] | None = None,
) -> list[Event]:
    """Article-level rules: a dateless event that retells the dated lead event (same type and
    mode, a shared participant; the lead is the first paragraph, ending at ``lead_end``) takes
    its date (``sides``: see leader_sides); an undated event of the lead paragraph takes the
    day of the dated one before it (lead_day); a day after publication is planned, not
    occurred; ids in order."""
    out: list[Event] = []
    lead_date = next(
        (
            e.date
            for e in events
            if e.date and not e.mention.background and e.mention.start < lead_end
        ),
        None,
    )
    for ev in events:
        if _earlier_than_lead(ev, lead_date, lead_end):
            ev = dataclasses.replace(ev, mention=dataclasses.replace(ev.mention, background=True))
        if ev.date is None and not ev.mention.background and ev.status == "occurred":
            earlier = next(
                (
                    e
                    for e in out
                    if e.date
                    and not e.mention.background
                    and e.mention.start < lead_end
                    and _same_event(e, ev, in_lead=ev.mention.start < lead_end, sides=sides)
                ),
                None,
            )
            if earlier is None and ev.mention.start < lead_end:
                earlier = lead_day(out, ev)
            if earlier is not None:
                ev = dataclasses.replace(
                    ev,
                    date=earlier.date,
                    mention=dataclasses.replace(ev.mention, date_text=earlier.mention.date_text),
                )
        if ev.status == "occurred" and _after_publication(ev.date, published):
            rolled = roll_back(ev.date, ev.mention.date_text)
            if rolled is not None and not _after_publication(rolled, published):
                ev = dataclasses.replace(ev, date=rolled)  # a past verb cannot be in the future
            else:
                ev = dataclasses.replace(ev, status="planned")
        out.append(dataclasses.replace(ev, id=f"{ev.article_id}-e{len(out) + 1}"))
    return out


def _fill_occasion(
    tree: Tree, cands: Sequence[Candidate], events: Sequence[Event | None]
) -> list[Event | None]:
    """A background mention with no participants of its own that is the occasion (a
    で-phrase) of another event of the sentence takes that event's participants:
    両首脳は18日の電話会談で…一致した -> the call of the 18th was between the two leaders."""
    by_pred = {c.pred.i: e for c, e in zip(cands, events, strict=True) if e is not None}
    out = list(events)
    for n, (cand, ev) in enumerate(zip(cands, events, strict=True)):
        if ev is None or cand.via != "background" or ev.actors or ev.recipients:
            continue
        if not tree.particles(cand.pred.i).startswith("で"):
            continue
        # GiNZA may hang the で-phrase on a verb inside the content clause (…会談で、解放を
        # 進めることで一致した: で-phrase on 進める), so the nearest event above it hosts it.
        host = next((by_pred[a.i] for a in tree.ancestors(cand.pred.i) if a.i in by_pred), None)
        if host is not None and host is not ev and not host.mention.background:
            out[n] = dataclasses.replace(ev, actors=host.actors, recipients=host.recipients)
    return out


#: What befalls the target of an attack told in the clause before it (銃撃されて死亡した).
CASUALTY_WORDS = frozenset({"死亡", "死去", "死ぬ", "負傷", "重傷", "けが", "怪我"})


def fold_casualty(
    tree: Tree, cands: Sequence[Candidate], events: Sequence[Event | None]
) -> list[Event | None]:
    """Drop a death or injury (OTHER) whose clause is reached from an attack of the sentence
    on the same person (トンプソン氏は…背後から銃撃され、死亡した; 元首相が銃撃されて死亡
    した事件): the casualty is the attack's outcome, told in one row with it. A death told
    on its own (建物が倒れるなどして9人が死亡した) stays an event."""
    by_pred = {c.pred.i: e for c, e in zip(cands, events, strict=True) if e is not None}
    out = list(events)
    for n, (cand, ev) in enumerate(zip(cands, events, strict=True)):
        if ev is None or ev.type != "OTHER" or cand.entry.word not in CASUALTY_WORDS:
            continue
        victims = {p.entity for p in ev.actors + ev.recipients}
        for kid in tree.kids(cand.pred.i):
            attack = by_pred.get(kid.i)
            if kid.dep != "advcl" or attack is None or attack.type != "ASSAULT":
                continue
            if victims & {p.entity for p in attack.actors + attack.recipients}:
                out[n] = None
    return out


def _per_occasion(
    tree: Tree, cands: Sequence[Candidate], events: Sequence[Event | None], a: AnalyzedArticle
) -> list[Event | None]:
    """One event per date for a predicate that names several occasions at once
    (電話会談は2月12日と3月18日の2回が公表されている: two calls; 2月12日と3月18日に会談
    した: two meetings), each with its own date and date text; the rest unchanged."""
    out: list[Event | None] = []
    for cand, ev in zip(cands, events, strict=True):
        dates = occasions(tree, cand, a.times, a.body) if ev is not None else ()
        if ev is None or not dates:
            out.append(ev)
            continue
        out += [_dated(ev, t) for t in dates]
    return out


def _note_claims(
    tree: Tree, cands: Sequence[Candidate], events: Sequence[Event | None], ctx: _Context
) -> None:
    """Record the sentence's dated statement (ペスコフ氏は23日、…と述べた) and its undated
    hedged claims about a past event (…と接触した可能性があると明らかにした), which
    :func:`_date_claims` dates by their speaker's statement day."""
    a = ctx.analysis
    said = statement_day(tree, a.actors, ctx.lex, a.times)
    if said is not None:
        ctx.said.append((min(t.start for t in tree.tokens.values()), *said))
    for cand, ev in zip(cands, events, strict=True):
        if ev is None or ev.date is not None or ev.status != "hedged" or ev.mention.background:
            continue
        if ev.mention.claimed_by_entity and is_past(tree, cand):
            ctx.claims[(ev.mention.trigger_start, ev.mention.trigger_end)] = (
                ev.mention.claimed_by_entity
            )


def _date_demands(
    tree: Tree,
    cands: Sequence[Candidate],
    events: Sequence[Event | None],
    times: Sequence[TimeExpression],
) -> list[Event | None]:
    """A demand made as a statement (…まで発効しないとする声明を出した) with no date of its own
    is dated by the day written right after its speaker (ロシア大統領府は25日、…): the day
    of the statement is the day of the demand. GiNZA often hangs that day inside the quoted
    clause, where the date rules do not look."""
    out: list[Event | None] = []
    for cand, ev in zip(cands, events, strict=True):
        day = framed_day(tree, cand.pred, times) if ev is not None and ev.date is None else None
        if ev is not None and day is not None and "demand" in cand.entry.flags:
            ev = _dated(ev, day)
        out.append(ev)
    return out


def _date_claims(ctx: _Context) -> list[Event]:
    """A hedged claim that something already happened (接触した可能性), with no date of its
    own, is dated by the day its speaker said it: the statement day written elsewhere in the
    article for the same speaker (the nearest one). The event's own date is unknown; the
    claim is what the timeline can place. A hedged future (協議する可能性) stays undated."""
    out: list[Event] = []
    for ev in ctx.events:
        who = ctx.claims.get((ev.mention.trigger_start, ev.mention.trigger_end))
        days = [(abs(pos - ev.mention.start), t) for pos, w, t in ctx.said if w == who]
        if who is not None and ev.date is None and days:
            day = min(days, key=lambda d: d[0])[1]
            ev = _dated(ev, day)
        out.append(ev)
    return out


def _opens_with_date(body: str, ev: Event, times: Sequence[TimeExpression]) -> bool:
    """True when the event's paragraph opens with a full date and a comma (2025年3月14日、…):
    the dated lead of a page that starts with headlines and summaries."""
    start = body.rfind("\n\n", 0, ev.mention.start)
    start = 0 if start < 0 else start + 2
    return any(
        t.start == start
        and body[t.end : t.end + 1] == "、"
        and len(contract_date(t.value) or "") == 10
        for t in times
    )


#: Words that open a sentence continuing the one before (一方、…拒否した after what was
#: agreed in the meeting): it tells more of the same occasion.
CONTINUATIONS = ("一方", "また", "さらに", "ただ")


def _date_by_dated_lead(
    events: list[Event], body: str, times: Sequence[TimeExpression]
) -> list[Event]:
    """The lead meeting is the first dated meeting of the first paragraph or, for a page whose
    first paragraph dates nothing (a blog opening with headlines), of the first paragraph
    that opens with a date (2025年3月14日、両首脳は電話会談を行い…). After it, until an event
    with another date, an undated occurred event of another type whose doers all took part
    in that meeting (両首脳は…合意しました; プーチン大統領は…拒否しました) was done in it and
    takes its date. On a page whose first paragraph is the lead, the event must also be tied
    to the meeting: its sentence names it (プーチン氏は会談の場で…指示した) or continues one
    that was (一方、…応じなかった); a bare later sentence may tell another occasion. Another
    meeting stays undated (トランプ氏は…ゼレンスキー氏と電話会談を行った: a later call)."""
    first_end = body.find("\n\n")
    first_end = len(body) if first_end < 0 else first_end
    dated = [e for e in events if e.date and not e.mention.background]
    news = any(e.mention.start < first_end for e in dated)
    if news:
        # finish() dates what the lead paragraph itself retells; further down, here.
        lead = next((e for e in dated if e.type == "CONSULT" and e.mention.start < first_end), None)
    else:
        lead = next(
            (e for e in dated if e.type == "CONSULT" and _opens_with_date(body, e, times)), None
        )
    if lead is None:
        return events
    out: list[Event] = []
    carrying, tied = False, False
    for ev in events:
        if ev is lead:
            carrying = True
        elif ev.date and ev.date != lead.date and not ev.mention.background:
            carrying = False  # a new dated occasion: what follows may belong to it
        if news and ev.mention.start >= first_end:
            tied = lead.trigger[-2:] in ev.mention.sentence or (
                tied and ev.mention.sentence.startswith(CONTINUATIONS)
            )
        if carrying and (tied or not news) and _done_in(lead, ev):
            ev = dataclasses.replace(
                ev,
                date=lead.date,
                mention=dataclasses.replace(ev.mention, date_text=lead.mention.date_text),
            )
        out.append(ev)
    return out


#: What may stand between a sentence's start and the day that frames it (翌19日、: nlp resolves
#: the day; the prefix only says which one).
FRAME_PREFIXES = ("", "翌", "前")


def paragraph_frame(
    body: str, start: int, times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The day that frames the sentence starting at ``start``: the latest written day that
    opens a sentence of its paragraph, up to and including this one, and is set off by a
    comma (3月11日、…協議し… / 翌19日、トランプ氏は…). The day must be written with a
    number: 同日、 only points back at another event's day, and the paragraph it opens often
    explains that event with earlier facts. None when no sentence opens so."""
    para = body.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    best: TimeExpression | None = None
    for t in times:
        if not para <= t.start <= start or body[t.end : t.end + 1] != "、":
            continue
        opening = max(body.rfind("。", para, t.start) + 1, para)
        if body[opening : t.start] not in FRAME_PREFIXES or not any(c.isdigit() for c in t.text):
            continue
        value = contract_date(t.value) or ""
        day = len(value) == 10 or (value.startswith("--") and len(value) == 7)
        if day and (best is None or t.start > best.start):
            best = t
    return best


#: A sentence that only names a day as what its topic was (最初の転機は2月25日だった。):
#: a short topic, then the day, then a copula that ends the sentence.
COPULA_DAY = re.compile(r"(?:だった|でした|である|です|だ)。")

#: How long the topic of such a sentence may be (最初の転機は: 6). Longer, the sentence
#: tells more than a day and is no frame.
COPULA_TOPIC = 15


def copula_frame(body: str, start: int, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day named by a short sentence of the paragraph before ``start`` whose predicate is
    that day (最初の転機は2月25日だった。自民、公明の与党と日本維新の会が…合意し…): the writer
    names the day, then tells what happened on it. The latest such day, day-precise and
    written with a number; None when the paragraph has no such sentence before ``start``."""
    para = body.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    best: TimeExpression | None = None
    for t in times:
        if not para <= t.start < start or not COPULA_DAY.match(body, t.end):
            continue
        opening = max(body.rfind("。", para, t.start) + 1, para)
        topic = body[opening : t.start]
        if not topic.endswith("は") or len(topic) > COPULA_TOPIC or "、" in topic:
            continue
        if _day(contract_date(t.value)) and any(c.isdigit() for c in t.text):
            best = t if best is None or t.start > best.start else best
    return best


#: A paragraph that opens on the n-th occasion (2度目の会談は…, 1回目の協議では…).
ORDINAL_OPENING = re.compile(r"(\d+)(度|回)目の[^、。はで]{1,8}(?:は|では)")


def ordinal_frame(body: str, start: int, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day of the n-th occasion for the sentence starting at ``start``, when its paragraph
    opens on that occasion (2度目の会談は約2時間半に及んだ。…同意した。) and the article
    wrote its day earlier as 「2度目は3月18日」 (1度目は2月12日、2度目は3月18日だ): the
    writer dates the occasions once, then tells each in its own paragraph. None otherwise."""
    para = body.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    opening = ORDINAL_OPENING.match(body, para)
    if opening is None:
        return None
    label = f"{opening.group(1)}{opening.group(2)}目"
    for t in times:
        at = t.start - len(label) - 1
        value = contract_date(t.value) or ""
        if (
            t.end <= para
            and at >= 0
            and body[at : t.start] in (f"{label}は", f"{label}が")
            and _day(value)
        ):
            return t
    return None


#: A sentence that opens on a numbered occasion of a series (第2戦は, 第3回は, after a
#: bullet mark): its events belong to that occasion. 初戦/開幕戦 are the first.
NUMBERED_OPENING = re.compile(r"[^\w「（(]{0,3}(第\d+(?:戦|回)|初戦|開幕戦)(?:は|では)")
FIRST_OCCASION = ("第1戦", "初戦", "開幕戦")


def numbered_day(body: str, start: int, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day of the numbered occasion the sentence starting at ``start`` opens on (💡 第2戦は
    大谷翔平が今季1号ホームラン), when the article dates it anywhere as 「<day>の第2戦」
    (3月19日の第2戦は…): a series' games or rounds are dated once and named by number
    elsewhere. 第1戦, 初戦 and 開幕戦 name the same occasion. None otherwise."""
    opening = NUMBERED_OPENING.match(body, start)
    if opening is None:
        return None
    label = opening.group(1)
    labels = FIRST_OCCASION if label in FIRST_OCCASION else (label,)
    for t in times:
        if _day(contract_date(t.value) or "") and any(
            body.startswith(f"の{x}", t.end) for x in labels
        ):
            return t
    return None


def _date_by_paragraph_frame(
    events: list[Event], body: str, times: Sequence[TimeExpression]
) -> list[Event]:
    """An undated, occurred, non-background event after a sentence of its paragraph that opens
    with a day and a comma (3月11日、ジッダで…協議し、…受け入れた。米国は…支援を再開した。)
    happened on that day: the writer sets the day once and tells what happened on it. Events
    with a date of their own keep it; planned and hedged events are not told as done."""
    out: list[Event] = []
    for ev in events:
        frame = None
        if ev.date is None and ev.status == "occurred" and not ev.mention.background:
            frame = (
                paragraph_frame(body, ev.mention.start, times)
                or ordinal_frame(body, ev.mention.start, times)
                or copula_frame(body, ev.mention.start, times)
                or numbered_day(body, ev.mention.start, times)
            )
        if frame is not None:
            ev = _dated(ev, frame)
        out.append(ev)
    return out


def sentence_frame(events: Sequence[Event]) -> str | None:
    """The date text that frames a whole sentence, given the events found in it: the date an
    event of the sentence took, when that text is written before every trigger of the
    sentence (3月19日の第2戦は、大谷が本塁打を放ち、ドジャースが勝って2連勝した: the day
    opens the sentence, so it is the day of all it tells). None when no dated event's date
    text opens the sentence so."""
    if not events:
        return None
    first = min(e.mention.trigger_start for e in events)
    for ev in events:
        text = ev.mention.date_text
        if not _day(ev.date) or ev.mention.background or not text or not text[:1].isdigit():
            continue
        at = ev.mention.sentence.find(text)
        after = ev.mention.sentence[at + len(text) :]
        # The day frames the sentence when set off by a comma (19日、) or when it dates the
        # topic (3月19日の第2戦は); 11日に合意した停戦案 dates only its own clause.
        if at >= 0 and ev.mention.start + at + len(text) <= first and FRAMING.match(after):
            return text
    return None


#: What follows a day that frames its sentence: a comma, or の + a short topic noun + は.
FRAMING = re.compile(r"、|の[^、。のは]{1,6}は")


def _day(date: str | None) -> bool:
    """True for a day-precise contract date (2025-03-19 or --03-19)."""
    return date is not None and (len(date) == 10 or (date.startswith("--") and len(date) == 7))


#: After a day that opens its sentence: an optional part of the day, then には or a comma
#: (26日夕方には…見つかり、死亡が確認された). 26日に協議し is the clause's own day.
OPENING_DAY = re.compile(r"(?:朝|昼|夜|夕方|未明|午前|午後)?(?:には|、)")


def opening_day(body: str, start: int, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day-precise time that opens the sentence starting at ``start`` (after 翌 or 前
    at most: 翌3日には、…先発出場。, or after the sentence's topic and followed by a comma:
    容疑者は9日、…拘束された), set off by には or a comma (see OPENING_DAY), or None."""
    for t in times:
        before = body[start : t.start] if t.start >= start else "、"
        opens = before in FRAME_PREFIXES or (
            TOPIC_OPENING.fullmatch(before) is not None and body.startswith("、", t.end)
        )
        if opens and _day(contract_date(t.value)) and OPENING_DAY.match(body, t.end):
            return t
    return None


#: The sentence's topic before a day that frames it (マンジョーニ容疑者は9日、…拘束された:
#: GiNZA may hang the day on anything, even outside the clause): a short noun phrase in は,
#: with no comma, quotation or clause of its own. 20 characters reach a name with a title.
TOPIC_OPENING = re.compile(r"[^、。「」『』（）\s]{1,20}は")


#: What may stand before the day that opens a clause after a comma (、翌10日には).
CLAUSE_PREFIXES = ("", "翌", "同")

#: After a day that opens a clause: an optional part of the day, then には, に or a comma.
CLAUSE_DAY = re.compile(r"(?:朝|昼|夜|夕方|未明|午前|午後)?(?:には|に|、)")


def clause_day(body: str, ev: Event, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day-precise time that opens the event's own clause: written right after the last
    comma before the trigger (with 翌/同 before it) and followed by には, に or a comma (市は
    3月9日に鎮圧を宣言し、翌10日には…避難指示を解除した: the lifting is dated the 10th, not
    by the chained clause's 9th). None when no such day opens the clause."""
    m = ev.mention
    comma = body.rfind("、", m.start, m.trigger_start)
    if comma < 0 or body[comma - 1 : comma].isdigit():
        return None  # 28、29日に会合を開く: a list of days, not a clause opening on the 29th
    for t in times:
        if not comma < t.start < m.trigger_start or t.end > m.trigger_start:
            continue
        if body[comma + 1 : t.start] not in CLAUSE_PREFIXES or not _day(contract_date(t.value)):
            continue
        if CLAUSE_DAY.match(body, t.end) and "、" not in body[t.end + 1 : m.trigger_start]:
            return t
    return None


def _date_by_clause_day(
    events: list[Event], body: str, times: Sequence[TimeExpression]
) -> list[Event]:
    """An event whose own clause opens with a day after a comma (…宣言し、翌10日には…解除
    した) takes that day, when its date came from a time written before that comma (the
    chained clause's, which GiNZA may hang the later day under) or it has none. Background
    mentions keep theirs."""
    out: list[Event] = []
    for ev in events:
        day = None if ev.mention.background else clause_day(body, ev, times)
        if day is not None and ev.mention.date_text != day.text:
            text = ev.mention.date_text
            own = text is not None and body.find(text, ev.mention.start, ev.mention.end) > day.start
            if not own:
                ev = _dated(ev, day)
        out.append(ev)
    return out


#: A time followed by one of these is the deadline of a planned act (1月末をめどに結論を出す,
#: 年内を目標に合意する, 3月までに決める): the plan's date.
DEADLINE = re.compile(r"(?:を|が)?(?:めど|メド|目途|目標|目指)に?|までに")


def deadline(body: str, ev: Event, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The month or day a planned event is to be done by, written in its own clause before
    its trigger and followed by をめどに / までに (…合流を検討し、1月末をめどに結論を出す →
    2025-01). None otherwise, or when a comma stands between the deadline and the trigger
    (the deadline then belongs to another clause)."""
    m = ev.mention
    for t in times:
        if not (m.start <= t.start and t.end <= m.trigger_start):
            continue
        value = contract_date(t.value) or ""
        if len(value) < 7 or not DEADLINE.match(body, t.end):
            continue
        if "、" not in body[t.end : m.trigger_start] and "。" not in body[t.end : m.trigger_start]:
            return t
    return None


def _date_by_deadline(
    events: list[Event], body: str, times: Sequence[TimeExpression]
) -> list[Event]:
    """A planned event with no date of its own takes its deadline (see :func:`deadline`):
    an act planned by the end of January is dated January, the precision the text gives."""
    out: list[Event] = []
    for ev in events:
        due = deadline(body, ev, times) if ev.date is None and ev.status == "planned" else None
        out.append(_dated(ev, due) if due is not None else ev)
    return out


#: Words after a time that make it the open start of a stretch, not the day of an act
#: (4日以降も消火を続けるよう求めている, 1月末以降、案を提示した): the act may fall on any
#: later day, so the time gives no date (tests/events/README.md: the date is when it happened).
OPEN_START = ("以降", "以後")


def open_start(body: str, ev: Event, times: Sequence[TimeExpression]) -> bool:
    """True when the event's date was read from a time in its sentence that only opens a
    stretch (see OPEN_START: 4日以降も…求めている)."""
    m = ev.mention
    if not ev.date or m.date_text is None:
        return False
    return any(
        t.text == m.date_text
        and m.start <= t.start
        and t.end <= m.end
        and body.startswith(OPEN_START, t.end)
        for t in times
    )


def _undate_open_starts(
    events: list[Event], body: str, times: Sequence[TimeExpression]
) -> list[Event]:
    """Events dated by a time that only opens a stretch (see :func:`open_start`) lose that
    date."""
    out: list[Event] = []
    for ev in events:
        if open_start(body, ev, times):
            ev = dataclasses.replace(
                ev, date=None, mention=dataclasses.replace(ev.mention, date_text=None)
            )
        out.append(ev)
    return out


#: Triggers of a position taken in a vote (立憲民主党などは反対した, after the bill was
#: passed on the 4th): cast in the vote the article reports, they share its day.
VOTE_POSITIONS = ("反対", "賛成", "棄権")


def vote_day(earlier: Sequence[Event], ev: Event) -> str | None:
    """The day of the vote an undated position (see VOTE_POSITIONS) was taken in: the latest
    dated, non-background event told before it, when that event is a vote (kind ``vote``)
    with a day-precise date. None otherwise (another dated event in between means the
    position may belong to that one)."""
    if ev.date is not None or ev.status != "occurred" or ev.mention.background:
        return None
    if not ev.trigger.startswith(VOTE_POSITIONS):
        return None
    last = next(
        (
            e
            for e in reversed(earlier)
            if e.date and not e.mention.background and e.mention.start < ev.mention.start
        ),
        None,
    )
    if last is None or _kind(last) not in VOTED_KINDS or not _day(last.date):
        return bill_vote_day(earlier, ev)
    return last.date


#: A bill, motion or draft voted on (決議案, 法案, 予算案, 修正案): the noun a position is
#: taken on (…決議案に賛成した), ending in 案; its last two characters before 案 are
#: compared (不信任決議案 in one sentence, 決議案 in the next).
_BILL_POSITION = re.compile(r"([一-龥]{0,2}案)(?:に|へ)(?:も)?(?:賛成|反対|棄権)")

#: Triggers of a vote by which a body rejects a bill (否決, typed REJECT, so it has no
#: ``kind``): a vote all the same, for the positions taken in it.
VOTE_REJECTIONS = ("否決",)


def bill_vote_day(earlier: Sequence[Event], ev: Event) -> str | None:
    """The day of the vote on the bill a position names (共産党なども決議案に賛成した, after
    衆院は同日…決議案を…否決した and a dated 閉会 between them): the latest earlier, dated,
    day-precise vote (kind vote, or a 否決) whose sentence names the same bill noun. The
    bill named ties the position to its vote even when other dated events come between;
    None when the position names no bill or no earlier vote names it."""
    m = _BILL_POSITION.search(ev.mention.sentence)
    if m is None:
        return None
    bill = m.group(1)
    for e in reversed(earlier):
        if e.mention.background or e.mention.start >= ev.mention.start or not _day(e.date):
            continue
        voted = _kind(e) in VOTED_KINDS or e.trigger.startswith(VOTE_REJECTIONS)
        if voted and bill in e.mention.sentence:
            return e.date
    return None


#: Kinds of decisions taken by a vote whose members' positions follow (see vote_day): a
#: vote, and a rate decision of a central bank's board (政策委員9人のうち、…委員は反対した,
#: after 金利を引き上げることを決めた).
VOTED_KINDS = frozenset({"vote", "rate"})


def _date_by_vote(events: list[Event]) -> list[Event]:
    """Positions taken in a vote take the vote's day (see :func:`vote_day`)."""
    out: list[Event] = []
    for n, ev in enumerate(events):
        # 与党と維新が賛成し、修正のうえ可決された: the vote told after the position, in the
        # same sentence, is the one it was taken in (a vote told later elsewhere is not).
        later = [
            e for e in events[n + 1 :] if e.mention.sentence_index == ev.mention.sentence_index
        ]
        day = vote_day(out, ev) or vote_after(ev, later)
        if day is not None:
            vote = next(e for e in [*reversed(out), *later] if e.date == day)
            ev = dataclasses.replace(
                ev,
                date=day,
                mention=dataclasses.replace(ev.mention, date_text=vote.mention.date_text),
            )
        out.append(ev)
    return out


def vote_after(ev: Event, later: Sequence[Event]) -> str | None:
    """The day of the vote told right after a position in its own sentence (与党と維新が
    賛成し、修正のうえ可決された): ``later`` holds the sentence's events after ``ev``; the
    first must be a dated vote (see VOTED_KINDS) whose trigger comes after the position's.
    None otherwise, or when ``ev`` is no undated position that happened."""
    if ev.date is not None or ev.status != "occurred" or ev.mention.background:
        return None
    if not ev.trigger.startswith(VOTE_POSITIONS) or not later:
        return None
    vote = later[0]
    if (
        _kind(vote) not in VOTED_KINDS
        or not _day(vote.date)
        or vote.mention.background
        or vote.mention.trigger_start < ev.mention.trigger_end
    ):
        return None
    return vote.date


#: Words naming the occasion of a statement (記者会見で, 記者会見し、, 声明で, 記者団に):
#: told without a day in a story whose lead is dated, the statement was made on the news day.
STATEMENT_OCCASIONS = ("会見で", "会見し", "声明で", "記者団に")


def date_by_lead_statement(events: list[Event], body: str) -> list[Event]:
    """An undated, occurred, non-background event said at a press conference or in a
    statement (see STATEMENT_OCCASIONS, written before its trigger in its sentence), told
    after a lead paragraph with a day-precise event and before any event with another
    date, takes the lead's day: the reactions a story reports were given on its news day.
    A glance back inside the lead paragraph itself (19日、協議した。前日に…話し合った内容を
    伝えた) does not end the news day; an event of another day after the lead does."""
    lead_end = body.find("\n\n")
    lead_end = len(body) if lead_end < 0 else lead_end
    lead = next(
        (
            e
            for e in events
            if e.date and _day(e.date) and not e.mention.background and e.mention.start < lead_end
        ),
        None,
    )
    if lead is None:
        return events
    out: list[Event] = []
    carrying = False
    for ev in events:
        if ev is lead:
            carrying = True
        elif (
            ev.date
            and ev.date != lead.date
            and not ev.mention.background
            and ev.mention.start >= lead_end
        ):
            carrying = False
        m = ev.mention
        said = any(body.find(w, m.start, m.trigger_start) >= 0 for w in STATEMENT_OCCASIONS)
        if (
            carrying
            and said
            and m.start >= lead_end
            and ev.date is None
            and ev.status == "occurred"
            and not m.background
        ):
            ev = dataclasses.replace(
                ev, date=lead.date, mention=dataclasses.replace(m, date_text=lead.mention.date_text)
            )
        out.append(ev)
    return out


#: What may follow a day that dates the predicate right after it: a part of the day, then
#: に / には (2月26日午後に赤崎町で発生した).
DAY_PARTICLE = re.compile(r"(?:朝|昼|夜|夕方|未明|午前|午後)?には?")


def bare_clause_day(
    body: str, ev: Event, times: Sequence[TimeExpression], tokens: Sequence[Token]
) -> TimeExpression | None:
    """A day-precise time written in the event's sentence before its trigger, followed by
    (part of day +) に, with no comma and no other verb between it and the trigger: the
    trigger's own day whatever GiNZA's tree says (it may cut 2月26日 off as a root of its
    own, so that the reading along the tree misses it). None otherwise; a verb in between
    (11日に合意した停戦案を拒否) gives the day to that verb's clause."""
    m = ev.mention
    for t in times:
        if not (m.start <= t.start and t.end <= m.trigger_start):
            continue
        if not _day(contract_date(t.value)) or not DAY_PARTICLE.match(body, t.end):
            continue
        gap = body[t.end : m.trigger_start]
        if "、" in gap or "。" in gap or "「" in gap:
            continue
        if any(
            t.end <= k.start < m.trigger_start and k.pos in ("VERB", "AUX", "ADJ") for k in tokens
        ):
            continue
        return t
    return None


def _date_by_bare_clause_day(
    events: list[Event], body: str, times: Sequence[TimeExpression], tokens: Sequence[Token]
) -> list[Event]:
    """An undated event takes the day written right before it in its clause (see
    :func:`bare_clause_day`)."""
    out: list[Event] = []
    for ev in events:
        near = [k for k in tokens if ev.mention.start <= k.start < ev.mention.trigger_start]
        day = bare_clause_day(body, ev, times, near) if ev.date is None else None
        out.append(_dated(ev, day) if day is not None else ev)
    return out


#: Words that open a clause on another occasion than the one just told (これとは別に,
#: 別途): what follows is not dated by it.
ANOTHER_OCCASION = ("これとは別に", "それとは別に", "別途")


def _date_by_meeting(events: list[Event], body: str) -> list[Event]:
    """An undated, occurred, non-background event told in the sentence of a dated meeting or
    the next one in its paragraph, by two or more of the meeting's parties and nobody else
    (日米外相は13日、会談した。両氏は…方針で一致した), was done together in that meeting and
    takes its day. What one party said (ゼレンスキー氏は…用意があると話した) may have been
    said elsewhere, and only a meeting (CONSULT) dates what follows: other dated events are
    single acts. A sentence that turns to another occasion (これとは別に) is not carried."""
    out: list[Event] = []
    meeting: Event | None = None
    for ev in events:
        if (
            meeting is not None
            and ev.date is None
            and ev.status == "occurred"
            and not ev.mention.background
            and ev.mention.sentence_index - meeting.mention.sentence_index <= 1
            and "\n\n" not in body[meeting.mention.start : ev.mention.start]
            and len(_parties(ev)) >= 2
            and _parties(ev) <= _parties(meeting)
            and not any(w in ev.mention.sentence for w in ANOTHER_OCCASION)
        ):
            ev = dataclasses.replace(
                ev,
                date=meeting.date,
                mention=dataclasses.replace(ev.mention, date_text=meeting.mention.date_text),
            )
        if ev.type == "CONSULT" and _day(ev.date) and not ev.mention.background:
            meeting = None if _several_days(ev) else ev
        elif _day(ev.date) and not ev.mention.background:
            meeting = None  # another dated occasion: what follows may belong to it
        out.append(ev)
    return out


#: An earlier act named as what the event followed (会談後の共同記者会見で, 辞表の提出後、):
#: a run of kanji or katakana (the act's noun), optional の, then 後 and a particle or comma.
AFTER_ACT = re.compile(r"([一-龥ァ-ヶー]{2,})後(?:の|、|に|で)")


def after_day(earlier: Sequence[Event], ev: Event) -> str | None:
    """The day of the act an undated, occurred, non-background event is told to follow in
    its own sentence before its trigger (バイデン氏は会談後の共同記者会見で…発表した; 江藤氏は
    辞表の提出後、…陳謝した): the latest earlier event of the article whose trigger names
    that act (会談, 首脳会談 ~ 会談) and whose date is day-precise. What is done right after
    an act, on the occasion it opened, is news of the same day. None otherwise."""
    if ev.date is not None or ev.status != "occurred" or ev.mention.background:
        return None
    before = ev.mention.sentence[: max(0, ev.mention.trigger_start - ev.mention.start)]
    named = [m.group(1) for m in AFTER_ACT.finditer(before)]
    if not named:
        return None
    act = named[-1]
    for e in reversed(earlier):
        if e.mention.background or e.mention.start >= ev.mention.start or not _day(e.date):
            continue
        if act.endswith(e.trigger) or e.trigger.endswith(act):
            return e.date
    return None


def _date_after_event(events: list[Event]) -> list[Event]:
    """Events told as following an earlier dated act take its day (see :func:`after_day`)."""
    out: list[Event] = []
    for ev in events:
        day = after_day(out, ev)
        if day is not None:
            ev = dataclasses.replace(ev, date=day)
        out.append(ev)
    return out


def dropped_plan(plan: Event, drop: Event) -> Event | None:
    """One denied event for a plan told and then dropped in one sentence (22日にも…決議案を
    提出する方針でしたが、…提出を見送りました): ``plan`` is planned, ``drop`` comes after it in
    the same sentence, is denied and has the same trigger. The plan keeps its day and gains
    the drop's parties (the guidelines' "a planned motion dropped": one event, denied).
    None when the two are not such a pair."""
    if (
        plan.status != "planned"
        or drop.status != "denied"
        or plan.mention.sentence_index != drop.mention.sentence_index
        or drop.mention.trigger_start <= plan.mention.trigger_start
        or plan.trigger != drop.trigger
    ):
        return None
    have = {p.entity or p.name for p in plan.actors + plan.recipients}
    actors = plan.actors + tuple(p for p in drop.actors if (p.entity or p.name) not in have)
    have |= {p.entity or p.name for p in actors}
    recipients = plan.recipients + tuple(
        p for p in drop.recipients if (p.entity or p.name) not in have
    )
    return dataclasses.replace(
        plan, status="denied", actors=actors, recipients=recipients, date=plan.date or drop.date
    )


def _fold_dropped_plans(events: list[Event]) -> list[Event]:
    """Fold each plan dropped in its own sentence into one denied event (see dropped_plan)."""
    out: list[Event] = []
    for ev in events:
        folded = dropped_plan(out[-1], ev) if out else None
        if folded is not None:
            out[-1] = folded
            continue
        out.append(ev)
    return out


#: A day of the month as written (23日, 24日); see _several_days.
DAY_WRITTEN = re.compile(r"\d{1,2}日")


def _several_days(meeting: Event) -> bool:
    """True for a meeting told with two or more days before its trigger (米国が23日にウクライナ
    と、24日にロシアとそれぞれ…開いた協議): several sittings, so what the next sentence says
    was agreed cannot be placed on the one day the meeting was dated by."""
    s = meeting.mention
    return len(DAY_WRITTEN.findall(s.sentence[: s.trigger_start - s.start])) >= 2


def _parties(ev: Event) -> set[str]:
    """The entities of an event's actors and recipients."""
    return {p.entity for p in ev.actors + ev.recipients}


def _date_by_sentence_frame(
    events: list[Event], body: str = "", times: Sequence[TimeExpression] = ()
) -> list[Event]:
    """An undated, occurred, non-background event in a sentence that a day opens takes that
    day: the date text of another event of the sentence (see :func:`sentence_frame`), else
    the day written at the sentence's start (see :func:`opening_day`). GiNZA hangs such an
    opening date on one verb of the chain only; the reader applies it to the whole
    sentence. Planned and hedged events are not told as done that day."""
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.mention.sentence_index, []).append(ev)
    out: list[Event] = []
    for ev in events:
        if ev.date is None and ev.status == "occurred" and not ev.mention.background:
            text = sentence_frame(by_sentence[ev.mention.sentence_index])
            donor = next(
                (
                    e
                    for e in by_sentence[ev.mention.sentence_index]
                    if text and e.mention.date_text == text
                ),
                None,
            )
            day = opening_day(body, ev.mention.start, times) if donor is None else None
            if donor is not None:
                ev = dataclasses.replace(
                    ev, date=donor.date, mention=dataclasses.replace(ev.mention, date_text=text)
                )
            elif day is not None:
                ev = _dated(ev, day)
        out.append(ev)
    return out


#: The local hour from which a page reports that day's game. A night game in Japan ends
#: before 22:00 and a game in the Americas ends in the Japanese morning or early afternoon,
#: so a page published before noon may report the day before (set from that reasoning, not
#: fitted: the two game reports of the gold set were published at 22:45 and 23:05).
EVENING_FROM = 12


def _date_by_game_day(
    events: list[Event], published: str | None, lead_end: int, times: Sequence[TimeExpression]
) -> list[Event]:
    """A game result with a score told in the lead paragraph without any date (ドジャースが
    開幕戦でカブスを4－1で下した) is that day's game: a sports report leaves out the day of
    the game it reports as news, and writes it (18日の試合, 1日（日本時間2日）) whenever it
    is not the day of publication. Only for a page published from EVENING_FROM local time
    on. The game events of the lead paragraph (the result and its
    plays) take the publication day; finish() then dates the later plays (降板) by them. Events unchanged when
    the publication day is unknown or the lead paragraph writes a day (開幕シリーズが18日、
    始まり。初戦は…勝ち: a morning paper dates the game it reports)."""
    pub = PartialDate.from_published(published)
    if pub is None or pub.year is None or pub.month is None or pub.day is None:
        return events
    hour = re.search(r"T(\d\d):", published or "")
    if hour is None or int(hour.group(1)) < EVENING_FROM:
        return events  # a morning page reports the night before; no time: unknown
    if any(t.start < lead_end and _day(contract_date(t.value)) for t in times):
        return events
    day = f"{pub.year:04d}-{pub.month:02d}-{pub.day:02d}"

    def undated_game(ev: Event) -> bool:
        return (
            ev.date is None
            and ev.mention.start < lead_end
            and ev.status == "occurred"
            and not ev.mention.background
            and _kind(ev) == "game"
        )

    if not any(undated_game(e) and any(k == "score" for k, _ in e.attributes) for e in events):
        return events
    # The plays the lead tells around the result (本塁打を放った。…6－3で勝った) are of it.
    return [dataclasses.replace(e, date=day) if undated_game(e) else e for e in events]


#: Kinds of OTHER events that unfold on the day of a disaster a same-day report tells
#: (deaths and injuries counted, evacuations ordered, rescues): see news_day. Statements,
#: refusals and criticism told later in a same-day report are often older (the gold leaves
#: b03-b05's 批判 and n04's refusal undated: measured gold -5 with every type).
UNFOLDING_KINDS = frozenset({"disaster", "accident", "casualty", "evacuation", "rescue"})


def news_day(
    events: list[Event], published: str | None, lead_end: int, times: Sequence[TimeExpression]
) -> list[Event]:
    """A same-day report (its lead event dated the publication day: 3日午前8時58分ごろ、…
    地震がありました, published on the 3rd): an undated, occurred, non-background casualty,
    evacuation or other unfolding event (UNFOLDING_KINDS) told after the lead paragraph, in a
    sentence that writes no time at all, happened that day (…これまでに9人が死亡し;
    宮古島市などは住民に避難指示を出し): the guidelines date what a same-day report leaves
    undated by its publication. A sentence with a time of its own (1999年9月の…以来) may go
    back to history and is left to the other rules."""
    pub = PartialDate.from_published(published)
    if pub is None or pub.year is None or pub.month is None or pub.day is None:
        return events
    day = f"{pub.year:04d}-{pub.month:02d}-{pub.day:02d}"
    lead = next(
        (e for e in events if e.mention.start < lead_end and e.date and not e.mention.background),
        None,
    )
    if lead is None or lead.date != day or lead.status != "occurred":
        return events
    out: list[Event] = []
    for ev in events:
        if (
            ev.date is None
            and ev.status == "occurred"
            and not ev.mention.background
            and ev.mention.start >= lead_end
            and _kind(ev) in UNFOLDING_KINDS
            and not any(ev.mention.start <= t.start < ev.mention.end for t in times)
        ):
            ev = dataclasses.replace(ev, date=day)
        out.append(ev)
    return out


def _done_in(meeting: Event, ev: Event) -> bool:
    """True for an undated, occurred, non-background event of another type than the meeting
    whose doers all took part in it: what they agreed, refused or asked for there."""
    party = {p.entity for p in meeting.actors + meeting.recipients}
    doers = {p.entity for p in ev.actors}
    return (
        ev.date is None
        and ev.status == "occurred"
        and ev.type != meeting.type
        and not ev.mention.background
        and bool(doers)
        and doers <= party
    )


def _place_games(events: list[Event], analysis: AnalyzedArticle) -> list[Event]:
    """Game results (kind ``game`` with a score) that happened and have no place of their own
    take the sports venue written as a place in their paragraph (ドジャースがカブスを4－1で
    下した。…東京ドームでの公式戦は…): a game report names its stadium once. A player's feat
    (本塁打を放った) is told without one (the gold leaves it null); planned and background
    games are other games; a venue in another paragraph may be another game's."""
    body = analysis.body
    out: list[Event] = []
    for ev in events:
        if (
            ev.place is None
            and ev.status == "occurred"
            and not ev.mention.background
            and ("kind", "game") in ev.attributes
            and any(name == "score" for name, _ in ev.attributes)
        ):
            lo = body.rfind("\n\n", 0, ev.mention.start)
            hi = body.find("\n\n", ev.mention.end)
            venue = game_venue(body[max(lo, 0) : hi if hi >= 0 else len(body)])
            ev = dataclasses.replace(ev, place=venue) if venue else ev
        out.append(ev)
    return out


def extract_from(analysis: AnalyzedArticle, lex: Lexicon, producer: str) -> list[Event]:
    """All events of one analysed article, in text order."""
    ctx = _Context(analysis=analysis, lex=lex, producer=producer)
    by_sentence: dict[int, list[Token]] = {}
    for t in analysis.tokens:
        by_sentence.setdefault(t.sentence, []).append(t)
    for sentence in analysis.sentences:
        toks = by_sentence.get(sentence.index)
        if not toks or is_question(sentence):
            continue
        tree = Tree.build(toks)
        cands = find_candidates(tree, lex, analysis.body, analysis.times)
        found = _fill_occasion(tree, cands, [build_event(tree, sentence, c, ctx) for c in cands])
        found = fold_casualty(tree, cands, found)
        _note_claims(tree, cands, found, ctx)
        found = _date_demands(tree, cands, found, analysis.times)
        found = _per_occasion(tree, cands, found, analysis)
        ctx.events.extend(_fill_background([e for e in found if e is not None]))
        ctx.last_speaker = sentence_speaker(tree, analysis.actors, lex) or ctx.last_speaker
        topic = sentence_topic(tree, analysis.actors)
        if topic:
            ctx.topic, ctx.topic_at = topic, sentence.index
    lead_end = analysis.body.find("\n\n")
    ctx.events = _date_by_clause_day(ctx.events, analysis.body, analysis.times)
    ctx.events = _undate_open_starts(ctx.events, analysis.body, analysis.times)
    ctx.events = _date_by_bare_clause_day(
        ctx.events, analysis.body, analysis.times, analysis.tokens
    )
    ctx.events = _date_by_deadline(ctx.events, analysis.body, analysis.times)
    ctx.events = _date_by_sentence_frame(ctx.events, analysis.body, analysis.times)
    ctx.events = _date_by_paragraph_frame(ctx.events, analysis.body, analysis.times)
    ctx.events = _place_games(ctx.events, analysis)
    ctx.events = _date_by_dated_lead(ctx.events, analysis.body, analysis.times)
    ctx.events = _date_by_game_day(
        ctx.events, analysis.published, lead_end if lead_end >= 0 else 10**9, analysis.times
    )
    ctx.events = _date_by_meeting(ctx.events, analysis.body)
    ctx.events = _date_by_vote(ctx.events)
    ctx.events = _date_after_event(ctx.events)
    ctx.events = _fold_dropped_plans(ctx.events)
    ctx.events = date_by_lead_statement(ctx.events, analysis.body)
    ctx.events = news_day(
        ctx.events, analysis.published, lead_end if lead_end >= 0 else 10**9, analysis.times
    )
    # Claims are dated after the lead rule: a hedged claim is no occasion to date others by.
    ctx.events = finish(
        ctx.events,
        analysis.published,
        lead_end=lead_end if lead_end >= 0 else 10**9,
        sides=leader_sides(analysis.body, analysis.actors),
    )
    return _date_claims(ctx)
