"""Flat plain-text exports of blog posts."""

from __future__ import annotations

from notecards.core.extract import note_reader, plaintext
from tests.conftest import by_question, cards_of

EXPORT = """Object Detection 용어 정리
2024. 2. 3. 21:14

블로그 글을 복사해 둔 것이다.

  • Localization: 물체 하나의 위치를 찾는 문제
  • Object detection: 여러 물체의 위치와 class를 찾는 문제
Region proposal
  • 물체가 있을 법한 영역 후보를 먼저 뽑는 단계
  • 2-stage detector의 첫 단계
  • Selective search: 비슷한 영역끼리 합쳐 후보를 만드는 방법

NMS
- 같은 물체를 가리키는 box가 여러 개 겹칠 때
- 가장 확실한 box만 남기는 후처리

Triplet loss
  • Easy triplets: d(a,p)+margin<d(a,n)d(a, p) + \\text{margin} < d(a, n)
  • Hard triplets: d(a,n)<d(a,p)d(a,n) < d(a, p)
  ◦ 가장 어려운 경우

References
  • Girshick: Rich feature hierarchies, 2014
"""


def test_exports_are_recognised() -> None:
    assert plaintext.is_flat_export(EXPORT, "post.txt")
    assert plaintext.is_flat_export("intro\n• a: b\n• c: d\n", "post.md")
    assert not plaintext.is_flat_export("# Title\n• a: b\n• c: d\n", "post.txt")
    assert not plaintext.is_flat_export("- a: b\n- c: d\n", "note.md")


def test_fences_and_rendered_bullets_are_found_on_any_line() -> None:
    # each line is read from its start: the first line, or the line after a newline
    assert not plaintext.is_flat_export("```\ncode\n```\n• a\n• b\n", "post.txt")
    assert not plaintext.is_flat_export("intro\n\n  ~~~\ncode\n~~~\n", "post.txt")
    assert plaintext.is_flat_export("intro ```x```\n• a\n", "post.txt")
    assert plaintext.is_flat_export("• a\n  • b\n", "post.md")
    assert plaintext.is_flat_export("intro\n• a\n\t◦ b\n", "post.md")
    # one bullet is no export; a bullet inside a line is no bullet; "• " + "• b" on the next
    # line is one bullet whose text is the next line
    assert not plaintext.is_flat_export("intro\n• a\n", "post.md")
    assert not plaintext.is_flat_export("intro • a\nx • b\n", "post.md")
    assert not plaintext.is_flat_export("• \n• b\n", "post.md")
    assert plaintext.is_flat_export("• \n• b\n• c\n", "post.md")


def test_a_markdown_heading_on_any_line_makes_markdown() -> None:
    assert not plaintext.is_flat_export("intro\n\n## Terms\n• a: b\n", "post.txt")
    assert not plaintext.is_flat_export("###\tTerms\n• a: b\n", "post.txt")
    # a hash that opens no heading: not at a line's start, seven of them, no space after
    assert plaintext.is_flat_export("intro #tag\n####### seven\n#hashtag\n", "post.txt")


def test_bullets_headings_and_flattened_nesting() -> None:
    cards = by_question(cards_of(EXPORT, "blog/object-detection.txt"))
    assert cards["Localization"].answer == "물체 하나의 위치를 찾는 문제"
    assert cards["Localization"].context == ("Object Detection 용어 정리",)
    assert cards["Region proposal"].answer == (
        "- 물체가 있을 법한 영역 후보를 먼저 뽑는 단계\n- 2-stage detector의 첫 단계"
    )
    assert cards["Selective search"].context == ("Object Detection 용어 정리", "Region proposal")
    assert cards["NMS"].answer.startswith("- 같은 물체를")
    assert cards["Localization"].line == 6


def test_math_rendered_then_tex_keeps_the_tex() -> None:
    cards = by_question(cards_of(EXPORT, "post.txt"))
    assert cards["Easy triplets"].answer == "$d(a, p) + \\text{margin} < d(a, n)$"
    assert cards["Hard triplets"].answer.startswith("$d(a,n) < d(a, p)$")
    assert cards["Hard triplets"].answer.endswith("- 가장 어려운 경우")


def test_dates_and_references_are_not_cards() -> None:
    questions = [card.question for card in cards_of(EXPORT, "post.txt")]
    assert "Girshick" not in questions
    assert not any("2024" in question for question in questions)


def test_explicit_markup_in_exports() -> None:
    cards = cards_of("Notes\n• Capital? :: Paris\n• The floor is ==1.3==\n", "x.txt")
    assert [card.kind.value for card in cards] == ["basic", "cloze"]


def test_a_byline_with_a_date_is_not_a_section() -> None:
    export = (
        "Understanding Attention\nPosted on 2025-10-03 by kim\n\n"
        "Attention\n• a weighted average of values\n"
    )
    cards = by_question(cards_of(export, "post.txt"))
    assert cards["Attention"].context == ("Understanding Attention",)


LOSSES = """Loss functions for classifiers
Posted on 2025-10-03 by kim

2-3. Loss functions
1. Hinge loss
- penalises margins below one
- used by support vector machines
2. Cross-entropy
- compares the predicted and the true distribution

2-4. Regularisation
Weight decay: shrinks every weight a little at each step
"""


def test_numbered_sections_and_numbered_terms_with_their_dash_lines() -> None:
    cards = by_question(cards_of(LOSSES, "blog/losses.txt"))
    assert set(cards) == {"Hinge loss", "Cross-entropy", "Weight decay"}
    assert cards["Hinge loss"].answer == (
        "- penalises margins below one\n- used by support vector machines"
    )
    # the first line is the title; section numbers left out
    assert cards["Hinge loss"].context == ("Loss functions for classifiers", "Loss functions")
    assert cards["Weight decay"].context == ("Loss functions for classifiers", "Regularisation")


def test_the_first_line_of_an_export_is_its_title() -> None:
    assert note_reader.read(LOSSES, "blog/losses.txt").title == "Loss functions for classifiers"
    assert note_reader.read("- a: b\n- c: d\n", "blog/terms.txt").title == "terms"
