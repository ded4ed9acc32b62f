"""What a section's opening paragraph says past its lead-in."""

from __future__ import annotations

from notecards.core.extract.proposers.past_lead_in import after_announcement, goes_on_about


def test_what_a_lead_in_announces_after_its_colon() -> None:
    said = "Here's one thing to watch out for: the cache is never cleared on restart."
    assert after_announcement(said) == "The cache is never cleared on restart."
    assert after_announcement("Here's what I did:") == ""
    assert after_announcement("결과는 다음과 같다: 캐시가 재시작 때 비워지지 않는다.") == ""


def test_a_lead_in_goes_on_about_its_heading_when_the_next_sentence_names_it() -> None:
    paragraph = (
        "예제 데이터로 군집화를 해 보았습니다. 적절한 k는 데이터마다 다르므로 "
        "여러 값을 시험해서 골라야 합니다. 아래 그래프를 볼까요?"
    )
    assert goes_on_about(paragraph, "적절한 k 고르기")
    assert not goes_on_about(paragraph, "실루엣 점수")


def test_a_story_that_goes_on_is_no_answer() -> None:
    paragraph = (
        "I tried the cluster on Sunday. He told me how the cluster was resized "
        "after the outage last month."
    )
    assert not goes_on_about(paragraph, "Resizing the cluster")
    assert not goes_on_about("I tried the cluster on Sunday.", "Resizing the cluster")


def test_a_lead_in_whose_subject_is_the_heading_goes_on_about_it() -> None:
    """``cosine similarity는 아래와 같이 구합니다.`` + how: the lead-in's own subject is
    what the heading asks, so the sentences after it are about it, named again or not."""
    paragraph = (
        "manhattan distance는 아래와 같이 구합니다. 두 점의 좌표 차이의 절댓값을 모두 "
        "더하면 격자를 따라 움직인 길이가 됩니다."
    )
    assert goes_on_about(paragraph, "manhattan distance")
    assert not goes_on_about(paragraph, "euclidean distance")
    # (the subject of a story is no subject of the heading's)
    story = "I computed the manhattan distance like this. It took two hours to get right."
    assert not goes_on_about(story, "manhattan distance")
