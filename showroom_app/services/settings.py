"""Dealership details, users and the first-run set-up."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from showroom_app.db.models import Dealership, User
from showroom_app.domain.dealership import validate_dealership, validate_person_name
from showroom_app.domain.enums import Currency, DocLanguage, Region, Role
from showroom_app.domain.errors import NotFound, ValidationError, ValidationErrors
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import DealershipForm, DealershipInfo, UserInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

MAX_LOGO_FILE = 5 * 1024 * 1024


def _info(row: Dealership) -> DealershipInfo:
    return DealershipInfo(
        name=row.name,
        address=row.address,
        phone=row.phone,
        tax_id=row.tax_id,
        region=Region(row.region),
        currency=Currency(row.currency),
        doc_language=DocLanguage(row.doc_language),
        paper_size=row.paper_size,
        is_demo=row.is_demo,
    )


class SettingsService:
    def __init__(self, db: Database, session: DeskSession | None = None) -> None:
        self._db = db
        self._session = session  # None: command-line tools before anyone signs in

    def needs_first_run(self) -> bool:
        with self._db.read() as s:
            has_dealer = s.scalar(select(func.count()).select_from(Dealership)) or 0
            has_user = s.scalar(select(func.count()).select_from(User)) or 0
            return not (has_dealer and has_user)

    def dealership(self) -> DealershipInfo:
        with self._db.read() as s:
            row = s.get(Dealership, 1)
            if row is None:
                raise NotFound("The dealership has not been set up yet.")
            return _info(row)

    def complete_first_run(self, form: DealershipForm, salesperson_name: str) -> UserInfo:
        """Save the dealership and its first user in one transaction, or nothing at all."""
        errors: list[ValidationError] = []
        info: DealershipInfo | None = None
        try:
            info = validate_dealership(form)
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        try:
            name = validate_person_name(salesperson_name, field="salesperson_name")
        except ValidationError as exc:
            errors.append(exc)
        if errors or info is None:
            raise ValidationErrors(errors)
        now = datetime.now()
        with self._db.write() as s:
            self._store(s, info, now)
            user = User(name=name, role=Role.ADMINISTRATOR.value, active=True, created_at=now)
            s.add(user)
            s.flush()
            return UserInfo(user.id, user.name, Role(user.role), user.active)

    def save_dealership(self, form: DealershipForm) -> DealershipInfo:
        info = validate_dealership(form)
        with self._db.write() as s:
            row = s.get(Dealership, 1)
            is_demo = row.is_demo if row is not None else False
            self._store(s, info, datetime.now())
        return DealershipInfo(**{**info.__dict__, "is_demo": is_demo})

    @staticmethod
    def _store(s: object, info: DealershipInfo, now: datetime) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        row = s.get(Dealership, 1)
        if row is None:
            row = Dealership(id=1, created_at=now, is_demo=info.is_demo)
            s.add(row)
        row.name = info.name
        row.address = info.address
        row.phone = info.phone
        row.tax_id = info.tax_id
        row.region = info.region.value
        row.currency = info.currency.value
        row.doc_language = info.doc_language.value
        row.paper_size = info.paper_size
        row.updated_at = now

    # -- the letterhead logo ---------------------------------------------------------------
    def logo(self) -> bytes | None:
        with self._db.read() as s:
            row = s.get(Dealership, 1)
            return row.logo if row is not None else None

    def set_logo(self, data: bytes | None) -> None:
        """Store the letterhead logo (the picked file, checked and made a ≤ 600 px PNG),
        or remove it with ``None``. A file that is not a usable picture raises
        ``ValidationError`` on field ``logo`` and nothing changes."""
        if self._session is not None:
            self._session.require(Capability.EDIT_SETTINGS)
        stored: bytes | None = None
        if data is not None:
            if len(data) > MAX_LOGO_FILE:
                raise ValidationError(
                    "logo",
                    QT_TRANSLATE_NOOP("Validation", "The logo file is larger than 5 MB."),
                    "too_large",
                )
            from showroom_app.documents.images import DocumentImageError, prepare_logo

            try:
                stored = prepare_logo(data).data
            except DocumentImageError as exc:
                raise ValidationError(
                    "logo",
                    QT_TRANSLATE_NOOP(
                        "Validation", "This file is not a picture that can be printed."
                    ),
                    exc.code,
                ) from exc
        with self._db.write() as s:
            row = s.get(Dealership, 1)
            if row is None:
                raise NotFound("The dealership has not been set up yet.")
            row.logo = stored
            row.updated_at = datetime.now()

    def users(self, *, include_inactive: bool = False) -> list[UserInfo]:
        with self._db.read() as s:
            q = select(User).order_by(User.id)
            if not include_inactive:
                q = q.where(User.active.is_(True))
            return [UserInfo(u.id, u.name, Role(u.role), u.active) for u in s.scalars(q)]

    def default_user(self) -> UserInfo:
        """The user the desk opens as until sign-in exists: the first active one."""
        users = self.users()
        if not users:
            raise NotFound("No user has been set up yet.")
        return users[0]
