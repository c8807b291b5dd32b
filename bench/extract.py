"""Benchmark of the extract stage: throughput, peak memory and body quality on generated pages.

Generates a deterministic corpus (seeded) of Japanese news pages in a temporary folder: HTML
pages in four layouts (modern article with JSON-LD, blog, old table layout, magazine page
carrying wire copy) and flat text dumps, all with clutter (navigation, share buttons, related
lists, rankings, paywall prompts, photo captions, scripts, comments). The paragraphs and the
clutter are written for this benchmark. Then, in one run, it measures:

* ``extract_article`` on the HTML pages,
* ``extract_article`` on the text dumps,
* bare ``trafilatura.extract`` on the same HTML pages (the baseline storyline improves on),

and prints pages, seconds and pages/s for each, the peak resident memory, and for the HTML
pages the share of gold paragraphs found in the body (recall) and of pages whose body still
holds clutter or a caption.

Run: ``.venv/bin/python bench/extract.py [--pages N] [--seed S]``. Not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.config import ExtractSettings
from storyline.extract import extract_article
from storyline.models import Article, RawDocument

# ----------------------------------------------------------------------------- word banks

CITIES = ["青葉市", "みなと市", "北山町", "川西村", "南浜市", "東野町", "白石市", "桜台市"]
ORGS = ["市教育委員会", "県警", "市議会", "県農業協同組合", "地元の商工会", "市消防局", "保存会"]
PEOPLE = ["市長", "知事", "担当課長", "会長", "署長", "校長", "理事長"]
TOPICS = [
    "新しい図書館",
    "路線バスの運行",
    "防災訓練",
    "ふるさと納税",
    "観光客の誘致",
    "子育て支援",
    "空き家対策",
    "水道料金",
    "学校の統合",
    "商店街の再生",
]

SENTENCES = [
    "{city}は{day}日、{topic}に関する計画を公表した。",
    "{org}によると、今年度の事業費は約{n}億円にのぼる見込みだという。",
    "{person}は記者会見で「市民の声を聞きながら丁寧に進めたい」と述べた。",
    "計画では、来年度から3年かけて段階的に整備を進める。",
    "住民からは期待の声が上がる一方、費用の負担を心配する意見も出ている。",
    "{org}は来月にも説明会を開き、詳しい内容を住民に伝える方針だ。",
    "昨年度の利用者は約{n}万人で、前の年度より1割ほど増えた。",
    "専門家は「人口が減る中で、施設の役割を見直す時期に来ている」と指摘する。",
    "{city}では同様の取り組みが{n}年前から続いており、一定の成果を上げている。",
    "関係者の間では、国の補助金をどこまで活用できるかが焦点になっている。",
    "{person}は「できることから一つずつ実行していく」と強調した。",
    "対象となる地区の住民は約{n}千人で、高齢者の割合が高い。",
    "議会では、計画の見直しを求める質問が相次いだ。",
    "{org}は、結果を年内にまとめて公表する予定だとしている。",
    "近くに住む70代の女性は「便利になるならありがたい」と話した。",
    "この問題をめぐっては、{day}日に開かれた委員会でも議論が交わされた。",
    "事業の一部は民間企業に委託し、費用を抑える考えだ。",
    "{city}は、来春までに具体的な日程を決めるとしている。",
    "{topic}について、県内の他の自治体も関心を寄せている。",
    "会場には約{n}人が集まり、熱心に説明に耳を傾けた。",
]
CAPTIONS = [
    "説明会で話す{person}＝{day}日午後、{city}役所",
    "整備が予定されている敷地＝{day}日、{city}（本社ヘリから撮影）",
    "会見に臨む{person}（写真：編集部）",
    "{city}の中心部。{day}日撮影(2025年 ロイター/Ken Sato)",
]
CLUTTER = [
    "この記事をシェア",
    "フォローする",
    "記事を保存",
    "有料会員になると続きを読めます",
    "動画を再生",
    "LINEで送る",
    "会員登録はこちら",
    "Copyright © 2025 青葉新聞社 All rights reserved.",
]
RELATED = [
    "市長選、告示まで1か月",
    "駅前で新しい商業施設が開業",
    "高校野球、地区大会の組み合わせ決まる",
    "週末は各地で花火大会",
    "台風の接近に備えを",
    "新米の出荷が始まる",
]


@dataclass(frozen=True, slots=True)
class Sample:
    """One generated page and what its body must hold."""

    name: str
    media_type: str
    text: str
    paragraphs: tuple[str, ...]


def _fill(template: str, rng: random.Random) -> str:
    """Fill a template with random bank words."""
    return template.format(
        city=rng.choice(CITIES),
        org=rng.choice(ORGS),
        person=rng.choice(PEOPLE),
        topic=rng.choice(TOPICS),
        day=rng.randint(1, 28),
        n=rng.randint(2, 90),
    )


def _paragraphs(rng: random.Random) -> list[str]:
    """Return 3-7 paragraphs of 2-3 sentences."""
    return [
        "".join(_fill(s, rng) for s in rng.sample(SENTENCES, rng.randint(2, 3)))
        for _ in range(rng.randint(3, 7))
    ]


def _related(rng: random.Random) -> str:
    """Return a related-articles list."""
    items = "".join(
        f'<li><a href="/a/{rng.randint(1, 999)}">{t}</a></li>' for t in rng.sample(RELATED, 3)
    )
    heading = rng.choice(["関連記事", "あわせて読みたい", "アクセスランキング"])
    return f"<section class='related'><h2>{heading}</h2><ul>{items}</ul></section>"


def _share(rng: random.Random) -> str:
    """Return a share/follow bar."""
    return (
        "<div class='sns'>"
        + "".join(f"<a href='#'>{c}</a>" for c in rng.sample(CLUTTER[:6], 3))
        + "</div>"
    )


def html_page(rng: random.Random, index: int) -> Sample:
    """Return one HTML page in one of four layouts."""
    paras = _paragraphs(rng)
    title = f"{rng.choice(CITIES)}、{rng.choice(TOPICS)}で新方針"
    day = rng.randint(1, 28)
    caption = _fill(rng.choice(CAPTIONS), rng)
    body_ps = [f"<p>{p}</p>" for p in paras]
    body_ps.insert(
        rng.randint(1, len(body_ps)),
        "<script>var ad = {slot: 'x<p>広告</p>'};</script><!-- 広告 -->",
    )
    layout = index % 4
    if layout == 0:
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": f"2025-04-{day:02d}T09:00:00+09:00",
                "publisher": {"@type": "Organization", "name": "青葉新聞"},
            },
            ensure_ascii=False,
        )
        text = (
            f"<html><head><title>{title} | 青葉新聞</title><script type='application/ld+json'>{ld}</script></head>"
            f"<body><nav><a href='/'>トップ</a> <a href='/n'>ニュース</a></nav><main><article><h1>{title}</h1>"
            f"{_share(rng)}<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
            f"{''.join(body_ps)}<div class='paywall'>有料会員になると続きを読めます</div>{_related(rng)}"
            "</article></main><footer>Copyright © 2025 青葉新聞社</footer></body></html>"
        )
    elif layout == 1:
        text = (
            f"<html><head><title>{title}｜まちブログ</title><meta property='og:site_name' content='まちブログ'></head>"
            f"<body><div class='header'><a href='/'>まちブログ</a></div><div class='post'><h1>{title}</h1>"
            f"<div class='date'>2025年4月{day}日 10時15分</div><div class='entry'>{''.join(body_ps)}"
            f"<p class='photo-caption'>{caption}</p></div>{_share(rng)}{_related(rng)}</div></body></html>"
        )
    elif layout == 2:
        cells = "<br><br>".join(paras)
        text = (
            f"<html><head><title>{title}</title></head><body><table><tr><td><a href='/'>トップページ</a><br>"
            f"<a href='/n'>ニュース</a></td><td><b>{title}</b><br>2025年4月{day}日<br><br>{cells}</td></tr>"
            "</table><center>Copyright(C) 2025 青葉村観光協会</center></body></html>"
        )
    else:
        body_ps.insert(0, f"<p>{caption}</p>")
        text = (
            f"<html><head><title>{title} | 世界ビジネス日本版</title>"
            f"<meta property='article:published_time' content='2025-04-{day:02d}T05:00:00+09:00'></head>"
            f"<body><div class='gnav'><a href='/'>最新記事</a></div><div class='entry'><h1>{title}</h1>"
            f"<div class='entry-body'>{''.join(body_ps)}<p>[ロイター]</p></div>"
            f"<div class='copyright'>Copyright (C) 2025トムソンロイター・ジャパン(株)記事の無断転用を禁じます</div>"
            f"{_related(rng)}</div></body></html>"
        )
    return Sample(f"page{index:05d}.html", "text/html", text, tuple(paras))


def text_dump(rng: random.Random, index: int) -> Sample:
    """Return one flat text dump with header and footer clutter."""
    paras = _paragraphs(rng)
    title = f"{rng.choice(CITIES)}、{rng.choice(TOPICS)}で新方針"
    lines = [
        "トップ",
        "ニュース",
        "",
        title,
        "",
        f"2025年4月{rng.randint(1, 28)}日 08時{rng.randint(10, 59)}分",
        "",
    ]
    for p in paras:
        lines += [p, ""]
    lines += [
        "関連記事",
        *rng.sample(RELATED, 3),
        "",
        "Copyright © 2025 青葉新聞社 All rights reserved.",
    ]
    return Sample(f"page{index:05d}.txt", "text/plain", "\n".join(lines), tuple(paras))


def write_corpus(folder: Path, pages: int, seed: int) -> list[Sample]:
    """Generate ``pages`` samples (half HTML, half text), write them to ``folder``."""
    rng = random.Random(seed)
    samples = [html_page(rng, i) if i % 2 == 0 else text_dump(rng, i) for i in range(pages)]
    for sample in samples:
        (folder / sample.name).write_text(sample.text, encoding="utf-8")
    return samples


# ----------------------------------------------------------------------------- measuring


def load_docs(folder: Path, samples: Sequence[Sample]) -> list[RawDocument]:
    """Read the generated files back as RawDocuments."""
    docs = []
    for s in samples:
        content = (folder / s.name).read_bytes()
        docs.append(
            RawDocument(
                source=s.name,
                content=content,
                text=content.decode("utf-8"),
                media_type=s.media_type,  # type: ignore[arg-type]
                encoding="utf-8",
                encoding_source="utf-8",
            )
        )
    return docs


def timed(
    fn: Callable[[RawDocument], str | None], docs: Sequence[RawDocument]
) -> tuple[float, list[str | None]]:
    """Run ``fn`` over ``docs``; return (seconds, bodies)."""
    start = time.perf_counter()
    bodies = [fn(d) for d in docs]
    return time.perf_counter() - start, bodies


def quality(samples: Sequence[Sample], bodies: Sequence[str | None]) -> tuple[float, float]:
    """Return (paragraph recall, share of pages whose body holds clutter or a caption)."""
    found = total = dirty = 0
    markers = [*CLUTTER, *RELATED, "撮影", "＝", "写真：", "広告", "トップページ"]
    for sample, body in zip(samples, bodies, strict=True):
        body = body or ""
        total += len(sample.paragraphs)
        found += sum(p in body for p in sample.paragraphs)
        dirty += any(m in body for m in markers)
    return found / max(total, 1), dirty / max(len(samples), 1)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages to generate (half HTML)")
    parser.add_argument("--seed", type=int, default=20250324, help="random seed")
    args = parser.parse_args(argv)
    import trafilatura

    settings = ExtractSettings()

    def ours(doc: RawDocument) -> str | None:
        result = extract_article(doc, settings=settings)
        return result.body if isinstance(result, Article) else None

    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        samples = write_corpus(Path(tmp), args.pages, args.seed)
        docs = load_docs(Path(tmp), samples)
    html = [(s, d) for s, d in zip(samples, docs, strict=True) if s.media_type == "text/html"]
    text = [(s, d) for s, d in zip(samples, docs, strict=True) if s.media_type == "text/plain"]
    ours(html[0][1])  # warm-up: imports and data files load once, outside the timing
    runs = [
        ("extract_article (HTML)", html, ours),
        ("extract_article (text dumps)", text, ours),
        ("trafilatura.extract (HTML)", html, lambda d: trafilatura.extract(d.text)),
    ]
    print(
        f"{'run':<30}{'pages':>7}{'seconds':>10}{'pages/s':>10}{'recall':>8}{'dirty':>8}{'none':>6}"
    )
    for label, pairs, fn in runs:
        seconds, bodies = timed(fn, [d for _, d in pairs])
        recall, dirty = quality([s for s, _ in pairs], bodies)
        none = sum(b is None for b in bodies)
        print(
            f"{label:<30}{len(pairs):>7}{seconds:>10.2f}{len(pairs) / seconds:>10.1f}"
            f"{recall:>8.3f}{dirty:>8.3f}{none:>6}"
        )
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak resident memory: {peak_kib / 1024:.0f} MiB (whole process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
