"""The catalogue (brands, models, trims) and the stock of physical cars."""

from __future__ import annotations

from sqlalchemy import ColumnElement, case, func, select

from showroom_app.db.models import Brand, StockVehicle, Trim, VehicleModel
from showroom_app.domain.enums import Currency, StockStatus
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import LocalisedName, StockRow, TrimRow
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession


def _name(obj: Brand | VehicleModel | Trim) -> LocalisedName:
    return LocalisedName(obj.name_en, obj.name_zh_tw, obj.name_zh_cn)


class CatalogueService:
    def __init__(self, db: Database, session: DeskSession) -> None:
        self._db = db
        self._session = session

    def trims(self) -> list[TrimRow]:
        def count(status: StockStatus) -> ColumnElement[int]:
            return func.coalesce(
                func.sum(case((StockVehicle.status == status.value, 1), else_=0)), 0
            )

        stock = (
            select(
                StockVehicle.trim_id.label("trim_id"),
                count(StockStatus.IN_STOCK).label("in_stock"),
                count(StockStatus.IN_TRANSIT).label("in_transit"),
                count(StockStatus.RESERVED).label("reserved"),
            )
            .group_by(StockVehicle.trim_id)
            .subquery()
        )
        q = (
            select(
                Trim, VehicleModel, Brand, stock.c.in_stock, stock.c.in_transit, stock.c.reserved
            )
            .join(VehicleModel, Trim.model_id == VehicleModel.id)
            .join(Brand, VehicleModel.brand_id == Brand.id)
            .outerjoin(stock, stock.c.trim_id == Trim.id)
            .where(Trim.active.is_(True))
            .order_by(Brand.name_en, VehicleModel.name_en, Trim.msrp)
        )
        with self._db.read() as s:
            return [
                TrimRow(
                    trim_id=t.id,
                    brand=_name(b),
                    model=_name(m),
                    trim=_name(t),
                    body_type=m.body_type,
                    powertrain=t.powertrain,
                    displacement_cc=t.displacement_cc,
                    motor_kw=t.motor_kw,
                    seats=t.seats,
                    msrp=t.msrp,
                    currency=Currency(t.currency),
                    model_year=t.model_year,
                    in_stock=int(in_stock or 0),
                    in_transit=int(in_transit or 0),
                    reserved=int(reserved or 0),
                )
                for t, m, b, in_stock, in_transit, reserved in s.execute(q)
            ]

    def models(self) -> list[tuple[int, LocalisedName, LocalisedName]]:
        """(model id, brand, model) of every active model: what an owned vehicle refers to."""
        q = (
            select(VehicleModel, Brand)
            .join(Brand, VehicleModel.brand_id == Brand.id)
            .where(VehicleModel.active.is_(True))
            .order_by(Brand.name_en, VehicleModel.name_en)
        )
        with self._db.read() as s:
            return [(m.id, _name(b), _name(m)) for m, b in s.execute(q)]

    def stock(self, *, include_sold: bool = False) -> list[StockRow]:
        """Stock units; the dealer cost only for those who may see costs (managers)."""
        may_see_cost = self._session.can(Capability.SEE_COST)
        q = (
            select(StockVehicle, Trim, VehicleModel, Brand)
            .join(Trim, StockVehicle.trim_id == Trim.id)
            .join(VehicleModel, Trim.model_id == VehicleModel.id)
            .join(Brand, VehicleModel.brand_id == Brand.id)
            .order_by(Brand.name_en, VehicleModel.name_en, StockVehicle.vin)
        )
        if not include_sold:
            q = q.where(StockVehicle.status != StockStatus.SOLD.value)
        with self._db.read() as s:
            return [
                StockRow(
                    stock_id=v.id,
                    vin=v.vin,
                    brand=_name(b),
                    model=_name(m),
                    trim=_name(t),
                    colour_ext=v.colour_ext,
                    colour_int=v.colour_int,
                    status=StockStatus(v.status),
                    is_test_car=v.is_test_car,
                    plate=v.plate,
                    arrived_on=v.arrived_on,
                    dealer_cost=v.dealer_cost if may_see_cost else None,
                )
                for v, t, m, b in s.execute(q)
            ]
