"""The default contract templates the dealership starts from: one clause set per region
(CN 汽车买卖合同, TW 汽車買賣契約書, HK 購車合約) in each document language.

They are data to be copied into the dealership's editable, versioned templates (Settings),
never printed from here directly: a contract stores the template version it was signed
with, and a reprint uses that stored text.

IMPORTANT: these texts are plain-language starting points written from DOMAIN.md §6.3 and
§5.4 — they are not legal advice. The dealership must have its templates reviewed by its
own lawyer (and, in Taiwan, checked against the current MOEA mandatory and forbidden terms)
before printing a contract with them. Penalty rates in them are placeholders.
"""

from __future__ import annotations

from showroom_app.documents import contract_texts_cn, contract_texts_hk, contract_texts_tw
from showroom_app.documents.contract import ContractClause, ContractTemplate

DEFAULT_VERSION = "2026.1"

_REGIONS = {
    "CN": contract_texts_cn.CLAUSES,
    "TW": contract_texts_tw.CLAUSES,
    "HK": contract_texts_hk.CLAUSES,
}

# (name, title) per region and language; the title is what prints at the top
_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "CN": {
        "zh_CN": ("汽车买卖合同（默认范本，参照京沪示范文本）", "汽车买卖合同"),
        "zh_TW": ("汽車買賣合同（預設範本，參照京滬示範文本）", "汽車買賣合同"),
        "en": (
            "Vehicle purchase contract (default, after the Beijing/Shanghai model texts)",
            "Vehicle purchase contract",
        ),
    },
    "TW": {
        "zh_TW": ("汽車買賣定型化契約（新車，預設範本）", "汽車買賣契約書"),
        "zh_CN": ("汽车买卖定型化契约（新车，默认范本）", "汽车买卖契约书"),
        "en": ("Standard new-vehicle purchase contract (default)", "Vehicle purchase contract"),
    },
    "HK": {
        "zh_TW": ("購車合約（經銷商標準條款，預設範本）", "購車合約"),
        "zh_CN": ("购车合约（经销商标准条款，默认范本）", "购车合约"),
        "en": (
            "Vehicle sales agreement (dealer's standard terms, default)",
            "Vehicle sales agreement",
        ),
    },
}


def default_contract_templates() -> dict[tuple[str, str], ContractTemplate]:
    """Every default template, keyed by (region, language): 3 regions × 3 languages.

    TW templates ask for the 3-day review statement and print 民國 dates (in zh_TW).
    """
    templates: dict[tuple[str, str], ContractTemplate] = {}
    for region, by_language in _REGIONS.items():
        for language, clauses in by_language.items():
            name, title = _NAMES[region][language]
            templates[(region, language)] = ContractTemplate(
                name=name,
                version=f"{region}-{DEFAULT_VERSION}",
                region=region,
                language=language,
                title=title,
                clauses=tuple(ContractClause(heading, text) for heading, text in clauses),
                roc_dates=region == "TW",
                review_days=3 if region == "TW" else 0,
            )
    return templates


def default_contract_template(region: str, language: str) -> ContractTemplate:
    """The default for one region and language (English for an unknown language)."""
    templates = default_contract_templates()
    return templates.get((region, language)) or templates[(region, "en")]


__all__ = ["DEFAULT_VERSION", "default_contract_template", "default_contract_templates"]
