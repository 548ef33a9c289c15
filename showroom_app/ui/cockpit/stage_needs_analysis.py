"""Stage 3, 需求分析: the needs profile of DOMAIN.md §4.3 on the cockpit page.

Every answer saves itself shortly after typing pauses. An answer that cannot be saved (a
budget minimum above the maximum, 120 %) is marked at its field and kept as a draft while
every other answer is saved; the record never holds a wrong value. Opening the page again
(after a crash too) shows the saved answers with the draft's on top. After a save the page
shows the intent level the answers suggest, for the salesperson to confirm or change, and
the follow-up date the dealership's cadence gives it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from showroom_app.domain.enums import REGION_CURRENCY, IntentLevel, Region
from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.needs import NeedsForm, needs_to_json, validate_needs
from showroom_app.services.cockpit import CockpitView
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_needs_fields as nf
from showroom_app.ui.cockpit.panels import AUTOSAVE_MS, StagePanel
from showroom_app.ui.cockpit.stage_needs_layout import NeedsFields
from showroom_app.ui.cockpit.stage_needs_print import NeedsSummaryPreview, show_needs_summary
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text

#: however long the typing goes on, a save happens this long after the first unsaved change
DEADLINE_MS = 1800

MONEY_FIELDS = ("budget_min", "budget_max", "monthly_target")
WHOLE_FIELDS = ("down_payment_pct", "passengers", "current_vehicle_year", "current_vehicle_km")
LIST_FIELDS = ("competitors", "color_prefs")
TEXT_FIELDS = (
    "main_driver",
    "current_vehicle_brand",
    "current_vehicle_model",
    "decision_maker",
)
COMBO_FIELDS = (
    "payment_method",
    "timeline",
    "powertrain_pref",
    "home_charging",
    "plate_eligibility",
)


class NeedsAnalysisPanel(StagePanel):
    """The needs form, the intent suggestion and "Print needs summary…"."""

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("needs_panel")
        self.currency = REGION_CURRENCY[ctx.region]
        self.show_plate = ctx.region is Region.CN
        self.saved = NeedsForm()  # what the record holds (as last loaded or saved)
        self.bad_fields: set[str] = set()
        self.restored = False  # a draft was put back when the page opened
        self.last_saved_at: datetime | None = None
        self.preview: NeedsSummaryPreview | None = None
        self._draft: dict[str, Any] | None = None
        self._loaded = False
        self._loading = False
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(DEADLINE_MS)
        self._deadline.timeout.connect(self.autosave)
        self.finish_setup()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.form = NeedsFields(self.ctx, self.opportunity_id, self.show_plate, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.form)
        f = self.form
        for edit in f.lines.values():
            edit.textChanged.connect(self.on_field_edited)
        for combo in f.combos.values():
            combo.currentIndexChanged.connect(self.on_field_edited)
        for box in (*f.usage.values(), f.trade_in):
            box.toggled.connect(self.on_field_edited)
        f.family_notes.textChanged.connect(self.on_field_edited)
        f.priorities.changed.connect(self.on_field_edited)
        f.intent_box.changed.connect(self.changed)
        f.print_button.clicked.connect(self.on_print_button_clicked)

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui(self.currency)
        self._show_status()

    # -- the record and the draft --------------------------------------------------------------
    def show_view(self, view: CockpitView) -> None:
        super().show_view(view)
        if not self._loaded:
            self._load(view)
        self.form.intent_box.show_state(view)

    def _load(self, view: CockpitView) -> None:
        """Fill the fields once, when the page opens: the record, then the draft on top."""
        self._loading = True
        try:
            self.saved = view.needs
            self.set_needs(view.needs)
            draft = self.ctx.services.drafts.load(self.draft_key)
            fields = draft.payload.get("fields") if draft is not None else None
            if isinstance(fields, dict) and fields:
                for name, value in fields.items():
                    self.form.set_raw(str(name), value)
                self._draft = {"fields": dict(fields)}
                self.restored = True
        finally:
            self._loading = False
        self._loaded = True
        if self.restored:  # show at once what still needs correcting
            _clean, errors, self.bad_fields = self.evaluate(self.form.raw())
            self._show_errors(errors)
        self._show_status()

    def set_needs(self, needs: NeedsForm) -> None:
        """Show a profile in the fields (no save)."""
        lang = self.ctx.language
        raw: dict[str, Any] = {
            **{n: nf.amount_text(getattr(needs, n)) for n in MONEY_FIELDS},
            **{n: nf.whole_text(getattr(needs, n)) for n in WHOLE_FIELDS},
            **{n: nf.list_text(getattr(needs, n), lang) for n in LIST_FIELDS},
            **{n: getattr(needs, n) for n in (*TEXT_FIELDS, *COMBO_FIELDS)},
            "current_vehicle_km": nf.whole_text(needs.current_vehicle_km, grouped=True),
            "family_notes": needs.family_notes,
            "usage": list(needs.usage),
            "trade_in": needs.trade_in,
            "priorities": list(needs.priorities),
        }
        for name, value in raw.items():
            self.form.set_raw(name, value)

    # -- typed text -> a profile that can be saved ---------------------------------------------
    def parse(self, raw: dict[str, Any]) -> tuple[dict[str, Any], list[ValidationError]]:
        """Values of the fields that parse, and an error for each that does not."""
        values: dict[str, Any] = {}
        errors: list[ValidationError] = []
        for name in (*MONEY_FIELDS, *WHOLE_FIELDS):
            try:
                if name in MONEY_FIELDS:
                    values[name] = nf.parse_amount(str(raw[name]), name)
                else:
                    values[name] = nf.parse_whole(str(raw[name]), name, suffixes=("%",))
            except ValidationError as exc:
                errors.append(exc)
        for name in LIST_FIELDS:
            values[name] = nf.parse_list(str(raw[name]))
        for name in (*TEXT_FIELDS, *COMBO_FIELDS, "family_notes"):
            values[name] = str(raw[name])
        values["usage"] = tuple(raw["usage"])
        values["priorities"] = tuple(raw["priorities"])
        values["trade_in"] = bool(raw["trade_in"])
        return values, errors

    def evaluate(
        self, raw: dict[str, Any]
    ) -> tuple[NeedsForm | None, list[ValidationError], set[str]]:
        """(the profile to save, the errors to show, the fields held back).

        A field that does not parse or that the domain refuses keeps its saved value in
        the profile; a budget range refused holds back both ends.
        """
        values, errors = self.parse(raw)
        bad = {e.field for e in errors}
        shown = list(errors)
        today = date.today()
        for _round in range(len(values) + 1):
            form = replace(self.saved, **{k: v for k, v in values.items() if k not in bad})
            try:
                return validate_needs(form, today), shown, bad
            except ValidationErrors as exc:
                new: set[str] = set()
                for error in exc.errors:
                    fields = (
                        {"budget_min", "budget_max"}
                        if error.code == "budget_range"
                        else {error.field}
                    )
                    if not fields <= bad:
                        new |= fields
                        shown.append(error)
                if not new:
                    break
                bad |= new
        return None, shown, bad  # pragma: no cover - the saved profile was valid

    # -- saving ---------------------------------------------------------------------------------
    def schedule_autosave(self, *_args: Any) -> None:
        super().schedule_autosave()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> None:
        if self._autosave.isActive() or self._deadline.isActive():
            self.autosave()

    def autosave(self) -> None:
        """Save every answer that can be saved; keep the others as a draft."""
        self._autosave.stop()
        self._deadline.stop()
        if not self._loaded:
            return
        raw = self.form.raw()
        clean, errors, bad = self.evaluate(raw)
        saved_now = False
        suggested: IntentLevel | None = None
        if clean is not None and needs_to_json(clean) != needs_to_json(self.saved):
            try:
                suggested = self.ctx.services.cockpit.save_needs(self.opportunity_id, clean)
            except ValidationErrors as exc:  # the service knows better: hold those back
                errors += exc.errors
                bad |= {e.field for e in exc.errors}
            except ValidationError as exc:
                errors.append(exc)
                bad.add(exc.field)
            except ShowroomError as exc:
                messages.critical(self, self.tr("Not saved"), str(exc))
                return
            else:
                self.saved = clean
                self.last_saved_at = datetime.now()
                saved_now = True
        self.bad_fields = bad
        self._show_errors(errors)
        self._keep_draft(raw, bad)
        self._show_status()
        if saved_now:
            if self.view is not None:
                self.form.intent_box.show_state(self.view, suggested)
            self.changed.emit()

    def _keep_draft(self, raw: dict[str, Any], bad: set[str]) -> None:
        drafts = self.ctx.services.drafts
        try:
            if bad:
                payload = {"fields": {name: raw[name] for name in sorted(bad) if name in raw}}
                if payload != self._draft:
                    customer = self.view.customer_id if self.view is not None else None
                    drafts.save(self.draft_key, payload, customer_id=customer)
                    self._draft = payload
            elif self._draft is not None or self.restored:
                drafts.discard(self.draft_key)
                self._draft = None
                self.restored = False
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))

    def _show_errors(self, errors: list[ValidationError]) -> None:
        texts: dict[str, list[str]] = {}
        for error in errors:
            slot = self.form.error_slot(error.field)
            text = validation_text(error)
            if text not in texts.setdefault(slot, []):
                texts[slot].append(text)
        for slot, label in self.form.errors.items():
            label.set_error("\n".join(texts.get(slot, [])))

    def _show_status(self) -> None:
        label = self.form.status_label
        if self.bad_fields:
            label.setText(
                self.tr("Unsaved input restored: correct the marked fields to save them.")
                if self.restored
                else self.tr("Not saved yet: correct the marked fields.")
            )
            label.setStyleSheet("color: #8a5a00;")
        elif self.last_saved_at is not None:
            label.setText(
                self.tr("All answers saved at %1").replace(
                    "%1", self.last_saved_at.strftime("%H:%M:%S")
                )
            )
            label.setStyleSheet("color: #2e6b30;")
        else:
            label.setText(self.tr("Answers save themselves as you type."))
            label.setStyleSheet("color: #555555;")

    # -- slots ----------------------------------------------------------------------------------
    def on_field_edited(self, *_args: Any) -> None:
        if not self._loading:
            self.schedule_autosave()

    def print_document(self) -> bool:
        """Ctrl+P on the needs page (the cockpit's shortcut): the needs summary."""
        self.on_print_button_clicked()
        return True

    def on_print_button_clicked(self) -> None:
        """Save what was typed, then preview the summary of the saved answers."""
        self.flush()
        name = ""
        if self.view is not None:
            try:
                customer = self.ctx.services.customers.get(self.view.customer_id)
                name = labels.customer_name(customer.name, customer.salutation)
            except ShowroomError:
                name = ""
        self.preview = show_needs_summary(
            self, self.ctx.services, self.opportunity_id, customer_name=name
        )


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return NeedsAnalysisPanel(ctx, opportunity_id, parent)


__all__ = ["AUTOSAVE_MS", "DEADLINE_MS", "NeedsAnalysisPanel", "create_panel"]
