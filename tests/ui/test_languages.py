"""Three interface languages, switched at run time without losing what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from showroom_app.ui.i18n import Translations

EXPECTED = {
    "en": ("Today", "Customers", "Inventory", "Settings"),
    "zh_TW": ("今日", "客戶", "庫存", "設定"),
    "zh_CN": ("今日", "客户", "库存", "设置"),
}


@pytest.mark.parametrize("lang", ["en", "zh_TW", "zh_CN"])
def test_navigation_in_each_language(make_window, translations: Translations, lang: str):
    # GIVEN the window
    window = make_window()
    # WHEN the language is applied
    translations.apply(lang)
    # THEN navigation follows the glossary of DOMAIN.md §12
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    today, customers, inventory, settings = EXPECTED[lang]
    assert texts[0] == today
    assert texts[1] == customers
    assert texts[3] == inventory
    assert texts[-1] == settings


def test_switching_language_keeps_work_in_progress(make_window, translations: Translations):
    # GIVEN a dealership name being edited on the Settings page
    window = make_window()
    page = window.open_page("settings")
    name = page.findChild(QLineEdit, "dealership_name")
    name.setText("半途輸入的名稱 Half-typed")
    # WHEN the user picks Simplified Chinese in the language box
    combo = page.lang_combo
    combo.setCurrentIndex(combo.findData("zh_CN"))
    combo.activated.emit(combo.currentIndex())
    # THEN the interface is Simplified Chinese, the typed text is still there, unsaved
    assert translations.language == "zh_CN"
    assert window.nav.item(0).text() == "今日"
    assert page.save_button.text().startswith("保存")
    assert name.text() == "半途輸入的名稱 Half-typed"
    assert window.ctx.services.settings.dealership().name != name.text()


def test_qt_own_buttons_are_translated(qapp: QApplication, translations: Translations):
    # GIVEN Traditional Chinese
    translations.apply("zh_TW")
    # WHEN a standard button box is built
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    # THEN Qt's own text comes from qtbase_zh_TW
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_english_plural_forms(qapp: QApplication, translations: Translations):
    translations.apply("en")
    one = QCoreApplication.translate("TodayPage", "%n day(s) overdue", "", 1)
    three = QCoreApplication.translate("TodayPage", "%n day(s) overdue", "", 3)
    assert (one, three) == ("1 day overdue", "3 days overdue")
