"""A synthetic multilingual archive for the query benchmark: articles, figures and exchange events.

Short texts built from realistic sentences in English, Ukrainian and Russian (most about prisoner
exchanges, the rest about markets, weather and sport), bulk-inserted with executemany in big
transactions. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine

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
    """Fill an empty, migrated archive with ``articles`` articles and ``events`` exchange events."""
    rng = random.Random(seed)
    langs, weights = zip(*LANG_WEIGHTS, strict=True)
    event_dates = sorted(START + timedelta(days=rng.randrange(DAYS)) for _ in range(events))
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("INSERT INTO sources (id, name, url, consecutive_failures, health, created_at) "
                    "VALUES (1, 'Wire', 'https://wire.example/rss', 0, 'ok', '2022-01-01 00:00:00'),"
                    " (2, 'Kyiv Daily', 'https://kyiv.example/rss', 0, 'ok', '2022-01-01 00:00:00'),"
                    " (3, 'Moscow Herald', 'https://moscow.example/rss', 0, 'ok', '2022-01-01 00:00:00')")
        now = datetime(2025, 12, 31, tzinfo=UTC).replace(tzinfo=None).isoformat(sep=" ")
        cur.executemany(
            "INSERT INTO exchange_events (id, conflict, event_date, first_seen, updated_at, revision) "
            "VALUES (?, 'RU-UA', ?, ?, ?, 0)",
            [(i + 1, d.isoformat(), now, now) for i, d in enumerate(event_dates)])
        raw.commit()
        _articles(raw, rng, articles, event_dates, langs, weights, batch)
    finally:
        raw.close()


def _articles(raw, rng, count, event_dates, langs, weights, batch) -> None:
    cur = raw.cursor()
    fig_id = 0
    rows, figs, links, efigs = [], [], [], []
    for i in range(1, count + 1):
        # articles arrive roughly in date order, as a crawler stores them
        day = START + timedelta(days=min(DAYS - 1, (i * DAYS) // count + rng.randint(-3, 3)))
        lang = rng.choices(langs, weights)[0]
        about_swap = rng.random() < 0.8
        title, text, nums = _text(rng, lang, about_swap, day)
        event = None
        if about_swap and event_dates and rng.random() < 0.2:
            event = rng.randrange(len(event_dates)) + 1
        rows.append((i, rng.randint(1, 3), f"https://news.example/{lang}/{i}", title, day.isoformat(), lang,
                     text, about_swap, "RU-UA" if about_swap else None,
                     event_dates[event - 1].isoformat() if event else None, "2025-12-31 00:00:00"))
        if event:
            links.append((event, i))
            for kind, side in KINDS[: rng.randint(1, 4)]:
                fig_id += 1
                value = nums["n"] if side == "UA" else nums["m"]
                figs.append((fig_id, i, kind, side, value, rng.random() < 0.2, text[:120]))
                efigs.append((event, fig_id))
        if len(rows) >= batch or i == count:
            _flush(cur, rows, figs, links, efigs)
            raw.commit()
            rows, figs, links, efigs = [], [], [], []


def _flush(cur, rows, figs, links, efigs) -> None:
    cur.executemany(
        "INSERT INTO articles (id, source_id, url, title, published, lang, text, relevant, conflict, event_date,"
        " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    cur.executemany(
        "INSERT INTO figures (id, article_id, kind, side, value, approx, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
        figs)
    cur.executemany("INSERT OR IGNORE INTO event_articles (event_id, article_id) VALUES (?, ?)", links)
    cur.executemany("INSERT OR IGNORE INTO event_figures (event_id, figure_id) VALUES (?, ?)", efigs)
