"""Review dates ("controledata"): the next review per page type, the public
"Laatst gecontroleerd op …" line, the "Te controleren" report and the
dashboard panel with an editor's own overdue pages."""

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page

from editorial.roles import REDACTEUR
from explainers.demo_content import review_dates
from explainers.models import (
    ArticlePage,
    ContentPage,
    ExplainerPage,
    GuidePage,
    PracticePage,
    ResourcePage,
    RoutePage,
    StepPage,
)
from explainers.models.mixins import add_months

from .factories import ExplainerPageFactory
from .helpers import edit_form_data, publish

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()
CONTENT_TYPES = [
    ExplainerPage,
    ArticlePage,
    ResourcePage,
    ContentPage,
    PracticePage,
    GuidePage,
    StepPage,
    RoutePage,
]
INTERVALS = {
    ExplainerPage: 12,
    ArticlePage: 24,
    ResourcePage: 12,
    ContentPage: 12,
    PracticePage: 12,
    GuidePage: 12,
    StepPage: 12,
    RoutePage: 12,
}
OVERDUE_SLUG = "geschiedenis-van-de-wijkaanpak"  # an explainer, 20 days late
SOON_SLUG = "wie-doet-wat-in-de-wijk"  # an explainer, due in 20 days
PRACTICE_OVERDUE_SLUG = "wijkcafe-voorbeeldwijk"


def make_user(username, role=REDACTEUR):
    user = get_user_model().objects.create_user(
        username=username, password="wachtwoord-123"
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return get_user_model().objects.get(pk=user.pk)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def report(client, **params):
    response = client.get(reverse("review_report"), params)
    assert response.status_code == 200
    return response.content.decode()


# Dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 1, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 3, 12), 12, datetime.date(2027, 3, 12)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
        (datetime.date(2026, 8, 31), 24, datetime.date(2028, 8, 31)),
        (datetime.date(2026, 3, 31), -1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 5, 15), -12, datetime.date(2025, 5, 15)),
    ],
)
def test_add_months_clamps_the_day(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_default_next_review_follows_the_interval_of_the_page_type(model):
    assert model.review_interval_months == INTERVALS[model]
    page = model(last_reviewed=datetime.date(2026, 1, 31))
    page.fill_next_review()
    expected_year = 2026 + INTERVALS[model] // 12
    assert page.next_review == datetime.date(expected_year, 1, 31)

    page = model(last_reviewed=None)
    page.fill_next_review()
    assert page.next_review == add_months(TODAY, INTERVALS[model])


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_every_demo_page_has_review_dates(model):
    assert not model.objects.filter(next_review__isnull=True).exists()
    for page in model.objects.all():
        # A draft's dates live in its latest revision.
        latest = page.get_latest_revision_as_object()
        assert latest.last_reviewed is not None, page.slug
        assert latest.next_review > latest.last_reviewed, page.slug


def test_publishing_a_revision_fills_in_an_empty_next_review():
    page = ArticlePage.objects.live().first()
    page.last_reviewed = datetime.date(2026, 1, 31)
    page.next_review = None
    publish(page)
    assert page.next_review == datetime.date(2028, 1, 31)
    # … and so does a plain save.
    page.next_review = None
    page.save()
    page.refresh_from_db()
    assert page.next_review == datetime.date(2028, 1, 31)


def test_a_newer_last_reviewed_moves_an_earlier_next_review():
    page = ExplainerPage.objects.get(slug=OVERDUE_SLUG)
    assert page.next_review < TODAY
    page.last_reviewed = TODAY
    publish(page)
    assert page.next_review == add_months(TODAY, 12)


def test_an_explicit_later_next_review_is_kept():
    page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    page.last_reviewed = datetime.date(2026, 3, 12)
    page.next_review = datetime.date(2026, 6, 1)
    publish(page)
    assert page.next_review == datetime.date(2026, 6, 1)


def test_a_new_page_without_review_gets_today_plus_the_interval(explainer_index):
    page = ExplainerPageFactory(parent=explainer_index, last_reviewed=None)
    page.refresh_from_db()
    assert page.next_review == add_months(TODAY, 12)


def test_demo_content_has_overdue_and_soon_due_pages():
    for slug, days in review_dates.NEXT_REVIEW_IN_DAYS.items():
        page = Page.objects.get(slug=slug).specific
        assert page.next_review == TODAY + datetime.timedelta(days=days), slug
        assert page.last_reviewed < page.next_review, slug


# The public page -------------------------------------------------------------------


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_every_content_page_type_shows_when_it_was_last_reviewed(client, model):
    page = model.objects.live().public().filter(last_reviewed__isnull=False).first()
    assert page is not None, model.__name__
    html = client.get(page.url).content.decode()
    iso = f"{page.last_reviewed:%Y-%m-%d}"
    assert f'<time datetime="{iso}">' in html
    text = re.sub(r"<[^>]+>", "", html)
    assert "Laatst gecontroleerd op" in text
    assert html.count("Laatst gecontroleerd") == 1


def test_the_date_is_written_in_dutch(client):
    page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    page.last_reviewed = datetime.date(2026, 3, 12)
    publish(page)
    html = client.get(page.url).content.decode()
    text = re.sub(r"<[^>]+>", "", html)
    assert "Laatst gecontroleerd op 12 maart 2026" in text


def test_no_line_without_a_last_reviewed_date(client):
    page = ContentPage.objects.live().public().get(slug="over-wijkwijzer")
    ContentPage.objects.filter(pk=page.pk).update(last_reviewed=None)
    html = client.get(page.url).content.decode()
    assert "Laatst gecontroleerd" not in html


# The report -------------------------------------------------------------------------


def test_report_lists_overdue_and_soon_due_pages_but_not_later_ones(admin_client):
    far = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    ExplainerPage.objects.filter(pk=far.pk).update(
        next_review=TODAY + datetime.timedelta(days=400)
    )
    overdue = ExplainerPage.objects.get(slug=OVERDUE_SLUG)
    soon = ExplainerPage.objects.get(slug=SOON_SLUG)

    html = report(admin_client)
    assert edit_url(overdue) in html
    assert edit_url(soon) in html
    assert edit_url(far) not in html
    assert "Te laat" in html
    # Soonest first: the overdue page comes before the one due in 20 days.
    assert html.index(edit_url(overdue)) < html.index(edit_url(soon))

    late = report(admin_client, status="te-laat")
    assert edit_url(overdue) in late and edit_url(soon) not in late
    coming = report(admin_client, status="binnenkort")
    assert edit_url(soon) in coming and edit_url(overdue) not in coming
    everything = report(admin_client, status="alle", ordering="-next_review_date")
    assert edit_url(far) in everything


def test_report_filters_by_owner(admin_client):
    owner = make_user("eigenaar")
    overdue = ExplainerPage.objects.get(slug=OVERDUE_SLUG)
    Page.objects.filter(pk=overdue.pk).update(owner=owner)
    soon = ExplainerPage.objects.get(slug=SOON_SLUG)

    html = report(admin_client)
    assert f'value="{owner.pk}"' in html  # offered as a choice
    html = report(admin_client, owner=owner.pk)
    assert edit_url(overdue) in html
    assert edit_url(soon) not in html


def test_report_filters_by_page_type(admin_client):
    practice = PracticePage.objects.get(slug=PRACTICE_OVERDUE_SLUG)
    explainer = ExplainerPage.objects.get(slug=OVERDUE_SLUG)
    content_type = ContentType.objects.get_for_model(PracticePage)

    html = report(admin_client)
    assert edit_url(practice) in html and edit_url(explainer) in html
    html = report(admin_client, content_type=content_type.pk)
    assert edit_url(practice) in html
    assert edit_url(explainer) not in html


def test_anonymous_users_are_sent_to_the_login(client):
    response = client.get(reverse("review_report"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_redacteur_can_open_the_report_and_sees_it_in_the_menu(client):
    client.force_login(make_user("redacteur"))
    html = report(client)
    assert edit_url(ExplainerPage.objects.get(slug=OVERDUE_SLUG)) in html
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("review_report") in home


def test_a_user_without_admin_access_is_turned_away(client):
    client.force_login(make_user("bezoeker", role=None))
    response = client.get(reverse("review_report"))
    assert response.status_code == 302


def count_queries(client):
    with CaptureQueriesContext(connection) as queries:
        report(client, status="alle")
    return len(queries)


def test_report_query_count_does_not_grow_with_the_pages(admin_client):
    report(admin_client, status="alle")  # warm caches (content types, …)
    few = count_queries(admin_client)
    ResourcePage.objects.filter(pk__in=ResourcePage.objects.values("pk")[:30]).update(
        next_review=TODAY - datetime.timedelta(days=3)
    )
    owners = [make_user(f"eigenaar-{i}") for i in range(5)]
    for i, page in enumerate(ResourcePage.objects.order_by("pk")[:10]):
        Page.objects.filter(pk=page.pk).update(owner=owners[i % 5])
    many = count_queries(admin_client)
    assert few == many


# The dashboard ----------------------------------------------------------------------


def overdue_panel(html):
    found = re.search(
        r'<section[^>]* id="overdue-reviews-section".*?</section>', html, re.S
    )
    return found.group(0) if found else ""


def test_dashboard_shows_the_users_own_overdue_pages_only(client):
    editor = make_user("redacteur")
    other = make_user("collega")
    own = ExplainerPage.objects.get(slug=OVERDUE_SLUG)
    theirs = PracticePage.objects.get(slug=PRACTICE_OVERDUE_SLUG)
    not_due = ExplainerPage.objects.get(slug=SOON_SLUG)
    Page.objects.filter(pk__in=[own.pk, not_due.pk]).update(owner=editor)
    Page.objects.filter(pk=theirs.pk).update(owner=other)

    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = overdue_panel(html)
    assert "Te controleren (1)" in panel
    assert edit_url(own) in panel
    assert f"{own.next_review:%Y-%m-%d}" in panel
    assert "Te laat" in panel
    assert edit_url(theirs) not in panel
    assert edit_url(not_due) not in panel


def test_dashboard_says_so_without_overdue_pages(client):
    # The panel stays, with "Niets te doen." (editorial/dashboard.py).
    client.force_login(make_user("redacteur"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = overdue_panel(html)
    assert "Te controleren (0)" in panel
    assert "Niets te doen." in panel
    assert "Te laat" not in panel


# The admin form ---------------------------------------------------------------------


def test_owner_and_dates_can_be_changed_in_the_edit_form(admin_client):
    owner = make_user("eigenaar")
    page = ExplainerPage.objects.get(slug=SOON_SLUG)
    data = edit_form_data(
        admin_client,
        page,
        owner=str(owner.pk),
        last_reviewed="01-11-2026",
        next_review="01-05-2027",
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ExplainerPage.objects.get(pk=page.pk)
    assert page.owner == owner
    assert page.last_reviewed == datetime.date(2026, 11, 1)
    assert page.next_review == datetime.date(2027, 5, 1)


def test_an_emptied_next_review_is_filled_in_from_the_form(admin_client):
    page = ExplainerPage.objects.get(slug=SOON_SLUG)
    data = edit_form_data(
        admin_client, page, last_reviewed="15-11-2026", next_review=""
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 302
    page = ExplainerPage.objects.get(pk=page.pk)
    assert page.next_review == datetime.date(2027, 11, 15)
