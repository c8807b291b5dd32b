"""Story grouping: articles about one developing story together, unrelated ones apart.

Each article is described by two sparse vectors, both TF-IDF weighted over the batch so that
what every article shares (米国, common kanji) counts for little:

- the knowledge-base entities its actors link to (``ActorMention.entity``);
- the character bigrams of its title and body, taken only from kanji and katakana runs
  (hiragana is mostly grammar and would make every two Japanese texts look alike).

The similarity of two articles is a weighted sum of the two cosines, lowered gently when their
dates lie months apart. Articles are clustered by average-link agglomeration: the two clusters
with the highest mean pairwise similarity merge while that mean is above the threshold. Copies
(``duplicate_of``) always join their original. Stories of an earlier run are starting clusters
that are never merged with each other, so their ids stay; new articles join them or form new
stories.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from storyline.models import AnalyzedArticle, Article
from storyline.stories.dates import as_date
from storyline.stories.rules import Rules

_CONTENT_RUN = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々〆A-Za-z0-9]+")
Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class Features:
    """What grouping knows of one article."""

    article_id: str
    entities: Counter[str]
    bigrams: Counter[str]
    day: date | None


def reference_day(article: Article, analysis: AnalyzedArticle | None) -> date | None:
    """The day an article speaks from: its publication day, else (undated pages) the latest
    full date it states, since a page is written after what it reports. None if neither."""
    day = as_date(article.published)
    if day is not None or analysis is None:
        return day
    days = [as_date(t.value) for t in analysis.times if t.type == "date" and t.anchor == "absolute"]
    known = [d for d in days if d is not None]
    return max(known) if known else None


def features(article: Article, analysis: AnalyzedArticle | None) -> Features:
    """Build the grouping features of one article."""
    text = unicodedata.normalize("NFKC", f"{article.title or ''}\n{article.body}")
    grams: Counter[str] = Counter()
    for run in _CONTENT_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
        if 3 <= len(run) <= 12:
            # Whole runs (大船渡市, 山林火災, ドジャース) are the story's own names: a term
            # of their own, so two pages naming them share more than their bigrams.
            grams[run] += 1
    entities: Counter[str] = Counter()
    if analysis is not None:
        entities.update(a.entity for a in analysis.actors)
    return Features(article.id, entities, grams, reference_day(article, analysis))


def _tfidf(counts: Sequence[Counter[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors (sublinear tf, smoothed idf plus one) of the given term
    counts. The plus one keeps terms every page shares from vanishing: with two pages, a
    plain smoothed idf would be zero for all they have in common."""
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts)
    out: list[Vector] = []
    for c in counts:
        v = {t: (1 + math.log(k)) * (1 + math.log((1 + n) / (1 + df[t]))) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items() if x > 0})
    return out


def _cos(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _time_factor(a: date | None, b: date | None, rules: Rules) -> float:
    """1.0 within ``full_weight_days``; then falling linearly to ``min_time_factor``."""
    if a is None or b is None:
        return 1.0
    gap = abs((a - b).days) - rules.full_weight_days
    if gap <= 0:
        return 1.0
    return max(rules.min_time_factor, 1.0 - gap / rules.time_decay_days)


def _confidence(a: Features, b: Features, rules: Rules) -> float:
    """How far the entity cosine can be trusted: a page linking one or two entities (東京,
    日本) says little about its story, so its weight moves to the text."""
    return min(1.0, min(len(a.entities), len(b.entities)) / rules.min_entities)


def similarity_matrix(feats: Sequence[Features], rules: Rules) -> list[list[float]]:
    """Pairwise article similarity (symmetric, 1.0 on the diagonal)."""
    ents = _tfidf([f.entities for f in feats])
    grams = _tfidf([f.bigrams for f in feats])
    n = len(feats)
    sim = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            w = rules.entity_weight * _confidence(feats[i], feats[j], rules)
            s = w * _cos(ents[i], ents[j]) + (1.0 - w) * _cos(grams[i], grams[j])
            s *= _time_factor(feats[i].day, feats[j].day, rules)
            sim[i][j] = sim[j][i] = s
    return sim


def cluster(
    feats: Sequence[Features],
    *,
    rules: Rules,
    fixed: Mapping[str, str] | None = None,
    forced: Mapping[str, str] | None = None,
) -> list[list[int]]:
    """Average-link clusters of ``feats`` (lists of indices).

    ``fixed`` maps article ids to the earlier story they already belong to: such articles
    start together, and two earlier stories are never merged. ``forced`` maps a copy's id to
    its original's id: the copy is placed with the original and not used for similarity.
    """
    fixed = fixed or {}
    forced = forced or {}
    index = {f.article_id: i for i, f in enumerate(feats)}
    sim = similarity_matrix(feats, rules)
    clusters: dict[int, list[int]] = {}
    label: dict[int, str | None] = {}
    by_story: dict[str, int] = {}
    for i, f in enumerate(feats):
        if f.article_id in forced and forced[f.article_id] in index:
            continue
        story = fixed.get(f.article_id)
        if story is not None and story in by_story:
            clusters[by_story[story]].append(i)
            continue
        clusters[i] = [i]
        label[i] = story
        if story is not None:
            by_story[story] = i
    _agglomerate(clusters, label, sim, rules.group_threshold)
    home = {i: k for k, members in clusters.items() for i in members}
    for copy, original in forced.items():
        if copy in index and original in index and index[original] in home:
            clusters[home[index[original]]].append(index[copy])
    return [sorted(m) for m in clusters.values()]


def _agglomerate(
    clusters: dict[int, list[int]],
    label: dict[int, str | None],
    sim: list[list[float]],
    threshold: float,
) -> None:
    """Merge, in place, the most similar pair of clusters while its average-link similarity
    reaches ``threshold``; clusters of two different earlier stories never merge.

    Link sums between clusters are additive, so a merge updates them in one pass; a heap
    with lazy deletion finds the best pair (O(n² log n) instead of rescanning all pairs)."""
    link: dict[tuple[int, int], float] = {}
    keys = sorted(clusters)
    for x, a in enumerate(keys):
        for b in keys[x + 1 :]:
            link[(a, b)] = sum(sim[i][j] for i in clusters[a] for j in clusters[b])
    version = dict.fromkeys(keys, 0)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        if label[a] is not None and label[b] is not None and label[a] != label[b]:
            return
        avg = link[(a, b)] / (len(clusters[a]) * len(clusters[b]))
        if avg >= threshold:
            heapq.heappush(heap, (-avg, a, b, version[a], version[b]))

    for a, b in link:
        push(a, b)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in clusters or b not in clusters or version[a] != va or version[b] != vb:
            continue  # stale: one side has merged since
        clusters[a].extend(clusters.pop(b))
        label[a] = label[a] or label[b]
        version[a] += 1
        for c in clusters:
            if c != a:
                link[(min(a, c), max(a, c))] += link.pop((min(b, c), max(b, c)))
        for c in clusters:
            if c != a:
                push(a, c)


def central(members: Sequence[int], sim: list[list[float]]) -> int:
    """The member with the highest mean similarity to the others (the first on ties)."""
    return max(members, key=lambda i: (sum(sim[i][j] for j in members), -i))
