"""Builds the Wijkwijzer demo content from explainers/demo_content/.

Idempotent and keyed on slugs: snippets are created or updated, pages that
already exist are left exactly as they are (an editor may have changed them),
missing pages are created and published through revisions. Nothing is deleted.
"""

import datetime

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from explainers.demo_content import (
    articles,
    explainers,
    glossary,
    images,
    links,
    pages,
    partners,
    practice,
    resources,
    review_dates,
    routes,
    taxonomy,
)
from explainers.demo_content import guide as guidedata
from explainers.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleResourceLink,
    Audience,
    ContentPage,
    ExplainerIndexPage,
    ExplainerPage,
    ExplainerRelatedPage,
    ExplainerResourceLink,
    GlossaryTerm,
    GuidePage,
    HomeFeaturedExplainer,
    HomePage,
    Partner,
    PracticeIndexPage,
    PracticePage,
    PracticeResourceLink,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    RoutePage,
    SiteSettings,
    StepExampleLink,
    StepExplainerLink,
    StepPage,
    StepResourceLink,
    Theme,
)
from explainers.models.mixins import ReviewedMixin, add_months

PRIVATE_PAGE_PASSWORD = "demo-wachtwoord"  # noqa: S105 - a demo page's password, shown in the README


class Command(BaseCommand):
    help = "Laadt de demo-inhoud van Wijkwijzer (veilig om vaker te draaien)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook draaien als DEBUG uit staat (bijvoorbeeld in productie).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG staat uit. Gebruik --force als je echt demo-inhoud wilt laden."
            )
        with transaction.atomic():
            loader = DemoLoader(self.stdout)
            loader.run()
        self.stdout.write(
            self.style.SUCCESS(f"Klaar: {loader.created} pagina's nieuw.")
        )


class DemoLoader:
    def __init__(self, stdout):
        self.stdout = stdout
        self.created = 0
        self.home = HomePage.objects.get()
        self.themes = {}
        self.audiences = {}
        self.types = {}
        self.partners = {}
        self.images = {}
        self.resources = {}
        self.explainers = {}

    def run(self):
        self.load_site_settings()
        self.load_taxonomy()
        self.load_partners()
        self.load_images()
        self.load_resources()
        self.load_explainers()
        self.load_articles()
        self.load_content_pages()
        self.load_home()
        self.load_synonyms()
        self.load_difficult_words()
        self.load_glossary()
        self.load_practice()
        self.load_guide()
        self.load_routes()

    # Settings and snippets -----------------------------------------------

    def load_site_settings(self):
        """The demo says it is a demo: the phase banner is on."""
        site_settings = SiteSettings.load()
        if not site_settings.show_phase_banner:
            site_settings.show_phase_banner = True
            site_settings.save(update_fields=["show_phase_banner"])

    def load_taxonomy(self):
        for model, rows, target in (
            (Theme, taxonomy.THEMES, self.themes),
            (Audience, taxonomy.AUDIENCES, self.audiences),
            (ResourceType, taxonomy.RESOURCE_TYPES, self.types),
        ):
            for order, row in enumerate(rows):
                obj, _ = model.objects.get_or_create(
                    slug=row["slug"],
                    defaults={
                        "name": row["name"],
                        "description": row["description"],
                        "sort_order": order,
                    },
                )
                target[obj.slug] = obj

    def load_partners(self):
        for order, row in enumerate(partners.PARTNERS):
            obj, _ = Partner.objects.get_or_create(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "short_name": row["short_name"],
                    "website": row["website"],
                    "description": row["description"],
                    "sort_order": order,
                },
            )
            self.partners[obj.slug] = obj

    def load_images(self):
        image_model = get_image_model()
        for key, title in images.TITLES.items():
            image = image_model.objects.filter(title=title).first()
            if image is None:
                image = image_model(title=title, description=title)
                image.file = ImageFile(
                    _bytes_file(images.draw_illustration(key)), name=f"demo-{key}.png"
                )
                image.save()
            self.images[key] = image

    # Pages ---------------------------------------------------------------

    def _existing(self, parent, slug):
        return parent.get_children().filter(slug=slug).specific().first()

    def _set_review_dates(self, page):
        """Fill in the demo review dates of a new page (see
        explainers/demo_content/review_dates.py)."""
        if not isinstance(page, ReviewedMixin):
            return
        if page.last_reviewed is None:
            page.last_reviewed = getattr(page, "date", None) or (
                review_dates.LAST_REVIEWED
            )
        # Recomputed on save from last_reviewed, unless set explicitly below.
        page.next_review = None
        days = review_dates.NEXT_REVIEW_IN_DAYS.get(page.slug)
        if days is not None:
            page.next_review = datetime.date.today() + datetime.timedelta(days=days)
            if page.last_reviewed >= page.next_review:
                page.last_reviewed = add_months(
                    page.next_review, -page.review_interval_months
                )

    def _publish(self, page, state=None):
        """Save a revision and publish it, then apply an awkward demo state."""
        self._set_review_dates(page)
        revision = page.save_revision()
        if state == "draft":
            return
        revision.publish()
        page.refresh_from_db()
        if state == "unpublished":
            page.unpublish()
        elif state == "private":
            PageViewRestriction.objects.get_or_create(
                page=page,
                restriction_type=PageViewRestriction.PASSWORD,
                defaults={"password": PRIVATE_PAGE_PASSWORD},
            )
        elif state == "unpublished_changes":
            page.title = f"{page.title} (nieuwe versie)"
            page.save_revision()

    def _create(self, parent, page):
        page.live = False
        parent.add_child(instance=page)
        self.created += 1
        return page

    def retire_resources(self, index):
        """Delete the demo resources that were invented (see
        ``resources.RETIRED_RESOURCE_SLUGS``) from a database loaded before:
        only those slugs, only under the resource index. Links to them go
        with them; cards pointing at them are skipped when rendered."""
        retired = ResourcePage.objects.child_of(index).filter(
            slug__in=resources.RETIRED_RESOURCE_SLUGS
        )
        for page in retired:
            self.stdout.write(f"Verwijderd: oude demobron {page.slug}")
            page.delete()

    def load_resources(self):
        index = ResourceIndexPage.objects.get()
        # First, so a real resource may take over the address of a retired one.
        self.retire_resources(index)
        for row in resources.RESOURCES:
            page = self._existing(index, row["slug"])
            if page is None:
                page = self._create(
                    index,
                    ResourcePage(
                        title=row["title"],
                        slug=row["slug"],
                        external_url=row["url"],
                        partner=self.partners[row["partner"]],
                        resource_type=self.types[row["resource_type"]],
                        summary=row["summary"],
                        year=row.get("year"),
                    ),
                )
                page.themes.set([self.themes[s] for s in row["themes"]])
                page.audiences.set([self.audiences[s] for s in row["audiences"]])
                self._publish(page, row.get("state"))
            self.resources[row["slug"]] = page

    def load_explainers(self):
        index = ExplainerIndexPage.objects.get()
        new = []
        # Pass 1: create the tree, so body blocks can point at any explainer.
        for row in explainers.EXPLAINERS:
            parent = self.explainers[row["parent"]] if row.get("parent") else index
            page = self._existing(parent, row["slug"])
            if page is None:
                page = self._create(
                    parent,
                    ExplainerPage(
                        title=row["title"],
                        slug=row["slug"],
                        summary=row["summary"],
                        body=[{"type": "paragraph", "value": "<p>…</p>"}],
                    ),
                )
                new.append((page, row))
            self.explainers[row["slug"]] = page
        # Pass 2: fill in and publish the new ones.
        for page, row in new:
            page.body = self.stream(row["body"])
            page.professionals = self.stream(row.get("professionals", []))
            page.last_reviewed = _date(row.get("last_reviewed"))
            page.themes.set([self.themes[s] for s in row["themes"]])
            page.audiences.set([self.audiences[s] for s in row["audiences"]])
            # sort_order is only filled in by the admin's forms; set it here
            # so the editor's order survives on every database.
            page.resource_links = [
                ExplainerResourceLink(
                    resource=self.resources[slug], note=note, sort_order=i
                )
                for i, (slug, note) in enumerate(
                    links.EXPLAINER_RESOURCES.get(row["slug"], [])
                )
            ]
            page.related_pages = [
                ExplainerRelatedPage(related=self.explainers[slug], sort_order=i)
                for i, slug in enumerate(row.get("related", []))
            ]
            self._publish(page, row.get("state"))

    def load_articles(self):
        index = ArticleIndexPage.objects.get()
        for row in articles.ARTICLES:
            if self._existing(index, row["slug"]) is not None:
                continue
            page = self._create(
                index,
                ArticlePage(
                    title=row["title"],
                    slug=row["slug"],
                    date=_date(row["date"]),
                    author=row["author"],
                    intro=row["intro"],
                    is_fictional=row.get("fictional", False),
                    body=self.stream(row["body"]),
                ),
            )
            page.themes.set([self.themes[s] for s in row["themes"]])
            page.resource_links = [
                ArticleResourceLink(
                    resource=self.resources[slug], note=note, sort_order=i
                )
                for i, (slug, note) in enumerate(row.get("resources", []))
            ]
            self._publish(page, row.get("state"))

    def load_content_pages(self):
        for row in pages.CONTENT_PAGES:
            if self._existing(self.home, row["slug"]) is not None:
                continue
            page = self._create(
                self.home,
                ContentPage(
                    title=row["title"],
                    slug=row["slug"],
                    summary=row["summary"],
                    body=self.stream(row["body"]),
                    last_reviewed=datetime.date(2026, 11, 1),
                ),
            )
            self._publish(page, row.get("state"))

    def load_home(self):
        home = self.home
        if home.intro:
            return  # an editor (or an earlier run) filled the home page in
        home.intro = pages.HOME["intro"]
        home.residents_text = pages.HOME["residents_text"]
        home.professionals_text = pages.HOME["professionals_text"]
        home.featured_explainers = [
            HomeFeaturedExplainer(explainer=self.explainers[slug], sort_order=i)
            for i, slug in enumerate(pages.HOME["featured"])
        ]
        home.save_revision().publish()

    def load_glossary(self):
        for row in glossary.TERMS:
            GlossaryTerm.objects.get_or_create(
                term=row["term"],
                defaults={
                    "variants": "\n".join(row.get("variants", [])),
                    "definition": row["definition"],
                    "link": row.get("link", ""),
                },
            )

    def load_practice(self):
        index = PracticeIndexPage.objects.get()
        self.examples = {}
        for row in practice.PRACTICE_EXAMPLES:
            page = self._existing(index, row["slug"])
            if page is None:
                page = self._create(
                    index,
                    PracticePage(
                        title=row["title"],
                        slug=row["slug"],
                        summary=row["summary"],
                        gemeente=row["gemeente"],
                        wijk=row["wijk"],
                        period=row["period"],
                        participants=row["participants"],
                        residents_role=row["residents_role"],
                        what_worked=row["what_worked"],
                        what_did_not=row["what_did_not"],
                        is_fictional=row.get("fictional", False),
                        evidence=row["evidence"],
                        source=row["source"],
                        body=row["body"],
                        last_reviewed=datetime.date(2026, 11, 1),
                    ),
                )
                page.themes.set([self.themes[s] for s in row["themes"]])
                page.audiences.set([self.audiences[s] for s in row["audiences"]])
                # sort_order is not filled in outside the admin's forms; without
                # it the database may return the links in any order.
                page.resource_links = [
                    PracticeResourceLink(
                        resource=self.resources[slug], note=note, sort_order=i
                    )
                    for i, (slug, note) in enumerate(row.get("resources", []))
                ]
                self._publish(page, row.get("state"))
            self.examples[row["slug"]] = page

    def load_guide(self):
        guide = GuidePage.objects.get()
        if not guide.summary:
            guide.summary = guide.summary or _plain(guidedata.GUIDE["intro"])[:300]
            guide.intro = guidedata.GUIDE["intro"]
            guide.title = guidedata.GUIDE["title"]
            self._set_review_dates(guide)
            guide.save_revision().publish()
        for row in guidedata.GUIDE["steps"]:
            if self._existing(guide, row["slug"]) is not None:
                continue
            page = self._create(
                guide,
                StepPage(
                    title=row["title"],
                    slug=row["slug"],
                    phase=PHASE_KEYS[row["phase"]],
                    summary=row["summary"],
                    about=row["about"],
                    residents=row["residents"],
                    resident_part=row.get("resident_part", ""),
                    professionals=row["professionals"],
                    letting_go=row.get("letting_go", ""),
                    last_reviewed=datetime.date(2026, 11, 1),
                ),
            )
            page.explainer_links = [
                StepExplainerLink(explainer=self.explainers[s], sort_order=i)
                for i, s in enumerate(row.get("explainers", []))
            ]
            page.example_links = [
                StepExampleLink(example=self.examples[s], sort_order=i)
                for i, s in enumerate(row.get("examples", []))
            ]
            page.resource_links = [
                StepResourceLink(resource=self.resources[s], sort_order=i)
                for i, s in enumerate(row.get("resources", []))
            ]
            self._publish(page)

    def load_routes(self):
        """The start pages behind "Ik woon in de wijk" and "Ik werk in de
        wijk"; the home page links to them unless an editor chose others."""
        home = self.home
        changed = False
        for row in routes.ROUTES:
            page = self._existing(home, row["slug"])
            if page is None:
                page = self._create(
                    home,
                    RoutePage(
                        title=row["title"],
                        slug=row["slug"],
                        summary=row["summary"],
                        audience=self.audiences[row["audience"]],
                        body=self.stream(row["body"]),
                        last_reviewed=datetime.date(2026, 11, 1),
                    ),
                )
                self._publish(page)
            if getattr(home, f"{row['home_field']}_id") is None:
                setattr(home, row["home_field"], page)
                changed = True
        if changed:
            home.save_revision().publish()

    def load_synonyms(self):
        from search.demo_content import SYNONYM_GROUPS
        from search.models import SynonymGroup

        # A group is known by its first term: loading again adds the terms
        # the demo gained, keeps what an editor added, and creates no twins.
        groups = {}
        for group in SynonymGroup.objects.all():
            terms = group.term_list()
            if terms:
                groups.setdefault(terms[0], group)
        for line in SYNONYM_GROUPS:
            wanted = SynonymGroup(terms=line).term_list()
            group = groups.get(wanted[0])
            if group is None:
                groups[wanted[0]] = SynonymGroup.objects.create(terms=line)
                continue
            have = group.term_list()
            missing = [term for term in wanted if term not in have]
            if missing:
                group.terms = "\n".join(have + missing)
                group.save()

    def load_difficult_words(self):
        from editorial.demo_content import DIFFICULT_WORDS
        from editorial.models import DifficultWord

        for word, alternative in DIFFICULT_WORDS:
            DifficultWord.objects.get_or_create(
                word=word, defaults={"alternative": alternative}
            )

    # StreamField data ------------------------------------------------------

    def stream(self, blocks):
        """Raw StreamField data from the (type, value) tuples of the data modules."""
        return [
            {"type": kind, "value": self.block_value(kind, value)}
            for kind, value in blocks
        ]

    def block_value(self, kind, value):
        if kind == "image":
            return {
                "image": {
                    "image": self.images[value["image"]].pk,
                    "decorative": value.get("decorative", False),
                    "alt_text": value.get("alt", ""),
                },
                "caption": value.get("caption", ""),
            }
        if kind == "resource_cards":
            return {
                "title": value.get("title", ""),
                "resources": [self.resources[s].pk for s in value["resources"]],
            }
        if kind == "page_cards":
            return {
                "title": value.get("title", ""),
                "pages": [self.explainers[s].pk for s in value["pages"]],
            }
        return value


PHASE_KEYS = {
    "oriënteren": "orienteren",
    "initiëren": "initieren",
    "ontwerpen": "ontwerpen",
    "uitvoeren": "uitvoeren",
    "evalueren en leren": "evalueren",
}


def _plain(html):
    from django.utils.html import strip_tags

    return " ".join(strip_tags(html).split())


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _bytes_file(data):
    import io

    return io.BytesIO(data)
