"""A glossary table: each row's first cell asks, the rest of the row answers."""

from __future__ import annotations

import pytest

from notecards.core.extract.proposers.table_rows import cells
from tests.conftest import by_question, cards_of


def test_a_two_column_table_of_commands_is_a_glossary() -> None:
    text = (
        "## Shell\n\n"
        "| 명령어 | 설명 |\n|---|---|\n"
        "| `tree` | 디렉토리 구조를 트리 형태로 보여준다 |\n"
        "| `sort [파일] \\| uniq` | 정렬한 뒤 중복 줄을 없앤다 |\n"
        "| `touch [파일]` | 빈 파일을 만든다 |\n"
    )
    cards = by_question(cards_of(text))
    assert cards["`tree`"].answer == "디렉토리 구조를 트리 형태로 보여준다"
    assert cards["`tree`"].line == 5
    assert cards["`sort [파일] | uniq`"].answer == "정렬한 뒤 중복 줄을 없앤다"
    assert cards["`tree`"].context == ("note", "Shell")
    assert "Shell" not in cards  # the table is read row by row, not as one answer


def test_more_columns_are_named_by_their_headers() -> None:
    text = (
        "# Link layer\n\n"
        "| Service | What it does | Where |\n| --- | --- | --- |\n"
        "| Framing | Wraps a datagram in a frame | adapter |\n"
        "| Flow control | Paces sender and receiver | both ends |\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Framing"].answer == "What it does: Wraps a datagram in a frame\nWhere: adapter"


def test_a_pipe_inside_code_stays_in_its_cell() -> None:
    assert cells("| `a | b` | pipes \\| escaped |") == ["`a | b`", "pipes | escaped"]


def test_a_table_of_data_is_no_glossary() -> None:
    text = (
        "## Results\n\n| run | loss | accuracy |\n|---|---|---|\n"
        "| 1 | 0.52 | 81% |\n| 2 | 0.47 | 84% |\n| 3 | 0.45 | 85% |\n"
    )
    assert not any(card.line > 3 for card in cards_of(text))


def test_a_comparison_is_answered_whole_not_by_row() -> None:
    compared_by_heading = (
        "## SIGINT vs SIGTERM\n\n| signal | use |\n|---|---|\n"
        "| SIGINT | interrupt from the keyboard |\n| SIGTERM | polite termination request |\n"
    )
    compared_by_column = (
        "## Spark\n\n| 구분 | RDD | DataFrame |\n|---|---|---|\n"
        "| 스키마 | 없음 | 있음 |\n| 최적화 | 수동 | Catalyst가 자동으로 |\n"
    )
    assert "SIGINT" not in by_question(cards_of(compared_by_heading))
    assert "스키마" not in by_question(cards_of(compared_by_column))


def test_a_table_without_a_header_is_no_glossary() -> None:
    text = (
        "## Languages\n\n|   |   |\n|---|---|\n"
        "| compiled | compiled and interpreted |\n| manual memory | garbage collected |\n"
    )
    assert "compiled" not in by_question(cards_of(text))


def test_a_table_too_long_for_a_glossary_is_data() -> None:
    rows = "".join(f"| mispelt{number} | spelt{number} |\n" for number in range(60))
    text = "## Corrections\n\n| wrong | right |\n|---|---|\n" + rows
    assert cards_of(text) == []


@pytest.mark.parametrize(
    "row", ["| a | b |", "a | b", "|a|b|c|", "| x |  | z |", "| 한글 | 0x1F |"]
)
def test_a_row_without_code_splits_at_every_pipe(row: str) -> None:
    expected = [cell.strip() for cell in row.strip().split("|")]
    expected = expected[1:] if not expected[0] else expected
    expected = expected[:-1] if not expected[-1] else expected
    assert cells(row) == expected


def test_a_column_of_amounts_is_data() -> None:
    text = (
        "## Training data\n\n| dataset | tokens |\n|---|---|\n"
        "| Common Crawl | 410B |\n| WebText2 | 19B |\n| Wikipedia | 3B |\n"
    )
    assert cards_of(text) == []


def test_a_size_said_in_words_is_a_fact() -> None:
    text = "## C types\n\n| type | size |\n|---|---|\n| `int` | 4 bytes |\n| `char` | 1 byte |\n"
    assert by_question(cards_of(text))["`int`"].answer == "4 bytes"


def test_a_table_tracing_one_expression_step_by_step_gives_no_card() -> None:
    """Each row marks its step in the same expression (``**A**+B``, ``A**+**B``): a trace
    of a worked example, whose first column names no term of its own."""
    rows = "\n".join(
        f"| {expression} | {output} | {stack} |"
        for expression, output, stack in [
            ("**A**+B×C", "A", ""),
            ("A**+**B×C", "A", "+"),
            ("A+**B**×C", "AB", "+"),
            ("A+B**×**C", "AB", "+×"),
            ("A+B×**C**", "ABC", "+×"),
            ("A+B×C", "ABC×+", ""),
        ]
    )
    text = f"# Postfix\n\n| position | output | stack |\n|---|---|---|\n{rows}\n"
    assert not [card for card in cards_of(text) if "B×C" in card.question]


def test_a_column_of_examples_answers_no_row_on_its_own() -> None:
    """``| 의미 | 예문 |``: each row's example shows the sense, it does not say what it is;
    beside a column that says something, it stays in the answer."""
    usage = (
        "# 조사\n\n| 의미 | 예문 |\n|---|---|\n| 도구 | 가위로 종이를 자른다 |\n"
        "| 재료 | 콩으로 메주를 쑨다 |\n| 경로 | 산길로 가다가 여우를 만났다 |\n"
    )
    assert not {"도구", "재료", "경로"} & {card.question for card in cards_of(usage)}
    glossary = (
        "# 자료구조\n\n| 용어 | 뜻 | 예시 |\n|---|---|---|\n"
        "| 큐 | 먼저 넣은 것을 먼저 꺼내는 구조 | 줄 서기 |\n"
        "| 스택 | 나중에 넣은 것을 먼저 꺼내는 구조 | 접시 쌓기 |\n"
    )
    cards = by_question(cards_of(glossary))
    assert cards["큐"].answer == "뜻: 먼저 넣은 것을 먼저 꺼내는 구조\n예시: 줄 서기"


def test_two_named_columns_side_by_side_are_compared_not_a_glossary() -> None:
    text = (
        "# Transport\n\n"
        "| Stream sockets | Datagram sockets |\n|---|---|\n"
        "| connection first | no connection |\n"
        "| ordered delivery | no ordering |\n"
        "| slower | faster |\n"
    )
    questions = {card.question for card in cards_of(text, "net/sockets.md")}
    assert not questions & {"connection first", "ordered delivery", "slower"}


def test_a_header_that_says_what_its_rows_are_keeps_the_glossary() -> None:
    glossary = (
        "| 명령어 | 설명 |\n|---|---|\n| `ls` | 목록을 보여줌 |\n| `pwd` | 현재 위치를 보여줌 |\n"
    )
    questions = set(by_question(cards_of(f"# 셸\n\n{glossary}", "sh.md")))
    assert "`pwd`" in questions
    assert any(question.endswith("`ls`") for question in questions)
    formulas = "| $f(x)$ | $F(x)$ |\n|---|---|\n| $x^n$ | $x^{n+1}/(n+1)$ |\n| $e^x$ | $e^x$ |\n"
    assert "$x^n$" in by_question(cards_of(f"# Integrals\n\n{formulas}", "calc.md"))
