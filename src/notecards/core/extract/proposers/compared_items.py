"""The things a heading (or a note's title) names side by side, each asked of the block that
opens with it: under ``Latency vs Throughput``, the paragraph ``Latency is measured in
milliseconds ...``; under ``TCP와 UDP``, the item ``- TCP는 연결을 맺고 ...``; under ``const,
var and let in JS``, ```let` is block scoped while ...``.

The section's own card still answers the heading whole; these cards ask each thing it
compares. A block opens with a thing when its first words are that thing (its code or bold
marks, quotes and case aside) and a verb or a Korean subject particle follows: ``TCP and
UDP are ...`` speaks of both, ``TCP: ...`` is a term line of its own. Only the first such
block of each thing answers it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent, squeezed
from notecards.core.extract.patterns.headings import is_comparison
from notecards.core.extract.patterns.numbering import without_section_number
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

# what parts a heading that names things side by side: "vs", a comma, "and"/"or", a slash,
# Korean "와"/"과" after a name
_BETWEEN_THINGS: Final = re.compile(
    r"\s+(?:vs\.?|versus|and|or|&)\s+|\s*,\s*|\s+/\s+|(?<=[\w)`'’])(?:와|과)\s+", re.IGNORECASE
)
# what frames the things compared rather than names one (``... 차이점``, ``Differences
# between ...``, ``... 비교``)
_FRAMING: Final = re.compile(
    r"^(?:(?:the\s+)?differences?\s+between\s+|comparing\s+)"
    r"|\s*(?:의\s*)?(?:차이점?|비교|differences?|compared)\s*[?]?$",
    re.IGNORECASE,
)
_MAX_THING_WORDS: Final = 4
_MAX_THING_CHARS: Final = 40
_MIN_ANSWER_WORDS: Final = 3
_MIN_LINE_WORDS: Final = 5
# what a thing opening a block may carry around it: code or emphasis marks, quotes
_MARKS: Final = "`*_'\"‘’“”"
# after the thing: an English verb (a lower-case word that does not join another thing),
# or a Korean subject or topic particle
_ENGLISH_GOES_ON: Final = re.compile(r"\s+(?!(?:and|or|vs\.?|versus|&|of|in|on|with)\b)[a-z]")
_KOREAN_GOES_ON: Final = re.compile(r"(?:은|는|이|가|란|이란)\s")
_ITEM_MARKER: Final = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")


def things_compared(heading: str) -> tuple[str, ...]:
    """The things a heading that compares names side by side (two or more), or none (a
    heading that only joins two with "and" is no comparison: ``Installing Homebrew and
    Docker``, ``Political and Economic Stability``)."""
    if not is_comparison(heading):
        return ()
    text = _FRAMING.sub("", without_section_number(heading).strip()).strip()
    parts = [part.strip(_MARKS + " ") for part in _BETWEEN_THINGS.split(text)]
    if len(parts) < 2:
        return ()
    for part in parts:
        if (
            not part
            or len(part) > _MAX_THING_CHARS
            or len(part.split()) > _MAX_THING_WORDS
            or not squeezed(part)
            or (len(squeezed(part)) < 2 and part.isascii())  # "큐" is a name, "C" too short
        ):
            return ()
    return _without_shared_head(parts)


def _without_shared_head(parts: list[str]) -> tuple[str, ...]:
    """``Primary vs Secondary Data``, ``Even vs Odd degree polynomials``: the words after the
    last thing are said of all of them (English only: in Korean the words before a noun
    modify it, ``객체와 관계형 데이터베이스``), so the last thing is its first words."""
    size = len(parts[0].split())
    last = parts[-1].split()
    shared = last[size:]
    if (
        len(last) > size
        and all(len(part.split()) == size for part in parts[:-1])
        and all(word.isascii() for word in shared)
    ):
        parts[-1] = " ".join(last[:size])
    return tuple(parts)


def in_section(
    heading: str,
    body: Sequence[Block],
    lines: Sequence[str],
    context: Context,
    made: Sequence[Proposal],
) -> list[Proposal]:
    """A card for each thing ``heading`` compares whose block in ``body`` opens with it and
    that no card in ``made`` already asks."""
    things = things_compared(heading)
    if not things:
        return []
    asked = {squeezed(proposal.question) for proposal in made}
    wanted = [thing for thing in things if squeezed(thing) not in asked]
    found: list[Proposal] = []
    openings = _opening_lines(body, lines)
    for index, (start, first, item_text) in enumerate(openings):
        if len(first.split()) < _MIN_LINE_WORDS:
            continue  # "- Shared DB pros and cons" + a list: a label over what says it
        for thing in wanted:
            if _opens_with(first, thing) and not _contrasts(first, thing, things):
                # a line of a paragraph answers up to the line of another thing
                answer = item_text or _paragraph_part(openings, index, things)
                if len(answer.split()) > _MIN_ANSWER_WORDS:
                    found.append(
                        Proposal(CardKind.BASIC, thing, answer, start + 1, context, Idiom.COMPARED)
                    )
                wanted.remove(thing)
                break
        if not wanted:
            break
    return found


def _opening_lines(
    body: Sequence[Block], lines: Sequence[str]
) -> list[tuple[int, str, str | None]]:
    """Each line of a section's paragraphs (its 0-based line, its text, and None: what it
    answers runs up to the line of another thing) and the first line of each item of its
    lists (with the item's text as what it answers)."""
    found: list[tuple[int, str, str | None]] = []
    for block in body:
        if block.kind == "paragraph":
            found.extend(
                (block.start + offset, line, None)
                for offset, line in enumerate(block.text.split("\n"))
            )
        elif block.kind == "list":
            found.extend(
                (item.start, _ITEM_MARKER.sub("", lines[item.start]), _item_text(item, lines))
                for item in block.children
                if item.start < len(lines)
            )
    return found


def _paragraph_part(
    openings: Sequence[tuple[int, str, str | None]], index: int, things: Sequence[str]
) -> str:
    """The lines of a paragraph from the one at ``index`` up to one that opens with another
    of the ``things`` (``Primary is data you collect`` + ``Secondary is ...``), or its end."""
    start, first, _ = openings[index]
    part = [first.strip()]
    for line_at, line, answer in openings[index + 1 :]:
        if answer is not None or line_at != start + len(part):
            break  # an item, or another paragraph
        if any(_opens_with(line, thing) for thing in things):
            break
        part.append(line.strip())
    return "\n".join(part)


def _opens_with(line: str, thing: str) -> bool:
    """Whether ``line`` opens with ``thing`` as what it speaks of."""
    text = line.lstrip(_MARKS + " ")
    if not text.casefold().startswith(thing.casefold()):
        return False
    rest = text[len(thing) :].lstrip(_MARKS)
    return bool(_ENGLISH_GOES_ON.match(rest) or _KOREAN_GOES_ON.match(rest))


def _contrasts(line: str, thing: str, things: Sequence[str]) -> bool:
    """Whether the first sentence of ``line`` speaks of another of the ``things`` too (``X는
    ... 반면, Y는 ...``): it answers the comparison, not what ``thing`` is."""
    own = thing.casefold()  # ("Non-metered will ..." names "Metered" only in its own name)
    sentence = SENTENCE_BREAK.split(line, maxsplit=1)[0].casefold().replace(own, " ")
    return any(other.casefold() in sentence for other in things if other.casefold() != own)


def _item_text(block: Block, lines: Sequence[str]) -> str:
    """An item's lines without its marker, nested lines kept."""
    own = lines[block.start : block.end]
    first = _ITEM_MARKER.sub("", own[0])
    indent = len(own[0]) - len(own[0].lstrip())
    rest = [line[indent:] if line[:indent].isspace() else line for line in own[1:]]
    return dedent([first, *rest]) if rest else first.strip()
