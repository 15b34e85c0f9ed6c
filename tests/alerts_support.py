"""Real local servers and archive seeding for the alerts tests.

- ``SmtpSink``: an aiosmtpd SMTP server on 127.0.0.1 (its own thread) that keeps every message; it can be
  stopped and started again on the same port, to play "the mail server is down".
- ``WebhookSink``: an ``http.server`` on 127.0.0.1 that keeps every JSON POST.
- ``seed_article``: an article with its figures, written straight through the models as the crawler would.
"""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from datetime import UTC, date, datetime

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from hook_support import JsonHook, free_port

from storage.models import Article, Figure, Source

SMTP_USER, SMTP_PASSWORD = "desk", "smtp-Pa55-word"
HOOK_USER, HOOK_TOKEN = "hook", "hook-Secret-7788"


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.sink.raw.append(envelope.content.decode("utf-8", "replace"))
        return "250 OK"


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = auth_data.login == SMTP_USER.encode() and auth_data.password == SMTP_PASSWORD.encode()
    return AuthResult(success=ok)


class SmtpSink:
    def __init__(self) -> None:
        self.port = free_port()
        self.raw: list[str] = []
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port,
                                     authenticator=_authenticate, auth_require_tls=False)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def url(self) -> str:
        return (f"mailto://{SMTP_USER}:{SMTP_PASSWORD}@127.0.0.1:{self.port}"
                f"?from=swapwatch@example.org&to=desk@example.org")

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        return [email.message_from_string(m, policy=email.policy.default) for m in self.raw]

    def texts(self) -> list[str]:
        """Each message's subject and decoded body."""
        out = []
        for msg in self.messages:
            part = msg.get_body(("plain", "html"))
            out.append(f"{msg['subject']}\n{part.get_content() if part else ''}")
        return out


class WebhookSink(JsonHook):
    """Started at once on a port of its own; its URL carries a user and token, as a real webhook's would."""

    def __init__(self) -> None:
        super().__init__(port=0)
        self.start()

    @property
    def url(self) -> str:
        return f"json://{HOOK_USER}:{HOOK_TOKEN}@127.0.0.1:{self.port}/hook"

    def at_path(self, path: str) -> list[dict]:
        return [body for body, p in zip(self.received, self.paths, strict=True) if p.startswith(path)]

    def close(self) -> None:
        self.stop()


def at(text: str) -> datetime:
    """``"2025-05-25 14:00"`` → aware UTC datetime (the frozen "now" of a test step)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def source(session, name: str) -> Source:
    found = session.query(Source).filter_by(name=name).one_or_none()
    if found is None:
        found = Source(name=name, url=f"https://{name.lower().replace(' ', '')}.example/feed", health="ok")
        session.add(found)
        session.flush()
    return found


def seed_article(db, url: str, outlet: str, figures: list[tuple], *, published: str, event_date: str | None = None,
                 lang: str = "en", conflict: str = "RU-UA", title: str | None = None,
                 duplicate_of: int | None = None, extracted_at: datetime | None = None) -> int:
    """Store an article and its figures; ``figures`` are (kind, side, value, approx[, evidence[, event_date]])."""
    with db.session() as session:
        article = Article(
            url=url, title=title or f"Report by {outlet}", published=date.fromisoformat(published), lang=lang,
            relevant=True, conflict=conflict, event_date=date.fromisoformat(event_date) if event_date else None,
            source=source(session, outlet), duplicate_of_id=duplicate_of,
            extracted_at=extracted_at or at(f"{published} 00:00"), text="…",
        )
        session.add(article)
        session.flush()
        for fig in figures:
            kind, side, value, approx, *rest = fig
            evidence = rest[0] if rest else f"{value} people were returned."
            day = date.fromisoformat(rest[1]) if len(rest) > 1 and rest[1] else None
            session.add(Figure(article_id=article.id, kind=kind, side=side, value=value, approx=approx,
                               evidence=evidence, event_date=day))
        return article.id


def alerts_config(**values):
    """A real ``[alerts]`` config (the same pydantic model the CLI reads from TOML)."""
    from swapwatch.config import AlertsConfig

    return AlertsConfig(**values)


def outbox(db, **where) -> list:
    """The outbox rows (detached), oldest first, optionally filtered by column values."""
    from storage.models import Alert

    with db.session() as session:
        query = session.query(Alert).filter_by(**where).order_by(Alert.id)
        return list(query)


def events(db) -> list:
    from storage.models import ExchangeEvent

    with db.session() as session:
        return list(session.query(ExchangeEvent).order_by(ExchangeEvent.event_date, ExchangeEvent.id))


def event_article_ids(db, event_id: int) -> set[int]:
    from storage.models import EventArticle

    with db.session() as session:
        return {link.article_id for link in session.query(EventArticle).filter_by(event_id=event_id)}


def reextract(db, article_id: int, figures: list[tuple], when: datetime) -> None:
    """What `swapwatch reextract` does to an article: its figures replaced, ``extracted_at`` moved on."""
    with db.session() as session:
        article = session.get(Article, article_id)
        for old in list(article.figures):
            session.delete(old)
        session.flush()
        for kind, side, value, approx, *rest in figures:
            session.add(Figure(article_id=article_id, kind=kind, side=side, value=value, approx=approx,
                               evidence=rest[0] if rest else f"{value} people were returned."))
        article.extracted_at = when


class HangingHttp:
    """An HTTP server that accepts a request and answers only when released: a target that hangs."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.connected = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            self.connected.set()
            conn.recv(65536)
            self.release.wait(30)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self.release.set()
        self.sock.close()


def wait_for(condition, timeout: float = 10.0) -> bool:
    """Poll ``condition`` until true or ``timeout`` seconds passed (bounded; never a blind sleep)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
