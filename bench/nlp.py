"""Speed of the nlp layer against default GiNZA and raw SudachiPy, in one run.

Usage::

    .venv/bin/python bench/nlp.py [--articles 1000] [--baseline-sentences 300] [--processes 2]

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
   (``--agreement-only`` runs just this);
8. the layer (``ginza`` and ``hybrid``, then ``parse = "none"``) over the worker pool of
   ``nlp.processes = --processes`` (:mod:`storyline.nlp.pool`), with the pool's start-up
   time (fork until every worker is ready; inside the row's wall time).

The layer rows (1, 2 and 6 in one process, 8 over the pool) give wall time and CPU time
(user + system of this process and its joined workers, ``os.times``) with the characters
per CPU-second. It prints the speed-up of every layer row over default GiNZA, the
share of sentences and characters that ``events`` mode parses, the load average (the machine
is shared), and peak memory: of this process (``ru_maxrss``), of the largest worker
(``RUSAGE_CHILDREN``'s ``ru_maxrss`` is a maximum over children, not a sum), and of the whole
process tree during the pool rows (the peak of the summed ``Pss`` of every process, sampled
every second: pages the forked workers share with the parent are counted once; the
sampling's own CPU time is taken out of the pool rows' CPU time).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import threading
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
from storyline.nlp.pool import last_stats  # noqa: E402

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


#: The publication time every bench body is given (bench/nlp_same.py drops it from some).
PUBLISHED = "2025-03-19T07:00:00+09:00"


def bench_article(body: str, published: str | None = PUBLISHED) -> Article:
    data = body.encode("utf-8")
    return Article(
        id=article_id_for(data),
        source="bench",
        input_hash=sha256_hex(data),
        producer="bench",
        body=body,
        published=published,
    )


def _cpu() -> float:
    """User + system CPU seconds of this process and of its waited-for children (the pool's
    workers are joined before analyze_articles returns, so they are included)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def time_layer(
    bodies: Sequence[str],
    mode: str,
    parser: Parser | None,
    *,
    batched: bool = True,
    processes: int = 1,
    tree: TreeMemory | None = None,
) -> tuple[float, float, list[Any]]:
    """(wall seconds, CPU seconds of the process tree, analyses) for analyze_articles with
    ``processes`` (or analyze_article one by one) over all bodies. The CPU time of ``tree``'s
    sampling thread is subtracted. Rejections would show up as non-AnalyzedArticle items and
    are counted."""
    kb = load_kb()
    settings = NlpSettings(parse=mode)
    articles = [bench_article(b) for b in bodies]
    sampler = tree.cpu if tree is not None else 0.0
    c0, t0 = _cpu(), time.perf_counter()
    if batched:
        out = list(
            analyze_articles(articles, settings=settings, parser=parser, kb=kb, processes=processes)
        )
    else:
        out = [analyze_article(a, settings=settings, parser=parser, kb=kb) for a in articles]
    cpu = _cpu() - c0 - ((tree.cpu - sampler) if tree is not None else 0.0)
    return time.perf_counter() - t0, cpu, out


class TreeMemory:
    """Samples, in a thread, the proportional set size (Pss: shared pages split between the
    processes sharing them, so forked workers' copy-on-write pages are not counted twice) of
    this process plus its children, and keeps the peak of the sum. Linux only (/proc).
    Reading smaps_rollup walks a process's page tables (about 20 ms of CPU for a process with
    GiNZA loaded), so it samples once a second and counts its own CPU time in ``cpu``."""

    def __init__(self, every: float = 1.0) -> None:
        self.peak_kb = 0
        self.cpu = 0.0
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _pss_kb(pid: int | str) -> int:
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:  # the process ended meanwhile, or no /proc
            return 0
        m = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
        return int(m.group(1)) if m else 0

    def _children(self) -> list[str]:
        out: list[str] = []
        for task in Path("/proc/self/task").glob("*"):
            try:
                out.extend((task / "children").read_text().split())
            except OSError:
                continue
        return out

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            c0 = time.thread_time()
            total = self._pss_kb("self") + sum(self._pss_kb(p) for p in self._children())
            self.peak_kb = max(self.peak_kb, total)
            self.cpu += time.thread_time() - c0

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


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
    ap.add_argument("--processes", type=int, default=2, help="workers of the pool rows")
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

    print(f"load average at start: {_load()}")
    bodies = make_corpus(args.articles, args.seed)
    chars = sum(map(len, bodies))
    t0 = time.perf_counter()
    parser = load_parser(memory_cache=False, batch_size=args.batch_size)
    hybrid = load_parser(memory_cache=False, batch_size=args.batch_size, router="hybrid")
    load_fast = time.perf_counter() - t0
    # (name, wall seconds, CPU seconds, pool start-up seconds or None)
    layer: list[tuple[str, float, float, float | None]] = []
    t_none, c_none, _ = time_layer(bodies, "none", None)
    t_layer, c_layer, results = time_layer(bodies, "events", parser)
    layer.append(("layer, events, ginza, in-process", t_layer, c_layer, None))
    analyses = [a for a in results if isinstance(a, AnalyzedArticle)]
    few = bodies[: args.one_by_one]
    t_single, _, _ = time_layer(few, "events", parser, batched=False)
    t_hybrid, c_hybrid, _ = time_layer(bodies, "events", hybrid)
    layer.append(("layer, events, hybrid, in-process", t_hybrid, c_hybrid, None))
    routed = hybrid.counters()  # before the pool rows add their workers' counts
    n = args.processes
    with TreeMemory() as tree:
        for name, p in (("ginza", parser), ("hybrid", hybrid)):
            t, c, out = time_layer(bodies, "events", p, processes=n, tree=tree)
            stats = last_stats()
            start = stats.start_seconds if stats is not None else float("nan")
            layer.append((f"layer, events, {name}, pool of {n}", t, c, start))
            if out != results and name == "ginza":
                print("WARNING: the pool's ginza analyses differ from the in-process ones")
        t_pool_none, c_pool_none, _ = time_layer(bodies, "none", None, processes=n, tree=tree)
    load_after_layer = _load()

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
    agree = agreement(fast_sub, docs)

    print(
        f"corpus: {len(bodies)} articles, {chars:,} chars, {len(texts):,} sentences, "
        f"{len(results) - len(analyses)} rejected"
    )
    print(f"events mode parses {len(parsed):,}/{len(texts):,} sentences "
          f"({len(parsed) / len(texts):.1%}), {sum(len(s.text) for s in parsed) / sum(map(len, texts)):.1%} of chars "
          f"(cue list v{load_event_cues().version}); parser failures {parser.failures}")  # fmt: skip
    print(f"{'what':<58}{'seconds':>9}{'chars/s':>10}{'CPU s':>8}{'c/CPU-s':>9}")
    rows = [
        *((nm, t, chars / t, c) for nm, t, c, _ in layer),
        (f"  ginza, one analyze_article call per article ({len(few)} articles)", t_single,
         sum(map(len, few)) / t_single, None),
        ("layer, parse=none (sentences/actors/times/quantities)", t_none, chars / t_none, c_none),
        (f"layer, parse=none, pool of {n}", t_pool_none, chars / t_pool_none, c_pool_none),
        (f"default GiNZA, {len(sub)}-sentence subsample ({sub_chars:,} chars)", t_default,
         rate_default, None),
        ("default GiNZA, whole corpus (EXTRAPOLATED from the subsample)", chars / rate_default,
         rate_default, None),
        ("fast parser alone, same subsample (all its sentences)", t_fast_sub,
         sub_chars / t_fast_sub, None),
        ("raw SudachiPy SplitMode.C, every sentence", t_sudachi,
         sum(map(len, texts)) / t_sudachi, None),
    ]  # fmt: skip
    for name, secs, rate, cpu in rows:
        cpu_cols = f"{cpu:>8.1f}{chars / cpu:>9,.0f}" if cpu else ""
        print(f"{name:<58}{secs:>9.2f}{rate:>10,.0f}{cpu_cols}")
    print(
        f"model load: fast parsers (ginza + hybrid) {load_fast:.1f}s, default GiNZA "
        f"{load_default:.1f}s (not in the rates)"
    )
    for name, wall, _, up in layer:
        extra = f" (pool start-up {up:.2f}s, inside the wall time)" if up is not None else ""
        print(f"speed-up over default GiNZA, {name}: {chars / wall / rate_default:.1f}x "
              f"(target 20x){extra}")  # fmt: skip
    fast_chars, model_chars = routed["fast_chars"], routed["model_chars"]
    print(f"hybrid: case-frame rules took {routed['fast_calls']:,} of "
          f"{routed['model_calls'] + routed['fast_calls']:,} parsed sentences, "
          f"{fast_chars / max(fast_chars + model_chars, 1):.1%} of parsed chars; GiNZA parsed "
          f"{model_chars / chars:.1%} of all chars")  # fmt: skip
    print("fast parser vs default GiNZA on the subsample: "
          + ", ".join(f"{k} {v:.2%}" for k, v in agree.items()))  # fmt: skip
    caseframe_agreement(parser)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"peak memory: this process {own:,.0f} MB (ru_maxrss; both fast parsers and default "
        f"GiNZA loaded); largest worker {child:,.0f} MB (RUSAGE_CHILDREN ru_maxrss, which is a "
        f"maximum, not a sum); process tree during the pool rows {tree.peak_kb / 1024:,.0f} MB "
        f"(peak of the summed Pss, sampled every second: pages shared copy-on-write counted once)"
    )
    print(f"load average: after the layer rows {load_after_layer}, at the end {_load()}")
    return 0


def _load() -> str:
    """The 1/5/15-minute load averages (the machine is shared; figures need them beside)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    raise SystemExit(main())
