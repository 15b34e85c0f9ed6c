"""`swapwatch status`: each source's last crawl and health, the alert outbox, the latest events, the database."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import typer

from core.cells import jsonable
from swapwatch.context import AppContext, fail
from swapwatch.output import Format, write_rows

# the table's columns; `enabled` shows as health "off", so the table fits 80 columns (json keeps every key)
SOURCE_COLUMNS = ["source", "every", "last_crawl", "result", "new", "figures", "failures", "health", "next_run"]
EVENT_COLUMNS = ["id", "event_date", "conflict", "figures", "articles"]


def _size(n: int | None) -> str:
    if n is None:
        return "unknown"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _when(moment: datetime | None, now: datetime) -> str:
    """``05:42 UTC (3m ago)`` / ``(in 12m)``: short enough for a table column."""
    if moment is None:
        return ""
    delta = (moment - now).total_seconds()
    span = abs(delta)
    amount = f"{span:.0f}s" if span < 90 else f"{span / 60:.0f}m" if span < 5400 else f"{span / 3600:.1f}h"
    if span >= 86400:
        amount = f"{span / 86400:.1f}d"
    day = "" if moment.date() == now.date() else f"{moment:%m-%d} "  # today's date goes without saying
    return f"{day}{moment:%H:%M} ({'in ' + amount if delta > 0 else amount + ' ago'})"


def status(
    ctx: typer.Context,
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
    events: int = typer.Option(5, "--events", min=0, help="How many latest events to show."),
    check: bool = typer.Option(False, "--check", help="For monitoring: print only problems; exit 1 when the "
                               "service is not running, a source is failing or blocked, or alerts failed."),
) -> None:
    """Show the service: each source's last crawl, result, next run, failures and health; the alert
    outbox; the latest events; the database path and size.

    Example: swapwatch status --check || echo "swapwatch needs attention"
    """
    from scheduler import figure_text, service_status

    app_ctx: AppContext = ctx.obj
    data = service_status(app_ctx.read_db, app_ctx.config, events)
    if check:
        _check(data)
        return
    if fmt in (Format.json, Format.jsonl):
        typer.echo(json.dumps(jsonable(data), ensure_ascii=False, indent=None if fmt is Format.jsonl else 2))
        return
    if fmt is not Format.table:
        raise fail("status prints --format table or json")
    typer.echo(f"service: {'running, ' + data['service'] if data['service'] else 'not running'}")
    columns = SOURCE_COLUMNS
    if "cluster" in data:
        _cluster_lines(data["cluster"])
        columns = [*SOURCE_COLUMNS, "lag"]
    now = datetime.now(UTC)
    rows = [{**r, "last_crawl": _when(r["last_crawl"], now), "next_run": _when(r["next_run"], now),
             "every": r["interval"], "health": r["health"] if r["enabled"] else "off",
             "lag": "" if r.get("lag") is None else f"{r['lag']:.0f}s"} for r in data["sources"]]
    write_rows(rows, "table", columns, title="sources (times UTC)")
    box = data["outbox"]
    typer.echo(f"outbox: {box['pending']} pending, {box['sending']} sending, {box['failed']} failed, "
               f"{box['sent']} sent")
    rows = [{**e, "figures": figure_text(e["figures"])} for e in data["latest_events"]]
    write_rows(rows, "table", EVENT_COLUMNS, title=f"latest events ({data['events']} in all)")
    typer.echo(f"database: {data['database']}, {_size(data['database_size'])}, {data['articles']} articles, "
               f"{data['events']} events")


def status_problems(data: dict) -> list[str]:
    """What a monitor should page about, one line each (empty: all is well)."""
    problems = [] if data["service"] else ["service: not running"]
    for row in data["sources"]:
        if row["enabled"] and row["health"] in ("failing", "blocked"):
            problems.append(f"source {row['source']!r}: {row['health']} ({row['failures']} failed crawls)")
    if data["outbox"]["failed"]:
        problems.append(f"outbox: {data['outbox']['failed']} alert(s) failed (swapwatch alerts list --status failed)")
    return problems


def _check(data: dict) -> None:
    problems = status_problems(data)
    for line in problems:
        typer.echo(line)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"ok: service running, {len(data['sources'])} source(s) healthy, no failed alerts")


def _cluster_lines(cluster: dict) -> None:
    workers = cluster["workers"]
    who = "unknown" if workers is None else f"{len(workers)}" + (f" ({', '.join(workers)})" if workers else "")
    depth = "unknown" if cluster["queue_depth"] is None else str(cluster["queue_depth"])
    lag = "" if cluster["max_lag"] is None else f", largest source lag {cluster['max_lag']:.0f}s"
    typer.echo(f"cluster: broker {cluster['broker']}, queue {cluster['queue']!r}: {depth} batch(es) waiting; "
               f"workers: {who}{lag}")
    if cluster["error"]:
        typer.echo(f"cluster: {cluster['error']}")


def register(app: typer.Typer) -> None:
    app.command()(status)
