"""Spanish: the words Spanish reports use for captives, handovers, plans, totals and captivity states."""

from __future__ import annotations

from extractor.lexicons._forms import Forms, finite, future, participle, verb

TERMS: dict[str, list[str]] = {
    "PERSON": [
        r"\b(?:prisioneros|soldados|militares|personas|civiles|rehenes|detenidos|ucranianos|rusos|presos|cautivos|"
        r"palestinos|israelíes|hombres|mujeres|niños|defensores|ciudadanos|combatientes|armenios|azerbaiyanos|"
        r"estadounidenses|americanos|yemeníes|hutíes|houthis|saudíes|venezolanos|colombianos|marinos|efectivos|"
        r"uniformados|compatriotas|reos|secuestrados|guardias|periodistas|guerreros|héroes|prisioneras|detenidas|"
        r"ucranianas|rusas|ciudadanas|palestinas|secuestradas|presas|cautivas)\b",
        r"\b(?:oficiales|suboficiales|sargentos|heridos(?: graves)?|médicos|mercenarios|marines|rebeldes|insurgentes|"
        r"milicianos|guerrilleros|paramilitares)\b",
    ],
    "BODY": [r"\b(?:cuerpos|cadáveres|restos)\b"],
    "RETURN": [
        r"\b(?:liberad\w*|intercambi\w*|canje\w*|regres\w*|devuelt\w*|entreg\w*|repatriad\w*|libertad\w*|liberó|"
        r"recuper\w*|canjea\w*|volvieron|volver|de vuelta|retornaron|excarcelad\w*|trasladad\w*|recibi\w*|"
        r"vuelven|vuelvan|volvió|a casa|rescatad\w*|de regreso|liberaron|obtuvo|obtuvieron)",
        r"a cambio",
        r"\b(?:liberar\w*|liberan|libera\b|repatrió|repatriaron|recib\w*|devolvi\w*|devuelv\w*|retorn\w*)",
        # every tense and voice of the handover verbs, spelled by the conjugation helper
        verb("es", "ar", "liber", "regres", "repatri", "entreg", "intercambi", "canje", "rescat", "excarcel",
             "retorn", "recuper"),
        verb("es", "er", "devolv", "recib"), r"\b(?:vuelt[oa]s?|devuelt[oa]s?|puest[oa]s en libertad)\b",
    ],
    "PLAN_BEFORE": [
        r"\blistas? (?:de|con)\b",
        r"\b(?:acordaron|acuerdan|acordado|comprometieron|comprometen|deberán|deberá|propuso|propone|dispuest\w*|"
        r"prevé|prevén|preveía|preveían|previst[oa]s?|irán)\b",
        # the future passive: "serán liberados 500 prisioneros"
        r"\b(?:serán|será|deberían|debería|van a ser)\b",
        future("es", "ar", "liber", "repatri", "entreg", "canje", "excarcel"), future("es", "er", "devolv"),
    ],
    # a time still to come: "next week Russia frees 84" (a plan word even across a comma)
    "FUTURE_TIME": [r"\b(?:la próxima semana|en los próximos días)\b"],
    "PLAN_AFTER": ["serán|deberán ser|deberían ser|van a ser"],
    # "According to him, 1,000 bodies were handed over": a sentence that goes on telling the one before
    "SEQUEL": [r"\b(?:según (?:él|ella|ellos|dijo)|(?:añadió|agregó|precisó) (?:que|el|la))\b"],
    # "carried out a 95-for-95 exchange": the swap named by its size has happened (not only been agreed)
    "CARRIED_OUT": [r"\b(?:realizaron|realizó|llevaron a cabo|llevó a cabo|efectuaron|efectuó|se realizó)\b"],
    "EARLIER": [
        r"\b(?:antes de eso|antes de ello)\b",
        # the pluperfect with "already": "ya habían canjeado otros 400"
        r"\b(?:(?:habían|había) ya|ya (?:habían|había))\b",
        r"\b(?:anterior\w*|como se informó|la última vez|"
        r"último (?:intercambio|canje) (?:se produjo|tuvo lugar|fue|se realizó|se celebró))",
        r"\b(?:cabe recordar|recordemos|como se recordará)\b",
    ],
    "SUBGROUP_BEFORE": [
        r"\b(?:entre ellos|entre los|incluidos|de ellos)\b",
        r"\b(?:de los cuales|de las cuales|entre ellas|incluidas|incluyendo|entre los que|entre las que|"
        r"entre los cuales|entre las cuales)\b",
    ],
    "SUBGROUP_AFTER": ["de ellos|de ellas"],
    "MISSING": [
        r"\bdesaparecid|paradero desconocido",
        r"\b(?:paradero|destino)\b(?=[^.;]{0,90}\b(?:desconoc|se ignora))",
    ],
    "DIED": [
        r"\b(?:muert[oa]|ejecutad[oa]s|ejecuciones)\b",
        r"\b(?:murieron|murió|muert[oa]s|falleci\w*|perdieron la vida|hasta la muerte)\b"],
    "CAPTIVITY": [r"\b(?:cautiverio|prisioneros de guerra)", r"\b(?:custodia|cárcel\w*|prisiones)"],
    "HELD": [
        r"\b(?:retenid[oa]s|en cautiverio)",
        r"\ben manos\b",
        # "Rusia mantiene a unos 8.000 ucranianos como prisioneros": keeping people as captives holds them
        r"\b(?:mantiene|mantienen|mantenidos) (?:\S+ ){0,8}?(?:como |en )?"
        r"(?:prisioneros|presos|cautivos|rehenes|en cautiverio|detenidos)\b",
        r"\ben poder de\b|\b(?:siguen|permanecen) (?:\w+ )?(?:presos|detenidos|cautivos|en cautiverio|en prisión|"
        r"prisioneros|rehenes|secuestrados)\b",
        r"\bfondo de (?:intercambio|canje)\b",
        r"\ben (?:\w+ ){0,2}(?:cárceles|prisiones|campos)\b",
        r"\bretien(?:e|en)\b|\bretenía(?:n)?\b",
    ],
    "HOLDS_COUNT": [r"tiene|tienen|tenía|cuenta con"],
    "CAPTURED": [r"capturad[oa]s?"],
    "SINCE_WAR": [
        r"\b(?:para|a|hasta) finales de \d{4}\b|\bal cierre de \d{4}\b",
        r"(?:desde entonces|desde el (?:inicio|comienzo) de la (?:invasión|guerra)|desde (?:febrero de )?2022|"
        r"en total|hasta ahora|hasta la fecha|desde que rusia invadió|"
        r"desde que (?:empezó|comenzó|inició) la (?:invasión|guerra))",
        r"desde el (?:inicio|comienzo|estallido|principio) de la (?:\w+ ){0,2}?(?:invasión|guerra|ofensiva)|"
        r"desde el (?:inicio|comienzo|estallido|principio) del conflicto|hasta el momento|"
        r"en lo que va de (?:la )?guerra",
    ],
    "FEBRUARY": ["febrero"],
    "YEAR_LIMITED": [
        r"\b(?:canjes|intercambios) (?:de|del|en) (?:el año )?\d{4}\b",
        r"\ben el último año\b",
        r"(?:desde (?:principios|inicios) de año|este año|en el año \d{4})"],
    "LIMITED": [
        r"\b(?:desde las (?:\w+ )?(?:negociaciones|conversaciones)|al amparo de los acuerdos)",
        r"(?:desde (?:principios|inicios) de año|este año)"],
    "EXCHANGE_NOUN": [r"\b(?:intercambios?|canjes?)\b"],
    "FOR_EACH": ["por"],
    "EACH_AFTER": [
        r"cada(?=\s*[,;).]|\s*$)",
        "cada una|cada uno|de cada lado|de cada parte|de cada|por cada bando|por bando|por cada lado|"
                   "por cada parte"],
    "EACH_BEFORE": ["cada", "cada uno de los (?:bandos|lados)|ambos (?:bandos|lados)"],
    "BOTH_SIDES": [
        "entre ambos",
        r"participaron|involucr\w*|de ambos lados|de ambos bandos"],
    "MUTUAL_VERB": ["intercambian|intercambiaron|intercambiado|canjearon|canjeado"],
    "CASUALTY": [r"\b(?:muert[oa]s|herid[oa]s)"],
    "TOTAL_NOUN": ["número|cifra"],
    "TOTAL_REACHES": ["alcanzó|alcanza|asciende a|se eleva a",
                      "es de|supera(?: los)?|superó(?: los)?|se estima en|estimad[oa] en"],
    "OVER_DAYS": [r"\b(?:en|durante) (?:los )?(?:dos|tres|cuatro|varios|\d+) días"],
    "NOT_COUNT": [
        r"por ciento|años|días|horas|meses|kilómetros|drones|misiles|euros",
        r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    ],
    "NOT_COUNT_STEM": ["partes|lados"],
    "BODY_BEFORE": [r"(?:cuerpos|restos(?: mortales)?)(?: de)?(?: los)?(?: otros)?(?: más de)?"],
    # "and Russia got those of 19": a pronoun standing for the body noun of a count named before
    "BODY_PRONOUN": [r"los de|las de|los de otros"],
    "FALLEN": ["caídos"],
    "PERCENT": ["por ?ciento"],
    "MORE_FEWER": ["más|menos"],
    "THAN": ["que|del que|de lo"],
    "OWN_PEOPLE": ["de los suyos"],
    "MORE_WORDS": ["más"],
    "RECEIVE_VERB": ["recibió|recuperó|obtuvo|el regreso de|recibieron|recuperaron"],
    "GIVE_VERB": ["liberó|entregó|liberaron|entregaron|excarceló|excarcelaron"],
    "OWN_THEIR": ["de sus"],
    "OUR": [r"\bnuestros\b"],
    "SPEAKER_RU": [r"ministerio de defensa ruso|ministerio de defensa de rusia|ministerio ruso de defensa"],
    "SPEAKER_UA": [r"zelenski\w*|cuartel general de coordinación|lubinets"],
    "HELD_SO_FAR": ["ha realizado|han realizado|llevado a cabo"],
    "SO_FAR": [r"\b(?:hasta ahora|hasta la fecha|hasta el momento|hasta hoy)\b"],
    "EXCHANGES_DONE": [r"han (?:permitido|devuelto|liberado|traído)"],
    "NTH_TIME": [r"vez"],
    "TIMES": [r"veces|ocasiones"],
    "EXECUTION": [r"\b(?:ejecut\w+|fusilad\w+)"],
    "CAPTIVE_NOUN": [r"\b(?:prisioneros|cautivos|detenidos|rehenes|rendid\w+)\b"],
    # "the bodies of two hostages": people an armed group took, so the other side's (extractor.sides)
    "HOSTAGE": [r"\b(?:rehenes|rehén)\b"],
    # "eight Japanese it abducted had died": people taken by force are captives (extractor.kinds)
    "ABDUCTED": [r"\b(?:secuestr\w*)"],
    "AWAIT": [r"\b(?:esperan|aguardan) (?:todavía |aún )?(?:su |la )?(?:liberación|regreso|retorno|canje)"],
    "TOTAL_GROWS": [r"\b(?:número|total|cifra)\b[^.;]{0,70}?(?:alcanza|alcanzó|asciende a|ascendió a|sube a|subió a|"
                    r"eleva a|elevó a)",
                    r"\b(?:eleva|elevó|elevando|sube|subió)\s+(?:a|hasta)"],
    "RUNNING_WORK": [r"\b(?:como parte del trabajo|gracias al trabajo|"
                     r"gracias a los esfuerzos) del (?:\w+\s+){0,2}?(?:cuartel general|estado mayor)"],
    "THIS_MONTH": ["este mes|esta semana"],
    "FINITE_RETURN": [
        r"\b(?:de camino a casa|rumbo a casa)\b",
        r"\b(?:fueron|han sido|habían sido) (?:\w+ )?(?:liberad[oa]s|entregad[oa]s|canjead[oa]s|intercambiad[oa]s|"
        r"repatriad[oa]s|excarcelad[oa]s|devuelt[oa]s)|\b(?:regresaron|volvieron|retornaron) (?:a casa|a su país)\b",
        finite("han sido|habían sido|fueron|han|habían|son",
               participle("es", "ar", "liber", "regres", "repatri", "entreg", "canje", "excarcel", "retorn"),
               r"vuelt[oa]s?|devuelt[oa]s?"),
    ],
}

# nationality words (lower-case stems) → ISO 3166 code of the people they name
NATIONALITY = {
    "UA": "ucranian|fuerzas armadas de ucrania",
    "RU": r"rusos?\b|(?:residentes|habitantes|vecinos) de (?:la región de )?kursk",
    "US": "americanos?",
    "IL": "israelí",
    "PS": "palestino",
    "AM": "armenio",
    "AZ": "azerbaiyano",
    "TH": "tailandés",
    "KP": "norcoreano",
    "BY": "bielorruso",
    "GE": "georgiano",
    "GB": "británico",
    "DE": "alemán",
    "FR": "francés",
    "YE": "yemení",
    "SA": "saudí",
    "SD": "sudanés",
    "LY": "libio",
    "IR": "iraní",
    "SY": "sirio",
    "JP": "japonés",
    "CO": "colombiano",
    "NG": "nigeriano",
    "ML": "maliense",
    "KH": "camboyano",
    "TR": "turco",
    "VE": "venezolan",
    "ET": r"etíope",
}
# country names and "the X side" → ISO 3166 code
COUNTRY = {
    "UA": r"parte ucraniana|\bucrania\b",
    "RU": r"parte rusa|\brusia\b|\bmoscú\b",
    "US": r"\bestados unidos\b",
    "SA": r"\barabia saudí\b",
    "LY": r"\blibia\b",
    "JP": r"\bjapón\b",
    "VE": r"\bvenezuela\b",
    "SD": r"\bsudán\b",
    "ET": r"\betiopía\b",
    "CO": r"\bcolombia\b",
    "YE": r"\byemen\b",
}

# Armed groups inside one country's civil war (not a state at war with another): the people both sides free
# are that country's ("the Houthis freed 120 prisoners for 50 of the government's": Yemenis both)
ARMED_GROUP = {
    "YE": r"\bhut[ií]es\b|\bhouthis?\b",
    "CO": r"\bejército de liberación nacional\b|\beln\b|\bfarc\b",
    "SD": r"\bfuerzas de apoyo rápido\b|\brsf\b",
    "ET": r"\btplf\b|\bfplt\b",
}

HEDGES = ("más de", "cerca de", "unos", "unas", "alrededor de", "casi", "al menos", "aproximadamente", "aprox.",
          "por lo menos", "en torno a", "poco más de", "más del", "como mínimo")

NUMBER_WORDS = Forms()
for _v, _w in enumerate(["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                         "once", "doce", "trece", "catorce", "quince"]):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(1, "u", "una")
for _v, _w in zip(range(16, 20), ["dieciséis", "diecisiete", "dieciocho", "diecinueve"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
for _v, _w in zip(range(20, 100, 10), ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
                                       "noventa"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
# 21-29 are one word: "veinticinco prisioneros"
for _v, _w in zip(range(21, 30), ["veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
                                  "veintisiete", "veintiocho", "veintinueve"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(21, "u", "veintiún", "veintiuna")
NUMBER_WORDS.add(100, "u", "cien", "ciento")
for _v, _w in zip(range(200, 1000, 100), ["doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
                                          "setecientos", "ochocientos", "novecientos"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w, _w[:-2] + "as")
NUMBER_WORDS.add(1000, "k", "mil")
NUMBER_WORDS.add(1_000_000, "m", "millones", "millón")
CONNECTORS = ("y",)
WEAK = ("una", "uno", "mil")
# a scale word that alone is its number ("mil cuerpos": a thousand bodies; "miles" says "thousands")
ALONE = ("mil",)
# collective numerals name a round, approximate count: "un centenar de prisioneros", "una veintena"
for _v, _w in ((10, "decena"), (12, "docena"), (20, "veintena"), (30, "treintena"), (50, "cincuentena"),
               (100, "centenar"), (1000, "millar")):
    NUMBER_WORDS.add(_v, "u", _w)


# Function words and phrases the grammar patterns of ``figures``, ``plans``, ``groups``, ``kinds``, ``heads``,
# ``totals`` and ``sides`` read (concept name → this language's alternatives, merged like TERMS).
GRAMMAR: dict[str, list[str]] = {
    "STILL": [r"todavía|siguen|sigue|aún"],
    # "1,000 more remained on the list": people a count names as not (yet) come home
    "REMAIN": [r"quedan|permanecen|siguen"],
    "WOUNDED": [r"herid[oa]s"],
    "RELEASE_OF": [r"retorno de|regreso de|liberación de"],
    "ALSO_ADDS": [r"así como"],
    "STAGE": [r"etapa|fase|(?:primer|segundo|tercer|último) día"],
    "THAT": [r"que"],
    "IN_EXCHANGE_FOR": [r"a cambio de"],
    "FORMULA": [r"fórmula|formato|esquema"],
    "COMPLETED": [r"terminaron|completaron|concluyeron"],
    "WITH": [r"con"],
    "ADDITIONAL": [r"además|también|otros"],
    # "another 84 came home": a word before a count that adds it to people already named
    "ANOTHER_BEFORE": [r"otros|otras"],
    # "Ukraine got 230, Russia in turn 248": a word after the second party that sets it against the first
    "IN_TURN": [r"por su parte|a su vez"],
    # "Kyiv got 103 back, Moscow likewise 103": a word after the second party that repeats the first's verb
    "LIKEWISE": [r"también|igualmente"],
    # "..., while Russia 248 received": a conjunction that sets a second party against the first
    "WHILE": [r"mientras que|mientras"],
    # "in all 230 were freed, in return Kyiv handed over 248": the other half of one swap
    "IN_RETURN": [r"a cambio|en contrapartida"],
    "BESIDES": [r"además|asimismo"],
    "AMONG": [r"entre|entre los"],
    "OF_WHOM": [r"de los cuales|de las cuales"],
    "AMONG_THEM": [r"entre ellos"],
    "PARTITIVE": [r"de los|de las|de entre"],
    "RU_FRAME": [r"operación militar especial"],
    "CURRENCY_BEFORE": [r"\beur|\busd"],
    "AGE_AFTER": [r" años\b"],
    "SUPERLATIVE": [r"mayor|primer\w*"],
    "IN_ALL": [r"en total|en conjunto"],
    "ONE_EXCHANGE": [r"canje|intercambio"],
    "THIS_EXCHANGE": [r"\b(?:en|durante) (?:este|el último|el actual|el) (?:canje|"
                      r"intercambio)(?: de hoy| de este \w+)?\b"],
    "HELD_SINCE": [r"[dr]etenid[oa]s?|en cautiverio"],
    "HELD_AT": [r"en"],
    "FROM_CAPTIVITY": [r"del?\s+(?:[^\W\d_]+\s+)?cautiverio"],
    "MEDIATED": [r"con la mediación"],
    # a link to another story inside the body
    "TEASER": [r"lea también|lee también|le puede interesar|te puede interesar|leer más|ver también|más información"],
    "REPLY": [r"a cambio|en respuesta"],  # the other side's answer in a swap
}

# Ordinal words, read by extractor/ordinals.py: units 1-9, teens 10-19, tens 20-90 and how they join
ORDINALS: dict = {
    "units": ["primer", "segund", "tercer", "cuart", "quint", "sext", "séptim", "octav", "noven"],
    "teens": ["décim", "undécim", "duodécim", "decimotercer", "decimocuart", "decimoquint", "decimosext",
              "decimoséptim", "decimoctav", "decimonoven"],
    "tens": ["vigésim", "trigésim", "cuadragésim", "quincuagésim", "sexagésim", "septuagésim", "octogésim",
             "nonagésim"],
    "tens_endings": ["o", "a"], "joiners": [" "], "suffix": r"(?:o|a|os|as)?",
}
