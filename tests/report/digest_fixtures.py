"""Shared helpers of the digest tests: the hand-made storyline.json (tests/report/data), a
hostile variant whose page text tries to run script, and the fixed render time."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURE = HERE / "data" / "storyline.json"
JST = timezone(timedelta(hours=9))
#: The fixed render time of golden files and browser runs.
NOW = datetime(2025, 3, 20, 9, 30, tzinfo=JST)

SCRIPT = "<script>document.title='PWNED'</script>"
IMG = "<img src=x onerror=\"document.title='PWNED'\">"
HOSTILE_ID = "k1a0c3e5f701"


def load_fixture() -> dict[str, Any]:
    """A fresh copy of the fixture document."""
    doc: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return doc


def make_hostile(doc: dict[str, Any]) -> dict[str, Any]:
    """The fixture with markup in an article's body, title, publisher, URL, a mention sentence,
    a discrepancy explanation and a rejected input's detail. Offsets stay exact."""
    doc = copy.deepcopy(doc)
    art = next(a for a in doc["articles"] if a["id"] == HOSTILE_ID)
    sentence = f"関係者は{SCRIPT}と書き込んだ{IMG}。"
    start = len(art["body"]) + 2
    art["body"] = art["body"] + "\n\n" + sentence
    art["title"] = f"{art['title']}{SCRIPT}"
    art["publisher"] = f"東都{IMG}新聞"
    art["url"] = "javascript:document.title='PWNED'"
    event = doc["stories"][0]["events"][0]
    event["mentions"].append({"article_id": HOSTILE_ID, "sentence": sentence, "start": start,
                              "end": start + len(sentence), "claimed_by": SCRIPT})  # fmt: skip
    event["trigger"] = f"放出{IMG}"
    doc["stories"][0]["discrepancies"][0]["explanation"] += SCRIPT
    doc["stories"][0]["title"] += IMG
    doc["rejected"][0]["detail"] = f"{SCRIPT}{IMG}"
    return doc


def long_story(n: int = 40) -> dict[str, Any]:
    """A document with one story of ``n`` events, one sentence each (text written here): the
    event on day 10 is confirmed by three articles, the one on day 20 is disputed."""
    sentences = [f"市議会は{i % 28 + 1}日、第{i}回の委員会を開いた。" for i in range(n)]
    body = "".join(sentences)
    offsets, pos = [], 0
    for s in sentences:
        offsets.append((pos, pos + len(s)))
        pos += len(s)
    arts = [{"id": f"art{k}", "source": f"in/{k}.txt", "title": f"委員会の記録{k}",
             "publisher": f"市民新聞{k}", "published": "2025-04-01", "body": body}
            for k in range(3)]  # fmt: skip
    events = []
    for i, (s, e) in enumerate(offsets):
        readers = range(3) if i == 9 else range(1)
        events.append({
            "id": f"s1-e{i + 1}", "type": "CONSULT", "trigger": "委員会", "status": "occurred",
            "date": {"value": f"2025-03-{i % 28 + 1:02d}", "text": f"{i % 28 + 1}日"},
            "precision": "day", "sources": len(readers), "attributes": {},
            "mentions": [{"article_id": f"art{k}", "sentence": sentences[i], "start": s, "end": e}
                         for k in readers],
        })  # fmt: skip
    disc = {"kind": "place", "event_id": "s1-e20", "entity": None,
            "explanation": "Sources place the same CONSULT event differently.",
            "values": [{"value": "本庁舎", "article_ids": ["art0"], "independent_sources": 1,
                        "evidence": [sentences[19]]},
                       {"value": "分庁舎", "article_ids": ["art1"], "independent_sources": 1,
                        "evidence": [sentences[19]]}]}  # fmt: skip
    story = {"id": "s1", "title": "委員会", "article_ids": ["art0", "art1", "art2"],
             "events": events, "discrepancies": [disc]}  # fmt: skip
    return {"schema_version": "1", "generated_at": "2025-04-01T09:00:00+09:00",
            "articles": arts, "stories": [story], "rejected": []}  # fmt: skip
