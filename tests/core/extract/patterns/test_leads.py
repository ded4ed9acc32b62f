"""Terms a line marks other than by a plain separator, and headings that define."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import leads
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    "heading",
    [
        "Lemma 2: Uniqueness of the identity",
        "Part 2: Deployment",
        "Sorting algorithms: ① Bubble sort",
        "Training recipe: Step 1. Collect labelled pairs from the users",
        "BERT: 양방향 인코더 모델",  # a short description titles the section
        "Scaling a web app: a backend view",
        # a question the section answers, not a term and its definition
        "Q1. TypeError: why does greet() get two values for one argument?",
        "빌드 오류: 왜 의존성을 찾지 못하는가?",
        # an error message the section fixes: the exception's name is no term it defines
        "KeyError: 'user_id' when reading the exported rows back in",
        "org.example.web.RequestRejectedException: the URL contained a malicious String",
    ],
)
def test_a_heading_that_is_a_title_is_not_split(heading: str) -> None:
    assert leads.heading_split(heading) is None


@pytest.mark.parametrize(
    ("heading", "term"),
    [
        ("GAN: Generative Adversarial Networks", "GAN"),
        ("LSTM - Long Short-Term Memory", "LSTM"),
        ("Caching: keeping a copy of slow data close to where it is read", "Caching"),
        ("캐시: 자주 쓰는 데이터를 가까운 곳에 저장함", "캐시"),
        ("Prompt: (1) an instruction + (2) a few examples", "Prompt"),
    ],
)
def test_a_heading_that_defines_is_split(heading: str, term: str) -> None:
    split = leads.heading_split(heading)
    assert split is not None
    assert split.term == term


def test_a_heading_quoting_an_error_asks_how_to_fix_it() -> None:
    note = (
        "# Troubles\n\n"
        "### RuntimeError: expected all tensors to be on the same device, but found two devices\n\n"
        "- the labels were still on the CPU while the model ran on the GPU\n"
        "- move them with `labels.to(device)` before the loss is computed\n"
    )
    question = "RuntimeError: expected all tensors to be on the same device, but found two devices"
    card = by_question(cards_of(note))[question]
    assert "labels.to(device)" in card.answer


def test_the_command_under_an_error_heading_is_its_fix() -> None:
    note = (
        "# Troubles\n\n"
        "### ImportError: cannot import name 'soft_unicode' from 'markupsafe'\n\n"
        "```bash\npip install markupsafe==2.0.1\n```\n"
    )
    card = by_question(cards_of(note))[
        "ImportError: cannot import name 'soft_unicode' from 'markupsafe'"
    ]
    assert "markupsafe==2.0.1" in card.answer


def test_a_symbol_and_the_phrase_it_stands_for() -> None:
    split = leads.symbol_lead("$\\Lambda$ the set of triangular faces")
    assert split is not None
    assert (split.term, split.definition) == ("$\\Lambda$", "the set of triangular faces")
    assert leads.symbol_lead("$G$ be the group of closed loops") is not None
    assert leads.symbol_lead("$x$ is positive here") is None  # a sentence about a symbol


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("**Gates** provide access from user code to the kernel", "Gates"),
        ("**Associativity**. Merging three parts does not depend on the order.", "Associativity"),
        ("**캐시**는 자주 쓰는 데이터를 가까이 두는 저장소", "캐시"),
    ],
)
def test_a_bold_term_opening_its_sentence(line: str, term: str) -> None:
    split = leads.bold_subject(line)
    assert split is not None
    assert (split.term, split.definition) == (term, line)


@pytest.mark.parametrize(
    "line",
    [
        "__Kim__, Lee, Park. A study of caches. 2022.",  # a citation
        "__Kim__ et al. Caches that learn their eviction order. 2021.",  # a citation too
        "**IoU**의 문제점 1",  # a title
        "**Note** that this is slow",  # a label
    ],
)
def test_not_a_bold_term_opening_its_sentence(line: str) -> None:
    assert leads.bold_subject(line) is None


def test_only_a_glossary_in_sentences_makes_bold_sentences_cards() -> None:
    text = (
        "## Protection\n\n"
        "- **Gates** provide access from user code to the kernel\n"
        "- **Rings** order privilege levels from zero upwards\n\n"
        "## Errands\n\n"
        "- **Python** is my favourite language\n"
        "- buy milk\n"
        "- call the bank\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Gates"].answer == "**Gates** provide access from user code to the kernel"
    assert "Rings" in cards
    assert "Python" not in cards


@pytest.mark.parametrize(
    ("acronym", "words"),
    [("OAuth", "Open Authorization"), ("NoSQL", "Not only SQL"), ("UX", "User eXperience")],
)
def test_words_whose_initials_spell_an_acronym_expand_it(acronym: str, words: str) -> None:
    assert leads.expands_acronym(acronym, words)


def test_a_word_with_capitals_inside_is_no_acronym() -> None:
    assert not leads.expands_acronym("JavaScript", "Just Some text")


def test_a_title_over_its_acronyms_expansion_is_answered_by_both() -> None:
    text = (
        "## OAuth\n\n> Open Authorization\n\n"
        "비밀번호를 넘기지 않고 다른 앱에 내 정보에 대한 접근 권한을 주는 개방형 표준\n"
    )
    (card,) = cards_of(text, "web/OAuth.md")
    assert card.question == "OAuth"
    assert card.answer.startswith("Open Authorization\n\n비밀번호를 넘기지 않고")


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("Deep Learning on Point Sets for 3D Classification and Segmentation", True),
        ("An Efficient Probabilistic Mapping Framework Based on Octrees", True),
        ("Representing Scenes as Radiance Fields for View Synthesis", True),
        ("splitting one table across several servers", False),
        ("A consensus algorithm that is easy to follow.", False),
        ("File Block and Inode", False),  # four words: a phrase, not a title
        ("Single Responsibility, Open Closed, Liskov Substitution", False),  # a list
        ("Background -> Inactive -> Active", False),
        ("검색 엔진 Based on Inverted Index", False),
    ],
)
def test_names_a_work(text: str, titled: bool) -> None:
    assert leads.names_a_work(text) is titled


@pytest.mark.parametrize(
    "heading",
    [
        # a label and the subject it tags: the label is no term the subject defines
        "Problem: the build hangs forever when the cache directory is missing",
        "해결법: 드라이버를 다시 설치하고 버전을 확인한다",
        "Note: the flag must come before the file name in every call",
    ],
)
def test_a_label_and_its_subject_is_not_split(heading: str) -> None:
    assert leads.heading_split(heading) is None
