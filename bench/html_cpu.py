"""Where an extraction worker's CPU goes, step by step, for one page of the crawl bench and of the dev corpora.

    python bench/html_cpu.py [--pages 300] [--rounds 3]

Runs the steps of ``crawler.work.read_article`` one by one in this process (no pool, no pickling), on (a) the pages
``bench/crawl.py`` serves (generated articles of ~80 KB) and (b) the design records of both corpora rendered in
four layouts (``bench/html_snapshot.py``), and prints the CPU milliseconds per page of each step. Every page takes
every step here, the pre-filter's verdict aside, so (b) shows the cost of a page that is read in full.
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def crawl_bench_pages(count: int) -> list[tuple[str, bytes]]:
    from bench.crawl import generated_records
    from swapwatch.demo.site import NewsSite

    records = generated_records(count)
    with NewsSite(records, padding_kb=74) as site:  # as bench/crawl.py serves them (--page-kb 80)
        return [(f"{site.url}/news/{r['id']}.html", site.render(f"/news/{r['id']}.html")[2]) for r in records]


def corpus_pages() -> list[tuple[str, bytes]]:
    from bench.html_snapshot import design_records, pages

    return [(url, page.encode("utf-8")) for _, url, page in pages(design_records())]


def steps(pages: list[tuple[str, bytes]], rounds: int) -> dict[str, float]:
    """CPU seconds per page of each step."""
    from crawler import prefilter
    from crawler.dedup import text_keys
    from crawler.work import RAW_HTML_LEVEL, decode_page, extract_figures
    from extractor import html
    from extractor.slim import decode_slim

    spent: dict[str, float] = defaultdict(float)

    def timed(step: str, fn, *args):
        start = time.process_time()
        result = fn(*args)
        spent[step] += time.process_time() - start
        return result

    for url, body in pages[:10]:  # imports and first-use caches out of the count
        extract_figures(html.page_from_html(body, url).text, None, None, None)
    for _ in range(rounds):
        for url, body in pages:
            markup = timed("decode + slim", decode_page, body, "utf-8", decode_slim)[0]
            timed("pre-filter", lambda m: prefilter.words_may_be_relevant(prefilter.page_words(m)), markup)
            tree = timed("parse", html._parsed, markup)
            title = timed("title", html._title, tree)
            published = timed("date (htmldate)", html._published, tree, url)
            text = timed("main text (trafilatura)", html._main_text, tree, url)
            timed("canonical URL", html._canonical, markup)
            timed("hash + fingerprint", text_keys, text)
            timed("compress page", zlib.compress, body, RAW_HTML_LEVEL)
            timed("figure extractor", extract_figures, text, title, published, None)
    return {step: seconds / (rounds * len(pages)) for step, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="pages of the crawl bench's site")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sets = {"crawl bench pages": crawl_bench_pages(args.pages), "corpus pages": corpus_pages()}
    results = {name: steps(pages, args.rounds) for name, pages in sets.items()}
    print(f"CPU ms per page ({', '.join(f'{name}: {len(pages)}' for name, pages in sets.items())}; "
          f"{args.rounds} rounds, one process)")
    print(f"{'step':26}" + "".join(f"{name:>20}" for name in results))
    for step in next(iter(results.values())):
        print(f"{step:26}" + "".join(f"{r[step] * 1000:20.3f}" for r in results.values()))
    print(f"{'total':26}" + "".join(f"{sum(r.values()) * 1000:20.3f}" for r in results.values()))


if __name__ == "__main__":
    main()
