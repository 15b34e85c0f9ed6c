"""The query commands end to end: formats parse back, charts are real images, the feed is Atom."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from xml.etree import ElementTree as ET

import feedparser
import pytest
from query_support import seed_archive
from typer.testing import CliRunner

from storage import Database, export_rows
from swapwatch.cli import _register, app
from swapwatch.output import write_rows

_register()
runner = CliRunner()


@pytest.fixture
def cli_archive(db_url, monkeypatch, tmp_path):
    """A seeded archive and a config pointing at it; returns a function running `swapwatch …`."""
    db = Database(db_url)
    seeded = seed_archive(db)
    db.dispose()
    config = tmp_path / "swapwatch.toml"
    config.write_text("")
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", db_url)
    monkeypatch.setenv("COLUMNS", "300")  # wide enough that table cells are not wrapped

    def run(*args: str):
        return runner.invoke(app, ["--config", str(config), *args])

    return run, seeded


def test_events_in_every_format(cli_archive) -> None:
    run, seeded = cli_archive
    table = run("events", "--conflict", "RU-UA")
    assert table.exit_code == 0, table.output
    assert "2024-01-03" in table.output and "248 (!250)" in table.output and "~212" in table.output
    assert "2025-01-19" not in table.output
    data = json.loads(run("events", "--format", "json", "--since", "2024-05-01").output)
    assert [e["id"] for e in data] == [seeded.events["may"], seeded.events["gaza"]]
    rows = list(csv.DictReader(io.StringIO(run("events", "--format", "csv", "--until", "2024-01-31").output)))
    assert len(rows) == 1 and rows[0]["returned_RU"] == "248" and rows[0]["sources_count"] == "4"


def test_table_cells_are_text_not_markup() -> None:
    out = io.StringIO()
    write_rows([{"title": "[/UPDATE] swap [bold]207[/bold]"}], "table", out=out)
    assert "[/UPDATE] swap [bold]207[/bold]" in out.getvalue()


def test_bad_dates_are_one_clean_line(cli_archive) -> None:
    run, _ = cli_archive
    result = run("events", "--since", "last tuesday")
    assert result.exit_code == 2 and "--since: 'last tuesday' is not a date" in result.output


def test_event_shows_every_claim(cli_archive) -> None:
    run, seeded = cli_archive
    result = run("event", str(seeded.events["jan"]))
    assert result.exit_code == 0, result.output
    assert "TASS Wire" in result.output and "Ukrinform" in result.output and "250" in result.output
    data = json.loads(run("event", str(seeded.events["jan"]), "--format", "json").output)
    assert data["id"] == seeded.events["jan"] and data["conflict"] == "RU-UA"
    assert {c["outlet"] for c in data["claims"]} == {"Kyiv Independent", "TASS Wire", "Ukrinform"}
    assert all(c["url"] and c["evidence"] for c in data["claims"])
    missing = run("event", "424242")
    assert missing.exit_code == 2 and "no exchange event with id 424242" in missing.output


def test_figures_and_articles_filters(cli_archive) -> None:
    run, seeded = cli_archive
    rows = list(csv.DictReader(io.StringIO(run("figures", "--kind", "returned", "--side", "RU", "-f", "csv").output)))
    assert sorted(int(r["value"]) for r in rows) == [75, 248, 248, 250]
    arts = json.loads(run("articles", "--irrelevant", "--format", "json").output)
    assert {a["id"] for a in arts} == {seeded.articles["en_stock"], seeded.articles["uk_rate"]}
    wire = json.loads(run("articles", "--relevant", "--source", "TASS Wire", "-f", "json").output)
    assert len(wire) == 4 and all(a["relevant"] and a["source"] == "TASS Wire" for a in wire)


def test_search_command(cli_archive) -> None:
    run, seeded = cli_archive
    hits = json.loads(run("search", "Азовсталі OR Azovstal", "--format", "json").output)
    assert {h["id"] for h in hits} == {seeded.articles["en_jan"], seeded.articles["uk_jan"]}
    assert all("**" in h["snippet"] for h in hits)
    only_uk = json.loads(run("search", "Азовсталі OR Azovstal", "--lang", "uk", "-f", "json").output)
    assert [h["id"] for h in only_uk] == [seeded.articles["uk_jan"]]
    table = run("search", "полонених", "--since", "2024-01-01")
    assert table.exit_code == 0 and "Обмін полоненими" in table.output
    bad = run("search", '"prisoner swap')
    assert bad.exit_code == 2 and "unbalanced quote" in bad.output and "Traceback" not in bad.output
    only_minus = run("search", "--", "-exchange")
    assert only_minus.exit_code == 2 and "only excludes" in only_minus.output


@pytest.mark.parametrize(("fmt", "what"), [("csv", "events"), ("json", "figures"), ("ndjson", "articles")])
def test_export_to_a_file(cli_archive, tmp_path, fmt, what) -> None:
    run, seeded = cli_archive
    target = tmp_path / "out" / f"{what}.{fmt}"
    result = run("export", "--format", fmt, "--what", what, "-o", str(target))
    assert result.exit_code == 0, result.output
    content = target.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(content)))
    elif fmt == "json":
        rows = json.loads(content)
    else:
        rows = [json.loads(line) for line in content.splitlines()]
    assert len(rows) == {"events": 3, "figures": 12, "articles": len(seeded.articles)}[what]
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no temporary file left


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_timeline_table_and_chart(cli_archive, tmp_path, suffix) -> None:
    run, _ = cli_archive
    chart = tmp_path / f"timeline{suffix}"
    result = run("timeline", "--conflict", "RU-UA", "--plot", str(chart))
    assert result.exit_code == 0, result.output
    assert "2024-01-03" in result.output and "2024-05-31" in result.output
    data = chart.read_bytes()
    if suffix == ".png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    else:
        root = ET.fromstring(data)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
        assert "running total" in texts and "exchange date" in texts
    rows = json.loads(run("timeline", "--format", "json").output)
    assert rows[-1]["running_total_UA"] == 305 and rows[-1]["running_total_IL"] == 3


def test_timeline_refuses_other_chart_formats(cli_archive, tmp_path) -> None:
    run, _ = cli_archive
    result = run("timeline", "--plot", str(tmp_path / "chart.gif"))
    assert result.exit_code == 2 and ".png or .svg" in result.output


def test_atom_feed_parses_back_as_atom(cli_archive, tmp_path) -> None:
    run, seeded = cli_archive
    target = tmp_path / "events.xml"
    result = run("feed", "-o", str(target), "--self-url", "https://example.org/events.xml")
    assert result.exit_code == 0, result.output
    feed = feedparser.parse(target.read_bytes())
    assert feed.version == "atom10" and not feed.bozo, feed.get("bozo_exception")
    assert [e.id.rsplit("/", 1)[1] for e in feed.entries] == [
        str(seeded.events[k]) for k in ("gaza", "may", "jan")]  # newest first
    jan = feed.entries[2]
    assert "RU 248" in jan.title and "UA 230" in jan.title
    assert jan.link.startswith("https://news.example/") and len(jan.links) == 4
    assert "other reports: 250" in jan.content[0].value and jan.updated.startswith("2024-06-02")
    assert feed.feed.title and feed.feed.updated


def test_atom_feed_of_an_event_without_articles_is_still_valid() -> None:
    from datetime import UTC, datetime

    from storage import EventReport
    from storage.atom import atom_feed

    now = datetime(2025, 1, 1, tzinfo=UTC)
    feed = feedparser.parse(atom_feed([EventReport(7, "RU-UA", None, now, now, 0, None)], now=now))
    assert feed.version == "atom10" and not feed.bozo
    (entry,) = feed.entries
    assert "undated" in entry.title and "0 article(s)" in entry.content[0].value


class CountingSink:
    """A file that only counts what is written to it."""

    size = 0

    def write(self, data: str) -> int:
        self.size += len(data.encode("utf-8"))
        return len(data)


@pytest.mark.slow
def test_large_export_streams_in_bounded_memory(db_url) -> None:
    """20,000 articles through the article export: the output is far bigger than the memory it takes.

    Holding the rows would take more memory than their JSON; streamed, the peak is one fetch batch (~2.3 MB from
    10,000 rows up, measured), so a quarter of a 15 MB output proves streaming as 50,000 rows did, in half the time.
    """
    from bench.archive_gen import generate

    db = Database(db_url)
    try:
        generate(db.engine, articles=20_000, events=200, batch=10_000)
        out = CountingSink()
        tracemalloc.start()
        with db.session() as s:
            columns, rows = export_rows(s, "articles")
            count = write_rows(rows, "ndjson", columns, out=out)
            _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == 20_000 and out.size > 12_000_000
        # rows are streamed, never all held at once: memory is a fraction of the output
        assert peak < out.size / 4, (peak, out.size)
        with db.session() as s:
            columns, rows = export_rows(s, "events")
            events = io.StringIO()
            assert write_rows(rows, "csv", columns, out=events) == 200
        parsed = list(csv.DictReader(io.StringIO(events.getvalue())))
        assert len(parsed) == 200 and all(int(r["sources_count"]) >= 0 for r in parsed)
    finally:
        db.dispose()
