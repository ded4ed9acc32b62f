"""What other proposals of a note already say: which proposals :mod:`.decide` drops for it.

- a card whose answer another card of the note with the same question says, and more
  after it, is that card's (a slide shown again with one more line, a line written again
  with a gloss): the fuller card is kept, where it stands; so is a card above that says
  another's whole answer within its own (a heading's list that defines the heading again:
  ``## Career capital`` over ``- Career capital: rare skills`` and more lines)
  (:func:`outgrown`);
- a card whose whole answer is one plain label and the lines under it (``Basic properties``
  -> ``- Adjoint`` + its formula) gives way to the label's own card below, which says the
  same and asks it more precisely (the wrapper is in its context) (:func:`without_wrappers`);
- a card a sentence made on the term a card above it asks, when that card's answer holds
  the sentence, is that card's (:func:`restated`, :func:`restates`);
- a form filled in again is no card: two or more ``Term: value`` lines that stand together
  and come back together later in the note with other values (``귀무가설: ...`` +
  ``대립가설: ...`` for each test worked through, ``Greedy result:`` + ``Optimum:`` for
  each attempt) give their terms once, where they first stand; the later ones are
  worked examples (when their parent says so: an example, a result, a numbered attempt;
  the same things compared again on another side stay) (:func:`filled_again`);
- a term whose lines are only two or three facets of it (``Beam search`` over ``- 장점:
  ...`` + ``- 단점: ...``) is one card: its facet lines are not asked again one by one
  (:func:`facets_of_a_short_term`).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.clean import squeezed, squeezed_glosses
from notecards.core.extract.facet_words import is_facet, is_facet_label
from notecards.core.extract.proposal import FROM_SENTENCES, Context, Idiom, Proposal


def outgrown(proposals: list[Proposal]) -> set[int]:
    """The proposals whose answer another proposal with the same question says, and more
    after it: ``사람이 정답을 쓰고 비교`` beside ``사람이 정답을 쓰고 비교 - 유사도를 잰다``.
    The longer answer goes on at a word's end (``필터`` is not ``필터의 크기`` cut short)."""
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
                and (
                    (other.startswith(answer) and not other[len(answer)].isalnum())
                    # said inside a fuller card above it: a heading's list that
                    # defines its own heading again ("## X" + "- X: def" + more items)
                    or (
                        proposals[other_index].line < proposals[index].line
                        and says_within(answer, other)
                    )
                )
                for other_index, other in flat.items()
            ):
                dropped.add(index)
    return dropped


def restates(proposal: Proposal, heading: str, answer: str | None = None) -> bool:
    """Whether a card a sentence made names what the heading names (``## Radix sort`` +
    ``... 이러한 정렬 방식을 Radix sort라고 합니다``; parentheses aside, or the name in them:
    ``## subgraph`` + ``... `부분 그래프(subgraph)`라고 합니다``), so that the
    section's card, the heading and its paragraph, says it whole and is kept instead; with
    the section card's ``answer``, only when the sentence is in it. A card on what a command
    is for restates the section's card when its sentence is all that card's answer (a
    one-tip note's ``Use `strftime` to ...``)."""
    if proposal.idiom is Idiom.CODE_PURPOSE:
        said = " ".join(proposal.answer.split())
        return answer is not None and said == " ".join(answer.split())
    if proposal.idiom not in FROM_SENTENCES:
        return False
    term = squeezed(proposal.question)
    asked = squeezed(heading)
    if not term or (
        term != asked
        and not _a_facet_of(term, asked)
        # "## subgraph" + "... `부분 그래프(subgraph)`라고 합니다": named in its gloss
        and ("(" not in proposal.question or asked not in squeezed_glosses(proposal.question))
    ):
        return False
    return answer is None or " ".join(proposal.answer.split()) in " ".join(answer.split())


def _a_facet_of(term: str, subject: str) -> bool:
    """``웹방화벽의장점`` of ``웹방화벽`` (both squeezed): a sentence saying what the heading's
    subject has (``웹 방화벽은 ... 장점이 있다``) restates the heading too."""
    named, _, facet = term.rpartition("의")
    return named == subject and is_facet(facet)


def restated(proposals: list[Proposal]) -> set[int]:
    """The cards a sentence made on the term a card above it asks, when that card's answer
    holds the sentence (``## SparkSQL`` + ``Spark SQL은 ... 모듈`` + the list under it):
    the card above says it whole. Spaces, case and glosses in parentheses aside, the names
    are one (:func:`restates`; a section's own card drops its sentences as it is made; this
    is for the others, a heading over a paragraph and a list, a term over its lines)."""
    dropped: set[int] = set()
    for index, proposal in enumerate(proposals):
        if proposal.idiom not in FROM_SENTENCES or not proposal.answer.strip():
            continue
        first_word = proposal.answer.split(maxsplit=1)[0]
        if any(
            other.line <= proposal.line
            and other.idiom not in FROM_SENTENCES
            and first_word in other.answer  # (a cheap test first: most answers fail it)
            and restates(proposal, other.question, other.answer)
            for other in proposals
        ):
            dropped.add(index)
    return dropped


# a list item that is a label and what it says on the same line ("- 장점: 빠름", "1) Pros: ...")
_LABELLED_ITEM: Final = re.compile(
    r"(?:[-*+]|\d{1,2}[.)])[ \t]+([^:：\n]{1,24}?)[ \t]*[:：][ \t]*\S"
)
# the most facet lines a term's own card says whole (more are a list to learn one by one)
_MOST_FACET_LINES: Final = 3


def facets_of_a_short_term(proposals: list[Proposal]) -> set[int]:
    """The term lines asked as facets of a term (``Beam search — 장점``) whose card above
    says them and nothing else: a term over two or three short facet lines (``Beam search``
    + ``- 장점: 좋은 응답`` + ``- 단점: 큰 비용``) is learnt as one card, the writer's
    one thing with its sides; the facet cards would ask each line again."""
    terms: dict[str, Proposal] = {}  # a short term's question -> its card
    for proposal in proposals:
        if proposal.idiom is not Idiom.NESTED_TERM and proposal.idiom is not Idiom.TOPIC:
            continue
        lines = proposal.answer.splitlines()
        if len(lines) <= _MOST_FACET_LINES and all(
            (item := _LABELLED_ITEM.match(line)) is not None
            and is_facet_label(item.group(1).strip("*_` "))
            for line in lines
        ):
            terms.setdefault(proposal.question, proposal)
    if not terms:
        return set()
    dropped: set[int] = set()
    for index, proposal in enumerate(proposals):
        if proposal.idiom is not Idiom.TERM_LINE or not proposal.context:
            continue
        term = terms.get(proposal.context[-1])
        if (
            term is not None
            and term.line < proposal.line
            and proposal.question.startswith(term.question + " — ")
            and " ".join(proposal.answer.split()) in " ".join(term.answer.split())
        ):
            dropped.add(index)
    return dropped


# what a worked example's heading or parent says: an example, a practice run, a result, a
# numbered variant (``예시: 배달 앱``, ``단측 검정 결과``, ``Greedy attempt 2``)
_WORKED_EXAMPLE: Final = re.compile(
    r"예시|예제|실습|결과|\b(?:examples?|exercises?|results?|e\.g\.)(?!\w)|(?:[가-힣]|\s)\d+\W*$",
    re.IGNORECASE,
)


def filled_again(proposals: list[Proposal]) -> set[int]:
    """The ``Term: value`` lines of a form filled in again: a run of term lines (one after
    another, under one parent) that shares two or more terms with an earlier run and stands
    under a worked example. Under any other parent it compares the same things again on
    another side (``NAT Gateway:`` + ``NAT Instance:`` under ``Maintenance``, then under
    ``Cost``), and stays."""
    asked = [proposal[1] for proposal in proposals if proposal[5] is Idiom.TERM_LINE]
    if len(set(asked)) > len(asked) - 2:
        return set()  # no two terms asked again: no form filled in twice
    runs: list[list[int]] = []
    for index, proposal in enumerate(proposals):
        if proposal.idiom is not Idiom.TERM_LINE:
            continue
        if runs:
            last = proposals[runs[-1][-1]]
            if last.line + 1 == proposal.line and last.context == proposal.context:
                runs[-1].append(index)
                continue
        runs.append([index])
    dropped: set[int] = set()
    forms: list[tuple[set[str], Context]] = []
    for run in runs:
        terms = {proposals[index].question for index in run}
        if len(terms) < 2:
            continue
        context = proposals[run[0]].context
        if any(
            len(terms & form) >= 2 and _under_a_worked_example(context, first)
            for form, first in forms
        ):
            dropped.update(run)
        forms.append((terms, context))
    return dropped


def _under_a_worked_example(context: Context, first: Context) -> bool:
    """Whether where a run stands, apart from where the form first stood, says it is a
    worked example (``## 커피 실험 예시`` > ``- 카페인 실험``)."""
    return any(_WORKED_EXAMPLE.search(part) is not None for part in context if part not in first)


def says_within(answer: str, other: str) -> bool:
    """Whether ``other`` says ``answer`` whole, somewhere after its start, between word
    ends (``INSTR : 문자 단위 처리`` says ``문자 단위 처리``; ``처리 방식`` is not ``처리``)."""
    start = other.find(answer, 1)
    while start > 0:
        end = start + len(answer)
        if not other[start - 1].isalnum() and (end == len(other) or not other[end].isalnum()):
            return True
        start = other.find(answer, start + 1)
    return False


# a list answer's items at its left edge ("- x", "* x", "1. x")
_TOP_ITEM: Final = re.compile(r"^(?:[-*+]|\d{1,3}[.)])[ \t]+(.*)$", re.MULTILINE)
# a label of up to three plain words ("Def", "stores", "실제 질문 사례"), markup aside
_PLAIN_LABEL: Final = re.compile(r"\w+(?: \w+){0,2}")


def without_wrappers(kept: list[Proposal]) -> list[Proposal]:
    """The kept proposals but those whose whole answer is one labelled item and what is
    under it, when the label has its own card below saying that part (``Basic properties``
    -> ``- Adjoint`` + its formula, beside ``Adjoint`` -> the formula): the label's card
    asks the same more precisely (its context names the wrapper), and says it all."""
    wrapped: dict[str, Proposal] = {}
    for proposal in kept:
        answer = proposal.answer
        if answer[:1] not in "-*+123456789" or "\n" not in answer:
            continue
        items = _TOP_ITEM.findall(answer)  # (the answer opens with its one item)
        if len(items) == 1 and _TOP_ITEM.match(answer) is not None:
            label = items[0].strip().rstrip(":：").strip().strip("*_")
            if _PLAIN_LABEL.fullmatch(label):
                wrapped.setdefault(label, proposal)
    if not wrapped:
        return kept
    dropped: set[int] = set()
    for proposal in kept:
        wrapper = wrapped.get(proposal.question.rpartition(" — ")[2].strip("*_"))
        if (
            wrapper is not None
            and wrapper.line < proposal.line
            and len(said := " ".join(proposal.answer.split())) > 2
            and said in " ".join(wrapper.answer.split())
        ):
            dropped.add(id(wrapper))
    return [proposal for proposal in kept if id(proposal) not in dropped] if dropped else kept
