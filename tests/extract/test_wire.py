"""Tests for storyline.extract.wire: agency credits and cited source URLs."""

from __future__ import annotations

import pytest

from storyline.extract.wire import find_cited_urls, find_wire


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("【ワシントン共同】米政府は9日、方針を発表した。", ("共同通信", "【ワシントン共同】")),
        ("【ロンドン時事】英政府は声明を出した。", ("時事通信", "【ロンドン時事】")),
        ("市内で火事があった。（共同）", ("共同通信", "（共同）")),
        ("市内で火事があった。(時事)", ("時事通信", "(時事)")),
        ("[ロイター]", ("ロイター", "[ロイター]")),
        ("［ロイター］", ("ロイター", "［ロイター］")),
        ("〔ロイター〕", ("ロイター", "〔ロイター〕")),
        ("[東京 24日 ロイター] - 東京株式市場で", ("ロイター", "[東京 24日 ロイター]")),
        ("【ニューヨーク＝ロイター】", ("ロイター", "【ニューヨーク＝ロイター】")),
        ("会見する首相（AFP=時事）", ("AFP", "（AFP=時事）")),
        ("パリで24日、AFP＝時事", ("AFP", "AFP＝時事")),
        ("【ワシントンAFP=時事】", ("AFP", "【ワシントンAFP=時事】")),
        ("記事提供：AFPBB News", ("AFP", "AFPBB News")),
        ("（AP）米南部で竜巻が発生した。", ("AP", "（AP）")),
        ("(ブルームバーグ): 日銀は", ("ブルームバーグ", "(ブルームバーグ)")),
        ("【北京＝新華社】", ("新華社", "【北京＝新華社】")),
        ("【ソウル聯合ニュース】", ("聯合ニュース", "【ソウル聯合ニュース】")),
        ("（タス通信）", ("タス通信", "（タス通信）")),
        ("(dpa)", ("dpa", "(dpa)")),
        ("（ＡＰ）", ("AP", "（ＡＰ）")),
        # first credit wins
        ("【ワシントン共同】本文。（ロイター）", ("共同通信", "【ワシントン共同】")),
        # not wire credits
        ("モスクワで2月13日撮影(2025年 ロイター/Maxim Shemetov)", None),
        ("ロイター/Maxim Shemetov", None),
        ("（写真：ロイター）", None),
        ("写真：AFP=時事", None),
        ("インタファクス通信によると、同氏は述べた。", None),
        ("ロイター通信が報じた。", None),
        ("（日米共同）の声明", None),
        ("【ワシントン=山田太郎】", None),
        ("(CAP)", None),
        ("", None),
    ],
)
def test_find_wire(text: str, expected: tuple[str, str] | None) -> None:
    assert find_wire(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("さらに読む ⇒出典/画像元: https://a.example/x.html", ("https://a.example/x.html",)),
        ("出典：https://a.example/x。", ("https://a.example/x",)),
        ("引用元：https://a.example/y）", ("https://a.example/y",)),
        (
            "ソース: https://b.example/1\n参照: https://c.example/2",
            ("https://b.example/1", "https://c.example/2"),
        ),
        ("元記事 https://d.example/a?id=1", ("https://d.example/a?id=1",)),
        ("出典：朝日新聞デジタル https://e.example/z", ("https://e.example/z",)),
        # duplicates kept once, in page order
        (
            "出典: https://a.example/x\n出典: https://b.example/y\n出典: https://a.example/x",
            ("https://a.example/x", "https://b.example/y"),
        ),
        # a bare URL right after a cited one continues the list
        (
            "出典:\nhttps://a.example/x\nhttps://b.example/y",
            ("https://a.example/x", "https://b.example/y"),
        ),
        # URLs that are not citations
        ("詳しくは https://shop.example/ をご覧ください", ()),
        ("https://share.example/?u=1", ()),
        ("", ()),
    ],
)
def test_find_cited_urls(text: str, expected: tuple[str, ...]) -> None:
    assert find_cited_urls(text) == expected
