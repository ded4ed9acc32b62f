"""The words a defining sentence may open with before its term, which are no part of it:
an adverb or a joint (``다시 말해``, ``Note that``), where the term is used (``정보이론에서
**엔트로피**란 ...``) and whose account it is (``학교문법에 따르면 **품사**란 ...``).
"""

from __future__ import annotations

from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.definition_words import (
    ARTICLES,
    LEADING_ADVERBS,
    LEADING_PHRASES,
    names_a_field,
)

# "X에 따르면", "X에 의하면": according to X
_ACCORDING_TO: Final = frozenset(("따르면", "의하면"))


def _according_to(words: list[str]) -> int | None:
    """How many words open with whose account it is (``이 논문에 의하면``), if any do."""
    for at in range(1, min(len(words) - 1, 3)):
        if words[at].rstrip(",") in _ACCORDING_TO and words[at - 1][-1:] == "에":
            return at + 1
    return None


def without_leading_words(term: str) -> str:
    """The term a defining sentence's opening words hold, the words before it left out."""
    words = term.split()
    stripped = False
    while len(words) > 1:
        if words[0].rstrip(",").casefold() in LEADING_ADVERBS or names_a_field(words[0]):
            words = words[1:]  # ("정보이론에서 **엔트로피**란 ...": where the term is used)
        elif len(words) > 2 and " ".join(words[:2]).rstrip(",").casefold() in LEADING_PHRASES:
            words = words[2:]
        elif (according := _according_to(words)) is not None:
            words = words[according:]  # "학교문법에 따르면 **품사**란 ...": whose account
        else:
            break
        stripped = True
    if stripped and len(words) > 1 and words[0].casefold() in ARTICLES:
        words = words[1:]  # "Note that the `-l` flag means ...": the article the phrase left
    left = " ".join(words)
    # (what is left may be bolded whole: "학교문법에 따르면 **품사**"; a quoted word is an
    # example, "우선 '먹-'은 ...", and stays quoted)
    return clean_term(left) if stripped and left[:2] in ("**", "__") else left
