"""What is kept of the tidied proposals: cards that ask and answer, once each."""

from __future__ import annotations

from notecards.core.extract import decide
from notecards.core.extract.proposal import Idiom, Proposal
from notecards.core.model import CardKind
from tests.conftest import cards_of

CODE = "```python\nfor x in items:\n    print(x)\n```"


def proposal(question: str, answer: str, line: int = 1, *, tip: bool = False) -> Proposal:
    return Proposal(CardKind.BASIC, question, answer, line, (), Idiom.TOPIC, code_is_tip=tip)


def test_an_answer_that_is_only_code_is_no_card_unless_the_code_is_the_tip() -> None:
    kept = decide.keep(
        [
            proposal("Loop over a list", CODE, 1),
            proposal("Undo the last commit", "```sh\ngit reset --soft HEAD~1\n```", 5, tip=True),
            proposal("Loop with its index", "`enumerate` gives both\n" + CODE, 9),
            proposal("commit 전에 .gitignore를 잊었다면?", "```sh\ngit rm -r --cached .\n```", 12),
        ]
    )
    assert [item.line for item in kept] == [5, 9, 12]


def test_an_empty_code_block_answers_nothing_even_as_the_tip() -> None:
    """A task heading over a fence the writer left empty (``## Storing data`` + a python
    fence with nothing in it) has no tip to give."""
    text = (
        "# Datastore\n\n## Storing data\n\n```python\n\n```\n\n"
        "## Install the client\n\n```bash\n```\n\n"
        "## Install the server\n\n```bash\npip install server\n```\n"
    )
    assert [card.question for card in cards_of(text)] == ["Install the server"]


def test_code_only_answers_in_notes() -> None:
    text = (
        "## 압축 해제\n\n```bash\ntar -xvzf hadoop.tar.gz\n```\n\n"
        "- 코드 예시\n  ~~~python\n  print(1)\n  ~~~\n"
        "- 리스트 뒤집기: `reversed`는 반복자를 돌려줌\n"
    )
    assert [card.question for card in cards_of(text)] == ["리스트 뒤집기"]


def test_code_spans_on_one_line_are_not_a_code_block() -> None:
    assert not decide.is_code_only("```x``` is the shortest\n```y```")
    assert decide.is_code_only("~~~sh\n$ ls\n~~~\n\n```\nmore\n```")


def test_the_same_card_twice_in_a_note_is_one_card() -> None:
    text = (
        "## Week 1\n\n- Stride: 필터가 한 번에 움직이는 칸 수\n\n"
        "## Week 2\n\n- Stride: 필터가 한 번에  움직이는 칸 수\n"
        "- Padding: 가장자리에 0을 채움\n- Stride: 다른 설명이면 다른 카드\n"
    )
    cards = cards_of(text)
    assert [(card.question, card.line) for card in cards] == [
        ("Stride", 3),
        ("Padding", 8),
        ("Stride", 9),
    ]


def test_a_table_row_naming_a_term_its_section_already_asked_is_no_card() -> None:
    """A table that writes its group again on each row (``Memory | heap`` then ``Memory |
    stack``) asks the group once, with its first row; a table over terms the section
    defined above it asks them no second time. The same heading written again later starts
    a section anew: its table asks what it lists."""
    text = (
        "## Parts\n\n"
        "| Area | Part | Role |\n|---|---|---|\n"
        "| Memory | heap | holds objects made at run time |\n"
        "| Memory | stack | holds the frames of calls |\n"
        "| Disk | swap | takes pages out of memory |\n\n"
        "## Kinds of cache\n\n"
        "- Write-back: the cache writes to memory only when a line leaves it\n\n"
        "| Kind | Example |\n|---|---|\n| Write-back | most CPU data caches |\n\n"
        "## Tools\n\n- `top`: shows the busiest processes\n\n"
        "## Other\n\n- Uptime: how long the machine has run\n\n"
        "## Tools\n\n| Tool | Use |\n|---|---|\n| `top` | lists processes by load, live |\n"
        "| `df` | shows the free space of each disk |\n"
    )
    asked = [(card.question, card.line) for card in cards_of(text)]
    assert ("Memory", 5) in asked and ("Memory", 6) not in asked
    assert ("Disk", 7) in asked
    assert [line for question, line in asked if question == "Write-back"] == [11]
    assert [line for question, line in asked if question == "`top`"] == [19, 29]


def test_a_card_with_nothing_to_ask_or_answer_is_none() -> None:
    kept = decide.keep([proposal("", "an answer"), proposal("A question", "")])
    assert kept == []


def test_metadata_exercise_constraints_and_sample_values_are_no_cards() -> None:
    text = (
        "- Fusion rules\n  alias:: fusion algebra\n  file-path:: library/fusion.pdf\n"
        "## 문제\n\n- 시간 제한: 1 초\n- 메모리 제한: 128 MB\n\n"
        "## One-hot encoding\n\n- 코끼리: [1, 0, 0]\n- user_id: 48213\n"
        "- One-hot vector: 한 원소만 1이고 나머지는 0인 벡터\n"
        "## Contents\n\n- [Intro](#intro)\n- [Usage](#usage)\n"
    )
    assert [card.question for card in cards_of(text)] == ["One-hot vector"]


def test_a_short_question_named_after_a_label_like_title_is_kept() -> None:
    # the note's file is called "a", which alone would be a Q/A label; "a — B" asks about B
    assert [card.question for card in cards_of("- B: 나\n- C: 다\n", "a.md")] == ["a — B", "a — C"]


def test_an_example_is_no_question() -> None:
    # "e.g. X: Y", "ex. X: Y": an example of what the note explains, not a term to ask
    text = (
        "## tolower\n\n- Turns every letter of a string to lower case\n"
        "  - e.g. `AbC`: `abc`\n\n"
        "## 지도 학습\n\n- ex. 집값 예측: 면적, 방 수 -> 집값\n- 회귀: 연속값을 예측하는 문제\n"
    )
    questions = [card.question for card in cards_of(text)]
    assert not any(q.lower().startswith(("e.g.", "ex.")) for q in questions)
    # an example that is code alone asks the code; the heading over the one item saying what
    # it does asks that item, its example under it
    assert questions == ["tolower", "`AbC`", "회귀"]


def test_an_answer_that_only_lists_the_pages_sections_is_no_card() -> None:
    # an outliner page's index: heading blocks and block references under a title or label
    kept = decide.keep(
        [
            proposal("Paper Reading", "- # LooseEnds\n- # BlackBoxes\n- # Setup", 1),
            proposal("Misconceptions", "- ((63be2660-9f7c))\n- ((63be2682-11d1))", 2),
            proposal("Axioms", "- # Ordered sets\n\t- every two are comparable\n- # Choice", 3),
            proposal("Protocols", "- #TLS 1.2\n- #CredSSP: network level auth", 4),
            proposal("Join types", "- inner keeps matches\n- left keeps every left row", 5),
        ]
    )
    assert [item.line for item in kept] == [4, 5]


def test_an_answer_that_only_says_the_question_again_is_no_card() -> None:
    kept = decide.keep(
        [
            proposal("Answer sheet", "Answer sheet", 1),
            proposal("Unit Property", "**Unit Property**.", 2),
            proposal("`byte`", "`Byte`", 3),  # the wrapper class: another name
            proposal("srje", "SRJE", 4),  # an example of upper-casing: the case is the answer
        ]
    )
    assert [item.line for item in kept] == [3, 4]


def test_a_derivations_step_cut_at_its_formula_is_no_card() -> None:
    text = (
        "- Energy of the field\n"
        "    - Start from\n"
        "        - $$W = \\frac{1}{2} \\int E^2 d\\tau$$\n"
        "    - Consider the charge density\n"
        "        - $$\\rho = q \\delta(r)$$\n"
        "    - Work done defined as\n"
        "        - $$W = \\int F \\cdot dl$$\n"
    )
    questions = [card.question for card in cards_of(text, "fields.md")]
    assert "Start from" not in questions
    assert "Consider the charge density" not in questions  # a step of working it out
    # (a phrase that goes on into its answer names the subject it is said of)
    assert "Energy of the field — Work done defined as" in questions


def test_a_short_line_that_only_leads_into_what_follows_is_no_answer() -> None:
    kept = decide.keep(
        [
            proposal("Monday", "Hours spent:", 1),
            proposal("Two channels", "There are two distinct channels:", 3),
            proposal("KL divergence", "Set $$f(t) = t \\log t$$:", 5),
            proposal(
                "Topological group", "A group with a topology such that its maps are continuous:", 7
            ),
        ]
    )
    assert [card.question for card in kept] == ["KL divergence", "Topological group"]


def test_a_worked_example_named_example_is_no_question() -> None:
    text = (
        "- Poisson distribution\n"
        "    - counts events in a fixed interval\n"
        "    - Example. Buses at a stop\n"
        "        - on average 3 buses an hour, so none in an hour has chance $e^{-3}$\n"
        "    - Example: Typos per page\n"
        "        - about 2 per page\n"
    )
    questions = [card.question for card in cards_of(text, "poisson.md")]
    assert questions == ["Poisson distribution"]


def test_a_facet_of_a_korean_worked_example_is_no_question() -> None:
    text = "## 선형 회귀\n\n- 예시: 광고 데이터\n    - 목표: 광고비로 판매량을 예측\n"
    assert [card.question for card in cards_of(text, "regression.md")] == []


def test_what_one_run_or_assignment_came_to_is_no_card() -> None:
    text = (
        "# 정규화\n\n## 드롭아웃\n\n- 정의: 학습 중 뉴런을 무작위로 끄는 정규화 기법\n"
        "- 결과: 특정 뉴런에 덜 의존하게 된다\n\n"
        "## 드롭아웃 실험 결과\n\n- 정확도: 91.2%에서 93.5%로 올랐다\n\n"
        "## 성능 비교\n\n- 드롭아웃 0.5: 93.5%\n- 드롭아웃 없음: 91.2%\n\n"
        "## 산출물\n\n- 학습 코드와 보고서를 저장소에 올린다\n"
    )
    questions = [card.question for card in cards_of(text, "dropout.md")]
    assert questions == ["드롭아웃 — 정의", "드롭아웃 — 결과"]
    # a note titled for a comparison still names its topic
    titled = "# 정렬 알고리즘 성능 비교\n\n## 힙 정렬\n\n- 정의: 힙을 이용해 정렬하는 방법\n"
    assert [card.question for card in cards_of(titled)] == ["힙 정렬 — 정의"]


def test_an_answer_of_footnotes_only_is_no_card() -> None:
    text = (
        "# DHCP\n\nDHCP는 IP 주소를 자동으로 할당하는 프로토콜이다[^1].\n\n"
        "## footnote\n\n[^1]: 가장 가까운 DNS 서버\n[^2]: 임대 기간\n"
    )
    assert "footnote" not in [card.question for card in cards_of(text)]


def test_an_answer_that_is_only_a_placeholder_is_no_card() -> None:
    """``작성중``, ``- 작성 예정``, ``TODO: read the 2010 paper``, ``TBD (ask a colleague)``: the
    writer has not written the answer yet; a real answer that mentions a todo list stays."""
    kept = decide.keep(
        [
            proposal("리버스 프록시", "작성중", 1),
            proposal("@Transactional", "- 작성 예정", 2),
            proposal("Ajax", "(작성중)", 3),
            proposal("Score matching", "TODO: read the 2010 paper", 4),
            proposal("좋은 리뷰", "TBD (주변 사례 참고해서 적기)", 5),
            proposal("Analyze", "- TODO", 6),
            proposal("Direct sum", "-\n- TODO look at the lattice model for a hint", 6),
            proposal("완료 필터", "todo 목록 중 끝난 것만 보여 줌", 7),
            proposal("Memory tracing", "#TODO\n\n- `tracemalloc` traces allocations", 8),
        ]
    )
    assert [item.line for item in kept] == [7, 8]


def test_a_question_answered_only_by_a_question_is_no_card() -> None:
    """``Q2`` -> ``How much data fits in a block group?``, ``Is N fixed?`` -> ``- Is it
    like the toric code?``: a question answers nothing; a term glossed by a question
    (``Blocksize`` -> ``- How much data to return?``) or a list of questions to ask says
    something."""
    kept = decide.keep(
        [
            proposal("Case study — Q2", "How much data fits in a block group?", 1),
            proposal("Is N fixed?", "- Is it like the toric code?", 3),
            proposal("Blocksize", "- How much data to return?", 5),
            proposal("Never ask", "- How much do you make?\n- Any jobs for me?", 7),
            proposal("Why a record?", "- A record of a file. Why a record?", 9),
        ]
    )
    assert [item.line for item in kept] == [5, 7, 9]


def test_a_label_with_the_day_it_was_written_asks_nothing() -> None:
    """``Update 30th June 2022: ...`` is the writer's later update, as ``**Update**: ...``
    is; a term that merely starts with the word (``Update anomaly: ...``) stays."""
    text = (
        "# Tracking issues\n\n"
        "Update 30th June 2022: I turned what I learned here into a tool of its own.\n\n"
        "- Update anomaly: changing one fact in several rows and missing one\n"
        "- Insert anomaly: a fact that cannot be stored without another\n"
    )
    questions = {card.question for card in cards_of(text)}
    assert not any(question.startswith("Update 30th") for question in questions)
    assert "Update anomaly" in questions


def test_a_term_line_that_only_shows_a_form_is_no_card() -> None:
    """A grammar note lists what an ending means with an example, the ending marked in bold
    inside its word (``- 추측: 비가 오**겠**다``): the example is no answer to the meaning.
    Explained after the colon, the same line is a card."""
    text = (
        "## '-겠-'의 의미\n\n"
        "- 추측: 내일은 비가 오**겠**다.\n"
        "- 의지: 내가 먼저 가**겠**다.\n"
        "- 가능성: 말하는 이가 일이 일어날 가능성을 짐작하여 말함\n"
    )
    asked = {card.question for card in cards_of(text)}
    assert "추측" not in asked and "의지" not in asked
    assert "가능성" in asked


def test_a_derivations_step_is_no_card_once_its_subject_is_named_either() -> None:
    """``Plug in`` + a formula, asked ``Weyl spinor — Plug in`` now that a phrase ending in
    a preposition names its subject: still a step of working it out."""
    text = "- Weyl spinor\n    - Plug in\n        - $$\\Lambda = e^{i \\theta J}$$\n"
    questions = [card.question for card in cards_of(text, "spinor.md")]
    assert not any(question.endswith("Plug in") for question in questions)


def test_a_task_named_edit_or_update_with_its_command_is_a_card() -> None:
    """``- edit: `crontab -e```: ``edit`` and ``update`` open a writer's aside (``Edit: I was
    wrong``), but over the command that does it they name a task."""
    text = "# Crontab\n\nSchedules jobs.\n\n- check: `crontab -l`\n- edit: `crontab -e`\n"
    cards = {card.question: card.answer for card in cards_of(text, "crontab.md")}
    assert cards.get("edit") == "`crontab -e`"


def test_what_a_learning_goals_heading_lists_is_what_to_study_not_a_card() -> None:
    text = (
        "# 네트워크 복습\n\n## 학습 목표\n\n### 라우팅\n\n"
        "1. Explain how a router picks the next hop\n2. Compare static and dynamic routes\n\n"
        "### 전송 계층\n\n- Port numbers: 16-bit numbers that name a process on a host\n\n"
        "## 라우팅 테이블\n\n- 목적지 주소\n- 다음 홉\n"
    )
    # the goals under the heading go; a fact stated under it, and the notes after it, stay
    assert [card.question for card in cards_of(text)] == ["Port numbers", "라우팅 테이블"]


def test_a_note_titled_for_its_learning_goals_asks_none_of_its_lists() -> None:
    text = (
        "---\ntitle: Week 4 Learning Goals\n---\n\n"
        "**Caching**\n- Describe what a cache line holds\n- Trace a read that misses\n\n"
        "Hashing\n- Explain why collisions happen\n- Compare chaining and probing\n"
    )
    assert cards_of(text) == []
    goals = "# Operating systems\n\n## Goals\n\n- Fairness\n- Throughput\n\n## Paging\n\n- a\n- b\n"
    assert [card.question for card in cards_of(goals)] == ["Paging"]


def test_a_table_of_contents_entries_are_asked_where_the_note_comes_to_them() -> None:
    text = (
        "# 운영체제\n\n## 목차\n\n- 프로세스 관리\n  - 스케줄링\n  - 동기화\n"
        "- 해결 방안 1: 캐시 추가\n\n"
        "## 프로세스 관리\n\n- 스케줄링: 다음에 CPU를 쓸 프로세스를 고르는 일\n"
    )
    assert [card.question for card in cards_of(text)] == ["스케줄링"]
