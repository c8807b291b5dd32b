"""Dependency parses of short sentences written for this project, as ja_ginza 5.3 gave them
(NER off), in the builders.py token notation. Kept as data so tests/events never load GiNZA;
they include GiNZA's real mistakes on purpose (a subject hung under the wrong word, a
continuative verb in an advcl) so the rules are tested against the parses they will get."""

# トランプ米大統領は18日、ロシアのプーチン大統領と電話で会談した。
CALL = "トランプ NOUN compound 2; 米 PROPN compound 2; 大統領 NOUN nsubj 14; は ADP case 2; 18 NUM nummod 5; 日 NOUN obl 14; 、 PUNCT punct 5; ロシア PROPN nmod 10 名詞-固有名詞-地名-国; の ADP case 7; プーチン PROPN compound 10 名詞-固有名詞-人名-一般; 大統領 NOUN obl 14; と ADP case 10; 電話 NOUN obl 14 名詞-普通名詞-サ変可能; で ADP case 12; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 14; た AUX aux 14; 。 PUNCT punct 14"

# 両首脳は19日、電話会談を行った。
LIGHT = "両 NOUN compound 1; 首脳 NOUN nsubj 9; は ADP case 1; 19 NUM nummod 4; 日 NOUN obl 9; 、 PUNCT punct 4; 電話 NOUN compound 7 名詞-普通名詞-サ変可能; 会談 NOUN obj 9 名詞-普通名詞-サ変可能; を ADP case 7; 行っ=行う VERB ROOT -; た AUX aux 9; 。 PUNCT punct 9"

# プーチン大統領はエネルギー施設への攻撃を停止することで合意した。
FOLD = "プーチン PROPN compound 1 名詞-固有名詞-人名-一般; 大統領 NOUN nsubj 13; は ADP case 1; エネルギー NOUN compound 4; 施設 NOUN nmod 7 名詞-普通名詞-サ変可能; へ ADP case 4; の ADP case 4; 攻撃 NOUN obj 9 名詞-普通名詞-サ変可能; を ADP case 7; 停止 VERB acl 11 名詞-普通名詞-サ変可能; する AUX aux 9; こと NOUN obl 13; で ADP case 11; 合意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13; た AUX aux 13; 。 PUNCT punct 13"

# ロシアは30日間の全面停戦案を受け入れなかった。
REFUSE = "ロシア PROPN nsubj 9 名詞-固有名詞-地名-国; は ADP case 0; 30 NUM nummod 3; 日間 NOUN nmod 7; の ADP case 3; 全面 NOUN compound 7; 停戦 NOUN compound 7 名詞-普通名詞-サ変可能; 案 NOUN obj 9; を ADP case 7; 受け入れ=受け入れる VERB ROOT -; なかっ=ない AUX aux 9; た AUX aux 9; 。 PUNCT punct 9"

# 両国の交渉は合意に至らなかった。
NOAGREE = "両国 NOUN nmod 2; の ADP case 0; 交渉 NOUN nsubj 6 名詞-普通名詞-サ変可能; は ADP case 2; 合意 NOUN obl 6 名詞-普通名詞-サ変可能; に ADP case 4; 至ら=至る VERB ROOT -; なかっ=ない AUX aux 6; た AUX aux 6; 。 PUNCT punct 6"

# ペスコフ報道官は、両首脳の電話協議が近く行われる可能性があると語った。
HEDGED = "ペスコフ PROPN compound 1; 報道官 NOUN nsubj 17; は ADP case 1; 、 PUNCT punct 1; 両 NOUN compound 5; 首脳 NOUN nmod 8; の ADP case 5; 電話 NOUN compound 8 名詞-普通名詞-サ変可能; 協議 NOUN nsubj 11 名詞-普通名詞-サ変可能; が ADP case 8; 近く ADV advmod 11; 行わ=行う VERB acl 13; れる AUX aux 11; 可能性 NOUN nsubj 15; が ADP case 13; ある VERB advcl 17; と ADP case 15; 語っ=語る VERB ROOT -; た AUX aux 17; 。 PUNCT punct 17"

# 米国とロシアの代表団は24日、リヤドで協議する予定だ。
PLANNED = "米国 PROPN nmod 2 名詞-固有名詞-地名-国; と ADP case 0; ロシア PROPN nmod 4 名詞-固有名詞-地名-国; の ADP case 2; 代表団 NOUN nsubj 11; は ADP case 4; 24 NUM nummod 7; 日 NOUN obl 11; 、 PUNCT punct 7; リヤド PROPN obl 11 名詞-固有名詞-地名-一般; で ADP case 9; 協議 VERB acl 13 名詞-普通名詞-サ変可能; する AUX aux 11; 予定 NOUN ROOT - 名詞-普通名詞-サ変可能; だ AUX cop 13; 。 PUNCT punct 13"

# 両首脳の2月12日以来の電話会談だった。
BACKGROUND = "両 NOUN compound 1; 首脳 NOUN nmod 10; の ADP case 1; 2 NUM compound 7; 月 NOUN compound 7; 12 NUM compound 7; 日 NOUN compound 7; 以来 NOUN nmod 10; の ADP case 7; 電話 NOUN compound 10 名詞-普通名詞-サ変可能; 会談 NOUN ROOT - 名詞-普通名詞-サ変可能; だっ=だ AUX cop 10; た AUX aux 10; 。 PUNCT punct 10"

# 両首脳は近く再び会談するのだろうか。
QUESTION = "両 NOUN compound 1; 首脳 NOUN nsubj 5; は ADP case 1; 近く ADV advmod 5; 再び ADV advmod 5; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; する AUX aux 5; の SCONJ mark 5; だろう=だ AUX fixed 7; か PART mark 5; 。 PUNCT punct 5"

# ペスコフ氏は記者団に述べた。
SPEECH = "ペスコフ PROPN compound 1 名詞-固有名詞-人名-一般; 氏 NOUN nsubj 5; は ADP case 1; 記者団 NOUN obl 5; に ADP case 3; 述べ=述べる VERB ROOT -; た AUX aux 5; 。 PUNCT punct 5"

# ゼレンスキー大統領はロシアを厳しく非難した。
ACCUSE = "ゼレンスキー NOUN compound 1; 大統領 NOUN nsubj 6; は ADP case 1; ロシア PROPN obj 6 名詞-固有名詞-地名-国; を ADP case 3; 厳しく=厳しい ADJ advcl 6; 非難 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 6; た AUX aux 6; 。 PUNCT punct 6"

# ペスコフ氏は、両首脳が会談した事実はないと否定した。
DENIED = "ペスコフ PROPN compound 1 名詞-固有名詞-人名-一般; 氏 NOUN nsubj 14; は ADP case 1; 、 PUNCT punct 1; 両 NOUN compound 5; 首脳 NOUN nsubj 7; が ADP case 5; 会談 VERB acl 10 名詞-普通名詞-サ変可能; し=する AUX aux 7; た AUX aux 7; 事実 NOUN nsubj 12; は ADP case 10; ない ADJ advcl 14; と ADP case 12; 否定 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 14; た AUX aux 14; 。 PUNCT punct 14"

# 日産自動車とホンダは経営統合に向けた協議を打ち切った。
ECONOMY = "日産自動車 PROPN nmod 2 名詞-固有名詞-一般; と ADP case 0; ホンダ PROPN nsubj 11 名詞-固有名詞-一般; は ADP case 2; 経営 NOUN compound 5 名詞-普通名詞-サ変可能; 統合 NOUN obl 7 名詞-普通名詞-サ変可能; に ADP case 5; 向け=向ける VERB acl 9; た AUX aux 7; 協議 NOUN obj 11 名詞-普通名詞-サ変可能; を ADP case 9; 打ち切っ=打ち切る VERB ROOT -; た AUX aux 11; 。 PUNCT punct 11"

# 大船渡市で26日、山林火災が発生した。
DISASTER = "大船渡市 PROPN nmod 3 名詞-固有名詞-地名-一般; で ADP case 0; 26 NUM nummod 3; 日 NOUN obl 8; 、 PUNCT punct 3; 山林 NOUN compound 6; 火災 NOUN nsubj 8; が ADP case 6; 発生 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"

# 衆議院は4日、修正された予算案を可決した。
POLITICS = "衆議院 NOUN nsubj 11; は ADP case 0; 4 NUM nummod 3; 日 NOUN obl 11; 、 PUNCT punct 3; 修正 VERB acl 9 名詞-普通名詞-サ変可能; さ=する AUX aux 5; れ=れる AUX aux 5; た AUX aux 5; 予算案 NOUN obj 11; を ADP case 9; 可決 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11; た AUX aux 11; 。 PUNCT punct 11"

# ドジャースはカブスに4対1で勝利した。
SPORTS = "ドジャース PROPN nsubj 8 名詞-固有名詞-一般; は ADP case 0; カブス PROPN obl 8 名詞-固有名詞-一般; に ADP case 2; 4 NUM compound 6; 対 NOUN compound 6; 1 NUM obl 8; で ADP case 6; 勝利 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"

# 両首脳は約2時間半にわたり電話で会談した。
DURATION = "両 NOUN compound 1; 首脳 NOUN nsubj 11; は ADP case 1; 約 NOUN compound 6; 2 NUM compound 6; 時間 NOUN compound 6; 半 NOUN obl 11; に ADP case 6; わたり=わたる VERB fixed 7; 電話 NOUN obl 11 名詞-普通名詞-サ変可能; で ADP case 9; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11; た AUX aux 11; 。 PUNCT punct 11"

# ウクライナが攻撃を続ければ、ロシアは協議を打ち切る。
CONDITIONAL = "ウクライナ PROPN nsubj 4 名詞-固有名詞-地名-国; が ADP case 0; 攻撃 NOUN obj 4 名詞-普通名詞-サ変可能; を ADP case 2; 続けれ=続ける VERB advcl 11; ば SCONJ mark 4; 、 PUNCT punct 4; ロシア PROPN nsubj 11 名詞-固有名詞-地名-国; は ADP case 7; 協議 NOUN obj 11 名詞-普通名詞-サ変可能; を ADP case 9; 打ち切る VERB ROOT -; 。 PUNCT punct 11"

# ロシア大統領府によると、プーチン氏は米国の提案を受け入れた。
SOURCE = "ロシア PROPN compound 2 名詞-固有名詞-地名-国; 大統領 NOUN compound 2; 府 NOUN obl 14; に ADP case 2; よる VERB fixed 3; と SCONJ fixed 3; 、 PUNCT punct 2; プーチン PROPN compound 8 名詞-固有名詞-人名-一般; 氏 NOUN nsubj 14; は ADP case 8; 米国 PROPN nmod 12 名詞-固有名詞-地名-国; の ADP case 10; 提案 NOUN obj 14 名詞-普通名詞-サ変可能; を ADP case 12; 受け入れ=受け入れる VERB ROOT -; た AUX aux 14; 。 PUNCT punct 14"

# ウクライナは大規模な攻撃を受けた。
SUFFER = "ウクライナ PROPN nsubj 6 名詞-固有名詞-地名-国; は ADP case 0; 大規模 ADJ acl 4; な=だ AUX cop 2; 攻撃 NOUN obj 6 名詞-普通名詞-サ変可能; を ADP case 4; 受け=受ける VERB ROOT -; た AUX aux 6; 。 PUNCT punct 6"

# 日本製鉄はUSスチールの買収を発表した。
ANNOUNCE = "日本製鉄 PROPN nsubj 7 名詞-固有名詞-一般; は ADP case 0; US PROPN compound 3 名詞-固有名詞-地名-国; スチール NOUN nmod 5; の ADP case 3; 買収 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

# 日本製鉄は買収計画を見直すと発表した。
ANNOUNCE_CLAUSE = "日本製鉄 PROPN nsubj 7 名詞-固有名詞-一般; は ADP case 0; 買収 NOUN compound 3 名詞-普通名詞-サ変可能; 計画 NOUN obj 5 名詞-普通名詞-サ変可能; を ADP case 3; 見直す VERB advcl 7; と ADP case 5; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

# トランプ氏は19日、ゼレンスキー大統領と約1時間会談し、停戦について協議した。
CHAIN = "トランプ NOUN compound 1 名詞-固有名詞-人名-一般; 氏 NOUN nsubj 19; は ADP case 1; 19 NUM nummod 4; 日 NOUN obl 12; 、 PUNCT punct 4; ゼレンスキー NOUN compound 7; 大統領 NOUN nmod 11; と ADP case 7; 約 NOUN compound 11; 1 NUM nummod 11; 時間 NOUN obl 12; 会談 VERB advcl 19 名詞-普通名詞-サ変可能; し=する AUX aux 12; 、 PUNCT punct 12; 停戦 NOUN obl 19 名詞-普通名詞-サ変可能; に ADP case 15; つい=つく VERB fixed 16; て SCONJ fixed 16; 協議 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 19; た AUX aux 19; 。 PUNCT punct 19"


# 両首脳は近く会談する見通しだ。
OUTLOOK = "両 NOUN compound 1; 首脳 NOUN nsubj 6; は ADP case 1; 近く ADV advmod 4; 会談 VERB acl 6 名詞-普通名詞-サ変可能; する AUX aux 4; 見通し NOUN ROOT -; だ AUX cop 6; 。 PUNCT punct 6"

# 両国は来週、協議を開く方針だ。
POLICY = "両国 NOUN nsubj 6; は ADP case 0; 来週 ADV advmod 6; 、 PUNCT punct 2; 協議 NOUN obj 6 名詞-普通名詞-サ変可能; を ADP case 4; 開く VERB acl 7; 方針 NOUN ROOT -; だ AUX cop 7; 。 PUNCT punct 7"

# 政府はロシアに追加の制裁を科すとみられる。
LIKELY = "政府 NOUN nsubj 8; は ADP case 0; ロシア PROPN obl 8 名詞-固有名詞-地名-国; に ADP case 2; 追加 NOUN nmod 6 名詞-普通名詞-サ変可能; の ADP case 4; 制裁 NOUN obj 8 名詞-普通名詞-サ変可能; を ADP case 6; 科す VERB advcl 10; と ADP case 8; み=みる VERB ROOT -; られる AUX aux 10; 。 PUNCT punct 10"

# ロシア軍がキーウを攻撃した模様だ。
APPARENT = "ロシア PROPN compound 1 名詞-固有名詞-地名-国; 軍 NOUN nsubj 5; が ADP case 1; キーウ NOUN obj 5; を ADP case 3; 攻撃 VERB acl 8 名詞-普通名詞-サ変可能; し=する AUX aux 5; た AUX aux 5; 模様 NOUN ROOT -; だ AUX cop 8; 。 PUNCT punct 8"

# 両首脳が会談する方向で調整している。
ARRANGING = "両 NOUN compound 1; 首脳 NOUN nsubj 3; が ADP case 1; 会談 VERB acl 5 名詞-普通名詞-サ変可能; する AUX aux 3; 方向 NOUN obl 7; で ADP case 5; 調整 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7; て SCONJ mark 7; いる VERB fixed 9; 。 PUNCT punct 7"

# 米ロ協議は24日に開かれる。
HELD_LATER = "米ロ ADJ acl 1; 協議 NOUN nsubj 6 名詞-普通名詞-サ変可能; は ADP case 1; 24 NUM nummod 4; 日 NOUN obl 6; に ADP case 4; 開か=開く VERB ROOT -; れる AUX aux 6; 。 PUNCT punct 6"

# 先月の会談に続き、両首脳は再び会談した。
FOLLOWS = "先月 NOUN nmod 2; の ADP case 0; 会談 NOUN obl 4 名詞-普通名詞-サ変可能; に ADP case 2; 続き=続く VERB advcl 10; 、 PUNCT punct 4; 両 NOUN compound 7; 首脳 NOUN nsubj 10; は ADP case 7; 再び ADV advmod 10; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10; た AUX aux 10; 。 PUNCT punct 10"

# 関係者によると、ホンダは日産に子会社化を打診した。
INSIDER = "関係者 NOUN obl 12; に ADP case 0; よる VERB fixed 1; と SCONJ fixed 1; 、 PUNCT punct 0; ホンダ PROPN nsubj 12 名詞-固有名詞-一般; は ADP case 5; 日産 PROPN obl 12 名詞-固有名詞-一般; に ADP case 7; 子会社 NOUN compound 10; 化 NOUN obj 12 接尾辞-名詞的-サ変可能; を ADP case 10; 打診 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12; た AUX aux 12; 。 PUNCT punct 12"

# 日本製鉄はUSスチールを約141億ドルで買収すると発表した。
BUY_ANNOUNCED = "日本製鉄 PROPN nsubj 12 名詞-固有名詞-一般; は ADP case 0; US PROPN compound 3 名詞-固有名詞-地名-国; スチール NOUN obj 9; を ADP case 3; 約 NOUN compound 7; 141億 NUM compound 7; ドル NOUN obl 9; で ADP case 7; 買収 VERB advcl 12 名詞-普通名詞-サ変可能; する AUX aux 9; と ADP case 9; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12; た AUX aux 12; 。 PUNCT punct 12"

# 石破首相は7日、ホワイトハウスを訪問した。
VISIT = "石破 PROPN compound 1 名詞-固有名詞-人名-姓; 首相 NOUN nsubj 8; は ADP case 1; 7 NUM nummod 4; 日 NOUN obl 8; 、 PUNCT punct 4; ホワイトハウス NOUN obj 8 名詞-固有名詞-一般; を ADP case 6; 訪問 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"

# 米政府はロシアの銀行に制裁を科した。
SANCTIONED = "米 NOUN compound 1; 政府 NOUN nsubj 9; は ADP case 1; ロシア PROPN nmod 5 名詞-固有名詞-地名-国; の ADP case 3; 銀行 NOUN obl 9; に ADP case 5; 制裁 NOUN obj 9 名詞-普通名詞-サ変可能; を ADP case 7; 科し=科する VERB ROOT -; た AUX aux 9; 。 PUNCT punct 9"

# 両首脳は日本時間の18日夜から19日未明にかけて電話で会談した。
OVERNIGHT = "両 NOUN compound 1; 首脳 NOUN nsubj 18; は ADP case 1; 日本 PROPN compound 4 名詞-固有名詞-地名-国; 時間 NOUN nmod 8; の ADP case 4; 18 NUM compound 8; 日 NOUN compound 8; 夜 NOUN nmod 11; から ADP case 8; 19 NUM nummod 11; 日 NOUN compound 12; 未明 NOUN obl 14; に ADP case 12; かけ=かける VERB advcl 18; て SCONJ mark 14; 電話 NOUN obl 18 名詞-普通名詞-サ変可能; で ADP case 16; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 18; た AUX aux 18; 。 PUNCT punct 18"

# バイデン米大統領は3日、日本製鉄による買収計画を禁止する命令を出した。
ORDER_BAN = "バイデン PROPN compound 1 名詞-固有名詞-人名-一般; 米大統領 NOUN nsubj 16; は ADP case 1; 3 NUM nummod 4; 日 NOUN obl 12; 、 PUNCT punct 4; 日本製鉄 PROPN nmod 10 名詞-固有名詞-一般; に ADP case 6; よる VERB fixed 7; 買収 NOUN compound 10 名詞-普通名詞-サ変可能; 計画 NOUN obj 12 名詞-普通名詞-サ変可能; を ADP case 10; 禁止 VERB acl 14 名詞-普通名詞-サ変可能; する AUX aux 12; 命令 NOUN obj 16 名詞-普通名詞-サ変可能; を ADP case 14; 出し=出す VERB ROOT -; た AUX aux 16; 。 PUNCT punct 16"

# 両首脳はウクライナ情勢について協議した。
TOPIC = "両 NOUN compound 1; 首脳 NOUN nsubj 8; は ADP case 1; ウクライナ PROPN compound 4 名詞-固有名詞-地名-国; 情勢 NOUN obl 8; に ADP case 4; つい=つく VERB fixed 5; て SCONJ fixed 5; 協議 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"

# ドジャースがカブスを6対3で下した。
UNLINKED = "ドジャース PROPN nsubj 8 名詞-固有名詞-一般; が ADP case 0; カブス NOUN obj 8 名詞-固有名詞-一般; を ADP case 2; 6 NUM compound 6; 対 NOUN compound 6; 3 NUM obl 8; で ADP case 6; 下し=下す VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"

# 予算案は31日、参院で可決された。
VENUE = "予算案 NOUN nsubj 7; は ADP case 0; 31 NUM nummod 3; 日 NOUN obl 7; 、 PUNCT punct 3; 参院 NOUN obl 7; で ADP case 5; 可決 VERB ROOT - 名詞-普通名詞-サ変可能; さ=する AUX aux 7; れ=れる AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

# 日産は同日、2025年3月期の業績予想を下方修正した。
FISCAL = "日産 PROPN nsubj 2 名詞-固有名詞-一般; は ADP case 0; 同日 NOUN obl 14; 、 PUNCT punct 2; 2025 NUM compound 8; 年 NOUN compound 8; 3 NUM compound 8; 月 NOUN compound 8; 期 NOUN nmod 11; の ADP case 8; 業績 NOUN compound 11; 予想 NOUN obj 14 名詞-普通名詞-サ変可能; を ADP case 11; 下方 NOUN compound 14; 修正 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 14; た AUX aux 14; 。 PUNCT punct 14"

# 日本製鉄は6日、米連邦控訴裁判所に提訴した。
COURT = "日本製鉄 PROPN nsubj 10 名詞-固有名詞-一般; は ADP case 0; 6 NUM nummod 3; 日 NOUN obl 10; 、 PUNCT punct 3; 米 NOUN compound 8; 連邦 NOUN compound 8; 控訴 NOUN compound 8 名詞-普通名詞-サ変可能; 裁判所 NOUN obl 10; に ADP case 8; 提訴 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10; た AUX aux 10; 。 PUNCT punct 10"

# 米国とウクライナはジッダで協議し、停戦案で合意した。
CHAIN_PLACE = "米国 PROPN nmod 2 名詞-固有名詞-地名-国; と ADP case 0; ウクライナ PROPN nsubj 6 名詞-固有名詞-地名-国; は ADP case 2; ジッダ PROPN obl 6 名詞-固有名詞-地名-一般; で ADP case 4; 協議 VERB advcl 12 名詞-普通名詞-サ変可能; し=する AUX aux 6; 、 PUNCT punct 6; 停戦 NOUN compound 10 名詞-普通名詞-サ変可能; 案 NOUN obl 12; で ADP case 10; 合意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12; た AUX aux 12; 。 PUNCT punct 12"

# ドジャースは東京ドームでカブスに勝った。
DOME = "ドジャース PROPN nsubj 6 名詞-固有名詞-一般; は ADP case 0; 東京ドーム PROPN obl 6 名詞-固有名詞-一般; で ADP case 2; カブス PROPN obl 6 名詞-固有名詞-一般; に ADP case 4; 勝っ=勝つ VERB ROOT -; た AUX aux 6; 。 PUNCT punct 6"

# プーチン大統領は攻撃の停止に同意した。
TOPIC_LEAD = "プーチン PROPN compound 1 名詞-固有名詞-人名-一般; 大統領 NOUN nsubj 7; は ADP case 1; 攻撃 NOUN nmod 5 名詞-普通名詞-サ変可能; の ADP case 3; 停止 NOUN obl 7 名詞-普通名詞-サ変可能; に ADP case 5; 同意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

# 一方、全面停戦案については受け入れを見送った。
TOPIC_NEXT = "一方 CCONJ cc 11; 、 PUNCT punct 11; 全面 NOUN compound 4; 停戦 NOUN compound 4 名詞-普通名詞-サ変可能; 案 NOUN obl 11; に ADP case 4; つい=つく VERB fixed 5; て SCONJ fixed 5; は ADP case 4; 受け入れ NOUN obj 11; を ADP case 9; 見送っ=見送る VERB ROOT -; た AUX aux 11; 。 PUNCT punct 11"

# 日鉄とUSスチールは1月6日に提訴していた。
PLUPERFECT = "日鉄 NOUN nmod 3 名詞-固有名詞-一般; と ADP case 0; US PROPN compound 3 名詞-固有名詞-地名-国; スチール NOUN nsubj 10; は ADP case 3; 1 NUM compound 8; 月 NOUN compound 8; 6 NUM nummod 8; 日 NOUN obl 10; に ADP case 8; 提訴 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10; て SCONJ mark 10; い=いる VERB fixed 12; た AUX aux 10; 。 PUNCT punct 10"

# 両社は昨年12月23日に結んだ基本合意書を白紙に戻す。 (結んだ: a past だ after a verb)
ONBIN = "両社 NOUN nsubj 15; は ADP case 0 助詞-係助詞; 昨年 NOUN compound 6 名詞-普通名詞-副詞可能; 12 NUM compound 6; 月 NOUN compound 6; 23 NUM nummod 6; 日 NOUN obl 8; に ADP case 6; 結ん=結ぶ VERB acl 11; だ AUX aux 8; 基本 NOUN compound 11; 合意書 NOUN obj 15; を ADP case 11; 白紙 NOUN obl 15; に ADP case 13; 戻す VERB ROOT -; 。 PUNCT punct 15"

# ドジャースはカブスに5－2で勝った。
SCORE = "ドジャース PROPN nsubj 8; は ADP case 0 助詞-係助詞; カブス PROPN obl 8; に ADP case 2; 5 NUM compound 6; －=- SYM compound 6 補助記号-一般; 2 NUM compound 8; で ADP case 6; 勝っ=勝つ VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"

# 法案は3月4日、約500億円を削減する修正を経て衆院を通過した。
NESTED_AMOUNT = "法 NOUN compound 1; 案 NOUN nsubj 20; は ADP case 1 助詞-係助詞; 3 NUM compound 6; 月 NOUN compound 6; 4 NUM nummod 6; 日 NOUN obl 16; 、 PUNCT punct 6; 約 NOUN compound 10 接頭辞; 500億 NUM compound 10; 円 NOUN obj 12 名詞-普通名詞-助数詞可能; を ADP case 10; 削減 VERB acl 14 名詞-普通名詞-サ変可能; する AUX aux 12; 修正 NOUN obj 16 名詞-普通名詞-サ変可能; を ADP case 14; 経=経る VERB advcl 20; て SCONJ mark 16; 衆院 NOUN obj 20; を ADP case 18; 通過 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 20; た AUX aux 20; 。 PUNCT punct 20"

# 両首脳は、3人が辞任する前に会談した。 (a quantity in a time clause on the predicate)
TIME_CLAUSE = "両 NOUN compound 1; 首脳 NOUN nsubj 11; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1; 3 NUM nummod 5; 人 NOUN nsubj 7 接尾辞-名詞的-助数詞; が ADP case 5; 辞任 VERB acl 9 名詞-普通名詞-サ変可能; する AUX aux 7; 前 NOUN obl 11 名詞-普通名詞-副詞可能; に ADP case 9; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11; た AUX aux 11; 。 PUNCT punct 11"

# 参院は3月31日に修正案を可決した。
PASSED = "参院 NOUN nsubj 9; は ADP case 0 助詞-係助詞; 3 NUM compound 5; 月 NOUN compound 5; 31 NUM nummod 5; 日 NOUN obl 9; に ADP case 5; 修正案 NOUN obj 9; を ADP case 7; 可決 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9; た AUX aux 9; 。 PUNCT punct 9"

# 衆院も同じ日に同意した。
SAME_DAY = "衆院 NOUN nsubj 5; も ADP case 0 助詞-係助詞; 同じ ADJ amod 3 連体詞; 日 NOUN obl 5 名詞-普通名詞-副詞可能; に ADP case 3; 同意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 5; た AUX aux 5; 。 PUNCT punct 5"

# 日産はホンダが示した子会社化案を受け入れなかった。
PROPOSER = "日産 PROPN nsubj 10; は ADP case 0 助詞-係助詞; ホンダ PROPN nsubj 4; が ADP case 2; 示し=示す VERB acl 8; た AUX aux 4; 子会社 NOUN compound 8; 化 NOUN compound 8 接尾辞-名詞的-サ変可能; 案 NOUN obj 10; を ADP case 8; 受け入れ=受け入れる VERB ROOT -; なかっ=ない AUX aux 10; た AUX aux 10; 。 PUNCT punct 10"

# ロシアはウクライナの再武装を理由に停戦案を拒否した。
REASON = "ロシア PROPN nsubj 12 名詞-固有名詞-地名-国; は ADP case 0 助詞-係助詞; ウクライナ PROPN nmod 5 名詞-固有名詞-地名-国; の ADP case 2; 再 NOUN compound 5 接頭辞; 武装 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5; 理由 NOUN obl 12; に ADP case 7; 停戦 NOUN compound 10 名詞-普通名詞-サ変可能; 案 NOUN obj 12; を ADP case 10; 拒否 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12; た AUX aux 12; 。 PUNCT punct 12"

# 法案は参院で修正されたうえで可決された。 (the venue hangs on the chained clause)
CHAIN_VENUE = "法 NOUN compound 1; 案 NOUN nsubj 11; は ADP case 1 助詞-係助詞; 参院 NOUN obl 5; で ADP case 3; 修正 VERB advcl 11 名詞-普通名詞-サ変可能; さ=する AUX aux 5; れ=れる AUX aux 5; た AUX aux 5; うえ SCONJ obl 11 名詞-普通名詞-副詞可能; で ADP case 9; 可決 VERB ROOT - 名詞-普通名詞-サ変可能; さ=する AUX aux 11; れ=れる AUX aux 11; た AUX aux 11; 。 PUNCT punct 11"

# 大統領は軍に停止を命じた。 (Sudachi's lemma of 命じ is 命ずる)
ORDER_HALT = "大統領 NOUN nsubj 6; は ADP case 0 助詞-係助詞; 軍 NOUN obl 6; に ADP case 2; 停止 NOUN obj 6 名詞-普通名詞-サ変可能; を ADP case 4; 命じ=命ずる VERB ROOT -; た AUX aux 6; 。 PUNCT punct 6"

# 大統領は委員会に改めて審査するよう命じた。
ORDER_REVIEW = "大統領 NOUN nsubj 8; は ADP case 0 助詞-係助詞; 委員会 NOUN obl 5; に ADP case 2; 改めて ADV advmod 5; 審査 VERB advcl 8 名詞-普通名詞-サ変可能; する AUX aux 5; よう AUX aux 5 形状詞-助動詞語幹; 命じ=命ずる VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"

# 両社は連邦地裁に訴訟を提起いたしました。 (humble いたす for する)
HUMBLE = "両社 NOUN nsubj 7; は ADP case 0 助詞-係助詞; 連邦 NOUN compound 3; 地裁 NOUN obl 7; に ADP case 3; 訴訟 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5; 提起 NOUN ROOT - 名詞-普通名詞-サ変可能; いたし=いたす AUX aux 7; まし=ます AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

# 予算は参院で可決され、衆院に送られた。 (a passive continuative takes the next clause's tense)
PASSIVE_CHAIN = "予算 NOUN nsubj 4; は ADP case 0 助詞-係助詞; 参院 NOUN obl 4; で ADP case 2; 可決 VERB advcl 10 名詞-普通名詞-サ変可能; さ=する AUX aux 4; れ=れる AUX aux 4; 、 PUNCT punct 4; 衆院 NOUN obl 10; に ADP case 8; 送ら=送る VERB ROOT -; れ=れる AUX aux 10; た AUX aux 10; 。 PUNCT punct 10"

# 首相は大統領とも電話で話した。 (話す with a partner: a talk)
TALK = "首相 NOUN nsubj 6; は ADP case 0 助詞-係助詞; 大統領 NOUN obl 6; とも NOUN case 2 接尾辞-名詞的-副詞可能; 電話 NOUN obl 6 名詞-普通名詞-サ変可能; で ADP case 4; 話し=話す VERB ROOT -; た AUX aux 6; 。 PUNCT punct 6"

# 首相は「交渉は続く」と話した。 (話す with a quotation: a statement)
SAID = "首相 NOUN nsubj 8; は ADP case 0 助詞-係助詞; 「 PUNCT punct 3 補助記号-括弧開; 交渉 NOUN nsubj 5 名詞-普通名詞-サ変可能; は ADP case 3 助詞-係助詞; 続く VERB advcl 8; 」 PUNCT punct 5 補助記号-括弧閉; と ADP case 5; 話し=話す VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"

# 首相は予算の成立を受けて記者団に述べた。 (Xを受けて: following X, no new event)
FOLLOWING = "首相 NOUN nsubj 10; は ADP case 0 助詞-係助詞; 予算 NOUN nmod 4; の ADP case 2; 成立 NOUN obj 6 名詞-普通名詞-サ変可能; を ADP case 4; 受け=受ける VERB advcl 10; て SCONJ mark 6 助詞-接続助詞; 記者団 NOUN obl 10; に ADP case 8; 述べ=述べる VERB ROOT -; た AUX aux 10; 。 PUNCT punct 10"

# ロシアはウクライナが施設を攻撃したと非難した。 (the alleged attack is the accusation's content)
ALLEGED = "ロシア PROPN nsubj 10 名詞-固有名詞-地名-国; は ADP case 0 助詞-係助詞; ウクライナ PROPN nsubj 6 名詞-固有名詞-地名-国; が ADP case 2; 施設 NOUN obj 6; を ADP case 4; 攻撃 VERB advcl 10 名詞-普通名詞-サ変可能; し=する AUX aux 6; た AUX aux 6; と ADP case 6; 非難 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10; た AUX aux 10; 。 PUNCT punct 10"

# --- detection rules of issue 4 (candidates.py, build_event's gates); own sentences

# 両首脳は18日の電話会談で、捕虜の解放を進めることで一致した。
DATED_OCCASION = "両 NOUN compound 1 接頭辞; 首脳 NOUN nsubj 17; は ADP case 1 助詞-係助詞; 18 NUM nummod 4; 日 NOUN nmod 7 名詞-普通名詞-助数詞可能; の ADP case 4; 電話 NOUN compound 7 名詞-普通名詞-サ変可能; 会談 NOUN obl 14 名詞-普通名詞-サ変可能; で ADP case 7; 、 PUNCT punct 7 補助記号-読点; 捕虜 NOUN nmod 12; の ADP case 10; 解放 NOUN obj 14 名詞-普通名詞-サ変可能; を ADP case 12; 進める VERB acl 15; こと NOUN obl 17; で ADP case 15; 一致 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 17 動詞-非自立可能; た AUX aux 17; 。 PUNCT punct 17"

# 首相は記者団に、野党の修正案には首を縦に振らなかった。
IDIOM_REFUSE = "首相 NOUN nsubj 14; は ADP case 0 助詞-係助詞; 記者団 NOUN obl 14; に ADP case 2; 、 PUNCT punct 2 補助記号-読点; 野党 NOUN nmod 7; の ADP case 5; 修正案 NOUN obl 14; に ADP case 7; は ADP case 7 助詞-係助詞; 首 NOUN obj 14; を ADP case 10; 縦 NOUN obl 14; に ADP case 12; 振ら=振る VERB ROOT -; なかっ=ない AUX aux 14; た AUX aux 14; 。 PUNCT punct 14"

# A社は15日、今期の業績予想を下方修正した。
PREFIX_NOUN = "A=a NOUN compound 1 名詞-普通名詞-助数詞可能; 社 NOUN nsubj 12 名詞-普通名詞-助数詞可能; は ADP case 1 助詞-係助詞; 15 NUM nummod 4; 日 NOUN obl 12 名詞-普通名詞-助数詞可能; 、 PUNCT punct 4 補助記号-読点; 今期 NOUN nmod 9; の ADP case 6; 業績 NOUN compound 9; 予想 NOUN obj 12 名詞-普通名詞-サ変可能; を ADP case 9; 下方 NOUN obl 12; 修正 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12 動詞-非自立可能; た AUX aux 12; 。 PUNCT punct 12"

# 避難指示は市内の広い範囲に出された。
PASSIVE_NOUN = "避難 NOUN compound 1 名詞-普通名詞-サ変可能; 指示 NOUN nsubj 9 名詞-普通名詞-サ変可能; は ADP case 1 助詞-係助詞; 市 NOUN compound 4; 内 NOUN nmod 7 接尾辞-名詞的-一般; の ADP case 4; 広い ADJ acl 7 形容詞-一般; 範囲 NOUN obl 9; に ADP case 7; 出さ=出す VERB ROOT - 動詞-非自立可能; れ=れる AUX aux 9; た AUX aux 9; 。 PUNCT punct 9"

# 政府は5日、救援物資の輸送にかかわる協議に入ると発表した。
ENTER_TALKS = "政府 NOUN nsubj 15; は ADP case 0 助詞-係助詞; 5 NUM nummod 3; 日 NOUN obl 15 接尾辞-名詞的-助数詞; 、 PUNCT punct 3 補助記号-読点; 救援 NOUN compound 6 名詞-普通名詞-サ変可能; 物資 NOUN nmod 8; の ADP case 6; 輸送 NOUN obl 10 名詞-普通名詞-サ変可能; に ADP case 8; かかわる VERB acl 11; 協議 NOUN obl 13 名詞-普通名詞-サ変可能; に ADP case 11; 入る VERB advcl 15; と ADP case 13; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 15 動詞-非自立可能; た AUX aux 15; 。 PUNCT punct 15"

# 大統領は部隊に砲撃をやめるよう指示した。
ORDER_STOP = "大統領 NOUN nsubj 8; は ADP case 0 助詞-係助詞; 部隊 NOUN obl 6; に ADP case 2; 砲撃 NOUN obj 6 名詞-普通名詞-サ変可能; を ADP case 4; やめる VERB advcl 8; よう AUX aux 6 形状詞-助動詞語幹; 指示 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8 動詞-非自立可能; た AUX aux 8; 。 PUNCT punct 8"

# 同国は和平案を受け入れる用意があると表明した。
READY = "同国 NOUN nsubj 10; は ADP case 0 助詞-係助詞; 和平 NOUN compound 3; 案 NOUN obj 5; を ADP case 3; 受け入れる VERB acl 6; 用意 NOUN nsubj 8 名詞-普通名詞-サ変可能; が ADP case 6; ある VERB advcl 10 動詞-非自立可能; と ADP case 8; 表明 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10 動詞-非自立可能; た AUX aux 10; 。 PUNCT punct 10"

# 首相は攻撃を止めるとの提案に同意した。
QUOTED_CONTENT = "首相 NOUN nsubj 9; は ADP case 0 助詞-係助詞; 攻撃 NOUN obj 4 名詞-普通名詞-サ変可能; を ADP case 2; 止める VERB nmod 7; と ADP case 4; の ADP case 4; 提案 NOUN obl 9 名詞-普通名詞-サ変可能; に ADP case 7; 同意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9 動詞-非自立可能; た AUX aux 9; 。 PUNCT punct 9"

# チームは相手に5－2で勝って3連勝。
RUN_ON = "チーム NOUN nsubj 11; は ADP case 0 助詞-係助詞; 相手 NOUN obl 8; に ADP case 2; 5 NUM compound 6; －=- SYM compound 6 補助記号-一般; 2 NUM compound 8; で ADP case 6; 勝っ=勝つ VERB acl 11; て SCONJ mark 8; 3 NUM nummod 11; 連勝 NOUN ROOT - 名詞-普通名詞-サ変可能; 。 PUNCT punct 11"

# 野党が提案し、与党が受け入れた修正案は4日に可決された。
CHAINED_RELATIVE = "野党 NOUN nsubj 2; が ADP case 0; 提案 VERB advcl 7 名詞-普通名詞-サ変可能; し=する AUX aux 2 動詞-非自立可能; 、 PUNCT punct 2 補助記号-読点; 与党 NOUN nsubj 7; が ADP case 5; 受け入れ=受け入れる VERB acl 9; た AUX aux 7; 修正案 NOUN nsubj 14; は ADP case 9 助詞-係助詞; 4 NUM nummod 12; 日 NOUN obl 14 接尾辞-名詞的-助数詞; に ADP case 12; 可決 VERB ROOT - 名詞-普通名詞-サ変可能; さ=する AUX aux 14 動詞-非自立可能; れ=れる AUX aux 14; た AUX aux 14; 。 PUNCT punct 14"

# 外相は制裁の緩和には否定的な考えを示した。
STANCE = "外相 NOUN nsubj 11; は ADP case 0 助詞-係助詞; 制裁 NOUN nmod 4 名詞-普通名詞-サ変可能; の ADP case 2; 緩和 NOUN obl 11 名詞-普通名詞-サ変可能; に ADP case 4; は ADP case 4 助詞-係助詞; 否定的 ADJ acl 9 名詞-普通名詞-形状詞可能; な=だ AUX cop 7; 考え NOUN obj 11; を ADP case 9; 示し=示す VERB ROOT -; た AUX aux 11; 。 PUNCT punct 11"

# 首相は大統領と近く話をする考えを示した。
TALK_PLAN = "首相 NOUN nsubj 10; は ADP case 0 助詞-係助詞; 大統領 NOUN obl 7; と ADP case 2; 近く ADJ advcl 7 名詞-普通名詞-副詞可能; 話 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5; する VERB acl 8 動詞-非自立可能; 考え NOUN obj 10; を ADP case 8; 示し=示す VERB ROOT -; た AUX aux 10; 。 PUNCT punct 10"

# A社は同日、提携の打ち切りも発表した。
ALSO_ANNOUNCED = "A=a NOUN compound 1 名詞-普通名詞-助数詞可能; 社 NOUN nsubj 9 名詞-普通名詞-助数詞可能; は ADP case 1 助詞-係助詞; 同日 ADV advmod 9 名詞-普通名詞-副詞可能; 、 PUNCT punct 3 補助記号-読点; 提携 NOUN nmod 7 名詞-普通名詞-サ変可能; の ADP case 5; 打ち切り NOUN nsubj 9; も ADP case 7 助詞-係助詞; 発表 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9 動詞-非自立可能; た AUX aux 9; 。 PUNCT punct 9"

# ロシア側は負傷した兵士を引き渡す考えも伝えた。
VERB_TAG = "ロシア PROPN compound 1 名詞-固有名詞-地名-国; 側 NOUN nsubj 9; は ADP case 1 助詞-係助詞; 負傷 VERB acl 6 名詞-普通名詞-サ変可能; し=する AUX aux 3 動詞-非自立可能; た AUX aux 3; 兵士 NOUN obj 8; を ADP case 6; 引き渡す VERB compound 9; 考え NOUN nsubj 11; も ADP case 9 助詞-係助詞; 伝え=伝える VERB ROOT -; た AUX aux 11; 。 PUNCT punct 11"

# 両首脳は2日に電話で話した。
PHONE_TALK = "両 NOUN compound 1 接頭辞; 首脳 NOUN nsubj 8; は ADP case 1 助詞-係助詞; 2 NUM nummod 4; 日 NOUN obl 8 接尾辞-名詞的-助数詞; に ADP case 4; 電話 NOUN obl 8 名詞-普通名詞-サ変可能; で ADP case 6; 話し=話す VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"

# 政府は支援の停止を条件にすると伝えた。
CONDITION_OF = "政府 NOUN nsubj 10; は ADP case 0 助詞-係助詞; 支援 NOUN nmod 4 名詞-普通名詞-サ変可能; の ADP case 2; 停止 NOUN obj 8 名詞-普通名詞-サ変可能; を ADP case 4; 条件 NOUN obl 8; に ADP case 6; する VERB advcl 10 動詞-非自立可能; と ADP case 8; 伝え=伝える VERB ROOT -; た AUX aux 10; 。 PUNCT punct 10"

# 焦点は3月7日の日米首脳会談だった。
DATED_NOMINAL = "焦点 NOUN nsubj 9; は ADP case 0 助詞-係助詞; 3 NUM compound 5; 月 NOUN compound 5 名詞-普通名詞-助数詞可能; 7 NUM nummod 5; 日 NOUN nmod 9 接尾辞-名詞的-助数詞; の ADP case 5; 日米 NOUN compound 9; 首脳 NOUN compound 9; 会談 NOUN ROOT - 名詞-普通名詞-サ変可能; だっ=だ AUX cop 9; た AUX aux 9; 。 PUNCT punct 9"

# 第1戦はチームが4－2で勝利、投手が好投した。
NOUN_FORM_WIN = "第 NOUN compound 2 接頭辞; 1 NUM nummod 2; 戦 NOUN dislocated 14 接尾辞-名詞的-一般; は ADP case 2 助詞-係助詞; チーム NOUN nsubj 10; が ADP case 4; 4 NUM compound 8; －=- SYM compound 8 補助記号-一般; 2 NUM compound 10; で ADP case 8; 勝利 VERB advcl 14 名詞-普通名詞-サ変可能; 、 PUNCT punct 10 補助記号-読点; 投手 NOUN nsubj 14; が ADP case 12; 好投 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 14 動詞-非自立可能; た AUX aux 14; 。 PUNCT punct 14"

# 大統領は攻撃停止に応じる考えを示した。
INTENT_ACCEPT = "大統領 NOUN nsubj 8; は ADP case 0 助詞-係助詞; 攻撃 NOUN compound 3 名詞-普通名詞-サ変可能; 停止 NOUN obl 5 名詞-普通名詞-サ変可能; に ADP case 3; 応じる VERB acl 6; 考え NOUN obj 8; を ADP case 6; 示し=示す VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"

# 焼失面積は3日、約3000ヘクタールに拡大した。
SPREAD = "焼失 NOUN compound 1 名詞-普通名詞-サ変可能; 面積 NOUN nsubj 10; は ADP case 1 助詞-係助詞; 3 NUM nummod 4; 日 NOUN obl 10 接尾辞-名詞的-助数詞; 、 PUNCT punct 4 補助記号-読点; 約 NOUN compound 8 接頭辞; 3000 NUM nummod 8; ヘクタール NOUN obl 10 名詞-普通名詞-助数詞可能; に ADP case 8; 拡大 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 10 動詞-非自立可能; た AUX aux 10; 。 PUNCT punct 10"

# 先月は雨がほとんど降らず、山が乾いた。
NO_RAIN = "先月 NOUN obl 5 名詞-普通名詞-副詞可能; は ADP case 0 助詞-係助詞; 雨 NOUN nsubj 5; が ADP case 2; ほとんど ADV advmod 5 名詞-普通名詞-副詞可能; 降ら=降る VERB advcl 10; ず AUX aux 5; 、 PUNCT punct 5 補助記号-読点; 山 NOUN nsubj 10; が ADP case 8; 乾い=乾く VERB ROOT -; た AUX aux 10; 。 PUNCT punct 10"

# --- occasions, claims and dated leads (round 3) ---

# 両国の外相の会談は昨年から5月9日と6月20日の2回が報じられている。
LISTED_MEETINGS = "両国 NOUN nmod 2 名詞-普通名詞-一般; の ADP case 0 助詞-格助詞; 外相 NOUN nmod 4 名詞-普通名詞-一般; の ADP case 2 助詞-格助詞; 会談 NOUN dislocated 21 名詞-普通名詞-サ変可能; は ADP case 4 助詞-係助詞; 昨年 NOUN nmod 11 名詞-普通名詞-副詞可能; から ADP case 6 助詞-格助詞; 5 NUM compound 11 名詞-数詞; 月 NOUN compound 11 名詞-普通名詞-助数詞可能; 9 NUM nummod 11 名詞-数詞; 日 NOUN nmod 16 接尾辞-名詞的-助数詞; と ADP case 11 助詞-格助詞; 6 NUM compound 16 名詞-数詞; 月 NOUN compound 16 名詞-普通名詞-助数詞可能; 20 NUM nummod 16 名詞-数詞; 日 NOUN nmod 19 名詞-普通名詞-助数詞可能; の ADP case 16 助詞-格助詞; 2 NUM nummod 19 名詞-数詞; 回 NOUN nsubj 21 名詞-普通名詞-助数詞可能; が ADP case 19 助詞-格助詞; 報じ=報ずる VERB ROOT - 動詞-一般; られ=られる AUX aux 21 助動詞; て SCONJ mark 21 助詞-接続助詞; いる VERB fixed 23 動詞-非自立可能; 。 PUNCT punct 21 補助記号-句点"

# 両国の外相は4月3日と5月8日に会談した。
LISTED_DAYS = "両国 NOUN nmod 2 名詞-普通名詞-一般; の ADP case 0 助詞-格助詞; 外相 NOUN nsubj 14 名詞-普通名詞-一般; は ADP case 2 助詞-係助詞; 4 NUM compound 7 名詞-数詞; 月 NOUN compound 7 名詞-普通名詞-助数詞可能; 3 NUM nummod 7 名詞-数詞; 日 NOUN nmod 12 接尾辞-名詞的-助数詞; と ADP case 7 助詞-格助詞; 5 NUM compound 12 名詞-数詞; 月 NOUN compound 12 名詞-普通名詞-助数詞可能; 8 NUM nummod 12 名詞-数詞; 日 NOUN obl 14 接尾辞-名詞的-助数詞; に ADP case 12 助詞-格助詞; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 14 動詞-非自立可能; た AUX aux 14 助動詞; 。 PUNCT punct 14 補助記号-句点"

# 報道官は、両首脳がすでに会談した可能性があると明らかにした。
CLAIM_PAST = "報道官 NOUN nsubj 16 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 両 NOUN compound 4 接頭辞; 首脳 NOUN nsubj 7 名詞-普通名詞-一般; が ADP case 4 助詞-格助詞; すでに ADV advmod 7 副詞; 会談 VERB acl 10 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 可能性 NOUN nsubj 12 名詞-普通名詞-一般; が ADP case 10 助詞-格助詞; ある VERB advcl 16 動詞-非自立可能; と SCONJ mark 12 助詞-格助詞; 明らか ADJ advcl 16 形状詞-一般; に=だ AUX aux 14 助動詞; し=する VERB ROOT - 動詞-非自立可能; た AUX aux 16 助動詞; 。 PUNCT punct 16 補助記号-句点"

# 報道官は、両首脳が近く会談する可能性があると述べた。
CLAIM_FUTURE = "報道官 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 両 NOUN compound 4 接頭辞; 首脳 NOUN nsubj 7 名詞-普通名詞-一般; が ADP case 4 助詞-格助詞; 近く ADV advmod 7 名詞-普通名詞-副詞可能; 会談 VERB acl 9 名詞-普通名詞-サ変可能; する AUX aux 7 動詞-非自立可能; 可能性 NOUN nsubj 11 名詞-普通名詞-一般; が ADP case 9 助詞-格助詞; ある VERB ccomp 13 動詞-非自立可能; と ADP case 11 助詞-格助詞; 述べ=述べる VERB ROOT - 動詞-一般; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"

# 報道官は10日に公開された動画で、交渉は続いていると述べた。
SAID_ON_DAY = "報道官 NOUN nsubj 18 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 10 NUM nummod 3 名詞-数詞; 日 NOUN obl 5 名詞-普通名詞-助数詞可能; に ADP case 3 助詞-格助詞; 公開 VERB acl 9 名詞-普通名詞-サ変可能; さ=する AUX aux 5 動詞-非自立可能; れ=れる AUX aux 5 助動詞; た AUX aux 5 助動詞; 動画 NOUN obl 14 名詞-普通名詞-一般; で ADP case 9 助詞-格助詞; 、 PUNCT punct 9 補助記号-読点; 交渉 NOUN nsubj 14 名詞-普通名詞-サ変可能; は ADP case 12 助詞-係助詞; 続い=続く VERB ccomp 18 動詞-非自立可能; て SCONJ mark 14 助詞-接続助詞; いる VERB fixed 15 動詞-非自立可能; と ADP case 14 助詞-格助詞; 述べ=述べる VERB ROOT - 動詞-一般; た AUX aux 18 助動詞; 。 PUNCT punct 18 補助記号-句点"

# 両首脳が会談!
HEADLINE = "両 NOUN compound 1 接頭辞; 首脳 NOUN nsubj 3 名詞-普通名詞-一般; が ADP case 1 助詞-格助詞; 会談 NOUN ROOT - 名詞-普通名詞-サ変可能; ! PUNCT punct 3 補助記号-句点"

# 2025年4月2日、首相と大統領は会談を行った。
DATED_LEAD = "2025 NUM compound 5 名詞-数詞; 年 NOUN compound 5 名詞-普通名詞-助数詞可能; 4 NUM compound 5 名詞-数詞; 月 NOUN compound 5 名詞-普通名詞-助数詞可能; 2 NUM nummod 5 名詞-数詞; 日 NOUN obl 13 名詞-普通名詞-助数詞可能; 、 PUNCT punct 5 補助記号-読点; 首相 NOUN nmod 9 名詞-普通名詞-一般; と ADP case 7 助詞-格助詞; 大統領 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 9 助詞-係助詞; 会談 NOUN obj 13 名詞-普通名詞-サ変可能; を ADP case 11 助詞-格助詞; 行っ=行う VERB ROOT - 動詞-一般; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"

# 両首脳は、関税の引き下げで合意しました。
AGREED_IN_IT = "両 NOUN compound 1 接頭辞; 首脳 NOUN nsubj 8 名詞-普通名詞-一般; は ADP case 1 助詞-係助詞; 、 PUNCT punct 1 補助記号-読点; 関税 NOUN nmod 6 名詞-普通名詞-一般; の ADP case 4 助詞-格助詞; 引き下げ NOUN obl 8 名詞-普通名詞-一般; で ADP case 6 助詞-格助詞; 合意 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8 動詞-非自立可能; まし=ます AUX aux 8 助動詞; た AUX aux 8 助動詞; 。 PUNCT punct 8 補助記号-句点"

# 一方、大統領は首相が提案した共同声明を拒否しました。
REFUSED_IN_IT = "一方 CCONJ cc 12 接続詞; 、 PUNCT punct 0 補助記号-読点; 大統領 NOUN nsubj 12 名詞-普通名詞-一般; は ADP case 2 助詞-係助詞; 首相 NOUN nsubj 6 名詞-普通名詞-一般; が ADP case 4 助詞-格助詞; 提案 VERB acl 10 名詞-普通名詞-サ変可能; し=する AUX aux 6 動詞-非自立可能; た AUX aux 6 助動詞; 共同 NOUN compound 10 名詞-普通名詞-サ変可能; 声明 NOUN obj 12 名詞-普通名詞-サ変可能; を ADP case 10 助詞-格助詞; 拒否 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12 動詞-非自立可能; まし=ます AUX aux 12 助動詞; た AUX aux 12 助動詞; 。 PUNCT punct 12 補助記号-句点"

# 首相は、この合意を議会に説明するため知事と会談しました。
LATER_MEETING = "首相 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; この DET det 4 連体詞; 合意 NOUN obj 8 名詞-普通名詞-サ変可能; を ADP case 4 助詞-格助詞; 議会 NOUN obl 8 名詞-普通名詞-一般; に ADP case 6 助詞-格助詞; 説明 VERB acl 10 名詞-普通名詞-サ変可能; する AUX aux 8 動詞-非自立可能; ため NOUN obl 13 名詞-普通名詞-副詞可能; 知事 NOUN obl 13 名詞-普通名詞-一般; と ADP case 11 助詞-格助詞; 会談 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; まし=ます AUX aux 13 助動詞; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"

# 両社は3月に交渉に入った。
ENTERED_TALKS = "両社 NOUN nsubj 7 名詞-普通名詞-一般; は ADP case 0 助詞-格助詞; 3 NUM nummod 3 名詞-数詞; 月 NOUN obl 7 名詞-普通名詞-助数詞可能; に ADP case 3 助詞-格助詞; 交渉 NOUN obl 7 名詞-普通名詞-サ変可能; に ADP case 5 助詞-格助詞; 入っ=入る VERB ROOT - 動詞-一般; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"

# 両社の交渉は今年に入り停滞した。 GiNZA gave 交渉 to 停滞; here it hangs on 入り, as GiNZA
# hung the topic of a longer sentence of this shape on a real page (…会談は今年に入り…).
TOPIC_ON_ENTER = "両社 NOUN nmod 2 名詞-普通名詞-一般; の ADP case 0 助詞-格助詞; 交渉 NOUN nsubj 6 名詞-普通名詞-サ変可能; は ADP case 2 助詞-係助詞; 今年 NOUN obl 6 名詞-普通名詞-副詞可能; に ADP case 4 助詞-格助詞; 入り=入る VERB advcl 7 動詞-一般; 停滞 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 。 PUNCT punct 7 補助記号-句点"

# 外相は、制裁の解除が交渉の前提になると主張した。
DEMAND_PREMISE = "外相 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 制裁 NOUN nmod 5 名詞-普通名詞-サ変可能; の ADP case 3 助詞-格助詞; 解除 NOUN nsubj 11 名詞-普通名詞-サ変可能; が ADP case 5 助詞-格助詞; 交渉 NOUN nmod 9 名詞-普通名詞-サ変可能; の ADP case 7 助詞-格助詞; 前提 NOUN obl 11 名詞-普通名詞-一般; に ADP case 9 助詞-格助詞; なる VERB advcl 13 動詞-非自立可能; と ADP case 11 助詞-接続助詞; 主張 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"

# 政府は5日、関税が撤廃されるまで協定は発効しないとする声明を出した。
DEMAND_UNTIL = "政府 NOUN dislocated 7 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 5 NUM nummod 3 名詞-数詞; 日 NOUN obl 7 接尾辞-名詞的-助数詞; 、 PUNCT punct 3 補助記号-読点; 関税 NOUN nsubj 7 名詞-普通名詞-一般; が ADP case 5 助詞-格助詞; 撤廃 VERB advcl 13 名詞-普通名詞-サ変可能; さ=する AUX aux 7 動詞-非自立可能; れる AUX aux 7 助動詞; まで PART mark 7 助詞-副助詞; 協定 NOUN nsubj 13 名詞-普通名詞-サ変可能; は ADP case 11 助詞-係助詞; 発効 VERB advcl 17 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; ない AUX aux 13 助動詞; と ADP case 13 助詞-格助詞; する VERB acl 18 動詞-非自立可能; 声明 NOUN obj 20 名詞-普通名詞-サ変可能; を ADP case 18 助詞-格助詞; 出し=出す VERB ROOT - 動詞-非自立可能; た AUX aux 20 助動詞; 。 PUNCT punct 20 補助記号-句点"

# 外相は、交渉は順調に進んでいると主張した。
CLAIM_PLAIN = "外相 NOUN nsubj 11 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 交渉 NOUN nsubj 7 名詞-普通名詞-サ変可能; は ADP case 3 助詞-係助詞; 順調 ADJ advcl 7 形状詞-一般; に=だ AUX aux 5 助動詞; 進ん=進む VERB ccomp 11 動詞-一般; で SCONJ mark 7 助詞-接続助詞; いる VERB fixed 8 動詞-非自立可能; と ADP case 7 助詞-格助詞; 主張 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11 動詞-非自立可能; た AUX aux 11 助動詞; 。 PUNCT punct 11 補助記号-句点"

# チームは28日に本拠地で開幕戦を迎える。
OPENER = "チーム NOUN nsubj 9 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 28 NUM nummod 3 名詞-数詞; 日 NOUN obl 9 接尾辞-名詞的-助数詞; に ADP case 3 助詞-格助詞; 本拠地 NOUN obl 9 名詞-普通名詞-一般; で ADP case 5 助詞-格助詞; 開幕戦 NOUN obj 9 名詞-普通名詞-一般; を ADP case 7 助詞-格助詞; 迎える VERB ROOT - 動詞-一般; 。 PUNCT punct 9 補助記号-句点"

# 相手が停戦に違反した場合には、政府は追加の制裁を科す。
IN_CASE = "相手 NOUN nsubj 4 名詞-普通名詞-一般; が ADP case 0 助詞-格助詞; 停戦 NOUN obl 4 名詞-普通名詞-サ変可能; に ADP case 2 助詞-格助詞; 違反 VERB acl 7 名詞-普通名詞-サ変可能; し=する AUX aux 4 動詞-非自立可能; た AUX aux 4 助動詞; 場合 NOUN obl 17 名詞-普通名詞-副詞可能; に ADP case 7 助詞-格助詞; は ADP case 7 助詞-係助詞; 、 PUNCT punct 7 補助記号-読点; 政府 NOUN nsubj 17 名詞-普通名詞-一般; は ADP case 11 助詞-係助詞; 追加 NOUN nmod 15 名詞-普通名詞-サ変可能; の ADP case 13 助詞-格助詞; 制裁 NOUN obj 17 名詞-普通名詞-サ変可能; を ADP case 15 助詞-格助詞; 科す VERB ROOT - 動詞-一般; 。 PUNCT punct 17 補助記号-句点"

# 両首脳の会談が伝えられるのは5月9日以来で、今年2回目となる。
SINCE_CLEFT = "両 NOUN compound 1 接頭辞; 首脳 NOUN nmod 3 名詞-普通名詞-一般; の ADP case 1 助詞-格助詞; 会談 NOUN nsubj 5 名詞-普通名詞-サ変可能; が ADP case 3 助詞-格助詞; 伝え=伝える VERB csubj 13 動詞-一般; られる AUX aux 5 助動詞; の SCONJ mark 5 助詞-準体助詞; は ADP case 5 助詞-係助詞; 5 NUM compound 13 名詞-数詞; 月 NOUN compound 13 名詞-普通名詞-助数詞可能; 9 NUM compound 13 名詞-数詞; 日 NOUN compound 13 接尾辞-名詞的-助数詞; 以来 NOUN advcl 21 名詞-普通名詞-副詞可能; で ADP case 13 助詞-格助詞; 、 PUNCT punct 13 補助記号-読点; 今年 NOUN compound 19 名詞-普通名詞-副詞可能; 2 NUM compound 19 名詞-数詞; 回 NOUN compound 19 名詞-普通名詞-助数詞可能; 目 NOUN obl 21 接尾辞-名詞的-一般; と ADP case 19 助詞-格助詞; なる VERB ROOT - 動詞-非自立可能; 。 PUNCT punct 21 補助記号-句点"

# 首相は、支援の詳しい内容について大統領と近く話をする考えを示した。 GiNZA hung 大統領と on
# する here; on a real page of this shape it hung the partner on 示した, as written below.
PARTNER_ABOVE = "首相 NOUN nsubj 18 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 支援 NOUN nmod 5 名詞-普通名詞-サ変可能; の ADP case 3 助詞-格助詞; 詳しい ADJ acl 6 形容詞-一般; 内容 NOUN obl 18 名詞-普通名詞-一般; に ADP case 6 助詞-格助詞; つい=つく VERB fixed 7 動詞-一般; て SCONJ fixed 7 助詞-接続助詞; 大統領 NOUN obl 18 名詞-普通名詞-一般; と ADP case 10 助詞-格助詞; 近く ADJ advmod 15 名詞-普通名詞-副詞可能; 話 NOUN obj 15 名詞-普通名詞-サ変可能; を ADP case 13 助詞-格助詞; する VERB acl 16 動詞-非自立可能; 考え NOUN obj 18 名詞-普通名詞-一般; を ADP case 16 助詞-格助詞; 示し=示す VERB ROOT - 動詞-一般; た AUX aux 18 助動詞; 。 PUNCT punct 18 補助記号-句点"

# 首相は、記者団に「協議は続く」と近く話をする考えを示した。
QUOTE_ABOVE = "首相 NOUN nsubj 17 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 記者団 NOUN obl 17 名詞-普通名詞-一般; に ADP case 3 助詞-格助詞; 「 PUNCT punct 6 補助記号-括弧開; 協議 NOUN nsubj 8 名詞-普通名詞-サ変可能; は ADP case 6 助詞-係助詞; 続く VERB advcl 14 動詞-非自立可能; 」 PUNCT punct 8 補助記号-括弧閉; と ADP case 8 助詞-格助詞; 近く ADJ advcl 14 名詞-普通名詞-副詞可能; 話 NOUN obj 14 名詞-普通名詞-サ変可能; を ADP case 12 助詞-格助詞; する VERB acl 15 動詞-非自立可能; 考え NOUN obj 17 名詞-普通名詞-一般; を ADP case 15 助詞-格助詞; 示し=示す VERB ROOT - 動詞-一般; た AUX aux 17 助動詞; 。 PUNCT punct 17 補助記号-句点"

# 政府は、両国がジュネーブで合意した停戦案を評価した。
PLACED_RELATIVE = "政府 NOUN nsubj 13 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 両国 NOUN nsubj 7 名詞-普通名詞-一般; が ADP case 3 助詞-格助詞; ジュネーブ PROPN obl 7 名詞-固有名詞-地名-一般; で ADP case 5 助詞-格助詞; 合意 VERB acl 11 名詞-普通名詞-サ変可能; し=する AUX aux 7 動詞-非自立可能; た AUX aux 7 助動詞; 停戦 NOUN compound 11 名詞-普通名詞-サ変可能; 案 NOUN obj 13 名詞-普通名詞-一般; を ADP case 11 助詞-格助詞; 評価 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13 動詞-非自立可能; た AUX aux 13 助動詞; 。 PUNCT punct 13 補助記号-句点"

# 政府は、両国が合意した停戦案を評価した。
BARE_RELATIVE = "政府 NOUN nsubj 11 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 両国 NOUN nsubj 5 名詞-普通名詞-一般; が ADP case 3 助詞-格助詞; 合意 VERB acl 9 名詞-普通名詞-サ変可能; し=する AUX aux 5 動詞-非自立可能; た AUX aux 5 助動詞; 停戦 NOUN compound 9 名詞-普通名詞-サ変可能; 案 NOUN obj 11 名詞-普通名詞-一般; を ADP case 9 助詞-格助詞; 評価 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 11 動詞-非自立可能; た AUX aux 11 助動詞; 。 PUNCT punct 11 補助記号-句点"

# 外相は、合意はこれまで守られてこなかったと主張した。
SO_FAR_NOT = "外相 NOUN nsubj 14 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 、 PUNCT punct 0 補助記号-読点; 合意 NOUN nsubj 7 名詞-普通名詞-サ変可能; は ADP case 3 助詞-係助詞; これ PRON obl 7 代名詞; まで ADP case 5 助詞-副助詞; 守ら=守る VERB ccomp 14 動詞-一般; れ=れる AUX aux 7 助動詞; て SCONJ mark 7 助詞-接続助詞; こ=くる VERB fixed 9 動詞-非自立可能; なかっ=ない AUX aux 7 助動詞; た AUX aux 7 助動詞; と ADP case 7 助詞-格助詞; 主張 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 14 動詞-非自立可能; た AUX aux 14 助動詞; 。 PUNCT punct 14 補助記号-句点"

# 一方、大統領は共同声明の案を拒否しました。
REFUSED_ALONE = "一方 CCONJ cc 9 接続詞; 、 PUNCT punct 0 補助記号-読点; 大統領 NOUN nsubj 9 名詞-普通名詞-一般; は ADP case 2 助詞-係助詞; 共同 NOUN compound 5 名詞-普通名詞-サ変可能; 声明 NOUN nmod 7 名詞-普通名詞-サ変可能; の ADP case 5 助詞-格助詞; 案 NOUN obj 9 名詞-普通名詞-一般; を ADP case 7 助詞-格助詞; 拒否 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 9 動詞-非自立可能; まし=ます AUX aux 9 助動詞; た AUX aux 9 助動詞; 。 PUNCT punct 9 補助記号-句点"

# 大統領は会談の場で、共同声明の案を拒否しました。
REFUSED_IN_MEETING = "大統領 NOUN nsubj 12 名詞-普通名詞-一般; は ADP case 0 助詞-係助詞; 会談 NOUN nmod 4 名詞-普通名詞-サ変可能; の ADP case 2 助詞-格助詞; 場 NOUN obl 12 名詞-普通名詞-一般; で=だ ADP case 4 助動詞; 、 PUNCT punct 4 補助記号-読点; 共同 NOUN compound 8 名詞-普通名詞-サ変可能; 声明 NOUN nmod 10 名詞-普通名詞-サ変可能; の ADP case 8 助詞-格助詞; 案 NOUN obj 12 名詞-普通名詞-一般; を ADP case 10 助詞-格助詞; 拒否 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 12 動詞-非自立可能; まし=ます AUX aux 12 助動詞; た AUX aux 12 助動詞; 。 PUNCT punct 12 補助記号-句点"
