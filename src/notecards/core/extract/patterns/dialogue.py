"""A conversation written out line by line, each line led by its speaker (``s: So it cannot
be taught?`` / ``m: So it seems.``, ``h: 0의 의미를 생각해보세요`` / ``나: ...``).

Its lines look like ``Term: definition`` lines, but the speakers are no terms: what tells them
apart is that the same few labels take turns. Written questions and answers (``Q:`` /
``A:``) take turns too, and are cards of their own (:mod:`..proposers.explicit`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

# a speaker: a name or an initial, a word or two, then the colon and what is said
_TURN: Final = re.compile(
    r"^\s*(?:>\s*)*(?:[-*+]\s+)?(?P<speaker>[^\s:：]{1,15}(?: [^\s:：]{1,15})?)\s*[:：]\s"
)
# the labels of written questions and their answers
_QUESTION_AND_ANSWER: Final = frozenset(
    ("q", "a", "question", "answer", "질문", "답", "답변", "문제", "풀이", "해설")
)
_MIN_TURNS: Final = 3  # fewer lines are as likely two definitions as a conversation
_MIN_SPEAKERS: Final = 2


def is_dialogue(lines: Sequence[str]) -> bool:
    """Whether a block's ``lines`` are a conversation: a third of them or more led by a
    speaker (a turn may wrap), at least two speakers, one of them speaking more than once,
    and the speaker changing from one line led by a speaker to the next."""
    if (
        len(lines) < _MIN_TURNS
        or sum(1 for line in lines if ":" in line or "：" in line) < _MIN_TURNS
    ):
        return False  # (most paragraphs: told apart before any line is matched)
    speakers = [found.group("speaker").casefold() for line in lines if (found := _TURN.match(line))]
    if len(speakers) < _MIN_TURNS or 3 * len(speakers) < sum(1 for s in lines if s.strip()):
        return False  # (a speaker's line may wrap)
    counts = Counter(speakers)
    if len(counts) < _MIN_SPEAKERS or counts.most_common(1)[0][1] < 2:
        return False
    if not _QUESTION_AND_ANSWER.isdisjoint(counts):
        return False  # "Q:" / "A:": written questions and their answers
    return all(before != after for before, after in pairwise(speakers))
