"""Participants of session 3, round 5 (tests events/arguments.py): a clause that describes a
fixture written ``A対B`` (…開催される公式戦（巨人対阪神）に合わせ) is the game between A and B.

Sentences written for this project, parsed by ja_ginza 5.3 (NER off) and kept in the
builders.py notation, GiNZA's own attachment mistakes included (it hangs the whole bracket
as compounds of 公式戦).
"""

from __future__ import annotations

import pytest
from builders import A, article

from storyline.events.arguments import matchup_sides
from storyline.events.candidates import find_candidates
from storyline.events.lexicon import load_lexicon
from storyline.events.tree import Tree

# 15日に甲子園で開催される公式戦（巨人対阪神）に合わせ、臨時バスを運行する。
FIXTURE = "15 NUM nummod 1 名詞-数詞; 日 NOUN obl 6 名詞-普通名詞-助数詞可能; に ADP case 1 助詞-格助詞; 甲子 NOUN compound 4 名詞-普通名詞-一般; 園 NOUN obl 6 接尾辞-名詞的-一般; で ADP case 4 助詞-格助詞; 開催 VERB acl 9 名詞-普通名詞-サ変可能; さ=する AUX aux 6 動詞-非自立可能; れる AUX aux 6 助動詞; 公式戦 NOUN obl 16 名詞-普通名詞-一般; （=( PUNCT punct 9 補助記号-括弧開; 巨人 NOUN compound 9 名詞-普通名詞-一般; 対 NOUN compound 9 名詞-普通名詞-一般; 阪神 PROPN compound 9 名詞-固有名詞-地名-一般; ）=) PUNCT punct 9 補助記号-括弧閉; に ADP case 9 助詞-格助詞; 合わせ=合わせる VERB advcl 21 動詞-一般; 、 PUNCT punct 16 補助記号-読点; 臨時 NOUN compound 19 名詞-普通名詞-一般; バス NOUN obj 21 名詞-普通名詞-一般; を ADP case 19 助詞-格助詞; 運行 VERB ROOT - 名詞-普通名詞-サ変可能; する AUX aux 21 動詞-非自立可能; 。 PUNCT punct 21 補助記号-句点"
# 市は20日に開催される決勝（甲府対松本）に合わせ、臨時バスを運行する。
FINAL = "市 NOUN nsubj 20 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 20 NUM nummod 3 名詞-数詞; 日 NOUN obl 5 名詞-普通名詞-助数詞可能; に ADP case 3 助詞-格助詞; 開催 VERB acl 8 名詞-普通名詞-サ変可能; さ=する AUX aux 5 動詞-非自立可能; れる AUX aux 5 助動詞; 決勝 NOUN obl 15 名詞-普通名詞-一般; （=( PUNCT punct 8 補助記号-括弧開; 甲府 PROPN compound 8 名詞-固有名詞-地名-一般; 対 NOUN compound 8 名詞-普通名詞-一般; 松本 PROPN compound 8 名詞-固有名詞-地名-一般; ）=) PUNCT punct 8 補助記号-括弧閉; に ADP case 8 助詞-格助詞; 合わせ=合わせる VERB advcl 20 動詞-一般; 、 PUNCT punct 15 補助記号-読点; 臨時 NOUN compound 18 名詞-普通名詞-一般; バス NOUN obj 20 名詞-普通名詞-一般; を ADP case 18 助詞-格助詞; 運行 VERB ROOT - 名詞-普通名詞-サ変可能; する AUX aux 20 動詞-非自立可能; 。 PUNCT punct 20 補助記号-句点"

GIANTS = A("巨人", "provisional:巨人", "org", provisional=True)
TIGERS = A("阪神", "provisional:阪神", "org", provisional=True)
KOFU = A("甲府", "provisional:甲府", "org", provisional=True)
MATSUMOTO = A("松本", "provisional:松本", "org", provisional=True)
KOFU_CITY = A("甲府", "kofu", "place")


def _sides(spec: str, actors: tuple[A, ...]) -> list[str]:
    """The entities matchup_sides reads for the 開催 clause of ``spec``."""
    a = article(spec, actors=actors, times=())
    tree = Tree.build(a.tokens)
    cand = next(
        c for c in find_candidates(tree, load_lexicon(), a.body) if c.trigger.surface == "開催"
    )
    return [m.entity for m in matchup_sides(tree, cand, a.actors)]


@pytest.mark.parametrize(
    ("spec", "actors", "expected"),
    [
        (FIXTURE, (GIANTS, TIGERS), ["provisional:巨人", "provisional:阪神"]),
        (FINAL, (KOFU, MATSUMOTO), ["provisional:甲府", "provisional:松本"]),
        (FIXTURE, (GIANTS,), []),  # one side unlinked: no pair
        (FINAL, (KOFU_CITY, MATSUMOTO), []),  # a place is no side of a game
        (FIXTURE, (), []),
    ],
)
def test_the_sides_of_a_fixture_a_clause_describes(
    spec: str, actors: tuple[A, ...], expected: list[str]
) -> None:
    assert _sides(spec, actors) == expected
