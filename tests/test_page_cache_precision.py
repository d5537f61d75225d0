"""What empties the page cache and what makes a new entry: editors saving
drafts and autosaving leave readers' cached pages alone; tracking parameters
and host spellings do not make entries of their own."""

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from django.urls import reverse

from explainers.forms import ListingForm
from explainers.models import ExplainerPage
from wijkwijzer import page_cache

from .helpers import edit_form_data, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield


@pytest.fixture
def explainer():
    return ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user(
        "redacteur-cache", "redacteur-cache@example.org", "geheim-wachtwoord-1"
    )
    user.groups.add(Group.objects.get(name="Redacteur"))
    client = Client()
    client.force_login(user)
    return client


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def warm(client, url, **extra):
    get(client, url, **extra)
    response = get(client, url, **extra)
    assert response["X-Cache"] == "HIT", url
    return response


# -- Editors at work purge nothing ------------------------------------------------


def test_saving_a_draft_keeps_readers_pages_cached(client, explainer):
    warm(client, explainer.url)
    before = page_cache.generation()
    explainer.title = "Alleen een concept"
    explainer.save_revision()
    assert page_cache.generation() == before
    assert get(client, explainer.url)["X-Cache"] == "HIT"


def test_autosave_while_typing_purges_nothing(client, editor, explainer):
    """Wagtail autosaves with a background POST that wants JSON."""
    warm(client, explainer.url)
    url = reverse("wagtailadmin_pages:edit", args=[explainer.pk])
    data = edit_form_data(editor, explainer, summary="Een nieuwe samenvatting.")
    before = page_cache.generation()
    for summary in ("Een nieuwe", "Een nieuwe samenvatting", "Een nieuwe tekst."):
        data["summary"] = summary
        response = editor.post(url, data, headers={"accept": "application/json"})
        assert response.json()["success"] is True
        data["overwrite_revision_id"] = response.json()["revision_id"]
    assert page_cache.generation() == before
    response = get(client, explainer.url)
    assert response["X-Cache"] == "HIT"
    assert "Een nieuwe tekst." not in response.text


def test_submitting_for_review_purges_nothing(client, editor, explainer):
    warm(client, explainer.url)
    data = edit_form_data(editor, explainer, title="Ter beoordeling")
    data["action-submit"] = "Ter goedkeuring aanbieden"
    before = page_cache.generation()
    url = reverse("wagtailadmin_pages:edit", args=[explainer.pk])
    assert editor.post(url, data).status_code == 302
    assert page_cache.generation() == before
    assert get(client, explainer.url)["X-Cache"] == "HIT"


def test_publishing_still_shows_at_once(client, explainer):
    warm(client, explainer.url)
    explainer.title = "Wat is een wijkaanpak, vernieuwd"
    publish(explainer)
    response = get(client, explainer.url)
    assert response["X-Cache"] == "MISS"
    assert "Wat is een wijkaanpak, vernieuwd" in response.text


# -- One entry per canonical URL ---------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    ["utm_source=nieuwsbrief&utm_medium=email", "fbclid=abc123", "iets=anders"],
)
def test_unknown_query_parameters_share_the_canonical_entry(client, extra):
    canonical = warm(client, "/uitleg/")
    response = get(client, f"/uitleg/?{extra}")
    assert response["X-Cache"] == "HIT"
    assert response.content == canonical.content


def test_unknown_parameters_are_dropped_beside_known_ones(client):
    url = "/bronnen/?thema=veiligheid"
    known = warm(client, url)
    response = get(client, f"{url}&utm_campaign=x&pagina=1&utm_source=y")
    assert response["X-Cache"] == "MISS"  # pagina=1 is a page's own parameter
    assert "utm_" not in response.text
    assert get(client, f"{url}&gclid=1")["X-Cache"] == "HIT"
    assert get(client, f"{url}&gclid=1").content == known.content


def test_known_parameters_still_make_their_own_entry(client):
    warm(client, "/bronnen/")
    response = get(client, "/bronnen/?thema=veiligheid")
    assert response["X-Cache"] == "MISS"


def test_the_api_keeps_checking_its_own_parameters(client):
    response = client.get("/api/v2/pages/?utm_source=x")
    assert response.status_code == 400


@pytest.mark.parametrize("host", ["TESTSERVER", "testserver.", "testserver:80"])
def test_host_spellings_share_one_entry(client, host):
    warm(client, "/uitleg/")
    assert get(client, "/uitleg/", HTTP_HOST=host)["X-Cache"] == "HIT"


def test_another_port_is_another_entry(client):
    warm(client, "/uitleg/")
    assert get(client, "/uitleg/", HTTP_HOST="testserver:8080")["X-Cache"] == "MISS"


def test_every_listing_filter_is_a_known_parameter():
    """A new filter on a listing must be listed in settings, or it would be
    dropped for readers."""
    names = set()
    forms = [ListingForm]
    while forms:
        form = forms.pop()
        names |= set(form.base_fields)
        forms += form.__subclasses__()
    assert names <= settings.PAGE_CACHE_QUERY_PARAMETERS
