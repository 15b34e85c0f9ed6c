"""One JSON line per text of both corpora and every fixture: what the extractor makes of it.

Usage: python bench/extract_snapshot.py OUT.jsonl [--patterns PATTERNS.txt] [--compare OLD_PATTERNS.txt]
A refactor that must not change output (moving vocabulary between modules) diffs two snapshots: they must be
byte-identical. ``--patterns`` also writes every compiled module-level pattern of ``extractor`` (name and
source), to see which patterns a change touched; ``--compare`` runs each pattern whose source changed since
OLD_PATTERNS.txt, old and new, over every text (anchored ones on windows at each word boundary) and prints
where their matches differ: a stricter test than the figures alone.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import extractor  # noqa: E402
from extractor import extract  # noqa: E402

CORPORA = [ROOT / "tests" / "data" / "corpus" / n for n in ("dev.jsonl", "dev_real.jsonl")]
FIXTURES = ROOT / "tests" / "fixtures" / "extractor"


def _texts():
    """(id, text, title, published) for every corpus article and fixture."""
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            yield rec["id"], rec["text"], rec.get("title"), rec.get("published")
    for txt in sorted(FIXTURES.glob("*.txt")):
        meta = txt.with_suffix(".json")
        expected = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
        yield txt.stem, txt.read_text(encoding="utf-8"), expected.get("title"), expected.get("published")


def snapshot(out) -> int:
    n = 0
    for ident, text, title, published in _texts():
        result = extract(text, title=title, published=date.fromisoformat(published) if published else None)
        row = {"id": ident, "relevant": result.relevant, "conflict": result.conflict, "lang": result.lang,
               "event_date": str(result.event_date) if result.event_date else None,
               "figures": [[f.kind, f.side, f.value, f.approx, f.role, round(f.confidence, 6), list(f.span),
                            f.evidence] for f in result.figures]}
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def patterns(out) -> None:
    """Every module-level compiled pattern (and list/dict of them) in ``extractor``, by qualified name."""
    for info in sorted(pkgutil.walk_packages(extractor.__path__, "extractor."), key=lambda i: i.name):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            items = value.items() if isinstance(value, dict) else enumerate(value) \
                if isinstance(value, list | tuple) else [("", value)]
            for key, item in items:
                for x in item if isinstance(item, tuple) else (item,):
                    if isinstance(x, re.Pattern):
                        out.write(f"{info.name}.{name}[{key}]\t{x.pattern}\n")


def _current_patterns() -> dict[str, re.Pattern[str]]:
    import io

    buf = io.StringIO()
    patterns(buf)
    return {n: re.compile(src) for n, src in (line.split("\t", 1) for line in buf.getvalue().splitlines())}


def _spans(rx: re.Pattern[str], low: str) -> list:
    """What ``rx`` finds in ``low``: every match, or for an anchored pattern its result at each word boundary."""
    src = rx.pattern
    if src.startswith("^") or src.endswith("$"):
        cuts = [m.start() for m in re.finditer(r"\b", low)]
        if src.startswith("^"):
            return [(i, m.span()) for i in cuts if (m := rx.match(low[i : i + 60]))]
        return [(i, m.span()) for i in cuts if (m := rx.search(low[max(0, i - 60) : i]))]
    return [m.span() for m in rx.finditer(low)]


def compare(old_file: str) -> int:
    """Number of (pattern, text) pairs where a changed pattern matches differently from its old source."""
    with open(old_file, encoding="utf-8") as lines:
        old = dict(line.rstrip("\n").split("\t", 1) for line in lines)
    new = _current_patterns()
    changed = {n: (re.compile(old[n]), rx) for n, rx in new.items() if n in old and old[n] != rx.pattern}
    lows = [text.lower() for _id, text, _title, _published in _texts()]
    differences = 0
    for name, (before, after) in sorted(changed.items()):
        bad = [i for i, low in enumerate(lows) if _spans(before, low) != _spans(after, low)]
        differences += len(bad)
        print(f"{name}: {'same' if not bad else f'differs in {len(bad)} texts, e.g. #{bad[0]}'}")
    print(f"{len(changed)} patterns changed, {differences} differences")
    return differences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--patterns")
    ap.add_argument("--compare")
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8") as out:
        print(f"{snapshot(out)} texts")
    if args.patterns:
        with open(args.patterns, "w", encoding="utf-8") as out:
            patterns(out)
    if args.compare:
        compare(args.compare)


if __name__ == "__main__":
    main()
