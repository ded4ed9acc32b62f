"""Code on the sides of a separator, where a line splits as a term and its definition but
says no such thing: an equation or an assignment (``y = mx + b``, ``box = Crate()``), a
statement closed by its semicolon (``margin-right: auto;``), and a number in code that names
a value (```404`: the resource was not found``), which does.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.numbering import ENUMERATOR
from notecards.core.extract.patterns.sentences import HANGUL_SYLLABLE
from notecards.core.extract.patterns.spans import mask_opaque

_CODE_NUMBER: Final = re.compile(r"`-?\d{1,4}`")
# a few words of code closed by a semicolon: a declaration's value or a statement's right side
_CODE_STATEMENT: Final = re.compile(r"[^\s;]{1,40}(?: [^\s;]{1,40}){0,3};")
_DECLARATION: Final = re.compile(
    r"(?:let|var|const|val|int|long|float|double|char|bool|auto|final|static|String|def)\s", re.I
)
_VARIABLE: Final = re.compile(r"^(?:[A-Za-z](?:_\w+|\d+|')?|\w{1,3}\([^()]*\))$|^[^$]*\\")
_ARITHMETIC: Final = re.compile(r"[\\^{}]|[-+*/]\s*\d|\d\s*[-+*/]|^[-+*/=<>]")
_OPERATOR: Final = re.compile(r"\s[-+*/]\s")
# an assignment in code without its marks: a lower-case name, then a call ("box =
# Crate()"; a setting's value, "memory = 16g ...", is asked with what it does)
_ASSIGNED_NAME: Final = re.compile(r"[a-z_]\w*(?:\.[A-Za-z_]\w*)*")
_VALUE: Final = re.compile(r"[A-Za-z_][\w.]*\(")


def names_a_value(term: str) -> bool:
    """Whether a term is a number in code (```0``, ```404``): a setting's or a status's value,
    which its line says the meaning of (a number outside code is a step)."""
    return _CODE_NUMBER.fullmatch(term) is not None


def is_formula(term: str, definition: str) -> bool:
    """``y = mx + b``, ``E(X) = np``, ``let b = Boo()``, ``box = Crate()``: an equation or an
    assignment, not a name and what it stands for (``RoI = Region of Interest``)."""
    definition = mask_opaque(definition)  # a link's digits and slashes are no arithmetic
    if _DECLARATION.match(term) or _VARIABLE.search(term) or _ARITHMETIC.search(definition):
        return True
    if _ASSIGNED_NAME.fullmatch(term) and _VALUE.match(definition):
        return True
    worded = definition[:1].isalpha() or ENUMERATOR.match(definition) is not None
    return _OPERATOR.search(definition) is not None and not worded


def is_code_statement(term: str, definition: str) -> bool:
    """``margin-right: auto;``, ``cookies = request.getCookies();``: code on both sides, the
    right closed by its semicolon. A task said in words may still be answered by its code
    (``인덱스 반환: text.search(re);``)."""
    return (
        _CODE_STATEMENT.fullmatch(definition) is not None
        and HANGUL_SYLLABLE.search(definition) is None
        and HANGUL_SYLLABLE.search(term) is None
    )
