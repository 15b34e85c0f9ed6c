"""Number words in the supported languages, with the inflected forms news text uses.

Each form maps to (value, role): role "u" adds (units, teens, tens, hundreds written as one word),
"h" multiplies the pending group by 100 (English "hundred"), "k" closes a group of thousands,
"m" of millions.  Ukrainian and Russian decline numerals, so their stems get case endings.
"""

from __future__ import annotations

from extractor.lexicons import table

WORDS: dict[str, tuple[float, str]] = {}


def _add(value: float, role: str, *forms: str) -> None:
    for form in forms:
        WORDS.setdefault(form, (value, role))


def _stems(value: float, stem: str, endings: str) -> None:
    _add(value, "u", *(stem + e for e in endings.split("|")))


# English
for _v, _w in enumerate(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
):
    _add(_v, "u", _w)
for _v, _w in zip(
    range(20, 100, 10), ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], strict=True
):
    _add(_v, "u", _w)
_add(100, "h", "hundred", "hundreds")
_add(1000, "k", "thousand")
_add(1_000_000, "m", "million")
_add(2, "u", "two", "both")  # "both" is never a count on its own; kept out below
WORDS.pop("both")
_add(12, "u", "dozen")

# Ukrainian (nominative, genitive, dative, instrumental, collective forms)
_add(1, "u", "один", "одна", "одне", "одного", "одному", "одній", "одним", "однієї", "одну")
_add(2, "u", "два", "дві", "двох", "двом", "двома", "двоє")
_add(3, "u", "три", "трьох", "трьом", "трьома", "троє")
_add(4, "u", "чотири", "чотирьох", "чотирьом", "чотирма", "четверо")
for _v, _s in ((5, "п'ят"), (9, "дев'ят"), (10, "десят")):
    _stems(_v, _s, "ь|и|ьох|ьом|ьма|еро|ьома")
_add(6, "u", "шість", "шести", "шістьох", "шістьом", "шістьма", "шестеро")
_add(7, "u", "сім", "семи", "сімох", "сімом", "сьома", "семеро")
_add(8, "u", "вісім", "восьми", "вісьмох", "вісьмом", "вісьма", "восьмеро")
for _v, _s in zip(
    range(11, 20),
    [
        "одинадцят",
        "дванадцят",
        "тринадцят",
        "чотирнадцят",
        "п'ятнадцят",
        "шістнадцят",
        "сімнадцят",
        "вісімнадцят",
        "дев'ятнадцят",
    ],
    strict=True,
):
    _stems(_v, _s, "ь|и|ьох|ьом|ьма|ьома")
for _v, _s in ((20, "двадцят"), (30, "тридцят")):
    _stems(_v, _s, "ь|и|ьох|ьом|ьма|ьома")
_add(40, "u", "сорок", "сорока")
for _v, _s in ((50, "п'ятдесят"), (60, "шістдесят"), (70, "сімдесят"), (80, "вісімдесят")):
    _stems(_v, _s, "|и|ьох|ьом|ьма|ьома")
_add(60, "u", "шістдесяти")
_add(90, "u", "дев'яносто", "дев'яноста")
_add(100, "u", "сто", "ста")  # "сотні" is "hundreds": vague, not a count
_add(200, "u", "двісті", "двохсот", "двомстам", "двомастами")
_add(300, "u", "триста", "трьохсот", "трьомстам")
_add(400, "u", "чотириста", "чотирьохсот")
for _v, _w in ((500, "п'ятсот"), (600, "шістсот"), (700, "сімсот"), (800, "вісімсот"), (900, "дев'ятсот")):
    _add(_v, "u", _w)
_add(500, "u", "п'ятисот")
_add(600, "u", "шестисот")
_add(700, "u", "семисот")
_add(800, "u", "восьмисот")
_add(900, "u", "дев'ятисот")
_add(1000, "k", "тисяча", "тисячі", "тисяч", "тисячу", "тисячею", "тисячам", "тис")
_add(1_000_000, "m", "мільйон", "мільйона", "мільйонів", "млн")
_add(1.5, "u", "півтори", "півтора")

# Russian
_add(1, "u", "одно", "одной", "одним", "одну", "одного", "одному")
_add(2, "u", "две", "двух", "двум", "двумя", "двое")
_add(3, "u", "трех", "трёх", "трем", "трём", "тремя", "трое")
_add(4, "u", "четыре", "четырех", "четырёх", "четырем", "четырьмя", "четверо")
for _v, _s in ((5, "пят"), (6, "шест"), (9, "девят"), (10, "десят")):
    _stems(_v, _s, "ь|и|ью|еро")
_add(7, "u", "семь", "семью", "семеро")
_add(8, "u", "восемь", "восьмью", "восемью")
for _v, _s in zip(
    range(11, 20),
    [
        "одиннадцат",
        "двенадцат",
        "тринадцат",
        "четырнадцат",
        "пятнадцат",
        "шестнадцат",
        "семнадцат",
        "восемнадцат",
        "девятнадцат",
    ],
    strict=True,
):
    _stems(_v, _s, "ь|и|ью")
for _v, _s in ((20, "двадцат"), (30, "тридцат")):
    _stems(_v, _s, "ь|и|ью")
for _v, _w in ((50, "пят"), (60, "шест"), (70, "сем"), (80, "восем")):
    _add(_v, "u", _w + "ьдесят", _w + "идесяти", _w + "ьюдесятью")
_add(50, "u", "пятидесяти", "пятьдесят")
_add(80, "u", "восьмидесяти")
_add(90, "u", "девяносто", "девяноста")
_add(200, "u", "двести", "двухсот", "двумстам")
_add(300, "u", "трехсот", "трёхсот")
_add(400, "u", "четыреста", "четырехсот", "четырёхсот")
for _v, _w in ((500, "пят"), (600, "шест"), (700, "сем"), (800, "восем"), (900, "девят")):
    _add(_v, "u", _w + "ьсот", _w + "исот")
_add(800, "u", "восьмисот")
_add(1000, "k", "тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тыс")
_add(1_000_000, "m", "миллион", "миллиона", "миллионов")
_add(1.5, "u", "полторы", "полтора", "полутора")

# German (single words; compounds like "zweihundertfünf" are split below)
for _v, _w in enumerate(
    [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ]
):
    _add(_v, "u", _w)
_add(1, "u", "ein", "eine", "einen", "einem", "einer")
for _v, _w in zip(
    range(20, 100, 10),
    ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
    strict=True,
):
    _add(_v, "u", _w)
_add(100, "h", "hundert")
_add(1000, "k", "tausend")
_add(1_000_000, "m", "millionen")

# French
for _v, _w in enumerate(
    [
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
    ]
):
    _add(_v, "u", _w)
_add(1, "u", "une")
for _v, _w in zip(range(20, 70, 10), ["vingt", "trente", "quarante", "cinquante", "soixante"], strict=True):
    _add(_v, "u", _w)
_add(100, "h", "cent", "cents")
_add(1000, "k", "mille")
_add(1_000_000, "m", "millions")

# Spanish / Portuguese
for _v, _w in enumerate(
    [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
    ]
):
    _add(_v, "u", _w)
_add(1, "u", "una", "um", "uma")
_add(2, "u", "dois", "duas")
_add(3, "u", "três")
_add(4, "u", "quatro")
_add(10, "u", "dez")
for _v, _w in zip(
    range(20, 100, 10),
    ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
    strict=True,
):
    _add(_v, "u", _w)
for _v, _w in zip(
    range(20, 100, 10),
    ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
    strict=True,
):
    _add(_v, "u", _w)
_add(100, "u", "cien", "ciento", "cem", "cento")
_add(1000, "k", "mil")
_add(1_000_000, "m", "millones", "milhões", "millón", "milhão")

# Polish
_add(1, "u", "jeden", "jedna", "jednego")
_add(2, "u", "dwa", "dwie", "dwóch", "dwoje", "dwu")
_add(3, "u", "trzy", "trzech", "troje")
_add(4, "u", "cztery", "czterech", "czworo")
for _v, _s in (
    (5, "pięć"),
    (6, "sześć"),
    (7, "siedem"),
    (8, "osiem"),
    (9, "dziewięć"),
    (10, "dziesięć"),
    (11, "jedenaście"),
    (12, "dwanaście"),
    (15, "piętnaście"),
    (20, "dwadzieścia"),
    (30, "trzydzieści"),
    (40, "czterdzieści"),
    (50, "pięćdziesiąt"),
):
    _add(_v, "u", _s)
for _v, _s in ((5, "pięciu"), (6, "sześciu"), (7, "siedmiu"), (8, "ośmiu"), (9, "dziewięciu"), (10, "dziesięciu")):
    _add(_v, "u", _s)
_add(100, "u", "sto", "stu")
_add(1000, "k", "tysiąc", "tysiące", "tysięcy", "tys")

# Languages kept as data in extractor/lexicons
for _form, (_value, _role) in table("NUMBER_WORDS").items():
    _add(_value, _role, _form)

# Words joining parts of one number ("two hundred and seven", "cento e vinte")
CONNECTORS = frozenset({"and", "і", "й", "и", "und", "et", "y", "e", "i"})
# Words that are numbers only next to another number word (too ambiguous alone).
WEAK = frozenset({"um", "uma", "une", "un", "ein", "eine", "einen", "einem", "einer", "una", "uno", "dwu", "mil"})
# Scale words that may follow digits: "1.2 thousand", "1,2 тис.", "50 тисяч", "2,5 Millionen"
SCALES: dict[str, int] = {w: int(v) for w, (v, r) in WORDS.items() if r in "km"}
SCALES.update(
    {"thousands": 1000, "millions": 1_000_000, "mln": 1_000_000, "mio": 1_000_000, "tysięcy": 1000, "тисячі": 1000}
)


# Hundreds and teens that the tables above leave out (es, pt, pl, fr); French 80/90 are compounds.
def _split_words(words: str) -> list[str]:
    return words.split()


for _v, _w in zip(
    range(200, 1000, 100),
    _split_words("doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"),
    strict=True,
):
    _add(_v, "u", _w, _w[:-2] + "as")
for _v, _w in zip(
    range(200, 1000, 100),
    _split_words("duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos"),
    strict=True,
):
    _add(_v, "u", _w, _w[:-2] + "as")
for _v, _w in zip(
    range(200, 1000, 100),
    _split_words("dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset"),
    strict=True,
):
    _add(_v, "u", _w)
for _v, _w in zip(
    range(60, 100, 10), _split_words("sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt"), strict=True
):
    _add(_v, "u", _w)
for _v, _w in zip(range(16, 20), _split_words("dieciséis diecisiete dieciocho diecinueve"), strict=True):
    _add(_v, "u", _w)
for _v, _w in zip(range(16, 20), _split_words("dezesseis dezessete dezoito dezenove"), strict=True):
    _add(_v, "u", _w)
for _v, _w in zip(
    range(13, 20),
    _split_words("trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście"),
    strict=True,
):
    _add(_v, "u", _w)
_add(80, "u", "quatre-vingt", "quatre-vingts")
_add(90, "u", "quatre-vingt-dix")
_add(70, "u", "soixante-dix")
