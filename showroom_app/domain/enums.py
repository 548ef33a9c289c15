"""Enumerations shared by every layer. Values are stable codes stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Region(StrEnum):
    TW = "TW"
    CN = "CN"
    HK = "HK"


class Currency(StrEnum):
    TWD = "TWD"
    CNY = "CNY"
    HKD = "HKD"


REGION_CURRENCY: dict[Region, Currency] = {
    Region.TW: Currency.TWD,
    Region.CN: Currency.CNY,
    Region.HK: Currency.HKD,
}


class DocLanguage(StrEnum):
    ZH_TW = "zh_TW"
    ZH_CN = "zh_CN"
    EN = "en"


REGION_DOC_LANGUAGE: dict[Region, DocLanguage] = {
    Region.TW: DocLanguage.ZH_TW,
    Region.CN: DocLanguage.ZH_CN,
    Region.HK: DocLanguage.ZH_TW,
}


class Role(StrEnum):
    SALESPERSON = "salesperson"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"


class Salutation(StrEnum):
    MR = "mr"  # 先生
    MS = "ms"  # 小姐 (TW) / 女士 (CN)
    MRS = "mrs"  # 女士
    NONE = "none"


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class LeadSource(StrEnum):
    WALK_IN = "WALK_IN"
    PHONE_IN = "PHONE_IN"
    WEB_PLATFORM = "WEB_PLATFORM"
    BRAND_SITE_APP = "BRAND_SITE_APP"
    SOCIAL = "SOCIAL"
    REFERRAL = "REFERRAL"
    EVENT = "EVENT"
    OWNER_REPURCHASE = "OWNER_REPURCHASE"
    SERVICE_LANE = "SERVICE_LANE"
    FLEET = "FLEET"
    OUTBOUND = "OUTBOUND"
    OTHER = "OTHER"


class IntentLevel(StrEnum):
    O = "O"
    H = "H"
    A = "A"
    B = "B"
    C = "C"
    N = "N"


class OpportunityStatus(StrEnum):
    OPEN = "OPEN"
    WON = "WON"
    DELIVERED = "DELIVERED"
    LOST = "LOST"
    OUT_OF_CONTACT = "OUT_OF_CONTACT"
    POSTPONED = "POSTPONED"
    INVALID = "INVALID"


class Stage(StrEnum):
    """The eight stages of the source document, plus finance between signing and delivery."""

    PROSPECTING = "prospecting"
    RECEPTION = "reception"
    NEEDS_ANALYSIS = "needs_analysis"
    PRESENTATION = "presentation"
    TEST_DRIVE = "test_drive"
    CLOSING = "closing"
    FINANCE = "finance"
    DELIVERY = "delivery"
    AFTER_SALES = "after_sales"


class InteractionType(StrEnum):
    SHOWROOM_VISIT = "showroom_visit"
    INBOUND_CALL = "inbound_call"
    OUTBOUND_CALL = "outbound_call"
    MESSAGE = "message"
    HOME_VISIT = "home_visit"


class BodyType(StrEnum):
    SEDAN = "sedan"
    SUV = "suv"
    MPV = "mpv"
    HATCHBACK = "hatchback"
    WAGON = "wagon"
    PICKUP = "pickup"
    VAN = "van"


class Powertrain(StrEnum):
    ICE = "ICE"
    HEV = "HEV"
    PHEV = "PHEV"
    EREV = "EREV"
    BEV = "BEV"


class StockStatus(StrEnum):
    IN_TRANSIT = "in_transit"
    IN_STOCK = "in_stock"
    RESERVED = "reserved"
    SOLD = "sold"


class TaskKind(StrEnum):
    FOLLOW_UP = "follow_up"  # pre-sale follow-up by intent cadence
    ARCHIVE = "archive"  # 2-day customer archive rule
    AFTER_SALES_CALL = "after_sales_call"  # D+1, D+3, D+7, D+30 ...
    MAINTENANCE = "maintenance"
    INSURANCE = "insurance"
    GREETING = "greeting"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class RepaymentMethod(StrEnum):
    """How a loan is repaid (DOMAIN.md §4.7, §7.1–7.4)."""

    EQUAL_INSTALMENT = "equal_installment"  # 等額本息 / 本息平均攤還
    EQUAL_PRINCIPAL = "equal_principal"  # 等額本金 / 本金平均攤還
    BALLOON = "balloon"  # 尾款 / 彈性尾付
    FLAT = "flat"  # 平息
    ZERO_PLUS_FEE = "zero_fee"  # 0 % + 手續費


class FeeTiming(StrEnum):
    """When a loan's handling fee is paid: before the first instalment, or spread into them."""

    UPFRONT = "upfront"
    SPREAD = "spread"


class DepositKind(StrEnum):
    """定金 (earnest money: forfeit / double, capped) or 订金 (a refundable prepayment, CN)."""

    EARNEST = "earnest"  # CN 定金; TW 訂金 works like earnest money (Civil Code §249)
    PREPAYMENT = "prepayment"  # CN 订金
