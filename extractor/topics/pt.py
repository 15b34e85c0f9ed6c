"""Portuguese topic vocabulary (see ``extractor.topics``)."""

VERY = r"troca de prisioneiros|prisioneiros de guerra"
STRONG = (
    r"libert\w* (?:\S+ ){0,8}?em troca de|troc\w* (?:\S+ ){0,4}?prisioneiros|reféns|cativeiro|"
    r"corpos de (?:[\d.]+ )?(?:\w+ )?(?:soldados|militares)"
)
NEGATIVE = r"câmbio"
WAR = r"cativeiro|prisioneiros|exército"
STATE = r"morreram"
RETURN = r"troca|libert|recuper|regres"
EXCHANGE = r"troc\w*"
