"""Stage 金融服務 (finance, between signing and delivery; DOMAIN.md §4.7): the deal's loan
applications.

An application is made from one of the loan plans worked out on the deal desk: the plan's
monthly payment, total interest and true APR are shown as it is chosen (the domain's
schedule, the same figures the quotation prints), then the lender and product are named and
the application created. Each application shows its terms and figures, the status buttons
the lender's answer allows (draft → submitted → approved / conditional / rejected → signed →
disbursed; a rejection needs the lender's reason), the documents collected (the business
licence for a company buyer), its history, and prints its repayment schedule from its stored
terms. Until the loan contract is signed the terms can be changed to the lender's (a higher
rate, a shorter term): "Edit terms…" on the card, figures recomputed as they are typed, Save.

Delivery waits for the disbursement (a soft gate: the delivery stage asks to confirm); the
page says so at the top. Status steps and ticks save at once; a lender or product typed for
an application not created yet, a note typed for a step not taken yet, and terms being edited
but not saved yet are kept as a draft and put back when the page opens again.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from showroom_app.domain.enums import Currency, Stage
from showroom_app.domain.errors import (
    ShowroomError,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.services.cockpit import CockpitView
from showroom_app.services.deals import DealView
from showroom_app.services.finance import ApplicationView
from showroom_app.ui import messages
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_finance_application import ApplicationCard
from showroom_app.ui.cockpit.stage_finance_cards import NewApplicationBox
from showroom_app.ui.context import AppContext
from showroom_app.ui.document_preview import DocumentPreview, show_document
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

LIVE = ("submitted", "approved", "conditional", "signed", "disbursed")


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return FinancePanel(ctx, opportunity_id, parent)


class FinancePanel(StagePanel):
    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("finance_panel")
        self.deal: DealView | None = None
        self.applications: list[ApplicationView] = []
        self.cards: dict[int, ApplicationCard] = {}
        self.company = False
        self.preview: DocumentPreview | None = None
        self._loading = False
        self._draft_stored = False
        self.finish_setup()
        self.load()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 6)
        note = QHBoxLayout()
        self.note_label = QLabel(self)
        self.note_label.setObjectName("status_finance_note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #7a4f00;")
        self.open_closing_button = name_widget(QPushButton(self), "finance_open_closing")
        self.open_closing_button.setAutoDefault(False)
        self.open_closing_button.clicked.connect(self.on_open_closing_clicked)
        note.addWidget(self.note_label, 1)
        note.addWidget(self.open_closing_button)
        outer.addLayout(note)
        self.gate_label = QLabel(self)
        self.gate_label.setObjectName("status_finance_gate")
        self.gate_label.setWordWrap(True)
        outer.addWidget(self.gate_label)
        self.draft_note = QLabel(self)
        self.draft_note.setObjectName("status_finance_draft")
        self.draft_note.setStyleSheet("color: #7a4f00; font-style: italic;")
        self.draft_note.hide()
        outer.addWidget(self.draft_note)
        self.error = FieldError("finance_general", self)
        outer.addWidget(self.error)
        self.cards_box = QVBoxLayout()
        outer.addLayout(self.cards_box)
        toggle = QHBoxLayout()
        self.new_toggle = name_widget(QPushButton(self), "finance_new_toggle")
        self.new_toggle.setAutoDefault(False)
        self.new_toggle.setCheckable(True)
        self.new_toggle.toggled.connect(lambda _on: self._show_state())
        toggle.addWidget(self.new_toggle)
        toggle.addStretch(1)
        outer.addLayout(toggle)
        self.new_box = NewApplicationBox(self)
        self.new_box.create_requested.connect(self.on_create_requested)
        self.new_box.edited.connect(self.schedule_autosave)
        outer.addWidget(self.new_box)

    def retranslate_ui(self) -> None:
        self.open_closing_button.setText(self.tr("Open the deal desk"))
        self.new_toggle.setText(self.tr("&New application to another lender…"))
        self.draft_note.setText(self.tr("Unsaved input restored — check it."))
        self.new_box.retranslate_ui()
        for card in self.cards.values():
            card.retranslate_ui()
        self._show_state()

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        services = self.ctx.services
        try:
            self.deal = services.deals.deal_for_opportunity(self.opportunity_id)
            if self.deal is not None:
                self.applications = services.finance.applications(self.deal.deal_id)
                customer = services.customers.get(self.deal.customer_id)
                self.company = customer.kind == "company"
        except ShowroomError as exc:
            self.error.set_error(str(exc))
            return
        self._loading = True
        try:
            deal = self.deal
            if deal is not None:
                self.new_box.set_offers(deal.inputs.loans, self.vehicle_price, deal.currency)
            self._show_cards()
            self._restore_draft()
        finally:
            self._loading = False
        self._show_state()

    @property
    def vehicle_price(self) -> Decimal | None:
        deal = self.deal
        return None if deal is None else deal.inputs.msrp - deal.inputs.discount

    @property
    def currency(self) -> Currency:
        return self.deal.currency if self.deal is not None else Currency.TWD

    def _show_cards(self) -> None:
        ids = {a.application_id for a in self.applications}
        for app_id in [i for i in self.cards if i not in ids]:
            gone = self.cards.pop(app_id)
            self.cards_box.removeWidget(gone)
            gone.deleteLater()
        for app in self.applications:
            card = self.cards.get(app.application_id)
            if card is None:
                card = ApplicationCard(app.application_id, self.company, self)
                card.step_requested.connect(self.on_step_requested)
                card.documents_changed.connect(self.on_documents_changed)
                card.schedule_requested.connect(self.on_schedule_requested)
                card.note_edited.connect(self.schedule_autosave)
                card.terms_edited.connect(self.schedule_autosave)
                card.terms_save_requested.connect(self.on_terms_save_requested)
                card.retranslate_ui()
                self.cards[app.application_id] = card
                self.cards_box.addWidget(card)
                card.show()  # now, not when the event loop next runs
            card.show_application(app, self.vehicle_price, self.currency)

    def _show_state(self) -> None:
        deal = self.deal
        loans = deal.inputs.loans if deal is not None else ()
        if deal is None:
            note = self.tr(
                "This opportunity has no deal yet. The loan plans are worked out on the deal "
                "desk (Closing); the applications to the lender are followed here."
            )
        elif not loans and not self.applications:
            note = self.tr(
                "The deal has no loan plan: the customer pays in full. Add a loan plan on the "
                "deal desk if the customer wants one, or mark this stage not applicable."
            )
        else:
            note = ""
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.open_closing_button.setVisible(bool(note))
        can_create = bool(loans) and deal is not None and deal.status != "delivered"
        self.new_toggle.setVisible(can_create and bool(self.applications))
        self.new_box.setVisible(
            can_create and (not self.applications or self.new_toggle.isChecked())
        )
        live = [a for a in self.applications if a.status in LIVE]
        disbursed = next((a for a in live if a.status == "disbursed"), None)
        if disbursed is not None:
            gate = self.tr("✓ Loan disbursed by %1: the car can be delivered.").replace(
                "%1", disbursed.lender
            )
            style = "color: #1b5e20; font-weight: 600;"
        elif loans or self.applications:
            gate = self.tr(
                "Delivery waits until the loan is disbursed. Delivering earlier needs a "
                "confirmation on the delivery page."
            )
            style = "color: #7a4f00; font-weight: 600;"
        else:
            gate, style = "", ""
        self.gate_label.setText(gate)
        self.gate_label.setStyleSheet(style)
        self.gate_label.setVisible(bool(gate))

    def show_view(self, view: CockpitView) -> None:
        """After any save in the cockpit: the deal's plans and the applications may have
        changed (the deal desk); typed lender, product and notes are left alone."""
        super().show_view(view)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._ready:
            self.refresh()

    def refresh(self) -> None:
        try:
            deal = self.ctx.services.deals.deal_for_opportunity(self.opportunity_id)
            apps = self.ctx.services.finance.applications(deal.deal_id) if deal else []
        except ShowroomError as exc:
            self.error.set_error(str(exc))
            return
        self.deal, self.applications = deal, apps
        if deal is not None:
            self.new_box.set_offers(deal.inputs.loans, self.vehicle_price, deal.currency)
        self._show_cards()
        self._show_state()

    def on_open_closing_clicked(self) -> None:
        opener = getattr(self.window(), "open_stage", None)
        if callable(opener):
            opener(Stage.CLOSING)

    # -- actions --------------------------------------------------------------------------------
    def on_create_requested(self) -> None:
        deal = self.deal
        if deal is None:
            return
        box = self.new_box
        for error in (box.plan_error, box.lender_error, box.product_error):
            error.set_error("")
        try:
            app = self.ctx.services.finance.create_application(
                deal.deal_id, box.plan(), box.lender_edit.text(), box.product_edit.text()
            )
        except (ValidationError, ValidationErrors) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            targets = {"lender": box.lender_error, "product": box.product_error}
            for e in errors:
                targets.get(e.field, box.plan_error).set_error(validation_text(e))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.applications.append(app)
        box.product_edit.clear()
        box.on_plan_changed(0)  # the lender back to the plan's
        self.new_toggle.setChecked(False)
        self._saved()

    def on_step_requested(self, application_id: int, status: str, note: str) -> None:
        card = self.cards.get(application_id)
        if card is None:
            return
        card.error.set_error("")
        if status == "rejected" and not note.strip():
            card.note_edit.setFocus()
        try:
            app = self.ctx.services.finance.set_status(application_id, status, note)
        except ValidationError as exc:
            card.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        card.note_edit.clear()
        self._replace(app)
        self._saved()

    def on_documents_changed(self, application_id: int, documents: dict[str, bool]) -> None:
        card = self.cards.get(application_id)
        try:
            app = self.ctx.services.finance.set_documents(application_id, documents)
        except ShowroomError as exc:
            if card is not None:
                card.error.set_error(
                    validation_text(exc) if isinstance(exc, ValidationError) else str(exc)
                )
            return
        self._replace(app)
        self._saved()

    def on_terms_save_requested(self, application_id: int) -> None:
        card = self.cards.get(application_id)
        if card is None or card.view is None:
            return
        editor = card.editor
        values, errors = editor.values()
        if errors:
            editor.show_errors(errors)
            return
        try:
            app = self.ctx.services.finance.update_terms(
                application_id, **values, expected_version=editor.saved_version
            )
        except ValidationErrors as exc:
            editor.show_errors(exc.errors)
            return
        except ValidationError as exc:
            editor.show_errors([exc])
            return
        except StaleRecord:
            self.refresh()  # the card shows what is stored now; the typed terms stay
            if card.view is not None:
                editor.saved_version = card.view.version  # saving again overwrites
            editor.set_general_error(
                self.tr(
                    "Somebody else changed this application meanwhile. Check the terms "
                    "and save again."
                )
            )
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        card.close_editor()
        self._replace(app)
        self._saved()

    def on_schedule_requested(self, application_id: int) -> None:
        docs = self.ctx.services.documents

        def render(language: str | None) -> bytes:
            return docs.application_schedule(application_id, language=language)

        self.preview = show_document(
            self,
            render,
            title=self.tr("Repayment schedule"),
            suggested_name=f"repayment-schedule-{application_id}.pdf",
            default_language=self.ctx.services.settings.dealership().doc_language.value,
        )

    def print_document(self) -> bool:
        """Ctrl+P: the latest application's repayment schedule."""
        if not self.applications:
            return False
        self.on_schedule_requested(self.applications[-1].application_id)
        return True

    def _replace(self, app: ApplicationView) -> None:
        """``app`` as this page just saved it."""
        card = self.cards.get(app.application_id)
        old = next((a for a in self.applications if a.application_id == app.application_id), None)
        if card is not None and card.editing and old is not None:
            if card.editor.saved_version == old.version:  # our own change (a tick, a step)
                card.editor.saved_version = app.version
        self.applications = [
            app if a.application_id == app.application_id else a for a in self.applications
        ]

    def _saved(self) -> None:
        self._show_cards()
        self._show_state()
        self._sync_draft()
        self.changed.emit()

    # -- drafts ---------------------------------------------------------------------------------
    def autosave(self) -> None:
        """Lender, product and step notes cannot be saved on their own: they are a draft
        until the application is created or the step taken."""
        self._sync_draft()

    def _typed(self) -> dict[str, Any]:
        notes = {str(i): c.note_edit.text() for i, c in self.cards.items() if c.note_edit.text()}
        terms = {str(i): c.editor.raw() for i, c in self.cards.items() if c.editing}
        product = self.new_box.product_edit.text()
        plan = self.new_box.plan()
        offers = self.new_box.offers
        lender = self.new_box.lender_edit.text()
        default_lender = offers[plan - 1].label if 1 <= plan <= len(offers) else ""
        typed: dict[str, Any] = {}
        if product or lender != default_lender:
            typed["new"] = {"plan": plan, "lender": lender, "product": product}
        if notes:
            typed["notes"] = notes
        if terms:
            typed["terms"] = terms
        return typed

    def _sync_draft(self) -> None:
        if self._loading or self.deal is None:
            return
        drafts = self.ctx.services.drafts
        typed = self._typed()
        try:
            if not typed:
                if self._draft_stored:
                    drafts.discard(self.draft_key)
                    self._draft_stored = False
                    self.draft_note.hide()
                return
            drafts.save(
                self.draft_key,
                {"deal_id": self.deal.deal_id, **typed},
                customer_id=self.deal.customer_id,
            )
            self._draft_stored = True
        except ShowroomError:
            return  # a draft is a safety net; the fields still hold the values

    def _restore_draft(self) -> None:
        if self.deal is None:
            return
        try:
            record = self.ctx.services.drafts.load(self.draft_key)
        except ShowroomError:
            return
        if record is None:
            return
        payload = record.payload
        if payload.get("deal_id") != self.deal.deal_id:
            return
        new = payload.get("new")
        if isinstance(new, dict):
            index = self.new_box.plan_combo.findData(new.get("plan"))
            if index >= 0:
                self.new_box.plan_combo.setCurrentIndex(index)
            self.new_box.lender_edit.setText(str(new.get("lender", "")))
            self.new_box.product_edit.setText(str(new.get("product", "")))
        notes = payload.get("notes")
        if isinstance(notes, dict):
            for key, text in notes.items():
                card = self.cards.get(int(key)) if str(key).isdigit() else None
                if card is not None:
                    card.note_edit.setText(str(text))
        terms = payload.get("terms")
        if isinstance(terms, dict):
            for key, raw in terms.items():
                card = self.cards.get(int(key)) if str(key).isdigit() else None
                editable = card is not None and card.view is not None and card.view.terms_editable
                if card is not None and editable and isinstance(raw, dict):
                    card.open_editor({str(k): str(v) for k, v in raw.items()})
        self._draft_stored = True
        self.draft_note.show()


__all__ = ["FinancePanel", "create_panel"]
