"""Turn the bytes of a page into text, Japanese legacy encodings first.

Order of evidence (the first that decodes the bytes wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32)                      -> ``encoding_source="bom"``
2. the charset of the HTTP ``Content-Type`` header                -> ``"http"``
3. ``<meta charset>`` / ``<meta http-equiv=content-type>`` or the XML declaration in the first
   4 KB                                                            -> ``"meta"``
4. detection: the Japanese candidates (UTF-8, CP932, EUC-JP, ISO-2022-JP) that decode strictly,
   scored by how plausible their characters are; then charset_normalizer   -> ``"detected"``
5. pure ASCII, or a nearly clean lossy UTF-8                       -> ``"utf-8"``

A declared charset is only trusted when the bytes decode strictly in it; otherwise detection runs
and the result says ``"detected"``. Shift_JIS labels decode as CP932 (Windows-31J), because
Japanese pages labelled Shift_JIS nearly always use its extensions (①, ～, NEC/IBM kanji).
Returned text has no BOM and only ``"\\n"`` newlines.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache

from storyline.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Label -> codecs to try, best first. Supersets first: a page labelled Shift_JIS is really
#: CP932 (the web's "Shift_JIS" is Windows-31J per the WHATWG Encoding standard), and EUC-JP
#: pages with circled digits need EUC-JIS-2004.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "cp932": ("cp932", "shift_jis_2004"),
    "euc_jp": ("euc_jp", "euc_jis_2004"),
    "iso2022_jp": ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2004", "iso2022_jp_2"),
}
_LABEL_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        (
            "shift_jis",
            "shift-jis",
            "sjis",
            "x-sjis",
            "ms_kanji",
            "csshiftjis",
            "windows-31j",
            "cp932",
            "ms932",
            "x-ms-cp932",
            "shift_jisx0213",
            "shift_jis_2004",
        ),
        "cp932",
    ),
    **dict.fromkeys(
        (
            "euc-jp",
            "euc_jp",
            "eucjp",
            "x-euc-jp",
            "cseucpkdfmtjapanese",
            "euc-jis-2004",
            "euc_jis_2004",
            "euc-jisx0213",
        ),
        "euc_jp",
    ),
    **dict.fromkeys(("iso-2022-jp", "iso2022jp", "csiso2022jp", "iso2022_jp"), "iso2022_jp"),
}
#: Single-byte Western labels decode any bytes, so they prove nothing: Japanese pages carry them
#: by mistake (template defaults). With these labels a clean multibyte detection wins.
_WEAK_LABELS = frozenset({"cp1252", "latin_1", "iso8859_15", "ascii"})

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_\-.]{1,40})""")
#: How far into the page a <meta charset> is looked for. HTML requires it in the first 1024
#: bytes; real pages put long <script>/<link> blocks first, so 4 KB catches them too.
_META_WINDOW = 4096

#: Lossy decoding is accepted when at most this share of characters became U+FFFD. A page with
#: a few broken bytes (a truncated multibyte char, one bad byte from a CMS) is still readable;
#: above 0.5 % the text is mostly noise. Calibrated on hand-damaged CP932/UTF-8 pages in
#: tests/ingest/test_decoding.py.
_MAX_REPLACEMENT_SHARE = 0.005


def decode_page(
    content: bytes, *, http_charset: str | None = None, media_type_hint: str | None = None
) -> tuple[str, str, str]:
    """Decode the bytes of a page.

    ``http_charset`` is the charset parameter of the HTTP Content-Type, if any;
    ``media_type_hint`` (``text/html``, ``text/plain``, ...) says whether ``<meta>`` tags mean
    anything (they are ignored for ``text/plain``).

    Returns ``(text, encoding, encoding_source)``: the text without BOM and with ``\\n``
    newlines, the Python codec name used, and where it came from (``bom``, ``http``, ``meta``,
    ``detected``, ``utf-8``).

    Raises InputError("undecodable") when no encoding gives readable text.
    """
    text, encoding, source = _decode_raw(content, http_charset, media_type_hint)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding, source


def _decode_raw(
    content: bytes, http_charset: str | None, media_type_hint: str | None
) -> tuple[str, str, str]:
    """decode_page before newline and BOM clean-up: BOM, declarations, detection, lossy."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            try:
                text = content[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break  # a BOM followed by junk: let detection judge the bytes
            # Any even-length junk after FF FE "decodes" as UTF-16: judge the result too.
            if encoding == "utf-8" or oddness(text) <= _MAX_ODDNESS:
                return text, encoding, "bom"
            break
    declared: list[tuple[str, str]] = []
    if http_charset:
        declared.append((http_charset, "http"))
    if media_type_hint != "text/plain":
        meta = sniff_declared_charset(content)
        if meta:
            declared.append((meta, "meta"))
    for label, source in declared:
        result = _try_declared(content, label, source)
        if result is not None:
            return result
    if content.isascii() and not _is_iso2022_jp(content):
        return content.decode("ascii"), "utf-8", "utf-8"
    detected = detect_encoding(content)
    if detected is not None:
        return content.decode(detected), detected, "detected"
    return _decode_lossy(content, [label for label, _ in declared])


def sniff_declared_charset(content: bytes) -> str | None:
    """Return the charset named by the XML declaration or a ``<meta>`` tag near the top, or None."""
    head = content[:_META_WINDOW]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


@cache
def _codecs_for(label: str) -> tuple[str, ...]:
    """Python codecs to try for a charset label, best first; () for an unknown label."""
    key = label.strip().strip("\"'").lower()
    if key in _LABEL_ALIASES:
        return _FAMILIES[_LABEL_ALIASES[key]]
    if key in {"iso-8859-1", "latin1", "latin-1", "us-ascii"}:
        key = "cp1252"  # WHATWG: these labels mean windows-1252 on the web
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return ()
    return (name,)


#: Escape sequences that switch ISO-2022-JP into JIS X 0208 / 0212 / 0213 or JIS-Roman.
_ISO2022_ESCAPE = re.compile(rb"\x1b(?:\$[@B]|\$\(D|\$\(O|\$\(Q|\(J)")


def _is_iso2022_jp(content: bytes) -> bool:
    """7-bit bytes with ISO-2022-JP escapes: mail-style Japanese that any ASCII label "decodes"."""
    return max(content, default=0) < 0x80 and _ISO2022_ESCAPE.search(content) is not None


def _try_declared(content: bytes, label: str, source: str) -> tuple[str, str, str] | None:
    """Decode with a declared charset, or None when it is unknown or does not fit the bytes."""
    names = _codecs_for(label)
    if names and not names[0].startswith("iso2022") and _is_iso2022_jp(content):
        return None  # the label is wrong: let detection name the ISO-2022-JP variant
    if source == "meta" and names and names[0].startswith("utf-16"):
        # A <meta> readable as ASCII cannot be in UTF-16; browsers read such pages as UTF-8.
        names = ("utf-8",)
    for name in names:
        try:
            text = content.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        better = _overrule(content, name, text)
        if better is not None:
            return better
        return text, name, source
    return None


def _overrule(content: bytes, name: str, text: str) -> tuple[str, str, str] | None:
    """A detected reading that beats a declared charset which decoded "successfully".

    Single-byte Western labels decode anything, so detection decides for non-ASCII bytes.
    A legacy label on bytes that are also valid multibyte UTF-8 loses to UTF-8 when UTF-8
    reads at least as plausibly (sites moved to UTF-8 and kept their old <meta>).
    """
    if content.isascii():
        return None
    if name in _WEAK_LABELS:
        detected = detect_encoding(content)
        if detected is not None and detected not in _WEAK_LABELS:
            return content.decode(detected), detected, "detected"
        return None
    if name != "utf-8":
        try:
            as_utf8 = content.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if oddness(as_utf8) <= oddness(text):
            return as_utf8, "utf-8", "detected"
    return None


#: Candidates of our own detection, in tie-break order: UTF-8 first (valid multibyte UTF-8 is
#: almost never an accident), then the two legacy Japanese encodings by frequency on the web.
_CANDIDATES = ("utf-8", "cp932", "euc_jp", "euc_jis_2004", "shift_jis_2004")
#: A winner from our own candidates must have at most this much oddness per character. Real
#: Japanese text scores 0-0.02; EUC-JP bytes read as CP932 score 0.5+ (half-width kana), so
#: 0.15 separates them with a wide margin. Rerun tests/ingest/test_decoding.py when changed.
_MAX_ODDNESS = 0.15


def detect_encoding(content: bytes) -> str | None:
    """Guess the encoding of non-ASCII bytes with no usable declaration.

    Returns a Python codec name that decodes ``content`` strictly, or None when nothing does.
    """
    if _is_iso2022_jp(content):
        for name in _FAMILIES["iso2022_jp"]:
            try:
                content.decode(name)
            except UnicodeDecodeError:
                continue
            return name
    best: tuple[float, int, str] | None = None
    for rank, name in enumerate(_CANDIDATES):
        try:
            text = content.decode(name)
        except UnicodeDecodeError:
            continue
        score = oddness(text)
        if best is None or (score, rank) < best[:2]:
            best = (score, rank, name)
    if best is not None and best[0] <= _MAX_ODDNESS:
        return best[2]
    return _detect_with_charset_normalizer(content)


#: charset_normalizer results are taken only when its mess ratio ("chaos") is at most this:
#: clean text scores 0.0; 0.1 is the library's own default threshold (``threshold=0.2``) halved,
#: because here a wrong guess silently produces mojibake downstream.
_MAX_CHAOS = 0.1
#: Single-byte code pages decode any bytes; their guess must also look like a language
#: (charset_normalizer "coherence"), which junk bytes never do (measured 0.0 on random bytes).
_MIN_SINGLE_BYTE_COHERENCE = 0.1


def _detect_with_charset_normalizer(content: bytes) -> str | None:
    import charset_normalizer  # imported lazily: only needed for non-Japanese oddities

    match = charset_normalizer.from_bytes(content).best()
    if match is None or match.chaos > _MAX_CHAOS:
        return None
    names = _codecs_for(match.encoding)
    if not names:
        return None
    single_byte = len(b"\xb0\xa1".decode(names[0], "replace")) == 2
    if single_byte and match.coherence < _MIN_SINGLE_BYTE_COHERENCE:
        return None
    return names[0]


#: Characters scored by :func:`oddness`: enough for a stable verdict, cheap on a 10 MB page.
_ODDNESS_SAMPLE = 20_000
_NOT_PLAIN_ASCII = re.compile(r"[^\t\n\r\f\x1b\x20-\x7e]")


def oddness(text: str) -> float:
    """Mean implausibility of the non-ASCII characters of ``text`` as Japanese (0 = plausible).

    Only the first ``_ODDNESS_SAMPLE`` characters are looked at; ASCII control characters count
    against the text. Weights: ordinary Japanese/punctuation 0; other symbols 0.25; letters of
    other scripts 0.5 (Greek/Cyrillic exist in JIS X 0208 but are rare in news); half-width
    katakana 1 (rare today, but what EUC-JP bytes read as CP932 turn into); controls,
    private-use and unassigned code points 2.
    """
    odd = _NOT_PLAIN_ASCII.findall(text[:_ODDNESS_SAMPLE])
    if not odd:
        return 0.0
    return sum(_char_weight(ch) for ch in odd) / len(odd)


def _char_weight(ch: str) -> float:
    """The weight of one character in :func:`oddness`."""
    code = ord(ch)
    if code < 0x80:
        return 0.0 if (ch.isprintable() or ch in "\t\n\r\f\x1b") else 2.0
    if (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs (NEC/IBM kanji)
        or 0xFF01 <= code <= 0xFF5E  # full-width ASCII
        or 0x2010 <= code <= 0x2312  # punctuation, arrows, maths, ①..
        or 0x2460 <= code <= 0x25FF  # enclosed alphanumerics, box drawing, shapes
        or 0x3200 <= code <= 0x33FF  # enclosed CJK, squared units (㈱, ㎞)
        or 0x00A0 <= code <= 0x00FF  # Latin-1 (×, ÷, §, accented names)
    ):
        return 0.0
    if 0xFF61 <= code <= 0xFF9F:
        return 1.0
    category = unicodedata.category(ch)
    if category in {"Cc", "Co", "Cn", "Cs"}:
        return 2.0
    if category.startswith("L"):
        return 0.5
    return 0.25


def _decode_lossy(content: bytes, labels: list[str]) -> tuple[str, str, str]:
    """Last resort: the declared or a Japanese codec with a few U+FFFD, or raise undecodable."""
    names = [name for label in labels for name in _codecs_for(label)]
    names += [n for n in ("utf-8", "cp932", "euc_jp") if n not in names]
    best: tuple[int, str, str] | None = None
    for name in names:
        text = content.decode(name, errors="replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, name, text)
    assert best is not None
    bad, name, text = best
    if bad <= max(1, len(text) * _MAX_REPLACEMENT_SHARE) and oddness(text) <= _MAX_ODDNESS:
        return text, name, "utf-8" if name == "utf-8" else "detected"
    raise InputError(
        "undecodable",
        f"no encoding decodes these {len(content)} bytes (declared: {', '.join(labels) or 'none'}; "
        f"best try {name} left {bad} broken characters); re-save the page as UTF-8",
    )
