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


# The endings a news report puts on a handover verb, by language and conjugation class: infinitive, present,
# past (preterite, passé simple, passato remoto), participles of the perfect and the passive (both genders and
# numbers, since "han sido liberadas", "sono state rilasciate", "освобождены" agree with the people), gerund and
# imperfect. A lexicon names the stems once; ``verb`` spells every tense and voice from them.
PARADIGMS: dict[str, dict[str, str]] = {
    "es": {"ar": "ar|a|an|ó|aron|ado|ada|ados|adas|ando|aba|aban",
           "er": "er|ir|e|en|ió|ieron|ido|ida|idos|idas|iendo|ía|ían"},
    "pt": {"ar": "ar|a|am|ou|aram|ado|ada|ados|adas|ando|ava|avam",
           "er": "er|ir|e|em|eu|iu|eram|iram|ido|ida|idos|idas|endo|indo|ia|iam"},
    "it": {"are": "are|a|ano|ò|arono|ato|ata|ati|ate|ando|ava|avano",
           "ire": "ere|ire|e|ono|ì|irono|ito|ita|iti|ite|uto|uta|uti|ute|endo|iva|ivano"},
    "fr": {"er": "er|e|ent|é|ée|és|ées|a|èrent|ant|ait|aient"},
    # Slavic: the past of both aspects and the passive participle (on its own stem: "отпуст-" → "отпущ-")
    "ru": {"past": "ил|ила|или|ило|ился|ились|илась|ить|ив",
           "passive": "ен|ена|ены|ено|енные|енных|енный|ённые|ённых|ённый"},
    "uk": {"past": "ив|ила|или|ило|ився|илися|илась|ити",
           "passive": "ено|ені|ений|ена|ених|еного|еної"},
    "pl": {"a": "a|ają|ał|ała|ało|ali|ały|ać|ając|ano",
           "passive": "ony|ona|one|eni|onych|ono"},
    # German: a participle or strong past as it stands alone or declined before a noun ("ausgelieferten")
    "de": {"participle": "|e|en|er|es"},
}


def verb(lang: str, cls: str, *stems: str) -> str:
    """A regex alternative for every form of ``stems`` in ``lang``'s conjugation ``cls`` (whole words)."""
    endings = PARADIGMS[lang][cls]
    return r"\b(?:" + "|".join(stems) + r")(?:" + endings + r")\b"


# the future of a handover verb is a plan ("liberará a 84", "rilascerà", "libérera", "отпустит")
FUTURES: dict[str, dict[str, str]] = {
    "es": {"ar": "ará|arán", "er": "erá|erán|irá|irán"},
    "pt": {"ar": "ará|arão", "er": "erá|erão|irá|irão"},
    "it": {"are": "erà|eranno", "ire": "irà|iranno|erà|eranno"},
    "fr": {"er": "era|eront"},
    "ru": {"past": "ит|ят|ишь"},
    "uk": {"past": "ить|ять|ите"},
}


def future(lang: str, cls: str, *stems: str) -> str:
    """The future of ``stems`` (for Slavic perfective stems, the present form that means the future)."""
    return r"\b(?:" + "|".join(stems) + r")(?:" + FUTURES[lang][cls] + r")\b"


# the participles alone: after an auxiliary they make the finite perfect or passive ("sono stati scarcerati")
PARTICIPLES: dict[str, dict[str, str]] = {
    "es": {"ar": "ado|ada|ados|adas", "er": "ido|ida|idos|idas"},
    "pt": {"ar": "ado|ada|ados|adas", "er": "ido|ida|idos|idas"},
    "it": {"are": "ato|ata|ati|ate", "ire": "ito|ita|iti|ite|uto|uta|uti|ute"},
    "fr": {"er": "é|ée|és|ées"},
}


def participle(lang: str, cls: str, *stems: str) -> str:
    """The participles alone of ``stems`` (no finite form), for ``finite``."""
    return r"(?:" + "|".join(stems) + r")(?:" + PARTICIPLES[lang][cls] + r")"


def finite(auxiliaries: str, *participles: str) -> str:
    """An auxiliary, at most one word (an adverb, the count), then a participle: the perfect or passive that makes
    a handover the clause's verb ("sono stati liberati", "ont été rapatriés", "han regresado")."""
    return r"\b(?:" + auxiliaries + r")\s+(?:\w+\s+)?(?:" + "|".join(participles) + r")\b"
