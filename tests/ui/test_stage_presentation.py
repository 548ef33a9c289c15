"""Stage 4 in the cockpit with real widgets: recommendations with reasons, comparison and its
printout, the walkaround with FAB cards, objections, and the catalogue editor's roles."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from sqlalchemy import select
from testdata import DEMO_TODAY

from showroom_app.db.models import Opportunity, User
from showroom_app.domain.enums import OpportunityStatus, Role, Stage
from showroom_app.domain.errors import PermissionDenied
from showroom_app.domain.needs import NeedsForm
from showroom_app.domain.presentation import WALKAROUND_POINTS, FabCardForm
from showroom_app.domain.records import UserInfo
from showroom_app.services.container import Services
from showroom_app.ui import messages
from showroom_app.ui.catalogue_editor import CatalogueEditorDialog
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_presentation import PresentationPanel
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import Translations


def _open_opportunity(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
            ).first()
        )


def _context(services: Services, translations: Translations) -> AppContext:
    return AppContext(
        services=services,
        translations=translations,
        user=services.session.require_user(),
        dealership=services.settings.dealership(),
    )


def _dispose(widget) -> None:
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def opp(demo_services: Services) -> int:
    opp = _open_opportunity(demo_services)
    demo_services.cockpit.save_needs(
        opp,
        NeedsForm(
            budget_min=Decimal("900000"),
            budget_max=Decimal("1300000"),
            passengers=5,
            powertrain_pref="HEV",
            home_charging="no",
            priorities=("safety", "space", "economy"),
        ),
        today=DEMO_TODAY,
    )
    return opp


@pytest.fixture
def cockpit(qtbot, demo_services, translations, opp) -> Iterator[CockpitDialog]:
    dialog = CockpitDialog(_context(demo_services, translations), opp)
    dialog.show()
    yield dialog
    _dispose(dialog)


def _panel(dialog: CockpitDialog) -> PresentationPanel:
    panel = dialog.open_stage(Stage.PRESENTATION).panel
    assert isinstance(panel, PresentationPanel)
    return panel


def test_recommendations_are_shown_with_their_reasons(cockpit, demo_services, opp):
    # GIVEN a customer wanting a 5-seat hybrid within NT$0.9–1.3M, safety first
    panel = _panel(cockpit)
    tree = panel.recommended.tree
    # THEN the service's ranking is listed, best first, each with its reasons
    expected = demo_services.presentation.recommendations(opp)
    assert tree.topLevelItemCount() == len(expected.items) == 5
    first = expected.items[0]
    assert first.row.powertrain == "HEV"
    top = tree.topLevelItem(0)
    assert first.row.full_name("en") in top.text(0)
    assert top.text(1) == f"NT${first.row.msrp:,.0f}"
    reasons = panel.recommended.reasons_of(first.row.trim_id)
    texts = [text for _tone, text in reasons]
    assert "Within the budget" in texts
    assert "5 seats for 5 passengers" in texts
    assert "Hybrid (HEV), as preferred" in texts
    assert any(t.startswith("Priority 1 · Safety: ") for t in texts)
    assert all(tone == "good" for tone, _ in reasons[:3])
    assert not panel.recommended.note.isVisible()


def test_compare_three_refuses_a_fourth_and_prints_the_comparison(
    cockpit, demo_services, opp, monkeypatch
):
    panel = _panel(cockpit)
    rows = demo_services.presentation.browse()
    # WHEN three trims are picked in the catalogue
    table = panel.catalogue.table
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for i in range(3):
        table.selectionModel().select(panel.catalogue.model.index(i, 0), flags)
    assert panel.catalogue.selected_trims() == [r.trim_id for r in rows[:3]]
    panel.catalogue.compare_button.click()
    # THEN they are compared side by side and stored
    assert panel.current_tab() == "compare"
    assert panel.compare.compared_names() == [r.full_name("en") for r in rows[:3]]
    assert demo_services.presentation.presentation(opp).compared == tuple(
        r.trim_id for r in rows[:3]
    )
    assert panel.tabs.tabText(2) == "Compare (3 of 3)"
    # WHEN a fourth is added THEN it is refused at the comparison, nothing stored
    panel.show_tab("catalogue")
    table.clearSelection()
    table.selectRow(3)
    panel.catalogue.compare_button.click()
    assert panel.compare.error.isVisible()
    assert "at most 3" in panel.compare.error.text()
    assert len(demo_services.presentation.presentation(opp).compared) == 3
    # WHEN the comparison is printed THEN the PDF names the trims with their MSRP
    monkeypatch.setattr(messages, "critical", lambda *a: pytest.fail(f"error shown: {a}"))
    panel.compare.print_button.click()
    preview = panel.compare.preview
    assert preview is not None and preview.language == "zh_TW"  # the dealership's
    preview.language_combo.setCurrentIndex(preview.language_combo.findData("en"))
    text = re.sub(
        r"\s+",
        "",
        "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf_bytes)).pages),
    )
    for row in rows[:3]:
        assert re.sub(r"\s+", "", row.full_name("en")) in text
        assert f"NT${row.msrp:,.0f}" in text
    assert "Trimcomparison" in text
    preview.close()
    # AND a trim can be taken out again
    panel.compare.table.selectColumn(0)
    panel.compare.remove_button.click()
    assert demo_services.presentation.presentation(opp).compared == tuple(
        r.trim_id for r in rows[1:3]
    )


def test_walkaround_shows_priority_cards_first_and_saves_ticked_points(cockpit, demo_services, opp):
    panel = _panel(cockpit)
    # WHEN the best recommendation is walked around
    best = panel.recommended.selected_trim()
    assert best is not None
    panel.recommended.present_button.click()
    assert panel.current_tab() == "walkaround"
    assert panel.walkaround.current_trim() == best
    assert demo_services.presentation.presentation(opp).trims[-1] == best
    # THEN at the driver seat the safety card (the customer's first priority) comes first
    panel.walkaround.points.setCurrentRow(WALKAROUND_POINTS.index("driver_seat"))
    frames = panel.walkaround.card_frames
    assert frames, "the demo has cards for the driver seat"
    ranks = [f.property("priority_rank") for f in frames]
    assert ranks[0] == 1
    assert ranks == sorted(ranks, key=lambda r: (r == 0, r))
    assert frames[0].badge.text() == "★ Priority 1 · Safety"
    assert frames[0].isVisibleTo(panel)
    # WHEN two points are ticked THEN they are saved, and their cards count as shown
    for code in ("front_left_45", "driver_seat"):
        panel.walkaround.points.item(WALKAROUND_POINTS.index(code)).setCheckState(
            Qt.CheckState.Checked
        )
    record = demo_services.presentation.presentation(opp)
    assert record.points_done == ("front_left_45", "driver_seat")
    assert {f.card.card.card_id for f in frames} <= set(record.cards_shown)
    assert panel.tabs.tabText(3) == "Walkaround (2 of 6)"
    # AND unticking is saved too
    panel.walkaround.points.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert demo_services.presentation.presentation(opp).points_done == ("driver_seat",)


def test_objection_with_tags_is_autosaved_and_listed(cockpit, demo_services, opp, qtbot):
    panel = _panel(cockpit)
    section = panel.objections
    panel.show_tab("objections")
    # WHEN tags are ticked and the customer's words typed (CJK: setPlainText, STYLE.md)
    section.tag_checks["price"].setChecked(True)
    section.tag_checks["delivery_time"].setChecked(True)
    section.text_edit.setPlainText("覺得價格比競品高，而且要等兩個月")
    section.response_edit.setPlainText("說明本月優惠與現車")
    # THEN it saves itself after the typing pause
    qtbot.waitUntil(lambda: bool(demo_services.presentation.objections(opp)), timeout=3000)
    stored = demo_services.presentation.objections(opp)[0]
    assert stored.tags == ("price", "delivery_time")
    assert stored.text == "覺得價格比競品高，而且要等兩個月"
    assert stored.response == "說明本月優惠與現車"
    # AND it is listed, with its tags named
    assert section.model.rowCount() == 1
    assert section.model.index(0, 0).data() == "Price, Delivery time"
    assert panel.tabs.tabText(4) == "Objections (1)"
    # WHEN it is marked resolved THEN that saves at once
    section.resolved_check.setChecked(True)
    assert demo_services.presentation.objections(opp)[0].resolved
    # WHEN a second one has tags but no words yet THEN nothing is saved, a draft is kept
    section.new_button.click()
    section.tag_checks["space"].setChecked(True)
    panel.flush()
    assert len(demo_services.presentation.objections(opp)) == 1
    assert section.text_error.isVisible()
    draft = demo_services.drafts.load(panel.draft_key)
    assert draft is not None and draft.payload["tags"] == ["space"]


def test_an_unsaved_objection_comes_back_after_a_crash(qtbot, demo_services, translations, opp):
    ctx = _context(demo_services, translations)
    demo_services.drafts.save(
        f"PresentationPanel:{opp}",
        {
            "objection_id": None,
            "text": "",
            "tags": ["range"],
            "response": "查充電站",
            "resolved": False,
        },
    )
    dialog = CockpitDialog(ctx, opp)
    try:
        section = _panel(dialog).objections
        assert section.tag_checks["range"].isChecked()
        assert section.response_edit.toPlainText() == "查充電站"
        assert not section.restored_label.isHidden()
        section.text_edit.setPlainText("擔心續航不夠")
        _panel(dialog).flush()
        assert [o.tags for o in demo_services.presentation.objections(opp)] == [("range",)]
        assert demo_services.drafts.load(f"PresentationPanel:{opp}") is None
    finally:
        _dispose(dialog)


def test_competitor_compared_is_autosaved(cockpit, demo_services, opp):
    panel = _panel(cockpit)
    panel.compare.competitor_edit.setText("日產 Kicks e-POWER")
    panel.compare.competitor_edit.textEdited.emit("日產 Kicks e-POWER")
    panel.flush()
    assert demo_services.presentation.presentation(opp).competitor == "日產 Kicks e-POWER"


# -- the catalogue editor -------------------------------------------------------------------------


def _salesperson(services: Services) -> UserInfo:
    with services.db.write() as s:
        row = User(name="Alice", role="salesperson", active=True, created_at=datetime.now())
        s.add(row)
        s.flush()
        return UserInfo(row.id, row.name, Role.SALESPERSON)


def test_salesperson_cannot_edit_fab_cards(qtbot, demo_services, translations):
    model_id = demo_services.presentation.browse()[0].model_id
    demo_services.session.sign_in(_salesperson(demo_services))
    ctx = _context(demo_services, translations)
    editor = CatalogueEditorDialog(ctx)
    qtbot.addWidget(editor)
    # THEN the editor opens read-only, saying why
    assert not editor.read_only_label.isHidden()
    editor.select("model", model_id)
    assert editor.cards.cards.rowCount() > 0  # the cards can be read
    assert not editor.cards.save_button.isEnabled()
    assert not editor.cards.edits[("feature", "en")].isEnabled()
    # AND the service refuses the write whatever the screen does
    with pytest.raises(PermissionDenied):
        demo_services.presentation.save_fab_card(
            FabCardForm(model_id=model_id, point="rear", feature={"en": "Tow bar"})
        )


def test_manager_edits_a_fab_card_in_three_languages_and_a_spec(
    qtbot, demo_services, translations, monkeypatch
):
    monkeypatch.setattr(messages, "critical", lambda *a: pytest.fail(f"error shown: {a}"))
    monkeypatch.setattr(messages, "ask", lambda *a: pytest.fail(f"asked: {a}"))
    ctx = _context(demo_services, translations)
    editor = CatalogueEditorDialog(ctx)
    qtbot.addWidget(editor)
    row = demo_services.presentation.browse()[0]
    editor.select("model", row.model_id)
    cards = editor.cards
    before = len(demo_services.presentation.fab_cards(row.model_id))
    cards.new_button.click()
    cards.point_combo.setCurrentIndex(cards.point_combo.findData("rear"))
    cards.priority_combo.setCurrentIndex(cards.priority_combo.findData("space"))
    cards.edits[("feature", "zh_TW")].setText("電動尾門")
    cards.edits[("feature", "zh_CN")].setText("电动尾门")
    cards.edits[("feature", "en")].setText("Power tailgate")
    cards.edits[("benefit", "en")].setPlainText("Hands full? It opens by itself")
    cards.save_button.click()
    saved = demo_services.presentation.fab_cards(row.model_id)
    assert len(saved) == before + 1
    card = next(c for c in saved if c.feature.get("en") == "Power tailgate")
    assert card.feature == {"zh_TW": "電動尾門", "zh_CN": "电动尾门", "en": "Power tailgate"}
    assert (card.point, card.priority) == ("rear", "space")
    # a card without a feature is refused at the form
    cards.new_button.click()
    cards.edits[("benefit", "en")].setPlainText("No feature")
    cards.save_button.click()
    assert not cards.error.isHidden()
    assert len(demo_services.presentation.fab_cards(row.model_id)) == before + 1
    # leaving the model with an unsaved card asks first
    other = next(r for r in demo_services.presentation.browse() if r.model_id != row.model_id)
    monkeypatch.setattr(messages, "ask", lambda *a: False)
    editor.select("model", other.model_id)
    assert editor.cards.model_id == row.model_id and editor.cards.dirty
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    editor.select("model", other.model_id)
    assert editor.cards.model_id == other.model_id and not editor.cards.dirty
    editor.select("trim", row.trim_id)
    # a spec: a bad value is marked, a good one saved
    field = editor.specs.fields["boot_l"]
    field.setText("-5")
    editor.specs.save_button.click()
    assert not editor.specs.errors["boot_l"].isHidden()
    field.setText("615")
    editor.specs.save_button.click()
    assert demo_services.presentation.trim_specs(row.trim_id)["boot_l"] == "615"
    assert not editor.specs.dirty and not editor.cards.dirty  # closes without asking


def test_inventory_offers_the_editor_to_managers_only(qtbot, demo_services, translations):
    from showroom_app.ui.pages.inventory import InventoryPage

    manager_page = InventoryPage(_context(demo_services, translations))
    qtbot.addWidget(manager_page)
    assert not manager_page.catalogue_button.isHidden()
    manager_page.catalogue_button.click()
    assert manager_page.catalogue_editor.isVisible()
    assert not manager_page.catalogue_editor.read_only
    manager_page.catalogue_editor.close()
    demo_services.session.sign_in(_salesperson(demo_services))
    sales_page = InventoryPage(_context(demo_services, translations))
    qtbot.addWidget(sales_page)
    assert sales_page.catalogue_button.isHidden()
