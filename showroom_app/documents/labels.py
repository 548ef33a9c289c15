"""The words every printed document shares: page labels, tax-ID names and the printed
names of the codes stored in the database, in each document language (zh_TW, zh_CN, en).

Plain dictionaries, no Qt: documents are rendered outside the UI and in the document
language, not the UI language.
"""

from __future__ import annotations

_TAX_ID_LABELS: dict[str, dict[str, str]] = {
    "TW": {"zh_TW": "統一編號", "zh_CN": "统一编号", "en": "Tax ID (UBN)"},
    "CN": {
        "zh_TW": "統一社會信用代碼",
        "zh_CN": "统一社会信用代码",
        "en": "Unified social credit code",
    },
    "HK": {"zh_TW": "商業登記號碼", "zh_CN": "商业登记号码", "en": "Business registration no."},
}

COMMON_LABELS: dict[str, dict[str, str]] = {
    "zh_TW": {
        "phone": "電話",
        "printed": "列印日期：{when}",
        "page": "第 {page} / {total} 頁",
        "confidential": "本文件含個人資料，請妥善保管",
        "list_sep": "、",
    },
    "zh_CN": {
        "phone": "电话",
        "printed": "打印日期：{when}",
        "page": "第 {page} / {total} 页",
        "confidential": "本文件含个人信息，请妥善保管",
        "list_sep": "、",
    },
    "en": {
        "phone": "Phone",
        "printed": "Printed {when}",
        "page": "Page {page} / {total}",
        "confidential": "Contains personal data: keep it confidential",
        "list_sep": ", ",
    },
}

#: Names of the codes stored in the database, in each document language.
VOCABULARY: dict[str, dict[str, tuple[str, str, str]]] = {
    # code: (zh_TW, zh_CN, en)
    "salutation": {
        "mr": ("先生", "先生", "Mr"),
        "ms": ("小姐", "女士", "Ms"),
        "mrs": ("女士", "女士", "Mrs"),
    },
    "vehicle_type": {
        "sedan": ("轎車", "轿车", "Sedan"),
        "suv": ("休旅車", "SUV", "SUV"),
        "mpv": ("MPV", "MPV", "MPV"),
        "hatchback": ("掀背車", "两厢车", "Hatchback"),
        "wagon": ("旅行車", "旅行车", "Wagon"),
        "pickup": ("皮卡", "皮卡", "Pickup"),
        "van": ("商用車", "商用车", "Van"),
    },
    "powertrain": {
        "ICE": ("汽油 / 柴油", "燃油", "Petrol / diesel"),
        "HEV": ("油電混合", "油电混合", "Hybrid (HEV)"),
        "PHEV": ("插電式油電混合", "插电式混合动力", "Plug-in hybrid (PHEV)"),
        "EREV": ("增程式", "增程式", "Range-extended EV (EREV)"),
        "BEV": ("純電動車", "纯电动车", "Battery EV (BEV)"),
    },
    "channel": {
        "phone": ("電話", "电话", "Phone call"),
        "sms": ("簡訊", "短信", "SMS"),
        "line": ("LINE", "LINE", "LINE"),
        "wechat": ("微信", "微信", "WeChat"),
        "whatsapp": ("WhatsApp", "WhatsApp", "WhatsApp"),
        "email": ("電子郵件", "电子邮件", "E-mail"),
        "letter": ("信函", "信函", "Letter"),
    },
    "id_type": {
        "national_id": ("身分證", "居民身份证", "National ID card"),
        "passport": ("護照", "护照", "Passport"),
        "residence_permit": ("居留證", "居住证", "Residence permit"),
        "other": ("其他證件", "其他证件", "Other document"),
    },
    "maintenance_item": {
        "oil_filter": ("機油及機油濾芯", "机油及机滤", "Oil and oil filter"),
        "air_filter": ("空氣濾芯", "空气滤芯", "Air filter"),
        "cabin_filter": ("冷氣濾網", "空调滤芯", "Cabin filter"),
        "brake_fluid": ("煞車油", "刹车油", "Brake fluid"),
        "coolant": ("冷卻液", "冷却液", "Coolant"),
        "spark_plugs": ("火星塞", "火花塞", "Spark plugs"),
        "tyre_rotation": ("輪胎對調", "轮胎换位", "Tyre rotation"),
        "air_conditioning": ("冷氣系統", "空调系统", "Air conditioning"),
        "battery_check": ("電瓶檢查", "蓄电池检查", "Battery check"),
        "ev_coolant": ("動力電池冷卻液", "动力电池冷却液", "EV battery coolant"),
    },
    "desired_service": {
        "pickup_dropoff": ("代客取送車", "上门取送车", "Pick-up and drop-off"),
        "weekend_slots": ("週末預約", "周末预约", "Weekend appointments"),
        "detailing": ("美容清潔", "美容清洁", "Detailing"),
        "tyre_hotel": ("輪胎寄存", "轮胎寄存", "Tyre storage"),
        "insurance_quote": ("續保報價", "续保报价", "Insurance renewal quote"),
        "loan_car": ("代步車", "代步车", "Courtesy car"),
        "reminder_by_message": ("訊息提醒", "消息提醒", "Reminders by message"),
    },
}
_LANG_INDEX = {"zh_TW": 0, "zh_CN": 1, "en": 2}


def term(language: str, group: str, code: str) -> str:
    """The printed name of a stored code; unknown codes print as stored (never blank)."""
    names = VOCABULARY.get(group, {}).get(code)
    return names[_LANG_INDEX.get(language, 2)] if names else code


def common_label(language: str, key: str) -> str:
    return COMMON_LABELS.get(language, COMMON_LABELS["en"])[key]


def tax_id_label(region: str, language: str) -> str:
    return _TAX_ID_LABELS.get(region, _TAX_ID_LABELS["TW"]).get(language, "Tax ID")


def person_name(name: str, salutation: str, language: str) -> str:
    """Name with its salutation as printed: 林志明 先生 / 王先生 / Mr Lin Chih-ming."""
    title = (
        term(language, "salutation", salutation) if salutation in VOCABULARY["salutation"] else ""
    )
    if not title or not name:
        return name
    if language == "en":
        return f"{title} {name}"
    # a surname recorded alone reads as one word (王先生), a full name keeps a space
    return f"{name}{title}" if len(name) == 1 else f"{name} {title}"
