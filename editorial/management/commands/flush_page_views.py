from django.core.management.base import BaseCommand

from editorial.page_views import flush


class Command(BaseCommand):
    help = "Zet de getelde paginaweergaven uit de cache in de database (cron)."

    def handle(self, *args, **options):
        moved = flush()
        self.stdout.write(f"{moved} paginaweergaven opgeslagen.")
