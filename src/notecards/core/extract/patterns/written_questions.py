"""Questions the writer wrote out with their answers: ``Q. 언제 생성을 멈추나?`` + ``A. EOS
토큰이 나올 때``, ``**Q:** Why three approaches?`` + ``A: each fails alone``.

The ``Q.`` line asks and the ``A.`` line right after it answers: on the next line of the
same paragraph or item, or as the next item of a list. A ``Q.`` line with no ``A.`` after
it is a question like any other, asked without its ``Q.``.
"""

from __future__ import annotations

import re
from typing import Final

_ASKED: Final = re.compile(r"^(?P<mark>\*\*|__)?Q\s*[.:)]\s*(?:\*\*|__)?\s*(?P<said>\S.*)$")
_ANSWERED: Final = re.compile(r"^(?P<mark>\*\*|__)?A\s*[.:)]\s*(?:\*\*|__)?\s*(?P<said>\S.*)$")


def may_ask(text: str) -> bool:
    """A cheap test: whether some line of ``text`` may start with ``Q.``."""
    if "Q" not in text:
        return False
    return text.lstrip("*_ \t")[:1] == "Q" or "\nQ" in text or "\n**Q" in text


def _said(pattern: re.Pattern[str], line: str) -> str | None:
    stripped = line.strip()
    if not stripped or stripped.lstrip("*_")[:1] not in "QA":
        return None
    found = pattern.match(stripped)
    if found is None:
        return None
    said = found.group("said").strip()
    mark = found.group("mark")
    if mark and said.endswith(mark):  # "**Q. ...?**": the whole line in bold
        said = said[: -len(mark)].strip()
    return said or None


def asked(line: str) -> str | None:
    """The question a ``Q.`` line asks, without its ``Q.``."""
    return _said(_ASKED, line)


def answered(line: str) -> str | None:
    """The answer an ``A.`` line gives, without its ``A.``."""
    return _said(_ANSWERED, line)


def without_q(question: str) -> str:
    """A question that still carries its ``Q.`` (a ``Q.`` item with its explanation
    nested under it), asked without it."""
    said = asked(question) if question[:1] in "Q*_" else None
    return said or question


# an exam's multiple-choice question, which its numbered choices follow: "쿠키와 세션에 대해
# 잘못 설명한 것은?", "... 차이점으로 올바른 것은?", "Which of the following is true?"
_CHOOSES: Final = re.compile(
    r"(?:틀린|옳은|옳지\s*않은|잘못된|잘못\s*설명한|맞는|맞지\s*않는|알맞은|올바른|올바르지\s*않은"
    r"|적절한|적절하지\s*않은|아닌|해당하지\s*않는)\s*것(?:은|을\s*고르시오|을\s*모두\s*고르시오)"
    r"[?？.]?[\s*_]*$"
    r"|\bwhich\s+of\s+the\s+following\b",
    re.IGNORECASE,
)


def asks_to_choose(question: str) -> bool:
    """Whether a question is an exam's multiple-choice one (``... 잘못 설명한 것은?``,
    ``Which of the following ...``): an exercise, whose numbered choices are no answer."""
    return ("것" in question or "ollowing" in question) and _CHOOSES.search(question) is not None
