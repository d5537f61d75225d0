"""Pages answer GET and HEAD; any other method gets 405 with an Allow header,
even without the CSRF check (the test client skips it)."""

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["/", "/uitleg/wat-is-een-wijkaanpak/", "/stappenplan/afdrukken/"]


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_other_methods_are_not_allowed(client, url, method):
    response = getattr(client, method)(url)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.parametrize("url", PAGES)
def test_get_and_head_still_work(client, url):
    assert client.get(url).status_code == 200
    assert client.head(url).status_code == 200
