<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Showroom Assistant</source>
            <translation>关于展厅助手</translation>
        </message>
        <message>
            <source>Showroom Assistant</source>
            <translation>展厅助手</translation>
        </message>
        <message>
            <source>Version %1 · Qt %2 · PySide %3 · Python %4</source>
            <translation>版本 %1 · Qt %2 · PySide %3 · Python %4</translation>
        </message>
        <message>
            <source>Components and their licences:</source>
            <translation>组件及其许可证：</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向级别</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进日期</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>首次接触</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>共 %n 位客户</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealershipFormWidget</name>
        <message>
            <source>Dealership &amp;name</source>
            <translation>经销商名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Tax ID</source>
            <translation>税号 / 统一社会信用代码(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>地区(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Document language</source>
            <translation>文件语言(&amp;D)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>纸张大小(&amp;Z)</translation>
        </message>
        <message>
            <source>e.g. Grand Motors Da'an Showroom</source>
            <translation>例如：恒通汽车 西湖展厅</translation>
        </message>
        <message>
            <source>Taiwan: 8-digit business number (統一編號); Mainland China: 18-character unified social credit code; Hong Kong: business registration number</source>
            <translation>台湾：8 位统一编号；中国大陆：18 位统一社会信用代码；香港：商业登记号码</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Showroom Assistant</source>
            <translation>欢迎使用展厅助手</translation>
        </message>
        <message>
            <source>Set up your dealership once. These details print on every quote, contract and receipt; you can change them later in Settings.</source>
            <translation>请先设置您的经销商资料。这些资料会打印在每一张报价单、合同和收据上，之后可在“设置”中修改。</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>您的姓名(&amp;Y)</translation>
        </message>
        <message>
            <source>The sales consultant using this desk</source>
            <translation>使用此工位的销售顾问</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>Follow-ups</source>
            <extracomment>filter index -&gt; days ahead of today (None: every open task)</extracomment>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向级别</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>显示(&amp;S)</translation>
        </message>
        <message>
            <source>Due today and overdue</source>
            <translation>今日到期及逾期</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>7 天内到期</translation>
        </message>
        <message>
            <source>All open tasks</source>
            <translation>所有未完成任务</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>共 %n 项任务</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InventoryPage</name>
        <message>
            <source>Inventory</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>车型</translation>
        </message>
        <message>
            <source>Trim</source>
            <translation>车款</translation>
        </message>
        <message>
            <source>Body type</source>
            <translation>车身类型</translation>
        </message>
        <message>
            <source>Powertrain</source>
            <translation>动力类型</translation>
        </message>
        <message>
            <source>Engine / motor</source>
            <translation>发动机 / 电机</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位数</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>厂商指导价</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>现车</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>已预留</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>车架号（VIN）</translation>
        </message>
        <message>
            <source>Exterior colour</source>
            <translation>车身颜色</translation>
        </message>
        <message>
            <source>Interior colour</source>
            <translation>内饰颜色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Test car</source>
            <translation>试驾车</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌号码</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Dealer cost</source>
            <translation>经销商成本</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>车型目录</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>库存车辆</translation>
        </message>
        <message>
            <source>Include sold cars</source>
            <translation>包含已售车辆</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>O · Ordered</source>
            <translation>O · 已下订</translation>
        </message>
        <message>
            <source>H · within 7 days</source>
            <translation>H · 7 天内</translation>
        </message>
        <message>
            <source>A · within 15 days</source>
            <translation>A · 15 天内</translation>
        </message>
        <message>
            <source>B · within 30 days</source>
            <translation>B · 30 天内</translation>
        </message>
        <message>
            <source>C · over a month</source>
            <translation>C · 一个月以上</translation>
        </message>
        <message>
            <source>N · no clear intent</source>
            <translation>N · 无明确意向</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>已下订</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已交车</translation>
        </message>
        <message>
            <source>Lost deal</source>
            <translation>战败</translation>
        </message>
        <message>
            <source>Out of contact</source>
            <translation>失控</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>暂缓</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>自然进店</translation>
        </message>
        <message>
            <source>Inbound call</source>
            <translation>来电</translation>
        </message>
        <message>
            <source>Online inquiry</source>
            <translation>网络询价</translation>
        </message>
        <message>
            <source>Brand website / app</source>
            <translation>原厂官网 / App</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>社交媒体</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>转介绍</translation>
        </message>
        <message>
            <source>Event / motor show</source>
            <translation>活动 / 车展</translation>
        </message>
        <message>
            <source>Existing owner</source>
            <translation>保有客户置换 / 增购</translation>
        </message>
        <message>
            <source>Service referral</source>
            <translation>售后转介</translation>
        </message>
        <message>
            <source>Fleet / company</source>
            <translation>大客户 / 企业</translation>
        </message>
        <message>
            <source>Outbound prospecting</source>
            <translation>外拓 / 电销</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Prospecting &amp; preparation</source>
            <translation>集客准备</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>客户接待</translation>
        </message>
        <message>
            <source>Needs analysis</source>
            <translation>需求分析</translation>
        </message>
        <message>
            <source>Product presentation</source>
            <translation>产品介绍</translation>
        </message>
        <message>
            <source>Test ride &amp; drive</source>
            <translation>试乘试驾</translation>
        </message>
        <message>
            <source>Closing / contract signing</source>
            <translation>签约成交</translation>
        </message>
        <message>
            <source>Finance services</source>
            <translation>金融服务</translation>
        </message>
        <message>
            <source>Delivery ceremony</source>
            <translation>交车仪式</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售后服务</translation>
        </message>
        <message>
            <source>Sedan</source>
            <translation>轿车</translation>
        </message>
        <message>
            <source>SUV</source>
            <translation>SUV</translation>
        </message>
        <message>
            <source>MPV</source>
            <translation>MPV</translation>
        </message>
        <message>
            <source>Hatchback</source>
            <translation>两厢车</translation>
        </message>
        <message>
            <source>Wagon</source>
            <translation>旅行车</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>皮卡</translation>
        </message>
        <message>
            <source>Van</source>
            <translation>商用车</translation>
        </message>
        <message>
            <source>Petrol / diesel</source>
            <translation>燃油</translation>
        </message>
        <message>
            <source>Hybrid (HEV)</source>
            <translation>油电混合</translation>
        </message>
        <message>
            <source>Plug-in hybrid (PHEV)</source>
            <translation>插电式混合动力</translation>
        </message>
        <message>
            <source>Range-extended EV (EREV)</source>
            <translation>增程式</translation>
        </message>
        <message>
            <source>Battery EV (BEV)</source>
            <translation>纯电动车</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>现车</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>已预留</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>已售出</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Customer archive (2-day rule)</source>
            <translation>客户档案（2 天内建档）</translation>
        </message>
        <message>
            <source>After-sales call</source>
            <translation>售后回访</translation>
        </message>
        <message>
            <source>Maintenance reminder</source>
            <translation>保养提醒</translation>
        </message>
        <message>
            <source>Insurance renewal</source>
            <translation>保险续保</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>问候</translation>
        </message>
        <message>
            <source>Mr</source>
            <translation>先生</translation>
        </message>
        <message>
            <source>Ms</source>
            <translation>女士</translation>
        </message>
        <message>
            <source>Mrs</source>
            <translation>女士</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>Sales manager</source>
            <translation>销售经理</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>台湾</translation>
        </message>
        <message>
            <source>Mainland China</source>
            <translation>中国大陆</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <translation>香港</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source> — demo data</source>
            <translation> — 演示数据</translation>
        </message>
        <message>
            <source>Showroom Assistant</source>
            <translation>展厅助手</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Showroom Assistant</source>
            <translation>关于展厅助手(&amp;A)</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>当前用户：%1（%2）</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向级别</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Lead source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <source>New opportunities</source>
            <translation>新增商机</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>期间(&amp;P)</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <source>Customers in the archive</source>
            <translation>客户档案总数</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>新增客户</translation>
        </message>
        <message>
            <source>New showroom visitor groups</source>
            <translation>新增进店批次</translation>
        </message>
        <message>
            <source>Orders (contracts signed)</source>
            <translation>订单（已签约）</translation>
        </message>
        <message>
            <source>Deliveries</source>
            <translation>交车数</translation>
        </message>
        <message>
            <source>Lost deals</source>
            <translation>战败</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>自 %1 至 %2</translation>
        </message>
    </context>
    <context>
        <name>SalesPage</name>
        <message>
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向级别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Model of interest</source>
            <translation>意向车型</translation>
        </message>
        <message>
            <source>Lead source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进日期</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>状态(&amp;S)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message numerus="yes">
            <source>%n opportunity(ies)</source>
            <translation>
                <numerusform>共 %n 条商机</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>界面</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>与系统相同</translation>
        </message>
        <message>
            <source>Dealership</source>
            <translation>经销商</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>还原(&amp;V)</translation>
        </message>
        <message>
            <source>Not saved: please correct the fields marked.</source>
            <translation>未保存：请更正标出的字段。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today's tasks</source>
            <translation>今日任务</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向级别</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>来店</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>首次到店</translation>
        </message>
        <message>
            <source>Return visit</source>
            <translation>再次到店</translation>
        </message>
        <message>
            <source>Time in showroom</source>
            <translation>在店时间</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>洽谈摘要</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>逾期跟进</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>Visitors today</source>
            <translation>今日来店</translation>
        </message>
        <message>
            <source>Open H and A customers</source>
            <translation>H 级与 A 级客户</translation>
        </message>
        <message>
            <source>Follow-ups due and overdue (H and A first)</source>
            <translation>到期及逾期跟进（H、A 级优先）</translation>
        </message>
        <message>
            <source>Today's visitors</source>
            <translation>今日来店客户</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (still here)</source>
            <translation>%1（仍在店内）</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the dealership's name.</source>
            <translation>请输入经销商名称。</translation>
        </message>
        <message>
            <source>The name is too long (200 characters at most).</source>
            <translation>名称过长（最多 200 个字符）。</translation>
        </message>
        <message>
            <source>Choose Taiwan, Mainland China or Hong Kong.</source>
            <translation>请选择台湾、中国大陆或香港。</translation>
        </message>
        <message>
            <source>Choose a document language.</source>
            <translation>请选择文件语言。</translation>
        </message>
        <message>
            <source>The address is too long (500 characters at most).</source>
            <translation>地址过长（最多 500 个字符）。</translation>
        </message>
        <message>
            <source>Choose A4 or Letter.</source>
            <translation>请选择 A4 或 Letter。</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <source>The name is too long (100 characters at most).</source>
            <translation>姓名过长（最多 100 个字符）。</translation>
        </message>
        <message>
            <source>Enter a phone number.</source>
            <translation>请输入电话号码。</translation>
        </message>
        <message>
            <source>Enter the phone number without an extension.</source>
            <translation>请输入不含分机的电话号码。</translation>
        </message>
        <message>
            <source>Enter a valid phone number, e.g. {example}. Numbers from other regions start with + and the country code.</source>
            <translation>请输入有效的电话号码，例如 {example}。其他地区的号码请以 + 和国家代码开头。</translation>
        </message>
        <message>
            <source>A mainland ID number has 17 digits followed by a digit or X.</source>
            <translation>居民身份证号码为 17 位数字加 1 位数字或 X。</translation>
        </message>
        <message>
            <source>Digits 7 to 14 of the ID number must be a birth date.</source>
            <translation>身份证号码第 7 至 14 位必须是出生日期。</translation>
        </message>
        <message>
            <source>The ID number is not valid; please check every digit.</source>
            <translation>证件号码无效，请逐位检查。</translation>
        </message>
        <message>
            <source>A residence permit number starts with 810000, 820000 or 830000.</source>
            <translation>居住证号码以 810000、820000 或 830000 开头。</translation>
        </message>
        <message>
            <source>A Taiwan ID number is one letter followed by 9 digits.</source>
            <translation>台湾身份证号为 1 个英文字母加 9 位数字。</translation>
        </message>
        <message>
            <source>An HKID number looks like A123456(3).</source>
            <translation>香港身份证号码格式如 A123456(3)。</translation>
        </message>
        <message>
            <source>A unified social credit code has 18 digits and capital letters (no I, O, S, V, Z).</source>
            <translation>统一社会信用代码为 18 位数字和大写字母（不含 I、O、S、V、Z）。</translation>
        </message>
        <message>
            <source>The code is not valid; please check every character.</source>
            <translation>代码无效，请逐位检查。</translation>
        </message>
        <message>
            <source>A Taiwan company number (統一編號) has 8 digits.</source>
            <translation>台湾统一编号为 8 位数字。</translation>
        </message>
        <message>
            <source>The company number is not valid; please check every digit.</source>
            <translation>统一编号无效，请逐位检查。</translation>
        </message>
        <message>
            <source>A business registration number has 8 digits, e.g. 12345678-000.</source>
            <translation>商业登记号码为 8 位数字，例如 12345678-000。</translation>
        </message>
        <message>
            <source>Enter the VIN.</source>
            <translation>请输入车架号。</translation>
        </message>
        <message>
            <source>A VIN has 17 characters; this one has {length}.</source>
            <translation>车架号应为 17 位，当前为 {length} 位。</translation>
        </message>
        <message>
            <source>A VIN uses only digits and capital letters, never I, O or Q.</source>
            <translation>车架号只含数字和大写字母，不含 I、O、Q。</translation>
        </message>
        <message>
            <source>The VIN check digit (9th character) does not match; please check the VIN.</source>
            <translation>车架号校验位（第 9 位）不符，请检查车架号。</translation>
        </message>
        <message>
            <source>A VIN has 17 digits and capital letters, never I, O or Q.</source>
            <translation>车架号为 17 位数字和大写字母，不含 I、O、Q。</translation>
        </message>
        <message>
            <source>The VIN check digit (9th character) is {actual}, expected {expected}. Imported vehicles may not use it; please check the VIN.</source>
            <translation>车架号校验位（第 9 位）为 {actual}，应为 {expected}。进口车可能不使用校验位，请再确认。</translation>
        </message>
        <message>
            <source>This does not look like a usual plate, e.g. {example}. Please check it.</source>
            <translation>这不像常见的车牌格式（例如 {example}），请再确认。</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此字段为必填项。</translation>
        </message>
        <message>
            <source>Use at most {max_len} characters.</source>
            <translation>最多 {max_len} 个字符。</translation>
        </message>
        <message>
            <source>The text contains invisible control characters.</source>
            <translation>文本中含有不可见的控制字符。</translation>
        </message>
        <message>
            <source>Enter an e-mail address like name@example.com.</source>
            <translation>请输入电子邮箱地址，例如 name@example.com。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>金额过大。</translation>
        </message>
        <message>
            <source>Use at most two decimal places.</source>
            <translation>最多两位小数。</translation>
        </message>
    </context>
</TS>