"""Terms a sentence marks in emphasis as the ones it defines.

``A matrix is **orthogonal** if ...`` (a condition defines it), ``... is called the
**support dimension** of ...``, and a description read backwards: ``Machines that forward
packets between networks are **routers**``, ``We say that $i$ is **null recurrent**``. A
property (``are **lazy**``), an instance (``the measure $G(x)$ is an **integer**``) or a
conclusion (``Therefore, ... is a **circle**``) names no term. In Korean, a property
marked and said of what the sentence describes is named: ``... 그래프를 *acyclic*하다고 합니다``.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from notecards.core.extract.patterns.spans import MASK_CHAR, mask_opaque

# the words a condition that defines a marked term opens with
CONDITIONS: Final = (" if ", " iff ", " when", " provided")
# a term the writer marks in emphasis where a condition defines it (``A matrix is
# **orthogonal** if ...``, the mathematician's definition), or where a naming sentence goes
# on past it (``... is called the **support dimension** of region A``; a name given in
# passing, ``a feature called _brace expansion_``, is no definition: in a one-tip note it
# opens the tip the title asks)
_MARKED_TERM: Final = (
    r"(?:an?\s+|the\s+)?(?P<term>(?P<mark>\*\*|__|\*|_)[A-Za-z][^*_\n]{0,40}?(?P=mark))"
)
_MARKED_BY_CONDITION: Final = re.compile(
    r"\b(?:is|are)\s+(?:said\s+to\s+be\s+)?"
    + _MARKED_TERM
    # ("We say $f$ is **Riemann integrable** on $[a, b]$ if ...": where it holds first)
    + r"(?:\s+(?:on|in|over|at|for)\s+[^*_\n]{1,40}?)?"
    + r"\s+(?:if|iff|when|whenever|provided)\b"
)
_MARKED_AS_CALLED: Final = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+|often\s+|usually\s+)?called\s+" + _MARKED_TERM
)
# a description, then the term it describes in emphasis to end the sentence (``Channels
# that connect adjacent nodes are **links**.``, ``A planar graph whose faces are all
# triangles is a **triangulation**``): the writer's definition read backwards
# (a noun: after ``is`` an article, after ``are`` a plural; ``is **lazy**`` says how it is;
# ``we say ... is **null recurrent**`` names it whatever it is)
_MARKED_AT_THE_END: Final = re.compile(
    r"\b(?:(?P<is>is)\s+(?=an?\s|the\s)|(?P<are>are)\s+(?=[*_]+[^*_\n]{0,40}s[*_]))"
    + _MARKED_TERM
    + r"\s*(?:[.。]\s|[.。]?\s*$)"
)
_WE_NAME: Final = re.compile(r"\bwe\s+(?:say|call)\b", re.IGNORECASE)
_MARKED_SAID: Final = re.compile(r"\bis\s+" + _MARKED_TERM + r"\s*(?:[.。]\s|[.。]?\s*$)")
_MIN_DESCRIBING_WORDS: Final = 3
# what opens a sentence that describes nothing of its own: a pronoun (``It is **fast**``),
# or a word that draws a conclusion (``Therefore, the common part is a **circle**``)
_NO_DESCRIPTION_OPENS: Final = frozenset((
    "it", "this", "that", "these", "those", "they", "he", "she", "which", "there", "what",
    "note", "therefore", "thus", "hence", "so",
))  # fmt: skip
_ANOTHER_MARKED: Final = re.compile(r"\s+(?:and|or)\s+[*_]")


def marked_named(masked: str, line: str) -> tuple[str, int] | None:
    """The term a sentence marks in emphasis as the one it defines, and where it starts in
    ``line`` (``masked`` is the line with its code and math masked)."""
    marked = "*" in masked or "_" in masked
    match = _MARKED_BY_CONDITION.search(masked) if marked else None
    if match is None and "called" in masked:
        match = _MARKED_AS_CALLED.search(masked)
    if match is None and marked:
        match = _MARKED_AT_THE_END.search(masked)
        if match is not None and not _describes(masked[: match.start()], match.group("term")):
            return None
        if match is None:
            match = _we_say(masked)
    if match is None or MASK_CHAR in masked[match.start("term") : match.end("term")]:
        return None
    if _ANOTHER_MARKED.match(masked, match.end("term")):
        return None  # "called _properties_ and _methods_": two names
    return line[match.start("term") : match.end("term")], match.start("term")


def _describes(before: str, term: str) -> bool:
    """Whether the words of a sentence ``before`` its ``is **term**`` describe what the term
    names: a subject of a few words, not a pronoun (``It is **fast**``), and a term that
    is no negation (``**not valid**``)."""
    words = SENTENCE_BREAK.split(before)[-1].split()
    return (
        len(words) >= _MIN_DESCRIBING_WORDS
        and words[0].casefold().strip("-*+ ,") not in _NO_DESCRIPTION_OPENS
        # "the measure $G(x)$ is an **integer**": one thing, not a kind ("A graph whose
        # faces have boundary $C_3$ is a **triangulation**")
        and (MASK_CHAR not in words[-1] or words[0].casefold().strip("-*+ ") in ("a", "an"))
        and term.strip("*_").split(maxsplit=1)[0].casefold() not in ("not", "no")
    )


def names_at_its_end(sentence: str) -> bool:
    """Whether a sentence names its term last, in emphasis, after describing it (``The
    unique identifier of a row is the *primary key*.``): a term met on the way, which
    under a one-tip note's title leaves the paragraph to the title."""
    masked = mask_opaque(sentence)
    return _MARKED_AT_THE_END.search(masked) is not None or _we_say(masked) is not None


def _we_say(masked: str) -> re.Match[str] | None:
    """``We say that $i$ is **null recurrent**``: the term the writer says a thing is."""
    return _MARKED_SAID.search(masked) if _WE_NAME.search(masked) is not None else None


# a property named in emphasis or quotes, said of what the sentence describes: "사이클이
# 없는 그래프를 *acyclic*하다고 합니다", "대부분 값이 0 -> "희소(sparse)"하다고 함" (unmarked,
# "... 유용하다고 합니다" is hearsay)
_KOREAN_PROPERTY_NAMED: Final = re.compile(
    r"(?P<term>\*\*[^*\n]+\*\*|\*[^*\n]+\*|_[^_\n]+_|\"[^\"\n]+\"|“[^”\n]+”|'[^'\n]+')"
    r"하다고\s*(?:하고|하며|한다|합니다|함|부른다|말한다|말합니다)"
)


def korean_property_named(masked: str, line: str) -> tuple[str, int] | None:
    """The property a Korean sentence names in emphasis or quotes before ``하다고 한다``,
    and where it starts in ``line`` (``masked``: the line, its code and math masked)."""
    match = _KOREAN_PROPERTY_NAMED.search(masked)
    if match is None or MASK_CHAR in match.group("term"):
        return None
    return line[match.start("term") : match.end("term")], match.start("term")


# a name in emphasis, its marks and all (``__partition function__``, ``**heap**``),
# ending before the sentence goes on (not ``the *sample* space``: part of the name marked)
_OPENS_MARKED: Final = re.compile(
    r"(?:(\*\*|__)[^*_\n]+\1|([*_])[^*_\n]+\2(?![*_]))"
    r"(?!\s+(?:and|or)\s+[*_])"  # ("called _properties_ and _methods_": two names)
    r"(?=\s+(?:and|or|which|that|is|was|for|in|of|with|because|since|when|where)\b)"
)


def marked_name_alone(raw: str) -> str:
    """A name a naming form ran on past its emphasis (``__partition function__ and is
    defined as``): the name as its marks close it; ``raw`` as it is otherwise."""
    marked = _OPENS_MARKED.match(raw)
    return raw if marked is None else marked.group()
