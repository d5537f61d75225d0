from django.core.management.base import BaseCommand

from search.suggest import rebuild


class Command(BaseCommand):
    help = "Rebuild the table of search suggestions (titles, terms, synonyms)."

    def handle(self, *args, **options):
        rows = rebuild()
        self.stdout.write(f"{rows} suggestion rows")
