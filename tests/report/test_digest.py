"""The digest view and the HTML report (report/digest.py): dates and timeline order, key point
choice, duplicates folding, citations and offsets, escaping, robustness to thin documents."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from digest_fixtures import HOSTILE_ID, IMG, NOW, SCRIPT, load_fixture
from lxml import html as lxml_html

from storyline.report import load_schema
from storyline.report.digest import (
    Candidate,
    bigrams,
    build_view,
    content_security_policy,
    date_display,
    published_label,
    render_digest,
    render_html,
    safe_url,
    score_candidate,
    segment_body,
    similarity,
    split_sentences,
    stands_alone,
    terminal_summary,
    timeline_key,
    value_label,
)

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "storyline" / "report" / "templates"

# --------------------------------------------------------------------------- the fixture itself


def test_fixture_is_valid_contract_output(doc: dict[str, Any]) -> None:
    jsonschema.validate(doc, load_schema())


def test_fixture_offsets_index_the_bodies(doc: dict[str, Any]) -> None:
    bodies = {a["id"]: a["body"] for a in doc["articles"]}
    checked = 0
    for story in doc["stories"]:
        for event in story["events"]:
            for m in event["mentions"]:
                assert bodies[m["article_id"]][m["start"] : m["end"]] == m["sentence"]
                checked += 1
        for disc in story["discrepancies"]:
            for side in disc["values"]:
                for ev in side["evidence"]:
                    assert any(ev in bodies[a] for a in side["article_ids"]), ev
    assert checked >= 20


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2025-03-18", "day", ("2025年3月18日", "day", False)),
        ("2025-03-18", None, ("2025年3月18日", "day", False)),
        ("2025-03", "month", ("2025年3月", "month", True)),
        ("2025", "year", ("2025年", "year", True)),
        ("--03-19", "day", ("3月19日", "day", True)),
        (None, "unknown", ("日付不明", "unknown", True)),
        ("XXXX-XX-19", None, ("日付不明", "unknown", True)),
        # a value padded to the day but only known to the month shows as a month
        ("2025-03-01", "month", ("2025年3月", "month", True)),
        # a precision finer than the value is ignored
        ("2025-03", "day", ("2025年3月", "month", True)),
    ],
)
def test_date_display(
    value: str | None, precision: str | None, expected: tuple[str, str, bool]
) -> None:
    assert date_display(value, precision) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-03-19T07:12:00+09:00", ("2025-03-19 07:12", "2025-03-19")),
        ("2025-03-19", ("2025-03-19", "2025-03-19")),
        ("--03-19", ("3月19日（年不明）", "3月19日（年不明）")),
        (None, ("日付なし", "日付なし")),
        ("昨日", ("日付なし", "日付なし")),
    ],
)
def test_published_label(published: str | None, expected: tuple[str, str]) -> None:
    assert published_label(published) == expected


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("date", "2025-03-14", "2025年3月14日"),
        ("date", "--03-19", "3月19日（年不明）"),
        ("number", "PT29M", "29分"),
        ("number", "PT2H30M", "2時間30分"),
        ("number", "P1D", "1日"),
        ("number", "1.8e11", "1.8e11"),
        ("role", "前大統領", "前大統領"),
    ],
)
def test_value_label(kind: str, value: str, expected: str) -> None:
    assert value_label(kind, value) == expected


def test_timeline_key_orders_precise_before_vague_and_undated_last() -> None:
    rows = [
        ("2025", "年内"),
        (None, None),
        ("--02-02", "2日"),
        ("2025-03", "3月下旬"),
        ("2025-03-18", "18日"),
        ("2025-03", "3月上旬"),
        ("2025-03-10", "10日"),
        ("2025-03", None),
        ("2025-02-07", "7日"),
    ]
    ordered = sorted(rows, key=lambda r: timeline_key(*r))
    assert ordered == [
        ("2025-02-07", "7日"),
        ("2025-03", "3月上旬"),  # early March sorts at the 5th
        ("2025-03-10", "10日"),
        ("2025-03-18", "18日"),
        ("2025-03", "3月下旬"),  # late March at the 25th
        ("2025-03", None),  # March, day unknown: after the known days
        ("2025", "年内"),  # the year only: after its months
        ("--02-02", "2日"),  # no year: after every dated event
        (None, None),
    ]


def test_timeline_of_fixture_is_in_date_order_with_uncertain_marked(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    s1 = view.stories[0].timeline
    assert [e.id for e in s1] == ["s1-e1", "s1-e2", "s1-e3", "s1-e4", "s1-e5", "s1-e6", "s1-e7"]
    by_id = {e.id: e for e in (*s1, *view.stories[1].timeline)}
    assert by_id["s1-e2"].uncertain and by_id["s1-e2"].precision == "month"
    assert by_id["s1-e2"].date_label == "2025年3月" and by_id["s1-e2"].date_text == "3月上旬"
    assert by_id["s1-e7"].date_label == "日付不明" and by_id["s1-e7"].status == "denied"
    assert by_id["s2-e7"].precision_label == "年は不明" and by_id["s2-e7"].uncertain
    assert not by_id["s1-e1"].uncertain and by_id["s1-e1"].disputed
    assert [e.id for e in view.stories[1].timeline][-1] == "s2-e7"


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("首相は会見した。支持率は下がった。", ["首相は会見した。", "支持率は下がった。"]),
        (
            "彼は「早く決めたい。急ぐ」と述べた。次の文。",
            ["彼は「早く決めたい。急ぐ」と述べた。", "次の文。"],
        ),
        (
            "見出しなしの一文\n\n二段落目です！本当？",
            ["見出しなしの一文", "二段落目です！", "本当？"],
        ),
        ("  前後に空白。  ", ["前後に空白。"]),
        ("", []),
    ],
)
def test_split_sentences(body: str, expected: list[str]) -> None:
    assert [body[s:e] for s, e in split_sentences(body)] == expected


def test_segment_body_cuts_at_cited_ranges_and_merges_overlaps() -> None:
    body = "あいうえおかきくけこ"
    segs = segment_body(body, [(2, 4), (3, 6), (8, 10), (9, 99)], "x")
    assert "".join(s.text for s in segs) == body
    assert [(s.text, s.anchor) for s in segs] == [
        ("あい", None),
        ("うえおか", "a-x-2"),
        ("きく", None),
        ("けこ", "a-x-8"),
    ]


# --------------------------------------------------------------------------- key points


def test_key_points_prefer_confirmed_sentences_and_never_repeat(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    for story in view.stories:
        points = story.key_points
        assert 0 < len(points) <= 5
        assert [p.sources for p in points] == sorted((p.sources for p in points), reverse=True)
        events = [p.event_id for p in points if p.event_id]
        assert len(events) == len(set(events)), "one key point per event"
        for i, a in enumerate(points):
            for b in points[i + 1 :]:
                assert similarity(bigrams(a.quote.text), bigrams(b.quote.text)) < 0.6
    first = view.stories[0].key_points[0]
    assert first.event_id == "s1-e1" and first.sources == 3
    assert first.quote.cite.article_id == "k1a0c3e5f701"  # the original, not the copy k3
    assert {c.article_id for c in first.also} >= {"k2b1d4f6a802", "k3c2e5a7b903"}


def test_key_points_never_state_a_contested_value(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    texts = [p.quote.text for s in view.stories for p in s.key_points]
    assert not any("2月10日" in t or "前農相" in t for t in texts)  # minority sides of s1
    assert not any("29分後" in t or "19分後" in t for t in texts)  # a tie: both sides contested
    cited = [c.article_id for p in view.stories[0].key_points[:1] for c in p.also]
    assert "k4d3f6b8ca04" not in cited  # its sentence is the contested date


def test_key_points_skip_a_plan_that_an_occurred_event_fulfils(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    assert "s2-e2" not in {p.event_id for p in view.stories[1].key_points}
    assert "s2-e2" in {e.id for e in view.stories[1].timeline}


def test_a_sentence_confirmed_by_two_origins_beats_a_richer_single_one() -> None:
    plain = Candidate(
        article_id="a", start=0, end=20, text="米国と日本は協議を続けることで一致したという。"
    )
    rich = Candidate(article_id="b", start=0, end=40, text="政府は3日、予算案を115兆円とすることを閣議決定した。",
                     lead=True, status="occurred", event_id="e1")  # fmt: skip
    assert score_candidate(plain, 2) > score_candidate(rich, 1)
    assert score_candidate(rich, 1) > score_candidate(plain, 1)
    short = Candidate(article_id="c", start=0, end=5, text="3日、決定。")
    assert score_candidate(short, 1) < score_candidate(rich, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("政府は3日、予算案を閣議決定した。", True),
        ("【ワシントン共同】米大統領は18日、電話で会談した。", True),
        ("ロシアとウクライナは同日、捕虜を交換した。", False),
        ("同氏は記者団に語った。", False),
        ("両首脳はまた、協議の継続で一致した。", False),
        ("一方、野党は反発している。", False),
        ("【東京時事】また、首相は会見で述べた。", False),
        ("この問題を巡っては、議論が続いている。", False),
        ("日本の一方的な措置ではない。", True),
    ],
)
def test_stands_alone(sentence: str, expected: bool) -> None:
    assert stands_alone(sentence) is expected


# --------------------------------------------------------------------------- sources


def test_duplicates_fold_under_their_original(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    sources = view.stories[0].sources
    ids = [a.id for a in sources]
    assert "k3c2e5a7b903" not in ids
    k2 = next(a for a in sources if a.id == "k2b1d4f6a802")
    assert [d.id for d in k2.duplicates] == ["k3c2e5a7b903"]
    assert ids[-1] == "k4d3f6b8ca04", "undated sources last"
    assert view.duplicate_count == 1


def test_duplicate_chain_and_missing_original() -> None:
    doc = load_fixture()
    extra = copy.deepcopy(next(a for a in doc["articles"] if a["id"] == "k3c2e5a7b903"))
    extra["id"], extra["duplicate_of"] = "k9copyofcopy", "k3c2e5a7b903"
    orphan = copy.deepcopy(extra)
    orphan["id"], orphan["duplicate_of"] = "k8orphan0000", "not-in-doc"
    doc["articles"] += [extra, orphan]
    doc["stories"][0]["article_ids"] += ["k9copyofcopy"]
    view = build_view(doc, now=NOW)
    k2 = next(a for a in view.stories[0].sources if a.id == "k2b1d4f6a802")
    assert {d.id for d in k2.duplicates} == {"k3c2e5a7b903", "k9copyofcopy"}
    assert "k8orphan0000" in {a.id for a in view.unassigned}


def test_unassigned_articles_are_listed_with_their_lead(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    assert [a.id for a in view.unassigned] == ["u1d9fcbe2510"]
    lead = view.unassigned[0].key_sentences[0]
    assert lead.text.startswith("札幌市は10日") and lead.cite.start == 0


# --------------------------------------------------------------------------- citations


def test_every_shown_sentence_links_to_its_offsets(doc: dict[str, Any]) -> None:
    page = render_html(doc, now=NOW)
    tree = lxml_html.fromstring(page)
    ids = set(tree.xpath("//@id"))
    links = [h[1:] for h in tree.xpath("//a[starts-with(@href, '#')]/@href")]
    assert links and all(h in ids for h in links), sorted(set(links) - ids)
    bodies = {a["id"]: a["body"] for a in doc["articles"]}
    marks = tree.xpath("//mark[@class='s']")
    assert len(marks) >= 20
    for mark in marks:
        _, aid, start = mark.get("id").rsplit("-", 2)
        assert bodies[aid][int(start) :].startswith(mark.text_content())


def test_citations_carry_publisher_date_and_url(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    cite = view.stories[0].key_points[0].quote.cite
    assert (cite.label, cite.date, cite.url) == (
        "東都新聞",
        "2025-02-07",
        "https://example.com/toto/2025/02/07/rice",
    )
    assert (cite.start, cite.end, cite.anchor) == (0, 47, "a-k1a0c3e5f701-0")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("HTTP://EXAMPLE.COM/", "HTTP://EXAMPLE.COM/"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("https://example.com/a b", None),
        ('https://example.com/"onmouseover=x', None),
        (None, None),
        (42, None),
    ],
)
def test_safe_url(url: object, expected: str | None) -> None:
    assert safe_url(url) == expected


# --------------------------------------------------------------------------- escaping and safety


def test_page_text_is_escaped_and_nothing_can_run(hostile: dict[str, Any]) -> None:
    page = render_html(hostile, now=NOW)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "javascript:" not in page
    assert "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;" in page
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script | //img | //iframe | //object | //embed")
    assert not [a for a in tree.xpath("//*") for k in a.attrib if k.lower().startswith("on")]
    assert SCRIPT in tree.text_content() and IMG in tree.text_content()
    hostile_marks = [
        m for m in tree.xpath("//mark") if m.get("id", "").startswith(f"a-{HOSTILE_ID}")
    ]
    assert any(SCRIPT in m.text_content() for m in hostile_marks)


def test_csp_forbids_scripts_and_every_external_load(doc: dict[str, Any]) -> None:
    csp = content_security_policy()
    assert "default-src 'none'" in csp and "script-src 'none'" in csp
    assert "unsafe-inline" not in csp and re.search(r"style-src 'sha256-[A-Za-z0-9+/=]+'", csp)
    tree = lxml_html.fromstring(render_html(doc, now=NOW))
    meta = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert meta == [csp]
    assert not tree.xpath("//link[@rel='stylesheet'] | //*[@src]")
    assert len(tree.xpath("//style")) == 1


def test_templates_never_mark_page_text_safe() -> None:
    for path in TEMPLATES.glob("*.html"):
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert "|safe" not in text.replace(" ", ""), path
        assert "autoescape false" not in text, path


def test_css_stays_self_contained_and_typographic() -> None:
    css = (TEMPLATES / "digest.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(" not in css and "@font-face" not in css
    for font in (
        '"Hiragino Sans"',
        '"Noto Sans JP"',
        '"Yu Gothic"',
        '"Meiryo"',
        "system-ui",
        "sans-serif",
    ):
        assert font in css
    assert "line-height: 1.8" in css and "@media print" in css and "@media (max-width" in css


# --------------------------------------------------------------------------- thin or odd documents


def test_articles_only_document_renders(doc: dict[str, Any], tmp_path: Path) -> None:
    thin = {**doc, "stories": []}
    html_path, md_path = render_digest(thin, outdir=tmp_path / "out", now=NOW)
    page = html_path.read_text(encoding="utf-8")
    assert "記事の一覧" in page and page.count('class="card"') == 9  # 10 articles, 1 copy folded
    assert md_path.read_text(encoding="utf-8").count("\n- [") == 9
    assert terminal_summary(thin)[1].startswith("  no stories yet")


@pytest.mark.parametrize(
    "odd",
    [
        {},
        {"articles": None, "stories": "x", "rejected": [1, None]},
        {
            "articles": [{"id": "a1"}],
            "stories": [
                {
                    "id": "s1",
                    "article_ids": ["a1", "zz"],
                    "events": [{"mentions": [{"article_id": "zz"}]}],
                    "discrepancies": [{"values": [{}]}],
                }
            ],
        },
        {
            "articles": [{"id": "a1", "body": "短い。", "duplicate_of": "a1"}],
            "stories": [
                {
                    "events": [
                        {
                            "date": "2025-13",
                            "mentions": [{"article_id": "a1", "start": 5, "end": 1}],
                        }
                    ]
                }
            ],
        },
    ],
)
def test_odd_documents_never_raise(odd: dict[str, Any]) -> None:
    page = render_html(odd, now=NOW)
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert terminal_summary(odd)


def test_render_digest_writes_both_files(doc: dict[str, Any], tmp_path: Path) -> None:
    html_path, md_path = render_digest(doc, outdir=tmp_path / "new" / "dir", now=NOW)
    assert html_path.name == "index.html" and md_path.name == "digest.md"
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert md_path.read_text(encoding="utf-8").startswith("# storyline ダイジェスト")


def test_without_now_the_document_time_is_shown(doc: dict[str, Any]) -> None:
    assert build_view(doc).rendered_at == "2025-03-20T09:00:00+09:00"
    assert build_view(doc, now=NOW).rendered_at == "2025-03-20T09:30:00+09:00"


def test_terminal_summary(doc: dict[str, Any]) -> None:
    lines = terminal_summary(doc)
    assert lines[0] == (
        "digest: 2 stories, 14 events, 3 disagreements; 10 articles (1 duplicates), 2 rejected"
    )
    assert lines[1].startswith(
        "  s1 政府備蓄米の放出: 5 articles, 4 sources, 7 events, 2 disagreements"
    )
    assert len(lines) == 3


def test_rendering_is_deterministic(doc: dict[str, Any]) -> None:
    assert render_html(doc, now=NOW) == render_html(json.loads(json.dumps(doc)), now=NOW)
