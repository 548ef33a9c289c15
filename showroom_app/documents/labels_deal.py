"""Words of the closing documents (DOMAIN.md §6.1, §6.4, §6.5, §4.6): the quotation, the
order/spec confirmation and the deposit receipt, plus what every deal document shares —
how a label table is read in one language or bilingually, the names of the deal codes, and
the one-line legal meaning of 定金 and 訂金.

Each entry is ``key: (zh_TW, zh_CN, en)`` so the three languages of a label sit on one line
and a bilingual document can pair the Chinese with the English. Plain data, no Qt.
Vocabulary follows the glossary (DOMAIN.md §12): TW 頭期款 / 月付金 / 車身號碼, CN 首付 /
月供 / 车架号.
"""

from __future__ import annotations

Entry = tuple[str, str, str]
LabelTable = dict[str, Entry]

_LANG_INDEX = {"zh_TW": 0, "zh_CN": 1, "en": 2}
_EN = 2
#: Between the Chinese and the English of a bilingual label: an en space, which prints as a
#: space in a heading and becomes a line break in a narrow label cell (:func:`stacked`).
BILINGUAL_SEP = "\u2002"


def resolve(table: LabelTable, language: str, bilingual: bool = False) -> dict[str, str]:
    """The labels in ``language``; bilingual Chinese documents get the English beside them.

    Short labels become "報價單 Quotation" (joined by :data:`BILINGUAL_SEP`). Sentences
    (keys starting ``note_``) get the English on a line of its own. A label with a
    ``{placeholder}`` and no ``note_`` prefix keeps only the Chinese, so a value is never
    printed twice ("第 3 期").
    """
    index = _LANG_INDEX.get(language, _EN)
    out: dict[str, str] = {}
    for key, entry in table.items():
        own, english = entry[index], entry[_EN]
        if not bilingual or index == _EN or own == english:
            out[key] = own
        elif key.startswith("note_"):
            out[key] = f"{own}\n{english}"
        elif "{" in own:
            out[key] = own
        else:
            out[key] = f"{own}{BILINGUAL_SEP}{english}"
    return out


def stacked(label: str) -> str:
    """A bilingual label on two lines (Chinese above English), for narrow cells where the
    English would otherwise be broken in the middle of a word."""
    return label.replace(BILINGUAL_SEP, "\n")


def pick(entry: Entry, language: str, bilingual: bool = False) -> str:
    """One entry, as :func:`resolve` would print it under the key ``note_``."""
    return resolve({"note_": entry}, language, bilingual)["note_"]


#: Names of the deal codes stored in the database; unknown codes print as stored.
DEAL_VOCABULARY: dict[str, dict[str, Entry]] = {
    "payment_method": {
        "full": ("全額付款", "全款", "Full payment"),
        "loan": ("貸款", "贷款", "Loan"),
        "instalment": ("分期付款", "分期付款", "Instalment plan"),
        "lease": ("租賃", "融资租赁", "Lease"),
    },
    "rate_type": {
        "annual": ("年利率", "年化利率", "Annual rate"),
        "flat": ("平息（月息）", "平息（月息）", "Flat rate"),
        "zero_fee": ("0 % + 手續費", "0% + 手续费", "0 % + fee"),
    },
    "loan_method": {
        "equal_installment": ("本息平均攤還", "等额本息", "Equal instalment"),
        "equal_principal": ("本金平均攤還", "等额本金", "Equal principal"),
        "balloon": ("彈性尾付（氣球貸）", "弹性尾付（尾款贷）", "Balloon"),
        "flat": ("平息攤還", "平息还款", "Flat rate"),
        "zero_fee": ("0 % + 手續費", "0% + 手续费", "0 % + fee"),
    },
    "delivery_method": {
        "dealer_pickup": ("買方到店取車", "买方到店提车", "Collected at the dealership"),
        "home_delivery": ("送車到府", "送车上门", "Delivered to the buyer"),
    },
    "receipt_method": {
        "cash": ("現金", "现金", "Cash"),
        "card": ("信用卡", "银行卡", "Card"),
        "transfer": ("銀行轉帳", "银行转账", "Bank transfer"),
        "cheque": ("支票", "支票", "Cheque"),
        "mobile": ("行動支付", "移动支付", "Mobile payment"),
    },
    "origin": {
        "domestic": ("國產", "国产", "Domestic"),
        "imported": ("進口", "进口", "Imported"),
    },
    "installed_by": {
        "factory": ("原廠", "原厂", "Factory"),
        "dealer": ("經銷商", "经销商", "Dealer"),
    },
    "check_status": {
        "done": ("✓ 完成", "✓ 完成", "✓ Done"),
        "not_applicable": ("不適用", "不适用", "N/A"),
        "pending": ("未完成", "未完成", "Not done"),
    },
    "scenario": {
        "cash": ("全額付款", "全款", "Cash"),
        "loan": ("貸款", "贷款", "Loan"),
        "lease": ("租賃", "融资租赁", "Lease"),
    },
}


def deal_term(group: str, code: str, language: str, bilingual: bool = False) -> str:
    entry = DEAL_VOCABULARY.get(group, {}).get(code)
    if entry is None:
        return code
    return resolve({"t": entry}, language, bilingual)["t"]


# -- 定金 vs 訂金 (DOMAIN.md §6.5) ----------------------------------------------------------

#: What the payment is called, by (region, kind); kind ``earnest`` = 定金, ``deposit`` = 訂金.
DEPOSIT_NAMES: dict[tuple[str, str], Entry] = {
    ("CN", "earnest"): ("定金", "定金", "Earnest money (定金)"),
    ("CN", "deposit"): ("訂金（預付款）", "订金（预付款）", "Deposit (订金, prepayment)"),
    ("TW", "earnest"): ("訂金", "订金", "Deposit (訂金)"),
    ("TW", "deposit"): ("訂金", "订金", "Deposit (訂金)"),
    ("HK", "earnest"): ("訂金", "订金", "Deposit"),
    ("HK", "deposit"): ("訂金", "订金", "Deposit"),
}

DEPOSIT_MEANING: dict[tuple[str, str], Entry] = {
    ("CN", "earnest"): (
        "定金：買方違約的，無權要求返還定金；賣方違約的，應雙倍返還定金（民法典第五百八十六、"
        "五百八十七條）。定金不得超過合同總價的20%，超過部分不產生定金效力。",
        "定金：买方违约的，无权要求返还定金；卖方违约的，应当双倍返还定金（《民法典》第五百八十六、"
        "五百八十七条）。定金不得超过合同总价的20%，超过部分不产生定金效力。",
        "Earnest money (定金): forfeited if the buyer breaches the contract, returned double "
        "if the seller breaches (Civil Code Art. 586–587). It may not exceed 20 % of the "
        "contract price; any excess is not earnest money.",
    ),
    ("CN", "deposit"): (
        "訂金為預付款，不具定金的擔保效力：不因違約而被沒收或雙倍返還，合同未履行的一般應予退還。",
        "订金为预付款，不具有定金的担保效力：不因违约而被没收或双倍返还，合同未履行的一般应予退还。",
        "Deposit (订金) is a prepayment, not earnest money: it is neither forfeited nor "
        "doubled on breach, and is generally refundable if the contract is not performed.",
    ),
    ("TW", "deposit"): (
        "訂金：依民法第二百四十九條，買方違約時賣方得不返還訂金；賣方違約時應加倍返還。"
        "訂金不超過車價總額10%（限量、訂製或特殊規格車經特別約定者除外）。",
        "订金：依民法第二百四十九条，买方违约时卖方得不返还订金；卖方违约时应加倍返还。"
        "订金不超过车价总额10%（限量、订制或特殊规格车经特别约定者除外）。",
        "Deposit (訂金): under Civil Code §249 the seller may keep it if the buyer breaches "
        "and must return double if the seller breaches. At most 10 % of the total price "
        "unless specially agreed (limited, custom or special-order cars).",
    ),
    ("HK", "deposit"): (
        "訂金之處理依本購車合約所載條款。",
        "订金的处理依本购车合约所载条款。",
        "The deposit is dealt with as written in this sales agreement.",
    ),
}
DEPOSIT_MEANING[("TW", "earnest")] = DEPOSIT_MEANING[("TW", "deposit")]
DEPOSIT_MEANING[("HK", "earnest")] = DEPOSIT_MEANING[("HK", "deposit")]

#: Printed on the receipt when the caller gives no refund conditions of its own.
DEFAULT_REFUND: dict[tuple[str, str], Entry] = {
    ("CN", "earnest"): (
        "依合同約定：買方違約的，定金不予退還；賣方違約的，雙倍返還；因貸款未獲批准等非雙方過錯"
        "致合同無法履行的，定金全額無息退還。車輛交付時定金抵作車款。",
        "依合同约定：买方违约的，定金不予退还；卖方违约的，双倍返还；因贷款未获批准等非双方过错"
        "致合同无法履行的，定金全额无息退还。车辆交付时定金抵作车款。",
        "As agreed in the contract: forfeited if the buyer breaches, returned double if the "
        "seller breaches, refunded in full without interest if the contract fails for "
        "reasons neither party is at fault for (e.g. the loan is not approved). Credited to "
        "the price at delivery.",
    ),
    ("CN", "deposit"): (
        "訂金為預付款，合同未能履行的全額退還；車輛交付時抵作車款。",
        "订金为预付款，合同未能履行的全额退还；车辆交付时抵作车款。",
        "A prepayment: refunded in full if the contract is not performed; credited to the "
        "price at delivery.",
    ),
    ("TW", "deposit"): (
        "依契約約定：買方違約者，賣方得不返還訂金；賣方違約者，應加倍返還；因貸款未核准等非可歸責"
        "於雙方之事由致契約無法履行者，全額無息退還。交車時訂金抵充車價。",
        "依契约约定：买方违约者，卖方得不返还订金；卖方违约者，应加倍返还；因贷款未核准等非可归责"
        "于双方的事由致契约无法履行者，全额无息退还。交车时订金抵充车价。",
        "As agreed in the contract: the seller may keep it if the buyer breaches and returns "
        "double if the seller breaches; refunded in full without interest if the contract "
        "fails for reasons neither party is at fault for (e.g. the loan is not approved). "
        "Credited to the price at delivery.",
    ),
    ("HK", "deposit"): (
        "訂金之退還依購車合約條款處理；交車時訂金抵充車價。",
        "订金的退还依购车合约条款处理；交车时订金抵充车价。",
        "Refunds follow the terms of the sales agreement; the deposit is credited to the "
        "price at delivery.",
    ),
}
DEFAULT_REFUND[("TW", "earnest")] = DEFAULT_REFUND[("TW", "deposit")]
DEFAULT_REFUND[("HK", "earnest")] = DEFAULT_REFUND[("HK", "deposit")]


def _deposit_key(region: str, kind: str) -> tuple[str, str]:
    region = region if region in ("CN", "TW", "HK") else "TW"
    return region, kind if kind in ("earnest", "deposit") else "deposit"


def deposit_name(region: str, kind: str, language: str, bilingual: bool = False) -> str:
    """定金 / 訂金 by name; a bilingual label drops the Chinese term from the English."""
    tw, cn, en = DEPOSIT_NAMES[_deposit_key(region, kind)]
    if bilingual and language != "en":
        en = en.split(" (")[0]
    return resolve({"name": (tw, cn, en)}, language, bilingual)["name"]


def deposit_meaning(region: str, kind: str, language: str, bilingual: bool = False) -> str:
    return pick(DEPOSIT_MEANING[_deposit_key(region, kind)], language, bilingual)


def default_refund(region: str, kind: str, language: str, bilingual: bool = False) -> str:
    return pick(DEFAULT_REFUND[_deposit_key(region, kind)], language, bilingual)


# -- labels shared by the deal documents ------------------------------------------------------

DEAL_COMMON: LabelTable = {
    "customer_name": ("客戶姓名", "客户姓名", "Customer"),
    "phone": ("聯絡電話", "联系电话", "Phone"),
    "salesperson": ("銷售顧問", "销售顾问", "Sales consultant"),
    "brand_model": ("廠牌 / 車型", "品牌 / 车型", "Make / model"),
    "trim": ("車款", "车款", "Trim"),
    "model_year": ("年式", "年款", "Model year"),
    "powertrain": ("動力類型", "动力类型", "Powertrain"),
    "displacement": ("排氣量 / 馬達功率", "排量 / 电机功率", "Engine / motor"),
    "colour": ("車身顏色", "车身颜色", "Exterior colour"),
    "colour_2nd": ("車身顏色（第二選擇）", "车身颜色（第二选择）", "Exterior (2nd choice)"),
    "colour_int": ("內裝顏色", "内饰颜色", "Interior colour"),
    "vin": ("車身號碼", "车架号（VIN）", "VIN"),
    "engine_no": ("引擎號碼", "发动机号", "Engine no."),
    "plate": ("車牌號碼", "车牌号码", "Plate number"),
    "msrp": ("建議售價", "厂商指导价", "MSRP"),
    "discount": ("優惠", "优惠", "Discount"),
    "col_item": ("項目", "项目", "Item"),
    "col_amount": ("金額", "金额", "Amount"),
    "optional": ("選購", "可选", "optional"),
    "words": ("大寫", "大写", "In words"),
    "months_n": ("{n} 期", "{n} 期", "{n} months"),
    "km_n": ("{n} 公里", "{n} 公里", "{n} km"),
    "cc_n": ("{n} cc", "{n} mL", "{n} cc"),
    "kw_n": ("{n} kW", "{n} kW", "{n} kW"),
    "sign_date": ("日期：", "日期：", "Date:"),
    "first_service_both": (
        "{date} 或 {km} 公里（先到者為準）",
        "{date} 或 {km} 公里（以先到者为准）",
        "{date} or {km} km, whichever comes first",
    ),
}

QUOTATION_LABELS: LabelTable = {
    "title": ("報價單", "报价单", "Quotation"),
    "reference": ("報價單編號 {no}", "报价单编号 {no}", "Quotation no. {no}"),
    "quote_no": ("報價單編號", "报价单编号", "Quotation no."),
    "date": ("報價日期", "报价日期", "Date"),
    "valid_until": ("有效期限", "有效期至", "Valid until"),
    "customer_vehicle": ("客戶及車輛", "客户及车辆", "Customer and vehicle"),
    "vehicle": ("車輛", "车辆", "Vehicle"),
    "prices": ("報價明細", "报价明细", "Price details"),
    "grp_vehicle": ("車價", "车价", "Vehicle price"),
    "vehicle_price": ("成交價", "成交价", "Transaction price"),
    "grp_accessories": ("精品配件", "精品", "Accessories"),
    "grp_taxes": ("稅費及規費", "税费及规费", "Government taxes and fees"),
    "grp_insurance": ("保險", "保险", "Insurance"),
    "grp_services": ("代辦服務費", "服务费", "Service fees"),
    "grp_trade_in": ("舊車折抵", "置换抵扣", "Trade-in credit"),
    "grp_subsidies": ("補助", "补贴", "Subsidies"),
    "total": ("落地價總計", "落地价合计", "On-the-road total"),
    "finance": ("貸款方案", "贷款方案", "Finance plan"),
    "lender": ("金融機構 / 方案", "金融机构 / 方案", "Lender / product"),
    "down_payment": ("頭期款", "首付", "Down payment"),
    "financed": ("貸款金額", "贷款金额", "Amount financed"),
    "term": ("期數", "期数", "Term"),
    "monthly": ("月付金", "月供", "Monthly payment"),
    "rate": ("利率", "利率", "Rate"),
    "apr": ("實際年利率（APR）", "实际年化利率（APR）", "APR (true annual rate)"),
    "fees": ("手續費", "手续费", "Fees"),
    "total_cost": ("總支出", "总支出", "Total cost"),
    "note_rules": (
        "稅費依 {date} 有效之規定計算。",
        "税费按 {date} 有效的规定计算。",
        "Taxes and fees are computed under the rules valid on {date}.",
    ),
    "note_insurance": (
        "保險費為預估金額，以保險公司核保報價為準。",
        "保险费为预估金额，以保险公司报价为准。",
        "Insurance is an estimate; the insurer's quote prevails.",
    ),
    "note_optional": (
        "標示「選購」之服務項目由客戶自由選擇，並非購車條件。",
        "标注“可选”的服务项目由客户自愿选择，不是购车条件。",
        "Items marked optional are the buyer's free choice, not a condition of the sale.",
    ),
    "note_validity": (
        "本報價有效至 {date}。",
        "本报价有效期至 {date}。",
        "This quotation is valid until {date}.",
    ),
    "note_total_cost": (
        "總支出 = 落地價 + 貸款利息 + 手續費。",
        "总支出 = 落地价 + 贷款利息 + 手续费。",
        "Total cost = on-the-road total + loan interest + fees.",
    ),
    "sign_salesperson": ("銷售顧問簽名", "销售顾问签名", "Sales consultant's signature"),
    "sign_customer": ("客戶簽名（選填）", "客户签名（可选）", "Customer's signature (optional)"),
}

ORDER_LABELS: LabelTable = {
    "title": ("配備確認單", "配置确认单", "Order and specification confirmation"),
    "reference": ("訂單編號 {no}", "订单编号 {no}", "Order no. {no}"),
    "order_no": ("訂單編號", "订单编号", "Order no."),
    "date": ("日期", "日期", "Date"),
    "contract_no": ("合約編號", "合同编号", "Contract no."),
    "vehicle": ("車輛規格", "车辆配置", "Vehicle specification"),
    "colour_1st": ("車身顏色（第一選擇）", "车身颜色（第一选择）", "Exterior (1st choice)"),
    "options": ("選配及精品", "选装及精品", "Options and accessories"),
    "col_installed": ("安裝單位", "安装方", "Fitted by"),
    "no_options": ("無選配或精品", "无选装或精品", "No options or accessories"),
    "expected_delivery": ("預計交車日期", "预计交车日期", "Expected delivery date"),
    "delivery_place": ("交車地點", "交车地点", "Delivery place"),
    "price": ("價格摘要", "价格摘要", "Price summary"),
    "vehicle_price": ("成交車價", "成交车价", "Vehicle price"),
    "options_total": ("選配及精品小計", "选装及精品小计", "Options and accessories"),
    "total": ("總價", "总价", "Total price"),
    "deposit_paid": ("已付訂金", "已付订金", "Deposit paid"),
    "balance": ("尾款", "尾款", "Balance due"),
    "remarks": ("備註", "备注", "Remarks"),
    "note_confirm": (
        "本人已確認上列車輛規格、顏色、選配及價格無誤。",
        "本人已确认上述车辆配置、颜色、选装及价格无误。",
        "I confirm the specification, colours, options and prices above.",
    ),
    "sign_customer": ("客戶簽名", "客户签名", "Customer's signature"),
    "sign_salesperson": ("銷售顧問簽名", "销售顾问签名", "Sales consultant's signature"),
}

RECEIPT_LABELS: LabelTable = {
    "title_earnest": ("定金收據", "定金收据", "Earnest money receipt"),
    "title_deposit": ("訂金收據", "订金收据", "Deposit receipt"),
    "reference": ("收據編號 {no}", "收据编号 {no}", "Receipt no. {no}"),
    "receipt_no": ("收據編號", "收据编号", "Receipt no."),
    "date": ("收款日期", "收款日期", "Date received"),
    "payer": ("繳款人", "交款人", "Received from"),
    "id_last4": ("證件號碼末4碼", "证件号码后4位", "ID no. (last 4)"),
    "payment": ("收款內容", "收款内容", "Payment"),
    "amount": ("金額", "金额", "Amount"),
    "kind": ("款項性質", "款项性质", "Nature of payment"),
    "method": ("付款方式", "付款方式", "Payment method"),
    "method_reference": ("交易參考號", "交易参考号", "Transaction reference"),
    "contract_no": ("合約編號", "合同编号", "Contract no."),
    "quote_no": ("報價單編號", "报价单编号", "Quotation no."),
    "vehicle": ("車輛", "车辆", "Vehicle"),
    "meaning": ("法律效力", "法律效力", "Legal effect"),
    "refund": ("退還條件", "退还条件", "Refund conditions"),
    "note_received": (
        "上列款項已如數收訖。本收據由本公司開立，款項應付至公司帳戶，請勿交付銷售人員個人。",
        "上述款项已如数收讫。本收据由本公司开具，款项应支付至公司账户，请勿交付销售人员个人。",
        "The amount above has been received in full. This receipt is issued by the company; "
        "payments go to the company account, never to a salesperson personally.",
    ),
    "sign_company": ("收款單位（公司章）", "收款单位（公司章）", "Company seal"),
    "sign_cashier": ("收款人簽名", "收款人签名", "Cashier's signature"),
    "sign_payer": ("繳款人簽名", "交款人签名", "Payer's signature"),
}
