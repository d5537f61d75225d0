"""Keeps cached page-visibility data in step with the page tree."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from explainers.glossary import TERMS_CACHE_KEY
from explainers.listings import RESTRICTED_PATHS_KEY
from explainers.models import GlossaryTerm
from wijkwijzer import request_memo


def forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)
    request_memo.forget(RESTRICTED_PATHS_KEY)


def forget_glossary_terms(**kwargs):
    cache.delete(TERMS_CACHE_KEY)
    request_memo.forget(TERMS_CACHE_KEY)


def connect():
    post_save.connect(forget_glossary_terms, sender=GlossaryTerm)
    post_delete.connect(forget_glossary_terms, sender=GlossaryTerm)
    post_save.connect(forget_restricted_paths, sender=PageViewRestriction)
    post_delete.connect(forget_restricted_paths, sender=PageViewRestriction)
    post_page_move.connect(forget_restricted_paths)
