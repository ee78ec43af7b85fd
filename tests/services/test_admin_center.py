"""Center settings, on both databases: opening hours, time zone, recall limit, names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from services.admin.center import (
    normalise_opening_hours,
    read_center_settings,
    update_center_settings,
)
from services.calendar.opening_hours import kiosk_availability
from services.core.center_config import load_center_config
from services.core.errors import ValidationError
from services.storage.db import Database
from tests.conftest import MORNING
from tests.services.test_admin_catalog import (
    admin_actor,
    audit_total,
    details,
    event_kinds,
    last_audit,
)


def test_read_the_seeded_settings(database: Database) -> None:
    with database.reader() as session:
        settings = read_center_settings(session, admin_actor(session))
    assert settings.timezone == "Asia/Shanghai"
    assert settings.opening_hours == "08:30-12:00,13:30-17:30"
    assert settings.recall_limit == 3


def test_update_stores_normalised_values_and_audits_the_change(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        settings = read_center_settings(session, actor)
        stored = update_center_settings(
            session,
            actor,
            replace(
                settings,
                opening_hours=" 13:30-17:00 , 08:00-12:00 ",
                recall_limit=2,
                center_name_en=" Riverside Service Center ",
            ),
            now=MORNING,
        )
        assert stored.opening_hours == "08:00-12:00,13:30-17:00"
        assert stored.center_name_en == "Riverside Service Center"
        config = load_center_config(session)
        assert (config.recall_limit, config.opening_hours) == (2, "08:00-12:00,13:30-17:00")
        audit = last_audit(session)
        assert (audit.action, audit.target_type, audit.target_id) == (
            "center.settings_update",
            "setting",
            "center",
        )
        assert audit.details == {
            "before": {
                "center_name_en": "District Public Service Center",
                "opening_hours": "08:30-12:00,13:30-17:30",
                "recall_limit": 3,
            },
            "after": {
                "center_name_en": "Riverside Service Center",
                "opening_hours": "08:00-12:00,13:30-17:00",
                "recall_limit": 2,
            },
        }
        assert event_kinds(session)[-1] == "center_settings_changed"
        count = audit_total(session)
        update_center_settings(session, actor, stored, now=MORNING)  # no change, no row
        assert audit_total(session) == count


def test_opening_hours_take_effect_at_the_kiosk(database: Database) -> None:
    # 12:30 Beijing time on a Monday: lunch break by the seeded hours
    lunch = datetime(2026, 11, 30, 4, 30, tzinfo=UTC)
    with database.writer() as session:
        actor = admin_actor(session)
        assert not kiosk_availability(session, now=lunch).open_now
        settings = read_center_settings(session, actor)
        update_center_settings(session, actor, replace(settings, opening_hours="08:30-17:30"))
        assert kiosk_availability(session, now=lunch).open_now


def test_time_zone_change(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        settings = read_center_settings(session, actor)
        stored = update_center_settings(session, actor, replace(settings, timezone="Asia/Urumqi"))
        assert stored.timezone == "Asia/Urumqi"
        assert load_center_config(session).timezone.key == "Asia/Urumqi"
        assert details(session) == {
            "before": {"timezone": "Asia/Shanghai"},
            "after": {"timezone": "Asia/Urumqi"},
        }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"opening_hours": ""}, "Give the opening hours"),
        ({"opening_hours": "8:30-12"}, "must look like 08:30-12:00,13:30-17:30"),
        ({"opening_hours": "12:00-08:30"}, "must look like"),
        ({"opening_hours": "08:00-12:00,11:00-14:00"}, "overlap at 11:00"),
        ({"timezone": "Mars/Olympus"}, "Unknown time zone 'Mars/Olympus'"),
        ({"timezone": "../../etc/passwd"}, "Unknown time zone"),
        ({"timezone": " "}, "Give the center's time zone"),
        ({"timezone": "asia/shanghai"}, "Unknown time zone"),
        ({"recall_limit": 11}, "recall limit must be from 0 to 10"),
        ({"recall_limit": "3"}, "recall limit must be a whole number"),
        ({"default_service_minutes": 0}, "default service time (minutes) must be from 1"),
        ({"center_name_zh": ""}, "Chinese center name cannot be empty"),
        ({"center_name_en": "n" * 101}, "English center name is at most 100"),
        ({"open_on_non_working_days": 1}, "must be yes or no"),
    ],
)
def test_invalid_settings_are_refused(
    database: Database, change: dict[str, Any], message: str
) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        settings = read_center_settings(session, actor)
        before = audit_total(session)
        with pytest.raises(ValidationError, match=re.escape(message)):
            update_center_settings(session, actor, replace(settings, **change))
        assert audit_total(session) == before
        assert read_center_settings(session, actor) == settings


def test_normalise_opening_hours() -> None:
    assert normalise_opening_hours("00:00-24:00") == "00:00-24:00"
    assert normalise_opening_hours("08:30-12:00,12:00-17:00") == "08:30-12:00,12:00-17:00"
