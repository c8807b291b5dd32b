"""Write the non-UTF-8 sample pages (and the one UTF-8-with-BOM page) from their UTF-8 sources.

The sources live in ``samples/encoded_src/`` as plain UTF-8 ``*.html.in`` files (an extension
the ingest stage ignores, so ``storyline build samples`` never reads them as pages); the corpus
files under ``samples/corpus/`` must be the encoded bytes a legacy site would serve.
Run from the repository root after editing a source::

    .venv/bin/python samples/make_encoded.py          # rewrite the encoded pages
    .venv/bin/python samples/make_encoded.py --check  # exit 1 if a page is out of date

Encoding is strict: a character the target code page cannot hold (for example U+FF5E in EUC-JP)
raises instead of being silently replaced, so the bytes on disk always decode back to the source.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "encoded_src"
CORPUS = HERE / "corpus"

#: source file name (without ``.in``) -> (corpus path relative to samples/corpus, codec name)
PAGES: dict[str, tuple[str, str]] = {
    "a07_sjis-legacy_michinoku-nichinichi.html": (
        "ukraine-ceasefire-2025-03/a07_sjis-legacy_michinoku-nichinichi.html",
        "cp932",
    ),
    "a08_eucjp-legacy_setouchi-times.html": (
        "ukraine-ceasefire-2025-03/a08_eucjp-legacy_setouchi-times.html",
        "euc-jp",
    ),
    "b04_press-release_nippon-steel.html": (
        "nippon-steel-2025/b04_press-release_nippon-steel.html",
        "utf-8-sig",
    ),
    "b06_sjis-legacy_joshu-shimpo.html": (
        "nippon-steel-2025/b06_sjis-legacy_joshu-shimpo.html",
        "cp932",
    ),
    "b07_eucjp-legacy_hokuriku-keizai.html": (
        "nippon-steel-2025/b07_eucjp-legacy_hokuriku-keizai.html",
        "euc-jp",
    ),
}


def encode_page(source: Path, codec: str) -> bytes:
    """Return the bytes of ``source`` (UTF-8 text) encoded with ``codec``.

    Line endings are CRLF for the legacy code pages, as such servers usually sent them.
    Raises UnicodeEncodeError if the text holds a character the codec cannot encode.
    """
    text = source.read_text(encoding="utf-8")
    if codec in ("cp932", "euc-jp"):
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(codec, errors="strict")
    if data.decode(codec) != text:  # a lossy round trip would make the gold set lie
        raise ValueError(f"{source.name}: {codec} round trip changed the text")
    return data


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` compare) every encoded page; return the exit status."""
    check = "--check" in argv
    stale = 0
    for name, (target, codec) in PAGES.items():
        data = encode_page(SOURCES / f"{name}.in", codec)
        path = CORPUS / target
        if check:
            if not path.exists() or path.read_bytes() != data:
                print(f"out of date: {path.relative_to(HERE.parent)}")
                stale += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(HERE.parent)} ({codec}, {len(data)} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
