"""Is an article about prisoner exchanges, POWs, captives or hostages of a conflict — and which conflict?"""

from __future__ import annotations

import re

from extractor.rx import words

# Terms that alone make an article about prisoner exchanges (counted twice).
VERY = words(
    r"prisoner[- ]swaps?|prisoner exchanges?|exchange of prisoners|swap of prisoners|prisoners? of war|\bpows?\b|"
    r"обмін\w* полоненими|військовополонен\w*|обмен\w* (?:\w+ )?пленными|военнопленн\w*|gefangenenaustausch\w*|"
    r"kriegsgefangen\w*|échange de prisonniers|prisonniers de guerre|intercambio de prisioneros|"
    r"canje de prisioneros|prisioneros de guerra|wymian\w* jeńców|jeńc\w* wojenn\w*|troca de prisioneiros|"
    r"prisioneiros de guerra|"
    # "189 українців повернулися з російського полону": the whole story in one clause
    r"(?:повернул\w*|повертаються|вернул\w*|возвращ\w*|returned|came home|brought home|wróci\w*) (?:\S+ ){0,2}?"
    r"(?:з|із|зі|из|from|z) (?:\S+ )?(?:полону|плена|captivity|niewoli)|"
    r"(?:з|із|из|z) (?:\S+ )?(?:полону|плена|niewoli) (?:\S+ ){0,2}?(?:повернул\w*|вернул\w*|возвращ\w*|звільн\w*|"
    r"освобожд\w*|uwolni\w*|wróci\w*)|"
)
# Terms that make an article about captives of a conflict on their own.
STRONG = words(
    r"(?:повернул\w*|повертаються|вернул\w*|возвращ\w*|returned|came home|brought home|wróci\w*) (?:\S+ ){0,2}?"
    r"(?:з|із|зі|из|from|z) (?:\S+ )?(?:полону|плена|captivity|niewoli)|"
    r"(?:з|із|из|z) (?:\S+ )?(?:полону|плена|niewoli) (?:\S+ ){0,2}?(?:повернул\w*|вернул\w*|возвращ\w*|звільн\w*|"
    r"освобожд\w*|uwolni\w*|wróci\w*)|"
    r"prisoner[- ]swaps?|prisoner exchanges?|exchange of prisoners|swap of prisoners|prisoners? of war|\bpows?\b|"
    r"\bp\.o\.w|hostages?|captives?|captivity|repatriat\w+ (?:of )?(?:the )?(?:bodies|remains)|bodies of (?:the )?"
    r"(?:fallen|dead|killed)|swap(?:s|ped)? (?:\w+ ){0,3}prisoners|exchang\w+ (?:\w+ ){0,3}prisoners|"
    r"обмін\w* полоненими|полонен\w*|військовополонен\w*|з полону|у полоні|в полоні|полону|заручник\w*|"
    r"обмен\w* (?:\w+ )?пленными|военнопленн\w*|\bплен[уаоеын]\w*|заложник\w*|\bполон[уіиа]\b|"
    r"обмен\w* (?:\w+ )?заключенн\w*|обмін\w* (?:\w+ )?ув'язнен\w*|"
    r"captured (?:\w+ ){0,3}(?:soldiers|troops|servicemen)|"
    r"(?:holds|holding|held) (?:\w+ ){0,3}(?:ukrainians|russians|prisoners|captives)|"
    r"(?:the |latest |last |previous |new |next |a )swap\b|"
    r"(?:return|repatriat|hand\w* over|transfer|receiv)\w* (?:\S+ ){0,3}(?:bodies|remains)|"
    r"(?:bodies|remains) (?:\S+ ){0,3}(?:returned|repatriated|handed over)|"
    r"return of (?:[\d,]+ )?(?:\w+ )?(?:soldiers|servicemen|prisoners|pows|defenders|civilians)|"
    r"(?:retour|libération|échange) de (?:\d[\d ]* )?(?:\w+ )?(?:militaires|soldats|prisonniers|détenus|otages)|"
    r"corps de (?:\d[\d ]* )?(?:\w+ )?(?:soldats|militaires)|cuerpos de (?:[\d.]+ )?(?:\w+ )?(?:soldados|militares)|"
    r"(?:canje|intercambio|retorno|liberación) de (?:[\d.]+ )?(?:\w+ )?(?:soldados|militares|prisioneros)|"
    r"gefangene\w* (?:\S+ ){0,3}(?:ausgetauscht|freigelassen|freigekommen|übergeben)|"
    r"(?:захисник\w*|защитник\w*|військовополонен\w*|бійц\w*|бойц\w*) (?:\S+ ){0,2}(?:повернул\w*|повертаються|"
    r"вернул\w*|возвращ\w*)|(?:з|із) (?:\S+ )?полону|из (?:\S+ )?плена|from (?:\S+ )?captivity|"
    r"(?:freed|released|libert\w*|liberó|libéré\w*|freigelassen|uwolni\w*|звільн\w*|освобод\w*) "
    r"(?:\S+ ){0,8}?(?:in exchange for|em troca de|a cambio de|en échange d[eu']|im austausch gegen|w zamian za|"
    r"в обмін на|в обмен на)|"
    r"(?:повертаються|повернул\w*|вернул\w*|возвращ\w*) (?:\S+ ){0,2}(?:захисник\w*|защитник\w*|військовослужбов\w*|"
    r"военнослужащ\w*|бійц\w*|бойц\w*|полонен\w*|пленн\w*)|(?:обмін\w*|обмен\w*) (?:\S+ ){0,2}?\d[\d ]* на \d|"
    r"координаційн\w* штаб\w*|координационн\w* штаб\w*|коордштаб\w*|"
    r"(?:swap|exchang|trade|troc|intercambi|canje|échang|austausch|tausch|обмін|обмен|обменя|wymieni)\w* "
    r"(?:\S+ ){0,4}?(?:prisoners|prisioneiros|prisioneros|prisonniers|gefangene|jeńc\w*|полонен\w*|пленн\w*)|"
    r"(?:frees?|freed|releases?|released|returned|handed over|came home) (?:\w+ ){0,4}in (?:an? |the )?(?:\w+ ){0,2}"
    r"(?:exchange|swap)|"
    # "We are bringing our people home. 205 Ukrainians are free", "Do domu wróciło 84 Ukraińców"
    r"(?:bring\w*|brought) (?:\w+ ){0,2}(?:people|defenders|soldiers) home|"
    r"(?:ukrainians|russians|defenders|soldiers|pows) (?:are|were) (?:now )?(?:free|home)\b|"
    r"зникл\w* безвісти|пропавш\w* без вести|missing in action|portés? disparus|"
    r"wróci\w* (?:\S+ ){0,2}(?:ukraińc\w*|jeńc\w*|obrońc\w*|żołnierz\w*)|"
    # "303 українці вже вдома", "Повертаємо наших додому", "150 militaires russes ont été rapatriés"
    r"(?:українц\w*|захисник\w*|військов\w*|наш\w*|воїн\w*) (?:вже |уже )?вдома|"
    r"(?:повертаємо|повернул\w*|повертаються) (?:\S+ ){0,2}?додому|додому (?:повертаються|повернул\w*)|"
    r"(?:militaires|soldats|prisonniers) (?:\w+ ){0,2}?(?:ont été |sont )?(?:rapatriés|libérés|échangés)|"
    r"(?:в ходе|в результате|в рамках|у рамках|під час|у межах|в межах|в результаті|внаслідок) (?:\w+ ){0,2}"
    r"(?:обмен|обмін)\w*|(?:на батьківщину|на родину) (?:повернул\w*|вернул\w*)|"
    r"(?:im rahmen|bei) (?:\w+ ){0,2}(?:gefangenen)?austausch\w*|lors d'un (?:\w+ )?échange|"
    r"en un (?:\w+ )?(?:canje|intercambio)|"
    r"w ramach (?:\w+ )?wymian\w*|"
    r"(?:swap|exchange)\w* (?:\w+ ){0,4}(?:soldiers|servicemen|troops|civilians|ukrainians|russians|detainees)|"
    r"(?:тіла|тіл|тела|тел)\s+(?:[\d\s]+\s+)?(?:загиблих|погибших|полеглих|павших|загинулих|військов|военн|"
    r"українськ|российск|украинск|російськ|захисник|воїн)|репатріац\w*|репатриац\w*|"
    r"bodies of (?:[\d,]+ )?(?:\w+ )?(?:soldiers|servicemen|fallen|dead|defenders|troops)|обмен\w* телами|"
    r"обмін\w* тілами|"
    r"gefangenenaustausch\w*|kriegsgefangen\w*|geiseln?|gefangenschaft|"
    r"leichen (?:\S+ ){0,3}(?:soldaten|gefallen\w*|getötet\w*|kämpfer\w*)|tote\w* (?:\w+ )?soldaten|"
    r"échange de prisonniers|prisonniers de guerre|otages?|captivité|"
    r"intercambio de prisioneros|canje de prisioneros|prisioneros de guerra|rehenes|cautiverio|"
    r"wymian\w* jeńców|jeńc\w*|zakładnik\w*|niewol\w*|"
    r"troca de prisioneiros|prisioneiros de guerra|reféns|cativeiro"
)
# Contexts that make "exchange"/"hostage" mean something else.
NEGATIVE = words(
    r"exchange rates?|stock exchange|currency exchange|exchange offices?|student exchange|exchange programme|"
    r"exchange program|exchange of fire|exchanged fire|exchange of (?:views|strikes|blows|information)|"
    r"bank robbery|robber\w*|robbery|bank hostage|hostage[- ]taker\w*|standoff|the suspect|kidnapper\w*|ransom|"
    r"barricaded|police negotiators?|currency swaps?|debt swaps?|swap lines?|credit default swaps?|"
    r"курс\w* (?:долара|валют|гривні|рубля|доллара)|обмінн\w+ курс|біржа|"
    r"мосбирж|московской биржи|биржев|обмен\w* мнениями|обмін\w* досвідом|обмін\w* посвідчен|"
    r"wechselkurs|börse|schüleraustausch|taux de change|bourse|tipo de cambio|bolsa|kurs walut|giełda|câmbio|"
    # sports transfers and market reports use "swap" and "held hostage" as figures of speech
    r"midfielder|striker|goalkeeper|transfer window|transfer fee|player exchange|player swap|"
    # film and book reviews retell fictional swaps
    r"box office|opening weekend|spy (?:drama|thriller)|the film's|critics gave|"
    r"nasdaq|s&p 500|dow jones|stock markets?|global markets|a barrel|an ounce|фондов\w+ (?:ринок|рынок)"
)
# The conflict of a relevant article.
UA_RU = words(
    r"ukrain|ucranian|україн|украин|kyiv|kiev|київ|киев|zelensk|зеленськ|зеленск|kursk|курськ|курск|mariupol|маріупол|"
    r"мариупол|ucrania|ucrânia|ukraina|коордштаб|координаційн\w+ штаб|lubinets|лубінец|москальков|moskalkova"
)
OTHER = words(
    r"israel|ізраїл|израил|hamas|хамас|gaza|газа|palestin|палестин|armenia|вірмен|армен|azerbaijan|азербайджан|"
    r"americans?|u\.s\. citizens|американ|граждан сша|громадян сша|venezuela|iran\b|north korean? prisoners"
)


# A bare "exchange" adds one point at most: enough beside one captivity word, never alone.
EXCHANGE_WORD = words(
    r"(?:swap\w*|exchang\w*|обмін\w*|обмін\w*|обмен\w*|обменя\w*|austausch\w*|ausgetauscht|échang\w*|intercambi\w*|"
    r"canje\w*|wymian\w*|wymieni\w*|troc\w*)\b"
)


_SENTENCE_END = re.compile(r"[.!?\n]")
_COUNT = re.compile(r"\d")


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def relevance_score(low: str, title_low: str) -> int:
    """Points for captivity terms: the headline weighs most, a passing mention in the body least."""
    text = low[:20000]
    strong = [m.start() for m in STRONG.finditer(text)]
    # VERY terms are also STRONG ones: test them only where a STRONG term starts (counted twice)
    hits = strong + [pos for pos in strong if VERY.match(text, pos)]
    sentences = {_sentence_of(text, pos) for pos in strong}
    title_hits = [m.start() for m in STRONG.finditer(title_low)]
    score = 3 * (len(title_hits) + sum(1 for pos in title_hits if VERY.match(title_low, pos)))
    if len(sentences) >= 2:
        score += len(hits)
    elif sentences:
        a, b = next(iter(sentences))
        # one sentence is enough when it reports a handover with a count ("exchanged 95 POWs each")
        state = RETURN_WORD.search(text, a, b) or STATE_WORD.search(text, a, b)
        score += 2 if _COUNT.search(text, a, b) and state else 1
        # ... and a very specific term in it ("189 повернулися з полону") outweighs a headline without one
        score += 1 if len(hits) > len(strong) and _COUNT.search(text, a, b) else 0
    score += 1 if EXCHANGE_WORD.search(title_low) or EXCHANGE_WORD.search(text) else 0
    negative = len(NEGATIVE.findall(text, 0, 8000)) + 2 * len(NEGATIVE.findall(title_low))
    return score - 2 * negative


def is_relevant(low: str, title_low: str) -> bool:
    """About captives of an armed conflict: enough captivity terms and some sign of war."""
    if relevance_score(low, title_low) < 3:
        return False
    return bool(CONFLICT_CONTEXT.search(title_low) or CONFLICT_CONTEXT.search(low[:20000]))


# Some sign of war or armed conflict: hostages without it are crime news.
CONFLICT_CONTEXT = words(
    r"(?:war|wars|wartime|military|army|armed forces|troops|soldiers?|servicem[ae]n|militants?|rebels?|insurgents?|"
    r"kremlin|white house|wrongfully detained|кремл\w*|"
    r"ceasefire|truce|occupied|occupation|front ?line|invasion|conflict|hamas|hezbollah|houthis?|taliban|"
    r"prisoners?|pows?|captivity|captives?|niewol\w*|jeńc\w*|żołnierz\w*|cautiverio|cativeiro|prisioneros|"
    r"prisioneiros|prisonniers|gefangen\w*|захисник\w*|защитник\w*|полегл\w*|загибл\w*|погибш\w*|"
    r"координаційн\w*|координационн\w*|зсу|всу|defenders|fallen soldiers|"
    r"війн\w*|військов\w*|армі\w*|фронт\w*|окупац\w*|полон\w*|войн\w*|военн\w*|арми\w*|плен\w*|"
    r"krieg\w*|soldaten|armee|guerre|armée|militaires|soldats|guerra|ejército|militares|soldados|wojn\w*|wojsk\w*|"
    r"exército)\b"
)


def conflict_by_text(low: str) -> str:
    """"RU-UA" when Russia–Ukraine terms outnumber those of other conflicts, else "other"."""
    # the opening of an article names its conflict; reading further only costs time
    ua = len(UA_RU.findall(low[:6000]))
    other = len(OTHER.findall(low[:6000]))
    return "RU-UA" if ua >= other else "other"


def conflict_of(by_text: str, figure_sides: set[str]) -> str:
    """The conflict, from the sides of the figures when they tell, else from the text (``conflict_by_text``)."""
    if "UA" in figure_sides:
        return "RU-UA"
    # North Korean or Belarusian captives are part of the Russia–Ukraine war; US, Israeli… ones are not
    if figure_sides - {"RU", "UA", "KP", "BY"}:
        return "other"
    return by_text


# Still held, missing or dead in captivity: a count beside one is the point of an analysis piece.
STATE_WORD = words(
    r"(?:remain\w*|still held|остают\w*|остаёт\w*|остает\w*|залишаю\w*|перебуваю\w*|утриму\w*|удержива\w*|"
    r"зникл\w* безвісти|пропавш\w* без вести|missing|portés? disparus|zaginion\w*|vermisst\w*|desaparecid\w*|"
    r"загинул\w*|погибл\w*|died|gestorben|morts?\b|zmarł\w*|murieron|morreram)"
)

# Any handover or exchange word: a sentence without one is narrative around the event.
RETURN_WORD = words(
    r"(?:exchang|swap|freed|releas|return|handed|повер|обмін|звільн|передал|вернул|возвращ|обмен|освобо|передан|"
    r"austausch|freigelassen|échang|libér|intercamb|canje|liberad|liberaci|wymian|uwolni|troca|libert|recuper|regres|"
    r"rapatri|repatri|wróci|powróci|odzyska|zurück)"
)
