"""Sitemap sections for the theme and partner pages, which are views rather
than pages in the tree; Wagtail's own section covers every live public page."""

from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from explainers.models import Partner, Theme


class SnippetSitemap(WagtailSitemap):
    """The index view plus one URL per snippet, on the request's site."""

    model = None
    index_url_name = ""

    def items(self):
        return self.model.objects.order_by("sort_order", "pk")

    def get_urls(self, page=1, site=None, protocol=None):
        root_url = self.get_wagtail_site().root_url
        paths = [reverse(self.index_url_name)]
        paths += [obj.get_absolute_url() for obj in self.items()]
        return [{"location": f"{root_url}{path}"} for path in paths]


class ThemeSitemap(SnippetSitemap):
    model = Theme
    index_url_name = "theme_index"


class PartnerSitemap(SnippetSitemap):
    model = Partner
    index_url_name = "partner_index"


SITEMAPS = {"pages": WagtailSitemap, "themes": ThemeSitemap, "partners": PartnerSitemap}
