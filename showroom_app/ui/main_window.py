"""The main window: navigation on the left, one page at a time, menus and status bar."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from showroom_app.ui import labels
from showroom_app.ui.about import AboutDialog
from showroom_app.ui.context import AppContext
from showroom_app.ui.pages.base import Page
from showroom_app.ui.pages.customers import CustomersPage
from showroom_app.ui.pages.followups import FollowUpsPage
from showroom_app.ui.pages.inventory import InventoryPage
from showroom_app.ui.pages.reports import ReportsPage
from showroom_app.ui.pages.sales import SalesPage
from showroom_app.ui.pages.settings import SettingsPage
from showroom_app.ui.pages.today import TodayPage

PAGES: tuple[type[Page], ...] = (
    TodayPage,
    CustomersPage,
    SalesPage,
    InventoryPage,
    FollowUpsPage,
    ReportsPage,
    SettingsPage,
)


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(
        self, ctx: AppContext, settings: QSettings, on_language: Callable[[str], None] | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._settings = settings
        self._on_language = on_language
        self.pages: dict[str, Page] = {}
        self.page_timings: dict[str, float] = {}
        self.setObjectName("main_window")
        self.setup_ui()
        self.retranslate_ui()
        self.restore_geometry()

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
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_quit.triggered.connect(self.close)
        self.menu_file.addAction(self.act_refresh)
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.go_actions: list[QAction] = []
        for i, page_cls in enumerate(PAGES):
            act = QAction(self)
            act.setObjectName(f"go_{page_cls.key}")
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=page_cls.key: self.open_page(k))
            self.menu_go.addAction(act)
            self.go_actions.append(act)
        self.act_about = QAction(self)
        self.act_about.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_about.triggered.connect(self.show_about)
        self.menu_help.addAction(self.act_about)
        # shortcuts work whenever the window is active, menus open or not
        self.addActions(
            [self.act_refresh, self.act_settings, self.act_quit, self.act_about, *self.go_actions]
        )

        self.user_label = QLabel(self)
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel(self)
        self.db_label.setObjectName("status_database")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def page_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "customers": self.tr("Customers"),
            "sales": self.tr("Sales"),
            "inventory": self.tr("Inventory"),
            "followups": self.tr("Follow-ups"),
            "reports": self.tr("Reports"),
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
    def page(self, key: str) -> Page:
        """The page for ``key``, built the first time it is needed (fast cold start)."""
        if key not in self.pages:
            page_cls = next(p for p in PAGES if p.key == key)
            page = page_cls(self.ctx, self.stack)
            if isinstance(page, SettingsPage):
                page.set_language_choice(str(self._settings.value("ui/language", "")))
                page.language_chosen.connect(self.on_language_chosen)
                page.dealership_saved.connect(self.retranslate_ui)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def open_page(self, key: str) -> Page:
        row = next(i for i, p in enumerate(PAGES) if p.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # emits currentRowChanged -> shows the page
        return self.pages[key]

    def on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        started = time.perf_counter()
        page = self.page(PAGES[row].key)
        self.stack.setCurrentWidget(page)
        page.refresh()
        self.page_timings[page.key] = time.perf_counter() - started
        self._settings.setValue("ui/last_page", page.key)

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
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.sync()
        super().closeEvent(event)
