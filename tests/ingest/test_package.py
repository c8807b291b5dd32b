"""The ingest package surface: its exports, and an import that stays light."""

from __future__ import annotations

import subprocess
import sys

import storyline.ingest


def test_exports() -> None:
    assert storyline.ingest.__all__ == ["decode_page", "fetch_url", "iter_inputs"]


def test_import_loads_no_third_party_library() -> None:
    # httpx, warcio, feedparser and charset_normalizer are imported only when an input needs them.
    code = (
        "import sys, storyline.ingest; "
        "print(sorted(m for m in ('httpx', 'warcio', 'feedparser', 'charset_normalizer') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
