"""Dutch readability in Wagtail's own content checks.

Wagtail runs axe-core over the page preview and lists the problems in the
editor's "Controles" side panel (and in the userbar's checker). We add one
axe rule per readability problem of the page being edited or previewed, with
the page's own figures in the message. The rules are computed on the server,
so axe only needs a rule that always fails on the page's ``<h1>`` — the same
trick Wagtail uses for its "meta description is empty" check.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin.userbar import ContentCheckerItem

from .models import DifficultWord
from .page_text import page_text
from .readability import B1_THRESHOLD, MAX_SENTENCE_WORDS, analyse

# The check: "the <h1> has text", used under ``none`` so the rule fails
# whenever it runs. ``has-text-content-evaluate`` is one of axe's built-in
# evaluate functions, so no script has to be shipped or eval'ed.
FAIL_CHECK = {"id": "wijkwijzer-always-fail", "evaluate": "has-text-content-evaluate"}
SHOWN_LIST_ITEMS = 5


def _score(report):
    return f"{report.score:.0f}"


def _shorten(sentence, words=8):
    parts = sentence.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _join(items):
    items = list(items)
    shown = ", ".join(items[:SHOWN_LIST_ITEMS])
    if len(items) > SHOWN_LIST_ITEMS:
        shown += " " + _("en %(count)d meer") % {"count": len(items) - SHOWN_LIST_ITEMS}
    return shown


def readability_problems(page, difficult=None):
    """``[(rule id, error name, help text)]`` for the page's text, empty when
    it reads well at B1."""
    if difficult is None:
        difficult = DifficultWord.as_dict()
    problems = []
    summary = getattr(page, "summary", None)
    if isinstance(summary, str) and summary.strip():
        report = analyse(summary, difficult)
        if not report.is_b1:
            problems.append(
                (
                    "wijkwijzer-kort-gezegd",
                    _("‘Kort gezegd’ is niet op B1-niveau (leesbaarheid %(score)s)")
                    % {"score": _score(report)},
                    _(
                        "B1 begint bij %(threshold)d (Flesch-Douma). Gebruik korte "
                        "zinnen en gewone woorden: dit staat bovenaan de pagina en "
                        "in zoekmachines."
                    )
                    % {"threshold": B1_THRESHOLD},
                )
            )
    report = analyse(page_text(page), difficult)
    if report.score is None:
        return problems
    if not report.is_b1:
        problems.append(
            (
                "wijkwijzer-leesbaarheid",
                _("Leesbaarheid %(score)s: onder B1-niveau")
                % {"score": _score(report)},
                _(
                    "Flesch-Douma-score van de hele tekst; B1 begint bij "
                    "%(threshold)d. Kortere zinnen en woorden met minder "
                    "lettergrepen maken de score hoger."
                )
                % {"threshold": B1_THRESHOLD},
            )
        )
    if report.long_sentences:
        count = len(report.long_sentences)
        problems.append(
            (
                "wijkwijzer-lange-zinnen",
                ngettext(
                    "%(count)d zin met meer dan %(max)d woorden",
                    "%(count)d zinnen met meer dan %(max)d woorden",
                    count,
                )
                % {"count": count, "max": MAX_SENTENCE_WORDS},
                _("Maak er twee zinnen van: %(list)s")
                % {"list": _join(f"‘{_shorten(s)}’" for s in report.long_sentences)},
            )
        )
    if report.difficult_words:
        problems.append(
            (
                "wijkwijzer-moeilijke-woorden",
                _("Moeilijke woorden: %(list)s")
                % {"list": _join(word for word, _alt in report.difficult_words)},
                _("Op B1-niveau: %(list)s")
                % {
                    "list": _join(
                        f"{word} → {alt}" for word, alt in report.difficult_words
                    )
                },
            )
        )
    if report.long_words:
        problems.append(
            (
                "wijkwijzer-lange-woorden",
                _("Lange woorden: %(list)s") % {"list": _join(report.long_words)},
                _("Splits lange woorden of kies een korter woord."),
            )
        )
    return problems


def readability_summary(page, difficult=None):
    """What the "Controles" panel shows for the text as typed (see
    static/editorial/js/checks.js): the page's score and its problems."""
    if difficult is None:
        difficult = DifficultWord.as_dict()
    report = analyse(page_text(page), difficult)
    if report.score is None:
        score = _("Leesbaarheid: nog te weinig tekst")
    else:
        score = _("Leesbaarheid %(score)s (Flesch-Douma, B1 vanaf %(threshold)d)") % {
            "score": _score(report),
            "threshold": B1_THRESHOLD,
        }
    return {
        "title": _("Leesbaarheid (B1)"),
        "score": score,
        "problems": [
            {"name": name, "help": help_text}
            for _rule, name, help_text in readability_problems(page, difficult)
        ],
        "none": _("Geen problemen: de tekst is op B1-niveau."),
    }


def add_readability_rules(item, problems):
    """Give a ContentCheckerItem (a fresh instance) one failing rule per problem."""
    rules, messages = [], {}
    for rule_id, error_name, help_text in problems:
        rules.append(
            {
                "id": rule_id,
                "impact": "moderate",
                "selector": "h1",
                "tags": ["best-practice"],
                "none": [FAIL_CHECK["id"]],
                "enabled": True,
            }
        )
        messages[rule_id] = {"error_name": error_name, "help_text": help_text}
    item.axe_custom_rules = [*item.axe_custom_rules, *rules]
    item.axe_custom_checks = [*item.axe_custom_checks, FAIL_CHECK]
    item.axe_messages = {**item.axe_messages, **messages}
    item.axe_run_only = [*item.axe_run_only, *messages]


def readability_userbar_hook(request, items, page):
    """``construct_wagtail_userbar``: add the readability rules for ``page``.

    Runs for the preview (with the unsaved form state) and the userbar on
    live pages. Not for the editor's side panel: its rules are read once,
    when the edit view loads, so they would show the saved text; the panel
    gets the typed text's checks from the preview instead (checks.js)."""
    if page is None:
        return
    checkers = [
        item
        for item in items
        if isinstance(item, ContentCheckerItem) and not item.in_editor
    ]
    if not checkers:
        return
    problems = readability_problems(page.specific_deferred)
    for item in checkers:
        add_readability_rules(item, problems)
