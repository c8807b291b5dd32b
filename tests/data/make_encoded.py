"""Write the legacy-encoded test pages from their UTF-8 sources.

The committed pages must be the encoded bytes (Shift_JIS/cp932, EUC-JP, UTF-8 with BOM), which
an editor cannot be trusted to keep. Their text is kept, readable, in ``<folder>/_src/<name>.utf8``;
this script re-encodes each one. The ``.utf8`` extension keeps the sources out of any folder scan
(ingest only reads .txt/.html/.htm/.warc/.xml).

Run after editing a source:  python tests/data/make_encoded.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

#: folder under tests/data -> {source in <folder>/_src/ -> (target relative to <folder>, codec)}
TARGETS: dict[str, dict[str, tuple[str, str]]] = {
    "pages": {
        "n02_sjis-legacy.html.utf8": ("nissan-honda-2025/n02_sjis-legacy.html", "cp932"),
        "m03_sjis-legacy.html.utf8": ("mlb-tokyo-series-2025/m03_sjis-legacy.html", "cp932"),
        "o02_eucjp-legacy.html.utf8": ("ofunato-wildfire-2025/o02_eucjp-legacy.html", "euc_jp"),
        "b04_eucjp-legacy.html.utf8": ("budget-fy2025/b04_eucjp-legacy.html", "euc_jp"),
        "b08_jsonld-html.html.utf8": ("budget-fy2025/b08_jsonld-html.html", "utf-8-sig"),
    },
    "heldout": {
        "h18_sjis-font-frames.html.utf8": ("h18_sjis-font-frames.html", "cp932"),
        "h19_sjis-regional-wire.html.utf8": ("h19_sjis-regional-wire.html", "cp932"),
        "h20_eucjp-afp.html.utf8": ("h20_eucjp-afp.html", "euc_jp"),
        "h30_eucjp-market.html.utf8": ("h30_eucjp-market.html", "euc_jp"),
        "h32_bom-microdata.html.utf8": ("h32_bom-microdata.html", "utf-8-sig"),
        "h52_sjis-city-press-release.html.utf8": ("h52_sjis-city-press-release.html", "cp932"),
        "h62_eucjp-body-table.html.utf8": ("h62_eucjp-body-table.html", "euc_jp"),
        "h70_eucjp-qa-aggregator.html.utf8": ("h70_eucjp-qa-aggregator.html", "euc_jp"),
        # The page declares <meta charset="utf-8"> but its bytes are cp932 (the bytes win).
        "h81_sjis-wrong-meta-utf8.html.utf8": ("h81_sjis-wrong-meta-utf8.html", "cp932"),
    },
}


def encode_all() -> list[Path]:
    """Encode every source in TARGETS; return the written paths.

    Raises UnicodeEncodeError naming the file when a character has no mapping in the target
    codec (for example U+301C WAVE DASH in cp932): fix the source, do not use errors='replace',
    since a replaced character would silently change the gold text.
    """
    written = []
    for folder, targets in TARGETS.items():
        base = HERE / folder
        for src_name, (target, codec) in targets.items():
            text = (base / "_src" / src_name).read_text(encoding="utf-8")
            try:
                data = text.encode(codec)
            except UnicodeEncodeError as exc:
                raise UnicodeEncodeError(
                    exc.encoding, exc.object, exc.start, exc.end, f"{src_name}: {exc.reason}"
                ) from exc
            out = base / target
            out.write_bytes(data)
            # Round trip: the page must decode back to exactly its source text.
            assert out.read_bytes().decode(codec) == text, src_name
            written.append(out)
    return written


if __name__ == "__main__":
    for path in encode_all():
        print(path.relative_to(HERE))
