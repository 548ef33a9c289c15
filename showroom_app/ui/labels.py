"""Translated names for the stable codes stored in the database (glossary, DOMAIN.md §12)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from showroom_app.domain.enums import Currency, Region
from showroom_app.domain.money import format_money
from showroom_app.domain.validators import format_phone_display


def intent_level(code: str | None) -> str:
    names = {
        "O": QCoreApplication.translate("Labels", "O · Ordered"),
        "H": QCoreApplication.translate("Labels", "H · within 7 days"),
        "A": QCoreApplication.translate("Labels", "A · within 15 days"),
        "B": QCoreApplication.translate("Labels", "B · within 30 days"),
        "C": QCoreApplication.translate("Labels", "C · over a month"),
        "N": QCoreApplication.translate("Labels", "N · no clear intent"),
    }
    return names.get(code or "", code or "")


def opportunity_status(code: str) -> str:
    names = {
        "OPEN": QCoreApplication.translate("Labels", "Open"),
        "WON": QCoreApplication.translate("Labels", "Ordered"),
        "DELIVERED": QCoreApplication.translate("Labels", "Delivered"),
        "LOST": QCoreApplication.translate("Labels", "Lost deal"),
        "OUT_OF_CONTACT": QCoreApplication.translate("Labels", "Out of contact"),
        "POSTPONED": QCoreApplication.translate("Labels", "Postponed"),
        "INVALID": QCoreApplication.translate("Labels", "Invalid"),
    }
    return names.get(code, code)


def lead_source(code: str) -> str:
    names = {
        "WALK_IN": QCoreApplication.translate("Labels", "Walk-in"),
        "PHONE_IN": QCoreApplication.translate("Labels", "Inbound call"),
        "WEB_PLATFORM": QCoreApplication.translate("Labels", "Online inquiry"),
        "BRAND_SITE_APP": QCoreApplication.translate("Labels", "Brand website / app"),
        "SOCIAL": QCoreApplication.translate("Labels", "Social media"),
        "REFERRAL": QCoreApplication.translate("Labels", "Referral"),
        "EVENT": QCoreApplication.translate("Labels", "Event / motor show"),
        "OWNER_REPURCHASE": QCoreApplication.translate("Labels", "Existing owner"),
        "SERVICE_LANE": QCoreApplication.translate("Labels", "Service referral"),
        "FLEET": QCoreApplication.translate("Labels", "Fleet / company"),
        "OUTBOUND": QCoreApplication.translate("Labels", "Outbound prospecting"),
        "OTHER": QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(code, code)


def stage(code: str) -> str:
    names = {
        "prospecting": QCoreApplication.translate("Labels", "Prospecting & preparation"),
        "reception": QCoreApplication.translate("Labels", "Reception"),
        "needs_analysis": QCoreApplication.translate("Labels", "Needs analysis"),
        "presentation": QCoreApplication.translate("Labels", "Product presentation"),
        "test_drive": QCoreApplication.translate("Labels", "Test ride & drive"),
        "closing": QCoreApplication.translate("Labels", "Closing / contract signing"),
        "finance": QCoreApplication.translate("Labels", "Finance services"),
        "delivery": QCoreApplication.translate("Labels", "Delivery ceremony"),
        "after_sales": QCoreApplication.translate("Labels", "After-sales service"),
    }
    return names.get(code, code)


def body_type(code: str) -> str:
    names = {
        "sedan": QCoreApplication.translate("Labels", "Sedan"),
        "suv": QCoreApplication.translate("Labels", "SUV"),
        "mpv": QCoreApplication.translate("Labels", "MPV"),
        "hatchback": QCoreApplication.translate("Labels", "Hatchback"),
        "wagon": QCoreApplication.translate("Labels", "Wagon"),
        "pickup": QCoreApplication.translate("Labels", "Pickup"),
        "van": QCoreApplication.translate("Labels", "Van"),
    }
    return names.get(code, code)


def powertrain(code: str) -> str:
    names = {
        "ICE": QCoreApplication.translate("Labels", "Petrol / diesel"),
        "HEV": QCoreApplication.translate("Labels", "Hybrid (HEV)"),
        "PHEV": QCoreApplication.translate("Labels", "Plug-in hybrid (PHEV)"),
        "EREV": QCoreApplication.translate("Labels", "Range-extended EV (EREV)"),
        "BEV": QCoreApplication.translate("Labels", "Battery EV (BEV)"),
    }
    return names.get(code, code)


def stock_status(code: str) -> str:
    names = {
        "in_transit": QCoreApplication.translate("Labels", "In transit"),
        "in_stock": QCoreApplication.translate("Labels", "In stock"),
        "reserved": QCoreApplication.translate("Labels", "Reserved"),
        "sold": QCoreApplication.translate("Labels", "Sold"),
    }
    return names.get(code, code)


def task_kind(code: str) -> str:
    names = {
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "archive": QCoreApplication.translate("Labels", "Customer archive (2-day rule)"),
        "after_sales_call": QCoreApplication.translate("Labels", "After-sales call"),
        "maintenance": QCoreApplication.translate("Labels", "Maintenance reminder"),
        "insurance": QCoreApplication.translate("Labels", "Insurance renewal"),
        "greeting": QCoreApplication.translate("Labels", "Greeting"),
    }
    return names.get(code, code)


def salutation(code: str) -> str:
    names = {
        "mr": QCoreApplication.translate("Labels", "Mr"),
        "ms": QCoreApplication.translate("Labels", "Ms"),
        "mrs": QCoreApplication.translate("Labels", "Mrs"),
        "none": "",
    }
    return names.get(code, "")


def role(code: str) -> str:
    names = {
        "salesperson": QCoreApplication.translate("Labels", "Sales consultant"),
        "manager": QCoreApplication.translate("Labels", "Sales manager"),
        "administrator": QCoreApplication.translate("Labels", "Administrator"),
    }
    return names.get(code, code)


def region(code: str) -> str:
    names = {
        "TW": QCoreApplication.translate("Labels", "Taiwan"),
        "CN": QCoreApplication.translate("Labels", "Mainland China"),
        "HK": QCoreApplication.translate("Labels", "Hong Kong"),
    }
    return names.get(code, code)


def language_name(code: str) -> str:
    # Each language is named in itself, so a user can always find their own.
    names = {"en": "English", "zh_TW": "繁體中文", "zh_CN": "简体中文"}
    return names.get(code, code)


def money(amount: Decimal | None, currency: Currency | str) -> str:
    if amount is None:
        return ""
    return format_money(amount, Currency(currency))


def phone(e164: str, region_code: Region | str = Region.TW) -> str:
    if not e164:
        return ""
    return format_phone_display(e164, Region(region_code))


def day(value: date | None) -> str:
    """Dates as the interface language writes them; English uses 2026-11-29, not the
    American 11/29/26, which a dealership in Taiwan or Hong Kong would misread."""
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() != QLocale.Language.Chinese:
        return value.isoformat()
    return locale.toString(value, QLocale.FormatType.ShortFormat)


def timestamp(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() != QLocale.Language.Chinese:
        return value.strftime("%Y-%m-%d %H:%M")
    return locale.toString(value, QLocale.FormatType.ShortFormat)


def customer_name(name: str, salutation_code: str) -> str:
    """A surname-only record reads as 王先生 / Mr 王, as it was recorded at the door."""
    title = salutation(salutation_code)
    if not title or len(name) > 1:
        return name
    if QLocale().language() == QLocale.Language.Chinese:
        return f"{name}{title}"
    return f"{title} {name}"


def approval_kind(code: str) -> str:
    names = {
        "discount": QCoreApplication.translate("Labels", "Discount over the threshold"),
        "lost_deal": QCoreApplication.translate("Labels", "Lost deal confirmation"),
    }
    return names.get(code, code)


def audit_action(code: str) -> str:
    """What an audit-log entry records (``services.audit.Action`` codes)."""
    names = {
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Deleted"),
        "print": QCoreApplication.translate("Labels", "Printed"),
        "export": QCoreApplication.translate("Labels", "Exported"),
        "sign_in": QCoreApplication.translate("Labels", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("Labels", "Failed sign-in"),
        "sign_out": QCoreApplication.translate("Labels", "Signed out"),
        "lock": QCoreApplication.translate("Labels", "Screen locked"),
        "reassign": QCoreApplication.translate("Labels", "Reassigned"),
        "erase": QCoreApplication.translate("Labels", "Erased on request"),
        "approval_request": QCoreApplication.translate("Labels", "Approval requested"),
        "approve": QCoreApplication.translate("Labels", "Approved"),
        "reject": QCoreApplication.translate("Labels", "Rejected"),
        "pin_reset": QCoreApplication.translate("Labels", "PIN reset"),
        "deactivate": QCoreApplication.translate("Labels", "Deactivated"),
        "consent": QCoreApplication.translate("Labels", "Consent recorded"),
    }
    return names.get(code, code)


def audit_entity(code: str) -> str:
    """The kind of record an audit-log entry is about."""
    names = {
        "customer": QCoreApplication.translate("Labels", "Customer"),
        "opportunity": QCoreApplication.translate("Labels", "Opportunity"),
        "task": QCoreApplication.translate("Labels", "Task"),
        "stock": QCoreApplication.translate("Labels", "Vehicle in stock"),
        "user": QCoreApplication.translate("Labels", "User"),
        "approval": QCoreApplication.translate("Labels", "Approval"),
        "setting": QCoreApplication.translate("Labels", "Setting"),
        "audit_log": QCoreApplication.translate("Labels", "Audit log"),
        "appointment": QCoreApplication.translate("Labels", "Appointment"),
        "interaction": QCoreApplication.translate("Labels", "Visit or call"),
        "readiness": QCoreApplication.translate("Labels", "Daily readiness"),
        "test_drive": QCoreApplication.translate("Labels", "Test drive"),
        "presentation": QCoreApplication.translate("Labels", "Product presentation"),
        "objection": QCoreApplication.translate("Labels", "Objection"),
        "fab_card": QCoreApplication.translate("Labels", "FAB card"),
        "trim": QCoreApplication.translate("Labels", "Trim"),
        "deal": QCoreApplication.translate("Labels", "Deal"),
        "tax_rule": QCoreApplication.translate("Labels", "Tax or fee rule"),
        "contract": QCoreApplication.translate("Labels", "Contract"),
        "finance_application": QCoreApplication.translate("Labels", "Loan application"),
        "delivery": QCoreApplication.translate("Labels", "Delivery"),
        "stock_vehicle": QCoreApplication.translate("Labels", "Vehicle in stock"),
        "process": QCoreApplication.translate("Labels", "Sales process"),
        "vehicle": QCoreApplication.translate("Labels", "Customer's vehicle"),
        "service_record": QCoreApplication.translate("Labels", "Service record"),
        "receipt": QCoreApplication.translate("Labels", "Receipt"),
        "contract_template": QCoreApplication.translate("Labels", "Contract template"),
    }
    return names.get(code, code)
