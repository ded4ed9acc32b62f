"""A list item's topic marked as code or in bold, defined by what the item says of it."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.item_topics import topic_of_item


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("`max.poll.records`는 한 번에 가져올 레코드의 최대 개수", "`max.poll.records`"),
        ("`-v` 는 자세한 로그를 보여줌", None),  # a space before the particle: no topic
        ("**Tokenizer**는 문장을 토큰으로 나눔", "Tokenizer"),
        # two things compared, neither defined
        ("`Date`는 JDK1.0, `Calendar`는 JDK1.1부터 제공되었다.", None),
        ("**SGD**는 느리고 **Adam**은 빠르다", None),
        # a lead-in, a value, a verb's ending in bold, or a name the line gives elsewhere
        ("`ls`는 아래와 같이 쓴다", None),
        ("`42`는 답으로 알려진 수", None),
        ("**가볍**는 말투로 쓴 글", None),
        ("`f`는 `x`를 기억하므로 이를 **클로저**라고 함", None),
        ("plain text는 아무것도 표시하지 않음", None),
        ("`yield`는 무엇을 돌려줄까?", None),
    ],
)
def test_a_list_items_marked_topic(line: str, term: str | None) -> None:
    assert topic_of_item(line) == term
