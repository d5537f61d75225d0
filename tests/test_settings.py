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
