"""Every card knows its note; a bare facet word names its subject."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_facet_words_name_the_subject_above_them() -> None:
    text = (
        "## CNN\n### 특징\n- 지역적인 패턴을 찾는다\n- 필터를 공유한다\n\n"
        "## Adam\n- Pros: 학습률을 덜 고른다\n"
    )
    cards = by_question(cards_of(text, "ml.md"))
    assert "CNN — 특징" in cards and "Adam — Pros" in cards
    assert cards["CNN — 특징"].context == ("ml", "CNN")


def test_a_facet_with_nothing_above_names_the_note() -> None:
    (card,) = cards_of("## Usage\n\nCall it once per request, before any write.\n", "HttpClient.md")
    assert card.question == "HttpClient — Usage"


def test_the_title_comes_first_once_and_is_shown_not_keyed() -> None:
    text = "---\ntitle: 네트워크 정리\n---\n## TCP\n- 3-way handshake: 연결을 여는 세 번의 교환\n"
    (card,) = cards_of(text, "net.md")
    assert card.context == ("네트워크 정리", "TCP")
    (same,) = cards_of(text.replace("네트워크 정리", "Networking"), "net.md")
    assert same.key == card.key


def test_characteristics_concepts_and_their_korean_words_are_facets_too() -> None:
    text = (
        "# Schedulers\n\n## Shortest job first\n\n### Characteristics\n\n"
        "- the shortest burst runs first\n- a long job may starve\n\n"
        "## 세마포어\n\n### 특성\n\n- 정수 값으로 자원 수를 센다\n- 대기 큐를 둔다\n"
    )
    cards = by_question(cards_of(text, "os.md"))
    assert cards["Shortest job first — Characteristics"].answer.startswith("- the shortest")
    assert cards["세마포어 — 특성"].answer.startswith("- 정수 값으로")


def test_why_and_its_korean_words_name_their_subject() -> None:
    text = "# 통계\n\n## 표본 편향\n\n### 왜?\n\n- 부유한 사람만 뽑았다\n- 응답률이 낮았다\n"
    cards = by_question(cards_of(text, "stats.md"))
    assert cards["표본 편향 — 왜?"].answer.startswith("- 부유한 사람만")


def test_what_and_how_headings_name_their_subject_like_why() -> None:
    # "## what", "## how", "## why": the three sections of a note on one subject; the
    # first, right under the title, says what the title's subject is
    text = (
        "---\ntitle: Write-ahead log\n---\n\n## what\n\n"
        "- every change is appended to a log before the data pages change\n"
        "- the log is flushed on commit\n\n"
        "## How\n\n- replay the log after a crash\n- checkpoints bound the replay\n"
    )
    cards = by_question(cards_of(text, "db.md"))
    assert cards["Write-ahead log"].answer.startswith("- every change is appended")
    assert cards["Write-ahead log — How"].answer.startswith("- replay the log")


def test_process_formula_result_and_their_korean_words_name_their_subject() -> None:
    text = (
        "# Sorting\n\n## Tim sort\n\n### Process\n\n1. Split the array into runs\n"
        "2. Merge the runs pairwise\n\n## F1 점수\n\n### 수식\n\n$F1 = 2PR / (P + R)$\n"
    )
    cards = by_question(cards_of(text, "sorting.md"))
    assert cards["Tim sort — Process"].answer.startswith("1. Split the array")
    assert cards["F1 점수 — 수식"].answer == "$F1 = 2PR / (P + R)$"


def test_an_explanation_heading_names_its_subject_and_a_welcome_asks_nothing() -> None:
    text = (
        "# Course notes\n\n## Welcome\n\nThese are my notes for the systems course, enjoy.\n\n"
        "## Event sourcing\n\n### Explanation\n\n- keep every change as an event\n"
        "- rebuild the state by replaying them\n"
    )
    cards = by_question(cards_of(text, "notes.md"))
    assert set(cards) == {"Event sourcing — Explanation"}


def test_problem_issues_and_negatives_name_their_subject() -> None:
    text = "# Caches\n\n## Write-back caches\n\n### Problem\n\n- another core may read stale data\n"
    text += "- coherence needs a protocol\n\n## Leverage\n\n- Negative: what you can take away\n"
    cards = by_question(cards_of(text, "caches.md"))
    assert cards["Write-back caches — Problem"].answer.startswith("- another core may read")
    assert cards["Leverage — Negative"].answer == "what you can take away"


def test_solutions_name_their_problem_and_a_numbered_solution_is_an_exercise() -> None:
    text = (
        "# Cross Site Scripting\n\nInjected scripts run in a victim's browser.\n\n"
        "## Solutions\n\n- escape every output\n- set a content security policy\n\n"
        "## Homework\n\n- Solution (1)\n  - by induction on n\n"
    )
    questions = {card.question for card in cards_of(text, "xss.md")}
    assert "Cross Site Scripting — Solutions" in questions
    assert not any(question.startswith("Solution (1)") for question in questions)


def test_parts_of_a_topic_note_name_their_subject() -> None:
    text = (
        "# Jsoup\n\nAn HTML parser for Java.\n\n"
        "## Installation\n\n1. Download the jar\n2. Put it on the class path\n\n"
        "## Formal Definition\n\nA parser maps an HTML string to a document tree.\n\n"
        "## Tools\n\n- jsoup.org try page\n- the selector cheat sheet\n"
    )
    questions = set(by_question(cards_of(text)))
    assert {"Jsoup — Installation", "Jsoup — Formal Definition", "Jsoup — Tools"} <= questions


def test_a_word_that_may_be_a_term_is_no_facet() -> None:
    text = "# Swift\n\n- Method: a function that a class, struct or enum holds\n"
    assert "Method" in by_question(cards_of(text))


def test_a_heading_naming_a_part_of_its_subject_names_the_subject() -> None:
    # "Algorithm", "Structure", "시간 복잡도" under a subject's heading say what part of it
    # the section gives; written as a term with its definition they may be the term
    text = (
        "# Booth Multiplier\n\n## Algorithm\n\n1. Pad the multiplier with a zero bit\n"
        "2. Look at each pair of bits and add or subtract\n\n"
        "## 퀵 정렬\n\n### 시간 복잡도\n\n평균 O(n log n), 최악 O(n²)이다.\n\n"
        "### 핵심 아이디어\n\n- 피벗을 골라 작은 값과 큰 값으로 나눈다\n"
        "- 양쪽을 재귀로 정렬한다\n\n"
        "## Terms\n\n- Structure: a value type that groups named fields\n"
    )
    cards = by_question(cards_of(text, "hardware.md"))
    assert cards["Booth Multiplier — Algorithm"].answer.startswith("1. Pad the multiplier")
    assert cards["퀵 정렬 — 시간 복잡도"].answer == "평균 O(n log n), 최악 O(n²)이다."
    assert cards["퀵 정렬 — 핵심 아이디어"].answer.startswith("- 피벗을 골라")
    assert cards["Structure"].answer == "a value type that groups named fields"


def test_an_operational_heading_names_the_subject_it_is_about() -> None:
    # "## Configuration", "## Troubleshooting", "### 설치" say which part of the tool above
    # the section covers: asked alone, they ask nothing a reader could answer
    text = (
        "# XTerm\n\n## Configuration\n\n"
        "Settings live in ~/.Xresources and are loaded with xrdb when the session starts.\n\n"
        "## Troubleshooting\n\n"
        "When the font looks wrong, the resources were not merged: run xrdb again.\n\n"
        "# 매크로 라이브러리\n\n### 설치\n\npip으로 pyautogui를 설치한 뒤 가져와 쓴다.\n"
    )
    cards = by_question(cards_of(text, "xterm.md"))
    assert {"XTerm — Configuration", "XTerm — Troubleshooting", "매크로 라이브러리 — 설치"} <= set(
        cards
    )


def test_an_overview_heading_is_no_subject_of_its_own() -> None:
    text = "## what\n\n- Pros: 학습률을 덜 고른다\n- Cons: 메모리를 더 쓴다\n"
    cards = by_question(cards_of(text, "Adam optimizer.md"))
    assert set(cards) == {"Adam optimizer — Pros", "Adam optimizer — Cons"}


def test_a_heading_asked_again_under_another_subject_names_each_subject() -> None:
    """``### Insert`` under ``## 리스트`` and again under ``## 연결리스트``: one operation
    asked of two subjects, each card naming its own (a label repeated as such, ``Example``,
    stays no card)."""
    text = (
        "# 자료구조\n\n## 리스트\n\n리스트란 순서가 있는 값의 모임입니다.\n\n"
        "### Insert\n\n맨 앞에 넣는 연산은 모든 요소를 옮기므로 $O(n)$입니다.\n\n"
        "## 연결리스트\n\n연결리스트란 노드가 포인터로 이어진 자료형입니다.\n\n"
        "### Insert\n\n맨 앞에 넣는 연산은 포인터만 바꾸므로 $O(1)$입니다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["리스트 — Insert"].answer.endswith("$O(n)$입니다.")
    assert cards["연결리스트 — Insert"].answer.endswith("$O(1)$입니다.")
    assert "Insert" not in cards


def test_a_meaning_names_its_subject() -> None:
    # "사전적 의미", "의미", "뜻", "Meaning": what the subject above means
    text = (
        "# OS\n\n## 개념\n\n* 프로세스(Process) 란\n"
        "  * 사전적 의미: 실행되고 있는 컴퓨터 프로그램\n  * 자원을 할당받는 작업의 단위\n"
        "* Idempotence\n  * Meaning: doing it twice is doing it once\n  * used by retries\n"
    )
    questions = [card.question for card in cards_of(text, "os.md")]
    assert "프로세스(Process) — 사전적 의미" in questions
    assert "Idempotence — Meaning" in questions


def test_a_facet_asked_as_a_short_question_names_its_subject() -> None:
    # "### 장점은?", "### 4. 단점은 없는가?": a facet asked of the subject above
    text = (
        "# DB\n\n## 정규화\n\n도입.\n\n### 장점은?\n\n- 이상 현상 제거\n- 구조 확장이 쉬움\n\n"
        "### 4. 단점은 없는가?\n\n조인이 많아져 질의가 느려질 수 있다.\n"
    )
    questions = [card.question for card in cards_of(text, "db.md")]
    assert "정규화 — 장점은?" in questions
    assert "정규화 — 단점은 없는가?" in questions


def test_a_complexity_given_as_a_term_line_names_its_subject() -> None:
    """``- 시간 복잡도: O(n + k)`` under an algorithm gives that algorithm's complexity: the
    question names it, as a heading's does; a definition of the word stays its own term."""
    text = (
        "# 정렬\n\n## 계수 정렬\n\n- 시간 복잡도: O(n + k)\n- 공간 복잡도: `O(k)`\n\n"
        "## Binary lifting\n\n- Time complexity: $O(n \\log n)$ to preprocess\n\n"
        "## 용어\n\n- 시간 복잡도: 입력 크기에 따라 실행 시간이 늘어나는 정도\n"
    )
    questions = [card.question for card in cards_of(text, "sort.md")]
    assert "계수 정렬 — 시간 복잡도" in questions
    assert "계수 정렬 — 공간 복잡도" in questions
    assert "Binary lifting — Time complexity" in questions
    assert "시간 복잡도" in questions


def test_facet_words_joined_in_one_heading_name_the_subject_and_are_none() -> None:
    """``## 정의 및 특징`` is two facets of the subject above: it names it, and a facet
    under it names that subject, not the joined heading."""
    text = (
        "# 최단 경로\n\n## 벨만-포드\n\n### 정의 및 특징\n\n"
        "- 음수 간선이 있어도 최단 거리를 구한다\n- 시간 복잡도: O(V*E)\n\n"
        "## Heaps\n\n### Pros and Cons\n\nFast to insert, slow to search.\n"
    )
    questions = [card.question for card in cards_of(text, "paths.md")]
    assert "벨만-포드 — 시간 복잡도" in questions
    assert "Heaps — Pros and Cons" in questions


def test_facet_headings_repeated_under_each_subject_are_asked_of_each() -> None:
    """``### 장점`` + a list under ``## 네이티브 앱`` and again under ``## 웹 앱``: one facet
    asked of two subjects, not a label repeated through the note."""
    text = (
        "# 앱의 종류\n\n## 네이티브 앱\n\n플랫폼 언어로 만든 앱.\n\n"
        "### 장점\n\n- 성능이 가장 높다\n- 기기 기능을 모두 쓴다\n\n"
        "### 단점\n\n- 플랫폼마다 따로 만든다\n- 배포가 느리다\n\n"
        "## 웹 앱\n\n브라우저에서 도는 앱.\n\n"
        "### 장점\n\n- 설치가 필요 없다\n- 한 번 만들면 어디서나 돈다\n\n"
        "### 단점\n\n- 기기 기능을 못 쓴다\n- 느리다\n"
    )
    cards = by_question(cards_of(text, "apps.md"))
    assert cards["네이티브 앱 — 장점"].answer.startswith("- 성능이 가장 높다")
    assert cards["웹 앱 — 단점"].answer.startswith("- 기기 기능을 못 쓴다")


def test_a_one_letter_flag_asked_with_its_kind_still_names_its_subject() -> None:
    """``The `-b` flag can be used to ...`` under ``# Send cookies with curl``: ```-b` flag``
    says no more than ```-b``` of what it belongs to, so the note's subject comes first."""
    text = (
        "# Send cookies with curl\n\n"
        "Some endpoints answer only when a session cookie comes with the request.\n\n"
        "The `-b` flag can be used to send a cookie in the header of a request.\n"
    )
    questions = [card.question for card in cards_of(text, "unix/curl-cookies.md")]
    assert "Send cookies with curl — `-b` flag" in questions


def test_a_question_that_leads_into_its_answer_names_its_subject() -> None:
    """``- Comprised of: File Block and Inode`` under ``# exFAT``: a phrase ending in a
    preposition or an article goes on into its answer, and says nothing without what it
    is said of (``exFAT — Comprised of``)."""
    text = (
        "# exFAT\n\nA file system for flash drives.\n\n"
        "- Comprised of: file blocks and an allocation bitmap\n"
        "- Best for: removable drives shared between systems\n"
        "- Cluster size: up to 32 MB\n"
    )
    questions = set(by_question(cards_of(text, "fs/exFAT.md")))
    assert {"exFAT — Comprised of", "exFAT — Best for", "Cluster size"} <= questions


def test_code_or_math_ending_in_such_a_word_is_asked_as_written() -> None:
    text = "# Loops\n\nLoops in JavaScript.\n\n- for ... of: iterates over the values\n"
    assert "for ... of" in by_question(cards_of(text, "js/loops.md"))


def test_vulnerabilities_attacks_and_guides_under_a_subject_name_it() -> None:
    """``# Vulnerabilities`` + ``- ARP Poisoning`` in a note on ARP: the heading names a part
    of the note's subject, and says nothing without it."""
    text = (
        "# Address Resolution Protocol\n\nMaps an IP address to a MAC address on a LAN.\n\n"
        "# Vulnerabilities\n- ARP Poisoning\n- ARP Spoofing\n\n"
        "# Alternate Definition\nA request answered by the host that owns the address.\n"
    )
    questions = set(by_question(cards_of(text, "net/ARP.md")))
    assert "Address Resolution Protocol — Vulnerabilities" in questions
    assert "Address Resolution Protocol — Alternate Definition" in questions


def test_an_attempt_at_a_problem_names_the_problem() -> None:
    """``## 첫 번째 시도`` under ``# BOJ 1010. 다리 놓기``: the attempt is at that problem."""
    text = (
        "# BOJ 1010. 다리 놓기\n\n## 첫 번째 시도\n\n"
        "- dp로 풀었다\n- 조합의 수를 미리 채워 두면 된다\n"
    )
    assert "BOJ 1010. 다리 놓기 — 첫 번째 시도" in by_question(cards_of(text, "boj-1010.md"))
