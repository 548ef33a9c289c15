"""Default clauses of the Hong Kong dealer sales agreement (購車合約; no government model
exists, DOMAIN.md §6.3): (heading, text) in each language.

A starting point, not legal advice: the dealership must have it reviewed by its lawyer
before use.
"""

from __future__ import annotations

CLAUSES: dict[str, tuple[tuple[str, str], ...]] = {
    "zh_TW": (
        (
            "車輛",
            "賣方同意出售而買方同意購買本合約所列之新車壹輛；型號、配置及顏色以本合約及配置"
            "確認單所載為準。",
        ),
        (
            "車價及稅項",
            "車價已包括首次登記稅，另有註明者除外。牌費、保險費及其他代辦費用分項列明。如政"
            "府於車輛登記前調整首次登記稅或其他稅項，差額按實際應繳金額調整。",
        ),
        (
            "訂金",
            "買方於簽署本合約時繳付訂金，交車時從車價扣除。買方取消訂購或無理拒絕收車，賣方"
            "有權沒收訂金；賣方未能按約交車，買方可取消本合約並獲全數退還訂金。",
        ),
        (
            "付款",
            "餘款須於交車前全數繳付。以分期付款購車者，須待財務機構批核並發放貸款後方可交車"
            "。所有款項須付予本公司並以公司收據為憑，不得交予銷售人員個人。",
        ),
        (
            "交車",
            "預計交車日期為{delivery_date}，交車地點為{delivery_place}，交車時里程數不超過"
            "{max_odometer_km}公里。如因廠方付運延誤，賣方須盡快通知買方；延誤超過六十日，"
            "買方可取消本合約並獲全數退還已付款項。",
        ),
        (
            "登記、牌照及保險",
            "買方可自行或委託賣方辦理車輛登記、牌照及保險；委託賣方辦理之服務費用分項列明，"
            "並非購車條件。",
        ),
        (
            "保養及保用",
            "車輛享有製造商保用，條款以保用手冊為準。買方須按保養手冊定期保養，以維持保用。",
        ),
        (
            "個人資料",
            "賣方按《個人資料（私隱）條例》收集及使用買方之個人資料，只用於本合約、車輛登記"
            "、保險及售後服務；未經買方同意，不會用作直接促銷。",
        ),
        (
            "適用法律",
            "本合約受香港特別行政區法律管轄。本合約之中文本與英文本如有歧異，以中文本為準。",
        ),
    ),
    "zh_CN": (
        (
            "车辆",
            "卖方同意出售而买方同意购买本合约所列之新车壹辆；型号、配置及颜色以本合约及配置"
            "确认单所载为准。",
        ),
        (
            "车价及税项",
            "车价已包括首次登记税，另有注明者除外。牌费、保险费及其他代办费用分项列明。如政"
            "府于车辆登记前调整首次登记税或其他税项，差额按实际应缴金额调整。",
        ),
        (
            "订金",
            "买方于签署本合约时缴付订金，交车时从车价扣除。买方取消订购或无理拒绝收车，卖方"
            "有权没收订金；卖方未能按约交车，买方可取消本合约并获全数退还订金。",
        ),
        (
            "付款",
            "余款须于交车前全数缴付。以分期付款购车者，须待财务机构批核并发放贷款后方可交车"
            "。所有款项须付予本公司并以公司收据为凭，不得交予销售人员个人。",
        ),
        (
            "交车",
            "预计交车日期为{delivery_date}，交车地点为{delivery_place}，交车时里程数不超过"
            "{max_odometer_km}公里。如因厂方付运延误，卖方须尽快通知买方；延误超过六十日，"
            "买方可取消本合约并获全数退还已付款项。",
        ),
        (
            "登记、牌照及保险",
            "买方可自行或委托卖方办理车辆登记、牌照及保险；委托卖方办理之服务费用分项列明，"
            "并非购车条件。",
        ),
        (
            "保养及保用",
            "车辆享有制造商保用，条款以保用手册为准。买方须按保养手册定期保养，以维持保用。",
        ),
        (
            "个人资料",
            "卖方按《个人资料（私隐）条例》收集及使用买方之个人资料，只用于本合约、车辆登记"
            "、保险及售后服务；未经买方同意，不会用作直接促销。",
        ),
        (
            "适用法律",
            "本合约受香港特别行政区法律管辖。本合约之中文本与英文本如有歧异，以中文本为准。",
        ),
    ),
    "en": (
        (
            "The vehicle",
            "The seller agrees to sell and the buyer agrees to buy one new vehicle as "
            "described in this agreement; model, specification and colours are as stated "
            "here and in the specification confirmation.",
        ),
        (
            "Price and taxes",
            "Unless stated otherwise, the price includes First Registration Tax. Licence "
            "fees, insurance premiums and other agency fees are listed separately. If the "
            "government changes First Registration Tax or another tax before registration, "
            "the difference is adjusted to the amount actually payable.",
        ),
        (
            "Deposit",
            "The buyer pays a deposit on signing, credited to the price at delivery. If "
            "the buyer cancels the order or refuses delivery without good reason, the "
            "seller may keep the deposit; if the seller cannot deliver as agreed, the "
            "buyer may cancel this agreement and the deposit is refunded in full.",
        ),
        (
            "Payment",
            "The balance is paid in full before delivery. A vehicle bought on hire "
            "purchase is delivered once the finance company has approved and paid out the "
            "loan. All payments are made to the company against a company receipt, never "
            "to a salesperson personally.",
        ),
        (
            "Delivery",
            "Expected delivery is on {delivery_date} at {delivery_place}, with no more "
            "than {max_odometer_km} km on the odometer. If shipment from the manufacturer "
            "is delayed, the seller tells the buyer promptly; after a delay of more than "
            "60 days the buyer may cancel this agreement and every amount paid is refunded "
            "in full.",
        ),
        (
            "Registration, licence and insurance",
            "The buyer may arrange registration, licensing and insurance personally or ask "
            "the seller to do so; fees for services handled by the seller are listed "
            "separately and are not a condition of the sale.",
        ),
        (
            "Maintenance and warranty",
            "The vehicle has the manufacturer's warranty on the terms of the warranty "
            "booklet. The buyer keeps the warranty by servicing the vehicle as the "
            "maintenance booklet says.",
        ),
        (
            "Personal data",
            "The seller collects and uses the buyer's personal data under the Personal "
            "Data (Privacy) Ordinance only for this agreement, registration, insurance and "
            "after-sales service, and not for direct marketing without the buyer's consent.",
        ),
        (
            "Governing law",
            "This agreement is governed by the laws of the Hong Kong SAR. If the Chinese "
            "and English texts differ, the Chinese text prevails.",
        ),
    ),
}
