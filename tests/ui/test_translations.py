"""Every user-visible string is translatable, and translated."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
)

from showroom_app.ui.i18n import PSEUDO_OPEN, Translations, pseudo
from showroom_app.ui.main_window import PAGES

ROOT = Path(__file__).resolve().parents[2]


def _i18n_script():
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_script"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN", "en"])
def test_no_unfinished_entries(lang: str):
    script = _i18n_script()
    ts = script.I18N / f"showroom_{lang}.ts"
    assert ts.exists()
    assert script.unfinished(ts) == []


def test_every_string_in_the_code_is_in_the_translation_files():
    # GIVEN the committed .ts files, WHEN lupdate re-scans the sources into a copy,
    # THEN no source string is new (untranslated) in any language
    script = _i18n_script()
    assert script.missing_from_sources() == {"zh_TW": [], "zh_CN": [], "en": []}


def test_pseudo_translation_keeps_placeholders():
    out = pseudo("Signed in: %1 ({name}) &Save, %n day(s)")
    assert "%1" in out and "{name}" in out and "&" in out and "%n" in out
    assert out.startswith(PSEUDO_OPEN)
    assert len(out) > len("Signed in: %1 ({name}) &Save, %n day(s)") * 1.3


def _visible_texts(widget) -> list[tuple[str, str]]:
    """Every piece of interface text a user can see in ``widget`` (not data)."""
    found: list[tuple[str, str]] = []
    for label in widget.findChildren(QLabel):
        if (
            label.text()
            and not label.objectName().startswith(("error_", "status_"))
            and not label.objectName().endswith("_value")
            and label.objectName() not in ("reports_range",)
            and not label.text().replace(",", "").isdigit()
        ):
            found.append((label.objectName(), label.text()))
    for button in widget.findChildren(QAbstractButton):
        if button.text():
            found.append((button.objectName(), button.text()))
    for box in widget.findChildren(QGroupBox):
        found.append((box.objectName(), box.title()))
    for tabs in widget.findChildren(QTabWidget):
        found += [(tabs.objectName(), tabs.tabText(i)) for i in range(tabs.count())]
    for edit in widget.findChildren(QLineEdit):
        if edit.placeholderText():
            found.append((edit.objectName(), edit.placeholderText()))
    for combo in widget.findChildren(QComboBox):
        if combo.objectName() in (
            "settings_language",
            "dealership_doc_language",
            "dealership_paper_size",
        ):
            continue  # language names are written in their own language; A4/Letter
        if combo.objectName() == "audit_user":  # "All users", then users' names (data)
            found.append((combo.objectName(), combo.itemText(0)))
            continue
        count = combo.count()
        if combo.objectName() == "filter_salesperson":
            count = 2  # "any" and "unassigned"; the rest are people's names (data)
        found += [(combo.objectName(), combo.itemText(i)) for i in range(count)]
    for view in widget.findChildren(QTableView):
        model = view.model()
        from PySide6.QtCore import Qt

        found += [
            (view.objectName(), model.headerData(i, Qt.Orientation.Horizontal))
            for i in range(model.columnCount())
        ]
    return found


def test_pseudo_localisation_reaches_every_visible_string(make_window, i18n_cache, monkeypatch):
    # GIVEN the pseudo-translator (SHOWROOM_PSEUDO=1)
    monkeypatch.setenv("SHOWROOM_PSEUDO", "1")
    translations = Translations(i18n_cache)
    window = make_window()
    try:
        translations.apply("en")
        # WHEN every page is opened
        for page_cls in PAGES:
            window.open_page(page_cls.key)
        # THEN every interface text on every page, menu and navigation is pseudo-translated,
        # so no string escaped translation
        texts = _visible_texts(window)
        texts += [("nav", window.nav.item(i).text()) for i in range(window.nav.count())]
        for menu in window.findChildren(QMenu):
            texts.append(("menu", menu.title()))
            texts += [("action", a.text()) for a in menu.actions() if a.text()]
        texts.append(("window", window.windowTitle().split(" · ")[0]))
        untranslated = [(name, text) for name, text in texts if PSEUDO_OPEN not in text]
        assert len(texts) > 80
        assert untranslated == []
    finally:
        monkeypatch.delenv("SHOWROOM_PSEUDO")
        Translations(i18n_cache).apply("en")
