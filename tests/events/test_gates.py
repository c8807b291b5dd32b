"""Precision gates of build_event (tests events/extraction.py): an AGREE that needs two
parties (trigger flag ``mutual``: 確認)."""

from __future__ import annotations

import pytest
from builders import A, article

from storyline.events import extract_events

# 市は建物が焼けたことを確認した。 (one party verifies a fact)
CITY_CONFIRMS = "市 NOUN nsubj 8; は ADP case 0 助詞-係助詞; 建物 NOUN nsubj 4; が ADP case 2; 焼け=焼ける VERB acl 6 動詞-一般; た AUX aux 4; こと NOUN obj 8; を ADP case 6; 確認 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"

# 両首脳は同盟の強化を確認した。 (both confirm: an agreement)
LEADERS_CONFIRM = "両 NOUN compound 1; 首脳 NOUN nsubj 7; は ADP case 1 助詞-係助詞; 同盟 NOUN nmod 5 名詞-普通名詞-サ変可能; の ADP case 3; 強化 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5; 確認 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

BOTH = (A("両首脳", "leader_a", coref=True), A("両首脳", "leader_b", coref=True))


@pytest.mark.parametrize(
    ("spec", "actors", "expected"),
    [
        (CITY_CONFIRMS, (A("市", "city_a", "org"),), []),
        (LEADERS_CONFIRM, BOTH, [("AGREE", ("leader_a", "leader_b"))]),
    ],
)
def test_confirming_is_an_agreement_only_between_two_parties(
    spec: str, actors: tuple[A, ...], expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    events = extract_events(article(spec, actors=actors))
    assert [(e.type, tuple(p.entity for p in e.actors)) for e in events] == expected
