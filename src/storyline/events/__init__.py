"""The events stage: AnalyzedArticle -> Events (who did what to whom, when and where).

:func:`extract_events` reads the dependency parse that nlp gives the sentences carrying event
cues, finds trigger predicates from ``data/triggers.tsv`` (verbs, verbal nouns with a light
verb), types them with PLOVER (or OTHER), and reads actors, recipients, place, date, status,
attribution and quantities. It never loads a model; docs/events.md describes every rule.
"""

from __future__ import annotations

from storyline.events.extraction import extract_from
from storyline.events.lexicon import lexicon_version, load_lexicon
from storyline.models import AnalyzedArticle, Event

__all__ = ["EVENTS_VERSION", "extract_events", "producer_name"]

#: Version of the rules; with the data files' versions it makes the producer name.
EVENTS_VERSION = "14"


def producer_name() -> str:
    """``events/{EVENTS_VERSION}+{lexicon version}``, e.g. ``events/2+t2c2``."""
    return f"events/{EVENTS_VERSION}+{lexicon_version()}"


def extract_events(analysis: AnalyzedArticle) -> tuple[Event, ...]:
    """Return the events of one analysed article, in text order, ids ``<article_id>-e<n>``.

    Only parsed sentences (``Sentence.parsed``) can give events. Never raises for odd input
    (an empty article gives ``()``); a malformed data file raises ValueError at first use.
    """
    return tuple(extract_from(analysis, load_lexicon(), producer_name()))
