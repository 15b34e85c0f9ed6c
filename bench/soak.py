"""Soak: `swapwatch run` against the local news site with a one-second interval for many cycles.

Prints the service (parent) process's RSS after the first cycle and at the end, its peak, samples in
between, and the cycles completed. The parent must stay flat: every crawl runs in a child process.

    python bench/soak.py --cycles 300          # a few hundred cycles: ~5 s each on a small machine
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from storage import Alert, CrawlRun, Database
from swapwatch.demo.site import NewsSite, load_records

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from service_support import Hook, service_config  # noqa: E402


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def count(db: Database, model, *where) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def republish(site: NewsSite, records: list[dict], cycle: int) -> None:
    """A fresh article now and then, so the alert path works during the soak too."""
    base = records[cycle % len(records)]
    site.publish({**base, "id": f"soak-{cycle}", "title": f"{base['title']} (update {cycle})"})


def wait_cycles(db: Database, proc: subprocess.Popen, cycles: int) -> None:
    while count(db, CrawlRun) < cycles:
        assert proc.poll() is None, "the service died"
        time.sleep(0.2)


def measure(db: Database, proc: subprocess.Popen, site: NewsSite, args: argparse.Namespace) -> dict:
    """Run until ``args.cycles`` crawls are recorded, sampling the service's RSS along the way."""
    records = load_records()
    wait_cycles(db, proc, 1)
    first = rss_kb(proc.pid)
    wait_cycles(db, proc, min(args.warmup, args.cycles))
    warm, samples, published = rss_kb(proc.pid), [], 0
    step = max(1, args.cycles // 10)
    next_sample = step
    while (done := count(db, CrawlRun)) < args.cycles:
        assert proc.poll() is None, "the service died"
        if done // args.publish_every > published:
            published = done // args.publish_every
            republish(site, records, done)
        if done >= next_sample:
            samples.append((done, rss_kb(proc.pid)))
            next_sample = done + step
        time.sleep(0.2)
    end = rss_kb(proc.pid)
    return {"rss_first_cycle_kb": first, "rss_start_kb": warm, "rss_end_kb": end,
            "rss_peak_kb": max([first, warm, end, *(kb for _, kb in samples)]), "rss_samples_kb": samples}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=300, help="crawl cycles to run (default 300)")
    parser.add_argument("--publish-every", type=int, default=10, help="publish an article every N cycles")
    parser.add_argument("--warmup", type=int, default=3, help="cycles before the start RSS is taken (imports)")
    args = parser.parse_args()
    # SIGTERM (or SIGINT, which a background job may ignore) ends the soak through the clean-up below
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    hook = Hook().start()
    with tempfile.TemporaryDirectory() as tmp, NewsSite(load_records()) as site:
        url = f"sqlite:///{tmp}/soak.db"
        config = Path(tmp, "soak.toml")
        config.write_text(service_config(url, site.url, hook.url, interval="1s"))
        db = Database(url)
        started = time.monotonic()
        with open(Path(tmp, "service.log"), "w") as log:
            proc = subprocess.Popen([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "run"],
                                    stdout=log, stderr=subprocess.STDOUT)
            try:
                memory = measure(db, proc, site, args)
            finally:
                proc.send_signal(signal.SIGTERM)
                code = proc.wait(timeout=60)
                hook.stop()
        cycles, seconds = count(db, CrawlRun), time.monotonic() - started
        result = {"cycles": cycles, "ok": count(db, CrawlRun, CrawlRun.status == "ok"), "seconds": round(seconds, 1),
                  "seconds_per_cycle": round(seconds / max(1, cycles), 2), **memory,
                  "alerts_sent": count(db, Alert, Alert.status == "sent"), "webhook_received": len(hook.received),
                  "exit_code": code}
        db.dispose()
    print(json.dumps(result))
    print(f"cycles completed: {result['cycles']} ({result['ok']} ok) in {result['seconds']}s; parent RSS "
          f"{memory['rss_start_kb'] / 1024:.1f} MB at the start (after {args.warmup} warm-up cycles; "
          f"{memory['rss_first_cycle_kb'] / 1024:.1f} MB after the first), {memory['rss_end_kb'] / 1024:.1f} MB "
          f"at the end (peak {memory['rss_peak_kb'] / 1024:.1f} MB); exit code {code}")


if __name__ == "__main__":
    main()
