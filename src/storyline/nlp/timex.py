"""Japanese time expressions, normalised against the article's publication date.

:func:`find_times` finds every time expression in an article body and resolves it;
:func:`resolve_time` resolves one expression and is the core the tests exercise.

Values follow TIMEX3/ISO 8601 and stay partial where the text and the reference do not say
more (never today's date):

==================  =====================================================================
``2025-03-18``      a day (also from 2025/03/19 and 2025.3.19); ``2025-03`` a month;
                    ``2025`` a year; ``2025-W12`` an ISO week
``2025-W12-WE``     the weekend of that week (週末, 先週末)
``--03-19``         month and day, year unknown; ``XXXX-03`` a month, year unknown;
                    ``XXXX-XX-19`` a day of an unknown month
``2025-03-24T15:00``  a time of day (type ``time``); ``T15:00`` when the day is unknown
``P30D`` ``PT2H30M``  durations (type ``duration``); ``PXD`` when the number is 数 ("several")
``P1D`` ``P1W``       the period of a set (type ``set``: 毎日, 1日あたり, 年2回)
==================  =====================================================================

Fiscal years (2024年度, 今年度) are type ``date`` with the value of the fiscal year's number
(``2024``; Japan's fiscal year 2024 runs April 2024 - March 2025) and ``modifier="FY"``; with a
position inside it the modifier becomes ``FY_START`` / ``FY_MID`` / ``FY_END``. Other
modifiers: ``START`` (上旬, 初め, 年明け), ``MID`` (中旬, 半ば), ``END`` (下旬, 末),
``APPROX`` (ごろ, 前後).

A bare day or month ("18日", "12月") is placed in the month or year that the tense of the
following predicate points to: past -> the latest such date on or before the publication date,
future/planned -> the earliest on or after it, unless that is in the next month (year) and at
least twice as far away as the same-month (same-year) date that has just passed -- news writes
the month for dates that far ahead, so the non-past cue then belongs to another clause. With no
tense cue, a day not after the publication day is in the publication month, otherwise the
nearest candidate wins. The tense is the first cue after the expression; for a phrase set off
by a comma ("大統領は3日、…禁止する命令を出した") it is the sentence's last, main predicate.
A plan stated in the past (8月に予定していた) gives no tense.

Anaphoric words count from the previous resolved date in the text and fall back to the
publication date: 同月 / 同年 / 翌年 from the last date of any precision; 前日 / 翌日 from the
last date with a day; 同日 / 当日 / 同夜 from the narrative's day, which skips look-backs
(前日に…) and dates inside relative clauses (昨年12月23日に結んだ合意書); 発生当日 is the last
day something broke out on (2月26日に発生した…). A bare day joined to
the date before it by ～, から, と, 、 or 両日 ("3月18～19日", "23、24両日", "2月27日から3日"),
or written 翌19日, is on or after that date (the next month when the day number is smaller);
同6日 is in that date's month. With no publication date a bare day is placed near the date
before it. 年内 / 年度内 / 月内 with a past verb are the period of the narrated day when that is
before the publication (予算は年度内に成立した, published 1 April: the fiscal year just ended).

Not times: 日 inside words (日本, 日米, 休日, 来日, 先日), comparisons (前年比, 前日比,
前年同期比), 1日も早く, ordinals (3日目) and counts (第3回). 3日前 / 2週間後 are dates counted
from publication; 30日間 / 3日連続 / 2日早い / (議決)から30日で are durations.

Tense cues and the relative-word lexicon are data files (``data/timex_tense.tsv``,
``data/timex_lexicon.tsv``); ``TIMEX_VERSION`` names this code and those files together and
goes into the nlp producer name.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from storyline.models import PartialDate, Sentence, TimeExpression

TIMEX_VERSION = "timex-3"

Anchor = Literal["absolute", "publication", "anaphoric", "unresolved"]
TimeType = Literal["date", "time", "duration", "set"]
Tense = Literal["past", "future"] | None

# A leap year stands in when the reference has no year, so that --02-29 and day arithmetic
# still work; the year is dropped again before the value is written.
_PLACEHOLDER_YEAR = 2000
# How far past the expression the tense of its predicate is looked for (characters). Japanese
# predicates follow their time phrase closely; 60 covers every row of the gold set.
_TENSE_WINDOW = 60

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                 "七": 7, "八": 8, "九": 9}  # fmt: skip
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_MODIFIERS = {"上旬": "START", "初旬": "START", "初め": "START", "はじめ": "START",
              "中旬": "MID", "半ば": "MID", "下旬": "END", "末": "END", "終盤": "END",
              "ごろ": "APPROX", "頃": "APPROX", "前後": "APPROX"}  # fmt: skip
_WEEKDAYS = "月火水木金土日"

# ----------------------------------------------------------------------------- data files


@dataclass(frozen=True, slots=True)
class _Lex:
    unit: str
    offset: int
    anaphoric: bool
    mod: str | None


def _data_lines(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, comments and blank lines skipped."""
    text = importlib.resources.files("storyline.nlp").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _lexicon() -> dict[str, _Lex]:
    """Relative/anaphoric time words from data/timex_lexicon.tsv."""
    out: dict[str, _Lex] = {}
    for word, unit, offset, anchor, mod in _data_lines("timex_lexicon.tsv"):
        out[word] = _Lex(unit, int(offset), anchor == "anaphoric", None if mod == "-" else mod)
    return out


_CUE_KINDS = ("past", "future", "hedge", "neutral", "ignore")


@functools.cache
def _tense_patterns() -> dict[str, re.Pattern[str]]:
    """One alternation per cue kind of data/timex_tense.tsv (past, future, hedge, neutral,
    ignore; see the file's header for what each kind means)."""
    parts: dict[str, list[str]] = {kind: [] for kind in _CUE_KINDS}
    for kind, pattern in _data_lines("timex_tense.tsv"):
        parts[kind].append(f"(?:{pattern})")
    # a kind with no rows gets a pattern that never matches
    return {kind: re.compile("|".join(p) or r"(?!)") for kind, p in parts.items()}


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so prefixes never win."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ----------------------------------------------------------------------------- patterns

_KNUM = "[〇零一二三四五六七八九十]"
_NUM = rf"(?:\d+|{_KNUM}+)"
# After a day number these make it a duration, a count or a rate, not a calendar day.
_NOT_DAY = (
    r"(?!間|目|ぶり|連続|以上|以内|未満|ほど|程度|余り|あまり|近く|超|早|遅|分|平均|につき|も早"
    r"|あたり|当たり|にわた|がかり|に\d+[回度]|前(?!後)|後(?!半))"
)
# After a bare 日/年/週 these make the number a length of time (3日ぶり, 1年半, 2日早い).
_DUR_FOLLOW = (
    r"(?:ぶり|連続|以上|以内|未満|ほど|程度|余り|あまり|近く|超|早|遅|にわた|がかり|半(?!ば)"
    # "議決から30日で成立する": N days counted from a starting point is a length of time
    r"|(?:(?<=から\d日)|(?<=から\d\d日)|(?<=から\d\d\d日))で)"
)


def _chain_source() -> str:
    """The [year][month][day][weekday][clock][modifier] pattern (relative words from the lexicon)."""
    lex = _lexicon()
    by_unit: dict[str, list[str]] = {}
    for word, entry in lex.items():
        by_unit.setdefault(entry.unit, []).append(word)
    rel_year = _alternation([w for w in by_unit["year"] if lex[w].mod is None])
    rel_month = _alternation([w for w in by_unit["month"] if lex[w].mod is None])
    rel_day = _alternation(by_unit["day"])
    era = "|".join(_ERAS)
    year = (
        rf"(?:(?P<era>{era})(?P<eray>元|\d{{1,2}}|{_KNUM}{{1,3}})年"
        rf"|(?<![\d,.，．])(?P<y>\d{{4}}|[〇一二三四五六七八九]{{4}})年(?!間|代|ぶり|連続|以上|以内|前(?!後)|後(?!半)|目|半(?!ば))"
        rf"|(?<![\d,.，．])(?P<y2>\d{{2}})年(?=度|\d{{1,2}}月)"
        rf"|(?P<rely>{rel_year}))(?P<fy>度)?"
    )
    month = (
        rf"(?:(?<![\d,.，．])(?P<m>\d{{1,2}})月(?![期間目分]|ぶり|余り|以上|以内|連続)"
        rf"|(?<!{_KNUM})(?P<mk>{_KNUM}{{1,3}})月(?![期間目分雨]|ぶり)"
        rf"|(?P<relm>{rel_month}))"
    )
    day = (
        rf"(?:(?<![\d,.，．])(?P<d>\d{{1,2}})"
        rf"(?:日{_NOT_DAY}|両日|(?=[～〜~]\d{{1,2}}日)|(?=[、・](?:\d{{1,2}}月)?\d{{1,2}}両?日))"
        rf"|(?<=月)(?P<dk>{_KNUM}{{1,3}})日{_NOT_DAY}"
        rf"|(?P<reld>{rel_day})(?!比))"
    )
    clock = (
        r"(?:(?P<ampm>午前|午後|朝|夜|夕方|昼|深夜|未明|夜中)?(?<!\d)(?P<h>\d{1,2})時"
        r"(?!間|点|代|期|速|給|差|半ば)(?:(?P<half>半)|(?P<mi>\d{1,2})分(?!間|の))?"
        r"|(?P<noon>正午)|(?<![\d:])(?P<hh>\d{1,2}):(?P<mm>\d{2})(?![\d:]))"
    )
    weekday = r"(?:[（(][月火水木金土日](?:曜日?)?[)）])?"
    mods = _alternation(list(_MODIFIERS))
    return (
        rf"(?={_chain_start()})"
        rf"(?:{year})?(?:{month})?(?:{day})?{weekday}(?:{clock})?(?P<mod>{mods})?"
    )


def _chain_start() -> str:
    """The characters a chain expression can start with (a regex character class)."""
    lex = _lexicon()
    return rf"[\d{_KNUM[1:-1]}{''.join(sorted({w[0] for w in lex}))}令平昭大明正午朝夜夕昼深未]"


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Compile every pattern once (lazily, so importing this module stays cheap)."""
    lex = _lexicon()
    mods = _alternation(list(_MODIFIERS))
    dur_unit = (
        r"日間|週間|カ月間?|か月間?|ヶ月間?|ヵ月間?|ケ月間?|箇月間?|年間|時間|分間?(?!の)|秒間?"
    )
    other = [w for w, e in lex.items() if e.unit in {"week", "fy", "newyear"} or e.mod]
    return {
        "chain": re.compile(_chain_source()),
        "offset": re.compile(
            rf"(?<![\d,.])(?P<n>\d+|数|{_KNUM}+)(?P<u>日|週間|カ月|か月|ヶ月|ヵ月|ケ月|箇月|年)"
            r"(?P<dir>前(?!後|倒)|後(?!半))"
        ),
        "duration": re.compile(
            rf"(?<![\d,.])(?:(?P<n>\d+(?:[.．]\d+)?|十数|数十|数|{_KNUM}+)"
            rf"(?:(?P<u>{dur_unit})|(?P<ub>日|年|週)(?={_DUR_FOLLOW}))(?P<half>半(?!ば))?"
            r"|半(?P<hu>年|日)(?!ば))"
        ),
        "set": re.compile(
            r"毎(?P<every>日|週|月|年|朝|晩|夜)|連日|隔(?P<other>週|月|年)"
            r"|(?<![\d,.])(?:1|１|一)(?P<per>日|週|カ月|年)(?=あたり|当たり|平均|につき|に\d+[回度])"
            r"|(?<![\d\u4e00-\u9fff])(?P<freq>年|月|週)(?:に)?(?=\d+[回度])"
        ),
        "numeric": re.compile(
            r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/.\-])"
        ),
        "lex": re.compile(rf"(?P<w>{_alternation(other)})(?P<mod>末|{mods})?(?!比)"),
        "weekday": re.compile(
            r"(?:(?P<wk>先週|今週|来週)の?)?(?<![\d日])(?P<wd>[月火水木金土日])曜日?(?!比)"
        ),
    }


@functools.cache
def _gates() -> dict[str, re.Pattern[str] | None]:
    """For each pattern of :func:`_patterns`, a cheaper regex that matches wherever one of its
    non-empty matches can start (a necessary condition), and that starts with a single
    character class so that ``re`` skips to its candidates in C. Speed: most patterns start
    with a lookbehind or lookahead, which makes ``re`` try the whole pattern at every
    character; scanning was about half the time of :func:`find_times` (see
    :func:`gated_matches`). None: scan with the pattern itself (``lex`` is a plain alternation)."""
    knum = _KNUM[1:-1]
    return {
        "chain": _chain_gate(),
        # a number (or 数) and a unit, then 前/後
        "offset": re.compile(
            rf"[\d数{knum}][\d{knum}]*(?:日|週間|カ月|か月|ヶ月|ヵ月|ケ月|箇月|年)[前後]"
        ),
        # a number (or 数, 十数, 半) then the first character of a unit
        "duration": re.compile(rf"[\d数{knum}半][\d{knum}数.．]*[日週カか箇ヶヵケ年時分秒]"),
        # 毎日, 連日, 隔週, 1日あたり, 年2回: a first and a second character
        "set": re.compile(r"[毎連隔1１一年月週][日週月年朝晩夜カに\d]"),
        "numeric": re.compile(r"\d{4}[/.\-]"),
        "lex": None,
        "weekday": re.compile(r"[先今来月火水木金土日](?:週の?[月火水木金土日])?曜"),
    }


#: Words a chain expression can start with besides numbers: the era names, the clock words
#: and the modifiers of the chain pattern (the lexicon's words are added to them).
_CHAIN_WORDS = frozenset({*_ERAS, *_MODIFIERS, "午前", "午後", "朝", "夜", "夕方", "昼", "深夜",
                          "未明", "夜中", "正午"})  # fmt: skip


def _chain_gate() -> re.Pattern[str]:
    """Where a non-empty chain match can start: a character of :func:`_chain_start` that
    opens a number followed by what a year, month, day or clock number is followed by (年, 月,
    日, 両日, ～, 、, ・, 時, :), or opens a word of the lexicon or of ``_CHAIN_WORDS``. The
    first character is a plain class (for the fast scan); each alternative then checks it
    with a one-character lookbehind. On the bench corpus it stops at 7.6k places instead of
    the 42k where the class alone does."""
    knum = _KNUM[1:-1]
    by_first: dict[str, set[str]] = {}
    for word in {*_lexicon(), *_CHAIN_WORDS}:
        by_first.setdefault(word[0], set()).add(word[1:])
    alts = [rf"(?<=[\d{knum}])[\d{knum}]*[年月日両～〜~、・時:]"]
    for first, rests in sorted(by_first.items()):
        rest = "" if "" in rests else f"(?:{_alternation(sorted(rests))})"
        alts.append(f"(?<={re.escape(first)}){rest}")
    return re.compile(f"{_chain_start()}(?:{'|'.join(alts)})")


def gated_matches(
    pattern: re.Pattern[str], gate: re.Pattern[str] | None, text: str
) -> list[re.Match[str]]:
    """The non-empty matches of ``pattern.finditer(text)``, in order, trying ``pattern`` only
    where ``gate`` matches (all matches when ``gate`` is None).

    ``gate`` must match wherever a non-empty match of ``pattern`` can start, and ``pattern``
    must match empty at a position only where it has no non-empty match there (true of a
    pattern that cannot match empty, and of one made of greedy optional parts). Then the
    result is finditer's: it goes on from the end of each match, and after an empty match
    from the next position, as this does. Used by the time and quantity rules, whose
    patterns start with lookarounds that make ``re`` try them at every character; a gate
    that starts with a plain character class is scanned for in C instead. Tests compare
    both ways on random text."""
    if gate is None:
        return [m for m in pattern.finditer(text) if m.end() > m.start()]
    out, pos = [], 0
    search, match = gate.search, pattern.match
    while (hit := search(text, pos)) is not None:
        at = hit.start()
        m = match(text, at)
        if m is None or m.end() == at:
            pos = at + 1
        else:
            out.append(m)
            pos = m.end()
    return out


# ----------------------------------------------------------------------------- numbers


def _kanji_int(s: str) -> int | None:
    """Read a kanji numeral below 10,000 (二十四, 二〇二五, 元); None if it is not one."""
    if s == "元":
        return 1
    if s and all(ch in _KANJI_DIGITS for ch in s):
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in s))
    total, current = 0, 0
    for ch in s:
        if ch in _KANJI_DIGITS:
            current = _KANJI_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            return None
    return total + current


def _int(s: str) -> int | None:
    """An integer from ASCII/full-width digits or kanji numerals; None when unreadable."""
    s = s.replace(",", "").replace("，", "")
    if s.isdecimal():
        return int(s)
    return _kanji_int(s)


# ----------------------------------------------------------------------------- dates

_Ymd = tuple[int | None, int | None, int | None]


@dataclass(frozen=True, slots=True)
class _Result:
    type: TimeType
    value: str | None
    anchor: Anchor
    modifier: str | None = None


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    """Write a possibly partial date the way TimeExpression.value documents."""
    if y is not None:
        if m is None:
            return f"{y:04d}"
        return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"
    if m is not None:
        return f"XXXX-{m:02d}" if d is None else f"--{m:02d}-{d:02d}"
    return None if d is None else f"XXXX-XX-{d:02d}"


_VALUE = re.compile(r"^(?:(\d{4})|XXXX|-)(?:-(\d{2}|XX))?(?:-(\d{2}))?")


def _parse_value(value: str | None) -> _Ymd | None:
    """Read a value written by :func:`_fmt` (or one with a time) back into (y, m, d)."""
    if not value or "W" in value or value.startswith(("P", "T")):
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    y = int(m.group(1)) if m.group(1) else None
    mo = int(m.group(2)) if m.group(2) and m.group(2) != "XX" else None
    d = int(m.group(3)) if m.group(3) else None
    return (y, mo, d)


def _safe_date(y: int, m: int, d: int) -> date | None:
    """date(y, m, d), or None when that day does not exist (2月30日)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) k months after (y, m)."""
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


# News leaves out the month (or year) only for dates near the publication. When the day (or
# month) has already come in the publication's own month (or year), a future reading in the
# next one is taken only if it is less than this many times farther away than that passed date;
# otherwise the non-past cue most likely belonged to another clause ("3日、…禁止する命令を出した"
# in a 4 January article is 3 January, not 3 February). Past cues (た) are trusted: they are
# rarely wrong, and a past date after the publication is impossible. Calibrated on the sample
# pages (bench/timex_corpus.py: 2 puts all 20 such cases right and keeps "2日に開く" in a
# 28 March article as 2 April) and on tests/nlp/gold/timex.tsv.
_FAR_FUTURE_RATIO = 2


def _choose(cands: list[date], ref: date, current: date | None, tense: Tense) -> date:
    """Pick the candidate the tense points to (see the module docstring)."""
    if tense == "past" and (past := [c for c in cands if c <= ref]):
        return max(past)
    if tense == "future" and (future := [c for c in cands if c >= ref]):
        got = min(future)
        if current is None or current >= ref:
            return got
        if (got - ref).days <= _FAR_FUTURE_RATIO * (ref - current).days:
            return got
        return current
    if current is not None and current <= ref:
        return current
    return min(cands, key=lambda c: (abs((c - ref).days), c))


def _place_day(day: int, ref: PartialDate | None, tense: Tense) -> tuple[_Ymd, Anchor]:
    """A bare day number: in the publication month, or the one before/after by tense."""
    if ref is None or ref.month is None or ref.day is None:
        return (None, None, day), "unresolved"
    y0 = ref.year if ref.year is not None else _PLACEHOLDER_YEAR
    today = _safe_date(y0, ref.month, ref.day)
    if today is None:
        return (None, None, day), "unresolved"
    cands = []
    # two months back so that a past 31日 late in a 30-day month still finds a month with a 31st
    for k in (-2, -1, 0, 1):
        y, m = _shift_month(y0, ref.month, k)
        if (c := _safe_date(y, m, day)) is not None:
            cands.append(c)
    if not cands:
        return (None, None, day), "unresolved"
    current = _safe_date(y0, ref.month, day)
    got = _choose(cands, today, current, tense)
    return (got.year if ref.year is not None else None, got.month, got.day), "publication"


def _place_month(
    month: int, day: int | None, ref: PartialDate | None, tense: Tense
) -> tuple[_Ymd, Anchor]:
    """A month (and day) without a year: the year the tense points to."""
    if ref is None or ref.year is None or ref.month is None:
        return (None, month, day), "unresolved"
    if day is None:
        today = date(ref.year, ref.month, 1)
        cands = [date(ref.year + k, month, 1) for k in (-1, 0, 1)]
        got = _choose(cands, today, date(ref.year, month, 1), tense)
        return (got.year, month, None), "publication"
    today = _safe_date(ref.year, ref.month, ref.day or 1) or date(ref.year, ref.month, 1)
    cands = [c for k in (-1, 0, 1) if (c := _safe_date(ref.year + k, month, day))]
    if not cands:  # 2月30日 exists in no year
        return (None, None, None), "unresolved"
    got = _choose(cands, today, _safe_date(ref.year, month, day), tense)
    return (got.year, got.month, got.day), "publication"


def _base(anaphoric: bool, ref: PartialDate | None, previous: str | None) -> tuple[_Ymd, Anchor]:
    """What a relative word counts from: the previous date for anaphora, else publication."""
    if anaphoric and (prev := _parse_value(previous)) is not None:
        return prev, "anaphoric"
    if ref is not None:
        return (ref.year, ref.month, ref.day), "publication"
    return (None, None, None), "unresolved"


def _add_days(base: _Ymd, days: int) -> _Ymd | None:
    """base + days, keeping an unknown year unknown; None when month or day is unknown."""
    y, m, d = base
    if m is None or d is None:
        return None
    start = _safe_date(y if y is not None else _PLACEHOLDER_YEAR, m, d)
    if start is None:
        return None
    got = start + timedelta(days=days)
    return (got.year if y is not None else None, got.month, got.day)


def _add_months(base: _Ymd, months: int) -> _Ymd | None:
    """The month `months` after base (day dropped); None when base has no month."""
    y, m, _ = base
    if m is None:
        return None
    ny, nm = _shift_month(y if y is not None else _PLACEHOLDER_YEAR, m, months)
    return (ny if y is not None else None, nm, None)


def _relative(unit: str, offset: int, base: _Ymd) -> str | None:
    """Value of `offset` units away from `base` (day/week/month/year precision)."""
    y, m, d = base
    if unit == "day":
        got = _add_days(base, offset)
        return _fmt(*got) if got else None
    if unit == "week":
        if y is None or m is None or d is None:
            return None
        iso = (date(y, m, d) + timedelta(weeks=offset)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if unit == "month":
        got = _add_months(base, offset)
        return _fmt(*got) if got else None
    if unit == "fy":
        return None if y is None else _fmt(_fiscal_year(y, m) + offset)
    return None if y is None else _fmt(y + offset)


def _fiscal_year(y: int, m: int | None) -> int:
    """Japan's fiscal year runs April to March: March 2025 is in fiscal 2024."""
    return y - 1 if m is not None and m < 4 else y


def _combine_mod(fiscal: bool, mod: str | None) -> str | None:
    """The modifier to store: fiscal years get FY / FY_START / FY_MID / FY_END."""
    if not fiscal:
        return mod
    return "FY" if mod is None or mod == "APPROX" else f"FY_{mod}"


# ----------------------------------------------------------------------------- resolvers


def _chain_year(g: dict[str, str | None], ref: PartialDate | None, previous: str | None
                ) -> tuple[int | None, Anchor, bool] | None:  # fmt: skip
    """(year, anchor, fiscal) of the chain's year part; None when the chain has none."""
    fiscal = g["fy"] is not None
    if g["era"] and g["eray"]:
        n = _int(g["eray"])
        return (None if not n else _ERAS[g["era"]] + n), "absolute", fiscal
    if g["y"]:
        return _int(g["y"]), "absolute", fiscal
    if g["y2"]:
        # 25年度 is 2025 in today's news; a two-digit year more than 10 years after the
        # publication (or after 2040 without one) is read as 19xx (99年 -> 1999).
        year = 2000 + int(g["y2"])
        pivot = (ref.year if ref is not None and ref.year is not None else 2030) + 10
        return (year if year <= pivot else year - 100), "absolute", fiscal
    if g["rely"]:
        lx = _lexicon()[g["rely"]]
        base, anchor = _base(lx.anaphoric, ref, previous)
        if base[0] is None:
            return None, "unresolved", fiscal
        year = _fiscal_year(base[0], base[1]) if fiscal and not lx.anaphoric else base[0]
        return year + lx.offset, anchor, fiscal
    return None


def _clock(g: dict[str, str | None]) -> tuple[int, int] | None:
    """(hour, minute) of the chain's clock part, None when absent or impossible."""
    if g["noon"]:
        return 12, 0
    if g["hh"] and g["mm"]:
        h, mi = int(g["hh"]), int(g["mm"])
    elif g["h"]:
        h = int(g["h"])
        mi = 30 if g["half"] else int(g["mi"]) if g["mi"] else 0
        if g["ampm"] in {"午後", "夜", "夕方"} and h < 12:
            h += 12
    else:
        return None
    return (h, mi) if h <= 24 and mi <= 59 else None


def _chain_month_day(
    g: dict[str, str | None], ref: PartialDate | None, tense: Tense, previous: str | None
) -> tuple[_Ymd, Anchor] | None:
    """(y, m, d) and anchor of the month/day part when there is no year part."""
    day = _int(g["d"] or g["dk"] or "") if (g["d"] or g["dk"]) else None
    if day is not None and not 1 <= day <= 31:
        return None
    if g["m"] or g["mk"]:
        month = _int(g["m"] or g["mk"] or "")
        if month is None or not 1 <= month <= 12:
            return None
        if day is not None and _safe_date(_PLACEHOLDER_YEAR, month, day) is None:
            return None  # 2月30日 exists in no year
        return _place_month(month, day, ref, tense)
    if g["relm"]:
        lx = _lexicon()[g["relm"]]
        base, anchor = _base(lx.anaphoric, ref, previous)
        got = _add_months(base, lx.offset)
        if got is None:
            return (None, None, day), "unresolved"
        return (got[0], got[1], day), anchor
    if day is not None:
        return _place_day(day, ref, tense)
    if g["reld"]:
        lx = _lexicon()[g["reld"]]
        base, anchor = _base(lx.anaphoric, ref, previous)
        got = _add_days(base, lx.offset)
        return (got, anchor) if got else ((None, None, None), "unresolved")
    return None


def _resolve_chain(
    m: re.Match[str], ref: PartialDate | None, tense: Tense, previous: str | None
) -> _Result | None:
    """Resolve a [year][month][day][clock][modifier] chain; None when it is not a time."""
    g = m.groupdict()
    if g["dk"] and not g["mk"]:
        return None  # a kanji day only after a kanji month (二十四日 alone is too ambiguous)
    year = _chain_year(g, ref, previous)
    has_md = any(g[k] for k in ("m", "mk", "relm", "d", "dk", "reld"))
    if year is not None:
        y, anchor, fiscal = year
        mo = _int(g["m"] or g["mk"] or "") if (g["m"] or g["mk"]) else None
        d = _int(g["d"] or g["dk"] or "") if mo is not None and (g["d"] or g["dk"]) else None
        if mo is not None and not 1 <= mo <= 12:
            return None
        if mo is not None and d is not None and y is not None and not _safe_date(y, mo, d):
            return None
        ymd: _Ymd = (y, mo, d)
    elif has_md:
        got = _chain_month_day(g, ref, tense, previous)
        if got is None:
            return None
        ymd, anchor = got
        fiscal = False
    else:
        ymd, anchor, fiscal = (None, None, None), "unresolved", False
    mod = _combine_mod(fiscal, _MODIFIERS.get(g["mod"] or ""))
    clock = _clock(g)
    if clock is None:
        if year is None and not has_md:
            return None
        return _Result("date", _fmt(*ymd), anchor, mod)
    if year is None and not has_md:  # a clock time alone: on the previous day, else today
        prev = _parse_value(previous)
        if prev is not None and prev[2] is not None:
            ymd, anchor = prev, "anaphoric"
        elif ref is not None:
            ymd, anchor = (ref.year, ref.month, ref.day), "publication"
    day_part = _fmt(*ymd) or ""
    return _Result("time", f"{day_part}T{clock[0]:02d}:{clock[1]:02d}", anchor, mod)


_DUR_UNITS = {"日": "D", "週": "W", "カ": "M", "か": "M", "ヶ": "M", "ヵ": "M", "ケ": "M",
              "箇": "M", "年": "Y", "時": "H", "分": "m", "秒": "S"}  # fmt: skip


def iso_duration(amount: float | None, unit_code: str) -> str:
    """ISO 8601 duration for `amount` of a unit (D, W, M, Y, H, m = minutes, S).

    Minutes and seconds carry into larger units (90 minutes -> PT1H30M), half years become
    months (1.5 years -> P1Y6M) and half hours minutes; other fractions stay decimal
    (P1.5M). ``amount=None`` (数日, "several days") gives the TIMEX3 placeholder ``PXD``.
    """
    if amount is None:
        return f"PTX{unit_code.upper()}" if unit_code in "HmS" else f"PX{unit_code}"
    if unit_code in "HmS":
        seconds = round(amount * {"H": 3600, "m": 60, "S": 1}[unit_code])
        h, rest = divmod(seconds, 3600)
        mi, s = divmod(rest, 60)
        parts = (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{s}S" if s else "")
        return "PT" + (parts or "0S")
    if unit_code == "Y" and amount != int(amount):
        months = round(amount * 12)
        y, mo = divmod(months, 12)
        return "P" + (f"{y}Y" if y else "") + (f"{mo}M" if mo else "")
    if unit_code == "D" and amount != int(amount):
        hours = round(amount * 24)
        d, h = divmod(hours, 24)
        return "P" + (f"{d}D" if d else "") + f"T{h}H"
    number = f"{int(amount)}" if amount == int(amount) else f"{amount:g}"
    return f"P{number}{unit_code}"


def _amount(raw: str | None) -> float | None:
    """The number of a duration: digits (full-width too), kanji, or None for 数 / 数十."""
    if raw is None or "数" in raw:
        return None
    raw = raw.replace("．", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", raw, flags=re.ASCII) or raw.replace(".", "").isdecimal():
        return float("".join(str(int(c)) if c.isdecimal() else c for c in raw))
    n = _kanji_int(raw)
    return None if n is None else float(n)


def _resolve_duration(m: re.Match[str]) -> _Result | None:
    """30日間 -> P30D, 2時間半 -> PT2H30M, 半年 -> P6M; None for 十分 ("enough")."""
    if m.group("hu"):
        return _Result("duration", "P6M" if m.group("hu") == "年" else "PT12H", "absolute")
    unit = m.group("u") or m.group("ub") or ""
    raw = m.group("n")
    if unit.startswith("分") and raw and not raw[0].isdecimal():
        return None  # 十分 is "enough", not ten minutes
    amount = _amount(raw)
    if amount is not None and m.group("half"):
        amount += 0.5
    code = _DUR_UNITS[unit[0]]
    return _Result("duration", iso_duration(amount, code), "absolute")


_SET_PERIODS = {"日": "P1D", "朝": "P1D", "晩": "P1D", "夜": "P1D", "週": "P1W", "月": "P1M",
                "カ月": "P1M", "年": "P1Y"}  # fmt: skip


def _resolve_set(m: re.Match[str]) -> _Result:
    """毎日 / 1日あたり / 年2回 / 隔週: a set whose value is its period (P1D, P1Y, P2W)."""
    if m.group("other"):
        return _Result("set", "P2" + _SET_PERIODS[m.group("other")][-1], "absolute")
    key = m.group("every") or m.group("per") or m.group("freq") or "日"
    return _Result("set", _SET_PERIODS[key], "absolute")


def _resolve_offset(m: re.Match[str], ref: PartialDate | None) -> _Result:
    """N日前 / 2週間後 / 3カ月前 / 5年後, counted from the publication date."""
    n = None if m.group("n") == "数" else _int(m.group("n"))
    if n is None:
        return _Result("date", None, "unresolved", "APPROX")
    sign = -1 if m.group("dir") == "前" else 1
    unit = m.group("u")
    base, anchor = _base(False, ref, None)
    if unit in {"日", "週間"}:
        days = n * (7 if unit == "週間" else 1)
        got = _add_days(base, sign * days)
        value = _fmt(*got) if got else None
    elif unit == "年":
        value = None if base[0] is None else _fmt(base[0] + sign * n)
    else:
        got = _add_months(base, sign * n)
        value = _fmt(*got) if got else None
    return _Result("date", value, anchor if value else "unresolved")


def _week_offset(lx: _Lex, base: _Ymd, tense: Tense) -> int:
    """週末 / 週明け alone: the weekend just past or the start of this week when the verb is
    past (or, for 週明け, when it is already Monday); otherwise the coming one."""
    y, m, d = base
    if lx.unit != "week" or lx.mod not in {"WE", "START"} or None in (y, m, d):
        return lx.offset
    weekday = date(y or 0, m or 1, d or 1).weekday()
    if lx.mod == "WE":
        return -1 if tense == "past" and weekday < 5 else 0
    return 0 if tense == "past" or weekday == 0 else 1


def _resolve_lex(
    m: re.Match[str], ref: PartialDate | None, previous: str | None, tense: Tense
) -> _Result:
    """Week words (先週末, 週明け), fiscal words (年度末), 年明け, 月末, 年末, ..."""
    lx = _lexicon()[m.group("w")]
    suffix = m.group("mod")
    base, anchor = _base(lx.anaphoric, ref, previous)
    if lx.unit == "newyear":
        y = base[0]
        value = None if y is None else _fmt(y + (1 if (base[1] or 1) >= 7 else 0))
        return _Result("date", value, anchor if value else "unresolved", "START")
    value = _relative(lx.unit, _week_offset(lx, base, tense), base)
    mod = lx.mod if lx.mod != "WE" else None
    if lx.unit == "week" and value and (lx.mod == "WE" or suffix == "末"):
        value += "-WE"
    elif suffix:
        mod = _MODIFIERS.get(suffix, mod)
    return _Result("date", value, anchor if value else "unresolved",
                   _combine_mod(lx.unit == "fy", mod))  # fmt: skip


def _resolve_weekday(m: re.Match[str], ref: PartialDate | None, tense: Tense) -> _Result:
    """月曜 / 先週金曜日: the weekday in the named week, else the one the tense points to."""
    if ref is None or ref.year is None or ref.month is None or ref.day is None:
        return _Result("date", None, "unresolved")
    today = _safe_date(ref.year, ref.month, ref.day)
    if today is None:
        return _Result("date", None, "unresolved")
    idx = _WEEKDAYS.index(m.group("wd"))
    if m.group("wk"):
        offset = _lexicon()[m.group("wk")].offset
        got = today + timedelta(days=7 * offset - today.weekday() + idx)
    else:
        cands = [today + timedelta(days=k) for k in range(-7, 8)
                 if (today + timedelta(days=k)).weekday() == idx]  # fmt: skip
        got = _choose(cands, today, None, tense)
    return _Result("date", got.isoformat(), "publication")


# ----------------------------------------------------------------------------- scanning

_CHAIN_KEYS = ("era", "y", "y2", "rely", "m", "mk", "relm", "d", "dk", "reld", "h", "noon", "hh")
# When two patterns find the same span, the earlier kind in this list wins.
_PRIORITY = {"offset": 0, "set": 1, "duration": 2, "numeric": 3, "chain": 4, "lex": 5, "weekday": 6}
# Between a dated expression and a bare day, these make the day share its month
# ("3月18～19日", "12日と18日"): the day is then counted from the earlier date.
_JOINED = re.compile(r"^(?:[～〜~\-－―]|から|と|、|・|や|および|及び)$")


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def _candidates(text: str) -> list[_Found]:
    """Every non-overlapping match, leftmost-longest, ties broken by _PRIORITY."""
    found: list[_Found] = []
    gates = _gates()
    for kind, pattern in _patterns().items():
        for m in gated_matches(pattern, gates[kind], text):
            if kind == "chain" and not any(m.group(k) for k in _CHAIN_KEYS):
                continue
            if text.startswith(("比", "同期比", "同月比"), m.end()):
                continue  # 前年比 / 前日比 / 前年同期比 compare, they do not date anything
            found.append(_Found(m.start(), m.end(), kind, m))
    found.sort(key=lambda f: (f.start, -(f.end - f.start), _PRIORITY[f.kind]))
    chosen: list[_Found] = []
    for f in found:
        if not chosen or f.start >= chosen[-1].end:
            chosen.append(f)
    return chosen


# A time phrase set off by a comma ("トランプ氏は18日、…と述べた", "7日（日本時間8日）、") is an
# adverbial of the whole sentence, so its tense is that of the sentence's main predicate, which
# Japanese puts last. The first verb after it is often inside a relative clause instead
# ("3日、…買収を禁止する命令を出した": 禁止する is not when 3日 is). Found on the sample pages
# (bench/timex_corpus.py): 9 of the 45 wrong values there came from that first verb.
_CLAUSE_ADVERBIAL = re.compile(
    r"^(?:午前|午後|朝|昼|夕方?|夜|未明|深夜|早朝|明け方)?(?:[（(][^（()）]{0,30}[)）])?"
    r"(?:は|には|も|にも|以降|以来|から)?[、，,]"
)
# On a tie the earlier kind wins ("予定だった" must stay neutral, not become 予定 = future).
_CUE_ORDER = {"past": 0, "neutral": 1, "future": 2, "hedge": 3}
_CUE_TENSE: dict[str, Tense] = {"past": "past", "future": "future", "hedge": "future",
                                "neutral": None}  # fmt: skip


def _cues(after: str, endpos: int) -> list[tuple[int, int, str, int]]:
    """(start, order, kind, end) of the first cue of each kind (or, with ``endpos`` 0, of every
    cue) in ``after``; ``ignore``-kind forms are blanked out first so they never count."""
    patterns = _tense_patterns()
    text = patterns["ignore"].sub(lambda m: " " * len(m.group()), after)
    found: list[tuple[int, int, str, int]] = []
    for kind, order in _CUE_ORDER.items():
        if endpos:
            if (m := patterns[kind].search(text, 0, endpos)) is not None:
                found.append((m.start(), order, kind, m.end()))
        else:
            found.extend((m.start(), order, kind, m.end()) for m in patterns[kind].finditer(text))
    return found


_NOUN_START = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-zＡ-Ｚａ-ｚ]")


def _in_relative_clause(after: str) -> bool:
    """True when the expression dates a relative clause: "N日に" + a past verb that modifies
    the noun after it ("昨年12月23日に結んだ合意書", "前日に話し合った内容"). Such a date is
    background to the narrative, so a later 同日 does not refer to it."""
    if not after.startswith("に") or after.startswith("には"):
        return False
    cues = _cues(after, _TENSE_WINDOW)
    if not cues:
        return False
    start, _, kind, end = min(cues)
    return kind == "past" and "、" not in after[:start] and bool(_NOUN_START.match(after, end))


def _tense(after: str) -> Tense:
    """The tense an expression's predicate gives, from the text after it in its sentence.

    Normally the first cue within :data:`_TENSE_WINDOW` characters decides; after a comma
    adverbial (:data:`_CLAUSE_ADVERBIAL`) the last cue of the sentence does, skipping hedges
    (とみられる, 可能性) unless nothing else is there. Returns past, future or None.
    """
    if _CLAUSE_ADVERBIAL.match(after):
        cues = _cues(after, 0)
        hedges = [(c[0], c[3]) for c in cues if c[2] == "hedge"]
        # a verb inside a hedge (み-られる in とみられる) is part of it, not a predicate
        firm = [c for c in cues if not any(a <= c[0] < b for a, b in hedges)]
        if firm:
            return _CUE_TENSE[max(firm, key=lambda c: (c[0], -c[1]))[2]]
        return "future" if cues else None
    cues = _cues(after, _TENSE_WINDOW)
    return _CUE_TENSE[min(cues)[2]] if cues else None


def _resolve(
    f: _Found, *, ref: PartialDate | None, tense: Tense, previous: str | None
) -> _Result | None:
    """Resolve one found expression; None when on closer look it is not a time."""
    if f.kind == "chain":
        return _resolve_chain(f.match, ref, tense, previous)
    if f.kind == "duration":
        return _resolve_duration(f.match)
    if f.kind == "set":
        return _resolve_set(f.match)
    if f.kind == "offset":
        return _resolve_offset(f.match, ref)
    if f.kind == "numeric":
        y, mo, d = (int(f.match.group(k)) for k in ("y", "m", "d"))
        return _Result("date", _fmt(y, mo, d), "absolute") if _safe_date(y, mo, d) else None
    if f.kind == "lex":
        return _resolve_lex(f.match, ref, previous, tense)
    return _resolve_weekday(f.match, ref, tense)


_DATE_PART_KEYS = ("era", "y", "y2", "rely", "m", "mk", "relm")


def _bare_day(f: _Found) -> bool:
    """True when `f` is a day number with no year or month of its own ("19日", "6日午前")."""
    if f.kind != "chain":
        return False
    g = f.match.groupdict()
    return bool(g["d"]) and not any(g[k] for k in _DATE_PART_KEYS)


def _day_anaphor(f: _Found) -> Literal["same", "count", None]:
    """How `f` refers to an earlier day: "same" for 同日 / 同夜 / 当日 (the narrative's day),
    "count" for 前日 / 翌日 / 翌週 / a clock time alone (counted from the last day mentioned),
    None when it does not. Both must count from a date that has a day, not from 昨年12月."""
    if f.kind == "lex":
        return "count" if _lexicon()[f.match.group("w")].unit in {"day", "week"} else None
    if f.kind != "chain":
        return None
    g = f.match.groupdict()
    if any(g[k] for k in (*_DATE_PART_KEYS, "d", "dk")):
        return None
    if g["reld"] and not (g["h"] or g["noon"] or g["hh"]):
        lx = _lexicon()[g["reld"]]
        return "same" if lx.anaphoric and lx.offset == 0 else "count"
    return "count" if g["reld"] or g["h"] or g["noon"] or g["hh"] else None


def _lookback(f: _Found) -> bool:
    """True for 前日 / 前月 / 前年 alone: a glance back from the narrative's date, which a later
    同日 does not refer to ("19日、…協議した。前日に…。両国は同日、…" is the 19th)."""
    if f.kind != "chain":
        return False
    g = f.match.groupdict()
    word = g["reld"] or g["relm"] or g["rely"]
    if not word or any(g[k] for k in ("era", "y", "y2", "m", "mk", "d", "dk", "h", "noon", "hh")):
        return False
    lx = _lexicon()[word]
    return lx.anaphoric and lx.offset < 0


def _month_end(y: int | None, m: int) -> int:
    """The last day of month m (of a leap placeholder year when y is unknown)."""
    ny, nm = _shift_month(y if y is not None else _PLACEHOLDER_YEAR, m, 1)
    return (date(ny, nm, 1) - timedelta(days=1)).day


def _day_reference(
    f: _Found, text: str, *, state: _Narrative, ref: PartialDate | None
) -> tuple[PartialDate, Tense] | None:
    """(reference, tense) for a bare day that counts from the previous dated day instead of the
    publication, or None when it does not:

    - 同6日 is in the same month as the date before it;
    - 翌19日, and a day joined to the date before by ～ / から / と / 、 / 両日 ("3月18～19日"),
      is on or after it (the next month when the number is smaller);
    - with no publication month and day, a bare day is placed near the date before it.
    """
    prev = _parse_value(state.previous_day)
    if not _bare_day(f) or prev is None:
        return None
    y, m, d = prev
    if m is None or d is None:
        return None
    if text.endswith("同", 0, f.start):
        return PartialDate(y, m, _month_end(y, m)), "past"
    joined_to = state.day_found
    if text.endswith("翌", 0, f.start) or (
        joined_to is not None and _JOINED.match(text[joined_to.end : f.start])
    ):
        return PartialDate(y, m, d), "future"
    if ref is None or ref.month is None or ref.day is None:
        return PartialDate(y, m, d), None
    return None


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _sentence_ends(
    text: str, sentences: Sequence[Sentence] | None
) -> tuple[list[int], list[int]] | None:
    """(starts, ends) of the given sentences for bisecting, or None to search 。！？ instead."""
    if not sentences:
        return None
    return [s.start for s in sentences], [s.end for s in sentences]


def _sentence_end(text: str, pos: int, bounds: tuple[list[int], list[int]] | None) -> int:
    """End offset of the sentence holding `pos` (from `bounds`, else the next 。！？/newline)."""
    if bounds is not None:
        i = bisect.bisect_right(bounds[0], pos) - 1
        if i >= 0 and pos < bounds[1][i]:
            return bounds[1][i]
    m = _SENTENCE_END.search(text, pos)
    return m.end() if m else len(text)


#: What follows the day something broke out on: (part of day / ごろ,) に, then 発生
#: (2月26日に発生した山火事, 26日午後に発生した, 26日発生の事故).
_ONSET = re.compile(r"(?:朝|昼|夜|夕方|未明|午前|午後)?(?:ごろ|頃)?に?発生")
#: 発生当日 / 発生の当日 / 発生同日: the day of the outbreak named before, not the narrative's day.
_ONSET_ANAPHOR = re.compile(r"発生の?$")


@dataclass(slots=True)
class _Narrative:
    """What the expressions read so far leave for later ones to count from."""

    previous: str | None = None  # the last date/time value (同月, 同年, 翌年 count from it)
    previous_day: str | None = None  # the last value with a day (前日, 翌日, 同6日, 翌19日)
    day_found: _Found | None = None  # the expression previous_day came from
    # the narrative's day: the last day that is neither a look-back (前日) nor inside a
    # relative clause (昨年12月23日に結んだ合意書), unless no other came before; 同日 / 当日
    # refer to it
    narrative_day: str | None = None
    # the last day something broke out on (2月26日に発生した山火事): 発生当日 refers to it, not
    # to the narrative's day the story has moved on to (…は2日も燃え続け)
    onset_day: str | None = None

    def update(self, f: _Found, after: str, res: _Result) -> None:
        """Remember `res` (found as `f`, followed by `after`) for the expressions after it."""
        parsed = _parse_value(res.value) if res.type in {"date", "time"} else None
        if parsed is None:
            return
        self.previous = res.value
        if parsed[2] is not None:
            self.previous_day, self.day_found = res.value, f
            if _ONSET.match(after):
                self.onset_day = res.value
            # a background date only starts the narrative, it never replaces its day
            background = _lookback(f) or _in_relative_clause(after)
            if self.narrative_day is None or not background:
                self.narrative_day = res.value


def _period_reference(
    f: _Found, tense: Tense, narrative_day: str | None, ref: PartialDate | None
) -> PartialDate | None:
    """For 年内 / 年度内 / 月内 / 週内 with a past verb: the narrated day, when it is before the
    publication. "予算は年度内に成立した" in a 1 April article is about the fiscal year that
    the budget passed in (the one that ended on 31 March), not the one that began that day.
    None when the publication date stays the reference."""
    word = f.match.group(0)
    if tense != "past" or not word.endswith("内") or word not in _lexicon():
        return None
    day = _parse_value(narrative_day)
    if day is None or ref is None or ref.year is None or ref.month is None or ref.day is None:
        return None
    y, m, d = day
    if y is None or m is None or d is None or (y, m, d) >= (ref.year, ref.month, ref.day):
        return None
    return PartialDate(y, m, d)


def _resolve_here(
    f: _Found, text: str, after: str, *, ref: PartialDate | None, state: _Narrative
) -> _Result | None:
    """Resolve `f` at its place in `text`, counting from what came before it (`state`)."""
    day_ref = _day_reference(f, text, state=state, ref=ref)
    if day_ref is not None:
        res = _resolve(f, ref=day_ref[0], tense=day_ref[1], previous=state.previous)
    else:
        anaphor = _day_anaphor(f)
        base = {"same": state.narrative_day, "count": state.previous_day, None: state.previous}
        if (
            anaphor == "same"
            and state.onset_day
            and _ONSET_ANAPHOR.search(text, max(0, f.start - 3), f.start)
        ):
            base["same"] = state.onset_day
        tense = _tense(after)
        period_ref = _period_reference(f, tense, state.narrative_day, ref)
        res = _resolve(f, ref=period_ref or ref, tense=tense, previous=base[anaphor])
        if period_ref is None:
            return res
    if res is not None and res.anchor == "publication":
        return _Result(res.type, res.value, "anaphoric", res.modifier)
    return res


def find_times(
    text: str, *, published: str | None, sentences: Sequence[Sentence] | None = None
) -> tuple[TimeExpression, ...]:
    """Find and resolve every time expression in an article body.

    ``published`` is the Article.published string (full, ``YYYY-MM-DD``, ``--MM-DD`` or None);
    without it values stay partial. ``sentences`` (from split_sentences) bound the text searched
    for each expression's tense; without them the next 。/！/？/newline does. Offsets are into
    ``text``. Anaphoric words count from the previous date/time value found before them.
    Never raises on any text.
    """
    ref = PartialDate.from_published(published)
    bounds = _sentence_ends(text, sentences)
    out: list[TimeExpression] = []
    state = _Narrative()
    for f in _candidates(text):
        after = text[f.end : _sentence_end(text, f.end, bounds)]
        res = _resolve_here(f, text, after, ref=ref, state=state)
        if res is None:
            continue
        out.append(TimeExpression(text=text[f.start : f.end], type=res.type, value=res.value,
                                  start=f.start, end=f.end, anchor=res.anchor,
                                  modifier=res.modifier))  # fmt: skip
        state.update(f, after, res)
    return tuple(out)


def resolve_time(
    expr: str,
    *,
    reference: PartialDate | None,
    context: str = "",
    previous: str | None = None,
) -> tuple[str, str | None]:
    """Resolve one expression: ``(type, value)``.

    ``context`` is the text that follows the expression in its sentence (its predicate gives
    the tense); ``previous`` the last resolved value before it, for 同日/前日/翌日/同月/同年.
    Returns ``("none", None)`` when ``expr`` holds no time expression; when it holds several,
    the longest is resolved.
    """
    found = _candidates(expr)
    if not found:
        return "none", None
    best = max(found, key=lambda f: f.end - f.start)
    tense = _tense(expr[best.end :] + context)
    res = _resolve(best, ref=reference, tense=tense, previous=previous)
    return ("none", None) if res is None else (res.type, res.value)
