"""A label on a line of its own, and the list right under it: ``[ TCP 특징 ]``, ``**장점**``,
``※ 자유도``, ``Types of joins:`` followed by bullets, or a plain line with its bullets right
under it, no blank line between (``Sequential IO`` + bullets). The label asks (a facet label names
its subject: ``TCP — 특징``), the items that made no cards of their own answer. A label over a
paragraph (``**Weak spot of RF:**`` + a paragraph saying it) is a heading written in bold:
the paragraph answers, unless it made cards of its own or explains nothing; so do the
lines under a marked label in the same paragraph (``**Phantom read**`` + a line saying it).

Notes use such a label as a heading inside a section. When every item is a definition of
its own (``- Inner join: ...``), the items are the cards and the label is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.facet_words import is_facet, is_facet_label, names_a_facet_of
from notecards.core.extract.patterns.discourse import is_lead_in
from notecards.core.extract.patterns.headings import is_title
from notecards.core.extract.patterns.labels import is_generic_label
from notecards.core.extract.patterns.sentences import is_topic_marked
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.block_text import block_source, explains
from notecards.core.extract.proposers.section_text import named_in_passing
from notecards.core.extract.proposers.topic import whole_list
from notecards.core.model import CardKind

# a label in brackets, in bold (an identifier's underscores and all: ``**Using create_task:**``),
# noted with ※ or ending in a colon
_LABEL: Final = re.compile(
    r"^\s*(?:\[\s*(?P<bracketed>[^\[\]\n]{1,60}?)\s*\]|(?P<mark>\*\*|__)(?P<bold>[^*\n]{1,60}?)"
    r"[:：.]?(?P=mark)[:：]?|※\s*(?P<noted>[^※\n]{1,60}?)|(?P<colon>[^:：\n]{1,60}?)[:：])\s*$"
)
# how a label's line ends, after any spaces: a bracket, a bold mark or a colon (or it is
# noted with ※): most lines end otherwise and are told so before the match
_LABEL_ENDS: Final = "]*_:："


def _label(text: str) -> re.Match[str] | None:
    """``_LABEL.match(text)``, the text that cannot match rejected by its last character."""
    if text.rstrip()[-1:] not in _LABEL_ENDS and "※" not in text:
        return None
    return _LABEL.match(text)


# a label that numbers or dates a part (``Sheet 1``, ``방법 2``, ``In 2023``) or states a
# field (``Type: Trojan``) names no topic; nor one that opens like an example or a phrase of
# the writer's (``Example output``, ``At a high level``)
_NUMBERED: Final = re.compile(r"(?:^|\s)\d[\d.)]*$")
_NOT_A_TOPIC_FIRST: Final = frozenset(
    (
        "example", "examples", "e.g.", "output", "which", "at", "in", "on", "for", "so",
        "then", "also", "and", "but", "here", "now", "예시", "예", "예제", "결과",
    )
)  # fmt: skip
_NOTATION_ONLY: Final = re.compile(r"\s*(?:`[^`]*`|\$[^$]*\$)\s*")


def _is_marked_label(line: str) -> bool:
    """``**MVCC**``, ``[ 특징 ]``: a label by its marks (a line ending in a colon may be a
    sentence's end)."""
    found = _label(line)
    return found is not None and found.group("colon") is None


def marked_name(paragraph: Block) -> str | None:
    """What a paragraph names when it is only a name in bold or brackets (``**O_NONBLOCK**``,
    ``[ TCP ]``): not a colon's line, a link, a number, a phrase or a sentence."""
    text = paragraph.text
    if "\n" in text or len(text) > _MAX_NAME_CHARS or text.rstrip()[-1:] not in "*]":
        return None
    found = _MARKED_NAME.fullmatch(text)
    if found is None:
        return None
    name = clean_term(found.group("bold") or found.group("bracketed"))
    if not name or name.startswith(("http", "[")) or _NUMBERED.search(name):
        return None
    return name if is_term(name) else None  # (not a phrase: "...를 만들기 위한 시도들")


# a name alone in bold (underscores and all: ``**O_NONBLOCK**``) or in brackets
_MARKED_NAME: Final = re.compile(
    r"\s*(?:\*\*(?P<bold>[^*\n]{1,60}?)\*\*|\[\s*(?P<bracketed>[^\[\]\n]{1,60}?)\s*\])\s*"
)
_MAX_NAME_CHARS: Final = 64


# a caption of the code under it (``코드 4.``, ``Listing 2``, ``reducer.py``): it names the code,
# not a topic the prose after the code explains
_CAPTION: Final = re.compile(
    r"(?:코드|그림|표|예제|code|listing|figure|fig\.?|table|example)\s*\d|[\w-]+\.[a-z]{1,4}$",
    re.IGNORECASE,
)


def asks_past_code(paragraph: Block, label: str) -> bool:
    """Whether a marked label alone (``**1. ++i vs i++**``) over code still asks what the
    prose after the code says: the code shows it, that prose says it."""
    return _is_marked_label(paragraph.text) and _CAPTION.match(label) is None


def label_of(paragraph: Block) -> str | None:
    """The label a paragraph's line gives the list below it, or None: its only line, or the
    last of a stack of labels, when it ends in a colon (``**MVCC**`` + ``Read Committed:``
    + the list; never the last line of a sentence: ``... Contains:``)."""
    text = paragraph.text
    if "\n" in text:
        *above, text = text.split("\n")
        if not text.rstrip().endswith((":", "：")) or not all(map(_is_marked_label, above)):
            return None
    found = _label(text)
    if found is None:
        # "*map이 아닌 flatMap을 사용하는 이유" on its own line: what it asks marks it; "특징"
        # alone on its line: a facet of the subject above, as a heading would be
        bare = text.strip(" *_")
        if (
            "\n" not in paragraph.text
            and len(bare) <= _MAX_FACET_LABEL_CHARS
            and is_facet_label(bare)
        ):
            return bare
        return _asking_line(paragraph.text)
    label = _label_text(found)
    if not label or label.startswith(("http", "[")) or _NUMBERED.search(label):
        return None
    return label if _asks(label) else None


_MAX_TIGHT_LABEL_CHARS: Final = 60
_MAX_FACET_LABEL_CHARS: Final = 20
# how a Korean clause that goes on to its list ends (``valueOf()를 호출하면``, ``... 할 때``)
_CLAUSE_ENDS: Final = ("면", "때", "면서", "는데")
# an exercise's number (``Q2``, ``P3.``): its answers follow
_EXERCISE: Final = re.compile(r"[A-Za-z]{1,2}\d+[.)]?")


def tight_label_of(paragraph: Block, after: Block | None) -> str | None:
    """An unmarked line right over a list, no blank line between (``Sequential IO`` + its
    bullets): a heading written as a plain line, as outliners' and course notes write
    them. A label when it names a topic; not a sentence broken off before its list
    (``Throughput depends on``, ``값을 넣으면``), a statement (``A => B``, ``X = Y``), a
    numbered part."""
    if after is None or after.kind != "list" or after.start > paragraph.end + 1:
        return None
    text = paragraph.text.strip()
    if (
        "\n" in text
        or len(text) > _MAX_TIGHT_LABEL_CHARS
        or not text[:1].isalnum()
        or text[-1] in ".?!,;"
        or text.endswith(_CLAUSE_ENDS)
        or "=" in text
        or ". " in text
    ):
        return None
    label = clean_term(text)
    if not label or not text.startswith(label) or _EXERCISE.fullmatch(label):
        return None  # a section number or a mark taken off ("Step 3 of the rollout"), "Q2"
    if _THREAD_NUMBER.fullmatch(label):
        return None  # "6/N": a post's place in a thread
    *_, last = label.split()
    if len(last) > 1 and is_topic_marked(last):
        label = label[:-1].rstrip()  # "ARC는" + its list: what it is about, said of ARC
    return label if _names_a_topic(label) and _asks(label) else None


# a post's number in a thread (``6/N``, ``11/12``)
_THREAD_NUMBER: Final = re.compile(r"\d{1,3}\s*/\s*(?:\d{1,3}|[Nn])")


def _label_text(found: re.Match[str]) -> str:
    """The words of a label :data:`_LABEL` matched, without its marks."""
    return clean_term(
        found.group("bracketed")
        or found.group("bold")
        or found.group("noted")
        or found.group("colon")
    )


# how a sentence broken off before its list ends (``A group including:``, ``Used for:``,
# ``A database that contains secrets like:``): it leads into the list, it names nothing
_LEADING_INTO: Final = frozenset(
    ("including", "includes", "include", "like", "as", "for", "of", "to", "with", "by", "that",
     "are", "is", "be", "can", "in", "on", "from", "into", "allows", "such", "e.g.")
)  # fmt: skip


def _asks(label: str) -> bool:
    """Whether a label asks about something: a facet word or a title, not a sentence
    broken off before its list or a description (``A tool used to:``)."""
    if " " in label and (
        label.rsplit(" ", 1)[-1].casefold() in _LEADING_INTO or label.startswith(("A ", "An "))
    ):
        return False  # "A hardware feature that guards against:": a description leading in
    return is_facet(label) or is_title(label) or ("? " not in label and names_a_facet_of(label))


# what an unmarked line asks when it is a question put as a phrase (``... 사용하는 이유``,
# ``Why WSGI is needed``): not ``... 방법`` or ``... 방식``, which a definition under its
# heading ends with as often (``최적해를 구하는 데 사용되는 근시안적인 방법``)
_ASKED_WHY: Final = frozenset(
    ("이유", "장점", "단점", "장단점", "한계", "한계점", "문제점", "차이", "차이점", "원인",
     "주의점", "주의사항")
)  # fmt: skip


_MAX_ASKING_CHARS: Final = 120


def _asking_line(text: str) -> str | None:
    """A paragraph of one unmarked line that asks what the block under it answers."""
    if "\n" in text or len(text) > _MAX_ASKING_CHARS:
        return None
    last = text.rstrip(" *_?")[-1:]
    if not ("\uac00" <= last <= "\ud7a3" or text.lstrip(" *_")[:3].casefold() in ("why", "how")):
        return None  # the common case, decided without reading the words
    plain = clean_term(text.strip(" *_"))
    return plain if plain and _asks_why(plain) else None


def _asks_why(line: str) -> bool:
    """Whether an unmarked line asks what the list below it answers."""
    if ". " in line or "? " in line or line.endswith(")") or not names_a_facet_of(line):
        return False
    last = line.rsplit(" ", 1)[-1]
    return last in _ASKED_WHY or line.split(" ", 1)[0].casefold() in ("why", "how")


def asks_about_topic(label: str) -> bool:
    """Whether a label names a topic and asks about it (see :func:`_asks`)."""
    return _names_a_topic(label) and _asks(label)


def says_what_it_is(answer: str) -> bool:
    """Whether the text under a label explains it: not a lead-in, not notation alone."""
    return explains(answer) and not is_lead_in(answer) and not _NOTATION_ONLY.fullmatch(answer)


def answered(
    paragraph: Block,
    answers: Block,
    *,
    label: str,
    produced: Sequence[int],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of a label and the list ``answers`` under it; ``produced`` is how many
    cards each item made on its own line (cards of its sub-items aside: an item that only
    holds ``- other commits: roll back`` under it still answers), ``lines`` the note's
    source lines."""
    items = [item for item in answers.children if item.kind == "item"]
    plain = list_shapes.plain_answer_items(items, produced)
    if plain is None:
        return None  # the items are the cards
    if list_shapes.is_reading_list(plain, lines) and all(len(i.children) < 2 for i in plain):
        return None  # "Relevant documentation:" + links: where to read, not what it says
    # every item, one that is a card of its own by its first line: the list reads whole
    answer = whole_list(items, produced, lines)
    line = paragraph.start + 1 + paragraph.text.count("\n")  # the label's own line
    return Proposal(CardKind.BASIC, label, answer, line, context, Idiom.LABELLED_LIST)


def _names_a_topic(label: str) -> bool:
    words = label.split()
    return bool(
        words
        and not _NUMBERED.search(label)
        and ":" not in label
        and words[0].casefold() not in _NOT_A_TOPIC_FIRST
        and not is_generic_label(label)
    )


def explained(
    paragraph: Block,
    explanation: Block,
    *,
    label: str,
    produced: Sequence[Proposal],
    lines: Sequence[str],
    context: Context,
) -> Proposal | None:
    """The card of a label and the paragraph ``explanation`` under it, which made the
    cards ``produced``; ``lines`` are the note's source lines."""
    if (
        "\n" in paragraph.text
        or not all(map(named_in_passing, produced))
        or not _names_a_topic(label)
    ):
        return None
    if _label(explanation.text):
        return None  # another label: a run of labels, each over what follows it
    answer = block_source(explanation, lines)
    if not says_what_it_is(answer):
        return None
    line = paragraph.start + 1
    return Proposal(CardKind.BASIC, label, answer, line, context, Idiom.LABELLED_LIST)


def run_in(paragraph: Block, *, produced: Sequence[Proposal], context: Context) -> Proposal | None:
    """The card of a paragraph whose first line is a marked label alone (``**Write skew**``,
    ``[ 특징 ]``) and whose other lines say what it is; ``produced`` are the cards the
    paragraph made on its own."""
    first, _, rest = paragraph.text.partition("\n")
    if produced:
        return None
    if not _is_marked_label(first):
        return _bold_run_in(paragraph, context)
    if not rest or _label(rest.split("\n")[0]):
        return None
    found = _label(first)
    assert found is not None
    label = _label_text(found)
    if not _asks(label) or not _names_a_topic(label):
        return None
    answer = dedent(rest.split("\n")).strip()
    if not says_what_it_is(answer):
        return None
    return Proposal(
        CardKind.BASIC, label, answer, paragraph.start + 1, context, Idiom.LABELLED_LIST
    )


_MAX_LABEL_WORDS: Final = 6  # a line this short right over its list labels it


def goes_on_topic(paragraph: Block, after: Block | None) -> bool:
    """Whether a paragraph after a bold name alone (``**MLFQ**``) goes on explaining it: a
    label of what is under it (``Basic Rules:``; ``Prio rules`` right on top of its list,
    where a short line with a blank line under it stands as a heading of its own), not prose
    that moves on nor a bold label of its own (``**Point-to-point**: ...``)."""
    text = paragraph.text
    if text.startswith(("**", "__")):
        return False
    if "\n" not in text and len(text.split()) <= _MAX_LABEL_WORDS:
        return (
            after is not None
            and after.kind == "list"
            and after.start == paragraph.end
            and not text.rstrip().endswith((".", "!", "?", "。"))
        )
    return label_of(paragraph) is not None


def opens_with_marked_label(paragraph: Block) -> bool:
    """Whether a paragraph's first line is a marked label alone (``**MLFQ**``, ``[ 특징 ]``),
    a heading its writer did not make one."""
    return _is_marked_label(paragraph.text.partition("\n")[0])


# "**Independence** Events A and B are ...", "**Bagging improvement**. The variance ...",
# "**Calculate moments** by taking the derivative ...": a bold label that runs into its text
_BOLD_RUN_IN: Final = re.compile(
    r"^(?P<mark>\*\*|__)(?P<label>[^*_\n]{2,60}?)(?P=mark)(?:\s*[.—–-]\s+|[ \t]+)(?P<said>\S.*)$",
    re.DOTALL,
)
_MIN_SAID_WORDS: Final = 3
# a lower-case word that joins the label to more of a phrase ("**power** of the test"): no
# run-in label; and a label that ends in a Korean particle is part of a sentence ("**어제는**")
_PHRASE_WORDS: Final = frozenset(
    ("of", "and", "or", "in", "for", "with", "to", "at", "on", "from", "as")
)
_PARTICLE_ENDS: Final = (
    "은", "는", "이", "가", "을", "를", "에", "도", "지", "서", "로", "와", "과", "의",
)  # fmt: skip


def _bold_run_in(paragraph: Block, context: Context) -> Proposal | None:
    """A paragraph that opens with a bold label running into what it says: the label asks,
    the rest of the paragraph answers (the whole sentence, when it goes on from the label
    in lower case)."""
    text = paragraph.text
    found = _BOLD_RUN_IN.match(text) if text[:2] in ("**", "__") else None
    if found is None:
        return None
    label, said = clean_term(found.group("label")), found.group("said").strip()
    first_word = said.split(maxsplit=1)[0]
    if (
        label.endswith((":", "："))
        or said[:1] in ":：="
        or not _asks(label)
        or not _names_a_topic(label)
        or is_generic_label(label)
        or len(said.split()) < _MIN_SAID_WORDS
        or first_word in _PHRASE_WORDS
        or first_word in _PARTICLE_ENDS  # "**로지스틱 회귀** 는 ...": a topic
        or said[:1] in "*_"  # "**파싱** *UAS = ...*": a caption in italics
        or label.endswith(_PARTICLE_ENDS)
        or "**" in said.split("\n", 1)[0][:40]
    ):
        return None
    answer = dedent(text.split("\n")).strip() if said[:1].islower() else said
    if not says_what_it_is(answer):
        return None
    return Proposal(
        CardKind.BASIC, label, answer, paragraph.start + 1, context, Idiom.LABELLED_LIST
    )
