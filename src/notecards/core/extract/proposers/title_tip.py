"""A note's title answered by the start of its body: a one-tip note.

A note's own title (its H1, or its front matter or file name for the text before any
heading) states a tip as often as it names a topic (``Querying items stored in UTC by their
weekday in another zone``, ``# Undo the last commit but keep the changes``): it may be a
phrase of up to sixteen words, and its answer is the start of the body whole, lead-in,
explanation and code, up to about a screen. The writer's story before the tip is left out
(and when a paragraph resolves it, ``The fix was to ...``, ``It turns out ...``, the tip
starts there);
a card on what a command in the body does leaves the body to the title too. A dated or
numbered log entry (``아침공부 #6``) states no tip.

A section of such a note whose heading names a task (``## Configuring the workflow``) and
whose body opens with the writer's story, or with a lead-in to its code, is answered the
same way: by the tip past the story. A section whose story is all it says before its code
(``## DNS record`` + ``First, I needed to add an `ALIAS` record pointing at ...``) is
answered by the story: it tells how the thing was done.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.actions import names_an_action
from notecards.core.extract.blocks import CODE_KINDS, FENCES, Block
from notecards.core.extract.note import Heading
from notecards.core.extract.patterns.chatter import is_date
from notecards.core.extract.patterns.discourse import (
    LEADS_ON,
    announces_a_list,
    announces_the_post,
    is_lead_in,
    resolves_the_story,
    tells_a_story,
    the_writer_speaks,
)
from notecards.core.extract.patterns.headings import is_heading_title, is_title
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.block_text import (
    block_source,
    explains,
    is_aside,
    says_nothing,
)
from notecards.core.extract.proposers.section_blocks import goes_on
from notecards.core.extract.proposers.section_text import (
    FOLLOWERS,
    claimed,
    command_of,
    opening,
    unclaimed,
)
from notecards.core.extract.proposers.tip_start import (
    from_the_announcement,
    from_the_resolution,
)
from notecards.core.extract.repeats import restates
from notecards.core.model import CardKind

_TIP_ANSWER_CHARACTERS: Final = 900
_MAX_TITLE_WORDS: Final = 16
# how much of a later tip's start a first read's answer holds when it reached that tip
_SHOWN_ALREADY: Final = 80


_LOG_ENTRY: Final = re.compile(r"#\s*\d+\s*$|\b(?:19|20)\d\d[-./]\d{1,2}")


def names_a_tip(title: str) -> bool:
    """A note's title that states a tip or names a topic: not a date, a label, chatter or a
    numbered log entry (``아침공부 #6``, ``daily.journal.2025.04.14``)."""
    if _LOG_ENTRY.search(title):
        return False
    if is_title(title) or is_heading_title(title):
        return True
    words = title.split()
    if not (
        1 < len(words) <= _MAX_TITLE_WORDS
        and not title.endswith((".", "!", "。"))
        and not is_date(title)
    ):
        return False
    return (
        is_title(" ".join(words[:3]))
        or names_an_action(title)
        or _states_a_fact(words)
        or _asks_or_forbids(words)
        # "vim에서 ANSI color가 보이도록 하는 방법, colorizer": the task, then what does it
        or (", " in title and names_an_action(title.rsplit(", ", 1)[0]))
    )


# a question asked without its mark ("What Is A Tombstone", "How Does Git Store ...") or a
# thing not to do ("Do Not Follow Symlinks", "Don't Trust The Exit Code"): the title's
# first words, and the word after them
_ASKING: Final = frozenset(("what", "who", "where", "when", "why", "which", "how"))
_FORBIDDING: Final = frozenset(("don't", "never"))


def _asks_or_forbids(words: list[str]) -> bool:
    """A title that asks a question (a question word, then a verb: ``Who Is Running This
    Shell``, ``What To Do When ...``; not ``What I Learned``) or says what not to do (``Do
    Not ...``, ``Never ...``)."""
    first, second = words[0].casefold(), words[1].casefold().rstrip(":")
    if first in _ASKING:
        return second in _STATING_VERBS or second in ("am", "to")
    return first in _FORBIDDING or (first == "do" and second == "not")


# how a statement about a named subject goes on after the subject: "YAML Is A Superset Of
# JSON", "Random Cannot Be Seeded", "SQLite can use more than one index for a query"
_STATING_VERBS: Final = frozenset((
    "is", "are", "was", "were", "can", "cannot", "can't", "does", "doesn't", "do", "don't",
    "has", "have", "will", "won't", "must", "should",
))  # fmt: skip
_MAX_SUBJECT_WORDS: Final = 3
# subjects that name nothing: "It Is What It Is", "This Is Fine", "There Are Two Ways"
_PRONOUNS: Final = frozenset((
    "it", "this", "that", "there", "these", "those", "he", "she", "they", "we", "you", "i",
    "what", "which", "who", "here", "everything", "nothing", "something",
))  # fmt: skip


def _states_a_fact(words: list[str]) -> bool:
    """A title that states a fact about a subject it names first (up to three words, a
    term): ``Postgres Does Not Support Unsigned Integers``."""
    for index, word in enumerate(words[1 : _MAX_SUBJECT_WORDS + 1], start=1):
        if word.casefold() in _STATING_VERBS:
            return (
                index < len(words) - 1
                and words[0].casefold() not in _PRONOUNS
                and is_title(" ".join(words[:index]))
            )
    return False


def _names_code_in_the_story(text: str) -> bool:
    """A paragraph of the writer's story or a lead-in that names code (``Then I can use
    `git remote set-url```, ``Let's look at a method that uses `sqlite3```), not one that
    introduces the post."""
    return "`" in text and not announces_the_post(text)


def tip(
    body: Sequence[Block],
    lines: Sequence[str],
    produced: Sequence[Proposal],
    *,
    action: bool,
    title: str,
    told: bool = False,
) -> str:
    """The start of a tip's body: its blocks in order, up to about a screen (a paragraph
    another card's sentence claims still answers with what it says of the ``title``
    before that sentence); ``action``:
    the title names an action, which code under a question it asks may answer. ``told``:
    every paragraph leads in or tells the writer's story, so a read that leaves them out
    finds no tip: one that names code (``Now I can use `git remote set-url```, ``Let's look
    at a method that uses `sqlite3```) is the tip's, unless it introduces the post."""
    parts: list[str] = []
    size = 0
    announced = False  # a lead-in left out announced the list under it
    skipped_sources = False  # the post's announcement left out led on to its sources
    for block in body:
        if says_nothing(block) or (not parts and is_aside(block)):
            continue  # a line break, an image alone, an aside first: the tip goes on past it
        was_announced, announced = announced, False
        if was_announced and block.kind == "list" and parts and tells_a_story(parts[0]):
            # the story quoted what set it off ("I noticed in the changelog:" + a quote)
            # and went on; the steps announced after it are the tip, not the story
            parts.clear()
            size = 0
        found = (
            None if block.kind not in FOLLOWERS else unclaimed(block, lines, produced, title=title)
        )
        if found is None:
            if block.kind == "list" and (
                (parts and parts[-1].endswith(LEADS_ON)) or (was_announced and not parts)
            ):
                # the list announced ("Here's the process that worked for me." + the steps,
                # or a part ending in a colon), cards and all
                parts.append(block_source(block, lines))
            elif parts and all(map(tells_a_story, parts)):
                # "I was seeing this warning:" + the warning, a card of its own: the story
                # leads nowhere the card goes; the tip is told after it
                parts.clear()
                size = 0
                continue
            if parts:
                break
            continue
        text, whole = found
        if not parts and block.kind == "paragraph" and announces_the_post(text):
            # "This TIL is mainly a rehash of these two articles:": what the post is, never
            # its tip, though it leads on to its sources
            skipped_sources = True
            continue
        if skipped_sources and block.kind == "list" and not parts:
            skipped_sources = False
            continue  # the sources it led on to
        skipped_sources = False
        if (
            block.kind in ("paragraph", "quote")
            and is_lead_in(text)
            and not text.endswith(LEADS_ON)
            and not (told and _names_code_in_the_story(text))
        ):
            announced = announces_a_list(text)
            continue  # the writer's story, not the tip
        if parts and size + len(text) > _TIP_ANSWER_CHARACTERS:
            if parts[-1].endswith(LEADS_ON) and size + len(text) <= 2 * _TIP_ANSWER_CHARACTERS:
                # "Here's the pattern I came up with:" + the code: what a part announces
                # ends the tip, past a screen but not two (cut off, the part says nothing)
                parts.append(text)
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


def _code_alone(block: Block, lines: Sequence[str]) -> str:
    """A code block that is all a note's body says, as the tip's answer when it fits on a
    screen (else "")."""
    code = block_source(block, lines)
    return code if len(code) <= _TIP_ANSWER_CHARACTERS else ""


def leads_to_a_tip(paragraph: str, after: Block | None) -> bool:
    """Whether a task's opening paragraph tells the writer's story, or leads on to the code
    that does it ("Then run the following:" + the command): a tip follows (a walk through
    worked data, "그런데 여기서 문제가 ...", is no tip)."""
    if tells_a_story(paragraph):
        return True
    return (
        after is not None and after.kind in CODE_KINDS and paragraph.rstrip(" .").endswith(LEADS_ON)
    )


def in_task_section(
    question: str,
    body: Sequence[Block],
    lines: Sequence[str],
    produced: Sequence[Proposal],
    where: tuple[int, Context],
) -> Proposal | None:
    """The card of a section whose heading names a task and whose body opens with the
    writer's story: the tip past the story, read as a one-tip note's body is (``where``:
    the card's line and context)."""
    answer = _tip_past_the_story(body, lines, produced, action=True, title=question)
    if not answer or answer.startswith("$$"):
        return None  # ("## 해 구하기" + the working in formulas: a derivation, no tip)
    return tip_card(question, answer, *where)


def tip_card(question: str, answer: str, line: int, context: Context) -> Proposal:
    """The card of a title or a section whose answer is, or ends in, the tip (code alone
    may answer it)."""
    return Proposal(
        CardKind.BASIC, question, answer, line, context, Idiom.SECTION_BODY, code_is_tip=True
    )


# a story of a how-to says how the thing was done in a sentence of ten words or more ("I
# have two files", "I love these, but ..." are asides)
_STORY_WORDS: Final = 10
_MAX_STORY_CHARACTERS: Final = 1200


def told_in_a_how_to(
    question: str,
    paragraph: str,
    body: Sequence[Block],
    lines: Sequence[str],
    produced: Sequence[Proposal],
    *,
    where: tuple[int, Context],
) -> Proposal | None:
    """The card of a section of a how-to that opens with the writer's story and finds no
    tip past it (``## Test extras`` + ``I keep the test tools out of the install, so I list
    them as an extra ...``, ``## DNS record`` + ``First, I needed to add an `ALIAS` record
    pointing at ...``): in a section that shows code, the story is how the thing was done,
    and it answers the heading, with the paragraph after it when that one goes on with its
    point (:func:`.section_blocks.goes_on`); a section with no code tells a diary's story
    (``### Tuesday`` + ``I met ...``), no tip (``where``: the card's line and context)."""
    if (
        len(paragraph) > _MAX_STORY_CHARACTERS
        or len(paragraph.split()) < _STORY_WORDS
        or not the_writer_speaks(paragraph)
        or not any(block.kind in CODE_KINDS or "`" in block.text for block in body)
    ):
        return None
    _, after = opening(body)
    if (
        after is not None
        and after.kind == "paragraph"
        and not paragraph.endswith(LEADS_ON)
        and not claimed(after, produced)
        and goes_on(paragraph, following := block_source(after, lines))
    ):
        paragraph = f"{paragraph}\n\n{following}"
    return Proposal(CardKind.BASIC, question, paragraph, *where, Idiom.SECTION_BODY)


def _tip_past_the_story(
    body: Sequence[Block],
    lines: Sequence[str],
    produced: Sequence[Proposal],
    *,
    action: bool,
    title: str,
) -> str:
    """:func:`tip`, read again as a story told whole (``told``) when the first read finds
    no tip."""
    return tip(body, lines, produced, action=action, title=title) or tip(
        body, lines, produced, action=action, told=True, title=title
    )


# how an outliner names the page of a reader's highlights in a PDF (Logseq:
# ``hls__2000_Munkres_Topology.md``)
_HIGHLIGHTS_PAGE: Final = "hls__"


def is_highlights_page(title: str) -> bool:
    """Whether a note's title names an outliner's page of highlights in a PDF."""
    return title.startswith(_HIGHLIGHTS_PAGE)


def in_title_section(
    heading: Heading | None,
    body: Sequence[Block],
    *,
    title: str,
    lines: Sequence[str],
    context: Context,
    produced: Sequence[Proposal],
) -> Proposal | None:
    """The card of a note's first section asked by its ``title`` (``heading`` is its H1, or
    None before any heading); ``body`` is past the note's own metadata, ``produced`` the
    cards its blocks made themselves."""
    question = title
    if not question:
        return None
    # ("# Strictly Decreasing" + "A function is **strictly decreasing** on $I$ if" + the
    # formula: a sentence naming the title's own term leaves the body to the title)
    produced = [proposal for proposal in produced if not restates(proposal, question)]
    titled_action = names_an_action(question)
    if titled_action:
        # "# Count The Number Of Things In A JSON File" + "JQ is a great tool for ...": what
        # the task uses is defined on the way to the tip, which still answers (a title naming
        # a topic leaves it to the term its first sentence defines)
        produced = [p for p in produced if p.idiom is not Idiom.PROSE_DEFINITION]
    first, second = opening(body)
    if (
        first is None
        or first.kind not in FOLLOWERS
        or unclaimed(first, lines, produced, title=question) is None
    ):
        return None
    if not names_a_tip(question):  # the costlier test, once the body may answer
        return None
    if is_highlights_page(question):
        return None  # a reader's highlights in a document, a block each: no tip of its own
    answer = _tip_past_the_story(body, lines, produced, action=titled_action, title=question)
    resolved: Sequence[Block] = ()
    reached = ""  # a first read that reached the announced tip keeps it
    if answer and tells_a_story(answer) and not resolves_the_story(answer):
        resolved = from_the_resolution(body) or from_the_announcement(body)
    elif answer and titled_action:
        # what the task uses, or why it was needed, then "Here's what I did." + the steps:
        # the steps answer the task
        resolved, reached = from_the_announcement(body), answer
    resolution = resolved and tip(resolved, lines, produced, action=titled_action, title=question)
    if (
        resolution
        and len(resolution) <= 2 * _TIP_ANSWER_CHARACTERS
        and resolution[:_SHOWN_ALREADY] not in reached
    ):
        answer = resolution
    if not answer and first.kind in CODE_KINDS and titled_action:
        answer = command_of(first, lines) or (
            # "Use Poetry in a Docker image" + a Dockerfile and nothing else: the code is
            # the whole tip, however many lines, up to a screen (a title of one word, "# Use",
            # names a topic, not a task)
            _code_alone(first, lines) if second is None and " " in question else ""
        )
    line = heading.line + 1 if heading is not None else 1
    if not answer or len(answer) > 2 * _TIP_ANSWER_CHARACTERS:
        return None
    return tip_card(question, answer, line, context)
