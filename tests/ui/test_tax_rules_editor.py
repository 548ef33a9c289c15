"""Settings → "Tax and fee rules…" (DOMAIN.md §7.0): managers list, add, correct and retire
dated rules; the domain's checks show at the fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton

from showroom_app.domain.enums import Region, Role
from showroom_app.domain.tax_defaults import DEFAULT_RULES
from showroom_app.ui.context import AppContext
from showroom_app.ui.tax_rules_editor import TaxRulesEditor, parse_value, value_text


def _ctx(services, translations, role: Role) -> AppContext:
    user = next(u for u in services.settings.users() if u.role is role)
    services.session.sign_in(user)
    return AppContext(services, translations, user, services.settings.dealership())


def test_band_text_round_trips() -> None:
    value = parse_value("1000: 300\n1,600: 420\n*: 5280", "cn.x.bands")
    assert value_text(value) == "1000: 300\n1600: 420\n*: 5280"
    assert str(parse_value("0.10", "cn.vat_rate")) == "0.10"


def test_a_manager_adds_and_retires_a_rule(qtbot, demo_services, translations) -> None:
    editor = TaxRulesEditor(_ctx(demo_services, translations, Role.ADMINISTRATOR))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.table.rowCount() == len(DEFAULT_RULES)
    # WHEN a rule overlapping an existing one is saved THEN the dates are refused at the field
    editor.on_new_clicked()
    editor.region_combo.setCurrentIndex(editor.region_combo.findData("TW"))
    editor.key_edit.setText("tw.fuel_fee.private_car.petrol.bands")
    editor.value_edit.setPlainText("1200: 4320\n*: 9000")
    editor.from_edit.setText("2027-01-01")
    editor.save_button.click()
    assert editor.errors["valid_from"].isVisible()
    assert editor.current_id is None
    # WHEN a new key is saved THEN it is listed
    editor.key_edit.setText("tw.registration_fee")
    editor.value_edit.setPlainText("450")
    editor.save_button.click()
    assert editor.current_id is not None and not editor.errors["valid_from"].isVisible()
    assert editor.table.rowCount() == len(DEFAULT_RULES) + 1
    # WHEN it is retired with a last day before it starts THEN the domain refuses it
    editor.retire_edit.setText("2026-12-31")
    editor.retire_button.click()
    assert editor.errors["valid_to"].isVisible()
    editor.retire_edit.setText("2027-12-31")
    editor.retire_button.click()
    table = demo_services.tax_rules.table()
    assert table.find(Region.TW, "tw.registration_fee", date(2028, 1, 1)) is None
    assert table.number(Region.TW, "tw.registration_fee", date(2027, 6, 1)) == 450


def test_only_managers_get_the_button(make_window, demo_services) -> None:
    window = make_window()
    window.open_page("settings")
    buttons = [
        b for b in window.findChildren(QPushButton) if b.objectName() == "settings_tax_rules"
    ]
    assert buttons and buttons[0].isVisibleTo(window)
    assert buttons[0].text() == "Tax and fee rules…"
