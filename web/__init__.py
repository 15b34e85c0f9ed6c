"""The web dashboard and JSON API over the archive (`swapwatch serve`).

>>> from web import BackgroundServer, WebSettings, create_app
"""

from web.app import create_app
from web.server import BackgroundServer, serve_forever
from web.settings import DEFAULT_HOST, DEFAULT_PORT, WebSettings, check_token

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "BackgroundServer", "WebSettings", "check_token", "create_app",
           "serve_forever"]
