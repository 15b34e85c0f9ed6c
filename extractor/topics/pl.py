"""Polish topic vocabulary (see ``extractor.topics``)."""

VERY = (
    r"wymian\w* jeńców|jeńc\w* wojenn\w*|wróci\w* (?:\S+ ){0,2}?z (?:\S+ )?niewoli|"
    r"wymian\w* (?:\w+ ){0,2}?(?:jeńców|więźniów)|"
    r"z (?:\S+ )?niewoli (?:\S+ ){0,2}?(?:uwolni\w*|wróci\w*)"
)
STRONG = (
    r"uwolni\w* (?:\S+ ){0,8}?w zamian za|wymieni\w* (?:\S+ ){0,4}?jeńc\w*|"
    # "Do domu wróciło 84 Ukraińców"
    r"wróci\w* (?:\S+ ){0,2}(?:ukraińc\w*|jeńc\w*|obrońc\w*|żołnierz\w*)|w ramach (?:\w+ )?wymian\w*|"
    r"jeńc\w*|zakładnik\w*|niewol\w*|sztab\w* koordynacyjn\w*|repatriacj\w* (?:\S+ ){0,3}?ciał|"
    r"ciał\w* (?:\S+ ){0,3}?(?:poległych|żołnierzy|zabitych|obrońców|zmarłych)|"
    r"(?:wymian|wymieni|przekaza|odzyska)\w* (?:\S+ ){0,3}?ciał|"
    r"(?:cywil\w*|mieszkańc\w*|obywatel\w*|dzieci|rodak\w*) (?:\S+ ){0,5}?(?:wróci\w*|powróci\w*|przekazan\w*|"
    r"repatriowan\w*|uwolnion\w*|ewakuowan\w*|odesłan\w*)|"
    r"(?:porwan|zatrzyman|przetrzymywan|deportowan|uprowadzon|wywiezion)\w* (?:\S+ ){0,2}?przez (?:\S+ )?"
    r"(?:rosj\w*|ukrain\w*|izrael\w*|hamas|wojsk\w*|armi\w*|siły|rosjan|okupant\w*)|"
    r"(?:uwolni|przekaza|repatriowa|wymieni)\w* (?:\S+ ){0,3}?(?:jeńców|więźniów|żołnierzy|wojskowych|cywilów|"
    r"zakładników)|(?:żołnierz\w*|wojskow\w*|jeńc\w*) (?:\S+ ){0,4}?(?:uwolnion\w*|przekazan\w*|wymienion\w*|"
    r"wrócił\w*|powrócił\w*)"
)
NEGATIVE = (
    r"kurs walut|giełd\w*|wymian\w* studenck\w*|erasmus|kurs\w* (?:złotego|dolara|euro)|strzelanin\w*|"
    r"wymian\w* ognia|napastnik|pomocnik|bramkarz|porywacz\w*|policja uwolniła|okup\b"
)
WAR = (
    r"niewol\w*|jeńc\w*|żołnierz\w*|wojn\w*|wojsk\w*|armi\w*|sił zbrojnych|siły zbrojne|front\w*|inwazj\w*|"
    r"konflikt\w*|ofensyw\w*|rozejm\w*|zawieszeni\w* broni|kreml\w*|okupac\w*|okupowan\w*"
    # an armed group named is a sign of armed conflict: its hostages are no crime news
    r"|hamas\w*|hezbollah\w*|huti\w*|talib\w*|partyzant\w*"
)
STATE = r"zaginion\w*|zmarł\w*|zmarli|zginęl\w*|przebywaj\w*|pozostaj\w*|przetrzymywan\w*"
RETURN = (
    r"wymian|wymieni|uwolni|wróci|powróci|powrót|powrot|odzyska|"
    r"przekaza|zwolni|repatri|sprowadz|wypuszcz|otrzyma|wraca|powraca"
)
EXCHANGE = r"wymian\w*|wymieni\w*"
