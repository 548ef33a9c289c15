"""Customer import and export: CSV (UTF-8, Big5, GB18030 as Excel makes them) and XLSX.

Why it is built this way:

* **Import is all-or-nothing.** Every row is checked with the same domain validators as the
  profile form before anything is written; one rejected row and nothing is saved. The
  writing then happens in ONE write transaction with Core bulk inserts in batches (the
  demo-data technique), so 100k rows take seconds and a cancel or a crash rolls everything
  back. The report names the row (as Excel numbers it: the header is row 1), the column and
  the reason (English source text; the UI translates it, context "Validation").
* **Files are refused, not guessed.** The encoding is decoded strictly (UTF-8 first, then
  Big5/cp950 versus GB18030 by which one yields common Chinese characters); a file that is
  none of these, has no header row, or is a damaged spreadsheet raises ``ImportFileError``.
* **Exports are data, never formulas.** A cell starting with ``= + - @`` TAB or CR gets a
  leading ``'`` in CSV and XLSX (STYLE.md §3; E.164 phones start with ``+`` and are
  prefixed too); the importer removes exactly that prefix again. Exports stream in
  batches, need a recent PIN and are logged without personal data.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Literal

from sqlalchemy import Connection, and_, insert, select, true, update
from sqlalchemy.orm import Session

from showroom_app.db import search
from showroom_app.db.models import (
    AppSetting,
    Customer,
    CustomerPhone,
    Dealership,
    OwnedVehicle,
    User,
    VehicleModel,
)
from showroom_app.domain.archive import (
    DESIRED_SERVICES,
    ArchiveForm,
    VehicleForm,
    next_maintenance,
    validate_archive,
    validate_vehicle,
)
from showroom_app.domain.customers import CustomerForm, validate_customer
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.permissions import Capability, is_manager, may_see_customer
from showroom_app.domain.records import UserInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import is_mobile, mask_id
from showroom_app.paths import resources_dir
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.customers import CustomerFilter, CustomerService
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ExportFormat = Literal["csv", "xlsx"]
DuplicateChoice = Literal["merge", "skip"]

BATCH = 2_000
MAPPING_KEY = "import_mapping"
MAX_REMEMBERED = 20
SUFFIXES = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx"}

# -- the columns ---------------------------------------------------------------------------

#: Every exported column, in order, with its English header (the UI may pass translated ones).
HEADERS: dict[str, str] = {
    "name": "Name",
    "salutation": "Salutation",
    "kind": "Kind",
    "phones": "Phones",
    "address": "Address",
    "birthday": "Birthday",
    "email": "E-mail",
    "messaging_id": "Messaging ID",
    "notes": "Notes",
    "preferred_channel": "Preferred channel",
    "best_time": "Best time to contact",
    "service_advisor": "Service advisor",
    "insurance_company": "Insurance company",
    "insurance_expiry": "Insurance expiry",
    "desired_services": "Desired services",
    "desired_services_note": "Desired services note",
    "consent_marketing": "Marketing consent",
    "consent_marketing_at": "Marketing consent date",
    "consent_photo": "Photo consent",
    "consent_photo_at": "Photo consent date",
    "salesperson": "Sales consultant",
    "id_type": "ID type",
    "id_number": "ID number (masked)",
    "vehicle_model": "Vehicle model",
    "plate": "Plate number",
    "vin": "VIN",
    "delivery_date": "Delivery date",
    "odometer": "Odometer at delivery",
    "created_at": "Created at",
}
EXPORT_FIELDS = tuple(HEADERS)
#: ID numbers leave the application masked only, so they cannot come back in.
IMPORT_FIELDS = tuple(k for k in EXPORT_FIELDS if k not in ("id_type", "id_number"))

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


#: Fields of ``customers`` an import fills, and their empty values (a merge fills only these).
_FILLABLE: dict[str, Any] = {
    "address": "",
    "birthday": None,
    "messaging_id": "",
    "notes": "",
    "email": "",
    "preferred_channel": "",
    "best_time": "",
    "service_advisor": "",
    "insurance_company": "",
    "insurance_expiry": None,
    "desired_services": [],
    "desired_services_note": "",
}
_CONSENTS = ("marketing", "photo")
#: Every value a checked row carries, with its default (rows keep only what differs).
_DEFAULTS: dict[str, Any] = {
    "name": "",
    "salutation": "none",
    "kind": "person",
    **_FILLABLE,
    "consent_marketing": False,
    "consent_marketing_at": None,
    "consent_photo": False,
    "consent_photo_at": None,
    "created_at": None,
}

# -- values in cells ------------------------------------------------------------------------

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f]")
_FOLD_DROP = re.compile(r"[\s_\-.:：*＊#№()（）\[\]【】/\\]+")
_LIST_SPLIT = re.compile(r"\s*[;,，；、\n/]\s*")
_PHONE_SPLIT = re.compile(r"\s*[;,，；、\n/]\s*")
_DATE = re.compile(
    r"(?:民國|民国)?\s*(\d{1,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
)
_PHONE_LIKE = re.compile(r"\+?[\d\s\-()]{8,}")
_YES = {"yes", "y", "true", "1", "是", "有", "同意", "已同意", "✓", "✔", "v", "o", "○"}
_NO = {"no", "n", "false", "0", "否", "無", "无", "不同意", "未同意", "×", "✗", "-", ""}


def _words(table: Mapping[str, str]) -> dict[str, str]:
    """``{"mr": "mr|mr.|先生"}`` -> ``{"mr": "mr", "mr.": "mr", "先生": "mr"}``."""
    return {word: code for code, words in table.items() for word in words.split("|")}


_SALUTATIONS = _words(
    {
        "mr": "mr|mr.|先生|男|m",
        "ms": "ms|ms.|miss|小姐|f",
        "mrs": "mrs|mrs.|太太|夫人",
        "none": "none|",
    }
)
_KINDS = _words(
    {
        "person": "person|individual|個人|个人",
        "company": "company|business|公司|企業|企业|法人",
    }
)
_CHANNELS = _words(
    {
        "phone": "phone|電話|电话|call",
        "sms": "sms|簡訊|短信|短訊|text",
        "line": "line",
        "wechat": "wechat|微信",
        "whatsapp": "whatsapp",
        "email": "email|e-mail|電子郵件|电子邮件|電郵|邮件",
        "letter": "letter|信件|郵寄|邮寄",
    }
)
_SERVICES = {code: code for code in DESIRED_SERVICES} | _words(
    {
        "pickup_dropoff": "接送車|接送车|取送車|取送车",
        "weekend_slots": "週末|周末",
        "detailing": "美容",
        "tyre_hotel": "輪胎寄存|轮胎寄存",
        "insurance_quote": "保險報價|保险报价",
        "loan_car": "代步車|代步车",
        "reminder_by_message": "訊息提醒|消息提醒",
    }
)

# -- messages (English source, context "Validation"; ui/import_dialog.py lists them for lupdate)

MSG_FILE_TYPE = QT_TRANSLATE_NOOP(
    "Validation", 'Only .csv, .txt and .xlsx files can be imported (this one is "{suffix}").'
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "The file cannot be read: {reason}")
MSG_EMPTY = QT_TRANSLATE_NOOP("Validation", "The file is empty.")
MSG_ENCODING = QT_TRANSLATE_NOOP(
    "Validation",
    'The file is not UTF-8, Big5 or GB18030 text. Save it from Excel as "CSV UTF-8" and try again.',
)
MSG_NOT_CSV = QT_TRANSLATE_NOOP("Validation", "The file cannot be read as a table: {reason}")
MSG_NO_HEADER = QT_TRANSLATE_NOOP(
    "Validation",
    "The first row must hold the column names (for example Name, Phone); this file starts "
    "with customer data.",
)
MSG_NO_ROWS = QT_TRANSLATE_NOOP("Validation", "The file holds column names but no customers.")
MSG_BROKEN_XLSX = QT_TRANSLATE_NOOP(
    "Validation",
    "The spreadsheet is damaged or incomplete. Open it in Excel, save it again and retry.",
)
MSG_NEED_PHONE = QT_TRANSLATE_NOOP("Validation", "Choose the column that holds the phone numbers.")
MSG_NEED_NAME = QT_TRANSLATE_NOOP("Validation", "Choose the column that holds the names.")
MSG_TWICE = QT_TRANSLATE_NOOP(
    "Validation", "Columns {columns} are both set to the same field; choose one."
)
MSG_DATE = QT_TRANSLATE_NOOP(
    "Validation", "Enter a date as yyyy-mm-dd, yyyy/mm/dd or ROC 115/01/02."
)
MSG_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")
MSG_YES_NO = QT_TRANSLATE_NOOP("Validation", "Enter yes or no.")
MSG_KIND = QT_TRANSLATE_NOOP("Validation", "Enter person or company.")
MSG_USER = QT_TRANSLATE_NOOP("Validation", 'No active user is called "{user}".')
MSG_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")

SERVICE_MESSAGES = (
    MSG_FILE_TYPE, MSG_UNREADABLE, MSG_EMPTY, MSG_ENCODING, MSG_NOT_CSV, MSG_NO_HEADER,
    MSG_NO_ROWS, MSG_BROKEN_XLSX, MSG_NEED_PHONE, MSG_NEED_NAME, MSG_TWICE, MSG_DATE,
    MSG_NUMBER, MSG_YES_NO, MSG_KIND, MSG_USER, MSG_FUTURE,
)  # fmt: skip


class ImportFileError(ShowroomError):
    """The file as a whole cannot be imported (type, encoding, header, damage, mapping).

    ``message`` is English source text (context ``"Validation"``); ``params`` fill its
    ``{placeholders}`` after translation, as for ``ValidationError``.
    """

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportTable:
    """A file read into memory: header cells and the non-blank rows with their row numbers.

    Row numbers are as a spreadsheet shows them: the header is row 1.
    """

    name: str
    kind: str  # "csv" or "xlsx"
    encoding: str  # "" for xlsx
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    def column_name(self, index: int) -> str:
        text = self.headers[index].strip() if index < len(self.headers) else ""
        return text or f"#{index + 1}"

    def samples(self, index: int, limit: int = 3) -> list[str]:
        out: list[str] = []
        for _number, cells in self.rows:
            if index < len(cells) and cells[index].strip():
                out.append(cells[index])
                if len(out) >= limit:
                    break
        return out


@dataclass(frozen=True)
class RowProblem:
    """Why one row cannot be imported (``message``: English source, context "Validation")."""

    row: int
    column: str  # the file's column name ("" when the reason is not about one column)
    field: str
    message: str
    code: str = "invalid"
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)

    def text(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


@dataclass(frozen=True)
class Duplicate:
    """A row whose phone is already known: in the database (``customer_id``) or an earlier
    row of the same file (``first_row``). ``visible`` is False for another salesperson's
    customer, which an import never changes."""

    row: int
    phone: str
    customer_id: int | None = None
    first_row: int | None = None
    visible: bool = True


@dataclass(frozen=True)
class ImportReport:
    rows: int
    rejected: tuple[RowProblem, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    warnings: tuple[RowProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.rejected}))


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    created: int = 0
    merged: int = 0
    skipped: int = 0
    vehicles: int = 0
    written: bool = False
    cancelled: bool = False
    dry_run: bool = False


class _Cancel(Exception):
    """Unwinds the write transaction when the user cancels."""


# -- small pure helpers ------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """Make a cell text for Excel: a leading ``= + - @`` TAB or CR becomes ``'=`` etc."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def _restore(value: str) -> str:
    """Undo ``neutralise`` on the way back in (only that exact prefix)."""
    if value.startswith("'") and value[1:2] in _DANGEROUS and len(value) > 1:
        return value[1:]
    return value


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


def parse_date(text: str) -> date:
    """yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd, 2026年1月2日, yyyymmdd and ROC 115/01/02."""
    return parse_datetime(text).date()


def parse_datetime(text: str) -> datetime:
    value = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"\d{8}", value):
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    match = _DATE.fullmatch(value)
    if match is None:
        raise ValueError(text)
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    if len(match[1]) <= 3:  # 民國 (ROC) years: 115 = 2026
        year += 1911
    return datetime(year, month, day, int(match[4] or 0), int(match[5] or 0), int(match[6] or 0))


def _parse_int(text: str) -> int:
    value = unicodedata.normalize("NFKC", text).strip().lower()
    value = re.sub(r"\s*(km|公里|千米)$", "", value).replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", value):  # thousands separators: 12,345
        value = value.replace(",", "")
    if re.fullmatch(r"\d+(\.0+)?", value) is None:  # Excel stores whole numbers as 12345.0
        raise ValueError(text)
    return int(float(value)) if "." in value else int(value)


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


# -- encodings -----------------------------------------------------------------------------------

_COMMON = (
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学"
    "对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头"
    "面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向"
    "情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信"
    "北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难"
    "神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物"
    "台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指"
    "思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步"
    "完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双"
    "历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞"
    "观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽讲布杀微怕母调局根曾准团段终乐切级克精哪官"
    "示冷域低依坚夜铁属顺陈刘杨吴赵周徐孙朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
    "杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺"
    "顾毛郝龚邵万钱严覃武洪伟芳娜敏静丽强磊军洋勇艳杰涛超秀霞平刚桂英华玉兰萍红鹏飞宇浩俊雅婷"
    "怡君淑惠玲珍慧佳豪宏建家志明美成文德嘉凯育安欣庭宗翰彦廷冠宜蓉琪晓燕先生小姐太女士号路街"
    "段巷弄楼省县乡镇村区市台北高雄桃园新竹台中台南港九龙湾岛汽车保养维修电话手机地址备注生日"
    "客户姓名车牌型号公司有限股份服务顾问销售险到期希望周末试驾"
)


@lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    """Frequent characters in both scripts, plus every character of the sample names."""
    from opencc import OpenCC

    chars = set(_COMMON)
    chars |= set(str(OpenCC("s2t").convert(_COMMON)))
    try:
        names = json.loads((resources_dir() / "sample" / "names.json").read_text("utf-8"))
    except (OSError, ValueError):
        names = {}
    for key, values in names.items():
        if key.startswith(("surnames", "given", "streets", "companies", "notes_zh")):
            for value in values:
                chars |= set(str(value))
    return frozenset(c for c in chars if not c.isascii())


def _cjk_score(text: str) -> int:
    common = _common_characters()
    return sum(1 for ch in text if ch in common)


def decode_text(data: bytes, region: Region = Region.TW) -> tuple[str, str]:
    """Decode a CSV strictly; returns ``(text, encoding)`` or raises ``ImportFileError``.

    UTF-8 (with or without BOM) is tried first. Big5 bytes nearly always also decode as
    GB18030 (and the reverse often works too), so between those two the decoding with more
    common Chinese characters wins; on a tie the region's usual one (Big5 in TW/HK).
    """
    text: str | None = None
    encoding = ""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:  # Excel's "Unicode text": UTF-16 with a BOM is unambiguous
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            text = None
    if text is None:
        preferred = ("cp950", "gb18030") if region is not Region.CN else ("gb18030", "cp950")
        candidates: list[tuple[int, int, str, str]] = []
        for rank, name in enumerate(preferred):
            try:
                decoded = data.decode(name)
            except UnicodeDecodeError:
                if name == "cp950" and region is Region.HK:
                    try:  # Hong Kong supplementary characters (HKSCS)
                        decoded, name = data.decode("big5hkscs"), "big5hkscs"
                    except UnicodeDecodeError:
                        continue
                else:
                    continue
            candidates.append((_cjk_score(decoded), -rank, name, decoded))
        if candidates:
            _score, _rank, encoding, text = max(candidates)
    if text is None or _BAD_CONTROLS.search(text):
        # NUL and other control characters: UTF-16 without a BOM, a binary file, random bytes
        raise ImportFileError(MSG_ENCODING)
    return text, encoding


# -- reading files -------------------------------------------------------------------------------


def _looks_like_data(cell: str) -> bool:
    value = unicodedata.normalize("NFKC", cell).strip()
    if not value:
        return False
    if _PHONE_LIKE.fullmatch(value) and sum(c.isdigit() for c in value) >= 8:
        return True
    try:
        parse_datetime(value)
    except ValueError:
        return False
    return True


def _table(name: str, kind: str, encoding: str, records: Iterator[list[str]]) -> ImportTable:
    header: list[str] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    width = 0
    for number, record in enumerate(records, start=1):
        cells = [_restore(c) for c in record]
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            if any(_looks_like_data(c) for c in cells):
                raise ImportFileError(MSG_NO_HEADER)
            header = [c.strip() for c in cells]
            width = len(header)
            continue
        while cells and not cells[-1].strip() and len(cells) > width:
            cells.pop()
        width = max(width, len(cells))
        rows.append((number, tuple(cells)))
    if header is None:
        raise ImportFileError(MSG_EMPTY)
    if not rows:
        raise ImportFileError(MSG_NO_ROWS)
    headers = tuple(header + [""] * (width - len(header)))
    padded = tuple(
        (n, cells if len(cells) == width else cells + ("",) * (width - len(cells)))
        for n, cells in rows
    )
    return ImportTable(name=name, kind=kind, encoding=encoding, headers=headers, rows=padded)


def _read_csv(path: Path, region: Region) -> ImportTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(MSG_UNREADABLE, reason=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise ImportFileError(MSG_EMPTY)
    text, encoding = decode_text(data, region)
    first_line = text.split("\n", 1)[0]
    delimiter = max(("\t", ";", ","), key=lambda d: (first_line.count(d), d == ","))
    if first_line.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _table(path.name, "csv", encoding, reader)
    except csv.Error as exc:
        raise ImportFileError(MSG_NOT_CSV, reason=str(exc)) from exc


def _read_xlsx(path: Path) -> ImportTable:
    import zipfile

    try:
        from openpyxl import load_workbook  # type: ignore[import-untyped]

        if not zipfile.is_zipfile(path):
            raise ImportFileError(MSG_BROKEN_XLSX)
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            records = ([_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True))
            return _table(path.name, "xlsx", "", records)
        finally:
            workbook.close()
    except ImportFileError:
        raise
    except OSError as exc:
        if not path.exists():
            raise ImportFileError(MSG_UNREADABLE, reason=exc.strerror or str(exc)) from exc
        raise ImportFileError(MSG_BROKEN_XLSX) from exc
    except Exception as exc:  # a damaged workbook fails in many ways (zip, XML, openpyxl)
        raise ImportFileError(MSG_BROKEN_XLSX) from exc


def read_table(path: Path, region: Region = Region.TW) -> ImportTable:
    """Read a .csv/.txt/.xlsx file into an ``ImportTable`` or raise ``ImportFileError``."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ImportFileError(MSG_FILE_TYPE, suffix=path.suffix or path.name)
    if not path.is_file():
        raise ImportFileError(MSG_UNREADABLE, reason=str(path))
    if path.stat().st_size == 0:
        raise ImportFileError(MSG_EMPTY)
    return _read_xlsx(path) if kind == "xlsx" else _read_csv(path, region)


# -- checking rows -------------------------------------------------------------------------------

#: Domain field names (ValidationError.field) -> the import field that holds the value.
_DOMAIN_FIELDS = {"phone": "phones", "model": "vehicle_model", "odometer_at_delivery": "odometer"}
_VEHICLE_FIELDS = ("vehicle_model", "plate", "vin", "delivery_date", "odometer")


@dataclass(slots=True)
class _Row:
    """One checked row, ready to be written (or folded into another row)."""

    row: int
    values: dict[str, Any]
    phones: list[str]
    vehicles: list[dict[str, Any]]
    assigned: int | None = None
    assigned_given: bool = False


def _known_vehicle(vehicles: Sequence[Mapping[str, Any]], v: Mapping[str, Any]) -> bool:
    """The same car: the same VIN or plate; without either, the same model."""
    for other in vehicles:
        if v["vin"] and other["vin"] == v["vin"]:
            return True
        if v["plate"] and other["plate"] == v["plate"]:
            return True
        if not (v["vin"] or v["plate"]) and (other["model_id"], other["model_text"]) == (
            v["model_id"],
            v["model_text"],
        ):
            return True
    return False


def _empty(value: object) -> bool:
    return value is None or value == "" or value == []


def _fold_into(target: _Row, row: _Row) -> None:
    """A later row of the same person fills what the first one left empty."""
    mine, theirs = target.values, row.values
    for key in _FILLABLE:
        if _empty(mine.get(key)) and not _empty(theirs.get(key)):
            mine[key] = theirs[key]
    if mine.get("salutation", "none") == "none" and "salutation" in theirs:
        mine["salutation"] = theirs["salutation"]
    for kind in _CONSENTS:
        flag, at = f"consent_{kind}", f"consent_{kind}_at"
        if not mine.get(flag) and mine.get(at) is None and (flag in theirs or at in theirs):
            mine[flag], mine[at] = theirs.get(flag, False), theirs.get(at)
    target.phones.extend(p for p in row.phones if p not in target.phones)
    for v in row.vehicles:
        if not _known_vehicle(target.vehicles, v):
            target.vehicles.append(v)


class _Checker:
    """Turns the cells of one row into a ``_Row`` using the domain validators."""

    def __init__(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        *,
        region: Region,
        today: date,
        models: Mapping[str, int],
        users: Mapping[str, int],
        manager: bool,
    ) -> None:
        self.table = table
        self.region = region
        self.today = today
        self.models = models
        self.users = users
        self.manager = manager
        self.columns: dict[str, list[int]] = {}
        for index, key in sorted(mapping.items()):
            if key not in IMPORT_FIELDS or not 0 <= index < len(table.headers):
                continue
            self.columns.setdefault(key, []).append(index)
        if "phones" not in self.columns:
            raise ImportFileError(MSG_NEED_PHONE)
        if "name" not in self.columns:
            raise ImportFileError(MSG_NEED_NAME)
        for key, indexes in self.columns.items():
            if key != "phones" and len(indexes) > 1:
                names = ", ".join(f'"{table.column_name(i)}"' for i in indexes)
                raise ImportFileError(MSG_TWICE, columns=names)

    def column_of(self, key: str) -> str:
        indexes = self.columns.get(_DOMAIN_FIELDS.get(key, key))
        return self.table.column_name(indexes[0]) if indexes else ""

    def raw(self, cells: Sequence[str], key: str) -> str:
        indexes = self.columns.get(key)
        if not indexes:
            return ""
        if len(indexes) == 1:
            return cells[indexes[0]]
        return "\n".join(cells[i] for i in indexes if cells[i].strip())

    def problem(self, number: int, error: ValidationError) -> RowProblem:
        key = _DOMAIN_FIELDS.get(error.field, error.field)
        return RowProblem(
            number, self.column_of(key), key, error.message, error.code, dict(error.params)
        )

    def check(self, number: int, cells: Sequence[str]) -> tuple[_Row | None, list[RowProblem]]:
        errors: list[ValidationError] = []

        def parsed(key: str, parse: Callable[[str], Any], message: str, code: str) -> Any:
            text = self.raw(cells, key).strip()
            if not text:
                return None
            try:
                return parse(text)
            except ValueError:
                errors.append(ValidationError(key, message, code))
                return None

        def text(key: str) -> str:
            return self.raw(cells, key)

        def lowered(key: str) -> str:
            return unicodedata.normalize("NFKC", text(key)).strip().lower()

        birthday = parsed("birthday", parse_date, MSG_DATE, "date")
        expiry = parsed("insurance_expiry", parse_date, MSG_DATE, "date")
        delivery = parsed("delivery_date", parse_date, MSG_DATE, "date")
        odometer = parsed("odometer", _parse_int, MSG_NUMBER, "number")
        created = parsed("created_at", parse_datetime, MSG_DATE, "date")
        if created is not None and created.date() > self.today:
            errors.append(ValidationError("created_at", MSG_FUTURE, "date_range"))
            created = None
        consents: dict[str, Any] = {}
        for kind in _CONSENTS:
            flag = lowered(f"consent_{kind}")
            if flag not in _YES and flag not in _NO:
                errors.append(ValidationError(f"consent_{kind}", MSG_YES_NO, "yes_no"))
            consents[f"consent_{kind}"] = flag in _YES
            consents[f"consent_{kind}_at"] = parsed(
                f"consent_{kind}_at", parse_datetime, MSG_DATE, "date"
            )
        salutation = lowered("salutation")
        if salutation == "女士":
            salutation = "ms" if self.region is Region.CN else "mrs"
        salutation = _SALUTATIONS.get(salutation, salutation)
        kind_text = lowered("kind")
        kind = _KINDS.get(kind_text or "person", "")
        if not kind:
            errors.append(ValidationError("kind", MSG_KIND, "invalid"))
            kind = "person"
        channel = lowered("preferred_channel")
        channel = _CHANNELS.get(channel, channel)
        services: list[str] = []
        note = text("desired_services_note").strip()
        unknown: list[str] = []
        for item in _LIST_SPLIT.split(text("desired_services").strip()):
            if not item:
                continue
            code = _SERVICES.get(item.lower().replace(" ", "_"), _SERVICES.get(item))
            if code is None:
                unknown.append(item)
            elif code not in services:
                services.append(code)
        if unknown:  # free text about the services wanted belongs in the note, not lost
            note = "；".join(filter(None, [note, "、".join(unknown)]))
        assigned: int | None = None
        assigned_given = False
        seller = " ".join(text("salesperson").split())
        if self.manager and seller:
            found = self.users.get(seller.casefold())
            if found is None:
                errors.append(ValidationError("salesperson", MSG_USER, "unknown_user", user=seller))
            assigned, assigned_given = found, True
        phones = tuple(p for p in _PHONE_SPLIT.split(text("phones").strip()) if p)
        customer = archive = None
        try:
            customer = validate_customer(
                CustomerForm(
                    name=text("name"),
                    phones=phones,
                    salutation=salutation or "none",
                    kind=kind,
                    address=text("address"),
                    birthday=birthday,
                    messaging_id=text("messaging_id"),
                    notes=text("notes"),
                ),
                self.region,
                self.today,
            )
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        try:
            archive = validate_archive(
                ArchiveForm(
                    email=text("email"),
                    preferred_channel=channel,
                    best_time=text("best_time"),
                    service_advisor=text("service_advisor"),
                    insurance_company=text("insurance_company"),
                    insurance_expiry=expiry,
                    desired_services=tuple(services),
                    desired_services_note=note,
                )
            )
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        vehicles: list[dict[str, Any]] = []
        if any(text(k).strip() for k in _VEHICLE_FIELDS):
            model_text = " ".join(text("vehicle_model").split())
            model_id = self.models.get(search.fold(model_text)) if model_text else None
            try:
                vehicle, _warnings = validate_vehicle(
                    VehicleForm(
                        model_id=model_id,
                        model_text="" if model_id else model_text,
                        plate=text("plate"),
                        vin=text("vin"),
                        delivery_date=delivery,
                        odometer_at_delivery=odometer,
                    ),
                    self.region,
                    self.today,
                )
                vehicles.append(
                    {
                        "model_id": vehicle.model_id,
                        "model_text": vehicle.model_text,
                        "plate": vehicle.plate,
                        "vin": vehicle.vin,
                        "delivery_date": vehicle.delivery_date,
                        "odometer_at_delivery": vehicle.odometer_at_delivery,
                    }
                )
            except ValidationErrors as exc:
                errors.extend(exc.errors)
        if errors or customer is None or archive is None:
            return None, [self.problem(number, e) for e in errors]
        values: dict[str, Any] = {
            "name": customer.name,
            "salutation": customer.salutation,
            "kind": customer.kind,
            "address": customer.address,
            "birthday": customer.birthday,
            "messaging_id": customer.messaging_id,
            "notes": customer.notes,
            "email": archive.email,
            "preferred_channel": archive.preferred_channel,
            "best_time": archive.best_time,
            "service_advisor": archive.service_advisor,
            "insurance_company": archive.insurance_company,
            "insurance_expiry": archive.insurance_expiry,
            "desired_services": list(archive.desired_services),
            "desired_services_note": archive.desired_services_note,
            "created_at": created,
            **consents,
        }
        # only what differs from the defaults: 100k rows wait in memory until they are written
        values = {k: v for k, v in values.items() if k == "name" or v != _DEFAULTS[k]}
        return _Row(number, values, list(customer.phones), vehicles, assigned, assigned_given), []


@dataclass
class _Plan:
    new: list[_Row] = dataclasses.field(default_factory=list)
    merges: dict[int, list[_Row]] = dataclasses.field(default_factory=dict)
    skipped: int = 0
    duplicates: list[Duplicate] = dataclasses.field(default_factory=list)


def _plan(
    rows: Sequence[_Row],
    known: Mapping[str, tuple[int, int | None]],
    may_see: Callable[[int | None], bool],
    choice: DuplicateChoice,
) -> _Plan:
    """Decide for every checked row: a new customer, a merge, or skipped (pure).

    A row whose number is on file merges into that customer (or is skipped); so does a later
    row sharing a number with it. A row sharing a number with an earlier new row of the
    file is the same new customer.
    """
    plan = _Plan()
    # number -> the new row it belongs to, or (customer id, visible, first row of the file)
    seen: dict[str, _Row | tuple[int, bool, int]] = {}
    for row in rows:
        target: _Row | tuple[int, bool, int | None] | None = None
        phone = ""
        for phone in row.phones:
            if phone in known:
                customer_id, assigned = known[phone]
                target = (customer_id, may_see(assigned), None)
                break
            if phone in seen:
                target = seen[phone]
                break
        if target is None:
            plan.new.append(row)
            for p in row.phones:
                seen.setdefault(p, row)
        elif isinstance(target, _Row):
            plan.duplicates.append(Duplicate(row.row, phone, None, target.row, True))
            if choice == "skip":
                plan.skipped += 1
                continue
            _fold_into(target, row)
            for p in row.phones:
                seen.setdefault(p, target)
        else:
            customer_id, visible, first = target
            plan.duplicates.append(Duplicate(row.row, phone, customer_id, first, visible))
            for p in row.phones:
                seen.setdefault(p, (customer_id, visible, first or row.row))
            if choice == "skip" or not visible:
                plan.skipped += 1
            else:
                plan.merges.setdefault(customer_id, []).append(row)
    return plan


def _chunks(items: Sequence[Any], size: int = BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value.isoformat()


def _model_name(names: Sequence[str | None], text: str, language: str) -> str:
    en, zh_tw, zh_cn = names
    if en is None:
        return text
    if language.startswith("zh_TW"):
        return zh_tw or en
    if language.startswith("zh"):
        return zh_cn or en
    return en


# -- the service ---------------------------------------------------------------------------------


class ImportExportService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        customers: CustomerService,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._customers = customers

    # -- reading and mapping ------------------------------------------------------------------
    def read_table(self, path: Path) -> ImportTable:
        """Read an import file; the dealership's region decides Big5 versus GB18030 ties."""
        return read_table(Path(path), self._region())

    @staticmethod
    def suggest_mapping(headers: Sequence[str]) -> dict[int, str]:
        return suggest_mapping(headers)

    def remembered_mapping(self, headers: Sequence[str]) -> dict[int, str] | None:
        """The mapping confirmed last time for a file with these column names, if any."""
        stored = self._stored_mappings()
        found = stored.get(header_signature(headers))
        if not isinstance(found, dict):
            return None
        mapping: dict[int, str] = {}
        for index, key in found.items():
            if str(index).isdigit() and int(index) < len(headers) and key in IMPORT_FIELDS:
                mapping[int(index)] = str(key)
        return mapping

    def mapping_for(self, headers: Sequence[str]) -> dict[int, str]:
        """What to propose: the remembered mapping, else the suggestion from the names."""
        remembered = self.remembered_mapping(headers)
        return remembered if remembered is not None else suggest_mapping(headers)

    def remember_mapping(self, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
        self._session.require_user()
        with self._db.write() as s:
            self._store_mapping(s, headers, mapping)

    def _stored_mappings(self) -> dict[str, Any]:
        with self._db.read() as s:
            row = s.get(AppSetting, MAPPING_KEY)
            raw = row.value if row is not None else ""
        try:
            value = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def _store_mapping(
        self, s: Session, headers: Sequence[str], mapping: Mapping[int, str]
    ) -> None:
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

    # -- checking -------------------------------------------------------------------------------
    def validate_rows(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        duplicates: DuplicateChoice = "merge",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Check every row (nothing is written); duplicates are found against the database
        and earlier rows of the file."""
        actor = self._session.require_user()
        rows, report = self._check(table, mapping, actor, progress, cancelled, len(table.rows))
        if not report.ok:
            return report
        with self._db.read() as s:
            plan = _plan(rows, self._known_phones(s), self._may_see(actor), duplicates)
        return ImportReport(report.rows, (), tuple(plan.duplicates), report.warnings)

    def _check(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        actor: UserInfo,
        progress: Progress | None,
        cancelled: Cancelled | None,
        total: int,
    ) -> tuple[list[_Row], ImportReport]:
        region = self._region()
        with self._db.read() as s:
            models: dict[str, int] = {}
            for model_id, *names in s.execute(
                select(
                    VehicleModel.id,
                    VehicleModel.name_en,
                    VehicleModel.name_zh_tw,
                    VehicleModel.name_zh_cn,
                ).order_by(VehicleModel.id)
            ):
                for name in names:
                    if name:
                        models.setdefault(search.fold(" ".join(name.split())), model_id)
            users = {
                " ".join(name.split()).casefold(): uid
                for uid, name in s.execute(
                    select(User.id, User.name).where(User.active.is_(True)).order_by(User.id)
                )
            }
        checker = _Checker(
            table,
            mapping,
            region=region,
            today=date.today(),
            models=models,
            users=users,
            manager=is_manager(actor.role),
        )
        rows: list[_Row] = []
        problems: list[RowProblem] = []
        for done, (number, cells) in enumerate(table.rows, start=1):
            row, found = checker.check(number, cells)
            if row is not None:
                rows.append(row)
            problems.extend(found)
            if done % 500 == 0 or done == len(table.rows):
                if cancelled is not None and cancelled():
                    raise _Cancel
                if progress is not None:
                    progress(done, total)
        return rows, ImportReport(len(table.rows), tuple(problems))

    def _known_phones(self, s: Session) -> dict[str, tuple[int, int | None]]:
        """Every stored number -> (customer, salesperson); the lowest customer id wins."""
        known: dict[str, tuple[int, int | None]] = {}
        for e164, customer_id, assigned in s.execute(
            select(CustomerPhone.e164, Customer.id, Customer.assigned_user_id)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(Customer.erased_at.is_(None))
            .order_by(Customer.id)
        ):
            known.setdefault(e164, (customer_id, assigned))
        return known

    def _may_see(self, actor: UserInfo) -> Callable[[int | None], bool]:
        all_visible = self._settings.policy().all_customers_visible

        def may_see(assigned: int | None) -> bool:
            return may_see_customer(actor.role, actor.id, assigned, all_visible=all_visible)

        return may_see

    # -- importing ------------------------------------------------------------------------------
    def import_rows(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        duplicates: DuplicateChoice = "merge",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        dry_run: bool = False,
        *,
        leave_unassigned: bool = False,
    ) -> ImportResult:
        """Import every row or none (see the module docstring).

        Customers are assigned to the importing user; a manager may leave them unassigned
        or name a sales consultant per row (the "Sales consultant" column). Exceptions
        raised by ``progress`` (a background task being cancelled) also roll back.
        """
        actor = self._session.require_user()
        if duplicates not in ("merge", "skip"):
            raise ValueError(f"unknown duplicates choice {duplicates!r}")
        manager = is_manager(actor.role)
        default_owner = None if (leave_unassigned and manager) else actor.id
        total = len(table.rows) if dry_run else 2 * len(table.rows)
        try:
            rows, report = self._check(table, mapping, actor, progress, cancelled, total)
        except _Cancel:
            return ImportResult(ImportReport(len(table.rows)), cancelled=True, dry_run=dry_run)
        if not report.ok:
            return ImportResult(report, dry_run=dry_run)
        may_see = self._may_see(actor)
        if dry_run:
            with self._db.read() as s:
                plan = _plan(rows, self._known_phones(s), may_see, duplicates)
                vehicles = sum(len(r.vehicles) for r in plan.new)
                for chunk in _chunks(list(plan.merges)):
                    have: dict[int, list[dict[str, Any]]] = {cid: [] for cid in chunk}
                    for car in s.execute(
                        select(
                            OwnedVehicle.customer_id,
                            OwnedVehicle.model_id,
                            OwnedVehicle.model_text,
                            OwnedVehicle.plate,
                            OwnedVehicle.vin,
                        ).where(OwnedVehicle.customer_id.in_(chunk))
                    ):
                        have[car.customer_id].append(dict(car._mapping))
                    for cid in chunk:
                        for v in (v for row in plan.merges[cid] for v in row.vehicles):
                            if not _known_vehicle(have[cid], v):
                                have[cid].append(v)
                                vehicles += 1
            return self._result(report, plan, vehicles=vehicles, dry_run=True)
        try:
            with self._db.write() as s:
                plan = _plan(rows, self._known_phones(s), may_see, duplicates)
                vehicles = self._write(
                    s, plan, actor, default_owner, len(table.rows), total, progress, cancelled
                )
                self._store_mapping(s, table.headers, mapping)
                self._audit.record(
                    s,
                    actor,
                    Action.CREATE,
                    "import",
                    None,
                    detail={
                        "format": table.kind,
                        "rows": len(table.rows),
                        "created": len(plan.new),
                        "merged": sum(len(v) for v in plan.merges.values()),
                        "skipped": plan.skipped,
                        "vehicles": vehicles,
                        "duplicates": duplicates,
                    },
                )
        except _Cancel:
            return ImportResult(report, cancelled=True)
        return self._result(report, plan, vehicles=vehicles, written=True)

    @staticmethod
    def _result(
        report: ImportReport,
        plan: _Plan,
        *,
        vehicles: int,
        written: bool = False,
        dry_run: bool = False,
    ) -> ImportResult:
        return ImportResult(
            report=ImportReport(report.rows, (), tuple(plan.duplicates), report.warnings),
            created=len(plan.new),
            merged=sum(len(v) for v in plan.merges.values()),
            skipped=plan.skipped,
            vehicles=vehicles,
            written=written,
            dry_run=dry_run,
        )

    def _write(
        self,
        s: Session,
        plan: _Plan,
        actor: UserInfo,
        default_owner: int | None,
        done: int,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> int:
        """Everything in the caller's transaction; returns the number of vehicles added."""
        conn = s.connection()
        region = self._region()
        today = date.today()
        now = datetime.now()
        intervals = {
            mid: (km, months)
            for mid, km, months in conn.execute(
                select(
                    VehicleModel.id,
                    VehicleModel.service_interval_km,
                    VehicleModel.service_interval_months,
                )
            )
        }

        def vehicle_row(customer_id: int, v: Mapping[str, Any]) -> dict[str, Any]:
            km, months = intervals.get(v["model_id"], (None, None))
            plan_ = next_maintenance(
                today=today,
                interval_km=km,
                interval_months=months,
                last_service_date=None,
                last_service_km=None,
                delivery_date=v["delivery_date"],
                odometer_at_delivery=v["odometer_at_delivery"],
                odometer_now=None,
                odometer_date=None,
                region=region,
            )
            return {
                "customer_id": customer_id,
                **v,
                "vehicle_type": "",
                "powertrain": "",
                "maintenance_items": [],
                "interval_km": None,
                "interval_months": None,
                "next_maintenance_override": None,
                "next_maintenance_date": plan_.next_date,
                "created_at": now,
                "updated_at": now,
            }

        def phone_row(customer_id: int, e164: str, primary: bool) -> dict[str, Any]:
            return {
                "customer_id": customer_id,
                "e164": e164,
                "digits": e164.lstrip("+"),
                "is_mobile": is_mobile(e164),
                "is_primary": primary,
            }

        def step(count: int) -> None:
            nonlocal done
            done += count
            if cancelled is not None and cancelled():
                raise _Cancel
            if progress is not None:
                progress(min(done, total), total)

        vehicles = 0
        new_ids = insert(Customer).returning(Customer.id, sort_by_parameter_order=True)
        for batch in _chunks(plan.new):
            customers = []
            for r in batch:
                values = {**_DEFAULTS, **r.values}
                values["created_at"] = values["created_at"] or now
                owner = r.assigned if r.assigned_given else default_owner
                for kind in _CONSENTS:
                    if values[f"consent_{kind}"] and values[f"consent_{kind}_at"] is None:
                        values[f"consent_{kind}_at"] = now
                    given = values[f"consent_{kind}_at"] is not None
                    values[f"consent_{kind}_by"] = actor.id if given else None
                customers.append(
                    {
                        **values,
                        "assigned_user_id": owner,
                        "id_type": "",
                        "id_number": "",
                        "updated_at": now,
                        "version_id": 1,
                    }
                )
            ids = list(conn.execute(new_ids, customers).scalars())
            phones = [
                phone_row(cid, p, i == 0)
                for cid, r in zip(ids, batch, strict=True)
                for i, p in enumerate(r.phones)
            ]
            conn.execute(insert(CustomerPhone), phones)
            cars = [
                vehicle_row(cid, v) for cid, r in zip(ids, batch, strict=True) for v in r.vehicles
            ]
            if cars:
                conn.execute(insert(OwnedVehicle), cars)
                vehicles += len(cars)
            plain = [
                (cid, r.values["name"], r.phones)
                for cid, r in zip(ids, batch, strict=True)
                if not r.vehicles
            ]
            if plain:  # customers with a car are indexed below, with its plate and VIN
                search.bulk_index(conn, plain)
            for cid, r in zip(ids, batch, strict=True):
                if r.vehicles:  # plates and VINs are searchable too
                    search.index_customer(
                        s,
                        cid,
                        r.values["name"],
                        r.phones,
                        [v["plate"] for v in r.vehicles if v["plate"]],
                        [v["vin"] for v in r.vehicles if v["vin"]],
                    )
            step(len(batch))
        for chunk in _chunks(list(plan.merges.items())):
            vehicles += self._merge(s, conn, dict(chunk), vehicle_row, phone_row, actor, now)
            step(sum(len(rows) for _cid, rows in chunk))
        return vehicles

    def _merge(
        self,
        s: Session,
        conn: Connection,
        merges: Mapping[int, list[_Row]],
        vehicle_row: Callable[[int, Mapping[str, Any]], dict[str, Any]],
        phone_row: Callable[[int, str, bool], dict[str, Any]],
        actor: UserInfo,
        now: datetime,
    ) -> int:
        """Fill the existing customers' empty fields; add new numbers and vehicles."""
        ids = list(merges)
        table = Customer.__table__
        current = {r.id: r for r in conn.execute(select(table).where(table.c.id.in_(ids)))}
        phones: dict[int, list[str]] = {cid: [] for cid in ids}
        for cid, e164 in conn.execute(
            select(CustomerPhone.customer_id, CustomerPhone.e164)
            .where(CustomerPhone.customer_id.in_(ids))
            .order_by(CustomerPhone.customer_id, CustomerPhone.is_primary.desc(), CustomerPhone.id)
        ):
            phones[cid].append(e164)
        cars: dict[int, list[dict[str, Any]]] = {cid: [] for cid in ids}
        for cid, model_id, model_text, plate, vin in conn.execute(
            select(
                OwnedVehicle.customer_id,
                OwnedVehicle.model_id,
                OwnedVehicle.model_text,
                OwnedVehicle.plate,
                OwnedVehicle.vin,
            ).where(OwnedVehicle.customer_id.in_(ids))
        ):
            cars[cid].append({"model_id": model_id, "model_text": model_text, "plate": plate,
                              "vin": vin})  # fmt: skip
        new_phones: list[dict[str, Any]] = []
        new_cars: list[dict[str, Any]] = []
        for cid, rows in merges.items():
            existing = current[cid]
            merged = _Row(0, {k: getattr(existing, k) for k in (
                *_FILLABLE, "salutation", *(f"consent_{k}" for k in _CONSENTS),
                *(f"consent_{k}_at" for k in _CONSENTS),
            )}, list(phones[cid]), list(cars[cid]))  # fmt: skip
            before = dict(merged.values)
            for row in rows:
                _fold_into(merged, row)
            changes = {k: v for k, v in merged.values.items() if v != before[k]}
            for kind in _CONSENTS:
                if f"consent_{kind}_at" in changes or f"consent_{kind}" in changes:
                    at = merged.values[f"consent_{kind}_at"]
                    if merged.values[f"consent_{kind}"] and at is None:
                        changes[f"consent_{kind}_at"] = now
                    changes[f"consent_{kind}_by"] = actor.id
            if "desired_services" in changes:
                changes["desired_services"] = list(changes["desired_services"])
            conn.execute(
                update(Customer)
                .where(Customer.id == cid)
                .values(**changes, updated_at=now, version_id=Customer.version_id + 1)
            )
            added = merged.phones[len(phones[cid]) :]
            new_phones += [
                phone_row(cid, p, not phones[cid] and i == 0) for i, p in enumerate(added)
            ]
            added_cars = merged.vehicles[len(cars[cid]) :]
            new_cars += [vehicle_row(cid, v) for v in added_cars]
            if added or added_cars:
                search.index_customer(
                    s,
                    cid,
                    existing.name,
                    merged.phones,
                    [v["plate"] for v in merged.vehicles if v["plate"]],
                    [v["vin"] for v in merged.vehicles if v["vin"]],
                )
        if new_phones:
            conn.execute(insert(CustomerPhone), new_phones)
        if new_cars:
            conn.execute(insert(OwnedVehicle), new_cars)
        return len(new_cars)

    # -- exporting ------------------------------------------------------------------------------
    def ensure_export_allowed(self) -> UserInfo:
        """Raise unless the user may export now (role, and a PIN entered recently)."""
        actor = self._session.require(Capability.EXPORT)
        self._session.require_recent_pin(self._settings.policy().reauth_minutes)
        return actor

    def export_customers(
        self,
        target: Path | BinaryIO,
        fmt: ExportFormat,
        query: str = "",
        *,
        flt: CustomerFilter | None = None,
        header_labels: Mapping[str, str] | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Write the customers the list shows for ``query`` (and ``flt``); returns the count.

        The file appears only once it is complete and the export is in the audit log.
        """
        actor = self.ensure_export_allowed()
        if fmt not in ("csv", "xlsx"):
            raise ValueError(f"unknown export format {fmt!r}")
        language = self._language()
        headers = [(header_labels or {}).get(k, HEADERS[k]) for k in EXPORT_FIELDS]
        folder = Path(target).parent if isinstance(target, Path) else None
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=f".{fmt}", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            with self._db.read() as s:
                records = self._records(s, query, flt, language, progress)
                rows = (
                    _write_xlsx(tmp, headers, records)
                    if fmt == "xlsx"
                    else _write_csv(tmp, headers, records)
                )
            digest = hashlib.sha256()
            with open(tmp, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            with self._db.write() as s:
                self._audit.record(
                    s,
                    actor,
                    Action.EXPORT,
                    "customers",
                    None,
                    detail={
                        "format": fmt,
                        "rows": rows,
                        "sha256": digest.hexdigest(),
                        "query_given": bool(query.strip() or (flt and flt.query.strip())),
                        "filter_given": flt is not None and flt != CustomerFilter(today=flt.today),
                    },
                )
            if isinstance(target, Path):
                os.replace(tmp, target)
            else:
                with open(tmp, "rb") as fh:
                    shutil.copyfileobj(fh, target)
        finally:
            tmp.unlink(missing_ok=True)
        return rows

    def _records(
        self,
        s: Session,
        query: str,
        flt: CustomerFilter | None,
        language: str,
        progress: Progress | None,
    ) -> Iterator[list[str]]:
        """The rows of the export, newest first like the list, a batch at a time."""
        # The list's own conditions, so the export shows exactly what the list shows.
        condition = and_(
            self._customers._visible(),
            self._customers._matching(query),
            self._customers._filtered(flt),
        )
        searching = bool(query.strip() or (flt is not None and flt.query.strip()))
        total = 0
        if progress is not None:
            from sqlalchemy import func

            total = int(s.scalar(select(func.count()).select_from(Customer).where(condition)) or 0)
        table = Customer.__table__
        order = (table.c.id + 0).desc() if searching else table.c.id.desc()
        last: int | None = None
        done = 0
        while True:
            q = (
                select(table, User.name.label("salesperson_name"))
                .outerjoin(User, User.id == table.c.assigned_user_id)
                .where(condition, table.c.id < last if last is not None else true())
                .order_by(order)
                .limit(BATCH)
            )
            batch = s.execute(q).all()
            if not batch:
                return
            ids = [r.id for r in batch]
            last = ids[-1]
            phones: dict[int, list[str]] = {}
            for cid, e164 in s.execute(
                select(CustomerPhone.customer_id, CustomerPhone.e164)
                .where(CustomerPhone.customer_id.in_(ids))
                .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            ):
                phones.setdefault(cid, []).append(e164)
            first_car: dict[int, Any] = {}
            for vehicle in s.execute(
                select(
                    OwnedVehicle.customer_id,
                    OwnedVehicle.model_text,
                    OwnedVehicle.plate,
                    OwnedVehicle.vin,
                    OwnedVehicle.delivery_date,
                    OwnedVehicle.odometer_at_delivery,
                    VehicleModel.name_en,
                    VehicleModel.name_zh_tw,
                    VehicleModel.name_zh_cn,
                )
                .outerjoin(VehicleModel, VehicleModel.id == OwnedVehicle.model_id)
                .where(OwnedVehicle.customer_id.in_(ids))
                .order_by(OwnedVehicle.id)
            ):
                first_car.setdefault(vehicle.customer_id, vehicle)
            for r in batch:
                car = first_car.get(r.id)
                yield [
                    r.name,
                    r.salutation,
                    r.kind,
                    ";".join(phones.get(r.id, [])),
                    r.address,
                    _iso(r.birthday),
                    r.email,
                    r.messaging_id,
                    r.notes,
                    r.preferred_channel,
                    r.best_time,
                    r.service_advisor,
                    r.insurance_company,
                    _iso(r.insurance_expiry),
                    ";".join(r.desired_services or []),
                    r.desired_services_note,
                    "yes" if r.consent_marketing else "no",
                    _iso(r.consent_marketing_at),
                    "yes" if r.consent_photo else "no",
                    _iso(r.consent_photo_at),
                    r.salesperson_name or "",
                    r.id_type,
                    mask_id(r.id_number) if r.id_number else "",
                    _model_name(
                        (car.name_en, car.name_zh_tw, car.name_zh_cn), car.model_text, language
                    )
                    if car
                    else "",
                    car.plate if car else "",
                    car.vin if car else "",
                    _iso(car.delivery_date) if car else "",
                    "" if car is None or car.odometer_at_delivery is None
                    else str(car.odometer_at_delivery),
                    _iso(r.created_at),
                ]  # fmt: skip
            done += len(batch)
            if progress is not None:
                progress(done, max(total, done))

    # -- helpers ---------------------------------------------------------------------------------
    def _region(self) -> Region:
        with self._db.read() as s:
            dealer = s.get(Dealership, 1)
            return Region(dealer.region) if dealer is not None else Region.TW

    def _language(self) -> str:
        with self._db.read() as s:
            dealer = s.get(Dealership, 1)
            return dealer.doc_language if dealer is not None else "en"


def _write_csv(path: Path, headers: Sequence[str], records: Iterator[list[str]]) -> int:
    """UTF-8 with a BOM (Excel needs it to read UTF-8), RFC 4180 quoting, CRLF."""
    rows = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for record in records:
            writer.writerow([neutralise(v) for v in record])
            rows += 1
    return rows


def _write_xlsx(path: Path, headers: Sequence[str], records: Iterator[list[str]]) -> int:
    """A write-only workbook (streams to disk); every cell a string, never a formula."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Customers")
    sheet.append([neutralise(h) for h in headers])
    rows = 0
    for record in records:
        # text cells only: after neutralise() no value starts with "=", which openpyxl
        # would store as a formula; characters XML cannot hold are dropped
        sheet.append([_XLSX_ILLEGAL.sub("", neutralise(v)) for v in record])
        rows += 1
    workbook.save(path)
    return rows


__all__ = [
    "EXPORT_FIELDS",
    "HEADERS",
    "IMPORT_FIELDS",
    "SERVICE_MESSAGES",
    "Duplicate",
    "ImportExportService",
    "ImportFileError",
    "ImportReport",
    "ImportResult",
    "ImportTable",
    "RowProblem",
    "decode_text",
    "neutralise",
    "parse_date",
    "read_table",
    "suggest_mapping",
]
