"""What a section's body says, as its heading's answer: the blocks it opens with (past the
note's own metadata), which of them its own lines already made cards of, and the commands
in it. :mod:`.section_body` (a heading) and :mod:`.title_tip` (a note's title) read it.
"""

from __future__ import annotations

from collections.abc import Sequence

from notecards.core.extract.actions import is_command
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.patterns.metadata import is_metadata_paragraph
from notecards.core.extract.proposal import FROM_SENTENCES, Idiom, Proposal
from notecards.core.extract.proposers.block_text import block_source, says_nothing

# how a paragraph ends when it leads on to the block under it
LEADS_ON = (
    ":", "：", "다음과 같다", "다음과 같습니다", "다음과 같음", "아래와 같다", "아래와 같습니다",
    "아래와 같음", "as follows", "like this",
)  # fmt: skip
CODE = frozenset(("fence", "code"))
FOLLOWERS = frozenset(("paragraph", "quote", "list", "math", "table")) | CODE


def without_metadata(body: Sequence[Block]) -> Sequence[Block]:
    """The body without the note's own metadata written at its top (``Tags:`` and the list
    under it, ``Status: draft``): it says nothing about the subject."""
    start = 0
    while start < len(body) and says_nothing(body[start]):
        start += 1
    while start < len(body) and body[start].kind == "paragraph":
        if not is_metadata_paragraph(body[start].text):
            break
        lead_in = body[start].text.rstrip().endswith(":")
        start += 1
        if lead_in and start < len(body) and body[start].kind == "list":
            start += 1
    return body[start:] if start else body


def opening(body: Sequence[Block]) -> tuple[Block | None, Block | None]:
    """The body's first block that says something, and the block after it."""
    said: list[Block] = []
    for block in body:  # only the first two are needed: the rest of the body is not read
        if not says_nothing(block):
            said.append(block)
            if len(said) == 2:
                break
    first = said[0] if said else None
    return first, (said[1] if len(said) > 1 else None)


def command_of(block: Block, lines: Sequence[str]) -> str | None:
    """A code block's source when it is a command or two (up to three lines), else None."""
    code = block_source(block, lines)
    return code if is_command(code, fenced=block.kind == "fence") else None


def claims_of(
    block: Block, produced: Sequence[Proposal], *, titled: bool = False
) -> list[Proposal]:
    """The cards the block's own lines made (Term: definition, a defining sentence); a card
    on what a command in it is for leaves the paragraph to its heading too."""
    return [
        proposal
        for proposal in produced
        if block.start < proposal.line <= block.end
        and proposal.idiom is not Idiom.CODE_PURPOSE
        and not ((titled and _says_what_code_does(proposal)) or _defines_a_link(proposal))
    ]


def _defines_a_link(proposal: Proposal) -> bool:
    """A definition of what its sentence opens by linking to (``[pytest-recording](...) is
    a pytest plugin that ...``): the tool a tip (under a note's title) or a section uses, so
    the paragraph still answers its heading too."""
    return proposal.idiom is Idiom.PROSE_DEFINITION and proposal.answer.startswith(
        f"[{proposal.question}]("
    )


def _says_what_code_does(proposal: Proposal) -> bool:
    """A card on what a command or option in code does (```npm ls` can be used to list
    ...``): under a one-tip note's title, the tip the note gives, so the paragraph still
    answers the title (under a heading, the card on the code says what the section does)."""
    question = proposal.question
    return (
        proposal.idiom is Idiom.PROSE_DEFINITION
        and question.startswith("`")
        and question.endswith("`")
        and question.count("`") == 2
    )


def claimed(block: Block, produced: Sequence[Proposal]) -> bool:
    """Whether the block's own lines made cards (see :func:`claims_of`)."""
    return bool(claims_of(block, produced))


def unclaimed(
    block: Block, lines: Sequence[str], produced: Sequence[Proposal], *, titled: bool = False
) -> tuple[str, bool] | None:
    """The block's text, or the lines of a paragraph before the first one a sentence of its
    own made a card of (``Following an employee in.`` + ``Piggybacking is when ...``: the
    section is answered by what comes before the other term's definition), and whether that
    is the whole block; None when the block's first line made a card, or a card not made of
    a sentence (a term line) did. ``titled``: the block answers the note's title."""
    claims = claims_of(block, produced, titled=titled)
    if not claims:
        return block_source(block, lines), True
    first_claim = min(proposal.line for proposal in claims)
    if (
        block.kind != "paragraph"
        or first_claim == block.start + 1
        or any(proposal.idiom not in FROM_SENTENCES for proposal in claims)
    ):
        return None
    return dedent(lines[block.start : first_claim - 1]).strip(), False
