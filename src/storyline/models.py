"""Types passed between pipeline stages.

All records are frozen dataclasses with tuples for sequences, so a stage can never mutate
another stage's output. Character offsets are half-open ``[start, end)`` into the article
body exactly as stored (never into a normalised copy).

Flow::

    ingest  -> RawDocument | Rejected
    extract -> Article | Rejected
    dedup   -> Article (duplicate_of filled)
    nlp     -> AnalyzedArticle
    events  -> Event (later stage)
    stories -> Story (later stage)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

# --------------------------------------------------------------------------- producers

#: Stable rejection codes. The CLI summary and storyline.json use these strings.
REJECTION_REASONS: dict[str, str] = {
    "not_found": "the path does not exist",
    "no_pages": "a folder with no .txt/.html/.htm/.warc/.xml pages in it",
    "unreadable": "the file exists but could not be read (permissions, I/O error)",
    "not_text": "binary content (image, archive, executable, ...), not a page",
    "empty": "no content, or only whitespace",
    "undecodable": "the bytes could not be decoded in any supported encoding",
    "too_large": "over the size cap (ingest.max_bytes)",
    "broken_html": "HTML that could not be parsed into a document",
    "not_a_feed": "given as a feed, but neither RSS nor Atom",
    "unreachable": "the URL could not be fetched (DNS, connection, timeout)",
    "http_error": "the server answered with an error status",
    "unsupported_type": "the server sent a content type that is not a page",
    "truncated_warc": "the WARC file ends in the middle of a record or is corrupt",
    "no_article": "the page was read but no article text was found in it",
    "internal_error": "a bug in storyline; the rest of the batch went on (please report it)",
}


def sha256_hex(data: bytes) -> str:
    """Return the hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def article_id_for(content: bytes) -> str:
    """Stable article id: the same input bytes always give the same id (12 hex chars)."""
    return sha256_hex(content)[:12]


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """An input, or one item inside an input, that could not be used."""

    source: str
    stage: str
    reason: str
    detail: str


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    """One page as read from its source, before extraction.

    ``source`` is the path or URL exactly as given on the command line or found in a folder;
    for items inside a container it is ``container#locator`` (``feed.xml#3``, ``crawl.warc.gz#<url>``)
    unless the item has its own URL, which is then used.
    ``text`` is the decoded content; ``encoding`` names how it was decoded and ``encoding_source``
    says where that came from (``bom``, ``http``, ``meta``, ``detected``, ``utf-8``).
    """

    source: str
    content: bytes
    text: str
    media_type: Literal["text/html", "text/plain"]
    encoding: str
    encoding_source: str
    url: str | None = None
    container: str | None = None
    fetched_at: datetime | None = None

    @property
    def sha256(self) -> str:
        return sha256_hex(self.content)

    @property
    def id(self) -> str:
        return article_id_for(self.content)


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A clean article. Field meanings follow shared/contract/output-v1.md.

    ``published`` is an ISO 8601 string: a full datetime with offset (JST when the page gives
    none), ``YYYY-MM-DD`` when only the day is known, ``--MM-DD`` when the year is not on the
    page, or None when the page has no publication time (never the copyright year, never the
    fetch time).
    """

    id: str
    source: str
    input_hash: str
    producer: str
    body: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_text: str | None = None
    modified: str | None = None
    publisher: str | None = None
    wire: str | None = None
    byline: str | None = None
    language: str = "ja"
    captions: tuple[str, ...] = ()
    cited_urls: tuple[str, ...] = ()
    duplicate_of: str | None = None
    errors: tuple[str, ...] = ()
    format: Literal["html", "text"] = "text"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p for p in self.body.split("\n\n") if p)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date whose parts may be unknown (None). Used as the reference for time
    normalisation: an article with ``published='--03-19'`` gives PartialDate(None, 3, 19)."""

    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def from_published(cls, published: str | None) -> PartialDate | None:
        """Read an Article.published string; None when there is none or it is unreadable."""
        if not published:
            return None
        m = _ISO_DAY.match(published)
        if m:
            return cls(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _ISO_NO_YEAR.match(published)
        if m:
            return cls(None, int(m.group(1)), int(m.group(2)))
        return None


# --------------------------------------------------------------------------- nlp


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of the body. ``parsed`` says whether tokens with dependencies exist for it."""

    index: int
    start: int
    end: int
    text: str
    parsed: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """A token of a parsed sentence. ``head`` is the article-level index of the head token
    (itself for the root). ``tag`` is the Sudachi part of speech (e.g. ``名詞-固有名詞-人名-姓``)."""

    i: int
    sentence: int
    start: int
    end: int
    surface: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorMention:
    """A mention of a person, organisation or country.

    ``entity`` is the knowledge-base key (or ``provisional:<name>`` for unknown names);
    ``wikidata`` only when the base is sure. ``title`` is the title the text gave
    (``前大統領``, ``報道官``), kept for role checks against the base.
    """

    entity: str
    name: str
    surface: str
    start: int
    end: int
    kind: Literal["person", "org", "country", "place", "group"]
    wikidata: str | None = None
    title: str | None = None
    country_prefix: str | None = None
    provisional: bool = False
    coref: bool = False  # resolved from 同氏/同社/両首脳 etc.


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A time expression with its value resolved against the article's publication time.

    ``type``: date | time | duration | set. ``value``: ISO 8601, partial where unknown
    (``2025-03-18``, ``2025-03``, ``2025``, ``2025-W12``, ``--03-19``, ``XXXX-XX-19``,
    ``2025-03-24T15:00``, ``PT30D`` for durations, ``P1D`` for sets), or None.
    ``anchor`` says what it was resolved against: absolute | publication | anaphoric | unresolved.
    """

    text: str
    type: Literal["date", "time", "duration", "set"]
    value: str | None
    start: int
    end: int
    anchor: Literal["absolute", "publication", "anaphoric", "unresolved"] = "absolute"
    modifier: str | None = None  # START / MID / END / APPROX (上旬, 中旬, 末, ごろ)
    # fiscal years (2024年度 -> value "2024"): FY, or FY_START / FY_MID / FY_END (年度末)


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number with its unit. ``value`` is the number in the unit (1800億円 -> 1.8e11, 円),
    or for durations the ISO 8601 duration string in ``normalized`` (約2時間半 -> PT2H30M)."""

    text: str
    value: float | None
    unit: str
    start: int
    end: int
    normalized: str | None = None
    approximate: bool = False
    per: str | None = None  # 1株3200円 -> per="株"; 1日あたり -> per="日"
    high: float | None = (
        None  # upper end of a range (3～5人 -> value 3, high 5; 数百人 -> 200, 900)
    )
    direction: str | None = None  # "increase" / "decrease" for 12%増 / 3%減 / 5円高
    compared_to: str | None = None  # the basis of a change: 前年比12%増 -> "前年"


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalyzedArticle:
    """The project's own projection of a parsed article; storable as JSON."""

    article_id: str
    input_hash: str
    producer: str
    body: str
    published: str | None
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    quantities: tuple[Quantity, ...] = ()


# --------------------------------------------------------------------------- events

#: The 16 PLOVER event types, plus OTHER for an event a reader needs that none fits.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "OTHER",
)  # fmt: skip

EventStatus = Literal["occurred", "planned", "hedged", "denied"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Participant:
    """An actor or recipient of an event: KB entity (or ``provisional:<name>``) plus the surface
    and title the text gave it (``トランプ前米大統領`` / ``前大統領``)."""

    entity: str
    name: str
    surface: str
    wikidata: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMention:
    """Where an event is said: the sentence (offsets into that article's body), the trigger,
    who claimed it, and whether it is only a background reference to an earlier event."""

    article_id: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    trigger_start: int
    trigger_end: int
    claimed_by: str | None = None  # display name of the source of the claim (e.g. "Kremlin")
    claimed_by_entity: str | None = None  # KB key when known
    background: bool = False  # "the first call since 12 February": a mention of that earlier event
    date_text: str | None = None  # the time expression the date came from, as written


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One event as one article tells it (one mention). The stories stage merges these.

    ``date`` is a contract date value (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM-DD``) or
    None; ``attributes`` holds normalised quantities as (name, value) pairs, e.g.
    ``(("duration", "PT2H30M"),)``.
    """

    id: str  # "<article_id>-e<n>"
    article_id: str
    type: str  # one of PLOVER_TYPES
    trigger: str
    status: EventStatus
    mention: EventMention
    mode: str | None = None
    actors: tuple[Participant, ...] = ()
    recipients: tuple[Participant, ...] = ()
    place: str | None = None
    date: str | None = None
    attributes: tuple[tuple[str, str], ...] = ()
    producer: str = ""


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryEvent:
    """An event merged across articles: one timeline entry with all its mentions.

    ``precision``: day | month | year | unknown (of ``date``); ``sources``: the number of
    independent origins (wire copies and near-duplicates count once).
    """

    id: str  # "<story_id>-e<n>"
    type: str
    trigger: str
    status: EventStatus
    mentions: tuple[EventMention, ...]
    mode: str | None = None
    actors: tuple[Participant, ...] = ()
    recipients: tuple[Participant, ...] = ()
    place: str | None = None
    date: str | None = None
    date_text: str | None = None
    precision: Literal["day", "month", "year", "unknown"] = "unknown"
    attributes: tuple[tuple[str, str], ...] = ()
    sources: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscrepancyValue:
    """One side of a disagreement: the value, the articles saying it, how many independent
    sources that is, and the sentences as they stand in the articles."""

    value: str
    article_ids: tuple[str, ...]
    independent_sources: int
    evidence: tuple[str, ...]
    #: role disagreements: what the knowledge base says of this title at the time
    #: (``contradicted`` | ``confirmed``); None for other kinds.
    kb: Literal["contradicted", "confirmed"] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Discrepancy:
    """Independent sources disagreeing on one fact: kind is date | number | place | role |
    attribution | other."""

    kind: Literal["date", "number", "place", "role", "attribution", "other"]
    explanation: str
    values: tuple[DiscrepancyValue, ...]
    event_id: str | None = None
    entity: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """Articles about one developing story, its merged events in date order (the timeline),
    and where its sources disagree."""

    id: str
    title: str | None
    article_ids: tuple[str, ...]
    events: tuple[StoryEvent, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
