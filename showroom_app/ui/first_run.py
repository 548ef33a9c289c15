"""First start on a new database: the dealership's details, the first user's name and PIN.

Everything is checked before anything is saved: a PIN typed differently twice leaves the
database exactly as it was.
"""

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

from showroom_app.domain.accounts import validate_pin
from showroom_app.domain.dealership import validate_dealership, validate_person_name
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.permissions import PIN_MIN
from showroom_app.domain.records import UserInfo
from showroom_app.services.auth import AuthService
from showroom_app.services.settings import SettingsService
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.dealership_form import DealershipFormWidget
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget


class FirstRunDialog(QDialog):
    def __init__(
        self, settings: SettingsService, auth: AuthService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._auth = auth
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
        self.pin_label = QLabel(self)
        self.pin_edit = name_widget(QLineEdit(self), "first_user_pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(64)
        self.pin_error = FieldError("pin", self)
        add_row(person, self.pin_label, self.pin_edit, self.pin_error)
        self.confirm_label = QLabel(self)
        self.confirm_edit = name_widget(QLineEdit(self), "first_user_pin_confirm")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setMaxLength(64)
        self.confirm_error = FieldError("pin_confirm", self)
        add_row(person, self.confirm_label, self.confirm_edit, self.confirm_error)
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
        self.pin_label.setText(self.tr("Your &PIN"))
        self.pin_edit.setPlaceholderText(
            self.tr("At least %1 characters: digits or a password").replace("%1", str(PIN_MIN))
        )
        self.confirm_label.setText(self.tr("&Repeat the PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _check(self) -> ValidationErrors | None:
        """Every problem of the form, found without saving anything."""
        errors: list[ValidationError] = []
        try:
            validate_dealership(self.dealer_form.value())
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        try:
            validate_person_name(self.person_edit.text(), field="salesperson_name")
        except ValidationError as exc:
            errors.append(exc)
        try:
            validate_pin(self.pin_edit.text(), self.confirm_edit.text())
        except ValidationError as exc:
            errors.append(exc)
        return ValidationErrors(errors) if errors else None

    def _show_errors(self, exc: ValidationErrors) -> None:
        self.dealer_form.show_errors(exc)
        for field, label in (
            ("salesperson_name", self.person_error),
            ("pin", self.pin_error),
            ("pin_confirm", self.confirm_error),
        ):
            err = exc.for_field(field)
            if err is not None:
                label.set_error(validation_text(err))

    def on_buttons_accepted(self) -> None:
        self.dealer_form.clear_errors()
        for label in (self.person_error, self.pin_error, self.confirm_error):
            label.set_error("")
        problems = self._check()
        if problems is not None:
            self._show_errors(problems)
            return
        pin = self.pin_edit.text()
        try:
            user = self._settings.complete_first_run(
                self.dealer_form.value(), self.person_edit.text()
            )
        except ValidationErrors as exc:
            self._show_errors(exc)
            return
        self._auth.set_first_pin(user.id, pin)
        self.user = self._auth.sign_in(user.id, pin)
        self.pin_edit.clear()
        self.confirm_edit.clear()
        self.accept()
