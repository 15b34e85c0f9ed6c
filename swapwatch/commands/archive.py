"""`swapwatch export | timeline | feed`: the archive as a dataset, a chart and an Atom feed."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO

import typer

from storage import export_rows, list_events, timeline, timeline_rows
from storage.atom import atom_feed
from swapwatch.commands.query import SINCE, UNTIL, day_range, parse_day
from swapwatch.context import AppContext, fail
from swapwatch.output import Format, write_rows


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    ndjson = "ndjson"


class ExportWhat(StrEnum):
    events = "events"
    figures = "figures"
    articles = "articles"


def current_umask() -> int:
    """The process's umask (read from /proc where it is shown, so no thread ever sees it changed)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def output_file(path: Path | None, *, binary: bool = False) -> Iterator[IO]:
    """stdout, or a file that appears complete or not at all (written aside, then renamed)."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes it 0600; an export is shared like any file the user writes
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def export(
    ctx: typer.Context,
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="csv, json or ndjson."),
    what: ExportWhat = typer.Option(ExportWhat.events, "--what", help="events, figures or articles."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    since: str | None = SINCE,
) -> None:
    """Export the archive for a spreadsheet or pandas, streamed so any size fits in memory.

    The events CSV has one row per event: date, a column per kind and side (returned_UA, returned_RU,
    bodies_returned_UA, …), which are approximate or disputed, the sources count and the source URLs.
    Example: swapwatch export --format csv --what events -o events.csv
    """
    app: AppContext = ctx.obj
    filters = {"since": parse_day(since, "--since")}
    with app.read_db.session() as session:
        if what.value == "events":  # held figures marked as the alerts hold them
            filters["min_confidence"] = app.config.alerts.min_confidence
        columns, rows = export_rows(session, what.value, flat=fmt is ExportFormat.csv, **filters)
        with output_file(output) as out:
            count = write_rows(rows, Format(fmt.value), columns, out=out)
    if output is not None:
        typer.echo(f"wrote {count} {what.value} to {output}", err=True)


def timeline_command(
    ctx: typer.Context,
    plot: Path | None = typer.Option(None, "--plot", help="Also draw the chart to FILE.png or FILE.svg."),
    since: str | None = SINCE,
    until: str | None = UNTIL,
    conflict: str | None = typer.Option(None, "--conflict", help="Only this conflict, e.g. RU-UA."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """Exchanges over time: people returned per date and the running totals per side.

    Example: swapwatch timeline --since 2024-01-01 --plot timeline.png
    """
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise fail(f"--plot {plot}: the chart is written as .png or .svg")
    app: AppContext = ctx.obj
    filters = {**day_range(since, until), "conflict": conflict, "min_confidence": app.config.alerts.min_confidence}
    with app.read_db.session() as session:
        points = timeline(session, **filters)
    columns, rows = timeline_rows(points)
    write_rows(rows, fmt, columns, title="Timeline of exchanges")
    if plot is not None:
        _chart(app, plot, points, filters)


def _chart(app: AppContext, plot: Path, points: list, filters: dict) -> None:
    """One conflict per chart: without --conflict, the conflict with the most exchanges (and say so)."""
    from swapwatch.plot import plot_timeline

    conflict = filters["conflict"]
    counts: dict[str, int] = {}
    for point in points:
        for code in point.conflicts:
            counts[code] = counts.get(code, 0) + point.exchanges
    if conflict is None and counts:
        conflict = max(sorted(counts), key=lambda c: counts[c])
        if len(counts) > 1:
            others = ", ".join(sorted(c for c in counts if c != conflict))
            typer.echo(f"chart: {conflict} (also in the archive: {others}; pick one with --conflict)", err=True)
            with app.read_db.session() as session:
                points = timeline(session, **{**filters, "conflict": conflict})
    try:
        plot_timeline(points, plot, conflict=conflict, since=filters["since"], until=filters["until"])
    except OSError as exc:
        raise fail(f"--plot {plot}: {exc.strerror or exc}") from None
    typer.echo(f"chart written to {plot}", err=True)


def feed(
    ctx: typer.Context,
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    limit: int = typer.Option(50, "--limit", min=1, help="How many of the latest events."),
    conflict: str | None = typer.Option(None, "--conflict", help="Only this conflict, e.g. RU-UA."),
    self_url: str | None = typer.Option(None, "--self-url", help="Where the feed will be published."),
) -> None:
    """Write an Atom feed of the latest exchange events for any feed reader.

    Example: swapwatch feed -o events.xml --limit 100
    """
    app: AppContext = ctx.obj
    with app.read_db.session() as session:
        reports = list(list_events(session, conflict=conflict, newest_first=True, limit=limit,
                                   min_confidence=app.config.alerts.min_confidence))
    with output_file(output, binary=True) as out:
        out.write(atom_feed(reports, self_url=self_url))
    if output is not None:
        typer.echo(f"wrote {len(reports)} events to {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command("timeline")(timeline_command)
    app.command()(feed)
