"""Demo content for Wijkwijzer, kept as plain Python data.

``manage.py load_demo_content`` reads these modules and builds pages and snippets
from them, keyed on slugs so a second run updates in place. All text is our own
plain Dutch (language level B1); invented places are visibly fictional
("Voorbeeldwijk in Voorbeeldstad").

Modules and the shape of their data
-----------------------------------
taxonomy.py     THEMES, AUDIENCES, RESOURCE_TYPES: lists of
                {"slug", "name", "description"}.
partners.py     PARTNERS: list of {"slug", "name", "short_name", "website",
                "description"}; ``website`` is the real homepage.
resources.py    RESOURCES: list of {"slug", "title", "url", "partner" (slug),
                "resource_type" (slug), "themes" [slugs], "audiences" [slugs],
                "summary" (1-2 sentences), "year" (int)}; optional "state".
explainers.py   EXPLAINERS: list of {"slug", "title", "summary" ("Kort gezegd"),
                "parent" (explainer slug or None), "themes", "audiences",
                "last_reviewed" ("YYYY-MM-DD"), "body" [blocks],
                "professionals" [blocks] (may be empty), "related"
                [explainer slugs] (may be empty)}; optional "state".
links.py        EXPLAINER_RESOURCES: {explainer slug: [(resource slug, note)]},
                the ordered "related partner resources" of each explainer.
articles.py     ARTICLES: list of {"slug", "title", "date" ("YYYY-MM-DD"),
                "author", "intro", "themes", "body" [blocks],
                "resources" [(resource slug, note)]}; optional "state".
routes.py       ROUTES: list of {"slug", "title", "audience" (slug), "home_field"
                (the HomePage field that links to it), "summary", "body"
                [blocks]}: the start pages "Ik woon/werk in de wijk".
practice.py     PRACTICE_EXAMPLES: each with "themes" and "audiences" [slugs].
guide.py        GUIDE: the steps, each with a short "resident_part".
pages.py        HOME: {"intro", "residents_text", "professionals_text",
                "featured" [explainer slugs]}; CONTENT_PAGES: list of
                {"slug", "title", "summary", "body" [blocks]}.

Blocks are ``(block_type, value)`` tuples:
    ("heading", {"text": str, "level": "h2" | "h3"})
    ("paragraph", "<p>rich text: <b>, <i>, <a href>, <ul>/<ol></p>")
    ("callout", {"kind": "tip" | "let-op", "title": str, "text": "<p>…</p>"})
    ("quote", {"quote": str, "source": str})
    ("image", {"image": "huizen" | "buurt" | "samen", "alt": str,
               "decorative": bool, "caption": str})
    ("faq", {"items": [{"question": str, "answer": "<p>…</p>"}]})
    ("steps", {"steps": [{"title": str, "text": "<p>…</p>"}]})
    ("resource_cards", {"title": str, "resources": [resource slugs]})
    ("page_cards", {"title": str, "pages": [explainer slugs]})

The optional "state" marks the awkward publishing states that tests rely on:
"draft" (never published), "unpublished_changes" (live, with a newer draft),
"private" (live behind a password) and "unpublished" (was live, now not).
"""
