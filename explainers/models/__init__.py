from .article_pages import ArticleIndexPage, ArticlePage, ArticleResourceLink
from .explainer_pages import (
    ExplainerIndexPage,
    ExplainerPage,
    ExplainerRelatedPage,
    ExplainerResourceLink,
)
from .pages import ContentPage, HomeFeaturedExplainer, HomePage
from .partners import Partner
from .resources import ResourceIndexPage, ResourceLink, ResourcePage
from .taxonomy import Audience, ResourceType, Theme

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleResourceLink",
    "Audience",
    "ContentPage",
    "ExplainerIndexPage",
    "ExplainerPage",
    "ExplainerRelatedPage",
    "ExplainerResourceLink",
    "HomeFeaturedExplainer",
    "HomePage",
    "Partner",
    "ResourceIndexPage",
    "ResourceLink",
    "ResourcePage",
    "ResourceType",
    "Theme",
]
