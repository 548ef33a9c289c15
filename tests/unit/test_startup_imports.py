"""Start-up stays light: the heavy libraries load when a document or a file is first used.

ReportLab alone costs ~0.3 s of a cold start at 100k customers (benchmarks/README.md).
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("reportlab", "openpyxl", "PIL")


def test_building_the_services_and_the_window_modules_loads_no_heavy_library() -> None:
    code = (
        "import sys, showroom_app.ui.app, showroom_app.ui.main_window, "
        "showroom_app.services.container as c\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
