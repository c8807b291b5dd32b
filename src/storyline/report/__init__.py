"""Outputs: storyline.json (contract v1), the HTML digest (index.html) and digest.md.

Jinja2 is imported only when a digest is rendered.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from storyline.report.output import build_output, load_schema, write_json

__all__ = ["build_output", "load_schema", "render_digest", "terminal_summary", "write_json"]


def render_digest(
    doc: Mapping[str, Any], *, outdir: Path, now: datetime | None = None
) -> tuple[Path, Path]:
    """Write ``outdir/index.html`` and ``outdir/digest.md`` from a storyline.json document;
    return both paths (see :mod:`storyline.report.digest`)."""
    from storyline.report import digest

    return digest.render_digest(doc, outdir=outdir, now=now)


def terminal_summary(doc: Mapping[str, Any]) -> list[str]:
    """A few short lines on the stories for the end of ``storyline build``."""
    from storyline.report import digest

    return digest.terminal_summary(doc)
