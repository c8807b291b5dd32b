"""Participants of session 3, round 4 (tests events/arguments.py): a bare 政府 is Japan's
government, another country's is always named (米政府, 政府関係者 is no government act); a
は-topic GiNZA hangs (dislocated) on a quoted clause with a が-subject of its own is the
one who says it (野党側は…政府の判断が遅れたと批判した).

Sentences written for this project, parsed by ja_ginza 5.3 (NER off) and kept in the
builders.py notation, GiNZA's own attachment mistakes included.
"""

from __future__ import annotations

import pytest
from builders import A, article

from storyline.events import extract_events
from storyline.events.arguments import home_government
from storyline.events.tree import Tree
from storyline.models import Event

# 政府と日銀は円安への対応で連携した。
GOVERNMENT_AND_BANK = "政府 NOUN nmod 2 名詞-普通名詞-一般; と ADP case 0 助詞-格助詞; 日銀 NOUN nsubj 9 名詞-固有名詞-一般; は ADP case 2 助詞-係助詞; 円安 NOUN nmod 7 名詞-普通名詞-一般; へ ADP case 4 助詞-格助詞; の ADP case 4 助詞-格助詞; 対応 NOUN obl 9 名詞-普通名詞-サ変可能; で ADP case 7 助詞-格助詞; 連携 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9 動詞-非自立可能; た AUX aux 9 助動詞; 。 PUNCT punct 9 補助記号-句点"
# 米政府は日本との協議を続けた。
US_GOVERNMENT = "米 NOUN compound 1 名詞-普通名詞-一般; 政府 NOUN nsubj 8 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 日本 PROPN nmod 6 名詞-固有名詞-地名-国; と ADP case 3 助詞-格助詞; の ADP case 3 助詞-格助詞; 協議 NOUN obj 8 名詞-普通名詞-サ変可能; を ADP case 6 助詞-格助詞; 続け=続ける VERB ROOT - 動詞-非自立可能; た AUX aux 8 助動詞; 。 PUNCT punct 8 補助記号-句点"
# 政府関係者は協議を続けた。
OFFICIALS = "政府 NOUN compound 1 名詞-普通名詞-一般; 関係者 NOUN nsubj 5 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 協議 NOUN obj 5 名詞-普通名詞-サ変可能; を ADP case 3 助詞-格助詞; 続け=続ける VERB ROOT - 動詞-非自立可能; た AUX aux 5 助動詞; 。 PUNCT punct 5 補助記号-句点"
# 野党側は年金改革を巡る政府の判断が遅れたと批判した。 (側 hung as dislocated on the quoted
# clause, as GiNZA hangs it in a longer corpus sentence of this shape)
OPPOSITION = "野党 NOUN compound 1 名詞-普通名詞-一般; 側 NOUN dislocated 10 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 年金改革 NOUN obj 6 名詞-普通名詞-一般; を ADP case 3 助詞-格助詞; 巡る VERB fixed 4 動詞-一般; 政府 NOUN nmod 8 名詞-普通名詞-一般; の ADP case 6 助詞-格助詞; 判断 NOUN nsubj 10 名詞-普通名詞-サ変可能; が ADP case 8 助詞-格助詞; 遅れ=遅れる VERB advcl 13 動詞-非自立可能; た AUX aux 10 助動詞; と ADP case 10 助詞-格助詞; 批判 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"

BANK = A("日銀", "bank_of_japan", "org")
US_GOV = A("米政府", "white_house", "org")
JAPAN = A("日本", "japan", "country")


def _event(spec: str, trigger: str, actors: tuple[A, ...] = ()) -> Event:
    """The one event with ``trigger`` in the article of ``spec``."""
    found = extract_events(article(spec, actors=actors, times=()))
    return next(e for e in found if e.trigger.endswith(trigger))


def _entities(e: Event) -> set[str]:
    return {p.entity for p in e.actors + e.recipients}


def test_a_bare_government_beside_a_linked_body_is_japans() -> None:
    assert _entities(_event(GOVERNMENT_AND_BANK, "連携", (BANK,))) == {
        "japan_government",
        "bank_of_japan",
    }


@pytest.mark.parametrize(
    ("spec", "actors", "expected"),
    [
        (GOVERNMENT_AND_BANK, (BANK,), ["japan_government"]),
        (US_GOVERNMENT, (US_GOV, JAPAN), []),  # 米政府: another country's, linked already
        (OFFICIALS, (), []),  # 政府関係者: the word modifies another noun
        (OPPOSITION, (), ["japan_government"]),  # 政府の判断: a possessor is still the body
    ],
)
def test_home_government_mentions(spec: str, actors: tuple[A, ...], expected: list[str]) -> None:
    a = article(spec, actors=actors, times=())
    tree = Tree.build(a.tokens)
    assert [m.entity for m in home_government(tree, a.actors)] == expected


def test_a_dislocated_topic_of_a_quoted_clause_is_the_critic() -> None:
    criticism = _event(OPPOSITION, "批判")
    assert criticism.type == "ACCUSE"
    assert [p.entity for p in criticism.actors] == ["provisional:野党"]
    assert [p.entity for p in criticism.recipients] == ["japan_government"]
