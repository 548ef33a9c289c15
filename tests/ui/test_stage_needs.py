"""Stage 3 of the cockpit, 需求分析: the needs form, its drafts, the intent suggestion and the
printed needs summary — real widgets, GIVEN / WHEN / THEN.

CJK text is typed with input-method events or ``setText`` (``keyClicks`` with CJK aborts
the interpreter, STYLE.md §4).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from cjk_input import type_cjk
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from showroom_app.db.models import AuditEntry, Opportunity
from showroom_app.domain.cockpit import LEVEL_RANK, StageStatus, next_follow_up
from showroom_app.domain.enums import IntentLevel, OpportunityStatus, Stage
from showroom_app.domain.needs import NeedsForm
from showroom_app.services.container import Services
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_needs_analysis import NeedsAnalysisPanel
from showroom_app.ui.cockpit.stage_needs_print import NeedsSummaryPreview
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import Translations

SAVE_TIMEOUT = 3000  # ms: the autosave contract is 800 ms after typing pauses


def _open_opportunity(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
                .limit(1)
            ).one()
        )


def _dispose(dialog: QWidget) -> None:
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture
def ctx(demo_services: Services, translations: Translations) -> AppContext:
    user = demo_services.session.require_user()
    return AppContext(
        services=demo_services,
        translations=translations,
        user=user,
        dealership=demo_services.settings.dealership(),
    )


@pytest.fixture
def oid(ctx: AppContext) -> int:
    return _open_opportunity(ctx.services)


@pytest.fixture
def cockpit(qtbot, ctx: AppContext, oid: int) -> Iterator[CockpitDialog]:
    dialog = CockpitDialog(ctx, oid)
    dialog.show()
    yield dialog
    _dispose(dialog)


def needs_panel(dialog: CockpitDialog) -> NeedsAnalysisPanel:
    panel = dialog.open_stage(Stage.NEEDS_ANALYSIS).panel
    assert isinstance(panel, NeedsAnalysisPanel)
    return panel


def stored(ctx: AppContext, oid: int) -> NeedsForm:
    return ctx.services.cockpit.cockpit(oid).needs


def test_the_whole_form_saves_itself_including_chinese_text(qtbot, cockpit, ctx, oid):
    # GIVEN the needs page of an opportunity with no needs recorded
    panel = needs_panel(cockpit)
    f = panel.form
    assert stored(ctx, oid) == NeedsForm()
    # WHEN every field is filled in (ASCII typed key by key, Chinese by the input method)
    qtbot.keyClicks(f.lines["budget_min"], "900,000")
    type_cjk(f.lines["budget_max"], "120萬")
    f.combos["payment_method"].setCurrentIndex(f.combos["payment_method"].findData("loan"))
    qtbot.keyClicks(f.lines["down_payment_pct"], "30")
    qtbot.keyClicks(f.lines["monthly_target"], "18000")
    f.combos["timeline"].setCurrentIndex(f.combos["timeline"].findData("<=15d"))
    type_cjk(f.lines["decision_maker"], "夫妻共同決定")
    f.usage["family"].click()
    f.usage["commute"].click()
    type_cjk(f.lines["main_driver"], "太太")
    qtbot.keyClicks(f.lines["passengers"], "5")
    type_cjk(f.family_notes, "兩個小孩，需要 ISOFIX")
    qtbot.keyClicks(f.lines["current_vehicle_brand"], "Toyota")
    type_cjk(f.lines["current_vehicle_model"], "可樂娜")
    qtbot.keyClicks(f.lines["current_vehicle_year"], "2014")
    qtbot.keyClicks(f.lines["current_vehicle_km"], "150,000")
    f.trade_in.click()
    f.combos["powertrain_pref"].setCurrentIndex(f.combos["powertrain_pref"].findData("HEV"))
    f.combos["home_charging"].setCurrentIndex(f.combos["home_charging"].findData("no"))
    f.lines["competitors"].setText("Honda CR-V、Mazda CX-5")
    type_cjk(f.lines["color_prefs"], "珍珠白，灰色")
    # AND the priorities are ranked with the keyboard: Space ticks, Ctrl+Up moves up
    plist = f.priorities.list
    plist.setFocus()
    for code in ("space", "safety"):
        row = next(i for i in range(plist.count()) if plist.item(i).data(Qt.UserRole) == code)
        plist.setCurrentRow(row)
        qtbot.keyClick(plist, Qt.Key.Key_Space)
    qtbot.keyClick(plist, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert f.priorities.value() == ("safety", "space")
    assert plist.item(0).text().startswith("1.")
    # THEN, after the typing pause, all of it is in the database, exactly
    expected = NeedsForm(
        budget_min=Decimal("900000.00"),
        budget_max=Decimal("1200000.00"),
        payment_method="loan",
        down_payment_pct=30,
        monthly_target=Decimal("18000.00"),
        usage=("commute", "family"),  # a set of uses: kept in the list's order
        main_driver="太太",
        passengers=5,
        family_notes="兩個小孩，需要 ISOFIX",
        current_vehicle_brand="Toyota",
        current_vehicle_model="可樂娜",
        current_vehicle_year=2014,
        current_vehicle_km=150000,
        trade_in=True,
        powertrain_pref="HEV",
        home_charging="no",
        priorities=("safety", "space"),
        competitors=("Honda CR-V", "Mazda CX-5"),
        color_prefs=("珍珠白", "灰色"),
        timeline="<=15d",
        decision_maker="夫妻共同決定",
    )
    qtbot.waitUntil(lambda: stored(ctx, oid) == expected, timeout=SAVE_TIMEOUT)
    # AND the stage shows as done in the bar (budget and timeline are recorded)
    qtbot.waitUntil(
        lambda: (
            cockpit.stage_buttons[Stage.NEEDS_ANALYSIS].property("stage_status")
            == StageStatus.DONE.value
        ),
        timeout=SAVE_TIMEOUT,
    )
    assert "All answers saved" in f.status_label.text()
    assert ctx.services.drafts.load(panel.draft_key) is None
    # AND the plate question is not asked outside the Mainland (the demo dealer is in Taiwan)
    assert not f.combos["plate_eligibility"].isVisibleTo(panel)


def test_bad_input_is_marked_at_the_field_kept_as_draft_and_never_saved(qtbot, cockpit, ctx, oid):
    panel = needs_panel(cockpit)
    f = panel.form
    # WHEN the minimum budget is above the maximum, 120 % is typed, and a valid answer too
    qtbot.keyClicks(f.lines["budget_min"], "2000000")
    qtbot.keyClicks(f.lines["budget_max"], "1000000")
    qtbot.keyClicks(f.lines["down_payment_pct"], "120")
    type_cjk(f.lines["main_driver"], "先生本人")
    # THEN the valid answer is saved, the others are not
    qtbot.waitUntil(lambda: stored(ctx, oid).main_driver == "先生本人", timeout=SAVE_TIMEOUT)
    needs = stored(ctx, oid)
    assert (needs.budget_min, needs.budget_max, needs.down_payment_pct) == (None, None, None)
    # AND each message is at its field
    assert f.errors["budget"].isVisible()
    assert f.errors["budget"].text() == "The minimum budget cannot be above the maximum."
    assert f.errors["down_payment_pct"].text() == "Enter a number from 0 to 100."
    assert not f.errors["main_driver"].isVisible()
    assert "correct the marked fields" in f.status_label.text()
    # AND the typed values are kept as a draft
    draft = ctx.services.drafts.load(panel.draft_key)
    assert draft is not None
    assert draft.payload["fields"] == {
        "budget_min": "2000000",
        "budget_max": "1000000",
        "down_payment_pct": "120",
    }
    # WHEN text that is no number is typed THEN it is refused the same way
    f.lines["passengers"].setText("五")
    panel.flush()
    assert f.errors["passengers"].text() == "Enter a whole number."
    assert stored(ctx, oid).passengers is None
    # WHEN everything is corrected THEN it is saved, the messages go and the draft is removed
    f.lines["budget_min"].setText("900,000")
    f.lines["down_payment_pct"].setText("20 %")
    f.lines["passengers"].setText("５")  # full-width digit from a Chinese keyboard
    qtbot.waitUntil(lambda: stored(ctx, oid).budget_min == Decimal("900000"), timeout=SAVE_TIMEOUT)
    needs = stored(ctx, oid)
    assert (needs.budget_max, needs.down_payment_pct, needs.passengers) == (
        Decimal("1000000"),
        20,
        5,
    )
    assert not any(label.isVisible() for label in f.errors.values())
    assert ctx.services.drafts.load(panel.draft_key) is None


def test_after_a_crash_the_record_and_the_draft_come_back(qtbot, ctx, oid):
    # GIVEN a cockpit where valid and invalid answers were typed and autosaved
    first = CockpitDialog(ctx, oid)
    first.show()
    panel = needs_panel(first)
    key = panel.draft_key
    f = panel.form
    type_cjk(f.lines["decision_maker"], "岳父")
    qtbot.keyClicks(f.lines["budget_min"], "1500000")
    qtbot.keyClicks(f.lines["budget_max"], "800000")
    f.combos["timeline"].setCurrentIndex(f.combos["timeline"].findData("<=30d"))
    qtbot.waitUntil(lambda: ctx.services.drafts.load(key) is not None, timeout=SAVE_TIMEOUT)
    assert stored(ctx, oid).decision_maker == "岳父"
    # WHEN the window dies without being closed (no closeEvent, no flush)
    first.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # AND a new cockpit is opened on the same opportunity
    second = CockpitDialog(ctx, oid)
    second.show()
    try:
        f = needs_panel(second).form
        # THEN the valid answers come from the record, the invalid ones from the draft
        assert f.lines["decision_maker"].text() == "岳父"
        assert f.combos["timeline"].currentData() == "<=30d"
        assert (f.lines["budget_min"].text(), f.lines["budget_max"].text()) == (
            "1500000",
            "800000",
        )
        # AND the page says so and marks what still needs correcting
        assert f.status_label.text().startswith("Unsaved input restored")
        assert f.errors["budget"].isVisible()
        assert (stored(ctx, oid).budget_min, stored(ctx, oid).budget_max) == (None, None)
    finally:
        _dispose(second)


def test_the_suggested_level_is_confirmed_in_the_panel_and_logged(
    qtbot, cockpit, ctx, oid, monkeypatch
):
    service = ctx.services.cockpit
    panel = needs_panel(cockpit)
    f = panel.form
    box = f.intent_box
    before = service.cockpit(oid).intent_level
    # GIVEN a timeline that suggests a level other than the current one
    timeline = "<=7d" if before is not IntentLevel.H else "<=30d"
    wanted = IntentLevel.H if timeline == "<=7d" else IntentLevel.B
    f.combos["timeline"].setCurrentIndex(f.combos["timeline"].findData(timeline))
    panel.flush()
    # THEN the panel offers the suggested level, and the follow-up date its cadence gives
    assert box.chosen() is wanted
    assert labels.intent_level(wanted.value) in box.suggestion_label.text()
    cadence = service.cockpit(oid).definition.cadence
    due = next_follow_up(wanted, date.today(), cadence)
    assert labels.day(due) in box.preview_label.text()
    # WHEN it is confirmed
    box.confirm_button.click()
    # THEN the opportunity has the level and the follow-up date, and both are logged
    view = service.cockpit(oid)
    assert (view.intent_level, view.next_follow_up) == (wanted, due)
    with ctx.services.db.read() as s:
        entry = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "opportunity", AuditEntry.entity_id == oid)
            .where(AuditEntry.field == "intent_level")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and (entry.old_value, entry.new_value) == (before.value, wanted.value)
    assert labels.intent_level(wanted.value) in cockpit.intent_combo.currentText()
    assert labels.day(due) in box.current_label.text()
    # WHEN a lower level is picked THEN it is only set after the salesperson says yes
    lower = LEVEL_RANK[LEVEL_RANK.index(wanted) + 2]
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: asked.append(text) or False)
    box.picker.setCurrentIndex(box.picker.findData(lower.value))
    box.confirm_button.click()
    assert asked and labels.intent_level(lower.value) in asked[0]
    assert service.cockpit(oid).intent_level is wanted
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    box.confirm_button.click()
    assert service.cockpit(oid).intent_level is lower


def test_print_shows_the_summary_of_the_saved_answers(qtbot, cockpit, ctx, oid):
    panel = needs_panel(cockpit)
    f = panel.form
    customer = ctx.services.customers.get(ctx.services.cockpit.cockpit(oid).customer_id)
    # GIVEN a budget typed a moment ago (not yet saved by its timer)
    qtbot.keyClicks(f.lines["budget_min"], "850000")
    qtbot.keyClicks(f.lines["budget_max"], "990000")
    # WHEN Ctrl+P is pressed on the needs page
    cockpit.activateWindow()
    qtbot.waitExposed(cockpit)
    qtbot.keyClick(f.lines["budget_max"], Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # THEN the typed input is saved first and the summary is previewed
    preview = panel.preview
    assert isinstance(preview, NeedsSummaryPreview)
    assert stored(ctx, oid).budget_max == Decimal("990000")
    try:
        text = text_of(preview.pdf_bytes)
        assert "需求確認單" in text  # the dealership's document language
        assert "NT$850,000–NT$990,000" in text
        assert customer.name.replace(" ", "") in text
        # WHEN another document language is chosen THEN it is rendered again
        preview.language_combo.setCurrentIndex(preview.language_combo.findData("en"))
        text = text_of(preview.pdf_bytes)
        assert "Needssummary" in text and "NT$850,000–NT$990,000" in text
        assert preview.page_count == 1
    finally:
        preview.close()
    # AND each rendering is logged as a print of this opportunity
    with ctx.services.db.read() as s:
        prints = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "print", AuditEntry.entity_id == oid)
        ).all()
    assert len(prints) == 2


def test_print_shortcut_belongs_to_the_needs_page_only(qtbot, cockpit, ctx, oid):
    panel = needs_panel(cockpit)
    cockpit.open_stage(Stage.RECEPTION)
    cockpit.activateWindow()
    qtbot.waitExposed(cockpit)
    qtbot.keyClick(cockpit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert panel.preview is None


def test_tab_goes_down_the_left_column_then_the_right_one(cockpit):
    f = needs_panel(cockpit).form
    chain = f.tab_chain()
    widget = chain[0]
    seen = [widget]
    for _step in range(2000):  # the window's whole focus chain is far shorter
        widget = widget.nextInFocusChain()
        if widget is chain[0]:
            break
        if widget in chain:
            seen.append(widget)
    assert seen == chain
    names = [w.objectName() for w in chain]
    assert names.index("needs_budget_min") < names.index("needs_payment_method")
    assert names.index("needs_family_notes") < names.index("needs_current_vehicle_brand")
    assert f.family_notes.tabChangesFocus()


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("", None),
        ("  ", None),
        ("900000", Decimal("900000")),
        ("1,200,000", Decimal("1200000")),
        ("NT$1,200,000", Decimal("1200000")),
        ("120萬", Decimal("1200000")),
        ("12.5万", Decimal("125000")),
        ("１，２００，０００", Decimal("1200000")),  # full-width, from a Chinese keyboard
        ("¥ 18,000.50", Decimal("18000.50")),
        ("-5", Decimal("-5")),  # the domain refuses it, with its own message
    ],
)
def test_amounts_are_read_as_typed_at_the_desk(typed: str, amount: Decimal | None):
    from showroom_app.ui.cockpit.stage_needs_fields import parse_amount

    assert parse_amount(typed, "budget_min") == amount


@pytest.mark.parametrize("typed", ["abc", "1.2.3", "萬", "12萬5", "1e6"])
def test_text_that_is_no_amount_is_refused(typed: str):
    from showroom_app.domain.errors import ValidationError
    from showroom_app.ui.cockpit.stage_needs_fields import parse_amount

    with pytest.raises(ValidationError) as caught:
        parse_amount(typed, "budget_max")
    assert caught.value.field == "budget_max"


def test_whole_numbers_and_lists():
    from showroom_app.domain.errors import ValidationError
    from showroom_app.ui.cockpit.stage_needs_fields import parse_list, parse_whole

    assert parse_whole("30 %", "down_payment_pct", suffixes=("%",)) == 30
    assert parse_whole("１５０，０００", "current_vehicle_km") == 150000
    assert parse_whole("", "passengers") is None
    with pytest.raises(ValidationError):
        parse_whole("五", "passengers")
    assert parse_list("Honda CR-V、Mazda CX-5， 豐田 RAV4;;") == (
        "Honda CR-V",
        "Mazda CX-5",
        "豐田 RAV4",
    )
