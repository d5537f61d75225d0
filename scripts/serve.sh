#!/usr/bin/env bash
# Production settings under gunicorn (see gunicorn.conf.py), as `make serve`.
# Prepares static files, the database and the cache table, then serves.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/wijkwijzer}"
export DJANGO_SETTINGS_MODULE=wijkwijzer.settings.production
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
if [ -z "${SECRET_KEY:-}" ]; then
    echo "serve: SECRET_KEY not set; using a throw-away key for this run." >&2
    SECRET_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')"
    export SECRET_KEY
fi

.venv/bin/python manage.py collectstatic --noinput --verbosity 0
.venv/bin/python manage.py migrate --noinput --verbosity 0
.venv/bin/python manage.py createcachetable
exec .venv/bin/gunicorn --config gunicorn.conf.py
