"""Cards from markdown structure: every pattern in DESIGN's Extraction section."""

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


def test_term_with_nested_bullets() -> None:
    text = (
        "## RNN\n\n"
        "- LSTM\n"
        "    - Long Short Term Memory\n"
        "    - cell state가 gradient를 잘 전달함\n"
        "    - Forget gate - 무엇을 버릴지 결정\n"
    )
    cards = by_question(cards_of(text))
    assert cards["LSTM"].answer == (
        "- Long Short Term Memory\n"
        "- cell state가 gradient를 잘 전달함\n"
        "- Forget gate - 무엇을 버릴지 결정"
    )
    assert cards["LSTM"].context == ("RNN",)
    assert cards["Forget gate"].context == ("RNN", "LSTM")


def test_definition_with_nested_details_keeps_both() -> None:
    (card, *_rest) = cards_of("- 종합소득세: 직접 신고해야함\n    - 기한: 다음해 5월\n")
    assert card.answer == "직접 신고해야함\n- 기한: 다음해 5월"


def test_heading_whose_body_is_a_list() -> None:
    text = (
        "## Pie Chart\n\n"
        "- 원을 부채꼴로 분할하여 표현하는 차트\n"
        "- 연구단계에선 지양\n"
        "- Donut Chart → 가운데가 빔\n"
    )
    cards = by_question(cards_of(text))
    assert (
        cards["Pie Chart"].answer == "- 원을 부채꼴로 분할하여 표현하는 차트\n- 연구단계에선 지양"
    )
    assert cards["Pie Chart"].line == 1
    assert cards["Donut Chart"].context == ("Pie Chart",)


def test_heading_of_definitions_is_context_not_a_card() -> None:
    text = "## Optimizers\n\n- Adam: momentum + RMSProp\n- SGD: one sample at a time\n"
    assert [card.question for card in cards_of(text)] == ["Adam", "SGD"]


def test_question_paragraph_answered_by_a_list() -> None:
    text = "Noisy label이란 무엇을 의미하는가?\n\n- 라벨이 잘못 붙은 데이터\n- 사람 실수로 생김\n"
    (card,) = cards_of(text)
    assert card.question == "Noisy label이란 무엇을 의미하는가?"
    assert card.answer == "- 라벨이 잘못 붙은 데이터\n- 사람 실수로 생김"


def test_term_with_question_and_answer_arrow() -> None:
    (card,) = cards_of("- Autoencoder는 생성모델인가? → 엄밀히는 아님\n")
    assert (card.question, card.answer) == ("Autoencoder는 생성모델인가?", "엄밀히는 아님")


def test_context_is_the_heading_path() -> None:
    text = (
        "# ML\n## PyTorch Tensor\n- view: reshape\n### Deeper\n- squeeze: drop\n# Other\n- x: why\n"
    )
    cards = by_question(cards_of(text))
    assert cards["view"].context == ("ML", "PyTorch Tensor")
    assert cards["squeeze"].context == ("ML", "PyTorch Tensor", "Deeper")
    assert cards["x"].context == ("Other",)


def test_emoji_and_trailing_colons_are_cleaned_from_context() -> None:
    (card,) = cards_of("## 🧩 ML library\n- view: reshape\n")
    assert card.context == ("ML library",)


def test_math_is_kept_as_dollars() -> None:
    (card,) = cards_of("- Easy triplets: $d(a, p) + \\text{margin} < d(a, n)$\n")
    assert card.answer == "$d(a, p) + \\text{margin} < d(a, n)$"


def test_definition_with_code_keeps_the_code() -> None:
    text = "- `view`: reshape\n\n    ```python\n    x.view(2, 3)\n    ```\n"
    (card,) = cards_of(text)
    assert card.question == "`view`"
    assert "```python\nx.view(2, 3)\n```" in card.answer


def test_misindented_list_is_read_as_a_list() -> None:
    text = "## 23.02.01. TIL\n\n    - 전후방산업\n        - 전방산업: 최종소비자에 가까운 산업\n"
    cards = by_question(cards_of(text))
    assert cards["전방산업"].answer == "최종소비자에 가까운 산업"
    assert cards["전방산업"].line == 4


def test_definition_lines_in_a_paragraph() -> None:
    text = "Precision: TP / (TP + FP)\nRecall: TP / (TP + FN)\n"
    assert [card.question for card in cards_of(text)] == ["Precision", "Recall"]


def test_wrapped_prose_is_not_a_definition() -> None:
    text = "Open the note next to the review screen and\ncompare: nothing was written for it.\n"
    assert cards_of(text) == []


def test_prose_definition_sentence() -> None:
    (card,) = cards_of("계수의 합이 1인 경우, 이를 convex combination이라고 함\n")
    assert card.question == "convex combination"


class TestExplicitMarkup:
    def test_basic_and_reversed(self) -> None:
        cards = cards_of("Capital of France? :: Paris\nspaced repetition ::: 간격 반복\n")
        assert [(c.kind, c.question, c.answer) for c in cards] == [
            (CardKind.BASIC, "Capital of France?", "Paris"),
            (CardKind.REVERSED, "spaced repetition", "간격 반복"),
        ]

    def test_cloze_deletions(self) -> None:
        (card,) = cards_of("The EF floor is {{c1::1.3}} and starts at {{c2::2.5}}.\n")
        assert card.kind is CardKind.CLOZE
        assert card.question == "The EF floor is {{c1::1.3}} and starts at {{c2::2.5}}."

    def test_highlights(self) -> None:
        (card,) = cards_of("- The ==mitochondria== makes ==ATP==\n")
        assert card.question == "The {{c1::mitochondria}} makes {{c1::ATP}}"

    def test_cloze_wrapped_over_lines_is_one_card(self) -> None:
        (card,) = cards_of(
            "A long sentence with a {{c1::deletion}}\nthat wraps onto a second line.\n"
        )
        assert card.question.endswith("second line.")

    def test_markup_inside_code_is_ignored(self) -> None:
        assert cards_of("```cpp\nstd::vector<int> v; // ==x== {{c1::y}}\n```\n") == []


class TestNotCards:
    def test_code_tables_images_html_math_blocks(self) -> None:
        text = (
            "```python\nx: int = 1\nterm: definition\n```\n\n"
            "| term | definition |\n|---|---|\n| a: b | c |\n\n"
            "![diagram: an image](img.png)\n\n"
            "<div>Term: definition</div>\n\n"
            "$$\na: b\n- c: d\n$$\n"
        )
        assert cards_of(text) == []

    def test_link_lists_and_references(self) -> None:
        text = (
            "- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)\n"
            "- 참고 링크: https://example.org/post\n"
            "- https://example.org/raw-url\n\n"
            "[^1]: Wikipedia contributors. Moment (mathematics).\n\n"
            "## References\n\n- Dropout: Srivastava et al., 2014\n"
        )
        assert cards_of(text) == []

    def test_dates(self) -> None:
        assert cards_of("*2021.04.25*\n\n2023년 1월 5일\n") == []

    def test_retrospective_sections_are_skipped_whole(self) -> None:
        text = (
            "# 🤔학습 회고\n\n- 잘했던것: 밀리지 않고 처리한 것\n\n"
            "## 도전할 것\n\n- 논문: 하나 요약하기\n"
            "# 다음 주제\n\n- Term: kept\n"
        )
        assert [card.question for card in cards_of(text)] == ["Term"]

    def test_homework_labels_are_not_terms(self) -> None:
        text = "- 기본 과제 1 (MLP)\n    - 강의 코드를 그대로 재현\n    - 레이어 크기를 지정\n"
        assert cards_of(text) == []

    def test_chatter_and_labels(self) -> None:
        text = (
            "- 오늘은 세 시간 공부함\n- 내일은 CNN 복습하기\n- 참고: 교재 3장\n- e.g.: 예를 들어\n"
        )
        assert cards_of(text) == []

    def test_repeated_category_headings_are_not_topics(self) -> None:
        text = "## ML library\n\n- 첫째 사실\n- 둘째 사실\n\n## ML library\n\n- 셋째 사실\n- 넷째\n"
        assert cards_of(text) == []

    def test_dated_entries_are_not_topics(self) -> None:
        text = "## Tensor tricks\n\n*2021.09.20*\n\n- 첫째 사실\n- 둘째 사실\n"
        assert cards_of(text) == []


DAILY_LOG = """# 2026-03-10 Daily log

## What I did
- Fixed the login bug: turned out the cookie domain was wrong
- Lunch: ramen

## Learned
- Quorum: w + r > n guarantees an up-to-date read

## Tomorrow
- Finish: the pull request

## Mood
Tired: slept only 5 hours.
"""


def test_a_diary_note_keeps_what_was_learned_and_skips_the_rest() -> None:
    cards = cards_of(DAILY_LOG)
    assert [(card.question, card.context) for card in cards] == [
        ("Quorum", ("2026-03-10 Daily log", "Learned"))
    ]


def test_a_retrospective_or_a_diary_section_is_skipped_whole() -> None:
    retrospective = "# 3월 회고\n\n## 배운 것\n- 시간 관리: 잘 못했다\n"
    assert cards_of(retrospective) == []
    section = "# Databases\n\n## Journal\n\n### Monday\n- Index: sped up the query\n"
    assert cards_of(section) == []


LECTURE = r"""# Probability

### Definition 3.1 (Sample space)
The set $\Omega$ of all possible outcomes.

### Definition 3.2
A **random variable** is a measurable function $X: \Omega \to \mathbb{R}$.

### Theorem 3.3 (Bayes)
For events with $P(B) > 0$:

$$P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}$$

**Proof.** Follows from the definition of conditional probability.

### Definition 3.4 (Support)
- Support: where the density is positive

### Definition
Nothing emphasised here, so nothing to ask.

Remark: the variance can be infinite.

> **Example 3.5** Rolling a die: six outcomes.
"""


def test_definition_and_theorem_headings_ask_for_what_they_name() -> None:
    cards = {card.question: card for card in cards_of(LECTURE)}
    assert set(cards) == {"Sample space", "random variable", "Bayes", "Support"}
    assert cards["Sample space"].answer == r"The set $\Omega$ of all possible outcomes."
    assert cards["Sample space"].context == ("Probability",)
    assert cards["random variable"].line == 6
    assert cards["Bayes"].answer.endswith(r"\frac{P(B \mid A) P(A)}{P(B)}$$")
    assert cards["Bayes"].answer.startswith("For events")
    assert cards["Support"].line == 17  # the item's own card
    assert len(cards_of(LECTURE)) == 4  # and not a second one from the heading


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


def test_definition_lists() -> None:
    text = "Latency\n: the time one request takes\n\nThroughput\n:   requests served per second\n"
    assert [(card.question, card.answer, card.line) for card in cards_of(text)] == [
        ("Latency", "the time one request takes", 1),
        ("Throughput", "requests served per second", 4),
    ]


def test_reading_lists_and_unsure_answers_make_no_cards() -> None:
    text = (
        "## Papers\n- [Attention is all you need](https://arxiv.org/abs/1706.03762): 논문\n"
        "- [ResNet](https://arxiv.org/abs/1512.03385) - residual networks\n"
        "- <https://distill.pub/2016/augmented-rnns/>\n\n"
        "## 읽을거리\n- Pro Git: 무료 책\n\n"
        "## 오늘의 한 줄\n- 커밋은 자주, 작게!\n\n"
        "## Branching\n- 브랜치 전략: 아직 잘 모르겠다\n- Rebase: not sure\n"
        "- Merge: joins two histories\n"
    )
    assert [card.question for card in cards_of(text)] == ["Merge"]
