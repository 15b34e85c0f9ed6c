"""`swapwatch alerts test|list|retry`: try the targets, look at the outbox, force a retry."""

from __future__ import annotations

import typer

from alerts import deliver_pending, mask_text, send_test
from alerts.outbox import force_due, outbox_rows
from storage.types import utcnow
from swapwatch.context import AppContext, fail
from swapwatch.output import Format, write_rows

alerts_app = typer.Typer(
    help="Alert targets and the outbox.\n\nExample: swapwatch alerts list --status failed",
    no_args_is_help=True,
)

COLUMNS = ["id", "kind", "status", "target", "attempts", "next_attempt_at", "sent_at", "last_error", "title"]
# a terminal table keeps to what fits; json/csv carry every column
TABLE_COLUMNS = ["id", "kind", "status", "attempts", "target", "next_attempt_at", "last_error"]
STATUSES = ("pending", "sending", "sent", "failed", "discarded")


def _secrets(app_ctx: AppContext) -> list[str]:
    cfg = app_ctx.config.alerts
    return [*cfg.urls, *cfg.admin_urls]


@alerts_app.command("test")
def alerts_test(ctx: typer.Context) -> None:
    """Send a test message to every configured target now and report each one's success.

    Example: swapwatch alerts test
    """
    app_ctx: AppContext = ctx.obj
    cfg = app_ctx.config.alerts
    if not cfg.urls and not cfg.admin_urls:
        raise fail("no alert targets: set [alerts] urls (or SWAPWATCH_ALERT_URLS)")
    results = send_test(cfg)
    for result in results:
        line = f"{'ok  ' if result.ok else 'FAIL'} {result.target}"
        typer.echo(mask_text(line + (f": {result.error}" if result.error else ""), _secrets(app_ctx)))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


@alerts_app.command("list")
def alerts_list(
    ctx: typer.Context,
    status: str | None = typer.Option(None, "--status", help="Only rows with this status: " + ", ".join(STATUSES)),
    limit: int = typer.Option(50, "--limit", min=1, help="Newest rows first, at most this many."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """Show the outbox: pending, sending, sent and failed alerts with attempts and the last error.

    Example: swapwatch alerts list --status failed --format json
    """
    app_ctx: AppContext = ctx.obj
    if status is not None and status not in STATUSES:
        raise fail(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
    secrets = _secrets(app_ctx)
    rows = outbox_rows(app_ctx.read_db, status=status, limit=limit)
    for row in rows:  # belt and braces: nothing secret is stored, but never print one even if it were
        row["target"] = mask_text(row["target"], secrets)
        row["last_error"] = mask_text(row["last_error"], secrets) if row["last_error"] else None
    if fmt is Format.table:
        for row in rows:
            for key in ("next_attempt_at", "sent_at"):
                row[key] = row[key].strftime("%Y-%m-%d %H:%M") if row[key] else None
    write_rows(rows, fmt, TABLE_COLUMNS if fmt is Format.table else COLUMNS, title="alert outbox")


@alerts_app.command("retry")
def alerts_retry(
    ctx: typer.Context,
    ids: list[int] = typer.Option([], "--id", help="Only this outbox row (repeatable); default: all waiting."),
    stuck: bool = typer.Option(False, "--stuck", help="Also rows left in `sending` by a crashed process "
                               "(may send them twice if the crash came after the send)."),
    send: bool = typer.Option(True, "--send/--no-send", help="Deliver now (default) or leave it to the service."),
) -> None:
    """Make pending and failed alerts due now (ignoring backoff and quiet hours' delay) and deliver them.

    Example: swapwatch alerts retry --id 12
    """
    app_ctx: AppContext = ctx.obj
    now = utcnow()
    if ids:
        _check_ids(app_ctx, ids)
    changed = force_due(app_ctx.db, now=now, ids=ids, include_sending=stuck)
    typer.echo(f"{changed} alert(s) due now")
    if not send or not changed:
        return
    report = deliver_pending(app_ctx.db, app_ctx.config.alerts, now=now, quiet_hours=False)
    for target, counts in report.per_target.items():
        typer.echo(mask_text(f"{target}: {counts['sent']} sent, {counts['failed']} failed, "
                             f"{counts['deferred']} deferred", _secrets(app_ctx)))
    if report.failed:
        raise typer.Exit(1)


@alerts_app.command("discard")
def alerts_discard(
    ctx: typer.Context,
    ids: list[int] = typer.Option([], "--id", help="This outbox row (repeatable)."),
    removed: bool = typer.Option(False, "--removed", help="Rows for targets no longer in the config."),
    failed: bool = typer.Option(False, "--failed", help="Every failed row."),
) -> None:
    """Stop retrying waiting alerts: they are marked `discarded` (kept for the record, never sent).

    Options combine: a row must match all of them.
    Example: swapwatch alerts discard --removed
    """
    from alerts.targets import discard

    app_ctx: AppContext = ctx.obj
    if not (ids or removed or failed):
        raise fail("say which alerts to discard: --id N, --removed or --failed")
    if ids:
        _check_ids(app_ctx, ids)
    count = discard(app_ctx.db, app_ctx.config, ids=ids, removed=removed, failed=failed)
    typer.echo(f"{count} alert(s) discarded")


def _check_ids(app_ctx: AppContext, ids: list[int]) -> None:
    """``--id 999`` that names no outbox row is a mistake to report (exit 2), not "0 alert(s) due"."""
    from sqlalchemy import select

    from storage import Alert

    with app_ctx.db.session() as session:
        found = set(session.scalars(select(Alert.id).where(Alert.id.in_(ids))))
    missing = sorted(set(ids) - found)
    if missing:
        raise fail(f"--id: no outbox row {', '.join(map(str, missing))} (see `swapwatch alerts list`)")


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
