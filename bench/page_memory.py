"""Memory of one crawl with one very large page: the peak of the whole process tree (crawl + extraction workers).

    python bench/page_memory.py [--mb 10] [--shape comments|article|script] [--workers 2]

Serves a feed with one article page of about ``--mb`` MB from the local news site and runs
`swapwatch crawl` on it in a child process, sampling every process of its tree every 50 ms. Prints the
peak of the summed RSS (shared pages counted once per process, the figure `top` users add up) and of the
summed PSS (shared pages split between the processes that share them: what the tree really costs).

Measured on the 2-core dev box (PSS of the tree, ``comments``): 10 MB page 663 MB before the memory work,
428 MB after (1 worker: 549 → 407); a 50 kB page 427 → 343 MB. Re-measured on a busier box before the second
round: 468-480 MB (1 worker: 447-457), 50 kB page 346-357 MB; after it: 335-353 MB (1 worker: 322-342), 50 kB
page 257-267 MB. The second round: workers forked from a warmed forkserver rather than from the crawl (no
Scrapy/SQLAlchemy/CLI in them, one shared copy of the models), datasketch's MinHash without scipy, the language
model without its all-languages table, a big page held in one copy at a time, big blocks returned when freed, no
whole-page decode for Scrapy's meta refresh. What is left: the crawl process itself (~95 MB before any page:
Scrapy, SQLAlchemy, alembic), the forkserver's models (~60 MB language model, ~25 MB justext stop-words) and
the worker's pre-filter pass over the decoded page (~3 copies of it at its peak).
Third round (same box, before/after run back to back, 2 workers): comments 334 -> 294 MB, script 330 -> 262 MB,
article 347 -> 280 MB. The pre-filter reads the slimmed page the parsers read (at most 1M chars) and the decoded page
is dropped before it; the crawl process no longer imports Alembic/Mako/Pygments (schema check by plain SQL),
apprise (lazy alerts package) or aiohttp (Scrapy's remote control left out of the extension list).
Fourth round (busy box, main and this round back to back, each shape twice, 2 workers, database migrated first):
comments 309-312 -> 276-281 MB, article 295-296 -> 267-270, script 277-289 -> 268-277; with --fresh-db (Alembic
left loaded in the crawl process, ~12 MB) comments 285-287, article 283-290, script 275-277 (main: 304-315 comments).
The worker frees the page once it is compressed, before the parse (``crawler.work.PageBody``: the pool's call
record kept the bytes alive to the end of the call); the page is slimmed as it is decoded, a megabyte at a time
(``extractor.slim``; decoded whole it was 20-40 MB of text); MAX_MARKUP_CHARS is 500k; the crawl process no longer
imports tldextract/requests (Scrapy's cookies middleware, off anyway) nor forks ``uname -p`` for Scrapy's version
banner. The database is now migrated before the crawl, as the service's crawls find it; ``--fresh-db`` measures a
first ``swapwatch crawl`` on a new database. At the tree's peak (comments): crawl ~99 (~110 when the peak falls on
the handover, the page and its pickled copy both held), forkserver ~59, idle worker ~44, busy worker 64-72 (was
94-100), resource tracker 7. What is left: the crawl process (Scrapy, SQLAlchemy, the page held by Scrapy until the
item is done), the forkserver's models, and in the busy worker the parse (~17 MB for 500k characters of dense markup).

Shapes: ``comments`` — a real article followed by thousands of small comment blocks (the worst case for an
HTML parser: one element per few dozen bytes); ``article`` — one article whose text itself is that long;
``script`` — a real article and one huge inline script (the common heavy page).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LEAD = ("Ukraine and Russia exchanged 95 prisoners of war each on Friday, Ukraine's Coordination Headquarters said. "
        "The exchange was mediated by the United Arab Emirates.")


def big_record(mb: float, shape: str) -> dict:
    size = int(mb * 1024 * 1024)
    if shape == "article":
        para = "Families of the captured waited at the border crossing for news of their relatives. " * 4
        text = LEAD + "\n" + "\n".join([para] * (size // len(para)))
    else:
        text = LEAD + "\nOfficials said more exchanges were being prepared."
    return {"id": "big", "lang": "en", "published": "2024-05-03", "title": "Ukraine and Russia swap 95 POWs each",
            "text": text}


def padded_page(site_url: str, shape: str, mb: float) -> bytes | None:
    """For ``comments``/``script``: the article page with the filler appended before ``</body>``."""
    from swapwatch.demo import pages
    from swapwatch.demo.pages import Record

    if shape == "article":
        return None
    page = pages.article_page(site_url, Record.from_dict(big_record(mb, shape)), [])
    size = int(mb * 1024 * 1024)
    if shape == "comments":
        block = ('<div class="comment"><span class="who">reader</span><p>I agree with this, '
                 'see <a href="/u/1">my profile</a></p><ul><li>reply</li></ul></div>\n')
        filler = block * (size // len(block))
    else:
        filler = "<script>window.__STATE__=" + '{"k":"' + "x" * (size - 40) + '"};</script>'
    return page.replace("</body>", filler + "</body>").encode("utf-8")


def tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss, self.processes = pid, 0, 0, 0
        self.root_rss = self.root_pss = 0  # the crawl process alone; the rest: forkserver, workers
        self.each_pss: dict[int, int] = {}  # peak PSS of every process of the tree, by pid
        self.at_peak: list[int] = []  # PSS of each process (the crawl first) when the tree's sum peaked
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = tree(self.pid)
            sizes = [memory_kb(p) for p in pids]
            self.peak_rss = max(self.peak_rss, sum(s[0] for s in sizes))
            if sum(s[1] for s in sizes) > self.peak_pss:  # what each process held at the tree's peak
                self.at_peak = [s[1] for s in sizes]
            self.peak_pss = max(self.peak_pss, sum(s[1] for s in sizes))
            self.root_rss, self.root_pss = max(self.root_rss, sizes[0][0]), max(self.root_pss, sizes[0][1])
            for pid, (_rss, pss) in zip(pids, sizes, strict=True):
                self.each_pss[pid] = max(self.each_pss.get(pid, 0), pss)
            self.processes = max(self.processes, len(pids))
            time.sleep(0.05)


def measure(mb: float, shape: str, workers: int, fresh_db: bool = False) -> dict:
    from swapwatch.demo.site import NewsSite
    from tests.crawler_support import write_config

    with tempfile.TemporaryDirectory() as tmp, NewsSite([big_record(mb, shape)]) as site:
        body = padded_page(site.url, shape, mb)
        if body is not None:  # the page as rendered once, with the filler in it
            site._pages["/news/big.html"] = (site._version, (200, "text/html; charset=utf-8", body))
        config = write_config(Path(tmp) / "sw.toml", f"sqlite:///{tmp}/sw.db",
                              [{"name": "Big", "url": f"{site.url}/rss.xml", "type": "feed", "max_age": "36500d"}],
                              download_timeout="120s", max_page_size="12MB")
        env = {**os.environ, "SWAPWATCH_WORKERS": str(workers)}
        if not fresh_db:  # as the service's crawls find it: migrated before (Alembic stays out of the crawl process)
            subprocess.run([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "db", "upgrade"],
                           check=True, capture_output=True, env=env, cwd=REPO)
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "crawl",
                                 "--no-alerts", "--format", "json"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
        sampler = Sampler(proc.pid)
        sampler.start()
        out, err = proc.communicate(timeout=600)
        sampler.done.set()
        sampler.join()
        if proc.returncode != 0:
            raise SystemExit(f"crawl exited {proc.returncode}:\n{err[-2000:]}")
        row = json.loads(out)["sources"][0]
        size = len(body) if body is not None else None
        return {"seconds": time.monotonic() - started, "rss": sampler.peak_rss / 1024, "pss": sampler.peak_pss / 1024,
                "root_rss": sampler.root_rss / 1024, "root_pss": sampler.root_pss / 1024,
                "processes": sampler.processes, "row": row, "page_bytes": size,
                "each_pss": sorted((v / 1024 for v in sampler.each_pss.values()), reverse=True),
                "at_peak": [v / 1024 for v in sampler.at_peak]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--shape", choices=("comments", "article", "script"), default="comments")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--fresh-db", action="store_true",
                        help="crawl a new database, which the crawl process migrates first (imports Alembic)")
    args = parser.parse_args()
    m = measure(args.mb, args.shape, args.workers, args.fresh_db)
    row = m["row"]
    print(f"page            : {args.shape}, {args.mb:g} MB, {args.workers} extraction worker(s), "
          + ("new database (migrated by the crawl)" if args.fresh_db else "database migrated before"))
    print(f"crawl           : {row['status']}, {row['new']} new, {row['figures']} figures, {m['seconds']:.1f} s"
          + (f" ({row['error']})" if row.get("error") else ""))
    print(f"peak, all {m['processes']} processes: RSS {m['rss']:.0f} MB (shared pages counted per process), "
          f"PSS {m['pss']:.0f} MB (what the tree really uses)")
    print(f"peak, crawl process alone: RSS {m['root_rss']:.0f} MB, PSS {m['root_pss']:.0f} MB")
    each = ", ".join(f"{v:.0f}" for v in m["each_pss"] if v >= 1)
    print(f"peak PSS of each process (MB, each at its own peak): {each}")
    print("PSS at the tree's peak (MB; the crawl process first): " + ", ".join(f"{v:.0f}" for v in m["at_peak"]))


if __name__ == "__main__":
    main()
