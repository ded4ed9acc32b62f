"""Math in card text: finding ``$...$`` and ``$$...$$`` in markdown, and TeX as Unicode.

A terminal cannot typeset TeX, but most of what study notes hold reads well as Unicode:
``\\alpha = \\sup E`` is ``α = sup E``, ``\\hat \\mu`` is ``μ̂``, ``x^2`` is ``x²`` and
``\\sum_{i=1}^n`` is ``∑ᵢ₌₁ⁿ``. pylatexenc does the symbols; scripts are done here, as
Unicode super- and subscripts when every character has one and as ``_(...)`` otherwise.

Math is found the way pandoc's ``tex_math_dollars`` finds it: ``$`` opens only before a
non-space and closes only after one, not before a digit (so ``$5 and $10`` is money), and
never inside code spans or fenced code; ``\\$`` is a dollar sign.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from pylatexenc.latex2text import LatexNodes2Text
    from pylatexenc.macrospec import LatexContextDb

_SUPERSCRIPTS = dict(
    zip(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθφχ*'",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᵠᵡ*′",
        strict=True,
    )
)
_SUBSCRIPTS = dict(
    zip(
        "0123456789+-=()aehijklmnoprstuvxβγρφχ",
        "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ",
        strict=True,
    )
)
# stand-ins for characters that TeX would read as markup, put back after rendering
_LITERAL = {"_": "\ue000", "^": "\ue001", "\\": "\ue002", "~": "\ue003"}
_RESTORE = str.maketrans({value: key for key, value in _LITERAL.items()})
_TEX_SPECIALS = str.maketrans({**_LITERAL, **{c: "\\" + c for c in "{}%&#$"}})
_EXTRA_MACROS = {
    "iff": "⟺",
    "implies": "⟹",
    "impliedby": "⟸",
    "mid": "|",
    "land": "∧",
    "lor": "∨",
    "lnot": "¬",
    "varnothing": "∅",
    "coloneqq": "≔",
    "argmax": "argmax",
    "argmin": "argmin",
}
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


@functools.cache
def _renderer() -> tuple[LatexNodes2Text, LatexContextDb]:
    """pylatexenc's text renderer and parser context, knowing a few more macros."""
    from pylatexenc import latexwalker, macrospec
    from pylatexenc.latex2text import (
        LatexNodes2Text,
        MacroTextSpec,
        get_default_latex_context_db,
    )

    context = get_default_latex_context_db()  # a fresh database each call
    context.add_context_category(
        "notecards",
        prepend=True,
        macros=[MacroTextSpec(name, text) for name, text in _EXTRA_MACROS.items()]
        + [
            MacroTextSpec("binom", "(%(1)s choose %(2)s)"),
            MacroTextSpec("overline", "%(1)s\u0305"),
        ],
    )
    walker_context = latexwalker.get_default_latex_context_db()
    walker_context.add_context_category(
        "notecards",
        prepend=True,
        macros=[
            macrospec.MacroSpec("binom", "{{"),
            macrospec.MacroSpec("overline", "{"),
        ],
    )
    renderer = LatexNodes2Text(
        latex_context=context, math_mode="text", strict_latex_spaces="based-on-source"
    )
    return renderer, walker_context


def _latex_to_text(tex: str) -> str:
    from pylatexenc.latexwalker import LatexWalker

    renderer, context = _renderer()
    walker = LatexWalker(tex, latex_context=context, tolerant_parsing=True)
    nodes, _, _ = walker.get_latex_nodes()
    return str(renderer.nodelist_to_text(nodes))


def _argument(tex: str, start: int) -> tuple[str, int]:
    """The argument of a script at ``start``: a braced group, a command, or one character."""
    while start < len(tex) and tex[start] == " ":
        start += 1
    if start >= len(tex):
        return "", start
    if tex[start] == "{":
        depth = 0
        index = start
        while index < len(tex):
            char = tex[index]
            if char == "\\":
                index += 2
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return tex[start + 1 : index], index + 1
            index += 1
        return tex[start + 1 :], len(tex)
    if tex[start] == "\\":
        match = re.match(r"\\(?:[A-Za-z]+|.)", tex[start:])
        assert match is not None
        return match.group(0), start + match.end()
    return tex[start], start + 1


def _script(marker: str, rendered: str) -> str:
    table = _SUPERSCRIPTS if marker == "^" else _SUBSCRIPTS
    compact = rendered.replace(" ", "")
    if compact and all(char in table for char in compact):
        return "".join(table[char] for char in compact)
    literal = _LITERAL[marker]
    if len(compact) == 1:
        return literal + compact
    return f"{literal}({rendered.strip()})"


def _with_scripts(tex: str) -> str:
    """The TeX with its ``^`` and ``_`` scripts already turned into (escaped) text."""
    if "^" not in tex and "_" not in tex:
        return tex
    pieces: list[str] = []
    position = 0
    index = 0
    while index < len(tex):
        char = tex[index]
        if char == "\\":
            index += 2
            continue
        if char in "^_":
            argument, end = _argument(tex, index + 1)
            rendered = to_unicode(argument) if argument else ""
            pieces.append(tex[position:index])
            # "{}" ends a command name before it: \sum{}ᵢ, not a command \sumᵢ
            pieces.append("{}" + _script(char, rendered).translate(_TEX_SPECIALS))
            position = index = end
            continue
        index += 1
    pieces.append(tex[position:])
    return "".join(pieces)


_SPACED_COMMAND = re.compile(r"(?<=\s)\\([A-Za-z]+)(?=\s)")
_SPACED_ASCII = re.compile(r"(?<=\s)([=<>+])(?=\s)")


@functools.lru_cache(maxsize=256)
def _symbol(command: str) -> str | None:
    """What a lone command renders as, if it is one symbol (``\\le`` is ``≤``)."""
    try:
        rendered = _latex_to_text("\\" + command).strip()
    except Exception:
        return None
    if len(rendered) != 1 or rendered.isalnum() or unicodedata.combining(rendered):
        return None
    return rendered


def _spaced_like_source(tex: str, text: str) -> str:
    """Spaces around the operators the source spaced (pylatexenc eats them after commands)."""
    symbols = set(_SPACED_ASCII.findall(tex))
    symbols.update(
        symbol for name in _SPACED_COMMAND.findall(tex) if (symbol := _symbol(name)) is not None
    )
    for symbol in symbols:
        text = re.sub(rf"\s*{re.escape(symbol)}\s*", f" {symbol} ", text)
    return text


@functools.lru_cache(maxsize=2048)
def to_unicode(tex: str) -> str:
    """TeX (the inside of ``$...$``) as readable Unicode text; the TeX itself if it cannot be."""
    try:
        text = _latex_to_text(_with_scripts(tex))
    except Exception:  # pylatexenc gives up on some malformed input: show the source
        return tex.strip()
    text = _spaced_like_source(tex, text.translate(_RESTORE))
    return re.sub(r"[ \t]+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class MathSpan:
    """``$tex$`` (inline) or ``$$tex$$`` (display) at ``text[start:end]``."""

    start: int
    end: int
    tex: str
    display: bool


_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def _closes(fence: str, marker: str, rest: str) -> bool:
    return marker[0] == fence[0] and len(marker) >= len(fence) and not rest.strip()


def _code_ranges(text: str) -> list[tuple[int, int]]:
    """Where fenced code blocks and code spans are: no math inside them."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    fence: str | None = None
    fence_start = 0
    for line in text.splitlines(keepends=True):
        match = _FENCE.match(line)
        if fence is None and match:
            fence, fence_start = match.group(1), offset
        elif fence is not None and match and _closes(fence, match.group(1), line[match.end() :]):
            ranges.append((fence_start, offset + len(line)))
            fence = None
        offset += len(line)
    if fence is not None:
        ranges.append((fence_start, len(text)))
    index = 0
    while True:
        index = text.find("`", index)
        if index < 0:
            break
        if any(start <= index < end for start, end in ranges):
            index += 1
            continue
        run = len(text) - len(text[index:].lstrip("`"))
        ticks = text[index:run]
        close = text.find(ticks, run)
        while close >= 0 and text[close + len(ticks) : close + len(ticks) + 1] == "`":
            close = text.find(ticks, close + len(ticks) + 1)
        if close < 0:
            index = run
            continue
        ranges.append((index, close + len(ticks)))
        index = close + len(ticks)
    return ranges


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def math_spans(text: str) -> list[MathSpan]:
    """Every math span in markdown ``text``, in order."""
    if "$" not in text:
        return []
    code = _code_ranges(text)
    spans: list[MathSpan] = []
    index = 0
    while True:
        index = text.find("$", index)
        if index < 0:
            return spans
        inside_code = next((end for start, end in code if start <= index < end), None)
        if inside_code is not None:
            index = inside_code
            continue
        if _escaped(text, index):
            index += 1
            continue
        if text.startswith("$$", index):
            limit = min((start for start, _ in code if start > index), default=len(text))
            close = text.find("$$", index + 2, limit)
            while close >= 0 and _escaped(text, close):
                close = text.find("$$", close + 1, limit)
            if close >= 0 and text[index + 2 : close].strip():
                spans.append(MathSpan(index, close + 2, text[index + 2 : close].strip(), True))
                index = close + 2
            else:
                index += 2
            continue
        span = _inline_at(text, index, code)
        if span is None:
            index += 1
            continue
        spans.append(span)
        index = span.end


def _inline_at(text: str, index: int, code: list[tuple[int, int]]) -> MathSpan | None:
    after = text[index + 1 : index + 2]
    if not after or after.isspace():
        return None
    # math cannot run into code: it ends before the next code span or fence
    limit = min((start for start, _ in code if start > index), default=len(text))
    close = index + 1
    while True:
        close = text.find("$", close, limit)
        if close < 0:
            return None
        body = text[index + 1 : close]
        if "\n\n" in body or re.search(r"\n[ \t]*\n", body):
            return None
        if _escaped(text, close):
            close += 1
            continue
        following = text[close + 1 : close + 2]
        if text[close - 1].isspace() or following.isdigit():
            close += 1
            continue
        return MathSpan(index, close + 1, body, False)


def markdown_escape(text: str) -> str:
    """Text that markdown shows exactly as it is (every ASCII punctuation mark escaped)."""
    return _ASCII_PUNCTUATION.sub(r"\\\1", text)


def replace_math(text: str, render: Callable[[MathSpan], str]) -> str:
    """The text with each math span replaced by what ``render`` makes of it."""
    spans = math_spans(text)
    if not spans:
        return text
    pieces: list[str] = []
    position = 0
    for span in spans:
        pieces.append(text[position : span.start])
        pieces.append(render(span))
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def _unicode_math(span: MathSpan) -> str:
    rendered = markdown_escape(to_unicode(span.tex))
    return f"\n\n{rendered}\n\n" if span.display else rendered


def with_unicode_math(markdown: str) -> str:
    """The markdown with each math span replaced by its Unicode rendering.

    Display math gets a paragraph of its own.
    """
    return replace_math(markdown, _unicode_math)
