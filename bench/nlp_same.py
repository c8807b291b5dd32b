"""Check that the layer without parsing gives the same analysis before and after a speed change.

Usage::

    .venv/bin/python bench/nlp_same.py --save /tmp/nlp_before.json   # before the change
    .venv/bin/python bench/nlp_same.py --check /tmp/nlp_before.json  # after it
    .venv/bin/python bench/nlp_same.py --time 3                      # CPU seconds, 3 rounds
    .venv/bin/python bench/nlp_same.py --profile                     # top of a cProfile

The inputs are the bench corpus of ``bench/nlp.py`` (same generator and seed; every tenth
body gets no publication date, so the partial-value paths of the time rules run too) plus the
texts of the nlp gold sets (``tests/nlp/gold``: sentences, actors, times with their own
reference dates, quantities). ``--save`` writes the inputs *and* the full ``parse = "none"``
analysis JSON of each (sentences, actors, times, quantities; the producer name is left out, so
a version bump alone is not a difference); ``--check`` reruns the current code on the saved
inputs (so a change to the corpus generator cannot hide a difference) and compares field by
field. ``--time N`` prints the CPU seconds (``time.process_time``) of N passes over the bench
bodies and of each part (sentences, actors, times, quantities), so runs on a shared machine
can be compared by what they cost rather than by wall time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from nlp import PUBLISHED, bench_article, make_corpus  # noqa: E402
from storyline.config import NlpSettings  # noqa: E402
from storyline.nlp import analysis_to_json, analyze_article, load_kb  # noqa: E402

GOLD = ROOT / "tests" / "nlp" / "gold"


def gold_inputs() -> list[tuple[str, str | None]]:
    """(text, published) of every text in the nlp gold sets."""
    out: list[tuple[str, str | None]] = []
    for name in ("sentences.jsonl", "actors.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((json.loads(line)["text"], PUBLISHED))
    for line in (GOLD / "timex.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2:
            continue
        ref = cols[0].strip()
        # The analysis takes an ISO datetime or date; partial references are scored in the
        # tests through find_times directly, so here they run as "no date".
        out.append((cols[1], ref if ref[:4].isdigit() else None))
    for line in (GOLD / "quantities.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append((line.split("\t")[0], PUBLISHED))
    return out


def bench_inputs(n: int, seed: int) -> list[tuple[str, str | None]]:
    """The bench bodies, every tenth without a publication date."""
    return [(b, None if k % 10 == 9 else PUBLISHED) for k, b in enumerate(make_corpus(n, seed))]


def analyse(inputs: Sequence[tuple[str, str | None]]) -> list[dict[str, Any]]:
    """The parse-none analysis JSON of every input, without the producer name."""
    kb = load_kb()
    settings = NlpSettings(parse="none")
    out = []
    for body, published in inputs:
        a = analyze_article(bench_article(body, published), settings=settings, parser=None, kb=kb)
        d = analysis_to_json(a, tokens=False)
        del d["producer"]
        out.append(d)
    return out


def time_parts(inputs: Sequence[tuple[str, str | None]], rounds: int) -> None:
    """Print CPU seconds of the whole parse-none layer and of each part, per round."""
    from storyline.nlp.actors import link_actors
    from storyline.nlp.quantities import find_quantities
    from storyline.nlp.sentences import split_sentences
    from storyline.nlp.timex import find_times

    kb = load_kb()
    chars = sum(len(b) for b, _ in inputs)
    analyse(inputs[:5])  # load Sudachi, build tries and tables
    split = [(b, p, tuple(split_sentences(b))) for b, p in inputs]
    parts: dict[str, Callable[[], object]] = {
        "layer": lambda: analyse(inputs),
        "sentences": lambda: [split_sentences(b) for b, _ in inputs],
        "actors": lambda: [link_actors(b, kb=kb, sentences=s) for b, _, s in split],
        "times": lambda: [find_times(b, published=p, sentences=s) for b, p, s in split],
        "quantities": lambda: [find_quantities(b) for b, _ in inputs],
    }
    for r in range(rounds):
        row = []
        for name, fn in parts.items():
            t0 = time.process_time()
            fn()
            secs = time.process_time() - t0
            row.append(
                f"{name} {secs:.2f}s" + (f" ({chars / secs:,.0f} c/s)" if name == "layer" else "")
            )
        print(f"round {r + 1}: " + ", ".join(row), flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Save, check, time or profile; returns 1 when a check finds a difference."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20250319)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--check", type=Path)
    ap.add_argument("--time", type=int, metavar="ROUNDS")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    if args.time or args.profile:
        inputs = bench_inputs(args.articles, args.seed)
        if args.time:
            time_parts(inputs, args.time)
        if args.profile:
            import cProfile
            import pstats

            analyse(inputs[:5])
            prof = cProfile.Profile()
            prof.enable()
            analyse(inputs)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(40)
        return 0
    if args.check:
        saved = json.loads(args.check.read_text(encoding="utf-8"))
        inputs = [(b, p) for b, p in saved["inputs"]]
        now = analyse(inputs)
        diffs = [k for k, (a, b) in enumerate(zip(saved["analyses"], now, strict=True)) if a != b]
        for k in diffs[:5]:
            for key in ("sentences", "actors", "times", "quantities"):
                if saved["analyses"][k][key] != now[k][key]:
                    print(f"input {k}: {key} differ")
        print(f"{len(inputs)} inputs, inputs with a different analysis: {len(diffs)}")
        return 1 if diffs else 0
    inputs = bench_inputs(args.articles, args.seed) + gold_inputs()
    t0 = time.process_time()
    analyses = analyse(inputs)
    secs = time.process_time() - t0
    counts = {
        k: sum(len(a[k]) for a in analyses) for k in ("sentences", "actors", "times", "quantities")
    }
    print(f"{len(inputs)} inputs, {counts}, {secs:.2f} CPU s")
    if args.save:
        data = {"inputs": inputs, "analyses": analyses}
        args.save.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
