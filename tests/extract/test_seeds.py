"""The two seed pages (third-party text, read in place, never copied into the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.config import ExtractSettings
from storyline.extract.text import extract_text_dump
from storyline.models import Article, RawDocument

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed pages not found at {SEEDS} (they live beside the repo)"
)


def _seed(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    data = path.read_bytes()
    doc = RawDocument(
        source=str(path),
        content=data,
        text=data.decode("utf-8"),
        media_type="text/plain",
        encoding="utf-8",
        encoding_source="utf-8",
    )
    result = extract_text_dump(doc, settings=ExtractSettings())
    assert isinstance(result, Article), result
    return result


@pytest.fixture(scope="module")
def seed000() -> Article:
    return _seed("000")


@pytest.fixture(scope="module")
def seed001() -> Article:
    return _seed("001")


def test_seed000_header(seed000: Article) -> None:
    assert seed000.title is not None
    assert seed000.title.startswith("プーチン大統領とトランプ大統領...")
    assert seed000.title.endswith("接触した可能性")
    assert seed000.published == "2025-03-24T08:57:00+09:00"
    assert seed000.published_text == "2025年3月24日(月)08時57分"
    assert seed000.publisher == "ニューズウィーク日本版"
    assert seed000.wire == "ロイター"
    assert seed000.cited_urls == ()


def test_seed000_body_bounds_and_caption(seed000: Article) -> None:
    paragraphs = seed000.paragraphs
    assert paragraphs[0].startswith("ロシア大統領府のペスコフ報道官は")
    assert "24日にサウジで" in paragraphs[-1]
    assert len(paragraphs) == 7
    assert len(seed000.captions) == 1
    assert seed000.captions[0].endswith("Maxim Shemetov)")
    assert "Maxim Shemetov" not in seed000.body
    assert "2月13日撮影" not in seed000.body


@pytest.mark.parametrize(
    "clutter",
    [
        "最新記事",  # breadcrumb
        "ウクライナ情勢\n",
        "独占取材",  # magazine promotion
        "定期購読",
        "アマゾンに飛びます",
        "4月29日号",
        "人気ランキング",  # three ranking lists
        "•",
        "ネズミ人間",
        "天の川",
        "レアアース",
        "あわせて読みたい",
        "豊田織機",
        "メールマガジン",  # newsletter line
        "Copyright",  # copyright block
        "トムソンロイター",
        "無断転用",
        "[ロイター]",  # the wire marker is metadata, not body
        "好評発売中",
    ],
)
def test_seed000_clutter_gone(seed000: Article, clutter: str) -> None:
    assert clutter not in seed000.body


def test_seed001(seed001: Article) -> None:
    assert seed001.title is not None
    assert seed001.title.startswith("トランプ前大統領とプーチン大統領の電話会談")
    assert seed001.title.endswith("米ロ首脳電話会談の詳細")
    assert seed001.title not in seed001.body  # the repeated headline is the title, once
    assert seed001.published is None  # 公開日:2025/03/19 belongs to the cited BBC article
    assert seed001.published_text is None
    assert seed001.wire is None
    assert seed001.cited_urls == (
        "https://www.cnn.co.jp/usa/35233098.html",
        "https://www.bbc.com/japanese/articles/c2lj22q885wo",
    )
    assert "2025年3月14日、トランプ前米大統領" in seed001.body
    assert "30日間の全面的な即時停戦" in seed001.body


@pytest.mark.parametrize(
    "ui",
    [
        "Find Go",
        "Logo",
        "Menu",
        "opener",
        "次のページ",
        "さらに読む",
        "出典",
        "https://",
        "公開日",
        "黒海停戦",
    ],
)
def test_seed001_ui_gone(seed001: Article, ui: str) -> None:
    assert ui not in seed001.body
