"""Stage 2 — 客戶接待: this opportunity's traffic log (visits and calls) with "Customer
arrived" / "Customer left", and the selected visit's fields, which save themselves.

First or return visit is derived by the service from history. A departure before the
arrival is refused at the field and nothing is saved; the typed values are kept as a draft
and put back when the cockpit opens again.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.cockpit import CockpitView
from showroom_app.services.visits import TrafficRow
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_reception_texts as rt
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_reception_editor import VisitEditor
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets.forms import FieldError, name_widget

TICK_MS = 60_000  # "time since arrival" moves on once a minute


class ReceptionPanel(StagePanel):
    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.rows: list[TrafficRow] = []
        self.clock = datetime.now  # tests pin "now"
        self.finish_setup()
        self.reload()
        self._select(self.rows[0] if self.rows else None)
        self._restore_draft()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.arrived_button = name_widget(QPushButton(self), "reception_arrived")
        self.left_button = name_widget(QPushButton(self), "reception_left")
        for button in (self.arrived_button, self.left_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        self.arrived_button.clicked.connect(self.on_arrived_button_clicked)
        self.left_button.clicked.connect(self.on_left_button_clicked)
        self.here_label = QLabel(self)
        self.here_label.setObjectName("status_reception_here")
        actions.addWidget(self.here_label, 1)
        outer.addLayout(actions)
        self.action_error = FieldError("reception_action", self)
        outer.addWidget(self.action_error)
        self.table = make_table(self, "reception_visits")
        self.model: RowsModel[TrafficRow] = RowsModel(
            [
                Column(
                    lambda: self.tr("Arrival"),
                    lambda v: f"{labels.day(v.started_at.date())} {rt.clock(v.started_at)}",
                ),
                Column(lambda: self.tr("Departure"), lambda v: rt.clock(v.ended_at)),
                Column(lambda: self.tr("Duration"), self._duration),
                Column(lambda: self.tr("Visit"), lambda v: rt.visit_kind(v.kind, v.first_visit)),
                Column(lambda: self.tr("Party"), lambda v: v.party_size, align_right=True),
                Column(lambda: self.tr("Companions"), lambda v: v.companions),
                Column(lambda: self.tr("Invited"), lambda v: rt.yes_no(v.invited)),
                Column(
                    lambda: self.tr("Contact captured"), lambda v: rt.yes_no(v.captured_contact)
                ),
                Column(lambda: self.tr("Summary"), lambda v: v.summary.replace("\n", " ")),
                Column(lambda: self.tr("Next step"), lambda v: v.next_step),
            ],
            self,
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in enumerate((130, 70, 90, 90, 50, 130, 80, 120, 200)):
            header.resizeSection(column, width)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(180)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        outer.addWidget(self.table)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("reception_empty")
        self.empty_label.setStyleSheet("color: #666666;")
        outer.addWidget(self.empty_label)
        self.editor = VisitEditor(self)
        self.editor.edited.connect(self.schedule_autosave)
        outer.addWidget(self.editor)
        self.draft_note = QLabel(self)
        self.draft_note.setObjectName("reception_draft_note")
        self.draft_note.setStyleSheet("color: #7a4f00;")
        self.draft_note.hide()
        outer.addWidget(self.draft_note)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.on_ticker_timeout)
        self.ticker.start()

    def retranslate_ui(self) -> None:
        self.arrived_button.setText(self.tr("Customer &arrived"))
        self.arrived_button.setToolTip(self.tr("Log the arrival now in the traffic log"))
        self.left_button.setText(self.tr("Customer &left"))
        self.left_button.setToolTip(self.tr("Log the departure now"))
        self.empty_label.setText(self.tr("No visit or call logged yet."))
        self.draft_note.setText(self.tr("Unsaved input restored"))
        self.editor.retranslate_ui()
        self.model.retranslate()
        self._show_here()

    # -- state --------------------------------------------------------------------------------
    def _duration(self, v: TrafficRow) -> str:
        return rt.duration(v.minutes(self.clock()))

    def reload(self) -> None:
        """The traffic log again (derived columns); the selection and the fields stay."""
        try:
            self.rows = self.ctx.services.visits.visits(self.opportunity_id)
        except ShowroomError:
            self.rows = []
        current = self.editor.interaction_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(self.rows)
        for i, row in enumerate(self.rows):
            if row.interaction_id == current:
                self.table.selectionModel().select(
                    self.model.index(i, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.table.selectionModel().blockSignals(False)
        self.empty_label.setVisible(not self.rows)
        self._show_here()

    def here_now(self) -> TrafficRow | None:
        """Today's visit of this customer still open (they are in the showroom)."""
        today = self.clock().date()
        return next((r for r in self.rows if r.in_showroom and r.started_at.date() == today), None)

    def _show_here(self) -> None:
        here = self.here_now()
        self.arrived_button.setEnabled(here is None)
        self.left_button.setEnabled(here is not None)
        if here is None:
            self.here_label.setText(self.tr("Not in the showroom now."))
        else:
            self.here_label.setText(
                self.tr("In the showroom since %1 (%2)")
                .replace("%1", rt.clock(here.started_at))
                .replace("%2", rt.duration(here.minutes(self.clock())))
            )

    def _select(self, row: TrafficRow | None) -> None:
        self.editor.load(row, self._contact_text(row))
        if row is not None and row in self.rows:
            self.table.selectRow(self.rows.index(row))

    def _contact_text(self, row: TrafficRow | None) -> str:
        if row is None:
            return ""
        return self.tr("Contact captured: %1").replace("%1", rt.yes_no(row.captured_contact))

    def _restore_draft(self) -> None:
        draft = self.ctx.services.drafts.load(self.draft_key)
        if draft is None:
            return
        wanted = draft.payload.get("interaction_id")
        row = next((r for r in self.rows if r.interaction_id == wanted), None)
        if row is None:
            self.ctx.services.drafts.discard(self.draft_key)  # the visit is gone
            return
        self._select(row)
        self.editor.restore(draft.payload)
        self.draft_note.show()
        self._autosave.stop()  # shown, not saved: the user sees the note and decides

    def show_view(self, view: CockpitView) -> None:
        super().show_view(view)
        self.reload()

    # -- saving -------------------------------------------------------------------------------
    def autosave(self) -> None:
        self._autosave.stop()
        visit_id = self.editor.interaction_id
        if visit_id is None:
            return
        for error in self.editor.errors.values():
            error.set_error("")
        try:
            self.ctx.services.visits.update_visit(visit_id, self.editor.edit())
        except ValidationError as exc:
            self.editor.show_error(exc.field, validation_text(exc))
            self._keep_draft()
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            self._keep_draft()
            return
        self.ctx.services.drafts.discard(self.draft_key)
        self.draft_note.hide()
        self.reload()
        self.changed.emit()

    def _keep_draft(self) -> None:
        try:
            self.ctx.services.drafts.save(
                self.draft_key, self.editor.payload(), customer_id=self.view_customer_id()
            )
        except ShowroomError:
            pass  # the message at the field already tells the user

    def view_customer_id(self) -> int | None:
        if self.view is not None:
            return self.view.customer_id
        return self.rows[0].customer_id if self.rows else None

    # -- slots --------------------------------------------------------------------------------
    def on_selection_changed(self, *_args: object) -> None:
        picked = self.table.selectionModel().selectedRows()
        if not picked:
            return
        row = self.model.row_at(picked[0].row())
        if row.interaction_id != self.editor.interaction_id:
            self.flush()  # what was typed for the previous visit is saved first
            self._select(row)

    def on_arrived_button_clicked(self) -> None:
        self.flush()
        self.action_error.set_error("")
        try:
            visit_id = self.ctx.services.visits.arrive(self.opportunity_id, at=self.clock())
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.reload()
        self._select(next((r for r in self.rows if r.interaction_id == visit_id), None))
        self.editor.party_spin.setFocus()
        self.changed.emit()

    def on_left_button_clicked(self) -> None:
        here = self.here_now()
        if here is None:
            return
        self.flush()
        self.action_error.set_error("")
        try:
            self.ctx.services.visits.depart(here.interaction_id, at=self.clock())
        except ValidationError as exc:
            self.action_error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.reload()
        self._select(next((r for r in self.rows if r.interaction_id == here.interaction_id), None))
        self.changed.emit()

    def on_ticker_timeout(self) -> None:
        self.model.retranslate()  # repaints the durations
        self._show_here()


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return ReceptionPanel(ctx, opportunity_id, parent)
