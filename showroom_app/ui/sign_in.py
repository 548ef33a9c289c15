"""Signing in at a shared desk: pick your name, type your PIN, press Enter.

``SignInPanel`` is the one piece of interface for it; ``SignInDialog`` shows it at start-up,
``LockOverlay`` over the main window when the desk is locked (idle, or on request), and
``ask_pin`` asks the signed-in user for their PIN again before a sensitive action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import NotFound, PermissionDenied, ValidationError
from showroom_app.domain.permissions import PIN_MIN
from showroom_app.domain.records import UserInfo
from showroom_app.services.auth import (
    AuthService,
    PinNotSet,
    SignInFailed,
    SignInThrottled,
)
from showroom_app.ui import labels
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

LAST_USER_KEY = "ui/last_user_id"


def _pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = name_widget(QLineEdit(parent), name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(64)
    edit.setMinimumWidth(220)
    font = edit.font()
    font.setPointSize(max(font.pointSize(), 13))
    edit.setFont(font)
    return edit


class IdleWatcher(QObject):
    """Application-wide event filter: any keyboard or mouse input counts as activity."""

    ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, on_activity: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.ACTIVITY:
            self._on_activity()
        return False


class SignInPanel(QWidget):
    """The user list and the PIN field; emits ``signed_in`` once the PIN was right."""

    signed_in = Signal(object)  # UserInfo

    def __init__(
        self,
        auth: AuthService,
        *,
        is_demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._is_demo = is_demo
        self._throttled_user: int | None = None
        self._seconds_left = 0
        self._needs_pin = False
        self.setObjectName("sign_in_panel")
        self.setup_ui()
        self.retranslate_ui()

    # -- layout ---------------------------------------------------------------------------
    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.users_label = QLabel(self)
        self.users_label.setObjectName("sign_in_users_label")
        layout.addWidget(self.users_label)
        self.user_list = name_widget(QListWidget(self), "sign_in_users")
        big = QFont(self.user_list.font())
        big.setPointSize(max(big.pointSize(), 10) + 5)
        self.user_list.setFont(big)
        self.user_list.setIconSize(QSize(0, 0))
        self.user_list.setStyleSheet("QListWidget::item { padding: 10px 8px; }")
        self.user_list.setMinimumHeight(180)
        self.users_label.setBuddy(self.user_list)
        layout.addWidget(self.user_list, 1)

        self.new_pin_hint = QLabel(self)
        self.new_pin_hint.setObjectName("sign_in_new_pin_hint")
        self.new_pin_hint.setWordWrap(True)
        layout.addWidget(self.new_pin_hint)
        form = QFormLayout()
        self.pin_label = QLabel(self)
        self.pin_edit = _pin_edit(self, "sign_in_pin")
        self.pin_label.setBuddy(self.pin_edit)
        self.confirm_label = QLabel(self)
        self.confirm_edit = _pin_edit(self, "sign_in_pin_confirm")
        self.confirm_label.setBuddy(self.confirm_edit)
        form.addRow(self.pin_label, self.pin_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        layout.addLayout(form)
        self.error = FieldError("sign_in_pin", self)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.demo_hint = QLabel(self)
        self.demo_hint.setObjectName("sign_in_demo_hint")
        self.demo_hint.setStyleSheet("color: #555;")
        row.addWidget(self.demo_hint, 1)
        self.sign_in_button = name_widget(QPushButton(self), "sign_in_button")
        self.sign_in_button.setAutoDefault(False)  # Enter is handled by the PIN field
        self.sign_in_button.setMinimumWidth(120)
        row.addWidget(self.sign_in_button)
        layout.addLayout(row)

        self.countdown = QTimer(self)
        self.countdown.setObjectName("sign_in_countdown")
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.on_countdown_timeout)
        self.sign_in_button.clicked.connect(self.on_sign_in_button_clicked)
        self.pin_edit.returnPressed.connect(self.on_pin_edit_return_pressed)
        self.confirm_edit.returnPressed.connect(self.on_sign_in_button_clicked)
        self.user_list.currentItemChanged.connect(self.on_user_list_current_item_changed)
        self.user_list.itemActivated.connect(lambda _item: self.pin_edit.setFocus())
        self._set_needs_pin(False)

    def retranslate_ui(self) -> None:
        self.users_label.setText(self.tr("&Who is at the desk?"))
        self.pin_label.setText(self.tr("&PIN"))
        self.confirm_label.setText(self.tr("&Repeat the PIN"))
        self.new_pin_hint.setText(
            self.tr(
                "You have no PIN yet. Choose one of at least %1 characters and type it twice."
            ).replace("%1", str(PIN_MIN))
        )
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.demo_hint.setText(self.tr("Demo: every PIN is 0000") if self._is_demo else "")
        self.demo_hint.setVisible(self._is_demo)
        for i in range(self.user_list.count()):
            item = self.user_list.item(i)
            user = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(user, UserInfo):
                item.setToolTip(labels.role(user.role.value))
        if self._throttled_user is not None and self._seconds_left > 0:
            self._show_wait()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data -----------------------------------------------------------------------------
    def load(self, preselect: int | None = None) -> None:
        """Fill the list with the active users and select ``preselect`` (else the first)."""
        self.user_list.blockSignals(True)
        self.user_list.clear()
        row_to_select = 0
        for i, user in enumerate(self._auth.users_for_sign_in()):
            item = QListWidgetItem(user.name)
            item.setData(Qt.ItemDataRole.UserRole, user)
            item.setToolTip(labels.role(user.role.value))
            self.user_list.addItem(item)
            if user.id == preselect:
                row_to_select = i
        self.user_list.blockSignals(False)
        if self.user_list.count():
            self.user_list.setCurrentRow(row_to_select)
        self.on_user_list_current_item_changed()

    def selected_user(self) -> UserInfo | None:
        item = self.user_list.currentItem()
        user = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return user if isinstance(user, UserInfo) else None

    def select_user(self, user_id: int) -> None:
        for i in range(self.user_list.count()):
            user = self.user_list.item(i).data(Qt.ItemDataRole.UserRole)
            if isinstance(user, UserInfo) and user.id == user_id:
                self.user_list.setCurrentRow(i)
                return

    def focus_pin(self) -> None:
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.pin_edit.clear()
        self.confirm_edit.clear()
        if self._throttled_user is None:
            self.error.set_error("")

    # -- behaviour --------------------------------------------------------------------------
    def _set_needs_pin(self, needs: bool) -> None:
        self._needs_pin = needs
        self.new_pin_hint.setVisible(needs)
        self.confirm_label.setVisible(needs)
        self.confirm_edit.setVisible(needs)

    def on_user_list_current_item_changed(self, *_args: object) -> None:
        user = self.selected_user()
        self.pin_edit.clear()
        self.confirm_edit.clear()
        needs = False
        if user is not None:
            try:
                needs = not self._auth.has_pin(user.id)
            except NotFound:
                needs = False
        self._set_needs_pin(needs)
        if user is not None and user.id == self._throttled_user and self._seconds_left > 0:
            self._show_wait()
            self.sign_in_button.setEnabled(False)
        else:
            self.error.set_error("")
            self.sign_in_button.setEnabled(user is not None)

    def on_pin_edit_return_pressed(self) -> None:
        if self._needs_pin and not self.confirm_edit.text():
            self.confirm_edit.setFocus()
            return
        self.on_sign_in_button_clicked()

    def on_sign_in_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None or not self.sign_in_button.isEnabled():
            return
        pin = self.pin_edit.text()
        try:
            if self._needs_pin:
                self._auth.set_first_pin(user.id, pin, self.confirm_edit.text())
            signed_in = self._auth.sign_in(user.id, pin)
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            self.pin_edit.selectAll()
            return
        except SignInFailed as exc:
            self.pin_edit.clear()
            if exc.wait_seconds > 0:
                self._start_wait(user.id, exc.wait_seconds)
            else:
                self.error.set_error(self.tr("Wrong PIN"))
            return
        except SignInThrottled as exc:
            self.pin_edit.clear()
            self._start_wait(user.id, exc.seconds_left)
            return
        except PinNotSet:
            self._set_needs_pin(True)
            self.error.set_error(self.tr("Choose your PIN first."))
            return
        except (PermissionDenied, NotFound):
            self.error.set_error(self.tr("This account can no longer sign in."))
            self.load()
            return
        self.pin_edit.clear()
        self.confirm_edit.clear()
        self.error.set_error("")
        self.signed_in.emit(signed_in)

    def _start_wait(self, user_id: int, seconds: int) -> None:
        self._throttled_user = user_id
        self._seconds_left = seconds
        self.sign_in_button.setEnabled(False)
        self._show_wait()
        self.countdown.start()

    def _show_wait(self) -> None:
        self.error.set_error(
            self.tr("Too many wrong PINs: wait %n seconds", "", self._seconds_left)
        )

    def on_countdown_timeout(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left > 0:
            user = self.selected_user()
            if user is not None and user.id == self._throttled_user:
                self._show_wait()
            return
        self.countdown.stop()
        self._throttled_user = None
        self._seconds_left = 0
        self.error.set_error("")
        self.sign_in_button.setEnabled(self.selected_user() is not None)
        self.focus_pin()


class SignInDialog(QDialog):
    """At start-up: the last user is preselected, so usually only the PIN is typed."""

    def __init__(
        self,
        auth: AuthService,
        settings: QSettings,
        *,
        is_demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.user: UserInfo | None = None
        self.setObjectName("sign_in_dialog")
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("sign_in_title")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.title_label)
        self.panel = SignInPanel(auth, is_demo=is_demo, parent=self)
        layout.addWidget(self.panel, 1)
        self.buttons = QDialogButtonBox(self)
        self.quit_button = name_widget(
            self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole), "sign_in_quit"
        )
        self.quit_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.panel.signed_in.connect(self.on_panel_signed_in)
        last = settings.value(LAST_USER_KEY)
        try:
            preselect = int(str(last)) if last is not None else None
        except ValueError:
            preselect = None
        self.panel.load(preselect)
        self.retranslate_ui()
        self.resize(max(440, self.sizeHint().width()), max(460, self.sizeHint().height()))
        self.panel.focus_pin()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Showroom Assistant"))
        self.title_label.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def on_panel_signed_in(self, user: UserInfo) -> None:
        self.user = user
        self._settings.setValue(LAST_USER_KEY, user.id)
        self.accept()


class LockOverlay(QFrame):
    """Covers the main window's content while the desk is locked; nothing under it changes.

    Unlocking as the same user just takes the cover away; another user signing in here is
    a user switch (the main window decides what to rebuild).
    """

    unlocked = Signal(object)  # UserInfo

    def __init__(self, auth: AuthService, parent: QWidget, *, is_demo: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("lock_overlay")
        self.setAccessibleName("lock_overlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lock_overlay { background: #e9edf2; }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QFrame(self)
        self.card.setObjectName("lock_card")
        self.card.setStyleSheet(
            "QFrame#lock_card { background: white; border: 1px solid #c5ccd6; border-radius: 8px; }"
        )
        self.card.setMinimumWidth(420)
        self.card.setMaximumWidth(560)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(self.card)
        self.title_label.setObjectName("lock_title")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600; border: none;")
        self.note_label = QLabel(self.card)
        self.note_label.setObjectName("lock_note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("border: none;")
        card.addWidget(self.title_label)
        card.addWidget(self.note_label)
        self.panel = SignInPanel(auth, is_demo=is_demo, parent=self.card)
        card.addWidget(self.panel)
        row.addWidget(self.card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.panel.signed_in.connect(self.unlocked)
        parent.installEventFilter(self)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("The desk is locked"))
        self.note_label.setText(
            self.tr(
                "Sign in to continue. Work on the screen stays as it was; if somebody else "
                "signs in, the screens are reopened for them."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.cover()
        return False

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()

    def show_for(self, user_id: int | None, *, choose_user: bool = False) -> None:
        self.panel.load(user_id)
        self.panel.clear()
        self.cover()
        self.show()
        if choose_user:
            self.panel.user_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.panel.focus_pin()


class PinDialog(QDialog):
    """The signed-in user's PIN again, before printing a full ID, exporting, deleting…"""

    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.setObjectName("pin_dialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("pin_dialog_intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.pin_label = QLabel(self)
        self.pin_edit = _pin_edit(self, "pin_dialog_pin")
        self.pin_label.setBuddy(self.pin_edit)
        form.addRow(self.pin_label, self.pin_edit)
        layout.addLayout(form)
        self.error = FieldError("pin_dialog_pin", self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_widget(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "pin_dialog_ok")
        name_widget(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "pin_dialog_cancel"
        )
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.countdown = QTimer(self)
        self.countdown.setSingleShot(True)
        self.countdown.timeout.connect(self.on_countdown_timeout)
        self.retranslate_ui()
        self.resize(max(400, self.sizeHint().width()), self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Enter your PIN"))
        self.intro.setText(self.tr("For this action, please enter your PIN again."))
        self.pin_label.setText(self.tr("&PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def on_buttons_accepted(self) -> None:
        try:
            self._auth.confirm_pin(self.pin_edit.text())
        except SignInFailed as exc:
            self.pin_edit.clear()
            if exc.wait_seconds > 0:
                self._wait(exc.wait_seconds)
            else:
                self.error.set_error(self.tr("Wrong PIN"))
            return
        except SignInThrottled as exc:
            self.pin_edit.clear()
            self._wait(exc.seconds_left)
            return
        except (PinNotSet, PermissionDenied, NotFound):
            self.error.set_error(self.tr("This account can no longer sign in."))
            return
        self.accept()

    def _wait(self, seconds: int) -> None:
        self.error.set_error(self.tr("Too many wrong PINs: wait %n seconds", "", seconds))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.countdown.start(seconds * 1000)

    def on_countdown_timeout(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.error.set_error("")


def ask_pin(parent: QWidget | None, auth: AuthService) -> bool:
    """Ask the signed-in user for their PIN again; True once it was right.

    Call it when a service raises ``ReauthenticationRequired``, then retry the action.
    """
    dialog = PinDialog(auth, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
