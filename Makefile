# Thin wrappers around the commands in the README.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ADMIN_PASSWORD ?= wijkwijzer-admin
PORT ?= 8000

.PHONY: run test lint format demo serve backup restore install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/pip install --quiet --editable . --group dev
	touch $(STAMP)

install: $(STAMP)

## make run: set up everything and serve the demo site on http://127.0.0.1:8000
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	DJANGO_SUPERUSER_PASSWORD=$(ADMIN_PASSWORD) $(BIN)/python manage.py \
		createsuperuser --noinput --username admin --email admin@example.com \
		2>/dev/null || echo "Beheerder 'admin' bestaat al."
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

BROWSER_TOOLS := tests/browser/node_modules/.installed

# axe-core and the Nu HTML Checker (vnu.jar) from the npm registry.
$(BROWSER_TOOLS): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --silent
	touch $(BROWSER_TOOLS)

## make test: lint, then the whole test suite
test: $(STAMP) $(BROWSER_TOOLS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

demo: $(STAMP)
	$(BIN)/python manage.py load_demo_content

## make serve: production settings under gunicorn on 127.0.0.1:$(PORT), for
## a reverse proxy that sends X-Forwarded-Proto (needs DATABASE_URL; uses
## REDIS_URL when set)
serve: $(STAMP)
	PORT=$(PORT) scripts/serve.sh

## make backup [BACKUP=dir]: database (pg_dump) and media into backups/<time>/
backup:
	scripts/backup.sh $(BACKUP)

## make restore BACKUP=dir: put a backup back (replaces the database's tables)
restore:
	scripts/restore.sh $(BACKUP)

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media staticfiles
