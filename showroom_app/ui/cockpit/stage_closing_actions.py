"""What the deal desk's buttons do: reserve a unit or order a trim (creating the deal the
first time, idempotently), decide the discount, create the contract, issue the deposit
receipt, and open the documents. Typed input is saved first, so what prints is what is
on the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.ui import messages
from showroom_app.ui.cockpit.stage_closing_print import show_document
from showroom_app.ui.cockpit.stage_closing_saving import ClosingSaving
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text


class ClosingActions(ClosingSaving):
    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)

    # -- the car --------------------------------------------------------------------------------
    def on_unit_chosen(self, unit_id: int) -> None:
        self._choose(stock_vehicle_id=unit_id)

    def on_trim_chosen(self, trim_id: int) -> None:
        self._choose(trim_id=trim_id)

    def _choose(self, *, stock_vehicle_id: int | None = None, trim_id: int | None = None) -> None:
        self.flush()
        deals = self.ctx.services.deals
        self.vehicle.error.set_error("")
        try:
            if self.deal is None:
                self.deal = deals.open_deal(
                    self.opportunity_id,
                    self.token,
                    stock_vehicle_id=stock_vehicle_id,
                    trim_id=trim_id,
                )
            else:
                self.deal = deals.choose_vehicle(
                    self.deal.deal_id, stock_vehicle_id=stock_vehicle_id, trim_id=trim_id
                )
        except ValidationError as exc:
            self.vehicle.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(
                self, QCoreApplication.translate("ClosingActions", "Not saved"), str(exc)
            )
            return
        catalogue = self.ctx.services.catalogue
        self.vehicle.set_catalogue(catalogue.stock(), catalogue.trims())
        self._loading = True
        try:
            self._fill_from_deal()
        finally:
            self._loading = False
        self.recalculate_now()
        self.changed.emit()

    # -- the discount ---------------------------------------------------------------------------
    def on_discount_decided(self, approve: bool, note: str) -> None:
        if self.deal is None:
            return
        self.flush()
        self.approval.show_error("")
        try:
            fresh = self.ctx.services.deals.decide_discount(self.deal.deal_id, approve, note)
        except ValidationError as exc:
            self.approval.show_error(validation_text(exc))
            return
        except ShowroomError as exc:
            self.approval.show_error(str(exc))
            return
        self.deal = fresh
        self.base = fresh.inputs
        self.approval.note_edit.clear()
        self.recalculate_now()
        self.changed.emit()

    # -- contract and receipt -------------------------------------------------------------------
    def _saved_for_documents(self) -> bool:
        """Typed input saved; False (after saying why) when something must be corrected."""
        self.flush()
        if self.deal is None:
            messages.information(
                self,
                QCoreApplication.translate("ClosingActions", "No deal yet"),
                QCoreApplication.translate(
                    "ClosingActions", "Reserve a stock unit or order a trim first."
                ),
            )
            return False
        if self.errors and self.deal.editable:
            messages.information(
                self,
                QCoreApplication.translate("ClosingActions", "Not saved yet"),
                QCoreApplication.translate(
                    "ClosingActions",
                    "Correct the marked fields first: the documents show the saved deal.",
                ),
            )
            return False
        return True

    def on_create_contract(self) -> None:
        if not self._saved_for_documents():
            return
        assert self.deal is not None
        form, errors = self.contract_box.form()
        if form is None:
            self.contract_box.show_errors(errors, validation_text)
            return
        try:
            contract = self.ctx.services.contracts.create_contract(self.deal.deal_id, form)
        except ValidationErrors as exc:
            self.contract_box.show_errors(list(exc.errors), validation_text)
            return
        except ShowroomError as exc:
            messages.critical(
                self, QCoreApplication.translate("ClosingActions", "Not saved"), str(exc)
            )
            return
        self.contract_box.show_errors([], validation_text)
        self.contract = contract
        self.contract_touched = False
        self.deal = self.ctx.services.deals.get(self.deal.deal_id)
        self._keep_draft(self.raw())
        self.contract_box.show_contract(contract)
        self._refresh_state()
        self.changed.emit()

    def on_issue_receipt(self) -> None:
        if self.contract is None:
            return
        box = self.contract_box
        box.show_receipt_error("")
        try:
            self.ctx.services.contracts.issue_deposit_receipt(
                self.contract.contract_id,
                method=str(box.method_combo.currentData()),
                reference=box.reference_edit.text(),
            )
        except ValidationError as exc:
            box.show_receipt_error(validation_text(exc))
            return
        except ShowroomError as exc:
            box.show_receipt_error(str(exc))
            return
        self._load_contract()

    # -- printing -------------------------------------------------------------------------------
    def print_named(self, document: str, plan: int = 1) -> None:
        if not self._saved_for_documents():
            return
        assert self.deal is not None
        self.preview = show_document(self, self.ctx.services, document, self.deal.deal_id,
                                     plan=plan)  # fmt: skip

    def on_schedule_requested(self, column_plan: int) -> None:
        column = column_plan - 1
        if column not in self.columns:
            return
        self.print_named("repayment_schedule", plan=self.columns.index(column) + 1)

    def print_document(self) -> bool:
        """Ctrl+P on the closing page: the quotation."""
        self.print_named("quotation")
        return True


__all__ = ["ClosingActions"]
