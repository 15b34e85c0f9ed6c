"""Portuguese topic vocabulary (see ``extractor.topics``)."""

VERY = r"troca de prisioneiros|prisioneiros de guerra|troca de (?:\w+ ){0,2}?(?:prisioneiros|presos)"
STRONG = (
    # "prisioneiros" names war captives ("presos", "reclusos" are the prison words)
    r"prisioneiros|libert\w* (?:\S+ ){0,8}?em troca de|troc\w* (?:\S+ ){0,4}?prisioneiros|reféns|cativeiro|"
    r"corpos (?:de|dos) (?:[\d.]+ )?(?:\S+ ){0,2}?(?:soldados|militares|combatentes|mortos)|cativos|"
    r"desaparecidos em combate|repatriação de (?:\S+ ){0,3}?corpos|"
    r"(?:voltaram|regressaram|voltam|regressam) (?:\S+ ){0,2}?(?:para casa|a casa|à pátria|à ucrânia|à rússia)|"
    r"(?:prisões|cadeias|detenção|custódia) (?:\S+ ){0,1}?(?:russas?|ucranianas?|israelitas?|israelenses?)|"
    r"(?:soldados|militares|civis) (?:\S+ ){0,2}?(?:capturados|desaparecidos|detidos)|tortur\w* (?:\S+ ){0,3}?"
    r"(?:prisioneiros|detidos)|presos (?:\S+ ){0,2}?(?:russos|ucranianos|políticos|palestinianos|palestinos)|"
    r"(?:civis|residentes|cidadãos|crianças|compatriotas) (?:\S+ ){0,5}?(?:devolvid\w*|repatriad\w*|regressaram|"
    r"voltaram|libertad\w*|entregues|evacuad\w*)|"
    r"(?:sequestrad|detid|capturad|deportad|raptad)\w* (?:\S+ ){0,2}?(?:pela|pelo|pelas|pelos|por) (?:\S+ )?"
    r"(?:rússia|ucrânia|israel|hamas|forças|tropas|exército|militares|russos|ucranianos)|"
    r"(?:libert|entreg|repatri|devolv|troc)\w* (?:\S+ ){0,3}?(?:prisioneiros|detidos|cativos|militares|soldados|"
    r"combatentes)|(?:soldados|militares|prisioneiros|combatentes) (?:\S+ ){0,4}?(?:libertad\w*|repatriad\w*|"
    r"devolvid\w*|trocad\w*|entregues|regressaram|voltaram)|"
    r"(?:troc|entreg|devolv|repatri|receb)\w* (?:\S+ ){0,3}?(?:corpos|restos mortais)"
)
NEGATIVE = (
    # "ações" (actions) and "prisional" (POWs sit in prisons too) would veto war reports
    r"câmbio|bolsa de valores|intercâmbio (?:de )?estudant\w*|intercâmbio estudantil|reclusos|motim|"
    r"troca de tiros|tiroteio|(?:a )?polícia libert\w*|sequestrador\w*"
)
WAR = (
    r"cativeiro|prisioneiros|exército|guerra|militares|soldados|forças armadas|frente|invasão|conflito|tropas|"
    r"ofensiva|combatentes|cessar-fogo|trégua|kremlin|ocupaç\w*"
    # an armed group named is a sign of armed conflict: its hostages are no crime news
    r"|hamas|hezbollah|houthis?|talibã|guerrilha\w*|paramilitares"
)
STATE = r"morreram|desaparecid\w*|permanecem|continuam detid"
RETURN = r"troca|libert|liberad|recuper|regres|repatri|devolvid|entregu|voltaram|retorn|solt|recebe|recebi|resgat"
EXCHANGE = r"troc\w*"
