"""The letterhead logo on the Settings page: a thumbnail, "Choose logo…" and "Remove".

The picked file may be anything: missing, huge, not a picture. The service checks it
(≤ 5 MB, a picture Pillow can read, scaled to a 600 px PNG) and the message appears next
to the buttons; the logo already stored stays. Only managers and administrators may
change it (the service refuses anyone else; the buttons are disabled for them).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.domain.permissions import Capability
from showroom_app.ui import messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

MAX_READ = 5 * 1024 * 1024 + 1  # one byte more than allowed, so "too large" is detected
THUMB_HEIGHT = 48


class LogoPicker(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_logo")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.caption = QLabel(self)
        self.caption.setObjectName("settings_logo_caption")
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("settings_logo_value")
        self.thumbnail.setFixedHeight(THUMB_HEIGHT)
        self.thumbnail.setMinimumWidth(120)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid #cccccc; background: white;")
        self.choose_button = name_widget(QPushButton(self), "settings_logo_choose")
        self.remove_button = name_widget(QPushButton(self), "settings_logo_remove")
        for button in (self.choose_button, self.remove_button):
            button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        row.addWidget(self.caption)
        row.addWidget(self.thumbnail)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.error = FieldError("settings_logo", self)
        outer.addWidget(self.error)
        allowed = ctx.services.session.can(Capability.EDIT_SETTINGS)
        self.choose_button.setEnabled(allowed)
        self.remove_button.setEnabled(allowed)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("Letterhead logo:"))
        self.choose_button.setText(self.tr("Choose logo…"))
        self.remove_button.setText(self.tr("Remove"))
        if self.thumbnail.pixmap().isNull():
            self.thumbnail.setText(self.tr("No logo"))  # texts only: no database read here

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        data = self.ctx.services.settings.logo()
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.thumbnail.setPixmap(
                pixmap.scaledToHeight(THUMB_HEIGHT - 6, Qt.TransformationMode.SmoothTransformation)
            )
            self.remove_button.setVisible(True)
        else:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No logo"))
            self.remove_button.setVisible(False)

    def on_choose_button_clicked(self) -> None:
        path = messages.open_file_name(
            self, self.tr("Choose the letterhead logo"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            with Path(path).open("rb") as fh:
                data = fh.read(MAX_READ)
        except OSError as exc:
            self.error.set_error(
                self.tr("The file could not be read: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        self._store(data)

    def on_remove_button_clicked(self) -> None:
        self._store(None)

    def _store(self, data: bytes | None) -> None:
        try:
            self.ctx.services.settings.set_logo(data)
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.error.set_error("")
        self.refresh()
