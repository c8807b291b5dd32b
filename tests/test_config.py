"""Settings: defaults, file, environment, flags; unknown keys name the key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.config import describe, load_settings
from storyline.errors import ConfigError


def test_defaults_have_descriptions() -> None:
    rows = describe()
    assert rows and all(desc.strip() for _, _, _, desc in rows)


def test_file_then_env_then_flags(tmp_path: Path) -> None:
    cfg = tmp_path / "storyline.toml"
    cfg.write_text("[ingest]\ntimeout = 5\nretries = 4\n", encoding="utf-8")
    s = load_settings(
        cfg, environ={"STORYLINE_INGEST__RETRIES": "7"}, overrides={"dedup": {"threshold": "0.9"}}
    )
    assert s.ingest.timeout == 5.0
    assert s.ingest.retries == 7
    assert s.dedup.threshold == 0.9


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[ingest]\ntimeot = 5\n", "unknown setting ingest.timeot"),
        ("[ingets]\ntimeout = 5\n", "unknown settings section 'ingets'"),
        ("[ingest]\ntimeout = 'soon'\n", "ingest.timeout = 'soon' is not a valid float"),
        ("[ingest\n", "could not be read"),
    ],
)
def test_bad_config_files(tmp_path: Path, toml: str, message: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(cfg, environ={})


def test_unknown_env_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match=r"unknown setting ingest\.nope"):
        load_settings(None, environ={"STORYLINE_INGEST__NOPE": "1"})


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "none.toml", environ={})
