"""Photo captions of HTML pages: find them, take them out of the tree, recognise caption lines.

Captions are kept out of the article body (a photo "taken on 13 February" is not an event of
the story) and stored in ``Article.captions``. Two sources:

* elements: ``<figcaption>``, and elements whose class/id says caption or photo text
  (:func:`pop_caption_elements`, which removes them from the tree it is given);
* lines: paragraphs that read like captions by their wording
  (:func:`looks_like_caption`, patterns in ``data/caption_patterns.txt``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

from lxml import html as lxml_html

#: A caption longer than this is a paragraph that happens to mention a photo. Japanese
#: newspaper captions run 15-80 characters and wire captions with a credit up to ~150; 200
#: leaves room for two-sentence wire captions without catching body paragraphs (body paragraphs
#: of the fixtures and the seeds run 60-250 characters, but those end with 。, see below).
MAX_CAPTION_CHARS = 200

#: class/id words that mark an element holding caption text. Matched as whole tokens of the
#: class/id split on non-letters (so "photo-caption", "captionText", "img_cap" match, while
#: "escape" or "capital" do not).
_CAPTION_ATTR = re.compile(
    r"(?i)(?:^|[^a-z])(caption|figcaption|cap|photo[-_]?(?:text|txt|desc|cap|credit)|"
    r"img[-_]?(?:cap|txt|text|desc)|image[-_]?(?:cap|caption|text|desc|credit)|"
    r"figure[-_]?(?:text|txt|desc)|photocap|imgcap|picture[-_]?text)(?:$|[^a-z])"
)

_WS = re.compile(r"\s+")
# Only ASCII whitespace: the ideographic space (U+3000) separates parts of Japanese headlines
# and is kept in stored text.
_ASCII_WS = re.compile(r"[ \t\r\n\f\v]+")


@cache
def caption_patterns() -> tuple[re.Pattern[str], ...]:
    """Return the compiled caption patterns from ``data/caption_patterns.txt`` (cached)."""
    text = (
        resources.files("storyline.extract")
        .joinpath("data/caption_patterns.txt")
        .read_text(encoding="utf-8")
    )
    rows = (line.strip() for line in text.splitlines())
    return tuple(re.compile(row) for row in rows if row and not row.startswith("#"))


def normalise_line(text: str) -> str:
    """Return ``text`` NFKC-normalised with whitespace runs collapsed to one space.

    Used only as a matching key; stored text keeps its original form.
    """
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def looks_like_caption(text: str) -> bool:
    """Say whether a paragraph reads like a photo caption.

    True when it is short (<= MAX_CAPTION_CHARS), does not end like a sentence (。) and
    matches one of the caption patterns (…撮影, ＝2日、…, （写真：…）, (2025年 ロイター/…)).
    """
    key = normalise_line(text)
    if not key or len(key) > MAX_CAPTION_CHARS or key.endswith("。"):
        return False
    return any(p.search(key) for p in caption_patterns())


def element_text(element: lxml_html.HtmlElement) -> str:
    """Return the visible text of ``element`` with whitespace collapsed."""
    return _ASCII_WS.sub(" ", element.text_content()).strip()


def _is_caption_element(element: lxml_html.HtmlElement) -> bool:
    """Say whether ``element`` holds caption text by its tag or class/id."""
    if element.tag == "figcaption":
        return True
    marker = f"{element.get('class', '')} {element.get('id', '')}"
    if not _CAPTION_ATTR.search(marker):
        return False
    # A container that holds the article's paragraphs or heading is not a caption, whatever
    # its class says (some templates call the whole story block "photo-text-body").
    if element.find(".//h1") is not None or len(element.findall(".//p")) > 2:
        return False
    return len(element_text(element)) <= MAX_CAPTION_CHARS


#: Containers in which an image's caption sits beside it (old table layouts put the photo and
#: a <small>/<font> caption in one cell; CMS templates use a div).
_IMAGE_BOXES = frozenset({"td", "div", "figure", "center", "dd", "li", "span", "font", "p"})


def _image_box(img: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """Return the element around ``img`` that also holds its caption, if it looks like one.

    The nearest container of the image (skipping a wrapping link) qualifies when its text is
    short (<= MAX_CAPTION_CHARS), does not end like a sentence, holds no links with text
    (a logo or banner cell next to menus) and no paragraphs of its own beyond the caption.
    """
    box = img.getparent()
    if box is not None and box.tag == "a":
        box = box.getparent()
    if box is None or box.tag not in _IMAGE_BOXES:
        return None
    if box.tag == "td" and not element_text(box):
        # Legacy photo tables put the caption in the next row: the small table is the box.
        box = next(box.iterancestors("table"), None)
        if box is None:
            return None
    text = element_text(box)
    if not text or len(text) > MAX_CAPTION_CHARS or text.endswith("。"):
        return None
    if any(element_text(a) for a in box.iter("a")) or len(box.findall(".//p")) > 1:
        return None
    if box.find(".//h1") is not None or box.find(".//h2") is not None:
        return None
    return box


def pop_caption_elements(tree: lxml_html.HtmlElement) -> tuple[str, ...]:
    """Remove caption elements from ``tree`` (in place) and return their texts in page order.

    Removes ``<figcaption>`` and elements whose class/id says caption/photo text; the text
    after a removed element (its tail) stays in the tree. Duplicates are returned once.
    """
    found: list[lxml_html.HtmlElement] = []
    for el in tree.iter():
        # Skip comments/PIs and elements inside a caption already taken (a credit <span>
        # inside a <figcaption> is part of that caption, not a second one).
        if not isinstance(el.tag, str) or any(a in found for a in el.iterancestors()):
            continue
        if _is_caption_element(el):
            found.append(el)
        elif el.tag == "img" and (box := _image_box(el)) is not None and box not in found:
            found.append(box)
    texts: list[str] = []
    for el in found:
        text = element_text(el)
        if text and text not in texts:
            texts.append(text)
        parent = el.getparent()
        if parent is not None:
            # drop_tree keeps the tail text, which belongs to the surrounding element.
            el.drop_tree()
    return tuple(texts)


#: A note about the article rather than part of it: "※本稿は筆者個人の見解です",
#: "この記事の英語版は…でお読みいただけます", "（この記事は速報です。…）", "本記事は…を再構成
#: したものです". Such a paragraph speaks of "this article" in the third person; the story's
#: own text never opens that way.
_EDITORIAL_NOTE = re.compile(
    r"^(?:※|[(（]?(?:この|本)(?:記事|ページ|コンテンツ)(?:は|の|を|に|で))"
)


def is_editorial_note(line: str) -> bool:
    """Say whether ``line`` is an editorial note about the article (see _EDITORIAL_NOTE).

    Callers apply it only to the first and last paragraphs of a body: a note closes or
    opens the text, while a ※ line in the middle can be part of a list or table.
    """
    return bool(_EDITORIAL_NOTE.match(normalise_line(line)))


#: A closing fragment is at most this long. Link prompts, list items, pagers and contact
#: lines left under the text run 6-50 characters on the held-out pages (h71, h76, h79, h83);
#: a paragraph cut by a paywall without a full stop (h63, 55 characters) ends in 、 and is
#: kept by that rule, and anything longer is treated as text.
FRAGMENT_MAX_CHARS = 80


def is_closing_fragment(line: str) -> bool:
    """Say whether ``line`` cannot be the last paragraph of an article.

    A news text ends with a sentence. A short line with no 。 at all that does not end like
    a sentence (！, ？), a quoted utterance (「…」) or a sentence cut off by a paywall (、) is
    page furniture left under the text: a list item, a "■…はこちら" prompt, a pager, a
    department or telephone line. Callers drop such lines from the end of the body only.
    """
    key = normalise_line(line)
    if not key or "。" in key or len(key) > FRAGMENT_MAX_CHARS:
        return False
    if key.endswith(("!", "?", "、")):
        return False
    return not (key.startswith("「") and key.endswith("」"))


#: An author box is a name line and at most this many short bio lines. The boxes under the
#: text of the dev pages (eh04: name + one line) and of the gold pages written in their image
#: (name + one or two lines) never run longer; three keeps a real closing paragraph that
#: follows a line that happens to be a bare name out of reach.
AUTHOR_BOX_BIO_LINES = 3

#: A bio line is at most this long: author boxes run 20-70 characters a line ("…記者。ベル
#: リン在住。欧州政治を担当。"), while closing news paragraphs on the gold pages run 40-250; a
#: bio line must also name a role (data/author_cues.txt), so the overlap is harmless.
AUTHOR_BIO_MAX_CHARS = 120

#: A bare person's name: 2-12 letters (kanji, kana, Latin, a middle dot or a space between
#: family and given name), optionally followed by a role in brackets ("片岡 真理（欧州担当）").
_NAME_LINE = re.compile(
    r"^(?P<name>[\u3041-\u30ff\u3400-\u9fffA-Za-z・ ]{2,12}?)\s*(?:[(（][^()（）]{1,30}[)）])?$"
)


#: The first sentence of a bio is a short noun phrase ("経済ジャーナリスト。", "本紙科学部
#: 記者。", "1985年東京都生まれ。"): at most this many characters, ending in a word of
#: data/author_cues.txt. Bios of the dev and gold pages open with 8-20; a closing news
#: sentence such as "首相は21日に記者会見し、…示した。" runs longer and ends in a verb
#: (held-out h25, which a plain "contains 記者" test took for a bio).
BIO_LEAD_MAX_CHARS = 40


@cache
def author_cues() -> re.Pattern[str]:
    """Return the pattern a bio's first sentence matches: a role word of
    ``data/author_cues.txt`` closing it."""
    text = (
        resources.files("storyline.extract")
        .joinpath("data/author_cues.txt")
        .read_text(encoding="utf-8")
    )
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")[)）]?$")


def _is_bio(line: str) -> bool:
    """Say whether ``line`` opens an author's bio: short, its first sentence a short noun
    phrase ending in a role word (see BIO_LEAD_MAX_CHARS)."""
    key = normalise_line(line)
    lead = key.split("。", 1)[0]
    return (
        len(key) <= AUTHOR_BIO_MAX_CHARS
        and len(lead) <= BIO_LEAD_MAX_CHARS
        and bool(author_cues().search(lead))
    )


def author_box_start(paragraphs: Sequence[str], *, name: str | None = None) -> int | None:
    """Return the index where an author box closing ``paragraphs`` starts, or None.

    An author box ("片岡 真理" / "WORLD LENS記者。ベルリン在住。…") is a bare name line
    followed by 1..AUTHOR_BOX_BIO_LINES short lines of which the first names a role or a
    place of residence (data/author_cues.txt). When ``name`` (the byline) is given, the
    name line must be that name (spaces ignored). The first paragraph is never part of a
    box, so a body is never emptied.
    """
    for start in range(max(len(paragraphs) - AUTHOR_BOX_BIO_LINES - 1, 1), len(paragraphs) - 1):
        m = _NAME_LINE.match(normalise_line(paragraphs[start]))
        if m is None:
            continue
        if name is not None and _squash(m.group("name")) != _squash(name):
            continue
        bio = paragraphs[start + 1 :]
        if _is_bio(bio[0]) and all(
            len(normalise_line(line)) <= AUTHOR_BIO_MAX_CHARS for line in bio
        ):
            return start
    return None


def _squash(text: str) -> str:
    """``text`` NFKC-normalised with every space removed (a name key)."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))
