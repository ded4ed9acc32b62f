"""Lead-ins: sentences that announce what comes rather than say what something is.

Blog posts and TILs open sections with them: ``이번 글에서는 RB 트리에 대해 살펴보겠습니다``,
``다음과 같은 행렬을 분석해 보겠습니다``, ``I queried the index like this:``, ``In this post,
I ...``, ``Here's the pattern I figured out``. Under a heading they are no answer: the
answer is what follows them.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.sentences import is_topic_marked
from notecards.core.extract.patterns.spans import mask_opaque

_WRITER: Final = (
    r"(?:^|\s)(?:내가|저는|제가|나도|저도)\s|^(?:제|내)\s+(?![\d(])"  # "제 개인적 정리 ..."
    # the writer's studying, unsaid who: "... 공부하다가 ...", "공부 시작!", "궁금해서 시작!",
    # "강의를 수강하며 기록한다.", "... 정리가 필요했다."
    r"|공부(?:하다가|하였다|했다|하며|하면서|하여|하는\s*과정|\s*시작)|궁금해서"
    # the writer by name ("필자가 ..."), and the chance they took ("... 생긴 김에")
    r"|필자|(?:생긴|하는|한)\s*김에"
    r"|(?:수강|공부|학습)하며\s*(?:기록|정리)|정리가\s*필요했"
)
_KOREAN_WRITER: Final = re.compile(_WRITER)
_KOREAN_LEAD_IN: Final = re.compile(
    # the characters it can start with (keep them in step): where none is, one test instead of
    # every alternative at every character
    r"(?=[살알정해분구이적시다아칩봅합볼보봤하내저제나오지먼우자본싶일공궁수학필생한\s])"
    r"(?:(?:살펴보|알아보|정리해\s*보|해\s*보|분석해\s*보|구현해\s*보|이야기해\s*보|적어\s*보|시작하)"
    r"(?:겠|도록|자|려고|ㅂ시다|죠|면)"
    r"|(?:다음과|아래와|(?:다음|아래)\s*(?:그림|표|식|코드|예시|예제|수식|그래프|도식)[과와])"
    r"\s*같(?:습니다|다|이|은)"
    r"|칩시다|봅시다|합시다|볼까요|(?:하|보)자[.!]?\s*$"  # "...이번에는 정복하자": let's
    r"|(?:보았|봤)(?:다|습니다|는데|어요|고)"  # the writer's story: "글을 읽어보았다"
    r"|싶었|하려고\s*했|일이\s*생겼"  # "... 최신화하고 싶었다": what the writer wanted
    rf"|{_WRITER}"  # the writer, as in "I ..." (나는 may be a verb)
    r"|^(?:이번|오늘은|지금까지|먼저|우선|자,)\s"
    r"|^(?:이|본)\s?(?:글|포스트|포스팅|문서)(?:에서는?|은|는|에서)\s)",  # the post itself
)
_ENGLISH_LEAD_IN: Final = re.compile(
    r"^(?:in this (?:post|article|note|section|tutorial|til)|here(?:'s| is| are)\b|"
    r"let's\b|let us\b|now,? (?:let's|we)\b|first,? (?:let's|we)\b|i\s|i'm\s|i've\s|i'd\s|"
    r"i was\b|we will\b|we'll\b|to start\b|so,? i\b|today i\b|"
    r"(?:(?:on|in|for|at|from|with|to|after) )?my\b|"  # "On my first attempt, ...": the writer's
    r"this (?:post|article|note|template|repo|repository|project|trick|page|guide|tutorial"
    r"|document|til|blog|write-?up)\b|"
    r"disclaimer\b|notes? (?:on|from)\b|wow\b|"
    # "Look at the example below.", "Consider the following code.": the reader sent on
    r"(?:(?:take a )?look at|consider|see|check out) (?:the|this) "
    r"(?:following\b|[^.:\n]{0,30}\bbelow\b)"
    # a later aside of the writer's: "**Update**: it turns out ...", "Edit (2024):"
    r"|[*_]{0,2}(?:update[sd]?|edit(?:ed)?)\b[^:\n]{0,40}:)",
    re.IGNORECASE,
)
# a sentence that only points at what the note shows next: "The carry bypass adder is shown
# as follows:", "The plot is shown below.", "we will see the diagram below"
_POINTS_BELOW: Final = re.compile(
    # (not after "which", "this": "... two inverters in a loop, which can be shown as follows"
    # says what it is first)
    r"(?<!\bwhich )(?<!\bthis )(?<!\bthat )(?<!\bit )(?<!\bwhich can )(?<!\bthis can )"
    r"(?<!\bit can )\b(?:is|are|be|been)\s+(?:\w+ly\s+)?"
    r"(?:shown|illustrated|depicted|drawn|summari[sz]ed|given|listed|presented|seen|displayed)"
    r"\s+(?:as\s+follows|below|in\s+the\s+(?:figure"
    r"|table|diagram|image|picture)\s+below)\s*[.:]?$"
    r"|\bsee\s+the\s+(?:figure|table|diagram|image|picture)\s+below\s*[.:]?$",
    re.IGNORECASE,
)
# how a paragraph ends when it leads on to the block under it: a colon, or a sentence that
# only announces what follows
_COLONS: Final = (":", "：")
_ANNOUNCING_ENDS: Final = (
    "다음과 같다", "다음과 같습니다", "다음과 같음", "아래와 같다", "아래와 같습니다",
    "아래와 같음", "as follows", "like this",
)  # fmt: skip
LEADS_ON: Final = _COLONS + _ANNOUNCING_ENDS
# a Korean sentence that points at what is below it: "다음 연산은 ...", "아래와 같은 방식들이
# 있다" (not "다음 작업이 실행되는": the next one, not the one below)
_POINTS_BELOW_IN_KOREAN: Final = re.compile(
    r"(?:^|\s)(?:다음|아래)(?:[과와]\s*같[은이]|\s+[^\s.,]+[은는]\s|의\s+[^\s.,]+(?:은|는|이|가)\s)"
)
# a last sentence that counts the kinds it names (``... 세 가지 종류가 존재한다``) or names
# "the following" ones (``다음 연산은 ...``, ``다음과 같은``, ``the following fields``): it
# announces the list under it, colon or not; not "the next" one (``다음 버킷을 검사``)
_ANNOUNCES_A_LIST: Final = re.compile(
    r"(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)\s*가지"
    r"|(?:^|\s)(?:다음|아래)(?:과\s*같|와\s*같|의\s|\s+[^\s.,]+(?:은|는)\s)"
    r"|\bthe following\b"
    r"|^here(?:'s|’s|\s+is|\s+are)\s+(?:(?:the|my|our)\s+)?(?:process|steps|recipe|how|what)\b",
    re.IGNORECASE,
)
_LAST_SENTENCE_START: Final = re.compile(r".*[.!?。]\s", re.DOTALL)
# the writer, anywhere in the first sentence: "By now, I've been asked ..."
_FIRST_PERSON: Final = re.compile(r"(?<![\w/])I(?:'m|'ve|'d|'ll)?(?![\w/'])")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?。])\s+|(?<=다\.)\s*|\n")


def first_sentence(text: str) -> str:
    """The text up to its first sentence end or line break."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def is_lead_in(text: str) -> bool:
    """Whether a paragraph opens by announcing what follows (or by the writer's own story)
    rather than by saying what something is."""
    sentence = first_sentence(text)
    if _states_what_was_learned(sentence):
        return False  # "I figured out how to ...": the writer states the tip
    return bool(
        _ENGLISH_LEAD_IN.match(sentence)
        or _KOREAN_LEAD_IN.search(sentence)
        or (
            sentence.rstrip(" .:")[-7:].lower().endswith(("follows", "below"))
            and _POINTS_BELOW.search(sentence) is not None
        )
        or _about_the_writer(sentence)
        or _records_what_follows(sentence)
        or ("(" in sentence and _CITES_A_BOOK.match(sentence) is not None)
        or (
            "도움" in text
            and _WISHES_THE_READER_WELL.search(text) is not None
            and _marks_no_subject(sentence)
        )
        or (("있을 수" in text or "may contain" in text) and _DISCLAIMS.search(text) is not None)
    )


# "다음과 같이", "아래와 같은" with four words or more going on after it: the sentence points
# at what follows in passing while it says something of its own ("RNN은 다음과 같이 여러
# 단어의 결합으로 이뤄진 표현을 임베딩해 ...를 목표로 합니다"); not "X는 다음과 같이
# 정의됩니다", "... 아래와 같이 구성돼 있다고 합니다", where pointing is all it does
_AS_FOLLOWS_IN_PASSING: Final = re.compile(
    r"(?:다음|아래)[과와]\s*같(?:이|은)\s+(?=(?:\S+\s+){3,}\S)"
)


def points_in_passing(text: str) -> bool:
    """Whether a paragraph's first sentence leads in only by an "as follows" it says in
    passing (``catGAN은 다음과 같은 조건부 엔트로피를 목적함수로 활용합니다``): past those
    words, no lead-in is left, and the sentence says something of its own."""
    sentence = first_sentence(text)
    said = _AS_FOLLOWS_IN_PASSING.sub("", sentence)
    return said != sentence and not is_lead_in(said)


# the writer wishing the reader well: a preface ("... 준비하시는 분들에게 조금이나마 도움이
# 되길 바라겠습니다"), not what the note says
_WISHES_THE_READER_WELL: Final = re.compile(
    r"도움이\s*(?:되길|되기를|되었으면|됐으면|되셨으면|되시길)"
)


# the writer disclaiming what follows: "... 내용에 오류가 있을 수 있습니다", "This note may
# contain mistakes"; a preface, not what the note says
_DISCLAIMS: Final = re.compile(
    r"(?:오류가|틀린\s*(?:내용|부분)이|잘못된\s*(?:내용|부분|정보)이)\s*있을\s*수\s*있"
    r"|\bmay\s+contain\s+(?:errors|mistakes|inaccuracies)",
    re.IGNORECASE,
)


# a book and its author, alone or with the part studied (``객체지향의 사실과 오해(조영호 저)``,
# ``... (남궁성 저) 2권 학습``): where the note comes from, not what it says
_CITES_A_BOOK: Final = re.compile(
    r"[^()\n]{1,60}\(\s*[^()\n]{1,24}?\s*(?:저|지음|엮음|옮김)\s*\)"
    r"(?:\s*\d+\s*(?:권|장|부|편))?(?:\s*(?:읽고|을 읽고|를 읽고))?"
    r"(?:\s*(?:학습|정리|공부|요약|참고)(?:함|했다|한다)?)?\s*\.?\s*$"
)


# how a sentence of the writer's ends when it says the note records or sums up what follows:
# "... 공부한 내용을 정리한다", "... 들으며 기록한다", "정리해 둔다"
_RECORDING: Final = re.compile(
    r"(?:정리|기록)(?:한다|함|했다|합니다|했습니다|해\s?둔다|해\s?둠|하고자\s?한다|하려\s?한다"
    r"|해\s?본다)[.!]?\s*$"
    r"|(?:을|를)\s+(?:정리|기록)[.!]?\s*$"  # "... 학습한 내용을 기록.": its verb left out
)


def _records_what_follows(sentence: str) -> bool:
    """Whether a sentence says the writer records or sums up what the note holds (``실무에서
    쓰게 되어 공부한 내용을 정리한다``): no subject of its own is marked (``GC는 ... 정리한다``
    says what GC does; ``... 정리`` alone may be a theorem)."""
    return (
        ("정리" in sentence or "기록" in sentence)
        and _RECORDING.search(sentence) is not None
        and _marks_no_subject(sentence)
    )


def _marks_no_subject(sentence: str) -> bool:
    """Whether no word of a sentence is a marked topic (``GC는 ...``): it says nothing of a
    subject of its own."""
    return not any(map(is_topic_marked, sentence.split()))


def tells_a_story(text: str) -> bool:
    """Whether a paragraph's first sentence is about the writer (``I started with this
    prompt:``, ``제가 써 본 설정은 ...``), not about the subject."""
    sentence = first_sentence(text)
    if _states_what_was_learned(sentence):
        return False
    return _about_the_writer(sentence) or _KOREAN_WRITER.search(sentence) is not None


def the_writer_speaks(text: str) -> bool:
    """Whether a paragraph's first sentence is the writer's own, in English (``I picked this
    host because ...``, ``First, I needed to add ...``), not a Korean writer's."""
    return _about_the_writer(first_sentence(text))


# an aside in brackets: "(I think)", "(that I know of)"
_ASIDE: Final = re.compile(r"\([^()]*\)")


def _about_the_writer(sentence: str) -> bool:
    """The writer speaks in the sentence, outside any aside in brackets (``an unofficial
    (I think) API`` is about the API); a sentence all in brackets is no aside."""
    if "I" not in sentence:
        return False
    said = mask_opaque(sentence)
    if "(" in said and not said.startswith("("):
        said = _ASIDE.sub("", said)
    return _FIRST_PERSON.search(said) is not None


# how a paragraph opens that resolves the writer's story: "The fix was to ...", "It turns
# out ...", "Here's what I did:", "The trick is ...", "I ended up using ..."
_RESOLVES_THE_STORY: Final = re.compile(
    r"(?:the\s+(?:fix|solution|workaround|answer|trick)\s+(?:was|is)\b"
    r"|(?:it\s+)?turns\s+out\b"
    r"|here's\s+what\s+(?:i\s+did|worked)\b"
    r"|what\s+worked\b"
    r"|I\s+(?:finally\s+)?found\s+a\s+(?:fix|solution|workaround)\b"
    r"|to\s+(?:fix|solve|work\s+around|get\s+around)\s+(?:this|it|that|the\s+problem)\b)",
    re.IGNORECASE,
)
# ... or says, in its first sentence, what fixed it: "Installing X and then running the
# following fixed the error:", "Adding this line did the trick"
_WHAT_FIXED_IT: Final = re.compile(
    r"\b(?:fixed|solved|resolved)\s+(?:it|this|that|the\s+(?:error|problem|issue|bug))\b"
    r"|\bdid\s+the\s+trick\b",
    re.IGNORECASE,
)
_POINTS_BACK: Final = re.compile(r"(?:this|that|it|which)\b", re.IGNORECASE)
# ... or says what the writer settled on: "I ended up using ...", "Here's the format I
# ended up using:"
_SETTLED_ON: Final = re.compile(r"\bI\s+ended\s+up\b")


def resolves_the_story(text: str) -> bool:
    """Whether a paragraph opens by resolving the writer's story told before it (``The
    fix was to add an explicit commit``, ``It turns out ...``): where the tip starts."""
    return (
        _RESOLVES_THE_STORY.match(text) is not None
        or _SETTLED_ON.search(opening := first_sentence(text)) is not None
        # ("This mostly fixed the problem" looks back at a fix told before it)
        or (_WHAT_FIXED_IT.search(opening) is not None and not _POINTS_BACK.match(opening))
    )


def _states_what_was_learned(sentence: str) -> bool:
    """``I figured out how to ...``, ``Today I learned that ...``: the writer speaks, but
    states the tip (a sentence opening otherwise is told at once)."""
    return sentence[:1] in "IiTt" and _STATES_WHAT_WAS_LEARNED.match(sentence) is not None


# a writer who says what they learned states the tip, not their story: "I figured out how
# to ...", "Today I learned that ...", "I worked out how to ...", "I figured out a pattern
# for doing that using ...", "I found a neat trick to ...", "I solved this by ..."
_STATES_WHAT_WAS_LEARNED: Final = re.compile(
    r"(?:today\s+)?I\s+(?:(?:figured|worked|found)\s+out|learned|learnt|discovered|found"
    r"|came\s+up\s+with)\s+(?:how|that|why|about"
    r"|(?:a|an|the)\s+(?:(?!following\b)\w+\s+)?(?:way|pattern|trick|technique|recipe|workaround|fix)"
    r"\s+(?:to|for))\b"
    r"|I\s+(?:ended\s+up\s+)?(?:solv|fix)(?:ed|ing)\s+(?:this|it|that|the\s+problem)"
    r"\s+(?:by|with|using)\b"
    # ... or opens on what the digging found, the writer only after it: "It turns out you
    # need X - I tried without and got errors", "I realized I needed to call X after ..."
    r"|(?:it\s+)?turns\s+out\s+(?!I\b)(?=\S+\s+\S+\s+\S)"
    # "I found I needed to add ...", "I realized I could ...": what it took, not the story
    r"|I\s+(?:found|reali[sz]ed)\s+(?:that\s+)?(?:I|you|we|it)\s+(?:needed|had\s+to|could)\b"
    # "I found a workaround: run it twice", "I found a solution using X"
    r"|I\s+(?:found|figured\s+out|came\s+up\s+with)\s+(?:a|an|this)\s+(?:\w+\s+)?"
    r"(?:workaround|fix|solution)\b(?!\s*:?\s*$)"  # ("I found this workaround:" leads on)
    r"|the\s+(?:fix|solution|workaround|trick)\s+(?:was|is)\s+to\b",
    re.IGNORECASE,
)


# a sentence that says what the post itself will do: "In this post I ...", "이번 글에서는 ..."
_ANNOUNCES_THE_POST: Final = re.compile(
    r"^(?:in this (?:post|article|note|section|tutorial|til)"
    r"|this (?:post|article|note|tutorial|til|blog|write-?up)\b"
    r"|(?:이번|이|본|오늘)\s?(?:글|포스트|포스팅|문서|시간)(?:에서는?|은|는|에서)?\s)",
    re.IGNORECASE,
)


def announces_the_post(text: str) -> bool:
    """Whether a paragraph opens by saying what the post will cover (``In this post I
    show ...``, ``이번 글에서는 ...``): an introduction, never the tip itself."""
    return _ANNOUNCES_THE_POST.match(first_sentence(text)) is not None


def _last_sentence_start(body: str) -> int:
    """Where the last sentence of ``body`` starts (0: it is one sentence)."""
    before = _LAST_SENTENCE_START.match(body)
    return before.end() if before is not None else 0


# a last sentence that only turns the reader to what follows, asking or proposing: "아래
# 그림을 볼까요?", "예시를 살펴볼까요?", "코드로 구현해볼까요?", "그림으로 보겠습니다."
_TURNS_TO_WHAT_FOLLOWS: Final = (
    "볼까요?", "볼까요", "보겠습니다.", "보겠습니다", "봅시다.", "봅시다",
)  # fmt: skip


def without_turn_to_what_follows(text: str) -> str:
    """``text`` without its last sentence when that sentence only turns the reader to what
    follows (``아래 그림을 볼까요?``); "" when it is the only one."""
    body = text.rstrip()
    if not body.endswith(_TURNS_TO_WHAT_FOLLOWS):
        return text
    return body[: _last_sentence_start(body)].rstrip()


def announces_a_list(text: str) -> bool:
    """Whether the last sentence of ``text`` announces the things listed under it."""
    body = text.rstrip(" ._*")
    return _ANNOUNCES_A_LIST.search(body, _last_sentence_start(body)) is not None


def without_announcement(text: str) -> str:
    """``text`` without its last sentence when that sentence only announces what follows
    (``그 모양은 아래와 같습니다.``, ``다음 연산은 ...를 보존합니다.``, ``The plot is shown
    below.``); "" when it is the only one. A sentence that leads on with a colon keeps what
    it says before it, and one that counts (``세 가지``) says something of its own."""
    body = text.rstrip(" ._*")
    if body.endswith(_COLONS):
        return text
    start = _last_sentence_start(body)
    if "$" in body[start:] or "`" in body[start:]:
        return text  # "... 다음과 같습니다. $$f(x) = ...$$": the formula is on the line
    if not (
        body.endswith(_ANNOUNCING_ENDS)
        or body.endswith(_TURNS_TO_WHAT_FOLLOWS)  # "... 예문을 보겠습니다."
        or _POINTS_BELOW_IN_KOREAN.search(body, start)
        or _POINTS_BELOW.search(body, start)
    ):
        return text
    return body[:start].rstrip()


# a last sentence that announces example sentences under it, in Korean: "예문을 보겠습니다",
# "다음 예문과 같습니다", "아래 예문에서 ...": the quote or list under it shows sentences in use,
# each line labelled by what it shows, and defines nothing. Examples of other kinds ("메서드의
# 예는 다음과 같습니다" + "- GET: 자원을 읽는 요청") are named things, often defined: not these.
_ANNOUNCES_EXAMPLES: Final = re.compile(
    r"(?<![가-힣])(?:"
    r"예문[를을]\s*(?:들어\s*)?(?:보겠|봅|볼|보면|보자|보도록|살펴)"
    r"|예문(?:[은는]|로는)?\s*(?:다음|아래)[과와]\s*같"
    r")|(?:다음|아래)(?:의)?\s*예문(?:[과와의은는를을]|처럼|에서|로)"
)


def announces_examples(text: str) -> bool:
    """Whether the last sentence of a paragraph announces the example sentences under it."""
    if "예문" not in text:  # (most paragraphs announce none: one test instead of the pattern)
        return False
    body = text.rstrip()
    return _ANNOUNCES_EXAMPLES.search(body, _last_sentence_start(body)) is not None


# "다음과 같이", "아래와 같은" inside a sentence: it points at what follows while it says
# something of its own ("... 메서드는 다음과 같이 Stream과 Arrays에 정의되어 있다.")
_AS_FOLLOWS: Final = r"(?:다음|아래)[과와]\s*같"
_POINTS_AT_WHAT_FOLLOWS: Final = re.compile(_AS_FOLLOWS + r"(?:이|은)\s+")
# a topic, then only "is used as below" ("'-게'는 다음과 같이 쓰입니다."): nothing said
_ONLY_POINTS: Final = re.compile(r"(?:은|는|란|이란)\s+" + _AS_FOLLOWS + r"이\s+\S+[.:]?\s*$")


def only_points_at_what_follows(sentence: str) -> bool:
    """Whether a sentence says of its topic only that it is as what follows shows."""
    return ("다음" in sentence or "아래" in sentence) and _ONLY_POINTS.search(sentence) is not None


_MIN_WORDS_SAID_IN_PASSING: Final = 4


def says_what_follows_shows(text: str) -> str:
    """A paragraph whose first sentence points at what follows in passing but says
    something of its own: that sentence without the pointing words ("" when it says
    nothing else, or is the writer's story)."""
    if text.rstrip().endswith((",", "，")):
        return ""  # (a clause that goes on: "아래와 같이 ...가 있을 때,")
    sentence = first_sentence(text)
    pointing = _POINTS_AT_WHAT_FOLLOWS.search(sentence)
    if pointing is None:
        return ""
    said = sentence[: pointing.start()] + sentence[pointing.end() :]
    if len(said.split()) < _MIN_WORDS_SAID_IN_PASSING or is_lead_in(said):
        return ""
    return said
