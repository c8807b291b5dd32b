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
