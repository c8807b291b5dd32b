"""Japanese wording of the digest (report/wording.py): numbers, names, the explanation of each
kind of disagreement, and emoji removal. All Japanese here was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.report.wording import (
    display_name,
    drop_shared_year,
    entity_name,
    event_noun,
    event_subject,
    explain,
    japanese_number,
    name_map,
    quantity_label,
    speaker_name,
    without_emoji,
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (175, "175"),
        (9999, "9999"),
        (10_000, "1万"),
        (210_000, "21万"),
        (14_100_000_000, "141億"),
        (2e12, "2兆"),
        (123_456_789, "1億2345万6789"),
        (-20_000, "-2万"),
        (1.5, "1.5"),
    ],
)
def test_japanese_number(number: float, expected: str) -> None:
    assert japanese_number(number) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("175 人", "175人"),
        ("~14100000000 ドル", "約141億ドル"),
        ("210000 t", "21万トン"),
        ("55 ドル", "55ドル"),
        ("3.5 %", "3.5％"),
        ("PT29M", "29分"),
        ("PT2H30M", "2時間30分"),
        ("P30D", "30日"),
        ("2000", "2000"),
        ("数百人", "数百人"),
        ("", ""),
    ],
)
def test_quantity_label(value: str, expected: str) -> None:
    assert quantity_label(value) == expected


@pytest.mark.parametrize(
    ("name", "surfaces", "expected"),
    [
        # a common stem with an article writing 〜氏
        ("Donald Trump", {"トランプ米大統領", "トランプ氏", "両首脳"}, "トランプ氏"),
        ("Joe Biden", {"バイデン前大統領", "バイデン氏"}, "バイデン氏"),
        # no stem: the shortest surface of two or more characters
        ("United States", {"米国", "アメリカ", "米", "United States"}, "米国"),
        ("White House", {"米ホワイトハウス", "ホワイトハウス", "米政府"}, "米政府"),
        # one surface: kept with its title, as the article wrote it
        ("Dmitry Peskov", {"ペスコフ大統領報道官"}, "ペスコフ大統領報道官"),
        # a stem without a 〜氏 surface is not a name on its own: shortest surface
        ("Shigeru Ishiba", {"石破茂首相", "石破首相"}, "石破首相"),
        # a Japanese base name is used as it is
        ("江藤拓", {"江藤拓農林水産相"}, "江藤拓"),
        # only back-references or one character: the base name
        ("Someone", {"同氏", "両首脳"}, "Someone"),
        ("Japan", {"日"}, "日本"),
        ("Nowhere", {"某"}, "Nowhere"),
        # only a Latin surface: the article's own word beats the long base name
        ("Committee on Foreign Investment in the United States", {"CFIUS"}, "CFIUS"),
        # a one-character stem (ロ of 米ロ) is an abbreviation, not the name
        ("Russia", {"ロ", "ロシア"}, "ロシア"),
        ("Ukraine", {"ウクライナ", "ウクライナ政府"}, "ウクライナ"),
    ],
)
def test_display_name(name: str, surfaces: set[str], expected: str) -> None:
    assert display_name(name, surfaces) == expected


def test_name_map_collects_surfaces_across_events() -> None:
    stories = [
        {"events": [
            {"actors": [{"name": "Donald Trump", "surface": "トランプ米大統領"}], "recipients": []},
            {"actors": [{"name": "Donald Trump", "surface": "トランプ氏"}],
             "recipients": [{"name": "Vladimir Putin", "surface": "プーチン大統領"}]},
        ]}
    ]  # fmt: skip
    assert name_map(stories) == {"Donald Trump": "トランプ氏", "Vladimir Putin": "プーチン大統領"}


@pytest.mark.parametrize(
    ("entity", "names", "evidence", "expected"),
    [
        ("donald_trump", {"Donald Trump": "トランプ氏"}, [], "トランプ氏"),
        ("江藤拓", {"江藤拓": "江藤拓"}, [], "江藤拓氏"),
        ("江藤拓", {}, [], "江藤拓氏"),
        # not a participant: the name written just before the disputed title
        ("fumio_kishida", {}, ["岸田前首相は記者団に語った。\t前首相"], "岸田氏"),
        ("nobody", {}, [], "nobody"),
    ],
)
def test_entity_name(
    entity: str, names: dict[str, str], evidence: list[str], expected: str
) -> None:
    assert entity_name(entity, names, evidence) == expected


def _call(
    trigger: str = "会談", etype: str = "CONSULT", mode: str | None = "phone"
) -> dict[str, Any]:
    return {
        "id": "s1-e1", "type": etype, "mode": mode, "trigger": trigger,
        "actors": [{"name": "Donald Trump", "surface": "トランプ大統領"}],
        "recipients": [{"name": "Vladimir Putin", "surface": "プーチン大統領"}],
        "date": {"value": "2025-03-18", "text": "18日"}, "attributes": {},
    }  # fmt: skip


NAMES = {"Donald Trump": "トランプ氏", "Vladimir Putin": "プーチン氏"}


@pytest.mark.parametrize(
    ("event", "date", "expected"),
    [
        (_call(), None, "トランプ氏とプーチン氏の電話会談"),
        (_call(), "2025年3月18日", "2025年3月18日のトランプ氏とプーチン氏の電話会談"),
        (_call(mode=None), None, "トランプ氏とプーチン氏の会談"),
        (_call(trigger="電話会談"), None, "トランプ氏とプーチン氏の電話会談"),
        # a verb stem is not a noun: the event type's noun instead
        (
            _call(trigger="命じ", etype="COERCE", mode=None),
            None,
            "トランプ氏とプーチン氏の強制措置",
        ),
        ({"trigger": "延期", "type": "OTHER"}, None, "延期"),
        (None, None, "この出来事"),
    ],
)
def test_event_subject(event: dict[str, Any] | None, date: str | None, expected: str) -> None:
    assert event_subject(event, NAMES, date_label=date) == expected


def _side(value: str, n: int, *evidence: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "article_ids": ["a"], "independent_sources": n,
            "evidence": list(evidence), **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("disc", "event", "labels", "date", "expected", "note"),
    [
        (
            {"kind": "date", "values": [_side("2025-03-18", 5), _side("2025-03-16", 1)]},
            _call(), ["2025年3月18日", "2025年3月16日"], "2025年3月18日",
            "トランプ氏とプーチン氏の電話会談の日付が、記事によって食い違っています："
            "3月18日（5社）／3月16日（1社）",
            None,
        ),
        (
            {"kind": "date", "values": [_side("2024-12-30", 1), _side("2025-01-02", 1)]},
            _call(), ["2024年12月30日", "2025年1月2日"], None,
            "トランプ氏とプーチン氏の電話会談の日付が、記事によって食い違っています："
            "2024年12月30日（1社）／2025年1月2日（1社）",
            None,
        ),
        (
            {"kind": "number", "values": [_side("175 人", 4), _side("150 人", 1)]},
            {**_call(trigger="交換", etype="RETREAT", mode=None), "attributes": {"count": "175 人"}},
            ["175人", "150人"], "2025年3月19日",
            "2025年3月19日のトランプ氏とプーチン氏の交換の人数が、記事によって食い違っています："
            "175人（4社）／150人（1社）",
            None,
        ),
        (
            {"kind": "number", "values": [_side("PT29M", 1), _side("PT19M", 1)]},
            {"trigger": "分離", "type": "OTHER", "attributes": {"elapsed": "PT29M"}},
            ["29分", "19分"], None,
            "分離の時間が、記事によって食い違っています：29分（1社）／19分（1社）",
            None,
        ),
        (
            {"kind": "place", "values": [_side("ジッダ", 1), _side("リヤド", 1)]},
            _call(trigger="協議", mode=None), ["ジッダ", "リヤド"], "2025年3月23日",
            "2025年3月23日のトランプ氏とプーチン氏の協議の場所が、記事によって食い違っています："
            "ジッダ（1社）／リヤド（1社）",
            None,
        ),
        (
            {"kind": "role", "entity": "donald_trump",
             "values": [_side("前大統領", 1, "トランプ前大統領は語った。"), _side("大統領", 8)]},
            None, ["前大統領", "大統領"], None,
            "トランプ氏の肩書が、記事によって食い違っています：前大統領（1社）／大統領（8社）",
            "どの肩書が記事の時点で正しいかは、各記事の日付と照らして確かめてください。",
        ),
        (
            {"kind": "role", "entity": "sato_taro",
             "values": [_side("社長", 2, "佐藤社長は述べた。"),
                        _side("会長", 1, "佐藤会長は述べた。", kb="contradicted")]},
            None, ["社長", "会長"], None,
            "佐藤氏の肩書が、記事によって食い違っています：社長（2社）／会長（1社）",
            "「会長」は、記事の日付の時点の肩書として知識ベースの記録と合いません。",
        ),
        (
            {"kind": "attribution", "values": [
                _side("Dmitry Peskov", 1, "ペスコフ大統領報道官は「交渉の扉は開いている」と述べた。"),
                _side("Sergey Lavrov", 1, "ラブロフ外相が「交渉の扉は開いている」と語った。")]},
            None, ["Dmitry Peskov", "Sergey Lavrov"], None,
            "「交渉の扉は開いている」という発言の発言者が、記事によって食い違っています："
            "ペスコフ大統領報道官（1社）／ラブロフ外相（1社）",
            None,
        ),
        (
            {"kind": "other", "values": [_side("賛成", 1), _side("反対", 2)]},
            {"trigger": "採決", "type": "OTHER"}, ["賛成", "反対"], None,
            "採決について、記事の内容が食い違っています：賛成（1社）／反対（2社）",
            None,
        ),
        (
            {"kind": "surprise", "values": [_side("A", 1), _side("B", 1)]},
            None, ["A", "B"], None,
            "この出来事について、記事の内容が食い違っています：A（1社）／B（1社）",
            None,
        ),
    ],
)  # fmt: skip
def test_explain_every_kind(
    disc: dict[str, Any],
    event: dict[str, Any] | None,
    labels: list[str],
    date: str | None,
    expected: str,
    note: str | None,
) -> None:
    said = explain(disc, event=event, names=NAMES, value_labels=labels, event_date=date)
    assert (said.text, said.note) == (expected, note)


def test_attribution_quote_is_shortened_and_speakers_are_found_in_evidence() -> None:
    quote = "保証はワシントンがキーウに命じるという形でしか得られないだろう"
    disc = {"kind": "attribution", "values": [
        _side("Dmitry Peskov", 1, f"ペスコフ大統領報道官は「{quote}」と述べた。"),
        _side("Sergey Lavrov", 1, f"ロシアのラブロフ外相は「{quote}」と述べた。")]}  # fmt: skip
    said = explain(disc, event=None, names={}, value_labels=["Dmitry Peskov", "Sergey Lavrov"])
    # the quote is cut to quote_max_chars (24) with the ellipsis
    assert said.text.startswith("「保証はワシントンがキーウに命じるという形でしか…」という発言の")
    assert "ペスコフ大統領報道官（1社）／ラブロフ外相（1社）" in said.text
    assert speaker_name("Nobody Known", _side("x", 1, "声明を出した。"), {}) == "Nobody Known"
    assert speaker_name("ロシア大統領府", _side("x", 1), {}) == "ロシア大統領府"


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["2025年3月18日", "2025年3月16日"], ["3月18日", "3月16日"]),
        (["2025年3月18日", "2024年3月18日"], ["2025年3月18日", "2024年3月18日"]),
        (["2025年3月", "2025年3月18日"], ["3月", "3月18日"]),
        (["3月19日（年不明）", "2025年3月18日"], ["3月19日（年不明）", "2025年3月18日"]),
        (["2025年3月18日"], ["2025年3月18日"]),
    ],
)
def test_drop_shared_year(labels: list[str], expected: list[str]) -> None:
    assert drop_shared_year(labels) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\U0001f449 首脳が電話で会談", "首脳が電話で会談"),
        ("\U0001f538トランプ氏は投稿した。", "トランプ氏は投稿した。"),
        ("会談は\U0001f44d\ufe0f成功した", "会談は成功した"),
        ("\u2705確認済み", "確認済み"),
        # symbols the Japanese fonts have stay
        ("★注目 ※注意 → 次へ ⚠", "★注目 ※注意 → 次へ ⚠"),
        ("普通の文。", "普通の文。"),
    ],
)
def test_without_emoji(text: str, expected: str) -> None:
    assert without_emoji(text) == expected


@pytest.mark.parametrize(
    ("values", "attributes", "expected"),
    [
        (["175 人", "150 人"], {}, "人数"),
        (["約141億ドル", "150億ドル"], {}, "金額"),
        (["30日", "60日"], {"kind": "order"}, "期間"),
        (["1万2000人超", "1万人"], {}, "人数"),
        (["PT29M", "PT19M"], {}, "時間"),
        # no unit: the attribute that holds the value names it
        (["55", "60"], {"price": "55"}, "価格"),
        (["~14100000000", "15000000000"], {"amount": "~14100000000"}, "規模"),
        (["3", "4"], {}, "数値"),
    ],
)
def test_number_disagreement_names_the_quantity(
    values: list[str], attributes: dict[str, str], expected: str
) -> None:
    disc = {"kind": "number", "values": [_side(v, 1) for v in values]}
    event = {"trigger": "買収", "type": "OTHER", "attributes": attributes}
    said = explain(disc, event=event, names={}, value_labels=values)
    assert said.text.startswith(f"買収の{expected}が、")


@pytest.mark.parametrize(
    ("event", "keep_verb", "expected"),
    [
        ({"trigger": "会談", "type": "CONSULT"}, False, "会談"),
        ({"trigger": "命じ", "type": "COERCE", "attributes": {"kind": "order"}}, False, "命令"),
        ({"trigger": "求め", "type": "REQUEST", "attributes": {}}, True, "要請"),
        ({"trigger": "集まった", "type": "OTHER"}, True, "集まった"),
        ({"trigger": "集まった", "type": "OTHER"}, False, "出来事"),
        ({"trigger": "", "type": "OTHER"}, True, "出来事"),
    ],
)
def test_event_noun(event: dict[str, Any], keep_verb: bool, expected: str) -> None:
    assert event_noun(event, keep_verb=keep_verb) == expected
