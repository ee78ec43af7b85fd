"""Catalog rows a resident reading English would see in Chinese only."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.mediation.states import DisputeType, label
from services.storage.casework_models import ReceivingBody
from services.storage.models import Counter, Service


def rows_without_english(session: Session) -> list[str]:
    """One line per service, material, counter, receiving body or dispute type whose English
    is missing; empty when the whole catalog reads in both languages."""
    found: list[str] = []
    for service in session.scalars(select(Service).order_by(Service.code)):
        where = f"service {service.code}"
        if not service.name_en.strip():
            found.append(f"{where}: no English name")
        if service.description_zh.strip() and not service.description_en.strip():
            found.append(f"{where}: no English description")
        english = list(service.materials_en or [])
        for index, name in enumerate(service.materials or []):
            if index >= len(english) or not english[index].strip():
                found.append(f"{where}: material {name!r} has no English")
    for counter in session.scalars(select(Counter).order_by(Counter.number)):
        if not counter.name_en.strip():
            found.append(f"counter {counter.number}: no English name")
    for body in session.scalars(select(ReceivingBody).order_by(ReceivingBody.id)):
        if not body.name_en.strip():
            found.append(f"receiving body {body.name!r}: no English name")
    for kind in DisputeType:
        if label("dispute_type", kind.value, "en") == label("dispute_type", kind.value, "zh_CN"):
            found.append(f"dispute type {kind.value}: no English label")
    return found
