"""Review dates of the demo content, so the "Te controleren" report and the
dashboard have something to show.

Pages without a "last_reviewed" in their own data module were checked on
``LAST_REVIEWED`` (articles: on their own date). ``NEXT_REVIEW_IN_DAYS``
gives a few pages a next review relative to the day the demo is loaded:
negative is overdue, positive is due soon. Keyed on slug.
"""

import datetime

LAST_REVIEWED = datetime.date(2026, 11, 1)

NEXT_REVIEW_IN_DAYS = {
    # Overdue
    "geschiedenis-van-de-wijkaanpak": -20,
    "wijkcafe-voorbeeldwijk": -45,
    "lsa-agenda-van-de-wijk": -5,
    # Due within 60 days
    "wie-doet-wat-in-de-wijk": 20,
    "privacy": 20,
    "orienteren": 40,
}
