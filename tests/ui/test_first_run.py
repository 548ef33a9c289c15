"""First run: the dealership and the first user, validated next to each field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from showroom_app.domain.enums import Role
from showroom_app.services.container import Services
from showroom_app.ui.first_run import FirstRunDialog


def _field(dialog: FirstRunDialog, name: str) -> QLineEdit:
    widget = dialog.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def test_invalid_details_are_shown_next_to_fields_and_nothing_is_saved(
    qtbot, services: Services, translations
):
    # GIVEN the first-run dialog on a new database
    dialog = FirstRunDialog(services.settings, services.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    # WHEN the user confirms with an empty name, a bad phone and a bad tax ID
    _field(dialog, "dealership_phone").setText("12345")
    _field(dialog, "dealership_tax_id").setText("12345678")
    dialog.buttons.accepted.emit()
    # THEN each problem is shown under its own field
    for name in ("error_name", "error_phone", "error_tax_id", "error_salesperson_name"):
        label = dialog.findChild(QLabel, name)
        assert label is not None and label.isVisible() and label.text(), name
    assert dialog.findChild(QLabel, "error_address").isHidden()
    # AND nothing was saved and the dialog is still open
    assert services.settings.needs_first_run()
    assert dialog.isVisible()
    assert dialog.user is None


def test_valid_details_create_dealership_and_administrator(qtbot, services: Services, translations):
    # GIVEN the dialog filled in correctly, with the CJK text set directly (STYLE.md §4)
    dialog = FirstRunDialog(services.settings, services.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    _field(dialog, "dealership_name").setText("宏達汽車 大安展示中心")
    _field(dialog, "dealership_phone").setText("02-2700-1234")
    _field(dialog, "dealership_tax_id").setText("04595257")
    _field(dialog, "first_user_name").setText("陳志明")
    _field(dialog, "first_user_pin").setText("2468")
    _field(dialog, "first_user_pin_confirm").setText("2468")
    # WHEN confirmed
    dialog.buttons.accepted.emit()
    # THEN the dealership and its first user exist, the phone stored as E.164
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    info = services.settings.dealership()
    assert info.name == "宏達汽車 大安展示中心"
    assert info.phone == "+886227001234"
    user = services.settings.default_user()
    assert (user.name, user.role) == ("陳志明", Role.ADMINISTRATOR)
    # AND they have the PIN they chose and are signed in: no second prompt right away
    assert services.auth.has_pin(user.id)
    assert services.session.user == user == dialog.user


def test_region_suggests_document_language(qtbot, services: Services, translations):
    dialog = FirstRunDialog(services.settings, services.auth)
    qtbot.addWidget(dialog)
    form = dialog.dealer_form
    form.region_combo.setCurrentIndex(form.region_combo.findData("CN"))
    assert form.doc_lang_combo.currentData() == "zh_CN"
    form.region_combo.setCurrentIndex(form.region_combo.findData("HK"))
    assert form.doc_lang_combo.currentData() == "zh_TW"
