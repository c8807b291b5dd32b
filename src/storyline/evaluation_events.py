"""Event extraction measured on a gold set: ``storyline eval events GOLD...``.

The gold set is JSONL (see tests/events/README.md for the annotation guidelines). An event row:
``article`` (path from the repo root), ``sentence`` (a distinctive substring of the sentence that
states the event; ``also`` lists other places the article restates it), ``type`` (PLOVER type
or OTHER; ``type_alt`` lists other acceptable types), ``mode``, ``trigger``, ``participants``
(KB keys or ``provisional:<name>``; actors and recipients together), ``actors``,
``recipients``, ``date``, ``status``, ``claimed_by``, ``place``, ``background``. In
``participants``, ``claimed_by`` and ``place`` a ``|`` separates alternatives that are all
right (``white_house|united_states``). A row with ``ignore`` instead of ``type`` marks a
substring (a quoted card, a summary bullet) where predicted events are neither right nor wrong.

Matching, per article. A prediction is *located* on a gold event when a gold substring lies in
the prediction's sentence or a gold occurrence overlaps the prediction's sentence span; among
the located gold events it is paired with the one of the same type that has the most fields
right (or, when no type agrees, with a located one, to score the type). A pair is a *full
match* when the type, the participants (as a set) and the date are all right.

- precision: predictions that fully match / predictions (those in ``ignore`` spans excluded);
- recall: gold events fully matched by at least one prediction / gold events;
- ``typed_*``: the same with only location and type required;
- field accuracy: ``type`` over located pairs, the other fields over same-type pairs.

Several predictions on one gold event (the article restates it) all count as right: the
stories stage merges them. Like the pipeline, this module wires stages together (in the default
predictor only); the stages stay unaware of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from storyline.config import Settings
from storyline.errors import ConfigError, InputError
from storyline.evaluation import read_jsonl
from storyline.models import PLOVER_TYPES, Event, Participant, Rejected

#: What a predictor returns for one article path: its events and the body they index.
Predict = Callable[[Path], tuple[Sequence[Event], str]]

FIELDS = ("type", "participants", "date", "status", "claimed_by", "place", "mode", "background")
STATUSES = ("occurred", "planned", "hedged", "denied")
_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")
_REQUIRED = ("article", "sentence", "type", "participants", "date", "status")
#: Failure details kept in the JSON report, per kind; enough to see patterns, not a dump.
MAX_DETAILS = 400


# --------------------------------------------------------------------------- gold


def _check_row(row: dict[str, Any], where: str) -> None:
    """Raise ConfigError when an event row lacks a field or has an invalid value."""
    missing = [k for k in _REQUIRED if k not in row]
    if missing:
        raise ConfigError(f"{where}: event row lacks {', '.join(missing)}")
    for t in [row["type"], *row.get("type_alt", [])]:
        if t not in PLOVER_TYPES:
            raise ConfigError(f"{where}: type {t!r} is not a PLOVER type or OTHER")
    if row["status"] not in STATUSES:
        raise ConfigError(f"{where}: status {row['status']!r} is not one of {', '.join(STATUSES)}")
    if row["date"] is not None and not _DATE.match(str(row["date"])):
        raise ConfigError(
            f"{where}: date {row['date']!r} is not YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD"
        )
    if not isinstance(row["participants"], list):
        raise ConfigError(f"{where}: participants must be a list")


def load_event_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Read event gold rows (and ``ignore`` rows) from JSONL files or folders of them.

    Returns the rows in file order. Raises ConfigError for an unreadable file, invalid JSON,
    or an event row with a missing field, an unknown type or status, or a malformed date.
    """
    rows = []
    for row, where in read_jsonl(paths, key="article"):
        if "ignore" not in row:
            _check_row(row, where)
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- field checks


def _norm(text: str) -> str:
    """Matching key: NFKC, no spaces or middle dots, lower case (stored text is never changed)."""
    return re.sub(r"[\s・･]", "", unicodedata.normalize("NFKC", text)).lower()


def _alts(value: str | None) -> list[str]:
    return [a for a in (value or "").split("|") if a]


def _names_meet(a: str, b: str) -> bool:
    """True when two names are the same after normalising, or one contains the other (both at
    least two characters: ``大谷`` meets ``大谷翔平``, ``ドジャース`` meets ``ロサンゼルス・ドジャース``)."""
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    return x == y or (min(len(x), len(y)) >= 2 and (x in y or y in x))


@cache
def _kb_names(entity: str) -> tuple[str, ...]:
    """The bundled knowledge base's names and aliases of ``entity`` (none for a provisional
    one). Imported lazily: loading the KB is work the gold checks don't need."""
    from storyline.nlp import load_kb

    ent = load_kb().get(entity)
    if ent is None:
        return ()
    return tuple(n for n in (ent.name, ent.name_ja, *ent.aliases) if n)


def _slot_accepts(alternatives: str, p: Participant) -> bool:
    """Whether a predicted participant fills a gold slot (``key`` or ``key|key``). A KB key must
    be the predicted entity; a ``provisional:<name>`` matches a predicted entity whose name,
    surface or knowledge-base alias meets that name (so a later KB entry for it still counts
    as right, also where the text referred to it as 同社)."""
    for alt in _alts(alternatives):
        if alt == p.entity:
            return True
        if alt.startswith("provisional:"):
            name = alt.removeprefix("provisional:")
            names = (p.name, p.surface, *_kb_names(p.entity))
            if any(_names_meet(name, n) for n in names):
                return True
    return False


def _participants(event: Event) -> list[Participant]:
    """Actors and recipients of a prediction, one per entity."""
    seen: dict[str, Participant] = {}
    for p in (*event.actors, *event.recipients):
        seen.setdefault(p.entity, p)
    return list(seen.values())


def participants_match(gold: Sequence[str], predicted: Sequence[Participant]) -> bool:
    """True when the predicted participants and the gold slots pair off one to one."""
    if len(gold) != len(predicted):
        return False

    def fill(i: int, used: frozenset[int]) -> bool:
        if i == len(gold):
            return True
        return any(
            j not in used and _slot_accepts(gold[i], p) and fill(i + 1, used | {j})
            for j, p in enumerate(predicted)
        )

    return fill(0, frozenset())


def _text_field_match(gold: str | None, predicted: str | None, entity: str | None = None) -> bool:
    """Place / claimed_by: both absent, or an alternative equal to the KB key ``entity`` or
    meeting the predicted text (containment either way, see :func:`_names_meet`)."""
    if not gold:
        return not predicted and not entity
    return any(
        alt == entity or (predicted is not None and _names_meet(alt, predicted))
        for alt in _alts(gold)
    )


def field_results(row: dict[str, Any], event: Event) -> dict[str, bool]:
    """Which fields of a prediction agree with a gold row (see the module docstring)."""
    types = {row["type"], *row.get("type_alt", [])}
    m = event.mention
    return {
        "type": event.type in types,
        "participants": participants_match(row["participants"], _participants(event)),
        "date": (row["date"] or None) == (event.date or None),
        "status": row["status"] == event.status,
        "claimed_by": _text_field_match(row.get("claimed_by"), m.claimed_by, m.claimed_by_entity),
        "place": _text_field_match(row.get("place"), event.place),
        "mode": (row.get("mode") or None) == (event.mode or None),
        "background": bool(row.get("background", False)) == m.background,
    }


def is_full_match(fields: dict[str, bool]) -> bool:
    """A full match: type, participants and date all right."""
    return fields["type"] and fields["participants"] and fields["date"]


# --------------------------------------------------------------------------- scores


@dataclass(slots=True)
class EventScores:
    """Counts and per-field tallies of one evaluation; :meth:`to_json` gives the report."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    ignored: int = 0
    full_predictions: int = 0
    typed_predictions: int = 0
    full_gold: int = 0
    typed_gold: int = 0
    located_pairs: int = 0
    typed_pairs: int = 0
    right: Counter[str] = field(default_factory=Counter)
    gold_by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)
    gold_by_folder: Counter[str] = field(default_factory=Counter)
    found_by_folder: Counter[str] = field(default_factory=Counter)
    failures: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _ratio(num: int, den: int) -> float:
        return num / den if den else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.full_predictions, self.predicted)

    @property
    def recall(self) -> float:
        return self._ratio(self.full_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def typed_precision(self) -> float:
        return self._ratio(self.typed_predictions, self.predicted)

    @property
    def typed_recall(self) -> float:
        return self._ratio(self.typed_gold, self.gold)

    def accuracy(self, name: str) -> float:
        """Share of pairs with ``name`` right: located pairs for type, same-type pairs else."""
        den = self.located_pairs if name == "type" else self.typed_pairs
        return self._ratio(self.right[name], den)

    def table(self) -> list[tuple[str, float]]:
        """The figures for a two-column table (``storyline eval events``): the headline scores,
        then ``field <name>`` accuracies."""
        rows = [
            ("precision", self.precision),
            ("recall", self.recall),
            ("f1", self.f1),
            ("typed_precision", self.typed_precision),
            ("typed_recall", self.typed_recall),
        ]
        return rows + [(f"field {name}", self.accuracy(name)) for name in FIELDS]

    def to_json(self, *, details: bool = False) -> dict[str, Any]:
        """The report: headline figures, field accuracies, counts, recall per type and per
        folder of articles (one folder is one story in the gold set), and (with
        ``details``) the missed gold rows, spurious predictions and wrong fields."""
        out: dict[str, Any] = {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "typed_precision": round(self.typed_precision, 4),
            "typed_recall": round(self.typed_recall, 4),
            "fields": {name: round(self.accuracy(name), 4) for name in FIELDS},
            "counts": {
                "articles": self.articles,
                "gold": self.gold,
                "predicted": self.predicted,
                "ignored": self.ignored,
                "full_match_predictions": self.full_predictions,
                "full_match_gold": self.full_gold,
                "located_pairs": self.located_pairs,
                "same_type_pairs": self.typed_pairs,
            },
            "recall_by_type": {
                t: {"gold": n, "found": self.found_by_type[t]}
                for t, n in sorted(self.gold_by_type.items())
            },
            "recall_by_folder": {
                f: {"gold": n, "found": self.found_by_folder[f]}
                for f, n in sorted(self.gold_by_folder.items())
            },
            "failures": self.failures,
        }
        if details:
            out["missed"] = self.missed[:MAX_DETAILS]
            out["spurious"] = self.spurious[:MAX_DETAILS]
            out["wrong"] = self.wrong[:MAX_DETAILS]
        return out


# --------------------------------------------------------------------------- matching


def _occurrences(body: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], body.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = body.find(needle, start + 1)
    return spans


def _where(row: dict[str, Any]) -> list[str]:
    return [row["sentence"], *row.get("also", [])]


def _lies_in(needles: Sequence[str], body: str, event: Event) -> bool:
    """Whether one of ``needles`` is in the prediction's sentence or overlaps its span."""
    m = event.mention
    for needle in needles:
        if needle in m.sentence:
            return True
        if any(s < m.end and m.start < e for s, e in _occurrences(body, needle)):
            return True
    return False


def _best_pair(
    event: Event, located: Sequence[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, bool]]:
    """The located gold row to pair a prediction with: same type first, then most fields
    right, then the first in gold order."""
    scored = [(row, field_results(row, event)) for row in located]
    return max(scored, key=lambda rf: (rf[1]["type"], is_full_match(rf[1]), sum(rf[1].values())))


def _describe(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "trigger": event.trigger,
        "participants": sorted(p.entity for p in _participants(event)),
        "date": event.date,
        "status": event.status,
        "sentence": event.mention.sentence,
    }


@dataclass(slots=True)
class _Article:
    """One gold article while it is scored: its gold and ignore rows, its body, and for each
    gold row (by id) whether a same-type / fully matching prediction was found."""

    name: str
    gold: list[dict[str, Any]]
    ignore: list[str]
    body: str
    found: dict[int, tuple[bool, bool]] = field(default_factory=dict)


def _score_prediction(event: Event, art: _Article, scores: EventScores) -> None:
    """Pair one prediction with its gold event (if any) and update the tallies."""
    located = [row for row in art.gold if _lies_in(_where(row), art.body, event)]
    if not located:
        if _lies_in(art.ignore, art.body, event):
            scores.ignored += 1
            return
        scores.predicted += 1
        scores.spurious.append({"article": art.name, **_describe(event)})
        return
    scores.predicted += 1
    row, fields = _best_pair(event, located)
    full = is_full_match(fields)
    scores.located_pairs += 1
    scores.right["type"] += fields["type"]
    if fields["type"]:
        scores.typed_pairs += 1
        scores.typed_predictions += 1
        for name in FIELDS[1:]:
            scores.right[name] += fields[name]
    if full:
        scores.full_predictions += 1
    else:
        bad = [n for n, ok in fields.items() if not ok]
        scores.wrong.append({"gold": row, "got": _describe(event), "wrong": bad})
    typed_before, full_before = art.found.get(id(row), (False, False))
    art.found[id(row)] = (typed_before or fields["type"], full_before or full)


def _score_article(
    name: str,
    rows: Sequence[dict[str, Any]],
    predicted: Sequence[Event],
    body: str,
    scores: EventScores,
) -> None:
    """Score one article's predictions against its gold rows."""
    art = _Article(
        name=name,
        gold=[r for r in rows if "ignore" not in r],
        ignore=[r["ignore"] for r in rows if "ignore" in r],
        body=body,
    )
    for event in predicted:
        _score_prediction(event, art, scores)
    for row in art.gold:
        typed, full = art.found.get(id(row), (False, False))
        scores.gold += 1
        scores.gold_by_type[row["type"]] += 1
        scores.typed_gold += typed
        scores.full_gold += full
        scores.found_by_type[row["type"]] += full
        scores.gold_by_folder[Path(name).parent.name] += 1
        scores.found_by_folder[Path(name).parent.name] += full
        if not typed:
            scores.missed.append(row)


def default_predictor(settings: Settings) -> Predict:
    """The real pipeline as a predictor: ingest -> extract -> nlp.analyze_article (parser and
    knowledge base loaded once, here) -> events.extract_events.

    The returned function raises InputError when the page is rejected. Raises
    ModelNotAvailable (from the nlp stage) when the GiNZA model is not installed.
    """
    # Imported here: only this command needs the stages and the model.
    from storyline import events, extract, ingest, nlp

    parser = nlp.load_parser_for(settings.nlp)
    kb = nlp.load_kb(settings.nlp.kb)

    def predict(path: Path) -> tuple[Sequence[Event], str]:
        for item in ingest.iter_inputs([str(path)], settings=settings.ingest):
            if isinstance(item, Rejected):
                raise InputError(item.reason, item.detail)
            article = extract.extract_article(item, settings=settings.extract)
            if isinstance(article, Rejected):
                raise InputError(article.reason, article.detail)
            analysis = nlp.analyze_article(article, settings=settings.nlp, parser=parser, kb=kb)
            return events.extract_events(analysis), article.body
        raise InputError("empty", f"no document read from {path}")

    return predict


def evaluate_events(
    rows: Sequence[dict[str, Any]],
    *,
    root: Path,
    settings: Settings,
    predict: Predict | None = None,
) -> EventScores:
    """Run ``predict`` (by default :func:`default_predictor`) on every gold article (paths
    relative to ``root``) and score the events; see the module docstring for the rules.

    An article the predictor rejects (InputError) is listed in ``failures`` and all its gold
    events count as missed. Raises what the default predictor raises when it is loaded.
    """
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    run = predict if predict is not None else default_predictor(settings)
    scores = EventScores()
    for article, article_rows in by_article.items():
        scores.articles += 1
        try:
            predicted, body = run(root / article)
        except InputError as exc:
            scores.failures.append({"article": article, "rejected": f"{exc.reason}: {exc.detail}"})
            predicted, body = (), ""
        _score_article(article, article_rows, predicted, body, scores)
    return scores
