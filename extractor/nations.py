"""Whose people a word names: nationality words and country names per ISO 3166 code, as data.

The words live per language in ``extractor/lexicons/<code>.py`` (``NATIONALITY``, ``COUNTRY``); codes keep the
order in which the registry first meets them (English lists every code), so the merged patterns are stable.
"""

from __future__ import annotations

from extractor.lexicons import table

# Demonyms and adjectives of nationality (lower case stems) → ISO 3166 alpha-2, every language's merged.
NATIONALITY_RX: dict[str, str] = table("NATIONALITY")

# Country names as subjects or destinations ("Ukraine received", "handed over to Russia", "Україні").
# Armed groups of one country's civil war (Houthis, ELN, LNA) act as that country: "the Houthis freed 120"
ARMED_GROUP_RX: dict[str, str] = table("ARMED_GROUP")
COUNTRY_RX: dict[str, str] = {code: "|".join(rx for rx in (table("COUNTRY").get(code), ARMED_GROUP_RX.get(code)) if rx)
                              for code in {**table("COUNTRY"), **ARMED_GROUP_RX}}
