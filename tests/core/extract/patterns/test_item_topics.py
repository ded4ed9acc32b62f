"""A list item's topic marked as code or in bold, defined by what the item says of it."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.item_topics import topic_of_item
from tests.conftest import cards_of


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


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("cancel()은 작업을 멈추라고 요청한다. (바로 끝나지는 않는다.)", "cancel()"),
        ("isDone()은 작업이 끝났는지 알려준다.", "isDone()"),
        ("list.sort(key)는 리스트를 제자리에서 정렬한다.", "list.sort(key)"),
        # two calls compared, a call inside the sentence, or one leading on: no topic
        ("first()는 앞에서, last()는 뒤에서 찾는다.", None),
        ("그래서 run()은 실패했다.", None),
        ("window(5~15s)은 늦게 온 이벤트를 받는다", None),  # a span of time, not a call
        ("open()은 다음과 같이 쓴다", None),
    ],
)
def test_a_call_opening_an_item_is_its_topic(line: str, term: str | None) -> None:
    """A call's brackets mark it as code as backticks do: ``- cancel()은 ...한다`` defines
    ``cancel()``."""
    assert topic_of_item(line) == term


def test_each_call_an_item_describes_is_a_card_under_the_heading_naming_them() -> None:
    text = (
        "# Tasks\n\n### cancel()과 isDone()\n\n"
        "- cancel()은 작업을 멈추라고 요청한다.\n- isDone()은 작업이 끝났는지 알려준다.\n"
    )
    cards = {card.question: card.answer for card in cards_of(text)}
    assert cards["cancel()"] == "cancel()은 작업을 멈추라고 요청한다."
    assert cards["isDone()"] == "isDone()은 작업이 끝났는지 알려준다."


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("`rsync -a` copies a tree and keeps its permissions", "`rsync -a`"),
        ("**Bloom filter** answers membership queries with false positives", "Bloom filter"),
        ("`cron`, also known as a scheduler, runs jobs", None),  # no verb right after it
        ("`exec` events are shown in the trace", None),  # a plural noun, then its verb
        ("`assert` preconditions that must hold", None),  # a noun in -ions, no verb
        ("**all** workers in the pool stop", None),  # a stressed word, no name
        ("`tar` creates archives as follows:", None),  # leads on to what comes next
    ],
)
def test_an_english_item_opening_with_its_marked_subject_defines_it(
    line: str, term: str | None
) -> None:
    """``- `rsync -a` copies ...``: the code or bold name is the subject of the verb that
    says what it does, as ``- `x`는 ...`` is the topic of a Korean item."""
    assert topic_of_item(line) == term
