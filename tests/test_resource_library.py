"""The partner library is honest (issue #14): every resource is a real page,
traceable to the seed lists beside the repository, credited to the
organisation that published it, with a plain-Dutch summary; no demo content
points at a made-up address; and the invented resources of older demos are
removed from databases that still hold them."""

import importlib
import io
import os
import pkgutil
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.core.management import call_command

from editorial.readability import B1_THRESHOLD, analyse
from explainers import demo_content
from explainers.demo_content import partners, resources, taxonomy
from explainers.models import ExplainerResourceLink, Partner, ResourcePage

from .factories import (
    ExplainerPageFactory,
    ExplainerResourceLinkFactory,
    ResourcePageFactory,
)

SEED = Path(settings.BASE_DIR).parent / "shared" / "seed"

OPGAVEN = [
    "wonen",
    "werk-en-participatie",
    "onderwijs-en-opvoeding",
    "veiligheid-en-criminaliteit",
    "gezondheid-zorg-en-hulpverlening",
    "samenleven-en-integratie",
    "leefomgeving-en-openbare-ruimte",
    "duurzaamheid",
]

# The "Partner" column of real-resources.md, and who that is on our site.
SEED_PUBLISHERS = {
    "Platform31": "platform31",
    "LSA bewoners": "lsa",
    "Movisie": "movisie",
    "Verwey-Jonker Instituut": "verwey-jonker-instituut",
    "CCV": "ccv",
    "LPB": "lpb",
    "WijkWijzer": "wijkwijzer",
    "Rijksoverheid / BZK (NPLV)": "ministerie-van-bzk",
    "Aedes": "aedes",
    "VNG": "vng",
    "VNG / BZK (Democratie in Actie)": "vng",
    "VNG (beschreven op participatiekompas.nl)": "vng",
    "Pharos": "pharos",
    "KIS": "kis",
}

MARKERS = re.compile(r"\s*[*†‡§°]")
URL = re.compile(r"https?://[^\s|<>\"'`]+")


def seed_file(name):
    path = SEED / name
    if not path.exists():
        message = f"{path} is missing: the seed lists sit beside the repository"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path.read_text(encoding="utf-8")


def without_tracking(url):
    return re.sub(r"\?gclid=[^&#]*$", "", url)


def seed_urls():
    text = seed_file("real-resources.md") + seed_file("domain-facts.md")
    found = {url.rstrip(".,;)") for url in URL.findall(text)}
    return found | {without_tracking(url) for url in found}


def seed_rows():
    """{url: {"publisher", "title", "year"}} from the table in real-resources.md."""
    rows = {}
    for line in seed_file("real-resources.md").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 8 or not cells[1].startswith("http"):
            continue
        publisher, url, title, year = cells[:4]
        rows[without_tracking(url)] = {
            "publisher": publisher,
            "title": MARKERS.sub("", title).strip(),
            "year": int(MARKERS.sub("", year)) if year else None,
        }
    return rows


def title_forms(title):
    """The seed's title, and the same without the series named in round
    brackets after it, or with a bracketed first word ("(Nationaal)")."""
    forms = {title, re.sub(r"\s*\([^()]*\)$", "", title)}
    forms.add(re.sub(r"^\((\w+)\) ", r"\1 ", title))
    forms.add(re.sub(r"^\(\w+\) ", "", title))
    return forms


def host(url):
    return urlsplit(url).hostname.removeprefix("www.")


# Traceable to the seed ------------------------------------------------------------


def test_the_seed_parser_reads_the_table():
    rows = seed_rows()
    assert len(rows) >= 80
    assert {row["publisher"] for row in rows.values()} == set(SEED_PUBLISHERS)


def test_every_resource_url_is_listed_in_the_seed():
    listed = seed_urls()
    unlisted = [row["url"] for row in resources.RESOURCES if row["url"] not in listed]
    assert unlisted == []


@pytest.mark.django_db
def test_every_resource_in_the_database_is_listed_in_the_seed():
    listed = seed_urls()
    urls = ResourcePage.objects.values_list("external_url", flat=True)
    assert urls.count() == len(resources.RESOURCES)
    assert [url for url in urls if url not in listed] == []


def test_titles_years_and_publishers_follow_the_seed():
    rows = seed_rows()
    for row in resources.RESOURCES:
        seed = rows.get(row["url"])
        if seed is None:
            # A real page named in domain-facts.md: on the partner's own site,
            # and the seed gives it no year.
            website = next(
                p["website"] for p in partners.PARTNERS if p["slug"] == row["partner"]
            )
            assert host(row["url"]) == host(website), row["slug"]
            assert row.get("year") is None, row["slug"]
            continue
        assert row["title"] in title_forms(seed["title"]), row["slug"]
        assert row.get("year") == seed["year"], row["slug"]
        assert row["partner"] == SEED_PUBLISHERS[seed["publisher"]], row["slug"]


# No made-up addresses ---------------------------------------------------------------


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple | set):
        for item in value:
            yield from _strings(item)


def demo_urls():
    """Every http(s) address in the demo content modules."""
    modules = [
        importlib.import_module(f"{demo_content.__name__}.{info.name}")
        for info in pkgutil.iter_modules(demo_content.__path__)
    ]
    modules += [
        importlib.import_module("search.demo_content"),
        importlib.import_module("editorial.demo_content"),
    ]
    urls = set()
    for module in modules:
        for name, value in vars(module).items():
            if name.isupper():
                for text in _strings(value):
                    urls.update(URL.findall(text))
    return urls


def is_made_up(url):
    name = urlsplit(url).hostname or ""
    return name.endswith((".example", ".test", ".invalid", ".localhost"))


def test_the_made_up_check_catches_example_addresses():
    assert is_made_up("https://voorbeeld.example/lsa/webinar")
    assert is_made_up("http://iets.test/")
    assert not is_made_up("https://www.lsabewoners.nl/zelfbeheer/")


def test_no_demo_content_points_to_a_made_up_address():
    urls = demo_urls()
    assert len(urls) >= 100, "the scan should see the resources and partners"
    assert sorted(url for url in urls if is_made_up(url)) == []


@pytest.mark.django_db
def test_no_loaded_resource_or_partner_points_to_a_made_up_address():
    addresses = list(ResourcePage.objects.values_list("external_url", flat=True))
    addresses += list(Partner.objects.values_list("website", flat=True))
    assert [url for url in addresses if is_made_up(url)] == []


# Enough of it, everywhere -----------------------------------------------------------


def live_resources():
    return ResourcePage.objects.live().public()


@pytest.mark.django_db
def test_at_least_fifty_live_resources():
    assert live_resources().count() >= 50


@pytest.mark.django_db
def test_every_partner_has_at_least_four_live_resources():
    counts = Counter(live_resources().values_list("partner__slug", flat=True))
    shown = Partner.objects.values_list("slug", flat=True)
    assert set(shown) >= {row["slug"] for row in partners.PARTNERS}
    assert {slug: counts[slug] for slug in shown if counts[slug] < 4} == {}


@pytest.mark.django_db
def test_every_opgave_has_at_least_four_live_resources():
    counts = Counter(live_resources().values_list("themes__slug", flat=True))
    assert {slug: counts[slug] for slug in OPGAVEN if counts[slug] < 4} == {}


def test_every_resource_type_and_theme_in_the_data_exists():
    types = {row["slug"] for row in taxonomy.RESOURCE_TYPES}
    themes = {row["slug"] for row in taxonomy.THEMES}
    for row in resources.RESOURCES:
        assert row["resource_type"] in types, row["slug"]
        assert set(row["themes"]) <= themes, row["slug"]


# Plain Dutch ------------------------------------------------------------------------


def test_every_resource_summary_reads_at_b1():
    low = {
        row["slug"]: round(analyse(row["summary"]).score, 1)
        for row in resources.RESOURCES
        if analyse(row["summary"]).score < B1_THRESHOLD
    }
    assert low == {}


def test_the_b1_check_would_catch_a_hard_summary():
    hard = (
        "De domeinoverstijgende gebiedsgerichte samenwerkingsverbanden "
        "operationaliseren interbestuurlijke beleidsdoelstellingen."
    )
    assert analyse(hard).score < B1_THRESHOLD


def test_every_resource_type_description_reads_at_b1():
    for row in taxonomy.RESOURCE_TYPES:
        assert analyse(row["description"]).score >= B1_THRESHOLD, row["slug"]


def test_summaries_speak_to_the_reader_as_je():
    for row in resources.RESOURCES:
        assert not re.search(r"\b(u|uw)\b", row["summary"], re.IGNORECASE), row["slug"]


# Retiring the invented resources ----------------------------------------------------


def test_retired_slugs_are_not_loaded_again():
    current = {row["slug"] for row in resources.RESOURCES}
    assert set(resources.RETIRED_RESOURCE_SLUGS).isdisjoint(current)
    assert len(set(resources.RETIRED_RESOURCE_SLUGS)) == len(
        resources.RETIRED_RESOURCE_SLUGS
    )


@pytest.mark.django_db
def test_loading_deletes_retired_resources_and_nothing_else(
    resource_index, explainer_index
):
    # A database loaded before this issue still holds an invented resource,
    # cited by an explainer.
    retired = ResourcePageFactory(parent=resource_index, slug="lpb-sjabloon-wijkplan")
    explainer = ExplainerPageFactory(parent=explainer_index)
    ExplainerResourceLinkFactory(page=explainer, resource=retired)
    # An editor's own resource, and a page elsewhere that shares a retired slug.
    own = ResourcePageFactory(parent=resource_index, slug="eigen-bron")
    namesake = ExplainerPageFactory(
        parent=explainer_index, slug="ccv-wijkveiligheidsscan"
    )
    before = ResourcePage.objects.count()

    out = io.StringIO()
    call_command("load_demo_content", force=True, stdout=out)

    assert not ResourcePage.objects.filter(pk=retired.pk).exists()
    assert not ExplainerResourceLink.objects.filter(page=explainer).exists()
    assert ResourcePage.objects.filter(pk=own.pk).exists()
    assert type(namesake).objects.filter(pk=namesake.pk).exists()
    assert ResourcePage.objects.count() == before - 1
    assert "lpb-sjabloon-wijkplan" in out.getvalue()
