"""Scrapy settings for swapwatch's crawler (polite by default). Per-run values come from the config."""

from scrapy.settings import default_settings

BOT_NAME = "swapwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
# `scrapy crawl … -O items.jsonl`: the fields a reader wants (an article's raw bytes and the pipelines'
# bookkeeping are not JSON); a problem item exports its message
FEED_EXPORT_FIELDS = ["url", "source", "title", "published", "lang", "text", "extraction", "duplicate_of_id",
                      "message", "fatal", "blocked"]
RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry, doubled each time (BackoffRetryMiddleware)
RETRY_BACKOFF_MAX = 30.0
REDIRECT_MAX_TIMES = 10
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawler.logformatter.ShortLogFormatter"  # one short line per dropped item, not the whole item

SPIDER_MIDDLEWARES = {
    "crawler.middlewares.ArchiveFilterMiddleware": 950,
    "crawler.middlewares.BackfillStopMiddleware": 940,
}
# Cookies are off (COOKIES_ENABLED), but Scrapy would still import the middleware to find that out, and with it
# tldextract, requests and filelock (~3 MB of the crawl process): it is left out of the base list instead.
DOWNLOADER_MIDDLEWARES_BASE = {path: order for path, order in default_settings.DOWNLOADER_MIDDLEWARES_BASE.items()
                               if path != "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.SharedRobotsTxtMiddleware": 100,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.HeadMetaRefreshMiddleware": 580,  # Scrapy's, without decoding all of a big page
}
ITEM_PIPELINES = {
    "crawler.pipelines.ArchiveCheckPipeline": 100,
    "crawler.pipelines.HtmlTextPipeline": 200,
    "crawler.pipelines.DedupPipeline": 300,
    "crawler.pipelines.ExtractPipeline": 400,
    "crawler.pipelines.StoragePipeline": 500,
}
# no control port on a long-running service; and not even loaded: it imports aiohttp (~7 MB) to say it is off.
# Left out of the base list rather than set to None here: Scrapy imports every class an EXTENSIONS key names,
# a disabled one too, to match it against the base list.
EXTENSIONS_BASE = {path: order for path, order in default_settings.EXTENSIONS_BASE.items()
                   if path != "scrapy.extensions.remote_control.RemoteControl"}
EXTENSIONS = {"crawler.health.SourceHealthExtension": 500}
REMOTE_CONTROL_ENABLED = False
# Scrapy's start-up banner of library versions asks platform.platform(), which runs `uname -p` in a subprocess: a
# fork of the whole crawl process for a line the host's log filter drops (and a memory sample taken while the
# vforked child shares the crawl's pages counts them twice)
LOG_VERSIONS: list[str] = []
# Scrapy checks each callback for a generator that returns a value by reading its source (inspect + ast) and
# caches the answer by the callback object, but every request carries a new bound method, so the cache never hits and
# the crawl process paid that on every page (~0.5 ms of its CPU). tests/test_crawler_parts.py makes the check once.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Each article response yields one item: Scrapy's default of 100 parallel output slots per response only
# costs event-loop time (a task per slot per response).
CONCURRENT_ITEMS = 8
