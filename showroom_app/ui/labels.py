"""Translated names for the stable codes stored in the database (glossary, DOMAIN.md §12)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from showroom_app.domain.enums import Currency
from showroom_app.domain.money import format_money
from showroom_app.domain.validators import format_phone_display
from showroom_app.domain.enums import Region


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def intent_level(code: str | None) -> str:
    names = {
        "O": _t("O · Ordered"),
        "H": _t("H · within 7 days"),
        "A": _t("A · within 15 days"),
        "B": _t("B · within 30 days"),
        "C": _t("C · over a month"),
        "N": _t("N · no clear intent"),
    }
    return names.get(code or "", code or "")


def opportunity_status(code: str) -> str:
    names = {
        "OPEN": _t("Open"),
        "WON": _t("Ordered"),
        "DELIVERED": _t("Delivered"),
        "LOST": _t("Lost deal"),
        "OUT_OF_CONTACT": _t("Out of contact"),
        "POSTPONED": _t("Postponed"),
        "INVALID": _t("Invalid"),
    }
    return names.get(code, code)


def lead_source(code: str) -> str:
    names = {
        "WALK_IN": _t("Walk-in"),
        "PHONE_IN": _t("Inbound call"),
        "WEB_PLATFORM": _t("Online inquiry"),
        "BRAND_SITE_APP": _t("Brand website / app"),
        "SOCIAL": _t("Social media"),
        "REFERRAL": _t("Referral"),
        "EVENT": _t("Event / motor show"),
        "OWNER_REPURCHASE": _t("Existing owner"),
        "SERVICE_LANE": _t("Service referral"),
        "FLEET": _t("Fleet / company"),
        "OUTBOUND": _t("Outbound prospecting"),
        "OTHER": _t("Other"),
    }
    return names.get(code, code)


def stage(code: str) -> str:
    names = {
        "prospecting": _t("Prospecting & preparation"),
        "reception": _t("Reception"),
        "needs_analysis": _t("Needs analysis"),
        "presentation": _t("Product presentation"),
        "test_drive": _t("Test ride & drive"),
        "closing": _t("Closing / contract signing"),
        "finance": _t("Finance services"),
        "delivery": _t("Delivery ceremony"),
        "after_sales": _t("After-sales service"),
    }
    return names.get(code, code)


def body_type(code: str) -> str:
    names = {
        "sedan": _t("Sedan"),
        "suv": _t("SUV"),
        "mpv": _t("MPV"),
        "hatchback": _t("Hatchback"),
        "wagon": _t("Wagon"),
        "pickup": _t("Pickup"),
        "van": _t("Van"),
    }
    return names.get(code, code)


def powertrain(code: str) -> str:
    names = {
        "ICE": _t("Petrol / diesel"),
        "HEV": _t("Hybrid (HEV)"),
        "PHEV": _t("Plug-in hybrid (PHEV)"),
        "EREV": _t("Range-extended EV (EREV)"),
        "BEV": _t("Battery EV (BEV)"),
    }
    return names.get(code, code)


def stock_status(code: str) -> str:
    names = {
        "in_transit": _t("In transit"),
        "in_stock": _t("In stock"),
        "reserved": _t("Reserved"),
        "sold": _t("Sold"),
    }
    return names.get(code, code)


def task_kind(code: str) -> str:
    names = {
        "follow_up": _t("Follow-up"),
        "archive": _t("Customer archive (2-day rule)"),
        "after_sales_call": _t("After-sales call"),
        "maintenance": _t("Maintenance reminder"),
        "insurance": _t("Insurance renewal"),
        "greeting": _t("Greeting"),
    }
    return names.get(code, code)


def salutation(code: str) -> str:
    names = {"mr": _t("Mr"), "ms": _t("Ms"), "mrs": _t("Mrs"), "none": ""}
    return names.get(code, "")


def role(code: str) -> str:
    names = {
        "salesperson": _t("Sales consultant"),
        "manager": _t("Sales manager"),
        "administrator": _t("Administrator"),
    }
    return names.get(code, code)


def region(code: str) -> str:
    names = {"TW": _t("Taiwan"), "CN": _t("Mainland China"), "HK": _t("Hong Kong")}
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
    if value is None:
        return ""
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def timestamp(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)
