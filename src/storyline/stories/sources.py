"""Independent sources: origins, not pages.

A page that copies another (``Article.duplicate_of``, followed to the root of its copy group)
is the origin of that root. Pages that carry the same wire agency (``Article.wire``, also via
their root) are one origin: what 共同通信 reported counts once however many papers printed it.
Everything else is its own origin.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from storyline.models import Article, DiscrepancyValue


def _root(article_id: str, by_id: Mapping[str, Article]) -> str:
    """Follow ``duplicate_of`` to the first page of the copy group (cycles are cut)."""
    seen = {article_id}
    current = article_id
    while True:
        parent = by_id[current].duplicate_of if current in by_id else None
        if parent is None or parent in seen or parent not in by_id:
            return current
        seen.add(parent)
        current = parent


def _wire_key(name: str) -> str:
    # 共同 and 共同通信, ＡＦＰ and AFP: compare a width-folded key without the 通信 suffix.
    key = unicodedata.normalize("NFKC", name).strip().lower()
    return key.removesuffix("通信社").removesuffix("通信")


def origins(articles: Sequence[Article]) -> dict[str, str]:
    """Map each article id to its origin key (``wire:<agency>`` or ``page:<root id>``)."""
    by_id = {a.id: a for a in articles}
    out: dict[str, str] = {}
    for a in articles:
        root = _root(a.id, by_id)
        wire = a.wire or by_id[root].wire
        out[a.id] = f"wire:{_wire_key(wire)}" if wire else f"page:{root}"
    return out


def count_sources(article_ids: Iterable[str], origin_of: Mapping[str, str]) -> int:
    """The number of independent origins among ``article_ids`` (unknown ids count alone)."""
    return len({origin_of.get(a, f"page:{a}") for a in article_ids})


def ranked(values: Iterable[DiscrepancyValue]) -> list[DiscrepancyValue]:
    """The sides of a disagreement, best supported first (more independent sources, then more
    pages, then by value so the order is stable)."""
    return sorted(values, key=lambda v: (-v.independent_sources, -len(v.article_ids), v.value))


def sides_text(values: Sequence[DiscrepancyValue], *, noun: bool = False) -> str:
    """``"A (2) vs B (1)"``: each side with its number of independent sources, for the English
    ``explanation`` of a disagreement; ``noun`` writes ``"(2 sources)"``."""
    return " vs ".join(
        f"{v.value} ({v.independent_sources}"
        + (f" source{'s' if v.independent_sources != 1 else ''}" if noun else "")
        + ")"
        for v in values
    )
