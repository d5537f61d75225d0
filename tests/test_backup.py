"""`make backup` and `make restore` on PostgreSQL: a backup restored into a
fresh database holds the same pages and content, and the media come back."""

import os
import subprocess
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection

from wagtail.models import Page

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

ROOT = Path(settings.BASE_DIR)


def _url(name):
    db = connection.settings_dict
    user, host, port = db["USER"], db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{port}/{name}"


def _admin(sql):
    import psycopg

    with psycopg.connect(_url("postgres"), autocommit=True) as conn:
        conn.execute(sql)


def _make(target, env):
    return subprocess.run(  # noqa: S603
        ["make", "--no-print-directory", target, *env.pop("_args")],  # noqa: S607
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )


@pytest.fixture
def fresh_database():
    name = f"{connection.settings_dict['NAME']}_restore"
    _admin(f'DROP DATABASE IF EXISTS "{name}"')
    _admin(f'CREATE DATABASE "{name}"')
    yield name
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_restores_into_a_fresh_database(tmp_path, fresh_database):
    import psycopg

    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "verslag.txt").write_text("Verslag van de wijkavond")
    backup_dir = tmp_path / "backup"
    source_url = _url(connection.settings_dict["NAME"])

    # The demo content was committed when the test database was set up, so
    # pg_dump (another connection) sees it.
    _make(
        "backup",
        {
            "DATABASE_URL": source_url,
            "MEDIA_ROOT": str(media),
            "_args": [f"BACKUP={backup_dir}"],
        },
    )
    assert (backup_dir / "database.dump").stat().st_size > 10_000
    assert (backup_dir / "media.tar.gz").exists()

    restored_media = tmp_path / "restored-media"
    _make(
        "restore",
        {
            "DATABASE_URL": _url(fresh_database),
            "MEDIA_ROOT": str(restored_media),
            "_args": [f"BACKUP={backup_dir}"],
        },
    )

    expected = sorted(
        Page.objects.filter(depth__gt=1).values_list("url_path", "title", "live")
    )
    assert len(expected) > 40
    with psycopg.connect(_url(fresh_database)) as conn:
        pages = sorted(
            conn.execute(
                "SELECT url_path, title, live FROM wagtailcore_page WHERE depth > 1"
            ).fetchall()
        )
        summary = conn.execute(
            "SELECT summary FROM explainers_explainerpage p "
            "JOIN wagtailcore_page w ON w.id = p.page_ptr_id "
            "WHERE w.slug = 'wat-is-een-wijkaanpak'"
        ).fetchone()[0]
        migrations = conn.execute("SELECT count(*) FROM django_migrations").fetchone()
    assert pages == expected
    original = Page.objects.get(slug="wat-is-een-wijkaanpak").specific
    assert summary == original.summary
    assert migrations[0] > 10
    restored = restored_media / "documents" / "verslag.txt"
    assert restored.read_text() == "Verslag van de wijkavond"


def test_restore_without_a_backup_fails_clearly(tmp_path):
    result = subprocess.run(  # noqa: S603
        [str(ROOT / "scripts" / "restore.sh"), str(tmp_path / "nergens")],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1/none"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "database.dump not found" in result.stderr
