"""Readability shown while editing: our rules inside Wagtail's content checks
(the axe configuration of the editor's "Controles" panel, the preview and the
userbar)."""

import json
import re

from django.urls import reverse

from wagtail.admin.userbar import ContentCheckerItem
from wagtail.test.utils import WagtailPageTestCase

from editorial.content_checks import (
    FAIL_CHECK,
    add_readability_rules,
    readability_problems,
)
from explainers.models import ExplainerPage

from .helpers import edit_form_data

HARD_SUMMARY = (
    "Teneinde de participatie van bewoners te faciliteren, implementeren wij "
    "middels een integrale gebiedsgerichte benadering structurele voorzieningen "
    "in de leefomgeving van de betreffende wijk."
)
EASY_SUMMARY = "Bewoners praten mee over hun wijk. Zo wordt de buurt beter."

_CONFIG = re.compile(
    r'<script[^>]*id="checker-axe-configuration"[^>]*>(.*?)</script>', re.S
)


def axe_configuration(html):
    match = _CONFIG.search(html)
    assert match, "no content checker configuration in the page"
    return json.loads(match.group(1))


_READABILITY = re.compile(
    r'<script[^>]*id="wijkwijzer-leesbaarheid"[^>]*>(.*?)</script>', re.S
)


def readability_json(html):
    match = _READABILITY.search(html)
    assert match, "no readability checks in the preview"
    return json.loads(match.group(1))


def rule_ids(config):
    return {rule["id"] for rule in config["spec"]["rules"]}


class ReadabilityProblemTests(WagtailPageTestCase):
    def test_hard_summary_gives_a_summary_problem_with_its_score(self):
        page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        page.summary = HARD_SUMMARY
        problems = {
            rule: (name, text) for rule, name, text in readability_problems(page)
        }
        self.assertIn("wijkwijzer-kort-gezegd", problems)
        name, help_text = problems["wijkwijzer-kort-gezegd"]
        self.assertRegex(name, r"niet op B1-niveau \(leesbaarheid -?\d+\)")
        self.assertIn("60", help_text)
        # The hard summary also brings its difficult words with alternatives.
        name, help_text = problems["wijkwijzer-moeilijke-woorden"]
        self.assertIn("faciliteren", name)
        self.assertIn("faciliteren → mogelijk maken", help_text)

    def test_long_sentence_is_named_by_its_first_words(self):
        page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        sentence = " ".join(["woord"] * 22) + "."
        page.summary = EASY_SUMMARY
        page.intro = sentence
        problems = {
            rule: (name, text) for rule, name, text in readability_problems(page)
        }
        name, help_text = problems["wijkwijzer-lange-zinnen"]
        self.assertRegex(name, r"^\d+ zin(nen)? met meer dan 20 woorden$")
        self.assertIn("‘woord woord woord woord woord woord woord woord …’", help_text)

    def test_easy_text_has_no_problems(self):
        page = ExplainerPage(title="De wijk", summary=EASY_SUMMARY, body=[])
        self.assertEqual(readability_problems(page, difficult={}), [])

    def test_rules_fail_on_the_heading_and_are_run(self):
        item = ContentCheckerItem()
        add_readability_rules(item, [("wijkwijzer-x", "Naam", "Hulp")])
        rule = next(r for r in item.axe_custom_rules if r["id"] == "wijkwijzer-x")
        self.assertEqual(rule["selector"], "h1")
        self.assertEqual(rule["none"], [FAIL_CHECK["id"]])
        self.assertIn(FAIL_CHECK, item.axe_custom_checks)
        self.assertIn("wijkwijzer-x", item.axe_run_only)
        self.assertEqual(
            item.axe_messages["wijkwijzer-x"],
            {"error_name": "Naam", "help_text": "Hulp"},
        )
        # Wagtail's own checks stay, and the class itself is untouched.
        self.assertIn("empty-heading", item.axe_run_only)
        self.assertNotIn("wijkwijzer-x", ContentCheckerItem.axe_run_only)


class EditorChecksPanelTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")

    def test_checks_panel_gets_the_typed_texts_checks_from_the_preview(self):
        """The panel's rules are read once, when the edit view loads, so ours
        are not among them (they would show the saved text); checks.js shows
        the ones the preview carries, for the text as typed."""
        draft = self.page.get_latest_revision_as_object()
        draft.summary = HARD_SUMMARY
        draft.save_revision()
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        )
        html = response.content.decode()
        config = axe_configuration(html)
        self.assertNotIn("wijkwijzer-kort-gezegd", rule_ids(config))
        # Wagtail's own content checks are still there.
        self.assertIn("empty-heading", config["options"]["runOnly"])
        self.assertIn("editorial/js/checks.js", html)

    def test_preview_carries_score_and_problems_of_the_typed_text(self):
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.page.pk])
        data = edit_form_data(self.client, self.page, summary=HARD_SUMMARY)
        self.assertEqual(self.client.post(url, data).json()["is_valid"], True)
        response = self.client.get(url, {"in_preview_panel": "true"})
        checks = readability_json(response.content.decode())
        self.assertEqual(checks["title"], "Leesbaarheid (B1)")
        self.assertRegex(checks["score"], r"^Leesbaarheid -?\d+ \(Flesch-Douma")
        names = [problem["name"] for problem in checks["problems"]]
        self.assertTrue(any("niet op B1-niveau" in name for name in names), names)
        helps = " ".join(problem["help"] for problem in checks["problems"])
        self.assertIn("faciliteren → mogelijk maken", helps)

    def test_public_pages_carry_no_readability_json(self):
        self.assertNotContains(
            self.client.get(self.page.url), "wijkwijzer-leesbaarheid"
        )
        self.client.logout()
        self.assertNotContains(
            self.client.get(self.page.url), "wijkwijzer-leesbaarheid"
        )

    def test_easy_summary_has_no_summary_rule(self):
        draft = self.page.get_latest_revision_as_object()
        draft.summary = EASY_SUMMARY
        draft.save_revision().publish()
        response = self.client.get(self.page.url)
        self.assertNotIn(
            "wijkwijzer-kort-gezegd",
            rule_ids(axe_configuration(response.content.decode())),
        )

    def test_preview_checks_the_unsaved_text(self):
        """The preview renders the form as typed; its checker sees that text."""
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.page.pk])
        data = edit_form_data(self.client, self.page, summary=HARD_SUMMARY)
        response = self.client.post(url, data)
        self.assertEqual(response.json()["is_valid"], True)
        response = self.client.get(url, {"in_preview_panel": "true"})
        config = axe_configuration(response.content.decode())
        self.assertIn("wijkwijzer-kort-gezegd", rule_ids(config))
        self.page.refresh_from_db()
        self.assertNotEqual(self.page.summary, HARD_SUMMARY)

    def test_live_page_userbar_has_the_checks_for_editors_only(self):
        draft = self.page.get_latest_revision_as_object()
        draft.summary = HARD_SUMMARY
        draft.save_revision().publish()
        response = self.client.get(self.page.url)
        self.assertIn(
            "wijkwijzer-kort-gezegd",
            rule_ids(axe_configuration(response.content.decode())),
        )
        self.client.logout()
        response = self.client.get(self.page.url)
        self.assertNotContains(response, "checker-axe-configuration")
