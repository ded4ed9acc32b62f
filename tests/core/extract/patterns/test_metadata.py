"""Metadata, an exercise's constraints and sample values: pairs with nothing to learn."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import metadata
from notecards.core.extract.patterns.metadata import is_metadata_paragraph, is_not_knowledge
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("file-path", "library/physics/2005_Griffiths_Quantum.pdf"),
        ("alias", "MPS, matrix product state"),
        ("collapsed:: true", "the block's first child"),
        ("BEGIN_NOTE", "a remark in an admonition"),
        ("id", "64e4c247-88fb-4f65-a2dc-612c882c026d"),
        ("메모리 제한", "256 MB"),
        ("시간 제한", "2 초"),
        ("Time", "1836ms"),
        ("Total work time", "7:59"),
        ("user_id", "48213"),
        ("label", "[1, 0, 0]"),
        ("고양이", "[0, 1, 0]"),
        ("visited[3]", "True"),
        ("Width", "1120"),
        ("`x_norm_clstoken`", "(bs, emb_size)"),
        ("OS", "[e.g. Ubuntu 22.04]"),
        ("$n_2=7$", "two of the keys land in the seventh bucket"),
        ("k = 3", "the third pass over the digits"),
        ("$n_2=7$ — bucket sort", "two of the keys land in the seventh bucket"),
        ("https://arxiv.org/abs/2101.03961>", "Switch Transformers (load balancing loss)"),
        ("<https://example.com/blog/release>", "the release announcement"),
        ("`https://github.com/example/tap`", "the repository that gets tapped"),
        ("created", "2024-03-01"),
        ("Updated", "3 days ago"),
        ("Hello World", '("Hello", 1), ("World", 1)'),
        ("coords", "[0, 1], [1, 2], [2, 3]"),
    ],
)
def test_metadata_constraints_and_sample_values(question: str, answer: str) -> None:
    assert is_not_knowledge(question, answer)


def test_a_time_stamp_word_with_a_sentence_is_a_term() -> None:
    # "created", "modified": metadata keys whose value is a time; a hook or a state of that
    # name explained in words is a term of its own
    text = (
        "## Hooks\n\n- created\n\n  > 데이터와 이벤트가 준비되어 접근할 수 있는 시점\n\n"
        "## File states\n\nModified: changed in the working tree but not yet staged\n"
    )
    cards = {card.question: card.answer for card in cards_of(text, "vue.md")}
    assert cards["created"] == "데이터와 이벤트가 준비되어 접근할 수 있는 시점"
    assert cards["Modified"] == "changed in the working tree but not yet staged"
    assert is_not_knowledge("Modified", "2024-03-01 10:00")


def test_a_metadata_word_answered_by_a_sentence_is_a_topic() -> None:
    """``## Alias`` in SQL notes, ``Layout`` in Android ones: a heading that is also a
    metadata key, answered by a whole sentence, asks about the concept. A value stays
    metadata, a headline too (no closing stop)."""
    text = "## Alias\n\n별칭은 컬럼 이름 뒤에 한 칸 띄고 쓰거나 AS 뒤에 쓰는 두 가지 방법이 있다.\n"
    assert by_question(cards_of(text, "sql.md"))["Alias"].answer.startswith("별칭은 컬럼")
    assert not is_not_knowledge("Layout", "Says how the views of a screen are arranged.")
    assert is_not_knowledge("alias", "MPS")
    assert is_not_knowledge("title", "서울 지하철 요금 오늘부터 오른다")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("int", "4바이트"),
        ("1 Kibi", "1024 bytes"),
        ("Number of rounds", "48"),
        ("RGB", "(Red, Green, Blue)"),
        ("`id`", "사용자와 그룹 정보를 보여줌"),
        ("ID", "Identification flag of the processor"),
        ("Parent", "어떠한 노드의 부모 노드"),
        ("Memory", "4KB (4096 bytes) of RAM"),
        ("Spring Boot version", "2.1.6"),
        ("$E=mc^2$", "mass and energy are equivalent"),
    ],
)
def test_facts_with_values_stay(question: str, answer: str) -> None:
    assert not is_not_knowledge(question, answer)


def test_code_set_to_a_number_is_a_setting_not_a_step() -> None:
    """```MAX_RETRIES=3``` asked with what setting it does is a setting (an environment
    variable, a keyword argument), not one step of a worked example (``$k=3$``)."""
    sentence = "Setting that `CACHE_OFFLINE=1` environment variable stops every download."
    assert not is_not_knowledge("`CACHE_OFFLINE=1`", sentence)
    assert not is_not_knowledge("`retries=3`", "the request is tried three times at most")
    cards = by_question(cards_of(f"# Offline caches\n\nA first line.\n\n{sentence}\n"))
    assert cards["`CACHE_OFFLINE=1`"].answer == sentence


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Attendance", "10%"),
        ("Levels", "3, 5, 10"),
        ("Output size", "13×13×384"),
        ("Setting it up", "1.\n2.\n3."),
        ("Totals", "- 10\n- 100"),
    ],
)
def test_a_value_or_an_empty_list_is_not_knowledge(question: str, answer: str) -> None:
    assert is_not_knowledge(question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [("Host", "`db-server`"), ("Password", "`secret1`"), ("비밀번호", "`hello`"),
     ("username", "admin"), ("Conn Id", "`warehouse_conn`")],
)  # fmt: skip
def test_a_setups_own_login_and_connection_values_are_not_knowledge(
    question: str, answer: str
) -> None:
    assert is_not_knowledge(question, answer)


def test_what_a_login_field_is_stays() -> None:
    assert not is_not_knowledge("Host", "the machine the database runs on")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("arrow operator in C", "`->`"),
        ("one-sided limit from the right", "$0^+$"),
        ("타다", "태우다"),
        ("Obtuse angle", "more than 90 degrees"),
    ],
)
def test_code_math_and_words_are_answers(question: str, answer: str) -> None:
    assert not is_not_knowledge(question, answer)


def test_a_letter_first_is_a_letter_found() -> None:
    """is_not_knowledge takes an answer opening with an isalpha character as holding a letter."""
    missed = [
        code
        for code in range(0x110000)
        if chr(code).isalpha() and metadata._LETTER.match(chr(code)) is None
    ]
    assert missed == []


@pytest.mark.parametrize(
    "line",
    ["__Parent__: [Stochastic Processes](../stochastic_processes.md)", "Venue: NeurIPS 2023"],
)
def test_a_parent_or_a_venue_line_is_metadata(line: str) -> None:
    assert is_metadata_paragraph(line)


def test_a_title_is_answered_past_its_parent_line() -> None:
    text = (
        "# Chinese Restaurant Process\n\n__Parent__: [Stochastic Processes](../processes.md)\n\n"
        "The Chinese Restaurant Process is a stochastic process over partitions.\n"
    )
    (card,) = cards_of(text, "crp.md")
    assert card.answer.startswith("The Chinese Restaurant Process is")


def test_a_reference_list_of_web_addresses_is_no_card_but_a_scheme_named_term_stays() -> None:
    """``- <https://arxiv.org/abs/...>: its title``: a reference, asked by its address; an
    ADSI binding string (``LDAP://server01``) is a term of its own."""
    references = "# Quantisation\n\n- <https://arxiv.org/abs/2210.17323>: GPTQ paper\n"
    assert cards_of(references) == []
    assert not is_not_knowledge("LDAP://server01", "bind to a specific server")


@pytest.mark.parametrize(
    "answer",
    [
        "6kyu\nfailed\nhttps://www.codewars.com/kata/sum-of-pairs/python",
        "Silver 3\nhttps://www.acmicpc.net/problem/1012",
        "7kyu\npassed with java\nhttps://www.codewars.com/kata/maximum-product/java",
        "https://example.com/themes/installing-themes\nkind tutorial",
    ],
)
def test_a_record_of_where_an_exercise_is_is_not_knowledge(answer: str) -> None:
    """An answer of a link and short fields (a level, a result) says no word of what the
    exercise asks or how it was solved: ``# Sum of pairs`` + ``6kyu`` + ``failed`` + the
    kata's address."""
    assert is_not_knowledge("Sum of Pairs", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Pick the smallest digit first\nhttps://www.codewars.com/kata/form-the-minimum",
        "https://docs.python.org/3/library/functools.html\nUse `functools.cache` when pure",
    ],
)
def test_a_link_with_a_sentence_stays(answer: str) -> None:
    assert not is_not_knowledge("Sum of Pairs", answer)


def test_an_exercise_note_opening_with_its_record_asks_no_title() -> None:
    text = (
        "# Sum of Pairs\n\n6kyu\nfailed\nhttps://www.codewars.com/kata/sum-of-pairs/python\n\n"
        "## Instructions\n\nGiven a list of integers and a target, return the first pair.\n"
    )
    assert "Sum of Pairs" not in [card.question for card in cards_of(text, "sum_of_pairs.md")]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("NET::ERR_CERT_INVALID 에러", "브라우저에서 `thisisunsafe`를 입력하면 접속된다"),
        ("std::move", "casts its argument to an rvalue reference"),
        ("`Vec::with_capacity`", "allocates room for that many elements up front"),
    ],
)
def test_a_name_with_a_scope_operator_is_no_property(question: str, answer: str) -> None:
    """An outliner's property is ``key:: value``, a space after the colons; a C++ or Rust
    path and an error code (``std::move``, ``NET::ERR_CERT_INVALID``) are names to learn."""
    assert not is_not_knowledge(question, answer)


def test_a_note_titled_by_an_error_code_is_answered() -> None:
    text = (
        "---\ntitle: NET::ERR_CERT_INVALID 에러\n---\n\n"
        "자체 서명 인증서로 https를 켰더니 `NET::ERR_CERT_INVALID`가 뜨면, 브라우저 화면을 "
        "누르고 `thisisunsafe`를 입력하면 들어갈 수 있다\n"
    )
    (card,) = cards_of(text, "_wiki/cert-error.md")
    assert card.question == "NET::ERR_CERT_INVALID 에러"
    assert "thisisunsafe" in card.answer


def test_the_options_of_a_multiple_choice_question_are_not_knowledge() -> None:
    assert is_not_knowledge("Can a volume be shared?", "a. Yes\nb. **No**\nc. Only when read-only")
    assert is_not_knowledge("풀링의 목적이 아닌 것은?", "① 차원 축소\n② 불변성 확보\n③ 채널 증가")
    assert not is_not_knowledge("Steps", "a. parse the input\nthen the tree is walked")


def test_a_metadata_key_in_code_is_a_command() -> None:
    assert not is_not_knowledge("`date`", "시간과 날짜를 출력하거나 바꾼다")
    assert is_not_knowledge("date", "2024-03-01")


def test_a_label_over_a_to_do_list_is_no_card() -> None:
    """``- 액션아이템`` + ``- [ ] ...`` items: the writer's plans, nothing to recall."""
    text = (
        "## 목표\n\n- 액션아이템\n  - [ ] 독서노트를 자기 말로 다시 쓴다\n"
        "  - [x] 매주 한 번 회고를 적는다\n"
    )
    assert "액션아이템" not in [card.question for card in cards_of(text)]
