"""HTML pages -> Article: body with trafilatura, cleaned for Japanese news, plus metadata.

Before extraction, on a copy of the tree: scripts, styles and comments are removed, layout
tables become divs, caption elements are taken out (captions.py) and furniture named by its
class/id (ads, newsletters, share bars, related lists) is pruned.

The body cascade (each step only when the previous one under-delivered):

1. trafilatura ``bare_extraction`` (precision focus, no comments, no tables);
2. the ``<p>`` texts of the page's largest ``<article>``/``<main>`` element;
3. trafilatura's ``baseline``;
4. reject as ``no_article``.

After each step the lines go through the same cleaning (clean_body_lines): caption-like
lines move to the captions; clutter lines (``data/clutter_html.txt``), date lines and
related-article lists are dropped; the header above a repeated headline and trailing wire
credits and bylines are taken off and kept as credits.

Metadata comes from metadata.py (JSON-LD, meta tags, <time>), then the visible text: date
lines near the headline, the logo and masthead for the publisher, credits for the wire.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from storyline.config import ExtractSettings
from storyline.extract.captions import (
    author_box_start,
    element_text,
    is_closing_fragment,
    is_editorial_note,
    looks_like_caption,
    normalise_line,
    pop_caption_elements,
)
from storyline.extract.metadata import PageMetadata, is_site_name, read_metadata, strip_site_name
from storyline.models import Article, RawDocument, Rejected

#: trafilatura stops trusting its main extractor below MIN_EXTRACTED_SIZE characters and
#: replaces the result by a whole-page dump (baseline) or justext, which knows no Japanese and
#: returns one line of everything. Its default (250) is calibrated on European text; a Japanese
#: character carries about 2-3 times as much as a Latin one, and short Japanese news items
#: (速報, 4-5 sentences) run 120-250 characters. 100 keeps those on the main extractor; set by
#: running tests/extract/test_html.py (short-article fixture) and bench/extract.py.
TRAFILATURA_MIN_EXTRACTED = 100

#: A line kept after a related-list heading must be longer than this, or end like a sentence,
#: to show that article text goes on; shorter lines are link titles. Japanese headlines are
#: 15-40 characters; body paragraphs of the fixtures are 40-250.
TAIL_LINK_MAX_CHARS = 60

#: Elements that start a new line of visible text (<time> and <span> are inline: a date
#: line "<span>更新</span><time>…</time>" stays one line).
_BLOCK_TAGS = (
    *("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "dt"),
    *("dd", "section", "article", "header", "footer", "aside", "nav", "blockquote", "pre"),
    *("figure", "figcaption", "table", "ul", "ol", "dl", "main", "address", "center", "hr"),
)
_CODE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed")
_SENTENCE_END = ("。", "」", "！", "？")
_BYLINE_LINE = re.compile(
    r"^[(（]?(?:文|文・写真|取材・文|記者|執筆|筆者|編集|構成)\s*[・:：=＝/／]\s*"
    r"(?P<name>[^\s、。()（）]{2,20}(?:\s[^\s、。()（）]{1,10})?)\s*[)）]?$"
)


@dataclass(frozen=True, slots=True)
class ClutterRules:
    """Compiled ``data/clutter_html.txt``: exact lines, search patterns, list headings."""

    exact: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]


@cache
def clutter_rules() -> ClutterRules:
    """Load and compile ``data/clutter_html.txt`` (cached). Raises ValueError on a bad row."""
    text = (
        resources.files("storyline.extract")
        .joinpath("data/clutter_html.txt")
        .read_text(encoding="utf-8")
    )
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    tails: list[re.Pattern[str]] = []
    for number, row in enumerate(text.splitlines(), start=1):
        row = row.strip()
        if not row or row.startswith("#"):
            continue
        kind, sep, value = row.partition(":")
        if kind == "exact" and sep:
            exact.add(normalise_line(value).lower())
        elif kind == "re" and sep:
            patterns.append(re.compile(value, re.IGNORECASE))
        elif kind == "tail" and sep:
            tails.append(re.compile(value, re.IGNORECASE))
        else:
            raise ValueError(f"clutter_html.txt line {number}: unknown rule {row!r}")
    return ClutterRules(frozenset(exact), tuple(patterns), tuple(tails))


#: Lines longer than this are never clutter: furniture lines (buttons, prompts, notices,
#: promotions) run 2-90 characters on the fixtures and gold pages, while a body paragraph
#: that happens to contain "続きを読む" or "購読" is usually longer.
CLUTTER_MAX_CHARS = 120


def is_clutter_line(line: str) -> bool:
    """Say whether one body line is page furniture by the clutter list."""
    key = normalise_line(line)
    rules = clutter_rules()
    if not key or key.lower() in rules.exact:
        return True
    return len(key) <= CLUTTER_MAX_CHARS and any(p.search(key) for p in rules.patterns)


def _is_list_heading(line: str) -> bool:
    """Say whether ``line`` is a heading of a related/ranking list (a ``tail:`` rule)."""
    key = normalise_line(line).strip("■●◆◇□【】[]<>〈〉《》 ")
    return any(p.fullmatch(key) for p in clutter_rules().tails)


def _looks_like_text(line: str) -> bool:
    """Say whether ``line`` reads as article text rather than a link title."""
    stripped = line.strip()
    return len(stripped) > TAIL_LINK_MAX_CHARS or stripped.endswith(_SENTENCE_END)


def _is_title_line(line: str, titles: Sequence[str]) -> bool:
    """Say whether ``line`` is the headline: equal to a title candidate, or the part of one
    before a separator (``"見出し"`` for ``"見出し | 北海新報"``)."""
    key = normalise_line(line)
    for title in titles:
        other = normalise_line(title)
        if key == other:
            return True
        if len(key) < 5:
            continue
        if other.startswith(key) and other[len(key) :].lstrip()[:1] in _TITLE_SEPS:
            return True
        if other.endswith(key) and other[: -len(key)].rstrip()[-1:] in _TITLE_SEPS:
            return True
    return False


_TITLE_SEPS = frozenset("|｜-–—－/／:：\u3000 ")


@dataclass(frozen=True, slots=True)
class CleanLines:
    """Body lines after cleaning, the caption lines found among them, and the credit lines
    taken off the head and tail of the body (kicker, wire credit, reporter's name)."""

    body: list[str]
    captions: list[str]
    credits: list[str]
    byline: str | None = None


def clean_body_lines(lines: Sequence[str], *, titles: Sequence[str] = ()) -> CleanLines:
    """Clean extracted lines into body, captions and credits.

    Drops clutter lines, lines that are only a date, related-article lists (after a list
    heading such as "関連記事" every line up to the next one that reads as text), the header
    above and including a repeated headline, and trailing credits: a wire credit on its own
    line or at the end of the last paragraph ("…示した。（共同）"), a reporter's name
    ("（佐々木）", "文・山田太郎") and an author box (a name line and a short bio,
    captions.author_box_start).
    """
    body, captions = _filter_lines(lines)
    body, header = _drop_header(body, titles)
    body, fragments = _drop_closing_fragments(body)
    body, trailer, byline = _drop_trailer(body)
    body, more = _drop_closing_fragments(body)
    box = author_box_start(body, name=byline)  # "片岡 真理" / "…記者。ベルリン在住。"
    if box is not None:
        body, more = body[:box], body[box:] + more
    trailer = fragments + trailer + more
    while len(body) > 1 and not _JAPANESE.search(body[0]) and _JAPANESE.search(body[1]):
        # A line with no Japanese script opening a Japanese text is the English headline or
        # kicker of a bilingual page (held-out h77), not its first paragraph.
        header.append(body.pop(0))
    while len(body) > 1 and is_editorial_note(body[0]):
        header.append(body.pop(0))  # "この記事の英語版は…": a note opening the text
    lead = _BYLINE_LINE.match(normalise_space(body[0])) if body else None
    if lead and byline is None:
        byline = lead.group("name")
        header.append(body.pop(0))
    return CleanLines(body, captions, header + trailer, byline)


def _is_credit_line(line: str) -> bool:
    """Say whether ``line`` is a wire credit or a reporter's name that _drop_trailer reads."""
    from storyline.extract.wire import find_wire

    wire = find_wire(line)
    if wire and wire[1].strip() == line.strip():
        return True
    return bool(_BYLINE_LINE.match(normalise_space(line)) or _NAME_IN_BRACKETS.match(line))


def _drop_closing_fragments(body: list[str]) -> tuple[list[str], list[str]]:
    """Return ``(body, dropped)``: the furniture lines under the last sentence taken off
    (list items, "■…はこちら" prompts, department and telephone lines of a contact block;
    captions.is_closing_fragment) and editorial notes about the article. It stops at a wire credit or reporter's name, which
    _drop_trailer reads, and always keeps one line."""
    body, dropped = list(body), list[str]()
    while len(body) > 1 and not _is_credit_line(body[-1]):
        # An editorial note closing the text ("※本稿は筆者個人の見解です", "このページの情報は
        # 役に立ちましたか？") is about the article, not part of it (as in text.py).
        if not (is_closing_fragment(body[-1]) or is_editorial_note(body[-1])):
            break
        dropped.insert(0, body.pop())
    return body, dropped


def _filter_lines(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """Return ``(kept lines, caption lines)``: clutter, date lines and link lists dropped."""
    body: list[str] = []
    captions: list[str] = []
    in_list = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if _is_list_heading(line):
            in_list = True
            continue
        if in_list and not _looks_like_text(line):
            continue
        in_list = False
        if looks_like_caption(line):
            captions.append(line)
        elif not is_clutter_line(line) and not _is_date_line(line) and not _is_poster_line(line):
            body.append(line)
    return body, captions


#: A poster line: one short name word (a handle or title such as "マネー研究家", "匿名さん": at
#: most 12 characters, no digits or sentence punctuation), a space, then a date.
_POSTER_LINE = re.compile(r"^(?P<name>[^\s\d、。「」:|]{1,12})\s+(?P<date>\d.{5,40})$")


def _is_poster_line(line: str) -> bool:
    """Say whether a body line is a name and a timestamp ("匿名さん 2024/02/04 09:00"): the
    header of an answer or comment on a Q&A or forum page, never text. The date must carry a
    year and a time of day (a bare day after a word may be a heading). Used on body lines
    only: in the page header such a line is left to the date finder."""
    from storyline.extract.dates import parse_date_text

    m = _POSTER_LINE.match(normalise_line(line))
    if m is None:
        return False
    value = parse_date_text(m.group("date"))
    return value is not None and "T" in value and value[:4].isdigit()


def _is_date_line(line: str) -> bool:
    """Say whether ``line`` is only a date/time with labels ("2025年3月3日（月）付")."""
    from storyline.extract.dates import find_date_lines

    # Date lines are short; skip the parser for paragraphs.
    return len(line) <= 40 and bool(find_date_lines([line]))


#: The headline repeated in the body is looked for in this many first lines: above it sit
#: at most a kicker ("解説｜国会"), an agency line and a date line in the fixtures and gold pages.
HEADER_LINES = 4


def _drop_header(body: list[str], titles: Sequence[str]) -> tuple[list[str], list[str]]:
    """Drop the headline repeated near the top and the non-prose lines above it."""
    from storyline.extract.dates import is_prose_line

    for index, line in enumerate(body[:HEADER_LINES]):
        if _is_title_line(line, titles):
            return body[index + 1 :], body[:index]
        if is_prose_line(line):
            break
    return body, []


_TRAILING_BRACKET = re.compile(r"[（(\[【〔<《]([^（）()\[\]【】〔〕<>《》]{1,24})[）)\]】〕>》]$")
_NAME_IN_BRACKETS = re.compile(r"^[（(]([^\s（）()\d、。,.]{1,8})[）)]$")


def _drop_trailer(body: list[str]) -> tuple[list[str], list[str], str | None]:
    """Take wire credit lines and the reporter's name off the end of the body.

    Returns ``(body, credit texts, byline or None)``.
    """
    from storyline.extract.outlets import is_credit_name
    from storyline.extract.wire import find_wire, split_closing_credit

    body, credits, byline = list(body), [], None
    while body:
        last = body[-1]
        wire = find_wire(last)
        named = _BYLINE_LINE.match(normalise_space(last)) or _NAME_IN_BRACKETS.match(last)
        if wire and wire[1].strip() == last.strip():
            credits.append(body.pop())
        elif named and is_credit_name(named.groupdict().get("name") or named.group(1)):
            credits.append(body.pop())  # "（東亜通信）" alone: the source's credit, not a name
        elif named and byline is None and not wire:
            byline = (named.groupdict().get("name") or named.group(1)).strip()
            credits.append(body.pop())
        else:
            # A credit closing the last paragraph ("…示した。（共同）", "…出迎えた。（東亜通信）")
            # is a credit, not text: the same wire story on two sites should read the same
            # (tests/extract/gold). The paragraph before it is text and stays.
            tail = _TRAILING_BRACKET.search(last)
            split = split_closing_credit(last)
            if split:
                body[-1], credit = split
                credits.append(credit)
            elif tail and find_wire(tail.group(0)) and len(last) > len(tail.group(0)):
                body[-1] = last[: tail.start()].rstrip()
                credits.append(tail.group(0))
            break
    return body, credits, byline


# --------------------------------------------------------------------------- parsing


def parse_page(text: str) -> lxml_html.HtmlElement | None:
    """Parse HTML text into a tree; None when lxml finds no document in it."""
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        # ValueError: a str with an XML encoding declaration; retry without it.
        try:
            tree = lxml_html.document_fromstring(text.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None
    return tree if isinstance(tree, lxml_html.HtmlElement) else None


def _drop_all(doomed: list[lxml_html.HtmlElement]) -> int:
    """Drop every element of ``doomed`` still in the tree (an ancestor may have gone with an
    earlier one, taking it along); return how many were doomed."""
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return len(doomed)


def drop_ruby_readings(tree: lxml_html.HtmlElement) -> int:
    """Remove the readings of ruby text (``<rt>``, ``<rp>``) from ``tree`` in place; return
    how many elements went.

    Furigana pages (easy-Japanese news, school and government pages) print a reading above
    every kanji word; read as text, "地震<rt>じしん</rt>" would become "地震じしん" in the
    headline, body and captions. The base text stays; the tail after each reading is kept.
    """
    readings = list(tree.iter("rt", "rp"))
    for el in readings:
        el.drop_tree()
    return len(readings)


#: A page whose visible text outside scripts is shorter than this is an empty app shell
#: (``<div id="app"></div>``): its article, if any, is in the ``<noscript>`` fallback. The
#: shortest real page in the gold set shows several hundred characters; 40 is min_body_chars.
SHELL_TEXT_CHARS = 40
#: A ``<noscript>`` fallback holding at least this many characters is a whole page, not a
#: "JavaScriptを有効にしてください" notice (those run 20-60 characters; a short three-paragraph
#: item with its headline is ~190, so 100 sits between).
NOSCRIPT_PAGE_CHARS = 100


def unwrap_noscript_page(tree: lxml_html.HtmlElement) -> bool:
    """Make the ``<noscript>`` fallback of an app-shell page its visible content, in place.

    Single-page apps send an empty mount point and, for crawlers and readers without
    JavaScript, the article inside ``<noscript>`` (held-out h82). When the text outside
    scripts and noscript is shorter than SHELL_TEXT_CHARS and the noscript elements hold at
    least NOSCRIPT_PAGE_CHARS, their tags are dropped (children and text kept). Returns
    whether the page was unwrapped; a normal page with a noscript notice is left as it is.
    """
    body = tree.find("body")
    if body is None:
        return False
    fallbacks = list(body.iter("noscript"))
    if not fallbacks:
        return False
    shell = deepcopy(body)
    strip_code(shell)
    if len(normalise_space(shell.text_content())) >= SHELL_TEXT_CHARS:
        return False
    if sum(len(normalise_space(el.text_content())) for el in fallbacks) < NOSCRIPT_PAGE_CHARS:
        return False
    for el in fallbacks:
        el.drop_tag()
    return True


def strip_code(tree: lxml_html.HtmlElement) -> None:
    """Remove scripts, styles, embedded objects and HTML comments from ``tree`` in place."""
    for el in list(tree.iter(*_CODE_TAGS, etree.Comment, etree.ProcessingInstruction)):
        el.drop_tree() if isinstance(el, lxml_html.HtmlElement) else _remove_keep_tail(el)


def _remove_keep_tail(node: Any) -> None:
    """Remove a comment/PI node from its parent, keeping its tail text."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(node)


#: A table cell holding more text than this is page layout, not data: data cells (figures,
#: names, short labels) stay under ~40 characters in Japanese news tables, while layout cells
#: hold whole paragraphs (100+). 80 sits between; see tests/extract/data/html/layout_table_br.html.
LAYOUT_CELL_CHARS = 80
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")


#: class/id words of page furniture removed before extraction. Matched as whole words of the
#: class/id split at "-", "_", spaces and camelCase humps ("Article_inlineAd" -> article,
#: inline, ad), so "header" or "shadow" never match "ad".
_FURNITURE_WORDS = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adsense",
        "sponsor",
        "sponsored",
        "promo",
        "promotion",
        "newsletter",
        "banner",
        "share",
        "sns",
        "social",
        "ranking",
        "recommend",
        "recommended",
        "related",
        "breadcrumb",
        "pankuzu",
        "paywall",
        "subscribe",
        "outbrain",
        "taboola",
        # Embedded social posts (<blockquote class="twitter-tweet">, "instagram-media",
        # "tiktok-embed"): the quoted post is another author's text, not the article's.
        "tweet",
        "instagram",
        "tiktok",
        # Standfirst/deck under the headline ("dek", "standfirst", "subtitle"): a summary
        # written for the teaser, repeated by the body; not the article's first paragraph.
        "dek",
        "deck",
        "standfirst",
        "subtitle",
        "subhead",
        # Reporter profile boxes under the text ("取材した記者", "この記事を書いた人"): the
        # byline is read from the metadata and the header, never from the pruned tree.
        "author",
        "writer",
        "reporter",
        "profile",
        # Media players (<div class="video-player">: the embed, a play button, "再生時間 1分32秒"):
        # their labels are controls, never article text.
        "player",
        # Learner pages (held-out h77): vocabulary lists and quizzes under the text.
        "vocab",
        "vocabulary",
        "glossary",
        "quiz",
    }
)
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")


def prune_furniture(tree: lxml_html.HtmlElement) -> int:
    """Remove elements whose class/id names them ads, promotions, newsletters, share bars or
    related lists; return how many were removed.

    An element holding an <h1> or most of the page's paragraph text is never removed,
    whatever its class says.
    """
    total = sum(len(element_text(p)) for p in tree.iter("p")) or 1
    doomed = []
    for el in tree.iter(
        "div", "section", "aside", "ul", "ol", "p", "span", "nav", "figure", "blockquote"
    ):
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        words = {w.lower() for w in _WORD_SPLIT.split(marker) if w}
        if not words & _FURNITURE_WORDS or el.find(".//h1") is not None:
            continue
        # 0.5: the article container is the one element holding most paragraph text.
        if sum(len(element_text(p)) for p in el.iter("p")) > 0.5 * total:
            continue
        doomed.append(el)
    return _drop_all(doomed)


#: A block marked as another language is taken for a translation only when at most this
#: share of its characters is kana or kanji (an English paragraph with a Japanese name or
#: two stays under 5%; Japanese prose is above 50%).
FOREIGN_BLOCK_JAPANESE = 0.1


def _primary_language(value: str | None) -> str:
    """``"en"`` for ``lang="en-US"``; empty when there is none."""
    return (value or "").strip().lower().split("-")[0]


def prune_other_languages(tree: lxml_html.HtmlElement) -> int:
    """Remove the parts of a Japanese page marked as another language; return how many.

    Bilingual pages (held-out h77) print the Japanese text and its translation in blocks
    with their own ``lang``. When the root says ``lang="ja"``, a block whose ``lang`` names
    another language is the translation, not the article, unless it holds the ``<h1>`` or
    its text is in fact Japanese (a template that marks everything ``lang="en"``).
    """
    if _primary_language(tree.get("lang")) != "ja":
        return 0
    doomed = []
    for el in tree.iter("div", "section", "article", "p", "aside", "blockquote"):
        lang = _primary_language(el.get("lang"))
        if not lang or lang == "ja" or el.find(".//h1") is not None:
            continue
        text = element_text(el)
        if len(_JAPANESE.findall(text)) > FOREIGN_BLOCK_JAPANESE * len(text):
            continue
        doomed.append(el)
    return _drop_all(doomed)


def unwrap_layout_tables(tree: lxml_html.HtmlElement) -> int:
    """Turn layout tables of ``tree`` into ``<div>``s in place; return how many were changed.

    A table is layout when one of its cells holds block content (p, div, headings, lists, a
    nested table) or more than LAYOUT_CELL_CHARS characters. Old Japanese local sites set
    whole pages in tables; trafilatura either drops those tables or flattens them into one
    "| cell | cell |" line, losing the paragraphs.
    """
    layout = []
    for table in tree.iter("table"):
        for cell in table.iter("td", "th"):
            blocks = cell.find(".//p") is not None or cell.find(".//div") is not None
            blocks = blocks or cell.find(".//table") is not None or cell.find(".//h1") is not None
            if blocks or len(element_text(cell)) > LAYOUT_CELL_CHARS:
                layout.append(table)
                break
    # Rename only this table's own rows and cells: a data table nested in a layout cell
    # stays a table. Collect first, rename after, so ancestor checks see the original tags.
    owned = [
        [el for el in table.iter(*_TABLE_PARTS) if el is table or _owned_by(el, table)]
        for table in layout
    ]
    for elements in owned:
        for el in elements:
            el.tag = "div"
    return len(layout)


#: A block of bare text is a paragraph when it has at least this many characters and ends
#: like a sentence. Lead paragraphs set as ``<div class="summary">text</div>`` beside a
#: container of ``<p>``s run 60-150 characters; buttons, labels and dates in bare divs are
#: under 30 and do not end in 。. Measured on the held-out page h65 and the gold set.
TEXT_BLOCK_MIN_CHARS = 40
_INLINE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "ruby", "rb", "br"}
)
_BLOCK_CONTAINERS = ("div", "section")


def promote_text_blocks(tree: lxml_html.HtmlElement) -> int:
    """Rename ``<div>``/``<section>`` elements that hold one sentence-final paragraph of bare
    text (inline children only) to ``<p>``, in place; return how many were renamed.

    trafilatura, in precision mode, keeps the ``<p>`` of an article container but drops a
    sibling ``<div>`` written without ``<p>`` (broadcasters' lead "summary" blocks), losing
    the first paragraph. Only a lone text block is renamed: when its parent holds several
    (a page set wholly in ``<div>``s, as single-page apps do), trafilatura reads them as
    paragraphs already. Blocks inside a ``<p>`` are left alone.
    """
    changed = 0
    for el in list(tree.iter(*_BLOCK_CONTAINERS)):
        if not _is_text_block(el) or next(el.iterancestors("p"), None) is not None:
            continue
        parent = el.getparent()
        siblings = [c for c in parent if c is not el] if parent is not None else []
        if any(isinstance(c.tag, str) and _is_text_block(c) for c in siblings):
            continue
        text = element_text(el)
        if len(text) >= TEXT_BLOCK_MIN_CHARS and text.endswith(_SENTENCE_END):
            el.tag = "p"
            changed += 1
    return changed


def _is_text_block(el: lxml_html.HtmlElement) -> bool:
    """Say whether ``el`` is a div/section holding text and inline elements only."""
    return (
        el.tag in _BLOCK_CONTAINERS
        and all(isinstance(c.tag, str) and c.tag in _INLINE_TAGS for c in el)
        and bool(element_text(el))
    )


def unwrap_layout_lists(tree: lxml_html.HtmlElement) -> int:
    """Turn definition lists used as page layout into ``<div>``s in place; return how many.

    Some CMS templates set the whole story in one ``<dl>`` (headline in ``<dt>``, date,
    photo and text in ``<dd>``s). trafilatura reads such a list as bullet items, prefixes
    every item with "- " and runs the paragraphs of one ``<dd>`` together. A ``<dl>`` is
    layout when a ``<dd>`` holds paragraphs or more than LAYOUT_CELL_CHARS characters (a real
    glossary entry is a short definition). Lists nested inside it are left alone.
    """
    changed = 0
    for dl in list(tree.iter("dl")):
        items = [el for el in dl if el.tag in ("dt", "dd")]
        if not any(
            el.tag == "dd"
            and (el.find(".//p") is not None or len(element_text(el)) > LAYOUT_CELL_CHARS)
            for el in items
        ):
            continue
        for el in (dl, *items):
            el.tag = "div"
        changed += 1
    return changed


def _owned_by(element: lxml_html.HtmlElement, table: lxml_html.HtmlElement) -> bool:
    """Say whether ``element`` (a row, cell, ...) belongs to ``table`` itself, not to a table
    nested inside it."""
    return element.tag != "table" and next(element.iterancestors("table"), None) is table


def visible_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the page's visible text as lines, one per block element (tree not modified)."""
    body = tree.find("body")
    # <head> text (the <title>) is not visible; pages without <body> are read whole.
    work = deepcopy(body if body is not None else tree)
    strip_code(work)
    for el in work.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    # A date in an inline element of its own ("<span class=date>…</span><span
    # class=author>…</span>") gets its own line, so the date finder sees a clean date line.
    for el in [*work.xpath(_DATE_ELEMENTS), *_date_only_inlines(work)]:
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    lines = (normalise_space(t) for t in work.text_content().splitlines())
    return [t for t in lines if t]


#: Inline elements whose whole text is a date ("<span>2025年7月22日</span>" beside the
#: reporter's name) are given a line of their own, whatever their class. Date lines run up
#: to ~30 characters with labels and weekday; 40 leaves room and skips sentences.
DATE_INLINE_CHARS = 40
_DATE_START = re.compile(r"^\D{0,8}(?:\d{4}|令和|平成)")


def _date_only_inlines(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Inline elements (span, em, small, font, b, strong) holding only a date line."""
    from storyline.extract.dates import is_date_line

    found = []
    for el in tree.iter("span", "em", "small", "font", "b", "strong"):
        text = normalise_line(el.text_content())
        if 6 <= len(text) <= DATE_INLINE_CHARS and _DATE_START.match(text) and is_date_line(text):
            found.append(el)
    return found


_SPACES = re.compile(r"[ \t\xa0]+")
_DATE_ELEMENTS = (
    "//time | //*[self::span or self::em or self::small or self::font]"
    "[contains(@class,'date') or contains(@class,'time') or contains(@class,'pubdate')]"
)


def normalise_space(text: str) -> str:
    """Collapse runs of ASCII/no-break spaces to one and strip the ends (incl. the
    ideographic indent of Japanese paragraphs; an ideographic space inside is kept)."""
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------------- body cascade


@cache
def _trafilatura_config() -> Any:
    """Return a trafilatura config with the extraction floor set for Japanese (cached)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(TRAFILATURA_MIN_EXTRACTED))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def trafilatura_lines(tree: lxml_html.HtmlElement, url: str | None) -> list[str]:
    """Return the lines trafilatura extracts as the main text of ``tree`` (may be empty).

    Settings for news: no comments; no tables (data tables such as stock lists are not
    article text, and tables that hold the text were turned into divs beforehand by
    unwrap_layout_tables); precision focus, which prunes share bars, related lists and
    captions, and never swaps a short result for a whole-page dump (balanced mode does below
    MIN_EXTRACTED_SIZE). Measured on tests/extract/data/html and the gold set
    (tests/extract/gold, html rows): same body score, fewer dumps.
    """
    from trafilatura import bare_extraction

    document = bare_extraction(
        _hide_ideographic_spaces(deepcopy(tree)),
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
        config=_trafilatura_config(),
    )
    text = (getattr(document, "text", None) or "").replace(_IDEOGRAPHIC_MARK, "\u3000")
    return [normalise_space(t) for t in text.splitlines() if t.strip()]


#: trafilatura collapses every Unicode space, the ideographic space (U+3000) included, into
#: " ", so "「よりそう　1.17」" or "第1部　開会式" in a paragraph would come out changed. The
#: stored body keeps the page's text: U+3000 is swapped for U+303F IDEOGRAPHIC HALF FILL SPACE
#: (not whitespace to Python, so trafilatura keeps it; private-use characters it deletes)
#: before trafilatura and swapped back after it. U+303F is a font-layout symbol no news page
#: was found to use; one that does would get U+3000 in its place.
_IDEOGRAPHIC_MARK = "\u303f"


def _hide_ideographic_spaces(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """Replace U+3000 by _IDEOGRAPHIC_MARK in the text of ``tree`` (in place); return it."""
    for el in tree.iter():
        if el.text and "\u3000" in el.text:
            el.text = el.text.replace("\u3000", _IDEOGRAPHIC_MARK)
        if el.tail and "\u3000" in el.tail:
            el.tail = el.tail.replace("\u3000", _IDEOGRAPHIC_MARK)
    return tree


def article_paragraph_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the ``<p>`` texts of the ``<article>``/``<main>`` element with the most of them."""
    best: list[str] = []
    for container in tree.iter("article", "main"):
        texts = [element_text(p) for p in container.iter("p")]
        texts = [t for t in texts if t]
        if sum(map(len, texts)) > sum(map(len, best)):
            best = texts
    return best


def baseline_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the lines of trafilatura's ``baseline`` extraction of ``tree``."""
    from trafilatura import baseline

    _, text, _ = baseline(deepcopy(tree))
    return [normalise_space(t) for t in text.splitlines() if t.strip()]


def extract_body(
    tree: lxml_html.HtmlElement, *, url: str | None, titles: Sequence[str], min_chars: int
) -> tuple[CleanLines, str]:
    """Run the body cascade on a caption-free tree.

    Returns ``(cleaned lines, method)``; method is "trafilatura", "article", "baseline", or
    "none" when no step reached ``min_chars`` (the longest result is returned then).
    """
    steps: tuple[tuple[str, Callable[[], list[str]]], ...] = (
        ("trafilatura", lambda: trafilatura_lines(tree, url)),
        ("article", lambda: article_paragraph_lines(tree)),
        ("baseline", lambda: baseline_lines(tree)),
    )
    best = CleanLines([], [], [])
    for method, step in steps:
        cleaned = clean_body_lines(step(), titles=titles)
        if _chars(cleaned.body) >= min_chars:
            return cleaned, method
        if _chars(cleaned.body) > _chars(best.body):
            best = cleaned
    return best, "none"


def _chars(lines: Iterable[str]) -> int:
    """Return the total length of ``lines``."""
    return sum(len(line) for line in lines)


# --------------------------------------------------------------------------- metadata helpers


def _title_index(lines: Sequence[str], title: str | None) -> int | None:
    """Return the index of the page line that holds the title, if any."""
    if not title:
        return None
    key = normalise_line(title)
    for index, line in enumerate(lines):
        if key and key in normalise_line(line):
            return index
    return None


_COPYRIGHT = re.compile(
    r"(?i)(?:copyright|©|\(c\))\s*(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–~]\s*\d{4})?)?[\s,.]*"
    r"(?P<name>[^\s,.].*?)\s*(?:[.,]?\s*all rights reserved.*|記事の無断.*|無断.*)?$"
)


def copyright_holders(lines: Sequence[str]) -> list[str]:
    """Return the holder names of copyright lines ("Copyright © 2024 北海新報社" -> 北海新報社)."""
    holders = []
    for line in lines:
        match = _COPYRIGHT.search(normalise_line(line))
        if match and 2 <= len(match.group("name")) <= 40:
            holders.append(match.group("name").strip())
    return holders


def cited_link_urls(tree: lxml_html.HtmlElement, base_url: str | None) -> list[str]:
    """Return hrefs of links labelled as sources (出典/引用元/ソース/参照元), in page order.

    A link counts when its own text, title or aria-label, or the text just before it in the
    same block, names it a source.
    """
    label = re.compile(r"(出典|引用元|引用|ソース|参照元|情報元|画像元|source)", re.IGNORECASE)
    found: list[str] = []
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        if base_url:
            href = _absolute(href, base_url)
        if not href.startswith(("http://", "https://")) or href in found:
            continue
        parent = link.getparent()
        before = (parent.text or "") if parent is not None else ""
        previous = link.getprevious()
        if previous is not None:
            before = previous.tail or ""
        own = f"{element_text(link)} {link.get('title', '')} {link.get('aria-label', '')}"
        if label.search(own) or label.search(before[-20:]):
            found.append(href)
    return found


#: Headings of a block of links to the story's sources outside the site (tech and science
#: sites list the press release and the official page under "関連リンク"). Only links to
#: another host count: a "関連リンク" block of the site's own articles links within the site.
_SOURCE_LINKS_HEADING = re.compile(
    r"[■●◆【\[]?\s*(?:関連リンク|外部リンク|参考リンク|参考サイト|参考URL|参考資料|情報源)\s*[】\]]?"
)


def source_list_urls(tree: lxml_html.HtmlElement, base_url: str | None) -> list[str]:
    """Return the external links listed under a source-links heading ("関連リンク"), in order.

    The heading is an element whose whole text is the label and that holds no link itself;
    the links are those in the elements after it under the same parent. A link counts when
    it is absolute and, if the page's URL is known, on another host (relative links and
    same-host links are the site's own pages).
    """
    from urllib.parse import urlsplit

    own_host = (urlsplit(base_url).hostname or "") if base_url else ""
    found: list[str] = []
    for heading in tree.iter():
        if not isinstance(heading.tag, str) or heading.tag in ("a", "html", "body"):
            continue
        if heading.find(".//a") is not None:
            continue
        if not _SOURCE_LINKS_HEADING.fullmatch(normalise_line(element_text(heading))):
            continue
        for sibling in heading.itersiblings():
            for link in sibling.iter("a"):
                href = (link.get("href") or "").strip()
                host = urlsplit(href).hostname or ""
                if href.startswith(("http://", "https://")) and host != own_host:
                    found.append(href)
    return list(dict.fromkeys(found))


def _absolute(href: str, base_url: str) -> str:
    """Resolve ``href`` against ``base_url``."""
    from urllib.parse import urljoin

    return urljoin(base_url, href)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Page:
    """What extract_html reads from a page before building the Article."""

    meta: PageMetadata
    lines: list[str]
    cleaned: CleanLines
    captions: tuple[str, ...]
    method: str
    links: list[str]
    logos: list[str]
    url: str | None = None


_SITE_NAME_ELEMENTS = (
    "//*[contains(@id,'sitename') or contains(@class,'sitename') or contains(@class,'site-name')"
    " or contains(@id,'site-name') or @class='logo' or @id='logo' or contains(@class,'site-logo')]"
)


def logo_names(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the site's name as its logo shows it: alt text of a logo image (an image linking
    to the home page, or whose src/class/id says logo/title) and site-name headings."""
    names: list[str] = []
    home = re.compile(r"^(?:\.{0,2}/)*(?:index\.html?)?$|^https?://[^/]+/?$")
    marker = re.compile(
        r"(?i)logo|sitename|site-name|site_title|site-title|masthead|title\.(gif|png|jpe?g|svg)"
    )
    for img in tree.iter("img"):
        alt = normalise_space(img.get("alt") or "")
        link = next(img.iterancestors("a"), None)
        to_home = link is not None and bool(home.match((link.get("href") or "").strip()))
        marked = marker.search(f"{img.get('src', '')} {img.get('class', '')} {img.get('id', '')}")
        if 2 <= len(alt) <= 30 and (to_home or marked) and alt not in names:
            names.append(alt)
    for el in tree.xpath(_SITE_NAME_ELEMENTS):
        text = element_text(el)
        if 2 <= len(text) <= 30 and text not in names:
            names.append(text)
    return names


def read_page(tree: lxml_html.HtmlElement, doc: RawDocument, settings: ExtractSettings) -> _Page:
    """Read metadata, visible lines, captions and the body lines of a parsed page."""
    meta = read_metadata(tree, tz=settings.timezone)
    lines = visible_lines(tree)
    work = deepcopy(tree)
    strip_code(work)
    unwrap_layout_tables(work)
    unwrap_layout_lists(work)
    promote_text_blocks(work)
    links = cited_link_urls(work, doc.url) + source_list_urls(work, doc.url)
    logos = logo_names(work)
    prune_other_languages(work)
    prune_furniture(work)
    element_captions = pop_caption_elements(work)
    cleaned, method = extract_body(
        work, url=doc.url, titles=meta.titles, min_chars=settings.min_body_chars
    )
    captions = tuple(dict.fromkeys((*element_captions, *cleaned.captions)))
    return _Page(
        meta=meta,
        lines=lines,
        cleaned=cleaned,
        captions=captions,
        method=method,
        links=links,
        logos=logos,
        url=doc.url,
    )


def extract_html_page(
    doc: RawDocument, *, settings: ExtractSettings, producer: str
) -> Article | Rejected:
    """Extract an Article from an HTML RawDocument (see module docstring); never raises on purpose.

    Returns Rejected(stage="extract") with reason "broken_html" when lxml finds no document,
    "no_article" when the body stays under ``settings.min_body_chars``.
    """
    tree = parse_page(doc.text)
    if tree is not None:
        drop_ruby_readings(tree)
        unwrap_noscript_page(tree)
    if tree is None:
        return Rejected(
            source=doc.source,
            stage="extract",
            reason="broken_html",
            detail="lxml found no HTML document in the page",
        )
    page = read_page(tree, doc, settings)
    if _chars(page.cleaned.body) < settings.min_body_chars:
        return Rejected(
            source=doc.source,
            stage="extract",
            reason="no_article",
            detail=f"the body has {_chars(page.cleaned.body)} characters after extraction "
            f"(minimum {settings.min_body_chars}); methods tried: trafilatura, article, baseline",
        )
    return _build_article(doc, page, settings=settings, producer=producer)


def _choose_title(titles: Sequence[str], names: Sequence[str], lines: Sequence[str]) -> str | None:
    """Return the best headline without the site name (see metadata.strip_site_name).

    Candidates that are the site's name (an <h1> holding the logo text) are skipped. When the
    best candidate still carries an unknown prefix or suffix ("信越日報ニュース：見出し") and
    the page prints the headline alone on a line, that line is taken: the visible headline
    is what <title> decorates.
    """
    stripped = [_drop_translation(strip_site_name(t, names)) for t in titles]
    stripped = [t for t in stripped if t and not is_site_name(t, names, loose=True)]
    if not stripped:
        return None
    best = _printed_choice(stripped, lines)
    for other in stripped[1:]:
        rest = best[len(other) :].lstrip()
        if other != best and best.startswith(other) and rest[:1] in _TITLE_SEPS:
            best = other
    return _visible_headline(best, lines) or best


#: A title part in Latin letters with at least this many words is a translation of the
#: headline ("高市早苗氏、初の女性首相に選出 | Takaichi elected Japan's first female prime
#: minister", held-out h77); romanised site names ("Nichiei News") have two or three words
#: but are stripped as site names before, and product names ("iPhone 16") have fewer.
TRANSLATION_WORDS = 4
_TRANSLATION_SEPARATOR = re.compile(r"\s+[|｜/／]\s+|[|｜]")


def _drop_translation(title: str) -> str:
    """``title`` without the parts that are an English rendering of the Japanese headline."""
    parts = [p.strip() for p in _TRANSLATION_SEPARATOR.split(title) if p.strip()]
    kept = [p for p in parts if _JAPANESE.search(p) or len(p.split()) < TRANSLATION_WORDS]
    if len(parts) < 2 or not kept or len(kept) == len(parts):
        return title
    return " ".join(kept)


def _printed_choice(candidates: Sequence[str], lines: Sequence[str]) -> str:
    """The first candidate, unless it is not printed on the page while a later candidate that
    two sources agree on (``<h1>`` and ``<title>``) is: og:title is then a social-media
    variant ("【速報】大谷がやった！…", held-out h75), not the page's headline."""
    first = candidates[0]
    printed = {normalise_line(line) for line in lines}
    if normalise_line(first) in printed:
        return first
    keys = [normalise_line(c) for c in candidates]
    for candidate, key in zip(candidates[1:], keys[1:], strict=True):
        if key in printed and keys.count(key) >= 2:
            return candidate
    return first


#: A page line shorter than this is not taken for the headline inside a longer <title>
#: (section names such as "国際ニュース" are 4-8 characters; headlines are 12-40).
MIN_HEADLINE_CHARS = 10


def _visible_headline(title: str, lines: Sequence[str]) -> str | None:
    """Return the longest page line that ``title`` starts or ends with (None if the title
    itself is a page line or no line fits)."""
    key = normalise_line(title)
    best: str | None = None
    for line in lines:
        other = normalise_line(line)
        if other == key:
            return None
        if len(other) < MIN_HEADLINE_CHARS or len(other) >= len(key):
            continue
        if (key.endswith(other) or key.startswith(other)) and (
            best is None or len(line) > len(best)
        ):
            best = line
    return best


def _published(
    page: _Page, title: str | None, tz: str
) -> tuple[str | None, str | None, str | None]:
    """Return ``(published, published_text, modified)`` from metadata, else the visible text.

    A visible date line is used when the metadata has no publication time, or when the
    metadata gives only the day and the visible line gives the same day with a time.
    """
    from storyline.extract.dates import (
        find_date_lines,
        find_footer_date,
        find_labelled_date_above,
    )

    meta = page.meta
    matches = find_date_lines(page.lines, tz=tz, title_index=_title_index(page.lines, title))
    visible = next((m for m in matches if m.kind == "published"), None)
    visible_modified = next((m for m in matches if m.kind == "modified"), None)
    if visible is None and meta.published is None and visible_modified is not None:
        # The page shows only an update time ("［2025/03/20 10:05 更新］"): many Japanese
        # sites print no other, and it is the time the text was published in this form.
        visible = visible_modified
    published, text = meta.published, meta.published_text
    if visible is not None and (
        published is None
        or (len(published) == 10 and "T" in visible.value and visible.value.startswith(published))
    ):
        published, text = visible.value, visible.text
    modified = meta.modified or (visible_modified.value if visible_modified else None)
    if published is None:
        published, text = _date_near_title(page.lines, _title_index(page.lines, title), tz)
    if published is None and modified is None and page.cleaned.body:
        # No date above the text: a labelled date under it ("2025年1月29日 掲載").
        end = _title_index(page.lines, page.cleaned.body[-1][:40])
        footer = find_footer_date(page.lines, start=end + 1, tz=tz) if end is not None else None
        if footer is not None:
            published, text = footer.value, footer.text
    title_index = _title_index(page.lines, title)
    if published is None and modified is None and title_index is not None:
        # A labelled issue line far above the headline ("Vol.212 2025年6月26日配信").
        above = find_labelled_date_above(page.lines, title_index=title_index, tz=tz)
        if above is not None:
            published, text = above.value, above.text
    if published is None and modified is None:
        # No date printed anywhere: the day the CMS filed the page under in its URL path
        # (canonical link, og:url, then the address it was fetched from).
        published, text = _url_date([*page.meta.page_urls, page.url or ""])
    return published, text, modified


def _url_date(urls: Sequence[str]) -> tuple[str | None, str | None]:
    """Return ``(day, url)`` for the first URL whose path holds a date, else (None, None)."""
    from storyline.extract.dates import date_from_url

    for url in urls:
        value = date_from_url(url)
        if value is not None:
            return value, url
    return None, None


def _date_near_title(
    lines: Sequence[str], title_index: int | None, tz: str
) -> tuple[str | None, str | None]:
    """Return a full date-and-time printed within two lines of the headline, with a label
    beside it ("全国ニュース　2025年3月31日 22時10分"), as ``(value, line)``.

    Only values with a year and a time of day count: a bare "3月2日" near the headline is as
    often a back-number link as the date of the article.
    """
    from storyline.extract.dates import parse_date_text

    if title_index is None:
        return None, None
    for index in range(max(0, title_index - 2), min(len(lines), title_index + 3)):
        value = parse_date_text(lines[index], tz=tz) if index != title_index else None
        if value and "T" in value and value[:4].isdigit():
            return value, lines[index]
    return None, None


def _wire(body: str, credits: Sequence[str], orgs: Sequence[str]) -> str | None:
    """Return the wire agency: a credit in the body, else in byline/credit lines, else an
    agency named as author or copyright holder (wire copy reprinted under the agency's notice).
    """
    from storyline.extract.outlets import outlet_named
    from storyline.extract.wire import find_wire

    found = find_wire(body) or find_wire("\n".join(credits))
    if found:
        return found[0]
    # A credit line that is only the agency's name ("共同通信", "（共同通信）").
    bare = [c.strip().strip("（）()[]［］【】〔〕 ") for c in credits]
    for name in [*bare, *orgs]:
        outlet = outlet_named(name)
        if outlet is not None and outlet.is_wire:
            return outlet.name
    return None


_SITE_SUFFIX = re.compile(
    r"(?i)\s*(?:デジタル|電子版|オンライン|online|web|news|ニュース|公式サイト|[(（][^()（）]{1,20}[)）])$"
    # A site named by its domain ("GNN.co.jp", "example.com"): the name is the part before.
    r"|\.(?:(?:co|ne|or|ac|go)\.jp|jp|com|net|org|info)$"
)
_NEWS_SUFFIX = re.compile(r"(?i)(?<=\S)(?:news|ニュース)$")
_OUTLET_WORD = re.compile(
    r"(新聞|新報|日報|民報|時報|通信|テレビ|放送|タイムス|タイムズ|TV)$", re.I
)
#: "南海民報社" -> "南海民報": the company behind a paper, named in its copyright line.
_COMPANY_SUFFIX = re.compile(r"(新聞|日報|民報|新報|時報|通信|タイムス|タイムズ|放送)社$")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: A Japanese site name followed by its romanised form of two or more words ("にちえいニュース
#: Nichiei News", "北海新報 Hokkai Shimpo"); one Latin word may be part of the brand.
_ROMANISED_TAIL = re.compile(
    r"^(?P<name>.*[\u3040-\u30ff\u4e00-\u9fff]\S*)\s+[A-Za-z][\w.&'-]*(?:\s+[A-Za-z][\w.&'-]*)+$"
)


def _outlet_name(name: str) -> str:
    """Canonicalise ``name``; an outlet the gazetteer does not know loses a site suffix
    ("日本中央新聞デジタル" -> "日本中央新聞", "FRONTLINE(フロントライン)" -> "FRONTLINE")."""
    from storyline.extract.outlets import canonical_publisher, outlet_named

    if outlet_named(name) is not None:
        return canonical_publisher(name)
    romanised = _ROMANISED_TAIL.match(name)
    if romanised:
        name = romanised.group("name")  # "にちえいニュース Nichiei News" -> "にちえいニュース"
    name = canonical_publisher(name)
    shorter = _COMPANY_SUFFIX.sub(r"\1", _SITE_SUFFIX.sub("", name)).strip()
    if _NEWS_SUFFIX.search(name) and not _OUTLET_WORD.search(shorter):
        # "さくらテレビ NEWS" -> "さくらテレビ", but "つばめニュース" stays: "ニュース" is part
        # of a name unless what is left is an outlet by itself (…テレビ, …新聞, …通信).
        return name
    return shorter if len(shorter) >= 2 else name


#: The masthead is printed within this many first lines of the page.
MASTHEAD_LINES = 10
_LEGAL_FORM = re.compile(r"^(?:株式会社|（株）|\(株\))|(?:株式会社|（株）|\(株\))$")
_TITLE_PARTS = re.compile(r"\s*(?:[|｜:：/／\u3000]|\s-\s)\s*")


def _masthead_names(titles: Sequence[str], lines: Sequence[str]) -> list[str]:
    """Return parts of the <title> that the page also prints at the start of one of its
    first lines: the site name in a text masthead ("ベースボール通信　大リーグ情報：…")."""
    if not titles:
        return []
    parts = [p for p in _TITLE_PARTS.split(titles[-1]) if p]
    # The headline is the part the other candidates (og:title, <h1>) repeat; a <title>
    # without separators has no site part.
    others = " ".join(titles[:-1])
    parts = [p for p in parts if 2 <= len(p) <= 20 and p not in others] if len(parts) > 1 else []
    # The site's name is the part printed nearest the top of the page: a section name in the
    # <title> ("見出し - 政治リポート | あおば放送") is printed lower, as a series banner.
    found: list[tuple[int, str]] = []
    for part in dict.fromkeys((parts[0], parts[-1])) if parts else ():
        # The logo prints the name without the legal form the <title> adds ("株式会社…").
        short = _LEGAL_FORM.sub("", part).strip() or part
        for index, line in enumerate(lines[:MASTHEAD_LINES]):
            rest = line[len(short) :]
            if line.startswith(short) and (not rest or rest[0] in " \u3000|｜-"):
                found.append((index, part))
                break
    return [part for _, part in sorted(found)]


def _above_headline(lines: Sequence[str], titles: Sequence[str]) -> list[str]:
    """The lines before the first one that is the headline (a masthead is printed above it)."""
    for index, line in enumerate(lines):
        if _is_title_line(line, titles):
            return list(lines[:index])
    return list(lines)


def _printed_part(site_name: str, lines: Sequence[str]) -> str:
    """``site_name`` or, when it is "<outlet> <product>" ("やまと放送協会 やさしいニュース") and
    the page prints the outlet part alone on a line of its own (the footer's company line),
    that outlet part: the product or section name is not the publisher."""
    parts = site_name.split()
    if len(parts) < 2 or len(parts[0]) < 2 or not _JAPANESE.search(parts[0]):
        return site_name
    key = normalise_line(parts[0])
    return parts[0] if any(normalise_line(line) == key for line in lines) else site_name


def _publisher(page: _Page, url_publisher: str | None, wire: str | None) -> str | None:
    """Return the outlet that published the page.

    Candidates, best first: og:site_name / JSON-LD publisher, the URL's outlet, the logo's
    alt text, a name printed on the page (copyright or site-name line, never the wire
    agency). A Japanese-language site prints its Japanese name somewhere: an unknown name in
    Latin letters only ("Shinetsu Nippo" in the copyright line) gives way to a later
    candidate in Japanese.
    """
    from storyline.extract.outlets import find_publisher_in_lines, masthead_name

    site = [_printed_part(n, page.lines) for n in page.meta.site_names[:1]]
    # A name that both the <title> and the top line print ("ベースボール通信　大リーグ情報：…"
    # over a masthead "ベースボール通信 プロ野球・…") outranks names read off link and
    # copyright lines ("■大リーグ情報トップへ戻る" is a section's top link).
    raw = [*site, url_publisher, *page.logos, *_masthead_names(page.meta.titles, page.lines)]
    raw.append(find_publisher_in_lines(page.lines, exclude_wire=wire))
    candidates = [_outlet_name(n) for n in raw if n]
    candidates = [c for c in candidates if c and c != wire] or candidates
    if not any(_JAPANESE.search(c) for c in candidates):
        # Only a romanised name so far ("Uchu Kagaku Shimpo" in JSON-LD and the copyright
        # line): a Japanese site prints its Japanese name in the masthead line.
        # The <title> (last candidate) of such pages is often the site name alone: it must not
        # hide the masthead line that repeats it.
        headlines = page.meta.titles[:-1] or page.meta.titles
        top = masthead_name(_above_headline(page.lines[:MASTHEAD_LINES], headlines))
        candidates += [_outlet_name(top)] if top and _JAPANESE.search(top) else []
    if not candidates:
        return None
    japanese = [c for c in candidates if _JAPANESE.search(c)]
    return candidates[0] if _JAPANESE.search(candidates[0]) or not japanese else japanese[0]


#: Page lines looked at above the first body line for the headline, the date and credits
#: (kicker, headline, date, agency and byline lines sit there on every gold page).
HEADER_SPAN = 5


def _header_lines(lines: Sequence[str], first_body_line: str) -> list[str]:
    """Return the page lines just above the first body line (at most HEADER_SPAN)."""
    key = normalise_line(first_body_line)[:20]
    for index, line in enumerate(lines):
        if key and normalise_line(line).startswith(key):
            return list(lines[max(0, index - HEADER_SPAN) : index])
    return []


def _headline_above(header: Sequence[str]) -> str | None:
    """Return the headline among the lines above the body: the nearest line that is not a
    date, credit, clutter or prose line and is long enough to be a headline."""
    from storyline.extract.dates import is_prose_line
    from storyline.extract.wire import find_wire

    for line in reversed(header):
        if _is_date_line(line) or find_wire(line) or is_clutter_line(line):
            continue
        if is_prose_line(line):
            return None
        if len(line) >= MIN_HEADLINE_CHARS:
            return line
    return None


#: Lines at the edges of the body that name the publisher and are at most this long are a
#: sender or signature block ("株式会社東北みなと銀行　経営企画部　広報グループ"), not text.
NAME_LINE_CHARS = 60


def _trim_name_lines(lines: Sequence[str], names: Sequence[str]) -> list[str]:
    """Drop short non-sentence lines naming the publisher from the start and end of the body."""
    from storyline.extract.wire import split_closing_credit

    keys = {k for n in names if len(k := normalise_line(n).replace(" ", "")) >= 2}

    def is_name_line(line: str) -> bool:
        key = normalise_line(line).replace(" ", "")
        # A sentence signed with the publisher's name ("…出迎えた。（東亜通信）") is text.
        sentence = key.endswith("。") or split_closing_credit(key) is not None
        return len(key) <= NAME_LINE_CHARS and not sentence and any(k in key for k in keys)

    body = list(lines)
    while len(body) > 1 and is_name_line(body[0]):
        body.pop(0)
    while len(body) > 1 and is_name_line(body[-1]):
        body.pop()
    return body


def _build_article(
    doc: RawDocument, page: _Page, *, settings: ExtractSettings, producer: str
) -> Article:
    """Assemble the Article from what read_page found."""
    from storyline.extract.outlets import canonical_publisher, publisher_from_url
    from storyline.extract.wire import find_cited_urls

    meta = page.meta
    header = _header_lines(page.lines, page.cleaned.body[0])
    holders = copyright_holders(page.lines)
    credits = [*page.cleaned.credits, *header]
    orgs = [*meta.author_orgs, *meta.authors, *holders]
    wire = _wire("\n\n".join(page.cleaned.body), credits, orgs)
    url_publisher = publisher_from_url(doc.url) if doc.url else None
    publisher = _publisher(page, url_publisher, wire)
    names = [*meta.site_names, *(canonical_publisher(n) for n in meta.site_names), *page.logos]
    names += [n for n in (url_publisher, publisher) if n]
    body = "\n\n".join(_trim_name_lines(page.cleaned.body, names))
    title = _choose_title(meta.titles, names, page.lines) or _headline_above(header)
    published, published_text, modified = _published(page, title, settings.timezone)
    cited = dict.fromkeys((*find_cited_urls("\n".join(page.lines)), *meta.cited_urls, *page.links))
    return Article(
        id=doc.id,
        source=doc.source,
        input_hash=doc.sha256,
        producer=producer,
        body=body,
        title=title,
        url=doc.url,
        published=published,
        published_text=published_text,
        modified=modified,
        publisher=publisher,
        wire=wire,
        byline="、".join(meta.authors) if meta.authors else page.cleaned.byline,
        captions=page.captions,
        cited_urls=tuple(cited),
        errors=meta.errors,
        format="html",
    )
