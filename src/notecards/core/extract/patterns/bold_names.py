"""A name the writer bolds right before a Korean naming verb: ``... 쓰일 수 있는
**자타양용동사**라고 합니다``, ``**선형독립**(linear independence)이라고 합니다``, ``... 의미의
**사전확률**로 불립니다``. The bold marks the name whatever the words before it (an object, a
subject, a long clause); several bold names in a row are one question, and a sentence that
only gives another name (``**Taxi cab Distance**라고도 불립니다.``) names nothing of its own.
A name in bold or italics before the verb's adnominal form (``**X**라 불리는 N``, ``*X*라고
부르는 N``) is given in passing, as English ``an N called *X*``.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.sentences import SENTENCE_BREAK, sentence_so_far

# a name the writer bolds right before the naming verb, a gloss in parentheses after it
# allowed (``... 쓰일 수 있는 **자타양용동사**라고 합니다``, ``**선형독립**(linear
# independence)이라고 합니다``): the name, whatever the words before it
_BOLD_NAME_BEFORE: Final = re.compile(r"\*\*([^*\n]{1,40})\*\*(\s?\([^()\n]{1,60}\))?\s?(?:이)?$")
# another bolded name right before it: several names of one thing, read as a list
_BOLD_BEFORE_IT: Final = re.compile(r"\*\*\s*(?:,|와|과|또는|혹은)\s*$")
# "... 의미의 **사전확률(prior probability)**로 불립니다": called, in the passive (only of a
# bolded name: "X로 정의됩니다" says what X is defined as)
# (the forms of 불리다, called, that also close "X라고 불린다")
CALLED: Final = (
    "불린다|불립니다|불림|불리며|불리고요|불리고|불리는데요|불리는데|불리기도 합니다|불리기도 한다"
    # (and in the active, some of the time: "X라고 부르기도 한다", "**X**로 부르기도 함")
    "|부르기도 합니다|부르기도 한다|부르기도 함|부르기도 하며|부르기도 하고"
)
_KOREAN_CALLED: Final = re.compile(rf"\*\*(?:으)?로\s?(?:{CALLED})(?![가-힣])")
# a name marked in bold or italics right before the naming verb's adnominal form, which goes
# on to the thing named: "... 이른바 **특이형태소**라 불리는 존재들", "**"render tree"**라고
# 부르는 또 다른 트리", "*encoder*라 불리는 뉴럴네트워크는": the name given in passing (as
# English "a tree called the *render tree*"); not why it is so called ("...라고 부르는 이유")
_CALLED_IN_PASSING: Final = re.compile(
    r"[*_)]\s?(?P<verb>(?:이)?라(?:고)?\s?(?:불리는|불리우는|부르는))(?![가-힣])(?!\s*(?:이유|까닭))"
)
# a name in italics right before it (one mark each side: "*encoder*", "_decoder_")
_ITALIC_NAME_BEFORE: Final = re.compile(r"(?<![*\w])([*_])([^*_\s](?:[^*_\n]{0,38}[^*_\s])?)\1\s?$")


_NAMING_VERB_WORDS: Final = 2  # "라고도 불립니다."


def _ends_there(masked: str, end: int) -> bool:
    """Whether the sentence ends with the naming verb that starts at ``end``."""
    rest = SENTENCE_BREAK.split(masked[end:], maxsplit=1)[0]
    return len(rest.split()) <= _NAMING_VERB_WORDS and "," not in rest


def bold_named(masked: str, line: str, naming: re.Match[str] | None) -> tuple[str, int] | None:
    """A bolded name right before ``라고 합니다`` (``naming``) or ``로 불립니다``."""
    end = naming.start() if naming is not None else -1
    if naming is None:
        called = _KOREAN_CALLED.search(masked)
        if called is None:
            return named_in_passing(masked, line, len(masked))
        end = called.start() + 2  # after the closing "**"
    bold = _BOLD_NAME_BEFORE.search(line, 0, end)
    if (
        bold is None
        or "**" in line[bold.end() : end]
        or _BOLD_BEFORE_IT.search(line, 0, bold.start())  # "**모절**, **주절**, **상위절**이라"
        # "**Taxi cab Distance**라고도 불립니다.": another name of what the text above says,
        # no sentence of its own to answer with ("**X**이라고도 하며, ..." goes on to say it)
        or (not sentence_so_far(masked, bold.start()).strip() and _ends_there(masked, end))
    ):
        return None
    return _with_gloss(bold)


def _with_gloss(bold: re.Match[str]) -> tuple[str, int]:
    """A bold name (:data:`_BOLD_NAME_BEFORE`) asked with its gloss (``**Evidence Lower
    Bound**(ELBO)``), and where it starts."""
    gloss = bold.group(2)
    return bold.group(1) + (gloss.strip() if gloss and "**" not in gloss else ""), bold.start(1)


def named_in_passing(masked: str, line: str, before: int) -> tuple[str, int] | None:
    """A name in bold or italics right before ``라 불리는`` or ``라고 부르는`` (see
    :data:`_CALLED_IN_PASSING`) ending before ``before``, and where it starts."""
    if "불리" not in masked and "부르는" not in masked:
        return None  # (no adnominal naming verb: most lines)
    called = _CALLED_IN_PASSING.search(masked, 0, before)
    if called is None:
        return None
    end = called.start("verb")
    bold = _BOLD_NAME_BEFORE.search(line, 0, end)
    if bold is not None:
        if _BOLD_BEFORE_IT.search(line, 0, bold.start()):
            return None  # "**A**, **B**라 불리는": several names, no one question
        return _with_gloss(bold)
    italic = _ITALIC_NAME_BEFORE.search(line, 0, end)
    return (italic.group(2), italic.start(2)) if italic is not None else None
