"""Every card knows its note, and a bare facet word names its subject.

- Each card's context starts with its note's title (front matter ``title``, the H1, else the
  file name), so that a ``timeout`` card from ``HttpClient.md`` can be answered; the title is
  not repeated when the heading path already starts with it, nor added to the card whose
  question it is. It is shown, not keyed: the content key is made from the heading path
  alone, so renaming a note keeps its cards.
- A question that is only a facet word (특징, 정의, 장점, 단점, 문제점, 예시, Pros, Cons,
  Example, Usage, Description, Parameters, Shape, ...) asks about the subject above it: the
  nearest heading or parent term that is not a facet itself, else the note's title
  (``CNN — 특징``).
- So does a heading (or a label over a list) that names a part of its subject
  (``Algorithm``, ``Structure``, ``시간 복잡도``: ``Booth Multiplier — Algorithm``), which
  written as a term with its definition may be the term (``Structure: a value type``).
- So does a heading or label asked again under another subject (``### Insert`` under
  ``## 리스트`` and under ``## 연결리스트``: ``리스트 — Insert``), not one the heading above
  it asks for itself (an overview, ``## Intro``).
- So does a question of one or two letters (``IO``, ``k``, ``2D``): too short to say what
  it asks on its own (``Turing machines — IO``), and a phrase that goes on into its answer
  (``Comprised of``, ``Best for``: ``exFAT — Comprised of``). A question the writer wrote as one
  (``Q :: A``, a cloze, an outliner's card) is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from notecards.core.extract.facet_words import is_facet, is_section_facet, names_a_part
from notecards.core.extract.patterns.labels import is_generic_label
from notecards.core.extract.patterns.numbering import without_section_number
from notecards.core.extract.patterns.overview_headings import is_overview
from notecards.core.extract.proposal import WRITTEN_AS_CARDS, Context, Idiom, Proposal

_SEPARATOR: Final = " — "
# the idioms whose question is a heading or a label over the lines under it: a part of the
# subject above it (``Algorithm``, ``시간 복잡도``) names that subject too
_SECTION_IDIOMS: Final = frozenset(
    (Idiom.TOPIC, Idiom.SECTION_BODY, Idiom.LABELLED_LIST, Idiom.NESTED_TERM)
)
# the idioms whose question is a heading or a label
_HEADING_IDIOMS: Final = frozenset((Idiom.TOPIC, Idiom.SECTION_BODY, Idiom.LABELLED_LIST))
_MARKUP: Final = re.compile(r"[*_`~=#>\[\]()!:.,?\s-]+")
# an answer that is a bound in big-O notation (``O(n + k)``, ``$O(n \log n)$``): what a part
# of the subject above it (``시간 복잡도``, ``Time complexity``) gives as a term line
_BOUND: Final = re.compile(r"[`$]*\s*(?:O|Θ|Ω|\\Theta|\\Omega|\\mathcal\{O\})\s*\(")


# the kind a code name is asked with (```-b` flag``): it says no more of what it is of
_CODE_KIND_AFTER: Final = re.compile(r"(?<=`) (?:option|flag)$")


def _too_short(question: str) -> bool:
    """One or two Latin letters or digits once markup is left out (``IO``, ```k```, ``2D``,
    ```-b` flag``; two Hangul syllables are a word: ``스택``)."""
    if question.endswith(("option", "flag")):
        question = _CODE_KIND_AFTER.sub("", question)
    return len(question) <= 8 and question.isascii() and len(_MARKUP.sub("", question)) <= 2


# the words a phrase ends in when it goes on into its answer ("Comprised of", "Best for",
# "Optimized with", "Calculate the"): said of nothing until the subject is named
_LEADS_INTO: Final = frozenset((
    "of", "to", "for", "the", "with", "by", "in", "on", "a", "an", "as", "via", "from", "into",
    "at", "than", "and", "or",
))  # fmt: skip
_MAX_LEADING_WORDS: Final = 6
_ASKING: Final = frozenset(("what", "how", "why", "when", "where", "which", "who"))
_PLAIN_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _leads_into_its_answer(question: str) -> bool:
    """Whether a question is a short phrase that ends in a preposition, an article or a
    conjunction (``Comprised of``, ``Best for``)."""
    words = question.split()
    return (
        1 < len(words) <= _MAX_LEADING_WORDS
        and words[-1] in _LEADS_INTO
        and all(map(_PLAIN_WORD.fullmatch, words))  # ("for ... of", "1 < a": code, math)
        and words[0].casefold() not in _ASKING  # ("What a good card looks like": a question)
    )


def _subject(context: Context, title: str) -> str:
    for label in reversed(context):
        if (
            label
            and not is_section_facet(label)
            and not is_generic_label(label)
            and not is_overview(label)  # "## what": what the subject above it is
        ):
            return label
    return title


def _asked_of_several(proposals: Sequence[Proposal]) -> set[str]:
    """The questions of headings or labels asked again under another subject (``Insert``
    under ``리스트`` and under ``연결리스트``)."""
    asked = [proposal.question for proposal in proposals if proposal.idiom in _HEADING_IDIOMS]
    if len(set(asked)) == len(asked):
        return set()  # (most notes: no heading asked twice)
    contexts: dict[str, set[Context]] = {}
    lines: dict[str, set[int]] = {}
    for proposal in proposals:
        # (an overview, "## Intro", asks the heading above it: the question is its context)
        if proposal.idiom in _HEADING_IDIOMS and proposal.question not in proposal.context:
            contexts.setdefault(proposal.question, set()).add(proposal.context)
            lines.setdefault(proposal.question, set()).add(proposal.line)
    return {
        question
        for question, found in contexts.items()
        if len(found) > 1 and len(lines[question]) > 1  # (one heading's idioms: one line)
    }


def naming_subjects(
    proposals: Sequence[Proposal], title: str, asked_again: Collection[str] = ()
) -> list[Proposal]:
    """The proposals, each facet question naming its subject, and so each heading or label
    asked again under another subject (``asked_again``: the note's headings that are)."""
    found: list[Proposal] = []
    several = _asked_of_several(proposals).union(asked_again)
    subjects: dict[Context, str] = {}  # each context's subject, found once per note
    for proposal in proposals:
        named = proposal
        question = proposal.question
        short = _too_short(question) and proposal.idiom not in WRITTEN_AS_CARDS
        if (
            is_facet(question)
            or short
            or (_leads_into_its_answer(question) and proposal.idiom not in WRITTEN_AS_CARDS)
            or (proposal.idiom in _SECTION_IDIOMS and names_a_part(question))
            or (
                "(" in proposal.answer[:12]
                and _BOUND.match(proposal.answer) is not None
                and names_a_part(question)
            )
            or (
                question in several
                and proposal.idiom in _HEADING_IDIOMS
                and question not in proposal.context
            )
        ):
            subject = subjects.get(proposal.context)
            if subject is None:
                subject = subjects[proposal.context] = _subject(proposal.context, title)
            folded, asked = subject.casefold(), question.casefold()
            if subject and folded != asked:  # (the facet word itself is asked as written)
                if question[:1].isdigit():  # "4. 단점은 없는가?": the number is the heading's
                    question = without_section_number(question) or question
                # "FSA Unsafe Transition Solutions" names its solutions already, "## 1. OS"
                # its OS; "UI와 UX" is about more than the UX under it
                named_already = folded.endswith(f" {asked}") and (
                    not short or (without_section_number(subject) or subject).casefold() == asked
                )
                named = proposal._replace(
                    question=subject if named_already else f"{subject}{_SEPARATOR}{question}"
                )
        found.append(named)
    return found


def titled(context: Context, question: str, title: str) -> Context:
    """``context`` with the note's title first, unless it is there already or is the
    question itself. (Shown with the card, never part of its key: a note renamed keeps its
    cards.)"""
    if not title or question == title or (context and context[0].casefold() == title.casefold()):
        return context
    return (title, *context)
