"""Sample data for the closing, finance and delivery documents, one deal per region.

Used by the document tests, ``benchmarks/documents_deal.py`` and for looking at the pages.
TW is a Taipei dealership (TWD, zh_TW values), CN a Shanghai one (CNY, zh_CN values), HK
a Kowloon one (HKD, English values). Figures follow DOMAIN.md §7 where it has an example.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from PIL import Image, ImageDraw

from showroom_app.documents.common import Letterhead
from showroom_app.documents.contract import ContractData, ContractParty
from showroom_app.documents.contract_templates import default_contract_template
from showroom_app.documents.deal_common import PriceLine, VehicleInfo
from showroom_app.documents.delivery_certificate import DeliveryCertificateData
from showroom_app.documents.delivery_confirmation import (
    CheckItem,
    DeliveryConfirmationData,
    OpenPoint,
    PdiResult,
)
from showroom_app.documents.deposit_receipt import DepositReceiptData
from showroom_app.documents.labels_delivery import default_handover_lists
from showroom_app.documents.order_confirmation import OrderConfirmationData, OrderOption
from showroom_app.documents.payment_comparison import PaymentComparisonData, PaymentScenario
from showroom_app.documents.quotation import FinanceSummary, QuotationData
from showroom_app.documents.repayment_schedule import RepaymentScheduleData, ScheduleRow
from showroom_app.domain.enums import Currency

PRINTED_AT = datetime(2026, 11, 29, 14, 5)
D = Decimal
CURRENCY = {"TW": Currency.TWD, "CN": Currency.CNY, "HK": Currency.HKD}
REGION_LANGUAGE = {"TW": "zh_TW", "CN": "zh_CN", "HK": "en"}
CUSTOMER = {"TW": "林志明", "CN": "王建国", "HK": "Chan Tai Man"}


def logo_png(width: int = 360, height: int = 120) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, height - 4, height - 4), fill=(160, 20, 30, 255))
    draw.rectangle((height + 10, height // 3, width - 8, 2 * height // 3), fill=(40, 40, 40, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def photo_jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    """A test photo: sky over a road, a red car, so a wrong rotation is easy to see."""
    image = Image.new("RGB", (width, height), (120, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 2 // 3, width, height), fill=(70, 70, 75))
    draw.rectangle((width // 4, height // 2, width * 3 // 4, height * 3 // 4), fill=(190, 20, 30))
    out = io.BytesIO()
    if orientation is None:
        image.save(out, "JPEG", quality=85)
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def letterhead(region: str = "TW", *, logo: bool = False) -> Letterhead:
    art = logo_png() if logo else None
    if region == "CN":
        return Letterhead(
            "上海宏达汽车销售服务有限公司",
            "上海市闵行区虹桥路 1888 号",
            "021 6234 5678",
            "91350100M000100Y43",
            "CN",
            logo=art,
        )
    if region == "HK":
        return Letterhead(
            "Grand Harbour Motors Ltd.",
            "88 Argyle Street, Mong Kok, Kowloon",
            "2388 1234",
            "12345678-000",
            "HK",
            logo=art,
        )
    return Letterhead(
        "宏達汽車 大安展示中心",
        "臺北市大安區復興南路一段 100 號",
        "02 2700 1234",
        "04595257",
        "TW",
        logo=art,
    )


def _vehicle(region: str, *, vin: str = "JTMW43FV40D042788") -> VehicleInfo:
    if region == "CN":
        return VehicleInfo(
            "比亚迪", "汉 EV", "715km 旗舰型", "2027", "雪域白", "汗血红", "黑棕双拼",
            "BEV", None, 180, vin, "TZ220XS", "", "domestic",
        )  # fmt: skip
    if region == "HK":
        return VehicleInfo(
            "Toyota", "Alphard", "2.5 Hybrid Executive Lounge", "2026", "Platinum White Pearl",
            "Black", "Sunset Brown", "HEV", 2487, None, vin, "A25A-1234567", "", "imported",
        )  # fmt: skip
    return VehicleInfo(
        "Toyota", "RAV4", "2.5 Hybrid 旗艦版", "2027", "珍珠白", "極光銀", "黑色",
        "HEV", 2487, None, vin, "A25A-7788123", "", "domestic",
    )  # fmt: skip


def quotation(region: str = "TW") -> QuotationData:
    cur = CURRENCY[region]
    if region == "CN":
        return QuotationData(
            letterhead(region), "Q-2026-0118", date(2026, 11, 29), date(2026, 12, 6),
            "王建国", "mr", "138 0013 8000", "李娜", "139 1111 2222", cur, _vehicle(region),
            msrp=D("249800"), discount=D("20000"), vehicle_price=D("229800"),
            accessories=(PriceLine("全车隐形车衣", D("6800")), PriceLine("行车记录仪", D("1200"))),
            taxes_fees=(
                PriceLine("车辆购置税", D("10168.14"),
                          detail="229,800 ÷ 1.13 × 10% × 50%（新能源减半，上限 15,000）"),
                PriceLine("车船税", D("0"), detail="新能源汽车免征"),
                PriceLine("上牌规费", D("125")),
            ),
            insurance=(
                PriceLine("交强险", D("950")),
                PriceLine("商业险（车损、三者 200 万、车上人员）", D("6860"),
                          detail="以保险公司报价为准"),
            ),
            service_fees=(PriceLine("上牌服务费", D("800"), optional=True),
                          PriceLine("金融服务费", D("0"), optional=True)),
            trade_in=(PriceLine("2018 大众朗逸 1.5L 置换", D("45000"), detail="评估价 45,000"),),
            subsidies=(PriceLine("以旧换新补贴", D("15000")),),
            on_the_road_total=D("196703.14"),
            finance=FinanceSummary(
                "平安银行 · 新能源 36 期", D("56703.14"), D("140000"), 36, D("4102.29"),
                "annual", D("3.50"), D("3.50"), D("0"), None, D("204385.58"),
            ),
            rules_date=date(2026, 11, 29),
        )  # fmt: skip
    if region == "HK":
        return QuotationData(
            letterhead(region), "Q-2026-0301", date(2026, 11, 29), date(2026, 12, 6),
            "Chan Tai Man", "mr", "9123 4567", "Wong Ka Yan", "6123 4567", cur, _vehicle(region),
            msrp=D("868000"), discount=D("30000"), vehicle_price=D("838000"),
            accessories=(PriceLine("Front and rear dash cams", D("3800")),),
            taxes_fees=(PriceLine("Annual licence fee (petrol > 2,500 cc)", D("7834")),),
            insurance=(PriceLine("Comprehensive insurance (estimate)", D("16500")),),
            service_fees=(PriceLine("Registration handling", D("1500"), optional=True),),
            on_the_road_total=D("867634"),
            finance=FinanceSummary(
                "Harbour Finance · hire purchase 60 months", D("267634"), D("600000"), 60,
                D("11250.00"), "flat", D("2.50"), D("4.74"), D("0"), None, D("942634"),
            ),
            notes=("Price includes First Registration Tax.",),
        )  # fmt: skip
    return QuotationData(
        letterhead(region), "Q-2026-0042", date(2026, 11, 29), date(2026, 12, 6),
        "林志明", "mr", "0955 123 456", "陳美玲", "0912 345 678", cur, _vehicle(region),
        msrp=D("1350000"), discount=D("50000"), vehicle_price=D("1300000"),
        accessories=(PriceLine("隔熱紙（前檔 + 全車）", D("18000")),
                     PriceLine("行車記錄器", D("6500"))),
        taxes_fees=(
            PriceLine("使用牌照稅（依日數）", D("5661"),
                      detail="11,230 × 184/365（2026-07-01 領牌）"),
            PriceLine("汽車燃料使用費（依日數）", D("3131"), detail="6,210 × 184/365"),
            PriceLine("領牌規費", D("1200")),
        ),
        insurance=(PriceLine("強制汽車責任保險", D("1838")),
                   PriceLine("甲式車體險 + 第三人責任險", D("42000"), detail="以保險公司核保為準")),
        service_fees=(PriceLine("代辦領牌服務費", D("3000"), optional=True),),
        trade_in=(PriceLine("2016 Toyota Altis 1.8 舊車折抵", D("280000"), detail="估價 280,000"),),
        on_the_road_total=D("1101330"),
        finance=FinanceSummary(
            "台新銀行 · 汽車貸款 36 期", D("401330"), D("700000"), 36, D("20666.79"),
            "annual", D("4.00"), D("4.48"), D("5000"), None, D("1150334.44"),
        ),
        rules_date=date(2026, 7, 1),
    )  # fmt: skip


def quotation_heavy(region: str = "TW") -> QuotationData:
    """A long quote: six accessories, three insurance lines, two fees, a trade-in and a
    loan; more than one page holds, so the end of it must carry the last price lines."""
    base = quotation(region)
    names = {
        "TW": (
            "隔熱紙（前檔 + 全車）",
            "行車記錄器（前後鏡頭）",
            "全車鍍膜",
            "晴雨窗",
            "立體腳踏墊",
            "後車廂防水墊",
        ),
        "CN": ("全车隐形车衣", "行车记录仪", "全景影像升级", "晴雨挡", "全包围脚垫", "后备箱垫"),
        "HK": (
            "Window film (full car)",
            "Front and rear dash cams",
            "Ceramic coating",
            "Wind deflectors",
            "All-weather floor mats",
            "Boot liner",
        ),
    }[region]
    amounts = (D("18000"), D("6500"), D("12000"), D("2800"), D("3600"), D("1500"))
    insurance = {
        "TW": (PriceLine("強制汽車責任保險", D("1838")),
               PriceLine("甲式車體險", D("36000"), detail="以保險公司核保為準"),
               PriceLine("第三人責任險（含超額 1,000 萬）", D("6000"))),
        "CN": (PriceLine("交强险", D("950")),
               PriceLine("车损险", D("4860"), detail="以保险公司报价为准"),
               PriceLine("第三者责任险 200 万", D("2000"))),
        "HK": (PriceLine("Third-party insurance", D("3500")),
               PriceLine("Own damage cover", D("11000"), detail="insurer's quote prevails"),
               PriceLine("Windscreen cover", D("2000"))),
    }[region]  # fmt: skip
    fees = {
        "TW": (PriceLine("代辦領牌服務費", D("3000"), optional=True),
               PriceLine("貸款代辦手續費", D("2000"), optional=True)),
        "CN": (PriceLine("上牌服务费", D("800"), optional=True),
               PriceLine("金融服务费", D("0"), optional=True)),
        "HK": (PriceLine("Registration handling", D("1500"), optional=True),
               PriceLine("Loan arrangement", D("1000"), optional=True)),
    }[region]  # fmt: skip
    trade_in = base.trade_in or (
        PriceLine("2017 Toyota Vellfire 2.5 trade-in", D("120000"), detail="appraised"),
    )
    return replace(
        base,
        accessories=tuple(PriceLine(n, a) for n, a in zip(names, amounts, strict=True)),
        insurance=insurance,
        service_fees=fees,
        trade_in=trade_in,
    )  # fmt: skip


def contract(region: str = "TW", language: str | None = None) -> ContractData:
    language = language or REGION_LANGUAGE[region]
    template = default_contract_template(region, language)
    cur = CURRENCY[region]
    if region == "CN":
        buyer = ContractParty(
            "王建国", "national_id", "11010519491231002X", "上海市徐汇区漕溪北路 88 号 12 楼",
            "138 0013 8000", "wang.jg@example.com",
        )  # fmt: skip
        return ContractData(
            letterhead(region), template, "HT-SH-2026-000318", date(2026, 11, 29), buyer,
            sign_place="上海市闵行区虹桥路 1888 号展厅", seller_representative="张伟",
            currency=cur, vehicle=_vehicle(region, vin=""), msrp=D("249800"),
            discount=D("20000"), vehicle_price=D("229800"),
            accessories=(PriceLine("全车隐形车衣", D("6800")),),
            fees=(PriceLine("上牌服务费", D("800"), optional=True),),
            trade_in=(PriceLine("2018 大众朗逸 1.5L 置换", D("45000")),),
            total_price=D("192400"), deposit_amount=D("20000"), deposit_kind="earnest",
            payment_method="loan", down_payment=D("52400"), loan_amount=D("140000"),
            lender="平安银行股份有限公司上海分行", balance_due_date=date(2026, 12, 20),
            delivery_date=date(2026, 12, 28), delivery_place="出卖人展厅",
            delivery_method="dealer_pickup", max_odometer_km=50,
        )  # fmt: skip
    if region == "HK":
        buyer = ContractParty(
            "Chan Tai Man", "national_id", "A123456(3)", "Flat 12B, 8 Nathan Road, Tsim Sha Tsui",
            "9123 4567", "chan.tm@example.com",
        )  # fmt: skip
        return ContractData(
            letterhead(region), template, "GHM-2026-0107", date(2026, 11, 29), buyer,
            seller_representative="Lee Chi Keung", currency=cur, vehicle=_vehicle(region),
            msrp=D("868000"), discount=D("30000"), vehicle_price=D("838000"),
            accessories=(PriceLine("Front and rear dash cams", D("3800")),),
            fees=(PriceLine("Registration handling", D("1500"), optional=True),),
            total_price=D("843300"), deposit_amount=D("50000"), deposit_kind="deposit",
            payment_method="loan", down_payment=D("243300"), loan_amount=D("600000"),
            lender="Harbour Finance Ltd.", balance_due_date=date(2027, 1, 10),
            delivery_date=date(2027, 1, 15), delivery_place="Mong Kok showroom",
            delivery_method="dealer_pickup", max_odometer_km=30,
        )  # fmt: skip
    buyer = ContractParty(
        "林志明", "national_id", "A123456789", "臺北市信義區松仁路 123 號 8 樓",
        "0955 123 456", "lin@example.com",
    )  # fmt: skip
    return ContractData(
        letterhead(region), template, "HD-TPE-2026-0042", date(2026, 11, 29), buyer,
        sign_place="宏達汽車 大安展示中心", seller_representative="黃國華", currency=cur,
        vehicle=_vehicle(region), msrp=D("1350000"), discount=D("50000"),
        vehicle_price=D("1300000"),
        accessories=(PriceLine("隔熱紙（前檔 + 全車）", D("18000")),
                     PriceLine("行車記錄器", D("6500"))),
        fees=(PriceLine("代辦領牌服務費", D("3000"), optional=True),),
        trade_in=(PriceLine("2016 Toyota Altis 1.8 舊車折抵", D("280000")),),
        total_price=D("1047500"), deposit_amount=D("50000"), deposit_kind="deposit",
        payment_method="loan", down_payment=D("297500"), loan_amount=D("700000"),
        lender="台新國際商業銀行", balance_due_date=date(2026, 12, 15),
        delivery_date=date(2026, 12, 20), delivery_place="宏達汽車 大安展示中心",
        delivery_method="dealer_pickup", max_odometer_km=50,
        special_terms="買方之舊車於交車當日交付賣方，折抵金額以當日車況為準。",
        review_given_date=date(2026, 11, 25),
    )  # fmt: skip


def deposit_receipt(region: str = "TW") -> DepositReceiptData:
    cur = CURRENCY[region]
    if region == "CN":
        return DepositReceiptData(
            letterhead(region), "SJ-2026-00871", date(2026, 11, 29), "王建国", D("20000"), cur,
            "earnest", "002X", "138 0013 8000", "transfer", "招商银行 6225 **** 1234",
            "HT-SH-2026-000318", "Q-2026-0118", "比亚迪 汉 EV 715km 旗舰型 雪域白",
        )  # fmt: skip
    if region == "HK":
        return DepositReceiptData(
            letterhead(region), "R-2026-0412", date(2026, 11, 29), "Chan Tai Man", D("50000"),
            cur, "deposit", "6(3)", "9123 4567", "cheque", "HSBC 004512",
            "GHM-2026-0107", "Q-2026-0301", "Toyota Alphard 2.5 Hybrid Executive Lounge",
        )  # fmt: skip
    return DepositReceiptData(
        letterhead(region), "RC-2026-0042", date(2026, 11, 29), "林志明", D("50000"), cur,
        "deposit", "6789", "0955 123 456", "card", "VISA **** 4421 授權碼 082214",
        "HD-TPE-2026-0042", "Q-2026-0042", "Toyota RAV4 2.5 Hybrid 旗艦版 珍珠白",
    )  # fmt: skip


def order_confirmation(region: str = "TW") -> OrderConfirmationData:
    cur = CURRENCY[region]
    options = {
        "TW": (OrderOption("全景天窗", D("35000"), "factory"),
               OrderOption("隔熱紙（前檔 + 全車）", D("18000"), "dealer"),
               OrderOption("行車記錄器", D("6500"), "dealer")),
        "CN": (OrderOption("智能驾驶辅助包", D("12000"), "factory"),
               OrderOption("全车隐形车衣", D("6800"), "dealer")),
        "HK": (OrderOption("Rear-seat entertainment", D("28000"), "factory"),
               OrderOption("Front and rear dash cams", D("3800"), "dealer")),
    }[region]  # fmt: skip
    names = {"TW": ("林志明", "0955 123 456", "陳美玲"), "CN": ("王建国", "138 0013 8000", "李娜"),
             "HK": ("Chan Tai Man", "9123 4567", "Wong Ka Yan")}[region]  # fmt: skip
    total = {"TW": D("1359500"), "CN": D("248600"), "HK": D("869800")}[region]
    return OrderConfirmationData(
        letterhead(region), f"OD-{region}-2026-0042", date(2026, 11, 29), names[0], "mr",
        names[1], names[2], contract(region).contract_no, cur, _vehicle(region, vin=""),
        options, date(2026, 12, 20), "", "展示中心交車" if region != "HK" else "Mong Kok showroom",
        vehicle_price=total - sum((o.amount for o in options), D(0)) + D("30000"),
        options_total=sum((o.amount for o in options), D(0)), discount=D("30000"),
        total_price=total, deposit_paid=D("20000"), balance_due=total - D("20000"),
    )  # fmt: skip


def schedule_rows(
    principal: Decimal, annual_pct: Decimal, months: int, first_due: date | None
) -> tuple[ScheduleRow, ...]:
    """Equal instalments (DOMAIN.md §7.1), the rounding residue in the last row."""
    r = annual_pct / 1200
    factor = (1 + r) ** months
    payment = (principal * r * factor / (factor - 1)).quantize(D("0.01"), ROUND_HALF_UP)
    rows = []
    balance = principal
    for k in range(1, months + 1):
        interest = (balance * r).quantize(D("0.01"), ROUND_HALF_UP)
        pay = payment if k < months else balance + interest
        part = pay - interest
        balance -= part
        due = first_due + timedelta(days=30 * (k - 1)) if first_due else None
        rows.append(ScheduleRow(k, pay, part, interest, balance, due))
    return tuple(rows)


def repayment_schedule(region: str = "TW", months: int = 36) -> RepaymentScheduleData:
    cur = CURRENCY[region]
    principal = D("100000") if months == 36 else D("300000")
    rows = schedule_rows(principal, D("4.00"), months, date(2027, 1, 15))
    return RepaymentScheduleData(
        letterhead(region), f"FS-{region}-0042", date(2026, 11, 29), principal, months, rows,
        cur, D("4.00"), "annual", "equal_installment", D("0"), None, D("4.00"), D("4.07"),
        {"TW": "台新銀行 · 汽車貸款", "CN": "平安银行 · 车贷", "HK": "Harbour Finance"}[region],
        {"TW": "林志明", "CN": "王建国", "HK": "Chan Tai Man"}[region],
        _vehicle(region).name(), {"TW": "陳美玲", "CN": "李娜", "HK": "Wong Ka Yan"}[region],
    )  # fmt: skip


def payment_comparison(region: str = "TW") -> PaymentComparisonData:
    cur = CURRENCY[region]
    names = {"TW": ("全額付款", "方案 A：台新銀行", "方案 B：和潤 0 % + 手續費"),
             "CN": ("全款", "方案 A：平安银行", "方案 B：厂家金融 0% + 手续费"),
             "HK": ("Cash", "Loan A: Harbour Finance", "Loan B: flat rate")}[region]  # fmt: skip
    price = D("1101330")
    return PaymentComparisonData(
        letterhead(region), f"PC-{region}-0042", date(2026, 11, 29),
        (
            PaymentScenario(names[0], "cash", price=price, total_cost=price),
            PaymentScenario(names[1], "loan", "Bank", price, D("401330"), D("700000"), 36,
                            "annual", D("4.00"), D("20666.79"), None, D("44004.44"), D("5000"),
                            D("4.48"), D("1150334.44")),
            PaymentScenario(names[2], "loan", "Captive", price, D("401330"), D("700000"), 36,
                            "zero_fee", D("0"), D("19444.44"), None, D("0"), D("42000"),
                            D("4.06"), D("1143330")),
        ),
        {"TW": "林志明", "CN": "王建国", "HK": "Chan Tai Man"}[region], "mr",
        {"TW": "陳美玲", "CN": "李娜", "HK": "Wong Ka Yan"}[region], _vehicle(region).name(),
        cur,
    )  # fmt: skip


def delivery_confirmation(
    region: str = "TW", language: str | None = None
) -> DeliveryConfirmationData:
    language = language or REGION_LANGUAGE[region]
    lists = default_handover_lists(region, language)
    documents = [CheckItem(name) for name in lists["documents"]]
    reason = {"zh_TW": "客戶自行領牌", "zh_CN": "客户自行上牌", "en": "customer registers"}
    documents[-1] = CheckItem(documents[-1].name, "not_applicable", reason[language])
    tools = [CheckItem(name, quantity=1) for name in lists["tools"]]
    tools[-1] = CheckItem(tools[-1].name, "not_applicable", "")
    groups = {"zh_TW": ("文件核對", "外觀", "內裝", "引擎室", "底盤", "路試", "整備", "隨車物品"),
              "zh_CN": ("文件核对", "外观", "内饰", "发动机舱", "底盘", "路试", "整备", "随车物品"),
              "en": ("Documents", "Exterior", "Interior", "Under bonnet", "Underbody",
                     "Road test", "Preparation", "Loose items")}[language]  # fmt: skip
    return DeliveryConfirmationData(
        letterhead(region), f"DL-{region}-2026-0042", contract(region).contract_no,
        datetime(2026, 12, 20, 10, 30), CUSTOMER[region],
        "mr", "0955 123 456", _vehicle(region), 18, 2,
        PdiResult("PDI-2026-1187", date(2026, 12, 18), "王師傅", "趙品管", True,
                  tuple(CheckItem(g) for g in groups)),
        tuple(documents), tuple(CheckItem(n) for n in lists["functions"]), tuple(tools),
        ("隔熱紙（前檔 + 全車）", "行車記錄器"),
        (OpenPoint("右後門飾板輕微刮痕", "更換飾板", date(2026, 12, 27)),),
        "陳美玲", "王小華", "02 2700 1299", date(2027, 6, 20), 5000,
    )  # fmt: skip


def delivery_certificate(region: str = "TW", photo: bytes | None = None) -> DeliveryCertificateData:
    v = _vehicle(region)
    plate = {"TW": "BMX-5678", "CN": "沪AD12345", "HK": "GH 8888"}[region]
    v = VehicleInfo(v.brand, v.model, v.trim, v.model_year, v.colour, vin=v.vin, plate=plate)
    return DeliveryCertificateData(
        letterhead(region, logo=True), CUSTOMER[region],
        date(2026, 12, 20), "mr", v, f"DC-{region}-0042",
        {"TW": "陳美玲", "CN": "李娜", "HK": "Wong Ka Yan"}[region], "0912 345 678",
        {"TW": "王小華", "CN": "赵强", "HK": "Lam Siu Ming"}[region], "02 2700 1299",
        "0800 000 123", "0800 555 999", date(2027, 6, 20), 5000, photo,
    )  # fmt: skip
