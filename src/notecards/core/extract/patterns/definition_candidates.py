"""Which sentence forms a line may be in, by cheap substring tests: a line is tried only
against the forms (:mod:`.definition_forms`) whose words or endings it holds."""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.defining_verb import (
    ENGLISH_IMPERATIVE_DEFINITION,
    ENGLISH_PASSIVE_DEFINITION,
)
from notecards.core.extract.patterns.definition_forms import (
    BOLD_DOES,
    BOLD_TOPIC,
    CODE_DOES,
    CODE_GENUS,
    DEFINING_VERB_WORDS,
    DESCRIBED_KIND_COPULAS,
    ENGLISH_DEFINING_PHRASE,
    ENGLISH_DEFINITION,
    ENGLISH_FACET_DEFINITION,
    ENGLISH_GENUS_DEFINITION,
    ENGLISH_INFORMAL_DEFINITION,
    ENGLISH_USED_FOR,
    FACET_DEFINING_PHRASE,
    GENUS_ENDINGS,
    INFORMAL_DEFINING_PHRASE,
    KOREAN_CODE_DOES,
    KOREAN_CODE_DOES_ENDINGS,
    KOREAN_COPULA_DEFINITION,
    KOREAN_DESCRIBED_KIND,
    KOREAN_FACET_DEFINITION,
    KOREAN_FACET_HINT,
    KOREAN_GENUS_CLAUSE,
    KOREAN_GENUS_DEFINITION,
    KOREAN_RAN,
    KOREAN_ROLE_DEFINITION,
    KOREAN_THING_DEFINITION,
    KOREAN_TOPIC_DEFINITION,
    KOREAN_USED_FOR,
    KOREAN_USED_FOR_ENDINGS,
    LINKED_DOES_DEFINITION,
    LINKED_GENUS_DEFINITION,
    RAN_WINDOW,
    ROLE_ENDINGS,
)
from notecards.core.extract.patterns.genus_of import ENGLISH_NOUN_OF_DEFINITION

_FACET_WINDOW: Final = 60  # how far into a line its subject's facet may be named
# how far into a sentence the verb of an imperative definition may be ("Finally, let us define")
_IMPERATIVE_WINDOW: Final = 32


def _by_last_character(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The endings grouped by their last character, so that ``text.endswith(grouped.get(
    text[-1:], ()))`` asks only those that can match (a tuple is tried ending by ending,
    and the genus endings are dozens)."""
    grouped: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        grouped[ending[-1:]] = (*grouped.get(ending[-1:], ()), ending)
    return grouped


_DEFINING_VERBS_BY_LAST: Final = _by_last_character(DEFINING_VERB_WORDS)
_GENUS_ENDINGS_BY_LAST: Final = _by_last_character(GENUS_ENDINGS)
_ROLE_ENDINGS_BY_LAST: Final = _by_last_character(ROLE_ENDINGS)


def candidate_forms(
    line: str, *, bold_opening: bool, opening: bool = True, linked: int = 0
) -> list[re.Pattern[str]]:
    """The sentence forms a line could be in, by cheap substring tests (``linked``: the line
    opened with a link, now shown as its text)."""
    candidates = (
        [BOLD_TOPIC] if bold_opening and line.startswith(("**", "A **", "An **", "The **")) else []
    )
    if candidates and line[:1] != "*":
        candidates.append(BOLD_DOES)
    if linked and opening:
        if " is " in line or " are " in line:
            candidates.append(LINKED_GENUS_DEFINITION)
        candidates.append(LINKED_DOES_DEFINITION)
    if line.startswith(("`", "The `", "the `", "That `", "This `", "The first `")):
        candidates.extend((CODE_DOES, CODE_GENUS))
        if line[:1] == "`" and line.rstrip(" .。").endswith(KOREAN_CODE_DOES_ENDINGS):
            candidates.append(KOREAN_CODE_DOES)
    if "란" in line[:RAN_WINDOW]:
        candidates.append(KOREAN_RAN)
    ending = line.rstrip(" .。")
    last = ending[-1:]
    if ending.endswith(_DEFINING_VERBS_BY_LAST.get(last, ())):
        candidates.append(KOREAN_TOPIC_DEFINITION)
    elif ending.endswith(_GENUS_ENDINGS_BY_LAST.get(last, ())):
        candidates.append(KOREAN_GENUS_DEFINITION)
        if ending.endswith("입니다"):
            candidates.append(KOREAN_COPULA_DEFINITION)
        if ending.endswith(DESCRIBED_KIND_COPULAS):
            candidates.append(KOREAN_DESCRIBED_KIND)
    elif ending.endswith(_ROLE_ENDINGS_BY_LAST.get(last, ())):
        candidates.append(KOREAN_ROLE_DEFINITION)
    elif "로" in line and ("로," in line or "로 ," in line or "로서," in line):
        candidates.append(KOREAN_GENUS_CLAUSE)
    if "것" in line:
        candidates.append(KOREAN_THING_DEFINITION)
    if ending.endswith(KOREAN_USED_FOR_ENDINGS):
        candidates.append(KOREAN_USED_FOR)
    if "efine" in line and line[:1].isascii():
        # "Define X as ...", "We define X to be ...": the verb near the start of a sentence
        # that opens its line (one after another in its line leads into a formula the
        # paragraph's card keeps)
        if opening and "efine " in line[:_IMPERATIVE_WINDOW]:
            candidates.append(ENGLISH_IMPERATIVE_DEFINITION)
        # "X of $a$ is defined as": tried before the plain form, which reads no qualifier
        if " defined " in line and "$" in line:
            candidates.append(ENGLISH_PASSIVE_DEFINITION)
    if ENGLISH_DEFINING_PHRASE.search(line):
        candidates.append(ENGLISH_DEFINITION)
    else:
        if (" is a" in line or " are a" in line or " is the" in line) and line[:1].isalpha():
            candidates.append(ENGLISH_GENUS_DEFINITION)
        if " used to " in line or " used for " in line:  # "Dropout is used to ..."
            candidates.append(ENGLISH_USED_FOR)
    if opening and "의 " in line and KOREAN_FACET_HINT.search(line, 0, _FACET_WINDOW):
        candidates.append(KOREAN_FACET_DEFINITION)
    if line[:1].isascii() and (" is " in line or " are " in line) and line[:1].isalpha():
        if INFORMAL_DEFINING_PHRASE.search(line):
            candidates.append(ENGLISH_INFORMAL_DEFINITION)
        elif opening and FACET_DEFINING_PHRASE.search(line):
            candidates.append(ENGLISH_FACET_DEFINITION)
        if (
            (" of " in line or " with " in line or " whose " in line)
            and (" the " in line or " a" in line)
            and not (opening and line[:4] in ("The ", "the "))
        ):
            # "A transaction is the exchange of ...": a noun and what it is of ("The running
            # time is the number of ..." opening its line is what its heading names, and
            # the heading asks it)
            candidates.append(ENGLISH_NOUN_OF_DEFINITION)
    return candidates
