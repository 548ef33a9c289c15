"""The profile's fields: who the customer is, how to reach them, what they want.

The form only shows and reads values: ``field_changed(field)`` tells the profile window
that a field was edited (it decides when to save), ``consent_toggled(kind, given)`` that a
consent box was ticked or cleared. Values are put in with ``fill`` without counting as edits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.archive import CHANNELS, DESIRED_SERVICES, ArchiveForm
from showroom_app.domain.customers import ID_TYPES
from showroom_app.domain.enums import CustomerKind, Region, Salutation
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.records import CustomerDetail, CustomerProfile
from showroom_app.ui import labels
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets import archive_fields as af
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

#: Fields saved with CustomerService.update (the "core" record).
CORE_FIELDS = (
    "name",
    "salutation",
    "kind",
    "phone",
    "address",
    "birthday",
    "messaging_id",
    "id_number",
    "notes",
)
#: Fields saved with ArchiveService.save_archive.
ARCHIVE_FIELDS = (
    "email",
    "preferred_channel",
    "best_time",
    "service_advisor",
    "insurance_company",
    "insurance_expiry",
    "desired_services",
    "desired_services_note",
)
CONSENTS = ("marketing", "photo")


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def select_code(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    box.setCurrentIndex(index if index >= 0 else 0)


class ProfileForm(QWidget):
    field_changed = Signal(str)
    consent_toggled = Signal(str, bool)

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.loading = False
        self._masked_id = ""
        self.setup_ui()
        self.retranslate_ui()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        columns = QHBoxLayout(self)
        self.errors = {f: FieldError(f, self) for f in CORE_FIELDS + ARCHIVE_FIELDS}
        self.labels: dict[str, QLabel] = {}

        self.basic_box = QGroupBox(self)
        self.basic_box.setObjectName("profile_basic")
        basic = _form(self.basic_box)
        self.name_edit = self._line("name")
        self.salutation_combo = self._combo("salutation", tuple(s.value for s in Salutation))
        self.kind_combo = self._combo("kind", tuple(k.value for k in CustomerKind))
        self.phones = af.PhoneListEdit("profile_phone", self)
        self.phones.changed.connect(lambda: self._changed("phone"))
        self.address_edit = self._line("address")
        self.birthday = af.DateField("profile_birthday", "birthday", self)
        self.birthday.changed.connect(lambda: self._changed("birthday"))
        self.messaging_edit = self._line("messaging_id")
        self.email_edit = self._line("email")
        id_row = QWidget(self)
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        self.id_type_combo = self._combo("id_type", ID_TYPES, field="id_number")
        self.id_number_edit = self._line("id_number")
        id_layout.addWidget(self.id_type_combo)
        id_layout.addWidget(self.id_number_edit, 1)
        for field, widget in (
            ("name", self.name_edit),
            ("salutation", self.salutation_combo),
            ("kind", self.kind_combo),
            ("phone", self.phones),
            ("address", self.address_edit),
            ("birthday", self.birthday),
            ("messaging_id", self.messaging_edit),
            ("email", self.email_edit),
            ("id_number", id_row),
        ):
            self._row(basic, field, widget)

        self.after_box = QGroupBox(self)
        self.after_box.setObjectName("profile_after_sales")
        after = _form(self.after_box)
        self.channel_combo = self._combo("preferred_channel", CHANNELS)
        self.best_time_edit = self._line("best_time")
        self.salesperson_label = QLabel(self)
        self.salesperson_label.setObjectName("profile_salesperson")
        self.advisor_edit = self._line("service_advisor")
        self.insurer_edit = self._line("insurance_company")
        self.insurance_expiry = af.DateField("profile_insurance_expiry", "insurance_expiry", self)
        self.insurance_expiry.changed.connect(lambda: self._changed("insurance_expiry"))
        self._row(after, "preferred_channel", self.channel_combo)
        self._row(after, "best_time", self.best_time_edit)
        self.labels["salesperson"] = QLabel(self)
        after.addRow(self.labels["salesperson"], self.salesperson_label)
        self._row(after, "service_advisor", self.advisor_edit)
        self._row(after, "insurance_company", self.insurer_edit)
        self._row(after, "insurance_expiry", self.insurance_expiry)
        self.consent_boxes: dict[str, QCheckBox] = {}
        self.consent_info: dict[str, QLabel] = {}
        for kind in CONSENTS:
            box = name_widget(QCheckBox(self), f"profile_consent_{kind}")
            box.toggled.connect(lambda on, k=kind: self._consent(k, on))
            info = QLabel(self)
            info.setObjectName(f"profile_consent_{kind}_info")
            info.setStyleSheet("color: gray;")  # one short line: wrapping clipped it
            holder = QWidget(self)
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(0)
            v.addWidget(box)
            v.addWidget(info)
            self.labels[f"consent_{kind}"] = QLabel(self)
            after.addRow(self.labels[f"consent_{kind}"], holder)
            self.consent_boxes[kind], self.consent_info[kind] = box, info

        self.wants_box = QGroupBox(self)
        self.wants_box.setObjectName("profile_services_wanted")
        wants = _form(self.wants_box)
        self.services_list = af.CheckList(
            "profile_service", DESIRED_SERVICES, af.desired_service, 2, self
        )
        self.services_list.changed.connect(lambda: self._changed("desired_services"))
        self.services_note = self._line("desired_services_note")
        self.notes_edit = name_widget(QPlainTextEdit(self), "profile_notes")
        self.notes_edit.setMinimumHeight(70)
        self.notes_edit.setMaximumHeight(140)
        self.notes_edit.textChanged.connect(lambda: self._changed("notes"))
        self._row(wants, "desired_services", self.services_list)
        self._row(wants, "desired_services_note", self.services_note)
        self._row(wants, "notes", self.notes_edit)

        left = QVBoxLayout()
        left.addWidget(self.basic_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.after_box)
        right.addWidget(self.wants_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def _line(self, field: str) -> QLineEdit:
        edit = name_widget(QLineEdit(self), f"profile_{field}")
        edit.textChanged.connect(lambda _t: self._changed(field))
        return edit

    def _combo(self, name: str, codes: tuple[str, ...], field: str = "") -> QComboBox:
        box = name_widget(QComboBox(self), f"profile_{name}")
        for code in codes:
            box.addItem("", code)
        box.currentIndexChanged.connect(lambda _i: self._changed(field or name))
        return box

    def _row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        self.labels[field] = QLabel(self)
        add_row(form, self.labels[field], widget, self.errors[field])

    def _changed(self, field: str) -> None:
        if not self.loading:
            self.field_changed.emit(field)

    def _consent(self, kind: str, given: bool) -> None:
        if not self.loading:
            self.consent_toggled.emit(kind, given)

    def retranslate_ui(self) -> None:
        self.basic_box.setTitle(self.tr("Customer"))
        self.after_box.setTitle(self.tr("Contact and after-sales"))
        self.wants_box.setTitle(self.tr("Services the customer wants"))
        texts = {
            "name": self.tr("&Name"),
            "salutation": self.tr("Sa&lutation"),
            "kind": self.tr("&Customer type"),
            "phone": self.tr("&Phones"),
            "address": self.tr("&Address"),
            "birthday": self.tr("&Birthday"),
            "messaging_id": self.tr("&Messaging ID (LINE / WeChat)"),
            "email": self.tr("&E-mail"),
            "id_number": self.tr("&ID document"),
            "preferred_channel": self.tr("Preferred c&hannel"),
            "best_time": self.tr("Best &time to contact"),
            "salesperson": self.tr("Sales consultant"),
            "service_advisor": self.tr("Service ad&visor"),
            "insurance_company": self.tr("Insurance compan&y"),
            "insurance_expiry": self.tr("Insurance e&xpiry"),
            "consent_marketing": self.tr("Marketing"),
            "consent_photo": self.tr("Photos"),
            "desired_services": self.tr("Services"),
            "desired_services_note": self.tr("Other wishes"),
            "notes": self.tr("N&otes"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        for i in range(self.salutation_combo.count()):
            code = self.salutation_combo.itemData(i)
            self.salutation_combo.setItemText(
                i, labels.salutation(code) if code != Salutation.NONE.value else self.tr("(none)")
            )
        for box, name in (
            (self.kind_combo, af.customer_kind),
            (self.channel_combo, af.channel),
            (self.id_type_combo, af.id_type),
        ):
            for i in range(box.count()):
                box.setItemText(i, name(box.itemData(i)))
        self.consent_boxes["marketing"].setText(self.tr("Agrees to receive offers and invitations"))
        self.consent_boxes["photo"].setText(self.tr("Agrees to photos (e.g. the delivery photo)"))
        self.best_time_edit.setPlaceholderText(self.tr("e.g. weekday evenings"))
        self.address_edit.setPlaceholderText(self.tr("Street, district, city (postcode optional)"))
        self.phones.retranslate_ui()
        self.services_list.retranslate_ui()
        self.birthday.retranslate_ui()
        self.insurance_expiry.retranslate_ui()
        self._show_id_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values in ------------------------------------------------------------------------------
    def fill(self, p: CustomerProfile, d: CustomerDetail) -> None:
        """Show the stored values (not counted as edits) and clear every message."""
        self.loading = True
        try:
            self.name_edit.setText(d.name)
            select_code(self.salutation_combo, d.salutation)
            select_code(self.kind_combo, d.kind)
            self.phones.set_values([labels.phone(e, self.region) for e in d.phones])
            self.address_edit.setText(d.address)
            self.birthday.set_value(d.birthday)
            self.messaging_edit.setText(d.messaging_id)
            self.email_edit.setText(p.email)
            select_code(self.id_type_combo, d.id_type)
            self.id_number_edit.clear()
            self.notes_edit.setPlainText(d.notes)
            select_code(self.channel_combo, p.preferred_channel)
            self.best_time_edit.setText(p.best_time)
            self.advisor_edit.setText(p.service_advisor)
            self.insurer_edit.setText(p.insurance_company)
            self.insurance_expiry.set_value(p.insurance_expiry)
            self.services_list.set_values(p.desired_services)
            self.services_note.setText(p.desired_services_note)
            for kind, box in self.consent_boxes.items():
                box.setChecked(bool(getattr(d, f"consent_{kind}")))
        finally:
            self.loading = False
        for err in self.errors.values():
            err.set_error("")
        self.show_detail(d)

    def show_detail(self, d: CustomerDetail) -> None:
        """The read-only parts: salesperson, consent dates, the stored ID (masked)."""
        self.salesperson_label.setText(d.salesperson or self.tr("(unassigned)"))
        self._masked_id = d.id_number_masked
        self._show_id_hint()
        for kind, info in self.consent_info.items():
            at: datetime | None = getattr(d, f"consent_{kind}_at")
            by: str = getattr(d, f"consent_{kind}_by")
            if at is None:
                info.setText(self.tr("Not asked yet"))
                continue
            given = bool(getattr(d, f"consent_{kind}"))
            if by:
                text = (
                    self.tr("Given %1 by %2") if given else self.tr("Refused or withdrawn %1 by %2")
                )
            else:  # recorded before sign-in existed, or imported: nobody to name
                text = self.tr("Given %1") if given else self.tr("Refused or withdrawn %1")
            info.setText(text.replace("%1", at.strftime("%Y-%m-%d %H:%M")).replace("%2", by))

    def _show_id_hint(self) -> None:
        self.id_number_edit.setPlaceholderText(
            self.tr("%1 — type a new number to replace it").replace("%1", self._masked_id)
            if self._masked_id
            else self.tr("Not recorded")
        )

    def set_consent_box(self, kind: str, given: bool) -> None:
        self.loading = True
        self.consent_boxes[kind].setChecked(given)
        self.loading = False

    def clear_id_number(self) -> None:
        self.loading = True
        self.id_number_edit.clear()
        self.loading = False

    # -- values out -----------------------------------------------------------------------------
    def core_values(self) -> dict[str, Any]:
        """What is typed in the core fields, keyed like CORE_FIELDS (birthday unparsed)."""
        return {
            "name": self.name_edit.text(),
            "salutation": str(self.salutation_combo.currentData()),
            "kind": str(self.kind_combo.currentData()),
            "phone": self.phones.values(),
            "address": self.address_edit.text(),
            "messaging_id": self.messaging_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "id_number": (str(self.id_type_combo.currentData()), self.id_number_edit.text()),
        }

    def archive_values(self, saved: ArchiveForm) -> tuple[ArchiveForm, list[ValidationError]]:
        """The archive fields as typed; a date that does not parse keeps ``saved``'s."""
        errors: list[ValidationError] = []
        try:
            expiry = self.insurance_expiry.value()
        except ValidationError as exc:
            errors.append(exc)
            expiry = saved.insurance_expiry
        form = ArchiveForm(
            email=self.email_edit.text(),
            preferred_channel=str(self.channel_combo.currentData()),
            best_time=self.best_time_edit.text(),
            service_advisor=self.advisor_edit.text(),
            insurance_company=self.insurer_edit.text(),
            insurance_expiry=expiry,
            desired_services=self.services_list.values(),
            desired_services_note=self.services_note.text(),
        )
        return form, errors

    # -- messages ----------------------------------------------------------------------------------
    def show_errors(self, fields: tuple[str, ...], errors: list[ValidationError]) -> None:
        """One message per field of ``fields`` (the first error wins); the others cleared."""
        first: dict[str, ValidationError] = {}
        for e in errors:
            first.setdefault(e.field, e)
        for f in fields:
            error = first.get(f)
            self.errors[f].set_error(validation_text(error) if error else "")

    def has_errors(self) -> bool:
        return any(e.text() for e in self.errors.values())
