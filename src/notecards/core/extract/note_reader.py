"""A note's text read into its structure (:mod:`.note`): its title, and its sections, each
with its heading path and blocks.

Markdown is read with :mod:`.blocks`; a flat plain-text export (:mod:`.plaintext`) has no
markup, and its heading-like lines start its sections. A section under a retrospective or
reference heading (``회고``, ``References``) or a worked example's (``Example 2``) is
``skipped``: it holds no study material, down to the next heading of the same or a higher
level (a diary note's own title skips nothing: its sections are judged one by one; a note
whose title names a worked example, ``Abstraction Example 1``, skips every section).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Final

from notecards.core.extract import blocks, lazy_labels, plaintext
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, context_label, tidy_label
from notecards.core.extract.facet_words import is_facet, names_a_part, states_the_subject
from notecards.core.extract.note import (
    FlatExportNote,
    FlatSection,
    Heading,
    MarkdownNote,
    Note,
    Section,
)
from notecards.core.extract.patterns.headings import (
    is_diary_heading,
    is_heading_title,
    is_skipped_heading,
    is_worked_example,
    names_a_thing_below,
)
from notecards.core.extract.patterns.labels import is_generic_label
from notecards.core.extract.patterns.problem_headings import answers_the_problem
from notecards.core.extract.plaintext import FlatBlock, FlatHeading
from notecards.core.extract.proposal import Context


def read(text: str, source: str, stated_title: str | None = None) -> Note:
    """The structure of a note's text (front matter blanked); ``source`` is its path and
    ``stated_title`` the ``title`` its front matter gives, if any."""
    if plaintext.is_flat_export(text, source):
        found = plaintext.parse(text)
        return FlatExportNote(
            title(stated_title or plaintext.title_of(found), (), source), _flat_sections(found)
        )
    lines = tuple(text.split("\n"))
    top = lazy_labels.split_at_labels(blocks.parse(text), lines)
    headings = [block for block in top if block.kind == "heading"]
    opening = _before_first_heading(top)
    note_title = title(stated_title, opening, source)
    counts: dict[str, int] = {}  # how often each heading's text recurs (a loop: a few)
    for heading in headings:
        label = heading.text.strip()
        counts[label] = counts.get(label, 0) + 1
    asked_again = _asked_of_each_subject(headings, counts) if len(counts) < len(headings) else ()
    # "# Definition" opening "Covariance.md": the note states its subject there
    for_title = (
        opening[-1] if opening and _names_a_part_of_the_title(opening[-1], note_title) else None
    )
    sections = _markdown_sections(
        top, headings, counts, asked_again, for_title=for_title, note_title=note_title
    )
    if is_worked_example(note_title):  # "Abstraction Example 1": its data and working
        sections = tuple(replace(section, skipped=True) for section in sections)
    return MarkdownNote(
        note_title,
        lines,
        sections,
        may_ask_in_writing=_WRITTEN_QUESTION.search(text) is not None,
        asked_again=frozenset(asked_again) if asked_again else _NONE_ASKED_AGAIN,
    )


_WRITTEN_QUESTION: Final = re.compile(r"Q\s*[.:)]")
_NONE_ASKED_AGAIN: Final[frozenset[str]] = frozenset()


_METADATA_LINE: Final = re.compile(r"^[\w .-]{1,30}::?\s.*$|^\s*(?:!\[|<|\[!\[|---|\*\*\*)")


def _before_first_heading(top: Sequence[Block]) -> list[Block]:
    """The note's opening: its blocks up to and including its first heading, when what
    comes before that heading is only metadata, badges, images or html (else nothing: a
    heading after prose heads a section, not the note)."""
    for index, block in enumerate(top):
        if block.kind == "heading":
            return list(top[: index + 1])
        if block.kind in ("html", "hr"):
            continue
        lines = block.text.split("\n")
        if block.kind != "paragraph" or not all(_METADATA_LINE.match(line) for line in lines):
            return []
    return []


def title(stated: str | None, opening: Sequence[Block], source: str) -> str:
    """The note's title: the one its front matter states (or a flat export's first line),
    else the level-1 heading the note opens with (``opening``: its blocks up to its first
    heading, see :func:`_before_first_heading`), unless that is a facet or label
    (``# Definition``, ``# Commands``: a section of a note named by its file), else its
    file name without extension."""
    if stated:
        return tidy_label(stated)
    stem = PurePosixPath(source).stem
    first = opening[-1] if opening else None
    if first is not None and first.kind == "heading" and first.level == 1:
        found = tidy_label(clean_term(first.text))
        if (
            found
            and not is_facet(found)
            and not is_generic_label(found)
            and not (names_a_part(found) and _names_it_better(stem, found))
        ):
            return found
    return stem


# file names that name no subject: the heading over such a note names it
_GENERIC_FILE_NAMES: Final = frozenset(("readme", "index", "_index", "main", "notes", "untitled"))
_FILE_NUMBERING: Final = re.compile(r"^[\d_.\-\s]+")


def _names_it_better(stem: str, heading: str) -> bool:
    """Whether a note's file name names its subject better than its opening heading, a
    part of a subject (``# Argument`` in ``Zombie Argument.md``; not ``# Algorithm`` in
    ``README.md`` or in ``00_알고리즘.md``)."""
    folded = stem.casefold()
    return (
        folded not in _GENERIC_FILE_NAMES and _FILE_NUMBERING.sub("", folded) != heading.casefold()
    )


def _diary_title(headings: Sequence[Block]) -> Block | None:
    """The note's title when it names a day's log (``# 2026-03-10 Daily log``).

    A diary section is chatter, but a note that is a diary holds sections such as
    ``## Learned`` beside ``## What I did``: each of those is judged on its own.
    """
    if not headings:
        return None
    first, rest = headings[0], headings[1:]
    if all(heading.level > first.level for heading in rest) and is_diary_heading(
        first.text.strip()
    ):
        return first
    return None


_NAMING_WORDS: Final = 3  # a repeated heading this long names a topic, not a category


# ``# [Attention Is All You Need](https://arxiv.org/abs/1706.03762)``: a heading that is one
# link names its topic by the link's text (a paper, a project the note is about); the address
# is where to read it
_LINKED_HEADING: Final = re.compile(r"\[([^\[\]]+)\]\([^()\s]+\)")


def _asked_of_each_subject(headings: Sequence[Block], counts: dict[str, int]) -> set[str]:
    """The headings said again, each time under another heading, that name a topic
    (``### Insert`` under ``## 리스트`` and under ``## 연결리스트``): one thing asked of
    several subjects, not a label repeated (``Example``) nor a template's heading filled
    in again under numbered or dated parts (``실습1`` + ``실습 목표``, ``실습2`` + ...,
    ``과제`` + ``Step 1``, ``과제 - 2`` + ...). The subjects may be headed at any length
    (``### 1. 모델 오차 보정 — Hand-Eye 오차에 대해 안정성 유지`` + ``#### 어떤 문제가
    생기나?``, then ``### 2. ...`` + the same): the same questions asked of each part."""
    parents: dict[str, set[str]] = {}
    above: list[Block] = []
    for found in headings:
        while above and above[-1].level >= found.level:
            above.pop()
        text = found.text.strip()
        if counts[text] > 1 and above:
            parents.setdefault(text, set()).add(above[-1].text.strip())
        above.append(found)
    return {
        text
        for text, under in parents.items()
        if len(under) == counts[text]
        and len({_NUMBERING.sub("", parent) for parent in under}) == len(under)
        and all(counts[parent] == 1 for parent in under)
        and text[:1].isalnum()
        and not is_generic_label(text)
        and is_heading_title(text)
    }


# a heading's numbers and the marks around them: ``실습1`` and ``실습2``, ``과제`` and
# ``과제 - 2`` are one template's parts, not two subjects
_NUMBERING: Final = re.compile(r"[\d\W_]+")


def _names_a_part_of_the_title(first: Block, note_title: str) -> bool:
    """Whether the note's opening heading is a level-1 facet stating its subject
    (``# Definition``, ``# Notation``, ``# Argument``) that gave way to a title from the
    file's name."""
    if first.kind != "heading" or first.level != 1:
        return False
    text = tidy_label(clean_term(first.text))
    return bool(text) and text != note_title and states_the_subject(text)


def _named_below(heading: Block, text: str, headings: Sequence[Block]) -> bool:
    """``## 3. Reflection`` + ``### 3.1. Reflection API``: the word alone names the topic
    its sub-heading names at more length, no retrospective to skip."""
    at = next((i for i, block in enumerate(headings) if block is heading), None)
    if at is None or at + 1 >= len(headings) or headings[at + 1].level <= heading.level:
        return False
    return names_a_thing_below(text, headings[at + 1].text.strip())


def _markdown_sections(
    top: Sequence[Block],
    headings: Sequence[Block],
    counts: dict[str, int],
    asked_again: Collection[str],
    *,
    for_title: Block | None = None,
    note_title: str = "",
) -> tuple[Section, ...]:
    """The top-level blocks cut into sections at every heading (``counts``: how often each
    heading's text recurs; ``asked_again``: those of them asked of each subject;
    ``for_title``: the opening heading that stands for the note's title, a part of it)."""
    if headings and headings[0].level == 1 and counts[headings[0].text.strip()] == 2:
        # "# 최단 경로" + "## 최단 경로": the title said again over its topic's section
        counts[headings[0].text.strip()] = 1
    seen: set[str] = set()
    diary_title = _diary_title(headings)
    sections: list[Section] = []
    path: list[tuple[int, str]] = []  # (level, label) of the headings above
    skip_below: int | None = None  # the level of the skipped heading we are under
    body: list[Block] = []
    heading: Heading | None = None
    for block in [*top, None]:
        if block is not None and block.kind != "heading":
            body.append(block)
            continue
        labels = tuple(label for _, label in path if label)  # an image heading names nothing
        sections.append(Section(heading, labels, tuple(body), skipped=skip_below is not None))
        body = []
        if block is None:
            break
        sibling = None  # the heading before this one at its level, under the same parent
        while path and path[-1][0] >= block.level:
            level, label = path.pop()
            if level == block.level:
                sibling = label
        if skip_below is not None and block.level <= skip_below:
            skip_below = None
        text = block.text.strip()
        linked = _LINKED_HEADING.fullmatch(text)
        named = linked.group(1).strip() if linked else text
        if block is for_title:
            named = note_title
        path.append((block.level, context_label(named)))
        if (
            skip_below is None
            and block is not diary_title
            and is_skipped_heading(text)
            and not _named_below(block, text, headings)
        ):
            skip_below = block.level
        # a heading repeated as a label (``Example``, ``실습 목표``) names no topic; a longer
        # one repeated over a slide deck's pages names its topic where it first stands
        repeated = (
            counts[text] > 1
            and (text in seen or len(text.split()) < _NAMING_WORDS)
            and text not in asked_again
        )
        seen.add(text)
        solves = answers_the_problem(
            text, sibling, (note_title, *(label for _, label in path[:-1]))
        )
        heading = Heading(block.start, named, block.level, repeated=repeated, solves=solves)
    return tuple(sections)


def _flat_sections(
    found: Sequence[FlatBlock | FlatHeading],
) -> tuple[FlatSection, ...]:
    """A flat export's blocks cut into sections at its heading-like lines."""
    sections: list[FlatSection] = []
    heading: Heading | None = None
    path: Context = ()
    skipped = False
    body: list[FlatBlock] = []
    for block in found:
        if not isinstance(block, FlatHeading):
            body.append(block)
            continue
        sections.append(FlatSection(heading, path, tuple(body), skipped))
        body = []
        heading = Heading(block.line.number, block.line.text, 0)
        path = () if block.skipped else (block.title,)
        skipped = block.skipped
    sections.append(FlatSection(heading, path, tuple(body), skipped))
    return tuple(sections)
