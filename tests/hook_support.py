"""Local HTTP endpoints for the tests: a free port on 127.0.0.1, and a webhook that keeps every JSON POST.

One receiver for every webhook the tests stand up (the alerts tests' sink, the service tests' hook, the slow
hook a sender is killed against), so they record and answer alike.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time


def free_port() -> int:
    """A port on 127.0.0.1 that stays free for whoever binds it next with SO_REUSEADDR (every server here does).

    A port merely bound and closed is free for anyone: until the server under test binds it, seconds later in a
    subprocess or after a "target down" phase, the kernel may hand it to another test's server or to an outgoing
    connection, and the bind fails. So one connection to it is made and closed from the server side first: its
    TIME_WAIT (a minute) keeps the kernel from giving the port out again, while a SO_REUSEADDR bind still succeeds.
    """
    with socket.socket() as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port)):
            accepted, _ = server.accept()
            accepted.close()  # the server side closes first, so the TIME_WAIT is on this port
    return port


class JsonHook:
    """An ``http.server`` on 127.0.0.1 that keeps every JSON POST (body, headers, path), then answers 200.

    ``delay``: each answer waits that long after the body is recorded and ``arrived`` set (time to kill a sender
    mid-delivery). ``port=None`` picks a free port at once, so the URL is known before ``start``; ``stop`` then
    ``start`` again serves the same port ("the webhook was down").
    """

    def __init__(self, port: int | None = None, delay: float = 0.0) -> None:
        self._port = free_port() if port is None else port
        self.delay = delay
        self.received: list[dict] = []
        self.headers: list[dict] = []
        self.paths: list[str] = []
        self.arrived = threading.Event()
        self.server: http.server.ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        return self.server.server_address[1] if self.server is not None else self._port

    def _record(self, request: http.server.BaseHTTPRequestHandler) -> None:
        body = request.rfile.read(int(request.headers.get("Content-Length", 0)))
        self.received.append(json.loads(body))
        self.headers.append(dict(request.headers))
        self.paths.append(request.path)
        self.arrived.set()
        time.sleep(self.delay)

    def start(self) -> JsonHook:
        hook = self

        class Receiver(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's hook name
                hook._record(self)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Receiver)
        self.server.daemon_threads = True  # a delayed answer must not hold up stop()
        self._port = self.port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
