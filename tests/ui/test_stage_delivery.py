"""Stage 7 of the cockpit, 交車儀式 (issue 6, items 5 and 6): the delivery page — the note
without a contract, the PDI, the handover, the VIN checked against the contract, warnings
that need a "yes", the whole delivery through the page, the photo, drafts and the printed
documents with their language choice. Real widgets, GIVEN / WHEN / THEN.

ASCII is typed with ``keyClicks``; Chinese goes in with ``setText`` (STYLE.md).
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent
from sqlalchemy import func, select

from showroom_app.db.models import (
    Deal,
    Delivery,
    FollowUpTask,
    Opportunity,
    StockVehicle,
    Trim,
)
from showroom_app.domain.cockpit import ItemRecord, ItemState
from showroom_app.domain.deal import Deposit
from showroom_app.domain.delivery import (
    FUNCTIONS_TO_EXPLAIN,
    HANDOVER_DOCUMENTS,
    TOOLS_AND_LOOSE_ITEMS,
    HandoverForm,
    PdiRecord,
    PdiResult,
    for_powertrain,
    pdi_template,
)
from showroom_app.domain.enums import (
    DepositKind,
    OpportunityStatus,
    Powertrain,
    Stage,
    StockStatus,
)
from showroom_app.domain.validators import make_vin
from showroom_app.services.container import Services
from showroom_app.services.contracts_rules import ContractForm
from showroom_app.ui import messages
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_delivery import DeliveryPanel
from showroom_app.ui.cockpit.stage_delivery_pdi import CHOICES
from showroom_app.ui.context import AppContext
from showroom_app.ui.document_preview import DocumentPreview
from showroom_app.ui.i18n import Translations

D = Decimal


# -- set-up ---------------------------------------------------------------------------------------


def _open_opportunities(services: Services) -> list[int]:
    with services.db.read() as s:
        return [
            int(i)
            for i in s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
            )
        ]


def contracted_deal(
    services: Services, opportunity_id: int, powertrain: Powertrain = Powertrain.ICE
) -> int:
    """A contracted cash deal on a free stock unit (contract maximum 50 km)."""
    with services.db.read() as s:
        unit = s.scalars(
            select(StockVehicle.id)
            .join(Trim, Trim.id == StockVehicle.trim_id)
            .where(
                StockVehicle.status == StockStatus.IN_STOCK.value,
                StockVehicle.is_test_car.is_(False),
                Trim.powertrain == powertrain.value,
            )
            .order_by(StockVehicle.id)
        ).first()
    assert unit is not None
    today = date.today()
    view = services.deals.open_deal(opportunity_id, f"ui-{opportunity_id}", stock_vehicle_id=unit)
    services.deals.save_inputs(
        view.deal_id,
        dataclasses.replace(view.inputs, deposit=Deposit(D("30000"), DepositKind.EARNEST, today)),
    )
    services.contracts.create_contract(
        view.deal_id,
        ContractForm(
            buyer_name="王小明",
            id_number="A123456789",
            buyer_address="臺北市信義區松仁路 100 號",
            sign_date=today,
            review_given_date=today - timedelta(days=4),
            delivery_date=today + timedelta(days=7),
        ),
    )
    return view.deal_id


def record_everything(services: Services, deal_id: int, *, odometer: int = 12) -> None:
    """Through the service: PDI signed, handover complete, the contract's VIN."""
    delivery = services.delivery
    view = delivery.get(deal_id)
    pt = view.powertrain
    delivery.schedule(deal_id, datetime.now() + timedelta(hours=1))
    delivery.save_pdi(
        deal_id, {i.code: PdiRecord(PdiResult.OK) for g in pdi_template(pt) for i in g.items}
    )
    delivery.sign_off_pdi(deal_id, "陳師傅", datetime.now() - timedelta(minutes=1))
    done = ItemRecord(ItemState.DONE)
    delivery.save_handover(
        deal_id,
        HandoverForm(
            documents={d.code: done for d in HANDOVER_DOCUMENTS[view.region]},
            functions={f.code: done for f in for_powertrain(FUNCTIONS_TO_EXPLAIN, pt)},
            tools={t.code: done for t in for_powertrain(TOOLS_AND_LOOSE_ITEMS, pt)},
            keys_count=2,
            payment_settled=True,
        ),
    )
    delivery.set_vehicle_details(
        deal_id, vin=view.contract_vin, plate="ABC-1234", odometer=odometer,
        service_advisor="李服務",
    )  # fmt: skip


def _deal_state(services: Services, deal_id: int) -> tuple[str, str, str]:
    """(deal status, stock unit status, opportunity status)."""
    with services.db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        unit = s.get(StockVehicle, deal.stock_vehicle_id)
        opp = s.get(Opportunity, deal.opportunity_id)
        assert unit is not None and opp is not None
        return deal.status, unit.status, opp.status


@pytest.fixture
def ctx(demo_services: Services, translations: Translations) -> AppContext:
    user = demo_services.session.require_user()
    return AppContext(
        services=demo_services,
        translations=translations,
        user=user,
        dealership=demo_services.settings.dealership(),
    )


class Page:
    """A cockpit window on the delivery page."""

    def __init__(self, ctx: AppContext, opportunity_id: int) -> None:
        self.dialog = CockpitDialog(ctx, opportunity_id)
        self.dialog.resize(1280, 900)
        self.dialog.show()
        page = self.dialog.open_stage(Stage.DELIVERY)
        assert isinstance(page.panel, DeliveryPanel)
        self.panel: DeliveryPanel = page.panel
        self.closed = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.panel.preview is not None:
            self.panel.preview.close()
        self.dialog.close()
        self.dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def open_page(qtbot, ctx: AppContext) -> Iterator:
    pages: list[Page] = []

    def opener(opportunity_id: int) -> Page:
        page = Page(ctx, opportunity_id)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


class Dialogs:
    """The questions asked (answered with ``answer``) and the messages shown."""

    def __init__(self) -> None:
        self.answer = True
        self.questions: list[str] = []
        self.messages: list[str] = []

    def ask(self, _parent: object, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer

    def critical(self, _parent: object, _title: str, text: str) -> None:
        self.messages.append(text)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    dialogs = Dialogs()
    monkeypatch.setattr(messages, "ask", dialogs.ask)
    monkeypatch.setattr(messages, "critical", dialogs.critical)
    return dialogs


# -- without a contract ---------------------------------------------------------------------------


def test_without_a_contract_the_page_points_to_the_deal_desk(ctx, open_page) -> None:
    # GIVEN an opportunity without a deal WHEN its delivery page opens
    page = open_page(_open_opportunities(ctx.services)[0])
    panel = page.panel
    # THEN it says where to go and shows no delivery fields
    assert panel.deal_id is None and panel.body is None
    assert panel.note_box.isVisible() and "deal desk" in panel.no_deal_label.text()
    # AND the button opens the deal desk
    panel.open_closing_button.click()
    assert page.dialog.current_stage() is Stage.CLOSING


# -- the VIN, warnings, the whole delivery --------------------------------------------------------


def test_a_vin_other_than_the_contracts_is_refused_at_the_field(ctx, open_page, qtbot, asked):
    services = ctx.services
    opp = _open_opportunities(services)[0]
    deal_id = contracted_deal(services, opp)
    record_everything(services, deal_id)
    page = open_page(opp)
    panel = page.panel
    vin_edit = panel.vehicle.edits["vin"]
    assert vin_edit.text() == services.delivery.get(deal_id).contract_vin
    # WHEN another (valid) VIN is typed
    other = make_vin("JTMZZZ1ZZNK", "999999")
    vin_edit.selectAll()
    qtbot.keyClicks(vin_edit, other)
    panel.flush()
    # THEN it is kept, with a warning at the field while recording
    assert services.delivery.get(deal_id).vin == other
    warning = panel.vehicle.errors["vin"]
    assert warning.isVisible() and other in warning.text()
    # WHEN the car is marked delivered
    panel.mark_button.click()
    # THEN the mismatch is an error at the VIN field and listed by the button
    assert "not the contract's VIN" in warning.text() and "b00020" in warning.styleSheet()
    assert panel.mark_error.isVisible() and "not the contract's VIN" in panel.mark_error.text()
    # AND nothing changed: the deal is still contracted, the unit reserved, the sale open
    assert _deal_state(services, deal_id) == ("contracted", "reserved", OpportunityStatus.WON.value)
    assert services.delivery.get(deal_id).delivered_at is None
    assert asked.questions == []


def test_warnings_need_a_yes_before_the_car_is_delivered(ctx, open_page, qtbot, asked):
    services = ctx.services
    opp = _open_opportunities(services)[0]
    deal_id = contracted_deal(services, opp)
    record_everything(services, deal_id)
    page = open_page(opp)
    panel = page.panel
    # GIVEN an odometer over the contract's 50 km
    odometer = panel.vehicle.edits["odometer"]
    odometer.selectAll()
    qtbot.keyClicks(odometer, "80")
    panel.flush()
    assert "80" in panel.vehicle.errors["odometer"].text()  # warned at the field
    # WHEN "Mark delivered" is answered "no"
    asked.answer = False
    panel.mark_button.click()
    # THEN the question named the odometer, and nothing was delivered
    assert len(asked.questions) == 1 and "80 km" in asked.questions[0]
    assert _deal_state(services, deal_id)[0] == "contracted"
    # WHEN it is answered "yes" THEN the car is delivered
    asked.answer = True
    panel.mark_button.click()
    assert _deal_state(services, deal_id) == (
        "delivered",
        "sold",
        OpportunityStatus.DELIVERED.value,
    )
    assert panel.result_label.isVisible() and not panel.mark_button.isEnabled()


def test_the_checklists_follow_the_cars_powertrain(ctx, open_page) -> None:
    services = ctx.services
    petrol_opp, electric_opp = _open_opportunities(services)[:2]
    contracted_deal(services, petrol_opp, Powertrain.ICE)
    contracted_deal(services, electric_opp, Powertrain.BEV)
    petrol = open_page(petrol_opp).panel
    electric = open_page(electric_opp).panel
    # an electric car: battery charge and charging cable, no engine oil or exhaust
    assert {"hv_soc", "charging_cable"} <= set(electric.pdi.rows)
    assert not {"engine_oil", "exhaust", "idle"} & set(electric.pdi.rows)
    assert "charging" in electric.handover.rows["functions"]
    assert "charging_cable" in electric.handover.rows["tools"]
    # a petrol car: the other way round
    assert {"engine_oil", "exhaust"} <= set(petrol.pdi.rows) and "hv_soc" not in petrol.pdi.rows
    assert "charging_cable" not in petrol.handover.rows["tools"]


def _tick_pdi_with_the_widgets(panel: DeliveryPanel) -> None:
    rows = list(panel.pdi.rows.values())
    rows[0].combo.setCurrentIndex(CHOICES.index(PdiResult.OK))
    rows[1].combo.setCurrentIndex(CHOICES.index(PdiResult.NOT_APPLICABLE))
    rows[1].note_edit.setText("Not on this trim")
    rows[1].edited.emit(rows[1].code)


def test_the_whole_delivery_through_the_page(ctx, open_page, qtbot, asked):
    services = ctx.services
    opp = _open_opportunities(services)[0]
    deal_id = contracted_deal(services, opp)
    contract_vin = services.delivery.get(deal_id).contract_vin
    page = open_page(opp)
    panel = page.panel
    assert panel.body is not None and not panel.note_box.isVisible()
    # the appointment
    panel.appointment.set_when(datetime.now() + timedelta(hours=2))
    panel.appointment.book_button.click()
    assert services.delivery.get(deal_id).scheduled_at is not None
    assert "Reminder" in panel.appointment.status_label.text()
    # the PDI: two items by hand, the rest "all OK", then the sign-off
    _tick_pdi_with_the_widgets(panel)
    panel.pdi.all_ok_button.click()
    view = services.delivery.get(deal_id)
    second = list(panel.pdi.rows)[1]
    assert view.pdi_pending == () and view.pdi[second].result is PdiResult.NOT_APPLICABLE
    qtbot.keyClicks(panel.pdi.technician_edit, "Chen")
    panel.pdi.sign_button.click()
    assert services.delivery.get(deal_id).pdi_technician == "Chen"
    assert "Chen" in panel.pdi.signed_label.text()
    # the handover
    for group in ("documents", "functions", "tools"):
        panel.handover.all_buttons[group].click()
    panel.handover.keys_spin.setValue(2)
    panel.handover.settled_check.setChecked(True)
    panel.flush()
    form = services.delivery.get(deal_id).handover
    assert form.keys_count == 2 and form.payment_settled
    assert len(form.documents) == len(HANDOVER_DOCUMENTS[ctx.region])
    # the delivered car
    for field, text in (("vin", contract_vin), ("plate", "ABC-1234"), ("odometer", "12"),
                        ("service_advisor", "Lee")):  # fmt: skip
        qtbot.keyClicks(panel.vehicle.edits[field], text)
    panel.flush()
    assert services.delivery.get(deal_id).service_advisor == "Lee"
    # WHEN the car is marked delivered
    with services.db.read() as s:
        before = s.scalar(select(func.count()).select_from(FollowUpTask))
    panel.mark_button.click()
    # THEN the sale is closed: stock sold, opportunity delivered, follow-ups planned
    assert asked.questions == [] and asked.messages == []  # nothing to confirm
    assert _deal_state(services, deal_id) == (
        "delivered",
        "sold",
        OpportunityStatus.DELIVERED.value,
    )
    with services.db.read() as s:
        created = s.scalar(select(func.count()).select_from(FollowUpTask)) - before
    assert created >= 5
    result = panel.result_label.text()
    assert panel.result_label.isVisible() and "Delivered" in result
    found = re.search(r"(\d+) follow-up", result)
    assert found is not None and int(found.group(1)) >= 5
    assert created - int(found.group(1)) in (0, 1)  # and the two-day archive task
    assert "First maintenance" in result
    assert "First maintenance" in panel.vehicle.first_service_label.text()
    assert services.delivery.get(deal_id).first_service_on is not None
    # AND the page is read-only now
    assert not panel.mark_button.isEnabled() and panel.vehicle.edits["vin"].isReadOnly()


def test_a_defect_needs_its_note_and_waits_as_a_draft(ctx, open_page, qtbot) -> None:
    services = ctx.services
    opp = _open_opportunities(services)[0]
    deal_id = contracted_deal(services, opp)
    page = open_page(opp)
    row = page.panel.pdi.rows["paint"]
    # WHEN "defect" is chosen without saying what
    row.combo.setCurrentIndex(CHOICES.index(PdiResult.DEFECT))
    page.panel.flush()
    # THEN it is refused at the row, not saved, and kept as a draft
    assert row.error.isVisible()
    assert "paint" not in services.delivery.get(deal_id).pdi
    assert services.drafts.load(page.panel.draft_key) is not None
    # WHEN the page is opened again (after a crash) THEN the choice is back, with a note
    page.close()
    again = open_page(opp)
    row = again.panel.pdi.rows["paint"]
    assert row.result() is PdiResult.DEFECT and again.panel.draft_note.isVisible()
    # WHEN the defect is described THEN it is saved and the draft is gone
    qtbot.keyClicks(row.note_edit, "Scratch, polish before delivery")
    again.panel.flush()
    assert services.delivery.get(deal_id).pdi["paint"].note == "Scratch, polish before delivery"
    assert services.drafts.load(again.panel.draft_key) is None


# -- the photo ------------------------------------------------------------------------------------


def test_a_broken_missing_or_huge_photo_file_gives_a_message(
    ctx, open_page, asked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = ctx.services
    opp = _open_opportunities(services)[0]
    deal_id = contracted_deal(services, opp)
    page = open_page(opp)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 half a picture")
    picked = {"path": str(broken)}
    monkeypatch.setattr(messages, "open_file_name", lambda *_a: picked["path"])
    # WHEN a damaged file is chosen THEN a message says so and nothing is stored
    page.panel.photo.choose_button.click()
    assert len(asked.messages) == 1 and "damaged" in asked.messages[0]
    assert not services.delivery.get(deal_id).has_photo
    # WHEN the file does not exist THEN a message too
    picked["path"] = str(tmp_path / "gone.jpg")
    page.panel.photo.choose_button.click()
    assert len(asked.messages) == 2 and "gone.jpg" in asked.messages[1]
    # WHEN the file is huge THEN it is refused before being read
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(40 * 1024 * 1024)  # sparse: no 40 MB written
    picked["path"] = str(huge)
    page.panel.photo.choose_button.click()
    assert len(asked.messages) == 3 and "15 MB" in asked.messages[2]
    # WHEN a good (large, portrait) photo is chosen THEN it is stored and shown
    good = tmp_path / "good.jpg"
    Image.new("RGB", (1200, 1800), (30, 120, 200)).save(good, "JPEG")
    picked["path"] = str(good)
    page.panel.photo.choose_button.click()
    assert len(asked.messages) == 3
    assert services.delivery.get(deal_id).has_photo and page.panel.photo.has_photo
    pixmap = page.panel.photo.thumbnail.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()


# -- printing -------------------------------------------------------------------------------------


def test_the_certificate_preview_offers_chinese_with_english(ctx, open_page, tmp_path) -> None:
    services = ctx.services
    opp = _open_opportunities(services)[0]
    deal_id = contracted_deal(services, opp)
    record_everything(services, deal_id)
    photo = io.BytesIO()
    Image.new("RGB", (1600, 900), (200, 30, 30)).save(photo, "JPEG")
    services.delivery.set_photo(deal_id, photo.getvalue())
    page = open_page(opp)
    # WHEN the certificate button is clicked
    page.panel.print_certificate_button.click()
    preview = page.panel.preview
    assert isinstance(preview, DocumentPreview) and preview.pdf_bytes.startswith(b"%PDF")
    combo = preview.language_combo
    names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert names["zh_TW+en"] == "繁體中文 + English"
    assert names["zh_CN+en"] == "简体中文 + English"
    first = preview.pdf_bytes
    # WHEN the bilingual variant is chosen THEN the document is rendered again, once
    combo.setCurrentIndex(combo.findData("zh_CN+en"))
    assert preview.pdf_bytes != first and preview.page_count == 1
    # AND the confirmation prints with Ctrl+P's route (the stage's document)
    assert page.panel.print_document()
    assert page.panel.preview is not preview and page.panel.preview is not None


def test_a_delivery_page_opened_after_delivery_is_read_only(ctx, open_page, asked) -> None:
    services = ctx.services
    opp = _open_opportunities(services)[0]
    deal_id = contracted_deal(services, opp)
    record_everything(services, deal_id)
    services.delivery.mark_delivered(deal_id)
    page = open_page(opp)
    panel = page.panel
    assert "Delivered on" in panel.status_label.text()
    assert not panel.mark_button.isEnabled() and not panel.photo.choose_button.isEnabled()
    assert panel.print_confirmation_button.isEnabled()
    with services.db.read() as s:
        assert s.scalars(select(Delivery).where(Delivery.deal_id == deal_id)).one().delivered_at
