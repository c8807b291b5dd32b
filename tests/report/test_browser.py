"""The HTML digest in a real browser: headless Chromium renders the fixture report; the timeline,
the disagreements panel and the full texts are in the DOM after load; nothing from a hostile
page runs; no horizontal scroll at phone width; a citation link opens the collapsed full text.

Screenshots (1280 and 390 wide) are written to test-output/ (gitignored) for a person to look at.
CI installs the browser with ``apt-get install -y chromium fonts-noto-cjk``; without
/usr/bin/chromium these tests are skipped.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from digest_fixtures import HOSTILE_ID, NOW, ROOT, SCRIPT, long_story
from lxml import html as lxml_html

from storyline.report.digest import build_view, render_digest

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "test-output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install -y chromium)"
    ),
]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium(tmp_path: Path, *args: str) -> str:
    """Run headless Chromium with a fresh profile; return its stdout (the DOM for --dump-dom)."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    cmd = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _render(doc: dict[str, Any], outdir: Path) -> Path:
    html_path, _ = render_digest(doc, outdir=outdir, now=NOW)
    return html_path


def test_timeline_and_disagreements_render(doc: dict[str, Any], tmp_path: Path) -> None:
    page = _render(doc, tmp_path / "report")
    dom = lxml_html.fromstring(chromium(tmp_path, "--dump-dom", page.as_uri()))
    assert dom.findtext(".//title").startswith("storyline ダイジェスト")
    events = dom.xpath("//ol[@class='timeline']/li[contains(@class, 'event')]")
    assert len(events) == 14
    assert len(dom.xpath("//li[contains(@class, 'status-planned')]")) == 4
    assert len(dom.xpath("//li[contains(@class, 'status-hedged')]")) == 2
    assert len(dom.xpath("//li[contains(@class, 'status-denied')]//*[@class='trigger']")) == 1
    assert len(dom.xpath("//li[contains(@class, 'event') and contains(@class, 'uncertain')]")) == 6
    assert len(dom.xpath("//ul[@class='legend']")) == 2
    assert len(dom.xpath("//article[contains(@class, 'disagreement')]")) == 3
    sides = dom.xpath("//article[contains(@class, 'disagreement')]//div[@class='side']")
    assert len(sides) == 6 and all(s.xpath(".//blockquote") for s in sides)
    assert len(dom.xpath("//section[@class='keypoints']//ol/li")) == 10
    assert len(dom.xpath("//article[contains(@class, 'fulltext')]")) == 10
    assert dom.xpath("//mark[@id='a-k1a0c3e5f701-0']")


def test_screenshots(doc: dict[str, Any], tmp_path: Path) -> None:
    page = _render(doc, OUTPUT / "digest")
    for width in (1280, 390):
        shot = OUTPUT / f"digest-{width}.png"
        shot.unlink(missing_ok=True)
        chromium(tmp_path, f"--screenshot={shot}", f"--window-size={width},2000", page.as_uri())
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_hostile_page_text_does_not_run(hostile: dict[str, Any], tmp_path: Path) -> None:
    page = _render(hostile, tmp_path / "hostile")
    dom_text = chromium(tmp_path, "--dump-dom", "--virtual-time-budget=3000", page.as_uri())
    dom = lxml_html.fromstring(dom_text)
    title = dom.findtext(".//title")
    assert title is not None and title.startswith("storyline ダイジェスト") and title != "PWNED"
    assert not dom.xpath("//script | //img")
    marks = [m for m in dom.xpath("//mark") if m.get("id", "").startswith(f"a-{HOSTILE_ID}")]
    assert any(SCRIPT in m.text_content() for m in marks), "the markup shows as text"


def test_no_horizontal_scroll_at_phone_width(doc: dict[str, Any], tmp_path: Path) -> None:
    page = _render(doc, tmp_path / "report")
    # A test-only probe page (the report itself has no script): it frames the report at 375px
    # and writes the frame's scroll width into its own title.
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<!DOCTYPE html><html><head><title>probe</title></head><body style="margin:0">'
        f'<iframe id="f" src="{page.as_uri()}" style="width:375px;height:700px;border:0"></iframe>'
        "<script>document.getElementById('f').addEventListener('load', function () {"
        "var d = this.contentDocument.documentElement;"
        "document.title = 'scroll=' + d.scrollWidth + ' client=' + d.clientWidth; });"
        "</script></body></html>",
        encoding="utf-8",
    )
    out = chromium(tmp_path, "--allow-file-access-from-files", "--virtual-time-budget=5000",
                   "--dump-dom", probe.as_uri())  # fmt: skip
    title = lxml_html.fromstring(out).findtext(".//title")
    assert title and title.startswith("scroll="), title
    scroll, client = (int(part.split("=")[1]) for part in title.split())
    assert 300 < client <= 375 and scroll <= client, title


def test_citation_link_opens_the_collapsed_full_text(doc: dict[str, Any], tmp_path: Path) -> None:
    page = _render(doc, tmp_path / "report")
    target = "a-k5e4a7c9db05-120"
    dom = lxml_html.fromstring(chromium(tmp_path, "--dump-dom", f"{page.as_uri()}#{target}"))
    mark = dom.xpath(f"//mark[@id='{target}']")[0]
    details = mark.xpath("ancestor::details[1]")[0]
    assert details.get("open") is not None, "fragment navigation should reveal the sentence"
    closed = dom.xpath("//article[@id='a-k1a0c3e5f701']//details[1]")[0]
    assert closed.get("open") is None


def test_a_folded_event_opens_when_linked(tmp_path: Path) -> None:
    doc = long_story(40)
    minor = next(e.anchor for e in build_view(doc).stories[0].timeline if not e.main)
    page = _render(doc, tmp_path / "long")
    dom = lxml_html.fromstring(chromium(tmp_path, "--dump-dom", f"{page.as_uri()}#{minor}"))
    target = dom.xpath(f"//li[@id='{minor}']")[0]
    assert target.xpath("ancestor::li[@class='fold']"), "a minor event is folded"
    assert target.xpath("ancestor::details[1]")[0].get("open") is not None
    others = dom.xpath(f"//li[@class='fold']/details[not(.//li[@id='{minor}'])]")
    assert others and all(d.get("open") is None for d in others)
