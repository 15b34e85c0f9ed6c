"""`swapwatch run` (the scheduled service) and the service's child crawl command (`swapwatch status`: status.py)."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from core.cells import jsonable
from core.config import Config, parse_interval
from swapwatch.commands.serve import HOST as SERVE_HOST
from swapwatch.commands.serve import PORT as SERVE_PORT
from swapwatch.commands.serve import TOKEN as SERVE_TOKEN
from swapwatch.context import AppContext, fail, first_line

if TYPE_CHECKING:
    from scheduler import InstanceLock
    from scheduler.enqueue import CrawlBatcher
    from storage import Database
    from web import BackgroundServer

log = logging.getLogger(__name__)

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
    app_ctx: AppContext = ctx.obj
    config = app_ctx.config
    crawl_argv = child_argv(app_ctx, config)  # children log at the user's level: warnings unless -v
    service_logging(app_ctx)
    grace = _grace(stop_timeout)
    lock = _lock(config.storage.url)
    if config.cluster is None:  # the crawl children of this service fork their extraction workers from one warm server
        from crawler.workers import share_forkserver

        share_forkserver()
    web = None
    try:
        _writable(app_ctx)
        web = _start_web(app_ctx, host, port, admin_token) if serve else None
        exit_code = _run_service(app_ctx, crawl_argv, grace, lock)
    finally:
        if web is not None:
            web.stop()
        lock.release()
    if exit_code:
        raise typer.Exit(exit_code)


def _grace(stop_timeout: str) -> float:
    """Seconds ``--stop-timeout`` gives the current crawl on SIGTERM, or a one-line refusal."""
    try:
        return parse_interval(stop_timeout).total_seconds()
    except ValueError as exc:
        raise fail(f"--stop-timeout: {exc}") from None


def _run_service(app_ctx: AppContext, crawl_argv: Callable[[str], list[str]], grace: float,
                 lock: InstanceLock) -> int:
    """The scheduler over this database, holding ``lock``, until a signal stops it; its exit code."""
    from scheduler import Service, ServiceOptions
    from swapwatch.context import checked_config

    config = app_ctx.config
    service = Service(
        config, app_ctx.db, lambda: checked_config(app_ctx.config_path), crawl_argv,
        # [cluster]: jobs only enqueue, so several run at once (thousands of sources fall due each minute)
        ServiceOptions(stop_timeout=grace, crawl_workers=ENQUEUE_THREADS if config.cluster else 1),
        lock=lock, batcher=_batcher(config, app_ctx.db),
    )
    service.install_signal_handlers()
    service.run_until_stopped()
    return service.exit_code


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


def service_logging(app_ctx: AppContext) -> None:
    """A service's logging: one line per crawl by default, the libraries' job chatter only with -vv."""
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

    A [cluster] worker runs one per batch with --progress (a {"finished": {...}} line per source as its crawl
    ends, before the summary) and --source-timeout ([schedule] crawl_timeout in seconds).

    Example: swapwatch crawl-child --source "Example Wire"

    Example: swapwatch crawl-child --progress --source-timeout 600 --source "Example Wire" --source "Example Ministry"
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


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command("crawl-child", hidden=True)(crawl_child)
