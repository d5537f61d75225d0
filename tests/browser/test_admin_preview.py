"""Editors in the real admin: a Redacteur opens an explainer's edit view; the
preview side panel renders the page (its <h1> inside the preview iframe) and
the "Controles" panel lists our readability checks, with the score and the B1
alternatives, for text that has only been typed. Screenshots go to
test-artifacts/screenshots/admin/."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .conftest import ARTIFACTS, DESKTOP

pytestmark = pytest.mark.django_db

USERNAME = "browser-redacteur"
PASSWORD = "browser-wachtwoord-123"
SCREENSHOTS = ARTIFACTS / "screenshots" / "admin"
HARD_SUMMARY = (
    "Teneinde de participatie van bewoners te faciliteren, implementeren wij "
    "middels een integrale gebiedsgerichte benadering structurele voorzieningen "
    "in de leefomgeving van de betreffende wijk."
)


@pytest.fixture(scope="session")
def redacteur(django_db_setup, django_db_blocker):
    """A committed Redacteur: on PostgreSQL the server thread has its own
    connection and would not see a user made inside a test's transaction."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    with django_db_blocker.unblock():
        user, _created = get_user_model().objects.get_or_create(username=USERNAME)
        user.set_password(PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name="Redacteur"))
    return user


@pytest.fixture(scope="module")
def explainer(django_db_blocker):
    """The page to edit. Wagtail autosaves what the editor types as a draft
    revision, committed by the server thread on PostgreSQL: put it back.
    Module-scoped, so that putting it back happens outside the test's
    transaction (inside it, the rollback would undo the clean-up and leave
    the draft for the rest of the session)."""
    from wagtail.models import Page, Revision

    from explainers.models import ExplainerPage

    with django_db_blocker.unblock():
        page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        fields = ["latest_revision", "has_unpublished_changes", "draft_title"]
        before = Page.objects.filter(pk=page.pk).values(*fields).get()
        last_revision = Revision.objects.order_by("-pk").values_list("pk").first()
        yield page
        Revision.objects.filter(pk__gt=last_revision[0]).delete()
        Page.objects.filter(pk=page.pk).update(**before)


@pytest.fixture
def admin_page(server, browser, redacteur, explainer, django_db_blocker):
    """A Playwright page logged into the admin as the Redacteur. It closes
    before ``explainer`` puts the page back, so no autosave comes after."""
    with django_db_blocker.unblock():
        context = browser.new_context(viewport=DESKTOP, locale="nl-NL")
        page = context.new_page()
        page.goto(server.url + "/admin/login/")
        page.fill("input[name=username]", USERNAME)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(server.url + "/admin/")
        yield page
        # Leaving the edit view ends Wagtail's editing session with a beacon;
        # let the server answer it while the database is still open to it.
        try:
            with page.expect_response(lambda r: "/editing-sessions/" in r.url):
                page.goto("about:blank")
        except PlaywrightTimeout:
            pass
        context.close()


def test_preview_and_checks_panels_show_the_page_being_edited(
    admin_page, server, explainer
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # Wagtail notes the form's starting state two seconds after the edit view
    # loads; only text typed after that counts as a change to preview.
    admin_page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits',"
        " () => { window.wijkwijzerWatching = true; });"
    )
    admin_page.goto(f"{server.url}/admin/pages/{explainer.pk}/edit/")

    admin_page.click("button[data-side-panel-toggle=preview]")
    frame = admin_page.frame_locator("#w-preview-iframe")
    heading = frame.locator("h1")
    heading.wait_for()
    assert heading.inner_text().strip() == explainer.title
    admin_page.screenshot(path=str(SCREENSHOTS / "voorvertoning.png"))

    # Our checks, for the page as it is: its score, above Wagtail's list.
    admin_page.click("button[data-side-panel-toggle=checks]")
    ours = admin_page.locator(
        "[data-side-panel=checks] #wijkwijzer-leesbaarheid-controles"
    )
    ours.get_by_text("(Flesch-Douma, B1 vanaf 60)").wait_for()
    assert "Leesbaarheid (B1)" in ours.inner_text()

    # Typed, not saved: the preview renders the form, the checks follow it.
    admin_page.wait_for_function("window.wijkwijzerWatching === true")
    admin_page.fill("textarea[name=summary]", HARD_SUMMARY)
    admin_page.press("textarea[name=summary]", "Tab")
    problem = ours.get_by_text("niet op B1-niveau (leesbaarheid")
    try:
        problem.wait_for(timeout=10_000)
    except PlaywrightTimeout:
        # Under load Wagtail can miss the first change (it was still taking
        # the form's state); typing on, as an editor would, updates it.
        stale = admin_page.locator("[data-w-preview-stale-value]").first
        print("preview stale:", stale.get_attribute("data-w-preview-stale-value"))  # noqa: T201
        admin_page.press("textarea[name=summary]", "End")
        admin_page.type("textarea[name=summary]", " Dat is alles.")
        admin_page.press("textarea[name=summary]", "Tab")
        problem.wait_for()
    assert "faciliteren → mogelijk maken" in ours.inner_text()
    # Wagtail's own accessibility checks still run on the preview.
    wagtail_checks = admin_page.locator("[data-side-panel=checks] [data-checks-panel]")
    assert wagtail_checks.count() == 1
    admin_page.screenshot(path=str(SCREENSHOTS / "controles.png"))
