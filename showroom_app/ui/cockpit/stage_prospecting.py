"""Stage 1 — 集客準備: how the customer came (lead source, detail, referrer) and their
appointments (visit, test drive, delivery) with show / no-show / cancel and booking.

The lead saves itself: the source and the referrer at once, the detail after a typing
pause. A referral without its referrer cannot be saved yet: the message shows at the field
and the typed values are kept as a draft until it can.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import LeadSource
from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.cockpit import CockpitView
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_reception_appointments import AppointmentList
from showroom_app.ui.cockpit.stage_reception_booking import BookAppointmentDialog
from showroom_app.ui.cockpit.stage_reception_referrer import ReferrerPicker
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

LEAD_FIELDS = ("source", "source_detail", "referrer")


class ProspectingPanel(StagePanel):
    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.lead = ctx.services.visits.lead(opportunity_id)
        self.customer_id = self.lead.customer_id
        self.finish_setup()
        self._load()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.lead_box = QGroupBox(self)
        self.lead_box.setObjectName("cockpit_lead")
        form = QFormLayout(self.lead_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = {f: QLabel(self.lead_box) for f in LEAD_FIELDS}
        self.errors = {f: FieldError(f"cockpit_{f}", self.lead_box) for f in LEAD_FIELDS}
        self.source_combo = name_widget(QComboBox(self.lead_box), "cockpit_source")
        for source in LeadSource:
            self.source_combo.addItem("", source.value)
        self.source_combo.activated.connect(self.on_source_combo_activated)
        self.detail_edit = name_widget(QLineEdit(self.lead_box), "cockpit_source_detail")
        self.detail_edit.setMaxLength(200)
        self.detail_edit.textEdited.connect(self.schedule_autosave)
        self.detail_edit.editingFinished.connect(self.flush)
        self.referrer = ReferrerPicker(self.ctx, self.customer_id, self.lead_box)
        self.referrer.chosen.connect(self.on_referrer_chosen)
        add_row(form, self.labels["source"], self.source_combo, self.errors["source"])
        add_row(form, self.labels["source_detail"], self.detail_edit, self.errors["source_detail"])
        add_row(form, self.labels["referrer"], self.referrer, self.errors["referrer"])
        self.labels["referrer"].setBuddy(self.referrer.search_edit)
        self.draft_note = QLabel(self.lead_box)
        self.draft_note.setObjectName("cockpit_lead_draft_note")
        self.draft_note.setStyleSheet("color: #7a4f00;")
        self.draft_note.hide()
        form.addRow(self.draft_note)
        outer.addWidget(self.lead_box)

        self.appointments_box = QGroupBox(self)
        self.appointments_box.setObjectName("cockpit_appointments")
        box = QVBoxLayout(self.appointments_box)
        self.appointments = AppointmentList(
            self.ctx, "cockpit_appointments", one_day=False, parent=self.appointments_box
        )
        self.appointments.view.setMinimumHeight(90)
        self.appointments.view.setMaximumHeight(160)
        self.appointments.marked.connect(self.on_appointment_marked)
        self.book_button = name_widget(QPushButton(self.appointments_box), "cockpit_book")
        self.book_button.setAutoDefault(False)
        self.book_button.clicked.connect(self.on_book_button_clicked)
        self.appointments.extra.addWidget(self.book_button)
        box.addWidget(self.appointments)
        outer.addWidget(self.appointments_box)

    def retranslate_ui(self) -> None:
        self.lead_box.setTitle(self.tr("Lead"))
        self.labels["source"].setText(self.tr("Lead &source"))
        self.labels["source_detail"].setText(self.tr("Source &detail"))
        self.labels["referrer"].setText(self.tr("&Referred by"))
        for i in range(self.source_combo.count()):
            self.source_combo.setItemText(i, labels.lead_source(self.source_combo.itemData(i)))
        self.detail_edit.setPlaceholderText(self.tr("Platform, campaign or event, e.g. 8891"))
        self.draft_note.setText(self.tr("Unsaved input restored"))
        self.appointments_box.setTitle(self.tr("Appointments"))
        self.book_button.setText(self.tr("&Book appointment…"))
        self.referrer.retranslate_ui()
        self.appointments.retranslate_ui()

    # -- state --------------------------------------------------------------------------------
    def _load(self) -> None:
        """Field values once, when the panel opens (a draft wins over the stored lead)."""
        lead = self.lead
        values: dict[str, Any] = {
            "source": lead.source.value,
            "detail": lead.source_detail,
            "referrer": lead.referrer_customer_id,
            "referrer_text": self._referrer_text(),
        }
        draft = self.ctx.services.drafts.load(self.draft_key)
        if draft is not None:
            values.update({k: v for k, v in draft.payload.items() if k in values})
            self.draft_note.show()
        index = self.source_combo.findData(values["source"])
        self.source_combo.setCurrentIndex(max(index, 0))
        self.detail_edit.setText(str(values["detail"] or ""))
        referrer = values["referrer"]
        self.referrer.set_choice(
            int(referrer) if isinstance(referrer, int) else None, str(values["referrer_text"])
        )
        self._show_referrer()
        self.reload_appointments()

    def _referrer_text(self) -> str:
        lead = self.lead
        if lead.referrer_customer_id is None:
            return ""
        if not lead.referrer_name:
            return self.tr("(a customer you cannot see)")
        return ReferrerPicker.describe(
            lead.referrer_name, lead.referrer_salutation, lead.referrer_phone, self.ctx.region
        )

    def _show_referrer(self) -> None:
        referral = self.source_combo.currentData() == LeadSource.REFERRAL.value
        self.labels["referrer"].setVisible(referral)
        self.referrer.setVisible(referral)
        if not referral:
            self.errors["referrer"].set_error("")

    def show_view(self, view: CockpitView) -> None:
        super().show_view(view)
        self.reload_appointments()  # derived list only; the lead fields are left alone

    def reload_appointments(self) -> None:
        try:
            rows = self.ctx.services.appointments.for_customer(
                self.customer_id, self.opportunity_id
            )
        except ShowroomError:
            rows = []
        self.appointments.set_rows(rows)

    # -- saving -------------------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        return {
            "source": self.source_combo.currentData(),
            "detail": self.detail_edit.text(),
            "referrer": self.referrer.customer_id,
            "referrer_text": self.referrer.value_label.text(),
        }

    def autosave(self) -> None:
        self._autosave.stop()
        values = self.payload()
        for error in self.errors.values():
            error.set_error("")
        try:
            self.lead = self.ctx.services.visits.set_lead(
                self.opportunity_id, values["source"], values["detail"], values["referrer"]
            )
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else "source"
            self.errors[field].set_error(validation_text(exc))
            self._keep_draft(values)
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            self._keep_draft(values)
            return
        self.ctx.services.drafts.discard(self.draft_key)
        self.draft_note.hide()
        self.changed.emit()

    def _keep_draft(self, values: dict[str, Any]) -> None:
        try:
            self.ctx.services.drafts.save(self.draft_key, values, customer_id=self.customer_id)
        except ShowroomError:
            pass  # the message at the field already tells the user

    # -- slots --------------------------------------------------------------------------------
    def on_source_combo_activated(self, _index: int) -> None:
        self._show_referrer()
        if self.source_combo.currentData() == LeadSource.REFERRAL.value:
            if self.referrer.customer_id is None:
                self.referrer.search_edit.setFocus()
        self.autosave()

    def on_referrer_chosen(self) -> None:
        if self.referrer.customer_id is None:
            self._keep_draft(self.payload())  # "Change…": wait for the new choice
            return
        self.autosave()

    def on_appointment_marked(self) -> None:
        self.reload_appointments()
        self.changed.emit()

    def on_book_button_clicked(self) -> None:
        dialog = BookAppointmentDialog(self.ctx, self.customer_id, self.opportunity_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if dialog.exec():
            self.reload_appointments()
            self.changed.emit()


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return ProspectingPanel(ctx, opportunity_id, parent)
