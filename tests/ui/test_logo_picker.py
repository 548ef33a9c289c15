"""Settings → letterhead logo: pick a file (good, broken, missing), see it, remove it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from showroom_app.ui import messages
from showroom_app.ui.pages.settings import SettingsPage


def _png(path: Path, width: int = 900, height: int = 300) -> Path:
    Image.new("RGB", (width, height), (20, 60, 160)).save(path, "PNG")
    return path


@pytest.fixture
def picker(make_window):
    window = make_window()
    window.open_page(SettingsPage.key)
    page = window.findChild(SettingsPage)
    return page.logo_picker


def _pick(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(messages, "open_file_name", lambda *_a, **_k: str(path))


def test_a_picked_logo_is_stored_shown_and_removable(picker, monkeypatch, tmp_path, demo_services):
    assert picker.thumbnail.text() == "No logo" and not picker.remove_button.isVisible()
    _pick(monkeypatch, _png(tmp_path / "logo.png"))
    picker.choose_button.click()
    stored = demo_services.settings.logo()
    assert stored is not None and Image.open(io.BytesIO(stored)).size == (600, 200)
    assert not picker.thumbnail.pixmap().isNull()
    assert picker.error.isHidden()
    picker.remove_button.click()
    assert demo_services.settings.logo() is None
    assert picker.thumbnail.text() == "No logo"


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7 not a picture"])
def test_a_broken_file_gives_a_message_and_keeps_the_logo(
    picker, monkeypatch, tmp_path, demo_services, content
):
    _pick(monkeypatch, _png(tmp_path / "good.png"))
    picker.choose_button.click()
    kept = demo_services.settings.logo()
    bad = tmp_path / "bad.png"
    bad.write_bytes(content)
    _pick(monkeypatch, bad)
    picker.choose_button.click()
    assert not picker.error.isHidden()
    assert "picture" in picker.error.text()
    assert demo_services.settings.logo() == kept


def test_a_missing_file_gives_a_message(picker, monkeypatch, tmp_path, demo_services):
    _pick(monkeypatch, tmp_path / "gone.png")
    picker.choose_button.click()
    assert not picker.error.isHidden()
    assert "could not be read" in picker.error.text()
    assert demo_services.settings.logo() is None
