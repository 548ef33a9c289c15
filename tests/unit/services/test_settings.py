"""First run and dealership settings: everything or nothing is saved, with errors per field."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from showroom_app.db.models import Dealership, User
from showroom_app.domain.enums import Currency, DocLanguage, Region, Role
from showroom_app.domain.errors import NotFound, ValidationErrors
from showroom_app.domain.records import DealershipForm
from showroom_app.services.container import Services

VALID_FORM = DealershipForm(
    name="宏達汽車 大安展示中心",
    address="臺北市大安區復興南路一段 100 號",
    phone="02 2700 1234",
    tax_id="04595257",
    region="TW",
    doc_language="zh_TW",
)


def _row_counts(services: Services) -> tuple[int, int]:
    with services.db.read() as s:
        dealers = s.scalar(select(func.count()).select_from(Dealership)) or 0
        users = s.scalar(select(func.count()).select_from(User)) or 0
    return dealers, users


def test_a_new_database_needs_the_first_run(services: Services) -> None:
    # GIVEN a brand-new database
    # WHEN the application asks whether to show the first-run screen
    # THEN it does, and there is no dealership or user to show yet
    assert services.settings.needs_first_run()
    assert _row_counts(services) == (0, 0)
    with pytest.raises(NotFound):
        services.settings.dealership()
    with pytest.raises(NotFound):
        services.settings.default_user()


@pytest.mark.parametrize(("dealer_name", "salesperson"), [("", ""), ("   ", " \t ")])
def test_empty_names_are_reported_together_and_nothing_is_saved(
    services: Services, dealer_name: str, salesperson: str
) -> None:
    # GIVEN a first-run form with no dealership name and no salesperson name
    form = replace(VALID_FORM, name=dealer_name)

    # WHEN it is submitted
    with pytest.raises(ValidationErrors) as info:
        services.settings.complete_first_run(form, salesperson)

    # THEN both fields are named at once ...
    fields = {e.field for e in info.value.errors}
    assert {"name", "salesperson_name"} <= fields
    assert info.value.for_field("name") is not None
    assert info.value.for_field("salesperson_name") is not None

    # ... and nothing at all was saved
    assert services.settings.needs_first_run()
    assert _row_counts(services) == (0, 0)


def test_invalid_phone_and_tax_id_are_reported_on_their_fields(services: Services) -> None:
    # GIVEN a form with a phone number and a Taiwan company number that are not valid
    form = replace(VALID_FORM, phone="12345", tax_id="12345678")

    # WHEN it is submitted
    with pytest.raises(ValidationErrors) as info:
        services.settings.complete_first_run(form, "林經理")

    # THEN each error sits next to its field, and nothing was saved
    assert {e.field for e in info.value.errors} == {"phone", "tax_id"}
    tax_error = info.value.for_field("tax_id")
    assert tax_error is not None
    assert tax_error.code == "tax_id_checksum"
    assert services.settings.needs_first_run()
    assert _row_counts(services) == (0, 0)


def test_a_valid_first_run_saves_the_dealership_and_an_administrator(services: Services) -> None:
    # GIVEN a valid Taiwan form, the phone typed the way people dial it
    # WHEN it is submitted with the first salesperson's name
    user = services.settings.complete_first_run(VALID_FORM, "  林   經理 ")

    # THEN the first user is an administrator with a cleaned name
    assert user.role is Role.ADMINISTRATOR
    assert user.name == "林 經理"
    assert user.active

    # THEN the dealership is saved, normalised, with the region's currency
    info = services.settings.dealership()
    assert info.name == VALID_FORM.name
    assert info.phone == "+886227001234"
    assert info.tax_id == "04595257"
    assert info.region is Region.TW
    assert info.currency is Currency.TWD
    assert info.doc_language is DocLanguage.ZH_TW
    assert info.is_demo is False

    # THEN the first run is over, with exactly one dealership and one user
    assert not services.settings.needs_first_run()
    assert _row_counts(services) == (1, 1)
    assert services.settings.default_user() == user


def test_save_dealership_updates_the_one_row(services: Services) -> None:
    # GIVEN a completed first run
    services.settings.complete_first_run(VALID_FORM, "林經理")

    # WHEN the details are changed in Settings
    saved = services.settings.save_dealership(
        replace(VALID_FORM, name="宏達汽車 信義展示中心", phone="0912 345 678", paper_size="Letter")
    )

    # THEN the same row holds the new, normalised details
    info = services.settings.dealership()
    assert info == saved
    assert info.name == "宏達汽車 信義展示中心"
    assert info.phone == "+886912345678"
    assert info.paper_size == "Letter"
    assert _row_counts(services) == (1, 1)


def test_save_dealership_with_a_bad_field_changes_nothing(services: Services) -> None:
    # GIVEN a completed first run
    services.settings.complete_first_run(VALID_FORM, "林經理")
    before = services.settings.dealership()

    # WHEN Settings are saved with an invalid tax number
    with pytest.raises(ValidationErrors) as info:
        services.settings.save_dealership(replace(VALID_FORM, name="New", tax_id="12345678"))

    # THEN the error names the field and the stored details are unchanged
    assert info.value.for_field("tax_id") is not None
    assert services.settings.dealership() == before


def test_default_user_is_the_first_user(services: Services) -> None:
    # GIVEN a first run followed by two more (later) users
    first = services.settings.complete_first_run(VALID_FORM, "林經理")
    with services.db.write() as s:
        s.add_all(
            [
                User(
                    name="陳志明",
                    role=Role.SALESPERSON.value,
                    active=True,
                    created_at=s.get_one(Dealership, 1).created_at,
                ),
                User(
                    name="王美玲",
                    role=Role.SALESPERSON.value,
                    active=True,
                    created_at=s.get_one(Dealership, 1).created_at,
                ),
            ]
        )

    # WHEN the desk asks which user to open as
    default = services.settings.default_user()

    # THEN it is the first one, and the user list is in creation order
    assert default == first
    assert [u.name for u in services.settings.users()] == ["林經理", "陳志明", "王美玲"]
