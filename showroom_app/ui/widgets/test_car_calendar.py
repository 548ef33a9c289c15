"""One day of the test cars: a column per car, its bookings as blocks, a slot to pick.

The widget only paints what it is given (columns, blocks) and reports the slot the user
picks — with the mouse (click a free time; double-click books) or the keyboard (arrows
move by car and by quarter hour, Home/End jump to the first/last slot, Enter books).
Whether a slot is really free is the service's decision; the widget merely marks a
selection that overlaps a block it knows of in red.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLine, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

FIRST_HOUR = 8
LAST_HOUR = 21  # the day view ends at 21:00
STEP_MINUTES = 15
HOUR_PX = 36
HEADER_PX = 40
TIME_PX = 52
COLUMN_PX = 136

#: Block styles: fill, border, text.
STYLES: dict[str, tuple[str, str, str]] = {
    "own": ("#bbdefb", "#1565c0", "#0d3c75"),  # this opportunity's test drives
    "own_done": ("#c8e6c9", "#2e7d32", "#1b4d1e"),  # … finished
    "other": ("#e0e0e0", "#757575", "#333333"),  # other customers' test drives
    "appointment": ("#ffe0b2", "#ef6c00", "#6d3500"),  # appointments with the car
}


@dataclass(frozen=True)
class CalendarColumn:
    car_id: int
    title: str  # plate
    subtitle: str  # model


@dataclass(frozen=True)
class CalendarBlock:
    car_id: int
    start: datetime
    end: datetime
    text: str
    style: str = "other"
    record_id: int | None = None  # this opportunity's test drive, for ``block_clicked``


class TestCarCalendar(QWidget):
    """``slot_changed`` when the selection moves, ``slot_activated`` on Enter or a
    double-click (book it), ``block_clicked(test_drive_id)`` on one of this customer's
    bookings."""

    __test__ = False  # not a pytest test class despite the name

    slot_changed = Signal()
    slot_activated = Signal()
    block_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_drive_calendar")
        self.setAccessibleName("test_drive_calendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.day = date.today()
        self.columns: list[CalendarColumn] = []
        self.blocks: list[CalendarBlock] = []
        self.duration = 30
        self.empty_text = ""
        self._car: int | None = None
        self._start: datetime | None = None
        self._grid: QPixmap | None = None
        self._gutter: QPixmap | None = None

    # -- content ------------------------------------------------------------------------------
    def set_day(
        self, day: date, columns: list[CalendarColumn], blocks: list[CalendarBlock]
    ) -> None:
        """Show ``day``; the selection keeps its car and time of day where it can."""
        old_time = self._start.time() if self._start else None
        self.day = day
        self.columns = list(columns)
        self.blocks = list(blocks)
        ids = [c.car_id for c in self.columns]
        car = self._car if self._car in ids else (ids[0] if ids else None)
        start = datetime.combine(day, old_time) if old_time else self._default_start()
        self._set_selection(car, start if car is not None else None)
        self.updateGeometry()
        self.adjustSize()
        self._invalidate()

    def set_duration(self, minutes: int) -> None:
        self.duration = max(STEP_MINUTES, minutes)
        self._set_selection(self._car, self._start)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._grid = self._gutter = None
        super().changeEvent(event)

    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self._invalidate()

    def _default_start(self) -> datetime:
        """The next quarter hour today (within the day view), 10:00 on other days."""
        now = datetime.now()
        if self.day == now.date():
            minutes = (now.hour * 60 + now.minute + STEP_MINUTES - 1) // STEP_MINUTES
            start = datetime.combine(self.day, time()) + timedelta(minutes=minutes * STEP_MINUTES)
        else:
            start = datetime.combine(self.day, time(10))
        return self._clamp(start)

    def _clamp(self, start: datetime) -> datetime:
        first = datetime.combine(self.day, time(FIRST_HOUR))
        last = datetime.combine(self.day, time(LAST_HOUR)) - timedelta(minutes=self.duration)
        return max(first, min(start, max(first, last)))

    # -- selection ------------------------------------------------------------------------------
    def selection(self) -> tuple[int, datetime] | None:
        if self._car is None or self._start is None:
            return None
        return self._car, self._start

    def select(self, car_id: int, start: datetime) -> None:
        self._set_selection(car_id, start)

    def selection_end(self) -> datetime | None:
        return None if self._start is None else self._start + timedelta(minutes=self.duration)

    def selection_clashes(self) -> bool:
        chosen = self.selection()
        end = self.selection_end()
        if chosen is None or end is None:
            return False
        car, start = chosen
        return any(b.car_id == car and b.start < end and start < b.end for b in self.blocks)

    def column_of(self, car_id: int) -> CalendarColumn | None:
        return next((c for c in self.columns if c.car_id == car_id), None)

    def _set_selection(self, car: int | None, start: datetime | None) -> None:
        self._car = car
        self._start = self._clamp(start) if start is not None else None
        self.update()
        self.slot_changed.emit()

    # -- geometry -------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        width = TIME_PX + max(1, len(self.columns)) * COLUMN_PX + 1
        return QSize(width, HEADER_PX + (LAST_HOUR - FIRST_HOUR) * HOUR_PX + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _y(self, when: datetime) -> int:
        minutes = (when - datetime.combine(self.day, time(FIRST_HOUR))).total_seconds() / 60
        minutes = max(0.0, min(minutes, (LAST_HOUR - FIRST_HOUR) * 60))
        return HEADER_PX + round(minutes * HOUR_PX / 60)

    def _rect(self, car_id: int, start: datetime, end: datetime) -> QRect | None:
        index = next((i for i, c in enumerate(self.columns) if c.car_id == car_id), None)
        if index is None:
            return None
        top, bottom = self._y(start), self._y(end)
        if bottom <= top:
            return None
        return QRect(TIME_PX + index * COLUMN_PX + 3, top + 1, COLUMN_PX - 6, bottom - top - 2)

    def column_rect(self, car_id: int) -> QRect | None:
        """The column's area under the header (for tests that click into it)."""
        index = next((i for i, c in enumerate(self.columns) if c.car_id == car_id), None)
        if index is None:
            return None
        return QRect(TIME_PX + index * COLUMN_PX, HEADER_PX, COLUMN_PX, self.height() - HEADER_PX)

    def point_for(self, car_id: int, when: datetime) -> QPoint | None:
        rect = self.column_rect(car_id)
        return None if rect is None else QPoint(rect.center().x(), self._y(when) + 2)

    def _hit(self, pos: QPoint) -> tuple[int, datetime] | None:
        left = max(0, self.visibleRegion().boundingRect().x())
        if pos.x() < left + TIME_PX or pos.x() < TIME_PX or pos.y() < HEADER_PX:
            return None
        if not self.columns:
            return None
        index = (pos.x() - TIME_PX) // COLUMN_PX
        if index >= len(self.columns):
            return None
        minutes = (pos.y() - HEADER_PX) * 60 / HOUR_PX
        steps = int(minutes // STEP_MINUTES)
        start = datetime.combine(self.day, time(FIRST_HOUR)) + timedelta(
            minutes=steps * STEP_MINUTES
        )
        return self.columns[index].car_id, start

    # -- painting -------------------------------------------------------------------------------
    # The grid, the headers and the blocks are drawn once into a pixmap whenever the content
    # changes; a paint event only copies it and adds the selection and the hours. This keeps
    # repaints cheap (scrolling, moving the selection) and the number of painter calls small:
    # PySide6 6.12 on Python 3.11 leaks a reference to None on every call of a method that
    # returns nothing, which ends the interpreter once enough have piled up.
    def _invalidate(self) -> None:
        self._grid = None
        self.update()

    def _pixmap(self, width: int, height: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("#ffffff"))
        return pixmap

    def _render_grid(self) -> QPixmap:
        size = self.sizeHint()
        pixmap = self._pixmap(size.width(), size.height())
        p = QPainter(pixmap)
        fm = QFontMetrics(self.font())
        height = HEADER_PX + (LAST_HOUR - FIRST_HOUR) * HOUR_PX
        width = TIME_PX + len(self.columns) * COLUMN_PX
        hours = range(FIRST_HOUR, LAST_HOUR + 1)
        p.setPen(QPen(QColor("#efefef")))
        halves = [HEADER_PX + (h - FIRST_HOUR) * HOUR_PX + HOUR_PX // 2 for h in hours[:-1]]
        p.drawLines([QLine(TIME_PX, y, width, y) for y in halves])
        p.setPen(QPen(QColor("#d5d5d5")))
        lines = [
            QLine(TIME_PX, y, width, y)
            for y in (HEADER_PX + (h - FIRST_HOUR) * HOUR_PX for h in hours)
        ]
        lines += [
            QLine(TIME_PX + i * COLUMN_PX, 0, TIME_PX + i * COLUMN_PX, height)
            for i in range(len(self.columns) + 1)
        ]
        p.drawLines(lines)
        text_width = COLUMN_PX - 8
        if not self.columns:
            p.setPen(QColor("#555555"))
            p.drawText(
                QRect(TIME_PX, 0, max(COLUMN_PX, self.width() - TIME_PX), height),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#111111"))
        bold_fm = QFontMetrics(bold)
        for i, column in enumerate(self.columns):
            title = bold_fm.elidedText(column.title, Qt.TextElideMode.ElideRight, text_width)
            x = TIME_PX + i * COLUMN_PX + 4
            p.drawText(QRect(x, 2, text_width, HEADER_PX // 2), Qt.AlignmentFlag.AlignLeft, title)
        p.setFont(self.font())
        p.setPen(QColor("#555555"))
        for i, column in enumerate(self.columns):
            sub = fm.elidedText(column.subtitle, Qt.TextElideMode.ElideRight, text_width)
            x = TIME_PX + i * COLUMN_PX + 4
            box = QRect(x, HEADER_PX // 2, text_width, HEADER_PX // 2)
            p.drawText(box, Qt.AlignmentFlag.AlignLeft, sub)
        for block in self.blocks:
            rect = self._rect(block.car_id, block.start, block.end)
            if rect is None:
                continue
            fill, border, ink = STYLES.get(block.style, STYLES["other"])
            p.setPen(QPen(QColor(border), 1))
            p.setBrush(QColor(fill))
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(QColor(ink))
            label = f"{block.start:%H:%M} {block.text}"
            p.drawText(
                rect.adjusted(4, 1, -3, -1),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, rect.width() - 7),
            )
        p.end()
        return pixmap

    def _render_gutter(self) -> QPixmap:
        height = HEADER_PX + (LAST_HOUR - FIRST_HOUR) * HOUR_PX
        pixmap = self._pixmap(TIME_PX, height + 1)
        p = QPainter(pixmap)
        fm = QFontMetrics(self.font())
        p.setPen(QPen(QColor("#d5d5d5")))
        ys = [HEADER_PX + (h - FIRST_HOUR) * HOUR_PX for h in range(FIRST_HOUR, LAST_HOUR + 1)]
        p.drawLines(
            [QLine(TIME_PX - 1, 0, TIME_PX - 1, height)]
            + [QLine(TIME_PX - 6, y, TIME_PX, y) for y in ys]
        )
        p.setPen(QColor("#555555"))
        for hour, y in zip(range(FIRST_HOUR, LAST_HOUR + 1), ys, strict=True):
            p.drawText(
                QRect(0, y - fm.height() // 2, TIME_PX - 10, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        p.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._grid is None:
            self._grid = self._render_grid()
        if self._gutter is None:
            self._gutter = self._render_gutter()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._grid)
        chosen = self.selection()
        end = self.selection_end()
        if chosen is not None and end is not None:
            rect = self._rect(chosen[0], chosen[1], end)
            if rect is not None:
                colour = QColor("#c62828" if self.selection_clashes() else "#2e7d32")
                pen = QPen(colour, 3 if self.hasFocus() else 2, Qt.PenStyle.DashLine)
                shade = QColor(colour.red(), colour.green(), colour.blue(), 40)
                p.setPen(pen)
                p.setBrush(shade)
                p.drawRect(rect.adjusted(-1, -1, 1, 1))
        # the hours stay at the visible left edge when the cars scroll sideways
        p.drawPixmap(max(0, self.visibleRegion().boundingRect().x()), 0, self._gutter)
        p.end()

    def gutter_scrolled(self, *_args: object) -> None:
        """Connect to the horizontal scroll bar: repaint so that the hours move along (the
        scroll area would otherwise only paint the newly exposed strip)."""
        self.update()

    # -- input ----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        hit = self._hit(pos)
        if hit is not None:
            own = self._own_block_at(*hit)
            self._set_selection(*hit)
            if own is not None:
                self.block_clicked.emit(own)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if hit is not None and self._own_block_at(*hit) is None:
            self._set_selection(*hit)
            self.slot_activated.emit()
        super().mouseDoubleClickEvent(event)

    def _own_block_at(self, car_id: int, when: datetime) -> int | None:
        for b in self.blocks:
            if b.car_id == car_id and b.record_id is not None and b.start <= when < b.end:
                return b.record_id
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        chosen = self.selection()
        if chosen is None:
            super().keyPressEvent(event)
            return
        car, start = chosen
        ids = [c.car_id for c in self.columns]
        step = timedelta(minutes=STEP_MINUTES)
        if key == Qt.Key.Key_Up:
            self._set_selection(car, start - step)
        elif key == Qt.Key.Key_Down:
            self._set_selection(car, start + step)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            index = ids.index(car) + (1 if key == Qt.Key.Key_Right else -1)
            self._set_selection(ids[max(0, min(len(ids) - 1, index))], start)
        elif key == Qt.Key.Key_Home:
            self._set_selection(car, datetime.combine(self.day, time(FIRST_HOUR)))
        elif key == Qt.Key.Key_End:
            self._set_selection(car, datetime.combine(self.day, time(LAST_HOUR)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.slot_activated.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        # arrows move the slot instead of the keyboard focus
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.keyPressEvent(event)
                return True
        return super().event(event)


__all__ = ["CalendarBlock", "CalendarColumn", "TestCarCalendar"]
