"""Safety of the web app: headers and CSP, escaping, limits, the admin token, CSRF, secrets, `swapwatch serve`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from hook_support import free_port
from query_support import seed_archive
from web_support import ADMIN_TOKEN, REPO, request, served_config

from storage import Alert, Article, Database
from web import BackgroundServer, WebSettings
from web.security import CSP, RateLimiter, csrf_value, session_value

SECRET = "json://user:Web-Secret-5150@127.0.0.1:9/x"
HOSTILE = '<script>alert("t")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('sec') / 'sw.db'}"
    db = Database(url)
    seeded = seed_archive(db)
    with db.session() as s:
        s.get(Article, seeded.articles["en_jan"]).title = HOSTILE
        s.add(Alert(idempotency_key="event:1:r1:t1", event_id=seeded.events["jan"], kind="new_event", target="t1",
                    target_label="json://user:****@127.0.0.1:9/x", title=HOSTILE, body="b", status="failed",
                    attempts=1, last_error=f"refused by {SECRET}"))
    settings = WebSettings(port=0, admin_token=ADMIN_TOKEN, rate=0, max_body=1024)
    server = BackgroundServer(db, served_config(url, SECRET), settings).start()
    yield SimpleNamespace(url=server.url, db=db, seeded=seeded)
    server.stop()
    db.dispose()


def test_every_answer_carries_the_csp_and_no_page_has_inline_script(site) -> None:
    for path in ("/", "/events", f"/events/{site.seeded.events['jan']}", "/timeline", "/search?q=exchange",
                 "/sources", "/outbox", "/api", "/api/v1/events", "/nowhere"):
        status, headers, body = request(site.url + path)
        assert headers["content-security-policy"] == CSP, path
        assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
        tags = _tags(body.decode())
        assert all(dict(a).get("src") for t, a in tags if t == "script"), f"inline script on {path}"
        assert not [n for _, a in tags for n, _ in a if n.startswith("on")], f"an event handler on {path}"
        assert not [t for t, a in tags if "style" in dict(a) or t == "style"], f"an inline style on {path}"
        assert not [t for t, _ in tags if t == "img"], f"an image made from text on {path}"


def _tags(page: str) -> list[tuple[str, list]]:
    """Every start tag of a page with its attributes, as a browser's parser reads them."""
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(page)
    return found


def test_hostile_text_is_escaped_in_every_page(site) -> None:
    for path in (f"/events/{site.seeded.events['jan']}", "/search?q=exchange", "/outbox",
                 "/search?" + urlencode({"q": HOSTILE}), "/events?" + urlencode({"since": HOSTILE})):
        status, _, body = request(site.url + path)
        page = body.decode()
        assert "<img src=x" not in page and '<script>alert("t")' not in page, path
    status, _, body = request(site.url + f"/events/{site.seeded.events['jan']}")
    assert "&lt;img src=x onerror=alert(1)&gt;" in body.decode()
    status, _, body = request(site.url + "/events?" + urlencode({"since": HOSTILE}))
    assert status == 422 and b"since: write the date as YYYY-MM-DD" in body


def test_secrets_never_appear(site) -> None:
    for path in ("/outbox", "/api/v1/outbox", f"/api/v1/events/{site.seeded.events['jan']}", "/sources"):
        _, _, body = request(site.url + path)
        assert b"Web-Secret-5150" not in body, path


def test_request_size_and_query_limits(site) -> None:
    status, _, body = request(site.url + "/login", method="POST", data=b"token=" + b"x" * 5000)
    assert status == 413 and b"larger than 1024 bytes" in body
    status, _, body = request(site.url + "/search?q=" + "a" * 3000)
    assert status == 414


def test_rate_limit_answers_429_with_retry_after() -> None:
    limiter = RateLimiter(rate=2, burst=3)
    assert [limiter.allow("a", now=0.0) for _ in range(3)] == [0, 0, 0]
    assert limiter.allow("a", now=0.0) == pytest.approx(0.5)
    assert limiter.allow("b", now=0.0) == 0  # clients are limited one by one
    assert limiter.allow("a", now=0.6) == 0  # refilled at 2 per second


def test_rate_limit_over_http(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'sw.db'}")
    server = BackgroundServer(db, served_config(db.url), WebSettings(port=0, rate=1, burst=3)).start()
    try:
        codes = [request(server.url + "/api/v1/conflicts")[0] for _ in range(5)]
        status, headers, _ = request(server.url + "/api/v1/conflicts")
    finally:
        server.stop()
        db.dispose()
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:]
    assert status == 429 and int(headers["retry-after"]) >= 1


def test_api_writes_need_the_bearer_token(site) -> None:
    url = site.url + "/api/v1/alerts/1/discard"
    assert request(url, method="POST", data=b"")[0] == 401
    assert request(url, method="POST", data=b"", headers={"Authorization": "Bearer wrong-token-xxxxxxxx"})[0] == 401
    # a cookie (what a cross-site form would carry) is not enough for the API
    cookie = {"Cookie": f"swapwatch_admin={session_value(ADMIN_TOKEN)}"}
    assert request(url, method="POST", data=b"", headers=cookie)[0] == 401
    status, _, body = request(url, method="POST", data=b"", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert status == 200 and b"discarded" in body
    status, _, body = request(url, method="POST", data=b"", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert status == 409  # nothing left to discard


def test_page_forms_need_the_cookie_and_the_csrf_field(site) -> None:
    with site.db.session() as s:
        alert = Alert(idempotency_key="event:1:r2:t2", event_id=site.seeded.events["jan"], kind="revision",
                      target="t2", target_label="x", title="t", body="b", status="failed", attempts=1)
        s.add(alert)
    action = site.url + f"/outbox/{alert.id}/discard"
    status, headers, _ = request(site.url + "/login", method="POST", data=f"token={ADMIN_TOKEN}".encode())
    assert status in (200, 303)
    cookie = {"Cookie": f"swapwatch_admin={session_value(ADMIN_TOKEN)}"}
    form = f"csrf={csrf_value(ADMIN_TOKEN)}".encode()
    assert request(action, method="POST", data=form)[0] == 403  # no cookie
    assert request(action, method="POST", data=b"csrf=forged", headers=cookie)[0] == 403  # no valid field
    status, _, body = request(site.url + "/outbox", headers=cookie)
    assert f'name="csrf" value="{csrf_value(ADMIN_TOKEN)}"'.encode() in body and b"Retry now" in body
    assert b"Retry now" not in request(site.url + "/outbox")[2]  # no buttons without signing in
    evil = {**cookie, "Origin": "https://evil.example"}
    assert request(action, method="POST", data=form, headers=evil)[0] == 403  # another site's page
    assert request(action, method="POST", data=form, headers=cookie)[0] in (200, 303)
    with site.db.session() as s:
        assert s.get(Alert, alert.id).status == "discarded"
    assert request(site.url + "/outbox/test", method="POST", data=b"csrf=forged", headers=cookie)[0] == 403
    status, _, body = request(site.url + "/outbox/test", method="POST", data=form, headers=cookie)
    assert status == 200 and b"FAILED" in body and b"127.0.0.1:9" in body  # the closed port, reported
    assert b"Web-Secret-5150" not in body


def test_serve_command_binds_to_localhost_and_refuses_a_short_token(tmp_path) -> None:
    config = tmp_path / "sw.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n', encoding="utf-8")
    base = [sys.executable, "-m", "swapwatch.cli", "--config", str(config), "serve"]
    env = {k: v for k, v in os.environ.items() if k != "SWAPWATCH_DATABASE_URL"}
    short = subprocess.run([*base, "--admin-token", "short"], capture_output=True, text=True, timeout=60, env=env)
    assert short.returncode == 2 and "at least 16 characters" in short.stderr
    port = free_port()
    proc = subprocess.Popen([*base, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=REPO)
    try:
        # polled until the server is up or has died, with a deadline: ten fixed seconds were not always enough for
        # its start-up on a loaded CI box, and then the test failed on an unbound name rather than saying so
        deadline, answer = time.monotonic() + 60, None
        while answer is None and proc.poll() is None and time.monotonic() < deadline:
            try:
                answer = request(f"http://127.0.0.1:{port}/api/v1/conflicts")
            except OSError:
                time.sleep(0.1)
        assert answer is not None, "the server never answered"
        status, _, body = answer
        assert status == 200 and body == b"[]"
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        assert f"127.0.0.1:{port}" in listening, listening
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err  # SIGTERM is a normal stop
    assert f"http://127.0.0.1:{port}/" in err and "read-only" in err
