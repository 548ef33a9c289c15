"""The Customers page as a salesperson uses it: search as you type, filters, sort, merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton

from showroom_app.domain.archive import VehicleForm
from showroom_app.domain.customers import CustomerForm
from showroom_app.ui import messages


def _rows(page) -> list:
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(i) for i in range(model.rowCount())]


def _type(page, text: str) -> None:
    """Type into the search box (setText: CJK key clicks abort the interpreter) and let the
    debounce timer fire, as it does 150 ms after the last key."""
    page.findChild(QLineEdit, "customers_search").setText(text)
    page._search_timer.timeout.emit()


def test_search_as_you_type_by_name_phone_plate_and_vin(make_window, demo_services):
    cid = demo_services.customers.create(CustomerForm(name="陳美玲", phones=("0987 654 321",)))
    demo_services.archive.add_vehicle(
        cid, VehicleForm(model_text="RAV4", plate="ABC-1234", vin="1M8GDM9AXKP042788")
    )
    page = make_window().open_page("customers")
    total = page.model.total
    # Simplified characters find the Traditional name; any run of digits finds the phone
    for query in ("陈美", "美玲", "654321", "+886 987", "0987-654", "ABC", "042788"):
        _type(page, query)
        ids = [r.customer_id for r in _rows(page)]
        assert cid in ids, query
        assert len(ids) < total, query
    # clearing the search shows everyone again
    _type(page, "")
    assert page.model.total == total


def test_filters_narrow_the_list(make_window, demo_services):
    cid = demo_services.customers.create(CustomerForm(name="濾鏡測試", phones=("0911 222 333",)))
    demo_services.customers.set_consent(cid, "marketing", True)
    demo_services.archive.add_vehicle(cid, VehicleForm(model_text="Civic"))
    page = make_window().open_page("customers")
    everyone = page.model.total
    vehicle = page.findChild(QCheckBox, "filter_owns_vehicle")
    vehicle.setChecked(True)
    owners = {r.customer_id for r in _rows(page)}
    assert cid in owners and len(owners) < everyone
    level = page.findChild(QComboBox, "filter_intent_level")
    vehicle.setChecked(False)
    level.setCurrentIndex(level.findData("H"))
    hot = _rows(page)
    assert hot and all(r.intent_level is not None and r.intent_level.value == "H" for r in hot)
    level.setCurrentIndex(0)
    page.findChild(QCheckBox, "filter_marketing_consent").setChecked(True)
    consenting = {r.customer_id for r in _rows(page)}
    assert cid in consenting
    assert consenting == {r.customer_id for r in demo_services.customers.marketing_list()}


def test_sorting_by_name_is_done_by_the_database(make_window):
    page = make_window().open_page("customers")
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [r.name for r in _rows(page)]
    assert names == sorted(names)
    page.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    ids = [r.customer_id for r in _rows(page)]
    assert ids == sorted(ids, reverse=True)


def test_merge_two_records_of_one_person(make_window, demo_services, monkeypatch):
    a = demo_services.customers.create(CustomerForm(name="重複甲", phones=("0922 000 111",)))
    b = demo_services.customers.create(CustomerForm(name="重複甲", phones=("0922 000 222",)))
    page = make_window().open_page("customers")
    _type(page, "重複甲")
    rows = _rows(page)
    assert {r.customer_id for r in rows} == {a, b}
    merge = page.findChild(QPushButton, "customers_merge")
    assert not merge.isEnabled()  # nothing selected
    page.view.selectRow(0)
    assert not merge.isEnabled()  # one record is not a pair
    page.view.selectAll()
    assert merge.isEnabled()
    keep_index = [r.customer_id for r in rows].index(a)
    monkeypatch.setattr(messages, "choose_item", lambda *args: keep_index)
    merge.click()
    assert [r.customer_id for r in _rows(page)] == [a]
    assert set(demo_services.customers.get(a).phones) == {"+886922000111", "+886922000222"}
