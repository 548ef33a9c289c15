"""The default rules (DOMAIN.md §7.5–7.7, §6.5), as JSON-able data seeded into Settings.

Tags in notes follow DOMAIN.md: [V] checked against a public source, [K] industry knowledge,
[CFG] differs by city or dealer (edit it), [CHECK] a person must confirm it before release.
Where a table has been in force for many years and DOMAIN.md gives no start date, ``valid_from``
is the earliest date the figures were checked for, not the date the law took effect.
"""

from __future__ import annotations

from functools import cache

from showroom_app.domain.tax_rules import Rule, RulesTable, rule_from_dict

__all__ = ["DEFAULT_RULES", "default_rules", "default_rules_table"]

_CN_NEV = "MOF/STA/MIIT Announcement 2023 No. 10 (关于延续和优化新能源汽车车辆购置税减免政策的公告)"
_TW_EV = "使用牌照稅法 / 貨物稅條例 EV exemption extended to 2030-12-31 (passed 2025-12-22)"
_HK_EV = "Transport Department; HK Budget: EV FRT concession ends 2026-03-31"
_CHECKED_FROM = "valid_from: earliest date checked, not the date the table took effect"


def _cc_bands(*pairs: tuple[int | None, int | str]) -> list[list[str | None]]:
    return [[None if upto is None else str(upto), str(value)] for upto, value in pairs]


DEFAULT_RULES: tuple[dict[str, object], ...] = (
    # --- Mainland China ---------------------------------------------------------------------
    {
        "region": "CN", "key": "cn.vat_rate", "value": "0.13",
        "valid_from": "2019-04-01", "valid_to": None,
        "source": "MOF/STA/GACC Announcement 2019 No. 39",
        "note": "VAT on vehicles and accessories [K]",
    },
    {
        "region": "CN", "key": "cn.vat_rate.services", "value": "0.06",
        "valid_from": "2019-04-01", "valid_to": None, "source": "",
        "note": "VAT on many dealer services and commissions (accounting view, §7.8) [K][CFG]",
    },
    {
        "region": "CN", "key": "cn.purchase_tax_rate", "value": "0.10",
        "valid_from": "2019-07-01", "valid_to": None,
        "source": "车辆购置税法 (in force 2019-07-01)",
        "note": "10 % of the VAT-exclusive price actually paid; date = invoice date [K]",
    },
    {
        "region": "CN", "key": "cn.nev_purchase_tax_relief.share", "value": "1",
        "valid_from": "2024-01-01", "valid_to": "2025-12-31", "source": _CN_NEV,
        "note": "NEV passenger cars in the relief catalogue: exempt [V]",
    },
    {
        "region": "CN", "key": "cn.nev_purchase_tax_relief.share", "value": "0.5",
        "valid_from": "2026-01-01", "valid_to": "2027-12-31", "source": _CN_NEV,
        "note": "halved; PHEV/EREV need >= 100 km electric range from 2026-01-01 [V]",
    },
    {
        "region": "CN", "key": "cn.nev_purchase_tax_relief.share", "value": "0",
        "valid_from": "2028-01-01", "valid_to": None, "source": _CN_NEV,
        "note": "the announcement ends the relief on 2027-12-31; edit if a new policy comes",
    },
    {
        "region": "CN", "key": "cn.nev_purchase_tax_relief.cap", "value": "30000",
        "valid_from": "2024-01-01", "valid_to": "2025-12-31", "source": _CN_NEV,
        "note": "per NEV passenger car; commercial NEVs uncapped [K][CHECK]",
    },
    {
        "region": "CN", "key": "cn.nev_purchase_tax_relief.cap", "value": "15000",
        "valid_from": "2026-01-01", "valid_to": "2027-12-31", "source": _CN_NEV,
        "note": "per NEV passenger car; commercial NEVs uncapped [K][CHECK]",
    },
    {
        "region": "CN", "key": "cn.vehicle_vessel_tax.passenger_car.bands",
        "value": _cc_bands(
            (1000, 300), (1600, 420), (2000, 480), (2500, 900), (3000, 1920), (4000, 3480),
            (None, 5280),
        ),
        "valid_from": "2012-01-01", "valid_to": None,
        "source": "车船税法 (2012-01-01): national ranges 60-360, 300-540, 360-660, 660-1200, "
        "1200-2400, 2400-3600, 3600-5400",
        "note": "annual, by displacement (cc, upper limit inclusive); amounts as set by Beijing "
        "[K][CFG: each province sets its own][CHECK]",
    },
    {
        "region": "CN", "key": "cn.vehicle_vessel_tax.energy_saving_share", "value": "0.5",
        "valid_from": "2012-01-01", "valid_to": None, "source": "",
        "note": "share payable by cars in the energy-saving catalogue [K][CHECK lists]",
    },
    {
        "region": "CN", "key": "cn.earnest_deposit.max_share", "value": "0.20",
        "valid_from": "2021-01-01", "valid_to": None,
        "source": "Civil Code Art. 586-587; Beijing model contract §3 [V]",
        "note": "定金 above 20 % of the contract price is not treated as 定金",
    },
    # --- Taiwan -----------------------------------------------------------------------------
    {
        "region": "TW", "key": "tw.business_tax_rate", "value": "0.05",
        "valid_from": "2021-01-01", "valid_to": None, "source": "營業稅法",
        "note": "included in prices (accounting view, §7.8) [K]; " + _CHECKED_FROM,
    },
    {
        "region": "TW", "key": "tw.licence_tax.private_car.bands",
        "value": _cc_bands(
            (500, 1620), (600, 2160), (1200, 4320), (1800, 7120), (2400, 11230), (3000, 15210),
            (4200, 28220), (5400, 46170), (6600, 69690), (7800, 117000), (None, 151200),
        ),
        "valid_from": "2021-01-01", "valid_to": None, "source": "使用牌照稅法 [V]",
        "note": "private passenger cars, annual, by cc; " + _CHECKED_FROM,
    },
    {
        "region": "TW", "key": "tw.licence_tax.ev_exempt", "value": "1",
        "valid_from": "2021-01-01", "valid_to": "2030-12-31", "source": _TW_EV,
        "note": "1 = electric cars pay no licence tax [V]; after it, the horsepower table "
        "tw.licence_tax.private_ev.bands applies (not seeded) [CHECK]",
    },
    {
        "region": "TW", "key": "tw.fuel_fee.private_car.petrol.bands",
        "value": _cc_bands(
            (600, 2880), (1200, 4320), (1800, 4800), (2400, 6210), (3000, 7200), (3600, 8640),
            (4200, 9810), (4800, 11220), (5400, 12180),
        ),
        "valid_from": "2021-01-01", "valid_to": None,
        "source": "commonly cited 監理服務網 table [V][CHECK against the current table]",
        "note": "annual, petrol; the first band stands for <= 600 cc (DOMAIN gives 501-600); "
        "above 5,400 cc and diesel are not seeded; " + _CHECKED_FROM,
    },
    {
        "region": "TW", "key": "tw.commodity_tax.passenger_car.bands",
        "value": _cc_bands((2000, "0.25"), (None, "0.30")),
        "valid_from": "2021-01-01", "valid_to": None, "source": "貨物稅條例 [K]",
        "note": "rate on 完稅價格 by cc; already inside the list price; " + _CHECKED_FROM,
    },
    {
        "region": "TW", "key": "tw.commodity_tax.ev_exempt_value", "value": "1400000",
        "valid_from": "2021-01-01", "valid_to": "2030-12-31", "source": _TW_EV,
        "note": "EVs: no commodity tax on the first NT$1.4 million of 完稅價格 [V]",
    },
    {
        "region": "TW", "key": "tw.commodity_tax.ev_rate", "value": "0.15",
        "valid_from": "2021-01-01", "valid_to": "2030-12-31", "source": _TW_EV,
        "note": "EVs: halved rate on the value above the exemption [V]",
    },
    {
        "region": "TW", "key": "tw.deposit.max_share", "value": "0.10",
        "valid_from": "2021-07-01", "valid_to": None,
        "source": "汽車買賣定型化契約應記載及不得記載事項 (in force 2021-07-01) [V]",
        "note": "訂金 <= 10 % of the total price unless specially agreed (special order)",
    },
    # --- Hong Kong --------------------------------------------------------------------------
    {
        "region": "HK", "key": "hk.frt.private_car.bands",
        "value": _cc_bands((150000, "0.46"), (300000, "0.86"), (500000, "1.15"), (None, "1.32")),
        "valid_from": "2011-02-24", "valid_to": None,
        "source": "Motor Vehicles (First Registration Tax) Ordinance [V]",
        "note": "progressive on taxable value (limits are cumulative); valid_from [CHECK]",
    },
    {
        "region": "HK", "key": "hk.frt.ev_concession.cap", "value": "58500",
        "valid_from": "2024-04-01", "valid_to": "2026-03-31", "source": _HK_EV,
        "note": "electric private cars: FRT reduced by up to this amount [V]",
    },
    {
        "region": "HK", "key": "hk.frt.ev_concession.one_for_one_cap", "value": "172500",
        "valid_from": "2024-04-01", "valid_to": "2026-03-31", "source": _HK_EV,
        "note": "with an old private car scrapped and de-registered [V]",
    },
    {
        "region": "HK", "key": "hk.frt.ev_concession.grandfathered_order", "value": "1",
        "valid_from": "2024-04-01", "valid_to": "2026-02-25", "source": _HK_EV,
        "note": "looked up on the ORDER date: orders up to 2026-02-25 keep the concession [V]",
    },
    {
        "region": "HK", "key": "hk.frt.ev_concession.grandfathered_application", "value": "1",
        "valid_from": "2026-04-01", "valid_to": "2027-02-24", "source": _HK_EV,
        "note": "looked up on the application date: such orders must apply by 2027-02-24 [V]",
    },
)  # fmt: skip


def default_rules() -> tuple[Rule, ...]:
    return tuple(rule_from_dict(data) for data in DEFAULT_RULES)


@cache
def default_rules_table() -> RulesTable:
    """The defaults as a table (built once: the table is immutable)."""
    return RulesTable(default_rules())
