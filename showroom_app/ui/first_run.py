"""First start on a new database: the dealership's details and the first user's name."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ValidationErrors
from showroom_app.domain.records import UserInfo
from showroom_app.services.settings import SettingsService
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.dealership_form import DealershipFormWidget
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget


class FirstRunDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.user: UserInfo | None = None
        self.setObjectName("first_run_dialog")
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.dealer_form = DealershipFormWidget(self)
        layout.addWidget(self.dealer_form)
        person = QFormLayout()
        self.person_label = QLabel(self)
        self.person_edit = name_widget(QLineEdit(self), "first_user_name")
        self.person_error = FieldError("salesperson_name", self)
        add_row(person, self.person_label, self.person_edit, self.person_error)
        layout.addLayout(person)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_widget(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "first_run_ok")
        name_widget(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "first_run_cancel")
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Showroom Assistant"))
        self.intro.setText(
            self.tr(
                "Set up your dealership once. These details print on every quote, contract and "
                "receipt; you can change them later in Settings."
            )
        )
        self.person_label.setText(self.tr("&Your name"))
        self.person_edit.setPlaceholderText(self.tr("The sales consultant using this desk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def on_buttons_accepted(self) -> None:
        self.dealer_form.clear_errors()
        self.person_error.set_error("")
        try:
            self.user = self._settings.complete_first_run(
                self.dealer_form.value(), self.person_edit.text()
            )
        except ValidationErrors as exc:
            self.dealer_form.show_errors(exc)
            err = exc.for_field("salesperson_name")
            if err is not None:
                self.person_error.set_error(validation_text(err))
            return
        self.accept()
