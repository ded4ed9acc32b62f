"""What follows a section's opening paragraph, for :mod:`.section_body` to decide how far
its answer goes: short code a paragraph announces, a series of things shown in turn, and a
line that labels the block after it rather than going on with the point above it; a
section that opens with its formula alone (``### Power Law`` + the law), which the formula
answers; and one that opens with short code the paragraph under it explains."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.facet_words import is_facet_label
from notecards.core.extract.patterns.discourse import announces_a_list, is_lead_in
from notecards.core.extract.patterns.labels import opens_with_a_label
from notecards.core.extract.proposal import Proposal
from notecards.core.extract.proposers.block_text import block_source, explains, says_nothing
from notecards.core.extract.proposers.section_text import claimed

MAX_EXAMPLE_LINES: Final = 14  # a short example a sentence announces (fences included)
# a heading that ends in a file's name or a folder's path
_NAMES_A_FILE: Final = re.compile(r"(?:^|\s)[\w./-]*(?:\w\.[A-Za-z]{1,5}|/)$")


def announced_code(
    lead: Block, body: Sequence[Block], lines: Sequence[str], produced: Sequence[Proposal]
) -> str:
    """The short code (up to :data:`MAX_EXAMPLE_LINES` lines) right after the paragraph
    ``lead`` in ``body``, that no card claimed and that is not the first of a series it
    announces; else ""."""
    following = body[body.index(lead) + 1 :]
    code = next((block for block in following if not says_nothing(block)), None)
    if (
        code is None
        or code.kind not in CODE_KINDS
        or code.end - code.start > MAX_EXAMPLE_LINES
        or claimed(code, produced)
        or one_of_a_series(code, body)
    ):
        return ""
    return block_source(code, lines)


def one_of_a_series(block: Block, body: Sequence[Block]) -> bool:
    """Whether the block after ``block`` in ``body`` (past breaks and pictures alone) is a
    table, a list or a picture: shown in turn after a sentence, they are a series."""
    seen = False
    for each in body:
        if seen:
            if each.kind in ("table", "list") or (each.kind == "paragraph" and says_nothing(each)):
                return True
            if not says_nothing(each):
                return False
        seen = seen or each is block
    return False


_MAX_LABEL_LINE: Final = 40
_MAX_LABEL_WORDS: Final = 3


def labels_what_follows(block: str) -> bool:
    """A one-line paragraph that labels the block after it: a facet of the subject
    (``특징``, ``**Properties**``) or a label of a few words ending in a colon (``Main
    characteristics:``; not a sentence leading in, ``You can find it by running this:``)."""
    text = block.strip()
    if "\n" in text or len(text) > _MAX_LABEL_LINE:
        return False
    label = text.strip("*_ ")
    if label.endswith((":", "：")):
        return label.count(" ") < _MAX_LABEL_WORDS
    return is_facet_label(label)


# a paragraph that is only inline math (``$\log_{b}(x^n)=n\log_{b}x$``)
_INLINE_MATH_ONLY: Final = re.compile(r"\s*(?:\$[^$\n]+\$[\s.,]*)+")
# a command with its name-like argument (``\begin{pmatrix}``, ``\mathbb{E}``): no letter a
# formula names a thing by
_LATEX_COMMAND: Final = re.compile(r"\\[A-Za-z]+(?:\{[A-Za-z*]+\})?")
# an index or a power (``W_{1}``, ``x^2``): part of a name, not a number worked with
_INDEX: Final = re.compile(r"[_^](?:\{[^{}]*\}|\w)")
_FORMULA_AT_MOST: Final = 600
# a worked example: digits outnumber the letters a formula names things by
_WORKED_DIGITS: Final = 6
_EXAMPLE_HEADING: Final = re.compile(r"\b(?:examples?|e\.g\.)\b|예시|예제", re.IGNORECASE)


def is_formula(block: Block) -> bool:
    """Whether a block is a formula alone: display math, or a paragraph of inline math."""
    return block.kind == "math" or (
        block.kind == "paragraph" and _INLINE_MATH_ONLY.fullmatch(block.text) is not None
    )


def formula_answer(
    heading: str, first: Block, after: Block | None, lines: Sequence[str]
) -> str | None:
    """The formula a section opens with, and the one right after it, as the answer to the
    ``heading`` over them (``### Bias`` + its formula); None under an example's heading or
    for numbers worked through (a matrix of digits: more digits than letters, indices and
    powers aside)."""
    if _EXAMPLE_HEADING.search(heading) is not None:
        return None
    answer = block_source(first, lines)
    if after is not None and is_formula(after):
        answer = f"{answer}\n{block_source(after, lines)}"
    bare = _INDEX.sub(" ", _LATEX_COMMAND.sub(" ", answer))
    digits = sum(character.isdigit() for character in bare)
    letters = sum(character.isascii() and character.isalpha() for character in bare)
    if len(answer) > _FORMULA_AT_MOST or (digits >= _WORKED_DIGITS and digits > letters):
        return None
    return answer


def explained_code(
    heading: str,
    code: Block,
    after: Block | None,
    lines: Sequence[str],
    produced: Sequence[Proposal],
) -> str | None:
    """A section opening with short code the paragraph below it explains (``### Lazy
    initialization`` + a program + ``The constructor is private, so ...``): the code and
    that paragraph, which answer together; None when the paragraph leads on to more (a
    lead-in, a label, a list announced, more to type) or says nothing of the code, and
    under a heading that names a file (``settings.py``, ``public/index.html``): a
    walk-through shows that file, it asks nothing."""
    if (
        _NAMES_A_FILE.search(heading.strip().strip("`*"))
        or after is None
        or after.kind != "paragraph"
        or code.end - code.start > MAX_EXAMPLE_LINES
        or claimed(after, produced)
    ):
        return None
    explanation = block_source(after, lines)
    if (
        not explains(explanation)
        or explanation.split("\n", 1)[0].rstrip().endswith((":", "："))  # it leads on
        or explanation.startswith(("$ ", "> ", "% "))  # "$ sudo su": more code
        or is_lead_in(explanation)
        or announces_a_list(explanation)
        or opens_with_a_label(explanation)  # "Explanation: ...": an example's own aside
    ):
        return None
    return block_source(code, lines) + "\n\n" + explanation


# an answer this short says too little alone: the block after it goes on with it
SHORT_ANSWER: Final = 40
# a first paragraph under about two lines seldom says all of it: the block after it (a
# paragraph, a list, a quote, a formula) goes on with the point, when the two stay short
_GOES_ON_BELOW: Final = 240
_JOINED_AT_MOST: Final = 600


def goes_on(answer: str, following: str) -> bool:
    """Whether a paragraph ``answer`` is short enough that the block ``following`` it goes
    on with its point: under :data:`SHORT_ANSWER` whatever follows, else under
    :data:`_GOES_ON_BELOW` when the two stay under :data:`_JOINED_AT_MOST` and what
    follows is no aside under a label of its own (``Remark: ...``, ``**Example 3.5**``)."""
    if labels_what_follows(following):
        return False  # "특징" + the list under it: a label of its own, not this point's
    if len(answer) < SHORT_ANSWER:
        return True
    return (
        len(answer) < _GOES_ON_BELOW
        and len(answer) + len(following) <= _JOINED_AT_MOST
        and not opens_with_a_label(following.lstrip("> \t"))
    )
