"""Sentences that name a term."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notecards.core.extract.patterns import english_naming, enumerated_names, naming_sentences
from notecards.core.extract.patterns.naming_sentences import named_in_prose
from notecards.core.extract.patterns.sentences import SENTENCE_BREAK
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("계수의 합이 1인 경우, 이를 convex combination이라고 함", "convex combination"),
        ("데이터를 늘리는 과정을 augmentation이라 부른다.", "augmentation"),
        ("When a model memorises noise, this is called overfitting.", "overfitting"),
        ("이 문제가 가장 어렵다고 생각함", None),
        ("He was called away.", None),
        ("Units at the data link layer are called **frames** (they wrap a packet)", "frames"),
        ("The set of every outcome is called the *sample* space.", "sample space"),
        ("다음 조건을 만족할 때 **부분공간(subspace)**이라고 합니다.", "부분공간(subspace)"),
        ("두 함수 사이에 이런 관계를 지니면 *weak dual*이라고 합니다.", "weak dual"),
        ("데이터가 많다면 꽤 효과적인 알고리즘이라고 합니다.", None),
        ("이 경우에는 메모해 두었다가 풀면 효율적이라고 합니다.", None),
        ("모든 레벨이 꽉 찬 이진 트리를 가리켜 포화 이진 트리라고 한다.", "포화 이진 트리"),
        ("들어온 순서대로 꺼내는 구조를 두고 큐라고 부른다.", "큐"),
        ("모델은 예시를 보고 패턴을 따라 함.", None),
        ("원하는 값만 골라 합니다.", None),
        ("전체를 한번 도는걸 1 epoch이라 한다.", "1 epoch"),
        ("그 클래스를 위한 정보를 보통 '메타 데이터'라고 부름", "메타 데이터"),
        ("점마다 가장 가까운 중심을 정합니다. 이것이 할당 단계입니다.", "할당 단계"),
        ("모든 부분을 더해 봅니다. 이것이 바로 *주변 확률*입니다.", "주변 확률"),
        ("이것이 바로 우도입니다.", None),
        ("값을 모두 더했습니다. 이것이 바로 NF가 노리는 바입니다.", None),
        ("값을 모두 더했습니다. 이게 쿼리가 동작하는 방식이다.", None),
        ("파티션이 없는 컨슈머의 상태를 '유휴(Idle)' 상태라고 함", "유휴(Idle) 상태"),
        ("한 클래스가 다른 클래스를 쓸 때 이를 '의존'이라고 한다.", "의존"),
        ("A set is called affine if, for every pair of points, the line lies in it.", "affine"),
        ("They are called chiral since in the massless case they split.", "chiral"),
        ("Parts are called _properties_ and _methods_ inside objects.", None),
        ("값을 넣고 꺼냅니다. 이것은 Stack 의 가장 큰 특징이다.", None),
        (
            "$r$ and $t$ are called the reflection coefficients respectively.",
            "reflection coefficients",
        ),
        (
            "A rule for choosing the next point, often called the _selection policy_.",
            "selection policy",
        ),
        ("Grouped bytes loaded together, known as the **cache block**", "cache block"),
        ("The draft was never merged, called pointless by the maintainers.", None),
        ("Several groups, called for an immediate recount.", None),
        # the writer's own name for it, from here on
        ("앞 단계의 값을 더해 넘기는 통로를 cell state라 하겠습니다.", "cell state"),
        ("이렇게 묶은 노드들을 클러스터라고 부르겠습니다.", "클러스터"),
        # called so, in the spoken form that goes on, or "also called"
        (
            "언어모델은 종종 **생성모델(generative model)**이라고도 불리는데요.",
            "생성모델(generative model)",
        ),
        ("이렇게 쌓은 구조를 **힙**이라고 불리기도 합니다.", "힙"),
        # an assumption, not a name: "let x be a real number"
        ("$x$를 임의의 실수라고 하자.", None),
    ],
)
def test_sentences_that_name_a_term(sentence: str, term: str | None) -> None:
    named = naming_sentences.named_in_prose(sentence)
    assert (named[0] if named else None) == term


def test_the_former_and_the_latter_point_back_at_the_sentence_before() -> None:
    """``전자를 enqueue, 후자를 dequeue라고 합니다``: what 전자 and 후자 are is said before."""
    line = (
        "새 값은 끝에 저장됩니다. 뺄 때는 앞의 값이 지워집니다. "
        "전자를 enqueue, 후자를 dequeue라고 합니다."
    )
    named = naming_sentences.named_in_prose(line)
    assert named is not None
    assert named[1] == line


def test_a_naming_sentence_that_points_back_keeps_the_sentence_it_points_at() -> None:
    line = "값을 자릿수마다 나눠 낮은 자리부터 정렬합니다. 이러한 방식을 기수 정렬이라고 합니다."
    assert naming_sentences.named_in_prose(line) == ("기수 정렬", line)
    english = "Keys are split by digit and sorted digit by digit. Such a sort is called radix sort."
    assert naming_sentences.named_in_prose(english) == ("radix sort", english)
    bracketed = "컨트롤러가 할 일이 생겼는지 계속 확인해야 한다. (이를 **폴링**이라고 한다)"
    assert naming_sentences.named_in_prose(bracketed) == ("폴링", bracketed)
    alone = "Sorting one digit at a time is called radix sort. It is stable."
    assert naming_sentences.named_in_prose(alone) == (
        "radix sort",
        "Sorting one digit at a time is called radix sort.",
    )


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # the verb spaced from its noun, or the noun alone ending a note's line
        ("- 한 번에 하나씩 값을 내보내는 통로를 `직렬 포트`라 지칭 합니다", "`직렬 포트`"),
        ("- 잎이 없는 노드들을 **내부 노드**라고 지칭", "내부 노드"),
        ("- 처음 만든 규칙 묶음을 기본 정책이라 명명", "기본 정책"),
    ],
)
def test_a_name_given_by_a_designating_noun(sentence: str, term: str) -> None:
    named = naming_sentences.named_in_prose(sentence)
    assert named is not None
    assert named[0] == term


def test_a_pointing_topic_names_what_the_sentence_before_said() -> None:
    """``... 두었습니다. 이는 X라고 명명하며``: 이는 stands where 이를 would, with a verb
    that only names; ``이는 X라고 한다`` is as often hearsay."""
    line = "먼저 모든 값을 한 줄로 세워 두었습니다. 이는 일렬 배치라고 부르며, 정렬 전에 씁니다."
    named = naming_sentences.named_in_prose(line)
    assert named is not None
    assert named[0] == "일렬 배치"
    assert named[1].startswith("먼저 모든 값을")
    assert naming_sentences.named_in_prose("값을 모두 더했습니다. 이는 흔한 실수라고 한다.") is None


def test_a_naming_sentence_naming_a_symbol_keeps_the_sentence_that_brought_it_in() -> None:
    """``$P$를 X라고 부릅니다``, ``(가)를 X라고 합니다``: the symbol is all the sentence says
    of what it names; the sentence before it says what the symbol stands for."""
    math = "$P$는 모든 원소가 0보다 큰 정사각행렬입니다. $P$를 **양의 행렬**이라고 부릅니다."
    assert naming_sentences.named_in_prose(math) == ("양의 행렬", math)
    label = (
        "(가)처럼 주어가 빠진 문장이 있고, (나)처럼 모두 갖춘 문장이 있습니다. "
        "(나)를 완전한 문장이라고 합니다."
    )
    assert naming_sentences.named_in_prose(label) == ("완전한 문장", label)
    english = "Let $d$ be the number of edges at a vertex. Then $d$ is called the degree."
    assert naming_sentences.named_in_prose(english) == ("degree", english)
    unrelated = "행렬은 수를 네모나게 늘어놓은 것입니다. $I$를 **단위행렬**이라고 부릅니다."
    assert naming_sentences.named_in_prose(unrelated) == (
        "단위행렬",
        "$I$를 **단위행렬**이라고 부릅니다.",
    )


def test_a_naming_sentence_may_point_back_after_a_word_or_a_clause_of_its_own() -> None:
    """``엄밀하게는 이러한 분포를 X라 합니다``, ``In practice, this is called X``, ``식은 다음과
    같으며, 이같은 과정을 X라고 부릅니다``: the pointer need not open the sentence."""
    korean = (
        "분포는 횟수 대신 나온 값 자체를 가리키기도 합니다. "
        "엄밀하게는 이러한 분포를 범주분포라 합니다."
    )
    assert naming_sentences.named_in_prose(korean) == ("범주분포", korean)
    english = (
        "The decoder takes the likeliest token each time. "
        "In practice, this is called greedy decoding."
    )
    assert naming_sentences.named_in_prose(english) == ("greedy decoding", english)
    clause = (
        "잡음을 하나 뽑아 평균에 더합니다. 식은 아래와 같으며, 이같은 과정을 재매개화라고 부릅니다."
    )
    assert naming_sentences.named_in_prose(clause) == ("재매개화", clause)
    # a pointer inside a condition: the sentence says what it names itself
    condition = (
        "B가 있으면 B를 A의 역행렬이라 한다. 만일 이와 같은 B가 없으면 A를 특이행렬이라 한다."
    )
    assert naming_sentences.named_in_prose(condition.split(". ")[1]) is not None
    # a demonstrative far into the sentence is part of what it says, not a pointer
    far = (
        "Logits are scaled first. "
        "A model that picks the likeliest token at this step is called greedy."
    )
    assert naming_sentences.named_in_prose(far) == (
        "greedy",
        "A model that picks the likeliest token at this step is called greedy.",
    )


_NAMING_ALTERNATIVES = re.compile(
    english_naming._ENGLISH_NAMING.pattern.removeprefix("(?=[iaw])"),
    english_naming._ENGLISH_NAMING.flags,
)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("A matrix is **orthogonal** if its columns are orthonormal.", "orthogonal"),
        ("Two events are _independent_ when knowing one says nothing of the other.", "independent"),
        ("We say the game is said to be *fair* iff every player expects zero.", "fair"),
        ("A map is an __isometry__ if it keeps distances.", "isometry"),
        ("The map is called the **boundary map** of the complex.", "boundary map"),
        # a name given in passing (its card leaves the paragraph to the note's title)
        ("Shells have a feature called _brace expansion_ for this.", "brace expansion"),
        # an emphasis that is no term the condition defines
        ("The result is **not** true if the set is empty.", None),
        ("This is _really_ slow when the cache is cold.", None),
        ("A matrix is orthogonal if its columns are orthonormal.", None),  # nothing marked
    ],
)
def test_a_term_the_writer_marks_in_a_definition_by_condition_is_named(
    sentence: str, term: str | None
) -> None:
    """``X is *term* if ...``: the mathematician's definition, the term in emphasis."""
    named = naming_sentences.named_in_prose(sentence)
    assert (named[0] if named else None) == term
    if named:
        assert named[1] == sentence


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a name its marks close, whatever the sentence says after it
        (
            "The output of the projection $M p$ is called the *view coordinates* of $p$.",
            "view coordinates",
        ),
        ("Each pair is scored once. This is called the “best match” for each word.", "best match"),
        ("The vendor sells an adapter called **PLC** - for power line communication.", "PLC"),
        ("The top entry is called the _head_ and the others are called the tail.", "head"),
        ("A map on $$X$$ is called a __norm on $$X$$__ if it is positive.", "norm on $$X$$"),
        (
            "Chips made to order for others: this is known as the **fabless** model.",
            "fabless model",
        ),
        # a formula right after the name is its symbol; not a name that runs on to one
        (
            "The chance of lasting past $t$ is called the tail probability $$T(t)$$.",
            "tail probability",
        ),
        ("Then $f^{-1}(y)$ is called the fiber over $y$.", None),
        # the writer or a field gives the name
        ('So the writers call the network a "Deep Belief Net" (DBN).', "Deep Belief Net"),
        (
            "They term this gap, the loss in value, the __Regret of Play (RoP)__:",
            "Regret of Play (RoP)",
        ),
        (
            "The textbook dubs the first factor the _decay rate_ $$r(x)$$ since it shrinks.",
            "decay rate",
        ),
        ("A usual term for the determinant here is the <b>Jacobian</b>, written $J$.", "Jacobian"),
        ("We will call these the **hidden states** and write them as $h_t$.", "hidden states"),
        ('A past run of $$R_n$$  called a "trace".', "trace"),
        # not a name: in terms of, an aside, a step's own thing
        ("We write the energy in terms of the **momentum** instead.", None),
        ('I use their checker (they call it a "Smart Gate") on my site.', None),
        ("Start a new session named *scratch* in the terminal.", None),
    ],
)
def test_names_given_in_marks_or_by_a_writer_are_read(sentence: str, term: str | None) -> None:
    named = naming_sentences.named_in_prose(sentence)
    assert (named[0] if named else None) == term


@pytest.mark.parametrize(
    "sentence",
    [
        "This is called a heap.",
        "These are known as leaves.",
        "It was referred to as RPC.",
        "They were termed tokens.",
        "IT IS CALLED A HEAP.",
        "Such a tree Is Named a trie.",
        "Nothing is said here.",
    ],
)
def test_english_naming_finds_what_its_alternatives_find(sentence: str) -> None:
    found = english_naming._ENGLISH_NAMING.search(sentence)
    expected = _NAMING_ALTERNATIVES.search(sentence)
    assert (found and found.span()) == (expected and expected.span())
    assert (found is None) == sentence.startswith("Nothing")


def test_a_name_given_to_what_the_sentence_before_did_is_answered_by_both() -> None:
    named = naming_sentences.named_in_prose(
        "예시를 봅시다. 각 점을 가장 가까운 중심에 묶습니다. 이것이 할당 단계입니다. "
        "다음은 갱신입니다."
    )
    answer = "각 점을 가장 가까운 중심에 묶습니다. 이것이 할당 단계입니다."
    assert named == ("할당 단계", answer)


def test_a_name_written_as_code_or_as_a_link_is_named() -> None:
    coded = naming_sentences.named_in_prose("자식에서 부모로 향하는 엣지를 `Back edge`라고 합니다.")
    assert coded is not None and coded[0] == "`Back edge`"
    linked = naming_sentences.named_in_prose(
        "주어와 서술어가 함께 나타난 구성을 [절](https://example.org/syntax/)이라고 합니다."
    )
    assert linked is not None and linked[0] == "절"
    assert (
        naming_sentences.named_in_prose("두 값을 `a + b` 처럼 더하는 것을 합이라고 한다.")
        is not None
    )


def test_a_clause_naming_nothing_a_term_can_be_leaves_the_next_clauses_name() -> None:
    found = naming_sentences.named_in_prose(
        "이 규칙을 `해시 메서드` 또는 `해시 함수`라고 하고 그 결과로 나온 값을 `해시값`이라고 한다."
    )
    assert found == ("`해시값`", "그 결과로 나온 값을 `해시값`이라고 한다.")


@pytest.mark.parametrize("word", ["라", "이것", "이게", *english_naming.ENGLISH_NAMING_WORDS])
def test_the_quick_test_lets_every_naming_word_through(word: str) -> None:
    """The words looked for one by one are those every naming sentence holds."""
    assert naming_sentences._may_name(f"a {word} b")
    assert not naming_sentences._may_name("a definition without one")


_STOP_THEN_SPACES = re.compile(r"(?<=[.!?。])\s+")  # the break as first written


@given(st.text(alphabet=st.sampled_from("ab다.!?。 \t\n\u3000"), max_size=40))
def test_a_sentence_break_is_the_spaces_after_a_stop(text: str) -> None:
    """The break, searched for from its spaces, is found where the spaces after a stop
    are, every one of them."""
    assert SENTENCE_BREAK.split(text) == _STOP_THEN_SPACES.split(text)
    assert [found.span() for found in SENTENCE_BREAK.finditer(text)] == [
        found.span() for found in _STOP_THEN_SPACES.finditer(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "term", "others"),
    [
        (
            "서버로 보내기 전의 값을 **요청(request)**, 서버가 돌려준 값을 **응답(response)**, "
            "둘을 주고받는 일 전체를 **통신**이라고 합니다.",
            "통신",
            ["요청(request)", "응답(response)"],
        ),
        ("앞쪽을 `head`, 뒤쪽을 `tail`이라 부른다.", "`tail`", ["`head`"]),
        ("먼저 쓰는 쪽을 '생산자', 나중에 읽는 쪽을 '소비자'라고 한다.", "소비자", ["생산자"]),
        ("값을 감싸는 과정을 박싱, 꺼내는 과정을 언박싱이라고 한다.", "언박싱", ["박싱"]),
        # a gloss in parentheses is part of its name; the first of two names of one thing;
        # a name with its gloss after what it means ("...라는 뜻의 X(y)")
        (
            "3을 floor(아래로 내린 값), 4를 ceil(위로 올린 값)이라고 한다.",
            "ceil(위로 올린 값)",
            ["floor(아래로 내린 값)"],
        ),
        (
            "$A$를 왼쪽(left) 또는 앞쪽, $B$를 오른쪽(right)이라고 한다.",
            "오른쪽(right)",
            ["왼쪽(left)"],
        ),
        (
            "값을 꺼내는 일을 '끌어낸다'는 뜻의 풀(pull), 거꾸로 보내는 일을 전송이라고 한다.",
            "전송",
            ["풀(pull)"],
        ),
        # a list of things before one name is no enumeration of names
        ("사과, 배, 감 같은 것을 과일이라고 한다.", "과일", []),
        ("목록을 받아 정렬하고, 나온 값을 결과값이라고 한다.", "결과값", []),
    ],
)
def test_every_name_an_enumerating_sentence_gives_is_found(
    sentence: str, term: str, others: list[str]
) -> None:
    """``A를 X, B를 Y라고 한다`` names X as well as Y."""
    named = naming_sentences.named_in_prose(sentence)
    assert named is not None and named[0] == term
    assert enumerated_names.also_named(named[1]) == others


@pytest.mark.parametrize(
    "sentence",
    [
        "그렇게 쓰던 창을 바꿀 때, 화면이 다시 그려지는 것을 `repaint`라고 한다.",
        "작은 경우를 증명한 뒤, 다음 경우도 성립함을 보이는 방법을 귀납법이라고 한다.",
    ],
)
def test_a_clause_before_a_name_names_nothing(sentence: str) -> None:
    """The part before the comma is a clause (``...를 바꿀 때``), not ``...를 X``."""
    assert naming_sentences.named_in_prose(sentence) is not None
    assert enumerated_names.also_named(sentence) == []


@pytest.mark.parametrize("abbreviation", ["i.e.", "e.g.", "cf.", "vs.", "a.k.a."])
def test_an_abbreviation_ends_no_sentence(abbreviation: str) -> None:
    text = f"A set is open, {abbreviation} every point has room around it. Closed sets differ."
    assert SENTENCE_BREAK.split(text) == [
        f"A set is open, {abbreviation} every point has room around it.",
        "Closed sets differ.",
    ]


def test_a_bold_name_after_math_that_says_whose_it_is_is_the_name() -> None:
    found = naming_sentences.named_in_prose(
        "$x$의 값이 모두 양수일 때 $f$를 $g$의 **양의 상계(upper bound)**라 합니다."
    )
    assert found is not None and found[0] == "양의 상계(upper bound)"
    # no name in bold: the math makes no name of its own
    assert naming_sentences.named_in_prose("이 경우 $f$를 $g$의 상계라 합니다.") is None


def test_a_name_in_code_after_math_that_says_whose_it_is_is_the_name() -> None:
    found = naming_sentences.named_in_prose(
        "정점과 간선을 공유하지 않는 부분 그래프를 $H$의 `성분(component)`이라고 합니다."
    )
    assert found is not None and found[0] == "`성분(component)`"
    assert found[1].startswith("정점과 간선을")


def test_a_sentence_letting_math_objects_be_something_names_nothing() -> None:
    # "$U$와 $V$를 집합이라고 하고, ...": the objects are only symbols, "let them be sets"
    assert naming_sentences.named_in_prose("$U$와 $V$를 집합이라고 하고,") is None
    found = naming_sentences.named_in_prose(
        "$U$와 $V$를 집합이라고 하고, 두 조건을 만족할 때 $f$를 **사상(map)**이라고 합니다."
    )
    assert found is not None and found[0] == "사상(map)"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("이 때 값이 놓이는 칸을 버킷(bucket) 또는 슬롯(slot)이라고 합니다.", "버킷(bucket)"),
        ("요청이 기다리는 줄을 대기열 혹은 큐라고 부른다.", "대기열"),
    ],
)
def test_a_thing_named_two_ways_is_asked_by_its_first_name(sentence: str, term: str) -> None:
    found = naming_sentences.named_in_prose(sentence)
    assert found is not None and found == (term, sentence)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The first problem is called anomaly segmentation [9] and aims at two labels.",
         "anomaly segmentation"),
        ("This task is called novel class discovery [21, 22].", "novel class discovery"),
        ("It is called a Wilson loop in the abelian case.", "Wilson loop"),
    ],
)  # fmt: skip
def test_a_name_given_with_its_citation_or_its_setting_is_the_name(
    sentence: str, term: str
) -> None:
    found = naming_sentences.named_in_prose(sentence)
    assert found is not None and found[0] == term


def test_a_name_given_also_or_often_is_a_name() -> None:
    """``This strategy is also known as **target encoding**``, ``... is often called X``."""
    line = (
        "Each category becomes the mean target of its rows. This is also known as **mean coding**."
    )
    assert naming_sentences.named_in_prose(line) == ("mean coding", line)
    assert naming_sentences.named_in_prose("Such a table is often called a lookup table.") == (
        "lookup table",
        "Such a table is often called a lookup table.",
    )


def test_a_request_reported_names_nothing() -> None:
    """``... 만들어 달라고 합니다`` reports a request (달라: give me), it names nothing."""
    assert naming_sentences.named_in_prose("고객이 메시지창을 하나 만들어 달라고 합니다.") is None
    assert naming_sentences.named_in_prose("이 달을 보름달이라고 합니다.") == (
        "보름달",
        "이 달을 보름달이라고 합니다.",
    )


def test_a_request_to_show_something_names_nothing() -> None:
    """``... 보여주라고 한다`` reports a request (주라: do it for), it names nothing."""
    assert named_in_prose("이 주소로 들어오면 목록 화면을 보여주라고 한다.") is None


def test_a_property_marked_and_said_of_what_is_described_is_named() -> None:
    sentence = "사이클이 하나도 없는 그래프를 *acyclic*하다고 합니다."
    assert named_in_prose(sentence) == ("acyclic", sentence)
    quoted = named_in_prose('- 값 대부분이 0이면 "희소(sparse)"하다고 함')
    assert quoted is not None
    assert quoted[0] == "희소(sparse)"
    assert named_in_prose("데이터가 많으면 효과가 꽤 크다고 합니다.") is None  # hearsay
    assert named_in_prose("이 방식이 더 유용하다고 합니다.") is None


def test_two_properties_named_in_one_sentence_are_two_cards() -> None:
    line = (
        "간선이 겹치지 않는 경로를 *simple*하다고 하고, "
        "정점이 겹치지 않는 경로를 *elementary*하다고 합니다."
    )
    assert [card.question for card in cards_of(f"# 그래프\n\n## 경로\n\n{line}\n")][-2:] == [
        "simple",
        "elementary",
    ]


def test_a_name_in_emphasis_ends_where_its_marks_close() -> None:
    sentence = (
        "The normalising constant $Z$ is called the __partition function__ and is defined as:"
    )
    assert named_in_prose(sentence) == ("partition function", sentence)
    partly = "The set of all outcomes $\\Omega$ is called the *sample* space."
    assert named_in_prose(partly) == ("sample space", partly)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a bolded name right before the naming verb, whatever the words before it
        ("자동사로도 타동사로도 쓰일 수 있는 동사는 **양용동사**라고 합니다.", "양용동사"),
        ("값이 모두 0일 때만 성립하면 **선형독립**(linear independence)이라고 합니다.",
         "선형독립(linear independence)"),
        ("이 값을 **적재율**(load factor)이라고 부릅니다.", "적재율(load factor)"),
        # called, in the passive, of a bolded name
        ("관측 전에 알고 있다는 뜻의 **사전확률(prior)**로 불립니다.", "사전확률(prior)"),
        ("이 값은 보통 **평균**으로 정의됩니다.", None),  # defined as: what it is, no name
    ],
)  # fmt: skip
def test_a_bolded_name_before_the_naming_verb(sentence: str, term: str | None) -> None:
    found = named_in_prose(sentence)
    assert (found[0] if found else None) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a marked name given in passing, before what it names ("a tree called the *X*")
        ("파서는 문서를 읽어 **구문 트리(syntax tree)**라 불리는 구조를 만듭니다.",
         "구문 트리(syntax tree)"),
        ("화면 규칙은 **\"표시 트리\"** 라고 부르는 또 다른 트리를 만드는 데 쓰인다.",
         "표시 트리"),
        ("먼저 *인코더*라 불리는 신경망이 입력을 압축합니다.", "인코더"),
        ("그래서 이 모델을 **느린 학습기**라고 부르는 사람도 있습니다.", "느린 학습기"),
        # (the first name of its line, another naming verb after it)
        ("이 모델을 **느린 학습기**라고 부르는 사람도 있습니다. **기억 기반 학습**이라고 "
         "불리기도 합니다.", "느린 학습기"),
        # why it is so called, and a name no mark sets apart: no name given here
        ("그 구조를 **트리**라고 부르는 이유는 가지를 치기 때문입니다.", None),
        ("모두가 흔히 단어라고 부르는 대상은 여러 개념을 담고 있습니다.", None),
    ],
)  # fmt: skip
def test_a_marked_name_given_in_passing(sentence: str, term: str | None) -> None:
    """``**X**라 불리는 N``, ``*X*라고 부르는 N``: the marked name is the term."""
    found = named_in_prose(sentence)
    assert (found[0] if found else None) == term


def test_an_enumerated_name_is_one_of_the_naming_sentence_alone() -> None:
    """A naming sentence that points back keeps the sentence before it, whose parts
    (``...를 예로 들었으나, ...``) name nothing."""
    sentence = (
        "여기서는 작은 모델을 예로 들었으나, 큰 모델은 더 잘 맞춘다고 합니다. "
        "이 때문에 신경망을 **만능 근사기**라고 합니다."
    )
    named = named_in_prose(sentence)
    assert named is not None and named[0] == "만능 근사기"
    assert enumerated_names.also_named(named[1]) == []


def test_several_bolded_names_of_one_thing_stay_one_question() -> None:
    found = named_in_prose("안고 있는 절을 **모절**, **상위절**이라 합니다.")
    assert found is not None
    assert "모절" in found[0]
    assert "상위절" in found[0]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("제안된 셀 구조를 LSTM이라고 명명하고, 이후 널리 쓰였습니다.", "LSTM"),
        ("이 과정을 **핸드셰이크**라고 지칭합니다.", "핸드셰이크"),
        ("$B$는 **방출확률(emission)**이라고도 불립니다.", "방출확률(emission)"),
        # called some of the time, and called with the clause going on
        ("이렇게 드러내는 낱말을 태도어라고 부르기도 합니다.", "태도어"),
        ("값이 둘뿐인 잠금은 **이진 잠금**으로 부르기도 함", "이진 잠금"),
        ("이 열들은 **기저벡터(basis)**로 불리고요, 서로 직교합니다.", "기저벡터(basis)"),
        # another name of what the sentence before says: nothing of its own to answer with
        ("이렇게 떠올려보면 쉽습니다. **택시 거리**라고도 불립니다.", None),
        ("이렇게 떠올려보면 쉽습니다. 택시 거리라고도 불립니다.", None),
    ],
)
def test_named_designated_and_called_in_the_passive(sentence: str, term: str | None) -> None:
    found = named_in_prose(sentence)
    assert (found[0] if found else None) == term


@pytest.mark.parametrize(
    "sentence",
    [
        "The hook runs once the page is bound to the script it was called from.",
        "The handler is called by the runtime.",
        "This method is called when the page loads.",
        "The callback is called after the request finishes.",
        "`super()` is called by default, unless you call it yourself.",
        "The mock checks that the function is called with two arguments.",
        "The comet is named after its discoverer.",
    ],
)
def test_called_as_in_invoked_names_nothing(sentence: str) -> None:
    """``is called by the runtime``, ``called when ...``, ``called from``: a function
    invoked, not a thing named."""
    assert named_in_prose(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "모든 잎의 순도가 100%인 상태를 **Full tree**라고 하는데요.",
        "이런 나무를 **Full tree**라고 하는데, 이를 다시 합칩니다.",
        "이런 나무를 **Full tree**라고 하죠.",
        "이런 나무를 **Full tree**라고 부르는데요.",
    ],
)
def test_a_naming_in_a_spoken_ending_names_its_term(sentence: str) -> None:
    """``...를 **X**라고 하는데요``, ``...라고 하죠``: the spoken endings of 하다, as in
    ``라고 합니다``."""
    found = named_in_prose(sentence)
    assert found is not None and found[0] == "Full tree"


def test_a_long_code_span_before_a_naming_ending_is_read_in_linear_time() -> None:
    """A defect the spoken naming endings exposed: ``_LETS`` (``$V$와 $W$를 ...``: let them
    be) nested one run of masked characters in another, so a long code span before ``를``
    took exponential time (memo-2021.md in hoonti06 took minutes). An alarm stops a hang."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(10)
    try:
        line = "`" + "x" * 60 + "` 명령을 실행하면 결과를 **Full tree**라고 하는데요."
        found = named_in_prose(line)
        assert found is not None and found[0] == "Full tree"
        assert naming_sentences._LETS.fullmatch("\x00" * 60 + " 설명") is None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_reported_order_to_do_something_names_nothing() -> None:
    """``... 속성 설정을 하라고 하는데``: told to do it (하라), no name given."""
    assert named_in_prose("문서에서는 해당 방법으로 속성 설정을 하라고 하는데, 잘 안 된다.") is None


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Most compilers use a cheap method called linear scan.", "linear scan"),
        ("We pick a weight $$w(x)$$ called the _importance ratio_.", "importance ratio"),
        ("The scheduler hands work to small threads called fibers to keep cores busy.", "fibers"),
        ("Each block is cut into equal pieces known as pages.", "pages"),
        (
            "The authors build an encoder called Sparse Gated Attention (SGA) to save memory.",
            "Sparse Gated Attention",
        ),
        ("The loss uses the so-called hinge penalty, which grows linearly.", "hinge penalty"),
        ("The kernel keeps one integer called the counter and two atomic steps.", "counter"),
    ],
)
def test_a_name_right_after_the_thing_it_names(sentence: str, term: str) -> None:
    """``a cheap method called linear scan allocation``: no copula and no comma before
    ``called``, the name right after the thing it names; it ends where the sentence goes on
    (``to keep ...``, ``and two ...``)."""
    found = named_in_prose(sentence)
    assert found is not None and found[0] == term


@pytest.mark.parametrize(
    "sentence",
    [
        "They called the service twice before it answered.",
        "A handler can be called like any other function.",
        "It swaps the frame for the newly called function.",
        "Inside the loop we have another routine called refresh()",
        "I once played in a band called Loud Birds for a year.",
        "A monoid is a semigroup with a unit (also called an identity element).",
        "A cheap book on compilers. Also known as the dragon book.",
        "Subclasses may define a method called the same name.",
        "Save the script to a file called `build.sh` first.",
    ],
)
def test_a_bare_called_that_names_no_term(sentence: str) -> None:
    """Someone called something, a function is called, the writer tells of their own life,
    or another name is given for a thing named already: no term to learn."""
    assert named_in_prose(sentence) is None


def test_a_name_given_in_passing_leaves_its_paragraph_to_the_heading() -> None:
    """``## Containers`` + ``A tool that packs apps into sandboxes called images ...``: the
    paragraph answers its heading, and the name it gives in passing is a card too."""
    text = (
        "# Notes\n\n## Packing\n\n"
        "A tool that packs each app into light sandboxes called images for shipping.\n"
        "It starts them in well under a second.\n\n"
        "## Labels\n\n**Splitting a forest**\n\n"
        "Trees grow in a greedy way. They use a method called best-first splitting.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Packing"].answer.startswith("A tool that packs")
    assert cards["images"].answer.startswith("A tool that packs")
    assert cards["Splitting a forest"].answer.startswith("Trees grow")
    assert "best-first splitting" in cards


def test_the_sentence_after_a_naming_one_that_opens_with_the_name_answers_too() -> None:
    """``... a score called "gain ratio". The **gain ratio** of a split is ...``: the
    sentence after the naming one says what the name means."""
    text = (
        "# Trees\n\nSome intro.\n\n"
        'Rank splits by a score called "gain ratio". The **gain ratio** of a split is its '
        "gain divided by its own entropy. Other remarks follow.\n"
    )
    card = by_question(cards_of(text))["gain ratio"]
    assert "divided by its own entropy" in card.answer
    assert "Other remarks" not in card.answer


def test_a_name_given_in_passing_leaves_a_one_tip_note_its_title_card() -> None:
    """A one-tip note whose first sentence names a feature in passing: the paragraph still
    answers the note's title (a held-out author's habit once lost such title cards)."""
    text = (
        "# Write Less With Glob Braces\n\n"
        "Zsh has a feature called _brace groups_ that lets one path stand for many. "
        "Type `cp a.{txt,bak}` to copy a file beside itself.\n"
    )
    cards = by_question(cards_of(text, "write-less-with-glob-braces.md"))
    assert cards["Write Less With Glob Braces"].answer.startswith("Zsh has a feature")
    assert "brace groups" in cards


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "A graph with no cycle is called a _forest_ and a connected one is called a _tree_.",
            ("forest", "A graph with no cycle is called a _forest_"),
            ("tree", "a connected one is called a _tree_."),
        ),
        (
            "The set $(x, y)$ is called a window, while the set $(X, Y)$ is called a frame.",
            ("window", "The set $(x, y)$ is called a window"),
            ("frame", "the set $(X, Y)$ is called a frame."),
        ),
    ],
)
def test_an_english_sentence_naming_two_things_names_each_in_its_clause(
    sentence: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """``A is called X and B is called Y``: X's clause ends at the ``and``."""
    assert naming_sentences.named_in_prose(sentence) == first
    rest = sentence[len(first[1]) :]
    assert naming_sentences.named_in_prose(rest) == second
