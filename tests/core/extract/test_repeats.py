"""What other proposals of a note already say: the fuller card kept, a sentence restating
its heading's card dropped, a form filled in again given once."""

from __future__ import annotations

from notecards.core.extract import decide, repeats
from notecards.core.extract.proposal import Idiom, Proposal
from notecards.core.model import CardKind
from tests.conftest import cards_of


def proposal(question: str, answer: str, line: int = 1) -> Proposal:
    return Proposal(CardKind.BASIC, question, answer, line, (), Idiom.TOPIC)


def test_a_card_another_card_of_the_note_says_more_of_is_dropped() -> None:
    # a slide shown again with one more line (a lecture's build-up), and a line written
    # again with more to it: the fuller card holds the other, wherever it stands
    text = (
        "## Eval by people\n\n- 평가 방법: 사람이 정답을 쓰고 예측과 비교\n\n"
        "## Eval by people, again\n\n"
        "- 평가 방법: 사람이 정답을 쓰고 예측과 비교\n  - 단어가 겹치는 정도로 유사도를 잰다\n\n"
        "## Padding\n\n- Padding: 가장자리에 0을 채움 (zero padding)\n"
        "- Padding: 가장자리에 0을 채움\n- Padding: 입력 크기를 유지하려고 씀\n"
    )
    cards = cards_of(text)
    assert [(card.question, card.line) for card in cards] == [
        ("평가 방법", 7),
        ("Padding", 12),
        ("Padding", 14),
    ]
    assert cards[1].answer == "가장자리에 0을 채움 (zero padding)"


def test_a_shorter_answer_is_dropped_only_for_the_same_question_and_whole_words() -> None:
    kept = decide.keep(
        [
            proposal("Stride", "필터가 움직이는 칸 수", 1),
            proposal("Stride 2", "필터가 움직이는 칸 수가 2", 2),
            proposal("Kernel", "필터", 3),  # not "필터의 크기" cut short: another answer
            proposal("Kernel", "필터의 크기", 4),
            proposal("Kernel", "필터의 크기, 보통 홀수", 5),
        ]
    )
    assert [item.line for item in kept] == [1, 2, 3, 5]


def test_a_form_filled_in_again_for_a_worked_example_gives_its_terms_once() -> None:
    text = (
        "## 가설 검정\n\n"
        "- 가설 세우기\n"
        "    - 귀무가설: 효과가 없다고 보는 기본 가설\n"
        "    - 대립가설: 효과가 있다고 주장하는 가설\n\n"
        "## 커피 실험 예시\n\n"
        "- 카페인 실험\n"
        "    - 귀무가설: 커피를 마셔도 반응 속도가 같다\n"
        "    - 대립가설: 커피를 마시면 반응 속도가 빨라진다\n"
    )
    kept = [(card.question, card.answer) for card in cards_of(text)]
    assert ("귀무가설", "효과가 없다고 보는 기본 가설") in kept
    assert ("대립가설", "효과가 있다고 주장하는 가설") in kept
    # the worked example's values are no definitions of the terms
    assert [answer for question, answer in kept if question == "귀무가설"] == [
        "효과가 없다고 보는 기본 가설"
    ]


def test_the_same_things_compared_again_on_another_side_stay() -> None:
    text = (
        "## Hosted vs self-run queue\n\n"
        "- **Upgrades**\n"
        "    - Hosted queue: the provider patches it for you\n"
        "    - Self-run queue: you schedule the patches yourself\n"
        "- **Billing**\n"
        "    - Hosted queue: pay per message sent\n"
        "    - Self-run queue: pay for the machines it runs on\n"
    )
    answers = [card.answer for card in cards_of(text)]
    assert "pay per message sent" in answers
    assert "you schedule the patches yourself" in answers


def test_a_sentence_that_restates_its_heading_is_not_a_second_card() -> None:
    # the heading asks and its paragraph (with the list under it) answers; the paragraph's
    # first sentence defines the heading's own term again, spelt with other spaces, case
    # or glosses: one card
    text = (
        "# 데이터 엔진\n\n"
        "## QueryLayer(쿼리 계층)\n\n"
        "Query Layer는 여러 저장소를 하나의 표처럼 묻게 해 주는 모듈\n\n"
        "- 내부적으로 같은 최적화기를 씀\n\n"
        "## Hash Join\n\n"
        "A hash join is a join that builds a hash table from the smaller input.\n\n"
        "- needs memory\n- fast for equality\n"
    )
    cards = cards_of(text)
    assert [(card.question, card.line) for card in cards] == [
        ("QueryLayer(쿼리 계층)", 3),
        ("Hash Join", 9),
    ]


def test_a_sentence_naming_the_heading_s_term_in_another_language_restates_it() -> None:
    # "## subgraph" + "... `부분 그래프(subgraph)`라고 합니다" + the conditions: the
    # sentence names the heading's term, glossed in the heading's own words, so the
    # heading's card (sentence and list) is the one card
    text = (
        "# 그래프\n\n"
        "## subgraph\n\n"
        "그래프 $G$가 있을 때 아래를 만족하는 $H$를 $G$의 `부분 그래프(subgraph)`라고 합니다.\n\n"
        "- 정점 집합이 $G$의 정점 집합에 포함됨\n"
        "- 간선 집합이 $G$의 간선 집합에 포함됨\n"
    )
    cards = cards_of(text)
    assert [(card.question, card.line) for card in cards] == [("subgraph", 3)]
    assert "간선 집합이" in cards[0].answer


def test_a_heading_whose_list_defines_the_heading_again_is_one_card() -> None:
    # "## X" over "- X: what it is" and more lines: the heading's card says the line whole
    text = (
        "## Working memory\n"
        "- Working memory: what the mind holds for a few seconds\n"
        "- It is small\n    - about four chunks\n"
        "- Practice makes it seem larger\n"
    )
    cards = cards_of(text)
    assert [(card.question, card.line) for card in cards] == [("Working memory", 1)]
    assert cards[0].answer.startswith("- Working memory: what the mind holds")


def test_an_answer_said_within_another_counts_only_whole_words_and_from_above() -> None:
    assert repeats.says_within("문자 단위 처리", "- 위치 반환 - INSTR : 문자 단위 처리 - INSTRB")
    assert not repeats.says_within("단위", "- 처리 단위들")
    assert not repeats.says_within("rare skills", "rare skills and more")  # (a prefix: outgrown)
    kept = decide.keep(
        [
            proposal("Cache", "small and fast", 5),
            proposal("Cache", "- Cache: small and fast\n- sits near the CPU", 9),
        ]
    )
    assert [item.line for item in kept] == [5, 9]  # the fuller card stands below: both stay


def test_a_card_that_only_wraps_one_labelled_item_gives_way_to_the_label_s_card() -> None:
    # "- Useful commands" over one label and its lines: the label's own card asks it better
    text = (
        "## Shell\n\n"
        "- Useful commands\n    - listing\n        - `ls -la`\n        - `tree`\n"
        "- Files\n    - `cat` prints a file\n    - `less` pages through it\n"
    )
    cards = cards_of(text)
    asked = [card.question for card in cards]
    assert "Useful commands" not in asked
    assert "Files" in asked  # (two items under it: a list, not a wrapper)
    listing = cards[asked.index("listing")]
    assert listing.context[-1] == "Useful commands"
    assert listing.answer == "- `ls -la`\n- `tree`"


def test_a_wrapper_stays_when_its_one_item_is_no_plain_label() -> None:
    kept = decide.keep(
        [
            proposal("Clock speed", "- Deeper pipelines raise the clock rate\n  - and the CPI", 1),
            proposal("Deeper pipelines raise the clock rate", "- and the CPI", 2),
            proposal("Wave equation", "- $\\Box \\phi = 0$\n  - plane waves solve it", 5),
            proposal("$\\Box \\phi = 0$", "- plane waves solve it", 6),
        ]
    )
    assert [item.line for item in kept] == [1, 2, 5, 6]


def test_a_term_over_only_two_facet_lines_is_one_card() -> None:
    # "- Quicksort" over "- Pros: ..." + "- Cons: ...": the term's card says both sides,
    # and its facet lines are not asked again one by one; a term with other lines keeps them
    text = (
        "# Sorting\n\n"
        "## Trade-offs\n\n"
        "- Quicksort\n  - Pros: fast on average\n  - Cons: slow on sorted input\n"
        "- Merge sort\n  - stable and predictable\n  - Pros: linear time merge step\n"
    )
    cards = cards_of(text)
    assert [(card.question, card.line) for card in cards] == [
        ("Quicksort", 5),
        ("Merge sort", 8),
        ("Merge sort — Pros", 10),
    ]
