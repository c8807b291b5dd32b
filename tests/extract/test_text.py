"""Tests for storyline.extract.text on flat-text dumps written for the project.

Each page in tests/extract/data/text/ imitates one site style (with its own, invented text);
expectations are snippets, as in trafilatura's evaluation data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.config import ExtractSettings
from storyline.extract.text import classify_lines, extract_text_dump, producer
from storyline.models import Article, RawDocument, Rejected

DATA = Path(__file__).parent / "data" / "text"


def _doc(text: str, *, source: str = "page.txt", url: str | None = None) -> RawDocument:
    data = text.encode("utf-8")
    return RawDocument(
        source=source,
        content=data,
        text=text,
        media_type="text/plain",
        encoding="utf-8",
        encoding_source="utf-8",
        url=url,
    )


def _extract(name: str) -> Article:
    result = extract_text_dump(
        _doc((DATA / name).read_text("utf-8"), source=name), settings=ExtractSettings()
    )
    assert isinstance(result, Article), result
    return result


@dataclass(frozen=True)
class Expect:
    page: str
    title: str
    published: str | None
    publisher: str | None
    wire: str | None = None
    byline: str | None = None
    modified: str | None = None
    starts: str = ""
    ends: str = ""
    contains: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    cited: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


PAGES = [
    Expect(
        page="regional_kyodo.txt",
        title="米政権、追加関税の一部を90日間停止　同盟国との協議を優先",
        published="2025-04-10T07:15:00+09:00",
        publisher="みなと新報",
        wire="共同通信",
        starts="【ワシントン共同】米政権は9日",
        ends="慎重に見る声も根強い。",
        contains=("交渉の申し入れがあった",),  # the paragraph after the related-links block
        excludes=("関連記事", "担当閣僚を指名", "シェア", "港の朝市", "Copyright", "ホーム >"),
        captions=("＝9日、ワシントン（共同）",),
    ),
    Expect(
        page="tv_news.txt",
        title="東京・江東区の倉庫で火災　けが人なし、周辺道路を一時規制",
        published="2025-02-07T15:12:00+09:00",
        modified="2025-02-07T18:40:00+09:00",
        publisher="TBSテレビ",
        starts="きょう午後、東京・江東区",
        ends="詳しく調べています。",
        excludes=("動画を再生", "再生時間", "関連ニュース", "2人けが", "ツイート", "最終更新"),
    ),
    Expect(
        page="portal_yahoo.txt",
        title="海外で働く日本人、過去最多に　外務省まとめ",
        published="--03-19",
        publisher="Yahoo!ニュース",  # the portal published the page (its masthead)
        starts="外務省は18日",
        ends="呼びかけている。",
        contains=("長期滞在を選ぶ人",),
        excludes=(
            "コメント",
            "ログイン",
            "円安が続く理由",
            "最終更新",
            "記事に関する報告",
            "LY Corporation",
        ),
        captions=("写真はイメージ＝ゲッティ",),
    ),
    Expect(
        page="paywall_paper.txt",
        title="日銀、追加利上げを決定　政策金利0.5%程度に",
        published="2025-01-24T12:05:00+09:00",
        modified="2025-01-24T13:40:00+09:00",
        publisher="東西新聞",
        starts="日本銀行は24日まで",
        ends="決定の理由を説明する。",
        excludes=("残り", "有料会員", "会員登録", "春闘", "無断転載"),
    ),
    Expect(
        page="magazine_ranking.txt",
        title="「水の争奪戦」が中央アジアで激化する理由",
        published="2025-03-26",
        publisher="WorldView",
        byline="佐藤 花子",
        starts="中央アジアでは",
        ends="配分ルールづくりが急がれる。",
        contains=("上流と下流の溝",),  # a subheading inside the article stays
        excludes=(
            "5月号",
            "定期購読",
            "メールマガジン",
            "ランキング",
            "円安はいつまで",
            "PR",
            "写真：アフロ",
            "佐藤",
        ),
        captions=("乾いた大地に延びる用水路（写真：アフロ）",),
    ),
    Expect(
        page="curation_blog.txt",
        title="新紙幣の発行から半年、キャッシュレス時代にお札はどうなる?",
        published="2025-01-05",
        modified="2025-01-08",
        publisher="ワダイのタネ",
        starts="2024年7月3日、20年ぶり",
        ends="まだまだ多いようです。",
        contains=("✅ 肖像が立体的に", "自動販売機や券売機"),
        excludes=(
            "引用元",
            "ソース:",
            "https://",
            "続きを読む",
            "あわせて読みたい",
            "新500円玉",
            "目次",
        ),
        cited=(
            "https://news.example.jp/articles/20240703-001",
            "https://money.example.com/2024/12/vending.html",
        ),
    ),
]


PAGES += [
    Expect(
        page="portal_comments.txt",
        title="地方空港の国際線、再開相次ぐ",  # "｜朝日新聞デジタル" removed
        published="2025-03-24T12:00:00+09:00",
        publisher="Yahoo!ニュース",  # the masthead, not the provider beside the date
        starts="地方空港で、",
        ends="約5年ぶりに復活した。",
        # reader comments outweigh the article but come after the コメント stop line
        excludes=("ユーザー", "活気づく", "二次交通", "コメント"),
    ),
    Expect(
        page="hard_wrapped.txt",
        title="県内の桜、平年より5日早く開花",
        published="2025-03-24T10:00:00+09:00",
        publisher="さくら日報",
        # lines cut at a fixed width are joined back into paragraphs
        starts="気象台は24日、県庁所在地の標本木で桜が開花したと発表した。平年より",
        ends="ごみの持ち帰りを呼びかけている。",
        contains=("満開は来週末ごろになる見込みだという。\n\n市内の公園",),
    ),
    Expect(
        page="short_kyodo.txt",
        title="首相、衆院予算委で答弁　防衛費の財源巡り",
        published="2025-02-03T18:30:00+09:00",
        publisher=None,
        wire="共同通信",
        starts="首相は3日の",
        ends="質疑は4日も続く。",  # a short closing sentence is body
        excludes=("(共同)",),
    ),
]

# Written as unseen hold-out pages first (the cleaner missed 8 of their 28 checked fields),
# then kept as regression pages after the fixes they motivated.
PAGES += [
    Expect(
        page="paper_member_only.txt",
        title="米FRB、政策金利を据え置き　年内の利下げ見通しは維持",
        published="2025-03-20T03:12:00+09:00",  # the date line carries a [会員限定記事] tag
        modified="2025-03-20T05:40:00+09:00",
        publisher="日本経済新聞",
        starts="【ワシントン=山田太郎】米連邦準備理事会",  # a reporter dateline, not a wire
        ends="「不確実性が高い」と述べた。",
        excludes=("会員限定", "残り", "保存", "印刷", "関連トピック"),
    ),
    Expect(
        page="personal_blog.txt",
        title="地方移住して1年、わかったこと",
        published="2025-03-10T21:15:00+09:00",
        publisher="note",  # the platform's masthead
        starts="去年の春、",
        ends="気に入っている。",
        contains=("キャベツ",),
        excludes=("スキ", "フォロー", "サポート", "たなか"),
    ),
    Expect(
        page="wire_own_site.txt",
        title="東証大引け＝反落、米関税への警戒感で売り優勢",
        published="2025-03-24T15:42:00+09:00",  # 午後 3:42 GMT+9
        publisher="ロイター",  # the agency's own site: its name is the masthead
        wire="ロイター",
        starts="［東京 24日 ロイター］ - 東京株式市場で",
        ends="との声が聞かれた。",
        excludes=("Issei Kato", "関連記事", "アジア株", "Reuters"),
        captions=("（2025年 ロイター/Issei Kato）",),
    ),
    Expect(
        page="local_paper_caption.txt",
        title="高齢者の見守りに新サービス　電力データを活用",
        published="2025-02-14T10:30:00+09:00",  # not the masthead's "today" date
        publisher="みなみ新聞",
        starts="電力会社の電気使用量",
        ends="と話している。",
        excludes=("担当者＝13日", "シェア", "ランキング", "入試倍率"),
        captions=("（写真）サービスについて説明する担当者＝13日、県庁",),
    ),
]

# A second hold-out set, scored before any change: 26 of 28 fields right (the press-release
# site name and the 【写真】 line below). Kept as regression pages afterwards.
PAGES += [
    Expect(
        page="paper_title_suffix.txt",
        title="知事、新年度予算案を発表　子育て支援に重点",
        published="2025-02-12T17:45:00+09:00",
        publisher="産経新聞",
        starts="県は12日、",
        ends="県議会定例会に提出される。",
        excludes=("山田 太郎", "ニュース一覧", "Sankei"),
        captions=("＝12日午後、県庁（山田太郎撮影）",),
    ),
    Expect(
        page="sports_scoreboard.txt",
        title="【プロ野球】新人投手が初先発で初勝利　6回無失点の好投",
        published="2025-04-05T20:52:00+09:00",
        publisher="スポーツ速報",  # the masthead
        starts="ドラフト1位ルーキーが",
        ends="とたたえた。",
        excludes=("チーム 1 2 3", "おすすめ", "ベテラン捕手"),
        captions=("【写真】力投する新人投手",),  # a photo label: kept apart from the body
    ),
    Expect(
        page="interview_qa.txt",
        title="「地方の書店を守りたい」　書店経営者に聞く",
        published="2025-01-20",
        publisher=None,
        byline="編集部",
        starts="全国で書店の閉店が",
        ends="あり続けることです。",
        contains=("――どんな工夫をしていますか。",),  # the interviewer's questions stay
        excludes=("感想を送る", "聞き手"),
    ),
    Expect(
        page="press_release.txt",
        title="国産大豆100%の新しい豆乳飲料を発売",
        published="2025-03-03T10:00:00+09:00",
        publisher="PR TIMES",  # from the "<Name>トップへ" link line
        starts="株式会社サンプル食品（本社",
        ends="税込み150円です。",
        excludes=("プレスリリース詳細", "トップへ"),
    ),
]

# A third hold-out set, scored before any change: 34 of 35 fields right (the wire named
# beside the date on portal_provider_date). Kept as regression pages afterwards.
PAGES += [
    Expect(
        page="regional_jiji_caption.txt",
        title="英国、対ロシア制裁を拡大　銀行や石油企業が対象",
        published="2025-03-21T18:30:00+09:00",
        publisher="あさひが丘新聞",
        wire="時事通信",
        starts="【ロンドン時事】英政府は21日",
        ends="足並みがそろうかが焦点となる。",
        excludes=("AFP時事", "シェア", "欧州首脳"),
        captions=("ロンドン市内で記者会見する英外相（AFP時事）",),
    ),
    Expect(
        page="tv_no_year.txt",
        title="新茶の初競り　最高値は1キロ100万円",
        published="--03-21",
        publisher="ひかり放送",
        starts="県内で今年の新茶の初競り",
        ends="と話していました。",
        excludes=("動画を再生", "ニュース一覧"),
    ),
    Expect(
        page="blog_date_above.txt",
        title="春の家庭菜園、最初に植えるならこの3つ",
        published="2025-03-21",
        publisher="日々のメモ帳",
        starts="今年もベランダで",
        ends="楽しいです。",
        excludes=("#家庭菜園", "読者になる", "コメントを書く"),
    ),
    Expect(
        page="portal_provider_date.txt",
        title="日銀、国債買い入れの減額を継続　市場の安定を重視",
        published="--03-21",
        publisher="gooニュース",
        wire="時事通信",  # the provider, printed beside the date
        starts="日銀は21日、",
        ends="関心が集まっている。",
        excludes=("円相場",),
    ),
    Expect(
        page="magazine_bloomberg.txt",
        title="米国株、ハイテク株に売り　金利上昇を嫌気",
        published="2025-03-21T07:05:00+09:00",
        publisher="マネーウィークリー",
        wire="ブルームバーグ",
        starts="（ブルームバーグ）：20日の米国株式市場",
        ends="との声が多かった。",
        excludes=("Bloomberg L.P.", "新NISA"),
    ),
]


@pytest.mark.parametrize("expect", PAGES, ids=[e.page for e in PAGES])
def test_page(expect: Expect) -> None:
    art = _extract(expect.page)
    assert art.title == expect.title
    assert art.published == expect.published
    assert art.modified == expect.modified
    assert art.publisher == expect.publisher
    assert art.wire == expect.wire
    assert art.byline == expect.byline
    assert art.body.startswith(expect.starts)
    assert art.body.endswith(expect.ends)
    for snippet in expect.contains:
        assert snippet in art.body
    for snippet in expect.excludes:
        assert snippet not in art.body, snippet
    for snippet in expect.captions:
        assert any(snippet in c for c in art.captions), art.captions
        assert snippet not in art.body
    if not expect.captions:
        assert art.captions == ()
    assert art.cited_urls == expect.cited
    assert art.title not in art.body
    assert art.format == "text"


def test_body_paragraphs_are_page_lines_trimmed() -> None:
    for expect in PAGES:
        lines = [line.strip() for line in (DATA / expect.page).read_text("utf-8").splitlines()]
        art = _extract(expect.page)
        if expect.page == "hard_wrapped.txt":  # re-joined: each paragraph is a run of lines
            assert all(p in "".join(lines) for p in art.paragraphs)
        else:
            assert all(p in set(lines) for p in art.paragraphs), expect.page


def test_identity_fields() -> None:
    text = (DATA / "tv_news.txt").read_text("utf-8")
    doc = _doc(text, source="news/tv.txt", url="https://example.invalid/a")
    art = extract_text_dump(doc, settings=ExtractSettings())
    assert isinstance(art, Article)
    assert (art.id, art.input_hash, art.source, art.url) == (
        doc.id,
        doc.sha256,
        "news/tv.txt",
        doc.url,
    )
    assert art.producer == producer() and art.producer.startswith("extract-text/")


def test_url_names_the_publisher() -> None:
    text = (DATA / "regional_kyodo.txt").read_text("utf-8")
    art = extract_text_dump(
        _doc(text, url="https://www.tokyo-np.co.jp/article/1"), settings=ExtractSettings()
    )
    assert isinstance(art, Article) and art.publisher == "東京新聞"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ホーム\nログイン\nシェア\nツイート\n",
        "見出しだけのページ\n2025年3月24日\n",
        "人気ランキング\n• 1\n円安はいつまで続くのか\n• 2\n北極航路の現実味\n",
    ],
)
def test_no_article_is_rejected(text: str) -> None:
    result = extract_text_dump(_doc(text, source="x.txt"), settings=ExtractSettings())
    assert isinstance(result, Rejected)
    assert (result.reason, result.stage, result.source) == ("no_article", "extract", "x.txt")


def test_min_body_chars_setting() -> None:
    text = "短い記事の見出し\n2025/3/24\n市は24日、新しい計画を発表した。\n"
    assert isinstance(
        extract_text_dump(_doc(text), settings=ExtractSettings(min_body_chars=10)), Article
    )
    assert isinstance(
        extract_text_dump(_doc(text), settings=ExtractSettings(min_body_chars=200)), Rejected
    )


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("あわせて読みたい", "stop"),
        ("Copyright (C) 2025 Example", "stop"),
        ("残り1048文字", "stop"),
        ("次のページを読む ⇒", "stop"),
        ("【関連記事】", "related"),
        ("シェア", "share"),
        ("この記事をシェア", "share"),
        ("動画を再生", "clutter"),
        ("• 3", "clutter"),
        ("ホーム > 国際 > 欧州", "clutter"),
        ("Find Go Logo Menu opener", "clutter"),
        ("さらに読む ⇒出典/画像元: https://a.example/x", "clutter"),
        ("公開日:2025/03/19", "date"),
        ("[ロイター]", "wire"),
        ("文＝山田 一郎", "byline"),
        ("会見する市長＝24日、市役所（共同）", "caption"),
        ("会見場の様子（写真：筆者撮影）", "caption"),
        ("市は24日、新しい計画を発表した。完成は2年後になる見通し。", "prose"),
        ("市、新計画を発表", "short"),
        # a long prose line that mentions a cue word is still prose
        (
            "同社は写真を無断転載したとして、出版社を相手取り損害賠償を求める訴えを起こした。しかし判決は棄却だった。",
            "prose",
        ),
    ],
)
def test_classify_lines(line: str, kind: str) -> None:
    assert classify_lines([line]) == ((0, kind),)


_LINE = st.sampled_from(
    [
        "",
        "シェア",
        "【関連記事】",
        "2025年3月24日",
        "[ロイター]",
        "• 1",
        "市、新計画を発表",
        "市は24日、新しい計画を発表した。完成は2年後になる見通しだという。",
        "会見する市長＝24日、市役所（共同）",
        "Copyright (C) 2025 Example",
    ]
) | st.text(max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=25))
def test_cleaner_never_raises_and_keeps_page_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = extract_text_dump(_doc(text), settings=ExtractSettings())
    if isinstance(result, Article):
        joined = "".join(line.strip() for line in text.splitlines())
        assert all(p in joined for p in result.paragraphs)
        assert len(result.body) >= ExtractSettings().min_body_chars
    else:
        assert result.reason == "no_article"


def test_version_names_the_data_files() -> None:
    from storyline.extract.text import VERSION, data_versions

    expected = "".join(f"{key}{value}" for key, value in data_versions().items())
    assert VERSION.endswith("-" + expected)
    assert producer() == f"extract-text/{VERSION}"
