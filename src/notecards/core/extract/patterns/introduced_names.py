"""A bolded name a Korean sentence introduces as what its subject is: ``가장 단순한 결정
방식은 **다수결(Majority voting)**입니다.``, ``두번째는 **능동문**입니다.``, ``이 때 유용한
방법론이 바로 **EM algorithm**입니다.``. Whether it names a term rests on the sentence after
it saying what the name is (:mod:`notecards.core.extract.proposers.prose_definitions`).
"""

from __future__ import annotations

import re

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from notecards.core.extract.patterns.terms import is_term

# a subject (a word closed by 은, 는, 이 or 가), perhaps "바로", then the bolded name and the
# copula closing the sentence
_INTRODUCED = re.compile(
    r".*[가-힣\w)](?:은|는|이|가)\s+(?:바로\s+)?\*\*(?P<name>[^*\n]+)\*\*\s?(?:입니다|이다)\.?"
)


def introduced_in_prose(line: str) -> tuple[str, str, str] | None:
    """The first name a sentence of ``line`` introduces, that sentence, and the text after
    it; None if no sentence does."""
    at = 0
    for piece in SENTENCE_BREAK.split(line):
        at = line.find(piece, at) + len(piece)
        if "**" not in piece:
            continue
        found = _INTRODUCED.fullmatch(piece.strip())
        if found is None:
            continue
        name = clean_term(found.group("name"))
        if name and is_term(name):
            return name, piece.strip(), line[at:]
    return None
