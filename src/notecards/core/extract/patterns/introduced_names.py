"""A name a Korean sentence introduces: as what its subject is (``가장 단순한 결정 방식은
**다수결(Majority voting)**입니다.``, ``두번째는 *능동문*입니다.``, unmarked after 바로: ``이 때
유용한 방법론이 바로 EM algorithm입니다.``), or as a kind of thing there is (``셸 정렬에는
*gap*이라는 개념이 있습니다.``). Whether it names a term rests on the sentence after it saying
what the name is (:mod:`notecards.core.extract.proposers.prose_definitions`).
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.clean import clean_term
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from notecards.core.extract.patterns.terms import is_term

# the name set apart: in bold, in italics or in code
_MARKED_NAME: Final = r"(?:\*\*(?P<bold>[^*\n]+)\*\*|\*(?P<italic>[^*\n]+)\*|(?P<code>`[^`\n]+`))"
# a subject (a word closed by 은, 는, 이 or 가), then the marked name, or after 바로 any
# name of a few words, and the copula closing the sentence
_AS_WHAT_IT_IS: Final = re.compile(
    r".*[가-힣\w)](?:은|는|이|가)\s+(?:바로\s+)?" + _MARKED_NAME + r"\s?(?:입니다|이다)\.?"
    r"|.*[가-힣\w)](?:은|는|이|가)\s+바로\s+(?P<plain>[^\s*`'\"]+(?:\s[^\s*`'\"]+){0,3}?)"
    r"(?:입니다|이다)\.?"
)
# a marked name said to be a kind of thing there is: "X라는 개념이 있습니다"
_KINDS: Final = (
    "개념|함수|방법|기법|알고리즘|모델|구조|자료구조|용어|방식|원리|규칙|법칙|성질|지표|도구"
)
_AS_A_KIND_THERE_IS: Final = re.compile(
    r"(?:.*\s)?" + _MARKED_NAME + r"(?:이)?라는\s+(?:" + _KINDS + r")(?:이|가)\s+"
    r"(?:있습니다|있다|있어요|있죠|등장합니다|등장한다|존재합니다|존재한다)\.?"
)


_COPULAS: Final = ("입니다", "이다")
_NAMING_KIND: Final = "라는"  # "X라는 개념": the name of a kind


def introduced_in_prose(line: str) -> tuple[str, str, str] | None:
    """The first name a sentence of ``line`` introduces, that sentence, and the text after
    it; None if no sentence does."""
    if _NAMING_KIND not in line and not any(copula in line for copula in _COPULAS):
        return None  # (most lines, and every English one: no sentence to split)
    at = 0
    for piece in SENTENCE_BREAK.split(line):
        at = line.find(piece, at) + len(piece)
        sentence = piece.strip()
        ending = sentence.rstrip(" .")
        if ending.endswith(_COPULAS):
            found = _AS_WHAT_IT_IS.fullmatch(sentence)
        elif _NAMING_KIND in sentence:
            found = _AS_A_KIND_THERE_IS.fullmatch(sentence)
        else:
            continue  # (most sentences: neither form, and no pattern is tried)
        if found is None:
            continue
        marked = next(name for name in found.groups() if name is not None)
        name = clean_term(marked)
        if name and is_term(name):
            return name, sentence, line[at:]
    return None
