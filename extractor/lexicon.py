"""Word lists, as compiled patterns over lower-cased text, for every concept the rules read.

All languages are merged into one pattern per concept: a Ukrainian quote inside an English report
must still be read, and the patterns never collide across scripts.  Stems end without ``\\b`` where
the word is inflected.
"""

from __future__ import annotations

import re

from extractor.lexicons import terms
from extractor.rx import words


def _rx(concept: str, *alternatives: str) -> re.Pattern[str]:
    # Every term starts at a word start; the leading \b lets the engine skip mid-word positions cheaply,
    # and grouping by first letter lets it skip whole branches. Languages in extractor/lexicons add theirs.
    return words(*alternatives, *terms(concept))


def _more(concept: str) -> str:
    """ "|alt|alt" of the lexicon languages' terms for a hand-built pattern ("" when none has any)."""
    found = terms(concept)
    return "|" + "|".join(found) if found else ""


# The head noun of a count of people.
PERSON = _rx(
    "PERSON",
    r"\b(?:prisoners?|pows?|p\.o\.w\.?s?|captives?|servicem[ae]n|servicewom[ae]n|soldiers?|troops|people|persons?|"
    r"civilians?|citizens?|nationals?|defenders?|hostages?|detainees?|women|men|children|boys|girls|marines?|"
    r"fighters?|residents?|ukrainians|russians|israelis|palestinians|americans|armenians|azerbaijanis|houthis|"
    r"yemenis|saudis|venezuelans|colombians|iranians|"
    r"conscripts?|sailors?|guards?|medics?|names|heroes|individuals|military personnel|personnel|inmates|"
    r"them|of them|others|patriots|fellow citizens|compatriots|countrymen|crew members|journalists|"
    r"servicemembers|service members|(?:seriously|severely|gravely|badly) (?:wounded|injured)|"
    r"(?:ukrainian|russian|israeli|palestinian) ones|officers|volunteers|pilots|priests|minors|teenagers|"
    r"servicepeople|wounded servicemen|civilian detainees)\b",
    r"\b(?:полонен|військов|захисник|захисниц|бійц|бійців|людей|людин|осіб|особ|українц|українок|громадян|співгромадян|"
    r"цивільн|заручник|моряк|прикордонник|оборонц|героїв|героя|нацгвардійц|морпіх|строковик|чоловік|жінок|"
    r"дітей|в'язн|співвітчизник|земляк|мешканц|жител|важкопоранен|тяжкопоранен|тероборонц|азовц|бранц)",
    r"\b(?:пленн|военн|военнослужащ|человек|люд|гражданин|гражданк|граждан|сограждан|украинц|россиян|заложник|"
    r"мирных|жител|защитник|бойц|срочник|соотечественник|пограничник|заключенн|заключённ|узник|женщин|мужчин|"
    r"моряк|военнопленн|тяжелоранен|тяжело ранен|азовц|нацгвардейц|морпех)",
    r"\b(?:gefangene\w*|kriegsgefangene\w*|soldat\w*|menschen|personen|zivilist\w*|geiseln|ukrainer\w*|russen|"
    r"häftling\w*|militärangehörige\w*|staatsbürger\w*|bürger\w*|verteidiger\w*|kämpfer\w*|männer|frauen|kinder|"
    r"insassen|armenier|aserbaidschaner|amerikaner|us-bürger|jemeniten|huthi|saudis)",
    r"\b(?:prisonniers?|soldats|militaires|personnes|civils|otages|détenus|ukrainiens|russes|palestiniens|"
    r"israéliens|captifs|combattants|ressortissants|hommes|femmes|enfants|défenseurs|citoyens|arméniens|"
    r"azerbaïdjanais|américains|yéménites|houthis|saoudiens|marins|journalistes|gardes-frontières|compatriotes|"
    r"blessés graves|grands blessés)\b",
    r"\b(?:prisioneros|prisioneiros|soldados|militares|personas|pessoas|civiles|civis|rehenes|reféns|detenidos|"
    r"detidos|ucranianos|rusos|russos|presos|cautivos|palestinos|israelíes|israelenses|hombres|mujeres|niños|"
    r"homens|mulheres|crianças|defensores|ciudadanos|cidadãos|combatientes|combatentes|armenios|arménios|"
    r"azerbaiyanos|azerbaijanos|estadounidenses|americanos|norte-americanos|yemeníes|iemenitas|hutíes|houthis|"
    r"saudíes|sauditas|venezolanos|venezuelanos|colombianos|palestinianos|israelitas|marinheiros|marinos|"
    r"efectivos|uniformados|compatriotas|reos|secuestrados|sequestrados|guardas|guardias|jornalistas|periodistas|"
    r"guerreros|guerreiros|héroes|heróis)\b",
    r"\b(?:jeńc\w*|żołnierz\w*|wojskowych|osób|osoby|cywil\w*|zakładnik\w*|ukraińc\w*|rosjan\w*|więźni\w*|"
    r"obrońc\w*|obywatel\w*|ludzi|mężczyzn|kobiet|dzieci|bojownik\w*|marynarzy|pogranicznik\w*|wojskowi|"
    r"palestyńczyk\w*|izraelczyk\w*|amerykan\w*|gwardzist\w*|funkcjonariusz\w*|rodak\w*)",
)

BODY = _rx(
    "BODY",
    r"\b(?:bodies|remains|corpses)\b",
    r"\b(?:тіл|тіла|тіло|останк|тела|тел|тело)\b",
    r"\b(?:leichen|leichname|toten|gefallenen|tote|getötete)\b",
    r"\b(?:corps|dépouilles|restes)\b",
    r"\b(?:cuerpos|cadáveres|restos|corpos)\b",
    r"\b(?:ciał|zwłok|szczątk\w*)",
)

# Verbs and phrases of a handover (past or present: the reported event).
RETURN = _rx(
    "RETURN",
    r"\b(?:are free|were free|now free|set free|traded|trading|trade|trades|recovered|recovers|regained|"
    r"won back|secured the release|secured the return|"
    r"returned|returns|returning|return|freed|frees|released|releases|releasing|release|home|handed|hands|handing|"
    r"exchanged|exchanging|swapped|swapping|swap|swaps|exchange|received|receives|receiving|brought|brings|"
    r"bringing|came back|come back|comes back|gets back|got back|get back|repatriated|repatriation|repatriates|"
    r"transferred|in return|freeing|liberated|rescued|set free|back|walked free|reunited|flown home)\b",
    r"\b(?:поверн|вернул|вернув|звільн|віддал|віддан|обмін|обміня|передал|передан|передав|отримал|отримав|додому|вдома|удома|"
    r"повертаються|повертається|визвол|репатрі)",
    r"\b(?:вернул|вернут|вернув|возвращ|освобо|обмен|обменя|передал|передан|переда|получил|получи|домой|вызвол|"
    r"репатри|по домам)",
    r"\b(?:zurück\w*|freigelassen\w*|freigekommen\w*|ausgetauscht|austausch\w*|übergeben|heimgekehrt|befreit|"
    r"freilassung|übergabe|gefangenenaustausch\w*|heimat|kehrten|frei|erhielt\w*|erhalten|erhält|überstellt|zurückgebracht|"
    r"heimgeholt|entlassen)",
    r"\b(?:libérés?|libérées?|libère|libéré|relâch\w*|échang\w*|rendus?|rapatri\w*|retour\w*|remis|remises|libération|"
    r"récupér\w*|rentr\w*|revenu\w*|transférés|restitu\w*|de retour|retrouvé la liberté|chez eux)",
    r"\b(?:liberad\w*|intercambi\w*|canje\w*|regres\w*|devuelt\w*|entreg\w*|repatriad\w*|libertad\w*|"
    r"trocad\w*|troca\w*|devolvid\w*|entregues|liberó|liberou|libertou|recuper\w*|canjea\w*|volvieron|volver|"
    r"de vuelta|"
    r"retornaron|excarcelad\w*|trasladad\w*|regressaram|voltaram|recebe\w*|recibi\w*|reçu\w*|"
    r"libertad[oa]s|libertação|solt[oa]s|soltaram|soltou|soltura|vuelven|vuelvan|volvió|"
    r"regressad[oa]s|trazid[oa]s|de volta|para casa|a casa|"
    r"rescatad\w*|resgatad\w*|de regreso|liberaron|liberaram|obtuvo|obtuvieron|obteve|obtiveram|a obtenu)",
    r"\b(?:wróci\w*|uwolni\w*|wymian\w*|wymieni\w*|przekaza\w*|powróci\w*|odzyska\w*|zwolni\w*|uwolnion\w*|otrzyma\w*|"
    r"wypuszcz\w*|oddan\w*|oddano|repatriowan\w*|do domu|w domu|przywi\w*|przywie\w*|sprowadz\w*|"
    r"na wolność|na wolności|powrot\w*|powrót|trafil\w*|"
    r"w zamian|натомість|взамен|en échange|a cambio|em troca|im gegenzug|"
    r"contre (?=\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent))",
)

# A plan, offer or agreement: what is to happen is not a handover.
PLAN_BEFORE = _rx(
    "PLAN_BEFORE",
    r"\b(?:agree[ds]?(?: \w+){0,3}? (?:to|that|upon)|agree[ds]? on (?:an? |the )?(?:new |another |further )?"
    r"(?:swap|exchange|release|handover)|(?:have|has|had) agreed|agreement to|offered|offers?|"
    r"proposed|proposes?|propose|ready to|plans? to|planned|planning|expected to|would|will|is to|are to|"
    r"intends? to|wants? to|wants? back|demand(?:s|ed)?|seeks? to|"
    r"hopes? to|aims? to|set to|could|might|promised|pledged|prepared to|talks on|negotiat\w+ (?:to|on)|"
    # what a deal "foresees" is its plan: "the deal foresees the release of 1,000 prisoners by each side"
    r"foresees?|foresaw|envisages?|envisaged|provides? for|calls? for|предусматрива\w*|передбача\w*|"
    r"prévoi\w*|prévoy\w*|prevê|przewiduj\w*|vorsieht|vorsah)\b",
    r"\bto (?<!able to )(?<!managed to )(?<!helped to )(?:hand over|return|release|exchange|swap|free|repatriate|"
    r"transfer)\b",
    r"\b(?:домовил\w*|домовленост\w*|домовленіст\w*|запропонува\w*|пропону\w*|готов\w*|має\b|мають\b|мали б|планує\w*|"
    r"планують|плануєть\w*|повинн\w*|можуть|може|буде|будуть|вимага\w*|хоче|хочуть)\b",
    r"\b(?:договорил\w*|договоренност\w*|предложил\w*|предлага\w*|предлож\w*|готов\w*|должн\w*|намерен\w*|"
    r"планиру\w*|будет|будут|может|могут|требу\w*|хочет)\b",
    r"\b(?:vereinbart\w*|sollen|soll|wollen|will|angeboten|bereit|plan\w*|werden)\b",
    r"\b(?:doit|doivent|devrait|devraient|propos\w*|prévu\w*|accord pour|prêt\w* à|va|vont|convenu|"
    r"se sont entendu\w*)\b",
    r"\b(?:acordaron|acuerdan|acordado|acordaram|concordaram|comprometieron|comprometen|comprometeram|comprometem|"
    r"comprometeu|deberán|deberá|propuso|propone|dispuest\w*|prevé|deverão|deverá|propôs|"
    r"vão|vai|irá|irán)\b",
    r"\b(?:mają|ma zostać|mają zostać|zaproponował\w*|gotow\w*|uzgodni\w*|planuj\w*|chce)\b",
)
PLAN_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:are to|is to|to be|will be|would be|are due|are expected|мають бути|має бути|повинні|"
    r"должны быть|должны|будут|sollen|doivent être|seront|serán|serão|mają zostać|mają być"
    + _more("PLAN_AFTER") + r")\b"
)

# A figure from an earlier exchange, mentioned as background.
EARLIER = _rx(
    "EARLIER",
    r"\b(?:previous|previously|earlier|prior|preceding|a day before|the day before|last time|as reported|"
    r"last (?:exchange|swap) (?:took place|was held|happened|occurred)|since [^,;]{3,30}, when|"
    r"(?:had|had been) already|already had|"
    r"before that|before then|prior to that|the last one|the one before|"
    r"(?:follows|followed|comes after|came after) an? (?:\w+ )?(?:exchange|swap)|"
    r"last (?:exchanged|swapped|traded)|(?:days|weeks|months) after (?:\w+ ){0,4}(?:swapped|exchanged|traded|"
    r"freed|released|returned))\b",
    r"\b(?:попередн\w*|(?:напередодні|накануне)(?=\s*,)|раніше|минулого разу|минулий обмін|предыдущ\w*|ранее|"
    r"прошл\w+ обмен|востаннє|в последний раз|в останній раз|(?:последн\w+|останн\w+) обм[еі]н\w* "
    r"(?:состоял\w*|прош[её]л|проходил|был|відбув\w*|проходив|був)|"
    r"нагадаємо|напомним|як повідомлял\w*|як повідомляв\w*|как сообщал\w*|як відомо|"
    r"как известно|до цього|перед цим|до этого|перед этим|прежде(?! всего))",
    # the pluperfect with "already": "ya habían canjeado otros 400", "avaient déjà échangé"
    r"\b(?:(?:habían|había|avaient|avait|s'étaient|s'était|hatten|hatte|tinham|tinha|avevano|aveva|erano|era) "
    r"(?:ya|déjà|já|già)|ya (?:habían|había)|já (?:tinham|tinha|haviam|havia))\b",
    r"\b(?:vorherig\w*|zuvor|vorige\w*|letzte\w* austausch|précédent\w*|auparavant|anterior\w*|poprzedni\w*|"
    r"wcześniej|przedtem|avant cela|antes de eso|antes de ello|antes disso|"
    r"wie berichtet|comme annoncé|como se informó|jak informowaliśmy|la última vez|la dernière fois|"
    r"último (?:intercambio|canje) (?:se produjo|tuvo lugar|fue|se realizó|se celebró)|"
    r"dernier échange (?:a eu lieu|remonte|s'est déroulé)|ostatni\w* wymian\w* (?:odbył\w*|miał\w*)|"
    r"última troca (?:ocorreu|decorreu|teve lugar|aconteceu|realizou-se))",
)

# Parts of a stated total: "213 of them servicemen", "among them", "серед них", "в том числе".
SUBGROUP_BEFORE = _rx(
    "SUBGROUP_BEFORE",
    r"\b(?:including|included|among them|among those|among whom|of whom|of them|of those|among the|"
    r"such as|of which|as well as|included)\b",
    r"\b(?:серед них|серед яких|серед звільнених|серед повернутих|з них|із них|зокрема|у тому числі|в тому числі|"
    r"серед|среди них|среди которых|среди освобожденных|среди освобождённых|из них|в том числе|среди|"
    r"darunter|unter ihnen|davon|dont|parmi eux|parmi lesquels|parmi|entre ellos|entre los|incluidos|de ellos|"
    r"w tym|wśród nich|wśród|w gronie|incluindo|entre eles|dos quais|dentre)\b",
)
SUBGROUP_AFTER = re.compile(
    r"^\s*(?:of them|of whom|of those|of these|з них|із них|из них|davon|d'entre eux|d'entre elles|de ellos|de ellas|"
    r"deles|delas|z nich"
    + _more("SUBGROUP_AFTER") + r")\b"
)

MISSING = _rx(
    "MISSING",
    r"\bmissing\b|\bunaccounted\b|whereabouts (?:are |were |remain )?unknown|"
    r"location (?:is |was )?unknown|зникл\w* безвісти|безвісти зникл|зниклих|пропавш\w* без вести|"
    r"без вести пропавш|\bvermisst|\bdisparus?\b|\bdesaparecid|\bzaginion|\bdesaparecidos"
)
DIED = _rx(
    "DIED",
    r"\b(?:died|die(?= (?:in|of|from|while|after|during|under)\b)|dies|deaths?|killed|dead|perished|executed|"
    r"murdered|tortured to death|lost their lives)\b",
    r"\b(?:загинул\w*|загинуло|загибел\w*|помер\w*|помир\w*|смерт\w*|вбит\w*|вбил\w*|розстріля\w*|страчен\w*)",
    r"\b(?:погиб\w*|умер\w*|умира\w*|смерт\w*|убит\w*|убил\w*|расстрел\w*|казнен\w*)",
    r"\b(?:gestorben|getötet|tod|starben|ums leben|morts?|décédés?|tués|murieron|muertos|fallecid\w*|"
    r"zginęł\w*|zmarł\w*|zabit\w*|morreram|mortos)\b",
)
CAPTIVITY = _rx(
    "CAPTIVITY",
    r"\b(?:captivity|custody|prisoners? of war|pows?|detention|prison camp|penal colony|while held|in prison)\b",
    r"(?:полон|військовополонен|ув'язненн|неволі|в колонії)",
    r"(?:плен|военнопленн|заключени|колони)",
    r"\b(?:gefangenschaft|kriegsgefangen\w*|haft|captivité|prisonniers de guerre|cautiverio|prisioneros de guerra|"
    r"niewol\w*|jeńc\w*|cativeiro|prisioneiros de guerra)",
    # custody and prisons in every language: "morreram sob custódia russa", "in russischem Gewahrsam gestorben"
    r"\b(?:custódia|custodia|détention|gewahrsam|gefängnis\w*|areszt\w*|więzieni\w*|тюрьм\w*|тюрм\w*|"
    r"в'язниц\w*|катівн\w*|cárcel\w*|prisão|prisões)",
)
HELD = _rx(
    "HELD",
    r"\b(?:held|holds|holding|hold|in (?:\w+ ){0,2}captivity|in (?:\w+ ){0,2}custody|remain in|remains in|"
    r"(?:taken|taking|took) (?:\S+ ){0,4}into (?:detention|custody|captivity)|"
    r"still in|being held|imprisoned|detained|jailed|behind bars)\b",
    r"\b(?:утриму\w*|(?:у|в) (?:\w+ )?полоні|залишаються|досі в|тримають)",
    r"\b(?:удержива\w*|содерж\w*|в (?:\w+ )?плену|плену у|остаются|остается|удерживаемых)",
    # "Moskau hält ... noch etwa 8.000 Ukrainer gefangen": the separable verb closes the clause
    r"\b(?:festgehalten|gefangen gehalten\w*|hält\w* (?:\S+ ){0,8}?gefangen\b|halten (?:\S+ ){0,8}?gefangen\b|"
    r"in (?:\w+ )?(?:kriegs)?gefangenschaft|in (?:\w+ )?haft|détenus|retenus|en captivité|retenidos|"
    r"en cautiverio|w (?:\w+ )?niewoli|przetrzymywan\w*|przetrzymuj\w*|więzion\w*|przebywa\w* w|em cativeiro|"
    r"detidos|presos)",
    # "in Russian hands", "nas mãos da Rússia": people in a party's hands are held by it; "still prisoners"
    r"\bin (?:\w+ ){0,2}hands\b|\bin (?:\w+ )?hand\b|\ben manos\b|\b(?:nas|em) mãos\b|\b(?:entre les|aux) mains\b|"
    r"\bw (?:\w+ )?rękach\b|\b(?:в|у) (?:\w+ )?руках\b|"
    r"\b(?:still|remain|remains) (?:prisoners|captives|hostages|pows)\b",
    # "A Rússia mantém cerca de 8 mil ucranianos como prisioneiros": keeping people as captives holds them
    r"\b(?:mantém|mantêm|mantiene|mantienen|mantidos|mantidas|mantenidos) (?:\S+ ){0,8}?(?:como |en |em )?"
    r"(?:prisioneiros|prisioneros|presos|cativos|cautivos|reféns|rehenes|em cativeiro|en cautiverio|detidos|"
    r"detenidos)\b",
)
CAPTURED = _rx(
    "CAPTURED",
    r"\b(?:captured|taken prisoner|seized|abducted)\b|\b(?:захоплен\w*|полонен\w*|взят\w* в полон|"
    r"захвачен\w*|взят\w* в плен|gefangen genommen|capturés?|capturados?|pojman\w*)",
)

# Running totals over the whole war.
SINCE_WAR = _rx(
    "SINCE_WAR",
    r"\bsince (?:the )?(?:start|beginning|outbreak|onset) of (?:the |russia's |moscow's )?"
    r"(?:full[- ]scale |all[- ]out |large[- ]scale |russian )?(?:war|invasion|conflict|hostilities)",
    r"\bsince (?:the )?(?:full[- ]scale|all[- ]out) (?:war|invasion)",
    r"\bsince (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?"
    r"(?:\d{1,2},? )?(?:2014|2022)\b",
    r"\bsince the (?:war|invasion|exchanges) (?:began|started)|\bsince the (?:start|beginning) of (?:the )?exchanges",
    r"\b(?:so far|to date|in total|overall|all told|altogether|have now been|has now been|had now been|"
    r"in that time|since then|over that period|as of|up to now|until now|"
    r"the total number)\b",
    # the day of the invasion names the whole war in any phrasing ("between 24 February 2022 and ...")
    r"\b(?:24\.? (?:de )?(?:february|febrero|fevereiro|février|februar|lutego|лютого|февраля|febbraio)|"
    r"(?:february|feb\.?) 24,?)(?: de| del)? 2022\b",
    # "since the full-scale Russia-Ukraine war began", "since Russia invaded", "during the war"
    r"\bsince (?:the )?(?:[\w-]+ ){0,4}(?:war|invasion|exchanges) (?:began|started)|\bsince russia(?:'s)? "
    r"(?:invaded|invasion|launched)|\b(?:during|throughout|over the course of|in the course of) the "
    r"(?:full[- ]scale )?(?:war|invasion)\b",
    r"(?:загалом|всього|усього|за весь час|за час (?:повномасштабн\w+ )?(?:війни|вторгнення)|загальна кількість|"
    r"(?:від|з) початку (?:повномасштабн\w+ |великої )?(?:війни|вторгнення|агресії|обмінів)|"
    r"(?:від|з) 24 лютого 2022|з 2022 року|з лютого 2022)",
    r"(?:протягом (?:повномасштабн\w+ )?(?:війни|вторгнення)|за (?:роки|час|період) (?:повномасштабн\w+ )?"
    r"(?:війни|вторгнення)|за (?:годы|время) (?:\w+ )?(?:войны|вторжения|конфликта|сво|спецоперации))",
    r"(?:с момента начала|з моменту початку|since the start of (?:the )?(?:full[- ]scale )?(?:war|invasion))",
    r"(?:всего|за все время|(?:с|от) начала (?:специальной военной операции|сво|спецоперации|"
    r"(?:полномасштабн\w+ )?войны|"
    r"(?:полномасштабн\w+ )?вторжения|конфликта|"
    r"боевых действий)|с 2022 года|с февраля 2022|общее число)",
    r"(?:з того часу|відтоді|с тех пор|seitdem|depuis lors|desde entonces|od tego czasu|desde então|"
    r"seit (?:beginn|anfang) des (?:krieges|angriffskrieges|russischen angriffskriegs)|seit kriegsbeginn|"
    r"seit (?:februar )?2022|insgesamt|depuis le début de (?:l'invasion|la guerre)|depuis (?:février )?2022|"
    r"au total|desde el (?:inicio|comienzo) de la (?:invasión|guerra)|desde (?:febrero de )?2022|en total|"
    r"od (?:początku|rozpoczęcia) (?:pełnoskalowej |pełnowymiarowej )?(?:wojny|inwazji)|"
    r"od 2022|łącznie|w sumie|desde o início da (?:guerra|invasão)|"
    r"desde 2022|no total|ao todo|bislang|bisher|seit beginn|depuis l'invasion|jusqu'à présent|jusqu'ici|"
    r"hasta ahora|hasta la fecha|desde que rusia invadió|"
    r"desde que (?:empezó|comenzó|inició) la (?:invasión|guerra)|desde que a rússia invadiu|até agora|até hoje|"
    r"dotychczas|do tej pory|od (?:lutego )?2022)",
)
# Counts limited to one year, one mediator or one round of talks are not whole-war totals.
YEAR_LIMITED = _rx(
    "YEAR_LIMITED",
    r"\b(?:this year|of this year|in \d{4} alone|alone in \d{4}|since the (?:start|beginning) of "
    r"(?:the |this )?year|since january|so far this year)",
    r"(?:цього року|з початку (?:цього |\d{4} )?року|від початку (?:цього |\d{4} )?року|цьогоріч|"
    r"с начала (?:этого |текущего |\d{4} )?года|в этом году|seit jahresbeginn|in diesem jahr|"
    r"depuis le début de l'année|cette année|desde (?:principios|inicios) de año|este año|od początku roku|"
    r"w tym roku|este ano|(?:в|у|за) \d{4} (?:году|року|році|год|рік)|im jahr \d{4}|w \d{4} roku|"
    r"en el año \d{4}|no ano de \d{4}|in (?:the year )?\d{4} as a whole)",
)
LIMITED = _rx(
    "LIMITED",
    r"\b(?:this year|of the year|of this year|in \d{4} alone|alone in \d{4}|since the (?:start|beginning) of "
    r"(?:the |this )?year|since january|of \d{4}\b|so far this year|mediated|brokered|helped arrange|"
    r"with the mediation|through (?:\w+ )?mediation)",
    r"(?:цього року|з початку (?:цього |\d{4} )?року|від початку (?:цього |\d{4} )?року|за посередництва|"
    r"цьогоріч|с начала (?:этого |текущего |\d{4} )?года|в этом году|при посредничестве|"
    r"seit jahresbeginn|in diesem jahr|depuis le début de l'année|cette année|desde (?:principios|inicios) de año|"
    r"este año|od początku roku|w tym roku|este ano)",
)

EXCHANGE_NOUN = _rx(
    "EXCHANGE_NOUN",
    r"\b(?:exchanges?|swaps?|rounds? of exchanges?|prisoner exchanges?)\b",
    r"\b(?:обмін\w*|обмен\w*|austausch\w*|gefangenenaustausch\w*|échanges?|intercambios?|canjes?|wymian\w*|"
    r"trocas?|permutas?)",
)

# "1,000 for 1,000", "90 на 90", "1.000 gegen 1.000"
FOR_EACH = re.compile(
    r"^\s*(?:-|–)?\s*(?:for|на|gegen|contre|por|za|pour|x|×" + _more("FOR_EACH") + r")\s*(?:-|–)?\s*$"
)
EACH_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:each|apiece|on each side|per side|from each side|on both sides|each side|"
    r"з кожного боку|з кожної сторони|с каждой стороны|каждая|каждой|pro seite|auf jeder seite|"
    r"de chaque côté|chacune|chacun|cada una|cada uno|cada uma|cada um|cada(?=\s*[,;)]|\s*$)|de cada lado|"
    r"z każdej strony|de cada|"
    r"de part et d'autre|de chaque camp|por cada bando|por bando|por cada lado|por cada parte|z obu stron|"
    r"от каждой стороны|з обох сторін|з обох боків|von jeder seite|je seite|auf beiden seiten"
    + _more("EACH_AFTER") + r")\b"
)
EACH_BEFORE = re.compile(
    r"(?:\beach|\bboth|\bпо|\bjeweils|\bje|\bpo|\bcada|\bкожна|\bкаждая|\bобидві сторони|\bобе стороны|"
    r"\bobie strony|\bles deux" + "".join(rf"|\b{t}" for t in terms("EACH_BEFORE")) + r")\b[^.;:]{0,25}$"
)
QUOTED = re.compile(r"(?:[«\"“„‹]|(?:^|\s)')[^«»\"“”„‹›]{0,30}$")

# A finite handover verb: "were handed over", "returned home", "повернулися" — the main verb of the clause.
FINITE_RETURN = _rx(
    "FINITE_RETURN",
    r"\b(?:were|was|have been|had been|has been|are being|being) (?:\w+ )?(?:handed|freed|released|returned|"
    r"exchanged|repatriated|swapped|transferred)|\b(?:returned|came|come|arrived|went) home\b|\breturned to\b|"
    r"\bsent (?:back|home)\b",
    r"\b(?:повернул(?:ися|ись)|вернул(?:ись|ися)|возвращены|передан[іиоы]|звільнен[оі]|освобождены|"
    r"повертаються)\b",
)
# Counts of people on both sides together: "exchanged four prisoners", "an exchange involving 24 people".
BOTH_SIDES = _rx(
    "BOTH_SIDES",
    r"\b(?:involving|involved|took part|participated|participating)\b|участвовал\w*|брали участь|"
    r"uczestniczy\w*|beteiligt|impliquant|participaron|from both sides|of both sides|з обох сторін|"
    r"с обеих сторон|beider seiten|des deux côtés|de ambos (?:os )?lados|z obu stron|aux deux camps|"
    r"des deux camps|both camps|de ambos bandos|dos dois lados|\bcombined\b|between them|à eux deux|entre ambos"
)
MUTUAL_VERB = re.compile(
    r"\b(?:exchanged|swapped|swap|exchange|trade|traded|обміня\w*|обменял\w*|обмінял\w*|обмінюються|обмениваются|"
    r"ausgetauscht|tauschten|tauschen|échangé\w*|échangent|intercambian|wymieniają|trocam|"
    r"intercambiaron|wymienił\w*|trocaram" + _more("MUTUAL_VERB") + r")\b"
)

# Casualties near a count: "killed two people", "wounded 10" — never a handover.
CASUALTY = _rx(
    "CASUALTY",
    r"\b(?:killed|killing|wounded|injured|injuring|dead|died|deaths|casualties)\b",
    r"\b(?:загину\w*|загибл\w*|поранен\w*|поранил\w*|вбит\w*|погиб\w*|ранен\w*|убит\w*|пострада\w*|"
    r"getötet|verletzt|tués|blessés|muertos|heridos|zabit\w*|rannych|mortos|feridos)",
)
# "the total number of Ukrainians freed reached 3,035", "put the number of Ukrainians freed at 277"
PREDICATE_COUNT = re.compile(
    r"(?:number|total|figure|tally|кількість|число|количество|zahl|anzahl|nombre|número|liczba)\b[^.;]{0,80}?"
    r"(?:\breached|\brose to|\bstands at|\bstood at|\bat|\bis|\bwas|\bto|сягнула|сягає|становить|складає|"
    r"досягла|досягнула|достигло|достигла|составляет|составило|erreicht\w*|liegt bei|atteint|s'élève à|alcanzó|"
    r"asciende a|wyniosła|wynosi|chegou a)\s*$"
)


# "in all, 1,000 freed over three days": the sum of a staged exchange, not a whole-war total.
OVER_DAYS = _rx(
    "OVER_DAYS",
    r"\b(?:over|in|within) (?:the )?(?:two|three|four|five|several|\d+)[- ]days?\b",
    r"\b(?:за|протягом|в течение) (?:\S+ )?(?:дні|дня|днів|дней|доби|суток)\b",
    r"\b(?:en|sur) (?:deux|trois|quatre|cinq|plusieurs|\d+) jours|\ben (?:dos|tres|cuatro|varios|\d+) días|"
    r"\bem (?:dois|três|quatro|vários|\d+) dias|\bin (?:zwei|drei|vier|\d+) tagen|\bw ciągu (?:\S+ )?dni",
)
