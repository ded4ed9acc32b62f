"""How ``notecards extract`` prints the cards it finds."""

from __future__ import annotations

import io
import json

from notecards.core.model import Card, CardKind
from notecards.extract_output import card_json, clip, write_cards_json


def _card(answer: str = "Keeps a branch's commits on top of another") -> Card:
    return Card(
        CardKind.BASIC,
        "git rebase",
        answer,
        "Default",
        "git.md",
        3,
        context=("Git", "History"),
        key="abc",
    )


def test_cards_as_json_keep_every_field() -> None:
    out = io.StringIO()
    write_cards_json([_card()], out)
    assert out.getvalue().endswith("]\n")
    (written,) = json.loads(out.getvalue())
    assert written == card_json(_card())
    assert written["context"] == ["Git", "History"]
    assert written["line"] == 3 and written["kind"] == "basic" and written["id"] == "abc"


def test_a_long_answer_is_clipped_and_says_how_much_is_left() -> None:
    answer = "\n".join(f"line {number}" for number in range(1, 12))
    assert clip(answer) == "\n".join(f"line {n}" for n in range(1, 9)) + "\n… (3 more lines)"
    assert clip("one line") == "one line"
