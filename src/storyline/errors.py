"""storyline's exception tree.

Per-item trouble (a bad page, an unreachable URL) is never an exception: it is a
:class:`storyline.models.Rejected` value, stored and counted, and the batch goes on.
Exceptions are for trouble that stops a whole command:

    StorylineError              base of everything storyline raises on purpose
    ├── ConfigError             a setting, config file or command-line value is wrong (exit 2)
    ├── InputError              an input cannot be read at all, raised only inside a stage and
    │                           turned into a Rejected at the stage boundary
    ├── ModelNotAvailable       an optional NLP model or dictionary is missing (says what to install)
    └── StoreError              the SQLite store cannot be opened, migrated or written

Third-party exceptions are re-raised at the boundary as one of these, ``from exc``.
Every message says what happened, the offending value, and what to do.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base class of all errors storyline raises on purpose."""


class ConfigError(StorylineError):
    """A setting, config file or command-line value is invalid."""


class InputError(StorylineError):
    """One input cannot be used. ``reason`` is a stable rejection code (see models.REJECTION_REASONS)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class ModelNotAvailable(StorylineError):
    """An NLP model or dictionary is not installed."""


class StoreError(StorylineError):
    """The store cannot be opened, migrated or written."""
