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

The note's own title asks its first section as a one-tip note's title does
(:mod:`.title_tip`); what a body opens with and which of its lines are cards of their own
is read by :mod:`.section_text`. A heading that names an action (``untracked files 한 번에
제거``, ``Install the CLI``, ``How to ...``) is answered by a command right under it too
(up to three lines of code: the command is the tip; a longer program, or a numbered step of
a tutorial, is no card), and a sentence explaining the command before it
(``### 디스크 사용량 확인`` + ``-h 옵션을 쓰면 읽기 쉬운 단위로 나온다.`` + ``df -h``) answers
with it; under any heading, so does short code the paragraph below explains.

Not cards: a heading that does not name a topic (generic or repeated labels, dates,
retrospectives), a body that opens with something else (a list: see :mod:`.topic`; a
table, an image, code alone under a heading that names no action), a first paragraph that is
itself a question, chatter, a link or a pointer elsewhere, or one another idiom already
read (``Term: definition`` lines in it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.actions import (
    command_lines,
    names_a_task,
    typed_at_a_shell,
)
from notecards.core.extract.blocks import CODE_KINDS, Block
from notecards.core.extract.clean import clean_term
from notecards.core.extract.facet_words import asks_a_facet
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.chatter import without_notes_to_self
from notecards.core.extract.patterns.discourse import (
    LEADS_ON,
    announces_a_list,
    is_lead_in,
    points_in_passing,
    says_what_follows_shows,
    tells_a_story,
    without_announcement,
    without_turn_to_what_follows,
)
from notecards.core.extract.patterns.headings import (
    is_comparison,
    is_heading_title,
    is_title_cased_heading,
)
from notecards.core.extract.patterns.leads import expands_acronym
from notecards.core.extract.patterns.overview_headings import overview_subject
from notecards.core.extract.patterns.sentences import opens_with_subject
from notecards.core.extract.patterns.stated_headings import states_a_point
from notecards.core.extract.patterns.terms import quotes_an_error
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers import labelled_list, title_tip
from notecards.core.extract.proposers.block_text import block_source, explains
from notecards.core.extract.proposers.past_lead_in import (
    after_announcement,
    goes_on_about,
    said_past,
)
from notecards.core.extract.proposers.section_blocks import (
    MAX_EXAMPLE_LINES,
    SHORT_ANSWER,
    announced_code,
    explained_code,
    formula_answer,
    goes_on,
    is_formula,
    one_of_a_series,
)
from notecards.core.extract.proposers.section_text import (
    FOLLOWERS,
    claimed,
    command_of,
    opening,
    unclaimed,
    without_metadata,
)
from notecards.core.extract.repeats import restates
from notecards.core.model import CardKind

_BOLD_LINE: Final = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
_MAX_ANSWER_CHARACTERS: Final = 1200
# what a headed section's answer opens with
_OPENERS: Final = frozenset(("paragraph", "quote", "table", "math")) | CODE_KINDS
_WORD: Final = re.compile(r"[^\W_]")  # a letter or a digit: a table row's cells hold something
_MAX_TABLE_LINES: Final = 12  # a table that answers a heading: a comparison, not a data sheet
# how a sentence announces the example under it: "... like this:", "다음과 같이:"
_SHOWS_AN_EXAMPLE: Final = re.compile(
    r"(?:(?:like|as)\s+(?:this|so|follows)|\bfollowing\b[^.:：]*|\bexamples?)\s*[:：]$"
    r"|(?:다음|아래)과\s*같(?:이|다|습니다)\s*[:：]?$|이렇게\s*[:：]$",
    re.IGNORECASE,
)
_NUMBERED_STEP: Final = re.compile(
    r"^\s*(?:\d+(?:[.-]\d+)*[.)]?|step\s*\d+\s*[:.]?)\s", re.IGNORECASE
)


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
    body = without_metadata(body)
    titled = heading is None or (heading.level == 1 and clean_term(heading_text) == title)
    if titled:
        return title_tip.in_title_section(
            heading, body, title=title, lines=lines, context=context, produced=produced
        )
    assert heading is not None
    first, after = opening(body)
    if first is None or first.kind not in _OPENERS:
        return None  # decided first: the cheapest test, and the commonest outcome (a list)
    # a task the heading names, or an error message it quotes: its command is the tip
    action = names_a_task(heading_text) or quotes_an_error(heading_text)
    # "## 개요", "## Overview" + what the subject is: the subject above asks (a title's own
    # overview answers the title)
    subject = overview_subject(heading_text, context, title)
    if heading.repeated or not (
        subject
        or is_heading_title(heading_text)
        or heading.solves  # "## Solution" after "## Problem": the subject's solution
        or action
        # "## Code Should Be Obvious": a principle named in title case, below the title
        or is_title_cased_heading(heading_text, heading.level, title)
        or asks_a_facet(heading_text)
        # "## Redis 트랜잭션에는 Rollback이 없다." + why: a point the section explains
        or (states_a_point(heading_text) and clean_term(heading_text) != title)
    ):
        return None
    question = subject or clean_term(heading_text)
    line = heading.line + 1
    # the cards that ask the heading's own question give way to the section's card; one in
    # the opening keeps a lead-in's later sentences its own
    asking = [restates(proposal, question) for proposal in produced]
    restated = any(
        asks and first.start < proposal.line <= first.end
        for proposal, asks in zip(produced, asking, strict=True)
    )
    produced = [proposal for proposal, asks in zip(produced, asking, strict=True) if not asks]
    found = unclaimed(first, lines, produced, asked=question)
    if found is None:
        return None
    answer, whole = found  # not whole: the rest of the paragraph defines another term
    answer = without_notes_to_self(answer)  # "TODO: how does it differ ...?" under it
    if is_formula(first) and (first.kind == "math" or not explains(answer)):
        # "### Power Law" + the law: its formula says it (a line of math read as words, and
        # what goes on under it, answers as prose does)
        formula = formula_answer(heading_text, first, after, lines)
        if formula is None:
            return None
        return Proposal(CardKind.BASIC, question, formula, line, context, Idiom.SECTION_BODY)
    if first.kind == "table":
        # "### RDD와 DataFrame의 차이점" + a table comparing them: the table answers (a table
        # of data or of commands under any other heading is a sheet to look things up in)
        if (
            not is_comparison(question)
            or first.end - first.start > _MAX_TABLE_LINES
            or len(answer) > _MAX_ANSWER_CHARACTERS
            or not any(map(_WORD.search, lines[first.start + 2 : first.end]))
        ):
            return None  # (nor a table whose rows hold no word: a template to fill in)
        return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.SECTION_BODY)
    if first.kind in CODE_KINDS:
        # (and the solution to a problem stated above it: "## Error" + "## Solution" +
        # `apt install libfoo1`)
        code = command_of(first, lines) if action or heading.solves else None
        # the command and the paragraph under it that explains it answer together ("## List an
        # archive's files" + `tar -tf x.tar` + "It prints each path without unpacking ..."), as
        # under any other heading
        shown = explained_code(heading_text, first, after, lines, produced)
        if code is None or (shown is not None and shown.startswith(code)):
            return None if shown is None else title_tip.tip_card(question, shown, line, context)
        if (
            _NUMBERED_STEP.match(heading_text)
            and len(command_lines(code, fenced=first.kind == "fence")) != 1
        ):
            return None  # a numbered step runs a script: a tip is one command
        return title_tip.tip_card(question, code, line, context)
    if first.kind not in ("paragraph", "quote"):
        return None
    if first.kind == "quote" and first.children and "[!" in first.children[0].text[:4]:
        return None  # a callout: read by its own idiom
    if (
        first.kind == "paragraph"
        and after is not None
        and after.kind == "list"
        and _BOLD_LINE.fullmatch(first.text.strip())
        and labelled_list.label_of(first) is not None
    ):
        return None  # "**고정 소수점 사용 상황.**" + its list: a label asks for the list
    # "... 풀어 쓰면 아래와 같습니다." + a quote: the quote is the definition announced
    announces = (
        whole
        and after is not None
        and after.kind == "quote"
        and answer.rstrip(" .").endswith(LEADS_ON)
        and not claimed(after, produced)
        and not tells_a_story(answer)
    )
    # "... is memoryless if $$\forall s, t > 0$$," + the formula: the sentence goes on in it
    formula_goes_on = after is not None and after.kind == "math" and answer.endswith((",", "，"))
    leads_on = (
        announces
        or formula_goes_on
        or answer.rstrip(" .").endswith(LEADS_ON)
        or (after is not None and after.kind == "list" and announces_a_list(answer))
    )
    defines = _opens_with_its_subject(answer, question)
    if (
        not announces
        and not defines
        and is_lead_in(answer)
        # "RNN은 다음과 같이 ...를 목표로 합니다." + a picture: it says what it points at in
        # passing (over code, what it says is read with the code: see _shown_in_code)
        and not ((after is None or after.kind not in CODE_KINDS) and points_in_passing(answer))
    ):
        said_first = answer
        # "" when it announces what follows it
        answer = after_announcement(answer)
        if not answer and not restated and goes_on_about(said_first, question):
            answer = said_first  # what it goes on to say of the heading answers, lead-in and all
        elif is_lead_in(answer) or not answer:
            # "## 원격 브랜치 삭제하기" + the writer's story + the command: the command is the tip
            command = (
                command_of(after, lines)
                if action and after is not None and after.kind in CODE_KINDS
                else None
            )
            if command is None:
                in_code = _shown_in_code(
                    question, said_first, after, lines, line=line, context=context
                )
                if (
                    in_code is None
                    and names_a_task(heading_text)
                    and title_tip.leads_to_a_tip(said_first, after)
                ):
                    # "## Configuring the workflow" + "This took a lot of trial and error
                    # ... I had to set two secrets first:" + the secrets and the YAML: the
                    # tip is found as a one-tip note's is, past the writer's story
                    return title_tip.in_task_section(
                        question, body, lines, produced, (line, context)
                    )
                past = (
                    ""
                    if in_code is not None or restated
                    else said_past(first, body, lines, produced, question)
                )
                if past and len(past) <= _MAX_ANSWER_CHARACTERS:
                    # "이번엔 삭제 연산을 살펴보겠습니다." + a picture + what it shows: the
                    # paragraph past the picture answers
                    return Proposal(
                        CardKind.BASIC, question, past, line, context, Idiom.SECTION_BODY
                    )
                if in_code is None and not restated:
                    # "## DNS record" + "First, I needed to add an `ALIAS` record ...":
                    # no tip past the story, which tells how it was done
                    return title_tip.told_in_a_how_to(
                        question,
                        said_first,
                        body,
                        lines,
                        produced,
                        where=(line, context),
                    )
                return in_code
            return title_tip.tip_card(question, command, line, context)
    # "### UI" + "> User Interface": the words the acronym stands for say what it is, and
    # the paragraph under them goes on with it
    answer = without_turn_to_what_follows(answer)
    spelled_out = expands_acronym(question, answer)
    joins = whole and after is not None and not claimed(after, produced)
    if not answer or not (
        spelled_out
        or explains(answer)
        # "> API, Socket" + the paragraph that says what the layer does: the examples
        # first, the explanation right after them
        or (
            joins
            and first.kind == "quote"
            and len(answer) < SHORT_ANSWER
            and after is not None
            and after.kind == "paragraph"
            and explains(after.text)
        )
    ):
        return None
    said = answer
    # "There are few implementations:" + a list of "Name: what it is" items: the items are
    # cards of their own, and the list is still what the paragraph announces
    announced_list = whole and leads_on and after is not None and after.kind == "list"
    if (
        (joins or announced_list)
        and after is not None
        and after.kind in FOLLOWERS - CODE_KINDS  # code joins only a tip's answer
        and (leads_on or goes_on(answer, block_source(after, lines)))
    ):
        joined = block_source(after, lines)
        answer = f"{answer}\n\n{joined}"
        if after.kind == "paragraph" and joined.rstrip().endswith((":", "：")):
            # "... only works if you authenticate first." + "All you have to do is run:" +
            # `toot login`: the paragraph that went on announces short code, which ends it
            shown = announced_code(after, body, lines, produced)
            if shown:
                answer = f"{answer}\n\n{shown}"
    elif joins and after is not None and leads_on and after.kind in CODE_KINDS:
        # "Installing X" (or "## Installation") + "The docs suggest this:" + the command;
        # under a heading that names no action, only a shell's command is what it announces
        command = command_of(after, lines) if action or typed_at_a_shell(after, lines) else None
        if command is None and len(answer) < SHORT_ANSWER:
            return None  # "They suggest this:" + a program: the lead-in alone says nothing
        if (
            command is None
            and after.end - after.start <= MAX_EXAMPLE_LINES
            and (
                _SHOWS_AN_EXAMPLE.search(answer) is not None
                or (answer.endswith((":", "：")) and not one_of_a_series(after, body))
            )
        ):
            # "Dependencies can be added in a `dependencies=` list like this:" + the list,
            # "... reads TOML itself, with tomllib:" + the code: the sentence says what the
            # short code shows; cut before it, it says nothing (a colon before code, a table
            # and a picture in turn announces kinds of things, shown one by one)
            answer = f"{answer}\n\n{block_source(after, lines)}"
        elif command is not None:
            return title_tip.tip_card(question, f"{answer}\n\n{command}", line, context)
    elif joins and action and after is not None and after.kind in CODE_KINDS:
        # "### 디스크 사용량 확인" + "-h 옵션을 쓰면 읽기 쉬운 단위로 나온다." + `df -h`: the
        # heading names what to do, the sentence explains the command that does it
        command = command_of(after, lines) if typed_at_a_shell(after, lines) else None
        if command is not None:
            return title_tip.tip_card(question, f"{answer}\n\n{command}", line, context)
    if answer == said:
        # "다음 연산은 ...를 보존합니다." + only pictures of them: the announcement answers
        # nothing, what the paragraph says before it does (a sentence defining the subject
        # first keeps its announcement: "X는 ...를 의미하며, 다음과 같이 세 가지로 나뉜다.")
        answer = without_announcement(answer) or (answer if defines else "")
        if not answer or not (spelled_out or explains(answer)):
            return None
    if len(answer) > _MAX_ANSWER_CHARACTERS or question == answer:
        return None
    return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.SECTION_BODY)


def _shown_in_code(
    question: str,
    paragraph: str,
    after: Block | None,
    lines: Sequence[str],
    *,
    line: int,
    context: Context,
) -> Proposal | None:
    """``### 배열`` + ``배열 스트림을 만드는 메서드는 다음과 같이 Stream과 Arrays에 정의되어
    있다.`` + their signatures: the sentence says what the short code shows, and both answer."""
    if (
        after is None
        or after.kind not in CODE_KINDS
        or after.end - after.start > MAX_EXAMPLE_LINES
        or not says_what_follows_shows(paragraph)
    ):
        return None
    answer = f"{paragraph}\n\n{block_source(after, lines)}"
    return Proposal(CardKind.BASIC, question, answer, line, context, Idiom.SECTION_BODY)


# what follows a paragraph's subject when it opens by saying what the subject is
_SUBJECT_MARKS: Final = re.compile(r"은 |는 |이란|란 |이 |가 | is | are | refers ")
_FIRST_CLAUSE: Final = re.compile(r"[,，]\s|(?<=[.!?。])\s")


def _opens_with_its_subject(answer: str, question: str) -> bool:
    """Whether a paragraph opens with the term its heading asks, as the subject of what it
    says (``이상 탐지는 ...``, ``**Anomaly detection** is ...``)."""
    # its first clause says what the subject is, not how it is shown ("삽입정렬은 다음과 같은
    # 방식으로 동작합니다.", "X는 아래와 같이 구합니다.": an announcement all the same)
    return opens_with_subject(answer, question, _SUBJECT_MARKS) and not is_lead_in(
        _FIRST_CLAUSE.split(answer, maxsplit=1)[0]
    )
