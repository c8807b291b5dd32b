"""Tests for storyline.extract.outlets: the gazetteer, URLs and names printed on pages."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from storyline.extract.outlets import (
    canonical_publisher,
    find_publisher_in_lines,
    outlets_data_version,
    publisher_from_url,
)


def test_gazetteer_shape() -> None:
    raw = json.loads(
        resources.files("storyline.extract").joinpath("data/outlets.json").read_text("utf-8")
    )
    outlets = raw["outlets"]
    assert len(outlets) >= 60
    kinds = {"newspaper", "tv", "wire", "portal", "magazine", "blog", "agency"}
    names = [o["name"] for o in outlets]
    assert len(names) == len(set(names))
    for o in outlets:
        assert o["kind"] in kinds and isinstance(o["is_wire"], bool) and o["domains"]
        assert o["is_wire"] == (o["kind"] == "wire")
    assert outlets_data_version() == raw["version"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.newsweekjapan.jp/stories/world/2025/03/post.php", "ニューズウィーク日本版"),
        ("https://www3.nhk.or.jp/news/html/20250324/k1.html", "NHK"),
        ("https://news.yahoo.co.jp/articles/abc", "Yahoo!ニュース"),
        ("https://nlab.itmedia.co.jp/nl/articles/1", "ねとらぼ"),
        ("https://www.itmedia.co.jp/news/articles/1", "ITmedia"),
        ("https://business.nikkei.com/atcl/1", "日経ビジネス"),
        ("https://www.nikkei.com/article/DGXZQO1", "日本経済新聞"),
        ("https://jp.reuters.com/world/1", "ロイター"),
        ("https://www.cnn.co.jp/usa/35233098.html", "CNN"),
        ("https://www.bbc.com/japanese/articles/x", "BBC"),
        ("HTTPS://WWW.ASAHI.COM/articles/1", "朝日新聞"),
        ("https://example.com/news", None),
        ("https://notasahi.com/", None),
        ("not a url", None),
        ("http://[::1", None),
    ],
)
def test_publisher_from_url(url: str, expected: str | None) -> None:
    assert publisher_from_url(url) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Newsweek Japan", "ニューズウィーク日本版"),
        ("ニューズウィーク日本版", "ニューズウィーク日本版"),
        ("ＮＨＫ", "NHK"),
        ("The Asahi Shimbun", "朝日新聞"),
        ("読売新聞オンライン", "読売新聞"),
        ("トムソンロイター・ジャパン(株)", "ロイター"),
        ("Reuters", "ロイター"),
        ("AFPBB News", "AFP"),
        ("共同通信社", "共同通信"),
        ("株式会社みなと新報社", "みなと新報社"),
        ("  WorldView Inc.  ", "WorldView"),
    ],
)
def test_canonical_publisher(name: str, expected: str) -> None:
    assert canonical_publisher(name) == expected


_PARA = "市は24日、新しい図書館の建設計画を発表した。完成は2年後の予定だという。"


@pytest.mark.parametrize(
    ("lines", "exclude_wire", "expected"),
    [
        # a wire copyright block is reprinted: the magazine's own promo line wins
        (
            [
                _PARA,
                "トムソンロイター・ジャパン",
                "Copyright (C) 2024トムソンロイター・ジャパン(株)",
                "ニューズウィーク日本版 独占取材 特集",
            ],
            "ロイター",
            "ニューズウィーク日本版",
        ),
        # without exclusion a publishing outlet still outranks the wire
        (
            [_PARA, "Copyright (C) 2024 Thomson Reuters", "ニューズウィーク日本版 独占取材"],
            None,
            "ニューズウィーク日本版",
        ),
        # the wire's own site
        ([_PARA, "Copyright (C) 2025 Reuters"], None, "ロイター"),
        # unknown outlets: copyright owner, site-name lines
        ([_PARA, "Copyright © みなと新報社 All rights reserved."], None, "みなと新報"),
        (["東西新聞デジタル", _PARA], None, "東西新聞"),
        (["Find Go Logo Menu opener", _PARA], None, "Find Go"),
        (["ワダイのタネ トップ", _PARA], None, "ワダイのタネ"),
        # a known site-name line beats an unknown corporate copyright form
        (
            ["TBS NEWS DIG", _PARA, "Copyright(C) Tokyo Broadcasting System Television, Inc."],
            None,
            "TBSテレビ",
        ),
        # a portal is the site that published the page (its masthead); outlets named in its
        # related-article list do not count
        (
            ["Yahoo!ニュース", "毎日新聞", _PARA, "朝日新聞デジタル", "© LY Corporation"],
            None,
            "Yahoo!ニュース",
        ),
        # the masthead: the Japanese name beats the romanised copyright owner
        (
            [
                "北洋新報 ほくよう・デジタル",
                "ログイン",
                _PARA,
                "Copyright © 2023 The Hokuyo Shimpo.",
            ],
            None,
            "北洋新報",
        ),
        (["WORLD VIEW 週刊ワールドビュー日本版", _PARA], None, "週刊ワールドビュー日本版"),
        (
            ["東西スポーツWEB", _PARA, "Copyright © 2014 Tozai Sports Shimbun."],
            None,
            "東西スポーツ",
        ),
        (["NEXT JOURNAL", _PARA, "© 2023 NEXT JOURNAL"], None, "NEXT JOURNAL"),
        # section words and dated lines are not mastheads
        (
            ["最新記事", "ウクライナ情勢", _PARA, "グローバルアイ日本版 最新号"],
            None,
            "グローバルアイ日本版",
        ),
        (["2025年2月14日 金曜日", "くらし", "みなみ新聞", _PARA], None, "みなみ新聞"),
        # the wire's own site
        (["時事ドットコム", _PARA, "「時事ニュース解説」について"], "時事通信", "時事通信"),
        # 著作権は X に帰属 / X新聞社について
        ([_PARA, "著作権は北洋新報社または情報提供者に帰属します。"], None, "北洋新報"),
        (["ニュース", _PARA, "北辰日報社について"], None, "北辰日報"),
        # outlets named inside prose or citations do not count
        (["朝日新聞によると、市は計画を見直す。", "出典：読売新聞オンライン", _PARA], None, None),
        (["ニュース", "毎日の暮らしに役立つ情報", _PARA], None, None),
        ([], None, None),
    ],
)
def test_find_publisher_in_lines(
    lines: list[str], exclude_wire: str | None, expected: str | None
) -> None:
    assert find_publisher_in_lines(lines, exclude_wire=exclude_wire, masthead=True) == expected


def test_masthead_is_opt_in() -> None:
    # HTML callers pass lines whose first one may be the headline: no masthead rule there.
    lines = ["県のバス補助金を増額へ", _PARA, "Copyright (C) 2002-2019 南海民報社"]
    assert find_publisher_in_lines(lines) == "南海民報"
    assert find_publisher_in_lines(["北洋新報 ほくよう・デジタル", _PARA]) is None
