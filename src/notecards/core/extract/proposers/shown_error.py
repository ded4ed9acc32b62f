"""An error shown, then its fix: the troubleshooting habit of TIL notes.

A sentence says an error came up (``I got the following error:``, ``아래와 같은 에러가
발생하면?``), the message is shown in code or a quote under it, and what follows tells why
or how to fix it (``Turns out this is rate limiting ... set a custom user-agent:`` + the
command). The message asks what fixes it; the blocks after the message answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.block_text import block_source, says_nothing
from notecards.core.model import CardKind

# a sentence that leads into an error shown under it, and ends leading in: "... this error:",
# "... 아래와 같은 에러가 발생하면?", "... 이슈가 발생한다면,"
_LEADS_TO_ERROR: Final = re.compile(
    r"(?:\berrors?\b|\bexceptions?\b|\bwarnings?\b|에러|오류|이슈|경고)[^.!。\n]{0,60}[:?,]$",
    re.IGNORECASE,
)
# a line of the message that says what went wrong (its first such line asks)
_WHAT_WENT_WRONG: Final = re.compile(
    r"error|exception|fatal|failed|failure|cannot|can't|could not|couldn't|not found"
    r"|no such file|denied|refused|unauthorized|too many|warning|에러|오류",
    re.IGNORECASE,
)
_SHOWN: Final = frozenset(("fence", "code", "quote"))
# what follows the message says it was never fixed: "At this point I gave up", "포기했다"
_NOT_FIXED: Final = re.compile(r"\bgave up\b|\bgive up\b|\bno luck\b|\bstill seeking\b|포기", re.I)
_MAX_MESSAGE_CHARS: Final = 160
_MAX_FIX_BLOCKS: Final = 3
_MAX_FIX_LINES: Final = 16
# a command typed at a prompt, shown with the message: not the message itself
_PROMPT: Final = re.compile(r"^\s*[$#%>]\s")
# dots, colons, rules and markers a message's line opens with (``....... : fatal error:``,
# ``____ ERROR collecting ...``, ``✘ [ERROR] ...``)
_LEADING_CLUTTER: Final = re.compile(r"^[\s.:>*`#_✘×-]+")
# a line of the program that raises or handles the error, not its message: ``except
# TypeError:``, ``throw new Error(...)``, ``if (errors) {``, ``continue-on-error: true``
_CODE_LINE: Final = re.compile(
    r"^\s*(?:except|rescue|raise|throw|catch|try|if|elif|def|function|const|let|var|return"
    r"|import|from|class|new)\b|[{;]\s*$|\s=\s|:\s*(?:true|false)\s*$"
)


def may_lead_to_error(paragraph: str) -> bool:
    """The cheap test before :func:`card`: a paragraph ending in a colon, a question mark
    or a comma that names an error (most paragraphs do not)."""
    last = paragraph.rstrip(" *_`\n")[-1:]
    return last in ":?," and _LEADS_TO_ERROR.search(paragraph.rstrip(" *_`")) is not None


def _message(block: Block, lines: Sequence[str]) -> str | None:
    """The line of a shown message that says what went wrong, without what it opens with."""
    for line in block_source(block, lines).split("\n"):
        if _PROMPT.match(line) or not _WHAT_WENT_WRONG.search(line):
            continue
        if _CODE_LINE.search(line):
            return None  # the program that fails, not the message it fails with
        message = _LEADING_CLUTTER.sub("", line).rstrip(" `*_")
        if 8 <= len(message) <= _MAX_MESSAGE_CHARS:
            return message
        return None  # a long message: no question a learner would be asked
    return None


def card(
    lead: Block, after: Sequence[Block], lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of ``lead``, a paragraph leading into an error shown right after it (code or a
    quote, the first of ``after``), answered by the blocks that follow the message (up to the
    next paragraph that shows another error); None when nothing follows it."""
    at = next((index for index, block in enumerate(after) if not says_nothing(block)), None)
    if at is None or after[at].kind not in _SHOWN:
        return None
    message = _message(after[at], lines)
    if message is None:
        return None
    fix: list[Block] = []
    for block in after[at + 1 :]:
        if says_nothing(block):
            continue
        if block.kind == "heading" or len(fix) == _MAX_FIX_BLOCKS:
            break
        if block.kind == "paragraph" and may_lead_to_error(block.text):
            break  # another error shown: its own card
        fix.append(block)
        if sum(each.end - each.start for each in fix) >= _MAX_FIX_LINES:
            break
    if not fix or fix[0].kind in _SHOWN or _NOT_FIXED.search(fix[0].text):
        return None  # the message alone, more output, or no fix found: no fix said
    answer = "\n\n".join(block_source(block, lines) for block in fix)
    return Proposal(
        CardKind.BASIC, message, answer, lead.start + 1, context, Idiom.SHOWN_ERROR, True
    )
