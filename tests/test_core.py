"""The ground floor: it imports nothing of the project, its vocabulary matches the extractor's, its records and
the event signature survive the trip they are made for, and the project's modules import without circles."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from core.events import Claim, Signature, SignedValue, consolidate
from core.records import CrawlSummary, ExtractedFigure, SourceRow
from core.vocabulary import CONFLICTS, KIND_NAMES, conflict_name, named_conflict

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "extractor", "storage", "crawler", "alerts", "scheduler", "swapwatch", "web")


def test_core_imports_only_the_stdlib_and_pydantic() -> None:
    code = ("import sys, core, core.config, core.events, core.records, core.vocabulary; "
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(PACKAGES)!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(done.stdout.replace("'", '"')) == ["core"]


def test_the_vocabulary_lists_the_extractors_kinds_in_its_order() -> None:
    from extractor.model import KINDS

    assert tuple(KINDS) == KIND_NAMES


def test_conflicts_are_named_and_a_known_pair_replaces_other() -> None:
    assert conflict_name("RU-UA") == "Russia–Ukraine" and conflict_name("US-RU") == CONFLICTS["RU-US"]
    assert conflict_name("other") is None
    assert named_conflict("other", {"IL", "PS"}) == "IL-PS"
    assert named_conflict("other", {"IL"}) == "other" and named_conflict("RU-UA", {"IL", "PS"}) == "RU-UA"


def test_a_signature_round_trips_and_its_diff_is_the_news() -> None:
    before = Signature.of(consolidate([Claim("returned", "UA", 200, approx=True), Claim("total_exchanges", None, 63)]))
    assert before.text() == "returned:UA=~200;total_exchanges:-=63"
    assert Signature.parse(before.text()) == before
    after = Signature.of(consolidate([
        Claim("returned", "UA", 207), Claim("returned", "UA", 195), Claim("returned", "UA", 207, duplicate=True),
        Claim("total_exchanges", None, 63)]))
    (change,) = before.diff(after)
    assert (change.kind, change.status, change.after) == ("returned", "moved", SignedValue(207, False, (195,)))
    assert after.diff(before) and not after.diff(after)


def test_a_syndicated_copy_never_counts() -> None:
    claims = [Claim("returned", "RU", 207, outlet="Reuters"), Claim("returned", "RU", 215, outlet="TASS"),
              Claim("returned", "RU", 207, outlet="Portal", duplicate=True)]
    (figure,) = consolidate(claims)
    assert (figure.value, figure.alternatives) == (215, (207,)) and len(figure.claims) == 2


def test_the_crawl_summary_json_reads_back() -> None:
    row = SourceRow("Wire", fetched=4, new=2, figures=3, status="failed", error="HTTP 503", edited=2)
    summary = CrawlSummary([row], 1.5)
    back = CrawlSummary.from_json(json.dumps(summary.as_dict()))
    assert back.as_dict() == summary.as_dict() and back.failed == ["Wire"]
    for bad in ("[]", '{"sources": [{"fetched": 1}]}', "not json"):
        try:
            CrawlSummary.from_json(bad)
        except ValueError as exc:
            assert "not a crawl summary" in str(exc)
        else:
            raise AssertionError(f"{bad!r} was accepted")


def test_an_extracted_figure_takes_role_and_confidence_when_the_extractor_has_them() -> None:
    class Old:
        kind, side, value, approx, evidence, span = "returned", "UA", 95, False, "95 came home.", (0, 13)

    class New(Old):
        role, confidence = "stage", 1.7

    assert (ExtractedFigure.of(Old()).role, ExtractedFigure.of(Old()).confidence) == ("reported", 1.0)
    assert (ExtractedFigure.of(New()).role, ExtractedFigure.of(New()).confidence) == ("stage", 1.0)


def _imports(path: Path, module: str) -> set[str]:
    """The project modules ``module`` imports (anywhere in the file, TYPE_CHECKING blocks included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # ``from alerts import wording`` imports the submodule alerts.wording
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return {name for name in found if name.split(".")[0] in PACKAGES and name != module}


def test_no_module_imports_itself_back_through_another() -> None:
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            modules[name] = path
    # a package's __init__ only re-exports its modules, so edges into a package name are left out
    graph = {m: {i for i in _imports(p, m) if i in modules and not (ROOT / i.replace(".", "/")).is_dir()}
             for m, p in modules.items()}
    circles = []
    for start in graph:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    circles.append(path)
                elif nxt not in path and len(path) < 6:
                    stack.append((nxt, [*path, nxt]))
    assert not circles, circles[:5]


# Which project packages each lower layer may import (lazy imports inside functions count too). The web shows
# what the archive holds and what alerts do, so it builds on core, storage and alerts, never on the CLI
# (swapwatch), the scheduler or the crawler: what two of them need lives in the lower layer.
LAYERS = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "alerts": {"core", "storage", "alerts"},
    "web": {"core", "storage", "alerts", "web"},
}


def test_each_layer_imports_only_the_layers_below_it() -> None:
    wrong = []
    for package, allowed in LAYERS.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            wrong += [f"{module} imports {name}" for name in sorted(_imports(path, module))
                      if name.split(".")[0] not in allowed]
    assert not wrong, wrong
