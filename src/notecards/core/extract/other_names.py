"""A term's other name, given where the note defines it: the question and the context carry it.

Writers name a term in a heading (or the note's title) and give its other name where they
first define it, in brackets: ``## Conditional Random Fields`` + ``Conditional random fields
(CRFs) are ...``, ``# Generative Adversarial Network`` + ``**Generative Adversarial
Network**(이하 GAN)에 대해 ...``, ``## CRF`` + ``CRF(Conditional Random Fields)는 ...``,
``## 주성분분석`` + ``주성분분석(Principal Component Analysis)은 ...``. From there on the note
calls the term by either name, so the cards under that heading ask with both: the heading's
card asks ``Conditional Random Fields (CRFs)`` and each card under it shows that label.

The other name counts only when it is one: the short form whose letters begin the name's words
(or the converse, the words the heading's short form stands for), the name in the other
script (Hangul and Latin), or a name the brackets announce (``이하``, ``a.k.a.``, ``also
called``). A bracket that glosses, counts or points elsewhere (``Sorting (see below)``,
``Memory (RAM, ROM)``) names nothing.

A note titled with a name spelled out (``Domain Name System``, ``Conditional Random Fields``)
that calls its subject by the short form throughout (``DNS`` three times or more, one capital
for each word of the title, not one of its words) takes that short form too, bracket or none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from notecards.core.extract.facet_words import states_the_subject
from notecards.core.extract.note import MarkdownNote, Note
from notecards.core.extract.proposal import Context, Proposal

# the paragraphs of a section read for the name's first mention: its definition opens it
_OPENING_PARAGRAPHS: Final = 2
_MAX_NAME_WORDS: Final = 6
# a bracket announcing the other name: "(이하 GAN)", "(a.k.a. the Ewens formula)"
_ANNOUNCED: Final = re.compile(
    r"^(?:이하|약칭|줄여서|영문|영어|a\.?k\.?a\.?|also (?:called|known as)|hereafter"
    r"|or|short for|abbreviated(?: as)?)[:\s]\s*",
    re.IGNORECASE,
)
# two things joined: "Stack and Queue", "알고리즘과 자료구조", "TCP vs UDP"
_JOINED: Final = re.compile(r"[과와]\s|\s(?:및|and|or|vs\.?|&)\s", re.IGNORECASE)
_SPACING: Final = re.compile(r"[\s-]+")
_SMALL_WORDS: Final = frozenset(
    ("of", "from", "the", "and", "for", "to", "in", "on", "with", "a", "an")
)
_SHORT_FORM: Final = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?")
_LATIN_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*(?:\s[A-Za-z0-9][A-Za-z0-9'’-]*){0,5}")
_HANGUL: Final = re.compile("[\uac00-\ud7a3]")
_HANGUL_NAME: Final = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]+(?:\s[\uac00-\ud7a3A-Za-z0-9]+){0,3}")
_EMPHASIS: Final = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)|`")
_LINK: Final = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*\)")


def with_other_names(
    proposals: list[Proposal], structure: Note, title: str
) -> tuple[list[Proposal], str]:
    """The kept proposals and the note's title, each heading's label that the note gives
    another name where it defines it carrying that name (in a card's context, and as the
    question of the card that asks the heading)."""
    if not isinstance(structure, MarkdownNote):
        return proposals, title
    named = _other_names(structure, title)
    if not named:
        return proposals, title
    renamed: list[Proposal] = []
    for proposal in proposals:
        question = _asked_with_other_name(proposal.question, named)
        context = _renamed(proposal.context, named)
        if question is proposal.question and context is proposal.context:
            renamed.append(proposal)
        else:
            renamed.append(proposal._replace(question=question, context=context))
    return renamed, _with_other_name(title, named)


def _key(label: str) -> str:
    """A name as compared: ``Stick-Breaking Process`` is ``stick breaking process``."""
    return _SPACING.sub(" ", label.casefold())


def _with_other_name(label: str, named: dict[str, str]) -> str:
    other = named.get(_key(label))
    return label if other is None else f"{label} ({other})"


def _asked_with_other_name(question: str, named: dict[str, str]) -> str:
    """A question asking a heading, or one of its facets (``Hidden Markov Models —
    Training``), with the heading's other name."""
    subject, dash, facet = question.partition(" — ")
    renamed = _with_other_name(subject, named)
    if renamed is subject:
        return question
    return renamed + dash + facet


def _renamed(context: Context, named: dict[str, str]) -> Context:
    if not any(_key(label) in named for label in context):
        return context
    return tuple(_with_other_name(label, named) for label in context)


def _other_names(structure: MarkdownNote, title: str) -> dict[str, str]:
    """Each heading's label (as compared, see :func:`_key`) -> its other name; the title's."""
    named: dict[str, str] = {}
    for section in structure.sections:
        if section.skipped:
            continue
        paragraphs = [block.text for block in section.body if block.kind == "paragraph"]
        paragraphs = paragraphs[:_OPENING_PARAGRAPHS]
        if not any("(" in text or "（" in text for text in paragraphs):
            continue  # no bracket, no other name given (most sections: one test)
        path = section.path if section.heading is not None else ()
        subjects = [path[-1] if path else title]
        if path and states_the_subject(path[-1]):
            # "# Stick Breaking Process" + "## Definition" + "The Stick-Breaking Process (SBP)
            # is ...": the definition under it names what it defines
            subjects.append(path[-2] if len(path) > 1 else title)
        for label in subjects:
            if not label or _key(label) in named:
                continue
            other = other_name(label, paragraphs)
            if other:
                named[_key(label)] = other
    if title and _key(title) not in named:
        used = _short_form_used(title, structure.lines)
        if used:
            named[_key(title)] = used
    return named


_CAPITALISED: Final = re.compile(r"(?<![\w-])[a-z]{0,2}[A-Z][A-Za-z]*[A-Z]s?(?![\w-])")
_USES: Final = 3
_LETTERS_USED: Final = 3  # "ID", "OS": two capitals stand for too much to be the title's alone


def _short_form_used(title: str, lines: Iterable[str]) -> str | None:
    """The short form of the title the note calls its subject by, again and again
    (``Conditional Random Fields`` written ``CRF`` throughout), if one is."""
    if "(" in title or "[" in title or len(title.split()) < 2 or _JOINED.search(title):
        return None
    lines = tuple(lines)
    # a short form found is letters alone, the initials of the title's words: a note that
    # holds neither spelling of them anywhere has none (most notes: none is counted)
    words = [word for word in _SPACING.split(title) if word[:1].isalnum()]
    every = "".join(word[0] for word in words).casefold()
    content = "".join(word[0] for word in words if word not in _SMALL_WORDS).casefold()
    if not (every.isascii() and every.isalpha()):
        return None  # (a short form is Latin letters: a Korean title's initials make none)
    text = "\n".join(lines).casefold()
    if every not in text and content not in text:
        return None
    counts: dict[str, int] = {}
    for line in lines:
        for found in _CAPITALISED.findall(line):
            counts[found] = counts.get(found, 0) + 1
    title_words = {word.casefold() for word in _SPACING.split(title)}
    forms = [
        form
        for form, count in counts.items()
        if count >= _USES
        and len(form) >= _LETTERS_USED
        and form.casefold() not in title_words
        and _is_short_form(form, title, exact=True)
    ]
    return max(forms, key=counts.__getitem__) if forms else None


def other_name(label: str, paragraphs: Iterable[str]) -> str | None:
    """The other name the first mention of ``label`` in ``paragraphs`` gives it in brackets
    right after it (``Indian Buffet Process (IBP)``), if it is a name (see the module)."""
    words = label.split()
    if not words or len(words) > _MAX_NAME_WORDS or "(" in label or label.endswith("…"):
        return None
    if _JOINED.search(label):
        return None  # "알고리즘과 자료구조(data structure)": the bracket names the last alone
    spelled = " ".join(_SPACING.split(label)).lower().split()
    if not spelled:
        return None  # "-", "--": no word to find
    key = " ".join(spelled)
    probe = max(spelled, key=len)  # a paragraph without its longest word never names it
    for paragraph in paragraphs:
        if probe not in paragraph.lower():
            continue
        text = _LINK.sub(r"\1", _EMPHASIS.sub("", paragraph))
        end = _first_mention_end(key, text)
        if end is not None:  # its first mention, where it is defined
            found = _BRACKETED.match(text, end)
            return _as_name(label, found.group(1)) if found else None
    return None


# what follows a name's first mention to give its other name: "(CRFs)", "s (IBP)", "（이하 GAN）"
_BRACKETED: Final = re.compile(r"(?:s|es)?\s?[(（]\s*([^()（）\n]{1,60}?)\s*[)）]", re.IGNORECASE)
# spaces and hyphens, one for one: "Stick-Breaking" is found as "stick breaking"
_AS_SPACE: Final = str.maketrans(dict.fromkeys("-\t\r\n\u00a0", " "))


def _first_mention_end(key: str, text: str) -> int | None:
    """Where the first mention of a name (``key``: lower case, words one space apart) ends
    in ``text``, not inside a longer word; None if it has none. (A search of the text as it
    is, rather than a pattern made for each heading: this runs for every section.)"""
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer: compare by pattern
        spelled = r"[\s-]+".join(re.escape(word) for word in key.split())
        found = re.search(r"(?<![\w-])" + spelled, text, re.IGNORECASE)
        return None if found is None else found.end()
    folded = folded.translate(_AS_SPACE)
    at = folded.find(key)
    while at >= 0:
        before = text[at - 1] if at else " "
        if not (before.isalnum() or before in "_-"):
            return at + len(key)
        at = folded.find(key, at + 1)
    return None


def _as_name(label: str, bracketed: str) -> str | None:
    announced = _ANNOUNCED.match(bracketed)
    if announced:
        rest = bracketed[announced.end() :].strip(" ,.")
        fits = _LATIN_NAME.fullmatch(rest) or _HANGUL_NAME.fullmatch(rest)
        return rest if fits and rest.casefold() != label.casefold() else None
    for part in (part.strip() for part in bracketed.split(",")):
        if _is_short_form(part, label) or _is_short_form(label, part):
            return part
    if "," in bracketed:
        return None
    if _HANGUL.search(label) and not _HANGUL.search(bracketed):
        return bracketed if _LATIN_NAME.fullmatch(bracketed) else None
    if not _HANGUL.search(label) and _HANGUL.search(bracketed):
        return bracketed if _HANGUL_NAME.fullmatch(bracketed) else None
    return None


def _is_short_form(short: str, name: str, *, exact: bool = False) -> bool:
    """Whether ``short`` abbreviates ``name``: two or more capitals (a plural ``s`` or a
    lower-case prefix allowed: ``CRFs``, ``ddCRP``), its letters the initials of ``name``'s
    words in order, the first of them the first word's."""
    if not _SHORT_FORM.fullmatch(short) or sum(char.isupper() for char in short) < 2:
        return False
    letters = re.sub(r"[^A-Za-z]", "", short)
    if letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    words = [word for word in re.split(r"[\s-]+", name) if word[:1].isalnum()]
    every = "".join(word[0] for word in words).casefold()
    # "RLHF" for "Reinforcement Learning from Human Feedback": small words go unspelled
    content = "".join(word[0] for word in words if word not in _SMALL_WORDS).casefold()
    if exact:  # one letter a word, none left out: "CRF", "RLHF"
        return letters.casefold() in (every, content)
    return _initials_spell(letters.casefold(), every) or _initials_spell(
        letters.casefold(), content
    )


def _initials_spell(letters: str, initials: str) -> bool:
    """Whether ``letters`` are ``initials`` (a short form may take two letters of a word:
    the initials must all be in it, in order, the first first)."""
    if len(initials) < 2 or not letters or letters[0] != initials[0]:
        return False
    at = 0
    for letter in letters:
        if at < len(initials) and letter == initials[at]:
            at += 1
    return at == len(initials)
