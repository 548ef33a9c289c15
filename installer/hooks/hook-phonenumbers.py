"""phonenumbers: the parsing/format metadata only (replaces the contrib hook).

The contrib hook collects every submodule, including the geocoding, carrier and time-zone
data (about 45 MB) the application never uses; the spec also lists those in ``excludes``.
"""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: (
        not any(
            name == f"phonenumbers.{part}" or name.startswith(f"phonenumbers.{part}.")
            for part in _UNUSED
        )
    ),
)
