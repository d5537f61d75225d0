"""Wagtail routes every page as shipped: the site and home page for a host,
view restrictions, RoutablePage sub-routes and 404s for unknown paths."""

import pytest

from wagtail.models import Page, PageViewRestriction, Site

from explainers.models import ExplainerPage, GuidePage, StepPage

pytestmark = pytest.mark.django_db


def test_the_default_site_serves_its_home_page_for_any_allowed_host(client, home):
    for host in ("testserver", "localhost", "127.0.0.1"):
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 200, host
        assert response.context["page"].pk == home.pk
    assert client.get("/uitleg/", HTTP_HOST="127.0.0.1").status_code == 200


def test_a_second_site_serves_its_own_root_for_its_host(
    client, settings, explainer_index
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "tweede.example"]
    Site.objects.create(hostname="tweede.example", port=80, root_page=explainer_index)
    response = client.get("/", HTTP_HOST="tweede.example")
    assert response.status_code == 200
    assert response.context["page"].pk == explainer_index.pk
    explainer = ExplainerPage.objects.child_of(explainer_index).live().first()
    response = client.get(f"/{explainer.slug}/", HTTP_HOST="tweede.example")
    assert response.context["page"].pk == explainer.pk
    # The default site still answers every other host.
    assert client.get("/uitleg/").context["page"].pk == explainer_index.pk


def test_a_restricted_page_asks_for_its_password(client):
    restriction = PageViewRestriction.objects.filter(
        restriction_type=PageViewRestriction.PASSWORD, page__live=True
    ).first()
    assert restriction is not None, "the demo content has a password-protected page"
    response = client.get(restriction.page.url)
    assert response.status_code == 200
    assert 'name="password"' in response.text
    # Wagtail's view, in our layout (WAGTAIL_PASSWORD_REQUIRED_TEMPLATE).
    assert "password_required.html" in [t.name for t in response.templates]


def test_a_page_below_a_restricted_page_asks_for_the_password_too(client):
    guide = GuidePage.objects.get()
    step = StepPage.objects.child_of(guide).live().first()
    PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for url in (step.url, f"{guide.url}afdrukken/"):
        assert 'name="password"' in client.get(url).text, url


def test_routable_page_sub_routes_still_work(client):
    response = client.get("/stappenplan/afdrukken/")
    assert response.status_code == 200
    assert isinstance(response.context["page"], GuidePage)


def test_a_step_below_the_guide_is_served_as_a_step(client):
    step = StepPage.objects.live().order_by("path").first()
    response = client.get(step.url)
    assert response.status_code == 200
    assert response.context["page"].pk == step.pk


@pytest.mark.parametrize(
    "path",
    [
        "/bestaat-niet/",
        "/uitleg/bestaat-niet/",
        "/uitleg/wat-is-een-wijkaanpak/bestaat-niet/",
        "/stappenplan/afdrukken/meer/",
    ],
)
def test_unknown_paths_are_404(client, path):
    assert client.get(path).status_code == 404


def test_unpublished_pages_are_404(client):
    page = Page.objects.filter(live=False, depth__gt=2).first()
    assert page is not None, "the demo content has an unpublished page"
    path = "/" + page.url_path.split("/", 2)[2]  # without the root's slug
    assert client.get(path).status_code == 404
