"""The main window: navigation on the left, one page at a time, menus and status bar.

The desk locks itself after ``DeskPolicy.idle_lock_minutes`` without keyboard or mouse
input (or on File → Lock now): ``LockOverlay`` covers the pages, which stay exactly as
they were. Whoever signs in on the overlay continues; a different user is a user switch,
and the pages are rebuilt for their role (a salesperson never sees dealer cost).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import UserInfo
from showroom_app.ui import labels
from showroom_app.ui.about import AboutDialog
from showroom_app.ui.context import AppContext
from showroom_app.ui.pages.audit import AuditPage
from showroom_app.ui.pages.base import Page
from showroom_app.ui.pages.customers import CustomersPage
from showroom_app.ui.pages.followups import FollowUpsPage
from showroom_app.ui.pages.inventory import InventoryPage
from showroom_app.ui.pages.reports import ReportsPage
from showroom_app.ui.pages.sales import SalesPage
from showroom_app.ui.pages.settings import SettingsPage
from showroom_app.ui.pages.today import TodayPage
from showroom_app.ui.sign_in import LAST_USER_KEY, IdleWatcher, LockOverlay

log = logging.getLogger(__name__)

PAGES: tuple[type[Page], ...] = (
    TodayPage,
    CustomersPage,
    SalesPage,
    InventoryPage,
    FollowUpsPage,
    ReportsPage,
    AuditPage,
    SettingsPage,
)

#: Ctrl+digit per page; fixed, so a page added later never moves a learned shortcut.
SHORTCUTS: dict[str, int] = {
    "today": 1,
    "customers": 2,
    "sales": 3,
    "inventory": 4,
    "followups": 5,
    "reports": 6,
    "settings": 7,
    "audit": 8,
}

#: Pages only some roles see (the services refuse the others anyway).
PAGE_CAPABILITY: dict[str, Capability] = {"audit": Capability.VIEW_AUDIT}


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    user_changed = Signal(object)  # UserInfo, after a user switch

    def __init__(
        self, ctx: AppContext, settings: QSettings, on_language: Callable[[str], None] | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._settings = settings
        self._on_language = on_language
        self.pages: dict[str, Page] = {}
        self.page_timings: dict[str, float] = {}
        self.lock_overlay: LockOverlay | None = None
        self._focus_before_lock: QWidget | None = None
        self._locked = False
        self.setObjectName("main_window")
        self.setup_ui()
        self.retranslate_ui()
        self.apply_role()
        self.restore_geometry()
        self.apply_policy()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        for page_cls in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page_cls.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pages")
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.on_nav_current_row_changed)

        self.menu_file = self.menuBar().addMenu("")
        self.menu_go = self.menuBar().addMenu("")
        self.menu_help = self.menuBar().addMenu("")
        self.act_refresh = QAction(self)
        self.act_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.act_refresh.triggered.connect(self.refresh_current)
        self.act_settings = QAction(self)
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_settings.triggered.connect(lambda: self.open_page("settings"))
        self.act_lock = QAction(self)
        self.act_lock.setObjectName("act_lock")
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(lambda: self.lock())
        self.act_switch_user = QAction(self)
        self.act_switch_user.setObjectName("act_switch_user")
        self.act_switch_user.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.act_switch_user.triggered.connect(lambda: self.lock(choose_user=True))
        self.act_new_walkin = QAction(self)
        self.act_new_walkin.setObjectName("act_new_walkin")
        self.act_new_walkin.setShortcut(QKeySequence.StandardKey.New)
        self.act_new_walkin.triggered.connect(self.new_walkin)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_quit.triggered.connect(self.close)
        self.menu_file.addAction(self.act_new_walkin)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_refresh)
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_lock)
        self.menu_file.addAction(self.act_switch_user)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.go_actions: list[QAction] = []
        for page_cls in PAGES:
            act = QAction(self)
            act.setObjectName(f"go_{page_cls.key}")
            if page_cls.key in SHORTCUTS:
                act.setShortcut(QKeySequence(f"Ctrl+{SHORTCUTS[page_cls.key]}"))
            act.triggered.connect(lambda _=False, k=page_cls.key: self.open_page(k))
            self.menu_go.addAction(act)
            self.go_actions.append(act)
        self.act_about = QAction(self)
        self.act_about.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_about.triggered.connect(self.show_about)
        self.menu_help.addAction(self.act_about)
        # shortcuts work whenever the window is active, menus open or not
        self.addActions(
            [
                self.act_new_walkin,
                self.act_refresh,
                self.act_settings,
                self.act_lock,
                self.act_switch_user,
                self.act_quit,
                self.act_about,
                *self.go_actions,
            ]
        )

        self.user_label = QLabel(self)
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel(self)
        self.db_label.setObjectName("status_database")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idle_timer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.on_idle_timer_timeout)
        self.idle_watcher = IdleWatcher(self.on_user_activity, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_watcher)

    def page_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "customers": self.tr("Customers"),
            "sales": self.tr("Sales"),
            "inventory": self.tr("Inventory"),
            "followups": self.tr("Follow-ups"),
            "reports": self.tr("Reports"),
            "audit": self.tr("Audit log"),
            "settings": self.tr("Settings"),
        }

    def retranslate_ui(self) -> None:
        titles = self.page_titles()
        demo = self.tr(" — demo data") if self.ctx.dealership.is_demo else ""
        self.setWindowTitle(self.tr("Showroom Assistant") + " · " + self.ctx.dealership.name + demo)
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(titles[item.data(Qt.ItemDataRole.UserRole)])
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_refresh.setText(self.tr("&Refresh"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_new_walkin.setText(self.tr("&New walk-in…"))
        self.act_lock.setText(self.tr("&Lock now"))
        self.act_switch_user.setText(self.tr("S&witch user…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About Showroom Assistant"))
        for act, page_cls in zip(self.go_actions, PAGES, strict=True):
            act.setText(titles[page_cls.key])
        self.update_status()

    def update_status(self) -> None:
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", self.ctx.user.name)
            .replace("%2", labels.role(self.ctx.user.role.value))
        )
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.ctx.services.location))
        self.db_label.setToolTip(self.ctx.services.location)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- pages --------------------------------------------------------------------------------
    def may_open(self, key: str) -> bool:
        capability = PAGE_CAPABILITY.get(key)
        return capability is None or self.ctx.services.session.can(capability)

    def apply_role(self) -> None:
        """Show only the pages the signed-in user's role may use."""
        for row, page_cls in enumerate(PAGES):
            allowed = self.may_open(page_cls.key)
            self.nav.item(row).setHidden(not allowed)
            self.go_actions[row].setVisible(allowed)
            self.go_actions[row].setEnabled(allowed and not self.is_locked)

    def page(self, key: str) -> Page:
        """The page for ``key``, built the first time it is needed (fast cold start)."""
        if key not in self.pages:
            page_cls = next(p for p in PAGES if p.key == key)
            page = page_cls(self.ctx, self.stack)
            if isinstance(page, SettingsPage):
                page.set_language_choice(str(self._settings.value("ui/language", "")))
                page.language_chosen.connect(self.on_language_chosen)
                page.dealership_saved.connect(self.retranslate_ui)
                page.policy_saved.connect(self.apply_policy)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def open_page(self, key: str) -> Page:
        if not self.may_open(key):
            key = "today"
        row = next(i for i, p in enumerate(PAGES) if p.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # emits currentRowChanged -> shows the page
        elif key not in self.pages:
            self.on_nav_current_row_changed(row)
        return self.pages[key]

    def on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        if not self.may_open(key):
            self.open_page("today")
            return
        started = time.perf_counter()
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.refresh()
        self.page_timings[page.key] = time.perf_counter() - started
        self._settings.setValue("ui/last_page", page.key)

    def reset_pages(self) -> None:
        """Forget every built page and reopen the current one (after a user switch)."""
        current = self.stack.currentWidget()
        key = current.key if isinstance(current, Page) else "today"
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.apply_role()
        if not self.may_open(key):
            key = "today"
        row = next(i for i, p in enumerate(PAGES) if p.key == key)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.on_nav_current_row_changed(row)

    def new_walkin(self) -> None:
        """A walk-in from anywhere (Ctrl+N): phone first, then the customer's profile."""
        page = self.open_page("customers")
        page.on_new_button_clicked()  # type: ignore[attr-defined]

    def refresh_current(self) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.refresh()

    def on_language_chosen(self, code: str) -> None:
        self._settings.setValue("ui/language", code)
        if self._on_language is not None:
            self._on_language(code)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    # -- idle lock and user switch ---------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._locked

    def apply_policy(self) -> None:
        """(Re)start the idle timer from the dealership's policy (0 minutes = never lock)."""
        minutes = self.ctx.services.app_settings.policy().idle_lock_minutes
        if minutes <= 0:
            self.idle_timer.stop()
            return
        self.idle_timer.setInterval(minutes * 60_000)
        if not self.is_locked:
            self.idle_timer.start()

    def on_user_activity(self) -> None:
        if self.idle_timer.interval() > 0 and not self.is_locked and self.idle_timer.isActive():
            self.idle_timer.start()  # restarts the countdown

    def on_idle_timer_timeout(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            # a dialog is open (its own event loop is running): locking under it would
            # leave the unlock field unreachable, so wait for another idle period
            self.idle_timer.start()
            return
        self.lock()

    def lock(self, *, choose_user: bool = False) -> None:
        """Cover the pages (kept as they are); the same or another user unlocks."""
        if self.is_locked:
            return
        self.idle_timer.stop()
        try:
            self.ctx.services.auth.lock()  # the audit entry
        except Exception:  # the screen locks even when the log cannot be written
            log.exception("could not record the lock in the audit log")
        self._focus_before_lock = QApplication.focusWidget()
        if self.lock_overlay is None:
            central = self.centralWidget()
            self.lock_overlay = LockOverlay(
                self.ctx.services.auth, central, is_demo=self.ctx.dealership.is_demo
            )
            self.lock_overlay.unlocked.connect(self.on_lock_overlay_unlocked)
        self._locked = True
        self._set_content_enabled(False)
        self.lock_overlay.show_for(self.ctx.user.id, choose_user=choose_user)

    def _set_content_enabled(self, enabled: bool) -> None:
        self.nav.setEnabled(enabled)
        self.stack.setEnabled(enabled)
        self.menuBar().setEnabled(enabled)
        for act in self.actions():
            act.setEnabled(enabled)
        if enabled:
            self.apply_role()

    def on_lock_overlay_unlocked(self, user: UserInfo) -> None:
        assert self.lock_overlay is not None
        self.lock_overlay.hide()
        self._locked = False
        self._settings.setValue(LAST_USER_KEY, user.id)
        self._set_content_enabled(True)
        if user.id != self.ctx.user.id or user.role != self.ctx.user.role:
            self.switch_to(user)
        elif self._focus_before_lock is not None:
            self._focus_before_lock.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_before_lock = None
        self.apply_policy()

    def switch_to(self, user: UserInfo) -> None:
        """Another user took the desk: every page is rebuilt for their role."""
        self.ctx.user = user
        self.reset_pages()
        self.update_status()
        self.user_changed.emit(user)

    # -- geometry -------------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            state = self._settings.value("window/state")
            if isinstance(state, QByteArray | bytes):
                self.restoreState(QByteArray(state))
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_watcher)
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.sync()
        super().closeEvent(event)
