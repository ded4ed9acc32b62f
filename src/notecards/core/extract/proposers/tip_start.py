"""Where a one-tip note's tip starts, past what leads up to it.

A how-to note often opens with what led up to the tip: what the tool is (``Termux gives a
tablet a real Linux userland``), why the writer needed it, what they tried. The tip starts
at the paragraph that resolves the writer's story (``The fix was to ...``, ``It turns out
...``), or at the one where the writer announces the solution they went on to show:
``Here's what I did.``, ``Here's my recipe for ...``, ``Here's the pattern I came up with:``,
``Here is the process that worked for me.``, ``Here's how to ...``, ``I worked out the
following approach``. What the post taught in general (``Here's what I learned about
...``) or a file shown by name (``Here's the `settings.json`:``) announces no solution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.patterns.discourse import first_sentence, resolves_the_story

# what a writer calls the way they found
_WAY: Final = (
    r"(?:recipe|pattern|process|steps|solution|workaround|fix|approach|trick|technique"
    r"|procedure)\b"
)
_ANNOUNCES_THE_SOLUTION: Final = re.compile(
    r"here(?:'s|’s|\s+is|\s+are)\s+(?:"
    # "Here's my recipe for ...", "Here's the pattern I came up with:"
    rf"(?:the|my|our)\s+(?:[\w-]+\s+){{0,2}}?{_WAY}"
    # "Here's what I did.", "Here's what we ended up with:"
    r"|what\s+(?:I|we)\s+(?:did|came\s+up\s+with|ended\s+up\s+with|landed\s+on)\b"
    # "Here's how I did it.", "Here's how to get started ..."
    r"|how\s+(?:(?:I|we)\s+did\b|to\s)"
    r")"
    # "I worked out the following approach", "I figured out the following pattern"
    rf"|(?:I|we)\s+(?:figured\s+out|worked\s+out|came\s+up\s+with)\s+the\s+following\s+{_WAY}",
    re.IGNORECASE,
)


def announces_the_solution(text: str) -> bool:
    """Whether a paragraph opens by announcing the solution the writer shows next
    (``Here's what I did.``, ``Here's my recipe for ...``)."""
    return text[:1] in "HhIiWw" and _ANNOUNCES_THE_SOLUTION.match(first_sentence(text)) is not None


def from_the_resolution(body: Sequence[Block]) -> Sequence[Block]:
    """The body from the paragraph that resolves the writer's story (``The fix was to
    ...``, ``It turns out ...``), where the tip starts; empty when none does."""
    for index, block in enumerate(body):
        if block.kind == "paragraph" and resolves_the_story(block.text.lstrip()):
            return body[index:]
    return ()


def from_the_announcement(body: Sequence[Block]) -> Sequence[Block]:
    """The body from the first paragraph past its opening where the writer announces the
    solution they show next (``Here's what I did.``); empty when none does."""
    for index, block in enumerate(body):
        if index and block.kind == "paragraph" and announces_the_solution(block.text.lstrip()):
            return body[index:]
    return ()
