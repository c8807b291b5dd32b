"""The stories stage's tuned constants, read from ``data/rules.json`` (versioned).

The numbers live in a data file, not in code, so a recalibration is one reviewed edit with its
version bumped (the version is part of the stage's producer name). docs/stories.md says how
each was calibrated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from storyline.errors import ConfigError


@dataclass(frozen=True, slots=True, kw_only=True)
class Rules:
    """All tuned constants of the stage (see data/rules.json and docs/stories.md)."""

    version: str
    group_threshold: float
    entity_weight: float
    min_entities: int
    full_weight_days: int
    min_time_factor: float
    time_decay_days: int
    conflict_window_days: int
    merge_tolerance: float
    exact_tolerance: float
    quote_min_chars: int
    quote_similarity: float
    timezone_markers: tuple[str, ...]
    exclusive_titles: tuple[frozenset[str], ...]  # one person holds at most one of a set
    bound_after: tuple[tuple[str, str], ...]  # longest suffix first
    reschedule_words: tuple[str, ...] = ()  # a plan moved on purpose (延期): not a conflict


@cache
def load_rules() -> Rules:
    """Read and cache the bundled rules. Raises ConfigError if the file is malformed."""
    text = resources.files("storyline.stories").joinpath("data/rules.json").read_text("utf-8")
    try:
        raw: dict[str, Any] = json.loads(text)
        g, m = raw["grouping"], raw["merging"]
        bounds = sorted(raw["bound_after"].items(), key=lambda kv: len(kv[0]), reverse=True)
        return Rules(
            version=str(raw["version"]),
            group_threshold=float(g["threshold"]),
            entity_weight=float(g["entity_weight"]),
            min_entities=int(g["min_entities"]),
            full_weight_days=int(g["full_weight_days"]),
            min_time_factor=float(g["min_time_factor"]),
            time_decay_days=int(g["time_decay_days"]),
            conflict_window_days=int(m["conflict_window_days"]),
            merge_tolerance=float(m["merge_tolerance"]),
            exact_tolerance=float(raw["numbers"]["exact_tolerance"]),
            quote_min_chars=int(raw["quotes"]["min_chars"]),
            quote_similarity=float(raw["quotes"]["similarity"]),
            timezone_markers=tuple(raw["timezone_markers"]),
            exclusive_titles=tuple(frozenset(x) for x in raw["exclusive_titles"]),
            bound_after=tuple((str(k), str(v)) for k, v in bounds),
            reschedule_words=tuple(raw.get("reschedule_words", ())),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"stories/data/rules.json is malformed: {exc!r}") from exc
