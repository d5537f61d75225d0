from django.core.management.base import BaseCommand

from search.statistics import flush


class Command(BaseCommand):
    help = "Zet de getelde zoekopdrachten uit de cache in de database (cron)."

    def handle(self, *args, **options):
        moved = flush()
        self.stdout.write(f"{moved} zoekopdrachten opgeslagen.")
