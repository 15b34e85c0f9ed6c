"""Whose people a word names: nationality words and country names per ISO 3166 code, as data.

Every language's words are merged per code; languages kept in ``extractor/lexicons`` add theirs.
"""

from __future__ import annotations

from extractor.lexicons import table


def _add_lexicon(patterns: dict[str, str], name: str) -> None:
    """Append the ``extractor/lexicons`` languages' words for each code to the built-in alternation."""
    for code, rx in table(name).items():
        patterns[code] = f"{patterns[code]}|{rx}" if code in patterns else rx

# Demonyms and adjectives of nationality (lower case stems) → ISO 3166 alpha-2.
NATIONALITY_RX: dict[str, str] = {
    "UA": r"ukrainian|ukrainer|ukrainisch|ukrainien|ucranian|ukraińsk|ukraińc|ukrainka|українськ|українц|українок|"
          r"украинск|украинц|ЗСУ|ВСУ|\bзсу\b|\bвсу\b|armed forces of ukraine|afu\b|fuerzas armadas de ucrania|"
          r"kyiv's|kiev's|from ukraine's side|from the ukrainian side|"
          r"вооруженных сил украины|збройних сил україни|forces armées ukrainiennes",
    "RU": r"russian|russen|russisch|russes?\b|rusos?\b|russos?\b|rosyjsk|rosjan|російськ|росіян|российск|россиян|"
          r"moscow's|from russia's side|from the russian side",
    "US": r"american|u\.s\. citizens|us citizens|американ|граждан сша|громадян сша|americanos?|américains?|"
          r"amerykan|us-amerikan",
    "IL": r"israeli|ізраїльськ|ізраїльтян|израильск|израильтян|israélien|israelí|izraelsk|izraelczyk|israelense|"
          r"israelisch",
    "PS": r"palestinian|палестинськ|палестинц|палестинск|palestinien|palestino|palestyńsk|palestyńczyk|palästinens",
    "AM": r"armenian|вірменськ|вірмен|армянск|армян|arménien|armenio|ormiańsk|armenisch",
    "AZ": r"azerbaijani|azeri|азербайджанськ|азербайджанц|азербайджанск|azerbaïdjanais|azerbaiyano|azersk|"
          r"aserbaidschanisch",
    "TH": r"\bthai\b|тайськ|тайск|thaïlandais|tailandés|tajsk|thailändisch",
    "PH": r"filipino|philippine|філіппінськ|филиппинск|philippin|filipin",
    "KP": r"north korean|північнокорейськ|северокорейск|nord-coréen|norcoreano|północnokoreańsk|nordkoreanisch|кндр",
    "BY": r"belarusian|білоруськ|белорусск|biélorusse|bielorruso|białorusk|belarussisch",
    "GE": r"georgian|грузинськ|грузинск|géorgien|georgiano|gruzińsk|georgisch",
    "GB": r"british|britons|британськ|британск|britannique|británico|brytyjsk|britisch",
    "DE": r"\bgerman (?:citizens|nationals)|німецьк|немецк|allemand|alemán|niemieck",
    "FR": r"\bfrench (?:citizens|nationals)|французьк|французск|français|francés|francusk",
    # other conflicts' parties: a swap in Yemen, Libya or Colombia must never come out as Ukrainian
    "YE": r"yemeni|houthi|єменськ|йеменск|yéménite|yemení|jemeńsk|iemenit|jemenitisch",
    "SA": r"\bsaudi|саудівськ|саудовск|saoudien|saudí|saudyjsk|saudita|saudisch",
    "SD": r"sudanese|суданськ|суданск|soudanais|sudanés|sudańsk|sudanes|sudanesisch",
    "LY": r"libyan|лівійськ|ливийск|libyen|libio|libijsk|líbio|libysch",
    "IR": r"iranian|іранськ|иранск|iranien|iraní|irańsk|iraniano|iranisch",
    "SY": r"\bsyrian|сирійськ|сирийск|syrien|sirio|syryjsk|sírio|syrisch",
    "JP": r"japanese|японськ|японск|japonais|japonés|japońsk|japonês|japanisch",
    "CO": r"colombian|колумбійськ|колумбийск|colombien|colombiano|kolumbijsk|kolumbianisch",
    "NG": r"nigerian|нігерійськ|нигерийск|nigérian|nigeriano|nigeryjsk|nigerianisch",
    "ML": r"malian|малійськ|малийск|malien|maliense|malijsk",
    "KH": r"cambodian|камбоджійськ|камбоджийск|cambodgien|camboyano|kambodżańsk|kambodschanisch",
    "TR": r"\bturkish (?:citizens|nationals)|турецьк|турецк|turc\b|turco|tureck|türkisch",
}
_add_lexicon(NATIONALITY_RX, "NATIONALITY")

# Country names as subjects or destinations ("Ukraine received", "handed over to Russia", "Україні").
COUNTRY_RX: dict[str, str] = {
    "UA": r"ukrainian side|українськ\w+ сторон|украинск\w+ сторон|киевск\w+ сторон|ukrainische seite|"
          r"côté ukrainien|parte ucraniana|stron\w+ ukraińsk|"
          r"\bukraine\b|\bkyiv\b|\bkiev\b|україн[аиіу]\b|\bкиїв\w*|\bкиєв\w*|украин[аыеу]\b|\bкиев\b|\bкиев[ауе]\b|"
          r"\bukraina\b|\bukrainy\b|\bukrainie\b|\bukrainę\b|\bucrania\b|\bucrânia\b|\bkiew\b|\bkijów\b|"
          r"\bkijowa\b",
    "RU": r"russian side|російськ\w+ сторон|российск\w+ сторон|russische seite|côté russe|parte rusa|"
          r"stron\w+ rosyjsk|"
          r"\brussia\b|\bmoscow\b|росі[яїюі]\b|\bмоскв\w*|росси[яиюей]\b|\brussland\b|\brussie\b|\brusia\b|"
          r"\brosja\b|\brosji\b|\brosję\b|\brússia\b|\bmoskau\b|\bmoscou\b|\bmoscú\b|\bmoskwa\b|\bрф\b",
    "US": r"\bunited states\b|\bwashington\b|\bu\.s\.(?! president)|\bсша\b|\bvereinigten staaten\b|"
          r"\bétats-unis\b|\bestados unidos\b|\bstany zjednoczone\b|american side|американськ\w+ сторон|"
          r"американск\w+ сторон",
    "IL": r"\bisrael\b|ізраїл[ья]\b|израил[ья]\b|\bisraël\b",
    "PS": r"\bgaza\b|\bгаза\b|\bсектор газа\b|\bhamas\b|\bхамас\b",
    "AM": r"\barmenia\b|\byerevan\b|вірмені[яї]\b|армени[ия]\b|\barménie\b",
    "AZ": r"\bazerbaijan\b|\bbaku\b|азербайджан\b|\bazerbaïdjan\b",
    "YE": r"\byemen\b|\bsanaa\b|\bhouthis\b|\bємен\w*|\bйемен\w*|\byémen\b|\bjemen\w*",
    "SA": r"\bsaudi arabia\b|\briyadh\b|\bсаудівськ\w+ арав\w*|\bсаудовск\w+ арав\w*|\barabie saoudite\b|"
          r"\barabia saudí\b|\barabia saudyjska\b|\bsaudi-arabien\b",
    "LY": r"\blibya\b|\btripoli\b|\bлівія\b|\bливия\b|\blibye\b|\blibia\b|\blibyen\b",
    "IR": r"\biran\b|\btehran\b|\bіран\w*|\bиран\w*|\biran\b",
    "CO": r"\bcolombia\b|\bbogot[aá]\b|\bколумбі\w*|\bколумби\w*|\bcolombie\b|\bkolumbi\w*",
    "JP": r"\bjapan\b|\btokyo\b|\bяпоні\w*|\bяпони\w*|\bjapon\b|\bjapón\b|\bjaponia\b",
}
_add_lexicon(COUNTRY_RX, "COUNTRY")
