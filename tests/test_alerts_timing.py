"""Backoff, quiet hours and the digest window, from a frozen "now"; message wording."""

from __future__ import annotations

from datetime import time, timedelta

from alerts_support import SMTP_PASSWORD, at

from alerts.outbox import target_format, target_label
from alerts.timing import backoff, digest_window, quiet_until
from alerts.wording import attributed, changed_kinds, changes, conflict_name, headline
from core.events import Claim, consolidate


def test_backoff_doubles_from_the_base_up_to_the_cap() -> None:
    base, cap = timedelta(minutes=1), timedelta(hours=1)
    assert [backoff(n, base, cap) for n in (1, 2, 3, 4)] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert backoff(7, base, cap) == cap and backoff(10_000, base, cap) == cap


def test_quiet_hours_across_midnight_and_within_a_day() -> None:
    assert quiet_until(at("2025-05-25 23:30"), "22:00-07:00") == at("2025-05-26 07:00")
    assert quiet_until(at("2025-05-26 06:59"), "22:00-07:00") == at("2025-05-26 07:00")
    assert quiet_until(at("2025-05-26 07:00"), "22:00-07:00") is None
    assert quiet_until(at("2025-05-25 13:00"), "12:00-14:00") == at("2025-05-25 14:00")
    assert quiet_until(at("2025-05-25 14:00"), "12:00-14:00") is None
    assert quiet_until(at("2025-05-25 14:00"), None) is None


def test_quiet_hours_in_the_configured_time_zone() -> None:
    # 22:00 in Kyiv (UTC+3 in May) is 19:00 UTC; quiet until 07:00 Kyiv = 04:00 UTC
    assert quiet_until(at("2025-05-25 19:30"), "22:00-07:00", "Europe/Kyiv") == at("2025-05-26 04:00")
    assert quiet_until(at("2025-05-25 18:59"), "22:00-07:00", "Europe/Kyiv") is None


def test_the_digest_is_due_from_its_time_and_covers_the_day_before() -> None:
    assert digest_window(at("2025-05-26 07:59"), time(8, 0)) is None
    day, start, end = digest_window(at("2025-05-26 08:00"), time(8, 0))
    assert str(day) == "2025-05-26" and start == at("2025-05-25 08:00") and end == at("2025-05-26 08:00")
    assert digest_window(at("2025-05-26 23:00"), time(8, 0))[0] == day  # late is still today's digest
    assert digest_window(at("2025-05-26 09:00"), None) is None


def test_wording_of_headlines_disputes_and_changes() -> None:
    figures = consolidate([Claim("returned", "UA", 207, outlet="Ukrinform"), Claim("returned", "UA", 195,
                           outlet="TASS"), Claim("returned", "UA", 207, outlet="Reuters"),
                           Claim("returned", "RU", 200, approx=True)])
    assert headline(figures) == "about 200 returned to Russia, 207 to Ukraine"
    assert attributed(figures[1]) == "207 (Reuters, Ukrinform); 195 according to TASS"
    assert changes("returned:UA=~200", "returned:RU=195;returned:UA=207") == [
        "Returned to Russia: 195 (new)", "Returned to Ukraine: about 200 → 207"]
    assert conflict_name("RU-UA") == "Russia–Ukraine" and conflict_name("other") is None


def test_targets_are_labelled_without_secrets_and_have_a_format() -> None:
    mail = f"mailto://desk:{SMTP_PASSWORD}@127.0.0.1:2525?from=a@example.org&to=b@example.org"
    assert SMTP_PASSWORD not in target_label(mail) and target_label(mail).startswith("mailto://desk:****@127.0.0.1")
    assert target_format(mail) == "html" and target_format("json://127.0.0.1/x") == "text"
    assert target_format("json://127.0.0.1/x?format=markdown") == "markdown"
    assert target_format("not a url") == "text"


def test_only_additions_and_moves_are_news() -> None:
    assert changes("returned:RU=1000", "returned:RU=1000|980") == [
        "Returned to Russia: 1,000 stands; also claimed: 980"]
    assert changed_kinds("returned:RU=1000|980", "returned:RU=1000") == set()  # a claim withdrawn
    assert changed_kinds("returned:RU=1000;returned:UA=5", "returned:RU=1000") == set()  # a figure dropped
    assert changed_kinds("total_exchanges:-=63", "total_exchanges:-=64") == {"total_exchanges"}
