"""What the HTML path makes of the dev corpora rendered as pages of four layouts: proof that a speed change to it
(``extractor/html.py``, ``crawler/work.py``) leaves titles, texts, dates and figures as they were.

    python bench/html_snapshot.py OUT.jsonl [--compare OLD.jsonl]

Each design record of both corpora (the set-aside third, ``sha1(id) % 3 == 0``, is left out) is rendered as
(a) the local news site's page, (b) a page of nested ``div``s with no metadata, its date only in the text, a
sidebar and reader comments, (c) a page whose title and date are only in JSON-LD, its lines split by ``<br>``,
(d) a blog post with no ``<title>``, dated in words. Then ``crawler.work.read_article`` as a crawl runs it (pre-filter,
trafilatura, htmldate, extractor). One JSON line per page; ``--compare`` prints how many pages differ per field
and the first few differences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CORPORA = [REPO / "tests/data/corpus/dev.jsonl", REPO / "tests/data/corpus/dev_real.jsonl"]
BASE = "http://127.0.0.1:8000"
FIELDS = ("title", "text", "published", "lang", "canonical", "relevant", "figures", "skimmed")


def design_records() -> list[dict]:
    records = []
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if rec and int(hashlib.sha1(rec["id"].encode()).hexdigest(), 16) % 3 != 0:
                records.append(rec)
    return records


def _paragraphs(rec: dict) -> list[str]:
    return [escape(p.strip()) for p in rec["text"].split("\n") if p.strip()]


def div_page(rec: dict, others: list[dict]) -> str:
    body = "".join(f"<div class='para'>{p}</div>\n" for p in _paragraphs(rec))
    links = "".join(f"<div><a href='/n/{escape(o['id'])}'>{escape(o['title'] or '')}</a></div>" for o in others)
    return (
        f"<html><head><title>{escape(rec['title'] or '')} - The Courier</title></head><body>"
        f"<div id='top'><div class='logo'>The Courier</div><div class='nav'>{links}</div></div>"
        f"<div id='wrap'><div class='col-main'><div class='headline'>{escape(rec['title'] or '')}</div>"
        f"<div class='meta'>Published {rec.get('published') or ''} by our correspondent</div>"
        f"<div class='story'>{body}</div></div><div class='col-side'><div>Related</div>{links}</div></div>"
        "<div id='comments'><div class='comment'>Great article, thanks!</div>"
        "<div class='comment'>What about the other 300 people?</div></div>"
        "<div id='foot'>© The Courier 2024 · Contact: +1 555 0100</div></body></html>"
    )


def json_ld_page(rec: dict, others: list[dict]) -> str:
    meta = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": rec["title"] or "",
                       "datePublished": rec.get("published") or ""}).replace("</", "<\\/")
    lines = "<br>\n".join(_paragraphs(rec))
    related = "".join(f"<li><a href='/r/{escape(o['id'])}'>{escape(o['title'] or '')}</a></li>" for o in others)
    return (
        f"<!doctype html><html lang='{escape(rec.get('lang') or 'en')}'><head><meta charset='utf-8'>"
        f"<script type='application/ld+json'>{meta}</script></head><body>"
        f"<nav><ul>{related}</ul></nav><section class='content'><p>{lines}</p></section>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def blog_page(rec: dict, others: list[dict]) -> str:
    from datetime import date

    day = date.fromisoformat(rec.get("published") or "2024-01-01").strftime("%d %B %Y")
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(rec))
    recent = "".join(f"<li><a href='/p/{escape(o['id'])}'>{escape(o['title'] or '')}</a></li>" for o in others)
    return (
        "<html><head><meta name='viewport' content='width=device-width'></head><body><div class='site'>"
        f"<div class='entry'><h2 class='entry-title'>{escape(rec['title'] or '')}</h2>"
        f"<span class='posted-on'>Posted on {day}</span><div class='entry-content'>{body}</div>"
        "<div class='share'>Share: Facebook · X · Telegram</div></div>"
        f"<div class='widget'><h3>Recent posts</h3><ul>{recent}</ul></div></div></body></html>"
    )


def pages(records: list[dict]):
    """(key, url, page) for every record and layout."""
    from bench.prefilter_eval import rendered_pages  # the site's own pages, as prefilter_eval renders them

    site = {}
    for path in CORPORA:
        for row, page in rendered_pages(path):
            site[row["id"]] = page
    for i, rec in enumerate(records):
        others = [records[(i + k) % len(records)] for k in range(1, 6)]
        yield f"site/{rec['id']}", f"{BASE}/news/{rec['id']}.html", site[rec["id"]]
        yield f"divs/{rec['id']}", f"{BASE}/story?id={rec['id']}", div_page(rec, others)
        yield f"json-ld/{rec['id']}", f"{BASE}/articles/{rec['id']}", json_ld_page(rec, others)
        yield f"blog/{rec['id']}", f"{BASE}/?p={rec['id']}", blog_page(rec, others)


def snapshot(out: Path) -> int:
    from crawler.work import read_article

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for key, url, page in pages(design_records()):
            facts = read_article(page.encode("utf-8"), url, "utf-8", {})
            ex = facts.extraction
            text = hashlib.sha1(facts.text.encode()).hexdigest()[:16]
            row = {  # no title without a text: the crawl drops such a page as unreadable, whatever its title
                "key": key, "title": facts.title if facts.text.strip() else None, "text": text,
                "published": str(facts.published) if facts.published else None, "lang": facts.lang,
                "canonical": facts.canonical_url, "relevant": bool(ex and ex.relevant), "skimmed": facts.skimmed,
                "figures": sorted([f.kind, f.side or "", f.value] for f in ex.figures) if ex else None,
            }
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def compare(new: Path, old: Path, show: int = 8) -> int:
    rows = {json.loads(line)["key"]: json.loads(line) for line in old.read_text(encoding="utf-8").splitlines()}
    differ: Counter[str] = Counter()
    shown = 0
    for line in new.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        before = rows.get(row["key"], {})
        changed = [k for k in FIELDS if before.get(k) != row.get(k)]
        differ.update(changed)
        if changed and shown < show:
            shown += 1
            print(row["key"], {k: (before.get(k), row.get(k)) for k in changed})
    print(f"{len(rows)} pages; differing per field: {dict(differ) or 'none'}")
    return sum(differ.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, metavar="OLD")
    args = parser.parse_args()
    print(f"{snapshot(args.out)} pages written to {args.out}")
    if args.compare:
        sys.exit(1 if compare(args.out, args.compare) else 0)


if __name__ == "__main__":
    main()
