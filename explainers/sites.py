"""One query for the site of a request, its home page and the site root paths.

Wagtail reads these with three queries on a cold cache: the site for the
request (``Site.find_for_request``), the home page's specific row
(``site.root_page.specific`` when routing) and every site for the URLs
(``Site.get_site_root_paths``). Sites are few, so ``SiteMiddleware`` reads
them all once, with their root pages (as ``HomePage`` where they are one) and
locales, keeps them in the cache until content changes, and gives Wagtail the
answers it would have found itself.
"""

from django.conf import settings
from django.http.request import split_domain_port

from wagtail.models import Site
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
    SiteRootPath,
)

from wijkwijzer.page_cache import until_content_changes

# Views that render public pages (and so need the site, its home page and
# the root paths); the admin, API, feedback and health check are left alone.
PUBLIC_VIEW_MODULES = ("wagtail.views", "explainers.", "search.")


def _match(site, hostname, port):
    """The rank ``wagtail.models.sites.get_site_for_hostname`` gives a site."""
    if site.hostname == hostname and site.port == port:
        return MATCH_HOSTNAME_PORT
    if site.hostname == hostname and site.is_default_site:
        return MATCH_HOSTNAME_DEFAULT
    if site.is_default_site:
        return MATCH_DEFAULT
    if site.hostname == hostname:
        return MATCH_HOSTNAME
    return None


def site_for_host(sites, hostname, port):
    """What ``get_site_for_hostname`` returns, from the loaded sites (None
    where it raises ``Site.DoesNotExist``)."""
    ranked = sorted(
        (
            (rank, site)
            for site in sites
            if (rank := _match(site, hostname, port)) is not None
        ),
        key=lambda pair: pair[0],
    )
    matches = [site for _rank, site in ranked]
    if not matches:
        return None
    if len(matches) == 1 or ranked[0][0] in (
        MATCH_HOSTNAME_PORT,
        MATCH_HOSTNAME_DEFAULT,
    ):
        return matches[0]
    if ranked[0][0] == MATCH_DEFAULT:
        return matches[len(matches) == 2]
    return None


def _load_sites():
    """Every site with its root page (as ``HomePage`` where it is one) and
    locale, and the site root paths Wagtail builds URLs from."""
    from explainers.models import HomePage

    sites = list(
        Site.objects.select_related(
            "root_page", "root_page__locale", "root_page__homepage"
        ).order_by("-root_page__url_path", "-is_default_site", "hostname")
    )
    for site in sites:
        root = site.root_page
        if root.specific_class is HomePage:
            home = root.homepage
            home.locale = root.locale
            site.root_page = home
    paths = [
        SiteRootPath(
            site.id,
            site.root_page.url_path,
            site.root_url,
            site.root_page.locale.language_code,
        )
        for site in sites
    ]
    return sites, paths


def load_sites(request):
    """Sets ``request._wagtail_site`` and the site root paths on the request.

    Sites change rarely, so they stay in the cache until content changes (a
    site, page or locale saved raises the page cache's generation), as the
    footer partners do: no query at all on most requests.
    """
    sites, paths = until_content_changes("sites", _load_sites)
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = site_for_host(sites, hostname, request.get_port())
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) and not hasattr(
        request, "_wagtail_cached_site_root_paths"
    ):
        request._wagtail_cached_site_root_paths = paths


class SiteMiddleware:
    """Loads the sites in one query before a public page view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        module = getattr(view_func, "__module__", None) or ""
        if request.method in ("GET", "HEAD") and module.startswith(PUBLIC_VIEW_MODULES):
            load_sites(request)
        return None
