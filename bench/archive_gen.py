"""A synthetic multilingual archive for the query benchmark: articles, figures and exchange events.

Short texts built from realistic sentences in English, Ukrainian and Russian (most about prisoner
exchanges, the rest about markets, weather and sport), bulk-inserted with executemany in big
transactions. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, text

from storage.models import Article, EventArticle, ExchangeEvent, Figure, Source
from storage.models import EventFigure as EventFigureLink

START = date(2022, 3, 1)
DAYS = 1400  # up to late 2025

PLACES = {
    "en": ["Mariupol", "Azovstal", "Kharkiv", "Kherson", "Sumy", "Chernihiv", "Donetsk", "Zaporizhzhia", "Bakhmut"],
    "uk": ["Маріуполя", "Азовсталі", "Харкова", "Херсона", "Сум", "Чернігова", "Донецька", "Запоріжжя", "Бахмута"],
    "ru": ["Мариуполя", "Азовстали", "Харькова", "Херсона", "Сум", "Чернигова", "Донецка", "Запорожья", "Бахмута"],
}
MEDIATORS = {
    "en": ["the United Arab Emirates", "Turkey", "Saudi Arabia", "Qatar", "the Vatican"],
    "uk": ["Об'єднаних Арабських Еміратів", "Туреччини", "Саудівської Аравії", "Катару", "Ватикану"],
    "ru": ["Объединённых Арабских Эмиратов", "Турции", "Саудовской Аравии", "Катара", "Ватикана"],
}
SWAP = {
    "en": [
        "Russia and Ukraine carried out a prisoner exchange on {day}, returning {n} Ukrainians and {m} Russians.",
        "Ukraine brought home {n} defenders in the latest exchange of prisoners of war, mediated by {med}.",
        "Among the {n} people freed were soldiers who defended {place} and civilians held since 2022.",
        "The Coordination Headquarters said it was the {k}th exchange since the full-scale invasion began.",
        "The bodies of {b} fallen soldiers were repatriated to Ukraine as part of the exchange.",
        "Russia's defence ministry said {m} servicemen had been returned from Kyiv-controlled territory.",
        "Relatives of captives gathered near the border, hoping to see their sons among the freed prisoners.",
        "Officials said {total} Ukrainians have now been returned home from Russian captivity in total.",
    ],
    "uk": [
        "Україна та Росія провели обмін полоненими {day}: додому повернулися {n} українців.",
        "З російського полону звільнено {n} захисників, серед них оборонці {place}.",
        "Координаційний штаб з питань поводження з військовополоненими повідомив про {k}-й обмін.",
        "Посередником обміну полонених виступила сторона {med}.",
        "Україні повернули тіла {b} загиблих воїнів у межах репатріації.",
        "Загалом з полону вже повернули {total} українців, наголосили у штабі.",
        "Рідні полонених чекали на кордоні, сподіваючись побачити своїх близьких серед звільнених.",
    ],
    "ru": [
        "Россия и Украина провели обмен пленными {day}: на родину вернулись {m} военнослужащих.",
        "Министерство обороны сообщило, что из плена возвращены {m} российских военных.",
        "В ходе обмена военнопленными Украине передали {n} человек, среди них защитники {place}.",
        "Посредником обмена пленных выступила сторона {med}.",
        "Родственники пленных ждали у границы новостей об обмене.",
        "Это уже {k}-й обмен с начала войны, сообщили в ведомстве.",
    ],
}
OTHER = {
    "en": [
        "The stock exchange closed higher on {day} as energy shares rallied.",
        "The central bank kept the exchange rate stable despite inflation worries.",
        "Heavy rain is expected in {place} over the weekend, forecasters said.",
        "The national team won its qualifier after a late goal in extra time.",
        "Parliament debated the budget for the coming year late into the night.",
    ],
    "uk": [
        "Курс гривні на міжбанку залишився стабільним {day}.",
        "Синоптики прогнозують дощі у районі {place} на вихідних.",
        "Збірна України виграла відбірковий матч завдяки голу в доданий час.",
        "Верховна Рада ухвалила бюджет на наступний рік.",
    ],
    "ru": [
        "Биржевые индексы выросли {day} на фоне роста цен на нефть.",
        "Синоптики обещают дожди в районе {place} на выходных.",
        "Сборная выиграла отборочный матч благодаря голу в дополнительное время.",
    ],
}
TITLES = {
    "en": ["Prisoner swap: {n} Ukrainians return home", "Ukraine and Russia exchange prisoners", "Markets today"],
    "uk": ["Обмін полоненими: додому повернулися {n} українців", "Новий обмін полоненими", "Новини дня"],
    "ru": ["Обмен пленными: вернулись {m} военных", "Россия и Украина обменялись пленными", "Новости дня"],
}
LANG_WEIGHTS = (("en", 0.4), ("uk", 0.35), ("ru", 0.25))
KINDS = (("returned", "UA"), ("returned", "RU"), ("bodies_returned", "UA"), ("total_returned", "UA"))


def _text(rng: random.Random, lang: str, about_swap: bool, day: date) -> tuple[str, str, dict]:
    nums = {"n": rng.randint(10, 400), "m": rng.randint(10, 400), "b": rng.randint(20, 900),
            "k": rng.randint(1, 70), "total": rng.randint(2000, 6000)}
    fill = dict(nums, day=day.isoformat(), place=rng.choice(PLACES[lang]), med=rng.choice(MEDIATORS[lang]))
    pool = SWAP[lang] if about_swap else OTHER[lang]
    sentences = [rng.choice(pool).format(**fill) for _ in range(rng.randint(3, 6))]
    if about_swap and rng.random() < 0.3:
        sentences.append(rng.choice(OTHER[lang]).format(**fill))
    titles = TITLES[lang][:2] if about_swap else TITLES[lang][2:]
    return rng.choice(titles).format(**fill), " ".join(sentences), nums


def generate(engine: Engine, articles: int, events: int, *, seed: int = 7, batch: int = 20_000) -> None:
    """Fill an empty, migrated archive (SQLite or PostgreSQL) with articles, figures and exchange events."""
    rng = random.Random(seed)
    event_dates = sorted(START + timedelta(days=rng.randrange(DAYS)) for _ in range(events))
    stamp = datetime(2025, 12, 31, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(Source.__table__.insert(), [
            {"id": i, "name": name, "url": f"https://{name.split()[0].lower()}.example/rss", "health": "ok",
             "consecutive_failures": 0, "created_at": stamp}
            for i, name in enumerate(("Wire", "Kyiv Daily", "Moscow Herald"), start=1)])
        conn.execute(ExchangeEvent.__table__.insert(), [
            {"id": i, "conflict": "RU-UA", "event_date": d, "first_seen": stamp, "updated_at": stamp, "revision": 0}
            for i, d in enumerate(event_dates, start=1)])
    batches = _batches(rng, articles, event_dates, stamp, batch)
    for rows, figs, links, efigs in batches:
        with engine.begin() as conn:
            for table, data in ((Article, rows), (Figure, figs), (EventArticle, links), (EventFigureLink, efigs)):
                if data:
                    conn.execute(table.__table__.insert(), data)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:  # explicit ids: move the sequences past them
            for table in ("sources", "exchange_events", "articles", "figures"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT coalesce(max(id), 1) FROM {table}))"))


def _batches(rng, count, event_dates, stamp, batch) -> Iterator[tuple[list, list, list, list]]:
    langs, weights = zip(*LANG_WEIGHTS, strict=True)
    fig_id = 0
    rows, figs, links, efigs = [], [], [], []
    for i in range(1, count + 1):
        # articles arrive roughly in date order, as a crawler stores them
        day = START + timedelta(days=max(0, min(DAYS - 1, (i * DAYS) // count + rng.randint(-3, 3))))
        lang = rng.choices(langs, weights)[0]
        about_swap = rng.random() < 0.8
        title, body, nums = _text(rng, lang, about_swap, day)
        event = rng.randrange(len(event_dates)) + 1 if about_swap and event_dates and rng.random() < 0.2 else None
        rows.append({"id": i, "source_id": rng.randint(1, 3), "url": f"https://news.example/{lang}/{i}",
                     "title": title, "published": day, "lang": lang, "text": body, "relevant": about_swap,
                     "conflict": "RU-UA" if about_swap else None, "fetched_at": stamp,
                     "event_date": event_dates[event - 1] if event else None})
        if event:
            links.append({"event_id": event, "article_id": i})
            for kind, side in KINDS[: rng.randint(1, 4)]:
                fig_id += 1
                figs.append({"id": fig_id, "article_id": i, "kind": kind, "side": side,
                             "value": nums["n"] if side == "UA" else nums["m"], "approx": rng.random() < 0.2,
                             "evidence": body[:120]})
                efigs.append({"event_id": event, "figure_id": fig_id})
        if len(rows) >= batch or i == count:
            yield rows, figs, links, efigs
            rows, figs, links, efigs = [], [], [], []
