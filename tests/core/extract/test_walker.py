"""The walk over a note: context, skipped sections, what is set aside or never a card."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_context_is_the_heading_path() -> None:
    text = (
        "# ML\n## PyTorch Tensor\n- view: reshape\n### Deeper\n- squeeze: drop\n# Other\n- x: why\n"
    )
    cards = by_question(cards_of(text))
    assert cards["view"].context == ("ML", "PyTorch Tensor")
    assert cards["squeeze"].context == ("ML", "PyTorch Tensor", "Deeper")
    assert cards["x — Other"].context == ("ML", "Other")  # a lone letter names its heading


def test_emoji_and_trailing_colons_are_cleaned_from_context() -> None:
    (card,) = cards_of("## 🧩 ML library\n- view: reshape\n")
    assert card.context == ("note", "ML library")  # the note's title (its file name) first


def test_misindented_list_is_read_as_a_list() -> None:
    text = "## 23.02.01. TIL\n\n    - 전후방산업\n        - 전방산업: 최종소비자에 가까운 산업\n"
    cards = by_question(cards_of(text))
    assert cards["전방산업"].answer == "최종소비자에 가까운 산업"
    assert cards["전방산업"].line == 4


def test_code_tables_images_html_math_blocks() -> None:
    text = (
        "```python\nx: int = 1\nterm: definition\n```\n\n"
        "| term | definition |\n|---|---|\n| a: b | c |\n\n"
        "![diagram: an image](img.png)\n\n"
        "<div>Term: definition</div>\n\n"
        "$$\na: b\n- c: d\n$$\n"
    )
    assert cards_of(text) == []


def test_link_lists_and_references() -> None:
    text = (
        "- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)\n"
        "- 참고 링크: https://example.org/post\n"
        "- https://example.org/raw-url\n\n"
        "[^1]: Wikipedia contributors. Moment (mathematics).\n\n"
        "## References\n\n- Dropout: Srivastava et al., 2014\n"
    )
    assert cards_of(text) == []


def test_dates() -> None:
    assert cards_of("*2021.04.25*\n\n2023년 1월 5일\n") == []


def test_retrospective_sections_are_skipped_whole() -> None:
    text = (
        "# 🤔학습 회고\n\n- 잘했던것: 밀리지 않고 처리한 것\n\n"
        "## 도전할 것\n\n- 논문: 하나 요약하기\n"
        "# 다음 주제\n\n- Term: kept\n"
    )
    assert [card.question for card in cards_of(text)] == ["Term"]


def test_a_topic_named_with_a_skip_word_keeps_its_section() -> None:
    text = (
        "## Java Reflection\n\n- getDeclaredFields: 클래스가 선언한 필드 목록\n\n"
        "## 링크드 리스트\n\n- 노드: 값과 다음 노드의 주소를 가진 단위\n\n"
        "## Reference types in C#\n\n- class: a type whose instances are shared by reference\n\n"
        "## 참고 자료\n\n- 블로그: 읽어볼 글\n"
    )
    assert [card.question for card in cards_of(text)] == ["getDeclaredFields", "노드", "class"]


def test_homework_labels_are_not_terms() -> None:
    text = "- 기본 과제 1 (MLP)\n    - 강의 코드를 그대로 재현\n    - 레이어 크기를 지정\n"
    assert cards_of(text) == []


def test_chatter_and_labels() -> None:
    text = "- 오늘은 세 시간 공부함\n- 내일은 CNN 복습하기\n- 참고: 교재 3장\n- e.g.: 예를 들어\n"
    assert cards_of(text) == []


DAILY_LOG = """# 2026-03-10 Daily log

## What I did
- Fixed the login bug: turned out the cookie domain was wrong
- Lunch: ramen

## Learned
- Quorum: w + r > n guarantees an up-to-date read

## Tomorrow
- Finish: the pull request

## Mood
Tired: slept only 5 hours.
"""


def test_a_diary_note_keeps_what_was_learned_and_skips_the_rest() -> None:
    cards = cards_of(DAILY_LOG)
    assert [(card.question, card.context) for card in cards] == [
        ("Quorum", ("2026-03-10 Daily log", "Learned"))
    ]


def test_a_retrospective_or_a_diary_section_is_skipped_whole() -> None:
    retrospective = "# 3월 회고\n\n## 배운 것\n- 시간 관리: 잘 못했다\n"
    assert cards_of(retrospective) == []
    section = "# Databases\n\n## Journal\n\n### Monday\n- Index: sped up the query\n"
    assert cards_of(section) == []


def test_reading_lists_and_unsure_answers_make_no_cards() -> None:
    text = (
        "## Papers\n- [Attention is all you need](https://arxiv.org/abs/1706.03762): 논문\n"
        "- [ResNet](https://arxiv.org/abs/1512.03385) - residual networks\n"
        "- <https://distill.pub/2016/augmented-rnns/>\n\n"
        "## 읽을거리\n- Pro Git: 무료 책\n\n"
        "## 오늘의 한 줄\n- 커밋은 자주, 작게!\n\n"
        "## Branching\n- 브랜치 전략: 아직 잘 모르겠다\n- Rebase: not sure\n"
        "- Merge: joins two histories\n"
    )
    assert [card.question for card in cards_of(text)] == ["Merge"]


def test_a_list_indented_like_code_still_answers_its_heading() -> None:
    # four spaces before each item make an indented code block; read again as the list it
    # is, it is the section's answer as any list under a heading is
    text = (
        "## 5. Force-push 주의사항\n"
        "    - 이미 공유한 브랜치에 force-push 하면 절대 안 된다.\n"
        "    - 혼자 쓰는 브랜치라면 괜찮다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Force-push 주의사항"].answer == (
        "- 이미 공유한 브랜치에 force-push 하면 절대 안 된다.\n- 혼자 쓰는 브랜치라면 괜찮다."
    )


def test_a_numbered_line_standing_alone_over_its_explanation_asks_like_a_label() -> None:
    """``1. Avoid wildcard imports`` + a blank line + the bullets (or paragraph) saying
    why: each numbered line is a list of one item of its own, a heading in all but name."""
    text = (
        "# Python tips\n\n1. Avoid wildcard imports\n\n"
        "* every name of the module is loaded, which is slow\n* names may clash\n\n"
        "2. Prefer numpy for vector maths\n\n"
        "A loop over a million numbers is far slower than one numpy call on the array.\n"
    )
    cards = by_question(cards_of(text, "tips.md"))
    assert cards["Avoid wildcard imports"].answer == (
        "* every name of the module is loaded, which is slow\n* names may clash"
    )
    assert cards["Prefer numpy for vector maths"].answer.startswith("A loop over a million")


def test_a_bold_label_over_a_glossary_is_the_context_of_its_entries() -> None:
    """``**O_NONBLOCK**`` + ``- reading: ...`` + ``- writing: ...``: the entries are cards
    of their own, asked of the label they stand under."""
    text = (
        "# Async IO\n\n**O_NONBLOCK**\n\n"
        "- reading: if no data is available, return at once with an error\n"
        "- writing: if the write buffer is full, return at once with an error\n"
    )
    cards = by_question(cards_of(text))
    assert cards["reading"].context == ("Async IO", "O_NONBLOCK")
    assert cards["writing"].context == ("Async IO", "O_NONBLOCK")


def test_a_label_over_a_glossary_is_the_context_of_its_entries() -> None:
    """``Locality:`` + ``- spatial: ...`` + ``- temporal: ...``: every item defines a term of
    its own, so the label makes no card; each entry is asked of the label it stands under
    (``spatial`` alone asks nothing a learner can answer)."""
    text = (
        "# Memory\n\n## Caches\n\nLocality:\n"
        "- spatial: a program that reads an address soon reads the ones beside it\n"
        "- temporal: a program that reads an address soon reads it again\n"
    )
    cards = by_question(cards_of(text))
    assert cards["spatial"].context == ("Memory", "Caches", "Locality")
    assert cards["temporal"].context == ("Memory", "Caches", "Locality")
    assert "Locality" not in cards  # the items are the cards


def test_a_lead_in_sentence_over_a_glossary_is_the_context_of_its_entries() -> None:
    """``There are two families of sorting methods:`` + ``- stable: ...``: past a section's
    opening, a one-line lead-in that names what the entries are is where each is asked; a
    lead-in the list finishes (``A tool that is used for:``) names nothing and is left out."""
    text = (
        "# Sorting\n\nSorting puts items in order.\n\n"
        "There are two families of sorting methods:\n"
        "- comparison sorts: order items by comparing pairs of them\n"
        "- counting sorts: order items by tallying the keys they hold\n\n"
        "A helper that is used for:\n"
        "- merging: joining two sorted runs into one\n"
    )
    cards = by_question(cards_of(text))
    subject = "There are two families of sorting methods"
    assert cards["comparison sorts"].context == ("Sorting", subject)
    assert cards["counting sorts"].context == ("Sorting", subject)
    assert cards["merging"].context == ("Sorting",)


def test_a_lead_in_opening_a_section_answers_its_heading_and_files_nothing() -> None:
    text = (
        "# Sorting\n\nThere are two families of sorting methods:\n"
        "- comparison sorts: order items by comparing pairs of them\n"
        "- counting sorts: order items by tallying the keys they hold\n"
    )
    assert by_question(cards_of(text))["comparison sorts"].context == ("Sorting",)


def test_a_bold_name_alone_heads_the_labels_under_it() -> None:
    """``**Round robin**`` + what it is + ``Rules:`` + a list: a name bolded on its own line
    stands as a heading its writer did not make, so the labels after it are asked of it; the
    next bold label, or a line standing alone as a heading of its own, ends it."""
    text = (
        "# Scheduling\n\n"
        "**Round robin**\nevery job gets the CPU in turn\n\n"
        "Rules:\n"
        "- a job that uses up its slice goes to the back of the queue\n"
        "- a job that blocks gives up the rest of its slice\n\n"
        "Slice length\n"
        "- short: good response, more switches\n"
        "- long: fewer switches, slow response\n\n"
        "**Lottery**\neach job holds tickets and a draw picks the next one\n\n"
        "Fairness:\n"
        "- over time each job runs in proportion to its tickets\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Rules"].context == ("Scheduling", "Round robin")
    assert cards["short"].context == ("Scheduling", "Round robin", "Slice length")
    assert cards["Round robin"].context == ("Scheduling",)
    assert cards["Fairness"].context == ("Scheduling", "Lottery")


def test_a_bold_field_and_prose_end_what_a_bold_name_heads() -> None:
    """``**Type: worm**`` is a field and its value, no name; prose after a bold name moves
    on from it."""
    text = (
        "# Malware\n\n"
        "**Type: worm**\nspreads over the network by itself\n\n"
        "Payload:\n- deletes files\n- opens a backdoor\n\n"
        "**Droppers**\nsmall programs that install the real payload\n\n"
        "Most attacks start with an email that carries a dropper as an attachment.\n\n"
        "Defences:\n- scan attachments\n- block macros\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Payload"].context == ("Malware",)
    assert cards["Defences"].context == ("Malware",)


def test_label_lines_under_a_korean_example_lead_in_are_no_terms() -> None:
    """``다음 예문과 같습니다.`` + ``> 감탄 : 비가 오는구나``: each line labels an example
    sentence; it defines nothing. Label lines under plain prose, or under examples that are
    named things (``예는 다음과 같습니다`` + ``- GET : ...``), still are cards."""
    text = (
        "# 종결어미\n\n"
        "종결어미는 문장의 유형을 정합니다. 다음 예문과 같습니다.\n\n"
        "> **감탄** : 비가 오는구나.\n>\n> **명령** : 창문을 닫아라.\n\n"
        "부사는 용언을 꾸밉니다. 그 예문을 들어보겠습니다.\n\n"
        "- **정도** : 아주 빠르다.\n- **시간** : 이미 떠났다.\n\n"
        "요청에는 메서드가 있습니다. 메서드의 예는 다음과 같습니다.\n\n"
        "- **GET** : 자원을 읽어 오는 요청\n- **POST** : 새 자원을 만드는 요청\n\n"
        "어미는 두 부류로 나뉩니다.\n\n"
        "- **선어말어미** : 어간과 어말어미 사이에 오는 어미\n"
    )
    cards = by_question(cards_of(text))
    assert not {"감탄", "명령", "정도", "시간"} & set(cards)
    assert cards["선어말어미"].answer == "어간과 어말어미 사이에 오는 어미"
    assert cards["GET"].answer == "자원을 읽어 오는 요청"
