"""CLI commands, one small module per area.

Every module here defines ``register(app)``; ``register_all`` finds them, so adding a command
means adding a module, never editing a central list.

``swapwatch --help`` must answer in a blink, so the top-level group imports a command's module only when
that command runs or shows its own help: ``INDEX`` names each command's module and its one-line help
(tests/test_cli_help.py holds it to the modules). A module missing from the index still works: the group
then imports it to find its commands (slower help, never a missing command).
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import NamedTuple

import click
import typer
from typer.core import TyperGroup


class Entry(NamedTuple):
    module: str
    help: str
    hidden: bool = False


INDEX: dict[str, Entry] = {
    "export": Entry("archive", "Export the archive for a spreadsheet or pandas, streamed so any size fits in memory."),
    "timeline": Entry("archive", "Exchanges over time: people returned per date and the running totals per side."),
    "feed": Entry("archive", "Write an Atom feed of the latest exchange events for any feed reader."),
    "crawl": Entry("crawl", "Run one crawl cycle over the enabled sources (or --source NAME), then update exchange "
                            "events and deliver pending alerts, and print a summary per source."),
    "reextract": Entry("crawl", "Re-run the extractor over the archived articles and replace their figures, "
                                "without refetching; then rebuild the events (a corrected figure alerts once, "
                                "nothing unchanged is re-sent). Articles judged irrelevant are re-read too while "
                                "they keep their text ([storage] keep_irrelevant)."),
    "demo": Entry("demo", "Show the whole product offline in under a minute: serve the bundled sample news site on "
                          "127.0.0.1, crawl it into a local SQLite database, print the exchange events and the alerts "
                          "that were sent, then publish one more article and show that only the new exchange "
                          "alerts."),
    "extract": Entry("extract", "Run the figure extractor on article files and print one result per file."),
    "eval": Entry("eval", "Run the extractor on labelled articles and print per-kind, per-language and "
                          "worst-article scores."),
    "events": Entry("query", "List exchange events with their figures per side (~ approximate, ! other outlets' "
                             "numbers, ? held: one unsure report, not announced until a second outlet confirms "
                             "it)."),
    "event": Entry("query", "Show one exchange event in full: every claim with its outlet, URL and evidence "
                            "sentence."),
    "figures": Entry("query", "List the figures read from articles, with outlet, URL and evidence sentence."),
    "articles": Entry("query", "List stored articles (without their text; `swapwatch export --what articles` has "
                               "it)."),
    "search": Entry("query", "Full-text search over article titles and texts, best first, with highlighted "
                             "snippets."),
    "serve": Entry("serve", "Serve the dashboard (latest exchanges, events, timeline, search, sources, outbox) and "
                            "the JSON API under /api/v1 until Ctrl-C. Reads the same config and database as every "
                            "other command."),
    "run": Entry("service", "Run the scheduled service until SIGINT/SIGTERM; SIGHUP or an edited config file "
                            "reloads the sources."),
    "status": Entry("status", "Show the service: each source's last crawl, result, next run, failures and health; "
                               "the alert outbox; the latest events; the database path and size."),
    "crawl-child": Entry("service", "One crawl for the service, in its own process: prints the crawl summary as one "
                                    "JSON line, no alerts.", hidden=True),
    "worker": Entry("worker", "Run crawls from the cluster's queue until SIGINT/SIGTERM (warm stop: running crawls "
                              "finish first)."),
    "init": Entry("setup", "Write a commented starter config with real news sources (verify them before use)."),
    "alerts": Entry("alerts", "Alert targets and the outbox."),
    "db": Entry("setup", "Manage the database schema."),
}


def register_all(app: typer.Typer) -> None:
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}").register(app)


def _commands_of(module: str) -> dict[str, click.Command]:
    sub = typer.Typer(rich_markup_mode=None)  # as the top-level app: "[cluster]" in a help text is no markup
    importlib.import_module(f"{__name__}.{module}").register(sub)
    return dict(typer.main.get_group(sub).commands)


class LazyGroup(TyperGroup):
    """The top-level group: commands from ``INDEX``, each module imported on first use."""

    def _unindexed(self) -> dict[str, click.Command]:
        """Commands of modules the index does not know yet (a new module): imported, so none goes missing."""
        if not hasattr(self, "_extra"):
            known = {e.module for e in INDEX.values()}
            self._extra: dict[str, click.Command] = {}
            for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
                if module not in known:
                    self._extra.update(_commands_of(module))
        return self._extra

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(dict.fromkeys([*INDEX, *self._unindexed(), *super().list_commands(ctx)]))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in INDEX:
            if name not in self.commands:
                for found, command in _commands_of(INDEX[name].module).items():
                    self.commands.setdefault(found, command)
            return self.commands.get(name)
        return self._unindexed().get(name) or super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(n) for n in INDEX)
        rows = [(name, click.utils.make_default_short_help(e.help, limit)) for name, e in INDEX.items() if not e.hidden]
        rows += [(name, cmd.get_short_help_str(limit)) for name, cmd in self._unindexed().items()
                 if name not in INDEX and not cmd.hidden]
        with formatter.section("Commands"):
            formatter.write_dl(rows)
