"""Time expressions found on the project's real sample pages, for reading by eye.

Usage::

    .venv/bin/python bench/timex_corpus.py [PATH ...] [--context 20]

Runs ingest + extract over every page under ``samples/corpus`` and ``tests/data/pages`` (or the
paths given), then :func:`storyline.nlp.timex.find_times` on each article body with the
article's own publication date and the nlp sentence splitter, exactly as the nlp stage does.
For every expression it prints its type, value, anchor and modifier with ``--context``
characters either side (40 characters around it by default), so a reader can mark the wrong
values. The gold set (tests/nlp/gold/timex.tsv) is the pinned measure; this script is how its
gaps on unseen text are found. It never reaches the network.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from storyline.config import ExtractSettings, IngestSettings  # noqa: E402
from storyline.extract import extract_article  # noqa: E402
from storyline.ingest import iter_inputs  # noqa: E402
from storyline.models import Article, RawDocument  # noqa: E402
from storyline.nlp.sentences import split_sentences  # noqa: E402
from storyline.nlp.timex import find_times  # noqa: E402

DEFAULT_PATHS = (ROOT / "samples" / "corpus", ROOT / "tests" / "data" / "pages")


def _articles(paths: list[str]) -> list[Article]:
    """Every article the extractor makes from ``paths`` (rejections are reported on stderr)."""
    out: list[Article] = []
    for item in iter_inputs(paths, settings=IngestSettings()):
        if not isinstance(item, RawDocument):
            print(f"# rejected {item.source}: {item.reason}", file=sys.stderr)
            continue
        art = extract_article(item, settings=ExtractSettings())
        if isinstance(art, Article):
            out.append(art)
        else:
            print(f"# rejected {art.source}: {art.reason}", file=sys.stderr)
    return out


def _show(art: Article, context: int) -> int:
    """Print one article's expressions; return how many there were."""
    body = art.body
    times = find_times(body, published=art.published, sentences=split_sentences(body))
    name = Path(art.source).relative_to(ROOT) if art.source.startswith(str(ROOT)) else art.source
    print(f"\n=== {name}  published={art.published}  ({len(times)} expressions)")
    for t in times:
        left = body[max(0, t.start - context) : t.start].replace("\n", "⏎")
        right = body[t.end : t.end + context].replace("\n", "⏎")
        mod = f" {t.modifier}" if t.modifier else ""
        print(f"{t.type:8} {t.value!s:18} {t.anchor:10}{mod:8} | {left}【{t.text}】{right}")
    return len(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="pages or folders (default: the sample pages)")
    parser.add_argument("--context", type=int, default=20, help="characters shown each side")
    args = parser.parse_args(argv)
    paths = args.paths or [str(p) for p in DEFAULT_PATHS]
    articles = _articles(paths)
    total = sum(_show(a, args.context) for a in articles)
    print(f"\n# {len(articles)} articles, {total} time expressions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
