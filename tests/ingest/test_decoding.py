"""decode_page: BOMs, declared charsets, Japanese detection, and the failures."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.ingest import decode_page
from storyline.ingest.decoding import oddness, sniff_declared_charset

# Written for these tests: a short news-like paragraph with CP932-only characters (①, ～).
NEWS = "市議会は２日、新しい図書館の建設計画①を可決した。開館は来年春～夏の予定で、総事業費は約１２億円。"
PLAIN = "気象庁によると、関東地方は週末にかけて雨が続く見込みだという。"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (PLAIN.encode("utf-8"), (PLAIN, "utf-8", "detected")),
        (codecs.BOM_UTF8 + PLAIN.encode("utf-8"), (PLAIN, "utf-8", "bom")),
        (codecs.BOM_UTF16_LE + PLAIN.encode("utf-16-le"), (PLAIN, "utf-16-le", "bom")),
        (codecs.BOM_UTF16_BE + PLAIN.encode("utf-16-be"), (PLAIN, "utf-16-be", "bom")),
        (NEWS.encode("cp932"), (NEWS, "cp932", "detected")),
        (PLAIN.encode("euc_jp"), (PLAIN, "euc_jp", "detected")),
        (NEWS.encode("euc_jis_2004"), (NEWS, "euc_jis_2004", "detected")),
        (PLAIN.encode("iso2022_jp"), (PLAIN, "iso2022_jp", "detected")),
        (b"Tokyo, March 3 (plain ASCII)", ("Tokyo, March 3 (plain ASCII)", "utf-8", "utf-8")),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "cp932",
        "eucjp",
        "eucjis2004",
        "iso2022jp",
        "ascii",
    ],
)
def test_decode_without_declaration(content: bytes, expected: tuple[str, str, str]) -> None:
    assert decode_page(content) == expected


@pytest.mark.parametrize(
    ("html", "encoding", "expected_encoding"),
    [
        ('<meta charset="Shift_JIS">', "cp932", "cp932"),
        ("<meta charset=shift_jis>", "cp932", "cp932"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">',
            "euc_jp",
            "euc_jp",
        ),
        ("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=x-sjis'>", "cp932", "cp932"),
        ('<meta charset="utf-8">', "utf-8", "utf-8"),
    ],
)
def test_meta_charset(html: str, encoding: str, expected_encoding: str) -> None:
    page = f"<html><head>{html}<title>ニュース</title></head><body><p>{NEWS if encoding != 'euc_jp' else PLAIN}</p></body></html>"
    text, used, source = decode_page(page.encode(encoding))
    assert (text, used, source) == (page, expected_encoding, "meta")


def test_xml_declaration_counts_as_meta() -> None:
    page = f'<?xml version="1.0" encoding="Shift_JIS"?><rss><title>{NEWS}</title></rss>'
    assert decode_page(page.encode("cp932")) == (page, "cp932", "meta")


def test_http_charset_wins_over_meta() -> None:
    page = f'<meta charset="utf-8"><p>{NEWS}</p>'
    assert decode_page(page.encode("cp932"), http_charset="Shift_JIS") == (page, "cp932", "http")


def test_shift_jis_label_decodes_cp932_extensions() -> None:
    # Python's strict shift_jis cannot decode ① or ～; the label must mean CP932.
    content = NEWS.encode("cp932")
    with pytest.raises(UnicodeDecodeError):
        content.decode("shift_jis")
    assert decode_page(content, http_charset="shift_jis")[0] == NEWS


@pytest.mark.parametrize(
    ("content", "declared", "expected_encoding"),
    [
        (PLAIN.encode("cp932"), "utf-8", "cp932"),
        (PLAIN.encode("utf-8"), "shift_jis", "utf-8"),
        (PLAIN.encode("euc_jp"), "utf-8", "euc_jp"),
        (PLAIN.encode("utf-8"), "iso-8859-1", "utf-8"),  # decodes, but as mojibake
        (PLAIN.encode("utf-8"), "no-such-charset", "utf-8"),
    ],
)
def test_wrong_declared_charset_falls_back_to_detection(
    content: bytes, declared: str, expected_encoding: str
) -> None:
    assert decode_page(content, http_charset=declared) == (PLAIN, expected_encoding, "detected")


@pytest.mark.parametrize("text", ["ああち", "ああとああな"])
def test_legacy_label_on_utf8_bytes_is_overruled(text: str) -> None:
    # These UTF-8 bytes also decode strictly as CP932, into mojibake (縺ゅ≠縺｡...).
    content = text.encode("utf-8")
    content.decode("cp932")
    assert decode_page(content, http_charset="Shift_JIS") == (text, "utf-8", "detected")


def test_wrong_meta_charset_falls_back_to_detection() -> None:
    page = f'<meta charset="euc-jp"><p>{NEWS}</p>'
    assert decode_page(page.encode("cp932")) == (page, "cp932", "detected")


def test_meta_ignored_for_plain_text() -> None:
    page = f'例: <meta charset="euc-jp"> と書く。{PLAIN}'
    assert decode_page(page.encode("utf-8"), media_type_hint="text/plain")[1:] == (
        "utf-8",
        "detected",
    )


def test_meta_utf16_label_means_utf8() -> None:
    page = f'<meta charset="utf-16"><p>{PLAIN}</p>'
    assert decode_page(page.encode("utf-8")) == (page, "utf-8", "meta")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a\r\nb\rc\n", "a\nb\nc\n"),
        (codecs.BOM_UTF8 + "一\r\n二".encode(), "一\n二"),
        (codecs.BOM_UTF8 + codecs.BOM_UTF8 + b"x", "x"),  # a doubled BOM is dropped too
    ],
)
def test_newlines_and_bom_are_normalised(content: bytes, expected: str) -> None:
    assert decode_page(content)[0] == expected


def test_a_few_broken_bytes_are_tolerated() -> None:
    content = (PLAIN * 20).encode("utf-8") + b"\xff"
    text, encoding, _ = decode_page(content)
    assert encoding == "utf-8"
    assert text.startswith(PLAIN) and text.count("\ufffd") == 1


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(0x80, 0x100)) * 8,  # every high byte: no Japanese encoding yields text
        b"\xfd\xfe\xff" * 200 + "東京".encode(),
        b"\xff\xfe" + bytes(range(0x80, 0x100)) * 8,  # a UTF-16 BOM followed by junk
    ],
)
def test_undecodable(content: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_page(content)
    assert info.value.reason == "undecodable"
    assert "UTF-8" in info.value.detail


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'<html><meta charset="EUC-JP">', "EUC-JP"),
        (b"<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>", "Shift_JIS"),
        (b'<?xml version="1.0" encoding="euc-jp"?><rss/>', "euc-jp"),
        (b"<p>no declaration</p>", None),
        (b" " * 5000 + b'<meta charset="EUC-JP">', None),  # beyond the 4 KB window
    ],
)
def test_sniff_declared_charset(content: bytes, expected: str | None) -> None:
    assert sniff_declared_charset(content) == expected


@pytest.mark.parametrize(
    ("text", "low"),
    [
        (NEWS, True),
        (PLAIN, True),
        (PLAIN.encode("euc_jp").decode("cp932", "replace"), False),  # EUC read as CP932
    ],
)
def test_oddness_separates_japanese_from_mojibake(text: str, low: bool) -> None:
    assert (oddness(text) <= 0.15) is low


# --------------------------------------------------------------------------- property

# Common characters typed for this test: kana, frequent kanji, Japanese punctuation, digits.
_KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽっゃゅょ"
_KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポッャュョー"
_KANJI = "日本人大国年中出会時行事生上自政府市県都東京北海道首相大臣首脳電話協議発表停戦合意米露新聞記者経済円億万株価選挙議員警察事故地震台風火災関係者"
_PUNCT = "、。「」（）・！？　０１２３４５６７８９"
_ALPHABET = _KANA + _KATA + _KANJI + _PUNCT


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, min_size=12, max_size=200),
    encoding=st.sampled_from(["utf-8", "cp932", "euc_jp"]),
)
def test_decode_round_trips_japanese(text: str, encoding: str) -> None:
    decoded, used, _ = decode_page(text.encode(encoding))
    assert decoded == text
    assert decoded.encode(used) == text.encode(encoding)


# --------------------------------------------------------------------------- project pages

PAGES_DIR = Path(__file__).resolve().parents[1] / "data" / "pages"
_DECLARATION = re.compile(r"<meta[^>]*charset[^>]*>|<\?xml[^>]*\?>", re.IGNORECASE)


def _project_pages() -> list[Path]:
    if not PAGES_DIR.is_dir():
        return []
    return sorted(
        p for p in PAGES_DIR.rglob("*") if p.suffix in {".txt", ".html"} and "_src" not in p.parts
    )


@pytest.mark.parametrize("page", _project_pages(), ids=lambda p: p.name)
def test_project_pages_decode_without_declarations(page: Path) -> None:
    """Every gold page, stripped of its charset declaration, re-encoded in each Japanese
    encoding it fits, is detected exactly; also when the server wrongly says UTF-8."""
    text = _DECLARATION.sub("", decode_page(page.read_bytes())[0])
    for encoding in ("utf-8", "cp932", "euc_jp", "euc_jis_2004", "iso2022_jp"):
        # Characters the encoding lacks (emoji on blogs) are dropped, as a legacy CMS would.
        content = text.encode(encoding, errors="ignore")
        expected = content.decode(encoding)  # cp932 reads U+301C back as U+FF5E
        assert decode_page(content)[0] == expected, encoding
        assert decode_page(content, http_charset="utf-8")[0] == expected, encoding


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("n02_sjis-legacy.html", "cp932"),
        ("m03_sjis-legacy.html", "cp932"),
        ("o02_eucjp-legacy.html", "euc_jp"),
        ("b04_eucjp-legacy.html", "euc_jp"),
    ],
)
def test_legacy_project_pages_match_their_sources(name: str, encoding: str) -> None:
    pages = [p for p in _project_pages() if p.name == name]
    if not pages:
        pytest.skip("project pages not present")
    source = (PAGES_DIR / "_src" / f"{name}.utf8").read_text(encoding="utf-8")
    text, used, how = decode_page(pages[0].read_bytes())
    assert (text, used, how) == (source.replace("\r\n", "\n"), encoding, "meta")
