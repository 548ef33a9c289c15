"""Translated names for the cockpit's codes: stage status, checklist state, lost reasons.

Process texts (stage names, goals, tips, checklist items) are the dealership's data in three
languages (``Text3``); ``local`` picks the one for the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from showroom_app.domain.cockpit import ItemState, StageStatus
from showroom_app.domain.enums import DocLanguage
from showroom_app.domain.process import Text3

#: The mark shown before a stage's name in the stage bar (the status is also spelled out).
STATUS_MARK = {
    StageStatus.DONE: "✓",
    StageStatus.SUGGESTED_NEXT: "★",
    StageStatus.NOT_APPLICABLE: "–",
    StageStatus.IN_PROGRESS: "…",
    StageStatus.NOT_STARTED: "○",
}

#: Distinct looks per status: colour is never the only cue (the mark and the word are there too).
STATUS_STYLE = {
    StageStatus.DONE: "background: #e3f4e6; color: #1b5e20; border: 1px solid #66bb6a;",
    StageStatus.SUGGESTED_NEXT: (
        "background: #fff4d6; color: #7a4f00; border: 2px solid #f0a500; font-weight: 600;"
    ),
    StageStatus.NOT_APPLICABLE: (
        "background: #f1f1f1; color: #777777; border: 1px dashed #aaaaaa;"
    ),
    StageStatus.IN_PROGRESS: "background: #e6f0fb; color: #0d47a1; border: 1px solid #64b5f6;",
    StageStatus.NOT_STARTED: "background: #ffffff; color: #333333; border: 1px solid #bbbbbb;",
}


def local(text: Text3, language: str) -> str:
    """The dealership's text in the interface language (English when the code is unknown)."""
    try:
        return text.get(DocLanguage(language))
    except ValueError:
        return text.en


def stage_status(status: StageStatus) -> str:
    names = {
        StageStatus.DONE: QCoreApplication.translate("Cockpit", "Done"),
        StageStatus.SUGGESTED_NEXT: QCoreApplication.translate("Cockpit", "Suggested next"),
        StageStatus.NOT_APPLICABLE: QCoreApplication.translate("Cockpit", "Not applicable"),
        StageStatus.IN_PROGRESS: QCoreApplication.translate("Cockpit", "In progress"),
        StageStatus.NOT_STARTED: QCoreApplication.translate("Cockpit", "Not started"),
    }
    return names[status]


def item_state(state: ItemState) -> str:
    names = {
        ItemState.PENDING: QCoreApplication.translate("Cockpit", "Pending"),
        ItemState.DONE: QCoreApplication.translate("Cockpit", "Done"),
        ItemState.NOT_APPLICABLE: QCoreApplication.translate("Cockpit", "Not applicable"),
    }
    return names[state]


def lost_reason(code: str) -> str:
    """DOMAIN.md §9.3 lost (戰敗) reasons."""
    names = {
        "PRICE": QCoreApplication.translate("Cockpit", "Price / discount not accepted"),
        "COMPETITOR_BRAND": QCoreApplication.translate("Cockpit", "Bought a competitor's car"),
        "SAME_BRAND_OTHER_DEALER": QCoreApplication.translate(
            "Cockpit", "Bought the brand at another dealer"
        ),
        "PRODUCT_FIT": QCoreApplication.translate("Cockpit", "Product does not fit the needs"),
        "DELIVERY_TIME": QCoreApplication.translate(
            "Cockpit", "Delivery too slow / no stock / colour unavailable"
        ),
        "FINANCE": QCoreApplication.translate("Cockpit", "Loan not approved / down payment / rate"),
        "TRADE_IN_VALUE": QCoreApplication.translate("Cockpit", "Trade-in valuation too low"),
        "PLATE_POLICY": QCoreApplication.translate("Cockpit", "Plate quota / lottery not won"),
        "POSTPONED": QCoreApplication.translate("Cockpit", "Purchase postponed"),
        "FAMILY_DECISION": QCoreApplication.translate(
            "Cockpit", "Family / decision maker against it"
        ),
        "SERVICE_TRUST": QCoreApplication.translate(
            "Cockpit", "Unhappy with our service or dealership"
        ),
        "BOUGHT_USED": QCoreApplication.translate("Cockpit", "Bought a used car instead"),
        "NO_CONTACT": QCoreApplication.translate("Cockpit", "Cannot be reached"),
        "OTHER": QCoreApplication.translate("Cockpit", "Other"),
    }
    return names.get(code, code)
