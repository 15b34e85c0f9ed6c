"""``swapwatch run``: an APScheduler service with one job per source, delivery, digest and config watch.

The service takes its configuration loader and the child crawl command as callables, so this package
never imports the CLI layer. ``run_until_stopped`` is the whole life cycle: lock, recover, schedule,
wait for a signal, stop within a bounded time.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from core.config import Config, SourceConfig, short_interval
from scheduler import jobs
from scheduler.alerting import Alerting
from scheduler.child import TERMINATE_GRACE
from scheduler.lock import InstanceLock
from scheduler.planning import effective_jitter, misfire_grace, plan_starts
from scheduler.records import close_interrupted_runs
from storage import Database, utcnow

if TYPE_CHECKING:
    from scheduler.enqueue import CrawlBatcher
from storage.schedule import forget_job, load_next_runs, save_next_run, save_next_runs, source_job_id

log = logging.getLogger(__name__)
# the exit code of a service that lost its instance lock: a failure (so systemd's Restart=on-failure brings it
# back to retake the lock), and not 2, which the unit reads as "another instance runs, do not restart"
LOCK_LOST_EXIT = 75


@dataclass
class ServiceOptions:
    # on SIGTERM the current crawl gets this long to finish before it is aborted
    stop_timeout: float = 20.0
    watch_interval: float = 5.0
    crawl_workers: int = 1


class Service:
    def __init__(
        self,
        config: Config,
        db: Database,
        load_config: Callable[[], Config],
        crawl_argv: Callable[[str], list[str]],
        options: ServiceOptions | None = None,
        lock: InstanceLock | None = None,
        batcher: CrawlBatcher | None = None,
    ) -> None:
        self.config = config
        self.db = db
        self.load_config = load_config
        self.crawl_argv = crawl_argv
        self.options = options or ServiceOptions()
        self.lock = lock
        # [cluster]: due sources go to the workers in batches instead of being crawled here
        self.batcher = batcher
        self._by_name = self._enabled(config)  # a due job finds its source in O(1): there may be 100,000
        self.alerting = Alerting(db, fence=self.holds_lock if lock is not None else None)
        self.crawls_done = 0
        # non-zero when the service stops for a reason of its own (e.g. it lost its instance lock)
        self.exit_code = 0
        self._stop = threading.Event()
        self._reload = threading.Event()
        self._abort_at: float | None = None
        self._active = 0
        self._idle = threading.Condition()
        self._mtime = self._config_mtime()
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={
                "default": ThreadPoolExecutor(2),
                "crawl": ThreadPoolExecutor(self.options.crawl_workers),
                # long one-off work (re-extraction after an upgrade) that must never hold up crawls or delivery
                "background": ThreadPoolExecutor(1),
            },
            job_defaults={"coalesce": True, "max_instances": 1},
        )

    # -- state the jobs read -------------------------------------------------------------------------
    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def should_abort(self) -> bool:
        return self._abort_at is not None and time.monotonic() >= self._abort_at

    def source(self, name: str) -> SourceConfig | None:
        return self._by_name.get(name)

    @contextmanager
    def busy(self) -> Iterator[None]:
        with self._idle:
            self._active += 1
        try:
            yield
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def persist_next_run(self, name: str) -> None:
        job = self.scheduler.get_job(source_job_id(name))
        if job is not None:
            save_next_run(self.db.engine, job.id, job.next_run_time)

    def persist_next_runs(self, names: list[str]) -> None:
        """The plan of many sources in one transaction ([cluster]: a batch just sent to the workers)."""
        jobs = [job for name in names if (job := self.scheduler.get_job(source_job_id(name))) is not None]
        if jobs:
            save_next_runs(self.db.engine, {job.id: job.next_run_time for job in jobs})

    # -- scheduling ---------------------------------------------------------------------------------
    def _enabled(self, config: Config) -> dict[str, SourceConfig]:
        return {s.name: s for s in config.sources if s.enabled}

    def _add_source_job(self, source: SourceConfig, start: datetime) -> None:
        interval = self.config.interval_of(source)
        trigger = IntervalTrigger(
            seconds=interval.total_seconds(),
            start_date=start,
            jitter=effective_jitter(interval, self.config.schedule.jitter) or None,
            timezone=UTC,
        )
        self.scheduler.add_job(
            jobs.crawl_job, trigger, args=[self, source.name], id=source_job_id(source.name),
            name=f"crawl {source.name}", executor="crawl", misfire_grace_time=misfire_grace(interval),
            replace_existing=True, next_run_time=start,  # exactly the plan: its jitter was drawn already
        )
        log.info("source %r: every %s, next run %s", source.name, short_interval(interval),
                 start.isoformat(timespec="seconds"))

    def schedule_sources(self, names: list[str] | None = None) -> None:
        """Add a job for each enabled source (or only ``names``), starting where the persisted plan says."""
        enabled = self._enabled(self.config)
        wanted = {n: s for n, s in enabled.items() if names is None or n in names}
        now = utcnow()
        intervals = {n: self.config.interval_of(s) for n, s in wanted.items()}
        starts = plan_starts(now, intervals, load_next_runs(self.db.engine), self.config.schedule.jitter)
        for name, source in wanted.items():
            self._add_source_job(source, starts[name])
        # one transaction for the whole plan: one commit per source made a start with 10,000 sources take minutes
        save_next_runs(self.db.engine, {source_job_id(name): starts[name] for name in wanted})

    def _schedule_fixed_jobs(self) -> None:
        schedule = self.config.schedule
        self.scheduler.add_job(
            jobs.delivery_job, IntervalTrigger(seconds=schedule.delivery_interval.total_seconds(), timezone=UTC),
            args=[self], id="delivery", name="alert delivery", misfire_grace_time=30, replace_existing=True,
        )
        self.scheduler.add_job(
            jobs.watch_config_job, IntervalTrigger(seconds=self.options.watch_interval, timezone=UTC),
            args=[self], id="watch-config", name="config watch", misfire_grace_time=30, replace_existing=True,
        )
        digest = self.config.alerts.digest
        if digest is not None:
            zone = self.config.alerts.timezone
            self.scheduler.add_job(
                jobs.digest_job, CronTrigger(hour=digest.hour, minute=digest.minute, timezone=zone),
                args=[self], id="digest", name="daily digest", misfire_grace_time=3600, replace_existing=True,
            )
        elif self.scheduler.get_job("digest") is not None:
            self.scheduler.remove_job("digest")

    def start(self) -> None:
        if self.batcher is None:  # [cluster]: a "running" row may be a live crawl on a worker; workers close their own
            close_interrupted_runs(self.db)
        else:
            self.batcher.on_sent = self.persist_next_runs
            self.batcher.start()
        self.scheduler.start(paused=True)
        self.schedule_sources()
        self._schedule_fixed_jobs()
        if self.config.schedule.reextract_on_upgrade:
            self.scheduler.add_job(jobs.reextract_job, args=[self], id="reextract", name="re-extraction after upgrade",
                                   executor="background", replace_existing=True)
        self.scheduler.resume()
        count = len(self._enabled(self.config))
        if count:
            log.info("service started: %d source(s) scheduled", count)
        else:
            log.warning("service started with no enabled source; add [[sources]] to %s and it reloads",
                        self.config.path or "the config file")

    # -- reload ---------------------------------------------------------------------------------------
    def _config_mtime(self) -> float | None:
        path = self.config.path
        try:
            return path.stat().st_mtime if path else None
        except OSError:
            return None

    def config_changed(self) -> bool:
        mtime = self._config_mtime()
        if mtime is not None and mtime != self._mtime:
            self._mtime = mtime
            return True
        return False

    def request_reload(self) -> None:
        self._reload.set()

    def reload(self) -> None:
        """Re-read the config and add, drop or reschedule source jobs; a bad file keeps the old config."""
        try:
            new = self.load_config()
        except Exception as exc:  # noqa: BLE001 - a broken edit must not stop the service
            log.error("config reload failed, keeping the running configuration: %s", exc)
            return
        if new.storage.url != self.config.storage.url:
            log.warning("storage.url changed; that takes effect only after a restart")
        if new.cluster != self.config.cluster:
            log.warning("[cluster] changed; that takes effect only after a restart (of the service and the workers)")
        old_config, self.config = self.config, new
        self._by_name = self._enabled(new)
        old, fresh = self._enabled(old_config), self._enabled(new)
        self._mtime = self._config_mtime()
        for name in old.keys() - fresh.keys():
            with suppress(Exception):
                self.scheduler.remove_job(source_job_id(name))
            forget_job(self.db.engine, source_job_id(name))
            log.info("source %r removed from the schedule", name)
        changed = [n for n in fresh if n not in old or new.interval_of(fresh[n]) != old_config.interval_of(old[n])]
        if changed:
            self.schedule_sources(changed)
        self._schedule_fixed_jobs()  # delivery interval and digest time may have changed too
        log.info("config reloaded: %d source(s), %d added or rescheduled", len(fresh), len(changed))

    # -- life cycle -----------------------------------------------------------------------------------
    def request_stop(self, exit_code: int = 0) -> None:
        if self._stop.is_set():  # a second SIGINT/SIGTERM: stop the running crawl now
            self._abort_at = time.monotonic()
        self.exit_code = self.exit_code or exit_code
        self._stop.set()

    def check_lock(self) -> None:
        """Stop if the instance lock was lost: two services must never run (checked every few seconds)."""
        self.holds_lock()

    def holds_lock(self) -> bool:
        """The fence asked before every send: False (and the service stopping) once the lock is gone."""
        if self.lock is None or self.lock.held():
            return True
        self.lock_lost()
        return False

    def lock_lost(self) -> None:
        """Stop sending and stop the service with LOCK_LOST_EXIT; said once, however many workers notice."""
        with self._idle:
            first = self.exit_code != LOCK_LOST_EXIT
            self.exit_code = LOCK_LOST_EXIT
        if first:
            log.error("lost the instance lock (another process may own the database now); stopped sending, "
                      "exiting with %d so the supervisor restarts the service and it retakes the lock", LOCK_LOST_EXIT)
        self.request_stop(exit_code=LOCK_LOST_EXIT)

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, lambda *_: self.request_stop())
        signal.signal(signal.SIGINT, lambda *_: self.request_stop())
        signal.signal(signal.SIGHUP, lambda *_: self.request_reload())

    def run_until_stopped(self) -> None:
        self.start()
        while not self._stop.wait(0.2):
            if self._reload.is_set():
                self._reload.clear()
                self.reload()
        self.shutdown()

    def shutdown(self) -> None:
        """Stop scheduling; give running work ``stop_timeout`` to finish, then abort crawls; wait for them."""
        self._stop.set()
        log.info("stopping: no new jobs; waiting up to %.0fs for running work", self.options.stop_timeout)
        self.scheduler.shutdown(wait=False)
        if self.batcher is not None:
            self.batcher.stop()
        grace_end = time.monotonic() + self.options.stop_timeout
        self._abort_at = min(self._abort_at or grace_end, grace_end)
        deadline = self._abort_at + TERMINATE_GRACE + 10
        with self._idle:
            while self._active and time.monotonic() < deadline:
                self._idle.wait(0.2)
        if self._active:
            log.error("%d job(s) still running at exit", self._active)
        log.info("service stopped after %d crawl(s)", self.crawls_done)
