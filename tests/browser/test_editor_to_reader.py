"""From editor to reader, in the real admin and a real browser.

1. A Redacteur logs in, writes a new explainer (title, "Kort gezegd", a
   paragraph with a glossary word), links a partner resource through the
   resource chooser, sees the page in the preview panel and our readability
   score in the checks panel, and submits it to the "Redactie" workflow.
2. An Eindredacteur logs in, opens the page and approves and publishes it.
3. A reader on a phone, not logged in, reads the live page: the title, the
   glossary word marked, the resource listed once; and the resource's own
   page names the new explainer under "Uitgelegd in".

The live server commits to the session's database, so everything the test
makes (users, the page, its revisions, workflow states, log entries) is
removed afterwards. Screenshots go to test-artifacts/screenshots/admin/.
"""

import contextlib
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from .conftest import ARTIFACTS, DESKTOP, PHONE

pytestmark = pytest.mark.django_db

SCREENSHOTS = ARTIFACTS / "screenshots" / "admin"
PASSWORD = "pad-wachtwoord-123"
REDACTEUR = "pad-redacteur"
EINDREDACTEUR = "pad-eindredacteur"
TITLE = "Samen aan de slag in je buurt"
SUMMARY = (
    "Bewoners en gemeente maken samen plannen voor de buurt. Zo wordt de wijk beter."
)
PARAGRAPH = "In een wijkaanpak werken bewoners, gemeente en organisaties samen."
GLOSSARY_WORD = "wijkaanpak"
RESOURCE = "Buurtrechten in kaart"
SLOW = 30_000  # ms: Wagtail's admin views are slow on a busy machine


@contextlib.contextmanager
def server_connection(server):
    """ORM calls of the test on the connection the server thread uses.

    Playwright's sync API keeps an event loop running in this thread, so
    Django's connection handler (asgiref's Local, "thread critical") takes
    the thread for async and hands the test a connection of its own, not
    the one the ``server`` fixture shares. On in-memory SQLite that is a
    second connection to the shared cache, and what it reads inside a
    transaction stays locked: the server's next write to that table fails
    with "database table is locked". On PostgreSQL there is nothing to share.
    """
    from django.db import connections

    shared = server.connections_override.get("default")
    if shared is None:
        yield
        return
    previous = connections["default"]
    connections["default"] = shared
    try:
        yield
    finally:
        connections["default"] = previous


@pytest.fixture(scope="module")
def editors(server, django_db_blocker):
    """A committed Redacteur and Eindredacteur. Module-scoped, so this runs
    outside the test's transaction, as the server thread does: what the
    editors do is committed. Afterwards everything the test made is removed
    (pages, revisions, workflow states, log entries, the users), also when
    the test failed, so the other tests see the plain demo content."""
    from django.contrib.auth import get_user_model

    from wagtail.models import Page, PageLogEntry, Revision, WorkflowState

    with django_db_blocker.unblock(), server_connection(server):
        last = {
            model: model.objects.order_by("-pk").values_list("pk", flat=True).first()
            or 0
            for model in (Page, Revision, WorkflowState, PageLogEntry)
        }
        make_user(REDACTEUR, "Redacteur")
        make_user(EINDREDACTEUR, "Eindredacteur")
    yield
    with django_db_blocker.unblock(), server_connection(server):
        WorkflowState.objects.filter(pk__gt=last[WorkflowState]).delete()
        Revision.objects.filter(pk__gt=last[Revision]).delete()
        PageLogEntry.objects.filter(pk__gt=last[PageLogEntry]).delete()
        for page in Page.objects.filter(pk__gt=last[Page]).order_by("-depth"):
            page.delete()
        get_user_model().objects.filter(
            username__in=[REDACTEUR, EINDREDACTEUR]
        ).delete()


def make_user(username, group_name):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username, f"{username}@wijkwijzer.invalid", PASSWORD
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def new_context(editors, server, browser):
    """new_context(viewport) -> a fresh Playwright page in its own context
    (own cookies). All close before ``editors`` cleans up."""
    contexts = []

    def open_(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, locale="nl-NL")
        context.set_default_timeout(SLOW)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        for page in context.pages:
            leave_admin(page)
        context.close()


def leave_admin(page):
    """Leaving an edit view ends Wagtail's editing session with a beacon; let
    the server answer it while the database is still open to it."""
    if "/admin/pages/" not in page.url:
        return
    try:
        with page.expect_response(
            lambda r: "/editing-sessions/" in r.url, timeout=5_000
        ):
            page.goto("about:blank")
    except PlaywrightTimeout:
        pass


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=False)


def log_in(page, server, username):
    page.goto(server.url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server.url + "/admin/")


def watch_for_edits(page):
    """Wagtail takes the form's starting state two seconds after an edit view
    loads; text typed before that does not count as a change (no preview
    update). Call before goto, then ``wait_until_watching``."""
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits',"
        " () => { window.wijkwijzerWatching = true; });"
    )


def wait_until_watching(page):
    page.wait_for_function("window.wijkwijzerWatching === true", timeout=SLOW)


# Step 1: the Redacteur ---------------------------------------------------


def write_explainer(page, server, index_pk):
    watch_for_edits(page)
    page.goto(f"{server.url}/admin/pages/add/explainers/explainerpage/{index_pk}/")
    wait_until_watching(page)
    page.fill("input[name=title]", TITLE)
    page.fill("textarea[name=summary]", SUMMARY)
    add_paragraph(page, PARAGRAPH)
    page.locator("input[name=title]").scroll_into_view_if_needed()
    shot(page, "redacteur-nieuw.png")
    choose_resource(page, RESOURCE)
    shot(page, "redacteur-bron-gekozen.png")
    wait_for_autosave(page)


def wait_for_autosave(page):
    """Wagtail autosaves a new page once its form is valid and turns the
    create view into the page's edit view. An action posted to the create
    view while that autosave runs finds the slug taken (an error page; a
    500 on PostgreSQL, where both requests run at once), so wait, as an
    editor would, until the page is saved."""
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"), timeout=SLOW)
    expect(page.get_by_text("Opgeslagen", exact=True)).to_be_visible(timeout=SLOW)


def add_paragraph(page, text):
    body = page.locator('[data-contentpath="body"]')
    body.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Alinea").click()
    editor = body.locator(".public-DraftEditor-content").first
    editor.click()
    page.keyboard.type(text)
    expect(editor).to_contain_text(text)


def choose_resource(page, title):
    page.locator("#id_resource_links-ADD").click()
    link = page.locator("#inline_child_resource_links-0")
    link.get_by_role("button", name="Kies een partnerbron").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("textbox", name=re.compile("Zoek", re.I)).fill(title)
    modal.get_by_role("link", name=title, exact=True).click()
    expect(modal).to_be_hidden()
    expect(link).to_contain_text(title)


def preview_shows_title(page):
    page.click("button[data-side-panel-toggle=preview]")
    heading = page.frame_locator("#w-preview-iframe").locator("h1")
    expect(heading).to_have_text(TITLE, timeout=SLOW)
    shot(page, "redacteur-voorvertoning.png")


def checks_show_readability(page):
    page.click("button[data-side-panel-toggle=checks]")
    ours = page.locator("[data-side-panel=checks] #wijkwijzer-leesbaarheid-controles")
    expect(ours).to_contain_text("Leesbaarheid (B1)", timeout=SLOW)
    shot(page, "redacteur-controles.png")


def open_action_menu(page):
    """The actions beside the footer's main button ("Bewaar concept")."""
    page.locator("footer").get_by_role("button", name="Meer acties").click()


def submit_for_review(page):
    open_action_menu(page)
    submit = page.locator("button[name=action-submit]")
    expect(submit).to_have_text(re.compile("Redactie"))  # the site's workflow
    submit.click()
    expect(page.locator(".messages")).to_contain_text("ter goedkeuring ingediend")
    shot(page, "redacteur-ingediend.png")


# Step 2: the Eindredacteur -----------------------------------------------


def approve_and_publish(page, server, page_pk):
    page.goto(f"{server.url}/admin/pages/{page_pk}/edit/")
    open_action_menu(page)
    approve = page.get_by_role("button", name="Goedkeuren en publiceren", exact=True)
    expect(approve).to_be_visible()
    shot(page, "eindredacteur-goedkeuren.png")
    approve.click()
    # The edit view saves the form, then approves: "… is gewijzigd".
    expect(page.locator(".messages")).to_contain_text(f"'{TITLE}' is gewijzigd")


# Step 3: the reader ------------------------------------------------------


def read_live_page(page, server, url):
    response = page.goto(server.url + url)
    assert response.status == 200
    expect(page.locator("h1")).to_have_text(TITLE)
    term = page.locator(".stream a.term__link", has_text=GLOSSARY_WORD)
    expect(term).to_have_count(1)
    assert term.get_attribute("href").startswith("/begrippen/")
    resource = page.locator(".partner-resources").get_by_role("link", name=RESOURCE)
    expect(resource).to_have_count(1)
    assert page.get_by_role("link", name=RESOURCE, exact=True).count() == 1
    shot(page, "lezer.png")
    return resource.get_attribute("href")


def resource_links_back(page, server, resource_url):
    page.goto(server.url + resource_url)
    explained = page.locator("section[aria-labelledby=explained-heading]")
    expect(explained.get_by_role("heading", name="Uitgelegd in")).to_be_visible()
    expect(explained.get_by_role("link", name=TITLE)).to_have_count(1)
    explained.scroll_into_view_if_needed()
    shot(page, "lezer-bron.png")


def test_an_explainer_goes_from_redacteur_via_eindredacteur_to_reader(
    new_context, server
):
    from explainers.models import ExplainerIndexPage, ExplainerPage

    with server_connection(server):
        index = ExplainerIndexPage.objects.get()

    redacteur = new_context()
    log_in(redacteur, server, REDACTEUR)
    write_explainer(redacteur, server, index.pk)
    preview_shows_title(redacteur)
    checks_show_readability(redacteur)
    submit_for_review(redacteur)
    with server_connection(server):
        explainer = ExplainerPage.objects.get(title=TITLE)
        assert not explainer.live
        assert explainer.current_workflow_state.status == "in_progress"

    eindredacteur = new_context()
    log_in(eindredacteur, server, EINDREDACTEUR)
    approve_and_publish(eindredacteur, server, explainer.pk)
    with server_connection(server):
        explainer.refresh_from_db()
        assert explainer.live

    reader = new_context(PHONE)
    resource_url = read_live_page(reader, server, explainer.url)
    resource_links_back(reader, server, resource_url)
