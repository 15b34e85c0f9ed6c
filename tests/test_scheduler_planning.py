"""Scheduling decisions with a frozen clock: first runs after a restart, jitter bounds, misfire grace."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.triggers.interval import IntervalTrigger

from scheduler.planning import MAX_STAGGER, effective_jitter, first_run, misfire_grace, plan_starts
from storage.schedule import forget_job, load_next_runs, save_next_run, save_next_runs, source_job_id

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
M30 = timedelta(minutes=30)


def test_jitter_is_capped_at_a_fifth_of_the_interval() -> None:
    assert effective_jitter(M30, timedelta(minutes=2)) == 120
    assert effective_jitter(timedelta(seconds=45), timedelta(minutes=2)) == 9
    assert effective_jitter(timedelta(seconds=5), timedelta(0)) == 0


def test_trigger_runs_stay_within_interval_plus_jitter() -> None:
    random.seed(7)
    jitter = effective_jitter(timedelta(seconds=60), timedelta(minutes=2))
    trigger = IntervalTrigger(seconds=60, start_date=NOW, jitter=jitter, timezone=UTC)
    previous = None
    for step in range(200):
        now = NOW + timedelta(seconds=60 * step)
        fire = trigger.get_next_fire_time(previous, now)
        grid = NOW + timedelta(seconds=60 * step)
        assert grid <= fire <= grid + timedelta(seconds=jitter)
        previous = grid  # APScheduler passes the un-jittered time back in


def _late_run(grace, late: timedelta) -> tuple[list[int], list[str]]:
    """APScheduler's own executor step for a crawl job that was due ``late`` ago."""
    from apscheduler.events import EVENT_JOB_MISSED
    from apscheduler.executors.base import run_job
    from apscheduler.job import Job
    from apscheduler.schedulers.base import BaseScheduler

    ran: list[str] = []

    class Stub(BaseScheduler):  # only what Job needs to exist; never started
        def shutdown(self, wait=True): ...

        def wakeup(self): ...

    job = Job(Stub(timezone=UTC), id="source:Wire", func=ran.append, args=["Wire"], kwargs={},
              trigger=IntervalTrigger(minutes=30, timezone=UTC), executor="crawl", misfire_grace_time=grace,
              coalesce=True, max_instances=1, name="crawl Wire", next_run_time=NOW)
    events = run_job(job, "default", [datetime.now(UTC) - late], "test")
    return [e.code for e in events if e.code == EVENT_JOB_MISSED], ran


def test_a_crawl_that_waited_longer_than_its_interval_still_runs() -> None:
    # e.g. queued for 50 minutes behind a slow crawl: still due, so it runs (once: runs are coalesced)
    missed, ran = _late_run(misfire_grace(M30), timedelta(minutes=50))
    assert not missed and ran == ["Wire"]
    # the APScheduler default of a fixed grace would have skipped it
    missed, ran = _late_run(1800, timedelta(minutes=50))
    assert missed and not ran


def test_a_planned_future_run_survives_a_restart() -> None:
    planned = NOW + timedelta(minutes=12)
    assert first_run(NOW, planned, M30, 120) == planned


def test_a_run_that_came_due_while_down_is_not_skipped() -> None:
    overdue = NOW - timedelta(hours=5)
    assert first_run(NOW, overdue, M30, 120, offset=timedelta(seconds=3)) == NOW + timedelta(seconds=3)


def test_a_shortened_interval_caps_a_far_plan() -> None:
    far = NOW + timedelta(days=1)
    assert first_run(NOW, far, M30, 120) == NOW + M30 + timedelta(seconds=120)


def test_a_new_source_starts_within_the_jitter() -> None:
    rng = random.Random(1)
    starts = [first_run(NOW, None, M30, 120, rng=rng) for _ in range(100)]
    assert all(NOW <= s <= NOW + timedelta(seconds=120) for s in starts)
    assert len(set(starts)) > 50  # actually random


def test_a_restart_does_not_crawl_every_source_at_once() -> None:
    names = [f"s{i}" for i in range(6)]
    intervals = dict.fromkeys(names, M30)
    persisted = {"s0": NOW - timedelta(hours=1), "s1": NOW - timedelta(minutes=1), "s2": NOW + timedelta(minutes=9)}
    starts = plan_starts(NOW, intervals, persisted, timedelta(0))
    assert starts["s2"] == NOW + timedelta(minutes=9)  # kept
    waiting = sorted(starts[n] for n in names if n != "s2")
    assert waiting[0] == NOW and starts["s0"] == NOW  # the longest overdue goes first
    gaps = [b - a for a, b in zip(waiting, waiting[1:], strict=False)]
    assert all(timedelta(0) < g <= MAX_STAGGER for g in gaps)
    assert waiting[-1] - NOW <= M30 / 4


def test_plan_is_empty_without_sources() -> None:
    assert plan_starts(NOW, {}, {}, timedelta(minutes=2)) == {}


def test_next_runs_round_trip_through_the_database(db) -> None:
    when = datetime(2026, 3, 1, 12, 30, 15, tzinfo=UTC)
    save_next_run(db.engine, source_job_id("Wire"), NOW)
    save_next_run(db.engine, source_job_id("Wire"), when)  # an update, not a second row
    save_next_run(db.engine, "delivery", NOW)
    assert load_next_runs(db.engine) == {"Wire": when}
    forget_job(db.engine, source_job_id("Wire"))
    assert load_next_runs(db.engine) == {}


def test_a_whole_plan_is_saved_in_one_call(db) -> None:
    """How a service starting with thousands of sources writes its plan: new rows and updates together."""
    later = NOW + timedelta(minutes=5)
    save_next_run(db.engine, source_job_id("s0"), NOW)
    save_next_runs(db.engine, {source_job_id(f"s{i}"): later + timedelta(seconds=i) for i in range(3000)})
    plan = load_next_runs(db.engine)
    assert len(plan) == 3000 and plan["s0"] == later and plan["s2999"] == later + timedelta(seconds=2999)


@pytest.mark.parametrize("interval", [timedelta(seconds=2), timedelta(hours=6)])
def test_stagger_never_exceeds_a_quarter_interval(interval) -> None:
    names = [f"s{i}" for i in range(40)]
    starts = plan_starts(NOW, dict.fromkeys(names, interval), {}, timedelta(0))
    assert max(starts.values()) - NOW <= interval / 4
