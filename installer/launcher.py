"""Entry point of the frozen build: the same as the ``showroom`` command."""

from __future__ import annotations

import sys

from showroom_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
