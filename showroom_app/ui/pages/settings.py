"""Settings: interface language, the dealership's details, one's own PIN, and for managers
the desk rules (idle lock, PIN re-entry, visibility, retention, discount threshold) and the
sales process, for administrators the users."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ValidationErrors
from showroom_app.domain.permissions import Capability
from showroom_app.domain.process import ProcessDefinition
from showroom_app.services.app_settings import LIMITS, DeskPolicy
from showroom_app.ui import labels, messages
from showroom_app.ui.i18n import LANGUAGES
from showroom_app.ui.logo_picker import LogoPicker
from showroom_app.ui.messages import validation_text
from showroom_app.ui.pages.base import Page, heading
from showroom_app.ui.pages.users import ChangePinDialog, UsersPanel
from showroom_app.ui.process_editor import ProcessEditorDialog, preset_name
from showroom_app.ui.widgets.dealership_form import DealershipFormWidget
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

POLICY_NUMBERS = (
    "idle_lock_minutes",
    "reauth_minutes",
    "retention_months",
    "discount_approval_threshold_pct",
)


class SettingsPage(Page):
    key = "settings"
    language_chosen = Signal(str)  # "" = follow the system
    dealership_saved = Signal()
    policy_saved = Signal()

    def title(self) -> str:
        return self.tr("Settings")

    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.header = heading(body, "settings_heading")
        layout.addWidget(self.header)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addStretch(1)

        self.lang_box = QGroupBox(body)
        lang_form = QFormLayout(self.lang_box)
        self.lang_label = QLabel(self.lang_box)
        self.lang_combo = name_widget(QComboBox(self.lang_box), "settings_language")
        self.lang_combo.addItem("", "")
        for code in LANGUAGES:
            self.lang_combo.addItem(labels.language_name(code), code)
        self.lang_label.setBuddy(self.lang_combo)
        lang_form.addRow(self.lang_label, self.lang_combo)
        self.lang_combo.activated.connect(self.on_lang_combo_activated)
        left.addWidget(self.lang_box)

        self.dealer_box = QGroupBox(body)
        dealer_layout = QVBoxLayout(self.dealer_box)
        self.dealer_form = DealershipFormWidget(self.dealer_box)
        dealer_layout.addWidget(self.dealer_form)
        self.logo_picker = LogoPicker(self.ctx, self.dealer_box)
        dealer_layout.addWidget(self.logo_picker)
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
        left.addWidget(self.dealer_box)

        self.account_box = QGroupBox(body)
        account = QHBoxLayout(self.account_box)
        self.account_label = QLabel(self.account_box)
        self.account_label.setObjectName("settings_account_label")
        self.account_label.setWordWrap(True)
        self.change_pin_button = name_widget(QPushButton(self.account_box), "settings_change_pin")
        self.change_pin_button.clicked.connect(self.on_change_pin_button_clicked)
        account.addWidget(self.account_label, 1)
        account.addWidget(self.change_pin_button)
        left.addWidget(self.account_box)
        left.addStretch(1)

        self.desk_box = QGroupBox(body)
        self.desk_box.setObjectName("settings_desk")
        self._setup_desk(self.desk_box)
        right.addWidget(self.desk_box)
        self.process_box = QGroupBox(body)
        self.process_box.setObjectName("settings_process")
        # the dealership's own data: its sales process, tax and fee rules, contract clauses
        from showroom_app.ui.contract_templates_editor import ContractTemplatesButton
        from showroom_app.ui.tax_rules_editor import TaxRulesButton

        process = QVBoxLayout(self.process_box)
        self.process_label = QLabel(self.process_box)
        self.process_label.setObjectName("status_settings_process")
        self.process_label.setWordWrap(True)
        self.process_button = name_widget(QPushButton(self.process_box), "settings_process_edit")
        self.process_button.clicked.connect(self.on_process_button_clicked)
        process.addWidget(self.process_label)
        process_buttons = QHBoxLayout()
        process_buttons.addWidget(self.process_button)
        process_buttons.addWidget(TaxRulesButton(self.ctx, self.process_box))
        process_buttons.addWidget(ContractTemplatesButton(self.ctx, self.process_box))
        process_buttons.addStretch(1)
        process.addLayout(process_buttons)
        right.addWidget(self.process_box)
        self.process_editor: ProcessEditorDialog | None = None
        self.process_shown: ProcessDefinition | None = None  # read in refresh(), not on retranslate
        self.users_box = QGroupBox(body)
        self.users_box.setObjectName("settings_users")
        users_layout = QVBoxLayout(self.users_box)
        self.users_panel = UsersPanel(self.ctx.services.auth, self.users_box)
        users_layout.addWidget(self.users_panel)
        right.addWidget(self.users_box)
        right.addStretch(1)
        session = self.ctx.services.session
        self.desk_box.setVisible(session.can(Capability.EDIT_SETTINGS))
        self.process_box.setVisible(session.can(Capability.EDIT_SETTINGS))
        self.users_box.setVisible(session.can(Capability.MANAGE_USERS))
        self._loaded = False

    def _setup_desk(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.policy_labels: dict[str, QLabel] = {}
        self.policy_spins: dict[str, QSpinBox] = {}
        self.policy_errors: dict[str, FieldError] = {}
        for name in POLICY_NUMBERS:
            low, high = LIMITS[name]
            spin = name_widget(QSpinBox(box), f"policy_{name}")
            spin.setRange(low, high)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumWidth(110)
            self.policy_spins[name] = spin
            self.policy_labels[name] = QLabel(box)
            self.policy_errors[name] = FieldError(name, box)
            add_row(form, self.policy_labels[name], spin, self.policy_errors[name])
        self.all_visible_check = name_widget(QCheckBox(box), "policy_all_customers_visible")
        form.addRow(self.all_visible_check)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.policy_saved_label = QLabel(box)
        self.policy_saved_label.setObjectName("settings_policy_saved")
        self.policy_save_button = name_widget(QPushButton(box), "settings_policy_save")
        self.policy_save_button.clicked.connect(self.on_policy_save_button_clicked)
        row.addWidget(self.policy_saved_label)
        row.addStretch(1)
        row.addWidget(self.policy_save_button)
        layout.addLayout(row)

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.lang_box.setTitle(self.tr("Interface"))
        self.lang_label.setText(self.tr("&Language"))
        self.lang_combo.setItemText(0, self.tr("Same as the system"))
        self.dealer_box.setTitle(self.tr("Dealership"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.saved_label.clear()
        self.account_box.setTitle(self.tr("My account"))
        self.account_label.setText(
            self.tr("Signed in as %1 (%2).")
            .replace("%1", self.ctx.user.name)
            .replace("%2", labels.role(self.ctx.user.role.value))
        )
        self.change_pin_button.setText(self.tr("&Change my PIN…"))
        self.desk_box.setTitle(self.tr("Desk rules"))
        texts = {
            "idle_lock_minutes": self.tr("Lock the desk after (idle)"),
            "reauth_minutes": self.tr("Ask for the PIN again after"),
            "retention_months": self.tr("Flag old records for deletion after"),
            "discount_approval_threshold_pct": self.tr("Manager approval for discounts over"),
        }
        for name, text in texts.items():
            self.policy_labels[name].setText(text)
        minutes = self.tr(" min")
        self.policy_spins["idle_lock_minutes"].setSuffix(minutes)
        self.policy_spins["idle_lock_minutes"].setSpecialValueText(self.tr("Never"))
        self.policy_spins["reauth_minutes"].setSuffix(minutes)
        self.policy_spins["retention_months"].setSuffix(self.tr(" months"))
        self.policy_spins["discount_approval_threshold_pct"].setSuffix(" %")
        self.all_visible_check.setText(self.tr("Every salesperson sees all customers"))
        self.policy_save_button.setText(self.tr("Save desk &rules"))
        self.policy_saved_label.clear()
        self.users_box.setTitle(self.tr("Users"))
        self.process_box.setTitle(self.tr("Sales process"))
        self.process_button.setText(self.tr("Sal&es process…"))
        self.show_process_version()

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

    # -- desk rules ---------------------------------------------------------------------
    def load_policy(self, policy: DeskPolicy) -> None:
        for name, spin in self.policy_spins.items():
            spin.setValue(int(getattr(policy, name)))
        self.all_visible_check.setChecked(policy.all_customers_visible)

    def policy_value(self) -> DeskPolicy:
        values: dict[str, object] = {n: s.value() for n, s in self.policy_spins.items()}
        values["all_customers_visible"] = self.all_visible_check.isChecked()
        return replace(DeskPolicy(), **values)

    def on_policy_save_button_clicked(self) -> None:
        for error in self.policy_errors.values():
            error.set_error("")
        try:
            saved = self.ctx.services.app_settings.save_policy(self.policy_value())
        except ValidationErrors as exc:
            for err in exc.errors:
                if err.field in self.policy_errors:
                    self.policy_errors[err.field].set_error(validation_text(err))
            self.policy_saved_label.setText(self.tr("Not saved: please correct the fields marked."))
            return
        self.load_policy(saved)
        self.policy_saved_label.setText(self.tr("Saved."))
        self.policy_saved.emit()

    # -- account ------------------------------------------------------------------------
    def make_change_pin_dialog(self) -> ChangePinDialog:
        return ChangePinDialog(self.ctx.services.auth, self)

    def on_change_pin_button_clicked(self) -> None:
        dialog = self.make_change_pin_dialog()
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- sales process ------------------------------------------------------------------
    def load_process_version(self) -> None:
        if self.ctx.services.session.can(Capability.EDIT_SETTINGS):
            self.process_shown = self.ctx.services.cockpit.current_process()
            self.show_process_version()

    def show_process_version(self) -> None:
        current = self.process_shown
        if current is None:
            self.process_label.clear()
            return
        self.process_label.setText(
            self.tr("Stages, checklists and follow-up cadence: version %1 (preset: %2).")
            .replace("%1", str(current.version))
            .replace("%2", preset_name(current.preset))
        )

    def make_process_editor(self) -> ProcessEditorDialog:
        return ProcessEditorDialog(self.ctx, self)

    def on_process_button_clicked(self) -> None:
        if not self.ctx.services.session.can(Capability.EDIT_SETTINGS):
            messages.critical(
                self,
                self.tr("Sales process"),
                self.tr("Only a sales manager or an administrator may change the sales process."),
            )
            return
        if self.process_editor is not None:
            self.process_editor.raise_()
            self.process_editor.activateWindow()
            return
        dialog = self.make_process_editor()
        dialog.finished.connect(self.on_process_editor_finished)
        self.process_editor = dialog
        dialog.open()  # window-modal; the answer arrives in on_process_editor_finished

    def on_process_editor_finished(self, _result: int) -> None:
        dialog, self.process_editor = self.process_editor, None
        if dialog is None:
            return
        self.load_process_version()
        dialog.deleteLater()

    def refresh(self) -> None:
        if not self._loaded:  # never overwrite what the user is typing
            self.dealer_form.set_value(self.ctx.services.settings.dealership())
            self.load_policy(self.ctx.services.app_settings.policy())
            self._loaded = True
        self.load_process_version()
        if self.users_box.isVisibleTo(self):
            self.users_panel.refresh()
