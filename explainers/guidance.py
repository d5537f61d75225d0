"""Queries for the step-by-step guide and the practice examples.

Same rules as listings.py: only visible pages, a fixed number of queries.
"""

from django.db.models import Count

from explainers.listings import (
    PER_PAGE,
    group_by_partner,
    linked_resources,
    restricted_paths,
    visible,
)


def guide_steps(guide):
    from explainers.models import StepPage

    return list(visible(StepPage.objects.child_of(guide)).order_by("path"))


def _is_visible(page):
    """The in-Python twin of listings.visible(), for rows already loaded."""
    hidden = tuple(restricted_paths())
    return page.live and not (hidden and page.path.startswith(hidden))


def _ordered_visible(model, ids):
    """Visible pages of ``model`` with these ids, in the given order."""
    by_id = visible(model.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


def step_detail(step):
    from explainers.models import ExplainerPage, GuidePage, PracticePage

    guide = None
    if step.path:  # a new page in preview has no place in the tree yet
        guide = GuidePage.objects.filter(path=step.path[: -step.steplen]).first()
    steps = guide_steps(guide) if guide else []
    if step.pk not in [s.pk for s in steps]:
        steps = [*steps, step]  # a draft or preview still shows the route
    position = next(i for i, s in enumerate(steps) if s.pk == step.pk)
    explainer_ids = [link.explainer_id for link in step.explainer_links.all()]
    example_ids = [link.example_id for link in step.example_links.all()]
    return {
        "guide": guide,
        "steps": steps,
        "position": position + 1,
        "previous_step": steps[position - 1] if position > 0 else None,
        "next_step": steps[position + 1] if position + 1 < len(steps) else None,
        "step_explainers": _ordered_visible(ExplainerPage, explainer_ids),
        "step_examples": _ordered_visible(PracticePage, example_ids),
        "resources_by_partner": group_by_partner(linked_resources(step)),
    }


def step_links_for_print(steps):
    """{step pk: (explainers, examples, resources)} for the print view, in
    three queries for the whole guide."""
    from explainers.models import StepExampleLink, StepExplainerLink, StepResourceLink

    ids = [step.pk for step in steps]
    result = {pk: ([], [], []) for pk in ids}
    for slot, model, field in (
        (0, StepExplainerLink, "explainer"),
        (1, StepExampleLink, "example"),
        (2, StepResourceLink, "resource"),
    ):
        links = model.objects.filter(page_id__in=ids).select_related(field)
        for link in links.order_by("page_id", "sort_order"):
            target = getattr(link, field)
            if _is_visible(target):
                result[link.page_id][slot].append(target)
    return result


PRACTICE_LOOKUPS = {"thema": "themes", "bewijs": "evidence", "gemeente": "gemeente"}
PRACTICE_COUNT_KEYS = {
    "thema": "themes__slug",
    "bewijs": "evidence",
    "gemeente": "gemeente",
}


def _apply_practice(queryset, filters):
    for name, lookup in PRACTICE_LOOKUPS.items():
        if filters.get(name):
            queryset = queryset.filter(**{f"{lookup}__in": filters[name]})
    return queryset.distinct()


def practice_listing(index_page, request):
    """/praktijk/: filters on theme, evidence and gemeente, and per option
    the number of examples a click on it would show."""
    from explainers.forms import PracticeFilterForm
    from explainers.listings import filtered_listing
    from explainers.models import PracticePage

    base = visible(PracticePage.objects.child_of(index_page))
    gemeenten = sorted(set(base.values_list("gemeente", flat=True)))
    form = PracticeFilterForm(request.GET or None, gemeenten=gemeenten)
    context = filtered_listing(
        request,
        PracticeFilterForm,
        base.prefetch_related("themes").order_by("title"),
        _apply_practice,
        PER_PAGE,
        form=form,
    )
    filters = context["active_filters"]
    counts = {}
    for name, key in PRACTICE_COUNT_KEYS.items():
        others = {k: v for k, v in filters.items() if k != name}
        rows = (
            _apply_practice(base, others)
            .order_by()  # child_of() orders by path, which would split the groups
            .values(key)
            .annotate(n=Count("pk", distinct=True))
            .values_list(key, "n")
        )
        counts[name] = {str(value): number for value, number in rows}
    context["facet_counts"] = counts
    return context


def practice_detail(page):
    return {"resources_by_partner": group_by_partner(linked_resources(page))}
