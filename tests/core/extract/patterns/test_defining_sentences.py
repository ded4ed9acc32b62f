"""Sentences that define a term."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import (
    defining_sentences,
    definition_candidates,
    definition_forms,
)
from notecards.core.extract.patterns.defining_sentences import defined_in_sentence
from notecards.core.extract.patterns.sentences import is_topic_marked


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("과적합은 모델이 잡음까지 외운 상태를 말한다.", "과적합"),
        ("딥러닝이란 여러 층의 신경망으로 표현을 학습하는 방법이다.", "딥러닝"),
        ("고양이란 고양잇과의 동물이다.", "고양이"),
        # an adjective in 은 opens no topic, however it is prefixed
        ("수많은 정규형이 있지만 목표는 3NF를 갖게 하는 것이다.", None),
        ("짙은 색은 빛을 더 많이 흡수하는 색이다.", None),
        # a question asks what the term is, it does not say it
        ("애자일이란 무엇인가.", None),
        ("다른 버킷이란 어떤 버킷을 말하는 것인가?", None),
        ("REST란 무엇일까요", None),
        # a question after the definition asks on: the definition stands
        ("**포인터(pointer)**란 변수의 주소를 가리킵니다. 예를 볼까요?", "포인터(pointer)"),
        ("A stack is a data structure that keeps order. Why use one?", "stack"),
        ("튜플은 변경할 수 없는 시퀀스를 말한다.", "튜플"),
        ("`-t` is the number of threads to use.", "`-t`"),
        ("The `spellfix1` module is an optional module for SQLite.", "`spellfix1`"),
        ("`zsh` is the following:", None),
        ("교차 엔트로피는 두 분포의 차이를 나타냅니다.", "교차 엔트로피"),
        ("`-었던`은 현재와의 접점이 없는 걸 나타냅니다.", "`-었던`"),  # 걸: 것을, spoken
        ("과적합은 잡음까지 외운 걸 말한다.", "과적합"),
        ("어쨌든 LSA는 행렬을 셋으로 분해하는 걸 말합니다.", "LSA"),
        ("더 쪼갤 수는 있으나 그러면 의미를 잃는다는 걸 뜻합니다.", None),
        ("노드 수는 트리에 있는 노드의 개수를 말한다.", "노드 수"),
        ("반면 격조사는 명사구의 관계를 나타낸다.", "격조사"),
        ("아래 그림은 결정경계를 나타냅니다.", None),
        ("오른쪽의 숫자는 긍정일 가능성을 나타냅니다.", None),
        ("작은 모델은 매개변수가 적은 모델을 말한다.", "작은 모델"),
        ("Attention이란 중요한 부분에 가중치를 주는 방법", "Attention"),
        ("Overfitting refers to a model that memorises noise.", "Overfitting"),
        ("RAM stands for random access memory", "RAM"),
        # an article opens the sentence, not the term; "the latter" points into the text
        ("The heap means a tree where each parent is smaller than its children.", "heap"),
        (
            "An unbiased estimator means that the estimate is right on average.",
            "unbiased estimator",
        ),
        ("A 0 resistance means the wire is whole.", "0 resistance"),
        ("The latter equation means the move is forbidden.", None),
        ("The former denotes the rows, the latter the columns.", None),
        ("Below is a table that lists the interfaces of the collections.", None),
        ("Notice that the `wc -l` means we print the number of lines only.", "`wc -l`"),
        ("이것은 중요한 것을 의미한다", None),
        ("This means that we are done", None),
        ("오늘 배운 내용은 다음과 같은 것을 말한다", None),
        ("그래서 나는 공부란 무엇인가 생각했다", None),
        # a condition opens the sentence, no term: "If there", "Unless the cache"
        ("If there is a cycle that no edge leaves, then the sort is impossible.", None),
        ("Unless the cache is a write-back cache, every write goes to memory.", None),
    ],
)
def test_definitional_sentences(sentence: str, term: str | None) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("An IAM user group is a collection of IAM users.", "IAM user group"),
        ("Huber loss is a combination of L1 and L2 losses.", "Huber loss"),
        ("A Markov chain is a sequence of states with the Markov property.", "Markov chain"),
        ("Quantiles are a generalization of the median.", "Quantiles"),
        ("Surveys are a type of observational study", "Surveys"),
        # a kind said without "of" (or a judgement) still needs its clause
        ("The result is a list.", None),
        ("Redis is a great way to cache.", None),
    ],
)
def test_a_term_said_to_be_a_collection_or_a_kind_of_something_is_defined(
    sentence: str, term: str | None
) -> None:
    """``X is a collection of ...``, ``X is a type of ...``: the kind and what it is made
    of define the term, with no relative clause after them."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Vertical scaling is when you give the one machine a faster CPU.", "Vertical scaling"),
        ("A cache miss is where the data is not found in the cache.", "cache miss"),
        ("Countable sets are those which you can list one by one.", "Countable sets"),
        ("Tethering is the act of sharing a phone's connection.", "Tethering"),
        ("Pruning is the process of cutting branches off a tree.", "Pruning"),
        ("This is when things get tricky.", None),
        ("More interesting is when the graph has cycles.", None),
        ("Our holidays are when we finally read the books.", None),
    ],
)
def test_informal_definitions(sentence: str, term: str | None) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("$Vol(A)$는 A에 속한 노드에 연결된 엣지들의 가중치 합입니다.", "$Vol(A)$"),
        ("주체경어법은 문장의 주어를 높이는 경어법의 일종입니다.", "주체경어법"),
        ("그런데 $z$는 학습데이터로 주어지지 않은 잠재변수입니다.", "$z$"),
        ("이는 모델이 토큰을 하나씩 예측하기 때문입니다.", None),
        ("결국 두 방법이 같다는 얘기입니다.", None),
        ("전체 문서 수는 100만개입니다.", None),
        ("코드 3은 학습을 자동화한 스크립트입니다.", None),
        ("여기에서도 $μ$는 사용자가 정하는 값입니다.", "$μ$"),
        ("이를 풀 수 있는 기법은 매우 많지만 대표적인 것은 두 가지입니다.", None),
    ],
)
def test_a_term_said_to_be_a_noun_phrase_by_the_polite_copula(
    sentence: str, term: str | None
) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "The problem with greedy splits is that they never look ahead.",
            "problem with greedy splits",
        ),
        ("Drawback of bagging (and boosting) is that the model is opaque.", "Drawback of bagging"),
        (
            "The key idea behind dropout is to train a thinned network each step.",
            "idea behind dropout",
        ),
        ("The problem with this is that fuses must be replaced.", None),
        ("One problem with the previous test is that it leaks state.", None),
    ],
)
def test_a_facet_of_a_subject_said_is_defined(sentence: str, term: str | None) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


def test_a_facet_said_further_on_in_a_line_explains_the_line() -> None:
    line = "Shapley values score each feature. The key idea behind Shapley values is to share."
    assert defining_sentences.definitions_in_line(line) == []


def test_each_defining_sentence_of_a_line_is_its_own_card() -> None:
    line = (
        "오늘은 복습을 했다. 리스트는 순서가 있는 시퀀스를 말한다. 값을 바꿀 수 있다. "
        "튜플은 변경할 수 없는 시퀀스를 말한다."
    )
    assert defining_sentences.definitions_in_line(line) == [
        ("리스트", "리스트는 순서가 있는 시퀀스를 말한다. 값을 바꿀 수 있다."),
        ("튜플", "튜플은 변경할 수 없는 시퀀스를 말한다."),
    ]


def test_a_symbol_that_tidies_to_nothing_defines_no_term() -> None:
    # a sentence naming an operator by its symbol alone once crashed the whole note
    assert (
        defining_sentences.defined_in_sentence("⊗는 두 벡터의 외적을 나타내는 연산자입니다.")
        is None
    )


def test_an_adjective_in_ran_or_a_place_before_neun_defines_nothing() -> None:
    assert defining_sentences.defined_in_sentence("대신 커다란 표를 하나 만들어 둡니다.") is None
    # the colours in 란 (파란, 노란) are adjectives too: "노란 원의 중심은 ..." is no "노란"
    assert defining_sentences.defined_in_sentence("노란 원의 중심은 추정값의 평균이다.") is None
    assert defining_sentences.defined_in_sentence("**파란 직선**: 최소제곱법의 회귀선") is None
    assert (
        defining_sentences.defined_in_sentence("큐란 먼저 넣은 것이 먼저 나오는 구조이다.") == "큐"
    )
    assert (
        defining_sentences.defined_in_sentence(
            "디스크에는 수많은 파일이 있기 때문에 이를 관리하는 방법이 필요하다."
        )
        is None
    )
    assert (
        defining_sentences.defined_in_sentence("해시란 임의 길이의 값을 고정 길이로 바꾸는 것이다.")
        == "해시"
    )


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "이 글에서 설명할 heap sort는 완전 이진 트리를 이용하는 정렬 알고리즘입니다.",
            "heap sort",
        ),
        ("지난 시간에 배운 연결리스트는 노드를 포인터로 잇는 자료구조입니다.", "연결리스트"),
        ("가장 간단한 방법은 모든 경우를 하나씩 세어 보는 방법입니다.", None),
        ("앞서 소개한 드롭아웃은 뉴런 일부를 끄는 기법이다.", "드롭아웃"),
        ("도메인 모델은 업무 규칙을 담은 객체를 말한다.", "도메인 모델"),
        ("제한 시간은 요청 하나를 기다리는 최대 시간을 말한다.", "제한 시간"),  # a noun in 한
        ("오늘 배운 내용은 다음과 같은 것을 말한다", None),
    ],
)
def test_a_defined_term_may_follow_a_clause_that_modifies_it(
    sentence: str, term: str | None
) -> None:
    """``이 글에서 다룰 X는 ... 알고리즘입니다``: the clause before X is not part of the term."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("$w_i$는 $i$번째 단어의 임베딩을 나타내는 벡터입니다.", "$w_i$"),
        ("트리의 깊이 $d$는 뿌리에서 가장 먼 잎까지의 엣지 수를 가리킵니다.", "트리의 깊이 $d$"),
        ("`defer`는 함수가 끝날 때 실행할 문장을 미뤄 두는 구문을 말한다.", "`defer`"),
        ("다시 말해 $q(x)$는 샘플을 뽑는 제안 분포를 뜻합니다.", "$q(x)$"),
        ("$k$번째 값만 1이고 나머지는 0인 벡터입니다.", None),  # the notation counts
        ("[이 글](https://example.org)은 좋은 자료를 말한다.", None),  # a link names nothing
        # an operator in code names itself, as in a term line; a remark in parentheses may
        # follow the sentence's verb
        ("`<->`는 두 벡터의 유클리드 거리 연산자입니다.", "`<->`"),
        ("`>>`는 출력을 파일 끝에 덧붙이는 연산자이다 (덮어쓰지 않음).", "`>>`"),
        ("`ids`는 각 샘플의 번호를 담은 정수 텐서입니다 (모양은 `(B,)`).", "`ids`"),
        ("`-`는 빼기입니다.", "`-`"),  # in code a dash is the operator, no list marker
        ("**는 굵게 쓰는 표시입니다.", None),  # out of code, emphasis markers are no operator
    ],
)
def test_a_term_may_be_written_in_notation(sentence: str, term: str | None) -> None:
    """``$θ_d$는 ... 벡터입니다``: math or code names the thing a sentence defines."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # code opening a list item's sentence and marked as its topic: what follows says
        # what it is or does, however the sentence ends
        ("`fetch.min.bytes`는 컨슈머가 한 번에 받을 최소 데이터 양", "`fetch.min.bytes`"),
        ("`collect()`는 Action 연산으로, 결과를 드라이버로 모음", "`collect()`"),
        ("`Spatial Attention`은 위치에 집중", "`Spatial Attention`"),
        ("`Calendar`는 추상클래스라서 직접 생성할 수 없다.", "`Calendar`"),
        # a lead-in, a single letter, a bare value, or a sentence with nothing after
        ("`defineEmits()`는 다음과 같이 씁니다:", None),
        ("`x`는 마스크가 적용된 입력", None),
        ("`[0.1, 0.9]`는 예를 들어 선호도 벡터", None),
        ("`jq`는 좋다", None),
    ],
)
def test_code_marked_as_a_list_items_topic_is_defined_by_it(
    sentence: str, term: str | None
) -> None:
    assert defining_sentences.defined_in_sentence(sentence, bold_opening=False, item=True) == term
    # in a paragraph, the code is what the paragraph is about: its heading asks
    if term is not None and "," not in sentence:
        assert defining_sentences.defined_in_sentence(sentence, bold_opening=False) is None


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a bold term opening a list item and marked as its topic, as with code
        ("**L1 정규화**는 더 작은 모델을 선호할 때 선택", "L1 정규화"),
        ("**CNN**은 `shift equivalence`에 취약함", "CNN"),
        ("**Huggingface**는 다양한 모델이 공유되는 플랫폼", "Huggingface"),
        # "없**는": no topic particle but a verb's ending; a phrase, not a name; cut short
        ("**순서의 의미가 없**는 범주 데이터", None),
        ("**decoder**는 Self-Attention 외에도,", None),
        ("**모든 실수 z에 대한 y값의 범위**는 0과 1 사이이다.", None),
    ],
)
def test_a_bold_term_marked_as_a_list_items_topic_is_defined_by_it(
    sentence: str, term: str | None
) -> None:
    assert defining_sentences.defined_in_sentence(sentence, bold_opening=False, item=True) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("힙은 부모가 자식보다 항상 크거나 같은 완전 이진트리입니다.", "힙"),
        ("빠른 재시도는 응답이 없을 때 곧바로 다시 보내는 정책이다.", "빠른 재시도"),
        ("여기서는 창의 크기가 두 칸으로 정해진 설정입니다.", None),
        ("위 그림의 오른쪽은 두 값이 겹치는 경우를 말합니다.", None),
    ],
)
def test_kinds_define_and_pointers_into_the_text_do_not(sentence: str, term: str | None) -> None:
    """A kind closes a definition (``... 트리입니다``, ``... 정책이다``); ``여기서는``, ``위
    그림의 ...`` point into the note, and name nothing."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("**힙 정렬**은 힙을 만든 뒤 가장 큰 값을 하나씩 꺼내 정렬함", "힙 정렬"),
        ("**Z 점수**는 값이 평균에서 표준편차 몇 개만큼 떨어졌는지를 나타냄", "Z 점수"),
        ("**Bootstrapping** is resampling the data with replacement.", "Bootstrapping"),
        ("**임베딩(embedding)**은 말을 벡터로 바꾼 결과를 가리킵니다.", "임베딩(embedding)"),
        ("**Note** is that it fails on empty input.", None),  # a label, not a term
        ("**주의** 빈 입력에서는 실패한다.", None),
        ("A **hash table** is an array indexed by a hash of the key.", "hash table"),
        ("An **event** is a subset of the sample space.", "event"),
        ("The **heap** is a tree kept in an array.", "heap"),
    ],
)
def test_a_bolded_term_opening_a_sentence_is_defined_by_it(sentence: str, term: str | None) -> None:
    """The writer bolds the term a sentence opens with, then says what it is, whatever the
    sentence's ending."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("덱은 양쪽 끝에서 넣고 뺄 수 있는 자료구조", "덱"),
        ("Airflow의 Task는 DAG 안에서 실행되는 작업 단위", "Airflow의 Task"),
        ("정렬되어 있는 배열에서 가운데 값과 비교해 범위를 줄이는 방법", None),
        ("행렬 혹은 표로 나타낸 자료구조", None),
        ("학습에 중요하지 않은 데이터를 건너뛰는 방식", None),
    ],
)
def test_a_terse_definition_may_end_in_its_kind(sentence: str, term: str | None) -> None:
    """Terse notes leave the copula out (``X는 ... 자료구조``); a verb's 는 or a
    conjunction's 은 before it closes no term."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("게이트웨이는 외부 요청을 알맞은 서비스로 넘겨주는 역할을 합니다.", "게이트웨이"),
        ("정규화 계수 $λ$는 가중치가 커지지 않도록 누르는 역할을 함", "정규화 계수 $λ$"),
        ("`eps`는 분모가 0이 되지 않게 막는 역할을 한다.", "`eps`"),
        ("각 노드는 자기 구간의 합을 저장하는 역할을 수행합니다.", "노드"),
        ("이들은 서로 다른 장치를 묶어 주는 역할을 합니다.", None),
        ("이 값은 여기서 중요한 역할을 합니다.", None),
    ],
)
def test_a_term_may_be_defined_by_the_role_it_plays(sentence: str, term: str | None) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("`pwd -P` gives the current folder with its links resolved.", "`pwd -P`"),
        ("`npm outdated` shows packages newer than the pinned ones", "`npm outdated`"),
        ("`lea` is used for arithmetic rather than addressing", "`lea`"),
        ("`zsh` returns an error:", None),
        (
            "The `apt-cache policy` command shows which version each source would install:",
            "`apt-cache policy`",
        ),
        ("`x` and `y` are the two inputs", None),
        ("The `--multiline` option means the pattern may span lines.", "`--multiline` option"),
        ("The `-g` flag causes every match to be replaced.", "`-g` flag"),
        ("`--dry-run` skips the write and prints what would change.", "`--dry-run`"),
        # what a setting or a file holds, provides or accepts
        ("The `appEnv` key holds the variables the app starts with.", "`appEnv`"),
        ("`CPATH` accepts one or more folders, separated by a colon.", "`CPATH`"),
        ("`build.toml` contains the settings of each target.", "`build.toml`"),
    ],
)
def test_a_command_in_code_is_defined_by_what_it_does(sentence: str, term: str | None) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


def test_a_term_written_as_a_link_is_defined_by_its_text() -> None:
    sentence = "[관형사](https://example.org/nounad/)란 명사 앞에서 그 뜻을 제한하는 품사입니다."
    assert defining_sentences.defined_in_sentence(sentence) == "관형사"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "[관형사](https://blog.example.org/korean%20grammar/2019/03/14/parts-of-speech-"
            "determiners/)란 명사 앞에서 그 뜻을 제한하는 품사입니다.",
            "관형사",
        ),
        (
            "[tracewatch](https://github.com/example-organisation/tracewatch-for-python) is a "
            "small library that records every call a test makes.",
            "tracewatch",
        ),
        # a table of contents' entry, and a line that is only a link, define nothing
        ("[객체 지향 프로그래밍이란 무엇인가](#object-oriented-programming)", None),
        ("[큐란 무엇인가](https://example.org/what-is-a-queue-and-why-it-matters/)", None),
    ],
)
def test_a_link_opening_a_definition_is_its_term_however_long_its_address(
    sentence: str, term: str | None
) -> None:
    """A link's address is not part of the term: the term is the text the link shows."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "The [sqlean-binary](https://pypi.example.org/project/sqlean-binary/) package "
            "provides a much newer SQLite than the one Python ships.",
            "sqlean-binary",
        ),
        (
            "The [map-cluster](https://plugins.example.org/map-cluster) plugin can show rows "
            "on a map, given latitude and longitude columns.",
            "map-cluster",
        ),
        ("A [linter](https://example.org/linter) is a tool that flags suspicious code.", "linter"),
        # a link that says where, not what: the sentence goes on about something else
        ("The [docs](https://example.org/docs) say little about this.", None),
        # a name in code said what it can do; a promise of help or a pointer is none
        ("`snakeviz` can visualise the profile output.", "`snakeviz`"),
        ("The `-E` flag can exclude a directory from the search.", "`-E` flag"),
        ("The `pnpm list` command can help with that.", None),
        ("This `get` function can then be used like so.", None),
    ],
)
def test_a_link_after_an_article_and_before_its_kind_is_the_term(
    sentence: str, term: str | None
) -> None:
    """``The [X](...) package provides ...``: the article and the kind frame the name."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("[[Unital channel]] means the channel maps the identity to itself.", "Unital channel"),
        ("[[Deque]] is a queue that can grow at both ends.", "Deque"),
        (
            "A [[trace preserving]] map is a map that keeps the trace of every input.",
            "trace preserving map",
        ),
        ("[[queue#Deque|양방향 큐]]는 양쪽 끝에서 넣고 뺄 수 있는 큐입니다.", "양방향 큐"),
        ("See [[Deque]] for a queue that grows at both ends.", None),
    ],
)
def test_a_term_linked_to_its_note_is_defined_by_its_shown_text(
    sentence: str, term: str | None
) -> None:
    """An Obsidian or Logseq ``[[link]]`` (``[[target|alias]]`` shows the alias) opening a
    defining sentence is its term."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    "endings",
    [
        definition_forms.DEFINING_VERB_WORDS,
        definition_forms.GENUS_ENDINGS,
        definition_forms.ROLE_ENDINGS,
    ],
)
def test_endings_grouped_by_last_character_match_as_the_tuple(endings: tuple[str, ...]) -> None:
    grouped = definition_candidates._by_last_character(endings)
    texts = ["", "다", "임", "x", "모델", *endings]
    texts += [f"{prefix}{ending}" for prefix in ("", "A는 ", "그 ") for ending in endings]
    texts += [ending[1:] for ending in endings] + [ending[:-1] for ending in endings]
    for text in texts:
        assert text.endswith(grouped.get(text[-1:], ())) == text.endswith(endings), text


@pytest.mark.parametrize(
    "sentence",
    [
        "찾는 해를 포함하는 트리",  # 찾 ends in a consonant: 는 there ends a verb, not a topic
        "자주 접근되지 않는 데이터를 위한 저비용 옵션",
        "지원하려는 라이브러리를 등록하는 방법",  # -려는: what one means to do
    ],
)
def test_a_verbs_adnominal_ending_is_no_topic_particle(sentence: str) -> None:
    assert defined_in_sentence(sentence, bold_opening=False) is None


@pytest.mark.parametrize(
    "word, marked",
    [("모델은", True), ("데이터는", True), ("큐는", True), ("Attention은", True),
     ("크기는", True), ("표기는", True),  # nouns in 기 (size, notation) take the particle
     ("찾는", False), ("나은", False), ("작은", False), ("않는", False),
     # a noun in 리 takes the particle; a verb in -리- has its stem close in ㄹ (걸리는,
     # 불리는), or is one of the few others (버리는, 그리는)
     ("메모리는", True), ("이진트리는", True), ("쿼리는", True), ("처리는", True),
     ("걸리는", False), ("불리는", False), ("올리는", False), ("버리는", False),
     ("그리는", False), ("때리는", False), ("내리는", False), ("리는", False),
     # verbs in 르 (few nouns end so)
     ("따르는", False), ("고르는", False), ("누르는", False),
     # what is said, quoted (비교한다는, 있다는), and verbs whose stems close in a vowel
     # the particle also follows (시키는, 지키는, 나누는, 바꾸는, 세우는, 이루는, 다루는, 모으는)
     ("비교한다는", False), ("있다는", False), ("향상시키는", False), ("지키는", False),
     ("나누는", False), ("바꾸는", False), ("맞추는", False), ("세우는", False),
     ("배우는", False), ("이루는", False), ("다루는", False), ("모으는", False),
     # nouns that end as those verbs do still take it
     ("쿠키는", True), ("단축키는", True), ("경우는", True), ("바다는", True)],
)  # fmt: skip
def test_the_topic_particle_follows_the_final_sound(word: str, marked: bool) -> None:
    assert is_topic_marked(word) is marked


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("스택은 LIFO 구조의 자료구조로, 마지막에 넣은 것을 먼저 꺼낸다.", "스택"),
        ("힙은 완전 이진 트리의 일종으로, 우선순위 큐를 위해 쓴다.", "힙"),
        ("`map()`은 Transformation 연산으로,", "`map()`"),  # goes on in the next line
        ("힙은 완전 이진 트리의 일종이다.", "힙"),
    ],
)
def test_a_kind_said_as_a_clause_defines(sentence: str, term: str) -> None:
    assert defined_in_sentence(sentence, bold_opening=False) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # whatever the kind, after the clause that describes it
        ("보조사는 앞말에 특별한 뜻을 더해 주는 조사로, 대표적으로 '도'가 있다.", "보조사"),
        ("리듀서는 상태와 액션을 받아 새 상태를 주는 순수 함수로, 부수 효과가 없다.", "리듀서"),
        ("nginx는 요청을 뒤쪽 서버로 넘겨 주는 웹서버로서, 정적 파일도 빠르게 보낸다.", "nginx"),
        # not a kind: because it is ("...인 형태이므로,"), the way it goes ("...는 방향으로,")
        ("캐시는 메모리 위에 올라간 형태이므로, 읽기가 빠르다.", None),
        ("압축은 용량을 줄이는 방향으로, 조금씩 개선됐다.", None),
        ("이 함수는 값을 두 배로 만든 결과로, 다음 단계를 계산한다.", None),
    ],
)
def test_any_kind_a_clause_describes_said_as_a_clause_defines(
    sentence: str, term: str | None
) -> None:
    """``X는 ...을 나타내는 조사로, ...``: a noun after a describing clause, said as "as a
    ...," is the term's kind, whether or not it is a common kind word."""
    assert defined_in_sentence(sentence, bold_opening=False) == term


def test_a_clause_of_means_without_a_kind_defines_nothing() -> None:
    assert (
        defined_in_sentence("우리는 이 방법으로, 답을 빠르게 구한다.", bold_opening=False) is None
    )


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Shallow copy는 단순히 참조만 복사하는 것", "Shallow copy"),
        ("프로토타입은 매번 새 인스턴스를 만들어 쓰는 것이다.", "프로토타입"),
        ("fork()는 작업을 작업 큐에 넣는 것이고, 큐의 작업은 더 나뉜다.", "fork()"),
    ],
)
def test_a_term_said_to_be_what_a_verb_does_is_defined(sentence: str, term: str) -> None:
    assert defined_in_sentence(sentence, bold_opening=False) == term


@pytest.mark.parametrize(
    "sentence",
    [
        "코드 4는 블록의 앞부분을 정리한 것입니다.",  # a figure the text points at
        "단어 벡터는 서로 유사할 것이다.",  # what will be, not what it is
        "가장 효율적인 방법은 힙을 쓰는 것이다.",  # a remark
        "이 모델의 핵심은 구조를 보존하는 것이다.",
        "모델이 아는 모든 단어에 확률을 매긴 것",  # 아는: knows, no topic
    ],
)
def test_a_remark_or_a_guess_ending_in_a_thing_defines_nothing(sentence: str) -> None:
    assert defined_in_sentence(sentence, bold_opening=False) is None


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The `--isolated` flag tells uv to ignore other environments.", "`--isolated` flag"),
        ("The `-q` option prevents the banner from being printed.", "`-q` option"),
        ("The `pip-compile` command writes a pinned requirements file.", "`pip-compile`"),
    ],
)
def test_code_named_with_the_and_its_kind_says_what_it_does(sentence: str, term: str) -> None:
    assert defined_in_sentence(sentence) == term


def test_emphasis_in_a_list_items_definition_is_read_past() -> None:
    """``- `<=>`는 **코사인 거리 연산자**입니다``: bold inside the predicate says nothing about
    the form; inside code it is code (``int **``)."""
    assert (
        defined_in_sentence("`<=>`는 **코사인 거리 연산자**입니다.", bold_opening=False) == "`<=>`"
    )
    assert (
        defined_in_sentence(
            "A **heap** is a binary tree that is nearly complete.", bold_opening=False
        )
        == "heap"
    )


def test_a_sentence_announcing_what_follows_the_line_leaves_the_answer() -> None:
    line = "**구체물**이란 감각으로 지각되는 대상을 가리킵니다. 그 예는 다음과 같습니다."
    assert defining_sentences.definitions_in_line(line) == [
        ("구체물", "**구체물**이란 감각으로 지각되는 대상을 가리킵니다.")
    ]
    # the defining sentence itself stays, announcement and all
    line = "LSA는 말뭉치 행렬을 다음과 같이 세 행렬로 나누는 기법을 말합니다."
    assert defining_sentences.definitions_in_line(line) == [("LSA", line)]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "The `migrations` container simply runs the migrations and then exits.",
            "`migrations` container",
        ),
        (
            "The `pg_stat_activity` table can be used to list the open connections.",
            "`pg_stat_activity` table",
        ),
        ("The `pg_stat_activity` table shows the open connections.", "`pg_stat_activity` table"),
        (
            "The `@pytest.mark.skipif` decorator causes the test to be skipped.",
            "`@pytest.mark.skipif` decorator",
        ),
        ("The `--pdb` flag starts the debugger.", "`--pdb` flag"),
    ],
)
def test_code_named_with_its_kind_is_asked_with_it(sentence: str, term: str | None) -> None:
    """``The `db` container runs ...``: a container, a table, a decorator, an option or a
    flag is asked with its kind (the same name may be a service, a database, a host; a
    flag alone says nothing of what it is); a function by its name; a word like ``simply``
    may stand before what it does."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Dropout is used to reduce overfitting in large networks.", "Dropout"),
        ("Indexes are used to find rows with a given value quickly.", "Indexes"),
        ("A load balancer is commonly used for spreading requests over servers.", "load balancer"),
        # a pointer, or the writer's own use, defines nothing
        ("It is used to protect the stack.", None),
        ("This data is used to train the model.", None),
        ("A bit indicating which edge is used for reading.", None),  # a clause, no name
        ("The data in the buffer are used to place the vertices.", None),
    ],
)
def test_what_a_term_is_used_for_defines_it(sentence: str, term: str | None) -> None:
    """``X is used to/for ...``: what a thing is for is what a learner asks of it."""
    assert defining_sentences.defined_in_sentence(sentence) == term


def test_a_comma_after_ran_still_defines() -> None:
    found = defined_in_sentence(
        "진입 차수란, 한 정점으로 들어오는 간선의 수를 의미한다.", item=True
    )
    assert found == "진입 차수"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("`Zones` are datacenters isolated from each other in a region.", "`Zones`"),
        ("`Shard` is one slice of a table kept on its own server.", "`Shard`"),
        ("`x` are great", None),  # no kind of thing after it
    ],
)
def test_code_said_to_be_a_plural_kind_or_one_thing_is_defined(
    sentence: str, term: str | None
) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Caching is about keeping hot data close to where it is read.", "Caching"),
        ("Mechanics is all about how things move.", "Mechanics"),
        ("This post is about caching.", None),  # the post, no term
        ("It is all about the money.", None),
    ],
)
def test_what_a_term_is_about_defines_it(sentence: str, term: str | None) -> None:
    assert defining_sentences.defined_in_sentence(sentence) == term


def test_two_terms_defined_in_one_sentence_joined_by_the_copula_are_both_defined() -> None:
    """``A는 X이고, B는 Y이다``: the sentence defines both, and answers both."""
    line = (
        "CLOB은 문자 형태의 긴 내용을 저장하는 것이고, "
        "BLOB은 바이너리 형태의 긴 내용을 저장하는 것이다."
    )
    assert [term for term, _ in defining_sentences.definitions_in_line(line)] == ["CLOB", "BLOB"]
    pointing = "전자는 주변 단어로 중심 단어를 맞추는 방식이고, 후자는 그 반대 방식입니다."
    assert defining_sentences.definitions_in_line(pointing) == []


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        (
            "정방행렬은 행과 열의 개수가 같은 행렬이며 대각행렬은 대각 성분 밖이 모두 0인 "
            "행렬을 뜻합니다.",
            ["정방행렬", "대각행렬"],
        ),
        (
            "**max_depth**는 나무가 자랄 수 있는 최대 깊이이고 **n_estimators**는 "
            "앙상블할 나무의 개수가 됩니다.",
            ["max_depth", "n_estimators"],
        ),
        # the clause after the copula says more of the same term
        ("힙은 완전 이진 트리이며 힙은 보통 배열로 구현하는 구조를 말한다.", ["힙"]),
        # a verb saying what a term means joins them too, and the second topic may take a
        # few words
        (
            "전이중이란 양방향으로 동시에 보낼 수 있음을 의미하며 점대점이란 연결마다 끝점이 "
            "둘임을 의미한다.",
            ["전이중", "점대점"],
        ),
        (
            "nohup은 HUP 신호를 무시하게 하는 명령어이며, HUP 신호는 터미널이 끊길 때 "
            "보내지는 시그널이다.",
            ["nohup", "HUP 신호"],
        ),
        # a clause that opens with no topic of its own defines nothing
        ("샤딩은 큰 DB를 shard라고 부르는 작은 단위로 나누는 기법이다.", ["샤딩"]),
        # contrasted in English
        (
            "A stack is a list that pops the newest item first, while a queue is a list that "
            "pops the oldest item first.",
            ["stack", "queue"],
        ),
        (
            "Forward replay refers to when places are replayed in the order visited, whereas "
            "reverse replay refers to when they are replayed backwards.",
            ["Forward replay", "reverse replay"],
        ),
    ],
)
def test_two_terms_defined_in_one_sentence_need_no_comma_at_the_copula(
    line: str, terms: list[str]
) -> None:
    """``A는 X이며 B는 Y를 뜻합니다``: the comma after the copula is often left out."""
    assert [term for term, _ in defining_sentences.definitions_in_line(line)] == terms


def test_a_sentence_that_only_points_at_what_follows_defines_nothing() -> None:
    """``'-게'는 다음과 같이 쓰입니다.`` says where the answer is, not what ``-게`` is; a
    definition that goes on to say it (``테일러급수 전개는 함수값을 다음과 같이 무한합으로
    표시하는 것``) still defines."""
    assert defining_sentences.definitions_in_line("'-게'는 다음과 같이 쓰입니다.") == []
    line = "테일러급수 전개는 함수값을 다음과 같이 무한합으로 표시하는 걸 가리킵니다."
    assert [term for term, _ in defining_sentences.definitions_in_line(line)] == ["테일러급수 전개"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "The `-DENABLE_VTAB` flag is necessary to enable the virtual table.",
            "`-DENABLE_VTAB` flag",
        ),
        (
            "That `--setting time_limit 2000` line bumps up the time limit.",
            "`--setting time_limit 2000`",
        ),
        ("The first `-ss` line seeks the video to the right time.", "`-ss`"),
        ("The `-S` (for split) option to `env` is required because of the shebang.", "`-S`"),
        (
            "The `restart: always` field on the `web` container makes it come back.",
            "`restart: always`",
        ),
        ("The `a.id > b.id` clause solves a problem with pairs listed twice.", "`a.id > b.id`"),
        ("That `ls` output is long.", None),  # output is no part that does anything
        ("The `if: success()` bit ensures the deploy waits for the build.", "`if: success()`"),
        (
            "The `--compact` option at the end ensures arrays stay on one line.",
            "`--compact` option",
        ),
        ("The `-t tcp` option filters down to TCP sockets.", "`-t tcp` option"),
        ("That `API_TOKEN` variable is set to the key from the dashboard.", "`API_TOKEN`"),
    ],
)
def test_a_part_of_code_said_to_do_something_is_defined(sentence: str, term: str | None) -> None:
    """``That `--setting x` line bumps up ...``, ``The `-S` (for split) option to `env` is
    required because ...``, ``The `if: ...` bit ensures ...``: a line, a clause, a flag, a bit
    of a file named by its code (and where it stands) and what it does."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    "sentence",
    [
        "이같은 문제를 극복하기 위해 등장한 모델이 바로 랜덤포레스트입니다.",
        "그같은 방식은 느린 방식입니다.",
    ],
)
def test_such_a_thing_is_no_term(sentence: str) -> None:
    """``이같은``/``그같은`` (such a ...) points at what was said: no topic of its own."""
    assert defining_sentences.defined_in_sentence(sentence) is None


def test_an_article_before_an_emphasised_term_is_not_part_of_it() -> None:
    """``An __option__ is defined as ...``: the term is ``option``."""
    assert defining_sentences.defined_in_sentence("An __option__ is defined as a triple.") == (
        "option"
    )


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("A combinator is a function with no free variables.", "combinator"),
        ("A monoid is a set $M$ with an associative operation and an identity.", "monoid"),
        ("A random measure is a random element whose values are measures.", "random measure"),
        ("Suppose there is a graph with n faces.", None),  # a supposition names nothing
        ("The meeting is a chance with little at stake.", None),  # no mathematical kind
    ],
)
def test_a_mathematical_kind_and_what_it_has_defines(sentence: str, term: str | None) -> None:
    """``A combinator is a function with no free variables``: a set, a function, an element
    said with what it has (``with``, ``whose``) defines, as one said with a clause
    (``that ...``) did; another noun with ``with`` is too loose to."""
    assert defining_sentences.defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    "sentence",
    [
        "One option is the `--all` flag which shows every container.",
        "Another approach is a method that learns the weights directly.",
    ],
)
def test_one_of_several_is_no_term(sentence: str) -> None:
    """``One option is ...``, ``Another approach is ...``: which of several, no name."""
    assert defining_sentences.defined_in_sentence(sentence) is None


def test_an_adverb_before_there_is_names_nothing() -> None:
    """``Often times there is a very specific command ...``: there is, no term."""
    sentence = "Often times there is a very specific command that you need to run again."
    assert defining_sentences.defined_in_sentence(sentence) is None


def test_a_bold_term_of_something_then_its_genus_is_defined() -> None:
    assert defined_in_sentence("A **partition** of $[a, b]$ is a finite set of points.") == (
        "partition"
    )
    assert defined_in_sentence("The **kernel** of a map is the set sent to zero.") == "kernel"
    assert defined_in_sentence("The **size** of the array is 10.") is None


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("A socket is an endpoint bound to a port on one host.", "socket"),
        ("The heap is the region reserved for objects made at run time.", "heap"),
        ("A checksum is a short value computed from a block of data.", "checksum"),
        # no participle after the kind: a judgement, not what the term is
        ("Caching is a great way to speed things up.", None),
        ("The result is a table sorted by date.", None),  # "the result": no name
        ("How is a reader supposed to know which one to pick?", None),  # a question
    ],
)
def test_a_kind_then_a_participle_defines_as_a_relative_clause_would(
    sentence: str, term: str | None
) -> None:
    """``A port is a number attached to a socket``: the participle after the kind says what
    it is, as ``a number that is attached to ...`` would."""
    assert defined_in_sentence(sentence) == term


def test_a_colour_or_a_verb_with_its_object_before_ran_or_eun_names_nothing() -> None:
    assert defined_in_sentence("현재 파란 선이 가설 H(x)에 해당한다.") is None
    assert (
        defined_in_sentence("주제(z)를 뽑은 뒤 이 주제에 해당하는 단어를 뽑는 방식입니다.") is None
    )
    assert defined_in_sentence("큐란 목록 한쪽 끝에서만 자료를 넣는 자료구조입니다.") == "큐"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("A **load balancer** spreads requests across the servers behind it.", "load balancer"),
        ("The **scheduler** decides which thread runs next on each core.", "scheduler"),
        ("An **index** speeds up lookups at the cost of slower writes.", "index"),
        ("The **cache** has two levels and a write buffer.", None),  # what it owns
        ("The **result** was wrong on the first run.", None),
    ],
)
def test_a_bold_thing_after_an_article_said_what_it_does_is_defined(
    sentence: str, term: str | None
) -> None:
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("드롭아웃은 과적합을 막기 위해 사용된다.", "드롭아웃"),
        ("인덱스는 검색 속도를 높이는 데 쓰입니다.", "인덱스"),
        ("뮤텍스는 공유 자원을 한 번에 하나만 쓰게 하는 목적으로 사용됩니다.", "뮤텍스"),
        ("이 방법은 다음과 같은 경우에 사용된다.", None),  # where, not what for
        ("서버에서 받은 값을 화면에 그리는 데 쓰인다.", None),  # a clause, no topic
    ],
)
def test_a_korean_term_said_what_it_is_used_for_is_defined(sentence: str, term: str | None) -> None:
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a gloss in parentheses, commas and all, stays with the term
        ("계사(繫辭, copula)란 주어와 서술어를 잇는 단어를 가리킵니다.", "계사(繫辭, copula)"),
        # the field a term is used in opens the sentence, not the term
        ("정보이론에서 엔트로피란 불확실성의 척도입니다.", "엔트로피"),
        ("머신러닝에서 추론은 학습된 모델로 예측하는 과정을 가리킨다.", "추론"),
        # a place in the text is no field: what is there is explained, not defined
        ("그림에서 $x_t$는 $t$ 시점의 입력값을 가리킨다.", None),
    ],
)
def test_a_korean_term_with_its_gloss_or_its_field(sentence: str, term: str | None) -> None:
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("마지막으로 의미 기준은 성분이 뜻하는 바를 따져보는 것입니다.", "의미 기준"),
        ("둘째, 후위 표기법은 연산자를 피연산자 뒤에 쓰는 표기법이다.", "후위 표기법"),
        ("끝으로 버퍼는 쓰기 전에 값을 모아 두는 메모리를 말한다.", "버퍼"),
        ("Finally, a heap is a tree that keeps its largest key at the root.", "heap"),
        ("finally 블록은 자원을 정리하는 코드를 두는 데 사용된다.", "finally 블록"),
        ("Lastly, a trie is a tree that stores strings by their prefixes.", "trie"),
        # (nor does "사실", in fact)
        ("사실 자연어처리는 여러 분야가 겹친 융합 학문입니다.", "자연어처리"),
    ],
)
def test_a_word_that_orders_the_definitions_is_no_part_of_the_term(
    sentence: str, term: str
) -> None:
    """``마지막으로``, ``둘째``, ``Finally``: where the definition stands in a series."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("헤로쿠는 배포 환경을 제공해주는 PaaS이다.", "헤로쿠"),
        ("번들러는 루비 앱의 의존성을 관리해주는 gem입니다.", "번들러"),
        ("버퍼는 쓰기 전에 값을 모아 두는 메모리임.", "버퍼"),
        # a noun that only closes a remark says no kind
        ("이유는 속도가 빠르기 때문이다.", None),
        ("주소 값은 물리적으로 할당된다는 뜻이다.", None),
        ("결론은 바꿔 말하면 순서가 중요하다는 얘기입니다.", None),
    ],
)
def test_a_korean_term_said_to_be_a_noun_a_clause_describes(
    sentence: str, term: str | None
) -> None:
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("`nohup` 명령어는 터미널을 닫아도 프로그램이 계속 돌도록 해준다.", "`nohup` 명령어"),
        ("`create()`는 객체를 만들고 저장까지 한다.", None),  # 한다 alone says no action
        ("`collect()` 메서드는 순환 참조를 찾는 알고리즘을 수행한다.", "`collect()` 메서드"),
        ("`append()`는 문자열을 덧붙인 뒤 자기 자신을 반환합니다.", "`append()`"),
        ("`ios_base`는 입출력 스트림의 공통 설정을 관리한다.", "`ios_base`"),
        # what the code is worked out to, or what the author did with it, is no definition
        ("`1 << 3`은 `1000`이므로 두 값을 합쳐 `11101`을 만들 수 있다.", None),
        ("`[yolo]`는 세 군데에 있으므로 모두 수정한다.", None),
        ("`result`는 위에서 구한 값을 그대로 사용한다.", None),
    ],
)
def test_korean_code_said_what_it_does_is_defined(sentence: str, term: str | None) -> None:
    """```nohup` 명령어는 ... 해준다``: in prose as in a list item, code said to do
    something (return, create, run, show ...) is defined by it."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("그러면 $H$는 $R^n$의 부분공간입니다.", "$H$"),
        ("마찬가지로 공분산행렬의 대각 요소는 각 변수의 분산입니다.", "공분산행렬의 대각 요소"),
        ("이와 관련해 전자의 `-겠-`은 추측을 나타냅니다.", "전자의 `-겠-`"),
        ("게다가 버퍼는 쓰기 전에 값을 모아 두는 메모리를 말한다.", "버퍼"),
        # what is left after the joint points back, or is none
        ("그러면 이 모델은 입력 단어를 복사하는 방식입니다.", None),
        ("더 나아가서는 언어의 보편적인 성격을 탐구하는 학문입니다.", None),
    ],
)
def test_a_word_that_joins_the_sentence_before_is_no_part_of_the_term(
    sentence: str, term: str | None
) -> None:
    """``그러면``, ``마찬가지로``, ``이와 관련해``: the sentence goes on from the one before."""
    assert defined_in_sentence(sentence) == term


def test_a_contrasting_joint_opens_no_term() -> None:
    """``반대로 *dense graph*란 ...``: the second of two contrasted definitions."""
    assert defined_in_sentence("반대로 밀집 그래프란 노드 수보다 엣지 수가 큰 그래프입니다.") == (
        "밀집 그래프"
    )
    assert defined_in_sentence("반면에 큐는 먼저 넣은 것을 먼저 꺼내는 자료구조이다.") == "큐"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "순환 신경망(Recurrent Neural Network, RNN)은 "
            "순서가 있는 데이터를 처리하는 신경망입니다.",
            "순환 신경망(Recurrent Neural Network, RNN)",
        ),
        (
            "연산 순서(the order of operations, precedence)는 "
            "어느 연산을 먼저 할지 정하는 규칙입니다.",
            "연산 순서(the order of operations, precedence)",
        ),
        ("정규화(normalization)는 값의 범위를 맞추는 과정이다.", "정규화(normalization)"),
        # a gloss set apart by a space is a remark, not part of the name
        ("이 방법 (느리지만, 정확한)은 오래 걸린다.", None),
    ],
)
def test_a_term_glossed_in_brackets_with_commas_is_defined_whole(
    sentence: str, term: str | None
) -> None:
    """``합성곱 신경망(Convolutional Neural Network, CNN)은 ...``: the gloss after a Korean
    term, its English name and acronym, is one word of the term, commas and all."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("형태론은 단어의 짜임새를 연구하는 분야를 뜻하는데요.", "형태론"),
        ("정밀도는 양성이라 예측한 것 가운데 실제 양성의 비율을 의미하는데요.", "정밀도"),
        ("루트 노드는 부모가 없는 맨 위의 노드를 가리키는데요.", "루트 노드"),
        # whose account it is opens no term: "according to X"
        ("표준 문법에 따르면 **품사**란 단어를 성질에 따라 묶은 것입니다.", "품사"),
        ("논문에 의하면 잔차 연결은 기울기가 흐르는 지름길을 뜻하는데요.", "잔차 연결"),
    ],
)
def test_a_definition_said_in_the_spoken_form_that_goes_on(sentence: str, term: str) -> None:
    """``품사론은 ... 연구하는 분야를 뜻하는데요.``: the defining verb in the spoken form that
    leads on to the next sentence still defines."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Then `--arg name '...'` sets a variable within `jq` to that string.",
            "`--arg name '...'`",
        ),
        ("Here `app.py` is a Python module that exposes an ASGI application.", "`app.py`"),
        ("Next, the `-s` flag tells it to read the whole input first.", "`-s` flag"),
        # a joint before prose that is no code leaves the sentence as it was
        ("Then the model learns the weights from the data.", None),
    ],
)
def test_a_joint_before_code_opens_no_term(sentence: str, term: str | None) -> None:
    """``Then `--arg query '...'` sets a variable within `jq` ...``: the word that joins the
    sentence to the one before it is no part of the code it says the use of."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            '[Readable.js](https://example.com/r) is "A standalone version of the readability '
            'library used for reader views".',
            "Readable.js",
        ),
        (
            "[acme/setup-tool](https://github.com/acme/setup-tool) is Acme's official Action "
            "for installing the tool.",
            "acme/setup-tool",
        ),
        ('[The post](https://example.com/p) is "really good", I think.', None),
    ],
)
def test_a_linked_name_said_to_be_its_makers_thing_or_a_quoted_one_is_defined(
    sentence: str, term: str | None
) -> None:
    """``[astral-sh/setup-uv](...) is Astral's official Action for ...``, ``[Readability.js](...)
    is "A standalone version of ..."``: the kind may be its maker's, or quoted from the
    project's own words."""
    assert defined_in_sentence(sentence) == term


def test_code_said_to_be_a_kind_in_its_language_is_defined() -> None:
    """```asyncio` in Python is a form of co-operative multitasking ...``: the language the
    code belongs to may come between it and its kind."""
    sentence = "`tokio` in Rust is a runtime that drives asynchronous tasks on a thread pool."
    assert defined_in_sentence(sentence) == "`tokio`"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The `q=new` argument at the end is the one that opens a blank form.", "`q=new`"),
        (
            "The `restart: always` key on the `db` service is a way to keep it up.",
            "`restart: always`",
        ),
        ("The `-x` (for exit) flag to `pytest` is an early stop on failure.", "`-x`"),
    ],
)
def test_code_said_to_be_a_kind_where_it_stands_is_defined(sentence: str, term: str) -> None:
    """``The `tf=cm` parameter at the end is the one that ...``: where the code stands, the
    code it belongs to or a gloss may come between it and what it is, as when it does."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "The [make_routes](https://docs.example.com/hooks) plugin hook lets you add "
            "routes to the app.",
            "make_routes",
        ),
        (
            "The [acme-core](https://github.com/acme/acme-core) repository contains all of the "
            "default recipes.",
            "acme-core",
        ),
    ],
)
def test_a_linked_name_and_its_kind_in_two_words_or_a_repository(sentence: str, term: str) -> None:
    """``The [register_commands](...) plugin hook lets you ...``, ``The [homebrew-core](...)
    repository contains ...``: the kind after the link may take two words, or be where the
    code lives."""
    assert defined_in_sentence(sentence) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a term of maths defined in the imperative, with or without "we"
        ("Define the **hinge loss** of a classifier $$f$$ as:", "hinge loss"),
        ("Define a walker's path as the list of squares it visits.", "walker's path"),
        ("We define **throughput** to be $$N / T$$", "throughput"),
        ("Let us define the mixing rate between $$p$$ and $$q$$ as:", "mixing rate"),
        # in the passive, a qualifier naming by symbols what the term is of, a setting before
        ("The Hellinger distance between $$p$$ and $$q$$ is defined as:", "Hellinger distance"),
        ("For a graph $$G$$, the **girth** is defined as its shortest cycle's length.", "girth"),
        ("A block code $$C$$ of length $$n$$ is defined by its generator matrix.", "block code"),
        # a symbol or a pointer is what is defined, or "as well as" is no "as"
        ("Define $$g(x)$$ as the smoothed signal.", None),
        ("We define this weighted sum as the gain:", None),
        ("Here we define the kinds of jobs a worker can run as well as its queue.", None),
    ],
)
def test_a_term_defined_by_the_verb_define_with_symbols_around_it(
    sentence: str, term: str | None
) -> None:
    assert defined_in_sentence(sentence) == term
