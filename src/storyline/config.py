"""Settings: defaults in code, then ``storyline.toml``, then ``STORYLINE_*`` environment
variables, then command-line flags. Unknown keys are an error naming the key.

Each stage receives only its own section (``settings.ingest`` for ingest, ...). Every setting
has a description; ``docs/configuration.md`` lists them all and a test keeps it complete.

Environment variables are ``STORYLINE_<SECTION>__<KEY>`` (double underscore), for example
``STORYLINE_INGEST__TIMEOUT=5``.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline import __version__
from storyline.errors import ConfigError


def _setting(default: Any, description: str) -> Any:
    return field(default=default, metadata={"description": description})


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    timeout: float = _setting(20.0, "Seconds before one HTTP request is abandoned.")
    max_bytes: int = _setting(
        10_000_000, "Largest page, file or HTTP body accepted, in bytes; larger ones are rejected."
    )
    max_warc_bytes: int = _setting(
        2_000_000_000, "Largest WARC file accepted, in bytes (records are streamed)."
    )
    retries: int = _setting(2, "Retries after a failed HTTP request (connection error, 429, 5xx).")
    backoff: float = _setting(1.0, "Seconds before the first retry; doubled for each further one.")
    per_host_delay: float = _setting(1.0, "Minimum seconds between two requests to the same host.")
    max_redirects: int = _setting(5, "Redirects followed before a URL is rejected.")
    user_agent: str = _setting(
        f"storyline/{__version__} (+https://example.invalid/storyline; news research tool)",
        "User-Agent sent with every request: say who you are.",
    )
    max_feed_items: int = _setting(200, "Items fetched from one RSS/Atom feed at most.")


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractSettings:
    min_body_chars: int = _setting(
        40, "A page whose extracted body is shorter than this is rejected as no_article."
    )
    timezone: str = _setting("Asia/Tokyo", "Zone given to publication times that carry none.")


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupSettings:
    threshold: float = _setting(
        0.7, "Estimated Jaccard similarity of body shingles above which two articles are copies."
    )
    num_perm: int = _setting(128, "MinHash permutations (more is more precise and slower).")
    shingle: int = _setting(5, "Character n-gram length of the shingles.")


@dataclass(frozen=True, slots=True, kw_only=True)
class NlpSettings:
    model: str = _setting("ja_ginza", "spaCy/GiNZA model package used for dependency parsing.")
    processes: int = _setting(
        0,
        "Worker processes that analyse whole articles, started once per command (0 = one "
        "per core, 1 = all in the main process; inputs under 8 articles always stay there).",
    )
    batch_size: int = _setting(64, "Sentences per parser batch.")
    parse: str = _setting(
        "events",
        "Which sentences get a dependency parse: 'events' (those with an event trigger), "
        "'all', or 'none'.",
    )
    parser: str = _setting(
        "hybrid",
        "Who parses the chosen sentences: 'ginza' (all of them), or 'hybrid' (rule-based "
        "case-frame analysis for the simple sentences it is sure of, GiNZA for the rest).",
    )
    kb: tuple[str, ...] = _setting(
        (), "Extra knowledge-base files (JSON) merged over the bundled one."
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreSettings:
    db: str = _setting("", "SQLite file; empty means OUTDIR/storyline.sqlite.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    nlp: NlpSettings = field(default_factory=NlpSettings)
    store: StoreSettings = field(default_factory=StoreSettings)


SECTIONS: dict[str, type[Any]] = {f.name: f.default_factory for f in dataclasses.fields(Settings)}  # type: ignore[misc]


def describe() -> list[tuple[str, str, Any, str]]:
    """Return ``(section, key, default, description)`` for every setting."""
    rows = []
    for section, cls in SECTIONS.items():
        for f in dataclasses.fields(cls):
            rows.append((section, f.name, f.default, f.metadata["description"]))
    return rows


def _coerce(section: str, key: str, raw: Any, default: Any) -> Any:
    name = f"{section}.{key}"
    try:
        if isinstance(default, bool):
            if isinstance(raw, str):
                if raw.lower() in {"1", "true", "yes", "on"}:
                    return True
                if raw.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(raw)
            return bool(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, tuple):
            if isinstance(raw, str):
                return tuple(p for p in raw.split(os.pathsep) if p)
            return tuple(str(x) for x in raw)
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name} = {raw!r} is not a valid {type(default).__name__}"
        ) from exc


def _apply(settings: Settings, overrides: Mapping[str, Mapping[str, Any]], origin: str) -> Settings:
    new_sections: dict[str, Any] = {}
    for section, values in overrides.items():
        if section not in SECTIONS:
            raise ConfigError(
                f"unknown settings section {section!r} in {origin}; known: {', '.join(SECTIONS)}"
            )
        if not isinstance(values, Mapping):
            raise ConfigError(f"[{section}] in {origin} must be a table of settings")
        current = getattr(settings, section)
        defaults = {f.name: f.default for f in dataclasses.fields(current)}
        changes = {}
        for key, raw in values.items():
            if key not in defaults:
                raise ConfigError(
                    f"unknown setting {section}.{key} in {origin}; "
                    f"known in [{section}]: {', '.join(defaults)}"
                )
            changes[key] = _coerce(section, key, raw, defaults[key])
        new_sections[section] = dataclasses.replace(current, **changes)
    return dataclasses.replace(settings, **new_sections)


def load_settings(
    config_file: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> Settings:
    """Build the settings: defaults, then ``config_file`` (or ``./storyline.toml`` if present),
    then ``STORYLINE_*`` variables from ``environ``, then ``overrides`` (from flags).

    Raises ConfigError for an unreadable file, an unknown section or key, or a bad value.
    """
    settings = Settings()
    path = Path(config_file) if config_file else Path("storyline.toml")
    if config_file or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file {path} does not exist") from exc
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {path} could not be read: {exc}") from exc
        settings = _apply(settings, data, str(path))
    env = os.environ if environ is None else environ
    from_env: dict[str, dict[str, str]] = {}
    for name, value in env.items():
        if not name.startswith("STORYLINE_") or "__" not in name:
            continue
        section, _, key = name[len("STORYLINE_") :].partition("__")
        from_env.setdefault(section.lower(), {})[key.lower()] = value
    if from_env:
        settings = _apply(settings, from_env, "the environment")
    if overrides:
        settings = _apply(settings, overrides, "the command line")
    return settings
