"""Numbers with units in Japanese text: amounts, counts, percentages, durations.

:func:`find_quantities` returns one :class:`storyline.models.Quantity` per number-with-unit:

- ``value`` is the number in the unit, multipliers applied (約1800億円 -> 1.8e11, unit 円;
  1兆2000億円 -> 1.2e12; ３万人 -> 30000). Digits may be ASCII, full-width or kanji
  (五千人), with thousands separators (2,900).
- Durations get ``normalized`` as ISO 8601 (約2時間半 -> value 2.5, unit 時間, ``PT2H30M``;
  90分 -> ``PT1H30M``; 30日間 -> ``P30D``). A bare 日/月/年/時 is a date or a time of day,
  never a quantity; durations in days/years need 間 (30日間, 5年間), 半 (1年半) or 以内
  (60日以内 -> 60, unit 日, ``P60D``; the text stays ``60日``: 以内 is a deadline, not a bound).
- ``approximate`` is set by 約/およそ/ほぼ/推定 before, or 余り/超/近く/程度/ほど/前後/強/弱/
  以上/以下/未満 after the number.
- Ranges (3～5人, 3万～5万人) give ``value`` = low end and ``high`` = high end.
- Vague numbers (数百人, 数万人, 十数人) are approximate, with ``value`` the LOWER BOUND and
  ``high`` the upper bound, reading 数 as 2-9 (数百 -> 200..900, 十数 -> 11..19, 数十 ->
  20..90): a lower bound keeps comparisons between sources possible (数百人 vs 50人).
- ``per`` is the unit of a rate (1株3200円 -> per 株; 1日あたり3万人 -> per 日; 時速100キロ ->
  per 時間); ``direction`` and ``compared_to`` describe a change (前年比12%増 -> increase,
  前年).

Units come from ``data/quantity_units.tsv``.
"""

from __future__ import annotations

import functools
import importlib.resources
import re

from storyline.models import Quantity
from storyline.nlp.timex import gated_matches, iso_duration

QUANTITIES_VERSION = "quantities-2"

_MULTIPLIERS = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
_KANJI = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_POWERS = {"十": 10, "百": 100, "千": 1000}
# 数 ("several") read as 2..9, as Japanese dictionaries gloss it ("two or three to five or
# six"); the other vague forms follow from it.
_VAGUE = {"十数": (11.0, 19.0), "数十": (20.0, 90.0), "数百": (200.0, 900.0),
          "数千": (2000.0, 9000.0), "数": (2.0, 9.0)}  # fmt: skip
_APPROX_BEFORE = "約|およそ|ほぼ|概ね|おおむね|推定|ざっと|最大|最大で|少なくとも"
_APPROX_AFTER = "余り|あまり|超|近く|程度|ほど|前後|強|弱|以上|以下|未満"
_INCREASE = ("増加", "増", "上昇", "アップ", "高", "上回")
_DECREASE = ("減少", "減", "低下", "ダウン", "安", "下落", "下回")
_RATE_PREFIX = {"時速": "時間", "秒速": "秒", "分速": "分", "年率": "年", "月額": "月",
                "年額": "年", "日額": "日", "月間": "月", "年間": "年"}  # fmt: skip
_KANJI_CHAR = re.compile(r"[\u3005\u4e00-\u9fff]")
_PER_UNITS = "株|人|日|件|世帯|台|個|回|時間|年|月|週|泊|食|キロ|kg|トン|本|枚|リットル|ドル"


@functools.cache
def _units() -> dict[str, tuple[str, str, str | None, bool]]:
    """surface -> (unit, kind, duration code, strict) from data/quantity_units.tsv."""
    text = (
        importlib.resources.files("storyline.nlp")
        .joinpath("data", "quantity_units.tsv")
        .read_text("utf-8")
    )
    out: dict[str, tuple[str, str, str | None, bool]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            surface, unit, kind, code, strict = line.split("\t")
            out[surface] = (unit, kind, None if code == "-" else code, strict == "y")
    # 1年半 / 1日半 / 60日以内 / 3年以内: a bare 年/日 is a duration only when 半 or 以内
    # follows (a date is never "within": 18日以内 does not occur, 18日以降 does and stays out).
    out["年(?=半(?!ば)|以内)"] = ("年", "duration", "Y", False)
    out["日(?=半(?!ば)|以内)"] = ("日", "duration", "D", False)
    return out


def _alt(words: list[str], *, raw: bool = False) -> str:
    """Alternation of unit surfaces, longest first; entries holding a look-ahead stay raw."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(w if raw or "(?" in w else re.escape(w) for w in ordered)


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The one quantity pattern, compiled on first use."""
    digits = r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．]\d+)?"
    kanji = "[〇一二三四五六七八九十百千]+"
    vague = "十数|数十|数百|数千|数"
    part = rf"(?:{digits}|{kanji}|{vague})"
    tail = rf"(?:[兆億万](?:{part}[兆億万]?)*)?"
    # Kanji numbers must start a word (統一人, 万一 hold no quantity; the approximation words
    # 約, 推定, 最大, 計 before them are the exceptions), and 数 must not end one (複数回).
    amount = (
        rf"(?:(?<![A-Za-zＡ-Ｚａ-ｚ\d.,/\-第時]){digits}{tail}"
        rf"|(?:(?<=[約計定大で])|(?<![\u3005\u4e00-\u9fff\u30a0-\u30ffー\d])){kanji}{tail}"
        rf"|(?<![複多少無件人点変関指係総整倍乗除次手\d])(?:{vague}){tail})"
    )
    units = _alt(list(_units()))
    return re.compile(
        rf"(?P<cmp>(?:前年同期|前年同月|前年度|前年|前月|前週|前日|前回|昨年|平年|前期)比で?)?"
        rf"(?P<per>(?:1|１|一)(?P<perunit>{_PER_UNITS})(?:あたり|当たり|につき)?)?"
        rf"(?P<rate>{'|'.join(_RATE_PREFIX)})?"
        rf"(?P<approx>{_APPROX_BEFORE})?"
        rf"(?P<a>{amount})(?:(?P<ua>{units})?(?:[～〜~－]|から)(?P<b>{amount}))?"
        rf"(?P<unit>{units})(?P<half>半(?!ば))?(?![A-Za-z化目])"
        rf"(?P<after>{_APPROX_AFTER})?"
        rf"(?P<dir>{'|'.join(_INCREASE + _DECREASE)})?"
    )


@functools.cache
def _gate() -> re.Pattern[str]:
    """The characters a quantity match can start with (its first optional words: 前年比,
    1株, 時速, 約 ...; or the number itself), for :func:`gated_matches`. Speed: the pattern
    starts with optional groups and lookbehinds, so ``re`` tried all of it at every
    character; this finds the candidates (about 8% of the characters of the bench corpus)
    in C. Same matches (a test compares the two on random text)."""
    firsts = {"前", "昨", "平", "1", "１", "一", "数", *"〇一二三四五六七八九十百千"}
    firsts |= {w[0] for w in _APPROX_BEFORE.split("|")} | {w[0] for w in _RATE_PREFIX}
    return re.compile("[\\d" + "".join(sorted(re.escape(c) for c in firsts)) + "]")


def _kanji_number(s: str) -> float | None:
    """A kanji numeral without 万/億 (五千, 三百二十, 二〇二五); None if it is not one."""
    if all(ch in _KANJI for ch in s):
        return float("".join(str(_KANJI[ch]) for ch in s))
    total, current = 0, 0
    for ch in s:
        if ch in _KANJI:
            current = _KANJI[ch]
        elif ch in _KANJI_POWERS:
            total += (current or 1) * _KANJI_POWERS[ch]
            current = 0
        else:
            return None
    return float(total + current)


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?", flags=re.ASCII)
#: A chunk of an amount and the multiplier after it (1兆|2000億).
_MULTIPLIED = re.compile(r"([^兆億万]+)([兆億万]?)")


def _chunk(s: str) -> tuple[float, float] | None:
    """(low, high) of one chunk between multipliers; equal unless it is vague (数百)."""
    if s in _VAGUE:
        return _VAGUE[s]
    ascii_digits = "".join(str(int(c)) if c.isdecimal() else c for c in s)
    ascii_digits = ascii_digits.replace(",", "").replace("，", "").replace("．", ".")
    if _PLAIN_NUMBER.fullmatch(ascii_digits):
        v = float(ascii_digits)
        return v, v
    k = _kanji_number(s)
    return None if k is None else (k, k)


def parse_amount(s: str) -> tuple[float, float, bool] | None:
    """Read an amount such as ``1兆2000億``, ``３万``, ``五千``, ``数百万``.

    Returns ``(low, high, vague)``: low == high for an exact number; None when unreadable.
    """
    low = high = 0.0
    vague = False
    for m in _MULTIPLIED.finditer(s):
        got = _chunk(m.group(1))
        if got is None:
            return None
        mult = _MULTIPLIERS.get(m.group(2), 1.0)
        vague = vague or got[0] != got[1]
        low += got[0] * mult
        high += got[1] * mult
    return low, high, vague


def _direction(word: str | None) -> str | None:
    """ "increase" / "decrease" for the change word after a number (増, 減, 上昇, 安, ...)."""
    if not word:
        return None
    return "increase" if word.startswith(_INCREASE) else "decrease"


def _build(m: re.Match[str]) -> Quantity | None:
    """One Quantity from a match; None when the match is not a real quantity."""
    unit, kind, code, strict = _units()[_unit_key(m.group("unit"))]
    following = m.string[m.end("unit") : m.end("unit") + 1]
    if unit == "分" and following == "の":
        return None  # 3分の1 is a fraction
    if strict and not m.group("after") and _KANJI_CHAR.match(following):
        return None  # 22発売, 2機関, 3社長: the "unit" starts another word
    raw = m.group("a")
    is_kanji = not any(c.isdecimal() for c in raw) and not raw.startswith("数")
    if is_kanji and (kind in {"duration", "temperature"} and not m.group("unit").endswith("間")):
        return None  # 十分 ("enough"), 一度 ("once"): kanji with these units are words
    if code == "Y" and not m.group("unit").endswith("間") and len(raw) == 4 and raw.isdecimal():
        return None  # 2025年以内 / 2025年半ば: a four-digit year, not a number of years
    a = parse_amount(raw)
    b = parse_amount(m.group("b")) if m.group("b") else None
    if a is None or (m.group("b") and b is None):
        return None
    value, high, vague = a
    if b is not None:
        high = b[1]
    if m.group("half"):
        value += 0.5
        high += 0.5
    normalized = iso_duration(None if vague else value, code) if code else None
    per = m.group("perunit") or _RATE_PREFIX.get(m.group("rate") or "")
    cmp = m.group("cmp")
    return Quantity(
        text=m.group(0), value=value, unit=unit, start=m.start(), end=m.end(),
        normalized=normalized,
        approximate=bool(m.group("approx") or m.group("after") or vague),
        per=per, high=high if high != value else None,
        direction=_direction(m.group("dir")),
        compared_to=re.sub(r"比で?$", "", cmp) if cmp else None,
    )  # fmt: skip


def _unit_key(surface: str) -> str:
    """The table key for a matched unit surface (keys with a look-ahead match without it)."""
    units = _units()
    if surface in units:
        return surface
    return next(k for k in units if k.startswith(f"{surface}(?="))


# Scales written before their number: マグニチュード7.1 / M7.1 (unit "M"), 震度5強 (unit
# "震度", normalized "5強": the JMA scale's 強/弱 steps are labels, not halves).
_SCALES = re.compile(
    r"(?:マグニチュード|(?<![A-Za-zＡ-Ｚａ-ｚ])[MＭ])(?P<mag>\d(?:[.．]\d)?)(?![\d.．])"
    r"|震度(?P<shindo>[0-7０-７])(?P<step>強|弱)?"
)


def _scale(m: re.Match[str]) -> Quantity:
    """A magnitude or a seismic intensity as a Quantity."""
    if m.group("mag"):
        value = float(m.group("mag").replace("．", ".").translate(_FULLWIDTH))
        return Quantity(text=m.group(0), value=value, unit="M", start=m.start(), end=m.end())
    level = int(m.group("shindo"))
    step = m.group("step") or ""
    return Quantity(
        text=m.group(0), value=float(level), unit="震度", start=m.start(), end=m.end(),
        normalized=f"{level}{step}",
    )  # fmt: skip


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every number with a unit in ``text``, in order, with offsets into ``text``.

    Dates and times of day (2025年, 3月, 18日, 午後3時) are not quantities. Never raises.
    """
    scales = [_scale(m) for m in _SCALES.finditer(text)]
    out = list(scales)
    for m in gated_matches(_pattern(), _gate(), text):
        q = _build(m)
        if q is not None and not any(o.start < q.end and q.start < o.end for o in scales):
            out.append(q)
    return tuple(sorted(out, key=lambda q: q.start))
