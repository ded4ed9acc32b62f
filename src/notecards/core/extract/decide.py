"""What is kept of the proposed cards, once tidied.

Each idiom's own rules already refuse what they should not propose; what is decided here
holds for every idiom:

- a card with nothing left to ask or answer is no card (an answer that was only an image:
  :func:`.clean.tidy` leaves a question or answer with nothing to say empty);
- an answer that is only code is no card: code with no word of explanation teaches
  nothing, unless the code is the tip its question asks for: a question put as one
  (``.gitignore 전에 commit했다면?`` + ``git rm -r --cached``) or an error message
  (``TypeError: f() got an unexpected keyword argument`` + ``pip install ...``), or a
  proposal whose idiom knows it (``code_is_tip``: a one-tip note's title and its command);
  an empty fence is no card, whatever asks for it;
- an answer that only lists a page's sections (an outliner's ``- # Setup``, ``- ((63be...))``)
  or only says the question again (``Answer sheet`` -> ``Answer sheet``) is no card;
- a question that is only a label (``Note``, ``Theorem``, ``Update 30th June 2022``: nothing
  a learner could answer) or an example (``ex. 집값 예측``, ``e.g., Rolling a die``) or the
  part of an exercise that states it (``Task`` under ``Instructions``, ``P6 — Problem``:
  the exercise, not knowledge) or what one run or assignment came to (``실험 결과``,
  ``산출물``, or under a ``## 실험 결과`` heading) is no card, unless the writer wrote the
  card themselves (an example that is code alone, ``e.g. `[SEP]```, asks the code); nor
  is a heading, label or list item over a list under a heading of learning goals (``## 학습
  목표``, ``# M3 Learning Goals`` > ``DHCP`` + ``- Describe the purpose of DHCP``): its
  list says what to study, not what the thing is; nor a list item right under a table of
  contents (``## 목차``, ``Contents``): it names a part of the note;
- an answer that only leads into what the note shows next (one line of up to six words
  ending in a colon: ``Types of problems:``, ``Here is what that looks like:``) is no card;
- a question cut off mid-sentence where a displayed formula goes on with it (``Start
  from`` + ``$$W = ...$$``), or a step of working something out (``Consider the charge
  density``, ``Plug into the consistency equation`` + the formula): a derivation's step is
  no card; ``X defined as`` + its
  formula is a definition and stays;
- an answer that only says it is still to be written (``작성중``, ``TODO: ...``) is no card,
  nor one line that only asks again what a question asks (``Is N fixed?`` -> ``- Is it
  like the toric code?``, an exercise's ``Q2`` -> ``How much data fits in a block?``);
- an answer that is only footnotes (``[^1]: ...`` under a ``footnote`` heading) is no card;
- metadata, an exercise's constraints and sample values are no cards (``file-path::``,
  ``메모리 제한: 128 MB``, ``label: [1, 0, 0]``: :mod:`.patterns.metadata`);
- two cards of one note with the same question and answer are one card, the first (a
  note that repeats a definition, a list pasted twice); a table's row whose first cell a
  card above it in the same section already asks is no card either (``Storage | NameNode``
  then ``Storage | DataNode``: the group written again on each row, or a second table over
  the same rows); what other proposals of the note already say is decided by :mod:`.repeats`.
- an item a note counts off under one word (``Result 1: ...``, ``Result 2: ...``, ``결론 1``)
  is no card: its term is only its place in the writer's list (:mod:`.counted_items`).

This is also the one place for decisions that need all of a note's proposals at once, and
where a judgement over features of each proposal would go (a scorer trained on
``bench/gold`` was tried and gained less precision than it lost recall: none is shipped).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter
from typing import Final

from notecards.core.extract import repeats
from notecards.core.extract.blocks import FENCES
from notecards.core.extract.counted_items import counted_items
from notecards.core.extract.patterns.chatter import is_date, is_placeholder
from notecards.core.extract.patterns.headings import names_an_exercise
from notecards.core.extract.patterns.labels import (
    EXAMPLE_LEADS,
    example_in_code,
    heads_learning_goals,
    heads_work_done,
    is_generic_label,
    is_table_of_contents,
    names_work_done,
    opens_an_example,
    shows_a_form,
)
from notecards.core.extract.patterns.metadata import is_not_knowledge
from notecards.core.extract.patterns.problem_headings import states_an_exercise
from notecards.core.extract.patterns.sentences import is_question
from notecards.core.extract.patterns.terms import quotes_an_error
from notecards.core.extract.patterns.written_questions import asks_to_choose
from notecards.core.extract.proposal import (
    FROM_SENTENCES,
    WRITTEN_AS_CARDS,
    Context,
    Idiom,
    Proposal,
)
from notecards.core.model import CardKind

_IDIOM: Final = itemgetter(5)  # a proposal's idiom


def keep(proposals: list[Proposal], title: str = "") -> list[Proposal]:
    """The proposals that become cards, in the order given (``title``: the note's, which
    the proposals' contexts leave out when front matter gives it)."""
    cloze = CardKind.CLOZE
    kept: list[Proposal] = []
    seen: dict[str, list[str]] = {}  # question -> the answers it was kept with
    work_done_under: dict[Context, bool] = {}  # a heading path -> whether it reports work
    goals_under: dict[Context, bool] = {}  # a heading path -> whether it lists learning goals
    all_goals = bool(title) and heads_learning_goals((title,))  # "M3 Learning Goals"
    outgrown: set[int] = set()
    if len({proposal[1] for proposal in proposals}) < len(proposals):  # a question asked twice
        outgrown = repeats.outgrown(proposals) | repeats.filled_again(proposals)
    if not FROM_SENTENCES.isdisjoint(map(_IDIOM, proposals)):  # (a test in C: most have none)
        outgrown |= repeats.restated(proposals)
    outgrown |= counted_items(proposals)  # "Result 1: ...", "Result 2: ...": a list's count
    if any(" — " in proposal[1] for proposal in proposals):  # (a facet asked of its subject)
        outgrown |= repeats.facets_of_a_short_term(proposals)
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
        elif asks_to_choose(question):
            continue  # "... 잘못 설명한 것은?" + its numbered choices: an exam's exercise
        elif idiom not in WRITTEN_AS_CARDS and (
            (
                is_generic_label(question) and idiom is not Idiom.ACTION_ITEM
            )  # ("edit" + its command)
            or (" " in question and _dated_label(question))
            or (example and proposal is proposed)
            or ("실습" in question and names_an_exercise(question))
            or names_work_done(question)
            or states_an_exercise(question, answer, proposal.context)
            or _per_path(proposal.context, work_done_under, heads_work_done)
            or (
                idiom in _OVER_A_LIST
                and (all_goals or _per_path(proposal.context, goals_under, heads_learning_goals))
            )
            or (
                idiom in _LISTED_ENTRIES
                and is_table_of_contents(proposal.context[-1] if proposal.context else title)
            )
        ):
            # "Theorem", "Note": a label asks nothing a learner could answer (a named one,
            # "note — B", asks about its subject); "e.g. `AbC`": an example, not a term;
            # "정규분포 실습": a hands-on exercise, what it did is no knowledge of its own;
            # "실험 결과", "산출물": what one run or assignment came to, no more; under
            # "Learning Goals", "DHCP" + "- Describe the purpose of DHCP": what to study;
            # a table of contents' entry names a part of the note, asked where it stands
            continue
        if (
            answer[:1] in "-*+$\\"
            and answer.lstrip("-*+ \t").startswith(("$$", "\\"))
            # (the phrase itself, its subject named before it or not)
            and _STOPS_MID_SENTENCE.search(question.rpartition(" — ")[2]) is not None
        ):
            # "Start from" + a formula: a derivation's step, its sentence cut at the formula
            continue
        if (
            answer.startswith(FENCES)
            and is_code_only(answer)
            and (
                not (code_is_tip or is_question(question) or quotes_an_error(question))
                or _only_fences(answer)  # a fence left empty: no tip in it
            )
        ):
            continue
        if (
            answer[:1] in "-*+"
            and ("#" in answer or "((" in answer)
            and idiom not in WRITTEN_AS_CARDS  # the writer's own card answers with them
            and _is_outline(answer)
        ):
            continue  # "- # Setup\n- # Results": a page's sections listed, no answer
        if answer[:2] == "[^" and _FOOTNOTES_ONLY.fullmatch(answer):
            continue  # "[^1]: ..." under a "footnote" heading: the notes, not an answer
        if answer.endswith((":", "：")) and _only_leads_in(answer):
            continue  # "Total work time:", "Here is what that looks like:": what follows is left
        if len(answer) <= len(question) + _MARKUP_AROUND and _said_again(question, answer):
            continue  # "Answer sheet" -> "Answer sheet": the question, not its answer
        if len(answer) <= _PLACEHOLDER_CHARACTERS and is_placeholder(answer):
            continue  # "작성중", "TODO: ...": the answer is not written yet
        if answer.endswith("?") and _only_wonders(question, answer):
            continue  # "Q2" -> "How much data fits in a block?": a question answers nothing
        if idiom is Idiom.TERM_LINE and "**" in answer and shows_a_form(answer):
            continue  # "소유: 언니**의** 모자": an example of the form, not what it means
        answers = seen.get(question)
        if answers is None:
            seen[question] = [answer]
        else:
            flat = " ".join(answer.split())
            if any(" ".join(other.split()) == flat for other in answers):
                continue  # the same card again
            if idiom is Idiom.TABLE_ROW and _asked_above_in_section(proposal, kept):
                continue  # a table's row named by a term its section already asked
            answers.append(answer)
        kept.append(proposal)
    return repeats.without_wrappers(kept)


def _asked_above_in_section(row: Proposal, kept: list[Proposal]) -> bool:
    """Whether a card kept above a table's ``row``, in its section, asks what the row's first
    cell names: a table that writes its group again on each row of the group (``Storage |
    NameNode`` then ``Storage | DataNode``), a second table over the same rows (counts, then
    weights), or a table summing up terms the section defined above it. The row's cell
    labels a part or a value of what the card above asks; it asks that term again, now with
    half an answer or a figure."""
    question, line, context = row.question, row.line, row.context
    above = [
        other.line
        for other in kept
        if other.question == question and other.line < line and other.context == context
    ]
    # in the same stretch of the section: no card of another section between them (a
    # heading written again further on, ``### Commands`` twice, starts a section anew)
    return bool(above) and not any(
        max(above) < other.line < line and other.context != context for other in kept
    )


def _per_path(
    context: Context, known: dict[Context, bool], heads: Callable[[Context], bool]
) -> bool:
    """Whether ``heads`` holds of a card's heading path (``## 실험 결과``: what a piece of work
    came to; ``## 학습 목표``: what a lesson asks to learn), worked out once per heading path
    of the note (``known``)."""
    under = known.get(context)
    if under is None:
        under = known[context] = heads(context)
    return under


# the idioms that ask a heading, a label or a list item over the list under it (under learning
# goals, a line that states a fact, ``EC2 purchase types: Reserved, On-demand and Spot``, is
# no goal and stays)
_OVER_A_LIST: Final = frozenset((Idiom.TOPIC, Idiom.NESTED_TERM, Idiom.LABELLED_LIST))


# the idioms that ask a list item (a table of contents' entry, its sub-entries)
_LISTED_ENTRIES: Final = frozenset((Idiom.NESTED_TERM, Idiom.TERM_LINE))


def _dated_label(question: str) -> bool:
    """``Update 30th June 2022``: a label with the day it was written, asking nothing more
    than the label alone (``Update anomaly`` is a term)."""
    label, _, rest = question.partition(" ")
    # every date holds a digit: one search tells most questions
    return _DIGIT.search(rest) is not None and is_generic_label(label) and is_date(rest)


_DIGIT: Final = re.compile(r"\d")


# the longest answer that may only say it is still to be written ("TODO: ..." on one line)
_PLACEHOLDER_CHARACTERS: Final = 160
# an answer made only of footnote definitions ("[^1]: 가장 가까운 DNS 서버")
_FOOTNOTES_ONLY: Final = re.compile(r"(?:\[\^[^\]\n]+\]:[^\n]*(?:\n+|$))+")


def _example_as_code(proposal: Proposal) -> Proposal:
    """``e.g. `[SEP]`: EOS 토큰``: an example that is code alone asks the code (any other
    example stays as it is, and is then no card)."""
    code = example_in_code(proposal.question)
    return proposal if code is None else proposal._replace(question=code)


# a question cut off mid-sentence, where a formula goes on with it (not "defined as",
# "denoted by", "given by": a term leading into its definition)
_STOPS_MID_SENTENCE: Final = re.compile(
    r"(?<!defined)(?<!denoted)(?<!given)(?<!written)\s"
    r"(?:as|the|a|an|of|to|with|by|for|from|into|onto|than|and|or|that|such that)$"
    # or a step of working it out: "Start from the partition function" + the formula
    r"|^(?:start|plug|substitute|insert|take|consider|compute|calculate|rewrite|expand"
    r"|multiply|divide|integrate|differentiate|compare)\b",
    re.IGNORECASE,
)

# a line that is one question or more and nothing else ("- 클럽 팔찌? 밴드?"): no stop
# ends a sentence before its last question mark
_QUESTIONS_ONLY: Final = re.compile(r"[^\n]*?\?+\s*")
_STATEMENT_END: Final = re.compile(r"[.!。:](?:\s|$)")
# an exercise's numbered question ("Q2", "Q14-15", "Case study — Q3")
_NUMBERED_QUESTION: Final = re.compile(r"(?:^|\s)Q\d{1,3}(?:-\d{1,3})?$")


def _only_wonders(question: str, answer: str) -> bool:
    """Whether an answer is one line that only asks what its question asks again: a
    question answered by another (``Is N fixed?`` -> ``- Is it like the toric code?``) or
    an exercise's question (``Q2`` -> ``How much data fits in a block group?``). A term
    glossed by the question it answers (``Blocksize`` -> ``- How much data to return?``)
    and a list of questions (the ones to ask in an interview) say something."""
    if "\n" in answer:
        return False
    if not (_NUMBERED_QUESTION.search(question) or is_question(question)):
        return False
    return _QUESTIONS_ONLY.fullmatch(answer) is not None and not _STATEMENT_END.search(answer)


_MAX_LEAD_IN_WORDS: Final = 6


def _only_leads_in(answer: str) -> bool:
    """Whether an answer is one short line leading into what it leaves out (``Types of
    problems:``, ``These two code snippets are equivalent:``); a formula or code in it is
    something said."""
    return (
        "\n" not in answer
        and len(answer.split()) <= _MAX_LEAD_IN_WORDS
        and not any(mark in answer for mark in "$`")  # "Set $$f(t) = t \log t$$:" says it
    )


_MARKUP_AROUND: Final = 8  # at most "**", "**", "." and spaces around the question said again
_NOT_SAID: Final = "*_` .:"


def _said_again(question: str, answer: str) -> bool:
    """Whether the answer is the question again, markup and a closing stop aside
    (``Unit Property`` -> ``**Unit Property**.``); a change of case is an answer
    (``srje`` -> ``SRJE``, ```byte``` -> ```Byte```)."""
    return answer.strip(_NOT_SAID) == question.strip(_NOT_SAID)


# a list item that is a heading block or a block reference (an outliner's index)
_OUTLINE_ITEM: Final = re.compile(r"[-*+]\s+(?:#{1,6}\s|\(\()")
_LIST_ITEM: Final = re.compile(r"[-*+]\s")


def _is_outline(answer: str) -> bool:
    """Whether a list answer's own items are mostly heading blocks or block references
    (``- # LooseEnds``, ``- ((63be...))``): the sections of a page, not what it says."""
    items = [line for line in answer.split("\n") if _LIST_ITEM.match(line)]
    outlined = sum(1 for line in items if _OUTLINE_ITEM.match(line))
    return len(items) >= 2 and 2 * outlined > len(items)


def _only_fences(answer: str) -> bool:
    """Whether a code-only answer has nothing between its fences (```` ```python ```` and
    its closing fence, as a writer left it to fill in later)."""
    return all(not line.strip() or line.lstrip().startswith(FENCES) for line in answer.split("\n"))


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
