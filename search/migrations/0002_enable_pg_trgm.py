"""On PostgreSQL, enable pg_trgm for the spelling-tolerant retry (Fuzzy search).

pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may
create it. Other databases skip this step.
"""

from django.db import migrations


def enable_trigram(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonyms_and_zero_results")]

    operations = [migrations.RunPython(enable_trigram, migrations.RunPython.noop)]
