"""Sentences that open with a name spelled out and its acronym, then say what it does."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.defining_sentences import defined_in_sentence
from notecards.core.extract.patterns.spelled_out import spelled_out_defined


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Curriculum Sampling (CS) orders the examples from easy to hard.",
            "Curriculum Sampling (CS)",
        ),
        (
            "A Hidden Markov Model (HMM) consists of hidden states and emissions.",
            "Hidden Markov Model (HMM)",
        ),
        (
            "Page Look-Up Cache (PLC) keeps the most recent page lookups.",
            "Page Look-Up Cache (PLC)",
        ),
        (
            "Shared Memory Model (SMM) Theory holds that threads share one heap.",
            "Shared Memory Model (SMM) Theory",
        ),
        (
            "Gradient clipping (GC) [12] is a simple way to keep updates small.",
            "Gradient clipping (GC)",
        ),
        # the acronym is not the name's initials, or no verb follows: no definition
        ("Most readers of the Open Data Format (ODF) prefers tables.", None),
        ("The team builds Fast Graph Search (FGS) tools for routing.", None),
        ("Gradient clipping (GC) across layers", None),
        ("Gradient clipping (GC) was tried first.", None),
        ("Memory Safe Language (XYZ) aims to remove bugs.", None),
    ],
)
def test_a_spelled_out_name_and_its_acronym_before_a_verb(sentence: str, name: str | None) -> None:
    assert spelled_out_defined(sentence) == name


def test_a_list_item_opening_so_defines_its_name() -> None:
    head = "Imitation Policy Search (IPS) aims to copy what an expert does"
    found = defined_in_sentence(head, bold_opening=False, item=True)
    assert found == "Imitation Policy Search (IPS)"
