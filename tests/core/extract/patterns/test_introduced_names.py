"""Names a Korean sentence introduces."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.introduced_names import introduced_in_prose


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("가장 흔한 규칙은 **LRU**입니다. 오래된 것부터 버리는 방식입니다.", "LRU"),
        ("두번째는 *안정 정렬*입니다. 순서를 지키는 정렬입니다.", "안정 정렬"),
        ("그중 가장 빠른 것이 바로 퀵 정렬입니다. 피벗으로 가르는 방식입니다.", "퀵 정렬"),
        ("셸 정렬에는 *gap*이라는 개념이 있습니다. 간격을 뜻합니다.", "gap"),
        ("해시 테이블은 빠릅니다. 키로 값을 찾습니다.", None),
        ("가장 빠른 것은 퀵 정렬입니다. 피벗으로 가릅니다.", None),  # unmarked, no 바로
    ],
)
def test_the_name_a_sentence_introduces(line: str, name: str | None) -> None:
    found = introduced_in_prose(line)
    assert (found[0] if found else None) == name


def test_the_text_after_the_introducing_sentence_is_returned() -> None:
    found = introduced_in_prose("앞 문장입니다. 가장 흔한 규칙은 **LRU**입니다. 뒤 문장입니다.")
    assert found is not None
    assert found[1] == "가장 흔한 규칙은 **LRU**입니다."
    assert found[2].strip() == "뒤 문장입니다."
