"""German: the words German reports use for captives, handovers, plans, totals and captivity states."""

from __future__ import annotations

from extractor.lexicons._forms import Forms, verb

TERMS: dict[str, list[str]] = {
    "PERSON": [
        r"\b(?:gefangene\w*|kriegsgefangene\w*|soldat\w*|menschen|personen|zivilist\w*|geiseln|ukrainer\w*|russen|"
        r"häftling\w*|militärangehörige\w*|staatsbürger\w*|bürger\w*|verteidiger\w*|kämpfer\w*|männer|frauen|kinder|"
        r"insassen|armenier|aserbaidschaner|amerikaner|us-bürger|jemeniten|huthi|saudis|palästinenser\w*|israelis|"
        r"leute|inhaftierte\w*|verschleppte\w*|entführte\w*|verwundete\w*|zivilpersonen|seeleute|offiziere|"
        r"landsleute|grenzschützer|journalisten)",
        r"\b(?:unteroffiziere|sanitäter|söldner|marinesoldaten|rebellen|aufständische\w*|milizionäre|guerilleros|paramilitärs)\b",
    ],
    "BODY": [r"\b(?:leichen|leichname|toten|gefallenen|tote|getötete)\b"],
    "RETURN": [
        r"\b(?:zurück\w*|freigelassen\w*|freigekommen\w*|ausgetauscht|austausch\w*|übergeben|heimgekehrt|befreit|"
        r"freilassung|übergabe|gefangenenaustausch\w*|heimat|kehrten|frei|erhielt\w*|erhalten|erhält|"
        r"überstellt|zurückgebracht|"
        r"heimgeholt|heimgebracht|heimkehr\w*|entlassen|rückführung\w*|rückkehr)",
        r"im gegenzug",
        r"\b(?:übergab\w*|bekam\w*|bekommen|überführt\w*|repatriiert\w*|getauscht|tauschten|tauschen|tauscht|"
        r"nach hause)",
        # every tense and voice of the handover verbs, spelled by the conjugation helper
        verb("de", "participle", "ausgeliefert", "entließ", "freigegeben", "zurückgegeben", "heimgeholt"),
        # a separable verb's stem, when its particle closes the clause: "kehren ... heim", "kehrt ... zurück"
        r"\bkehr(?:en|t|te|ten)\b(?=(?:\s+\S+){0,8}?\s+(?:heim|zurück)\b)",
        # "am Mittwoch kamen 150 weitere hinzu": more people added to a running count of those freed
        r"\bkam(?:en)?\b(?=(?:\s+\S+){0,6}?\s+hinzu\b)",
    ],
    "PLAN_BEFORE": [
        r"\blisten? (?:mit|von)\b",
        r"\b(?:vorsieht|vorsah|vorsehen|vorgesehen)\b",
        r"\b(?:vereinbart\w*|sollen|soll|wollen|will|angeboten|bereit|plan\w*|werden|wird)\b",
    ],
    # a time still to come: "next week Russia frees 84" (a plan word even across a comma)
    "FUTURE_TIME": [r"\b(?:(?:nächste|kommende)n? woche|in den (?:kommenden|nächsten) tagen)\b"],
    "PLAN_AFTER": ["sollen"],
    # "According to him, 1,000 bodies were handed over": a sentence that goes on telling the one before
    "SEQUEL": [
        r"\b(?:(?:laut|nach) (?:ihm|ihr|seinen|ihren)(?: angaben| worten)?)\b",
        r"\b(?:(?:er|sie) (?:fügte|sagte|erklärte) (?:\w+ )?(?:hinzu|weiter))\b",
    ],
    # "carried out a 95-for-95 exchange": the swap named by its size has happened (not only been agreed)
    "CARRIED_OUT": [r"\b(?:durchgeführt|vollzogen|vollzog\w*|fand \w+ statt|fand statt)\b"],
    "EARLIER": [r"\b(?:vorherig\w*|zuvor|vorige\w*|letzte\w* austausch|wie berichtet)", r"\bzur erinnerung\b",
                r"\b(?:zuletzt|beim letzten mal|das letzte mal)\b"],  # "Zuletzt hatten beide Seiten ..."
    "SUBGROUP_BEFORE": [
        r"\b(?:darunter|unter ihnen|davon)\b",
        r"\b(?:einschließlich|inklusive)\b",
        # "unter den Freigelassenen sind 20 Zivilisten": a part of the people freed
        r"\bunter den (?:freigelassenen|befreiten|heimgekehrten|zurückgekehrten|ausgetauschten)\b",
    ],
    "SUBGROUP_AFTER": ["davon"],
    "MISSING": [
        r"\bvermisst|\bverschollen",
        r"\b(?:schicksal|verbleib)\b(?=[^.;]{0,90}\b(?:ungeklärt|unbekannt|unklar))",
    ],
    "DIED": [
        r"\bhingerichtet\b",
        r"\b(?:gestorben|getötet|tod|starben|ums leben|verstorben\w*|umgekommen\w*|todesfälle)\b",
             r"\bzu tode gefoltert\b"],
    "CAPTIVITY": [r"\b(?:gefangenschaft|kriegsgefangen\w*|haft)", r"\b(?:gewahrsam|gefängnis\w*)"],
    "HELD": [
        # "Moskau hält ... noch etwa 8.000 Ukrainer gefangen": the separable verb closes the clause
        r"\b(?:festgehalten|gefangen gehalten\w*|hält\w* (?:\S+ ){0,10}?(?:gefangen|fest)\b|"
        r"halten (?:\S+ ){0,10}?(?:gefangen|fest)\b|"
        r"in (?:\w+ )?(?:kriegs)?gefangenschaft|in (?:\w+ )?haft)",
        r"\binhaftiert\w*",
        # "sind weiterhin Kriegsgefangene", "bleiben in Haft": still captives, by the noun after the verb
        r"\b(?:sind|bleiben|waren|befinden sich) (?:noch |weiterhin |immer noch |nach wie vor )"
        r"(?:kriegs)?gefangen\w*",
        r"\baustauschfonds\b",
        r"\bin (?:\w+ ){0,2}(?:gefängnissen|lagern|straflagern)\b",
    ],
    "HOLDS_COUNT": [r"hat|haben|hatte|hatten"],
    "CAPTURED": [r"gefangen genommen"],
    "SINCE_WAR": [
        r"\bbis ende \d{4}\b|\bende \d{4}\b",
        r"(?:seitdem|seit (?:beginn|anfang) des (?:krieges|angriffskrieges|russischen angriffskriegs)|"
        r"seit kriegsbeginn|"
        r"seit (?:februar )?2022|insgesamt|bislang|bisher|seit beginn)",
        r"seit (?:dem )?(?:ausbruch|beginn|anfang|start)\b|(?:während|im laufe) des (?:\w+ )?krieges|bis heute",
    ],
    "FEBRUARY": ["februar"],
    "YEAR_LIMITED": [
        r"\baustausche (?:von|im) \d{4}\b",
        r"\bim vergangenen jahr\b",
        r"(?:seit jahresbeginn|in diesem jahr|im jahr \d{4})"],
    "LIMITED": [
        r"\b(?:seit den (?:\w+ )?gesprächen|im rahmen der (?:\w+ )?abkommen)",
        r"(?:seit jahresbeginn|in diesem jahr)"],
    "EXCHANGE_NOUN": [r"\b(?:austausch\w*|gefangenenaustausch\w*)"],
    "FOR_EACH": ["gegen"],
    "EACH_AFTER": ["pro seite|auf jeder seite|von jeder seite|je seite|auf beiden seiten"],
    "EACH_BEFORE": ["jeweils", "je", "jede seite|beide seiten"],
    "BOTH_SIDES": ["beteiligt|beider seiten"],
    "MUTUAL_VERB": ["ausgetauscht|tauschten|tauschen"],
    "CASUALTY": [r"\b(?:getötet|verletzt)"],
    "TOTAL_NOUN": ["zahl|anzahl"],
    "TOTAL_REACHES": [r"erreicht\w*|liegt bei|lag bei|beträgt|betrug|übersteigt|überstieg|(?:ist |wird )?auf"],
    "OVER_DAYS": [r"\b(?:in|binnen|innerhalb von|während|an) (?:den |der )?(?:zwei|drei|vier|\d+) tage\w*"],
    "NOT_COUNT": [
        r"prozent|jahre?n?|tage?n?|stunden|monate?n?|kilometer|drohnen|raketen|euro",
        r"januar|februar|märz|mai|juni|juli|oktober|dezember",
    ],
    "NOT_COUNT_STEM": ["seiten"],
    "BODY_BEFORE": [r"(?:leichen|leichname|sterblichen überreste|überreste)(?: von)?(?: weitere)?(?: mehr als| rund)?"],
    # "and Russia got those of 19": a pronoun standing for the body noun of a count named before
    "BODY_PRONOUN": [r"die von(?: weiteren)?|die der"],
    "AGE_AFTER": ["-jährig"],
    "FALLEN": [r"gefallen\w*|getötet\w*"],
    "PERCENT": ["prozent"],
    "MORE_FEWER": ["mehr|weniger"],
    "THAN": ["als"],
    "MORE_WORDS": ["weitere"],
    "RECEIVE_VERB": ["erhielt|erhalten|zurückgeholt|bekam|bekamen|bekommt|die rückkehr"],
    "GIVE_VERB": [r"übergab|übergeben|ließ\w* frei|freigelassen|auf freien fuß gesetzt|entließ\w*|entlassen"],
    "OWN_THEIR": ["seine[rn]? eigenen|eigenen?"],  # "die Freilassung von 246 eigenen Soldaten"
    "OWN_PEOPLE": [r"seiner|ihrer|eigene[rn]?"],
    "PARTITIVE": [r"von den|der"],
    "RU_FRAME": [r"militärische\w* spezialoperation"],
    "CURRENCY_BEFORE": [r"\beur|\busd"],
    "OUR": [r"\bunsere\w*\b"],
    "SPEAKER_RU": [r"russische\w* verteidigungsministerium|verteidigungsministerium in moskau|"
                   r"moskauer verteidigungsministerium"],
    "SPEAKER_UA": [r"selenskyj\w*|koordinierungsstab\w*|lubinez|lubinets"],
    "HELD_SO_FAR": ["durchgeführt"],
    "SO_FAR": [r"\b(?:bisher|bislang|inzwischen|mittlerweile|bis heute|bis jetzt)\b"],
    "EXCHANGES_DONE": [r"(?:haben|brachten) (?:\w+ )?(?:zurückgebracht|befreit|heimgebracht|stattgefunden)"],
    "NTH_TIME": [r"mal"],
    "TIMES": [r"mal"],
    "EXECUTION": [r"\b(?:hingerichtet|hinrichtung\w*|exekutiert\w*|erschoss\w*)"],
    "CAPTIVE_NOUN": [r"\b(?:gefangene\w*|häftling\w*|ergeben\w*)"],
    # "the bodies of two hostages": people an armed group took, so the other side's (extractor.sides)
    "HOSTAGE": [r"\b(?:geiseln?)\b"],
    # "eight Japanese it abducted had died": people taken by force are captives (extractor.kinds)
    "ABDUCTED": [r"\b(?:entführ\w*|verschlepp\w*)"],
    "AWAIT": [r"\b(?:warten|hoffen) (?:noch )?"
              r"(?:auf (?:ihre |die )?(?:freilassung|rückkehr|befreiung|freiheit|austausch))"],
    "TOTAL_GROWS": [r"\b(?:zahl|anzahl|gesamtzahl)\b[^.;]{0,70}?(?:steigt|stieg|gestiegen|erhöht|erreicht\w*)"
                    r"(?: sich)?(?: damit)?(?: auf)?",
                    r"\b(?:steigt|stieg|erhöht sich|erhöhte sich)\s+(?:damit\s+|nun\s+)?(?:die\s+)?(?:gesamt)?zahl\b"
                    r"[^.;]{0,60}?\bauf"],
    "RUNNING_WORK": [r"\b(?:im rahmen der|dank der) (?:arbeit|bemühungen) des (?:\w+\s+){0,2}?(?:stabs|stabes|"
                     r"hauptquartiers)"],
    "THIS_MONTH": ["diesen monat|diesem monat|diese woche|dieser woche"],
    "FINITE_RETURN": [
        r"\bauf dem (?:heim)?weg(?: nach hause)?\b",
        r"\b(?:wurden|sind|waren|wurde|ist) (?:\w+ )?(?:freigelassen|übergeben|ausgetauscht|zurückgekehrt|heimgekehrt|"
        r"überstellt|entlassen)|\b(?:kehrten|kamen) (?:\w+ )?(?:zurück|heim|frei)\b",
        # the perfect and the passive put the participle last: a bare participle that closes the clause is its verb
        r"\b(?:zurückgekehrt|heimgekehrt|freigelassen|freigekommen|befreit|übergeben|überstellt|entlassen|"
        r"ausgetauscht|zurückgebracht|heimgeholt)(?=(?:\s+worden)?(?:\s+(?:sind|waren|seien|ist))?\s*(?:[.,;]|$))",
    ],
}

# nationality words (lower-case stems) → ISO 3166 code of the people they name
NATIONALITY = {
    "UA": "ukrainer|ukrainisch",
    "RU": r"russen|russisch|(?:einwohner|bewohner)\w* (?:der region |des gebiets )?kursk",
    "US": "us-amerikan",
    "IL": "israelisch",
    "PS": "palästinens",
    "AM": "armenisch",
    "AZ": "aserbaidschanisch",
    "TH": "thailändisch",
    "KP": "nordkoreanisch",
    "BY": "belarussisch",
    "GE": "georgisch",
    "GB": "britisch",
    "YE": "jemenitisch",
    "SA": "saudisch",
    "SD": "sudanesisch",
    "LY": "libysch",
    "IR": "iranisch",
    "SY": "syrisch",
    "JP": "japanisch",
    "CO": "kolumbianisch",
    "NG": "nigerianisch",
    "KH": "kambodschanisch",
    "TR": "türkisch",
    "VE": "venezolanisch|venezolaner",
    "ET": r"äthiopisch",
}
# country names and "the X side" → ISO 3166 code
COUNTRY = {
    "UA": r"ukrainische seite|\bkiews?\b",
    "RU": r"russische seite|\brusslands?\b|\bmoskaus?\b",
    "IL": r"\bisraels\b",
    "US": r"\bvereinigten staaten\b|\busa\b",
    "YE": r"\bjemen\w*",
    "SA": r"\bsaudi-arabien\b",
    "LY": r"\blibyen\b",
    "SD": r"\bsudan\b",
    "ET": r"\bäthiopien\b",
    "CO": r"\bkolumbien\b",
}

# Armed groups inside one country's civil war (not a state at war with another): the people both sides free
# are that country's ("the Houthis freed 120 prisoners for 50 of the government's": Yemenis both)
ARMED_GROUP = {
    "YE": r"\bhuthi\w*|\bhouthi\w*",
    "CO": r"\beln\b|\bfarc\b",
    "SD": r"\brsf\b",
    "ET": r"\btplf\b",
}

HEDGES = ("mehr als", "rund", "etwa", "fast", "knapp", "über", "mindestens", "ungefähr", "gut", "annähernd", "ca.",
          "rd.", "circa", "zirka", "nahezu", "beinahe", "an die", "weit über", "gut über")

# single words; compounds like "zweihundertfünf" are split by extractor.numbers
NUMBER_WORDS = Forms()
for _v, _w in enumerate(["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
                         "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
                         "neunzehn"]):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(1, "u", "ein", "eine", "einen", "einem", "einer")
# the genitive of small numbers: "nach der Freilassung dreier Geiseln"
NUMBER_WORDS.add(2, "u", "zweier")
NUMBER_WORDS.add(3, "u", "dreier")
for _v, _w in zip(range(20, 100, 10), ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
                                       "neunzig"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(100, "h", "hundert")
NUMBER_WORDS.add(1000, "k", "tausend")
NUMBER_WORDS.add(1_000_000, "m", "millionen")
# German writes a number below a million as one word: "einundzwanzig", "zweihundertfünfzig", "dreitausend"
_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def _below_hundred(n: int) -> str:
    if n < 20:
        return "eins" if n == 1 else next(w for w, (v, _) in NUMBER_WORDS.items() if v == n)
    tens, unit = divmod(n, 10)
    return (_UNITS[unit] + "und" if unit else "") + _TENS[tens]


for _n in range(21, 1000):
    _h, _rest = divmod(_n, 100)
    _head = ("hundert" if _h == 1 else _UNITS[_h] + "hundert") if _h else ""
    if _h or _rest % 10:  # the round tens are single words already
        NUMBER_WORDS.add(_n, "u", _head + (_below_hundred(_rest) if _rest else ""))
NUMBER_WORDS.add(100, "u", "einhundert")
for _n in range(2, 10):
    NUMBER_WORDS.add(_n * 1000, "u", _UNITS[_n] + "tausend")
SCALES = {"mio": 1_000_000, "tsd": 1000}  # "5 Tsd. Gefangene"
CONNECTORS = ("und",)
# a scale word that alone is its number ("тисячу тіл": a thousand bodies); its plural says "thousands"
ALONE = ("tausend",)
# numbers only next to another number word ("ein" alone is an article)
WEAK = ("ein", "eine", "einen", "einem", "einer")

VAGUE = ("mehrere", "einige", "ein paar", "viele", "einigen")  # "mehrere tausend" is no count of one thousand

# Function words and phrases the grammar patterns of ``figures``, ``plans``, ``groups``, ``kinds``, ``heads``,
# ``totals`` and ``sides`` read (concept name → this language's alternatives, merged like TERMS).
GRAMMAR: dict[str, list[str]] = {
    "STILL": [r"noch"],
    # "1,000 more remained on the list": people a count names as not (yet) come home
    "REMAIN": [r"bleiben|blieben|verbleiben|verblieben"],
    "WOUNDED": [r"verwundet\w*|verletzt\w*"],
    "RELEASE_OF": [r"rückkehr von|freilassung von"],
    "ALSO_ADDS": [r"sowie"],
    "STAGE": [r"(?:ersten|zweiten|dritten|letzten) tag"],
    "THAT": [r"dass"],
    "IN_EXCHANGE_FOR": [r"im austausch gegen|im austausch für|im gegenzug"],
    "FORMULA": [r"formel|format"],
    "COMPLETED": [r"abgeschlossen"],
    "WITH": [r"mit"],
    "ADDITIONAL": [r"zusätzlich|sowie|weitere"],
    # "another 84 came home": a word before a count that adds it to people already named
    "ANOTHER_BEFORE": [r"weitere|weiteren|zusätzliche"],
    # "Ukraine got 230, Russia in turn 248": a word after the second party that sets it against the first
    "IN_TURN": [r"hingegen|dagegen|wiederum|ihrerseits|seinerseits"],
    # "Kyiv got 103 back, Moscow likewise 103": a word after the second party that repeats the first's verb
    "LIKEWISE": [r"ebenfalls|auch|gleichfalls"],
    # "..., while Russia 248 received": a conjunction that sets a second party against the first
    "WHILE": [r"während|wohingegen|wogegen"],
    # "in all 230 were freed, in return Kyiv handed over 248": the other half of one swap
    "IN_RETURN": [r"im gegenzug|im austausch"],
    "BESIDES": [r"außerdem|zudem|darüber hinaus|zusätzlich"],
    "AMONG": [r"unter"],
    "OF_WHOM": [r"von denen"],
    "AMONG_THEM": [r"darunter"],
    "SUPERLATIVE": [r"größte\w*|erste\w*"],
    "IN_ALL": [r"insgesamt|alles in allem"],
    "ONE_EXCHANGE": [r"austausch\w*"],
    "THIS_EXCHANGE": [r"\b(?:bei|in|im) (?:diesem|dem aktuellen|dem jüngsten|dem heutigen|aktuellen|"
                      r"jüngsten|heutigen) (?:gefangenen)?austausch\w*"],
    "HELD_SINCE": [r"festgehalten|gefangenschaft"],
    "HELD_AT": [r"in"],
    "FROM_CAPTIVITY": [r"aus\s+(?:[^\W\d_]+\s+)?gefangenschaft"],
    # "in russischer Haft", "w azerskich więzieniach": the adjective before the custody noun names the holder
    "IN_HANDS_OF": [r"in|aus"],
    "CUSTODY_NOUN": [r"haft|gefangenschaft|gefängnissen|gefängnis|gewahrsam"],
    "MEDIATED": [r"dank der vermittlung"],
    # a link to another story inside the body
    "TEASER": [r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|mehr dazu|siehe auch"],
    "REPLY": [r"im gegenzug"],  # the other side's answer in a swap
}

# Ordinal words, read by extractor/ordinals.py: units 1-9, teens 10-19, tens 20-90 and how they join
ORDINALS: dict = {
    "units": ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt"],
    "teens": ["zehnt", "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt",
              "neunzehnt"],
    "tens": ["zwanzigst", "dreißigst", "vierzigst", "fünfzigst", "sechzigst", "siebzigst", "achtzigst", "neunzigst"],
    # German writes the unit first: "fünfundsechzigste"
    "unit_cardinal_first": ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "joiners": ["und"], "suffix": r"(?:e|en|er|es|em)",
}
