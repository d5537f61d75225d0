"""Settings shared by every environment. Values here are safe for production;
dev.py and test.py relax them, production.py adds what must come from outside.

Configuration comes from environment variables only (see .env.example).
"""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "explainers",
    "search",
    "wagtail.api.v2",
    "rest_framework",
    "corsheaders",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "feedback",
    "limits",
    # Last, so its post_migrate handler runs after Django created permissions.
    "editorial",
]

MIDDLEWARE = [
    # First: whether a request came over HTTPS is decided here (see module).
    "wijkwijzer.proxy.ForwardedProtoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside CSPMiddleware: it lets previews be framed by the admin.
    "wijkwijzer.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above the session and CSRF middleware: a cached page is answered before
    # anything could touch the session or set a cookie.
    # Counts page views (also of cached pages) without cookies or addresses.
    "editorial.page_views.PageViewMiddleware",
    # Shared lists (and the page cache's generation) read from the cache
    # once per GET request, not per use.
    "wijkwijzer.request_memo.RequestMemoMiddleware",
    "wijkwijzer.page_cache.AnonymousPageCacheMiddleware",
    "editorial.page_views.PageIdMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "wijkwijzer.urls"
WSGI_APPLICATION = "wijkwijzer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


def _database(url):
    database = dj_database_url.parse(
        url,
        conn_max_age=60,
        # Test a kept connection before reuse: after a PostgreSQL restart the
        # next request reconnects instead of failing.
        conn_health_checks=True,
    )
    if (
        database["ENGINE"] == "django.db.backends.postgresql"
        and os.environ.get("DATABASE_PREPARED_STATEMENTS", "1") == "1"
    ):
        # Parameters bound by the server, and statements a connection has run
        # twice kept prepared, so PostgreSQL skips planning them again (about
        # 10 % more uncached explainers per second, benchmarks/README). Set
        # DATABASE_PREPARED_STATEMENTS=0 behind a pooler that cannot keep
        # prepared statements per client (PgBouncer in transaction mode < 1.21).
        database.setdefault("OPTIONS", {}).update(
            server_side_binding=True, prepare_threshold=2
        )
    return database


# SQLite in the project directory unless DATABASE_URL says otherwise; CI and
# production point it at PostgreSQL.
DATABASES = {
    "default": _database(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}
# A PostgreSQL read replica of the same database: the search page reads from
# it, everything else (and every write) uses default (wijkwijzer/db_router.py).
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = _database(os.environ["DATABASE_REPLICA_URL"])
    DATABASE_ROUTERS = ["wijkwijzer.db_router.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (cache-busting) plus gzip and brotli copies; whitenoise
    # serves them with a one-year Cache-Control.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Media (images, documents) on S3-compatible storage when a bucket is named.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# Cache: Redis when REDIS_URL is set (shared by every process and machine),
# local memory otherwise. A Redis outage must not take the site down: errors
# are logged and the cache simply misses.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "wijkwijzer",
            "OPTIONS": {
                # Skips Redis for a few seconds after a failure (see module).
                "CLIENT_CLASS": "wijkwijzer.redis_client.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    # Not every failed call: the circuit breaker logs an outage once.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole pages for anonymous readers (wijkwijzer/page_cache.py).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "1") == "1"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
# Search outcomes until content changes (search/outcome_cache.py); 0: off.
SEARCH_OUTCOME_SECONDS = int(os.environ.get("SEARCH_OUTCOME_SECONDS", "300"))
# The query parameters public pages read: the listings' filters and page
# number (explainers/forms.py) and the sitemap's page. Others (utm_source,
# fbclid, …) are dropped before the page is rendered or cached.
PAGE_CACHE_QUERY_PARAMETERS = frozenset(
    {"pagina", "q", "thema", "doelgroep", "soort", "partner", "bewijs", "gemeente", "p"}
)
# Paths whose views check every parameter themselves (unknown ones: 400).
PAGE_CACHE_ALL_PARAMETERS_PATHS = ("/api/",)
# A restricted section's password form, in the site's own layout.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin").strip("/") or "admin"
DOCUMENTS_URL_PREFIX = "/documenten/"
PAGE_CACHE_EXCLUDED_PATHS = (
    f"/{ADMIN_PATH}/",
    DOCUMENTS_URL_PREFIX,
    "/zoeken/",
    "/feedback/",
    "/healthz",
)

# CORS: anyone may read the public API and the JSON feeds from a browser,
# with GET only and never with credentials.
CORS_URLS_REGEX = r"^/(api/v2/.*|feed\.json|themas/[^/]+/feed\.json)$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
WAGTAILAPI_LIMIT_MAX = 100

# The reverse proxies in front (addresses or networks): only they may say
# who the client is (X-Forwarded-For) and whether it used HTTPS
# (X-Forwarded-Proto). gunicorn.conf.py reads the same variable.
TRUSTED_PROXIES = [
    entry.strip()
    for entry in os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
    if entry.strip()
]

# Password forms (admin login and password reset, restricted sections): a
# pause after 5 failures per target and address, 20 per address, 20 per
# target from all addresses; the pause starts at a minute and doubles with
# every further failure, up to a day. Counts are forgotten 15 minutes after
# the last failure or pause (limits/views.py explains the numbers).
LOGIN_FAILURE_LIMIT = 5
LOGIN_ADDRESS_LIMIT = 20
LOGIN_ACCOUNT_LIMIT = 20
LOGIN_FAILURE_WINDOW = 15 * 60
LOGIN_PAUSE_SECONDS = 60
LOGIN_PAUSE_MAX_SECONDS = 24 * 60 * 60

# Content-Security-Policy of the public site: only our own files, no inline
# script or style, no frames. The admin (Wagtail's own scripts) and documents
# (which get a sandbox policy, see wijkwijzer/security.py) are excluded.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": [f"/{ADMIN_PATH}/", DOCUMENTS_URL_PREFIX],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Security defaults that hold everywhere; production.py adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Wijkwijzer"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
WAGTAIL_I18N_ENABLED = False
# The admin asks no other host for anything: no avatars from gravatar.com,
# no check for a newer Wagtail at releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Workflow mail (submitted, approved, rejected with the reviewer's comment)
# goes out through Django's mail settings, configured from the environment.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "redactie@wijkwijzer.example")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
# Serve documents as attachments so uploaded files never run on our origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp"}
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"

# Wagtail's database backend (PostgreSQL with Dutch stemming, SQLite FTS5),
# plus prefix matching for Dutch compounds: see search/backends.py. To grow,
# add PostgreSQL read replicas for the search (DATABASE_REPLICA_URL above).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "SEARCH_CONFIG": "dutch",
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"skip_health_checks": {"()": "wijkwijzer.health.SkipHealthChecks"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"filters": ["skip_health_checks"]}},
}
