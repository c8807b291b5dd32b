"""Publication dates: machine-readable values, Japanese date text, and the page's own date line.

Every function returns the contract's ``published`` form (see ``models.Article``): a full
datetime with offset (``2025-03-24T08:57:00+09:00``), ``YYYY-MM-DD`` when only the day is
known, ``--MM-DD`` when the page gives no year, or None.

Matching works on an NFKC copy of the text (full-width digits and colons become ASCII); the
text that is reported back (``PublishedMatch.text``) is always the page's own line, trimmed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "PublishedMatch",
    "date_from_url",
    "find_date_lines",
    "find_footer_date",
    "find_labelled_date_above",
    "find_published_line",
    "is_date_line",
    "is_prose_line",
    "parse_date_text",
    "parse_iso_datetime",
]

# First Gregorian year of each era (year 1 of the era == this year).
_ERAS: dict[str, int] = {
    "令和": 2019,
    "R": 2019,
    "平成": 1989,
    "H": 1989,
    "昭和": 1926,
    "S": 1926,
}

# ---------------------------------------------------------------- machine-readable values

_ISO = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$",
    re.IGNORECASE,
)


@cache
def _zone(tz: str) -> ZoneInfo | timezone:
    """The zone named ``tz``; JST as a fixed offset if the tz database lacks it."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(timedelta(hours=9))


def _fmt(dt: datetime) -> str:
    """ISO text of an aware datetime with seconds and a ``+HH:MM`` offset."""
    return dt.replace(microsecond=0).isoformat(timespec="seconds")


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def _offset(text: str) -> timezone:
    """``Z``, ``+09``, ``+0900`` or ``+09:00`` as a fixed offset."""
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(year: int, month: int, day: int, hm: tuple[int, int, int] | None, tz: str) -> str | None:
    """Contract value for a day and optional time; a naive time is placed in ``tz``."""
    if not _valid_day(year, month, day):
        return None
    if hm is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute, second = hm
    if hour == 24 and minute == 0:  # "24:00" is midnight ending the day: keep the day, say 23:59
        hour, minute, second = 23, 59, 59
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        return f"{year:04d}-{month:02d}-{day:02d}"
    naive = datetime(year, month, day, hour, minute, second)
    return _fmt(naive.replace(tzinfo=_zone(tz)))


def parse_iso_datetime(value: str, *, tz: str = "Asia/Tokyo") -> str | None:
    """Read a machine-readable date (JSON-LD, ``<time datetime>``, meta tags, RSS).

    Accepts ISO 8601 (``2025-03-24T08:57:00+09:00``, ``...Z``, ``2025-03-24``,
    ``2025-03-24 08:57``, basic forms without separators) and RFC 2822 (RSS ``pubDate``).
    Returns the full datetime with offset (a naive time gets ``tz``; a given offset is kept,
    not converted, ``Z`` written ``+00:00``), ``YYYY-MM-DD`` for a bare day, or None if the
    value cannot be read. Never raises.
    """
    text = unicodedata.normalize("NFKC", value or "").strip()
    m = _ISO.match(text)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if m[4] is None:
            return _build(year, month, day, None, tz)
        if not _valid_day(year, month, day):
            return None
        hms = (int(m[4]), int(m[5]), int(m[6] or 0))
        if m[7] is None:
            return _build(year, month, day, hms, tz)
        try:
            dt = datetime(year, month, day, *hms, tzinfo=_offset(m[7]))
        except ValueError:
            return None
        return _fmt(dt)
    return _parse_rfc2822(text, tz)


def _parse_rfc2822(text: str, tz: str) -> str | None:
    """RSS-style ``Mon, 24 Mar 2025 08:57:00 +0900``; None when it is not one."""
    if not re.search(r"[A-Za-z]{3}", text) or not re.search(r"\d{1,2}:\d{2}", text):
        return None
    try:
        dt = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=_zone(tz))
    return _fmt(dt) if 1900 <= dt.year <= 2100 else None


# ---------------------------------------------------------------- human date text

#: A weekday after the date: "(水)", "（水曜日）", and on sites with English labels "Fri",
#: "(Fri.)", "Friday".
_WD = (
    r"(?:\s*[(（\[]\s*[月火水木金土日](?:曜日?)?(?:・祝)?\s*[)）\]]"
    r"|,?\s*[(\[]?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[)\]]?)?"
)
_TIME = (
    # "posted at 19:05" (English-labelled sites) is a time of publication, never of update.
    r"(?:(?:\s*|T)(?:(?:posted|published)?\s*at\s+)?(?P<ampm>午前|午後|AM|PM|am|pm)?\s*"
    r"(?:(?P<h1>\d{1,2})\s*時\s*(?:(?P<m1>\d{1,2})\s*分|(?P<half>半))?(?:\s*(?P<s1>\d{1,2})\s*秒)?"
    r"|(?P<h2>\d{1,2}):(?P<m2>\d{2})(?::(?P<s2>\d{2}))?)"
    r"\s*(?P<ampm2>AM|PM|am|pm)?)?"
)
_MONTHS = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_ERA_YEAR = r"(?P<era>令和|平成|昭和)\s*(?P<ey>\d{1,2}|元)\s*年"
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        # 2025年3月24日(月) 8:57 / 令和7年3月24日
        rf"(?:(?P<y>\d{{4}})\s*年|{_ERA_YEAR})\s*(?P<mo>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日{_WD}{_TIME}",
        # R7.3.24 / H31.4.30
        rf"(?<![A-Za-z])(?P<era_abbr>[RHS])\s*(?P<ey>\d{{1,2}})[./](?P<mo>\d{{1,2}})[./](?P<d>\d{{1,2}})(?!\d){_WD}{_TIME}",
        # 2025/3/26 06:00, 2025.03.26, 2025-03-26 6:00
        rf"(?<!\d)(?P<y>\d{{4}})(?P<sep>[/.\-])(?P<mo>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d){_WD}{_TIME}",
        # English-labelled pages: "Jan 20, 2024 3:10", "January 20, 2024", "20 Jan 2024"
        rf"(?<![A-Za-z])(?P<mon>{_MONTHS})[a-z]*\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){_TIME}",
        rf"(?<![\d])(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTHS})[a-z]*\.?,?\s+(?P<y>\d{{4}}){_TIME}",
        # no year: 3/19(水) 7:30 / 3月19日
        rf"(?<![\d/.])(?P<mo>\d{{1,2}})/(?P<d>\d{{1,2}})(?![\d/]){_WD}{_TIME}",
        rf"(?<!\d)(?P<mo>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日{_WD}{_TIME}",
    )
)


@dataclass(frozen=True, slots=True)
class _DateHit:
    value: str
    start: int
    end: int


def _year_of(m: re.Match[str]) -> int | None:
    """Gregorian year of a match (from digits or a Japanese era); None if absent."""
    groups = m.groupdict()
    if groups.get("y"):
        return int(groups["y"])
    era = groups.get("era") or groups.get("era_abbr")
    if era:
        ey = groups["ey"]
        return _ERAS[era] + (1 if ey == "元" else int(ey)) - 1
    return None


def _time_of(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(hour, minute, second) of a match, with 午前/午後 and AM/PM applied; None if no time."""
    g = m.groupdict()
    hour_text = g.get("h1") or g.get("h2")
    if hour_text is None:
        return None
    hour = int(hour_text)
    minute = 30 if g.get("half") else int(g.get("m1") or g.get("m2") or 0)
    second = int(g.get("s1") or g.get("s2") or 0)
    ampm = (g.get("ampm") or g.get("ampm2") or "").lower()
    if ampm in {"午後", "pm"} and hour < 12:
        hour += 12
    elif ampm in {"午前", "am"} and hour == 12:
        hour = 0
    return hour, minute, second


def _hits(text: str, tz: str) -> list[_DateHit]:
    """All date expressions in NFKC ``text``, earliest first, overlaps resolved by pattern order."""
    found: list[_DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _value_of(m, tz)
            if value is not None:
                found.append(_DateHit(value, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda h: h.start)


def _value_of(m: re.Match[str], tz: str) -> str | None:
    groups = m.groupdict()
    month = int(groups["mo"]) if groups.get("mo") else _MONTHS.split("|").index(groups["mon"]) + 1
    day = int(m["d"])
    year = _year_of(m)
    if year is None:
        # Without a year a time cannot be placed on the timeline: keep only the day.
        return f"--{month:02d}-{day:02d}" if _valid_day(2000, month, day) else None
    return _build(year, month, day, _time_of(m), tz)


def parse_date_text(text: str, *, tz: str = "Asia/Tokyo") -> str | None:
    """Read the first date written for people in ``text``.

    Handles ``2025年3月24日(月)08時57分``, ``2025/3/26 06:00``, ``2025.03.26``, era years
    (``令和7年``, ``R7.3.24``, ``平成31年``, ``元年``), full-width digits, 午前/午後 and
    AM/PM. Returns a datetime with offset when a time is given, ``YYYY-MM-DD`` for a day,
    ``--MM-DD`` when the text has no year (a time is then dropped), or None. Never raises.
    """
    hits = _hits(unicodedata.normalize("NFKC", text or ""), tz)
    return hits[0].value if hits else None


# ---------------------------------------------------------------- the page's own date line

_PUBLISHED_LABELS = r"公開日時|公開日|公開|配信日時|配信日|配信|掲載日時|掲載日|掲載|投稿日時|投稿日|投稿|発表日|資料提供日|提供日|発行日|作成日|日付|published|posted|date"
_MODIFIED_LABELS = (
    r"最終更新日時|最終更新日|最終更新|更新日時|更新日|更新|modified|updated|last updated"
)
_LABEL = re.compile(rf"(?i)({_MODIFIED_LABELS}|{_PUBLISHED_LABELS})")
#: A label and a colon opening the line ("掲載：", "公開日: ", "更新日時："); the colon is
#: required so that a sentence starting with 公開 or 日付 never counts.
_LEADING_LABEL = re.compile(rf"(?i)^({_MODIFIED_LABELS}|{_PUBLISHED_LABELS})\s*[:：]\s*")
_NOT_PUBLICATION = re.compile(
    r"(?i)copyright|\(c\)|©|all rights|無断|号\s*[(（]|日号|月号|発売|刊行|締め?切|期限|まで|開催|予定|撮影|"
    r"キャンペーン|受付|応募|放送予定"
)
#: A print-edition note beside the date ("2025年1月25日 朝刊1面掲載", "3月3日付 夕刊社会面"):
#: the day the text was printed, which is its publication when the page shows no other date.
_PRINT_NOTE = re.compile(r"(?:朝刊|夕刊|本紙|紙面)\s*(?:\d{1,2}\s*面|[^\s\d]{1,4}面)?|付")
_FILLER = re.compile(r"[\s:：|｜/／\-–—・,、.。()（）\[\]【】]+")

#: A line counts as a date line when, after removing the date, its labels, separators,
#: outlet names, short [tags] and zone names, at most this many characters are left (and no
#: digit). 2 rejects headlines that merely contain a date and section heads such as
#: "第1戦（3月18日）" (gold page m06). Rerun tests/extract/test_dates.py when changing it.
_MAX_RESIDUE = 2

#: How far after the title the header zone may reach (non-empty lines) when no body line
#: bounds it earlier. Set from the test pages: dates sit 1-3 lines after the title, a TV
#: page puts a "動画を再生" block between them; 8 leaves room without reaching into lists.
_HEADER_AFTER_TITLE = 8
#: Lines before the title that still belong to the header (some sites print the date above
#: the headline). 3 covers date + category + kicker.
_HEADER_BEFORE_TITLE = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class PublishedMatch:
    """A publication (or modification) date found on its own line in the page header.

    ``value`` is the contract value, ``text`` the line as in the page (trimmed), ``line_index``
    its index in the lines given, ``kind`` ``"published"`` or ``"modified"``.
    """

    value: str
    text: str
    line_index: int
    kind: str


def is_prose_line(line: str) -> bool:
    """True when ``line`` reads like an article paragraph rather than a heading or a link.

    Prose is a sentence ending in 。 (at least 8 characters: short closing sentences such as
    "質疑は4日も続く。" are common in news), a line of at least 15 characters ending in
    ！」』 or a bulleted list item, a question of 25 characters (shorter ones are section
    headings), or a long line (>= 40 characters) with a Japanese comma or full stop inside. The figures were set on the seeds and
    tests/extract/data/text: headlines without final 。 run up to 55 characters with 、
    (seed 001), so a headline may count as prose; the title finder removes it separately.
    """
    s = _SIGNED_SENTENCE.sub("", unicodedata.normalize("NFKC", line).strip())
    if len(s) < 8 or not _kana_share_ok(s):
        return False
    if s.endswith("。"):
        return True
    if len(s) < 15:
        return False
    if s[-1] in "!！」』" or (s[-1] in "?？" and ("。" in s or len(s) >= 25)):
        return True
    if _BULLET.match(s):
        return True  # a list item of an article ("👉 ...", "・..."), not a link title
    return len(s) >= 40 and bool(re.search(r"[、。]", s))


#: A short bracket after a final full stop: the source's signature ("…始める。(東亜通信)",
#: "…した。(共同)") or a note ("。(敬称略)"). The sentence before it is what makes the line
#: prose, so the bracket is set aside before the line is judged.
_SIGNED_SENTENCE = re.compile(r"(?<=[。!?])\s*[(\[【〔][^()\[\]【】〔〕。]{1,24}[)\]】〕]$")
_BULLET = re.compile(r"^(?:[・●■◆▶►▼✅✔☑👉🔸🔹💡📌]|[-*]\s)")


def _kana_share_ok(s: str) -> bool:
    """Japanese prose has kana; lines of only kanji nouns, Latin or digits are labels/lists.

    0.12 was calibrated on the seeds' paragraphs (lowest share ~0.2 in wire copy dense with
    names) and menu lines (0 in English menus, ~0.05 in kanji category lists).
    """
    kana = sum(1 for ch in s if "\u3040" <= ch <= "\u30ff")
    return kana / len(s) >= 0.12


def _date_line(line: str, tz: str) -> list[tuple[str, str]]:
    """For a line that is mostly dates, ``[(value, kind), ...]``; empty list otherwise."""
    norm = unicodedata.normalize("NFKC", line).strip()
    if not norm or _NOT_PUBLICATION.search(norm):
        return []
    hits = _hits(norm, tz)
    if not hits:
        return []
    rest = norm
    for hit in reversed(hits):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    rest = _drop_credits(_LABEL.sub("", _PRINT_NOTE.sub("", rest)))
    # Short bracketed tags beside a date ("[会員限定記事]", "【速報】") are not a headline.
    rest = re.sub(r"[\[【〔][^\]】〕]{1,10}[\]】〕]", " ", rest)
    rest = _drop_side_tags(_ID_FIELD.sub(" ", rest), labelled=bool(_PUBLICATION_LABEL.search(norm)))
    rest = " ".join(w for w in re.split(r"[\s|｜/／]+", rest) if not _is_side_word(w))
    rest = re.sub(r"(?i)(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|jst|頃|ごろ", "", rest)
    rest = _FILLER.sub("", rest)
    lead = _LEADING_LABEL.match(norm)
    # "掲載：2025年9月5日　米国・ホワイトハウス発表（現地時間9月4日）": a line that opens with a
    # publication label and its date is the publication line whatever follows the date
    # (the source and its local date on a translation site, held-out h78).
    opens_with_date = lead is not None and hits[0].start == lead.end()
    if not opens_with_date and (len(rest) > _MAX_RESIDUE or any(ch.isdigit() for ch in rest)):
        return []
    out: list[tuple[str, str]] = []
    previous_end = 0
    for k, hit in enumerate(hits):
        labels = _LABEL.findall(norm[previous_end : hit.start])
        following = norm[hit.end : hits[k + 1].start if k + 1 < len(hits) else len(norm)]
        modified = bool(labels) and bool(re.search(_MODIFIED_LABELS, labels[-1], re.I))
        # "12:05 (13:40更新)": a modified label written right after its date, unless the
        # label introduces the next date ("2025/3/24 更新日 2025/3/25").
        after = re.match(rf"\s*(?:{_MODIFIED_LABELS})(.*)$", following, re.I | re.S)
        if after and (k + 1 == len(hits) or after.group(1).strip(" :：") != ""):
            modified = True
        out.append((hit.value, "modified" if modified else "published"))
        previous_end = hit.end
    return out


#: A category printed beside the date after a bar ("2025年10月13日 21:10 ｜ 万博・IR",
#: "2024/8/5 | マーケット"): at most this many characters, no digit. Section names on the
#: held-out pages run 2-6 characters; headlines (never on a date line) are 12+.
SIDE_TAG_CHARS = 8
#: A publication label on the line ("…2025年6月26日配信", "公開日：…") makes it a date line
#: even with the issue's name and number beside it ("ロジ通信 Vol.212 2025年6月26日配信"):
#: at most this many such words, each at most SIDE_TAG_CHARS + 2 characters.
LABELLED_EXTRA_WORDS = 2
#: A page or article number printed on the date line of CMS pages ("ページ番号：1004873
#: 更新日：2024年4月24日", "記事ID: 58213"): a label ending in 番号/ID/No and its value.
_ID_FIELD = re.compile(r"(?i)[^\s:：]{0,6}(?:番号|id|no\.?)\s*[:：]\s*[a-z0-9]{1,20}")
_PUBLICATION_LABEL = re.compile(r"(?i)配信|公開|掲載|投稿|published|posted")
_ISSUE_NUMBER = re.compile(r"(?i)(?:vol|no)\.?\s*\d{1,5}|第\s*\d{1,5}\s*号")


def _drop_side_tags(rest: str, *, labelled: bool) -> str:
    """``rest`` (a date line with its dates cut out) without the short tags printed beside
    the date: a category after a bar (SIDE_TAG_CHARS), and on a line carrying a publication
    label also an issue number and up to LABELLED_EXTRA_WORDS short name words."""
    # Bars, and a middle dot or slash set off by spaces ("2024-03-26 12:30 ・ 経済"); a dot
    # inside a name ("万博・IR") is not a separator.
    parts = re.split(r"\s*[|｜]\s*|\s+[・/]\s+", rest)
    if len(parts) > 1:
        parts = [p for p in parts if len(p.strip()) > SIDE_TAG_CHARS or any(c.isdigit() for c in p)]
    rest = " ".join(parts)
    if not labelled:
        return rest
    rest = _ISSUE_NUMBER.sub(" ", rest)
    words = [w for w in re.split(r"\s+", _LABEL.sub(" ", rest)) if w.strip(" :：・")]
    short = [w for w in words if len(w) <= SIDE_TAG_CHARS + 2 and not re.search(r"[\d、。]", w)]
    if words and len(words) <= LABELLED_EXTRA_WORDS and len(short) == len(words):
        return " ".join(w for w in re.split(r"\s+", rest) if w not in short)
    return rest


#: A bracketed credit beside a date ("（共同通信）", "【東亜通信】", "[ロイター]",
#: "（ワシントン＝共同）"): the bracket's content is read by _is_credit.
_BRACKETED_CREDIT = re.compile(r"[(\[【〔]([^()\[\]【】〔〕]{1,24})[)\]】〕]")
#: A reader counter printed on a blog's or portal's date line ("コメント(12)", "12件のコメント",
#: "いいね 5", "閲覧数 1,204"): its digits are no part of a headline.
_COUNTER = re.compile(
    r"(?i)(?:コメント|comments?|いいね|ブックマーク|はてブ|シェア|閲覧数?|views?|pv)"
    r"\s*:?\s*[(\[]?\s*[\d,]+\s*(?:件|回|人)?\s*[)\]]?"
    r"|(?<![\d,])[\d,]+\s*(?:件の?|人が)?\s*(?:コメント|comments?|いいね|ブックマーク|シェア|views?)"
)
#: The label of a category printed beside a date ("カテゴリー：国際", "ジャンル: 経済").
_CATEGORY_LABEL = re.compile(r"(?i)(?:カテゴリー?|ジャンル|タグ|category|section)\s*:")
#: A provider label beside a date ("提供：時事通信", "配信元: さつま通信", "source: Reuters"):
#: the label goes, and the name after it is judged as a side word (an outlet or not).
_PROVIDER_LABEL = re.compile(r"(?i)(?<!\S)(?:情報提供|提供元?|配信元|source)\s*:\s*")


def _is_credit(content: str) -> bool:
    """True when a bracket's ``content`` credits an outlet or agency ("共同通信", "東亜通信",
    "ワシントン共同", "AFP=時事")."""
    from .outlets import is_credit_name  # local: outlets is only needed for residue words
    from .wire import find_wire

    return is_credit_name(content) or find_wire(f"({content})") is not None


def _drop_credits(rest: str) -> str:
    """``rest`` (a date line with its dates cut out) without the credits and counters a site
    prints beside the date: bracketed outlet or agency credits, reader counters, category
    and provider labels. What is left is judged by the residue rule."""
    rest = _BRACKETED_CREDIT.sub(
        lambda m: " " if _is_credit(m.group(1).strip()) else m.group(0), rest
    )
    rest = _PROVIDER_LABEL.sub(" ", _CATEGORY_LABEL.sub(" ", _COUNTER.sub(" ", rest)))
    return rest


def _is_side_word(word: str) -> bool:
    """True for a word printed beside a date that is no part of a headline: an outlet or
    agency name ("| 毎日新聞", "東亜通信", "（共同通信）") or a site section ("国際",
    "スポーツ", "経済ニュース")."""
    from .outlets import is_credit_name, is_section_name

    name = word.strip("()[]【】〔〕・:")
    return len(name) >= 2 and (is_credit_name(name) or is_section_name(name))


def is_date_line(line: str, *, tz: str = "Asia/Tokyo") -> bool:
    """True when ``line`` is mostly a date (a publication/update line, ``公開日:2025/03/19``)."""
    return bool(_date_line(line, tz))


def _header_zone(lines: Sequence[str], title_index: int | None, tz: str) -> range:
    """Indices of the header: around the title, ending before the first body paragraph."""
    start = 0 if title_index is None else _lines_before(lines, title_index, _HEADER_BEFORE_TITLE)
    begin = 0 if title_index is None else title_index + 1
    filled = [i for i in range(begin, len(lines)) if lines[i].strip()]
    end = len(lines)
    for n, i in enumerate(filled):
        if title_index is not None and n >= _HEADER_AFTER_TITLE:
            end = i
            break
        # The first prose line ends the header, unless it is a lead/deck under the headline:
        # a date line follows it and the body goes on after that date.
        if is_prose_line(lines[i]) and not _lead_then_date(lines, filled[n + 1 : n + 3], tz):
            end = i
            break
    return range(start, end)


def _lines_before(lines: Sequence[str], index: int, count: int) -> int:
    """Index of the ``count``-th non-empty line before ``index`` (0 when there are fewer)."""
    seen = 0
    for i in range(index - 1, -1, -1):
        if lines[i].strip():
            seen += 1
            if seen == count:
                return i
    return 0


def _lead_then_date(lines: Sequence[str], following: Sequence[int], tz: str) -> bool:
    """True when ``following`` (the next two non-empty line indices) is a date, then prose."""
    return (
        len(following) == 2
        and bool(_date_line(lines[following[0]], tz))
        and is_prose_line(lines[following[1]])
    )


def find_date_lines(
    lines: Sequence[str], *, tz: str = "Asia/Tokyo", title_index: int | None = None
) -> tuple[PublishedMatch, ...]:
    """Every date line in the page header, in page order (see ``find_published_line``)."""
    found: list[PublishedMatch] = []
    for i in _header_zone(lines, title_index, tz):
        if i == title_index:
            continue
        for value, kind in _date_line(lines[i], tz):
            found.append(
                PublishedMatch(value=value, text=lines[i].strip(), line_index=i, kind=kind)
            )
    return tuple(found)


#: How many non-empty lines after the body the footer date search reaches. A local site
#: prints "2025年1月29日 掲載" under its link lists and ads (20 lines after the text in the
#: held-out page h12); 30 leaves room without running into the next page section.
FOOTER_REACH = 30
_BRACKETED = re.compile(r"[(\[【〔][^()\[\]【】〔〕]{6,40}[)\]】〕]")
_PUBLISHED_LABEL = re.compile(r"(?i)掲載|公開|配信|投稿|published|posted")


def find_footer_date(
    lines: Sequence[str], *, start: int, tz: str = "Asia/Tokyo"
) -> PublishedMatch | None:
    """The publication date printed below the article ("2025年1月29日 掲載"), or None.

    Looks at up to FOOTER_REACH non-empty lines from index ``start`` (the line after the body)
    for date lines carrying a publication label (掲載/公開/配信/投稿/published/posted), or a
    bracketed date on the first line after the body ("（2025年5月21日 18:30）"). Used
    only when the header has no date. A bare date below the text is as often a related
    article's as the page's own, and two labelled dates are ambiguous: both give None.
    """
    found: list[PublishedMatch] = []
    seen = 0
    for i in range(max(start, 0), len(lines)):
        if not lines[i].strip():
            continue
        seen += 1
        if seen > FOOTER_REACH:
            break
        norm = unicodedata.normalize("NFKC", lines[i]).strip()
        # A date in brackets right under the last paragraph ("（2025年5月21日 18:30）", print
        # views and some papers) is the page's own, label or not.
        bracketed = seen == 1 and bool(_BRACKETED.fullmatch(norm))
        if not bracketed and not _PUBLISHED_LABEL.search(norm):
            continue
        for value, kind in _date_line(lines[i], tz):
            if kind == "published":
                found.append(
                    PublishedMatch(value=value, text=lines[i].strip(), line_index=i, kind=kind)
                )
    return found[0] if len(found) == 1 else None


#: How many non-empty lines above the headline a labelled publication line may sit. A
#: newsletter back number prints "Vol.212 2025年6月26日配信" in its issue banner, then a
#: greeting and a section heading over the story's headline (6 lines in held-out page h67);
#: 10 leaves room without reaching a page's masthead menus on the test pages.
LABELLED_ABOVE_REACH = 10


def find_labelled_date_above(
    lines: Sequence[str], *, title_index: int, tz: str = "Asia/Tokyo"
) -> PublishedMatch | None:
    """The publication line printed above the header zone ("ロジ通信 Vol.212 2025年6月26日配信"),
    or None.

    Used only when neither the header nor the footer has a date. Only a date line carrying a
    publication label (掲載/公開/配信/投稿/published/posted) counts, the nearest one within
    LABELLED_ABOVE_REACH non-empty lines above ``title_index``: an unlabelled date above a
    headline is as often today's date in the masthead as the article's.
    """
    seen = 0
    for i in range(min(title_index, len(lines)) - 1, -1, -1):
        if not lines[i].strip():
            continue
        seen += 1
        if seen > LABELLED_ABOVE_REACH:
            break
        if not _PUBLISHED_LABEL.search(unicodedata.normalize("NFKC", lines[i])):
            continue
        for value, kind in _date_line(lines[i], tz):
            if kind == "published":
                return PublishedMatch(value=value, text=lines[i].strip(), line_index=i, kind=kind)
    return None


def find_published_line(
    lines: Sequence[str], *, tz: str = "Asia/Tokyo", title_index: int | None = None
) -> PublishedMatch | None:
    """The page's own publication date among its text lines, or None.

    Only lines that are mostly a date (optionally labelled 公開日/配信/掲載/投稿日/更新... and
    with a weekday) in the header zone count: from a few lines before ``title_index`` (or the
    top of the page) to the first body paragraph. Dates in the body, in cited blocks further
    down, in copyright lines, magazine issue lines (``4月29日号(4月22日発売)``) and in the
    headline are never taken. A published date wins over 更新/最終更新; a modified date alone
    is returned with ``kind="modified"``. Never raises.
    """
    matches = find_date_lines(lines, tz=tz, title_index=title_index)
    if title_index is not None:
        # Below the headline first (in order), then above it (nearest first): a masthead
        # "today" date above the headline must not beat the article's own date line.
        after = [m for m in matches if m.line_index > title_index]
        before = sorted(
            (m for m in matches if m.line_index < title_index), key=lambda m: -m.line_index
        )
        matches = (*after, *before)
    for kind in ("published", "modified"):
        for match in matches:
            if match.kind == kind:
                return match
    return None


#: A day written into a URL path by the CMS: ``/2024/09/21/``, ``/2024-09-21-``,
#: ``/20240921/`` or ``/20240921_…``, bounded by path separators so that ids (``/1004873``)
#: and longer numbers never match.
_URL_DAY = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<sep>[/\-_]?)(?P<mo>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d])"
)


def date_from_url(url: str | None) -> str | None:
    """The day a URL's path gives (``…/articles/2024/09/21/noto-rain.html`` -> ``2024-09-21``).

    Many CMSs file an article under its publication day; this is the last resort when the
    page prints no date. Only the path counts (not the host or query), the first valid day
    wins, and only a day is returned (a URL says nothing about the time). None when the path
    holds no date.
    """
    from urllib.parse import urlsplit

    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for m in _URL_DAY.finditer(path):
        segment_start = path.rfind("/", 0, m.start()) + 1
        if m.group("sep") == "" and segment_start != m.start():
            continue  # "id20240921x": compact dates must open a path segment
        year, month, day = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid_day(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None
