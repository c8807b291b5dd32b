"""Place names compared loosely: one names the other, or both share an administrative part."""

from __future__ import annotations

import re
import unicodedata


def place_key(place: str) -> str:
    """The matching key of a place: NFKC, no spaces."""
    return unicodedata.normalize("NFKC", place).replace(" ", "")


_ADMIN = re.compile(r".+?(?:都|道|府|県|市|区|町|村|郡)|.+$")


def _components(key: str) -> set[str]:
    """Administrative parts of a place: 岩手県大船渡市 -> {岩手県, 大船渡市}; の splits too
    (サウジアラビア西部のジッダ -> サウジアラビア西部, ジッダ)."""
    out: set[str] = set()
    for part in key.split("の"):
        out.update(m.group(0) for m in _ADMIN.finditer(part) if m.group(0))
    return out


def same_place(a: str, b: str) -> bool:
    """One place names the other (ジッダ in サウジアラビア西部のジッダ) or both share an
    administrative part (大船渡市赤崎町 and 岩手県大船渡市)."""
    return a in b or b in a or bool(_components(a) & _components(b))


_ADMIN_END = re.compile(r"(?:都|道|府|県|市|区|町|村|郡|州|省)$")


def looks_like_place(key: str, kind: str | None) -> bool:
    """A name the checks may treat as a place: an actor of kind place or country, or a name
    ending in an administrative unit (大船渡市赤崎町). Unknown names (東京ドーム, 大リーグ)
    are venues, leagues or mistakes of the events stage and are not compared."""
    return kind in ("place", "country") or bool(_ADMIN_END.search(key))
