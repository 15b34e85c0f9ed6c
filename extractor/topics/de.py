"""German topic vocabulary (see ``extractor.topics``)."""

VERY = r"gefangenenaustausch\w*|kriegsgefangen\w*|austausch von (?:\w+ ){0,2}?gefangenen"
STRONG = (
    # the verb closes the clause after a modal: "wollen ... 1.000 Gefangene austauschen"
    r"gefangene\w* (?:\S+ ){0,3}(?:ausgetauscht|freigelassen|freigekommen|übergeben|austauschen|auszutauschen|"
    r"freilassen|freizulassen)|"
    # "Russland hält ... 10.000 Ukrainer fest": the separable verb's particle closes the clause
    r"(?:ukrainer|russen|gefangene\w*|soldaten|zivilisten) (?:\S+ ){0,2}?fest\b|"
    r"freigelassen (?:\S+ ){0,8}?im austausch gegen|(?:im rahmen|bei) (?:\w+ ){0,2}(?:gefangenen)?austausch\w*|"
    r"(?:austausch|tausch)\w* (?:\S+ ){0,4}?gefangene|geiseln?|gefangenschaft|"
    r"(?:leichen|leichname|gebeine|überreste) (?:\S+ ){0,3}(?:soldaten|gefallen\w*|getötet\w*|kämpfer\w*|übergeben|"
    r"überstellt|repatriiert)|tote\w* (?:\w+ )?soldaten|verschlepp\w*|"
    r"(?:austausch|ausgetauscht|übergeben|überstellt)\w* (?:\S+ ){0,3}?(?:leichen|leichname)|"
    r"(?:kehrten|kehren|sind) (?:\S+ ){0,3}?(?:nach hause|in die heimat|heim)\b|heimgekehrt\w*|"
    r"(?:zivilisten|bürger|einwohner|kinder|staatsbürger|landsleute) (?:\S+ ){0,5}?(?:zurückgebracht|zurückgekehrt|"
    r"heimgekehrt|übergeben|freigelassen|repatriiert|zurückgeschickt|evakuiert)|"
    r"(?:entführt|festgehalten|gefangen genommen|deportiert|inhaftiert)\w* (?:\S+ ){0,2}?(?:von|durch) "
    r"(?:der |den |dem |die )?(?:russland|ukraine|israel|hamas|russischen|ukrainischen|armee|truppen|streitkräften|"
    r"militär)|(?:soldaten|gefangene\w*|kämpfer|militärangehörige|zivilisten) (?:\S+ ){0,4}?(?:freigelassen|"
    r"übergeben|ausgetauscht|repatriiert|überstellt|zurückgebracht|heimgekehrt|zurückgekehrt)|"
    r"(?:freigelassen|ausgetauscht|übergeben|überstellt)\w* (?:\S+ ){0,2}?(?:soldaten|gefangene\w*|kämpfer|"
    r"militärangehörige|zivilisten)"
)
NEGATIVE = (
    r"wechselkurs|börse|schüleraustausch|aktien|dax|devisen|studentenaustausch|austauschschüler|austauschprogramm|"
    r"erasmus|schusswechsel|bankräuber|geiselnehmer|lösegeld|stürmer|mittelfeldspieler|torwart|"
    r"(?:die )?polizei befreite|entführer\w*"
)
WAR = (
    r"gefangen\w*|krieg\w*|soldaten|armee|militär\w*|streitkräfte\w*|front|invasion|konflikt|truppen|offensive|"
    r"kämpfer|waffenruhe|feuerpause|waffenstillstand|kreml|besetzt\w*|besatzung\w*"
    # an armed group named is a sign of armed conflict: its hostages are no crime news
    r"|hamas|hisbollah|huthi\w*|houthi\w*|taliban"
)
STATE = r"vermisst\w*|gestorben|festgehalten|verbleiben|hält\w* (?:\S+ ){0,10}?fest\b|halten (?:\S+ ){0,10}?fest\b"
RETURN = (
    r"austausch|freigelassen|freigekommen|zurück|heimgekehrt|heimkehr|"
    r"heimgeholt|übergeben|überstellt|repatriiert|erhielt|erhalten|befreit"
)
EXCHANGE = r"austausch\w*|ausgetauscht"
