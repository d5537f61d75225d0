"""``manage.py import_resources FILE``: import partner resources from CSV or
JSON. The file format is described in :mod:`editorial.resource_import`."""

from django.core.management.base import BaseCommand, CommandError

from editorial import resource_import


class Command(BaseCommand):
    help = (
        "Importeert partnerbronnen uit een CSV- of JSON-bestand (kolommen: "
        + ",".join(resource_import.COLUMNS)
        + "). Eerst wordt elke regel gecontroleerd; bij een fout wordt niets "
        "geïmporteerd. Een bestaande url wordt bijgewerkt."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pad naar het .csv- of .json-bestand.")
        parser.add_argument(
            "--format",
            choices=["csv", "json"],
            help="Formaat, als de bestandsnaam niet op .csv of .json eindigt.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Alleen controleren, niets opslaan.",
        )

    def handle(self, *args, file, format=None, dry_run=False, **options):
        try:
            label, records = resource_import.read_file(file, format)
        except resource_import.ImportFileError as error:
            raise CommandError(str(error)) from None
        result = resource_import.validate(label, records)
        if result.errors:
            for error in result.errors:
                self.stderr.write(error)
            raise CommandError(
                f"{len(result.errors)} ongeldige regel(s) gevonden; "
                "er is niets geïmporteerd."
            )
        if dry_run:
            resource_import.count_changes(result)
            self.stdout.write(
                f"Proefdraai: {len(result.rows)} regels in orde "
                f"({result.created} nieuw, {result.updated} bestaand); "
                "niets opgeslagen."
            )
            return
        resource_import.import_rows(result)
        self.stdout.write(
            self.style.SUCCESS(
                f"Klaar: {result.created} nieuw, {result.updated} bijgewerkt, "
                f"{result.unchanged} ongewijzigd."
            )
        )
