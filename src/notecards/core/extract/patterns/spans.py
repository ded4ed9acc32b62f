"""Spans whose insides never hold a separator: code, math, links, urls, clozes, brackets.

Rules that look for a separator or a sentence pattern look at the line with these spans
blanked out (:data:`MASK_CHAR`, lengths kept), so that positions still index the line.
"""

from __future__ import annotations

import re
from typing import Final

OPAQUE_SPANS: Final = r"""
      (`+).*?\1                                   # code span
    | \$\$.+?\$\$                                 # display math written inline
    | (?<![\\$])\$(?=[^\s$])[^$\n]*?(?<!\\)\$          # inline math
    | !?\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)\s]*(?:\s[^)]*)?\)  # link or image
    | \[\^[^\]]*\]                                # footnote reference
    | <[A-Za-z/!][^>]*>                           # html tag or autolink
    | \b(?:https?|ftp)://\S+                      # bare url
    | \{\{c\d+::.*?\}\}                           # cloze deletion
"""
# led by the characters a span can start with (keep them in step with the spans): where no
# span can start, one test instead of every alternative at every character, twice as fast
_OPAQUE_SPAN: Final = re.compile(rf"(?=[`$!\[<hf{{]) (?:{OPAQUE_SPANS})", re.VERBOSE)
MASK_CHAR: Final = "\x00"
# a character that may open an opaque span, or the "://" of a url: where there is none, there
# is nothing to blank. One character class leads (a colon counts only before "//"), so that
# sre skips straight to the candidates instead of trying two alternatives at every character
OPAQUE_HINT: Final = re.compile(r"[`$\[<{:](?:(?<!:)|(?=//))")
# a name written as one link, its text the name (``[절](https://...)``, ``[관형사](...)``)
LINKED_NAME: Final = r"\[([^\[\]\n]{1,60})\]\([^()\s]+\)"
OPEN_BRACKETS: Final = "([{（【「"
CLOSE_BRACKETS: Final = ")]}）】」"
BRACKET: Final = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")
# each alternative led by its bracket: the search skips from bracket to bracket (a look-ahead
# in front would hide those first characters from it)
_INNERMOST_BRACKETS: Final = re.compile(
    r"(?:\([^()\[\]{}（）【】「」]*\)|\[[^()\[\]{}（）【】「」]*\]|\{[^()\[\]{}（）【】「」]*\}"
    r"|（[^()\[\]{}（）【】「」]*）|【[^()\[\]{}（）【】「」]*】|「[^()\[\]{}（）【】「」]*」)"
)
_MAX_BRACKET_DEPTH: Final = 12


def _blank(match: re.Match[str]) -> str:
    return MASK_CHAR * len(match.group(0))


def mask_opaque(text: str) -> str:
    """The text with code, math, links, urls and clozes blanked out, lengths kept."""
    if not OPAQUE_HINT.search(text):
        return text
    return _OPAQUE_SPAN.sub(_blank, text)


def _mask_brackets(masked: str) -> str:
    """Bracketed spans blanked, innermost first, so what is left is the top level."""
    for _ in range(_MAX_BRACKET_DEPTH):
        masked, count = _INNERMOST_BRACKETS.subn(_blank, masked)
        if count == 0 or BRACKET.search(masked) is None:
            break
    return masked


def outside_brackets(text: str) -> str | None:
    """The text with bracketed spans replaced by spaces, or None if brackets are unbalanced."""
    for _ in range(_MAX_BRACKET_DEPTH):
        text, count = _INNERMOST_BRACKETS.subn(" ", text)
        if count == 0 or BRACKET.search(text) is None:
            break
    return None if BRACKET.search(text) is not None else text


def top_level(line: str) -> str:
    """The line with code, math, links and bracketed spans blanked (lengths kept).

    The very same string comes back when there is nothing to blank.
    """
    masked = mask_opaque(line)
    if BRACKET.search(masked) is not None:
        masked = _mask_brackets(masked)
    return masked


# a markdown escape opening a text: a backslash before ASCII punctuation, then a word
# (``\\*args``; not an escaped bullet, ``\\* 천하보청``, nor math, ``\\( h_t \\)``)
_ESCAPED_LEAD: Final = re.compile(r"\\[!-/:-@\[-`{-~](?:\\[!-/:-@\[-`{-~])*\S")


def escaped(text: str) -> bool:
    """Whether a text opens with a character its writer escaped (``\\*args``, so that it
    is no emphasis): the character is part of it, no decoration."""
    return (
        text[:1] == "\\"
        and _ESCAPED_LEAD.match(text) is not None
        and not (text[1:2] in "([" and ("\\)" in text or "\\]" in text))
    )


# a key in angle brackets, as editors write keys (``<leader>f``, ``<C-w>``, ``<CR>``): not a
# tag (the tags HTML knows are read as text before terms are), not a decoration
KEY_NOTATION: Final = re.compile(r"<[A-Za-z][\w-]{0,15}>")
