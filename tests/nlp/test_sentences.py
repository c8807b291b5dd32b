"""Tests for storyline.nlp.sentences: the gold F1 gate, unit tables and coverage properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.nlp.sentences import split_sentences

HERE = Path(__file__).parent
GOLD = HERE / "gold" / "sentences.jsonl"
BASELINE = HERE / "baseline.json"
SEEDS = HERE.parents[2] / "shared" / "seeds"


def _gold() -> list[dict[str, object]]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line]


def _gold_ends(text: str, sentences: list[str]) -> set[int]:
    ends, pos = set(), 0
    for s in sentences:
        pos = text.index(s, pos) + len(s)
        ends.add(pos)
    return ends


def boundary_f1() -> tuple[float, list[str]]:
    """Micro F1 of sentence end offsets over the gold paragraphs."""
    tp = fp = fn = 0
    wrong = []
    for rec in _gold():
        text, sentences = str(rec["text"]), list(rec["sentences"])  # type: ignore[call-overload]
        gold = _gold_ends(text, sentences)
        got = {s.end for s in split_sentences(text)}
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        if gold != got:
            wrong.append(text)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall), wrong


def test_gold_size() -> None:
    assert len(_gold()) >= 60


def test_gold_f1_floor() -> None:
    f1, wrong = boundary_f1()
    floor = json.loads(BASELINE.read_text("utf-8"))["sentence_f1"]
    assert floor >= 0.98
    assert f1 >= floor, f"sentence F1 {f1:.3f} < {floor}; wrong: {wrong}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("首相は「戦う。必ずだ。」と述べた。次に移った。",
         ["首相は「戦う。必ずだ。」と述べた。", "次に移った。"]),
        ("「停戦は近い。」大統領は語った。", ["「停戦は近い。」", "大統領は語った。"]),
        ("「停戦は近い。」との見方を示した。", ["「停戦は近い。」との見方を示した。"]),
        ("率は２８．５％だ。次だ。", ["率は２８．５％だ。", "次だ。"]),
        ("率は3.5%だった。米国(U.S.)も同じ。", ["率は3.5%だった。", "米国(U.S.)も同じ。"]),
        ("No.1を守った。", ["No.1を守った。"]),
        ("詳細はhttps://example.com/a?b=1.htmlへ。以上。", ["詳細はhttps://example.com/a?b=1.htmlへ。", "以上。"]),
        ("そうか……。分かった。", ["そうか……。", "分かった。"]),
        ("本当か？と疑う。なぜだ！", ["本当か？と疑う。", "なぜだ！"]),
        ("何が起きたのか！？誰も知らない。", ["何が起きたのか！？", "誰も知らない。"]),
        ("Yahoo!ニュースで見た。", ["Yahoo!ニュースで見た。"]),
        ("「閉じない引用。次の文。\n\n段落。", ["「閉じない引用。", "次の文。", "段落。"]),
        ("見出し\n本文です。", ["見出し", "本文です。"]),
        ("  \u3000字下げ。  ", ["字下げ。"]),
        ("", []),
    ],
)  # fmt: skip
def test_split_table(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_unbalanced_bracket_does_not_swallow_paragraph() -> None:
    text = "「" + "長い文が続く。" * 100
    assert len(split_sentences(text)) == 100


def test_indices_and_offsets() -> None:
    text = "一文目。\n\n二文目。三文目。"
    got = split_sentences(text)
    assert [s.index for s in got] == [0, 1, 2]
    assert [(s.start, s.end) for s in got] == [(0, 4), (6, 10), (10, 14)]


def test_seed_page_splits_cleanly() -> None:
    seed = SEEDS / "000_da387fb42327dcfe.txt"
    if not seed.exists():
        pytest.skip("shared seeds not present")
    text = seed.read_text("utf-8")
    got = split_sentences(text)
    assert len(got) > 20
    # every sentence that contains 。 ends with it, or with a bracket closing a quotation
    for s in got:
        if "。" in s.text and not s.text.endswith(("。", "」", "）", ")")):
            assert s.text.rfind("。") < s.text.rfind("「") or "「" in s.text


def _check_cover(text: str) -> None:
    got = split_sentences(text)
    pos = 0
    for s in got:
        assert s.start >= pos and s.end > s.start
        assert s.text == text[s.start : s.end]
        assert text[pos : s.start].strip() == ""
        pos = s.end
    assert text[pos:].strip() == ""


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("あ漢字。、！？!?．.「」『』（）()【】…\n 　0123456789Ab")),
        max_size=120,
    )
)
def test_covers_text_exactly_japanese_alphabet(text: str) -> None:
    _check_cover(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_covers_text_exactly_any_text(text: str) -> None:
    _check_cover(text)
