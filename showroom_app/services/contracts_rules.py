"""What a contract needs before it is made (DOMAIN.md §4.6, §6.3, §11), and the stored forms of
contract templates and contract snapshots.

* :func:`contract_form_errors` — every problem with the contract form at once: the buyer's
  ID checked by its checksum (a company's tax number likewise), the TW review period of at
  least 3 days between handing the contract over and signing it (hard in Taiwan), dates in
  order, delivery choices from the list.
* Templates: one row per region and version holds the clauses in every document language
  (``template_json``); editing a language's clauses makes a new version, so a contract
  keeps the words it was signed with.
* :func:`contract_snapshot` — everything the printed contract shows, as JSON, taken when it
  is signed; a reprint renders from it and nothing else (besides the stored template).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from showroom_app.domain.deal import DealFigures, DealInput
from showroom_app.domain.enums import DepositKind, Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.records import DealershipInfo, LocalisedName
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import (
    validate_email,
    validate_person_id,
    validate_required_text,
    validate_tax_id,
)
from showroom_app.services.deals_store import VehicleChoice

REVIEW_DAYS_TW = 3
DEFAULT_MAX_ODOMETER_KM = 50
DELIVERY_METHODS = ("dealer_pickup", "home_delivery")
ID_TYPES = ("national_id", "passport", "residence_permit", "other")
RECEIPT_METHODS = ("cash", "card", "transfer", "cheque", "mobile")
LANGUAGES = ("zh_TW", "zh_CN", "en")


@dataclass(frozen=True)
class ContractForm:
    """What the salesperson types on the contract (the money comes from the deal)."""

    buyer_name: str
    id_number: str
    id_type: str = "national_id"
    company: bool = False  # then ``id_number`` is the company number (統一編號 / 信用代码)
    representative: str = ""
    buyer_address: str = ""
    buyer_phone: str = ""
    buyer_email: str = ""
    registrant: str = ""
    sign_date: date | None = None
    review_given_date: date | None = None  # TW: the day the buyer took it home to review
    sign_place: str = ""
    delivery_date: date | None = None
    delivery_place: str = ""
    delivery_method: str = "dealer_pickup"
    max_odometer_km: int | None = DEFAULT_MAX_ODOMETER_KM
    balance_due_date: date | None = None
    special_terms: str = ""


def _text(value: str, field: str, limit: int, errors: list[ValidationError]) -> str:
    text = value.strip()
    if len(text) > limit:
        errors.append(
            ValidationError(
                field,
                QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
                "too_long",
                max_len=limit,
            )
        )
    return text


def review_period_error(region: Region, given: date | None, signed: date) -> ValidationError | None:
    """TW: the buyer must have had the contract for at least 3 days before signing."""
    if region is not Region.TW:
        if given is not None and given > signed:
            return ValidationError(
                "review_given_date",
                QT_TRANSLATE_NOOP("Validation", "The review date cannot be after signing."),
                "after_signing",
            )
        return None
    if given is None:
        return ValidationError(
            "review_given_date",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter the day the buyer took the contract home to review (at least {days} "
                "days before signing).",
            ),
            "required",
            days=REVIEW_DAYS_TW,
        )
    if (signed - given).days < REVIEW_DAYS_TW:
        return ValidationError(
            "review_given_date",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The buyer must have at least {days} days to review the contract: signing "
                "is possible from {earliest}.",
            ),
            "review_period",
            days=REVIEW_DAYS_TW,
            earliest=date.fromordinal(given.toordinal() + REVIEW_DAYS_TW).isoformat(),
        )
    return None


def contract_form_errors(form: ContractForm, region: Region) -> list[ValidationError]:
    errors: list[ValidationError] = []
    try:
        validate_required_text(form.buyer_name, "buyer_name", 100)
    except ValidationError as exc:
        errors.append(exc)
    number = form.id_number.strip().upper()
    try:
        if form.company:
            validate_tax_id(number, region, "id_number")
        elif form.id_type not in ID_TYPES:
            errors.append(
                ValidationError(
                    "id_type",
                    QT_TRANSLATE_NOOP("Validation", "Choose from the list."),
                    "choice",
                )
            )
        elif form.id_type == "national_id":
            validate_person_id(number, region, "id_number")
        else:
            validate_required_text(number, "id_number", 40)
    except ValidationError as exc:
        errors.append(exc)
    for field, value, limit in (
        ("representative", form.representative, 100),
        ("buyer_address", form.buyer_address, 500),
        ("buyer_phone", form.buyer_phone, 40),
        ("registrant", form.registrant, 100),
        ("sign_place", form.sign_place, 200),
        ("delivery_place", form.delivery_place, 200),
        ("special_terms", form.special_terms, 4000),
    ):
        _text(value, field, limit, errors)
    try:
        validate_email(form.buyer_email, "buyer_email")
    except ValidationError as exc:
        errors.append(exc)
    if form.sign_date is None:
        errors.append(
            ValidationError(
                "sign_date",
                QT_TRANSLATE_NOOP("Validation", "Enter the signing date."),
                "required",
            )
        )
    else:
        problem = review_period_error(region, form.review_given_date, form.sign_date)
        if problem is not None:
            errors.append(problem)
        for field, day in (
            ("delivery_date", form.delivery_date),
            ("balance_due_date", form.balance_due_date),
        ):
            if day is not None and day < form.sign_date:
                errors.append(
                    ValidationError(
                        field,
                        QT_TRANSLATE_NOOP("Validation", "This date cannot be before signing."),
                        "before_signing",
                    )
                )
    if form.delivery_method not in DELIVERY_METHODS:
        errors.append(
            ValidationError(
                "delivery_method",
                QT_TRANSLATE_NOOP("Validation", "Choose from the list."),
                "choice",
            )
        )
    km = form.max_odometer_km
    if km is not None and (isinstance(km, bool) or not 0 <= km <= 10_000):
        errors.append(
            ValidationError(
                "max_odometer_km",
                QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                "range",
                low=0,
                high=10_000,
            )
        )
    return errors


# -- templates ----------------------------------------------------------------------------------


def default_template_json(region: str) -> tuple[dict[str, Any], bool]:
    """The shipped clause set of ``region`` in every language, and whether it prints 民國
    dates: what version 1 of the dealership's template holds."""
    # imported here: the renderer pulls in ReportLab, which start-up does not need
    from showroom_app.documents.contract_templates import default_contract_templates

    defaults = default_contract_templates()
    languages: dict[str, Any] = {}
    roc = False
    review_days = 0
    label = ""
    for language in LANGUAGES:
        tpl = defaults[(region, language)]
        languages[language] = {
            "name": tpl.name,
            "title": tpl.title,
            "clauses": [[c.heading, c.text] for c in tpl.clauses],
        }
        roc = tpl.roc_dates
        review_days = tpl.review_days
        label = tpl.version
    return {"label": label, "review_days": review_days, "languages": languages}, roc


def template_language(data: Mapping[str, Any], language: str) -> Mapping[str, Any]:
    languages = data.get("languages")
    if not isinstance(languages, Mapping):
        return {}
    chosen = languages.get(language) or languages.get("en") or {}
    return chosen if isinstance(chosen, Mapping) else {}


def template_clauses(data: Mapping[str, Any], language: str) -> list[tuple[str, str]]:
    raw = template_language(data, language).get("clauses")
    out: list[tuple[str, str]] = []
    for pair in raw if isinstance(raw, list) else []:
        if isinstance(pair, list | tuple) and len(pair) == 2:
            out.append((str(pair[0]), str(pair[1])))
    return out


def clause_errors(clauses: Sequence[tuple[str, str]]) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not clauses:
        errors.append(
            ValidationError(
                "clauses",
                QT_TRANSLATE_NOOP("Validation", "A contract needs at least one clause."),
                "required",
            )
        )
    for i, (heading, text) in enumerate(clauses):
        for field, value, limit in ((f"clauses.{i}.heading", heading, 200),
                                    (f"clauses.{i}.text", text, 10_000)):  # fmt: skip
            try:
                validate_required_text(value, field, limit)
            except ValidationError as exc:
                errors.append(exc)
    return errors


MAX_REVIEW_DAYS = 30


@dataclass(frozen=True)
class TemplateTexts:
    """One document language of a template version as the editor saves it."""

    name: str
    title: str  # empty: the usual title of the region
    clauses: tuple[tuple[str, str], ...]

    def cleaned(self) -> TemplateTexts:
        pairs = tuple((h.strip(), t.strip()) for h, t in self.clauses)
        return TemplateTexts(self.name.strip(), self.title.strip(), pairs)


def _prefixed(error: ValidationError, prefix: str) -> ValidationError:
    return ValidationError(prefix + error.field, error.message, error.code, **error.params)


def template_errors(
    region: Region, texts: Mapping[str, TemplateTexts], review_days: int
) -> list[ValidationError]:
    """Every problem of a template version at once, at ``languages.<lang>.<field>`` (the
    clause fields as :func:`clause_errors` names them) and ``review_days``."""
    errors: list[ValidationError] = []
    for lang, texts_of in texts.items():
        at = f"languages.{lang}."
        if lang not in LANGUAGES:
            errors.append(ValidationError(
                at + "language", QT_TRANSLATE_NOOP("Validation", "Choose a document language."),
                "choice"))  # fmt: skip
            continue
        try:
            validate_required_text(texts_of.name, at + "name", 120)
        except ValidationError as exc:
            errors.append(exc)
        _text(texts_of.title, at + "title", 200, errors)
        errors += [_prefixed(e, at) for e in clause_errors(texts_of.clauses)]
    low = REVIEW_DAYS_TW if region is Region.TW else 0
    if isinstance(review_days, bool) or not isinstance(review_days, int):
        review_days = -1
    if region is Region.TW and 0 <= review_days < REVIEW_DAYS_TW:
        errors.append(ValidationError(
            "review_days",
            QT_TRANSLATE_NOOP("Validation",
                              "Taiwan law gives the buyer at least {days} days to review."),
            "review_period", days=REVIEW_DAYS_TW))  # fmt: skip
    elif not low <= review_days <= MAX_REVIEW_DAYS:
        errors.append(ValidationError(
            "review_days", QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
            "range", low=low, high=MAX_REVIEW_DAYS))  # fmt: skip
    return errors


# -- the snapshot -----------------------------------------------------------------------------


def _names(name: LocalisedName) -> dict[str, str]:
    return {"en": name.en, "zh_TW": name.zh_tw, "zh_CN": name.zh_cn}


def document_deposit_kind(kind: DepositKind) -> str:
    """The documents' code: ``earnest`` (定金; TW 訂金) or ``deposit`` (CN 订金)."""
    return "earnest" if kind is DepositKind.EARNEST else "deposit"


def vehicle_json(vehicle: VehicleChoice, max_odometer_km: int | None) -> dict[str, Any]:
    """The car as documents print it (``vin`` and ``max_odometer_km`` are read by the
    delivery stage, see ``domain.delivery``)."""
    return {
        "brand": _names(vehicle.brand),
        "model": _names(vehicle.model),
        "trim": _names(vehicle.trim),
        "model_year": "" if vehicle.model_year is None else str(vehicle.model_year),
        "powertrain": vehicle.powertrain,
        "displacement_cc": vehicle.displacement_cc,
        "motor_kw": vehicle.motor_kw,
        "colour": vehicle.colour_ext,
        "colour_int": vehicle.colour_int,
        "vin": vehicle.vin,
        "engine_no": vehicle.engine_no,
        "max_odometer_km": max_odometer_km,
    }


def letterhead_json(dealer: DealershipInfo, phone: str) -> dict[str, str]:
    return {
        "name": dealer.name,
        "address": dealer.address,
        "phone": phone,
        "tax_id": dealer.tax_id,
        "region": dealer.region.value,
    }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def contract_snapshot(
    *,
    number: str,
    form: ContractForm,
    region: Region,
    letterhead: Mapping[str, str],
    template: Mapping[str, Any],
    vehicle: VehicleChoice,
    inputs: DealInput,
    figures: DealFigures,
) -> dict[str, Any]:
    """Everything the contract prints, money as text."""
    plan = inputs.selected_plan
    loan = figures.scenarios[plan] if plan else None
    trade_in = inputs.trade_in
    deposit = inputs.deposit
    total = figures.contract_total - figures.trade_in_allowance
    return {
        "format": 1,
        "contract_no": number,
        "region": region.value,
        "currency": figures.currency.value,
        "letterhead": dict(letterhead),
        "template": dict(template),
        "sign_date": _iso(form.sign_date),
        "review_given_date": _iso(form.review_given_date),
        "sign_place": form.sign_place.strip(),
        "buyer": {
            "name": form.buyer_name.strip(),
            "id_type": "company" if form.company else form.id_type,
            "id_number": form.id_number.strip().upper(),
            "address": form.buyer_address.strip(),
            "phone": form.buyer_phone.strip(),
            "email": validate_email(form.buyer_email, "buyer_email"),
            "company": form.company,
            "representative": form.representative.strip(),
        },
        "registrant": form.registrant.strip(),
        "vehicle": vehicle_json(vehicle, form.max_odometer_km),
        "msrp": str(figures.msrp),
        "discount": str(figures.discount),
        "vehicle_price": str(figures.transaction_price),
        "accessories": [
            {"name": i.name, "amount": str(i.price)}
            for i in (*inputs.accessories, *inputs.warranty_products)
        ],
        "fees": [
            {"name": f.name, "amount": str(f.amount), "optional": f.optional}
            for f in inputs.service_fees
        ],
        "trade_in": []
        if trade_in is None or not trade_in.allowance
        else [{"name": trade_in.description, "amount": str(trade_in.allowance)}],
        "total_price": str(total),
        "deposit": None
        if deposit is None or not deposit.amount
        else {
            "amount": str(deposit.amount),
            "kind": document_deposit_kind(deposit.kind),
            "domain_kind": deposit.kind.value,
            "received_on": deposit.received_on.isoformat(),
            "override_reason": deposit.override_reason.strip(),
        },
        "payment_method": "loan" if loan is not None else "full",
        "down_payment": None if loan is None else str(loan.down_payment),
        "loan_amount": None if loan is None else str(loan.financed_amount),
        "lender": "" if loan is None else loan.label,
        "balance_due_date": _iso(form.balance_due_date),
        "delivery_date": _iso(form.delivery_date),
        "delivery_place": form.delivery_place.strip(),
        "delivery_method": form.delivery_method,
        "special_terms": form.special_terms.strip(),
    }


def receipt_vehicle_line(vehicle: Mapping[str, Any], language: str) -> str:
    """ "RAV4 2.5 Hybrid 旗艦版 · 白 · VIN …" in the document language."""

    def local(key: str) -> str:
        names = vehicle.get(key)
        if not isinstance(names, Mapping):
            return ""
        return str(names.get(language) or names.get("en") or "")

    parts = [" ".join(p for p in (local("brand"), local("model"), local("trim")) if p)]
    parts += [str(vehicle.get(k) or "") for k in ("colour", "vin")]
    return " · ".join(p for p in parts if p)


def id_last4(id_number: str) -> str:
    value = id_number.strip()
    return value[-4:] if len(value) >= 4 else ""


def amount(data: Mapping[str, Any], key: str) -> Decimal | None:
    raw = data.get(key)
    return Decimal(raw) if isinstance(raw, str) else None


__all__ = [
    "DEFAULT_MAX_ODOMETER_KM",
    "DELIVERY_METHODS",
    "ID_TYPES",
    "MAX_REVIEW_DAYS",
    "RECEIPT_METHODS",
    "REVIEW_DAYS_TW",
    "ContractForm",
    "TemplateTexts",
    "amount",
    "clause_errors",
    "contract_form_errors",
    "contract_snapshot",
    "default_template_json",
    "document_deposit_kind",
    "id_last4",
    "letterhead_json",
    "receipt_vehicle_line",
    "review_period_error",
    "template_clauses",
    "template_errors",
    "template_language",
    "vehicle_json",
]
