"""The tenses, voices and participles of a handover verb, and the second party's ellipsis, in all nine languages.

Each language tells the same return (84 Ukrainian soldiers back from Russian captivity) in the forms a reporter
reaches for: the perfect and pluperfect ("sind heimgekehrt", "han regresado", "erano rientrati"), the passive
("wurden freigelassen", "ont été libérés", "було звільнено"), and the participle used as an adjective, where no
other handover word stands in the sentence ("the 84 freed soldiers", "84 uwolnionych żołnierzy"). Our own wording.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from extractor import extract
from extractor.lexicons._forms import verb

PUBLISHED = date(2026, 5, 18)
UA, RU = "UA", "RU"

TITLE = {"de": "Gefangenenaustausch", "en": "Prisoner swap", "es": "Canje de prisioneros",
         "fr": "Échange de prisonniers", "it": "Scambio di prigionieri", "pl": "Wymiana jeńców",
         "pt": "Troca de prisioneiros", "ru": "Обмен пленными", "uk": "Обмін полоненими"}

FORMS = [
    ("de", "Am Samstag sind 84 ukrainische Soldaten aus russischer Gefangenschaft heimgekehrt."),
    ("de", "Bereits am Samstag waren 84 ukrainische Soldaten aus russischer Gefangenschaft freigekommen."),
    ("de", "Am Samstag wurden 84 ukrainische Soldaten aus russischer Gefangenschaft freigelassen."),
    ("de", "Am Samstag sind 84 ukrainische Soldaten aus russischer Gefangenschaft befreit worden."),
    ("de", "Die 84 freigelassenen ukrainischen Soldaten werden nach der russischen Gefangenschaft im Krankenhaus "
     "untersucht."),
    ("en", "By Saturday 84 Ukrainian soldiers had been freed from Russian captivity."),
    ("en", "On Saturday 84 Ukrainian soldiers are coming home from Russian captivity."),
    ("en", "The 84 freed Ukrainian soldiers are being treated in hospital after Russian captivity."),
    ("es", "El sábado han regresado a casa 84 soldados ucranianos del cautiverio ruso."),
    ("es", "El sábado habían vuelto a casa 84 soldados ucranianos del cautiverio ruso."),
    ("es", "El sábado han sido liberados 84 soldados ucranianos del cautiverio ruso."),
    ("es", "Los 84 soldados ucranianos liberados reciben atención médica tras el cautiverio ruso."),
    ("fr", "Samedi, 84 soldats ukrainiens étaient rentrés de captivité russe."),
    ("fr", "Samedi, 84 soldats ukrainiens ont été rapatriés de captivité russe."),
    ("fr", "Les 84 soldats ukrainiens libérés sont soignés à l'hôpital après leur captivité russe."),
    ("it", "Sabato erano rientrati in patria 84 soldati ucraini dalla prigionia russa."),
    ("it", "Sabato vengono liberati 84 soldati ucraini dalla prigionia russa."),
    ("it", "Gli 84 soldati ucraini liberati sono curati in ospedale dopo la prigionia russa."),
    ("pl", "W sobotę z rosyjskiej niewoli zostało uwolnionych 84 ukraińskich żołnierzy."),
    ("pl", "W sobotę z rosyjskiej niewoli zostali uwolnieni 84 ukraińscy żołnierze."),
    ("pl", "84 uwolnionych ukraińskich żołnierzy trafiło w sobotę do szpitala po rosyjskiej niewoli."),
    ("pt", "No sábado tinham regressado a casa 84 soldados ucranianos do cativeiro russo."),
    ("pt", "No sábado foram repatriados 84 soldados ucranianos do cativeiro russo."),
    ("pt", "Os 84 soldados ucranianos libertados recebem cuidados médicos após o cativeiro russo."),
    ("ru", "В субботу из российского плена были освобождены 84 украинских военных."),
    ("ru", "В субботу из российского плена были репатриированы 84 украинских военных."),
    ("ru", "84 освобожденных украинских военных в субботу проходят лечение после российского плена."),
    ("uk", "У суботу з російського полону було звільнено 84 українських військових."),
    ("uk", "У суботу з російського полону вдалося визволити 84 українських військових."),
    ("uk", "84 звільнених українських військових у суботу проходять лікування після російського полону."),
    # forms the conjugation helper (extractor.lexicons._forms.verb) spells from one stem
    ("de", "Russland entließ am Samstag 84 ukrainische Soldaten aus der Gefangenschaft."),
    ("de", "Am Samstag wurden 84 ukrainische Soldaten aus russischer Gefangenschaft an die Ukraine ausgeliefert."),
    ("es", "El sábado han vuelto a casa 84 soldados ucranianos que estaban en cautiverio ruso."),
    ("fr", "Samedi, 84 soldats ukrainiens détenus en Russie ont été remis à l'Ukraine."),
    ("it", "Sabato sono stati scarcerati 84 soldati ucraini detenuti in Russia."),
    ("pt", "No sábado tinham voltado para casa 84 soldados ucranianos do cativeiro russo."),
    ("pl", "W sobotę z rosyjskiej niewoli zostało przekazanych Ukrainie 84 żołnierzy."),
    ("ru", "В субботу Россия отпустила из плена 84 украинских военных."),
    ("ru", "В субботу из российского плена были отпущены 84 украинских военных."),
    ("ru", "В субботу из российского плена возвратились 84 украинских военных."),
    ("uk", "У суботу з російського полону було відпущено 84 українських військових."),
    ("uk", "У суботу Росія відпустила з полону 84 українських військових."),
]


@pytest.mark.parametrize(("lang", "text"), FORMS)
def test_every_tense_voice_and_participle_reads_the_return(lang: str, text: str) -> None:
    result = extract(text, title=TITLE[lang], published=PUBLISHED)
    assert result.lang == lang
    assert {(f.kind, f.side, f.value) for f in result.figures} == {("returned", UA, 84)}


def test_a_participle_of_a_planned_release_is_no_return() -> None:
    result = extract("The 84 freed Ukrainian soldiers will be handed over next week, officials said.",
                     title="Prisoner swap", published=PUBLISHED)
    assert not any(f.kind == "returned" for f in result.figures)


# "and Russia 248": the second party shares the verb of the clause before, whether a dash, a comma or nothing
# stands for it
ELLIPSIS = [
    ("uk", "Україна повернула 230 людей, а Росія — 248."),
    ("ru", "Украина вернула 230 человек, а Россия — 248."),
    ("pl", "Ukraina odzyskała 230 osób, a Rosja — 248."),
    ("pl", "Ukraina odzyskała 230 osób, a Rosja, 248."),
    ("es", "Ucrania recuperó a 230 personas y Rusia, 248."),
    ("fr", "L'Ukraine a récupéré 230 personnes et la Russie, 248."),
    ("en", "In the prisoner exchange, Ukraine got back 230 people, and Russia, 248."),
    ("en", "Ukraine received 230 prisoners and Russia — 248."),
    ("en", "Ukraine got back 230 people, while Russia got 248."),
    ("de", "Beim Austausch bekam die Ukraine 230 Soldaten zurück, während Russland 248 bekam."),
    ("pl", "Ukraina odzyskała 230 żołnierzy, Rosja również 248."),
    ("en", "Ukraine got back 230 soldiers, Russia likewise 248."),
    ("de", "Die Ukraine erhielt 230 Gefangene, Russland – 248."),
    ("es", "Ucrania recibió a 230 prisioneros y Rusia, a 248."),
    ("pt", "A Ucrânia recebeu 230 prisioneiros e a Rússia, 248."),
    ("it", "L'Ucraina ha ricevuto 230 prigionieri, mentre la Russia 248."),
    ("fr", "L'Ukraine a récupéré 230 prisonniers et la Russie — 248."),
    ("ru", "Украина получила 230 пленных, Россия — 248."),
    ("uk", "Україна отримала 230 полонених, Росія — 248."),
]


@pytest.mark.parametrize(("lang", "text"), ELLIPSIS)
def test_the_second_party_shares_the_verb(lang: str, text: str) -> None:
    result = extract(text, title=TITLE[lang], published=PUBLISHED)
    assert result.lang == lang
    assert {(f.kind, f.side, f.value) for f in result.figures} == {("returned", UA, 230), ("returned", RU, 248)}


def test_a_comma_after_the_country_before_a_counted_noun_is_no_ellipsis() -> None:
    # the parties named together before a count with its own noun: one count of both, not Russia's
    result = extract("Under the deal between Ukraine and Russia, 248 prisoners were exchanged on Saturday.",
                     title="Prisoner swap", published=PUBLISHED)
    assert {(f.kind, f.side, f.value) for f in result.figures} != {("returned", RU, 248)}
    assert all(f.side != RU for f in result.figures)


@pytest.mark.parametrize(("lang", "cls", "stem", "forms"), [
    ("es", "ar", "liber", ("liberó", "liberaron", "liberados", "liberadas", "liberaba")),
    ("pt", "ar", "volt", ("voltou", "voltaram", "voltado", "voltavam")),
    ("it", "are", "scarcer", ("scarcerati", "scarcerate", "scarcerò", "scarcerarono")),
    ("fr", "er", "rapatri", ("rapatrié", "rapatriés", "rapatriées", "rapatrièrent")),
    ("ru", "passive", "отпущ", ("отпущены", "отпущено", "отпущенных")),
    ("uk", "past", "відпуст", ("відпустив", "відпустила", "відпустили")),
    ("pl", "passive", "zwolni", ("zwolnieni", "zwolnionych", "zwolniono")),
])
def test_the_helper_spells_every_form_from_one_stem(lang: str, cls: str, stem: str, forms: tuple[str, ...]) -> None:
    rx = re.compile(verb(lang, cls, stem))
    assert all(rx.fullmatch(f) for f in forms)
    assert not rx.fullmatch(stem + "xyz")  # only the paradigm's endings, not any word on the stem


# "84 soldiers held in Russia ... were brought home": the held words describe the people, and the finite
# handover after them (an auxiliary and a participle, or a past form with its goal) says they are free now
HELD_THEN_FREED = [
    ("en", "On Saturday 84 Ukrainian soldiers held in Russia since 2022 were brought home."),
    ("en", "On Saturday 84 Ukrainian soldiers held in Russian prisons have come back home."),
    ("de", "Am Samstag wurden 84 ukrainische Soldaten, die in Russland festgehalten wurden, freigelassen."),
    ("es", "El sábado 84 soldados ucranianos detenidos en Rusia han vuelto a casa."),
    ("pt", "No sábado 84 soldados ucranianos detidos na Rússia foram repatriados."),
    ("it", "Sabato 84 soldati ucraini detenuti in Russia sono stati scarcerati."),
    ("it", "Sabato 84 soldati ucraini detenuti in Russia hanno fatto ritorno a casa."),
    ("fr", "Samedi, 84 soldats ukrainiens détenus en Russie ont regagné l'Ukraine."),
    ("pl", "W sobotę 84 ukraińskich żołnierzy przetrzymywanych w Rosji powróciło na Ukrainę."),
    ("ru", "В субботу 84 украинских военных, удерживаемых в России, вернулись домой."),
    ("uk", "У суботу 84 українських військових, яких утримували в Росії, повернулися додому."),
]


@pytest.mark.parametrize(("lang", "text"), HELD_THEN_FREED)
def test_people_held_then_freed_are_returned(lang: str, text: str) -> None:
    result = extract(text, title=TITLE[lang], published=PUBLISHED)
    assert result.lang == lang
    assert {(f.kind, f.side, f.value) for f in result.figures} == {("returned", UA, 84)}


# "84 soldiers, who had been held in Russian prisons, were freed": the relative clause describes the people and
# the count's own verb only comes after it
RELATIVE_BETWEEN = [
    ("en", "On Saturday 84 Ukrainian soldiers, who had been held in Russian prisons, were freed."),
    ("de", "Am Samstag wurden 84 ukrainische Soldaten, die in russischen Gefängnissen saßen, freigelassen."),
    ("es", "El sábado 84 soldados ucranianos, que estaban detenidos en Rusia, fueron liberados."),
    ("pt", "No sábado 84 soldados ucranianos, que estavam detidos na Rússia, foram libertados."),
    ("fr", "Samedi, 84 soldats ukrainiens, qui étaient détenus en Russie, ont été libérés."),
    ("it", "Sabato 84 soldati ucraini, che erano detenuti in Russia, sono stati liberati."),
    ("pl", "W sobotę 84 ukraińskich żołnierzy, którzy byli więzieni w Rosji, zostało uwolnionych."),
    ("ru", "В субботу 84 украинских военных, что находились в российских тюрьмах, были освобождены."),
    ("uk", "У суботу 84 українських військових, що перебували в російських в'язницях, були звільнені."),
]


@pytest.mark.parametrize(("lang", "text"), RELATIVE_BETWEEN)
def test_the_verb_after_a_relative_clause_is_the_counts(lang: str, text: str) -> None:
    result = extract(text, title=TITLE[lang], published=PUBLISHED)
    assert result.lang == lang
    assert {(f.kind, f.side, f.value) for f in result.figures} == {("returned", UA, 84)}


# The present a headline or a live report uses ("kehren heim", "vuelven a casa", "возвращаются домой"), and the
# German participle phrase before the noun ("84 in Russland festgehaltene Soldaten ... zurückgekehrt")
PRESENT = [
    ("en", "Russia frees 84 Ukrainian soldiers from captivity on Saturday."),
    ("de", "84 ukrainische Soldaten kehren am Samstag aus russischer Gefangenschaft heim."),
    ("de", "Russland lässt am Samstag 84 ukrainische Soldaten aus der Gefangenschaft frei."),
    ("de", "Am Samstag sind 84 in Russland festgehaltene ukrainische Soldaten zurückgekehrt."),
    ("es", "84 soldados ucranianos vuelven a casa el sábado tras el cautiverio ruso."),
    ("pt", "84 soldados ucranianos regressam a casa no sábado após o cativeiro russo."),
    ("it", "84 soldati ucraini tornano a casa sabato dalla prigionia russa."),
    ("fr", "84 soldats ukrainiens rentrent chez eux samedi après leur captivité russe."),
    ("pl", "Rosja uwalnia w sobotę 84 ukraińskich żołnierzy z niewoli."),
    ("ru", "84 украинских военных возвращаются в субботу домой из российского плена."),
    ("uk", "Росія звільняє в суботу з полону 84 українських військових."),
]


@pytest.mark.parametrize(("lang", "text"), PRESENT)
def test_the_present_of_a_handover_reads_the_return(lang: str, text: str) -> None:
    result = extract(text, title=TITLE[lang], published=PUBLISHED)
    assert result.lang == lang
    assert {(f.kind, f.side, f.value) for f in result.figures} == {("returned", UA, 84)}


# The future of the same verbs is a plan, not a return: "liberará a 84", "rilascerà 84", "отпустит 84"
FUTURE = [
    ("es", "La próxima semana Rusia liberará a 84 soldados ucranianos."),
    ("pt", "Na próxima semana a Rússia libertará 84 soldados ucranianos."),
    ("it", "La prossima settimana la Russia rilascerà 84 soldati ucraini."),
    ("fr", "La semaine prochaine, la Russie libérera 84 soldats ukrainiens."),
    ("ru", "На следующей неделе Россия отпустит 84 украинских военных."),
    ("uk", "Наступного тижня Росія відпустить 84 українських військових."),
    ("ru", "Россия передаст Украине 84 военных после проверки списков."),
    ("uk", "Росія поверне Україні 84 військових після перевірки списків."),
]


@pytest.mark.parametrize(("lang", "text"), FUTURE)
def test_the_future_of_a_handover_verb_is_a_plan(lang: str, text: str) -> None:
    result = extract(text, title=TITLE[lang], published=PUBLISHED)
    assert result.lang == lang
    assert not [f for f in result.figures if f.kind == "returned"]


# The present or the separable verb with a time still to come is a plan in every language: "next week Russia
# frees 84", "nächste Woche lässt Russland 84 frei", "la próxima semana Rusia libera a 84"
NEXT_WEEK = [
    ("en", "Next week Russia frees 84 Ukrainian soldiers."),
    ("de", "Nächste Woche lässt Russland 84 ukrainische Soldaten frei."),
    ("es", "La próxima semana Rusia libera a 84 soldados ucranianos."),
    ("pt", "Na próxima semana a Rússia liberta 84 soldados ucranianos."),
    ("it", "La prossima settimana la Russia libera 84 soldati ucraini."),
    ("fr", "La semaine prochaine, la Russie libère 84 soldats ukrainiens."),
    ("pl", "W przyszłym tygodniu Rosja uwalnia 84 ukraińskich żołnierzy."),
    ("ru", "На следующей неделе Россия освобождает 84 украинских военных."),
    ("uk", "Наступного тижня Росія звільняє 84 українських військових."),
]


@pytest.mark.parametrize(("lang", "text"), NEXT_WEEK)
def test_a_time_to_come_makes_the_present_a_plan(lang: str, text: str) -> None:
    result = extract(text, title=TITLE[lang], published=PUBLISHED)
    assert result.lang == lang
    assert not [f for f in result.figures if f.kind == "returned"]
