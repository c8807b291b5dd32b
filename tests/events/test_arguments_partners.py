"""Participant rules of session 3, round 2 (tests events/arguments.py): partners written with
それぞれ, the addressee of a purpose clause of talks, and the one whose demand an answer
refuses in the same sentence.

Sentences written for this project, parsed by ja_ginza 5.3 (NER off) and kept in the
builders.py notation, GiNZA's own attachment mistakes included.
"""

from __future__ import annotations

import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.arguments import (
    answered_requesters,
    criticised_addressees,
    dated_partners,
    each_partners,
    purpose_partners,
)
from storyline.events.candidates import find_candidates
from storyline.events.lexicon import load_lexicon
from storyline.events.tree import Tree
from storyline.models import ActorMention, Event

# 米政府は25日、中国、インドの両国とそれぞれ、関税を引き下げることで合意した。
# (両国と hangs on それぞれ, それぞれ on the content verb 引き下げる)
EACH = "米 NOUN compound 1 名詞-普通名詞-一般; 政府 NOUN nsubj 19 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 25 NUM nummod 4 名詞-数詞; 日 NOUN obl 16 接尾辞-名詞的-助数詞; 、 PUNCT punct 4 補助記号-読点; 中国 PROPN nmod 10 名詞-固有名詞-地名-国; 、 PUNCT punct 6 補助記号-読点; インド PROPN nmod 10 名詞-固有名詞-地名-国; の ADP case 8 助詞-格助詞; 両国 NOUN obl 12 名詞-普通名詞-一般; と ADP case 10 助詞-格助詞; それぞれ ADV advmod 16 名詞-普通名詞-副詞可能; 、 PUNCT punct 12 補助記号-読点; 関税 NOUN obj 16 名詞-普通名詞-一般; を ADP case 14 助詞-格助詞; 引き下げる VERB acl 17 動詞-一般; こと NOUN obl 19 名詞-普通名詞-一般; で ADP case 17 助詞-格助詞; 合意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 19 動詞-非自立可能; た AUX aux 19 助動詞; 。 PUNCT punct 19 補助記号-句点"
# 首相は、この方針をバイデン大統領に説明するため電話会談を行った。
PURPOSE = "首相 NOUN nsubj 15 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; この DET det 4 連体詞; 方針 NOUN obj 9 名詞-普通名詞-一般; を ADP case 4 助詞-格助詞; バイデン PROPN compound 7 名詞-固有名詞-人名-一般; 大統領 NOUN obl 9 名詞-普通名詞-一般; に ADP case 7 助詞-格助詞; 説明 VERB acl 11 名詞-普通名詞-サ変可能; する AUX aux 9 動詞-非自立可能; ため NOUN obl 15 名詞-普通名詞-副詞可能; 電話 NOUN compound 13 名詞-普通名詞-サ変可能; 会談 NOUN obj 15 名詞-普通名詞-サ変可能; を ADP case 13 助詞-格助詞; 行っ=行う VERB ROOT - 動詞-一般; た AUX aux 15 助動詞; 。 PUNCT punct 15 補助記号-句点"
# 首相は、ロシアに攻撃されたため電話会談を行った。 (ため gives a cause, ロシア its agent)
CAUSE = "首相 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; ロシア PROPN obl 5 名詞-固有名詞-地名-国; に ADP case 3 助詞-格助詞; 攻撃 VERB acl 9 名詞-普通名詞-サ変可能; さ=する AUX aux 5 動詞-非自立可能; れ=れる AUX aux 5 助動詞; た AUX aux 5 助動詞; ため NOUN obl 13 名詞-普通名詞-副詞可能; 電話 NOUN compound 11 名詞-普通名詞-サ変可能; 会談 NOUN obj 13 名詞-普通名詞-サ変可能; を ADP case 11 助詞-格助詞; 行っ=行う VERB ROOT - 動詞-一般; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"
# 首相は、中国に制裁を科したため電話会談を行った。 (a past clause: ため gives a cause)
PAST_CAUSE = "首相 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 中国 PROPN obl 7 名詞-固有名詞-地名-国; に ADP case 3 助詞-格助詞; 制裁 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5 助詞-格助詞; 科し=科する VERB acl 9 動詞-一般; た AUX aux 7 助動詞; ため NOUN obl 13 名詞-普通名詞-副詞可能; 電話 NOUN compound 11 名詞-普通名詞-サ変可能; 会談 NOUN obj 13 名詞-普通名詞-サ変可能; を ADP case 11 助詞-格助詞; 行っ=行う VERB ROOT - 動詞-一般; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"
# 韓国政府は、関税を撤回するよう米国に求めてきたが、米政権はこれを受け入れなかった。
REFUSED_DEMAND = "韓国 PROPN compound 1 名詞-固有名詞-地名-国; 政府 NOUN nsubj 11 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1 補助記号-読点; 関税 NOUN obj 6 名詞-普通名詞-一般; を ADP case 4 助詞-格助詞; 撤回 VERB advcl 11 名詞-普通名詞-サ変可能; する AUX aux 6 動詞-非自立可能; よう AUX aux 6 形状詞-助動詞語幹; 米国 PROPN obl 11 名詞-固有名詞-地名-国; に ADP case 9 助詞-格助詞; 求め=求める VERB advcl 22 動詞-一般; て SCONJ mark 11 助詞-接続助詞; き=くる VERB fixed 12 動詞-非自立可能; た AUX aux 11 助動詞; が SCONJ mark 11 助詞-接続助詞; 、 PUNCT punct 11 補助記号-読点; 米 NOUN compound 18 名詞-普通名詞-一般; 政権 NOUN nsubj 22 名詞-普通名詞-一般; は ADP case 18 助詞-係助詞; これ PRON obj 22 代名詞; を ADP case 20 助詞-格助詞; 受け入れ=受け入れる VERB ROOT - 動詞-一般; なかっ=ない AUX aux 22 助動詞; た AUX aux 22 助動詞; 。 PUNCT punct 22 補助記号-句点"
# 韓国政府は、関税を撤回するよう米国に求めてきたが、米政権は中国の案を受け入れた。
OTHER_PLAN = "韓国 PROPN compound 1 名詞-固有名詞-地名-国; 政府 NOUN nsubj 11 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1 補助記号-読点; 関税 NOUN obj 6 名詞-普通名詞-一般; を ADP case 4 助詞-格助詞; 撤回 VERB advcl 11 名詞-普通名詞-サ変可能; する AUX aux 6 動詞-非自立可能; よう AUX aux 6 形状詞-助動詞語幹; 米国 PROPN obl 11 名詞-固有名詞-地名-国; に ADP case 9 助詞-格助詞; 求め=求める VERB advcl 24 動詞-一般; て SCONJ mark 11 助詞-接続助詞; き=くる VERB fixed 12 動詞-非自立可能; た AUX aux 11 助動詞; が SCONJ mark 11 助詞-接続助詞; 、 PUNCT punct 11 補助記号-読点; 米 NOUN compound 18 名詞-普通名詞-一般; 政権 NOUN nsubj 24 名詞-普通名詞-一般; は ADP case 18 助詞-係助詞; 中国 PROPN nmod 22 名詞-固有名詞-地名-国; の ADP case 20 助詞-格助詞; 案 NOUN obj 24 名詞-普通名詞-一般; を ADP case 22 助詞-格助詞; 受け入れ=受け入れる VERB ROOT - 動詞-一般; た AUX aux 24 助動詞; 。 PUNCT punct 24 補助記号-句点"
# 首相は5日にフランスと、6日にドイツとそれぞれ首脳会談を開いた。
DATED = "首相 NOUN nsubj 17 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 5 NUM nummod 3 名詞-数詞; 日 NOUN obl 17 接尾辞-名詞的-助数詞; に ADP case 3 助詞-格助詞; フランス PROPN obl 17 名詞-固有名詞-地名-国; と ADP case 5 助詞-格助詞; 、 PUNCT punct 5 補助記号-読点; 6 NUM nummod 9 名詞-数詞; 日 NOUN obl 11 接尾辞-名詞的-助数詞; に ADP case 9 助詞-格助詞; ドイツ PROPN obl 13 名詞-固有名詞-地名-国; と ADP case 11 助詞-格助詞; それぞれ ADV advmod 17 名詞-普通名詞-副詞可能; 首脳 NOUN compound 15 名詞-普通名詞-一般; 会談 NOUN obj 17 名詞-普通名詞-サ変可能; を ADP case 15 助詞-格助詞; 開い=開く VERB ROOT - 動詞-一般; た AUX aux 17 助動詞; 。 PUNCT punct 17 補助記号-句点"
# 首相は5日にフランスとドイツと首脳会談を開いた。
ONE_DATE = "首相 NOUN nsubj 12 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 5 NUM nummod 3 名詞-数詞; 日 NOUN obl 12 接尾辞-名詞的-助数詞; に ADP case 3 助詞-格助詞; フランス PROPN nmod 7 名詞-固有名詞-地名-国; と ADP case 5 助詞-格助詞; ドイツ PROPN nmod 10 名詞-固有名詞-地名-国; と ADP case 7 助詞-格助詞; 首脳 NOUN compound 10 名詞-普通名詞-一般; 会談 NOUN obj 12 名詞-普通名詞-サ変可能; を ADP case 10 助詞-格助詞; 開い=開く VERB ROOT - 動詞-一般; た AUX aux 12 助動詞; 。 PUNCT punct 12 補助記号-句点"
# 知事は、電力会社の説明が不十分だと批判し、詳しい資料を出すよう求めた。
REPROACH = "知事 NOUN nsubj 19 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 電力 NOUN compound 4 名詞-普通名詞-一般; 会社 NOUN nmod 6 名詞-普通名詞-一般; の ADP case 4 助詞-格助詞; 説明 NOUN nsubj 8 名詞-普通名詞-サ変可能; が ADP case 6 助詞-格助詞; 不十分 ADJ advcl 11 名詞-普通名詞-形状詞可能; だ AUX aux 8 助動詞; と ADP case 8 助詞-格助詞; 批判 VERB advcl 19 名詞-普通名詞-サ変可能; し=する AUX aux 11 動詞-非自立可能; 、 PUNCT punct 11 補助記号-読点; 詳しい ADJ acl 15 形容詞-一般; 資料 NOUN obj 17 名詞-普通名詞-一般; を ADP case 15 助詞-格助詞; 出す VERB advcl 19 動詞-非自立可能; よう AUX aux 17 形状詞-助動詞語幹; 求め=求める VERB ROOT - 動詞-一般; た AUX aux 19 助動詞; 。 PUNCT punct 19 補助記号-句点"

US_GOV = A("米政府", "united_states_government", "org")
CHINA = A("中国", "china", "country")
INDIA = A("インド", "india", "country")
BOTH = (A("両国", "china", "country", coref=True), A("両国", "india", "country", coref=True))
PM = A("首相", "pm")
BIDEN = A("バイデン大統領", "joe_biden", title="大統領")
KOREA_GOV = A("韓国政府", "korea_government", "org")
US_ADMIN = A("米政権", "white_house", "org")
GOVERNOR = A("知事", "provisional:知事")
UTILITY = A("電力会社", "provisional:電力会社", "org")
FRANCE = A("フランス", "france", "country")
GERMANY = A("ドイツ", "germany", "country")


def _parties(ev: Event) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(p.entity for p in ev.actors), frozenset(p.entity for p in ev.recipients)


def _event(spec: str, trigger: str, *actors: A) -> Event:
    """The one event whose trigger ends with ``trigger`` in the article of ``spec``."""
    found = extract_events(article(spec, actors=actors))
    return next(e for e in found if e.trigger.endswith(trigger))


def _rule(rule: object, spec: str, trigger: str, *actors: A) -> list[str]:
    """What ``rule`` (one of the helpers) gives the candidate with ``trigger`` (no gates)."""
    a = article(spec, actors=actors)
    tree = Tree.build(a.tokens)
    cand = next(
        c for c in find_candidates(tree, load_lexicon(), a.body) if c.trigger.surface == trigger
    )
    found: list[ActorMention] = rule(tree, cand, a.actors)  # type: ignore[operator]
    return sorted({m.entity for m in found})


@pytest.mark.parametrize(
    ("spec", "trigger", "actors", "doers", "recipients"),
    [
        # 両国とそれぞれ…ことで合意: both countries named before 両国 take part.
        (
            EACH,
            "合意",
            (US_GOV, CHINA, INDIA, *BOTH),
            {"united_states_government"},
            {"china", "india"},
        ),
        # …の説明が不十分だと批判し、…出すよう求めた: the one criticised is asked.
        (
            REPROACH,
            "求め",
            (GOVERNOR, UTILITY),
            {"provisional:知事"},
            {"provisional:電力会社"},
        ),
        # Xに説明するため電話会談を行った: X is the partner of the call.
        (PURPOSE, "会談", (PM, BIDEN), {"pm"}, {"joe_biden"}),
        # …米国に求めてきたが、米政権はこれを受け入れなかった: the one who asked is refused.
        (
            REFUSED_DEMAND,
            "受け入れ",
            (KOREA_GOV, A("米国", "united_states", "country"), US_ADMIN),
            {"white_house"},
            {"korea_government"},
        ),
    ],
)
def test_partner_rules(
    spec: str, trigger: str, actors: tuple[A, ...], doers: set[str], recipients: set[str]
) -> None:
    ev = _event(spec, trigger, *actors)
    assert _parties(ev) == (frozenset(doers), frozenset(recipients))


@pytest.mark.parametrize(
    ("rule", "spec", "trigger", "actors", "expected"),
    [
        (each_partners, EACH, "合意", (US_GOV, CHINA, INDIA, *BOTH), ["china", "india"]),
        # それぞれ needs a と-phrase right before it to name partners.
        (each_partners, PURPOSE, "会談", (PM, BIDEN), []),
        (purpose_partners, PURPOSE, "会談", (PM, BIDEN), ["joe_biden"]),
        # ロシアに攻撃されたため: a passive cause names the attacker, no partner.
        (purpose_partners, CAUSE, "会談", (PM, A("ロシア", "russia", "country")), []),
        # 中国に制裁を科したため: a past clause is a cause too.
        (purpose_partners, PAST_CAUSE, "会談", (PM, CHINA), []),
        (
            answered_requesters,
            REFUSED_DEMAND,
            "受け入れ",
            (KOREA_GOV, US_ADMIN),
            ["korea_government"],
        ),
        (criticised_addressees, REPROACH, "求め", (GOVERNOR, UTILITY), ["provisional:電力会社"]),
        # The criticism itself is no request: the rule leaves it alone.
        (criticised_addressees, REPROACH, "批判", (GOVERNOR, UTILITY), []),
        # 中国の案を受け入れた: the answer names its own plan, so the demand is not answered.
        (answered_requesters, OTHER_PLAN, "受け入れ", (KOREA_GOV, US_ADMIN, CHINA), []),
    ],
)
def test_rule_helpers(
    rule: object, spec: str, trigger: str, actors: tuple[A, ...], expected: list[str]
) -> None:
    assert _rule(rule, spec, trigger, *actors) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # 5日にフランスと、6日にドイツとそれぞれ: two talks, one per date and partner.
        (DATED, [("2025-03-05", ["france"]), ("2025-03-06", ["germany"])]),
        # 5日にフランスとドイツと: one occasion with both.
        (ONE_DATE, []),
    ],
)
def test_dated_partners(spec: str, expected: list[tuple[str, list[str]]]) -> None:
    dates = (T("5日", "2025-03-05"), T("6日", "2025-03-06"))
    times = dates if spec is DATED else dates[:1]
    a = article(spec, actors=(PM, FRANCE, GERMANY), times=times)
    partners = [m for m in a.actors if m.entity in ("france", "germany")]
    got = dated_partners(Tree.build(a.tokens), partners, a.times)
    assert [(t.value, [p.entity for p in ps]) for t, ps in got] == expected
