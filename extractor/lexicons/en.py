"""English: the words English reports use for captives, handovers, plans, totals and captivity states."""

from __future__ import annotations

from extractor.lexicons._forms import Forms

# a present that is still to come: "to hold", "will carry out", "set to take place"
_NOT_TO_COME = r"(?<!to )(?<!will )(?<!would )(?<!could )(?<!may )(?<!should )(?<!must )(?<!shall )"

TERMS: dict[str, list[str]] = {
    "PERSON": [
        r"\b(?:prisoners?|pows?|p\.o\.w\.?s?|captives?|servicem[ae]n|servicewom[ae]n|soldiers?|troops|people|persons?|"
        r"civilians?|citizens?|nationals?|defenders?|hostages?|detainees?|women|men|children|boys|girls|marines?|"
        r"fighters?|residents?|ukrainians|russians|israelis|palestinians|americans|armenians|azerbaijanis|houthis|"
        r"yemenis|saudis|venezuelans|colombians|iranians|japanese|thais|filipinos|nepalis|sudanese|libyans|syrians|"
        r"lebanese|cambodians|nigerians|ethiopians|eritreans|tigrayans|georgians|belarusians|britons|"
        r"conscripts?|sailors?|guards?|medics?|names|heroes|individuals|military personnel|personnel|inmates|"
        r"them|of them|others|patriots|fellow citizens|compatriots|countrymen|crew members|journalists|"
        r"servicemembers|service members|(?:seriously|severely|gravely|badly) (?:wounded|injured)|"
        r"(?:ukrainian|russian|israeli|palestinian) ones|officers|volunteers|pilots|priests|minors|teenagers|"
        r"servicepeople|wounded servicemen|civilian detainees|"
        r"rebels?|insurgents?|militants|guerrillas?|paramilitaries|gunmen)\b",
    ],
    "BODY": [r"\b(?:bodies|remains|corpses)\b"],
    "RETURN": [
        r"\b(?:are free|were free|now free|set free|traded|trading|trade|trades|recovered|recovers|regained|"
        r"won back|secured the release|secured the return|"
        r"returned|returns|returning|return|freed|frees|released|releases|releasing|release|home|handed|hands|handing|"
        r"exchanged|exchanging|swapped|swapping|swap|swaps|exchange|received|receives|receiving|brought|brings|"
        r"bringing|came back|come back|comes back|gets back|got back|get back|repatriated|repatriation|repatriates|"
        # "forcibly transferred children" are deported, not handed back
        r"(?<!forcibly )transferred|in return|freeing|liberated|rescued|set free|back|walked free|reunited|"
        r"flown home)\b",
        r"\bset (?:\w+ ){1,3}free\b",  # "set six hostages free": the object stands inside
    ],
    "PLAN_BEFORE": [
        r"\bwants? back\b",
        r"\b(?:wants? back|lists? (?:naming|of|with))\b",
        r"\b(?:agree[ds]?(?: \w+){0,3}? (?:to|that|upon)|agree[ds]? on (?:an? |the )?(?:new |another |further )?"
        r"(?:swap|exchange|release|handover)|(?:have|has|had) agreed|agreement to|offered|offers?|"
        r"proposed|proposes?|propose|ready to|plans? to|planned|planning|expected to|would|will|is to|are to|"
        r"intends? to|wants? to|demand(?:s|ed)?|seeks? to|"
        r"hopes? to|aims? to|set to|could|might|promised|pledged|prepared to|talks on|negotiat\w+ (?:to|on)|"
        # what a deal "foresees" is its plan: "the deal foresees the release of 1,000 prisoners by each side"
        r"foresees?|foresaw|envisages?|envisaged|provides? for|calls? for)\b",
        r"\bto (?<!able to )(?<!managed to )(?<!helped to )(?:hand over|return|release|exchange|swap|free|repatriate|"
        r"transfer|bring (?:back|home))\b",
        r"\b(?:trying|tries|try|tried|struggling|working|fighting) to\b",
    ],
    # a time still to come: "next week Russia frees 84" (a plan word even across a comma)
    "FUTURE_TIME": [r"\b(?:next (?:week|month)|in the coming (?:days|weeks))\b"],
    "PLAN_AFTER": [r"are to|is to|to be|will be|would be|are due|are expected|should be"],
    # "According to him, 1,000 bodies were handed over": a sentence that goes on telling the one before
    "SEQUEL": [
        r"\b(?:according to (?:him|her|them|the (?:ministry|statement|agency|report)))\b",
        r"\b(?:(?:he|she|they) (?:said|added|noted|explained|stressed)|(?:he|she) also said)\b",
    ],
    # "carried out a 95-for-95 exchange": the swap named by its size has happened (not only been agreed)
    # and in a headline's present ("Ukraine, Russia carry out 95-for-95 swap"), unless it is still to come
    "CARRIED_OUT": [r"\b(?:carried out|conducted|staged|took place)\b",
                    r"\bheld (?:(?:an?|the|their|another|a new|a further) (?:\S+ ){0,3}?|[\d,.]+-for-[\d,.]+ (?:\S+ )?)"
                    r"(?:exchange|swap)\b",
                    _NOT_TO_COME + r"\b(?:carry out|carries out|conducts?|takes? place)\b",
                    _NOT_TO_COME + r"\bholds? (?:(?:an?|the|their|another|a new|a further) )?(?:\S+ ){0,3}?"
                    r"(?:exchange|swap)\b"],
    "EARLIER": [
        r"\b(?:before that|before then|prior to that|the last one|the one before)\b",
        r"\b(?:follows|followed|comes after|came after) an? (?:\w+ )?(?:exchange|swap)\b",
        r"\b(?:previous|previously|earlier|prior|preceding|a day before|the day before|last time|as reported|"
        r"last (?:exchange|swap) (?:took place|was held|happened|occurred)|since [^,;]{3,30}, when|"
        r"(?:had|had been) already|already had|"
        r"last (?:exchanged|swapped|traded)|(?:days|weeks|months) after (?:\w+ ){0,4}(?:swapped|exchanged|traded|"
        r"freed|released|returned))\b",
    ],
    "SUBGROUP_BEFORE": [
        r"\b(?:including|included|among them|among those|among whom|of whom|of them|of those|among the|"
        r"such as|of which|as well as|included)\b",
    ],
    "SUBGROUP_AFTER": [r"of them|of whom|of those|of these"],
    "MISSING": [
        r"\bmissing\b|\bunaccounted\b|whereabouts (?:are |were |remain )?unknown|location (?:is |was )?unknown",
        # "the fate of another 1,000 soldiers remains unknown": people whose fate is unknown are missing
        r"\b(?:fate|whereabouts) of\b(?=[^.;]{0,90}\b(?:unknown|unclear|unconfirmed)\b)",
        r"\bno (?:information|word) (?:about|on) (?:the )?(?:fate|whereabouts)\b",
    ],
    "DIED": [
        r"\b(?:executions?|killings?)\b",
        # not ", die in": the German relative pronoun ("Soldaten, die in Gefängnissen saßen")
        r"\b(?:died|(?<!, )die(?= (?:in|of|from|while|after|during|under)\b)|dies|deaths?|killed|dead|perished|"
        r"executed|murdered|tortured to death|lost their lives)\b",
    ],
    "CAPTIVITY": [
        r"\b(?:detained|imprisoned)\b",
        r"\b(?:captivity|custody|prisoners? of war|pows?|detention|prison camp|penal colony|while held|in prison)\b",
        # "the deaths of 245 captives": the captives' noun says where they died, as "POWs" does
        r"\bcaptives\b",
        # "died in Houthi prisons", "in Russian jails": the prisons of a party are captivity
        r"\bin (?:\w+ ){1,2}(?:prisons|jails)\b",
    ],
    "HELD": [
        # "hold a 95-for-95 swap" carries a swap out
        r"\b(?<!ceasefire )(?<!truce )(?:held|holds|holding|hold)\b(?! (?:a |an |the |another |their )?"
        r"(?:[\d,.]+-for-[\d,.]+ |new |major |large |big |latest |fresh )?(?:prisoner |pow )?(?:exchange|swap))"
        r"(?! (?:a |an |the )?(?:talks|interviews?|"
        r"meetings?|conferences?|consultations?|negotiations?|discussions?|briefings?|press|calls?|votes?|"
        r"elections?|hearings?|conversations?|sessions?|summits?|ceremon\w+|rall\w+|firm)\b)|"
        r"\b(?:in (?:\w+ ){0,2}captivity|in (?:\w+ ){0,2}custody|remain in|remains in|"
        r"(?:taken|taking|took) (?:\S+ ){0,4}into (?:detention|custody|captivity)|"
        r"still in|being held|imprisoned|detained|jailed|behind bars)\b",
        # "in Russian hands": people in a party's hands are held by it; "still prisoners"
        r"\bin (?:\w+ ){0,2}hands\b|\bin (?:\w+ )?hand\b",
        r"\b(?:still|remain|remains) (?:prisoners|captives|hostages|pows)\b",
        # "3,000 soldiers remain captive", "48 hostages remaining in Gaza"
        r"\b(?:remain|remains|remained|remaining|still|kept) captive\b|\bremaining in\b",
        # "1,000 Russian POWs in its exchange fund", "kept in Russian prisons", "Russia has 8,000 Ukrainian
        # prisoners": kept by a party, in its prisons, or counted as its captives
        r"\bexchange fund\b|"
        r"\b(?:kept|being kept|locked up) in (?:\w+ ){0,2}(?:prisons?|jails?|camps?|detention|colonies)\b",
        # "8,000 in Russian prisons and camps" (not "had been in Israeli jails": a state before the handover)
        r"(?<!had been )(?<!have been )\bin (?:\w+ ){0,2}(?:prisons|jails|prison camps|penal colonies|"
        r"detention centres|detention centers)\b",
        # "Russia keeps 8,000 Ukrainians captive", "detains": a party's present verb of holding
        r"\b(?:keeps?|keeping) (?:\S+ ){0,6}?(?:captive|prisoners?|in captivity|behind bars)\b|\bdetain(?:s|ing)\b",
    ],
    # "Russia has about 8,000 Ukrainian prisoners": a verb of having right before a count of captives
    "HOLDS_COUNT": [r"has|have|had"],
    "CAPTURED": [r"\b(?:captured|taken prisoner|seized|abducted)\b"],
    "SINCE_WAR": [
        # "by the end of 2024, 60 exchanges had freed 3,956": a tally as of a date runs from the war's start
        r"\b(?:by|as of|at) the end of (?:\w+ )?\d{4}\b",
        r"\bsince the (?:start|beginning) of the special military operation",
        r"\bsince (?:the )?(?:start|beginning|outbreak|onset) of (?:the |russia's |moscow's )?"
        r"(?:full[- ]scale |all[- ]out |large[- ]scale |russian )?(?:war|invasion|conflict|hostilities)",
        r"\bsince (?:the )?(?:full[- ]scale|all[- ]out) (?:war|invasion)",
        # "since the invasion", "since Russia's full-scale invasion in 2022", "since Russia began its war"
        r"\bsince (?:the |russia's |moscow's )?(?:full[- ]scale |all[- ]out |large[- ]scale )?(?:war|invasion)\b"
        r"(?! (?:in|of|between) (?!ukraine|2022|february))",
        r"\bsince (?:russia|moscow) (?:began|started|launched) (?:its |the )?(?:full[- ]scale )?(?:war|invasion)",
        r"\bsince (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?"
        r"(?:\d{1,2},? )?(?:2014|2022)\b",
        r"\bsince the (?:war|invasion|exchanges) (?:began|started)|"
        r"\bsince the (?:start|beginning) of (?:the )?exchanges",
        r"\b(?:so far|to date|in total|overall|all told|altogether|have now been|has now been|had now been|"
        r"in that time|since then|over that period|as of|up to now|until now|"
        r"the total number)\b",
        r"\b(?:february|feb\.?) 24,?(?: de| del)? 2022\b",
        # "since the full-scale Russia-Ukraine war began", "since Russia invaded", "during the war"
        r"\bsince (?:the )?(?:[\w-]+ ){0,4}(?:war|invasion|exchanges) (?:began|started)|\bsince russia(?:'s)? "
        r"(?:invaded|invasion|launched)|\b(?:during|throughout|over the course of|in the course of) the "
        r"(?:full[- ]scale )?(?:war|invasion)\b",
        r"since the start of (?:the )?(?:full[- ]scale )?(?:war|invasion)",
    ],
    "FEBRUARY": ["february"],
    "YEAR_LIMITED": [
        r"\b(?:the )?\d{4} (?:prisoner )?(?:exchanges|swaps)\b|\b(?:exchanges|swaps) (?:of|in) (?:the year )?\d{4}\b",
        r"\b(?:over|in|during) the (?:past|last) (?:year|12 months)",
        r"\b(?:this year|of this year|in \d{4} alone|alone in \d{4}|since the (?:start|beginning) of "
        r"(?:the |this )?year|since january|so far this year)",
        r"in (?:the year )?\d{4} as a whole",
    ],
    "LIMITED": [
        r"\b(?:under the (?:\w+ )?(?:ceasefire|truce)|of the (?:\w+ )?(?:ceasefire|truce)|"
        r"(?:ceasefire|truce)(?:'s)? (?:first |second |third )?(?:phase|deal|agreement))",
        r"\b(?:since the (?:\w+ ){0,2}(?:talks|negotiations)|under the (?:\w+ ){0,2}(?:agreements?|accords?|deal))",
        r"\b(?:this year|of the year|of this year|in \d{4} alone|alone in \d{4}|since the (?:start|beginning) of "
        r"(?:the |this )?year|since january|(?<!end )of \d{4}\b|so far this year|mediated|brokered|helped arrange|"
        r"with the mediation|through (?:\w+ )?mediation)",
    ],
    "EXCHANGE_NOUN": [r"\b(?:exchanges?|swaps?|rounds? of exchanges?|prisoner exchanges?)\b"],
    "FOR_EACH": ["for"],
    "EACH_AFTER": ["each|apiece|on each side|per side|from each side|on both sides|each side"],
    "EACH_BEFORE": ["each", "both"],
    "FINITE_RETURN": [
        r"\bon (?:their|his|her|the) way (?:back )?home\b",
        r"\b(?:were|was|have been|had been|has been|are being|being) (?:\w+ )?(?:handed|freed|released|returned|"
        r"exchanged|repatriated|swapped|transferred)|\b(?:returned|came|come|arrived|went) home\b|\breturned to\b|"
        r"\bsent (?:back|home)\b",
        r"\b(?:were|was|have been|had been|has been) (?:\w+ )?brought (?:back|home)\b|"
        r"\b(?:came|come|have come|has come|had come) back\b",
    ],
    "BOTH_SIDES": [
        r"\bcombined\b|between them",
        r"\b(?:involving|involved|took part|participated|participating)\b", "from both sides|of both sides",
                   "both camps"],
    "MUTUAL_VERB": ["exchanged|swapped|swap|exchange|trade|traded"],
    "CASUALTY": [r"\b(?:killed|killing|wounded|injured|injuring|dead|died|deaths|casualties)\b"],
    "TOTAL_NOUN": ["number|total|figure|tally"],
    "TOTAL_REACHES": [r"\breached|\brose to|\bstands at|\bstood at|\bat|\bis|\bwas|\bto|"
                      r"\b(?:has |have )?(?:passed|exceeded|surpassed|topped)|\b(?:exceeds|tops|reaches)"],
    "OVER_DAYS": [r"\b(?:over|in|within|during|across) (?:the )?(?:two|three|four|five|several|\d+)[- ]days?\b"],
    "NOT_COUNT": [
        r"percent|per|km|kilomet|kg|kilogram|metres|meters|miles|years?|months?|weeks?|days?|hours?|minutes?|"
        r"seconds?|times|drones?|missiles?|rockets?|shells?|tanks?|regions?|villages?|settlements?|dollars?|euros?|"
        r"hryvnias?|roubles?|rubles?|million|billion|grams?|calls|cases|"
        r"area|sides|parties|countries|nations|governments|states|delegations",
        r"january|february|march|april|may|june|july|august|september|october|november|december|"
        r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
    ],
    # "the bodies of another 1,000 fighters": the count after a body noun is of bodies
    "BODY_BEFORE": [
        r"(?:bodies|remains)(?: of)?(?: the| their)?(?: another| a further| an additional| further| additional| some)?"
        r"(?: only| just)?(?: more than| over| about| nearly| almost| some)?",
    ],
    # "and Russia got those of 19": a pronoun standing for the body noun of a count named before
    "BODY_PRONOUN": [r"those of(?: the)?(?: another)?"],
    "AGE_AFTER": ["-year| years? old"],
    "CURRENCY_BEFORE": [r"\bhr|\buah|\busd|\beur"],
    "FALLEN": ["fallen"],
    "PERCENT": ["per ?cent"],
    "MORE_FEWER": ["more|fewer|less"],
    "THAN": ["than"],
    "OWN_PEOPLE": ["of (?:its|their) own|of its|of theirs"],
    "MORE_WORDS": ["more", "others"],
    # who gives and who receives: "Ukraine received", "Russia handed over"
    "RECEIVE_VERB": [
        r"received?|receives|got|gets|brought (?:back|home)|brings (?:back|home)|bringing (?:back|home)|gets? back|"
        r"got back|has returned|have returned|returned|secured the release|welcomed (?:back|home)|return of",
    ],
    "GIVE_VERB": [r"handed over|hands over|handed back|released|releases|freed|frees|freeing|releasing|transferred"],
    "OWN_THEIR": ["of its|its own|of their own"],
    "OUR": [r"\b(?:our|ours)\b|\bdefenders\b|heroes"],
    # a ministry or official of one side speaking: their people are the ones coming home
    "SPEAKER_RU": [
        r"(?:russia's|moscow's|russian) (?:defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e ministry's)|"
        r"moskalkova",
    ],
    "SPEAKER_UA": [
        r"(?:ukraine's|ukrainian) (?:coordination headquarters|defen[cs]e ministry|ombudsman|president|"
        r"military intelligence)|coordination headquarters|zelensk\w*|lubinets|zelenskiy",
    ],
    # a perfect tense that counts every exchange so far: "Ukraine has carried out 64 exchanges"
    "HELD_SO_FAR": [r"(?:has|have|had) (?:\w+ )?(?:held|conducted|carried out|completed|made)"],
    # "so far", "to date": the count runs to now (a tally of exchanges, not one of them)
    "SO_FAR": [r"\b(?:so far|to date|thus far|up to now|until now|to this day)\b"],
    # "64 exchanges have brought 4,757 home": what the exchanges so far achieved, after their count
    "EXCHANGES_DONE": [r"(?:have|has|had) (?:now |so far |already )?(?:taken place|brought|returned|freed|secured|seen|"
                       r"been (?:held|conducted|carried out|completed|made))"],
    # "for the 65th time the sides exchanged prisoners": the ordinal counts the exchanges
    "NTH_TIME": [r"time"],
    # "have exchanged prisoners 65 times since 2022": a count of times the sides exchanged
    "TIMES": [r"times"],
    # "245 prisoners were executed": an execution of captives is a death in captivity
    "EXECUTION": [r"\b(?:execut\w+|summarily shot|shot dead)"],
    "CAPTIVE_NOUN": [r"\b(?:prisoners|captives|detainees|hostages|surrender\w*|captured)\b"],
    # "the bodies of two hostages": people an armed group took, so the other side's (extractor.sides)
    "HOSTAGE": [r"\b(?:hostages?)\b"],
    # "eight Japanese it abducted had died": people taken by force are captives (extractor.kinds)
    "ABDUCTED": [r"\b(?:abduct\w*|kidnap\w*)"],
    # "8,000 others are still waiting to come home": still held, whatever verb of return follows
    "AWAIT": [r"\b(?:(?:still )?(?:waiting|wait|awaiting|await) (?:to (?:come|be|return|go)|"
              r"for (?:their |the )?(?:release|return|exchange|freedom)))",
              # "3,000 soldiers are yet to be freed": not freed yet, so held
              r"\b(?:are|is|were) (?:still )?yet to (?:be (?:freed|released|returned|exchanged|repatriated)|"
              r"return|come home)\b"],
    # "that brings the number of Ukrainians freed to 4,841": the count after it is the running total
    # "they later increased that figure to 1,100": a revised count grows the one the sentence gave before
    "TOTAL_GROWS": [r"\b(?:brings?|brought|bringing|rais\w+|takes?|took|taking|increas\w+|revis\w+|updat\w+|"
                    r"push\w+)\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?"
                    r"(?:total|number|tally|figure|count)\b[^.;]{0,70}?\bto",
                    r"\b(?:total|number|tally|figure|count)\b[^.;]{0,70}?\b(?:rose|rises|has risen|grew|"
                    r"has grown|climbed|has climbed|reached|has reached|increased|now stands at|stands at)(?: to)?"],
    # "as part of the headquarters' work, 4,841 have returned": the body that keeps the tally counts it
    "RUNNING_WORK": [r"\b(?:as part of|thanks to|through) the (?:\w+\s+){0,3}?(?:headquarters|hq|"
                     r"coordination \w+)(?:'s?)?\s+"
                     r"(?:work|efforts)|(?:work|efforts) of the (?:\w+\s+){0,2}(?:headquarters|hq)\b"],
    "THIS_MONTH": ["this month|this week"],
}

# nationality words (lower-case stems) → ISO 3166 code of the people they name
NATIONALITY = {
    "UA": r"ukrainian|armed forces of ukraine|afu\b|kyiv's|kiev's|from ukraine's side|from the ukrainian side",
    "RU": r"russian|moscow's|from russia's side|from the russian side|kursk (?:residents|civilians)|"
          r"residents of (?:the )?kursk",
    "US": r"american|u\.s\. citizens|us citizens",
    "IL": "israeli",
    "PS": "palestinian",
    "AM": "armenian",
    "AZ": "azerbaijani|azeri",
    "TH": r"\bthai\b",
    "PH": "filipino|philippine",
    "KP": "north korean",
    "BY": "belarusian",
    "GE": "georgian",
    "GB": "british|britons",
    "DE": r"\bgerman (?:citizens|nationals)",
    "FR": r"\bfrench (?:citizens|nationals)",
    "YE": "yemeni|houthi",
    "SA": r"\bsaudi",
    "SD": "sudanese",
    "LY": "libyan",
    "IR": "iranian",
    "SY": r"\bsyrian",
    "JP": "japanese",
    "CO": "colombian",
    "NG": "nigerian",
    "ML": "malian",
    "KH": "cambodian",
    "TR": r"\bturkish (?:citizens|nationals)",
    "VE": "venezuelan",
    "ET": r"ethiopian|tigrayan",
}
# country names and "the X side" → ISO 3166 code
COUNTRY = {
    "UA": r"ukrainian side|\bukraine\b|\bkyiv\b|\bkiev\b",
    "RU": r"russian side|\brussia\b|\bmoscow\b",
    "US": r"\bunited states\b|\bwashington\b|\bu\.s\.(?! president)|american side",
    "IL": r"\bisrael\b",
    "PS": r"\bgaza\b|\bhamas\b",
    "AM": r"\barmenia\b|\byerevan\b",
    "AZ": r"\bazerbaijan\b|\bbaku\b",
    "YE": r"\byemen\b|\bsanaa\b|\bhouthis\b",
    "SA": r"\bsaudi arabia\b|\briyadh\b",
    "LY": r"\blibya\b|\btripoli\b",
    "IR": r"\biran\b|\btehran\b",
    "CO": r"\bcolombia\b|\bbogot[aá]\b",
    "JP": r"\bjapan\b|\btokyo\b",
    "VE": r"\bvenezuela\b|\bcaracas\b",
    "SD": r"\bsudan\b|\bkhartoum\b",
    "ET": r"\bethiopia\b|\baddis ababa\b",
}

# Armed groups inside one country's civil war (not a state at war with another): the people both sides free
# are that country's ("the Houthis freed 120 prisoners for 50 of the government's": Yemenis both)
ARMED_GROUP = {
    "YE": r"\bhouthis?\b|\bansar allah\b",
    "CO": r"\beln\b|\bfarc\b|\bnational liberation army\b",
    "LY": r"\blna\b|\bgna\b|\blibyan national army\b|\bgovernment of national accord\b|\bhaftar\b|\bhifter\b",
    "SD": r"\brsf\b|\brapid support forces\b",
    "ET": r"\btplf\b",
}

HEDGES = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "more than", "at least",
          "up to", "close to", "upwards of", "an estimated", "estimated", "just over", "just under", "fewer than",
          "less than")
HEDGES_AFTER = ("or so", "odd", "-plus", "plus")

NUMBER_WORDS = Forms()
for _v, _w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                         "nineteen"]):
    NUMBER_WORDS.add(_v, "u", _w)
for _v, _w in zip(range(20, 100, 10), ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
                  strict=True):
    NUMBER_WORDS.add(_v, "u", _w)
NUMBER_WORDS.add(100, "h", "hundred", "hundreds")
NUMBER_WORDS.add(1000, "k", "thousand")
NUMBER_WORDS.add(1_000_000, "m", "million")
# "dozen" multiplies like "hundred" ("two dozen" is 24); "both" is never a count on its own: not a number word
NUMBER_WORDS.add(12, "h", "dozen")
SCALES = {"thousands": 1000, "millions": 1_000_000}
CONNECTORS = ("and",)
# "a thousand bodies": a scale word after the article is one of it
ALONE_AFTER = ("a",)
# English words that other languages' tables read as numbers: Spanish "once" (11), French "sept" (7, "Sept. 14"),
# Italian "due" (2, "due to")
NOT_NUMBER_WORDS = ("once", "sept", "due")

VAGUE = ("several", "a few", "few", "some", "many")  # "several thousand" is no count of one thousand

# Function words and phrases the grammar patterns of ``figures``, ``plans``, ``groups``, ``kinds``, ``heads``,
# ``totals`` and ``sides`` read (concept name → this language's alternatives, merged like TERMS).
GRAMMAR: dict[str, list[str]] = {
    "STILL": [r"still|remain\w*"],
    # "1,000 more remained on the list": people a count names as not (yet) come home
    "REMAIN": [r"remain|remains|remained"],
    "WOUNDED": [r"wounded|injured"],
    "RELEASE_OF": [r"free|release|freed|released|freeing|releasing|return of|release of"],
    "ALSO_ADDS": [r"as well as|and also|along with|plus"],
    "STAGE": [r"stage|phase|(?:first|second|third|final|last) day"],
    "THAT": [r"that"],
    "IN_EXCHANGE_FOR": [r"in exchange for|in return for|while|whereas"],
    "FORMULA": [r"formula|format\w*"],
    "COMPLETED": [r"complete[ds]?|completing|finished|concluded|wrapped up"],
    "WITH": [r"with|along with|together with"],
    "ADDITIONAL": [r"also|another|plus|as well as|in addition"],
    # "another 84 came home": a word before a count that adds it to people already named
    "ANOTHER_BEFORE": [r"another|a further|an additional|further|additional"],
    # "Ukraine got 230, Russia in turn 248": a word after the second party that sets it against the first
    "IN_TURN": [r"in turn|for its part|for their part|meanwhile"],
    # "Kyiv got 103 back, Moscow likewise 103": a word after the second party that repeats the first's verb
    "LIKEWISE": [r"also|too|likewise"],
    # "..., while Russia 248 received": a conjunction that sets a second party against the first
    "WHILE": [r"while|whereas"],
    # "in all 230 were freed, in return Kyiv handed over 248": the other half of one swap
    "IN_RETURN": [r"in return|in exchange"],
    "BESIDES": [r"in addition|besides|additionally|also"],
    "AMONG": [r"among|among the"],
    "OF_WHOM": [r"of whom"],
    "OF_WHICH": [r"of which"],
    "AMONG_THEM": [r"among them|of them"],
    "PARTITIVE": [r"of the|of those|of these"],
    "SUPERLATIVE": [r"largest|biggest|most|first"],
    "IN_ALL": [r"in total|in all|a total of|altogether|all told|overall"],
    "ONE_EXCHANGE": [r"exchange|swap"],
    # "307 have been released so far in the current exchange": the count is of this one exchange
    "THIS_EXCHANGE": [r"\b(?:in|during|as part of|under) (?:this|the current|the latest|the ongoing|"
                      r"today\'s|yesterday\'s|\w+day\'s) (?:exchange|swap)\b"],
    # "who had been held since 2022": how long someone was held, not when a running count began
    "HELD_SINCE": [r"held|captured|detained|imprisoned|captivity|custody"],
    # "held in Russia since 2022": where, between the held word and the since-phrase
    "HELD_AT": [r"in|at|by"],
    # "freed from captivity since 2022": the since-phrase dates the freeing, a running count
    "FROM_CAPTIVITY": [r"(?:from|out of)\s+(?:[^\W\d_]+\s+)?captivity"],
    "MEDIATED": [r"mediated|brokered|with the mediation|through (?:\w+ )?mediation"],
    "IN_HANDS_OF": [r"in|from|by|under"],
    "CUSTODY_NOUN": [r"custody|captivity|prisons?|jails?|detention|hands"],
    "RU_FRAME": [r"special military operation"],
    "TEASER": [r"read (?:also|more)|related|see also|more on this"],  # a link to another story inside the body
    "REPLY": [r"in return|in exchange"],  # the other side's answer in a swap
}

# Ordinal words, read by extractor/ordinals.py: units 1-9, teens 10-19, tens 20-90 and how they join
ORDINALS: dict = {
    # "the fifth exchange", "the sixty-fifth swap": ordinal words (see extractor/ordinals.py)
    "units": ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
    "teens": ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth"],
    "tens": ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"],
    "tens_cardinal": ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "joiners": ["-", " "], "suffix": "",
}
