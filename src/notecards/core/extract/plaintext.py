"""A flat plain-text export (a blog post copied as text) read as blocks.

Text copied out of a rendered page has no ``#`` headings, bullets drawn as ``•``/``◦``,
nesting lost (a short line followed by the lines explaining it) and math repeated as
rendered glyphs and TeX. Each line is classified (a bullet with its depth, or text, with
rendered math folded back to TeX); then runs of bullets, a short line introducing the
bullets under it, and heading-like lines (short term-like lines that introduce what
follows) are told apart. A line numbered as a section (``2-3. Loss functions``) is a
section's title; a numbered bullet followed by dash bullets at its own depth
(``1. Hinge loss`` + ``- penalises small margins``) is a term and its definition, the
nesting the export lost. The first line, when it is a title, is the export's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.chatter import is_date, is_link_only, mentions_date
from notecards.core.extract.patterns.headings import is_skipped_heading
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.rendered_math import keep_tex

_BULLET: Final = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?P<marker>[•◦▪▫‣∙●○■□◆◇►▶➢✓✔]|[-*+](?=\s)|\d{1,3}[.)](?=\s))"
    r"\s*(?P<text>.*)$"
)
_NESTED_MARKERS: Final = frozenset("◦▫○□◇")
# a markdown heading line: the first line, or one after a newline (a search led by a literal
# is fast; one for "^" in MULTILINE mode tries every character of the note)
_MARKDOWN_HEADING: Final = re.compile(r"#{1,6}\s+\S")
_MARKDOWN_HEADING_AFTER: Final = re.compile(r"\n#{1,6}\s+\S")
# a fence's line, and a line drawn with a rendered bullet: the same (first line, or a search
# led by the newline before one: no line has to be tried at every character)
_MARKDOWN_FENCE: Final = re.compile(r"\s*(?:```|~~~)")
_MARKDOWN_FENCE_AFTER: Final = re.compile(r"\n\s*(?:```|~~~)")
_RENDERED_BULLET: Final = re.compile(r"[ \t]*[•◦▪‣●○■]\s*\S")
_RENDERED_BULLET_AFTER: Final = re.compile(r"\n[ \t]*[•◦▪‣●○■]\s*\S")
_MIN_RENDERED_BULLETS: Final = 2
_MAX_HEADING_CHARS: Final = 60
_SENTENCE_END: Final = (".", "。", "!", "다", "요", "음", "함", "됨", ",")
# a section's number: 2-3., 1.2, 3.1.4 (a single "1." numbers a bullet)
_SECTION_NUMBER: Final = re.compile(r"\d{1,3}(?:[.-]\d{1,3})+\.?\s+")


@dataclass(frozen=True, slots=True)
class FlatLine:
    """A non-blank line: a bullet (its marker gone) with its depth, or a line of text.

    ``number`` is 0-based; ``ordered`` is true for a numbered bullet (``1.``).
    """

    number: int
    text: str
    bullet: bool
    level: int
    ordered: bool


@dataclass(frozen=True, slots=True)
class BulletRun:
    """Bullets one after another (a single blank line between them allowed)."""

    bullets: tuple[FlatLine, ...]


@dataclass(frozen=True, slots=True)
class IntroducedList:
    """A short term-like line and the bullets right after it, which may explain it."""

    line: FlatLine
    title: str
    bullets: tuple[FlatLine, ...]


@dataclass(frozen=True, slots=True)
class FlatHeading:
    """A short term-like line with no bullets after it: it titles what follows.

    A retrospective or reference heading (``회고``, ``References``) is ``skipped``, and its
    ``title`` is empty.
    """

    line: FlatLine
    title: str
    skipped: bool


FlatBlock = FlatLine | BulletRun | IntroducedList  # a flat export's blocks inside a section


def is_flat_export(text: str, source: str) -> bool:
    """Whether a note reads as a plain-text export rather than markdown.

    ``.txt`` files without markdown headings or fences are exports; markdown files are only
    when they draw their bullets as ``•`` and have no headings.
    """
    if (
        _MARKDOWN_HEADING.match(text)
        or _MARKDOWN_HEADING_AFTER.search(text)
        or _MARKDOWN_FENCE.match(text)
        or _MARKDOWN_FENCE_AFTER.search(text)
    ):
        return False
    if PurePosixPath(source).suffix.lower() == ".txt":
        return True
    return _has_rendered_bullets(text)


def _has_rendered_bullets(text: str) -> bool:
    """Whether :data:`_MIN_RENDERED_BULLETS` lines or more open with a rendered bullet (each
    bullet ends past its line's start: the next one is looked for from there)."""
    first = _RENDERED_BULLET.match(text)
    bullets = 0 if first is None else 1
    for _ in _RENDERED_BULLET_AFTER.finditer(text, 0 if first is None else first.end()):
        bullets += 1
        if bullets >= _MIN_RENDERED_BULLETS:
            return True
    return bullets >= _MIN_RENDERED_BULLETS


def _indent_width(indent: str) -> int:
    return len(indent.replace("\t", "    ").replace("\u3000", "  "))


def _classify(lines: Sequence[str]) -> list[FlatLine | None]:
    """Each line as a bullet or text (None for blank), rendered math folded to TeX."""
    classified: list[FlatLine | None] = []
    for number, raw in enumerate(lines):
        if not raw.strip():
            classified.append(None)
            continue
        match = _BULLET.match(raw)
        if match and match.group("text").strip():
            marker = match.group("marker")
            level = _indent_width(match.group("indent")) // 2
            if marker in _NESTED_MARKERS:  # a hollow bullet sits one level below a filled one
                level += 1
            text = keep_tex(match.group("text").strip())
            classified.append(FlatLine(number, text, True, level, marker[0].isdigit()))
        else:
            classified.append(FlatLine(number, keep_tex(raw.strip()), False, 0, False))
    return classified


def _is_heading_like(text: str) -> bool:
    return (
        len(text) <= _MAX_HEADING_CHARS
        and not text.endswith(_SENTENCE_END)
        and (is_term(clean_term(text)) or is_question(text))
    )


def _followers(lines: Sequence[FlatLine | None], index: int) -> list[FlatLine]:
    """The bullets that follow line ``index`` (one blank line allowed before them)."""
    position = index + 1
    if position < len(lines) and lines[position] is None:
        position += 1
    followers: list[FlatLine] = []
    while position < len(lines):
        line = lines[position]
        if line is None or not line.bullet:
            break
        followers.append(line)
        position += 1
    return followers


def title_of(found: Sequence[FlatBlock | FlatHeading]) -> str | None:
    """The export's title: its first line, when that line is a title (a blog post copied
    as text opens with the post's title)."""
    first = found[0] if found else None
    if isinstance(first, FlatHeading) and not first.skipped and first.line.number == 0:
        return first.title or None
    return None


def parse(text: str) -> list[FlatBlock | FlatHeading]:
    """The blocks and headings of a flat export, in order.

    Dates, lone links and bylines (``Posted on 2025-10-03 by kim``) are left out.
    """
    lines = _classify(text.split("\n"))
    found: list[FlatBlock | FlatHeading] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line is None:
            index += 1
            continue
        if line.bullet:
            bullets = (line, *_followers(lines, index))
            found.append(BulletRun(bullets))
            index = bullets[-1].number + 1
            continue
        index += 1
        text = line.text
        numbered = _SECTION_NUMBER.match(text)
        if numbered is not None and _is_heading_like(text[numbered.end() :]):
            # "2-3. Loss functions": a numbered section's title, never a term
            section = clean_term(text[numbered.end() :])
            found.append(FlatHeading(line, section, skipped=is_skipped_heading(section)))
        elif len(text) <= _MAX_HEADING_CHARS and is_skipped_heading(text):
            found.append(FlatHeading(line, "", skipped=True))
        elif is_date(text) or is_link_only(text):
            continue
        elif _is_heading_like(text):
            if mentions_date(text):  # a byline such as "Posted on 2025-10-03 by kim"
                continue
            title = clean_term(text)
            followers = _followers(lines, line.number)
            if followers:
                found.append(IntroducedList(line, title, tuple(followers)))
                index = followers[-1].number + 1
            else:
                found.append(FlatHeading(line, title, skipped=False))
        else:
            found.append(line)
    return found
