"""What delivery starts: the first maintenance date (DOMAIN.md §5.3) and the after-sales
follow-up plan (DOMAIN.md §5.2) as pure functions of the delivery day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from showroom_app.domain.archive import add_months, next_maintenance
from showroom_app.domain.enums import Region, TaskKind
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "AFTER_DELIVERY_CALLS",
    "ANNIVERSARY_MONTHS",
    "DELIVERY_REMINDER",
    "KEEP_IN_TOUCH_MONTHS",
    "PlannedFollowUp",
    "delivery_reminder_due",
    "first_service_date",
    "follow_up_plan",
]


def first_service_date(
    delivered_on: date,
    odometer: int | None,
    *,
    first_km: int | None,
    first_months: int | None,
    region: Region,
) -> date | None:
    """DOMAIN.md §5.3 from the delivery: the earlier of "by time" and "by distance" (the
    regional km/day default, as nothing has been driven yet)."""
    return next_maintenance(
        today=delivered_on,
        interval_km=first_km,
        interval_months=first_months,
        last_service_date=None,
        last_service_km=None,
        delivery_date=delivered_on,
        odometer_at_delivery=odometer,
        odometer_now=None,
        odometer_date=None,
        region=region,
    ).computed


class PlannedFollowUp(NamedTuple):
    due: date
    kind: TaskKind
    purpose: str  # English source text, context "Delivery"


# fmt: off
#: DOMAIN.md §5.2, the days after delivery: (offset in days, purpose)
AFTER_DELIVERY_CALLS: tuple[tuple[int, str], ...] = (
    (0, QT_TRANSLATE_NOOP("Delivery",
        "D+0 evening message (SMS / LINE / WeChat): thanks; arrived home safely? "
        "Your direct contact.")),
    (1, QT_TRANSLATE_NOOP("Delivery",
        "D+1 call within 24 h: thank-you; any questions about functions; "
        "registration or documents status.")),
    (3, QT_TRANSLATE_NOOP("Delivery",
        "D+3 call: how is the car; usage problems; explain features again; ask for referrals.")),
    (7, QT_TRANSLATE_NOOP("Delivery",
        "D+7 call (salesperson or manager): satisfaction; forewarn of the brand's satisfaction "
        "survey (SSI/CSI); handle complaints.")),
    (30, QT_TRANSLATE_NOOP("Delivery",
        "D+30 call or visit: usage check; first-maintenance reminder; owners' club or event "
        "invitation; referral.")),
)
FIRST_SERVICE_REMINDERS: tuple[tuple[int, str], ...] = (
    (14, QT_TRANSLATE_NOOP("Delivery", "First maintenance due in 14 days: book the service.")),
    (3, QT_TRANSLATE_NOOP("Delivery", "First maintenance due in 3 days: book the service.")),
)
INSURANCE_REMINDERS: tuple[tuple[int, str], ...] = (
    (60, QT_TRANSLATE_NOOP("Delivery", "Insurance expires in 60 days: renewal quote.")),
    (30, QT_TRANSLATE_NOOP("Delivery", "Insurance expires in 30 days: renewal quote.")),
    (7, QT_TRANSLATE_NOOP("Delivery", "Insurance expires in 7 days: renewal quote.")),
)
KEEP_IN_TOUCH = QT_TRANSLATE_NOOP("Delivery", "Keep in touch: events and new services.")
ANNIVERSARY = QT_TRANSLATE_NOOP(
    "Delivery", "Purchase anniversary: greeting; keep in touch (events and new services).")
# fmt: on
#: "Every 3 months (year 1), then every 6 months", planned for two years; months 12 and 24
#: are the purchase anniversaries, one greeting each instead of a second contact that day.
KEEP_IN_TOUCH_MONTHS = (3, 6, 9, 18)
ANNIVERSARY_MONTHS = (12, 24)


def follow_up_plan(
    delivered_on: date,
    *,
    first_service_on: date | None = None,
    insurance_expiry: date | None = None,
) -> list[PlannedFollowUp]:
    """The after-sales contacts of DOMAIN.md §5.2 from the delivery day, by due date.

    Reminders that would fall on or before the delivery day are left out. Birthdays and
    holidays (春節, 中秋: lunar dates) recur every year and belong to a greetings calendar;
    periodic inspections start years later ([CHECK] in DOMAIN.md): neither is planned here.
    """
    plan = [
        PlannedFollowUp(delivered_on + timedelta(days=d), TaskKind.AFTER_SALES_CALL, p)
        for d, p in AFTER_DELIVERY_CALLS
    ]
    if first_service_on is not None:
        plan += [
            PlannedFollowUp(first_service_on - timedelta(days=d), TaskKind.MAINTENANCE, p)
            for d, p in FIRST_SERVICE_REMINDERS
            if first_service_on - timedelta(days=d) > delivered_on
        ]
    plan += [
        PlannedFollowUp(add_months(delivered_on, m), TaskKind.AFTER_SALES_CALL, KEEP_IN_TOUCH)
        for m in KEEP_IN_TOUCH_MONTHS
    ]
    plan += [
        PlannedFollowUp(add_months(delivered_on, m), TaskKind.GREETING, ANNIVERSARY)
        for m in ANNIVERSARY_MONTHS
    ]
    if insurance_expiry is not None:
        plan += [
            PlannedFollowUp(insurance_expiry - timedelta(days=d), TaskKind.INSURANCE, p)
            for d, p in INSURANCE_REMINDERS
            if insurance_expiry - timedelta(days=d) > delivered_on
        ]
    return sorted(plan, key=lambda f: f.due)


#: The reminder before the delivery appointment (DOMAIN.md §4.8 "Before delivery").
DELIVERY_REMINDER = QT_TRANSLATE_NOOP(
    "Delivery",
    "Delivery appointment: confirm the time and remind the customer what to bring "
    "(ID, balance, trade-in documents).",
)


def delivery_reminder_due(delivery_day: date, today: date) -> date:
    """The day before the delivery, or today when the delivery is today or tomorrow."""
    return max(delivery_day - timedelta(days=1), today)
