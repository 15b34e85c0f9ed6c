"""`swapwatch events | event | figures | articles | search`: reading the archive."""

from __future__ import annotations

import json
from datetime import date

import typer

from core.cells import jsonable
from core.vocabulary import KIND_NAMES
from storage import (
    EventReport,
    SearchQueryError,
    export_rows,
    get_event,
    list_articles,
    list_events,
    list_figures,
    search_articles,
)
from storage.export import FIGURE_COLUMNS
from storage.queries import ARTICLE_COLUMNS
from storage.shapes import event_detail
from swapwatch.context import AppContext, fail
from swapwatch.output import Format, write_rows

CLAIM_COLUMNS = ["kind", "side", "value", "approx", "chosen", "duplicate", "outlet", "url", "evidence"]
SINCE = typer.Option(None, "--since", help="From this date on (YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Up to and including this date (YYYY-MM-DD).")
FORMAT = typer.Option(Format.table, "--format", "-f", help="table, json, jsonl or csv.")


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or a clean error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise fail(f"{option}: {value!r} is not a date; write it as YYYY-MM-DD") from None


def day_range(since: str | None, until: str | None) -> dict:
    """``--since``/``--until`` as dates; an inverted range is an error, not an empty answer."""
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        raise fail(f"--since {first} is after --until {last}; nothing can match")
    return {"since": first, "until": last}


def check_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in KIND_NAMES:
        raise fail(f"--kind: unknown kind {kind!r} (one of {', '.join(KIND_NAMES)})")
    return kind


def check_source(session, app: AppContext, name: str) -> None:
    """An unknown ``--source`` is a typo to report, not an empty listing."""
    from sqlalchemy import select

    from storage import Source

    known = set(session.scalars(select(Source.name))) | {s.name for s in app.config.sources}
    if name not in known:
        raise fail(f"--source: no source named {name!r} (known: {', '.join(sorted(known)) or 'none'})")


def figure_text(fig) -> str:
    """``~200`` for an approximation, ``207 (!195)`` when another outlet claims a different number,
    ``207?`` while the figure is held (one unsure report, not announced)."""
    text = f"{'~' if fig.approx else ''}{fig.value}{'?' if fig.held else ''}"
    return text + (f" (!{'/'.join(str(v) for v in fig.alternatives)})" if fig.alternatives else "")


def event_table_row(report: EventReport, sides: list[str]) -> dict:
    row: dict = {"id": report.id, "date": report.event_date, "conflict": report.conflict}
    for side in sides:
        # the column is the side and the exchange figure needs no label; others say what they are
        parts = [figure_text(f) if f.kind == "returned" else f"{f.kind.replace('_returned', '').replace('_', ' ')} "
                 f"{figure_text(f)}" for f in report.figures if f.side == side]
        row[side] = ", ".join(parts)
    row["other"] = ", ".join(f"exchange #{figure_text(f)}" if f.kind == "total_exchanges" else
                             f"{f.kind.replace('_', ' ')} {figure_text(f)}" for f in report.figures if not f.side)
    row["outlets"], row["articles"] = len(report.outlets), len(report.articles)
    return row


def events(
    ctx: typer.Context,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    conflict: str | None = typer.Option(None, "--conflict", help="Only this conflict, e.g. RU-UA."),
    fmt: Format = FORMAT,
) -> None:
    """List exchange events with their figures per side (~ approximate, ! other outlets' numbers,
    ? held: one unsure report, not announced until a second outlet confirms it).

    Example: swapwatch events --since 2024-01-01 --conflict RU-UA --format json
    """
    app: AppContext = ctx.obj
    filters = {**day_range(since, until), "conflict": conflict, "min_confidence": app.config.alerts.min_confidence}
    with app.read_db.session() as session:
        if fmt is Format.csv:  # the flat dataset shape, one column per kind and side
            columns, rows = export_rows(session, "events", **filters)
            write_rows(rows, fmt, columns)
            return
        reports = list_events(session, **filters)
        if fmt is not Format.table:
            write_rows((r.as_dict() for r in reports), fmt)
            return
        reports = list(reports)
        write_rows(*event_table(reports), title="Exchange events")


def event_table(reports: list[EventReport]) -> tuple[list[dict], Format, list[str]]:
    """A column per side when the events are of one conflict; else one figures column, so a Russia–Ukraine
    row never carries empty Israel–Palestine columns."""
    if len({r.conflict for r in reports}) > 1:
        rows = [{"id": r.id, "date": r.event_date, "conflict": r.conflict, "outlets": len(r.outlets),
                 "articles": len(r.articles),
                 "figures": "; ".join(f"{f.kind.replace('_returned', '').replace('_', ' ')} {f.side or ''} "
                                      f"{figure_text(f)}".replace("  ", " ") for f in r.figures)}
                for r in reports]
        return rows, Format.table, ["id", "date", "conflict", "figures", "outlets", "articles"]
    sides = sorted({f.side for r in reports for f in r.figures if f.side})
    rows = [event_table_row(r, sides) for r in reports]
    return rows, Format.table, ["id", "date", "conflict", *sides, "other", "outlets", "articles"]


def event(
    ctx: typer.Context,
    event_id: int = typer.Argument(..., help="The event's id (first column of `swapwatch events`)."),
    fmt: Format = FORMAT,
) -> None:
    """Show one exchange event in full: every claim with its outlet, URL and evidence sentence.

    Example: swapwatch event 12
    """
    app: AppContext = ctx.obj
    with app.read_db.session() as session:
        report = get_event(session, event_id, app.config.alerts.min_confidence)
        if report is None:
            raise fail(f"no exchange event with id {event_id}")
        detail = event_detail(session, report)  # the web API's /api/v1/events/{id} shape too
    claims = detail["claims"]
    if fmt is Format.csv:  # one row per claim, as a spreadsheet wants it
        write_rows(claims, fmt, CLAIM_COLUMNS)
        return
    if fmt is not Format.table:  # one event: one JSON object, not a list
        typer.echo(json.dumps(jsonable(detail), ensure_ascii=False,
                              indent=None if fmt in (Format.jsonl, Format.ndjson) else 2))
        return
    day = report.event_date.isoformat() if report.event_date else "undated"
    typer.echo(f"Event {report.id}: {report.conflict or ''} exchange on {day} "
               f"(first seen {report.first_seen:%Y-%m-%d %H:%M} UTC, revision {report.revision})")
    for fig in report.figures:
        typer.echo(f"  {fig.kind} {fig.side or ''}: {figure_text(fig)} (confidence {fig.confidence:.2f}, "
                   f"{fig.backing} outlet(s))")
        if fig.held:  # say why, so an editor knows what would release it
            typer.echo(f"    {fig.held}")
    for warning in report.warning_list:
        typer.echo(f"  warning: {warning}")
    write_rows(claims, Format.table, ["kind", "side", "value", "approx", "role", "confidence", "duplicate", "outlet",
                                      "evidence", "url"],
               title="Claims")
    typer.echo(f"{len(report.outlets)} outlet(s), {len(report.articles)} article(s): " + " ".join(report.articles))


def figures(
    ctx: typer.Context,
    kind: str | None = typer.Option(None, "--kind", help=f"One of {', '.join(KIND_NAMES)}."),
    side: str | None = typer.Option(None, "--side", help="ISO country code of the side, e.g. UA."),
    since: str | None = typer.Option(None, "--since", help="Articles published from this date (YYYY-MM-DD)."),
    fmt: Format = FORMAT,
) -> None:
    """List the figures read from articles, with outlet, URL and evidence sentence.

    Example: swapwatch figures --kind returned --side UA --format csv
    """
    app: AppContext = ctx.obj
    check_kind(kind)
    with app.read_db.session() as session:
        write_rows(list_figures(session, kind=kind, side=side, since=parse_day(since, "--since")), fmt,
                   FIGURE_COLUMNS, title="Figures")


def articles(
    ctx: typer.Context,
    relevant: bool | None = typer.Option(None, "--relevant/--irrelevant", help="Only (ir)relevant articles."),
    source: str | None = typer.Option(None, "--source", help="Only this source (its name in the config)."),
    since: str | None = typer.Option(None, "--since", help="Published from this date (YYYY-MM-DD)."),
    fmt: Format = FORMAT,
) -> None:
    """List stored articles (without their text; `swapwatch export --what articles` has it).

    Example: swapwatch articles --relevant --source "Example Wire"
    """
    app: AppContext = ctx.obj
    with app.read_db.session() as session:
        if source is not None:
            check_source(session, app, source)
        rows = list_articles(session, relevant=relevant, source=source, since=parse_day(since, "--since"))
        write_rows(rows, fmt, ARTICLE_COLUMNS, title="Articles")


def search(
    ctx: typer.Context,
    query: str = typer.Argument(..., help='Words, "a phrase", a OR b, -excluded.'),
    lang: str | None = typer.Option(None, "--lang", help="Only articles in this language, e.g. uk."),
    since: str | None = typer.Option(None, "--since", help="Published from this date (YYYY-MM-DD)."),
    limit: int = typer.Option(20, "--limit", min=1, max=500, help="How many hits to show."),
    before: int | None = typer.Option(None, "--before", help="Older page: the id printed after a page."),
    fmt: Format = FORMAT,
) -> None:
    """Full-text search over article titles and texts, best first, with highlighted snippets.

    Looks at the newest 500 matches per page; --before continues with older ones.
    Example: swapwatch search '"prisoner exchange" OR обмін -rate' --lang en --since 2024-01-01
    """
    app: AppContext = ctx.obj
    with app.read_db.session() as session:
        try:
            page = search_articles(session, query, lang=lang, since=parse_day(since, "--since"),
                                   limit=limit, before=before)
        except SearchQueryError as exc:
            raise fail(f"search: {exc}") from None
    columns = ["id", "published", "lang", "source", "title", "snippet", "url"]
    if fmt is Format.table:
        write_rows((h.as_dict() for h in page.hits), fmt, columns, title=f"Search: {query}")
        if page.next_before:
            typer.echo(f"older matches: swapwatch search {query!r} --before {page.next_before}", err=True)
        return
    write_rows((h.as_dict() for h in page.hits), fmt, [*columns, "score"])


def register(app: typer.Typer) -> None:
    for command in (events, event, figures, articles, search):
        app.command()(command)
