"""CLI commands, one small module per area; ``register_all`` wires them onto the Typer app."""

from __future__ import annotations

import typer


def register_all(app: typer.Typer) -> None:
    from swapwatch.commands import setup

    setup.register(app)
