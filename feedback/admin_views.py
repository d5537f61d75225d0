"""The editors' side: the "Paginafeedback" report, the feedback of one page,
marking a comment handled and turning it into a FAQ item on the page."""

import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView

from wagtail.admin.ui.tables import DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from .forms import FaqItemForm
from .models import PageFeedback
from .pages import supports_faq

permission_policy = ModelPermissionPolicy(PageFeedback)

OPEN_COMMENT = Q(page_feedback__handled=False) & ~Q(page_feedback__comment="")


def feedback_per_page():
    """Pages with feedback and, per page, the number of "ja" and "nee"
    answers and of open comments: one query, most open comments first."""
    return (
        Page.objects.annotate(
            feedback_total=Count("page_feedback"),
            yes=Count("page_feedback", filter=Q(page_feedback__helpful=True)),
            no=Count("page_feedback", filter=Q(page_feedback__helpful=False)),
            open_comments=Count("page_feedback", filter=OPEN_COMMENT),
            latest=Max("page_feedback__created"),
        )
        .filter(feedback_total__gt=0)
        .order_by("-open_comments", "-latest", "title")
    )


class FeedbackReport(ReportView):
    page_title = _("Paginafeedback")
    header_icon = "comment"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    permission_policy = permission_policy
    permission_required = "view"
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label=_("Pagina"),
            get_url=lambda page: reverse("feedback_page", args=[page.pk]),
        ),
        NumberColumn("yes", label=_("Ja")),
        NumberColumn("no", label=_("Nee")),
        NumberColumn("open_comments", label=_("Open reacties")),
        DateColumn("latest", label=_("Laatste reactie")),
    ]

    def get_queryset(self):
        return feedback_per_page()


class FeedbackAdminMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    permission_policy = permission_policy
    header_icon = "comment"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("feedback_report"), "label": _("Paginafeedback")},
            {"url": "", "label": self.get_page_title()},
        ]


class PageFeedbackView(FeedbackAdminMixin, TemplateView):
    """The comments on one page, open ones first."""

    permission_required = "view"
    template_name = "feedback/admin/page_feedback.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"])

    def get_page_title(self):
        return _t("Paginafeedback: %(title)s") % {"title": self.page.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        feedback = PageFeedback.objects.filter(page=self.page)
        counts = feedback.aggregate(
            yes=Count("pk", filter=Q(helpful=True)),
            no=Count("pk", filter=Q(helpful=False)),
        )
        user = self.request.user
        can_change = self.user_has_permission("change")
        context.update(
            page=self.page,
            counts=counts,
            comments=feedback.exclude(comment="")
            .select_related("handled_by")
            .order_by("handled", "-created", "-pk"),
            can_change=can_change,
            can_add_faq=can_change
            and supports_faq(self.page.specific_class)
            and self.page.permissions_for_user(user).can_edit(),
        )
        return context


@require_POST
def mark_handled(request, pk):
    if not permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    feedback = get_object_or_404(PageFeedback, pk=pk)
    if not feedback.handled:
        feedback.mark_handled(request.user)
    messages.success(request, _t("De reactie is afgehandeld."))
    return redirect("feedback_page", feedback.page_id)


def answer_html(text):
    """Plain text as rich text: a paragraph per block of lines."""
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs if part)


def add_faq_item(page, question, answer, user):
    """Saves a new draft revision of ``page`` (a specific page) with the
    question and answer appended to its last FAQ block, or to a new
    "Veelgestelde vragen" section at the end. Never publishes."""
    draft = page.get_latest_revision_as_object()
    body = [dict(block) for block in draft.body.raw_data]
    item = {
        "type": "item",
        "value": {"question": question, "answer": answer_html(answer)},
        "id": str(uuid.uuid4()),
    }
    for block in reversed(body):
        if block["type"] == "faq":
            value = dict(block["value"])
            value["items"] = [*value.get("items", []), item]
            block["value"] = value
            break
    else:
        body.append(
            {
                "type": "heading",
                "value": {"text": _t("Veelgestelde vragen"), "level": "h2"},
                "id": str(uuid.uuid4()),
            }
        )
        body.append(
            {"type": "faq", "value": {"items": [item]}, "id": str(uuid.uuid4())}
        )
    draft.body = body
    return draft.save_revision(user=user, log_action=True)


class FaqFromFeedbackView(FeedbackAdminMixin, FormView):
    """A comment as a question on its page, with an editor's answer."""

    permission_required = "change"
    form_class = FaqItemForm
    template_name = "feedback/admin/faq_form.html"
    page_title = _("Veelgestelde vraag toevoegen")

    def dispatch(self, request, *args, **kwargs):
        self.feedback = get_object_or_404(
            PageFeedback.objects.select_related("page"), pk=kwargs["pk"]
        )
        page = self.feedback.page
        if not supports_faq(page.specific_class):
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.page = page.specific
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items.insert(
            -1,
            {
                "url": reverse("feedback_page", args=[self.page.pk]),
                "label": self.page.title,
            },
        )
        return items

    def get_initial(self):
        return {"question": self.feedback.comment[:200]}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            feedback=self.feedback, page=self.page, **kwargs
        )

    def form_valid(self, form):
        lock = self.page.get_lock()
        if lock and lock.for_user(self.request.user):
            messages.error(
                self.request,
                _t("De pagina is vergrendeld; de vraag is niet toegevoegd."),
            )
            return redirect("feedback_page", self.page.pk)
        add_faq_item(
            self.page,
            form.cleaned_data["question"],
            form.cleaned_data["answer"],
            self.request.user,
        )
        self.feedback.mark_handled(self.request.user)
        messages.success(
            self.request,
            _t(
                "De vraag staat in een nieuwe conceptversie van ‘%(title)s’. "
                "Controleer de pagina en publiceer of stuur ter goedkeuring."
            )
            % {"title": self.page.title},
        )
        return redirect("wagtailadmin_pages:edit", self.page.pk)
