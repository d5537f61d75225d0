"""Search quality: how well does /zoeken/ answer the judged query set?

Runs every query of search/judged_queries.py through the real search page on
a fresh database of its own with the demo content, and prints MRR,
success@1, success@3, the zero-result rate on answerable queries, the "should
find nothing" rate on the unanswerable ones, the same per category, and the
queries that miss (rank of the first relevant result, or "none").

    .venv/bin/python benchmarks/search_quality.py --database sqlite
    .venv/bin/python benchmarks/search_quality.py --database postgres
    .venv/bin/python benchmarks/search_quality.py --database both --markdown

SQLite: a throwaway file in a temporary directory. PostgreSQL: a throwaway
database (name ending in "_quality_bench_<pid>") on the server of
DATABASE_URL (default postgres://postgres@127.0.0.1:5432/), dropped at the
end. Without --database, DATABASE_URL's engine decides.
"""

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"


def log(message):
    print(f"[quality] {message}", file=sys.stderr, flush=True)


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def postgres_server(url):
    """The server part of a PostgreSQL URL and its maintenance database."""
    base = url.rsplit("/", 1)[0] if url.count("/") > 2 else url.rstrip("/")
    return base, f"{base}/postgres"


class ThrowawayDatabase:
    """A database of our own for one run: made on entry, removed on exit."""

    def __init__(self, kind):
        self.kind = kind
        self.tempdir = None
        self.name = None

    def __enter__(self):
        if self.kind == "sqlite":
            self.tempdir = tempfile.TemporaryDirectory(prefix="wijkwijzer-quality-")
            url = f"sqlite:///{self.tempdir.name}/quality.sqlite3"
        else:
            import psycopg

            base, self.admin = postgres_server(
                os.environ.get("DATABASE_URL", DEFAULT_POSTGRES)
            )
            self.name = f"wijkwijzer_quality_bench_{os.getpid()}"
            with psycopg.connect(self.admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
                conn.execute(f'CREATE DATABASE "{self.name}"')
            url = f"{base}/{self.name}"
        os.environ["DATABASE_URL"] = url
        return url

    def __exit__(self, *exc):
        if self.tempdir:
            self.tempdir.cleanup()
        if self.name:
            import psycopg

            from django.db import connections

            connections.close_all()
            with psycopg.connect(self.admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkwijzer.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client then records the context
    started = time.perf_counter()
    call_command("migrate", "--noinput", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("load_demo_content", force=True, stdout=devnull)
    log(f"database ready in {time.perf_counter() - started:.0f} s")


def database_version():
    from django.db import connection

    if connection.vendor == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def git_commit():
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def fmt(value):
    return "–" if value is None else f"{value:.3f}"


def table(headers, rows, markdown):
    if markdown:
        lines = ["| " + " | ".join(headers) + " |"]
        lines.append("|" + "|".join("---" for _ in headers) + "|")
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [
        max(len(str(c)) for c in column) for column in zip(headers, *rows, strict=True)
    ]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
        for row in rows
    ]
    return "\n".join(lines)


def summary_row(label, figures):
    return [
        label,
        figures["answerable"],
        figures["unanswerable"],
        fmt(figures["mrr"]),
        fmt(figures["success@1"]),
        fmt(figures["success@3"]),
        fmt(figures["zero_results"]),
        fmt(figures["finds_nothing"]),
    ]


def report(markdown):
    from django.test import Client

    from search.quality import by_category, evaluate, summarize

    client = Client(HTTP_HOST="localhost")
    started = time.perf_counter()
    outcomes = evaluate(client)
    elapsed = time.perf_counter() - started
    figures = summarize(outcomes)

    title = f"Zoekkwaliteit, {database_version()}"
    print(f"## {title}" if markdown else title)
    print()
    print(
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores "
        f"({cpu_model()}); commit {git_commit()}; {figures['queries']} queries "
        f"in {elapsed:.1f} s"
    )
    print()
    headers = [
        "set",
        "answerable",
        "unanswerable",
        "MRR",
        "success@1",
        "success@3",
        "zero results",
        "finds nothing",
    ]
    rows = [summary_row("all", figures)]
    rows += [summary_row(c, f) for c, f in by_category(outcomes).items()]
    print(table(headers, rows, markdown))
    print()

    misses = [
        o for o in outcomes if o.judged.answerable and (o.rank is None or o.rank > 1)
    ]
    print(f"Answerable queries without a relevant first result ({len(misses)}):")
    print()
    print(
        table(
            ["query", "category", "rank", "results", "first result"],
            [
                [
                    o.judged.query,
                    o.judged.category,
                    o.rank or "none",
                    o.total,
                    o.urls[0] if o.urls else "–",
                ]
                for o in misses
            ],
            markdown,
        )
    )
    print()
    found = [o for o in outcomes if not o.judged.answerable and o.total]
    print(f"Unanswerable queries that found something ({len(found)}):")
    print()
    print(
        table(
            ["query", "results", "first result"],
            [[o.judged.query, o.total, o.urls[0] if o.urls else "–"] for o in found],
            markdown,
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"))
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    kind = args.database
    if kind is None:
        url = os.environ.get("DATABASE_URL", "")
        kind = "postgres" if url.startswith("postgres") else "sqlite"
    if kind == "both":
        # Django's settings are fixed once per process: one process each.
        for one in ("postgres", "sqlite"):
            command = [sys.executable, __file__, "--database", one]
            subprocess.run(  # noqa: S603
                command + (["--markdown"] if args.markdown else []), check=True
            )
            print()
        return
    with ThrowawayDatabase(kind):
        setup_django()
        report(args.markdown)


if __name__ == "__main__":
    main()
