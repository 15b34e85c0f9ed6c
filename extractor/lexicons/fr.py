"""French: the words French reports use for captives, handovers, plans, totals and captivity states."""

from __future__ import annotations

from extractor.lexicons._forms import Forms, future, verb

TERMS: dict[str, list[str]] = {
    "PERSON": [
        r"\b(?:prisonniers?|soldats|militaires|personnes|civils|otages|détenus|ukrainiens|russes|palestiniens|"
        r"israéliens|captifs|combattants|ressortissants|hommes|femmes|enfants|défenseurs|citoyens|arméniens|"
        r"azerbaïdjanais|américains|yéménites|houthis|saoudiens|marins|journalistes|gardes-frontières|compatriotes|"
        r"blessés graves|grands blessés|prisonnières?|détenues|otages|ukrainiennes|palestiniennes|israéliennes|"
        r"captives|combattantes|citoyennes|ressortissantes|civiles)\b",
        r"\b(?:officiers|sous-officiers|sergents|médecins|mercenaires|marines|rebelles|insurgés|miliciens|guérilleros|"
        r"paramilitaires)\b",
    ],
    "BODY": [r"\b(?:corps|dépouilles|restes)\b"],
    "RETURN": [
        r"\b(?:libérés?|libérées?|libère|libéré|relâch\w*|échang\w*|rendus?|rapatri\w*|retour\w*|"
        r"remis|remises|libération|revenir|reviennent|"
        r"récupér\w*|rentr\w*|revenu\w*|transférés|restitu\w*|de retour|retrouvé la liberté|chez eux)",
        r"reçu\w*|a obtenu",
        r"en échange|contre (?=\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent)",
        r"\b(?:libér\w*|libèr\w*|en liberté|rendre|rendent|ramené\w*|ramèn\w*)",
        # every tense and voice of the handover verbs, spelled by the conjugation helper
        verb("fr", "er", "libér", "relâch", "rapatri", "échang", "rentr", "retourn", "transfér"),
        r"\b(?:remis|remises|rendus|rendues|revenu[es]?|revenues|relaxés)\b",
    ],
    "PLAN_BEFORE": [
        r"\blistes? (?:de|des)\b",
        r"\b(?:prévoi\w*|prévoy\w*)",
        r"\b(?:doit|doivent|devrait|devraient|propos\w*|prévu\w*|accord pour|prêt\w* à|va|vont|convenu|"
        r"se sont entendu\w*)\b",
        future("fr", "er", "libér", "relâch", "rapatri", "échang"),
    ],
    # a time still to come: "next week Russia frees 84" (a plan word even across a comma)
    "FUTURE_TIME": [r"\b(?:la semaine prochaine|dans les prochains jours|dans les jours à venir)\b"],
    "PLAN_AFTER": ["doivent être|seront|devraient être|devrait être|vont être|sont censés être"],
    # "According to him, 1,000 bodies were handed over": a sentence that goes on telling the one before
    "SEQUEL": [r"\b(?:selon (?:lui|elle|eux)|d'après (?:lui|elle|eux)|(?:il|elle) a (?:ajouté|précisé|indiqué))\b"],
    # "carried out a 95-for-95 exchange": the swap named by its size has happened (not only been agreed)
    "CARRIED_OUT": [r"\b(?:ont procédé|a procédé|a eu lieu|ont effectué|a effectué|ont mené|a mené)\b"],
    "EARLIER": [
        r"\bavant cela\b",
        r"\b(?:avaient|avait|s'étaient|s'était) déjà\b",
        r"\b(?:précédent\w*|auparavant|comme annoncé|la dernière fois|"
        r"dernier échange (?:a eu lieu|remonte|s'est déroulé))",
        r"\b(?:pour rappel|rappelons que|pour mémoire)\b",
    ],
    "SUBGROUP_BEFORE": [
        r"\b(?:dont|parmi eux|parmi lesquels|parmi les|parmi)\b",
        r"\by compris\b",
    ],
    "SUBGROUP_AFTER": ["d'entre eux|d'entre elles"],
    "MISSING": [
        r"\bdisparue?s?\b",
        r"\bsort\b(?=[^.;]{0,90}\b(?:inconnu|ignoré))",
    ],
    "DIED": [
        r"\b(?:exécutée?s?|exécutions?)\b",
        r"\b(?:morts?|mortes?|décédée?s?|tuée?s|décès|ont péri|(?:ont|avaient) perdu la vie)\b"],
    "CAPTIVITY": [r"\b(?:captivité|prisonniers de guerre)", r"\bdétention",
                  r"\bdans (?:les |des )?(?:\w+ ){0,2}(?:prisons|geôles)\b"],
    "HELD": [
        r"\b(?:détenue?s|retenue?s|en captivité)", r"\b(?:entre les|aux) mains\b",
        r"\b(?:restent|demeurent|sont toujours) (?:\w+ )?(?:détenue?s|retenue?s|prisonnie\w+|captifs|captives|"
        r"en captivité)\b",
        # "seraient encore prisonniers des forces russes": still captives, whatever the mood of the verb
        r"\b(?:sont|seraient|étaient|restaient) (?:encore|toujours) (?:prisonnie\w+|captifs|captives|otages)\b",
        r"\bfonds d\'échange\b",
        r"\bdans (?:les |des )?(?:\w+ ){0,2}(?:prisons|geôles|camps|colonies pénitentiaires)\b",
    ],
    "HOLDS_COUNT": [r"détient|détiennent|compte|possède"],
    "CAPTURED": [r"capturée?s?"],
    "SINCE_WAR": [
        r"\b(?:à la |d\'ici la |jusqu\'à la )?fin (?:de l\'année )?\d{4}\b",
        r"(?:depuis lors|depuis le début de (?:l'invasion|la guerre)|depuis (?:février )?2022|au total|"
        r"depuis l'invasion|jusqu'à présent|jusqu'ici)",
        r"depuis le (?:début|déclenchement) (?:de l'|de la |du )(?:\w+ ){0,2}?(?:invasion|guerre|conflit|offensive)|"
        r"à ce jour",
    ],
    "FEBRUARY": ["février"],
    "YEAR_LIMITED": [
        r"\béchanges de \d{4}\b",
        r"\bau cours de l'année écoulée\b",
        r"(?:depuis le début de l'année|cette année)"],
    "LIMITED": [
        r"\b(?:depuis les (?:\w+ )?(?:pourparlers|négociations)|dans le cadre des accords)",
        r"(?:depuis le début de l'année|cette année)"],
    "EXCHANGE_NOUN": [r"\béchanges?\b"],
    "FOR_EACH": ["contre|pour"],
    "EACH_AFTER": ["de chaque côté|de chaque partie|chacune|chacun|de part et d'autre|de chaque camp"],
    "EACH_BEFORE": ["les deux", "chaque (?:camp|partie|côté)"],
    "BOTH_SIDES": [
        "à eux deux",
        "impliquant|des deux côtés|aux deux camps|des deux camps"],
    "MUTUAL_VERB": [r"échangé\w*|échangent"],
    "CASUALTY": [r"\b(?:tuée?s|blessée?s)"],
    "TOTAL_NOUN": ["nombre"],
    "TOTAL_REACHES": ["atteint|s'élève à|(?:est )?estimé à|est de|dépasse(?: les)?|a dépassé(?: les)?|passe à|porté à"],
    "OVER_DAYS": [r"\b(?:en|sur|pendant|durant) (?:les )?(?:deux|trois|quatre|cinq|plusieurs|\d+) jours"],
    "NOT_COUNT": [
        r"pour cent|ans|jours|heures|mois|kilomètres|drones|missiles|euros",
        r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    ],
    "NOT_COUNT_STEM": ["côtés"],
    "BODY_BEFORE": [r"(?:corps|dépouilles)(?: de| des)?(?: les)?(?: autres)?(?: plus de| près de)?"],
    # "and Russia got those of 19": a pronoun standing for the body noun of a count named before
    "BODY_PRONOUN": [r"ceux de|ceux des|celles de|celles des"],
    "AGE_AFTER": [r" ans\b"],
    "FALLEN": ["tombés"],
    "PERCENT": ["pour ?cent"],
    "MORE_FEWER": ["de plus|de moins"],
    "THAN": ["que|qu'"],
    "OWN_PEOPLE": ["des siens"],
    "MORE_WORDS": ["autres"],
    "RECEIVE_VERB": ["a reçu|a récupéré|a obtenu|le retour de|ont reçu|ont récupéré"],
    "GIVE_VERB": ["a libéré|libère|a relâché|relâche|ont libéré|libèrent|ont relâché|ont remis|a remis"],
    "OWN_THEIR": ["de ses"],
    "OUR": [r"\bnos\b"],
    "SPEAKER_RU": [r"ministère russe de la défense|ministère de la défense russe|"
                   r"ministère de la défense de (?:la )?russie"],
    "SPEAKER_UA": [r"zelensky\w*|quartier général de coordination|loubinets|lubinets"],
    "RU_FRAME": [r"opération militaire spéciale"],
    "CURRENCY_BEFORE": [r"\beur|\busd"],
    "HELD_SO_FAR": ["ont mené|a mené|ont procédé à|ont eu lieu"],
    "SO_FAR": [r"\b(?:jusqu'à présent|jusqu'ici|à ce jour|jusqu'à maintenant)\b"],
    "EXCHANGES_DONE": [r"ont (?:déjà |ainsi )?(?:eu lieu|permis|ramené|libéré)"],
    "NTH_TIME": [r"fois"],
    "TIMES": [r"fois|reprises"],
    "EXECUTION": [r"\b(?:exécut\w+)"],
    "CAPTIVE_NOUN": [r"\b(?:prisonnie\w+|captifs|captives|détenus|otages|rendus)\b"],
    # "the bodies of two hostages": people an armed group took, so the other side's (extractor.sides)
    "HOSTAGE": [r"\b(?:otages?)\b"],
    # "eight Japanese it abducted had died": people taken by force are captives (extractor.kinds)
    "ABDUCTED": [r"\b(?:enlev\w*|kidnapp\w*)"],
    "AWAIT": [r"\b(?:attendent|espèrent) (?:toujours |encore )?(?:leur |la )?(?:libération|retour|échange)"],
    "TOTAL_GROWS": [r"\b(?:porte|portant|porté|élève|élevant)\s+(?:ainsi\s+|désormais\s+)?à",
                    r"\b(?:nombre|total|bilan)\b[^.;]{0,70}?(?:atteint|s'élève à|passe à|grimpe à)"],
    "RUNNING_WORK": [r"\b(?:dans le cadre du travail|grâce au travail|"
                     r"grâce aux efforts) du (?:\w+\s+){0,2}?(?:quartier général|qg|état-major)"],
    "THIS_MONTH": ["ce mois|cette semaine"],
    "FINITE_RETURN": [
        r"\bsur le chemin du retour\b",
        r"\b(?:ont été|avaient été|ont|sont|étaient) (?:\w+ )?(?:libérée?s|relâchée?s|remis(?:es?)?|rapatriée?s|"
        r"échangée?s|rendue?s|transférée?s|rentrée?s|revenue?s|retournée?s)\b",
        r"\b(?:ont|sont) (?:\w+ )?(?:regagné|retrouvé)\b",
    ],
}

# nationality words (lower-case stems) → ISO 3166 code of the people they name
NATIONALITY = {
    "UA": "ukrainien|forces armées ukrainiennes",
    "RU": r"russes?\b|habitants de (?:la région de )?koursk",
    "US": "américains?",
    "IL": "israélien",
    "PS": "palestinien",
    "AM": "arménien",
    "AZ": "azerbaïdjanais",
    "TH": "thaïlandais",
    "PH": "philippin",
    "KP": "nord-coréen",
    "BY": "biélorusse",
    "GE": "géorgien",
    "GB": "britannique",
    "DE": "allemand",
    "FR": "français",
    "YE": "yéménite",
    "SA": "saoudien",
    "SD": "soudanais",
    "LY": "libyen",
    "IR": "iranien",
    "SY": "syrien",
    "JP": "japonais",
    "CO": "colombien",
    "NG": "nigérian",
    "ML": "malien",
    "KH": "cambodgien",
    "TR": r"turc\b",
    "VE": "vénézuélien",
    "ET": r"éthiopien|tigréen",
}
# country names and "the X side" → ISO 3166 code
COUNTRY = {
    "UA": r"côté ukrainien|partie ukrainienne",
    "RU": r"côté russe|partie russe|\brussie\b|\bmoscou\b",
    "US": r"\bétats-unis\b",
    "IL": r"\bisraël\b",
    "AM": r"\barménie\b",
    "AZ": r"\bazerbaïdjan\b",
    "YE": r"\byémen\b",
    "SA": r"\barabie saoudite\b",
    "LY": r"\blibye\b",
    "CO": r"\bcolombie\b",
    "JP": r"\bjapon\b",
    "VE": r"\bvenezuela\b",
    "SD": r"\bsoudan\b",
    "ET": r"\béthiopie\b",
}

# Armed groups inside one country's civil war (not a state at war with another): the people both sides free
# are that country's ("the Houthis freed 120 prisoners for 50 of the government's": Yemenis both)
ARMED_GROUP = {
    "YE": r"\bhouthis?\b",
    "LY": r"\barmée nationale libyenne\b",
    "CO": r"\beln\b|\bfarc\b",
    "SD": r"\bfsr\b|\bforces de soutien rapide\b",
    "ET": r"\btplf\b|\bfplt\b",
}

HEDGES = ("plus de", "près de", "environ", "quelque", "quelques", "au moins", "presque", "une centaine de", "env.",
          "autour de", "approximativement", "plus d'", "près d'", "un peu plus de", "pas moins de")

NUMBER_WORDS = Forms()
for _v, _w in enumerate(["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                         "douze", "treize", "quatorze", "quinze", "seize"]):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(1, "u", "une")
for _v, _w in zip(range(20, 70, 10), ["vingt", "trente", "quarante", "cinquante", "soixante"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(100, "h", "cent", "cents")
NUMBER_WORDS.add(1000, "k", "mille")
NUMBER_WORDS.add(1_000_000, "m", "millions")
# 70, 80 and 90 are compounds
NUMBER_WORDS.add(80, "u", "quatre-vingt", "quatre-vingts")
NUMBER_WORDS.add(90, "u", "quatre-vingt-dix")
NUMBER_WORDS.add(70, "u", "soixante-dix")
# 71-79 and 81-99 build on 60 and 80: "soixante-quinze", "quatre-vingt-douze" (never 4 + 20 + 12)
for _v, _w in enumerate(["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                         "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"], start=1):
    if _v >= 10:
        NUMBER_WORDS.add(60 + _v, "u", "soixante-" + _w)
    NUMBER_WORDS.add(80 + _v, "u", "quatre-vingt-" + _w)
NUMBER_WORDS.add(71, "u", "soixante-et-onze")
CONNECTORS = ("et",)
# a scale word that alone is its number ("тисячу тіл": a thousand bodies); its plural says "thousands"
ALONE = ("mille",)
WEAK = ("une", "un")
# collective numerals name a round, approximate count: "une quarantaine de prisonniers", "un millier"
for _v, _w in ((10, "dizaine"), (12, "douzaine"), (15, "quinzaine"), (20, "vingtaine"), (30, "trentaine"),
               (40, "quarantaine"), (50, "cinquantaine"), (60, "soixantaine"), (100, "centaine"), (1000, "millier")):
    NUMBER_WORDS.add(_v, "u", _w)

VAGUE = ("quelques", "plusieurs")

# Function words and phrases the grammar patterns of ``figures``, ``plans``, ``groups``, ``kinds``, ``heads``,
# ``totals`` and ``sides`` read (concept name → this language's alternatives, merged like TERMS).
GRAMMAR: dict[str, list[str]] = {
    "STILL": [r"toujours|encore"],
    # "1,000 more remained on the list": people a count names as not (yet) come home
    "REMAIN": [r"restent|restaient|demeurent"],
    "WOUNDED": [r"blessés?"],
    "RELEASE_OF": [r"retour de|libération de"],
    "ALSO_ADDS": [r"ainsi que"],
    "STAGE": [r"étape|(?:premier|deuxième|troisième|dernier) jour"],
    "THAT": [r"que"],
    "IN_EXCHANGE_FOR": [r"en échange d|contre (?=\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent)"],
    "FORMULA": [r"formule|format"],
    "COMPLETED": [r"achevé|terminé"],
    "WITH": [r"avec"],
    "ADDITIONAL": [r"ainsi que|en outre|aussi"],
    # "another 84 came home": a word before a count that adds it to people already named
    "ANOTHER_BEFORE": [r"de nouveau|à nouveau"],
    # "Ukraine got 230, Russia in turn 248": a word after the second party that sets it against the first
    "IN_TURN": [r"de son côté|quant à elle|quant à lui|pour sa part|à son tour"],
    # "Kyiv got 103 back, Moscow likewise 103": a word after the second party that repeats the first's verb
    "LIKEWISE": [r"aussi|également|de même"],
    # "..., while Russia 248 received": a conjunction that sets a second party against the first
    "WHILE": [r"tandis que|alors que"],
    # "in all 230 were freed, in return Kyiv handed over 248": the other half of one swap
    "IN_RETURN": [r"en échange|en retour|en contrepartie"],
    "BESIDES": [r"en outre|de plus|par ailleurs"],
    "AMONG": [r"parmi|parmi les|entre"],  # "parmi les 95 soldats libérés" names the whole group
    "OF_WHOM": [r"dont"],
    "AMONG_THEM": [r"parmi eux"],
    "PARTITIVE": [r"d'entre"],
    "SUPERLATIVE": [r"plus grand\w*|premi\w*"],
    "IN_ALL": [r"au total|en tout"],
    "ONE_EXCHANGE": [r"échange"],
    "THIS_EXCHANGE": [r"\b(?:lors de|dans le cadre de|au cours de) (?:cet|ce dernier|l\'actuel|"
                      r"l\'échange d\'aujourd\'hui)\s*(?:échange)?"],
    "HELD_SINCE": [r"détenue?s?|retenue?s?|en captivité"],
    "HELD_AT": [r"en"],
    "FROM_CAPTIVITY": [r"de\s+(?:[^\W\d_]+\s+)?captivité"],
    "MEDIATED": [r"sous (?:la )?médiation"],
    # a link to another story inside the body
    "TEASER": [r"à lire aussi|lire aussi|voir aussi|à voir aussi|sur le même sujet"],
    "REPLY": [r"en échange|en retour"],  # the other side's answer in a swap
}

# Ordinal words, read by extractor/ordinals.py: units 1-9, teens 10-19, tens 20-90 and how they join
ORDINALS: dict = {
    "units": ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
              "neuvième"],
    "teens": ["dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième", "dix-septième",
              "dix-huitième", "dix-neuvième"],
    "tens": ["vingtième", "trentième", "quarantième", "cinquantième", "soixantième", "soixante-dixième",
             "quatre-vingtième", "quatre-vingt-dixième"],
    "tens_cardinal": ["vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt",
                      "quatre-vingt"],
    "joiners": ["-", "-et-"], "suffix": "",
}
