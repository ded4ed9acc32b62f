"""Searching the cards' text: question, answer, context, tags and source path.

Each word of a search must occur somewhere in the card's text, as a substring, case aside:
``인플레`` finds ``인플레이션``, ``infla`` finds ``Inflation``. The index behind it is made by
migration 0004:

- SQLite: the FTS5 table ``cards_search`` with the trigram tokenizer (kept in step with
  ``cards`` by triggers). A trigram index can only look up words of three characters or
  more; shorter words (one or two Hangul syllables are common words) are matched with LIKE
  among the cards the longer words found, or among every card when there is no longer word.
- PostgreSQL: ``ILIKE`` over the card's text joined, which the ``pg_trgm`` GIN index
  ``ix_cards_search`` serves (the same expression, so that the planner can use it).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, literal_column, or_, select, table, text

from notecards.storage.tables import CARDS as _CARDS

TRIGRAM = 3  # the shortest word the trigram index can look up
SEARCH_TABLE = "cards_search"
# the text a PostgreSQL search reads: the expression of ix_cards_search (migration 0004)
_POSTGRES_TEXT: ColumnElement[str] = literal_column(
    "(cards.question || ' ' || cards.answer || ' ' || cards.context || ' ' || cards.tags"
    " || ' ' || cards.source)"
)
_COLUMNS = (_CARDS.c.question, _CARDS.c.answer, _CARDS.c.context, _CARDS.c.tags, _CARDS.c.source)


def words(search: str) -> list[str]:
    """The words of a search, each once, in order."""
    seen: dict[str, None] = {}
    for word in search.split():
        seen.setdefault(word, None)
    return list(seen)


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(word: str) -> str:
    """``word`` as an FTS5 string (a phrase: with trigrams, a substring)."""
    return '"' + word.replace('"', '""') + '"'


def _anywhere_like(word: str) -> ColumnElement[bool]:
    pattern = _like_pattern(word)
    return or_(*(column.like(pattern, escape="\\") for column in _COLUMNS))


def matches(dialect: str, search: str) -> ColumnElement[bool] | None:
    """The condition on ``cards`` that every word of ``search`` occurs in the card's text
    (None when the search holds no word)."""
    found = words(search)
    if not found:
        return None
    if dialect == "postgresql":
        return and_(*(_POSTGRES_TEXT.ilike(_like_pattern(word), escape="\\") for word in found))
    if dialect != "sqlite":
        return and_(*(_anywhere_like(word) for word in found))
    long_words = [word for word in found if len(word) >= TRIGRAM]
    short_words = [word for word in found if len(word) < TRIGRAM]
    conditions: list[ColumnElement[bool]] = []
    if long_words:
        query = " AND ".join(_fts_phrase(word) for word in long_words)
        index = table(SEARCH_TABLE, literal_column("rowid"))
        conditions.append(
            _CARDS.c.id.in_(
                select(literal_column("rowid"))
                .select_from(index)
                .where(text(f"{SEARCH_TABLE} MATCH :search_words").bindparams(search_words=query))
            )
        )
    conditions.extend(_anywhere_like(word) for word in short_words)
    return and_(*conditions)
