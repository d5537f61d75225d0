"""Measuring search quality on the judged query set (search/judged_queries.py).

Each query goes through the real search page, /zoeken/, with Django's test
client. What counts as the ranked list is what the page offers as results,
top to bottom: the editors' promotions, the result cards of the first page,
then the box of matching themes, partners and glossary terms. The "did you
mean" cards under "We vonden niets" do not count: that page says it found
nothing. Used by benchmarks/search_quality.py and
tests/search/test_judged_queries.py.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from .judged_queries import CATEGORIES, JUDGED_QUERIES

# A bot's user agent: the search statistics are not counted.
USER_AGENT = "wijkwijzer-quality-bot"


@dataclass
class Outcome:
    judged: object  # a Judged
    total: int  # the number the results heading shows
    urls: list  # the ranked list, as URL paths (with #anchor for terms)

    @property
    def rank(self):
        """1-based rank of the first relevant result; None when none is shown."""
        for position, url in enumerate(self.urls, start=1):
            if url in self.judged.relevant:
                return position
        return None

    @property
    def best_rank(self):
        """1-based rank of the first best answer (grade 2); None when none."""
        for position, url in enumerate(self.urls, start=1):
            if url in self.judged.best:
                return position
        return None


def _path(url):
    parts = urlsplit(url)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def ranked_urls(outcome):
    """The ranked list of a SearchOutcome, as URL paths, each once."""
    hits = list(outcome.promotions)
    # A theme, partner or term named exactly what was searched shows as a
    # card above the results ("LSA", "NPLV").
    hits += list(outcome.exact_hits)
    if outcome.total and outcome.results is not None:
        hits += list(outcome.results)
        hits += list(outcome.snippet_hits)
    seen = []
    for hit in hits:
        path = _path(hit.url)
        if path not in seen:
            seen.append(path)
    return seen


def run_query(client, judged):
    response = client.get("/zoeken/", {"q": judged.query}, HTTP_USER_AGENT=USER_AGENT)
    if response.status_code != 200:
        raise AssertionError(
            f"/zoeken/?q={judged.query} answered {response.status_code}"
        )
    outcome = response.context["outcome"]
    return Outcome(judged, outcome.total, ranked_urls(outcome))


def evaluate(client, judged_queries=JUDGED_QUERIES):
    return [run_query(client, judged) for judged in judged_queries]


def summarize(outcomes):
    """The figures over ``outcomes``: MRR, success@1 and @3 and the
    zero-result rate over the answerable queries; the "should find nothing"
    rate over the others. Rates are fractions (None without queries)."""
    answerable = [o for o in outcomes if o.judged.answerable]
    unanswerable = [o for o in outcomes if not o.judged.answerable]

    def share(items, test):
        return sum(1 for item in items if test(item)) / len(items) if items else None

    return {
        "queries": len(outcomes),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "mrr": (
            sum(1 / o.rank for o in answerable if o.rank) / len(answerable)
            if answerable
            else None
        ),
        "success@1": share(answerable, lambda o: o.rank == 1),
        "success@3": share(answerable, lambda o: o.rank is not None and o.rank <= 3),
        "zero_results": share(answerable, lambda o: o.total == 0),
        "finds_nothing": share(unanswerable, lambda o: o.total == 0),
    }


def by_category(outcomes):
    """{category: summary} for each category present in ``outcomes``."""
    return {
        category: summarize([o for o in outcomes if o.judged.category == category])
        for category in CATEGORIES
        if any(o.judged.category == category for o in outcomes)
    }
