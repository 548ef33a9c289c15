"""The main window as a user meets it: every page opens and shows real data."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QTableView

from showroom_app.services.container import Services
from showroom_app.ui.main_window import PAGES
from showroom_app.ui.pages.base import Page


def test_every_page_opens_and_shows_database_rows(make_window, demo_services: Services):
    # GIVEN the main window on a demo database
    window = make_window()
    window.show()
    # WHEN each page is opened from the navigation
    for row, page_cls in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        # THEN that page is shown and titled in the navigation
        assert isinstance(page, Page)
        assert page.key == page_cls.key
        assert window.nav.item(row).text()
    # THEN the data pages list what the database holds
    customers = window.pages["customers"].findChild(QTableView, "customers_table")
    assert customers.model().total == demo_services.customers.count()
    assert customers.model().rowCount() == min(200, demo_services.customers.count())
    catalogue = window.pages["inventory"].findChild(QTableView, "catalogue_table")
    assert catalogue.model().rowCount() == len(demo_services.catalogue.trims())
    today = window.pages["today"].findChild(QTableView, "today_tasks")
    assert today.model().rowCount() > 0


def test_keyboard_shortcuts_switch_pages(make_window, qtbot):
    # GIVEN the window
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    # WHEN Ctrl+4 (Inventory) and Ctrl+1 (Today) are pressed
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    # THEN the matching page is current
    assert window.stack.currentWidget().key == "inventory"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().key == "today"


def test_status_bar_shows_user_and_database(make_window, demo_services: Services):
    window = make_window()
    user = window.findChild(QLabel, "status_user").text()
    database = window.findChild(QLabel, "status_database").text()
    assert demo_services.settings.default_user().name in user
    assert str(demo_services.db.file) in database


def test_customer_list_loads_more_rows_as_it_scrolls(make_window, demo_services: Services):
    # GIVEN the customers page (300 demo customers, pages of 200)
    window = make_window()
    window.open_page("customers")
    model = window.pages["customers"].view.model()
    assert model.rowCount() == 200
    # WHEN the view asks for more
    assert model.canFetchMore()
    model.fetchMore()
    # THEN the rest arrive, without duplicates
    assert model.rowCount() == demo_services.customers.count()
    ids = [model.row_at(i).customer_id for i in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    assert not model.canFetchMore()


def test_window_geometry_is_remembered(make_window, qsettings: QSettings):
    # GIVEN a window moved and resized, then closed
    window = make_window()
    window.show()
    window.resize(640, 480)
    window.close()
    # WHEN a new window opens with the same settings
    again = make_window()
    # THEN it has the same size
    assert (again.width(), again.height()) == (640, 480)


def test_last_page_is_remembered(make_window, qsettings: QSettings):
    window = make_window()
    window.open_page("reports")
    assert qsettings.value("ui/last_page") == "reports"


def test_about_dialog_names_version_and_font_licence(make_window, monkeypatch):
    from showroom_app import __version__
    from showroom_app.ui.about import AboutDialog

    dialog = AboutDialog()
    assert __version__ in dialog.version_label.text()
    text = dialog.licences.toPlainText()
    assert "WenQuanYi Micro Hei" in text
    assert "Apache" in text


def test_cost_column_only_for_managers(make_window, demo_services: Services):
    from dataclasses import replace

    from showroom_app.domain.enums import Role

    # GIVEN the demo's administrator: the stock table has a dealer-cost column
    window = make_window()
    window.open_page("inventory")
    stock = window.pages["inventory"].stock_model
    headers = [stock.headerData(i, Qt.Orientation.Horizontal) for i in range(stock.columnCount())]
    assert "Dealer cost" in headers
    # WHEN a salesperson is at the desk
    window2 = make_window()
    window2.ctx.user = replace(window2.ctx.user, role=Role.SALESPERSON)
    page = type(window2.pages.get("inventory") or window2.page("inventory"))
    fresh = page(window2.ctx)
    headers = [
        fresh.stock_model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(fresh.stock_model.columnCount())
    ]
    # THEN there is no cost column at all
    assert "Dealer cost" not in headers


def test_new_walk_in_from_any_page(make_window, qtbot, monkeypatch):
    # GIVEN the window on the Inventory page
    from showroom_app.ui.quick_add import QuickAddDialog

    opened = []
    monkeypatch.setattr(QuickAddDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.open_page("inventory")
    # WHEN Ctrl+N is pressed
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # THEN the phone-first quick add opens over the Customers page
    assert len(opened) == 1
    assert window.stack.currentWidget().key == "customers"


def test_double_click_on_an_opportunity_opens_its_cockpit(make_window, monkeypatch):
    import showroom_app.ui.cockpit as cockpit

    opened = []
    monkeypatch.setattr(
        cockpit, "open_cockpit", lambda parent, ctx, opportunity_id: opened.append(opportunity_id)
    )
    page = make_window().open_page("sales")
    first = page.model.row_at(0)
    page.view.doubleClicked.emit(page.model.index(0, 0))
    assert opened == [first.opportunity_id]
