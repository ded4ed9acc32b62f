"""A list item that names a task, answered by the command nested under it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

HOW_TO = (
    "# Git tips\n\n"
    "- 작업 중인 브랜치 이름 바꾸는 방법\n"
    "  ```bash\n  git branch -m new-name\n  ```\n"
    "  - 원격에는 따로 push 해야 함\n\n"
    "- How to list remote branches\n"
    "  ```bash\n  git branch -r\n  ```\n"
)


def test_a_task_item_is_answered_by_its_command() -> None:
    cards = by_question(cards_of(HOW_TO))
    assert (
        cards["작업 중인 브랜치 이름 바꾸는 방법"].answer == "```bash\ngit branch -m new-name\n```"
    )
    assert cards["작업 중인 브랜치 이름 바꾸는 방법"].line == 3
    assert cards["How to list remote branches"].answer == "```bash\ngit branch -r\n```"


def test_an_item_naming_no_task_or_over_a_program_is_no_tip() -> None:
    text = (
        "- Example program\n  ```python\n  print(1)\n  ```\n"
        "- 빌드 스크립트 설정\n  ```bash\n  a\n  b\n  c\n  d\n  ```\n"
    )
    assert cards_of(text) == []


def test_items_between_br_spacers_are_read() -> None:
    # a <br> alone on its line opens an HTML block that would swallow the item under it
    text = (
        "- 로컬 태그 모두 보기\n  ```bash\n  git tag -l\n  ```\n\n<br>\n"
        "- 원격 브랜치 목록 보기\n  ```bash\n  git branch -r\n  ```\n<br>\n"
        "- Spacer: a line holding only a <br> tag\n"
        "```html\n<br>\n```\n"
    )
    cards = by_question(cards_of(text))
    assert set(cards) == {"로컬 태그 모두 보기", "원격 브랜치 목록 보기", "Spacer"}
    assert cards["원격 브랜치 목록 보기"].line == 7


def test_a_step_of_one_machines_set_up_is_no_tip() -> None:
    text = (
        "- 환경 변수 추가\n  ```bash\n  export SIM_ROOT=${HOME}/sim\n  ```\n"
        "- Install the simulator\n  ```bash\n  wget https://example.org/sim.tar.xz\n  ```\n"
        "- 캐시 비우기\n  ```bash\n  pip cache purge\n  ```\n"
    )
    assert [card.question for card in cards_of(text)] == ["캐시 비우기"]


def test_a_cheat_sheets_task_and_command_on_one_line_make_a_card() -> None:
    """The task is longer than a term may be; the command after the colon answers it."""
    text = (
        "## images\n\n"
        "- build an image from the Dockerfile in the current folder: `docker build -t web .`\n"
        "- list images: `docker images`\n"
    )
    cards = by_question(cards_of(text))
    card = cards["build an image from the Dockerfile in the current folder"]
    assert card.answer == "`docker build -t web .`"
    assert cards["list images"].answer == "`docker images`"


def test_a_situation_item_is_answered_by_the_command_that_fixes_it() -> None:
    """A troubleshooting list names when the command is needed, not the task."""
    text = (
        "# Shell tips\n\n"
        "- 디스크가 가득 찼을 때\n  ```bash\n  du -sh ./*\n  ```\n\n"
        "- When the port is already taken\n  ```\n  lsof -i :8080\n  ```\n\n"
        '- 이름으로 정렬하는 경우\n  ```java\n  repo.findAll(Sort.by("name"));\n  ```\n'
    )
    cards = by_question(cards_of(text))
    assert cards["디스크가 가득 찼을 때"].answer == "```bash\ndu -sh ./*\n```"
    assert cards["When the port is already taken"].answer == "```\nlsof -i :8080\n```"
    assert "이름으로 정렬하는 경우" not in cards  # a listing under a case is an example


def test_a_task_item_is_answered_by_the_command_under_the_list() -> None:
    """The fence sits at the margin, so each item is a list of its own with the code after
    it rather than nested in it: the pair is the same tip."""
    text = (
        "# vim 설정\n\n"
        "## 사용법\n\n"
        "* 현재 탭 너비를 확인하는 방법\n"
        "```vim\n:echo &tabstop\n```\n\n"
        "* 탭 너비 바꾸기\n"
        "```vim\n:set tabstop=4\n```\n\n"
        "* 예제 설정 파일\n"
        "```vim\nset a\nset b\nset c\nset d\n```\n"
    )
    cards = by_question(cards_of(text))
    assert cards["현재 탭 너비를 확인하는 방법"].answer == "```vim\n:echo &tabstop\n```"
    assert cards["현재 탭 너비를 확인하는 방법"].line == 5
    assert cards["탭 너비 바꾸기"].answer == "```vim\n:set tabstop=4\n```"
    assert "예제 설정 파일" not in cards  # (names no task, and its code is a file, not a tip)


def test_an_item_under_code_explains_that_code_not_the_next() -> None:
    text = (
        "# make\n\n## Usage\n\n"
        "```\nmake -j 4\n```\n"
        "- Run 4 jobs at once\n"
        "```\nmake clean\n```\n"
        "- Remove what was built\n"
    )
    assert "Run 4 jobs at once" not in by_question(cards_of(text))
