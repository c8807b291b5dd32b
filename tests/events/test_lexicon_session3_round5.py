"""Session 3, round 5 vocabulary of events/data/triggers.tsv: a report received
(報告を受ける) is an event of the one who receives it, a report made (報告した) is not; a
result booked (計上) and a recall (回収) are events of the company.

The sentences are the project's own.
"""

from __future__ import annotations

import pytest
from builders import A, article

from storyline.events import extract_events
from storyline.events.lexicon import load_lexicon

# 保健所は住民から健康被害の報告を受けた。
_RECEIVED = "保健所 NOUN nsubj 9; は ADP case 0; 住民 NOUN obl 9; から ADP case 2; 健康 NOUN compound 5; 被害 NOUN nmod 7; の ADP case 5; 報告 NOUN obj 9; を ADP case 7; 受け=受ける VERB ROOT -; た AUX aux 9; 。 PUNCT punct 9"
# 保健所は県に被害を報告した。
_MADE = "保健所 NOUN nsubj 6; は ADP case 0; 県 NOUN obl 6; に ADP case 2; 被害 NOUN obj 6; を ADP case 4; 報告 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 6; た AUX aux 6; 。 PUNCT punct 6"
# 製薬会社は特別損失を計上した。
_BOOKED = "製薬 NOUN compound 1; 会社 NOUN nsubj 6; は ADP case 1; 特別 NOUN compound 4; 損失 NOUN obj 6; を ADP case 4; 計上 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 6; た AUX aux 6; 。 PUNCT punct 6"
# 製薬会社は3製品の回収を始めた。
_RECALL = "製薬 NOUN compound 1; 会社 NOUN nsubj 8; は ADP case 1; 3 NUM nummod 4; 製品 NOUN nmod 6; の ADP case 4; 回収 NOUN obj 8; を ADP case 6; 始め=始める VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"
_MAKER = A("製薬会社", "maker", "org")
_CENTRE = A("保健所", "health_centre", "org")


@pytest.mark.parametrize("word", ["報告を受ける", "計上", "回収"])
def test_the_words_are_other_triggers(word: str) -> None:
    entry = load_lexicon().triggers[word]
    assert (entry.type, entry.flags) == ("OTHER", frozenset())


def test_a_report_alone_is_no_trigger() -> None:
    assert "報告" not in load_lexicon().triggers


@pytest.mark.parametrize(
    ("spec", "actors", "expected"),
    [
        (_RECEIVED, (_CENTRE,), [("OTHER", "報告を受け", ("health_centre",))]),
        (
            _MADE,
            (_CENTRE, A("県", "prefecture", "org")),
            [],
        ),  # reporting is a statement, not an event of its own
    ],
)
def test_received_reports_booked_results_and_recalls_are_events(
    spec: str, actors: tuple[A, ...], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    got = [
        (ev.type, ev.trigger, tuple(p.entity for p in ev.actors))
        for ev in extract_events(article(spec, actors=actors))
    ]
    assert got == expected
