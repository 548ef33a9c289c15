"""Saving by itself: shortly after typing pauses, and never long after the first change.

A crash must lose nothing typed more than ``deadline_ms`` earlier, however long the user
keeps typing; the debounce avoids a write per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class AutoSaver(QObject):
    """Collects which sections changed and calls ``save(sections)`` once typing pauses."""

    def __init__(
        self,
        save: Callable[[set[str]], None],
        parent: QObject,
        *,
        name: str = "autosave",
        debounce_ms: int = 800,
        deadline_ms: int = 1800,  # + the write itself: within two seconds
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.dirty: set[str] = set()
        self.timer = QTimer(self)  # restarted by every change
        self.timer.setObjectName(f"{name}_timer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.deadline = QTimer(self)  # started by the first unsaved change only
        self.deadline.setObjectName(f"{name}_deadline")
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(deadline_ms)
        self.timer.timeout.connect(self.flush)
        self.deadline.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return bool(self.dirty)

    def touch(self, section: str) -> None:
        self.dirty.add(section)
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def flush(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        if not self.dirty:
            return
        sections = set(self.dirty)
        self.dirty.clear()
        self._save(sections)

    def discard(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        self.dirty.clear()
