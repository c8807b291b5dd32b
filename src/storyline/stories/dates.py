"""Partial dates as the stories stage compares them.

An event date is a contract value (``2025-03-18``, ``2025-03``, ``2025``, ``--03-18``) or, from
a time expression that could not be resolved, ``XXXX-XX-19``; a bare ``19日`` in the mention's
``date_text`` gives the day alone. Unknown parts are None and are never guessed: two dates are
*compatible* when every part known on both sides is equal.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from storyline.models import PartialDate

_FULL = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")
_DAY_ONLY = re.compile(r"^(\d{1,2})日$")


def _part(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def parse_date(value: str | None, text: str | None = None) -> PartialDate | None:
    """Read an event date value; when it is None, a bare day (``19日``) in ``text``.

    Returns None when nothing at all is known."""
    if value:
        m = _NO_YEAR.match(value)
        if m:
            return PartialDate(None, int(m.group(1)), int(m.group(2)))
        m = _FULL.match(value[:10])
        if m:
            d = PartialDate(_part(m.group(1)), _part(m.group(2)), _part(m.group(3)))
            return d if (d.year, d.month, d.day) != (None, None, None) else None
    if text:
        m = _DAY_ONLY.match(unicodedata.normalize("NFKC", text).strip())
        if m:
            return PartialDate(None, None, int(m.group(1)))
    return None


def is_full(d: PartialDate | None) -> bool:
    """True when year, month and day are all known."""
    return d is not None and None not in (d.year, d.month, d.day)


def compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    """True when no part known on both sides differs (None is compatible with everything)."""
    if a is None or b is None:
        return True
    pairs = ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    return all(x is None or y is None or x == y for x, y in pairs)


def days_apart(a: PartialDate | None, b: PartialDate | None) -> int | None:
    """Absolute days between two dates known to the day (a missing year is taken from the
    other side); None when either lacks month or day or the dates are impossible."""
    if a is None or b is None or None in (a.month, a.day, b.month, b.day):
        return None
    ya, yb = a.year or b.year, b.year or a.year
    if ya is None or yb is None:
        return None
    try:
        da = date(ya, a.month or 1, a.day or 1)
        db = date(yb, b.month or 1, b.day or 1)
    except ValueError:
        return None
    return abs((da - db).days)


def precision(value: str | None) -> str:
    """The precision of a contract date value: day, month, year or unknown."""
    d = parse_date(value)
    if d is None:
        return "unknown"
    if d.month is not None and d.day is not None:
        return "day"
    if d.month is not None and d.year is not None:
        return "month"
    if d.year is not None and d.month is None:
        return "year"
    return "unknown"


def contract_value(d: PartialDate | None) -> str | None:
    """The contract form of a partial date, or None when it has no contract form
    (a day without a month)."""
    if d is None:
        return None
    if d.year is not None and d.month is not None and d.day is not None:
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    if d.year is None and d.month is not None and d.day is not None:
        return f"--{d.month:02d}-{d.day:02d}"
    if d.year is not None and d.month is not None:
        return f"{d.year:04d}-{d.month:02d}"
    if d.year is not None and d.day is None:
        return f"{d.year:04d}"
    return None


def sort_key(value: str | None) -> tuple[int, int, int]:
    """Timeline order: by year, month, day with unknown parts last; undated events last."""
    d = parse_date(value)
    if d is None:
        return (9999, 99, 99)
    return (d.year or 9998, d.month or 99, d.day or 99)


def as_date(value: str | None) -> date | None:
    """The ``date`` of a value known to the day (with its year), else None."""
    d = parse_date(value)
    if d is None or d.year is None or d.month is None or d.day is None:
        return None
    try:
        return date(d.year, d.month, d.day)
    except ValueError:
        return None
