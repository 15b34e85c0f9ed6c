"""Relevance, language and conflict on short reports: war captivity vs the other senses of exchange and prisoner."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.lang import detect_lang
from extractor.topics import LANGUAGES, terms

# one report of war captivity per language, none of them with a count of people: relevance must not hinge
# on the figures
REPORTS = {
    "en": "Five Japanese citizens kidnapped by North Korea came home on Tuesday, 24 years after they were seized.",
    "uk": "Україна повернула з російського полону ще одну групу захисників, повідомив Координаційний штаб.",
    "ru": "Российские военнослужащие, освобождённые из украинского плена, прибыли в Москву, сообщило Минобороны.",
    "de": "Die Ukraine und Russland haben erneut Gefangene ausgetauscht, teilte das Verteidigungsministerium mit. "
    "Die freigelassenen Soldaten sind in Belarus angekommen.",
    "fr": "Kiev et Moscou ont réalisé le plus vaste échange de prisonniers depuis le début de la guerre.",
    "es": "Rusia y Ucrania realizaron un nuevo canje de prisioneros de guerra con la mediación de Emiratos.",
    "it": "Kiev e Mosca hanno completato un altro scambio di prigionieri di guerra, con la mediazione degli Emirati.",
    "pl": "Ukraina i Rosja przeprowadziły kolejną wymianę jeńców wojennych, poinformował sztab koordynacyjny.",
    "pt": "Rússia e Ucrânia realizaram uma nova troca de prisioneiros de guerra, mediada pelos Emirados.",
}

# a one-sentence brief is read with its headline, as a crawled article always is
TITLES = {
    "en": "5 Japanese kidnapped by North Korea come home",
    "ru": "Освобождённые из плена военные прибыли в Москву",
}

# the same words in their other senses: money, markets, fire, students, sport, crime, documents
OFF_TOPIC = {
    "en-prison-riot": "A 26-hour uprising at a maximum security prison ended when inmates let go of the last "
    "three guards they were holding hostage. The hostages were taken to hospital.",
    "en-nba-trade": "The NBA offseason is here. Teams are already preparing a swap of draft picks before free "
    "agency opens; two players were traded to Phoenix.",
    "en-gang": "Police freed a businessman whom an interstate gang had abducted for a ransom of 2 million rupees.",
    "uk-exchange-rate": "Національний банк встановив офіційний курс гривні: курс долара знизився на 1 копійку.",
    "ru-student-exchange": "Студенческие программы обмена в России: как поехать учиться за границу по обмену.",
    "de-schusswechsel": "An der Grenze kam es zu einem Schusswechsel, Soldaten beider Länder wurden verletzt.",
    "fr-bourse": "Le rouble s'est écroulé à la bourse de Moscou, où le taux de change a dépassé 100 roubles.",
    "es-divisa": "El dólar cotiza con descensos en México en un contexto de debilidad de la divisa.",
    "it-borsa": "Il rublo ha toccato i minimi da marzo nello scambio con il dollaro, dice la Borsa di Mosca.",
    "it-colpi": "In Kashmir militari indiani e pakistani si sono scambiati colpi d'arma da fuoco lungo il confine.",
    "pl-gielda": "Na giełdzie w Warszawie kurs złotego wzrósł, a wymiana walut w kantorach przyspieszyła.",
    "it-sequestro": "La polizia ha liberato l'imprenditore tenuto in ostaggio da una banda: i sequestratori "
    "chiedevano un riscatto di un milione di euro.",
    "es-secuestro": "La policía liberó a los rehenes del asalto al banco; los secuestradores pedían un rescate.",
    "pt-carta": "Os ucranianos devem entregar a carta de condução ao IMT; os documentos são devolvidos à Ucrânia.",
}


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_captivity_report_is_relevant_in_every_language(lang: str) -> None:
    result = extract(REPORTS[lang], title=TITLES.get(lang))
    assert result.relevant, REPORTS[lang]
    assert result.lang == lang


@pytest.mark.parametrize("name", sorted(OFF_TOPIC))
def test_other_senses_of_exchange_and_prisoner_are_not(name: str) -> None:
    result = extract(OFF_TOPIC[name])
    assert not result.relevant and result.conflict is None and result.figures == ()


def test_italian_is_detected_and_read() -> None:
    text = "Ieri Russia e Ucraina hanno portato a termine un altro scambio di prigionieri di guerra. I soldati " \
        "sono rientrati a casa."
    assert detect_lang(text) == "it"
    result = extract(text, title="Ucraina, i soldati tornano a casa")
    assert result.relevant and result.conflict == "RU-UA" and result.lang == "it"


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("On Wednesday the Thai side released 18 Cambodian soldiers held as prisoners of war since July.", "other"),
        ("The Houthis and the Yemeni government completed the first phase of their prisoner exchange.", "other"),
        ("Kyiv said 95 Ukrainian prisoners of war came home in the latest swap with Russia.", "RU-UA"),
        # naming nobody: the product's default watch
        ("The two sides exchanged 303 prisoners of war each on Sunday, the final day of the swap.", "RU-UA"),
    ],
)
def test_conflict_follows_the_places_named(text: str, conflict: str) -> None:
    result = extract(text)
    assert result.relevant and result.conflict == conflict


def test_every_language_module_defines_every_pattern() -> None:
    names = ("VERY", "STRONG", "NEGATIVE", "WAR", "STATE", "RETURN", "EXCHANGE")
    for module in LANGUAGES:
        assert all(isinstance(getattr(module, n), str) for n in names), module.__name__
    assert len(terms("STRONG")) == len(LANGUAGES)


# is_relevant skips the scans that cannot change its answer (negative contexts of a text short of the
# threshold, the exchange word of a text two points short): its answer stays the full score's
SHORT_CUT = [
    ("", "The central bank kept the exchange rate steady; the stock exchange rose."),
    ("Exchange of fire", "An exchange of fire near the border; one soldier was taken prisoner."),
    ("", "A prisoner exchange was discussed. Kyiv wants all prisoners of war home, the ombudsman said."),
    ("Prisoner swap in Ukraine", "The exchange rate fell. 95 prisoners of war came home to Ukraine in the swap."),
    ("", "Ukraine got 84 POWs back in a prisoner exchange; the stock exchange and the exchange rate barely moved, "
         "currency exchange offices reported, and a student exchange went on."),
]


@pytest.mark.parametrize(("title", "text"), SHORT_CUT)
def test_relevance_answers_as_the_full_score_does(title: str, text: str) -> None:
    from extractor import relevance

    low, title_low = text.lower(), title.lower()
    signs = any(rx.search(t) for rx in (relevance.CONFLICT_CONTEXT, relevance.UA_RU) for t in (title_low, low))
    expected = relevance.relevance_score(low, title_low) >= relevance.THRESHOLD and signs
    assert relevance.is_relevant(low, title_low) is expected
