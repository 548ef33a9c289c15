"""Quick add, phone first: a walk-in recorded in three fields — phone, name (or surname and
salutation), model of interest — without a duplicate by accident.

The phone comes first. While it is typed (debounced) the number is normalised for the
dealership's region and looked up; a number that already belongs to a customer shows them,
and Create stays disabled until the user opens that customer or says "create a new customer
anyway" (a shared family phone). Enter moves to the next field, Ctrl+Enter creates.
A walk-in is recorded in ONE transaction (``VisitService.walk_in``): the customer (or the
existing one), an opportunity (their open one, or a new walk-in) and the arrival in the
traffic log, which opens the two-day archive task. Then the sales cockpit opens, unless
the user unticked "Open the sales cockpit next".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import Salutation
from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.records import CustomerDetail
from showroom_app.domain.validators import normalise_phone
from showroom_app.services.visits import WalkIn
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

LOOKUP_DELAY_MS = 250
MAX_SHOWN = 3
FIELDS = ("phone", "name", "salutation", "model")
CHOOSE_MODEL = "Choose a value from the list."  # domain message (context "Validation")


class QuickAddDialog(QDialog):
    """``exec()`` returns Accepted with ``customer_id``, ``opportunity_id`` and ``visit_id``
    set (``existing`` tells whether the customer was already there); ``cockpit`` is the
    cockpit window opened for the walk-in, if any."""

    open_cockpit_default = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.opportunity_id: int | None = None
        self.visit_id: int | None = None
        self.walk_in: WalkIn | None = None
        self.cockpit: QWidget | None = None
        self.existing = False  # True when the user opened a customer who was already there
        self.duplicates: list[CustomerDetail] = []  # the first few customers with the number
        self.duplicate_count = 0  # all of them
        self._looked_up = ""  # the normalised number the duplicates belong to
        self.setObjectName("quick_add_dialog")
        self.setAccessibleName("quick_add_dialog")
        self.setup_ui()
        self.retranslate_ui()
        self._update_create()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("quick_add_intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.phone_edit = name_widget(QLineEdit(self), "quick_add_phone")
        self.name_edit = name_widget(QLineEdit(self), "quick_add_name")
        self.salutation_combo = name_widget(QComboBox(self), "quick_add_salutation")
        for code in (Salutation.NONE, Salutation.MR, Salutation.MS, Salutation.MRS):
            self.salutation_combo.addItem("", code.value)
        self.errors = {f: FieldError(f, self) for f in FIELDS}
        self.labels = {f: QLabel(self) for f in FIELDS}
        add_row(form, self.labels["phone"], self.phone_edit, self.errors["phone"])

        # shown only when the number already belongs to someone
        self.duplicate_box = QFrame(self)
        self.duplicate_box.setObjectName("quick_add_duplicates")
        self.duplicate_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_box.setStyleSheet(
            "#quick_add_duplicates { background: #fff4e0; border: 1px solid #e0b060; }"
        )
        self.duplicate_layout = QVBoxLayout(self.duplicate_box)
        self.duplicate_rows: list[tuple[QLabel, QPushButton]] = []
        for i in range(MAX_SHOWN):
            row = QHBoxLayout()
            text = QLabel(self.duplicate_box)
            text.setObjectName(f"quick_add_duplicate_{i}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = name_widget(QPushButton(self.duplicate_box), f"quick_add_open_{i}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, n=i: self.on_open_clicked(n))
            row.addWidget(text, 1)
            row.addWidget(button)
            self.duplicate_layout.addLayout(row)
            self.duplicate_rows.append((text, button))
        self.more_label = QLabel(self.duplicate_box)
        self.more_label.setObjectName("quick_add_more")
        self.duplicate_layout.addWidget(self.more_label)
        self.anyway_box = name_widget(QCheckBox(self.duplicate_box), "quick_add_create_anyway")
        self.anyway_box.toggled.connect(self._update_create)
        self.duplicate_layout.addWidget(self.anyway_box)
        self.duplicate_box.hide()
        form.addRow(self.duplicate_box)  # right under the phone, across both columns
        add_row(form, self.labels["name"], self.name_edit, self.errors["name"])
        add_row(form, self.labels["salutation"], self.salutation_combo, self.errors["salutation"])
        self.model_edit = name_widget(QLineEdit(self), "quick_add_model")
        self.models = self._load_models()
        completer = QCompleter(sorted(self.models), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.model_edit.setCompleter(completer)
        add_row(form, self.labels["model"], self.model_edit, self.errors["model"])
        layout.addLayout(form)
        self.cockpit_box = name_widget(QCheckBox(self), "quick_add_open_cockpit")
        self.cockpit_box.setChecked(self.open_cockpit_default)
        layout.addWidget(self.cockpit_box)
        self.hint = QLabel(self)
        self.hint.setObjectName("quick_add_hint")
        self.hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_button = name_widget(QPushButton(self), "quick_add_create")
        self.cancel_button = name_widget(QPushButton(self), "quick_add_cancel")
        for button in (self.create_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter moves on; Ctrl+Enter creates (keyPressEvent)
        self.create_button.clicked.connect(self.on_create_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self.lookup_timer = QTimer(self)
        self.lookup_timer.setObjectName("quick_add_lookup_timer")
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self.lookup_timer.timeout.connect(self.on_lookup_timer_timeout)
        self.phone_edit.textChanged.connect(self.on_phone_edit_text_changed)
        self.setMinimumWidth(460)
        self.phone_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New walk-in"))
        self.intro.setText(self.tr("Phone first: we check whether they are already a customer."))
        self.labels["phone"].setText(self.tr("&Phone"))
        self.labels["name"].setText(self.tr("&Name or surname"))
        self.labels["salutation"].setText(self.tr("&Salutation"))
        self.labels["model"].setText(self.tr("&Model of interest"))
        self.model_edit.setPlaceholderText(self.tr("Optional; type a few letters, e.g. RAV4"))
        self.cockpit_box.setText(self.tr("Open the sales cockpit next"))
        example = {"TW": "0912 345 678", "CN": "138 0013 8000", "HK": "9123 4567"}.get(
            self.ctx.region.value, "0912 345 678"
        )  # the dealership's own region, whatever the interface language
        self.phone_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))
        self.name_edit.setPlaceholderText(self.tr("e.g. 陳志明, or only the surname 王"))
        self.salutation_combo.setItemText(0, self.tr("(none)"))
        for i in range(1, self.salutation_combo.count()):
            self.salutation_combo.setItemText(
                i, labels.salutation(self.salutation_combo.itemData(i))
            )
        self.anyway_box.setText(
            self.tr("Create a new customer anyway (e.g. a shared family phone)")
        )
        self.hint.setText(self.tr("Enter: next field · Ctrl+Enter: create"))
        self.create_button.setText(self.tr("&Create"))
        self.cancel_button.setText(self.tr("Cancel"))
        for _text, button in self.duplicate_rows:
            button.setText(self.tr("&Open"))
            button.setToolTip(self.tr("Open this customer and record today's visit"))
        self._show_duplicates()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- keyboard: Enter moves on, Ctrl+Enter creates ---------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.on_create_button_clicked()
            else:
                focused = self.focusWidget()
                if isinstance(focused, QPushButton | QCheckBox):
                    focused.click()
                else:
                    self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the duplicate check -------------------------------------------------------------------
    def on_phone_edit_text_changed(self, _text: str) -> None:
        self.errors["phone"].set_error("")
        self.lookup_timer.start()  # restarts: looks up once typing pauses
        self._update_create()

    def on_lookup_timer_timeout(self) -> None:
        self.lookup()

    def lookup(self) -> None:
        """Find customers having the typed number (once it is a complete number)."""
        self.lookup_timer.stop()
        try:
            e164 = normalise_phone(self.phone_edit.text(), self.ctx.region)
        except ValidationError:
            e164 = ""
        if e164 != self._looked_up:
            self._looked_up = e164
            self.anyway_box.setChecked(False)
            self.duplicates, self.duplicate_count = [], 0
            if e164:
                customers = self.ctx.services.customers
                try:
                    ids = customers.find_by_phone(e164)
                    self.duplicates = [customers.get(i) for i in ids[:MAX_SHOWN]]
                    self.duplicate_count = len(ids)
                except ShowroomError:
                    self.duplicates, self.duplicate_count = [], 0
        self._show_duplicates()
        self._update_create()

    def _show_duplicates(self) -> None:
        shown = self.duplicates
        for i, (text, button) in enumerate(self.duplicate_rows):
            visible = i < len(shown)
            text.setVisible(visible)
            button.setVisible(visible)
            if visible:
                c = shown[i]
                who = labels.customer_name(c.name, c.salutation)
                phone = labels.phone(self._looked_up, self.ctx.region)
                line = self.tr("Already a customer: %1 %2").replace("%1", who).replace("%2", phone)
                if c.salesperson:
                    line += " · " + self.tr("sales consultant %1").replace("%1", c.salesperson)
                text.setText(line)
        extra = self.duplicate_count - len(shown)
        self.more_label.setText(self.tr("and %n more", "", extra) if extra > 0 else "")
        self.more_label.setVisible(extra > 0)
        self.duplicate_box.setVisible(bool(self.duplicates))

    def _update_create(self, *_args: object) -> None:
        blocked = bool(self.duplicates) and not self.anyway_box.isChecked()
        self.create_button.setEnabled(not blocked)

    # -- actions ---------------------------------------------------------------------------------
    def on_open_clicked(self, index: int) -> None:
        if index >= len(self.duplicates):
            return
        ok, model_id = self._model_choice()
        if not ok:
            return
        customer_id = self.duplicates[index].customer_id
        try:  # a return visit, on their open opportunity (or a new one)
            done = self.ctx.services.visits.walk_in(model_id=model_id, customer_id=customer_id)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.existing = True
        self._finish(done)

    def on_create_button_clicked(self) -> None:
        if self.lookup_timer.isActive() or self._needs_lookup():
            self.lookup()  # Ctrl+Enter typed faster than the debounce: check first
        if not self.create_button.isEnabled():
            self.anyway_box.setFocus()
            return
        for err in self.errors.values():
            err.set_error("")
        ok, model_id = self._model_choice()
        if not ok:
            return
        try:  # customer, opportunity and arrival in one transaction: all or nothing
            done = self.ctx.services.visits.walk_in(
                self.phone_edit.text(),
                self.name_edit.text(),
                str(self.salutation_combo.currentData()),
                model_id,
            )
        except ValidationErrors as exc:
            self._show_errors(exc.errors)
            return
        except ValidationError as exc:
            self._show_errors([exc])
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self._finish(done)

    def _finish(self, done: WalkIn) -> None:
        self.walk_in = done
        self.customer_id = done.customer_id
        self.opportunity_id = done.opportunity_id
        self.visit_id = done.interaction_id
        self.accept()
        if self.cockpit_box.isChecked():
            from showroom_app.ui.cockpit import open_cockpit

            self.cockpit = open_cockpit(self.parentWidget(), self.ctx, done.opportunity_id)

    # -- the model of interest ----------------------------------------------------------------
    def _load_models(self) -> dict[str, int]:
        """Display text ("Toyota RAV4" in the interface language) -> model id."""
        language = self.ctx.language
        try:
            models = self.ctx.services.catalogue.models()
        except ShowroomError:
            return {}
        return {
            f"{brand.for_language(language)} {model.for_language(language)}": model_id
            for model_id, brand, model in models
        }

    def _model_choice(self) -> tuple[bool, int | None]:
        """(True, the model's id or None when left empty), or (False, None) with the
        message at the field when the typed text names no model (or several)."""
        typed = " ".join(self.model_edit.text().split()).casefold()
        if not typed:
            return True, None
        exact = [
            i
            for text, i in self.models.items()
            if text.casefold() == typed or text.casefold().endswith(f" {typed}")  # "Corolla"
        ]
        partial = {i for text, i in self.models.items() if typed in text.casefold()}
        if exact:
            return True, exact[0]
        if len(partial) == 1:
            return True, partial.pop()
        self.errors["model"].set_error(
            validation_text(ValidationError("model", CHOOSE_MODEL, "choice"))
        )
        self.model_edit.setFocus()
        return False, None

    def _needs_lookup(self) -> bool:
        try:
            return normalise_phone(self.phone_edit.text(), self.ctx.region) != self._looked_up
        except ValidationError:
            return bool(self._looked_up)

    def _show_errors(self, errors: list[ValidationError]) -> None:
        first: QWidget | None = None
        widgets: dict[str, QWidget] = {
            "phone": self.phone_edit,
            "name": self.name_edit,
            "salutation": self.salutation_combo,
            "model": self.model_edit,
        }
        for e in errors:
            field = e.field if e.field in self.errors else "name"
            self.errors[field].set_error(validation_text(e))
            if first is None:
                first = widgets[field]
        if first is not None:
            first.setFocus()
