"""The stage's own fields on a cockpit stage page (the needs form, the test-car calendar…).

Each stage's panel lives in its own module ``showroom_app.ui.cockpit.stage_<stage code>``
with a ``create_panel(ctx, opportunity_id, parent) -> StagePanel`` function; a stage
without such a module shows only goal, tips and checklist. The page places the panel
between the talking tips and the checklist, calls ``show_view`` after every reload,
``flush`` before the page is left or the window closes (typed input not yet saved by its
timer is saved then), and reloads the derived status when the panel emits ``changed``.

Autosave contract: a panel saves typed input within ``AUTOSAVE_MS`` of the last keystroke.
Input that cannot be saved yet (invalid) goes to ``services.drafts`` under ``draft_key``
and is put back by ``restore_draft`` when the panel opens again, so a crash loses at most
about two seconds of typing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QWidget

from showroom_app.domain.enums import Stage
from showroom_app.services.cockpit import CockpitView
from showroom_app.ui.context import AppContext

AUTOSAVE_MS = 800  # typing pause after which a panel saves (≤ 2 s lost on a crash)


class StagePanel(QWidget):
    """Base of a stage's own fields. Subclasses build widgets in ``setup_ui`` and
    translate them in ``retranslate_ui``; ``changed`` after anything was saved."""

    changed = Signal()

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.view: CockpitView | None = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._ready = False

    # -- to override ------------------------------------------------------------------------
    def setup_ui(self) -> None:  # pragma: no cover - every panel overrides it
        raise NotImplementedError

    def retranslate_ui(self) -> None:  # pragma: no cover - every panel overrides it
        raise NotImplementedError

    def show_view(self, view: CockpitView) -> None:
        """The opportunity was reloaded (after any save anywhere in the cockpit)."""
        self.view = view

    def autosave(self) -> None:
        """Save what was typed (or keep it as a draft when it is not valid yet)."""

    def print_document(self) -> bool:
        """Ctrl+P in the cockpit: open the stage's printable document; False when none."""
        return False

    # -- shared behaviour -------------------------------------------------------------------
    def finish_setup(self) -> None:
        """Call at the end of a subclass ``__init__``: builds and translates the widgets."""
        self.setup_ui()
        self._ready = True
        self.retranslate_ui()

    def schedule_autosave(self, *_args: Any) -> None:
        """Connect field-edited signals here: saves after a short typing pause."""
        self._autosave.start()

    def flush(self) -> None:
        """Save pending typed input now (the page is being left or the window closed)."""
        if self._autosave.isActive():
            self._autosave.stop()
            self.autosave()

    @property
    def draft_key(self) -> str:
        return f"{type(self).__name__}:{self.opportunity_id}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._ready:
            self.retranslate_ui()
        super().changeEvent(event)


PanelFactory = Callable[[AppContext, int, QWidget], StagePanel]


def panel_factory(stage: Stage) -> PanelFactory | None:
    """The stage's panel factory, or None when the stage has no fields of its own."""
    name = f"showroom_app.ui.cockpit.stage_{stage.value}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise
    factory: PanelFactory = module.create_panel
    return factory
