"""A heading (or the note's title) followed by prose or a blockquote: the heading asks, the
first paragraph answers.

This is the commonest definition in real notes: ``#### INTERSECT`` + ``> 두 쿼리 결과에 모두
있는 행만 남기는 연산``; ``### Layer normalization`` + a paragraph explaining it; a one-tip note
``# Undo the last commit but keep the changes`` + a paragraph and ``git reset --soft HEAD~1``;
a Zettelkasten note named ``Snort.md`` whose first line says what Snort is. The section's
question is its heading (a note's first section, before any heading, is asked by the note's
title). The answer is the first paragraph or quote of the body; a short one that leads into
more (``...like this:``, or under forty characters) takes the block after it too, a code
block included (the tip's command).

The note's own title (its H1, or its front matter or file name for the text before any
heading) states a tip as often as it names a topic (``Querying items stored in UTC by their
weekday in another zone``): it may be a phrase of up to sixteen words, and its answer is the
start of the body whole, lead-in, explanation and code, up to about a screen. A heading
that names an action (``untracked files 한 번에 제거``, ``Install the CLI``, ``How to ...``)
is answered by a command right under it too (up to three lines of code: the command is
the tip; a longer program, or a numbered step of a tutorial, is no card).

Not cards: a heading that does not name a topic (generic or repeated labels, dates,
retrospectives), a body that opens with something else (a list: see :mod:`.topic`; a
table, an image, code under a heading that names no action), a first paragraph that is
itself a question, chatter, a link or a pointer elsewhere, or one another idiom already
read (``Term: definition`` lines in it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notecards.core.extract.actions import (
    command_lines,
    is_command,
    names_an_action,
    short_phrase,
    typed_at_a_shell,
)
from notecards.core.extract.blocks import FENCES, Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.discourse import is_lead_in, tells_a_story
from notecards.core.extract.patterns.headings import (
    is_comparison,
    is_heading_title,
    is_title,
    overview_subject,
)
from notecards.core.extract.patterns.metadata import is_metadata_paragraph
from notecards.core.extract.patterns.sentences import is_hangul, is_question
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.block_text import block_source, explains, says_nothing
from notecards.core.model import CardKind

_LEADS_ON = (
    ":", "：", "다음과 같다", "다음과 같습니다", "다음과 같음", "아래와 같다", "아래와 같습니다",
    "아래와 같음", "as follows", "like this",
)  # fmt: skip
_SHORT_ANSWER = 40
_MAX_ANSWER_CHARACTERS = 1200
_CODE = frozenset(("fence", "code"))
_FOLLOWERS = frozenset(("paragraph", "quote", "list", "math", "table")) | _CODE
# what a headed section's answer opens with
_OPENERS = frozenset(("paragraph", "quote", "table")) | _CODE
_MAX_TABLE_LINES = 12  # a table that answers a heading: a comparison, not a data sheet
_TIP_ANSWER_CHARACTERS = 900
_MAX_EXAMPLE_LINES = 14  # a short example a sentence announces (fences included)
# how a sentence announces the example under it: "... like this:", "다음과 같이:"
_SHOWS_AN_EXAMPLE = re.compile(
    r"(?:(?:like|as)\s+(?:this|so|follows)|\bfollowing\b[^.:：]*|\bexamples?)\s*[:：]$"
    r"|(?:다음|아래)과\s*같(?:이|다|습니다)\s*[:：]?$|이렇게\s*[:：]$",
    re.IGNORECASE,
)
_MAX_TITLE_WORDS = 16
_NUMBERED_STEP = re.compile(r"^\s*(?:\d+(?:[.-]\d+)*[.)]?|step\s*\d+\s*[:.]?)\s", re.IGNORECASE)


def _without_metadata(body: Sequence[Block]) -> Sequence[Block]:
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


def _opening(body: Sequence[Block]) -> tuple[Block | None, Block | None]:
    """The body's first block that says something, and the block after it."""
    said: list[Block] = []
    for block in body:  # only the first two are needed: the rest of the body is not read
        if not says_nothing(block):
            said.append(block)
            if len(said) == 2:
                break
    first = said[0] if said else None
    return first, (said[1] if len(said) > 1 else None)


_ANNOUNCED = re.compile(r"^[^:\n]{3,80}?:\s+(?P<said>\S.*)$", re.DOTALL)
_MIN_ANNOUNCED_WORDS = 5


def _after_announcement(paragraph: str) -> str:
    """What a lead-in announces in its own sentence (``Here's one thing to watch out for:
    the trick does not guarantee ...``), or "" when it announces what comes after it."""
    announced = _ANNOUNCED.match(paragraph)
    if (
        announced is None
        or len(announced.group("said").split()) < _MIN_ANNOUNCED_WORDS
        or "(" in paragraph[: announced.start("said")]
        or any(map(is_hangul, paragraph[: announced.start("said")]))
    ):
        return ""  # (Korean announces what follows the paragraph: "다음과 같다:")
    said = announced.group("said")
    return said[:1].upper() + said[1:]


_LOG_ENTRY = re.compile(r"#\s*\d+\s*$|\b(?:19|20)\d\d[-./]\d{1,2}")


def _names_a_tip(title: str) -> bool:
    """A note's title that states a tip or names a topic: not a date, a label, chatter or a
    numbered log entry (``아침공부 #6``, ``daily.journal.2025.04.14``)."""
    if _LOG_ENTRY.search(title):
        return False
    if is_title(title):
        return True
    words = title.split()
    return (
        1 < len(words) <= _MAX_TITLE_WORDS
        and not title.endswith((".", "!", "。"))
        and not is_date(title)
        and is_title(" ".join(words[:3]))
    )


def _command(block: Block, lines: Sequence[str]) -> str | None:
    """A code block's source when it is a command or two (up to three lines), else None."""
    code = block_source(block, lines)
    return code if is_command(code, fenced=block.kind == "fence") else None


def _claims(block: Block, produced: Sequence[Proposal], *, titled: bool = False) -> list[Proposal]:
    """The cards the block's own lines made (Term: definition, a defining sentence); a card
    on what a command in it is for leaves the paragraph to its heading too."""
    return [
        proposal
        for proposal in produced
        if block.start < proposal.line <= block.end
        and proposal.idiom is not Idiom.CODE_PURPOSE
        and not (titled and _says_what_code_does(proposal))
    ]


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


def _claimed(block: Block, produced: Sequence[Proposal]) -> bool:
    """Whether the block's own lines made cards (see :func:`_claims`)."""
    return bool(_claims(block, produced))


_PROSE = frozenset((Idiom.PROSE_NAMING, Idiom.PROSE_DEFINITION))


def _unclaimed(
    block: Block, lines: Sequence[str], produced: Sequence[Proposal], *, titled: bool = False
) -> tuple[str, bool] | None:
    """The block's text, or the lines of a paragraph before the first one a sentence of its
    own made a card of (``Following an employee in.`` + ``Piggybacking is when ...``: the
    section is answered by what comes before the other term's definition), and whether that
    is the whole block; None when the block's first line made a card, or a card not made of
    a sentence (a term line) did. ``titled``: the block answers the note's title."""
    claims = _claims(block, produced, titled=titled)
    if not claims:
        return block_source(block, lines), True
    first_claim = min(proposal.line for proposal in claims)
    if (
        block.kind != "paragraph"
        or first_claim == block.start + 1
        or any(proposal.idiom not in _PROSE for proposal in claims)
    ):
        return None
    return dedent(lines[block.start : first_claim - 1]).strip(), False


_PARENTHESES = re.compile(r"\([^()]*\)|（[^（）]*）")


def _squeezed(text: str) -> str:
    return "".join(_PARENTHESES.sub("", clean_term(text)).casefold().split())


def restates(proposal: Proposal, heading: str, answer: str | None = None) -> bool:
    """Whether a card a sentence made names what the heading names (``## Radix sort`` +
    ``... 이러한 정렬 방식을 Radix sort라고 합니다``; parentheses aside), so that the
    section's card, the heading and its paragraph, says it whole and is kept instead; with
    the section card's ``answer``, only when the sentence is in it. A card on what a command
    is for restates the section's card when its sentence is all that card's answer (a
    one-tip note's ``Use `strftime` to ...``)."""
    if proposal.idiom is Idiom.CODE_PURPOSE:
        said = " ".join(proposal.answer.split())
        return answer is not None and said == " ".join(answer.split())
    if proposal.idiom not in _PROSE:
        return False
    term = _squeezed(proposal.question)
    if not term or term != _squeezed(heading):
        return False
    return answer is None or " ".join(proposal.answer.split()) in " ".join(answer.split())


def _tip(
    body: Sequence[Block],
    lines: Sequence[str],
    produced: Sequence[Proposal],
    *,
    action: bool,
) -> str:
    """The start of a tip's body: its blocks in order, up to about a screen; ``action``:
    the title names an action, which code under a question it asks may answer."""
    parts: list[str] = []
    size = 0
    for block in body:
        found = (
            None
            if says_nothing(block) or block.kind not in _FOLLOWERS
            else _unclaimed(block, lines, produced, titled=True)
        )
        if found is None:
            if parts and block.kind == "list" and parts[-1].endswith(_LEADS_ON):
                parts.append(block_source(block, lines))  # the list it announces, cards and all
            if parts:
                break
            continue
        text, whole = found
        if (
            block.kind in ("paragraph", "quote")
            and is_lead_in(text)
            and not text.endswith(_LEADS_ON)
        ):
            continue  # the writer's story, not the tip
        if parts and size + len(text) > _TIP_ANSWER_CHARACTERS:
            break
        parts.append(text)
        size += len(text)
        if not whole:
            break  # the rest of the paragraph is another term's definition
    answer = "\n\n".join(parts)
    prose = [part for part in parts if part[:3] not in FENCES]
    if any(explains(part) for part in prose):
        return answer
    # a problem stated, then the code that solves it: the code is the tip an action asks for
    solved = action and len(prose) < len(parts) and any(map(is_question, prose))
    return answer if solved else ""


def in_section(
    heading: Heading | None,
    body: Sequence[Block],
    *,
    title: str,
    lines: Sequence[str],
    context: Context,
    produced: Sequence[Proposal],
) -> Proposal | None:
    """The card of a section whose body opens with prose or a quote.

    ``heading`` is None for a note's first section, before any heading: the note's
    ``title`` asks it. ``produced`` are the cards the body's blocks made themselves.
    """
    heading_text = heading.text.strip() if heading is not None else ""
    body = _without_metadata(body)
    titled = heading is None or (heading.level == 1 and clean_term(heading_text) == title)
    if titled:
        question = title
        if not question:
            return None
        first, _ = _opening(body)
        if (
            first is None
            or first.kind not in _FOLLOWERS
            or _unclaimed(first, lines, produced, titled=True) is None
        ):
            return None
        if not _names_a_tip(question):  # the costlier test, once the body may answer
            return None
        titled_action = names_an_action(question)
        answer = _tip(body, lines, produced, action=titled_action)
        if not answer and first.kind in _CODE and titled_action:
            answer = _command(first, lines) or ""
        line = heading.line + 1 if heading is not None else 1
        if not answer or len(answer) > 2 * _TIP_ANSWER_CHARACTERS:
            return None
        return Proposal(
            CardKind.BASIC, question, answer, line, context, Idiom.SECTION_BODY, code_is_tip=True
        )
    assert heading is not None
    first, after = _opening(body)
    if first is None or first.kind not in _OPENERS:
        return None  # decided first: the cheapest test, and the commonest outcome (a list)
    action = names_an_action(heading_text) and short_phrase(heading_text)
    # "## 개요", "## Overview" + what the subject is: the subject above asks (a title's own
    # overview answers the title)
    subject = overview_subject(heading_text, context, title)
    if heading.repeated or not (subject or is_heading_title(heading_text) or action):
        return None
    question = subject or clean_term(heading_text)
    line = heading.line + 1
    produced = [proposal for proposal in produced if not restates(proposal, question)]
    found = _unclaimed(first, lines, produced)
    if found is None:
        return None
    answer, whole = found  # not whole: the rest of the paragraph defines another term
    if first.kind == "table":
        # "### RDD와 DataFrame의 차이점" + a table comparing them: the table answers (a table
        # of data or of commands under any other heading is a sheet to look things up in)
        if (
            not is_comparison(question)
            or first.end - first.start > _MAX_TABLE_LINES
            or len(answer) > _MAX_ANSWER_CHARACTERS
        ):
            return None
        return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.SECTION_BODY)
    if first.kind in _CODE:
        code = _command(first, lines) if action else None
        if code is None or (
            _NUMBERED_STEP.match(heading_text)
            and len(command_lines(code, fenced=first.kind == "fence")) != 1
        ):
            return None  # a numbered step runs a script: a tip is one command
        return Proposal(
            CardKind.BASIC, question, code, line, context, Idiom.SECTION_BODY, code_is_tip=True
        )
    if first.kind not in ("paragraph", "quote"):
        return None
    if first.kind == "quote" and first.children and "[!" in first.children[0].text[:4]:
        return None  # a callout: read by its own idiom
    # "... 풀어 쓰면 아래와 같습니다." + a quote: the quote is the definition announced
    announces = (
        whole
        and after is not None
        and after.kind == "quote"
        and answer.rstrip(" .").endswith(_LEADS_ON)
        and not _claimed(after, produced)
        and not tells_a_story(answer)
    )
    # "... is memoryless if $$\forall s, t > 0$$," + the formula: the sentence goes on in it
    goes_on = after is not None and after.kind == "math" and answer.endswith((",", "，"))
    leads_on = announces or goes_on or answer.endswith(_LEADS_ON)
    if not announces and is_lead_in(answer):
        answer = _after_announcement(answer)  # "" when it announces what follows it
        if is_lead_in(answer) or not answer:
            # "## 원격 브랜치 삭제하기" + the writer's story + the command: the command is the tip
            command = (
                _command(after, lines)
                if action and after is not None and after.kind in _CODE
                else None
            )
            if command is None:
                return None
            return Proposal(
                CardKind.BASIC,
                question,
                command,
                line,
                context,
                Idiom.SECTION_BODY,
                code_is_tip=True,
            )
    if not answer or not explains(answer):
        return None
    joins = whole and after is not None and not _claimed(after, produced)
    # "There are few implementations:" + a list of "Name: what it is" items: the items are
    # cards of their own, and the list is still what the paragraph announces
    announced_list = whole and leads_on and after is not None and after.kind == "list"
    if (
        (joins or announced_list)
        and after is not None
        and after.kind in _FOLLOWERS - _CODE  # code joins only a tip's answer
        and (leads_on or len(answer) < _SHORT_ANSWER)
    ):
        answer = f"{answer}\n\n{block_source(after, lines)}"
    elif joins and after is not None and leads_on and after.kind in _CODE:
        # "Installing X" (or "## Installation") + "The docs suggest this:" + the command;
        # under a heading that names no action, only a shell's command is what it announces
        command = _command(after, lines) if action or typed_at_a_shell(after, lines) else None
        if command is None and len(answer) < _SHORT_ANSWER:
            return None  # "They suggest this:" + a program: the lead-in alone says nothing
        if (
            command is None
            and after.end - after.start <= _MAX_EXAMPLE_LINES
            and _SHOWS_AN_EXAMPLE.search(answer) is not None
        ):
            # "Dependencies can be added in a `dependencies=` list like this:" + the list:
            # the sentence says what the short example shows; cut before it, it says nothing
            answer = f"{answer}\n\n{block_source(after, lines)}"
        elif command is not None:
            answer = f"{answer}\n\n{command}"
            return Proposal(
                CardKind.BASIC,
                question,
                answer,
                line,
                context,
                Idiom.SECTION_BODY,
                code_is_tip=True,
            )
    if len(answer) > _MAX_ANSWER_CHARACTERS or question == answer:
        return None
    return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.SECTION_BODY)
