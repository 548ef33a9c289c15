"""Stage 4, product presentation: the stage's own tools on its cockpit page.

Five tabs, in the order a presentation usually goes — but any can be used at any time:
the trims recommended for this customer with the reasons, the whole catalogue with
filters, up to three trims side by side (printable), the six-point walkaround with the FAB
cards of the chosen trim (the customer's priorities first), and the customer's objections.

Everything saves at once (a tick, a pick) or ≤ ``AUTOSAVE_MS`` after typing pauses (an
objection, the competitor); an objection that cannot be saved yet (no text) is kept as a
draft and restored when the panel opens again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.presentation import MAX_COMPARED, WALKAROUND_POINTS
from showroom_app.services.cockpit import CockpitView
from showroom_app.services.presentation_records import PresentationRecord
from showroom_app.ui import messages
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_presentation_catalogue import CatalogueSection
from showroom_app.ui.cockpit.stage_presentation_compare import CompareSection
from showroom_app.ui.cockpit.stage_presentation_objections import ObjectionsSection
from showroom_app.ui.cockpit.stage_presentation_recommended import RecommendedSection
from showroom_app.ui.cockpit.stage_presentation_walkaround import WalkaroundSection
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import name_widget


def first_error(exc: ValidationError | ValidationErrors) -> ValidationError:
    return exc.errors[0] if isinstance(exc, ValidationErrors) else exc


class PresentationPanel(StagePanel):
    """The presentation tools of one opportunity; ``record`` is what is stored.

    A tab's contents are built the first time it is shown (or used): opening the cockpit
    costs only the recommendations, not the catalogue, the comparison and the cards.
    """

    SECTIONS: tuple[tuple[str, type[QWidget]], ...] = (
        ("recommended", RecommendedSection),
        ("catalogue", CatalogueSection),
        ("compare", CompareSection),
        ("walkaround", WalkaroundSection),
        ("objections", ObjectionsSection),
    )

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("presentation_panel")
        services = ctx.services
        self.record: PresentationRecord = services.presentation.presentation(opportunity_id)
        self.objection_count = len(services.presentation.objections(opportunity_id))
        self._built: dict[str, Any] = {}
        self.finish_setup()
        if services.drafts.load(self.draft_key) is not None:
            self.objections.restore_draft()

    # -- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.heading = QLabel(self)
        self.heading.setObjectName("presentation_heading")
        self.heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.heading)
        self.tabs = name_widget(QTabWidget(self), "presentation_tabs")
        self.tabs.setMinimumHeight(540)
        self.pages: list[QWidget] = []
        for name, _cls in self.SECTIONS:
            page = QWidget(self.tabs)
            page.setObjectName(f"presentation_tab_{name}")
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            self.pages.append(page)
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs)
        self.section("recommended")
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    def section(self, name: str) -> Any:
        """The tab's section, built now if it was not yet."""
        built = self._built.get(name)
        if built is None:
            index = [n for n, _ in self.SECTIONS].index(name)
            factory: Any = self.SECTIONS[index][1]
            built = factory(self)
            layout = self.pages[index].layout()
            if layout is not None:
                layout.addWidget(built)
            self._built[name] = built
            if self._ready:
                built.retranslate_ui()
        return built

    def built(self, name: str) -> Any:
        """The section if it is built, else None (nothing is built by asking)."""
        return self._built.get(name)

    @property
    def recommended(self) -> RecommendedSection:
        return self.section("recommended")  # type: ignore[no-any-return]

    @property
    def catalogue(self) -> CatalogueSection:
        return self.section("catalogue")  # type: ignore[no-any-return]

    @property
    def compare(self) -> CompareSection:
        return self.section("compare")  # type: ignore[no-any-return]

    @property
    def walkaround(self) -> WalkaroundSection:
        return self.section("walkaround")  # type: ignore[no-any-return]

    @property
    def objections(self) -> ObjectionsSection:
        return self.section("objections")  # type: ignore[no-any-return]

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.pages[[n for n, _ in self.SECTIONS].index(name)])

    def current_tab(self) -> str:
        return self.SECTIONS[max(0, self.tabs.currentIndex())][0]

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Presentation tools"))
        for section in self._built.values():
            section.retranslate_ui()
        self.update_tab_titles()

    def update_tab_titles(self) -> None:
        titles = (
            self.tr("Recommended"),
            self.tr("Catalogue"),
            self.tr("Compare (%1 of %2)")
            .replace("%1", str(len(self.record.compared)))
            .replace("%2", str(MAX_COMPARED)),
            self.tr("Walkaround (%1 of %2)")
            .replace("%1", str(len(self.record.points_done)))
            .replace("%2", str(len(WALKAROUND_POINTS))),
            self.tr("Objections (%1)").replace("%1", str(self.objection_count)),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)

    def on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.SECTIONS):
            self.section(self.SECTIONS[index][0])

    # -- the cockpit's hooks ----------------------------------------------------------------
    def show_view(self, view: CockpitView) -> None:
        """After any save in the cockpit: the needs may have changed, so re-rank; fields
        being typed are left alone."""
        super().show_view(view)
        self.recommended.refresh()

    def autosave(self) -> None:
        compare, objections = self.built("compare"), self.built("objections")
        if compare is not None:
            compare.save_competitor()
        if objections is not None:
            objections.autosave()

    # -- actions the sections share ---------------------------------------------------------
    def save(self, on_error: Callable[[str], None] | None = None, **parts: Any) -> bool:
        """Store parts of the presentation record; a refused value is shown by ``on_error``
        (at its field), anything else in a message box. True when saved."""
        try:
            self.record = self.ctx.services.presentation.save_presentation(
                self.opportunity_id, **parts
            )
        except (ValidationError, ValidationErrors) as exc:
            text = messages.validation_text(first_error(exc))
            if on_error is not None:
                on_error(text)
            else:
                messages.critical(self, self.tr("Not saved"), text)
            return False
        except ShowroomError as exc:
            self.report(exc)
            return False
        self.update_tab_titles()
        self.changed.emit()
        return True

    def report(self, exc: ShowroomError) -> None:
        if isinstance(exc, ValidationError):
            text = messages.validation_text(exc)
        else:
            text = str(exc)
        messages.critical(self, self.tr("Not saved"), text)

    def print_document(self) -> bool:
        """Ctrl+P: the comparison sheet of the trims being compared."""
        if not self.record.compared:
            return False
        self.compare.on_print_button_clicked()
        return True

    def add_to_compare(self, trim_ids: Sequence[int]) -> bool:
        """Add trims to the side-by-side comparison (refused beyond three, at the field)."""
        wanted = list(dict.fromkeys([*self.record.compared, *trim_ids]))
        if wanted == list(self.record.compared):
            self.show_tab("compare")
            return True
        ok = self.save(self.compare.error.set_error, compared=wanted)
        if ok:
            self.compare.error.set_error("")
            self.compare.show_record()
            self._refresh_walkaround_trims()
        self.show_tab("compare")
        return ok

    def remove_from_compare(self, trim_id: int) -> bool:
        wanted = [i for i in self.record.compared if i != trim_id]
        ok = self.save(self.compare.error.set_error, compared=wanted)
        if ok:
            self.compare.error.set_error("")
            self.compare.show_record()
        return ok

    def present(self, trim_id: int) -> None:
        """Walk around this trim: it counts as presented, and its cards are shown."""
        if self.save(trims=[trim_id]):
            self._refresh_walkaround_trims()
            self.walkaround.choose_trim(trim_id)
            self.show_tab("walkaround")

    def _refresh_walkaround_trims(self) -> None:
        walkaround = self.built("walkaround")
        if walkaround is not None:
            walkaround.refresh_trims()


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return PresentationPanel(ctx, opportunity_id, parent)


__all__ = ["PresentationPanel", "create_panel"]
