"""Words of the finance documents (DOMAIN.md §4.7, §6.9, §7.1–7.4): the repayment schedule
(貸款試算表) and the payment-options comparison. ``key: (zh_TW, zh_CN, en)`` as in
``labels_deal``.
"""

from __future__ import annotations

from showroom_app.documents.labels_deal import LabelTable

FINANCE_COMMON: LabelTable = {
    "customer_name": ("客戶姓名", "客户姓名", "Customer"),
    "salesperson": ("銷售顧問", "销售顾问", "Sales consultant"),
    "vehicle": ("車輛", "车辆", "Vehicle"),
    "date": ("試算日期", "试算日期", "Prepared on"),
    "lender": ("金融機構 / 方案", "金融机构 / 方案", "Lender / product"),
    "down_payment": ("頭期款", "首付", "Down payment"),
    "financed": ("貸款金額", "贷款金额", "Amount financed"),
    "term": ("期數", "期数", "Term"),
    "months_n": ("{n} 期", "{n} 期", "{n} months"),
    "rate": ("名目利率", "名义利率", "Nominal rate"),
    "rate_type": ("利率類型", "利率类型", "Rate type"),
    "monthly": ("月付金", "月供", "Monthly payment"),
    "balloon": ("尾款（彈性尾付）", "尾款（弹性尾付）", "Balloon payment"),
    "fees": ("手續費", "手续费", "Fees"),
    "total_interest": ("總利息", "总利息", "Total interest"),
    "apr": ("實際年利率（APR）", "实际年化利率（APR）", "APR (true annual rate)"),
    "total_cost": ("總支出", "总支出", "Total cost"),
    "note_apr": (
        "實際年利率已計入手續費等一切貸款成本，可用於比較不同方案。",
        "实际年化利率已计入手续费等全部贷款成本，可用于比较不同方案。",
        "The APR includes fees and every other cost of the loan: use it to compare offers.",
    ),
    "note_estimate": (
        "本表為試算，實際條件以金融機構核貸結果為準。",
        "本表为试算，实际条件以金融机构审批结果为准。",
        "This is an estimate; the lender's approved terms prevail.",
    ),
    "sign_customer": ("客戶簽名", "客户签名", "Customer's signature"),
    "sign_salesperson": ("銷售顧問簽名", "销售顾问签名", "Sales consultant's signature"),
    "sign_date": ("日期：", "日期：", "Date:"),
}

SCHEDULE_LABELS: LabelTable = {
    "title": ("貸款還款明細表", "贷款还款计划表", "Loan repayment schedule"),
    "reference": ("試算編號 {no}", "试算编号 {no}", "Ref. {no}"),
    "reference_no": ("試算編號", "试算编号", "Reference"),
    "terms": ("貸款條件", "贷款条件", "Loan terms"),
    "principal": ("貸款本金", "贷款本金", "Principal"),
    "method": ("還款方式", "还款方式", "Repayment method"),
    "ear": ("有效年利率（EAR）", "有效年利率（EAR）", "Effective annual rate (EAR)"),
    "first_due": ("首期還款日", "首期还款日", "First payment due"),
    "schedule": ("還款明細", "还款明细", "Schedule"),
    "col_k": ("期數", "期数", "No."),
    "col_date": ("還款日", "还款日", "Due date"),
    "col_payment": ("應繳金額", "应还金额", "Payment"),
    "col_principal": ("本金", "本金", "Principal"),
    "col_interest": ("利息", "利息", "Interest"),
    "col_balance": ("剩餘本金", "剩余本金", "Balance"),
    "totals": ("合計", "合计", "Total"),
    "note_residue": (
        "各期金額以四捨五入計算，尾差併入最後一期，使合計與本金加利息完全相符。",
        "各期金额按四舍五入计算，尾差计入最后一期，使合计与本金加利息完全相符。",
        "Each figure is rounded half-up; the rounding residue is in the last instalment, "
        "so the totals equal principal plus interest exactly.",
    ),
    "note_balloon": (
        "最後一期應繳金額含尾款。",
        "最后一期应还金额含尾款。",
        "The last payment includes the balloon.",
    ),
}

COMPARISON_LABELS: LabelTable = {
    "title": ("付款方案比較表", "付款方案对比表", "Payment options compared"),
    "reference": ("試算編號 {no}", "试算编号 {no}", "Ref. {no}"),
    "reference_no": ("試算編號", "试算编号", "Reference"),
    "comparison": ("方案比較", "方案对比", "Comparison"),
    "col_item": ("項目", "项目", "Item"),
    "kind": ("付款方式", "付款方式", "Payment"),
    "price": ("購車總價", "购车总价", "Price to pay"),
    "note_total_cost": (
        "總支出 = 購車總價 + 貸款利息 + 手續費；全額付款者即購車總價。",
        "总支出 = 购车总价 + 贷款利息 + 手续费；全款购车即为购车总价。",
        "Total cost = price to pay + loan interest + fees; for cash, the price.",
    ),
    "note_confirm": (
        "本人已了解上列各方案之月付金、總利息、手續費、實際年利率及總支出。",
        "本人已了解上述各方案的月供、总利息、手续费、实际年化利率及总支出。",
        "I have been shown the monthly payment, total interest, fees, APR and total cost of "
        "each option above.",
    ),
}
