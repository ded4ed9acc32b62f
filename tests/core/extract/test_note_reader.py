"""Reading a note into its structure: its title, its sections, their heading paths and blocks."""

from __future__ import annotations

import pytest

from notecards.core.extract import note, note_reader
from notecards.core.extract.blocks import Block
from notecards.core.extract.plaintext import BulletRun, FlatBlock, FlatLine, IntroducedList
from tests.conftest import by_question, cards_of


def markdown(text: str, source: str = "notes/HttpClient.md") -> note.MarkdownNote:
    read = note_reader.read(text, source)
    assert isinstance(read, note.MarkdownNote)
    return read


@pytest.mark.parametrize(
    ("text", "stated", "title"),
    [
        ("# Retries\n\n- Backoff: waiting longer each time\n", "Stated", "Stated"),
        ("tags: net, retry\n\n# **Retries**\n\n## Backoff\n\n# Other\n", None, "Retries"),
        # an H1 after prose heads a section of a note named by its file
        ("A client for HTTP calls.\n\n# Retries\n\n- Backoff: waiting\n", None, "HttpClient"),
        ("# Definition\n\nA client for HTTP calls.\n", None, "HttpClient"),
        ("## Retries\n\n- Backoff: waiting longer each time\n", None, "HttpClient"),
        ("Setext title\n============\n\ntext\n", None, "Setext title"),
        ("- # not a title\n", None, "HttpClient"),
    ],
)
def test_title_is_stated_else_the_opening_h1_else_the_file_name(
    text: str, stated: str | None, title: str
) -> None:
    assert note_reader.read(text, "notes/HttpClient.md", stated).title == title


def test_a_flat_export_is_titled_by_its_file_name() -> None:
    read = note_reader.read("Object Detection\n• NMS: 후처리\n• RoI: 관심 영역\n", "blog/od.txt")
    assert isinstance(read, note.FlatExportNote)
    assert read.title == "od"


def test_sections_carry_their_heading_path_and_body() -> None:
    text = (
        "lead paragraph\n\n"
        "# CNN\n\n- Stride: 커널의 보폭\n\n"
        "## Pooling\n\ntext\n\n"
        "### Max pooling\n\n"
        "## Padding\n\n- Same: 크기 유지\n"
    )
    sections = markdown(text).sections
    assert [section.path for section in sections] == [
        (),
        ("CNN",),
        ("CNN", "Pooling"),
        ("CNN", "Pooling", "Max pooling"),
        ("CNN", "Padding"),
    ]
    first, cnn = sections[0], sections[1]
    assert first.heading is None
    assert [block.kind for block in first.body] == ["paragraph"]
    assert cnn.heading == note.Heading(line=2, text="CNN", level=1)
    assert [block.kind for block in cnn.body] == ["list"]
    assert sections[3].body == ()
    assert not any(section.skipped for section in sections)


def test_retrospectives_and_references_are_skipped_down_to_the_next_heading_as_high() -> None:
    text = (
        "# Week 3\n\n## 회고\n\ntext\n\n### Details\n\ntext\n\n"
        "## Attention\n\ntext\n\n## References\n\n- [paper](https://example.com)\n"
    )
    sections = markdown(text).sections
    skipped = {section.path[-1]: section.skipped for section in sections if section.path}
    assert skipped == {
        "Week 3": False,
        "회고": True,
        "Details": True,
        "Attention": False,
        "References": True,
    }


def test_a_diary_title_skips_nothing_but_a_diary_section_does() -> None:
    text = "# 2026-03-10 Daily log\n\n## Learned\n\ntext\n\n## 일기\n\ntext\n"
    sections = markdown(text).sections
    assert [(section.path[-1], section.skipped) for section in sections[1:]] == [
        ("2026-03-10 Daily log", False),
        ("Learned", False),
        ("일기", True),
    ]


def test_repeated_headings_are_marked() -> None:
    text = "# A\n\n## Example\n\nx\n\n# B\n\n## Example\n\ny\n\n## Other\n"
    repeated = {
        (section.heading.line, section.heading.repeated)
        for section in markdown(text).sections
        if section.heading is not None
    }
    assert repeated == {(0, False), (2, True), (6, False), (8, True), (12, False)}


def _flat_kinds(body: tuple[FlatBlock, ...]) -> list[str]:
    return [type(block).__name__ for block in body]


def test_a_flat_export_is_cut_at_its_heading_like_lines() -> None:
    export = (
        "Object Detection 용어 정리\n"
        "2024. 2. 3. 21:14\n\n"
        "  • Localization: 물체 하나의 위치를 찾는 문제\n"
        "Region proposal\n"
        "  • 물체가 있을 법한 영역 후보를 먼저 뽑는 단계\n\n"
        "Loss functions\n\n"
        "Hinge loss: margin을 두는 손실\n\n"
        "References\n"
        "  • Girshick: Rich feature hierarchies, 2014\n"
    )
    read = note_reader.read(export, "post.txt")
    assert isinstance(read, note.FlatExportNote)
    sections = read.sections
    assert [(section.path, section.skipped) for section in sections] == [
        ((), False),
        (("Object Detection 용어 정리",), False),
        (("Loss functions",), False),
        ((), True),
    ]
    assert sections[1].heading == note.Heading(line=0, text="Object Detection 용어 정리", level=0)
    assert _flat_kinds(sections[1].body) == ["BulletRun", "IntroducedList"]
    introduced = sections[1].body[1]
    assert isinstance(introduced, IntroducedList)
    assert introduced.title == "Region proposal"
    assert [bullet.number for bullet in introduced.bullets] == [5]
    assert _flat_kinds(sections[2].body) == ["FlatLine"]
    line = sections[2].body[0]
    assert isinstance(line, FlatLine) and line.text.startswith("Hinge loss")
    run = sections[3].body[0]
    assert isinstance(run, BulletRun) and run.bullets[0].level == 1


def test_markdown_section_bodies_are_the_parsed_blocks() -> None:
    read = markdown("# T\n\n- a\n- b\n")
    body = read.sections[1].body
    assert isinstance(body[0], Block) and [item.kind for item in body[0].children] == [
        "item",
        "item",
    ]
    assert read.lines == ("# T", "", "- a", "- b", "")


def test_a_note_knows_whether_it_may_hold_a_written_out_question() -> None:
    asks = note_reader.read("## 추론\n\n- Q. 언제 멈추나?\n  A. 끝 토큰이 나올 때\n", "qa.md")
    plain = note_reader.read("## Trees\n\n- A tree is a graph without cycles\n", "trees.md")
    assert isinstance(asks, note.MarkdownNote) and asks.may_ask_in_writing
    assert isinstance(plain, note.MarkdownNote) and not plain.may_ask_in_writing


def test_a_note_named_as_one_worked_example_holds_no_cards() -> None:
    text = (
        "## Finding films to watch\n\n- Domain: people who like films\n- Task: find high ratings\n"
    )
    assert cards_of(text, "course/Abstraction Example 1.md") == []
    assert [card.question for card in cards_of(text, "course/Abstraction.md")] == [
        "Domain",
        "Task",
    ]


def test_the_sections_under_a_numbered_example_hold_no_cards() -> None:
    text = (
        "# Normal distribution\n\n## Spread\n\n- Variance: the mean squared deviation\n\n"
        "## Example 1\n\n- Mean: 14 kg\n- Deviation: 2 kg\n"
    )
    assert [card.question for card in cards_of(text, "stats.md")] == ["Variance"]


def test_a_heading_that_is_one_link_names_its_topic_by_the_link_text() -> None:
    text = (
        "# Papers\n\n## [Layer Normalization](https://example.org/abs/1607)\n\n"
        "### 장점\n\n- 배치 크기에 상관없이 같은 방식으로 정규화함\n- 순환 신경망에도 쓰기 쉬움\n"
    )
    (card,) = cards_of(text, "papers.md")
    assert card.question == "Layer Normalization — 장점"
    assert card.context == ("Papers", "Layer Normalization")


def test_a_title_said_again_over_its_topics_section_is_not_a_repeated_label() -> None:
    text = (
        "# 최단 경로\n## 최단 경로\n"
        "가중치 있는 그래프에서 두 정점을 잇는 경로 중 가중치 합이 가장 작은 경로\n\n"
        "## 다익스트라\n음수 가중치가 없을 때 쓰는 방법\n"
    )
    cards = by_question(cards_of(text))
    assert cards["최단 경로"].answer.startswith("가중치 있는 그래프에서")


def test_a_heading_asked_of_each_subject_is_not_a_repeated_label() -> None:
    """``### Insert`` under ``## 리스트`` and ``## 연결리스트`` asks of each; a template's
    heading under numbered parts (``## 실습1`` + ``### 실습 목표``) stays a repeated label."""
    asked = "## 리스트\n\n### Insert\n\nx\n\n## 연결리스트\n\n### Insert\n\ny\n"
    template = "## 실습1\n\n### 실습 목표\n\nx\n\n## 실습2\n\n### 실습 목표\n\ny\n"
    for text, repeated in ((asked, False), (template, True)):
        second = [
            section.heading
            for section in markdown(text).sections
            if section.heading is not None and section.heading.level == 3
        ][1]
        assert second.repeated is repeated


def test_a_heading_asked_of_each_part_however_long_its_heading() -> None:
    """The same sub-heading under each of several parts headed at length (``### 1. Lost
    packets — when the link drops frames`` + ``#### Why does it matter?``) asks of each
    part; under one template's parts (``## Task`` and ``## Task - 2``) it stays a label."""
    asked = (
        "# Packet loss\n\n### 1. Lost packets — when a noisy link drops frames at random\n\n"
        "#### Why does it matter?\n\n- the sender waits for a timeout before it resends\n"
        "- the window stalls until the gap is filled\n\n"
        "### 2. Reordered packets — when frames take different routes to the host\n\n"
        "#### Why does it matter?\n\n- the receiver holds later frames in a buffer\n"
        "- a burst of duplicate acknowledgements may trigger a resend\n"
    )
    template = (
        "## Task\n\n### Step 1: Make a folder\n\nx\n\n"
        "## Task - 2\n\n### Step 1: Make a folder\n\ny\n"
    )
    for text, repeated in ((asked, False), (template, True)):
        second = [
            section.heading
            for section in markdown(text).sections
            if section.heading is not None and section.heading.level >= 3
        ][-1]
        assert second.repeated is repeated
    questions = [card.question for card in cards_of(asked)]
    assert len(questions) == 2
    assert questions[1].startswith("Reordered packets — when frames take")
    assert questions[1].endswith(" — Why does it matter?")


def test_a_solution_heading_after_its_problem_heading_answers_it() -> None:
    text = (
        "# Retries\n\n## Problem\n\n- a lost reply makes the client send the order again\n\n"
        "## Solution\n\n- an idempotency key lets the server drop the second order\n\n"
        "## Exercises\n\n### Problem\n\n- prove it\n\n#### Solution\n\n- by induction\n"
    )
    structure = note_reader.read(text, "retries.md")
    assert isinstance(structure, note.MarkdownNote)
    solves = {
        (section.heading.text, section.heading.level): section.heading.solves
        for section in structure.sections
        if section.heading is not None
    }
    assert solves[("Solution", 2)]  # the Problem above it, at its level, is what it solves
    assert not solves[("Solution", 4)]  # under the problem: an exercise's working
    assert not solves[("Problem", 2)]
    # a worked example's or an exercise's problem and solution: its working, no knowledge
    for exercise, name in [
        ("# Tangents\n\n# Example\n\n## Problem\n\nfind it\n\n## Solution\n\nslope\n", "t.md"),
        ("## Problem\n\nProve it.\n\n## Solution\n\nBy induction.\n", "HW1/P6.md"),
    ]:
        found = note_reader.read(exercise, name)
        assert not [s for s in found.sections if s.heading is not None and s.heading.solves]


def test_a_solution_section_is_asked_as_its_subjects_solution() -> None:
    text = (
        "# Selective acknowledgement\n\n## problem\n\n"
        "- a receiver acknowledges only the newest packet with no gap before it\n"
        "- one early loss makes the sender resend everything after it\n\n"
        "## solution\n\n"
        "- the receiver names the out-of-order packets it already holds\n"
        "- the sender resends only the missing ones\n"
    )
    cards = by_question(cards_of(text, "sack.md"))
    assert "resends only the missing ones" in cards["Selective acknowledgement — solution"].answer
    assert "Selective acknowledgement — problem" in cards
    # a lone "Solution" (a worked exercise's) still asks nothing
    lone = "# Homework 3\n\n## Solution\n\n- split the sum in two\n- bound each half\n"
    assert not [card for card in cards_of(lone, "hw3.md") if "Solution" in card.question]


def test_a_note_or_a_section_named_as_a_numbered_exercise_holds_no_cards() -> None:
    """``L4 Clicker 2``, ``Quiz 3``, ``## Exercise 1``: an exercise and its answers are no
    knowledge of their own (``Quiz 2 Overview`` names what a quiz covers, and stays)."""
    text = (
        "Would deleting a row of films also delete its director?\n\n- No: directors stand alone\n"
    )
    assert cards_of(text, "db/clickers/L4 Clicker 2.md") == []
    assert cards_of(text, "db/Quiz 3.md") == []
    lecture = (
        "# Closures\n\n## Attribute closure\n\nThe set of attributes a set determines.\n\n"
        "## Exercise 1\n\n- AB+: ABC\n- CD+: CDE\n"
    )
    assert [card.question for card in cards_of(lecture, "db/Lecture 9.md")] == ["Attribute closure"]
    overview = "# Quiz 2 Overview\n\n- Shading: Phong and Gouraud, and when each is used\n"
    assert cards_of(overview, "gfx/Quiz 2 Overview.md") != []
