"""What is kept of the proposed cards, once tidied.

Each idiom's own rules already refuse what they should not propose; what is decided here
holds for every idiom:

- a card with nothing left to ask or answer is no card (an answer that was only an image:
  :func:`.clean.tidy` leaves a question or answer with nothing to say empty);
- an answer that is only code is no card: code with no word of explanation teaches
  nothing, unless the code is the tip its question asks for: a question put as one
  (``.gitignore 전에 commit했다면?`` + ``git rm -r --cached``), or a proposal whose idiom
  knows it (``code_is_tip``: a one-tip note's title and its command);
- an answer that only lists a page's sections (an outliner's ``- # Setup``, ``- ((63be...))``)
  or only says the question again (``Answer sheet`` -> ``Answer sheet``) is no card;
- a question that is only a label (``Note``, ``Theorem``: nothing a learner could answer)
  or an example (``ex. 집값 예측``, ``e.g., Rolling a die``) is no card, unless the writer
  wrote the card themselves (an example that is code alone, ``e.g. `[SEP]```, asks the
  code);
- metadata, an exercise's constraints and sample values are no cards (``file-path::``,
  ``메모리 제한: 128 MB``, ``label: [1, 0, 0]``: :mod:`.patterns.metadata`);
- two cards of one note with the same question and answer are one card, the first (a
  note that repeats a definition, a list pasted twice); and a card whose answer another
  card of the note with the same question says, and more after it, is that card's (a
  slide shown again with one more line, a line written again with a gloss): the fuller
  card is kept, where it stands.

This is also the one place for decisions that need all of a note's proposals at once, and
where a judgement over features of each proposal would go (a scorer trained on
``bench/gold`` was tried and gained less precision than it lost recall: none is shipped).
"""

from __future__ import annotations

import re

from notecards.core.extract.blocks import FENCES
from notecards.core.extract.patterns.labels import (
    EXAMPLE_LEADS,
    example_in_code,
    is_generic_label,
    opens_an_example,
)
from notecards.core.extract.patterns.metadata import is_not_knowledge
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.proposal import WRITTEN_AS_CARDS, Proposal
from notecards.core.model import CardKind


def keep(proposals: list[Proposal]) -> list[Proposal]:
    """The proposals that become cards, in the order given."""
    cloze = CardKind.CLOZE
    kept: list[Proposal] = []
    seen: dict[str, list[str]] = {}  # question -> the answers it was kept with
    outgrown = _outgrown(proposals)
    if outgrown:
        proposals = [proposal for index, proposal in enumerate(proposals) if index not in outgrown]
    for proposed in proposals:
        question = proposed.question  # (one whose first character opens no example skips the call)
        example = question[:1] in EXAMPLE_LEADS and opens_an_example(question)
        # an example given as code alone asks the code; any other stays, and is no card
        proposal = _example_as_code(proposed) if example else proposed
        kind, question, answer, _, _, idiom, code_is_tip = proposal
        if kind is cloze:
            if not question:
                continue
        elif not (question and answer) or is_not_knowledge(question, answer):
            continue  # nothing to ask or answer, or nothing to learn
        elif idiom not in WRITTEN_AS_CARDS and (
            is_generic_label(question) or (example and proposal is proposed)
        ):
            # "Theorem", "Note": a label asks nothing a learner could answer (a named one,
            # "note — B", asks about its subject); "e.g. `AbC`": an example, not a term
            continue
        if (
            answer.startswith(FENCES)
            and is_code_only(answer)
            and not (code_is_tip or is_question(question))
        ):
            continue
        if answer[:1] in "-*+" and ("#" in answer or "((" in answer) and _is_outline(answer):
            continue  # "- # Setup\n- # Results": a page's sections listed, no answer
        if len(answer) <= len(question) + _MARKUP_AROUND and _said_again(question, answer):
            continue  # "Answer sheet" -> "Answer sheet": the question, not its answer
        answers = seen.get(question)
        if answers is None:
            seen[question] = [answer]
        else:
            flat = " ".join(answer.split())
            if any(" ".join(other.split()) == flat for other in answers):
                continue  # the same card again
            answers.append(answer)
        kept.append(proposal)
    return kept


def _example_as_code(proposal: Proposal) -> Proposal:
    """``e.g. `[SEP]`: EOS 토큰``: an example that is code alone asks the code (any other
    example stays as it is, and is then no card)."""
    code = example_in_code(proposal.question)
    return proposal if code is None else proposal._replace(question=code)


def _outgrown(proposals: list[Proposal]) -> set[int]:
    """The proposals whose answer another proposal with the same question says, and more
    after it: ``사람이 정답을 쓰고 비교`` beside ``사람이 정답을 쓰고 비교 - 유사도를 잰다``.
    The longer answer goes on at a word's end (``필터`` is not ``필터의 크기`` cut short)."""
    if len({proposal[1] for proposal in proposals}) == len(proposals):
        return set()  # the common case: no question asked twice
    first: dict[str, int] = {}
    repeated: dict[str, list[int]] = {}
    for index, proposal in enumerate(proposals):
        question = proposal.question
        if question in first:
            repeated.setdefault(question, [first[question]]).append(index)
        else:
            first[question] = index
    dropped: set[int] = set()
    for indices in repeated.values():
        flat = {index: " ".join(proposals[index].answer.split()) for index in indices}
        for index, answer in flat.items():
            if answer and any(
                len(other) > len(answer)
                and other.startswith(answer)
                and not other[len(answer)].isalnum()
                for other in flat.values()
            ):
                dropped.add(index)
    return dropped


_MARKUP_AROUND = 8  # at most "**", "**", "." and spaces around the question said again
_NOT_SAID = "*_` .:"


def _said_again(question: str, answer: str) -> bool:
    """Whether the answer is the question again, markup and a closing stop aside
    (``Unit Property`` -> ``**Unit Property**.``); a change of case is an answer
    (``srje`` -> ``SRJE``, ```byte``` -> ```Byte```)."""
    return answer.strip(_NOT_SAID) == question.strip(_NOT_SAID)


# a list item that is a heading block or a block reference (an outliner's index)
_OUTLINE_ITEM = re.compile(r"[-*+]\s+(?:#{1,6}\s|\(\()")
_LIST_ITEM = re.compile(r"[-*+]\s")


def _is_outline(answer: str) -> bool:
    """Whether a list answer's own items are mostly heading blocks or block references
    (``- # LooseEnds``, ``- ((63be...))``): the sections of a page, not what it says."""
    items = [line for line in answer.split("\n") if _LIST_ITEM.match(line)]
    outlined = sum(1 for line in items if _OUTLINE_ITEM.match(line))
    return len(items) >= 2 and 2 * outlined > len(items)


def is_code_only(answer: str) -> bool:
    """Whether the answer is nothing but fenced code blocks (``` or ~~~)."""
    fence = ""
    for line in answer.split("\n"):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
            continue
        if not stripped:
            continue
        if not stripped.startswith(FENCES):
            return False
        marker = stripped[0]
        fence = marker * (len(stripped) - len(stripped.lstrip(marker)))
        if marker == "`" and "`" in stripped[len(fence) :]:
            return False  # ```code``` on one line: a code span in a line of text
    return True
