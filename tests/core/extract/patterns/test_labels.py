"""Labels and headings that name a part of a lesson, not something to learn."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import labels
from notecards.core.extract.patterns.labels import is_generic_heading, is_generic_label
from tests.conftest import cards_of


def test_a_lessons_objectives_and_a_labs_steps_are_parts_not_topics() -> None:
    for heading in ("학습 목표", "Learning objectives", "실습 순서", "실행 결과", "Agenda"):
        assert is_generic_heading(heading)
    text = (
        "## 학습 목표\n\n- 해시 테이블의 충돌 해결 방법을 이해한다\n- 체이닝을 구현한다\n\n"
        "## 체이닝\n\n- 버킷: 같은 해시값을 가진 원소들을 담는 연결 리스트\n"
    )
    assert [card.question for card in cards_of(text)] == ["버킷"]


def test_an_example_input_and_output_are_labels() -> None:
    for label in ("입력", "출력", "정답"):
        assert is_generic_label(label)
    text = "## 감성 분류\n\n- 입력: 배송이 너무 늦었어요\n- 출력: 부정\n"
    questions = [card.question for card in cards_of(text)]
    assert "입력" not in questions and "출력" not in questions


def test_lines_pages_tutorials_and_studios_are_numbered_parts() -> None:
    for part in ("Line 45", "Studio 6", "Tutorial 2", "Page 3", "Rec 06"):
        assert labels.is_numbered_label(part), part
    for name in ("Pipeline 2", "HTTP 2", "Linear 3"):
        assert not labels.is_numbered_label(name), name


@pytest.mark.parametrize("heading", ["시작", "시작하며", "들어가며", "마무리", "맺음말"])
def test_a_heading_that_only_opens_or_closes_the_note_is_generic(heading: str) -> None:
    assert labels.is_generic_heading(heading)


@pytest.mark.parametrize("label", ["정리하면", "요약하면", "In short", "To summarize:"])
def test_a_summing_up_phrase_is_a_generic_label(label: str) -> None:
    assert labels.is_generic_label(label)


def test_a_courses_logistics_are_parts_not_topics() -> None:
    for heading in ("Textbook", "Course Book", "Assessments", "Prerequisites", "Office Hours"):
        assert is_generic_heading(heading), heading
    text = (
        "# CS2040S\n\n## Textbook\n\n_Introduction to Algorithms_ by Cormen and others.\n\n"
        "## Assessment\n\nThe course is 40% continuous assessment and 60% final exam.\n\n"
        "## Heaps\n\nA heap is a tree in which each parent is smaller than its children.\n"
    )
    assert [card.question for card in cards_of(text)] == ["heap"]
    assert not is_generic_heading("Risk Assessment")


@pytest.mark.parametrize("label", ["Prove", "Prove or disprove", "Show that", "Disprove"])
def test_an_exercises_instruction_is_a_label(label: str) -> None:
    assert is_generic_label(label)


@pytest.mark.parametrize("label", ["기타", "그 외", "Miscellaneous"])
def test_a_section_of_leftovers_is_a_label(label: str) -> None:
    assert is_generic_label(label)
    assert not is_generic_label("etc")  # a directory, /etc, is a name
    assert not is_generic_label("Others")  # a class of users in chmod


@pytest.mark.parametrize(
    "label", ["Overall", "In some sense", "More specifically", "Basically", "Typically", "Normally"]
)
def test_a_sentences_opening_words_are_a_label(label: str) -> None:
    assert is_generic_label(label)


def test_an_item_of_opening_words_asks_nothing() -> None:
    """``- In some sense:`` with the point nested under it: the words lead into the point,
    no card asks them."""
    text = (
        "# Natural selection\n\n- What selection acts on: whole organisms\n"
        "- In some sense:\n  - genes are never seen on their own\n"
        "  - they are passed on as a bundle\n"
    )
    assert "In some sense" not in [card.question for card in cards_of(text)]


def test_what_the_writer_learned_is_no_term_of_an_item() -> None:
    """``- 배운 점`` with what was learned nested under it: a part of a kata's review, no card
    asking "배운 점"; the nested lines say their own things."""
    assert is_generic_label("배운 점")
    text = (
        "# 문자열 뒤집기\n\n## 풀이 후기\n- 배운 점\n"
        "  - `reversed()`는 이터레이터를 돌려준다\n  - 슬라이싱 `[::-1]`이 더 빠르다\n"
    )
    assert "배운 점" not in [card.question for card in cards_of(text)]


@pytest.mark.parametrize("heading", ["Chapter 4", "Ch. 12", "Week 3", "3장", "2주차", "Lecture 7"])
def test_a_heading_that_only_numbers_a_part_is_a_numbered_part(heading: str) -> None:
    assert labels.is_numbered_part(heading)


@pytest.mark.parametrize("heading", ["Chapter 4: Consensus", "Exercise 2", "Step 1", "Example 3"])
def test_a_heading_naming_its_topic_or_an_exercise_is_no_numbered_part(heading: str) -> None:
    assert not labels.is_numbered_part(heading)


def test_one_of_several_numbered_or_lettered_examples_is_a_label() -> None:
    # "- 응답 1: ...", "- Template 2: ...", "- Assistant A: ...": one example among several,
    # its text no knowledge of its own
    for label in (
        "응답 1",
        "출력 2",
        "Template 3",
        "Output 2",
        "Doc 430144",
        "예시(a)",
        "예시 (6)",
    ):
        assert labels.is_numbered_label(label), label
    for label in ("선택지 A", "Assistant B", "Option C", "보기 D"):
        assert labels.is_numbered_label(label), label
    for name in ("Plan A", "Vitamin C", "Python 3", "Web 2", "HTTP 2"):
        assert not labels.is_numbered_label(name), name
    text = (
        "## 선호 평가\n\n- 질문: 좋은 아침 인사는?\n- 응답 1: 좋은 아침이에요\n"
        "- 응답 2: 안녕히 주무셨어요\n- Assistant A: 밝게 인사한다\n- Assistant B: 짧게 답한다\n"
        "- 선호 학습: 두 응답 중 사람이 고른 쪽을 더 잘 내도록 학습하는 방법\n"
    )
    questions = [card.question for card in cards_of(text)]
    assert "선호 학습" in questions
    assert not {"응답 1", "응답 2", "Assistant A", "Assistant B"} & set(questions)
    for name in ("doc2vec", "HTTP response 429", "Image input 224"):
        assert not labels.is_numbered_label(name), name


def test_a_training_run_at_a_numbered_iteration_or_epoch_is_a_label() -> None:
    """``Iter 4900 : <sampled text>``, ``Epoch 3: loss 0.21``: one snapshot of a run's
    output, no knowledge of its own."""
    for label in ("Iter 0", "Iter750000", "Iteration 200", "Epoch 3", "epoch 12"):
        assert labels.is_numbered_label(label), label
    text = "## 학습 결과\n\n- Iter 0 : 랫만게좁뉘 쁠름끈\n- Iter 4900 : 를왔다내 루방덩이\n"
    assert not [card for card in cards_of(text) if card.question.startswith("Iter")]


@pytest.mark.parametrize("name", ["`date`", "`input`", "`output`"])
def test_a_label_word_in_code_is_a_name(name: str) -> None:
    assert not labels.is_generic_label(name)


def test_a_conferences_numbered_talks_are_numbered_parts() -> None:
    """``Keynote #2``, ``Talk 3``: what a conference note numbers holds a talk's notes; the
    number names no topic to ask."""
    for part in ("Keynote #2", "Keynote 4", "Talk 3", "Session #5", "Week #2"):
        assert labels.is_numbered_label(part), part
    for name in ("Python 3", "Stalk 3", "C#2", "MAID Track 1"):
        assert not labels.is_numbered_label(name), name
    text = (
        "# 오픈소스 컨퍼런스\n\n## Keynote #2\n\n홍길동\n\n"
        "작게 시작해서 메인테이너와 신뢰를 쌓는 것이 중요하다.\n"
    )
    assert "Keynote #2" not in [card.question for card in cards_of(text)]


@pytest.mark.parametrize(
    ("label", "generic"),
    [
        ("Motivating Example", True),
        ("Another example", True),
        ("Here’s an example", True),
        ("간단한 예시", True),
        ("SQL example", False),  # an example of a named subject: asked with it
        ("Counterexample", False),
    ],
)
def test_a_label_that_only_qualifies_an_example_is_generic(label: str, generic: bool) -> None:
    """``Motivating Example``, ``Another example``: what follows is an example, as under
    ``Example``; ``SQL example`` names what it is an example of."""
    assert labels.is_generic_label(label) is generic


def test_an_exercises_instructions_are_no_topic() -> None:
    """``## Instructions`` of a kata states the task set, not something to learn."""
    assert is_generic_heading("Instructions")
    text = (
        "# Sum of Odd Digits\n\n## Instructions\n\n"
        "Write a function that returns the sum of the odd digits of a number.\n\n"
        "## Best practice\n\n`sum(int(d) for d in str(n) if int(d) % 2)` reads each digit once.\n"
    )
    assert not any("Instructions" in card.question for card in cards_of(text))


@pytest.mark.parametrize("label", ["Soln", "WTS", "soln:"])
def test_short_forms_of_proof_labels_are_generic(label: str) -> None:
    """``Soln`` (a solution), ``WTS`` (what a proof wants to show) name nothing; ``PF`` stays
    a term (a flag's name, as in a CPU's flags)."""
    assert labels.is_generic_label(label)
    assert not labels.is_generic_label("PF")


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        ("Remark: the variance can be infinite.", True),
        ("**Note**: keep the old index until the new one is built", True),
        ("참고: 공식 문서의 예제를 따랐다", True),
        ("**Example 3.5** Rolling a die twice", True),
        ("예시: 광고 데이터", True),
        ("e.g. a toy dataset of ten rows", True),
        ("It is used in transformers.", False),
        ("Hence the result: the sum is even", False),
        ("R is in BCNF when", False),
    ],
)
def test_a_block_opening_with_a_label_is_an_aside_of_its_own(text: str, labelled: bool) -> None:
    assert labels.opens_with_a_label(text) is labelled


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("Source : hashes the client's IP", ("Source", ":", "hashes the client's IP")),
        ("**Update**: elements whose data changed", ("Update", ":", "elements whose data changed")),
        ("코드 : 소스코드. 읽기 전용", ("코드", ":", "소스코드. 읽기 전용")),
        ("Note: read chapter 2 first", None),  # an aside's label, never a name
        ("Round Robin : takes turns", None),  # a name of its own, read as a term already
    ],
)
def test_a_generic_word_that_can_name_a_thing_is_split_from_its_definition(
    line: str, split: tuple[str, str, str] | None
) -> None:
    assert labels.naming_label_split(line) == split


@pytest.mark.parametrize(
    ("answer", "shows"),
    [
        ("가**겠**다, 먹**겠**다", True),  # the ending under discussion, marked in two verbs
        ("walk**ed**, talk**ed**", True),
        ("우리**의** 집", True),
        (
            "**캐시**는 자주 쓰는 데이터를 가까이 두는 저장소",
            False,
        ),  # a bold term, then its particle
        ("데이터를 **정규화**하여 **저장**", False),  # bold words in a sentence
        ("a long answer that happens to mark walk**ed** " + "and goes on " * 8, False),
    ],
)
def test_a_short_answer_marking_part_of_a_word_shows_a_form(answer: str, shows: bool) -> None:
    assert labels.shows_a_form(answer) is shows


@pytest.mark.parametrize("label", ["Reminder", "Rephrased", "LHS", "RHS", "Interesting"])
def test_a_derivations_signposts_are_labels(label: str) -> None:
    """``Reminder: the lines can cross``, ``LHS: ...``: what a derivation reminds of,
    restates or finds interesting, and its two sides, name nothing to learn (``Recall``
    stays a term: precision and recall)."""
    assert is_generic_label(label)
    text = f"# Loops\n\n- {label}: the two sides agree once the limit is taken\n"
    assert not any(card.question == label for card in cards_of(text, "math/loops.md"))


@pytest.mark.parametrize(
    ("line", "states"),
    [
        ("Theorem. Every tree with n nodes has n - 1 edges.", True),
        ("**Corollary**: a finite group of prime order is cyclic", True),
        ("Prop. The map is injective.", True),
        ("Theorems of calculus", False),
        ("Theorem 3.2. A numbered one asks by its number.", False),
        ("Claim: the paper says distillation helps", False),
    ],
)
def test_a_line_may_open_by_stating_an_unnumbered_result(line: str, states: bool) -> None:
    assert labels.states_a_result(line) is states


def test_what_a_run_or_an_assignment_came_to_is_named_work_done() -> None:
    for label in (
        "캐시 실험 결과",
        "카이제곱 검정 결과 (서울 vs 부산)",
        "RoBERTa의 결과",
        "성능 비교",
        "과제의 요구사항",
        "제출물",
        "퀴즈 — 정답 및 해설",
    ):
        assert labels.names_work_done(label), label
    for label in (
        "비기능 요구사항",  # a kind of requirement: a term
        "드롭아웃 — 결과",  # what a named method does
        "정렬 알고리즘 버블, 삽입, 선택, 병합 결과",  # a heading over what each one is
        "결과적 일관성",
    ):
        assert not labels.names_work_done(label), label


@pytest.mark.parametrize(
    ("label", "generic"),
    [
        ("Jun's comment", True),
        ("Mina's comments", True),
        ("My take", True),
        ("Our notes", True),
        ("Bayes's rule", False),
        ("Newton's method", False),
        ("Euler's theorem", False),
        ("My SQL tips", False),
    ],
)
def test_a_writers_aside_labelled_with_whose_it_is_is_a_label(label: str, generic: bool) -> None:
    assert is_generic_label(label) is generic


def test_a_writers_aside_on_a_papers_result_is_no_card() -> None:
    text = (
        "## Ablation\n\n"
        "- Dropout: removing it lowers accuracy by two points.\n"
        "- Jun's comment: I doubt the gap is significant here.\n"
    )
    assert "Jun's comment" not in [card.question for card in cards_of(text)]
