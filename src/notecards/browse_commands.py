"""The browser's command line: ``cards`` (listing, with the browser's search and filters),
``card ID`` (one card and its history) and ``suspend``/``unsuspend``/``flag``/``unflag``/
``reject``/``restore``/``accept``/``reset ID...`` for scripts.

Cards are named by the stable ids of ``notecards cards --json`` (the key a card was first
stored under, kept through every edit that keeps the card). An unknown id stops the command
before anything is changed, naming it. Registered on the app by :mod:`notecards.cli`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from notecards.boundary import EXIT_BAD_PATH, fail, load_settings, opened
from notecards.completion import complete_deck
from notecards.options import DatabaseOption, ProfileOption

if TYPE_CHECKING:
    from datetime import date

    from notecards.browsing import Browser, CardDetail, DeckTriage
    from notecards.config import Settings

STATE_HELP = (
    "new, learning, review, suspended, buried, retired, rejected, flagged or untriaged "
    "(waiting in the triage inbox); repeat for any of several"
)


def _today() -> date:
    import datetime as dt

    from notecards.localday import local_date

    return local_date(dt.datetime.now(dt.UTC))


def cards(
    *,
    deck: Annotated[
        str | None,
        typer.Option(
            "--deck",
            help="Only this deck and the decks under it (a::b is under a).",
            autocompletion=complete_deck,
        ),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            help="Only cards holding every word of TEXT in their question, answer, note "
            "title and headings, tags or source path (anywhere in a word, case aside: "
            "인플레 finds 인플레이션), as the browser searches.",
            metavar="TEXT",
        ),
    ] = None,
    states: Annotated[
        list[str] | None,
        typer.Option("--state", help=f"Only cards in this state: {STATE_HELP}.", metavar="S"),
    ] = None,
    flagged: Annotated[
        bool, typer.Option("--flagged", help="Only the cards you flagged to fix later.")
    ] = False,
    tags: Annotated[
        list[str] | None,
        typer.Option("--tag", help="Only cards with this tag (repeat: all of them).", metavar="T"),
    ] = None,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Include retired, suspended and rejected cards (--state lists its own)."
        ),
    ] = False,
    by_deck: Annotated[
        bool,
        typer.Option(
            "--by-deck",
            help="Instead of the cards, per deck: cards, accepted, rejected and untriaged "
            "(the extractor's precision on your notes); with --json, a JSON array.",
        ),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON array; keys: id, deck, kind, question, answer, state (new, "
            "learning, review, suspended, buried, retired, rejected), due, repetitions, "
            "easiness, interval, source, line, flagged, triaged.",
        ),
    ] = False,
    as_json_lines: Annotated[
        bool,
        typer.Option("--jsonl", help="Print one JSON object per line (the keys of --json)."),
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """List the stored cards, one row each, with their state for your profile.

    On a terminal: aligned columns, through a pager ($PAGER, else less) when longer than the
    screen. To a pipe or file: a header and tab-separated lines (deck, state, due, source,
    question). Rows are written as they are read, so even 100,000 cards start at once.
    Without --all or --state, retired, suspended and rejected cards are left out.
    """
    from notecards import card_output
    from notecards.browsing import STATUSES
    from notecards.storage import browsing as stored
    from notecards.storage.browse_filters import Search

    if as_json and as_json_lines:
        raise fail("choose one of --json and --jsonl", EXIT_BAD_PATH)
    wanted = tuple(states or ()) + (("flagged",) if flagged else ())
    unknown = [state for state in wanted if state not in STATUSES]
    if unknown:
        raise fail(f"no state {unknown[0]}: the states are {', '.join(STATUSES)}", EXIT_BAD_PATH)
    settings = load_settings(database, profile)
    if by_deck:
        _print_by_deck(settings, as_json)
        return
    today = _today()
    query = Search(text=search or "", states=wanted, tags=tuple(tags or ()))
    include_all = show_all or bool(wanted)
    with opened(settings) as db, db.reading() as connection:
        rows = stored.listing_rows(
            connection, settings.profile, query, today, deck=deck, include_all=include_all
        )
        if as_json:
            count = card_output.write_json(rows, today, sys.stdout)
        elif as_json_lines:
            count = card_output.write_json_lines(rows, today, sys.stdout)
        elif not sys.stdout.isatty():
            count = card_output.write_tab_separated(rows, today, sys.stdout)
        else:
            everything = list(rows)
            count = len(everything)
            if everything:
                card_output.write_terminal(everything, today)
    if not count:
        filtered = bool(search or wanted or tags)
        typer.echo(card_output.nothing_listed(deck, include_all or filtered), err=True)


def _print_by_deck(settings: Settings, as_json: bool) -> None:
    from notecards.browsing import Browser

    with opened(settings) as db:
        report = Browser(db, settings.profile).deck_report()
    if as_json:
        typer.echo(json.dumps([_deck_object(row) for row in report], ensure_ascii=False))
        return
    if not report:
        typer.echo("no cards yet", err=True)
        return
    typer.echo(_deck_table(report))


def _deck_object(row: DeckTriage) -> dict[str, object]:
    return {
        "deck": row.deck,
        "cards": row.cards,
        "accepted": row.accepted,
        "rejected": row.rejected,
        "untriaged": row.untriaged,
    }


def _deck_table(report: list[DeckTriage]) -> str:
    width = max(len("deck"), *(len(row.deck) for row in report))
    lines = [f"{'deck':<{width}}  {'cards':>7}  {'accepted':>8}  {'rejected':>8}  {'untriaged':>9}"]
    for row in report:
        lines.append(
            f"{row.deck:<{width}}  {row.cards:>7}  {row.accepted:>8}  {row.rejected:>8}  "
            f"{row.untriaged:>9}"
        )
    return "\n".join(lines)


IdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Stable card ids, as `notecards cards --json` prints them.",
        metavar="ID...",
        show_default=False,
    ),
]


def card(
    card_id: Annotated[
        str,
        typer.Argument(
            help="A stable card id, as `notecards cards --json` prints it.",
            metavar="ID",
            show_default=False,
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Show one card: its text, note, state for your profile and every grade you gave it."""
    from notecards.browsing import Browser

    settings = load_settings(database, profile)
    with opened(settings) as db:
        browser = Browser(db, settings.profile)
        ids = _resolve(browser, [card_id])
        detail = browser.detail(ids[0])
    if as_json:
        typer.echo(json.dumps(_detail_object(detail), ensure_ascii=False, indent=2))
        return
    typer.echo(_detail_text(detail))


def _detail_object(detail: CardDetail) -> dict[str, object]:
    row = detail.row
    return {
        "id": row.stable_id,
        "deck": row.deck,
        "kind": detail.kind,
        "question": row.question,
        "answer": detail.answer,
        "context": list(detail.context),
        "tags": list(detail.tags),
        "source": row.source,
        "line": row.line,
        "note": str(detail.note_path),
        "state": row.status,
        "flagged": row.flagged,
        "triaged": not row.untriaged,
        "due": row.due.isoformat() if row.due else None,
        "interval": row.interval,
        "easiness": row.ease,
        "lapses": row.lapses,
        "history": [
            {
                "reviewed_at": line.reviewed_at.isoformat(),
                "quality": line.quality,
                "interval": line.interval,
            }
            for line in detail.history
        ],
    }


def _detail_text(detail: CardDetail) -> str:
    row = detail.row
    marks = [mark for mark, on in (("flagged", row.flagged), ("untriaged", row.untriaged)) if on]
    state = ", ".join([row.status, *marks])
    lines = [
        f"{row.question}",
        *(f"  {line}" for line in detail.answer.splitlines()),
        "",
        f"id        {row.stable_id}",
        f"deck      {row.deck}",
        f"note      {detail.note_path}:{row.line}",
    ]
    if detail.context:
        lines.append(f"context   {' › '.join(detail.context)}")
    if detail.tags:
        lines.append(f"tags      {', '.join(detail.tags)}")
    lines.append(f"state     {state}")
    due = row.due.isoformat() if row.due else "-"
    lines.append(
        f"schedule  due {due}, interval {row.interval} d, easiness {row.ease:.2f}, "
        f"lapses {row.lapses}"
    )
    if not detail.history:
        lines.append("history   never graded")
    else:
        lines.append("history")
        for line in detail.history:
            moment = line.reviewed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(f"  {moment}  grade {line.quality}  -> {line.interval} d")
    return "\n".join(lines)


def _resolve(browser: Browser, stable_ids: list[str]) -> list[int]:
    """The database ids of ``stable_ids``; an unknown one stops the command, naming it."""
    found = browser.ids_of(stable_ids)
    unknown = [name for name in dict.fromkeys(stable_ids) if name not in found]
    if unknown:
        names = ", ".join(unknown)
        noun = "card" if len(unknown) == 1 else "cards"
        raise fail(
            f"no {noun} {names} (ids are those of notecards cards --json); nothing was changed",
            EXIT_BAD_PATH,
        )
    return [found[name] for name in dict.fromkeys(stable_ids)]


def _action(
    name: str, past: str, act: Callable[[Browser, list[int]], int], doc: str
) -> Callable[..., None]:
    def command(
        card_ids: IdsArgument,
        database: DatabaseOption = None,
        profile: ProfileOption = None,
    ) -> None:
        from notecards.browsing import Browser
        from notecards.wording import plural

        settings = load_settings(database, profile)
        with opened(settings) as db:
            browser = Browser(db, settings.profile)
            ids = _resolve(browser, card_ids)
            changed = act(browser, ids)
        same = len(ids) - changed
        tail = f" ({same} already {past})" if same else ""
        typer.echo(f"{past} {plural(changed, 'card')}{tail}")

    command.__name__ = name
    command.__doc__ = doc
    return command


ACTIONS = (
    ("suspend", "suspended", lambda b, ids: b.suspend(ids),
     "Suspend cards: never asked until unsuspended."),
    ("unsuspend", "unsuspended", lambda b, ids: b.unsuspend(ids),
     "Unsuspend cards: asked again when due."),
    ("flag", "flagged", lambda b, ids: b.flag(ids),
     "Flag cards to fix later (cards --flagged lists them)."),
    ("unflag", "unflagged", lambda b, ids: b.unflag(ids), "Take the flag off cards."),
    ("reject", "rejected", lambda b, ids: b.reject(ids),
     "Reject cards (\"this is not a card\"): never asked, counted or exported again, through "
     "every sync, until restored. Only for your profile."),
    ("restore", "restored", lambda b, ids: b.restore(ids),
     "Restore rejected cards (cards --state rejected lists them)."),
    ("accept", "accepted", lambda b, ids: b.accept(ids),
     "Accept cards waiting in the triage inbox (config triage = true): they join the new "
     "cards."),
    ("reset", "reset", lambda b, ids: b.reset(ids),
     "Forget cards' schedules: they are new again; their review history is kept."),
)  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add the browser's commands to the ``notecards`` app."""
    app.command()(cards)
    app.command()(card)
    for name, past, act, doc in ACTIONS:
        app.command(name)(_action(name, past, act, doc))
