"""Spiders: each only yields requests and items."""
