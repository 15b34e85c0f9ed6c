"""Building a language's number-word table: word form → (value, role), as ``extractor.numwords`` reads it."""

from __future__ import annotations


class Forms(dict):
    """Number words of one language; the first value given for a form wins (as in the merged table)."""

    def add(self, value: float, role: str, *forms: str) -> None:
        for form in forms:
            self.setdefault(form, (value, role))

    def stems(self, value: float, stem: str, endings: str) -> None:
        """A declined numeral: ``stem`` with each of the ``|``-separated case endings (role "u")."""
        self.add(value, "u", *(stem + e for e in endings.split("|")))
