"""`swapwatch worker`: a Celery worker that runs the crawls `swapwatch run` enqueues (the `[cluster]` mode)."""

from __future__ import annotations

import logging
import os
import socket
from typing import TYPE_CHECKING

import typer

from swapwatch.commands.service import batch_argv, service_logging
from swapwatch.context import AppContext, fail

if TYPE_CHECKING:
    from celery import Celery
    from celery.apps.worker import Worker

    from core.config import ClusterConfig
    from scheduler.tasks import AlertRunner

log = logging.getLogger(__name__)


def worker(
    ctx: typer.Context,
    concurrency: int | None = typer.Option(
        None, "--concurrency", "-c", min=1, max=64, help="Crawls at once (default: [cluster] concurrency)."
    ),
    name: str | None = typer.Option(None, "--name", "-n", help="Worker name (default: swapwatch-PID@HOST)."),
) -> None:
    """Run crawls from the cluster's queue until SIGINT/SIGTERM (warm stop: running crawls finish first).

    Needs a [cluster] section (broker = "amqp://…") and PostgreSQL as storage.url; run it on as many
    machines as you like, next to one `swapwatch run` that plans. Each message is a batch of sources crawled in
    one child process, each source with the [schedule] crawl_timeout; a batch whose worker dies is redelivered to
    another worker, which crawls only the sources left unfinished.

    Example: swapwatch --config /etc/swapwatch/swapwatch.toml worker --concurrency 2
    """
    app_ctx: AppContext = ctx.obj
    config = app_ctx.config
    if config.cluster is None:
        raise fail(f"{config.path or 'the config'}: no [cluster] section; add broker = \"amqp://…\" to run workers")
    from crawler.workers import share_forkserver
    from scheduler.cluster import make_app

    service_logging(app_ctx)
    share_forkserver()  # every crawl child of this worker forks its extraction workers from one warm server
    app = make_app(config.cluster)
    alerts = _start_runtime(app_ctx, app)
    instance = _celery_worker(app, config.cluster, name, concurrency)
    try:
        instance.start()
    finally:
        alerts.stop()
    if instance.exitcode:
        raise typer.Exit(instance.exitcode)


def _start_runtime(app_ctx: AppContext, app: Celery) -> AlertRunner:
    """The crawl task registered on ``app`` and the worker's alert thread, started (the caller stops it)."""
    from core.config import load_config
    from scheduler.alerting import Alerting
    from scheduler.tasks import AlertRunner, WorkerRuntime, register

    config = app_ctx.config
    runtime = WorkerRuntime(config, app_ctx.db, batch_argv(app_ctx, config),
                            reload=lambda: load_config(app_ctx.config_path))
    alerting = Alerting(app_ctx.db)
    alerts = AlertRunner(runtime, lambda: alerting.cycle(runtime.config)).start()
    register(app, runtime)
    return alerts


def _celery_worker(app: Celery, cluster: ClusterConfig, name: str | None, concurrency: int | None) -> Worker:
    """The Celery worker consuming the cluster's queue, not yet started."""
    hostname = name or f"swapwatch-{os.getpid()}@{socket.gethostname()}"
    # threads, not Celery's prefork pool: a task only waits on its crawl's child process, and a worker killed with
    # -9 must take its tasks down with it (a forked pool process would live on holding the source's lock)
    instance = app.Worker(
        hostname=hostname, pool_cls="threads", concurrency=concurrency or cluster.concurrency,
        queues=[cluster.queue], loglevel=logging.getLevelName(logging.getLogger().level),
        without_gossip=True, without_mingle=True, quiet=True, redirect_stdouts=False,
    )
    log.info("worker %s: queue %r, %d crawl(s) at once", hostname, cluster.queue, instance.concurrency)
    return instance


def register(app: typer.Typer) -> None:
    app.command()(worker)
