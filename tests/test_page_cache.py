"""The whole-page cache for anonymous readers: pages come from the cache, and
every kind of change a page can show is visible at once."""

import pytest

from django.contrib.auth import get_user_model
from django.test import override_settings

from wagtail.models import Page

from explainers.models import (
    ExplainerPage,
    GlossaryTerm,
    HomePage,
    Partner,
    ResourcePage,
    Theme,
)
from wijkwijzer import page_cache

from .helpers import publish

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("page_cache_on"),
]


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield


@pytest.fixture
def explainer():
    return ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")


def menu_section(home):
    """A top-level page shown in the main menu."""
    return (
        Page.objects.child_of(home).live().filter(show_in_menus=True).first().specific
    )


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def warm(client, url):
    """Request twice; the second answer must come from the cache."""
    get(client, url)
    response = get(client, url)
    assert response["X-Cache"] == "HIT", url
    return response


def test_second_anonymous_request_is_a_cache_hit(client, explainer):
    first = get(client, explainer.url)
    assert first["X-Cache"] == "MISS"
    second = get(client, explainer.url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert not second.cookies


def test_cache_hit_runs_no_sql(client, explainer, django_assert_num_queries):
    warm(client, explainer.url)
    with django_assert_num_queries(0):
        assert get(client, explainer.url)["X-Cache"] == "HIT"


def test_query_strings_are_cached_separately(client, resource_index):
    url = resource_index.url
    warm(client, url)
    assert get(client, url + "?pagina=1")["X-Cache"] == "MISS"


def test_rendering_pages_does_not_empty_the_cache(client, home, explainer):
    """Renditions, statistics and the like are written while pages render;
    they must not count as content changes or nothing would stay cached."""
    page_cache.generation()
    before = page_cache.generation()
    for url in (home.url, explainer.url, "/bronnen/", "/zoeken/?q=wijk"):
        client.get(url)
    assert page_cache.generation() == before


def test_published_page_change_shows_at_once(client, explainer, home):
    warm(client, explainer.url)
    warm(client, home.url)
    explainer.title = "Wijkaanpak in het kort, nieuw"
    publish(explainer)
    assert "Wijkaanpak in het kort, nieuw" in get(client, explainer.url).text


def test_draft_changes_do_not_show_but_keep_working(client, explainer):
    warm(client, explainer.url)
    explainer.title = "Alleen een concept"
    explainer.save_revision()
    assert "Alleen een concept" not in get(client, explainer.url).text


def test_unpublished_page_is_gone_at_once(client, explainer, explainer_index):
    warm(client, explainer.url)
    warm(client, explainer_index.url)
    explainer.unpublish()
    assert client.get(explainer.url).status_code == 404
    assert explainer.title not in get(client, explainer_index.url).text


def test_partner_change_shows_at_once(client):
    resource = ResourcePage.objects.live().filter(partner__isnull=False).first()
    warm(client, resource.url)
    partner = resource.partner
    partner.name = "Partner met een nieuwe naam"
    partner.save()
    assert "Partner met een nieuwe naam" in get(client, resource.url).text
    # The footer of every page lists partners too.
    assert "Partner met een nieuwe naam" in get(client, "/").text


def test_theme_change_shows_at_once(client, explainer):
    theme = explainer.themes.first()
    warm(client, explainer.url)
    warm(client, "/themas/")
    theme.name = "Een hernoemd thema"
    theme.save()
    assert "Een hernoemd thema" in get(client, explainer.url).text
    assert "Een hernoemd thema" in get(client, "/themas/").text


def test_new_theme_shows_at_once(client):
    warm(client, "/themas/")
    Theme.objects.create(name="Gloednieuw thema", slug="gloednieuw")
    assert "Gloednieuw thema" in get(client, "/themas/").text


def test_resource_change_shows_on_pages_that_link_it(client, explainer):
    link = explainer.resource_links.select_related("resource").first()
    resource = link.resource.specific
    warm(client, explainer.url)
    resource.title = "Een bron met een nieuwe titel"
    publish(resource)
    assert "Een bron met een nieuwe titel" in get(client, explainer.url).text


def test_glossary_term_change_shows_at_once(client):
    term = GlossaryTerm.objects.first()
    warm(client, "/begrippen/")
    term.definition = "Een compleet nieuwe uitleg van dit begrip."
    term.save()
    assert (
        "Een compleet nieuwe uitleg van dit begrip." in get(client, "/begrippen/").text
    )


def test_menu_change_shows_at_once(client, home):
    section = menu_section(home)
    warm(client, "/")
    section.title = "Hernoemde menusectie"
    section.save_revision().publish()
    assert "Hernoemde menusectie" in get(client, "/").text

    section.refresh_from_db()
    section.show_in_menus = False
    section.save_revision().publish()
    menu = get(client, "/").text.split("</nav>")[0]
    assert "Hernoemde menusectie" not in menu


def test_editors_are_never_served_or_stored(client, admin_client, explainer):
    """Logged-in editors bypass the cache: their userbar is never cached for
    the public, and they never get a stale public copy."""
    editor_response = get(admin_client, explainer.url)
    assert "X-Cache" not in editor_response
    public = get(client, explainer.url)
    assert public["X-Cache"] == "MISS"
    assert "wagtail-userbar" not in public.text


def test_posts_search_and_errors_are_not_cached(client, explainer):
    client.get("/zoeken/?q=wijk")
    assert "X-Cache" not in client.get("/zoeken/?q=wijk")
    client.get("/bestaat-niet/")
    assert "X-Cache" not in client.get("/bestaat-niet/")
    assert "X-Cache" not in client.post(explainer.url)


def test_previews_are_not_cached(admin_client, client, explainer):
    from django.urls import reverse

    url = reverse("wagtailadmin_pages:view_draft", args=[explainer.pk])
    assert admin_client.get(url).status_code == 200
    assert "X-Cache" not in admin_client.get(url)


def test_cache_flush_does_not_serve_stale(client, explainer):
    """If the cache loses the generation (restart, eviction) pages are simply
    rendered again."""
    from django.core.cache import cache

    warm(client, explainer.url)
    cache.clear()
    assert get(client, explainer.url)["X-Cache"] == "MISS"


def test_a_home_page_change_is_seen_by_the_next_reader(client, home):
    warm(client, "/")
    home = HomePage.objects.get(pk=home.pk)
    home.intro = "Een nieuwe welkomsttekst voor de homepage."
    publish(home)
    assert "Een nieuwe welkomsttekst voor de homepage." in get(client, "/").text


def test_users_saving_their_profile_does_not_empty_the_cache(client, explainer):
    before = page_cache.generation()
    user = get_user_model().objects.create_user("lezer", password="x-123456789")
    user.last_login = None
    user.save()
    assert page_cache.generation() == before
    assert Partner.objects.exists()


def test_site_setting_change_shows_at_once(client):
    from explainers.models import SiteSettings

    warm(client, "/")
    site_settings = SiteSettings.load()
    site_settings.footer_text = "Een nieuwe tekst voor onder aan elke pagina."
    site_settings.save()
    assert "Een nieuwe tekst voor onder aan elke pagina." in get(client, "/").text


@pytest.mark.parametrize("page_cache", [False, True])
def test_footer_partners_and_settings_change_at_once(client, settings, page_cache):
    """The footer's partners and the site settings are kept in the cache until
    content changes, with or without the page cache."""
    from explainers.models import Partner, SiteSettings

    settings.PAGE_CACHE_ENABLED = page_cache
    assert "Nieuwe voettekst" not in client.get("/").content.decode()
    site_settings = SiteSettings.load()
    site_settings.footer_text = "Nieuwe voettekst"
    site_settings.save()
    partner = Partner.objects.order_by("pk").first()
    partner.name = partner.short_name = "Hernoemde partner"
    partner.save()
    html = client.get("/").content.decode()
    assert "Nieuwe voettekst" in html
    assert "Hernoemde partner" in html


@pytest.mark.parametrize("page_cache", [False, True])
def test_menu_outside_the_page_tree_changes_at_once(client, settings, home, page_cache):
    """Views outside the page tree (themes, search, …) keep the menu's
    top-level pages in the cache until content changes."""
    settings.PAGE_CACHE_ENABLED = page_cache
    section = menu_section(home)
    get(client, "/themas/")
    section.title = "Hernoemde menusectie"
    section.save_revision().publish()
    assert "Hernoemde menusectie" in get(client, "/themas/").text
    section.unpublish()
    assert "Hernoemde menusectie" not in get(client, "/themas/").text


@pytest.mark.parametrize("page_cache", [False, True])
def test_site_change_shows_at_once(client, settings, explainer, page_cache):
    """Moving the site root serves the new root at once: Wagtail's site root
    paths and the page cache both follow a saved site."""
    from wagtail.models import Site

    settings.PAGE_CACHE_ENABLED = page_cache
    assert "<h1>Wat is een wijkaanpak?</h1>" not in get(client, "/").text
    site = Site.objects.get(is_default_site=True)
    site.root_page = explainer
    site.save()
    assert "<h1>Wat is een wijkaanpak?</h1>" in get(client, "/").text
