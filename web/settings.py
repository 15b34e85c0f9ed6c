"""How the web app runs: where it listens, who may write, and the limits that keep it standing."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

DEFAULT_HOST = "127.0.0.1"  # a dashboard over a private archive is local until someone decides otherwise
DEFAULT_PORT = 8080


@dataclass(frozen=True)
class WebSettings:
    """Options of ``swapwatch serve``. ``admin_token`` None means the app has no write endpoints at all."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    admin_token: str | None = None
    rate: float = 20.0  # requests per second per client, sustained
    burst: int = 60  # requests a client may make at once before the rate applies
    max_body: int = 16 * 1024  # bytes; the only bodies are small admin forms
    max_query: int = 2048  # characters of query string
    page_size: int = 50  # default rows per page in the API and the pages
    max_page: int = 500  # the most rows one page may ask for

    @property
    def writable(self) -> bool:
        return bool(self.admin_token)

    @property
    def public(self) -> bool:
        """True when bound to an address other machines can reach."""
        try:
            return not ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return self.host not in ("localhost",)


def check_token(token: str | None) -> str | None:
    """A usable admin token, or a ValueError saying why not (a short token is guessable)."""
    if token is None or token == "":
        return None
    if len(token) < 16:
        raise ValueError("--admin-token must be at least 16 characters")
    return token
