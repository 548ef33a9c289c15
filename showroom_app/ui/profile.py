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
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.archive import ArchiveForm, archive_label
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import (
    NotFound,
    ShowroomError,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.records import CustomerDetail, CustomerProfile
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.autosave import AutoSaver
from showroom_app.ui.widgets.forms import name_widget
from showroom_app.ui.widgets.profile_form import ARCHIVE_FIELDS, CORE_FIELDS, ProfileForm
from showroom_app.ui.widgets.profile_tables import TimelineView, VehiclesPanel, iso

CORE = "core"  # saved with CustomerService.update
ARCHIVE = "archive"  # saved with ArchiveService.save_archive


def archive_field_name(key: str) -> str:
    """An archive field's label (domain/archive.py ARCHIVE_FIELDS) in the interface language."""
    return QCoreApplication.translate("Archive", archive_label(key))


class CustomerProfileDialog(QDialog):
    """A large non-modal window on one customer; ``saved(customer_id)`` after each save."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.setObjectName("profile_dialog")
        self.setAccessibleName("profile_dialog")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.autosave = AutoSaver(self._save_sections, self, name="profile_autosave")
        self._status: tuple[str, str] = ("", "")
        self.profile: CustomerProfile = ctx.services.archive.profile(
            customer_id, language=ctx.language
        )
        self._detail: CustomerDetail = self.profile.detail
        self._version = self._detail.version
        self._archive_saved = _archive_of(self.profile)
        self.setup_ui()
        self.retranslate_ui()
        self.form.fill(self.profile, self._detail)
        self._show_profile()
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
        self.subtitle_label.setWordWrap(True)
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
        side = QVBoxLayout()
        self.last_visit_label = QLabel(self)
        self.last_visit_label.setObjectName("profile_last_visit")
        side.addWidget(self.last_visit_label)
        self.archive_status = QLabel(self)
        self.archive_status.setObjectName("profile_archive_status")
        self.archive_status.setWordWrap(True)
        self.archive_button = name_widget(QPushButton(self), "profile_archive_complete")
        self.archive_button.setAutoDefault(False)
        self.archive_button.clicked.connect(self.on_archive_button_clicked)
        self.print_button = name_widget(QPushButton(self), "profile_print")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        side.addWidget(self.archive_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.print_button)
        side.addLayout(buttons)
        head.addLayout(side, 2)
        outer.addLayout(head)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("profile_tabs")
        scroll = QScrollArea(self.tabs)
        scroll.setObjectName("profile_details_scroll")
        scroll.setWidgetResizable(True)
        self.form = ProfileForm(self.ctx.region, scroll)
        scroll.setWidget(self.form)
        self.form.field_changed.connect(self.on_form_field_changed)
        self.form.consent_toggled.connect(self.on_form_consent_toggled)
        self.vehicles = VehiclesPanel(self.ctx, self.customer_id, self._advisor_default, self.tabs)
        self.vehicles.changed.connect(self.refresh_profile)
        self.timeline = TimelineView(self.tabs)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.vehicles, "")
        self.tabs.addTab(self.timeline, "")
        outer.addWidget(self.tabs, 1)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("status_profile_save")
        self.save_status.setWordWrap(True)
        outer.addWidget(self.save_status)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Customer profile"))
        self.tabs.setTabText(0, self.tr("Customer details"))
        self.tabs.setTabText(1, self.tr("Vehicles and service history"))
        self.tabs.setTabText(2, self.tr("Timeline"))
        self.archive_button.setText(self.tr("Archive &complete"))
        self.archive_button.setToolTip(
            self.tr("The archive is up to date: closes the two-day archive task")
        )
        self.print_button.setText(self.tr("&Print profile sheet…"))
        if hasattr(self, "_detail"):
            self._show_profile()
        self.set_status(*self._status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------
    def _show_profile(self) -> None:
        """Everything shown but not typed: header, meter, archive status, lists."""
        p, d = self.profile, self._detail
        self.title_label.setText(labels.customer_name(d.name, d.salutation))
        phones = " · ".join(labels.phone(e, self.ctx.region) for e in d.phones)
        who = self.tr("Sales consultant: %1").replace("%1", d.salesperson or self.tr("nobody"))
        self.subtitle_label.setText(f"{phones}    {who}" if phones else who)
        self.completeness.setValue(p.completeness)
        self.completeness.setFormat(self.tr("Archive %p% complete"))
        missing = [archive_field_name(k) for k in p.missing]
        self.missing_label.setText(
            self.tr("Missing: %1").replace("%1", self.tr(", ").join(missing))
            if missing
            else self.tr("Every archive field is filled in.")
        )
        self.last_visit_label.setText(
            self.tr("Last visit or service: %1").replace("%1", iso(p.last_visit_or_service))
            if p.last_visit_or_service
            else self.tr("No visit or service recorded yet")
        )
        if p.archive_due is not None:
            late = p.archive_due < date.today()
            text = self.tr("Archive overdue since %1") if late else self.tr("Archive due by %1")
            self.archive_status.setText(text.replace("%1", iso(p.archive_due)))
            self.archive_status.setStyleSheet("color: #b00020;" if late else "")
        elif p.archive_completed_at is not None:
            stamp = p.archive_completed_at.strftime("%Y-%m-%d %H:%M")
            self.archive_status.setText(self.tr("Archive completed %1").replace("%1", stamp))
            self.archive_status.setStyleSheet("")
        else:
            self.archive_status.setText(self.tr("No archive task open"))
            self.archive_status.setStyleSheet("")
        self.archive_button.setEnabled(p.archive_due is not None)
        self.form.show_detail(d)
        self.vehicles.set_profile(p)
        self.timeline.set_items(p.timeline)

    def set_status(self, key: str, detail: str = "") -> None:
        """The discreet line at the bottom: saved, waiting, or why not saved."""
        self._status = (key, detail)
        texts = {
            "pending": self.tr("Unsaved changes…"),
            "saved": self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M:%S")),
            "failed": self.tr("Not saved: %1").replace("%1", detail),
        }
        self.save_status.setText(texts.get(key, ""))
        self.save_status.setStyleSheet("color: #b00020;" if key == "failed" else "color: gray;")

    def refresh_profile(self) -> None:
        """Re-read the profile for the header, meter and lists; the fields stay as typed."""
        try:
            self.profile = self.ctx.services.archive.profile(
                self.customer_id, language=self.ctx.language
            )
        except NotFound:
            self._gone()
            return
        self._show_profile()

    def reload(self) -> None:
        """Show what is stored now (another desk changed it); unsaved edits are dropped."""
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
        self._archive_saved = _archive_of(self.profile)
        self.form.fill(self.profile, self._detail)
        self._show_profile()

    def _advisor_default(self) -> str:
        return self.form.advisor_edit.text().strip() or self.profile.service_advisor

    # -- autosave ---------------------------------------------------------------------------
    def on_form_field_changed(self, field: str) -> None:
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
            self.refresh_profile()
            self.saved.emit(self.customer_id)
        if problems:
            self.set_status("failed", validation_text(problems[0]))
        else:
            self.set_status("saved" if saved else "")

    def _core_form(self, keep_saved: set[str], birthday: date | None) -> CustomerForm:
        d = self._detail
        saved: dict[str, Any] = {
            "name": d.name,
            "salutation": d.salutation,
            "kind": d.kind,
            "phone": d.phones,
            "address": d.address,
            "messaging_id": d.messaging_id,
            "notes": d.notes,
            "id_number": ("", ""),  # the stored number stays (see update_keeping_id_number)
        }
        typed = self.form.core_values()
        v = {k: saved[k] if k in keep_saved else typed[k] for k in typed}
        return CustomerForm(
            name=v["name"],
            phones=tuple(v["phone"]),
            salutation=v["salutation"],
            kind=v["kind"],
            address=v["address"],
            birthday=birthday,
            messaging_id=v["messaging_id"],
            notes=v["notes"],
            id_type=v["id_number"][0],
            id_number=v["id_number"][1],
            assigned_user_id=d.assigned_user_id,
        )

    def _save_core(self, problems: list[ValidationError]) -> bool:
        """Save the core fields; a refused field falls back to its saved value, the rest go."""
        errors: list[ValidationError] = []
        keep: set[str] = set()
        try:
            birthday = self.form.birthday.value()
        except ValidationError as exc:
            errors.append(exc)
            birthday = self._detail.birthday
        detail: CustomerDetail | None = None
        for _attempt in range(len(CORE_FIELDS) + 1):
            form = self._core_form(keep, birthday)
            if _unchanged(form, self._detail, self.ctx.region):
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
                    break  # nothing left to fall back to
                keep |= fields
                if "birthday" in fields:
                    birthday = self._detail.birthday
        self.form.show_errors(CORE_FIELDS, errors)
        problems += errors
        if detail is None:
            return False
        self._detail, self._version = detail, detail.version
        if "id_number" not in keep and self.form.id_number_edit.text():
            self.form.clear_id_number()  # replaced: shown masked from now on
        return True

    def _save_archive(self, problems: list[ValidationError]) -> bool:
        errors: list[ValidationError] = []
        keep: set[str] = set()
        services = self.ctx.services
        saved = False
        typed, parse_errors = self.form.archive_values(self._archive_saved)
        errors += parse_errors
        for _attempt in range(len(ARCHIVE_FIELDS) + 1):
            form = replace(typed, **{f: getattr(self._archive_saved, f) for f in keep})
            if form == self._archive_saved:
                break
            # save_archive has no version check of its own: compare before writing
            if services.customers.get(self.customer_id).version != self._version:
                raise StaleRecord("changed at another desk")
            try:
                services.archive.save_archive(self.customer_id, form)
            except ValidationErrors as exc:
                errors += exc.errors
                fields = {e.field for e in exc.errors}
                if not fields <= set(ARCHIVE_FIELDS) or fields <= keep:
                    break
                keep |= fields
                continue
            self._archive_saved = form
            self._version = services.customers.get(self.customer_id).version
            saved = True
            break
        self.form.show_errors(ARCHIVE_FIELDS, errors)
        problems += errors
        return saved

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
    def on_form_consent_toggled(self, kind: str, given: bool) -> None:
        """A consent is recorded at once, with the date and who recorded it."""
        try:
            self._detail = self.ctx.services.customers.set_consent(self.customer_id, kind, given)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            self.form.set_consent_box(kind, not given)
            return
        self._version = self._detail.version
        self.form.show_detail(self._detail)
        self.set_status("saved")

    def on_archive_button_clicked(self) -> None:
        self.flush()
        try:
            self.ctx.services.archive.complete_archive(self.customer_id)
            # completing stamps the customer record: continue from its new version
            self._version = self.ctx.services.customers.get(self.customer_id).version
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.refresh_profile()
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


def _unchanged(form: CustomerForm, d: CustomerDetail, region: Region) -> bool:
    """Nothing of the core record changed (so no write, and no new version)."""
    phones = tuple(p for p in form.phones if p.strip())
    return (
        " ".join(form.name.split()) == d.name
        and form.salutation == d.salutation
        and form.kind == d.kind
        and phones in (d.phones, tuple(labels.phone(e, region) for e in d.phones))
        and form.address.strip() == d.address
        and form.birthday == d.birthday
        and form.messaging_id.strip() == d.messaging_id
        and form.notes == d.notes
        and not form.id_number.strip()
    )
