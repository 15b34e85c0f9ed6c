"""`swapwatch crawl` and `swapwatch reextract`: one crawl cycle, and re-reading the archive."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from swapwatch.context import AppContext, fail
from swapwatch.output import write_rows

COLUMNS = ["name", "status", "fetched", "new", "relevant", "figures", "errors", "seconds", "error"]


class SummaryFormat(StrEnum):
    table = "table"
    json = "json"


class _Display:
    """Rich progress on stderr: one line per running source, a counter of stored articles."""

    def __init__(self, enabled: bool) -> None:
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True, disable=not enabled,
        )
        self.tasks: dict[str, int] = {}
        self.stored = self.progress.add_task("articles stored: 0", total=None)

    def __call__(self, event: str, data: dict) -> None:
        name = data.get("source", data.get("name", ""))
        if event == "source_started":
            self.tasks[name] = self.progress.add_task(f"crawling {name}", total=None)
        elif event == "source_finished" and name in self.tasks:
            self.progress.remove_task(self.tasks.pop(name))
            self.progress.console.print(f"{name}: {data['status']}, {data['new']} new, {data['errors']} errors")
        elif event == "article" and not self.progress.disable:  # per page: a hidden counter is not kept up
            count = int(self.progress.tasks[0].completed) + 1
            self.progress.update(self.stored, completed=count, description=f"articles stored: {count}")


def crawl(
    ctx: typer.Context,
    source: list[str] = typer.Option(None, "--source", "-s", help="Crawl only this source (repeatable)."),
    fmt: SummaryFormat = typer.Option(SummaryFormat.table, "--format", "-f", help="Summary as table or json."),
    alerts: bool = typer.Option(True, "--alerts/--no-alerts", help="Update events and deliver alerts afterwards."),
) -> None:
    """Run one crawl cycle over the enabled sources (or --source NAME), then update exchange events and
    deliver pending alerts, and print a summary per source.

    Exit code 0 when the cycle ran, even if some sources or alert targets failed (see their status;
    undelivered alerts stay in the outbox and are retried); 1 when every source crawled failed, or the
    database refused to store what was fetched (disk full, read-only); 2 when nothing could run (bad config,
    no sources configured, database unreachable).

    Example: swapwatch crawl --source "Kyiv Independent"
    """
    from sqlalchemy.exc import SQLAlchemyError

    from crawler import run_crawl
    from crawler.errors import storage_cause
    from scheduler.cycle import crawl_then_alert, in_process

    app: AppContext = ctx.obj
    config, db = app.config, app.db
    if not any(s.enabled for s in config.sources):
        raise fail(f"{config.path or 'config'}: no enabled [[sources]] to crawl; add one (see `swapwatch init`)")
    display = _Display(enabled=fmt is SummaryFormat.table and app.verbosity >= 0)
    try:
        with display.progress:
            step = in_process(lambda: run_crawl(config, db, sources=source or None, progress=display))
            cycle = crawl_then_alert(config, db, step, alerts=alerts)
    except ValueError as exc:  # an unknown --source name
        raise fail(str(exc)) from None
    except SQLAlchemyError as exc:  # the sources could not even be registered
        raise fail(f"storage error: {storage_cause(exc)}") from None
    data = cycle.outcome.summary.as_dict()
    if alerts:
        data["alerts"] = cycle.alerts_dict()
    _print_summary(data, fmt, alerts)
    if data.get("storage_error"):
        raise fail(f"crawl failed: storage error: {data['storage_error']}", code=1)
    _exit_on_total_failure(data["totals"])


def _print_summary(data: dict, fmt: SummaryFormat, alerts: bool) -> None:
    if fmt is SummaryFormat.json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    totals = data["totals"]
    write_rows(data["sources"], "table", COLUMNS, title="crawl summary")
    typer.echo(
        f"{totals['sources']} sources ({totals['failed']} failed): {totals['fetched']} fetched, {totals['new']} new, "
        f"{totals['relevant']} relevant, {totals['figures']} figures, {totals['errors']} errors in {data['seconds']} s"
    )
    if alerts:
        typer.echo(data["alerts"]["summary"])


def _exit_on_total_failure(totals: dict) -> None:
    """Automation reads the exit code: a cycle in which no source could be crawled is a failure (1)."""
    if totals["sources"] and totals["failed"] >= totals["sources"]:
        typer.echo(f"swapwatch: all {totals['sources']} source(s) failed", err=True)
        raise typer.Exit(1)


def reextract_command(
    ctx: typer.Context,
    since: str = typer.Option(None, "--since", help="Only articles published on or after this date (YYYY-MM-DD)."),
    stale: bool = typer.Option(False, "--stale", help="Only articles read by an older extractor version."),
    alerts: bool = typer.Option(True, "--alerts/--no-alerts", help="Rebuild events and alert what changed."),
    fmt: SummaryFormat = typer.Option(SummaryFormat.table, "--format", "-f", help="Summary as table or json."),
) -> None:
    """Re-run the extractor over the archived articles and replace their figures, without refetching; then
    rebuild the events (a corrected figure alerts once, nothing unchanged is re-sent). Articles judged
    irrelevant are re-read too while they keep their text ([storage] keep_irrelevant).

    Example: swapwatch reextract --stale
    """
    from crawler import reextract
    from scheduler.cycle import reextract_then_alert

    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        raise fail(f"--since: not a date {since!r} (use YYYY-MM-DD)") from None
    app: AppContext = ctx.obj
    config, db = app.config, app.db
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True,
                        disable=fmt is not SummaryFormat.table or app.verbosity < 0)
    task = progress.add_task("re-extracting", total=None)
    tick = lambda done: progress.update(task, description=f"re-extracted {done} article(s)")  # noqa: E731
    with progress:
        if alerts:
            result, report = reextract_then_alert(config, db, stale=stale, since=since_date, progress=tick)
        else:
            result, report = reextract(db, since=since_date, stale=stale, progress=tick), None
    summary = result.as_dict()
    if report is not None:
        summary["alerts"] = report.summary()
    if fmt is SummaryFormat.json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    write_rows([{k: v for k, v in summary.items() if k != "alerts"}], "table", title="re-extraction")
    typer.echo(f"{result.articles} article(s) re-read: {result.figures_added} figure(s) added, "
               f"{result.figures_removed} removed, {result.rescued} rescued from irrelevance, "
               f"{result.events_changed} event(s) changed")
    if report is not None:
        typer.echo(report.summary())


def register(app: typer.Typer) -> None:
    app.command("crawl")(crawl)
    app.command("reextract")(reextract_command)
