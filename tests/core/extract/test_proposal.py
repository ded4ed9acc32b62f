"""A proposal built from a tuple of its fields is the one the class builds."""

from __future__ import annotations

from notecards.core.extract.patterns.splitting import TermSplit, read_line
from notecards.core.extract.proposal import Idiom, Proposal, proposal_of
from notecards.core.model import CardKind


def test_proposal_of_builds_the_proposal_the_class_builds() -> None:
    fields = (CardKind.BASIC, "LSTM", "a recurrent network", 3, ("RNN",), Idiom.TERM_LINE, False)
    built = proposal_of(fields)
    assert type(built) is Proposal
    assert built == Proposal(*fields)
    assert built.code_is_tip is False
    assert built._replace(line=4).line == 4


def test_read_line_gives_a_term_split() -> None:
    split, term = read_line("LSTM: a recurrent network")
    assert term is None
    assert type(split) is TermSplit
    assert split == TermSplit("LSTM", "a recurrent network", ":")
    assert split.definition == "a recurrent network"
