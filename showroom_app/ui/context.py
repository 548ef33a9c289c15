"""What every page needs: the services, who is at the desk and the interface language."""

from __future__ import annotations

from dataclasses import dataclass, field

from showroom_app.domain.enums import Region
from showroom_app.domain.permissions import Capability, can
from showroom_app.domain.records import DealershipInfo, UserInfo
from showroom_app.services.container import Services
from showroom_app.ui.i18n import Translations


@dataclass
class AppContext:
    services: Services
    translations: Translations
    user: UserInfo
    dealership: DealershipInfo
    listeners: list[object] = field(default_factory=list)

    @property
    def region(self) -> Region:
        return self.dealership.region

    @property
    def language(self) -> str:
        return self.translations.language

    @property
    def may_see_cost(self) -> bool:
        return can(self.user.role, Capability.SEE_COST)
