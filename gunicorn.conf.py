"""Gunicorn settings (read automatically from the project directory).

WEB_CONCURRENCY worker processes with GUNICORN_THREADS threads each; every
value can be overridden from the environment.
"""

import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Off by default: the proxy in front terminates TLS and keeps the clients'
# connections; a kept-open connection stays with the worker that accepted it,
# so a few busy connections could leave the other workers idle.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "0"))
# Worker recycling is off by default: a recycled worker drops its keep-alive
# connections, which clients see as read errors (benchmarks/load.py --soak).
# Set GUNICORN_MAX_REQUESTS (e.g. 5000) to bound a slow memory leak instead.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = 500 if max_requests else 0
# Believe forwarded headers only from the reverse proxies in front (the same
# TRUSTED_PROXIES as Django's settings), and of the scheme headers only
# X-Forwarded-Proto with exactly "https": gunicorn's defaults also accept
# X-Forwarded-Ssl and X-Forwarded-Protocol, which our proxy does not set.
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1")
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
wsgi_app = "wijkwijzer.wsgi:application"
