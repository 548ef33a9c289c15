"""The daily readiness checklist (sales kit, showroom cars, test car…), kept per day.

Its items are the prospecting stage's checklist of the dealership's process, so they are
edited with the process. Ticking saves at once, with who and when.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from showroom_app.domain.errors import ShowroomError
from showroom_app.services.appointments import ReadinessItem, ReadinessState
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import texts
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import name_widget


class ReadinessBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = date.today()
        self.state: ReadinessState | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLabel] = {}
        self.stamps: dict[str, QLabel] = {}
        self.setObjectName("today_readiness")
        outer = QVBoxLayout(self)
        self.progress = QLabel(self)
        self.progress.setObjectName("today_readiness_progress")
        outer.addWidget(self.progress)
        self.items = QWidget(self)
        self.grid = QGridLayout(self.items)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        outer.addWidget(self.items)
        self.empty = QLabel(self)
        self.empty.setObjectName("today_readiness_empty")
        self.empty.hide()
        outer.addWidget(self.empty)
        outer.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("The process has no readiness items."))
        if self.state is not None:
            self._show(self.state)
        else:
            self.setTitle(self.tr("Daily readiness"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "empty"):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state --------------------------------------------------------------------------------
    def show_day(self, day: date) -> None:
        self.day = day
        try:
            state = self.ctx.services.appointments.readiness(day)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Cannot show the checklist"), str(exc))
            return
        self._build(state)

    def _build(self, state: ReadinessState) -> None:
        codes = [i.code for i in state.items]
        if codes != list(self.boxes):  # the process changed: rebuild the rows
            for widget in [*self.boxes.values(), *self.texts.values(), *self.stamps.values()]:
                widget.deleteLater()
            self.boxes, self.texts, self.stamps = {}, {}, {}
            for row, code in enumerate(codes):
                box = name_widget(QCheckBox(self.items), f"today_readiness_{code}")
                box.toggled.connect(lambda checked, c=code: self.on_item_toggled(c, checked))
                text = QLabel(self.items)
                text.setObjectName(f"today_readiness_{code}_value")
                text.setWordWrap(True)
                text.setTextFormat(Qt.TextFormat.PlainText)
                stamp = QLabel(self.items)
                stamp.setObjectName(f"today_readiness_{code}_stamp")
                stamp.setStyleSheet("color: #1b5e20; font-size: 9pt;")
                self.grid.addWidget(box, row * 2, 0, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(text, row * 2, 1)
                self.grid.addWidget(stamp, row * 2 + 1, 1)
                self.boxes[code], self.texts[code], self.stamps[code] = box, text, stamp
        self._show(state)

    def _show(self, state: ReadinessState) -> None:
        self.state = state
        language = self.ctx.language
        for item in state.items:
            box = self.boxes[item.code]
            box.blockSignals(True)
            box.setChecked(item.done)
            box.blockSignals(False)
            text = texts.local(item.text, language)
            self.texts[item.code].setText(text)
            box.setAccessibleDescription(text)
            stamp = self._stamp(item)
            self.stamps[item.code].setText(stamp)
            self.stamps[item.code].setVisible(bool(stamp))
        done = sum(1 for i in state.items if i.done)
        self.setTitle(self.tr("Daily readiness · %1").replace("%1", labels.day(state.day)))
        self.progress.setText(
            self.tr("%1 of %2 ready").replace("%1", str(done)).replace("%2", str(len(state.items)))
        )
        self.empty.setVisible(not state.items)

    def _stamp(self, item: ReadinessItem) -> str:
        if not item.done or item.at is None:
            return ""
        return (
            self.tr("✓ %1 at %2")
            .replace("%1", item.by_name or "—")
            .replace("%2", item.at.strftime("%H:%M"))
        )

    # -- slots --------------------------------------------------------------------------------
    def on_item_toggled(self, code: str, checked: bool) -> None:
        try:
            self.ctx.services.appointments.set_readiness(self.day, code, checked)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
        self.show_day(self.day)
