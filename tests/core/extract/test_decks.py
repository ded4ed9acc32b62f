"""The sample decks in ``decks/``: every pattern they demonstrate becomes the card it should."""

from __future__ import annotations

import pytest

from notecards.core.model import Card, CardKind
from notecards.notes import find_notes, read_note
from tests.conftest import DECKS


@pytest.fixture(scope="module")
def deck_cards() -> list[Card]:
    cards: list[Card] = []
    for note in find_notes(DECKS):
        extraction = read_note(note)
        assert not extraction.warnings, extraction.warnings
        cards.extend(extraction.cards)
    return cards


def find(cards: list[Card], question: str) -> Card:
    matches = [card for card in cards if card.question == question]
    assert len(matches) == 1, f"{question!r}: {len(matches)} cards"
    return matches[0]


@pytest.mark.parametrize(
    ("question", "kind", "deck", "answer_part"),
    [
        # every separator style, in the welcome deck
        ("Spaced repetition", CardKind.BASIC, "welcome", "pushes the next one further away"),
        ("Active recall", CardKind.BASIC, "welcome", "answering from memory"),
        ("Forgetting curve", CardKind.BASIC, "welcome", "Ebbinghaus, 1885"),
        ("Interleaving", CardKind.BASIC, "welcome", "mixing topics"),
        ("Desirable difficulty", CardKind.BASIC, "welcome", "a small struggle"),
        ("SRS", CardKind.BASIC, "welcome", "Spaced Repetition System"),
        ("Retrieval practice", CardKind.BASIC, "welcome", "recalling before looking"),
        ("Overlearning", CardKind.BASIC, "welcome", "mastery, which pays off less"),
        ("Leitner system", CardKind.BASIC, "welcome", "moves up a box"),
        ("SM-2", CardKind.BASIC, "welcome", "- Grades run from 0 (blackout) to 5 (perfect)"),
        ("What a good card looks like", CardKind.BASIC, "welcome", "- Asks one thing"),
        ("Who proposed the forgetting curve?", CardKind.BASIC, "welcome", "Hermann Ebbinghaus"),
        ("spaced repetition", CardKind.REVERSED, "welcome", "간격 반복"),
        # Korean and mixed notes
        ("Learning rate (학습률)", CardKind.BASIC, "machine-learning", "너무 크면 발산"),
        ("Momentum", CardKind.BASIC, "machine-learning", "관성처럼"),
        ("Dropout", CardKind.BASIC, "machine-learning", "- 여러 sub-network를 앙상블하는 효과"),
        ("Weight decay", CardKind.BASIC, "machine-learning", "$\\lambda \\lVert w \\rVert^2$"),
        ("Batch Normalization", CardKind.BASIC, "machine-learning", "이동평균"),
        ("LSTM", CardKind.BASIC, "machine-learning", "- Long Short-Term Memory"),
        ("GRU", CardKind.BASIC, "machine-learning", "reset, update"),
        (
            "Attention은 왜 필요한가?",
            CardKind.BASIC,
            "machine-learning",
            "고정 길이 context vector",
        ),
        ("Scaled dot-product attention", CardKind.BASIC, "machine-learning", "\\sqrt{d_k}"),
        ("Supremum, Least upper bound (상한)", CardKind.BASIC, "math::analysis", "\\sup E"),
        ("Cauchy sequence (코시 수열)", CardKind.BASIC, "math::analysis", "\\forall \\epsilon"),
        ("Monotone convergence theorem", CardKind.BASIC, "math::analysis", "수렴한다"),
        ("L2 norm", CardKind.BASIC, "math::analysis", "\\sqrt{\\sum_i x_i^2}"),
        ("Uniform continuity", CardKind.BASIC, "math::analysis", "무관하게 존재하는 성질"),
        ("Pseudo inverse", CardKind.REVERSED, "math::analysis", "유사역행렬"),
        ("기준금리", CardKind.BASIC, "economics", "중앙은행"),
        ("스태그플레이션", CardKind.BASIC, "economics", "경기 침체와 물가 상승"),
        ("실질금리", CardKind.BASIC, "economics", "명목금리 - 기대 인플레이션율"),
        ("기회비용", CardKind.BASIC, "economics", "포기한 대안"),
        ("가치사슬", CardKind.BASIC, "economics", "원재료 조달부터"),
        # the flat blog export
        ("Localization", CardKind.BASIC, "blog-export", "bounding box로 찾는 문제"),
        ("NMS", CardKind.BASIC, "blog-export", "confidence가 가장 높은 box"),
        (
            "IoU",
            CardKind.BASIC,
            "blog-export",
            "$\\mathrm{IoU} = \\frac{|A \\cap B|}{|A \\cup B|}$",
        ),
        ("Easy triplets", CardKind.BASIC, "blog-export", "$d(a, p) + \\text{margin} < d(a, n)$"),
    ],
)
def test_deck_card(
    deck_cards: list[Card], question: str, kind: CardKind, deck: str, answer_part: str
) -> None:
    card = find(deck_cards, question)
    assert (card.kind, card.deck) == (kind, deck)
    assert answer_part in card.answer


def test_clozes(deck_cards: list[Card]) -> None:
    clozes = sorted(card.question for card in deck_cards if card.kind is CardKind.CLOZE)
    assert clozes == [
        "A card is asked again the same day while its grade is below {{c1::4}}.",
        "The SM-2 easiness factor never drops below {{c1::1.3}}.",
    ]


def test_what_the_decks_leave_alone(deck_cards: list[Card]) -> None:
    text = "\n".join(f"{card.question}\n{card.answer}" for card in deck_cards)
    for absent in (
        "def review",  # code
        "| grade |",  # table
        "forgetting-curve.png",  # image
        "arxiv.org",  # link list
        "세 시간 공부함",  # retrospective
        "환율 파트",  # a dated memo
        "Girshick",  # references of the export
        "torch.optim.Adam",  # code
        "증명할 것이 없다",  # a proof is not a definition
    ):
        assert absent not in text, absent


def test_decks_have_both_languages_and_every_kind(deck_cards: list[Card]) -> None:
    assert {card.kind for card in deck_cards} == set(CardKind)
    assert any("\uac00" <= char <= "\ud7a3" for card in deck_cards for char in card.question)
    assert len(deck_cards) >= 60
