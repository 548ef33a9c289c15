"""Settings: the dealership's details and the interface language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from showroom_app.domain.errors import ValidationErrors
from showroom_app.ui import labels
from showroom_app.ui.i18n import LANGUAGES
from showroom_app.ui.pages.base import Page, heading
from showroom_app.ui.widgets.dealership_form import DealershipFormWidget
from showroom_app.ui.widgets.forms import name_widget


class SettingsPage(Page):
    key = "settings"
    language_chosen = Signal(str)  # "" = follow the system
    dealership_saved = Signal()

    def title(self) -> str:
        return self.tr("Settings")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.header = heading(self, "settings_heading")
        layout.addWidget(self.header)
        self.lang_box = QGroupBox(self)
        lang_form = QFormLayout(self.lang_box)
        self.lang_label = QLabel(self.lang_box)
        self.lang_combo = name_widget(QComboBox(self.lang_box), "settings_language")
        self.lang_combo.addItem("", "")
        for code in LANGUAGES:
            self.lang_combo.addItem(labels.language_name(code), code)
        self.lang_label.setBuddy(self.lang_combo)
        lang_form.addRow(self.lang_label, self.lang_combo)
        self.lang_combo.activated.connect(self.on_lang_combo_activated)
        layout.addWidget(self.lang_box)
        self.dealer_box = QGroupBox(self)
        dealer_layout = QVBoxLayout(self.dealer_box)
        self.dealer_form = DealershipFormWidget(self.dealer_box)
        dealer_layout.addWidget(self.dealer_form)
        buttons = QHBoxLayout()
        self.saved_label = QLabel(self.dealer_box)
        self.saved_label.setObjectName("settings_saved")
        self.save_button = name_widget(QPushButton(self.dealer_box), "settings_save")
        self.revert_button = name_widget(QPushButton(self.dealer_box), "settings_revert")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.revert_button.clicked.connect(self.on_revert_button_clicked)
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        dealer_layout.addLayout(buttons)
        layout.addWidget(self.dealer_box)
        layout.addStretch(1)
        self._loaded = False

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.lang_box.setTitle(self.tr("Interface"))
        self.lang_label.setText(self.tr("&Language"))
        self.lang_combo.setItemText(0, self.tr("Same as the system"))
        self.dealer_box.setTitle(self.tr("Dealership"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.saved_label.clear()

    def set_language_choice(self, code: str) -> None:
        idx = self.lang_combo.findData(code)
        self.lang_combo.setCurrentIndex(max(idx, 0))

    def on_lang_combo_activated(self, _index: int) -> None:
        self.language_chosen.emit(str(self.lang_combo.currentData() or ""))

    def on_save_button_clicked(self) -> None:
        self.saved_label.clear()
        try:
            info = self.ctx.services.settings.save_dealership(self.dealer_form.value())
        except ValidationErrors as exc:
            self.dealer_form.show_errors(exc)
            self.saved_label.setText(self.tr("Not saved: please correct the fields marked."))
            return
        self.dealer_form.clear_errors()
        self.ctx.dealership = info
        self.dealer_form.set_value(info)
        self.saved_label.setText(self.tr("Saved."))
        self.dealership_saved.emit()

    def on_revert_button_clicked(self) -> None:
        self.dealer_form.clear_errors()
        self.dealer_form.set_value(self.ctx.services.settings.dealership())
        self.saved_label.clear()

    def refresh(self) -> None:
        if not self._loaded:  # never overwrite what the user is typing
            self.dealer_form.set_value(self.ctx.services.settings.dealership())
            self._loaded = True
