"""German topic vocabulary (see ``extractor.topics``)."""

VERY = r"gefangenenaustausch\w*|kriegsgefangen\w*"
STRONG = (
    r"gefangene\w* (?:\S+ ){0,3}(?:ausgetauscht|freigelassen|freigekommen|übergeben)|"
    r"freigelassen (?:\S+ ){0,8}?im austausch gegen|(?:im rahmen|bei) (?:\w+ ){0,2}(?:gefangenen)?austausch\w*|"
    r"(?:austausch|tausch)\w* (?:\S+ ){0,4}?gefangene|geiseln?|gefangenschaft|"
    r"leichen (?:\S+ ){0,3}(?:soldaten|gefallen\w*|getötet\w*|kämpfer\w*)|tote\w* (?:\w+ )?soldaten"
)
NEGATIVE = r"wechselkurs|börse|schüleraustausch"
WAR = r"gefangen\w*|krieg\w*|soldaten|armee"
STATE = r"vermisst\w*|gestorben"
RETURN = r"austausch|freigelassen|zurück"
EXCHANGE = r"austausch\w*|ausgetauscht"
