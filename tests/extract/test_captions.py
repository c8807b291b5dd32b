"""Tests of storyline.extract.captions: caption lines and caption elements."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from storyline.extract.captions import (
    author_box_start,
    looks_like_caption,
    pop_caption_elements,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("記者会見する市長＝2日午前、市役所", True),
        ("建設予定地の空き地＝1日、本社ヘリから撮影", True),
        ("煙を上げる倉庫＝5日午後、みなと市港町（撮影・佐藤健）", True),
        ("議会で答弁する知事（写真：北海新報）", True),
        ("首都の中心部。2月13日撮影(2025年 ロイター/Ken Sato)", True),
        ("【写真】開幕戦を前に練習する選手たち", True),
        ("黒海に面した港（資料）", True),
        ("▲倉庫に並ぶ鋼板（4日、金沢市内で＝本社撮影）", True),
        ("会談に臨む両首脳＝7日、ワシントン（共同）", True),
        # body sentences: end like sentences, or carry no caption marks
        ("市は2日、新しい図書館の建設予定地を上空から撮影した写真を公開した。", False),
        ("ロイターによると、会談は2時間に及んだ。", False),
        ("首相は「写真：説明は後で」と冗談を述べた。", False),
        ("県は来年度から補助金を増やす方針だ", False),
        ("", False),
    ],
)
def test_looks_like_caption(text: str, expected: bool) -> None:
    assert looks_like_caption(text) is expected


def _tree(body: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("body", "captions", "left"),
    [
        (
            "<figure><img src=a.jpg><figcaption>会見する市長</figcaption></figure><p>本文。</p>",
            ("会見する市長",),
            "本文。",
        ),
        ('<p class="photo-caption">港の全景</p><p>本文。</p>', ("港の全景",), "本文。"),
        ('<div class="cap">▲並ぶ鋼板</div><p>本文。</p>', ("▲並ぶ鋼板",), "本文。"),
        # legacy: photo and caption in one cell, or in the next row of a small table
        (
            "<table><tr><td><img src=a.jpg><br><small>煙が上る山林</small></td></tr></table><p>本文。</p>",
            ("煙が上る山林",),
            "本文。",
        ),
        (
            "<table><tr><td><img src=a.jpg></td></tr><tr><td>会談する両首脳</td></tr></table><p>本文。</p>",
            ("会談する両首脳",),
            "本文。",
        ),
        # a logo cell with menu links, and a "escape"/"capital" class, are not captions
        (
            '<div><a href="/"><img src=logo.gif></a> <a href="/n">ニュース</a></div><p>本文。</p>',
            (),
            "ニュース本文。",
        ),
        ('<div class="capital-news">首都のニュース</div><p>本文。</p>', (), "首都のニュース本文。"),
        # a caption class on the whole story block is not a caption
        ('<div class="caption-body"><h1>見出し</h1><p>本文。</p></div>', (), "見出し本文。"),
    ],
)
def test_pop_caption_elements(body: str, captions: tuple[str, ...], left: str) -> None:
    tree = _tree(body)
    assert pop_caption_elements(tree) == captions
    assert tree.text_content().replace(" ", "") == left


# Author boxes under the text (captions.author_box_start). Own wording.
_LEAD = "市は10日、新しい図書館を来年春に開くと発表した。建設費は約30億円になる。"
_LAST = "館内には子ども向けの読み聞かせの部屋も設ける予定だ。"


@pytest.mark.parametrize(
    ("paragraphs", "name", "expected"),
    [
        # a bare name and a bio opening with a role: the box starts at the name
        ([_LEAD, _LAST, "高田 理恵", "フリーライター。福岡市在住。"], None, 2),
        ([_LEAD, _LAST, "高田理恵", "本紙社会部記者。2019年入社。"], "高田 理恵", 2),
        ([_LEAD, _LAST, "高田 理恵（編集部）", "1990年札幌市生まれ。", "教育を担当。"], None, 2),
        # the byline names someone else: not this writer's box
        ([_LEAD, _LAST, "高田 理恵", "フリーライター。福岡市在住。"], "森 一郎", None),
        # a section heading followed by a news sentence mentioning 記者会見
        ([_LEAD, "市長は続投を表明", "市長は11日に記者会見し、続投する考えを示した。"], None, None),
        # a bio line that is a long paragraph is text
        ([_LEAD, "高田 理恵", "記者" + "。" + "あ" * 130], None, None),
        # no bio after the name; the first paragraph is never a box
        ([_LEAD, _LAST, "高田 理恵"], None, None),
        (["高田 理恵", "フリーライター。福岡市在住。"], None, None),
    ],
)
def test_author_box_start(paragraphs: list[str], name: str | None, expected: int | None) -> None:
    assert author_box_start(paragraphs, name=name) == expected
