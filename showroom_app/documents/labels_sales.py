"""Words of the sales documents: the test-drive agreement (試乘試駕協議書, DOMAIN.md §4.5,
§6.2) and the needs summary (需求確認單, §4.3), in each document language.

Plain dictionaries, no Qt, like ``labels``. The agreement's clause texts here are only the
defaults the dealership starts from: the printed clauses are data the dealership edits.
"""

from __future__ import annotations

from showroom_app.documents.labels import VOCABULARY

_LANG_INDEX = {"zh_TW": 0, "zh_CN": 1, "en": 2}

TEST_DRIVE_LABELS: dict[str, dict[str, str]] = {
    "zh_TW": {
        "title": "試乘試駕協議書",
        "reference": "協議書編號 {no}",
        "agreement_no": "協議書編號",
        "date": "日期",
        "driver": "試駕人資料",
        "driver_name": "試駕人姓名",
        "id_number": "身分證字號",
        "phone": "聯絡電話",
        "licence_no": "駕照號碼",
        "licence_class": "准駕車種",
        "licence_expiry": "駕照有效期限",
        "licence_first_issue": "初領駕照日期",
        "licence_copy": "駕照影本",
        "copy_attached": "已附",
        "copy_not_attached": "未附",
        "vehicle": "試駕車輛與路線",
        "model": "車型",
        "plate": "車牌號碼",
        "temporary_plate": "（臨時牌照）",
        "vin_last6": "車身號碼末6碼",
        "insurance": "車輛保險範圍",
        "route": "試駕路線",
        "time_window": "試駕時段",
        "staff": "陪同人員",
        "terms": "協議條款",
        "declarations": "試駕人聲明",
        "liability": "責任歸屬",
        "termination": "終止試駕",
        "data_consent": "個人資料蒐集同意",
        "confirm": "本人已詳閱並同意上述各條款。",
        "sign_driver": "試駕人簽名",
        "sign_staff": "陪同人員簽名",
        "sign_date": "日期：",
        "sign_time": "時間：",
    },
    "zh_CN": {
        "title": "试乘试驾协议书",
        "reference": "协议书编号 {no}",
        "agreement_no": "协议书编号",
        "date": "日期",
        "driver": "试驾人信息",
        "driver_name": "试驾人姓名",
        "id_number": "证件号码",
        "phone": "联系电话",
        "licence_no": "驾驶证号",
        "licence_class": "准驾车型",
        "licence_expiry": "驾驶证有效期至",
        "licence_first_issue": "初次领证日期",
        "licence_copy": "驾驶证复印件",
        "copy_attached": "已附",
        "copy_not_attached": "未附",
        "vehicle": "试驾车辆与路线",
        "model": "车型",
        "plate": "车牌号码",
        "temporary_plate": "（临时号牌）",
        "vin_last6": "车架号后6位",
        "insurance": "车辆保险范围",
        "route": "试驾路线",
        "time_window": "试驾时段",
        "staff": "陪同人员",
        "terms": "协议条款",
        "declarations": "试驾人声明",
        "liability": "责任承担",
        "termination": "终止试驾",
        "data_consent": "个人信息处理同意",
        "confirm": "本人已详细阅读并同意上述各条款。",
        "sign_driver": "试驾人签名",
        "sign_staff": "陪同人员签名",
        "sign_date": "日期：",
        "sign_time": "时间：",
    },
    "en": {
        "title": "Test-drive agreement",
        "reference": "Agreement no. {no}",
        "agreement_no": "Agreement no.",
        "date": "Date",
        "driver": "Test driver",
        "driver_name": "Driver's name",
        "id_number": "ID number",
        "phone": "Phone",
        "licence_no": "Driving licence no.",
        "licence_class": "Licence class",
        "licence_expiry": "Licence valid until",
        "licence_first_issue": "Licence first issued",
        "licence_copy": "Licence copy",
        "copy_attached": "Attached",
        "copy_not_attached": "Not attached",
        "vehicle": "Vehicle and route",
        "model": "Model",
        "plate": "Plate number",
        "temporary_plate": " (temporary plate)",
        "vin_last6": "VIN (last 6)",
        "insurance": "Vehicle insurance cover",
        "route": "Test-drive route",
        "time_window": "Time window",
        "staff": "Accompanying staff",
        "terms": "Terms",
        "declarations": "Driver's declarations",
        "liability": "Liability",
        "termination": "Ending the test drive",
        "data_consent": "Personal data consent",
        "confirm": "I have read and agree to the terms above.",
        "sign_driver": "Driver's signature",
        "sign_staff": "Accompanying staff signature",
        "sign_date": "Date:",
        "sign_time": "Time:",
    },
}

#: Default clauses (DOMAIN.md §4.5 required content), per language and group, in order.
DEFAULT_CLAUSES: dict[str, dict[str, tuple[str, ...]]] = {
    "zh_TW": {
        "declarations": (
            "本人持有有效之駕駛執照，准駕車種涵蓋試駕車輛，所提供之駕照及身分資料均屬真實。",
            "本人試駕時未飲酒，亦未受毒品、麻醉藥品或任何可能影響駕駛之藥物影響。",
            "本人身體及精神狀況良好，適合駕駛。",
            "本人將遵守道路交通法規、陪同人員之指示及約定之試駕路線。",
            "本人不飆車、不超速，不做任何危險駕駛行為。",
            "陪同人員要求停車時，本人將立即於安全處所停車。",
        ),
        "liability": (
            "試駕期間因違反交通法規所生之罰鍰及違規記點，由試駕人負擔。",
            "因試駕人違規、故意或重大過失所致之損失，保險未理賠之部分由試駕人負擔。",
            "本公司已為試駕車輛投保，承保範圍如上列「車輛保險範圍」所載，理賠依保險契約辦理。",
        ),
        "termination": (
            "本公司及陪同人員得隨時終止試駕；試駕人應依指示於安全處所停車並交還車輛。",
        ),
        "data_consent": (
            "本人同意本公司為核驗駕駛資格及處理試駕相關事宜，蒐集、處理並保存本人駕照"
            "（及身分證件）影本，不作其他用途，目的消失或保存期限屆滿後即予銷毀；"
            "本人得依個人資料保護法請求查閱、更正或刪除。",
        ),
    },
    "zh_CN": {
        "declarations": (
            "本人持有有效的机动车驾驶证，准驾车型涵盖试驾车辆，所提供的驾驶证及身份信息真实有效。",
            "本人试驾时未饮酒，也未受毒品、麻醉药品或任何可能影响驾驶的药物影响。",
            "本人身体及精神状况良好，适合驾驶。",
            "本人将遵守道路交通安全法规、陪同人员的指示及约定的试驾路线。",
            "本人不飙车、不超速，不做任何危险驾驶行为。",
            "陪同人员要求停车时，本人将立即在安全地点停车。",
        ),
        "liability": (
            "试驾期间因违反交通法规产生的罚款及记分，由试驾人承担。",
            "因试驾人违章、故意或重大过失造成的损失，保险未赔付的部分由试驾人承担。",
            "本公司已为试驾车辆投保，承保范围见上列“车辆保险范围”，理赔以保险合同为准。",
        ),
        "termination": (
            "本公司及陪同人员有权随时终止试驾；试驾人应按指示在安全地点停车并交还车辆。",
        ),
        "data_consent": (
            "本人同意本公司为核验驾驶资格及办理试驾相关事宜，收集、处理并保存本人驾驶证"
            "（及身份证件）复印件，不作他用，目的实现或保存期限届满后即予销毁；"
            "本人可依《个人信息保护法》要求查阅、更正或删除。",
        ),
    },
    "en": {
        "declarations": (
            "I hold a valid driving licence whose class covers the test vehicle, and the licence"
            " and identity details I gave are true.",
            "I am not under the influence of alcohol, drugs or any medication that may affect"
            " driving.",
            "I am in good health and fit to drive.",
            "I will obey traffic law, the instructions of the accompanying staff and the agreed"
            " route.",
            "I will not race, speed or drive dangerously in any way.",
            "I will stop at a safe place at once when the accompanying staff ask me to.",
        ),
        "liability": (
            "Fines and penalty points for traffic violations during the test drive are borne by"
            " the driver.",
            "Losses caused by the driver's violation, intent or gross negligence that insurance"
            " does not cover are borne by the driver.",
            "The dealer has insured the test vehicle; the cover is stated under 'Vehicle"
            " insurance cover' above, and claims follow the insurance policy.",
        ),
        "termination": (
            "The dealer and the accompanying staff may end the test drive at any time; the"
            " driver will then stop at a safe place and return the vehicle.",
        ),
        "data_consent": (
            "I consent to the dealer collecting, using and storing a copy of my driving licence"
            " (and ID document) to check my eligibility and handle this test drive, for no other"
            " purpose, destroyed when that purpose ends or the retention period expires; I may"
            " ask to see, correct or delete it under the personal data law.",
        ),
    },
}

NEEDS_LABELS: dict[str, dict[str, str]] = {
    "zh_TW": {
        "title": "需求確認單",
        "reference": "單號 {no}",
        "customer": "客戶資料",
        "customer_name": "客戶姓名",
        "phone": "聯絡電話",
        "date": "日期",
        "salesperson": "銷售顧問",
        "budget_section": "預算與付款",
        "budget": "預算",
        "budget_from": "{min} 以上",
        "budget_to": "{max} 以內",
        "payment_method": "付款方式",
        "down_payment": "頭期比例",
        "monthly_target": "期望月付金",
        "usage_section": "用車需求",
        "usage": "用途",
        "main_driver": "主要駕駛人",
        "passengers": "乘坐人數",
        "passengers_n": "{n} 人",
        "family_notes": "家庭狀況",
        "current_vehicle": "現有車輛",
        "trade_in": "舊車換新",
        "yes": "是",
        "no": "否",
        "powertrain_pref": "動力偏好",
        "home_charging": "可否安裝家充",
        "priorities": "購車重點（依序）",
        "competitors": "比較車款",
        "color_prefs": "顏色偏好",
        "timeline": "預計購車時間",
        "decision_maker": "決策人",
        "plate_eligibility": "購車指標 / 牌照",
        "recommend_section": "推薦車款",
        "col_no": "序",
        "col_trim": "車款",
        "col_reason": "推薦理由",
        "no_recommendation": "尚未推薦車款",
        "confirm": "以上需求內容經本人確認無誤。",
        "sign_customer": "客戶確認簽名",
        "sign_salesperson": "銷售顧問簽名",
        "sign_date": "日期：",
    },
    "zh_CN": {
        "title": "需求确认单",
        "reference": "单号 {no}",
        "customer": "客户信息",
        "customer_name": "客户姓名",
        "phone": "联系电话",
        "date": "日期",
        "salesperson": "销售顾问",
        "budget_section": "预算与付款",
        "budget": "预算",
        "budget_from": "{min} 以上",
        "budget_to": "{max} 以内",
        "payment_method": "付款方式",
        "down_payment": "首付比例",
        "monthly_target": "期望月供",
        "usage_section": "用车需求",
        "usage": "用途",
        "main_driver": "主要驾驶人",
        "passengers": "乘坐人数",
        "passengers_n": "{n} 人",
        "family_notes": "家庭情况",
        "current_vehicle": "现有车辆",
        "trade_in": "置换",
        "yes": "是",
        "no": "否",
        "powertrain_pref": "动力偏好",
        "home_charging": "能否安装家充",
        "priorities": "购车重点（按序）",
        "competitors": "对比车型",
        "color_prefs": "颜色偏好",
        "timeline": "预计购车时间",
        "decision_maker": "决策人",
        "plate_eligibility": "购车指标 / 牌照",
        "recommend_section": "推荐车款",
        "col_no": "序",
        "col_trim": "车款",
        "col_reason": "推荐理由",
        "no_recommendation": "暂未推荐车款",
        "confirm": "以上需求内容经本人确认无误。",
        "sign_customer": "客户确认签名",
        "sign_salesperson": "销售顾问签名",
        "sign_date": "日期：",
    },
    "en": {
        "title": "Needs summary",
        "reference": "No. {no}",
        "customer": "Customer",
        "customer_name": "Customer name",
        "phone": "Phone",
        "date": "Date",
        "salesperson": "Sales consultant",
        "budget_section": "Budget and payment",
        "budget": "Budget",
        "budget_from": "from {min}",
        "budget_to": "up to {max}",
        "payment_method": "Payment method",
        "down_payment": "Down payment",
        "monthly_target": "Target monthly payment",
        "usage_section": "Needs",
        "usage": "Intended use",
        "main_driver": "Main driver",
        "passengers": "Passengers",
        "passengers_n": "{n}",
        "family_notes": "Family",
        "current_vehicle": "Current vehicle",
        "trade_in": "Trade-in",
        "yes": "Yes",
        "no": "No",
        "powertrain_pref": "Powertrain",
        "home_charging": "Home charging possible",
        "priorities": "Priorities (ranked)",
        "competitors": "Competitor models",
        "color_prefs": "Colour preferences",
        "timeline": "Expected purchase",
        "decision_maker": "Decision maker",
        "plate_eligibility": "Plate eligibility",
        "recommend_section": "Recommended trims",
        "col_no": "#",
        "col_trim": "Trim",
        "col_reason": "Why",
        "no_recommendation": "No trim recommended yet",
        "confirm": "I confirm that the needs above are correct.",
        "sign_customer": "Customer signature (confirmed)",
        "sign_salesperson": "Sales consultant signature",
        "sign_date": "Date:",
    },
}

#: Printed names of the needs-analysis codes (DOMAIN.md §4.3): code -> (zh_TW, zh_CN, en).
SALES_VOCABULARY: dict[str, dict[str, tuple[str, str, str]]] = {
    "payment_method": {
        "full": ("全額付款", "全款", "Full payment"),
        "loan": ("貸款", "贷款", "Loan"),
        "instalment": ("分期付款", "分期付款", "Instalment plan"),
        "lease": ("租賃", "融资租赁", "Lease"),
    },
    "usage": {
        "commute": ("通勤", "通勤", "Commuting"),
        "family": ("家庭用車", "家用", "Family"),
        "business": ("商務", "商务", "Business"),
        "long_distance": ("長途旅行", "长途出行", "Long-distance"),
        "ride_hailing": ("多元計程車 / 網約車", "网约车", "Ride-hailing"),
    },
    "powertrain_pref": {
        **VOCABULARY["powertrain"],
        "undecided": ("尚未決定", "未确定", "Undecided"),
    },
    "home_charging": {
        "yes": ("可以", "可以", "Yes"),
        "no": ("不行", "不能", "No"),
        "unknown": ("尚不確定", "不确定", "Not known yet"),
    },
    "priority": {
        "safety": ("安全", "安全", "Safety"),
        "space": ("空間", "空间", "Space"),
        "economy": ("油耗 / 經濟", "经济性", "Running costs"),
        "power": ("動力", "动力", "Performance"),
        "tech": ("科技 / 駕駛輔助", "科技 / 智驾", "Tech / ADAS"),
        "brand": ("品牌", "品牌", "Brand"),
        "price": ("價格", "价格", "Price"),
        "resale": ("保值性", "保值率", "Resale value"),
    },
    "timeline": {
        "within_7_days": ("7 天內", "7 天内", "Within 7 days"),
        "within_15_days": ("15 天內", "15 天内", "Within 15 days"),
        "within_30_days": ("30 天內", "30 天内", "Within 30 days"),
        "within_3_months": ("3 個月內", "3 个月内", "Within 3 months"),
        "later": ("3 個月以後", "3 个月以后", "Later than 3 months"),
        "undecided": ("尚未決定", "未确定", "Undecided"),
    },
    "plate_eligibility": {
        "has": ("已有指標", "已有指标", "Has a plate quota"),
        "lottery": ("搖號中", "摇号中", "In the plate lottery"),
        "nev_plate": ("新能源牌照", "新能源号牌", "NEV plate"),
        "na": ("不適用", "不适用", "Not applicable"),
    },
}


def sales_term(language: str, group: str, code: str) -> str:
    """The printed name of a needs-analysis code; free text (or an unknown code) as given."""
    names = SALES_VOCABULARY.get(group, {}).get(code)
    return names[_LANG_INDEX.get(language, 2)] if names else code


def test_drive_labels(language: str) -> dict[str, str]:
    return TEST_DRIVE_LABELS.get(language, TEST_DRIVE_LABELS["en"])


def needs_labels(language: str) -> dict[str, str]:
    return NEEDS_LABELS.get(language, NEEDS_LABELS["en"])
