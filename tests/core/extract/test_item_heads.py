"""A list item's opening: its first line, or its first sentence when wrapped over lines."""

from __future__ import annotations

from notecards.core.extract import blocks
from notecards.core.extract.item_heads import item_head
from tests.conftest import by_question, cards_of


def _heads(text: str) -> list[str]:
    lines = text.split("\n")
    (listed,) = blocks.parse(text)
    return [item_head(item, lines) for item in listed.children]


def test_a_sentence_wrapped_onto_the_next_lines_is_joined() -> None:
    text = (
        "- A queue hands out the entries it holds in the very same order as\n"
        "  they came in, unlike a stack.\n"
        "- Every push adds one entry at the back of the buffer it keeps and\n"
        "each pop takes one from the front\n"
        "  - a nested detail\n"
    )
    assert _heads(text) == [
        "- A queue hands out the entries it holds in the very same order as they came in,"
        " unlike a stack.",
        "- Every push adds one entry at the back of the buffer it keeps and each pop takes one"
        " from the front",
    ]


def test_the_opening_ends_where_the_sentence_ends() -> None:
    text = (
        "- Pops stay cheap whatever the queue holds, because its front is\n"
        "  kept as an index. A ring buffer keeps\n"
        "  the memory bounded.\n"
        "- Queues are fair to whoever waits longest in the line of callers.\n"
        "  Stacks are not.\n"
        "- 큐는 먼저 들어온 항목을 언제나 먼저 내보내는 선입선출 자료구조이며\n"
        "  스택은 그 반대다.\n"
    )
    assert _heads(text) == [
        "- Pops stay cheap whatever the queue holds, because its front is kept as an index.",
        "- Queues are fair to whoever waits longest in the line of callers.",
        "- 큐는 먼저 들어온 항목을 언제나 먼저 내보내는 선입선출 자료구조이며 스택은 그 반대다.",
    ]


def test_a_line_ended_on_purpose_is_the_opening() -> None:
    text = (
        "- Ring buffer\n"
        "  A fixed array whose ends wrap around.\n"
        "- A queue keeps its entries in the order in which they came in  \n"
        "  (first in, first out)\n"
        "- A queue keeps its entries in the order in which they came in\n"
        "  $$\n"
        "  q = [a, b]\n"
        "  $$\n"
        "- Heapify turns the array into a max-heap, taking part of it as sorted\n"
        "Sorting then goes:\n"
        "- implementation goes into the run method of the command object we make\n"
        "advantages of the command:\n"
        "- 릴레이는 서브젝트를 감싼 것으로 다음 값만 보낼 수 있고 기능은 동일\n"
        "  끝나지 않는 것이 핵심\n"
    )
    assert _heads(text) == [
        "- Ring buffer",
        "- A queue keeps its entries in the order in which they came in",
        "- A queue keeps its entries in the order in which they came in",
        "- Heapify turns the array into a max-heap, taking part of it as sorted",
        "- implementation goes into the run method of the command object we make",
        "- 릴레이는 서브젝트를 감싼 것으로 다음 값만 보낼 수 있고 기능은 동일",
    ]


def test_a_long_topic_list_shows_each_wrapped_item_to_its_sentence_end() -> None:
    items = "".join(
        f"- Step {n} moves the token one place further along the ring and then\n"
        f"  hands it to the next node.\n"
        f"  - detail {n}\n"
        for n in range(1, 7)
    )
    cards = by_question(cards_of(f"## Token Ring Passing\n\n{items}"))
    answer = cards["Token Ring Passing"].answer
    assert answer.split("\n")[0] == (
        "- Step 1 moves the token one place further along the ring and then hands it to the"
        " next node."
    )
    assert "and then\n" not in answer
