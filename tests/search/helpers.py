"""Reading the search page as a visitor sees it: the result cards, the count,
the facets with their links, and the text in the search box."""

import re
from html import unescape

from ..helpers import section

BROWSER = {
    "HTTP_USER_AGENT": (
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
    ),
    "HTTP_ACCEPT": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "HTTP_SEC_FETCH_MODE": "navigate",
}


def reader_search(client, q, reader=1, **params):
    """A search as a reader's browser sends it, from reader number ``reader``
    (an address of its own: a client counts a term once a day)."""
    headers = {**BROWSER, "REMOTE_ADDR": f"198.51.100.{reader}"}
    return client.get("/zoeken/", {"q": q, **params}, **headers)


def search(client, path="/zoeken/", **params):
    """GET the search (or another listing) page; returns (response, html)."""
    response = client.get(path, params)
    assert response.status_code == 200, response.status_code
    return response, response.content.decode()


def result_cards(html, listing=r'<ol class="card-list search-results">(.*?)</ol>'):
    """The cards of the ranked result list, in order, as dicts. "label" is
    the type ("Partnerbron"), "source" what follows it (" · LSA · 2022")."""
    match = re.search(listing, html, re.S)
    if not match:
        return []
    cards = []
    for card in re.findall(r"<article class=\"card\">(.*?)</article>", match[1], re.S):
        label = re.search(
            r'<p class="card__label">(.*?)(?:<span class="card__source">(.*?)</span>)?'
            r"</p>",
            card,
            re.S,
        )
        link = re.search(r'<a href="([^"]*)">(.*?)</a>', card, re.S)
        summary = re.search(r'<p class="card__summary">(.*?)</p>', card, re.S)
        cards.append(
            {
                "label": label[1].strip() if label else "",
                "source": unescape(label[2] or "").strip() if label else "",
                "url": unescape(link[1]),
                "title": unescape(link[2].strip()),
                "summary": summary[1].strip() if summary else "",
            }
        )
    return cards


def exact_cards(html):
    """The cards above the ranked list: themes, partners and glossary terms
    named exactly what was searched (or one of its synonyms)."""
    return result_cards(html, r'<ul class="card-list search-exact"[^>]*>(.*?)</ul>')


def result_urls(html):
    return [card["url"] for card in result_cards(html)]


def first_result(html):
    urls = result_urls(html)
    return urls[0] if urls else None


def total(html):
    """The number in the results heading ("12 resultaten voor …")."""
    heading = re.search(r'<h2 id="results-heading">\s*(\d+) resulta', html)
    assert heading, "no results heading"
    return int(heading[1])


def facets(html):
    """{"Soort": [(label, count, href, selected)], "Thema": …, "Doelgroep": …}"""
    nav = section(html, "facets-heading")
    groups = {}
    for group in re.findall(r'<div class="facets__group">(.*?)</div>', nav, re.S):
        name = re.search(r'<h3 class="facets__label">(.*?)</h3>', group)[1]
        groups[name] = [
            (label.strip(), int(count), unescape(href), bool(current))
            for href, current, label, count in re.findall(
                r'<a href="([^"]*)"( aria-current="true")?>(.*?) '
                r'<span class="facets__count">\((\d+)\)</span>',
                group,
                re.S,
            )
        ]
    return groups


def shown_query(html):
    """What the search box on the search page shows (unescaped)."""
    match = re.search(r'<input id="zoek-pagina"[^>]* value="([^"]*)"', html)
    assert match, "no search box"
    return unescape(match[1])


def matched_ids(response):
    """Primary keys of every page result (all result pages, not just this one)."""
    results = response.context["outcome"].results
    if results is None:
        return set()
    return {page.pk for page in results.paginator.object_list}
