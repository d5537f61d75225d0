"""Drops the cached synonym groups whenever an editor changes one."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .models import SynonymGroup
from .query import SYNONYMS_CACHE_KEY


def forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


def connect():
    post_save.connect(forget_synonyms, sender=SynonymGroup)
    post_delete.connect(forget_synonyms, sender=SynonymGroup)

    from . import suggest_signals

    suggest_signals.connect()
