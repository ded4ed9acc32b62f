"""A cheat sheet of commands, each with a comment saying what it does."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

_SHEET = (
    "## Git\n\n"
    "    $ git stash list\n"
    "    $ git stash apply   //가장 최근 stash를 다시 적용\n"
    "    $ git stash drop   //가장 최근 stash 삭제\n\n"
    "```bash\ngit diff          # 커밋 전 변경 확인\ngit diff --cached # 커밋 후 변경 확인\n```\n"
)


def test_each_commented_command_of_a_shell_block_is_a_card() -> None:
    cards = by_question(cards_of(_SHEET, "git.md"))
    assert cards["`git stash apply`"].answer == "가장 최근 stash를 다시 적용"
    assert cards["`git diff --cached`"].answer == "커밋 후 변경 확인"
    assert cards["`git diff --cached`"].line == 9
    assert "`git stash list`" not in cards  # no comment, nothing it says


def test_a_programs_comments_and_a_lone_comment_are_no_cheat_sheet() -> None:
    text = (
        "## Code\n\n```python\nx = start()  # begin here\ny = stop()  # end here\n```\n\n"
        "```\nmask = (1 << n) - 2  # every node but 0\nprev = bits & 1  # the last one\n```\n\n"
        "```bash\nmake build  # compile it\n```\n"
    )
    assert not any(card.question.startswith("`") for card in cards_of(text, "code.md"))


def test_a_comment_alone_under_each_command_says_what_it_does() -> None:
    text = (
        "# Git\n\n```shell\ngit status\n# 작업 트리의 상태를 보여준다\n\n"
        "git log --oneline\n# 커밋을 한 줄씩 보여준다\n```\n"
    )
    cards = by_question(cards_of(text, "git/basics.md"))
    assert cards["`git status`"].answer == "작업 트리의 상태를 보여준다"
    assert cards["`git log --oneline`"].answer == "커밋을 한 줄씩 보여준다"


def test_comments_over_their_commands_are_not_read_as_the_ones_above() -> None:
    text = (
        "# Bash\n\n```bash\n$ fruits=(apple pear)\n# print one element\n"
        "$ echo ${fruits[0]}\napple\n# print the length\n$ echo ${#fruits[@]}\n2\n```\n"
    )
    assert [
        card for card in cards_of(text, "bash/arrays.md") if card.answer.startswith("print")
    ] == []


def test_a_comment_over_a_command_typed_at_a_prompt_says_what_it_does() -> None:
    """A shell session written down: ``# 실행 중인 컨테이너 보기`` over ``$ docker ps``. A
    comment over several commands, or over a block a sentence announces as a recipe, is
    no card of its own."""
    text = (
        "## Containers\n\n"
        "```bash\n"
        "# 실행 중인 컨테이너 보기\n"
        "$ docker ps\n"
        "CONTAINER ID   IMAGE\n"
        "# 멈춘 컨테이너까지 보기\n"
        "$ docker ps -a\n"
        "# 폰트 설치\n"
        "$ mkdir -p /usr/share/fonts/nanum\n"
        "$ cd /usr/share/fonts/nanum\n"
        "```\n"
    )
    cards = by_question(cards_of(text, "docker.md"))
    assert cards["`docker ps`"].answer == "실행 중인 컨테이너 보기"
    assert cards["`docker ps -a`"].answer == "멈춘 컨테이너까지 보기"
    assert "`mkdir -p /usr/share/fonts/nanum`" not in cards
    recipe = (
        "# Coverage with contexts\n\nThis is the recipe that worked for me:\n\n"
        "```\n# install the plugin\n% pip install pytest-cov\n"
        "# run the tests with contexts\n% pytest --cov=pkg --cov-context=test\n```\n"
    )
    (card,) = cards_of(recipe, "coverage.md")
    assert "% pytest --cov=pkg" in card.answer
