"""Split a Japanese article body into sentences, with offsets into the body.

Rules, in order of strength:

- A newline always ends a sentence (bodies join paragraphs with ``"\\n\\n"``; a single
  newline inside a paragraph is a line break of a heading or list item).
- ``。！？!?`` end a sentence, together with any further terminators and closing brackets that
  follow them (``！？``, ``。）``).
- Nothing inside a bracket pair 「」『』（）()【】［］〈〉《》 is split, so a quotation of several
  sentences stays in the sentence that reports it. A closing bracket whose quotation ends with
  a terminator ends the sentence when what follows is not a particle (``「…だ。」首相は`` splits,
  ``「…だ。」と述べた`` does not).
- Brackets are matched per line with one stack per bracket kind; an opening bracket with no
  partner, or whose partner is more than ``_MAX_BRACKET_SPAN`` characters away, protects
  nothing, so a stray 「 cannot swallow the rest of a paragraph.
- ``．`` and ``.`` inside numbers (２８．５％, 3.5%), abbreviations (U.S., No.1, Ｕ．Ｓ．) and
  URLs do not split; ``…`` never does; ``!`` inside a name (Yahoo!ニュース) does not.

Sentences are stripped of surrounding whitespace (ASCII and the ideographic space), so only
whitespace lies between two sentences.
"""

from __future__ import annotations

import re

from storyline.models import Sentence

SENTENCES_VERSION = "sentences-1"

_OPEN_TO_CLOSE = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "［": "］",
                  "〈": "〉", "《": "》", "〔": "〕"}  # fmt: skip
_CLOSE_TO_OPEN = {v: k for k, v in _OPEN_TO_CLOSE.items()}
# A bracket pair longer than this protects nothing. The longest quotation in the gold set
# (tests/nlp/gold/sentences.jsonl) is under 200 characters; news quotations of several
# sentences rarely pass 300. Rerun tests/nlp/test_sentences.py after changing it.
_MAX_BRACKET_SPAN = 400
_TERMINATORS = "。！？!?．."
_STRONG = "。！？!?"
_SPACE = " \t\r\f\v\u3000\u00a0"
_URL = re.compile(r"(?:https?|ftp)://[!-~]+|www\.[!-~]+|[\w.+-]+@[\w-]+\.[\w.]+", re.ASCII)
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "no", "vs", "etc", "inc", "co", "ltd", "jr", "sr", "st",
     "corp", "approx", "fig", "vol", "p", "pp", "gov", "dept", "e.g", "i.e"}
)  # fmt: skip
_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
# After a closing quotation, a particle or comma continues the sentence (「…。」と述べた,
# 「…。」との声). Other hiragana (その後, また) start a new sentence.
_CONTINUES = re.compile(
    r"(?:と|って|が|は|も|の|を|に|で|だ|や|へ|など|より|から|まで|か(?!ら)|、|，|,|・)"
)


# The characters the splitter has to look at; everything else is skipped by a regex scan
# rather than a Python loop over every character (the splitter was about 5% of the layer).
_BRACKET_CHARS = re.compile(
    "[" + re.escape("".join(_OPEN_TO_CLOSE) + "".join(_CLOSE_TO_OPEN)) + "]"
)
_CANDIDATES = re.compile("[" + re.escape(_TERMINATORS + "".join(_CLOSE_TO_OPEN)) + "]")


def _protected(line: str) -> bytearray:
    """For each character of a line (and one past its end): 1 when it is inside a matched
    bracket pair (brackets excluded) or part of a URL, else 0."""
    inside = bytearray(len(line) + 1)
    stacks: dict[str, list[int]] = {}
    for m in _BRACKET_CHARS.finditer(line):
        i, ch = m.start(), m.group()
        if ch in _OPEN_TO_CLOSE:
            stacks.setdefault(ch, []).append(i)
        elif stacks.get(_CLOSE_TO_OPEN[ch]):
            j = stacks[_CLOSE_TO_OPEN[ch]].pop()
            if i - j <= _MAX_BRACKET_SPAN and i > j + 1:
                inside[j + 1 : i] = b"\x01" * (i - j - 1)
    if "/" in line or "@" in line or "www." in line:
        for m in _URL.finditer(line):
            inside[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return inside


def _is_break(line: str, i: int) -> bool:
    """Does the terminator at line[i] end a sentence?"""
    ch = line[i]
    prev = line[i - 1] if i else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    if ch in "．.":
        if prev.isdecimal() and nxt.isdecimal():
            return False  # ２８．５, 3.5
        if ch == "." and nxt and nxt not in _SPACE and nxt not in _STRONG + "」』）)":
            return False  # U.S.-made, No.1, example.com
        word = re.search(r"[A-Za-zＡ-Ｚａ-ｚ.]+$", line[:i])
        if word and (len(word.group()) == 1 or "." in word.group()):
            return False  # U.S., Ｕ．Ｓ．, a single initial
        return not (word and word.group().lower() in _ABBREVIATIONS)
    if ch in "!?" and prev.isascii() and prev.isalpha() and nxt and nxt not in _SPACE:
        return bool(nxt in _STRONG + "」』）)")  # Yahoo!ニュース, Jeopardy!の
    # 本当か？と疑う: a quoting particle right after ！？ continues the sentence
    return not (ch in "！？!?" and nxt in {"と", "っ"})


def _line_breaks(line: str) -> list[int]:
    """Offsets in `line` after which a sentence ends."""
    breaks: list[int] = []
    if _CANDIDATES.search(line) is None:
        return breaks
    inside = _protected(line)
    n = len(line)
    skip_to = 0  # characters before this were consumed by the last break
    for m in _CANDIDATES.finditer(line):
        i, ch = m.start(), m.group()
        if i < skip_to:
            continue
        if ch in _TERMINATORS and not inside[i] and _is_break(line, i):
            j = i + 1
            while j < n and (line[j] in _STRONG or line[j] in "…" or line[j] in _CLOSE_TO_OPEN):
                j += 1
            breaks.append(j)
            skip_to = j
            continue
        closes_quote = ch in _CLOSE_TO_OPEN and i and inside[i - 1] and not inside[i]
        if closes_quote and line[i - 1] in _STRONG and _closing_ends(line, i):
            breaks.append(i + 1)
    return breaks


def _closing_ends(line: str, i: int) -> bool:
    """A quotation closed at line[i] after a terminator: does the sentence end here?"""
    j = i + 1
    while j < len(line) and line[j] in _CLOSE_TO_OPEN:
        j += 1
    if j >= len(line) or line[j] in _SPACE:
        return True
    return not (_CONTINUES.match(line, j) or line[j] in _TERMINATORS)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences whose offsets index ``text`` itself.

    Returns the sentences in order; they do not overlap, each ``text`` equals
    ``text[start:end]``, and only whitespace lies between them. Never raises.
    """
    cuts: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        for b in [*_line_breaks(line), len(line)]:
            if b > start:
                cuts.append((pos + start, pos + b))
            start = b
        pos += len(line) + 1
    out: list[Sentence] = []
    for a, b in cuts:
        while a < b and (text[a] in _SPACE or text[a].isspace()):
            a += 1
        while b > a and (text[b - 1] in _SPACE or text[b - 1].isspace()):
            b -= 1
        if b > a:
            out.append(Sentence(index=len(out), start=a, end=b, text=text[a:b]))
    return tuple(out)
