"""Which pages get the feedback form, and which can take a FAQ item."""

from wagtail.fields import StreamField

from explainers.models import CONTENT_PAGE_TYPES

# The content pages that end with "Was deze pagina nuttig?".
FEEDBACK_PAGE_TYPES = CONTENT_PAGE_TYPES


def accepts_feedback(page_class):
    return issubclass(page_class, FEEDBACK_PAGE_TYPES)


def supports_faq(page_class):
    """Whether ``page_class`` has a ``body`` StreamField with a ``faq`` block."""
    if page_class is None or not accepts_feedback(page_class):
        return False
    try:
        field = page_class._meta.get_field("body")
    except Exception:  # noqa: BLE001 - no such field
        return False
    return isinstance(field, StreamField) and "faq" in field.stream_block.child_blocks
