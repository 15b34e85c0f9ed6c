"""Polish: the words Polish reports use for captives, handovers, plans, totals and captivity states."""

from __future__ import annotations

from extractor.lexicons._forms import Forms, verb

TERMS: dict[str, list[str]] = {
    "PERSON": [
        r"\b(?:jeńc\w*|żołnierz\w*|wojskowych|osób|osoby|cywil\w*|zakładnik\w*|ukraińc\w*|rosjan\w*|więźni\w*|"
        r"obrońc\w*|obywatel\w*|ludzi|mężczyzn|kobiet|dzieci|bojownik\w*|marynarzy|pogranicznik\w*|wojskowi|"
        r"palestyńczyk\w*|izraelczyk\w*|amerykan\w*|gwardzist\w*|funkcjonariusz\w*|rodak\w*|ormian\w*|"
        r"azer(?:ów|zy|owie)\b|wenezuelczyk\w*)",
        r"\b(?:(?:ciężko )?rannych|medyków|dziennikarzy|mieszkańców|żołnierek|oficerów|sierżantów|szeregowych|"
        r"najemników|marines|rebeliantów|powstańców|partyzantów|bojówkarzy)\b",
    ],
    "BODY": [r"\b(?:ciał|zwłok|szczątk\w*)"],
    "RETURN": [
        r"\b(?:wróci\w*|uwolni\w*|wymian\w*|wymieni\w*|przekaza\w*|powróci\w*|odzyska\w*|zwolni\w*|"
        r"uwolnion\w*|otrzyma\w*|zwróci\w*|zwrócon\w*|zwrot\w*|"
        r"wypuszcz\w*|oddan\w*|oddano|repatriowan\w*|repatriacj\w*|do domu|w domu|przywi\w*|przywie\w*|sprowadz\w*|"
        r"na wolność|na wolności|powrot\w*|powrót|powrocie|trafil\w*|w zamian|wydał\w*|wydali|wydano|wydan[aey])",
        # every tense and voice of the handover verbs, spelled by the conjugation helper
        verb("pl", "a", "uwalni", "zwalni", "przekazyw", "wymieni", "odzyskiw"),
        verb("pl", "passive", "uwolni", "zwolni", "wymieni", "przekaz"),
    ],
    "PLAN_BEFORE": [
        r"\blist\w* (?:z|zawierając\w*)",
        r"\b(?:przewiduj\w*|przewidywa\w*|przewidzian\w*)\b",
        # the future: "zostaną uwolnieni", "będą wymienieni", and perfective verbs in the present form ("uwolni")
        r"\b(?:zostaną|zostanie|będą|będzie|zapowiedzia\w*|zapowiada\w*|uwolni|uwolnią|wymieni|wymienią|przekaże|"
        r"przekażą|odda|oddadzą|wrócą|powrócą|odzyskają)\b",
        r"\b(?:mają|ma zostać|mają zostać|zaproponował\w*|gotow\w*|uzgodni\w*|planuj\w*|chce)\b",
        # "Rosja ma uwolnić 500 jeńców": a modal before an infinitive (which ends in -ć)
        r"\b(?:ma|mają|powinn\w*|musi|muszą) (?:\w+ )?\w+ć\b",
        # ... and in the past: "Hamas miał także oddać zwłoki 28 zakładników" (was to hand over: not done yet)
        r"\b(?:miał|miała|mieli|miały) (?:\w+ )?\w+ć\b",
    ],
    # a time still to come: "next week Russia frees 84" (a plan word even across a comma)
    "FUTURE_TIME": [r"\b(?:w przyszłym tygodniu|w najbliższych dniach)\b"],
    "PLAN_AFTER": ["mają zostać|mają być|zostaną|zostanie|będą|będzie|ma zostać"],
    # "According to him, 1,000 bodies were handed over": a sentence that goes on telling the one before
    "SEQUEL": [r"\b(?:według (?:niego|niej|nich)|jak (?:dodał|dodała|zaznaczył|zaznaczyła))\b"],
    # "carried out a 95-for-95 exchange": the swap named by its size has happened (not only been agreed)
    "CARRIED_OUT": [r"\b(?:przeprowadził\w*|odbył\w*|dokonał\w*)"],
    "EARLIER": [
        r"\bprzedtem\b",
        r"\b(?:poprzedni\w*|wcześniej|jak informowaliśmy|ostatni\w* wymian\w* (?:odbył\w*|miał\w*))",
        r"\b(?:przypomnijmy|jak przypomina\w*)\b",
        r"\bostatnim razem\b|\bpoprzednim razem\b",
    ],
    "SUBGROUP_BEFORE": [
        r"\b(?:w tym|wśród nich|wśród|w gronie)\b",
        r"\b(?:z czego|spośród nich|spośród)\b",
    ],
    "SUBGROUP_AFTER": ["z nich"],
    "MISSING": [
        r"\bzagin\w*|\bbez wieści\b",
        r"\blos(?:y)?\b(?=[^.;]{0,90}\b(?:nieznan|niewyjaśnion))",
    ],
    "DIED": [
        r"\b(?:egzekucj\w*|rozstrzelan\w*)",
        r"\b(?:zamęczon\w*|zakatowan\w*)",  # tortured to death
             r"\b(?:zginęł\w*|zginął|zginęli|zmarł\w*|zmarli|zabit\w*|zabici|martw\w*|śmier[cć]\w*|nie przeżył\w*|"
             r"nie przeżyli)\b"],
    "CAPTIVITY": [r"\b(?:niewol\w*|jeńc\w*)", r"\b(?:areszt\w*|więzieni\w*)"],
    "HELD": [
        r"\b(?:w (?:\w+ )?niewoli|przetrzymywan\w*|przetrzymuj\w*|więzion\w*|przebywa\w* w)",
        r"\bw (?:\w+ )?rękach\b",
        r"\buwięzion\w*|\bw (?:\w+ )?(?:więzieniach|więzieniu|areszcie)\b",
        r"\bfundusz\w* (?:do )?wymiany\b",
        r"\bw (?:\w+ ){0,2}(?:obozach|koloniach karnych)\b",
        r"\bwięzi\b|\bwiężą\b",
    ],
    "HOLDS_COUNT": [r"ma|mają|miała|posiada"],
    "CAPTURED": [r"pojman\w*|wzię\w* do niewoli|(?:dostał\w*|dostali|trafił\w*|trafili) (?:się )?do niewoli"],
    "SINCE_WAR": [
        r"\bdo końca \d{4}\b|\bna koniec \d{4}\b",
        r"(?:od tego czasu|od (?:początku|rozpoczęcia) (?:pełnoskalowej |pełnowymiarowej )?(?:wojny|inwazji)|"
        r"od 2022|łącznie|w sumie|dotychczas|do tej pory|od (?:lutego )?2022)",
        r"od (?:początku|rozpoczęcia|wybuchu) (?:\w+ ){0,2}?(?:wojny|inwazji|agresji)|ogółem|do dzi(?:ś|siaj)|dotąd|"
        r"od (?:lutego )?2022|od 24 lutego",
    ],
    "FEBRUARY": ["lutego"],
    "YEAR_LIMITED": [
        r"\bwymiany w \d{4}\b",
        r"\bw ciągu ostatniego roku\b",
        r"(?:od początku roku|w tym roku|w \d{4} roku)"],
    "LIMITED": [
        r"\bod (?:\w+ )?rozmów",
        r"(?:od początku roku|w tym roku)"],
    "EXCHANGE_NOUN": [r"\bwymian\w*"],
    "FOR_EACH": ["za|na"],
    "EACH_AFTER": ["z każdej strony|z każdej ze stron|od każdej ze stron|po każdej stronie|z obu stron"],
    "EACH_BEFORE": ["po", "obie strony", "każda ze stron|każda strona"],
    "BOTH_SIDES": [r"uczestniczy\w*|z udziałem|z obu stron"],
    "MUTUAL_VERB": [r"wymieniają|wymienił\w*|wymienili|wymieniał\w*"],
    "CASUALTY": [r"\b(?:zabit\w*|rannych)"],
    "TOTAL_NOUN": ["liczba"],
    "TOTAL_REACHES": ["wyniosła|wynosi|sięga|przekracza|przekroczyła|(?:jest )?szacowana (?:jest )?na|szacuje się na"],
    "OVER_DAYS": [r"\b(?:w ciągu|przez) (?:\S+ )?dni"],
    "NOT_COUNT": [
        r"procent|lat|dni|godzin|miesięcy|kilometrów|dronów|rakiet|złotych|zł",
        r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
    ],
    "NOT_COUNT_STEM": ["stron"],
    "BODY_BEFORE": [r"(?:ciała|zwłoki|szczątki)(?: kolejnych)?(?: tylko| zaledwie)?(?: ponad| około)?"],
    "FALLEN": ["poległych"],
    "PERCENT": ["procent"],
    "MORE_FEWER": ["więcej|mniej"],
    "THAN": ["niż"],
    "OWN_PEOPLE": ["swoich"],
    "MORE_WORDS": ["kolejnych"],
    "RECEIVE_VERB": [r"otrzymał\w*|otrzymali|odzyskał\w*|odzyskali|sprowadził\w*|sprowadzili|powrót"],
    "GIVE_VERB": [r"przekazał\w*|przekazali|uwolnił\w*|uwolnili|wypuścił\w*|wypuścili|oddał\w*|oddali"],
    "OWN_THEIR": ["swoich"],
    "OUR": [r"\bnaszych\b"],
    "SPEAKER_RU": [r"rosyjskie ministerstwo obrony|rosyjskie mon\b|ministerstw\w* obrony rosji|mon rosji|"
                   r"resort\w* obrony rosji|rosyjski resort obrony"],
    "SPEAKER_UA": [r"zełensk\w*|sztab\w* koordynacyjn\w*|koordynacyjn\w* sztab\w*|łubiniec|łubińc\w*"],
    "HELD_SO_FAR": [r"przeprowadził\w*|zrealizowano"],
    "SO_FAR": [r"\b(?:dotychczas|do tej pory|do dziś|do dzisiaj|jak dotąd|dotąd)\b"],
    "EXCHANGES_DONE": [r"(?:pozwoliły|umożliwiły) (?:\w+ )?(?:odzyskać|uwolnić|sprowadzić)|sprowadziły|przywróciły"],
    "NTH_TIME": [r"raz"],
    "TIMES": [r"razy|razów"],
    "EXECUTION": [r"\b(?:egzekucj\w*|rozstrzela\w*|straco\w*)"],
    "CAPTIVE_NOUN": [r"\b(?:jeńc\w*|więźni\w*|zatrzyman\w*|poddał\w*)"],
    # "the bodies of two hostages": people an armed group took, so the other side's (extractor.sides)
    "HOSTAGE": [r"\b(?:zakładni\w*)"],
    # "eight Japanese it abducted had died": people taken by force are captives (extractor.kinds)
    "ABDUCTED": [r"\b(?:porwan\w*|porwał\w*|uprowadz\w*)"],
    "AWAIT": [r"\b(?:czekają|oczekują) (?:wciąż |nadal )?na (?:uwolnienie|powrót|wymianę)"],
    "TOTAL_GROWS": [r"\b(?:liczba|liczbę)\b[^.;]{0,70}?(?:wzrosła do|wzrasta do|wynosi|wyniosła|sięga|osiągnęła)"],
    "RUNNING_WORK": [r"\b(?:w ramach prac|dzięki pracy|dzięki wysiłkom) (?:\w+\s+){0,2}?sztabu"],
    "THIS_MONTH": ["w tym miesiącu|w tym tygodniu"],
    "FINITE_RETURN": [
        r"\bw drodze do domu\b",
        r"\b(?:zostali|zostały|zostało|został|została) (?:\w+ )?(?:uwolni\w*|przekaza\w*|wymieni\w*|zwolni\w*|"
        r"repatriowan\w*|sprowadzen\w*)|\b(?:po)?wróci(?:li|ło|ły|ła|ł) "
        r"(?:do (?:domu|kraju|ojczyzny|ukrainy|rosji)|na (?:ukrainę|wolność))\b",
    ],
}

# nationality words (lower-case stems) → ISO 3166 code of the people they name
NATIONALITY = {
    "UA": "ukraińsk|ukraińc|ukraink|ukrainek|ukraińscy",  # "ukraińscy żołnierze": the virile plural
    "RU": r"rosyjsk|rosjan|rosyjscy|mieszkańc\w* obwodu kurskiego",
    "US": "amerykan",
    "IL": "izraelsk|izraelczyk",
    "PS": "palestyńsk|palestyńczyk",
    "AM": r"ormiańsk|\bormian\w*",
    "AZ": r"azersk|\bazer(?:ów|zy|owie|a|owi)\b|azerbejdżańsk",
    "TH": "tajsk",
    "PH": "filipin",
    "KP": "północnokoreańsk",
    "BY": "białorusk",
    "GE": "gruzińsk",
    "GB": "brytyjsk",
    "DE": "niemieck",
    "FR": "francusk",
    "YE": "jemeńsk",
    "SA": "saudyjsk",
    "SD": "sudańsk",
    "LY": "libijsk",
    "IR": "irańsk",
    "SY": "syryjsk",
    "JP": "japońsk",
    "CO": "kolumbijsk",
    "NG": "nigeryjsk",
    "ML": "malijsk",
    "KH": "kambodżańsk",
    "TR": "tureck",
    "VE": "wenezuelsk|wenezuelczyk",
    "ET": r"etiopsk",
}
# country names and "the X side" → ISO 3166 code
COUNTRY = {
    "UA": r"stron\w+ ukraińsk|\bukraina\b|\bukrainy\b|\bukrainie\b|\bukrainę\b|\bukrainą\b|\bkijów\b|\bkijow\w*",
    "RU": r"stron\w+ rosyjsk|\brosja\b|\brosji\b|\brosję\b|\brosją\b|\bmoskw\w*",
    "US": r"\bstan\w* zjednoczon\w*",
    "IL": r"\bizrael\b|\bizraela\b|\bizraelowi\b|\bizraelem\b|\bizraelu\b",
    "PS": r"\bgazy\b|\bhamas\w*",
    "SA": r"\barabia saudyjska\b",
    "CO": r"\bkolumbi\w*",
    "AM": r"\barmeni\w*|\berywa\w*",
    "AZ": r"\bazerbejdżan\w*|\bbaku\b",
    "JP": r"\bjaponia\b",
    "SD": r"\bsudan\w*",
    "ET": r"\betiopi\w*",
    "YE": r"\bjemen\w*",
}

# Armed groups inside one country's civil war (not a state at war with another): the people both sides free
# are that country's ("the Houthis freed 120 prisoners for 50 of the government's": Yemenis both)
ARMED_GROUP = {
    "YE": r"\bhuti\w*|\bhouthi\w*",
    "CO": r"\beln\b|\bfarc\b",
    "SD": r"\brsf\b",
    "ET": r"\btplf\b",
}

HEDGES = ("ponad", "blisko", "około", "ok.", "prawie", "co najmniej", "przeszło", "niemal", "niespełna", "mniej więcej",
          "przynajmniej", "bez mała")

NUMBER_WORDS = Forms()
NUMBER_WORDS.add(1, "u", "jeden", "jedna", "jednego")
NUMBER_WORDS.add(2, "u", "dwa", "dwie", "dwóch", "dwoje", "dwu")
NUMBER_WORDS.add(3, "u", "trzy", "trzech", "troje")
NUMBER_WORDS.add(4, "u", "cztery", "czterech", "czworo")
for _v, _s in ((5, "pięć"), (6, "sześć"), (7, "siedem"), (8, "osiem"), (9, "dziewięć"), (10, "dziesięć"),
               (11, "jedenaście"), (12, "dwanaście"), (15, "piętnaście"), (20, "dwadzieścia"), (30, "trzydzieści"),
               (40, "czterdzieści"), (50, "pięćdziesiąt")):
    NUMBER_WORDS.add(_v, "u", _s)
for _v, _s in ((5, "pięciu"), (6, "sześciu"), (7, "siedmiu"), (8, "ośmiu"), (9, "dziewięciu"), (10, "dziesięciu")):
    NUMBER_WORDS.add(_v, "u", _s)
NUMBER_WORDS.add(100, "u", "sto", "stu")
NUMBER_WORDS.add(1.5, "u", "półtora", "półtorej")  # "półtora tysiąca jeńców"
NUMBER_WORDS.add(1000, "k", "tysiąc", "tysiąca", "tysiące", "tysięcy", "tys")
for _v, _w in zip(range(200, 1000, 100), ["dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset",
                                          "osiemset", "dziewięćset"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
for _v, _w in zip(range(60, 100, 10), ["sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"],
                  strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
for _v, _w in zip(range(13, 20), ["trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście",
                                  "osiemnaście", "dziewiętnaście"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
SCALES = {"mln": 1_000_000, "tysięcy": 1000}
CONNECTORS = ("i",)
# a scale word that alone is its number ("тисячу тіл": a thousand bodies); its plural says "thousands"
ALONE = ("tysiąc", "tysiąca", "tysiącem")  # the singular's cases; "tysiące", "tysięcy": thousands
WEAK = ("dwu",)
# Polish numerals decline: virile nominative "czterej jeńcy", genitive "dwudziestu pięciu żołnierzy", instrumental
NUMBER_WORDS.add(2, "u", "dwaj", "dwoma", "dwom", "dwóm")
NUMBER_WORDS.add(3, "u", "trzej", "trzema", "trzem")
NUMBER_WORDS.add(4, "u", "czterej", "czterema", "czterem")
for _v, _s in ((5, "pięcioma"), (6, "sześcioma"), (7, "siedmioma"), (8, "ośmioma"), (9, "dziewięcioma"),
               (10, "dziesięcioma")):
    NUMBER_WORDS.add(_v, "u", _s)
for _v, _w in zip(range(11, 20), ["jedenastu", "dwunastu", "trzynastu", "czternastu", "piętnastu", "szesnastu",
                                  "siedemnastu", "osiemnastu", "dziewiętnastu"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
for _v, _w in zip(range(20, 100, 10), ["dwudziestu", "trzydziestu", "czterdziestu", "pięćdziesięciu",
                                       "sześćdziesięciu", "siedemdziesięciu", "osiemdziesięciu",
                                       "dziewięćdziesięciu"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
for _v, _w in zip(range(200, 1000, 100), ["dwustu", "trzystu", "czterystu", "pięciuset", "sześciuset", "siedmiuset",
                                          "ośmiuset", "dziewięciuset"], strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(1000, "k", "tysiącem", "tysiącom", "tysiącach")


# Function words and phrases the grammar patterns of ``figures``, ``plans``, ``groups``, ``kinds``, ``heads``,
# ``totals`` and ``sides`` read (concept name → this language's alternatives, merged like TERMS).
GRAMMAR: dict[str, list[str]] = {
    "STILL": [r"nadal|wciąż|ciągle"],
    # "1,000 more remained on the list": people a count names as not (yet) come home
    "REMAIN": [r"pozostają|pozostało|pozostali|pozostaje"],
    "WOUNDED": [r"rann\w*"],
    "RELEASE_OF": [r"powrót|uwolnienie"],
    "ALSO_ADDS": [r"a także"],
    "STAGE": [r"(?:pierwsz|drug|trzeci|ostatni)\w* dni\w*|etap\w*"],
    "THAT": [r"że"],
    "RU_FRAME": [r"specjaln\w+ operacj\w+ wojskow\w+"],
    "CURRENCY_BEFORE": [r"\bpln|\beur|\busd"],
    "AGE_AFTER": [r" lat\b| lata\b|-letni"],
    "IN_EXCHANGE_FOR": [r"w zamian za"],
    "COMPLETED": [r"zakończył\w*"],
    "FORMULA": [r"formu[lł]\w*|format\w*|formaci\w*|schemat\w*"],
    "WITH": [r"razem z"],
    "ADDITIONAL": [r"a także|oraz|dodatkowo"],
    # "another 84 came home": a word before a count that adds it to people already named
    "ANOTHER_BEFORE": [r"kolejnych|kolejne|kolejni"],
    # "Ukraine got 230, Russia in turn 248": a word after the second party that sets it against the first
    "IN_TURN": [r"zaś|natomiast|z kolei"],
    # "Kyiv got 103 back, Moscow likewise 103": a word after the second party that repeats the first's verb
    "LIKEWISE": [r"również|także|też"],
    # "..., while Russia 248 received": a conjunction that sets a second party against the first
    "WHILE": [r"podczas gdy|gdy"],
    # "in all 230 were freed, in return Kyiv handed over 248": the other half of one swap
    "IN_RETURN": [r"w zamian"],
    "BESIDES": [r"ponadto|dodatkowo|oprócz tego"],
    "AMONG": [r"wśród"],
    "OF_WHOM": [r"z których"],
    "AMONG_THEM": [r"w tym"],
    "PARTITIVE": [r"z tych|spośród"],
    "SUPERLATIVE": [r"największ\w*|pierwsz\w*"],
    "IN_ALL": [r"łącznie|w sumie"],
    "ONE_EXCHANGE": [r"wymian(?:a|y|ie|ę)"],
    "THIS_EXCHANGE": [r"\b(?:w|podczas|w ramach) (?:tej|dzisiejszej|ostatniej|obecnej) wymian\w*"],
    "HELD_SINCE": [r"przetrzymywan\w*|niewoli"],
    "HELD_AT": [r"w|na"],
    "FROM_CAPTIVITY": [r"z\s+(?:[^\W\d_]+\s+)?niewoli"],
    # "in russischer Haft", "w azerskich więzieniach": the adjective before the custody noun names the holder
    "IN_HANDS_OF": [r"w|z"],
    "CUSTODY_NOUN": [r"niewoli|areszcie|aresztach|więzieniach|więzieniu"],
    "MEDIATED": [r"za pośrednictwem"],
    # a link to another story inside the body
    "TEASER": [r"czytaj (?:także|też|więcej|również)|przeczytaj (?:także|też|również)|zobacz (?:także|też|również)"],
    "REPLY": [r"w zamian"],  # the other side's answer in a swap
}

# Ordinal words, read by extractor/ordinals.py: units 1-9, teens 10-19, tens 20-90 and how they join
ORDINALS: dict = {
    "units": ["pierwsz", "drug", "trzec", "czwart", "piąt", "szóst", "siódm", "ósm", "dziewiąt"],
    "teens": ["dziesiąt", "jedenast", "dwunast", "trzynast", "czternast", "piętnast", "szesnast", "siedemnast",
              "osiemnast", "dziewiętnast"],
    "tens": ["dwudziest", "trzydziest", "czterdziest", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
             "osiemdziesiąt", "dziewięćdziesiąt"],
    "tens_endings": ["y", "a", "e", "ego", "ej", "ą", "ym", "i"],
    "joiners": [" "], "suffix": r"(?:y|a|e|ego|ej|ą|ym|i)",
}
