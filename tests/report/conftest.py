"""Fixtures for the digest tests (helpers live in digest_fixtures.py, made importable here
because pytest runs with importlib mode)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from digest_fixtures import load_fixture, make_hostile  # noqa: E402


@pytest.fixture
def doc() -> dict[str, Any]:
    return load_fixture()


@pytest.fixture
def hostile() -> dict[str, Any]:
    return make_hostile(load_fixture())
