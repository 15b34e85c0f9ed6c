"""Full-text search over article titles and texts: SQLite FTS5 or PostgreSQL full text, one function.

Ranking every match of a common word ("exchange" matches most of the archive) costs time in
proportion to the archive, so a search looks at a bounded window: the ``window`` newest matches
(FTS5 walks its index newest first and stops; PostgreSQL looks at growing spans of the newest ids),
ranks those by relevance (bm25 / ts_rank) and returns the best ``limit``. ``SearchPage.next_before``
pages on to the next, older window. Rare words have fewer matches than a window: ranked in full.
With a language or date filter a page looks at a bounded number of matches (SCAN_LIMIT) or ids
(PG_SCAN_ROWS), so a filter that few matches pass cannot make a search walk the whole archive.
"Newest" is storage order (the id), which is the crawl order, not the publication date.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from storage.search_syntax import SearchQuery, parse_query, to_fts5, to_websearch_terms

log = logging.getLogger(__name__)

DEFAULT_WINDOW = 500
SCAN_LIMIT = 5_000  # matches a filtered SQLite search looks at before it stops and offers the next page
PG_FIRST_SPAN = 4_000  # newest ids a PostgreSQL search looks at first
PG_SCAN_ROWS = 16_000  # ids a filtered PostgreSQL search looks at before it stops and offers the next page
MARK = ("**", "**")  # around each matched word in a snippet
ELLIPSIS = "…"
PG_HEADLINE = f"StartSel={MARK[0]}, StopSel={MARK[1]}, MaxWords=24, MinWords=10, MaxFragments=2, " \
              f"FragmentDelimiter=\" {ELLIPSIS} \""
TITLE_WEIGHT = 2.0  # a word in the title says more about the article than one in the text
RANK_CHARS = 2_000  # of each text, for ranking (SQLite)
TOKENIZER = "unicode61 remove_diacritics 2"  # as articles_fts (migrations/versions/query_fts.py)
# the FTS index as the outer loop (CROSS JOIN fixes the order), walked newest first, stopped at the LIMIT
WALK = "articles_fts f CROSS JOIN articles a ON a.id = f.rowid"
PG_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"  # D (text) … A (title), see the search_vector column


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    url: str
    title: str | None
    published: date | None
    lang: str | None
    source: str | None
    score: float  # higher is better, comparable only within one search
    snippet: str

    def as_dict(self) -> dict:
        return {"id": self.article_id, "published": self.published, "lang": self.lang, "source": self.source,
                "title": self.title, "url": self.url, "score": round(self.score, 4), "snippet": self.snippet}


@dataclass(frozen=True)
class SearchPage:
    hits: list[SearchHit]
    candidates: int  # matches ranked for this page (at most the window)
    next_before: int | None  # pass as ``before`` for the next, older page; None when there is none


def search_articles(
    session: Session,
    query: str | SearchQuery,
    *,
    lang: str | None = None,
    since: date | None = None,
    limit: int = 20,
    before: int | None = None,
    window: int = DEFAULT_WINDOW,
) -> SearchPage:
    """The best ``limit`` of the ``window`` newest articles matching ``query``, with snippets.

    Raises ``SearchQueryError`` (a ValueError) for a query that cannot be understood.
    """
    parsed = parse_query(query) if isinstance(query, str) else query
    backend = PostgresSearch(parsed) if session.get_bind().dialect.name == "postgresql" else SqliteSearch(parsed)
    limit = max(1, min(limit, window))
    where, params = _filters(lang, since)
    ranked, stopped_at = backend.candidates(session, where, params | {"before": before, "window": window})
    # a full window continues below its oldest id; a short one below where the scan stopped (if it did)
    next_before = min(i for i, _ in ranked) if len(ranked) >= window else stopped_at
    best = sorted(ranked, key=lambda r: (-r[1], -r[0]))[:limit]
    return SearchPage(backend.hits(session, best), len(ranked), next_before)


def _filters(lang: str | None, since: date | None) -> tuple[str, dict]:
    clauses, params = [], {}
    if lang:
        clauses.append("a.lang = :lang")
        params["lang"] = lang
    if since:
        clauses.append("a.published >= :since")
        params["since"] = since
    return "".join(f" AND {c}" for c in clauses), params


def _bounds(params: dict, column: str) -> str:
    """Paging (older than ``before``) and the scan floor, as SQL on ``column``."""
    return (f" AND {column} < :before" if params.get("before") else "") + (
        f" AND {column} >= :floor" if params.get("floor") is not None else "")


class SqliteSearch:
    """FTS5: the index is walked in rowid order (newest first) and stops at the LIMIT."""

    def __init__(self, query: SearchQuery) -> None:
        self.match = to_fts5(query)
        # one or two plain words: the archive-wide bm25 statistics are cheap to count
        terms = [*query.terms, *query.excluded]
        self.simple = len(terms) <= 2 and all(len(t.tokens) == 1 for t in terms)

    def floor(self, session: Session, before: int | None) -> int | None:
        """The SCAN_LIMIT-th newest match, found from the index alone, without reading articles."""
        sql = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match"
                   f"{_bounds({'before': before}, 'rowid')} ORDER BY rowid DESC LIMIT 1 OFFSET :scan")
        return session.scalar(sql, {"match": self.match, "before": before, "scan": SCAN_LIMIT - 1})

    def candidates(self, session: Session, where: str, params: dict) -> tuple[list[tuple[int, float]], int | None]:
        """(id, score) of the newest matches, and the id the scan stopped at, if it stopped early."""
        floor = self.floor(session, params["before"]) if where else None
        params = params | {"match": self.match, "floor": floor}
        if self.simple:
            return self._ranked_in_archive(session, where, params), floor
        return self._ranked_in_window(session, where, params), floor

    def _ranked_in_archive(self, session: Session, where: str, params: dict) -> list[tuple[int, float]]:
        """bm25 on the archive's own index: fast while its statistics are one or two word counts."""
        bm25 = f"bm25(articles_fts, {TITLE_WEIGHT}, 1.0)"
        if not where:
            sql = text(f"SELECT f.rowid, {bm25} FROM articles_fts f WHERE articles_fts MATCH :match"
                       f"{_bounds(params, 'f.rowid')} ORDER BY f.rowid DESC LIMIT :window")
            return [(i, -score) for i, score in session.execute(sql, params)]  # bm25: lower is better
        ids = session.execute(text(
            f"SELECT f.rowid FROM {WALK} WHERE articles_fts MATCH :match{_bounds(params, 'f.rowid')}{where}"
            " ORDER BY f.rowid DESC LIMIT :window"), params).scalars().all()
        if not ids:
            return []
        # FTS5 seeks on a rowid range (not on IN), so score the span of the ids and keep the ids
        sql = text(f"SELECT f.rowid, {bm25} FROM articles_fts f"
                   " WHERE articles_fts MATCH :match AND f.rowid BETWEEN :low AND :high")
        scores = dict(session.execute(sql, {"match": self.match, "low": ids[-1], "high": ids[0]}).all())
        return [(i, -scores.get(i, 0.0)) for i in ids]

    def _ranked_in_window(self, session: Session, where: str, params: dict) -> list[tuple[int, float]]:
        """bm25 over the window alone, copied into a small temporary FTS5 table.

        bm25 on the archive's index first counts every article holding each term or phrase of the
        query, which for phrases and several common words costs 20-55 ms at a million articles (on
        an idle machine) and grows with the archive; in the window it costs the same at any archive
        size. Only the first RANK_CHARS of a text are copied, so long articles cannot make it slow.
        """
        # contentless: it only has to score, and 'delete-all' empties it at once (DELETE re-tokenizes)
        session.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_window USING fts5("
                             f"title, text, content='', tokenize='{TOKENIZER}')"))
        session.execute(text("INSERT INTO temp.search_window (search_window) VALUES ('delete-all')"))
        session.execute(text(
            "INSERT INTO temp.search_window (rowid, title, text) SELECT f.rowid, a.title, substr(a.text, 1, :chars)"
            f" FROM {WALK} WHERE articles_fts MATCH :match{_bounds(params, 'f.rowid')}{where}"
            " ORDER BY f.rowid DESC LIMIT :window"), params | {"chars": RANK_CHARS})
        scores = dict(session.execute(text(
            f"SELECT rowid, bm25(search_window, {TITLE_WEIGHT}, 1.0) FROM temp.search_window"
            " WHERE search_window MATCH :match"), {"match": self.match}).all())
        ids = session.execute(text("SELECT rowid FROM temp.search_window ORDER BY rowid DESC")).scalars().all()
        # a match beyond the copied part of a long text ranks last
        return [(i, -scores[i] if i in scores else 0.0) for i in ids]

    def hits(self, session: Session, best: list[tuple[int, float]]) -> list[SearchHit]:
        snippet = f"snippet(articles_fts, -1, '{MARK[0]}', '{MARK[1]}', '{ELLIPSIS}', 16)"
        # the rowid constraint lets FTS5 seek to each hit instead of walking every match
        return _hits(session, best, snippet, "articles_fts f CROSS JOIN articles a ON a.id = f.rowid",
                     "articles_fts MATCH :match AND f.rowid IN :ids", {"match": self.match})


class PostgresSearch:
    """PostgreSQL: the stored ``search_vector`` column and its GIN index (migrations/versions/query_fts.py).

    The tsquery is written inline, each term a bound websearch_to_tsquery (user text never
    becomes SQL or tsquery syntax).
    """

    def __init__(self, query: SearchQuery) -> None:
        groups, excluded = to_websearch_terms(query)
        self.params: dict = {}
        expr = " && ".join("(" + " || ".join(self._term(p) for p in group) + ")" for group in groups)
        for phrase in excluded:
            expr += f" && !!{self._term(phrase)}"
        self.tsquery = f"({expr})"

    def _term(self, phrase: str) -> str:
        name = f"t{len(self.params)}"
        self.params[name] = phrase
        return f"websearch_to_tsquery('simple', :{name})"

    def candidates(self, session: Session, where: str, params: dict) -> tuple[list[tuple[int, float]], int | None]:
        """Look at the newest ids first, in growing spans, so the plan never depends on estimates.

        PostgreSQL misjudges how many rows match correlated words ("exchange prisoners Ukraine")
        and would fetch every match to sort them; a span of ids bounds the work. Rare words widen
        the span until the archive is covered; with filters the widening stops at PG_SCAN_ROWS.
        """
        # psycopg prepares a statement run often; a generic plan cannot see the words and may walk the
        # whole table for a word that matches nothing, so plan every search for its own words
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        top = params["before"] or (session.scalar(text("SELECT max(id) FROM articles")) or 0) + 1
        span = PG_FIRST_SPAN
        while True:
            low = max(0, top - span)
            ranked = self._ranked(session, where, params | {"before": top, "floor": low})
            if len(ranked) >= params["window"] or low == 0:
                return ranked, None
            if where and span >= PG_SCAN_ROWS:
                return ranked, low
            span *= 4

    def _ranked(self, session: Session, where: str, params: dict) -> list[tuple[int, float]]:
        # ranked outside the LIMIT so ts_rank runs for the window only, never for every match
        sql = text(
            f"WITH cand AS (SELECT a.id, a.search_vector FROM articles a WHERE a.search_vector @@ {self.tsquery}"
            f" AND a.id < :before AND a.id >= :floor{where} ORDER BY a.id DESC LIMIT :window)"
            f" SELECT id, ts_rank({PG_WEIGHTS}, search_vector, {self.tsquery}) FROM cand")
        return [(i, float(score)) for i, score in session.execute(sql, params | self.params)]

    def hits(self, session: Session, best: list[tuple[int, float]]) -> list[SearchHit]:
        snippet = f"ts_headline('simple', coalesce(a.text, a.title, ''), {self.tsquery}, :headline)"
        return _hits(session, best, snippet, "articles a", "a.id IN :ids", {"headline": PG_HEADLINE, **self.params})


def _hits(session: Session, best: list[tuple[int, float]], snippet: str, source: str, where: str,
          params: dict) -> list[SearchHit]:
    if not best:
        return []
    sql = text(
        f"SELECT a.id, a.url, a.title, a.published, a.lang, s.name, {snippet} FROM {source}"
        f" LEFT JOIN sources s ON s.id = a.source_id WHERE {where}"
    ).bindparams(bindparam("ids", expanding=True))
    rows = {row[0]: row for row in session.execute(sql, {"ids": [i for i, _ in best], **params})}
    hits = []
    for article_id, score in best:
        row = rows.get(article_id)
        if row is not None:
            published = row[3] if not isinstance(row[3], str) else date.fromisoformat(row[3])
            # ts_headline marks each word of a phrase; join them as FTS5 does: **prisoner exchange**
            snippet = (row[6] or "").replace(f"{MARK[1]} {MARK[0]}", " ")
            hits.append(SearchHit(article_id, row[1], row[2], published, row[4], row[5], score, snippet))
    return hits
