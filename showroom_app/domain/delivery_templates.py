"""The checklists of stage 7 as data (DOMAIN.md §4.8): the PDI template, the documents
handed over per region, the functions to explain, and the tools and loose items.

Labels are English source texts marked with ``QT_TRANSLATE_NOOP("Delivery", …)``; the UI and
the printed documents translate them. Codes are stable: they are the keys stored in the
``deliveries.pdi`` and ``deliveries.handover`` JSON columns, so never rename one.

Items that exist only on some cars are flagged: ``ev_only`` for cars with a plug-in traction
battery (BEV, PHEV, EREV: state of charge, charging cable), ``combustion_only`` for cars with an
engine (oil, exhaust, idle). ``for_powertrain`` drops what does not apply to a car.
"""

from __future__ import annotations

from dataclasses import dataclass

from showroom_app.domain.enums import Powertrain, Region
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "COMBUSTION",
    "FUNCTIONS_TO_EXPLAIN",
    "HANDOVER_DOCUMENTS",
    "PDI_TEMPLATE",
    "PLUG_IN",
    "TOOLS_AND_LOOSE_ITEMS",
    "CheckGroup",
    "CheckItem",
    "for_powertrain",
    "handover_documents",
    "item_codes",
    "pdi_template",
]

CONTEXT = "Delivery"

#: Cars with a traction battery charged from the grid.
PLUG_IN = frozenset({Powertrain.BEV, Powertrain.PHEV, Powertrain.EREV})
#: Cars with a combustion engine.
COMBUSTION = frozenset({Powertrain.ICE, Powertrain.HEV, Powertrain.PHEV, Powertrain.EREV})


@dataclass(frozen=True)
class CheckItem:
    code: str
    label: str
    ev_only: bool = False
    combustion_only: bool = False
    #: CN: a document the dealer must hand over (汽車銷售管理辦法 Art. 16)
    required_by_law: bool = False

    def applies_to(self, powertrain: Powertrain | None) -> bool:
        """Whether the item exists on such a car (an unknown powertrain keeps everything)."""
        if powertrain is None:
            return True
        if self.ev_only and powertrain not in PLUG_IN:
            return False
        return not (self.combustion_only and powertrain not in COMBUSTION)


@dataclass(frozen=True)
class CheckGroup:
    code: str
    label: str
    items: tuple[CheckItem, ...]


def _i(code: str, label: str, *, ev: bool = False, ice: bool = False) -> CheckItem:
    return CheckItem(code, label, ev_only=ev, combustion_only=ice)


def _law(code: str, label: str) -> CheckItem:
    return CheckItem(code, label, required_by_law=True)


# fmt: off
#: DOMAIN.md §4.8 "PDI checklist template" (group -> items). The sign-off (technician, date)
#: is stored in its own columns; the quality check is the one item of the last group.
PDI_TEMPLATE: tuple[CheckGroup, ...] = (
    CheckGroup("documents", QT_TRANSLATE_NOOP("Delivery", "Documents"), (
        _i("vin_match", QT_TRANSLATE_NOOP(
            "Delivery", "VIN on the car matches the certificate and the invoice")),
        _i("build_date", QT_TRANSLATE_NOOP("Delivery", "Build date")),
        _i("odometer", QT_TRANSLATE_NOOP("Delivery", "Odometer reading")),
    )),
    CheckGroup("exterior", QT_TRANSLATE_NOOP("Delivery", "Exterior"), (
        _i("paint", QT_TRANSLATE_NOOP("Delivery", "Paint: scratches, dents, colour mismatch")),
        _i("panel_gaps", QT_TRANSLATE_NOOP("Delivery", "Panel gaps")),
        _i("glass", QT_TRANSLATE_NOOP("Delivery", "Glass")),
        _i("lights", QT_TRANSLATE_NOOP("Delivery", "Lights")),
        _i("mirrors", QT_TRANSLATE_NOOP("Delivery", "Mirrors")),
        _i("wipers", QT_TRANSLATE_NOOP("Delivery", "Wipers")),
        _i("badges", QT_TRANSLATE_NOOP("Delivery", "Badges")),
        _i("wheels", QT_TRANSLATE_NOOP("Delivery", "Wheels")),
        _i("tyres", QT_TRANSLATE_NOOP("Delivery", "Tyres: pressure and DOT date")),
    )),
    CheckGroup("interior", QT_TRANSLATE_NOOP("Delivery", "Interior"), (
        _i("seats", QT_TRANSLATE_NOOP("Delivery", "Seats and seat adjustment")),
        _i("trim", QT_TRANSLATE_NOOP("Delivery", "Interior trim")),
        _i("headliner", QT_TRANSLATE_NOOP("Delivery", "Headliner")),
        _i("carpets", QT_TRANSLATE_NOOP("Delivery", "Carpets")),
        _i("seat_belts", QT_TRANSLATE_NOOP("Delivery", "Seat belts")),
        _i("airbag_lamp", QT_TRANSLATE_NOOP("Delivery", "Airbag warning lamp")),
        _i("infotainment", QT_TRANSLATE_NOOP("Delivery", "Infotainment")),
        _i("air_conditioning", QT_TRANSLATE_NOOP("Delivery", "Air conditioning")),
        _i("windows", QT_TRANSLATE_NOOP("Delivery", "Windows")),
        _i("sunroof", QT_TRANSLATE_NOOP("Delivery", "Sunroof")),
        _i("locks", QT_TRANSLATE_NOOP("Delivery", "Locks")),
        _i("remote_keys", QT_TRANSLATE_NOOP("Delivery", "Remote keys")),
    )),
    CheckGroup("under_bonnet", QT_TRANSLATE_NOOP("Delivery", "Under the bonnet"), (
        _i("engine_oil", QT_TRANSLATE_NOOP("Delivery", "Engine oil"), ice=True),
        _i("coolant", QT_TRANSLATE_NOOP("Delivery", "Coolant")),
        _i("brake_fluid", QT_TRANSLATE_NOOP("Delivery", "Brake fluid")),
        _i("washer_fluid", QT_TRANSLATE_NOOP("Delivery", "Washer fluid")),
        _i("battery_12v", QT_TRANSLATE_NOOP("Delivery", "12 V battery voltage")),
        _i("belts", QT_TRANSLATE_NOOP("Delivery", "Belts"), ice=True),
        _i("hoses", QT_TRANSLATE_NOOP("Delivery", "Hoses")),
        _i("leaks", QT_TRANSLATE_NOOP("Delivery", "No leaks")),
        _i("hv_soc", QT_TRANSLATE_NOOP(
            "Delivery", "High-voltage battery charged to the target (e.g. 80 % or more)"), ev=True),
        _i("ev_coolant", QT_TRANSLATE_NOOP("Delivery", "Battery and motor coolant"), ev=True),
    )),
    CheckGroup("underbody", QT_TRANSLATE_NOOP("Delivery", "Underbody"), (
        _i("underbody_leaks", QT_TRANSLATE_NOOP("Delivery", "No leaks underneath")),
        _i("underbody_damage", QT_TRANSLATE_NOOP("Delivery", "No damage underneath")),
        _i("exhaust", QT_TRANSLATE_NOOP("Delivery", "Exhaust"), ice=True),
        _i("suspension", QT_TRANSLATE_NOOP("Delivery", "Suspension")),
    )),
    CheckGroup("road_test", QT_TRANSLATE_NOOP("Delivery", "Road test"), (
        _i("start", QT_TRANSLATE_NOOP("Delivery", "Starts normally")),
        _i("idle", QT_TRANSLATE_NOOP("Delivery", "Idle"), ice=True),
        _i("shifting", QT_TRANSLATE_NOOP("Delivery", "Shifting")),
        _i("brakes", QT_TRANSLATE_NOOP("Delivery", "Brakes")),
        _i("steering", QT_TRANSLATE_NOOP("Delivery", "Steering")),
        _i("noises", QT_TRANSLATE_NOOP("Delivery", "No unusual noises")),
        _i("warning_lamps", QT_TRANSLATE_NOOP("Delivery", "No warning lamps")),
        _i("dtc_scan", QT_TRANSLATE_NOOP(
            "Delivery", "Diagnostic scan shows no fault codes (DTCs)")),
    )),
    CheckGroup("prep", QT_TRANSLATE_NOOP("Delivery", "Preparation"), (
        _i("films_removed", QT_TRANSLATE_NOOP("Delivery", "Protective films removed")),
        _i("accessories", QT_TRANSLATE_NOOP("Delivery", "Accessories installed")),
        _i("clock_language", QT_TRANSLATE_NOOP("Delivery", "Clock and language set")),
        _i("software", QT_TRANSLATE_NOOP("Delivery", "Software up to date")),
        _i("cleaned", QT_TRANSLATE_NOOP("Delivery", "Washed and cleaned")),
    )),
    CheckGroup("loose_items", QT_TRANSLATE_NOOP("Delivery", "Loose items"), (
        _i("spare_or_kit", QT_TRANSLATE_NOOP("Delivery", "Spare tyre or repair kit")),
        _i("jack", QT_TRANSLATE_NOOP("Delivery", "Jack")),
        _i("warning_triangle", QT_TRANSLATE_NOOP("Delivery", "Warning triangle")),
        _i("tow_hook", QT_TRANSLATE_NOOP("Delivery", "Tow hook")),
        _i("charging_cable", QT_TRANSLATE_NOOP("Delivery", "Charging cable"), ev=True),
        _i("manuals", QT_TRANSLATE_NOOP("Delivery", "Manuals")),
    )),
    CheckGroup("sign_off", QT_TRANSLATE_NOOP("Delivery", "Sign-off"), (
        _i("quality_check", QT_TRANSLATE_NOOP("Delivery", "Quality check")),
    )),
)

#: Documents handed over with the car (隨車文件). CN: the five items of 汽車銷售管理辦法
#: Art. 16 are required by law, the rest are usual [V]; TW [K]; HK has no list in DOMAIN.md,
#: this one is the usual dealer pack [K][CFG].
HANDOVER_DOCUMENTS: dict[Region, tuple[CheckItem, ...]] = {
    Region.CN: (
        _law("certificate_of_conformity", QT_TRANSLATE_NOOP(
            "Delivery", "Certificate of conformity (import certificates for imported cars)")),
        _law("consistency_certificate", QT_TRANSLATE_NOOP(
            "Delivery", "Vehicle consistency certificate")),
        _law("owners_manual_zh", QT_TRANSLATE_NOOP("Delivery", "Owner's manual in Chinese")),
        _law("warranty_manual", QT_TRANSLATE_NOOP("Delivery", "Warranty and maintenance manual")),
        _law("three_guarantees", QT_TRANSLATE_NOOP(
            "Delivery", "Repair, replacement and return (three guarantees) certificate")),
        _i("invoice", QT_TRANSLATE_NOOP("Delivery", "Motor vehicle sales invoice")),
        _i("insurance_policy", QT_TRANSLATE_NOOP("Delivery", "Insurance policy")),
        _i("purchase_tax_proof", QT_TRANSLATE_NOOP("Delivery", "Purchase tax payment proof")),
        _i("registration", QT_TRANSLATE_NOOP(
            "Delivery", "Registration documents (if the dealer registered the car)")),
    ),
    Region.TW: (
        _i("invoice", QT_TRANSLATE_NOOP("Delivery", "Uniform invoice")),
        _i("factory_certificate", QT_TRANSLATE_NOOP(
            "Delivery", "Factory certificate, or import and commodity tax certificates")),
        _i("warranty_booklet", QT_TRANSLATE_NOOP("Delivery", "Warranty booklet")),
        _i("owners_manual", QT_TRANSLATE_NOOP("Delivery", "Owner's manual")),
        _i("insurance_policy", QT_TRANSLATE_NOOP("Delivery", "Insurance policy")),
        _i("registration", QT_TRANSLATE_NOOP(
            "Delivery", "Vehicle registration certificate and plates (if registered)")),
    ),
    Region.HK: (
        _i("invoice", QT_TRANSLATE_NOOP("Delivery", "Invoice")),
        _i("owners_manual", QT_TRANSLATE_NOOP("Delivery", "Owner's manual")),
        _i("warranty_booklet", QT_TRANSLATE_NOOP("Delivery", "Warranty and service booklet")),
        _i("insurance_policy", QT_TRANSLATE_NOOP("Delivery", "Insurance policy or cover note")),
        _i("registration", QT_TRANSLATE_NOOP(
            "Delivery", "Vehicle registration document, licence and plates (if registered)")),
    ),
}

#: DOMAIN.md §4.8 steps 5 and 6: what the salesperson explains before the car leaves.
FUNCTIONS_TO_EXPLAIN: tuple[CheckItem, ...] = (
    _i("seat_mirror_memory", QT_TRANSLATE_NOOP("Delivery", "Seat and mirror memory")),
    _i("lights", QT_TRANSLATE_NOOP("Delivery", "Lights")),
    _i("wipers", QT_TRANSLATE_NOOP("Delivery", "Wipers")),
    _i("infotainment_pairing", QT_TRANSLATE_NOOP(
        "Delivery", "Infotainment and phone pairing")),
    _i("app_account", QT_TRANSLATE_NOOP("Delivery", "App account")),
    _i("adas", QT_TRANSLATE_NOOP("Delivery", "Driver assistance (ADAS)")),
    _i("fuel_type", QT_TRANSLATE_NOOP("Delivery", "Fuel type and refuelling"), ice=True),
    _i("charging", QT_TRANSLATE_NOOP("Delivery", "Charging"), ev=True),
    _i("tyre_pressure", QT_TRANSLATE_NOOP("Delivery", "Tyre pressure")),
    _i("warning_lights", QT_TRANSLATE_NOOP("Delivery", "Warning lights")),
    _i("emergency", QT_TRANSLATE_NOOP("Delivery", "What to do in an emergency")),
    _i("roadside_assistance", QT_TRANSLATE_NOOP("Delivery", "Roadside assistance number")),
    _i("warranty", QT_TRANSLATE_NOOP("Delivery", "Warranty terms")),
    _i("first_maintenance", QT_TRANSLATE_NOOP("Delivery", "First maintenance (km or months)")),
)

#: DOMAIN.md §4.8 step 4: the tools handed over (the keys are counted separately).
TOOLS_AND_LOOSE_ITEMS: tuple[CheckItem, ...] = (
    _i("spare_or_kit", QT_TRANSLATE_NOOP("Delivery", "Spare tyre or repair kit")),
    _i("jack", QT_TRANSLATE_NOOP("Delivery", "Jack")),
    _i("warning_triangle", QT_TRANSLATE_NOOP("Delivery", "Warning triangle")),
    _i("charging_cable", QT_TRANSLATE_NOOP("Delivery", "Charging cable"), ev=True),
)
# fmt: on


def for_powertrain(
    items: tuple[CheckItem, ...], powertrain: Powertrain | None
) -> tuple[CheckItem, ...]:
    return tuple(i for i in items if i.applies_to(powertrain))


def pdi_template(powertrain: Powertrain | None) -> tuple[CheckGroup, ...]:
    """The PDI groups with only the items that exist on such a car."""
    return tuple(
        CheckGroup(g.code, g.label, for_powertrain(g.items, powertrain)) for g in PDI_TEMPLATE
    )


def handover_documents(region: Region) -> tuple[CheckItem, ...]:
    return HANDOVER_DOCUMENTS[region]


def item_codes(items: tuple[CheckItem, ...]) -> frozenset[str]:
    return frozenset(i.code for i in items)
