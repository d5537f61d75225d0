"""The page for a crash: 500, or 503 when the database is away.

A database that restarts, fails over or runs out of connections is an outage,
not a bug: visitors get "even niet bereikbaar" with ``Retry-After``, so
monitors, proxies and CDNs (which may serve a stale copy on a 503) can tell
the two apart. Django has logged the error before this handler runs.

Both pages are self-contained (no static files, no database, no context) so
they render whatever is broken. Their one inline ``<style>`` is allowed by its
hash in the Content-Security-Policy, which otherwise forbids inline styles.
"""

import base64
import hashlib
import re
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 30
DATABASE_AWAY = (OperationalError, InterfaceError)
_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def style_hash(html):
    """The CSP source (``'sha256-…'``) of the page's inline style."""
    style = _STYLE.search(html)
    digest = hashlib.sha256(style.group(1).encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def error_page(template_name, status):
    html = loader.get_template(template_name).render()
    response = HttpResponse(html, status=status)
    # What django-csp's @csp_update sets, with this page's own style hash.
    response._csp_update = {"style-src": [style_hash(html)]}
    return response


@requires_csrf_token
def server_error(request):
    if isinstance(sys.exc_info()[1], DATABASE_AWAY):
        response = error_page("503.html", 503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return error_page("500.html", 500)
