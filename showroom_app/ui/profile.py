"""The customer profile (客戶檔案): every archive field, vehicles, service history, timeline.

Edits save by themselves (``AutoSaver``: ~0.8 s after typing pauses, never later than 2 s
after the first unsaved change) and when the window closes. A field whose value is refused
shows the message next to it and keeps its last saved value in the database; the other
fields' changes are saved. An edit made at another desk meanwhile is detected through the
record's version: the user is told and the profile reloads.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.archive import (
    CHANNELS,
    DESIRED_SERVICES,
    ArchiveForm,
    archive_label,
)
from showroom_app.domain.customers import ID_TYPES, CustomerForm
from showroom_app.domain.enums import CustomerKind, Region, Salutation
from showroom_app.domain.errors import (
    NotFound,
    ShowroomError,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.records import (
    CustomerDetail,
    CustomerProfile,
    OwnedVehicleInfo,
    ServiceRecordInfo,
    TimelineItem,
)
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets import archive_fields as af
from showroom_app.ui.widgets.autosave import AutoSaver
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget
from showroom_app.ui.widgets.vehicle_dialogs import ServiceRecordDialog, VehicleDialog

CORE = "core"  # CustomerService.update
ARCHIVE = "archive"  # ArchiveService.save_archive
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


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


class CustomerProfileDialog(QDialog):
    """A large non-modal window on one customer; ``saved`` is emitted after each save."""

    saved = Signal(int)  # customer id

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.setObjectName("profile_dialog")
        self.setAccessibleName("profile_dialog")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.autosave = AutoSaver(self._save_sections, self, name="profile_autosave")
        self._loading = False
        self._status_key: tuple[str, str] = ("", "")
        self.profile: CustomerProfile = ctx.services.archive.profile(
            customer_id, language=ctx.language
        )
        self._detail: CustomerDetail = self.profile.detail
        self._version = self._detail.version
        self._archive_saved = self._archive_of(self.profile)
        self.setup_ui()
        self.retranslate_ui()
        self._fill_fields()
        self._show_derived()
        self.resize(1120, 780)

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        who = QVBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("profile_title")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("profile_subtitle")
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        who.addWidget(self.title_label)
        who.addWidget(self.subtitle_label)
        head.addLayout(who, 2)
        meter = QVBoxLayout()
        self.completeness = name_widget(QProgressBar(self), "profile_completeness")
        self.completeness.setRange(0, 100)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("profile_missing")
        self.missing_label.setWordWrap(True)
        meter.addWidget(self.completeness)
        meter.addWidget(self.missing_label)
        head.addLayout(meter, 3)
        archive = QVBoxLayout()
        self.archive_status = QLabel(self)
        self.archive_status.setObjectName("profile_archive_status")
        self.archive_status.setWordWrap(True)
        self.archive_button = name_widget(QPushButton(self), "profile_archive_complete")
        self.archive_button.clicked.connect(self.on_archive_button_clicked)
        self.print_button = name_widget(QPushButton(self), "profile_print")
        self.print_button.clicked.connect(self.on_print_button_clicked)
        archive.addWidget(self.archive_status)
        row = QHBoxLayout()
        row.addWidget(self.archive_button)
        row.addWidget(self.print_button)
        archive.addLayout(row)
        head.addLayout(archive, 2)
        outer.addLayout(head)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("profile_tabs")
        self.tabs.addTab(self._details_tab(), "")
        self.tabs.addTab(self._vehicles_tab(), "")
        self.tabs.addTab(self._timeline_tab(), "")
        outer.addWidget(self.tabs, 1)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("status_profile_save")
        self.save_status.setWordWrap(True)
        outer.addWidget(self.save_status)

    def _details_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("profile_details_scroll")
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        columns = QHBoxLayout(body)
        self.errors = {f: FieldError(f, body) for f in CORE_FIELDS + ARCHIVE_FIELDS}
        self.labels: dict[str, QLabel] = {}

        def line(field: str) -> QLineEdit:
            edit = name_widget(QLineEdit(body), f"profile_{field}")
            edit.textChanged.connect(lambda _t, f=field: self.on_field_changed(f))
            return edit

        def combo(field: str, codes: tuple[str, ...]) -> QComboBox:
            box = name_widget(QComboBox(body), f"profile_{field}")
            for code in codes:
                box.addItem("", code)
            box.currentIndexChanged.connect(lambda _i, f=field: self.on_field_changed(f))
            return box

        def row(form: QFormLayout, field: str, widget: QWidget) -> None:
            self.labels[field] = QLabel(body)
            add_row(form, self.labels[field], widget, self.errors[field])

        self.basic_box = QGroupBox(body)
        self.basic_box.setObjectName("profile_basic")
        basic = _form(self.basic_box)
        self.name_edit = line("name")
        self.salutation_combo = combo("salutation", tuple(s.value for s in Salutation))
        self.kind_combo = combo("kind", tuple(k.value for k in CustomerKind))
        self.phones = af.PhoneListEdit("profile_phone", body)
        self.phones.changed.connect(lambda: self.on_field_changed("phone"))
        self.address_edit = line("address")
        self.birthday = af.DateField("profile_birthday", "birthday", body)
        self.birthday.changed.connect(lambda: self.on_field_changed("birthday"))
        self.messaging_edit = line("messaging_id")
        self.email_edit = line("email")
        id_row = QWidget(body)
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        self.id_type_combo = combo("id_type", ID_TYPES)
        self.id_number_edit = line("id_number")
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
            row(basic, field, widget)

        self.after_box = QGroupBox(body)
        self.after_box.setObjectName("profile_after_sales")
        after = _form(self.after_box)
        self.channel_combo = combo("preferred_channel", CHANNELS)
        self.best_time_edit = line("best_time")
        self.salesperson_label = QLabel(body)
        self.salesperson_label.setObjectName("profile_salesperson")
        self.advisor_edit = line("service_advisor")
        self.insurer_edit = line("insurance_company")
        self.insurance_expiry = af.DateField("profile_insurance_expiry", "insurance_expiry", body)
        self.insurance_expiry.changed.connect(lambda: self.on_field_changed("insurance_expiry"))
        for field, widget in (
            ("preferred_channel", self.channel_combo),
            ("best_time", self.best_time_edit),
        ):
            row(after, field, widget)
        self.labels["salesperson"] = QLabel(body)
        after.addRow(self.labels["salesperson"], self.salesperson_label)
        for field, widget in (
            ("service_advisor", self.advisor_edit),
            ("insurance_company", self.insurer_edit),
            ("insurance_expiry", self.insurance_expiry),
        ):
            row(after, field, widget)
        self.consent_boxes: dict[str, QCheckBox] = {}
        self.consent_info: dict[str, QLabel] = {}
        for kind in ("marketing", "photo"):
            box = name_widget(QCheckBox(body), f"profile_consent_{kind}")
            box.toggled.connect(lambda on, k=kind: self.on_consent_toggled(k, on))
            info = QLabel(body)
            info.setObjectName(f"profile_consent_{kind}_info")
            info.setStyleSheet("color: palette(mid);")
            info.setWordWrap(True)
            holder = QWidget(body)
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(0)
            v.addWidget(box)
            v.addWidget(info)
            self.labels[f"consent_{kind}"] = QLabel(body)
            after.addRow(self.labels[f"consent_{kind}"], holder)
            self.consent_boxes[kind], self.consent_info[kind] = box, info

        self.wants_box = QGroupBox(body)
        self.wants_box.setObjectName("profile_services_wanted")
        wants = _form(self.wants_box)
        self.services_list = af.CheckList(
            "profile_service", DESIRED_SERVICES, af.desired_service, 2, body
        )
        self.services_list.changed.connect(lambda: self.on_field_changed("desired_services"))
        self.services_note = line("desired_services_note")
        self.notes_edit = name_widget(QPlainTextEdit(body), "profile_notes")
        self.notes_edit.setMinimumHeight(70)
        self.notes_edit.textChanged.connect(lambda: self.on_field_changed("notes"))
        row(wants, "desired_services", self.services_list)
        row(wants, "desired_services_note", self.services_note)
        row(wants, "notes", self.notes_edit)

        left = QVBoxLayout()
        left.addWidget(self.basic_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.after_box)
        right.addWidget(self.wants_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll.setWidget(body)
        return scroll

    def _vehicles_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.vehicles_label = QLabel(tab)
        self.vehicles_view = make_table(tab, "profile_vehicles")
        self.vehicles_model: RowsModel[OwnedVehicleInfo] = RowsModel(
            [
                Column(lambda: self.tr("Model"), lambda v: v.model_name),
                Column(lambda: self.tr("Plate number"), lambda v: v.plate),
                Column(lambda: self.tr("Vehicle type"), lambda v: labels.body_type(v.vehicle_type)),
                Column(lambda: self.tr("Powertrain"), lambda v: labels.powertrain(v.powertrain)),
                Column(lambda: self.tr("VIN"), lambda v: v.vin),
                Column(lambda: self.tr("Delivered"), lambda v: _iso(v.delivery_date)),
                Column(lambda: self.tr("Maintenance interval"), self._interval_text),
                Column(lambda: self.tr("Next maintenance"), self.next_maintenance_text),
            ],
            self,
        )
        self.vehicles_view.setModel(self.vehicles_model)
        self.vehicles_view.doubleClicked.connect(lambda _i: self.on_edit_vehicle_clicked())
        buttons = QHBoxLayout()
        self.add_vehicle_button = _button(tab, "profile_vehicle_add", self.on_add_vehicle_clicked)
        self.edit_vehicle_button = _button(
            tab, "profile_vehicle_edit", self.on_edit_vehicle_clicked
        )
        self.remove_vehicle_button = _button(
            tab, "profile_vehicle_remove", self.on_remove_vehicle_clicked
        )
        for b in (self.add_vehicle_button, self.edit_vehicle_button, self.remove_vehicle_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.history_label = QLabel(tab)
        self.history_view = make_table(tab, "profile_service_history")
        currency = self.ctx.dealership.currency
        self.history_model: RowsModel[ServiceRecordInfo] = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda r: _iso(r.service_date)),
                Column(
                    lambda: self.tr("Odometer (km)"),
                    lambda r: "" if r.odometer is None else f"{r.odometer:,}",
                    align_right=True,
                ),
                Column(lambda: self.tr("Work done"), lambda r: r.items),
                Column(
                    lambda: self.tr("Amount"),
                    lambda r: labels.money(r.amount, currency),
                    align_right=True,
                ),
                Column(lambda: self.tr("Service advisor"), lambda r: r.advisor),
                Column(lambda: self.tr("Notes"), lambda r: r.notes),
            ],
            self,
        )
        self.history_view.setModel(self.history_model)
        history_buttons = QHBoxLayout()
        self.add_service_button = _button(tab, "profile_service_add", self.on_add_service_clicked)
        self.remove_service_button = _button(
            tab, "profile_service_remove", self.on_remove_service_clicked
        )
        history_buttons.addWidget(self.add_service_button)
        history_buttons.addWidget(self.remove_service_button)
        history_buttons.addStretch(1)
        for widget in (self.vehicles_label, self.vehicles_view):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.history_label, self.history_view):
            layout.addWidget(widget)
        layout.addLayout(history_buttons)
        return tab

    def _timeline_tab(self) -> QWidget:
        self.timeline_view = make_table(self, "profile_timeline")
        self.timeline_model: RowsModel[TimelineItem] = RowsModel(
            [
                Column(lambda: self.tr("When"), lambda t: t.when.strftime("%Y-%m-%d %H:%M")),
                Column(lambda: self.tr("What"), lambda t: af.timeline_kind(t.kind)),
                Column(lambda: self.tr("Summary"), lambda t: t.summary),
                Column(lambda: self.tr("By"), lambda t: t.user),
            ],
            self,
        )
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setColumnWidth(0, 150)
        self.timeline_view.setColumnWidth(2, 420)
        return self.timeline_view

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Customer profile"))
        self.tabs.setTabText(0, self.tr("Customer details"))
        self.tabs.setTabText(1, self.tr("Vehicles and service history"))
        self.tabs.setTabText(2, self.tr("Timeline"))
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
        self.salutation_combo.setItemText(
            self.salutation_combo.findData(Salutation.NONE.value), self.tr("(none)")
        )
        for i in range(self.salutation_combo.count()):
            code = self.salutation_combo.itemData(i)
            if code != Salutation.NONE.value:
                self.salutation_combo.setItemText(i, labels.salutation(code))
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
        self.vehicles_label.setText(self.tr("Vehicles"))
        self.history_label.setText(self.tr("Service history"))
        self.add_vehicle_button.setText(self.tr("Add &vehicle…"))
        self.edit_vehicle_button.setText(self.tr("&Edit vehicle…"))
        self.remove_vehicle_button.setText(self.tr("Remove vehicle"))
        self.add_service_button.setText(self.tr("Add service &record…"))
        self.remove_service_button.setText(self.tr("Remove service record"))
        self.archive_button.setText(self.tr("Archive &complete"))
        self.archive_button.setToolTip(
            self.tr("The archive is up to date: closes the two-day archive task")
        )
        self.print_button.setText(self.tr("&Print profile sheet…"))
        for model in (self.vehicles_model, self.history_model, self.timeline_model):
            model.retranslate()
        self._show_id_hint()
        self._show_consents()
        self._show_derived()
        self.set_status(*self._status_key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------
    def _fill_fields(self) -> None:
        """Put the saved values in the fields (without counting that as an edit)."""
        p, d = self.profile, self._detail
        self._loading = True
        try:
            self.name_edit.setText(d.name)
            _select(self.salutation_combo, d.salutation)
            _select(self.kind_combo, d.kind)
            self.phones.set_values([labels.phone(e, self.ctx.region) for e in d.phones])
            self.address_edit.setText(d.address)
            self.birthday.set_value(d.birthday)
            self.messaging_edit.setText(d.messaging_id)
            self.email_edit.setText(p.email)
            _select(self.id_type_combo, d.id_type)
            self.id_number_edit.clear()
            self.notes_edit.setPlainText(d.notes)
            _select(self.channel_combo, p.preferred_channel)
            self.best_time_edit.setText(p.best_time)
            self.advisor_edit.setText(p.service_advisor)
            self.insurer_edit.setText(p.insurance_company)
            self.insurance_expiry.set_value(p.insurance_expiry)
            self.services_list.set_values(p.desired_services)
            self.services_note.setText(p.desired_services_note)
            for kind, box in self.consent_boxes.items():
                box.setChecked(bool(getattr(d, f"consent_{kind}")))
        finally:
            self._loading = False
        for err in self.errors.values():
            err.set_error("")
        self._show_id_hint()
        self._show_consents()

    def _show_id_hint(self) -> None:
        masked = self._detail.id_number_masked
        self.id_number_edit.setPlaceholderText(
            self.tr("%1 — type a new number to replace it").replace("%1", masked)
            if masked
            else self.tr("Not recorded")
        )

    def _show_consents(self) -> None:
        d = self._detail
        for kind, info in self.consent_info.items():
            at: datetime | None = getattr(d, f"consent_{kind}_at")
            by: str = getattr(d, f"consent_{kind}_by")
            if at is None:
                info.setText(self.tr("Not asked yet"))
                continue
            text = self.tr("Given %1 by %2") if getattr(d, f"consent_{kind}") else None
            text = text or self.tr("Refused or withdrawn %1 by %2")
            info.setText(text.replace("%1", at.strftime("%Y-%m-%d %H:%M")).replace("%2", by))

    def _show_derived(self) -> None:
        """Everything shown but not typed here: header, meter, tables, archive status."""
        p, d = self.profile, self._detail
        self.title_label.setText(labels.customer_name(d.name, d.salutation))
        phones = " · ".join(labels.phone(e, self.ctx.region) for e in d.phones)
        who = self.tr("Sales consultant: %1").replace("%1", d.salesperson or self.tr("nobody"))
        self.subtitle_label.setText(f"{phones}    {who}" if phones else who)
        self.salesperson_label.setText(d.salesperson or self.tr("(unassigned)"))
        self.completeness.setValue(p.completeness)
        self.completeness.setFormat(self.tr("Archive %p% complete"))
        missing = [self.translate_archive_label(k) for k in p.missing]
        self.missing_label.setText(
            self.tr("Missing: %1").replace("%1", self.tr(", ").join(missing))
            if missing
            else self.tr("Every archive field is filled in.")
        )
        today = date.today()
        if p.archive_due is not None:
            late = p.archive_due < today
            text = self.tr("Archive overdue since %1") if late else self.tr("Archive due by %1")
            self.archive_status.setText(text.replace("%1", _iso(p.archive_due)))
            self.archive_status.setStyleSheet("color: #b00020;" if late else "")
        elif p.archive_completed_at is not None:
            self.archive_status.setText(
                self.tr("Archive completed %1").replace(
                    "%1", p.archive_completed_at.strftime("%Y-%m-%d %H:%M")
                )
            )
            self.archive_status.setStyleSheet("")
        else:
            self.archive_status.setText(self.tr("No archive task open"))
            self.archive_status.setStyleSheet("")
        self.archive_button.setEnabled(p.archive_due is not None)
        self.vehicles_model.set_rows(p.vehicles)
        self.history_model.set_rows(tuple(reversed(p.service_history)))  # newest first
        self.timeline_model.set_rows(p.timeline)

    @staticmethod
    def translate_archive_label(key: str) -> str:
        return QCoreApplication.translate("Archive", archive_label(key))

    def _interval_text(self, v: OwnedVehicleInfo) -> str:
        parts = []
        if v.interval_km:
            parts.append(self.tr("%1 km").replace("%1", f"{v.interval_km:,}"))
        if v.interval_months:
            parts.append(self.tr("%n month(s)", "", v.interval_months))
        return " / ".join(parts)

    def next_maintenance_text(self, v: OwnedVehicleInfo) -> str:
        """The date to show; a date set by hand says so, with the computed one beside it."""
        if v.next_maintenance_override is None:
            return _iso(v.next_maintenance_computed)
        if v.next_maintenance_computed is None:
            return self.tr("%1 (set by hand)").replace("%1", _iso(v.next_maintenance_override))
        return (
            self.tr("%1 (set by hand; computed %2)")
            .replace("%1", _iso(v.next_maintenance_override))
            .replace("%2", _iso(v.next_maintenance_computed))
        )

    def set_status(self, key: str, detail: str = "") -> None:
        self._status_key = (key, detail)
        now = datetime.now().strftime("%H:%M:%S")
        texts = {
            "": "",
            "pending": self.tr("Unsaved changes…"),
            "saved": self.tr("Saved %1").replace("%1", now),
            "failed": self.tr("Not saved: %1").replace("%1", detail),
        }
        self.save_status.setText(texts.get(key, detail))
        self.save_status.setStyleSheet("color: #b00020;" if key == "failed" else "color: gray;")

    def reload(self) -> None:
        """Show what is stored now (after another desk changed it); unsaved edits are dropped."""
        self.autosave.discard()
        try:
            self.profile = self.ctx.services.archive.profile(
                self.customer_id, language=self.ctx.language
            )
        except NotFound:
            self._gone()
            return
        self._detail = self.profile.detail
        self._version = self._detail.version
        self._archive_saved = self._archive_of(self.profile)
        self._fill_fields()
        self._show_derived()

    def refresh_derived(self) -> None:
        """Re-read the profile for the meter, tables and timeline; the fields stay as typed."""
        try:
            self.profile = self.ctx.services.archive.profile(
                self.customer_id, language=self.ctx.language
            )
        except NotFound:
            self._gone()
            return
        self._show_derived()

    # -- autosave ---------------------------------------------------------------------------
    def on_field_changed(self, field: str) -> None:
        if self._loading:
            return
        self.autosave.touch(ARCHIVE if field in ARCHIVE_FIELDS else CORE)
        self.set_status("pending")

    def flush(self) -> None:
        """Save whatever is pending now (closing, printing, completing the archive)."""
        self.autosave.flush()

    def _save_sections(self, sections: set[str]) -> None:
        problems: list[ValidationError] = []
        saved = False
        try:
            if CORE in sections:
                saved |= self._save_core(problems)
            if ARCHIVE in sections:
                saved |= self._save_archive(problems)
        except StaleRecord:
            self._stale()
            return
        except NotFound:
            self._gone()
            return
        except ShowroomError as exc:
            self.set_status("failed", str(exc))
            return
        if saved:
            self.refresh_derived()
            self.saved.emit(self.customer_id)
        if problems:
            self.set_status("failed", validation_text(problems[0]))
        elif saved:
            self.set_status("saved")
        else:
            self.set_status("")

    def _show_field_errors(self, fields: tuple[str, ...], errors: list[ValidationError]) -> None:
        by_field = {e.field: e for e in reversed(errors)}
        for f in fields:
            e = by_field.get(f)
            self.errors[f].set_error(validation_text(e) if e else "")

    def _core_form(self, keep_saved: set[str]) -> CustomerForm:
        d = self._detail
        typed = {
            "name": self.name_edit.text(),
            "salutation": str(self.salutation_combo.currentData()),
            "kind": str(self.kind_combo.currentData()),
            "phone": self.phones.values(),
            "address": self.address_edit.text(),
            "messaging_id": self.messaging_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "id_number": (str(self.id_type_combo.currentData()), self.id_number_edit.text()),
        }
        saved: dict[str, Any] = {
            "name": d.name,
            "salutation": d.salutation,
            "kind": d.kind,
            "phone": d.phones,
            "address": d.address,
            "messaging_id": d.messaging_id,
            "notes": d.notes,
            "id_number": ("", ""),  # keeps the stored number
        }
        v = {k: saved[k] if k in keep_saved else typed[k] for k in typed}
        return CustomerForm(
            name=v["name"],
            phones=tuple(v["phone"]),
            salutation=v["salutation"],
            kind=v["kind"],
            address=v["address"],
            birthday=d.birthday,
            messaging_id=v["messaging_id"],
            notes=v["notes"],
            id_type=v["id_number"][0],
            id_number=v["id_number"][1],
            assigned_user_id=d.assigned_user_id,
        )

    def _save_core(self, problems: list[ValidationError]) -> bool:
        errors: list[ValidationError] = []
        keep: set[str] = set()
        try:
            birthday = self.birthday.value()
        except ValidationError as exc:
            errors.append(exc)
            birthday = self._detail.birthday
        detail: CustomerDetail | None = None
        for _attempt in range(len(CORE_FIELDS) + 1):
            form = replace(self._core_form(keep), birthday=birthday)
            if _same_customer(form, self._detail, self.ctx.region):
                break
            try:
                detail = self.ctx.services.customers.update_keeping_id_number(
                    self.customer_id, form, expected_version=self._version
                )
                break
            except ValidationErrors as exc:
                errors += exc.errors
                fields = {e.field for e in exc.errors}
                if not fields <= set(CORE_FIELDS) or fields <= keep:
                    break  # nothing left to fall back to: the stored values are refused
                keep |= fields
                if "birthday" in fields:
                    birthday = self._detail.birthday
        self._show_field_errors(CORE_FIELDS, errors)
        problems += errors
        if detail is None:
            return False
        self._detail = detail
        self._version = detail.version
        if detail.id_number_masked and "id_number" not in keep and self.id_number_edit.text():
            self._loading = True
            self.id_number_edit.clear()  # replaced: shown masked from now on
            self._loading = False
        self._show_id_hint()
        return True

    def _archive_form(self, keep_saved: set[str]) -> tuple[ArchiveForm, list[ValidationError]]:
        errors: list[ValidationError] = []
        try:
            expiry = self.insurance_expiry.value()
        except ValidationError as exc:
            errors.append(exc)
            expiry = self._archive_saved.insurance_expiry
        typed = ArchiveForm(
            email=self.email_edit.text(),
            preferred_channel=str(self.channel_combo.currentData()),
            best_time=self.best_time_edit.text(),
            service_advisor=self.advisor_edit.text(),
            insurance_company=self.insurer_edit.text(),
            insurance_expiry=expiry,
            desired_services=self.services_list.values(),
            desired_services_note=self.services_note.text(),
        )
        keep = {f: getattr(self._archive_saved, f) for f in keep_saved}
        return replace(typed, **keep), errors

    def _save_archive(self, problems: list[ValidationError]) -> bool:
        errors: list[ValidationError] = []
        keep: set[str] = set()
        saved = False
        services = self.ctx.services
        for _attempt in range(len(ARCHIVE_FIELDS) + 1):
            form, parse_errors = self._archive_form(keep)
            if _attempt == 0:
                errors += parse_errors
            if form == self._archive_saved:
                break
            # save_archive has no version check of its own: compare before writing
            if services.customers.get(self.customer_id).version != self._version:
                raise StaleRecord("changed at another desk")
            try:
                services.archive.save_archive(self.customer_id, form)
            except ValidationErrors as exc:
                errors += exc.errors
                fields = {e.field for e in exc.errors if e.field in ARCHIVE_FIELDS}
                if not fields or fields <= keep:
                    break
                keep |= fields
                continue
            self._archive_saved = form
            self._version = services.customers.get(self.customer_id).version
            saved = True
            break
        self._show_field_errors(ARCHIVE_FIELDS, errors)
        problems += errors
        return saved

    @staticmethod
    def _archive_of(p: CustomerProfile) -> ArchiveForm:
        return ArchiveForm(
            email=p.email,
            preferred_channel=p.preferred_channel,
            best_time=p.best_time,
            service_advisor=p.service_advisor,
            insurance_company=p.insurance_company,
            insurance_expiry=p.insurance_expiry,
            desired_services=p.desired_services,
            desired_services_note=p.desired_services_note,
        )

    def _stale(self) -> None:
        messages.information(
            self,
            self.tr("Changed at another desk"),
            self.tr(
                "Someone else changed this customer while you were editing. Your latest "
                "changes were not saved; the profile now shows what is stored. Please enter "
                "them again."
            ),
        )
        self.reload()
        self.set_status("failed", self.tr("changed at another desk; reloaded"))

    def _gone(self) -> None:
        self.autosave.discard()
        messages.critical(
            self, self.tr("Not found"), self.tr("This customer no longer exists or is not yours.")
        )
        self.setEnabled(False)

    # -- actions -----------------------------------------------------------------------------
    def on_consent_toggled(self, kind: str, given: bool) -> None:
        if self._loading:
            return
        try:
            self._detail = self.ctx.services.customers.set_consent(self.customer_id, kind, given)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            self._loading = True
            self.consent_boxes[kind].setChecked(not given)
            self._loading = False
            return
        self._version = self._detail.version
        self._show_consents()
        self.set_status("saved")

    def _run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def on_add_vehicle_clicked(self) -> None:
        if self._run(VehicleDialog(self.ctx, self.customer_id, None, self)):
            self.refresh_derived()

    def on_edit_vehicle_clicked(self) -> None:
        row = self._selected(self.vehicles_view)
        if row is None:
            return
        vehicle = self.vehicles_model.row_at(row)
        if self._run(VehicleDialog(self.ctx, self.customer_id, vehicle, self)):
            self.refresh_derived()

    def on_remove_vehicle_clicked(self) -> None:
        row = self._selected(self.vehicles_view)
        if row is None:
            return
        v = self.vehicles_model.row_at(row)
        name = " ".join(p for p in (v.model_name, v.plate) if p)
        if not messages.ask(
            self,
            self.tr("Remove vehicle"),
            self.tr("Remove %1 from this customer?").replace("%1", name),
        ):
            return
        self._call(lambda: self.ctx.services.archive.remove_vehicle(v.vehicle_id))

    def on_add_service_clicked(self) -> None:
        advisor = self.advisor_edit.text().strip() or self.profile.service_advisor
        dialog = ServiceRecordDialog(
            self.ctx, self.customer_id, self.profile.vehicles, advisor, self
        )
        if self._run(dialog):
            self.refresh_derived()

    def on_remove_service_clicked(self) -> None:
        row = self._selected(self.history_view)
        if row is None:
            return
        record = self.history_model.row_at(row)
        if not messages.ask(
            self,
            self.tr("Remove service record"),
            self.tr("Remove the service record of %1?").replace("%1", _iso(record.service_date)),
        ):
            return
        self._call(lambda: self.ctx.services.archive.remove_service(record.record_id))

    def _call(self, action: Any) -> None:
        try:
            action()
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
        self.refresh_derived()

    def on_archive_button_clicked(self) -> None:
        self.flush()
        try:
            self.ctx.services.archive.complete_archive(self.customer_id)
            # completing stamps the customer record: continue from its new version
            self._version = self.ctx.services.customers.get(self.customer_id).version
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.refresh_derived()
        self.saved.emit(self.customer_id)

    def on_print_button_clicked(self) -> None:
        self.flush()
        try:
            from showroom_app.ui.printing import show_profile_sheet
        except ImportError:
            messages.information(
                self, self.tr("Print"), self.tr("Printing is not available in this version yet.")
            )
            return
        show_profile_sheet(self, self.ctx.services, self.customer_id)

    # -- closing: nothing typed is lost ---------------------------------------------------
    def done(self, result: int) -> None:
        self.flush()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)


# -- small helpers -------------------------------------------------------------------------------


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _button(parent: QWidget, name: str, slot: Any) -> QPushButton:
    button = name_widget(QPushButton(parent), name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _=False: slot())
    return button


def _select(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    box.setCurrentIndex(index if index >= 0 else 0)


def _same_customer(form: CustomerForm, d: CustomerDetail, region: Region) -> bool:
    """Nothing of the core record changed (so no write, no version bump)."""
    return (
        " ".join(form.name.split()) == d.name
        and form.salutation == d.salutation
        and form.kind == d.kind
        and tuple(p for p in form.phones if p.strip())
        in (d.phones, tuple(labels.phone(e, region) for e in d.phones))
        and form.address.strip() == d.address
        and form.birthday == d.birthday
        and form.messaging_id.strip() == d.messaging_id
        and form.notes == d.notes
        and not form.id_number.strip()
    )
