"""Speed of the nlp layer against default GiNZA and raw SudachiPy, in one run.

Usage::

    .venv/bin/python bench/nlp.py [--articles 1000] [--baseline-sentences 300] [--processes 1]

What it does, on >= 1,000 article bodies generated deterministically (fixed seed) from the
paragraphs below (written for this project) plus the paragraphs of the sample pages under
``samples/corpus`` and ``tests/data/pages``:

1. the whole layer: ``analyze_article`` in ``events`` mode with the fast parser and *no parse
   reuse at all* (memory cache off, no disk cache), so repeated paragraphs are parsed again;
2. the layer with ``parse = "none"`` (sentences, actors, times, quantities only);
3. default GiNZA (``spacy.load("ja_ginza")``: blis kernel, all components) on a fixed random
   subsample of the same sentences -- it is too slow to run on everything, so its rate is
   measured on the subsample and the full-corpus time is an extrapolation (printed as such);
4. raw SudachiPy tokenisation (SplitMode.C) over every sentence;
5. agreement of the fast parser with default GiNZA on the subsample (heads, labels, POS);
6. the whole layer with ``nlp.parser = "hybrid"`` (case-frame rules for the sentences they are
   sure of, GiNZA for the rest; no parse reuse either), and the share of sentences and
   characters each path took;
7. agreement of the case-frame analysis with the fast parser (GiNZA) on every sentence of the
   written paragraphs and the sample pages (no digit redrawing): token match, UPOS, UAS and
   LAS on the sentences the hybrid router keeps, and the share it keeps
   (``--agreement-only`` runs just this).

It prints a table, the speed-up of the layer over default GiNZA, the share of sentences and
characters that ``events`` mode parses, and the peak memory (ru_maxrss) of the process.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from storyline.config import NlpSettings  # noqa: E402
from storyline.models import (  # noqa: E402
    AnalyzedArticle,
    Article,
    Sentence,
    article_id_for,
    sha256_hex,
)
from storyline.nlp import analyze_article, analyze_articles, load_kb, load_parser  # noqa: E402
from storyline.nlp.parser import Parser, load_event_cues  # noqa: E402

# Paragraphs written for this benchmark (fictional or paraphrased public facts, own wording).
# They mix event sentences with background ones, as news articles do.
PARAGRAPHS: tuple[str, ...] = (
    "政府は15日、臨時閣議を開き、総額3兆円規模の経済対策を決定した。物価高に苦しむ家計を支えるため、電気・ガス料金の補助を来年3月まで延長する。",
    "首相は記者団に対し「賃上げの流れを地方や中小企業にも広げたい」と述べた。野党は対策の規模が不十分だとして批判を強めている。",
    "日本銀行は31日まで開いた金融政策決定会合で、政策金利を0.25%に引き上げることを決めた。利上げは約17年ぶりとなる。総裁は会見で、今後も経済・物価の動向を見極めながら慎重に判断する考えを示した。",
    "外務省によると、外相は訪問先のワシントンで国務長官と会談し、インド太平洋地域での協力を確認した。両氏は北朝鮮による弾道ミサイル発射を強く非難し、国連安全保障理事会での連携を強化することで一致した。",
    "防衛省は、北朝鮮が同日午前7時ごろ、日本海に向けて弾道ミサイル1発を発射したと発表した。落下地点は日本の排他的経済水域の外とみられる。",
    "警視庁は20日、詐欺の疑いで東京都足立区の無職の男(45)を逮捕した。男は高齢女性から現金約500万円をだまし取った疑いが持たれている。調べに対し、男は「金は受け取ったが、だますつもりはなかった」と容疑を一部否認しているという。",
    "気象庁によると、大型で強い台風10号は21日夜、鹿児島県に上陸する見通しだ。九州南部では24時間で最大400ミリの雨が予想される。同県内では既に約2万世帯が停電しており、自治体は住民に早めの避難を呼びかけている。",
    "ウクライナ東部の都市に対するロシア軍の攻撃で、少なくとも12人が死亡、40人以上が負傷した。地元当局が明らかにした。ゼレンスキー大統領は欧州各国に対し、防空システムの追加供与を改めて要請した。",
    "欧州連合(EU)は27日の首脳会議で、ロシアに対する第14弾の制裁案を承認した。液化天然ガスの取引が新たに対象となる。",
    "トヨタ自動車は8日、2024年3月期の連結純利益が前年比2倍の4兆9千億円になったと発表した。円安が業績を押し上げた。同社は北米で電気自動車の新工場を建設する計画も明らかにした。投資額は約2千億円を見込む。",
    "日産自動車とホンダは経営統合に向けた協議を始めることで基本合意した。持ち株会社を設立し、両社がその傘下に入る案を検討している。一方、統合比率などの条件をめぐって両社の意見には隔たりがあり、交渉は難航も予想される。",
    "東京証券取引所では、半導体関連株が大きく値を下げ、日経平均株価は一時1000円以上下落した。市場関係者の間では、米国の景気減速への警戒感が広がっている。",
    "国会では改正政治資金規正法が参院本会議で賛成多数で可決、成立した。政治資金パーティー券の購入者の公開基準が引き下げられる。派閥をめぐる裏金事件を受けた法改正だが、野党側は抜け道が残ると反発している。",
    "中国外務省の報道官は定例会見で、日本の対応について「強い不満と断固たる反対」を表明した。",
    "米国のバイデン大統領は、イスラエルとイスラム組織ハマスの停戦案を提案し、双方に受け入れを求めた。ハマス側は声明で、提案を前向きに検討する考えを示したが、イスラエル政府は戦闘の継続を主張している。国連のグテーレス事務総長は、ガザ地区の人道状況が危機的な水準にあると警告した。",
    "この地域は古くから交易の拠点として栄え、現在も多くの観光客が訪れる。市の人口は約30万人で、県内では2番目に多い。",
    "大会は今月から来年2月まで、全国8会場で行われる。会場には多くのファンが詰めかけ、開始前から長い列ができた。",
    "大谷翔平選手は本拠地での試合に「1番・指名打者」で先発出場し、今季50本目となる本塁打を放った。試合後、大谷選手は「チームが勝てたことが何よりうれしい」と笑顔で語った。",
    "文部科学省は、公立小中学校の教員の残業代に当たる手当を、現行の月給の4%から10%に引き上げる方針を固めた。専門家は「手当の増額だけでは長時間労働の解消にはつながらない」と指摘している。",
    "厚生労働省の発表によると、昨年生まれた子どもの数は約72万人で、統計を取り始めてから最も少なかった。少子化の背景には、晩婚化や経済的な不安などがあるとされる。",
    "韓国の大統領は国会で弾劾訴追案が可決され、職務が停止された。憲法裁判所が今後、罷免の是非を審理する。",
    "米連邦準備制度理事会(FRB)は、市場の予想通り政策金利を据え置いた。議長は会見で、インフレの鈍化を確認するにはさらに時間が必要だとの認識を示した。",
    "ロシア大統領府のペスコフ報道官は、米国との高官協議について、具体的な日程はまだ決まっていないと述べた。協議はサウジアラビアの首都リヤドで24日に開かれる予定だ。",
    "両国の首脳は電話で約1時間半にわたって協議し、エネルギー施設への攻撃を30日間停止することで合意した。ただ、全面的な停戦については、ロシア側が条件を付けて事実上拒否した形だ。",
    "台湾の総統は、中国による大規模な軍事演習について「挑発的な行動だ」と非難した。",
    "警察は、事故の原因について運転手から詳しく事情を聴いている。新たな制度は来年4月に施行される。",
    "この日の東京は晴れて、最高気温は35度を超えた。各地で熱中症の疑いで搬送される人が相次いだ。",
    "市議会は、新しい図書館の建設に関する予算案を全会一致で可決した。同社の広報担当者は「現時点でコメントできることはない」としている。",
    "両社は今後、販売網の相互活用や部品の共同調達についても検討を進める。関係者によると、発表は来月上旬になる見通しだという。",
    "フランスのマクロン大統領は、パリで開かれた国際会議に出席し、気候変動対策での協力を呼びかけた。会議には約60か国の代表が参加した。",
    "岩手県大船渡市で発生した山林火災は、発生から1週間たっても鎮火していない。市によると、焼失面積は約2900ヘクタールに達し、住宅など80棟以上が被害を受けた。",
    "政府は来年度予算案の一般会計の総額を115兆円程度とする方向で調整に入った。防衛費と社会保障費の伸びが膨らみ、過去最大を更新する見込みだ。",
    "米大リーグの開幕戦が東京ドームで行われ、ドジャースがカブスに4対1で勝った。試合には約4万2千人の観客が詰めかけた。",
    "新しい駅ビルは地上12階建てで、商業施設やホテルが入る。完成は再来年の春を予定している。",
    "専門家の間では、人工知能の急速な普及に伴い、著作権の扱いを見直すべきだとの意見が出ている。",
)

_DIGITS = re.compile(r"[0-9]+")
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def _sample_paragraphs() -> list[str]:
    """Paragraphs of the project's own sample pages (``.txt`` raw, ``.html`` via lxml)."""
    out: list[str] = []
    for folder in (ROOT / "samples" / "corpus", ROOT / "tests" / "data" / "pages"):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.suffix == ".txt":
                out.extend(path.read_text(encoding="utf-8", errors="replace").split("\n\n"))
            elif path.suffix in {".html", ".htm"}:
                out.extend(_html_paragraphs(path))
    # Keep prose only: menus and footers are short and carry no 。.
    return [p.strip() for p in out if len(p.strip()) >= 40 and "。" in p]


def _html_paragraphs(path: Path) -> list[str]:
    from lxml import html  # only the benchmark reads HTML itself

    try:
        tree = html.fromstring(path.read_bytes())
    except Exception:  # a broken sample page is just skipped by the benchmark
        return []
    return [str(p.text_content()) for p in tree.iter("p")]


def make_corpus(n: int, seed: int) -> list[str]:
    """``n`` article bodies of 3-8 paragraphs; every digit run is redrawn so that most
    sentences differ between articles (a cache cannot make the layer look faster)."""
    rng = random.Random(seed)
    pool = list(PARAGRAPHS) + _sample_paragraphs()

    def redraw(m: re.Match[str]) -> str:
        width = len(m.group(0))
        return str(rng.randint(10 ** (width - 1) if width > 1 else 1, 10**width - 1))

    bodies = []
    for _ in range(n):
        paras = rng.sample(pool, rng.randint(3, 8))
        bodies.append("\n\n".join(_DIGITS.sub(redraw, p) for p in paras))
    return bodies


def _article(body: str) -> Article:
    data = body.encode("utf-8")
    return Article(
        id=article_id_for(data),
        source="bench",
        input_hash=sha256_hex(data),
        producer="bench",
        body=body,
        published="2025-03-19T07:00:00+09:00",
    )


def time_layer(
    bodies: Sequence[str], mode: str, parser: Parser | None, *, batched: bool = True
) -> tuple[float, list[Any]]:
    """Seconds for analyze_articles (or analyze_article one by one) over all bodies, and the
    analyses. Rejections would show up as non-AnalyzedArticle items and are counted."""
    kb = load_kb()
    settings = NlpSettings(parse=mode)
    articles = [_article(b) for b in bodies]
    t0 = time.perf_counter()
    if batched:
        out = list(analyze_articles(articles, settings=settings, parser=parser, kb=kb))
    else:
        out = [analyze_article(a, settings=settings, parser=parser, kb=kb) for a in articles]
    return time.perf_counter() - t0, out


def time_default_ginza(sentences: Sequence[str]) -> tuple[float, float, list[Any]]:
    """(load seconds, parse seconds, docs) for spacy.load("ja_ginza") with all defaults."""
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load("ja_ginza")
    t1 = time.perf_counter()
    docs = list(nlp.pipe(sentences, batch_size=64))
    return t1 - t0, time.perf_counter() - t1, docs


def time_sudachi(sentences: Sequence[str]) -> float:
    """Seconds to tokenise every sentence with raw SudachiPy in SplitMode.C."""
    from sudachipy import Dictionary, SplitMode

    tok = Dictionary().create()
    t0 = time.perf_counter()
    for s in sentences:
        tok.tokenize(s, SplitMode.C)
    return time.perf_counter() - t0


def agreement(fast: Sequence[Sequence[Any]], docs: Sequence[Any]) -> dict[str, float]:
    """Share of tokens on which the fast parser agrees with default GiNZA."""
    same: dict[str, int] = {"tokens": 0, "head": 0, "dep": 0, "pos": 0, "tag": 0, "lemma": 0}
    total = 0
    for toks, doc in zip(fast, docs, strict=True):
        total += len(doc)
        if [t.surface for t in toks] != [t.text for t in doc]:
            continue
        same["tokens"] += len(doc)
        for t, d in zip(toks, doc, strict=True):
            same["head"] += t.head == d.head.i
            same["dep"] += t.dep == d.dep_
            same["pos"] += t.pos == d.pos_
            same["tag"] += t.tag == d.tag_
            same["lemma"] += t.lemma == d.lemma_
    return {k: v / max(total, 1) for k, v in same.items()}


def caseframe_agreement(parser: Parser) -> None:
    """Print how the case-frame analysis agrees with ``parser`` (GiNZA, projected as the
    layer stores it) on the sentences of the written and sample paragraphs."""
    from storyline.nlp.caseframe import Limits, analyze
    from storyline.nlp.sentences import split_sentences

    paras = list(PARAGRAPHS) + _sample_paragraphs()
    texts = list(dict.fromkeys(s.text for p in paras for s in split_sentences(p) if s.text.strip()))
    cues = load_event_cues()
    limits = Limits()
    kept = [(t, a) for t in texts if (a := analyze(t, limits)).confident]
    gold = parser.parse([t for t, _ in kept])
    n = same_tokens = pos = uas = las = 0
    for (_, a), g in zip(kept, gold, strict=True):
        n += len(g)
        if [t.surface for t in a.tokens] != [t.surface for t in g]:
            continue
        same_tokens += len(g)
        for x, y in zip(a.tokens, g, strict=True):
            pos += x.pos == y.pos
            uas += x.head == y.head
            las += x.head == y.head and x.dep == y.dep
    ev = [t for t in texts if cues.find(t) is not None]
    ev_kept = {t for t, _ in kept}
    ev_chars = sum(len(t) for t in ev)
    print(f"case-frame agreement with GiNZA on {len(kept):,} kept of {len(texts):,} distinct sentences "
          f"(limits {limits}): tokens {same_tokens / max(n, 1):.2%}, UPOS {pos / max(n, 1):.2%}, "
          f"UAS {uas / max(n, 1):.2%}, LAS {las / max(n, 1):.2%}")  # fmt: skip
    print(f"  of the sentences with an event cue, the rules keep "
          f"{sum(t in ev_kept for t in ev):,}/{len(ev):,} "
          f"({sum(len(t) for t in ev if t in ev_kept) / max(ev_chars, 1):.1%} of their chars)")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--baseline-sentences", type=int, default=300)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--seed", type=int, default=20250319)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument(
        "--one-by-one",
        type=int,
        default=100,
        help="articles also timed with one analyze_article call each",
    )
    ap.add_argument("--agreement-only", action="store_true", help="only step 7")
    args = ap.parse_args(argv)
    if args.agreement_only:
        caseframe_agreement(load_parser(memory_cache=False))
        return 0

    bodies = make_corpus(args.articles, args.seed)
    chars = sum(map(len, bodies))
    t0 = time.perf_counter()
    parser = load_parser(memory_cache=False, processes=args.processes, batch_size=args.batch_size)
    load_fast = time.perf_counter() - t0
    t_none, _ = time_layer(bodies, "none", None)
    t_layer, results = time_layer(bodies, "events", parser)
    analyses = [a for a in results if isinstance(a, AnalyzedArticle)]
    few = bodies[: args.one_by_one]
    t_single, _ = time_layer(few, "events", parser, batched=False)
    hybrid = load_parser(
        memory_cache=False, processes=args.processes, batch_size=args.batch_size, router="hybrid"
    )
    t_hybrid, _ = time_layer(bodies, "events", hybrid)

    sentences: list[Sentence] = [s for a in analyses for s in a.sentences]
    texts = [s.text for s in sentences if s.text.strip()]
    parsed = [s for s in sentences if s.parsed]
    rng = random.Random(args.seed)
    sub = rng.sample(texts, min(args.baseline_sentences, len(texts)))
    sub_chars = sum(map(len, sub))
    load_default, t_default, docs = time_default_ginza(sub)
    t1 = time.perf_counter()
    fast_sub = parser.parse(sub)  # memory cache is off: really parsed again
    t_fast_sub = time.perf_counter() - t1
    t_sudachi = time_sudachi(texts)
    rate_default = sub_chars / t_default
    rate_layer = chars / t_layer
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    agree = agreement(fast_sub, docs)

    print(
        f"corpus: {len(bodies)} articles, {chars:,} chars, {len(texts):,} sentences, "
        f"{len(results) - len(analyses)} rejected"
    )
    print(f"events mode parses {len(parsed):,}/{len(texts):,} sentences "
          f"({len(parsed) / len(texts):.1%}), {sum(len(s.text) for s in parsed) / sum(map(len, texts)):.1%} of chars "
          f"(cue list v{load_event_cues().version}); parser failures {parser.failures}")  # fmt: skip
    print(f"{'what':<58}{'seconds':>10}{'chars/s':>12}")
    rows = [
        ("layer, events mode, fast parser, no parse reuse", t_layer, rate_layer),
        (f"  same, one analyze_article call per article ({len(few)} articles)", t_single,
         sum(map(len, few)) / t_single),
        ("layer, events mode, nlp.parser=hybrid, no parse reuse", t_hybrid, chars / t_hybrid),
        ("layer, parse=none (sentences/actors/times/quantities)", t_none, chars / t_none),
        (f"default GiNZA, {len(sub)}-sentence subsample ({sub_chars:,} chars)", t_default, rate_default),
        ("default GiNZA, whole corpus (EXTRAPOLATED from the subsample)", chars / rate_default, rate_default),
        ("fast parser alone, same subsample (all its sentences)", t_fast_sub, sub_chars / t_fast_sub),
        ("raw SudachiPy SplitMode.C, every sentence", t_sudachi, sum(map(len, texts)) / t_sudachi),
    ]  # fmt: skip
    for name, secs, rate in rows:
        print(f"{name:<58}{secs:>10.2f}{rate:>12,.0f}")
    print(
        f"model load: fast parser {load_fast:.1f}s, default GiNZA {load_default:.1f}s (not in the rates)"
    )
    print(
        f"speed-up of the layer over default GiNZA: {rate_layer / rate_default:.1f}x (target 20x)"
    )
    routed = hybrid.fast_chars + hybrid.model_chars
    print(f"hybrid: case-frame rules took {hybrid.fast_calls:,} of {hybrid.model_calls + hybrid.fast_calls:,} "
          f"parsed sentences, {hybrid.fast_chars / max(routed, 1):.1%} of parsed chars; GiNZA parsed "
          f"{hybrid.model_chars / chars:.1%} of all chars")  # fmt: skip
    print(
        f"speed-up of the hybrid layer over default GiNZA: {chars / t_hybrid / rate_default:.1f}x (target 20x)"
    )
    print("fast parser vs default GiNZA on the subsample: "
          + ", ".join(f"{k} {v:.2%}" for k, v in agree.items()))  # fmt: skip
    caseframe_agreement(parser)
    print(f"peak memory (ru_maxrss, both models loaded): {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
