# ruff: noqa: S603, S607 - runs fixed local tools (psql, redis, wrk, gunicorn)
"""Load test: the site under gunicorn with production settings, measured by wrk.

    .venv/bin/python benchmarks/load.py              # full run (about 5 minutes)
    .venv/bin/python benchmarks/load.py --markdown   # tables ready for the README
    .venv/bin/python benchmarks/load.py --soak       # plus 60 s at 64 connections

What it does, from scratch every time:

1. a fresh PostgreSQL database (its name must contain "bench"), its own
   redis-server on a spare port (the machine's shared Redis is never touched),
   static files and media in a temporary directory;
2. ``migrate``, ``load_demo_content --force``, ``collectstatic`` and
   ``createcachetable`` under ``wijkwijzer.settings.production``;
3. SQL queries and server time of one uncached render per page type (Django's
   test client in a subprocess, page cache off, median of ``--renders``
   renders), plus the queries right after the cache was emptied ("cold");
4. gunicorn (``gunicorn.conf.py``, 2 workers) with the page cache off, then
   on; wrk against home, an explainer, the resource index with two filters,
   search and a static CSS file; a table and PASS/FAIL per target;
5. cleanup (gunicorn, redis-server, database, temporary files), also after an
   error or Ctrl-C.

Needs wrk (``apt-get install wrk``) and redis-server. Standard library only.
``--setup-only`` / ``--teardown`` let benchmarks/faults.sh reuse the setup.
"""

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = BASE_DIR / ".venv" / "bin" / "python"
GUNICORN = BASE_DIR / ".venv" / "bin" / "gunicorn"
DEFAULT_STATE_DIR = Path(tempfile.gettempdir()) / "wijkwijzer-bench"
HEADER = "X-Forwarded-Proto: https"

# Targets (see the README, "Prestaties en storingen").
MIN_UNCACHED = {"explainer": 150.0, "search": 120.0}
CACHED_VS_STATIC = 0.5
WRK_TARGETS = ("home", "explainer", "resources", "search", "static")
CACHED_PAGES = ("home", "explainer", "resources")  # search is never cached


def log(message):
    print(f"[load] {message}", file=sys.stderr, flush=True)


def fail(message):
    raise SystemExit(f"load.py: {message}")


# --------------------------------------------------------------------------
# Environment: database, redis, Django settings
# --------------------------------------------------------------------------


def free_port(preferred):
    for port in [preferred, *range(preferred + 1, preferred + 50)]:
        with socket.socket() as sock:
            # As servers do: a port in TIME_WAIT from an earlier run is free.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    fail(f"no free port near {preferred}")


def psql(pg_base, sql, db="postgres", check=True):
    return subprocess.run(
        ["psql", f"{pg_base}/{db}", "-v", "ON_ERROR_STOP=1", "-qtAc", sql],
        check=check,
        capture_output=True,
        text=True,
    )


def django_env(state, page_cache=True):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="wijkwijzer.settings.production",
        SECRET_KEY=state["secret_key"],
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"{state['pg_base']}/{state['db']}",
        REDIS_URL=f"redis://127.0.0.1:{state['redis_port']}/0",
        STATIC_ROOT=str(Path(state["dir"]) / "static"),
        MEDIA_ROOT=str(Path(state["dir"]) / "media"),
        PAGE_CACHE="1" if page_cache else "0",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def manage(state, *args, quiet=True):
    result = subprocess.run(
        [str(PYTHON), "manage.py", *args],
        cwd=BASE_DIR,
        env=django_env(state),
        capture_output=quiet,
        text=True,
        check=False,
    )
    if result.returncode:
        if quiet:
            sys.stderr.write(result.stdout + result.stderr)
        fail(f"manage.py {' '.join(args)} failed")


def start_redis(state):
    subprocess.run(
        [
            "redis-server",
            "--port",
            str(state["redis_port"]),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            # As in production (README, Deployen): bounded, least recently
            # used entries make room.
            "--maxmemory",
            "256mb",
            "--maxmemory-policy",
            "allkeys-lru",
            "--daemonize",
            "yes",
            "--pidfile",
            str(Path(state["dir"]) / "redis.pid"),
            "--logfile",
            str(Path(state["dir"]) / "redis.log"),
        ],
        check=True,
    )
    for _ in range(50):
        ping = subprocess.run(
            ["redis-cli", "-p", str(state["redis_port"]), "ping"],
            capture_output=True,
            text=True,
            check=False,
        )
        if ping.stdout.strip() == "PONG":
            return
        time.sleep(0.1)
    fail("redis-server did not start")


def stop_redis(state):
    subprocess.run(
        ["redis-cli", "-p", str(state["redis_port"]), "shutdown", "nosave"],
        capture_output=True,
        check=False,
    )


def save_state(state):
    Path(state["dir"]).mkdir(parents=True, exist_ok=True)
    (Path(state["dir"]) / "state.json").write_text(json.dumps(state, indent=2))
    # For benchmarks/faults.sh: `source state.env`.
    lines = [
        f"BENCH_PORT={state['port']}",
        f"BENCH_REDIS_PORT={state['redis_port']}",
        f"BENCH_DIR={state['dir']}",
        f"BENCH_DB={state['db']}",
        f"BENCH_GUNICORN_PID={state.get('gunicorn_pid') or ''}",
    ]
    lines += [f"URL_{k.upper()}='{v}'" for k, v in state.get("urls", {}).items()]
    (Path(state["dir"]) / "state.env").write_text("\n".join(lines) + "\n")


def load_state(state_dir):
    path = Path(state_dir) / "state.json"
    return json.loads(path.read_text()) if path.exists() else None


def setup(args):
    if shutil.which("redis-server") is None:
        fail("redis-server not found: apt-get install redis-server")
    if "bench" not in args.db:
        fail('the database name must contain "bench"')
    if load_state(args.state_dir):
        log("leftover state from an earlier run: tearing that down first")
        teardown(load_state(args.state_dir))
    state = {
        "dir": str(args.state_dir),
        "db": args.db,
        "pg_base": args.pg.rstrip("/"),
        "port": free_port(args.port),
        "redis_port": free_port(args.redis_port),
        "secret_key": secrets.token_urlsafe(50),
        "workers": args.workers,
        "max_requests": args.max_requests,
    }
    Path(state["dir"]).mkdir(parents=True, exist_ok=True)
    save_state(state)  # from here on --teardown can clean up
    log(f"database {state['db']}, redis-server on port {state['redis_port']}")
    psql(state["pg_base"], f'DROP DATABASE IF EXISTS "{state["db"]}" WITH (FORCE)')
    psql(state["pg_base"], f'CREATE DATABASE "{state["db"]}"')
    state["db_created"] = True
    start_redis(state)
    state["redis_started"] = True
    save_state(state)
    t0 = time.monotonic()
    manage(state, "migrate", "--noinput")
    manage(state, "load_demo_content", "--force")
    manage(state, "collectstatic", "--noinput")
    manage(state, "createcachetable")
    log(f"migrate + demo + collectstatic: {time.monotonic() - t0:.0f} s")
    state["urls"] = discover_urls(state)
    save_state(state)
    return state


def teardown(state):
    if not state:
        return
    stop_gunicorn(state)
    if state.get("redis_started"):
        stop_redis(state)
    if state.get("db_created"):
        for _ in range(5):
            dropped = psql(
                state["pg_base"],
                f'DROP DATABASE IF EXISTS "{state["db"]}" WITH (FORCE)',
                check=False,
            )
            if dropped.returncode == 0:
                break
            time.sleep(2)  # e.g. PostgreSQL still restarting
        else:
            log(f"could not drop database {state['db']}: {dropped.stderr.strip()}")
    shutil.rmtree(state["dir"], ignore_errors=True)
    log("cleaned up")


# --------------------------------------------------------------------------
# In-process part (run in a subprocess with the production settings)
# --------------------------------------------------------------------------


def _django():
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def _discover():
    """URLs of one page of every type, from the loaded demo content."""
    from collections import Counter

    from django.urls import reverse

    from explainers.models import (
        ArticlePage,
        ExplainerPage,
        GuidePage,
        PracticePage,
        ResourceIndexPage,
        ResourcePage,
        StepPage,
    )

    def url(model, **filters):
        page = model.objects.live().public().filter(**filters).first()
        if page is None:
            page = model.objects.live().public().first()
        return page.relative_url(page.get_site())

    resources = ResourcePage.objects.live().public()
    # The theme + type pair with the most resources: a filter with results.
    pairs = Counter(
        (theme.slug, r.resource_type.slug)
        for r in resources.select_related("resource_type").prefetch_related("themes")
        for theme in r.themes.all()
    )
    (theme, kind), _ = pairs.most_common(1)[0]
    first = resources.select_related("partner").first()
    return {
        "home": "/",
        "explainer": url(ExplainerPage, slug="wat-is-een-wijkaanpak"),
        "article": url(ArticlePage),
        "resource": first.relative_url(first.get_site()),
        "resources": f"{url(ResourceIndexPage)}?thema={theme}&soort={kind}",
        "search": "/zoeken/?q=wijkaanpak",
        "theme": reverse("theme_detail", kwargs={"slug": theme}),
        "partner": reverse("partner_detail", kwargs={"slug": first.partner.slug}),
        "guide": url(GuidePage),
        "step": url(StepPage),
        "practice": url(PracticePage),
        "glossary": reverse("glossary"),
    }


def _measure(urls, renders):
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_HOST="localhost",
        raise_request_exception=False,
    )
    results = {}
    for name, url in urls.items():
        response = client.get(url)  # warm-up: templates, imports, connection
        if response.status_code != 200:
            results[name] = {"url": url, "error": f"HTTP {response.status_code}"}
            continue
        times, counts = [], []
        for _ in range(renders):
            with CaptureQueriesContext(connection) as queries:
                t0 = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
            counts.append(len(queries))
        # Cold: right after the cache was emptied (the shared lists and
        # renditions are read from the database once, then cached again).
        cold = []
        for _ in range(3):
            for alias in ("default", "renditions"):
                caches[alias].clear()
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            cold.append(len(queries))
        results[name] = {
            "url": url,
            "queries": int(statistics.median(counts)),
            "queries_min": min(counts),
            "queries_max": max(counts),
            "queries_cold": max(cold),
            "ms": statistics.median(times),
        }
    return results


def internal(kind, renders):
    _django()
    if kind == "discover":
        print(json.dumps(_discover()))
    else:
        urls = json.loads(os.environ["BENCH_URLS"])
        print(json.dumps(_measure(urls, renders)))


def run_internal(state, kind, renders=0, page_cache=False):
    env = django_env(state, page_cache=page_cache)
    env["BENCH_URLS"] = json.dumps(state.get("urls", {}))
    result = subprocess.run(
        [str(PYTHON), __file__, f"--internal-{kind}", "--renders", str(renders)],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.stderr.write(result.stderr)
        fail(f"internal {kind} step failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def discover_urls(state):
    urls = run_internal(state, "discover")
    manifest = json.loads((Path(state["dir"]) / "static/staticfiles.json").read_text())
    urls["static"] = "/static/" + manifest["paths"]["css/site.css"]
    return urls


# --------------------------------------------------------------------------
# gunicorn
# --------------------------------------------------------------------------


def http_status(state, path, timeout=5.0):
    request = urllib.request.Request(
        f"http://127.0.0.1:{state['port']}{path}",
        headers={"X-Forwarded-Proto": "https"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def start_gunicorn(state, page_cache):
    stop_gunicorn(state)
    env = django_env(state, page_cache=page_cache)
    env.update(
        WEB_CONCURRENCY=str(state["workers"]),
        PORT=str(state["port"]),
        GUNICORN_ACCESS_LOG="",
    )
    if state.get("max_requests") is not None:
        env["GUNICORN_MAX_REQUESTS"] = str(state["max_requests"])
    logfile = open(Path(state["dir"]) / "gunicorn.log", "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [str(GUNICORN), "--config", "gunicorn.conf.py"],
        cwd=BASE_DIR,
        env=env,
        stdout=logfile,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    logfile.close()
    state["gunicorn_pid"] = process.pid
    state["page_cache"] = page_cache
    save_state(state)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            fail(f"gunicorn exited; see {state['dir']}/gunicorn.log")
        if http_status(state, "/healthz") == 200:
            log(f"gunicorn up on port {state['port']} (page cache {page_cache})")
            return
        time.sleep(0.3)
    fail("gunicorn did not answer /healthz within 60 s")


def stop_gunicorn(state):
    pid = state.get("gunicorn_pid")
    if not pid:
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pid = None
    deadline = time.monotonic() + 30
    while pid and time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # not our child (--teardown): poll instead
            try:
                os.kill(pid, 0)
                done = 0
            except ProcessLookupError:
                done = pid
        if done:
            break
        time.sleep(0.2)
    else:
        if pid:
            os.kill(pid, signal.SIGKILL)
    state["gunicorn_pid"] = None
    save_state(state)


# --------------------------------------------------------------------------
# wrk
# --------------------------------------------------------------------------

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else None


def parse_wrk(output):
    result = {"rps": 0.0, "p50": None, "p99": None, "requests": 0}
    result["socket_errors"] = 0
    result["bad_status"] = 0
    for line in output.splitlines():
        line = line.strip()
        if match := re.match(r"(50|99)%\s+(\S+)", line):
            result[f"p{match.group(1)}"] = _ms(match.group(2))
        elif match := re.match(r"(\d+) requests in", line):
            result["requests"] = int(match.group(1))
        elif line.startswith("Socket errors:"):
            result["socket_errors"] = sum(int(n) for n in re.findall(r"\d+", line))
            result["socket_detail"] = line.split(":", 1)[1].strip()
        elif line.startswith("Non-2xx or 3xx responses:"):
            result["bad_status"] = int(line.split(":")[1])
        elif line.startswith("Requests/sec:"):
            result["rps"] = float(line.split(":")[1])
    result["errors"] = result["socket_errors"] + result["bad_status"]
    return result


def wrk(state, path, threads, connections, duration, timeout, script=None):
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}",
        f"--timeout={timeout}",
        "--latency",
        "-H",
        HEADER,
    ]
    if script:
        command += ["-s", str(script)]
    command.append(f"http://127.0.0.1:{state['port']}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse_wrk(output.stdout), output.stdout


def drain(state, limit=60.0):
    """Wait until queued requests of the previous run are done: /healthz
    answers within half a second (or give up after ``limit`` seconds)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        t0 = time.monotonic()
        if http_status(state, "/healthz", timeout=limit) == 200 and (
            time.monotonic() - t0 < 0.5
        ):
            return
        time.sleep(0.5)


def check_url(state, name, path):
    drain(state)
    status = http_status(state, path, timeout=60)
    if status != 200:
        log(f"WARNING: {name} {path} answered {status}, not 200")
    return status


def run_wrk_suite(state, args, page_cache):
    start_gunicorn(state, page_cache)
    results = {}
    for name in WRK_TARGETS:
        path = state["urls"][name]
        status = check_url(state, name, path)
        wrk(state, path, args.threads, args.connections, args.warmup, args.timeout)
        result, raw = wrk(
            state, path, args.threads, args.connections, args.duration, args.timeout
        )
        if args.verbose:
            print(raw)
        result["path"] = path
        result["status"] = status
        results[name] = result
        log(
            f"cache {'on ' if page_cache else 'off'} {name:10} "
            f"{result['rps']:8.1f} req/s, errors {result['errors']}"
        )
    return results


def soak(state, args):
    """A mix at 64 connections for 60 s with the page cache on."""
    paths = [state["urls"][name] for name in ("explainer", "home", "resources")]
    paths += [state["urls"]["explainer"]] * 3 + [state["urls"]["static"]]
    script = Path(state["dir"]) / "mix.lua"
    script.write_text(
        "local paths = {" + ", ".join(json.dumps(p) for p in paths) + "}\nlocal i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\n'
        "end\n"
    )
    if not state.get("page_cache") or not state.get("gunicorn_pid"):
        start_gunicorn(state, page_cache=True)
    drain(state)
    # Fill the page cache first: a cold start at 64 connections would mostly
    # measure a thundering herd of uncached renders (there is no coalescing).
    for path in set(paths):
        http_status(state, path, timeout=60)
    result, raw = wrk(
        state,
        "/",
        args.threads,
        args.soak_connections,
        args.soak_duration,
        args.soak_timeout,
        script,
    )
    if args.verbose:
        print(raw)
    result["mix"] = paths
    return result


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def machine_info(state):
    def first(cmd):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        except OSError:
            return "?"
        return (out.stdout or out.stderr).strip().splitlines()[0]

    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    pg = psql(state["pg_base"], "SHOW server_version", check=False).stdout.strip()
    redis = first(["redis-server", "--version"])
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": f"{cpu}, {os.cpu_count()} cores (nproc {first(['nproc'])})",
        "memory": mem,
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "postgresql": pg,
        "redis": re.sub(r" sha=.*", "", redis),
        "wrk": first(["wrk", "--version"]).split(" [")[0],
    }


def table(headers, rows, markdown):
    rows = [[str(c) for c in row] for row in rows]
    if markdown:
        out = ["| " + " | ".join(headers) + " |"]
        out.append("| " + " | ".join("---" for _ in headers) + " |")
        out += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(out)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "-" * len(line)]
    out += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    ]
    return "\n".join(out)


def error_text(r):
    """ "3 (read 2, timeout 1; non-2xx/3xx 0)" or "0"."""
    if not r["errors"]:
        return "0"
    kinds = [
        part
        for part in r.get("socket_detail", "").split(", ")
        if part and not part.endswith(" 0")
    ]
    kinds.append(f"non-2xx/3xx {r['bad_status']}")
    return f"{r['errors']} ({', '.join(kinds)})"


def latency(r, key, timeout):
    """wrk records no latency for requests that timed out: all timed out
    shows as 0 ms, which would read as fast."""
    if not r[key] and r["socket_errors"]:
        return f">= {timeout}"
    return fmt_ms(r[key])


def fmt_ms(value):
    return "?" if value is None else f"{value:.1f} ms"


def report(info, args, queries, runs, soak_result, markdown):
    mr = args.max_requests
    print("\n## Wijkwijzer load test\n")
    for key, value in info.items():
        print(f"- {key}: {value}")
    print(
        f"- setup: gunicorn {args.workers} workers x "
        f"{os.environ.get('GUNICORN_THREADS', '4')} threads (gthread), "
        f"max_requests {'default' if args.max_requests is None else mr}, "
        f"wrk -t{args.threads} -c{args.connections} -d{args.duration} "
        f"--timeout {args.timeout} (warm-up {args.warmup}), "
        "wrk on the same machine"
    )
    if queries:
        print(f"\n### One uncached render (median of {args.renders})\n")
        rows = []
        for name, q in queries.items():
            if "error" in q:
                rows.append([name, q["url"], q["error"], "", "", ""])
                continue
            spread = (
                ""
                if q["queries_min"] == q["queries_max"]
                else f" ({q['queries_min']}-{q['queries_max']})"
            )
            rows.append(
                [
                    name,
                    q["url"],
                    f"{q['queries']}{spread}",
                    str(q["queries_cold"]),
                    fmt_ms(q["ms"]),
                ]
            )
        headers = ["page", "url", "SQL queries", "cold", "server time"]
        print(table(headers, rows, markdown))

    checks = []
    if runs:
        print("\n### wrk\n")
        rows = []
        for mode, results in runs.items():
            for name, r in results.items():
                if r.get("status") != 200:
                    name = f"{name} (HTTP {r.get('status')} before the run!)"
                rows.append(
                    [
                        name,
                        mode,
                        f"{r['rps']:.0f}",
                        latency(r, "p50", args.timeout),
                        latency(r, "p99", args.timeout),
                        error_text(r),
                    ]
                )
        print(
            table(
                ["url", "page cache", "req/s", "p50", "p99", "errors"], rows, markdown
            )
        )
        on, off = runs.get("on", {}), runs.get("off", {})
        if on.get("static"):
            floor = on["static"]["rps"] * CACHED_VS_STATIC
            for name in CACHED_PAGES:
                if name in on:
                    checks.append(
                        (
                            f"cached {name} >= {CACHED_VS_STATIC:.0%} of static "
                            f"({floor:.0f} req/s)",
                            f"{on[name]['rps']:.0f} req/s",
                            on[name]["rps"] >= floor,
                        )
                    )
        for name, minimum in MIN_UNCACHED.items():
            if name in off:
                checks.append(
                    (
                        f"uncached {name} >= {minimum:.0f} req/s",
                        f"{off[name]['rps']:.0f} req/s",
                        off[name]["rps"] >= minimum,
                    )
                )
        errors = sum(r["errors"] for res in runs.values() for r in res.values())
        checks.append(("zero errors (all wrk runs)", str(errors), errors == 0))
    if soak_result:
        r = soak_result
        detail = (
            f"{r['rps']:.0f} req/s, p50 {fmt_ms(r['p50'])}, "
            f"p99 {fmt_ms(r['p99'])}, {r['requests']} requests, "
            f"socket errors {r['socket_errors']} "
            f"({r.get('socket_detail', 'none')}), non-2xx/3xx {r['bad_status']}"
        )
        print(
            f"\n### Soak: {args.soak_connections} connections, "
            f"{args.soak_duration}, --timeout {args.soak_timeout}, page cache on, "
            f"mix of home, explainer, resources and static\n\n{detail}"
        )
        checks.append(
            (
                f"soak {args.soak_connections} conns: 0 socket errors, 0 non-2xx/3xx",
                f"{r['socket_errors']} / {r['bad_status']}",
                r["errors"] == 0,
            )
        )
    if checks:
        print("\n### Targets\n")
        rows = [[what, value, "PASS" if ok else "FAIL"] for what, value, ok in checks]
        print(table(["target", "measured", "result"], rows, markdown))
    return all(ok for _, _, ok in checks)


# --------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    env = os.environ.get
    parser.add_argument(
        "--pg", default=env("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
    )
    parser.add_argument("--db", default=env("BENCH_DB", "wijkwijzer_bench_load"))
    parser.add_argument("--port", type=int, default=int(env("BENCH_PORT", "8077")))
    parser.add_argument(
        "--redis-port", type=int, default=int(env("BENCH_REDIS_PORT", "6390"))
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--max-requests",
        type=int,
        help="GUNICORN_MAX_REQUESTS for gunicorn (0: never recycle workers); "
        "default: gunicorn.conf.py's",
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--duration", default=env("BENCH_DURATION", "15s"))
    parser.add_argument("--warmup", default="3s")
    parser.add_argument(
        "--timeout", default=env("BENCH_TIMEOUT", "2s"), help="wrk --timeout"
    )
    parser.add_argument("--renders", type=int, default=20)
    parser.add_argument(
        "--soak", action="store_true", help="also 60 s at 64 connections"
    )
    parser.add_argument("--soak-only", action="store_true")
    parser.add_argument("--soak-connections", type=int, default=64)
    parser.add_argument("--soak-duration", default="60s")
    parser.add_argument("--soak-timeout", default="10s", help="wrk --timeout")
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="print raw wrk output")
    parser.add_argument("--state-dir", type=Path, default=DEFAULT_STATE_DIR)
    parser.add_argument(
        "--setup-only",
        action="store_true",
        help="set up, start gunicorn (cache on), leave running",
    )
    parser.add_argument("--teardown", action="store_true")
    parser.add_argument(
        "--internal-discover", action="store_true", help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--internal-measure", action="store_true", help=argparse.SUPPRESS
    )
    return parser.parse_args()


def main():
    args = parse_args()
    if args.internal_discover or args.internal_measure:
        internal("discover" if args.internal_discover else "measure", args.renders)
        return 0
    if args.teardown:
        teardown(load_state(args.state_dir))
        return 0
    if shutil.which("wrk") is None:
        fail("wrk not found. Install it with: apt-get install wrk")

    def on_signal(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    keep = False
    try:
        state = setup(args)
        if args.setup_only:
            start_gunicorn(state, page_cache=True)
            print(Path(state["dir"]) / "state.env")
            keep = True  # leave it running for the caller
            return 0
        info = machine_info(state)
        queries = None
        if not (args.no_queries or args.soak_only):
            log(f"SQL queries and server time, {args.renders} renders per page")
            queries = run_internal(state, "measure", args.renders)
        runs = {}
        if not args.soak_only:
            runs["off"] = run_wrk_suite(state, args, page_cache=False)
            runs["on"] = run_wrk_suite(state, args, page_cache=True)
        soak_result = soak(state, args) if (args.soak or args.soak_only) else None
        info["load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
        ok = report(info, args, queries, runs, soak_result, args.markdown)
        return 0 if ok else 1
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        if not keep:
            teardown(load_state(args.state_dir))


if __name__ == "__main__":
    sys.exit(main())
