"""Number words in the supported languages, with the inflected forms news text uses.

Each form maps to (value, role): role "u" adds (units, teens, tens, hundreds written as one word),
"h" multiplies the pending group by 100 (English "hundred"), "k" closes a group of thousands,
"m" of millions.  Ukrainian and Russian decline numerals, so their stems get case endings.
The forms live per language in ``extractor/lexicons/<code>.py`` (``NUMBER_WORDS``, ``SCALES``, ``CONNECTORS``,
``WEAK``); this module merges them, the first language (in the registry's order) to give a form winning.
"""

from __future__ import annotations

from extractor.lexicons import each

WORDS: dict[str, tuple[float, str]] = {}
for _table in each("NUMBER_WORDS"):
    for _form, _entry in _table.items():
        WORDS.setdefault(_form, _entry)

# Words joining parts of one number ("two hundred and seven", "cento e vinte")
CONNECTORS = frozenset(w for words in each("CONNECTORS") for w in words)
# Words that are numbers only next to another number word (too ambiguous alone).
WEAK = frozenset(w for words in each("WEAK") for w in words)
# Scale words that alone are their number ("тисячу тіл", "mille corps"), and words after which one is ("a thousand")
ALONE = frozenset(w for words in each("ALONE") for w in words)
# Plural scale words that, opening a number, make it vague ("сотні тисяч": hundreds of thousands)
PLURAL_SCALES = frozenset(w for words in each("PLURAL_SCALES") for w in words)
ALONE_AFTER = frozenset(w for words in each("ALONE_AFTER") for w in words)
# Scale words that may follow digits: "1.2 thousand", "1,2 тис.", "50 тисяч", "2,5 Millionen"
SCALES: dict[str, int] = {w: int(v) for w, (v, r) in WORDS.items() if r in "km"}
for _more in each("SCALES"):
    SCALES.update(_more)
