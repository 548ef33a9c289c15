"""Default clauses of the Taiwan contract (汽車買賣契約書), after the MOEA mandatory and
forbidden terms for vehicle sales (in force 2021-07-01; DOMAIN.md §6.3, §5.4): (heading,
text) in each language.

A starting point, not legal advice: the dealership must have it checked against the
official text by its lawyer before use. The late-delivery rate is a placeholder.
"""

from __future__ import annotations

CLAUSES: dict[str, tuple[tuple[str, str], ...]] = {
    "zh_TW": (
        (
            "契約審閱期間",
            "買方於簽約前享有至少三日之契約審閱期間；賣方不得以任何方式要求買方拋棄審閱期間"
            "，違反者該條款不構成契約之內容。",
        ),
        (
            "車輛標的",
            "賣方出售之車輛廠牌、車型、年式、排氣量、顏色、車身號碼、引擎號碼及產地，以本契"
            "約所載為準；標準配備及選配精品詳如附件配備確認單。賣方之廣告內容為契約之一部分"
            "。",
        ),
        (
            "價金及付款",
            "契約總價已含營業稅及貨物稅；代辦費用另行列明，由買方自由選擇。買方支付之訂金不"
            "超過契約總價百分之十，但限量、訂製或特殊規格車輛經雙方特別約定者，不在此限。賣"
            "方不得片面調漲價金。買方以貸款支付者，貸款未獲核准時，雙方得協議改以其他方式付"
            "款；協議不成者，得解除契約，賣方應無息返還已收價款及訂金。",
        ),
        (
            "交車",
            "賣方應於{delivery_date}前於{delivery_place}交車，交車時里程數不超過"
            "{max_odometer_km}公里，並交付統一發票、出廠證明（或進口與貨物稅完稅證明）、保"
            "固手冊及車主手冊。賣方逾期交車者，每逾一日應按買方已付價款萬分之五計付遲延違約"
            "金；逾期超過三十日者，買方得解除契約，賣方應返還已付價款並加計法定利息。",
        ),
        (
            "所有權及危險負擔",
            "車輛所有權於買方付清全部價款並完成交車時移轉；交車前車輛毀損、滅失之危險由賣方負擔。",
        ),
        (
            "瑕疵擔保及保固",
            "賣方依保固手冊負保固責任。自交車日起一百八十日內或行駛一萬二千公里內（以先到者"
            "為準），有下列情形之一者，買方得請求更換同型新車或解除契約：（一）發生起火、暴"
            "衝、煞車失靈、熄火或引擎過熱等危及生命安全之重大瑕疵，經修理二次仍未修復；（二"
            "）同一瑕疵經修理四次以上仍未修復；（三）因瑕疵無法使用累計達三十日以上。",
        ),
        (
            "違約處理",
            "買方無正當理由不依約付款或受領車輛，經賣方定相當期限催告仍不履行者，賣方得解除"
            "契約並沒收訂金。賣方違反本契約致契約解除者，應加倍返還訂金；買方另受有損害者，"
            "並得請求賠償。",
        ),
        (
            "個人資料保護",
            "賣方蒐集、處理及利用買方之個人資料，應遵守個人資料保護法，並僅得於履行本契約及"
            "法令規定之範圍內為之。",
        ),
        (
            "管轄法院",
            "因本契約涉訟時，雙方同意以車輛交付地之地方法院為第一審管轄法院，但不排除消費者"
            "保護法第四十七條或民事訴訟法第四百三十六條之九小額訴訟管轄法院之適用。",
        ),
        (
            "其他約定",
            "本契約未約定事項，依消費者保護法、民法及相關法令辦理。本契約一式二份，由雙方各"
            "執一份為憑。",
        ),
    ),
    "zh_CN": (
        (
            "契约审阅期间",
            "买方于签约前享有至少三日之契约审阅期间；卖方不得以任何方式要求买方抛弃审阅期间"
            "，违反者该条款不构成契约之内容。",
        ),
        (
            "车辆标的",
            "卖方出售之车辆厂牌、车型、年式、排气量、颜色、车身号码、引擎号码及产地，以本契"
            "约所载为准；标准配备及选配精品详如附件配备确认单。卖方之广告内容为契约之一部分"
            "。",
        ),
        (
            "价金及付款",
            "契约总价已含营业税及货物税；代办费用另行列明，由买方自由选择。买方支付之订金不"
            "超过契约总价百分之十，但限量、订制或特殊规格车辆经双方特别约定者，不在此限。卖"
            "方不得片面调涨价金。买方以贷款支付者，贷款未获核准时，双方得协议改以其他方式付"
            "款；协议不成者，得解除契约，卖方应无息返还已收价款及订金。",
        ),
        (
            "交车",
            "卖方应于{delivery_date}前于{delivery_place}交车，交车时里程数不超过"
            "{max_odometer_km}公里，并交付统一发票、出厂证明（或进口与货物税完税证明）、保"
            "固手册及车主手册。卖方逾期交车者，每逾一日应按买方已付价款万分之五计付迟延违约"
            "金；逾期超过三十日者，买方得解除契约，卖方应返还已付价款并加计法定利息。",
        ),
        (
            "所有权及危险负担",
            "车辆所有权于买方付清全部价款并完成交车时移转；交车前车辆毁损、灭失之危险由卖方负担。",
        ),
        (
            "瑕疵担保及保固",
            "卖方依保固手册负保固责任。自交车日起一百八十日内或行驶一万二千公里内（以先到者"
            "为准），有下列情形之一者，买方得请求更换同型新车或解除契约：（一）发生起火、暴"
            "冲、煞车失灵、熄火或引擎过热等危及生命安全之重大瑕疵，经修理二次仍未修复；（二"
            "）同一瑕疵经修理四次以上仍未修复；（三）因瑕疵无法使用累计达三十日以上。",
        ),
        (
            "违约处理",
            "买方无正当理由不依约付款或受领车辆，经卖方定相当期限催告仍不履行者，卖方得解除"
            "契约并没收订金。卖方违反本契约致契约解除者，应加倍返还订金；买方另受有损害者，"
            "并得请求赔偿。",
        ),
        (
            "个人资料保护",
            "卖方搜集、处理及利用买方之个人资料，应遵守个人资料保护法，并仅得于履行本契约及"
            "法令规定之范围内为之。",
        ),
        (
            "管辖法院",
            "因本契约涉讼时，双方同意以车辆交付地之地方法院为第一审管辖法院，但不排除消费者"
            "保护法第四十七条或民事诉讼法第四百三十六条之九小额诉讼管辖法院之适用。",
        ),
        (
            "其他约定",
            "本契约未约定事项，依消费者保护法、民法及相关法令办理。本契约一式二份，由双方各"
            "执一份为凭。",
        ),
    ),
    "en": (
        (
            "Review period",
            "The buyer is entitled to at least three days to review this contract before "
            "signing; the seller may not ask the buyer to give up the review period in any "
            "way, and any term doing so is not part of the contract.",
        ),
        (
            "The vehicle",
            "Make, model, model year, displacement, colour, VIN, engine number and origin "
            "are as stated in this contract; standard equipment and optional accessories "
            "are listed in the specification confirmation annexed. The seller's "
            "advertising forms part of this contract.",
        ),
        (
            "Price and payment",
            "The total price includes business tax and commodity tax; agency fees are "
            "listed separately and are the buyer's free choice. The deposit (訂金) may not "
            "exceed 10 % of the total price, unless specially agreed for limited, custom "
            "or special-order vehicles. The seller may not raise the price unilaterally. "
            "If the buyer pays with a loan that is not approved, the parties may agree "
            "another way to pay; failing agreement, either may end the contract and the "
            "seller refunds the price and deposit received without interest.",
        ),
        (
            "Delivery",
            "The seller delivers by {delivery_date} at {delivery_place}, with no more than "
            "{max_odometer_km} km on the odometer, together with the uniform invoice, the "
            "factory certificate (or import and commodity-tax certificates), the warranty "
            "booklet and the owner's manual. For late delivery the seller pays 0.05 % of "
            "the amounts paid per day; after 30 days the buyer may end the contract and "
            "the seller refunds the amounts paid with statutory interest.",
        ),
        (
            "Title and risk",
            "Title passes when the buyer has paid the full price and the vehicle has been "
            "delivered; until delivery the seller bears the risk of damage to or loss of "
            "the vehicle.",
        ),
        (
            "Defects and warranty",
            "The seller gives the warranty in the warranty booklet. Within 180 days or "
            "12,000 km of delivery, whichever comes first, the buyer may demand a new "
            "vehicle of the same model or end the contract if: (1) a serious defect "
            "endangering life (fire, sudden acceleration, brake failure, stalling, engine "
            "overheating) is still unrepaired after two repairs; (2) the same defect is "
            "still unrepaired after four or more repairs; or (3) defects make the vehicle "
            "unusable for 30 days or more in total.",
        ),
        (
            "Breach",
            "If the buyer, without good reason, does not pay or take delivery as agreed "
            "and still does not perform within a reasonable period after a reminder, the "
            "seller may end the contract and keep the deposit. If the contract ends "
            "because of the seller's breach, the seller returns double the deposit; the "
            "buyer may also claim any further loss.",
        ),
        (
            "Personal data",
            "The seller collects, processes and uses the buyer's personal data only to "
            "perform this contract and as the law requires, in line with the Personal Data "
            "Protection Act.",
        ),
        (
            "Court",
            "The district court where the vehicle is delivered is the court of first "
            "instance for disputes, without excluding the courts available under Article "
            "47 of the Consumer Protection Act or the small-claims rules of Article 436-9 "
            "of the Code of Civil Procedure.",
        ),
        (
            "Other terms",
            "Matters not agreed here follow the Consumer Protection Act, the Civil Code "
            "and other applicable law. Two originals, one for each party.",
        ),
    ),
}
