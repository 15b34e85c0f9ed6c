"""English topic vocabulary (see ``extractor.topics``)."""

VERY = (
    r"prisoner[- ]swaps?|prisoner exchanges?|exchange of prisoners|swap of prisoners|prisoners? of war|\bpows?\b|"
    r"war prisoners|"
    r"(?:returned|came home|brought home) (?:\S+ ){0,2}?from (?:\S+ )?captivity"
)
STRONG = (
    r"\bp\.o\.w|hostages?|captives?|captivity|repatriat\w+ (?:of )?(?:the )?(?:bodies|remains)|bodies of (?:the )?"
    r"(?:fallen|dead|killed)|swap(?:s|ped)? (?:\w+ ){0,3}prisoners|exchang\w+ (?:\w+ ){0,3}prisoners|"
    r"captured (?:\w+ ){0,3}(?:soldiers|troops|servicemen)|"
    r"(?:holds|holding|held) (?:\w+ ){0,3}(?:ukrainians|russians|prisoners|captives)|"
    r"(?:the |latest |last |previous |new |next |a )swap\b|"
    r"(?:return|repatriat|hand\w* over|transfer|receiv|exchang|swap)\w* (?:\S+ ){0,3}(?:bodies|remains)|"
    r"(?:bodies|remains) (?:\S+ ){0,3}(?:returned|repatriated|handed over)|"
    r"return of (?:[\d,]+ )?(?:\w+ )?(?:soldiers|servicemen|prisoners|pows|defenders|civilians)|"
    r"from (?:\S+ )?captivity|(?:freed|released) (?:\S+ ){0,8}?in exchange for|"
    r"(?:swap|exchang|trade)\w* (?:\S+ ){0,4}?prisoners|"
    r"(?:frees?|freed|releases?|released|returned|handed over|came home) (?:\w+ ){0,4}in (?:an? |the )?(?:\w+ ){0,2}"
    r"(?:exchange|swap)|"
    # "We are bringing our people home. 205 Ukrainians are free"
    r"(?:bring\w*|brought) (?:\w+ ){0,2}(?:people|defenders|soldiers) home|"
    r"(?:ukrainians|russians|defenders|soldiers|pows) (?:are|were) (?:now )?(?:free|home)\b|missing in action|"
    r"(?:swap|exchange)\w* (?:\w+ ){0,4}(?:soldiers|servicemen|troops|civilians|ukrainians|russians|detainees)|"
    r"bodies of (?:[\d,]+ )?(?:\w+ )?(?:soldiers|servicemen|fallen|dead|defenders|troops)|"
    # civilians of a war handed back: "Ukraine sends 33 civilians back", "residents came back to Russia"
    r"(?:civilians|residents|citizens|compatriots|nationals|children|abductees|detainees|evacuees|deportees) "
    r"(?:\S+ ){0,8}?(?:sent back|sent home|brought back|came back|come back|came home|come home|returned (?:home|to)|"
    r"repatriated|evacuated from|handed (?:back|over)|(?:are|were|is) (?:now )?back)|"
    r"(?:sends?|sent|hands?|handed|brings?|bringing|brought) (?:back (?:\S+ ){0,3}?(?:civilians|residents|citizens|"
    r"children|compatriots|nationals)|(?:\S+ ){0,3}?(?:civilians|residents|citizens|children|compatriots|nationals) "
    r"(?:\S+ ){0,3}?(?:back|home)\b)|"
    r"captured (?:\w+ )?(?:armenians|azerbaijanis|ukrainians|russians|israelis|palestinians|americans|fighters)|"
    # captivity by a state or an armed force, not by criminals
    r"(?:abducted|kidnapped|detained|held|seized|captured|imprisoned|deported) (?:\S+ ){0,2}?by (?:the )?"
    r"(?:russia\w*|ukrain\w*|north korea\w*|azerbaijan\w*|armenia\w*|israel\w*|hamas|hezbollah|houthis?|taliban|"
    r"iran\w*|occupiers|occupation forces|occupying forces|(?:\w+ )?(?:troops|forces|army|military|militants|rebels))|"
    r"(?:illegal\w*|unlawful\w*|arbitrar\w*|forcibl\w*|forced) (?:\S+ ){0,2}?(?:detain\w*|detention|deport\w*|"
    r"transfer\w*)|deported (?:\S+ ){0,3}?children|mutual release|"
    r"(?:transferred|handed over|released|freed|frees|repatriated|exchanged|swapped) (?:\S+ ){0,3}?"
    r"(?:prisoners|detainees|captives|servicemen|soldiers|troops)|"
    r"(?:servicemen|soldiers|troops|pows) (?:\S+ ){0,4}?(?:were |had been |have been )?(?:freed|released|"
    r"transferred|handed over|repatriated|exchanged)|prisoner (?:release|transfer|deal)s?|detainees?|"
    r"(?:russian|ukrainian|israeli|palestinian|armenian|azerbaijani|american|british|yemeni|saudi|houthi) "
    r"(?:prisoners|detainees|soldiers|servicemen|pows|captives|civilians|citizens) (?:\S+ ){0,3}?(?:freed|released|"
    r"returned|repatriated|exchanged|swapped|handed over|sent home|came home)|"
    r"released from (?:\S+ ){0,2}?(?:custody|detention)|"
    r"(?:freed|released|frees|releases) (?:\S+ ){0,3}?(?:americans|israelis|ukrainians|russians|britons)|"
    r"(?:ukrainians|russians|soldiers|servicemen|defenders|prisoners|pows|israelis|palestinians|americans|hostages) "
    r"(?:\S+ ){0,2}?(?:came|come|returned|went|were brought|have been brought) home|"
    # held by the other side: "wrongfully detained Americans", "held in Russian prisons", tortured POWs
    r"wrongfully detained|unjustly (?:detained|imprisoned)|(?:russian|ukrainian|israeli|iranian|azerbaijani) "
    r"(?:prisons?|jails?|detention|custody|penal colon\w*)|tortur\w* (?:\S+ ){0,4}?(?:prisoners|detainees|captives)|"
    r"(?:missing|captured) (?:\S+ ){0,2}?(?:soldiers|servicemen|defenders)|all[- ]for[- ]all|"
    # "the 1,000-for-1,000 exchange", "a 95-for-95 swap" (from "for": a term starting with a digit would be
    # tried at every number and cost a third of the scan)
    r"for-\d[\d,]* (?:\S+ ){0,2}?(?:exchange|swap)"
)
NEGATIVE = (
    r"exchange rates?|stock exchange|currency exchange|exchange offices?|student exchange|exchange programme|"
    r"exchange program|exchange of fire|exchanged fire|exchange of (?:views|strikes|blows|information)|"
    r"bank robbery|robber\w*|robbery|bank hostage|hostage[- ]taker\w*|standoff|the suspect|kidnapper\w*|ransom|"
    r"barricaded|police negotiators?|currency swaps?|debt swaps?|swap lines?|credit default swaps?|"
    # sports transfers and market reports use "swap" and "held hostage" as figures of speech
    r"midfielder|striker|goalkeeper|transfer window|transfer fee|player exchange|player swap|nba|nhl|nfl|mlb|"
    r"offseason|draft picks?|free agen(?:t|ts|cy)|trade deadline|"
    # film and book reviews retell fictional swaps
    r"box office|opening weekend|spy (?:drama|thriller)|the film's|critics gave|"
    r"nasdaq|s&p 500|dow jones|stock markets?|global markets|a barrel|an ounce|"
    # prison and crime news: riots, inmates, gangs; museums returning ancestral remains
    r"inmates?|correctional|prison riot|parole\w*|gang (?:had|members?|leaders?)|gangsters?|police (?:freed|rescued)|"
    r"ancestral remains"
)
WAR = (
    r"war|wars|wartime|military|army|armed forces|troops|soldiers?|servicem[ae]n|militants?|rebels?|insurgents?|"
    r"kremlin|white house|wrongfully detained|ceasefire|truce|occupied|occupation|front ?line|invasion|conflict|"
    r"hamas|hezbollah|houthis?|taliban|prisoners?|pows?|captivity|captives?|defenders|fallen soldiers|"
    r"offensive|incursion|shelling|air ?strikes?|deport\w*|war crimes?|abductees|gaza|"
    # captivity held by a state or an armed group is a conflict's, whatever else the text says
    r"(?:abducted|kidnapped|detained|held|seized|captured) by (?:the )?(?:russia\w*|north korea\w*|iran\w*|hamas|"
    r"hezbollah|houthis?|taliban)"
    # an armed group named is a sign of armed conflict: its hostages are no crime news
    r"|eln|farc|rsf|rapid support forces|tplf|guerrillas?|paramilitar\w*"
)
STATE = r"remain\w*|still held|missing|died"
RETURN = (
    r"exchang|swap|freed|releas|return|handed|repatri|"
    r"came home|brought home|sent home|transferr|receiv|rescu|brought back"
)
EXCHANGE = r"swap\w*|exchang\w*"
