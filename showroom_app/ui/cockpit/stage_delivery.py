"""Stage 7 — 交車儀式 (delivery ceremony): the delivery appointment, the PDI with the
technician's sign-off, the handover (documents per region, functions explained, tools and
keys, photo consent, money settled, loan disbursed), the delivered car (VIN checked against
the contract, plate, odometer, service advisor), the commemorative photo, the delivery
confirmation and certificate, and "Mark delivered" (DOMAIN.md §4.8, §6.6, §6.7).

Without a signed contract the page says where to go (the deal desk) and shows nothing else.

How each part is saved (``stage_delivery_saving``): appointment, PDI results, handover and
the delivered car save themselves shortly after typing pauses; the sign-off, the photo and
"Mark delivered" are buttons (``stage_delivery_actions``). Input the service refuses is shown
at its field, kept as a draft and put back when the page opens again.

Parts: ``_pdi``, ``_handover``, ``_fields`` (appointment, car, photo), ``_saving``,
``_actions``, ``_print``.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.delivery import DeliveryStatus, PdiResult
from showroom_app.domain.delivery_plan import delivery_reminder_due
from showroom_app.domain.enums import Stage
from showroom_app.domain.errors import ShowroomError
from showroom_app.services.cockpit import CockpitView
from showroom_app.services.delivery import DeliveryView
from showroom_app.ui import labels
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_delivery_actions import DeliveryActions
from showroom_app.ui.cockpit.stage_delivery_fields import AppointmentBox, PhotoBox, VehicleBox
from showroom_app.ui.cockpit.stage_delivery_handover import HandoverBox
from showroom_app.ui.cockpit.stage_delivery_pdi import PdiBox, signed_text
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import FieldError, name_widget

CONTRACTED, DELIVERED = "contracted", "delivered"
LIVE_LOAN = ("submitted", "approved", "conditional", "signed", "disbursed")


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return DeliveryPanel(ctx, opportunity_id, parent)


class DeliveryPanel(DeliveryActions):
    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("delivery_panel")
        self.preview = None
        self.deal_status = ""
        self.body: QWidget | None = None
        self.finish_setup()
        self.load()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 6, 0, 6)
        self.note_box = QWidget(self)
        note = QHBoxLayout(self.note_box)
        note.setContentsMargins(0, 0, 0, 0)
        self.no_deal_label = QLabel(self.note_box)
        self.no_deal_label.setObjectName("status_delivery_no_deal")
        self.no_deal_label.setWordWrap(True)
        self.no_deal_label.setStyleSheet("color: #7a4f00;")
        self.open_closing_button = name_widget(QPushButton(self.note_box), "delivery_open_closing")
        self.open_closing_button.setAutoDefault(False)
        self.open_closing_button.clicked.connect(self.on_open_closing_clicked)
        note.addWidget(self.no_deal_label, 1)
        note.addWidget(self.open_closing_button, 0, Qt.AlignmentFlag.AlignTop)
        self.outer.addWidget(self.note_box)
        self.draft_note = QLabel(self)
        self.draft_note.setObjectName("status_delivery_draft")
        self.draft_note.setStyleSheet("color: #7a4f00; font-style: italic;")
        self.draft_note.hide()
        self.outer.addWidget(self.draft_note)
        self.general_error = FieldError("delivery_general", self)
        self.outer.addWidget(self.general_error)

    def _build_body(self, view: DeliveryView) -> None:
        """The delivery's widgets, once the deal (and so the car's checklists) is known."""
        body = QWidget(self)
        body.setObjectName("delivery_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("status_delivery")
        self.status_label.setStyleSheet("font-weight: 600;")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        top = QGridLayout()
        self.appointment = AppointmentBox(body)
        self.vehicle = VehicleBox(body)
        self.photo = PhotoBox(body)
        top.addWidget(self.appointment, 0, 0)
        top.addWidget(self.photo, 1, 0)
        top.addWidget(self.vehicle, 0, 1, 2, 1)
        top.setColumnStretch(0, 2)
        top.setColumnStretch(1, 3)
        layout.addLayout(top)
        self.pdi = PdiBox(view.powertrain, body)
        layout.addWidget(self.pdi)
        self.handover = HandoverBox(view.region, view.powertrain, body)
        layout.addWidget(self.handover)

        self.deliver_box = QGroupBox(body)
        self.deliver_box.setObjectName("delivery_deliver_box")
        box = QVBoxLayout(self.deliver_box)
        buttons = QHBoxLayout()
        self.mark_button = name_widget(QPushButton(self.deliver_box), "delivery_mark_delivered")
        self.mark_button.setAutoDefault(False)
        self.mark_button.setStyleSheet("font-weight: 600; padding: 4px 14px;")
        self.print_confirmation_button = name_widget(
            QPushButton(self.deliver_box), "delivery_print_confirmation"
        )
        self.print_certificate_button = name_widget(
            QPushButton(self.deliver_box), "delivery_print_certificate"
        )
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        for button in (self.print_confirmation_button, self.print_certificate_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.mark_error = FieldError("delivery_mark_delivered", self.deliver_box)
        self.result_label = QLabel(self.deliver_box)
        self.result_label.setObjectName("status_delivery_result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.result_label.hide()
        box.addWidget(self.mark_error)
        box.addWidget(self.result_label)
        layout.addWidget(self.deliver_box)
        self.outer.addWidget(body)
        body.show()  # also when the contract was signed while the page was open
        self.body = body

        self.appointment.edited.connect(lambda: self.touch("schedule"))
        self.appointment.book_requested.connect(self.on_book_requested)
        self.pdi.edited.connect(self.touch_pdi)
        self.pdi.all_ok_requested.connect(self.on_all_ok_requested)
        self.pdi.sign_requested.connect(self.on_sign_requested)
        self.pdi.sign_edited.connect(self.note_sign_typed)
        self.handover.edited.connect(lambda: self.touch("handover"))
        self.vehicle.edited.connect(lambda: self.touch("details"))
        self.photo.choose_requested.connect(self.on_choose_photo)
        self.photo.remove_requested.connect(self.on_remove_photo)
        self.mark_button.clicked.connect(self.on_mark_delivered)
        self.print_confirmation_button.clicked.connect(
            lambda: self.print_named("delivery_confirmation")
        )
        self.print_certificate_button.clicked.connect(
            lambda: self.print_named("delivery_certificate")
        )

    def retranslate_ui(self) -> None:
        self.draft_note.setText(self.tr("Unsaved input restored — check it; it saves by itself."))
        self.open_closing_button.setText(self.tr("Open the deal desk"))
        self._show_no_deal()
        if self.body is None:
            return
        for widget in (self.appointment, self.vehicle, self.photo, self.pdi, self.handover):
            widget.retranslate_ui()
        self.deliver_box.setTitle(self.tr("Delivery"))
        self.mark_button.setText(self.tr("&Mark delivered"))
        self.print_confirmation_button.setText(self.tr("Delivery &confirmation…"))
        self.print_certificate_button.setText(self.tr("Ceremony c&ertificate…"))
        if self.dview is not None:
            self.show_delivery(self.dview)

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        """Find the opportunity's contracted deal; build the page for it once."""
        try:
            deal = self.ctx.services.deals.deal_for_opportunity(self.opportunity_id)
            self.deal_status = deal.status if deal else ""
            if deal is None or deal.status not in (CONTRACTED, DELIVERED):
                self._show_no_deal()
                return
            view = self.ctx.services.delivery.get(deal.deal_id)
        except ShowroomError as exc:
            self.general_error.set_error(str(exc))
            return
        self.deal_id, self.customer_id = deal.deal_id, view.customer_id
        self._loading = True
        try:
            self._build_body(view)
            self.retranslate_ui()
            self._fill(view)
        finally:
            self._loading = False
        self.show_delivery(view)
        self.load_photo()
        self.restore_draft()

    def _fill(self, view: DeliveryView) -> None:
        """The stored values into the fields (once, when the page opens)."""
        when = view.scheduled_at or datetime.combine(
            datetime.now().date() + timedelta(days=1), time(10, 0)
        )
        self.appointment.set_when(when)
        self.pdi.show_records(view.pdi, set())
        self.pdi.show_items(view.pdi_signed_at is None)
        self.pdi.technician_edit.setText(view.pdi_technician)
        self.pdi.checker_edit.setText(view.pdi_quality_checker)
        self.handover.set_form(view.handover)
        self.vehicle.set_values(
            {
                "vin": view.vin,
                "plate": view.plate,
                "odometer": "" if view.odometer is None else str(view.odometer),
                "service_advisor": view.service_advisor,
            }
        )

    def _show_no_deal(self) -> None:
        missing = self.deal_id is None
        self.note_box.setVisible(missing)
        if not missing:
            return
        if self.deal_status == "":
            text = self.tr(
                "This opportunity has no deal yet. Work out the deal and sign the contract on "
                "the deal desk (Closing) first; the delivery is prepared here afterwards."
            )
        elif self.deal_status == "cancelled":
            text = self.tr("This deal was cancelled: there is nothing to deliver.")
        else:
            text = self.tr(
                "The deal has no signed contract yet. Create the contract on the deal desk "
                "(Closing) first: the delivered car is checked against it."
            )
        self.no_deal_label.setText(text)

    def on_open_closing_clicked(self) -> None:
        opener = getattr(self.window(), "open_stage", None)
        if callable(opener):
            opener(Stage.CLOSING)

    def show_view(self, view: CockpitView) -> None:
        """After any save in the cockpit: the derived labels only (fields are left alone)."""
        super().show_view(view)
        if self.deal_id is None:
            if self.isVisible():
                self.load()
            return
        self.refresh_view()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.deal_id is None and self._ready:
            self.load()  # the contract may have been signed since the page was made

    def refresh_view(self) -> None:
        if self.deal_id is None:
            return
        try:
            view = self.ctx.services.delivery.get(self.deal_id)
        except ShowroomError as exc:
            self.general_error.set_error(str(exc))
            return
        self.show_delivery(view)

    # -- derived state --------------------------------------------------------------------------
    def show_delivery(self, view: DeliveryView) -> None:
        self.dview = view
        if self.body is None:
            return
        editable = view.delivered_at is None
        if view.status is DeliveryStatus.DELIVERED and view.delivered_at is not None:
            status = self.tr("Delivered on %1").replace("%1", labels.timestamp(view.delivered_at))
        elif view.scheduled_at is not None:
            status = self.tr("Delivery booked for %1").replace(
                "%1", labels.timestamp(view.scheduled_at)
            )
        else:
            status = self.tr("No delivery appointment yet.")
        self.status_label.setText(status)
        self._show_appointment(view)
        editing = set(self._pdi_dirty)
        if not editable:
            editing = set()
        self.pdi.show_records(view.pdi, editing)
        defects = sum(1 for r in view.pdi.values() if r.result is PdiResult.DEFECT)
        signed_at = labels.timestamp(view.pdi_signed_at) if view.pdi_signed_at else ""
        self.pdi.show_signature(
            view.pdi_technician if view.pdi_signed_at else "",
            signed_text(
                view.pdi_technician if view.pdi_signed_at else "",
                view.pdi_quality_checker,
                signed_at,
            ),
            len(view.pdi_pending),
            defects,
            editable,
        )
        self._show_contract(view)
        self._show_payment(view)
        for widget in (self.appointment, self.handover):
            widget.setEnabled(editable)
        self.pdi.set_editable(editable)
        self.vehicle.set_editable(editable)
        self.photo.choose_button.setEnabled(editable)
        self.photo.remove_button.setEnabled(editable and view.has_photo)
        self.mark_button.setEnabled(editable)
        if not editable and self.result_label.isHidden():
            self.result_label.setText(self.tr("✓ This car has been delivered."))
            self.result_label.show()

    def _show_appointment(self, view: DeliveryView) -> None:
        box = self.appointment
        box.book_button.setVisible(view.scheduled_at is None and view.delivered_at is None)
        if view.scheduled_at is None:
            box.status_label.setText(
                self.tr("Not booked yet: pick the time and book it; a reminder follows.")
            )
            return
        due = delivery_reminder_due(view.scheduled_at.date(), datetime.now().date())
        box.status_label.setText(
            self.tr("Booked. Reminder to confirm with the customer (ID, balance, trade-in "
                    "papers) on %1.").replace("%1", labels.day(due))
        )  # fmt: skip

    def _show_contract(self, view: DeliveryView) -> None:
        parts = [self.tr("Contract %1").replace("%1", view.contract_number or "—")]
        if view.contract_vin:
            parts.append(self.tr("VIN %1").replace("%1", view.contract_vin))
        if view.contract_max_odometer_km is not None:
            parts.append(
                self.tr("at most %1 km at delivery").replace(
                    "%1", f"{view.contract_max_odometer_km:,}"
                )
            )
        self.vehicle.contract_label.setText(" · ".join(parts))
        if view.first_service_on is not None:
            text = self.tr("First maintenance: %1").replace("%1", labels.day(view.first_service_on))
        else:
            text = self.tr(
                "First maintenance: worked out when the car is marked delivered "
                "(from the model's first-service interval)."
            )
        self.vehicle.first_service_label.setText(text)

    def _show_payment(self, view: DeliveryView) -> None:
        try:
            apps = self.ctx.services.finance.applications(view.deal_id)
        except ShowroomError:
            apps = []
        live = [a for a in apps if a.status in LIVE_LOAN]
        disbursed = next((a for a in live if a.status == "disbursed"), None)
        label = self.handover.payment_label
        if disbursed is not None:
            text = self.tr("Loan from %1 disbursed ✓").replace("%1", disbursed.lender)
            label.setStyleSheet("color: #1b5e20;")
        elif live:
            text = self.tr(
                "Loan from %1 is not disbursed yet (finance stage): delivery waits for the "
                "disbursement, or asks you to confirm."
            ).replace("%1", live[-1].lender)
            label.setStyleSheet("color: #7a4f00;")
        else:
            text = self.tr("No loan recorded: tick “Payment settled” once the balance is received.")
            label.setStyleSheet("color: #444444;")
        label.setText(text)


__all__ = ["DeliveryPanel", "create_panel"]
