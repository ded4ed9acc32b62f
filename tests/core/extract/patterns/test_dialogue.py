"""Lines of a conversation, each led by its speaker, are no terms and their definitions."""

from __future__ import annotations

import pytest

from notecards.core.extract import extract_note
from notecards.core.extract.patterns.dialogue import is_dialogue

_TRANSCRIPT = [
    "teacher: Can virtue be taught, then?",
    "pupil: I doubt it.",
    "t: And if nobody teaches it, nobody learns it?",
    "p: That follows.",
    "t: So it cannot be taught.",
    "p: So it seems.",
]


def test_speakers_taking_turns_make_a_dialogue() -> None:
    assert is_dialogue(_TRANSCRIPT)
    assert is_dialogue(["h: 0이 몇 개인지 세어 보세요", "나: ...", "h: 5로 나누어 보세요"])


@pytest.mark.parametrize(
    "lines",
    [
        # a glossary: each term once
        ["Stack: last in, first out", "Queue: first in, first out", "Deque: both ends"],
        # written questions and their answers are explicit cards, not a conversation
        ["Q: What is a heap?", "A: A tree ordered by key.", "Q: Its height?", "A: log n"],
        # one label repeated is a list of examples under it, no turns
        ["e.g.: one", "e.g.: two", "e.g.: three"],
        # two turns are too few to tell a conversation from two definitions
        ["me: hello", "you: hi"],
    ],
)
def test_other_runs_of_labelled_lines_are_no_dialogue(lines: list[str]) -> None:
    assert not is_dialogue(lines)


def test_a_transcript_in_a_note_makes_no_cards() -> None:
    text = "# Teaching virtue\n\nThe dialogue, in short.\n\n" + "\n".join(_TRANSCRIPT) + "\n"
    questions = [card.question for card in extract_note(text, "virtue.md").cards]
    assert not any(
        q in ("t", "p", "teacher", "pupil") or q.endswith(("— t", "— p")) for q in questions
    )
