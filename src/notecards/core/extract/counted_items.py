"""Items a note counts off under one word: ``Result 1: ...``, ``Result 2: ...``; ``결론 1``,
``결론 2``; ``조건1``, ``조건2``; ``평가 방법 #1``, ``평가 방법 #2``.

A writer who sums up a paper, a talk or a chapter often numbers its findings, reasons or
conditions under one plain word and says each after a colon. The word and its count only
say where the item stands in the writer's list: "What is Result 3?" asks the learner to
remember the numbering, not what was found. Such a term line is no card when the note
counts the same word from one at least twice; what the item says is in the note's other
cards, or under its own heading.

A name that carries a number stays: a version or a model counts from elsewhere (``Java 8``,
``Java 9``), a name glued to its number is one word (``IPv4``, ``HTTP2``, ``GPT-3``), and
an item whose answer is a short name (``Layer 1: Physical``) is a glossary's entry.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.proposal import Idiom, Proposal

# a word or a few, then the count: after a space or "#", or glued to a Hangul noun
# ("조건1"); a Latin name glued to its number ("IPv4", "HTTP2") is a name, not a count
_COUNTED: Final = re.compile(
    r"(?P<label>[^\d\n]{0,22}?[^\W\d_])(?:\s*#\s*|\s+|(?<=[가-힣]))(?P<count>\d{1,2})"
)
_MARKUP: Final = "*_` "
# the most words of an answer that is a name, not what an item says ("Physical layer")
_NAME_WORDS: Final = 3


def _counted(question: str) -> tuple[str, int] | None:
    """``Result 3`` -> ("result", 3); None for anything but a word and its count."""
    found = _COUNTED.fullmatch(question.strip(_MARKUP))
    if found is None:
        return None
    return found["label"].casefold(), int(found["count"])


def counted_items(proposals: list[Proposal]) -> set[int]:
    """The term lines that only count an item off (``Result 3``), where the note counts
    that word from one at least twice, and say more than a name."""
    counts: dict[str, set[int]] = {}
    counted: dict[int, str] = {}
    for index, proposal in enumerate(proposals):
        question = proposal.question
        if not question[-1:].isdigit():  # (a cheap test first: most questions fail it)
            continue
        item = _counted(question)
        if item is None:
            continue
        label, count = item
        counts.setdefault(label, set()).add(count)
        if proposal.idiom is Idiom.TERM_LINE and len(proposal.answer.split()) > _NAME_WORDS:
            counted[index] = label
    return {
        index
        for index, label in counted.items()
        if len(counts[label]) >= 2 and min(counts[label]) == 1
    }
