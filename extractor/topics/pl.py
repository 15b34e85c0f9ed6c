"""Polish topic vocabulary (see ``extractor.topics``)."""

VERY = (
    r"wymian\w* jeńców|jeńc\w* wojenn\w*|wróci\w* (?:\S+ ){0,2}?z (?:\S+ )?niewoli|"
    r"z (?:\S+ )?niewoli (?:\S+ ){0,2}?(?:uwolni\w*|wróci\w*)"
)
STRONG = (
    r"uwolni\w* (?:\S+ ){0,8}?w zamian za|wymieni\w* (?:\S+ ){0,4}?jeńc\w*|"
    # "Do domu wróciło 84 Ukraińców"
    r"wróci\w* (?:\S+ ){0,2}(?:ukraińc\w*|jeńc\w*|obrońc\w*|żołnierz\w*)|w ramach (?:\w+ )?wymian\w*|"
    r"jeńc\w*|zakładnik\w*|niewol\w*|sztab\w* koordynacyjn\w*|repatriacj\w* (?:\S+ ){0,3}?ciał|"
    r"ciał\w* (?:\S+ ){0,3}?(?:poległych|żołnierzy|zabitych|obrońców|zmarłych)"
)
NEGATIVE = r"kurs walut|giełda"
WAR = r"niewol\w*|jeńc\w*|żołnierz\w*|wojn\w*|wojsk\w*"
STATE = r"zaginion\w*|zmarł\w*"
RETURN = r"wymian|uwolni|wróci|powróci|odzyska"
EXCHANGE = r"wymian\w*|wymieni\w*"
