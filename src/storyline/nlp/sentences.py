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


def _protected(line: str) -> list[bool]:
    """For each character of a line: is it inside a matched bracket pair or a URL?"""
    inside = [False] * (len(line) + 1)
    stacks: dict[str, list[int]] = {}
    depth_delta = [0] * (len(line) + 1)
    for i, ch in enumerate(line):
        if ch in _OPEN_TO_CLOSE:
            stacks.setdefault(ch, []).append(i)
        elif ch in _CLOSE_TO_OPEN and stacks.get(_CLOSE_TO_OPEN[ch]):
            j = stacks[_CLOSE_TO_OPEN[ch]].pop()
            if i - j <= _MAX_BRACKET_SPAN:
                depth_delta[j + 1] += 1
                depth_delta[i] -= 1
    depth = 0
    for i in range(len(line)):
        depth += depth_delta[i]
        inside[i] = depth > 0
    for m in _URL.finditer(line):
        for i in range(m.start(), m.end()):
            inside[i] = True
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
    inside = _protected(line)
    breaks: list[int] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch in _TERMINATORS and not inside[i] and _is_break(line, i):
            j = i + 1
            while j < n and (line[j] in _STRONG or line[j] in "…" or line[j] in _CLOSE_TO_OPEN):
                j += 1
            breaks.append(j)
            i = j
            continue
        closes_quote = ch in _CLOSE_TO_OPEN and i and inside[i - 1] and not inside[i]
        if closes_quote and line[i - 1] in _STRONG and _closing_ends(line, i):
            breaks.append(i + 1)
        i += 1
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
