"""The three editor roles and what each may do.

The groups themselves come from migration 0001. Model permissions only exist
once every app has migrated, so they are (re)applied after each ``migrate``
by ``sync_role_permissions``; it only adds, never removes an editor's choice.

- Redacteur: writes and edits pages, images, documents and reference data,
  and submits pages for approval, but cannot publish. Views and handles
  reader feedback ("Paginafeedback"), and hides nonsense from the
  "Zoektermen" report.
- Eindredacteur: all of that, plus approving, publishing, unpublishing and
  locking pages, and deleting reference data.
- Beheerder: every permission there is (users, settings, redirects, …).
"""

from django.contrib.auth.models import Group, Permission

REDACTEUR = "Redacteur"
EINDREDACTEUR = "Eindredacteur"
BEHEERDER = "Beheerder"

# (app label, model) pairs of reference data editors maintain as snippets.
SNIPPETS = [
    ("explainers", "partner"),
    ("explainers", "theme"),
    ("explainers", "audience"),
    ("explainers", "resourcetype"),
    ("explainers", "glossaryterm"),
    ("search", "synonymgroup"),
    ("editorial", "difficultword"),
]


# (app label, model) pairs editors view and handle (change), but never add or
# delete: reader feedback on pages.
HANDLED = [
    ("feedback", "pagefeedback"),
]

# (app label, model) pairs editors only add: a hidden search term.
ADDED_ONLY = [
    ("search", "hiddensearchterm"),
]


def _snippet_permissions(actions, models=SNIPPETS):
    permissions = Permission.objects.none()
    for app_label, model in models:
        permissions |= Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    return permissions


def sync_role_permissions(**kwargs):
    groups = {
        group.name: group
        for group in Group.objects.filter(
            name__in=[REDACTEUR, EINDREDACTEUR, BEHEERDER]
        )
    }
    if len(groups) < 3:
        return  # the migration that creates them has not run (yet)
    groups[REDACTEUR].permissions.add(*_snippet_permissions(["add", "change"]))
    groups[EINDREDACTEUR].permissions.add(
        *_snippet_permissions(["add", "change", "delete"])
    )
    for role in (REDACTEUR, EINDREDACTEUR):
        groups[role].permissions.add(*_snippet_permissions(["view", "change"], HANDLED))
        groups[role].permissions.add(*_snippet_permissions(["add"], ADDED_ONLY))
    groups[BEHEERDER].permissions.add(*Permission.objects.all())
