"""Property: whatever order and batches reports arrive in, each announced change is one row per target,
and running the cycle again changes nothing (SQLite; the same code runs on PostgreSQL in the other tests)."""

from __future__ import annotations

from collections import Counter

from alerts_support import alerts_config, at, seed_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from alerts import update_events
from storage import Database
from storage.models import Alert, Article, EventArticle, EventFigure, ExchangeEvent, Figure, Source

TARGETS = ["json://127.0.0.1:9/a", "json://127.0.0.1:9/b"]

report = st.tuples(
    st.integers(0, 3),  # day in May 2025 (20 + n)
    st.integers(0, 3),  # outlet
    st.sampled_from([100, 150, 200]),  # returned to UA
    st.booleans(),  # approximate
    st.one_of(st.none(), st.sampled_from([100, 150])),  # returned to RU, if given
    st.booleans(),  # date stated (else only the publication date, a day later)
)


def wipe(db: Database) -> None:
    with db.session() as session:
        for table in (Alert, EventFigure, EventArticle, ExchangeEvent, Figure, Article, Source):
            session.execute(delete(table))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reports=st.lists(report, min_size=1, max_size=8), cut=st.integers(1, 4))
def test_each_change_is_one_row_per_target_and_a_rerun_adds_nothing(tmp_path, reports, cut) -> None:
    db = Database(f"sqlite:///{tmp_path / 'prop.db'}")
    try:
        wipe(db)
        cfg = alerts_config(urls=TARGETS)
        changes = []
        for i, (day, outlet, ua, approx, ru, stated) in enumerate(reports):
            date = f"2025-05-{20 + day}"
            figures = [("returned", "UA", ua, approx)] + ([("returned", "RU", ru, False)] if ru else [])
            seed_article(db, f"https://o{outlet}.example/{i}", f"Outlet {outlet}", figures,
                         published=f"2025-05-{21 + day}" if not stated else date, event_date=date if stated else None)
            if i % cut == cut - 1:
                changes += update_events(db, cfg, now=at("2025-05-25 12:00"), batch=2)
        changes += update_events(db, cfg, now=at("2025-05-25 12:00"))
        assert update_events(db, cfg, now=at("2025-05-25 13:00")) == []
        with db.session() as session:
            rows = Counter((a.event_id, a.target) for a in session.query(Alert))
            events = {e.id: e.revision for e in session.query(ExchangeEvent)}
            grouped = session.query(EventFigure).count()
        assert sum(c.alerts for c in changes) == sum(rows.values())
        assert all(rows[key] == events[key[0]] for key in rows)  # one row per announced revision per target
        assert all(revision >= 1 for revision in events.values())
        assert grouped == sum(2 if r[4] else 1 for r in reports)  # every figure is in exactly one event
    finally:
        db.dispose()
