"""Page weight: the home page and an explainer stay under 60 KB transferred
at phone width (HTML, CSS, JS, icons, fonts and images), load nothing from
another host, and render responsive images (width and height set, lazy
below the first image).

The weight is what a phone 390 CSS pixels wide at DPR 2 downloads on a first
visit: the HTML compressed like a proxy would (gzip level 6), static files
compressed like whitenoise serves them (brotli, else gzip), and for each
image the candidate the browser picks from ``<picture>``/``srcset``/``sizes``.
Images are counted twice: all of them (conservative) and only those not
marked ``loading="lazy"`` (what the first paint needs)."""

import gzip
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

import brotli
import pytest

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.test import Client

from wagtail.images import get_image_model

from explainers.models import Partner

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024
VIEWPORT = 390  # CSS pixels, a common phone
DPR = 2
ROOT_FONT_SIZE = 16  # px; what rem and em in sizes="" resolve to
# Formats a current phone browser accepts in <source type="…">.
SUPPORTED_TYPES = {"image/avif", "image/webp", "image/jpeg", "image/png"}
PAGES = {
    "home": "/",
    "explainer": "/uitleg/wat-is-een-wijkaanpak/",
    "route, residents": "/ik-woon-in-de-wijk/",
    "route, professionals": "/ik-werk-in-de-wijk/",
}
COMPRESSIBLE = (".css", ".js", ".svg", ".html", ".json", ".txt")


# Parsing --------------------------------------------------------------------


@dataclass
class Img:
    attrs: dict
    sources: list = field(default_factory=list)  # <source> attrs in order


class ResourceParser(HTMLParser):
    """Collects what the browser would fetch, and every URL-bearing
    attribute for the other-host check."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stylesheets = []
        self.scripts = []
        self.icons = []
        self.images = []
        self.urls = []  # (tag, attribute, url) for every fetched resource
        self.links = []  # <a href>, may point anywhere
        self.inline = []  # what a strict CSP blocks: style="", on*="", <script>…
        self._sources = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.inline += [
            (tag, name) for name in attrs if name == "style" or name.startswith("on")
        ]
        data_types = ("application/json", "application/ld+json")
        if tag == "style" or (
            tag == "script"
            and not attrs.get("src")
            and attrs.get("type") not in data_types
        ):
            self.inline.append((tag, "inline"))
        if tag == "a":
            if attrs.get("href"):
                self.links.append(attrs["href"])
            return
        for name in ("src", "href", "poster", "data", "action", "formaction"):
            if attrs.get(name):
                self.urls.append((tag, name, attrs[name]))
        for name in ("srcset", "imagesrcset"):
            if attrs.get(name):
                for url, _descriptor in parse_srcset(attrs[name]):
                    self.urls.append((tag, name, url))
        if tag == "link":
            rel = set((attrs.get("rel") or "").lower().split())
            if "stylesheet" in rel:
                self.stylesheets.append(attrs["href"])
            elif rel & {"icon", "apple-touch-icon", "shortcut"}:
                self.icons.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "picture":
            self._sources = []
        elif tag == "source" and self._sources is not None:
            self._sources.append(attrs)
        elif tag == "img":
            self.images.append(Img(attrs, self._sources or []))

    def handle_endtag(self, tag):
        if tag == "picture":
            self._sources = None


def parse_srcset(value):
    """[(url, descriptor)] from a srcset attribute."""
    candidates = []
    for part in value.split(","):
        bits = part.strip().split()
        if bits:
            candidates.append((bits[0], bits[1] if len(bits) > 1 else "1x"))
    return candidates


def _length(value):
    """A CSS length from sizes="" in CSS pixels at the phone's viewport."""
    value = value.strip()
    match = re.fullmatch(r"(\d*\.?\d+)(px|vw|rem|em)?", value)
    if not match:
        raise AssertionError(f"Onbekende lengte in sizes: {value!r}")
    number, unit = float(match[1]), match[2] or "px"
    return (
        number
        * {
            "px": 1,
            "vw": VIEWPORT / 100,
            "rem": ROOT_FONT_SIZE,
            "em": ROOT_FONT_SIZE,
        }[unit]
    )


def _media_matches(condition):
    for feature, length in re.findall(
        r"\(\s*(min-width|max-width)\s*:\s*([^)]+)\)", condition
    ):
        limit = _length(length)
        if feature == "max-width" and limit < VIEWPORT:
            return False
        if feature == "min-width" and limit > VIEWPORT:
            return False
    return True


def slot_width(sizes):
    """Evaluate sizes="" for the phone; 100vw when absent."""
    if not sizes:
        return VIEWPORT
    for entry in sizes.split(","):
        entry = entry.strip()
        if entry.startswith("("):
            condition, _, length = entry.rpartition(")")
            if _media_matches(condition + ")"):
                return _length(length)
        else:
            return _length(entry)
    return VIEWPORT


def choose_candidate(srcset, sizes, fallback=None):
    """The URL a 390-px phone at DPR 2 picks: the smallest candidate that is
    at least slot × DPR wide, else the largest."""
    candidates = parse_srcset(srcset) if srcset else []
    if not candidates:
        return fallback
    needed = slot_width(sizes) * DPR
    widths = []
    for url, descriptor in candidates:
        if descriptor.endswith("w"):
            widths.append((int(descriptor[:-1]), url))
        else:  # density descriptor: pick by DPR
            widths.append((float(descriptor[:-1]) * needed / DPR, url))
    widths.sort()
    for width, url in widths:
        if width >= needed:
            return url
    return widths[-1][1]


def image_url(img):
    """The URL the browser downloads for an <img>, looking at <source>s of
    its <picture> first."""
    for source in img.sources:
        if source.get("media") and not _media_matches(source["media"]):
            continue
        if source.get("type") and source["type"] not in SUPPORTED_TYPES:
            continue
        return choose_candidate(source.get("srcset"), source.get("sizes"))
    return choose_candidate(
        img.attrs.get("srcset"), img.attrs.get("sizes"), img.attrs.get("src")
    )


# Loading and compressing ----------------------------------------------------


def _compressed(data):
    return min(len(gzip.compress(data, compresslevel=6)), len(brotli.compress(data)))


def load(url):
    """(bytes on the wire, bytes) of a static file or a media file."""
    path = urlsplit(url).path
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path.removeprefix(settings.STATIC_URL))
        assert found, f"Statisch bestand niet gevonden: {url}"
        with open(found, "rb") as fh:
            data = fh.read()
    elif path.startswith(settings.MEDIA_URL):
        with default_storage.open(path.removeprefix(settings.MEDIA_URL)) as fh:
            data = fh.read()
    else:
        raise AssertionError(f"Onbekende bron: {url}")
    if path.endswith(COMPRESSIBLE):
        return _compressed(data), data
    return len(data), data


def css_urls(css):
    return [
        u.strip("'\"")
        for u in re.findall(r"url\(\s*([^)]+?)\s*\)", css)
        if not u.strip("'\"").startswith("data:")
    ]


@dataclass
class Weight:
    html_gzip: int = 0
    html_brotli: int = 0
    css: int = 0
    js: int = 0
    icons: int = 0
    fonts: int = 0
    images_all: int = 0
    images_eager: int = 0
    lines: list = field(default_factory=list)

    @property
    def static(self):
        return self.css + self.js + self.icons + self.fonts

    @property
    def total(self):
        """Conservative: gzip HTML, every image (lazy ones too)."""
        return self.html_gzip + self.static + self.images_all

    @property
    def first_paint(self):
        return self.html_gzip + self.static + self.images_eager

    def report(self, name):
        return "\n".join(
            [
                f"{name}: totaal {self.total} B (alle afbeeldingen), "
                f"{self.first_paint} B (zonder lazy), budget {BUDGET} B",
                f"  HTML gzip {self.html_gzip} B, brotli {self.html_brotli} B",
                f"  CSS {self.css} B, JS {self.js} B, iconen {self.icons} B, "
                f"fonts {self.fonts} B",
                f"  afbeeldingen {self.images_all} B (zonder lazy "
                f"{self.images_eager} B)",
                *self.lines,
            ]
        )


def measure(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content
    parser = ResourceParser()
    parser.feed(html.decode())
    weight = Weight(
        html_gzip=len(gzip.compress(html, compresslevel=6)),
        html_brotli=len(brotli.compress(html)),
    )
    weight.lines.append(f"  HTML {len(html)} B ongecomprimeerd")
    for kind, urls in (
        ("css", parser.stylesheets),
        ("js", parser.scripts),
        ("icons", parser.icons),
    ):
        for resource in urls:
            size, data = load(resource)
            setattr(weight, kind, getattr(weight, kind) + size)
            weight.lines.append(f"  {kind} {resource}: {size} B")
            if kind == "css":
                for sub in css_urls(data.decode()):
                    sub_size, _ = load(sub)
                    weight.fonts += sub_size
                    weight.lines.append(f"  css-url {sub}: {sub_size} B")
    for img in parser.images:
        chosen = image_url(img)
        size, _ = load(chosen)
        lazy = img.attrs.get("loading") == "lazy"
        weight.images_all += size
        if not lazy:
            weight.images_eager += size
        weight.lines.append(f"  img {chosen}: {size} B{' (lazy)' if lazy else ''}")
    return response, parser, weight


_measured = {}


def measured(url):
    """measure() once per URL: rendering the explainer encodes its AVIF,
    WebP and JPEG renditions again after each test's rollback."""
    if url not in _measured:
        _measured[url] = measure(Client(), url)
    return _measured[url]


# Tests ----------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_page_weight_under_budget(db, name):
    _response, _parser, weight = measured(PAGES[name])
    assert weight.total < BUDGET, weight.report(name)


def test_explainer_has_an_image_to_measure(db):
    """The budget test is only meaningful if the explainer shows an image."""
    _response, parser, _weight = measured(PAGES["explainer"])
    assert parser.images


@pytest.mark.parametrize("name", PAGES)
def test_nothing_loaded_from_another_host(db, name):
    _response, parser, weight = measured(PAGES[name])
    foreign = [
        (tag, attr, url)
        for tag, attr, url in parser.urls
        if urlsplit(url).netloc not in ("", "testserver") or url.startswith("//")
    ]
    # <link rel=canonical> names this site's own address, not another host.
    assert not foreign, foreign
    assert not parser.inline, parser.inline
    for stylesheet in parser.stylesheets:
        _size, data = load(stylesheet)
        css = data.decode()
        assert "@import" not in css
        assert "@font-face" not in css, "Alleen systeemlettertypen"
        for url in css_urls(css):
            assert not urlsplit(url).netloc, url


@pytest.mark.parametrize("name", PAGES)
def test_images_are_sized_and_lazy_below_the_first(db, name):
    _response, parser, _weight = measured(PAGES[name])
    for i, img in enumerate(parser.images):
        assert img.attrs.get("width") and img.attrs.get("height"), img.attrs
        assert "alt" in img.attrs, img.attrs
        if i > 0:
            assert img.attrs.get("loading") == "lazy", img.attrs
            assert img.attrs.get("decoding") == "async", img.attrs
        for source in img.sources:
            assert source.get("type") in SUPPORTED_TYPES, source


def test_explainer_images_are_modern_and_responsive(db):
    _response, parser, _weight = measured(PAGES["explainer"])
    for img in parser.images:
        types = [source.get("type") for source in img.sources]
        assert "image/avif" in types or "image/webp" in types, types
        assert img.attrs.get("srcset") or all(s.get("srcset") for s in img.sources)
        assert img.attrs.get("sizes") or all(s.get("sizes") for s in img.sources)
        assert image_url(img).endswith((".avif", ".webp"))


def test_partner_logo_is_responsive_and_not_lazy(client):
    """A partner logo sits just below the heading: above the fold, so not
    lazy, with AVIF/WebP and a PNG fallback that keeps transparency."""
    partner = Partner.objects.get(slug="lsa")
    partner.logo = get_image_model().objects.first()
    partner.save()
    _response, parser, weight = measure(client, f"/partners/{partner.slug}/")
    (img,) = parser.images
    assert img.attrs.get("width") and img.attrs.get("height"), img.attrs
    assert img.attrs.get("loading") != "lazy"
    assert [s.get("type") for s in img.sources] == ["image/avif", "image/webp"]
    assert img.attrs["src"].endswith(".png")
    assert image_url(img).endswith(".avif")
    assert weight.images_all < 20 * 1024, weight.report("partner")


def test_sizes_evaluation():
    assert slot_width("(max-width: 48rem) 100vw, 48rem") == VIEWPORT
    assert slot_width("(min-width: 48rem) 50vw, 100vw") == VIEWPORT
    assert slot_width("(min-width: 10rem) 200px, 100vw") == 200
    assert (
        choose_candidate("a.webp 400w, b.webp 800w, c.webp 1200w", "100vw") == "b.webp"
    )
    assert choose_candidate("a.webp 400w", "100vw") == "a.webp"
    assert choose_candidate("", "", "x.png") == "x.png"
