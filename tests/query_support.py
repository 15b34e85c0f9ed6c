"""A small seeded archive for the query tests: three outlets, articles in en/uk/ru, three exchange events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from storage import Article, Database, EventArticle, EventFigure, ExchangeEvent, Figure, Source

SEEN = datetime(2024, 6, 2, 9, 30, tzinfo=UTC)


@dataclass
class Seeded:
    articles: dict[str, int]  # key -> article id
    events: dict[str, int]  # key -> event id


ARTICLES = {
    # key: (source, lang, published, relevant, title, text)
    "en_jan": ("Kyiv Independent", "en", date(2024, 1, 3), True,
               "Ukraine and Russia carry out biggest prisoner exchange of the war",
               "Russia and Ukraine held a prisoner exchange on Wednesday. Ukraine said 230 prisoners came home, "
               "among them defenders of Azovstal. Russia said 248 servicemen were returned in the exchange."),
    "en_jan_wire": ("TASS Wire", "en", date(2024, 1, 3), True,
                    "Moscow says 250 servicemen back from Ukrainian captivity",
                    "The defence ministry said 250 Russian servicemen were back. About 230 Ukrainians were handed "
                    "over in return, it said, after talks mediated by the United Arab Emirates."),
    "uk_jan": ("Ukrinform", "uk", date(2024, 1, 4), True,
               "Обмін полоненими: додому повернулися 230 українців",
               "Україна повернула з російського полону 230 захисників, серед них оборонці Азовсталі. "
               "Рідні полонених чекали на кордоні. Загалом з полону повернули 2828 українців."),
    "ru_jan": ("TASS Wire", "ru", date(2024, 1, 3), True,
               "Россия и Украина провели обмен пленными",
               "В результате обмена военнопленными на родину вернулись 248 российских военнослужащих, "
               "среди них защитники Азовстали не упоминались. Обмен прошёл при посредничестве ОАЭ."),
    "en_may": ("Kyiv Independent", "en", date(2024, 5, 31), True,
               "75 Ukrainians freed in new swap",
               "Seventy-five Ukrainians were freed in a swap on Friday, and the bodies of about 212 fallen "
               "soldiers were repatriated. Prisoners spoke of the exchange process."),
    "en_may_wire": ("TASS Wire", "en", date(2024, 6, 1), True,
                    "Russia returns 75 servicemen",
                    "Russia said 75 of its servicemen came back in the swap with Ukraine, a long report on a long "
                    "day in which officials, relatives and doctors waited near the border for the buses, one "
                    "more exchange in a war of many."),
    "en_stock": ("TASS Wire", "en", date(2024, 2, 1), False,
                 "Stock exchange rallies",
                 "The stock exchange closed higher as the exchange rate held steady."),
    "uk_rate": ("Ukrinform", "uk", date(2024, 2, 2), False,
                "Курс гривні", "Курс гривні на міжбанку залишився стабільним."),
    "en_gaza": ("Wire Service", "en", date(2025, 1, 19), True,
                "Three hostages released in first exchange of ceasefire",
                "Three Israeli hostages were released and 90 Palestinian prisoners freed in the exchange."),
    "ru_old": ("TASS Wire", "ru", date(2022, 5, 10), True,
               "Обмен пленными под Запорожьем",
               "Стороны провели обмен пленными. Украинская сторона сообщила о возвращении полонених."),
    "en_accent": ("Wire Service", "en", date(2023, 3, 1), True,
                  "Talks in Rzeszów", "Negotiators met in Rzeszów to discuss the exchange of prisoners."),
}

# event key -> (conflict, date, [article keys], [(article key, kind, side, value, approx, evidence)])
EVENTS = {
    "jan": ("RU-UA", date(2024, 1, 3), ["en_jan", "en_jan_wire", "uk_jan", "ru_jan"], [
        ("en_jan", "returned", "UA", 230, False, "Ukraine said 230 prisoners came home"),
        ("en_jan_wire", "returned", "UA", 230, True, "About 230 Ukrainians were handed over"),
        ("uk_jan", "returned", "UA", 230, False, "Україна повернула з російського полону 230 захисників"),
        ("en_jan", "returned", "RU", 248, False, "Russia said 248 servicemen were returned"),
        ("ru_jan", "returned", "RU", 248, False, "на родину вернулись 248 российских военнослужащих"),
        ("en_jan_wire", "returned", "RU", 250, False, "250 Russian servicemen were back"),
        ("uk_jan", "total_returned", "UA", 2828, False, "Загалом з полону повернули 2828 українців"),
    ]),
    "may": ("RU-UA", date(2024, 5, 31), ["en_may", "en_may_wire"], [
        ("en_may", "returned", "UA", 75, False, "Seventy-five Ukrainians were freed"),
        ("en_may_wire", "returned", "RU", 75, False, "Russia said 75 of its servicemen came back"),
        ("en_may", "bodies_returned", "UA", 212, True, "the bodies of about 212 fallen soldiers"),
    ]),
    "gaza": ("IL-PS", date(2025, 1, 19), ["en_gaza"], [
        ("en_gaza", "returned", "IL", 3, False, "Three Israeli hostages were released"),
        ("en_gaza", "returned", "PS", 90, False, "90 Palestinian prisoners freed"),
    ]),
}


def seed_archive(db: Database) -> Seeded:
    """Store ``ARTICLES`` and ``EVENTS`` through the models, as the crawler and the alerts would."""
    seeded = Seeded({}, {})
    with db.session() as s:
        sources = {name: Source(name=name, url=f"https://{i}.example/rss")
                   for i, name in enumerate(sorted({a[0] for a in ARTICLES.values()}))}
        stored = {}
        for key, (source, lang, published, relevant, title, text) in ARTICLES.items():
            stored[key] = Article(url=f"https://news.example/{key}", title=title, text=text, lang=lang,
                                  published=published, relevant=relevant, source=sources[source],
                                  conflict="RU-UA" if relevant else None)
        s.add_all(stored.values())
        s.flush()
        seeded.articles = {k: a.id for k, a in stored.items()}
        for key, (conflict, day, article_keys, claims) in EVENTS.items():
            event = ExchangeEvent(conflict=conflict, event_date=day, first_seen=SEEN, updated_at=SEEN, revision=1)
            s.add(event)
            s.flush()
            seeded.events[key] = event.id
            s.add_all(EventArticle(event_id=event.id, article_id=stored[k].id) for k in article_keys)
            for article_key, kind, side, value, approx, evidence in claims:
                figure = Figure(article=stored[article_key], kind=kind, side=side, value=value, approx=approx,
                                evidence=evidence, event_date=day)
                s.add(figure)
                s.flush()
                s.add(EventFigure(event_id=event.id, figure_id=figure.id))
    return seeded
