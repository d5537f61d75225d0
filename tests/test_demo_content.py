"""The demo loader is idempotent and polite, and the demo it loads is what the
issue promises. The session fixture in conftest.py has already run it once."""

import io

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Revision

from explainers.models import (
    ArticlePage,
    ArticleResourceLink,
    Audience,
    ContentPage,
    ExplainerPage,
    ExplainerRelatedPage,
    ExplainerResourceLink,
    HomeFeaturedExplainer,
    HomePage,
    Partner,
    ResourcePage,
    ResourceType,
    Theme,
)

from .factories import ExplainerPageFactory
from .helpers import publish

pytestmark = pytest.mark.django_db

SNAPSHOT_MODELS = [
    Page,
    HomePage,
    ExplainerPage,
    ArticlePage,
    ResourcePage,
    ContentPage,
    Revision,
    Theme,
    Audience,
    ResourceType,
    Partner,
    get_image_model(),
    PageViewRestriction,
    ExplainerResourceLink,
    ArticleResourceLink,
    ExplainerRelatedPage,
    HomeFeaturedExplainer,
]


def snapshot():
    """Every row of every model the loader touches."""
    return {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in SNAPSHOT_MODELS
    }


def load():
    out = io.StringIO()
    call_command("load_demo_content", force=True, stdout=out)
    return out.getvalue()


# The loader -----------------------------------------------------------------------


def test_a_second_run_creates_and_changes_nothing():
    before = snapshot()
    assert len(before["Page"]) > 60 and len(before["Revision"]) > 60
    output = load()
    after = snapshot()
    for name in before:
        assert len(after[name]) == len(before[name]), f"{name} rows were added"
        assert after[name] == before[name], f"{name} rows were changed"
    assert "0 pagina's nieuw" in output


def test_a_run_keeps_what_editors_changed(home, explainer_index):
    page = ExplainerPage.objects.get(slug="de-rol-van-bewoners")
    page.title = "Bewoners doen mee"
    page.summary = "Een samenvatting van de redactie."
    publish(page)
    unpublished = ExplainerPage.objects.get(slug="buurtrechten")
    unpublished.unpublish()
    Theme.objects.filter(slug="wonen").update(description="Door de redactie.")
    Partner.objects.filter(slug="lsa").update(short_name="LSA bewoners")
    home.intro = "Welkom, door de redactie geschreven."
    publish(home)
    own = ExplainerPageFactory(parent=explainer_index, title="Eigen uitleg")

    load()

    page = ExplainerPage.objects.get(pk=page.pk)
    assert page.title == "Bewoners doen mee"
    assert page.summary == "Een samenvatting van de redactie."
    assert not ExplainerPage.objects.get(pk=unpublished.pk).live
    assert Theme.objects.get(slug="wonen").description == "Door de redactie."
    assert Partner.objects.get(slug="lsa").short_name == "LSA bewoners"
    assert HomePage.objects.get().intro == "Welkom, door de redactie geschreven."
    assert ExplainerPage.objects.filter(pk=own.pk, title="Eigen uitleg").exists()
    assert ExplainerPage.objects.filter(slug="de-rol-van-bewoners").count() == 1


def test_refuses_without_force_when_debug_is_off(settings):
    settings.DEBUG = False
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == pages


def test_runs_without_force_when_debug_is_on(settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert "Klaar" in out.getvalue()


# What the demo contains ---------------------------------------------------------


def live(model):
    return model.objects.live().public()


def test_at_least_ten_live_explainers_with_the_named_ones(client):
    explainers = live(ExplainerPage)
    assert explainers.count() >= 10
    titles = set(explainers.values_list("title", flat=True))
    assert {
        "Wat is een wijkaanpak?",
        "Meerdere uitdagingen in één wijk",
        "Aan de slag met een wijkaanpak",
        "Samenwerken en loslaten",
        "De rol van bewoners",
        "Afspraken maken en geld",
        "Een korte geschiedenis van de wijkaanpak",
    } <= titles
    assert client.get("/uitleg/wat-is-een-wijkaanpak/").status_code == 200


def test_at_least_forty_live_resources_covering_every_type_and_theme():
    resources = live(ResourcePage)
    assert resources.count() >= 40
    used_types = set(resources.values_list("resource_type__slug", flat=True))
    assert used_types == set(ResourceType.objects.values_list("slug", flat=True))
    used_themes = set(resources.values_list("themes__slug", flat=True))
    assert used_themes == set(Theme.objects.values_list("slug", flat=True))


def test_the_vocabularies_are_complete():
    assert set(Theme.objects.values_list("slug", flat=True)) == {
        "wonen",
        "werk-en-participatie",
        "onderwijs-en-opvoeding",
        "veiligheid-en-criminaliteit",
        "gezondheid-zorg-en-hulpverlening",
        "samenleven-en-integratie",
        "leefomgeving-en-openbare-ruimte",
        "duurzaamheid",
        "samenwerken",
        "bewonersparticipatie",
    }
    assert set(Audience.objects.values_list("slug", flat=True)) == {
        "bewoners",
        "professionals",
    }
    assert ResourceType.objects.count() == 9


def test_at_least_eight_live_articles():
    assert live(ArticlePage).count() >= 8


def test_every_live_explainer_links_at_least_three_live_resources():
    visible = set(live(ResourcePage).values_list("pk", flat=True))
    for explainer in live(ExplainerPage):
        linked = {link.resource_id for link in explainer.resource_links.all()}
        assert len(linked & visible) >= 3, explainer.slug


def test_every_live_resource_is_linked_from_a_live_explainer_or_article():
    cited = set(
        ExplainerResourceLink.objects.filter(page__in=live(ExplainerPage)).values_list(
            "resource_id", flat=True
        )
    ) | set(
        ArticleResourceLink.objects.filter(page__in=live(ArticlePage)).values_list(
            "resource_id", flat=True
        )
    )
    uncited = live(ResourcePage).exclude(pk__in=cited)
    assert list(uncited.values_list("slug", flat=True)) == []


PARTNER_HOMEPAGES = {
    "platform31": "https://www.platform31.nl/",
    "verwey-jonker-instituut": "https://www.verwey-jonker.nl/",
    "movisie": "https://www.movisie.nl/",
    "ccv": "https://hetccv.nl/",
    "lpb": "https://lpb.nl/",
    "lsa": "https://www.lsabewoners.nl/",
    "vng": "https://vng.nl/",
    "aedes": "https://aedes.nl/",
    "pharos": "https://www.pharos.nl/",
    "kis": "https://www.kis.nl/",
    "ministerie-van-bzk": (
        "https://www.rijksoverheid.nl/ministeries/"
        "ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties"
    ),
}


def test_partners_link_to_their_real_homepages(client):
    websites = dict(Partner.objects.values_list("slug", "website"))
    for slug, homepage in PARTNER_HOMEPAGES.items():
        assert websites[slug] == homepage
        html = client.get(f"/partners/{slug}/").content.decode()
        assert f'href="{homepage}"' in html


def test_the_awkward_states_exist():
    """Tests elsewhere prove these never leak; make sure they are there."""
    assert ExplainerPage.objects.filter(live=False, last_published_at=None).exists()
    assert ArticlePage.objects.filter(live=False, last_published_at=None).exists()
    changed = ExplainerPage.objects.get(slug="meten-wat-werkt")
    assert changed.live and changed.has_unpublished_changes
    assert "(nieuwe versie)" in changed.get_latest_revision_as_object().title
    assert PageViewRestriction.objects.filter(page__live=True).exists()
    old = ResourcePage.objects.get(slug="vng-ontwikkelagenda-lokale-democratie")
    assert not old.live and old.last_published_at is not None
    assert ExplainerResourceLink.objects.filter(resource=old, page__live=True).exists()
