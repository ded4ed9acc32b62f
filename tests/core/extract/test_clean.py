"""Every card tidied once proposed, whatever its idiom: its question, answer and context."""

from __future__ import annotations

import pytest

from notecards.core.extract.clean import clean_term, context_label
from tests.conftest import by_question, cards_of


def test_a_bold_term_with_its_colon_inside_leaves_no_stray_markup() -> None:
    cards = by_question(cards_of("- **Perfect hashing:** a hashing scheme with no collisions\n"))
    assert cards["Perfect hashing"].answer == "a hashing scheme with no collisions"


def test_an_answer_that_is_only_an_image_is_no_card() -> None:
    text = (
        "## Chaining\n\n- Bucket list: ![a list per bucket](chain.png)\n- Probe: ![[probe.png]]\n"
    )
    assert cards_of(text) == []


def test_answers_lose_images_html_and_anchors_but_keep_their_text() -> None:
    text = (
        "- Replication\n"
        "  - 복제를 통해 데이터 유실률을 낮춤<br>\n"
        "  - <u>리더</u>가 쓰기를 맡음\n\n"
        "    ![alt text](image-16.png)\n"
        "  - [맨 위로](#목차)\n"
    )
    (card,) = cards_of(text)
    assert card.answer == "- 복제를 통해 데이터 유실률을 낮춤\n- 리더가 쓰기를 맡음"


def test_context_labels_are_tidied_too() -> None:
    (card,) = cards_of("## <u>Hashing</u> [[Hash table|tables]]\n\n- Probe: the next slot tried\n")
    assert card.context == ("note", "Hashing tables")  # the file's name is its title


def test_section_numbers_leave_questions_and_context_labels() -> None:
    text = (
        "# 2. Loss functions\n\n"
        "## 2-1. Hinge loss\n\n- 1) margin: 정답 점수와 오답 점수의 차이\n\n"
        "## Case 2\n\n- Probe: the next slot tried\n"
    )
    cards = by_question(cards_of(text))
    assert set(cards) == {"margin", "Probe"}
    assert cards["margin"].context == ("Loss functions", "Hinge loss")
    assert cards["Probe"].context == ("Loss functions", "Case 2")


def test_a_numbered_heading_that_names_no_topic_is_no_question() -> None:
    text = "## 3. 정리\n\n- 첫째로 배운 사실\n- 둘째로 배운 사실\n"
    assert cards_of(text) == []


def test_a_term_linked_to_its_own_note_is_asked_by_its_name_a_web_link_is_not() -> None:
    text = (
        "# Divergences\n\n## Examples\n\n"
        "- [Hellinger distance](hellinger.md): the generator is (sqrt t - 1) squared.\n"
        "- [Jensen-Shannon](../info/js.md): the average of two KL divergences to the mean.\n"
        "- [A good article](https://example.org/post): the clearest write-up I found.\n"
    )
    cards = by_question(cards_of(text, "info/f.md"))
    assert cards["Hellinger distance"].answer == "the generator is (sqrt t - 1) squared."
    assert cards["Jensen-Shannon"].answer.startswith("the average of two KL")
    assert "A good article" not in cards


def test_an_outliners_trailing_tags_leave_the_question() -> None:
    assert clean_term("Exercises #Learning-TODO") == "Exercises"
    assert clean_term("Kafka #streaming #tools") == "Kafka"
    assert clean_term("C# basics") == "C# basics"
    assert clean_term("Issue #42") == "Issue #42"  # a number is no tag


def test_exercises_setting_and_derivation_blocks_of_an_outliner() -> None:
    text = (
        "- Noisy channels\n\t- Setting\n\t\t- the environment is a single qubit\n"
        "\t- Derivation\n\t\t- start from the joint unitary\n"
        "\t- Exercises #Learning-TODO\n\t\t- prove that the map is positive\n"
    )
    questions = [card.question for card in cards_of(text, "channels.md")]
    assert "Noisy channels — Setting" in questions
    assert "Noisy channels — Derivation" in questions
    assert not any(question.startswith("Exercises") for question in questions)


def test_a_sentence_leading_into_what_the_source_shows_next_leaves_the_answer() -> None:
    text = "# Geology\n\n- Lava: The magma that reaches the surface. It comes in several types:\n"
    (card,) = cards_of(text)
    assert card.answer == "The magma that reaches the surface."


def test_a_single_sentence_ending_in_a_colon_is_kept_whole() -> None:
    text = "# Notes\n\n- Caching: Results are kept close to where they are needed:\n"
    (card,) = cards_of(text)
    assert card.answer.endswith("where they are needed:")


def test_a_term_in_quotes_is_asked_without_them() -> None:
    text = (
        "## Python\n\n"
        "* **'제너레이터 (Generator)'**: `yield`로 값을 하나씩 만들어 내는 함수\n"
        '* **"반복자"**: `next()`로 다음 값을 꺼낼 수 있는 객체\n'
        "* “slice”: a view of part of a sequence\n"
    )
    assert [card.question for card in cards_of(text)] == [
        "제너레이터 (Generator)",
        "반복자",
        "slice",
    ]
    assert clean_term("'it's'") == "'it's'"  # a quote inside: not a pair around the term


def test_an_image_is_no_context_and_names_no_subject() -> None:
    text = (
        "- # Wolfram Language\n"
        "\t- ![image.png](../assets/image_1702_0.png){:height 293, :width 395}\n"
        "\t\t- `@`: applies a function as a prefix\n"
    )
    (card,) = cards_of(text, "pages/Mathematica.md")
    assert card.question == "`@` — Wolfram Language"
    assert not any("image" in label for label in card.context)


def test_an_answer_read_inside_a_quote_loses_the_quote_markers() -> None:
    text = (
        "# Disjoint sets\n\n"
        "> [!summary]+ Operations\n>\n"
        "> > - `Make-Set(DS, v)`\n"
        "> >     - creates a new set holding only $v$\n"
        "> >     - $v$ is its representative\n"
    )
    cards = by_question(cards_of(text))
    assert cards["`Make-Set(DS, v)`"].answer == (
        "- creates a new set holding only $v$\n- $v$ is its representative"
    )
    hooks = "## Hooks\n\n- beforeCreate\n\n  > 가장 먼저 불리는 훅\n  >\n  > 데이터는 아직 없다\n"
    assert by_question(cards_of(hooks))["beforeCreate"].answer == (
        "가장 먼저 불리는 훅\n\n데이터는 아직 없다"
    )


def test_a_backtick_the_writer_left_open_leaves_the_term() -> None:
    assert clean_term("`dtype") == "dtype"
    assert clean_term("T=3.6초`") == "T=3.6초"
    assert clean_term("`-active") == "-active"
    assert clean_term("`num`") == "`num`"  # a code span stays code
    assert clean_term("a `b` c`") == "a `b` c`"  # three: which one is open is not clear


def test_a_separator_left_at_the_end_of_a_term_goes() -> None:
    assert clean_term("Low Cost Strategy -") == "Low Cost Strategy"
    assert clean_term("Execution Stage →") == "Execution Stage"
    assert clean_term("었었-") == "었었-"  # a morpheme's dash is its own
    assert clean_term("readcount--") == "readcount--"
    # a markdown line break ("\\" at the end of a line) is no part of the term
    assert clean_term("Stack frame\\") == "Stack frame"
    assert clean_term("`javac Source.java`\\") == "`javac Source.java`"


def test_a_highlighted_term_keeps_its_text_though_its_colour_looks_like_a_tag() -> None:
    # Obsidian's highlighter writes `<mark style="background: #FFB86CA6;">`: the colour is
    # inside the tag, not an outliner's trailing tag
    highlighted = 'Raw Material Extraction: <mark style="background: #D2B3FFA6;">Cobalt</mark>'
    assert clean_term(highlighted) == "Raw Material Extraction: Cobalt"


def test_a_wiki_link_with_its_text_in_braces_shows_the_text() -> None:
    """``[[oop]]{객체 지향 프로그래밍}``: some wikis write the text a link shows in braces."""
    assert clean_term("[[oop]]{객체 지향 프로그래밍(OOP)}") == "객체 지향 프로그래밍(OOP)"
    text = "## 객체 지향\n\n- [[oop]]{객체 지향 프로그래밍}\n  - 캡슐화\n  - 상속\n"
    (card,) = cards_of(text)
    assert card.question == "객체 지향 프로그래밍"


def test_a_term_asked_with_means_after_it_is_asked_by_the_term() -> None:
    """``- Process isolation means`` + what it means nested under it: the term asks."""
    text = (
        "# Processes\n\n- Process isolation means\n"
        "  - one process cannot touch another's memory\n  - a crash stays in its process\n"
    )
    questions = [card.question for card in cards_of(text)]
    assert "Process isolation" in questions
    assert "Process isolation means" not in questions


def test_a_heading_that_asks_what_a_term_is_asks_the_term() -> None:
    # "프로세스(Process) 란", "Servlet이란", "트랜잭션이란": "what is X" asks X; words that
    # end in 란 themselves stay (혼란: 란 does not follow a closing consonant; 외란: one
    # syllable before it)
    text = (
        "# OS\n\n### 스레드와 프로세스\n\n"
        "* 프로그램(Program) 이란\n  * 실행할 수 있는 파일\n"
        "* Servlet이란\n  * 동적인 처리를 하는 자바 프로그램\n"
        "* 트랜잭션이란\n  * 한꺼번에 수행되어야 할 연산의 묶음\n"
        "* 교착과 혼란\n  * 서로 다른 두 문제\n"
        "* 측정 외란\n  * 진동과 충격\n\n"
        "### Index란\n\n#### 장점\n\n- 검색이 빨라진다\n- 정렬된 순서로 읽는다\n"
    )
    questions = [card.question for card in cards_of(text, "os.md")]
    assert "프로그램(Program)" in questions
    assert "Servlet" in questions
    assert "트랜잭션" in questions
    assert "교착과 혼란" in questions
    assert "측정 외란" in questions
    assert "Index — 장점" in questions


def test_a_character_the_writer_escaped_is_part_of_the_term() -> None:
    # "- \\*args: ..." (escaped so that it is no emphasis): the term is `\\*args`, shown as
    # *args, not `args`, which was then taken for a facet word asked of the note's subject
    assert clean_term("\\*args:") == "\\*args"
    assert clean_term("\\*.pub") == "\\*.pub"
    text = (
        "# 파이썬\n\n- \\*args: 위치 인자를 튜플로 받는 매개변수\n"
        "- \\*\\*kwargs: 키워드 인자를 받는 매개변수\n"
    )
    assert [card.question for card in cards_of(text, "py.md")] == ["\\*args", "\\*\\*kwargs"]
    # an escaped bullet or math delimiters are no part of a term
    assert clean_term("\\* 천하보청") == "천하보청"
    assert clean_term("\\( h_t \\)") == "( h_t \\)"  # as before: math, read elsewhere


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "## 연산\n\n먼저 봅니다.\n\n```\nsift(a)\n```\n*sift*의 계산복잡성은 최악의 경우 "
            "트리의 높이에 의존적입니다. 따라서 로그 시간입니다.",
            "sift의 계산복잡성",
        ),
        ("- ***Checked*** 예외들 : 컴파일할 때 처리를 강제하는 예외", "Checked 예외들"),
    ],
)
def test_a_question_keeps_no_emphasis_mark_it_opened_or_closed_inside(
    text: str, asked: str
) -> None:
    """Emphasis closed inside a term (``*heapify*의``, ``***Checked*** 예외들``) leaves no
    stray star in the question."""
    assert asked in [card.question for card in cards_of(f"# Notes\n\n{text}\n")]


def test_a_symbol_glued_to_a_word_leaves_math_in_a_term() -> None:
    assert clean_term("$k$-means") == "k-means"
    assert clean_term("**$NP$-hard**") == "NP-hard"
    assert clean_term("Open $q$-simplex") == "Open q-simplex"
    assert clean_term("$x^2$-term") == "$x^2$-term"  # a formula stays math
    assert clean_term("$n$ items") == "$n$ items"  # so does a symbol standing alone


def test_a_negation_or_a_bang_before_a_name_is_part_of_it() -> None:
    """``¬steal`` is the opposite policy of ``steal``: the sign is no decoration."""
    assert clean_term("¬steal") == "¬steal"
    assert clean_term("!important") == "!important"
    assert clean_term("▶ 정의") == "정의"


def test_a_korean_ending_keeps_its_hyphen() -> None:
    """``-다가`` is how a grammar note writes an ending (a bound morpheme), not ``다가``."""
    assert clean_term("-다가") == "-다가"
    assert clean_term("-자마자 vs -자") == "-자마자 vs -자"
    assert clean_term("- 항목") == "항목"
    assert "-으니까" in by_question(
        cards_of("# 연결어미\n\n## -으니까\n\n주관적인 이유를 들 때 쓴다.\n")
    )


def test_emphasis_opening_a_term_inside_its_wrapping_emphasis_is_taken_off_too() -> None:
    """``***Context Switching* 이란?**``: bold around the line, italics around its name."""
    assert clean_term("***Context Switching* 이란?**") == "Context Switching 이란?"
    assert clean_term("**_Heap_ vs Stack**") == "Heap vs Stack"


def test_a_closing_sentence_that_only_points_on_is_cut_one_that_says_something_stays() -> None:
    pointing = (
        "# Serving the cache\n\n## Varnish configuration\n\n"
        "Varnish reads its configuration from a VCL file at start. Here's the one I used:\n\n"
        "![config](config.png)\n"
    )
    answer = by_question(cards_of(pointing, "ops/cache.md"))["Varnish configuration"].answer
    assert answer == "Varnish reads its configuration from a VCL file at start."
    saying = (
        "# Close the window on Ctrl+D\n\n"
        "I always forget how to set this up. It is hidden in Settings -> Profiles -> Shell:\n\n"
        "![settings](settings.png)\n"
    )
    answer = by_question(cards_of(saying, "mac/ctrl-d.md"))["Close the window on Ctrl+D"].answer
    assert answer.endswith("It is hidden in Settings -> Profiles -> Shell:")


def test_a_key_in_angle_brackets_stays_in_its_term() -> None:
    """Editors write keys in angle brackets (``<leader>f``, ``<C-w>``): no HTML tag, and no
    decoration to take off the term; the tags HTML knows still read as their text."""
    text = "## Motions\n\n- <leader>f : jump to a character\n- <C-w>v : split the window\n"
    questions = [card.question for card in cards_of(text)]
    assert questions == ["<leader>f", "<C-w>v"]
    assert clean_term("<b>Heap</b>") == "Heap"


def test_a_context_label_framed_in_spaced_brackets_loses_the_frame() -> None:
    assert context_label("[ 운영체제의 역할 ]") == "운영체제의 역할"
    assert context_label("[Swift] Mutating") == "[Swift] Mutating"
