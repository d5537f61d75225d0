"""Scheduled publishing: a revision with a go-live date goes live when the
cron job (`manage.py publish_scheduled`, see the README) runs after that
date, and an expiry date takes a page offline again."""

import datetime
from unittest import mock

import pytest

from django.core.management import call_command
from django.utils import timezone

from .factories import ExplainerPageFactory

pytestmark = pytest.mark.django_db


def test_scheduled_page_goes_live_when_the_command_runs(client, explainer_index):
    page = ExplainerPageFactory(parent=explainer_index, live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=5)
    page.save_revision().publish()  # schedules instead of publishing
    page.refresh_from_db()
    assert not page.live
    assert client.get(page.url).status_code == 404

    call_command("publish_scheduled")  # too early: nothing happens
    page.refresh_from_db()
    assert not page.live

    later = timezone.now() + datetime.timedelta(minutes=10)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_expired_page_goes_offline_when_the_command_runs(client, explainer_index):
    page = ExplainerPageFactory(parent=explainer_index)
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save(update_fields=["expire_at"])
    assert client.get(page.url).status_code == 200

    call_command("publish_scheduled")

    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(page.url).status_code == 404
