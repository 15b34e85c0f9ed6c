"""What the local news site serves: article pages with realistic boilerplate, feeds, sitemaps, a Telegram preview.

Pure rendering: records in, text out. The server in ``site.py`` adds HTTP, validators and faults.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from email.utils import format_datetime

CHANNEL = "swapwatch_hq"
RECORD_FIELDS = ("id", "lang", "published", "title", "text", "where")
TRACKING = "utm_source=rss&utm_medium=feed&utm_campaign=world"


@dataclass(frozen=True)
class Record:
    """One article as in the corpus (``id, lang, published, title, text``); ``where`` is site or telegram."""

    id: str
    lang: str
    published: date
    title: str
    text: str
    where: str = "site"
    extra: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: dict) -> Record:
        published = data.get("published") or "2024-01-01"
        return cls(
            id=str(data["id"]),
            lang=data.get("lang") or "en",
            published=date.fromisoformat(str(published)[:10]),
            title=data.get("title") or "",
            text=data.get("text") or "",
            where=data.get("where") or "site",
            # Telegram extras: channel, post (number), forwarded_from ("channel/number"), forwarded_name, edited
            extra={k: v for k, v in data.items() if k not in RECORD_FIELDS},
        )

    @property
    def moment(self) -> datetime:
        return datetime.combine(self.published, time(9, 30), tzinfo=UTC)


def e(value: str) -> str:
    return html.escape(value, quote=True)


NAV = ["World", "Politics", "Economy", "War", "Culture", "Sport", "Opinion", "Video", "Podcasts"]


def _boilerplate_head(base: str, rec: Record | None, title: str) -> str:
    meta = ""
    if rec is not None:
        meta = (
            f'<link rel="canonical" href="{base}/news/{e(rec.id)}.html">\n'
            f'<meta property="article:published_time" content="{rec.moment.isoformat()}">\n'
            f'<meta property="og:title" content="{e(rec.title)}">\n'
            f'<meta name="description" content="{e(rec.text[:150])}">\n'
        )
    return (
        f'<!doctype html>\n<html lang="{e(rec.lang if rec else "en")}"><head><meta charset="utf-8">\n'
        f"<title>{e(title)} | Daily Frontline</title>\n{meta}</head>\n<body>\n"
        '<header><nav class="menu"><a href="/">Home</a> '
        + " ".join(f'<a href="/tag/{n.lower()}/">{n}</a>' for n in NAV)
        + ' <a href="/about/">About us</a> <a href="/private/admin">Staff</a></nav>\n'
        '<div class="ticker">USD/UAH 41.23 ▲0.4% · EUR/UAH 44.87 ▼0.1% · Brent 78.12 · Gold 2,034.50 · '
        "PFTS 512.3 · 12 °C Kyiv</div></header>\n"
    )


def _boilerplate_tail(others: Sequence[Record], padding_kb: int) -> str:
    most_read = "".join(f'<li><a href="/news/{e(o.id)}.html">{e(o.title)}</a></li>' for o in others[:5])
    pad = ""
    if padding_kb:
        # Real pages are mostly scripts, menus and tracking blobs: make the page that heavy, as one script.
        pad = "<script>window.__STATE__=" + ('{"k":"' + "x" * 1000 + '"},') * padding_kb + "0;</script>\n"
    return (
        f'<aside class="most-read"><h3>Most read</h3><ol>{most_read}</ol></aside>\n'
        '<footer><p>Newsroom: +380 44 123 45 67 · Advertising: +380 44 765 43 21 · Fax 8 800 555 35 35</p>'
        "<p>© 2003–2024 Daily Frontline Media. Registered 12.05.2003 No. 1234-567. All rights reserved.</p>"
        '<p><a href="/about/">About</a> · <a href="/privacy/">Privacy</a> · 18+</p></footer>\n'
        f"{pad}</body></html>\n"
    )


def article_page(base: str, rec: Record, others: Sequence[Record], padding_kb: int = 0) -> str:
    paragraphs = "\n".join(f"<p>{e(p.strip())}</p>" for p in rec.text.split("\n") if p.strip())
    return (
        _boilerplate_head(base, rec, rec.title)
        + f'<main><article><h1>{e(rec.title)}</h1>\n<p class="byline">By Staff reporter · '
        f'<time datetime="{rec.moment.isoformat()}">{rec.published.isoformat()}</time></p>\n'
        f"{paragraphs}\n</article></main>\n"
        + _boilerplate_tail(others, padding_kb)
    )


def listing_page(base: str, recs: Sequence[Record]) -> str:
    items = "\n".join(
        f'<li><a href="/news/{e(r.id)}.html">{e(r.title)}</a> <time>{r.published}</time></li>' for r in recs
    )
    return (
        _boilerplate_head(base, None, "Latest news")
        + f'<main><h1>Latest news</h1><ul class="news">\n{items}\n</ul>'
        '<p><a href="/tag/war/?page=2">Older</a></p></main>\n'
        + _boilerplate_tail(recs, 0)
    )


def rss(base: str, recs: Sequence[Record]) -> str:
    # Tracking parameters and an entity in the title: real feeds have both.
    items = "\n".join(
        f"<item><title>{e(r.title)}</title><link>{base}/news/{e(r.id)}.html?{e(TRACKING)}</link>"
        f'<guid isPermaLink="false">{e(r.id)}</guid><pubDate>{format_datetime(r.moment)}</pubDate>'
        f"<description>{e(r.text[:200])}</description></item>"
        for r in recs
    )
    return (
        '\ufeff<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Daily Frontline &amp; Co</title><link>{base}/</link><description>News</description>\n"
        f"{items}\n</channel></rss>\n"
    )


def atom(base: str, recs: Sequence[Record]) -> str:
    # Relative links, resolved against the feed's URL.
    entries = "\n".join(
        f'<entry><title>{e(r.title)}</title><link rel="alternate" href="news/{e(r.id)}.html"/>'
        f"<id>urn:dfl:{e(r.id)}</id><updated>{r.moment.isoformat()}</updated>"
        f"<summary>{e(r.text[:200])}</summary></entry>"
        for r in recs
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>Daily Frontline</title><link href="{base}/"/><id>urn:dfl</id>\n{entries}\n</feed>\n'
    )


def sitemap_index(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap>"
        f"<sitemap><loc>{base}/sitemap-archive.xml.gz</loc></sitemap></sitemapindex>\n"
    )


def news_sitemap(base: str, recs: Sequence[Record]) -> str:
    urls = "\n".join(
        f"<url><loc>{base}/news/{e(r.id)}.html</loc><news:news><news:publication>"
        f"<news:name>Daily Frontline</news:name><news:language>{e(r.lang)}</news:language></news:publication>"
        f"<news:publication_date>{r.moment.isoformat()}</news:publication_date>"
        f"<news:title>{e(r.title)}</news:title></news:news></url>"
        for r in recs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + urls + "\n</urlset>\n"
    )


def archive_sitemap(base: str) -> str:
    # Old pages: a crawler honouring max_age never fetches them.
    urls = "".join(f"<url><loc>{base}/archive/{n}.html</loc><lastmod>2001-0{n}-01</lastmod></url>" for n in range(1, 4))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    )


def _forwarded(base: str, rec: Record) -> str:
    origin = rec.extra.get("forwarded_from")
    if not origin:
        return ""
    name = rec.extra.get("forwarded_name") or str(origin).split("/")[0]
    return (f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a '
            f'class="tgme_widget_message_forwarded_from_name" href="{base}/{e(str(origin))}"><span dir="auto">'
            f"{e(name)}</span></a></div>")


def _message(base: str, channel: str, n: int, r: Record) -> str:
    edited = '<span class="tgme_widget_message_meta">edited </span>' if r.extra.get("edited") else ""
    return (
        f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="{e(channel)}/{n}">'
        f'<div class="tgme_widget_message_author"><span>Coordination HQ</span></div>{_forwarded(base, r)}'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto"><b>{e(r.title)}</b><br/>'
        + "<br/><br/>".join(e(p) for p in r.text.split("\n") if p.strip())
        + f'</div><div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">12.4K</span>'
        f'{edited}<a class="tgme_widget_message_date" href="{base}/{e(channel)}/{n}">'
        f'<time datetime="{r.moment.isoformat()}" class="time">09:30</time></a></div></div></div>'
    )


def telegram_preview(
    base: str, channel: str, posts: Sequence[tuple[int, Record]], older: int | None = None
) -> str:
    """A channel's preview page; ``older``: the number a "load more" link pages back from (``?before=``)."""
    more = ""
    if older is not None:
        more = (f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a class="tme_messages_more '
                f'js-messages_more" data-before="{older}" href="/s/{e(channel)}?before={older}"></a></div>\n')
    messages = "\n".join(_message(base, channel, n, r) for n, r in posts)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{e(channel)} – Telegram</title></head>'
        f'<body class="widget_frame_base"><section class="tgme_channel_history js-message_history">\n{more}'
        f"{messages}\n</section></body></html>\n"
    )


def telegram_landing(channel: str) -> str:
    """What t.me answers for a channel whose web preview is off: a card with a "view in Telegram" button."""
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>Telegram: Contact @{e(channel)}</title></head>'
        f'<body class="no_transition"><div class="tgme_page_wrap"><div class="tgme_page"><div class="tgme_page_title">'
        f'<span dir="auto">{e(channel)}</span></div><div class="tgme_page_extra">12 345 subscribers</div>'
        f'<a class="tgme_action_button_new" href="tg://resolve?domain={e(channel)}">View in Telegram</a>'
        "</div></div></body></html>\n"
    )


TELEGRAM_ORG_PAGE = (
    "<!doctype html><html><head><title>Telegram Messenger</title></head><body><div class='tl_main_wrap'>"
    "<h1>Telegram a new era of messaging</h1><p>Fast. Secure. Powerful.</p></div></body></html>\n"
)


CAPTCHA_PAGE = (
    "<!doctype html><html><head><title>Attention Required! | Cloudflare</title></head><body>"
    "<h1>Please verify you are a human</h1><div class='g-recaptcha' data-sitekey='x'></div>"
    "<p>Complete the CAPTCHA to continue.</p></body></html>"
)
