"""French topic vocabulary (see ``extractor.topics``)."""

VERY = r"échange de prisonniers|prisonniers de guerre|échange de (?:\w+ ){0,2}?prisonniers"
STRONG = (
    r"(?:retour|libération|échange) de (?:\d[\d ]* )?(?:\w+ )?(?:militaires|soldats|prisonniers|détenus|otages)|"
    r"corps de (?:\d[\d ]* )?(?:\w+ )?(?:soldats|militaires)|libéré\w* (?:\S+ ){0,8}?en échange d[eu']|"
    r"échang\w* (?:\S+ ){0,4}?prisonniers|portée?s? disparue?s?|"
    # "150 militaires russes ont été rapatriés"
    r"(?:militaires|soldats|prisonniers) (?:\w+ ){0,2}?(?:ont été |sont )?(?:rapatriés|libérés|échangés)|"
    # "390 Ukrainiens et 390 Russes ont été libérés": people named by their nationality alone
    r"(?:ukrainiens|russes) (?:\S+ ){0,3}?(?:ont été |sont )(?:rapatrié|libéré|échangé|remi|rendu|relâché)e?s|"
    # "prisonniers" names war captives ("détenus" is the prison word)
    r"prisonniers|prisonnières|lors d'un (?:\w+ )?échange|otages?|captivité|captifs?|dépouilles|"
    r"(?:rentrés|rentrent|revenus|reviennent|de retour) (?:\S+ ){0,2}?(?:chez eux|au pays|en ukraine|en russie)|"
    r"(?:civils|résidents|citoyens|ressortissants|enfants|compatriotes) (?:\S+ ){0,5}?(?:rapatriés|renvoyés|rendus|"
    r"libérés|remis|rentrés|revenus|évacués)|"
    r"(?:enlevé|détenu|capturé|déporté|retenu|kidnappé|séquestré)\w* (?:\S+ ){0,2}?par (?:la |le |les |l')?"
    r"(?:russie|ukraine|israël|hamas|forces|troupes|armée|militaires|russes|ukrainiens)|"
    r"(?:libér|remi|rapatri|échang|rend|restitu)\w* (?:\S+ ){0,3}?(?:prisonniers|détenus|captifs|militaires|soldats|"
    r"combattants)|corps (?:de |des )(?:\S+ ){0,2}?(?:soldats|militaires|combattants|défenseurs|tués)|"
    r"rapatriement (?:des |de )(?:\S+ ){0,3}?(?:corps|restes)|"
    r"(?:échang|remi|rapatri|rend|restitu)\w* (?:\S+ ){0,3}?(?:corps|dépouilles)|"
    r"prisonniers (?:russes|ukrainiens|israéliens|palestiniens)"
)
NEGATIVE = (
    r"taux de change|bourse|échange (?:scolaire|universitaire|d'étudiants)|erasmus|échange de tirs|"
    r"échange de coups de feu|devises?|cac 40|mercato|attaquant|milieu de terrain|gardien de but|mutinerie|"
    r"braqu\w*|ravisseur\w*|(?:la )?police a libéré|forcené"
)
WAR = (
    r"prisonniers|guerre|armée|militaires|soldats|forces armées|front|invasion|conflit|troupes|offensive|combattants|"
    r"cessez-le-feu|trêve|kremlin|occupation|occupé\w*"
    # an armed group named is a sign of armed conflict: its hostages are no crime news
    r"|hamas|hezbollah|houthis?|talibans?|guérilla\w*|paramilitaires"
)
STATE = r"portée?s? disparue?s?|morte?s?\b|restent|demeurent|toujours détenu"
RETURN = r"échang|libér|rapatri|rentr|retour|revenu|remis|restitu|relâch|reçu|récupér|ramen|revien"
EXCHANGE = r"échang\w*"
