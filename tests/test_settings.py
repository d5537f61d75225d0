"""Django's own checks, run as tests so they run on both databases, plus the
production settings' refusal to start without their required variables."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "x7#kq!v2@p9$wz3m&r8^t5*yb4(hn6)j1_uc0-fd=ge+ls;ai:o",
    "ALLOWED_HOSTS": "wijkwijzer.example",
    "DATABASE_URL": "sqlite:////tmp/wijkwijzer-check.sqlite3",
}


def run_manage(*args, env_overrides=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_overrides or {})
    env["DJANGO_SETTINGS_MODULE"] = "wijkwijzer.settings.production"
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_settings_refuse_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env_overrides=env, drop=(missing,))
    assert result.returncode != 0
    assert f"Environment variable {missing} is required" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_collectstatic_with_production_storage(tmp_path):
    env = {**PRODUCTION_ENV, "STATIC_ROOT": str(tmp_path)}
    result = run_manage("collectstatic", "--noinput", env_overrides=env)
    assert result.returncode == 0, result.stderr
    manifest = tmp_path / "staticfiles.json"
    assert manifest.exists()
    assert "css/site.css" in manifest.read_text()
    assert list(tmp_path.glob("css/site.*.css")), "hashed (cache-busted) name"
    assert list(tmp_path.rglob("*.css.gz")), "pre-compressed copies"


def test_manage_defaults_to_dev_and_wsgi_to_production():
    assert '"wijkwijzer.settings.dev"' in (BASE_DIR / "manage.py").read_text()
    wsgi = (BASE_DIR / "wijkwijzer" / "wsgi.py").read_text()
    assert '"wijkwijzer.settings.production"' in wsgi


REPLICA_URL = "postgres://reader@replica.example:5432/wijkwijzer"
SHOW_DATABASES = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(sorted(s.DATABASES), getattr(s, 'DATABASE_ROUTERS', []), "
    "s.DATABASES.get('replica', {}).get('HOST'), "
    "s.DATABASES.get('replica', {}).get('OPTIONS'))"
)


def show_databases(env_overrides, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="wijkwijzer.settings.production")
    env.update(env_overrides)
    result = subprocess.run(  # noqa: S603 - our own settings, fixed arguments
        [sys.executable, "-c", SHOW_DATABASES],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_replica_url_adds_the_replica_alias_and_its_router():
    shown = show_databases({"DATABASE_REPLICA_URL": REPLICA_URL})
    assert shown == (
        "['default', 'replica'] ['wijkwijzer.db_router.ReplicaRouter'] "
        "replica.example {'server_side_binding': True, 'prepare_threshold': 2}"
    )


def test_without_a_replica_url_there_is_no_replica_and_no_router():
    shown = show_databases({}, drop=("DATABASE_REPLICA_URL",))
    assert shown == "['default'] [] None None"


def test_check_deploy_is_clean_with_a_replica():
    env = {**PRODUCTION_ENV, "DATABASE_REPLICA_URL": REPLICA_URL}
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env_overrides=env
    )
    assert result.returncode == 0, result.stderr + result.stdout
