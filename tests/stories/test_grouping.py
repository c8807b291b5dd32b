"""Story grouping (stories/grouping.py) on hand-written pages."""

from __future__ import annotations

import pytest
from stories_helpers import analysis, art, mention

from storyline.models import Article
from storyline.stories.grouping import cluster, features, reference_day, similarity_matrix
from storyline.stories.rules import load_rules

# Made-up pages on three topics (own wording).
PAGES = {
    "call1": "トランプ大統領とプーチン大統領が電話会談し、エネルギー施設への攻撃停止で合意した。停戦交渉は続く。",
    "call2": "プーチン大統領はトランプ大統領との電話会談で、エネルギー施設への攻撃を30日間停止すると約束した。",
    "fire1": "岩手県の山林火災は3日目も延焼が続き、焼失面積が広がった。避難指示は約2000世帯に出ている。",
    "fire2": "山林火災の焼失面積は拡大し、岩手県は避難指示の範囲を広げた。消防が延焼の阻止に努めている。",
    "game1": "ドジャースとカブスの開幕戦が東京ドームで行われ、ドジャースが勝った。大谷選手は2安打だった。",
    "game2": "東京ドームの開幕第2戦でドジャースがカブスに連勝した。大谷選手は今季1号本塁打を放った。",
}
PEOPLE = {"トランプ大統領": "donald_trump", "プーチン大統領": "vladimir_putin"}


def build(ids: list[str]) -> tuple[list[Article], list[list[int]]]:
    arts = [art(i, PAGES[i]) for i in ids]
    ans = [
        analysis(a, actors=[mention(a.body, s, e) for s, e in PEOPLE.items() if s in a.body])
        for a in arts
    ]
    return arts, cluster(
        [features(a, n) for a, n in zip(arts, ans, strict=True)], rules=load_rules()
    )


def test_three_topics_three_stories() -> None:
    arts, clusters = build(list(PAGES))
    got = sorted(sorted(arts[i].id for i in c) for c in clusters)
    assert got == [["call1", "call2"], ["fire1", "fire2"], ["game1", "game2"]]


@pytest.mark.parametrize(
    ("a", "b", "together"), [("call1", "call2", True), ("fire1", "game1", False)]
)
def test_two_pages_alone(a: str, b: str, together: bool) -> None:
    # With only two pages every shared term has the same document frequency: the idf must
    # not wipe them out (the two seeds are such a batch).
    _, clusters = build([a, b])
    assert (len(clusters) == 1) is together


def test_copies_follow_their_original_and_earlier_stories_stay_apart() -> None:
    arts = [
        art("x", PAGES["call1"]),
        art("y", PAGES["fire1"], duplicate_of="x"),
        art("z", PAGES["call2"]),
    ]
    feats = [features(a, None) for a in arts]
    clusters = cluster(feats, rules=load_rules(), forced={"y": "x"}, fixed={"x": "s1", "z": "s2"})
    got = sorted(sorted(arts[i].id for i in c) for c in clusters)
    assert got == [["x", "y"], ["z"]]


def test_similarity_is_symmetric_and_falls_with_time() -> None:
    near = [features(art("a", PAGES["call1"]), None), features(art("b", PAGES["call2"]), None)]
    far = [near[0], features(art("b", PAGES["call2"], published="2026-03-19"), None)]
    s_near, s_far = similarity_matrix(near, load_rules()), similarity_matrix(far, load_rules())
    assert s_near[0][1] == s_near[1][0] > s_far[0][1] > 0


def test_reference_day_of_an_undated_page_is_its_latest_date() -> None:
    from storyline.models import TimeExpression

    a = art("blog", "本文。", published=None)
    times = (
        TimeExpression(text="3月14日", type="date", value="2025-03-14", start=0, end=1),
        TimeExpression(text="3月18日", type="date", value="2025-03-18", start=0, end=1),
        TimeExpression(text="来月", type="date", value="2025-04", start=0, end=1),
    )
    import dataclasses

    an = dataclasses.replace(analysis(a), times=times)
    assert str(reference_day(a, an)) == "2025-03-18"
    assert str(reference_day(art("n", published="2025-03-19T07:00:00+09:00"), an)) == "2025-03-19"
