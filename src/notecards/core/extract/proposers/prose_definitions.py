"""Prose that names or defines a term: ``...이를 X라고 함``, ``... is called X``, ``X란 ...``,
``X는 ...을 말한다``, ``X refers to ...``, and says what a command is for (``To add a
dependency, use `rye add```) (the sentence rules are in
:mod:`notecards.core.extract.patterns.defining_sentences`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from textwrap import indent
from typing import Final

from notecards.core.extract.clean import clean_term, joined, squeezed
from notecards.core.extract.list_shapes import stated_subject
from notecards.core.extract.patterns.code_purpose import (
    code_in_clauses,
    code_purposes,
    code_then_what_it_does,
)
from notecards.core.extract.patterns.defining_sentences import (
    defined_in_sentence,
    definitions_in_line,
)
from notecards.core.extract.patterns.described_names import described_names
from notecards.core.extract.patterns.enumerated_names import also_named
from notecards.core.extract.patterns.introduced_names import introduced_in_prose
from notecards.core.extract.patterns.item_topics import topic_of_item
from notecards.core.extract.patterns.naming_sentences import named_in_prose
from notecards.core.extract.patterns.pointing_back import refers_back
from notecards.core.extract.patterns.retold_names import retold_names
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK, is_hangul, is_topic_marked
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind


def in_line(line: str, at: int, context: Context) -> list[Proposal]:
    """Each term a line of prose names (its sentence answers), and each term it defines
    before the first it names (each defining sentence and those after it, up to the naming
    one, answer), or each command or option in code it says the use of; ``at`` is the
    1-based line. Code that a later clause of a sentence says the use of is a card too
    (``The `--pdb` starts the debugger and the `-x` stops ...``), whatever the first made."""
    found = _in_line(line, at, context)
    # "... 따지는 **군집타당성지표**가 있습니다. 군집타당성지표는 ...": a name set apart in
    # passing that the next sentence takes up as its topic, unless asked already
    for name, sentence in retold_names(line):
        if not any(_same_name(name, proposal.question) for proposal in found):
            found.append(
                Proposal(CardKind.BASIC, name, sentence, at, context, Idiom.PROSE_DEFINITION)
            )
    if "`" in line and (clauses := code_in_clauses(line)):
        asked = {proposal.question for proposal in found}
        for term, sentence in clauses:
            if term not in asked:
                asked.add(term)
                found.append(
                    Proposal(CardKind.BASIC, term, sentence, at, context, Idiom.CODE_PURPOSE)
                )
    return found


def _same_name(name: str, question: str) -> bool:
    """Whether a card asking ``question`` asks about ``name`` (``EM 알고리즘`` and
    ``EM알고리즘``, ``군집타당성지표`` and ``군집타당성지표(Clustering Validity Index)``)."""
    return question.replace(" ", "").casefold().startswith(name.replace(" ", "").casefold())


def _in_line(line: str, at: int, context: Context) -> list[Proposal]:
    """:func:`in_line`, but for the code of a clause after a sentence's first."""
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
        elif going_on := _goes_on_saying_what_it_is(rest, term):
            # "... $n/m$을 **load factor**라고 합니다. 한 버킷에 ... 나타내는 지표입니다.": the
            # sentence after the name says what it is
            sentence = f"{sentence} {going_on}"
            rest = rest[rest.find(going_on) + len(going_on) :]
        # "A를 **X**, B를 **Y**라고 합니다": X is named by the same sentence
        named.extend((other, sentence) for other in also_named(sentence))
        named.append((term, sentence))
    naming = [
        Proposal(CardKind.BASIC, term, sentence, at, context, Idiom.PROSE_NAMING)
        for term, sentence in named
    ]
    # a sentence that defines a term before the one that names another ("상관계수는 ...을
    # 나타냅니다. ... 곱한 것을 공분산이라고 합니다") is a card of its own
    first_named = line.find(named[0][1]) if named else len(line)
    if named:
        # "상태기계란 ...모델입니다. 이 기계는 ... 이를 전이라고 합니다": the sentence the
        # naming one points back at may define a term of its own
        pointed_at, *rest_of_it = SENTENCE_BREAK.split(named[0][1], maxsplit=1)
        if rest_of_it and refers_back(rest_of_it[0]):
            first_named += len(pointed_at)
    named_terms = {other for other, _ in named}
    defined = [
        Proposal(CardKind.BASIC, term, answer, at, context, Idiom.PROSE_DEFINITION)
        for term, answer in definitions_in_line(line[:first_named])
        if term not in named_terms
    ]
    if naming:
        # "...를 비트라고 합니다. **엔트로피**는 ...의 기대값을 뜻합니다.": a term defined
        # after the last naming sentence is a card of its own too
        after = (
            [
                Proposal(CardKind.BASIC, term, answer, at, context, Idiom.PROSE_DEFINITION)
                for term, answer in definitions_in_line(rest.strip())
                if term not in named_terms
            ]
            if rest.strip()
            else []
        )
        return defined + naming + after
    if defined:
        return defined
    if (introduced := introduced_in_prose(line)) is not None:
        name, sentence, text_after = introduced
        if going_on := _goes_on_saying_what_it_is(text_after):
            # "가장 단순한 방식은 **다수결**입니다. ... 예측하는 것입니다.": the sentence
            # after the one that introduces the name says what it is
            answer = f"{sentence} {going_on}"
            return [Proposal(CardKind.BASIC, name, answer, at, context, Idiom.PROSE_NAMING)]
    if "**" in line:
        # "영역을 나누는 **분할**과 영역을 합치는 **병합** 두 단계로 이뤄집니다": each name
        # its clause describes, the sentence answering
        described = [
            Proposal(CardKind.BASIC, name, sentence.strip(), at, context, Idiom.PROSE_DEFINITION)
            for sentence in SENTENCE_BREAK.split(line)
            for name in described_names(sentence.strip())
        ]
        if described:
            return described
    # (else, "The `-R` flag fixes this. It tells `less` to ...": the sentence after the one
    # that names the code says what it does)
    return [
        Proposal(CardKind.BASIC, term, sentence, at, context, Idiom.CODE_PURPOSE)
        for term, sentence in code_purposes(line) or code_then_what_it_does(line)
    ]


def in_unmarked_list(
    lines: Sequence[str], offset: int, at: int, context: Context
) -> list[Proposal]:
    """A line of a paragraph that is an item of a list written without its marks: it and
    another line of the paragraph each open with a topic of their own marked as code or
    written as a call (``fill()은 ... 채운다.`` + ``setAll()은 ... 받는다.``, one a line),
    and say something of it, as a list item would (:func:`topic_of_item`). One such line
    alone is what its section is about; a second with another topic makes the lines a list.
    ``at`` is the line's 1-based number."""
    line = lines[offset].strip()
    if not _may_open_with_code(line):
        return []
    topic = topic_of_item(line)
    if topic is None:
        return []
    for other, each in enumerate(lines):
        if other != offset and _may_open_with_code(each := each.strip()):
            found = topic_of_item(each)
            if found is not None and found != topic:
                return [Proposal(CardKind.BASIC, topic, line, at, context, Idiom.PROSE_DEFINITION)]
    return []


def _may_open_with_code(line: str) -> bool:
    """A cheap test before :func:`topic_of_item`: the line opens with code or a call."""
    return line[:1] == "`" or (line[:1].isascii() and line[:1].isalpha() and "(" in line[:44])


# how a sentence that goes on about what the one before it named opens: "It is ...", "이는"
_POINTING_SUBJECT: Final = re.compile(r"(?:It is|It's|This is|이는|이것은|이건)\s")
# an English sentence whose subject is a pronoun for what was just named, its verb after it
# ("... a tool called `objdump`. This tool lets you ...", "It adjusts ...", "They own ..."),
# not the "it" that stands for a clause later in the sentence ("It might be useful to ..."),
# nor the writing itself ("This paper shows ...")
_PRONOUN_SUBJECT: Final = re.compile(
    r"(?:It|They|This|These)\s"
    r"(?!(?:might|may|would|could|will|can)\s+be\s|(?:paper|post|article|note|page)\b)"
)
_MIN_WORDS_AFTER_PRONOUN: Final = 4
_POINTS_AT_THE_TEXT: Final = re.compile(
    r"(?:^|\s)(?:아래|다음|위)(?:\s|의|에|와|과)|\b(?:below|above)\b"
)
# how a Korean sentence with no subject of its own says what something is: a noun and its copula
_SAYS_WHAT_IT_IS: Final = ("입니다", "이다", "임", "인데요", "이에요", "예요", "이죠")
# a copula that closes a reason or a reckoning, not what something is ("... 때문이죠")
_NOT_WHAT_IT_IS: Final = ("때문", "셈")
_MIN_WORDS_SAID: Final = 3


def _goes_on_saying_what_it_is(rest: str, term: str = "") -> str:
    """The first sentence of ``rest`` when it says what the term named just before it is,
    in English by pointing at it (``It is a way to ...``) or by opening with the ``term``
    (``... a metric called "mutual information". The **mutual information** between two
    variables is ...``), in Korean also with no subject of its own (``... 나타내는
    지표입니다``); else ""."""
    following = SENTENCE_BREAK.split(rest.strip(), maxsplit=1)[0].strip()
    if (
        not following
        or named_in_prose(following) is not None
        or _POINTS_AT_THE_TEXT.search(following)
    ):
        return ""  # (nor one that points at the text around it: "아래 예시에선 A가 ...")
    if _POINTING_SUBJECT.match(following) or (term and _opens_with(following, term)):
        return following
    if (
        term
        and _PRONOUN_SUBJECT.match(following)
        and len(following.split()) >= _MIN_WORDS_AFTER_PRONOUN
        and following.endswith((".", "!"))  # (not "This one is given by" over a formula)
    ):
        return following
    words = following.rstrip(" .").split()
    if (
        len(words) < _MIN_WORDS_SAID
        or not words[-1].endswith(_SAYS_WHAT_IT_IS)
        or words[-1].startswith(_NOT_WHAT_IT_IS)
        or not any(map(is_hangul, words[-1]))
        or any(is_topic_marked(word) for word in words[:-1])
        or refers_back(following)
        or defined_in_sentence(following) is not None
    ):
        return ""
    return following


# what may stand before a sentence's subject: an article, then emphasis or code marks
_BEFORE_SUBJECT: Final = re.compile(r"(?:(?:The|the|An?|an?)\s+)?[*_`\"“]*")


# a name's gloss after it, left out when the next sentence takes the name up: "X(gloss)"
_GLOSS: Final = re.compile(r"\s*\([^()]*\)$")
# the particle that makes a Korean name the topic or subject of its sentence ("gap은", "X는")
_KOREAN_SUBJECT: Final = re.compile(r"(?:은|는|이|가)\s")


def _opens_with(sentence: str, term: str) -> bool:
    """Whether ``sentence`` opens with ``term`` as its subject, whole (not ``terms``):
    in Korean the name with its topic or subject particle (``0-1 배낭문제는``), and the
    name without the gloss it was given in brackets (``0-1 배낭문제(0-1 knapsack)``)."""
    start = _BEFORE_SUBJECT.match(sentence)
    at = start.end() if start is not None else 0
    opening = sentence[at:].casefold()
    for name in dict.fromkeys((term, _GLOSS.sub("", term))):
        if not name or not opening.startswith(name.casefold()):
            continue
        after = sentence[at + len(name) : at + len(name) + 8].lstrip('*_`"”')
        if not after[:1].isalnum() or _KOREAN_SUBJECT.match(after):
            return True
    return False


def named_in_definition(term: str, definition: str, at: int, context: Context) -> list[Proposal]:
    """The other terms a definition names in its sentences (``**역행렬** : ... 이런 B가
    없으면 A를 **특이행렬**이라 한다``): a card each, its sentence answering."""
    found: list[Proposal] = []
    own = squeezed(term)
    for name, sentence in (  # each sentence on its own: one that names nothing a term can
        named  # be does not hide the next; each clause of one that names two ("...을 X라고
        for piece in SENTENCE_BREAK.split(definition)  # 하고, ...을 Y라고 한다") on its own
        for named in _named_in_clauses(piece)
    ):
        other = squeezed(name)
        # ("... B를 A의 역행렬이라 한다" names the line's own term again)
        if not _holds(other, own) and not _holds(own, other) and not refers_back(sentence):
            found.extend(
                Proposal(CardKind.BASIC, each, sentence, at, context, Idiom.PROSE_NAMING)
                for each in (*also_named(sentence), name)
            )
    return found


def _holds(term: str, other: str) -> bool:
    """Whether a :func:`squeezed` term holds another whole (``a의역행렬`` holds ``역행렬``;
    ``intervalestimator`` does not hold ``intervalestimate``: a word of its own)."""
    at = term.find(other)
    while at >= 0:
        after = term[at + len(other) : at + len(other) + 1]
        if not (after.isascii() and after.isalpha()):
            return True
        at = term.find(other, at + 1)
    return False


def _named_in_clauses(sentence: str) -> list[tuple[str, str]]:
    """Each name a sentence gives and its clause (:func:`named_in_prose`): ``...을 X라고
    하고, ...을 Y라고 한다`` gives X and Y."""
    found: list[tuple[str, str]] = []
    rest = sentence
    while (named := named_in_prose(rest)) is not None:
        found.append(named)
        at = rest.find(named[1]) if named[1] else -1
        if at < 0:
            break  # (each pass moves past the clause found: never the same one twice)
        rest = rest[at + len(named[1]) :]
    return found


# a label that says a definition follows, opening an item: "Definition.", "**Def.**", "정의:"
_DEFINITION_LEAD: Final = re.compile(
    r"(?:\*\*)?(?:Definition|Defn|Def|정의)(?:\*\*)?\s*[.:](?:\*\*)?\s+"
)


def in_item(
    head: str,
    explanation: str,
    line: int,
    context: Context,
    *,
    earlier: Callable[[], list[str]] | None = None,
) -> Proposal | None:
    """A list item whose first line ``head`` is a defining sentence, or a sentence that names
    a term (``- Layer-2 packets are called **frames**``): the item's text and its
    ``explanation`` answer. ``line`` is 0-based. ``earlier``: the first lines of the items
    before a one-line item, in its list: what ``- 이를 X라고 함`` points back at answers."""
    labelled = _DEFINITION_LEAD.match(head)
    if labelled is not None:  # "- Definition. Project management is planning ...": the
        head = head[labelled.end() :]  # sentence after the label defines
    defined = defined_in_sentence(head, bold_opening=False, item=True)
    idiom = Idiom.PROSE_DEFINITION
    if defined is None:
        named = named_in_prose(head)
        if named is None:
            return None
        if refers_back(named[1]):
            # "- This is called X" first in its list says what its parent is: the parent's
            # card asks it; after other items, it names what they say
            return _pointing_back(named, head, explanation, line, context, earlier=earlier)
        defined, idiom = named[0], Idiom.PROSE_NAMING
    answer = joined(head.strip(), explanation)
    return Proposal(CardKind.BASIC, defined, answer, line + 1, context, idiom)


def stated_in_item(head: str, explanation: str, line: int, context: Context) -> Proposal | None:
    """An item of a list whose every item says what its own subject is (``- $\\top$ is the
    largest element``, ``- $\\bot$ is the smallest element``): the subject asked, the item
    answering; ``line`` is 0-based. A writer who lines up such sentences writes a glossary."""
    subject = stated_subject(head)
    term = clean_term(subject) if subject is not None else ""
    if not term or not (is_term(term) or term[:1] in "$`"):
        return None
    answer = joined(head.strip(), explanation)
    return Proposal(CardKind.BASIC, term, answer, line + 1, context, Idiom.PROSE_DEFINITION)


def named_back(
    head: str, nested: str, line: int, context: Context, earlier: Callable[[], list[str]]
) -> Proposal | None:
    """A one-line item that names what the items before it say (``- 이를 **두꺼운 꼬리**라고
    함``, ``- This is called a **hit**``): those items, it and what is ``nested`` under it
    answer; ``line`` is 0-based."""
    named = named_in_prose(head)
    if named is None or not refers_back(named[1]):
        return None
    return _pointing_back(named, head, nested, line, context, earlier=earlier)


# how many items before "- 이를 X라고 함" its answer shows (the nearest)
_POINTED_AT: Final = 3


def _pointing_back(
    named: tuple[str, str],
    head: str,
    nested: str,
    line: int,
    context: Context,
    *,
    earlier: Callable[[], list[str]] | None,
) -> Proposal | None:
    """The card of an item naming what the items before it say, or None when it is first
    or its sentence is not all of its line."""
    said = head.strip()
    before = earlier() if earlier is not None and named[1] == said else []
    if not before:
        return None
    listed = "\n".join(f"- {item}" for item in (*before[-_POINTED_AT:], said))
    answer = joined(listed, indent(nested, "  ")) if nested else listed
    return Proposal(CardKind.BASIC, named[0], answer, line + 1, context, Idiom.PROSE_NAMING)
