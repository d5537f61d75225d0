from django.db import migrations

# The suggestion query (search/suggest.py) ranks the rows whose key starts
# with the prefix by position, length and kind, and then fetches the best 24
# by id. On PostgreSQL the index of 0004 lacked the id, so every matching
# row was read from the table (a bitmap heap scan: 180 ms for "geld" with
# 100,000 extra titles); with the id included it is an index-only scan.
# SQLite keeps the rowid in every index already.
INDEX = "search_suggestion_prefix"
COLUMNS = "key varchar_pattern_ops, position, length, kind_order"


def covering(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON search_suggestion ({COLUMNS}) INCLUDE (id)"
    )


def without_id(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"CREATE INDEX {INDEX} ON search_suggestion ({COLUMNS})")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_hidden_search_term"),
    ]

    operations = [migrations.RunPython(covering, without_id)]
