"""Italian topic vocabulary (see ``extractor.topics``)."""

VERY = r"scambi\w* (?:\w+ ){0,2}?(?:di |dei )?prigionieri|prigionieri di guerra|prigionia"
STRONG = (
    # "prigionieri" names war captives ("detenuti" is the prison word)
    r"ostaggi\w*|prigionieri|quartier generale di coordinamento|prigionier\w* (?:russ|ucrain)\w*|fatti prigionieri|"
    r"presi prigionieri|"
    r"scambiat\w* (?:\S+ ){0,2}?prigionieri|(?:scambi\w*|tregua) (?:\S+ ){0,3}?\d[\d.]* (?:per|contro) \d|"
    r"(?:rilascio|liberazione|rientro|ritorno|rimpatrio|restituzione|riconsegna) (?:di |dei |delle |degli )?"
    r"(?:\d[\d.]* )?(?:\w+ )?(?:soldati|militari|prigionieri|civili|ostaggi|combattenti|corpi|salme)|"
    r"salme (?:\S+ ){0,3}?(?:caduti|soldati|militari)|"
    r"corpi (?:di |dei |degli )(?:\S+ ){0,2}?(?:soldati|militari|caduti)|"
    r"(?:soldati|militari|prigionieri|combattenti|civili) (?:\S+ ){0,3}?(?:rientrat\w*|rientrano|tornat\w*|tornano|"
    r"liberat\w*|rilasciat\w*|rimpatriat\w*|riconsegnat\w*)|"
    r"(?:rientrano|rientrati|rientrate|tornano|tornati|riportando|riportato) (?:\S+ ){0,2}?(?:a casa|in patria)|"
    r"(?:prigioni|carceri|detenzione|celle) (?:\w+ )?(?:russe|russa|ucraine|israeliane)|dispersi in guerra|"
    r"(?:riconsegn|restitu|rimpatri|consegn|scambi)\w* (?:\S+ ){0,5}?(?:salme|corpi)|"
    r"(?:rapit|sequestrat|detenut|catturat|deportat|prelevat)\w* (?:\S+ ){0,2}?(?:da|dalla|dalle|dai|dagli|dal) "
    r"(?:\S+ )?(?:russia|ucraina|israele|hamas|forze|truppe|esercito|militari|russi|ucraini)|"
    r"(?:residenti|cittadini|bambini|connazionali) (?:\S+ ){0,5}?(?:rimpatriat\w*|riportat\w*|rientrat\w*|"
    r"tornat\w*|liberat\w*|consegnat\w*|evacuat\w*)|deportat\w* (?:\S+ ){0,3}?bambini|"
    r"(?:liberat|rilasciat|consegnat|rimpatriat|scambiat)\w* (?:\S+ ){0,3}?(?:prigionieri|detenuti|militari|soldati|"
    r"combattenti)"
)
NEGATIVE = (
    r"tasso di cambio|cambio (?:euro|dollaro)|rublo|borsa|borse|piazza affari|scambi\w* (?:di )?studenti|erasmus|"
    r"calciomercato|scambi\w* (?:\w+ ){0,3}?colpi|scambio di fuoco|scontro a fuoco|rapina|sequestrator\w*|riscatto|"
    # crime news: a prison riot, a kidnapping for ransom freed by the police
    r"rivolta (?:nel|in) carcere|evas\w* dal carcere|polizia (?:ha )?liberat\w*|sequestro di persona"
)
WAR = (
    r"guerra|militari|soldati|esercito|forze armate|fronte|invasione|conflitto|truppe|prigionieri|prigionia|"
    r"combattenti|cremlino|tregua|cessate il fuoco|caduti"
    # an armed group named is a sign of armed conflict: its hostages are no crime news
    r"|hamas|hezbollah|houthi|talebani|guerriglia\w*|paramilitari"
)
STATE = r"restano|rimangono|dispersi|scomparsi|morti|deceduti"
RETURN = r"scambi|liber|rilasci|rientr|torna|rimpatri|riconsegn|restitu|riport|ricevut|riavut|recuper|ritorn"
EXCHANGE = r"scambi\w*"
