"""CLI commands, one small module per area.

Every module here defines ``register(app)``; ``register_all`` finds them, so adding a command
means adding a module, never editing a central list.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}").register(app)
