"""The database schema: SQLAlchemy 2.0 typed models. The only file that knows the schema.

- ``sources``: note files seen by sync (folder, path, size, mtime, content hash, and the
  version of the extraction rules their cards came from).
- ``cards``: every card ever found, keyed by its content key; retired cards stay (with their
  history) and come back when their text does.
- ``card_states``: a profile's SM-2 schedule for a card, plus suspension and burial (and the
  card's deck and retirement, copied so that due counts read one index), the profile's flag
  ("fix this later"), rejection ("this is not a card": never asked again) and triage (a
  card waiting in the inbox is not triaged yet).
- ``profiles``: what a profile chose that the database must know whoever syncs (triage).
- ``reviews``: every grade a profile gave, with the state before and after.
- ``profile_schedulers``: which scheduler a profile's schedules were computed with, and the
  FSRS parameters fitted to its reviews (``notecards optimize``).

Easiness is stored in exact hundredths (``easiness_centi``), dates as dates, and times as
timezone-aware UTC timestamps. Context and tags are stored as text joined with U+001F.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}
SEPARATOR = "\x1f"  # joins context parts and tags in one text column


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Source(Base):
    """A note file as last synced."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("root", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    root: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    content_hash: Mapped[str] = mapped_column(String(64))
    # the version of the extraction rules (notecards.core.extract.EXTRACTOR_VERSION) that
    # made the note's cards; notes stored before versions were kept are version 1
    extractor_version: Mapped[int] = mapped_column(SmallInteger, server_default=text("1"))
    synced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Card(Base):
    """A card, active or retired, shared by every profile."""

    __tablename__ = "cards"
    __table_args__ = (
        # a unique index rather than a constraint, so that a first sync can build it after
        # inserting every card (see repo.indexes_built_after)
        Index("uq_cards_key", "key", unique=True),
        Index("ix_cards_active_deck", "retired", "deck"),
        Index("ix_cards_root_source", "root", "source"),
        # the browser's list of tags reads this instead of every card
        Index(
            "ix_cards_tags",
            "tags",
            sqlite_where=text("tags <> ''"),
            postgresql_where=text("tags <> ''"),
        ),
        # origin keys are unique: an unedited card's is its (unique) key, and the edited
        # cards' are unique among themselves; sync keeps them apart from everyone's keys
        Index(
            "uq_cards_edited_origin",
            "origin_key",
            unique=True,
            sqlite_where=text("key <> origin_key"),
            postgresql_where=text("key <> origin_key"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    # the key the card was first stored under; it never changes, even when edits change
    # ``key``, so exports (Anki note GUIDs) can name the card for good
    origin_key: Mapped[str] = mapped_column(String(32))
    base_key: Mapped[str] = mapped_column(String(32))
    deck: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    context: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    root: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CardState(Base):
    """One profile's schedule for one card. Cards without a row are new to that profile."""

    __tablename__ = "card_states"
    # Both indexes cover the due counts, so ``notecards due`` reads no table rows.
    __table_args__ = (
        # (rejected and untriaged cards are never asked: the indexes hold that too)
        Index(
            "ix_card_states_due",
            "profile",
            "due",
            "deck",
            "suspended",
            "buried_until",
            "retired",
            "rejected",
            "triaged",
        ),
        Index(
            "ix_card_states_deck",
            "profile",
            "deck",
            "retired",
            "due",
            "suspended",
            "buried_until",
            "rejected",
            "triaged",
        ),
        # a sync updates the states of edited and retired cards by card, for every profile
        Index("ix_card_states_card", "card_id"),
    )

    profile: Mapped[str] = mapped_column(String(128), primary_key=True)
    card_id: Mapped[int] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    # the card's deck and whether it is retired, kept here too so that due counts need no join
    deck: Mapped[str] = mapped_column(Text)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    repetitions: Mapped[int] = mapped_column(Integer)
    easiness_centi: Mapped[int] = mapped_column(SmallInteger)
    interval: Mapped[int] = mapped_column(Integer)
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    buried_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_reviewed_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
    # the card's FSRS memory, when FSRS schedules the profile's cards (None under SM-2)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    # "fix this later": listed by its own filter, counted on the decks screen
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # "this is not a card": never asked, counted, exported; kept through every sync
    rejected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    rejected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # False while a new card waits in the profile's inbox (config ``triage = true``)
    triaged: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class Profile(Base):
    """What one profile chose that every sync must know, whoever runs it."""

    __tablename__ = "profiles"

    profile: Mapped[str] = mapped_column(String(128), primary_key=True)
    # new cards wait in an inbox until accepted (config ``triage = true``)
    triage: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class Review(Base):
    """One grade given by one profile, with the schedule before and after it."""

    __tablename__ = "reviews"
    __table_args__ = (
        Index("ix_reviews_profile_reviewed_at", "profile", "reviewed_at"),
        Index("ix_reviews_profile_card", "profile", "card_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    profile: Mapped[str] = mapped_column(String(128))
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    quality: Mapped[int] = mapped_column(SmallInteger)
    duration_ms: Mapped[int] = mapped_column(Integer)
    before_repetitions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before_easiness_centi: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    before_interval: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    after_repetitions: Mapped[int] = mapped_column(Integer)
    after_easiness_centi: Mapped[int] = mapped_column(SmallInteger)
    after_interval: Mapped[int] = mapped_column(Integer)
    after_due: Mapped[date] = mapped_column(Date)


class ProfileScheduler(Base):
    """A profile's scheduler: what its card_states were computed with, and fitted FSRS."""

    __tablename__ = "profile_schedulers"

    profile: Mapped[str] = mapped_column(String(128), primary_key=True)
    # notecards.core.scheduling.Scheduler.key of the schedules in card_states (None: SM-2's,
    # from before schedulers were recorded)
    scheduled_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    # the 21 FSRS-6 parameters fitted to the profile's reviews, as a JSON list (None: defaults)
    parameters: Mapped[str | None] = mapped_column(Text, nullable=True)
    fitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    fitted_reviews: Mapped[int | None] = mapped_column(Integer, nullable=True)


# the search indexes made by migration 0004 (notecards.storage.searching): FTS5 tables (and
# their shadow tables) on SQLite, an expression index on PostgreSQL; not modelled here
SEARCH_TABLES = ("cards_search", "cards_words")
SEARCH_OBJECTS = (*SEARCH_TABLES, "ix_cards_search")


def modelled(name: str | None, _type: str, _parents: object) -> bool:
    """Whether a database object is one of the models (for Alembic's comparisons)."""
    return not (name or "").startswith(SEARCH_OBJECTS)


# the tables themselves, for the storage modules' SQLAlchemy Core statements
CARDS = cast(Table, Card.__table__)
STATES = cast(Table, CardState.__table__)
SOURCES = cast(Table, Source.__table__)
REVIEWS = cast(Table, Review.__table__)
PROFILE_SCHEDULERS = cast(Table, ProfileScheduler.__table__)
PROFILES = cast(Table, Profile.__table__)
