"""Showroom Assistant (展廳助手): an offline desk assistant for car salespeople."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Showroom Assistant"
APP_ID = "showroom-assistant"
