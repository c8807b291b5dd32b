"""Quality of the stories stage on its gold set: ``tests/stories/gold/``.

Gold files (paths from the repository root):

- ``stories.json``: ``{"stories": {path: story key}}``, the story of every page;
- ``events.jsonl``: real events told by several pages: ``story``, ``date``, ``type``, ``what``,
  ``paths``;
- ``disagreements.jsonl``: ``expected`` (``flag`` for a real or planted disagreement,
  ``no_flag`` for a trap), ``kind``, ``what`` and ``values`` (``value`` and the ``paths`` saying
  it, at least two sides).

Scores:

- story pairwise precision/recall/F1: pairs of pages put in the same story;
- merged-event accuracy: the share of gold events for which the StoryEvent holding the most
  of its pages (among those dated compatibly with the gold date) holds at least two, and no
  other StoryEvent of the same type and a compatible date holds one of its other pages;
- disagreement recall: the share of gold flags matched by a predicted discrepancy of the same
  kind with one side on a page of one gold side and another side on a page of another, each
  with a value that can be that gold side's (dates compatible, places the same name);
- false flags: predicted discrepancies matching no gold flag, as a share of all of them (those
  matching a trap are also counted apart).

Like pipeline.py, this module wires stages together (inside :func:`predict_chain`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.config import Settings
from storyline.errors import ConfigError
from storyline.evaluation import read_jsonl
from storyline.models import Article, Discrepancy, Rejected, Story
from storyline.stories.dates import compatible, parse_date

#: predict(paths, settings) -> ({gold path: article id}, stories)
Predict = Callable[[Sequence[str], Settings], tuple[dict[str, str], tuple[Story, ...]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class StoriesGold:
    """The three gold files."""

    stories: dict[str, str]
    events: tuple[dict[str, Any], ...]
    disagreements: tuple[dict[str, Any], ...]


@dataclass(slots=True)
class StoryScores:
    """Scores of one evaluation (see the module docstring) and what went wrong."""

    pages: int = 0
    pair_tp: int = 0
    pair_fp: int = 0
    pair_fn: int = 0
    events: int = 0
    events_merged: int = 0
    flags_gold: int = 0
    flags_found: int = 0
    flags_predicted: int = 0
    flags_false: int = 0
    traps_flagged: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pair_precision(self) -> float:
        n = self.pair_tp + self.pair_fp
        return self.pair_tp / n if n else 1.0

    @property
    def pair_recall(self) -> float:
        n = self.pair_tp + self.pair_fn
        return self.pair_tp / n if n else 1.0

    @property
    def pair_f1(self) -> float:
        p, r = self.pair_precision, self.pair_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def merged_accuracy(self) -> float:
        return self.events_merged / self.events if self.events else 0.0

    @property
    def disagreement_recall(self) -> float:
        return self.flags_found / self.flags_gold if self.flags_gold else 1.0

    @property
    def false_flag_share(self) -> float:
        return self.flags_false / self.flags_predicted if self.flags_predicted else 0.0

    def to_json(self) -> dict[str, Any]:
        """The figures, rounded to four places."""
        return {
            "pages": self.pages,
            "pair_precision": round(self.pair_precision, 4),
            "pair_recall": round(self.pair_recall, 4),
            "pair_f1": round(self.pair_f1, 4),
            "events": self.events,
            "merged_accuracy": round(self.merged_accuracy, 4),
            "disagreements": self.flags_gold,
            "disagreement_recall": round(self.disagreement_recall, 4),
            "flags": self.flags_predicted,
            "false_flag_share": round(self.false_flag_share, 4),
            "traps_flagged": self.traps_flagged,
        }


def _jsonl(path: Path) -> tuple[dict[str, Any], ...]:
    return tuple(row for row, _where in read_jsonl([path], key="what"))


def load_stories_gold(folder: str | Path) -> StoriesGold:
    """Read the gold folder. Raises ConfigError for a missing or malformed file."""
    folder = Path(folder)
    try:
        stories = json.loads((folder / "stories.json").read_text(encoding="utf-8"))["stories"]
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        raise ConfigError(f"{folder / 'stories.json'} is missing or malformed: {exc!r}") from exc
    return StoriesGold(
        stories=dict(stories),
        events=_jsonl(folder / "events.jsonl"),
        disagreements=_jsonl(folder / "disagreements.jsonl"),
    )


# --------------------------------------------------------------------------- the chain


def _read(paths: Sequence[str], root: Path, settings: Settings) -> dict[str, Article]:
    from storyline import extract, ingest

    out: dict[str, Article] = {}
    for path in paths:
        for item in ingest.iter_inputs([str(root / path)], settings=settings.ingest):
            if isinstance(item, Rejected):
                break
            result = extract.extract_article(item, settings=settings.extract)
            if not isinstance(result, Rejected):
                out[path] = result
            break
    return out


def predict_chain(root: Path) -> Predict:
    """The whole chain from the pages: ingest -> extract -> dedup -> nlp -> events ->
    stories, with the knowledge base as role check. Loads GiNZA (ModelNotAvailable if it
    is missing)."""

    def predict(
        paths: Sequence[str], settings: Settings
    ) -> tuple[dict[str, str], tuple[Story, ...]]:
        from storyline import dedup, events, nlp, stories

        by_path = _read(paths, root, settings)
        articles = dedup.mark_duplicates(list(by_path.values()), settings=settings.dedup)
        kb = nlp.load_kb(settings.nlp.kb)
        parser = nlp.load_parser_for(settings.nlp)
        analyses = [
            a
            for a in nlp.analyze_articles(articles, settings=settings.nlp, parser=parser, kb=kb)
            if not isinstance(a, Rejected)
        ]
        found = [e for a in analyses for e in events.extract_events(a)]
        result = stories.build_stories(
            articles, analyses, found, role_check=lambda e, t, d: kb.held(e, t, on=d)
        )
        return {p: a.id for p, a in by_path.items()}, result

    return predict


# --------------------------------------------------------------------------- scoring


def evaluate_stories(
    gold: StoriesGold, *, root: Path, settings: Settings, predict: Predict | None = None
) -> StoryScores:
    """Run ``predict`` (default: :func:`predict_chain`) over the gold pages and score it."""
    run = predict or predict_chain(root)
    ids, stories = run(sorted(gold.stories), settings)
    scores = StoryScores(pages=len(gold.stories))
    _score_pairs(gold, ids, stories, scores)
    _score_events(gold, ids, stories, scores)
    _score_flags(gold, ids, stories, scores)
    return scores


def _score_pairs(
    gold: StoriesGold, ids: Mapping[str, str], stories: Sequence[Story], scores: StoryScores
) -> None:
    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    paths = sorted(gold.stories)
    for i, a in enumerate(paths):
        for b in paths[i + 1 :]:
            same_gold = gold.stories[a] == gold.stories[b]
            sa, sb = story_of.get(ids.get(a, "")), story_of.get(ids.get(b, ""))
            same = sa is not None and sa == sb
            scores.pair_tp += same and same_gold
            scores.pair_fp += same and not same_gold
            scores.pair_fn += (not same) and same_gold


def _score_events(
    gold: StoriesGold, ids: Mapping[str, str], stories: Sequence[Story], scores: StoryScores
) -> None:
    events = [e for s in stories for e in s.events if e.date is not None]
    for row in gold.events:
        scores.events += 1
        want = {ids[p] for p in row["paths"] if p in ids}
        day = parse_date(row["date"])
        holders = {
            e.id: (e.type, {m.article_id for m in e.mentions} & want)
            for e in events
            if compatible(parse_date(e.date), day)
        }
        holders = {k: v for k, v in holders.items() if v[1]}
        if not holders:
            scores.failures.append({"event": row["what"], "found": "no dated mention"})
            continue
        best_type, best = max(holders.values(), key=lambda v: len(v[1]))
        # Mentions typed alike by the events stage and dated alike belong together; the
        # merge failed when they sit in two StoryEvents.
        split = [k for k, (t, pages) in holders.items() if t == best_type and pages - best]
        ok = len(best) >= 2 and not split
        scores.events_merged += ok
        if not ok:
            scores.failures.append({"event": row["what"], "pages": len(best), "split_over": split})


def _value_meets(kind: str, predicted: str, gold: str) -> bool:
    """Whether a predicted side's value can be the gold side's: dates must be compatible
    (equal, or one a prefix of the other: ``2025-03`` and ``2025-03-18``; ``--03-14`` and
    ``2025-03-14``), places must name the same place (one contains the other). Other kinds
    are matched by their pages only (their values are written in too many ways)."""
    if kind == "date":
        p, g = predicted.lstrip("-"), gold.lstrip("-")
        return p.startswith(g) or g.startswith(p) or p.endswith(g) or g.endswith(p)
    if kind == "place":
        return predicted in gold or gold in predicted
    return True


def _matches(d: Discrepancy, row: Mapping[str, Any], ids: Mapping[str, str]) -> bool:
    """Same kind, and two predicted sides each on a page of a different gold side, with a
    value that can be that side's (see :func:`_value_meets`)."""
    if d.kind != row["kind"]:
        return False
    sides = [{ids[p] for p in v["paths"] if p in ids} for v in row["values"]]

    def meets(v: Any, x: int, gx: set[str]) -> bool:
        return bool(set(v.article_ids) & gx) and _value_meets(
            d.kind, str(v.value), str(row["values"][x]["value"])
        )

    for i, v in enumerate(d.values):
        for j, w in enumerate(d.values):
            if i == j:
                continue
            for x, gx in enumerate(sides):
                for y, gy in enumerate(sides):
                    if x != y and meets(v, x, gx) and meets(w, y, gy):
                        return True
    if len(d.values) == 1 and row["kind"] == "role":  # the base alone can be the other side
        return bool(set(d.values[0].article_ids) & sides[0])
    return False


def _score_flags(
    gold: StoriesGold, ids: Mapping[str, str], stories: Sequence[Story], scores: StoryScores
) -> None:
    flags = [d for s in stories for d in s.discrepancies]
    wanted = [r for r in gold.disagreements if r["expected"] == "flag"]
    traps = [r for r in gold.disagreements if r["expected"] != "flag"]
    scores.flags_gold = len(wanted)
    scores.flags_predicted = len(flags)
    for row in wanted:
        if any(_matches(d, row, ids) for d in flags):
            scores.flags_found += 1
        else:
            scores.failures.append({"missed": row["what"], "kind": row["kind"]})
    for d in flags:
        if any(_matches(d, row, ids) for row in wanted):
            continue
        scores.flags_false += 1
        trap = next((r["what"] for r in traps if _matches(d, r, ids)), None)
        scores.traps_flagged += trap is not None
        scores.failures.append({"false_flag": d.explanation, "kind": d.kind, "trap": trap})
