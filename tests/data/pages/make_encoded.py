"""Write the legacy-encoded gold pages from their UTF-8 sources.

The committed pages must be the encoded bytes (Shift_JIS/cp932, EUC-JP, UTF-8 with BOM), which
an editor cannot be trusted to keep. Their text is kept, readable, in ``_src/<name>.utf8``; this
script re-encodes each one into its story folder. The ``.utf8`` extension keeps the sources out
of any folder scan (ingest only reads .txt/.html/.htm/.warc/.xml).

Run after editing a source:  python tests/data/pages/make_encoded.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

#: source file in _src/ -> (target path relative to this folder, Python codec)
TARGETS: dict[str, tuple[str, str]] = {
    "n02_sjis-legacy.html.utf8": ("nissan-honda-2025/n02_sjis-legacy.html", "cp932"),
    "m03_sjis-legacy.html.utf8": ("mlb-tokyo-series-2025/m03_sjis-legacy.html", "cp932"),
    "o02_eucjp-legacy.html.utf8": ("ofunato-wildfire-2025/o02_eucjp-legacy.html", "euc_jp"),
    "b04_eucjp-legacy.html.utf8": ("budget-fy2025/b04_eucjp-legacy.html", "euc_jp"),
    "b08_jsonld-html.html.utf8": ("budget-fy2025/b08_jsonld-html.html", "utf-8-sig"),
}


def encode_all() -> list[Path]:
    """Encode every source in TARGETS; return the written paths.

    Raises UnicodeEncodeError naming the file when a character has no mapping in the target
    codec (for example U+301C WAVE DASH in cp932): fix the source, do not use errors='replace',
    since a replaced character would silently change the gold text.
    """
    written = []
    for src_name, (target, codec) in TARGETS.items():
        text = (HERE / "_src" / src_name).read_text(encoding="utf-8")
        try:
            data = text.encode(codec)
        except UnicodeEncodeError as exc:
            raise UnicodeEncodeError(
                exc.encoding, exc.object, exc.start, exc.end, f"{src_name}: {exc.reason}"
            ) from exc
        out = HERE / target
        out.write_bytes(data)
        # Round trip: the page must decode back to exactly its source text.
        assert out.read_bytes().decode(codec) == text, src_name
        written.append(out)
    return written


if __name__ == "__main__":
    for path in encode_all():
        print(path.relative_to(HERE))
