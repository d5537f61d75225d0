"""A page links a partner resource at most once.

The database says so too (the UniqueConstraint on ResourceLink); this module
makes every admin path respect it without an error page:

- ResourceLinksPanel: the inline for ``resource_links``. Its formset puts a
  Dutch error on a resource chosen twice, and lets a row posted again by a
  stale form (an autosave whose new ids did not reach the browser before the
  editor pressed save) update the stored link instead of adding a second.
- OnceEachResource: pages built from a revision (revert, preview, publish of
  a revision, scheduled publishing) keep the first link to each resource, so
  an old revision stored with a duplicate can still be restored.
"""

from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _

from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel

RELATION = "resource_links"
DUPLICATE_MESSAGE = _("Deze bron staat al in de lijst.")


class ResourceLinkFormSet(BaseChildFormSet):
    def clean(self):
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", {})
            resource = data.get("resource")
            if resource is None or data.get(DELETION_FIELD_NAME):
                continue
            if resource.pk in seen:
                form.add_error("resource", DUPLICATE_MESSAGE)
            seen.add(resource.pk)
        return super().clean()

    def save_new(self, form, commit=True):
        instance = super().save_new(form, commit=commit)
        stored = self._stored_links_not_in_form().pop(instance.resource_id, None)
        if stored is not None:
            # The same object for modelcluster (equal pk): an update, not a row.
            instance.pk = stored.pk
        return instance

    def _stored_links_not_in_form(self):
        if not hasattr(self, "_not_in_form"):
            in_form = {form.instance.pk for form in self.initial_forms}
            self._not_in_form = {
                link.resource_id: link
                for link in self.get_queryset()
                if link.pk is not None and link.pk not in in_form
            }
        return self._not_in_form


class ResourceLinksPanel(InlinePanel):
    """``InlinePanel("resource_links", ...)`` with ResourceLinkFormSet."""

    def __init__(self, relation_name=RELATION, *args, **kwargs):
        super().__init__(relation_name, *args, **kwargs)

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = ResourceLinkFormSet
        return options


def first_link_to_each_resource(links):
    """Serialized links (dicts from revision JSON), without repeats."""
    seen = set()
    kept = []
    for link in links:
        if link.get("resource") in seen:
            continue
        seen.add(link.get("resource"))
        kept.append(link)
    return kept


class OnceEachResource:
    """Mixin for pages with ``resource_links``: see the module docstring."""

    def with_content_json(self, content):
        if isinstance(content.get(RELATION), list):
            content = {
                **content,
                RELATION: first_link_to_each_resource(content[RELATION]),
            }
        return super().with_content_json(content)
