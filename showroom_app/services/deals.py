"""The deal desk of stage 6 (issue 6; DOMAIN.md §4.6, §7): one deal per opportunity.

* **Creating is idempotent.** ``open_deal`` takes a request token the screen makes once;
  a double click or a retry after an error finds the deal instead of making a second one
  (and the opportunity can only ever have one deal: the column is unique).
* **The car.** A stock unit is reserved for the deal (the previous one released), or a trim
  is ordered; closing the opportunity as lost releases the unit (``deals_store``).
* **Saving** recalculates with the dealership's dated rules (``TaxRuleService``; seeded on
  first use) and stores what was typed and every figure (money as text) in one transaction.
  Bad input raises ``ValidationErrors`` and nothing is stored. A discount above the
  dealership's threshold (``DeskPolicy.discount_approval_threshold_pct``) makes an approval
  request; contract and printing wait until a manager approves (who and when are kept).
* **Costs.** Dealer cost, rebate, accessory costs and commissions — and so gross profit and
  margin — reach managers only; a salesperson's save keeps the stored ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Approval,
    Customer,
    Deal,
    Dealership,
    Opportunity,
    StockVehicle,
    Trim,
)
from showroom_app.domain.deal import DealFigures, DealInput, recalculate
from showroom_app.domain.deal_checks import DiscountLimit, check_discount, require_deposit_reason
from showroom_app.domain.enums import (
    REGION_CURRENCY,
    Currency,
    OpportunityStatus,
    Powertrain,
    Region,
)
from showroom_app.domain.errors import (
    PermissionDenied,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.money import format_money
from showroom_app.domain.permissions import Capability, may_approve
from showroom_app.domain.records import UserInfo
from showroom_app.domain.tax_rules import RulesTable
from showroom_app.domain.taxes import TaxVehicle
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services import deals_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.deals_codec import (
    figures_to_json,
    input_from_json,
    input_to_json,
    merge_costs,
    strip_costs,
    without_gross_profit,
)
from showroom_app.services.deals_store import ApprovalState, VehicleChoice
from showroom_app.services.session import DeskSession
from showroom_app.services.tax_rules import load_table

DOCUMENTS_KEY = "documents"  # numbers and dates of documents issued from the deal
PICK_A_CAR = QT_TRANSLATE_NOOP("Validation", "Pick a stock unit or a trim to order.")
TOKEN_MAX = 40


@dataclass(frozen=True)
class DealView:
    """One deal as the desk shows it. For a salesperson the costs are stripped from
    ``inputs`` and gross profit is absent from ``figures`` and ``saved_figures``."""

    deal_id: int
    opportunity_id: int
    customer_id: int
    region: Region
    currency: Currency
    status: str
    vehicle: VehicleChoice
    inputs: DealInput
    figures: DealFigures | None  # recomputed now with the current rules; None when invalid
    problems: tuple[ValidationError, ...]  # why ``figures`` is None
    saved_figures: Mapping[str, Any]  # the stored snapshot (what documents print)
    discount_limit: DiscountLimit
    approval: ApprovalState
    may_see_cost: bool
    version: int
    updated_at: datetime
    contract_id: int | None
    contract_no: str

    @property
    def editable(self) -> bool:
        return self.status == store.DRAFT


def discount_limit(settings: AppSettingsService) -> DiscountLimit:
    return DiscountLimit(max_percent=Decimal(settings.policy().discount_approval_threshold_pct))


def tax_vehicle(trim: Trim, previous: TaxVehicle | None) -> TaxVehicle:
    """The catalogue's facts about the car; the flags the salesperson ticked are kept."""
    try:
        powertrain = Powertrain(trim.powertrain)
    except ValueError:
        powertrain = Powertrain.ICE
    base = previous or TaxVehicle(powertrain)
    return dataclasses.replace(
        base, powertrain=powertrain, displacement_cc=trim.displacement_cc or None
    )


class DealService:
    def __init__(
        self, db: Database, session: DeskSession, audit: AuditLog, settings: AppSettingsService
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings

    # -- reading ---------------------------------------------------------------------------------
    def rules_table(self) -> RulesTable:
        """The dealership's rules for on-screen recalculation (seeded on first use)."""
        user = self._session.require_user()
        with self._db.write() as s:
            return load_table(s, user.id)

    def discount_limit(self) -> DiscountLimit:
        return discount_limit(self._settings)

    def deal_for_opportunity(self, opportunity_id: int) -> DealView | None:
        user = self._session.require_user()
        with self._db.write() as s:  # write: the rules table is seeded on first use
            from showroom_app.services.cockpit_store import visible_opportunity

            opp = visible_opportunity(s, self._session, self._settings, opportunity_id)
            deal = store.deal_of(s, opp.id)
            return None if deal is None else self._view(s, deal, opp, user)

    def get(self, deal_id: int) -> DealView:
        user = self._session.require_user()
        with self._db.write() as s:
            deal, opp = store.visible_deal(s, self._session, self._settings, deal_id)
            return self._view(s, deal, opp, user)

    # -- creating and choosing the car --------------------------------------------------------
    def open_deal(
        self,
        opportunity_id: int,
        request_token: str,
        *,
        stock_vehicle_id: int | None = None,
        trim_id: int | None = None,
        today: date | None = None,
    ) -> DealView:
        """The opportunity's deal, created with the unit (reserved) or the trim if it has
        none. The same ``request_token`` (a double click, a retry) or a second call for the
        same opportunity never creates a second deal."""
        user = self._session.require_user()
        token = request_token.strip()
        if not token or len(token) > TOKEN_MAX:
            raise ValueError("request_token must be 1 to 40 characters")
        if stock_vehicle_id is None and trim_id is None:
            raise ValidationError("vehicle", PICK_A_CAR, "required")
        from showroom_app.services.cockpit_store import closed_error, visible_opportunity

        with self._db.write() as s:
            opp = visible_opportunity(s, self._session, self._settings, opportunity_id)
            existing = store.deal_of(s, opp.id)
            if existing is None:
                existing = s.scalars(select(Deal).where(Deal.request_token == token)).one_or_none()
                if existing is not None and existing.opportunity_id != opp.id:
                    raise ValueError("request token reused for another opportunity")
            if existing is not None:
                self._reactivate(s, existing, opp, user)
                return self._view(s, existing, opp, user)
            if opp.status != OpportunityStatus.OPEN.value:
                raise closed_error()
            region = self._region(s)
            now = datetime.now()
            deal = Deal(
                request_token=token,
                opportunity_id=opp.id,
                customer_id=opp.customer_id,
                trim_id=trim_id or 0,
                stock_vehicle_id=None,
                region=region.value,
                currency=REGION_CURRENCY[region].value,
                status=store.DRAFT,
                msrp=Decimal(0),
                price=Decimal(0),
                total_on_the_road=Decimal(0),
                inputs={},
                figures={},
                created_by=user.id,
                created_at=now,
                updated_at=now,
            )
            if stock_vehicle_id is None:
                store.trim_rows(s, deal.trim_id)  # refuse an unknown trim before inserting
            else:
                unit = s.get(StockVehicle, stock_vehicle_id)
                if unit is None:
                    raise ValidationError("stock_vehicle", store.UNKNOWN_UNIT, "unknown_unit")
                deal.trim_id = unit.trim_id
            s.add(deal)
            s.flush()
            self._audit.record(
                s, user, Action.CREATE, store.ENTITY, deal.id, detail={"opportunity": opp.id}
            )
            base = DealInput(region=region, msrp=Decimal(0), tax_date=today or date.today())
            self._set_vehicle(s, deal, user, base, stock_vehicle_id, deal.trim_id)
            return self._view(s, deal, opp, user)

    def choose_vehicle(
        self,
        deal_id: int,
        *,
        stock_vehicle_id: int | None = None,
        trim_id: int | None = None,
        expected_version: int | None = None,
    ) -> DealView:
        """Reserve another unit (the previous one is released) or order a trim instead."""
        user = self._session.require_user()
        if stock_vehicle_id is None and trim_id is None:
            raise ValidationError("vehicle", PICK_A_CAR, "required")
        with self._db.write() as s:
            deal, opp = store.visible_deal(s, self._session, self._settings, deal_id)
            self._check_version(deal, expected_version)
            self._reactivate(s, deal, opp, user)
            store.require_editable(deal)
            stored = input_from_json(deal.inputs, Region(deal.region))
            self._set_vehicle(s, deal, user, stored, stock_vehicle_id, trim_id)
            return self._view(s, deal, opp, user)

    def _set_vehicle(
        self,
        s: Session,
        deal: Deal,
        user: UserInfo,
        stored: DealInput,
        stock_vehicle_id: int | None,
        trim_id: int | None,
    ) -> None:
        old_trim = deal.trim_id if deal.inputs else None
        cost: Decimal | None = None
        if stock_vehicle_id is not None:
            unit = store.reserve_unit(s, deal, stock_vehicle_id, user, self._audit)
            cost = unit.dealer_cost
        else:
            assert trim_id is not None
            store.trim_rows(s, trim_id)
            store.release_unit(s, deal, user, self._audit)
            deal.trim_id = trim_id
        trim, _model, _brand = store.trim_rows(s, deal.trim_id)
        msrp = stored.msrp if old_trim == deal.trim_id and stored.msrp else trim.msrp
        inputs = dataclasses.replace(
            stored,
            msrp=msrp,
            discount=stored.discount if stored.discount <= msrp else Decimal(0),
            dealer_vehicle_cost=cost,
            vehicle=tax_vehicle(trim, stored.vehicle),
        )
        self._store(s, deal, user, inputs, strict=False)

    # -- saving the desk ------------------------------------------------------------------------
    def save_inputs(
        self, deal_id: int, inputs: DealInput, *, expected_version: int | None = None
    ) -> DealView:
        """Recalculate and store the input with every figure, in one transaction.

        Raises ``ValidationErrors`` (nothing stored) for bad input, for taxes that cannot
        be computed, and for a deposit over its cap without a reason."""
        user = self._session.require_user()
        with self._db.write() as s:
            deal, opp = store.visible_deal(s, self._session, self._settings, deal_id)
            self._check_version(deal, expected_version)
            self._reactivate(s, deal, opp, user)
            store.require_editable(deal)
            stored = input_from_json(deal.inputs, Region(deal.region))
            new = inputs if self._session.can(Capability.SEE_COST) else merge_costs(inputs, stored)
            new = dataclasses.replace(new, region=Region(deal.region), discount_limit=None)
            self._store(s, deal, user, new, strict=True)
            return self._view(s, deal, opp, user)

    def _store(
        self, s: Session, deal: Deal, user: UserInfo, inputs: DealInput, *, strict: bool
    ) -> None:
        """Compute and keep input and figures; ``strict`` raises on bad input, otherwise
        the input is kept with no figures (a car chosen before the price is complete)."""
        rules = load_table(s, user.id)
        limit = discount_limit(self._settings)
        figures: DealFigures | None = None
        try:
            figures = recalculate(dataclasses.replace(inputs, discount_limit=limit), rules)
            if figures.deposit_check is not None:
                try:
                    require_deposit_reason(figures.deposit_check)
                except ValidationError as exc:
                    raise ValidationErrors([exc]) from exc
        except ValidationErrors:
            if strict:
                raise
            figures = None
        data = input_to_json(inputs)
        snapshot = figures_to_json(figures) if figures is not None else {}
        documents = (deal.figures or {}).get(DOCUMENTS_KEY)
        if documents:
            snapshot[DOCUMENTS_KEY] = documents
        if data == deal.inputs and snapshot == deal.figures:
            return  # saved twice: nothing changes, no new version
        old = (deal.msrp, deal.price, deal.total_on_the_road)
        deal.inputs = data
        deal.figures = snapshot
        deal.msrp = inputs.msrp
        deal.price = figures.transaction_price if figures else inputs.msrp - inputs.discount
        deal.total_on_the_road = figures.on_the_road_total if figures else Decimal(0)
        deal.updated_at = datetime.now()
        self._audit.record_changes(
            s,
            user,
            store.ENTITY,
            deal.id,
            {
                "msrp": (old[0], deal.msrp),
                "price": (old[1], deal.price),
                "total_on_the_road": (old[2], deal.total_on_the_road),
            },
        )
        if figures is not None:
            approval = figures.discount_approval
            store.sync_approval(
                s,
                deal,
                inputs.discount,
                approval.needed,
                self._summary(s, deal, inputs.discount, approval.percent),
                {"deal": deal.id, "percent": str(approval.percent)},
                user,
                self._audit,
                self_approve=self._session.can(Capability.APPROVE),
            )
        s.flush()

    # -- the discount approval --------------------------------------------------------------------
    def decide_discount(self, deal_id: int, approve: bool, note: str = "") -> DealView:
        """A manager approves or rejects the deal's pending discount request."""
        actor = self._session.require(Capability.APPROVE)
        if not approve and not note.strip():
            raise ValidationError(
                "note",
                QT_TRANSLATE_NOOP("Validation", "Say why the request is rejected."),
                "required",
            )
        with self._db.write() as s:
            deal, opp = store.visible_deal(s, self._session, self._settings, deal_id)
            row = s.get(Approval, deal.approval_id) if deal.approval_id else None
            if row is None or row.status != store.APPROVAL_PENDING:
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP("Validation", "There is no request waiting for a decision."),
                    "not_pending",
                )
            if not may_approve(actor.role, actor.id, row.requested_by):
                raise PermissionDenied("Nobody may decide on their own request.")
            row.status = store.APPROVAL_APPROVED if approve else store.APPROVAL_REJECTED
            row.decided_by = actor.id
            row.decided_at = datetime.now()
            row.note = note.strip()
            if approve:
                raw = row.payload.get("discount")
                deal.approved_discount = Decimal(raw) if isinstance(raw, str) else None
            action = Action.APPROVE if approve else Action.REJECT
            self._audit.record(s, actor, action, store.ENTITY, deal.id,
                               detail={"approval": row.id, "kind": row.kind})  # fmt: skip
            s.flush()
            return self._view(s, deal, opp, actor)

    # -- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _region(s: Session) -> Region:
        dealer = s.get(Dealership, 1)
        return Region(dealer.region) if dealer else Region.TW

    @staticmethod
    def _check_version(deal: Deal, expected: int | None) -> None:
        if expected is not None and expected != deal.version_id:
            raise StaleRecord("Somebody else changed this deal. Reload it and try again.")

    def _reactivate(self, s: Session, deal: Deal, opp: Opportunity, user: UserInfo) -> None:
        """A deal cancelled with its lost opportunity is a draft again once it is reopened."""
        if deal.status == store.CANCELLED and opp.status == OpportunityStatus.OPEN.value:
            deal.status = store.DRAFT
            deal.updated_at = datetime.now()
            self._audit.record_changes(
                s, user, store.ENTITY, deal.id, {"status": (store.CANCELLED, store.DRAFT)}
            )

    def _summary(self, s: Session, deal: Deal, discount: Decimal, percent: Decimal) -> str:
        customer = s.get(Customer, deal.customer_id)
        dealer = s.get(Dealership, 1)
        vehicle = store.vehicle_choice(s, deal).name(dealer.doc_language if dealer else "en")
        amount = format_money(discount, Currency(deal.currency))
        who = customer.name if customer else ""
        return " · ".join(p for p in (who, vehicle, f"−{amount} ({percent} %)") if p)

    def _view(self, s: Session, deal: Deal, opp: Opportunity, user: UserInfo) -> DealView:
        region = Region(deal.region)
        see_cost = self._session.can(Capability.SEE_COST)
        inputs = input_from_json(deal.inputs, region)
        shown = inputs if see_cost else strip_costs(inputs)
        limit = discount_limit(self._settings)
        figures: DealFigures | None = None
        problems: tuple[ValidationError, ...] = ()
        try:
            figures = recalculate(
                dataclasses.replace(shown, discount_limit=limit), load_table(s, user.id)
            )
        except ValidationErrors as exc:
            problems = tuple(exc.errors)
        needed = bool(inputs.msrp) and check_discount(inputs.msrp, inputs.discount, limit).needed
        contract = store.contract_of(s, deal.id)
        saved = dict(deal.figures or {})
        return DealView(
            deal_id=deal.id,
            opportunity_id=opp.id,
            customer_id=deal.customer_id,
            region=region,
            currency=Currency(deal.currency),
            status=deal.status,
            vehicle=store.vehicle_choice(s, deal),
            inputs=shown,
            figures=figures,
            problems=problems,
            saved_figures=saved if see_cost else without_gross_profit(saved),
            discount_limit=limit,
            approval=store.approval_state(s, deal, inputs.discount, needed),
            may_see_cost=see_cost,
            version=deal.version_id,
            updated_at=deal.updated_at,
            contract_id=contract.id if contract and contract.status != store.CANCELLED else None,
            contract_no=contract.number if contract and contract.status != store.CANCELLED else "",
        )


def require_cleared(view: DealView) -> None:
    """Contracts and deal documents wait for a needed discount approval."""
    if not view.approval.cleared:
        raise ValidationError(
            "discount",
            QT_TRANSLATE_NOOP(
                "Validation", "The discount needs a manager's approval before this can be printed."
            ),
            "approval_required",
        )


def may_decide(view: DealView, user: UserInfo) -> bool:
    """Whether ``user`` may approve or reject the deal's pending request."""
    state = view.approval
    return (
        state.status == store.APPROVAL_PENDING
        and state.requested_by_id is not None
        and may_approve(user.role, user.id, state.requested_by_id)
    )


__all__ = [
    "DOCUMENTS_KEY",
    "DealService",
    "DealView",
    "discount_limit",
    "may_decide",
    "require_cleared",
    "tax_vehicle",
]
