"""A question the writer asks and answers in one breath: ``What are place cells? Neurons
in the hippocampus that fire ...``, ``- Why not cache the result? The input changes on
every call``.

Paper summaries, lecture notes and blog posts put a question to the reader and answer it
right after the question mark, in the same paragraph or list item: the question asks, the
rest answers (an answer that only leads into a list, ``What does a server hold?
Three things:``, takes the list under it). Only an English question that opens with its
question word counts, and only one that stands on its own as a card: not the writer asking
about themselves (``How do I feel?``), not a hook to the reader (``Do you need ...?``,
``What if ...?``), not a title (``What Causes Polysemanticity? An Alternative ...``), not a
question answered by another question. A Korean writer asks the same way, the question
first (after a ``그렇다면``, ``그러면``): ``그렇다면 삽입 연산의 계산복잡성은 얼마일까요? 노드를
...``; it must carry a question word (``무엇``, ``어떻게``, ``얼마``, ...), which leaves out the
writer turning to an example (``아래 그림을 볼까요?``) and a what-if (``이렇게 하면 어떨까요?``),
and an answer that counts what the list under it holds (``크게 세 가지로 ...``) takes the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from notecards.core.extract.blocks import Block
from notecards.core.extract.patterns.discourse import (
    announces_a_list,
    is_lead_in,
    tells_a_story,
    without_turn_to_what_follows,
)
from notecards.core.extract.proposal import Context, Idiom, Proposal
from notecards.core.extract.proposers.block_text import block_source
from notecards.core.model import CardKind

# the question, up to its question mark, opening with its question word, and the answer
_ASKED_THEN_ANSWERED: Final = re.compile(
    r"^(?P<question>(?:What|What's|How|Why|When|Which|Who|Where|Does|Do|Did|Is|Are|Can"
    r"|Could|Should|Would|Will)\s[^?]{4,200}\?)[ \t\n]+(?P<answer>\S.*)$",
    re.DOTALL,
)
# a hook to the reader, or a "what if" that turns to a case the note has not met yet
_HOOK: Final = re.compile(
    r"^(?:(?:Do|Did|Are|Were|Have|Would|Will|Can)\s+you\b|What\s+(?:if|about)\b|How\s+about\b)"
)
# the writer asking about themselves: "How do I ...?", "Why did my ...?"
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|myself)\b")
# an answer that is itself a question ("That is, does ...?"), or a tag or an emoji
_NO_ANSWER: Final = re.compile(r"^(?:[^.!?]*\?|#|[\U0001F300-\U0001FAFF])")
# a bare yes or no says too little to learn from: the question holds all there is
_YES_OR_NO: Final = re.compile(r"^[*_]*(?:answer:\s*)?(?:yes|no)\W*$", re.IGNORECASE)
# an answer all in brackets is a note on what to write there: "(summarize the results)"
_BRACKETED: Final = re.compile(r"^\([^()]*\)$")
_WORD: Final = re.compile(r"[A-Za-z]{3,}")  # a word, not only numbers ("42 vs 4")
_TAGS: Final = re.compile(
    r"(?:\s+#[\w/-]+)+\s*$"
)  # an outliner's tags at the end: "#Inbox/Problem"
# an answer that ends in none of these goes on in a formula under it: "Suppose we have"
_SENTENCE_ENDS: Final = (".", "!", ")", "。")
_LEAD_IN_CHARACTERS: Final = 40  # an answer this short ending in a colon only leads into a block
_FOLLOWERS: Final = frozenset(("list", "math"))  # what an answer leading into it takes
_SHOWN: Final = frozenset(("code", "fence", "quote", "table"))  # what a colon leads into, shown


# a Korean question opening a paragraph, after a word that goes on from what came before
_KOREAN_ASKED: Final = re.compile(
    r"^(?:(?:그렇다면|그러면|그럼|그런데|그래서|이제|한편|자),?\s+)*"
    r"(?P<question>[^.!?\n]{4,150}?[가-힣]\?)[ \t\n]+(?P<answer>\S.*)$",
    re.DOTALL,
)
# the question words a Korean question that wants an answer carries (not "어떨까요": what-if)
_KOREAN_QUESTION_WORD: Final = re.compile(r"무엇|뭘|뭔|어떻게|어떤|어느|왜|얼마|몇|언제|어디|누구")
# a question about what is above it ("위 식 우변은 ...", "여기서 ..."): no card on its own
_POINTS_BACK: Final = re.compile(r"^(?:위|위의|이|이를|이와|이렇게|여기서|여기에서|앞의)\s")
# an answer of one sentence that sends the reader to what is below: "아래 그림을 보시면 ..."
_SENDS_BELOW: Final = re.compile(
    r"^[^.!?]*(?:아래|다음)[와과]?\s*(?:같|그림|표|식|예|코드)[^.!?]*[.!]?$"
)


def _asked_in_korean(text: str) -> tuple[str, str] | None:
    """The Korean question a paragraph opens with and the answer it goes on with."""
    found = _KOREAN_ASKED.match(text)
    if found is None:
        return None
    question = " ".join(found.group("question").split())
    # (without a last "... 봅시다.": the writer turning to what follows)
    answer = without_turn_to_what_follows(found.group("answer").strip())
    if (
        not question.endswith("까요?")
        or question.endswith("볼까요?")  # "... 어떻게 변했는지 볼까요?": a turn to a figure
        or _KOREAN_QUESTION_WORD.search(question) is None
        or _POINTS_BACK.match(question)
        or not answer
        or _SENDS_BELOW.match(answer)
        or "](" in question
        or "?" in answer  # asked on: the writer walks through an example, question by question
        or is_lead_in(answer)  # "아래와 같은 데이터가 있다고 칩시다.": the answer is below
    ):
        return None
    return question, answer


def _titled(question: str) -> bool:
    """Whether the question is a title, a paper's or a talk's (``What Causes
    Polysemanticity?``): every longer word capitalised, where a sentence leaves its common
    words in lower case (``What is the difference between Unit Test and TDD?``)."""
    words = [word for word in question.split() if len(word) > 4 and word[:1].isalpha()]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def asked_and_answered(text: str) -> tuple[str, str] | None:
    """The question a paragraph or an item opens with and the answer it goes on with."""
    if "?" not in text:
        return None
    found = _ASKED_THEN_ANSWERED.match(text.strip())
    if found is None:
        return _asked_in_korean(text.strip()) if "까요?" in text else None
    question = " ".join(found.group("question").split())
    answer = found.group("answer").strip()
    if (
        _HOOK.match(question)
        or _FIRST_PERSON.search(question)
        or "](" in question
        or "://" in question
        or _titled(question)
        or _NO_ANSWER.match(answer)
        or _TAGS.sub("", answer).rstrip(" *_").endswith("?")  # answered by another question
        or _YES_OR_NO.match(answer)
        or _WORD.search(answer) is None
        or _BRACKETED.match(answer)
        or tells_a_story(answer)  # "It turns out Claude lifted that from what I fed it"
    ):
        return None
    return question, answer


def _with_block(answer: str, after: Block | None, lines: Sequence[str]) -> str | None:
    """The answer, with the list or formula under it when it leads into one (``Three
    things:`` + the list) or goes on in one (``Suppose we have`` + the formula); None when
    it only leads into something else (``[X explains](...):`` + a quote, ``... here:`` +
    code): the answer is there, not in the sentence."""
    below = after.kind if after is not None else ""
    if answer.endswith((":", "：")):
        if after is not None and below in _FOLLOWERS:
            return f"{answer}\n\n{block_source(after, lines)}"
        if below in _SHOWN or len(answer) <= _LEAD_IN_CHARACTERS:
            return None
        return answer  # "... shows that generics dominated:" + a figure: it says it first
    if below == "list" and after is not None and announces_a_list(answer):
        return f"{answer}\n\n{block_source(after, lines)}"  # "크게 세 가지로 ...": the list
    if after is not None and below == "math" and not answer.endswith(_SENTENCE_ENDS):
        return f"{answer}\n\n{block_source(after, lines)}"
    return answer


def in_paragraph(
    paragraph: Block, after: Block | None, lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of a paragraph that asks a question and answers it, or None."""
    found = asked_and_answered(paragraph.text)
    if found is None:
        return None
    question, answer = found
    answered = _with_block(answer, after, lines)
    if answered is None:
        return None
    return Proposal(
        CardKind.BASIC, question, answered, paragraph.start + 1, context, Idiom.ANSWERED_QUESTION
    )


def in_item(
    first: Block, rest: Sequence[Block], lines: Sequence[str], context: Context
) -> Proposal | None:
    """The card of a list item whose first paragraph asks a question and answers it (what
    is nested under it is read on its own: only the list or formula its answer leads into
    joins it), or None."""
    return in_paragraph(first, rest[0] if rest else None, lines, context)
