"""A paragraph that states a definition or a result under a label of its own:
``**Definition 2.6** The expectation of $X$ is ...``, ``Definition 1.5. A probability space
is a triple ...``, ``**Lemma. Vandermonde's identity** ...``, ``Theorem 2 (Lagrange): ...``,
``정의 3. ...``.

Lecture and textbook notes write them inline, without a heading. The term asked is the name
the label gives (``Vandermonde's identity``, ``Lagrange``); for a definition without one, the
first emphasised words of the statement (``A **discrete random variable** is ...``), else the
noun phrase it opens with (``The expectation (or expected value) of X is`` asks for
``expectation``); a result whose statement opens with its name, linked or in bold
(``Theorem 6.6. [Markov's inequality](...) bounds ...``), by that name; an unnamed result
by its label (``Theorem 1.9``). The answer is
the statement, with the block right after it when the paragraph leads into it (a formula,
a list of conditions: ``... such that``, ``... where``, ``...:``).

A result with neither name nor number (``**Theorem**: ...``, ``Claim: ...``) is asked by
what it assumes and answered by what it concludes, as a learner of the subject recites it:
``If X is memoryless, then`` -> ``X is exponential``, ``Let A be ... Then`` -> what follows,
``A language is regular if and only if`` -> the other side. A result that neither assumes
nor states an equivalence has nothing to ask it by: no card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import clean_term, dedent
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from notecards.core.extract.patterns.spans import MASK_CHAR, mask_opaque
from notecards.core.extract.patterns.splitting import first_emphasised, is_definition
from notecards.core.extract.patterns.terms import is_term
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

_KINDS: Final = (
    r"definition|def|theorem|thm|lemma|proposition|prop|corollary|claim|axiom|law|"
    r"정의|정리|보조정리|명제|따름정리|공리"
)
# a bold label holds its kind, number and name: ``**Lemma 3 (Name).**``, ``**Lemma. Name**``
_BOLD_LABEL: Final = re.compile(
    r"^\s*(\*\*|__)(?P<inside>[^*_\n]{2,100}?)\1\s*[.:]?\s+(?P<statement>\S.*)$", re.DOTALL
)
_LABEL_INSIDE: Final = re.compile(
    rf"^(?P<kind>{_KINDS})(?![a-z])\.?(?:\s*(?P<number>\d+(?:\.\d+)*)\.?)?"
    r"(?:\s*\((?P<bracketed>[^)]+)\))?\s*[.:]?\s*(?P<named>[^.:]*?)\s*[.:]?$",
    re.IGNORECASE,
)
# a plain label ends at its full stop or colon: ``Definition 2.3. A ...``, ``Theorem (Bayes): ...``
_PLAIN_LABEL: Final = re.compile(
    rf"^\s*(?P<kind>{_KINDS})(?![a-z])\.?(?:\s*(?P<number>\d+(?:\.\d+)*))?"
    r"(?:\s*\((?P<bracketed>[^)]{1,60})\))?\s*[.:]\s*(?P<statement>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# a statement that opens with its result's name, linked or in bold
_OPENING_NAME: Final = re.compile(
    r"^(?:\[(?P<link>[^\]\n]{2,60})\]\([^)\n]*\)|(\*\*|__)(?P<bold>[^*_\n]{2,60})\2)"
)
_OPENING_PHRASE: Final = re.compile(
    r"^(?:(?:for|let|given)\b[^,]{0,80},\s*)?(?:an?|the)\s+(?P<term>[^$,;:]{2,60}?)\s*(?:\([^)]*\)\s*)?(?:of\s+\S.*?\s+)?"
    r"(?:is|are)\b",
    re.IGNORECASE | re.DOTALL,
)
# a definition of a property: ``A group is abelian if ...``, ``A space is called compact when``
_ADJECTIVE_DEFINED: Final = re.compile(
    r"^(?:an?|the)\s+(?P<noun>[^$,;:*_]{2,40}?)\s+(?:is|are)\s+(?:called\s+|said\s+to\s+be\s+)?"
    r"(?P<adjective>[A-Za-z][\w-]*)\s+(?:if|iff|when|whenever)\b",
    re.IGNORECASE,
)
_LEADS_ON: Final = (
    ":", "where", "such that", "s.t.", "if", "is", "by", "as", "then", "다음과 같다",
)  # fmt: skip
# ``**Theorem 2.14** (Law of total expectation).``: the result's name in parentheses right
# after its label (``= another name`` after it gives an alias)
_NAME_AFTER_LABEL: Final = re.compile(r"^\((?P<name>[^()\n]{2,80})\)\s*[.:]?\s*")
_FOLLOWERS: Final = frozenset(("math", "list", "paragraph"))
# the characters a label opens with (``Theorem.``, ``**Lemma 2**``, ``정의 3.``)
_LABEL_LEADS: Final = frozenset("*_TtLlCcPpDdAa정보명따공")
_DEFINITION_KINDS: Final = frozenset(("definition", "def", "정의"))
# a result that opens with what it assumes: ``If ...``, ``Let ...``, ``Suppose ...``
_ASSUMES: Final = re.compile(
    r"(?:if|let|suppose|assume|given|for\s+(?:any|all|every|each))\b", re.I
)
# ... and goes on to what follows from it (looked for outside math and code)
_THEN: Final = re.compile(r"\bthen\b[,:]?\s*", re.IGNORECASE)
# a result that states an equivalence: ``A if and only if B``, ``A iff B``, ``A $\iff$ B``
_EQUIVALENCE: Final = re.compile(
    r"\s(?:if and only if|iff|<->|<=>|⇔|↔|\$+\s*\\(?:Leftrightarrow|Longleftrightarrow|iff)\s*\$+)"
    r"[,:]?\s+",
    re.IGNORECASE,
)
_MAX_ASKED_CHARS: Final = 300


def _assumed_and_concluded(statement: str) -> tuple[str, str] | None:
    """What an unnamed result's statement assumes (up to its ``then`` or its ``if and only
    if``, kept to ask by) and what it concludes, or None."""
    masked = mask_opaque(statement)
    cut = None
    if _ASSUMES.match(masked):
        cut = _THEN.search(masked)
        if (
            cut is not None
            and SENTENCE_BREAK.search(masked, 0, cut.start()) is not None
            and masked[cut.start()] != "T"
        ):
            # "For any X, ... is uniform. That is, if we define Y, then ...": the "then" of
            # a later sentence, not the statement's
            cut = None
    if cut is None:
        cut = _EQUIVALENCE.search(statement)
        if (
            cut is not None
            and "$" not in cut.group()
            and MASK_CHAR in masked[cut.start() : cut.end()]
        ):
            cut = None  # "iff" inside a formula: one side of it is not the statement's
    if cut is None:
        return None
    assumed = " ".join(statement[: cut.end()].split())
    if len(assumed) > _MAX_ASKED_CHARS:
        return None
    return assumed, statement[cut.end() :].strip()


def _term(kind: str, named: str | None, statement: str) -> str | None:
    if named:
        term = clean_term(named)
        return term if is_term(term) else None
    opening_name = _OPENING_NAME.match(statement)
    if opening_name is not None:  # Theorem 6.6. [Markov's inequality](...) bounds ...
        term = clean_term(opening_name.group("link") or opening_name.group("bold"))
        if is_term(term):
            return term
    if kind.casefold() not in _DEFINITION_KINDS:
        return None
    emphasised = first_emphasised(statement[:200])
    if emphasised is not None:
        term = clean_term(emphasised)
        if is_term(term):
            return term
    adjective = _ADJECTIVE_DEFINED.match(statement)
    if adjective is not None:  # "A mixed state is separable if ...": a separable mixed state
        term = clean_term(f"{adjective.group('adjective')} {adjective.group('noun')}")
        if is_term(term):
            return term
    opening = _OPENING_PHRASE.match(statement)
    if opening is not None:
        term = clean_term(opening.group("term"))
        if is_term(term):
            return term
    return None


def _label(text: str) -> tuple[str, str | None, str | None, str] | None:
    """The kind, number, name and statement of a labelled paragraph, or None."""
    bold = _BOLD_LABEL.match(text)
    if bold is not None:
        inside = _LABEL_INSIDE.match(bold.group("inside").strip())
        if inside is None:
            return None
        named = inside.group("bracketed") or inside.group("named") or None
        statement = bold.group("statement")
        after_label = _NAME_AFTER_LABEL.match(statement)
        if named is None and after_label is not None:
            named = after_label.group("name").split(" = ")[0]
            statement = statement[after_label.end() :]
        return inside.group("kind"), inside.group("number"), named, statement
    plain = _PLAIN_LABEL.match(text)
    if plain is None:
        return None
    return (
        plain.group("kind"),
        plain.group("number"),
        plain.group("bracketed"),
        plain.group("statement"),
    )


def asked_by_assumption(text: str) -> tuple[str, str] | None:
    """The question and answer of an unnamed, unnumbered result (``Theorem. If ..., then
    ...``): what it assumes asks, what it concludes answers; None for any other text."""
    label = _label(text)
    if label is None:
        return None
    kind, number, named, statement = label
    statement = statement.strip()
    if number or kind.casefold() in _DEFINITION_KINDS or _term(kind, named, statement):
        return None
    split = _assumed_and_concluded(statement)
    if split is None:
        return None
    return f"{kind.capitalize()}: {split[0]} …", split[1]


def in_paragraph(
    paragraph: Block,
    after: Block | None,
    lines: Sequence[str],
    context: Context,
    *,
    opening: bool = False,
) -> Proposal | None:
    """The card of a paragraph that opens with a statement label, or None. ``opening``: the
    paragraph opens its section, whose heading asks for it (``## Probability Integral
    Transform`` + ``**Theorem**: ...``): an unnamed result there is the heading's card."""
    label = _label(paragraph.text)
    if label is None:
        return None
    kind, number, named, statement = label
    statement = statement.strip()
    term = _term(kind, named, statement)
    if term is None:
        if kind.casefold() in _DEFINITION_KINDS:
            return None
        if not number:
            # "Claim: If ..., then ...": asked by what it assumes
            split = None if opening else _assumed_and_concluded(statement)
            if split is None:
                return None
            term = f"{kind.capitalize()}: {split[0]} …"
            statement = split[1]
        else:
            term = f"{kind.capitalize()} {number}"  # an unnamed result, asked by its label
    answer = statement
    if (
        after is not None
        and after.kind in _FOLLOWERS
        and (
            not statement
            or statement.rstrip(" $").casefold().endswith(_LEADS_ON)
            or after.kind == "math"
        )
    ):
        following = dedent(lines[after.start : after.end])
        answer = f"{answer}\n\n{following}" if answer else following
    if not is_definition(answer):
        return None
    return Proposal(
        CardKind.BASIC, term, answer, paragraph.start + 1, context, Idiom.STATED_DEFINITION
    )


def in_item(
    paragraph: Block, nested: Sequence[Block], lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of a list item that states a definition or a result (``- Theorem. If ...,
    then ...``), as a paragraph's would be, when nothing is nested under it but its formula
    (an item with more under it is asked by its statement and answered by what is under it:
    :mod:`..list_walker`)."""
    if paragraph.text[:1] not in _LABEL_LEADS or (
        nested and (len(nested) > 1 or nested[0].kind != "math")
    ):
        return None
    return in_paragraph(paragraph, nested[0] if nested else None, lines, context)


def is_display_formula(lines: Sequence[str]) -> bool:
    """Whether the lines are one displayed formula (``$$`` ... ``$$``)."""
    return lines[0].strip().startswith("$$") and lines[-1].strip().endswith("$$")
