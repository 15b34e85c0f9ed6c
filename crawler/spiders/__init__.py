"""Spiders: each only yields requests, articles and problems. One per listing type, plus auto-detection."""

from crawler.spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    """``scrapy crawl feed -a source=NAME``: an RSS 0.9x/1.0/2.0 or Atom feed."""

    name = "feed"
    listing_type = "feed"


class SitemapSpider(SourceSpider):
    """``scrapy crawl sitemap -a source=NAME``: a sitemap, sitemap index, news sitemap or robots.txt."""

    name = "sitemap"
    listing_type = "sitemap"


class PageSpider(SourceSpider):
    """``scrapy crawl page -a source=NAME``: a listing page whose links (``follow`` rules) are articles."""

    name = "page"
    listing_type = "page"


class TelegramSpider(SourceSpider):
    """``scrapy crawl telegram -a source=NAME``: a public channel's web preview, ``https://t.me/s/<channel>``."""

    name = "telegram"
    listing_type = "telegram"


SPIDERS = {s.listing_type: s for s in (FeedSpider, SitemapSpider, PageSpider, TelegramSpider)}


def spider_for(source_type: str | None) -> type[SourceSpider]:
    return SPIDERS.get(source_type or "", SourceSpider)


__all__ = ["FeedSpider", "PageSpider", "SitemapSpider", "SourceSpider", "TelegramSpider", "spider_for"]
