from __future__ import annotations

from datetime import date

import pytest

from showroom_app.services.container import Services
from showroom_app.services.numbering import next_number


def test_numbers_count_up_per_kind_and_year(services: Services) -> None:
    with services.db.write() as s:
        first = next_number(s, "contract", date(2026, 11, 29))
        second = next_number(s, "contract", date(2026, 12, 31))
        receipt = next_number(s, "receipt", date(2026, 11, 29))
        next_year = next_number(s, "contract", date(2027, 1, 1))
    assert (first, second) == ("SC-2026-000001", "SC-2026-000002")
    assert receipt == "RC-2026-000001"
    assert next_year == "SC-2027-000001"


def test_a_rolled_back_save_gives_its_number_back(services: Services) -> None:
    with services.db.write() as s:
        assert next_number(s, "contract", date(2026, 5, 1)) == "SC-2026-000001"
    with pytest.raises(RuntimeError), services.db.write() as s:
        assert next_number(s, "contract", date(2026, 5, 1)) == "SC-2026-000002"
        raise RuntimeError("the contract failed to save")
    with services.db.write() as s:
        assert next_number(s, "contract", date(2026, 5, 1)) == "SC-2026-000002"
