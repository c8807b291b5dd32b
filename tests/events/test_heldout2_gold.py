"""The second blind held-out events set (tests/events/heldout2/gold.jsonl) stays well-formed.

The set measures the events stage on 14 pages of fields neither the tuned gold nor the first
held-out set covers (see tests/events/heldout2/README.md); it was annotated blind to what the
system does and scored once before anyone tuned on it. These checks need no model: every row is
valid, every substring points at exactly one place in its page's extracted body, every
participant and claimant key is in the knowledge base, and the set keeps the size and spread it
was scored with.

Since session 4 the set is a development set (its README records the last blind score; the
blind figure now comes from tests/events/heldout3, which has no floor). The gate (marked
``model``) holds its scores at the floors pinned in tests/baseline.json ("events_dev2").
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from gold_checks import (
    assert_participants_known,
    assert_scores_meet_floors,
    assert_substrings_point_at_one_place,
)

from storyline.evaluation_events import load_event_gold
from storyline.nlp import load_kb

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "events" / "heldout2" / "gold.jsonl"
ROWS: list[dict[str, Any]] = load_event_gold([GOLD])
EVENTS = [r for r in ROWS if "ignore" not in r]
ARTICLES = sorted({r["article"] for r in ROWS})


def test_heldout2_is_large_and_varied() -> None:
    assert len(EVENTS) >= 110
    assert len(ARTICLES) == 14
    # Every article lives under its own page folder; none reuses a tuned or first held-out page.
    assert all(a.startswith("tests/data/events-heldout2/") for a in ARTICLES)
    types = Counter(r["type"] for r in EVENTS)
    assert len(types) >= 12, types
    assert sum(r["status"] != "occurred" for r in EVENTS) >= 20
    assert sum(bool(r["background"]) for r in EVENTS) >= 12
    # One folder per field: no field carries more than a tenth of the events.
    per_article = Counter(r["article"] for r in EVENTS)
    assert max(per_article.values()) <= 13, per_article


@pytest.mark.parametrize("article", ARTICLES)
def test_heldout2_substrings_point_at_one_place(article: str) -> None:
    assert_substrings_point_at_one_place(ROWS, article)


def test_heldout2_participants_are_kb_keys_or_provisional() -> None:
    assert_participants_known(EVENTS)


def test_heldout2_claims_name_kb_keys_or_surfaces() -> None:
    # A claimed_by alternative spelled like a key (lower-case ASCII, digits, underscores) must
    # be a KB key (a typo would silently never match); anything else is a surface as written
    # (関係者, KADOKAWA).
    kb = load_kb()
    for row in EVENTS:
        for alt in (row.get("claimed_by") or "").split("|"):
            if re.fullmatch(r"[a-z0-9_]+", alt):
                assert kb.get(alt) is not None, (alt, row)


def test_heldout2_dates_are_contract_values() -> None:
    # YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or null (tests/events/README.md, "Dates").
    pattern = r"(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})"
    for row in EVENTS:
        assert row["date"] is None or re.fullmatch(pattern, row["date"]), row


@pytest.mark.model
def test_development_set_meets_its_floors() -> None:
    assert_scores_meet_floors(ROWS, "events_dev2")
