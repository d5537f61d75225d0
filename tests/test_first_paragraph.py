"""What a reader meets first, as rendered: every public page of the demo
(listings, themes and partners included) opens with an intro, lead or
"Kort gezegd" paragraph right under its H1, and that paragraph scores at
least 60 on the project's Flesch-Douma measure.

tests/test_openings.py checks the stored fields; this checks the HTML, so a
template fallback (an index page without an intro of its own) counts too."""

from html.parser import HTMLParser

import pytest

from django.urls import reverse

from editorial.readability import B1_THRESHOLD, analyse
from explainers.models import Partner, Theme

pytestmark = pytest.mark.django_db

OPENING_CLASSES = {"intro", "lead", "hero__intro", "summary"}
HARD = (
    "Teneinde de participatie van bewoners te faciliteren, implementeren wij "
    "middels een integrale gebiedsgerichte benadering structurele voorzieningen."
)


class _Opening(HTMLParser):
    """Collects the text of the first element inside <main> whose class is
    one of OPENING_CLASSES (without a "Kort gezegd" heading inside it)."""

    def __init__(self):
        super().__init__()
        self.in_main = False
        self.depth = 0  # nesting inside the opening element, 0 = not in it
        self.in_heading = False
        self.parts = []
        self.done = False

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag == "main":
            self.in_main = True
        classes = set((dict(attrs).get("class") or "").split())
        if self.depth:
            self.depth += 1
            self.in_heading = self.in_heading or tag in {"h2", "h3"}
        elif self.in_main and classes & OPENING_CLASSES:
            self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth or self.done:
            return
        if tag in {"h2", "h3"}:
            self.in_heading = False
        self.depth -= 1
        if not self.depth:
            self.done = True

    def handle_data(self, data):
        if self.depth and not self.in_heading:
            self.parts.append(data)


def opening_of(html):
    parser = _Opening()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def public_urls(live_pages):
    urls = [page.url for page in live_pages]
    urls += [reverse("theme_index"), reverse("partner_index"), reverse("glossary")]
    urls += [theme.get_absolute_url() for theme in Theme.objects.all()]
    urls += [partner.get_absolute_url() for partner in Partner.objects.all()]
    return urls


def test_the_parser_finds_the_opening_and_skips_the_heading():
    html = (
        '<header><p class="intro">Niet dit.</p></header><main><h1>T</h1>'
        '<p class="meta">Leestijd</p><div class="summary"><h2>Kort gezegd</h2>'
        "<p>Dit is <b>het</b> begin.</p></div><p class='lead'>Later.</p></main>"
    )
    assert opening_of(html) == "Dit is het begin."
    assert analyse(HARD).score < B1_THRESHOLD  # the measure can fail a text


def test_every_public_page_opens_in_plain_dutch(client, live_pages):
    missing, low = [], []
    urls = public_urls(live_pages)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = opening_of(response.content.decode())
        if not text:
            missing.append(url)
            continue
        score = analyse(text).score
        if score < B1_THRESHOLD:
            low.append(f"{score:.0f} {url}: {text}")
    assert len(urls) >= 150
    assert not missing, f"no opening paragraph: {missing}"
    assert not low, "\n".join(low)
