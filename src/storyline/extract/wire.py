"""Wire agencies credited by a page, and the URLs a page cites as its sources.

The agency list and the citation labels live in ``data/wire.json`` (its ``version`` is part of
the extract producer name). An agency counts only when the page *credits* it with a marker
(``[ロイター]``, ``【ワシントン共同】``, ``（AP）``, ``AFP=時事``), never when the text merely
mentions it (``インタファクス通信によると``) or a photo is credited to it (``ロイター/Name``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .outlets import is_credit_name

__all__ = ["find_cited_urls", "find_wire", "split_closing_credit", "wire_data_version"]

_OPEN_CLOSE = {"【": "】", "〔": "〕", "[": "]", "(": ")", "<": ">", "《": "》"}
#: Brackets whose content may glue a place straight onto the agency (【ワシントン共同】):
#: only datelines use them that way, while "（日米共同）" in parentheses is ordinary prose.
_DATELINE_BRACKETS = {"【", "〔"}
#: Longest place/date prefix inside a marker ("ニューヨーク 24日 " is 12 after NFKC).
_MAX_PREFIX = 20


@dataclass(frozen=True, slots=True)
class _WireData:
    version: str
    markers: tuple[tuple[str, str], ...]  # (marker as written, canonical), longest first
    relays: frozenset[str]
    credit_words: tuple[str, ...]
    cite_labels: tuple[str, ...]


@cache
def _data() -> _WireData:
    """Load and index data/wire.json once."""
    raw = json.loads(resources.files(__package__).joinpath("data/wire.json").read_text("utf-8"))
    pairs = [
        (unicodedata.normalize("NFKC", m), a["name"]) for a in raw["agencies"] for m in a["markers"]
    ]
    pairs.sort(key=lambda p: -len(p[0]))
    return _WireData(
        version=str(raw["version"]),
        markers=tuple(pairs),
        relays=frozenset(unicodedata.normalize("NFKC", r) for r in raw["relays"]),
        credit_words=tuple(raw["credit_words"]),
        cite_labels=tuple(raw["cite_labels"]),
    )


def wire_data_version() -> str:
    """Version of data/wire.json."""
    return _data().version


def _agency_at_end(content: str) -> tuple[str, str] | None:
    """(canonical, prefix) when ``content`` ends with an agency marker."""
    for marker, name in _data().markers:
        if content.endswith(marker):
            prefix = content[: -len(marker)]
            # A Latin marker must not be the tail of a longer word ("CAP", "JAPAN").
            if marker.isascii() and prefix[-1:].isascii() and prefix[-1:].isalnum():
                continue
            return name, prefix
    return None


def _relay_origin(content: str) -> str | None:
    """For 'AFP=時事' style credits, the origin agency (AFP); None when not a relay."""
    m = re.search(r"(.+?)\s*=\s*([^=]+)$", content)
    if not m or m.group(2).strip() not in _data().relays:
        return None
    origin = _agency_at_end(m.group(1).strip())
    if origin is None or origin[0] in {"共同通信", "時事通信"}:
        return None
    return origin[0]


def _bracket_marker(opener: str, content: str) -> str | None:
    """Canonical agency when a bracket's ``content`` is a wire credit, else None."""
    if len(content) > _MAX_PREFIX + 12 or any(w in content for w in _data().credit_words):
        return None
    origin = _relay_origin(content)
    if origin:
        return origin
    found = _agency_at_end(content.strip())
    if found is None:
        return None
    name, prefix = found
    prefix = prefix.strip()
    if not prefix:
        return name
    if len(prefix) > _MAX_PREFIX or "/" in prefix:
        return None
    if prefix.endswith("=") or " " in prefix:
        return name  # [東京 24日 ロイター], (ワシントン=共同)
    return name if opener in _DATELINE_BRACKETS and not prefix[-1].isdigit() else None


_BRACKETED = re.compile(r"([【〔\[(<《])([^【】〔〕\[\]()<>《》\n]{1,40})([】〕\])>》])")
_BARE_RELAY = re.compile(r"([A-Za-z\u30a0-\u30ff\u4e00-\u9fff]{2,12})\s*=\s*(時事|共同)(?:通信)?")


def find_wire(text: str) -> tuple[str, str] | None:
    """The agency the story came from, as ``(canonical name, matched text)``, or None.

    Reads bracketed credits (``[ロイター]``, ``【ロンドン時事】``, ``〔ロイター〕``, ``（共同）``,
    ``(AP)``, ``[東京 24日 ロイター]``), relays (``AFP=時事`` gives AFP, the origin) and
    ``AFPBB News``. Photo credits (``ロイター/Name``, ``写真：AP``) and plain mentions do not
    count. The first credit in the text wins. Never raises.
    """
    norm = _fold(text or "")
    hits: list[tuple[int, str, str]] = []
    for m in _BRACKETED.finditer(norm):
        opener, content, closer = m.groups()
        if _OPEN_CLOSE.get(opener) != closer and not (opener in "【〔" and closer in "】〕"):
            continue
        name = _bracket_marker(opener, content)
        if name:
            hits.append((m.start(), name, text[m.start() : m.end()]))
    for m in _BARE_RELAY.finditer(norm):
        origin = _relay_origin(m.group(0))
        if origin and not _in_credit(norm, m.start()):
            hits.append((m.start(), origin, text[m.start() : m.end()]))
    afpbb = norm.find("AFPBB News")
    if afpbb >= 0:
        hits.append((afpbb, "AFP", text[afpbb : afpbb + len("AFPBB News")]))
    if not hits:
        return None
    _, name, matched = min(hits, key=lambda h: h[0])
    return name, matched


#: A bracketed credit closing a paragraph: "…出迎えた。（東亜通信）", "…示した」【ロイター】".
_CLOSING_CREDIT = re.compile(
    r"(?P<end>[。」！？!?])\s*(?P<credit>[(（\[［〔【][^()（）\[\]［］〔〕【】]{1,24}[)）\]］〕】])\s*$"
)


def split_closing_credit(paragraph: str) -> tuple[str, str] | None:
    """``(text, credit)`` when ``paragraph`` ends with a sentence and a bracketed credit,
    else None.

    The credit is a wire marker (``（共同）``, ``[ロイター]``, find_wire) or, after a full stop,
    the name of an outlet or agency, known or of outlet shape (``（東亜通信）``,
    ``（北陸中央新聞）``, outlets.is_credit_name). Such a paragraph is article text signed by
    its source: callers keep the text and read the credit as metadata. A bracket after a
    sentence that names no outlet (``（敬称略）``, ``（佐藤）``) gives None.
    """
    m = _CLOSING_CREDIT.search(paragraph or "")
    if m is None or m.start("credit") == 0:
        return None
    credit = m.group("credit")
    named = m.group("end") in "。！？!?" and is_credit_name(credit[1:-1].strip())
    if not named and find_wire(credit) is None:
        return None
    return paragraph[: m.start("credit")].rstrip(), credit


def _fold(text: str) -> str:
    """Width-fold ``text`` character by character (ＡＦＰ＝時事 -> AFP=時事) keeping every
    offset, so a match in the folded copy can be cut from the page's own text."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def _in_credit(text: str, pos: int) -> bool:
    """True when ``pos`` follows a photo-credit word on the same line (写真：AFP=時事)."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[max(line_start, pos - 8) : pos]
    return any(w in before for w in _data().credit_words)


_URL = re.compile(r"https?://[^\s<>\"'「」『』（）()、。，]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>'\"。、．，：；！？）」』】〕"
#: A citation label must come at most this many characters before its URL on the same line
#: ("出典/画像元: " is 7; "出典：朝日新聞デジタル 2025年3月19日 " is about 25).
_MAX_LABEL_DISTANCE = 40


def find_cited_urls(text: str) -> tuple[str, ...]:
    """URLs the page cites as its sources, in page order, without duplicates.

    A URL counts when a citation label (出典, 画像元, 引用元, ソース, 参照, 元記事, 参考資料,
    via, ... from data/wire.json) precedes it on the same line, or when its line follows a
    cited URL or a label alone ("参考資料") with no other line between. Trailing punctuation is stripped. Never raises.
    """
    labels = _data().cite_labels
    urls: list[str] = []
    previous_cited = False
    for line in (text or "").splitlines():
        found = False
        for m in _URL.finditer(line):
            before = line[max(0, m.start() - _MAX_LABEL_DISTANCE) : m.start()]
            # In a block opened by a label line ("参考資料"), every line with a URL cites it.
            if any(label in before for label in labels) or previous_cited:
                url = m.group(0).rstrip(_TRAILING)
                if url not in urls:
                    urls.append(url)
                found = True
        # "【参考】", "■出典", "[ソース]": a label in brackets or after a bullet is a label.
        stripped = line.strip().strip("【】[]［］〔〕<>＜＞■●◆□・ ").rstrip(":：")
        if stripped:
            # A label alone ("出典：") makes the URL on the next line a citation.
            previous_cited = found or stripped in labels
    return tuple(urls)
