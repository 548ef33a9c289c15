"""Background work: run a callable off the UI thread, get its result back on the UI thread.

    task = run_task(work, on_success=show, on_failure=complain, context=self)

``work`` runs in a worker of a private ``QThreadPool`` and receives a ``TaskProgress``;
it calls ``progress.report(done, total)`` now and then. Its result (or exception) comes
back through queued signals, so ``on_success`` / ``on_failure`` / ``on_progress`` always
run on the UI thread and may touch widgets; ``work`` itself never may. ``task.cancel()``
makes the next ``report`` raise ``TaskCancelled``, which unwinds the work (transactions
roll back, files are cleaned up by their owners) and ends in ``on_cancelled``, not in
``on_failure``. When ``context`` (usually the page) is gone by the time the work ends,
the callbacks are skipped.

``run_with_progress`` adds a progress dialog with a Cancel button that only appears when
the work takes longer than half a second (STYLE.md §3).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

#: Milliseconds before a progress dialog appears (quick work never flashes one).
PROGRESS_DELAY_MS = 500

_pool: QThreadPool | None = None
_running: set[Task[Any]] = set()


class TaskCancelled(Exception):
    """Raised inside the work by ``TaskProgress.report`` after ``Task.cancel()``."""


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("showroom_tasks")
    return _pool


def wait_for_all(msecs: int = 30_000) -> bool:
    """Block until every background task has finished (shutdown and tests)."""
    return pool().waitForDone(msecs)


def running_count() -> int:
    return len(_running)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object, object)


class TaskProgress:
    """Handed to the work; safe to call from the worker thread."""

    def __init__(self, signals: _Signals, cancelled: threading.Event) -> None:
        self._signals = signals
        self._cancelled = cancelled

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled
        self._signals.progressed.emit(done, total)

    def check(self) -> None:
        """Raise ``TaskCancelled`` if the task was cancelled (for work without counts)."""
        if self._cancelled.is_set():
            raise TaskCancelled


class _Runner(QRunnable):
    def __init__(self, work: Callable[[TaskProgress], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            result = self._work(TaskProgress(self._signals, self.cancelled))
        except BaseException as exc:  # every failure, even an unexpected one, goes back
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject, Generic[T]):
    """One piece of background work; lives on the UI thread until it has finished."""

    finished = Signal()

    def __init__(
        self,
        work: Callable[[TaskProgress], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        context: QObject | None = None,
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._context = context
        self.done = False
        self._signals = _Signals()
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.succeeded.connect(self._succeeded, queued)
        self._signals.failed.connect(self._failed, queued)
        self._signals.progressed.connect(self._progressed, queued)
        self._runner = _Runner(work, self._signals)
        self._runner.setAutoDelete(False)

    def start(self) -> Task[T]:
        _running.add(self)
        pool().start(self._runner)
        return self

    def cancel(self) -> None:
        self._runner.cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._runner.cancelled.is_set()

    # -- back on the UI thread ------------------------------------------------------------
    def _alive(self) -> bool:
        return self._context is None or shiboken6.isValid(self._context)

    @Slot(object, object)
    def _progressed(self, done: object, total: object) -> None:
        if not self.done and self._on_progress is not None and self._alive():
            assert isinstance(done, int) and isinstance(total, int)
            self._on_progress(done, total)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._on_success is not None and self._alive():
            self._on_success(result)  # type: ignore[arg-type]  # the work's own result

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._finish()
        if not self._alive():
            return
        if isinstance(exc, TaskCancelled):
            if self._on_cancelled is not None:
                self._on_cancelled()
        elif self._on_failure is not None:
            assert isinstance(exc, BaseException)
            self._on_failure(exc)

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
        self.finished.emit()


def run_task(
    work: Callable[[TaskProgress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    context: QObject | None = None,
) -> Task[T]:
    """Start ``work`` in the background; see the module docstring."""
    return Task(work, on_success, on_failure, on_progress, on_cancelled, context).start()


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[TaskProgress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    name: str = "task_progress",
) -> Task[T]:
    """``run_task`` with a progress dialog (shown after half a second) and a Cancel button."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName(name)
    dialog.setAccessibleName(name)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)
    dialog.setValue(0)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            # QProgressDialog counts in int: scale to per mille for very large totals.
            dialog.setRange(0, 1000)
            dialog.setValue(min(1000, done * 1000 // total))

    task = Task(work, on_success, on_failure, progressed, on_cancelled, parent)
    dialog.canceled.connect(task.cancel)

    def close_dialog() -> None:
        if shiboken6.isValid(dialog):
            dialog.canceled.disconnect(task.cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    task.finished.connect(close_dialog)
    return task.start()
