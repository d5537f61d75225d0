"""StreamField blocks for explainers, articles and content pages.

Each block renders with templates/blocks/<key>.html. Rich text is kept to a
small feature set so pages stay plain and readable (B1).
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; its anchor id feeds the page's contents list."""

    text = blocks.CharBlock(label=_("tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Kop (h2)")), ("h3", _("Tussenkop (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "blocks/heading.html"


def heading_anchor(text):
    """The id a heading gets, shared by the block template and the contents list."""
    return slugify(text) or "kop"


class CalloutBlock(blocks.StructBlock):
    """A highlighted tip or warning ("let op") within the text."""

    kind = blocks.ChoiceBlock(
        label=_("soort"),
        choices=[("tip", _("Tip")), ("let-op", _("Let op"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("titel"), required=False, max_length=100)
    text = blocks.RichTextBlock(label=_("tekst"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Tip of let op")
        template = "blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    quote = blocks.TextBlock(label=_("citaat"))
    source = blocks.CharBlock(label=_("bron"), max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote.html"


class FigureBlock(blocks.StructBlock):
    """An image with per-use alt text (or marked decorative) and a caption."""

    image = ImageBlock(label=_("afbeelding"))
    caption = blocks.CharBlock(label=_("onderschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"), max_length=200)
    answer = blocks.RichTextBlock(label=_("antwoord"), features=PARAGRAPH_FEATURES)


class FaqBlock(blocks.StructBlock):
    """Questions and answers, each shown as a <details> element."""

    items = blocks.ListBlock(FaqItemBlock(), label=_("vragen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Veelgestelde vragen")
        template = "blocks/faq.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("stap"), max_length=120)
    text = blocks.RichTextBlock(
        label=_("uitleg"), features=PARAGRAPH_FEATURES, required=False
    )


class StepsBlock(blocks.StructBlock):
    """A numbered list of steps to follow."""

    steps = blocks.ListBlock(StepBlock(), label=_("stappen"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Stappen")
        template = "blocks/steps.html"


class VisiblePageChooserBlock(blocks.PageChooserBlock):
    """Chooses pages of one type and marks each with ``is_visible`` (live and
    public), in one query per stream however many cards there are.

    Hidden pages stay in the value so editors never lose a choice; templates
    skip them.
    """

    def __init__(self, page_type, select_related=(), **kwargs):
        self.select_related = select_related
        super().__init__(page_type=page_type, **kwargs)

    def bulk_to_python(self, values):
        from explainers.listings import as_cards, is_visible

        model = self.target_model
        ids = [pk for pk in values if pk is not None]
        queryset = model.objects.all()
        if self.select_related:  # select_related() without names joins every key
            queryset = queryset.select_related(*self.select_related)
        # A card shows title, summary and link: never the page's own stream.
        objects = as_cards(queryset, *self.select_related).in_bulk(ids)
        for obj in objects.values():
            obj.is_visible = is_visible(obj)
        return [objects.get(pk) for pk in values]


class ResourceCardsBlock(blocks.StructBlock):
    """Cards for chosen partner resources. Only live, public ones are shown."""

    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    resources = blocks.ListBlock(
        VisiblePageChooserBlock(
            "explainers.ResourcePage",
            select_related=("partner", "resource_type"),
            label=_("bron"),
        ),
        label=_("bronnen"),
        min_num=1,
    )

    def clean(self, value):
        """A resource once per card list, like the resource links."""
        from explainers.resource_links import DUPLICATE_MESSAGE

        value = super().clean(value)
        seen = set()
        errors = {}
        for index, page in enumerate(value["resources"]):
            if page is not None and page.pk in seen:
                errors[index] = ValidationError(DUPLICATE_MESSAGE)
            if page is not None:
                seen.add(page.pk)
        if errors:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "resources": blocks.ListBlockValidationError(block_errors=errors)
                }
            )
        return value

    class Meta:
        icon = "link-external"
        label = _("Kaarten: partnerbronnen")
        template = "blocks/resource_cards.html"


class PageCardsBlock(blocks.StructBlock):
    """Cards linking to other explainers."""

    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    pages = blocks.ListBlock(
        VisiblePageChooserBlock("explainers.ExplainerPage", label=_("pagina")),
        label=_("pagina's"),
        min_num=1,
    )

    class Meta:
        icon = "doc-full"
        label = _("Kaarten: pagina's")
        template = "blocks/page_cards.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The body of explainers, articles and content pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Alinea"),
        icon="pilcrow",
        features=PARAGRAPH_FEATURES,
        template="blocks/paragraph.html",
    )
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = FigureBlock()
    faq = FaqBlock()
    steps = StepsBlock()
    resource_cards = ResourceCardsBlock()
    page_cards = PageCardsBlock()
