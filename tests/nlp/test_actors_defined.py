"""Tests for defined terms in storyline.nlp.actors: a press release that writes
「A株式会社（以下「当社」）」 means A by each later 当社, and a Latin company name before a
known defined term (… Corporation（以下「USスチール」）) is that company, not the country its
first words spell; a text with an ellipsis (…) links without error. Sentences written for
this project."""

from __future__ import annotations

from functools import cache

import pytest

from storyline.nlp.actors import link_actors
from storyline.nlp.kb import KnowledgeBase, load_kb

Row = tuple[str, str]  # (entity, surface)


@cache
def _kb() -> KnowledgeBase:
    return load_kb()


def _rows(text: str) -> list[Row]:
    return [(m.entity, m.surface) for m in link_actors(text, kb=_kb()) if m.kind != "place"]


CASES: list[tuple[str, list[Row]]] = [
    # the defined term stands for the company named before it, in the bracket and later
    (
        "ホンダ株式会社（以下「当社」）は本日、新工場の建設を決めました。当社は来年着工します。",
        [("honda", "ホンダ"), ("honda", "当社"), ("honda", "当社")],
    ),
    # 以下、「…」 with a comma, and a provisional company
    (
        "ミドリ化学株式会社（以下、「当社」）は、当社の工場を売却します。",
        [
            ("provisional:ミドリ化学", "ミドリ化学株式会社"),
            ("provisional:ミドリ化学", "当社"),
            ("provisional:ミドリ化学", "当社"),
        ],
    ),
    # a Latin name before a known term is that company, not the United States
    (
        "United States Steel Corporation（以下「USスチール」）は声明を出しました。",
        [
            ("us_steel", "United States Steel Corporation"),
            ("us_steel", "USスチール"),
        ],
    ),
    # without a defined term, 当社 stays unlinked and the country stays the country
    ("当社は新工場の建設を決めました。", []),
    ("United States の関税が話題になった。", [("united_states", "United States")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_defined_terms(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", ["テストは…", "ホンダは新型車を発表した…", "同社は…と述べた。"])
def test_an_ellipsis_is_no_token_past_the_text(text: str) -> None:
    # Sudachi normalises … to ... and emits two empty tokens after it; at the end of the
    # text they pointed past it (IndexError before session 3, round 3).
    assert all(0 <= m.start < m.end <= len(text) for m in link_actors(text, kb=_kb()))
