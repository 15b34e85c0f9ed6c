"""The JSON API on real SQLite and PostgreSQL, served by uvicorn on 127.0.0.1: every endpoint, filters,
pagination, bad parameters (422 with a message), hostile search strings, and the CLI's JSON shapes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from query_support import seed_archive
from sqlalchemy import update
from web_support import REPO, served_config
from web_support import request as http

from storage import Alert, Article, Database, Figure
from web import BackgroundServer, WebSettings

SECRET_URL = "json://user:Hook-Secret-9911@127.0.0.1:9/x"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def api(request, tmp_path_factory):
    """One seeded archive and one server per backend, shared by the module's tests (they only read)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'sw.db'}"
    else:
        url = request.getfixturevalue("pg_module_url")
    db = Database(url)
    seeded = seed_archive(db)
    with db.session() as s:
        s.add(Article(url="https://news.example/formula", title="=HYPERLINK(\"http://evil\")", lang="en",
                      relevant=False))
        s.add(Alert(idempotency_key="event:1:r1:abc", event_id=seeded.events["jan"], kind="new_event",
                    target="abc", target_label=SECRET_URL, title="Prisoner exchange", body="body",
                    status="failed", attempts=2, last_error=f"connection refused: {SECRET_URL}"))
    server = BackgroundServer(db, served_config(url, SECRET_URL), WebSettings(port=0, rate=0)).start()
    yield SimpleNamespace(url=server.url, seeded=seeded, db=db, db_url=url)
    server.stop()
    db.dispose()


@pytest.fixture(scope="module")
def pg_module_url(pg_template):
    """A migrated PostgreSQL database for the whole module (a copy of the session's template)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(os.environ.get("SWAPWATCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"swt_web_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def get(api, path: str) -> tuple[int, object]:
    status, _, body = http(api.url + path)
    return status, json.loads(body)


def test_events_newest_first_in_the_cli_shape(api) -> None:
    status, page = get(api, "/api/v1/events")
    assert status == 200 and page["next_cursor"] is None
    ids = [e["id"] for e in page["items"]]
    assert ids == [api.seeded.events[k] for k in ("gaza", "may", "jan")]
    jan = page["items"][2]
    # compared on the contract's keys (role, confidence, outlets_count, held were added with issue #12)
    keys = ("kind", "side", "value", "approx", "alternatives")
    assert {"kind": "returned", "side": "RU", "value": 248, "approx": False, "alternatives": [250]} in [
        {k: f[k] for k in keys if k in f} for f in jan["figures"]]
    assert jan["first_seen"] == "2024-06-02T09:30:00+00:00"  # written as the CLI writes it


@pytest.mark.parametrize(("query", "expected"), [
    ("conflict=IL-PS", ["gaza"]), ("since=2024-02-01", ["gaza", "may"]), ("until=2024-05-31", ["may", "jan"]),
    ("kind=bodies_returned", ["may"]), ("kind=total_returned", ["jan"]), ("min_outlets=3", ["jan"]),
    ("conflict=RU-UA&since=2024-05-01", ["may"]), ("since=2030-01-01", []),
])
def test_event_filters(api, query, expected) -> None:
    status, page = get(api, f"/api/v1/events?{query}")
    assert status == 200
    assert [e["id"] for e in page["items"]] == [api.seeded.events[k] for k in expected]


def test_cursor_pagination_walks_every_event_once(api) -> None:
    seen, cursor = [], None
    for _ in range(5):
        status, page = get(api, "/api/v1/events?limit=1" + (f"&cursor={cursor}" if cursor else ""))
        assert status == 200 and len(page["items"]) <= 1
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [api.seeded.events[k] for k in ("gaza", "may", "jan")]


@pytest.mark.parametrize(("path", "message"), [
    ("/api/v1/events?since=yesterday", "since:"), ("/api/v1/events?limit=0", "limit:"),
    ("/api/v1/events?limit=501", "limit:"), ("/api/v1/events?kind=hostages", "kind:"),
    ("/api/v1/events?cursor=bm9wZQ", "cursor:"), ("/api/v1/events?cursor=%FF%FE", "cursor:"),
    ("/api/v1/events?min_outlets=-1", "min_outlets:"), ("/api/v1/figures?side=Ukraine", "side:"),
    ("/api/v1/figures?cursor=abc", "cursor:"), ("/api/v1/search", "q:"), ("/api/v1/search?q=%22open", "q:"),
    ("/api/v1/outbox?status=lost", "status:"), ("/api/v1/export/secrets", "what:"),
    ("/api/v1/events/0", "event_id:"), ("/api/v1/events/abc", "event_id:"),
])
def test_bad_parameters_get_422_naming_the_parameter(api, path, message) -> None:
    status, body = get(api, path)
    assert status == 422, body
    assert body["detail"].startswith(message), body["detail"]


def test_one_event_has_every_claim_and_matches_the_cli(api, tmp_path) -> None:
    event_id = api.seeded.events["jan"]
    status, data = get(api, f"/api/v1/events/{event_id}")
    assert status == 200
    assert {c["outlet"] for c in data["claims"]} == {"Kyiv Independent", "TASS Wire", "Ukrinform"}
    assert {c["lang"] for c in data["claims"]} == {"en", "ru", "uk"}
    assert any(c["value"] == 250 and not c["chosen"] for c in data["claims"])
    assert data["revisions"][0]["revision"] == 1 and "Hook-Secret" not in json.dumps(data)
    config = tmp_path / "sw.toml"
    config.write_text(f'[storage]\nurl = "{api.db_url}"\n', encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "event", str(event_id),
                          "--format", "json"], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout) == {k: v for k, v in data.items() if k != "revisions"}  # one definition


def test_missing_event_is_404(api) -> None:
    status, body = get(api, "/api/v1/events/999999")
    assert status == 404 and "999999" in body["detail"]


def test_figures_and_articles_page_by_cursor(api) -> None:
    status, first = get(api, "/api/v1/figures?kind=returned&side=UA&limit=2")
    assert status == 200 and len(first["items"]) == 2 and first["next_cursor"]
    status, second = get(api, f"/api/v1/figures?kind=returned&side=UA&limit=2&cursor={first['next_cursor']}")
    values = [f["value"] for f in first["items"] + second["items"]]
    assert values == [230, 230, 230, 75] and second["next_cursor"] is None
    status, arts = get(api, "/api/v1/articles?relevant=false&limit=50")
    assert status == 200 and {a["title"] for a in arts["items"]} >= {"Stock exchange rallies", "Курс гривні"}
    assert all(not a["relevant"] for a in arts["items"])


@pytest.mark.parametrize("hostile", [
    "'; DROP TABLE articles; --", '"unclosed', "exchange) OR (1=1", "NEAR(exchange prisoners)", "*", "^",
    "articles_fts:*", "\\x00", "a" * 500, "-", "OR", "обмін' --",
])
def test_hostile_search_strings_are_answered_or_refused_never_crash(api, hostile) -> None:
    status, body = get(api, "/api/v1/search?q=" + quote(hostile))
    assert status in (200, 422), body
    assert isinstance(body.get("items", []), list) and ("detail" in body) == (status == 422)
    status, page = get(api, "/api/v1/events")
    assert status == 200 and len(page["items"]) == 3  # the archive is untouched


def test_search_pages_and_filters(api) -> None:
    status, page = get(api, "/api/v1/search?q=" + quote('"prisoner exchange" OR обмін') + "&limit=5")
    assert status == 200
    status, page = get(api, "/api/v1/search?q=exchange&lang=en")
    assert status == 200 and page["items"] and all(h["lang"] == "en" for h in page["items"])
    assert any("**" in h["snippet"] for h in page["items"])


def test_timeline_conflicts_sources_outbox(api) -> None:
    status, tl = get(api, "/api/v1/timeline?conflict=RU-UA")
    assert status == 200 and [r["date"] for r in tl["rows"]] == ["2024-01-03", "2024-05-31"]
    assert tl["rows"][-1]["running_total_UA"] == 305 and tl["reported_totals"]["UA"][0]["value"] == 2828
    status, conflicts = get(api, "/api/v1/conflicts")
    assert conflicts[0] == {"conflict": "RU-UA", "events": 2, "latest": "2024-05-31"}
    status, sources = get(api, "/api/v1/sources")
    assert {s["source"] for s in sources} == {"Kyiv Independent", "TASS Wire", "Ukrinform", "Wire Service"}
    status, box = get(api, "/api/v1/outbox?status=failed")
    assert box["counts"]["failed"] == 1 and box["items"][0]["attempts"] == 2
    assert "Hook-Secret-9911" not in json.dumps(box) and "****" in box["items"][0]["last_error"]


def test_openapi_document_lists_every_endpoint(api) -> None:
    status, doc = get(api, "/api/v1/openapi.json")
    assert status == 200 and doc["openapi"].startswith("3.")
    assert {"/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/search", "/api/v1/timeline",
            "/api/v1/export/{what}", "/feed.xml"} <= set(doc["paths"])


def test_feed_is_atom(api) -> None:
    status, headers, body = http(api.url + "/feed.xml")
    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    assert b"<feed" in body and b"Exchange RU-UA on 2024-01-03" in body


def test_csv_download_streams_and_neutralises_formulas(api) -> None:
    status, headers, body = http(api.url + "/api/v1/export/articles?format=csv")
    assert status == 200 and "attachment" in headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    titles = {r["title"] for r in rows}
    assert "'=HYPERLINK(\"http://evil\")" in titles and '=HYPERLINK("http://evil")' not in titles
    assert {r["relevant"] for r in rows} == {"true", "false"}  # as the CLI's CSV writes them (core.cells)
    status, _, body = http(api.url + "/api/v1/export/events?format=ndjson")
    lines = [json.loads(line) for line in body.decode().splitlines()]
    assert [e["id"] for e in lines] == [api.seeded.events[k] for k in ("jan", "may", "gaza")]


def test_writes_need_the_admin_token(api) -> None:
    status, _, body = http(api.url + "/api/v1/alerts/1/retry", method="POST", data=b"")
    assert status == 403 and b"--admin-token" in body  # this server was started read-only
    status, _, _ = http(api.url + "/api/v1/events", method="POST", data=b"")
    assert status == 405


def test_cached_pages_follow_changes_of_the_archive(db) -> None:
    from datetime import date

    from storage import ExchangeEvent, utcnow

    seeded = seed_archive(db)
    server = BackgroundServer(db, served_config(db.url), WebSettings(port=0, rate=0)).start()
    try:
        api = SimpleNamespace(url=server.url)
        assert len(get(api, "/api/v1/events")[1]["items"]) == 3
        assert len(get(api, "/api/v1/events")[1]["items"]) == 3  # the second answer comes from the cache
        with db.session() as s:
            s.add(ExchangeEvent(conflict="RU-UA", event_date=date(2025, 2, 5), revision=1))
        assert len(get(api, "/api/v1/events")[1]["items"]) == 4  # a new event shows at once
        assert "2024-05-31" in [r["date"] for r in get(api, "/api/v1/timeline?conflict=RU-UA")[1]["rows"]]
        with db.session() as s:  # the alert cycle moves a date and touches the event, as refresh() does
            event = s.get(ExchangeEvent, seeded.events["may"])
            event.event_date, event.updated_at = date(2024, 6, 1), utcnow()
        rows = get(api, "/api/v1/timeline?conflict=RU-UA")[1]["rows"]
        assert "2024-06-01" in [r["date"] for r in rows] and "2024-05-31" not in [r["date"] for r in rows]
    finally:
        server.stop()


def test_the_fast_timeline_equals_the_clis(db) -> None:
    from datetime import date

    from storage import timeline
    from web.reading import timeline_points

    seeded = seed_archive(db)
    with db.session() as s:  # a syndicated copy: listed, never counted, in both
        s.get(Article, seeded.articles["en_jan_wire"]).duplicate_of_id = seeded.articles["en_jan"]
    with db.session() as s:
        for filters in ({}, {"conflict": "RU-UA"}, {"conflict": "IL-PS"}, {"since": date(2024, 2, 1)},
                        {"until": date(2024, 5, 31)}):
            expected = timeline(s, **filters)
            assert timeline_points(s, filters.get("conflict"), filters.get("since"), filters.get("until")) == expected
        assert expected and timeline(s)[0].returned == {"RU": 248, "UA": 230}
    with db.session() as s:  # every figure unsure and single-outlet: held, so counted in neither
        s.execute(update(Figure).values(confidence=0.3))
    with db.session() as s:
        held = timeline(s, min_confidence=0.8)
        assert timeline_points(s, min_confidence=0.8) == held
        assert timeline_points(s, min_confidence=0.0) == timeline(s, min_confidence=0.0) != held
