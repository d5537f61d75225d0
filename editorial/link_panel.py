"""The "Linkcontrole" panel on a partner resource's edit form: the last
check of its link and a link to check it now (editorial/link_check_now.py).

Imports nothing from the content apps, so explainers.models can use it.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel


class LinkCheckPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Linkcontrole"))
        kwargs.setdefault("icon", "link")
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/link_check_panel.html"

        def is_shown(self):
            # A new resource has no link check and no page to check yet.
            return self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            try:
                context["check"] = self.instance.link_check
            except ObjectDoesNotExist:
                context["check"] = None
            context["confirm_url"] = reverse(
                "link_check_confirm", args=[self.instance.pk]
            )
            return context
