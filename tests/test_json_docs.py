"""docs/json.md against the real output: every documented key is printed, every printed key is documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from query_support import seed_archive
from typer.testing import CliRunner

from alerts import AlertCycleReport
from core.records import CrawlSummary, SourceRow
from scheduler.child import CrawlOutcome
from scheduler.cycle import Cycle
from storage import Alert, Database, utcnow
from swapwatch.cli import app
from swapwatch.output import JSON_SHAPES_VERSION

DOCS = Path(__file__).resolve().parent.parent / "docs" / "json.md"
runner = CliRunner()
PER_SIDE = re.compile(r"^(returned|bodies|running_total)_[A-Z]{2}$")


def documented() -> dict[str, tuple[set[str], set[str]]]:
    """path → (required keys, optional keys), from the ```keys blocks."""
    shapes = {}
    for block in re.findall(r"```keys\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S):
        for line in block.strip().splitlines():
            path, _, keys = line.partition(":")
            names = [k.strip() for k in keys.split(",")]
            shapes[path.strip()] = ({k for k in names if not k.endswith("?")},
                                    {k.rstrip("?") for k in names if k.endswith("?")})
    return shapes


def check(path: str, obj: dict) -> None:
    required, optional = documented()[path]
    keys = {PER_SIDE.sub(lambda m: f"{m.group(1)}_<SIDE>", k) for k in obj}
    assert required <= keys, f"{path}: documented but not printed: {sorted(required - keys)}"
    assert keys <= required | optional, f"{path}: printed but not documented: {sorted(keys - required - optional)}"


@pytest.fixture
def cli(sqlite_url, tmp_path, monkeypatch):
    db = Database(sqlite_url)
    seeded = seed_archive(db)
    with db.session() as s:
        now = utcnow()
        s.add(Alert(idempotency_key="k", kind="new_event", target="t", target_label="json://127.0.0.1/",
                    title="t", body="b", status="failed", attempts=1, next_attempt_at=now, created_at=now))
    db.dispose()
    config = tmp_path / "swapwatch.toml"
    config.write_text("")
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", sqlite_url)

    def run(*args: str):
        result = runner.invoke(app, ["--config", str(config), *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    return run, seeded


def test_the_docs_name_the_version_the_cli_prints() -> None:
    assert f"version {JSON_SHAPES_VERSION}" in DOCS.read_text(encoding="utf-8").splitlines()[0]
    assert f"JSON shapes version {JSON_SHAPES_VERSION}" in runner.invoke(app, ["--version"]).output


def test_query_commands_print_the_documented_keys(cli) -> None:
    run, seeded = cli
    events = run("events", "--format", "json")
    assert events
    for event in events:
        check("events[]", event)
        for figure in event["figures"]:
            check("events[].figures[]", figure)
    one = run("event", str(seeded.events["jan"]), "--format", "json")
    check("event", one)
    assert isinstance(one["warnings"], list)  # a list, never JSON text inside JSON
    for claim in one["claims"]:
        check("event.claims[]", claim)
    for name, path in (("figures", "figures[]"), ("articles", "articles[]"), ("timeline", "timeline[]")):
        rows = run(name, "--format", "json")
        assert rows and all(check(path, row) is None for row in rows)
    hits = run("search", "exchange", "--format", "json")
    assert hits and all(check("search[]", hit) is None for hit in hits)
    rows = run("alerts", "list", "--format", "json")
    assert rows and all(check("alerts[]", row) is None for row in rows)


def test_status_prints_the_documented_keys(cli) -> None:
    run, _ = cli
    status = run("status", "--format", "json")
    check("status", status)
    check("status.outbox", status["outbox"])
    assert status["latest_events"] and all(check("status.latest_events[]", e) is None for e in status["latest_events"])
    assert status["sources"] and all(check("status.sources[]", s) is None for s in status["sources"])


def test_crawl_summary_prints_the_documented_keys() -> None:
    # the very dict `swapwatch crawl --format json` prints (crawl.py: summary.as_dict() + cycle.alerts_dict())
    summary = CrawlSummary(sources=[SourceRow(name="Wire", status="ok")], seconds=1.0)
    cycle = Cycle(CrawlOutcome.of("crawl", summary), AlertCycleReport())
    data = summary.as_dict() | {"alerts": cycle.alerts_dict()}
    check("crawl", data)
    check("crawl.sources[]", data["sources"][0])
    check("crawl.totals", data["totals"])
    check("crawl.alerts", data["alerts"])
