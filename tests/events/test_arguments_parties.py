"""Participant rules of session 3 (tests events/arguments.py): parties written in quotations,
topics, conditions, relative clauses, benefactives and collectives.

Sentences written for this project, parsed by ja_ginza 5.3 (NER off) and kept in the
builders.py notation, GiNZA's own attachment mistakes included.
"""

from __future__ import annotations

import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.arguments import described_person
from storyline.events.candidates import find_candidates
from storyline.events.lexicon import load_lexicon
from storyline.events.tree import Tree
from storyline.models import Event

# ロシア側は負傷したウクライナ兵10人を別途引き渡すとした。
QUOTED_HANDOVER = "ロシア PROPN compound 1 名詞-固有名詞-地名-国; 側 NOUN nsubj 14 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 負傷 VERB acl 9 名詞-普通名詞-サ変可能; し=する AUX aux 3 動詞-非自立可能; た AUX aux 3 助動詞; ウクライナ PROPN compound 9 名詞-固有名詞-地名-国; 兵 NOUN compound 9 名詞-普通名詞-一般; 10 NUM nummod 9 名詞-数詞; 人 NOUN obj 14 接尾辞-名詞的-一般; を ADP case 9 助詞-格助詞; 別途 ADV advmod 12 名詞-普通名詞-副詞可能; 引き渡す VERB obl 14 動詞-一般; と ADP case 12 助詞-格助詞; し=する VERB ROOT - 動詞-非自立可能; た AUX aux 14 助動詞; 。 PUNCT punct 14 補助記号-句点"
# 首相は連立を組む自由民主党のリントナー財務相を更迭した。
AFFILIATED_OBJECT = "首相 NOUN nsubj 10 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 連立 NOUN obj 4 名詞-普通名詞-サ変可能; を ADP case 2 助詞-格助詞; 組む VERB acl 5 動詞-一般; 自由民主党 PROPN nmod 8 名詞-固有名詞-一般; の ADP case 5 助詞-格助詞; リントナー NOUN compound 8 名詞-固有名詞-人名-一般; 財務相 NOUN obj 10 名詞-普通名詞-一般; を ADP case 8 助詞-格助詞; 更迭 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10 動詞-非自立可能; た AUX aux 10 助動詞; 。 PUNCT punct 10 補助記号-句点"
# フォンデアライエン欧州委員長は声明で、関税は誰の得にもならないと米国の措置を批判した。
SPLIT_NAME = "フォンデアライエン NOUN ROOT - 名詞-普通名詞-一般; 欧州 PROPN compound 2 名詞-固有名詞-地名-一般; 委員長 NOUN nsubj 14 名詞-普通名詞-一般; は ADP case 2 助詞-係助詞; 声明 NOUN obl 14 名詞-普通名詞-サ変可能; で ADP case 4 助詞-格助詞; 、 PUNCT punct 4 補助記号-読点; 関税 NOUN nsubj 14 名詞-普通名詞-一般; は ADP case 7 助詞-係助詞; 誰 PRON nmod 11 代名詞; の ADP case 9 助詞-格助詞; 得 NOUN obl 14 名詞-普通名詞-一般; に ADP case 11 助詞-格助詞; も ADP case 11 助詞-係助詞; なら=なる VERB advcl 21 動詞-非自立可能; ない AUX aux 14 助動詞; と SCONJ mark 14 助詞-接続助詞; 米国 PROPN nmod 19 名詞-固有名詞-地名-国; の ADP case 17 助詞-格助詞; 措置 NOUN obj 21 名詞-普通名詞-サ変可能; を ADP case 19 助詞-格助詞; 批判 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 21 動詞-非自立可能; た AUX aux 21 助動詞; 。 PUNCT punct 21 補助記号-句点"
# ロシア軍はウクライナ東部を激しく攻撃した。
REGION = "ロシア PROPN compound 1 名詞-固有名詞-地名-国; 軍 NOUN nsubj 7 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; ウクライナ PROPN compound 4 名詞-固有名詞-地名-国; 東部 NOUN obj 7 名詞-普通名詞-一般; を ADP case 4 助詞-格助詞; 激しく=激しい ADJ advcl 7 形容詞-一般; 攻撃 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"
# 首相は、中国との共同開発については「時期尚早だ」と否定した。
STANCE_TOPIC = "首相 NOUN nsubj 18 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 中国 PROPN nmod 7 名詞-固有名詞-地名-国; と ADP case 3 助詞-格助詞; の ADP case 3 助詞-格助詞; 共同 NOUN compound 7 名詞-普通名詞-サ変可能; 開発 NOUN obl 14 名詞-普通名詞-サ変可能; に ADP case 7 助詞-格助詞; つい=つく VERB fixed 8 動詞-一般; て SCONJ fixed 8 助詞-接続助詞; は ADP case 7 助詞-係助詞; 「 PUNCT punct 13 補助記号-括弧開; 時期 NOUN obl 14 名詞-普通名詞-副詞可能; 尚早 ADJ advcl 18 名詞-普通名詞-一般; だ AUX aux 14 助動詞; 」 PUNCT punct 14 補助記号-括弧閉; と ADP case 14 助詞-格助詞; 否定 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 18 動詞-非自立可能; た AUX aux 18 助動詞; 。 PUNCT punct 18 補助記号-句点"
# トランプ氏は、日本製鉄が経営権を持たない形であれば出資を容認する考えを示した。
CONDITION = "トランプ NOUN compound 1 名詞-固有名詞-人名-一般; 氏 NOUN nsubj 20 接尾辞-名詞的-一般; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1 補助記号-読点; 日本製鉄 PROPN nsubj 8 名詞-固有名詞-一般; が ADP case 4 助詞-格助詞; 経営権 NOUN obj 8 名詞-普通名詞-一般; を ADP case 6 助詞-格助詞; 持た=持つ VERB acl 10 動詞-一般; ない AUX aux 8 助動詞; 形 NOUN advcl 20 名詞-普通名詞-一般; で=だ AUX cop 10 助動詞; あれ=ある VERB fixed 11 動詞-非自立可能; ば SCONJ mark 10 助詞-接続助詞; 出資 NOUN obj 16 名詞-普通名詞-サ変可能; を ADP case 14 助詞-格助詞; 容認 VERB acl 18 名詞-普通名詞-サ変可能; する AUX aux 16 動詞-非自立可能; 考え NOUN obj 20 名詞-普通名詞-一般; を ADP case 18 助詞-格助詞; 示し=示す VERB ROOT - 動詞-一般; た AUX aux 20 助動詞; 。 PUNCT punct 20 補助記号-句点"
# 米国とウクライナは、ジッダで開いた協議の後に共同声明を発表した。
AFTER_TALKS = "米国 PROPN nmod 2 名詞-固有名詞-地名-国; と ADP case 0 助詞-格助詞; ウクライナ PROPN nsubj 16 名詞-固有名詞-地名-国; は ADP case 2 助詞-係助詞; 、 PUNCT punct 2 補助記号-読点; ジッダ PROPN obl 7 名詞-固有名詞-地名-一般; で ADP case 5 助詞-格助詞; 開い=開く VERB acl 9 動詞-一般; た AUX aux 7 助動詞; 協議 NOUN nmod 11 名詞-普通名詞-サ変可能; の ADP case 9 助詞-格助詞; 後 NOUN obl 16 名詞-普通名詞-副詞可能; に ADP case 11 助詞-格助詞; 共同 NOUN compound 14 名詞-普通名詞-サ変可能; 声明 NOUN obj 16 名詞-普通名詞-サ変可能; を ADP case 14 助詞-格助詞; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 16 動詞-非自立可能; た AUX aux 16 助動詞; 。 PUNCT punct 16 補助記号-句点"
# 東京地方裁判所は10日、国の請求を認め、教団に解散を命じる決定を出した。
COURT = "東京 PROPN compound 1 名詞-固有名詞-地名-一般; 地方裁判所 NOUN nsubj 19 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 10 NUM nummod 4 名詞-数詞; 日 NOUN obl 10 名詞-普通名詞-助数詞可能; 、 PUNCT punct 4 補助記号-読点; 国 NOUN nmod 8 名詞-普通名詞-一般; の ADP case 6 助詞-格助詞; 請求 NOUN obj 10 名詞-普通名詞-サ変可能; を ADP case 8 助詞-格助詞; 認め=認める VERB advcl 16 動詞-一般; 、 PUNCT punct 10 補助記号-読点; 教団 PROPN obl 16 名詞-普通名詞-一般; に ADP case 12 助詞-格助詞; 解散 NOUN obj 16 名詞-普通名詞-サ変可能; を ADP case 14 助詞-格助詞; 命じる VERB advcl 19 動詞-一般; 決定 NOUN obj 19 名詞-普通名詞-サ変可能; を ADP case 17 助詞-格助詞; 出し=出す VERB ROOT - 動詞-非自立可能; た AUX aux 19 助動詞; 。 PUNCT punct 19 補助記号-句点"
# 組合員は、会社側が示した新たな案を賛成多数で承認した。
MEMBERS = "組合員 NOUN nsubj 15 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 会社 NOUN compound 4 名詞-普通名詞-一般; 側 NOUN nsubj 6 名詞-普通名詞-一般; が ADP case 4 助詞-格助詞; 示し=示す VERB acl 10 動詞-一般; た AUX aux 6 助動詞; 新た ADJ acl 10 形状詞-一般; な=だ AUX aux 8 助動詞; 案 NOUN obj 12 名詞-普通名詞-一般; を ADP case 10 助詞-格助詞; 賛成 NOUN compound 13 名詞-普通名詞-サ変可能; 多数 NOUN obl 15 名詞-普通名詞-副詞可能; で ADP case 13 助詞-格助詞; 承認 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 15 動詞-非自立可能; た AUX aux 15 助動詞; 。 PUNCT punct 15 補助記号-句点"
# 那覇市や浦添市などは住民に避難指示を出した。
LISTED_CITIES = "那覇市 PROPN nmod 2 名詞-固有名詞-地名-一般; や ADP case 0 助詞-副助詞; 浦添市 PROPN obl 10 名詞-固有名詞-地名-一般; など ADP case 2 助詞-副助詞; は ADP case 2 助詞-係助詞; 住民 NOUN obl 10 名詞-普通名詞-一般; に ADP case 5 助詞-格助詞; 避難 NOUN compound 8 名詞-普通名詞-サ変可能; 指示 NOUN obj 10 名詞-普通名詞-サ変可能; を ADP case 8 助詞-格助詞; 出し=出す VERB ROOT - 動詞-非自立可能; た AUX aux 10 助動詞; 。 PUNCT punct 10 補助記号-句点"
# 来月就任するメルツ次期首相も、防衛費の増額を約束した。
RELATIVE_PERSON = "来月 ADV advmod 1 名詞-普通名詞-副詞可能; 就任 VERB acl 5 名詞-普通名詞-サ変可能; する AUX aux 1 動詞-非自立可能; メルツ NOUN punct 1 名詞-固有名詞-人名-一般; 次期 NOUN compound 5 名詞-普通名詞-一般; 首相 NOUN nsubj 12 名詞-普通名詞-一般; も ADP case 5 助詞-係助詞; 、 PUNCT punct 5 補助記号-読点; 防衛費 NOUN nmod 10 名詞-普通名詞-一般; の ADP case 8 助詞-格助詞; 増額 NOUN obj 12 名詞-普通名詞-サ変可能; を ADP case 10 助詞-格助詞; 約束 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12 動詞-非自立可能; た AUX aux 12 助動詞; 。 PUNCT punct 12 補助記号-句点"
# ニデックは昨年末、牧野フライスへの買収計画を公表した。
ANNOUNCED = "ニデック NOUN nsubj 11 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 昨年末 NOUN obl 11 名詞-普通名詞-一般; 、 PUNCT punct 2 補助記号-読点; 牧野 PROPN compound 5 名詞-固有名詞-人名-姓; フライス NOUN nmod 9 名詞-普通名詞-一般; へ ADP case 5 助詞-格助詞; の ADP case 5 助詞-格助詞; 買収 NOUN compound 9 名詞-普通名詞-サ変可能; 計画 NOUN obj 11 名詞-普通名詞-サ変可能; を ADP case 9 助詞-格助詞; 公表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11 動詞-非自立可能; た AUX aux 11 助動詞; 。 PUNCT punct 11 補助記号-句点"
# 与党は国民民主党と合意し、予算案に賛成してもらった。
BENEFACTIVE = "与党 NOUN nsubj 4 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 国民民主党 ADV advmod 4 名詞-固有名詞-一般; と ADP case 2 助詞-格助詞; 合意 VERB advcl 9 名詞-普通名詞-サ変可能; し=する AUX aux 4 動詞-非自立可能; 、 PUNCT punct 4 補助記号-読点; 予算案 NOUN obl 9 名詞-普通名詞-一般; に ADP case 7 助詞-格助詞; 賛成 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9 動詞-非自立可能; て SCONJ mark 9 助詞-接続助詞; もらっ=もらう VERB fixed 11 動詞-非自立可能; た AUX aux 9 助動詞; 。 PUNCT punct 9 補助記号-句点"
# 首相はウクライナ東部を視察した。
REGION_VISIT = "首相 NOUN nsubj 5 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; ウクライナ PROPN compound 3 名詞-固有名詞-地名-国; 東部 NOUN obj 5 名詞-普通名詞-一般; を ADP case 3 助詞-格助詞; 視察 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 5 動詞-非自立可能; た AUX aux 5 助動詞; 。 PUNCT punct 5 補助記号-句点"
# 警察に拘束された記者も、当局の対応を批判した。
PASSIVE_RELATIVE = "警察 NOUN obl 2 名詞-普通名詞-一般; に ADP case 0 助詞-格助詞; 拘束 VERB acl 6 名詞-普通名詞-サ変可能; さ=する AUX aux 2 動詞-非自立可能; れ=れる AUX aux 2 助動詞; た AUX aux 2 助動詞; 記者 NOUN nsubj 13 名詞-普通名詞-一般; も ADP case 6 助詞-係助詞; 、 PUNCT punct 6 補助記号-読点; 当局 NOUN nmod 11 名詞-普通名詞-一般; の ADP case 9 助詞-格助詞; 対応 NOUN obj 13 名詞-普通名詞-サ変可能; を ADP case 11 助詞-格助詞; 批判 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"
# ホンダとの統合については、日産の取締役会が協議した。
TOPIC_TALKS = "ホンダ PROPN nmod 3 名詞-固有名詞-一般; と ADP case 0 助詞-格助詞; の ADP case 0 助詞-格助詞; 統合 NOUN obl 13 名詞-普通名詞-サ変可能; に ADP case 3 助詞-格助詞; つい=つく VERB fixed 4 動詞-一般; て SCONJ fixed 4 助詞-接続助詞; は ADP case 3 助詞-係助詞; 、 PUNCT punct 3 補助記号-読点; 日産 PROPN nmod 11 名詞-固有名詞-一般; の ADP case 9 助詞-格助詞; 取締役会 NOUN nsubj 13 名詞-普通名詞-一般; が ADP case 11 助詞-格助詞; 協議 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"

# ホンダが日産を傘下に置く案を示したことに、日産の経営陣が強く反発した。
PROPOSAL_REBUFFED = "ホンダ PROPN nsubj 6 名詞-固有名詞-一般; が ADP case 0 助詞-格助詞; 日産 PROPN obj 6 名詞-固有名詞-一般; を ADP case 2 助詞-格助詞; 傘下 NOUN obl 6 名詞-普通名詞-一般; に ADP case 4 助詞-格助詞; 置く VERB acl 7 動詞-非自立可能; 案 NOUN obj 9 名詞-普通名詞-一般; を ADP case 7 助詞-格助詞; 示し=示す VERB acl 11 動詞-一般; た AUX aux 9 助動詞; こと NOUN obl 20 名詞-普通名詞-一般; に ADP case 11 助詞-格助詞; 、 PUNCT punct 11 補助記号-読点; 日産 PROPN nmod 17 名詞-固有名詞-一般; の ADP case 14 助詞-格助詞; 経営 NOUN compound 17 名詞-普通名詞-サ変可能; 陣 NOUN nsubj 20 名詞-普通名詞-一般; が ADP case 17 助詞-格助詞; 強く=強い ADJ advcl 20 形容詞-一般; 反発 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 20 動詞-非自立可能; た AUX aux 20 助動詞; 。 PUNCT punct 20 補助記号-句点"
# トヨタが大株主のデンソーも、新工場の建設計画を発表した。
SHAREHOLDER = "トヨタ PROPN nsubj 2 名詞-固有名詞-一般; が ADP case 0 助詞-格助詞; 大株主 NOUN nmod 4 名詞-普通名詞-一般; の ADP case 2 助詞-格助詞; デンソー PROPN nsubj 13 名詞-固有名詞-一般; も ADP case 4 助詞-係助詞; 、 PUNCT punct 4 補助記号-読点; 新 NOUN compound 8 接頭辞; 工場 NOUN nmod 11 名詞-普通名詞-一般; の ADP case 8 助詞-格助詞; 建設 NOUN compound 11 名詞-普通名詞-サ変可能; 計画 NOUN obj 13 名詞-普通名詞-サ変可能; を ADP case 11 助詞-格助詞; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"
# 首相は、中国への制裁を緩めることには否定的な考えを示した。
EASED_SANCTIONS = "首相 NOUN nsubj 16 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 中国 PROPN nmod 6 名詞-固有名詞-地名-国; へ ADP case 3 助詞-格助詞; の ADP case 3 助詞-格助詞; 制裁 NOUN obj 8 名詞-普通名詞-サ変可能; を ADP case 6 助詞-格助詞; 緩める VERB acl 9 動詞-一般; こと NOUN obl 14 名詞-普通名詞-一般; に ADP case 9 助詞-格助詞; は ADP case 9 助詞-係助詞; 否定的 ADJ acl 14 名詞-普通名詞-形状詞可能; な=だ AUX cop 12 助動詞; 考え NOUN obj 16 名詞-普通名詞-一般; を ADP case 14 助詞-格助詞; 示し=示す VERB ROOT - 動詞-一般; た AUX aux 16 助動詞; 。 PUNCT punct 16 補助記号-句点"
# ウクライナは、米国との高官協議で停戦案を受け入れる意向を表明した。
# (協議 hung on 表明, as GiNZA hangs the occasion in a corpus sentence of this shape)
DECLARED_IN_TALKS = "ウクライナ PROPN nsubj 15 名詞-固有名詞-地名-国; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 米国 PROPN nmod 7 名詞-固有名詞-地名-国; と ADP case 3 助詞-格助詞; の ADP case 3 助詞-格助詞; 高官 NOUN compound 7 名詞-普通名詞-一般; 協議 NOUN obl 15 名詞-普通名詞-サ変可能; で ADP case 7 助詞-格助詞; 停戦 NOUN compound 10 名詞-普通名詞-サ変可能; 案 NOUN obj 12 名詞-普通名詞-一般; を ADP case 10 助詞-格助詞; 受け入れる VERB acl 13 動詞-一般; 意向 NOUN obj 15 名詞-普通名詞-一般; を ADP case 13 助詞-格助詞; 表明 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 15 動詞-非自立可能; た AUX aux 15 助動詞; 。 PUNCT punct 15 補助記号-句点"
# 立憲民主党や共産党などは反対した。
LISTED_PARTIES = "立憲民主党 NOUN nmod 2 名詞-固有名詞-一般; や ADP case 0 助詞-副助詞; 共産党 PROPN obl 5 名詞-固有名詞-一般; など ADP case 2 助詞-副助詞; は ADP case 2 助詞-係助詞; 反対 VERB ROOT - 名詞-普通名詞-サ変形状詞可能; し=する AUX aux 5 動詞-非自立可能; た AUX aux 5 助動詞; 。 PUNCT punct 5 補助記号-句点"
# 町は8日に一部の地区で避難指示を解除し、段階的に住民の帰宅を認めた。
# (解除 hung under 町 as dep, as GiNZA hangs it in a corpus sentence of this shape)
TOWN_TOPIC = "町 NOUN nsubj 21 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 8 NUM nummod 3 名詞-数詞; 日 NOUN obl 12 接尾辞-名詞的-助数詞; に ADP case 3 助詞-格助詞; 一部 NOUN nmod 7 名詞-普通名詞-副詞可能; の ADP case 5 助詞-格助詞; 地区 NOUN obl 12 名詞-普通名詞-一般; で ADP case 7 助詞-格助詞; 避難 NOUN compound 10 名詞-普通名詞-サ変可能; 指示 NOUN obj 12 名詞-普通名詞-サ変可能; を ADP case 10 助詞-格助詞; 解除 VERB dep 0 名詞-普通名詞-サ変可能; し=する AUX aux 12 動詞-非自立可能; 、 PUNCT punct 12 補助記号-読点; 段階的 ADJ advcl 21 名詞-普通名詞-形状詞可能; に=だ AUX cop 15 助動詞; 住民 NOUN nmod 19 名詞-普通名詞-一般; の ADP case 17 助詞-格助詞; 帰宅 NOUN obj 21 名詞-普通名詞-サ変可能; を ADP case 19 助詞-格助詞; 認め=認める VERB ROOT - 動詞-一般; た AUX aux 21 助動詞; 。 PUNCT punct 21 補助記号-句点"
# 地元の銀行は1000万円を輪島市に寄付した。
DONATION = "地元 NOUN nmod 2 名詞-普通名詞-一般; の ADP case 0 助詞-格助詞; 銀行 NOUN nsubj 9 名詞-普通名詞-一般; は ADP case 2 助詞-係助詞; 1000万 NUM compound 5 名詞-数詞; 円 NOUN obj 9 名詞-普通名詞-助数詞可能; を ADP case 5 助詞-格助詞; 輪島市 PROPN obl 9 名詞-固有名詞-地名-一般; に ADP case 7 助詞-格助詞; 寄付 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9 動詞-非自立可能; た AUX aux 9 助動詞; 。 PUNCT punct 9 補助記号-句点"
# 韓国政府は、鉄鋼製品を関税の対象から外すよう米国に繰り返し求めた。
REPEATED = "韓国 PROPN compound 1 名詞-固有名詞-地名-国; 政府 NOUN nsubj 16 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1 補助記号-読点; 鉄鋼 NOUN compound 5 名詞-普通名詞-一般; 製品 NOUN obj 11 名詞-普通名詞-一般; を ADP case 5 助詞-格助詞; 関税 NOUN nmod 9 名詞-普通名詞-一般; の ADP case 7 助詞-格助詞; 対象 NOUN obl 11 名詞-普通名詞-一般; から ADP case 9 助詞-格助詞; 外す VERB advcl 15 動詞-一般; よう AUX aux 11 形状詞-助動詞語幹; 米国 PROPN obl 15 名詞-固有名詞-地名-国; に ADP case 13 助詞-格助詞; 繰り返し=繰り返す VERB advcl 16 動詞-一般; 求め=求める VERB ROOT - 動詞-一般; た AUX aux 16 助動詞; 。 PUNCT punct 16 補助記号-句点"
# 日本製鉄株式会社は、新たな設備投資計画を発表した。
LEGAL_NAME = "日本製鉄 PROPN compound 1 名詞-固有名詞-一般; 株式会社 NOUN nsubj 10 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1 補助記号-読点; 新た ADJ acl 8 形状詞-一般; な=だ AUX aux 4 助動詞; 設備 NOUN compound 8 名詞-普通名詞-サ変可能; 投資 NOUN compound 8 名詞-普通名詞-サ変可能; 計画 NOUN obj 10 名詞-普通名詞-サ変可能; を ADP case 8 助詞-格助詞; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10 動詞-非自立可能; た AUX aux 10 助動詞; 。 PUNCT punct 10 補助記号-句点"
# 地検は容疑者を起訴した。
INDICTED = "地検 NOUN nsubj 4 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 容疑者 NOUN obj 4 名詞-普通名詞-一般; を ADP case 2 助詞-格助詞; 起訴 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 4 動詞-非自立可能; た AUX aux 4 助動詞; 。 PUNCT punct 4 補助記号-句点"
# 容疑者側は、身柄の移送に反対した。
SUSPECT_SIDE = "容疑者 NOUN compound 1 名詞-普通名詞-一般; 側 NOUN nsubj 8 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1 補助記号-読点; 身柄 NOUN nmod 6 名詞-普通名詞-一般; の ADP case 4 助詞-格助詞; 移送 NOUN obl 8 名詞-普通名詞-サ変可能; に ADP case 6 助詞-格助詞; 反対 VERB ROOT - 名詞-普通名詞-サ変形状詞可能; し=する AUX aux 8 動詞-非自立可能; た AUX aux 8 助動詞; 。 PUNCT punct 8 補助記号-句点"
# 町は、自衛隊の部隊による給水を続けるよう求めた。
ASKED_AGENT = "町 NOUN nsubj 12 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 自衛隊 PROPN nmod 5 名詞-固有名詞-一般; の ADP case 3 助詞-格助詞; 部隊 NOUN nmod 8 名詞-普通名詞-一般; に ADP case 5 助詞-格助詞; よる VERB fixed 6 動詞-一般; 給水 NOUN obj 10 名詞-普通名詞-サ変可能; を ADP case 8 助詞-格助詞; 続ける VERB advcl 12 動詞-非自立可能; よう AUX aux 10 形状詞-助動詞語幹; 求め=求める VERB ROOT - 動詞-一般; た AUX aux 12 助動詞; 。 PUNCT punct 12 補助記号-句点"

PUTIN = A("プーチン氏", "vladimir_putin")
RUSSIA = A("ロシア", "russia", "country")
UKRAINE = A("ウクライナ", "ukraine", "country")


def _parties(ev: Event) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(p.entity for p in ev.actors), frozenset(p.entity for p in ev.recipients)


def _event(spec: str, trigger: str, *actors: A, times: tuple[T, ...] = ()) -> Event:
    """The one event whose trigger ends with ``trigger`` in the article of ``spec``."""
    found = extract_events(article(spec, actors=actors, times=times))
    return next(e for e in found if e.trigger.endswith(trigger))


def _described(spec: str, trigger: str, *actors: A) -> list[str]:
    """What :func:`described_person` gives the candidate with ``trigger`` (no gates)."""
    a = article(spec, actors=actors)
    tree = Tree.build(a.tokens)
    cand = next(
        c for c in find_candidates(tree, load_lexicon(), a.body) if c.trigger.surface == trigger
    )
    return [m.entity for m in described_person(tree, cand, a.actors)]


@pytest.mark.parametrize(
    ("spec", "trigger", "actors", "doers", "recipients"),
    [
        # …兵10人を引き渡すとした: the object GiNZA hung on する is the quoted verb's.
        (QUOTED_HANDOVER, "引き渡す", (RUSSIA, UKRAINE), {"russia"}, {"ukraine"}),
        # 自由民主党のリントナー財務相を更迭: a party before a person is an affiliation.
        (
            AFFILIATED_OBJECT,
            "更迭",
            (
                A("首相", "olaf_scholz"),
                A("自由民主党", "fdp", "org"),
                A("リントナー財務相", "lindner"),
            ),
            {"olaf_scholz"},
            {"lindner"},
        ),
        # フォンデアライエン | 欧州委員長は: GiNZA made the name a root of its own.
        (
            SPLIT_NAME,
            "批判",
            (
                A("フォンデアライエン", "ursula_von_der_leyen"),
                A("米国", "united_states", "country"),
            ),
            {"ursula_von_der_leyen"},
            {"united_states"},
        ),
        # ウクライナ東部を攻撃: the country of the region is the target of an attack ...
        (REGION, "攻撃", (RUSSIA, UKRAINE), {"russia"}, {"ukraine"}),
        # ... but a region visited is a place, not a party.
        (REGION_VISIT, "視察", (A("首相", "pm"), UKRAINE), {"pm"}, set()),
        # 中国との共同開発については…否定: the partner of the matter refused takes part.
        (
            STANCE_TOPIC,
            "否定",
            (A("首相", "pm"), A("中国", "china", "country")),
            {"pm"},
            {"china"},
        ),
        # 日本製鉄が…であれば容認する: the one whose conduct is accepted on condition.
        (
            CONDITION,
            "容認",
            (A("トランプ氏", "donald_trump"), A("日本製鉄", "nippon_steel", "org")),
            {"donald_trump"},
            {"nippon_steel"},
        ),
        # 協議の後に共同声明を発表: who issued the statement after the talks held them.
        (
            AFTER_TALKS,
            "協議",
            (A("米国", "united_states", "country"), UKRAINE),
            {"united_states", "ukraine"},
            set(),
        ),
        # 東京地方裁判所は…認め、教団に解散を命じる決定を出した: a court named in full acts
        # in a chained clause; a collective named by its common noun is the one ordered.
        (
            COURT,
            "命じる",
            (),
            {"provisional:東京地方裁判所"},
            {"provisional:教団"},
        ),
        # The decision is that order (命じる is its content clause, which GiNZA hangs on 出す):
        # the collective ordered is its party too (session 3, round 3).
        (COURT, "決定", (), {"provisional:東京地方裁判所"}, {"provisional:教団"}),
        # 組合員は…承認した: union members act in their own name.
        (MEMBERS, "承認", (), {"provisional:組合員"}, set()),
        # 那覇市や浦添市などは: each city of a listed subject (など before は) acts.
        (LISTED_CITIES, "避難指示", (), {"provisional:那覇市", "provisional:浦添市"}, set()),
        # 牧野フライスへの買収計画を公表: the target of the plan made public takes part.
        (
            ANNOUNCED,
            "公表",
            (A("ニデック", "nidec", "org"), A("牧野フライス", "makino", "org")),
            {"nidec"},
            {"makino"},
        ),
        # 国民民主党と合意し、予算案に賛成してもらった: the partner supports, not the subject.
        (
            BENEFACTIVE,
            "賛成",
            (A("与党", "ruling_parties", "org"), A("国民民主党", "dpfp", "org")),
            {"dpfp"},
            set(),
        ),
        # ホンダが…案を示したことに、日産の経営陣が反発: the proposer of what is rebuffed
        # takes part; 経営陣 (経営 + 陣) is a delegate noun the company acts through.
        (
            PROPOSAL_REBUFFED,
            "反発",
            (A("ホンダ", "honda", "org"), A("日産", "nissan", "org", nth=1)),
            {"nissan"},
            {"honda"},
        ),
        # トヨタが大株主のデンソー: the subject of a noun predicate inside the subject's
        # modifier takes no part.
        (
            SHAREHOLDER,
            "発表",
            (A("トヨタ", "toyota", "org"), A("デンソー", "denso", "org")),
            {"denso"},
            set(),
        ),
        # 中国への制裁を緩めることには否定的: the one the refused measure would favour.
        (
            EASED_SANCTIONS,
            "否定的な考え",
            (A("首相", "pm"), A("中国", "china", "country")),
            {"pm"},
            {"china"},
        ),
        # 米国との高官協議で…受け入れる意向を表明: the partner of the talks is the other side.
        (
            DECLARED_IN_TALKS,
            "受け入れる",
            (UKRAINE, A("米国", "united_states", "country")),
            {"ukraine"},
            {"united_states"},
        ),
        # 立憲民主党や共産党などは: など lists; は after it makes them the subject.
        (
            LISTED_PARTIES,
            "反対",
            (A("立憲民主党", "cdp", "org"), A("共産党", "jcp", "org")),
            {"cdp", "jcp"},
            set(),
        ),
        # 町は…解除し: a town acts even when GiNZA hangs the verb under it.
        (TOWN_TOPIC, "解除", (), {"provisional:町"}, set()),
        # 米国に繰り返し求めた: GiNZA hung 米国に on 繰り返し, an adverb taken for a verb.
        (
            REPEATED,
            "求め",
            (A("韓国政府", "korea_government", "org"), A("米国", "united_states", "country")),
            {"korea_government"},
            {"united_states"},
        ),
        # 日本製鉄株式会社は: the name before its legal form is the company, no modifier.
        (LEGAL_NAME, "発表", (A("日本製鉄", "nippon_steel", "org"),), {"nippon_steel"}, set()),
        # 自衛隊の部隊による給水を続けるよう求めた: the agent of the act asked for is asked.
        (
            ASKED_AGENT,
            "求め",
            (A("自衛隊", "jsdf", "org"),),
            {"provisional:町"},
            {"jsdf"},
        ),
        # …を輪島市に寄付: the city receives aid as a body.
        (DONATION, "寄付", (), set(), {"provisional:輪島市"}),
    ],
)
def test_participants(
    spec: str,
    trigger: str,
    actors: tuple[A, ...],
    doers: set[str],
    recipients: set[str],
) -> None:
    assert _parties(_event(spec, trigger, *actors)) == (frozenset(doers), frozenset(recipients))


def test_the_person_a_relative_clause_describes_is_its_subject() -> None:
    # 来月就任するメルツ次期首相: GiNZA cut the name off (punct), the mention ends at 首相.
    merz = A("メルツ次期首相", "friedrich_merz")
    assert _described(RELATIVE_PERSON, "就任", merz) == ["friedrich_merz"]
    ev = _event(RELATIVE_PERSON, "就任", merz, times=(T("来月", "2025-04"),))
    assert _parties(ev) == (frozenset({"friedrich_merz"}), frozenset())


def test_a_passive_relative_clause_does_not_make_its_noun_the_doer() -> None:
    # 警察に拘束された記者: the reporter underwent the detention; the police did it.
    assert _described(PASSIVE_RELATIVE, "拘束", A("記者", "reporter")) == []


def test_a_topic_of_talks_is_no_party() -> None:
    # ホンダとの統合については…協議した: only a stance takes the topic's partner.
    ev = _event(
        TOPIC_TALKS,
        "協議",
        A("ホンダ", "honda", "org"),
        A("日産", "nissan", "org"),
        A("取締役会", "nissan_board", "org"),
    )
    assert "honda" not in _parties(ev)[0] | _parties(ev)[1]


@pytest.mark.parametrize(
    ("spec", "trigger", "doers", "recipients"),
    [
        # 地検は容疑者を起訴した: the bare title is the suspect named before.
        (INDICTED, "起訴", {"provisional:地検"}, {"provisional:山田"}),
        # 容疑者側は…反対した: also with 側, as the subject.
        (SUSPECT_SIDE, "反対", {"provisional:山田"}, set()),
    ],
)
def test_a_bare_title_is_the_person_named_with_it_before(
    spec: str, trigger: str, doers: set[str], recipients: set[str]
) -> None:
    named = "!警察は山田容疑者を逮捕した。"
    suspect = A("山田容疑者", "provisional:山田", title="容疑者")
    found = extract_events(article(named, spec, actors=(suspect,)))
    ev = next(e for e in found if e.trigger.endswith(trigger))
    assert _parties(ev) == (frozenset(doers), frozenset(recipients))
