"""A heading whose body is a list: the heading asks, the whole list answers."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_heading_whose_body_is_a_list() -> None:
    text = (
        "## Pie Chart\n\n"
        "- 원을 부채꼴로 분할하여 표현하는 차트\n"
        "- 연구단계에선 지양\n"
        "- Donut Chart → 가운데가 빔\n"
    )
    cards = by_question(cards_of(text))
    # the item that is a card of its own stays in the list's answer too
    assert cards["Pie Chart"].answer == (
        "- 원을 부채꼴로 분할하여 표현하는 차트\n- 연구단계에선 지양\n- Donut Chart → 가운데가 빔"
    )
    assert cards["Pie Chart"].line == 1
    assert cards["Donut Chart"].context == ("note", "Pie Chart")


def test_heading_of_definitions_is_context_not_a_card() -> None:
    text = "## Optimizers\n\n- Adam: momentum + RMSProp\n- SGD: one sample at a time\n"
    assert [card.question for card in cards_of(text)] == ["Adam", "SGD"]


def test_repeated_category_headings_are_not_topics() -> None:
    text = "## ML library\n\n- 첫째 사실\n- 둘째 사실\n\n## ML library\n\n- 셋째 사실\n- 넷째\n"
    assert cards_of(text) == []


def test_dated_entries_are_not_topics() -> None:
    text = "## Tensor tricks\n\n*2021.09.20*\n\n- 첫째 사실\n- 둘째 사실\n"
    assert cards_of(text) == []


def test_a_line_leading_into_the_list_is_kept_and_prose_first_is_not_a_topic() -> None:
    text = (
        "## Greedy algorithms\n\n"
        "Pick what looks best right now.\n\n"
        "- no backtracking\n"
        "- not always optimal\n\n"
        "## Dynamic programming\n\n"
        "Solve each subproblem once and store the answer.\n\n"
        "This works when subproblems overlap, which is common in counting problems.\n\n"
        "- memoization\n"
        "- tabulation\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Greedy algorithms"].answer == (
        "Pick what looks best right now.\n\n- no backtracking\n- not always optimal"
    )
    # its prose answers it (its short first paragraph going on in the next), not its list
    assert cards["Dynamic programming"].answer == (
        "Solve each subproblem once and store the answer.\n\n"
        "This works when subproblems overlap, which is common in counting problems."
    )


def test_a_list_item_that_is_a_card_stays_in_the_list_by_its_first_line() -> None:
    text = (
        "## Caches\n\n"
        "- live close to the reader\n"
        "- LRU: drops the entry used longest ago\n"
        "  - simple to implement\n"
        "- trade memory for speed\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Caches"].answer == (
        "- live close to the reader\n- LRU: drops the entry used longest ago\n"
        "- trade memory for speed"
    )
    assert cards["LRU"].answer == "drops the entry used longest ago\n- simple to implement"


def test_a_heading_over_one_item_that_says_something_is_a_card() -> None:
    text = (
        "# Models\n\n### 규모의 법칙\n- 더 많은 데이터와 큰 모델로 오래 학습하면 성능이 오른다\n\n"
        "### Page cache\n- keeps recently read disk blocks in memory so reads skip the disk\n\n"
        "### Collapse Hierarchy\n- merge subclass and superclass\n"
    )
    cards = by_question(cards_of(text, "ml.md"))
    assert cards["규모의 법칙"].answer.startswith("- 더 많은 데이터와")
    assert cards["Page cache"].answer.startswith("- keeps recently read disk blocks")
    assert cards["Collapse Hierarchy"].answer == "- merge subclass and superclass"  # four words


def test_a_heading_over_one_name_or_question_is_no_card() -> None:
    text = (
        "# Tools\n\n## Calculators\n- Casio Scientific Equation Solver\n\n"
        "## Open problems\n- How do the two phases differ at the boundary?\n\n"
        "## Thoughts\n- to get better at algebra I should learn analysis first\n"
    )
    assert cards_of(text, "tools.md") == []


def test_one_item_answers_a_question_heading_an_equation_or_a_chain_of_steps() -> None:
    """The one item need not be a sentence when the heading asks a question, or when the
    item is an equation or a chain of steps; a question heading over a question or a lead
    into nothing is still no card."""
    text = (
        "# Caching\n\n### What does a cache buy the reader?\n- Lower Read Latency\n\n"
        "## Handshake\n- SYN -> SYN-ACK -> ACK\n\n"
        "## Arrangements\n- $A(n, k) = n!/(n-k)!$\n\n"
        "### Why not more levels?\n- Is the cost worth it?\n\n"
        "## Binomial\n- $\\binom{n}{k}$\n"
    )
    cards = by_question(cards_of(text, "cache.md"))
    assert cards["What does a cache buy the reader?"].answer == "- Lower Read Latency"
    assert cards["Handshake"].answer == "- SYN -> SYN-ACK -> ACK"
    assert cards["Arrangements"].answer == "- $A(n, k) = n!/(n-k)!$"
    assert "Why not more levels?" not in cards and "Binomial" not in cards


def test_a_numbered_heading_is_asked_by_its_name() -> None:
    """``(1) FIFO 스케줄러``, ``2) Capacity 스케줄러``: the section number is where the heading
    stands, not what it names."""
    text = (
        "# Sched\n\n### (1) FIFO 스케줄러\n- 먼저 들어온 작업을 먼저 처리한다\n"
        "- 짧은 작업도 긴 작업 뒤에서 기다린다\n\n### 2) Capacity 스케줄러\n"
        "- 큐별로 자원을 비율로 나눈다\n- 남는 자원은 다른 큐가 빌려 쓴다\n"
    )
    cards = by_question(cards_of(text, "sched.md"))
    assert cards["FIFO 스케줄러"].answer.startswith("- 먼저 들어온 작업을")
    assert cards["Capacity 스케줄러"].line == 7


def test_a_given_label_over_the_list_is_the_lead_in_of_the_heading_not_a_card() -> None:
    text = (
        "# Calculus\n\n## Tangent line equation\n\nGiven:\n\n- a function $f$\n"
        "- a point $x_0$\n\n1. Differentiate $f$\n2. Evaluate $f'(x_0)$\n"
    )
    cards = by_question(cards_of(text, "calculus.md"))
    assert "Given" not in cards
    assert "- a function $f$" in cards["Tangent line equation"].answer


def test_a_list_of_links_whose_titles_hold_brackets_is_a_reading_list() -> None:
    text = (
        "# Notes\n\n## Spring\n\n- [[Spring] Bean scope](https://example.org/a)\n"
        "- [[Spring] Transactions](https://example.org/b)\n- [[Spring] AOP](https://example.org/c)\n"
    )
    assert cards_of(text, "README.md") == []


def test_a_heading_that_names_its_topic_at_length_asks_its_list() -> None:
    text = (
        "## 다음 단어 예측 기반 대형 언어 모델의 한계\n\n"
        "- 요청과 어긋나는 답을 내놓기도 함\n"
        "- 해로운 답을 내놓을 수도 있음\n"
    )
    cards = by_question(cards_of(text))
    assert cards["다음 단어 예측 기반 대형 언어 모델의 한계"].answer == (
        "- 요청과 어긋나는 답을 내놓기도 함\n- 해로운 답을 내놓을 수도 있음"
    )


def test_a_what_heading_over_a_list_asks_the_subject_above_it() -> None:
    text = "## what\n\n- a system call that maps a file into memory\n- pages load on first use\n"
    cards = by_question(cards_of(text, "notes/mmap.md"))
    assert cards["mmap"].answer == (
        "- a system call that maps a file into memory\n- pages load on first use"
    )


def test_a_long_heading_repeated_over_slides_asks_where_it_first_stands() -> None:
    text = (
        "## Traits of judging large models\n\n- they learn many tasks at once\n"
        "- decoding changes their answers\n\n## Something else\n\nText.\n\n"
        "## Traits of judging large models\n\n- a second slide's point\n- and another\n"
    )
    cards = [card for card in cards_of(text) if card.question == "Traits of judging large models"]
    assert [card.line for card in cards] == [1]
    assert cards[0].answer.startswith("- they learn many tasks at once")


def test_statements_whose_nested_lines_are_cards_still_answer_their_heading() -> None:
    text = (
        "## 공변 반환타입\n\n"
        "- 오버라이딩할 때 부모 메소드의 반환타입을 자식 타입으로 바꿀 수 있다.\n"
        "- 자손 타입으로 바로 받으니 번거로운 형변환이 줄어든다.\n"
        "  - 형변환: 값의 타입을 다른 타입으로 바꾸는 것\n"
    )
    cards = by_question(cards_of(text))
    # the second item says something; only the line nested in it is a card of its own
    assert cards["공변 반환타입"].answer == (
        "- 오버라이딩할 때 부모 메소드의 반환타입을 자식 타입으로 바꿀 수 있다.\n"
        "- 자손 타입으로 바로 받으니 번거로운 형변환이 줄어든다."
    )
    assert cards["형변환"].answer == "값의 타입을 다른 타입으로 바꾸는 것"


def test_items_naming_groups_of_nested_definitions_are_a_glossary() -> None:
    text = (
        "## Sorting\n\n"
        "- Simple sorts\n"
        "  - Bubble sort: swaps neighbours until sorted\n"
        "- Fast sorts\n"
        "  - Quicksort: partitions around a pivot\n"
    )
    # each item is a card of its own (a term over its nested definition): no list card
    assert "Sorting" not in by_question(cards_of(text))


def _steps(step: str) -> str:
    return "".join(
        f"{number}. {number}번째로 {step}\n   - 자세히 {number}-1\n   - 자세히 {number}-2\n"
        for number in range(1, 6)
    )


def test_a_list_too_long_whole_answers_by_its_items_first_lines() -> None:
    text = "## 벨만-포드 알고리즘 동작 순서\n\n" + _steps("모든 간선을 한 번씩 검사한다")
    cards = by_question(cards_of(text))
    assert cards["벨만-포드 알고리즘 동작 순서"].answer == "\n".join(
        f"{number}. {number}번째로 모든 간선을 한 번씩 검사한다" for number in range(1, 6)
    )


def test_items_that_lead_into_their_children_are_not_cut_short() -> None:
    text = "## 벨만-포드 알고리즘 동작 순서\n\n" + _steps("간선마다 다음을 한다:")
    assert "벨만-포드 알고리즘 동작 순서" not in by_question(cards_of(text))


def test_a_list_after_prose_of_its_own_leaves_the_first_list_the_answer() -> None:
    # the examples' list belongs to its label ("예시:"), and its items are cards of
    # their own: the heading is still answered by the list that opens the section
    text = (
        "## 규칙 기반 챗봇의 한계\n\n"
        "- 미리 정해 둔 시나리오 밖의 질문에는 **엉뚱한 답**을 내놓을 수 있음\n\n"
        "예시:\n"
        "- 날씨 봇: 환불 문의에 오늘 날씨를 답함\n"
        "- 주문 봇: 인사말에 주문 번호를 물음\n"
    )
    cards = by_question(cards_of(text))
    assert cards["규칙 기반 챗봇의 한계"].answer == (
        "- 미리 정해 둔 시나리오 밖의 질문에는 **엉뚱한 답**을 내놓을 수 있음"
    )
    assert cards["날씨 봇"].answer == "환불 문의에 오늘 날씨를 답함"


def test_a_list_broken_by_an_image_is_still_one_answer() -> None:
    text = (
        "## Cache warm-up\n\n"
        "- load the hottest keys before traffic arrives\n\n"
        "![diagram](warmup.png)\n\n"
        "- replay yesterday's reads against the new node\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Cache warm-up"].answer == (
        "- load the hottest keys before traffic arrives\n"
        "- replay yesterday's reads against the new node"
    )


def test_a_bold_first_item_answers_when_the_items_after_it_are_cards() -> None:
    """``### schedule_interval`` + ``- **what the setting decides**`` and its lines, then an
    item whose table of values makes cards of its own: the first item answers."""
    text = (
        "### schedule_interval\n"
        "- **DAG이 실행되는 주기를 결정하는 설정값**\n"
        "    - Cron 표현식 또는 예약어로 주기를 정의\n\n"
        "- 설정 방법\n\n"
        "    | 설정 값 | 설명 |\n"
        "    |---|---|\n"
        "    | `@once` | 한 번만 실행 |\n"
        "    | `@daily` | 매일 자정에 실행 |\n"
    )
    cards = by_question(cards_of(text))
    assert cards["schedule_interval"].answer.startswith(
        "- **DAG이 실행되는 주기를 결정하는 설정값**"
    )
    assert "@once" not in cards["schedule_interval"].answer


def test_a_task_heading_is_answered_by_its_steps() -> None:
    # "### SwiftLint 적용하기" + the steps that do it: the task asks, the steps answer
    text = (
        "# IntelliJ\n\n도입.\n\n### 변수 추출하기\n\n- `Cmd + Opt + V`\n- `Ctrl + Alt + V`\n\n"
        "### Linter 적용하기\n\n* 프로젝트 폴더 클릭\n* `Build Phases`로 이동\n* 스크립트 추가\n"
    )
    cards = by_question(cards_of(text, "ide.md"))
    assert cards["변수 추출하기"].answer == "- `Cmd + Opt + V`\n- `Ctrl + Alt + V`"
    assert cards["Linter 적용하기"].answer.startswith("* 프로젝트 폴더 클릭")


def test_a_heading_over_items_that_only_give_examples_is_answered_by_the_list() -> None:
    """``- 기억장치 : RAM, HDD``: the items name examples of each part, not what it is; the
    heading asks for the parts, the list answers (the items stay cards of their own)."""
    text = (
        "# 컴퓨터\n\n#### 하드웨어\n\n- 중앙처리장치\n- 기억장치 : RAM, SSD\n"
        "- 입출력 장치 : 키보드, 모니터\n"
    )
    cards = by_question(cards_of(text, "computer.md"))
    assert (
        cards["하드웨어"].answer
        == "- 중앙처리장치\n- 기억장치 : RAM, SSD\n- 입출력 장치 : 키보드, 모니터"
    )
    assert cards["기억장치"].answer == "RAM, SSD"


def test_an_item_naming_a_term_in_passing_leaves_the_list_its_headings_answer() -> None:
    """``- 결과 코드를 목적 코드라고 한다`` names a term of its own, beside an item that is no
    card: the list is no glossary, the heading asks it whole."""
    text = (
        "# 빌드 과정\n\n## 링킹(Linking)\n"
        "- 따로 번역된 파일들을 이어 붙여 하나의 실행 파일을 만드는 일\n"
        "  - 다른 파일의 함수를 부르려면 꼭 필요하다.\n"
        "- 이때 쓰는 프로그램을 링커라고 한다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["링킹(Linking)"].answer.startswith("- 따로 번역된 파일들을")
    assert "링커라고 한다" in cards["링킹(Linking)"].answer
    assert cards["링커"].answer == "이때 쓰는 프로그램을 링커라고 한다."


def test_a_first_item_defining_the_heading_answers_when_the_rest_are_cards() -> None:
    """``## Condition codes`` + ``- A collection of bits set by ...``, then ``- Zero-flag:
    ...`` items that are cards of their own: the first item is what the heading is."""
    text = (
        "# CPU\n\n## Condition codes\n"
        "- A collection of bits set by arithmetic instructions and read by jumps\n"
        "- Zero-flag: the last operation produced a zero\n"
        "- Sign-flag: the last operation produced a negative number\n\n"
        "## PCB\n"
        "- OS가 각 프로세스를 관리하려고 프로세스마다 두는 정보\n"
        "- PID: 프로세스 번호\n"
        "- 상태: 실행, 대기 등 프로세스의 상태\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Condition codes"].answer == (
        "- A collection of bits set by arithmetic instructions and read by jumps"
    )
    assert cards["PCB"].answer == "- OS가 각 프로세스를 관리하려고 프로세스마다 두는 정보"
    assert "Zero-flag" in cards


def test_a_facet_heading_over_one_plain_point_and_cards_is_no_card() -> None:
    """``## 장점`` + a plain point, then points that are cards: the first is one of them,
    not what the heading is."""
    text = (
        "# 캐시\n\n## 장점\n"
        "- 자주 쓰는 데이터를 빠르게 돌려준다\n"
        "- 비용: 메모리를 적게 써서 싸다\n"
        "- 부하: 원본 서버의 부하를 줄인다\n"
    )
    assert "캐시 — 장점" not in by_question(cards_of(text))


def test_a_first_item_that_remarks_on_the_section_does_not_define_it() -> None:
    """``## Optimization`` + ``- 용어가 많음 → 알아둬야 오해가 없다`` over term items: a
    note to self about the section, not what optimization is."""
    text = (
        "# 딥러닝\n\n## Optimization\n"
        "- 용어가 많음 → 확실히 알아둬야 나중에 오해가 없다\n"
        "- generalization: 처음 보는 데이터에서도 잘 맞히는 정도\n"
        "- cross-validation: 데이터를 나눠 번갈아 검증하는 방법\n"
    )
    assert "Optimization" not in by_question(cards_of(text))


def test_a_facet_heading_over_term_lines_is_answered_by_them_all() -> None:
    """``##### 시간 복잡도`` + ``- 인접 행렬 : O(V^2)`` + ``- 인접 리스트 : O(V+E)``: the lines
    are the facet's cases, not a glossary of terms; the facet asks them whole."""
    text = (
        "# 그래프 탐색\n\n### DFS\n\n> 한 갈래를 끝까지 탐색한 뒤 돌아오는 방법\n\n"
        "##### 시간 복잡도\n\n- 인접 행렬 : O(V^2)\n- 인접 리스트 : O(V+E)\n"
    )
    cards = by_question(cards_of(text))
    assert cards["DFS — 시간 복잡도"].answer == "- 인접 행렬 : O(V^2)\n- 인접 리스트 : O(V+E)"


def test_a_note_named_by_a_facet_word_over_a_glossary_is_no_facet() -> None:
    """``analysis.md`` + ``- Supremum: ...`` + ``- Infimum: ...``: the title names the
    note's subject, not a facet of one above it; its glossary is a card per line."""
    text = "- Supremum: 최소 상계\n- Infimum: 최대 하계\n- Bijection ::: 전단사\n"
    assert [card.question for card in cards_of(text, "math/analysis.md")] == [
        "Supremum",
        "Infimum",
        "Bijection",
    ]


def test_one_item_saying_what_its_heading_is_answers_with_its_nested_cards() -> None:
    # the item's own line says something; its nested lines are cards of their own, and
    # show in its answer, which they complete
    text = (
        "# Databases\n\n## Boyce-Codd normal form\n\n"
        "- A relation is in BCNF when\n"
        "  - Superkey: a set of attributes that determines every other attribute\n"
        "  - Rule: every non-trivial dependency X -> Y has a superkey as X\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Boyce-Codd normal form"].answer == (
        "- A relation is in BCNF when\n"
        "  - Superkey: a set of attributes that determines every other attribute\n"
        "  - Rule: every non-trivial dependency X -> Y has a superkey as X"
    )
    assert "Superkey" in cards


def test_a_korean_heading_asking_a_facet_at_length_is_answered_by_its_list() -> None:
    # "...가 느려지는 이유" asks why, as a question would: the list under it answers
    text = (
        "# 데이터베이스\n\n## 인덱스가 많으면 쓰기가 느려지는 이유\n\n"
        "* 행을 넣을 때마다 모든 인덱스를 고쳐야 함\n"
        "* 인덱스 페이지가 나뉘면서 디스크 쓰기가 늘어남\n"
    )
    cards = by_question(cards_of(text))
    assert cards["인덱스가 많으면 쓰기가 느려지는 이유"].answer == (
        "* 행을 넣을 때마다 모든 인덱스를 고쳐야 함\n"
        "* 인덱스 페이지가 나뉘면서 디스크 쓰기가 늘어남"
    )


def test_a_section_heading_in_title_case_names_a_habit_though_it_has_a_verb() -> None:
    text = (
        "# Notes on a book\n\n"
        "## Errors Should Never Pass Silently\n\n"
        "- raise them, or log them on purpose\n"
        "- a caught error is a decision\n\n"
        "## the parser should be rewritten\n\n"
        "- it is slow\n"
        "- it is hard to read\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Errors Should Never Pass Silently"].answer == (
        "- raise them, or log them on purpose\n- a caught error is a decision"
    )
    assert "the parser should be rewritten" not in cards  # a sentence not in title case


def test_a_notes_title_in_title_case_with_a_verb_is_still_no_topic() -> None:
    text = "## Tests Should Run Fast\n\n- shared state\n- timing\n"
    assert cards_of(text, "Tests Should Run Fast.md") == []


def test_a_heading_that_states_a_point_asks_for_the_list_backing_it() -> None:
    text = (
        "# 코드 리뷰\n\n## 작은 변경은 리뷰가 빠르다\n\n"
        "- 읽을 줄이 적어 리뷰어가 바로 시작할 수 있다\n"
        "- 되돌리기 쉬워서 승인을 망설이지 않는다\n"
    )
    cards = by_question(cards_of(text))
    assert "되돌리기 쉬워서" in cards["작은 변경은 리뷰가 빠르다"].answer


def test_steps_keep_the_short_code_written_under_each() -> None:
    text = (
        "## Redis 설치\n\n"
        "1) 소스 받기\n"
        "```bash\ncurl -O https://example.org/redis-7.tar.gz\n```\n\n"
        "2) 빌드\n"
        "```bash\nmake -C redis-7\n```\n"
    )
    assert by_question(cards_of(text))["Redis 설치"].answer == (
        "1) 소스 받기\n```bash\ncurl -O https://example.org/redis-7.tar.gz\n```\n"
        "2) 빌드\n```bash\nmake -C redis-7\n```"
    )


def test_steps_whose_code_is_a_program_or_explained_above_answer_by_their_names() -> None:
    program = "\n".join(f"line_{number} = {number}" for number in range(5))
    text = f"## Seed the cache\n\n1. Write the loader\n```python\n{program}\n```\n2. Run it once\n"
    assert by_question(cards_of(text))["Seed the cache"].answer == (
        "1. Write the loader\n2. Run it once"
    )
    # each item explains the command above it: the code is not the item's below
    text = (
        "## Running tox\n\n"
        "```\ntox\n```\n- Runs every environment\n"
        "```\ntox -e lint\n```\n- Runs the lint environment only\n"
    )
    assert by_question(cards_of(text))["Running tox"].answer == (
        "- Runs every environment\n- Runs the lint environment only"
    )


def test_a_first_item_defining_a_word_of_the_heading_answers_with_the_list() -> None:
    text = (
        "# Cleanup moves\n\nMoves that tidy code.\n\n"
        "## Split Boolean Parameter\n\n"
        "- boolean: a true/false switch that picks which branch a function runs\n"
        "- give each branch its own named function and call that one\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Split Boolean Parameter"].answer == (
        "- boolean: a true/false switch that picks which branch a function runs\n"
        "- give each branch its own named function and call that one"
    )
    assert "boolean" in cards  # the term keeps its own card


def test_a_heading_naming_its_parts_is_no_card_though_one_is_defined() -> None:
    text = (
        "# Networking\n\nHow hosts talk.\n\n"
        "## Protocol vs Interface\n\n"
        "- Protocol: a series of actions two hosts agree on\n"
        "- Interface\n"
    )
    assert "Protocol vs Interface" not in by_question(cards_of(text))
