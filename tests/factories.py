"""Factories for the content model. Every value is lazy (Sequence, Faker,
LazyAttribute), so two objects never share a slug or an external URL.

Page factories need a ``parent`` (wagtail-factories adds the page to the tree
under it). Pages are clusters, so ``themes=[...]``, ``audiences=[...]`` and
inline rows such as ``resource_links=[ExplainerResourceLink(...)]`` can be
passed straight in; they are saved with the page in one go.
"""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils.text import slugify

from explainers.models import (
    ArticlePage,
    ArticleResourceLink,
    Audience,
    ContentPage,
    ExplainerPage,
    ExplainerRelatedPage,
    ExplainerResourceLink,
    GlossaryTerm,
    Partner,
    PracticePage,
    PracticeResourceLink,
    ResourcePage,
    ResourceType,
    RoutePage,
    StepExampleLink,
    StepExplainerLink,
    StepPage,
    StepResourceLink,
    Theme,
)


def paragraph(text="Een korte alinea."):
    """Raw StreamField data for a body with one paragraph."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


class _TaxonomyFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testonderwerp {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    description = factory.Faker("sentence", locale="nl_NL")


class ThemeFactory(_TaxonomyFactory):
    class Meta:
        model = Theme


class AudienceFactory(_TaxonomyFactory):
    class Meta:
        model = Audience


class ResourceTypeFactory(_TaxonomyFactory):
    class Meta:
        model = ResourceType


class PartnerFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testpartner {n}")
    short_name = factory.Sequence(lambda n: f"TP{n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    website = factory.LazyAttribute(lambda obj: f"https://{obj.slug}.example/")
    description = factory.Faker("sentence", locale="nl_NL")

    class Meta:
        model = Partner


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Testbron {n}")
    external_url = factory.LazyAttribute(
        lambda obj: f"https://voorbeeld.example/{obj.slug}"
    )
    partner = factory.SubFactory(PartnerFactory)
    resource_type = factory.SubFactory(ResourceTypeFactory)
    summary = factory.Faker("sentence", locale="nl_NL")
    year = 2024

    class Meta:
        model = ResourcePage


class ExplainerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Testuitleg {n}")
    summary = factory.Faker("sentence", locale="nl_NL")
    body = factory.LazyFunction(paragraph)
    last_reviewed = datetime.date(2026, 1, 15)

    class Meta:
        model = ExplainerPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Testartikel {n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(n))
    author = factory.Faker("name", locale="nl_NL")
    intro = factory.Faker("sentence", locale="nl_NL")
    body = factory.LazyFunction(paragraph)

    class Meta:
        model = ArticlePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Testinhoud {n}")
    summary = factory.Faker("sentence", locale="nl_NL")
    body = factory.LazyFunction(paragraph)

    class Meta:
        model = ContentPage


class RoutePageFactory(wagtail_factories.PageFactory):
    """A start page for one audience; pass ``parent=HomePage.objects.get()``."""

    title = factory.Sequence(lambda n: f"Teststartpagina {n}")
    summary = factory.Faker("sentence", locale="nl_NL")
    body = factory.LazyFunction(paragraph)
    audience = factory.SubFactory(AudienceFactory)

    class Meta:
        model = RoutePage


class ExplainerResourceLinkFactory(DjangoModelFactory):
    note = factory.Faker("sentence", locale="nl_NL")

    class Meta:
        model = ExplainerResourceLink


class ArticleResourceLinkFactory(DjangoModelFactory):
    note = factory.Faker("sentence", locale="nl_NL")

    class Meta:
        model = ArticleResourceLink


class ExplainerRelatedPageFactory(DjangoModelFactory):
    class Meta:
        model = ExplainerRelatedPage


class StepPageFactory(wagtail_factories.PageFactory):
    """A step of the guide; pass ``parent=GuidePage.objects.get()``."""

    title = factory.Sequence(lambda n: f"Teststap {n}")
    phase = "uitvoeren"
    summary = factory.Faker("sentence", locale="nl_NL")
    about = "<p>Waar deze stap over gaat.</p>"
    residents = "<p>Wat bewoners kunnen doen.</p>"
    professionals = "<p>Wat professionals doen.</p>"
    letting_go = "<p>Wat loslaten hier betekent.</p>"

    class Meta:
        model = StepPage


class PracticePageFactory(wagtail_factories.PageFactory):
    """A practice example; pass ``parent=PracticeIndexPage.objects.get()``."""

    title = factory.Sequence(lambda n: f"Testvoorbeeld {n}")
    summary = factory.Faker("sentence", locale="nl_NL")
    gemeente = "Testgemeente"
    wijk = factory.Sequence(lambda n: f"Testwijk {n}")
    period = "2023–2024"
    participants = "Bewoners en de gemeente."
    residents_role = "<p>Bewoners bedachten het plan.</p>"
    what_worked = "<p>Samen beginnen.</p>"
    what_did_not = "<p>Te weinig tijd.</p>"
    evidence = "praktijkervaring"
    source = "Verzonnen testbron."
    body = "<p>Het verhaal van dit voorbeeld.</p>"

    class Meta:
        model = PracticePage


class GlossaryTermFactory(DjangoModelFactory):
    term = factory.Sequence(lambda n: f"testbegrip{n}")
    definition = factory.Faker("sentence", locale="nl_NL")

    class Meta:
        model = GlossaryTerm


class StepExplainerLinkFactory(DjangoModelFactory):
    class Meta:
        model = StepExplainerLink


class StepExampleLinkFactory(DjangoModelFactory):
    class Meta:
        model = StepExampleLink


class StepResourceLinkFactory(DjangoModelFactory):
    note = factory.Faker("sentence", locale="nl_NL")

    class Meta:
        model = StepResourceLink


class PracticeResourceLinkFactory(DjangoModelFactory):
    note = factory.Faker("sentence", locale="nl_NL")

    class Meta:
        model = PracticeResourceLink
