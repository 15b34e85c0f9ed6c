"""Demo material: a local news site (feeds, sitemaps, listing, Telegram preview, faults) and sample articles."""

from swapwatch.demo.site import FAULTS, LoggedRequest, NewsSite, load_records

__all__ = ["FAULTS", "LoggedRequest", "NewsSite", "load_records"]
