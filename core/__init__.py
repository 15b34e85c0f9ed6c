"""The ground floor: the config schema, the domain vocabulary, the typed records that cross process
boundaries and the event rule. Every package may import it; it imports only the stdlib and pydantic."""

from core.config import Config, ConfigError, load_config, parse_config
from core.events import Claim, EventFigure, Signature, consolidate, counted, outlets
from core.records import CrawlSummary, ExtractedFigure, Extraction, SourceRow
from core.vocabulary import CONFLICTS, COUNTRIES, KINDS, LANGUAGES, Kind

__all__ = [
    "CONFLICTS", "COUNTRIES", "KINDS", "LANGUAGES", "Claim", "Config", "ConfigError", "CrawlSummary",
    "EventFigure", "ExtractedFigure", "Extraction", "Kind", "Signature", "SourceRow", "consolidate", "counted",
    "load_config", "outlets", "parse_config",
]
