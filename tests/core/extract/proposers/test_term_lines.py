"""``Term: definition`` on one line: items, paragraph lines, definition lists."""

from __future__ import annotations

import pytest

from notecards.core.model import CardKind
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    "line",
    [
        "- Term: definition here",
        "- Term : definition here",
        "- **Term**: definition here",
        "- Term - definition here",
        "- Term → definition here",
        "1. Term: definition here",
        "* Term: definition here",
        "+ Term = definition here",
    ],
)
def test_term_definition_bullets(line: str) -> None:
    (card,) = cards_of(f"# Topic\n\n{line}\n")
    assert (card.kind, card.question, card.answer) == (CardKind.BASIC, "Term", "definition here")
    assert (card.line, card.context) == (3, ("Topic",))


def test_qualified_terms() -> None:
    cards = by_question(
        cards_of(
            "- Supremum, Least upper bound (상한): upper bound 중 가장 작은 것\n"
            "- RoI = Region of Interest\n"
            "- NMS: 여러 bounding box가 같은 class로 겹쳐있다면, 하나로 통합하는 방법\n"
        )
    )
    assert cards["Supremum, Least upper bound (상한)"].answer == "upper bound 중 가장 작은 것"
    assert cards["RoI"].answer == "Region of Interest"
    assert cards["NMS"].answer.startswith("여러 bounding box가")


def test_definition_with_nested_details_keeps_both() -> None:
    (card, *_rest) = cards_of("- 종합소득세: 직접 신고해야함\n    - 기한: 다음해 5월\n")
    assert card.answer == "직접 신고해야함\n- 기한: 다음해 5월"


def test_term_with_question_and_answer_arrow() -> None:
    (card,) = cards_of("- Autoencoder는 생성모델인가? → 엄밀히는 아님\n")
    assert (card.question, card.answer) == ("Autoencoder는 생성모델인가?", "엄밀히는 아님")


def test_math_is_kept_as_dollars() -> None:
    (card,) = cards_of("- Easy triplets: $d(a, p) + \\text{margin} < d(a, n)$\n")
    assert card.answer == "$d(a, p) + \\text{margin} < d(a, n)$"


def test_definition_with_code_keeps_the_code() -> None:
    text = "- `view`: reshape\n\n    ```python\n    x.view(2, 3)\n    ```\n"
    (card,) = cards_of(text)
    assert card.question == "`view`"
    assert "```python\nx.view(2, 3)\n```" in card.answer


def test_definition_lines_in_a_paragraph() -> None:
    text = "Precision: TP / (TP + FP)\nRecall: TP / (TP + FN)\n"
    assert [card.question for card in cards_of(text)] == ["Precision", "Recall"]


def test_wrapped_prose_is_not_a_definition() -> None:
    text = "Open the note next to the review screen and\ncompare: nothing was written for it.\n"
    assert cards_of(text) == []


def test_definition_lines_without_full_stops_and_wrapped_answers() -> None:
    text = (
        "## Net\nTCP: reliable stream\nUDP: unreliable datagrams,\nwith no set-up\n"
        "QUIC: streams over UDP\n\n"
        "The review screen shows cards and\ncompare: nothing else happens here.\n"
    )
    assert [(card.question, card.answer, card.line) for card in cards_of(text)] == [
        ("TCP", "reliable stream", 2),
        ("UDP", "unreliable datagrams, with no set-up", 3),
        ("QUIC", "streams over UDP", 5),
    ]


def test_a_defining_sentence_wrapped_after_a_link_is_answered_whole() -> None:
    """A hard-wrapped line that ends in a link (``... of a [group](groups.md)``) has not
    ended its sentence when the next line goes on in lower case."""
    text = (
        "# Notes\n\nSome words first.\n\n"
        "A coset is a set that holds the products of one element with a [subgroup](subgroups.md)\n"
        "on one side only.\n"
    )
    (card,) = [card for card in cards_of(text) if card.question == "coset"]
    assert card.answer.endswith("on one side only.")


def test_definition_lists() -> None:
    text = "Latency\n: the time one request takes\n\nThroughput\n:   requests served per second\n"
    assert [(card.question, card.answer, card.line) for card in cards_of(text)] == [
        ("Latency", "the time one request takes", 1),
        ("Throughput", "requests served per second", 4),
    ]


def test_a_defining_heading_keeps_its_section_and_a_title_heading_makes_no_split_card() -> None:
    text = (
        "# Models\n\n"
        "## GAN: Generative Adversarial Networks\n\n"
        "- a generator and a discriminator trained against each other\n\n"
        "## Part 2: Deployment\n\n"
        "Ship the model behind an HTTP endpoint.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["GAN"].answer == (
        "Generative Adversarial Networks\n"
        "- a generator and a discriminator trained against each other"
    )
    assert "Part 2" not in cards


def test_an_item_with_two_pairs_makes_two_cards() -> None:
    text = "## Scheduling\n\n- 선점형: 실행 중인 작업을 뺏음 / 비선점형: 끝날 때까지 기다림\n"
    cards = by_question(cards_of(text))
    assert cards["선점형"].answer == "실행 중인 작업을 뺏음"
    assert cards["비선점형"].answer == "끝날 때까지 기다림"


def test_indented_definition_lists_and_a_definition_under_an_item() -> None:
    text = (
        "## Serving\n\n"
        "Latency\n  : the time one request takes\n\n"
        "Throughput\n    : requests served per second\n\n"
        "- Tail latency\n  : the slowest requests, the 99th percentile\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Latency"].answer == "the time one request takes"
    assert cards["Throughput"].answer == "requests served per second"
    assert cards["Tail latency"].answer == "the slowest requests, the 99th percentile"


def test_symbol_terms_are_asked_in_code_with_their_heading() -> None:
    text = (
        "## Shell redirection\n\n"
        "- `>` : writes the output to a file\n"
        "- `>>` : appends to a file\n"
        "- | : feeds the output to the next command\n"
    )
    cards = by_question(cards_of(text))
    assert cards["`>>` — Shell redirection"].answer == "appends to a file"
    assert cards["`>>` — Shell redirection"].context == ("note", "Shell redirection")
    assert cards["`|` — Shell redirection"].answer == "feeds the output to the next command"


def test_a_description_on_the_left_of_a_code_name_asks_the_name() -> None:
    text = "- 함수\n  - 문자열 길이 함수 : strlen\n    - 널 문자 앞까지 센다\n  - 언어 : C\n"
    cards = by_question(cards_of(text))
    assert cards["strlen"].answer == "문자열 길이 함수\n- 널 문자 앞까지 센다"
    assert "C" not in cards  # no nested explanation: never turned around


def test_a_term_heading_said_again_on_a_later_slide_is_asked_once() -> None:
    heading = "## 지시 학습: 지시와 응답의 쌍으로 더 학습하는 것\n\n"
    text = "# LLM\n\n" + heading + "- 예시 1\n\n## 다른 주제\n\n- 내용\n\n" + heading + "- 예시 2\n"
    asked = [card.line for card in cards_of(text) if card.question == "지시 학습"]
    assert asked == [3]


def test_term_lines_under_an_items_first_are_a_card_each() -> None:
    """``1. Product Backlog : ...`` with ``Sprint : ...`` lines under it (indented as the
    item's text, no list marker): each line is its own term, not the first one's answer."""
    text = (
        "## Scrum\n\n"
        "1.  Product Backlog : 제품에 대한 요구 사항 목록\n"
        "    Sprint : 반복적인 개발 주기\n"
        "    Sprint Backlog : 개발 주기에 맞게 수행할 작업의 목록\n\n"
        "2.  Product Owner : 우선순위를 세우는 역할\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Product Backlog"].answer == "제품에 대한 요구 사항 목록"
    assert cards["Sprint"].answer == "반복적인 개발 주기"
    assert cards["Sprint Backlog"].answer == "개발 주기에 맞게 수행할 작업의 목록"
    assert cards["Sprint"].line == 4


def test_a_wrapped_definition_under_an_items_first_line_stays_its_answer() -> None:
    text = "- Cache: a small fast store\n  kept close to the processor.\n"
    (card,) = cards_of(text)
    assert card.answer == "a small fast store\nkept close to the processor."


def test_a_definition_going_on_below_its_term_line_is_not_cut() -> None:
    text = "- Cache: a small fast store, and\n  hot lines: the ones read most\n"
    (card,) = cards_of(text)
    assert card.question == "Cache"


def test_a_reading_list_of_names_and_paper_titles_makes_no_cards() -> None:
    """``Name: A Title Of Its Paper`` lists what to read: the subtitle defines nothing."""
    text = (
        "## Point clouds\n\n"
        "Points sampled from the surfaces of a scene.\n\n"
        "- GridNet: Learning Dense Features on Regular Grids for Shape Retrieval\n"
        "- MeshFlow: An Efficient Framework for Deforming Meshes in Real Time\n"
    )
    assert list(by_question(cards_of(text))) == ["Point clouds"]


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # a title with what it is about nested under it still asks its name
        (
            "- GridNet: Learning Dense Features on Regular Grids\n  - pools features per cell",
            "GridNet",
        ),
        # the words an acronym stands for define it
        ("- LSTM: Long Short-Term Memory for Sequence Models", "LSTM"),
        # a definition in lower case, or a sentence
        ("- Sharding: splitting one table across several servers", "Sharding"),
        ("- Raft: A consensus algorithm that is easy to follow.", "Raft"),
        # a symbol's meaning, capitalised like a title
        ("- $v_0$: Velocity at the Start of the Motion", "$v_0$"),
    ],
)
def test_a_term_line_whose_definition_is_no_bare_title_is_asked(line: str, term: str) -> None:
    assert term in by_question(cards_of(line))


def test_a_definition_wrapped_after_math_goes_on_to_its_sentences_end() -> None:
    text = (
        "__Cover__: A family $$U$$ is a cover of a set $$X$$\n"
        "if every point of $$X$$ lies in some member of $$U$$.\n"
    )
    (card,) = cards_of(text)
    assert card.answer.endswith("lies in some member of $$U$$.")


def test_the_notes_own_title_is_no_term_and_definition() -> None:
    text = (
        "# SQLite VACUUM: database or disk is full on a large file\n\n"
        "The fix was to point `SQLITE_TMPDIR` at a volume with enough room:\n\n"
        "    SQLITE_TMPDIR=/data sqlite-utils vacuum data.db\n"
    )
    cards = by_question(cards_of(text, "sqlite/vacuum-full.md"))
    assert "SQLite VACUUM" not in cards
    title = "SQLite VACUUM: database or disk is full on a large file"
    assert "SQLITE_TMPDIR" in cards[title].answer


def test_a_title_that_spells_out_its_acronym_is_split() -> None:
    text = (
        "# FACADE: A Framework for Adversarial Circuit Anomaly Detection and Evaluation\n\n"
        "Authors: A. Writer, B. Writer\n"
    )
    cards = by_question(cards_of(text, "papers/facade.md"))
    assert cards["FACADE"].answer.startswith("A Framework for Adversarial Circuit")


def test_no_term_line_inside_display_math_that_goes_on_from_a_sentence() -> None:
    """``We confirm that it holds`` + ``$$`` + ``&= b^TPb - b^TP^2b \\\\`` ...: a formula
    opened right under a line of prose stays in that paragraph, and its lines are math,
    never ``Term - definition`` lines."""
    text = (
        "# Projection\n\n"
        "We confirm that the residual is orthogonal\n"
        "$$\n\\begin{align*}\n"
        "y^T r &= (Pb)^T(b - Pb) \\\\\n"
        "&= b^TP^Tb - b^TP^TPb \\\\\n"
        "&= 0\n\\end{align*}\n$$\n"
        "Idempotent: applying it twice is applying it once\n"
        "$$\\ell_1$$ distance: the sum of the absolute differences\n\n"
        "If $E(C) = E(G)$$, we are done.\n"
        "Splice: joining one closed trail into another at a shared vertex\n"
    )
    cards = cards_of(text, "proj.md")
    assert [card.question for card in cards if card.question.startswith("b^")] == []
    assert by_question(cards)["Idempotent"].answer == "applying it twice is applying it once"
    # math inline at the start of a line of prose is no formula of its own
    assert "$$\\ell_1$$ distance" in by_question(cards)
    assert "Splice" in by_question(cards)  # a stray "$$" opens no formula


def test_a_line_naming_what_the_line_above_says_answers_with_that_line() -> None:
    """``Plants turn light into sugar.`` + ``This process is called photosynthesis.``, each on
    a line of its own: the line that points back names what the line above it says."""
    text = (
        "# Plants\n\nSome words first.\n\n"
        "Leaves turn sunlight, water and air into sugar.\n"
        "This process is called photosynthesis.\n"
        "Roots: take water up from the soil\n"
    )
    cards = by_question(cards_of(text))
    assert cards["photosynthesis"].answer == (
        "Leaves turn sunlight, water and air into sugar. This process is called photosynthesis."
    )
    assert cards["Roots"].answer == "take water up from the soil"
