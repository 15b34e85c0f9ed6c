"""The cheap path: can a raw page be about prisoner exchanges at all, decided before any HTML parsing?

Most pages of a real crawl (markets, sport, weather) are not about captives, yet trafilatura and htmldate cost
~10 ms of CPU per page before the extractor's own off-topic exit gets to say so. ``may_be_relevant`` answers from
the page's bytes with a few substring searches (no parsing, no trafilatura): it drops scripts, styles and link
texts (menus and "most read" lists name *other* articles) and looks for a captivity stem, or a word of exchange
or return beside a word of war, in any language the extractor reads. It errs on the side of keeping: a false
"yes" costs the full path, a false "no" loses an article, so the stems are deliberately wider than the extractor's
relevance terms (``bench/prefilter_eval.py`` counts the relevant pages of the dev corpora it would skip; the goal,
and the test, is zero).
"""

from __future__ import annotations

import html
import re

# Stems that alone keep a page: captivity, prisoners, hostages, the missing, repatriation, in the extractor's languages
# (en/uk/ru/de/fr/es/it/pl/pt). Substrings, not words, so inflections need no rules.
STRONG = (
    "prisoner", "captiv", "hostage", "p.o.w", "detainee", "repatriat", "abduct", "moskalkova", "lubinets",
    "полон", "плен", "заручник", "заложник", "репатріац", "репатриац", "безвіст", "без вести", "коордштаб",
    "координаційн", "координационн", "ув'язн", "увязн", "москальков", "лубінец", "лубинец",
    "gefangen", "geisel", "vermisst", "prisonni", "otage", "rapatri", "dépouill", "prisioner", "rehen", "cautiv",
    "desaparecid", "prision", "prisõ", "prisão", "encarcer", "ostagg", "prigion", "rimpatri", "detenut",
    "jeńc", "jenc", "jeniec", "niewol", "zakładn", "zakladn", "zaginion", "refén", "refen", "cativ",
)
# Stems that keep a page only beside a word of war (``CONTEXT``): everyday news says "exchange", "released", "missing"
# and "came back" too (markets, sport, police), reports of swaps and returns also speak of soldiers, war or occupation.
# Country and city names are not enough: a Ukrainian outlet names Kyiv on every page, in its menus and weather box.
WEAK = (
    "swap", "exchang", "bodies", "remains", "missing", "came home", "brought home", "come back", "came back",
    "sent back", "hands back", "handed back", "freed", "released", "deport", "evacu", "tortur",
    "обмін", "обмен", "тіла", "тіл ", "тела ", "тел ", "вдома", "додому", "домой", "звільн", "освобож", "заключ",
    "депорт", "утримуван", "удержива", "повернул", "вернул",
    "austausch", "getausch", "leichen", "échang", "echang", "disparu", "canje", "intercambi", "cuerpos", "detid",
    "corpos", "scambi", "salme", "corpi ", "wymian", "wymieni", "troca", "trocad",
)
CONTEXT = (
    "soldier", "militar", "troop", "servicem", "army", "armed forces", "front line", "occupation", "occupied",
    "hamas", "houthi", "azov", "red cross", "війн", "військ", "солдат", "бійц", "захисник", "зсу", "окупац", "окупов",
    "войн", "военн", "бойц", "оккупац", "оккупир", "армі", "арми", "krieg", "soldat", "gefallen", "besatz", "guerre",
    "guerra", "soldad", "militari", "soldati", "occupaz", "ocupa", "wojn", "wojsk", "żołnierz", "zolnierz", "okupac",
    "hamás",
)
# "POW"/"POWs" as a word (a substring search would keep every page that says "power")
_POW = re.compile(r"\bpows?\b")
# "war" as a word: as a substring it is in "software", "award" and "warm"
_WAR = re.compile(r"\bwar(?:s|time)?\b")
_TAG = re.compile(r"<[^>]*>")
_SKIPPED_BLOCKS = (("<script", "</script>"), ("<style", "</style>"), ("<a ", "</a>"), ("<a>", "</a>"))
# link texts longer than this are kept: a whole sentence in a link is more likely the article's own text
_LONG_LINK = 300


def _without(markup: str, start_tag: str, end_tag: str, keep_longer: int | None = None) -> str:
    """``markup`` with every ``start_tag … end_tag`` block cut out (str.find loops: no regex backtracking)."""
    parts: list[str] = []
    pos = 0
    while True:
        start = markup.find(start_tag, pos)
        if start < 0:
            break
        end = markup.find(end_tag, start)
        if end < 0:
            break
        end += len(end_tag)
        parts.append(markup[pos:start])
        if keep_longer is not None and end - start > keep_longer:
            parts.append(markup[start:end])
        pos = end
    if not parts:
        return markup
    parts.append(markup[pos:])
    return "".join(parts)


def page_words(markup: str) -> str:
    """The lower-cased page without scripts, styles and (short) link texts, entities resolved."""
    return lowered_words(markup.lower())


def lowered_words(low: str) -> str:
    """``page_words`` of a page already lower-cased (``markup.lower()``)."""
    for start_tag, end_tag in _SKIPPED_BLOCKS:
        low = _without(low, start_tag, end_tag, _LONG_LINK if start_tag.startswith("<a") else None)
    if "&" in low:  # "&#1087;&#1086;..." or "&eacute;": the words are there only once unescaped
        low = html.unescape(low)
    # non-breaking and other odd spaces between words ("тіла\u00a0загиблих") read as a plain space
    return low.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


def words_may_be_relevant(words: str, title: str | None = None) -> bool:
    """``may_be_relevant`` on what ``page_words`` returned."""
    if title:
        words += "\n" + title.lower()
    if any(stem in words for stem in STRONG) or _POW.search(words) is not None:
        return True
    if not any(stem in words for stem in WEAK):
        return False
    return any(stem in words for stem in CONTEXT) or _WAR.search(words) is not None


def may_be_relevant(markup: str, title: str | None = None) -> bool:
    """False only when neither the page (minus scripts, styles, link texts) nor ``title`` names any captivity stem."""
    return words_may_be_relevant(page_words(markup), title)


def visible_text(words: str) -> str:
    """``page_words`` without the tags: menus and footers included, but not scripts or other articles' titles."""
    return _TAG.sub(" ", words)
