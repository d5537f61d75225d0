"""Production: every secret and host comes from the environment.

A missing SECRET_KEY, ALLOWED_HOSTS or DATABASE_URL stops start-up with a
clear message instead of falling back to an unsafe default.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Environment variable {name} is required in production settings."
        )
    return value


SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in require_env("ALLOWED_HOSTS").split(",")]
require_env("DATABASE_URL")  # base.py already parsed it; here it is mandatory.
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o
]
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}"
)

# The proxy terminates TLS; SECURE_SSL_REDIRECT=0 only for a quick local look.
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

if os.environ.get("REDIS_URL"):
    CACHES["renditions"] = {  # noqa: F405
        **CACHES["default"],  # noqa: F405
        "BACKEND": "wijkwijzer.rendition_cache.RedisRenditionCache",
        "KEY_PREFIX": "wijkwijzer-renditions",
    }
else:
    # Without Redis every process must still see the same cache, or a change
    # saved through one worker would leave stale pages in the others: use the
    # database (run `manage.py createcachetable` once).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "wijkwijzer_cache",
        },
        "renditions": {
            "BACKEND": "wijkwijzer.rendition_cache.DatabaseRenditionCache",
            "LOCATION": "wijkwijzer_cache",
        },
    }

CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# Purge the CDN or caching proxy when pages are published (Wagtail's
# frontend cache): a Varnish/Squid-style PURGE URL, or Cloudflare.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
CLOUDFLARE_ZONEID = os.environ.get("CLOUDFLARE_ZONEID", "")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if CLOUDFLARE_ZONEID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": require_env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": CLOUDFLARE_ZONEID,
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.insert(  # noqa: F405
        INSTALLED_APPS.index("wagtail.contrib.redirects"),  # noqa: F405
        "wagtail.contrib.frontend_cache",
    )
