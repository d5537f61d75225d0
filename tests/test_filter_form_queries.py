"""The slug filters read their choices once per form: validating the given
slugs and drawing the checkboxes share one query per filter."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.datastructures import MultiValueDict

from explainers.forms import ResourceFilterForm
from explainers.models import Theme

from .factories import AudienceFactory, ThemeFactory

pytestmark = pytest.mark.django_db

SLUG_FIELDS = ("thema", "soort", "partner", "doelgroep")


def bound(**data):
    return ResourceFilterForm(MultiValueDict(data))


def test_validating_and_rendering_cost_one_query_per_filter():
    theme, audience = ThemeFactory(), AudienceFactory()
    form = bound(thema=[theme.slug], doelgroep=[audience.slug])
    with CaptureQueriesContext(connection) as queries:
        assert form.is_valid(), form.errors
        html = form.as_p()
    assert len(queries) == len(SLUG_FIELDS)
    assert f'value="{theme.slug}" id="id_thema_' in html
    assert html.count("checked") == 2


def test_the_cleaned_value_lists_the_chosen_objects_in_choice_order():
    first, second, _ = ThemeFactory.create_batch(3)
    form = bound(thema=[second.slug, first.slug, second.slug])
    assert form.is_valid(), form.errors
    ordered = [t for t in Theme.objects.all() if t in (first, second)]
    assert form.cleaned_data["thema"] == ordered
    assert form.filters() == {"thema": ordered}


@pytest.mark.parametrize("slug", ["bestaat-niet", "WONEN", "wonen ", "a\x00b"])
def test_an_unknown_slug_makes_the_form_invalid(slug):
    form = bound(thema=["wonen", slug])
    assert not form.is_valid()
    assert list(form.errors) == ["thema"]
    assert bound(thema=["wonen"]).is_valid()


def test_too_many_values_and_a_bad_page_are_still_errors():
    form = bound(thema=[f"t{i}" for i in range(21)], pagina=["0"])
    assert not form.is_valid()
    assert set(form.errors) == {"thema", "pagina"}


def test_unknown_slugs_give_an_empty_listing_not_an_error(client, resource_index):
    response = client.get(resource_index.url + "?thema=bestaat-niet&soort=%00")
    assert response.status_code == 200
    assert response.context["result_count"] == 0
    assert "Dit filter kennen we niet" in response.content.decode()
