"""Page feedback: "Was deze pagina nuttig?" under content pages (no cookies,
an origin check instead of a CSRF token, a honeypot and a rate limit), and the
editors' "Paginafeedback" report with "Afgehandeld" and "FAQ-vraag maken"."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from wagtail.models import PageViewRestriction

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
from feedback.admin_views import feedback_per_page
from feedback.models import MASK, PageFeedback, mask_personal_data
from feedback.views import is_same_origin

pytestmark = pytest.mark.django_db

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
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


@pytest.fixture
def explainer():
    """A live explainer that already has a FAQ block."""
    return next(
        page
        for page in ExplainerPage.objects.live().public()
        if any(block.block_type == "faq" for block in page.body)
    )


def submit(client, page, data=None, **headers):
    data = {"nuttig": "ja"} if data is None else data
    headers = headers or SAME_ORIGIN
    return client.post(reverse("feedback:submit", args=[page.pk]), data, **headers)


def user_in(role):
    user = get_user_model().objects.create_user(
        username=f"fb-{role.lower()}", password="wachtwoord-123"
    )
    user.groups.add(Group.objects.get(name=role))
    return get_user_model().objects.get(pk=user.pk)


# The reader's form


def test_yes_and_no_are_stored(client, explainer):
    response = submit(client, explainer, {"nuttig": "ja"})
    assert response.status_code == 303
    assert response["Location"] == reverse("feedback:thanks", args=[explainer.pk])
    assert submit(client, explainer, {"nuttig": "nee"}).status_code == 303
    stored = PageFeedback.objects.filter(page=explainer).order_by("pk")
    assert [f.helpful for f in stored] == [True, False]
    assert all(f.comment == "" and not f.handled for f in stored)


def test_thanks_page(client, explainer):
    response = client.get(reverse("feedback:thanks", args=[explainer.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bedankt voor je reactie" in html
    assert 'content="noindex"' in html
    assert explainer.url in html
    assert "page-feedback" not in html  # no form on the thank-you page
    assert not response.cookies


def test_comment_is_masked_before_saving(client, explainer):
    comment = (
        "Mail me op jan.jansen@example.nl of bel 06-12345678 of +31 20 123 4567. "
        "Het gaat om 2024 en huisnummer 12."
    )
    submit(client, explainer, {"nuttig": "nee", "opmerking": comment})
    stored = PageFeedback.objects.get(page=explainer).comment
    assert "example.nl" not in stored
    assert "12345678" not in stored
    assert "123 4567" not in stored
    assert stored.count(MASK) == 3
    assert "2024" in stored and "huisnummer 12" in stored


def test_mask_personal_data():
    assert mask_personal_data("a@b.nl") == MASK
    assert mask_personal_data("bel (020) 123 45 67") == f"bel {MASK}"
    assert mask_personal_data("stap 3 van 5") == "stap 3 van 5"


def test_nothing_about_the_reader_is_stored():
    fields = {field.name for field in PageFeedback._meta.get_fields()}
    assert fields == {
        "id",
        "page",
        "helpful",
        "comment",
        "created",
        "handled",
        "handled_by",
        "handled_at",
    }


def test_honeypot_pretends_but_stores_nothing(client, explainer):
    response = submit(client, explainer, {"nuttig": "ja", "website": "spam.example"})
    assert response.status_code == 303
    assert not PageFeedback.objects.exists()


def test_cross_origin_post_is_refused(client, explainer):
    response = submit(client, explainer, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    response = submit(client, explainer, HTTP_REFERER="https://evil.example/pagina/")
    assert response.status_code == 403
    response = submit(client, explainer, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    response = submit(client, explainer, HTTP_ORIGIN="null")
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


def test_post_without_origin_or_referer_is_refused(client, explainer):
    response = client.post(
        reverse("feedback:submit", args=[explainer.pk]), {"nuttig": "ja"}
    )
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/uitleg/iets/"},
        {"HTTP_SEC_FETCH_SITE": "same-origin"},
    ],
)
def test_same_origin_post_is_accepted(client, explainer, headers):
    assert submit(client, explainer, **headers).status_code == 303
    assert PageFeedback.objects.count() == 1


def test_origin_must_match_scheme_and_host():
    factory = RequestFactory()
    https = factory.post("/", HTTP_ORIGIN="https://testserver", secure=True)
    assert is_same_origin(https)
    downgraded = factory.post("/", HTTP_ORIGIN="http://testserver", secure=True)
    assert not is_same_origin(downgraded)
    other_port = factory.post("/", HTTP_ORIGIN="http://testserver:8080")
    assert not is_same_origin(other_port)


def test_get_is_not_allowed(client, explainer):
    response = client.get(reverse("feedback:submit", args=[explainer.pk]))
    assert response.status_code == 405


def test_unknown_page_is_404(client):
    response = client.post(
        reverse("feedback:submit", args=[999999]), {"nuttig": "ja"}, **SAME_ORIGIN
    )
    assert response.status_code == 404
    assert client.get(reverse("feedback:thanks", args=[999999])).status_code == 404


def test_draft_private_and_non_content_pages_are_404(client, explainer, home):
    private = ExplainerPage.objects.live().public().exclude(pk=explainer.pk).first()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert submit(client, private).status_code == 404
    explainer.unpublish()
    assert submit(client, explainer).status_code == 404
    assert submit(client, home).status_code == 404
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize("data", [{}, {"nuttig": "misschien"}])
def test_missing_or_invalid_answer_is_400(client, explainer, data):
    response = submit(client, explainer, data)
    assert response.status_code == 400
    assert "Kies" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_too_long_comment_is_400(client, explainer):
    response = submit(client, explainer, {"nuttig": "nee", "opmerking": "x" * 1001})
    assert response.status_code == 400
    assert "te lang" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_rate_limit_per_client(client, explainer, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_CLIENT = 3
    for _ in range(3):
        assert submit(client, explainer).status_code == 303
    response = submit(client, explainer)
    assert response.status_code == 429
    assert "Te veel reacties" in response.content.decode()
    assert PageFeedback.objects.count() == 3
    # Another address may still answer.
    other = submit(client, explainer, REMOTE_ADDR="10.0.0.2", **SAME_ORIGIN)
    assert other.status_code == 303


def test_rate_limit_per_page(client, explainer, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_PAGE = 2
    for number in range(2):
        address = f"10.0.1.{number}"
        assert (
            submit(client, explainer, REMOTE_ADDR=address, **SAME_ORIGIN).status_code
            == 303
        )
    response = submit(client, explainer, REMOTE_ADDR="10.0.1.9", **SAME_ORIGIN)
    assert response.status_code == 429


def test_rate_limit_key_does_not_contain_the_address(client, explainer):
    from django.core.cache import cache

    submit(client, explainer, REMOTE_ADDR="192.0.2.44", **SAME_ORIGIN)
    keys = list(cache._cache.keys())  # locmem cache in the test settings
    assert keys
    assert not any("192.0.2.44" in key for key in keys)


# The form on pages


@pytest.mark.parametrize("page_type", CONTENT_TYPES, ids=lambda t: t.__name__)
def test_form_on_each_content_page_type(client, page_type):
    page = page_type.objects.live().public().first()
    assert page is not None
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Was deze pagina nuttig?" in html
    assert f'action="{reverse("feedback:submit", args=[page.pk])}"' in html
    assert 'name="nuttig" value="ja"' in html
    assert 'name="nuttig" value="nee"' in html
    assert "Wat miste je?" in html
    assert "Zet geen persoonlijke gegevens in je reactie." in html
    assert 'name="website" autocomplete="off" tabindex="-1"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_no_form_on_home_and_index_pages(
    client, home, explainer_index, article_index, resource_index
):
    for page in (home, explainer_index, article_index, resource_index):
        html = client.get(page.url).content.decode()
        assert "Was deze pagina nuttig?" not in html, page


def test_the_tag_runs_no_queries(explainer, django_assert_num_queries):
    request = RequestFactory().get(explainer.url)
    template = Template("{% load feedback_tags %}{% page_feedback page %}")
    with django_assert_num_queries(0):
        html = template.render(Context({"page": explainer, "request": request}))
    assert "Was deze pagina nuttig?" in html


def test_no_form_in_preview(explainer):
    request = RequestFactory().get(explainer.url)
    request.is_preview = True
    template = Template("{% load feedback_tags %}{% page_feedback page %}")
    html = template.render(Context({"page": explainer, "request": request}))
    assert "nuttig" not in html


# The editors' report


@pytest.fixture
def some_feedback(explainer):
    PageFeedback.objects.create(page=explainer, helpful=True)
    PageFeedback.objects.create(page=explainer, helpful=True)
    PageFeedback.objects.create(
        page=explainer, helpful=False, comment="Hoe vraag ik subsidie aan?"
    )
    PageFeedback.objects.create(
        page=explainer, helpful=False, comment="Al geregeld", handled=True
    )
    return explainer


def test_counts_per_page_in_one_query(some_feedback, django_assert_num_queries):
    with django_assert_num_queries(1):
        rows = list(feedback_per_page())
    assert len(rows) == 1
    row = rows[0]
    assert row.pk == some_feedback.pk
    assert (row.yes, row.no, row.open_comments) == (2, 2, 1)


def test_report_shows_counts(admin_client, some_feedback):
    response = admin_client.get(reverse("feedback_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert some_feedback.title in html
    assert reverse("feedback_page", args=[some_feedback.pk]) in html
    detail = admin_client.get(reverse("feedback_page", args=[some_feedback.pk]))
    assert detail.status_code == 200
    assert "Hoe vraag ik subsidie aan?" in detail.content.decode()


def test_report_in_reports_menu(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Paginafeedback" in html


def test_anonymous_and_non_staff_cannot_reach_the_report(client, some_feedback):
    url = reverse("feedback_report")
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    user = get_user_model().objects.create_user(username="lezer", password="x")
    client.force_login(user)
    for admin_url in (url, reverse("feedback_page", args=[some_feedback.pk])):
        response = client.get(admin_url)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]


def test_redacteur_views_and_marks_handled(client, some_feedback):
    redacteur = user_in("Redacteur")
    assert redacteur.has_perm("feedback.view_pagefeedback")
    assert redacteur.has_perm("feedback.change_pagefeedback")
    assert not redacteur.has_perm("feedback.delete_pagefeedback")
    client.force_login(redacteur)
    assert client.get(reverse("feedback_report")).status_code == 200
    comment = PageFeedback.objects.get(comment__startswith="Hoe")
    url = reverse("feedback_mark_handled", args=[comment.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.handled
    assert comment.handled_by == redacteur
    assert comment.handled_at is not None


def test_eindredacteur_has_the_same_rights():
    eindredacteur = user_in("Eindredacteur")
    assert eindredacteur.has_perm("feedback.view_pagefeedback")
    assert eindredacteur.has_perm("feedback.change_pagefeedback")


def test_view_only_user_cannot_mark_handled(client, some_feedback):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(username="kijker", password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_pagefeedback"),
    )
    client.force_login(user)
    assert client.get(reverse("feedback_report")).status_code == 200
    comment = PageFeedback.objects.get(comment__startswith="Hoe")
    client.post(reverse("feedback_mark_handled", args=[comment.pk]))
    comment.refresh_from_db()
    assert not comment.handled


def faq_items(page):
    """(question, answer HTML) of every FAQ item on the page, in order."""
    return [
        (item["question"], item["answer"].source)
        for block in page.body
        if block.block_type == "faq"
        for item in block.value["items"]
    ]


def test_comment_becomes_a_faq_item_in_a_new_draft(client, some_feedback):
    page = some_feedback
    live_body = list(page.body.raw_data)
    faq_blocks = [b for b in live_body if b["type"] == "faq"]
    assert faq_blocks
    revisions = page.revisions.count()
    redacteur = user_in("Redacteur")
    client.force_login(redacteur)
    comment = PageFeedback.objects.get(comment__startswith="Hoe")
    url = reverse("feedback_faq", args=[comment.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "Hoe vraag ik subsidie aan?" in form.content.decode()
    response = client.post(
        url,
        {
            "question": "Hoe vraag ik subsidie aan?",
            "answer": "Bij de gemeente.\n\nVul het <formulier> in.",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])

    page = ExplainerPage.objects.get(pk=page.pk)
    assert page.revisions.count() == revisions + 1
    assert page.has_unpublished_changes
    assert list(page.body.raw_data) == live_body  # the live page is unchanged
    draft = page.get_latest_revision_as_object()
    assert faq_items(draft)[:-1] == faq_items(page)
    assert faq_items(draft)[-1] == (
        "Hoe vraag ik subsidie aan?",
        "<p>Bij de gemeente.</p><p>Vul het &lt;formulier&gt; in.</p>",
    )
    draft_faqs = [b for b in draft.body.raw_data if b["type"] == "faq"]
    assert len(draft_faqs) == len(faq_blocks)  # appended, not a new block
    comment.refresh_from_db()
    assert comment.handled and comment.handled_by == redacteur


def test_faq_without_a_faq_block_adds_a_section(client):
    page = next(
        p
        for p in ContentPage.objects.live().public()
        if not any(b["type"] == "faq" for b in p.body.raw_data)
    )
    feedback = PageFeedback.objects.create(
        page=page, helpful=False, comment="Waar vind ik dit?"
    )
    client.force_login(user_in("Redacteur"))
    response = client.post(
        reverse("feedback_faq", args=[feedback.pk]),
        {"question": "Waar vind ik dit?", "answer": "Hier."},
    )
    assert response.status_code == 302
    draft = ContentPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    body = list(draft.body.raw_data)
    assert body[-2]["type"] == "heading"
    assert body[-2]["value"]["text"] == "Veelgestelde vragen"
    assert body[-1]["type"] == "faq"
    assert faq_items(draft) == [("Waar vind ik dit?", "<p>Hier.</p>")]
    assert not any(
        b["type"] == "faq" for b in ContentPage.objects.get(pk=page.pk).body.raw_data
    )


def test_no_faq_for_pages_without_a_faq_block(admin_client):
    page = PracticePage.objects.live().first()
    feedback = PageFeedback.objects.create(page=page, helpful=False, comment="Meer?")
    response = admin_client.get(reverse("feedback_faq", args=[feedback.pk]))
    assert response.status_code == 404
    detail = admin_client.get(reverse("feedback_page", args=[page.pk]))
    assert reverse("feedback_faq", args=[feedback.pk]) not in detail.content.decode()
