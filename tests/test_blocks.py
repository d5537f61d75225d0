"""Pure logic behind the contents list and reading time, on unsaved values
(no database), plus how the card blocks treat deleted and hidden choices."""

import re

import pytest

from django.test import RequestFactory

from wagtail.blocks import StructBlockValidationError

from explainers import stream_text
from explainers.blocks import BodyStreamBlock, HeadingBlock, heading_anchor
from explainers.models import ExplainerPage
from explainers.stream_text import unique_anchor

BODY = BodyStreamBlock()


def stream(*blocks):
    """An unsaved StreamValue from (type, value) pairs."""
    return BODY.to_python([{"type": kind, "value": value} for kind, value in blocks])


def words(n, word="woord"):
    return " ".join([word] * n)


# heading_anchor -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Wat is een wijkaanpak?", "wat-is-een-wijkaanpak"),
        ("Één plan voor de wijk", "een-plan-voor-de-wijk"),
        ("  Wonen & werk  ", "wonen-werk"),
        ("Stap 1: begin klein", "stap-1-begin-klein"),
        ("???", "kop"),
        ("", "kop"),
    ],
)
def test_heading_anchor(text, anchor):
    assert heading_anchor(text) == anchor


def test_heading_block_renders_the_same_anchor_the_contents_list_uses():
    block = HeadingBlock()
    value = block.to_python({"text": "Wie doen er mee?", "level": "h3"})
    html = block.render(value)
    assert '<h3 id="wie-doen-er-mee">Wie doen er mee?</h3>' in html
    value = block.to_python({"text": "Wie doen er mee?", "level": "h2"})
    assert '<h2 id="wie-doen-er-mee">' in block.render(value)


# headings -------------------------------------------------------------------------


def test_headings_lists_h2_only_by_default_in_order():
    body = stream(
        ("heading", {"text": "Eerste", "level": "h2"}),
        ("paragraph", "<p>Tekst met een <b>kop</b> erin.</p>"),
        ("heading", {"text": "Onderdeel", "level": "h3"}),
        ("callout", {"kind": "tip", "title": "Geen kop", "text": "<p>Tip</p>"}),
        ("heading", {"text": "Tweede kop", "level": "h2"}),
    )
    assert stream_text.headings(body) == [
        ("eerste", "Eerste"),
        ("tweede-kop", "Tweede kop"),
    ]
    assert [text for _a, text in stream_text.headings(body, levels=("h2", "h3"))] == [
        "Eerste",
        "Onderdeel",
        "Tweede kop",
    ]


def test_headings_of_an_empty_stream():
    assert stream_text.headings(stream()) == []


# word_count and reading_minutes -------------------------------------------------


def test_word_count_reads_text_and_ignores_markup_and_choices():
    body = stream(
        ("heading", {"text": "Drie woorden hier", "level": "h2"}),
        ("paragraph", "<p>Een <b>vet</b> woord en <a href='/x/'>een link</a>.</p>"),
        (
            "callout",
            {"kind": "let-op", "title": "Let op", "text": "<p>Twee woorden</p>"},
        ),
        ("quote", {"quote": "Samen gaat het", "source": "Een bewoner"}),
    )
    # 3 + 6 + (2 + 2) + (3 + 2); "h2", "let-op" and tag names do not count.
    assert stream_text.word_count(body) == 18


def test_word_count_reads_lists_of_faq_items_and_steps():
    body = stream(
        (
            "faq",
            {"items": [{"question": "Waarom nu?", "answer": "<p>Omdat het kan.</p>"}]},
        ),
        ("steps", {"steps": [{"title": "Begin", "text": "<p>Klein en samen.</p>"}]}),
    )
    assert stream_text.word_count(body) == 2 + 3 + 1 + 3


def test_word_count_skips_cards_and_images():
    body = stream(
        ("resource_cards", {"title": "Titel van kaarten", "resources": [1, 2]}),
        ("page_cards", {"title": "Meer titel", "pages": [3]}),
        (
            "image",
            {
                "image": {"image": 1, "decorative": False, "alt_text": "Veel tekst"},
                "caption": "Een onderschrift",
            },
        ),
    )
    assert stream_text.word_count(body) == 0


def test_word_count_adds_up_several_streams():
    one = stream(("paragraph", f"<p>{words(10)}</p>"))
    two = stream(("paragraph", f"<p>{words(5)}</p>"))
    assert stream_text.word_count(one, two) == 15


@pytest.mark.parametrize(
    ("count", "minutes"),
    [(0, 1), (1, 1), (200, 1), (201, 2), (400, 2), (401, 3), (1000, 5)],
)
def test_reading_minutes_round_up_at_200_words_a_minute(count, minutes):
    body = stream(("paragraph", f"<p>{words(count)}</p>")) if count else stream()
    assert stream_text.reading_minutes(body) == minutes


def test_unsaved_explainer_reads_both_parts():
    page = ExplainerPage(
        title="Niet opgeslagen",
        body=[
            {"type": "heading", "value": {"text": "Voor bewoners", "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{words(150)}</p>"},
        ],
        professionals=[{"type": "paragraph", "value": f"<p>{words(150)}</p>"}],
    )
    assert page.contents() == [("voor-bewoners", "Voor bewoners")]
    assert page.reading_minutes() == 2  # 302 words


# Card blocks and the pages they point to (these need the database) ---------------


@pytest.mark.django_db
def test_resource_cards_skip_deleted_and_unpublished_resources():
    from explainers.models import ResourcePage

    live = ResourcePage.objects.live().public().first()
    hidden = ResourcePage.objects.get(slug="vng-ontwikkelagenda-lokale-democratie")
    block = BODY.child_blocks["resource_cards"]
    value = block.to_python(
        {"title": "Kaarten", "resources": [hidden.pk, 999_999, live.pk]}
    )
    html = block.render(value)
    assert live.url in html
    assert hidden.url not in html
    assert html.count("<li>") == 1


@pytest.mark.django_db
def test_page_cards_skip_draft_explainers():
    live = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    draft = ExplainerPage.objects.get(slug="veiligheid-in-de-wijk")
    assert not draft.live
    block = BODY.child_blocks["page_cards"]
    html = block.render(block.to_python({"title": "", "pages": [draft.pk, live.pk]}))
    assert live.url in html
    assert draft.url not in html


# unique anchors ----------------------------------------------------------------


def test_unique_anchor_numbers_repeats_and_avoids_template_ids():
    used = set()
    assert unique_anchor("Aan de slag", used) == "aan-de-slag"
    assert unique_anchor("Aan de slag!", used) == "aan-de-slag-2"
    assert unique_anchor("Voor professionals", used) == "voor-professionals-2"
    assert used == {"aan-de-slag", "aan-de-slag-2", "voor-professionals-2"}


def test_contents_anchors_match_rendered_heading_ids_when_texts_repeat():
    page = ExplainerPage(
        title="Dubbel",
        summary="Kort.",
        body=[
            {"type": "heading", "value": {"text": "Vragen", "level": "h2"}},
            {"type": "heading", "value": {"text": "Vragen", "level": "h3"}},
            {"type": "heading", "value": {"text": "Vragen", "level": "h2"}},
        ],
    )
    assert [anchor for anchor, _ in page.contents()] == ["vragen", "vragen-3"]
    request = RequestFactory().get("/")
    html = page.body.render_as_block(context={"request": request})
    assert re.findall(r'id="([^"]+)"', str(html)) == ["vragen", "vragen-2", "vragen-3"]


@pytest.mark.django_db
def test_resource_cards_name_a_resource_once():
    from explainers.models import ResourcePage

    first, second = ResourcePage.objects.order_by("pk")[:2]
    block = BODY.child_blocks["resource_cards"]
    value = block.to_python({"title": "", "resources": [first.pk, second.pk, first.pk]})
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)
    errors = raised.value.block_errors["resources"].block_errors
    assert list(errors) == [2]
    assert errors[2].messages == ["Deze bron staat al in de lijst."]
    block.clean(block.to_python({"title": "", "resources": [first.pk, second.pk]}))
