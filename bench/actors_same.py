"""Check that actor linking gives the same mentions before and after a speed change.

Usage::

    .venv/bin/python bench/actors_same.py --save /tmp/actors_before.json   # before the change
    .venv/bin/python bench/actors_same.py --check /tmp/actors_before.json  # after it

On the bench corpus of ``bench/nlp.py`` (same generator and seed), it runs ``link_actors`` on
every body (with the sentences of ``split_sentences``, as the layer does), writes or compares
every mention field, and prints the time taken and characters per second of linking alone.
``--profile`` prints the top of a cProfile of the linking instead.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from nlp import make_corpus  # noqa: E402
from storyline.nlp import load_kb  # noqa: E402
from storyline.nlp.actors import link_actors  # noqa: E402
from storyline.nlp.sentences import split_sentences  # noqa: E402


def run(bodies: Sequence[str]) -> tuple[list[list[dict[str, object]]], float]:
    """All mentions of every body (as dicts) and the seconds linking took."""
    kb = load_kb()
    inputs = [(b, tuple(split_sentences(b))) for b in bodies]
    link_actors(inputs[0][0], kb=kb, sentences=inputs[0][1])  # build tries, load Sudachi
    t0 = time.perf_counter()
    found = [link_actors(b, kb=kb, sentences=s) for b, s in inputs]
    seconds = time.perf_counter() - t0
    return [[dataclasses.asdict(m) for m in ms] for ms in found], seconds


def main(argv: Sequence[str] | None = None) -> int:
    """Save, check or profile; returns 1 when a check finds a difference."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20250319)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--check", type=Path)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    bodies = make_corpus(args.articles, args.seed)
    chars = sum(len(b) for b in bodies)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        run(bodies)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return 0
    mentions, seconds = run(bodies)
    total = sum(len(m) for m in mentions)
    print(f"{len(bodies)} bodies, {chars:,} chars, {total:,} mentions: {seconds:.2f} s, "
          f"{chars / seconds:,.0f} chars/s")  # fmt: skip
    if args.save:
        args.save.write_text(json.dumps(mentions, ensure_ascii=False), encoding="utf-8")
    if args.check:
        before = json.loads(args.check.read_text(encoding="utf-8"))
        diffs = [k for k, (a, b) in enumerate(zip(before, mentions, strict=True)) if a != b]
        print(
            f"bodies with different mentions: {len(diffs)}"
            + (f" e.g. {diffs[:5]}" if diffs else "")
        )
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
