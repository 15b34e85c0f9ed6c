"""The cheap path's safety and speed on the dev corpora rendered as HTML pages (as the local news site serves them).

    python bench/prefilter_eval.py [CORPUS.jsonl …]

For every record: the page as ``swapwatch.demo.pages.article_page`` renders it (menus, a "most read" list naming
five *other* records, a ticker), then ``crawler.prefilter.may_be_relevant`` on it. Prints, per corpus, the pages
the pre-filter would skip that are labelled relevant (goal 0) or that the full path (trafilatura + extractor) finds
relevant (goal 0), how many irrelevant pages it skips, and its cost per page against the full path's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CORPORA = [REPO / "tests/data/corpus/dev.jsonl", REPO / "tests/data/corpus/dev_real.jsonl"]


def rendered_pages(path: Path, padding_kb: int = 0) -> list[tuple[dict, str]]:
    """(record, page HTML) for each record; the "most read" list names the next five records of the corpus."""
    from swapwatch.demo.pages import Record, article_page

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [Record.from_dict(r) for r in rows]
    pages = []
    for i, (row, rec) in enumerate(zip(rows, records, strict=True)):
        others = [records[(i + k) % len(records)] for k in range(1, 6)]
        pages.append((row, article_page("http://127.0.0.1:8000", rec, others, padding_kb)))
    return pages


def evaluate(path: Path, padding_kb: int) -> dict:
    from crawler.prefilter import may_be_relevant
    from crawler.work import read_article

    pages = rendered_pages(path, padding_kb)
    t0 = time.process_time()
    kept = [may_be_relevant(page) for _, page in pages]
    cheap = time.process_time() - t0
    t0 = time.process_time()
    full = [read_article(page.encode(), f"http://127.0.0.1:8000/news/{row['id']}.html", "utf-8", {})
            for row, page in pages]
    full_cpu = time.process_time() - t0
    found = [bool(f.extraction and f.extraction.relevant) for f in full]
    return {
        "pages": len(pages),
        "labelled_relevant": sum(bool(r["relevant"]) for r, _ in pages),
        "skipped": sum(not k for k in kept),
        "wrongly_skipped_label": [r["id"] for (r, _), k in zip(pages, kept, strict=True) if r["relevant"] and not k],
        "wrongly_skipped_full": [r["id"] for (r, _), k, f in zip(pages, kept, found, strict=True) if f and not k],
        "irrelevant_skipped": sum(1 for (r, _), k in zip(pages, kept, strict=True) if not r["relevant"] and not k),
        "cheap_ms": cheap / len(pages) * 1000,
        "full_ms": full_cpu / len(pages) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=CORPORA)
    parser.add_argument("--page-kb", type=int, default=0, help="pad each page with a script blob this large")
    args = parser.parse_args()
    for path in args.corpora:
        m = evaluate(path, args.page_kb)
        irrelevant = m["pages"] - m["labelled_relevant"]
        print(f"{path.name}: {m['pages']} pages, {m['labelled_relevant']} labelled relevant")
        print(f"  wrongly skipped (labelled relevant)   : {len(m['wrongly_skipped_label'])} "
              f"{m['wrongly_skipped_label'][:10]}  (goal 0)")
        print(f"  wrongly skipped (full path relevant)  : {len(m['wrongly_skipped_full'])} "
              f"{m['wrongly_skipped_full'][:10]}  (goal 0)")
        print(f"  irrelevant pages skipped              : {m['irrelevant_skipped']} of {irrelevant}")
        print(f"  CPU per page: pre-filter {m['cheap_ms']:.3f} ms, full path {m['full_ms']:.1f} ms")


if __name__ == "__main__":
    main()
