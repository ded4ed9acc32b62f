"""Prose that names or defines a term: ``...이를 X라고 함``, ``... is called X``, ``X란 ...``,
``X는 ...을 말한다``, ``X refers to ...``, and says what a command is for (``To add a
dependency, use `rye add```) (the sentence rules are in
:mod:`notecards.core.extract.patterns.defining_sentences`).
"""

from __future__ import annotations

from notecards.core.extract.clean import joined
from notecards.core.extract.patterns.code_purpose import code_purpose
from notecards.core.extract.patterns.defining_sentences import (
    defined_in_sentence,
    definitions_in_line,
)
from notecards.core.extract.patterns.naming_sentences import named_in_prose, refers_back
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind


def in_line(line: str, at: int, context: Context) -> list[Proposal]:
    """Each term a line of prose names (its sentence answers), and each term it defines
    before the first it names (each defining sentence and those after it, up to the naming
    one, answer); ``at`` is the 1-based line."""
    named: list[tuple[str, str]] = []
    rest = line
    while (found := named_in_prose(rest)) is not None:
        term, sentence = found  # "... is called the sample space. A subset is called an event."
        rest = rest[rest.find(sentence) + len(sentence) :]
        if refers_back(sentence) and line.startswith(sentence):
            # "This is called X. It is always ..." with what "this" is above the line: the
            # sentences after it say what X is, up to the next name
            following = named_in_prose(rest)
            said = rest[: rest.find(following[1])] if following else rest
            sentence = f"{sentence} {said.strip()}".strip()
            rest = rest[len(said) :]
        named.append((term, sentence))
    naming = [
        Proposal(CardKind.BASIC, term, sentence, at, context, Idiom.PROSE_NAMING)
        for term, sentence in named
    ]
    # a sentence that defines a term before the one that names another ("상관계수는 ...을
    # 나타냅니다. ... 곱한 것을 공분산이라고 합니다") is a card of its own
    first_named = line.find(named[0][1]) if named else len(line)
    defined = [
        Proposal(CardKind.BASIC, term, answer, at, context, Idiom.PROSE_DEFINITION)
        for term, answer in definitions_in_line(line[:first_named])
        if term not in {other for other, _ in named}
    ]
    if naming:
        return defined + naming
    if defined or (used := code_purpose(line)) is None:
        return defined
    return [Proposal(CardKind.BASIC, used[0], used[1], at, context, Idiom.CODE_PURPOSE)]


def in_item(head: str, explanation: str, line: int, context: Context) -> Proposal | None:
    """A list item whose first line ``head`` is a defining sentence, or a sentence that names
    a term (``- Layer-2 packets are called **frames**``): the item's text and its
    ``explanation`` answer. ``line`` is 0-based."""
    defined = defined_in_sentence(head, bold_opening=False)
    idiom = Idiom.PROSE_DEFINITION
    if defined is None:
        named = named_in_prose(head)
        # "- This is called X" says what its parent is: the parent's card asks it
        if named is None or refers_back(named[1]):
            return None
        defined, idiom = named[0], Idiom.PROSE_NAMING
    answer = joined(head.strip(), explanation)
    return Proposal(CardKind.BASIC, defined, answer, line + 1, context, idiom)
