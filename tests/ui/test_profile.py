"""The customer profile driven through its widgets: autosave, refused values, vehicles and
service history, the maintenance override, the two-day archive task, edits from another desk.

Time is advanced by firing the autosave timers' ``timeout`` (never by sleeping); CJK text is
set with ``setText``.
"""

from __future__ import annotations

import importlib.util
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QLineEdit

from showroom_app.domain.archive import VehicleForm
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import TaskKind
from showroom_app.services.container import Services
from showroom_app.ui import messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.profile import CustomerProfileDialog
from showroom_app.ui.widgets import profile_tables
from showroom_app.ui.widgets.vehicle_dialogs import ServiceRecordDialog, VehicleDialog


@pytest.fixture
def ctx(demo_services: Services, translations) -> AppContext:
    user = demo_services.settings.default_user()
    demo_services.session.sign_in(user)
    return AppContext(
        services=demo_services,
        translations=translations,
        user=user,
        dealership=demo_services.settings.dealership(),
    )


@pytest.fixture
def customer(demo_services: Services) -> int:
    return demo_services.customers.create(
        CustomerForm(name="陳志明", salutation="mr", phones=("0912 345 678",), address="臺北市")
    )


@pytest.fixture
def open_profile(qtbot, ctx: AppContext):
    def factory(customer_id: int) -> CustomerProfileDialog:
        dialog = CustomerProfileDialog(ctx, customer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return factory


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes the profile showed (title, text) instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def record(_parent, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(messages, "information", record)
    monkeypatch.setattr(messages, "critical", record)
    return shown


def _debounce(dialog: CustomerProfileDialog) -> None:
    """Typing has paused: the debounce timer fires."""
    assert dialog.autosave.timer.isActive()
    dialog.autosave.timer.timeout.emit()


def test_editing_the_address_saves_by_itself(open_profile, customer, demo_services):
    dialog = open_profile(customer)
    assert dialog.autosave.timer.interval() <= 1000 and dialog.autosave.deadline.interval() <= 2000
    # WHEN the address is typed
    dialog.form.address_edit.setText("臺北市大安區忠孝東路四段 100 號")
    # THEN nothing is written while typing continues, only once it pauses
    assert demo_services.customers.get(customer).address == "臺北市"
    assert "Unsaved" in dialog.save_status.text()
    _debounce(dialog)
    assert demo_services.customers.get(customer).address == "臺北市大安區忠孝東路四段 100 號"
    assert dialog.save_status.text().startswith("Saved")
    assert not dialog.autosave.pending


def test_continuous_typing_is_saved_within_two_seconds_of_the_first_change(
    open_profile, customer, demo_services
):
    dialog = open_profile(customer)
    dialog.form.address_edit.setText("新")
    dialog.form.address_edit.setText("新北")  # each keystroke restarts the debounce ...
    assert dialog.autosave.deadline.isActive()  # ... but not the deadline
    dialog.autosave.deadline.timeout.emit()  # two seconds after the first change
    assert demo_services.customers.get(customer).address == "新北"
    assert not dialog.autosave.timer.isActive()


def test_a_refused_value_shows_its_message_and_only_that_field_is_not_saved(
    open_profile, customer, demo_services
):
    dialog = open_profile(customer)
    # WHEN an invalid e-mail, a valid best time and a valid address are typed
    dialog.form.email_edit.setText("not an email")
    dialog.form.best_time_edit.setText("平日晚上")
    dialog.form.address_edit.setText("新北市板橋區")
    _debounce(dialog)
    # THEN the e-mail's message is next to it, and it is not saved; the others are
    error = dialog.form.errors["email"]
    assert error.objectName() == "error_email" and error.isVisible()
    assert "e-mail" in error.text()
    profile = demo_services.archive.profile(customer)
    assert profile.email == "" and profile.best_time == "平日晚上"
    assert profile.detail.address == "新北市板橋區"
    assert "Not saved" in dialog.save_status.text()
    # AND the same holds for a refused core field (a phone) next to a valid one (the name)
    dialog.form.phones.rows[0][1].setText("12345")
    dialog.form.name_edit.setText("陳志明 Jimmy")
    _debounce(dialog)
    assert dialog.form.errors["phone"].isVisible()
    detail = demo_services.customers.get(customer)
    assert detail.name == "陳志明 Jimmy" and detail.phones == ("+886912345678",)
    # WHEN the e-mail is corrected THEN it is saved and its message goes away
    dialog.form.email_edit.setText("chen@example.com")
    _debounce(dialog)
    assert demo_services.archive.profile(customer).email == "chen@example.com"
    assert not dialog.form.errors["email"].isVisible()


def test_an_unparseable_date_is_refused_next_to_its_field(open_profile, customer, demo_services):
    dialog = open_profile(customer)
    dialog.form.birthday.edit.setText("31/31/1980")
    dialog.form.insurance_expiry.edit.setText("115/6/30")  # a Taiwan (ROC) year is fine
    _debounce(dialog)
    assert dialog.form.errors["birthday"].isVisible()
    assert demo_services.customers.get(customer).birthday is None
    assert demo_services.archive.profile(customer).insurance_expiry == date(2026, 6, 30)


def _fill_vehicle(dialog: VehicleDialog) -> bool:
    dialog.model_combo.setEditText("RAV4 2.5 Hybrid")
    dialog.plate_edit.setText("abc-1234")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("suv"))
    dialog.powertrain_combo.setCurrentIndex(dialog.powertrain_combo.findData("HEV"))
    dialog.delivery_date.edit.setText("2026-06-01")
    dialog.odometer_edit.setText("12")
    dialog.items.boxes["oil_filter"].setChecked(True)
    dialog.interval_km_edit.setText("5,000")
    dialog.interval_months_edit.setText("6")
    dialog.findChild(QAbstractButton, "vehicle_dialog_save").click()
    return dialog.result() == QDialog.DialogCode.Accepted


def _fill_service(dialog: ServiceRecordDialog) -> bool:
    dialog.date_field.edit.setText("2026-11-20")
    dialog.odometer_edit.setText("5100")
    dialog.items_edit.setText("首次保養：機油、機油濾芯")
    dialog.amount_edit.setText("1,200")
    dialog.findChild(QAbstractButton, "service_dialog_save").click()
    return dialog.result() == QDialog.DialogCode.Accepted


def _run_filled(dialog: QDialog) -> bool:
    if isinstance(dialog, VehicleDialog):
        return _fill_vehicle(dialog)
    assert isinstance(dialog, ServiceRecordDialog)
    return _fill_service(dialog)


def test_adding_a_vehicle_and_a_service_shows_them_and_the_meter_rises(
    open_profile, customer, demo_services, monkeypatch
):
    monkeypatch.setattr(profile_tables, "run_dialog", _run_filled)
    dialog = open_profile(customer)
    before = dialog.completeness.value()
    assert "Plate number" in dialog.missing_label.text()
    # WHEN a vehicle is added
    dialog.findChild(QAbstractButton, "profile_vehicle_add").click()
    # THEN it is listed, the meter rises and the plate is no longer missing
    vehicles = dialog.vehicles.vehicles_model
    assert vehicles.rowCount() == 1
    assert vehicles.data(vehicles.index(0, 1)) == "ABC-1234"
    assert dialog.completeness.value() > before
    assert "Plate number" not in dialog.missing_label.text()
    middle = dialog.completeness.value()
    # WHEN a service record is added for it
    dialog.findChild(QAbstractButton, "profile_service_add").click()
    # THEN the history and the timeline show it, and the visit date counts for the archive
    history = dialog.vehicles.history_model
    assert history.rowCount() == 1
    assert history.data(history.index(0, 2)) == "首次保養：機油、機油濾芯"
    assert history.data(history.index(0, 1)) == "5,100"
    assert any(t.kind == "service" for t in dialog.timeline.model._rows)
    assert dialog.completeness.value() > middle
    record = demo_services.archive.profile(customer).service_history[0]
    assert record.vehicle_id == demo_services.archive.profile(customer).vehicles[0].vehicle_id
    # AND the service visit opened the two-day archive task
    assert dialog.archive_button.isEnabled()


def test_a_refused_vehicle_shows_the_message_in_its_dialog_and_saves_nothing(
    open_profile, customer, demo_services, monkeypatch
):
    def refused(dialog):
        dialog.vin_edit.setText("1M8GDM9AXKP04278")  # 16 characters
        dialog.interval_months_edit.setText("six")
        dialog.findChild(QAbstractButton, "vehicle_dialog_save").click()
        assert dialog.errors["interval_months"].isVisibleTo(dialog)
        dialog.interval_months_edit.setText("6")
        dialog.findChild(QAbstractButton, "vehicle_dialog_save").click()
        assert dialog.errors["model"].isVisibleTo(dialog)
        assert dialog.errors["vin"].isVisibleTo(dialog)
        assert not dialog.errors["interval_months"].isVisibleTo(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(profile_tables, "run_dialog", refused)
    dialog = open_profile(customer)
    dialog.findChild(QAbstractButton, "profile_vehicle_add").click()
    assert demo_services.archive.profile(customer).vehicles == ()


def test_the_next_maintenance_override_shows_as_such(
    open_profile, customer, demo_services, monkeypatch
):
    vid, _ = demo_services.archive.add_vehicle(
        customer,
        VehicleForm(model_text="Civic", delivery_date=date(2026, 6, 1), interval_months=6),
    )
    dialog = open_profile(customer)
    model = dialog.vehicles.vehicles_model
    assert model.data(model.index(0, 7)) == "2026-12-01"  # computed only

    def set_by_hand(vehicle_dialog: VehicleDialog) -> bool:
        assert vehicle_dialog.computed_label.text() == "2026-12-01"
        vehicle_dialog.override_date.edit.setText("2026-12-24")
        vehicle_dialog.findChild(QAbstractButton, "vehicle_dialog_save").click()
        return vehicle_dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(profile_tables, "run_dialog", set_by_hand)
    dialog.vehicles.vehicles_view.selectRow(0)
    dialog.findChild(QAbstractButton, "profile_vehicle_edit").click()
    assert model.data(model.index(0, 7)) == "2026-12-24 (set by hand; computed 2026-12-01)"
    v = demo_services.archive.profile(customer).vehicles[0]
    assert v.vehicle_id == vid and v.next_maintenance_override == date(2026, 12, 24)


def test_archive_complete_from_todays_archive_task_closes_it(open_profile, customer, demo_services):
    # GIVEN yesterday's walk-in: Today lists its archive task
    demo_services.archive.record_visit(customer, started_at=datetime.now() - timedelta(days=1))
    today = date.today() + timedelta(days=1)  # the task's due date
    task = next(
        t
        for t in demo_services.followups.today(today).tasks
        if t.kind is TaskKind.ARCHIVE and t.customer_id == customer
    )
    # WHEN the profile is opened from that task, an edit is typed and the archive completed
    dialog = open_profile(task.customer_id)
    assert dialog.archive_button.isEnabled()
    assert (today.isoformat()) in dialog.archive_status.text()
    dialog.form.best_time_edit.setText("週末")
    dialog.findChild(QAbstractButton, "profile_archive_complete").click()
    # THEN the task is closed (Today no longer lists it), and the pending edit was saved first
    assert not any(
        t.kind is TaskKind.ARCHIVE and t.customer_id == customer
        for t in demo_services.followups.today(today).tasks
    )
    assert "completed" in dialog.archive_status.text()
    assert not dialog.archive_button.isEnabled()
    assert demo_services.archive.profile(customer).best_time == "週末"
    # AND editing afterwards still saves (no false "changed at another desk")
    dialog.form.address_edit.setText("桃園市")
    _debounce(dialog)
    assert demo_services.customers.get(customer).address == "桃園市"


def test_an_edit_from_another_desk_is_detected_and_the_profile_reloads(
    open_profile, customer, demo_services, told
):
    dialog = open_profile(customer)
    # GIVEN another desk renames the customer behind the dialog's back
    demo_services.customers.update(
        customer, CustomerForm(name="陳志明先生", phones=("0912 345 678",), address="高雄市")
    )
    # WHEN the address is edited here
    dialog.form.address_edit.setText("臺中市")
    _debounce(dialog)
    # THEN the user is told, nothing of theirs overwrote the other desk's change, and the
    # profile shows what is stored now
    assert len(told) == 1 and "another desk" in told[0][0]
    detail = demo_services.customers.get(customer)
    assert (detail.name, detail.address) == ("陳志明先生", "高雄市")
    assert dialog.form.name_edit.text() == "陳志明先生"
    assert dialog.form.address_edit.text() == "高雄市"
    assert "another desk" in dialog.save_status.text()
    # AND the next edit saves normally
    dialog.form.address_edit.setText("臺中市")
    _debounce(dialog)
    assert demo_services.customers.get(customer).address == "臺中市"
    # the archive fields are guarded the same way
    demo_services.customers.update(
        customer, CustomerForm(name="陳志明", phones=("0912 345 678",), address="臺中市")
    )
    dialog.form.email_edit.setText("chen@example.com")
    _debounce(dialog)
    assert len(told) == 2
    assert demo_services.archive.profile(customer).email == ""


def test_closing_saves_what_was_typed(open_profile, customer, demo_services):
    dialog = open_profile(customer)
    dialog.form.address_edit.setText("新竹市")
    dialog.form.services_list.boxes["pickup_dropoff"].setChecked(True)
    dialog.close()
    assert demo_services.customers.get(customer).address == "新竹市"
    assert demo_services.archive.profile(customer).desired_services == ("pickup_dropoff",)


def test_phones_id_number_and_consents(open_profile, customer, demo_services):
    dialog = open_profile(customer)
    # a second number
    dialog.form.phones.add_button.click()
    dialog.form.phones.rows[1][1].setText("02 2345 6789")
    # an ID number replaces the (empty) stored one and is then shown masked
    dialog.form.id_type_combo.setCurrentIndex(dialog.form.id_type_combo.findData("national_id"))
    dialog.form.id_number_edit.setText("A123456789")
    _debounce(dialog)
    detail = demo_services.customers.get(customer)
    assert detail.phones == ("+886912345678", "+886223456789")
    assert detail.id_type == "national_id" and detail.id_number_masked
    assert dialog.form.id_number_edit.text() == ""
    assert detail.id_number_masked in dialog.form.id_number_edit.placeholderText()
    # a later edit keeps the stored number
    dialog.form.address_edit.setText("臺北市信義區")
    _debounce(dialog)
    assert demo_services.customers.reveal_id_number(customer) == "A123456789"
    assert customer in {r.customer_id for r in demo_services.customers.search("23456789")}
    # a consent is recorded at once, with who recorded it
    dialog.form.consent_boxes["photo"].setChecked(True)
    detail = demo_services.customers.get(customer)
    assert detail.consent_photo and detail.consent_photo_at is not None
    assert demo_services.session.require_user().name in dialog.form.consent_info["photo"].text()


def test_print_button_opens_the_profile_sheet(open_profile, customer, monkeypatch):
    if importlib.util.find_spec("showroom_app.ui.printing") is None:
        pytest.skip("ui/printing.py is not there yet")
    from showroom_app.ui import printing

    if not hasattr(printing, "show_profile_sheet"):
        pytest.skip("show_profile_sheet is not there yet")
    calls = []
    monkeypatch.setattr(printing, "show_profile_sheet", lambda *a: calls.append(a))
    dialog = open_profile(customer)
    dialog.form.address_edit.setText("臺南市")
    dialog.findChild(QAbstractButton, "profile_print").click()
    assert calls and calls[0][0] is dialog and calls[0][2] == customer
    assert dialog.ctx.services.customers.get(customer).address == "臺南市"  # saved first


def test_every_interactive_widget_is_named_and_the_window_is_translated(
    qtbot, open_profile, customer, translations
):
    dialog = open_profile(customer)
    for cls in (QLineEdit, QComboBox, QAbstractButton):
        for widget in dialog.findChildren(cls):
            if widget.objectName().startswith("qt_") or not widget.isVisibleTo(dialog):
                continue
            assert widget.objectName() and widget.accessibleName(), widget
    translations.apply("zh_TW")
    assert dialog.windowTitle() == "客戶檔案"
    assert dialog.form.labels["address"].text().startswith("地址")


def _interface_texts(widget) -> list[tuple[str, str]]:
    """Interface text (not data) a user can see in ``widget``: labels, buttons, boxes, tabs,
    placeholders, combo items and table headers."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGroupBox, QLabel, QTableView, QTabWidget

    data = {
        "profile_title",
        "profile_subtitle",
        "vehicle_next_computed",
        "vehicle_model",
        "service_vehicle",
        "profile_salesperson",
    }
    found = [(widget.objectName(), widget.windowTitle())]
    found += [(w.objectName(), w.text()) for w in widget.findChildren(QLabel)]
    found += [(w.objectName(), w.text()) for w in widget.findChildren(QAbstractButton)]
    found += [(w.objectName(), w.title()) for w in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        found += [(tabs.objectName(), tabs.tabText(i)) for i in range(tabs.count())]
    found += [(w.objectName(), w.placeholderText()) for w in widget.findChildren(QLineEdit)]
    for combo in widget.findChildren(QComboBox):
        found += [(combo.objectName(), combo.itemText(i)) for i in range(combo.count())]
    for view in widget.findChildren(QTableView):
        model = view.model()
        found += [
            (view.objectName(), str(model.headerData(i, Qt.Orientation.Horizontal)))
            for i in range(model.columnCount())
        ]
    return [
        (name, text)
        for name, text in found
        if text and text != "×" and name not in data and not name.startswith("qt_")
    ]


def test_pseudo_localisation_reaches_every_interface_string(
    qtbot, ctx, customer, demo_services, monkeypatch, i18n_cache
):
    from showroom_app.ui.i18n import PSEUDO_OPEN, Translations
    from showroom_app.ui.quick_add import QuickAddDialog

    demo_services.archive.add_vehicle(customer, VehicleForm(model_text="Civic", plate="ABC-1234"))
    monkeypatch.setenv("SHOWROOM_PSEUDO", "1")
    try:
        Translations(i18n_cache).apply("en")
        profile = CustomerProfileDialog(ctx, customer)
        quick = QuickAddDialog(ctx)
        quick.phone_edit.setText("0912 345 678")
        quick.lookup()  # shows the duplicate panel's texts too
        vehicle = VehicleDialog(ctx, customer, demo_services.archive.profile(customer).vehicles[0])
        service = ServiceRecordDialog(ctx, customer)
        for widget in (profile, quick, vehicle, service):
            qtbot.addWidget(widget)
            texts = _interface_texts(widget)
            assert len(texts) > 10
            assert [t for t in texts if PSEUDO_OPEN not in t[1]] == [], type(widget).__name__
        profile.autosave.discard()
    finally:
        monkeypatch.delenv("SHOWROOM_PSEUDO")
        Translations(i18n_cache).apply("en")
