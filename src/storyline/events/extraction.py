"""Assemble events from the candidates of each parsed sentence of an AnalyzedArticle."""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Sequence

from storyline.events.arguments import (
    chain_venue,
    contract_date,
    participant,
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
from storyline.events.candidates import FORMAL_NOUNS, Candidate, find_candidates, ordered_event
from storyline.events.lexicon import Lexicon
from storyline.events.status import (
    Claim,
    before_publication,
    read_status,
    reporter,
    sentence_speaker,
    source_claim,
    speaker,
    window,
)
from storyline.events.tree import Tree
from storyline.models import (
    ActorMention,
    AnalyzedArticle,
    Event,
    EventMention,
    PartialDate,
    Sentence,
    TimeExpression,
    Token,
)

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
    events: list[Event] = dataclasses.field(default_factory=list)


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
        tree.particles(k.i).startswith("を") and k.pos in ("NOUN", "PROPN")
        for k in tree.kids(cand.pred.i)
    )


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
    head = tree.head(cand.pred.i)
    if cand.via not in ("verb", "light") or cand.pred.dep != "acl" or head is None:
        return False
    if head.lemma in FORMAL_NOUNS:
        return False
    status_words = lex.cue("hedged") + lex.cue("planned") + lex.cue("denied")
    if any(head.surface in c or c in head.surface for c in status_words):
        return False
    for kid in tree.kids(cand.pred.i):
        lo, hi = tree.span(kid.i)
        if any(t.type in ("date", "time") and lo <= t.start and t.end <= hi for t in times):
            return False
    return True


def _conditional(tree: Tree, cand: Candidate, lex: Lexicon) -> bool:
    """True when the predicate's clause is an 'if' clause (続ければ, 合意すれば)."""
    words = [t.surface for t in tree.tail(cand.pred.i)]
    return any(w in lex.cue("conditional") for w in words)


def _shared_subjects(
    tree: Tree, cand: Candidate, actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """Subjects of the clauses chained with this one by て/し (advcl, conj): in 「Xは会談し、
    合意した」 X is the subject of both, though the parse hangs it on one of them."""
    group = tree.chain(cand.pred.i)
    head = tree.head(cand.pred.i)
    if cand.pred.dep == "acl" and head is not None:
        group.insert(0, head)  # 両首脳は近く会談する見通しだ: the subject hangs on 見通し
    found: list[ActorMention] = []
    for g in group:
        for kid in tree.kids(g.i):
            if kid.dep == "nsubj" or tree.particles(kid.i)[:1] in ("は", "が"):
                named = subject_actors(tree, kid, actors)
                unknown = unlinked_name(tree, kid, actors)
                found += named or ([unknown] if unknown is not None else [])
        if found:
            break
    return found


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
    return source_claim(tree, actors, ctx.lex), None


def _participants(
    tree: Tree, cand: Candidate, ctx: _Context, speaker_actor: ActorMention | None
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Actors and recipients, with the subject shared over chained clauses, or the speaker
    of a quoted clause that names no subject of its own."""
    actors = ctx.analysis.actors
    doers, others = read_participants(tree, cand, actors)
    if cand.entry.type in ("AGREE", "REJECT"):
        others += proposers(tree, cand, actors)  # the one whose plan is answered
    if not doers and cand.via != "background":
        doers = _shared_subjects(tree, cand, actors)
        if not doers and speaker_actor is not None:
            doers = [speaker_actor]  # 「…と会う考えを明らかにした」: the speaker is the doer
        if not doers and not others and cand.entry.type == "OTHER":
            doers = chain_venue(tree, cand, actors)  # 参院で修正されたうえで可決され
        if not doers and not others and not _has_subject(tree, cand):
            # Zero subject: a sentence that names no doer continues the topic (は) of the
            # sentence before (プーチン氏は…同意した。…受け入れを見送った。).
            doers = list(ctx.topic)
    return _unique(doers), [a for a in _unique(others) if a.entity not in {d.entity for d in doers}]


def sentence_topic(tree: Tree, actors: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """The actors of the は-phrase of the sentence's root (its topic), if any."""
    root = next((t for t in tree.tokens.values() if t.dep == "ROOT"), None)
    if root is None:
        return ()
    for kid in tree.kids(root.i):
        if tree.particles(kid.i).startswith("は") and kid.dep in ("nsubj", "obl", "dislocated"):
            return tuple(subject_actors(tree, kid, actors))
    return ()


def _has_subject(tree: Tree, cand: Candidate) -> bool:
    """True when the predicate (or its clause chain) has a subject word of its own, even one
    that is no actor (火災が発生した, 予算案は可決された)."""
    for tok in [cand.pred, *tree.chain(cand.pred.i)]:
        for kid in tree.kids(tok.i):
            if kid.dep == "nsubj" or tree.particles(kid.i)[:1] in ("が", "は"):
                return True
    return False


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


def build_event(tree: Tree, sentence: Sentence, cand: Candidate, ctx: _Context) -> Event | None:
    """One Event for a candidate, or None when it fails the precision gate (a reporting verb,
    an if-clause, or no participant and no place)."""
    a, lex, body = ctx.analysis, ctx.lex, ctx.analysis.body
    if "speech" in cand.entry.flags and not _has_object(tree, cand):
        return None  # と発表した / 公表されている: attribution or passive, not an event
    if "partner" in cand.entry.flags and not _has_partner(tree, cand, a.actors):
        return None  # 「…」と話した / 記者団に話した: a statement, not a talk with someone
    if _conditional(tree, cand, lex) or _undated_modifier(tree, cand, a.times, lex):
        return None
    status, negated = read_status(tree, cand, lex, body)
    etype = cand.entry.type
    ordered = ordered_event(tree, cand, lex)
    if ordered is not None:
        etype = ordered.type  # 軍に停止を命じた: the halt, done by order (RETREAT)
        cand = dataclasses.replace(cand, entry=ordered, content=ordered.word)
    if negated and "accept" in cand.entry.flags:
        etype, status = "REJECT", "occurred"  # 受け入れなかった: a refusal that happened
    claim, speaker_actor = _claim(tree, cand, ctx)
    doers, others = _participants(tree, cand, ctx, speaker_actor)
    place = read_place(tree, cand, a.actors)
    # A background mention may take its participants from its sentence (_fill_background).
    if not (doers or others or (etype == "OTHER" and place) or cand.via == "background"):
        return None
    when, background = read_date(tree, cand, a.times)
    if when is None:
        when = same_day(tree, cand, a.times, body)
    background = background or _pluperfect(tree, cand)
    if (
        status == "planned"
        and when is not None
        and not _planned_cue(tree, cand, lex, body)
        and before_publication(contract_date(when.value), a.published)
    ):
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


def _same_event(a: Event, b: Event) -> bool:
    """``b`` retells the lead event ``a`` or something done in it: the same type and mode
    with a shared participant, or (両首脳はまた…で一致した) two or more of the lead's
    participants and none else."""
    ents_a = {p.entity for p in a.actors + a.recipients}
    ents_b = {p.entity for p in b.actors + b.recipients}
    if a.type == b.type and a.mode == b.mode and ents_a & ents_b:
        return True
    # What the same people decided in the lead meeting shares its date.
    return a.type == "CONSULT" and len(ents_b) >= 2 and ents_b <= ents_a


def _earlier_than_lead(ev: Event, lead_date: str | None, lead_end: int) -> bool:
    """True for an event told after the lead paragraph whose date lies before the lead event's
    (日鉄は2023年12月に買収計画を発表した, in a story of 2025): background, retold to explain
    the news, not the news itself."""
    if ev.mention.start < lead_end or not ev.date or not lead_date or ev.date.startswith("--"):
        return False
    n = min(len(ev.date), len(lead_date))
    return ev.date[:n] < lead_date[:n]


def finish(events: Sequence[Event], published: str | None, *, lead_end: int) -> list[Event]:
    """Article-level rules: a dateless event that retells the dated lead event (same type and
    mode, a shared participant; the lead is the first paragraph, ending at ``lead_end``) takes
    its date; a day after publication is planned, not occurred; ids in order."""
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
                    and _same_event(e, ev)
                ),
                None,
            )
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
        found = [
            build_event(tree, sentence, c, ctx) for c in find_candidates(tree, lex, analysis.body)
        ]
        ctx.events.extend(_fill_background([e for e in found if e is not None]))
        ctx.last_speaker = sentence_speaker(tree, analysis.actors, lex) or ctx.last_speaker
        ctx.topic = sentence_topic(tree, analysis.actors) or ctx.topic
    lead_end = analysis.body.find("\n\n")
    return finish(ctx.events, analysis.published, lead_end=lead_end if lead_end >= 0 else 10**9)
