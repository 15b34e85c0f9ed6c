"""Portuguese: the words Portuguese reports use for captives, handovers, plans, totals and captivity states."""

from __future__ import annotations

from extractor.lexicons._forms import Forms, finite, future, participle, verb

TERMS: dict[str, list[str]] = {
    "PERSON": [
        r"\b(?:prisioneiros|pessoas|civis|reféns|detidos|russos|homens|mulheres|crianças|cidadãos|combatentes|"
        r"arménios|azerbaijanos|norte-americanos|iemenitas|sauditas|venezuelanos|palestinianos|israelitas|"
        r"israelenses|marinheiros|sequestrados|guardas|jornalistas|guerreiros|heróis|prisioneiras|detidas|ucranianas|"
        r"russas|cidadãs|palestinianas|palestinas|presas|sequestradas)\b",
        r"\b(?:oficiais|sargentos|feridos(?: graves)?|médicos|mercenários|fuzileiros|rebeldes|insurgentes|milicianos|"
        r"guerrilheiros|paramilitares)\b",
    ],
    "BODY": [r"\bcorpos\b"],
    "RETURN": [
        r"\b(?:trocad\w*|troca\w*|devolvid\w*|entregues|liberou|libertou|regressaram|voltaram|recebe\w*|"
        r"libertad[oa]s|libertação|solt[oa]s|soltaram|soltou|soltura|regressad[oa]s|trazid[oa]s|de volta|para casa|"
        r"a casa|resgatad\w*|liberaram|obteve|obtiveram)",
        r"em troca",
        r"\b(?:libert\w*|em liberdade|devolv\w*|voltar\w*|voltou|voltam|repatri\w*|transferid[oa]s|"
        r"trouxe\w*)",
        # every tense and voice of the handover verbs, spelled by the conjugation helper
        verb("pt", "ar", "libert", "liber", "regress", "volt", "repatri", "troc", "resgat", "entreg", "sol"),
        verb("pt", "er", "devolv", "receb"), r"\b(?:post[oa]s em liberdade|libert[oa]s)\b",
    ],
    "PLAN_BEFORE": [
        r"\blistas? (?:de|com)\b",
        r"\b(?:prevê|preveem|prevêem|previa|previam|previst[oa]s?)\b",
        r"\b(?:acordaram|concordaram|comprometeram|comprometem|comprometeu|deverão|deverá|propôs|vão|vai|irá)\b",
        # the future passive: "serão libertados 500 prisioneiros"
        r"\b(?:serão|será|devem ser|deve ser)\b",
        future("pt", "ar", "libert", "liber", "repatri", "troc", "entreg", "sol"), future("pt", "er", "devolv"),
    ],
    # a time still to come: "next week Russia frees 84" (a plan word even across a comma)
    "FUTURE_TIME": [r"\b(?:na próxima semana|nos próximos dias)\b"],
    "PLAN_AFTER": ["serão|deverão ser|devem ser|vão ser"],
    # "According to him, 1,000 bodies were handed over": a sentence that goes on telling the one before
    "SEQUEL": [
        r"\b(?:segundo (?:ele|ela|eles)|de acordo com (?:ele|ela))\b",
        r"\b(?:(?:acrescentou|afirmou|precisou) (?:que|o|a))\b",
    ],
    # "carried out a 95-for-95 exchange": the swap named by its size has happened (not only been agreed)
    "CARRIED_OUT": [r"\b(?:realizaram|realizou|efetuaram|efetuou|se realizou)\b"],
    "EARLIER": [
        r"\bantes disso\b",
        # the pluperfect with "already": "já tinham trocado"
        r"\b(?:(?:tinham|tinha) já|já (?:tinham|tinha|haviam|havia))\b",
        r"\búltima troca (?:ocorreu|decorreu|teve lugar|aconteceu|realizou-se)",
        r"\b(?:recorde-se|vale lembrar|lembre-se|recorde-se que)\b",
    ],
    "SUBGROUP_BEFORE": [
        r"\b(?:incluindo|entre eles|dos quais|dentre)\b",
        r"\b(?:das quais|entre elas|incluídos|incluídas|entre os quais|entre as quais)\b",
        r"\bentre (?:os|as) (?:libertad[oa]s|solt[oa]s|repatriad[oa]s|resgatad[oa]s|trocad[oa]s)\b",
    ],
    "SUBGROUP_AFTER": ["deles|delas"],
    "MISSING": [
        r"\bdesaparecid[oa]s|paradeiro desconhecido",
        r"\b(?:paradeiro|destino)\b(?=[^.;]{0,90}\b(?:desconhecid|se ignora))",
    ],
    "DIED": [
        r"\b(?:executad[oa]s|execuções)\b",
        r"\b(?:morreram|morreu|mort[oa]s|falece\w*|faleci\w*|perderam a vida)\b"],
    "CAPTIVITY": [r"\b(?:cativeiro|prisioneiros de guerra)", r"\b(?:custódia|prisão|prisões)"],
    "HELD": [
        r"\b(?:em cativeiro|detid[oa]s|pres[oa]s)",
        r"\b(?:nas|em) mãos\b",
        # "A Rússia mantém cerca de 8 mil ucranianos como prisioneiros": keeping people as captives holds them
        r"\b(?:mantém|mantêm|mantidos|mantidas) (?:\S+ ){0,8}?(?:como |em )?"
        r"(?:prisioneiros|presos|cativos|reféns|em cativeiro|detidos)\b",
        r"\bem poder d[ae]\b|\b(?:continuam|permanecem) (?:\w+ )?(?:pres[oa]s|detid[oa]s|em cativeiro|na prisão|"
        r"prisioneir[oa]s|cativ[oa]s|reféns)\b",
        r"\bfundo de (?:troca|intercâmbio)\b",
        r"\bem (?:\w+ ){0,2}(?:prisões|cadeias|campos)\b",
    ],
    "HOLDS_COUNT": [r"tem|têm|tinha|possui"],
    "CAPTURED": [r"capturad[oa]s?"],
    "SINCE_WAR": [
        r"\baté (?:ao|o) final de \d{4}\b|\bno final de \d{4}\b",
        r"(?:desde então|desde o início da (?:guerra|invasão)|desde 2022|no total|ao todo|desde que a rússia invadiu|"
        r"até agora|até hoje)",
        r"desde o (?:início|começo|inicio) d[ao] (?:\w+ ){0,2}?(?:guerra|invasão|conflito|ofensiva)|"
        r"desde (?:fevereiro de )?2022|até (?:ao|o) momento|até à data",
    ],
    "FEBRUARY": ["fevereiro"],
    "YEAR_LIMITED": [
        r"\btrocas (?:de|em) \d{4}\b",
        r"\bno último ano\b",
        r"(?:este ano|no ano de \d{4})"],
    "LIMITED": [
        r"\b(?:desde as (?:\w+ )?negociações|ao abrigo dos acordos)",
        "este ano"],
    "EXCHANGE_NOUN": [r"\b(?:trocas?|permutas?)\b"],
    "FOR_EACH": ["por"],
    "EACH_AFTER": [
        r"cada(?=\s*[,;).]|\s*$)",
        "cada uma|cada um|de cada lado|de cada parte|para cada lado|por cada lado"],
    "EACH_BEFORE": ["cada", "cada um dos lados|ambos os lados"],
    "BOTH_SIDES": [r"envolv\w*|de ambos os lados|dos dois lados"],
    "MUTUAL_VERB": ["trocam|trocaram"],
    "CASUALTY": [r"\b(?:mort[oa]s|ferid[oa]s)"],
    "TOTAL_NOUN": ["número"],
    "TOTAL_REACHES": ["chegou a|chega a|é de|ultrapassa(?: os)?",
                      "ultrapassou(?: os)?|supera(?: os)?|(?:é )?estimado em|ascende a"],
    "OVER_DAYS": [r"\b(?:em|durante|nos|ao longo de|ao longo dos) (?:os )?(?:dois|três|quatro|vários|\d+) dias"],
    "NOT_COUNT": [
        r"anos|dias|horas|meses|quilômetros",
        r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    ],
    "NOT_COUNT_STEM": ["lados"],
    "BODY_BEFORE": [r"(?:corpos|restos mortais)(?: de| dos)?(?: outros)?(?: mais de)?"],
    # "and Russia got those of 19": a pronoun standing for the body noun of a count named before
    "BODY_PRONOUN": [r"os de|as de|os dos|as dos"],
    "PERCENT": ["por ?cento"],
    "MORE_FEWER": ["a mais|a menos"],
    "THAN": ["que|do que"],
    "OWN_PEOPLE": ["dos seus"],
    "OWN_THEIR": ["dos seus|de seus|os seus"],
    "PARTITIVE": [r"dos(?! seus)|das(?! suas)|dentre"],
    "RU_FRAME": [r"operação militar especial"],
    "CURRENCY_BEFORE": [r"\beur|\busd|\br\$"],
    "AGE_AFTER": [r" anos\b"],
    "FALLEN": ["caídos|tombados"],
    "SPEAKER_UA": [r"zelensk\w*|quartel-general de coordenação|lubinets"],
    "MORE_WORDS": ["mais"],
    "RECEIVE_VERB": ["recebeu|obteve|o regresso|receberam|recuperou|recuperaram"],
    "GIVE_VERB": ["libertou|entregou|libertaram|entregaram|soltou|soltaram"],
    "OUR": [r"\bnossos\b"],
    "SPEAKER_RU": [r"ministério da defesa russo|ministério da defesa da rússia|ministério russo da defesa"],
    "HELD_SO_FAR": ["realizou|realizaram"],
    "SO_FAR": [r"\b(?:até agora|até hoje|até ao momento|até o momento|até à data)\b"],
    "EXCHANGES_DONE": [r"(?:já )?(?:permitiram|trouxeram|libertaram|devolveram)"],
    "NTH_TIME": [r"vez"],
    "TIMES": [r"vezes|ocasiões"],
    "EXECUTION": [r"\b(?:execut\w+|execuç\w+|fuzilad\w+)"],
    "CAPTIVE_NOUN": [r"\b(?:prisioneiros|cativos|detidos|reféns|rendid\w+)\b"],
    # "the bodies of two hostages": people an armed group took, so the other side's (extractor.sides)
    "HOSTAGE": [r"\b(?:reféns|refém)\b"],
    # "eight Japanese it abducted had died": people taken by force are captives (extractor.kinds)
    "ABDUCTED": [r"\b(?:sequestr\w*|raptad\w*|rapto)"],
    "AWAIT": [r"\b(?:esperam|aguardam) (?:ainda )?(?:a |pela |sua |o |pelo )?(?:libertação|regresso|retorno|troca)"],
    "TOTAL_GROWS": [r"\b(?:número|total)\b[^.;]{0,70}?(?:chega a|chegou a|sobe para|subiu para|ascende a|eleva para)",
                    r"\b(?:eleva|elevou|elevando|sobe|subiu)\s+para"],
    "RUNNING_WORK": [r"\b(?:no âmbito do trabalho|graças ao trabalho|"
                     r"graças aos esforços) do (?:\w+\s+){0,2}?(?:quartel-general|estado-maior)"],
    "THIS_MONTH": ["este mês|esta semana"],
    "FINITE_RETURN": [
        r"\ba caminho de casa\b",
        r"\b(?:foram|têm sido|tinham sido) (?:\w+ )?(?:libertad[oa]s|liberad[oa]s|entregues|trocad[oa]s|repatriad[oa]s|"
        r"devolvid[oa]s|solt[oa]s)|\b(?:regressaram|voltaram|retornaram) (?:a casa|para casa|ao país)\b",
        finite("foram|têm sido|tinham|têm|haviam|são",
               participle("pt", "ar", "libert", "liber", "regress", "volt", "repatri", "troc", "resgat"),
               participle("pt", "er", "devolv"), r"solt[oa]s|entregues"),
    ],
}

# nationality words (lower-case stems) → ISO 3166 code of the people they name
NATIONALITY = {
    "UA": "ucranian",
    "RU": r"russos?\b|(?:moradores|residentes|habitantes) d[ae] (?:região de )?kursk",
    "IL": "israelense",
    "YE": "iemenit",
    "SA": "saudita",
    "SD": "sudanes",
    "LY": "líbio",
    "IR": "iraniano",
    "SY": "sírio",
    "JP": "japonês",
    "VE": "venezuelan",
    "ET": r"etíope",
    "CO": r"colombian",
    "US": r"norte-american|estadunidense",
}
# country names and "the X side" → ISO 3166 code
COUNTRY = {
    "UA": r"\bucrânia\b",
    "RU": r"\brússia\b|\bmoscovo\b|\bmoscou\b",
    "SD": r"\bsudão\b",
    "ET": r"\betiópia\b",
    "YE": r"\biêmen\b|\biémen\b",
    "CO": r"\bcolômbia\b",
}

# Armed groups inside one country's civil war (not a state at war with another): the people both sides free
# are that country's ("the Houthis freed 120 prisoners for 50 of the government's": Yemenis both)
ARMED_GROUP = {
    "YE": r"\bhouthis?\b|\bhutis?\b",
    "CO": r"\beln\b|\bfarc\b",
    "SD": r"\brsf\b|\bforças de apoio rápido\b",
    "ET": r"\btplf\b",
}

HEDGES = ("mais de", "quase", "pelo menos", "cerca de", "aproximadamente", "aprox.", "por volta de", "em torno de",
          "perto de", "ao menos", "no mínimo", "acima de", "mais do que", "uns", "umas")

NUMBER_WORDS = Forms()
NUMBER_WORDS.add(1, "u", "um", "uma")
NUMBER_WORDS.add(2, "u", "dois", "duas")
NUMBER_WORDS.add(3, "u", "três")
NUMBER_WORDS.add(4, "u", "quatro")
NUMBER_WORDS.add(5, "u", "cinco")
NUMBER_WORDS.add(6, "u", "seis")
NUMBER_WORDS.add(7, "u", "sete")
NUMBER_WORDS.add(8, "u", "oito")
NUMBER_WORDS.add(9, "u", "nove")
NUMBER_WORDS.add(10, "u", "dez")
for _v, _w in zip(range(11, 16), ["onze", "doze", "treze", "catorze", "quinze"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(14, "u", "quatorze")
# European Portuguese spells 16, 17 and 19 with "-as-" / "-a-": "dezasseis", "dezassete", "dezanove"
NUMBER_WORDS.add(16, "u", "dezasseis")
NUMBER_WORDS.add(17, "u", "dezassete")
NUMBER_WORDS.add(19, "u", "dezanove")
for _v, _w in zip(range(16, 20), ["dezesseis", "dezessete", "dezoito", "dezenove"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
for _v, _w in zip(range(20, 100, 10), ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta",
                                       "noventa"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(100, "u", "cem", "cento")
for _v, _w in zip(range(200, 1000, 100), ["duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos",
                                          "setecentos", "oitocentos", "novecentos"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w, _w[:-2] + "as")
NUMBER_WORDS.add(1000, "k", "mil")
NUMBER_WORDS.add(1_000_000, "m", "milhões", "milhão")
CONNECTORS = ("e",)
WEAK = ("um", "uma", "mil")
# a scale word that alone is its number ("mil corpos": a thousand bodies; "milhares" says "thousands")
ALONE = ("mil",)
# collective numerals name a round, approximate count: "uma centena de prisioneiros", "um milhar"
for _v, _w in ((10, "dezena"), (12, "dúzia"), (20, "vintena"), (30, "trintena"), (50, "cinquentena"),
               (100, "centena"), (1000, "milhar")):
    NUMBER_WORDS.add(_v, "u", _w)
# "a libertação dos prisioneiros": the contraction of "de os" is not Spanish "dos" (two) in a Portuguese text
NOT_NUMBER_WORDS = ("dos",)


# Function words and phrases the grammar patterns of ``figures``, ``plans``, ``groups``, ``kinds``, ``heads``,
# ``totals`` and ``sides`` read (concept name → this language's alternatives, merged like TERMS).
GRAMMAR: dict[str, list[str]] = {
    "STILL": [r"ainda|continuam|continua"],
    # "1,000 more remained on the list": people a count names as not (yet) come home
    "REMAIN": [r"permanecem|continuam|restam"],
    "WOUNDED": [r"ferid[oa]s"],
    "RELEASE_OF": [r"regresso de|libertação de"],
    "ALSO_ADDS": [r"assim como|bem como"],
    "STAGE": [r"etapa|fase|(?:primeiro|segundo|terceiro|último) dia"],
    "THAT": [r"que"],
    "IN_EXCHANGE_FOR": [r"em troca de"],
    "FORMULA": [r"fórmula|formato|esquema"],
    "COMPLETED": [r"concluíram|completaram"],
    "WITH": [r"com"],
    "ADDITIONAL": [r"também|outros|além disso"],
    # "another 84 came home": a word before a count that adds it to people already named
    "ANOTHER_BEFORE": [r"outros|outras|mais"],
    # "Ukraine got 230, Russia in turn 248": a word after the second party that sets it against the first
    "IN_TURN": [r"por sua vez|por seu lado|por sua parte"],
    # "Kyiv got 103 back, Moscow likewise 103": a word after the second party that repeats the first's verb
    "LIKEWISE": [r"também|igualmente"],
    # "..., while Russia 248 received": a conjunction that sets a second party against the first
    "WHILE": [r"enquanto"],
    # "in all 230 were freed, in return Kyiv handed over 248": the other half of one swap
    "IN_RETURN": [r"em troca|em contrapartida"],
    "BESIDES": [r"além disso|também"],
    "AMONG": [r"entre|dentre"],
    "OF_WHOM": [r"dos quais|das quais"],
    "AMONG_THEM": [r"entre eles"],
    "SUPERLATIVE": [r"maior"],
    "IN_ALL": [r"no total|ao todo"],
    "ONE_EXCHANGE": [r"troca"],
    "THIS_EXCHANGE": [r"\b(?:nesta|na última|na atual|durante esta|na) troca(?: de hoje)?\b"],
    "HELD_SINCE": [r"mantid[oa]s|detid[oa]s?|em cativeiro"],
    "HELD_AT": [r"em"],
    "FROM_CAPTIVITY": [r"(?:de|da|do)\s+(?:[^\W\d_]+\s+)?cativeiro"],
    "MEDIATED": [r"com a mediação"],
    # a link to another story inside the body
    "TEASER": [r"leia (?:também|mais)|veja também|saiba mais|confira também"],
    "REPLY": [r"em troca|em resposta"],  # the other side's answer in a swap
}

# Ordinal words, read by extractor/ordinals.py: units 1-9, teens 10-19, tens 20-90 and how they join
ORDINALS: dict = {
    "units": ["primeir", "segund", "terceir", "quart", "quint", "sext", "sétim", "oitav", "non"],
    "teens": ["décim", "décimo primeir", "décimo segund", "décimo terceir", "décimo quart", "décimo quint",
              "décimo sext", "décimo sétim", "décimo oitav", "décimo non"],
    "tens": ["vigésim", "trigésim", "quadragésim", "quinquagésim", "sexagésim", "septuagésim", "octogésim",
             "nonagésim"],
    "tens_endings": ["o", "a"], "joiners": [" "], "suffix": r"(?:o|a|os|as)",
}
