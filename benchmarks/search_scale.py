"""Search at scale: how fast is /zoeken/ with 1k, 10k and 100k resources?

Fills a dedicated PostgreSQL database with the demo content plus synthetic
resources and explainers, rebuilds the search index, then times the search
page (full request through Django, templates included) over a fixed set of
queries. Prints, for the demo content and then per size: index build time,
search latency p50/p95, the SQL query count of the search page and how many
of the queries found more than search.service.MATCH_CAP pages.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wijkwijzer_bench \\
        .venv/bin/python benchmarks/search_scale.py [--sizes 1000:100,10000:1000]

The database named in DATABASE_URL is dropped and recreated; its name must
contain "bench" so a real database can never be used by mistake. With
``--reuse`` it is kept: migrations run, sizes already there are measured
without growing or reindexing (build time "-").
"""

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkwijzer.settings.dev")

QUERIES = [
    "wat is een wijkaanpak",
    "bewoners betrekken",
    "geld voor de wijk",
    "samenwerken met de gemeente",
    "ondermijning",
    "loslaten",
    "buurthuis",
    "leefbaarheid",
    "woningcorporatie",
    "veiligheid in de wijk",
    "jongeren en school",
    "wijk",
]
RUNS_PER_QUERY = 3
CAPPED = '<h2 id="results-heading">Meer dan'  # more than MATCH_CAP pages
DEFAULT_SIZES = "1000:100,10000:1000,100000:10000"

WORDS = [
    "wijk",
    "buurt",
    "bewoners",
    "gemeente",
    "corporatie",
    "woningcorporatie",
    "zorg",
    "welzijn",
    "jongeren",
    "school",
    "armoede",
    "schulden",
    "werk",
    "participatie",
    "veiligheid",
    "ondermijning",
    "leefbaarheid",
    "groen",
    "pleinen",
    "huizen",
    "renovatie",
    "energie",
    "duurzaamheid",
    "isolatie",
    "wijkteam",
    "opbouwwerker",
    "wijkagent",
    "buurthuis",
    "bewonersinitiatief",
    "afspraken",
    "subsidie",
    "financiering",
    "samenwerken",
    "loslaten",
    "integraal",
    "aanpak",
    "plan",
    "evaluatie",
    "monitor",
    "cijfers",
    "onderzoek",
    "handreiking",
    "instrument",
    "leergang",
    "praktijk",
    "ouders",
    "kinderen",
    "gezondheid",
    "eenzaamheid",
    "ontmoeting",
    "vrijwilligers",
    "straat",
    "parkeren",
    "speeltuin",
    "markt",
    "winkels",
    "ondernemers",
    "taal",
    "inburgering",
    "cultuur",
    "sport",
]


def sentence(rng, length):
    words = rng.choices(WORDS, k=length)
    return (" ".join(words)).capitalize() + "."


def reset_database(url):
    name = url.rsplit("/", 1)[-1]
    if "bench" not in name:
        sys.exit(f"Refusing to use database {name!r}: its name must contain 'bench'.")
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    for statement in (f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'):
        subprocess.run(["psql", admin_url, "-qc", statement], check=True)  # noqa: S603,S607


def manage(*args):
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, check=True
    )


def encode_step(number):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    step = ""
    for _ in range(4):
        number, rest = divmod(number, 36)
        step = alphabet[rest] + step
    return step


def bulk_children(parent, model, rows, extra_sql_columns):
    """Insert many live child pages of ``model`` under ``parent`` quickly.

    Page creation through the ORM takes milliseconds a page (tree locking,
    signals, revisions); for 100,000 synthetic pages we write the rows
    directly: base Page rows with bulk_create, then the model's own table.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from wagtail.models import Locale, Page

    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    last = parent.get_children().order_by("-path").first()
    start = int(last.path[-4:], 36) + 1 if last else 1
    pages = [
        Page(
            title=row["title"],
            draft_title=row["title"],
            slug=row["slug"],
            content_type=content_type,
            path=parent.path + encode_step(start + i),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{row['slug']}/",
            locale=locale,
            live=True,
            has_unpublished_changes=False,
        )
        for i, row in enumerate(rows)
    ]
    Page.objects.bulk_create(pages, batch_size=2000)
    columns = ["page_ptr_id", *extra_sql_columns]
    placeholders = ", ".join(["%s"] * len(columns))
    values = [
        (page.pk, *[row[c] for c in extra_sql_columns])
        for page, row in zip(pages, rows, strict=True)
    ]
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",  # noqa: S608 - fixed names
            values,
        )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    parent.refresh_from_db()
    return pages


def grow(resources_total, explainers_total, rng):
    """Add synthetic resources and explainers up to the given totals."""
    from explainers.models import (
        ExplainerIndexPage,
        ExplainerPage,
        Partner,
        ResourceIndexPage,
        ResourcePage,
        ResourceType,
        Theme,
    )

    partners = list(Partner.objects.values_list("pk", flat=True))
    types = list(ResourceType.objects.values_list("pk", flat=True))
    themes = list(Theme.objects.values_list("pk", flat=True))

    need = resources_total - ResourcePage.objects.count()
    if need > 0:
        index = ResourceIndexPage.objects.get()
        offset = ResourcePage.objects.count()
        rows = [
            {
                "title": sentence(rng, 5)[:-1],
                "slug": f"synthetische-bron-{offset + i}",
                "external_url": f"https://voorbeeld.example/bron/{offset + i}",
                "partner_id": rng.choice(partners),
                "resource_type_id": rng.choice(types),
                "summary": sentence(rng, 14) + " " + sentence(rng, 10),
                "year": rng.randint(2015, 2026),
            }
            for i in range(need)
        ]
        keys = ["external_url", "partner_id", "resource_type_id", "summary", "year"]
        pages = bulk_children(index, ResourcePage, rows, keys)
        through = ResourcePage.themes.through
        through.objects.bulk_create(
            [
                through(resourcepage_id=page.pk, theme_id=theme)
                for page in pages
                for theme in rng.sample(themes, 2)
            ],
            batch_size=5000,
        )

    need = explainers_total - ExplainerPage.objects.count()
    if need > 0:
        index = ExplainerIndexPage.objects.get()
        offset = ExplainerPage.objects.count()
        rows = []
        for i in range(need):
            body = [
                {"type": "heading", "value": {"text": sentence(rng, 4), "level": "h2"}}
            ]
            body += [
                {"type": "paragraph", "value": f"<p>{sentence(rng, 18)}</p>"}
                for _ in range(6)
            ]
            rows.append(
                {
                    "title": sentence(rng, 4)[:-1],
                    "slug": f"synthetische-uitleg-{offset + i}",
                    "summary": sentence(rng, 16),
                    "body": json.dumps(body),
                    "professionals": "[]",
                }
            )
        pages = bulk_children(
            index, ExplainerPage, rows, ["summary", "body", "professionals"]
        )
        through = ExplainerPage.themes.through
        through.objects.bulk_create(
            [
                through(explainerpage_id=page.pk, theme_id=theme)
                for page in pages
                for theme in rng.sample(themes, 2)
            ],
            batch_size=5000,
        )


def measure():
    """Cold: the cache emptied before every search, so synonyms, menus and
    the lists of theme and partner names are read again (the worst case,
    right after content changed). New: those lists in the cache, as a
    visited site keeps them, but the search's outcome not (a question not
    asked since content last changed). Repeated: the same question again,
    its outcome kept (search/outcome_cache.py). Returns ((p50, p95) cold,
    new, repeated, fewest and most SQL queries cold, queries over the cap)."""
    from django.core.cache import cache
    from django.test import Client, override_settings

    client = Client(HTTP_HOST="localhost", HTTP_USER_AGENT="benchmark-bot")
    cold, new, repeated, query_counts = [], [], [], []
    capped = 0
    for query in QUERIES:
        response = client.get("/zoeken/", {"q": query})  # warm up
        capped += CAPPED in response.content.decode()
        for _ in range(RUNS_PER_QUERY):
            cache.clear()
            milliseconds, count = timed(client, query)
            cold.append(milliseconds)
            query_counts.append(count)
    client.get("/")  # the home page fills the caches a visitor would
    with override_settings(SEARCH_OUTCOME_SECONDS=0):
        for query in QUERIES:
            client.get("/zoeken/", {"q": query})
            new += [timed(client, query)[0] for _ in range(RUNS_PER_QUERY)]
    for query in QUERIES:
        client.get("/zoeken/", {"q": query})
        repeated += [timed(client, query)[0] for _ in range(RUNS_PER_QUERY)]
    return (
        percentiles(cold),
        percentiles(new),
        percentiles(repeated),
        min(query_counts),
        max(query_counts),
        capped,
    )


def timed(client, query):
    """(milliseconds, SQL queries) of one search."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get("/zoeken/", {"q": query})
        milliseconds = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        sys.exit(f"/zoeken/?q={query} answered {response.status_code}")
    return milliseconds, len(queries)


def percentiles(timings):
    timings = sorted(timings)
    return statistics.median(timings), timings[max(0, round(0.95 * len(timings)) - 1)]


def machine():
    """The CPU model and the commit measured, for the README table."""
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return f"{os.cpu_count()} cores ({cpu}), commit {commit or '?'}"


def build_index():
    """Rebuild the search index and VACUUM ANALYZE, as autovacuum would
    soon after; returns the seconds it took. (Right after a bulk insert the
    GIN indexes still hold their pending lists and the planner has no
    statistics: searches then take several times as long.)"""
    from django.db import connection

    started = time.perf_counter()
    manage("update_index", "-v0")
    connection.close()  # update_index ran in its own process
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    return time.perf_counter() - started


def report(label, explainers, build, figures):
    (p50, p95), (new50, new95), (again50, again95), q_min, q_max, capped = figures
    queries = f"{q_min}" if q_min == q_max else f"{q_min}-{q_max}"
    built = "-" if build is None else f"{build:.1f}s"
    print(
        f"{label:>10} {explainers:>10} {built:>12} {p50:>8.0f} {p95:>8.0f} "
        f"{new50:>8.0f} {new95:>8.0f} {again50:>8.0f} {again95:>8.0f} "
        f"{queries:>9} {capped:>7}/{len(QUERIES)}",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the database, grow it if needed"
    )
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit(
            "Set DATABASE_URL to a PostgreSQL database whose name contains 'bench'."
        )
    sizes = [tuple(int(n) for n in pair.split(":")) for pair in args.sizes.split(",")]

    if not args.reuse:
        reset_database(url)
    manage("migrate", "--noinput", "-v0")

    import django

    django.setup()
    from django.db import connection

    from explainers.models import ExplainerPage, ResourcePage

    fresh = not ResourcePage.objects.exists()
    if fresh:
        manage("load_demo_content")
    rng = random.Random(2026)
    print(
        f"PostgreSQL {connection.cursor().connection.info.server_version}, "
        f"{machine()}; {len(QUERIES)} queries x {RUNS_PER_QUERY} runs"
    )
    print(
        f"{'resources':>10} {'explainers':>10} {'index build':>12} "
        f"{'cold p50':>8} {'cold p95':>8} {'new p50':>8} {'new p95':>8} "
        f"{'rep. p50':>8} {'rep. p95':>8} "
        f"{'SQL/page':>9} {'> cap':>10}"
    )
    if fresh:
        build = build_index()
        report("demo", ExplainerPage.objects.count(), build, measure())
    for resources, explainers in sizes:
        before = ResourcePage.objects.count(), ExplainerPage.objects.count()
        grow(resources, explainers, rng)
        grown = (ResourcePage.objects.count(), ExplainerPage.objects.count()) != before
        build = build_index() if grown else None
        report(resources, explainers, build, measure())


if __name__ == "__main__":
    main()
