"""Translated names for stages 1–2 and the Today page: appointment kinds and states, visit
kinds, durations ("time since arrival")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from showroom_app.domain.enums import InteractionType


def appointment_kind(code: str) -> str:
    names = {
        "visit": QCoreApplication.translate("ReceptionTexts", "Showroom visit"),
        "test_drive": QCoreApplication.translate("ReceptionTexts", "Test drive"),
        "delivery": QCoreApplication.translate("ReceptionTexts", "Delivery"),
    }
    return names.get(code, code)


def appointment_status(code: str) -> str:
    names = {
        "scheduled": QCoreApplication.translate("ReceptionTexts", "Scheduled"),
        "show": QCoreApplication.translate("ReceptionTexts", "Showed up"),
        "no_show": QCoreApplication.translate("ReceptionTexts", "No-show"),
        "cancelled": QCoreApplication.translate("ReceptionTexts", "Cancelled"),
    }
    return names.get(code, code)


def visit_kind(kind: InteractionType, first_visit: bool) -> str:
    """First or return visit (derived from history), or an inbound call."""
    if kind is InteractionType.INBOUND_CALL:
        return QCoreApplication.translate("ReceptionTexts", "Inbound call")
    if first_visit:
        return QCoreApplication.translate("ReceptionTexts", "First visit")
    return QCoreApplication.translate("ReceptionTexts", "Return visit")


def duration(minutes: int) -> str:
    """45 min, or 1 h 05 min."""
    if minutes < 60:
        return QCoreApplication.translate("ReceptionTexts", "%n min", "", minutes)
    hours, rest = divmod(minutes, 60)
    text = QCoreApplication.translate("ReceptionTexts", "%1 h %2 min")
    return text.replace("%1", str(hours)).replace("%2", f"{rest:02d}")


def clock(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment is not None else ""


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("ReceptionTexts", "Yes")
    return QCoreApplication.translate("ReceptionTexts", "No")
