"""A heading (or the note's title) followed by prose or a quote: the heading asks."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_a_heading_and_the_quote_under_it() -> None:
    text = "## 집합 연산\n\n#### INTERSECT\n\n> 두 쿼리의 결과에 함께 나오는 행만 남기는 연산\n"
    cards = by_question(cards_of(text, "db/sql.md"))
    assert cards["INTERSECT"].answer == "두 쿼리의 결과에 함께 나오는 행만 남기는 연산"
    assert cards["INTERSECT"].context == ("sql", "집합 연산")
    assert cards["INTERSECT"].line == 3


def test_a_heading_and_its_first_paragraph() -> None:
    text = (
        "# Normalisation\n\n## Layer normalization\n\n"
        "Rescales each example across its features, so that the statistics it uses come from"
        " the example alone and never from the other examples of its batch: the batch size,"
        " even a batch of one, does not change what the layer computes, in training or at"
        " inference.\n\n"
        "It is used in transformers.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Layer normalization"
    assert card.answer.startswith("Rescales each example") and "transformers" not in card.answer
    assert card.context == ("Normalisation",)


def test_a_short_first_paragraph_goes_on_in_the_block_after_it() -> None:
    # a paragraph of a line or two under a heading seldom says all of it: the paragraph
    # (or list, quote, formula) right after it goes on with the point
    text = (
        "# 분류기\n\n## 소프트 마진 SVM\n\n"
        "하드 마진 SVM은 두 클래스를 가르는 경계의 마진 안에 어떤 관측치도 두지 않으므로,"
        " 데이터가 겹치면 경계를 찾지 못합니다.\n\n"
        "소프트 마진 SVM은 마진 안의 관측치를 허용하되, 그만큼 벌점을 목적함수에 더합니다.\n\n"
        "## 커널\n\n"
        + "커널은 두 벡터를 고차원 공간으로 보낸 뒤의 내적을 원래 공간에서 바로 계산하는"
        " 함수로, 고차원 공간의 좌표를 하나도 구하지 않고도 그 공간에서의 분류 경계를"
        " 찾게 해 주며, 다항 커널과 가우시안 커널이 흔히 쓰입니다. "
        * 2
        + "\n\n그 밖의 커널도 있습니다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["소프트 마진 SVM"].answer == (
        "하드 마진 SVM은 두 클래스를 가르는 경계의 마진 안에 어떤 관측치도 두지 않으므로,"
        " 데이터가 겹치면 경계를 찾지 못합니다.\n\n"
        "소프트 마진 SVM은 마진 안의 관측치를 허용하되, 그만큼 벌점을 목적함수에 더합니다."
    )
    # a paragraph that says it at length stands alone
    assert "그 밖의" not in cards["커널"].answer


def test_a_one_tip_note_is_asked_by_its_title_with_its_command() -> None:
    text = (
        "# Undo the last commit but keep the changes\n\n"
        "Move the branch back by one commit and leave the files as they are:\n\n"
        "```sh\ngit reset --soft HEAD~1\n```\n"
    )
    (card,) = cards_of(text, "git/undo.md")
    assert card.question == "Undo the last commit but keep the changes"
    assert card.answer.endswith("git reset --soft HEAD~1\n```")
    assert card.context == ()


def test_a_note_named_by_its_file_is_asked_by_its_name() -> None:
    (card,) = cards_of("A packet filter that blocks traffic by rules.\n", "security/Firewall.md")
    assert (card.question, card.answer) == (
        "Firewall",
        "A packet filter that blocks traffic by rules.",
    )


def test_the_writers_story_is_skipped_in_a_tip() -> None:
    text = (
        "# Count rows per weekday in SQLite\n\n"
        "I needed this for a report last week.\n\n"
        "Use `strftime('%w', created)` to get the weekday as a number, then group by it.\n"
    )
    (card,) = cards_of(text)
    assert card.answer.startswith("Use `strftime")


def test_an_action_heading_is_answered_by_its_command() -> None:
    text = (
        "## 추적하지 않는 파일 한 번에 제거\n\n```bash\ngit clean -fd\n```\n\n"
        "## Output\n\n```\nok\n```\n"
    )
    (card,) = cards_of(text)
    assert card.question == "추적하지 않는 파일 한 번에 제거"
    assert "git clean -fd" in card.answer


def test_not_cards_generic_headings_lead_ins_questions_and_lists() -> None:
    text = (
        "## Introduction\n\nThis note collects what I learned about caches.\n\n"
        "## Write-back\n\n이번 글에서는 write-back 캐시를 살펴보겠습니다.\n\n"
        "## Eviction\n\nWhich entry should go first?\n\n"
        "## Policies\n\n- 첫째 정책\n- 둘째 정책\n"
    )
    assert [card.question for card in cards_of(text, "caches.md")] == ["Policies"]  # the topic


def test_a_heading_whose_paragraph_made_cards_itself_is_not_asked_again() -> None:
    text = "## Latency\n\nLatency: the time one request takes\n"
    assert [card.question for card in cards_of(text)] == ["Latency"]


def test_an_action_heading_whose_paragraph_leads_into_its_command() -> None:
    text = (
        "## Installing the formatter\n\nThe project's README suggests this:\n\n"
        "```bash\npipx install ruff\n```\n\n"
        "## Where the cache lives\n\nIt is printed by this:\n\n"
        "```python\nimport a\nimport b\nprint(a.cache)\nprint(b.cache)\n```\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Installing the formatter"
    assert card.answer == ("The project's README suggests this:\n\n```bash\npipx install ruff\n```")


def test_the_notes_own_metadata_at_its_top_is_not_its_answer() -> None:
    text = (
        "Tags:\n- Networking\n- Protocols\n\n"
        "Head-of-line blocking is when the first packet in a queue holds up all behind it.\n"
    )
    (card,) = cards_of(text, "Head-of-line blocking.md")
    assert card.question == "Head-of-line blocking"
    assert card.answer.startswith("Head-of-line blocking is when")
    status = "Status: draft\nup:: [[Networking]]\n\nA socket is one end of a connection.\n"
    (card,) = cards_of(status, "Socket.md")
    assert card.answer == "A socket is one end of a connection."


def test_a_paragraph_that_names_its_heading_is_the_headings_card_whole() -> None:
    """``## Bucket sort`` + a paragraph whose last sentence says ``이러한 방식을 Bucket sort라고
    합니다``: the heading asks and the whole paragraph answers, not the naming alone."""
    text = (
        "# 정렬\n\n## Bucket sort (버킷 정렬)\n\n"
        "값의 범위를 여러 구간으로 나누고 각 값을 자기 구간의 통에 담습니다. "
        "통마다 따로 정렬한 뒤 차례로 이어 붙입니다. "
        "이러한 정렬 방식을 Bucket sort라고 합니다.\n"
    )
    cards = cards_of(text, "algo.md")
    assert [card.question for card in cards] == ["Bucket sort (버킷 정렬)"]
    assert cards[0].answer.startswith("값의 범위를 여러 구간으로 나누고")
    assert cards[0].answer.endswith("Bucket sort라고 합니다.")


def test_a_sentence_naming_something_else_than_its_heading_keeps_its_own_card() -> None:
    text = (
        "# 분류\n\n## 커널 기법을 쓰는 이유\n\n"
        "SVM은 두 범주 사이의 여백을 가장 넓히는 경계를 찾는 기법입니다. "
        "경계가 곡선이어야 할 때 커널을 씁니다.\n"
    )
    cards = by_question(cards_of(text, "ml.md"))
    assert "SVM" in cards
    assert cards["SVM"].answer.startswith("SVM은 두 범주 사이의")


def test_a_label_alone_under_a_heading_answers_nothing_but_a_bold_sentence_does() -> None:
    text = (
        "# Setup\n\n## 캐시 서비스 추가\n\n**추가된 코드:**\n\n```yaml\ncache: redis\n```\n\n"
        "## git\n\n**a distributed version control system**\n"
    )
    cards = by_question(cards_of(text, "setup.md"))
    assert (
        cards.get("캐시 서비스 추가") is None
        or "추가된 코드" not in cards["캐시 서비스 추가"].answer
    )
    assert cards["git"].answer == "**a distributed version control system**"


def test_a_link_or_a_source_under_a_heading_is_skipped_for_the_paragraph_after_it() -> None:
    text = (
        "# Ensembles\n\n## LightGBM\n\n[Docs](https://example.org/lightgbm)\n\n"
        "LightGBM grows trees leaf by leaf, picking the leaf with the largest loss drop.\n\n"
        "## 캐시 무효화\n\n출처: https://example.org/cache\n\n"
        "원본 데이터가 바뀌면 캐시에 남은 값을 버리거나 새로 채우는 일이다.\n"
    )
    cards = by_question(cards_of(text, "ml.md"))
    assert cards["LightGBM"].answer.startswith("LightGBM grows trees leaf by leaf")
    assert cards["캐시 무효화"].answer.startswith("원본 데이터가 바뀌면")


def test_a_tip_that_states_its_problem_as_a_question_is_answered_by_its_code() -> None:
    text = (
        "# Finding rows written on a Monday in Tokyo time\n\n"
        "A colleague asked this [on the forum](https://example.org/q/1). How do you pick "
        "rows written on a Monday in Tokyo when the timestamps are stored in UTC?\n\n"
        "```sql\nselect * from posts\n"
        "where strftime('%w', datetime(created, '+9 hours')) = '1'\n```\n\n"
        "[Run it](https://example.org/run)\n"
    )
    (card,) = cards_of(text, "sql/monday.md")
    assert card.question == "Finding rows written on a Monday in Tokyo time"
    assert "datetime(created, '+9 hours')" in card.answer
    assert card.answer.startswith("A colleague asked")


def test_a_callouts_marker_is_not_part_of_the_answer() -> None:
    text = (
        "# Pass the hash\n\n> [!Note] Works against enterprise networks using MSCHAPv2.\n"
        "> Users sign in with their domain credentials.\n"
    )
    (card,) = cards_of(text, "wifi/pass-the-hash.md")
    assert card.answer.startswith("Works against enterprise networks")


def test_pointers_to_other_notes_ask_nothing() -> None:
    text = (
        "# Buffers\n\nA buffer overflow writes past the end of a buffer.\n\n"
        "## Related notes\n\nThe stack layout note and the fuzzing note go deeper.\n\n"
        "## See also\n\nThe heap exploitation page, for overflows on the heap.\n"
    )
    questions = {card.question for card in cards_of(text, "buffers.md")}
    assert questions == {"Buffers"}


def test_a_lead_in_that_says_its_point_after_a_colon_answers_with_the_point() -> None:
    text = (
        "# Streaming APIs\n\n## The usual shape\n\nHere is how most of them work: the server "
        "keeps the connection open and sends one event per line until it is done.\n\n"
        "## Setup\n\nLet's start with the client.\n"
    )
    cards = by_question(cards_of(text, "streaming.md"))
    assert cards["The usual shape"].answer == (
        "The server keeps the connection open and sends one event per line until it is done."
    )
    assert "Setup" not in cards


def test_a_paragraph_announcing_a_quoted_definition_answers_with_the_quote() -> None:
    text = (
        "# 소켓\n\n## UDP(User Datagram Protocol)\n\n"
        "UDP를 풀어 쓰면 사용자 데이터그램 프로토콜인데 한 줄로 정리하면 아래와 같습니다.\n\n"
        "> 데이터를 데이터그램 단위로 주고받는 프로토콜\n\n"
        "## A name for the tool\n\nI started with this prompt:\n\n"
        "> Suggest ten names for a CLI tool.\n"
    )
    cards = by_question(cards_of(text, "net/socket.md"))
    assert cards["UDP(User Datagram Protocol)"].answer.endswith(
        "아래와 같습니다.\n\n데이터를 데이터그램 단위로 주고받는 프로토콜"
    )
    assert "A name for the tool" not in cards  # the writer's story, not a definition


def test_a_kramdown_table_of_contents_marker_is_skipped() -> None:
    text = (
        "---\ntitle: compose 빌드가 실패할 때\n---\n* TOC\n{:toc}\n\n"
        "빌드킷을 켜도 실패한다면 프런트엔드 이미지를 먼저 받아 두면 해결된다.\n\n"
        "```\ndocker pull docker/dockerfile:1\n```\n"
    )
    (card,) = cards_of(text, "wiki/compose.md")
    assert card.question == "compose 빌드가 실패할 때"
    assert card.answer.startswith("빌드킷을 켜도 실패한다면")
    assert "docker pull docker/dockerfile:1" in card.answer


def test_a_heading_whose_paragraph_announces_a_command_is_answered_with_it() -> None:
    text = (
        "# A formatter\n\n## Installation\n\nThey suggest this:\n```bash\n"
        "go install example.com/fmt@latest\n```\nIt worked for me.\n\n"
        "## Output\n\nIt prints this:\n```\n" + "".join(f"line {n}\n" for n in range(8)) + "```\n"
    )
    cards = by_question(cards_of(text, "fmt.md"))
    # "Installation" is a part of the note's subject, asked with it (it was asked bare)
    assert cards["A formatter — Installation"].answer == (
        "They suggest this:\n\n```bash\ngo install example.com/fmt@latest\n```"
    )
    assert not any("Output" in question for question in cards)  # a lead-in and a listing


def test_a_heading_that_names_its_topic_at_length_asks_its_paragraph() -> None:
    text = (
        "# Structs\n\n## Assignment to self within a mutating method\n\n"
        "A mutating method may assign a new instance to the implicit value it runs on.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Assignment to self within a mutating method"
    assert card.answer.startswith("A mutating method may assign")


def test_a_paragraph_whose_later_line_defines_another_term_still_answers_the_title() -> None:
    text = (
        "Slipping into a locked office right behind someone who has a badge.\n"
        "Piggybacking is when the person with the badge lets you in on purpose.\n"
    )
    cards = by_question(cards_of(text, "security/Tailgating.md"))
    assert cards["Tailgating"].answer == (
        "Slipping into a locked office right behind someone who has a badge."
    )
    assert cards["Piggybacking"].answer.startswith("Piggybacking is when")


def test_a_headed_paragraph_whose_later_line_defines_another_term_answers_its_heading() -> None:
    text = (
        "# Security\n\n## Tailgating\n\n"
        "Slipping into a locked office right behind someone who has a badge.\n"
        "Piggybacking is when the person with the badge lets you in on purpose.\n\n"
        "Guards stop both at the door.\n"
    )
    cards = by_question(cards_of(text, "security.md"))
    assert cards["Tailgating"].answer == (
        "Slipping into a locked office right behind someone who has a badge."
    )
    assert "Piggybacking" in cards


def test_a_one_line_paragraph_whose_later_sentence_names_other_terms_answers_its_heading() -> None:
    # the paragraph is one line: the sentences before the one naming other terms answer,
    # when they speak of what the heading names
    text = (
        "# 통계 요약\n\n## 분위수\n\n"
        "집단의 위치를 보여 주는 값으로 **백분위수(percentile)**가 있습니다. "
        "값을 작은 것부터 늘어놓았을 때 아래에서 $p$%에 놓인 값입니다. "
        "특히 제25백분위수를 **제1사분위수**, 제50백분위수를 **중앙값**이라고 하며 자주 씁니다.\n\n"
        "## Tailgating attacks\n\n"
        "These attacks slip into a locked office right behind someone. "
        "Piggybacking is when the person with the badge lets you in on purpose.\n\n"
        "## Hash tables\n\n"
        "Take the two words below for a start. "
        "A collision is when two keys land in one slot.\n"
    )
    cards = by_question(cards_of(text, "stats.md"))
    assert cards["분위수"].answer == (
        "집단의 위치를 보여 주는 값으로 **백분위수(percentile)**가 있습니다. "
        "값을 작은 것부터 늘어놓았을 때 아래에서 $p$%에 놓인 값입니다."
    )
    assert cards["분위수"].line == 3
    assert {"제1사분위수", "중앙값", "Piggybacking", "collision"} <= set(cards)
    assert cards["Tailgating attacks"].answer == (
        "These attacks slip into a locked office right behind someone."
    )
    # sentences before the named term that do not speak of the heading answer nothing
    assert "Hash tables" not in cards


def test_an_overview_heading_is_answered_for_the_subject_above_it() -> None:
    text = (
        "---\ntitle: TOML\n---\n\n## 개요\n\n"
        "TOML은 사람이 읽고 쓰기 쉬운 설정 파일 형식이다. 키와 값을 등호로 잇는다.\n\n"
        "## Tables\n\n### Overview\n\nA table groups the key/value pairs under one header.\n"
    )
    cards = by_question(cards_of(text, "toml.md"))
    assert cards["TOML"].answer.startswith("TOML은 사람이 읽고 쓰기 쉬운")
    assert cards["Tables"].answer.startswith("A table groups")
    assert "개요" not in cards and "Overview" not in cards


def test_a_papers_abstract_answers_the_paper_and_its_introduction_is_a_part_of_it() -> None:
    """Notes on a paper under its linked title: the ``Abstract`` says what the paper is; the
    ``Introduction`` after it, an overview too, asks its own part rather than the same
    question again."""
    text = (
        "# [Gated Sparse Mixtures for Tabular Data](https://example.org/abs/0000.00001)\n\n"
        "## Abstract\n\n"
        "* routes each row to two of many small experts chosen by a learned gate\n"
        "* matches boosted trees on most benchmarks at a tenth of the training cost\n\n"
        "## Introduction\n\n"
        "* Tabular data still favours boosted trees over deep networks in most surveys.\n"
        "* Earlier mixtures of experts over tables trained slowly and collapsed to few experts.\n"
    )
    cards = by_question(cards_of(text, "papers/gsm.md"))
    paper = "Gated Sparse Mixtures for Tabular Data"
    assert cards[paper].answer.startswith("* routes each row to two of many small experts")
    assert cards[paper].line == 3
    assert cards[f"{paper} — Introduction"].answer.startswith("* Tabular data still favours")
    assert "Abstract" not in cards


def test_a_paragraph_announcing_a_list_of_cards_is_answered_with_the_list() -> None:
    text = (
        "# Boosting\n\nSome words first.\n\n## Libraries\n\nThere are a few libraries for it:\n\n"
        "- XGBoost: a gradient boosting library with regularisation\n"
        "- LightGBM: grows trees leaf by leaf\n"
    )
    cards = by_question(cards_of(text, "ml.md"))
    assert cards["Libraries"].answer == (
        "There are a few libraries for it:\n\n"
        "- XGBoost: a gradient boosting library with regularisation\n"
        "- LightGBM: grows trees leaf by leaf"
    )
    assert cards["XGBoost"].answer.startswith("a gradient boosting library")


def test_a_paragraph_announcing_how_many_things_follow_is_answered_with_the_list() -> None:
    # "... 세 가지 종류가 존재한다." / "The following queues ...": the items are cards of
    # their own, and still what the paragraph announces
    text = (
        "# 운영체제\n\n도입.\n\n## 스케줄링 큐\n\n"
        "_프로세스를 스케줄링하기 위해 쓰는 큐에는 크게 세 가지 종류가 존재한다._\n\n"
        "* Job Queue : 시스템 안의 모든 프로세스의 집합\n"
        "* Ready Queue : 메모리에서 CPU를 기다리는 프로세스의 집합\n"
        "* Device Queue : 입출력을 기다리는 프로세스의 집합\n\n"
        "## Page tables\n\n"
        "A page table entry records where a page lives; the following fields matter most.\n\n"
        "- Valid bit: whether the page is in memory\n- Dirty bit: whether it was written\n"
    )
    cards = by_question(cards_of(text, "os.md"))
    assert cards["스케줄링 큐"].answer == (
        "_프로세스를 스케줄링하기 위해 쓰는 큐에는 크게 세 가지 종류가 존재한다._\n\n"
        "* Job Queue : 시스템 안의 모든 프로세스의 집합\n"
        "* Ready Queue : 메모리에서 CPU를 기다리는 프로세스의 집합\n"
        "* Device Queue : 입출력을 기다리는 프로세스의 집합"
    )
    assert cards["Page tables"].answer.endswith("- Dirty bit: whether it was written")
    assert "Job Queue" in cards


def test_a_korean_heading_asking_a_facet_at_length_is_answered_by_its_paragraph() -> None:
    # "...를 쓰는 이유", "...하는 방법": the heading asks, the paragraph answers (an English
    # "How it works" heads a walk through code more often than an answer)
    text = (
        "# CSS\n\n도입.\n\n## 미디어쿼리에 rem 대신 em 단위를 쓰는 이유\n"
        "브라우저를 확대해도 중단점이 글자 크기를 따라 움직이게 하기 위해\n\n"
        "## How it works\n\nIt is a very simple method actually.\n"
    )
    cards = by_question(cards_of(text, "css.md"))
    assert cards["미디어쿼리에 rem 대신 em 단위를 쓰는 이유"].answer.startswith(
        "브라우저를 확대해도"
    )
    assert "How it works" not in cards


def test_a_title_announcing_a_list_of_cards_is_answered_with_the_list() -> None:
    text = (
        "A firmware standard whose parts are:\n\n- Drivers: talk to devices\n- Shell: runs tools\n"
    )
    cards = by_question(cards_of(text, "it/Boot Firmware.md"))
    assert cards["Boot Firmware"].answer.endswith("- Shell: runs tools")


def test_a_comparison_heading_over_a_table_is_answered_by_the_table() -> None:
    table = "| | Process | Thread |\n|---|---|---|\n| memory | its own | shared |"
    sizes = "| a | b |\n|---|---|\n| 1 | 2 |"
    text = f"# OS\n\n## Processes vs Threads\n\n{table}\n\n## Sizes\n\n{sizes}\n"
    cards = by_question(cards_of(text, "os.md"))
    assert cards["Processes vs Threads"].answer == table
    assert "Sizes" not in cards  # a table under any other heading is a sheet to look up


def test_a_comparison_heading_over_a_table_left_empty_is_no_card() -> None:
    """A table whose rows hold nothing yet (a template to fill in) answers nothing."""
    text = (
        "# OS\n\n## Mutex vs Semaphore\n\n| Mutex | Semaphore |\n|---|---|\n|   |   |\n| - | - |\n"
    )
    assert cards_of(text, "os.md") == []


def test_a_callout_of_a_lessons_aims_is_no_card_and_no_answer() -> None:
    text = (
        "> [!goal]- Learning Objectives\n> - Describe a hash table\n> - Analyse probing\n\n"
        "A hash table maps keys to slots through a hash function.\n"
    )
    cards = by_question(cards_of(text, "ds/Hash Tables.md"))
    assert "Learning Objectives" not in cards
    assert cards["Hash Tables"].answer == "A hash table maps keys to slots through a hash function."


def test_a_takeaway_or_background_heading_asks_nothing_but_its_items_still_do() -> None:
    text = (
        "# Reverse words\n\n"
        "## Background\n\n"
        "Earlier work split sentences on spaces before reversing each word in turn.\n\n"
        "## Result & Review\n\n"
        "Passed in 2 seconds, though my loops were clumsier than the best answer.\n\n"
        "## 배운 점\n\n"
        "- StringBuilder: 문자열을 고치며 이어 붙이는 가변 객체\n"
    )
    cards = by_question(cards_of(text))
    assert sorted(cards) == ["StringBuilder"]


def test_an_update_set_above_the_tip_is_no_answer() -> None:
    text = (
        "# Formatting TOML files with tomlfix\n\n"
        "> **Update**: it turns out my editor can format TOML as well.\n\n"
        "Run it over the whole project:\n\n```bash\ntomlfix .\n```\n"
    )
    (card,) = cards_of(text)
    assert card.answer == "Run it over the whole project:\n\n```bash\ntomlfix .\n```"


def test_a_sentence_that_goes_on_in_its_formula_is_answered_with_it() -> None:
    text = (
        "# Distributions\n\n### Memoryless\n\n"
        "A random variable $X$ is memoryless if for all $s, t > 0$,\n\n"
        "$$P(X > s + t \\mid X > s) = P(X > t)$$\n"
    )
    (card,) = cards_of(text)
    assert card.answer.endswith("$$P(X > s + t \\mid X > s) = P(X > t)$$")


def test_a_task_whose_writer_tells_a_story_first_is_answered_by_its_command() -> None:
    text = (
        "# Git tips\n\n## 원격 브랜치 삭제하기\n\n"
        "> 원격 브랜치를 지우고 로컬 브랜치로 새로 올리고 싶었다.\n\n"
        "    $ git push origin --delete step3\n"
    )
    (card,) = cards_of(text)
    assert card.question == "원격 브랜치 삭제하기"
    assert card.answer == "$ git push origin --delete step3"


def test_a_one_tip_title_is_answered_even_when_its_first_line_says_what_a_command_does() -> None:
    text = (
        "# List top-level npm dependencies\n\n"
        "The `npm ls` command can be used to list every dependency of a project.\n"
        "Its list holds the dependencies of dependencies too.\n\n"
        "The `--depth` flag lets you stop at the top level.\n"
    )
    cards = by_question(cards_of(text))
    title = cards["List top-level npm dependencies"]
    assert title.answer.startswith("The `npm ls` command can be used to list every dependency")
    assert "`npm ls`" in cards  # and the command's own card stays


def test_a_one_tip_title_is_answered_even_when_its_first_line_defines_the_linked_tool() -> None:
    text = (
        "# Recording HTTP calls in tests with tracewatch\n\n"
        "[tracewatch](https://github.com/example-organisation/tracewatch-for-python) is a "
        "small library that records every call a test makes.\n"
        "Run the tests once with `--record` and it replays the calls after that.\n"
    )
    cards = by_question(cards_of(text))
    title = cards["Recording HTTP calls in tests with tracewatch"]
    assert "replays the calls" in title.answer
    assert cards["tracewatch"].answer.startswith("[tracewatch](")  # the tool's own card


def test_a_tool_linked_after_an_article_leaves_the_paragraph_to_the_title_too() -> None:
    """``The [X](...) library makes it easy to ...``: the article and the kind around the
    link change nothing; the tool has its card and the title still asks the paragraph."""
    text = (
        "# Checking form input against a schema\n\n"
        "The [formcheck](https://example.org/formcheck) library makes it easy to validate a "
        "value against a schema.\n"
        "Declare the schema once and call `validate()` on every submitted form.\n"
    )
    cards = by_question(cards_of(text))
    assert "call `validate()`" in cards["Checking form input against a schema"].answer
    assert cards["formcheck"].answer.startswith("The [formcheck](")


def test_a_short_example_a_sentence_announces_joins_its_answer() -> None:
    text = (
        "# Packaging\n\n## Adding dependencies\n\n"
        "Dependencies go in a `dependencies=` list in the project table like this:\n\n"
        '```toml\n[project]\nname = "demo"\nversion = "0.1"\ndependencies = [\n'
        '    "httpx",\n    "click",\n]\n```\n'
    )
    (card,) = cards_of(text)
    assert card.answer.endswith('    "click",\n]\n```')


def test_code_after_a_sentence_that_announces_no_example_stays_out() -> None:
    text = (
        "# Notes\n\n## What is left alone\n\n"
        "Code, tables and images are context for you, never questions.\n\n"
        "```python\ndef review(state):\n    return state\n\n\nprint(review(1))\n```\n"
    )
    assert all("def review" not in card.answer for card in cards_of(text))


def test_short_code_a_sentence_announces_with_a_colon_joins_its_answer() -> None:
    # cut off before the code it announces, "... with tomllib:" says nothing
    text = (
        "# Config files\n\n## TOML in Python\n\n"
        "Since Python 3.11 the standard library reads TOML itself, with tomllib:\n\n"
        '```python\nimport tomllib\n\nwith open("pyproject.toml", "rb") as f:\n'
        "    data = tomllib.load(f)\n```\n"
    )
    (card,) = cards_of(text)
    assert card.question == "TOML in Python"
    assert card.answer.endswith("    data = tomllib.load(f)\n```")


def test_code_first_in_a_series_a_colon_announces_stays_out() -> None:
    # "... are left as they are:" + code, a table, a picture: kinds of things shown in turn
    text = (
        "# Notes\n\n## What is left as it is\n\n"
        "Code, tables and pictures are kept as context, never turned into questions:\n\n"
        "```python\ndef review(state):\n    return state\n```\n\n"
        "| grade | meaning |\n|---|---|\n| 5 | perfect |\n"
    )
    assert all("def review" not in card.answer for card in cards_of(text))


def test_a_korean_lead_in_ending_in_a_full_stop_takes_the_formula_under_it() -> None:
    text = (
        "## 릿지 회귀\n\n"
        "**릿지 회귀(Ridge)**는 제약식에 $L_2$ norm을 쓰는 기법입니다. 식은 다음과 같습니다.\n\n"
        "$$\n\\hat{\\beta} = \\min_\\beta (y - X\\beta)^T (y - X\\beta)"
        " + \\lambda \\beta^T \\beta\n$$\n"
    )
    cards = cards_of(text)
    # the sentence's card is in it (the heading asked with the other name its definition gives)
    assert [card.question for card in cards] == ["릿지 회귀 (Ridge)"]
    assert cards[0].answer.endswith("\\lambda \\beta^T \\beta\n$$")


def test_an_action_heading_explained_before_its_command_is_answered_with_both() -> None:
    text = (
        "### 폴더별 용량 보기\n\n"
        "-s 옵션은 하위 폴더를 합쳐 한 줄로 보여 줍니다.\n\n"
        "```bash\ndu -sh *\n```\n\n"
        "### Why the numbers differ\n\n"
        "Sparse files report less than their length.\n\n"
        "```python\nimport os\nos.stat('a').st_blocks\n```\n"
    )
    cards = by_question(cards_of(text))
    assert cards["폴더별 용량 보기"].answer == (
        "-s 옵션은 하위 폴더를 합쳐 한 줄로 보여 줍니다.\n\n```bash\ndu -sh *\n```"
    )
    # a heading that names no action keeps its explanation alone
    assert cards["Why the numbers differ"].answer == "Sparse files report less than their length."


def test_a_paragraph_announcing_what_only_a_picture_shows_is_no_answer() -> None:
    # "다음 연산은 ...를 보존합니다." + pictures of the operations: the sentence answers
    # nothing; one that explains first keeps what it explains, not the announcement
    text = (
        "# 볼록 함수\n\n도입.\n\n## 볼록성 보존 연산\n\n"
        "*볼록 함수*에 대해 다음 연산은 *볼록성*을 보존합니다.\n\n"
        '<img src="ops.png" width="400px" />\n\n'
        "## 에피그래프\n\n"
        "함수 그래프의 위쪽 영역을 에피그래프라고 부릅니다. 그 모양은 아래와 같습니다.\n\n"
        "![epigraph](epi.png)\n"
    )
    cards = by_question(cards_of(text, "convex.md"))
    assert "볼록성 보존 연산" not in cards
    assert cards["에피그래프"].answer == "함수 그래프의 위쪽 영역을 에피그래프라고 부릅니다."


def test_a_picture_written_as_html_says_nothing_before_the_paragraph() -> None:
    # "#### SELF JOIN" + <img> (html, linked or not) + what it is: the paragraph answers
    text = (
        "# 조인\n\n도입.\n\n#### SELF JOIN\n\n"
        '<a href="https://example.org/j"><img src="self.png" width="400px" /></a>\n\n'
        "한 테이블을 그 자신과 조인하는 방식이다.\n\n"
        '#### CROSS JOIN\n\n<img src="cross.png">\n\n가능한 모든 행의 쌍을 만드는 방식이다.\n'
    )
    cards = by_question(cards_of(text, "join.md"))
    assert cards["SELF JOIN"].answer == "한 테이블을 그 자신과 조인하는 방식이다."
    assert cards["CROSS JOIN"].answer == "가능한 모든 행의 쌍을 만드는 방식이다."


def test_a_paragraph_defining_its_heading_then_announcing_kinds_answers() -> None:
    # "## 이상 탐지" + "이상 탐지는 ...를 가려내는 문제를 의미하며, ... 다음과 같이 세 가지로
    # 나눌 수 있다.": it opens by defining what the heading names, no lead-in (before, no card)
    text = (
        "# 비전 노트\n\n도입.\n\n## 이상 탐지\n\n"
        "이상 탐지는 정상 샘플 사이에서 비정상 샘플을 가려내는 문제를 의미하며, 데이터셋의 "
        "조건에 따라 다음과 같이 크게 세 가지로 나눌 수 있다.\n\n"
        "#### 지도 방식\n\n* 정상과 비정상 샘플이 모두 있다\n* 정확도가 높다\n"
    )
    cards = by_question(cards_of(text, "vision.md"))
    assert cards["이상 탐지"].answer.startswith("이상 탐지는 정상 샘플 사이에서")
    text = (
        "# 정렬\n\n도입.\n\n## 삽입정렬\n\n"
        "삽입정렬은 다음과 같은 방식으로 동작합니다. 그림으로 보겠습니다.\n"
    )
    assert "삽입정렬" not in by_question(cards_of(text, "sort.md"))


def test_a_paragraph_pointing_to_an_article_says_nothing_before_the_explanation() -> None:
    # "# Feature importance" + "[Article](...) that explains it well" + what it is: the
    # pointer is where to read, the paragraph after it answers (before: the pointer did)
    text = (
        "# Trees\n\nIntro.\n\n## Feature importance\n\n"
        "[Article](https://example.org/trees) that explains entropy and information gain.\n\n"
        "A measure of how much each feature contributes to the model's splits.\n"
    )
    cards = by_question(cards_of(text, "trees.md"))
    assert cards["Feature importance"].answer == (
        "A measure of how much each feature contributes to the model's splits."
    )


def test_a_quote_whose_later_paragraph_defines_another_term_still_answers_its_heading() -> None:
    """``#### DI`` + a quote of three paragraphs, the last defining 결합도: the heading is
    answered by the paragraphs before that definition, as a paragraph's lines are."""
    text = (
        "#### DI\n\n"
        "> 스프링 컨테이너가 지원하는 핵심 개념으로, 객체 사이의 의존관계를 설정한다.\n>\n"
        "> 빈 설정 정보로 컨테이너가 의존관계를 연결한다.\n>\n"
        "> 결합도란 모듈 사이의 의존 정도를 말한다.\n\n"
        "#### AOP\n\n> 공통 관심사를 분리한다.\n"
    )
    asked = {card.question: card.answer for card in cards_of(text, "spring.md")}
    assert asked["spring — DI"] == (
        "스프링 컨테이너가 지원하는 핵심 개념으로, 객체 사이의 의존관계를 설정한다.\n\n"
        "빈 설정 정보로 컨테이너가 의존관계를 연결한다."
    )
    assert asked["결합도"] == "결합도란 모듈 사이의 의존 정도를 말한다."


def test_a_quote_that_spells_out_the_headings_acronym_is_answered_with_what_follows() -> None:
    text = (
        "# UI and UX\n\n### UX\n\n> User eXperience\n\n"
        "사용자가 서비스를 쓰면서 겪는 경험 전체를 설계하는 일이다.\n\n"
        "### VM\n\n> Virtual Machine\n"
    )
    cards = by_question(cards_of(text, "web.md"))
    assert cards["UI and UX — UX"].answer == (
        "User eXperience\n\n사용자가 서비스를 쓰면서 겪는 경험 전체를 설계하는 일이다."
    )
    assert cards["UI and UX — VM"].answer == "Virtual Machine"  # the expansion alone answers


def test_a_sentence_pointing_at_short_code_in_passing_answers_with_it() -> None:
    text = (
        "# 큐\n\n## 배열로 구현\n\n"
        "배열로 큐를 만드는 함수는 아래와 같이 모듈 queue에 두 가지로 정의되어 있다.\n\n"
        "```python\nmake_queue(size)\nmake_ring(size)\n```\n"
    )
    (card,) = cards_of(text, "ds/queue.md")
    assert card.question == "배열로 구현"
    assert card.answer.startswith("배열로 큐를 만드는 함수는")
    assert card.answer.endswith("make_ring(size)\n```")


def test_a_pointing_sentence_and_a_remark_after_it_answer_with_the_code() -> None:
    text = (
        "# 저장소\n\n#### 3) 웹으로 접속\n\n"
        "프록시를 두지 않았다면 다음과 같이 설정한 주소와 포트로 접속\n"
        "(업로드용 포트가 아닌 웹 포트로 접속해야 함)\n\n"
        "```\n<ip>:<port>\n```\n"
    )
    (card,) = cards_of(text, "ops/registry.md")
    assert card.question == "웹으로 접속"
    assert "웹 포트로 접속해야 함)" in card.answer and card.answer.endswith("<ip>:<port>\n```")


def test_a_pointing_sentence_that_says_nothing_else_answers_nothing() -> None:
    for paragraph in (
        "아래와 같이 작성한다.",
        "예를 들어 아래와 같이 두 개의 같은 타입의 저장소가 있을 때,",
    ):
        text = f"# 큐\n\n## 배열로 구현\n\n{paragraph}\n\n```python\nmake_queue(size)\n```\n"
        assert cards_of(text, "ds/queue.md") == [], paragraph


def test_the_lines_before_a_term_line_in_the_paragraph_answer_the_heading() -> None:
    text = (
        "# 토큰\n\n### 머리말 (Head)\n"
        "머리말은 kind와 algo 두 가지 정보를 담고 있습니다.\n"
        "kind는 토큰의 종류를 지정합니다.\n"
        "algo : 서명에 쓰는 해싱 알고리즘을 지정합니다.\n"
    )
    cards = by_question(cards_of(text, "web/token.md"))
    assert cards["머리말 (Head)"].answer == (
        "머리말은 kind와 algo 두 가지 정보를 담고 있습니다.\nkind는 토큰의 종류를 지정합니다."
    )
    assert cards["algo"].answer == "서명에 쓰는 해싱 알고리즘을 지정합니다."


def test_a_wrapped_line_broken_off_before_a_term_line_answers_nothing() -> None:
    text = (
        "# Editing\n\n## Changing case\n\n"
        "Move over the word and type a short command to change it (e.g.\n"
        "`cru`: to upper case, as in `CONSTANT`).\n"
    )
    assert "Changing case" not in by_question(cards_of(text, "vim/case.md"))


def test_a_heading_is_answered_by_what_follows_the_definition_of_its_term() -> None:
    text = (
        "# 자바\n\n## 객체 정의\n\n"
        "객체란 클래스로 만든 실체를 말한다.\n객체에는 메서드가 들어 있지 않다.\n"
        "객체는 인스턴스 변수로만 이루어진다.\n"
    )
    cards = by_question(cards_of(text, "java/object.md"))
    assert cards["객체"].answer == "객체란 클래스로 만든 실체를 말한다."
    assert cards["객체 정의"].answer.startswith("객체에는 메서드가 들어 있지 않다.")


def test_a_rhetorical_question_after_the_definition_answers_nothing() -> None:
    text = (
        "# 문법\n\n## 생성문법?\n\n"
        "생성문법이란 문장을 만드는 규칙의 체계를 말한다.\n도대체 생성문법은 왜 필요할까요? "
        "다음 두 문장을 봅시다.\n"
    )
    assert "생성문법?" not in by_question(cards_of(text, "ling/gen.md"))


def test_a_bold_label_over_a_list_does_not_answer_the_heading_above_it() -> None:
    text = (
        "# 소수점\n\n## 고정 소수점\n**고정 소수점을 쓰는 곳.**\n"
        "1. 임베디드 시스템\n    - 부동 소수점 장치가 없는 곳에서 쓴다.\n"
    )
    answers = [card.answer for card in cards_of(text, "arch/fixed.md")]
    assert "**고정 소수점을 쓰는 곳.**" not in answers


def test_a_quote_of_examples_then_the_paragraph_that_explains_answer_the_heading() -> None:
    """``> API, Socket`` names what belongs to the layer; the paragraph under it says what it
    does: both answer the heading, as ``> JPEG, MPEG 등`` + its paragraph do."""
    text = (
        "# OSI\n\n##### 5) 세션(Session)\n\n> API, Socket\n\n"
        "데이터가 통신하기 위한 논리적 연결을 담당한다.\n"
    )
    cards = by_question(cards_of(text))
    assert (
        cards["세션(Session)"].answer
        == "API, Socket\n\n데이터가 통신하기 위한 논리적 연결을 담당한다."
    )


def test_a_short_answer_does_not_go_on_into_a_label_of_its_own() -> None:
    """A short paragraph under a heading goes on into the block after it, but not into a
    label over what follows (``**Example:**``, ``특징``): the label is no part of its point. A
    sentence leading in (``You can list it with this command:``) still goes on."""
    labelled = (
        "# Lists\n\n## Reversing a list\n\nUse slicing with a negative step.\n\n"
        "**Example:**\n\n```python\nxs[::-1]\n```\n"
    )
    cards = by_question(cards_of(labelled, "py/lists.md"))
    assert cards["Reversing a list"].answer == "Use slicing with a negative step."
    led_in = (
        "# Accounts\n\n## Find your account ID\n\nThe next step needs your account ID.\n\n"
        "You can list it with this command:\n\n```\naws sts get-caller-identity\n```\n"
    )
    answer = by_question(cards_of(led_in, "aws/id.md"))["Find your account ID"].answer
    assert "You can list it with this command:" in answer


def test_a_paragraph_that_goes_on_into_an_announcement_takes_the_code_announced() -> None:
    """A short first paragraph goes on in the paragraph after it; when that one ends in a
    colon (``All you have to do is run:``), the short code it announces ends the answer."""
    text = (
        "# Bots\n\n## Authentication\n\n"
        "Posting only works once the tool has a token.\n\n"
        "Getting one is easy. All you have to do is run:\n\n"
        "```\nbot login\n```\n\n"
        "It asks for your server and prints a link to follow.\n"
    )
    answer = by_question(cards_of(text, "bots/auth.md"))["Bots — Authentication"].answer
    assert answer.endswith("All you have to do is run:\n\n```\nbot login\n```")


def test_a_last_sentence_turning_to_the_picture_below_is_left_out_of_the_answer() -> None:
    text = (
        "# 군집\n\n## 적절한 k 고르기\n\n"
        "예제 데이터로 군집화를 해 보았습니다. 적절한 k는 데이터마다 다르므로 "
        "여러 값을 시험해서 골라야 합니다. 아래 그래프를 볼까요?\n\n"
        "![elbow](elbow.png)\n"
    )
    card = by_question(cards_of(text, "ml/kmeans.md"))["적절한 k 고르기"]
    assert "여러 값을 시험해서 골라야 합니다." in card.answer
    assert "볼까요" not in card.answer


def test_a_lead_in_that_goes_on_about_something_else_answers_nothing() -> None:
    text = (
        "# Diary\n\n## Hiking with Sam\n\n"
        "I went hiking with Sam on Sunday. He told me how hiking on the coast changed "
        "after the trail was closed for a month.\n"
    )
    assert "Hiking with Sam" not in by_question(cards_of(text, "blog/hike.md"))


def test_a_heading_over_its_formula_alone_asks_for_it() -> None:
    """``### Power Law`` + ``$\\log_b(x^n)=n\\log_b x$``: a law, a measure or a definition
    written only as its formula is answered by it (a display formula, or a line of inline
    math; two formulas in a row answer together)."""
    text = (
        "# Logarithms\n\nThe exponent a base needs to reach a number.\n\n"
        "### Power Law\n$\\log_{b}(x^n)=n\\log_{b}x$\n\n"
        "### Bias\n\n$$B(\\hat{\\theta}) = \\mathbb{E}[\\hat{\\theta}] - \\theta$$\n\n"
        "### Negated quantifiers\n\n$$\\neg \\forall x P(x) \\equiv \\exists x \\neg P(x)$$\n"
        "$$\\neg \\exists x P(x) \\equiv \\forall x \\neg P(x)$$\n"
    )
    cards = by_question(cards_of(text, "logs.md"))
    assert cards["Power Law"].answer == "$\\log_{b}(x^n)=n\\log_{b}x$"
    assert cards["Bias"].answer == "$$B(\\hat{\\theta}) = \\mathbb{E}[\\hat{\\theta}] - \\theta$$"
    assert cards["Negated quantifiers"].answer.count("$$") == 4


def test_a_heading_that_links_to_its_note_asks_its_topic() -> None:
    """``### [[Quotient Law]]`` (a Zettelkasten heading that links to the law's own note)
    names the law as a plain heading would."""
    text = (
        "# Logarithms\n\nThe exponent a base needs to reach a number.\n\n"
        "### [[Quotient Law]]\n$\\log_b(m/n)=\\log_b m-\\log_b n$\n\n"
        "### [[Log Rules|Rules]]\nOnly valid when the base is positive and not one.\n"
    )
    cards = by_question(cards_of(text, "logs.md"))
    assert cards["Quotient Law"].answer == "$\\log_b(m/n)=\\log_b m-\\log_b n$"
    assert cards["Rules"].answer == "Only valid when the base is positive and not one."


def test_a_worked_example_in_numbers_is_no_formula_to_learn() -> None:
    """An example heading, or a formula that is numbers worked through (a matrix of
    digits), is no card: nothing in it holds beyond the example."""
    text = (
        "# Matrices\n\nTables of numbers.\n\n"
        "### Matrix addition\n\n"
        "$$\\begin{pmatrix} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{pmatrix}+"
        "\\begin{pmatrix} 1 & 0 & 2 \\\\ 0 & 3 & 1 \\end{pmatrix}$$\n\n"
        "### SVD example\n\n$$A = U \\Sigma V^T$$\n"
    )
    assert cards_of(text, "m.md") == [card for card in cards_of(text, "m.md") if card.line < 5]


def test_a_to_do_line_under_an_answer_is_left_out_of_it() -> None:
    """``## Text Generation`` + a sentence saying what it is + ``TODO: how does it differ
    from ...?``: the writer's note to self is no part of the answer, and its question mark
    no longer makes the section read as one that asks."""
    text = (
        "# Tasks\n\n## Text Generation\n\n"
        "Given a context, write text that carries on from it coherently.\n"
        "TODO: how does this differ from causal language modeling?\n\n"
        "## Parsing\n\n- splits the sentence into its parts\n- TODO look at shift-reduce\n"
    )
    cards = by_question(cards_of(text, "tasks.md"))
    assert cards["Text Generation"].answer == (
        "Given a context, write text that carries on from it coherently."
    )
    assert cards["Parsing"].answer == "- splits the sentence into its parts"


def test_a_task_section_opening_with_the_writers_story_is_answered_by_its_tip() -> None:
    """A section of a one-tip note whose heading names a task and whose first paragraph
    tells how the writer got there: the tip is found past the story, as under the note's
    title. A lead-in that says what the code after it does counts too; a paragraph that walks
    through worked data does not."""
    story = (
        "# Reaching a home network from CI\n\n"
        "## Configuring the workflow to use the tunnel\n\n"
        "It took me a few evenings of trial and error, but I eventually found a recipe "
        "that works. I had to add two repository secrets first:\n\n"
        "- `TUNNEL_ID` - the client created earlier\n"
        "- `TUNNEL_KEY` - its key\n\n"
        "Here's the workflow step:\n\n"
        "```yaml\n- uses: tunnel/connect@v2\n  with:\n    id: ${{ secrets.TUNNEL_ID }}\n```\n"
    )
    cards = by_question(cards_of(story))
    answer = cards["Configuring the workflow to use the tunnel"].answer
    assert "two repository secrets" in answer and "`TUNNEL_ID`" in answer
    lead_in = (
        "# Shipping a static site\n\n## Uploading the files\n\n"
        "Here's how to push the built site and clear the cache from the shell:\n\n"
        "```bash\naws s3 sync ./site s3://my-bucket --delete\n"
        "aws cloudfront create-invalidation --distribution-id E1 --paths '/*'\n"
        "echo done\nls -la ./site\n```\n"
    )
    assert "aws s3 sync" in by_question(cards_of(lead_in))["Uploading the files"].answer
    walk = (
        "# 문장 분류\n\n## 가중치로 문장별 스코어 구하기\n\n"
        "예컨대 다음과 같은 문장이 있다고 해 봅시다.\n\n발열,은,LTE,폰,의,숙명\n\n"
        "그런데 여기서 문제가 하나 있습니다. 문장마다 단어 수가 달라서 합을 그대로 비교할 수 "
        "없습니다.\n"
    )
    assert cards_of(walk) == []


def test_a_lead_in_alone_is_answered_by_what_is_said_past_its_illustration() -> None:
    """``## 삭제`` + ``이번엔 삭제 연산을 살펴보겠습니다.`` + a picture + the paragraph that
    explains it: the lead-in only turns to what follows, and the first paragraph past the
    picture, the example or the code says what the heading asks."""
    text = (
        "# 힙\n\n## 삭제 연산\n\n이번엔 삭제 연산을 살펴보겠습니다. 다음과 같습니다.\n\n"
        '<img src="heap-delete.png" width="400px">\n\n'
        "삭제할 때는 지울 값의 자리로 마지막 노드를 옮긴 뒤, 자식보다 작으면 자리를 바꾸며 "
        "내려갑니다.\n\n"
        "## Lexical scoping\n\nLook at the example below.\n\n"
        "```js\nfunction outer() {\n  var a = 1;\n"
        "  return function inner() { return a; };\n}\n```\n\n"
        "Under lexical scoping the inner function finds `a` where it was written, not where it "
        "runs.\n"
    )
    cards = by_question(cards_of(text, "ds/heap.md"))
    assert cards["삭제 연산"].answer.startswith("삭제할 때는 지울 값의 자리로")
    assert cards["Lexical scoping"].answer.startswith("Under lexical scoping the inner")


def test_past_an_illustration_a_story_or_another_lead_in_answers_nothing() -> None:
    text = (
        "# Notes\n\n## Heap delete\n\nLet's look at deletion next.\n\n"
        "```\ndelete(heap, 18)\n```\n\n"
        "I tried this on my laptop first and it took a while to get right.\n\n"
        "## Insert\n\nLet's look at insertion.\n\n```\ninsert(heap, 7)\n```\n\n"
        "Here is what happens next:\n\n```\n[7, 3, 5]\n```\n\n"
        "## Rotation\n\n다음 그림을 보겠습니다.\n\n![rotate](rotate.png)\n\n"
        "Rotation은 아래 그림처럼 두 번 나누어 할 수도 있습니다.\n\n![twice](twice.png)\n"
    )
    cards = by_question(cards_of(text, "ds/heap.md"))
    assert not any(question.endswith(("Heap delete", "Insert", "Rotation")) for question in cards)


def test_code_shown_then_explained_answers_with_its_explanation() -> None:
    text = (
        "# Singletons\n\n## Safe ways\n\n"
        "1. ##### Lazy start (deferred)\n\n"
        "   ```java\n   class Only {\n     private Only() {}\n   }\n   ```\n\n"
        "   The constructor is private, so no other class can build one.\n"
    )
    cards = by_question(cards_of(text))
    answer = cards["Lazy start (deferred)"].answer
    assert answer.startswith("```java\nclass Only {")
    assert answer.endswith("The constructor is private, so no other class can build one.")


def test_code_then_a_lead_in_a_label_or_more_code_answers_nothing() -> None:
    code = "```bash\ncd /opt/app\n```\n\n"
    for after in (
        "Then add these settings to the file:\n",  # leads into what follows
        "Explanation:\nThe first number is the weight of team one.\n",  # an example's aside
        "$ sudo systemctl restart app\n",  # more to type, not what it does
    ):
        assert cards_of(f"# Setup\n\n## App config\n\n{code}{after}") == [], after


def test_code_under_a_file_name_is_a_walk_through_not_a_card() -> None:
    text = (
        "# Setting up the site\n\n## settings.py\n\n"
        "```python\nDEBUG = False\n```\n\n"
        "The settings module turns debugging off before the site goes live.\n"
    )
    assert cards_of(text) == []


def test_a_paragraph_saying_as_follows_in_passing_answers_its_heading() -> None:
    # "다음과 같이" points at the picture below, but the sentence says what the model does
    # all the same: no lead-in to skip
    text = (
        "# 언어 모델\n\n## 순환 신경망의 구조\n\n"
        "RNN은 다음과 같이 이전 시점의 은닉 상태를 다음 시점의 입력과 함께 받아 순서 있는"
        " 데이터를 처리합니다. 같은 가중치를 모든 시점에서 나누어 씁니다.\n\n"
        "![rnn](rnn.png)\n"
    )
    cards = by_question(cards_of(text))
    answer = cards["순환 신경망의 구조"].answer
    assert answer.startswith("RNN은 다음과 같이 이전 시점의 은닉 상태를")
    assert answer.endswith("같은 가중치를 모든 시점에서 나누어 씁니다.")


def test_a_section_heading_in_title_case_asks_its_paragraph() -> None:
    text = (
        "# Notes on a book\n\n"
        "## Say What You Mean\n\n"
        "A name that tells what the value holds saves a reader from guessing.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Say What You Mean"].answer == (
        "A name that tells what the value holds saves a reader from guessing."
    )


def test_a_how_to_section_told_as_the_writers_story_answers_its_heading() -> None:
    # a TIL's section opens with what the writer did ("First, I needed to ..."): with code
    # in the section, that story is how the thing is done, and it answers the heading
    text = (
        "# Hosting a docs site on its own domain\n\n"
        "## DNS record\n\n"
        "First, I needed to add an `ALIAS` record for `docs.example.org` pointing at the"
        " hosting provider's load balancer.\n\n"
        "The provider checks the record before it issues a certificate.\n\n"
        "```\ndig docs.example.org\n```\n"
    )
    cards = by_question(cards_of(text))
    answer = cards["DNS record"].answer
    assert answer.startswith("First, I needed to add an `ALIAS` record")
    assert answer.endswith("The provider checks the record before it issues a certificate.")


def test_a_diary_section_told_as_the_writers_story_is_no_card() -> None:
    # the same story with no code anywhere in its section is a diary's entry, no tip
    text = (
        "# Week in review\n\n"
        "## Thursday\n\n"
        "I went for a long walk by the river with an old friend and we talked about the"
        " books we had both been reading lately.\n"
    )
    assert "Thursday" not in by_question(cards_of(text))


def test_a_heading_that_states_a_point_asks_what_its_paragraph_backs() -> None:
    # "## X has no Y." + why: the writer put the section's point in its heading
    text = (
        "# 메시지 큐\n\n## 큐의 메시지는 순서가 보장되지 않는다.\n\n"
        "여러 소비자가 동시에 메시지를 꺼내므로, 먼저 들어온 메시지가 나중에 처리될 수 있다.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "큐의 메시지는 순서가 보장되지 않는다."
    assert card.answer.startswith("여러 소비자가 동시에")


def test_an_english_statement_heading_asks_what_its_paragraph_backs() -> None:
    text = (
        "# Python defaults\n\n## Default values are shared between calls\n\n"
        "The default object is built once, when the function is defined, so a list used"
        " as a default keeps what earlier calls appended to it.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Default values are shared between calls"
    assert card.answer.startswith("The default object is built once")


def test_a_task_headings_command_keeps_the_paragraph_that_explains_it() -> None:
    text = (
        "# Archives\n\nSome notes.\n\n## List an archive's files\n\n"
        "```\ntar -tf backup.tar\n```\n\n"
        "It prints each path stored in the archive without unpacking it.\n"
    )
    cards = by_question(cards_of(text, "tar.md"))
    answer = cards["List an archive's files"].answer
    assert "tar -tf backup.tar" in answer
    assert "without unpacking it" in answer


def test_a_paragraph_that_leads_up_to_its_heading_answers_past_another_terms_name() -> None:
    # the first sentence only names the heading; the next names another term on the way
    # to saying what the heading does: the whole paragraph answers the heading
    text = (
        "# 트리 모델\n\n## 병합\n\n"
        "트리를 다듬는 두 번째 단계는 **병합(merging)**입니다. 잎마다 샘플이 하나뿐인 트리를"
        " **완전 트리**라고 합니다. 완전 트리를 만든 다음 이웃한 잎을 다시 묶어 주어야"
        " 새 데이터에 덜 과적합합니다.\n"
    )
    cards = by_question(cards_of(text))
    (merging,) = [card for question, card in cards.items() if question.startswith("병합")]
    assert "이웃한 잎을 다시 묶어" in merging.answer
    assert "완전 트리" in cards


def test_a_paragraph_that_opens_by_defining_its_heading_stops_before_another_name() -> None:
    text = (
        "# Trees\n\n## Merging\n\n"
        "Merging is the step that joins neighbouring leaves back together. A tree whose"
        " every leaf holds one sample is called a **full tree**. Nobody keeps one for long.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Merging"].answer == (
        "Merging is the step that joins neighbouring leaves back together."
    )
