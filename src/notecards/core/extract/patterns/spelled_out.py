"""A sentence that opens with a name spelled out and its acronym, then says what the thing
does: ``Imitation Learning (IL) aims to ...``, ``A State Space Model (SSM) consists of ...``,
``Retrieval-augmented generation (RAG) combines ...``. Writers introduce a term this way
the first time they use it, and the sentence is its definition whatever its verb (the
copula, ``X (ACR) is ...``, is read by :mod:`.defining_sentences` already).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.leads import expands_acronym

# an article, a name of one to six words (in bold or not), its acronym in brackets (the
# name may end after it: "... Systems (CLS) Theory"; a citation may follow: "(BC) [44]"),
# and a verb in the third person ("aims", "consists", "caches"): a lower-case word in s
_SPELLED_OUT: Final = re.compile(
    r"(?:(?:The|An?)\s+)?(?P<mark>\*\*)?"
    r"(?P<name>[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,5})\s?"
    r"\((?P<short>[A-Za-z][A-Za-z0-9-]{1,9})\)(?P<tail>\s[A-Z][a-z]+)?(?P=mark)?"
    r"(?P<cite>\s?\[\d+(?:,\s?\d+)*\])?\s(?P<verb>are|[a-z]+s)\s+\S"
)
# words ending in s that are no verb: "X (ACR) across tasks", "X (ACR) sometimes ..."
_NOT_VERBS: Final = frozenset(
    (
        "as", "has", "was", "is", "are", "its", "this", "thus", "plus", "across", "always",
        "whereas", "sometimes", "perhaps", "besides", "towards", "afterwards", "less", "unless",
        "versus",
    )
)  # fmt: skip
_COPULA: Final = frozenset(("is", "are"))
# the longest opening before the bracket looked at: a name, not a clause
_OPENING: Final = 90


def spelled_out_defined(sentence: str) -> str | None:
    """The ``Name (ACR)`` a sentence opens with when the acronym's letters are the name's
    initials and a verb follows (``Imitation Learning (IL) aims to ...``); else None."""
    bracket = sentence.find("(", 0, _OPENING)
    if bracket < 0 or sentence[bracket - 1 : bracket + 1] == "](":
        return None
    match = _SPELLED_OUT.match(sentence)
    if match is None:
        return None
    verb = match.group("verb")
    if verb in _COPULA and match.group("cite"):
        verb = ""  # ("X (ACR) is ..." is read before; a citation in between hides the name)
    if verb in _NOT_VERBS or verb.endswith(("ss", "us", "ous")):
        return None
    name, short = match.group("name"), match.group("short")
    if name[:1] != short[:1]:  # the name's first word gives the acronym's first letter (not
        return None  # "The authors place Hierarchical Dirichlet Process (HDP) priors ...")
    # ("Translation Look-Aside Buffer (TLB)": a hyphened word may give one letter)
    if not expands_acronym(short, name) and not expands_acronym(short, name.replace("-", "")):
        return None
    return f"{name} ({short}){match.group('tail') or ''}"
