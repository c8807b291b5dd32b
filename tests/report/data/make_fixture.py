"""Build tests/report/data/storyline.json, the hand-made digest fixture.

All article text below was written for this project (two stories: the release of government
rice stocks in 2025, and the fifth H3 launch). Outlets are invented except the wire agencies.
Offsets are computed here from the bodies, so they always index the text exactly; a test checks
that ``body[start:end] == sentence`` for every mention.

Run: ``.venv/bin/python tests/report/data/make_fixture.py`` (rewrites storyline.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

K1 = (
    "江藤拓農林水産相は7日の記者会見で、政府が保有する備蓄米21万トンを市場に放出すると発表した。"
    "コメの店頭価格が高止まりしていることを受け、流通の目詰まりを解消する狙いがある。\n\n"
    "放出は入札方式で行い、初回は15万トンを対象とする。農水省は3月上旬にも最初の入札を実施する方針だ。\n\n"
    "備蓄米はこれまで凶作や災害の際に限って放出されてきた。流通の停滞を理由とした放出は初めてとなる。\n\n"
    "江藤農相は「消費者の不安を早く和らげたい。価格の動向を注視する」と述べた。"
)
K2 = (
    "農林水産省は7日、政府備蓄米21万トンを放出すると発表した。"
    "集荷業者などへの売り渡しは入札で行い、まず15万トンを3月上旬に入札にかける。\n\n"
    "江藤拓農相は閣議後の記者会見で、コメが「どこかに滞留している」との見方を示した。"
    "流通の円滑化を目的とした放出は制度の創設以来初めて。\n\n"
    "農水省によると、売り渡した備蓄米は原則として1年以内に同じ量を買い戻す。（共同）"
)
K4 = (
    "政府が備蓄米の放出を決めたのは2025年2月10日。江藤拓前農相が会見で明らかにした。\n\n"
    "放出されるのは21万トンで、最初の入札は3月に行われるとのこと。\n\n"
    "店頭に並ぶのは早くても3月下旬になりそうだ、という声もある。"
)
K5 = (
    "農林水産省は14日、政府備蓄米の初回入札の結果を公表した。"
    "10日から12日にかけて行われた入札で、15万トンのうち約14万2000トンが落札された。\n\n"
    "落札した業者への引き渡しは18日以降に始まる予定で、3月下旬にも店頭に並ぶ見通しだ。\n\n"
    "農水省の担当者は、落札が一部の大手業者に集中したとの見方を否定した。"
)
H1 = (
    "宇宙航空研究開発機構（JAXA）は31日、2月1日に予定していたH3ロケット5号機の打ち上げを"
    "2日に延期すると発表した。種子島宇宙センター周辺で天候の悪化が見込まれるためという。\n\n"
    "5号機は準天頂衛星「みちびき」6号機を搭載する。打ち上げ時刻は2日午後5時半ごろを予定している。"
)
H2 = (
    "宇宙航空研究開発機構（JAXA）は2日午後5時30分、準天頂衛星「みちびき」6号機を載せた"
    "H3ロケット5号機を種子島宇宙センター（鹿児島県南種子町）から打ち上げた。\n\n"
    "ロケットは予定通り飛行し、約29分後に衛星を分離した。打ち上げは成功した。\n\n"
    "H3の打ち上げ成功は4回連続となる。JAXAは2025年度中にも6号機を打ち上げる計画だ。"
)
H3 = (
    "2日に打ち上げられたH3ロケット5号機を見ようと、南種子町の展望所には多くの見物客が集まった。\n\n"
    "ロケットは打ち上げから約19分後に「みちびき」6号機を分離したという。\n\n"
    "町によると、見物客は約2000人にのぼったとみられる。"
)
H4 = (
    "H3ロケット5号機が2日夕、種子島宇宙センターから打ち上げられ、"
    "搭載した「みちびき」6号機を予定の軌道に投入した。\n\n"
    "JAXAの担当者は記者会見で「順調な飛行だった」と話した。\n\n"
    "政府はみちびきを7機体制にする計画で、残る衛星も年内に打ち上げる可能性がある。"
)
U1 = (
    "札幌市は10日、冬の観光イベントの来場者数が前年より約1割増えたと発表した。"
    "海外からの観光客が増えたことが主な要因だという。\n\n"
    "市は来年度も同じ規模で開催する方針だ。"
)


def _article(
    aid: str, body: str, *, source: str, title: str, published: str | None, **extra: Any
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": aid,
        "source": source,
        "title": title,
        "published": published,
        "published_text": extra.pop("published_text", None),
        "publisher": extra.pop("publisher", None),
        "wire": extra.pop("wire", None),
        "byline": None,
        "language": "ja",
        "body": body,
        "captions": extra.pop("captions", []),
        "cited_urls": extra.pop("cited_urls", []),
        "duplicate_of": extra.pop("duplicate_of", None),
        "errors": [],
        "url": extra.pop("url", None),
        "modified": None,
        "format": extra.pop("format", "text"),
        "input_hash": aid * 5 + "0000",
        "producer": "extract-text/1.0-c1w1o1",
    }
    assert not extra, extra
    return doc


ARTICLES = [
    _article(
        "k1a0c3e5f701",
        K1,
        source="inputs/rice/k1_toto.html",
        title="政府、備蓄米21万トン放出へ　価格高騰受け流通円滑化",
        published="2025-02-07T19:05:00+09:00",
        published_text="2025年2月7日 19時05分",
        publisher="東都新聞",
        url="https://example.com/toto/2025/02/07/rice",
        format="html",
    ),
    _article(
        "k2b1d4f6a802",
        K2,
        source="inputs/rice/k2_hokuriku.txt",
        title="備蓄米21万トンを放出　農水省、初回入札は3月上旬",
        published="2025-02-07T20:12:00+09:00",
        published_text="2025/02/07 20:12",
        publisher="北陸日報",
        wire="共同通信",
        url="https://example.org/hokuriku/news/20250207-01",
    ),
    _article(
        "k3c2e5a7b903",
        K2,
        source="inputs/rice/k3_minami.txt",
        title="備蓄米21万トンを放出　農水省、初回入札は3月上旬",
        published="2025-02-07T20:40:00+09:00",
        published_text="2月7日 20:40",
        publisher="ミナミニュース",
        wire="共同通信",
        duplicate_of="k2b1d4f6a802",
    ),
    _article(
        "k4d3f6b8ca04",
        K4,
        source="inputs/rice/k4_matome.txt",
        title="【まとめ】備蓄米放出ってどうなるの？",
        published=None,
        publisher="コメ速報まとめ",
        cited_urls=["https://example.com/toto/2025/02/07/rice"],
    ),
    _article(
        "k5e4a7c9db05",
        K5,
        source="inputs/rice/k5_sakura.html",
        title="備蓄米の初回入札、9割超を落札　月内にも店頭へ",
        published="2025-03-14T12:20:00+09:00",
        published_text="2025年3月14日 12時20分",
        publisher="さくらテレビ",
        url="https://example.net/sakura/news/0314-rice",
        format="html",
    ),
    _article(
        "h1f5b8dae106",
        H1,
        source="inputs/h3/h1_nankai.txt",
        title="H3ロケット5号機、打ち上げを2月2日に延期　悪天候予想で",
        published="2025-01-31T17:45:00+09:00",
        published_text="2025年1月31日 17:45",
        publisher="南海新聞",
        url="https://example.com/nankai/h3-delay",
    ),
    _article(
        "h2a6c9ebf207",
        H2,
        source="https://example.com/jiji/h3-f5",
        title="H3ロケット5号機打ち上げ成功　「みちびき」6号機を軌道へ",
        published="2025-02-02T18:05:00+09:00",
        published_text="2025年02月02日18時05分",
        publisher="時事通信",
        wire="時事通信",
        url="https://example.com/jiji/h3-f5",
        format="html",
    ),
    _article(
        "h3b7dafc0308",
        H3,
        source="inputs/h3/h3_tanegashima.html",
        title="5号機打ち上げに見物客　南種子町",
        published="--02-03",
        published_text="2月3日",
        publisher="種子島タイムズ",
        format="html",
    ),
    _article(
        "h4c8ebad1409",
        H4,
        source="inputs/h3/h4_chukuu.txt",
        title="H3・5号機が成功、みちびき6号機を投入",
        published="2025-02-02T19:00:00+09:00",
        published_text="2025年2月2日 19:00",
        publisher="宙空ジャーナル",
        wire="共同通信",
        url="https://example.org/chukuu/2025/0202-h3",
    ),
    _article(
        "u1d9fcbe2510",
        U1,
        source="inputs/misc/u1_sapporo.txt",
        title="冬の観光イベント、来場者1割増",
        published="2025-02-10",
        published_text="2025年2月10日",
        publisher="北都タイムス",
    ),
]
BODY = {a["id"]: a["body"] for a in ARTICLES}


def _mention(
    aid: str, sentence: str, trigger: str, claimed_by: str | None = None
) -> dict[str, Any]:
    body = BODY[aid]
    assert body.count(sentence) == 1, (aid, sentence)
    start = body.index(sentence)
    return {
        "article_id": aid,
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "claimed_by": claimed_by,
        "trigger_start": start + sentence.index(trigger),
        "trigger_end": start + sentence.index(trigger) + len(trigger),
    }


def _actor(name: str, surface: str, wid: str | None = None) -> dict[str, Any]:
    return {"name": name, "id": wid, "surface": surface}


def _event(eid: str, etype: str, trigger: str, status: str, date: tuple[str | None, str | None],
           precision: str, mentions: list[dict[str, Any]], sources: int, **extra: Any) -> dict[str, Any]:  # fmt: skip
    return {
        "id": eid,
        "type": etype,
        "mode": extra.get("mode"),
        "trigger": trigger,
        "actors": extra.get("actors", []),
        "recipients": extra.get("recipients", []),
        "place": extra.get("place"),
        "date": {"value": date[0], "text": date[1]},
        "status": status,
        "attributes": extra.get("attributes", {}),
        "mentions": mentions,
        "precision": precision,
        "sources": sources,
    }


MAFF = _actor("農林水産省", "農林水産省")
ETO = _actor("江藤拓", "江藤拓農林水産相")
JAXA = _actor("宇宙航空研究開発機構", "宇宙航空研究開発機構（JAXA）", "Q209375")

K1_LEAD = (
    "江藤拓農林水産相は7日の記者会見で、政府が保有する備蓄米21万トンを市場に放出すると発表した。"
)
K2_LEAD = "農林水産省は7日、政府備蓄米21万トンを放出すると発表した。"
K4_LEAD = "政府が備蓄米の放出を決めたのは2025年2月10日。"
K4_ROLE = "江藤拓前農相が会見で明らかにした。"
H2_SEP = "ロケットは予定通り飛行し、約29分後に衛星を分離した。"
H3_SEP = "ロケットは打ち上げから約19分後に「みちびき」6号機を分離したという。"

RICE_EVENTS = [
    _event("s1-e1", "OTHER", "放出", "occurred", ("2025-02-07", "7日"), "day", [
        _mention("k1a0c3e5f701", K1_LEAD, "放出"),
        _mention("k2b1d4f6a802", K2_LEAD, "放出"),
        _mention("k3c2e5a7b903", K2_LEAD, "放出"),
        _mention("k4d3f6b8ca04", K4_LEAD, "放出"),
    ], 3, actors=[ETO, MAFF], attributes={"amount": "210000 t"}),
    _event("s1-e2", "OTHER", "入札", "planned", ("2025-03", "3月上旬"), "month", [
        _mention("k1a0c3e5f701", "農水省は3月上旬にも最初の入札を実施する方針だ。", "入札"),
        _mention("k2b1d4f6a802", "集荷業者などへの売り渡しは入札で行い、まず15万トンを3月上旬に入札にかける。", "入札"),
        _mention("k4d3f6b8ca04", "放出されるのは21万トンで、最初の入札は3月に行われるとのこと。", "入札"),
    ], 3, actors=[MAFF], attributes={"amount": "150000 t"}),
    _event("s1-e3", "OTHER", "入札", "occurred", ("2025-03-10", "10日から12日にかけて"), "day", [
        _mention("k5e4a7c9db05", "10日から12日にかけて行われた入札で、15万トンのうち約14万2000トンが落札された。", "入札"),
    ], 1, attributes={"amount": "142000 t"}),
    _event("s1-e4", "OTHER", "公表", "occurred", ("2025-03-14", "14日"), "day", [
        _mention("k5e4a7c9db05", "農林水産省は14日、政府備蓄米の初回入札の結果を公表した。", "公表"),
    ], 1, actors=[MAFF]),
    _event("s1-e5", "OTHER", "引き渡し", "planned", ("2025-03-18", "18日以降"), "day", [
        _mention("k5e4a7c9db05", "落札した業者への引き渡しは18日以降に始まる予定で、3月下旬にも店頭に並ぶ見通しだ。", "引き渡し"),
    ], 1),
    _event("s1-e6", "OTHER", "並ぶ", "hedged", ("2025-03", "3月下旬"), "month", [
        _mention("k4d3f6b8ca04", "店頭に並ぶのは早くても3月下旬になりそうだ、という声もある。", "並ぶ"),
    ], 1),
    _event("s1-e7", "ACCUSE", "集中", "denied", (None, None), "unknown", [
        _mention("k5e4a7c9db05", "農水省の担当者は、落札が一部の大手業者に集中したとの見方を否定した。", "集中", "農水省の担当者"),
    ], 1),
]  # fmt: skip

H3_EVENTS = [
    _event("s2-e1", "OTHER", "延期", "occurred", ("2025-01-31", "31日"), "day", [
        _mention("h1f5b8dae106", H1.split("。")[0] + "。", "延期"),
    ], 1, actors=[JAXA], place="種子島宇宙センター"),
    _event("s2-e2", "OTHER", "打ち上げ", "planned", ("2025-02-02", "2日"), "day", [
        _mention("h1f5b8dae106", "打ち上げ時刻は2日午後5時半ごろを予定している。", "打ち上げ"),
    ], 1, actors=[JAXA]),
    _event("s2-e3", "OTHER", "打ち上げ", "occurred", ("2025-02-02", "2日"), "day", [
        _mention("h2a6c9ebf207", H2.split("\n\n")[0], "打ち上げ"),
        _mention("h4c8ebad1409", H4.split("\n\n")[0], "打ち上げ"),
        _mention("h3b7dafc0308", H3.split("\n\n")[0], "打ち上げ"),
    ], 3, actors=[JAXA], place="種子島宇宙センター"),
    _event("s2-e4", "OTHER", "分離", "occurred", ("2025-02-02", "2日"), "day", [
        _mention("h2a6c9ebf207", H2_SEP, "分離"),
        _mention("h3b7dafc0308", H3_SEP, "分離"),
    ], 2, attributes={"elapsed": "PT29M"}),
    _event("s2-e5", "OTHER", "打ち上げる", "planned", ("2025", "2025年度中"), "year", [
        _mention("h2a6c9ebf207", "JAXAは2025年度中にも6号機を打ち上げる計画だ。", "打ち上げる"),
    ], 1, actors=[JAXA]),
    _event("s2-e6", "OTHER", "打ち上げる", "hedged", ("2025", "年内"), "year", [
        _mention("h4c8ebad1409", "政府はみちびきを7機体制にする計画で、残る衛星も年内に打ち上げる可能性がある。", "打ち上げる"),
    ], 1),
    _event("s2-e7", "OTHER", "集まった", "occurred", ("--02-02", "2日"), "day", [
        _mention("h3b7dafc0308", "町によると、見物客は約2000人にのぼったとみられる。", "見物客", "南種子町"),
    ], 1, place="南種子町", attributes={"count": "2000"}),
]  # fmt: skip

RICE_DISCREPANCIES = [
    {
        "kind": "date",
        "event_id": "s1-e1",
        "entity": None,
        "explanation": "備蓄米放出の発表日: 3つの独立した情報源は2月7日、まとめブログは2月10日とする。",
        "values": [
            {"value": "2025-02-07", "article_ids": ["k1a0c3e5f701", "k2b1d4f6a802", "k3c2e5a7b903"],
             "independent_sources": 2, "evidence": [K1_LEAD, K2_LEAD]},
            {"value": "2025-02-10", "article_ids": ["k4d3f6b8ca04"],
             "independent_sources": 1, "evidence": [K4_LEAD]},
        ],
    },
    {
        "kind": "role",
        "event_id": None,
        "entity": "江藤拓",
        "explanation": "江藤拓氏の肩書: 2025年2月時点で現職の農林水産相だが、まとめブログは「前農相」と書く。",
        "values": [
            {"value": "農林水産相", "article_ids": ["k1a0c3e5f701", "k2b1d4f6a802"],
             "independent_sources": 2,
             "evidence": [K1_LEAD, "江藤拓農相は閣議後の記者会見で、コメが「どこかに滞留している」との見方を示した。"]},
            {"value": "前農相", "article_ids": ["k4d3f6b8ca04"],
             "independent_sources": 1, "evidence": [K4_ROLE]},
        ],
    },
]  # fmt: skip

H3_DISCREPANCIES = [
    {
        "kind": "number",
        "event_id": "s2-e4",
        "entity": None,
        "explanation": "打ち上げから衛星分離までの時間: 約29分後と約19分後。",
        "values": [
            {"value": "PT29M", "article_ids": ["h2a6c9ebf207"], "independent_sources": 1,
             "evidence": [H2_SEP]},
            {"value": "PT19M", "article_ids": ["h3b7dafc0308"], "independent_sources": 1,
             "evidence": [H3_SEP]},
        ],
    },
]  # fmt: skip

DOC: dict[str, Any] = {
    "schema_version": "1",
    "generated_at": "2025-03-20T09:00:00+09:00",
    "articles": ARTICLES,
    "stories": [
        {
            "id": "s1",
            "title": "政府備蓄米の放出",
            "article_ids": ["k1a0c3e5f701", "k2b1d4f6a802", "k3c2e5a7b903", "k4d3f6b8ca04", "k5e4a7c9db05"],
            "events": RICE_EVENTS,
            "discrepancies": RICE_DISCREPANCIES,
        },
        {
            "id": "s2",
            "title": "H3ロケット5号機の打ち上げ",
            "article_ids": ["h1f5b8dae106", "h2a6c9ebf207", "h3b7dafc0308", "h4c8ebad1409"],
            "events": H3_EVENTS,
            "discrepancies": H3_DISCREPANCIES,
        },
    ],
    "rejected": [
        {"source": "inputs/misc/photo.jpg", "reason": "not_text",
         "detail": "JPEG image, not a page", "stage": "ingest"},
        {"source": "https://example.com/gone", "reason": "http_error",
         "detail": "HTTP 404 Not Found", "stage": "ingest"},
    ],
    "run": {"inputs": 12, "articles": 10, "duplicates": 1, "rejected": 2},
}  # fmt: skip


def main() -> None:
    """Write the fixture next to this script."""
    text = json.dumps(DOC, ensure_ascii=False, indent=2) + "\n"
    (HERE / "storyline.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
