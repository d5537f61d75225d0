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

SECURE_SSL_REDIRECT = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "wijkwijzer_cache",
    },
    "renditions": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "wijkwijzer_cache",
    },
}
