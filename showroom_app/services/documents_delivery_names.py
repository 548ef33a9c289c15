"""The delivery checklists' names in the three document languages, for the delivery
confirmation (``documents_delivery``).

The checklists are data in ``domain.delivery_templates`` with English labels that the screens
translate through Qt (context "Delivery"). A printed document is in the *document* language,
which is independent of the interface language and needs no Qt, so the same wording is kept
here as ``English label -> (zh_TW, zh_CN)``, matching the "Delivery" translations. A
label missing here prints in English (a test keeps this table complete).
"""

from __future__ import annotations

from showroom_app.documents.labels_deal import Entry, resolve

CHECKLIST_NAMES: dict[str, tuple[str, str]] = {
    "Documents": ("文件", "文件"),
    "Exterior": ("外觀", "外观"),
    "Interior": ("內裝", "内饰"),
    "Under the bonnet": ("引擎室", "发动机舱"),
    "Underbody": ("底盤", "底盘"),
    "Road test": ("路試", "路试"),
    "Preparation": ("整備", "整备"),
    "Loose items": ("隨車物品", "随车物品"),
    "Sign-off": ("簽核", "签核"),
    "VIN on the car matches the certificate and the invoice": (
        "車上車身號碼與合格證及發票相符",
        "车身车架号与合格证及发票一致",
    ),
    "Build date": ("出廠日期", "出厂日期"),
    "Odometer reading": ("里程數", "里程表读数"),
    "Paint: scratches, dents, colour mismatch": (
        "烤漆：刮痕、凹陷、色差",
        "漆面：划痕、凹陷、色差",
    ),
    "Panel gaps": ("鈑件間隙", "钣金缝隙"),
    "Glass": ("玻璃", "玻璃"),
    "Lights": ("燈光", "灯光"),
    "Mirrors": ("後視鏡", "后视镜"),
    "Wipers": ("雨刷", "雨刮"),
    "Badges": ("車標", "车标"),
    "Wheels": ("輪圈", "轮毂"),
    "Tyres: pressure and DOT date": ("輪胎：胎壓與製造日期（DOT）", "轮胎：胎压与生产日期（DOT）"),
    "Seats and seat adjustment": ("座椅與座椅調整", "座椅与座椅调节"),
    "Interior trim": ("內裝飾板", "内饰板"),
    "Headliner": ("車頂內襯", "车顶内衬"),
    "Carpets": ("地毯", "地毯"),
    "Seat belts": ("安全帶", "安全带"),
    "Airbag warning lamp": ("安全氣囊警示燈", "安全气囊指示灯"),
    "Infotainment": ("影音娛樂系統", "信息娱乐系统"),
    "Air conditioning": ("空調", "空调"),
    "Windows": ("車窗", "车窗"),
    "Sunroof": ("天窗", "天窗"),
    "Locks": ("門鎖", "门锁"),
    "Remote keys": ("遙控鑰匙", "遥控钥匙"),
    "Engine oil": ("機油", "机油"),
    "Coolant": ("冷卻液", "冷却液"),
    "Brake fluid": ("煞車油", "制动液"),
    "Washer fluid": ("雨刷水", "玻璃水"),
    "12 V battery voltage": ("12 V 電瓶電壓", "12 V 蓄电池电压"),
    "Belts": ("皮帶", "皮带"),
    "Hoses": ("管路", "管路"),
    "No leaks": ("無滲漏", "无渗漏"),
    "High-voltage battery charged to the target (e.g. 80 % or more)": (
        "高壓電池已充至目標電量（例如 80 % 以上）",
        "动力电池已充至目标电量（例如 80 % 以上）",
    ),
    "Battery and motor coolant": ("電池與電機冷卻液", "电池与电机冷却液"),
    "No leaks underneath": ("底盤無滲漏", "底盘无渗漏"),
    "No damage underneath": ("底盤無損傷", "底盘无损伤"),
    "Exhaust": ("排氣系統", "排气系统"),
    "Suspension": ("懸吊系統", "悬架"),
    "Starts normally": ("啟動正常", "启动正常"),
    "Idle": ("怠速", "怠速"),
    "Shifting": ("換檔", "换挡"),
    "Brakes": ("煞車", "制动"),
    "Steering": ("轉向", "转向"),
    "No unusual noises": ("無異音", "无异响"),
    "No warning lamps": ("無警示燈亮起", "无故障灯点亮"),
    "Diagnostic scan shows no fault codes (DTCs)": (
        "診斷掃描無故障碼（DTC）",
        "诊断扫描无故障码（DTC）",
    ),
    "Protective films removed": ("保護膜已移除", "保护膜已去除"),
    "Accessories installed": ("精品配件已安裝", "精品已加装"),
    "Clock and language set": ("時鐘與語言已設定", "时钟与语言已设置"),
    "Software up to date": ("軟體已更新至最新版", "软件已更新至最新版本"),
    "Washed and cleaned": ("已清洗整理", "已清洗整理"),
    "Spare tyre or repair kit": ("備胎或補胎工具", "备胎或补胎工具"),
    "Jack": ("千斤頂", "千斤顶"),
    "Warning triangle": ("三角警示牌", "三角警示牌"),
    "Tow hook": ("拖車勾", "拖车钩"),
    "Charging cable": ("充電線", "充电枪线"),
    "Manuals": ("手冊", "手册"),
    "Quality check": ("品質檢查", "质量检查"),
    "Certificate of conformity (import certificates for imported cars)": (
        "整車出廠合格證（進口車為進口證明文件）",
        "整车出厂合格证（进口车为进口证明文件）",
    ),
    "Vehicle consistency certificate": ("車輛一致性證書", "车辆一致性证书"),
    "Owner's manual in Chinese": ("中文使用說明書", "中文使用说明书"),
    "Warranty and maintenance manual": ("保固及保養手冊", "保修及保养手册"),
    "Repair, replacement and return (three guarantees) certificate": ("三包憑證", "三包凭证"),
    "Motor vehicle sales invoice": ("機動車銷售統一發票", "机动车销售统一发票"),
    "Insurance policy": ("保險單", "保险单"),
    "Purchase tax payment proof": ("車輛購置稅完稅證明", "车辆购置税完税证明"),
    "Registration documents (if the dealer registered the car)": (
        "領牌文件（由經銷商代辦時）",
        "上牌资料（由经销商代办时）",
    ),
    "Uniform invoice": ("統一發票", "统一发票"),
    "Factory certificate, or import and commodity tax certificates": (
        "出廠證明，或進口與貨物稅完稅證明",
        "出厂证明，或进口与货物税完税证明",
    ),
    "Warranty booklet": ("保固手冊", "质保手册"),
    "Owner's manual": ("車主手冊", "车主手册"),
    "Vehicle registration certificate and plates (if registered)": (
        "行照及車牌（已領牌時）",
        "行驶证及车牌（已上牌时）",
    ),
    "Invoice": ("發票", "发票"),
    "Warranty and service booklet": ("保固及保養手冊", "质保及保养手册"),
    "Insurance policy or cover note": ("保險單或暫保單", "保险单或暂保单"),
    "Vehicle registration document, licence and plates (if registered)": (
        "車輛登記文件、牌照及車牌（已登記時）",
        "车辆登记文件、牌照及车牌（已登记时）",
    ),
    "Seat and mirror memory": ("座椅與後視鏡記憶", "座椅与后视镜记忆"),
    "Infotainment and phone pairing": ("影音娛樂系統與手機配對", "信息娱乐系统与手机配对"),
    "App account": ("App 帳號", "App 账号"),
    "Driver assistance (ADAS)": ("駕駛輔助系統（ADAS）", "驾驶辅助系统（ADAS）"),
    "Fuel type and refuelling": ("燃油種類與加油", "燃油标号与加油"),
    "Charging": ("充電", "充电"),
    "Tyre pressure": ("胎壓", "胎压"),
    "Warning lights": ("警示燈", "故障指示灯"),
    "What to do in an emergency": ("緊急狀況處理", "紧急情况处理"),
    "Roadside assistance number": ("道路救援電話", "道路救援电话"),
    "Warranty terms": ("保固條款", "质保条款"),
    "First maintenance (km or months)": ("首次保養（里程或月數）", "首保（里程或月数）"),
}


def checklist_name(label: str, language: str, bilingual: bool = False) -> str:
    """An item's name as printed: "里程數 Odometer reading" on a bilingual document."""
    zh_tw, zh_cn = CHECKLIST_NAMES.get(label, (label, label))
    entry: Entry = (zh_tw, zh_cn, label)
    return resolve({"name": entry}, language, bilingual)["name"]


__all__ = ["CHECKLIST_NAMES", "checklist_name"]
