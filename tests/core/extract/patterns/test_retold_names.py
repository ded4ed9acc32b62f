"""Names set apart in passing that the next sentence takes up as its topic."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.retold_names import retold_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "캐시를 비울 때는 가장 오래 쓰지 않은 것을 버리는 **LRU 정책(Least Recently Used)**을"
            " 씁니다. LRU 정책은 최근 사용 시각을 기록해 둡니다.",
            ["LRU 정책"],
        ),
        ("정렬에는 `병합 정렬`도 있습니다. `병합 정렬`은 둘로 나눠 합칩니다.", ["병합 정렬"]),
        (
            "그래프를 넓게 훑는 너비우선탐색(BFS)이 있습니다. 너비우선탐색은 큐를 씁니다.",
            ["너비우선탐색"],
        ),
        ("이 모델은 **Bloom Filter**를 씁니다. BloomFilter는 공간을 아낍니다.", ["Bloom Filter"]),
        # the name is not set apart, or the next sentence is about something else
        ("이 모델은 해시 테이블을 씁니다. 해시 테이블은 빠릅니다.", []),
        ("이 모델은 **해시 테이블**을 씁니다. 그래서 탐색은 빠릅니다.", []),
        # the name is taken up two sentences later, not by the next one
        ("이 모델은 **트라이**를 씁니다. 문자열에 좋습니다. 트라이는 나무꼴입니다.", []),
    ],
)
def test_a_name_set_apart_and_taken_up_next(line: str, names: list[str]) -> None:
    assert [name for name, _ in retold_names(line)] == names


def test_the_answer_is_the_sentence_that_sets_it_apart_and_the_next() -> None:
    line = "첫 문장입니다. 흔히 **힙**을 씁니다. 힙은 최댓값을 빨리 찾습니다. 끝입니다."
    assert retold_names(line) == [("힙", "흔히 **힙**을 씁니다. 힙은 최댓값을 빨리 찾습니다.")]
