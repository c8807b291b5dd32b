"""Tests of storyline.nlp.caseframe: the rule-based dependency analysis over Sudachi words.

The sentences are written for these tests; each case lists (dependent, label, head) arcs
checked by hand against the usual analysis of Japanese (and GiNZA's labels for them).
Only SudachiPy is loaded, never GiNZA, so no test here is marked ``model``.
"""

from __future__ import annotations

import pytest

from storyline.models import Token
from storyline.nlp.caseframe import Analysis, Limits, analyze, make_token


def _arc(toks: tuple[Token, ...], surface: str) -> tuple[str, str]:
    """(label, head surface) of the first token written ``surface``."""
    tok = next(t for t in toks if t.surface == surface)
    return tok.dep, toks[tok.head].surface


@pytest.mark.parametrize(
    ("text", "arcs"),
    [
        (
            "首相は記者会見で新しい経済対策を発表した。",
            [("首相", "nsubj", "発表"), ("会見", "obl", "発表"), ("対策", "obj", "発表"),
             ("新しい", "acl", "対策"), ("記者", "compound", "会見"), ("発表", "ROOT", "発表"), ("し", "aux", "発表"),
             ("。", "punct", "発表")],
        ),
        (
            "外相は国務長官と会談し、協力を確認した。",
            [("外相", "nsubj", "確認"), ("長官", "obl", "会談"), ("会談", "advcl", "確認"),
             ("協力", "obj", "確認"), ("と", "case", "長官")],
        ),
        (
            "政府は20日、米国との協議を始めた。",
            [("日", "obl", "始め"), ("20", "nummod", "日"), ("米国", "nmod", "協議"),
             ("協議", "obj", "始め"), ("政府", "nsubj", "始め")],
        ),
        (
            "ロシアとウクライナが捕虜を交換した。",
            [("ロシア", "nmod", "ウクライナ"), ("ウクライナ", "nsubj", "交換"), ("捕虜", "obj", "交換")],
        ),
        (
            "両社は来月から部品の共同調達を始める予定です。",
            [("始める", "acl", "予定"), ("予定", "ROOT", "予定"), ("です", "cop", "予定"),
             ("部品", "nmod", "調達"), ("両社", "nsubj", "予定")],
        ),
        (
            "県は住民に早めの避難を呼びかけている。",
            [("住民", "obl", "呼びかけ"), ("避難", "obj", "呼びかけ"), ("て", "mark", "呼びかけ"),
             ("いる", "fixed", "て")],
        ),
        (
            "警察は事故の原因について運転手に話を聴いた。",
            [("原因", "obl", "聴い"), ("に", "case", "原因"), ("つい", "fixed", "に"),
             ("運転手", "obl", "聴い"), ("話", "obj", "聴い")],
        ),
        (
            "政府は電気・ガス料金の補助を延長する。",
            [("・", "compound", "ガス料金"), ("電気", "compound", "ガス料金"),
             ("ガス料金", "nmod", "補助"), ("補助", "obj", "延長")],
        ),
        (
            "大臣は対策を正式に決めた。",
            [("正式", "advcl", "決め"), ("対策", "obj", "決め")],
        ),
    ],
)  # fmt: skip
def test_arcs_of_simple_news_sentences(text: str, arcs: list[tuple[str, str, str]]) -> None:
    result = analyze(text)
    assert result.confident, result.reasons
    for surface, label, head in arcs:
        assert _arc(result.tokens, surface) == (label, head), surface


@pytest.mark.parametrize(
    ("text", "arcs"),
    [
        (
            "首相は記者団に「賃上げを地方にも広げたい」と述べた。",
            [("首相", "nsubj", "述べ"), ("賃上げ", "obj", "広げ"), ("地方", "obl", "広げ"),
             ("記者団", "obl", "述べ"),
             ("広げ", "advcl", "述べ"), ("「", "punct", "賃上げ"), ("」", "punct", "広げ")],
        ),
        (
            "「交渉は始まったばかりだ」と報道官は述べた。",
            [("交渉", "nsubj", "始まっ"), ("始まっ", "advcl", "述べ"), ("報道官", "nsubj", "述べ")],
        ),
    ],
)  # fmt: skip
def test_a_quotation_is_a_clause_of_its_own(text: str, arcs: list[tuple[str, str, str]]) -> None:
    result = analyze(text)
    assert result.confident, result.reasons
    for surface, label, head in arcs:
        assert _arc(result.tokens, surface) == (label, head), surface


@pytest.mark.parametrize(
    ("text", "aside", "noun", "label"),
    [
        ("警察は東京都の男（45）を逮捕した。", "45", "男", "obj"),
        ("外国投資委員会（CFIUS）は審査を続けた。", "CFIUS", "委員会", "nsubj"),
        ("両社は約150億ドル（約2兆円）で合意した。", "円", "ドル", "obl"),
    ],
)
def test_a_parenthetical_after_a_noun_is_flattened_onto_it(
    text: str, aside: str, noun: str, label: str
) -> None:
    result = analyze(text)
    assert result.confident, result.reasons
    assert _arc(result.tokens, aside) == ("compound", noun)
    assert _arc(result.tokens, "（") == ("punct", noun)
    assert _arc(result.tokens, "）") == ("punct", noun)
    assert _arc(result.tokens, noun)[0] == label  # the particle after ） marks the noun


@pytest.mark.parametrize(
    ("text", "first", "last", "label"),
    [
        ("巨人は阪神に5－3で勝った。", "5", "3", "obl"),
        ("チームは宿敵を2-1で破った。", "2", "1", "obl"),
    ],
)
def test_a_score_is_one_compound_on_its_last_number(
    text: str, first: str, last: str, label: str
) -> None:
    # As GiNZA has it: the first number and the dash are compounds of the last number.
    result = analyze(text)
    assert result.confident, result.reasons
    dash = next(t for t in result.tokens if t.pos == "SYM")
    assert (dash.dep, result.tokens[dash.head].surface) == ("compound", last)
    assert _arc(result.tokens, first) == ("compound", last)
    assert _arc(result.tokens, last)[0] == label


@pytest.mark.parametrize("text", ["首相は東京－大阪間を移動した。", "値は－5だった。"])
def test_a_dash_not_between_two_numbers_stays_a_symbol(text: str) -> None:
    assert "symbols" in analyze(text).reasons


def test_verbal_noun_with_suru_is_the_verb() -> None:
    toks = analyze("両国は停戦に合意した。").tokens
    by = {t.surface: t for t in toks}
    assert (by["合意"].pos, by["合意"].tag) == ("VERB", "名詞-普通名詞-サ変可能")
    assert (by["し"].pos, by["し"].lemma, by["し"].dep) == ("AUX", "する", "aux")
    assert by["停戦"].pos == "NOUN"


def test_offsets_and_heads_are_relative_to_the_sentence() -> None:
    text = "市は避難指示を解除した。"
    toks = analyze(text).tokens
    assert "".join(t.surface for t in toks) == text
    assert all(text[t.start : t.end] == t.surface for t in toks)
    assert [t.i for t in toks] == list(range(len(toks)))
    roots = [t for t in toks if t.dep == "ROOT"]
    assert len(roots) == 1 and roots[0].head == roots[0].i
    # head-final: content words hang on a later word, function words on an earlier one
    function = {"case", "aux", "cop", "mark", "fixed", "punct"}
    assert all(t.head > t.i for t in toks if t.dep not in function | {"ROOT"})
    assert all(t.head < t.i for t in toks if t.dep in function)


@pytest.mark.parametrize(
    ("text", "prefix", "head"),
    [
        ("来週開かれる米ロ協議に注目が集まる。", "米ロ", "協議"),
        ("日米首脳は電話で協議した。", "日米", "首脳"),
        ("米中両政府は交渉を続けている。", "米中", "政府"),
        ("日韓外相の会談は来月になる。", "日韓", "外相"),
    ],
)  # fmt: skip
def test_a_run_of_country_prefixes_is_nmod_not_compound(text: str, prefix: str, head: str) -> None:
    # The events stage reads a compound part as a mere modifier (米メディア) and would drop
    # the second country of 米ロ協議 as a party.
    result = analyze(text)
    assert result.confident, result.reasons
    assert _arc(result.tokens, prefix) == ("nmod", head)


@pytest.mark.parametrize(
    ("text", "surface"),
    [("米メディアが報じた。", "米"), ("3日中に回答する。", "日中")],
)  # fmt: skip
def test_a_lone_prefix_or_a_day_is_no_prefix_run(text: str, surface: str) -> None:
    toks = analyze(text).tokens
    assert all(t.dep != "nmod" for t in toks if t.surface == surface)


@pytest.mark.parametrize(
    ("text", "arcs"),
    [
        # とする before a noun heads a clause of its own; として stays fixed
        ("沖を震源とする地震があった。", [("震源", "obl", "する"), ("する", "acl", "地震")]),
        ("政府は対策として補助を決めた。", [("し", "fixed", "と")]),
        # Vするよう is adverbial, and a 連用 clause before it chains on to the request
        ("両国に停戦に応じ、合意を守るよう求めた。", [("守る", "advcl", "求め"), ("応じ", "advcl", "求め")]),
        # a 連用 clause before "V-る + modal noun" chains to that verb
        ("政府は閣議を開き、案を承認する見通しだ。", [("開き", "advcl", "承認")]),
        # a relative clause describes the common noun right after it
        ("両国が開いた協議の結果を発表した。", [("開い", "acl", "協議")]),
        # ... but not an amount or a date right after it
        ("米国が示した30日間の停戦案を受け入れた。", [("示し", "acl", "案")]),
        # によると: と fixed to the particle; によりますと: ます aux, と mark
        ("市によると、死者が出た。", [("よる", "fixed", "に"), ("と", "fixed", "に")]),
        ("市によりますと、死者が出ました。", [("ます", "aux", "市"), ("と", "mark", "市")]),
        # Xてもらう: もらう is fixed, like いる
        ("予算案に賛成してもらった。", [("もらっ", "fixed", "て")]),
        # a conjunction between two nouns: cc of the second, the first nmod on it
        ("当社及び子会社は計画を発表した。", [("及び", "cc", "子会社"), ("当社", "nmod", "子会社")]),
        # adjectives in a row before a noun both modify it
        ("新たな、公正な審査を求めた。", [("新た", "acl", "審査"), ("公正", "acl", "審査")]),
        # an oblique with も may sit in a relative clause
        ("両氏が会談以外にも接触した可能性がある。", [("以外", "obl", "接触"), ("両氏", "nsubj", "接触")]),
    ],
)  # fmt: skip
def test_clause_attachments_as_ginza_makes_them(
    text: str, arcs: list[tuple[str, str, str]]
) -> None:
    result = analyze(text)
    assert result.confident, result.reasons
    for surface, label, head in arcs:
        assert _arc(result.tokens, surface) == (label, head), surface


@pytest.mark.parametrize(
    ("text", "arcs"),
    [
        # Vたものの、: もの is the clause's mark and の is fixed to it (not a noun phrase)
        ("両社は交渉を始めたものの、合意には至らなかった。",
         [("もの", "mark", "始め"), ("の", "fixed", "もの"), ("始め", "advcl", "至ら"), ("両社", "nsubj", "始め")]),
        # Vたうえで: うえ is the mark, で fixed to it, the clause an advcl of the next predicate
        ("政府は意見を聞いたうえで判断する。", [("うえ", "mark", "聞い"), ("聞い", "advcl", "判断")]),
        # Nのうえ / Vたまま: the noun ends its phrase (obl), it is no compound part of the verb
        ("法案は修正のうえ可決された。", [("うえ", "obl", "可決"), ("修正", "nmod", "うえ")]),
        ("男は拘束されたまま死亡した。", [("まま", "obl", "死亡"), ("拘束", "acl", "まま")]),
        # Vることになった / Vることができた: one modal expression on the verb
        ("会社は工場を閉めることになった。", [("こと", "compound", "閉める"), ("なっ", "fixed", "こと")]),
        ("両国は合意をまとめることができた。", [("が", "fixed", "こと"), ("まとめる", "ROOT", "まとめる")]),
        # ながら chains on like て: the topic belongs to the main predicate
        ("首相は笑顔を見せながら握手した。", [("首相", "nsubj", "握手"), ("見せ", "advcl", "握手")]),
        # a bare それぞれ is an adverb of the predicate
        ("両首脳はそれぞれ声明を出した。", [("それぞれ", "advmod", "出し")]),
        # Vかは: an embedded question (か mark), an advcl of the predicate
        ("交渉がいつ再開されるかは不透明だ。", [("か", "mark", "再開"), ("再開", "advcl", "不透明")]),
        # Vているのが: the clause is the subject
        ("店の前で男が倒れているのが見つかった。", [("倒れ", "csubj", "見つかっ")]),
        # XのYだ: the の-phrase modifies the noun of a noun predicate
        ("それは協議の結果だとしている。", [("協議", "nmod", "結果")]),
        # parallel partners Aと、Bと belong to the same predicate
        ("米国は3日にカナダと、4日にメキシコと個別に開いた会合を重視した。",
         [("カナダ", "obl", "開い"), ("メキシコ", "obl", "開い")]),
        # a は-topic before a が-subject of the same predicate is dislocated
        ("同社は社長が辞任した。", [("同社", "dislocated", "辞任"), ("社長", "nsubj", "辞任")]),
        # a clause on a noun predicate is acl (GiNZA's label), not advcl
        ("チームは選手が出場したが、反撃も2点止まりだった。", [("出場", "acl", "止まり")]),
        # a prefix run before a noun that is neither an event nor an agent stays a compound
        ("日米同盟の強化を確認した。", [("日米", "compound", "同盟")]),
        # hearsay endings (Vとみられる, Vという): the topic and the clause are the quote's
        ("検察も、起訴する方向で検討しているとみられる。", [("検察", "nsubj", "検討"), ("検討", "ccomp", "み")]),
        ("同社は近く新型車を発表するという。", [("いう", "ROOT", "いう"), ("発表", "ccomp", "いう")]),
        # a time span frames the clause of the subject after it, not a relative clause
        ("5日にかけて沿岸で激しい雨が降る見込みだ。", [("かけ", "advcl", "降る")]),
        # Vつつある: ある is fixed to つつ, the verb stays the root
        ("被害は落ち着きを取り戻しつつある。", [("ある", "fixed", "つつ"), ("取り戻し", "ROOT", "取り戻し")]),
        # だ/な after a 形状詞可能 noun is an auxiliary (安全な航行), after a plain noun a copula
        ("船の安全な航行を確保した。", [("な", "aux", "安全")]),
        ("今後の焦点は金利だ。", [("だ", "cop", "金利")]),
        # a topic-marked time before a subject clause belongs to that clause
        ("同日夕方には道路で男性が倒れているのが見つかった。", [("夕方", "obl", "倒れ")]),
    ],
)  # fmt: skip
def test_version_4_constructions_as_ginza_reads_them(
    text: str, arcs: list[tuple[str, str, str]]
) -> None:
    result = analyze(text)
    assert result.confident, result.reasons
    for surface, label, head in arcs:
        assert _arc(result.tokens, surface) == (label, head), surface


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("【速報】警察は男を逮捕した。", "brackets"),
        ("市は明日にも工場に立ち入り検査に入る方針だ。", "verb before noun"),
        ("大統領も、合意は自らの功績だと主張した。", "topic in quote"),
        ("政府は来月に発表する予定で、混乱が広がる可能性がある。", "copula de"),
        ("違反した場合には、制裁を求めるとしている。", "oblique topic over quote"),
        ("政府は新たな方針（詳細は来月に発表する）を示した。", "brackets"),
        ("協議は「始まったばかりだ」と述べた。", "topic before quote"),
        ("政府は「対策を決めた。", "unpaired quotes"),
        ("政府は" + "、".join(["新たな対策を検討し"] * 6) + "、発表した。", "predicates"),
        ("会社 は 発表 した。", "whitespace"),
        ("首相＝写真＝は対策を決めた。", "symbols"),
    ],
)
def test_hard_sentences_are_not_confident(text: str, reason: str) -> None:
    result = analyze(text)
    assert not result.confident
    assert reason in result.reasons


def test_limits_decide_length() -> None:
    text = "政府は経済対策を決定した。"
    assert analyze(text, Limits(max_chars=len(text))).confident
    short = analyze(text, Limits(max_chars=len(text) - 1))
    assert not short.confident and "long" in short.reasons


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_gives_no_tokens(text: str) -> None:
    assert analyze(text) == Analysis(tokens=(), confident=True)


@pytest.mark.parametrize(
    "text",
    [
        "米国が示した案を日産が受け入れなかった。",
        "会談は2時間に及び、両氏は協力の強化で一致した。",
        "一方、市場では警戒感が広がっている。",
    ],
)
def test_trees_are_single_rooted_and_acyclic(text: str) -> None:
    toks = analyze(text).tokens
    for t in toks:
        seen = {t.i}
        cur = t
        while cur.head != cur.i:
            cur = toks[cur.head]
            assert cur.i not in seen
            seen.add(cur.i)
        assert cur.dep == "ROOT"


def test_make_token_equals_the_constructor() -> None:
    args = dict(i=3, sentence=2, start=10, end=12, surface="会談", lemma="会談", pos="VERB",
                tag="名詞-普通名詞-サ変可能", dep="ROOT", head=3)  # fmt: skip
    made = make_token(*args.values())
    assert made == Token(**args)  # type: ignore[arg-type]
    assert hash(made) == hash(Token(**args))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        made.i = 4  # type: ignore[misc]


WRITTEN = [
    "首相は記者会見で新しい経済対策を発表した。",
    "外相は国務長官と会談し、協力を確認した。",
    "両社は来月から部品の共同調達を始める予定です。",
    "警察は事故の原因について運転手に話を聴いた。",
    "ロシアとウクライナが捕虜を交換した。",
]


@pytest.mark.model
def test_words_tags_and_lemmas_are_ginzas() -> None:
    from storyline.nlp.parser import load_parser

    ginza = load_parser(memory_cache=False)
    for text, theirs in zip(WRITTEN, ginza.parse(WRITTEN), strict=True):
        ours = analyze(text).tokens
        assert [(t.surface, t.tag, t.lemma) for t in ours] == [
            (t.surface, t.tag, t.lemma) for t in theirs
        ]
        same_pos = sum(a.pos == b.pos for a, b in zip(ours, theirs, strict=True))
        assert same_pos >= len(ours) - 1, text
