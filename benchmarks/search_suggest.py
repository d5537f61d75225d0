"""Suggestions as you type: server time and SQL queries of
/zoeken/suggesties/ on the demo content and with extra synthetic titles.

Runs against the database in DATABASE_URL (SQLite by default), which must
hold the demo content (``manage.py migrate && manage.py load_demo_content``).
The extra titles are committed and, on PostgreSQL, the table vacuumed and
analysed, as autovacuum leaves a real table (rows added in a transaction
that is never committed are invisible to index-only scans: every row would
be read from the table); they are deleted again at the end. Each prefix is
asked cold (the cache emptied first: the one indexed query) and warm (from
the cache).

    .venv/bin/python benchmarks/search_suggest.py [--extra 10000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wijkwijzer_suggest \\
        .venv/bin/python benchmarks/search_suggest.py
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkwijzer.settings.dev")

PREFIXES = [
    "wi", "wij", "wijk", "wijka", "bu", "buurt", "bew", "bewoners", "ge",
    "geld", "ins", "parti", "zorg", "jong", "veil", "samen", "wat is",
    "wat is een w", "lsa", "abc", "commun", "ond", "leefb", "woning",
]  # fmt: skip
RUNS = 5
WORDS = [
    "wijk", "buurt", "bewoners", "gemeente", "corporatie", "zorg", "welzijn",
    "jongeren", "school", "armoede", "schulden", "werk", "veiligheid", "groen",
    "participatie", "buurthuis", "wijkteam", "aanpak", "samenwerken", "geld",
    "leefbaarheid", "ondermijning", "wonen", "energie", "gezondheid",
]  # fmt: skip


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(client, label):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search.suggest import cache_key, fold

    for prefix in PREFIXES:  # shared entries (site) and every answer warm
        client.get("/zoeken/suggesties/", {"q": prefix})
    for state in ("cold", "warm"):
        times, queries = [], []
        for _ in range(RUNS):
            for prefix in PREFIXES:
                if state == "cold":  # this answer out of the cache
                    cache.delete(cache_key(fold(prefix)))
                with CaptureQueriesContext(connection) as captured:
                    start = time.perf_counter()
                    response = client.get("/zoeken/suggesties/", {"q": prefix})
                    times.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    sys.exit(f"{prefix!r}: {response.status_code}")
                queries.append(sum("search_suggestion" in q["sql"] for q in captured))
        print(
            f"{label:<28} {state:<5} p50 {statistics.median(times):6.2f} ms"
            f"  p95 {percentile(times, 0.95):6.2f} ms"
            f"  SQL queries/request {min(queries)}–{max(queries)}"
        )


def add_titles(count):
    from search.models import Suggestion
    from search.suggest import PAGE, _rows

    rng = random.Random(15)
    rows = []
    for n in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8)))
        rows += _rows(f"{PAGE}:bench-{n}", PAGE, title.capitalize(), f"/b/{n}/")
    Suggestion.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra", type=int, default=10_000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from search.models import Suggestion
    from search.suggest import PAGE

    settings.DEBUG = False
    client = Client(HTTP_HOST="localhost")
    print(f"database: {connection.vendor}, {Suggestion.objects.count()} rows")
    if not Suggestion.objects.exists():
        sys.exit("no suggestions: load the demo content first")
    # The server time with CaptureQueriesContext on is slightly higher than
    # without; the query count needs it.
    measure(client, "demo")
    try:
        rows = add_titles(args.extra)
        settle(connection)
        measure(client, f"demo + {args.extra:,} titles ({rows:,} rows)")
    finally:
        Suggestion.objects.filter(source__startswith=f"{PAGE}:bench-").delete()
        settle(connection)


def settle(connection):
    """What autovacuum does after a bulk change (PostgreSQL)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE search_suggestion")


if __name__ == "__main__":
    main()
