"""Cache backends for Wagtail's "renditions" cache that mark what they return
as coming from the cache.

Wagtail (``AbstractImage.find_existing_renditions``) reads renditions from
this cache but, unlike prefetched ones, does not flag them ``_from_cache``,
so ``get_renditions`` writes every one straight back: a Redis write on every
uncached render of a page with an image. The flag stops that.
"""

from django_redis.cache import RedisCache

from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.locmem import LocMemCache


class MarksRenditionsFromCache:
    def get_many(self, keys, version=None):
        found = super().get_many(keys, version=version)
        for rendition in found.values():
            rendition._from_cache = True
        return found


class RedisRenditionCache(MarksRenditionsFromCache, RedisCache):
    pass


class DatabaseRenditionCache(MarksRenditionsFromCache, DatabaseCache):
    pass


class LocMemRenditionCache(MarksRenditionsFromCache, LocMemCache):
    pass
