"""Reading the archive on SQLite and PostgreSQL: events, one event, figures, articles, timeline, exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from query_support import seed_archive

from storage import Article, Database, export_rows, get_event, list_articles, list_events, list_figures, timeline
from swapwatch.output import write_rows


@pytest.fixture
def archive(db: Database):
    return db, seed_archive(db)


def test_events_are_consolidated_with_disagreements_and_approximations_kept(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        reports = list(list_events(s))
    assert [r.id for r in reports] == [seeded.events[k] for k in ("jan", "may", "gaza")]
    jan = reports[0]
    ua, ru = jan.figure("returned", "UA"), jan.figure("returned", "RU")
    assert (ua.value, ua.approx, ua.alternatives) == (230, False, ())  # exact claims beat "about 230"
    assert (ru.value, ru.alternatives) == (248, (250,))  # Moscow's 250 stays visible
    assert jan.figure("total_returned", "UA").value == 2828
    assert jan.sources == ["Kyiv Independent", "TASS Wire", "Ukrinform"]
    assert len(jan.articles) == 4 and jan.articles[0].startswith("https://news.example/")
    bodies = reports[1].figure("bodies_returned", "UA")
    assert (bodies.value, bodies.approx) == (212, True)


def test_an_article_without_a_source_is_attributed_to_its_site(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        s.get(Article, seeded.articles["en_gaza"]).source_id = None
    with db.session() as s:
        report = get_event(s, seeded.events["gaza"])
    assert report.sources == ["news.example"]
    assert {c.outlet for f in report.figures for c in f.claims} == {"news.example"}


def test_event_json_keeps_the_design_contract(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        out = io.StringIO()
        write_rows((r.as_dict() for r in list_events(s)), "json", out=out)
    data = json.loads(out.getvalue())
    assert len(data) == 3
    for event in data:
        assert {"id", "conflict", "event_date", "figures", "articles", "first_seen"} <= set(event)
        for fig in event["figures"]:
            assert {"kind", "side", "value", "approx"} <= set(fig)
    jan = data[0]
    assert jan["event_date"] == "2024-01-03" and jan["conflict"] == "RU-UA"
    # the contract's keys (role, confidence, outlets_count, held were added with issue #12)
    contract = ("kind", "side", "value", "approx", "alternatives")
    assert {"kind": "returned", "side": "RU", "value": 248, "approx": False, "alternatives": [250]} in [
        {k: f[k] for k in contract if k in f} for f in jan["figures"]]
    assert jan["first_seen"].startswith("2024-06-02T09:30")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"since": date(2024, 2, 1)}, ["may", "gaza"]),
        ({"until": date(2024, 5, 31)}, ["jan", "may"]),
        ({"since": date(2024, 1, 4), "until": date(2024, 12, 31)}, ["may"]),
        ({"conflict": "IL-PS"}, ["gaza"]),
        ({"conflict": "RU-UA", "since": date(2024, 5, 1)}, ["may"]),
        ({"since": date(2026, 1, 1)}, []),
    ],
)
def test_event_filters(archive, filters, expected) -> None:
    db, seeded = archive
    with db.session() as s:
        assert [r.id for r in list_events(s, **filters)] == [seeded.events[k] for k in expected]


def test_one_event_in_full_has_every_claim_with_outlet_url_and_evidence(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        report = get_event(s, seeded.events["jan"])
        assert get_event(s, 999_999) is None
    claims = {(c.outlet, c.value) for f in report.figures if (f.kind, f.side) == ("returned", "RU") for c in f.claims}
    assert claims == {("Kyiv Independent", 248), ("TASS Wire", 248), ("TASS Wire", 250)}
    wire = next(c for f in report.figures for c in f.claims if c.value == 250)
    assert wire.url == "https://news.example/en_jan_wire" and wire.evidence == "250 Russian servicemen were back"


@pytest.mark.parametrize(
    ("filters", "values"),
    [
        ({"kind": "returned", "side": "UA"}, [230, 230, 230, 75]),
        ({"kind": "returned", "side": "ru"}, [248, 248, 250, 75]),
        ({"kind": "bodies_returned"}, [212]),
        ({"side": "IL"}, [3]),
        ({"kind": "missing"}, []),
    ],
)
def test_figure_filters(archive, filters, values) -> None:
    db, _ = archive
    with db.session() as s:
        rows = list(list_figures(s, **filters))
    assert sorted(r["value"] for r in rows) == sorted(values)
    assert all(r["url"] and r["source"] for r in rows)


def test_article_filters(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        everything = list(list_articles(s))
        relevant = list(list_articles(s, relevant=True))
        irrelevant = list(list_articles(s, relevant=False))
        wire = list(list_articles(s, source="TASS Wire"))
        recent = list(list_articles(s, since=date(2025, 1, 1)))
        nobody = list(list_articles(s, source="No Such Outlet"))
    assert len(everything) == len(seeded.articles)
    assert {a["id"] for a in irrelevant} == {seeded.articles["en_stock"], seeded.articles["uk_rate"]}
    assert len(relevant) + len(irrelevant) == len(everything) and all(a["relevant"] for a in relevant)
    assert {a["source"] for a in wire} == {"TASS Wire"} and len(wire) == 5
    assert [a["id"] for a in recent] == [seeded.articles["en_gaza"]]
    assert nobody == []


def test_timeline_counts_per_date_and_running_totals_per_side(archive) -> None:
    db, _ = archive
    with db.session() as s:
        points = timeline(s, conflict="RU-UA")
    assert [p.day for p in points] == [date(2024, 1, 3), date(2024, 5, 31)]
    assert points[0].returned == {"UA": 230, "RU": 248} and points[0].running == {"UA": 230, "RU": 248}
    assert points[1].running == {"UA": 305, "RU": 323} and points[1].bodies == {"UA": 212}
    assert points[1].approximate and not points[0].approximate


def test_events_csv_has_per_side_columns_and_parses_back(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        columns, rows = export_rows(s, "events")
        out = io.StringIO()
        write_rows(rows, "csv", columns, out=out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {"returned_UA", "returned_RU", "bodies_returned_UA", "total_returned_UA", "returned_IL",
            "event_date", "sources_count", "source_urls"} <= set(table[0])
    jan, may, gaza = table
    assert (jan["returned_UA"], jan["returned_RU"], jan["total_returned_UA"]) == ("230", "248", "2828")
    assert jan["disputed"] == "returned_RU=250" and jan["sources_count"] == "4"
    assert len(jan["source_urls"].split()) == 4
    assert may["bodies_returned_UA"] == "212" and may["approximate"] == "bodies_returned_UA"
    assert may["returned_IL"] == "" and gaza["returned_PS"] == "90" and gaza["event_date"] == "2025-01-19"


@pytest.mark.parametrize("what", ["events", "figures", "articles"])
def test_json_and_ndjson_exports_parse_back(archive, what) -> None:
    db, seeded = archive
    with db.session() as s:
        columns, rows = export_rows(s, what, flat=False)
        as_json = io.StringIO()
        write_rows(rows, "json", columns, out=as_json)
        columns, rows = export_rows(s, what, flat=False)
        as_ndjson = io.StringIO()
        write_rows(rows, "ndjson", columns, out=as_ndjson)
    data = json.loads(as_json.getvalue())
    lines = [json.loads(line) for line in as_ndjson.getvalue().splitlines()]
    assert data == lines
    expected = {"events": 3, "figures": 12, "articles": len(seeded.articles)}[what]
    assert len(data) == expected
    if what == "articles":
        assert any("Азовсталі" in (a["text"] or "") for a in data)


def test_unknown_export_is_a_clear_error(archive) -> None:
    db, _ = archive
    with db.session() as s, pytest.raises(ValueError, match="choose one of events, figures, articles"):
        export_rows(s, "alerts")
