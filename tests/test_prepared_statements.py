"""On PostgreSQL the server binds the parameters and keeps queries a
connection repeats prepared, so they are not planned again (settings,
DATABASE_PREPARED_STATEMENTS)."""

import pytest

from django.db import connection

from explainers.models import Theme

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's"
)


def _prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.django_db
def test_a_repeated_query_is_prepared_once_and_reused():
    assert connection.settings_dict["OPTIONS"]["server_side_binding"] is True
    for _ in range(3):
        list(Theme.objects.filter(slug="wonen").values_list("pk"))
    ours = [
        statement
        for statement in _prepared_statements()
        if statement.startswith(
            'SELECT "explainers_theme"."id" AS "pk" FROM "explainers_theme"'
        )
        and '"explainers_theme"."slug" = $1' in statement  # bound by the server
    ]
    assert len(ours) == 1, _prepared_statements()
