"""An error shown under the sentence that says it came up, then how it was fixed."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_an_error_shown_asks_what_fixes_it() -> None:
    text = (
        "# Deploying the worker\n\n"
        "The worker runs as a service on the build box.\n\n"
        "Starting it a second time, I got this error:\n\n"
        "```\n$ worker start\nerror: could not bind to port 9000 (address in use)\n```\n\n"
        "The first worker was still running; stop it before starting another:\n\n"
        "```bash\nworker stop\n```\n"
    )
    cards = by_question(cards_of(text, "worker.md"))
    fixed = cards["error: could not bind to port 9000 (address in use)"]
    assert fixed.answer.startswith("The first worker was still running")
    assert "worker stop" in fixed.answer
    assert fixed.context == ("Deploying the worker",)
    # the note's own card stays
    assert "Deploying the worker" in cards


def test_korean_lead_and_a_quoted_message() -> None:
    text = (
        "# 빌드 설정\n\n"
        "컴파일할 때 아래와 같은 에러가 발생하면?\n\n"
        "> ModuleNotFoundError: No module named 'toolkit'\n\n"
        "가상환경이 활성화되지 않은 것이다. 먼저 활성화하고 다시 실행한다.\n"
    )
    cards = by_question(cards_of(text, "build.md"))
    assert cards["ModuleNotFoundError: No module named 'toolkit'"].answer.startswith(
        "가상환경이 활성화되지 않은 것이다"
    )


def test_the_program_that_fails_or_an_error_never_fixed_is_no_card() -> None:
    text = (
        "# Parsing input\n\n"
        "Bad input raises an exception:\n\n"
        "```python\ntry:\n    parse(data)\nexcept ValueError:\n    pass\n```\n\n"
        "That swallows the problem silently.\n\n"
        "Then the loader failed with this error:\n\n"
        "```\nOSError: cannot read the archive header\n```\n\n"
        "At this point I gave up and used the older release.\n"
    )
    questions = {card.question for card in cards_of(text, "parsing.md")}
    assert not any("ValueError" in question for question in questions)
    assert "OSError: cannot read the archive header" not in questions


def test_a_heading_quoting_a_compiler_error_is_asked_whole() -> None:
    text = (
        "# Building the extension\n\n## Problems\n\n"
        "### fatal error: zlib.h: No such file or directory\n\n"
        "The zlib headers are missing; install them:\n\n```sh\napt-get install zlib1g-dev\n```\n"
    )
    cards = by_question(cards_of(text, "extension.md"))
    assert "zlib1g-dev" in cards["fatal error: zlib.h: No such file or directory"].answer
