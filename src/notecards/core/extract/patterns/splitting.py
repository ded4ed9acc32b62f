"""A line cut into term and definition: ``Term: definition``, ``Term - definition``,
``Term → definition``, ``RoI = Region of Interest``, ``**Term.** definition``.

A separator counts only at the top level of the line (never inside code, math, links or
brackets), only when what is left of it is a term, and only when what is right of it says
something (not only a link, a date or "not sure").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final, NamedTuple

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.chatter import (
    is_date,
    is_link_only,
    is_reference_line,
    is_unsure,
    is_year,
    may_be_chatter,
)
from notecards.core.extract.patterns.code_sides import (
    is_code_statement,
    is_formula,
    names_a_value,
)
from notecards.core.extract.patterns.labels import GENERIC_DEFINITION_LABEL, NUMBERED_STATEMENT
from notecards.core.extract.patterns.numbering import without_section_number
from notecards.core.extract.patterns.sentences import is_hangul
from notecards.core.extract.patterns.spans import (
    CLOSE_BRACKETS,
    OPEN_BRACKETS,
    mask_opaque,
    top_level,
)
from notecards.core.extract.patterns.terms import is_bolded_name, is_term, is_title_cased_name

# Every separator starts with one of a few characters, matched first so that the search
# skips straight to them; what must come before one is checked by look-behind after it.
_SEPARATOR: Final = re.compile(
    r"""
    [:：\-–—→⇒=]
    (?:
      (?<=[:：])(?<!:[:：])(?![:/\d])\s*         # colon (not ::, ://, 12:30)
    | (?<=\s[-–—])[-–—]?\s+                      # spaced dash
    | (?<=[\uac00-\ud7a3]-)\s+                   # Korean word glued to a dash
    | (?<=[→⇒])\s* | (?<=[-=])(?<!<[-=])>\s*     # arrow (not both ways: <->, <=>)
    | (?<=\s=)\s+                                # spaced equals
    )
    """,
    re.VERBOSE,
)
ARROWS: Final = frozenset(("→", "⇒", "->", "=>"))
# a character that may open a span hiding a separator: opaque (code, math, link, "://" of a
# url; as OPAQUE_HINT, one character class first) or bracket
_HIDING_HINT: Final = re.compile(
    "[`$\\[<{:" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "](?:(?<!:)|(?=//))"
)
# what comes before a separator when no span can hide it: no character that opens code, math,
# a link, a url, a tag or a cloze, and brackets only in pairs with no bracket inside (``Term
# (설명)``); blanking such pairs moves no separator, so the line need not be masked to find it
_NOTHING_HIDDEN: Final = "[^`$\\[<{:" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]*"
_PAIRS_ONLY_BEFORE: Final = re.compile(
    _NOTHING_HIDDEN
    + "(?:(?:"
    + "|".join(
        f"{re.escape(opening)}{_NOTHING_HIDDEN}{re.escape(closing)}"
        for opening, closing in zip(OPEN_BRACKETS, CLOSE_BRACKETS, strict=True)
        if opening not in "[{"
    )
    + ")"
    + _NOTHING_HIDDEN
    + ")*"
)
_DASHES: Final = frozenset(("-", "–", "—", "--"))
_SPACED_DASH: Final = re.compile(r"\s[-–—]{1,2}\s")
_MIN_DEFINITION_CHARS: Final = 2
_MAX_NOTE_TO_SELF_CHARS: Final = 60
_BOLD_LEAD: Final = re.compile(r"^(\*\*|__)(?P<label>[^*_]+?)\s*[.:：]\s*\1\s*(?P<rest>\S.*)$")
_EMPHASISED: Final = re.compile(r"(\*\*|__|\*|_)(?=\S)(?P<text>[^*_\n]+?)(?<=\S)\1")


def first_emphasised(text: str) -> str | None:
    """The first words ``text`` emphasises (``A *prefix code* is ...``), outside math and
    code: there underscores are subscripts and names (``$x_1, ..., x_n$``), no emphasis."""
    if "*" not in text and "_" not in text:
        return None
    found = _EMPHASISED.search(mask_opaque(text))
    return text[found.start("text") : found.end("text")] if found is not None else None


# a command-line option: -l, --name, -Xmx, --name pycheck, `-it`, --mount=type=cache
_OPTION: Final = re.compile(r"`?(?:--?[a-z][\w.-]*|-(?:X[a-z]\w*|[A-Z]))(?:[ =][^\s`]+)?`?")


def is_option(term: str) -> bool:
    """Whether a term is a command-line option: ``-l``, ``--all``, ```-it```, ``--name x``."""
    return term[:1] in "-`" and _OPTION.fullmatch(term) is not None


# an operator (>>, |, &&, **, ::) or a name led by a sigil (@Transient, #include); in code a
# dollar is no math but a sign of its own (`$@`, `$<`, `$`)
_SYMBOL_TERM: Final = re.compile(r"`[^\w\s`]{1,3}`|(`?)(?:[^\w\s`$]{1,3}|[@#][A-Za-z_][\w.]*)\1")
_TEX_OUTSIDE_MATH: Final = re.compile(r"\\[A-Za-z]{2,}")


def symbol_term(term: str) -> str | None:
    """A symbol that names itself (``>>``, ``|``, ``@Transient``, ``#include``) as a card
    asks it: in code, its sigil kept. None for anything else."""
    if not term or term[0].isalnum() or _SYMBOL_TERM.fullmatch(term) is None:
        return None
    bare = term.strip("`")
    if term[0] != "`" and (bare in ("-", "*", "+", ">", "#", "•") or bare.strip("*_~=-") == ""):
        return None  # list markers, emphasis and rules are no operators
    # (in code they are: "- `*`: matches any value", "- `+` : one or more", "- `**`: power")
    return f"`{bare}`"


class TermSplit(NamedTuple):
    """A line cut into term and definition at a separator."""

    term: str
    definition: str
    separator: str


# a TermSplit from a tuple of its fields, built in C (the class call runs a Python __new__):
# read_line makes one for most list items
_split_of: Callable[[tuple[str, str, str]], TermSplit] = functools.partial(tuple.__new__, TermSplit)


def separator_after(masked: str, position: int) -> re.Match[str] | None:
    """The first separator at or after ``position`` that has something before it."""
    match = _SEPARATOR.search(masked, position)
    if match is not None and match.start() == 0:
        match = _SEPARATOR.search(masked, match.end())
    return match


def split_term(line: str) -> TermSplit | None:
    """Cut ``Term SEP definition`` at its first top-level separator, if the left is a term."""
    if separator_after(line, 0) is None:
        return None  # no separator at all (and no bare term to read: that is not asked)
    return read_line(line)[0]


def term_of(line: str) -> str | None:
    """The term a line names on its own (``LSTM``, ``self-attention - 참조: (url)``)."""
    return read_line(line)[1]


def _bare_term(line: str) -> str | None:
    if line.startswith("\\"):
        return None  # "\begin{aligned}": a formula's first line
    cleaned = clean_term(without_section_number(line) if line[:1] == "(" else line)
    if line[:1] in "*_" and _BOLD_WHOLE.fullmatch(line.strip()) and is_title_cased_name(cleaned):
        return cleaned  # "**Always Be Deciding**": a name in bold and title case, verb and all
    return cleaned if is_term(cleaned) and not is_link_only(line) else None


_LONE_STAR: Final = re.compile(r"(?<![*\\])\*(?!\*)")


def _open_emphasis(plain: str) -> int | None:
    """Where an emphasis that ``plain`` leaves open starts (a star before a word, after a
    space or the start), or None; a star after a word closes one, or is a footnote mark."""
    opened: int | None = None
    for found in _LONE_STAR.finditer(plain):
        at = found.start()
        before = plain[at - 1] if at else " "
        after = plain[at + 1 : at + 2] or " "
        if opened is not None and not before.isspace():
            opened = None
        elif opened is None and before in " ([\"'" and not after.isspace():
            opened = at
    return opened


def _opens_a_span(text: str) -> bool:
    """Whether ``text`` leaves an emphasis or a quotation open after its first words
    (``Kim, "Attention``, ``Wei, *Jailbroken``): the separator after it is inside a title.
    Stars in code or math, escaped, a footnote's (``(C)*``) or a multiplication (``a * b``)
    open nothing; an emphasis around the whole line (``*Term: definition*``) still splits."""
    plain = mask_opaque(text)
    if "*" in plain and (opened := _open_emphasis(plain)) is not None and opened > 0:
        return True
    if plain.count('"') % 2 == 1 and plain.rfind('"') > 0:
        return True
    return plain.count("“") > plain.count("”") and plain.rfind("“") > 0


# what follows a colon written tight between two one- or two-letter sides (``N:M``, ``4:3``)
_RATIO_AFTER: Final = re.compile(r"[A-Za-z0-9]{1,2}(?![\w:])")


def read_line(line: str) -> tuple[TermSplit | None, str | None]:
    """A line as ``Term SEP definition`` (first) or as a bare term (second), or neither.

    A bare term may carry a pointer elsewhere (``self-attention - 참조: (url)``).
    """
    first = _SEPARATOR.search(line)  # separator_after(line, 0), inlined: this runs per item
    if first is None:
        return None, _bare_term(line)
    start, end = first.span()  # read once: each call on the match is a call
    if start == 0:
        first = _SEPARATOR.search(line, end)
        if first is None:
            return None, _bare_term(line)
        start, end = first.span()
    masked: str | None = None
    # only a span that opens before the separator can hide it (code, math, link, bracket;
    # no separator holds a bracket, so one search up to the separator's end tells both)
    if _HIDING_HINT.search(line, 0, end) and not _PAIRS_ONLY_BEFORE.fullmatch(line, 0, start):
        masked = top_level(line)
        first = separator_after(masked, 0)
        if first is None:
            return None, _bare_term(line)
        start, end = first.span()
    left = line[:start].strip()
    if ("*" in left or '"' in left or "“" in left) and _opens_a_span(left):
        return None, None  # "Wei, *Jailbroken: How ...*": the colon is inside a title
    # a word's first letter or digit names no symbol: most terms skip the call
    symbol = None if left[:1].isalnum() else symbol_term(left)
    if symbol is not None:  # ">>", "|", "@Transient": a symbol is its own name
        definition = line[end:].strip()
        spaced = first.group(0).startswith((":", "：")) or line[start - 1].isspace()
        if (
            spaced  # "<=> 연산자" is one operator, not "<" and "=>"
            and is_definition(definition)
            # arrows after an arrow chain steps (`+` → Import → Load); after a colon an
            # arrow is part of the gloss (`/`: a step: `*/5` => every fifth)
            and not (first.group(0)[:1] not in ":：" and _has_arrow(top_level(definition)))
            and not _TEX_OUTSIDE_MATH.search(mask_opaque(definition))
        ):
            return TermSplit(symbol, definition, first.group(0).strip()), None
        return None, None
    definition = line[end:].strip()
    # bolded whole, closed before the separator or right after it (``**Term:** ...``), not
    # around the whole line (``**Title: Subtitle**``)
    bolded = left[:1] in ("*", "_") and (
        _BOLD_WHOLE.fullmatch(left) is not None
        or (_BOLD_OPEN.fullmatch(left) is not None and definition.startswith(left[:2]))
    )
    if left[:1] in "*_" and (definition[:1] in "*_" or definition[-1:] in "*_"):
        # "_Usage:_ FSM checks ...": the emphasis closes past the separator; "*Cache: 가까이
        # 두는 저장소*": around the whole line
        marker = left[:2] if left[:2] in ("**", "__") else left[:1]
        if left.count(marker) % 2:
            if definition.startswith(marker):
                left, definition = left + marker, definition[len(marker) :].strip()
            elif definition.endswith(marker) and definition.count(marker) % 2:
                left, definition = left + marker, definition[: -len(marker)].strip()
    # an option ("-l") keeps its dash; the test is asked only of what starts like one
    cleaned = left if left[:1] in "-`" and is_option(left) else clean_term(left)
    separator = first.group(0).strip()
    if separator in _DASHES and left[-1:].isdigit() and definition[:1].isdigit():
        return None, None  # "Classes 9 - 14", "1990 - 2000": a range, not a term and its gloss
    if (
        separator == ":"
        and len(left) <= 2
        and line[end - 1] == ":"
        and _RATIO_AFTER.match(line, end)
    ):
        return None, None  # "N:M 관계", "A:B": a ratio or a relation's two sides
    if not may_be_chatter(definition):  # most: no reference, date or note to self, at once
        if is_link_only(definition):
            return None, cleaned if is_term(cleaned) else None
    elif not _says_something(definition):
        return None, cleaned if is_term(cleaned) else None
    elif is_unsure(definition):
        return None, None  # "브랜치 전략: 아직 모르겠다" is a note to self
    if len(cleaned) == 4 and is_year(cleaned):
        masked = masked if masked is not None else top_level(line)
        if separator_after(masked, end) is not None:
            # "2012 - AlexNet: ..." names AlexNet; the year belongs in the answer
            rest = split_term(line[end:])
            if rest is not None:
                return TermSplit(rest.term, f"({cleaned}) {rest.definition}", rest.separator), None
    # masking only blanks: where the line has no further arrow or spaced dash after the
    # separator, the masked line has none either, and the line need not be masked
    if separator in _DASHES:
        if _SPACED_DASH.search(line, end) is not None:
            masked = masked if masked is not None else top_level(line)
            if _is_dash_chain(masked[end:]):
                return None, None  # "video - CNN - encoder - decoder" is a pipeline
    elif separator in ARROWS and _has_arrow(line[end:]):
        masked = masked if masked is not None else top_level(line)
        if _has_arrow(masked[end:]):
            return None, None  # "a → b → c" is a pipeline, not a definition
    if not (is_term(cleaned) or names_a_value(cleaned) or (bolded and is_bolded_name(cleaned))) or (
        len(definition) < _MIN_DEFINITION_CHARS and not _long_enough(definition)
    ):
        # (a number in code is a value: "`0`: 숨기지 않는다", "`404`: ..."; a name its writer
        # bolded whole is set apart as a heading is, and may run as long)
        return None, None
    if (separator == "=" and is_formula(cleaned, definition)) or (
        definition[-1:] == ";" and is_code_statement(cleaned, definition)
    ):
        return None, None
    return _split_of((cleaned, definition, separator)), None


# the whole left side in bold: "***듀얼 코어 프로세서의 캐시 메모리***", "__Read replicas__"
_BOLD_WHOLE: Final = re.compile(r"(\*\*\*?|__)(?=\S)[^*_]+(?<=\S)\1")
_BOLD_OPEN: Final = re.compile(r"(?:\*\*\*?|__)(?=\S)[^*_]+(?<=\S)")


_PAIR_BOUNDARY: Final = re.compile(r"\s+[/|]\s+|;\s+|\s+·\s+")


def each_pair(split: TermSplit) -> list[TermSplit]:
    """The pairs one line holds: ``선점형: 강제로 뺏음 / 비선점형: 끝날 때까지 기다림`` is two,
    cut where a `` / ``, `` | ``, ``;`` or `` · `` is followed by another term and the same
    separator; any other line is its one pair."""
    definition = split.definition
    if not ("/" in definition or ";" in definition or "|" in definition or "·" in definition):
        return [split]  # the common case, decided without a search
    masked = top_level(definition)
    for boundary in _PAIR_BOUNDARY.finditer(masked):
        rest = split_term(definition[boundary.end() :])
        if rest is not None and rest.separator == split.separator:
            first = definition[: boundary.start()].strip()
            if is_definition(first):
                return [split._replace(definition=first), *each_pair(rest)]
    return [split]


def _is_dash_chain(definition: str) -> bool:
    parts = _SPACED_DASH.split(definition)
    return len(parts) >= 3 or (len(parts) == 2 and all(len(part.split()) <= 3 for part in parts))


def _has_arrow(text: str) -> bool:
    return any(arrow in text for arrow in ARROWS)


def is_definition(text: str) -> bool:
    """Whether the right-hand side of a separator says something worth remembering."""
    text = text.strip()
    return _long_enough(text) and _says_something(text) and not is_unsure(text)


def _long_enough(text: str) -> bool:
    return len(text) >= _MIN_DEFINITION_CHARS or any(is_hangul(char) for char in text)


def _says_something(text: str) -> bool:
    """Not only links or a date, and not a pointer elsewhere (``참조: (url)``)."""
    return not (is_link_only(text) or is_reference_line(text) or is_date(text))


def is_note_to_self(line: str) -> bool:
    """``아직 잘 모르겠다``, ``Rebase: not sure``: an open question, not something learned."""
    if is_unsure(line):
        return True
    if len(line) > _MAX_NOTE_TO_SELF_CHARS:
        return False  # a note to self is short; a long line says something
    separator = separator_after(line, 0)
    return separator is not None and is_unsure(line[separator.end() :].strip())


# --- textbook style: **Term.** definition -------------------------------------------------


def bold_lead(line: str) -> TermSplit | None:
    """``**Cross-entropy.** The expected...``, ``**Definition (Capacity).** ...`` and
    ``**Definition.** A *prefix code* is ...`` (the emphasised words are the term)."""
    if not line.startswith(("**", "__")):
        return None
    match = _BOLD_LEAD.match(line)
    if match is None:
        return None
    label, rest = match.group("label").strip(), match.group("rest").strip()
    term = labelled_term(label, rest)
    if term is None or not is_definition(rest):
        return None
    return TermSplit(term, rest, ".")


def labelled_term(label: str, body: str) -> str | None:
    """The term a label names: itself, or for a bare "Definition" (``정의``, ``Def. 2.1``)
    the first emphasised words of the body (``A *prefix code* is ...``); None if neither.
    A numbered statement (``Theorem 6.12 (c)``) asks by its number."""
    if NUMBERED_STATEMENT.fullmatch(label):
        return label
    if GENERIC_DEFINITION_LABEL.fullmatch(label):
        emphasised = first_emphasised(body)
        if emphasised is None:
            return None
        label = emphasised
    term = clean_term(label)
    return term if is_term(term) else None
