"""Dates and participants of session 3, round 3 (tests events/arguments.py): a span of days
closed by かけて dates the talks it is hung on, even when GiNZA hangs the sentence's frame
(26日、) on the nested talks too; the one an ordering clause before a decision noun orders
(…に…を命じる決定を出した) is a party to the decision.

Sentences written for this project, parsed by ja_ginza 5.3 (NER off) and kept in the
builders.py notation, GiNZA's own attachment mistakes included.
"""

from __future__ import annotations

from builders import A, T, article

from storyline.events import extract_events
from storyline.events.arguments import TIME_PHRASE_VERBS, _order_clauses
from storyline.events.candidates import find_candidates
from storyline.events.lexicon import load_lexicon
from storyline.events.tree import Tree
from storyline.models import Event

# 国務省は26日、ジュネーブで20日から22日にかけてイランと協議した結果、査察を続けることで
# 一致したと発表した。(GiNZA hangs 26日 on 協議 and the days under かけ, an advcl of 協議)
SPAN_TALKS = "国務 NOUN compound 1 名詞-普通名詞-一般; 省 NOUN nsubj 18 接尾辞-名詞的-一般; は ADP case 1 助詞-係助詞; 26 NUM nummod 4 名詞-数詞; 日 NOUN obl 18 接尾辞-名詞的-助数詞; 、 PUNCT punct 4 補助記号-読点; ジュネーブ PROPN obl 14 名詞-固有名詞-地名-一般; で ADP case 6 助詞-格助詞; 20 NUM nummod 9 名詞-数詞; 日 NOUN nmod 12 名詞-普通名詞-助数詞可能; から ADP case 9 助詞-格助詞; 22 NUM nummod 12 名詞-数詞; 日 NOUN obl 14 名詞-普通名詞-助数詞可能; に ADP case 12 助詞-格助詞; かけ=かける VERB advcl 18 動詞-非自立可能; て SCONJ mark 14 助詞-接続助詞; イラン PROPN obl 18 名詞-固有名詞-地名-国; と ADP case 16 助詞-格助詞; 協議 VERB acl 21 名詞-普通名詞-サ変可能; し=する AUX aux 18 動詞-非自立可能; た AUX aux 18 助動詞; 結果 NOUN obl 25 名詞-普通名詞-副詞可能; 、 PUNCT punct 21 補助記号-読点; 査察 NOUN obj 25 名詞-普通名詞-サ変可能; を ADP case 23 助詞-格助詞; 続ける VERB acl 26 動詞-非自立可能; こと NOUN obl 28 名詞-普通名詞-一般; で ADP case 26 助詞-格助詞; 一致 VERB advcl 32 名詞-普通名詞-サ変可能; し=する AUX aux 28 動詞-非自立可能; た AUX aux 28 助動詞; と ADP case 28 助詞-格助詞; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 32 動詞-非自立可能; た AUX aux 32 助動詞; 。 PUNCT punct 32 補助記号-句点"

STATE = A("国務省", "us_state_department", "org")
IRAN = A("イラン", "iran", "country")
TIMES = (T("26日", "2025-02-26"), T("20日", "2025-02-20"), T("22日", "2025-02-22"))


def _event(trigger: str) -> Event:
    """The one event with ``trigger`` in the SPAN_TALKS article."""
    found = extract_events(article(SPAN_TALKS, actors=(STATE, IRAN), times=TIMES))
    return next(e for e in found if e.trigger.endswith(trigger))


def test_a_span_closed_by_kakete_dates_the_talks_not_the_frame() -> None:
    talks = _event("協議")
    assert (talks.type, talks.date) == ("CONSULT", "2025-02-20")


def test_the_agreement_announced_keeps_the_frame() -> None:
    # The frame still dates the clause chained with the main one (一致したと発表した), so the
    # rule is not a blanket "first day wins".
    assert _event("一致").date == "2025-02-26"


def test_time_phrase_verbs_are_the_span_closers() -> None:
    assert {"かける", "わたる"} <= TIME_PHRASE_VERBS
    assert "行う" not in TIME_PHRASE_VERBS


# 大阪地方裁判所は5日、ミドリ化学に工場の操業停止を命じる決定を出した。
# (GiNZA hangs 命じる on 出し, not on the noun 決定 whose content it is)
ORDER_DECISION = "大阪 PROPN compound 1 名詞-固有名詞-地名-一般; 地方裁判所 NOUN nsubj 17 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 5 NUM nummod 4 名詞-数詞; 日 NOUN obl 17 接尾辞-名詞的-助数詞; 、 PUNCT punct 4 補助記号-読点; ミドリ PROPN compound 7 名詞-普通名詞-一般; 化学 NOUN obl 14 名詞-普通名詞-一般; に ADP case 7 助詞-格助詞; 工場 NOUN nmod 12 名詞-普通名詞-一般; の ADP case 9 助詞-格助詞; 操業 NOUN compound 12 名詞-普通名詞-サ変可能; 停止 NOUN obj 14 名詞-普通名詞-サ変可能; を ADP case 12 助詞-格助詞; 命じる VERB advcl 17 動詞-一般; 決定 NOUN obj 17 名詞-普通名詞-サ変可能; を ADP case 15 助詞-格助詞; 出し=出す VERB ROOT - 動詞-非自立可能; た AUX aux 17 助動詞; 。 PUNCT punct 17 補助記号-句点"
# 東西電機は5日、ミドリ化学に工場を譲る決定を出した。(譲る orders nobody)
HANDOVER_DECISION = "東西 NOUN compound 1 名詞-普通名詞-一般; 電機 NOUN nsubj 14 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 5 NUM nummod 4 名詞-数詞; 日 NOUN obl 14 接尾辞-名詞的-助数詞; 、 PUNCT punct 4 補助記号-読点; ミドリ PROPN compound 7 名詞-普通名詞-一般; 化学 NOUN obl 11 名詞-普通名詞-一般; に ADP case 7 助詞-格助詞; 工場 NOUN obj 11 名詞-普通名詞-一般; を ADP case 9 助詞-格助詞; 譲る VERB acl 12 動詞-一般; 決定 NOUN obj 14 名詞-普通名詞-サ変可能; を ADP case 12 助詞-格助詞; 出し=出す VERB ROOT - 動詞-非自立可能; た AUX aux 14 助動詞; 。 PUNCT punct 14 補助記号-句点"

COURT = A("大阪地方裁判所", "provisional:大阪地方裁判所", "org")
COMPANY = A("ミドリ化学", "provisional:ミドリ化学", "org")


def _order_lemmas(spec: str) -> list[str]:
    """The lemmas of the ordering clauses _order_clauses finds for 決定 in ``spec``."""
    a = article(spec, actors=(), times=())
    tree = Tree.build(a.tokens)
    lex = load_lexicon()
    cand = next(c for c in find_candidates(tree, lex, a.body) if c.trigger.surface == "決定")
    return [t.lemma for t in _order_clauses(tree, cand)]


def test_the_one_ordered_by_a_decision_is_its_recipient() -> None:
    found = extract_events(article(ORDER_DECISION, actors=(COURT, COMPANY), times=()))
    decision = next(e for e in found if e.trigger.endswith("決定"))
    assert [p.entity for p in decision.actors] == ["provisional:大阪地方裁判所"]
    assert [p.entity for p in decision.recipients] == ["provisional:ミドリ化学"]


def test_only_an_ordering_verb_right_before_the_noun_is_its_content() -> None:
    assert _order_lemmas(ORDER_DECISION) == ["命じる"]
    assert _order_lemmas(HANDOVER_DECISION) == []
