"""The parts of `swapwatch demo`: the demo folder and config, a local alert inbox, the child crawls.

The demo must run on a fresh offline machine: the news site is the bundled sample site on 127.0.0.1,
alerts go to a real apprise ``json://`` webhook served here on 127.0.0.1, and every crawl runs in a child
process exactly as ``swapwatch run`` does it.
"""

from __future__ import annotations

import http.server
import json
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from core.config import ENV_ALERT_URLS, ENV_CONFIG, ENV_DATABASE_URL
from scheduler import CrawlOutcome, run_child

MARKER = "# written by `swapwatch demo`"
# held back at first and published mid-demo: the largest exchange of the war, in German
LATE_ARTICLE = "dev-de-001"
CRAWL_TIMEOUT = 180.0


class DemoError(Exception):
    """A demo step could not run; the message says which and why."""


class Inbox:
    """A local webhook (apprise ``json://``) that keeps every alert it receives."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        inbox = self

        class Receiver(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's hook name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    inbox.received.append(json.loads(body))
                except ValueError:
                    inbox.received.append({"title": "(unreadable alert)", "message": body.decode("utf-8", "replace")})
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
        threading.Thread(target=self.server.serve_forever, name="demo-inbox", daemon=True).start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.server.server_address[1]}/swapwatch-demo"

    def take(self) -> list[dict]:
        taken, self.received = self.received, []
        return taken

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class DemoFolder:
    path: Path

    @property
    def config(self) -> Path:
        return self.path / "swapwatch.toml"

    @property
    def database(self) -> Path:
        return self.path / "swapwatch.db"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.database.resolve()}"

    def prepare(self) -> None:
        """Create the folder, or clear an earlier demo's database; never touch a folder the demo did not write."""
        if self.config.exists() and MARKER not in self.config.read_text(encoding="utf-8", errors="replace"):
            raise DemoError(f"{self.config} exists and was not written by the demo; choose another --dir")
        self.path.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.database}{suffix}").unlink(missing_ok=True)

    def write_config(self, site_url: str, channel: str) -> None:
        self.config.write_text(demo_config(site_url, channel, self.db_url), encoding="utf-8")


def demo_config(site_url: str, channel: str, db_url: str) -> str:
    return f"""{MARKER} — the sample site it names ran only during the demo.
# Alerts went to the demo's own local inbox; put real apprise URLs under [alerts] to get them.

[storage]
url = "{db_url}"

[schedule]
interval = "30m"
jitter = "1m"

[crawl]
contact = "https://github.com/swapwatch/swapwatch (demo)"
start_delay = "0.1s"          # the sample site runs on this machine: no need to spare it

[alerts]
urls = []
max_event_age = "36500d"      # the sample exchanges are historical; by default only the last week's alert

[[sources]]
name = "Sample Wire"
url = "{site_url}/rss.xml"
type = "feed"
max_age = "36500d"            # the sample articles go back to 2022

[[sources]]
name = "Sample Telegram"
url = "{site_url}/s/{channel}"
type = "telegram"
max_age = "36500d"
"""


def clean_environment() -> list[str]:
    """Drop the variables that would point the demo at the user's real database or alert targets."""
    dropped = [name for name in (ENV_DATABASE_URL, ENV_ALERT_URLS, ENV_CONFIG) if os.environ.pop(name, None)]
    return dropped


def crawl(folder: DemoFolder) -> CrawlOutcome:
    """One crawl of every demo source, in a child process (as the service runs it)."""
    argv = [sys.executable, "-m", "swapwatch.cli", "--config", str(folder.config), "-q", "crawl-child",
            "--parent-pid", str(os.getpid())]
    outcome = run_child("demo", argv, timeout=CRAWL_TIMEOUT)
    if outcome.status in ("killed", "crashed"):
        raise DemoError(f"the crawl {outcome.status}: {outcome.error}")
    return outcome


def split_records(records: list[dict]) -> tuple[list[dict], dict]:
    """The records served from the start, and the one published mid-demo."""
    late = next((r for r in records if r.get("id") == LATE_ARTICLE), None)
    if late is None:  # the bundled set changed: hold back its newest site article instead
        site = [r for r in records if r.get("where", "site") == "site"]
        late = max(site, key=lambda r: str(r.get("published")))
    return [r for r in records if r is not late], late
