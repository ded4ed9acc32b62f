"""Headings written as plain lines inside a paragraph: a short line naming a topic, with the
lines saying it right under it and no blank line between (``Shared responsibility model`` +
``The customer secures what is in the cloud`` + ...), as notes pasted from a web page or a
slide, their heading marks lost, are written. Each such line asks, the lines under it up to
the next one answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers import labelled_list
from notecards.core.model import CardKind

_MAX_LABEL_CHARS: Final = 40
_MAX_LABEL_WORDS: Final = 6


def in_paragraph(
    paragraph: Block, produced: Sequence[Proposal], context: Context, *, opening: bool
) -> list[Proposal]:
    """The cards of a paragraph whose first line is a plain label and whose next lines say
    it (and of each later label line in it); ``produced`` are the cards the paragraph made
    on its own (then none: its lines are read already). A paragraph ``opening`` its section
    is what the heading over it asks: its first line is no label, whatever its shape."""
    text = paragraph.text
    first, newline, _ = text.partition("\n")
    if opening or produced or not newline or len(first) > _MAX_LABEL_CHARS:
        return []  # the common case: a paragraph of one line, or of wrapped prose
    lines = text.split("\n")
    labels = [
        (index, label)
        for index, line in enumerate(lines[:-1])
        if lines[index + 1][:1].isupper() and (label := _label(line)) is not None
    ]
    if not labels or labels[0][0] != 0:
        return []
    proposals = []
    ends = [index for index, _ in labels[1:]] + [len(lines)]
    for (start, label), end in zip(labels, ends, strict=True):
        said = lines[start + 1 : end]
        if not any(len(line.split()) > _MAX_LABEL_WORDS for line in said):
            continue  # lines as short as the label: a list of names or keys written as lines
        answer = dedent(said).strip()
        if not labelled_list.says_what_it_is(answer):
            continue
        proposals.append(
            Proposal(
                CardKind.BASIC,
                label,
                answer,
                paragraph.start + 1 + start,
                context,
                Idiom.LABELLED_LIST,
            )
        )
    return proposals


def _label(line: str) -> str | None:
    """What a plain line names when it reads as a heading: a topic in a few words, no
    sentence's end, no statement (``A = B``)."""
    text = line.strip()
    words = text.split()
    if (
        not text
        or len(text) > _MAX_LABEL_CHARS
        or len(words) > _MAX_LABEL_WORDS
        or not text[:1].isalnum()
        or any(mark in text for mark in "$`\t")  # "Let $x > 0$": a statement in notation
        or text[-1] in ".?!,;:)"
        or "=" in text
        or ". " in text
    ):
        return None
    if len(words) > 2 and words[1].islower() and words[1].endswith("s") and words[1][-2:] != "ss":
        return None  # "Disk holds the platters": a subject and its verb, a sentence
    label = clean_term(text)
    if not label or label != text or not any(len(word) > 1 and word.isalpha() for word in words):
        return None  # "7/N": a post's place in a thread
    return label if labelled_list.asks_about_topic(label) else None
