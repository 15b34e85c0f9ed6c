"""The Scrapy project: spiders for feeds, sitemaps, listing pages and Telegram previews; pipelines; settings."""
