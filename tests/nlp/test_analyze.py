"""Tests of storyline.nlp (the analyze_article assembly and its JSON form)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.config import NlpSettings
from storyline.errors import ConfigError, StoreError
from storyline.models import (
    ActorMention,
    AnalyzedArticle,
    Article,
    Quantity,
    Rejected,
    Sentence,
    TimeExpression,
    Token,
)
from storyline.nlp import (
    _assemble,
    _parse_texts,
    _Prepared,
    analysis_from_json,
    analysis_to_json,
    analyze_article,
    analyze_articles,
    analyze_text,
    load_kb,
    producer_name,
)
from storyline.nlp.parser import Parser, load_event_cues, load_parser, select_sentences

BODY = (
    "トランプ米大統領とロシアのプーチン大統領は18日、電話で会談した。"
    "両首脳は約2時間半にわたって協議し、エネルギー施設への攻撃を30日間停止することで合意した。"
    "\n\n"
    "この日のワシントンは晴れていた。"
    "ロシア大統領府のペスコフ報道官は23日、さらなる接触の可能性は排除できないと述べた。"
)


def _article(body: str = BODY, published: str | None = "2025-03-19T07:12:00+09:00") -> Article:
    return Article(
        id="a1", source="t.txt", input_hash="h" * 64, producer="test", body=body,
        published=published,
    )  # fmt: skip


class CharParser(Parser):
    """A Parser whose model splits on characters (no GiNZA). Records what it was given."""

    def __init__(self) -> None:
        super().__init__(None, model="chars", model_version="0")
        self.given: list[str] = []

    def _run_model(self, texts: Sequence[str]) -> list[tuple[Token, ...]]:
        self.given.extend(texts)
        self.model_calls += len(texts)
        return [
            tuple(
                Token(
                    i=n,
                    sentence=0,
                    start=n,
                    end=n + 1,
                    surface=ch,
                    lemma=ch,
                    pos="X",
                    tag="記号",
                    dep="ROOT" if n == len(t) - 1 else "dep",
                    head=len(t) - 1,
                )
                for n, ch in enumerate(t)
            )
            for t in texts
        ]


# --------------------------------------------------------------------------- assembly


def _sentences(body: str, parts: Sequence[str]) -> tuple[Sentence, ...]:
    out, pos = [], 0
    for n, p in enumerate(parts):
        start = body.index(p, pos)
        out.append(Sentence(index=n, start=start, end=start + len(p), text=p))
        pos = start + len(p)
    return tuple(out)


def _prepared(body: str, parts: Sequence[str], mode: str) -> _Prepared:
    sents = _sentences(body, parts)
    return _Prepared(
        article=_article(body), sentences=sents, actors=(), times=(), quantities=(),
        chosen=select_sentences(sents, mode),
    )  # fmt: skip


_PARTS = ["前置き。", "両国は合意した。", "空。", "首相は述べた。"]


def test_assemble_shifts_tokens_to_article_level() -> None:
    body = "".join(_PARTS)
    p = _prepared(body, _PARTS, "events")
    parser = CharParser()
    a = _assemble(p, parser.parse(_parse_texts(p)), "nlp/test")
    assert parser.given == ["両国は合意した。", "首相は述べた。"]
    assert [s.parsed for s in a.sentences] == [False, True, False, True]
    assert [t.i for t in a.tokens] == list(range(len(a.tokens)))
    assert all(body[t.start : t.end] == t.surface for t in a.tokens)
    assert {t.sentence for t in a.tokens} == {1, 3}
    for t in a.tokens:  # heads stay inside their own sentence
        assert a.tokens[t.head].sentence == t.sentence
    roots = [t for t in a.tokens if t.sentence == 3 and t.dep == "ROOT"]
    assert roots and roots[0].i == len(a.tokens) - 1


@pytest.mark.parametrize(("mode", "parsed"), [("all", 4), ("events", 2), ("none", 0)])
def test_parse_modes_choose_sentences(mode: str, parsed: int) -> None:
    body = "".join(_PARTS)
    p = _prepared(body, _PARTS, mode)
    a = _assemble(p, CharParser().parse(_parse_texts(p)), "nlp/test")
    assert sum(s.parsed for s in a.sentences) == parsed


@pytest.mark.parametrize("parser", [None, CharParser()])
def test_unknown_mode_is_a_config_error(parser: Parser | None) -> None:
    with pytest.raises(ConfigError, match=r"nlp\.parse"):
        analyze_article(
            _article("会談した。"), settings=NlpSettings(parse="often"), parser=parser,
            kb=load_kb(),
        )  # fmt: skip
    with pytest.raises(ConfigError):
        list(analyze_articles([], settings=NlpSettings(parse="often"), parser=parser, kb=load_kb()))


def test_analyze_articles_matches_one_by_one_and_batches_parser_calls() -> None:
    kb = load_kb()
    bodies = [BODY, "首相は辞任を表明した。", "晴れ。", BODY.replace("18日", "17日")]
    arts = [dataclasses.replace(_article(b), id=f"a{n}") for n, b in enumerate(bodies)]
    one = [analyze_article(x, settings=NlpSettings(), parser=CharParser(), kb=kb) for x in arts]
    parser = CharParser()
    calls: list[int] = []
    original = parser.parse

    def counting(texts: Sequence[str]) -> list[tuple[Token, ...]]:
        calls.append(len(texts))
        return original(texts)

    parser.parse = counting  # type: ignore[method-assign,assignment]
    many = list(analyze_articles(arts, settings=NlpSettings(), parser=parser, kb=kb, chunk=3))
    assert many == one
    assert len(calls) == 2  # chunks of 3 + 1 articles


def test_analyze_articles_turns_a_failing_article_into_a_rejection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import storyline.nlp.quantities as quantities

    real = quantities.find_quantities

    def flaky(text: str) -> Any:
        if "壊" in text:
            raise ValueError("bad input")
        return real(text)

    monkeypatch.setattr(quantities, "find_quantities", flaky)
    arts = [_article("壊れた記事。"), _article("首相は辞任を表明した。")]
    out = list(analyze_articles(arts, settings=NlpSettings(), parser=CharParser(), kb=load_kb()))
    assert isinstance(out[0], Rejected) and out[0].reason == "internal_error"
    assert "ValueError" in out[0].detail and out[0].stage == "nlp"
    assert isinstance(out[1], AnalyzedArticle) and out[1].tokens


def test_producer_names_model_kb_rules_and_mode() -> None:
    from storyline.nlp.actors import ACTORS_VERSION
    from storyline.nlp.quantities import QUANTITIES_VERSION
    from storyline.nlp.sentences import SENTENCES_VERSION
    from storyline.nlp.timex import TIMEX_VERSION

    kb = load_kb()
    cues = load_event_cues().version
    rules = f"{SENTENCES_VERSION}+{ACTORS_VERSION}+{TIMEX_VERSION}+{QUANTITIES_VERSION}"
    assert producer_name(parser=CharParser(), kb=kb, mode="events") == (
        f"nlp/1+chars-0+kb-{kb.version}+{rules}+parse-events.{cues}"
    )
    assert producer_name(parser=None, kb=kb, mode="events").startswith("nlp/1+noparser+kb-")
    assert "+noparser+" in producer_name(parser=CharParser(), kb=kb, mode="none")


def test_analyze_article_without_a_model() -> None:
    kb = load_kb()
    a = analyze_article(_article(), settings=NlpSettings(), parser=None, kb=kb)
    assert a.article_id == "a1" and a.body == BODY and a.tokens == ()
    assert len(a.sentences) >= 4 and not any(s.parsed for s in a.sentences)
    assert all(BODY[s.start : s.end].strip() == s.text.strip() for s in a.sentences)
    names = {m.surface for m in a.actors}
    assert any("プーチン" in n for n in names) and any("トランプ" in n for n in names)
    assert all(BODY[m.start : m.end] == m.surface for m in a.actors)
    assert "2025-03-18" in {t.value for t in a.times}
    assert all(BODY[t.start : t.end] == t.text for t in a.times)
    assert any(q.normalized == "P30D" or q.unit == "日" for q in a.quantities)
    assert a.producer.startswith("nlp/1+noparser+kb-")


def test_analyze_article_with_a_parser_parses_event_sentences() -> None:
    parser = CharParser()
    a = analyze_article(_article(), settings=NlpSettings(), parser=parser, kb=load_kb())
    parsed = [s for s in a.sentences if s.parsed]
    assert 1 <= len(parsed) < len(a.sentences)  # the weather sentence has no cue
    assert not any("晴れ" in s.text for s in parsed)
    assert all(BODY[t.start : t.end] == t.surface for t in a.tokens)
    assert {t.sentence for t in a.tokens} == {s.index for s in parsed}


def test_analyze_text_wraps_text() -> None:
    a = analyze_text("首相は会見で辞任を表明した。", published=None)
    b = analyze_text("首相は会見で辞任を表明した。", published=None)
    assert a.article_id == b.article_id and len(a.article_id) == 12
    assert a.published is None and a.tokens == ()


# --------------------------------------------------------------------------- JSON


def test_json_shape_for_the_analyze_command() -> None:
    a = analyze_article(_article(), settings=NlpSettings(), parser=CharParser(), kb=load_kb())
    data = json.loads(json.dumps(analysis_to_json(a), ensure_ascii=False))
    assert {"sentences", "actors", "times", "quantities", "tokens"} <= set(data)
    assert set(data["sentences"][0]) >= {"index", "text", "start", "end", "parsed"}
    for actor in data["actors"]:
        assert set(actor) >= {"name", "id", "surface", "title", "start", "end"}
        assert actor["id"] is None or actor["id"].startswith("Q")
    for t in data["times"]:
        assert set(t) >= {"text", "type", "value", "start", "end"}
    for q in data["quantities"]:
        assert set(q) >= {"text", "value", "unit", "start", "end"}
    assert "tokens" not in analysis_to_json(a, tokens=False)


def test_json_round_trip_of_a_real_analysis() -> None:
    a = analyze_article(_article(), settings=NlpSettings(), parser=CharParser(), kb=load_kb())
    text = json.dumps(analysis_to_json(a), ensure_ascii=False)
    assert analysis_from_json(json.loads(text)) == a


@pytest.mark.parametrize("drop", ["article_id", "sentences", "actors"])
def test_malformed_json_is_a_store_error(drop: str) -> None:
    data = analysis_to_json(analyze_text("会談した。", published=None))
    del data[drop]
    with pytest.raises(StoreError, match="malformed"):
        analysis_from_json(data)


_text = st.text(min_size=0, max_size=12)
_int = st.integers(min_value=0, max_value=10_000)
_opt = st.none() | _text

_tokens = st.builds(
    Token, i=_int, sentence=_int, start=_int, end=_int, surface=_text, lemma=_text,
    pos=_text, tag=_text, dep=_text, head=_int,
)  # fmt: skip
_actors = st.builds(
    ActorMention, entity=_text, name=_text, surface=_text, start=_int, end=_int,
    kind=st.sampled_from(["person", "org", "country", "place", "group"]),
    wikidata=st.none() | st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True),
    title=_opt, country_prefix=_opt, provisional=st.booleans(), coref=st.booleans(),
)  # fmt: skip
_times = st.builds(
    TimeExpression, text=_text, type=st.sampled_from(["date", "time", "duration", "set"]),
    value=_opt, start=_int, end=_int,
    anchor=st.sampled_from(["absolute", "publication", "anaphoric", "unresolved"]),
    modifier=st.none() | st.sampled_from(["START", "MID", "END", "APPROX"]),
)  # fmt: skip
_quantities = st.builds(
    Quantity, text=_text, value=st.none() | st.floats(allow_nan=False, allow_infinity=False),
    unit=_text, start=_int, end=_int, normalized=_opt, approximate=st.booleans(), per=_opt,
)  # fmt: skip
_analyses = st.builds(
    AnalyzedArticle, article_id=_text, input_hash=_text, producer=_text, body=_text,
    published=_opt,
    sentences=st.lists(st.builds(Sentence, index=_int, start=_int, end=_int, text=_text,
                                 parsed=st.booleans()), max_size=4).map(tuple),
    tokens=st.lists(_tokens, max_size=6).map(tuple),
    actors=st.lists(_actors, max_size=4).map(tuple),
    times=st.lists(_times, max_size=4).map(tuple),
    quantities=st.lists(_quantities, max_size=4).map(tuple),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(_analyses)
def test_json_round_trip_property(a: AnalyzedArticle) -> None:
    data: Any = json.loads(json.dumps(analysis_to_json(a), ensure_ascii=False))
    assert analysis_from_json(data) == a


# --------------------------------------------------------------------------- with GiNZA


@pytest.fixture(scope="module")
def ginza() -> Parser:
    return load_parser()


@pytest.mark.model
def test_analyze_article_with_ginza(ginza: Parser) -> None:
    a = analyze_article(_article(), settings=NlpSettings(), parser=ginza, kb=load_kb())
    assert a.tokens and all(BODY[t.start : t.end] == t.surface for t in a.tokens)
    first = [t for t in a.tokens if t.sentence == 0]
    root = next(t for t in first if t.dep == "ROOT")
    assert root.surface == "会談"
    assert a.producer.startswith(f"nlp/1+ja_ginza-{ginza.model_version}+kb-")
