"""The glossary on the site: /begrippen/ A–Z with anchors, and terms marked on
explainer, article, step and practice pages (first occurrence per page, never
in headings or links, variants, escaping), with editors' changes applied at
once. The marking logic itself is tested in test_glossary.py."""

import re
import unicodedata

import pytest

from django.urls import reverse
from django.utils.html import escape

from explainers.models import (
    ArticlePage,
    GlossaryTerm,
    GuidePage,
    PracticeIndexPage,
)

from .factories import (
    ArticlePageFactory,
    ExplainerPageFactory,
    GlossaryTermFactory,
    PracticePageFactory,
    StepPageFactory,
    paragraph,
)
from .helpers import editor_html, links, section, texts

pytestmark = pytest.mark.django_db

GLOSSARY = "/begrippen/"
DEFINITION = 'Een verzonnen bloem die <knippert> & "glimt".'


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def marks(html):
    """[(slug, marked text, tooltip id)] of every marked term, in page order."""
    return re.findall(
        r'<a class="term__link" href="/begrippen/#begrip-([\w-]+)" '
        r'aria-describedby="([\w-]+)">(.*?)</a>',
        html,
    )


def marked(html, slug):
    return [(text, tip) for found, tip, text in marks(html) if found == slug]


def tooltip(html, tip_id):
    match = re.search(
        rf'<span class="term__tip" role="tooltip" id="{tip_id}">(.*?)</span>', html
    )
    return match.group(1) if match else None


@pytest.fixture
def term(db):
    return GlossaryTermFactory(
        term="knipperbloem",
        variants="knipperbloemen\nKBL-bloem",
        definition=DEFINITION,
    )


# /begrippen/ -----------------------------------------------------------------


def plain(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def test_glossary_lists_every_term_a_to_z_with_anchors(client):
    html = get(client, GLOSSARY)
    terms = {t.slug: t for t in GlossaryTerm.objects.all()}
    assert len(terms) >= 30
    listed = re.findall(
        r'<dt id="begrip-([\w-]+)"><dfn>(.*?)</dfn></dt>\s*<dd>(.*?)</dd>', html
    )
    assert sorted(slug for slug, *_ in listed) == sorted(terms)
    names = [name for _, name, _ in listed]
    assert names == sorted(names, key=plain)
    for slug, name, entry in listed:
        term = terms[slug]
        assert name == escape(term.term)
        assert entry.startswith(escape(term.definition))
        assert links(entry) == ([escape(term.link)] if term.link else [])


def test_letters_link_to_sections_holding_their_terms(client):
    html = get(client, GLOSSARY)
    nav = re.search(r'<nav class="letters".*?</nav>', html, re.DOTALL).group(0)
    letters = re.findall(r'href="#letter-(.)"', nav)
    assert letters == sorted(set(letters))
    assert {plain(t.term)[0].upper() for t in GlossaryTerm.objects.all()} == set(
        letters
    )
    for letter in letters:
        part = section(html, f"letter-{letter}")
        assert f'<h2 id="letter-{letter}">{letter}</h2>' in part
        for name in texts(part, "dfn"):
            assert plain(name)[0].upper() == letter


def test_mixed_case_and_accents_sort_as_readers_expect(client):
    for name in ("Zuidas-aanpak", "écoleplein", "Aanjager", "alfa-wijk"):
        GlossaryTermFactory(term=name)
    names = texts(get(client, GLOSSARY), "dfn")
    assert names == sorted(names, key=plain)
    assert names.index("écoleplein") < names.index("Zuidas-aanpak")
    assert names.index("Aanjager") < names.index("alfa-wijk")
    assert "letter-É" not in get(client, GLOSSARY)


# Marking on pages ------------------------------------------------------------


def test_explainer_marks_the_first_occurrence_only_outside_headings_and_links(
    client, explainer_index, term
):
    page = ExplainerPageFactory(
        parent=explainer_index,
        body=[
            {
                "type": "heading",
                "value": {"text": "Over de knipperbloem", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": '<p>Zie <a href="https://example.org/">knipperbloem</a>.</p>',
            },
            {"type": "paragraph", "value": "<p>De KNIPPERBLOEMEN bloeien.</p>"},
            {"type": "paragraph", "value": "<p>Een knipperbloem knippert.</p>"},
        ],
        professionals=paragraph("Voor wie werkt: de knipperbloem."),
    )
    html = get(client, page.url)
    assert marked(html, term.slug) == [("KNIPPERBLOEMEN", f"begrip-uitleg-{term.slug}")]
    assert '<h2 id="over-de-knipperbloem">Over de knipperbloem</h2>' in html
    assert '<a href="https://example.org/">knipperbloem</a>' in html
    assert "Een knipperbloem knippert." in html
    assert "de knipperbloem." in section(html, "voor-professionals")


def test_definition_is_attached_for_screen_readers_and_escaped(
    client, explainer_index, term
):
    page = ExplainerPageFactory(
        parent=explainer_index, body=paragraph("Kijk naar de KBL-bloem.")
    )
    html = get(client, page.url)
    [(text, tip_id)] = marked(html, term.slug)
    assert text == "KBL-bloem"
    assert tooltip(html, tip_id) == escape(DEFINITION)
    assert html.count(f'id="{tip_id}"') == 1
    assert "<knippert>" not in html


def test_a_term_only_in_voor_professionals_is_marked_there(
    client, explainer_index, term
):
    page = ExplainerPageFactory(
        parent=explainer_index,
        body=paragraph("Geen begrip hier."),
        professionals=paragraph("Hier staat de knipperbloem."),
    )
    html = get(client, page.url)
    assert marked(section(html, "voor-professionals"), term.slug)
    assert len(marked(html, term.slug)) == 1


def test_article_marks_the_first_occurrence(client, article_index, term):
    page = ArticlePageFactory(
        parent=article_index,
        body=paragraph("Een knipperbloem, nog een knipperbloem, en knipperbloemen."),
    )
    html = get(client, page.url)
    assert [text for text, _ in marked(html, term.slug)] == ["knipperbloem"]


def test_step_marks_once_across_its_sections_and_never_in_headings(client, term):
    heading_term = GlossaryTermFactory(term="professionals")
    step = StepPageFactory(
        parent=GuidePage.objects.get(),
        about="<p>Eerst de knipperbloem.</p>",
        residents="<p>Bewoners zien de knipperbloem.</p>",
        professionals="<p>Wat professionals doen met de knipperbloem.</p>",
    )
    html = get(client, step.url)
    assert len(marked(html, term.slug)) == 1
    assert marked(section(html, "about-heading"), term.slug)
    professionals = section(html, "professionals-heading")
    assert texts(professionals, "h2") == ["Wat doen professionals?"]
    assert [text for text, _ in marked(html, heading_term.slug)] == ["professionals"]
    assert marked(professionals, heading_term.slug)


def test_practice_page_marks_once_across_story_and_lessons(client, term):
    example = PracticePageFactory(
        parent=PracticeIndexPage.objects.get(),
        body="<p>Het verhaal van de knipperbloem.</p>",
        what_worked="<p>De knipperbloem werkte.</p>",
    )
    html = get(client, example.url)
    assert len(marked(html, term.slug)) == 1
    assert marked(section(html, "story-heading"), term.slug)


def test_demo_pages_mark_each_term_at_most_once(client):
    urls = [
        "/uitleg/wat-is-een-wijkaanpak/",
        ArticlePage.objects.live().first().url,
        "/stappenplan/initieren/",
        "/praktijk/wijkcafe-voorbeeldwijk/",
    ]
    for url in urls:
        found = [slug for slug, _, _ in marks(get(client, url))]
        assert found, url
        assert len(found) == len(set(found)), url


# Editors' changes ------------------------------------------------------------


def post_term(admin_client, view, term, definition, *args):
    url = reverse(f"wagtailsnippets_explainers_glossaryterm:{view}", args=args)
    data = {"term": term, "variants": "", "definition": definition, "link": ""}
    return admin_client.post(url, data).status_code


def test_a_term_added_edited_and_deleted_in_the_admin_applies_at_once(
    client, admin_client, explainer_index
):
    page = ExplainerPageFactory(
        parent=explainer_index, body=paragraph("Een zorgvlinder in de wijk.")
    )
    assert marks(get(client, page.url)) == []  # the term list is now cached

    assert post_term(admin_client, "add", "zorgvlinder", "Iemand die zorgt.") == 302
    created = GlossaryTerm.objects.get(term="zorgvlinder")
    [(text, tip)] = marked(get(client, page.url), created.slug)
    assert text == "zorgvlinder"

    status = post_term(admin_client, "edit", "zorgvlinder", "Nieuw.", created.pk)
    assert status == 302
    assert tooltip(get(client, page.url), tip) == "Nieuw."

    url = reverse("wagtailsnippets_explainers_glossaryterm:delete", args=[created.pk])
    assert admin_client.post(url).status_code == 302
    assert marks(get(client, page.url)) == []


@pytest.mark.parametrize("name", ["Wijkaanpak", "NPLV!", "&"])
def test_a_term_without_its_own_anchor_is_refused_politely(admin_client, name):
    """Two terms must not share the /begrippen/#begrip-… anchor."""
    before = GlossaryTerm.objects.count()
    assert post_term(admin_client, "add", name, "Dubbel.") == 200  # form + error
    assert GlossaryTerm.objects.count() == before


def test_odd_terms_are_matched_as_editors_type_them_and_stay_escaped(
    client, explainer_index
):
    apostrophe = GlossaryTermFactory(term="zzp'er", definition="Een zelfstandige.")
    ampersand = GlossaryTermFactory(
        term="Zorg & Welzijn", definition="<script>x</script>"
    )
    brackets = GlossaryTermFactory(term='De "Buurt" <Wijk>', definition='Een "wijk".')
    body = editor_html(
        "<p>Een zzp&#x27;er van Zorg &amp; Welzijn in De &quot;Buurt&quot; "
        "&lt;Wijk&gt;.</p>"
    )
    page = ExplainerPageFactory(
        parent=explainer_index, body=[{"type": "paragraph", "value": body}]
    )
    html = get(client, page.url)
    assert [t for t, _ in marked(html, apostrophe.slug)] == ["zzp'er"]
    assert [t for t, _ in marked(html, ampersand.slug)] == ["Zorg &amp; Welzijn"]
    assert [t for t, _ in marked(html, brackets.slug)] == ['De "Buurt" &lt;Wijk&gt;']
    assert "<script>x" not in html and "<Wijk>" not in html
    assert escape("<script>x</script>") in html

    glossary = get(client, GLOSSARY)
    for odd in (apostrophe, ampersand, brackets):
        assert (
            f'<dt id="begrip-{odd.slug}"><dfn>{escape(odd.term)}</dfn></dt>' in glossary
        )
    assert "<Wijk>" not in glossary and "<script>x" not in glossary
