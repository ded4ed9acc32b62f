"""Headings written as a statement: ``## Redis 트랜잭션에는 Rollback이 없다.``, ``### Kernels
are inner products``. The writer puts the section's point in its heading, and the opening
paragraph explains or backs it: the heading asks what that paragraph answers."""

from __future__ import annotations

from typing import Final

from notecards.core.extract.patterns.numbering import without_section_number
from notecards.core.extract.patterns.sentences import is_hangul, is_predicate

_MIN_WORDS: Final = 3
# a Korean statement ends in ``-다`` (``없다``, ``좋다``, ``사용된다``, ``입니다``); not a
# note's ``-함`` / ``-음`` shorthand, which labels as often as it states
_KOREAN_STATEMENT_END: Final = "다"
_SUGGESTION_END: Final = "시다"  # "이제 코딩을 해봅시다": the writer's invitation, no claim
# an English statement: a subject of one to three words, then its verb, an auxiliary or a
# copula (``Lists are mutable``, ``Gaussian matrix has RIP``, ``It doesn't work on mobile``)
_ENGLISH_VERBS: Final = frozenset((
    "is", "are", "was", "were", "has", "have", "can", "cannot", "can't", "could",
    "should", "shouldn't", "must", "will", "won't", "would", "does", "doesn't", "do", "don't",
    "isn't", "aren't", "wasn't", "didn't",
))  # fmt: skip
# a verb after these belongs to a clause inside a title's noun phrase ("Processes that have
# a file open", "Likely to have the same codes"), not to its subject
_CLAUSE_OPENERS: Final = frozenset(("that", "which", "who", "to", "i", "we", "you"))
_SUBJECT_WORDS: Final = 3
# how a question or a condition opens: "How it works", "When the build is red"
_NOT_A_SUBJECT: Final = frozenset((
    "what", "why", "how", "when", "where", "which", "who", "whom", "whose", "whether", "if",
    "while", "once", "after", "before", "until", "unless", "because",
))  # fmt: skip


def states_a_point(heading: str) -> bool:
    """Whether ``heading`` is one statement, a claim its section explains: a Korean sentence
    ending in ``-다``, or an English one whose verb follows a short subject. Not a label's
    line (``Step 3: ...``), a question, a trailing-off ``...`` or two sentences."""
    text = heading.strip(" *_")
    if ":" in text or "?" in text or text.endswith(".."):
        return False
    text = without_section_number(text).rstrip(". ")
    if ". " in text:
        return False  # two sentences: a paragraph set as a heading
    words = text.split()
    if len(words) < _MIN_WORDS:
        return False
    last = words[-1]
    if is_hangul(last[-1]):
        # ("-단다, -란다": endings named, not a sentence that ends in one)
        return (
            last.endswith(_KOREAN_STATEMENT_END)
            and last[0] != "-"
            and not last.endswith(_SUGGESTION_END)
            and is_predicate(last)
        )
    first = words[0].casefold()
    if (
        not words[0][:1].isupper()
        or text.isupper()  # "DONT DO THIS": a shout, not a claim
        or first in _NOT_A_SUBJECT
        or first in _ENGLISH_VERBS  # "Does it have a mind": a question without its mark
        or first.endswith("ing")  # "Showing X is a field": the step of a proof it names
    ):
        return False
    for word in words[1 : _SUBJECT_WORDS + 1]:
        folded = word.casefold()
        if folded in _ENGLISH_VERBS:
            return True
        if folded in _CLAUSE_OPENERS:
            return False  # ("Things you can do with it": a clause inside a noun phrase)
    return False
