"""Prose sentences that name or define a term."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_prose_definition_sentence() -> None:
    (card,) = cards_of("계수의 합이 1인 경우, 이를 convex combination이라고 함\n")
    assert card.question == "convex combination"


def test_a_term_defined_by_its_kind_in_prose() -> None:
    text = (
        "## 자료구조\n\n스택은 나중에 들어온 것이 먼저 나가는 자료구조이다. 함수 호출에 쓰인다.\n\n"
        "## Streaming\n\nKafka is a distributed log used for moving events between services.\n"
    )
    questions = {card.question for card in cards_of(text)}
    assert {"스택", "Kafka"} <= questions


def test_a_sentence_about_the_writer_or_a_result_is_no_definition() -> None:
    text = (
        "나는 오늘 공부한 내용을 정리하는 방법이다.\n\nThe result is a matrix that we can invert.\n"
    )
    assert cards_of(text) == []


def test_every_term_a_line_names_is_a_card() -> None:
    text = (
        "# Probability\n\nThe set of every outcome is called the *sample* space. "
        "A subset of it is called an *event*.\n"
    )
    cards = by_question(cards_of(text, "prob.md"))
    assert cards["sample space"].answer == "The set of every outcome is called the *sample* space."
    assert cards["event"].answer == "A subset of it is called an *event*."


def test_a_name_that_points_back_above_its_line_is_answered_with_the_sentences_after_it() -> None:
    text = (
        "# Verilog\n\nAn AND gate takes one line with the assign keyword.\n\n"
        "This is called a **continuous assignment**. It is always in effect. "
        "It drives a signal from an expression.\n"
    )
    cards = by_question(cards_of(text, "verilog.md"))
    assert cards["continuous assignment"].answer == (
        "This is called a **continuous assignment**. It is always in effect. "
        "It drives a signal from an expression."
    )


def test_a_list_item_that_names_a_term_is_a_card_of_its_own() -> None:
    text = (
        "---\ntitle: Networks\n---\n\n## Layers\n"
        "- Data units on the second layer are called **frames** (they wrap packets)\n"
        "    - the adapter builds them in hardware\n"
        "- 여러 요청을 한 번에 모아 보내는 방식을 배치 처리라고 한다\n"
        "- Routers sit between networks\n"
    )
    cards = by_question(cards_of(text, "net.md"))
    assert cards["frames"].answer.startswith("Data units on the second layer are called")
    assert "adapter builds them" in cards["frames"].answer
    assert "모아 보내는 방식" in cards["배치 처리"].answer
    assert "Layers" not in cards  # its list is mostly cards of their own: a glossary


def test_a_list_with_one_naming_item_still_answers_its_heading() -> None:
    text = (
        "## Routing\n- Routers sit between networks\n- They forward packets hop by hop\n"
        "- The table they read is called the **routing table**\n- Tables are built by protocols\n"
    )
    cards = by_question(cards_of(text, "net.md"))
    assert cards["routing table"].line == 4
    assert "Tables are built by protocols" in cards["Routing"].answer


def test_an_item_naming_what_the_items_before_it_say_is_answered_with_them() -> None:
    # "- 이를 X라고 함" under the items it points back at: they say what X is
    text = (
        "## 분포의 한계\n"
        "- 정규 분포 가정의 한계\n"
        "  - 실제 수익률은 정규분포를 따르지 않음\n"
        "  - 큰 손실이 날 확률이 정규분포의 예측보다 높음\n"
        "  - 이를 **두꺼운 꼬리**라고 함\n"
        "    - 그래서 위험을 작게 잡게 됨\n"
        "- Caches keep recent reads\n"
        "  - a read that finds its entry there is fast\n"
        "  - This is called a **hit**\n"
    )
    cards = by_question(cards_of(text, "stats.md"))
    assert cards["두꺼운 꼬리"].answer == (
        "- 실제 수익률은 정규분포를 따르지 않음\n"
        "- 큰 손실이 날 확률이 정규분포의 예측보다 높음\n"
        "- 이를 **두꺼운 꼬리**라고 함\n"
        "  - 그래서 위험을 작게 잡게 됨"
    )
    assert cards["두꺼운 꼬리"].line == 5
    assert cards["hit"].answer.startswith("- a read that finds its entry there is fast")
    # the first item of a list has nothing before it to point at: its parent asks it
    (parent,) = cards_of("## Caches\n- Caches keep recent reads\n  - This is called a **cache**\n")
    assert parent.question == "Caches keep recent reads"


def test_a_line_that_defines_one_term_and_then_names_another_makes_both_cards() -> None:
    text = (
        "# Statistics\n\n## Covariance and correlation\n\n"
        "상관계수는 두 변수의 직선관계가 얼마나 강한지를 나타냅니다. "
        "상관계수에 두 표준편차를 곱한 것을 공분산이라고 합니다.\n"
    )
    cards = by_question(cards_of(text, "stats.md"))
    assert cards["상관계수"].answer.startswith("상관계수는 두 변수의 직선관계")
    assert "공분산이라고" not in cards["상관계수"].answer
    assert cards["공분산"].answer.startswith("상관계수에 두 표준편차를")


def test_a_sentence_naming_a_subjects_purpose_is_a_card_of_it() -> None:
    text = (
        "## 임베딩\n\n"
        "Word2Vec의 최종 목적은 단어마다 의미를 담은 벡터를 얻어내는 데 있습니다. "
        "학습이 끝나면 입력층 가중치만 씁니다.\n"
    )
    cards = by_question(cards_of(text, "embedding.md"))
    assert cards["Word2Vec의 최종 목적"].answer.startswith("Word2Vec의 최종 목적은 단어마다")


def test_a_sentence_that_names_two_terms_in_two_clauses_makes_both_cards() -> None:
    text = (
        "## 그래프\n\n"
        "정점으로 들어오는 간선의 수를 진입 차수라 하고, "
        "정점에서 나가는 간선의 수를 진출 차수라고 한다.\n"
    )
    cards = by_question(cards_of(text, "graph.md"))
    assert cards["진입 차수"].answer == "정점으로 들어오는 간선의 수를 진입 차수라 하고,"
    assert cards["진출 차수"].answer == "정점에서 나가는 간선의 수를 진출 차수라고 한다."


def test_a_definition_line_that_names_another_term_in_passing_makes_its_card_too() -> None:
    text = (
        "# 행렬\n\n"
        "> **역행렬(inverse matrix)** : AB=BA=I를 만족하는 B를 A의 역행렬이라 한다. "
        "만족하는 B가 없으면 A를 **특이행렬(singular matrix)**이라 한다.\n"
    )
    cards = by_question(cards_of(text, "matrix.md"))
    assert cards["역행렬(inverse matrix)"].answer.startswith("AB=BA=I를 만족하는 B를")
    assert cards["특이행렬(singular matrix)"].answer == (
        "만족하는 B가 없으면 A를 **특이행렬(singular matrix)**이라 한다."
    )
    assert "A의 역행렬" not in cards  # the line's own term named again is no other term


def test_each_name_of_an_enumerating_sentence_is_a_card() -> None:
    text = (
        "# 큐\n\n큐는 먼저 들어온 값이 먼저 나가는 구조입니다. 값을 넣는 연산을 **enqueue**, "
        "값을 꺼내는 연산을 **dequeue**라고 합니다.\n"
    )
    cards = by_question(cards_of(text, "queue.md"))
    sentence = "값을 넣는 연산을 **enqueue**, 값을 꺼내는 연산을 **dequeue**라고 합니다."
    assert cards["dequeue"].answer == sentence
    assert cards["enqueue"].answer == sentence


def test_a_naming_sentence_led_by_a_time_word_keeps_to_itself() -> None:
    """``이 때 ...를 X라고 합니다`` says in full what it names: "이 때" (at this point) points
    at no object, so the sentence before it is a card of its own, not part of X's answer."""
    text = (
        "# 정렬\n\n**정렬 알고리즘**이란 값을 정해진 순서로 늘어놓는 절차입니다. "
        "이 때 서로 같은 값의 순서가 지켜지는 성질을 **안정성**이라고 합니다.\n"
    )
    cards = by_question(cards_of(text, "sort.md"))
    assert (
        cards["안정성"].answer
        == "이 때 서로 같은 값의 순서가 지켜지는 성질을 **안정성**이라고 합니다."
    )
    assert (
        cards["정렬 알고리즘"].answer
        == "**정렬 알고리즘**이란 값을 정해진 순서로 늘어놓는 절차입니다."
    )


def test_a_term_defined_as_a_program_an_engine_or_a_platform_is_a_card() -> None:
    """Tools are defined by their kind as often as algorithms are: ``X는 ... 프로그램이다``,
    ``X는 ... 검색 엔진으로, ...``, ``X는 ... 플랫폼``."""
    text = (
        "# 도구 정리\n\n## 터널\n\nburrow는 내 컴퓨터의 포트를 바깥에서 열어 볼 수 있게 해주는 "
        "프로그램이다.\n\n## 검색\n\nfindly는 문서를 빠르게 찾아 주는 검색 엔진으로, 색인을 "
        "미리 만들어 둔다.\n\n## 실험\n\ntrackit은 학습 실험의 기록을 모아 두는 플랫폼\n"
    )
    questions = {card.question for card in cards_of(text, "tools.md")}
    assert {"burrow", "findly", "trackit"} <= questions


def test_a_sentence_that_links_to_a_tool_and_gives_its_kind_defines_it() -> None:
    """``[crusher](https://...) is a lossless image compressor.``: the link names the thing,
    so its kind alone defines it; the heading above still gets its paragraph."""
    text = (
        "# Image tools\n\n## Making pictures smaller\n\n"
        "[crusher](https://example.org/crusher) is a lossless image compressor.\n\n"
        "[Guide to crushing images](https://example.org/guide) tells us that there is a "
        "better way.\n\n"
        "[example.org/me/crusher-fork](https://example.org/me/crusher-fork) is a fork.\n\n"
        "- [Crushing is a kind of art](https://example.org/art)\n\n"
        "## Shrinking colours\n\n[squeezer](https://example.org/sq) can cut the number of "
        "colours in an image.\n\n[This page](https://example.org/p) can help too.\n"
    )
    cards = by_question(cards_of(text, "images.md"))
    assert cards["crusher"].answer == (
        "[crusher](https://example.org/crusher) is a lossless image compressor."
    )
    assert "Making pictures smaller" in cards
    assert cards["squeezer"].answer.startswith("[squeezer](https://example.org/sq) can cut")
    assert set(cards) == {"crusher", "Making pictures smaller", "squeezer", "Shrinking colours"}


def test_a_naming_sentence_mid_line_does_not_take_the_wrapped_line_under_it() -> None:
    """The line goes on past the naming sentence (``Before starting, we first divide``), so
    the wrapped line under it continues that, not the name's sentence."""
    text = (
        "# Notes\n\n## Solving\n\nSome words first.\n\n"
        "We use a function that is called a factor. Before starting, we first divide\n"
        " by the constant to clean things up.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["factor"].answer == "We use a function that is called a factor."


def test_a_definition_a_naming_sentence_points_back_at_is_a_card_of_its_own() -> None:
    """``상태기계란 ...모델입니다. 이 기계는 ... 이를 상태 전환이라고 합니다.``: the naming
    keeps the one before it to say what it names, and that one still defines its term."""
    text = (
        "# Automata\n\n## Machines\n\nSome words first.\n\n"
        "상태기계란 입력에 따라 상태를 바꾸는 수학적 모델입니다. "
        "이 기계는 사건에 의해 다른 상태로 변하는데 이를 상태 전환이라고 합니다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["상태기계"].answer.startswith(
        "상태기계란 입력에 따라 상태를 바꾸는 수학적 모델입니다."
    )
    assert "전환이라고 합니다" in cards["상태 전환"].answer


def test_a_line_that_names_a_term_and_then_defines_another_makes_both_cards() -> None:
    """A definition after the naming sentence is a card too, as one before it is."""
    text = (
        "# 정보량\n\n"
        "밑이 2인 경우 정보량의 단위를 비트라고 합니다. "
        "**엔트로피(entropy)**는 모든 사건 정보량의 기대값을 뜻합니다. "
        "분포의 불확실성을 잴 때 씁니다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["비트"].answer == "밑이 2인 경우 정보량의 단위를 비트라고 합니다."
    assert cards["엔트로피(entropy)"].answer.startswith("**엔트로피(entropy)**는 모든 사건")


def test_a_definition_wrapped_over_lines_is_read_whole() -> None:
    """Prose hard-wrapped at a width: a sentence that starts inside a line and goes on
    below it (``... reward. Temporal difference learning is a way`` + ``of learning ...``)
    defines its term, the card standing at the line the sentence starts on; the title's
    answer ends where that sentence begins, not in the middle of the line before it."""
    text = (
        "# Reward prediction\n\n"
        "Reward prediction asks how an animal comes to expect a reward from the cues\n"
        "that come before it. Temporal difference learning is a method that learns those\n"
        "predictions from the difference between one estimate and the next one along.\n"
    )
    cards = by_question(cards_of(text, "rl/reward.md"))
    card = cards["Temporal difference learning"]
    assert card.answer.startswith("Temporal difference learning is a method that learns those")
    assert card.line == 4
    assert cards["Reward prediction"].answer == (
        "Reward prediction asks how an animal comes to expect a reward from the cues\n"
        "that come before it."
    )


def test_short_lines_kept_apart_are_not_one_sentence() -> None:
    """Notes written in an editor that shows each line break keep short lines apart
    (``This step is called *resampling*`` + ``Key idea: ...``): they are not joined."""
    text = (
        "# Textures\n\n## Magnification\n\n"
        "This step is called *resampling*\n"
        "Key idea: compute the values in between the texels\n"
    )
    cards = by_question(cards_of(text, "graphics/tex.md"))
    assert cards["resampling"].answer == "This step is called *resampling*"


def test_each_naming_sentence_of_wrapped_prose_names_its_term() -> None:
    """Two naming sentences in one wrapped paragraph: the second's clause (``... is called the
    __partition function__ and is defined as:``) names nothing the whole line can read, but
    the first (``where $$\\beta$$ is called the __inverse temperature__ and ...``) still names
    its term, read as a sentence of its own."""
    text = (
        "# Boltzmann\n\n"
        "where $$\\beta = 1/T > 0$$ is called the __inverse temperature__ and $$E(x)$$ is the\n"
        "energy of the configuration $$x$$. The normalizing constant $$Z(\\beta)$$ is\n"
        "called the __partition function__ and is defined as:\n\n"
        "$$Z(\\beta) = \\sum_x \\exp(-\\beta E(x))$$\n"
    )
    cards = by_question(cards_of(text, "physics/boltzmann.md"))
    assert cards["inverse temperature"].line == 3


def test_an_item_opening_with_a_definition_label_is_read_past_it() -> None:
    """``- Definition. A ring is **commutative** if ...``: the label says a definition
    follows; the sentence after it is the definition, and the answer."""
    text = (
        "## Rings\n\n"
        "- Definition. A ring is **commutative** if $ab = ba$ for all of its elements.\n"
        "- Def. A **unit** is an element that has a multiplicative inverse.\n"
    )
    cards = by_question(cards_of(text, "rings.md"))
    assert cards["commutative"].answer.startswith("A ring is **commutative** if")
    assert cards["unit"].answer == "A **unit** is an element that has a multiplicative inverse."


def test_a_naming_sentence_goes_on_in_the_subjectless_sentence_that_says_what_it_is() -> None:
    """``... $n/m$을 **load factor**라고 합니다. 한 버킷에 평균 몇 개의 키가 담기는지를 나타내는
    지표입니다.``: the sentence after the name, with no subject of its own, says what the named
    term is (``It is ...`` in English); one with a subject of its own is about something else."""
    text = (
        "# 해시\n\n메모리가 부족하면 키보다 작은 테이블을 씁니다. "
        "이 때 $n/m$을 **load factor**라고 합니다. "
        "한 버킷에 평균 몇 개의 키가 담기는지를 나타내는 지표입니다. 테이블은 커질 수 있습니다.\n\n"
        "Sampling a few rows with replacement is called **bootstrapping**. It is a way to "
        "estimate the spread of a statistic. The rows are drawn at random.\n\n"
        "값을 해시로 묶습니다. 묶은 값을 **버킷**이라고 합니다. 체인은 버킷마다 하나씩 둡니다.\n"
    )
    cards = by_question(cards_of(text, "hash.md"))
    assert cards["load factor"].answer.endswith("키가 담기는지를 나타내는 지표입니다.")
    assert cards["bootstrapping"].answer.endswith("estimate the spread of a statistic.")
    assert cards["버킷"].answer == "묶은 값을 **버킷**이라고 합니다."


def test_a_bolded_name_a_sentence_introduces_is_defined_by_the_sentence_after_it() -> None:
    """``가장 단순한 결정 방식은 **다수결(Majority voting)**입니다. 이웃들 범주 가운데 ...
    예측하는 것입니다.``: a sentence whose subject is answered by a bolded name introduces
    it, and the subjectless sentence after it says what it is. Without such a sentence after
    it, it only says what its subject is (``선형회귀는 **모수적 기법**입니다. ... 때문이죠``)."""
    text = (
        "# 캐시\n\n캐시가 가득 차면 무엇을 버릴지 정해야 합니다. "
        "가장 흔히 쓰는 규칙은 **LRU(Least Recently Used)**입니다. "
        "가장 오랫동안 읽히지 않은 항목부터 내보내는 방식입니다. 구현은 간단합니다.\n\n"
        "두번째는 **쓰기 지연**입니다. 바뀐 값을 모았다가 한꺼번에 디스크에 쓰는 기법이다.\n\n"
        "해시 테이블은 **자료구조**입니다. 키로 값을 빨리 찾기 때문이죠.\n"
    )
    cards = by_question(cards_of(text, "cache.md"))
    assert cards["LRU(Least Recently Used)"].answer == (
        "가장 흔히 쓰는 규칙은 **LRU(Least Recently Used)**입니다. "
        "가장 오랫동안 읽히지 않은 항목부터 내보내는 방식입니다."
    )
    assert cards["쓰기 지연"].answer.endswith("한꺼번에 디스크에 쓰는 기법이다.")
    assert "자료구조" not in cards


def test_a_name_introduced_by_baro_by_other_marks_or_as_a_kind_that_exists() -> None:
    """``이 가운데 가장 많이 쓰이는 것이 바로 최대우도추정량입니다.``, ``두번째는 *supporting
    hyperplane theorem*입니다.``, ``쉘정렬에는 *gap*이라는 개념이 있습니다.``: a name
    introduced unmarked after 바로, in italics or code, or as a kind of thing there is, is
    defined by the sentence after it, as a bolded one is (a spoken copula, ``개념인데요``,
    says what it is too)."""
    text = (
        "# 정렬\n\n여러 방법이 있습니다. 그 가운데 가장 빠른 것이 바로 퀵 정렬입니다. "
        "피벗을 기준으로 작은 값과 큰 값을 가르는 방식입니다.\n\n"
        "두번째는 *안정 정렬*입니다. 같은 값의 원래 순서가 그대로 유지되는 정렬입니다.\n\n"
        "셸 정렬에는 *gap*이라는 개념이 있습니다. 떨어진 원소끼리 먼저 비교한다는 개념인데요. "
        "gap은 점점 줄어듭니다.\n\n"
        "이 방법에는 `partition()`이라는 함수가 있습니다. 이 함수는 배열을 둘로 나눕니다.\n"
    )
    cards = by_question(cards_of(text, "sort.md"))
    assert cards["퀵 정렬"].answer.endswith("작은 값과 큰 값을 가르는 방식입니다.")
    assert cards["안정 정렬"].answer.endswith("순서가 그대로 유지되는 정렬입니다.")
    assert cards["gap"].answer == (
        "셸 정렬에는 *gap*이라는 개념이 있습니다. 떨어진 원소끼리 먼저 비교한다는 개념인데요."
    )
    # (the sentence after it has a subject of its own: it says what the function does, not
    # what it is)
    assert "`partition()`" not in cards


def test_each_bolded_name_a_clause_describes_in_one_sentence_is_asked() -> None:
    """``입력 변수 영역을 두 개로 구분하는 **재귀적 분기**와 너무 자세하게 구분된 영역을 통합하는
    **가지치기** 두 가지 과정으로 나뉩니다``: each name the clause before it describes is a
    card, the sentence answering; not in a sentence announcing the post, nor for names
    with no clause before them."""
    text = (
        "# 트리\n\n학습은 영역을 반으로 나누는 **분할**과 잘게 나뉜 영역을 다시 합치는 "
        "**병합** 두 단계로 이뤄집니다.\n\n"
        "이번 글에서는 널리 쓰이는 자료구조인 **힙**과 힙의 일종인 **이진 힙**을 "
        "살펴보겠습니다.\n\n"
        "값은 **열림**, **닫힘**, 혹은 **그 사이의 값**으로 정해집니다.\n"
    )
    cards = by_question(cards_of(text, "tree.md"))
    sentence = (
        "학습은 영역을 반으로 나누는 **분할**과 잘게 나뉜 영역을 다시 합치는 **병합** 두 단계로 "
        "이뤄집니다."
    )
    assert cards["분할"].answer == sentence
    assert cards["병합"].answer == sentence
    assert not {"힙", "이진 힙", "열림", "닫힘"} & set(cards)


def test_lines_of_a_paragraph_each_opening_with_its_own_code_topic_are_a_list() -> None:
    text = (
        "# 큐 다루기\n\n## 꺼내기\n\n"
        "peek()은 맨 앞의 요소를 지우지 않고 돌려준다.  \n"
        "poll()은 맨 앞의 요소를 꺼내서 지운다.\n\n"
        "## 넣기\n\n"
        "offer()는 자리가 없으면 false를 돌려준다. 예외는 없다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["peek()"].answer == "peek()은 맨 앞의 요소를 지우지 않고 돌려준다."
    assert cards["poll()"].answer == "poll()은 맨 앞의 요소를 꺼내서 지운다."
    # one such line alone is what its section says, its heading asking
    assert "offer()" not in cards


def test_an_item_naming_two_things_in_two_clauses_gives_each_a_card() -> None:
    """``- ...때 이를 X라고 하고, ...때 이를 Y라고 한다`` names Y as well as X."""
    text = (
        "## 결합\n\n- 두 값이 모두 맞을 때 이를 강한 결합이라고 하고, "
        "한 값만 맞을 때 이를 약한 결합이라고 한다.\n"
    )
    questions = {card.question for card in cards_of(text)}
    assert {"강한 결합", "약한 결합"} <= questions


def test_a_name_given_in_an_item_is_not_taken_for_a_longer_name() -> None:
    """``interval estimate`` is no part of ``interval estimator``: both are cards."""
    text = (
        "## Estimates\n\n- The pair $(a, b)$ is called a point estimate and the random pair "
        "$(A, B)$ is called a point estimator.\n"
    )
    questions = {card.question for card in cards_of(text)}
    assert {"point estimate", "point estimator"} <= questions


def test_a_name_set_apart_in_passing_and_taken_up_next_is_a_card() -> None:
    text = (
        "# 캐시\n\n## 교체\n\n캐시가 가득 차면 무언가를 버려야 합니다. "
        "이때 가장 오래 쓰지 않은 것을 버리는 **LRU 정책(Least Recently Used)**이 "
        "흔히 쓰입니다. LRU 정책은 항목마다 최근 사용 시각을 기록해 둡니다.\n"
    )
    card = by_question(cards_of(text, "cache.md"))["LRU 정책"]
    assert "최근 사용 시각을 기록" in card.answer


def test_the_sentence_that_takes_a_name_up_again_answers_with_it() -> None:
    text = (
        "## 묶음\n\n자를 수 없는 짐만 고르는 문제를 통째 배낭문제(whole knapsack)라고 합니다. "
        "통째 배낭문제는 모든 조합을 따져 봐야 하는 어려운 문제입니다.\n\n"
        "## Tools\n\nThe shell ships a helper called **lsblk**. It lists every block device "
        "with its size.\n\n"
        "## Notes\n\nA list of spending is called a *ledger*. It might be useful to keep one "
        "for each month.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["통째 배낭문제(whole knapsack)"].answer.endswith("어려운 문제입니다.")
    assert cards["lsblk"].answer.endswith("with its size.")
    assert cards["ledger"].answer == "A list of spending is called a *ledger*."
