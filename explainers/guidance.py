"""Queries for the step-by-step guide and the practice examples.

Same rules as listings.py: only visible pages, a fixed number of queries.
"""

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


def step_detail(step):
    from explainers.models import GuidePage

    guide = None
    if step.path:  # a new page in preview has no place in the tree yet
        guide = GuidePage.objects.filter(path=step.path[: -step.steplen]).first()
    steps = guide_steps(guide) if guide else []
    if step.pk not in [s.pk for s in steps]:
        steps = [*steps, step]  # a draft or preview still shows the route
    position = next(i for i, s in enumerate(steps) if s.pk == step.pk)
    explainer_links = step.explainer_links.select_related("explainer")
    example_links = step.example_links.select_related("example")
    return {
        "guide": guide,
        "steps": steps,
        "position": position + 1,
        "previous_step": steps[position - 1] if position > 0 else None,
        "next_step": steps[position + 1] if position + 1 < len(steps) else None,
        "step_explainers": [
            link.explainer for link in explainer_links if _is_visible(link.explainer)
        ],
        "step_examples": [
            link.example for link in example_links if _is_visible(link.example)
        ],
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
    the number of examples a click on it would show.

    The gemeenten and all the counts come from one query of (example,
    evidence, gemeente, theme) rows, counted here: per filter, the examples
    that match all *other* active filters."""
    from explainers.forms import PracticeFilterForm
    from explainers.listings import filtered_listing
    from explainers.models import PracticePage

    base = visible(PracticePage.objects.child_of(index_page))
    examples = {}
    rows = base.order_by().values_list(
        "pk", "evidence", "gemeente", "themes__pk", "themes__slug"
    )
    for pk, evidence, gemeente, theme_pk, theme_slug in rows:
        example = examples.setdefault(
            pk, {"bewijs": evidence, "gemeente": gemeente, "themes": {}}
        )
        example["themes"][theme_pk] = theme_slug
    gemeenten = sorted({example["gemeente"] for example in examples.values()})
    form = PracticeFilterForm(request.GET or None, gemeenten=gemeenten)
    context = filtered_listing(
        request,
        PracticeFilterForm,
        base.prefetch_related("themes").order_by("title"),
        _apply_practice,
        PER_PAGE,
        form=form,
    )
    context["facet_counts"] = _practice_counts(
        examples.values(), context["active_filters"]
    )
    return context


def _practice_counts(examples, filters):
    wanted = {
        "thema": {theme.pk for theme in filters.get("thema") or []},
        "bewijs": set(filters.get("bewijs") or []),
        "gemeente": set(filters.get("gemeente") or []),
    }

    def matches(example, name):
        if name == "thema":
            return not wanted[name].isdisjoint(example["themes"])
        return example[name] in wanted[name]

    counts = {name: {} for name in PRACTICE_COUNT_KEYS}
    for example in examples:
        for name, facet in counts.items():
            others = [other for other in wanted if other != name and wanted[other]]
            if not all(matches(example, other) for other in others):
                continue
            # A theme-less example counts under "None", as a grouped query
            # over the (left-joined) themes would put it.
            values = example["themes"].values() if name == "thema" else [example[name]]
            for value in values:
                facet[str(value)] = facet.get(str(value), 0) + 1
    return counts


def practice_detail(page):
    return {"resources_by_partner": group_by_partner(linked_resources(page))}
