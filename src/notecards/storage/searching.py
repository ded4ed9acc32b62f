"""Searching the cards' text: question, answer, context, tags and source path.

Every word of a search must be found in the card's text, case aside:

- a word of three characters or more anywhere, even inside a longer word: ``인플레`` finds
  ``인플레이션``, ``플레이`` finds it too, ``infla`` finds ``Inflation``;
- a word of one or two characters (one or two Hangul syllables, what a search box holds
  after the first keystrokes) at the start of a word: ``인플`` finds ``인플레이션``, ``물가``
  finds ``물가가``, ``cn`` finds ``ml/cnn.md``.

The indexes behind it are made by migration 0004:

- SQLite: two FTS5 tables kept in step with ``cards`` by triggers, which only record
  which cards hold each token (``detail=none``: a fraction of a full index's build time,
  which the first sync pays). ``cards_search`` (trigram tokenizer) finds the cards holding
  every run of three characters of a long word; those cards are then checked with LIKE,
  since the runs could lie apart. ``cards_words`` (words, with prefix indexes of one and two
  characters) finds short words as word prefixes.
- PostgreSQL: ``ILIKE`` over the card's text joined, which the ``pg_trgm`` GIN index
  ``ix_cards_search`` serves (the same expression, so that the planner can use it); short
  words by a regular expression anchored at a word's start.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    intersect,
    literal_column,
    or_,
    select,
    table,
    text,
)

from notecards.storage.tables import CARDS as _CARDS

TRIGRAM = 3  # the shortest word the trigram index can look up
# the text a PostgreSQL search reads: the expression of ix_cards_search (migration 0004)
_POSTGRES_TEXT: ColumnElement[str] = literal_column(
    "(cards.question || ' ' || cards.answer || ' ' || cards.context || ' ' || cards.tags"
    " || ' ' || cards.source)"
)
_COLUMNS = (_CARDS.c.question, _CARDS.c.answer, _CARDS.c.context, _CARDS.c.tags, _CARDS.c.source)
# what may come before a word's start in PostgreSQL's regular expressions
_WORD_START = "(^|[[:space:][:punct:]])"


def words(search: str) -> list[str]:
    """The words of a search, each once, in order (control characters, which no card's
    text holds and no database takes in every string, NUL, are spaces)."""
    text = "".join(
        " " if unicodedata.category(char) == "Cc" else char
        for char in unicodedata.normalize("NFC", search)
    )
    return list(dict.fromkeys(text.split()))


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_string(token: str) -> str:
    """``token`` as an FTS5 string."""
    return '"' + token.replace('"', '""') + '"'


def trigrams(word: str) -> list[str]:
    """Every run of three characters in ``word``, each once (lowercased: the index folds
    case)."""
    folded = word.lower()
    return list(dict.fromkeys(folded[start : start + TRIGRAM] for start in range(len(folded) - 2)))


def _anywhere_like(word: str) -> ColumnElement[bool]:
    pattern = _like_pattern(word)
    return or_(*(column.like(pattern, escape="\\") for column in _COLUMNS))


def _regex_escaped(word: str) -> str:
    """``word`` as a literal in a PostgreSQL regular expression (an escaped letter or digit
    would be a class escape, so only the others are escaped)."""
    return "".join(char if char.isalnum() else "\\" + char for char in word)


def _found_by(name: str, query: str, parameter: str) -> Select[Any]:
    """The ids of the cards an FTS5 table finds for ``query``."""
    index = table(name, literal_column("rowid"))
    found: Select[Any] = select(literal_column("rowid").label("id")).select_from(index)
    return found.where(text(f"{name} MATCH :{parameter}").bindparams(**{parameter: query}))


def _indexed(name: str, query: str, parameter: str) -> ColumnElement[bool]:
    """The cards an FTS5 table finds for ``query``."""
    return _CARDS.c.id.in_(_found_by(name, query, parameter))


def _index_queries(found: list[str]) -> tuple[str | None, str | None]:
    """The FTS5 queries of the trigram and word indexes for ``found`` words (None: none)."""
    long_words = [word for word in found if len(word) >= TRIGRAM]
    looked_up = [trigram for word in long_words for trigram in trigrams(word)]
    trigram_query = " AND ".join(_fts_string(trigram) for trigram in dict.fromkeys(looked_up))
    prefixes = [word for word in found if len(word) < TRIGRAM and _has_word(word)]
    prefix_query = " AND ".join(f"{_fts_string(word)}*" for word in prefixes)
    return trigram_query or None, prefix_query or None


def _has_word(word: str) -> bool:
    return any(char.isalnum() for char in word)


def found_by_indexes(search: str) -> Select[Any] | None:
    """On SQLite with its search indexes: the ids of the cards holding every word of
    ``search``, read from the indexes alone, when they can answer exactly (every word of
    one or two characters holding a letter or digit, or of three); else None.

    A search's first keystrokes are such words and find most cards: reading no card at all
    for them saves as much as the rest of the search costs."""
    found = words(search)
    if not found or any(len(word) > TRIGRAM or not _has_word(word) for word in found):
        return None
    trigram_query, prefix_query = _index_queries(found)
    selects = []
    if trigram_query is not None:
        selects.append(_found_by("cards_search", trigram_query, "search_trigrams"))
    if prefix_query is not None:
        selects.append(_found_by("cards_words", prefix_query, "search_prefixes"))
    if len(selects) == 1:
        return selects[0]
    return select(literal_column("id")).select_from(intersect(*selects).subquery())


def indexed(connection: Connection) -> bool:
    """Whether the database has SQLite's search indexes (migration 0004 leaves them out when
    SQLite is older than 3.34 or built without FTS5: every word is then matched with LIKE,
    anywhere)."""
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'cards_words'"
    ).scalar()
    return bool(found)


def matches(dialect: str, search: str, *, indexed: bool = True) -> ColumnElement[bool] | None:
    """The condition on ``cards`` that every word of ``search`` is in the card's text
    (None when the search holds no word). ``indexed``: SQLite's search indexes are there."""
    found = words(search)
    if not found:
        return None
    long_words = [word for word in found if len(word) >= TRIGRAM]
    short_words = [word for word in found if len(word) < TRIGRAM]
    if dialect == "postgresql":
        return and_(
            *(_POSTGRES_TEXT.ilike(_like_pattern(word), escape="\\") for word in long_words),
            *(_POSTGRES_TEXT.regexp_match(_WORD_START + _regex_escaped(word), "i")
              for word in short_words),
        )  # fmt: skip
    if dialect != "sqlite" or not indexed:
        return and_(*(_anywhere_like(word) for word in found))
    conditions: list[ColumnElement[bool]] = []
    trigram_query, prefix_query = _index_queries(found)
    if trigram_query is not None:
        conditions.append(_indexed("cards_search", trigram_query, "search_trigrams"))
    # the trigrams of a word of three characters are the word: the index's answer is exact
    conditions.extend(_anywhere_like(word) for word in long_words if len(word) > TRIGRAM)
    if prefix_query is not None:
        conditions.append(_indexed("cards_words", prefix_query, "search_prefixes"))
    # a short word of signs only (no word holds it): anywhere
    conditions.extend(_anywhere_like(word) for word in short_words if not _has_word(word))
    return and_(*conditions)
