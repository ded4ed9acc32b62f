"""English sentences that define a term of maths with the verb "define": ``Define the
**excess risk** of a hypothesis $h$ as:``, ``The Fisher divergence between two distributions
$p$ and $q$ is defined as:`` (forms tried by :mod:`.definition_candidates` beside those of
:mod:`.definition_forms`).
"""

from __future__ import annotations

import re
from typing import Final

# ``Define the **excess risk** of a hypothesis $h$ as:``, ``We define speedup to be ...``,
# ``The Fisher divergence between two distributions $p$ and $q$ is defined as:``: a term of
# maths defined by a defining verb, in the imperative (or with "we", "let's") or the passive,
# the term perhaps followed by its symbol and by a qualifier that names by symbols what it is
# of (``for any $x$``, ``of $X$``; one with no symbol, ``The number of nodes in a tree``, is
# part of the term, read by
# :data:`.definition_forms.ENGLISH_DEFINITION`). A term opened by a symbol (``Define
# $f$ as ...``) or a pointer (``Define this sum as the need``: that names, at the end) is not
# read; nor a qualifier that runs past a clause's end
_QUALIFIER_WORD: Final = r"for|of|on|over|between|in|with|from|at|under|given"
_DEFINED_TERM: Final = (
    r"(?:an?\s+|the\s+)?(?P<term>\*\*[^*]{1,60}\*\*|__[^_]{1,60}__"
    r"|(?!(?:this|these|that|those|it|them|our|its|their|an?|the|as|is|are|for|given|in)\b)"
    r"[A-Za-z][\w'’-]*"
    rf"(?:\s+(?!(?:as|to|is|are|{_QUALIFIER_WORD})\b)[A-Za-z][\w'’-]*){{0,4}})"
    # the term's symbol after it, "the hazard rate $h(t)$", and what it is of, by symbols
    r"(?:,?\s*\x00+,?)?"
    rf"(?:\s+(?:{_QUALIFIER_WORD})\s[^.;:,\x00]{{0,60}}?\x00[^.;:,]{{0,60}}?)?"
)
ENGLISH_IMPERATIVE_DEFINITION: Final = re.compile(
    r"(?:(?:first|next|now|then|finally|formally|here),?\s+)?"
    r"(?:(?:let(?:'s|’s|\s+us)|we)\s+(?:(?:can|will|now|first|then|also|shall|further)\s+)?)?"
    r"define\s+" + _DEFINED_TERM + r"\s+(?:as|to\s+be)\b(?!\s+well\b)",
    re.IGNORECASE,
)
# (a setting by symbols may open the sentence: "For a distribution $p$, the score is defined
# as")
ENGLISH_PASSIVE_DEFINITION: Final = re.compile(
    r"(?:(?:for|given|in)\s[^,.;:\x00]{0,60}\x00[^,.;:]{0,60},\s+)?"
    + _DEFINED_TERM
    + r"\s+(?:is|are)\s+(?:[a-z]+ly\s+)?defined\s+(?:as|to\s+be|by)\b",
    re.IGNORECASE,
)
