"""Exchange events from stored figures and what is news: grouping, revisions, totals, re-extraction.

Outbox rows are checked here (no delivery); tests/test_alerts_delivery.py sends them to real servers.
"""

from __future__ import annotations

import json

from alerts_support import alerts_config, at, event_article_ids, events, outbox, reextract, seed_article

from alerts import update_events

TARGETS = ["json://127.0.0.1:9/desk", "json://127.0.0.1:9/newsroom"]
SAT = "2025-05-24"


def cfg(**values):
    return alerts_config(urls=TARGETS, **values)


def swap(db, url, outlet, ua, ru=None, *, published=SAT, event_date=SAT, lang="en", approx=False, extra=()):
    figures = [("returned", "UA", ua, approx)] + ([("returned", "RU", ru, approx)] if ru is not None else [])
    return seed_article(db, url, outlet, figures + list(extra), published=published, event_date=event_date, lang=lang)


def test_one_exchange_reported_by_three_outlets_in_two_languages_is_one_event_and_one_alert_per_target(db) -> None:
    a = swap(db, "https://reuters.example/1", "Reuters", 307, 307)
    b = swap(db, "https://ukrinform.example/1", "Ukrinform", 307, lang="uk")
    c = swap(db, "https://ap.example/1", "AP", 307, 307, published="2025-05-25")
    changes = update_events(db, cfg(), now=at("2025-05-24 18:00"))
    (event,) = events(db)
    assert [ch.kind for ch in changes] == ["new_event"] and event.revision == 1
    assert event_article_ids(db, event.id) == {a, b, c}
    rows = outbox(db)
    assert len(rows) == 2 and {r.target_label for r in rows} == {"json://127.0.0.1:9/desk", "json://127.0.0.1:9/newsroom"}
    assert rows[0].title == "Prisoner exchange 24 May 2025: 307 returned to Ukraine, 307 to Russia"
    # a re-report, a re-crawl and a restart add nothing
    swap(db, "https://bbc.example/1", "BBC", 307, 307)
    assert update_events(db, cfg(), now=at("2025-05-24 19:00")) == []
    assert update_events(db, cfg(), now=at("2025-05-24 20:00")) == []
    assert len(outbox(db)) == 2 and len(event_article_ids(db, event.id)) == 4


def test_an_article_a_day_later_about_saturdays_swap_joins_it(db) -> None:
    swap(db, "https://reuters.example/2", "Reuters", 307, 307)
    # the extractor found no event date: the publication date (a day later) is only a hint
    late = swap(db, "https://dw.example/2", "DW", 307, 307, published="2025-05-25", event_date=None, lang="de")
    # "Saturday's swap", stated
    stated = swap(db, "https://tass.example/2", "TASS", 307, published="2025-05-25", lang="ru")
    update_events(db, cfg(), now=at("2025-05-25 10:00"))
    (event,) = events(db)
    assert str(event.event_date) == SAT and {late, stated} <= event_article_ids(db, event.id)


def test_a_multi_stage_swap_reported_day_by_day_stays_three_events(db) -> None:
    for day, n in (("2025-05-23", 390), ("2025-05-24", 307), ("2025-05-25", 303)):
        swap(db, f"https://ukrinform.example/{day}", "Ukrinform", n, n, published=day, event_date=day)
    # a recap on the third day dates each stage's numbers itself
    recap = seed_article(db, "https://kyivindependent.example/recap", "Kyiv Independent",
                         [("returned", "UA", 307, False, "On Saturday 307 came home.", "2025-05-24"),
                          ("returned", "UA", 303, False, "On Sunday 303 more.", "2025-05-25")],
                         published="2025-05-25")
    update_events(db, cfg(), now=at("2025-05-25 20:00"))
    found = events(db)
    assert [(str(e.event_date), e.signature) for e in found] == [
        ("2025-05-23", "returned:RU=390;returned:UA=390"),
        ("2025-05-24", "returned:RU=307;returned:UA=307"),
        ("2025-05-25", "returned:RU=303;returned:UA=303"),
    ]
    assert recap in event_article_ids(db, found[1].id) and recap in event_article_ids(db, found[2].id)
    assert len(outbox(db)) == 3 * len(TARGETS)


def test_conflicting_claims_are_a_revision_attributed_to_their_outlets(db) -> None:
    swap(db, "https://ukrinform.example/3", "Ukrinform", 207)
    update_events(db, cfg(), now=at("2025-05-24 12:00"))
    swap(db, "https://kyivindependent.example/3", "Kyiv Independent", 207)
    assert update_events(db, cfg(), now=at("2025-05-24 12:30")) == []  # agreeing re-report
    swap(db, "https://tass.example/3", "TASS", 195, lang="ru")
    (change,) = update_events(db, cfg(), now=at("2025-05-24 13:00"))
    assert change.kind == "revision" and change.revision == 2
    follow_up = [r for r in outbox(db) if r.kind == "revision"]
    assert len(follow_up) == len(TARGETS)
    body = follow_up[0].body
    assert "207 (Kyiv Independent, Ukrinform); 195 according to TASS" in body
    assert "What changed" in body and "Returned to Ukraine: 207 stands; also claimed: 195" in body


def test_about_200_then_207_and_a_new_side_are_revisions(db) -> None:
    swap(db, "https://reuters.example/4", "Reuters", 200, approx=True)
    update_events(db, cfg(), now=at("2025-05-24 12:00"))
    assert "about 200 returned to Ukraine" in outbox(db)[0].title
    swap(db, "https://ukrinform.example/4", "Ukrinform", 207)
    (change,) = update_events(db, cfg(), now=at("2025-05-24 13:00"))
    assert change.kind == "revision" and "Returned to Ukraine: about 200 → 207" in change.what_changed
    seed_article(db, "https://tass.example/4", "TASS", [("returned", "RU", 207, False)], published=SAT, event_date=SAT)
    (change,) = update_events(db, cfg(), now=at("2025-05-24 14:00"))
    assert change.kind == "revision" and change.what_changed == ("Returned to Russia: 207 (new)",)
    assert [r.kind for r in outbox(db)] == ["new_event"] * 2 + ["revision"] * 4


def test_reextraction_with_the_same_result_alerts_nothing_and_a_different_one_a_revision(db) -> None:
    article = swap(db, "https://reuters.example/5", "Reuters", 150, 150)
    update_events(db, cfg(), now=at("2025-05-24 12:00"))
    reextract(db, article, [("returned", "UA", 150, False), ("returned", "RU", 150, False)], at("2025-05-24 13:00"))
    assert update_events(db, cfg(), now=at("2025-05-24 13:05")) == []
    (event,) = events(db)
    assert event.revision == 1 and event_article_ids(db, event.id) == {article}
    reextract(db, article, [("returned", "UA", 157, False), ("returned", "RU", 150, False)], at("2025-05-24 14:00"))
    (change,) = update_events(db, cfg(), now=at("2025-05-24 14:05"))
    assert change.kind == "revision" and "Returned to Ukraine: 150 → 157" in change.what_changed
    assert len(events(db)) == 1 and len(outbox(db)) == 2 * len(TARGETS)


def test_min_sources_waits_for_independent_outlets(db) -> None:
    first = swap(db, "https://reuters.example/6", "Reuters", 90, 90)
    assert update_events(db, cfg(min_sources=2), now=at("2025-05-24 12:00")) == []
    # a syndicated copy on another site repeats Reuters; it does not confirm it
    seed_article(db, "https://yahoo.example/6", "Yahoo", [("returned", "UA", 90, False)], published=SAT,
                 event_date=SAT, duplicate_of=first)
    assert update_events(db, cfg(min_sources=2), now=at("2025-05-24 12:30")) == []
    swap(db, "https://ukrinform.example/6", "Ukrinform", 90, lang="uk")
    (change,) = update_events(db, cfg(min_sources=2), now=at("2025-05-24 13:00"))
    assert change.kind == "new_event" and change.revision == 1 and len(outbox(db)) == len(TARGETS)


def test_a_running_total_that_moves_alerts_as_total(db) -> None:
    swap(db, "https://ukrinform.example/7", "Ukrinform", 307, 307, extra=[("total_returned", "UA", 4800, False)])
    update_events(db, cfg(), now=at("2025-05-24 12:00"))
    # a later report on the same swap revises the running total only
    seed_article(db, "https://ombudsman.example/7", "Ombudsman", [("total_returned", "UA", 4807, False)],
                 published="2025-05-25", event_date=SAT, lang="uk")
    (change,) = update_events(db, cfg(), now=at("2025-05-25 09:00"))
    (row, _) = outbox(db, kind="total")
    assert change.kind == "total" and row.title.startswith("Running total update: Prisoner exchange 24 May 2025")
    # the newer, larger count leads; the earlier one stays visible, attributed
    assert "Total returned to Ukraine: 4,807 (Ombudsman); 4,800 according to Ukrinform" in row.body


def test_a_running_total_alone_is_no_exchange_until_one_appears_on_its_date(db) -> None:
    seed_article(db, "https://analysis.example/8", "Analysis", [("total_returned", "UA", 4800, False)],
                 published=SAT, event_date=SAT)
    assert update_events(db, cfg(), now=at("2025-05-24 12:00")) == [] and events(db) == []
    swap(db, "https://reuters.example/8", "Reuters", 307, 307)
    (change,) = update_events(db, cfg(), now=at("2025-05-24 13:00"))
    assert "total_returned:UA=4800" in events(db)[0].signature and change.kind == "new_event"


def test_a_total_going_down_and_a_skipped_ordinal_are_warnings_on_the_event(db) -> None:
    rows = [("2025-04-19", 4500, 62), ("2025-05-06", 4400, 63), ("2025-05-24", 4800, 66)]
    for day, total, ordinal in rows:
        swap(db, f"https://ukrinform.example/{day}", "Ukrinform", 100, 100, published=day, event_date=day,
             extra=[("total_returned", "UA", total, False), ("total_exchanges", None, ordinal, False)])
    admin = "json://127.0.0.1:9/admin"
    update_events(db, cfg(admin_urls=[admin]), now=at("2025-05-24 20:00"))
    first, second, third = events(db)
    assert first.warnings is None
    assert json.loads(second.warnings) == [
        "total_returned UA went down: 4,400 on 6 May 2025 after 4,500 on 19 April 2025"]
    assert json.loads(third.warnings) == ["exchange count skips from 63 to 66 with 0 exchange(s) recorded in between"]
    # an operator's concern (issue #14): the readers' alert leaves it out, admin_urls get one notice per event
    third_alert = [r for r in outbox(db) if r.event_id == third.id][0]
    assert "Warnings" not in third_alert.body and "skips" not in third_alert.body
    notices = outbox(db, kind="consistency")
    assert [n.title for n in notices] == [f"swapwatch: check the running totals near event #{e.id} ({d})"
                                          for e, d in ((second, "6 May 2025"), (third, "24 May 2025"))]
    assert "skips from 63 to 66" in notices[1].body and all(n.target_label.startswith("json://") for n in notices)
    # the same warnings on the next cycle are not sent again
    update_events(db, cfg(admin_urls=[admin]), now=at("2025-05-24 21:00"))
    assert len(outbox(db, kind="consistency")) == 2


def test_disabled_triggers_write_no_rows_but_keep_the_event_current(db) -> None:
    swap(db, "https://reuters.example/9", "Reuters", 200, approx=True)
    update_events(db, cfg(revision=False), now=at("2025-05-24 12:00"))
    swap(db, "https://ukrinform.example/9", "Ukrinform", 207)
    (change,) = update_events(db, cfg(revision=False), now=at("2025-05-24 13:00"))
    assert change.kind == "revision" and change.alerts == 0
    # switching revisions back on does not replay the change already seen
    assert update_events(db, cfg(), now=at("2025-05-24 14:00")) == []
    assert [r.kind for r in outbox(db)] == ["new_event"] * len(TARGETS)


def test_an_event_first_seen_without_a_stated_date_takes_the_date_reports_state(db) -> None:
    swap(db, "https://dw.example/10", "DW", 84, 84, published="2025-05-25", event_date=None, lang="de")
    update_events(db, cfg(), now=at("2025-05-25 09:00"))
    assert str(events(db)[0].event_date) == "2025-05-25"
    swap(db, "https://reuters.example/10", "Reuters", 84, 84)  # states Saturday
    assert update_events(db, cfg(), now=at("2025-05-25 10:00")) == []  # same figures: no news
    (event,) = events(db)
    assert str(event.event_date) == SAT and len(event_article_ids(db, event.id)) == 2


def test_a_backfill_of_old_exchanges_is_recorded_without_alerting(db) -> None:
    swap(db, "https://reuters.example/old", "Reuters", 215, 215, published="2022-09-21", event_date="2022-09-21")
    (change,) = update_events(db, cfg(), now=at("2025-05-24 12:00"))
    assert change.kind == "new_event" and change.alerts == 0 and outbox(db) == []
    assert events(db)[0].signature == "returned:RU=215;returned:UA=215"


def test_two_processes_updating_at_once_make_one_event_and_one_alert_per_target(db) -> None:
    import threading

    from storage import Database

    for i, outlet in enumerate(("Reuters", "AP", "Ukrinform", "TASS")):
        swap(db, f"https://{outlet.lower()}.example/race{i}", outlet, 120, 120)
    other = Database(db.url)  # a second engine: its own connections, as a second process would have
    barrier = threading.Barrier(2)
    results: list = []

    def run(database) -> None:
        barrier.wait()
        results.append(update_events(database, cfg(), now=at("2025-05-24 12:00")))

    threads = [threading.Thread(target=run, args=(d,)) for d in (db, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    other.dispose()
    assert sorted(len(r) for r in results) == [0, 1]
    assert len(events(db)) == 1 and len(outbox(db)) == len(TARGETS)


def test_a_backlog_goes_in_small_transactions_with_the_same_result(db) -> None:
    days = [f"2025-05-{d:02d}" for d in (20, 21, 22, 23, 24)]
    for i, day in enumerate(days):
        for outlet in ("Reuters", "Ukrinform"):
            swap(db, f"https://{outlet.lower()}.example/{day}", outlet, 50 + i, 50 + i, published=day, event_date=day)
    changes = update_events(db, cfg(), now=at("2025-05-24 12:00"), batch=3)
    assert [c.kind for c in changes] == ["new_event"] * 5
    assert [len(event_article_ids(db, e.id)) for e in events(db)] == [2] * 5
    assert len(outbox(db)) == 5 * len(TARGETS)
    assert update_events(db, cfg(), now=at("2025-05-24 12:05"), batch=3) == []


def test_a_repatriation_of_bodies_is_called_one(db) -> None:
    seed_article(db, "https://ukrinform.example/bodies", "Ukrinform", [("bodies_returned", "UA", 909, False)],
                 published=SAT, event_date=SAT, lang="uk")
    update_events(db, cfg(), now=at("2025-05-24 12:00"))
    row = outbox(db)[0]
    assert row.title == "Repatriation of bodies 24 May 2025: 909 bodies returned to Ukraine"
    assert row.body.startswith("Repatriation of bodies on 24 May 2025 (Russia–Ukraine), reported by 1 outlet.")


def test_other_conflicts_on_the_same_day_stay_apart_by_their_parties(db) -> None:
    seed_article(db, "https://ap.example/us-ru", "AP", [("returned", "US", 1, False), ("returned", "RU", 1, False)],
                 published=SAT, event_date=SAT, conflict="other")
    seed_article(db, "https://bbc.example/gaza", "BBC", [("returned", "IL", 3, False), ("returned", "PS", 90, False)],
                 published=SAT, event_date=SAT, conflict="other")
    seed_article(db, "https://reuters.example/us-ru", "Reuters", [("returned", "US", 1, False)],
                 published=SAT, event_date=SAT, conflict="other")
    update_events(db, cfg(), now=at("2025-05-24 12:00"))
    assert sorted(e.signature for e in events(db)) == ["returned:IL=3;returned:PS=90", "returned:RU=1;returned:US=1"]


def test_bodies_one_day_and_prisoners_the_next_are_two_events_and_a_late_undated_report_joins(db) -> None:
    seed_article(db, "https://ukrinform.example/bodies-fri", "Ukrinform", [("bodies_returned", "UA", 909, False)],
                 published="2025-04-18", event_date="2025-04-18", lang="uk")
    swap(db, "https://reuters.example/sat", "Reuters", 246, 246, published="2025-04-19", event_date="2025-04-19")
    # three days later, no stated date, Kyiv's and Moscow's numbers both quoted
    late = seed_article(db, "https://dw.example/late", "DW", [("returned", "UA", 246, False),
                        ("returned", "UA", 277, False)], published="2025-04-22", lang="de")
    update_events(db, cfg(), now=at("2025-04-22 12:00"))
    bodies, prisoners = events(db)
    assert (str(bodies.event_date), str(prisoners.event_date)) == ("2025-04-18", "2025-04-19")
    assert late in event_article_ids(db, prisoners.id) and late not in event_article_ids(db, bodies.id)
