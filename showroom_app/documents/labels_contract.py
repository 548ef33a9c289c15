"""Words of the vehicle purchase contract (汽車買賣契約 / 汽车买卖合同 / sales agreement,
DOMAIN.md §6.3) around its clauses: headings, field names, the TW review-period statement
and the per-page initials line. The clauses themselves are data (``contract_templates``).

``key: (zh_TW, zh_CN, en)`` as in ``labels_deal``.
"""

from __future__ import annotations

from showroom_app.documents.labels_deal import LabelTable

CONTRACT_LABELS: LabelTable = {
    "title": ("汽車買賣契約", "汽车买卖合同", "Vehicle purchase contract"),
    "title_hk": ("購車合約", "购车合约", "Vehicle sales agreement"),
    "reference": ("合約編號 {no}", "合同编号 {no}", "Contract no. {no}"),
    "contract_no": ("合約編號", "合同编号", "Contract no."),
    "date_signed": ("簽約日期", "签订日期", "Date signed"),
    "sign_place": ("簽約地點", "签订地点", "Place signed"),
    "template": (
        "契約範本：{name}　版本 {version}",
        "合同范本：{name}　版本 {version}",
        "Contract template: {name}, version {version}",
    ),
    "review": ("契約審閱期", "合同审阅期", "Contract review period"),
    "review_given": ("交付買方審閱日", "交付买方审阅日", "Given to the buyer for review"),
    "review_signed": ("簽約日", "签约日", "Signed on"),
    "review_days": ("審閱日數", "审阅天数", "Days of review"),
    "review_days_n": ("{n} 日", "{n} 天", "{n} days"),
    "review_confirm": ("買受人確認簽名", "买受人确认签名", "Buyer's confirmation"),
    "note_review": (
        "本契約於簽約前已交付買受人攜回審閱，審閱期間至少 {days} 日。",
        "本合同于签约前已交付买受人带回审阅，审阅期间至少 {days} 日。",
        "The buyer received this contract to take home for review at least {days} days "
        "before signing.",
    ),
    "seller": ("出賣人（甲方）", "出卖人（甲方）", "Seller"),
    "buyer": ("買受人（乙方）", "买受人（乙方）", "Buyer"),
    "name": ("名稱 / 姓名", "名称 / 姓名", "Name"),
    "representative": ("代表人", "法定代表人", "Representative"),
    "address": ("地址", "地址", "Address"),
    "email": ("電子郵件", "电子邮箱", "E-mail"),
    "id_type": ("證件類型", "证件类型", "ID type"),
    "id_number": ("證件號碼", "证件号码", "ID number"),
    "registrant": ("登記車主", "登记车主", "Registered owner"),
    "vehicle": ("車輛標的", "车辆名称及配置", "The vehicle"),
    "colour_1st": ("車身顏色（第一選擇）", "车身颜色（第一选择）", "Exterior (1st choice)"),
    "vin_pending": ("配車後填入", "配车后填写", "Entered when a car is allocated"),
    "origin": ("產地", "产地", "Origin"),
    "price": ("價金", "价款", "Price"),
    "grp_vehicle": ("車價", "车价", "Vehicle price"),
    "vehicle_price": ("成交車價", "成交车价", "Agreed vehicle price"),
    "grp_accessories": ("選配及精品", "选装及精品", "Options and accessories"),
    "grp_fees": ("代辦費用", "代办费用", "Agency and service fees"),
    "grp_trade_in": ("舊車折抵", "置换抵扣", "Trade-in credit"),
    "total": ("契約總價", "合同总价", "Total contract price"),
    "payment": ("付款方式", "付款方式", "Payment"),
    "payment_method": ("付款方式", "付款方式", "Payment method"),
    "balance_due": ("尾款付清日", "尾款支付日期", "Balance due by"),
    "down_payment": ("頭期款", "首付款", "Down payment"),
    "loan_amount": ("貸款金額", "贷款金额", "Loan amount"),
    "lender": ("貸款機構", "贷款机构", "Lender"),
    "note_pay_company": (
        "一切款項應支付至出賣人公司帳戶，不得交付銷售人員個人。",
        "所有款项应支付至出卖人公司账户，不得交付销售人员个人。",
        "All payments go to the seller's company account, never to a salesperson personally.",
    ),
    "delivery": ("交車", "交付", "Delivery"),
    "delivery_date": ("交車日期", "交车日期", "Delivery date"),
    "delivery_place": ("交車地點", "交车地点", "Delivery place"),
    "delivery_method": ("交車方式", "交车方式", "Delivery method"),
    "max_odometer": ("交車里程上限", "交车里程上限", "Maximum odometer at delivery"),
    "special_terms": ("特別約定", "特别约定", "Special terms"),
    "clauses": ("契約條款", "合同条款", "Terms and conditions"),
    "clause_no": ("第{n}條", "第{n}条", "{n}."),
    "sign_seller": (
        "出賣人（公司章）及代表人簽章",
        "出卖人（盖章）及授权代表签字",
        "Seller (company seal) and authorised signatory",
    ),
    "sign_buyer": ("買受人簽章", "买受人签字（盖章）", "Buyer's signature"),
    "initials": ("本頁簽章", "本页签章", "Initials"),
    "initials_buyer": ("買受人", "买受人", "Buyer"),
    "initials_seller": ("出賣人", "出卖人", "Seller"),
}

_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (clause numbers 第十二條)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, units = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[units]
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[units] if units else "")
