"""A block's text as written, and whether a paragraph explains anything: what the idioms
that answer with a block (a section's heading, a label, a question) cut from the note."""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.sentences import is_hangul, is_question
from notecards.core.extract.patterns.splitting import is_definition
from notecards.core.extract.proposers.callout import CALLOUT_MARKER, QUOTE_MARKER

_MIN_WORDS = 3


def block_source(block: Block, lines: Sequence[str]) -> str:
    """A block's text as written, without a quote's markers or a callout's marker."""
    text = dedent(lines[block.start : block.end])
    if block.kind == "quote":
        text = dedent([QUOTE_MARKER.sub("", line) for line in text.split("\n")])
        text = text.lstrip()
        # an Obsidian callout's marker (``> [!note]``): the quote's text is what it says
        marker = CALLOUT_MARKER.match(text)
        if marker is not None:
            text = text[marker.end() :]
    return text.strip()


_PROPERTY_LINE = re.compile(r"^\s*[\w.-]+(?: [\w.-]+)?\s*::?\s*\S*\s*$")
# a label alone: ``**추가된 코드:**``, ``**For one sample**:``, ``[ 특징 ]`` (a bold sentence,
# ``**git is a distributed version control system**``, still explains)
_LABEL_LINE = re.compile(
    r"^\s*(?:\*\*[^*]+[:：]\*\*|__[^_]+[:：]__|(?:\*\*[^*]+\*\*|__[^_]+__)\s*[:：]"
    r"|\[[^\[\]]+\])\s*$"
)


def explains(text: str) -> bool:
    """A paragraph that says what something is or does, not a question, a pointer, a label
    or the note's properties (``status:: draft``, ``created: 2024-01-03``)."""
    if all(_PROPERTY_LINE.match(line) or _LABEL_LINE.match(line) for line in text.split("\n")):
        return False  # properties, or a label alone (``**lock-based implementation**``)
    words = text.split()
    if len(words) < _MIN_WORDS and not any(map(is_hangul, text)):
        return False
    last_line = text.rsplit("\n", 1)[-1]
    return is_definition(text) and not is_question(last_line) and not is_date(text)
