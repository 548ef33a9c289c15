"""Customers page actions and the manager's approvals on Today, driven through the widgets."""

from __future__ import annotations

import zipfile
from datetime import datetime

from PySide6.QtWidgets import QPushButton

from showroom_app.db.models import User
from showroom_app.domain.enums import Role
from showroom_app.domain.records import UserInfo
from showroom_app.ui import messages


def _salesperson(services) -> UserInfo:
    with services.db.write() as s:
        row = User(
            name="Alice", role=Role.SALESPERSON.value, active=True, created_at=datetime.now()
        )
        s.add(row)
        s.flush()
        return UserInfo(row.id, row.name, Role.SALESPERSON)


def test_manager_exports_reassigns_and_erases_from_the_customers_page(
    make_window, demo_services, monkeypatch, tmp_path
):
    # GIVEN the manager on the Customers page with the newest customer selected
    window = make_window()
    page = window.open_page("customers")
    page.view.selectRow(0)
    row = page._selected()
    assert row is not None
    # WHEN the data is exported to a file the user picks
    target = tmp_path / "out.zip"
    monkeypatch.setattr(messages, "save_file_name", lambda *a: str(target))
    monkeypatch.setattr(messages, "information", lambda *a: None)
    page.findChild(QPushButton, "customer_export").click()
    # THEN a ZIP with the JSON and the PDF is written
    with zipfile.ZipFile(target) as zf:
        assert len(zf.namelist()) == 2
    # WHEN reassigned to the second demo user
    monkeypatch.setattr(messages, "choose_item", lambda *a: 1)
    page.findChild(QPushButton, "customer_reassign").click()
    second = demo_services.settings.users()[1]
    assert demo_services.customers.get(row.customer_id).assigned_user_id == second.id
    # WHEN erased after confirming
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    page.view.selectRow(0)
    erased_id = page._selected().customer_id
    page.findChild(QPushButton, "customer_erase").click()
    # THEN it is gone from the list
    ids = {page.model.row_at(i).customer_id for i in range(page.model.rowCount())}
    assert erased_id not in ids


def test_salesperson_does_not_get_manager_buttons(make_window, demo_services):
    alice = _salesperson(demo_services)
    window = make_window()
    window.ctx.services.session.sign_in(alice)
    window.ctx.user = alice
    page = type(window.page("customers"))(window.ctx)
    assert page.findChild(QPushButton, "customer_reassign").isHidden()
    assert page.findChild(QPushButton, "customer_erase").isHidden()
    assert not page.findChild(QPushButton, "customer_export").isHidden()


def test_manager_approves_on_today(make_window, demo_services):
    # GIVEN a salesperson's discount request
    manager = demo_services.session.user
    alice = _salesperson(demo_services)
    demo_services.session.sign_in(alice)
    request = demo_services.approvals.request("discount", "opportunity", 1, "8 % off")
    demo_services.session.sign_in(manager)
    # WHEN the manager opens Today
    window = make_window()
    page = window.open_page("today")
    panel = page.approvals
    # THEN the request waits there, and rejecting without a note is refused next to it
    assert panel.isVisibleTo(page)
    assert panel.model.rowCount() == 1
    panel.reject_button.click()
    assert panel.error.text()
    assert demo_services.approvals.get(request).status == "pending"
    # WHEN approved with a note
    panel.note_edit.setText("OK")
    panel.approve_button.click()
    # THEN it is decided and the panel hides
    assert demo_services.approvals.get(request).status == "approved"
    assert not panel.isVisibleTo(page)
