"""Delivery rules (DOMAIN.md §4.8, §11 "Delivery"), the first maintenance date (§5.3) and
the after-sales follow-up plan (§5.2)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from showroom_app.domain.cockpit import ItemRecord, ItemState, not_applicable
from showroom_app.domain.delivery import (
    FUNCTIONS_TO_EXPLAIN,
    HANDOVER_DOCUMENTS,
    PDI_TEMPLATE,
    TOOLS_AND_LOOSE_ITEMS,
    DeliveryFacts,
    HandoverForm,
    PdiRecord,
    PdiResult,
    check_delivery,
    check_keys,
    check_pdi_date,
    check_service_advisor,
    check_vin_matches,
    clean_details,
    contract_vehicle,
    document_warnings,
    first_service_date,
    follow_up_plan,
    for_powertrain,
    odometer_warnings,
    payment_warnings,
    pdi_pending,
    pdi_template,
    validate_handover,
    validate_pdi,
    validate_sign_off,
)
from showroom_app.domain.delivery_plan import delivery_reminder_due
from showroom_app.domain.enums import Powertrain, Region, TaskKind
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.validators import make_vin

VIN = make_vin("LSVAB2BM0PN", "123456")  # a mainland VIN with a correct check digit
OTHER_VIN = make_vin("LSVAB2BM0PN", "654321")
DELIVERED = datetime(2026, 11, 20, 10, 30)
NOW = datetime(2026, 11, 29, 12, 0)


def _codes(items) -> list[str]:
    return [i.code for i in items]


# -- the checklists as data ------------------------------------------------------------------


def test_pdi_template_has_the_groups_of_domain_4_8_in_order():
    assert [g.code for g in PDI_TEMPLATE] == [
        "documents",
        "exterior",
        "interior",
        "under_bonnet",
        "underbody",
        "road_test",
        "prep",
        "loose_items",
        "sign_off",
    ]
    codes = [i.code for g in PDI_TEMPLATE for i in g.items]
    assert len(codes) == len(set(codes)), "PDI item codes are stored keys: unique"
    assert all(i.label.strip() for g in PDI_TEMPLATE for i in g.items)


@pytest.mark.parametrize(
    ("powertrain", "present", "absent"),
    [
        (Powertrain.ICE, {"engine_oil", "exhaust", "idle"}, {"hv_soc", "charging_cable"}),
        (Powertrain.HEV, {"engine_oil"}, {"hv_soc", "ev_coolant", "charging_cable"}),
        (Powertrain.BEV, {"hv_soc", "ev_coolant", "charging_cable"}, {"engine_oil", "exhaust"}),
        (Powertrain.PHEV, {"hv_soc", "charging_cable", "engine_oil", "exhaust"}, set()),
        (None, {"hv_soc", "engine_oil"}, set()),
    ],
)
def test_pdi_items_follow_the_powertrain(powertrain, present, absent):
    codes = {i.code for g in pdi_template(powertrain) for i in g.items}
    assert present <= codes
    assert not (absent & codes)


def test_ev_only_items_are_flagged():
    flagged = {i.code for g in PDI_TEMPLATE for i in g.items if i.ev_only}
    assert flagged == {"hv_soc", "ev_coolant", "charging_cable"}
    assert {i.code for i in FUNCTIONS_TO_EXPLAIN if i.ev_only} == {"charging"}
    assert {i.code for i in TOOLS_AND_LOOSE_ITEMS if i.ev_only} == {"charging_cable"}


def test_cn_documents_include_the_five_items_of_article_16():
    required = {d.code for d in HANDOVER_DOCUMENTS[Region.CN] if d.required_by_law}
    assert required == {
        "certificate_of_conformity",
        "consistency_certificate",
        "owners_manual_zh",
        "warranty_manual",
        "three_guarantees",
    }
    assert {"invoice", "insurance_policy", "purchase_tax_proof"} <= set(
        _codes(HANDOVER_DOCUMENTS[Region.CN])
    )


def test_every_region_has_a_document_list_with_unique_codes():
    assert set(HANDOVER_DOCUMENTS) == set(Region)
    for docs in HANDOVER_DOCUMENTS.values():
        assert len(_codes(docs)) == len(set(_codes(docs)))
    tw = set(_codes(HANDOVER_DOCUMENTS[Region.TW]))
    assert {"invoice", "factory_certificate", "warranty_booklet", "owners_manual"} <= tw
    assert not any(d.required_by_law for d in HANDOVER_DOCUMENTS[Region.TW])


def test_functions_to_explain_follow_the_powertrain():
    assert "fuel_type" not in _codes(for_powertrain(FUNCTIONS_TO_EXPLAIN, Powertrain.BEV))
    assert "charging" not in _codes(for_powertrain(FUNCTIONS_TO_EXPLAIN, Powertrain.ICE))
    both = _codes(for_powertrain(FUNCTIONS_TO_EXPLAIN, Powertrain.PHEV))
    assert {"fuel_type", "charging", "adas", "roadside_assistance"} <= set(both)


# -- VIN, PDI date, keys, advisor: the hard checks --------------------------------------------


@pytest.mark.parametrize(
    ("vin", "contract", "region", "code"),
    [
        (VIN, VIN, Region.CN, None),
        (VIN.lower(), VIN, Region.CN, None),
        (f" {VIN[:8]} {VIN[8:]} ", VIN.lower(), Region.CN, None),
        (OTHER_VIN, VIN, Region.CN, "vin_mismatch"),
        (VIN, "", Region.TW, "contract_vin_missing"),
        ("", VIN, Region.TW, "required"),
        (VIN[:8] + ("0" if VIN[8] != "0" else "1") + VIN[9:], VIN, Region.CN, "vin_check_digit"),
        ("LSVAB2BMOPN123456", VIN, Region.TW, "vin_characters"),
    ],
)
def test_the_delivered_vin_must_be_the_contract_vin(vin, contract, region, code):
    if code is None:
        assert check_vin_matches(vin, contract, region) == VIN
    else:
        with pytest.raises(ValidationError) as exc:
            check_vin_matches(vin, contract, region)
        assert exc.value.code == code
        assert exc.value.field == "vin"


def test_a_grey_import_without_check_digit_is_accepted_outside_the_mainland():
    wrong_digit = VIN[:8] + ("0" if VIN[8] != "0" else "1") + VIN[9:]
    assert check_vin_matches(wrong_digit, wrong_digit, Region.TW) == wrong_digit


@pytest.mark.parametrize(
    ("pdi", "code"),
    [
        (None, "pdi_unsigned"),
        (datetime(2026, 11, 18, 16, 0), None),
        (datetime(2026, 11, 20, 18, 0), None),  # same day, later hour: still "on or before"
        (datetime(2026, 11, 21, 9, 0), "pdi_after_delivery"),
    ],
)
def test_pdi_date_is_on_or_before_the_delivery(pdi, code):
    if code is None:
        check_pdi_date(pdi, DELIVERED.date())
    else:
        with pytest.raises(ValidationError) as exc:
            check_pdi_date(pdi, DELIVERED.date())
        assert exc.value.code == code


@pytest.mark.parametrize(
    ("keys", "ok"), [(None, False), (0, False), (-1, False), (1, True), (2, True), (21, False)]
)
def test_at_least_one_key(keys, ok):
    if ok:
        assert check_keys(keys) == keys
    else:
        with pytest.raises(ValidationError):
            check_keys(keys)


@pytest.mark.parametrize(("name", "ok"), [("", False), ("   ", False), (" 林志明 ", True)])
def test_service_advisor_is_required(name, ok):
    if ok:
        assert check_service_advisor(name) == name.strip()
    else:
        with pytest.raises(ValidationError) as exc:
            check_service_advisor(name)
        assert exc.value.field == "service_advisor"


# -- the warnings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("odometer", "maximum", "warned"),
    [(None, 50, False), (30, None, False), (50, 50, False), (51, 50, True), (0, 0, False)],
)
def test_odometer_over_the_contract_maximum_is_a_warning(odometer, maximum, warned):
    warnings = odometer_warnings(odometer, maximum)
    assert bool(warnings) is warned
    if warned:
        assert warnings[0].code == "odometer_over"
        assert warnings[0].params == {"odometer": odometer, "max_km": maximum}


@pytest.mark.parametrize(
    ("loan", "disbursed", "settled", "codes"),
    [
        (False, False, True, []),
        (False, False, False, ["payment_open"]),
        (True, True, True, []),
        (True, False, True, ["loan_open"]),
        (True, False, False, ["payment_open", "loan_open"]),
    ],
)
def test_payment_is_a_soft_gate(loan, disbursed, settled, codes):
    assert [w.code for w in payment_warnings(loan, disbursed, settled)] == codes


def test_documents_all_ticked_or_not_applicable_with_a_reason():
    docs = HANDOVER_DOCUMENTS[Region.TW]
    ticked = {d.code: ItemRecord(ItemState.DONE) for d in docs}
    assert document_warnings(Region.TW, ticked) == []
    ticked["registration"] = not_applicable("Customer registers the car")
    assert document_warnings(Region.TW, ticked) == []
    del ticked["registration"], ticked["invoice"]
    (warning,) = document_warnings(Region.TW, ticked)
    assert warning.code == "documents_open"
    assert warning.params == {"count": 2}


def _facts(**changes) -> DeliveryFacts:
    values = {
        "region": Region.CN,
        "contract_vin": VIN,
        "vin": VIN,
        "delivered_at": DELIVERED,
        "now": NOW,
        "pdi_signed_at": datetime(2026, 11, 19, 16, 0),
        "service_advisor": "王服務",
        "keys_count": 2,
        "odometer": 12,
        "max_odometer_km": 50,
        "pays_by_loan": False,
        "loan_disbursed": False,
        "payment_settled": True,
        "documents": {d.code: ItemRecord(ItemState.DONE) for d in HANDOVER_DOCUMENTS[Region.CN]},
    }
    values.update(changes)
    return DeliveryFacts(**values)


def test_a_complete_delivery_passes():
    check = check_delivery(_facts())
    assert check.errors == ()
    assert check.warnings == ()
    assert not check.blocked


def test_every_hard_error_is_reported_at_once():
    check = check_delivery(
        _facts(vin=OTHER_VIN, pdi_signed_at=None, keys_count=0, service_advisor="", odometer=None)
    )
    assert [e.code for e in check.errors] == [
        "vin_mismatch",
        "pdi_unsigned",
        "keys_required",
        "required",
        "required",
    ]
    assert [e.field for e in check.errors][-2:] == ["service_advisor", "odometer"]


def test_a_delivery_in_the_future_is_refused():
    check = check_delivery(_facts(delivered_at=datetime(2026, 12, 1, 9, 0)))
    assert [e.code for e in check.errors] == ["date_range"]


def test_warnings_do_not_block():
    check = check_delivery(
        _facts(odometer=80, pays_by_loan=True, payment_settled=False, documents={}, pdi_defects=1)
    )
    assert check.errors == ()
    assert [w.code for w in check.warnings] == [
        "odometer_over",
        "payment_open",
        "loan_open",
        "documents_open",
        "pdi_defects",
    ]


# -- PDI and handover records ------------------------------------------------------------------


def test_pdi_record_rules():
    assert PdiRecord(PdiResult.OK).note == ""
    assert PdiRecord(PdiResult.OK, " fixed scratch ").note == "fixed scratch"
    with pytest.raises(ValidationError) as exc:
        PdiRecord(PdiResult.DEFECT)
    assert exc.value.code == "note_required"
    with pytest.raises(ValidationError) as exc:
        PdiRecord(PdiResult.NOT_APPLICABLE, "  ")
    assert exc.value.code == "reason_required"
    with pytest.raises(ValidationError) as exc:
        PdiRecord(PdiResult.DEFECT, "two\nlines")
    assert exc.value.code == "one_line"


def test_pdi_results_only_for_items_of_this_car():
    assert validate_pdi({"paint": PdiRecord(PdiResult.OK), "jack": None}, Powertrain.ICE)
    with pytest.raises(ValidationErrors) as exc:
        validate_pdi({"hv_soc": PdiRecord(PdiResult.OK), "nope": None}, Powertrain.ICE)
    assert [e.field for e in exc.value.errors] == ["pdi.hv_soc", "pdi.nope"]


def test_sign_off_needs_every_item_a_technician_and_no_future_date():
    everything = {i.code: PdiRecord(PdiResult.OK) for g in pdi_template(None) for i in g.items}
    assert pdi_pending(everything, Powertrain.BEV) == []
    missing = dict(everything)
    del missing["paint"]
    assert pdi_pending(missing, Powertrain.ICE) == ["paint"]
    assert validate_sign_off(" 陳師傅 ", NOW, NOW, []) == "陳師傅"
    with pytest.raises(ValidationErrors) as exc:
        validate_sign_off("", datetime(2026, 12, 1), NOW, ["paint"])
    assert [e.code for e in exc.value.errors] == ["required", "date_range", "pdi_open"]


def test_handover_refuses_unknown_items_and_drops_pending_ones():
    form = HandoverForm(
        documents={
            "invoice": ItemRecord(ItemState.DONE),
            "owners_manual": ItemRecord(ItemState.PENDING),
        },
        functions={"adas": ItemRecord(ItemState.DONE)},
        tools={"jack": ItemRecord(ItemState.DONE)},
        keys_count=2,
    )
    clean = validate_handover(form, Region.TW, Powertrain.ICE)
    assert set(clean.documents) == {"invoice"}
    with pytest.raises(ValidationErrors) as exc:
        validate_handover(
            HandoverForm(
                documents={"three_guarantees": ItemRecord(ItemState.DONE)},
                tools={"charging_cable": ItemRecord(ItemState.DONE)},
                keys_count=-1,
            ),
            Region.TW,
            Powertrain.ICE,
        )
    assert [e.field for e in exc.value.errors] == [
        "documents.three_guarantees",
        "tools.charging_cable",
        "keys_count",
    ]


def test_not_applicable_needs_a_reason():
    with pytest.raises(ValidationError):
        ItemRecord(ItemState.NOT_APPLICABLE, "")


@pytest.mark.parametrize(
    ("snapshot", "expected"),
    [
        (None, ("", None)),
        ({}, ("", None)),
        ({"vehicle": "x"}, ("", None)),
        ({"vehicle": {"vin": VIN.lower(), "max_odometer_km": 50}}, (VIN, 50)),
        ({"vehicle": {"vin": VIN, "max_odometer_km": "80"}}, (VIN, 80)),
        ({"vehicle": {"vin": VIN, "max_odometer_km": None}}, (VIN, None)),
        ({"vehicle": {"vin": VIN, "max_odometer_km": True}}, (VIN, None)),
    ],
)
def test_contract_vehicle_terms(snapshot, expected):
    assert tuple(contract_vehicle(snapshot)) == expected


def test_vehicle_details_warn_while_recording():
    details, warnings = clean_details(
        OTHER_VIN.lower(), "abc 1234", 120, " 王服務 ", Region.TW, VIN
    )
    assert (details.vin, details.plate, details.service_advisor) == (OTHER_VIN, "ABC1234", "王服務")
    assert {w.code for w in warnings} == {"vin_mismatch", "plate_format"}
    with pytest.raises(ValidationErrors) as exc:
        clean_details("SHORT", "", -1, "", Region.TW, VIN)
    assert [e.field for e in exc.value.errors] == ["vin", "odometer"]


# -- first maintenance (§5.3) and the follow-up plan (§5.2) ------------------------------------


@pytest.mark.parametrize(
    ("region", "km", "months", "expected"),
    [
        # DOMAIN §5.3 "first service 5,000 km / 6 months", TW 33 km/day: 5000/33 = 152 days
        (Region.TW, 5000, 6, date(2027, 4, 30)),
        # CN 40 km/day: 125 days, earlier than 6 months
        (Region.CN, 5000, 6, date(2027, 4, 3)),
        # German brands 10,000 km / 12 months: 10000/33 = 303 days
        (Region.TW, 10000, 12, date(2027, 9, 28)),
        # EVs 20,000 km / 12 months: time comes first
        (Region.TW, 20000, 12, date(2027, 11, 29)),
        # TW free 1,000 km check
        (Region.TW, 1000, None, date(2026, 12, 29)),
        (Region.TW, None, None, None),
    ],
)
def test_first_service_date(region, km, months, expected):
    got = first_service_date(
        date(2026, 11, 29), 12, first_km=km, first_months=months, region=region
    )
    assert got == expected


def test_follow_up_plan_has_the_offsets_of_domain_5_2():
    plan = follow_up_plan(
        date(2026, 11, 20),
        first_service_on=date(2027, 4, 21),
        insurance_expiry=date(2027, 11, 28),
    )
    got = [(f.due, f.kind) for f in plan]
    calls, maintenance, greeting, insurance = (
        TaskKind.AFTER_SALES_CALL,
        TaskKind.MAINTENANCE,
        TaskKind.GREETING,
        TaskKind.INSURANCE,
    )
    assert got == [
        (date(2026, 11, 20), calls),  # D+0 evening message
        (date(2026, 11, 21), calls),  # D+1
        (date(2026, 11, 23), calls),  # D+3
        (date(2026, 11, 27), calls),  # D+7
        (date(2026, 12, 20), calls),  # D+30
        (date(2027, 2, 20), calls),  # every 3 months in year 1
        (date(2027, 4, 7), maintenance),  # first maintenance - 14 days
        (date(2027, 4, 18), maintenance),  # first maintenance - 3 days
        (date(2027, 5, 20), calls),
        (date(2027, 8, 20), calls),
        (date(2027, 9, 29), insurance),  # insurance expiry - 60 / - 30 / - 7 days
        (date(2027, 10, 29), insurance),
        (date(2027, 11, 20), greeting),  # purchase anniversary
        (date(2027, 11, 21), insurance),
        (date(2028, 5, 20), calls),  # then every 6 months
        (date(2028, 11, 20), greeting),
    ]
    assert plan[0].purpose.startswith("D+0")
    assert plan[1].purpose.startswith("D+1")
    assert "referrals" in plan[2].purpose
    assert "SSI/CSI" in plan[3].purpose
    assert all(len(f.purpose) <= 300 for f in plan)


def test_follow_up_plan_without_maintenance_or_insurance_dates():
    plan = follow_up_plan(date(2026, 1, 31))
    assert [f.due for f in plan][:6] == [
        date(2026, 1, 31),
        date(2026, 2, 1),
        date(2026, 2, 3),
        date(2026, 2, 7),
        date(2026, 3, 2),
        date(2026, 4, 30),  # 3 months after 31 January: the month's last day
    ]
    assert {f.kind for f in plan} == {TaskKind.AFTER_SALES_CALL, TaskKind.GREETING}


def test_reminders_before_the_delivery_day_are_left_out():
    plan = follow_up_plan(
        date(2026, 11, 20),
        first_service_on=date(2026, 11, 25),
        insurance_expiry=date(2026, 12, 1),
    )
    assert [(f.due, f.kind) for f in plan if f.kind is not TaskKind.AFTER_SALES_CALL][:2] == [
        (date(2026, 11, 22), TaskKind.MAINTENANCE),  # -3 days; -14 would be before delivery
        (date(2026, 11, 24), TaskKind.INSURANCE),  # -7 days only
    ]


@pytest.mark.parametrize(
    ("delivery", "today", "due"),
    [
        (date(2026, 12, 5), date(2026, 11, 29), date(2026, 12, 4)),
        (date(2026, 11, 30), date(2026, 11, 29), date(2026, 11, 29)),
        (date(2026, 11, 29), date(2026, 11, 29), date(2026, 11, 29)),
    ],
)
def test_the_reminder_is_due_the_day_before(delivery, today, due):
    assert delivery_reminder_due(delivery, today) == due
