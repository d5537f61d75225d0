"""Wagtail's database search backends, taught one extra query: ``Prefix``.

The database backends match whole (stemmed) words only, so "wijk" would not
find "wijkaanpak". Dutch glues words together, so we add prefix matching
(PostgreSQL ``'wijk':*``, SQLite FTS5 ``"wijk"*``) as a separate query part
that ranks below exact matches. Selected in settings with
``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", ...}}``.

The vendor modules are imported only for the database in use: each one
refers to models that exist only on its own database.
"""

from functools import cache, reduce

from django.db import connection

from modelsearch.backends.database import SearchBackend as default_backend_for
from modelsearch.query import PlainText

PREFIX_RANK_WEIGHT = 0.5  # a compound match counts half as much as an exact one
PARTS_RANK_WEIGHT = 0.3  # a part of a searched compound counts less still


class Prefix(PlainText):
    """Matches words that start with any of the given terms (OR)."""

    def __init__(self, terms):
        super().__init__(" ".join(terms), operator="or")
        self.terms = list(terms)

    def __repr__(self):
        return f"<Prefix {self.terms!r}>"


class Parts(PlainText):
    """The parts of a searched compound (any, or all), matched as words but
    ranked lower than the words typed (search/compounds.py). On SQLite a
    plain PlainText: FTS5's bm25() weighs the whole match, not its parts."""

    def __init__(self, terms, operator="or"):
        super().__init__(" ".join(terms), operator=operator)
        self.terms = list(terms)

    def __repr__(self):
        return f"<Parts {self.terms!r}>"


class Weighted(PlainText):
    """A searched word (or phrase), its rank multiplied by ``weight`` (its
    rarity, see search/rarity.py). On SQLite a plain PlainText: bm25()
    weighs rarity there."""

    def __init__(self, text, weight, operator="or"):
        super().__init__(text, operator=operator)
        self.weight = weight

    def __repr__(self):
        return f"<Weighted {self.query_string!r} {self.weight:.2f}>"


@cache
def postgres_backend_class():
    from django.contrib.postgres.search import SearchQuery, SearchRank

    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.backends.database.postgres.query import Lexeme

    class PrefixQueryCompiler(PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, Prefix):
                lexemes = [
                    Lexeme(term, prefix=True, invert=invert) for term in query.terms
                ]
                combined = reduce(lambda a, b: a | b, lexemes)
                return SearchQuery(combined, search_type="raw", config=config)
            return super().build_tsquery_content(query, config=config, invert=invert)

        def build_tsrank(self, vector, query, config=None, boost=1.0):
            if isinstance(query, Prefix):
                tsquery = self.build_tsquery(query, config=config)
                rank = SearchRank(vector, tsquery, weights=self.sql_weights)
                return rank * (boost * PREFIX_RANK_WEIGHT)
            if isinstance(query, Parts):
                return super().build_tsrank(
                    vector, query, config=config, boost=boost * PARTS_RANK_WEIGHT
                )
            if isinstance(query, Weighted):
                return super().build_tsrank(
                    vector, query, config=config, boost=boost * query.weight
                )
            return super().build_tsrank(vector, query, config=config, boost=boost)

    class PrefixSearchBackend(PostgresSearchBackend):
        query_compiler_class = PrefixQueryCompiler
        supports_prefix = True

    return PrefixSearchBackend


@cache
def sqlite_backend_class():
    from modelsearch.backends.database.sqlite.query import (
        Lexeme,
        SearchQueryExpression,
    )
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class PrefixQueryCompiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, Prefix):
                lexemes = [Lexeme(term, prefix=True) for term in query.terms]
                combined = reduce(lambda a, b: a | b, lexemes)
                return SearchQueryExpression(combined, config=config)
            return super().build_search_query_content(query, config=config)

    class PrefixSearchBackend(SQLiteSearchBackend):
        query_compiler_class = PrefixQueryCompiler
        supports_prefix = True

    return PrefixSearchBackend


def SearchBackend(params):  # the name Wagtail looks up in this module
    """PostgreSQL or SQLite FTS5 with prefix support; on anything else
    Wagtail's own choice, which then has no prefix matching."""
    backend = default_backend_for(params)
    if connection.vendor == "postgresql":
        return postgres_backend_class()(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        return sqlite_backend_class()(params)
    return backend
