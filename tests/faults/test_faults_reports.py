"""What an operator reads: robots.txt asked once per host, an unreachable one and each dropped duplicate one short
line; files with secrets 0600 while exports follow the umask; CSV cells never formulas."""

from __future__ import annotations

import csv
import io
import os
import stat

import pytest
from alerts_support import free_port
from crawler_support import row, run_swapwatch, write_config
from typer.testing import CliRunner

from swapwatch.cli import _register, app
from swapwatch.demo.site import NewsSite
from swapwatch.output import neutralise_formula, write_rows

_register()


def cli(*args: str):
    """A command in this process (umask and all), through the real CLI."""
    return CliRunner().invoke(app, list(args))


def test_robots_once_per_host_and_every_report_one_short_line(tmp_path) -> None:
    closed = free_port()  # nothing listens there: its robots.txt cannot be fetched
    with NewsSite.bundled() as site:
        sources = [{"name": "Feed", "url": f"{site.url}/rss.xml", "type": "feed", "max_age": "36500d"},
                   {"name": "Same Site", "url": f"{site.url}/sitemap.xml", "type": "sitemap", "max_age": "36500d"},
                   {"name": "Gone", "url": f"http://127.0.0.1:{closed}/rss.xml", "type": "feed"}]
        config = write_config(tmp_path / "sw.toml", f"sqlite:///{tmp_path / 'sw.db'}", sources)
        done = run_swapwatch(config, "-vv", "crawl", "--no-alerts", "--format", "json")
        robots = [r for r in site.requests if r.path == "/robots.txt"]
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(robots) == 1  # two sources of one site: one robots.txt
    assert "Traceback" not in done.stderr
    unreachable = [line for line in done.stderr.splitlines() if f"robots.txt of 127.0.0.1:{closed}" in line]
    assert len(unreachable) == 1 and "could not be fetched" in unreachable[0]
    dropped = [line for line in done.stderr.splitlines() if "dropped:" in line]
    assert dropped, "the site's archive pages repeat articles' text: they are dropped as copies"
    assert all(len(line) < 300 and "ArticleItem" not in line for line in dropped)  # a reason and a URL, no item
    summary = __import__("json").loads(done.stdout)
    # the two sources of one site share its articles: whichever lists one first stores it
    assert row(summary, "Gone")["status"] == "failed"
    assert row(summary, "Feed")["new"] + row(summary, "Same Site")["new"] > 0


def test_secret_files_are_private_and_exports_follow_the_umask(tmp_path) -> None:
    old = os.umask(0o022)
    try:
        config = tmp_path / "swapwatch.toml"
        assert cli("init", str(config)).exit_code == 0
        db_path = tmp_path / "data" / "sw.db"
        write_config(config, f"sqlite:///{db_path}", [])  # rewritten in place: still the file init made 0600
        assert cli("--config", str(config), "db", "upgrade").exit_code == 0
        out = tmp_path / "events.csv"
        assert cli("--config", str(config), "export", "--format", "csv", "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    from scheduler import InstanceLock

    with InstanceLock(f"sqlite:///{db_path}"):
        lock_mode = stat.S_IMODE((tmp_path / "data" / "sw.db.lock").stat().st_mode)
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600 and lock_mode == 0o600
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # 0666 minus the umask, like any file the user writes


@pytest.mark.parametrize(("cell", "written"), [
    ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'), ("@SUM(A1)", "'@SUM(A1)"),
    ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("-5", "-5"), ("+3.25", "+3.25"), ("1,000", "1,000"), ("plain", "plain"), ("", ""),
])
def test_formula_cells_get_a_quote_and_numbers_stay_numbers(cell: str, written: str) -> None:
    assert neutralise_formula(cell) == written
    out = io.StringIO()
    write_rows([{"title": cell, "value": -3}], "csv", ["title", "value"], out=out)
    (parsed,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert parsed == {"title": written, "value": "-3"}
