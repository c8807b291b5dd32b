"""Tests of storyline.nlp.parser and storyline.nlp.cache.

Most tests use a tiny fake pipeline (no model) so the cache and batching logic run in
milliseconds; the few that load GiNZA are marked ``model`` and share one parser.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import storyline.nlp.parser as parser_module
from storyline.config import NlpSettings
from storyline.errors import ConfigError, ModelNotAvailable, StoreError
from storyline.models import Sentence, Token
from storyline.nlp.cache import DiskCache
from storyline.nlp.parser import (
    MAX_PIECE_CHARS,
    Parser,
    _parse_cues,
    _split_long,
    load_event_cues,
    load_parser,
    normalize_dep,
    select_sentences,
)

# --------------------------------------------------------------------------- a fake pipeline


class FakeNlp:
    """Splits on characters; every token hangs on the last one. Counts texts it parses."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.texts: list[str] = []
        self.fail_on = fail_on
        self.n_process: list[int] = []

    def _doc(self, text: str) -> list[Any]:
        if self.fail_on is not None and self.fail_on in text:
            raise RuntimeError("boom")
        self.texts.append(text)
        last = len(text) - 1
        head = SimpleNamespace(i=last)
        return [
            SimpleNamespace(
                i=n, idx=n, text=ch, lemma_=ch, pos_="X", tag_="記号", dep_="dep_bunsetu", head=head
            )
            for n, ch in enumerate(text)
        ]

    def __call__(self, text: str) -> list[Any]:
        return self._doc(text)

    def pipe(self, texts: Sequence[str], *, batch_size: int, n_process: int) -> Iterator[Any]:
        self.n_process.append(n_process)
        for t in texts:
            yield self._doc(t)


def fake_parser(**kw: Any) -> tuple[Parser, FakeNlp]:
    nlp = FakeNlp(kw.pop("fail_on", None))
    return Parser(nlp, model="fake", model_version="0", **kw), nlp


# --------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("label", "expected"),
    [("nsubj_bunsetu", "nsubj"), ("obl_bunsetu", "obl"), ("nsubj", "nsubj"), ("ROOT", "ROOT")],
)
def test_normalize_dep(label: str, expected: str) -> None:
    assert normalize_dep(label) == expected


@pytest.mark.parametrize(
    "text",
    ["短い文。", "あ" * (MAX_PIECE_CHARS * 3 + 7), ("項目、" * 500), "空白 区切り " * 200],
)
def test_split_long_covers_text_in_bounded_pieces(text: str) -> None:
    pieces = _split_long(text)
    assert "".join(p for _, p in pieces) == text
    assert all(text[off : off + len(p)] == p for off, p in pieces)
    assert all(0 < len(p) <= MAX_PIECE_CHARS for _, p in pieces)


def test_split_long_prefers_punctuation() -> None:
    text = "あ" * (MAX_PIECE_CHARS - 10) + "、" + "い" * 100
    (_, first), _ = _split_long(text)
    assert first.endswith("、")


# --------------------------------------------------------------------------- event cues


def test_bundled_cues_are_many_and_versioned() -> None:
    cues = load_event_cues()
    assert len(cues.stems) >= 150
    assert cues.version != "0"
    for stem in ("会談", "合意", "拒否", "述べ", "明らかにし", "逮捕", "買収"):
        assert stem in cues.stems


def test_parse_cues_format() -> None:
    cues = _parse_cues("# comment\n# version: 7\n\n会談\n 合意 \n# 拒否\n会談\n")
    assert cues.version == "7"
    assert cues.stems == ("会談", "合意")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("両首脳は電話で会談した。", True),
        ("外相は停戦案を拒否する考えを示した。", True),
        ("報道官は記者団に述べた。", True),
        ("警察は男を逮捕した。", True),
        ("同社は競合を買収すると発表した。", True),
        ("市の人口は約30万人で、県内で2番目に多い。", False),
        ("この日の東京は晴れて、最高気温は35度を超えた。", False),
        ("", False),
    ],
)
def test_event_cue_detection(text: str, expected: bool) -> None:
    assert (load_event_cues().find(text) is not None) is expected


def _sentences(*texts: str) -> tuple[Sentence, ...]:
    out, pos = [], 0
    for n, t in enumerate(texts):
        out.append(Sentence(index=n, start=pos, end=pos + len(t), text=t))
        pos += len(t)
    return tuple(out)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("events", [0, 2]), ("all", [0, 1, 2]), ("none", [])],
)
def test_select_sentences_modes(mode: str, expected: list[int]) -> None:
    sents = _sentences("両国は協議で合意した。", "空は青かった。", "首相は訪問先で述べた。", "  ")
    assert [s.index for s in select_sentences(sents, mode)] == expected


def test_select_sentences_rejects_unknown_mode() -> None:
    with pytest.raises(ConfigError, match=r"nlp\.parse"):
        select_sentences(_sentences("会談した。"), "some")


# --------------------------------------------------------------------------- cache (fake model)


def test_parser_projects_tokens_relative_to_sentence() -> None:
    parser, _ = fake_parser()
    (toks,) = parser.parse(["abc"])
    assert [(t.i, t.start, t.end, t.surface, t.head, t.dep) for t in toks] == [
        (0, 0, 1, "a", 2, "dep"),
        (1, 1, 2, "b", 2, "dep"),
        (2, 2, 3, "c", 2, "dep"),
    ]


def test_memory_cache_skips_the_model() -> None:
    parser, nlp = fake_parser()
    first = parser.parse(["一つ目。", "二つ目。", "一つ目。"])
    assert nlp.texts == ["一つ目。", "二つ目。"]  # duplicates inside one call parsed once
    again = parser.parse(["二つ目。", "一つ目。"])
    assert nlp.texts == ["一つ目。", "二つ目。"]  # no new model call
    assert again == [first[1], first[0]]
    assert parser.model_calls == 2
    assert parser.cache_hits == 3


def test_memory_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser_module, "MEMORY_CACHE_SENTENCES", 3)
    parser, nlp = fake_parser()
    parser.parse(["一。", "二。", "三。", "四。"])
    parser.parse(["四。", "一。"])
    assert nlp.texts == ["一。", "二。", "三。", "四。", "一。"]  # 一 fell out, 四 stayed


def test_no_memory_cache_reparses() -> None:
    parser, nlp = fake_parser(memory_cache=False)
    parser.parse(["文。"])
    parser.parse(["文。"])
    assert nlp.texts == ["文。", "文。"]


def test_disk_cache_survives_a_new_parser(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "parses.sqlite"
    with fake_parser(cache_path=path)[0] as parser:
        first = parser.parse(["保存される文。", "もう一つ。"])
    parser2, nlp2 = fake_parser(cache_path=path)
    assert parser2.parse(["もう一つ。", "保存される文。"]) == [first[1], first[0]]
    assert nlp2.texts == []
    assert parser2.cache_hits == 2


def test_cache_key_depends_on_model_version() -> None:
    a = Parser(FakeNlp(), model="m", model_version="1")
    b = Parser(FakeNlp(), model="m", model_version="2")
    assert a.key("文。") != b.key("文。")
    assert a.key("文。") == a.key("文。")


def test_disk_cache_round_trips_tokens(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "c.sqlite")
    toks = (
        Token(
            i=0, sentence=0, start=0, end=2, surface="会談", lemma="会談", pos="VERB",
            tag="名詞-普通名詞-サ変可能", dep="ROOT", head=0,
        ),
    )  # fmt: skip
    cache.put_many([("k", toks)])
    assert cache.get_many(["k", "missing"]) == {"k": toks}
    cache.close()


def test_unopenable_cache_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(StoreError, match="parse cache"):
        DiskCache(tmp_path / "dir.sqlite")


def test_blank_sentences_and_model_failures_give_empty_tuples() -> None:
    parser, _ = fake_parser(fail_on="壊")
    out = parser.parse(["", "  ", "正常。", "壊れた。"])
    assert out[0] == () and out[1] == () and out[3] == ()
    assert [t.surface for t in out[2]] == ["正", "常", "。"]
    assert parser.failures == 1


def test_a_failing_piece_drops_the_whole_sentence() -> None:
    parser, _ = fake_parser(fail_on="壊")
    text = "あ" * MAX_PIECE_CHARS + "壊"
    (toks,) = parser.parse([text])
    assert toks == () and parser.failures == 1


def test_long_sentences_are_parsed_in_pieces_and_rejoined() -> None:
    parser, nlp = fake_parser()
    text = "あ" * (MAX_PIECE_CHARS + 50)
    (toks,) = parser.parse([text])
    assert len(nlp.texts) == 2
    assert [t.i for t in toks] == list(range(len(text)))
    assert all(text[t.start : t.end] == t.surface for t in toks)
    assert toks[-1].head == len(text) - 1


def test_processes_never_reach_spacy() -> None:
    # nlp.processes runs whole articles in a worker pool (storyline.nlp.pool); spaCy's own
    # per-call pool measured slower, so the parser always asks for one process.
    parser, nlp = fake_parser(processes=2)
    parser.parse(["短い文。"] * 3)
    parser.parse([f"文{n}。" for n in range(600)])
    assert parser.processes == 2
    assert set(nlp.n_process) == {1}


def test_importing_the_stage_loads_no_model() -> None:
    code = (
        "import sys, storyline.nlp, storyline.nlp.parser;"
        "print(sorted(m for m in ('spacy', 'thinc', 'sudachipy', 'ginza') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_load_parser_for_reads_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    sentinel = Parser(FakeNlp(), model="m", model_version="1")

    def fake_load(model: str, **kw: Any) -> Parser:
        seen.update(kw, model=model)
        return sentinel

    monkeypatch.setattr(parser_module, "load_parser", fake_load)
    settings = NlpSettings(model="ja_other", batch_size=8, processes=2)
    assert parser_module.load_parser_for(settings, cache_path="c.sqlite") is sentinel
    assert seen == {
        "model": "ja_other",
        "batch_size": 8,
        "processes": 2,
        "cache_path": "c.sqlite",
        "router": "hybrid",  # the default since session 4 (docs/nlp.md: hybrid parity)
    }
    parser_module.load_parser_for(NlpSettings(parser="ginza"))
    assert seen["router"] == "ginza"


@pytest.mark.parametrize(("field", "value"), [("batch_size", 0), ("processes", -1)])
def test_bad_parser_settings(field: str, value: int) -> None:
    with pytest.raises(ConfigError, match=field):
        kw: dict[str, Any] = {field: value}
        Parser(FakeNlp(), model="m", model_version="1", **kw)


# --------------------------------------------------------------------------- hybrid routing

SIMPLE = "政府は経済対策を決定した。"
HARD = "【速報】警察は男を逮捕した。"  # 【】: always routed to the model


def test_hybrid_sends_only_hard_sentences_to_the_model() -> None:
    parser, nlp = fake_parser(router="hybrid")
    simple, hard = parser.parse([SIMPLE, HARD])
    assert nlp.texts == [HARD]
    assert (parser.fast_calls, parser.model_calls) == (1, 1)
    assert (parser.fast_chars, parser.model_chars) == (len(SIMPLE), len(HARD))
    assert "".join(t.surface for t in simple) == SIMPLE
    assert {t.dep for t in simple} >= {"nsubj", "obj", "ROOT"}
    assert [t.surface for t in hard] == list(HARD)  # the fake model's one-character tokens


def test_ginza_router_sends_everything_to_the_model() -> None:
    parser, nlp = fake_parser()
    parser.parse([SIMPLE, HARD])
    assert nlp.texts == [SIMPLE, HARD]
    assert parser.fast_calls == 0


def test_hybrid_name_and_cache_key_differ_from_ginza() -> None:
    hybrid, _ = fake_parser(router="hybrid")
    plain, _ = fake_parser()
    assert hybrid.name.startswith(plain.name) and "hybrid" in hybrid.name
    assert hybrid.key(SIMPLE) != plain.key(SIMPLE)


def test_hybrid_falls_back_to_the_model_when_the_rules_fail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(text: str, limits: Any = None) -> Any:
        raise ValueError("rule bug")

    monkeypatch.setattr(parser_module, "analyze", broken)
    parser, nlp = fake_parser(router="hybrid")
    (toks,) = parser.parse([SIMPLE])
    assert nlp.texts == [SIMPLE] and len(toks) == len(SIMPLE)


def test_unknown_router_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"nlp\.parser"):
        Parser(FakeNlp(), model="m", model_version="1", router="fast")
    with pytest.raises(ConfigError, match=r"nlp\.parser"):
        load_parser(router="fast")


def test_missing_model_says_what_to_install() -> None:
    with pytest.raises(ModelNotAvailable, match="pip install"):
        load_parser("xx_storyline_no_such_model")


# --------------------------------------------------------------------------- the real model


@pytest.fixture(scope="module")
def ginza() -> Parser:
    return load_parser(memory_cache=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        ("トランプ大統領はプーチン大統領と電話で会談した。", "トランプ大統領", "会談"),
        ("岸田首相はバイデン大統領と会談し、協力を確認した。", "首相", "確認"),
        ("ゼレンスキー大統領は欧州各国に防空システムの供与を要請した。", "大統領", "要請"),
        pytest.param(
            "プーチン大統領はトランプ大統領と電話会談した。", "大統領", "会談",
            # ja_ginza 5.3 tags the one-token トランプ大統領 (Sudachi mode C) as ADJ and hangs
            # the subject on it. Kept strict so a model that fixes it makes this test fail
            # and the known-misparse note can be dropped.
            marks=pytest.mark.xfail(strict=True, reason="known ja_ginza 5.3 misparse"),
        ),
    ],
)  # fmt: skip
def test_subject_attaches_to_the_predicate(
    ginza: Parser, text: str, subject: str, predicate: str
) -> None:
    (toks,) = ginza.parse([text])
    subj = next(t for t in toks if t.dep == "nsubj")
    assert subj.surface == subject
    assert toks[subj.head].surface == predicate
    assert text[subj.start : subj.end] == subject


@pytest.mark.model
def test_tokens_carry_sudachi_tags_upos_and_lemmas(ginza: Parser) -> None:
    (toks,) = ginza.parse(["プーチン大統領はトランプ大統領と電話会談した。"])
    by_surface = {t.surface: t for t in toks}
    assert by_surface["プーチン"].tag.startswith("名詞-固有名詞-人名")
    assert by_surface["プーチン"].pos == "PROPN"
    assert by_surface["し"].lemma == "する"
    assert [t.dep for t in toks].count("ROOT") == 1
    assert all("_bunsetu" not in t.dep for t in toks)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "日本銀行は31日、政策金利を0.25%に引き上げることを決めた。",
        "米国 のバイデン大統領は　ＦＲＢと、2025年3月18日に  会談。",
        "警視庁は20日、男(45)を詐欺の疑いで逮捕した。「容疑を否認している」という。",
    ],
)
def test_offsets_line_up_with_the_text(ginza: Parser, text: str) -> None:
    (toks,) = ginza.parse([text])
    assert all(text[t.start : t.end] == t.surface for t in toks)
    assert [t.i for t in toks] == list(range(len(toks)))
    assert all(0 <= t.head < len(toks) for t in toks)
    covered = {n for t in toks for n in range(t.start, t.end)}
    assert all(n in covered for n, ch in enumerate(text) if not ch.isspace())
    assert sum(t.dep == "ROOT" for t in toks) >= 1


@pytest.mark.model
def test_real_cache_returns_identical_tokens_without_the_model(
    ginza: Parser, tmp_path: Path
) -> None:
    texts = ["両国の外相は協議で一致した。", "政府は対策を発表した。"]
    disk = Parser(ginza.nlp, model=ginza.model, model_version=ginza.model_version,
                  disabled=ginza.disabled, cache_path=tmp_path / "p.sqlite")  # fmt: skip
    first = disk.parse(texts)
    assert disk.model_calls == 2
    second = disk.parse(texts)
    assert second == first and disk.model_calls == 2
    disk.close()
    reopened = Parser(ginza.nlp, model=ginza.model, model_version=ginza.model_version,
                      disabled=ginza.disabled, cache_path=tmp_path / "p.sqlite")  # fmt: skip
    assert reopened.parse(texts) == first and reopened.model_calls == 0


@pytest.mark.model
def test_lean_tokenizer_gives_the_stock_parse(ginza: Parser) -> None:
    texts = [
        "米国 のバイデン大統領は　ＦＲＢと、2025年3月18日に  会談。",
        "政府は…「緊急事態」を宣言した！！ｶﾀｶﾅも混ぜる😀。",
        "Apple社のCEOは15日、東京で新製品を発表した。",
        " 先頭と末尾に空白がある文。 ",
    ]
    lean = ginza.nlp.tokenizer
    assert type(lean).__name__ == "_LeanTokenizer"
    ginza.nlp.tokenizer = lean.stock
    try:
        expected = [
            tuple((t.text, t.idx, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in doc)
            for doc in ginza.nlp.pipe(texts)
        ]
    finally:
        ginza.nlp.tokenizer = lean
    got = [
        tuple((t.text, t.idx, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in doc)
        for doc in ginza.nlp.pipe(texts)
    ]
    assert got == expected


_TRIGGERS = Path(__file__).resolve().parents[2] / "src/storyline/events/data/triggers.tsv"


@pytest.mark.skipif(not _TRIGGERS.exists(), reason="the events stage has no trigger list yet")
def test_cues_cover_every_event_trigger() -> None:
    # The events stage reads only parsed sentences: a trigger no cue matches never gives an
    # event in "events" mode. Triggers are dictionary forms; the cue stems must match them.
    cues = load_event_cues()
    triggers = [
        line.split("\t")[0]
        for line in _TRIGGERS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert triggers
    assert [t for t in triggers if cues.find(t) is None] == []


# Godan verb endings -> the kana that begin their other forms (拒む: 拒ま/拒み/拒ん/拒め).
_GODAN = {"う": "わいっえ", "く": "かきいけ", "ぐ": "がぎいげ", "す": "さしせ", "つ": "たちって",
          "ぬ": "なにんね", "ぶ": "ばびんべ", "む": "まみんめ", "る": "らりっれ"}  # fmt: skip
_ICHIDAN_BEFORE_RU = set("いきしちにひみりえけせてねへめれじげぜでべぺ")


@pytest.mark.skipif(not _TRIGGERS.exists(), reason="the events stage has no trigger list yet")
def test_cues_cover_conjugated_forms_of_verb_triggers() -> None:
    cues = load_event_cues()
    missing = []
    for line in _TRIGGERS.read_text(encoding="utf-8").splitlines():
        trigger = line.split("\t")[0]
        if line.startswith("#") or len(trigger) < 2 or trigger[-1] not in _GODAN:
            continue
        stem = trigger[:-1]
        if trigger.endswith(("ずる", "じる")):  # 応ずる / 応じる: 応じ, 応ず
            forms = [trigger[:-2] + "じ", trigger[:-2] + "ず"]
        elif trigger.endswith("する"):  # 要する: 要し, 要さ, 要す
            forms = [trigger[:-2] + k for k in "しさす"]
        elif trigger.endswith("る") and len(trigger) > 2 and trigger[-2] in _ICHIDAN_BEFORE_RU:
            forms = [stem]  # ichidan (述べる): the stem carries every form
        else:
            forms = [stem + k for k in _GODAN[trigger[-1]]]
        missing += [f for f in forms if cues.find(f) is None]
    assert missing == []


@pytest.mark.model
def test_refused_sentences_reuse_the_rules_words(ginza: Parser) -> None:
    # A sentence the rules tokenised and then refused goes to GiNZA as a Doc built from the
    # rules' Sudachi words (no second tokenisation); the parse must be GiNZA's own.
    from storyline.nlp.caseframe import analyze

    texts = [
        "大統領も、合意は自らの功績だと主張した。",
        "市は明日にも工場に立ち入り検査に入る方針だ。",
    ]
    words = [analyze(t).tokens for t in texts]
    assert all(w and not analyze(t).confident for t, w in zip(texts, words, strict=True))
    assert ginza._run_model(texts, words) == ginza._run_model(texts)
