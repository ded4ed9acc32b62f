"""The sentence forms that define a term, as patterns: ``X란 ...``, ``X는 ...을 말한다``,
``X는 ... 알고리즘입니다``, ``X는 ... 합입니다``, ``**X**는 ...``, ``X refers to ...``,
``X is when ...``, ```cmd` returns ...``. Each names its term ``term``; which of them a
sentence may be in, and whether what they match is a term, :mod:`.defining_sentences` decides.
"""

from __future__ import annotations

import re
from typing import Final

from notecards.core.extract.patterns.spans import MASK_CHAR

DEFINING_VERB_WORDS: Final = (
    "말한다",
    "말함",
    "말합니다",
    "의미한다",
    "의미함",
    "의미합니다",
    "뜻한다",
    "뜻함",
    "뜻합니다",
    "가리킨다",
    "가리킴",
    "가리킵니다",
    "일컫는다",
    "일컬음",
    "칭한다",
    "칭함",
    "나타낸다",
    "나타냄",
    "나타냅니다",
    # the spoken forms that lead on to the next sentence: "... 분야를 뜻하는데요."
    "뜻하는데요",
    "의미하는데요",
    "가리키는데요",
    "말하는데요",
)

DEFINING_VERBS: Final = "(?:" + "|".join(DEFINING_VERB_WORDS) + ")"

# ``X는 ...을 말한다``, ``X는 ... 없는 걸 나타냅니다`` (걸: 것을, as it is said)
KOREAN_TOPIC_DEFINITION: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?(?:[을를]|\s걸)\s*"
    + DEFINING_VERBS
    + r"\s*[.。]?\s*$"
)

# ``X는 ... 안정화하는 역할을 합니다``: a term defined by what it does
ROLE_ENDINGS: Final = (
    "역할을 한다", "역할을 합니다", "역할을 함", "역할을 해요", "역할을 수행한다",
    "역할을 수행합니다", "역할을 수행함", "역할을 담당한다", "역할을 담당합니다", "역할을 담당함",
)  # fmt: skip

KOREAN_ROLE_DEFINITION: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?(?:"
    + "|".join(ROLE_ENDINGS)
    + r")\s*[.。]?\s*$"
)

# ``X는 ... 정렬 알고리즘입니다``: a term defined by its kind (the genus noun that closes the
# sentence), the commonest definition in Korean technical prose
GENUS_NOUNS: Final = (
    "알고리즘", "기법", "방법", "방법론", "방식", "개념", "구조", "자료구조", "함수", "메서드",
    "메소드",
    "프로토콜", "모델", "연산", "연산자", "과정", "기술", "규칙", "원리", "현상", "문제", "값",
    "집합", "변수", "상태", "단위", "도구", "라이브러리", "프레임워크", "언어", "패턴", "기능",
    "명령어", "명령", "파일", "객체", "클래스", "인터페이스", "장치", "시스템", "서비스", "계층",
    "행렬", "벡터", "분포", "확률", "지표", "척도", "기준", "정리", "법칙", "성질", "특성",
    "네트워크", "아키텍처", "메모리", "공간", "영역", "단계", "방정식", "표현", "표현법",
    "트리", "그래프", "자료형", "테이블", "모듈", "컴포넌트", "메커니즘", "요소", "비율",
    "범주", "종류", "유형", "형태", "조건", "제약", "정책", "전략", "설정", "옵션", "속성",
    "일종", "프로그램", "수단", "소프트웨어", "엔진", "서버", "플랫폼", "저장소", "데이터베이스",
    "문법", "키워드", "어노테이션", "명세", "표준", "규약", "용어", "식별자", "문자열", "배열",
    "리스트", "포인터", "지수", "수치", "주소",
)  # fmt: skip

KOREAN_GENUS_DEFINITION: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+(?!(?:.*\s)?것이\s+\S+\s*[.。]?\s*$)\S.*?(?:"
    + "|".join(GENUS_NOUNS)
    + r")(?:이다|입니다|이에요|예요|임|이죠|일 뿐입니다)?\s*[.。]?\s*$"
)  # the copula may be left out, as terse notes do: "X는 ... 정렬하는 알고리즘"; not
# "A는 ... 것이 추상메소드" (what is defined is the noun after "것이")

# ``$Cut(A,B)$는 A에서 B로 향하는 엣지들의 가중치 합입니다``: a term said to be a noun phrase
# by the polite copula, which follows nothing but a noun
KOREAN_COPULA_DEFINITION: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?[\uac00-\ud7a3)]"
    r"(?<!때문)(?<!얘기)(?<!이야기)(?<![^는은된던]\s말)(?<![다라]는\s말)(?<!셈)(?<!모양)"
    r"(?<!차례)(?<!편)(?<!탓)(?<!덕분)(?<![\d\s]개)(?<!\d)입니다\s*[.。]?\s*$"
)  # not a reason (``... 때문입니다``), a remark (``... 셈입니다``, ``... 없다는 말입니다``)
# or a count (``2개입니다``); a word that does something is a kind (``... 부르는 말입니다``)

# ``X는 ... 쓰레드 풀로, 쓰레드를 재사용한다``: the kind said as "as a ...," and the sentence
# goes on to say what the term does. The kind is a common kind word, or any noun right after
# the clause that describes it (``X는 ...을 나타내는 조사로, ...``, ``... 씌운 웹서버로서,``),
# but not a noun of manner, measure or reason that "(으)로" makes an adverb of (``... 줄이는
# 방향으로,``, ``... 얻은 결과로,``) nor "이므로," (because it is)
_NOT_A_KIND_BEFORE_RO: Final = (
    "때문|점|것|수|뿐|셈|편|예정|중|바|듯|법|줄|때|곳|거|게|건|탓|덕분|덕|차례|모양|뜻|얘기|이야기"
    "|말|경우|의미|사실|생각|느낌|상황|의도|입장|결과|일|오류|문제|방향|형태|형식|순서|식|상태"
    "|기준|목적|용도|단위|정도|만큼|이유|쪽|바탕|대로|속도|크기|모습|관점|측면|범위"
)
KOREAN_GENUS_CLAUSE: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?(?:"
    + "|".join(GENUS_NOUNS)
    + r"|\S(?:는|은|한|된|인|던|운|할)\s+(?!(?:"
    + _NOT_A_KIND_BEFORE_RO
    + r")(?:으로|로))[A-Za-z가-힣][\w+#.-]{0,24}(?<!므))(?:으로|로)(?:서)?\s*,"
)  # (the sentence may go on in the next line of its paragraph)

# ``X는 단순히 참조만 복사하는 것``, ``X는 ... 합친 것이다``: a term said to be what a verb
# does or did (not what one will or should do, ``... 할 것이다``, ``말 것``)
KOREAN_THING_DEFINITION: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?[는은된한던]\s*것"
    r"(?:이다|입니다|임|이고\s*,.*|이며\s*,.*)?\s*[.。]?\s*$"
)

# how such a sentence ends: its copula, or its kind noun when terse notes leave the copula out
GENUS_ENDINGS: Final = ("이다", "입니다", "이에요", "예요", "임", "이죠", *GENUS_NOUNS)

# ``A stack is a data structure that ...``: an English term defined by its kind; or by the
# collection or the kind it belongs to and what that is of (``An IAM user group is a
# collection of IAM users``, ``Surveys are a type of observational study``)
ENGLISH_GENUS_DEFINITION: Final = re.compile(
    r"(?:an?\s+|the\s+)?(?P<term>[A-Za-z][\w+#.-]*(?:\s[\w+#.-]+){0,3}?)(?:\s*\([^)]{1,40}\))?"
    r"\s+(?:is|are)\s+(?:(?:an?|the)\s+[^.;:]{3,80}?\s(?:that|which|where|used|for|in\s+which)\b"
    r"|an?\s+(?:\w+\s+)?(?:collection|set|group|sequence|kind|type|class|family|subset|partition"
    r"|generalization|generalisation|combination|variant)\s+of\s"
    # "A port is a number attached to a socket", "A primary key is the key chosen as ...":
    # the kind and a participle saying what it is (the "that is" of a relative clause left out)
    r"|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+(?:[a-z]{3,}ed|chosen|known|given"
    r"|written|built|made|held|kept|shown|drawn|taken|bound|meant|sent|found)"
    r"\s+(?:to|by|in|as|for|from|on|with|at|into|between|across|over|under|via|through)\s"
    # "A combinator is a function with no free variables", "A random measure is a random
    # element whose values are measures": a mathematical kind, and what it has
    r"|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:set|function|pair|tuple|triple|graph|sequence"
    r"|matrix|space|structure|element|map|mapping|algebra|group|field|variable|tree|array"
    r"|operator|vector|sum|product|distribution|measure|subset|polynomial|relation)\s+"
    rf"(?:{MASK_CHAR}+\s+)?(?:with|whose)\b)",
    re.IGNORECASE,
)

# ``[oxipng](https://...) is a lossless PNG compressor``: a term the sentence opens by linking to
# (the link shown as its text) said to be a kind of thing; the link names it, so the kind
# alone defines it (not a judgement: "is a great way to ...", "is a lot faster")
LINKED_GENUS_DEFINITION: Final = re.compile(
    r"(?P<term>\S.{0,60}?)\s+(?:is|are)\s+"
    # the kind: with an article, its maker's ("Astral's official Action"), or quoted from
    # the project's own words ("is \"A standalone version of ...\"")
    r"(?:(?:an?|the)\s+|[A-Z][\w.-]*['’]s\s+|[\"“](?:[Aa]n?|[Tt]he)\s+)"
    r"(?!(?:lot|bit|boon|great|good|nice|delightful|fun|pain|must|one|same|few|way)\b)\w"
)
# ``[PyInstaller](https://...) can take a Python script and bundle it``: a linked tool said
# what it does or offers
LINKED_DOES_DEFINITION: Final = re.compile(
    r"(?P<term>\S.{0,60}?)\s+"
    r"(?:can|lets|allows|provides|helps|makes|offers|supports|enables|adds|gives|contains)\s+\w"
)

# ``Vertical scaling is when you ...``, ``Countable sets are those which ...``, ``Tethering is
# the act of ...``: a term defined by the situation, the members or the activity it names
ENGLISH_INFORMAL_DEFINITION: Final = re.compile(
    r"(?:an?\s+|the\s+)?(?P<term>[A-Za-z][\w+#.-]*(?:\s[\w+#.-]+){0,3}?)(?:\s*\([^)]{1,40}\))?"
    r"\s+(?:is|are)\s+(?:when|where|those\s+(?:which|that|who|whose)"
    r"|the\s+(?:process|act|practice|art)\s+of)\s+\S",
    re.IGNORECASE,
)

INFORMAL_DEFINING_PHRASE: Final = re.compile(
    r" (?:is|are) (?:when|where|those|the (?:process|act|practice|art) of) "
)

# ``The problem with SJF scheduling is that ...``, ``The goal of expectile regression is to
# ...``, ``Drawback of bagging is that ...``: a facet of a subject, said
ENGLISH_FACET_DEFINITION: Final = re.compile(
    r"(?:the\s+|one\s+)?(?:main\s+|key\s+|big\s+|biggest\s+|basic\s+)?(?P<term>(?:drawback|"
    r"advantage|disadvantage|benefit|problem|downside|upside|idea|intuition|goal|purpose|catch"
    r"|trick|difference)s?\s+(?:of|with|between|behind)\s+[^.;:()]{2,50}?)(?:\s*\([^)]{1,40}\))?"
    r"\s+(?:is|are)\s+(?:that|to)\s+\S",
    re.IGNORECASE,
)
FACET_DEFINING_PHRASE: Final = re.compile(r" (?:is|are) (?:that|to) ")

# ``SVM의 목적은 마진을 최대화하는 ...``, ``NPLM의 최종 목적은 ... 데 있습니다``, ``허프만
# 코딩의 시간 복잡도는 O(n log n)이다``: a facet of a named subject (not of what the text points
# at: ``우리의 목적은``, ``이 방법의 단점은``; nor the case a cost is of: ``최악의 시간 복잡도는``)
# the facet a subject's sentence names, with the topic particle after it (an algorithm's cost,
# 계산복잡성, 시간 복잡도 or 공간 복잡도, is the facet CS notes give it most)
_KOREAN_FACET: Final = (
    r"(?:최종\s+|주된\s+|가장\s+큰\s+)?(?:장점|단점|목적|목표|역할|이점|한계|핵심|문제점|의의|원리"
    r"|(?:전체(?:적인)?\s+)?(?:계산|시간|공간)\s?복잡(?:성|도))"
)
KOREAN_FACET_DEFINITION: Final = re.compile(
    r"(?P<term>(?!(?:우리|저희|나|내|이|그|저|해당|이번|본|둘|두|양쪽|모두|최악|최선|평균)의)"
    r"(?!(?:이|그|저|해당|이번|본|위|아래|가장|제일|다른|또)\s)[^\s,.;:]+(?:\s[^\s,.;:]+){0,2}?의\s+"
    + _KOREAN_FACET
    + r")(?:은|는),?\s+(?!.*(?:과|와)\s*같(?:습니다|다|음)[.。:：]?\s*$)\S.{6,}$"
)  # (not "... 핵심은 아래 그림과 같습니다": what follows says it)
# where such a sentence may be: one search over the line's start before the form is tried
KOREAN_FACET_HINT: Final = re.compile(r"의\s+" + _KOREAN_FACET + r"(?:은|는),?\s")

# (a word of the term may carry a gloss in parentheses, commas and all: ``계사(繫辭, copula)란``)
KOREAN_RAN: Final = re.compile(
    r"(?P<term>[^\s,.;:(]+(?:\([^()\n]{1,40}\)[^\s,.;:(]*)?"
    r"(?:\s[^\s,.;:(]+(?:\([^()\n]{1,40}\)[^\s,.;:(]*)?){0,3}?)(?:이)?란,?\s+\S"
)

# an article opens the sentence, not the term (``The heap means ...`` defines ``heap``, ``A 0
# resistance means ...`` a number's term); with none, the term opens with a letter
ENGLISH_DEFINITION: Final = re.compile(
    r"(?:(?:an?|the)\s+|(?=[A-Za-z]))(?P<term>[A-Za-z0-9][^,;:.()]{0,58}?)\s+(?:refers\s+to|is\s+defined\s+as|are\s+defined\s+as"
    r"|means|denotes|stands\s+for|is\s+short\s+for|(?:is|are)\s+(?:all\s+)?about)\s+\S",
    re.IGNORECASE,
)

# ``Dropout is used to reduce overfitting``: what a thing is for; its term a name of up to
# four words, no clause or phrase in it (``A bit indicating which edge is used for ...``,
# ``The data in `gl_Position` are used to ...`` say what something else is)
_CLAUSE_WORD: Final = (
    r"which|where|wherein|that|who|whose|when|while|how|indicating|in|of|on|with|by|to|for"
    r"|from|at|is|are|every|each|some|any|all|our|my|your|their|its|this|these|those"
)
ENGLISH_USED_FOR: Final = re.compile(
    rf"(?:(?:an?|the)\s+|(?=[A-Za-z]))(?P<term>(?!(?:{_CLAUSE_WORD})\b)[A-Za-z0-9][\w`'.-]*"
    rf"(?:\s+(?!(?:{_CLAUSE_WORD})\b)[\w`'.-]+){{0,3}})\s+(?:is|are)\s+"
    r"(?:also\s+|often\s+|mainly\s+|mostly\s+|commonly\s+|usually\s+)?used\s+(?:to|for)\s+\S",
    re.IGNORECASE,
)

RAN_WINDOW: Final = 60

ENGLISH_DEFINING_PHRASES: Final = (
    " refers to ",
    " defined as ",
    " means ",
    " denotes ",
    " stands for ",
    " short for ",
    " is about ",  # "Parallelism is about doing multiple things at once"
    " are about ",
    " all about ",
)

# any of them (one compiled search is faster than ``in`` for each)
ENGLISH_DEFINING_PHRASE: Final = re.compile("|".join(map(re.escape, ENGLISH_DEFINING_PHRASES)))

# ``**힙 삽입**은 ...``, ``**Simulation** is a technique ...``: the writer bolds the term a
# sentence opens with and then says what it is
BOLD_TOPIC: Final = re.compile(
    r"(?:(?:A|An|The)\s+)?\*\*(?P<term>[^*\n]{1,60}?)\*\*(?:\s?\([^()\n]{1,40}\))?"
    r"(?:(?:은|는|이란|란)\s|\s+(?:is|are|refers\s+to|means)\s"
    # "A **partition** of $[a, b]$ is a collection ...": what it is of, then its genus
    r"|(?<=\*\*)\s+(?:of|on|in|over)\s+[^*\n]{1,40}?\s+(?:is|are)\s+(?:an?|the)\s)"
)

# "A **packet switch** receives a packet and forwards it ...": a thing the writer bolds after
# an article, said what it does (a verb in -s; not "has", "was", "does": what it owns or was)
BOLD_DOES: Final = re.compile(
    r"(?:A|An|The)\s+\*\*(?P<term>[^*\n]{1,60}?)\*\*\s+(?!(?:has|was|does)\s)[a-z]{2,}s\s"
)

# ```basename $PWD`` gives the name of the current folder``: a command or a function in code,
# said what it does (matched where code is blanked out: the term is the blanked span)
CODE_DOES_VERBS: Final = (
    "returns", "measures", "computes", "creates", "removes", "deletes", "shows", "lists",
    "prints", "sets", "adds", "runs", "starts", "stops", "tells", "lets", "makes", "allows",
    "converts", "checks", "finds", "gives", "displays", "reads", "writes", "installs", "opens",
    "saves", "fetches", "merges", "resets", "applies", "stores", "tracks", "specifies",
    "defines", "controls", "determines", "enables", "disables", "prevents", "forces",
    "ensures", "generates", "downloads", "uploads", "updates", "copies", "moves", "renames",
    "builds", "compiles", "executes", "launches", "kills", "sends", "parses", "formats",
    "loads", "exports", "imports", "outputs", "produces", "reverts", "undoes", "stages",
    "commits", "pushes", "pulls", "means", "causes", "indicates", "skips", "ignores",
    "includes", "excludes", "limits", "changes", "turns", "is used", "are used", "can be used",
    "holds", "provides", "contains", "configures", "describes", "manages",
    "represents", "accepts", "exposes", "wraps", "seeks", "bumps", "solves", "is necessary",
    "is required", "is needed", "is important", "filters", "is set to", "helps", "offers",
    "supports",
    # what it can do, not a promise of help or a pointer at what follows ("can help",
    # "can then be used like so", "can tell me that")
    r"can(?!\s+(?:be|help|then|now|also|still|do|tell)\b)",
)  # fmt: skip

# the kinds a code name is asked with: "`db`" alone may be a container, a database or a host
_NAMED_KINDS: Final = (
    "container", "service", "table", "column", "endpoint", "decorator", "plugin", "extension",
)  # fmt: skip
# (``option`` and ``flag`` too: ```max_tokens` option``; an option the note's code runs
# with its command is asked with the command instead, ```git diff --name-only```)
NAMED_CODE_KIND: Final = re.compile(rf"\s+(?:{'|'.join(_NAMED_KINDS)}|option|flag)\b")
# ``The `spellfix1` module is an optional module for SQLite``, ```logic` is a unified type``:
# code said what kind of thing it is
CODE_KINDS: Final = (
    "field", "option", "flag", "parameter", "argument", "command", "function", "method",
    "property", "key", "setting", "header", "variable", "file", "attribute", "class",
    "module", "package", "tool", "library", "hook", "directive", "type", "keyword", "line",
    "clause", "part", "bit",
    *_NAMED_KINDS,
)  # fmt: skip
# an adverb between a name and what it does: "The `migrations` container simply runs ..."
_CODE_DOES_ADVERB: Final = r"(?:\s+(?:simply|just|then|only|automatically|actually))?"

# what may stand between the code and its kind, and after the kind: a gloss in brackets
# (```-S` (for split) option``), the code it belongs to (``option to `env```, ``field on the
# `web` container``) or where it stands in the command (``option at the end``)
_CODE_GLOSS: Final = r"(?:\s+\([^()]{1,30}\))?"
_CODE_OWNER: Final = (
    rf"(?:\s+(?:to|on|of|in|for)\s+(?:the\s+)?{MASK_CHAR}{{2,40}}(?:\s+[a-z]+)?"
    r"|\s+at\s+the\s+(?:end|start))?"
)
# ```git stash` shelves ...``, ``The `--isolated` flag tells uv to ...``, ``That `--setting
# x 2000` line bumps up ...``, ``The first `-ss` line seeks ...``, ``The `needs: [test]` bit
# ensures ...``
CODE_DOES: Final = re.compile(
    rf"(?:(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:first\s+)?)?(?P<term>{MASK_CHAR}{{3,62}})"
    rf"{_CODE_GLOSS}(?:\s+(?:{'|'.join(CODE_KINDS)}){_CODE_OWNER})?"
    rf"{_CODE_DOES_ADVERB}\s+(?:{'|'.join(CODE_DOES_VERBS)})\s+\S"
)

# ```nohup` 명령어는 ... 계속 돌도록 해준다``, ```append()``는 ... 반환합니다``: code said to do
# something, by the verb that closes the sentence (``한다`` alone says no action, and
# ``수정한다`` or ``사용한다`` is what the author does with it)
_KOREAN_CODE_ACTIONS: Final = (
    "반환", "리턴", "생성", "수행", "실행", "출력", "제공", "저장", "삭제", "제거", "추가", "설정",
    "지정", "검사", "확인", "처리", "관리", "담당", "표시", "호출", "변환", "연결", "초기화",
    "허용", "방지", "제어", "검색", "갱신", "적용", "복사", "전달", "비교", "정렬", "함축",
    "정의", "선언", "등록", "종료", "중지", "압축", "측정", "계산", "구분", "감지", "탐지",
)  # fmt: skip
_DOES_ENDINGS: Final = ("한다", "합니다", "함")
KOREAN_CODE_DOES_ENDINGS: Final = (
    *(f"{action}{ending}" for action in _KOREAN_CODE_ACTIONS for ending in _DOES_ENDINGS),
    "해준다", "해줍니다", "해 준다", "해 줍니다", "만든다", "만듭니다", "보여준다", "보여줍니다",
    "돌려준다", "돌려줍니다", "알려준다", "알려줍니다", "가져온다", "가져옵니다", "불러온다",
    "불러옵니다", "바꾼다", "바꿉니다", "찾는다", "찾습니다", "나눈다", "나눕니다", "띄운다",
    "띄웁니다", "막는다", "막습니다",
)  # fmt: skip
_KOREAN_CODE_KINDS: Final = (
    "명령어", "명령", "함수", "메서드", "메소드", "옵션", "플래그", "키워드", "속성", "클래스",
    "모듈", "패키지", "라이브러리", "연산자", "어노테이션", "애노테이션", "태그", "인자",
    "파라미터", "매개변수", "변수", "필드", "설정", "파일",
)  # fmt: skip
KOREAN_CODE_DOES: Final = re.compile(
    rf"(?P<term>{MASK_CHAR}{{3,62}}(?:\s?(?:{'|'.join(_KOREAN_CODE_KINDS)}))?)\s?(?:은|는)\s+\S.*?"
    rf"(?:{'|'.join(KOREAN_CODE_DOES_ENDINGS)})\s*[.。]?\s*$"
)

CODE_GENUS: Final = re.compile(
    rf"(?:the\s+)?(?P<term>{MASK_CHAR}{{3,62}}){_CODE_GLOSS}"
    # its kind and what it belongs to ("The `x=1` parameter at the end is the one that ...")
    rf"(?:\s+(?:{'|'.join(CODE_KINDS)}){_CODE_OWNER})?"
    # where it stands, or the language it belongs to ("`asyncio` in Python is a form of ...")
    r"(?:\s+(?:here|there|in\s+[A-Z][\w.+#-]*))?\s+(?:(?:is|are)\s+(?:an?|the|one)|are\s+[a-z]+s)\s+\S",
    re.IGNORECASE,
)  # ("`Edge Locations` are endpoints for ...": a plural kind, no article)

# ``X는 배포 환경을 제공해주는 PaaS이다``: a term said to be a noun a clause describes,
# whatever the noun (the genus nouns above are the commonest; any noun after a describing
# clause is a kind, but not a noun that only closes a remark: ``... 때문이다``, ``... 점이다``,
# ``... 뜻이다``, ``... 얘기입니다``, ``... 경우임``)
# (the copulas it ends in; ``kind``: the noun before it, the term's kind)
DESCRIBED_KIND_COPULAS: Final = ("이다", "입니다", "임", "이죠")
_COPULA: Final = "(?:" + "|".join(DESCRIBED_KIND_COPULAS) + ")"
KOREAN_DESCRIBED_KIND: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?\S(?:는|은|한|된|인|던|운|할)\s+"
    r"(?!(?:때문|점|것|수|뿐|셈|편|예정|중|바|듯|법|줄|때|곳|거|게|건|탓|덕분|차례|모양|뜻|얘기"
    r"|이야기|말|경우|의미|사실|생각|느낌|상황|의도|입장|결과|일|오류|문제)"
    + _COPULA
    + r")(?P<kind>[A-Za-z가-힣][\w+#.-]{0,24})"
    + _COPULA
    + r"\s*[.。]?\s*$"
)

# ``X는 ... 막기 위해 사용됩니다``, ``X는 ... 높이는 데 쓰인다``: a term defined by what it is
# used for, in the passive (``X는 Y를 사용한다`` is what X uses, no definition)
KOREAN_USED_FOR_ENDINGS: Final = (
    "사용된다", "사용됩니다", "사용됨", "쓰인다", "쓰입니다", "쓰임", "이용된다", "이용됩니다",
    "활용된다", "활용됩니다",
)  # fmt: skip
KOREAN_USED_FOR: Final = re.compile(
    r"(?P<term>[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}?)(?:은|는)\s+\S.*?"
    r"(?:위해(?:서)?|위한\s+(?:목적|용도)으로|목적으로|용도로|데|데에)\s+(?:주로\s+|많이\s+|널리\s+)?"
    "(?:" + "|".join(KOREAN_USED_FOR_ENDINGS) + r")\s*[.。]?\s*$"
)

TOPIC_PATTERNS: Final = (
    KOREAN_USED_FOR,
    KOREAN_DESCRIBED_KIND,
    KOREAN_THING_DEFINITION,
    KOREAN_TOPIC_DEFINITION,
    KOREAN_GENUS_DEFINITION,
    KOREAN_GENUS_CLAUSE,
    KOREAN_ROLE_DEFINITION,
    KOREAN_COPULA_DEFINITION,
)
