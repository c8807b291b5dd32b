"""Event attribute values as intervals, so that rounding and bounds are respected.

An attribute value (``Event.attributes``) is a number with its unit as the events stage writes
it (``175 人``, ``~14100000000 ドル``, ``12%``; ``~`` marks an approximate value), an ISO 8601
duration (``PT2H30M``, compared in minutes), or a score (``4-1``, compared exactly). Values of
different units are never compared; other strings (what was agreed: ``停止``) are not numbers
and are left alone. What the page wrote around a number decides how far it stretches:

- exact (``175人``): the value itself (a relative ``exact_tolerance`` absorbs float noise);
- approximate (``約2時間半``, ``約4300億円``): plus or minus the rounding unit of the number as
  written, i.e. the place of its last non-zero digit (4300 -> 100, 2時間半 -> 30 minutes,
  2時間 -> 60 minutes). So 約2時間 and 2時間半 agree (the latter is inside 2h +- 1h) while
  約4300億 and 3437億 do not (863 > 100);
- a bound (``2時間以上``, ``2時間半を超えた``, ``4万2000人以上``): everything on that side.

Two values disagree when their intervals do not meet.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from storyline.models import AnalyzedArticle, Quantity

_DURATION = re.compile(
    r"^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)
_NUMBER = re.compile(r"^(~)?([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*([^\d\s\-－–対][^\s]*)?$")
_SCORE = re.compile(r"^\d+\s*[-－–対]\s*\d+$")


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of plausible values; ``text`` is the value as stored."""

    low: float
    high: float
    text: str

    def meets(self, other: Interval) -> bool:
        """True when the two intervals overlap."""
        return self.low <= other.high and other.low <= self.high


def as_number(value: str) -> float | None:
    """The number of an attribute value: plain numbers as they are, durations in minutes;
    None for anything else (scores, names)."""
    parsed = parse_value(value)
    return parsed[0] if parsed else None


def parse_value(value: str) -> tuple[float, str, bool] | None:
    """(number, unit, approximate) of an attribute value; durations have unit ``min``.
    None when the value is not a number."""
    v = value.strip()
    m = _NUMBER.match(v)
    if m:
        return float(m.group(2)), m.group(3) or "", bool(m.group(1))
    m = _DURATION.match(v)
    if m and any(m.groups()):
        d, h, mi, s = (float(x) if x else 0.0 for x in m.groups())
        return d * 1440 + h * 60 + mi + s / 60, "min", False
    return None


def is_score(value: str) -> bool:
    """True for a score such as ``4-1`` (compared as a string)."""
    return bool(_SCORE.match(value.strip()))


def comparable(a: str, b: str) -> bool:
    """Two values that can be compared at all: numbers of one unit, or two scores."""
    pa, pb = parse_value(a), parse_value(b)
    if pa is not None and pb is not None:
        return pa[1] == pb[1]
    return is_score(a) and is_score(b)


def rounding_unit(x: float, *, duration: bool) -> float:
    """The place of the last non-zero digit of ``x`` as a writer would round it.

    Durations (minutes) round to the hour, half hour or ten minutes."""
    if x == 0:
        return 1.0
    if duration:
        for unit in (60.0, 30.0, 10.0, 5.0):
            if x % unit == 0:
                return unit
        return 1.0
    if x != int(x):
        decimals = len(repr(x).split(".")[1].rstrip("0")) if "." in repr(x) else 0
        return float(10**-decimals)
    n = int(abs(x))
    unit = 1
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return float(unit)


def _quantity_for(
    value: str, number: float, sentence: tuple[int, int], analysis: AnalyzedArticle
) -> Quantity | None:
    """The quantity inside the mention sentence that the attribute value came from."""
    for q in analysis.quantities:
        if not (sentence[0] <= q.start and q.end <= sentence[1]):
            continue
        if q.normalized is not None and q.normalized == value:
            return q
        if q.value is not None and math.isclose(q.value, number, rel_tol=1e-9):
            return q
    return None


def interval(
    value: str,
    *,
    sentence: tuple[int, int] | None,
    analysis: AnalyzedArticle | None,
    bounds: tuple[tuple[str, str], ...],
    exact_tolerance: float,
) -> Interval | None:
    """The interval of an attribute value as its mention wrote it (see the module doc);
    None for a value that is not a number (compare those as strings)."""
    parsed = parse_value(value)
    if parsed is None:
        return None
    number, _unit, approximate = parsed
    duration = value.strip().startswith("P")
    q = None
    if analysis is not None and sentence is not None:
        q = _quantity_for(value, number, sentence, analysis)
    eps = abs(number) * exact_tolerance
    if q is None:
        if approximate:
            unit = rounding_unit(number, duration=duration)
            return Interval(number - unit, number + unit, value)
        return Interval(number - eps, number + eps, value)
    if q.high is not None and q.value is not None and not duration:
        return Interval(q.value, q.high, value)
    after = analysis.body[q.end : q.end + 4] if analysis is not None else ""
    for suffix, kind in bounds:
        if after.startswith(suffix) or q.text.endswith(suffix):
            if kind in ("ge", "gt"):
                return Interval(number, math.inf, value)
            return Interval(-math.inf, number, value)
    if q.approximate or approximate:
        unit = rounding_unit(number, duration=duration)
        return Interval(number - unit, number + unit, value)
    return Interval(number - eps, number + eps, value)


def loosely_equal(a: str, b: str, tolerance: float) -> bool:
    """For merging: two values of one attribute may describe the same event (numbers of one
    unit within ``tolerance`` of the larger one; numbers of two units and two scores say
    nothing; other strings equal after stripping spaces)."""
    if is_score(a) and is_score(b):
        # A score is the very figure a page may get wrong (4-2 for 4-1): it says nothing
        # against one game; the date and the teams decide. Two scores one page gives to two
        # games are kept apart by the caller (merging.py, co-reported scores).
        return True
    pa, pb = parse_value(a), parse_value(b)
    if pa is None or pb is None:
        if pa is None and pb is None:
            return a.replace(" ", "") == b.replace(" ", "")
        return True
    if pa[1] != pb[1]:
        return True
    x, y = pa[0], pb[0]
    top = max(abs(x), abs(y))
    return top == 0 or abs(x - y) / top <= tolerance
