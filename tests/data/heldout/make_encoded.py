"""Write the legacy-encoded held-out pages from their UTF-8 sources.

The committed pages must be the encoded bytes (Shift_JIS/cp932, EUC-JP, UTF-8 with BOM), which an editor cannot be
trusted to keep. Their readable text is in ``_src/<name>.utf8``; this script re-encodes each one
next to this file. The ``.utf8`` extension keeps the sources out of any folder scan.

Run after editing a source:  python tests/data/heldout/make_encoded.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

#: source file in _src/ -> (target file name in this folder, Python codec)
TARGETS: dict[str, tuple[str, str]] = {
    "h18_sjis-font-frames.html.utf8": ("h18_sjis-font-frames.html", "cp932"),
    "h19_sjis-regional-wire.html.utf8": ("h19_sjis-regional-wire.html", "cp932"),
    "h20_eucjp-afp.html.utf8": ("h20_eucjp-afp.html", "euc_jp"),
    "h30_eucjp-market.html.utf8": ("h30_eucjp-market.html", "euc_jp"),
    "h32_bom-microdata.html.utf8": ("h32_bom-microdata.html", "utf-8-sig"),
}


def encode_all() -> list[Path]:
    """Encode every source in TARGETS and return the written paths.

    Raises UnicodeEncodeError (naming the source) when a character has no mapping in the target
    codec; never use errors='replace', which would silently change the gold text.
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
        assert out.read_bytes().decode(codec) == text, src_name
        written.append(out)
    return written


if __name__ == "__main__":
    for path in encode_all():
        print(path.name)
