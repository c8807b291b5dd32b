"""Tests for the general-news rules of storyline.nlp.actors: public bodies, companies and
people the base does not know, their later and short forms, homonymous parties, and the
category nouns (教団, 組合員) and 同容疑者 that point back to them."""

from __future__ import annotations

from functools import cache

import pytest

from storyline.nlp.actors import link_actors
from storyline.nlp.kb import KnowledgeBase, load_kb, load_titles

Row = tuple[str, str, str | None]  # (entity, surface, title)


@cache
def _kb() -> KnowledgeBase:
    return load_kb()


def _rows(text: str) -> list[Row]:
    return [(m.entity, m.surface, m.title) for m in link_actors(text, kb=_kb())]


BODIES: list[tuple[str, list[Row]]] = [
    # courts, prosecutors and police named after a place (the place is not linked alone)
    ("名古屋地方裁判所は判決を言い渡した。", [("provisional:名古屋地方裁判所", "名古屋地方裁判所", None)]),
    ("広島高裁は控訴を棄却した。", [("provisional:広島高裁", "広島高裁", None)]),
    ("横浜地検は元職員を起訴した。", [("provisional:横浜地検", "横浜地検", None)]),
    ("千葉県警は男を逮捕した。", [("provisional:千葉県警", "千葉県警", None)]),
    ("京都府警が捜査している。", [("provisional:京都府警", "京都府警", None)]),
    ("シカゴ市警は発表した。", [("provisional:シカゴ市警", "シカゴ市警", None)]),
    ("ロンドン警視庁が捜査を始めた。", [("provisional:ロンドン警視庁", "ロンドン警視庁", None)]),
    # unions and associations, whose names are ordinary words
    ("全国港湾労働組合は声明を出した。", [("provisional:全国港湾労働組合", "全国港湾労働組合", None)]),
    ("薬害被害者連絡会は会見を開いた。", [("provisional:薬害被害者連絡会", "薬害被害者連絡会", None)]),
    # no name before the ending: nothing
    ("地方裁判所の判断が注目される。", []),
    ("大手労組と各労組が集まった。", []),
    ("同組合は反発した。", []),
    ("警察は男を逮捕した。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_public_bodies(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


COMPANIES: list[tuple[str, list[Row]]] = [
    ("青葉製薬は新薬を発売した。", [("provisional:青葉製薬", "青葉製薬", None)]),
    ("東和精工ホールディングスは増益だった。", [("provisional:東和精工ホールディングス", "東和精工ホールディングス", None)]),
    ("鈴木建設が受注した。", [("provisional:鈴木建設", "鈴木建設", None)]),
    # the full name once, then the short name: one entity
    ("大和フライス製作所は反対した。大和フライスは防衛策も決めた。",
     [("provisional:大和フライス製作所", "大和フライス製作所", None),
      ("provisional:大和フライス製作所", "大和フライス", None)]),
    # a short name in a headline before the full name is the same entity
    ("大和フライス、反対を表明\n大和フライス製作所は2日、反対した。",
     [("provisional:大和フライス製作所", "大和フライス", None),
      ("provisional:大和フライス製作所", "大和フライス製作所", None)]),
    # introduced by its industry, then bare
    ("電子部品大手ミネルバは増資を決めた。ミネルバは株主に説明する。",
     [("provisional:ミネルバ", "ミネルバ", None), ("provisional:ミネルバ", "ミネルバ", None)]),
    # an abbreviation in brackets, then alone
    ("全米港湾労働組合（ILA）はストを始めた。ILAは賃上げを求めている。",
     [("provisional:全米港湾労働組合", "全米港湾労働組合", None),
      ("provisional:全米港湾労働組合", "ILA", None), ("provisional:全米港湾労働組合", "ILA", None)]),
    # a place or a stock code in brackets is no short name
    ("青葉製薬（大阪市）は発表した。", [("provisional:青葉製薬", "青葉製薬", None), ("osaka", "大阪市", None)]),
    # a maker named after its industry (a word the dictionary does not know, or a proper
    # noun), but not a common katakana word after メーカーの
    ("工作機械メーカーのHARADAを買収した。", [("provisional:HARADA", "HARADA", None)]),
    ("部品メーカーのシェアが伸びた。", []),
    # a football club: a place name and FC
    ("マンチェスターFCが勝った。", [("provisional:マンチェスターFC", "マンチェスターFC", None)]),
    # an office named after the country written before it
    ("イスラエル首相府は声明を出した。",
     [("israel", "イスラエル", None), ("provisional:イスラエル首相府", "首相府", None)]),
    ("青葉製薬（4501）は発表した。", [("provisional:青葉製薬", "青葉製薬", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPANIES)
def test_companies_and_their_later_forms(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


def test_long_and_short_court_names_are_one_entity() -> None:
    text = "仙台地裁は訴えを退けた。仙台地方裁判所は、国の責任を認めなかった。"
    assert {m.entity for m in link_actors(text, kb=_kb())} == {"provisional:仙台地方裁判所"}


PEOPLE: list[tuple[str, list[Row]]] = [
    # a full name with a middle dot, then the surname: one person
    ("ジョン・ウォーカー被告（41）の公判が開かれた。ウォーカー被告は黙秘した。",
     [("provisional:ジョン・ウォーカー", "ジョン・ウォーカー被告", "被告"),
      ("provisional:ジョン・ウォーカー", "ウォーカー被告", "被告")]),
    # a kanji name with its reading; the reading and the surname name the person later
    ("朴智星（パク・チソン）選手が出場した。パク・チソンは2得点。朴選手は喜んだ。",
     [("provisional:朴智星", "朴智星（パク・チソン）選手", "選手"),
      ("provisional:朴智星", "パク・チソン", None), ("provisional:朴智星", "朴選手", "選手")]),
    # surname + given name, then surname with a title
    ("川村美咲社長は会見した。川村社長は謝罪した。",
     [("provisional:川村美咲", "川村美咲社長", "社長"), ("provisional:川村美咲", "川村社長", "社長")]),
    # new titles: ministers by their short names, 総統, 委員, 共同党首, 検事
    ("田島一郎厚労相は述べた。", [("provisional:田島一郎", "田島一郎厚労相", "厚労相")]),
    ("馬英九総統は語った。", [("provisional:馬英九", "馬英九総統", "総統")]),
    ("中村豊委員は反対した。", [("provisional:中村豊", "中村豊委員", "委員")]),
    ("ブラウン共同党首が批判した。", [("provisional:ブラウン", "ブラウン共同党首", "共同党首")]),
    # an unnamed suspect with an age, then 同容疑者
    ("会社員の男（29）を逮捕した。同容疑者は否認している。",
     [("provisional:男（29）", "男（29）", None), ("provisional:男（29）", "同容疑者", "容疑者")]),
    # a common katakana word before a business title is still no person
    ("部品メーカー部長が答えた。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


PARTIES: list[tuple[str, list[Row]]] = [
    # a party name two countries share: the country in context decides
    ("ドイツのショルツ首相率いる社会民主党（SPD）は敗れた。",
     [("germany", "ドイツ", None), ("olaf_scholz", "ショルツ首相", "首相"),
      ("spd_germany", "社会民主党", None), ("spd_germany", "SPD", None)]),
    ("社会民主党は選挙の公約を発表した。", [("sdp_japan", "社会民主党", None)]),
    ("自由民主党は総裁選の日程を決めた。", [("ldp", "自由民主党", None)]),
    ("ドイツでは自由民主党（FDP）が議席を失った。",
     [("germany", "ドイツ", None), ("fdp_germany", "自由民主党", None), ("fdp_germany", "FDP", None)]),
    ("英国では自由民主党が議席を伸ばした。",
     [("united_kingdom", "英国", None), ("lib_dems_uk", "自由民主党", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_homonymous_parties(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "marker", "expected"),
    [
        ("全米港湾労働組合はストを始めた。組合員は職場を離れた。", "組合員", "provisional:全米港湾労働組合"),
        ("全米港湾労働組合はストを始めた。同組合は声明を出した。", "同組合", "provisional:全米港湾労働組合"),
        ("旧統一教会の元信者が訴えた。教団は争う姿勢だ。", "教団", "unification_church"),
        ("札幌地方裁判所は請求を退けた。同地裁は理由を述べた。", "同地裁", "provisional:札幌地方裁判所"),
        # a bare 容疑者 / 被告側 is the person last given that title
        ("ジョン・ウォーカー容疑者（30）を逮捕した。警察は容疑者の自宅を調べた。", "容疑者",
         "provisional:ジョン・ウォーカー"),
        ("田村健一被告の公判が開かれた。被告側は無罪を主張した。", "被告側", "provisional:田村健一"),
        # a bare 男 after 男（29）is that man
        ("会社員の男（29）を逮捕した。男は容疑を認めている。", "男", "provisional:男（29）"),
        # 同社: the topic of the sentence before wins over a company named after it ...
        ("電子部品大手ミネルバは昨年、青葉製薬の買収を提案した。同社は別の企業も買収している。",
         "同社", "provisional:ミネルバ"),
        # ... but not the topic of 同社's own sentence, who cannot be its own partner
        ("日鉄はUSスチールを買収することで同社と合意した。", "同社", "us_steel"),
    ],
)  # fmt: skip
def test_category_nouns_and_topics(text: str, marker: str, expected: str) -> None:
    found = [m for m in link_actors(text, kb=_kb()) if m.surface == marker]
    assert [(m.entity, m.coref) for m in found] == [(expected, True)]


def test_category_noun_without_antecedent_links_nothing() -> None:
    assert link_actors("組合員の投票で協約案が承認された。教団側は反発した。", kb=_kb()) == ()
    assert link_actors("男は逃走した。容疑者の行方を追っている。", kb=_kb()) == ()


def test_lexicon_reads_the_new_kinds() -> None:
    lex = load_titles()
    assert lex.body_suffixes["地方裁判所"] == "place"
    assert lex.body_suffixes["労働組合"] == "words"
    assert lex.short_forms["地方裁判所"] == "地裁"
    assert "製作所" in lex.drop_suffixes
    assert lex.categories["教団"] == ("教会", "教団")
    assert lex.titles["厚労相"] == "厚生労働相"
