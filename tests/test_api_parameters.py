"""Bad query parameters get a 400 with Wagtail's error shape
(``{"message": …}``) on every endpoint, never a 500: numbers too large for
the database, negative or not numbers at all, and NUL bytes (PostgreSQL
refuses them in text, SQLite takes them; both must answer 400)."""

import pytest

from django.test import Client

pytestmark = pytest.mark.django_db

API = "/api/v2/"
LISTINGS = ["pages/", "themes/", "partners/", "resource-types/"]
FINDS = ["pages/find/", "themes/find/", "partners/find/", "resource-types/find/"]
NOT_A_NUMBER = ["9223372036854775808", "9" * 40, "-1", "abc", "1.5", "1e3", " 5", ""]


@pytest.fixture
def server():
    """A client that answers like the server (500) instead of re-raising."""
    return Client(raise_request_exception=False)


def assert_bad_request(response):
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"message"}
    assert response.json()["message"]


@pytest.mark.parametrize("endpoint", LISTINGS)
@pytest.mark.parametrize("parameter", ["offset", "limit"])
@pytest.mark.parametrize("value", NOT_A_NUMBER)
def test_offset_and_limit_must_be_reasonable_numbers(
    server, endpoint, parameter, value
):
    assert_bad_request(server.get(API + endpoint, {parameter: value}))


@pytest.mark.parametrize("endpoint", LISTINGS)
def test_an_offset_past_the_end_is_an_empty_list(client, endpoint):
    response = client.get(API + endpoint, {"offset": "1000000"})
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize("endpoint", LISTINGS + FINDS)
@pytest.mark.parametrize("parameter", ["search", "offset", "fields", "id"])
def test_a_nul_byte_is_400_everywhere(server, endpoint, parameter):
    assert_bad_request(server.get(API + endpoint, {parameter: "wijk\x00aanpak"}))


@pytest.mark.parametrize("parameter", ["theme", "partner", "resource_type", "type"])
@pytest.mark.parametrize("value", ["\x00", "samen\x00werken"])
def test_a_nul_byte_in_a_page_filter_is_400(server, parameter, value):
    assert_bad_request(server.get(API + "pages/", {parameter: value}))


@pytest.mark.parametrize("value", ["/\x00/", "/uitleg/\x00", "\x00" * 3])
def test_a_nul_byte_in_html_path_is_400(server, value):
    assert_bad_request(server.get(API + "pages/find/", {"html_path": value}))


def test_a_nul_byte_in_a_parameter_name_is_400(server):
    assert_bad_request(server.get(API + "pages/?wijk%00=1"))


def test_a_nul_byte_in_a_repeated_parameter_is_400(server):
    assert_bad_request(server.get(API + "pages/?search=wijk&search=%00"))


@pytest.mark.parametrize("endpoint", FINDS)
@pytest.mark.parametrize("value", NOT_A_NUMBER)
def test_find_by_id_needs_an_id(server, endpoint, value):
    assert_bad_request(server.get(API + endpoint, {"id": value}))


@pytest.mark.parametrize(
    "parameter", ["child_of", "ancestor_of", "descendant_of", "translation_of"]
)
@pytest.mark.parametrize("value", ["9223372036854775808", "-1", "wijk"])
def test_page_ids_must_be_ids(server, parameter, value):
    assert_bad_request(server.get(API + "pages/", {parameter: value}))


@pytest.mark.parametrize(
    ("parameter", "length"),
    [("theme", 101), ("partner", 101), ("resource_type", 101), ("search", 201)],
)
def test_overlong_filters_are_400(server, parameter, length):
    assert_bad_request(server.get(API + "pages/", {parameter: "a" * length}))


def test_good_parameters_still_work(client):
    response = client.get(API + "pages/", {"offset": "2", "limit": "5"})
    assert response.status_code == 200
    assert len(response.json()["items"]) == 5
    home = client.get(API + "pages/find/", {"html_path": "/"})
    assert home.status_code == 302
    page_id = client.get(API + "pages/").json()["items"][0]["id"]
    found = client.get(API + "pages/find/", {"id": str(page_id)})
    assert found.status_code == 302
    assert client.get(API + "pages/", {"child_of": "root"}).status_code == 200


@pytest.mark.parametrize("value", ["wijk`", 'wijk"', "wijk*", "(wijk", "wijk:*"])
def test_search_syntax_is_read_as_words(client, value):
    """SQLite's full-text search took a backtick as syntax (a 500)."""
    words = client.get(API + "pages/", {"search": "wijk"}).json()["items"]
    response = client.get(API + "pages/", {"search": value})
    assert response.status_code == 200
    assert response.json()["items"] == words


def test_search_operator_must_be_and_or_or(server):
    assert_bad_request(server.get(API + "pages/", {"search_operator": "xor"}))
    response = server.get(API + "pages/", {"search": "wijk", "search_operator": "or"})
    assert response.status_code == 200
