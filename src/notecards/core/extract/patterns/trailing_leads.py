"""Answers cut off from what they lead into: the closing sentence or line that announces what
the note shows next (``Here's the one I used:``, ``- Code:``, ``I saw this error a lot:``)
once that is no part of the answer.

A card's answer ends where its block ends; the code, the formula or the list its last line
introduced went to another card, or to none. Left in, the line promises what the card
does not show.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.discourse import is_lead_in

_LAST_SENTENCE: Final = re.compile(r"(?<=[.!?。])\s+(?=[^.!?。]+[:：]$)")

# the words that open a sentence by pointing on: "Here's a demo:", "This is the output:"
_POINTER: Final = r"(?:here(?:'s|’s|\s+is|\s+are)|this\s+is|these\s+are)"

# a closing sentence that only points at what follows: "Here's the one I used:", "It looks
# like this:", "The output:", "다음과 같다:"
_ONLY_POINTS_ON: Final = re.compile(
    r"^(?:" + _POINTER + r"|that\s+is)\b"
    r"|\b(?:like\s+(?:this|so)|as\s+follows|the\s+following|below|this\s+one)\b[^:：]*[:：]$"
    r"|(?:다음|아래)[과와]?\s*같",
    re.IGNORECASE,
)
_SAYS_NOTHING_WORDS: Final = 5

# a list item that only leads on, its content gone: "- Code:", "- TCP header contains:", "3.
# Example is:" (not a step that says what to do: "3. adjust the annotations accordingly:")
_ITEM_LEADING_ON: Final = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?P<text>[^\n]{1,80})[:：]$")
_LABEL_WORDS: Final = 4


def _only_leads_on(sentence: str) -> bool:
    return (
        len(sentence.split()) <= _SAYS_NOTHING_WORDS
        or _ONLY_POINTS_ON.search(sentence) is not None
        or is_lead_in(sentence)
    )


_POINTER_FIRST: Final = re.compile(_POINTER + r"\b", re.IGNORECASE)
_POINTING_WORDS: Final = 9  # at most, for a sentence ending "like this:" to say nothing else


def _says_nothing_else(sentence: str) -> bool:
    """Whether a paragraph's one sentence only points on: short, opening with a pointer, or
    a short one that ends by pointing (``All of the following statements are equivalent:``);
    not one that says what happens first (``Clicking "New" creates a private page with a
    random name that looks like this:``)."""
    words = len(sentence.split())
    return (
        words <= _SAYS_NOTHING_WORDS
        or _POINTER_FIRST.match(sentence) is not None
        or (words <= _POINTING_WORDS and _ONLY_POINTS_ON.search(sentence) is not None)
    )


def without_trailing_lead_in(answer: str) -> str:
    """An answer of one line without the sentence that closes it by leading into what its
    source shows next (``The file is the Varnish configuration. Here's the one I used:``):
    cut off from what it announces, it says nothing. A closing sentence that says something
    of its own before its colon stays (``It's hidden in Preferences -> Profiles -> Shell:``)."""
    cut = _without_closing_sentence(answer)
    return answer if cut is None else cut


def _without_closing_sentence(text: str) -> str | None:
    """``text`` without its closing sentence when that only leads on; None when it is one
    sentence, or its closing sentence says something."""
    parts = _LAST_SENTENCE.split(text, maxsplit=1)
    if len(parts) != 2 or not _only_leads_on(parts[1].strip()):
        return None
    return parts[0].rstrip()


def without_dangling_last_line(answer: str) -> str:
    """An answer of several lines without its last line when that only leads on: a list item
    that is a label alone (``- Code:``, its code gone to no card; a step that says what to
    do stays) or a paragraph of its own that announces what follows (``Here's a demo:``);
    the last line of a longer paragraph loses its closing sentence as a one-line answer
    does. A line of indented code (``    else:``) is code, and stays."""
    body, _, last = answer.rstrip().rpartition("\n")
    if not body.strip() or last.startswith(("    ", "\t")):
        return answer
    item = _ITEM_LEADING_ON.match(last)
    if item is not None:
        text = item.group("text")
        if (
            len(text.split()) <= _LABEL_WORDS
            or _ONLY_POINTS_ON.search(f"{text}:")
            or is_lead_in(text)
        ):
            return body.rstrip()
        return answer
    if _LAST_SENTENCE.search(last) is not None:  # its closing sentence, when others say more
        cut = _without_closing_sentence(last)
        return answer if cut is None else f"{body}\n{cut}"
    if (
        body.rstrip(" \t").endswith("\n")  # a paragraph of its own, after a blank line,
        and _says_nothing_else(last.strip())  # (the writer's own "I found it by ...:" may)
    ):
        return body.rstrip()
    return answer


def without_dangling_lines(answer: str) -> str:
    """An answer without the lines that close it by leading on to nothing: the closing
    sentence of a one-line answer, the last lines of a longer one, one by one (a list of
    labels whose contents all went to cards of their own says nothing: ``- Browse:``,
    ``- Locate:``). The answer itself when nothing leads on."""
    if "\n" not in answer:
        return without_trailing_lead_in(answer)
    shorter = without_dangling_last_line(answer)
    while shorter is not answer and shorter[-1:] in ":：" and "\n" in shorter:
        answer, shorter = shorter, without_dangling_last_line(shorter)
    return shorter
