"""Tests for storyline.nlp.actors: a gold set with precision/recall floors, and focused cases."""

from __future__ import annotations

import itertools
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.models import ActorMention, Sentence
from storyline.nlp.actors import link_actors
from storyline.nlp.kb import KnowledgeBase, load_kb

HERE = Path(__file__).parent
GOLD = HERE / "gold" / "actors.jsonl"
BASELINE = HERE / "baseline_actors.json"
SEEDS = HERE.parents[1] / ".." / "shared" / "seeds"  # ../shared/seeds from the repo root

Span = tuple[str, int, int]


@cache
def _kb() -> KnowledgeBase:
    return load_kb()


def load_gold() -> list[dict[str, Any]]:
    """Read the gold set; each mention's offsets are found from its surface, left to right
    (``same`` marks a second mention sharing the previous span, as in 両首脳)."""
    rows = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        cursor, spans, prev = 0, [], (0, 0)
        for m in row["mentions"]:
            start = prev[0] if m.get("same") else row["text"].index(m["surface"], cursor)
            end = start + len(m["surface"])
            spans.append({**m, "start": start, "end": end})
            cursor, prev = end, (start, end)
        rows.append({**row, "spans": spans})
    return rows


def score(rows: list[dict[str, Any]]) -> tuple[float, float, list[str]]:
    """Micro precision and recall of (entity, start, end) over the gold, and the misses."""
    tp = fp = fn = 0
    misses = []
    for row in rows:
        gold: set[Span] = {(m["entity"], m["start"], m["end"]) for m in row["spans"]}
        got: set[Span] = {(m.entity, m.start, m.end) for m in link_actors(row["text"], kb=_kb())}
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
        for e, s, t in sorted(got - gold):
            misses.append(f"{row['id']} FP {e} {row['text'][s:t]}")
        for e, s, t in sorted(gold - got):
            misses.append(f"{row['id']} FN {e} {row['text'][s:t]}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, misses


def test_gold_is_large_and_well_formed() -> None:
    rows = load_gold()
    assert len(rows) >= 170
    for row in rows:
        for m in row["spans"]:
            assert row["text"][m["start"] : m["end"]] == m["surface"]
            assert m["entity"].startswith("provisional:") or _kb().get(m["entity"]), m


def test_gold_precision_and_recall_floors() -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    precision, recall, misses = score(load_gold())
    assert precision >= floors["precision"], misses
    assert recall >= floors["recall"], misses
    # The issue's own bar, whatever the pinned floors say.
    assert precision >= 0.95 and recall >= 0.90, misses


def test_gold_titles_match() -> None:
    """Every gold mention that is found carries the title the gold gives."""
    wrong = []
    for row in load_gold():
        got = {(m.entity, m.start, m.end): m for m in link_actors(row["text"], kb=_kb())}
        for g in row["spans"]:
            m = got.get((g["entity"], g["start"], g["end"]))
            if m is not None and not m.coref and m.title != g.get("title"):
                wrong.append((row["id"], g["surface"], m.title, g.get("title")))
    assert not wrong


# --------------------------------------------------------------------------- focused cases

Row = tuple[str, str, str | None]  # (entity, surface, title)

CASES: list[tuple[str, list[Row]]] = [
    # titles and country prefixes
    ("トランプ前米大統領が演説した。", [("donald_trump", "トランプ前米大統領", "前大統領")]),
    ("トランプ米前大統領が演説した。", [("donald_trump", "トランプ米前大統領", "前大統領")]),
    ("トランプ次期大統領が指名した。", [("donald_trump", "トランプ次期大統領", "次期大統領")]),
    ("プーチン露大統領が表明した。", [("vladimir_putin", "プーチン露大統領", "大統領")]),
    ("ルビオ国務長官が訪日した。", [("marco_rubio", "ルビオ国務長官", "国務長官")]),
    ("岩屋外務大臣が会見した。", [("takeshi_iwaya", "岩屋外務大臣", "外務大臣")]),
    ("トランプ氏が語った。", [("donald_trump", "トランプ氏", None)]),
    # traps: a short name inside a longer word, common words that look like names
    ("米価が上がった。", []),
    ("新米が店に並んだ。", []),
    ("森林の面積が減った。", []),
    ("マスクの着用を求めた。", []),
    ("ワシントン・ポストが報じた。", []),
    ("欧米と北米の市場。", []),
    ("日中は気温が上がる。", []),
    ("日本郵政が発表した。", []),
    ("www.bbc.com と cnn.co.jp/usa を参照。", []),
    ("部品メーカー社長が答えた。", []),
    ("石破茂首相が述べた。", [("shigeru_ishiba", "石破茂首相", "首相")]),
    ("日本製鉄が発表した。", [("nippon_steel", "日本製鉄", None)]),
    ("ロシア語で話した。", [("russia", "ロシア", None)]),
    # prefixes standing alone and in runs
    ("米ロ首脳が協議した。", [("united_states", "米", None), ("russia", "ロ", None)]),
    (
        "日米韓の外相。",
        [("japan", "日", None), ("united_states", "米", None), ("south_korea", "韓", None)],
    ),
    ("露軍が攻撃した。", [("russia", "露", None)]),
    ("全国日日新聞が報じた。", []),
    ("独フォルクスワーゲンが発表した。", [("germany", "独", None)]),
    ("米ドルが上昇した。", []),
    ("米アップルが発表した。", [("apple", "米アップル", None)]),
    # another country's ministry is not Japan's 外務省: a provisional body named with it
    (
        "英外務省が声明を出した。",
        [("united_kingdom", "英", None), ("provisional:英外務省", "外務省", None)],
    ),
    (
        "韓国外務省が抗議した。",
        [("south_korea", "韓国", None), ("provisional:韓国外務省", "外務省", None)],
    ),
    (
        "イスラエル保健省によると",
        [("israel", "イスラエル", None), ("provisional:イスラエル保健省", "保健省", None)],
    ),
    (
        "三菱商事と早稲田大学",
        [
            ("provisional:三菱商事", "三菱商事", None),
            ("provisional:早稲田大学", "早稲田大学", None),
        ],
    ),
    ("最大野党と少数与党、第1党、出版社", []),
    ("スポーツ新聞社とアイドルグループ", []),
    ("問い合わせ先\n東都メトロ株式会社", [("provisional:東都メトロ", "東都メトロ株式会社", None)]),
    ("アオバ電機が発表した。", [("provisional:アオバ電機", "アオバ電機", None)]),
    ("露外務省が反発した。", [("russian_mfa", "露外務省", None)]),
    # weak aliases need a title or honorific
    ("林官房長官が述べた。", [("yoshimasa_hayashi", "林官房長官", "官房長官")]),
    ("菅前首相が語った。", [("yoshihide_suga", "菅前首相", "前首相")]),
    ("マスク氏が投稿した。", [("elon_musk", "マスク氏", None)]),
    # unknown names
    ("山本一郎社長が会見した。", [("provisional:山本一郎", "山本一郎社長", "社長")]),
    ("ハートマン報道官が答えた。", [("provisional:ハートマン", "ハートマン報道官", "報道官")]),
    ("株式会社ソラノが上場した。", [("provisional:ソラノ", "株式会社ソラノ", None)]),
    ("ミドリ電装株式会社が発表した。", [("provisional:ミドリ電装", "ミドリ電装株式会社", None)]),
    # a company introduced by its industry (X大手Y, X大手のY); not 大手 as a plain adjective
    (
        "航空機大手ボーイングは発表した。",
        [("boeing", "ボーイング", None)],
    ),
    ("製薬大手の小林製薬は回収した。", [("provisional:小林製薬", "小林製薬", None)]),
    ("大手銀行と自動車大手3社、自動車大手メーカー", []),
    # another country's body of the same name (with の, or bare 連邦議会: ambiguous)
    (
        "ドイツの社会民主党が勝った。",
        [("germany", "ドイツ", None), ("spd_germany", "社会民主党", None)],
    ),
    ("日本の外務省が発表した。", [("japan", "日本", None), ("mofa_japan", "外務省", None)]),
    ("連邦議会で可決された。", []),
    # players: 選手 and 投手 are titles, so a surname alone links before them
    ("大谷選手が本塁打を放った。", [("shohei_ohtani", "大谷選手", "選手")]),
    ("代表選手が集まった。", []),
    # a surname alias followed by another given name is another person
    ("岸田光哉社長が会見した。", [("provisional:岸田光哉", "岸田光哉社長", "社長")]),
    ("岸田文雄首相が述べた。", [("fumio_kishida", "岸田文雄首相", "首相")]),
    # full-width Latin
    ("ＮＡＴＯとＥＵの首脳。", [("nato", "ＮＡＴＯ", None), ("european_union", "ＥＵ", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_focused_cases(text: str, expected: list[Row]) -> None:
    got = [(m.entity, m.surface, m.title) for m in link_actors(text, kb=_kb())]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "marker", "expected"),
    [
        ("佐藤恒治社長が語った。同氏は慎重だった。", "同氏", ["koji_sato"]),
        ("トヨタは増益だった。同社の株価は上がった。", "同社", ["toyota"]),
        ("トヨタと財務省が協議した。同社は反対した。", "同社", ["toyota"]),  # not the ministry
        ("韓国は抗議した。同国の外相が会見した。", "同国", ["south_korea"]),
        ("マクロン大統領が来日した。同大統領は語った。", "同大統領", ["emmanuel_macron"]),
        ("トランプ大統領とプーチン大統領が協議した。ペスコフ報道官は両首脳が再び話すと述べた。",
         "両首脳", ["donald_trump", "vladimir_putin"]),
        ("岸田氏と石破氏が会った。両氏は握手した。", "両氏", ["fumio_kishida", "shigeru_ishiba"]),
        ("同氏の発言が注目された。", "同氏", []),  # nothing to point back to
        ("ホンダと日産が協議した。両社は統合を目指す。", "両社", ["honda", "nissan"]),
        ("米国とロシアが協議した。両国は捕虜を交換する。", "両国", ["united_states", "russia"]),
        ("ロシアとウクライナは18日、双方が捕虜を解放した。", "双方", ["russia", "ukraine"]),
        # listed beside the marker: 米国と両国 are three; a country owning a place is a place
        ("ロシアとウクライナが対立した。米国と両国は協議した。", "両国", ["russia", "ukraine"]),
        ("ロシアとウクライナの代表がサウジアラビアの首都リヤドで会った。両国は一致した。",
         "両国", ["russia", "ukraine"]),
        ("トヨタとホンダが提携した。日産と両社は協議する。", "両社", ["toyota", "honda"]),
        # a former leader is not one of 両首脳
        ("バイデン前大統領は批判した。石破首相とトランプ大統領が会談した。両首脳は一致した。",
         "両首脳", ["shigeru_ishiba", "donald_trump"]),
        # the agency in a bracketed dateline is not what 同社 refers to
        ("[ロンドン 4日 ロイター] - 英紙が報じた。同社は否定した。", "同社", []),
        ("【ロイター】トヨタは増益だった。同社は語った。", "同社", ["toyota"]),
    ],
)  # fmt: skip
def test_coreference(text: str, marker: str, expected: list[str]) -> None:
    found = [m for m in link_actors(text, kb=_kb()) if m.surface == marker]
    assert sorted(m.entity for m in found) == sorted(expected)
    assert all(m.coref for m in found)


def test_mention_fields() -> None:
    (m,) = link_actors("トランプ前米大統領", kb=_kb())
    assert m == ActorMention(
        entity="donald_trump",
        name="Donald Trump",
        wikidata="Q22686",
        surface="トランプ前米大統領",
        start=0,
        end=9,
        kind="person",
        title="前大統領",
        country_prefix="米",
    )
    (p,) = link_actors("山本一郎社長", kb=_kb())
    assert p.provisional and p.wikidata is None and p.kind == "person"


def test_seed_title_error_is_kept() -> None:
    """Seed 001 calls Trump 前米大統領 for March 2025: the mention keeps that title."""
    (seed,) = sorted(SEEDS.glob("001_*.txt"))
    text = seed.read_text(encoding="utf-8")
    mentions = link_actors(text, kb=_kb())
    former = [m for m in mentions if m.surface == "トランプ前米大統領"]
    assert former, "seed 001 has トランプ前米大統領"
    for m in former:
        assert (m.entity, m.title, m.country_prefix) == ("donald_trump", "前大統領", "米")
        assert text[m.start : m.end] == m.surface
    assert _kb().held("donald_trump", former[0].title or "", on="2025-03-18") is False


def test_offsets_and_sentences_agree_on_seeds() -> None:
    """Surfaces are the text at the offsets, and passing sentences changes nothing."""
    tokenizer = None
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        plain = link_actors(text, kb=_kb())
        assert all(text[m.start : m.end] == m.surface for m in plain)
        sentences, pos = [], 0
        for n, line in enumerate(text.split("\n")):
            sentences.append(Sentence(index=n, start=pos, end=pos + len(line), text=line))
            pos += len(line) + 1
        assert link_actors(text, kb=_kb(), sentences=sentences, tokenizer=tokenizer) == plain


def test_long_text_is_chunked_below_the_sudachi_limit() -> None:
    """One paragraph over 49,149 bytes: SudachiPy would refuse it whole."""
    sentence = "トランプ大統領は関税について説明した。"
    text = sentence * 3000  # about 171,000 bytes, no line break
    mentions = link_actors(text, kb=_kb())
    assert len(mentions) == 3000
    assert mentions[-1].start == len(text) - len(sentence)


def test_empty_text_and_reused_tokenizer() -> None:
    from sudachipy import dictionary

    assert link_actors("", kb=_kb()) == ()
    assert link_actors(" \n ", kb=_kb()) == ()
    tok = dictionary.Dictionary().create()
    assert link_actors("プーチン大統領", kb=_kb(), tokenizer=tok)[0].entity == "vladimir_putin"


def test_user_kb_entities_are_linked(tmp_path: Path) -> None:
    path = tmp_path / "kb.json"
    person = {"key": "taro_minato", "name": "Taro Minato", "kind": "person",
              "aliases": ["湊太郎"], "roles": [{"title": "市長", "org": None, "start": "2023-04"}]}  # fmt: skip
    path.write_text(json.dumps({"version": "t1", "entities": [person]}), encoding="utf-8")
    (m,) = link_actors("湊太郎市長が会見した。", kb=load_kb([path]))
    assert (m.entity, m.title, m.provisional) == ("taro_minato", "市長", False)


_FRAGMENTS = [
    "トランプ", "前", "米", "大統領", "氏", "プーチン", "露", "・", "ウクライナ", "同氏", "同社",
    "両首脳", "日", "中", "ロ", "米価", "株式会社", "ミライ", "社", "は", "、", "。", "\n", "林",
    "官房長官", "山田", "太郎", "ＮＡＴＯ", "EU", "usa", ".", "省", "党", "1", "ｶﾀｶﾅ", "😀", " ",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25))
def test_any_text_gives_consistent_mentions(parts: list[str]) -> None:
    """Whatever the text, mentions sit on their surfaces and known ones never overlap."""
    text = "".join(parts)
    mentions = link_actors(text, kb=_kb())
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
    spans = sorted({(m.start, m.end) for m in mentions})
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
