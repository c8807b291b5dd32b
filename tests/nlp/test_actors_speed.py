"""The speed shortcuts of storyline.nlp.actors give what the plain computations give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.nlp import actors as A

#: Written for this test: names, titles, brackets, full-width and half-width letters and
#: digits, katakana compounds, and words Sudachi splits further in mode A.
TEXT = (
    "トランプ前米大統領は１８日、ＵＳスチールの買収をめぐり日本製鉄株式会社（以下「当社」）と"
    "協議した。ｱﾒﾘｶ合衆国大統領選挙の後、東京地方裁判所は孫興民（ソン・フンミン）選手の件で"
    "判断を示した。国際機械工労働組合（IAM）は…声明を出した。\n\n岸田光哉社長は「２８．５％増」と述べた。"
)


def test_every_character_of_the_same_fold_class_folds_to_itself() -> None:
    same = re.compile(f"[{A._SAME_FOLD}]")
    members = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    members = [c for c in members if same.match(c)]
    assert len(members) > 20_000  # kana, kanji, ASCII but upper case, punctuation
    assert [c for c in members if A._fold(c) != c] == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fold_text_is_the_fold_of_each_character(text: str) -> None:
    assert A._fold_text(text) == "".join(map(A._fold, text))


def _plain_tokens(text: str) -> tuple[list[tuple[int, int, str, tuple[str, ...], bool]], set[int]]:
    """Tokens and split-mode-A boundaries computed the slow way, word by word."""
    from sudachipy import SplitMode

    toks, bounds = [], set()
    for start, end in A._chunks(text, None):
        for m in A._default_tokenizer().tokenize(text[start:end], SplitMode.C):
            b, e = start + m.begin(), start + m.end()
            if e == b:
                continue
            toks.append((b, e, m.surface(), tuple(m.part_of_speech()), m.is_oov()))
            bounds |= {b, e} | {
                start + x for s in m.split(SplitMode.A) for x in (s.begin(), s.end())
            }
    return toks, bounds


def test_cached_word_info_gives_the_plain_tokens_and_boundaries() -> None:
    tokenizer = A._default_tokenizer()
    for _ in range(2):  # the second time every word comes from the cache
        doc = A._tokenise(TEXT, None, tokenizer)
        toks, bounds = _plain_tokens(TEXT)
        assert [t[:5] for t in doc.toks] == toks
        assert doc.bounds_a == bounds
        assert any(b not in doc.starts_c | doc.ends_c for b in doc.bounds_a)  # 前|大統領


def test_word_flags_are_the_tests_they_stand_for() -> None:
    doc = A._tokenise(TEXT, None, A._default_tokenizer())
    for tok in doc.toks:
        flags = tok.flags
        assert bool(flags & A._F_CAN_START) == A._can_start_name(tok)
        assert bool(flags & A._F_KANA_LATIN) == bool(A._KANA_LATIN_ONLY.fullmatch(tok.surface))
        assert bool(flags & A._F_PROPER) == (tok.pos[1] == "固有名詞")
        assert bool(flags & A._F_PERSON) == (A._is_person_name(tok) or A._is_foreign_name(tok))


def test_token_covering_an_offset() -> None:
    doc = A._tokenise(TEXT, None, A._default_tokenizer())
    for n, tok in enumerate(doc.toks):
        for i in range(tok.start, tok.end):
            assert A._tok_covering(doc, i) is doc.toks[n]
    assert A._tok_covering(doc, TEXT.index("\n")) is None  # line breaks are not tokenised


def test_recent_morphemes_are_what_sudachi_gives_for_the_sentence() -> None:
    from storyline.nlp import load_kb
    from storyline.nlp.caseframe import load_tokenizer
    from storyline.nlp.sentences import split_sentences

    sentences = tuple(split_sentences(TEXT))
    A.link_actors(TEXT, kb=load_kb(), sentences=sentences)
    assert A.recent_morphemes(sentences[0].text) is None  # off by default
    A.share_morphemes(64)
    try:
        A.link_actors(TEXT, kb=load_kb(), sentences=sentences)
        for s in sentences:
            got = A.recent_morphemes(s.text)
            assert got is not None
            want = load_tokenizer().tokenize(s.text)  # the case-frame rules' own tokenizer
            fields = [(m.surface(), m.begin(), m.end(), m.part_of_speech(), m.dictionary_form())
                      for m in got]  # fmt: skip
            assert fields == [
                (m.surface(), m.begin(), m.end(), m.part_of_speech(), m.dictionary_form())
                for m in want
            ]
        assert A.recent_morphemes("一度も見たことのない文。") is None
    finally:
        A.share_morphemes(0)
    assert A.recent_morphemes(sentences[0].text) is None


def test_recent_morphemes_stay_bounded() -> None:
    A.share_morphemes(100)
    try:
        for n in range(110):
            A._remember(f"文{n}", n)
        assert len(A._RECENT) == 100
        assert A.recent_morphemes("文0") is None and A.recent_morphemes("文109") == 109
        A.share_morphemes(10)
        assert len(A._RECENT) == 10 and A.recent_morphemes("文109") == 109
    finally:
        A.share_morphemes(0)
    assert not A._RECENT
