"""Where the application keeps its files.

Everything is resolved once, here, so tests and the demo mode can point the whole
application somewhere else with one environment variable (``SHOWROOM_HOME``) and never
touch a salesperson's real data or settings.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from showroom_app import APP_ID

ENV_HOME = "SHOWROOM_HOME"
ENV_DATABASE_URL = "SHOWROOM_DATABASE_URL"


def resources_dir() -> Path:
    """Bundled resources; works from the source tree, a wheel and a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "showroom_app" / "resources"
    return Path(__file__).resolve().parent / "resources"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "showroom.sqlite3"

    @property
    def demo_database_file(self) -> Path:
        return self.data_dir / "demo" / "showroom-demo.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @classmethod
    def default(cls) -> AppPaths:
        home = os.environ.get(ENV_HOME)
        if home:
            root = Path(home).expanduser().resolve()
            return cls(
                data_dir=root / "data",
                config_dir=root / "config",
                cache_dir=root / "cache",
                log_dir=root / "logs",
            )
        dirs = PlatformDirs(appname=APP_ID, appauthor=False)
        return cls(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )
