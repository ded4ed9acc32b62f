"""Lines cut into term and definition, and what a definition must say."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import splitting


@pytest.mark.parametrize(
    ("line", "term", "definition"),
    [
        (
            "NMS: 여러 bounding box를 하나로 통합하는 방법",
            "NMS",
            "여러 bounding box를 하나로 통합하는 방법",
        ),
        ("AlexNet : GPU 두 개로 학습", "AlexNet", "GPU 두 개로 학습"),
        ("**Forgetting curve**: how retention drops", "Forgetting curve", "how retention drops"),
        ("*_PointNet_* - point cloud를 학습", "PointNet", "point cloud를 학습"),
        ("Stride - 커널의 보폭", "Stride", "커널의 보폭"),
        ("Momentum – keeps the direction", "Momentum", "keeps the direction"),
        ("인공지능 → 사람의 지능을 모방하는 것", "인공지능", "사람의 지능을 모방하는 것"),
        ("Donut Chart -> 가운데가 빔", "Donut Chart", "가운데가 빔"),
        ("RoI = Region of Interest", "RoI", "Region of Interest"),
        ("자율주행- obj detection & tracking", "자율주행", "obj detection & tracking"),
        (
            "Supremum, Least upper bound (상한): $\\alpha = \\sup E$",
            "Supremum, Least upper bound (상한)",
            "$\\alpha = \\sup E$",
        ),
        ("tsai(timeseries AI) : sota dl", "tsai(timeseries AI)", "sota dl"),
        ("쿼리 [단어에 대한 가중치]: 모든 시점", "쿼리 [단어에 대한 가중치]", "모든 시점"),
        ("2012 - AlexNet: 첫 우승", "AlexNet", "(2012) 첫 우승"),
        ("Autoencoder는 생성모델인가? → 엄밀히는 X", "Autoencoder는 생성모델인가?", "엄밀히는 X"),
        ("`view`: reshape a tensor", "`view`", "reshape a tensor"),
        ("$\\sigma$: 표준편차", "$\\sigma$", "표준편차"),
        ("작은 모델: 파라미터가 적은 모델", "작은 모델", "파라미터가 적은 모델"),
        ("모델을 평가할 손실함수: 줄일수록 좋음", "모델을 평가할 손실함수", "줄일수록 좋음"),
        ("정확도 향상: 데이터가 늘면 좋아짐", "정확도 향상", "데이터가 늘면 좋아짐"),
        # the emphasis closes past the separator: neither side keeps a stray marker
        ("_Usage:_ the FSM checks this counter", "Usage", "the FSM checks this counter"),
        (
            "*Cache:* 자주 쓰는 데이터를 가까이 두는 곳",
            "Cache",
            "자주 쓰는 데이터를 가까이 두는 곳",
        ),
        # or around the whole line
        ("*Cache: 가까이 두는 저장소*", "Cache", "가까이 두는 저장소"),
    ],
)
def test_term_and_definition(line: str, term: str, definition: str) -> None:
    split = splitting.split_term(line)
    assert split is not None
    assert (split.term, split.definition) == (term, definition)


@pytest.mark.parametrize(
    "line",
    [
        "딥러닝은 방대한 분야 → 장님이 코끼리 만지는 격",  # a sentence, not a term
        "이미지 임베딩 → 트랜스포머 인코더 → Classification",  # a pipeline
        "video - CNN3d map 계산 - encoding - decoder (2개)",  # a pipeline of dashes
        "c) foundation model을 만드는회사(stability AI:텍스트입력)",  # colon inside brackets
        "참고 링크: https://github.com/org/repo/discussions/6501",  # a link, labelled
        "self-attention - 참조: (https://aimb.tistory.com/182)",  # a pointer, not content
        "attention is all you need: parallel processing",  # a sentence
        "Data representation부터 다름",  # no separator
        "여기서 $A^+ = V \\Sigma ^+ U^\\top $를 A의 pseudo inverse라 함",  # = inside math
        "std::vector is a container",  # C++ scope, not a colon
        "내가 생각하는 활동점수(100점만점): 90점",  # chatter
        "2023.01.11: 오늘 한 일",  # a date
        "pytorch, tf + 협업개발SW(github, VScode) — pytorch(lighting)",  # a list of tools
        "e.g., ResNet152라고 한다면 ResNet18 같이 작은 모델",
        "한가지 의문: K는 image 샘플 수와 같은지가 궁금함",
    ],
)
def test_not_a_definition(line: str) -> None:
    assert splitting.split_term(line) is None


def test_a_task_said_in_words_may_be_answered_by_its_code() -> None:
    """``인덱스 반환: text.search(re);``: the left side says in words what the code does."""
    split = splitting.split_term("인덱스 반환: text.search(re);")
    assert split is not None and split.definition == "text.search(re);"


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("LSTM", "LSTM"),
        ("self-attention - 참조: (https://aimb.tistory.com/182)", "self-attention"),
        ("transformer사용시 고려해야할 점:", "transformer사용시 고려해야할 점"),
        ("무엇이 좋은 딥러너의 요소인가", "무엇이 좋은 딥러너의 요소인가"),
    ],
)
def test_bare_terms(line: str, term: str) -> None:
    assert splitting.term_of(line) == term


@pytest.mark.parametrize(
    "text",
    [
        "기본 과제 1 (MLP)",
        "Week 3",
        "2주차",
        "*2021.04.25*",
        "참고",
        "e.g.",
        "[link](http://x)",
        "12.5%",
    ],
)
def test_labels_dates_and_links_are_not_terms(text: str) -> None:
    assert splitting.term_of(text) is None


@pytest.mark.parametrize(
    ("answer", "worth"),
    [
        ("아직 잘 모르겠다", False),
        ("헷갈림", False),
        ("not sure", False),
        ("???", False),
        ("I don't know", False),
        ("모르는 것을 아는 것", True),
        ("헷갈리기 쉬운 두 개념을 구분하는 기준", True),
        ("joins two histories", True),
    ],
)
def test_unsure_answers_are_not_definitions(answer: str, worth: bool) -> None:
    assert splitting.is_definition(answer) is worth


@pytest.mark.parametrize(
    "line",
    [
        "It took me a while, but once you see that: the rest follows",
        "So: the cache was never the problem",
        "In short: measure before you optimise",
        "This worked: running the migration twice",
        "Breaking that apart: the heredoc feeds the prompt",
        "First, install it - and pin the version",
        "Correction: the docs do describe the flag",
        "y = mx + b",
        "E(X) = np",
        "let total = price * count",
        "stage 수 = shuffle 수 + 1",
        # an assignment written without code marks, then what it does
        "box = Crate() 이렇게 새로 넣으면 옵저버가 불린다",
        "box.items = load_items() 로 바꿔도 값 타입이라 옵저버가 불린다",
    ],
)
def test_prose_and_formulas_are_not_split(line: str) -> None:
    assert splitting.split_term(line) is None


@pytest.mark.parametrize(
    ("line", "term", "definition"),
    [
        ("$\\alpha$ = learning rate", "$\\alpha$", "learning rate"),
        ("10KB = 10240 bytes", "10KB", "10240 bytes"),
        ("RoI = Region of Interest", "RoI", "Region of Interest"),
        ("count = 세어 둔 요청 수", "count", "세어 둔 요청 수"),
        # a setting, its value and what it does
        ("pool.size = 16 connections kept open", "pool.size", "16 connections kept open"),
        ("First normal form: every column holds one value", "First normal form", "every column"),
    ],
)
def test_names_that_look_like_prose_or_formulas_still_split(
    line: str, term: str, definition: str
) -> None:
    split = splitting.split_term(line)
    assert split is not None
    assert split.term == term
    assert split.definition.startswith(definition)


def test_several_pairs_on_one_line_are_each_a_pair() -> None:
    split = splitting.split_term("선점형: 실행 중인 작업을 뺏음 / 비선점형: 끝날 때까지 기다림")
    assert split is not None
    assert [(pair.term, pair.definition) for pair in splitting.each_pair(split)] == [
        ("선점형", "실행 중인 작업을 뺏음"),
        ("비선점형", "끝날 때까지 기다림"),
    ]
    single = splitting.split_term("Path: the folder a/b / or its parent")
    assert single is not None
    assert splitting.each_pair(single) == [single]


@pytest.mark.parametrize(
    ("line", "term"),
    [
        (">> : appends the output to the file", "`>>`"),
        ("| - feeds one command's output to the next", "`|`"),
        ("`&&`: runs the second command only if the first succeeds", "`&&`"),
        ("@Transient: keeps a field out of the table", "`@Transient`"),
        ("#include: pastes a header file in", "`#include`"),
    ],
)
def test_a_symbol_is_its_own_term(line: str, term: str) -> None:
    split = splitting.split_term(line)
    assert split is not None
    assert split.term == term


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("`*`: any value of the field", "`*`"),
        ("`+` : the pattern before it once or more", "`+`"),
        ("`-` = negation", "`-`"),
        ("`>`: aligns to the right", "`>`"),
        ("`**`: raises to a power", "`**`"),
        ("`$@`: every argument, each quoted", "`$@`"),
        ("`$<` - the first prerequisite", "`$<`"),
        ("`/`: a step, e.g. `*/10` => every tenth", "`/`"),
    ],
)
def test_a_list_marker_or_dollar_in_code_is_a_symbol(line: str, term: str) -> None:
    # written in code, a star, a dash or a dollar is no list marker, emphasis or math: it
    # is the operator the line glosses (an arrow after a colon is the gloss's own)
    split = splitting.split_term(line)
    assert split is not None
    assert split.term == term


@pytest.mark.parametrize(
    "line",
    [
        "<=> 연산자는 두 벡터의 거리를 계산",  # one operator, not "<" and "=>"
        "& = \\frac{a}{b} \\times c",  # an aligned formula
        "** : bold",  # emphasis markers
        "`+` → `Import` → Load",  # a path of steps, not a gloss of `+`
    ],
)
def test_not_a_symbol_term(line: str) -> None:
    assert splitting.split_term(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Wei et al., *Jailbroken: How Does Safety Training Fail?*, 2023",
        'Kim, "Attention: a survey", 2020',
        "Park, “Graphs: a primer”, 2019",
    ],
)
def test_no_split_inside_an_emphasised_or_quoted_title(line: str) -> None:
    assert splitting.read_line(line)[0] is None


def test_a_closed_emphasis_before_the_separator_still_splits() -> None:
    split = splitting.read_line("*Dropout*: randomly zeroes units")[0]
    assert split is not None
    assert (split.term, split.definition) == ("Dropout", "randomly zeroes units")


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("\\* 천하보청(天下普請) : 쇼군이 부과하는 공공사업", "천하보청(天下普請)"),
        ("HBase, Cassandra (C)* → NoSQL 데이터베이스에서 읽기", "HBase, Cassandra (C)*"),
        ("`a * b`: 곱셈", "`a * b`"),
    ],
)
def test_stars_that_open_no_emphasis_still_split(line: str, term: str) -> None:
    split = splitting.read_line(line)[0]
    assert split is not None
    assert split.term == term


@pytest.mark.parametrize(
    ("line", "term", "definition"),
    [
        ("Quantization (입력): 확률을 줄이는 방법", "Quantization (입력)", "확률을 줄이는 방법"),
        ("손실 함수（loss）: 오차를 재는 함수", "손실 함수（loss）", "오차를 재는 함수"),
        ("Softmax (정규화) (확률): 합이 1인 분포", "Softmax (정규화) (확률)", "합이 1인 분포"),
        # a separator inside brackets is passed over (the line is masked to find the next)
        (
            "Pooling (max - min) - 최댓값을 고르는 연산",
            "Pooling (max - min)",
            "최댓값을 고르는 연산",
        ),
        ("Attention (query: key) = 가중합", "Attention (query: key)", "가중합"),
    ],
)
def test_the_separator_after_bracketed_words(line: str, term: str, definition: str) -> None:
    split = splitting.read_line(line)[0]
    assert split is not None
    assert (split.term, split.definition) == (term, definition)


def test_a_dash_between_two_numbers_is_a_range_not_a_separator() -> None:
    assert splitting.split_term("Chapters 3 - 7") is None
    assert splitting.split_term("Office hours 2 - 4 PM") is None
    assert splitting.split_term("Layer 2 - data link layer") is not None


@pytest.mark.parametrize("line", ["N:M 관계 예시", "1:N relationship", "A:B ratio of sides"])
def test_a_colon_tight_between_two_short_sides_is_a_ratio_not_a_term(line: str) -> None:
    assert splitting.read_line(line)[0] is None


def test_a_short_term_with_its_definition_after_a_tight_colon_still_splits() -> None:
    split, _ = splitting.read_line("IO:입력과 출력을 다루는 부분")
    assert split is not None and split.term == "IO"


def test_a_definition_labels_term_is_no_subscript_of_its_formula() -> None:
    """``__Definition 2__: A kernel ... for any $x_1, ..., x_n$``: the underscores of a
    formula's subscripts emphasise nothing, so they name no term."""
    assert (
        splitting.labelled_term("Definition 2", "A kernel gives sums for any $$x_1, ..., x_n$$.")
        is None
    )
    assert splitting.labelled_term(
        "Definition", "A *prefix code* has no codeword inside another."
    ) == ("prefix code")


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("`0`: 텍스트를 숨기지 않는다.", "`0`"),  # a setting's value
        ("`404`: the resource was not found", "`404`"),  # a status code
        ("`-1`: the search found nothing", "`-1`"),
        ("3: the third step", None),  # a number outside code is a step, not a name
    ],
)
def test_a_number_in_code_names_a_value(line: str, term: str | None) -> None:
    """```0``: 텍스트를 숨기지 않는다``: a number set in code is a value (of a setting, an
    exit or a status code) its line says the meaning of."""
    split, _ = splitting.read_line(line)
    assert (split.term if split else None) == term


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # set apart in bold, a name may run as long as a heading's
        (
            "***멀티 스레드 서버의 요청 처리 큐*** : 각 스레드가 꺼내 가는 작업 목록",
            "멀티 스레드 서버의 요청 처리 큐",
        ),
        (
            "**분산 환경에서의 시계 동기화 방식**: 노드마다 다른 시각을 맞추는 방법",
            "분산 환경에서의 시계 동기화 방식",
        ),
        (
            "__Read replicas of the primary in another region__: copies kept for reads",
            "Read replicas of the primary in another region",
        ),
        # not in bold, the same words are too many for a term of running text
        ("멀티 스레드 서버의 요청 처리 큐 : 각 스레드가 꺼내 가는 작업 목록", None),
        # bold around a sentence still names nothing
        ("**이 방법은 메모리를 많이 쓰지 않는다**: 그래서 빠르다", None),
        # what to do, in bold, is no name however it is set
        ("**요청을 큐에 넣고 바로 응답함** : 사용자가 기다리지 않는다", None),
        # bold around the whole line is a title and its subtitle, not a term
        (
            "**Lessons Learned from Scaling Our Search Engine Cluster: A Study of Three Years**",
            None,
        ),
        (
            "**Fast Shared Caches in Many Core Servers:** what each core keeps",
            "Fast Shared Caches in Many Core Servers",
        ),
        # bold around only part of the left side: the rest is running text
        ("**멀티 스레드** 서버의 요청 처리 큐 : 각 스레드가 꺼내 가는 작업 목록", None),
    ],
)
def test_a_name_set_apart_in_bold_may_be_as_long_as_a_headings(line: str, term: str | None) -> None:
    """``***듀얼 코어 프로세서의 캐시 메모리*** : ...``: a writer who bolds the whole of what
    comes before the colon has set it apart as a name, as a heading does."""
    split = splitting.split_term(line)
    assert (split.term if split else None) == term


@pytest.mark.parametrize(
    "line",
    [
        "margin-left: auto;",
        "Cookie[] jar = request.getJar();",
        "List<String> names = new ArrayList<>();",
        "idx = text.search(re);",
    ],
)
def test_a_statement_of_code_closed_by_a_semicolon_is_no_term_and_definition(line: str) -> None:
    """``margin-right: auto;``, ``Cookie[] cookies = request.getCookies();``: a declaration or
    a statement written out of a code block splits at its colon or its equals sign, but
    what follows is code closed by its semicolon, not a definition."""
    assert splitting.split_term(line) is None


def test_a_two_way_arrow_is_no_separator_it_is_part_of_the_term() -> None:
    # "A <-> B" says A and B go together both ways: cutting at its "->" left "A <"
    split = splitting.split_term("A <-> B : both ways")
    assert split is not None
    assert (split.term, split.definition) == ("A <-> B", "both ways")
    assert splitting.split_term("bidirectional <-> both directions") is None
    assert splitting.split_term("x <=> y") is None
    assert splitting.split_term("left -> right") == ("left", "right", "->")
