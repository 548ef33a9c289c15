"""Which column of an import file holds which field: suggestions from the header names
(English, Traditional and Simplified Chinese) and the mappings users confirmed before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from showroom_app.db import search
from showroom_app.db.models import AppSetting
from showroom_app.services.import_records import HEADERS, IMPORT_FIELDS

MAPPING_KEY = "import_mapping"
MAX_REMEMBERED = 20

# -- suggestions from the header names ----------------------------------------------------

#: Header names people use (English, Traditional, Simplified), "|"-separated; compared
#: after folding (half-width, lower case, Simplified, without spaces and brackets).
_SYNONYM_TEXT: dict[str, str] = {
    "name": (
        "name|customer name|full name|customer|contact|姓名|名字|客戶姓名|客户姓名|客戶名稱|"
        "客户名称|客戶|客户|名稱|名称|聯絡人|联系人|顧客姓名|顾客姓名"
    ),
    "salutation": "salutation|title|稱謂|称谓|稱呼|称呼|性別|性别",
    "kind": "kind|customer type|類型|类型|客戶類型|客户类型|類別|类别",
    "phones": (
        "phone|phones|mobile|mobile phone|cell|cell phone|tel|telephone|phone number|電話|电话|"
        "手機|手机|手機號碼|手机号码|手機號|手机号|電話號碼|电话号码|聯絡電話|联系电话|行動電話|"
        "移动电话|手提電話|市話|座機|座机|客戶電話|客户电话"
    ),
    "address": "address|地址|住址|聯絡地址|联系地址|通訊地址|通讯地址",
    "birthday": "birthday|date of birth|dob|birth date|生日|出生日期",
    "email": "email|e-mail|mail|email address|電子郵件|电子邮件|電郵|电邮|郵箱|邮箱|電子信箱",
    "messaging_id": (
        "messaging id|line|line id|wechat|wechat id|whatsapp|微信|微信號|微信号|通訊軟體帳號|"
        "通讯软件账号|即時通訊|即时通讯"
    ),
    "notes": "notes|note|remarks|remark|comments|comment|memo|備註|备注|說明|说明",
    "preferred_channel": (
        "preferred channel|channel|contact channel|聯絡方式|联系方式|偏好聯絡方式|偏好联系方式|"
        "聯絡管道|联络渠道"
    ),
    "best_time": (
        "best time to contact|best time|contact time|方便時段|方便时段|方便聯絡時間|方便联系时间|"
        "聯絡時段|联系时段"
    ),
    "service_advisor": "service advisor|服務顧問|服务顾问|服務專員|服务专员",
    "insurance_company": "insurance company|insurer|insurance|保險公司|保险公司",
    "insurance_expiry": (
        "insurance expiry|insurance expiry date|保險到期日|保险到期日|保險到期|保险到期|"
        "保險到期日期|保险到期日期"
    ),
    "desired_services": (
        "desired services|services wanted|客戶希望的服務|客户希望的服务|希望的服務|希望的服务|"
        "希望服務|希望服务"
    ),
    "desired_services_note": (
        "desired services note|希望的服務備註|希望的服务备注|希望服務備註|希望服务备注"
    ),
    "consent_marketing": (
        "marketing consent|consent marketing|行銷同意|营销同意|同意行銷|同意营销|同意接收行銷|"
        "同意接收营销"
    ),
    "consent_marketing_at": (
        "marketing consent date|行銷同意日期|营销同意日期|行銷同意時間|营销同意时间"
    ),
    "consent_photo": "photo consent|consent photo|拍照同意|照片同意|同意拍照",
    "consent_photo_at": "photo consent date|拍照同意日期|照片同意日期|拍照同意時間|照片同意时间",
    "salesperson": (
        "sales consultant|salesperson|sales|sales rep|銷售顧問|销售顾问|業務|业务|業務代表|"
        "业务代表|業代|業務員|业务员|銷售|销售"
    ),
    # exported only (masked): recognised so that no other field claims these columns
    "id_type": "id type|證件類型|证件类型|證件種類|证件种类",
    "id_number": (
        "id number|id number (masked)|證件號碼|证件号码|證件號碼（已遮蔽）|证件号码（已隐藏）|"
        "身分證字號|身份证号|身份证号码"
    ),
    "vehicle_model": "vehicle model|model|car model|車型|车型|車輛型號|车辆型号|車款|车款",
    "plate": (
        "plate number|plate|licence plate|license plate|registration|車牌|车牌|車牌號碼|车牌号码|"
        "車牌號|车牌号"
    ),
    "vin": (
        "vin|chassis number|車身號碼|车身号码|車架號|车架号|車架號碼|车架号码|車架號(vin)|"
        "车架号(vin)|车架号（vin）"
    ),
    "delivery_date": "delivery date|delivered|交車日|交车日|交車日期|交车日期|購車日期|购车日期",
    "odometer": (
        "odometer at delivery|odometer|mileage|km|交車里程|交车里程|里程|里程數|里程数|公里數|"
        "公里数"
    ),
    "created_at": (
        "created at|created|建立時間|建立时间|建立日期|建檔日期|建档日期|建檔時間|建档时间|"
        "創建時間|创建时间"
    ),
}
SYNONYMS: dict[str, tuple[str, ...]] = {k: tuple(v.split("|")) for k, v in _SYNONYM_TEXT.items()}

_FOLD_DROP = re.compile(r"[\s_\-.:：*＊#№()（）\[\]【】/\\]+")


def fold_header(text: str) -> str:
    """One form for comparing header names: half-width, lower case, Simplified, no spaces."""
    return _FOLD_DROP.sub("", search.fold(text.strip()))


@lru_cache(maxsize=1)
def _synonym_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, names in SYNONYMS.items():
        for name in (*names, HEADERS[key]):
            index.setdefault(fold_header(name), key)
    return index


def header_signature(headers: Sequence[str]) -> str:
    return "\x1f".join(fold_header(h) for h in headers)


def suggest_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field for the headers we recognise; several columns may be phones."""
    index = _synonym_index()
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    handled: set[int] = set()
    folded = [fold_header(h) for h in headers]
    for how in ("exact", "digits", "contains"):
        for i, name in enumerate(folded):
            if i in handled or not name:
                continue
            key: str | None = None
            if how == "exact":
                key = index.get(name)
            elif how == "digits":  # "電話2", "Phone 1"
                key = index.get(name.rstrip("0123456789"))
            else:  # "客戶手機號碼(必填)": the longest known name inside (short English words
                # like "line" or "tel" would match inside other words, so not those)
                best = max(
                    (s for s in index if s in name and len(s) >= (5 if s.isascii() else 2)),
                    key=len,
                    default=None,
                )
                key = index[best] if best else None
            if key is None:
                continue
            handled.add(i)  # recognised, even when it is not imported (masked ID numbers)
            if key not in IMPORT_FIELDS or (key in taken and key != "phones"):
                continue
            mapping[i] = key
            taken.add(key)
    return mapping


# -- remembered mappings (one app setting, keyed by the folded header names) ----------------


def parse_stored(raw: str) -> dict[str, Any]:
    """The remembered mappings from the stored setting (nothing when it is damaged)."""
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def remembered_in(stored: Mapping[str, Any], headers: Sequence[str]) -> dict[int, str] | None:
    """The mapping remembered for a file with these column names, if any."""
    found = stored.get(header_signature(headers))
    if not isinstance(found, dict):
        return None
    mapping: dict[int, str] = {}
    for index, key in found.items():
        if str(index).isdigit() and int(index) < len(headers) and key in IMPORT_FIELDS:
            mapping[int(index)] = str(key)
    return mapping


def store_mapping(s: Session, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
    """Remember ``mapping`` for these column names, in the caller's transaction."""
    row = s.get(AppSetting, MAPPING_KEY)
    try:
        stored = json.loads(row.value) if row is not None else {}
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    signature = header_signature(headers)
    stored.pop(signature, None)
    stored[signature] = {str(i): k for i, k in sorted(mapping.items()) if k in IMPORT_FIELDS}
    while len(stored) > MAX_REMEMBERED:  # the oldest file layouts are forgotten first
        stored.pop(next(iter(stored)))
    value = json.dumps(stored, ensure_ascii=False)
    if row is None:
        s.add(AppSetting(key=MAPPING_KEY, value=value))
    else:
        row.value = value
