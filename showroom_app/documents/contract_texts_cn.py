"""Default clauses of the Mainland contract (汽车买卖合同), after the structure shared by the
Beijing and Shanghai model texts (DOMAIN.md §6.3): (heading, text) in each language.

A starting point, not legal advice: the dealership must have it reviewed by its lawyer
before use. The penalty rates are placeholders to be set by that review.
"""

from __future__ import annotations

CLAUSES: dict[str, tuple[tuple[str, str], ...]] = {
    "zh_CN": (
        (
            "汽车名称、数量及价款",
            "出卖人向买受人出售本合同所列新车壹辆。车辆品牌、型号、配置、颜色、车架号及价款"
            "以本合同所载为准，选装配置及精品以配置确认单为准。合同总价已含增值税；大写金额"
            "与小写金额不一致的，以大写金额为准。",
        ),
        (
            "质量",
            "出卖人保证所售车辆为合格新车，符合国家强制性标准和当地排放标准，已列入国家机动"
            "车产品公告，能够通过机动车注册登记检验，并随车提供整车出厂合格证（进口车辆提供"
            "进口凭证）。双方对车辆质量有争议的，可以共同委托具有资质的检验机构检测。",
        ),
        (
            "定金",
            "买受人支付定金的，定金数额不超过合同总价的百分之二十，超过部分不产生定金效力；"
            "车辆交付时定金抵作车款。买受人违约的，无权要求返还定金；出卖人违约的，应当双倍"
            "返还定金。",
        ),
        (
            "付款方式",
            "买受人按本合同“付款方式”栏的约定付款。选择银行或汽车金融公司贷款的，买受人应按"
            "贷款机构要求提供资料；贷款未获批准的，双方可以协商改为其他付款方式，协商不成的"
            "，本合同解除，出卖人应全额无息退还已收款项（含定金）。一切款项应支付至出卖人公"
            "司账户，不得交付销售人员个人。",
        ),
        (
            "交付",
            "出卖人应于{delivery_date}前在{delivery_place}向买受人交付车辆，交付时车辆里程"
            "表读数不超过{max_odometer_km}公里。随车交付机动车销售统一发票、整车出厂合格证"
            "、车辆一致性证书、中文使用说明书、保修及保养手册和三包凭证。",
        ),
        (
            "验收",
            "车辆交付时，买受人应会同出卖人对车辆外观、内饰、功能、随车文件及工具进行验收，"
            "并签署交车确认单。验收发现的问题由出卖人负责修复或更换，处理方式及期限在交车确"
            "认单上注明。",
        ),
        (
            "售后服务及三包",
            "出卖人按照《家用汽车产品修理更换退货责任规定》及生产者的三包凭证承担修理、更换"
            "、退货责任；生产者的承诺优于国家规定的，按其承诺执行。包修期、三包有效期及首次"
            "保养里程以三包凭证和保养手册为准。",
        ),
        (
            "违约责任",
            "出卖人逾期交付车辆的，每逾期一日按买受人已付款项的万分之五支付违约金；逾期超过"
            "三十日的，买受人有权解除合同，出卖人应退还已付款项，并按已付款项的百分之五支付"
            "违约金。买受人逾期付款的，每逾期一日按逾期款项的万分之五支付违约金。一方违约的"
            "，守约方可以选择适用定金条款或者违约金条款，但不得同时适用。",
        ),
        (
            "不可抗力",
            "因不可抗力不能履行本合同的，受影响的一方应在不可抗力发生后十日内通知对方并提供"
            "证明，根据不可抗力的影响部分或者全部免除责任。",
        ),
        (
            "争议解决",
            "本合同履行中发生争议的，双方协商解决，也可以请求消费者协会或者依法设立的其他调"
            "解组织调解；协商或者调解不成的，依法向出卖人所在地人民法院起诉。",
        ),
        (
            "个人信息保护",
            "出卖人为订立、履行本合同及履行法定义务处理买受人的个人信息（包括身份证件信息）"
            "，遵守《个人信息保护法》，未经买受人同意不得用于其他目的。",
        ),
        (
            "其他约定及附件",
            "本合同未尽事宜，双方可以另行签订补充协议，补充协议与本合同具有同等效力。附件："
            "配置确认单；委托服务备忘录（委托出卖人代办上牌、保险等服务的，服务项目由买受人"
            "自愿选择）。本合同一式两份，双方各执一份，自双方签字或者盖章之日起生效。",
        ),
    ),
    "zh_TW": (
        (
            "汽車名稱、數量及價款",
            "出賣人向買受人出售本合同所列新車壹輛。車輛品牌、型號、配置、顏色、車架號及價款"
            "以本合同所載爲準，選裝配置及精品以配置確認單爲準。合同總價已含增值稅；大寫金額"
            "與小寫金額不一致的，以大寫金額爲準。",
        ),
        (
            "質量",
            "出賣人保證所售車輛爲合格新車，符合國家強制性標準和當地排放標準，已列入國家機動"
            "車產品公告，能夠通過機動車註冊登記檢驗，並隨車提供整車出廠合格證（進口車輛提供"
            "進口憑證）。雙方對車輛質量有爭議的，可以共同委託具有資質的檢驗機構檢測。",
        ),
        (
            "定金",
            "買受人支付定金的，定金數額不超過合同總價的百分之二十，超過部分不產生定金效力；"
            "車輛交付時定金抵作車款。買受人違約的，無權要求返還定金；出賣人違約的，應當雙倍"
            "返還定金。",
        ),
        (
            "付款方式",
            "買受人按本合同“付款方式”欄的約定付款。選擇銀行或汽車金融公司貸款的，買受人應按"
            "貸款機構要求提供資料；貸款未獲批准的，雙方可以協商改爲其他付款方式，協商不成的"
            "，本合同解除，出賣人應全額無息退還已收款項（含定金）。一切款項應支付至出賣人公"
            "司賬戶，不得交付銷售人員個人。",
        ),
        (
            "交付",
            "出賣人應於{delivery_date}前在{delivery_place}向買受人交付車輛，交付時車輛里程"
            "錶讀數不超過{max_odometer_km}公里。隨車交付機動車銷售統一發票、整車出廠合格證"
            "、車輛一致性證書、中文使用說明書、保修及保養手冊和三包憑證。",
        ),
        (
            "驗收",
            "車輛交付時，買受人應會同出賣人對車輛外觀、內飾、功能、隨車文件及工具進行驗收，"
            "並簽署交車確認單。驗收發現的問題由出賣人負責修復或更換，處理方式及期限在交車確"
            "認單上註明。",
        ),
        (
            "售後服務及三包",
            "出賣人按照《家用汽車產品修理更換退貨責任規定》及生產者的三包憑證承擔修理、更換"
            "、退貨責任；生產者的承諾優於國家規定的，按其承諾執行。包修期、三包有效期及首次"
            "保養里程以三包憑證和保養手冊爲準。",
        ),
        (
            "違約責任",
            "出賣人逾期交付車輛的，每逾期一日按買受人已付款項的萬分之五支付違約金；逾期超過"
            "三十日的，買受人有權解除合同，出賣人應退還已付款項，並按已付款項的百分之五支付"
            "違約金。買受人逾期付款的，每逾期一日按逾期款項的萬分之五支付違約金。一方違約的"
            "，守約方可以選擇適用定金條款或者違約金條款，但不得同時適用。",
        ),
        (
            "不可抗力",
            "因不可抗力不能履行本合同的，受影響的一方應在不可抗力發生後十日內通知對方並提供"
            "證明，根據不可抗力的影響部分或者全部免除責任。",
        ),
        (
            "爭議解決",
            "本合同履行中發生爭議的，雙方協商解決，也可以請求消費者協會或者依法設立的其他調"
            "解組織調解；協商或者調解不成的，依法向出賣人所在地人民法院起訴。",
        ),
        (
            "個人信息保護",
            "出賣人爲訂立、履行本合同及履行法定義務處理買受人的個人信息（包括身份證件信息）"
            "，遵守《個人信息保護法》，未經買受人同意不得用於其他目的。",
        ),
        (
            "其他約定及附件",
            "本合同未盡事宜，雙方可以另行簽訂補充協議，補充協議與本合同具有同等效力。附件："
            "配置確認單；委託服務備忘錄（委託出賣人代辦上牌、保險等服務的，服務項目由買受人"
            "自願選擇）。本合同一式兩份，雙方各執一份，自雙方簽字或者蓋章之日起生效。",
        ),
    ),
    "en": (
        (
            "Vehicle, quantity and price",
            "The seller sells the buyer one new vehicle as described in this contract. "
            "Make, model, configuration, colour, VIN and price are as stated in this "
            "contract; options and accessories are as listed in the specification "
            "confirmation. The total price includes VAT; where the amount in capital "
            "numerals and the amount in figures differ, the capital numerals prevail.",
        ),
        (
            "Quality",
            "The seller warrants that the vehicle is a new vehicle that meets the "
            "compulsory national standards and the local emission standard, is listed in "
            "the national vehicle product catalogue, can pass the registration inspection, "
            "and comes with its certificate of conformity (import documents for an "
            "imported vehicle). A dispute about quality may be referred jointly to a "
            "qualified testing agency.",
        ),
        (
            "Earnest money (定金)",
            "Earnest money paid by the buyer may not exceed 20 % of the total contract "
            "price; any excess is not earnest money. It is credited to the price at "
            "delivery. If the buyer breaches the contract, the earnest money is not "
            "returned; if the seller breaches, the seller returns double the earnest money.",
        ),
        (
            "Payment",
            'The buyer pays as agreed under "Payment". If the buyer finances through a '
            "bank or a car finance company, the buyer provides the documents the lender "
            "asks for. If the loan is not approved, the parties may agree another way to "
            "pay; failing agreement, the contract ends and the seller refunds every amount "
            "received (earnest money included) in full without interest. All payments go "
            "to the seller's company account, never to a salesperson personally.",
        ),
        (
            "Delivery",
            "The seller delivers the vehicle by {delivery_date} at {delivery_place}, with "
            "no more than {max_odometer_km} km on the odometer, together with the sales "
            "invoice, the certificate of conformity, the vehicle consistency certificate, "
            "the Chinese owner's manual, the warranty and maintenance manual and the "
            "three-guarantees (三包) card.",
        ),
        (
            "Acceptance",
            "At delivery the buyer and the seller inspect the exterior, interior, "
            "functions, documents and tools together, and the buyer signs the delivery "
            "confirmation. The seller repairs or replaces anything found at the "
            "inspection; the remedy and its date are written on the delivery confirmation.",
        ),
        (
            "After-sales service and three guarantees",
            "The seller is liable for repair, replacement and refund under the Provisions "
            "on Liability for the Repair, Replacement and Return of Household Automobile "
            "Products and the manufacturer's three-guarantees card; where the manufacturer "
            "promises more, its promise applies. Warranty periods and the first "
            "maintenance are as stated in the card and the maintenance manual.",
        ),
        (
            "Breach",
            "If the seller delivers late, it pays 0.05 % of the amounts paid for each day "
            "of delay; after 30 days the buyer may end the contract, and the seller "
            "refunds the amounts paid plus a penalty of 5 % of them. If the buyer pays "
            "late, the buyer pays 0.05 % of the overdue amount per day. The party not in "
            "breach may choose the earnest-money clause or the penalty clause, not both.",
        ),
        (
            "Force majeure",
            "A party prevented from performing by force majeure notifies the other within "
            "10 days and provides proof; it is released from liability in part or in full "
            "according to the effect of the event.",
        ),
        (
            "Disputes",
            "Disputes are settled by negotiation, or by mediation through a consumer "
            "association or another lawful mediation body; failing that, either party may "
            "sue in the people's court where the seller is located.",
        ),
        (
            "Personal information",
            "The seller processes the buyer's personal information (ID documents included) "
            "only to make and perform this contract and to meet its legal duties, in line "
            "with the Personal Information Protection Law, and uses it for nothing else "
            "without the buyer's consent.",
        ),
        (
            "Other terms and annexes",
            "Matters not covered here may be agreed in a written supplement, which has the "
            "same force as this contract. Annexes: the specification confirmation; the "
            "agency service memo (registration, insurance and other services the buyer "
            "freely chooses to have the seller handle). Two originals, one for each party; "
            "effective when both parties have signed or sealed.",
        ),
    ),
}
