"""Lead-ins: sentences that announce what comes, or tell the writer's story."""

from __future__ import annotations

import re

import pytest

from notecards.core.extract.patterns import discourse
from notecards.core.extract.patterns.discourse import is_lead_in, without_turn_to_what_follows
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    "paragraph",
    [
        "이번 글에서는 힙에 대해 살펴보겠습니다.",
        "In this post, we look at heaps.",
        "By now, I've been asked about this often enough to write it down.",
        "Last spring I moved my notes into plain files.",
        "Disclaimer: these are my own notes, possibly wrong.",
        "Notes on the lectures, with my answers to the sheets.",
        "면접 전에 관련 글을 몇 개 읽어보았다.",
        "내가 속한 팀은 클라우드를 적극적으로 쓰고 있다.",
    ],
)
def test_announcements_and_the_writers_story_lead_in(paragraph: str) -> None:
    assert is_lead_in(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "A heap is a tree in which every parent orders before its children.",
        "A function $f$ is increasing on an interval $I$ when it never goes down there.",
        "Let `I` be the identity matrix of size n.",
        "힙은 부모가 자식보다 먼저 오는 완전 이진 트리이다.",
        "I/O scheduling orders the requests that wait for a disk.",
        "처음 읽는 주소라서 나는 미스를 cold miss라 한다.",
    ],
)
def test_what_something_is_does_not_lead_in(paragraph: str) -> None:
    assert not is_lead_in(paragraph)


def test_a_tip_skips_the_writers_story_for_what_follows() -> None:
    text = (
        "# Compare secrets in constant time\n\n"
        "Last week I had to check tokens sent by a client.\n\n"
        "Use `hmac.compare_digest(a, b)`, which takes as long whatever the input.\n"
    )
    card = by_question(cards_of(text, "python/secrets.md"))["Compare secrets in constant time"]
    assert card.answer.startswith("Use `hmac.compare_digest(a, b)`")


def test_a_story_is_about_the_writer_an_announcement_need_not_be() -> None:
    assert discourse.tells_a_story("I started with this prompt:")
    assert discourse.tells_a_story("제가 써 본 설정은 아래와 같습니다.")
    assert not discourse.tells_a_story("정리하면 아래와 같습니다.")
    assert not discourse.tells_a_story("Here is how it works: the server keeps a queue.")


def test_the_writers_hedge_in_brackets_tells_no_story() -> None:
    """``(I think)`` is an aside; the sentence is about the subject."""
    assert not discourse.tells_a_story(
        "Mastodon has a public (I believe undocumented) API: add `.json` to any profile URL."
    )
    assert discourse.tells_a_story("I think (as I wrote before) that this is neat.")
    assert discourse.tells_a_story("(I'm not sure this page is ever served, though.)")


def test_a_tip_stated_with_a_hedge_in_brackets_answers_the_title() -> None:
    note = (
        "# Reading a forum as JSON\n\n"
        "The forum has an unofficial (I think) feed: append `.json` to any page address to "
        "get that page as JSON.\n\n"
        "I wanted to follow new threads about my project.\n\n"
        "https://forum.example.org/tag/notecards/latest shows the latest threads for a tag.\n"
    )
    card = by_question(cards_of(note, "forum/json.md"))["Reading a forum as JSON"]
    assert "append `.json`" in card.answer


_LEAD_IN_ALTERNATIVES = re.compile(discourse._KOREAN_LEAD_IN.pattern.partition(r"\s])")[2])


@pytest.mark.parametrize(
    "sentence",
    [
        "그럼 이제 살펴보겠습니다",
        "구조를 알아보자",
        "코드를 정리해 보면",
        "직접 해보려고",
        "결과를 분석해 보죠",
        "트리를 구현해 보도록",
        "조금 이야기해 보자",
        "메모를 적어 보겠",
        "이제 시작하겠습니다",
        "식은 다음과 같다",
        "표는 아래와 같이",
        "구조는 아래 그림과 같습니다",
        "정리하면 다음 표와 같다",
        "그럼 칩시다",
        "같이 봅시다",
        "정리 합시다",
        "한번 볼까요",
        "이번에는 정복하자.",
        "같이 해보자",
        "글을 읽어보았다",
        "그래서 봤는데",
        "오늘 내가 한 일",
        "저는 이렇게 했다",
        "제가 써 본 설정",
        "나도 해봤다",
        "저도 그랬다",
        "이번 글에서는",
        "오늘은 정리",
        "지금까지 본 것",
        "먼저 설치한다",
        "우선 보자",
        "자, 시작",
        "트리는 균형 잡힌 탐색 트리이다",
    ],
)
def test_the_korean_lead_in_finds_what_its_alternatives_find(sentence: str) -> None:
    found = discourse._KOREAN_LEAD_IN.search(sentence)
    expected = _LEAD_IN_ALTERNATIVES.search(sentence)
    assert (found and found.span()) == (expected and expected.span())
    assert (found is None) == sentence.startswith("트리는")


def test_a_sentence_that_says_lets_leads_in_a_noun_that_ends_in_ja_does_not() -> None:
    assert discourse.is_lead_in("헷갈리는 RxSwift, 이번에는 정복하자. 비동기가 필요할 때 쓴다.")
    assert discourse.is_lead_in("예제를 하나 보자.")
    assert not discourse.is_lead_in("이 클래스의 생성자.")


@pytest.mark.parametrize(
    "text", ["**Update**: it turns out Prettier can do this too.", "Edit (2024): fixed a typo."]
)
def test_a_later_update_is_an_aside_of_the_writer(text: str) -> None:
    assert is_lead_in(text)


def test_an_imperative_update_is_no_aside() -> None:
    assert not is_lead_in("Update the lock file after adding a dependency.")


@pytest.mark.parametrize(
    "text",
    [
        "이 글에서는 데이터를 대표하는 값을 고르는 몇 가지 방법을 소개했습니다.",
        "본 글은 강의를 정리한 것입니다.",
        "This template should help you get started with the framework.",
        "This trick works in both Bash and zsh.",
    ],
)
def test_a_sentence_about_the_post_itself_leads_in(text: str) -> None:
    assert is_lead_in(text)


@pytest.mark.parametrize(
    "text", ["이 트리는 균형 트리이다.", "This file holds the server's settings."]
)
def test_a_sentence_about_a_thing_the_note_names_says_something(text: str) -> None:
    assert not is_lead_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "원격 브랜치를 지우고 로컬 것으로 새로 올리고 싶었다.",
        "Go를 배워야 할 일이 생겼다. 가 보자!",
    ],
)
def test_what_the_writer_wanted_is_their_story(text: str) -> None:
    assert is_lead_in(text)


def test_what_one_had_to_do_before_a_feature_is_a_fact() -> None:
    assert not is_lead_in("제네릭 이전에는 꺼낼 때마다 형변환을 해야 했다.")


@pytest.mark.parametrize(
    "paragraph",
    [
        "On my first attempt, it prompted me with a flag that wasn't quite right.",
        "My tutor this term is kind and patient.",
        "In my experience it is more intuitive to use.",
    ],
)
def test_the_writers_own_possessive_opens_a_story(paragraph: str) -> None:
    assert is_lead_in(paragraph)
    assert not is_lead_in("Mypy checks the types of a program.")


def test_a_korean_sentence_opening_with_the_writers_possessive_is_a_story() -> None:
    """``제 개인적 정리 용도로 업로드하는 글입니다`` (my own notes); an ordinal is no writer."""
    assert discourse.tells_a_story("제 개인적 정리 용도로 업로드하는 글입니다.")
    assert not discourse.tells_a_story("제 1장 트리는 다음을 다룬다.")


def test_a_heading_answered_only_by_a_pointer_to_a_figure_is_no_card() -> None:
    """``## 사영`` + "벡터를 사영한 결과는 아래 그림과 같습니다." + the figure: the sentence
    points at what the note shows, it says nothing itself."""
    text = (
        "# 선형대수\n\n## 벡터의 사영\n\n벡터 b를 벡터 a에 사영한 결과는 아래 그림과 같습니다.\n\n"
        "![사영](projection.png)\n"
    )
    assert "벡터의 사영" not in [card.question for card in cards_of(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The carry bypass adder is shown as follows:",
        "The plot is shown below.",
        "The process can be illustrated as follows:",
        "If we look from the top, we will see the diagram below",
    ],
)
def test_a_sentence_that_only_points_at_the_figure_below_leads_in(sentence: str) -> None:
    assert is_lead_in(sentence)


def test_a_sentence_that_says_something_before_pointing_below_does_not_lead_in() -> None:
    assert not is_lead_in(
        "A latch is two inverters connected in a loop, which can be shown as follows."
    )
    assert not is_lead_in("A register cascades two latches and this can be shown below.")


def test_a_last_sentence_that_only_announces_what_follows_is_cut() -> None:
    assert discourse.without_announcement("A는 B다. 그 모양은 아래와 같습니다.") == "A는 B다."
    assert discourse.without_announcement("A에 대해 다음 연산은 볼록성을 지킵니다.") == ""
    assert discourse.without_announcement("It grows. The curve is shown below.") == "It grows."
    # a colon keeps what the sentence says; "the next one" points at nothing below
    assert (
        discourse.without_announcement("X is a tool, for example:") == "X is a tool, for example:"
    )
    kept = "작업이 끝나기를 기다리지 않고 다음 작업이 실행되는 방식"
    assert discourse.without_announcement(kept) == kept
    shown = "오차는 정규분포를 따릅니다. 그 식은 다음과 같습니다. $$f(x) = e^{-x^2}$$"
    assert discourse.without_announcement(shown) == shown


@pytest.mark.parametrize(
    "text",
    [
        "실무에서 토큰 인증을 쓰게 되어 공부한 내용을 정리한다.",
        "무료 강의를 들으며 배운 것을 기록한다.",
        "자주 쓰는 명령어를 여기에 정리해 둔다.",
        "책의 3장을 읽고 정리했습니다.",
        "온라인 강의를 듣고 학습한 내용을 기록.",  # the verb left out, as terse notes do
    ],
)
def test_a_sentence_saying_the_writer_records_what_follows_leads_in(text: str) -> None:
    """``... 정리한다``, ``... 기록한다``: the note says what it is for, not what its
    subject is."""
    assert is_lead_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "두 확률 변수의 사전 확률과 사후 확률 사이의 관계를 나타내는 정리",
        "파일 시스템은 변경 내용을 저널에 먼저 기록한다.",
        "두 확률의 관계를 나타내는 베이즈 정리.",
    ],
)
def test_a_theorem_or_what_a_thing_records_does_not_lead_in(text: str) -> None:
    assert not is_lead_in(text)


@pytest.mark.parametrize(
    ("paragraph", "cites"),
    [
        ("파이썬 코딩의 기술(브렛 슬라킨 저) 3장 학습", True),
        ("객체지향의 사실과 오해(조영호 저)", True),
        ("클린 코드(로버트 마틴 지음) 읽고 정리", True),
        ("스택(Stack)은 나중에 넣은 것을 먼저 꺼내는 구조이다.", False),
        ("이 책(조영호 저)은 역할과 책임을 설명한다.", False),  # it goes on to say something
    ],
)
def test_a_line_citing_the_book_studied_leads_in(paragraph: str, cites: bool) -> None:
    """``책 제목(저자 저) 2권 학습``: where the note's content comes from, not what it says."""
    assert is_lead_in(paragraph) is cites


def test_a_title_over_the_book_it_was_studied_from_asks_nothing_of_it() -> None:
    text = (
        "# 아침 공부 #3 - 제네릭\n\n타입 안전 자바(김자바 저) 2권 학습\n\n"
        "## 1. 와일드카드\n\n- `?`: 모든 타입\n"
    )
    assert [card.question for card in cards_of(text)] == ["`?` — 1. 와일드카드"]


def test_a_preface_wishing_the_reader_well_leads_in() -> None:
    """``... 준비하시는 분들께 조금이나마 도움이 되길 바랍니다``: the writer to the reader."""
    assert is_lead_in(
        "자주 받은 질문을 모아 두었고, 틀린 곳이 있으면 알려 주세요. "
        "시험을 준비하시는 분들께 조금이나마 도움이 되길 바랍니다."
    )
    assert not is_lead_in("캐시는 자주 쓰는 값을 가까이 두어 읽기를 빠르게 하는 데 도움이 된다.")


@pytest.mark.parametrize(
    "preface",
    [
        "*공부하며 정리한 글입니다. 바르게 쓰려 했지만 내용에 오류가 있을 수 있습니다.*",
        "혼자 보려고 적은 메모라서 틀린 부분이 있을 수 있어요.",
        "These are my study notes and may contain mistakes.",
    ],
)
def test_a_writer_disclaiming_the_note_leads_in(preface: str) -> None:
    assert is_lead_in(preface)


def test_a_sentence_about_possible_errors_of_a_thing_says_something() -> None:
    assert not is_lead_in("부동소수점 연산에는 반올림 오차가 있을 수 있다.")
    assert not is_lead_in("The input may contain duplicates, so dedupe it first.")


@pytest.mark.parametrize(
    "sentence",
    [
        "I figured out a pattern for doing that using `respx` to fake the server.",
        "I found a neat trick to keep the cursor where it was.",
        "I came up with a way to rotate the logs without a restart.",
        "I solved this with a small `retry()` wrapper around the call.",
        "I ended up fixing it by pinning the driver to version 2.",
    ],
)
def test_a_writer_stating_the_way_they_found_states_the_tip(sentence: str) -> None:
    assert not is_lead_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It turns out the cache needs a `ttl` key - I left it out and got stale pages.",
        "Turns out the runner wants an explicit `shell:` line, or I see odd quoting bugs.",
        "I found I needed to pass `--no-cache` to get a fresh build.",
        "I realized I had to flush the buffer after each write.",
        "I figured out a workaround: run the job twice, once with a dry run.",
        "The fix was to pin the plugin, as I had an old release installed.",
    ],
)
def test_a_finding_that_opens_a_paragraph_is_the_tip_not_the_story(sentence: str) -> None:
    assert not is_lead_in(sentence)
    assert not discourse.tells_a_story(sentence)


@pytest.mark.parametrize(
    "sentence", ["I found this workaround:", "Turns out I can:", "It turns out I was wrong."]
)
def test_a_finding_that_only_leads_on_or_is_about_the_writer_stays_a_story(
    sentence: str,
) -> None:
    assert is_lead_in(sentence)


def test_a_section_opening_on_a_finding_answers_with_it() -> None:
    note = (
        "# Shipping logs to a bucket\n\n"
        "I send my app logs to a storage bucket with a small shipper container.\n\n"
        "## Deploying the shipper\n\n"
        "It turns out the shipper still needs a `app.toml` file to start - I tried without"
        " one and the health checks failed.\n\n"
        "Here's the file I used:\n\n"
        '```toml\napp = "log-shipper"\n```\n'
    )
    answer = by_question(cards_of(note))["Deploying the shipper"].answer
    assert answer.startswith("It turns out the shipper still needs")


def test_a_writer_announcing_the_following_pattern_leads_in() -> None:
    assert is_lead_in("I figured out the following pattern for doing that.")


def test_a_last_sentence_that_turns_to_what_follows_is_cut() -> None:
    said = "k는 데이터마다 다릅니다. 아래 그림을 볼까요?"
    assert without_turn_to_what_follows(said) == "k는 데이터마다 다릅니다."
    assert without_turn_to_what_follows("아래 그림을 볼까요?") == ""
    assert without_turn_to_what_follows("k는 왜 중요할까요?") == "k는 왜 중요할까요?"


@pytest.mark.parametrize("turn", ["예문을 보겠습니다.", "차례대로 살펴보겠습니다.", "예를 봅시다."])
def test_a_last_sentence_proposing_to_look_at_what_follows_is_cut(turn: str) -> None:
    """``... 예문을 보겠습니다.``: it turns to the examples under it, and says nothing; a
    definition that ends with it answers without it."""
    said = f"연속상이란 사태가 이어지고 있는 것을 가리킵니다. {turn}"
    assert without_turn_to_what_follows(said) == "연속상이란 사태가 이어지고 있는 것을 가리킵니다."
    assert discourse.without_announcement(said) == (
        "연속상이란 사태가 이어지고 있는 것을 가리킵니다."
    )
    assert without_turn_to_what_follows("그 결과는 뒤에서 보겠습니다만 크다.") == (
        "그 결과는 뒤에서 보겠습니다만 크다."
    )


@pytest.mark.parametrize(
    "opening",
    [
        "회사에서 쓰는 라이브러리를 공부하다가 해싱에 대해 공부하였다.",
        "회사에서 쓰고 있어서 공부 시작!",
        "웹이 어떻게 동작하는지 궁금해서 시작!",
        "무료 강의를 수강하며 기록한다.",
        "문제를 풀다 보니 정리가 필요했다.",
        "챗봇을 개발하다 쓸 일이 생긴 김에 공부하여 정리",
        "처음에는 필자가 쓰는 플러그인을 의심했다.",
    ],
)
def test_the_writers_studying_unsaid_who_is_their_story(opening: str) -> None:
    assert discourse.tells_a_story(opening)
    assert is_lead_in(opening)


def test_studying_said_of_the_subject_is_no_story() -> None:
    assert not discourse.tells_a_story("해싱은 비밀번호를 저장하기 전에 바꾸는 일이다.")


@pytest.mark.parametrize(
    "sentence",
    [
        "해시 함수는 다음과 같이 임의 길이의 입력을 고정된 길이의 값으로 바꾸는 함수입니다.",
        "힙 정렬은 아래와 같은 완전 이진 트리를 배열 하나에 담아 정렬을 수행합니다.",
    ],
)
def test_as_follows_said_in_passing_leads_in_to_nothing(sentence: str) -> None:
    # four words or more go on past "다음과 같이": the sentence says what it points at
    assert discourse.points_in_passing(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "엔트로피는 다음과 같이 정의됩니다.",  # pointing is all it does
        "학습 데이터가 아래와 같이 주어져 있다고 합니다.",
        "다음과 같은 배열이 있다고 가정해 보겠습니다.",  # another lead-in is left
        "트리는 노드와 간선으로 이루어진 그래프입니다.",  # no "as follows" at all
    ],
)
def test_as_follows_that_only_points_still_leads_in(sentence: str) -> None:
    assert not discourse.points_in_passing(sentence)


@pytest.mark.parametrize(
    ("paragraph", "announces"),
    [
        ("피동은 접미사로 나타납니다. 다음 예문과 같습니다.", True),
        ("형용사가 쓰인 예문을 보겠습니다.", True),
        ("아래 예문에서 조사가 빠졌습니다.", True),
        ("명사의 예는 아래와 같습니다.", False),  # named instances, which may be defined
        ("차이가 있습니다. 예컨대 다음과 같습니다.", False),
        ("위의 예제는 아래 문제점을 가지고 있다.", False),  # what it says of the example
        ("동사의 예는 다음과 같습니다. 이들은 높임에만 쓰입니다.", False),  # moved on
        ("예외는 다음과 같습니다.", False),  # an exception, not an example
    ],
)
def test_announces_examples(paragraph: str, announces: bool) -> None:
    assert discourse.announces_examples(paragraph) is announces
