"""Demo key specs and FAB cards for the sample catalogue (stage 4, product presentation).

Model dimensions, safety and screen size come from ``resources/sample/presentation.json``;
per-trim figures (drive, consumption, 0–100 km/h, DC charging) are derived from the trim's
powertrain, engine and battery with simple rules, so every trim has plausible figures
without a hand-written table. FAB cards are templates in three languages filled with those
figures, one set per model (plus powertrain cards per trim). Demo figures only: plausible,
not manufacturer data. Pure and deterministic: no randomness, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from showroom_app.domain.presentation import validate_specs

_FOUR_BY_FOUR = ("AWD", "4WD", "4X4", "S-AWC", "HTRAC", "4MOTION")
_HEAVY = ("pickup", "van", "mpv")


def _drive(body_type: str, trim: Mapping[str, Any]) -> str:
    name = str(trim["name_en"]).upper()
    if body_type == "pickup":
        return "4wd"
    if any(word in name for word in _FOUR_BY_FOUR):
        return "awd"
    if "RWD" in name:
        return "rwd"
    return "fwd"


def trim_specs(
    model: Mapping[str, Any], trim: Mapping[str, Any], brand_code: str, data: Mapping[str, Any]
) -> dict[str, str]:
    """The demo key specs of one trim (validated, in the spec table's order)."""
    specs: dict[str, object] = dict(data["model_specs"].get(model["code"], {}))
    years, km = data["warranty"].get(brand_code, (3, 100000))
    specs["warranty_years"] = years
    specs["warranty_km"] = km
    powertrain = trim["powertrain"]
    cc = trim.get("displacement_cc") or 0
    power = trim.get("power_kw") or trim.get("motor_kw")
    battery = trim.get("battery_kwh")
    range_km = trim.get("range_km")
    specs["drive"] = _drive(model["body_type"], trim)
    if powertrain == "ICE" and cc:
        specs["fuel_l_100km"] = round(Decimal("3.2") + Decimal(cc) / 1000 * Decimal("1.7"), 1)
    elif powertrain == "HEV" and cc:
        specs["fuel_l_100km"] = round(Decimal("2.4") + Decimal(cc) / 1000 * Decimal("1.1"), 1)
    elif powertrain in ("PHEV", "EREV") and cc:
        specs["fuel_l_100km"] = round(Decimal("1.2") + Decimal(cc) / 1000 * Decimal("0.3"), 1)
    if powertrain == "BEV" and battery and range_km:
        specs["energy_kwh_100km"] = round(
            Decimal(str(battery)) / Decimal(range_km) * 100 + Decimal("1.5"), 1
        )
        specs["dc_charge_kw"] = 175 if battery >= 80 else 135 if battery >= 60 else 88
    if power:
        factor = Decimal("1.25") if model["body_type"] in _HEAVY else Decimal(1)
        accel = Decimal(2) + Decimal(900) / Decimal(power) * factor
        specs["accel_0_100_s"] = min(max(round(accel, 1), Decimal("3.5")), Decimal(14))
    return validate_specs({k: str(v) for k, v in specs.items()})


def _values(
    specs: Mapping[str, str],
    model: Mapping[str, Any],
    trim: Mapping[str, Any] | None,
    brand: Mapping[str, str],
    lang: str,
) -> dict[str, str]:
    def grouped(value: object) -> str:
        return f"{int(str(value)):,}" if value not in (None, "") else ""

    mt = model.get("maintenance", {})
    values = {
        "brand": brand[lang],
        "length": specs.get("length_mm", ""),
        "width": specs.get("width_mm", ""),
        "wheelbase": specs.get("wheelbase_mm", ""),
        "boot": specs.get("boot_l", ""),
        "airbags": specs.get("airbags", ""),
        "screen": specs.get("screen_in", ""),
        "warranty_years": specs.get("warranty_years", ""),
        "warranty_km": grouped(specs.get("warranty_km")),
        "interval_km": grouped(mt.get("interval_km")),
        "interval_months": str(mt.get("interval_months", "")),
        "seats": "",
        "fuel": specs.get("fuel_l_100km", ""),
        "dc": specs.get("dc_charge_kw", ""),
        "accel": specs.get("accel_0_100_s", ""),
        "battery": "",
        "range": "",
        "power": "",
    }
    if trim is not None:
        values["seats"] = str(trim["seats"])
        values["battery"] = f"{Decimal(str(trim.get('battery_kwh') or 0)).normalize():f}"
        values["range"] = str(trim.get("range_km") or "")
        values["power"] = str(trim.get("power_kw") or trim.get("motor_kw") or "")
    return values


def _applies(
    when: Mapping[str, Any], specs: Mapping[str, str], model: Mapping[str, Any], trims: list[Any]
) -> bool:
    facts = {**specs, "interval_km": model.get("maintenance", {}).get("interval_km")}
    if "has" in when and not facts.get(when["has"]):
        return False
    if "adas" in when and specs.get("adas") not in when["adas"]:
        return False
    for code, least in when.get("min", {}).items():
        if Decimal(str(facts.get(code) or 0)) < Decimal(str(least)):
            return False
    if "min_seats" in when and max(t["seats"] for t in trims) < when["min_seats"]:
        return False
    return not ("powertrains" in when and trims[0]["powertrain"] not in when["powertrains"])


def fab_card_rows(
    model_id: int,
    model: Mapping[str, Any],
    brand: Mapping[str, str],
    trims: Sequence[tuple[int, Mapping[str, Any], Mapping[str, str]]],
    data: Mapping[str, Any],
    now: datetime,
) -> list[dict[str, Any]]:
    """Rows for ``fab_cards``: model-wide cards from the first trim's specs, powertrain cards
    for each trim (``trims`` = (trim id, catalogue trim, specs) in catalogue order)."""
    rows: list[dict[str, Any]] = []
    if not trims:
        return rows
    first_specs = trims[0][2]
    all_trims = [t for _, t, _ in trims]
    for template in data["cards"]:
        when = template.get("when", {})
        if template["level"] == "model":
            targets: list[tuple[int | None, Mapping[str, Any] | None, Mapping[str, str]]] = []
            if _applies(when, first_specs, model, all_trims):
                widest = max(all_trims, key=lambda t: t["seats"])
                targets.append((None, widest, first_specs))
        else:
            targets = [
                (tid, t, specs) for tid, t, specs in trims if _applies(when, specs, model, [t])
            ]
        for trim_id, trim, specs in targets:

            def fill(
                texts: Mapping[str, str], trim: Any = trim, specs: Any = specs
            ) -> dict[str, str]:
                return {
                    lang: text.format(**_values(specs, model, trim, brand, lang))
                    for lang, text in texts.items()
                }

            rows.append(
                {
                    "model_id": model_id,
                    "trim_id": trim_id,
                    "point": template["point"],
                    "priority": template["priority"],
                    "feature": fill(template["feature"]),
                    "advantage": fill(template["advantage"]),
                    "benefit": fill(template["benefit"]),
                    "sort_order": template["sort"],
                    "active": True,
                    "updated_at": now,
                }
            )
    return rows


__all__ = ["fab_card_rows", "trim_specs"]
