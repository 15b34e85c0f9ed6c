"""Running the app: in the foreground (`swapwatch serve`) or in a thread beside the scheduler or the demo."""

from __future__ import annotations

import logging
import signal
import threading
import time
from typing import Any

import uvicorn

from core.config import Config
from storage import Database
from web.settings import WebSettings

log = logging.getLogger(__name__)


def make_server(db: Database, config: Config, settings: WebSettings) -> uvicorn.Server:
    from web.app import create_app

    app = create_app(db, config, settings)
    # uvicorn's access log would print every request; the service logs its own way
    return uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning",
                                         access_log=False, server_header=False, proxy_headers=False,
                                         limit_concurrency=200, timeout_keep_alive=5))


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: Any) -> None:
    raise _Stopped


def serve_forever(db: Database, config: Config, settings: WebSettings) -> None:
    """Serve until SIGINT/SIGTERM, then return: a requested stop is a normal end (exit 0), not an error.

    uvicorn shuts down gracefully on either signal and then re-raises it with the handlers it found;
    these turn it into a return instead of a KeyboardInterrupt or a kill by SIGTERM.
    """
    server = make_server(db, config, settings)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        server.run()
    except (KeyboardInterrupt, _Stopped):
        log.info("web: stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)


class BackgroundServer:
    """The app served from a daemon thread; ``start`` returns once it is listening."""

    def __init__(self, db: Database, config: Config, settings: WebSettings) -> None:
        self.server = make_server(db, config, settings)
        self.settings = settings
        self.thread = threading.Thread(target=self.server.run, name="web", daemon=True)

    def start(self, timeout: float = 10.0) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise OSError(f"the web server could not listen on {self.settings.host}:{self.settings.port}")
            time.sleep(0.02)
        return self

    @property
    def port(self) -> int:
        sockets = [s for server in self.server.servers for s in server.sockets]
        return sockets[0].getsockname()[1] if sockets else self.settings.port

    @property
    def url(self) -> str:
        host = self.settings.host
        return f"http://{'[' + host + ']' if ':' in host else host}:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
