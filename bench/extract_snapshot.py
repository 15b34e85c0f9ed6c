"""Dump the extractor's full output for every labelled article and fixture, one JSON line each.

A refactoring or speed change of the extractor must leave this output byte-identical:

    python bench/extract_snapshot.py > /tmp/before.jsonl
    ... change ...
    python bench/extract_snapshot.py > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

Covers ``tests/data/corpus/*.jsonl`` (with and without the language hint), ``tests/fixtures/extractor/*.txt``
and the HTML pages of ``bench/extract_speed.py`` (``page_from_html`` then ``extract``). Figures carry role,
confidence (full float repr), span and evidence, plus relevance, conflict, language and event date.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import Extraction, extract, page_from_html  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "extractor"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def dump(result: Extraction) -> dict:
    row = result.as_dict()
    row["figures"] = [
        {**d, "confidence": repr(f.confidence), "span": list(f.span)}
        for d, f in zip(row["figures"], result.figures, strict=True)
    ]
    return row


def corpus_rows() -> Iterator[tuple[str, Extraction]]:
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            published = _day(rec.get("published"))
            yield f"{path.name}:{rec['id']}", extract(rec["text"], title=rec.get("title"), published=published)
            if rec.get("lang"):
                yield (f"{path.name}:{rec['id']}:lang",
                       extract(rec["text"], title=rec.get("title"), published=published, lang=rec["lang"]))


def fixture_rows() -> Iterator[tuple[str, Extraction]]:
    for txt in sorted(FIXTURES.glob("*.txt")):
        meta_path = txt.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        text = txt.read_text(encoding="utf-8")
        yield f"fixture:{txt.stem}", extract(text, title=meta.get("title"), published=_day(meta.get("published")))


def html_rows() -> Iterator[tuple[str, Extraction]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from extract_speed import articles, html_page

    for i, (title, text) in enumerate(articles(True) + articles(False)):
        art = page_from_html(html_page(title, text))
        page = {"title": art.title, "text_len": len(art.text), "published": str(art.published), "lang": art.lang,
                "canonical_url": art.canonical_url}
        result = extract(art.text, title=art.title, published=art.published, lang=art.lang)
        yield f"html:{i}:{json.dumps(page, ensure_ascii=False)}", result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-html", action="store_true", help="skip the HTML pages")
    args = ap.parse_args()
    sources = [corpus_rows(), fixture_rows()] + ([] if args.no_html else [html_rows()])
    out = sys.stdout
    for source in sources:
        for key, result in source:
            out.write(json.dumps({"id": key, **dump(result)}, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
