"""The events stage's data files: triggers (``data/triggers.tsv``) and cues (``data/cues.tsv``).

Both are read once with importlib.resources and cached; their ``# version:`` lines make up
:func:`lexicon_version`, which is part of the producer name of every event.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerEntry:
    """One trigger: the word as matched, its PLOVER type, mode and flags (see triggers.tsv)."""

    word: str
    type: str
    mode: str | None = None
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """Triggers by word, and cue words by kind."""

    triggers: dict[str, TriggerEntry]
    cues: dict[str, tuple[str, ...]]
    version: str

    def cue(self, kind: str) -> tuple[str, ...]:
        """Return the cues of ``kind`` (empty when the file has none)."""
        return self.cues.get(kind, ())


def _rows(name: str) -> tuple[list[list[str]], str]:
    """Return the tab-separated rows of a data file and its ``# version:`` value."""
    text = resources.files("storyline.events").joinpath("data", name).read_text(encoding="utf-8")
    rows: list[list[str]] = []
    version = "0"
    for line in text.splitlines():
        if line.startswith("# version:"):
            version = line.split(":", 1)[1].strip()
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows, version


@functools.cache
def load_lexicon() -> Lexicon:
    """Read and cache triggers.tsv and cues.tsv. Raises ValueError naming a malformed row."""
    trig_rows, tv = _rows("triggers.tsv")
    triggers: dict[str, TriggerEntry] = {}
    for row in trig_rows:
        if len(row) != 4:
            raise ValueError(f"triggers.tsv: expected 4 columns, got {row!r}")
        word, typ, mode, flags = row
        triggers[word] = TriggerEntry(
            word=word,
            type=typ,
            mode=None if mode == "-" else mode,
            flags=frozenset() if flags == "-" else frozenset(flags.split(",")),
        )
    cue_rows, cv = _rows("cues.tsv")
    cues: dict[str, list[str]] = {}
    for row in cue_rows:
        if len(row) != 2:
            raise ValueError(f"cues.tsv: expected 2 columns, got {row!r}")
        cues.setdefault(row[0], []).append(row[1])
    return Lexicon(
        triggers=triggers,
        cues={k: tuple(v) for k, v in cues.items()},
        version=f"t{tv}c{cv}",
    )


def lexicon_version() -> str:
    """The combined version of the two data files (e.g. ``t1c1``)."""
    return load_lexicon().version
