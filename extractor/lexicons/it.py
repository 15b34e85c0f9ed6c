"""Italian: the words Italian reports use for captives, handovers, plans, totals and captivity states."""

from __future__ import annotations

from extractor.lexicons._forms import finite, future, participle, verb

TERMS: dict[str, list[str]] = {
    # who gave and who received: "Gli Houthi hanno liberato 120 prigionieri", "l'Ucraina ha ricevuto ..."
    "GIVE_VERB": [r"hanno liberato|ha liberato|hanno rilasciato|ha rilasciato|ha consegnato|hanno consegnato"],
    "RECEIVE_VERB": [r"ha ricevuto|hanno ricevuto|ha recuperato|hanno recuperato|ha riavuto"],
    "PERSON": [
        r"\b(?:prigionier[ioe]|detenute|soldati|militari|persone|civili|ostaggi|detenuti|ucraini|russi|palestinesi|"
        r"israeliani|combattenti|uomini|donne|bambini|cittadini|difensori|marinai|connazionali|militi|"
        r"marines|membri dell'equipaggio|giornalisti|feriti gravi|gravemente feriti|reclute|guardie|"
        r"guardie di frontiera|guardie di confine)\b",
        r"\b(?:ufficiali|sottufficiali|sergenti|medici|mercenari|ribelli|insorti|miliziani|guerriglieri|paramilitari)\b",
    ],
    "BODY": [r"\b(?:corpi|salme|resti|cadaveri)\b"],
    # "le salme di 909 soldati": the count after a body noun is of bodies
    "BODY_BEFORE": [r"(?:salme|corpi|resti(?: mortali)?)(?: di| dei| degli)?(?: altri)?(?: oltre| circa| più di)?"],
    # "and Russia got those of 19": a pronoun standing for the body noun of a count named before
    "BODY_PRONOUN": [r"quelle di|quelli di|quelle degli|quelli degli|quelle dei|quelli dei|quelle di altri"],
    "RETURN": [
        r"\b(?:liberat[io]|liberate|rilasciat[ioe]|scambiat[ioe]|scambio|scambi|scambiano|rimpatriat[ioe]|restituit[ioe]|"
        r"consegnat[ioe]|tornat[ioe]|rientrat[ioe]|riportat[ioe]|ricevut[ioe]|ha ricevuto|hanno ricevuto|"
        r"fatto ritorno|a casa|in patria|liberazione|rilascio|rimpatrio|in cambio|riavuto|ottenuto il rilascio|"
        r"rientrare|rientrano|tornare|tornano|liberare|liberano|ritornat[ioe]|ritornano)\b",
        r"\b(?:rilascia\w*|in libertà|riconsegnat\w*|rimpatri\w*)",
        # every tense and voice of the handover verbs, spelled by the conjugation helper
        verb("it", "are", "liber", "rilasci", "rimpatri", "consegn", "torn", "rientr", "riport", "scambi",
             "scarcer", "ritorn"),
        verb("it", "ire", "restitu", "ricev"),
    ],
    "PLAN_BEFORE": [
        r"\b(?:accordo per|concordat[oaie]|hanno concordato|dovrebbero|dovrebbe|dovranno|dovrà|saranno|sarà|"
        r"prevede|prevedeva|prevedono|prevedevano|previst[oaie]|propost[oaie]|ha proposto|pronti a|pronto a|intende|"
        r"vuole|vogliono)\b",
        future("it", "are", "liber", "rilasc", "rimpatri", "consegn", "scambi", "scarcer"),
        future("it", "ire", "restitu"),
    ],
    # a time still to come: "next week Russia frees 84" (a plan word even across a comma)
    "FUTURE_TIME": [r"\b(?:la prossima settimana|nei prossimi giorni)\b"],
    "PLAN_AFTER": [r"dovranno essere|devono essere|saranno|verranno"],
    # "According to him, 1,000 bodies were handed over": a sentence that goes on telling the one before
    "SEQUEL": [r"\b(?:secondo (?:lui|lei|loro)|(?:ha|hanno) (?:aggiunto|precisato|spiegato))\b"],
    # "carried out a 95-for-95 exchange": the swap named by its size has happened (not only been agreed)
    "CARRIED_OUT": [r"\b(?:hanno effettuato|ha effettuato|è avvenuto|hanno condotto|hanno realizzato|si è svolto)\b"],
    "EARLIER": [
        # the pluperfect with "already": "avevano già scambiato"
        r"\b(?:avevano|aveva|erano|era) già\b",
        r"\b(?:precedente|in precedenza|già in passato|come già riportato|l'ultimo scambio (?:risale|è avvenuto|"
        r"si è svolto)|la volta precedente)",
        r"\b(?:ricordiamo che|si ricorda che)\b",
    ],
    "SUBGROUP_BEFORE": [r"\b(?:tra cui|tra loro|tra di loro|fra loro|di cui|fra cui|inclusi|compresi|tra questi|"
                        r"fra (?:le|i) quali|tra (?:le|i) quali)\b",
                        r"\b(?:tra|fra) (?:i|le) (?:liberat[ie]|rilasciat[ie]|rimpatriat[ie]|scambiat[ie])\b"],
    "SUBGROUP_AFTER": [r"di loro|tra loro"],
    "MISSING": [
        r"\bdispers[oaie]\b|\bscompars[oaie]\b",
        r"\b(?:sorte|destino)\b(?=[^.;]{0,90}\b(?:ignot|sconosciut))",
    ],
    "DIED": [r"\b(?:mort[oaie]|decedut[oaie]|uccis[oaie]|giustiziat[oaie]|hanno perso la vita|deceduti)\b"],
    "CAPTIVITY": [r"\b(?:prigionia|prigionieri di guerra|detenzione|cattività|carceri)\b"],
    "HELD": [
        r"\b(?:in prigionia|detenut[oaie]|trattenut[oaie]|ancora nelle mani|tenut[oaie] prigionier[oaie]|"
        r"in mano (?:russa|ucraina)|restano|rimangono|ancora in)\b",
        r"\b(?:sono|restano|rimangono|siano|restino|rimangano|sarebbero|erano) (?:ancora |tuttora )?prigionier[io]\b",
        r"\bfondo (?:di|per lo) scambio\b",
        r"\bnelle (?:\w+ ){0,2}(?:carceri|prigioni|campi)\b",
    ],
    "HOLDS_COUNT": [r"ha|hanno|aveva|detiene|detengono"],
    "CAPTURED": [r"\b(?:catturat[oaie]|fatti prigionieri|presi prigionieri)\b"],
    "SINCE_WAR": [
        r"\b(?:entro la|alla) fine del? \d{4}\b",
        r"(?:dall'inizio (?:della guerra|dell'invasione|del conflitto)|dal (?:febbraio )?2022|in totale|"
        r"complessivamente|finora|fino ad oggi|ad oggi|da quando|in tutto)",
        r"dallo scoppio (?:della guerra|del conflitto)|dall'inizio dell'aggressione|fino a oggi|sinora",
    ],
    # a perfect tense that counts every exchange so far: "hanno effettuato più di 60 scambi"
    "HELD_SO_FAR": [r"hanno effettuato|hanno condotto|sono stati effettuati|hanno realizzato"],
    "SO_FAR": [r"\b(?:finora|fino ad ora|fino a oggi|ad oggi|sinora|fin qui)\b"],
    "EXCHANGES_DONE": [r"hanno (?:già )?(?:permesso|riportato|liberato)"],
    "NTH_TIME": [r"volta"],
    "TIMES": [r"volte"],
    "EXECUTION": [r"\b(?:giustiziat\w+|esecuzion\w+|fucilat\w+)"],
    "CAPTIVE_NOUN": [r"\b(?:prigionier\w+|detenut\w+|ostaggi|arres\w+)"],
    # "the bodies of two hostages": people an armed group took, so the other side's (extractor.sides)
    "HOSTAGE": [r"\b(?:ostaggi|ostaggio)\b"],
    # "eight Japanese it abducted had died": people taken by force are captives (extractor.kinds)
    "ABDUCTED": [r"\b(?:rapit\w*|sequestrat\w*)"],
    "AWAIT": [r"\b(?:attendono|aspettano) (?:ancora )?(?:la |il |di )?(?:liberazione|ritorno|scambio|tornare)"],
    "TOTAL_GROWS": [r"\b(?:numero|totale|bilancio)\b[^.;]{0,70}?(?:sale a|salito a|raggiunge|ha raggiunto|arriva a)",
                    r"\b(?:porta|portando)\s+(?:così\s+)?(?:il (?:totale|numero)\s+)?a"],
    "RUNNING_WORK": [r"\b(?:nell'ambito del lavoro|grazie al lavoro|"
                     r"grazie agli sforzi) del (?:\w+\s+){0,2}?(?:quartier generale|comando)"],
    "FEBRUARY": ["febbraio"],
    "YEAR_LIMITED": [
        r"\bscambi (?:del|nel) \d{4}\b",
        r"\bnell'ultimo anno\b",
        r"(?:quest'anno|dall'inizio dell'anno|nel \d{4})"],
    "LIMITED": [r"(?:quest'anno|dall'inizio dell'anno|con la mediazione|mediat[oi] da)"],
    "EXCHANGE_NOUN": [r"\b(?:scambi|scambio)\b"],
    "TOTAL_NOUN": ["numero|cifra"],
    "TOTAL_REACHES": ["è di|ha raggiunto|raggiunge|supera(?: i)?",
                      "ha superato(?: i)?|(?:è )?stimato in|sale a|è salito a|ammonta a"],
    "EACH_AFTER": [r"ciascuno|ciascuna|a testa|ognuna|ognuno|per parte|da ciascuna parte|da ogni parte|"
                   r"per ciascuna parte|per ogni parte|"
                   r"da entrambe le parti"],
    "EACH_BEFORE": [r"ciascuna|entrambe", r"ogni parte|entrambe le parti"],
    "FOR_EACH": [r"per|contro"],
    "BOTH_SIDES": [r"\bcoinvolt[io]\b|da entrambe le parti|di entrambe le parti"],
    "MUTUAL_VERB": [r"scambiat[io]|si sono scambiati|hanno scambiato"],
    "CASUALTY": [r"\b(?:uccis[oaie]|ferit[oaie]|mort[oaie])\b"],
    "OVER_DAYS": [r"\b(?:in|nei|durante i|nell\'arco di) (?:due|tre|quattro|cinque|\d+) giorni"],
    # measures and dates after a number: not a count of people
    "NOT_COUNT": [r"ore|giorni|anni|mesi|settimane|chilometri|euro|per cento|droni|missili|regioni|gennaio|febbraio|"
                  r"marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"],
    "NOT_COUNT_STEM": ["parti"],
    "FINITE_RETURN": [
        r"\b(?:sono stat[io] (?:liberat[io]|rilasciat[io]|rimpatriat[io]|consegnat[io])|"
        r"sono tornat[io]|hanno fatto ritorno|sono rientrat[io])\b",
        finite("sono stati|sono state|sono|erano stati|erano|vengono|furono",
               participle("it", "are", "liber", "rilasci", "rimpatri", "consegn", "torn", "rientr", "riport", "scarcer",
                          "ritorn"), participle("it", "ire", "restitu")),
        r"\b(?:ha|hanno|avevano) fatto ritorno\b",
    ],
    "FALLEN": ["caduti"],
    "MORE_FEWER": ["in più|in meno"],
    "THAN": ["di"],
    "PERCENT": [r"per ?cento"],
    "MORE_WORDS": ["altri", "altre", "ulteriori"],
    "OWN_PEOPLE": [r"dei suoi|dei loro|dei propri"],
    "OWN_THEIR": [r"dei suoi|i suoi|i propri|dei propri"],
    "OUR": [r"\b(?:nostri|nostre)\b|\bdifensori\b|\beroi\b"],
    "SPEAKER_RU": [r"ministero della difesa russo|difesa russa|ministero russo della difesa"],
    "SPEAKER_UA": [r"zelensky\w*|zelenskyj|quartier generale di coordinamento|lubinets"],
    "THIS_MONTH": ["questo mese|questa settimana"],
    "RU_FRAME": [r"operazione militare speciale"],
    "CURRENCY_BEFORE": [r"\beur|\busd"],
    "AGE_AFTER": [r" anni\b|-enne"],
}

NATIONALITY = {"UA": r"ucrain[oiae]\b",
               "RU": r"\brussi\b|\brusse\b|\brusso\b|(?:residenti|abitanti) (?:della regione )?di kursk",
               "IL": r"israelian", "PS": r"palestines",
               "US": r"statunitens|american[io]\b", "AM": r"armen[oi]\b", "AZ": r"azer[oi]\b|azerbaigian",
               "VE": r"venezuelan", "ET": r"etiop", "YE": r"yemenit", "SD": r"sudanes", "CO": r"colombian"}
COUNTRY = {"UA": r"\bucraina\b|parte ucraina", "RU": r"\bmosca\b|parte russa", "US": r"\bstati uniti\b",
           "AM": r"\barmenia\b", "AZ": r"\bazerbaigian\b", "SD": r"\bsudan\b", "ET": r"\betiopia\b",
           "CO": r"\bcolombia\b", "YE": r"\byemen\b"}
# Armed groups inside one country's civil war (not a state at war with another): the people both sides free
# are that country's ("the Houthis freed 120 prisoners for 50 of the government's": Yemenis both)
ARMED_GROUP = {"YE": r"\bhouthi\b|\bhuthi\b", "CO": r"\beln\b|\bfarc\b",
               "SD": r"\brsf\b|\bforze di supporto rapido\b", "ET": r"\btplf\b"}
HOLDER = {r"dalla prigionia russa|dalle carceri russe": "RU", r"dalla prigionia ucraina|dalle carceri ucraine": "UA"}

HEDGES = ("circa", "oltre", "più di", "quasi", "almeno", "poco più di", "poco meno di", "intorno a", "quasi",
          "all'incirca", "un centinaio di", "ca.", "oltre a", "più o meno", "attorno a", "non meno di")

_UNITS = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
_TEENS = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
          "diciannove"]
_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"]


def _below_hundred(n: int) -> str:
    """Italian writes numbers as one word: 36 "trentasei", 21 "ventuno" (the tens drop their vowel)."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = _TENS[n // 10], _UNITS[n % 10]
    return (tens[:-1] if unit in ("uno", "otto") else tens) + unit


def _number_word(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if not hundreds else ("cento" if hundreds == 1 else _UNITS[hundreds] + "cento")
    return head + _below_hundred(rest)


# every form from 1 to 999 (role "u", as in extractor.numwords), and "duemila"…"novemila" closing thousands
NUMBER_WORDS = {_number_word(n): (n, "u") for n in range(1, 1000)}
NUMBER_WORDS.update({"mille": (1000, "k"), "mila": (1000, "k"), "centinaio": (100, "u")})
NUMBER_WORDS.update({_UNITS[n] + "mila": (n * 1000, "u") for n in range(2, 10)})
# collective numerals name a round, approximate count: "una ventina di soldati", "un migliaio"
NUMBER_WORDS.update({w: (v, "u") for v, w in ((10, "decina"), (12, "dozzina"), (15, "quindicina"), (20, "ventina"),
                                               (30, "trentina"), (40, "quarantina"), (50, "cinquantina"),
                                               (60, "sessantina"), (1000, "migliaio"))})
# a scale word that alone is its number ("mille corpi": a thousand bodies)
ALONE = ("mille",)


# Function words and phrases the grammar patterns of ``figures``, ``plans``, ``groups``, ``kinds``, ``heads``,
# ``totals`` and ``sides`` read (concept name → this language's alternatives, merged like TERMS).
GRAMMAR: dict[str, list[str]] = {
    "STILL": [r"ancora|restano"],
    # "1,000 more remained on the list": people a count names as not (yet) come home
    "REMAIN": [r"restano|rimangono|rimasti|rimaste"],
    "WOUNDED": [r"ferit[io]"],
    "RELEASE_OF": [r"ritorno di|liberazione di"],
    "THAT": [r"che"],
    "IN_EXCHANGE_FOR": [r"in cambio di"],
    "WITH": [r"con"],
    "ADDITIONAL": [r"inoltre|altri"],
    # "another 84 came home": a word before a count that adds it to people already named
    "ANOTHER_BEFORE": [r"altri|altre|ulteriori"],
    # "Ukraine got 230, Russia in turn 248": a word after the second party that sets it against the first
    "IN_TURN": [r"invece|a sua volta|da parte sua|dal canto suo"],
    # "Kyiv got 103 back, Moscow likewise 103": a word after the second party that repeats the first's verb
    "LIKEWISE": [r"anche|pure|ugualmente"],
    # "..., while Russia 248 received": a conjunction that sets a second party against the first
    "WHILE": [r"mentre"],
    # "in all 230 were freed, in return Kyiv handed over 248": the other half of one swap
    "IN_RETURN": [r"in cambio|in contropartita"],
    "BESIDES": [r"inoltre|in più"],
    "OF_WHOM": [r"dei quali|delle quali"],
    "AMONG_THEM": [r"tra (?:loro|cui)"],
    "PARTITIVE": [r"degli|delle"],
    "SUPERLATIVE": [r"più grande|primo|prima"],
    "IN_ALL": [r"in tutto|in totale|complessivamente|nel complesso"],
    "ONE_EXCHANGE": [r"scambio"],
    "THIS_EXCHANGE": [r"\b(?:in|durante|nel(?:l\')?) (?:questo|quest\'ultimo|ultimo|odierno|"
                      r"attuale)?\s*scambio(?: di oggi)?\b"],
    "HELD_SINCE": [r"detenut[oaie]|trattenut[oaie]|prigionia"],
    "HELD_AT": [r"in"],
    "FROM_CAPTIVITY": [r"dalla\s+(?:[^\W\d_]+\s+)?prigionia"],
    "MEDIATED": [r"con la mediazione"],
    "STAGE": [r"fase|tappa|(?:primo|secondo|terzo|ultimo) giorno"],
    "ALSO_ADDS": [r"così come|nonché"],
    "AMONG": [r"tra|fra"],
    "TEASER": [r"leggi anche|potrebbe interessarti|leggi di più"],  # a link to another story inside the body
    "REPLY": [r"in cambio|in risposta"],  # the other side's answer in a swap
    "COMPLETED": [r"completat[oaie]|conclus[oaie]|terminat[oaie]"],
    "FORMULA": [r"formula|formato|schema"],
}

# Ordinal words, read by extractor/ordinals.py: units 1-9, teens 10-19, tens 20-90 and how they join
ORDINALS: dict = {
    "units": ["prim", "second", "terz", "quart", "quint", "sest", "settim", "ottav", "non"],
    "teens": ["decim", "undicesim", "dodicesim", "tredicesim", "quattordicesim", "quindicesim", "sedicesim",
              "diciassettesim", "diciottesim", "diciannovesim"],
    "tens": ["ventesim", "trentesim", "quarantesim", "cinquantesim", "sessantesim", "settantesim", "ottantesim",
             "novantesim"],
    # Italian joins the cardinal tens and the unit in one word: "sessantacinquesimo"
    "tens_cardinal": ["vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant", "novant"],
    "unit_compound": ["unesim", "duesim", "treesim", "quattresim", "cinquesim", "seiesim", "settesim", "ottesim",
                      "novesim"],
    "joiners": ["", "a", "i"], "suffix": r"(?:o|a|i|e)",
}
