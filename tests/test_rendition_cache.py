"""Renditions read from the cache are not written back on every render
(wijkwijzer/rendition_cache.py)."""

import io
from unittest import mock

import pytest
from PIL import Image as PILImage

from django.core.cache import caches
from django.core.files.images import ImageFile

from wagtail.images import get_image_model

LOCMEM = "django.core.cache.backends.locmem.LocMemCache"


def _image():
    data = io.BytesIO()
    PILImage.new("RGB", (40, 30), "white").save(data, "PNG")
    return get_image_model().objects.create(
        title="Proef", file=ImageFile(data, name="proef.png")
    )


def _writes_on_second_render(settings, rendition_backend):
    settings.CACHES = {
        "default": {"BACKEND": LOCMEM, "LOCATION": "default"},
        "renditions": {"BACKEND": rendition_backend, "LOCATION": "renditions"},
    }
    image = _image()
    image.get_renditions("width-20")  # made and put in the cache
    fresh = get_image_model().objects.get(pk=image.pk)  # as a new request loads it
    backend = caches["renditions"]
    with mock.patch.object(backend, "set_many", wraps=backend.set_many) as set_many:
        renditions = fresh.get_renditions("width-20")
    assert renditions["width-20"].width == 20
    return set_many.call_count


@pytest.mark.django_db
def test_a_rendition_found_in_the_cache_is_not_written_back(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    assert (
        _writes_on_second_render(
            settings, "wijkwijzer.rendition_cache.LocMemRenditionCache"
        )
        == 0
    )


@pytest.mark.django_db
def test_wagtail_alone_writes_it_back(settings, tmp_path):
    """The upstream behaviour the backend works around: when this fails,
    Wagtail has fixed it and wijkwijzer/rendition_cache.py can go."""
    settings.MEDIA_ROOT = str(tmp_path)
    assert _writes_on_second_render(settings, LOCMEM) == 1
