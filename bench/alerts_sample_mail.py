"""Print real alert e-mails exactly as a local SMTP server (aiosmtpd) received them from apprise.

One exchange reported by three outlets in three languages, then a conflicting claim from a fourth:
a new_event message and its revision follow-up. Run: .venv/bin/python bench/alerts_sample_mail.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from alerts_support import SmtpSink, alerts_config, at, seed_article  # noqa: E402

from alerts import run_alert_cycle  # noqa: E402
from storage import Database  # noqa: E402

DAY = "2025-05-25"
EVIDENCE = "Russia and Ukraine each handed over 1,000 prisoners on Sunday, the largest swap of the war."


def main() -> None:
    smtp = SmtpSink()
    smtp.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = Database(f"sqlite:///{Path(folder) / 'sample.db'}")
            cfg = alerts_config(urls=[smtp.url])
            seed_article(db, "https://reuters.example/world/swap-1000", "Reuters",
                         [("returned", "UA", 1000, False, EVIDENCE), ("returned", "RU", 1000, False, EVIDENCE),
                          ("total_exchanges", None, 64, False, "It was the 64th exchange.")],
                         published=DAY, event_date=DAY)
            seed_article(db, "https://ukrinform.example/obmin-1000", "Ukrinform",
                         [("returned", "UA", 1000, False, "Додому повернулися 1000 українців.")],
                         published=DAY, event_date=DAY, lang="uk")
            seed_article(db, "https://tass.example/obmen-1000", "TASS",
                         [("returned", "RU", 1000, False), ("returned", "UA", 1000, False)],
                         published="2025-05-26", event_date=DAY, lang="ru")
            run_alert_cycle(db, cfg, now=at(f"{DAY} 14:03"))
            seed_article(db, "https://ria.example/obmen", "RIA Novosti", [("returned", "RU", 980, False)],
                         published=DAY, event_date=DAY, lang="ru")
            run_alert_cycle(db, cfg, now=at(f"{DAY} 16:20"))
            db.dispose()
    finally:
        smtp.stop()
    for i, raw in enumerate(smtp.raw, 1):
        print(f"======== message {i}, as received by the SMTP server ========\n{raw}")


if __name__ == "__main__":
    main()
