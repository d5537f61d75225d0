"""The partner-resource chooser: partner, type and year beside each title,
a filter by partner and a search field.

Two resources can share a title ("Wat is de wijkaanpak?" by LSA and "Wat is
een wijkaanpak?" by WijkWijzer), so the title alone does not tell them apart.
Registered as a ChooserViewSet, its widget becomes the admin widget for every
ForeignKey to ResourcePage (the ordered resource links of explainers,
articles, steps and practice examples).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser

from explainers.models import Partner, ResourcePage


class ResourceFilterForm(SearchFilterMixin, BaseFilterForm):
    partner = forms.ModelChoiceField(
        label=_("Partner"),
        queryset=Partner.objects.order_by("name"),
        required=False,
        empty_label=_("Alle partners"),
    )

    def filter(self, objects):
        # Narrow by partner before the search, which must stay last.
        partner = self.cleaned_data.get("partner")
        if partner is not None:
            objects = objects.filter(partner=partner)
        return super().filter(objects)


class DescribedColumnsMixin:
    filter_form_class = ResourceFilterForm

    @property
    def columns(self):
        return [
            *super().columns,
            Column("partner", label=_("Partner")),
            Column("resource_type", label=_("Soort")),
            Column("year", label=_("Jaar")),
        ]


class ResourceChooseView(DescribedColumnsMixin, ChooseView):
    pass


class ResourceChooseResultsView(DescribedColumnsMixin, ChooseResultsView):
    pass


class ResourceChooserWidget(BaseChooser):
    def get_display_title(self, instance):
        return instance.get_admin_display_title()


class ResourceChooserViewSet(ChooserViewSet):
    model = ResourcePage
    icon = "doc-full"
    choose_one_text = _("Kies een partnerbron")
    choose_another_text = _("Kies een andere partnerbron")
    edit_item_text = _("Bewerk deze partnerbron")
    base_widget_class = ResourceChooserWidget
    per_page = 20

    def get_object_list(self):
        return ResourcePage.objects.select_related("partner", "resource_type").order_by(
            "title", "pk"
        )

    choose_view_class = ResourceChooseView
    choose_results_view_class = ResourceChooseResultsView


resource_chooser_viewset = ResourceChooserViewSet("resource_chooser")
