"""Spanish topic vocabulary (see ``extractor.topics``)."""

VERY = r"intercambio de prisioneros|canje de prisioneros|prisioneros de guerra"
STRONG = (
    r"cuerpos de (?:[\d.]+ )?(?:\w+ )?(?:soldados|militares)|"
    r"(?:canje|intercambio|retorno|liberación) de (?:[\d.]+ )?(?:\w+ )?(?:soldados|militares|prisioneros)|"
    r"liberó (?:\S+ ){0,8}?a cambio de|(?:intercambi|canje)\w* (?:\S+ ){0,4}?prisioneros|"
    r"en un (?:\w+ )?(?:canje|intercambio)|rehenes|cautiverio"
)
NEGATIVE = r"tipo de cambio|bolsa"
WAR = r"cautiverio|prisioneros|guerra|ejército|militares|soldados"
STATE = r"desaparecid\w*|murieron"
RETURN = r"intercamb|canje|liberad|liberaci|recuper|regres"
EXCHANGE = r"intercambi\w*|canje\w*"
