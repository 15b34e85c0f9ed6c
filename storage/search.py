"""Full-text search over article titles and texts: SQLite FTS5 or PostgreSQL full text, one function.

Ranking every match of a common word ("exchange" matches most of the archive) costs time in
proportion to the archive, so a search looks at a bounded window: the ``window`` newest matches
(FTS5 walks its index in rowid order and stops; PostgreSQL takes them from the GIN index), ranks
those by relevance (bm25 / ts_rank) and returns the best ``limit``. ``SearchPage.next_before`` pages
on to the next, older window. Rare words have fewer matches than a window, so they are ranked in full.
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
SCAN_LIMIT = 20_000  # matches a filtered SQLite search looks at before it stops and offers the next page
MARK = ("**", "**")  # around each matched word in a snippet
ELLIPSIS = "…"
# must be the expression the GIN index was built on (migrations/versions/query_fts.py)
PG_DOCUMENT = "to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(text, ''))"
PG_HEADLINE = f"StartSel={MARK[0]}, StopSel={MARK[1]}, MaxWords=24, MinWords=10, MaxFragments=2, " \
              f"FragmentDelimiter=\" {ELLIPSIS} \""
TITLE_WEIGHT = 2.0  # a word in the title says more about the article than one in the text


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
    limit = max(1, min(limit, window))
    filters = {"lang": lang, "since": since, "before": before}
    if session.get_bind().dialect.name == "postgresql":
        ranked, next_before = _pg_candidates(session, parsed, filters, window), None
    else:
        ranked, next_before = _sqlite_candidates(session, parsed, filters, window)
    if len(ranked) >= window:
        next_before = min(i for i, _ in ranked)
    best = sorted(ranked, key=lambda r: (-r[1], -r[0]))[:limit]
    hits = _hits(session, parsed, best)
    return SearchPage(hits, len(ranked), next_before)


def _where(filters: dict, id_column: str) -> tuple[str, dict]:
    clauses, params = [], {}
    if filters["lang"]:
        clauses.append("a.lang = :lang")
        params["lang"] = filters["lang"]
    if filters["since"]:
        clauses.append("a.published >= :since")
        params["since"] = filters["since"]
    if filters["before"]:
        clauses.append(f"{id_column} < :before")
        params["before"] = filters["before"]
    return "".join(f" AND {c}" for c in clauses), params


def _sqlite_candidates(session: Session, query: SearchQuery, filters: dict, window: int) -> tuple[list, int | None]:
    """(id, score) of the newest matches, and where to continue if the scan stopped early."""
    match = to_fts5(query)
    if not (filters["lang"] or filters["since"]):
        before = " AND f.rowid < :before" if filters["before"] else ""
        sql = text(f"SELECT f.rowid, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) FROM articles_fts f"
                   f" WHERE articles_fts MATCH :match{before} ORDER BY f.rowid DESC LIMIT :window")
        rows = session.execute(sql, {"match": match, "window": window, "before": filters["before"]})
        return [(row[0], -row[1]) for row in rows], None  # bm25 is lower-is-better
    ids, scan_end = _sqlite_filtered_ids(session, match, filters, window)
    if not ids:
        return [], scan_end
    # FTS5 seeks on a rowid range (not on IN), so score the span of the ids and keep the ids
    sql = text(f"SELECT f.rowid, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) FROM articles_fts f"
               " WHERE articles_fts MATCH :match AND f.rowid BETWEEN :low AND :high")
    scores = dict(session.execute(sql, {"match": match, "low": ids[-1], "high": ids[0]}).all())
    return [(i, -scores.get(i, 0.0)) for i in ids], scan_end


def _sqlite_filtered_ids(session: Session, match: str, filters: dict, window: int) -> tuple[list[int], int | None]:
    """Newest matching ids that pass the filters, looking at no more than SCAN_LIMIT matches.

    A filter that few matches pass (a rare language) would otherwise walk every match of a common
    word; past the scan limit the page ends early and ``next_before`` continues from there.
    """
    where, params = _where(dict(filters, before=None), "a.id")
    before = " AND rowid < :before" if filters["before"] else ""
    params |= {"match": match, "before": filters["before"], "scan": SCAN_LIMIT - 1, "window": window}
    # the SCAN_LIMIT-th newest match bounds the walk; found by the index alone, without reading articles
    floor = session.scalar(text(f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match{before}"
                                " ORDER BY rowid DESC LIMIT 1 OFFSET :scan"), params)
    bounded = before + (" AND f.rowid >= :floor" if floor is not None else "")
    # CROSS JOIN keeps the FTS index as the outer loop, walked newest first and stopped at the window
    ids = list(session.scalars(text(
        f"SELECT f.rowid FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid"
        f" WHERE articles_fts MATCH :match{bounded.replace(' rowid', ' f.rowid')}{where}"
        " ORDER BY f.rowid DESC LIMIT :window"), params | {"floor": floor}))
    if len(ids) >= window or floor is None:
        return ids, None
    return ids, floor


def _pg_tsquery(query: SearchQuery) -> tuple[str, dict]:
    """SQL combining one websearch_to_tsquery per term with tsquery operators; terms are bound values."""
    groups, excluded = to_websearch_terms(query)
    params: dict = {}

    def term(phrase: str) -> str:
        name = f"t{len(params)}"
        params[name] = phrase
        return f"websearch_to_tsquery('simple', :{name})"

    expr = " && ".join("(" + " || ".join(term(p) for p in group) + ")" for group in groups)
    for phrase in excluded:
        expr += f" && !!{term(phrase)}"
    return expr, params


def _pg_candidates(session: Session, query: SearchQuery, filters: dict, window: int) -> list[tuple[int, float]]:
    where, params = _where(filters, "a.id")
    tsquery, terms = _pg_tsquery(query)
    weighted = ("setweight(to_tsvector('simple', coalesce(a.title, '')), 'A') || "
                "to_tsvector('simple', coalesce(a.text, ''))")
    sql = text(
        f"WITH q AS (SELECT {tsquery} AS q), cand AS ("
        f" SELECT a.id, a.title, a.text FROM articles a, q WHERE {PG_DOCUMENT} @@ q.q{where}"
        f" ORDER BY a.id DESC LIMIT :window)"
        f" SELECT cand.id, ts_rank('{{0.1, 0.2, 0.4, 1.0}}', {weighted.replace('a.', 'cand.')}, q.q)"
        f" FROM cand, q"
    )
    rows = session.execute(sql, {"window": window, **params, **terms})
    return [(row[0], float(row[1])) for row in rows]


def _hits(session: Session, query: SearchQuery, best: list[tuple[int, float]]) -> list[SearchHit]:
    if not best:
        return []
    ids = [i for i, _ in best]
    if session.get_bind().dialect.name == "postgresql":
        tsquery, terms = _pg_tsquery(query)
        snippet = f"ts_headline('simple', coalesce(a.text, a.title, ''), ({tsquery}), :headline)"
        params = {"headline": PG_HEADLINE, **terms}
        source = "articles a"
        where = "a.id IN :ids"
    else:
        snippet = f"snippet(articles_fts, -1, '{MARK[0]}', '{MARK[1]}', '{ELLIPSIS}', 16)"
        params = {"match": to_fts5(query)}
        source = "articles_fts f CROSS JOIN articles a ON a.id = f.rowid"
        # the rowid constraint lets FTS5 seek to each hit instead of walking every match
        where = "articles_fts MATCH :match AND f.rowid IN :ids"
    sql = text(
        f"SELECT a.id, a.url, a.title, a.published, a.lang, s.name, {snippet} FROM {source}"
        f" LEFT JOIN sources s ON s.id = a.source_id WHERE {where}"
    ).bindparams(bindparam("ids", expanding=True))
    rows = {row[0]: row for row in session.execute(sql, {"ids": ids, **params})}
    hits = []
    for article_id, score in best:
        row = rows.get(article_id)
        if row is not None:
            published = row[3] if not isinstance(row[3], str) else date.fromisoformat(row[3])
            hits.append(SearchHit(article_id, row[1], row[2], published, row[4], row[5], score, row[6] or ""))
    return hits
