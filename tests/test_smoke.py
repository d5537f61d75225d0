"""The whole demo site answers: every named URL and every live page is 200."""

import pytest

NAMED_URLS = [
    "/",
    "/uitleg/",
    "/uitleg/wat-is-een-wijkaanpak/",
    "/artikelen/",
    "/bronnen/",
    "/themas/",
    "/themas/wonen/",
    "/partners/",
    "/partners/lsa/",
    "/zoeken/",
    "/zoeken/?q=wijkaanpak",
    "/sitemap.xml",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", NAMED_URLS)
def test_named_url_answers_200(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_every_live_page_answers_200(client, live_pages):
    assert len(live_pages) > 60
    for page in live_pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
