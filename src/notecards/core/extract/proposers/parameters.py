"""An API parameter block: a quoted signature line (``> timeout -> float``) and the list
or paragraph right after it that explains the parameter. The parameter asks (its function
or class is the heading above, in the context); the explanation answers, its type after it.

API references copied into notes list a function's parameters this way, one block each;
read line by line, the signature alone made a card whose answer was only the type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.clean import dedent
from notecards.core.extract.patterns.splitting import is_definition
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.model import CardKind

# `name` -> type, name: Optional[int], name (str), name -> int = 5
_SIGNATURE: Final = re.compile(
    r"`?(?P<name>[A-Za-z_][\w.]*)`?\s*(?:->|→|=>|:|\()\s*"
    r"`?(?P<type>[A-Za-z_][\w.]*(?:\[[\w., |\[\]]*\])?(?:\s*\|\s*[A-Za-z_][\w.]*)*)`?\)?"
    r"(?:\s*=\s*(?P<default>\S+))?"
)
_PARAMETER_NAME: Final = re.compile(r"[a-z_][a-z0-9_]*(?:[A-Z][a-z0-9]*)*")  # snake_case, camelCase
_TYPE_WORDS: Final = frozenset(
    [
        "int",
        "float",
        "str",
        "bool",
        "bytes",
        "list",
        "dict",
        "tuple",
        "set",
        "none",
        "any",
        "object",
        "number",
        "string",
        "boolean",
        "array",
        "function",
        "callable",
        "integer",
        "double",
        "char",
        "long",
        "void",
        "tensor",
        "ndarray",
    ]
)
_LIST_MARKER: Final = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+")


def signature(quote: Block) -> tuple[str, str] | None:
    """The parameter name and type a quote holds when it is one signature line only."""
    children = quote.children
    if len(children) != 1 or children[0].kind != "paragraph" or "\n" in children[0].text:
        return None
    text = children[0].text.strip()
    match = _SIGNATURE.fullmatch(text)
    if match is None:
        return None
    name, kind = match.group("name"), match.group("type")
    if not (text.startswith("`") or _PARAMETER_NAME.fullmatch(name)) or not _is_type(kind):
        return None  # "> Note: deprecated" is an aside, not a signature
    default = match.group("default")
    return name, f"{kind} = {default}" if default else kind


def _is_type(kind: str) -> bool:
    """``float``, ``Optional[int]``, ``DataFrame``, ``np.ndarray``, ``str | None``."""
    first = re.split(r"[\[|\s]", kind, maxsplit=1)[0]
    return (
        first.lower() in _TYPE_WORDS
        or first[:1].isupper()
        or "." in first
        or "[" in kind
        or "|" in kind
    )


def card(
    quote: Block, explanation: Block, lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of a signature ``quote`` explained by the ``explanation`` block after it (a
    list or a paragraph); ``lines`` are the note's source lines."""
    if explanation.kind not in ("list", "paragraph"):
        return None
    found = signature(quote)
    if found is None:
        return None
    name, kind = found
    text = dedent(lines[explanation.start : explanation.end])
    if explanation.kind == "list" and len(explanation.children) == 1:
        text = _LIST_MARKER.sub("", text, count=1)  # one explanation bullet: its text
        text = dedent(text.split("\n"))
    if not is_definition(text):
        return None
    answer = f"{text}\n\n({kind})"
    return Proposal(CardKind.BASIC, name, answer, quote.start + 1, context, Idiom.PARAMETER)
