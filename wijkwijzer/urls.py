from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from explainers import feeds
from explainers import views as explainer_views
from explainers.api import api_router
from explainers.sitemaps import SITEMAPS
from limits import views as limit_views
from search import suggest_views
from search import views as search_views
from wijkwijzer.health import healthz

ADMIN = f"{settings.ADMIN_PATH}/"

handler500 = "wijkwijzer.errors.server_error"

urlpatterns = [
    # Wagtail's password forms, limited (limits/views.py); before Wagtail's own.
    path(f"{ADMIN}login/", limit_views.login, name="wagtailadmin_login"),
    path(
        f"{ADMIN}password_reset/",
        limit_views.password_reset,
        name="wagtailadmin_password_reset",
    ),
    path(ADMIN, include(wagtailadmin_urls)),
    path("healthz", healthz, name="healthz"),
    path("api/v2/", api_router.urls),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", search_views.search, name="search"),
    path(
        "zoeken/suggesties/",
        suggest_views.suggestions,
        name="search_suggestions",
    ),
    path("themas/", explainer_views.theme_index, name="theme_index"),
    path("themas/<slug:slug>/", explainer_views.theme_detail, name="theme_detail"),
    path("themas/<slug:slug>/feed/", feeds.theme_feed_rss, name="theme_feed_rss"),
    path("themas/<slug:slug>/feed.json", feeds.theme_feed_json, name="theme_feed_json"),
    path("feed/", feeds.site_feed_rss, name="feed_rss"),
    path("feed.json", feeds.site_feed_json, name="feed_json"),
    path("begrippen/", explainer_views.glossary, name="glossary"),
    path("partners/", explainer_views.partner_index, name="partner_index"),
    path(
        "partners/<slug:slug>/",
        explainer_views.partner_detail,
        name="partner_detail",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(
            template_name="robots.txt",
            content_type="text/plain; charset=utf-8",
            extra_context={"admin_path": settings.ADMIN_PATH},
        ),
        name="robots",
    ),
    path("feedback/", include("feedback.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_views.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
]
