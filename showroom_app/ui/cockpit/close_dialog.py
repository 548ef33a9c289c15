"""Closing an opportunity from any stage: lost (戰敗), postponed (暫緩) or invalid (無效)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import OpportunityStatus
from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.needs import CLOSING_STATUSES, LOST_REASONS
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import texts
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget, with_error

FIELDS = ("status", "reason_code", "competitor", "revisit", "note")


class CloseDialog(QDialog):
    """Asks how the opportunity ends and closes it through ``CockpitService.close``."""

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.setObjectName("cockpit_close_dialog")
        self.setAccessibleName("cockpit_close_dialog")
        self._ready = False
        self.setup_ui()
        self._ready = True
        self.retranslate_ui()
        self.on_status_combo_changed(0)

    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = {f: FieldError(f"close_{f}", self) for f in FIELDS}
        self.labels: dict[str, QLabel] = {}
        self.status_combo = name_widget(QComboBox(self), "close_status")
        for status in CLOSING_STATUSES:
            self.status_combo.addItem("", status.value)
        self.status_combo.currentIndexChanged.connect(self.on_status_combo_changed)
        self.reason_combo = name_widget(QComboBox(self), "close_reason_code")
        self.reason_combo.addItem("", "")
        for code in LOST_REASONS:
            self.reason_combo.addItem("", code)
        self.competitor_edit = name_widget(QLineEdit(self), "close_competitor")
        self.competitor_edit.setMaxLength(100)
        self.revisit_edit = name_widget(QDateEdit(self), "close_revisit")
        self.revisit_edit.setCalendarPopup(True)
        self.revisit_edit.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.revisit_edit.setDate(QDate(today + timedelta(days=30)))
        self.note_edit = name_widget(QLineEdit(self), "close_note")
        self.note_edit.setMaxLength(2000)
        fields = {
            "status": self.status_combo,
            "reason_code": self.reason_combo,
            "competitor": self.competitor_edit,
            "revisit": self.revisit_edit,
            "note": self.note_edit,
        }
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for name, field in fields.items():
            label = QLabel(self)
            label.setObjectName(f"close_{name}_label")
            self.labels[name] = label
            box = with_error(field, self.errors[name])
            label.setBuddy(field)
            form.addRow(label, box)
            self.rows[name] = (label, box)
        outer.addLayout(form)
        self.general_error = FieldError("close_general", self)
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = name_widget(QPushButton(self), "close_save")
        self.cancel_button = name_widget(QPushButton(self), "close_cancel")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Close the opportunity"))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(
                i, labels.opportunity_status(self.status_combo.itemData(i))
            )
        self.reason_combo.setItemText(0, self.tr("(choose a reason)"))
        for i in range(1, self.reason_combo.count()):
            self.reason_combo.setItemText(i, texts.lost_reason(self.reason_combo.itemData(i)))
        self.labels["status"].setText(self.tr("&Outcome"))
        self.labels["reason_code"].setText(self.tr("&Reason"))
        self.labels["competitor"].setText(self.tr("&Competitor model"))
        self.labels["revisit"].setText(self.tr("Re&visit on"))
        self.labels["note"].setText(self.tr("&Note"))
        self.competitor_edit.setPlaceholderText(self.tr("Brand and model they chose"))
        self.save_button.setText(self.tr("Close opportunity"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    def status(self) -> OpportunityStatus:
        return OpportunityStatus(self.status_combo.currentData())

    def on_status_combo_changed(self, _index: int) -> None:
        status = self.status()
        lost = status is OpportunityStatus.LOST
        for name, visible in (
            ("competitor", lost),
            ("revisit", status is OpportunityStatus.POSTPONED),
        ):
            label, box = self.rows[name]
            label.setVisible(visible)
            box.setVisible(visible)
        for error in self.errors.values():
            error.set_error("")
        self.adjustSize()

    def on_save_button_clicked(self) -> None:
        status = self.status()
        lost = status is OpportunityStatus.LOST
        revisit = (
            self.revisit_edit.date().toPython() if status is OpportunityStatus.POSTPONED else None
        )
        for error in (*self.errors.values(), self.general_error):
            error.set_error("")
        try:
            self.ctx.services.cockpit.close(
                self.opportunity_id,
                status,
                self.reason_combo.currentData() or "",
                note=self.note_edit.text(),
                competitor=self.competitor_edit.text() if lost else "",
                revisit=revisit,
            )
        except ValidationErrors as exc:
            for err in exc.errors:
                self._show_error(err)
            return
        except ValidationError as exc:
            self._show_error(exc)
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.accept()

    def _show_error(self, error: ValidationError) -> None:
        target = self.errors.get(error.field, self.general_error)
        target.set_error(validation_text(error))
