"""digest.md (report/markdown.py): golden file of the fixture, citation format, escaping.

Regenerate the golden file after a deliberate change with
``STORYLINE_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_markdown.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from digest_fixtures import IMG, NOW, SCRIPT

from storyline.report.digest import Citation, render_markdown
from storyline.report.markdown import cite_md, escape_md

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("STORYLINE_UPDATE_GOLDEN") == "1"


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with STORYLINE_UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{name} differs from the golden file (STORYLINE_UPDATE_GOLDEN=1 to accept)"
    )


def test_fixture_digest_matches_golden(doc: dict[str, Any]) -> None:
    _check_golden("fixture.md", render_markdown(doc, now=NOW))


def test_articles_only_digest_matches_golden(doc: dict[str, Any]) -> None:
    _check_golden("articles-only.md", render_markdown({**doc, "stories": []}, now=NOW))


def test_every_quoted_line_is_cited(doc: dict[str, Any]) -> None:
    text = render_markdown(doc, now=NOW)
    cite = re.compile(r"\[[^\]]+, [^\]]+\]\(<[^>]+>\) `[0-9a-z]+(:\d+-\d+)?`")
    stories = text.split("\n## ", 1)[1].split("## 除外された入力", 1)[0]
    listed = [line for line in stories.splitlines() if re.match(r"^\s*(- |\d+\. )", line)]
    # the only uncited list lines are the digest's own words: a disagreement's explanation and
    # note, and the counts of sentences left out (their citations are listed just above)
    own = re.compile(
        r"^(- \*\*(日付|数値|場所|肩書・役割|発言者|その他)\*\*"
        r"|  - (どの肩書|「[^」]+」は、記事の日付)"
        r"|  - ほかの記事 \d+件（index\.html の時系列に全件）$"
        r"|    - ほか \d+文（)"
    )
    checked = [line for line in listed if not own.match(line)]
    explanations = [line for line in listed if own.match(line) and line.startswith("- **")]
    assert len(checked) >= 40 and len(explanations) == 3
    for line in checked:
        assert cite.search(line), line


def test_sections_in_order(doc: dict[str, Any]) -> None:
    text = render_markdown(doc, now=NOW)
    s1 = text.split("## 政府備蓄米の放出（s1）", 1)[1].split("\n## ", 1)[0]
    heads = re.findall(r"^### (.+)$", s1, flags=re.M)
    assert heads == ["要点", "時系列", "食い違い", "情報源"]
    assert "## 除外された入力（2件）" in text
    assert (
        "  - 転載: [ミナミニュース, 2025年2月7日](<inputs/rice/k3_minami.txt>) `k3c2e5a7b903`" in s1
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("普通の文。", "普通の文。"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("[リンク](javascript:x)", r"\[リンク\](javascript:x)"),
        ("![画像](http://x/y.png)", r"\!\[画像\](http://x/y.png)"),
        ("*強調* _下線_ `コード`", r"\*強調\* \_下線\_ \`コード\`"),
        ("# 見出し\n\n- 箇条書き", r"\# 見出し - 箇条書き"),
        ("a|b~c&amp;", r"a\|b\~c\&amp;"),
    ],
)
def test_escape_md(raw: str, expected: str) -> None:
    assert escape_md(raw) == expected


def test_cite_md_formats() -> None:
    base = Citation(article_id="abc123", label="北海新報", date="2025-03-19", url="https://example.com/a",
                    source="news/a1.txt", anchor="a-abc123-10", start=10, end=48)  # fmt: skip
    assert cite_md(base) == "[北海新報, 2025-03-19](<https://example.com/a>) `abc123:10-48`"
    local = Citation(article_id="abc123", label="ブログ[公式]", date="日付なし", url=None,
                     source="my pages/b<1>.txt", anchor="a-abc123")  # fmt: skip
    assert cite_md(local) == r"[ブログ\[公式\], 日付なし](<my pages/b%3C1%3E.txt>) `abc123`"


def test_hostile_text_stays_literal(hostile: dict[str, Any]) -> None:
    text = render_markdown(hostile, now=NOW)
    assert SCRIPT not in text and IMG not in text
    assert r"\<script\>document.title='PWNED'\</script\>" in text
    assert "javascript:" not in text
