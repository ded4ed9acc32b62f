"""Facet words (특징, Pros, Example, ...) and the decoration around them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notecards.core.extract import facet_words
from notecards.core.extract.facet_words import is_facet, is_facet_label, undecorated
from tests.conftest import by_question, cards_of

_DECORATION = re.compile(r"^[\W\d_]+|[\W_]+$")


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("**1. Pros:**", "Pros"),
        ("[장점]", "장점"),
        ("x2", "x2"),
        ("²a", "²a"),
        ("12", ""),
        ("", ""),
    ],
)
def test_decoration_is_taken_away(text: str, core: str) -> None:
    assert undecorated(text) == core == _DECORATION.sub("", text)


@settings(max_examples=300)
@given(st.text(alphabet="a장_1²٣ .:*-()[]#!", max_size=12))
def test_decoration_goes_as_the_pattern_takes_it(text: str) -> None:
    assert undecorated(text) == _DECORATION.sub("", text)


@pytest.mark.parametrize(
    ("facet", "other"),
    [("**Pros:**", "**Proof:**"), ("[ 특징 ]", "[ 특이점 ]"), ("1. Example", "1. Examples of use")],
)
def test_decorated_facets_are_facets(facet: str, other: str) -> None:
    assert is_facet(facet)
    assert not is_facet(other)


@pytest.mark.parametrize("abbreviation", ["Def", "Defn", "Definitions", "**Def:**"])
def test_a_definition_heading_abbreviated_is_a_facet(abbreviation: str) -> None:
    assert is_facet(abbreviation)


def test_a_def_bullet_asks_about_its_subject() -> None:
    text = "- Def\n  - the identity every braiding must satisfy\n  - holds up to isotopy\n"
    (card,) = cards_of(text, "physics/Braiding.md")
    assert card.question == "Braiding — Def"


@pytest.mark.parametrize(
    "phrase",
    [
        "일반 파일 시스템보다 큰 블록을 쓰는 이유",
        "기존 배치 처리 시스템의 한계",
        "Class 객체 얻는 방법",
        "Why the index is rebuilt",
        "Benefits of caching",
    ],
)
def test_phrases_asking_for_a_facet_of_what_they_name(phrase: str) -> None:
    assert facet_words.names_a_facet_of(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "이유",  # a facet word alone asks of the subject above: facets.py names it
        "현재 가장 좋은 선택을 되풀이해 답을 구하는 방식",  # how a definition ends
        "CPU를 다른 프로세스로 넘겨주는 과정",  # a definition, not a question
        "그래서 이 방법.",
        "Caching benefits everyone",
    ],
)
def test_phrases_that_do_not_ask_for_a_facet(phrase: str) -> None:
    assert not facet_words.names_a_facet_of(phrase)


@pytest.mark.parametrize(
    "word", ["주요 기능", "주요 특징", "처리 방법", "구현 방법", "필요한 이유"]
)
def test_korean_facet_phrases_are_facets(word: str) -> None:
    assert facet_words.is_facet(word)


def test_a_main_features_heading_is_asked_of_its_subject() -> None:
    """``## DataNode`` > ``### 주요 기능`` + its list: ``DataNode — 주요 기능``."""
    text = (
        "# HDFS\n\n## DataNode\n\n### 주요 기능\n\n"
        "- 파일 데이터를 블록으로 저장\n- 블록의 읽기와 쓰기 요청을 처리\n"
    )
    assert "DataNode — 주요 기능" in [card.question for card in cards_of(text)]


def test_an_overview_item_names_its_subject() -> None:
    """``- 개요`` + what the note is about, as an item: asked of the note's subject."""
    text = (
        "# 연결 요소 세기\n\n- 개요\n  - 이진 이미지의 픽셀\n  - 서로 이어진 픽셀의 집합이 blob\n"
    )
    assert "연결 요소 세기 — 개요" in [card.question for card in cards_of(text)]


def test_a_proofs_or_an_arguments_parts_are_asked_of_their_subject() -> None:
    """``## Notation``, ``- Statement``, ``### Base case``, ``## Thought Experiment`` under
    a subject: a part of it, asked of it (before, a bare ``Notation`` card)."""
    text = (
        "# Bloch Theorem\n\n## Notation\n\n- $u_k$ has the period of the lattice\n"
        "- $k$ is the crystal momentum\n\n"
        "## Proof By Induction\n\n### Base case\n\n- Show that $P(0)$ holds\n"
        "- Check the smallest value by hand\n\n"
        "### Induction step\n\n- Suppose $P(n)$ holds\n- Show that $P(n+1)$ follows\n"
    )
    questions = [card.question for card in cards_of(text)]
    assert "Bloch Theorem — Notation" in questions
    assert "Proof By Induction — Base case" in questions
    assert "Proof By Induction — Induction step" in questions


def test_a_note_opening_with_a_part_as_its_h1_is_named_by_its_file() -> None:
    """``# Argument`` + ``# Counter Arguments`` in ``Does A Model Have A Mind.md``: the
    note's subject is its file's name (before, ``Argument — Counter Arguments``)."""
    text = (
        "# Argument\n\nA system has a mind if it meets every criterion below.\n\n"
        "# Counter Arguments\n\n- The parrot objection says it only repeats\n"
        "- The grounding objection says its words touch nothing\n"
    )
    questions = [card.question for card in cards_of(text, "Does A Model Have A Mind.md")]
    assert "Does A Model Have A Mind — Counter Arguments" in questions


def test_a_part_opening_the_note_as_its_h1_asks_the_title() -> None:
    """``# Notation`` + a formula and what it says, in ``Limits.md``: the note's title asks
    (before, the card was lost once the title came from the file)."""
    text = (
        "# Notation\n\n$$\\lim_{x\\to a}f(x) = L$$\n\n"
        "The value of f(x) can be made as close to L as we like by taking x close to a.\n"
    )
    (card,) = cards_of(text, "Limits.md")
    assert card.question == "Limits"
    assert "as close to L as we like" in card.answer


def test_a_part_heading_a_readme_or_its_numbered_namesake_stays_its_title() -> None:
    text = (
        "# Algorithm\n\n## Bubble Sort\n\nSwaps neighbours that are out of order until none are.\n"
    )
    for source in ("Algorithm/README.md", "00_Algorithm.md"):
        (card,) = cards_of(text, source)
        assert card.context[0] == "Algorithm", source


def test_a_definition_opening_the_note_as_its_h1_answers_the_title() -> None:
    """``# Definition`` + the definition, then ``# Properties``, in ``Cyclic Group.md``: the
    definition answers ``Cyclic Group`` (before, it made no card at all)."""
    text = (
        "# Definition\n\n- With $G$ a group and $g$ in it\n"
        "- $G$ is cyclic when $g$ alone generates it, $G = \\langle g \\rangle$\n\n"
        "# Properties\n\n- Every cyclic group is abelian\n- Its subgroups are cyclic too\n"
    )
    cards = by_question(cards_of(text, "Cyclic Group.md"))
    assert cards["Cyclic Group"].answer.startswith("- With $G$ a group")
    assert "Cyclic Group — Properties" in cards


def test_a_theorem_opening_a_note_named_by_its_result_answers_the_name() -> None:
    text = (
        "# Theorem\n1. With $A$ a square matrix over a field\n"
        "2. Then $A$ is invertible exactly when $\\det A \\neq 0$\n"
        "# Proof\n1. Suppose $A B = I$\n2. Then $\\det A \\det B = 1$\n"
    )
    cards = by_question(cards_of(text, "Math/Invertible iff Nonzero Determinant.md"))
    assert cards["Invertible iff Nonzero Determinant"].answer.startswith("1. With $A$ a square")


def test_the_parts_of_a_papers_write_up_are_asked_of_the_model() -> None:
    text = (
        "# Energy Models\n\n## Joint Energy Model\n\nA classifier read as an energy model.\n\n"
        "### Training\n\nThe joint likelihood splits into a classifier term and a density term.\n"
    )
    questions = [card.question for card in cards_of(text, "ebm.md")]
    assert "Joint Energy Model — Training" in questions


@pytest.mark.parametrize(
    "question", ["Why is it useful", "how do they work", "What does it mean?", "How it works"]
)
def test_a_how_or_why_pointing_at_the_subject_is_a_facet(question: str) -> None:
    assert is_facet(question)


@pytest.mark.parametrize("question", ["How I set it up", "Why the cache is fast", "What we did"])
def test_a_how_or_why_of_the_writer_or_of_a_named_thing_is_no_facet(question: str) -> None:
    assert not is_facet(question)


def test_a_list_under_how_it_works_is_asked_of_the_note() -> None:
    text = (
        "## Overview\n- copies directory trees between machines\n- sends only the changes\n\n"
        "## How it works\n- the sender lists the files with their sizes\n"
        "- the receiver answers with checksums of its blocks\n"
        "- the sender sends only the blocks that differ\n"
    )
    cards = by_question(cards_of(text, "tools/filesync.md"))
    assert cards["filesync — How it works"].answer.startswith("- the sender lists the files")


def test_a_facet_word_alone_on_its_line_is_a_facet_label() -> None:
    """What :mod:`.labelled_list` and :mod:`.section_blocks` both read as a label."""
    assert is_facet_label("특징") and is_facet_label("**Properties**")
    assert not is_facet_label("62 results")  # a count
    assert not is_facet_label("Heap")


def test_a_uses_heading_asks_about_its_subject() -> None:
    """``## Uses`` under a note on a tool lists what it is used for: a facet of the note's
    subject, like ``Use cases``."""
    text = "# Bloom filter\n\n## Uses\n\n- spell checkers\n- cache admission\n- web crawlers\n"
    (card,) = cards_of(text, "data/Bloom filter.md")
    assert card.question == "Bloom filter — Uses"


@pytest.mark.parametrize(
    "phrase",
    ["캐시 객체 사용 시 주의할 점", "배포 시 고려해야할 사항", "프록시 사용 시 주의할 것",
     "Stream으로 할 수 있는 것"],
)  # fmt: skip
def test_what_to_mind_about_a_thing_is_a_facet_of_it(phrase: str) -> None:
    assert facet_words.names_a_facet_of(phrase)


@pytest.mark.parametrize(
    "phrase", ["주의할 점", "할 수 있는 것", "CDN을 사용할 것", "캐시를 비울 것"]
)
def test_what_to_mind_needs_a_thing_and_is_no_instruction(phrase: str) -> None:
    assert not facet_words.names_a_facet_of(phrase)


def test_an_item_saying_what_to_mind_asks_for_what_is_nested_under_it() -> None:
    text = (
        "# 캐시\n\n## 정리\n\n- 개요\n\t- 자주 쓰는 값을 가까이 둔다\n"
        "- 로컬 캐시 사용 시 주의할 점\n\t- 서버마다 값이 달라질 수 있다.\n\t- 메모리를 차지한다.\n"
    )
    card = by_question(cards_of(text))["로컬 캐시 사용 시 주의할 점"]
    assert "서버마다" in card.answer
