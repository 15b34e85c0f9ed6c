"""The harness of bench/cluster.py: a fresh PostgreSQL database, local news sites, swapwatch processes and their CPU.

Imported by bench/cluster.py, which puts the repository and tests/ on ``sys.path`` first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

BROKER = os.environ.get("SWAPWATCH_BENCH_BROKER", "amqp://guest:guest@127.0.0.1:5672//")
PG = os.environ.get("SWAPWATCH_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PER_SITE = 10  # sources per local site (each its own feed URL), articles per source


class FreshDatabase:
    def __enter__(self) -> str:
        self.admin = create_engine(PG, isolation_level="AUTOCOMMIT")
        self.name = f"swbench_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        return make_url(PG).set(database=self.name).render_as_string(hide_password=False)

    def __exit__(self, *exc: object) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


def cluster_config(db_url: str, hook_url: str, queue: str, interval: str, sources: list[tuple[str, str]]) -> str:
    from service_support import service_config

    feeds = "".join(f'\n[[sources]]\nname = "{n}"\nurl = "{u}"\ntype = "feed"\nmax_age = "36500d"\n'
                    for n, u in sources)
    body = service_config(db_url, "http://127.0.0.1:9", hook_url, interval=interval).split("[[sources]]")[0]
    return body + feeds + f'\n[cluster]\nbroker = "{BROKER}"\nqueue = "{queue}"\nalert_batch = "1s"\n'


def news_sites(count: int) -> list:
    """``count`` sources' worth of articles: one site per source, each with its own generated records."""
    from crawl import generated_records

    from swapwatch.demo.site import NewsSite

    sites = []
    for i in range(count):
        records = generated_records(PER_SITE, seed=1000 + i, off_topic=0.85)
        for r in records:
            r["id"] = f"s{i}-{r['id']}"
        sites.append(NewsSite(records).start())
    return sites


def start_cli(argv: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "swapwatch.cli", *argv], stdout=open(log, "a"),  # noqa: SIM115
                            stderr=subprocess.STDOUT)


def stop_all(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


def wait_for(predicate, timeout: float, what: str) -> float:
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            sys.exit(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.5)
    return time.monotonic()


def cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and of its children it has waited for (a worker's finished batch children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def epoch(moment) -> float:
    from datetime import UTC

    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
