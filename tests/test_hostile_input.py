"""Fuzzing the API parameters and the feedback form: whatever is sent
(NUL, huge numbers, unicode, markup, SQL and tsquery syntax) gets an answer
meant for it (2xx, 3xx or 4xx), never a 500. The client answers as the server
would instead of re-raising, so a crash shows as its status code."""

import pytest

from django.test import Client
from django.urls import reverse

from explainers.models import ExplainerPage
from feedback.models import PageFeedback

from .helpers import HOSTILE_TEXTS

pytestmark = pytest.mark.django_db

NUMBERS = ["0", "-1", "9223372036854775807", "9223372036854775808", "9" * 400]
VALUES = HOSTILE_TEXTS + NUMBERS + ["<script>alert(1)</script>", "root", "id,-id"]
PAGE_PARAMETERS = [
    "offset",
    "limit",
    "search",
    "search_operator",
    "theme",
    "partner",
    "resource_type",
    "type",
    "fields",
    "order",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "translation_of",
    "locale",
    "site",
    "slug",
    "title",
    "onbekend",
]
SNIPPET_PARAMETERS = ["offset", "limit", "search", "fields", "order", "id", "slug"]
SNIPPETS = ["themes/", "partners/", "resource-types/"]


@pytest.fixture
def server():
    return Client(raise_request_exception=False)


def assert_answered(response):
    assert response.status_code < 500, response.content[:300]
    if response.status_code != 302:
        assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("parameter", PAGE_PARAMETERS)
def test_page_parameters(server, parameter):
    for value in VALUES:
        assert_answered(server.get("/api/v2/pages/", {parameter: value}))


@pytest.mark.parametrize("endpoint", SNIPPETS)
@pytest.mark.parametrize("parameter", SNIPPET_PARAMETERS)
def test_reference_data_parameters(server, endpoint, parameter):
    for value in VALUES:
        assert_answered(server.get(f"/api/v2/{endpoint}", {parameter: value}))


@pytest.mark.parametrize("endpoint", ["pages/find/", *(s + "find/" for s in SNIPPETS)])
@pytest.mark.parametrize("parameter", ["id", "html_path"])
def test_find(server, endpoint, parameter):
    for value in [*VALUES, "/uitleg/", "//", "/../../etc/passwd"]:
        assert_answered(server.get(f"/api/v2/{endpoint}", {parameter: value}))


@pytest.mark.parametrize("number", NUMBERS[2:])
def test_detail_ids(server, number):
    for endpoint in ["pages/", *SNIPPETS]:
        response = server.get(f"/api/v2/{endpoint}{number}/")
        assert response.status_code == 404


@pytest.fixture
def explainer():
    return ExplainerPage.objects.live().public().first()


@pytest.mark.parametrize("field", ["nuttig", "opmerking", "website"])
def test_feedback_fields(server, explainer, field, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_CLIENT = 10_000
    settings.FEEDBACK_RATE_LIMIT_PER_PAGE = 10_000
    url = reverse("feedback:submit", args=[explainer.pk])
    for value in VALUES:
        data = {"nuttig": "ja", field: value}
        response = server.post(url, data, HTTP_ORIGIN="http://testserver")
        assert response.status_code in (303, 400), (value[:40], response.status_code)
    stored = PageFeedback.objects.values_list("comment", flat=True)
    assert not any("\x00" in comment for comment in stored)


@pytest.mark.parametrize("number", NUMBERS)
def test_feedback_page_ids(server, number):
    url = f"/feedback/{number}/"
    response = server.post(url, {"nuttig": "ja"}, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 404


@pytest.mark.parametrize("origin", ["", "null", "http://testserver\x00", "é" * 5000])
def test_feedback_origin_headers(server, explainer, origin):
    url = reverse("feedback:submit", args=[explainer.pk])
    response = server.post(url, {"nuttig": "ja"}, HTTP_ORIGIN=origin)
    assert response.status_code in (303, 403)
