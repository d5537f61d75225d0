from .article_pages import ArticleIndexPage, ArticlePage, ArticleResourceLink
from .explainer_pages import (
    ExplainerIndexPage,
    ExplainerPage,
    ExplainerRelatedPage,
    ExplainerResourceLink,
)
from .glossary import GlossaryTerm
from .guide import (
    GuidePage,
    StepExampleLink,
    StepExplainerLink,
    StepPage,
    StepResourceLink,
)
from .pages import ContentPage, HomeFeaturedExplainer, HomePage
from .partners import Partner
from .practice import PracticeIndexPage, PracticePage, PracticeResourceLink
from .resources import ResourceIndexPage, ResourceLink, ResourcePage
from .routes import RoutePage
from .site_settings import SiteSettings
from .taxonomy import Audience, ResourceType, Theme

# The content pages: they carry review dates ("Laatst gecontroleerd") and end
# with the feedback form. Index pages and the home page are not among them.
CONTENT_PAGE_TYPES = (
    ExplainerPage,
    ArticlePage,
    ResourcePage,
    ContentPage,
    PracticePage,
    GuidePage,
    StepPage,
    RoutePage,
)

__all__ = [
    "CONTENT_PAGE_TYPES",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleResourceLink",
    "Audience",
    "ContentPage",
    "ExplainerIndexPage",
    "ExplainerPage",
    "ExplainerRelatedPage",
    "ExplainerResourceLink",
    "GlossaryTerm",
    "GuidePage",
    "HomeFeaturedExplainer",
    "HomePage",
    "Partner",
    "PracticeIndexPage",
    "PracticePage",
    "PracticeResourceLink",
    "ResourceIndexPage",
    "SiteSettings",
    "ResourceLink",
    "ResourcePage",
    "ResourceType",
    "RoutePage",
    "StepExampleLink",
    "StepExplainerLink",
    "StepPage",
    "StepResourceLink",
    "Theme",
]
