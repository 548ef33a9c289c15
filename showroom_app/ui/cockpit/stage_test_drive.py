"""Stage 5 — 試乘試駕 (test drive): the test-car calendar, the licence gate, the agreement,
the drive out and back, and the customer's feedback (DOMAIN.md §4.5).

How each part is saved:

* Booking: "Book this slot" (or Enter / double-click in the calendar) books at once. An
  overlap is refused by the service, shown at the calendar, and nothing is saved.
* Licence: saved by "Check licence", which stores the facts with the gate's verdict.
  A failed rule is shown in red at its field; nothing on this page bypasses it.
* Route and accompanying staff: autosave (0.8 s after typing pauses, at most 1.8 s while
  typing on); they print on the agreement.
* Agreement: every print or preview is logged; "Mark signed" (offered only once this
  booking's agreement was printed or previewed) saves at once.
* Odometer out / in: saved by "Start drive" / "Finish drive".
* Feedback: autosaves once the car is out, and is saved with "Finish drive".

Whatever was typed but not saved yet (licence data not checked, odometer readings, a plan
or feedback the service refused) is kept as a draft of the selected test drive and put
back, with a note, when the page opens again. ``changed`` follows every save, so the
cockpit header (stage bar, intent suggestion) follows a finished drive.

Parts: ``stage_test_drive_slots`` (the calendar section), ``_licence`` (the gate's form),
``_steps`` (agreement, drive, feedback), ``_print`` (the agreement preview), ``_saving``
(autosave and drafts) and ``_actions`` (what the buttons do).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.services.cockpit import CockpitView
from showroom_app.services.test_drives import TestDriveRow
from showroom_app.ui import labels
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_test_drive_actions import TestDriveActions
from showroom_app.ui.cockpit.stage_test_drive_licence import LicenceForm
from showroom_app.ui.cockpit.stage_test_drive_saving import LIVE
from showroom_app.ui.cockpit.stage_test_drive_slots import CalendarSection
from showroom_app.ui.cockpit.stage_test_drive_steps import AgreementBox, DriveBox, FeedbackBox
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return TestDrivePanel(ctx, opportunity_id, parent)


class TestDrivePanel(TestDriveActions):
    __test__ = False  # not a pytest test class despite the name

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("test_drive_panel")
        self.policy = ctx.services.test_drives.policy()
        self.preview = None
        self.finish_setup()
        self.reload()
        self._restore_draft()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 6)
        self.draft_note = QLabel(self)
        self.draft_note.setObjectName("status_test_drive_draft")
        self.draft_note.setStyleSheet("color: #7a4f00; font-style: italic;")
        self.draft_note.hide()
        outer.addWidget(self.draft_note)
        self.calendar_section = CalendarSection(self.ctx, self.opportunity_id, self.policy, self)
        self.calendar_section.book_requested.connect(self.on_book_requested)
        self.calendar_section.drive_clicked.connect(self.select_drive)
        outer.addWidget(self.calendar_section)

        self.list_box = QGroupBox(self)
        self.list_box.setObjectName("test_drive_list_box")
        box = QVBoxLayout(self.list_box)
        self.table = name_widget(QTableWidget(0, 5, self.list_box), "test_drive_list")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.currentCellChanged.connect(self.on_table_current_changed)
        self.empty_label = QLabel(self.list_box)
        self.empty_label.setObjectName("status_test_drive_empty")
        self.cancel_button = name_widget(QPushButton(self.list_box), "test_drive_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.list_error = FieldError("test_drive_list", self.list_box)
        box.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.empty_label)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        box.addWidget(self.list_error)
        outer.addWidget(self.list_box)

        self.steps = QWidget(self)
        self.steps.setObjectName("test_drive_steps")
        grid = QGridLayout(self.steps)
        grid.setContentsMargins(0, 0, 0, 0)
        self.licence = LicenceForm(self.ctx.region, self.steps)
        self.agreement = AgreementBox(self.steps)
        self.drive = DriveBox(self.steps)
        self.feedback = FeedbackBox(self.steps)
        self.drive.route_km = self.policy.route_length_km
        grid.addWidget(self.licence, 0, 0)
        grid.addWidget(self.agreement, 0, 1)
        grid.addWidget(self.drive, 1, 0)
        grid.addWidget(self.feedback, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addWidget(self.steps)

        self.licence.edited.connect(lambda: self._touch("licence"))
        self.licence.check_requested.connect(self.on_check_licence)
        self.agreement.plan_edited.connect(lambda: self._touch("plan"))
        self.agreement.print_requested.connect(self.on_print_requested)
        self.agreement.sign_requested.connect(self.on_sign_requested)
        self.drive.edited.connect(lambda: self._touch("odometer"))
        self.drive.start_requested.connect(self.on_start_requested)
        self.drive.finish_requested.connect(self.on_finish_requested)
        self.feedback.edited.connect(lambda: self._touch("feedback"))
        staff = [u.name for u in self.ctx.services.settings.users()]
        self.agreement.set_choices(self.policy.routes, [self.ctx.user.name, *staff])

    def retranslate_ui(self) -> None:
        self.draft_note.setText(self.tr("Unsaved input restored — check it and save it."))
        self.list_box.setTitle(self.tr("Test drives of this opportunity"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Slot"), self.tr("Test car"), self.tr("Status"), self.tr("Licence"),
             self.tr("Agreement")]
        )  # fmt: skip
        self.empty_label.setText(self.tr("No test drive booked yet: pick a slot above."))
        self.cancel_button.setText(self.tr("Cancel booking"))
        for widget in (self.calendar_section, self.licence, self.agreement, self.drive):
            widget.retranslate_ui()
        self.feedback.retranslate_ui()
        if self.overview is not None:
            self.reload()

    # -- loading ------------------------------------------------------------------------------
    def show_view(self, view: CockpitView) -> None:
        super().show_view(view)
        self.reload()

    def reload(self) -> None:
        """Re-read the drives and the calendar; fields are loaded only when another test
        drive is selected, so nothing being typed is overwritten."""
        try:
            self.overview = self.ctx.services.test_drives.overview(self.opportunity_id)
        except ShowroomError as exc:
            self.list_error.set_error(str(exc))
            return
        drives = self.overview.drives
        if self.row() is None:
            pool = [d for d in drives if d.status in LIVE] or list(drives)
            self.current_id = pool[0].test_drive_id if pool else None
        self._fill_table()
        current = self.row()
        if current is None or current.test_drive_id != self._loaded_id:
            self._load_fields(current)
        self._show_state(current)
        self.calendar_section.refresh(self.overview)

    def _fill_table(self) -> None:
        assert self.overview is not None
        drives = self.overview.drives
        self.table.blockSignals(True)
        self.table.setRowCount(len(drives))
        for r, d in enumerate(drives):
            cells = [
                f"{labels.day(d.starts_at.date())} {d.starts_at:%H:%M}–{d.ends_at:%H:%M}",
                f"{d.plate} · {d.model.for_language(self.ctx.language)}",
                self._status_text(d.status),
                self.tr("✓ passed") if d.licence_ok else (
                    self.tr("✗ failed") if d.licence_checked_at else self.tr("— not checked")),
                self.tr("✓ signed") if d.agreement_signed_at else (
                    self.tr("printed") if d.agreement_printed else "—"),
            ]  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.test_drive_id)
                self.table.setItem(r, c, item)
            if d.test_drive_id == self.current_id:
                self.table.setCurrentCell(r, 0)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(r) for r in range(min(len(drives), 4)))
        self.table.setFixedHeight(header + max(rows, 24) + 4)
        self.table.blockSignals(False)
        self.table.setVisible(bool(drives))
        self.empty_label.setVisible(not drives)

    def _status_text(self, status: str) -> str:
        names = {
            "booked": self.tr("Booked"),
            "started": self.tr("On the road"),
            "finished": self.tr("Finished"),
            "cancelled": self.tr("Cancelled"),
        }
        return names.get(status, status)

    def _load_fields(self, row: TestDriveRow | None) -> None:
        self._loaded_id = row.test_drive_id if row else None
        self._unsaved.clear()
        birthday = self.overview.customer_birthday if self.overview else None
        self.licence.load(row, birthday)
        if row is None:
            return
        staff = row.accompanied_by or (self.ctx.user.name if row.status == "booked" else "")
        self.agreement.set_plan(row.route, staff)
        odo_out = row.odo_out if row.odo_out is not None else (row.car_odometer or 0)
        self.drive.set_values(odo_out, row.odo_in if row.odo_in is not None else odo_out)
        self.drive.show_warning("")
        self.feedback.set_values(dict(row.ratings), row.notes)
        self.licence.show_verdict(row.licence_checked_at is not None, self._problems(row))

    def _problems(self, row: TestDriveRow) -> dict[str, str]:
        found: dict[str, list[str]] = {}
        for problem in row.licence_problems:
            found.setdefault(problem.field, []).append(validation_text(problem.to_error()))
        return {f: "\n".join(texts) for f, texts in found.items()}

    def _show_state(self, row: TestDriveRow | None) -> None:
        self.steps.setVisible(row is not None)
        self.cancel_button.setEnabled(row is not None and row.status == "booked")
        if row is None:
            return
        self.licence.set_editable(row.status == "booked")
        self.agreement.show_row(row)
        self.drive.show_row(row)
        self.feedback.setEnabled(row.status in ("started", "finished"))

    def select_drive(self, test_drive_id: int) -> None:
        if test_drive_id == self.current_id or self.row(test_drive_id) is None:
            return
        self.saver.flush()  # what was typed for the previous drive is saved first
        self.current_id = test_drive_id
        self.reload()

    def on_table_current_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        drive_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.select_drive(drive_id)
        chosen = self.row(drive_id)
        if chosen is not None:
            self.calendar_section.show_drive(chosen)


__all__ = ["TestDrivePanel", "create_panel"]
