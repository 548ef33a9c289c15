"""Words of the delivery documents (DOMAIN.md §4.8, §6.6, §6.7): the delivery confirmation
(交車確認單) and the delivery-ceremony certificate (交車證書), plus the usual handover lists
per region — documents handed over, functions explained, loose tools — that the service
can offer as the starting checklist. ``key: (zh_TW, zh_CN, en)`` as in ``labels_deal``.
"""

from __future__ import annotations

from showroom_app.documents.labels_deal import Entry, LabelTable, resolve

DELIVERY_LABELS: LabelTable = {
    "title": ("交車確認單", "交车确认单", "Delivery confirmation"),
    "reference": ("交車單號 {no}", "交车单号 {no}", "Delivery no. {no}"),
    "delivery_no": ("交車單號", "交车单号", "Delivery no."),
    "contract_no": ("合約編號", "合同编号", "Contract no."),
    "delivered_at": ("交車時間", "交车时间", "Delivered at"),
    "customer": ("客戶及車輛", "客户及车辆", "Customer and vehicle"),
    "odometer": ("交車里程", "交车里程", "Odometer at delivery"),
    "keys": ("鑰匙數量", "钥匙数量", "Keys"),
    "keys_n": ("{n} 把", "{n} 把", "{n}"),
    "pdi": ("新車交車前檢查（PDI）", "新车PDI检查", "Pre-delivery inspection (PDI)"),
    "pdi_ref": ("PDI 單號", "PDI 单号", "PDI reference"),
    "pdi_date": ("檢查日期", "检查日期", "Inspected on"),
    "technician": ("檢查技師", "检查技师", "Technician"),
    "quality_check": ("品質檢驗", "质检", "Quality check by"),
    "pdi_result": ("檢查結果", "检查结果", "Result"),
    "result_passed": ("全部合格，技師已簽核", "全部合格，技师已签核", "All passed, signed off"),
    "result_open": ("{n} 項待處理", "{n} 项待处理", "{n} open"),
    "result_unsigned": ("尚未簽核", "尚未签核", "Not yet signed off"),
    "documents": ("隨車文件", "随车文件", "Documents handed over"),
    "functions": ("功能說明", "功能讲解", "Functions explained"),
    "tools": ("工具及隨車附件", "随车工具及附件", "Tools and loose items"),
    "accessories": ("已安裝精品", "已安装精品", "Installed accessories"),
    "defects": ("待改善事項", "待整改事项", "Open points and agreed fixes"),
    "col_defect": ("事項", "事项", "Point"),
    "col_fix": ("處理方式", "处理方式", "Agreed fix"),
    "col_due": ("完成日期", "完成日期", "By"),
    "after_sales": ("售後服務", "售后服务", "After-sales"),
    "service_advisor": ("服務顧問", "服务顾问", "Service advisor"),
    "advisor_phone": ("服務顧問電話", "服务顾问电话", "Service advisor's phone"),
    "first_service": ("首次保養", "首保", "First maintenance"),
    "remarks": ("備註", "备注", "Remarks"),
    "note_legend": (
        "✓ 完成　— 不適用　□ 未完成",
        "✓ 完成　— 不适用　□ 未完成",
        "✓ done  — N/A  □ not done",
    ),
    "note_received": (
        "本人已收到上列車輛及文件。",
        "本人已收到上述车辆及文件。",
        "I have received the vehicle and the documents listed above.",
    ),
    "note_explained": (
        "車輛功能及保固內容已向本人說明。",
        "车辆功能及质保内容已向本人讲解。",
        "The vehicle's functions and warranty have been explained to me.",
    ),
    "sign_customer": ("客戶簽名", "客户签名", "Customer's signature"),
    "sign_salesperson": ("銷售顧問簽名", "销售顾问签名", "Sales consultant's signature"),
    "sign_technician": ("PDI 技師簽名", "PDI 技师签名", "PDI technician's signature"),
}

CERTIFICATE_LABELS: LabelTable = {
    "title": ("交車證書", "交车证书", "Delivery certificate"),
    "congratulations": ("恭喜", "恭喜", "Congratulations"),
    "subtitle": ("新車交付紀念", "新车交付纪念", "On the delivery of your new car"),
    "note_thanks": (
        "感謝您選擇 {dealer}，祝您行車平安、旅途愉快。",
        "感谢您选择 {dealer}，祝您行车平安、旅途愉快。",
        "Thank you for choosing {dealer}. We wish you many safe and happy journeys.",
    ),
    "model": ("車型", "车型", "Model"),
    "vin": ("車身號碼", "车架号（VIN）", "VIN"),
    "plate": ("車牌號碼", "车牌号码", "Plate number"),
    "delivery_date": ("交車日期", "交车日期", "Delivered on"),
    "salesperson": ("銷售顧問", "销售顾问", "Sales consultant"),
    "service_advisor": ("服務顧問", "服务顾问", "Service advisor"),
    "first_service": ("首次保養提醒", "首保提醒", "First maintenance"),
    "hotline": ("服務專線", "服务热线", "Service hotline"),
    "roadside": ("道路救援", "道路救援", "Roadside assistance"),
}

_DOCUMENTS: dict[str, tuple[Entry, ...]] = {
    "CN": (
        ("機動車銷售統一發票", "机动车销售统一发票", "Vehicle sales invoice"),
        ("整車出廠合格證", "整车出厂合格证", "Certificate of conformity"),
        ("車輛一致性證書", "车辆一致性证书", "Vehicle consistency certificate"),
        ("中文使用說明書", "中文使用说明书", "Owner's manual (Chinese)"),
        ("保修及保養手冊", "保修及保养手册", "Warranty and maintenance manual"),
        ("三包憑證", "三包凭证", "Three-guarantees (三包) card"),
        ("保險單", "保险单", "Insurance policy"),
        ("車輛購置稅完稅證明", "车辆购置税完税证明", "Purchase-tax payment proof"),
        ("行駛證及號牌", "行驶证及号牌", "Registration certificate and plates"),
    ),
    "TW": (
        ("統一發票", "统一发票", "Uniform invoice"),
        ("出廠證明（或進口與貨物稅完稅證明）", "出厂证明（或进口与货物税完税证明）",
         "Factory certificate (or import and commodity-tax certificates)"),
        ("保固手冊", "保固手册", "Warranty booklet"),
        ("車主手冊", "车主手册", "Owner's manual"),
        ("保險單", "保险单", "Insurance policy"),
        ("行照及車牌", "行照及车牌", "Registration certificate and plates"),
    ),
    "HK": (
        ("發票", "发票", "Invoice"),
        ("車輛登記文件（牌簿）", "车辆登记文件（牌簿）", "Vehicle registration document"),
        ("車輛牌照", "车辆牌照", "Vehicle licence"),
        ("保險單或暫保單", "保险单或暂保单", "Insurance policy or cover note"),
        ("保用及保養手冊", "保用及保养手册", "Warranty and service booklet"),
        ("車主手冊", "车主手册", "Owner's manual"),
    ),
}  # fmt: skip

_FUNCTIONS: tuple[Entry, ...] = (
    ("座椅及後視鏡記憶", "座椅及后视镜记忆", "Seat and mirror memory"),
    ("燈光及雨刷", "灯光及雨刮", "Lights and wipers"),
    ("影音系統及手機連線", "影音系统及手机互联", "Infotainment and phone pairing"),
    ("車聯網 App 帳號", "车联网 App 账号", "Connected-car app account"),
    ("駕駛輔助系統（ADAS）", "驾驶辅助系统（ADAS）", "Driver assistance (ADAS)"),
    ("加油或充電方式", "加油或充电方式", "Fuel type or charging"),
    ("胎壓及警示燈", "胎压及警示灯", "Tyre pressure and warning lights"),
    ("緊急狀況處理及道路救援", "紧急情况处理及道路救援", "Emergencies and roadside assistance"),
)

_TOOLS: tuple[Entry, ...] = (
    ("備胎或補胎工具", "备胎或补胎工具", "Spare wheel or repair kit"),
    ("千斤頂", "千斤顶", "Jack"),
    ("三角警示牌", "三角警示牌", "Warning triangle"),
    ("拖車鉤", "拖车钩", "Tow hook"),
    ("充電線（電動車）", "充电线（电动车）", "Charging cable (EV)"),
)


def default_handover_lists(
    region: str, language: str, bilingual: bool = False
) -> dict[str, tuple[str, ...]]:
    """The usual handover checklist (DOMAIN.md §4.8): ``documents`` (per region),
    ``functions`` and ``tools``, as names in the document language."""

    def names(entries: tuple[Entry, ...]) -> tuple[str, ...]:
        table = {str(i): entry for i, entry in enumerate(entries)}
        printed = resolve(table, language, bilingual)
        return tuple(printed[str(i)] for i in range(len(entries)))

    return {
        "documents": names(_DOCUMENTS.get(region, _DOCUMENTS["TW"])),
        "functions": names(_FUNCTIONS),
        "tools": names(_TOOLS),
    }
