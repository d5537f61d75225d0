"""Keeps the suggestion table (search/suggest.py) current as content changes.

A page save refreshes that page's rows (its whole subtree when its URL
changed); a move or a view restriction refreshes the subtree; a theme,
partner, glossary term or synonym group refreshes its (small) group.
"""

from django.db.models.signals import post_delete, post_migrate, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from . import suggest


def _subtree(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        suggest.refresh_pages(Page.objects.descendant_of(page, inclusive=True))


def page_saved(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    stored = suggest.page_url_stored(instance.pk)
    parts = instance.get_url_parts()
    path = parts[2] if parts else None
    if stored is not None and instance.numchild and stored != path:
        _subtree(instance.pk)  # a new slug moves every page below it
    else:
        suggest.refresh_pages(Page.objects.filter(pk=instance.pk))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        suggest.forget_page(instance.pk)


def page_moved(sender, instance, **kwargs):
    _subtree(instance.pk)


def restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _subtree(instance.page_id)


def group_changed(kind):
    def changed(sender, instance=None, raw=False, **kwargs):
        if not raw:
            suggest.refresh_group(kind)

    return changed


def fill_when_empty(sender, app_config=None, **kwargs):
    """After migrate: a database that has content but no suggestions yet
    (the table is new) gets them."""
    if app_config is None or app_config.label != "search":
        return
    from django.db import connections

    from .models import Suggestion

    using = kwargs.get("using", "default")
    if Suggestion._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated back past 0003
    if not Suggestion.objects.using(using).exists() and Page.objects.using(
        using
    ).filter(depth__gt=2):
        suggest.rebuild()


def connect():
    from explainers.models import GlossaryTerm, Partner, Theme

    from .models import SynonymGroup

    post_save.connect(page_saved, dispatch_uid="suggest_page_saved")
    post_delete.connect(page_deleted, dispatch_uid="suggest_page_deleted")
    post_page_move.connect(page_moved, dispatch_uid="suggest_page_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"suggest_restriction_{signal!r}",
        )
        for model, kind in (
            (Theme, suggest.THEME),
            (Partner, suggest.PARTNER),
            (GlossaryTerm, suggest.TERM),
            (SynonymGroup, suggest.WORD),
        ):
            signal.connect(
                group_changed(kind),
                sender=model,
                weak=False,
                dispatch_uid=f"suggest_{kind}_{signal!r}",
            )
    post_migrate.connect(fill_when_empty, dispatch_uid="suggest_fill_when_empty")
