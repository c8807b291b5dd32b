"""Near-duplicate wire copies found by MinHash; different articles kept apart."""

from __future__ import annotations

from storyline.config import DedupSettings
from storyline.dedup import find_duplicates, mark_duplicates, match_key
from storyline.models import Article

WIRE = (
    "【ワシントン共同】トランプ米大統領は18日、ロシアのプーチン大統領と電話で会談した。"
    "ホワイトハウスによると、両首脳はウクライナのエネルギー施設への攻撃を30日間停止することで一致した。\n\n"
    "一方、米国が提案していた30日間の全面停戦について、プーチン氏は受け入れなかった。"
    "ロシア側は停戦の条件として、ウクライナへの軍事支援と情報提供の停止を求めたという。\n\n"
    "両国は19日に捕虜175人ずつを交換することでも合意した。トランプ氏は会談後、自身のSNSで"
    "「非常に良い、生産的な会談だった」と投稿した。"
)
OTHER = (
    "日産自動車とホンダは13日、経営統合に向けた協議を打ち切ると正式に発表した。"
    "両社は昨年12月に基本合意書を結んでいたが、ホンダが日産を子会社化する案を示したことで溝が深まった。"
    "日産の社長は記者会見で「対等な関係が保てない」と述べた。"
)
SAME_EVENT_OWN_WORDS = (
    "ロシアのプーチン大統領は18日、米国のトランプ大統領との電話協議で、エネルギー関連施設に対する"
    "攻撃を一時やめることに応じた。ただ、米側が求めた即時の全面停戦には同意せず、欧米による"
    "ウクライナへの武器供与の停止を条件に挙げた。協議はおよそ2時間半に及んだとされる。"
    "ウクライナのゼレンスキー大統領は、ロシアの真意を見極める必要があると述べた。"
)


def art(aid: str, body: str, published: str | None = None) -> Article:
    return Article(
        id=aid,
        source=f"{aid}.txt",
        input_hash=aid * 4,
        producer="t",
        body=body,
        published=published,
    )


def test_match_key_ignores_width_space_and_punctuation() -> None:
    assert match_key("１８日、 ＡＢＣ。") == match_key("18日ABC")


def test_full_copy_with_other_punctuation_is_a_duplicate_of_the_earliest() -> None:
    a = art("a", WIRE, "2025-03-19T07:00:00+09:00")
    b = art("b", WIRE.replace("、", ",").replace("\n\n", "\n"), "2025-03-19T06:30:00+09:00")
    assert find_duplicates([a, b], settings=DedupSettings()) == {"a": "b"}


def test_lead_only_republication_is_contained() -> None:
    full = art("full", WIRE, "2025-03-19T07:00:00+09:00")
    lead = art(
        "lead", WIRE.split("\n\n")[0] + "\n\n" + WIRE.split("\n\n")[1], "2025-03-19T09:00:00+09:00"
    )
    assert find_duplicates([lead, full], settings=DedupSettings()) == {"lead": "full"}


def test_unknown_date_is_not_the_original() -> None:
    undated = art("u", WIRE)
    dated = art("d", WIRE.replace("18日", "18日（日本時間19日）"), "2025-03-19T07:00:00+09:00")
    assert find_duplicates([undated, dated], settings=DedupSettings()) == {"u": "d"}


def test_same_event_in_own_words_and_other_stories_stay_apart() -> None:
    arts = [art("a", WIRE), art("b", SAME_EVENT_OWN_WORDS), art("c", OTHER)]
    assert find_duplicates(arts, settings=DedupSettings()) == {}


def test_short_bodies_are_never_called_copies() -> None:
    arts = [art("a", "短い記事。"), art("b", "短い記事。")]
    assert find_duplicates(arts, settings=DedupSettings()) == {}


def test_mark_duplicates_sets_only_duplicate_of() -> None:
    a = art("a", WIRE, "2025-03-19T07:00:00+09:00")
    b = art("b", WIRE, "2025-03-19T08:00:00+09:00")
    out = mark_duplicates([a, b], settings=DedupSettings())
    assert out[0] == a
    assert out[1].duplicate_of == "a" and out[1].body == b.body
