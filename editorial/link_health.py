"""Link health of partner resources: check every external URL, concurrently,
with a timeout and a polite limit per host, and store the result as a
:class:`~editorial.models.LinkCheck` per resource.

Only the standard library is used. The network work runs in worker threads;
the database is written from the calling thread only.
"""

import http.client
import socket
import ssl
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.utils import timezone

MAX_REDIRECTS = 10
USER_AGENT = "Wijkwijzer-demo-linkcontrole/1.0"
REDIRECT_CODES = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class LinkResult:
    status: int | None
    final_url: str
    error: str = ""

    @property
    def ok(self):
        return not self.error and self.status is not None and self.status < 400


def _request(method, url, timeout):
    """One request, no redirects followed: (status, location header)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"geen http(s)-adres: {url}")
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            parts.hostname,
            parts.port,
            timeout=timeout,
            context=ssl.create_default_context(),
        )
    else:
        connection = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=timeout
        )
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        connection.request(
            method, path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"}
        )
        response = connection.getresponse()
        if method == "GET":
            response.read(1024)  # the body is not needed; don't wait for it all
        return response.status, response.getheader("Location")
    finally:
        connection.close()


def _follow(method, url, timeout):
    """Follow redirects with ``method``: (status, final url)."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        status, location = _request(method, current, timeout)
        if status in REDIRECT_CODES and location:
            current = urljoin(current, location)
            continue
        return status, current
    raise RuntimeError(f"meer dan {MAX_REDIRECTS} doorverwijzingen")


def _describe(error):
    if isinstance(error, TimeoutError | socket.timeout):
        return "time-out"
    if isinstance(error, ConnectionRefusedError):
        return "verbinding geweigerd"
    if isinstance(error, socket.gaierror):
        return "onbekende host"
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return f"TLS-fout: {error}"[:255]
    return f"{type(error).__name__}: {error}"[:255]


def check_url(url, timeout=10):
    """Check ``url``: HEAD first, GET when the server refuses HEAD (405/501),
    following redirects. Never raises; a network problem becomes ``error``."""
    try:
        status, final_url = _follow("HEAD", url, timeout)
        if status in (405, 501):
            status, final_url = _follow("GET", url, timeout)
    except Exception as error:  # noqa: BLE001 - any failure is a broken link
        return LinkResult(status=None, final_url=url, error=_describe(error))
    return LinkResult(status=status, final_url=final_url)


class _HostLimiter:
    """A semaphore per host, so no host gets more than ``per_host`` requests
    at a time, however many workers run."""

    def __init__(self, per_host):
        self._lock = threading.Lock()
        self._semaphores = defaultdict(lambda: threading.BoundedSemaphore(per_host))

    def __call__(self, url):
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            return self._semaphores[host]


def _check_all_urls(urls, workers=8, per_host=2, timeout=10):
    """{url: LinkResult} for the distinct ``urls``, checked concurrently."""
    limiter = _HostLimiter(per_host)

    def check(url):
        with limiter(url):
            return check_url(url, timeout)

    distinct = list(dict.fromkeys(urls))
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return dict(zip(distinct, pool.map(check, distinct), strict=True))


def store(resource, result, now=None):
    """Save ``result`` as the resource's LinkCheck; returns it."""
    from .models import LinkCheck

    now = now or timezone.now()
    previous = LinkCheck.objects.filter(resource=resource).first()
    broken_since = None
    if not result.ok:
        broken_since = (previous and previous.broken_since) or now
    defaults = {
        "status_code": result.status,
        "error": result.error,
        "final_url": result.final_url[:2000],
        "redirected": result.final_url != resource.external_url,
        "last_checked": now,
        "broken_since": broken_since,
    }
    if result.ok:
        defaults["last_ok"] = now
    check, _created = LinkCheck.objects.update_or_create(
        resource=resource, defaults=defaults
    )
    return check


def outcome(check):
    """ "ok", "doorverwezen" or "kapot"."""
    if check.is_broken:
        return "kapot"
    return "doorverwezen" if check.redirected else "ok"


def check_all(resources, workers=8, per_host=2, timeout=10):
    """Check every resource's ``external_url`` and store the results; returns
    the saved LinkCheck rows, in the order of ``resources``."""
    resources = list(resources)
    results = _check_all_urls(
        [resource.external_url for resource in resources],
        workers=workers,
        per_host=per_host,
        timeout=timeout,
    )
    now = timezone.now()
    return [
        store(resource, results[resource.external_url], now) for resource in resources
    ]
