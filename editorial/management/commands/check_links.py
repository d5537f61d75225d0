"""``manage.py check_links``: check the external URL of every live partner
resource and store the result (see :mod:`editorial.link_health`)."""

from collections import Counter

from django.core.management.base import BaseCommand

from editorial import link_health
from explainers.models import ResourcePage


class Command(BaseCommand):
    help = (
        "Controleert het webadres van elke gepubliceerde partnerbron (tegelijk, "
        "met een time-out en hooguit twee verzoeken per host tegelijk) en slaat "
        "de uitkomst op voor het rapport 'Linkcontrole'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=float,
            default=10,
            help="Time-out per verzoek in seconden (standaard 10).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=8,
            help="Aantal gelijktijdige controles (standaard 8).",
        )

    def handle(self, *args, timeout=10, workers=8, **options):
        resources = ResourcePage.objects.live().only("pk", "external_url", "title")
        checks = link_health.check_all(resources, workers=workers, timeout=timeout)
        counts = Counter(link_health.outcome(check) for check in checks)
        for check in checks:
            if link_health.outcome(check) == "kapot":
                reason = check.error or f"status {check.status_code}"
                self.stdout.write(f"kapot: {check.resource.external_url} ({reason})")
        self.stdout.write(
            f"{len(checks)} links gecontroleerd: {counts['ok']} ok, "
            f"{counts['doorverwezen']} doorverwezen, {counts['kapot']} kapot."
        )
