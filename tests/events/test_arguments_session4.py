"""Participants of session 4 (tests events/arguments.py): an organisation that only names
the area of a で-phrase (宮城県沿岸で) is a place, not the body acting; a clause GiNZA labels
acl on an adverbial noun (修正されたうえで) is chained with the verb after it, so the body
in it still acts.

Sentences written for this project, parsed by ja_ginza 5.3 (NER off) and kept in the
builders.py notation; where a test needs another parser's attachment, the comment says so.
"""

from __future__ import annotations

import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.arguments import document_issuers, read_participants
from storyline.events.candidates import find_candidates
from storyline.events.lexicon import load_lexicon
from storyline.events.tree import Tree

# 宮城県沿岸で強い雨が降った。
RAIN = "宮城県 PROPN compound 1 名詞-固有名詞-地名-一般; 沿岸 NOUN obl 6 名詞-普通名詞-一般; で ADP case 1 助詞-格助詞; 強い ADJ acl 4 形容詞-一般; 雨 NOUN nsubj 6 名詞-普通名詞-一般; が ADP case 4 助詞-格助詞; 降っ=降る VERB ROOT - 動詞-一般; た AUX aux 6 助動詞; 。 PUNCT punct 6 補助記号-句点"
# 衆院本会議で法案が可決された。
PLENARY = "衆院 NOUN compound 1 名詞-普通名詞-一般; 本会議 NOUN obl 6 名詞-普通名詞-一般; で ADP case 1 助詞-格助詞; 法 NOUN compound 4 名詞-普通名詞-一般; 案 NOUN nsubj 6 名詞-普通名詞-一般; が ADP case 4 助詞-格助詞; 可決 VERB ROOT - 名詞-普通名詞-サ変可能; さ=する AUX aux 6 動詞-非自立可能; れ=れる AUX aux 6 助動詞; た AUX aux 6 助動詞; 。 PUNCT punct 6 補助記号-句点"
# 予算案は20日、衆院で修正されたうえで可決された。 GiNZA makes 修正 an advcl of 可決; the
# project's hybrid parser makes it an acl of うえ (a NOUN), as here.
AMENDED = "予算案 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 20 NUM nummod 3 名詞-数詞; 日 NOUN obl 7 名詞-普通名詞-助数詞可能; 、 PUNCT punct 3 補助記号-読点; 衆院 NOUN obl 7 名詞-普通名詞-一般; で ADP case 5 助詞-格助詞; 修正 VERB acl 11 名詞-普通名詞-サ変可能; さ=する AUX aux 7 動詞-非自立可能; れ=れる AUX aux 7 助動詞; た AUX aux 7 助動詞; うえ NOUN obl 13 名詞-普通名詞-副詞可能; で ADP case 11 助詞-格助詞; 可決 VERB ROOT - 名詞-普通名詞-サ変可能; さ=する AUX aux 13 動詞-非自立可能; れ=れる AUX aux 13 助動詞; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"
# The same with 修正 describing a thing: 衆院で修正された予算案が20日に成立した。
DESCRIBED = "衆院 NOUN obl 2 名詞-普通名詞-一般; で ADP case 0 助詞-格助詞; 修正 VERB acl 5 名詞-普通名詞-サ変可能; さ=する AUX aux 2 動詞-非自立可能; れ=れる AUX aux 2 助動詞; 予算案 NOUN nsubj 11 名詞-普通名詞-一般; が ADP case 5 助詞-格助詞; 20 NUM nummod 8 名詞-数詞; 日 NOUN obl 11 名詞-普通名詞-助数詞可能; に ADP case 8 助詞-格助詞; 、 PUNCT punct 8 補助記号-読点; 成立 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11 動詞-非自立可能; た AUX aux 11 助動詞; 。 PUNCT punct 11 補助記号-句点"

MIYAGI = A("宮城県", "miyagi_prefecture", "org")
LOWER_HOUSE = A("衆院", "house_of_representatives_japan", "org")


def _read(spec: str, trigger: str, actors: tuple[A, ...]) -> list[str]:
    """The entities read_participants gives the candidate with ``trigger``."""
    a = article(spec, actors=actors, times=())
    tree = Tree.build(a.tokens)
    cand = next(
        c for c in find_candidates(tree, load_lexicon(), a.body) if c.trigger.surface == trigger
    )
    doers, others = read_participants(tree, cand, a.actors)
    return [m.entity for m in doers + others]


@pytest.mark.parametrize(
    ("spec", "trigger", "actor", "expected"),
    [
        (RAIN, "降っ", MIYAGI, []),  # 宮城県沿岸で: where it rained
        (PLENARY, "可決", LOWER_HOUSE, ["house_of_representatives_japan"]),  # its own sitting
    ],
)
def test_an_area_named_after_a_body_is_no_venue_that_acts(
    spec: str, trigger: str, actor: A, expected: list[str]
) -> None:
    assert _read(spec, trigger, (actor,)) == expected


@pytest.mark.parametrize(
    ("spec", "trigger", "expected"),
    [
        (AMENDED, "可決", {"house_of_representatives_japan"}),  # …修正されたうえで可決
        (DESCRIBED, "成立", set()),  # 衆院で修正された予算案: the clause describes the bill
    ],
)
def test_a_clause_on_an_adverbial_noun_lends_its_venue(
    spec: str, trigger: str, expected: set[str]
) -> None:
    day = T("20日", "2025-03-20")
    found = extract_events(article(spec, actors=(LOWER_HOUSE,), times=(day,)))
    event = next(e for e in found if e.trigger.endswith(trigger))
    assert {p.entity for p in event.actors + event.recipients} == expected


# 大統領は5日、輸入を制限する命令を出した。 / 命令は同社に対し、60日以内に計画を見直すよう求めた。
ORDER_ISSUED = "大統領 NOUN nsubj 11 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 5 NUM nummod 3 名詞-数詞; 日 NOUN obl 11 接尾辞-名詞的-助数詞; 、 PUNCT punct 3 補助記号-読点; 輸入 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5 助詞-格助詞; 制限 VERB acl 9 名詞-普通名詞-サ変可能; する AUX aux 7 動詞-非自立可能; 命令 NOUN obj 11 名詞-普通名詞-サ変可能; を ADP case 9 助詞-格助詞; 出し=出す VERB ROOT - 動詞-非自立可能; た AUX aux 11 助動詞; 。 PUNCT punct 11 補助記号-句点"
ORDER_ASKS = "命令 NOUN nsubj 14 名詞-普通名詞-サ変可能; は ADP case 0 助詞-係助詞; 同社 NOUN obl 12 名詞-普通名詞-一般; に ADP case 2 助詞-格助詞; 対し=対する VERB fixed 3 動詞-一般; 、 PUNCT punct 2 補助記号-読点; 60 NUM compound 8 名詞-数詞; 日 NOUN compound 8 名詞-普通名詞-助数詞可能; 以内 NOUN obl 12 名詞-普通名詞-副詞可能; に ADP case 8 助詞-格助詞; 計画 NOUN obj 12 名詞-普通名詞-サ変可能; を ADP case 10 助詞-格助詞; 見直す VERB advcl 14 動詞-一般; よう AUX aux 12 形状詞-助動詞語幹; 求め=求める VERB ROOT - 動詞-一般; た AUX aux 14 助動詞; 。 PUNCT punct 14 補助記号-句点"
# 先進7カ国（G7）外相会合は14日、共同声明を採択した。 / 声明はロシアに対し、停戦に応じるよう求めた。
# (GiNZA hangs G7 on カ国, not on the subject 会合: the issuer is read from the run of nouns.)
STATEMENT_ADOPTED = "先進 NOUN compound 2 名詞-普通名詞-一般; 7 NUM nummod 2 名詞-数詞; カ国 NOUN obl 16 名詞-普通名詞-助数詞可能; （=( PUNCT punct 2 補助記号-括弧開; G=g NOUN compound 2 名詞-普通名詞-助数詞可能; 7 NUM compound 2 名詞-数詞; ）=) PUNCT punct 2 補助記号-括弧閉; 外相 NOUN compound 8 名詞-普通名詞-一般; 会合 NOUN nsubj 16 名詞-普通名詞-サ変可能; は ADP case 8 助詞-係助詞; 14 NUM nummod 11 名詞-数詞; 日 NOUN obl 16 接尾辞-名詞的-助数詞; 、 PUNCT punct 11 補助記号-読点; 共同 NOUN compound 14 名詞-普通名詞-サ変可能; 声明 NOUN obj 16 名詞-普通名詞-サ変可能; を ADP case 14 助詞-格助詞; 採択 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 16 動詞-非自立可能; た AUX aux 16 助動詞; 。 PUNCT punct 16 補助記号-句点"
STATEMENT_ASKS = "声明 NOUN nsubj 10 名詞-普通名詞-サ変可能; は ADP case 0 助詞-係助詞; ロシア PROPN obl 10 名詞-固有名詞-地名-国; に ADP case 2 助詞-格助詞; 対し=対する VERB fixed 3 動詞-一般; 、 PUNCT punct 2 補助記号-読点; 停戦 NOUN obl 8 名詞-普通名詞-サ変可能; に ADP case 6 助詞-格助詞; 応じる VERB advcl 10 動詞-一般; よう AUX aux 8 形状詞-助動詞語幹; 求め=求める VERB ROOT - 動詞-一般; た AUX aux 10 助動詞; 。 PUNCT punct 10 補助記号-句点"
# 両国は捕虜の交換を実施した。 / 交換は国連の仲介で合意していた。
SWAP_DONE = "両国 NOUN nsubj 6 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 捕虜 NOUN nmod 4 名詞-普通名詞-一般; の ADP case 2 助詞-格助詞; 交換 NOUN obj 6 名詞-普通名詞-サ変可能; を ADP case 4 助詞-格助詞; 実施 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 6 動詞-非自立可能; た AUX aux 6 助動詞; 。 PUNCT punct 6 補助記号-句点"
SWAP_AGREED = "交換 NOUN nsubj 6 名詞-普通名詞-サ変可能; は ADP case 0 助詞-係助詞; 国連 PROPN nmod 4 名詞-固有名詞-一般; の ADP case 2 助詞-格助詞; 仲介 NOUN obl 6 名詞-普通名詞-サ変可能; で ADP case 4 助詞-格助詞; 合意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 6 動詞-非自立可能; て SCONJ mark 6 助詞-接続助詞; い=いる VERB fixed 8 動詞-非自立可能; た AUX aux 6 助動詞; 。 PUNCT punct 6 補助記号-句点"
# 同社は昨年、買収計画を発表した。 / 計画は株主に承認された。
PLAN_ANNOUNCED = "同社 NOUN nsubj 7 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 昨年 ADV advmod 7 名詞-普通名詞-副詞可能; 、 PUNCT punct 2 補助記号-読点; 買収 NOUN compound 5 名詞-普通名詞-サ変可能; 計画 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5 助詞-格助詞; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"
PLAN_APPROVED = "計画 NOUN nsubj 4 名詞-普通名詞-サ変可能; は ADP case 0 助詞-係助詞; 株主 NOUN obl 4 名詞-普通名詞-一般; に ADP case 2 助詞-格助詞; 承認 VERB ROOT - 名詞-普通名詞-サ変可能; さ=する AUX aux 4 動詞-非自立可能; れ=れる AUX aux 4 助動詞; た AUX aux 4 助動詞; 。 PUNCT punct 4 補助記号-句点"

PRESIDENT = A("大統領", "joe_biden", title="大統領")
COMPANY = A("同社", "nippon_steel", "org", coref=True)
G7 = (A("先進7カ国", "g7", "org"), A("G7", "g7", "org"))
RUSSIA = A("ロシア", "russia", "country")
BOTH = (A("両国", "russia", "country", coref=True), A("両国", "ukraine", "country", coref=True))
UN = A("国連", "united_nations", "org")


@pytest.mark.parametrize(
    ("specs", "actors", "trigger", "expected"),
    [
        ((ORDER_ISSUED, ORDER_ASKS), (PRESIDENT, COMPANY), "求め", ["joe_biden"]),
        ((STATEMENT_ADOPTED, STATEMENT_ASKS), (*G7, RUSSIA), "求め", ["g7"]),
        ((SWAP_DONE, SWAP_AGREED), (*BOTH, UN), "合意", []),  # an act done, no document
        ((PLAN_ANNOUNCED, PLAN_APPROVED), (COMPANY,), "承認", []),  # passive: the plan undergoes
        ((ORDER_ASKS,), (COMPANY,), "求め", []),  # no order issued before
    ],
)
def test_a_document_speaks_for_its_issuer(
    specs: tuple[str, ...], actors: tuple[A, ...], trigger: str, expected: list[str]
) -> None:
    a = article(*specs, actors=actors, times=())
    last = a.sentences[-1].index
    tree = Tree.build([t for t in a.tokens if t.sentence == last])
    cand = next(
        c for c in find_candidates(tree, load_lexicon(), a.body) if c.trigger.surface == trigger
    )
    earlier = [t for t in a.tokens if t.sentence < last]
    assert [m.entity for m in document_issuers(tree, cand, a.actors, earlier)] == expected


# 大統領はカナダの対抗措置には「必ず報復する」と述べた。 (and with a plain に, and with a comma)
RETALIATE = "大統領 NOUN nsubj 14 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; カナダ PROPN nmod 5 名詞-固有名詞-地名-国; の ADP case 2 助詞-格助詞; 対抗 NOUN compound 5 名詞-普通名詞-サ変可能; 措置 NOUN obl 14 名詞-普通名詞-サ変可能; に ADP case 5 助詞-格助詞; は ADP case 5 助詞-係助詞; 「 PUNCT punct 9 補助記号-括弧開; 必ず ADV advmod 10 副詞; 報復 VERB ccomp 14 名詞-普通名詞-サ変可能; する AUX aux 10 動詞-非自立可能; 」 PUNCT punct 10 補助記号-括弧閉; と ADP case 10 助詞-格助詞; 述べ=述べる VERB ROOT - 動詞-一般; た AUX aux 14 助動詞; 。 PUNCT punct 14 補助記号-句点"
TOLD = "大統領 NOUN nsubj 10 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; カナダ PROPN obl 10 名詞-固有名詞-地名-国; に ADP case 2 助詞-格助詞; 「 PUNCT punct 5 補助記号-括弧開; 必ず ADV advmod 6 副詞; 報復 VERB ccomp 10 名詞-普通名詞-サ変可能; する AUX aux 6 動詞-非自立可能; 」 PUNCT punct 6 補助記号-括弧閉; と ADP case 6 助詞-格助詞; 述べ=述べる VERB ROOT - 動詞-一般; た AUX aux 10 助動詞; 。 PUNCT punct 10 補助記号-句点"
SET_OFF = "大統領 NOUN nsubj 15 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; カナダ PROPN nmod 5 名詞-固有名詞-地名-国; の ADP case 2 助詞-格助詞; 対抗 NOUN compound 5 名詞-普通名詞-サ変可能; 措置 NOUN obl 15 名詞-普通名詞-サ変可能; に ADP case 5 助詞-格助詞; は ADP case 5 助詞-係助詞; 、 PUNCT punct 5 補助記号-読点; 「 PUNCT punct 10 補助記号-括弧開; 必ず ADV advmod 11 副詞; 報復 VERB ccomp 15 名詞-普通名詞-サ変可能; する AUX aux 11 動詞-非自立可能; 」 PUNCT punct 11 補助記号-括弧閉; と ADP case 11 助詞-格助詞; 述べ=述べる VERB ROOT - 動詞-一般; た AUX aux 15 助動詞; 。 PUNCT punct 15 補助記号-句点"

CANADA = A("カナダ", "canada", "country")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (RETALIATE, ["canada"]),  # カナダの対抗措置には「…報復する」: what it answers
        (TOLD, []),  # カナダに「…」と述べた: the one spoken to
        (SET_OFF, []),  # a comma before the quotation: a topic of the saying
    ],
)
def test_a_target_set_off_before_a_quotation_is_the_quoted_acts(
    spec: str, expected: list[str]
) -> None:
    assert _read(spec, "報復", (CANADA,)) == expected


# G7外相会合は14日、共同声明を採択した。
G7_MEETING = "G=g NOUN compound 3 名詞-普通名詞-助数詞可能; 7 NOUN compound 3 名詞-数詞; 外相 NOUN compound 3 名詞-普通名詞-一般; 会合 NOUN nsubj 11 名詞-普通名詞-サ変可能; は ADP case 3 助詞-係助詞; 14 NUM nummod 6 名詞-数詞; 日 NOUN obl 11 接尾辞-名詞的-助数詞; 、 PUNCT punct 6 補助記号-読点; 共同 NOUN compound 9 名詞-普通名詞-サ変可能; 声明 NOUN obj 11 名詞-普通名詞-サ変可能; を ADP case 9 助詞-格助詞; 採択 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11 動詞-非自立可能; た AUX aux 11 助動詞; 。 PUNCT punct 11 補助記号-句点"
# 主要20カ国・地域（G20）首脳会議は共同宣言を採択した。 (GiNZA hangs it all on 地域)
G20_SUMMIT = "主要 ADJ amod 4 形状詞-一般; 20 NUM compound 4 名詞-数詞; カ国 NOUN compound 4 名詞-普通名詞-助数詞可能; ・ SYM compound 4 補助記号-一般; 地域 NOUN nsubj 15 名詞-普通名詞-一般; （=( PUNCT punct 4 補助記号-括弧開; G=g NOUN compound 4 名詞-普通名詞-助数詞可能; 20 NUM compound 4 名詞-数詞; ）=) PUNCT punct 4 補助記号-括弧閉; 首脳 NOUN compound 4 名詞-普通名詞-一般; 会議 NOUN compound 4 名詞-普通名詞-サ変可能; は ADP case 4 助詞-係助詞; 共同 NOUN compound 13 名詞-普通名詞-サ変可能; 宣言 NOUN obj 15 名詞-普通名詞-サ変可能; を ADP case 13 助詞-格助詞; 採択 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 15 動詞-非自立可能; た AUX aux 15 助動詞; 。 PUNCT punct 15 補助記号-句点"
# 米メディアは取材に応じた。 (a compound part before a common noun stays a modifier)
US_MEDIA = "米 NOUN compound 1 名詞-普通名詞-一般; メディア NOUN nsubj 5 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 取材 NOUN obl 5 名詞-普通名詞-サ変可能; に ADP case 3 助詞-格助詞; 応じ=応ずる VERB ROOT - 動詞-一般; た AUX aux 5 助動詞; 。 PUNCT punct 5 補助記号-句点"


@pytest.mark.parametrize(
    ("spec", "trigger", "actor", "expected"),
    [
        (G7_MEETING, "採択", A("G7", "g7", "org"), ["g7"]),
        (G20_SUMMIT, "採択", A("G20", "g20", "org"), ["g20"]),
        (US_MEDIA, "応じ", A("米", "united_states", "country"), []),
    ],
)
def test_the_parties_named_in_a_meeting_act_through_it(
    spec: str, trigger: str, actor: A, expected: list[str]
) -> None:
    assert _read(spec, trigger, (actor,)) == expected


# Session 4, round 2 (dev set 2). Sentences written for this project; trees as ja_ginza 5.3
# gives such sentences (the relative clause on the first list member, the time noun
# holding the subject, the post as a proper noun).

# 首相は、支援に協力したドイツやフランス、イタリアに謝意を示した。
THANKED = "首相 NOUN nsubj 16 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 支援 NOUN obl 5 名詞-普通名詞-サ変可能; に ADP case 3 助詞-格助詞; 協力 VERB acl 8 名詞-普通名詞-サ変可能; し=する AUX aux 5 動詞-非自立可能; た AUX aux 5 助動詞; ドイツ PROPN nmod 10 名詞-固有名詞-地名-国; や ADP case 8 助詞-副助詞; フランス PROPN nmod 12 名詞-固有名詞-地名-国; 、 PUNCT punct 10 補助記号-読点; イタリア PROPN obl 16 名詞-固有名詞-地名-国; に ADP case 12 助詞-格助詞; 謝意 NOUN obj 16 名詞-普通名詞-一般; を ADP case 14 助詞-格助詞; 示し=示す VERB ROOT - 動詞-一般; た AUX aux 16 助動詞; 。 PUNCT punct 16 補助記号-句点"
# 有罪判決を受けた山田被告の弁護側は5日、高裁に控訴した。 (GiNZA: 側 an nsubj of 日)
APPEALED = "有罪 NOUN compound 1 名詞-普通名詞-一般; 判決 NOUN obj 3 名詞-普通名詞-サ変可能; を ADP case 1 助詞-格助詞; 受け=受ける VERB acl 6 動詞-一般; た AUX aux 3 助動詞; 山田 PROPN compound 6 名詞-固有名詞-人名-姓; 被告 NOUN nmod 9 名詞-普通名詞-一般; の ADP case 6 助詞-格助詞; 弁護 NOUN compound 9 名詞-普通名詞-サ変可能; 側 NOUN nsubj 12 名詞-普通名詞-一般; は ADP case 9 助詞-係助詞; 5 NUM nummod 12 名詞-数詞; 日 NOUN obl 17 接尾辞-名詞的-助数詞; 、 PUNCT punct 12 補助記号-読点; 高 NOUN compound 15 名詞-普通名詞-一般; 裁 NOUN obl 17 名詞-普通名詞-一般; に ADP case 15 助詞-格助詞; 控訴 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 17 動詞-非自立可能; た AUX aux 17 助動詞; 。 PUNCT punct 17 補助記号-句点"
# 政府はトヨタによるホンダの買収を禁止した。 (よる: a fixed case verb, no relative clause)
BLOCKED = "政府 NOUN nsubj 9 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; トヨタ PROPN nmod 7 名詞-固有名詞-一般; に ADP case 2 助詞-格助詞; よる VERB fixed 3 動詞-一般; ホンダ PROPN nmod 7 名詞-固有名詞-一般; の ADP case 5 助詞-格助詞; 買収 NOUN obj 9 名詞-普通名詞-サ変可能; を ADP case 7 助詞-格助詞; 禁止 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9 動詞-非自立可能; た AUX aux 9 助動詞; 。 PUNCT punct 9 補助記号-句点"

PM = A("首相", "fumio_kishida", title="首相")
EUROPE = (A("ドイツ", "germany", "country"), A("フランス", "france", "country"))
ITALY = A("イタリア", "italy", "country")
DEFENDANT = A("山田被告", "provisional:山田", provisional=True, title="被告")
CARS = (A("トヨタ", "toyota", "org"), A("ホンダ", "honda", "org"))


@pytest.mark.parametrize(
    ("spec", "trigger", "actors", "expected"),
    [
        (THANKED, "謝意", (PM, *EUROPE, ITALY), {"fumio_kishida", "germany", "france", "italy"}),
        (APPEALED, "控訴", (DEFENDANT,), {"provisional:山田"}),
        # よる is no relative clause: the による agent keeps the reading it had (the
        # buyer whose deal is blocked); climbing past it loses Toyota.
        (BLOCKED, "禁止", CARS, {"japan_government", "toyota", "honda"}),
    ],
)
def test_a_noun_cut_off_by_its_relative_clause_keeps_its_argument(
    spec: str, trigger: str, actors: tuple[A, ...], expected: set[str]
) -> None:
    assert set(_read(spec, trigger, actors)) == expected


# 中国外務省の報道官は日本に抗議した。 / the same with 職員 (no spokesperson word)
SPOKESPERSON = "中国 PROPN compound 1 名詞-固有名詞-地名-国; 外務省 PROPN nmod 3 名詞-普通名詞-一般; の ADP case 1 助詞-格助詞; 報道官 NOUN nsubj 7 名詞-普通名詞-一般; は ADP case 3 助詞-係助詞; 日本 PROPN obl 7 名詞-固有名詞-地名-国; に ADP case 5 助詞-格助詞; 抗議 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"
STAFF = SPOKESPERSON.replace("報道官 NOUN", "職員 NOUN")
MINISTRY = (A("中国外務省", "china_mfa", "org"), A("日本", "japan", "country"))


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(SPOKESPERSON, {"china_mfa", "japan"}), (STAFF, {"japan"})],
)
def test_a_spokesperson_speaks_for_the_body_before_it(spec: str, expected: set[str]) -> None:
    assert set(_read(spec, "抗議", MINISTRY)) == expected


# 首相は財務大臣に鈴木氏を起用した。 (GiNZA tags a post like 財務大臣 as a proper noun) /
# 首相は財務大臣に抗議した。 (a plain に-addressee stays)
APPOINTED = "首相 NOUN nsubj 7 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 財務大臣 PROPN obl 7 名詞-固有名詞-一般; に ADP case 2 助詞-格助詞; 鈴木 PROPN compound 5 名詞-固有名詞-人名-姓; 氏 NOUN obj 7 接尾辞-名詞的-一般; を ADP case 5 助詞-格助詞; 起用 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"
ASKED = "首相 NOUN nsubj 4 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 財務大臣 PROPN obl 4 名詞-固有名詞-一般; に ADP case 2 助詞-格助詞; 抗議 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 4 動詞-非自立可能; た AUX aux 4 助動詞; 。 PUNCT punct 4 補助記号-句点"
SUZUKI = A("鈴木氏", "provisional:鈴木", provisional=True)


@pytest.mark.parametrize(
    ("spec", "trigger", "actors", "expected"),
    [
        (APPOINTED, "起用", (PM, SUZUKI), {"fumio_kishida", "provisional:鈴木"}),
        (ASKED, "抗議", (PM,), {"fumio_kishida", "provisional:財務大臣"}),
    ],
)
def test_the_post_of_an_appointment_is_no_party(
    spec: str, trigger: str, actors: tuple[A, ...], expected: set[str]
) -> None:
    assert set(_read(spec, trigger, actors)) == expected


# 山田選手はリバプールを退団した。 (Sudachi tags a club named after its town as 地名) /
# 山田選手はリバプールを訪問した。 (no membership verb: the town stays a place)
LEFT_CLUB = "山田 PROPN compound 1 名詞-固有名詞-人名-姓; 選手 NOUN nsubj 5 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; リバプール PROPN obj 5 名詞-固有名詞-地名-一般; を ADP case 3 助詞-格助詞; 退団 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 5 動詞-非自立可能; た AUX aux 5 助動詞; 。 PUNCT punct 5 補助記号-句点"
VISITED = LEFT_CLUB.replace("退団 VERB", "訪問 VERB")
PLAYER = A("山田選手", "provisional:山田", provisional=True)


@pytest.mark.parametrize(
    ("spec", "trigger", "expected"),
    [
        (LEFT_CLUB, "退団", {"provisional:山田", "provisional:リバプール"}),
        (VISITED, "訪問", {"provisional:山田"}),
    ],
)
def test_the_club_a_player_leaves_is_a_party_though_named_like_a_town(
    spec: str, trigger: str, expected: set[str]
) -> None:
    assert set(_read(spec, trigger, (PLAYER,))) == expected


# 佐藤代表は記者団に対し、政府の説明は遅いと批判した。 (GiNZA hangs 代表 on the quoted 遅い,
# beside the quotation's own subject 説明) / the same with 代表が (no topic: not split).
SPEAKER_IN_QUOTE = "佐藤 PROPN compound 1 名詞-固有名詞-人名-姓; 代表 NOUN nsubj 11 名詞-普通名詞-サ変可能; は ADP case 1 助詞-係助詞; 記者団 NOUN obl 11 名詞-普通名詞-一般; に ADP case 3 助詞-格助詞; 対し=対する VERB fixed 4 動詞-一般; 、 PUNCT punct 3 補助記号-読点; 政府 NOUN nmod 9 名詞-普通名詞-一般; の ADP case 7 助詞-格助詞; 説明 NOUN nsubj 11 名詞-普通名詞-サ変可能; は ADP case 9 助詞-係助詞; 遅い ADJ advcl 13 形容詞-一般; と ADP case 11 助詞-格助詞; 批判 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"
NO_TOPIC = SPEAKER_IN_QUOTE.replace("は ADP case 1 助詞-係助詞", "が ADP case 1 助詞-格助詞")
SATO = A("佐藤代表", "provisional:佐藤", provisional=True)
CABINET = A("政府", "japan_government", "org")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (SPEAKER_IN_QUOTE, {"provisional:佐藤", "japan_government"}),
        (NO_TOPIC, {"provisional:佐藤"}),  # が: not the speaker's topic, no split
    ],
)
def test_a_speaker_hung_inside_the_quotation_speaks(spec: str, expected: set[str]) -> None:
    assert set(_read(spec, "批判", (SATO, CABINET))) == expected


# 会社は労働組合の要求に応じた。 / 会社は労働組合の事務所を訪問した。 (no answer: no party)
ANSWERED_UNION = "会社 NOUN nsubj 7 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 労働 NOUN compound 3 名詞-普通名詞-サ変可能; 組合 NOUN nmod 5 名詞-普通名詞-一般; の ADP case 3 助詞-格助詞; 要求 NOUN obl 7 名詞-普通名詞-サ変可能; に ADP case 5 助詞-格助詞; 応じ=応じる VERB ROOT - 動詞-一般; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"
VISITED_UNION = "会社 NOUN nsubj 7 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 労働 NOUN compound 3 名詞-普通名詞-サ変可能; 組合 NOUN nmod 5 名詞-普通名詞-一般; の ADP case 3 助詞-格助詞; 事務所 NOUN obj 7 名詞-普通名詞-一般; を ADP case 5 助詞-格助詞; 訪問 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"
FIRM = A("会社", "provisional:会社", "org", provisional=True)


@pytest.mark.parametrize(
    ("spec", "trigger", "expected"),
    [
        (ANSWERED_UNION, "応じ", {"provisional:会社", "provisional:労働組合"}),
        (VISITED_UNION, "訪問", {"provisional:会社"}),
    ],
)
def test_the_collective_whose_demand_is_answered_is_a_party(
    spec: str, trigger: str, expected: set[str]
) -> None:
    assert set(_read(spec, trigger, (FIRM,))) == expected


# 米紙ポストの田中記者や、鈴木氏らが解放された。 (GiNZA: 記者 an obl of 解放 with や, 氏 a
# compound of ら) / 米軍部隊が撤退した。 (米 fused with its forces: the country acts)
FREED = "米紙 NOUN compound 1 名詞-普通名詞-一般; ポスト PROPN nmod 4 名詞-固有名詞-一般; の ADP case 1 助詞-格助詞; 田中 PROPN compound 4 名詞-固有名詞-人名-姓; 記者 NOUN obl 11 名詞-普通名詞-一般; や ADP case 4 助詞-副助詞; 、 PUNCT punct 4 補助記号-読点; 鈴木 PROPN compound 9 名詞-固有名詞-人名-姓; 氏 NOUN compound 9 接尾辞-名詞的-一般; ら NOUN nsubj 11 接尾辞-名詞的-一般; が ADP case 9 助詞-格助詞; 解放 VERB ROOT - 名詞-普通名詞-サ変可能; さ=する AUX aux 11 動詞-非自立可能; れ=れる AUX aux 11 助動詞; た AUX aux 11 助動詞; 。 PUNCT punct 11 補助記号-句点"
WITHDREW = "米軍 NOUN compound 1 名詞-普通名詞-一般; 部隊 NOUN nsubj 3 名詞-普通名詞-一般; が ADP case 1 助詞-格助詞; 撤退 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 3 動詞-非自立可能; た AUX aux 3 助動詞; 。 PUNCT punct 3 補助記号-句点"
US = A("米", "united_states", "country")
FREED_ACTORS = (
    US,
    A("田中記者", "provisional:田中", provisional=True),
    A("鈴木氏", "provisional:鈴木", provisional=True),
)


@pytest.mark.parametrize(
    ("spec", "trigger", "actors", "expected"),
    [
        (FREED, "解放", FREED_ACTORS, {"provisional:田中", "provisional:鈴木"}),
        (WITHDREW, "撤退", (US,), {"united_states"}),
    ],
)
def test_list_members_plural_names_and_fused_country_words(
    spec: str, trigger: str, actors: tuple[A, ...], expected: set[str]
) -> None:
    assert set(_read(spec, trigger, actors)) == expected
