"""What a contract template version holds besides its texts, while it is edited: whether
Traditional Chinese contracts print ROC (民國) years, and the review period printed on the
contract (Taiwan: at least the legal 3 days — the service checks it, the spin box allows
less so the message can say why)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from showroom_app.services.contracts_rules import MAX_REVIEW_DAYS
from showroom_app.ui.widgets.forms import FieldError, name_widget


class TemplateSettings(QWidget):
    """The ROC-dates checkbox and the review-days spin box. ``changed`` after an edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_template_settings")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        self.roc_check = name_widget(QCheckBox(self), "contract_template_roc_dates")
        self.review_label = QLabel(self)
        self.review_spin = name_widget(QSpinBox(self), "contract_template_review_days")
        self.review_spin.setRange(0, MAX_REVIEW_DAYS)
        self.review_label.setBuddy(self.review_spin)
        self.roc_check.toggled.connect(self.on_edited)
        self.review_spin.valueChanged.connect(self.on_edited)
        row.addWidget(self.roc_check)
        row.addSpacing(24)
        row.addWidget(self.review_label)
        row.addWidget(self.review_spin)
        row.addStretch(1)
        outer.addLayout(row)
        self.review_error = FieldError("contract_template_review_days", self)
        outer.addWidget(self.review_error)
        self._binding = False
        self._ready = False
        self.retranslate_ui()
        self._ready = True

    def retranslate_ui(self) -> None:
        self.roc_check.setText(
            self.tr("Print ROC (&Minguo) years on Traditional Chinese contracts")
        )
        self.review_label.setText(self.tr("Review &period before signing:"))
        self.review_spin.setSuffix(self.tr(" day(s)"))
        self.review_spin.setSpecialValueText(self.tr("none"))
        self.review_spin.setToolTip(self.tr("Taiwan: at least 3 days, as the law requires"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    def set_values(self, roc_dates: bool, review_days: int) -> None:
        self._binding = True
        try:
            self.roc_check.setChecked(roc_dates)
            self.review_spin.setValue(review_days)
        finally:
            self._binding = False
        self.review_error.set_error("")

    def values(self) -> tuple[bool, int]:
        return self.roc_check.isChecked(), self.review_spin.value()

    def on_edited(self, *_args: object) -> None:
        if not self._binding:
            self.review_error.set_error("")
            self.changed.emit()


__all__ = ["TemplateSettings"]
