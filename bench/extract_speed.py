"""Extractor throughput on one core: plain-text articles/s (~3 KB each) and HTML pages/s incl. page_from_html.

Rates are per CPU second (process time), so other load on a shared machine distorts them less.

Usage: python bench/extract_speed.py [--seconds N]
Articles are built from the dev corpus (repeated to ~3 KB); HTML pages wrap them in realistic boilerplate.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import extract, page_from_html  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "dev.jsonl"
BOILERPLATE = """<nav><ul>{menu}</ul></nav><div class="ticker">Dollar 41.25 · Euro 44.10 · 300 killed in floods</div>"""


def articles(relevant: bool = True) -> list[tuple[str, str]]:
    """~3 KB articles built from the corpus: the relevant ones, or the off-topic ones."""
    out = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["relevant"] != relevant:
            continue
        text = rec["text"]
        while len(text.encode("utf-8")) < 3000:
            text += "\n\n" + rec["text"]
        out.append((rec["title"], text[: max(3000, len(rec["text"]))]))
    return out


def html_page(title: str, text: str) -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(30))
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (f"<html lang='en'><head><title>{title}</title><link rel='canonical' href='https://example.org/a'>"
            f"<meta property='article:published_time' content='2025-05-06'></head><body>"
            f"{BOILERPLATE.format(menu=menu)}<article><h1>{title}</h1>{paras}</article>"
            f"<aside><h3>Most read</h3><ol><li>200 freed</li><li>Stocks up 3%</li></ol></aside>"
            f"<footer>© 2025 Example · call 0 800 500 225</footer></body></html>")


def rate(fn, items, seconds: float) -> tuple[float, int]:
    done = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for item in items:
            fn(item)
            done += 1
    return done / (time.process_time() - start), done


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    args = ap.parse_args()
    arts = articles()
    size = sum(len(t.encode("utf-8")) for _, t in arts) / len(arts)
    extract(arts[0][1], title=arts[0][0])  # warm-up: language model load
    text_rate, n = rate(lambda a: extract(a[1], title=a[0]), arts, args.seconds)
    print(f"plain text: {text_rate:,.0f} articles/s on one core ({n} articles, mean {size / 1024:.1f} KB)")
    off = articles(relevant=False)
    off_rate, n = rate(lambda a: extract(a[1], title=a[0]), off, args.seconds / 2)
    print(f"plain text, off-topic (early exit): {off_rate:,.0f} articles/s on one core ({n} articles)")
    pages = [html_page(t, x) for t, x in arts]

    def full(page: str) -> None:
        art = page_from_html(page)
        extract(art.text, title=art.title, published=art.published, lang=art.lang)

    html_rate, n = rate(full, pages, args.seconds)
    print(f"HTML pages (page_from_html + extract): {html_rate:,.1f} pages/s on one core ({n} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
