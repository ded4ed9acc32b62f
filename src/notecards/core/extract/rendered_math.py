"""Math copied from a rendered web page: keep the TeX, drop the rendered copies.

Copying text from a page that renders math (KaTeX, MathJax) gives each formula twice or
three times in a row with no space between: the rendered glyphs, then the TeX source, and
sometimes the rendered glyphs again, e.g. ``α=supE\\alpha = \\sup E``. We find the TeX by its
commands, render it to plain text with pylatexenc, and remove the neighbouring runs that
read the same; the TeX is kept as ``$...$``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Final

from notecards.core.extract.patterns.sentences import HANGUL_SYLLABLE

if TYPE_CHECKING:
    from pylatexenc.latex2text import LatexNodes2Text

_TEX_ANCHOR: Final = re.compile(r"\\[A-Za-z]+|[A-Za-z0-9)\]}][_^](?:\{|[A-Za-z0-9])")
_IGNORED: Final = re.compile(r"[\s^_{}/\u200b\u200c\u200d\u2061\u2062\u2063\ufeff]+")
_MIN_SIMILARITY: Final = 80.0
_MIN_SIGNATURE: Final = 2


@functools.cache
def _renderer() -> LatexNodes2Text:
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="text", strict_latex_spaces=False)


_LOOKALIKES: Final = str.maketrans({"∣": "|", "−": "-", "∗": "*", "⋅": "·", "′": "'", "∶": ":"})


def signature(text: str) -> str:
    """What a formula looks like once spaces, scripts and combining marks are ignored."""
    text = unicodedata.normalize("NFKD", text).translate(_LOOKALIKES)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return _IGNORED.sub("", text)


def _render(tex: str) -> str:
    try:
        return signature(_renderer().latex_to_text(tex))
    except Exception:  # pylatexenc gives up on some malformed input
        return signature(tex)


def _similarity(left: str, right: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(left, right))


def _rendered_before(text: str, end: int, wanted: str) -> int | None:
    """Start of the run ending at ``end`` that reads like ``wanted``, if there is one."""
    best: tuple[float, int] | None = None
    collected = ""
    start = end
    limit = max(len(wanted) * 2, len(wanted) + 4)
    while start > 0 and len(collected) < limit:
        start -= 1
        char = text[start]
        if HANGUL_SYLLABLE.match(char) or char == "$":
            break
        collected = signature(char) + collected
        if len(collected) >= len(wanted) * 0.6:
            score = _similarity(collected, wanted)
            if score >= _MIN_SIMILARITY and (best is None or score > best[0]):
                best = (score, start)
    return None if best is None else best[1]


def _tex_end(text: str, anchor: int) -> int:
    """Where the TeX that holds ``anchor`` stops: at Korean text, a ``$``, or the line end."""
    match = HANGUL_SYLLABLE.search(text, anchor)
    end = match.start() if match else len(text)
    dollar = text.find("$", anchor)
    if 0 <= dollar < end:
        end = dollar
    while end > anchor and text[end - 1] in " \t,.;:":
        end -= 1
    return end


_PLAIN_MATH_RUN: Final = re.compile(
    r"[^\s\uac00-\ud7a3$][^\uac00-\ud7a3$]*[<>=≤≥≠+*/^|][^\uac00-\ud7a3$]*"
)
_MIN_REPEAT: Final = 3


def _drop_plain_repeat(line: str) -> str:
    """``d(a,n)<d(a,p)d(a,n) < d(a, p)``: a formula with no TeX commands, given twice."""
    for match in _PLAIN_MATH_RUN.finditer(line):
        run = match.group(0).rstrip()
        starts = [0] + [index + 1 for index, char in enumerate(run) if char.isspace()]
        for start in starts:
            tail = run[start:]
            for cut in range(_MIN_REPEAT, len(tail) - _MIN_REPEAT + 1):
                if tail[cut - 1].isspace() or tail[cut].isspace():
                    continue
                first, second = signature(tail[:cut]), signature(tail[cut:])
                if len(first) >= _MIN_REPEAT and first == second:
                    begin = match.start() + start
                    return f"{line[:begin]}${tail[cut:].strip()}${line[match.start() + len(run) :]}"
    return line


def keep_tex(line: str) -> str:
    """The line with each rendered-then-TeX formula replaced by ``$TeX$``."""
    if "\\" not in line and "^" not in line and "_" not in line:
        return _drop_plain_repeat(line) if any(op in line for op in "<>=≤≥≠") else line
    position = 0
    pieces: list[str] = []
    while True:
        anchor = _TEX_ANCHOR.search(line, position)
        if anchor is None:
            break
        replacement = _dedupe_at(line, position, anchor.start())
        if replacement is None:
            pieces.append(line[position : anchor.end()])
            position = anchor.end()
            continue
        start, end, tex = replacement
        pieces.append(line[position:start])
        pieces.append(f"${tex}$")
        position = end
    pieces.append(line[position:])
    return "".join(pieces)


def _dedupe_at(line: str, floor: int, anchor: int) -> tuple[int, int, str] | None:
    """Find the rendered copies around the TeX holding ``anchor``: (start, end, tex)."""
    end = _tex_end(line, anchor)
    best: tuple[float, int, int, str] | None = None
    for tex_start in range(anchor, floor - 1, -1):
        if tex_start < anchor and HANGUL_SYLLABLE.match(line[tex_start]):
            break
        glued = tex_start > floor and line[tex_start - 1] not in " \t" and tex_start != anchor
        if glued and not _could_start_tex(line, tex_start):
            continue
        for tex_end in _tex_ends(line, tex_start, end):
            tex = line[tex_start:tex_end].strip()
            wanted = _render(tex) if tex else ""
            if len(wanted) < _MIN_SIGNATURE:
                continue
            before = _rendered_before(line, tex_start, wanted)
            if before is None or before < floor:
                continue
            leading = signature(line[before:tex_start])
            score = _similarity(leading, wanted) + len(leading) / 1000
            if best is None or score > best[0]:
                best = (score, before, end, tex)
    if best is None:
        return None
    return best[1], best[2], best[3]


def _could_start_tex(line: str, position: int) -> bool:
    """TeX glued to its rendered copy starts where the copy's last glyph ends."""
    previous = line[position - 1]
    return not (previous.isalnum() and line[position].isalnum()) or previous.isupper() != (
        line[position].isupper()
    )


def _tex_ends(line: str, tex_start: int, end: int) -> list[int]:
    """Where the TeX may end: at the run's end, or before a trailing rendered copy."""
    ends = [end]
    for cut in range(end - 1, tex_start + 1, -1):
        trailing = signature(line[cut:end])
        if len(trailing) < _MIN_SIGNATURE:
            continue
        leading_start = _rendered_before(line, tex_start, trailing)
        if leading_start is not None:
            ends.append(cut)
    return ends
