"""Note styles beyond the seeds: an Obsidian vault note and English lecture notes."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PROJECT, cards_of

FIXTURES = PROJECT / "tests" / "fixtures" / "notes"


def cards_in(name: str) -> dict[str, str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return {card.question: card.answer for card in cards_of(text, name)}


def test_obsidian_note() -> None:
    cards = cards_in("obsidian-information-theory.md")
    assert cards == {
        "Entropy": "the expected information content of a random variable",
        "KL divergence": "how one distribution differs from a reference one",
        "Mutual information": (
            "The information one random variable gives about another: $I(X;Y) = H(X) - H(X|Y)$"
        ),
        "Cross-entropy": (
            "The expected code length when coding samples from $p$ with a code built for $q$."
        ),
        "Channel capacity": "The maximum mutual information over input distributions.",
        "prefix code": "A *prefix code* is a code in which no codeword is a prefix of another.",
        "Shannon's source coding": "the entropy bounds the average code length from below.",
    }  # no Dataview fields, tasks, untitled callouts or %%comments%%


def test_lecture_notes() -> None:
    cards = cards_in("lecture-dynamic-programming.md")
    assert set(cards) == {
        "Optimal substructure",
        "Overlapping subproblems",
        "Memoization vs tabulation",
        "memoization",
        "tabulation",
        "Fibonacci",
        "Knapsack (0/1)",
        "Longest common subsequence (LCS)",
        "Dynamic Programming — DP",  # two letters name their subject
        "Time",
        # its heading and the paragraph under it, naming what it is the complexity of
        "Dynamic Programming — Complexity",
    }  # no Date/Instructor metadata, homework or open questions
    assert cards["Knapsack (0/1)"] == "choose items to maximize value under a weight limit"


def test_callout_without_title_reads_its_body(tmp_path: Path) -> None:
    cards = cards_of("> [!tip]\n> Stride: how far the filter moves\n")
    assert [(card.question, card.answer) for card in cards] == [
        ("Stride", "how far the filter moves")
    ]


def test_a_definition_callout_asks_for_its_emphasised_term() -> None:
    text = (
        "> [!note] Definition\n> The **cell** is the basic unit of life.\n\n"
        "> [!abstract] 정의\n> 아무 강조도 없는 설명이다.\n\n"
        "> [!info] Osmosis\n> diffusion of water across a membrane\n"
    )
    assert [(card.question, card.answer) for card in cards_of(text)] == [
        ("cell", "The **cell** is the basic unit of life."),
        ("Osmosis", "diffusion of water across a membrane"),
    ]


def test_todo_callouts_and_tasks_are_skipped() -> None:
    text = "> [!todo] Later\n> - Term: not now\n\n- [ ] Term: a task\n- Real: kept\n"
    assert [card.question for card in cards_of(text)] == ["Real"]


def test_korean_prose_definitions() -> None:
    cards = cards_in("korean-prose-ml.md")
    assert set(cards) == {
        "과적합",
        "정규화",
        "조기 종료",
        "Bias",
        "Variance",
        "정밀도",
        "재현율",
        "F1 점수",
    }
    # the heading's paragraph, which defines its heading, answers it whole
    assert cards["과적합"].startswith("과적합은 모델이 학습 데이터의")
    assert cards["과적합"].endswith("정규화나 조기 종료를 쓴다.")
    assert cards["정규화"].startswith("정규화란 모델의 복잡도에")
    assert cards["F1 점수"] == "F1 점수는 정밀도와 재현율의 조화평균을 뜻한다."
