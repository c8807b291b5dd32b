"""``digest.md``: the digest as Markdown for notes and chat, every line cited.

A citation reads ``[publisher, 2025-03-19](url-or-source) `article-id:start-end` ``: the
publisher and publication date, the page URL (or the source path when there is no URL), and the
article id with the sentence's offsets into the body. Page text is escaped so it can never turn
into Markdown or HTML (a link, an image, a raw tag) in whatever renders the file.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.report.digest import (
        ArticleView,
        Citation,
        DigestView,
        Disagreement,
        KeyPoint,
        Quote,
        StoryView,
        TimelineEntry,
    )

# Characters that mean something in CommonMark/GFM inline text; each is backslash-escaped.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")
_WS = re.compile(r"\s+")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.:@/-]")
#: Sentences listed under a timeline entry and under a side of a disagreement before the rest
#: are only counted (the HTML folds them the same way: digest.SIDE_QUOTES, two per event).
ENTRY_QUOTES = 2
SIDE_QUOTES = 3


def escape_md(text: str) -> str:
    """``text`` as literal Markdown inline text: whitespace runs (newlines too) become one
    space and every character with Markdown or HTML meaning is backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _WS.sub(" ", text).strip())


def _destination(cite: Citation) -> str:
    """Link destination: the URL, else the source path, in ``<...>`` so spaces are allowed."""
    dest = cite.url or cite.source
    dest = dest.replace("<", "%3C").replace(">", "%3E").replace("\n", "").replace("\r", "")
    return f"<{dest}>"


def cite_md(cite: Citation) -> str:
    """A citation: ``[publisher, date](url-or-source) `id:start-end` ``."""
    ref = _ID_UNSAFE.sub("_", cite.article_id)
    if cite.start is not None and cite.end is not None:
        ref += f":{cite.start}-{cite.end}"
    return f"[{escape_md(cite.label)}, {escape_md(cite.date)}]({_destination(cite)}) `{ref}`"


def quote_md(quote: Quote, *, flag: bool = True) -> str:
    """A quoted sentence with its citation (and who claimed it, when known); ``flag`` marks a
    sentence that is evidence on a contested side of a disagreement."""
    claim = f"（{escape_md(quote.claimed_by)}による）" if quote.claimed_by else ""
    claim += "（食い違いあり）" if flag and quote.disputed else ""
    text = f"「{escape_md(quote.text)}」{claim} " if quote.text else ""
    return f"{text}{cite_md(quote.cite)}"


def _key_points(points: tuple[KeyPoint, ...]) -> list[str]:
    lines = ["### 要点", ""]
    for n, kp in enumerate(points, 1):
        also = "、".join(cite_md(c) for c in kp.also)
        extra = f" — 裏付け: {also}" if also else ""
        lines.append(f"{n}. {quote_md(kp.quote)}（独立した情報源 {kp.sources}）{extra}")
    if not points:
        lines.append("要点を選べる文がありません。")
    return [*lines, ""]


def _entry(e: TimelineEntry) -> list[str]:
    date = f"**{escape_md(e.date_label)}**"
    if e.uncertain and e.precision != "unknown":
        date += f"（{escape_md(e.precision_label)}）"
    if e.date_text:
        date += f"〔記事の表記「{escape_md(e.date_text)}」〕"
    word = escape_md(e.headword or e.trigger)
    what = f"{escape_md(e.type_label)}「{word}」" if e.show_type else f"「{word}」"
    who = f" — {escape_md(e.who)}" if e.who else ""
    place = f"（場所: {escape_md(e.place)}）" if e.place else ""
    flag = " 【食い違いあり】" if e.disputed else ""
    first = f" {cite_md(e.quotes[0].cite)}" if e.quotes else ""
    head = f"- {date} 【{escape_md(e.status_label)}】 {what}{who}{place}（{e.id}、情報源 {e.sources}）{flag}{first}"
    lines = [head, *(f"  - {quote_md(q)}" for q in e.quotes[:ENTRY_QUOTES])]
    if len(e.quotes) > ENTRY_QUOTES:
        lines.append(
            f"  - ほかの記事 {len(e.quotes) - ENTRY_QUOTES}件（index.html の時系列に全件）"
        )
    return lines


def _timeline(story: StoryView) -> list[str]:
    """The timeline: every entry, or for a long one only its main entries and a line saying how
    many were left out and where they are (index.html folds them, storyline.json has all)."""
    lines = ["### 時系列", ""]
    folded = story.folded_count
    for e in story.timeline:
        if e.main:
            lines.extend(_entry(e))
    if folded:
        lines += [
            "",
            f"主な出来事 {len(story.timeline) - folded}件を示しました。ほかの {folded}件は "
            f"index.html の時系列（「ほかの出来事」を開く）と storyline.json の "
            f"`stories[{story.index}].events` にあります。",
        ]
    if not story.timeline:
        lines.append("このストーリーには日付のある出来事がまだありません。")
    return [*lines, ""]


def _disagreement(d: Disagreement) -> list[str]:
    about = f"（時系列 {d.event_id}）" if d.event_id else ""
    lines = [f"- **{escape_md(d.kind_label)}**: {escape_md(d.explanation)}{about}"]
    if d.note:
        lines.append(f"  - {escape_md(d.note)}")
    for side in d.sides:
        # one citation per article here (the sentences below carry their own offsets)
        first = {q.cite.article_id: q.cite for q in reversed(side.quotes)}
        cites = "、".join(
            cite_md(first[a]) for a in dict.fromkeys(q.cite.article_id for q in side.quotes)
        )
        lines.append(
            f"  - **{escape_md(side.value_label)}** — 独立した情報源 {side.independent_sources}: {cites}"
        )
        lines.extend(
            f"    - {quote_md(q, flag=False)}" for q in side.quotes[:SIDE_QUOTES] if q.text
        )
        rest = sum(1 for q in side.quotes[SIDE_QUOTES:] if q.text)
        if rest:
            lines.append(f"    - ほか {rest}文（出典は上の一覧、本文は index.html）")
    return lines


def _disagreements(items: tuple[Disagreement, ...]) -> list[str]:
    if not items:
        return []
    lines = ["### 食い違い", ""]
    for d in items:
        lines.extend(_disagreement(d))
    return [*lines, ""]


def _source(art: ArticleView, *, sentences: bool) -> list[str]:
    wire = f"（配信: {escape_md(art.wire)}）" if art.wire and art.wire != art.publisher else ""
    lines = [f"- {cite_md(art.cite)} {escape_md(art.title)}{wire}"]
    if sentences:
        lines.extend(f"  - {quote_md(q)}" for q in art.key_sentences)
    lines.extend(f"  - 転載: {cite_md(d.cite)}" for d in art.duplicates)
    return lines


def _story(story: StoryView) -> list[str]:
    lines = [
        f"## {escape_md(story.title)}（{story.id}）",
        "",
        f"記事 {story.article_count}件、独立した情報源 {story.source_count}",
        "",
    ]
    lines += _key_points(story.key_points) + _timeline(story)
    lines += _disagreements(story.disagreements)
    lines += ["### 情報源", ""]
    for art in story.sources:
        lines.extend(_source(art, sentences=False))
    return [*lines, ""]


def markdown_from_view(view: DigestView) -> str:
    """The whole digest.md text of a digest view."""
    lines = [
        f"# {escape_md(view.title)}",
        "",
        f"作成 {escape_md(view.rendered_label)}（storyline.json {escape_md(view.generated_label)}）、"
        f"記事 {view.article_count}件（転載 {view.duplicate_count}件）、出来事 {view.event_count}件、"
        f"食い違い {view.disagreement_count}件、除外 {len(view.rejected)}件",
        "",
    ]
    for story in view.stories:
        lines += _story(story)
    if view.unassigned:
        title = "記事" if not view.stories else "どのストーリーにも入らない記事"
        lines += [f"## {title}", ""]
        for art in view.unassigned:
            lines.extend(_source(art, sentences=True))
        lines.append("")
    if view.rejected:
        lines += [f"## 除外された入力（{len(view.rejected)}件）", ""]
        lines += [
            f"- {escape_md(r.reason_label)}（`{_ID_UNSAFE.sub('_', r.reason)}`） {escape_md(r.source)} — {escape_md(r.detail)}"
            for r in view.rejected
        ]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
