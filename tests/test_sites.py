"""explainers/sites.py picks the same site as Wagtail does, from one query."""

import pytest

from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from explainers.sites import site_for_host

pytestmark = pytest.mark.django_db

CASES = [
    ("localhost", 80),
    ("localhost", 8000),
    ("wijkwijzer.example", 80),
    ("wijkwijzer.example", 8080),
    ("tweede.example", 80),
    ("tweede.example", 443),
    ("onbekend.example", 80),
]


def wagtail_choice(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


@pytest.mark.parametrize("extra_sites", [0, 1, 2])
def test_same_site_as_wagtail(extra_sites):
    root = Page.objects.get(depth=1)
    home = Site.objects.get(is_default_site=True).root_page
    if extra_sites >= 1:
        Site.objects.create(hostname="wijkwijzer.example", port=8080, root_page=home)
    if extra_sites >= 2:
        Site.objects.create(hostname="tweede.example", port=80, root_page=root)
    sites = list(Site.objects.select_related("root_page"))
    for hostname, port in CASES:
        ours = site_for_host(sites, hostname, port)
        assert (ours and ours.pk) == ((w := wagtail_choice(hostname, port)) and w.pk), (
            hostname,
            port,
        )


def test_pages_on_the_default_site_still_resolve(client):
    assert client.get("/uitleg/").status_code == 200
    assert client.get("/", HTTP_HOST="127.0.0.1").status_code == 200
