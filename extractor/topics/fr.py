"""French topic vocabulary (see ``extractor.topics``)."""

VERY = r"échange de prisonniers|prisonniers de guerre"
STRONG = (
    r"(?:retour|libération|échange) de (?:\d[\d ]* )?(?:\w+ )?(?:militaires|soldats|prisonniers|détenus|otages)|"
    r"corps de (?:\d[\d ]* )?(?:\w+ )?(?:soldats|militaires)|libéré\w* (?:\S+ ){0,8}?en échange d[eu']|"
    r"échang\w* (?:\S+ ){0,4}?prisonniers|portés? disparus|"
    # "150 militaires russes ont été rapatriés"
    r"(?:militaires|soldats|prisonniers) (?:\w+ ){0,2}?(?:ont été |sont )?(?:rapatriés|libérés|échangés)|"
    r"lors d'un (?:\w+ )?échange|otages?|captivité"
)
NEGATIVE = r"taux de change|bourse"
WAR = r"prisonniers|guerre|armée|militaires|soldats"
STATE = r"portés? disparus|morts?\b"
RETURN = r"échang|libér|rapatri"
EXCHANGE = r"échang\w*"
