"""Attribution check (stories/quotes.py): one quote, two speakers."""

from __future__ import annotations

import pytest
from stories_helpers import analysis, art, ev, mention

from storyline.models import ActorMention, AnalyzedArticle, Article
from storyline.stories.quotes import check_attribution, find_quotes
from storyline.stories.rules import load_rules
from storyline.stories.sources import origins

QUOTE = "安全の保証は米国が相手国に命じる形でしか得られない"


def page(
    aid: str, body: str, people: list[tuple[str, str, int]], wire: str | None = None
) -> tuple[Article, AnalyzedArticle]:
    a = art(aid, body, wire=wire)
    actors: list[ActorMention] = [mention(body, s, e, nth=n) for s, e, n in people]
    return a, analysis(a, actors=actors)


def flags(*pages: tuple[Article, AnalyzedArticle]) -> list[str]:
    arts = [p[0] for p in pages]
    found = check_attribution(
        [p[1] for p in pages], [], rules=load_rules(), origin_of=origins(arts), names={}
    )
    return [v.value for d in found for v in d.values]


def test_quote_given_to_two_speakers_is_flagged() -> None:
    a = page(
        "a13", f"ペスコフ報道官は「{QUOTE}」と語った。", [("ペスコフ報道官", "dmitry_peskov", 0)]
    )
    b = page(
        "a14",
        f"ラブロフ外相は国営テレビで「{QUOTE}」と述べた。",
        [("ラブロフ外相", "sergey_lavrov", 0)],
    )
    assert sorted(flags(a, b)) == ["ペスコフ報道官", "ラブロフ外相"]  # no names given: surfaces


def test_same_remark_in_two_translations_with_one_speaker_is_not_flagged() -> None:
    a = page(
        "a10",
        "ペスコフ報道官は「物事を先走って考えるべきではない」と述べた。",
        [("ペスコフ報道官", "dmitry_peskov", 0)],
    )
    b = page(
        "a11",
        "ペスコフ報道官は「物事を先走って考えるべきではないだろう」と語った。",
        [("ペスコフ報道官", "dmitry_peskov", 0)],
    )
    assert flags(a, b) == []


def test_copies_of_one_wire_never_disagree_with_each_other() -> None:
    a = page(
        "x",
        f"ペスコフ報道官は「{QUOTE}」と語った。",
        [("ペスコフ報道官", "dmitry_peskov", 0)],
        wire="共同通信",
    )
    b = page(
        "y",
        f"ラブロフ外相は「{QUOTE}」と語った。",
        [("ラブロフ外相", "sergey_lavrov", 0)],
        wire="共同通信",
    )
    assert flags(a, b) == []


@pytest.mark.parametrize(
    ("body", "people", "speaker"),
    [
        (
            f"ペスコフ氏は「{QUOTE}」と述べた。",
            [("ペスコフ氏", "dmitry_peskov", 0)],
            "dmitry_peskov",
        ),
        (
            f"「{QUOTE}」とラブロフ氏は述べた。",
            [("ラブロフ氏", "sergey_lavrov", 0)],
            "sergey_lavrov",
        ),
        (
            f"ラブロフ氏はゼレンスキー氏について「{QUOTE}」と述べた。",
            [("ラブロフ氏", "sergey_lavrov", 0), ("ゼレンスキー氏", "volodymyr_zelenskyy", 0)],
            "sergey_lavrov",
        ),
        (f"記者会見で「{QUOTE}」との発言があった。", [], None),
        (
            "ペスコフ氏は「短い言葉」と述べた。",
            [("ペスコフ氏", "dmitry_peskov", 0)],
            None,
        ),  # too short
    ],
)
def test_speaker_table(body: str, people: list[tuple[str, str, int]], speaker: str | None) -> None:
    _, an = page("p", body, people)
    quotes = find_quotes([an], [], load_rules())
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])


def test_event_claimant_wins_over_the_sentence() -> None:
    body = f"ゼレンスキー氏によると、ラブロフ氏は「{QUOTE}」と述べた。"
    _, an = page(
        "p",
        body,
        [("ゼレンスキー氏", "volodymyr_zelenskyy", 0), ("ラブロフ氏", "sergey_lavrov", 0)],
    )
    claim = ev("p", 1, sentence=body, claimed_by_entity="volodymyr_zelenskyy")
    (q,) = find_quotes([an], [claim], load_rules())
    assert q.speaker == "volodymyr_zelenskyy"
