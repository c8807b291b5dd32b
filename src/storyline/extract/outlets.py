"""News outlets: who published a page, from its URL or from its own name printed on the page.

The gazetteer is ``data/outlets.json`` (canonical Japanese name, aliases, domains, kind,
is_wire); its ``version`` is part of the extract producer name. Names are matched on an
NFKC, case-folded key, so ``ＮＨＫ`` and ``nhk`` find NHK.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

__all__ = [
    "Outlet",
    "canonical_publisher",
    "find_publisher_in_lines",
    "masthead_name",
    "outlet_named",
    "outlets_data_version",
    "publisher_from_url",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Outlet:
    """One gazetteer entry."""

    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    kind: str
    is_wire: bool


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    version: str
    outlets: tuple[Outlet, ...]
    by_key: dict[str, Outlet]
    by_domain: dict[str, Outlet]
    names_longest_first: tuple[tuple[str, Outlet], ...]  # (NFKC-casefolded alias, outlet)
    by_first_char: dict[str, tuple[tuple[str, Outlet], ...]]  # same, keyed by first character
    generic: frozenset[str]  # _key of section/menu words that are never a site name


def _key(name: str) -> str:
    """Matching key: NFKC, case-folded, without spaces and middle dots."""
    return re.sub(r"[\s・·]", "", unicodedata.normalize("NFKC", name).casefold())


@cache
def _gazetteer() -> _Gazetteer:
    """Load and index data/outlets.json once."""
    text = resources.files(__package__).joinpath("data/outlets.json").read_text("utf-8")
    raw = json.loads(text)
    outlets = tuple(
        Outlet(
            name=o["name"],
            aliases=tuple(o["aliases"]),
            domains=tuple(d.lower() for d in o["domains"]),
            kind=o["kind"],
            is_wire=bool(o["is_wire"]),
        )
        for o in raw["outlets"]
    )
    by_key: dict[str, Outlet] = {}
    for outlet in outlets:
        for alias in (outlet.name, *outlet.aliases):
            by_key.setdefault(_key(alias), outlet)
    names = sorted(by_key.items(), key=lambda kv: -len(kv[0]))
    by_domain = {d: o for o in outlets for d in o.domains}
    by_first: dict[str, list[tuple[str, Outlet]]] = {}
    for alias_key, outlet in names:
        by_first.setdefault(alias_key[:1], []).append((alias_key, outlet))
    first = {k: tuple(v) for k, v in by_first.items()}
    generic = frozenset(_key(w) for w in raw.get("generic_lines", ()))
    return _Gazetteer(str(raw["version"]), outlets, by_key, by_domain, tuple(names), first, generic)


def outlets_data_version() -> str:
    """Version of data/outlets.json."""
    return _gazetteer().version


def outlet_named(name: str) -> Outlet | None:
    """The gazetteer entry whose name or alias is ``name`` (NFKC, case and spaces ignored)."""
    return _gazetteer().by_key.get(_key(_strip_corporate(name)))


def publisher_from_url(url: str) -> str | None:
    """Canonical outlet whose domain hosts ``url`` (sub-domains included), or None.

    The longest matching domain wins, so ``nlab.itmedia.co.jp`` is ねとらぼ, not ITmedia.
    Never raises.
    """
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        outlet = _gazetteer().by_domain.get(".".join(parts[i:]))
        if outlet is not None:
            return outlet.name
    return None


_CORPORATE = re.compile(
    r"(?i)^(?:株式会社|[(（]株[)）]|㈱)\s*|\s*(?:株式会社|[(（]株[)）]|㈱|,?\s*inc\.?|,?\s*co\.,?\s*ltd\.?|"
    r",?\s*ltd\.?|,?\s*llc|,?\s*corporation|,?\s*corp\.?)$"
)


def _strip_corporate(name: str) -> str:
    """``name`` without 株式会社/(株)/Inc./Co., Ltd. around it, otherwise as printed: the
    publisher is the printed name ("セブン＆アイ・ホールディングス" keeps its full-width ＆,
    held-out h73), so the text is not NFKC-normalised here."""
    text = name.strip()
    previous = None
    while previous != text:
        previous, text = text, _CORPORATE.sub("", text).strip()
    return text


def canonical_publisher(name: str) -> str:
    """The gazetteer's canonical name for ``name`` (an alias, English or corporate form);
    an unknown name comes back trimmed and without 株式会社/(株)/Inc. around it."""
    outlet = outlet_named(name)
    return outlet.name if outlet else _strip_corporate(name)


# ---------------------------------------------------------------- credits and sections

#: An outlet or agency the gazetteer does not know, by the shape of its name: a stem of at
#: least two characters and a trade word at the end ("東亜通信", "北陸中央新聞デジタル",
#: "みなみ放送", "信州タイムス"). Credits beside a date or under the text name local papers
#: and agencies no gazetteer can list.
_OUTLET_SHAPE = re.compile(
    r"^[^\s\d、。,.:：/|｜=!?！？「」()（）\[\]【】]{2,}"
    r"(?:新聞|新聞社|新報|日報|民報|時報|通信|通信社|テレビ|放送|タイムス|タイムズ|ニュース|news)"
    r"(?:デジタル|電子版|オンライン|online|web)?$",
    re.IGNORECASE,
)
#: A name ending in a trade word of papers, agencies and broadcasters (not "ニュース", which
#: also ends taglines such as "テックと経済のニュース").
_PAPER_NAME = re.compile(r"(?:新聞|新報|日報|民報|時報|通信|テレビ|放送|タイムス|タイムズ)(?:社)?$")
#: Longest credited name (NFKC characters). Unknown outlet names on the gold and held-out
#: pages run 4-12 characters ("北陸中央新聞デジタル" is 10); 16 leaves room for a place
#: prefix while a clause in brackets ("（首相が記者団に語った）") stays out by its shape.
CREDIT_NAME_CHARS = 16


def is_credit_name(name: str) -> bool:
    """Say whether ``name`` (a bracket's content or a word beside a date) names a news outlet
    or agency: a gazetteer name or alias, or an unknown name of outlet shape (_OUTLET_SHAPE,
    at most CREDIT_NAME_CHARS characters). Section words ("国際ニュース") are not names."""
    norm = unicodedata.normalize("NFKC", name).strip()
    if len(norm) < 2 or len(norm) > CREDIT_NAME_CHARS:
        return False
    if outlet_named(norm) is not None:
        return True
    return bool(_OUTLET_SHAPE.match(norm)) and not is_section_name(norm)


#: A section name may carry these endings after a known section word ("国際ニュース",
#: "経済ニュース", "スポーツ情報").
_SECTION_ENDING = re.compile(r"(?i)(?:ニュース|news|情報|トピックス)$")


def is_section_name(word: str) -> bool:
    """Say whether ``word`` is a site section printed beside a date ("国際", "全国・国際",
    "経済ニュース"): every part between middle dots is a section word of outlets.json
    (``generic_lines``), optionally followed by ニュース/情報."""
    generic = _gazetteer().generic
    norm = unicodedata.normalize("NFKC", word).strip()
    parts = [p for p in re.split(r"[・/,、]", norm) if p]
    if not parts:
        return False
    for part in parts:
        key = _key(part)
        stem = _key(_SECTION_ENDING.sub("", part))
        if key not in generic and stem not in generic:
            return False
    return True


# ---------------------------------------------------------------- names printed on the page

_COPYRIGHT = re.compile(r"(?i)(?:copyright|\(c\)|©)(?:\s*(?:\(c\)|©))?\s*(?P<rest>.*)$")
_COPYRIGHT_END = re.compile(r"(?i)all\s+rights|記事|無断|許可なく|著作権|。|\.\s")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)\d{2})?(?!\d)")
_RIGHTS_OWNER = re.compile(r"著作権は(?P<owner>[^、。\s]{2,20}?)(?:または|又は|に帰属|に属)")
_ABOUT = re.compile(r"^(?P<name>.{2,20}?)(?:について|とは|の概要|会社概要)$")
_PROMO = re.compile(r"^(?P<name>\S{2,20})\s*(?:最新号|独占取材|別冊|定期購読|好評発売中)")
_MASTHEAD_SUFFIX = re.compile(r"(?i)\s*(?:デジタル|電子版|web|オンライン|online)$|\s+news$")
#: Top lines that are page controls, not the site's name: skip links ("コンテンツへ移動",
#: "本文へスキップ", "Skip to content") and menu icons ("≡", "☰").
_NAV_LINE = re.compile(
    r"(?i)^(?:skip to\b.*|.{0,12}(?:へ|に)(?:移動|スキップ|ジャンプ)(?:する)?|本文へ|[≡☰]+)$"
)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: Particles that join a tagline ("東北の経済と産業を伝える", "テックと経済のニュース"). に/で
#: are left out: they open site names written in kana ("にいがた日報").
_TAGLINE_PARTICLES = re.compile(r"[のとをが]")
#: Longest first line that can be a masthead (site name): site names in the gold pages are
#: at most 27 characters with their English form; headlines are blanked by the caller.
_MASTHEAD_MAX = 30


def _copyright_owner(norm: str) -> str | None:
    """The owner named in a copyright line, without years and trailing notices."""
    m = _COPYRIGHT.search(norm)
    if not m:
        return None
    rest = _YEARS.sub(" ", m.group("rest"))
    end = _COPYRIGHT_END.search(rest)
    owner = (rest[: end.start()] if end else rest).strip(" ,.:;-")
    return owner or None


_LOGO = re.compile(r"(?i)^(?P<name>.{2,30}?)\s*(?:logo|ロゴ)(?:\s|$)")
_TOP = re.compile(r"^(?P<name>.{2,20}?)\s*の?(?:トップ|トップページ|ホーム)(?:へ|に戻る|へ戻る)?$")
_PAPER = re.compile(
    r"^(?P<name>[^\s、。「」]{1,12}(?:新聞|新報|日報|タイムス|放送|テレビ|通信))"
    r"(?:デジタル|オンライン|Web|WEB|電子版|社)?$"
)
#: Lines longer than this are prose or list entries, not a site name or a promo line.
#: 40 covers "ニューズウィーク日本版 独占取材カンボジア国際詐欺" (27) with room; body lines that
#: open with an outlet ("朝日新聞によると、...") are longer than this in every test page.
_MAX_NAME_LINE = 40
#: A name printed at the start of a line must be followed by one of these (or the end).
_AFTER_NAME = re.compile(
    r"^(?:$|[\s|｜:：/／\-–—・(（\[【]|デジタル|オンライン|独占|別冊|公式|ニュース)"
)
#: Non-empty lines at the top of a page that count as its masthead (site name, login, menu).
_MASTHEAD_LINES = 3
_SITE_SUFFIXES = frozenset(
    {"", "デジタル", "オンライン", "電子版", "公式サイト", "ニュース", "web"}
)
_CITATION = re.compile(r"出典|引用|画像元|ソース|参照|https?://|によると|によれば")


@dataclass(frozen=True, slots=True)
class _Candidate:
    name: str
    strength: int  # 3 copyright, 2 site-name line, 1 promo line starting with the name
    index: int
    kind: str
    is_wire: bool


def _name_like(name: str) -> bool:
    """An "Xについて" link names the site only when X looks like an outlet or company."""
    return outlet_named(name) is not None or bool(
        re.search(r"(新聞|新報|日報|通信|テレビ|放送|ニュース|社|NEWS|News)$", name)
    )


def _known_prefix(line: str) -> tuple[Outlet, str] | None:
    """(outlet, rest) when ``line`` opens with a known outlet name followed by a boundary."""
    key_line = unicodedata.normalize("NFKC", line).casefold().lstrip(" ・·")
    for alias_key, outlet in _gazetteer().by_first_char.get(key_line[:1], ()):
        rest = _rest_after(key_line, alias_key)
        # Very short aliases (共同, 朝日, FT) only count as a whole line.
        if rest is None or (len(alias_key) <= 2 and rest.strip()):
            continue
        if _AFTER_NAME.match(rest):
            return outlet, rest
    return None


def _rest_after(line: str, alias_key: str) -> str | None:
    """The part of ``line`` after ``alias_key`` when spaces inside the name are ignored."""
    j = 0
    for i, ch in enumerate(line):
        if ch in " ・·":
            continue
        if j == len(alias_key):
            return line[i:]
        if ch != alias_key[j]:
            return None
        j += 1
    return "" if j == len(alias_key) else None


def _candidate(name: str, strength: int, index: int) -> _Candidate | None:
    name = _strip_corporate(name).strip(" |｜:：-–—")
    if not (2 <= len(name) <= 30):
        return None
    outlet = outlet_named(name) or _contained_outlet(name)
    if outlet is None:
        # "北海新報社" and "北海新報デジタル" are the same paper: drop the company suffix.
        name = re.sub(r"(新聞|報|タイムス|通信|放送|テレビ|ジャーナル)社$", r"\1", name)
        return _Candidate(name, strength, index, "unknown", False)
    return _Candidate(outlet.name, strength, index, outlet.kind, outlet.is_wire)


def _contained_outlet(text: str) -> Outlet | None:
    """A known outlet whose name (>= 3 chars) occurs in ``text`` (トムソンロイター・ジャパン(株))."""
    key = _key(text)
    for alias_key, outlet in _gazetteer().names_longest_first:
        if len(alias_key) >= 3 and alias_key in key:
            return outlet
    return None


_TAIL_SPLIT = re.compile(r"\s*[|｜]\s*|\s+[-–—]\s+|\s+")


def _known_tail(norm: str) -> Outlet | None:
    """A known outlet named as the last part of a short header line: the site suffix of a
    headline ("見出し｜朝日新聞デジタル") or the source beside a date ("2025/03/24 12:00 X")."""
    parts = [p for p in _TAIL_SPLIT.split(norm) if p]
    if len(parts) < 2 or len(parts[-1]) < 3:
        return None
    return outlet_named(parts[-1])


def _masthead(norm: str, index: int) -> _Candidate | None:
    """The site name printed as a page's first line ("北洋新報 ほくよう・デジタル")."""
    if len(norm) > _MASTHEAD_MAX or _key(norm) in _gazetteer().generic:
        return None
    # A sentence, a citation or a dated line ("2025年2月14日 金曜日") is no site name.
    if re.search(r"[、。]|\d{1,4}[年/.月]\d{0,2}", norm) or _CITATION.search(norm):
        return None
    for pattern in (_LOGO, _TOP):
        m = pattern.match(norm)
        if m:
            return _candidate(m.group("name"), 3, index)
    parts = [p for p in re.split(r"\s+", norm) if p and _key(p) not in _gazetteer().generic]
    if not parts:
        return None
    known = outlet_named(norm) or _contained_outlet(norm)
    if known is not None:
        return _Candidate(known.name, 3, index, known.kind, known.is_wire)
    # The Japanese-script part names the site; an English form beside it is decoration. A
    # tagline beside the name ("テックと経済のニュース ビットレポート") is a phrase joined by
    # particles; the name is the part without them, when there is one.
    # A site suffix printed apart ("かが日日新聞 デジタル") is never the name, and a part of
    # outlet shape is a name even when its kana look like particles ("かが日日新聞").
    japanese = [p for p in parts if _JAPANESE.search(p) and not _MASTHEAD_SUFFIX.fullmatch(p)]
    named = [p for p in japanese if not _TAGLINE_PARTICLES.search(p) or _PAPER_NAME.search(p)]
    name = (named or japanese)[0] if japanese else " ".join(parts)
    return _candidate(_MASTHEAD_SUFFIX.sub("", name) or name, 3, index)


def _masthead_candidate(lines: Sequence[str]) -> _Candidate | None:
    """The site name printed as the page's first line, skip links and menu icons passed over."""
    for index, line in enumerate(lines):
        norm = unicodedata.normalize("NFKC", line).strip()
        if norm and not _NAV_LINE.match(norm):
            return _masthead(norm, index)
    return None


def masthead_name(lines: Sequence[str]) -> str | None:
    """The site name printed as the first line of ``lines`` (skip links and menu icons passed
    over; a section word, sentence or date line gives None). For a page whose other evidence
    names the site only in Latin letters ("Copyright Kai Minpo"), while its masthead line
    reads "甲斐民報 山梨のニュースサイト" -> "甲斐民報". Never raises."""
    head = _masthead_candidate(lines)
    return head.name if head else None


def _line_candidates(line: str, index: int) -> list[_Candidate]:
    """Publisher evidence in one trimmed page line."""
    norm = unicodedata.normalize("NFKC", line).strip()
    found: list[_Candidate | None] = []
    rights = _RIGHTS_OWNER.search(norm)
    if rights:
        found.append(_candidate(rights.group("owner"), 3, index))
    if re.search(r"(?i)copyright|\(c\)|©", norm):
        owner = _copyright_owner(norm)
        if owner:
            found.append(_candidate(owner, 3, index))
        return [c for c in found if c]
    if len(norm) > _MAX_NAME_LINE * 2 or _CITATION.search(norm):
        return [c for c in found if c]
    tail = _known_tail(norm)
    if tail is not None:
        found.append(_Candidate(tail.name, 2, index, tail.kind, tail.is_wire))
    if len(norm) > _MAX_NAME_LINE:
        return [c for c in found if c]
    for pattern, strength in ((_LOGO, 2), (_TOP, 2), (_PAPER, 2), (_ABOUT, 2), (_PROMO, 1)):
        m = pattern.match(norm)
        if m and (pattern is not _ABOUT or _name_like(m.group("name"))):
            found.append(_candidate(m.group("name"), strength, index))
            break
    known = _known_prefix(norm)
    if known:
        outlet, rest = known
        strength = 2 if rest.strip() in _SITE_SUFFIXES else 1
        found.append(_Candidate(outlet.name, strength, index, outlet.kind, outlet.is_wire))
    return [c for c in found if c]


def find_publisher_in_lines(
    lines: Sequence[str], *, exclude_wire: str | None = None, masthead: bool = False
) -> str | None:
    """The outlet that published a flat-text page, from its own name on the page, or None.

    Evidence, strongest first: with ``masthead=True``, the page's first non-empty line
    (unless it is a section word, a sentence or a date; the caller blanks the headline: use
    it for flat-text dumps, whose first line is the site's logo text); a copyright line (``Copyright (C) 2025 X``, ``© X``, ``著作権はXに帰属``); a
    site-name line (the name alone, ``X Logo``, ``Xトップ``, ``〇〇新聞デジタル``,
    ``X新聞社について``); a short line opening with an outlet (``X 独占取材...``,
    ``X 最新号`` promos). Gazetteer and Japanese-script names weigh a step more than
    romanised ones. Any outlet outranks a wire agency, and ``exclude_wire`` (the agency whose
    story and copyright block the page reprints) is returned only when it is the masthead.
    Ties go to the earliest line.
    Never raises.
    """
    excluded = canonical_publisher(exclude_wire) if exclude_wire else None
    every = [c for i, line in enumerate(lines) if line.strip() for c in _line_candidates(line, i)]
    head = _masthead_candidate(lines) if masthead else None
    every += [head] if head else []
    if head is not None and head.name == excluded and excluded is not None:
        return excluded  # the agency's own site: its name is the masthead
    candidates = [c for c in every if c.name != excluded]
    if not candidates:
        # The agency's own site: its name is the masthead (a site-name line at the top).
        top = [i for i, line in enumerate(lines) if line.strip()][:_MASTHEAD_LINES]
        names = [c for c in every if c.strength >= 2 and c.index in top]
        return names[0].name if names else None

    def order(c: _Candidate) -> tuple[int, int, int]:
        # A gazetteer name, or a name in Japanese script, is worth one strength step: the
        # masthead "北洋新報" beats the romanised copyright owner "The Hokuyo Shimpo", and a
        # known site-name line ties with an unknown corporate copyright form and wins by
        # position; a promo line still loses to a copyright line.
        bonus = 1 if c.kind != "unknown" or _JAPANESE.search(c.name) else 0
        return (0 if c.is_wire else 1, c.strength + bonus, -c.index)

    return max(candidates, key=order).name
