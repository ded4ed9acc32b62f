"""Explicit cards: ``Q :: A`` (basic), ``Q ::: A`` (reversed), ``{{c1::...}}`` and
``==highlight==`` (clozes).

Markup inside code, math or links is not markup, nor is ``std::vector`` or a Dataview
field such as ``status:: done``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.chatter import CONTENT, is_date, is_link_only
from notecards.core.extract.patterns.spans import MASK_CHAR, mask_opaque
from notecards.core.model import CLOZE_DELETION

_HIGHLIGHT: Final = re.compile(r"(?<![=\\])==(?=\S)(.+?)(?<=\S)==(?!=)")
_EXPLICIT_PAIR: Final = re.compile(r"^(?P<question>.*?\S)\s*(?P<marker>:::|::)\s*(?P<answer>\S.*)$")
_CPP_SCOPE: Final = re.compile(r"(?:^|\s)[a-z_][a-z0-9_]*$")
_NAME_CALLED: Final = re.compile(r"\w+\(")  # "new()" after "Vec::": a function's name, called
_WIKILINK: Final = re.compile(r"!?\[\[[^\]\n]*\]\]")
_FIELD_KEY: Final = re.compile(r"[a-z][a-z0-9_-]*")
_MAX_FIELD_VALUE_WORDS: Final = 2


def has_markup(text: str) -> bool:
    """Whether text may hold explicit markup: ``Q :: A``, ``{{c1::...}}`` or ``==...==``
    (a written-out ``Q.`` + ``A.`` is asked apart: :func:`.written_questions.may_ask`)."""
    # a search for one character is several times faster than one for two: each pair is
    # looked for only in text that holds its character
    return (
        (":" in text and "::" in text)
        or ("{" in text and "{{" in text)
        or ("=" in text and "==" in text)
    )


@dataclass(frozen=True, slots=True)
class ExplicitPair:
    """``Question :: Answer``: a card written out by the note's author."""

    question: str
    answer: str
    reversed: bool


def explicit_pair(line: str) -> ExplicitPair | None:
    """``Question :: Answer`` (basic) or ``Question ::: Answer`` (reversed)."""
    if "::" not in line:
        return None
    masked = mask_opaque(line)
    if "[[" in masked:  # "[[C++ Vectors|std::vector]]": a link's "::" is its name's
        masked = _WIKILINK.sub(lambda link: MASK_CHAR * len(link.group(0)), masked)
    match = _EXPLICIT_PAIR.match(masked)
    if match is None:
        return None
    question = line[: match.end("question")].strip()
    answer = line[match.start("answer") :].strip()
    glued = match.start("marker") == match.end("question") and match.end("marker") == match.start(
        "answer"
    )
    if glued and _is_scoped_name(question, answer):
        return None  # std::vector, map(Integer::parseInt), Vec::new(): code, not a card
    question = clean_term(question)
    if not CONTENT.search(question) or not CONTENT.search(answer):
        return None
    if _is_field(question, answer):
        return None
    return ExplicitPair(question, answer, reversed=match.group("marker") == ":::")


def _is_scoped_name(before: str, after: str) -> bool:
    """Whether ``before::after``, written without spaces, names something in a scope: a
    lowercase namespace (``std::vector``), a method passed to a call left open before it
    (``map(Integer::parseInt)``) or a function called after it (``Vec::new()``)."""
    if not after[:1].isascii():
        return False
    return (
        _CPP_SCOPE.search(before) is not None
        or before.count("(") > before.count(")")
        or _NAME_CALLED.match(after) is not None
    )


def _is_field(key: str, value: str) -> bool:
    """A Dataview-style ``status:: done`` field: a lowercase key with a short value."""
    if not _FIELD_KEY.fullmatch(key):
        return False
    return (
        len(value.split()) <= _MAX_FIELD_VALUE_WORDS
        or is_date(value)
        or is_link_only(value)
        or value.startswith(("[[", "#"))
    )


def has_cloze(text: str) -> bool:
    return "{{c" in text and CLOZE_DELETION.search(text) is not None


def cloze_of(text: str) -> str | None:
    """The text as cloze markup if it has deletions or highlights."""
    return text if has_cloze(text) else highlights_to_cloze(text)


def highlights_to_cloze(text: str) -> str | None:
    """``==term==`` highlights as one cloze group (all hidden together); None if none."""
    if "==" not in text:
        return None
    masked = mask_opaque(text)
    spans = [match.span(1) for match in _HIGHLIGHT.finditer(masked)]
    if not spans:
        return None
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(text[position : start - 2])
        pieces.append("{{c1::" + text[start:end] + "}}")
        position = end + 2
    pieces.append(text[position:])
    return "".join(pieces)
