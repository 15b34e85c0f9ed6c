"""`swapwatch run` (the scheduled service), `swapwatch status`, and the service's child crawl command."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

from core.cells import jsonable
from core.config import Config, parse_interval
from swapwatch.commands.serve import HOST as SERVE_HOST
from swapwatch.commands.serve import PORT as SERVE_PORT
from swapwatch.commands.serve import TOKEN as SERVE_TOKEN
from swapwatch.context import AppContext, fail, first_line
from swapwatch.output import Format, write_rows

if TYPE_CHECKING:
    from scheduler import InstanceLock
    from scheduler.enqueue import CrawlBatcher
    from storage import Database
    from web import BackgroundServer

log = logging.getLogger(__name__)

# the table's columns; `enabled` shows as health "off", so the table fits 80 columns (json keeps every key)
SOURCE_COLUMNS = ["source", "every", "last_crawl", "result", "new", "figures", "failures", "health", "next_run"]
EVENT_COLUMNS = ["id", "event_date", "conflict", "figures", "articles"]
ENQUEUE_THREADS = 8


def _child_base(app_ctx: AppContext, config: Config) -> list[str]:
    """This program with the same config and log format, to the ``crawl-child`` command dying with this process."""
    base = [sys.executable, "-m", "swapwatch.cli"]
    if config.path is not None:
        base += ["--config", str(config.path.resolve())]
    base += ["--log-format", app_ctx.log_format]
    if app_ctx.verbosity > 0:
        base.append("-" + "v" * app_ctx.verbosity)
    return [*base, "crawl-child", "--parent-pid", str(os.getpid())]


def child_argv(app_ctx: AppContext, config: Config) -> Callable[[str], list[str]]:
    """The command line of one child crawl of one source."""
    base = _child_base(app_ctx, config)
    return lambda name: [*base, "--source", name]


def batch_argv(app_ctx: AppContext, config: Config) -> Callable[[list[str], float], list[str]]:
    """The command line of a [cluster] worker's batch: many sources, each line of progress printed as it ends."""
    base = _child_base(app_ctx, config)
    return lambda names, seconds: [*base, "--progress", "--source-timeout", f"{seconds:g}",
                                   *(arg for name in names for arg in ("--source", name))]


def run(
    ctx: typer.Context,
    stop_timeout: str = typer.Option("20s", "--stop-timeout", metavar="DURATION",
                              help="On SIGTERM, how long the current crawl may go on before it is stopped."),
    serve: bool = typer.Option(False, "--serve", help="Also serve the web dashboard and API (see `serve`)."),
    host: str = SERVE_HOST,
    port: int = SERVE_PORT,
    admin_token: str | None = SERVE_TOKEN,
) -> None:
    """Run the scheduled service until SIGINT/SIGTERM; SIGHUP or an edited config file reloads the sources.

    Each source is crawled at its interval in a child process; alerts go out after each crawl and the
    outbox is drained every [schedule] delivery_interval. One service per database.

    Example: swapwatch --config /etc/swapwatch/swapwatch.toml --log-format json run
    """
    from scheduler import Service, ServiceOptions
    from swapwatch.context import checked_config

    app_ctx: AppContext = ctx.obj
    config = app_ctx.config
    crawl_argv = child_argv(app_ctx, config)  # children log at the user's level: warnings unless -v
    _service_logging(app_ctx)
    try:
        grace = parse_interval(stop_timeout).total_seconds()
    except ValueError as exc:
        raise fail(f"--stop-timeout: {exc}") from None
    lock = _lock(config.storage.url)
    if config.cluster is None:  # the crawl children of this service fork their extraction workers from one warm server
        from crawler.workers import share_forkserver

        share_forkserver()
    web = None
    try:
        _writable(app_ctx)
        web = _start_web(app_ctx, host, port, admin_token) if serve else None
        service = Service(
            config, app_ctx.db, lambda: checked_config(app_ctx.config_path), crawl_argv,
            # [cluster]: jobs only enqueue, so several run at once (thousands of sources fall due each minute)
            ServiceOptions(stop_timeout=grace, crawl_workers=ENQUEUE_THREADS if config.cluster else 1),
            lock=lock, batcher=_batcher(config, app_ctx.db),
        )
        service.install_signal_handlers()
        service.run_until_stopped()
    finally:
        if web is not None:
            web.stop()
        lock.release()
    if service.exit_code:
        raise typer.Exit(service.exit_code)


def _batcher(config: Config, db: Database) -> CrawlBatcher | None:
    """With [cluster]: what sends due sources to the workers, in batches (None: crawl here)."""
    if config.cluster is None:
        return None
    from scheduler.cluster import make_app
    from scheduler.enqueue import CrawlBatcher

    log.info("cluster mode: crawls go to the workers on queue %r, up to %d source(s) a message",
             config.cluster.queue, config.cluster.batch_size)
    return CrawlBatcher(make_app(config.cluster), config.cluster, db)


def _start_web(app_ctx: AppContext, host: str, port: int, admin_token: str | None) -> BackgroundServer:
    """The dashboard in a thread of the service, over the same database (the web only reads, bar admin acts)."""
    from swapwatch.commands.serve import announce, web_settings
    from web import BackgroundServer

    settings = web_settings(host, port, admin_token)
    os.environ.pop("SWAPWATCH_ADMIN_TOKEN", None)  # the crawl children need not see it
    try:
        web = BackgroundServer(app_ctx.db, app_ctx.config, settings).start()
    except OSError as exc:
        raise fail(f"--serve: {exc}") from None
    announce(web.url, settings)
    return web


def _service_logging(app_ctx: AppContext) -> None:
    if app_ctx.verbosity == 0:  # a service logs one line per crawl by default
        app_ctx.verbosity = 1
        app_ctx.setup_logging()
    if app_ctx.verbosity < 2:  # APScheduler and Alembic narrate every job run and migration check at INFO
        for name in ("apscheduler", "alembic"):
            logging.getLogger(name).setLevel(logging.WARNING)


def _lock(url: str) -> InstanceLock:
    """This database's instance lock, taken, or a clean one-line refusal."""
    from scheduler import AlreadyRunning, InstanceLock

    lock = InstanceLock(url)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        raise fail(str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - an unreachable server is one line, not a traceback
        raise fail(f"cannot open database for the instance lock: {first_line(exc)}") from None
    return lock


def _writable(app_ctx: AppContext) -> None:
    """A service on a database it cannot write would crawl for nothing: refuse to start, in one line."""
    try:
        app_ctx.db.check_writable()
    except Exception as exc:  # noqa: BLE001 - read-only file, read-only server, full disk: one line, exit 2
        raise fail(f"the database does not accept writes: {first_line(exc)}") from None


def _die_with_parent(parent_pid: int | None) -> None:
    """If the service dies (even by kill -9), kill this crawl's whole process group within half a second.

    A watchdog thread rather than PR_SET_PDEATHSIG: the kernel signal would kill only this process and
    orphan the crawler's extraction workers, which live in the same process group.
    """
    if not parent_pid:
        return
    if os.getppid() != parent_pid:  # the service died before this crawl got going
        raise typer.Exit(3)
    import signal
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os.killpg(os.getpgrp(), signal.SIGKILL)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def crawl_child(
    ctx: typer.Context,
    source: list[str] = typer.Option([], "--source", help="Crawl only this source (repeatable)."),
    parent_pid: int | None = typer.Option(None, "--parent-pid", help="Exit with this process."),
    progress: bool = typer.Option(False, "--progress", help="Print each source's row as its crawl ends."),
    source_timeout: float | None = typer.Option(None, "--source-timeout", min=1,
                                                help="Stop each source's crawl after this many seconds."),
) -> None:
    """One crawl for the service, in its own process: prints the crawl summary as one JSON line, no alerts.

    Example: swapwatch crawl-child --source "Example Wire"
    """
    _die_with_parent(parent_pid)
    try:
        from crawler import run_crawl
    except ImportError as exc:
        raise fail(f"the crawler is not available: {exc}") from None
    app_ctx: AppContext = ctx.obj

    def finished(event: str, data: dict) -> None:  # a [cluster] worker settles each source of a batch at once
        if event == "source_finished":
            typer.echo(json.dumps({"finished": jsonable(data)}, default=str))

    summary = run_crawl(app_ctx.config, app_ctx.db, sources=source or None, progress=finished if progress else None,
                        source_timeout=source_timeout)
    typer.echo(json.dumps(jsonable(summary.as_dict()), default=str))


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
    app.command()(run)
    app.command()(status)
    app.command("crawl-child", hidden=True)(crawl_child)
