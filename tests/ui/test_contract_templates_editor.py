"""Settings → "Contract templates…" (issue 6, item 4): the dealership edits its contract
clauses; each save is a new template version and a signed contract keeps the version it
was signed with.

Real widgets, GIVEN / WHEN / THEN. CJK text is typed with ``setText`` or an input-method
commit (``keyClicks`` with CJK text aborts the interpreter). Message boxes go through the
``ui.messages`` seam, monkeypatched here.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from cjk_input import type_cjk
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from showroom_app.db.models import Opportunity, StockVehicle
from showroom_app.domain.deal import Deposit
from showroom_app.domain.enums import DepositKind, OpportunityStatus, Region, Role, StockStatus
from showroom_app.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from showroom_app.services.container import Services
from showroom_app.services.contracts_rules import ContractForm
from showroom_app.services.documents import DocumentService
from showroom_app.ui import messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.contract_templates_editor import (
    ContractTemplatesButton,
    ContractTemplatesEditor,
)
from showroom_app.ui.contract_templates_editor_clauses import odd_placeholders
from showroom_app.ui.i18n import Translations
from showroom_app.ui.main_window import MainWindow
from showroom_app.ui.pages.settings import SettingsPage
from showroom_app.ui.printing import PdfPreviewDialog

PRINTED = datetime(2026, 11, 29, 15, 30)
REQUIRED = "This field is required."


# -- helpers ------------------------------------------------------------------------------------


def _contracted_deal(services: Services, skip: int = 0) -> int:
    """A cash deal on a free stock unit with its contract signed today (TW)."""
    with services.db.read() as s:
        opportunity = list(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
            )
        )[skip]
        unit = s.scalars(
            select(StockVehicle.id)
            .where(
                StockVehicle.status == StockStatus.IN_STOCK.value,
                StockVehicle.is_test_car.is_(False),
            )
            .order_by(StockVehicle.id)
        ).first()
    assert unit is not None
    today = date.today()
    view = services.deals.open_deal(opportunity, f"tpl-{skip}", stock_vehicle_id=unit)
    deposit = Deposit(Decimal(30000), DepositKind.EARNEST, today)
    services.deals.save_inputs(view.deal_id, dataclasses.replace(view.inputs, deposit=deposit))
    services.contracts.create_contract(
        view.deal_id,
        ContractForm(
            buyer_name="王小明",
            id_number="A123456789",
            sign_date=today,
            review_given_date=today - timedelta(days=4),
            delivery_date=today + timedelta(days=7),
        ),
    )
    return view.deal_id


def _documents(services: Services) -> DocumentService:
    """Documents printed at a fixed moment, so two renderings compare byte for byte."""
    return DocumentService(
        services.db,
        services.session,
        services.audit,
        services.app_settings,
        services.archive,
        services.settings,
        services.customers,
        clock=lambda: PRINTED,
    )


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


def _versions(services: Services) -> list[int]:
    return [row.version for row in services.contracts.templates(Region.TW)]


def _keyboard_ready(editor: ContractTemplatesEditor, qtbot) -> None:
    editor.activateWindow()
    qtbot.waitExposed(editor)


def _ctx(services: Services, translations: Translations, role: Role) -> AppContext:
    user = next(u for u in services.settings.users() if u.role is role)
    services.session.sign_in(user)
    return AppContext(services, translations, user, services.settings.dealership())


@pytest.fixture(autouse=True)
def popups(monkeypatch) -> list[str]:
    """No real message box ever blocks a test: each one is recorded here instead (and a
    question is answered "no")."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: shown.append(text) or False)
    return shown


@pytest.fixture
def page(make_window, demo_services: Services) -> SettingsPage:
    window: MainWindow = make_window(demo_services)
    window.show()
    return window.open_page("settings")


@pytest.fixture
def editor(page: SettingsPage) -> Iterator[ContractTemplatesEditor]:
    """The editor as an administrator opens it: from Settings, with the button."""
    button = page.findChild(QPushButton, "settings_contract_templates")
    assert isinstance(button, ContractTemplatesButton)
    assert button.isVisible() and button.text() == "Contract templates…"
    button.click()
    dialog = button.editor
    assert dialog is not None and dialog.isVisible()
    yield dialog
    if button.editor is not None:
        dialog.done(0)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# -- the happy path -----------------------------------------------------------------------------


def test_admin_edits_in_chinese_adds_reorders_and_saves_a_new_version(
    editor: ContractTemplatesEditor, demo_services: Services, qtbot, popups: list[str]
):
    # GIVEN a contract signed on version 1 of the TW template, printed once
    deal_id = _contracted_deal(demo_services)
    docs = _documents(demo_services)
    original = docs.contract_document(deal_id)
    v1 = demo_services.contracts.templates(Region.TW)[0]
    assert v1.version == 1
    assert demo_services.contracts.contract_for_deal(deal_id).template_version == 1  # type: ignore[union-attr]
    # AND the editor shows the dealership's region, version 1 as the current one
    assert editor.region_combo.currentData() == "TW"
    assert editor.versions_panel.tree.topLevelItemCount() == 1
    assert editor.versions_panel.tree.topLevelItem(0).text(0) == "1 (current)"  # type: ignore[union-attr]
    assert "keep the version they were signed with" in editor.intro_label.text()
    for name in ("{max_odometer_km}", "{delivery_date}", "{delivery_place}", "{seller}", "{buyer}"):
        assert name in editor.hint_label.text()

    # WHEN the second zh_TW clause's heading is retyped with an input method
    zh = editor.editors["zh_TW"]
    editor.tabs.setCurrentWidget(zh)
    zh.select(1)
    old_heading, old_text = v1.clauses["zh_TW"][1]
    zh.heading_edit.setText("")
    type_cjk(zh.heading_edit, "車輛標的物")
    # AND a sentence is typed at the end of its text
    zh.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_cjk(zh.text_edit, "另附配備表。")
    assert zh.list.item(1).text() == "2. 車輛標的物"  # type: ignore[union-attr]
    # AND a clause is added after it, with a placeholder from the menu
    zh.add_button.click()
    assert zh.list.currentRow() == 2 and zh.heading_edit.hasFocus()
    type_cjk(zh.heading_edit, "交車前檢查")
    type_cjk(zh.text_edit, "出賣人應於交車日")
    zh.insert_menu.actions()[1].trigger()  # {delivery_date}
    type_cjk(zh.text_edit, "前完成檢查。")
    new_clause = ("交車前檢查", "出賣人應於交車日{delivery_date}前完成檢查。")
    assert zh.clauses[2].cleaned() == new_clause
    # AND moved up above the edited one with Alt+Up
    _keyboard_ready(editor, qtbot)
    zh.list.setFocus()
    qtbot.keyClick(zh.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert zh.list.currentRow() == 1 and zh.clauses[1].cleaned() == new_clause
    assert "version 2" in editor.status_label.text()
    assert editor.tabs.tabText(0).endswith("•")
    # AND Enter in the heading saves nothing
    zh.select(1)
    qtbot.keyClick(zh.heading_edit, Qt.Key.Key_Return)
    assert editor.isVisible() and _versions(demo_services) == [1]

    # WHEN Ctrl+S is pressed
    qtbot.keyClick(zh.heading_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    # THEN version 2 is stored through the service with every edit, other languages as before
    v2 = demo_services.contracts.templates(Region.TW)[0]
    assert v2.version == 2 and _versions(demo_services) == [2, 1]
    assert v2.clauses["zh_TW"][1] == new_clause
    assert v2.clauses["zh_TW"][2] == ("車輛標的物", old_text + "另附配備表。")
    assert old_heading != "車輛標的物"
    assert len(v2.clauses["zh_TW"]) == len(v1.clauses["zh_TW"]) + 1
    assert v2.clauses["en"] == v1.clauses["en"] and v2.clauses["zh_CN"] == v1.clauses["zh_CN"]
    # AND the editor stays open on version 2, nothing pending
    assert editor.isVisible() and popups == []
    assert editor.status_label.text() == "Saved as version 2."
    tree = editor.versions_panel.tree
    assert tree.topLevelItemCount() == 2 and tree.topLevelItem(0).text(0) == "2 (current)"  # type: ignore[union-attr]
    admin = demo_services.session.require_user().name
    assert tree.topLevelItem(0).text(2) == admin == v2.created_by  # type: ignore[union-attr]
    assert tree.topLevelItem(0).text(3) == "繁體中文"  # type: ignore[union-attr]
    assert not editor.is_dirty() and not editor.tabs.tabText(0).endswith("•")

    # AND the contract signed before keeps version 1 and reprints identically
    assert demo_services.contracts.contract_for_deal(deal_id).template_version == 1  # type: ignore[union-attr]
    reprint = docs.contract_document(deal_id)
    assert reprint == original
    assert "前完成檢查" not in _pdf_text(reprint)
    # AND a contract signed now uses version 2 and prints the new clause
    later = _contracted_deal(demo_services, skip=1)
    assert demo_services.contracts.contract_for_deal(later).template_version == 2  # type: ignore[union-attr]
    assert "交車前檢查" in _pdf_text(docs.contract_document(later))


def test_an_older_version_can_be_taken_up_again(
    editor: ContractTemplatesEditor, demo_services: Services
):
    # GIVEN version 2 changed one English clause
    v1 = demo_services.contracts.templates(Region.TW)[0]
    en = editor.editors["en"]
    en.select(0)
    en.heading_edit.setText("Cooling-off")
    editor.save_button.click()
    assert _versions(demo_services) == [2, 1]
    # WHEN version 1 is selected and taken up again
    panel = editor.versions_panel
    assert not panel.restore_button.isEnabled()  # the current version is already in the editor
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    assert panel.restore_button.isEnabled()
    assert "3" in panel.values["review_days"].text()  # the TW review period
    panel.restore_button.click()
    # THEN its clauses are in the editor, pending; saving makes version 3 equal to version 1
    assert en.clauses[0].cleaned() == v1.clauses["en"][0] and editor.is_dirty()
    editor.save_button.click()
    v3 = demo_services.contracts.templates(Region.TW)[0]
    assert v3.version == 3 and v3.clauses == v1.clauses


# -- refusals -----------------------------------------------------------------------------------


def test_an_invalid_edit_is_shown_at_the_field_and_nothing_is_saved(
    editor: ContractTemplatesEditor, demo_services: Services, qtbot, popups: list[str]
):
    # GIVEN a valid change in zh_TW and an emptied heading in English
    zh, en = editor.editors["zh_TW"], editor.editors["en"]
    zh.select(0)
    zh.heading_edit.setText("契約審閱")
    en.select(3)
    en.heading_edit.setText("   ")
    editor.tabs.setCurrentWidget(zh)
    # WHEN saved
    editor.save_button.click()
    # THEN the English tab opens at the clause with the message, and no language is saved
    assert editor.tabs.currentWidget() is en and en.list.currentRow() == 3
    assert en.heading_error.isVisible() and en.heading_error.text() == REQUIRED
    assert not en.text_error.isVisible()
    assert editor.general_error.isVisible()
    assert _versions(demo_services) == [1]
    assert "繁體中文, English): Save stores them as version 2." in editor.status_label.text()

    # WHEN every zh_CN clause is removed instead
    en.heading_edit.setText("Delivery")
    cn = editor.editors["zh_CN"]
    while cn.clauses:
        cn.remove_button.click()
    editor.save_button.click()
    # THEN the list says a contract needs a clause, and still nothing is saved
    assert editor.tabs.currentWidget() is cn
    assert cn.list_error.text() == "A contract needs at least one clause."
    assert _versions(demo_services) == [1]

    # WHEN Escape is pressed with the edits pending THEN it asks, and "no" keeps the editor
    _keyboard_ready(editor, qtbot)
    qtbot.keyClick(editor.tabs, Qt.Key.Key_Escape)
    assert editor.isVisible() and popups == [
        "Discard your unsaved changes to the contract clauses?"
    ]
    # AND another region is not loaded over the edits either
    editor.region_combo.setCurrentIndex(editor.region_combo.findData("HK"))
    editor.region_combo.activated.emit(editor.region_combo.currentIndex())
    assert editor.region.value == "TW" and editor.region_combo.currentData() == "TW"


def test_nothing_changed_saves_nothing(editor: ContractTemplatesEditor, demo_services: Services):
    editor.editors["en"].select(0)
    heading = editor.editors["en"].heading_edit
    heading.setText(heading.text() + "  ")  # spaces only: the service would store the same
    editor.save_button.click()
    assert _versions(demo_services) == [1]
    assert editor.general_error.text() == "Nothing to save: no clause was changed."


def test_a_version_saved_meanwhile_is_not_overwritten_silently(
    editor: ContractTemplatesEditor, demo_services: Services, monkeypatch, popups: list[str]
):
    # GIVEN the editor has an English change pending, and another desk saves version 2
    en = editor.editors["en"]
    en.select(0)
    en.heading_edit.setText("Review")
    v1 = demo_services.contracts.templates(Region.TW)[0]
    demo_services.contracts.save_clauses(Region.TW, "zh_CN", v1.clauses["zh_CN"][:1])
    # WHEN saved and the question is answered "no" THEN nothing more is stored
    editor.save_button.click()
    assert popups and "Version 2 was saved while you were editing" in popups[-1]
    assert _versions(demo_services) == [2, 1] and editor.is_dirty()
    # WHEN answered "yes" THEN version 3 has the English change on top of version 2
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    editor.save_button.click()
    v3 = demo_services.contracts.templates(Region.TW)[0]
    assert v3.version == 3 and v3.clauses["en"][0][0] == "Review"
    assert v3.clauses["zh_CN"] == v1.clauses["zh_CN"][:1]


def test_what_the_service_refuses_saves_no_language_and_stays_pending(
    editor: ContractTemplatesEditor, demo_services: Services, monkeypatch
):
    # GIVEN zh_TW and English changed, and a service that refuses the English clause text
    contracts = demo_services.contracts
    real = contracts.save_template

    def save(region: Region, texts, **kwargs):  # type: ignore[no-untyped-def]
        if "en" in texts:
            field = "languages.en.clauses.0.text"
            raise ValidationErrors(
                [ValidationError(field, "Use at most {max_len} characters.", max_len=9)]
            )
        return real(region, texts, **kwargs)

    monkeypatch.setattr(contracts, "save_template", save)
    editor.editors["zh_TW"].select(0)
    editor.editors["zh_TW"].heading_edit.setText("契約審閱")
    en = editor.editors["en"]
    en.select(0)
    en.text_edit.setPlainText("Ten or more characters")
    editor.tabs.setCurrentWidget(editor.editors["zh_TW"])
    # WHEN saved
    editor.save_button.click()
    # THEN no language is saved: both stay pending, the message at the English text
    assert _versions(demo_services) == [1]
    assert editor.tabs.currentWidget() is en and en.list.currentRow() == 0
    assert en.text_error.text() == "Use at most 9 characters."
    assert en.clauses[0].text == "Ten or more characters"
    assert editor.changed_languages() == ["zh_TW", "en"]


def test_a_salesperson_gets_no_button_and_the_service_refuses(
    qtbot, demo_services: Services, translations, popups: list[str]
):
    # GIVEN a salesperson at the desk
    ctx = _ctx(demo_services, translations, Role.SALESPERSON)
    # THEN there is no button for them
    button = ContractTemplatesButton(ctx)
    qtbot.addWidget(button)
    assert button.isHidden()
    # AND the button does not open the editor even if pressed
    button.click()
    assert button.editor is None
    assert popups == ["Only a sales manager or an administrator may change contract templates."]
    # AND the services refuse a new version and the preview
    clauses = demo_services.contracts.templates(Region.TW)[0].clauses["en"]
    with pytest.raises(PermissionDenied):
        demo_services.contracts.save_clauses(Region.TW, "en", clauses)
    with pytest.raises(PermissionDenied):
        demo_services.documents.preview_contract_template(Region.TW, "en", clauses)
    # AND an editor opened anyway says so on Save, saving nothing
    editor = ContractTemplatesEditor(ctx)
    qtbot.addWidget(editor)
    editor.editors["en"].select(0)
    editor.editors["en"].heading_edit.setText("Review")
    editor.save_button.click()
    assert popups[-1] == "Only a sales manager or an administrator may change contract templates."
    assert _versions(demo_services) == [1]
    assert editor.is_dirty()  # the edits are still there


def test_the_settings_page_hides_the_button_from_a_salesperson(
    qtbot, demo_services: Services, translations, qsettings
):
    ctx = _ctx(demo_services, translations, Role.SALESPERSON)
    window = MainWindow(ctx, qsettings, on_language=lambda code: translations.apply(code or "en"))
    qtbot.addWidget(window)
    window.show()
    page = window.open_page("settings")
    button = page.findChild(QPushButton, "settings_contract_templates")
    assert button is not None and not button.isVisibleTo(window)


# -- the preview --------------------------------------------------------------------------------


def test_the_preview_prints_the_edited_clause_before_saving(
    editor: ContractTemplatesEditor, demo_services: Services
):
    # GIVEN an edited zh_TW clause, not saved
    zh = editor.editors["zh_TW"]
    editor.tabs.setCurrentWidget(zh)
    zh.select(0)
    zh.text_edit.setPlainText("")
    type_cjk(zh.text_edit, "預覽專用條文，買受人{buyer}確認。")
    # WHEN previewed
    editor.preview_button.click()
    # THEN a sample contract shows it with the placeholder filled in, and nothing is saved
    preview = editor.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    text = _pdf_text(preview.pdf_bytes)
    assert "預覽專用條文，買受人王小明確認。" in text
    assert "樣張" in text and "汽車買賣契約書" in text
    assert preview.page_count >= 2
    assert _versions(demo_services) == [1] and editor.is_dirty()
    preview.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert editor.preview is None


def test_odd_placeholders_are_pointed_out() -> None:
    assert odd_placeholders("{buyer} 於 {delivery_date} 交車") == []
    assert odd_placeholders("｛buyer｝ and {buyr} and {seller}") == ["｛buyer｝", "{buyr}"]


# -- names, titles, dates and the review period ---------------------------------------------------


def test_two_languages_and_the_settings_edited_are_one_new_version(
    editor: ContractTemplatesEditor, demo_services: Services, popups: list[str]
):
    # GIVEN a contract signed on version 1, printed once
    deal_id = _contracted_deal(demo_services)
    docs = _documents(demo_services)
    original = docs.contract_document(deal_id)
    v1 = demo_services.contracts.templates(Region.TW)[0]
    zh, en = editor.editors["zh_TW"], editor.editors["en"]
    assert zh.name_edit.text() == v1.names["zh_TW"] and en.title_edit.text() == v1.titles["en"]
    settings = editor.settings
    assert settings.roc_check.isChecked() and settings.review_spin.value() == 3
    # WHEN the zh_TW name and title are retyped, an English clause is edited,
    zh.name_edit.setText("")
    type_cjk(zh.name_edit, "新車買賣契約（二〇二七年版）")
    zh.title_edit.setText("")
    type_cjk(zh.title_edit, "新車買賣契約書")
    en.select(0)
    en.heading_edit.setText("Time to review")
    # AND western dates and five review days are chosen
    settings.roc_check.setChecked(False)
    settings.review_spin.setValue(5)
    assert editor.changed_languages() == ["zh_TW", "en"]
    assert editor.changed_settings() == ["roc_dates", "review_days"]
    assert editor.status_label.text() == (
        "Unsaved changes (繁體中文, English, dates, review period): Save stores them as version 2."
    )
    editor.save_button.click()
    # THEN it is ONE new version with all of it
    assert _versions(demo_services) == [2, 1] and popups == []
    v2 = demo_services.contracts.templates(Region.TW)[0]
    assert v2.names["zh_TW"] == "新車買賣契約（二〇二七年版）"
    assert v2.titles["zh_TW"] == "新車買賣契約書"
    assert v2.clauses["en"][0][0] == "Time to review" and v2.clauses["zh_TW"] == v1.clauses["zh_TW"]
    assert (v2.roc_dates, v2.review_days) == (False, 5)
    assert editor.status_label.text() == "Saved as version 2." and not editor.is_dirty()
    # AND the list shows who saved it and which languages changed
    top = editor.versions_panel.tree.topLevelItem(0)
    assert top is not None and top.text(2) == demo_services.session.require_user().name
    assert top.text(3) == "繁體中文, English"
    assert editor.versions_panel.tree.headerItem().text(2) == "Saved by"
    # AND the contract signed before keeps version 1 and reprints identically to the byte
    assert demo_services.contracts.contract_for_deal(deal_id).template_version == 1  # type: ignore[union-attr]
    assert docs.contract_document(deal_id) == original
    # AND taking up version 1 again brings back its name, title and settings
    panel = editor.versions_panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    panel.restore_button.click()
    assert zh.name_edit.text() == v1.names["zh_TW"] and zh.title_edit.text() == v1.titles["zh_TW"]
    assert settings.roc_check.isChecked() and settings.review_spin.value() == 3


def test_two_review_days_in_taiwan_are_refused_at_the_field(
    editor: ContractTemplatesEditor, demo_services: Services
):
    # GIVEN the TW review period lowered to 2 days and an emptied template name
    editor.settings.review_spin.setValue(2)
    cn = editor.editors["zh_CN"]
    cn.name_edit.setText(" ")
    # WHEN saved
    editor.save_button.click()
    # THEN the spin box says why, the name too, and nothing is saved
    error = editor.settings.review_error
    assert error.isVisible()
    assert error.text() == "Taiwan law gives the buyer at least 3 days to review."
    assert editor.tabs.currentWidget() is cn and cn.name_error.text() == REQUIRED
    assert editor.general_error.isVisible()
    assert _versions(demo_services) == [1] and editor.is_dirty()
    # WHEN the legal three days are chosen and the name typed again THEN it saves
    editor.settings.review_spin.setValue(3)
    assert not error.isVisible()
    cn.name_edit.setText("汽车买卖合同")
    editor.save_button.click()
    assert _versions(demo_services) == [2, 1]
    saved = demo_services.contracts.templates(Region.TW)[0]
    assert saved.review_days == 3 and saved.names["zh_CN"] == "汽车买卖合同"
