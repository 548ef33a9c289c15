"""User administration (administrators) and changing one's own PIN (everybody).

Embedded in the Settings page. Every change goes through ``AuthService``, which checks
the role again: hiding this panel from salespeople is a convenience, not the protection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.accounts import UserAccount
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import (
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from showroom_app.services.auth import AuthService, SignInFailed, SignInThrottled
from showroom_app.ui import labels, messages
from showroom_app.ui.messages import validation_text
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget


def _pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = name_widget(QLineEdit(parent), name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(64)
    return edit


class _FormDialog(QDialog):
    """A small form with OK/Cancel whose errors appear under each field."""

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.errors: dict[str, FieldError] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_widget(self.buttons.button(QDialogButtonBox.StandardButton.Ok), f"{name}_ok")
        name_widget(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), f"{name}_cancel")
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, field: str, label: QLabel, widget: QWidget) -> None:
        self.errors[field] = FieldError(field, self)
        add_row(self.form, label, widget, self.errors[field])

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_errors(self, errors: list[ValidationError]) -> None:
        for error in self.errors.values():
            error.set_error("")
        fallback = next(iter(self.errors))
        for exc in errors:
            self.errors.get(exc.field, self.errors[fallback]).set_error(validation_text(exc))

    def on_buttons_accepted(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class AddUserDialog(_FormDialog):
    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__("add_user_dialog", parent)
        self._auth = auth
        self.name_label, self.role_label = QLabel(self), QLabel(self)
        self.pin_label, self.confirm_label = QLabel(self), QLabel(self)
        self.name_edit = name_widget(QLineEdit(self), "add_user_name")
        self.role_combo = name_widget(QComboBox(self), "add_user_role")
        for role in Role:
            self.role_combo.addItem("", role.value)
        self.pin_edit = _pin_edit(self, "add_user_pin")
        self.confirm_edit = _pin_edit(self, "add_user_pin_confirm")
        self.add_field("name", self.name_label, self.name_edit)
        self.add_field("role", self.role_label, self.role_combo)
        self.add_field("pin", self.pin_label, self.pin_edit)
        self.add_field("pin_confirm", self.confirm_label, self.confirm_edit)
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add user"))
        self.name_label.setText(self.tr("&Name"))
        self.role_label.setText(self.tr("&Role"))
        self.pin_label.setText(self.tr("&PIN"))
        self.confirm_label.setText(self.tr("Repeat the P&IN"))
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, labels.role(str(self.role_combo.itemData(i))))

    def on_buttons_accepted(self) -> None:
        try:
            self._auth.create_user(
                self.name_edit.text(),
                str(self.role_combo.currentData()),
                self.pin_edit.text(),
                self.confirm_edit.text(),
            )
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return
        self.accept()


class ResetPinDialog(_FormDialog):
    def __init__(self, auth: AuthService, user: UserAccount, parent: QWidget | None = None):
        super().__init__("reset_pin_dialog", parent)
        self._auth = auth
        self._user = user
        self.intro = QLabel(self)
        self.intro.setObjectName("reset_pin_intro")
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.pin_label, self.confirm_label = QLabel(self), QLabel(self)
        self.pin_edit = _pin_edit(self, "reset_pin_pin")
        self.confirm_edit = _pin_edit(self, "reset_pin_confirm")
        self.add_field("pin", self.pin_label, self.pin_edit)
        self.add_field("pin_confirm", self.confirm_label, self.confirm_edit)
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reset PIN"))
        self.intro.setText(
            self.tr(
                "A new PIN for %1. Tell it to them in person; they can change it later."
            ).replace("%1", self._user.name)
        )
        self.pin_label.setText(self.tr("New &PIN"))
        self.confirm_label.setText(self.tr("Repeat the P&IN"))

    def on_buttons_accepted(self) -> None:
        try:
            self._auth.reset_pin(self._user.id, self.pin_edit.text(), self.confirm_edit.text())
        except ValidationError as exc:
            self.show_errors([exc])
            return
        self.accept()


class ChangePinDialog(_FormDialog):
    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__("change_pin_dialog", parent)
        self._auth = auth
        self.old_label, self.pin_label, self.confirm_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.old_edit = _pin_edit(self, "change_pin_old")
        self.pin_edit = _pin_edit(self, "change_pin_new")
        self.confirm_edit = _pin_edit(self, "change_pin_confirm")
        self.add_field("old_pin", self.old_label, self.old_edit)
        self.add_field("pin", self.pin_label, self.pin_edit)
        self.add_field("pin_confirm", self.confirm_label, self.confirm_edit)
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change my PIN"))
        self.old_label.setText(self.tr("&Current PIN"))
        self.pin_label.setText(self.tr("&New PIN"))
        self.confirm_label.setText(self.tr("Repeat the new P&IN"))

    def on_buttons_accepted(self) -> None:
        for error in self.errors.values():
            error.set_error("")
        try:
            self._auth.change_own_pin(
                self.old_edit.text(), self.pin_edit.text(), self.confirm_edit.text()
            )
        except ValidationError as exc:
            self.show_errors([exc])
            return
        except SignInFailed as exc:
            self.old_edit.clear()
            self.errors["old_pin"].set_error(
                self.tr("Wrong PIN")
                if exc.wait_seconds <= 0
                else self.tr("Too many wrong PINs: wait %n seconds", "", exc.wait_seconds)
            )
            return
        except SignInThrottled as exc:
            self.errors["old_pin"].set_error(
                self.tr("Too many wrong PINs: wait %n seconds", "", exc.seconds_left)
            )
            return
        self.accept()


class UsersPanel(QWidget):
    """The administrator's list of users with add / reset PIN / deactivate / reactivate."""

    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.setObjectName("users_panel")
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = make_table(self, "users_table")
        self.model: RowsModel[UserAccount] = RowsModel(
            [
                Column(lambda: self.tr("Name"), lambda u: u.name),
                Column(lambda: self.tr("Role"), lambda u: labels.role(u.role.value)),
                Column(
                    lambda: self.tr("Status"),
                    lambda u: self.tr("Active") if u.active else self.tr("Deactivated"),
                ),
                Column(
                    lambda: self.tr("Last sign-in"), lambda u: labels.timestamp(u.last_sign_in_at)
                ),
            ],
            self,
        )
        self.view.setModel(self.model)
        self.view.setMinimumHeight(150)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.add_button = name_widget(QPushButton(self), "users_add")
        self.reset_button = name_widget(QPushButton(self), "users_reset_pin")
        self.deactivate_button = name_widget(QPushButton(self), "users_deactivate")
        self.reactivate_button = name_widget(QPushButton(self), "users_reactivate")
        for button in (
            self.add_button,
            self.reset_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = FieldError("users", self)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.reset_button.clicked.connect(self.on_reset_button_clicked)
        self.deactivate_button.clicked.connect(self.on_deactivate_button_clicked)
        self.reactivate_button.clicked.connect(self.on_reactivate_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add user…"))
        self.reset_button.setText(self.tr("Reset &PIN…"))
        self.deactivate_button.setText(self.tr("&Deactivate"))
        self.reactivate_button.setText(self.tr("Reac&tivate"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        selected = self.selected()
        try:
            accounts = self._auth.accounts()
        except PermissionDenied:
            accounts = []
        self.model.set_rows(accounts)
        if selected is not None:
            for row, account in enumerate(accounts):
                if account.id == selected.id:
                    self.view.selectRow(row)
        self.update_buttons()

    def selected(self) -> UserAccount | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def update_buttons(self, *_args: object) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None and user.active)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.reactivate_button.setEnabled(user is not None and not user.active)

    # -- actions (dialogs are created by these factories, so tests can drive them) ------
    def make_add_dialog(self) -> AddUserDialog:
        return AddUserDialog(self._auth, self)

    def make_reset_dialog(self, user: UserAccount) -> ResetPinDialog:
        return ResetPinDialog(self._auth, user, self)

    def _run(self, dialog: QDialog) -> None:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.error.set_error("")
                self.refresh()
        except PermissionDenied:
            self.error.set_error(self.tr("Only an administrator can manage users."))
        finally:
            dialog.deleteLater()

    def on_add_button_clicked(self) -> None:
        self._run(self.make_add_dialog())

    def on_reset_button_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(self.make_reset_dialog(user))

    def on_deactivate_button_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        question = self.tr(
            "Deactivate %1? They can no longer sign in; everything they recorded stays."
        ).replace("%1", user.name)
        if not messages.ask(self, self.tr("Deactivate user"), question):
            return
        self._change(lambda: self._auth.deactivate(user.id))

    def on_reactivate_button_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self._change(lambda: self._auth.reactivate(user.id))

    def _change(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            return
        except PermissionDenied:
            self.error.set_error(self.tr("Only an administrator can manage users."))
            return
        except NotFound:
            pass
        self.error.set_error("")
        self.refresh()
