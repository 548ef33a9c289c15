"""Background tasks: work off the UI thread, results and progress back on it, cancellable."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from showroom_app.ui import tasks
from showroom_app.ui.tasks import TaskCancelled, TaskProgress, run_task, run_with_progress


@pytest.fixture(autouse=True)
def no_leftover_tasks(qapp):
    yield
    # every test leaves no worker running and no task waiting for its callbacks
    assert tasks.wait_for_all(5000)
    assert tasks.running_count() == 0


def test_work_runs_off_the_ui_thread_and_the_result_comes_back_on_it(qtbot):
    seen: dict[str, object] = {}

    def work(progress: TaskProgress) -> int:
        seen["work_thread"] = threading.current_thread()
        return 6 * 7

    def success(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.current_thread()

    task = run_task(work, on_success=success, on_failure=pytest.fail)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert seen["result"] == 42
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["callback_thread"] is threading.main_thread()


def test_a_failure_reaches_the_failure_callback(qtbot):
    failures: list[BaseException] = []

    def work(progress: TaskProgress) -> None:
        raise ValueError("the disk is full")

    task = run_task(
        work, on_success=lambda _r: pytest.fail("no success"), on_failure=failures.append
    )
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert [str(e) for e in failures] == ["the disk is full"]
    assert isinstance(failures[0], ValueError)


def test_progress_arrives_in_order_on_the_ui_thread(qtbot):
    reports: list[tuple[int, int, bool]] = []

    def work(progress: TaskProgress) -> str:
        for done in range(1, 4):
            progress.report(done, 3)
        return "done"

    def on_progress(done: int, total: int) -> None:
        reports.append((done, total, threading.current_thread() is threading.main_thread()))

    results: list[str] = []
    task = run_task(work, on_success=results.append, on_progress=on_progress)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert reports == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert results == ["done"]


def test_cancelling_unwinds_the_work_and_calls_on_cancelled_not_on_failure(qtbot):
    started = threading.Event()
    cleaned_up = threading.Event()
    cancelled: list[bool] = []

    def work(progress: TaskProgress) -> None:
        started.set()
        try:
            while True:
                progress.report(0, 0)
                time.sleep(0.005)
        finally:
            cleaned_up.set()

    task = run_task(
        work,
        on_success=lambda _r: pytest.fail("no success"),
        on_failure=lambda exc: pytest.fail(f"no failure: {exc!r}"),
        on_cancelled=lambda: cancelled.append(True),
    )
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert cancelled == [True]
    assert cleaned_up.is_set()
    assert task.cancelled


def test_check_raises_after_cancel():
    event = threading.Event()
    progress = TaskProgress(tasks._Signals(), event)
    progress.check()
    event.set()
    assert progress.cancelled
    with pytest.raises(TaskCancelled):
        progress.check()
    with pytest.raises(TaskCancelled):
        progress.report(1, 2)


def test_callbacks_are_skipped_when_their_context_is_gone(qtbot):
    page = QWidget()
    release = threading.Event()
    called: list[object] = []
    task = run_task(
        lambda _p: release.wait(5),
        on_success=called.append,
        on_failure=called.append,
        context=page,
    )
    page.deleteLater()
    qtbot.waitUntil(lambda: not _valid(page), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert called == []


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_run_with_progress_shows_a_cancellable_dialog_for_long_work(qtbot, monkeypatch):
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    cancelled: list[bool] = []

    def work(progress: TaskProgress) -> None:
        progress.report(1, 4)
        while not release.is_set():
            progress.report(2, 4)
            time.sleep(0.01)

    task = run_with_progress(
        parent, "Export", "Exporting…", work, on_cancelled=lambda: cancelled.append(True)
    )
    try:
        dialog = parent.findChild(QProgressDialog, "task_progress")
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        qtbot.waitUntil(lambda: dialog.value() == 500, timeout=5000)
        assert dialog.labelText() == "Exporting…"
        # WHEN the user presses Cancel THEN the work stops and the dialog goes away
        dialog.findChild(QPushButton).click()
        qtbot.waitUntil(lambda: task.done, timeout=5000)
    finally:
        release.set()
    assert cancelled == [True]
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None, timeout=5000)


def test_run_with_progress_closes_its_dialog_when_done(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []
    task = run_with_progress(parent, "Check", "Checking…", lambda _p: 7, on_success=results.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert results == [7]
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None, timeout=5000)
