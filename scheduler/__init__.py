"""The long-running service: APScheduler jobs per source, crawl runs in child processes, locking, status."""
