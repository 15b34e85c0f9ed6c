"""An alert cycle in a child process that kills itself with SIGKILL at a chosen point.

usage: alerts_crash_child.py DB_URL URLS_JSON NOW_ISO POINT
POINT: none | after_commit (events and outbox committed, nothing sent) | before_send (row claimed as
`sending`, apprise not called) | after_send (the target has the message, the row is not marked sent).
"""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import datetime

import alerts.delivery as delivery
from alerts import deliver_pending, update_events
from core.config import AlertsConfig
from storage import Database


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    db_url, urls, now_iso, point = sys.argv[1:5]
    cfg = AlertsConfig(urls=json.loads(urls))  # the typed [alerts] config; everything else at its default
    now = datetime.fromisoformat(now_iso)
    db = Database(db_url, migrate=False)  # the parent created the schema; a restart needs no migration
    update_events(db, cfg, now=now)
    if point == "after_commit":
        die()
    real_send = delivery.send

    def send_then_die(*args, **kwargs):
        result = real_send(*args, **kwargs)
        die()
        return result

    if point == "before_send":
        delivery.send = lambda *args, **kwargs: die()
    elif point == "after_send":
        delivery.send = send_then_die
    report = deliver_pending(db, cfg, now=now)
    print(json.dumps({"sent": report.sent, "failed": report.failed}))


if __name__ == "__main__":
    main()
