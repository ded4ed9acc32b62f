"""What a heading is: a title to ask about, or not."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import headings


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Pie Chart", True),
        ("3D learning의 장점?", True),
        ("🤔학습 회고", False),
        ("📄피어세션 정리", False),
        ("References", False),
        ("참고 자료", False),
        ("23.02.01. TIL", False),
        ("2024년 3월 메모", False),
        ("기본과제", False),
        ("TIL", False),
    ],
)
def test_titles(heading: str, title: bool) -> None:
    assert headings.is_title(heading) is title
