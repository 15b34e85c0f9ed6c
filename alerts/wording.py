"""How figures read in a message: country names, kinds, approximations, disputed numbers, changes."""

from __future__ import annotations

from storage.events import EventFigure

COUNTRIES = {
    "UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "US": "the United States", "GB": "the United Kingdom",
    "IL": "Israel", "PS": "the Palestinian territories", "LB": "Lebanon", "AM": "Armenia", "AZ": "Azerbaijan",
    "GE": "Georgia", "MD": "Moldova", "PL": "Poland", "DE": "Germany", "FR": "France", "TR": "Turkey",
    "AE": "the United Arab Emirates", "SA": "Saudi Arabia", "QA": "Qatar", "IR": "Iran", "SY": "Syria",
    "YE": "Yemen", "SD": "Sudan", "ET": "Ethiopia", "ER": "Eritrea", "CO": "Colombia", "VE": "Venezuela",
    "KP": "North Korea", "KR": "South Korea", "CN": "China", "IN": "India", "PK": "Pakistan",
}

KIND_LABELS = {
    "returned": "returned to",
    "bodies_returned": "bodies returned to",
    "total_returned": "total returned to",
    "total_exchanges": "exchanges so far",
    "held_captive": "held captive from",
    "missing": "missing from",
    "died_in_captivity": "died in captivity from",
}


def country(side: str | None) -> str:
    if not side:
        return "an unnamed side"
    return COUNTRIES.get(side.upper(), side.upper())


def conflict_name(conflict: str | None) -> str | None:
    """``"RU-UA"`` → ``"Russia–Ukraine"``; unknown codes (``"other"``) → None."""
    if not conflict:
        return None
    parts = conflict.split("-")
    if len(parts) == 2 and all(len(p) == 2 and p.upper() in COUNTRIES for p in parts):
        return "–".join(COUNTRIES[p.upper()].removeprefix("the ") for p in parts)
    return None


def number(value: int, approx: bool = False) -> str:
    return f"{'about ' if approx else ''}{value:,}"


def label(kind: str, side: str | None) -> str:
    """``("returned", "UA")`` → ``"Returned to Ukraine"``."""
    text = KIND_LABELS.get(kind, kind.replace("_", " "))
    if kind != "total_exchanges" and side is not None:
        text = f"{text} {country(side)}"
    elif kind != "total_exchanges":
        text = text.removesuffix(" to").removesuffix(" from")
    return text[0].upper() + text[1:]


def attributed(figure: EventFigure) -> str:
    """The value, and for a disputed figure who says what: ``207 (Ukrinform, Reuters); 195 according to TASS``."""
    main = number(figure.value, figure.approx)
    if not figure.alternatives:
        return main
    def outlets(value: int) -> str:
        names = sorted({c.outlet or "unknown" for c in figure.claims if c.value == value and not c.approx})
        return ", ".join(names)
    others = "; ".join(f"{number(v)} according to {outlets(v)}" for v in figure.alternatives)
    return f"{main} ({outlets(figure.value)}); {others}"


def headline(figures: list[EventFigure]) -> str:
    """``1,000 returned to Ukraine, 1,000 to Russia`` (people first; bodies when no people were swapped)."""
    for kind, lead, rest in (("returned", "returned to", "to"), ("bodies_returned", "bodies returned to", "to")):
        chosen = [f for f in figures if f.kind == kind]
        if chosen:
            parts = [f"{number(f.value, f.approx)} {lead if i == 0 else rest} {country(f.side)}"
                     for i, f in enumerate(chosen)]
            return ", ".join(parts)
    return "figures reported"


def parse_signature(text: str | None) -> dict[str, str]:
    """``"returned:UA=~200|195;…"`` (storage.events.signature) → ``{"returned:UA": "~200|195", …}``."""
    if not text:
        return {}
    out = {}
    for part in text.split(";"):
        key, _, value = part.partition("=")
        if key:
            out[key] = value
    return out


def value_text(raw: str) -> str:
    """A signature value as words: ``~200`` → ``about 200``; ``207|195`` → ``207 (also claimed: 195)``."""
    main, _, alternatives = raw.partition("|")
    approx = main.startswith("~")
    text = number(int(main.lstrip("~")), approx)
    if alternatives:
        text += f" (also claimed: {', '.join(number(int(a)) for a in alternatives.split('/'))})"
    return text


def key_label(key: str) -> str:
    kind, _, side = key.partition(":")
    return label(kind, None if side == "-" else side)


def _split(raw: str) -> tuple[str, set[str]]:
    main, _, alternatives = raw.partition("|")
    return main, {a for a in alternatives.split("/") if a}


def _news(old: str | None, new: str) -> bool:
    """A figure is news when it is new, its headline value moved, or a new conflicting claim appeared."""
    if old is None:
        return True
    (old_main, old_alts), (new_main, new_alts) = _split(old), _split(new)
    return old_main != new_main or bool(new_alts - old_alts)


def changes(before: str | None, after: str | None) -> list[str]:
    """What is news between two signatures, one line per figure: ``Returned to Ukraine: about 200 → 207``."""
    old, new = parse_signature(before), parse_signature(after)
    lines = []
    for key in sorted(new):
        if not _news(old.get(key), new[key]):
            continue
        if key not in old:
            lines.append(f"{key_label(key)}: {value_text(new[key])} (new)")
            continue
        (old_main, old_alts), (new_main, new_alts) = _split(old[key]), _split(new[key])
        if old_main == new_main:
            claimed = ", ".join(number(int(a)) for a in sorted(new_alts - old_alts, key=int))
            lines.append(f"{key_label(key)}: {value_text(new_main)} stands; also claimed: {claimed}")
        else:
            lines.append(f"{key_label(key)}: {value_text(old[key])} → {value_text(new[key])}")
    return lines


def changed_kinds(before: str | None, after: str | None) -> set[str]:
    """The figure kinds with news (a dropped figure or a withdrawn counter-claim alone is not news)."""
    old, new = parse_signature(before), parse_signature(after)
    return {key.partition(":")[0] for key, value in new.items() if _news(old.get(key), value)}
