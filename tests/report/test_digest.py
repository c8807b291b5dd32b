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
from digest_fixtures import HOSTILE_ID, IMG, NOW, SCRIPT, load_fixture, long_story
from lxml import html as lxml_html

from storyline.models import REJECTION_REASONS
from storyline.report import load_schema
from storyline.report.digest import (
    MAIN_EVENTS,
    MIN_FOLD,
    Candidate,
    bigrams,
    build_view,
    content_security_policy,
    date_display,
    labels,
    published_label,
    render_digest,
    render_html,
    render_markdown,
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
        ("2025-03-19T07:12:00+09:00", ("2025年3月19日 7:12", "2025年3月19日")),
        ("2025-12-01T23:05:00+09:00", ("2025年12月1日 23:05", "2025年12月1日")),
        ("2025-03-19", ("2025年3月19日", "2025年3月19日")),
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
        ("number", "1.8e11", "1800億"),
        ("number", "175 人", "175人"),
        ("number", "~14100000000 ドル", "約141億ドル"),
        ("number", "210000 t", "21万トン"),
        ("number", "12.5 %", "12.5％"),
        ("number", "約3割", "約3割"),
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
        "2025年2月7日",
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


# --------------------------------------------------------------------------- Japanese report


def test_a_long_timeline_folds_minor_events_and_keeps_every_link() -> None:
    doc = long_story(40)
    view = build_view(doc, now=NOW)
    story = view.stories[0]
    assert len(story.timeline) == 40 and story.timeline[0].id == "s1-e1"
    main = [e.id for e in story.timeline if e.main]
    assert MAIN_EVENTS <= len(main) < 40 and story.folded_count == 40 - len(main)
    assert {"s1-e10", "s1-e20"} <= set(main), "confirmed and disputed events stay unfolded"
    assert all(len(b.entries) >= MIN_FOLD for b in story.timeline_blocks if b.folded)
    tree = lxml_html.fromstring(render_html(doc, now=NOW))
    events = tree.xpath("//ol[@class='timeline']//li[contains(@class, 'event')]")
    assert len(events) == 40, "every event is still in the page"
    folded = tree.xpath("//li[@class='fold']//li[contains(@class, 'event')]/@id")
    assert len(folded) == story.folded_count and "ev-s1-e10" not in folded
    summaries = tree.xpath("//li[@class='fold']/details/summary/text()")
    assert summaries and all(re.match(r"ほかの出来事 \d+件（2025年3月", t) for t in summaries)
    for li in events:  # every line keeps its citation into the full text
        assert li.xpath(".//a[@class='cite' and starts-with(@href, '#a-art')]")


def test_a_short_timeline_is_not_folded(doc: dict[str, Any]) -> None:
    view = build_view(doc, now=NOW)
    assert all(not b.folded for s in view.stories for b in s.timeline_blocks)
    assert all(e.main for s in view.stories for e in s.timeline)
    assert "ほかの出来事" not in render_html(doc, now=NOW)


def test_disagreements_are_explained_in_japanese_and_the_contract_field_is_kept() -> None:
    doc = long_story(40)
    before = copy.deepcopy(doc)
    page = render_html(doc, now=NOW)
    assert doc == before, "rendering never changes storyline.json"
    tree = lxml_html.fromstring(page)
    head = tree.xpath("//article[contains(@class, 'disagreement')]/h4")[0].text_content()
    assert "Sources" not in page and "CONSULT" not in head
    assert "2025年3月20日の委員会の場所が、記事によって食い違っています" in head
    assert "本庁舎（1社）／分庁舎（1社）" in head
    link = tree.xpath("//article[contains(@class, 'disagreement')]//p[@class='about']/a")[0]
    assert link.get("href") == "#ev-s1-e20" and "2025年3月20日 委員会" in link.text_content()


def test_page_has_no_emoji_and_page_text_loses_only_its_pictographs(doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(doc)
    art = doc["articles"][0]
    art["title"] = "\U0001f449" + art["title"]
    art["body"] = art["body"].replace("江藤拓", "\U0001f538江藤拓", 1)
    page = render_html(doc, now=NOW)
    assert not re.search("[\U0001f000-\U0001faff\ufe0f]", page)
    assert "⚠" not in render_markdown(doc, now=NOW), "no emoji-like marks in digest.md either"
    for name in ("digest.html", "digest.css", "labels.json", "wording.json"):
        text = (TEMPLATES / name).read_text(encoding="utf-8")
        assert not re.search("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]", text), name


def test_visible_dates_are_japanese_not_iso(doc: dict[str, Any]) -> None:
    tree = lxml_html.fromstring(render_html(doc, now=NOW))
    for section in tree.xpath("//section[@id='articles']"):
        section.getparent().remove(section)  # article bodies are quoted as they stand
    text = tree.text_content()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert "2025年2月7日" in text and "作成 2025年3月20日 9:30" in text
    assert tree.xpath("//time[@datetime='2025-03-20T09:30:00+09:00']")


def test_labels_are_japanese(doc: dict[str, Any]) -> None:
    page = render_html(doc, now=NOW)
    tree = lxml_html.fromstring(page)
    attrs = " ".join(tree.xpath("//p[@class='attrs']/span/text()"))
    assert "規模: 21万トン" in attrs and "経過時間: 29分" in attrs
    assert not re.search(r"\b(amount|elapsed|count|duration)\b", attrs)
    reasons = tree.xpath("//strong[@class='reason-label']/text()")
    assert reasons and all(re.search(r"[ぁ-んァ-ヶ一-龥]", r) for r in reasons)
    assert set(labels()["rejection_reasons"]) == set(REJECTION_REASONS)


def test_type_label_only_when_it_adds_something(doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(doc)
    events = doc["stories"][0]["events"]
    events[1].update(type="AGREE", trigger="合意")
    events[2].update(type="CONSULT", trigger="会談")
    events[3].update(type="CONSULT", trigger="電話会談")
    shown = {e.id: e.show_type for e in build_view(doc, now=NOW).stories[0].timeline}
    assert shown == {"s1-e1": False, "s1-e2": False, "s1-e3": False, "s1-e4": True,
                     "s1-e5": False, "s1-e6": False, "s1-e7": True}  # fmt: skip


def test_a_copy_names_its_original_by_publisher_and_date(doc: dict[str, Any]) -> None:
    tree = lxml_html.fromstring(render_html(doc, now=NOW))
    meta = tree.xpath("//article[@id='a-k3c2e5a7b903']//p[@class='meta']")[0].text_content()
    assert "転載（元: 北陸日報 2025年2月7日）" in meta


def test_producer_names_the_data_file_versions(doc: dict[str, Any]) -> None:
    producer = build_view(doc, now=NOW).producer
    assert re.fullmatch(r"digest/\d+\.\d+\+labels\d+\+wording\d+", producer), producer
    assert f'content="storyline {producer}"' in render_html(doc, now=NOW)
