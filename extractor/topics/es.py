"""Spanish topic vocabulary (see ``extractor.topics``)."""

VERY = (
    r"intercambio de prisioneros|canje de prisioneros|prisioneros de guerra|"
    r"(?:intercambio|canje) de (?:\w+ ){0,2}?(?:prisioneros|presos)"
)
STRONG = (
    r"cuerpos de (?:[\d.]+ )?(?:\w+ )?(?:soldados|militares)|"
    r"(?:canje|intercambio|retorno|liberación) de (?:[\d.]+ )?(?:\w+ )?(?:soldados|militares|prisioneros)|"
    r"liberó (?:\S+ ){0,8}?a cambio de|(?:intercambi|canje)\w* (?:\S+ ){0,4}?prisioneros|"
    # "prisioneros" names war captives ("presos", "reclusos" are the prison words)
    r"prisioneros|en un (?:\w+ )?(?:canje|intercambio)|rehenes|cautiverio|cautivos|desaparecidos en (?:combate|acción)|"
    r"(?:civiles|residentes|ciudadanos|niños|compatriotas|connacionales) (?:\S+ ){0,5}?(?:devueltos|repatriados|"
    r"regresaron|retornaron|volvieron|liberados|entregados|evacuados)|"
    r"(?:secuestrad|detenid|retenid|capturad|deportad|encarcelad)\w* (?:\S+ ){0,2}?por (?:el |las |los |la )?"
    r"(?:rusia|ucrania|israel|hamás|hamas|fuerzas|tropas|ejército|militares|rusos|ucranianos)|"
    r"(?:ilegalmente|arbitrariamente|forzosamente) (?:detenid|deportad)\w*|deportad\w* (?:\S+ ){0,3}?niños|"
    r"(?:liber|entreg|repatri|devolv|intercambi|canje)\w* (?:\S+ ){0,3}?(?:prisioneros|detenidos|cautivos|militares|"
    r"soldados|combatientes)|(?:soldados|militares|prisioneros|combatientes) (?:\S+ ){0,4}?(?:liberados|"
    r"repatriados|devueltos|intercambiados|entregados|regresaron|volvieron)|presos (?:\S+ ){0,3}?(?:rusos|ucranianos)|"
    r"cuerpos (?:de |sin vida de )?(?:\S+ ){0,2}?(?:soldados|militares|caídos|combatientes|fallecidos)|"
    r"repatriaci\w* de (?:\S+ ){0,3}?(?:cuerpos|restos)|"
    # "regresaron a casa", "volvieron a Ucrania": people of a war brought home
    r"(?:regresaron|volvieron|vuelven|regresan|retornaron) (?:\S+ ){0,2}?(?:a casa|a su país|a (?:la )?patria|"
    r"a ucrania|a rusia)|(?:cárceles|prisiones|centros de detención) (?:\S+ ){0,1}?(?:rus[oa]s|ucranian[oa]s|"
    r"israelíes)|(?:soldados|militares|civiles) (?:\S+ ){0,2}?(?:capturados|desaparecidos|detenidos)|"
    r"tortur\w* (?:\S+ ){0,3}?(?:prisioneros|detenidos)|"
    r"(?:intercambi|canje|entreg|devolv|repatri|recib)\w* (?:\S+ ){0,3}?(?:cuerpos|restos)|excarcelad\w*|"
    r"(?:israelíes|palestinos|rusos|ucranianos|estadounidenses) (?:\S+ ){0,3}?(?:liberados|repatriados|devueltos|"
    r"canjeados|intercambiados)"
)
NEGATIVE = (
    r"tipo de cambio|bolsa de valores|bolsa de \w+|divisas?|mercado de valores|intercambio estudiantil|"
    r"intercambio de estudiantes|"
    r"fichaje\w*|delantero|centrocampista|portero|reclusos|motín|intercambio de disparos|tiroteo|"
    r"(?:la )?policía liber\w*|secuestro exprés|secuestrador\w*"
)
WAR = (
    r"cautiverio|prisioneros|guerra|ejército|militares|soldados|fuerzas armadas|frente|invasión|conflicto|tropas|"
    r"ofensiva|combatientes|alto el fuego|tregua|kremlin|ocupaci\w*"
    # an armed group named is a sign of armed conflict: its hostages are no crime news
    r"|hamás|hezbolá|hutíes|eln|farc|talibanes|guerrilla\w*|paramilitares"
)
STATE = r"desaparecid\w*|murieron|permanecen|siguen retenid|fallecid"
RETURN = (
    r"intercamb|canje|liberad|liberaci|recuper|regres|repatri|"
    r"devuelt|entregad|volvieron|retorn|excarcel|recibi|rescat"
)
EXCHANGE = r"intercambi\w*|canje\w*"
