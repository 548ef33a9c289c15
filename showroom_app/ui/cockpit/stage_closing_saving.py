"""The deal desk's state: loading the deal, recalculating on every keystroke, autosaving and
drafts (the cockpit's panel contract, ``panels.py``).

* Every change recalculates at once with the domain (``recalculate`` with the dealership's
  rules table, fetched once when the page opens) and shows the figures and the messages.
* 0.8 s after typing pauses (at most 1.8 s while typing on) a valid desk is saved through
  ``DealService.save_inputs`` with the version last seen; an invalid one — and a contract
  form typed before the contract exists — goes to the drafts and comes back, with a note,
  when the page opens again.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from showroom_app.domain.deal import DealFigures, DealInput, recalculate
from showroom_app.domain.deal_checks import DiscountLimit, require_deposit_reason
from showroom_app.domain.enums import REGION_CURRENCY, Region
from showroom_app.domain.errors import ShowroomError, StaleRecord, ValidationError, ValidationErrors
from showroom_app.domain.tax_rules import RulesTable
from showroom_app.services.cockpit import CockpitView
from showroom_app.services.contracts import ContractView
from showroom_app.services.deals import DealView, may_decide
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_closing_fields import (
    LINE_TABLES,
    inputs_from_raw,
    raw_from_inputs,
)
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text

DEADLINE_MS = 1800
_EMPTY_INPUT = DealInput(region=Region.TW, msrp=Decimal(0))


class ClosingSaving(StagePanel):
    """State and saving of the deal desk; the layout is ``stage_closing.ClosingPanel``."""

    # widgets made by the subclass's setup_ui
    price: Any
    trade_in: Any
    taxes: Any
    deposit: Any
    lines: dict[str, Any]
    finance: Any
    totals: Any
    approval: Any
    vehicle: Any
    contract_box: Any
    status_label: Any
    print_buttons: dict[str, Any]

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.see_cost = ctx.may_see_cost
        self.currency = REGION_CURRENCY[ctx.region]
        self.token = uuid.uuid4().hex  # one per page: a double click never makes two deals
        self.deal: DealView | None = None
        self.contract: ContractView | None = None
        self.base: DealInput = replace(_EMPTY_INPUT, region=ctx.region)
        self.rules: RulesTable | None = None
        self.limit = DiscountLimit()
        self.figures: DealFigures | None = None
        self.columns: list[int] = []
        self.errors: list[ValidationError] = []
        self.restored = False
        self.last_saved_at: datetime | None = None
        self.contract_touched = False
        self.preview: Any = None
        self._loading = False
        self._draft: dict[str, Any] | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(DEADLINE_MS)
        self._deadline.timeout.connect(self.autosave)

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        services = self.ctx.services
        try:
            self.rules = services.deals.rules_table()
            self.limit = services.deals.discount_limit()
            self.vehicle.set_catalogue(services.catalogue.stock(), services.catalogue.trims())
            self.deal = services.deals.deal_for_opportunity(self.opportunity_id)
        except ShowroomError as exc:
            self.totals.show_problem(str(exc))
            return
        self._loading = True
        try:
            self._fill_from_deal()
            draft = services.drafts.load(self.draft_key)
            payload = draft.payload if draft is not None else {}
            desk = payload.get("desk")
            if isinstance(desk, dict) and self.deal is not None and self.deal.editable:
                self.set_raw(desk)
                self._draft = dict(payload)
                self.restored = True
            contract = payload.get("contract")
            if isinstance(contract, dict) and self.contract is None:
                self.contract_box.set_raw(contract)
                self.contract_touched = True
                self._draft = dict(payload)
                self.restored = True
        finally:
            self._loading = False
        self.recalculate_now()

    def _fill_from_deal(self) -> None:
        """Put the saved deal into the fields (on opening, and after the car changed)."""
        deal = self.deal
        self.vehicle.show_choice(deal.vehicle if deal else None)
        if deal is None:
            self._refresh_state()
            return
        self.base = deal.inputs
        self.set_raw(raw_from_inputs(deal.inputs))
        v = deal.vehicle
        facts = [labels.powertrain(v.powertrain)]
        if v.displacement_cc:
            facts.append(f"{v.displacement_cc:,} cc")
        if v.motor_kw:
            facts.append(f"{v.motor_kw} kW")
        self.taxes.facts.setText(" · ".join(facts))
        self._load_contract()
        if self.contract is None and not self.contract_touched:
            self._prefill_buyer()
        self._refresh_state()

    def _load_contract(self) -> None:
        self.contract = None
        if self.deal is not None and self.deal.contract_id is not None:
            self.contract = self.ctx.services.contracts.contract_for_deal(self.deal.deal_id)
        self.contract_box.show_contract(self.contract)

    def _prefill_buyer(self) -> None:
        assert self.deal is not None
        try:
            customer = self.ctx.services.customers.get(self.deal.customer_id)
        except ShowroomError:
            return
        phone = labels.phone(customer.phones[0], self.ctx.region) if customer.phones else ""
        self.contract_box.set_raw(
            {
                "buyer_name": customer.name,
                "buyer_address": customer.address,
                "buyer_phone": phone,
                "company": customer.kind == "company",
                "id_type": customer.id_type or "national_id",
            }
        )

    def show_view(self, view: CockpitView) -> None:
        """After any save in the cockpit: the approval and the contract may have changed.
        The fields and the version the next save expects stay as they are."""
        super().show_view(view)
        if self.deal is None:
            return
        try:
            fresh = self.ctx.services.deals.get(self.deal.deal_id)
        except ShowroomError:
            return
        self.deal = replace(
            self.deal,
            approval=fresh.approval,
            status=fresh.status,
            contract_id=fresh.contract_id,
            contract_no=fresh.contract_no,
        )
        self._load_contract()
        self._refresh_state()
        self._show_approval(self.figures)

    # -- the form's state ------------------------------------------------------------------------
    def raw(self) -> dict[str, Any]:
        loans, plan = self.finance.raw()
        return {
            **self.price.raw(),
            **self.taxes.raw(),
            **{table: box.rows() for table, box in self.lines.items()},
            "trade_in": self.trade_in.raw(),
            "deposit": self.deposit.raw(),
            "loans": loans,
            "selected_plan": plan,
        }

    def set_raw(self, raw: dict[str, Any]) -> None:
        loading, self._loading = self._loading, True
        try:
            self.price.set_raw(raw)
            self.taxes.set_raw(raw)
            self.trade_in.set_raw(raw.get("trade_in") or {})
            self.deposit.set_raw(raw.get("deposit") or {})
            for table, box in self.lines.items():
                box.set_rows(list(raw.get(table) or []))
            self.finance.set_raw(list(raw.get("loans") or []), int(raw.get("selected_plan") or 0))
        finally:
            self._loading = loading

    # -- recalculation ------------------------------------------------------------------------
    def evaluate(self) -> tuple[DealInput, DealFigures | None, list[ValidationError]]:
        """The input on screen, its figures (None when it does not compute) and every error."""
        inputs, errors, self.columns = inputs_from_raw(self.raw(), self.base)
        figures = None
        try:
            figures = recalculate(replace(inputs, discount_limit=self.limit), self.rules)
        except ValidationErrors as exc:
            errors = [*errors, *exc.errors]
        if figures is not None and figures.deposit_check is not None:
            try:
                require_deposit_reason(figures.deposit_check)
            except ValidationError as exc:
                errors.append(exc)
        return inputs, figures, errors

    def recalculate_now(self) -> None:
        if self.deal is None or self.rules is None:
            self._refresh_state()
            return
        _inputs, figures, errors = self.evaluate()
        self.errors = errors
        if figures is not None:
            self.figures = figures
            self.totals.show_figures(figures)
            self.finance.show_scenarios(figures.scenarios, self.columns, figures.currency)
            self.price.show_percent(figures.discount_pct)
            check = figures.deposit_check
            warning = check.warning if check is not None else None
            self.deposit.show_cap(
                ""
                if warning is None
                else validation_text(
                    ValidationError(warning.field, warning.message, warning.code, **warning.params)
                )
            )
            over = figures.trade_in_over_allowance
            text = QCoreApplication.translate(
                "ClosingSaving", "Over-allowance of %1: it lowers the deal's gross profit."
            )
            self.trade_in.show_over_allowance(
                text.replace("%1", labels.money(over, figures.currency)) if over else ""
            )
        self.show_errors(errors)
        self._show_approval(figures)
        self._show_status()

    def show_errors(self, errors: list[ValidationError]) -> None:
        boxes = (self.price, self.trade_in, self.taxes, self.deposit)
        found: dict[int, list[str]] = {}
        slots: dict[str, Any] = {}
        for box in boxes:
            for field, label in box.errors.items():
                slots.setdefault(field, label)
        by_label: dict[Any, list[str]] = {label: [] for label in slots.values()}
        line_errors: dict[str, dict[tuple[int, str], str]] = {t: {} for t in LINE_TABLES}
        general: list[str] = []
        for error in errors:
            text = validation_text(error)
            parts = error.field.split(".")
            if error.field in slots:
                by_label[slots[error.field]].append(text)
            elif parts[0] in LINE_TABLES and len(parts) == 3 and parts[1].isdigit():
                line_errors[parts[0]][(int(parts[1]), parts[2])] = text
            elif parts[0] == "loans" and len(parts) >= 2 and parts[1].isdigit():
                i = int(parts[1])
                column = self.columns[i] if i < len(self.columns) else 0
                found.setdefault(column, []).append(text)
            elif parts[0] in ("loans", "selected_plan"):
                found.setdefault(0, []).append(text)
            elif error.field == "price":
                by_label[slots["discount"]].append(text)
            else:
                general.append(text)
        for label, texts in by_label.items():
            label.set_error("\n".join(dict.fromkeys(texts)))
        for table, box in self.lines.items():
            box.show_errors(line_errors[table])
        self.finance.show_errors(found)
        self.totals.show_problem("\n".join(dict.fromkeys(general)))

    def _show_approval(self, figures: DealFigures | None) -> None:
        if self.deal is None:
            self.approval.hide()
            return
        self.approval.show()
        state = self.deal.approval
        unsaved = False
        if figures is not None:
            needed = figures.discount_approval.needed
            unsaved = needed and figures.discount != self.deal.inputs.discount
            state = replace(state, needed=needed)
        limit = self.limit.max_percent
        limit_text = "" if limit is None else f"{limit} %"
        self.approval.show_state(state, may_decide(self.deal, self.ctx.user), unsaved, limit_text)

    def _refresh_state(self) -> None:
        deal = self.deal
        editable = deal is not None and deal.editable
        for widget in (self.price, self.trade_in, self.taxes, self.deposit, *self.lines.values()):
            widget.setEnabled(editable)
        self.finance.set_editable(editable)
        self.vehicle.set_editable(deal is None or deal.editable)
        self.contract_box.setEnabled(deal is not None)
        self.contract_box.set_editable(editable)
        for button in self.print_buttons.values():
            button.setEnabled(deal is not None)
        if deal is None:
            self.approval.hide()
        self._show_status()

    def refresh_derived(self) -> None:
        """Texts that depend on the language (called after retranslation)."""
        if getattr(self, "deal", None) is not None:
            self.recalculate_now()
        elif hasattr(self, "status_label"):
            self._show_status()

    def _show_status(self) -> None:
        if not hasattr(self, "status_label"):
            return
        deal = self.deal
        bad = bool(self.errors)
        if deal is None:
            text, colour = (
                QCoreApplication.translate(
                    "ClosingSaving", "Reserve a stock unit or order a trim to start the deal."
                ),
                "#555",
            )
        elif not deal.editable:
            text, colour = (
                QCoreApplication.translate(
                    "ClosingSaving", "Contracted: the car and the price can no longer change."
                ),
                "#555",
            )
        elif bad and self.restored:
            text = QCoreApplication.translate(
                "ClosingSaving", "Unsaved input restored: correct the marked fields to save it."
            )
            colour = "#8a5a00"
        elif bad:
            text, colour = (
                QCoreApplication.translate(
                    "ClosingSaving", "Not saved yet: correct the marked fields."
                ),
                "#8a5a00",
            )
        elif self.last_saved_at is not None:
            text = QCoreApplication.translate("ClosingSaving", "Deal saved at %1").replace(
                "%1", self.last_saved_at.strftime("%H:%M:%S")
            )
            colour = "#2e6b30"
        else:
            text, colour = (
                QCoreApplication.translate("ClosingSaving", "The deal saves itself as you type."),
                "#555",
            )
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};")

    # -- saving -------------------------------------------------------------------------------
    def schedule_autosave(self, *_args: Any) -> None:
        super().schedule_autosave()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> None:
        if self._autosave.isActive() or self._deadline.isActive():
            self.autosave()

    def on_field_edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self.recalculate_now()
        self.schedule_autosave()

    def on_contract_edited(self, *_args: Any) -> None:
        if not self._loading:
            self.contract_touched = True
            self.schedule_autosave()

    def autosave(self) -> None:
        """Save a valid desk; keep what cannot be saved (and an unsigned contract form) as a
        draft."""
        self._autosave.stop()
        self._deadline.stop()
        deal = self.deal
        if deal is None:
            return
        raw = self.raw()
        inputs, figures, errors = self.evaluate()
        self.errors = errors
        saved_now = False
        if deal.editable and not errors and figures is not None and inputs != self.base:
            try:
                fresh = self.ctx.services.deals.save_inputs(
                    deal.deal_id, inputs, expected_version=deal.version
                )
            except ValidationErrors as exc:
                self.errors = list(exc.errors)
            except StaleRecord:
                messages.information(
                    self,
                    QCoreApplication.translate("ClosingSaving", "Changed elsewhere"),
                    QCoreApplication.translate(
                        "ClosingSaving",
                        "Somebody else changed this deal. It is shown again as saved; "
                        "your changes are kept as a draft.",
                    ),
                )
                self._keep_draft(raw)
                self.deal = self.ctx.services.deals.get(deal.deal_id)
                self._fill_from_deal()
                return
            except ShowroomError as exc:
                messages.critical(
                    self, QCoreApplication.translate("ClosingSaving", "Not saved"), str(exc)
                )
                return
            else:
                self.deal = fresh
                self.base = fresh.inputs
                self.last_saved_at = datetime.now()
                saved_now = True
        self._keep_draft(raw)
        self.show_errors(self.errors)
        self._show_approval(figures)
        self._show_status()
        if saved_now:
            self.changed.emit()

    def _keep_draft(self, raw: dict[str, Any]) -> None:
        payload: dict[str, Any] = {}
        if self.errors and self.deal is not None and self.deal.editable:
            payload["desk"] = raw
        if self.contract_touched and self.contract is None:
            payload["contract"] = self.contract_box.raw()
        drafts = self.ctx.services.drafts
        try:
            if payload:
                if payload != self._draft:
                    customer = self.deal.customer_id if self.deal is not None else None
                    drafts.save(self.draft_key, payload, customer_id=customer)
                    self._draft = payload
            elif self._draft is not None or self.restored:
                drafts.discard(self.draft_key)
                self._draft = None
                self.restored = False
        except ShowroomError as exc:
            messages.critical(
                self, QCoreApplication.translate("ClosingSaving", "Not saved"), str(exc)
            )


__all__ = ["DEADLINE_MS", "ClosingSaving"]
