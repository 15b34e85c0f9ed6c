"""Secrets in apprise URLs never reach a log line or the outbox."""

from __future__ import annotations

import logging

from alerts.masking import mask_text, mask_url, target_id
from swapwatch.logs import MaskSecrets


def test_mask_url_hides_passwords_and_tokens() -> None:
    assert mask_url("mailto://me:hunter2@smtp.example.org") == "mailto://me:****@smtp.example.org"
    masked = mask_url("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/12345/")
    assert "AAHdq" not in masked and masked.startswith("tgram://")
    assert "abcdef" not in mask_url("json://127.0.0.1:5000/?token=abcdef")
    assert mask_url("json://127.0.0.1:8080/hook") == "json://127.0.0.1:8080/hook"


def test_log_records_are_masked(caplog) -> None:
    secret = "mailto://me:hunter2@smtp.example.org"
    logger = logging.getLogger("swapwatch.test")
    handler = logging.Handler()
    seen: list[str] = []
    handler.emit = lambda record: seen.append(record.getMessage())  # type: ignore[method-assign]
    handler.addFilter(MaskSecrets([secret]))
    logger.addHandler(handler)
    try:
        logger.error("could not send to %s", secret)
    finally:
        logger.removeHandler(handler)
    assert seen and "hunter2" not in seen[0] and "smtp.example.org" in seen[0]


def test_target_id_is_stable_and_secret_free() -> None:
    url = "mailto://me:hunter2@smtp.example.org"
    assert target_id(url) == target_id(url) and "hunter2" not in target_id(url)
    assert target_id(url) != target_id(url + "x")
    assert "hunter2" not in mask_text(f"error talking to {url}: refused")
