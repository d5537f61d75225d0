"""Admin: check one partner resource's link now, from its edit view.

The edit view's panel (editorial/link_panel.py) links to a small page with
its own form: a submit button inside Wagtail's edit form would be the form's
default button, so pressing Enter in a field would check the link and drop
the editor's unsaved changes. The form posts to :func:`check_link_now`.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from explainers.models import ResourcePage

from . import link_health

# An editor waits for the answer: shorter than check_links' 10 seconds.
TIMEOUT = 5


def editable_resource(request, page_id):
    """The resource; 404 for another kind of page, PermissionDenied (which
    Wagtail turns into its "no permission" redirect) without edit rights."""
    resource = get_object_or_404(ResourcePage, pk=page_id)
    if not resource.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return resource


def last_check(resource):
    """The resource's LinkCheck, or None when it was never checked."""
    from .models import LinkCheck

    return LinkCheck.objects.filter(resource=resource).first()


class ConfirmLinkCheckView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/link_check_confirm.html"
    page_title = _("Link nu controleren")
    header_icon = "link"

    def dispatch(self, request, *args, **kwargs):
        self.resource = editable_resource(request, kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.resource.title

    def get_breadcrumbs_items(self):
        # Home › the resource › this page: the header says where you are.
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.resource.pk])
        return [
            *self.breadcrumbs_items,
            {"url": edit_url, "label": self.resource.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            resource=self.resource,
            check=last_check(self.resource),
            check_url=reverse("link_check_now", args=[self.resource.pk]),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.resource.pk]),
            **kwargs,
        )


@require_POST
def check_link_now(request, page_id):
    """Check the resource's saved ``external_url``, store the result and go
    back to the edit view with a message that says how it went."""
    resource = editable_resource(request, page_id)
    result = link_health.check_url(resource.external_url, timeout=TIMEOUT)
    check = link_health.store(resource, result)
    state = link_health.outcome(check)
    details = {"url": resource.external_url, "result": check.result}
    if state == "kapot":
        messages.error(request, _t("De link %(url)s werkt niet: %(result)s.") % details)
    elif state == "doorverwezen":
        details["final_url"] = check.final_url
        messages.warning(
            request,
            _t(
                "De link %(url)s werkt, maar stuurt door naar %(final_url)s "
                "(%(result)s). Vul dat adres in als het de juiste bron is."
            )
            % details,
        )
    else:
        messages.success(request, _t("De link %(url)s werkt (%(result)s).") % details)
    return redirect("wagtailadmin_pages:edit", resource.pk)
