"""Tests of storyline.extract.html and the extract stage entry points (extract/__init__.py).

Fixtures are small Japanese pages written for these tests (tests/extract/data/html/); the
expectations are snippets: what the body must contain and must not contain, title, time,
publisher, wire (the way trafilatura's own evaluation data is written).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

import storyline.extract.html as html_mod
from storyline.config import ExtractSettings
from storyline.extract import extract_article, extract_html
from storyline.extract.html import (
    clean_body_lines,
    is_clutter_line,
    parse_page,
    unwrap_layout_tables,
    visible_lines,
)
from storyline.models import Article, RawDocument, Rejected

DATA = Path(__file__).parent / "data" / "html"
SETTINGS = ExtractSettings()


def make_doc(text: str, *, source: str = "page.html", url: str | None = None) -> RawDocument:
    """Build an HTML RawDocument from page text."""
    return RawDocument(
        source=source,
        content=text.encode("utf-8"),
        text=text,
        media_type="text/html",
        encoding="utf-8",
        encoding_source="utf-8",
        url=url,
    )


def extract_fixture(name: str, url: str | None = None) -> Article | Rejected:
    """Extract one fixture page of tests/extract/data/html."""
    return extract_html(
        make_doc((DATA / name).read_text("utf-8"), source=name, url=url), settings=SETTINGS
    )


def page(body: str, head: str = "") -> str:
    """A minimal Japanese page around ``body``."""
    return f'<html lang="ja"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


# ----------------------------------------------------------------------------- whole pages

# (fixture, must be in body, must not be in body)
BODY_CASES = [
    (
        "portal_provider.html",
        ["約8000人に影響が出た", "全線で運転を再開した", "心配だ」と話していた"],
        [
            "Xでポスト",
            "コメント",
            "おすすめ",
            "春の嵐",
            "計画運休",
            "ランキング",
            "配信",
            "みなと日報",
            "©",
        ],
    ),
    (
        "national_jsonld.html",
        ["給付金の検討に入った", "1世帯あたり3万円", "議論が続きそうだ", "述べるにとどめた"],
        [
            "フォローする",
            "シェア",
            "記事を保存",
            "有料会員",
            "残り1024文字",
            "関連記事",
            "電気・ガス料金",
            "アクセスランキング",
            "閣議に臨む",
            "dataLayer",
            "広告",
            "Copyright",
            "無断転載",
            "ログイン",
        ],
    ),
    (
        "wire_reuters.html",
        ["[フランクフルト 5日 ロイター]", "会合ごとに判断する", "措置が必要になる"],
        [
            "5月撮影",
            "Hanna Weber",
            "アマゾン",
            "発売",
            "あわせて読みたい",
            "米雇用統計",
            "ランキング",
            "原油先物",
            "ニュースレター",
            "Copyright",
            "最新記事",
        ],
    ),
    (
        "local_visible_date.html",
        ["119番通報があった", "出火の原因を詳しく調べている", "驚いた」と話していた"],
        [
            "煙を上げる倉庫",
            "撮影・佐藤健",
            "関連ニュース",
            "住宅火災",
            "新しい水族館",
            "ホーム",
            "おくやみ",
            "文・石井和也",
            "Copyright",
            "港の倉庫で火災、けが人なし",
        ],
    ),
    (
        "blog_citations.html",
        ["カプセルが、オーストラリアの砂漠に着地した", "分析結果の公表は来年になる見通しです"],
        ["はてなブックマーク", "LINEで送る", "おすすめ", "月面着陸計画", "模型キット", "©"],
    ),
    (
        "short_news.html",
        ["震度4の揺れを観測する地震があった", "津波の心配はない。"],
        ["動画を再生", "天気", "防災", "©"],
    ),
    (
        "code_leak.html",
        ["最も低くなった", "特色ある学科づくり", "最終的な倍率は20日に公表される"],
        [
            "document",
            "console",
            "<p>",
            "トラッキング",
            "コメントアウト",
            "JavaScript",
            "スタイル",
            "color",
            "{",
            "2025年2月10日 9時05分",
        ],
    ),
    (
        "layout_table_br.html",
        ["伝統の田植え祭りが開かれた", "見物客も増えている", "収穫祭が予定されている"],
        ["トップページ", "リンク集", "Copyright", "|", "2024年6月2日"],
    ),
]


@pytest.mark.parametrize(("name", "present", "absent"), BODY_CASES)
def test_body_keeps_article_text_and_drops_clutter(
    name: str, present: list[str], absent: list[str]
) -> None:
    article = extract_fixture(name)
    assert isinstance(article, Article), article
    for snippet in present:
        assert snippet in article.body, snippet
    for snippet in absent:
        assert snippet not in article.body, snippet


@pytest.mark.parametrize("name", [case[0] for case in BODY_CASES])
def test_body_is_paragraphs_joined_by_blank_lines(name: str) -> None:
    article = extract_fixture(name)
    assert isinstance(article, Article)
    assert article.body == article.body.strip()
    assert "\n\n\n" not in article.body
    assert all(p.strip() == p and "\n" not in p for p in article.paragraphs)
    assert len(article.paragraphs) >= 1


# (fixture, title, published, published_text, publisher, wire, byline)
META_CASES = [
    # a portal page: the visible "配信" line has no year; the site is the portal
    (
        "portal_provider.html",
        "新幹線、強風で一時運転見合わせ",
        "--03-19",
        "3/19(水) 7:30配信",
        "ニュースひろば",
        None,
        None,
    ),
    (
        "national_jsonld.html",
        "政府、物価高対策で新たな給付金を検討",
        "2025-05-14T06:30:00+09:00",
        "2025-05-14T06:30:00+09:00",
        "東都新聞",
        None,
        "川村 陽介、森田 真希",
    ),
    (
        "wire_reuters.html",
        "欧州中銀、政策金利を据え置き\u3000景気の先行きに慎重姿勢",
        "2025-06-06T05:12:00+09:00",
        "2025-06-06T05:12:00+09:00",
        "世界ビジネス日本版",
        "ロイター",
        None,
    ),
    (
        "local_visible_date.html",
        "港の倉庫で火災、けが人なし",
        "2025-03-05T18:12:00+09:00",
        "2025年3月5日(水) 18時12分",
        "みなと日報",
        None,
        "石井和也",
    ),
    (
        "blog_citations.html",
        "【まとめ】小惑星探査機、試料を地球へ届ける：これまでの経緯",
        None,
        None,
        "宇宙ニュースまとめ速報",
        None,
        None,
    ),
    (
        "short_news.html",
        "北陸で震度4の地震\u3000津波の心配なし",
        "2025-01-20T09:41:00+09:00",
        "2025-01-20T09:41:00+09:00",
        "日本海タイムス",
        None,
        None,
    ),
    # meta gives the day only; the visible date line adds the time of day
    (
        "code_leak.html",
        "県立高校の入試倍率、過去最低に",
        "2025-02-10T09:05:00+09:00",
        "2025年2月10日 9時05分",
        None,
        None,
        None,
    ),
    (
        "layout_table_br.html",
        "山あいの村で伝統の田植え祭り",
        "2024-06-02",
        "2024年6月2日",
        "青葉村観光協会",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "published", "published_text", "publisher", "wire", "byline"), META_CASES
)
def test_page_metadata(
    name: str,
    title: str,
    published: str | None,
    published_text: str | None,
    publisher: str | None,
    wire: str | None,
    byline: str | None,
) -> None:
    article = extract_fixture(name)
    assert isinstance(article, Article)
    assert article.title == title
    assert article.published == published
    assert article.published_text == published_text
    assert article.publisher == publisher
    assert article.wire == wire
    assert article.byline == byline


@pytest.mark.parametrize(
    ("name", "captions"),
    [
        ("national_jsonld.html", ("閣議に臨む閣僚たち＝13日午前、首相官邸",)),
        (
            "wire_reuters.html",
            (
                "6月5日、欧州中央銀行は政策金利を据え置いた。フランクフルトの本部前で"
                "5月撮影(2025年 ロイター/Hanna Weber)",
            ),
        ),
        ("local_visible_date.html", ("煙を上げる倉庫＝5日午後、みなと市港町（撮影・佐藤健）",)),
        ("short_news.html", ()),
    ],
)
def test_captions_are_kept_out_of_the_body(name: str, captions: tuple[str, ...]) -> None:
    article = extract_fixture(name)
    assert isinstance(article, Article)
    assert article.captions == captions


def test_article_identity_fields() -> None:
    text = (DATA / "short_news.html").read_text("utf-8")
    doc = make_doc(text, source="news/short.html", url="https://example.invalid/a/1")
    article = extract_html(doc, settings=SETTINGS)
    assert isinstance(article, Article)
    assert article.id == doc.id and article.input_hash == doc.sha256
    assert article.source == "news/short.html" and article.url == "https://example.invalid/a/1"
    assert article.format == "html" and article.language == "ja"
    assert article.producer.startswith("extract/") and "+trafilatura-" in article.producer


def test_cited_urls_from_labels_and_links() -> None:
    article = extract_fixture("blog_citations.html")
    assert isinstance(article, Article)
    assert article.cited_urls == (
        "https://news.example.com/space/capsule-landing",
        "https://agency.example.org/press/2020/1206",
    )


def test_invalid_json_ld_is_reported_and_the_article_stays() -> None:
    article = extract_fixture("wire_reuters.html")
    assert isinstance(article, Article)
    assert len(article.errors) == 1
    assert article.errors[0].startswith("JSON-LD block 1 is not valid JSON")


def test_modified_time_from_json_ld() -> None:
    article = extract_fixture("national_jsonld.html")
    assert isinstance(article, Article)
    assert article.modified == "2025-05-14T11:05:00+09:00"


# ----------------------------------------------------------------------------- rejections


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ((DATA / "index_page.html").read_text("utf-8"), "no_article"),
        ("<html><body></body></html>", "no_article"),
        (page("<p>短い。</p>"), "no_article"),
        ("", "broken_html"),
        ("   \n  ", "broken_html"),
    ],
)
def test_pages_without_an_article_are_rejected(text: str, reason: str) -> None:
    result = extract_html(make_doc(text), settings=SETTINGS)
    assert isinstance(result, Rejected)
    assert (result.stage, result.reason) == ("extract", reason)
    assert result.source == "page.html"


def test_min_body_chars_setting_is_used() -> None:
    text = (DATA / "short_news.html").read_text("utf-8")
    strict = ExtractSettings(min_body_chars=500)
    result = extract_html(make_doc(text), settings=strict)
    assert isinstance(result, Rejected) and result.reason == "no_article"


def test_fallback_to_article_paragraphs_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_mod, "trafilatura_lines", lambda tree, url: [])
    article = extract_fixture("national_jsonld.html")
    assert isinstance(article, Article)
    assert "給付金の検討に入った" in article.body
    assert "有料会員" not in article.body


def test_unexpected_exception_becomes_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(html_mod, "extract_html_page", boom)
    result = extract_article(make_doc(page("<p>本文</p>")), settings=SETTINGS)
    assert isinstance(result, Rejected)
    assert result.reason == "internal_error" and "simulated bug" in result.detail


def test_extract_article_sends_text_dumps_to_the_text_extractor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text_mod = pytest.importorskip("storyline.extract.text")
    seen: list[RawDocument] = []

    def fake(doc: RawDocument, *, settings: ExtractSettings) -> Rejected:
        seen.append(doc)
        return Rejected(source=doc.source, stage="extract", reason="no_article", detail="fake")

    monkeypatch.setattr(text_mod, "extract_text_dump", fake)
    doc = RawDocument(
        source="a.txt",
        content=b"x",
        text="x",
        media_type="text/plain",
        encoding="utf-8",
        encoding_source="utf-8",
    )
    assert isinstance(extract_article(doc, settings=SETTINGS), Rejected)
    assert seen == [doc]


# ----------------------------------------------------------------------------- code never leaks

_CODE = st.text(alphabet="abc<>{}();=\"'/ 本文コード", min_size=1, max_size=60)


@settings(max_examples=40, deadline=None)
@given(script=_CODE, comment=_CODE.filter(lambda s: "--" not in s and not s.endswith("-")))
def test_script_and_comment_text_never_reaches_the_body(script: str, comment: str) -> None:
    marker_script = f"SCRIPTMARK{script}"
    marker_comment = f"COMMENTMARK{comment}"
    body = (
        "<article><h1>市議会で予算案が可決</h1>"
        "<p>市議会は本会議で新年度の一般会計予算案を賛成多数で可決した。総額は過去最大となった。</p>"
        f"<script>var s = {marker_script!r};</script>"
        f"<!-- {marker_comment} -->"
        "<p>市長は閉会後、子育て支援と防災に重点を置いた予算だと説明した。</p></article>"
    )
    article = extract_html(make_doc(page(body)), settings=SETTINGS)
    assert isinstance(article, Article)
    assert "SCRIPTMARK" not in article.body and "COMMENTMARK" not in article.body
    assert "予算案を賛成多数で可決した" in article.body


# ----------------------------------------------------------------------------- line cleaning


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("この記事をシェア", True),
        ("フォローする", True),
        ("記事を保存", True),
        ("有料会員になると続きを読めます", True),
        ("動画を再生", True),
        ("ＬＩＮＥで送る", True),
        ("Copyright © 2025 北海新報社 All rights reserved.", True),
        ("記事・写真の無断転載を禁じます", True),
        ("2025年4月2日 10時30分", True),
        ("2025/04/02 10:30 更新", True),
        ("▶首相、来月にも訪米へ", True),
        ("【関連記事】市長選、3人が立候補の見通し", True),
        ("市は来月から、保存会の活動を支援する。", False),
        ("首相は記者会見で「続きは国会で議論する」と述べた。", False),
        ("2025年度の予算は約80億円で、前年度から1割増えた。", False),
        ("関係者によると、会員制の交流サイトで情報が拡散したという。", False),
    ],
)
def test_is_clutter_line(line: str, expected: bool) -> None:
    assert is_clutter_line(line) is expected


LONG = "県は来年度から、山間部の路線バスを維持するための補助金を増やす方針を明らかにした。"


@pytest.mark.parametrize(
    ("lines", "titles", "body", "captions"),
    [
        # a related list after its heading is cut; the text after it resumes the body
        (
            ["見出しの文", LONG, "関連記事", "短い見出しA", "短い見出しB", LONG + "二段落目。"],
            ("見出しの文",),
            [LONG, LONG + "二段落目。"],
            [],
        ),
        # the headline repeated at the top, even with the site name in the title
        (["バス路線を維持へ", LONG], ("バス路線を維持へ | 北海新報",), [LONG], []),
        # caption lines move to the captions
        ([LONG, "会見する知事＝3日午後、県庁"], (), [LONG], ["会見する知事＝3日午後、県庁"]),
        # a list heading at the end takes everything short after it
        ([LONG, "あわせて読みたい", "見出しC", "見出しD"], (), [LONG], []),
        # the title is dropped only at the top, never inside the body (a heading-like line
        # closing the body is a closing fragment, so the body goes on after it here)
        (
            [LONG, "バス路線を維持へ", LONG],
            ("バス路線を維持へ",),
            [LONG, "バス路線を維持へ", LONG],
            [],
        ),
    ],
)
def test_clean_body_lines(
    lines: list[str], titles: tuple[str, ...], body: list[str], captions: list[str]
) -> None:
    cleaned = clean_body_lines(lines, titles=titles)
    assert (cleaned.body, cleaned.captions) == (body, captions)


@pytest.mark.parametrize(
    ("lines", "body", "credits", "byline"),
    [
        # wire credit on its own line, and closing the last paragraph
        ([LONG, "[ロイター]"], [LONG], ["[ロイター]"], None),
        ([LONG, LONG + "（共同）"], [LONG, LONG], ["（共同）"], None),
        # the reporter's name in brackets, or marked 文・
        ([LONG, "（佐々木）"], [LONG], ["（佐々木）"], "佐々木"),
        ([LONG, "（文・石井和也）"], [LONG], ["（文・石井和也）"], "石井和也"),
        (["取材・文＝山田花子", LONG], [LONG], ["取材・文＝山田花子"], "山田花子"),
        # kicker and agency line above the repeated headline
        (
            ["解説｜国会", "共同通信", "バス路線を維持へ", LONG],
            [LONG],
            ["解説｜国会", "共同通信"],
            None,
        ),
        # a bracketed word that is not a wire stays
        ([LONG + "（続報）"], [LONG + "（続報）"], [], None),
    ],
)
def test_clean_body_lines_takes_credits_off_the_edges(
    lines: list[str], body: list[str], credits: list[str], byline: str | None
) -> None:
    cleaned = clean_body_lines(lines, titles=("バス路線を維持へ",))
    assert (cleaned.body, cleaned.credits, cleaned.byline) == (body, credits, byline)


def test_layout_tables_become_blocks_and_data_tables_stay() -> None:
    cell = "あ" * 100
    tree = parse_page(
        page(
            f"<table id='layout'><tr><td>{cell}<table id='data'><tr><td>1</td><td>2</td></tr>"
            "</table></td></tr></table><table id='small'><tr><td>得票数</td><td>120</td></tr></table>"
        )
    )
    assert tree is not None
    assert unwrap_layout_tables(tree) == 1
    assert tree.get_element_by_id("layout").tag == "div"
    assert tree.get_element_by_id("data").tag == "table"
    assert tree.get_element_by_id("small").tag == "table"


def test_visible_lines_skip_head_and_code() -> None:
    tree = lxml_html.document_fromstring(
        page(
            "<div>一行目<br>二行目</div><script>var x=1;</script><p>三行目</p>",
            head="<title>タイトル</title>",
        )
    )
    assert visible_lines(tree) == ["一行目", "二行目", "三行目"]


# ----------------------------------------------------------------------------- publisher, furniture

ARTICLE_PS = (
    "<p>県は来年度から、山間部の路線バスを維持するための補助金を増やす方針を明らかにした。</p>"
    "<p>対象は12路線で、運行会社の赤字の一部を県と市町村が負担する。知事は「生活の足を守る」と述べた。</p>"
)


@pytest.mark.parametrize(
    ("head", "top", "bottom", "publisher"),
    [
        # og:site_name of an outlet the gazetteer does not know loses its site suffix
        ('<meta property="og:site_name" content="北海新報デジタル">', "", "", "北海新報"),
        # the logo's alt text (a home link) beats an English copyright line
        (
            "",
            '<a href="/"><img src="/img/title.gif" alt="山波日報"></a>',
            "Copyright (C) 2001-2020 Yamanami Nippo. All rights reserved.",
            "山波日報",
        ),
        # the company named in the copyright line, without 社
        ("", "", "Copyright (C) 2002-2019 南海民報社", "南海民報"),
        # a text masthead that <title> repeats, with an English copyright line
        (
            "<title>ベース通信　野球情報：県のバス補助金を増額へ</title>",
            "<div><b>ベース通信</b>　野球と地域の総合ニュース</div>",
            "Copyright (C) 1998-2018 Base Tsushin",
            "ベース通信",
        ),
    ],
)
def test_publisher_sources(head: str, top: str, bottom: str, publisher: str) -> None:
    text = page(f"{top}<h1>県のバス補助金を増額へ</h1>{ARTICLE_PS}<div>{bottom}</div>", head=head)
    article = extract_html(make_doc(text), settings=SETTINGS)
    assert isinstance(article, Article)
    assert article.publisher == publisher


def test_furniture_is_pruned_by_class_words() -> None:
    tree = parse_page(
        page(
            '<div class="Article_inlineAd"><p>PR</p><p>クラウド会計が今なら無料</p></div>'
            '<section class="Newsletter"><h2>朝刊メール</h2><p>毎朝届く</p></section>'
            f'<div class="header shadow" id="top">見出しの上</div><div class="related-body">{ARTICLE_PS}</div>'
        )
    )
    assert tree is not None
    assert html_mod.prune_furniture(tree) == 2
    text = tree.text_content()
    assert "クラウド会計" not in text and "朝刊メール" not in text
    assert "見出しの上" in text and "路線バス" in text


def test_date_beside_a_section_label_near_the_headline() -> None:
    body = (
        "<div>全国ニュース　2025年3月31日 22時10分</div><div><b>県のバス補助金を増額へ</b></div>"
        f"{ARTICLE_PS}<div><a href='/'>2025年3月30日 9時00分の記事</a></div>"
    )
    article = extract_html(
        make_doc(page(body, head="<title>県のバス補助金を増額へ</title>")), settings=SETTINGS
    )
    assert isinstance(article, Article)
    assert article.published == "2025-03-31T22:10:00+09:00"
