"""Reading import files: CSV (UTF-8, Big5, GB18030 as Excel makes them) and XLSX.

The encoding is decoded strictly and files are refused, not guessed (see ``importexport``).
Cell values are made safe for Excel here too (``neutralise``) and restored on the way in.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path

from showroom_app.domain.enums import Region
from showroom_app.paths import resources_dir
from showroom_app.services.import_records import (
    MSG_BROKEN_XLSX,
    MSG_EMPTY,
    MSG_ENCODING,
    MSG_FILE_TYPE,
    MSG_NO_HEADER,
    MSG_NO_ROWS,
    MSG_NOT_CSV,
    MSG_UNREADABLE,
    ImportFileError,
    ImportTable,
)

# -- values in cells --------------------------------------------------------------------------

SUFFIXES = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx"}
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f]")
_DATE = re.compile(
    r"(?:民國|民国)?\s*(\d{1,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
)
_PHONE_LIKE = re.compile(r"\+?[\d\s\-()]{8,}")


def neutralise(value: str) -> str:
    """Make a cell text for Excel: a leading ``= + - @`` TAB or CR becomes ``'=`` etc."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def _restore(value: str) -> str:
    """Undo ``neutralise`` on the way back in (only that exact prefix)."""
    if value.startswith("'") and value[1:2] in _DANGEROUS and len(value) > 1:
        return value[1:]
    return value


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
