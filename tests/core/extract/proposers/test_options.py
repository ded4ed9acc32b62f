"""Command options asked with their command."""

from __future__ import annotations

from notecards.core.extract.proposers.options import command_in
from tests.conftest import by_question, cards_of


def test_options_under_a_command_heading_are_asked_with_the_command() -> None:
    text = "## ls\n\n- -l : 권한과 크기까지 자세히 보여줌\n- -a : 숨김 파일까지 보여줌\n"
    cards = by_question(cards_of(text))
    assert cards["ls -l"].answer == "권한과 크기까지 자세히 보여줌"
    assert "ls -a" in cards
    assert "l" not in cards  # never a bare letter


def test_options_follow_the_command_item_before_them_or_their_parent() -> None:
    text = (
        "## Containers\n\n"
        "- `docker run` : starts a container from an image\n"
        "- `-it` : keeps a terminal attached\n"
        "- `--name web` : names the container web\n\n"
        "## Accounts\n\n"
        "- `useradd -m -s /bin/bash kim`\n"
        "  - `-m` = creates the home folder\n"
        "  - `-s` = sets the login shell\n"
    )
    cards = by_question(cards_of(text))
    assert cards["docker run -it"].answer == "keeps a terminal attached"
    assert "docker run --name web" in cards
    assert cards["useradd -m"].answer == "creates the home folder"
    assert "useradd -s" in cards


def test_an_option_without_a_command_keeps_its_dashes() -> None:
    text = "## Flags I keep forgetting\n\n- --dry-run: shows what would change\n"
    (card,) = cards_of(text)
    assert card.question == "--dry-run"


def test_what_names_a_command() -> None:
    assert command_in("tail 옵션 설명") == "tail"
    assert command_in("`git commit`") == "git commit"
    assert command_in("single image test") is None  # English words, not arguments
    assert command_in("e.g)") is None
