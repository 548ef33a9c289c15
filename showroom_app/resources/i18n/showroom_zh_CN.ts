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
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 码(&amp;P)</translation>
        </message>
        <message>
            <source>Repeat the P&amp;IN</source>
            <translation>再次输入 PIN 码(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>AgreementBox</name>
        <message>
            <source>2. Route, staff and agreement</source>
            <translation>2. 路线、陪同人员与协议书</translation>
        </message>
        <message>
            <source>&amp;Route:</source>
            <translation>试驾路线(&amp;R)：</translation>
        </message>
        <message>
            <source>Accompanying &amp;staff:</source>
            <translation>陪同人员(&amp;S)：</translation>
        </message>
        <message>
            <source>e.g. city loop with expressway section</source>
            <translation>例如：市区环线含快速路路段</translation>
        </message>
        <message>
            <source>&amp;Print agreement…</source>
            <translation>打印协议书(&amp;P)…</translation>
        </message>
        <message>
            <source>Mark si&amp;gned</source>
            <translation>标记已签署(&amp;G)</translation>
        </message>
        <message>
            <source>Available once this booking's agreement was printed or previewed.</source>
            <translation>本笔预约的协议书打印或预览后才可使用。</translation>
        </message>
        <message>
            <source>✓ Agreement signed %1</source>
            <translation>✓ 协议书已于 %1 签署</translation>
        </message>
        <message>
            <source>Agreement printed — mark it signed once the customer has signed.</source>
            <translation>协议书已打印；客户签名后请标记为已签署。</translation>
        </message>
        <message>
            <source>Print the agreement for the customer to sign.</source>
            <translation>请打印协议书让客户签署。</translation>
        </message>
        <message>
            <source>The agreement can be printed once the licence passes the check.</source>
            <translation>驾驶证核验通过后才能打印协议书。</translation>
        </message>
    </context>
    <context>
        <name>AgreementPreview</name>
        <message>
            <source>Test-drive agreement</source>
            <extracomment>The preview of an agreement (the shared preview, named for the stage-5 page).</extracomment>
            <translation>试驾协议书</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>Benchmark and test hook: print start-up figures once the window is shown, then quit. On a *demo* database it also signs in as the first user without the sign-in dialog (every demo PIN is the public "0000" anyway), because the benchmark measures start-up, not typing. On a real dealership's database it never skips the PIN.</extracomment>
            <translation>无法打开数据库</translation>
        </message>
    </context>
    <context>
        <name>ApplicationCard</name>
        <message>
            <source>&amp;Edit terms…</source>
            <translation>修改条件(&amp;E)…</translation>
        </message>
        <message>
            <source>The lender offers other terms (rate, term, fee): change them here.</source>
            <translation>金融机构批复不同条件（利率、期数、手续费）时，在这里修改。</translation>
        </message>
        <message>
            <source>Print repayment &amp;schedule…</source>
            <translation>打印还款明细表(&amp;S)…</translation>
        </message>
        <message>
            <source>Documents collected</source>
            <translation>已收资料</translation>
        </message>
        <message>
            <source>Note for the next step (for a rejection: the lender's reason)</source>
            <translation>下一步的备注（被拒绝时：请填写金融机构的理由）</translation>
        </message>
    </context>
    <context>
        <name>AppointmentBox</name>
        <message>
            <source>Delivery appointment</source>
            <translation>交车预约</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>日期和时间(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>时长(&amp;L)：</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>&amp;Book this time</source>
            <translation>预约此时间(&amp;B)</translation>
        </message>
    </context>
    <context>
        <name>AppointmentList</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Test car</source>
            <translation>试驾车</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Showed up</source>
            <translation>已到店</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽约</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsDayView</name>
        <message>
            <source>Previous day</source>
            <translation>前一天</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>后一天</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>今天(&amp;T)</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n 个预约</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalBox</name>
        <message>
            <source>Discount approval</source>
            <translation>优惠审批</translation>
        </message>
        <message>
            <source>Note (needed to reject)</source>
            <translation>备注（驳回时必填）</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>驳回(&amp;J)</translation>
        </message>
        <message>
            <source>Within the dealership's limit (%1): no approval needed.</source>
            <translation>在公司授权范围内（%1）：无需审批。</translation>
        </message>
        <message>
            <source>Above the dealership's limit (%1): a manager's approval will be requested when the deal is saved.</source>
            <translation>超过公司授权范围（%1）：保存时将提交经理审批。</translation>
        </message>
        <message>
            <source>Waiting for a manager's approval (requested by %1). Contract and printing wait until then.</source>
            <translation>等待经理审批（由 %1 提出）。批准前无法签约和打印。</translation>
        </message>
        <message>
            <source>Approved by %1 on %2.</source>
            <translation>已由 %1 于 %2 批准。</translation>
        </message>
        <message>
            <source>Rejected by %1 on %2: %3</source>
            <translation>已由 %1 于 %2 驳回：%3</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPanel</name>
        <message>
            <source>Requested</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>申请内容</translation>
        </message>
        <message>
            <source>Approvals waiting for you</source>
            <translation>待您审批的申请</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Why (required when rejecting)</source>
            <translation>原因（驳回时必填）</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>驳回(&amp;J)</translation>
        </message>
        <message>
            <source>You cannot decide on your own request.</source>
            <translation>您不能审批自己的申请。</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>Customer name</source>
            <extracomment>The archive fields of DOMAIN.md §5.1 that the meter counts (field key, English label).</extracomment>
            <translation>客户姓名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Visit or service date</source>
            <translation>来店 / 服务日期</translation>
        </message>
        <message>
            <source>Vehicle model</source>
            <translation>车型</translation>
        </message>
        <message>
            <source>Plate number</source>
            <translation>车牌号码</translation>
        </message>
        <message>
            <source>Vehicle type</source>
            <translation>车辆类型</translation>
        </message>
        <message>
            <source>Maintenance items</source>
            <translation>保养项目</translation>
        </message>
        <message>
            <source>Maintenance interval</source>
            <translation>保养周期</translation>
        </message>
        <message>
            <source>Next maintenance date</source>
            <translation>下次保养日期</translation>
        </message>
        <message>
            <source>Services the customer wants</source>
            <translation>客户希望的服务</translation>
        </message>
    </context>
    <context>
        <name>ArchiveLabels</name>
        <message>
            <source>Oil and oil filter</source>
            <translation>机油与机滤</translation>
        </message>
        <message>
            <source>Air filter</source>
            <translation>空气滤芯</translation>
        </message>
        <message>
            <source>Cabin filter</source>
            <translation>空调滤芯</translation>
        </message>
        <message>
            <source>Brake fluid</source>
            <translation>刹车油</translation>
        </message>
        <message>
            <source>Coolant</source>
            <translation>冷却液</translation>
        </message>
        <message>
            <source>Spark plugs</source>
            <translation>火花塞</translation>
        </message>
        <message>
            <source>Tyre rotation</source>
            <translation>轮胎换位</translation>
        </message>
        <message>
            <source>Air conditioning</source>
            <translation>空调系统</translation>
        </message>
        <message>
            <source>Battery check</source>
            <translation>蓄电池检查</translation>
        </message>
        <message>
            <source>EV battery coolant</source>
            <translation>动力电池冷却液</translation>
        </message>
        <message>
            <source>Pick-up and drop-off</source>
            <translation>上门取送车</translation>
        </message>
        <message>
            <source>Weekend appointments</source>
            <translation>周末预约</translation>
        </message>
        <message>
            <source>Detailing</source>
            <translation>汽车美容</translation>
        </message>
        <message>
            <source>Tyre storage</source>
            <translation>轮胎寄存</translation>
        </message>
        <message>
            <source>Insurance renewal quote</source>
            <translation>保险续保报价</translation>
        </message>
        <message>
            <source>Courtesy car</source>
            <translation>代步车</translation>
        </message>
        <message>
            <source>Reminders by message</source>
            <translation>消息提醒</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>LINE</source>
            <translation>LINE</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>National ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>居住证</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他证件</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Showroom visit</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Inbound call</source>
            <translation>来电</translation>
        </message>
        <message>
            <source>Outbound call</source>
            <translation>去电</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>上门拜访</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>保养维修</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log</source>
            <extracomment>Every action code, in the order ``Action`` declares them. Kinds of record offered even before the log mentions them. Wait this long after the last keystroke before filtering by typed text. The date range the "Dates" filter starts with (days back from today, today included).</extracomment>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>旧值 → 新值</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>Only a manager can see the audit log.</source>
            <translation>只有经理可以查看审计日志。</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>用户(&amp;U)</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>所有用户</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>操作(&amp;A)</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>所有操作</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>对象(&amp;R)</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>所有对象</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>&amp;Dates</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <source>Text in any column</source>
            <translation>任意列中的文字</translation>
        </message>
        <message>
            <source>&amp;Verify integrity</source>
            <translation>验证完整性(&amp;V)</translation>
        </message>
        <message>
            <source>Check that no entry was changed, removed or reordered since it was written.</source>
            <translation>检查每条记录写入后是否被修改、删除或调换顺序。</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Record number</source>
            <translation>对象编号</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>结束日期</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>共 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Verify integrity</source>
            <translation>验证完整性</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>正在检查审计日志…</translation>
        </message>
        <message>
            <source>The audit log could not be checked.</source>
            <translation>无法检查审计日志。</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting the audit log…</source>
            <translation>正在导出审计日志…</translation>
        </message>
        <message>
            <source>The audit log could not be exported.</source>
            <translation>无法导出审计日志。</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>用户编号</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>对象类型</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>旧值</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希值</translation>
        </message>
        <message>
            <source>The audit log is empty.</source>
            <translation>审计日志目前为空。</translation>
        </message>
        <message numerus="yes">
            <source>All %n entries are intact.</source>
            <translation>
                <numerusform>全部 %n 条记录均完整无误。</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry #%1 was changed or removed.</source>
            <translation>记录 #%1 已被修改或删除。</translation>
        </message>
        <message>
            <source>Its contents no longer match the seal it was written with.</source>
            <translation>其内容与写入时的哈希值不符。</translation>
        </message>
        <message>
            <source>It is missing from the log.</source>
            <translation>该记录已从审计日志中消失。</translation>
        </message>
        <message>
            <source>It no longer follows the entry before it: entries were removed, changed or reordered.</source>
            <translation>它与前一条记录无法衔接：有记录被删除、修改或调换顺序。</translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to %1.</source>
            <translation>
                <numerusform>已将 %n 条记录导出到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BookAppointmentDialog</name>
        <message>
            <source>Book appointment</source>
            <translation>新增预约</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>时间(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>时长(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>预约类型(&amp;A)</translation>
        </message>
        <message>
            <source>Test &amp;car</source>
            <translation>试驾车(&amp;C)</translation>
        </message>
        <message>
            <source>(no test car)</source>
            <translation>（不需试驾车）</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation>预约(&amp;B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Not booked</source>
            <translation>未预约</translation>
        </message>
    </context>
    <context>
        <name>CadenceBox</name>
        <message>
            <source>Follow-up cadence</source>
            <translation>跟进频率</translation>
        </message>
        <message>
            <source>&amp;Cadence</source>
            <translation>频率(&amp;C)</translation>
        </message>
        <message>
            <source>Light (as a small dealer)</source>
            <translation>轻量（小型经销商适用）</translation>
        </message>
        <message>
            <source>Intensive (4S training)</source>
            <translation>密集（4S 培训标准）</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>every </source>
            <translation>每 </translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>A level left unticked gets no scheduled follow-up.</source>
            <translation>未勾选的级别不安排跟进。</translation>
        </message>
    </context>
    <context>
        <name>CalendarSection</name>
        <message>
            <source>Test-car calendar</source>
            <translation>试驾车日程</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>前一天</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>后一天</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>&amp;Cars:</source>
            <translation>车辆(&amp;C)：</translation>
        </message>
        <message>
            <source>all test cars — type a plate or model</source>
            <translation>全部试驾车 — 输入车牌或车型筛选</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>时长(&amp;D)：</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>&amp;Book this slot</source>
            <translation>预约此时段(&amp;B)</translation>
        </message>
        <message>
            <source>Or press Enter in the calendar, or double-click a free time.</source>
            <translation>也可在日程中按 Enter，或双击空闲时段。</translation>
        </message>
        <message>
            <source>This customer</source>
            <translation>本客户</translation>
        </message>
        <message>
            <source>Other test drive</source>
            <translation>其他试驾</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>No test cars. Flag a car in stock as a test car on the Inventory page.</source>
            <translation>没有试驾车。请在“库存”页将库存车辆标记为试驾车。</translation>
        </message>
        <message>
            <source>%1 of %2 cars</source>
            <translation>%1 / %2 辆</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>overlaps a booking</source>
            <translation>与已有预约重叠</translation>
        </message>
        <message>
            <source>free</source>
            <translation>空闲</translation>
        </message>
    </context>
    <context>
        <name>CardFrame</name>
        <message>
            <source>★ Priority %1 · %2</source>
            <translation>★ 购车重点 %1・%2</translation>
        </message>
        <message>
            <source>Advantage: %1</source>
            <translation>优势：%1</translation>
        </message>
        <message>
            <source>Benefit for you: %1</source>
            <translation>对您的利益：%1</translation>
        </message>
    </context>
    <context>
        <name>CardsEditor</name>
        <message>
            <source>Point</source>
            <translation>方位</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>购车重点</translation>
        </message>
        <message>
            <source>General</source>
            <translation>通用</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>适用车款</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>All trims</source>
            <translation>所有车款</translation>
        </message>
        <message>
            <source>Walkaround point:</source>
            <translation>绕车方位：</translation>
        </message>
        <message>
            <source>Serves priority:</source>
            <translation>对应购车重点：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>适用车款：</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>顺序：</translation>
        </message>
        <message>
            <source>General (no priority)</source>
            <translation>通用（不限购车重点）</translation>
        </message>
        <message>
            <source>Advantage</source>
            <translation>优势</translation>
        </message>
        <message>
            <source>Benefit</source>
            <translation>利益</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>新建卡片</translation>
        </message>
        <message>
            <source>Save card</source>
            <translation>保存卡片</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>删除卡片</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡片</translation>
        </message>
        <message>
            <source>All trims of the model</source>
            <translation>该车型的所有车款</translation>
        </message>
        <message>
            <source>Unsaved card</source>
            <translation>卡片尚未保存</translation>
        </message>
        <message>
            <source>Discard the changes to this card?</source>
            <translation>要放弃这张卡片的修改吗？</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Delete this FAB card?</source>
            <translation>要删除这张 FAB 卡片吗？</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>未删除</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditorDialog</name>
        <message>
            <source>Catalogue: key specs and FAB cards</source>
            <translation>车型资料：主要配置与 FAB 卡片</translation>
        </message>
        <message>
            <source>Only a manager or an administrator can change the catalogue.</source>
            <translation>只有销售经理或管理员可以修改车型资料。</translation>
        </message>
        <message>
            <source>Key specs</source>
            <translation>主要配置</translation>
        </message>
        <message>
            <source>FAB cards</source>
            <translation>FAB 卡片</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Unsaved specs</source>
            <translation>配置尚未保存</translation>
        </message>
        <message>
            <source>Discard the changes to the key specs?</source>
            <translation>要放弃主要配置的修改吗？</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSection</name>
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
            <source>Key specs</source>
            <translation>主要配置</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>车身颜色</translation>
        </message>
        <message>
            <source>All brands</source>
            <translation>所有品牌</translation>
        </message>
        <message>
            <source>All models</source>
            <translation>所有车型</translation>
        </message>
        <message>
            <source>All body types</source>
            <translation>所有车身类型</translation>
        </message>
        <message>
            <source>All powertrains</source>
            <translation>所有动力类型</translation>
        </message>
        <message>
            <source>Any number of seats</source>
            <translation>座位数不限</translation>
        </message>
        <message>
            <source>At least %1 seats</source>
            <translation>至少 %1 座</translation>
        </message>
        <message>
            <source>Search brand, model or trim</source>
            <translation>搜索品牌、车型或车款</translation>
        </message>
        <message>
            <source>MSRP from</source>
            <translation>厂商指导价</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>In stock or on the way</source>
            <translation>有现车或在途</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Add to comparison</source>
            <translation>加入对比</translation>
        </message>
        <message>
            <source>Walk around this trim</source>
            <translation>绕车介绍此车款</translation>
        </message>
        <message>
            <source>%1 trims</source>
            <translation>共 %1 款</translation>
        </message>
    </context>
    <context>
        <name>ChangePinDialog</name>
        <message>
            <source>Change my PIN</source>
            <translation>修改我的 PIN 码</translation>
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation>当前 PIN 码(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation>新 PIN 码(&amp;N)</translation>
        </message>
        <message>
            <source>Repeat the new P&amp;IN</source>
            <translation>再次输入新 PIN 码(&amp;I)</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN 码错误</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>PIN 码错误次数过多：请等待 %n 秒</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistRow</name>
        <message>
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Why does this not apply? (one line)</source>
            <translation>为什么不适用？（一行）</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>ClauseListEditor</name>
        <message>
            <source>Template &amp;name:</source>
            <extracomment>What the contract renderer fills in (``documents.contract.fill_clause``).</extracomment>
            <translation>范本名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Printed t&amp;itle:</source>
            <translation>打印标题(&amp;I)：</translation>
        </message>
        <message>
            <source>(the usual title of the region)</source>
            <translation>（使用该地区的标准标题）</translation>
        </message>
        <message>
            <source>The template's name in this language (not printed)</source>
            <translation>此语言的范本名称（不会打印）</translation>
        </message>
        <message>
            <source>&amp;Add clause</source>
            <translation>新增条款(&amp;A)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move the clause up (Alt+Up)</source>
            <translation>将条款上移（Alt+Up）</translation>
        </message>
        <message>
            <source>Move the clause down (Alt+Down)</source>
            <translation>将条款下移（Alt+Down）</translation>
        </message>
        <message>
            <source>&amp;Heading</source>
            <translation>标题(&amp;H)</translation>
        </message>
        <message>
            <source>Clause &amp;text</source>
            <translation>条款内容(&amp;T)</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>插入自动填入字段</translation>
        </message>
        <message>
            <source>Put a placeholder at the cursor (typed braces may come out full-width)</source>
            <translation>在光标处插入自动填入字段（用中文输入法输入的大括号可能是全角）</translation>
        </message>
        <message>
            <source>(no heading yet)</source>
            <translation>（尚无标题）</translation>
        </message>
        <message>
            <source>Not a placeholder, prints as written: %1</source>
            <translation>不是自动填入字段，将按原样打印：%1</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close the opportunity</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>(choose a reason)</source>
            <translation>（请选择原因）</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>结果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Competitor model</source>
            <translation>竞品车型(&amp;C)</translation>
        </message>
        <message>
            <source>Re&amp;visit on</source>
            <translation>回访日期(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Brand and model they chose</source>
            <translation>客户选择的品牌与车型</translation>
        </message>
        <message>
            <source>Close opportunity</source>
            <translation>确认结案</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>ClosingActions</name>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>No deal yet</source>
            <translation>尚无交易</translation>
        </message>
        <message>
            <source>Reserve a stock unit or order a trim first.</source>
            <translation>请先预留一台库存车或订购车款。</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <source>Correct the marked fields first: the documents show the saved deal.</source>
            <translation>请先更正标示的字段：文件按已保存的交易内容打印。</translation>
        </message>
    </context>
    <context>
        <name>ClosingPanel</name>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>售价</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>Government part</source>
            <translation>代收规费</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>保费</translation>
        </message>
        <message>
            <source>Compulsory</source>
            <translation>强制</translation>
        </message>
        <message>
            <source>Commission %</source>
            <translation>佣金 %</translation>
        </message>
        <message>
            <source>Accessories</source>
            <translation>精品</translation>
        </message>
        <message>
            <source>Service fees (the buyer's free choice)</source>
            <translation>服务费（由买方自愿选择）</translation>
        </message>
        <message>
            <source>Government fees (plates, registration)</source>
            <translation>规费（号牌、登记）</translation>
        </message>
        <message>
            <source>Insurance (as the insurer quotes)</source>
            <translation>保险（按保险公司报价）</translation>
        </message>
        <message>
            <source>Subsidies</source>
            <translation>补贴</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>&amp;Quotation…</source>
            <translation>报价单(&amp;Q)…</translation>
        </message>
        <message>
            <source>Payment &amp;comparison…</source>
            <translation>付款方案对比(&amp;C)…</translation>
        </message>
        <message>
            <source>Co&amp;ntract…</source>
            <translation>合同(&amp;N)…</translation>
        </message>
        <message>
            <source>Deposit recei&amp;pt…</source>
            <translation>订金收据(&amp;P)…</translation>
        </message>
        <message>
            <source>Order con&amp;firmation…</source>
            <translation>配置确认单(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>ClosingSaving</name>
        <message>
            <source>Over-allowance of %1: it lowers the deal's gross profit.</source>
            <translation>抵扣高于评估价 %1：会降低本笔交易的毛利。</translation>
        </message>
        <message>
            <source>Reserve a stock unit or order a trim to start the deal.</source>
            <translation>预留一台库存车或订购车款即可开始议价。</translation>
        </message>
        <message>
            <source>Contracted: the car and the price can no longer change.</source>
            <translation>已签约：车辆和价格不能再更改。</translation>
        </message>
        <message>
            <source>Unsaved input restored: correct the marked fields to save it.</source>
            <translation>已恢复未保存的输入：请更正标示的字段以保存。</translation>
        </message>
        <message>
            <source>Not saved yet: correct the marked fields.</source>
            <translation>尚未保存：请更正标示的字段。</translation>
        </message>
        <message>
            <source>Deal saved at %1</source>
            <translation>交易已于 %1 保存</translation>
        </message>
        <message>
            <source>The deal saves itself as you type.</source>
            <translation>输入时交易会自动保存。</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>已在别处更改</translation>
        </message>
        <message>
            <source>Somebody else changed this deal. It is shown again as saved; your changes are kept as a draft.</source>
            <translation>其他人已更改此交易。界面已重新显示已保存的内容；您的更改已保留为草稿。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>Cockpit</name>
        <message>
            <source>Done</source>
            <extracomment>The mark shown before a stage's name in the stage bar (the status is also spelled out). Distinct looks per status: colour is never the only cue (the mark and the word are there too).</extracomment>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Suggested next</source>
            <translation>建议下一步</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>Price / discount not accepted</source>
            <translation>价格 / 优惠不满意</translation>
        </message>
        <message>
            <source>Bought a competitor's car</source>
            <translation>购买竞品</translation>
        </message>
        <message>
            <source>Bought the brand at another dealer</source>
            <translation>购买本品牌他店</translation>
        </message>
        <message>
            <source>Product does not fit the needs</source>
            <translation>产品不符需求</translation>
        </message>
        <message>
            <source>Delivery too slow / no stock / colour unavailable</source>
            <translation>交车期太长 / 无现车 / 颜色缺货</translation>
        </message>
        <message>
            <source>Loan not approved / down payment / rate</source>
            <translation>贷款未核准 / 首付不足 / 利率</translation>
        </message>
        <message>
            <source>Trade-in valuation too low</source>
            <translation>旧车估价不满意</translation>
        </message>
        <message>
            <source>Plate quota / lottery not won</source>
            <translation>限购 / 摇号 / 指标未获</translation>
        </message>
        <message>
            <source>Purchase postponed</source>
            <translation>暂缓购买</translation>
        </message>
        <message>
            <source>Family / decision maker against it</source>
            <translation>家人 / 决策人反对</translation>
        </message>
        <message>
            <source>Unhappy with our service or dealership</source>
            <translation>对销售服务 / 经销商不满</translation>
        </message>
        <message>
            <source>Bought a used car instead</source>
            <translation>改买二手车</translation>
        </message>
        <message>
            <source>Cannot be reached</source>
            <translation>无法联系</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>CockpitDialog</name>
        <message>
            <source>Opportunity not found</source>
            <translation>找不到商机</translation>
        </message>
        <message>
            <source>This opportunity no longer exists or is not yours to see.</source>
            <translation>此商机已不存在，或您无权查看。</translation>
        </message>
        <message>
            <source>&amp;Intent level</source>
            <translation>意向级别(&amp;I)</translation>
        </message>
        <message>
            <source>Use suggestion</source>
            <translation>采用建议</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>结案…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新开启</translation>
        </message>
        <message>
            <source>Cannot show the opportunity</source>
            <translation>无法显示此商机</translation>
        </message>
        <message>
            <source>No phone</source>
            <translation>无电话</translation>
        </message>
        <message>
            <source>Cockpit · %1</source>
            <translation>销售驾驶舱 · %1</translation>
        </message>
        <message>
            <source>Suggested: %1</source>
            <translation>建议：%1</translation>
        </message>
        <message>
            <source>Matches the suggestion</source>
            <translation>与建议一致</translation>
        </message>
        <message>
            <source>Next follow-up: %1</source>
            <translation>下次跟进日期：%1</translation>
        </message>
        <message>
            <source>No follow-up scheduled</source>
            <translation>未安排跟进</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Lower the intent level</source>
            <translation>调低意向级别</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>CompareSection</name>
        <message>
            <source>Pick up to three trims in the Recommended or Catalogue tab and add them here to compare them side by side.</source>
            <translation>在“推荐”或“车型目录”页选择最多三个车款加入，即可在此并排对比。</translation>
        </message>
        <message>
            <source>Remove the selected trim</source>
            <translation>移除选中的车款</translation>
        </message>
        <message>
            <source>Print comparison…</source>
            <translation>打印对比表…</translation>
        </message>
        <message>
            <source>Competitor &amp;compared:</source>
            <translation>对比的竞品(&amp;C)：</translation>
        </message>
        <message>
            <source>Brand and model the customer compares</source>
            <translation>客户对比的品牌与车型</translation>
        </message>
        <message>
            <source>Compare factually; never disparage a competitor.</source>
            <translation>客观对比，绝不贬低竞品。</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>厂商指导价</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>供货情况</translation>
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
            <source>Seats</source>
            <translation>座位数</translation>
        </message>
        <message>
            <source>Engine displacement</source>
            <translation>排量</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>最大功率</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>电池容量</translation>
        </message>
        <message>
            <source>Electric range</source>
            <translation>纯电续航</translation>
        </message>
    </context>
    <context>
        <name>ComparisonPreview</name>
        <message>
            <source>Not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <source>Trim comparison</source>
            <translation>车型配置对比表</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>文档语言(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>ContractBox</name>
        <message>
            <source>Contract and deposit receipt</source>
            <translation>合同与订金收据</translation>
        </message>
        <message>
            <source>&amp;Buyer:</source>
            <translation>买受人(&amp;B)：</translation>
        </message>
        <message>
            <source>ID &amp;number:</source>
            <translation>证件号码(&amp;N)：</translation>
        </message>
        <message>
            <source>Representative:</source>
            <translation>法定代表人：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>电子邮箱：</translation>
        </message>
        <message>
            <source>Registered owner:</source>
            <translation>登记车主：</translation>
        </message>
        <message>
            <source>Taken home for review on:</source>
            <translation>带回审阅日：</translation>
        </message>
        <message>
            <source>&amp;Signed on:</source>
            <translation>签约日期(&amp;S)：</translation>
        </message>
        <message>
            <source>Signed at:</source>
            <translation>签约地点：</translation>
        </message>
        <message>
            <source>Delivery date:</source>
            <translation>交车日期：</translation>
        </message>
        <message>
            <source>Delivery place:</source>
            <translation>交车地点：</translation>
        </message>
        <message>
            <source>Max. odometer at delivery (km):</source>
            <translation>交车里程上限（公里）：</translation>
        </message>
        <message>
            <source>Balance due on:</source>
            <translation>尾款日期：</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>if not the buyer</source>
            <translation>与买受人不同时填写</translation>
        </message>
        <message>
            <source>Taiwan: the buyer must have at least 3 days to review the contract.</source>
            <translation>台湾：买方至少须有 3 日合同审阅期。</translation>
        </message>
        <message>
            <source>The buyer is a company</source>
            <translation>买方为公司</translation>
        </message>
        <message>
            <source>ID type:</source>
            <translation>证件类型：</translation>
        </message>
        <message>
            <source>Delivery:</source>
            <translation>交车方式：</translation>
        </message>
        <message>
            <source>Special terms:</source>
            <translation>特别约定：</translation>
        </message>
        <message>
            <source>&amp;Create contract</source>
            <translation>创建合同(&amp;C)</translation>
        </message>
        <message>
            <source>Deposit paid by:</source>
            <translation>订金付款方式：</translation>
        </message>
        <message>
            <source>Transfer or card reference</source>
            <translation>转账或刷卡参考号</translation>
        </message>
        <message>
            <source>Issue deposit &amp;receipt</source>
            <translation>开具订金收据(&amp;R)</translation>
        </message>
        <message>
            <source>National ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>居住证</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他证件</translation>
        </message>
        <message>
            <source>Collected at the dealership</source>
            <translation>买方到店提车</translation>
        </message>
        <message>
            <source>Delivered to the buyer</source>
            <translation>送车上门</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>No contract yet.</source>
            <translation>尚未创建合同。</translation>
        </message>
        <message>
            <source>Contract %1 signed on %2 (template version %3).</source>
            <translation>合同 %1 已于 %2 签订（范本版本 %3）。</translation>
        </message>
        <message>
            <source>Receipt %1</source>
            <translation>收据 %1</translation>
        </message>
    </context>
    <context>
        <name>ContractTemplatesButton</name>
        <message>
            <source>Contract templates…</source>
            <translation>合同范本…</translation>
        </message>
        <message>
            <source>Contract templates</source>
            <translation>合同范本</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change contract templates.</source>
            <translation>只有销售经理或系统管理员可以更改合同范本。</translation>
        </message>
    </context>
    <context>
        <name>ContractTemplatesEditor</name>
        <message>
            <source>Contract templates</source>
            <translation>合同范本</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>地区(&amp;R)：</translation>
        </message>
        <message>
            <source>Saving creates a new version of the region's template; new contracts use it. Signed contracts keep the version they were signed with and always reprint with that text.</source>
            <translation>保存时会创建该地区范本的新版本，新合同将使用新版本。已签订的合同保留签约时的版本，重新打印时始终使用该版本的条文。</translation>
        </message>
        <message>
            <source>Placeholders, filled in from the contract when it prints: {max_odometer_km} the odometer limit (km), {delivery_date} the delivery date, {delivery_place} the delivery place, {seller} the dealership, {buyer} the buyer.</source>
            <translation>自动填入字段（打印时由合同数据填入）：{max_odometer_km} 交车里程上限（公里）、{delivery_date} 交车日期、{delivery_place} 交车地点、{seller} 本公司名称、{buyer} 买方姓名。</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>预览(&amp;P)…</translation>
        </message>
        <message>
            <source>A sample contract with the clauses of the language shown, as typed</source>
            <translation>以当前显示语言的条款（含未保存的修改）生成合同样张</translation>
        </message>
        <message>
            <source>&amp;Save as a new version</source>
            <translation>另存为新版本(&amp;S)</translation>
        </message>
        <message>
            <source>Save as a new version (Ctrl+S)</source>
            <translation>另存为新版本（Ctrl+S）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The current version (%1), as edited</source>
            <translation>当前版本（第 %1 版）编辑中</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>日期格式</translation>
        </message>
        <message>
            <source>review period</source>
            <translation>审阅期</translation>
        </message>
        <message>
            <source>Unsaved changes (%1): Save stores them as version %2.</source>
            <translation>有未保存的修改（%1）：保存后成为第 %2 版。</translation>
        </message>
        <message>
            <source>Not saved: please correct the field marked.</source>
            <translation>未保存：请修正标出的字段。</translation>
        </message>
        <message>
            <source>Nothing to save: no clause was changed.</source>
            <translation>没有需要保存的内容：条款未经修改。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>已保存为第 %1 版。</translation>
        </message>
        <message>
            <source>Save contract template</source>
            <translation>保存合同范本</translation>
        </message>
        <message>
            <source>Version %1 was saved while you were editing. Save your changed languages on top of it anyway?</source>
            <translation>您编辑期间已有人保存了第 %1 版。仍要以该版本为基础保存您修改的语言吗？</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change contract templates.</source>
            <translation>只有销售经理或系统管理员可以更改合同范本。</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>无法预览</translation>
        </message>
        <message>
            <source>Sample contract — %1, %2</source>
            <translation>合同样张 — %1，%2</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃更改</translation>
        </message>
        <message>
            <source>Discard your unsaved changes to the contract clauses?</source>
            <translation>要放弃尚未保存的条款更改吗？</translation>
        </message>
    </context>
    <context>
        <name>CustomerActions</name>
        <message>
            <source>Not allowed</source>
            <translation>无权限</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>您的角色无权执行此操作。</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>找不到</translation>
        </message>
        <message>
            <source>This customer no longer exists.</source>
            <translation>此客户已不存在。</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>无（未分配）</translation>
        </message>
        <message>
            <source>Reassign customer</source>
            <translation>转派客户</translation>
        </message>
        <message>
            <source>New sales consultant:</source>
            <translation>新的销售顾问：</translation>
        </message>
        <message>
            <source>Export the customer's data</source>
            <translation>导出客户的个人信息</translation>
        </message>
        <message>
            <source>ZIP archive (*.zip)</source>
            <translation>ZIP 压缩文件 (*.zip)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>无法写入文件：%1</translation>
        </message>
        <message>
            <source>Erase customer</source>
            <translation>删除客户个人信息</translation>
        </message>
        <message>
            <source>Erase every piece of personal data of %1 (name, phones, address, ID, notes)? Deal records stay for the books. This cannot be undone.</source>
            <translation>要删除 %1 的所有个人信息（姓名、电话、地址、证件、备注）吗？交易记录会保留用于账务。此操作无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>CustomerProfileDialog</name>
        <message>
            <source>Customer profile</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Customer details</source>
            <translation>客户资料</translation>
        </message>
        <message>
            <source>Vehicles and service history</source>
            <translation>车辆与服务记录</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>往来记录</translation>
        </message>
        <message>
            <source>Archive &amp;complete</source>
            <translation>档案已完成(&amp;C)</translation>
        </message>
        <message>
            <source>The archive is up to date: closes the two-day archive task</source>
            <translation>客户档案已更新完成：关闭两日内建档任务</translation>
        </message>
        <message>
            <source>&amp;Print profile sheet…</source>
            <translation>打印客户档案基本资料表(&amp;P)…</translation>
        </message>
        <message>
            <source>Sales consultant: %1</source>
            <translation>销售顾问：%1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Archive %p% complete</source>
            <translation>档案完整度 %p%</translation>
        </message>
        <message>
            <source>Missing: %1</source>
            <translation>尚缺：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Every archive field is filled in.</source>
            <translation>档案字段均已填写。</translation>
        </message>
        <message>
            <source>Last visit or service: %1</source>
            <translation>最近到店／服务日期：%1</translation>
        </message>
        <message>
            <source>No visit or service recorded yet</source>
            <translation>尚无到店或服务记录</translation>
        </message>
        <message>
            <source>Archive overdue since %1</source>
            <translation>建档已逾期（期限 %1）</translation>
        </message>
        <message>
            <source>Archive due by %1</source>
            <translation>请于 %1 前完成建档</translation>
        </message>
        <message>
            <source>Archive completed %1</source>
            <translation>档案已于 %1 完成</translation>
        </message>
        <message>
            <source>No archive task open</source>
            <translation>目前没有待办的建档任务</translation>
        </message>
        <message>
            <source>Unsaved changes…</source>
            <translation>有尚未保存的更改…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Changed at another desk</source>
            <translation>已在其他电脑上修改</translation>
        </message>
        <message>
            <source>Someone else changed this customer while you were editing. Your latest changes were not saved; the profile now shows what is stored. Please enter them again.</source>
            <translation>您编辑期间，有其他人修改了这位客户的资料。您最新的更改未保存；界面已改为显示当前保存的资料，请重新输入。</translation>
        </message>
        <message>
            <source>changed at another desk; reloaded</source>
            <translation>已在其他电脑上修改，已重新加载</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>找不到资料</translation>
        </message>
        <message>
            <source>This customer no longer exists or is not yours.</source>
            <translation>这位客户已不存在，或不属于您。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Printing is not available in this version yet.</source>
            <translation>此版本尚未提供打印功能。</translation>
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
        <message>
            <source>Merge customers</source>
            <translation>合并客户</translation>
        </message>
        <message>
            <source>Keep this record (the other one's history moves into it):</source>
            <translation>保留这条记录（另一条的记录会并入）：</translation>
        </message>
        <message>
            <source>Not merged</source>
            <translation>未合并</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <source>Search: name, phone digits, plate or the last digits of a VIN (Ctrl+F)</source>
            <translation>搜索：姓名、电话号码、车牌或车架号末几位（Ctrl+F）</translation>
        </message>
        <message>
            <source>&amp;New walk-in…</source>
            <translation>新增来店客户(&amp;N)…</translation>
        </message>
        <message>
            <source>Record a walk-in: phone first (Ctrl+N)</source>
            <translation>登记来店客户：先输入电话（Ctrl+N）</translation>
        </message>
        <message>
            <source>Any intent level</source>
            <translation>所有意向级别</translation>
        </message>
        <message>
            <source>Any sales consultant</source>
            <translation>所有销售顾问</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Owns a vehicle</source>
            <translation>已有车辆</translation>
        </message>
        <message>
            <source>Maintenance due within</source>
            <translation>保养到期于</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Archive overdue</source>
            <translation>档案逾期</translation>
        </message>
        <message>
            <source>Agreed to marketing</source>
            <translation>同意营销</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
        <message>
            <source>Select the two records of one person, then merge</source>
            <translation>选中同一人的两条记录后合并</translation>
        </message>
        <message>
            <source>&amp;Print profile sheet</source>
            <translation>打印客户档案(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Export &amp;list…</source>
            <translation>导出名单(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Reassign…</source>
            <translation>转派(&amp;R)…</translation>
        </message>
        <message>
            <source>E&amp;xport data…</source>
            <translation>导出个人信息(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>删除个人信息(&amp;E)…</translation>
        </message>
        <message>
            <source>Due for deletion…</source>
            <translation>待删除名单…</translation>
        </message>
        <message>
            <source>Forget this customer on their request: personal data is removed, deal records stay</source>
            <translation>应客户要求删除其个人信息：移除个人信息，保留交易记录</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>共 %n 位客户</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Pick from the calendar</source>
            <translation>从日历选择</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>DealDocumentPreview</name>
        <message>
            <source>Document &amp;language:</source>
            <translation>文件语言(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Bilingual (Chinese and English)</source>
            <translation>中英对照(&amp;B)</translation>
        </message>
        <message>
            <source>Print the full &amp;ID number</source>
            <translation>打印完整证件号码(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>DealDocuments</name>
        <message>
            <source>Quotation</source>
            <extracomment>document code -&gt; (file name stem, whether a full ID can be printed)</extracomment>
            <translation>报价单</translation>
        </message>
        <message>
            <source>Payment comparison</source>
            <translation>付款方案对比表</translation>
        </message>
        <message>
            <source>Repayment schedule</source>
            <translation>贷款还款计划表</translation>
        </message>
        <message>
            <source>Vehicle purchase contract</source>
            <translation>汽车买卖合同</translation>
        </message>
        <message>
            <source>Deposit receipt</source>
            <translation>订金收据</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>配置确认单</translation>
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
        <name>Delivery</name>
        <message>
            <source>D+0 evening message (SMS / LINE / WeChat): thanks; arrived home safely? Your direct contact.</source>
            <extracomment>DOMAIN.md §5.2, the days after delivery: (offset in days, purpose)</extracomment>
            <translation>D+0 晚间消息（短信／LINE／微信）：致谢；是否平安到家？留下您的联系方式。</translation>
        </message>
        <message>
            <source>D+1 call within 24 h: thank-you; any questions about functions; registration or documents status.</source>
            <translation>D+1 24 小时内回访电话：致谢；功能使用有无疑问；上牌或资料进度。</translation>
        </message>
        <message>
            <source>D+3 call: how is the car; usage problems; explain features again; ask for referrals.</source>
            <translation>D+3 回访电话：车况如何；使用问题；再次讲解功能；请求转介绍。</translation>
        </message>
        <message>
            <source>D+7 call (salesperson or manager): satisfaction; forewarn of the brand's satisfaction survey (SSI/CSI); handle complaints.</source>
            <translation>D+7 回访电话（销售顾问或经理）：满意度；预告厂家满意度调查（SSI/CSI）；处理投诉。</translation>
        </message>
        <message>
            <source>D+30 call or visit: usage check; first-maintenance reminder; owners' club or event invitation; referral.</source>
            <translation>D+30 回访电话或拜访：用车情况；首保提醒；车友会或活动邀请；转介绍。</translation>
        </message>
        <message>
            <source>First maintenance due in 14 days: book the service.</source>
            <translation>14 天后首保到期：请预约保养。</translation>
        </message>
        <message>
            <source>First maintenance due in 3 days: book the service.</source>
            <translation>3 天后首保到期：请预约保养。</translation>
        </message>
        <message>
            <source>Insurance expires in 60 days: renewal quote.</source>
            <translation>保险 60 天后到期：提供续保报价。</translation>
        </message>
        <message>
            <source>Insurance expires in 30 days: renewal quote.</source>
            <translation>保险 30 天后到期：提供续保报价。</translation>
        </message>
        <message>
            <source>Insurance expires in 7 days: renewal quote.</source>
            <translation>保险 7 天后到期：提供续保报价。</translation>
        </message>
        <message>
            <source>Keep in touch: events and new services.</source>
            <translation>保持联系：活动与新服务。</translation>
        </message>
        <message>
            <source>Purchase anniversary: greeting; keep in touch (events and new services).</source>
            <translation>购车周年：致意问候；保持联系（活动与新服务）。</translation>
        </message>
        <message>
            <source>Delivery appointment: confirm the time and remind the customer what to bring (ID, balance, trade-in documents).</source>
            <extracomment>"Every 3 months (year 1), then every 6 months", planned for two years; months 12 and 24 are the purchase anniversaries, one greeting each instead of a second contact that day. The reminder before the delivery appointment (DOMAIN.md §4.8 "Before delivery").</extracomment>
            <translation>交车预约：确认时间，并提醒客户携带证件、尾款及置换车辆资料。</translation>
        </message>
        <message>
            <source>Documents</source>
            <extracomment>Cars with a traction battery charged from the grid. Cars with a combustion engine. CN: a document the dealer must hand over (汽車銷售管理辦法 Art. 16) DOMAIN.md §4.8 "PDI checklist template" (group -&gt; items). The sign-off (technician, date) is stored in its own columns; the quality check is the one item of the last group.</extracomment>
            <translation>文件</translation>
        </message>
        <message>
            <source>VIN on the car matches the certificate and the invoice</source>
            <translation>车身车架号与合格证及发票一致</translation>
        </message>
        <message>
            <source>Build date</source>
            <translation>出厂日期</translation>
        </message>
        <message>
            <source>Odometer reading</source>
            <translation>里程表读数</translation>
        </message>
        <message>
            <source>Exterior</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Paint: scratches, dents, colour mismatch</source>
            <translation>漆面：划痕、凹陷、色差</translation>
        </message>
        <message>
            <source>Panel gaps</source>
            <translation>钣金缝隙</translation>
        </message>
        <message>
            <source>Glass</source>
            <translation>玻璃</translation>
        </message>
        <message>
            <source>Lights</source>
            <translation>灯光</translation>
        </message>
        <message>
            <source>Mirrors</source>
            <translation>后视镜</translation>
        </message>
        <message>
            <source>Wipers</source>
            <translation>雨刮</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>车标</translation>
        </message>
        <message>
            <source>Wheels</source>
            <translation>轮毂</translation>
        </message>
        <message>
            <source>Tyres: pressure and DOT date</source>
            <translation>轮胎：胎压与生产日期（DOT）</translation>
        </message>
        <message>
            <source>Interior</source>
            <translation>内饰</translation>
        </message>
        <message>
            <source>Seats and seat adjustment</source>
            <translation>座椅与座椅调节</translation>
        </message>
        <message>
            <source>Interior trim</source>
            <translation>内饰板</translation>
        </message>
        <message>
            <source>Headliner</source>
            <translation>车顶内衬</translation>
        </message>
        <message>
            <source>Carpets</source>
            <translation>地毯</translation>
        </message>
        <message>
            <source>Seat belts</source>
            <translation>安全带</translation>
        </message>
        <message>
            <source>Airbag warning lamp</source>
            <translation>安全气囊指示灯</translation>
        </message>
        <message>
            <source>Infotainment</source>
            <translation>信息娱乐系统</translation>
        </message>
        <message>
            <source>Air conditioning</source>
            <translation>空调</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>车窗</translation>
        </message>
        <message>
            <source>Sunroof</source>
            <translation>天窗</translation>
        </message>
        <message>
            <source>Locks</source>
            <translation>门锁</translation>
        </message>
        <message>
            <source>Remote keys</source>
            <translation>遥控钥匙</translation>
        </message>
        <message>
            <source>Under the bonnet</source>
            <translation>发动机舱</translation>
        </message>
        <message>
            <source>Engine oil</source>
            <translation>机油</translation>
        </message>
        <message>
            <source>Coolant</source>
            <translation>冷却液</translation>
        </message>
        <message>
            <source>Brake fluid</source>
            <translation>制动液</translation>
        </message>
        <message>
            <source>Washer fluid</source>
            <translation>玻璃水</translation>
        </message>
        <message>
            <source>12 V battery voltage</source>
            <translation>12 V 蓄电池电压</translation>
        </message>
        <message>
            <source>Belts</source>
            <translation>皮带</translation>
        </message>
        <message>
            <source>Hoses</source>
            <translation>管路</translation>
        </message>
        <message>
            <source>No leaks</source>
            <translation>无渗漏</translation>
        </message>
        <message>
            <source>High-voltage battery charged to the target (e.g. 80 % or more)</source>
            <translation>动力电池已充至目标电量（例如 80 % 以上）</translation>
        </message>
        <message>
            <source>Battery and motor coolant</source>
            <translation>电池与电机冷却液</translation>
        </message>
        <message>
            <source>Underbody</source>
            <translation>底盘</translation>
        </message>
        <message>
            <source>No leaks underneath</source>
            <translation>底盘无渗漏</translation>
        </message>
        <message>
            <source>No damage underneath</source>
            <translation>底盘无损伤</translation>
        </message>
        <message>
            <source>Exhaust</source>
            <translation>排气系统</translation>
        </message>
        <message>
            <source>Suspension</source>
            <translation>悬架</translation>
        </message>
        <message>
            <source>Road test</source>
            <translation>路试</translation>
        </message>
        <message>
            <source>Starts normally</source>
            <translation>启动正常</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>怠速</translation>
        </message>
        <message>
            <source>Shifting</source>
            <translation>换挡</translation>
        </message>
        <message>
            <source>Brakes</source>
            <translation>制动</translation>
        </message>
        <message>
            <source>Steering</source>
            <translation>转向</translation>
        </message>
        <message>
            <source>No unusual noises</source>
            <translation>无异响</translation>
        </message>
        <message>
            <source>No warning lamps</source>
            <translation>无故障灯点亮</translation>
        </message>
        <message>
            <source>Diagnostic scan shows no fault codes (DTCs)</source>
            <translation>诊断扫描无故障码（DTC）</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>整备</translation>
        </message>
        <message>
            <source>Protective films removed</source>
            <translation>保护膜已去除</translation>
        </message>
        <message>
            <source>Accessories installed</source>
            <translation>精品已加装</translation>
        </message>
        <message>
            <source>Clock and language set</source>
            <translation>时钟与语言已设置</translation>
        </message>
        <message>
            <source>Software up to date</source>
            <translation>软件已更新至最新版本</translation>
        </message>
        <message>
            <source>Washed and cleaned</source>
            <translation>已清洗整理</translation>
        </message>
        <message>
            <source>Loose items</source>
            <translation>随车物品</translation>
        </message>
        <message>
            <source>Spare tyre or repair kit</source>
            <extracomment>DOMAIN.md §4.8 step 4: the tools handed over (the keys are counted separately).</extracomment>
            <translation>备胎或补胎工具</translation>
        </message>
        <message>
            <source>Jack</source>
            <translation>千斤顶</translation>
        </message>
        <message>
            <source>Warning triangle</source>
            <translation>三角警示牌</translation>
        </message>
        <message>
            <source>Tow hook</source>
            <translation>拖车钩</translation>
        </message>
        <message>
            <source>Charging cable</source>
            <translation>充电枪线</translation>
        </message>
        <message>
            <source>Manuals</source>
            <translation>手册</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>签核</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>质量检查</translation>
        </message>
        <message>
            <source>Certificate of conformity (import certificates for imported cars)</source>
            <extracomment>Documents handed over with the car (隨車文件). CN: the five items of 汽車銷售管理辦法 Art. 16 are required by law, the rest are usual [V]; TW [K]; HK has no list in DOMAIN.md, this one is the usual dealer pack [K][CFG].</extracomment>
            <translation>整车出厂合格证（进口车为进口证明文件）</translation>
        </message>
        <message>
            <source>Vehicle consistency certificate</source>
            <translation>车辆一致性证书</translation>
        </message>
        <message>
            <source>Owner's manual in Chinese</source>
            <translation>中文使用说明书</translation>
        </message>
        <message>
            <source>Warranty and maintenance manual</source>
            <translation>保修及保养手册</translation>
        </message>
        <message>
            <source>Repair, replacement and return (three guarantees) certificate</source>
            <translation>三包凭证</translation>
        </message>
        <message>
            <source>Motor vehicle sales invoice</source>
            <translation>机动车销售统一发票</translation>
        </message>
        <message>
            <source>Insurance policy</source>
            <translation>保险单</translation>
        </message>
        <message>
            <source>Purchase tax payment proof</source>
            <translation>车辆购置税完税证明</translation>
        </message>
        <message>
            <source>Registration documents (if the dealer registered the car)</source>
            <translation>上牌资料（由经销商代办时）</translation>
        </message>
        <message>
            <source>Uniform invoice</source>
            <translation>统一发票</translation>
        </message>
        <message>
            <source>Factory certificate, or import and commodity tax certificates</source>
            <translation>出厂证明，或进口与货物税完税证明</translation>
        </message>
        <message>
            <source>Warranty booklet</source>
            <translation>质保手册</translation>
        </message>
        <message>
            <source>Owner's manual</source>
            <translation>车主手册</translation>
        </message>
        <message>
            <source>Vehicle registration certificate and plates (if registered)</source>
            <translation>行驶证及车牌（已上牌时）</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <source>Warranty and service booklet</source>
            <translation>质保及保养手册</translation>
        </message>
        <message>
            <source>Insurance policy or cover note</source>
            <translation>保险单或暂保单</translation>
        </message>
        <message>
            <source>Vehicle registration document, licence and plates (if registered)</source>
            <translation>车辆登记文件、牌照及车牌（已登记时）</translation>
        </message>
        <message>
            <source>Seat and mirror memory</source>
            <extracomment>DOMAIN.md §4.8 steps 5 and 6: what the salesperson explains before the car leaves.</extracomment>
            <translation>座椅与后视镜记忆</translation>
        </message>
        <message>
            <source>Infotainment and phone pairing</source>
            <translation>信息娱乐系统与手机配对</translation>
        </message>
        <message>
            <source>App account</source>
            <translation>App 账号</translation>
        </message>
        <message>
            <source>Driver assistance (ADAS)</source>
            <translation>驾驶辅助系统（ADAS）</translation>
        </message>
        <message>
            <source>Fuel type and refuelling</source>
            <translation>燃油标号与加油</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>充电</translation>
        </message>
        <message>
            <source>Tyre pressure</source>
            <translation>胎压</translation>
        </message>
        <message>
            <source>Warning lights</source>
            <translation>故障指示灯</translation>
        </message>
        <message>
            <source>What to do in an emergency</source>
            <translation>紧急情况处理</translation>
        </message>
        <message>
            <source>Roadside assistance number</source>
            <translation>道路救援电话</translation>
        </message>
        <message>
            <source>Warranty terms</source>
            <translation>质保条款</translation>
        </message>
        <message>
            <source>First maintenance (km or months)</source>
            <translation>首保（里程或月数）</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPanel</name>
        <message>
            <source>Unsaved input restored — check it; it saves by itself.</source>
            <translation>已恢复未保存的输入内容，请确认；确认无误后会自动保存。</translation>
        </message>
        <message>
            <source>Open the deal desk</source>
            <translation>打开议价台</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交车</translation>
        </message>
        <message>
            <source>&amp;Mark delivered</source>
            <translation>标记为已交车(&amp;M)</translation>
        </message>
        <message>
            <source>Delivery &amp;confirmation…</source>
            <translation>交车确认单(&amp;C)…</translation>
        </message>
        <message>
            <source>Ceremony c&amp;ertificate…</source>
            <translation>交车证书(&amp;E)…</translation>
        </message>
        <message>
            <source>This opportunity has no deal yet. Work out the deal and sign the contract on the deal desk (Closing) first; the delivery is prepared here afterwards.</source>
            <translation>此商机尚无交易。请先在议价台（签约成交）谈妥交易并签约，之后再在此准备交车。</translation>
        </message>
        <message>
            <source>This deal was cancelled: there is nothing to deliver.</source>
            <translation>此交易已取消：没有需要交车的车辆。</translation>
        </message>
        <message>
            <source>The deal has no signed contract yet. Create the contract on the deal desk (Closing) first: the delivered car is checked against it.</source>
            <translation>此交易尚未签约。请先在议价台（签约成交）创建合同：交车时会按合同核对车辆。</translation>
        </message>
        <message>
            <source>Delivered on %1</source>
            <translation>已于 %1 交车</translation>
        </message>
        <message>
            <source>Delivery booked for %1</source>
            <translation>交车已预约于 %1</translation>
        </message>
        <message>
            <source>No delivery appointment yet.</source>
            <translation>尚未预约交车。</translation>
        </message>
        <message>
            <source>✓ This car has been delivered.</source>
            <translation>✓ 此车已交车。</translation>
        </message>
        <message>
            <source>Not booked yet: pick the time and book it; a reminder follows.</source>
            <translation>尚未预约：请选择时间并预约，系统会创建提醒。</translation>
        </message>
        <message>
            <source>Booked. Reminder to confirm with the customer (ID, balance, trade-in papers) on %1.</source>
            <translation>已预约。将于 %1 提醒您与客户确认（身份证件、尾款、置换车辆资料）。</translation>
        </message>
        <message>
            <source>Contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <source>VIN %1</source>
            <translation>车架号 %1</translation>
        </message>
        <message>
            <source>at most %1 km at delivery</source>
            <translation>交车里程上限 %1 公里</translation>
        </message>
        <message>
            <source>First maintenance: %1</source>
            <translation>首保：%1</translation>
        </message>
        <message>
            <source>First maintenance: worked out when the car is marked delivered (from the model's first-service interval).</source>
            <translation>首保：标记交车时按车型的首保周期计算。</translation>
        </message>
        <message>
            <source>Loan from %1 disbursed ✓</source>
            <translation>%1 贷款已放款 ✓</translation>
        </message>
        <message>
            <source>Loan from %1 is not disbursed yet (finance stage): delivery waits for the disbursement, or asks you to confirm.</source>
            <translation>%1 贷款尚未放款（金融服务阶段）：交车需等待放款，否则会请您确认。</translation>
        </message>
        <message>
            <source>No loan recorded: tick “Payment settled” once the balance is received.</source>
            <translation>无贷款记录：收到尾款后请勾选“款项已结清”。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <extracomment>where each hard error of ``mark_delivered`` is shown (others: next to the button)</extracomment>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Choose the ceremony photo</source>
            <translation>选择交车合影</translation>
        </message>
        <message>
            <source>Pictures (%1)</source>
            <translation>图片 (%1)</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>无法读取此文件。</translation>
        </message>
        <message>
            <source>Photo not used</source>
            <translation>未使用此照片</translation>
        </message>
        <message>
            <source>The file %1 does not exist (any more).</source>
            <translation>文件 %1 不存在（或已被删除）。</translation>
        </message>
        <message>
            <source>Delivery certificate</source>
            <translation>交车证书</translation>
        </message>
        <message>
            <source>Delivery confirmation</source>
            <translation>交车确认单</translation>
        </message>
        <message>
            <source>Some input is not saved yet (marked in red): correct it first.</source>
            <translation>部分输入尚未保存（以红字标示）：请先更正。</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>未交车</translation>
        </message>
        <message>
            <source>Before the car leaves, note:
%1

Mark the car delivered anyway?</source>
            <translation>车辆离店前请注意：
%1

仍要标记为已交车吗？</translation>
        </message>
        <message>
            <source>Mark delivered?</source>
            <translation>标记为已交车？</translation>
        </message>
        <message>
            <source>Not delivered. Fix these first:</source>
            <translation>尚未交车。请先处理以下问题：</translation>
        </message>
        <message numerus="yes">
            <source>✓ Delivered. %n follow-up(s) planned for after-sales.</source>
            <translation>
                <numerusform>✓ 已交车。已安排 %n 项售后回访。</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the kilometres as a whole number.</source>
            <translation>请以整数输入公里数。</translation>
        </message>
    </context>
    <context>
        <name>DepositBox</name>
        <message>
            <source>Deposit</source>
            <translation>订金</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>款项性质(&amp;K)：</translation>
        </message>
        <message>
            <source>定金 — earnest money (forfeit or double)</source>
            <translation>定金（违约没收或双倍返还）</translation>
        </message>
        <message>
            <source>订金 — prepayment (refundable)</source>
            <translation>订金（预付款，可退）</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>金额(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>收款日期(&amp;R)：</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Special order (limited, custom or special-order car)</source>
            <translation>特殊订单（限量、定制或特殊规格车）</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>理由(&amp;E)：</translation>
        </message>
        <message>
            <source>Needed when the deposit is above the cap</source>
            <translation>订金超过上限时必填</translation>
        </message>
        <message>
            <source>定金 (earnest money): if the buyer backs out it is forfeited; if the dealer backs out it is returned double. At most 20 % of the price counts as 定金 (Civil Code Art. 586–587).</source>
            <translation>定金：买方违约的无权请求返还；卖方违约的应当双倍返还。超过价款 20% 的部分不产生定金效力（民法典第 586–587 条）。</translation>
        </message>
        <message>
            <source>订金 (prepayment): part of the price paid in advance, no penalty effect; generally refundable. The receipt and contract must say which one it is.</source>
            <translation>订金（预付款）：预先支付的部分价款，不具有违约罚则效力，一般可退还。收据和合同须写明是哪一种。</translation>
        </message>
        <message>
            <source>訂金 works like earnest money (Civil Code §249): forfeited if the buyer backs out, returned double if the dealer does. At most 10 % of the price unless it is a special order.</source>
            <translation>订金依台湾“民法”第 249 条具有定金效力：买方违约不得请求返还，卖方违约应加倍返还。除特殊订单外，不得超过总价 10%。</translation>
        </message>
        <message>
            <source>訂金 (deposit): its terms are as written in the sales agreement.</source>
            <translation>订金：其条件以购车合约所载为准。</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <source>Document &amp;language:</source>
            <translation>文件语言(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>DriveBox</name>
        <message>
            <source>3. The drive</source>
            <translation>3. 试驾</translation>
        </message>
        <message>
            <source>Odometer &amp;out:</source>
            <translation>出发里程(&amp;O)：</translation>
        </message>
        <message>
            <source>Odo&amp;meter in:</source>
            <translation>返回里程(&amp;M)：</translation>
        </message>
        <message>
            <source>S&amp;tart drive</source>
            <translation>开始试驾(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Finish drive</source>
            <translation>结束试驾(&amp;F)</translation>
        </message>
        <message>
            <source>Before the drive: a licence that passes the check, and the signed agreement.</source>
            <translation>试驾前尚需：通过核验的驾驶证，以及已签署的协议书。</translation>
        </message>
        <message>
            <source>Before the drive: a licence that passes the check.</source>
            <translation>试驾前尚需：通过核验的驾驶证。</translation>
        </message>
        <message>
            <source>Before the drive: the signed agreement.</source>
            <translation>试驾前尚需：已签署的协议书。</translation>
        </message>
        <message>
            <source>Ready: note the odometer and start the drive.</source>
            <translation>准备就绪：记下里程数后即可开始试驾。</translation>
        </message>
        <message>
            <source>On the road. Note the odometer when the car is back.</source>
            <translation>试驾中。车辆返回时请记下里程数。</translation>
        </message>
        <message>
            <source>Finished. Ask for the customer's feedback.</source>
            <translation>已结束。请询问客户的试驾评价。</translation>
        </message>
        <message>
            <source>This booking was cancelled.</source>
            <translation>此预约已取消。</translation>
        </message>
        <message>
            <source>Out: %1</source>
            <translation>出发：%1</translation>
        </message>
        <message>
            <source>Back: %1</source>
            <translation>返回：%1</translation>
        </message>
        <message>
            <source>%1 km driven</source>
            <translation>行驶 %1 公里</translation>
        </message>
        <message>
            <source>%1 km is more than twice the route length (%2 km). Please check the readings; it can still be saved.</source>
            <translation>%1 公里超过路线长度（%2 公里）的两倍。请确认里程读数；仍可保存。</translation>
        </message>
    </context>
    <context>
        <name>EntryListEditor</name>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>上移（Alt+Up）</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>下移（Alt+Down）</translation>
        </message>
        <message>
            <source>Required (untick for optional)</source>
            <translation>必填（取消勾选则为选填）</translation>
        </message>
        <message>
            <source>Item text</source>
            <translation>项目内容</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>(no text yet)</source>
            <translation>（尚无内容）</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>选填</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBox</name>
        <message>
            <source>4. Feedback</source>
            <translation>4. 试驾评价</translation>
        </message>
        <message>
            <source>Design:</source>
            <translation>外观设计：</translation>
        </message>
        <message>
            <source>Comfort:</source>
            <translation>乘坐舒适：</translation>
        </message>
        <message>
            <source>Power:</source>
            <translation>动力表现：</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>操控：</translation>
        </message>
        <message>
            <source>Quietness:</source>
            <translation>静谧性：</translation>
        </message>
        <message>
            <source>Technology:</source>
            <translation>科技配置：</translation>
        </message>
        <message>
            <source>— not rated</source>
            <translation>— 未评分</translation>
        </message>
        <message>
            <source>1 · poor</source>
            <translation>1 · 差</translation>
        </message>
        <message>
            <source>2 · fair</source>
            <translation>2 · 一般</translation>
        </message>
        <message>
            <source>3 · good</source>
            <translation>3 · 好</translation>
        </message>
        <message>
            <source>4 · very good</source>
            <translation>4 · 很好</translation>
        </message>
        <message>
            <source>5 · excellent</source>
            <translation>5 · 非常好</translation>
        </message>
        <message>
            <source>What the customer said:</source>
            <translation>客户意见：</translation>
        </message>
    </context>
    <context>
        <name>FinancePanel</name>
        <message>
            <source>Open the deal desk</source>
            <translation>打开议价台</translation>
        </message>
        <message>
            <source>&amp;New application to another lender…</source>
            <translation>向其他金融机构申请(&amp;N)…</translation>
        </message>
        <message>
            <source>Unsaved input restored — check it.</source>
            <translation>已恢复未保存的输入内容，请确认。</translation>
        </message>
        <message>
            <source>This opportunity has no deal yet. The loan plans are worked out on the deal desk (Closing); the applications to the lender are followed here.</source>
            <translation>此商机尚无交易。贷款方案在议价台（签约成交）试算；提交给金融机构后在此跟进。</translation>
        </message>
        <message>
            <source>The deal has no loan plan: the customer pays in full. Add a loan plan on the deal desk if the customer wants one, or mark this stage not applicable.</source>
            <translation>此交易没有贷款方案：客户全款购车。如客户需要贷款，请在议价台添加贷款方案；否则可将此阶段标记为不适用。</translation>
        </message>
        <message>
            <source>✓ Loan disbursed by %1: the car can be delivered.</source>
            <translation>✓ %1 已放款：可以交车。</translation>
        </message>
        <message>
            <source>Delivery waits until the loan is disbursed. Delivering earlier needs a confirmation on the delivery page.</source>
            <translation>贷款放款后才交车。提前交车须在交车页面确认。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Somebody else changed this application meanwhile. Check the terms and save again.</source>
            <translation>这份申请刚被其他人修改过。请确认条件后再保存一次。</translation>
        </message>
        <message>
            <source>Repayment schedule</source>
            <translation>贷款还款明细表</translation>
        </message>
    </context>
    <context>
        <name>FinanceTexts</name>
        <message>
            <source>Equal instalment</source>
            <translation>等额本息</translation>
        </message>
        <message>
            <source>Equal principal</source>
            <translation>等额本金</translation>
        </message>
        <message>
            <source>Balloon</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Flat rate</source>
            <translation>平息</translation>
        </message>
        <message>
            <source>0 % + fee</source>
            <translation>0% + 手续费</translation>
        </message>
        <message>
            <source>0 % (fee instead)</source>
            <translation>0%（改收手续费）</translation>
        </message>
        <message>
            <source>%1 flat a year</source>
            <translation>年平息 %1</translation>
        </message>
        <message>
            <source>%1 a year</source>
            <translation>年利率 %1</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Approved with conditions</source>
            <translation>附条件批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Loan contract signed</source>
            <translation>已签订贷款合同</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>已放款</translation>
        </message>
        <message>
            <source>Back to draft (correct and resend)</source>
            <translation>退回草稿（修正后重新提交）</translation>
        </message>
        <message>
            <source>Submit to the lender</source>
            <translation>提交给金融机构</translation>
        </message>
        <message>
            <source>Rejected…</source>
            <translation>已拒绝…</translation>
        </message>
        <message>
            <source>Loan disbursed</source>
            <translation>已放款</translation>
        </message>
        <message>
            <source>Repayment method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <source>Loan amount</source>
            <translation>贷款金额</translation>
        </message>
        <message>
            <source>Down payment</source>
            <translation>首付</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>期数</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>利率</translation>
        </message>
        <message>
            <source>Handling fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <source>Monthly payment</source>
            <translation>月供</translation>
        </message>
        <message>
            <source>Total interest</source>
            <translation>总利息</translation>
        </message>
        <message>
            <source>Total repaid</source>
            <translation>还款总额</translation>
        </message>
        <message>
            <source>APR (true annual rate)</source>
            <translation>实际年化利率（APR）</translation>
        </message>
        <message>
            <source>Effective annual rate</source>
            <translation>有效年利率（EAR）</translation>
        </message>
        <message>
            <source>%1, spread into the instalments</source>
            <translation>%1，分摊到各期</translation>
        </message>
        <message>
            <source>%1, paid up front</source>
            <translation>%1，放款时先付</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 期</translation>
        </message>
        <message>
            <source>%1 (last %2)</source>
            <translation>%1（末期 %2）</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>身份证件</translation>
        </message>
        <message>
            <source>Proof of income</source>
            <translation>收入证明</translation>
        </message>
        <message>
            <source>Bank statements</source>
            <translation>银行流水</translation>
        </message>
        <message>
            <source>Proof of address</source>
            <translation>住址证明</translation>
        </message>
        <message>
            <source>Consent to the credit check (signed)</source>
            <translation>征信授权书（已签署）</translation>
        </message>
        <message>
            <source>Business licence (company buyer)</source>
            <translation>营业执照（公司买方）</translation>
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
        <message>
            <source>Your &amp;PIN</source>
            <translation>您的 PIN 码(&amp;P)</translation>
        </message>
        <message>
            <source>At least %1 characters: digits or a password</source>
            <translation>至少 %1 个字符：数字或密码</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN</source>
            <translation>再次输入 PIN 码(&amp;R)</translation>
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
        <name>HandoverBox</name>
        <message>
            <source>Handover</source>
            <translation>交车交接</translation>
        </message>
        <message>
            <source>Documents handed over</source>
            <translation>随车文件</translation>
        </message>
        <message>
            <source>Functions explained</source>
            <translation>功能讲解</translation>
        </message>
        <message>
            <source>Tools and loose items</source>
            <translation>随车工具及附件</translation>
        </message>
        <message>
            <source>✓ handed over</source>
            <translation>✓ 已交付</translation>
        </message>
        <message>
            <source>✓ explained</source>
            <translation>✓ 已讲解</translation>
        </message>
        <message>
            <source>All handed over</source>
            <translation>全部已交付</translation>
        </message>
        <message>
            <source>All explained</source>
            <translation>全部已讲解</translation>
        </message>
        <message>
            <source>&amp;Keys handed over:</source>
            <translation>交付钥匙数量(&amp;K)：</translation>
        </message>
        <message>
            <source>Customer agrees to share the ceremony photo</source>
            <translation>客户同意公开交车合影</translation>
        </message>
        <message>
            <source>Payment &amp;settled (balance received)</source>
            <translation>款项已结清（已收尾款）(&amp;S)</translation>
        </message>
        <message>
            <source>Loan &amp;disbursed</source>
            <translation>贷款已放款(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>HandoverRow</name>
        <message>
            <source>(required by law)</source>
            <translation>（法定必交）</translation>
        </message>
        <message>
            <source>— open</source>
            <translation>— 未完成</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Why does this not apply? (one line)</source>
            <translation>为何不适用？（一行）</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>Choose a CSV or Excel file to import.</source>
            <translation>请选择要导入的 CSV 或 Excel 文件。</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <translation>重新加载(&amp;L)</translation>
        </message>
        <message>
            <source>Which field does each column of the file hold?</source>
            <translation>文件中的每一列分别对应哪个字段？</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Phone already known:</source>
            <translation>电话已存在时：</translation>
        </message>
        <message>
            <source>&amp;Merge into that customer</source>
            <translation>合并到该客户(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Skip the row</source>
            <translation>跳过这一行(&amp;S)</translation>
        </message>
        <message>
            <source>Leave the customers &amp;unassigned</source>
            <translation>不分配销售顾问(&amp;U)</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>检查(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>电子表格 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n rows read. Check the fields, then press Check.</source>
            <translation>
                <numerusform>已读取 %n 行。请确认字段，然后点击“检查”。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was saved.</source>
            <translation>已取消导入，未保存任何数据。</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <source>Your role does not allow exporting customers.</source>
            <translation>您的角色无权导出客户数据。</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n customers saved to %1.</source>
            <translation>
                <numerusform>已将 %n 位客户保存到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>The customers could not be exported: %1</source>
            <translation>无法导出客户：%1</translation>
        </message>
        <message>
            <source>Exporting customers…</source>
            <translation>正在导出客户…</translation>
        </message>
        <message>
            <source>Importing customers…</source>
            <translation>正在导入客户…</translation>
        </message>
        <message>
            <source>The file could not be imported: %1</source>
            <translation>无法导入此文件：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be imported. Correct them in the file, save it and press Load again.</source>
            <translation>
                <numerusform>有 %n 行无法导入。请在文件中修正并保存，然后点击“重新加载”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n rows can be imported.</source>
            <translation>
                <numerusform>全部 %n 行都可以导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows have a phone number that is already known.</source>
            <translation>
                <numerusform>有 %n 行的电话已存在。</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1 new customers, %2 rows merged, %3 rows skipped.</source>
            <translation>导入完成：新增 %1 位客户，合并 %2 行，跳过 %3 行。</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Name</source>
            <translation>客户姓名</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>称谓</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Messaging ID</source>
            <translation>通讯软件账号</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Preferred channel</source>
            <translation>偏好联系方式</translation>
        </message>
        <message>
            <source>Best time to contact</source>
            <translation>方便联系时间</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>服务顾问</translation>
        </message>
        <message>
            <source>Insurance company</source>
            <translation>保险公司</translation>
        </message>
        <message>
            <source>Insurance expiry</source>
            <translation>保险到期日</translation>
        </message>
        <message>
            <source>Desired services</source>
            <translation>客户希望的服务</translation>
        </message>
        <message>
            <source>Desired services note</source>
            <translation>希望的服务备注</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>营销同意</translation>
        </message>
        <message>
            <source>Marketing consent date</source>
            <translation>营销同意日期</translation>
        </message>
        <message>
            <source>Photo consent</source>
            <translation>拍照同意</translation>
        </message>
        <message>
            <source>Photo consent date</source>
            <translation>拍照同意日期</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>ID number (masked)</source>
            <translation>证件号码（已隐藏）</translation>
        </message>
        <message>
            <source>Vehicle model</source>
            <translation>车型</translation>
        </message>
        <message>
            <source>Plate number</source>
            <translation>车牌号码</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>车架号（VIN）</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交车日期</translation>
        </message>
        <message>
            <source>Odometer at delivery</source>
            <translation>交车里程</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>建档时间</translation>
        </message>
    </context>
    <context>
        <name>IntentBox</name>
        <message>
            <source>Intent level</source>
            <translation>意向级别</translation>
        </message>
        <message>
            <source>S&amp;et level:</source>
            <translation>设定级别(&amp;E)：</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Suggested from the answers: %1</source>
            <translation>根据需求建议：%1</translation>
        </message>
        <message>
            <source>Now: %1 · next follow-up %2</source>
            <translation>目前：%1 · 下次跟进 %2</translation>
        </message>
        <message>
            <source>Now: %1 · no follow-up scheduled</source>
            <translation>目前：%1 · 未安排跟进</translation>
        </message>
        <message>
            <source>Next follow-up at this level: %1</source>
            <translation>此级别的下次跟进日期：%1</translation>
        </message>
        <message>
            <source>No scheduled follow-up at this level</source>
            <translation>此级别不安排跟进</translation>
        </message>
        <message>
            <source>Lower the intent level</source>
            <translation>调低意向级别</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
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
        <message>
            <source>Key specs and FAB cards…</source>
            <translation>主要配置与 FAB 卡片…</translation>
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
        <message>
            <source>Discount over the threshold</source>
            <translation>超过门槛的优惠</translation>
        </message>
        <message>
            <source>Lost deal confirmation</source>
            <translation>战败确认</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>锁定屏幕</translation>
        </message>
        <message>
            <source>Reassigned</source>
            <translation>重新分配</translation>
        </message>
        <message>
            <source>Erased on request</source>
            <translation>应要求删除个人信息</translation>
        </message>
        <message>
            <source>Approval requested</source>
            <translation>申请审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>PIN reset</source>
            <translation>重置 PIN 码</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>记录同意</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Vehicle in stock</source>
            <translation>库存车</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Visit or call</source>
            <translation>到店或来电</translation>
        </message>
        <message>
            <source>Daily readiness</source>
            <translation>每日准备检查</translation>
        </message>
        <message>
            <source>Test drive</source>
            <translation>试乘试驾</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>客户异议</translation>
        </message>
        <message>
            <source>FAB card</source>
            <translation>FAB 话术卡</translation>
        </message>
        <message>
            <source>Trim</source>
            <translation>车款</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>成交单</translation>
        </message>
        <message>
            <source>Tax or fee rule</source>
            <translation>税费规则</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Loan application</source>
            <translation>贷款申请</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交车</translation>
        </message>
        <message>
            <source>Sales process</source>
            <translation>销售流程</translation>
        </message>
        <message>
            <source>Customer's vehicle</source>
            <translation>客户车辆</translation>
        </message>
        <message>
            <source>Service record</source>
            <translation>保养维修记录</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Contract template</source>
            <translation>合同范本</translation>
        </message>
    </context>
    <context>
        <name>LicenceForm</name>
        <message>
            <source>C1 · small car</source>
            <translation>C1 · 小型汽车</translation>
        </message>
        <message>
            <source>C2 · small car, automatic only</source>
            <translation>C2 · 小型自动挡汽车</translation>
        </message>
        <message>
            <source>B1 · medium bus</source>
            <translation>B1 · 中型客车</translation>
        </message>
        <message>
            <source>B2 · heavy truck</source>
            <translation>B2 · 大型货车</translation>
        </message>
        <message>
            <source>A1 · large bus</source>
            <translation>A1 · 大型客车</translation>
        </message>
        <message>
            <source>A2 · tractor-trailer</source>
            <translation>A2 · 牵引车</translation>
        </message>
        <message>
            <source>A3 · city bus</source>
            <translation>A3 · 城市公交车</translation>
        </message>
        <message>
            <source>Class 1 · private car</source>
            <translation>第1类 · 私家车</translation>
        </message>
        <message>
            <source>Class 1A · private car, automatic only</source>
            <translation>第1A类 · 私家车（仅限自动挡）</translation>
        </message>
        <message>
            <source>Class 2 · light goods vehicle</source>
            <translation>第2类 · 轻型货车</translation>
        </message>
        <message>
            <source>Class 2A · light goods vehicle, automatic only</source>
            <translation>第2A类 · 轻型货车（仅限自动挡）</translation>
        </message>
        <message>
            <source>Ordinary light vehicle</source>
            <translation>普通小型车</translation>
        </message>
        <message>
            <source>Professional light vehicle</source>
            <translation>职业小型车</translation>
        </message>
        <message>
            <source>Ordinary heavy truck</source>
            <translation>普通大货车</translation>
        </message>
        <message>
            <source>Professional heavy truck</source>
            <translation>职业大货车</translation>
        </message>
        <message>
            <source>Ordinary bus</source>
            <translation>普通大客车</translation>
        </message>
        <message>
            <source>Professional bus</source>
            <translation>职业大客车</translation>
        </message>
        <message>
            <source>Ordinary tractor-trailer</source>
            <translation>普通联结车</translation>
        </message>
        <message>
            <source>Professional tractor-trailer</source>
            <translation>职业联结车</translation>
        </message>
        <message>
            <source>Other class (e.g. motorcycle only)</source>
            <translation>其他准驾车型（例如仅限摩托车）</translation>
        </message>
        <message>
            <source>1. Driving licence</source>
            <translation>1. 驾驶证</translation>
        </message>
        <message>
            <source>Licence &amp;number:</source>
            <translation>驾驶证号(&amp;N)：</translation>
        </message>
        <message>
            <source>Licence cl&amp;ass:</source>
            <translation>准驾车型(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Valid until:</source>
            <translation>有效期至(&amp;V)：</translation>
        </message>
        <message>
            <source>First iss&amp;ued:</source>
            <translation>初次领证日期(&amp;U)：</translation>
        </message>
        <message>
            <source>Date of birt&amp;h:</source>
            <translation>出生日期(&amp;H)：</translation>
        </message>
        <message>
            <source>The test car has a manual gearbox</source>
            <translation>试驾车为手动挡</translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or ROC 115/03/01</source>
            <translation>YYYY-MM-DD 或民国 115/03/01</translation>
        </message>
        <message>
            <source>Check &amp;licence</source>
            <translation>核验驾驶证(&amp;L)</translation>
        </message>
        <message>
            <source>from the customer record</source>
            <translation>取自客户档案</translation>
        </message>
        <message>
            <source>Enter the date from the licence.</source>
            <translation>请输入驾驶证上的日期。</translation>
        </message>
        <message>
            <source>Enter a date such as 2015-03-01.</source>
            <translation>请按 2015-03-01 的格式输入日期。</translation>
        </message>
        <message>
            <source>✗ The licence does not pass the check: this driver cannot take the test car.</source>
            <translation>✗ 驾驶证未通过核验：此驾驶人不能驾驶试驾车。</translation>
        </message>
        <message>
            <source>✓ Licence checked: the driver may take the test car.</source>
            <translation>✓ 驾驶证核验通过：驾驶人可以驾驶试驾车。</translation>
        </message>
    </context>
    <context>
        <name>LinesBox</name>
        <message>
            <source>Add line</source>
            <translation>新增一行</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除一行</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>The desk is locked</source>
            <translation>屏幕已锁定</translation>
        </message>
        <message>
            <source>Sign in to continue. Work on the screen stays as it was; if somebody else signs in, the screens are reopened for them.</source>
            <translation>请登录以继续。屏幕上进行中的工作会保持原样；如由其他人登录，界面将为其重新打开。</translation>
        </message>
    </context>
    <context>
        <name>LogoPicker</name>
        <message>
            <source>Letterhead logo:</source>
            <translation>信头标志：</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>选择标志…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>尚无标志</translation>
        </message>
        <message>
            <source>Choose the letterhead logo</source>
            <translation>选择信头标志</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <extracomment>Ctrl+digit per page; fixed, so a page added later never moves a learned shortcut. Pages only some roles see (the services refuse the others anyway).</extracomment>
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
            <source>Audit log</source>
            <translation>审计日志</translation>
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
            <source>&amp;New walk-in…</source>
            <translation>新增来店客户(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>立即锁定(&amp;L)</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>切换用户(&amp;W)…</translation>
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
        <name>NeedsAnalysisPanel</name>
        <message>
            <source>Not saved</source>
            <extracomment>however long the typing goes on, a save happens this long after the first unsaved change</extracomment>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Unsaved input restored: correct the marked fields to save them.</source>
            <translation>已恢复未保存的输入：修正标出的字段后即会保存。</translation>
        </message>
        <message>
            <source>Not saved yet: correct the marked fields.</source>
            <translation>尚未保存：请修正标出的字段。</translation>
        </message>
        <message>
            <source>All answers saved at %1</source>
            <translation>所有回答已于 %1 保存</translation>
        </message>
        <message>
            <source>Answers save themselves as you type.</source>
            <translation>输入的内容会自动保存。</translation>
        </message>
    </context>
    <context>
        <name>NeedsFields</name>
        <message>
            <source>Budget and payment</source>
            <extracomment>the error label a domain field's message goes to (one label per row of the form)</extracomment>
            <translation>预算与付款</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>预算(&amp;B)</translation>
        </message>
        <message>
            <source>Pa&amp;yment</source>
            <translation>付款方式(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Down payment</source>
            <translation>首付比例(&amp;D)</translation>
        </message>
        <message>
            <source>Monthly tar&amp;get</source>
            <translation>期望月供(&amp;G)</translation>
        </message>
        <message>
            <source>Buying &amp;when</source>
            <translation>预计购车时间(&amp;W)</translation>
        </message>
        <message>
            <source>Decision &amp;maker</source>
            <translation>决策人(&amp;M)</translation>
        </message>
        <message>
            <source>Plate &amp;quota</source>
            <translation>购车指标 / 牌照(&amp;Q)</translation>
        </message>
        <message>
            <source>Use and family</source>
            <translation>用车需求与家庭</translation>
        </message>
        <message>
            <source>Intended &amp;use</source>
            <translation>用途(&amp;U)</translation>
        </message>
        <message>
            <source>Main dri&amp;ver</source>
            <translation>主要驾驶人(&amp;V)</translation>
        </message>
        <message>
            <source>Passe&amp;ngers</source>
            <translation>乘坐人数(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Family</source>
            <translation>家庭状况(&amp;F)</translation>
        </message>
        <message>
            <source>Current car and preferences</source>
            <translation>现有车辆与偏好</translation>
        </message>
        <message>
            <source>Current &amp;car</source>
            <translation>现有车辆(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Powertrain</source>
            <translation>动力偏好(&amp;P)</translation>
        </message>
        <message>
            <source>Home c&amp;harging</source>
            <translation>能否安装家充(&amp;H)</translation>
        </message>
        <message>
            <source>P&amp;riorities</source>
            <translation>购车重点(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;ompared with</source>
            <translation>竞品车型(&amp;O)</translation>
        </message>
        <message>
            <source>Co&amp;lours</source>
            <translation>颜色偏好(&amp;L)</translation>
        </message>
        <message>
            <source>minimum, e.g. 900,000</source>
            <translation>最低，例如 15万</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>最高</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>每月金额</translation>
        </message>
        <message>
            <source>e.g. spouse, parents, company</source>
            <translation>例如：配偶、父母、公司</translation>
        </message>
        <message>
            <source>who drives it most</source>
            <translation>最常开车的人</translation>
        </message>
        <message>
            <source>brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>model</source>
            <translation>车型</translation>
        </message>
        <message>
            <source>year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>km</source>
            <translation>里程（公里）</translation>
        </message>
        <message>
            <source>separate with commas, e.g. Honda CR-V, Mazda CX-5</source>
            <translation>以顿号或逗号分隔，例如：本田 CR-V、马自达 CX-5</translation>
        </message>
        <message>
            <source>separate with commas, e.g. white, grey</source>
            <translation>以顿号或逗号分隔，例如：白色、灰色</translation>
        </message>
        <message>
            <source>Children (child seats, ISOFIX), who rides along, parking…</source>
            <translation>孩子（儿童座椅、ISOFIX）、常同行的人、停车条件…</translation>
        </message>
        <message>
            <source>&amp;Trade-in</source>
            <translation>置换(&amp;T)</translation>
        </message>
        <message>
            <source>Print needs &amp;summary…</source>
            <translation>打印需求确认单(&amp;S)…</translation>
        </message>
        <message>
            <source>Preview and print the needs summary (Ctrl+P)</source>
            <translation>预览并打印需求确认单（Ctrl+P）</translation>
        </message>
    </context>
    <context>
        <name>NeedsLabels</name>
        <message>
            <source>Not asked yet</source>
            <extracomment>萬 / 万 after an amount: ten thousand (a budget is said "120萬" at the desk)</extracomment>
            <translation>尚未询问</translation>
        </message>
        <message>
            <source>Full payment</source>
            <translation>全款</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <source>Instalment plan</source>
            <translation>分期付款</translation>
        </message>
        <message>
            <source>Lease</source>
            <translation>融资租赁</translation>
        </message>
        <message>
            <source>Commuting</source>
            <translation>通勤</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>家用</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>商务</translation>
        </message>
        <message>
            <source>Long-distance</source>
            <translation>长途出行</translation>
        </message>
        <message>
            <source>Ride-hailing</source>
            <translation>网约车</translation>
        </message>
        <message>
            <source>Undecided</source>
            <translation>未确定</translation>
        </message>
        <message>
            <source>Possible</source>
            <translation>可以</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>不能</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>不确定</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空间</translation>
        </message>
        <message>
            <source>Running costs</source>
            <translation>经济性</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>动力</translation>
        </message>
        <message>
            <source>Tech / ADAS</source>
            <translation>科技 / 智驾</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Resale value</source>
            <translation>保值率</translation>
        </message>
        <message>
            <source>Within 7 days</source>
            <translation>7 天内</translation>
        </message>
        <message>
            <source>Within 15 days</source>
            <translation>15 天内</translation>
        </message>
        <message>
            <source>Within 30 days</source>
            <translation>30 天内</translation>
        </message>
        <message>
            <source>Within 3 months</source>
            <translation>3 个月内</translation>
        </message>
        <message>
            <source>Later than 3 months</source>
            <translation>3 个月以后</translation>
        </message>
        <message>
            <source>Has a plate quota</source>
            <translation>已有购车指标</translation>
        </message>
        <message>
            <source>In the plate lottery</source>
            <translation>摇号中</translation>
        </message>
        <message>
            <source>NEV plate</source>
            <translation>新能源号牌</translation>
        </message>
        <message>
            <source>Not needed in this city</source>
            <translation>本市不限购</translation>
        </message>
    </context>
    <context>
        <name>NeedsSummaryPreview</name>
        <message>
            <source>Needs summary</source>
            <extracomment>The preview of a needs summary (the shared preview, named for the tests and the UI).</extracomment>
            <translation>需求确认单</translation>
        </message>
    </context>
    <context>
        <name>NewApplicationBox</name>
        <message>
            <source>New loan application</source>
            <translation>新建贷款申请</translation>
        </message>
        <message>
            <source>From &amp;plan:</source>
            <translation>依据方案(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Lender:</source>
            <translation>金融机构(&amp;L)：</translation>
        </message>
        <message>
            <source>P&amp;roduct:</source>
            <translation>贷款产品(&amp;R)：</translation>
        </message>
        <message>
            <source>e.g. new-car loan, 36 months</source>
            <translation>例如：新车贷款 36 期</translation>
        </message>
        <message>
            <source>Create &amp;application</source>
            <translation>创建申请(&amp;A)</translation>
        </message>
        <message>
            <source>The terms start as the plan's on the deal desk; when the lender offers others, change them on the application.</source>
            <translation>条件先带入成交洽谈的方案；金融机构批复不同条件时，请在申请上修改。</translation>
        </message>
        <message>
            <source>Loan %1</source>
            <translation>贷款方案 %1</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsSection</name>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <source>Our response</source>
            <translation>我们的回应</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已化解</translation>
        </message>
        <message>
            <source>What the customer &amp;objects to:</source>
            <translation>客户的异议(&amp;O)：</translation>
        </message>
        <message>
            <source>Our &amp;response:</source>
            <translation>我们的回应(&amp;R)：</translation>
        </message>
        <message>
            <source>In the customer's words</source>
            <translation>用客户的原话记录</translation>
        </message>
        <message>
            <source>How we answered, or what we will check</source>
            <translation>我们如何回答，或将核实的事项</translation>
        </message>
        <message>
            <source>New objection</source>
            <translation>新建异议</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Unsaved input restored.</source>
            <translation>已恢复尚未保存的输入。</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Delete objection</source>
            <translation>删除异议</translation>
        </message>
        <message>
            <source>Delete this objection?</source>
            <translation>要删除这条异议吗？</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>另存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>共 %n 页</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdiBox</name>
        <message>
            <source>Pre-delivery inspection (PDI)</source>
            <translation>新车PDI检查</translation>
        </message>
        <message>
            <source>Mark all unchecked items &amp;OK</source>
            <translation>其余未检查项目全部合格(&amp;O)</translation>
        </message>
        <message>
            <source>Technician:</source>
            <translation>检查技师：</translation>
        </message>
        <message>
            <source>Quality check by:</source>
            <translation>质检员：</translation>
        </message>
        <message>
            <source>&amp;Sign off PDI</source>
            <translation>PDI 签核(&amp;S)</translation>
        </message>
        <message>
            <source>Hide the items</source>
            <translation>隐藏检查项目</translation>
        </message>
        <message>
            <source>Show the items</source>
            <translation>显示检查项目</translation>
        </message>
        <message>
            <source>%1 of %2 items checked</source>
            <translation>已检查 %1 / %2 项</translation>
        </message>
        <message>
            <source>defects noted: %1</source>
            <translation>缺陷 %1 项</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>尚未签核。</translation>
        </message>
        <message>
            <source>✓ Signed off by %1 on %2</source>
            <translation>✓ %1 已于 %2 签核</translation>
        </message>
        <message>
            <source> · quality check: %1</source>
            <translation>・质检：%1</translation>
        </message>
    </context>
    <context>
        <name>PdiRow</name>
        <message>
            <source>— not checked</source>
            <extracomment>combo order: not recorded yet, then the three results</extracomment>
            <translation>— 未检查</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>缺陷</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>The defect and the agreed fix (one line)</source>
            <translation>缺陷内容及约定的处理方式（一行）</translation>
        </message>
        <message>
            <source>Why does this not apply? (one line)</source>
            <translation>为何不适用？（一行）</translation>
        </message>
    </context>
    <context>
        <name>PhoneListEdit</name>
        <message>
            <source>Add a number</source>
            <translation>添加号码</translation>
        </message>
        <message>
            <source>Remove this number</source>
            <translation>删除此号码</translation>
        </message>
        <message>
            <source>Main number</source>
            <translation>主要号码</translation>
        </message>
        <message>
            <source>Another number</source>
            <translation>其他号码</translation>
        </message>
    </context>
    <context>
        <name>PhotoBox</name>
        <message>
            <source>Commemorative photo</source>
            <translation>合影留念</translation>
        </message>
        <message>
            <source>&amp;Choose photo…</source>
            <translation>选择照片(&amp;C)…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>移除照片</translation>
        </message>
        <message>
            <source>No photo yet. It prints on the delivery certificate.</source>
            <translation>尚无照片。照片会打印在交车证书上。</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Enter your PIN</source>
            <translation>输入您的 PIN 码</translation>
        </message>
        <message>
            <source>For this action, please enter your PIN again.</source>
            <translation>执行此操作前，请再次输入您的 PIN 码。</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 码(&amp;P)</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN 码错误</translation>
        </message>
        <message>
            <source>This account can no longer sign in.</source>
            <translation>此账号已无法登录。</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>PIN 码错误次数过多：请等待 %n 秒</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Front-left 45°</source>
            <translation>左前方 45°</translation>
        </message>
        <message>
            <source>Driver seat</source>
            <translation>驾驶座</translation>
        </message>
        <message>
            <source>Rear seat</source>
            <translation>后排</translation>
        </message>
        <message>
            <source>Rear</source>
            <translation>车后方</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>车侧方</translation>
        </message>
        <message>
            <source>Engine bay / front compartment</source>
            <translation>发动机舱／前舱</translation>
        </message>
        <message>
            <source>Price</source>
            <extracomment>The checklist items of the shipped process presets that a ticked point (or a recorded fact) completes; items a dealership removed from its process are simply not there.</extracomment>
            <translation>价格</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空间</translation>
        </message>
        <message>
            <source>Delivery time</source>
            <translation>交车时间</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>续航里程</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>充电</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>动力</translation>
        </message>
        <message>
            <source>Running costs</source>
            <translation>经济性</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>外观设计</translation>
        </message>
        <message>
            <source>Trade-in value</source>
            <translation>置换估价</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>贷款</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售后服务</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Safety</source>
            <extracomment>The needs profile's priorities (DOMAIN.md §4.3), as this stage names them.</extracomment>
            <translation>安全</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>动力</translation>
        </message>
        <message>
            <source>Tech / ADAS</source>
            <translation>科技 / 智驾</translation>
        </message>
        <message>
            <source>Resale value</source>
            <translation>保值率</translation>
        </message>
    </context>
    <context>
        <name>PresentationPanel</name>
        <message>
            <source>Presentation tools</source>
            <translation>产品介绍工具</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>车型目录</translation>
        </message>
        <message>
            <source>Compare (%1 of %2)</source>
            <translation>对比（%1／%2）</translation>
        </message>
        <message>
            <source>Walkaround (%1 of %2)</source>
            <translation>绕车介绍（%1／%2）</translation>
        </message>
        <message>
            <source>Objections (%1)</source>
            <translation>异议（%1）</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>PresentationTexts</name>
        <message>
            <source>in</source>
            <extracomment>A mark per tone, so colour is never the only cue.</extracomment>
            <translation>英寸</translation>
        </message>
        <message>
            <source>%1 seats</source>
            <translation>%1 座</translation>
        </message>
        <message>
            <source>Power %1 kW</source>
            <translation>最大功率 %1 kW</translation>
        </message>
        <message>
            <source>well within the budget</source>
            <translation>远低于预算上限</translation>
        </message>
        <message>
            <source>Within the budget</source>
            <translation>在预算内</translation>
        </message>
        <message>
            <source>Below the budget by %1</source>
            <translation>比预算下限低 %1</translation>
        </message>
        <message>
            <source>Over the budget by %1</source>
            <translation>超出预算 %1</translation>
        </message>
        <message>
            <source>%1 seats for %2 passengers</source>
            <translation>%1 座，可坐 %2 人</translation>
        </message>
        <message>
            <source>Only %1 seats for %2 passengers</source>
            <translation>只有 %1 座，需坐 %2 人</translation>
        </message>
        <message>
            <source>%1, as preferred</source>
            <translation>%1，符合动力偏好</translation>
        </message>
        <message>
            <source>%1, not the preferred %2</source>
            <translation>%1，不是偏好的%2</translation>
        </message>
        <message>
            <source>Can charge at home</source>
            <translation>可在家充电</translation>
        </message>
        <message>
            <source>No home charging: relies on public chargers</source>
            <translation>无法安装家充：需依赖公共充电桩</translation>
        </message>
        <message>
            <source>No home charging: will mostly run on fuel</source>
            <translation>无法安装家充：大多会用油行驶</translation>
        </message>
        <message>
            <source>Ask whether a home charger can be installed</source>
            <translation>请确认能否安装家用充电桩</translation>
        </message>
        <message>
            <source>Priority %1 · %2: %3</source>
            <translation>购车重点 %1・%2：%3</translation>
        </message>
        <message>
            <source>The model the customer asked about</source>
            <translation>客户询问的车型</translation>
        </message>
        <message>
            <source>In stock now: %1</source>
            <translation>现车 %1 台</translation>
        </message>
        <message>
            <source>On the way: %1</source>
            <translation>在途 %1 台</translation>
        </message>
        <message>
            <source>Factory order, but the customer wants to buy soon</source>
            <translation>需向厂家订车，但客户近期就要购车</translation>
        </message>
        <message>
            <source>Factory order</source>
            <translation>需向厂家订车</translation>
        </message>
        <message>
            <source>%1 in stock</source>
            <translation>现车 %1 台</translation>
        </message>
        <message>
            <source>%1 on the way</source>
            <translation>在途 %1 台</translation>
        </message>
    </context>
    <context>
        <name>PriceBox</name>
        <message>
            <source>Price</source>
            <translation>车价</translation>
        </message>
        <message>
            <source>&amp;MSRP:</source>
            <translation>厂商指导价(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Discount:</source>
            <translation>优惠(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Transaction price:</source>
            <translation>成交价(&amp;T)：</translation>
        </message>
        <message>
            <source>Dealer &amp;cost:</source>
            <translation>进车成本(&amp;C)：</translation>
        </message>
        <message>
            <source>Manufacturer &amp;rebate:</source>
            <translation>厂家返利(&amp;R)：</translation>
        </message>
        <message>
            <source>Discount: %1 % of the MSRP</source>
            <translation>优惠为厂商指导价的 %1 %</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Print</source>
            <extracomment>Never rasterise finer than this, whatever the printer reports.</extracomment>
            <translation>打印</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>无法写入文件：%1</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>正在将页面发送到打印机…</translation>
        </message>
        <message>
            <source>Not printed</source>
            <extracomment>Document languages offered, in this order; "+en" prints English beside the Chinese. For documents whose labels have no bilingual form.</extracomment>
            <translation>未打印</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or save the document as PDF and print that file.</source>
            <translation>无法启动打印机。请确认打印机已开机并已连接，或先另存为 PDF，再打印该文件。</translation>
        </message>
        <message>
            <source>This customer no longer exists.</source>
            <translation>此客户已不存在。</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>您的角色无权执行此操作。</translation>
        </message>
    </context>
    <context>
        <name>PriorityList</name>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>上移（Ctrl+↑）</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>下移（Ctrl+↓）</translation>
        </message>
        <message>
            <source>Tick what matters to the customer (Space), most important first.</source>
            <translation>勾选客户看重的项目（空格键），最重要的排最前面。</translation>
        </message>
    </context>
    <context>
        <name>ProcessEditorDialog</name>
        <message>
            <source>Small independent dealer</source>
            <translation>小型独立经销商</translation>
        </message>
        <message>
            <source>Full 4S brand SOP</source>
            <translation>完整 4S 品牌 SOP</translation>
        </message>
        <message>
            <source>Sales process</source>
            <translation>销售流程</translation>
        </message>
        <message>
            <source>Saving creates a new version of the process. Opportunities already in progress keep the version they started with; new opportunities follow the new version.</source>
            <translation>保存时会创建新版本的流程。进行中的商机沿用开始时的版本；新商机则按照新版本进行。</translation>
        </message>
        <message>
            <source>Start from &amp;preset…</source>
            <translation>从模板开始(&amp;P)…</translation>
        </message>
        <message>
            <source>Stages (ticked = used)</source>
            <translation>阶段（勾选＝使用）</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move the stage up (Alt+Up)</source>
            <translation>将阶段上移（Alt+Up）</translation>
        </message>
        <message>
            <source>Move the stage down (Alt+Down)</source>
            <translation>将阶段下移（Alt+Down）</translation>
        </message>
        <message>
            <source>Selected stage</source>
            <translation>所选阶段</translation>
        </message>
        <message>
            <source>&amp;Used in the sales process</source>
            <translation>用于销售流程(&amp;U)</translation>
        </message>
        <message>
            <source>Stage &amp;name</source>
            <translation>阶段名称(&amp;N)</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查清单</translation>
        </message>
        <message>
            <source>Talking tips</source>
            <translation>话术提示</translation>
        </message>
        <message>
            <source>&amp;Save as a new version</source>
            <translation>保存为新版本(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Save as a new version (Ctrl+S)</source>
            <translation>保存为新版本（Ctrl+S）</translation>
        </message>
        <message>
            <source>Version %1 · preset: %2</source>
            <translation>版本 %1 · 模板：%2</translation>
        </message>
        <message>
            <source>Unsaved changes: Save stores them as version %1.</source>
            <translation>有未保存的更改：保存后将成为版本 %1。</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <source>Start from a preset</source>
            <translation>从模板开始</translation>
        </message>
        <message>
            <source>Load this preset into the editor (nothing is stored until you save):</source>
            <translation>将此模板载入编辑器（点击保存前不会存储）：</translation>
        </message>
        <message>
            <source>Replace your unsaved changes with the preset?</source>
            <translation>要用模板替换未保存的更改吗？</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change the sales process.</source>
            <translation>只有销售经理或系统管理员可以更改销售流程。</translation>
        </message>
        <message>
            <source>Not saved: please correct the field marked.</source>
            <translation>未保存：请更正标出的字段。</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃更改</translation>
        </message>
        <message>
            <source>Discard your changes to the sales process?</source>
            <translation>要放弃对销售流程的更改吗？</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>Customer</source>
            <extracomment>Fields saved with CustomerService.update (the "core" record). Fields saved with ArchiveService.save_archive.</extracomment>
            <translation>客户</translation>
        </message>
        <message>
            <source>Contact and after-sales</source>
            <translation>联系与售后</translation>
        </message>
        <message>
            <source>Services the customer wants</source>
            <translation>客户希望的服务</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>Sa&amp;lutation</source>
            <translation>称谓(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Customer type</source>
            <translation>客户类型(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Phones</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation>生日(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Messaging ID (LINE / WeChat)</source>
            <translation>聊天软件 ID（微信／LINE）(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>电子邮箱(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;ID document</source>
            <translation>身份证件(&amp;I)</translation>
        </message>
        <message>
            <source>Preferred c&amp;hannel</source>
            <translation>首选联系方式(&amp;H)</translation>
        </message>
        <message>
            <source>Best &amp;time to contact</source>
            <translation>方便联系时段(&amp;T)</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>Service ad&amp;visor</source>
            <translation>服务顾问(&amp;V)</translation>
        </message>
        <message>
            <source>Insurance compan&amp;y</source>
            <translation>保险公司(&amp;Y)</translation>
        </message>
        <message>
            <source>Insurance e&amp;xpiry</source>
            <translation>保险到期日(&amp;X)</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>营销</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <source>Other wishes</source>
            <translation>其他需求</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Agrees to receive offers and invitations</source>
            <translation>同意接收优惠与活动邀请</translation>
        </message>
        <message>
            <source>Agrees to photos (e.g. the delivery photo)</source>
            <translation>同意拍照（例如交车合影）</translation>
        </message>
        <message>
            <source>e.g. weekday evenings</source>
            <translation>例如：工作日晚上</translation>
        </message>
        <message>
            <source>Street, district, city (postcode optional)</source>
            <translation>省市、区、街道门牌（邮编可省略）</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>（未分配）</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>尚未询问</translation>
        </message>
        <message>
            <source>Given %1 by %2</source>
            <translation>已同意，%1 由 %2 记录</translation>
        </message>
        <message>
            <source>Refused or withdrawn %1 by %2</source>
            <translation>不同意或已撤回，%1 由 %2 记录</translation>
        </message>
        <message>
            <source>Given %1</source>
            <translation>已同意，%1</translation>
        </message>
        <message>
            <source>Refused or withdrawn %1</source>
            <translation>已拒绝或撤回，%1</translation>
        </message>
        <message>
            <source>%1 — type a new number to replace it</source>
            <translation>%1 — 输入新号码即可替换</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
    </context>
    <context>
        <name>ProfileSheetPreview</name>
        <message>
            <source>Customer profile sheet</source>
            <translation>客户档案基本资料表</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>文件语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Print the full &amp;ID number</source>
            <translation>打印完整证件号码(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>ProspectingPanel</name>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Lead &amp;source</source>
            <translation>客户来源(&amp;S)</translation>
        </message>
        <message>
            <source>Source &amp;detail</source>
            <translation>来源明细(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>推荐人(&amp;R)</translation>
        </message>
        <message>
            <source>Platform, campaign or event, e.g. 8891</source>
            <translation>平台、活动或展会，例如汽车之家</translation>
        </message>
        <message>
            <source>Unsaved input restored</source>
            <translation>已恢复尚未保存的输入</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>&amp;Book appointment…</source>
            <translation>新增预约(&amp;B)…</translation>
        </message>
        <message>
            <source>(a customer you cannot see)</source>
            <translation>（您无权查看的客户）</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>QuickAddDialog</name>
        <message>
            <source>New walk-in</source>
            <translation>新进店客户</translation>
        </message>
        <message>
            <source>Phone first: we check whether they are already a customer.</source>
            <translation>先输入电话：系统会检查是否已是客户。</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Name or surname</source>
            <translation>姓名或姓氏(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Salutation</source>
            <translation>称谓(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Model of interest</source>
            <translation>意向车型(&amp;M)</translation>
        </message>
        <message>
            <source>Optional; type a few letters, e.g. RAV4</source>
            <translation>选填；输入几个字即可，例如 RAV4</translation>
        </message>
        <message>
            <source>Open the sales cockpit next</source>
            <translation>接着打开销售驾驶舱</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>例如 %1</translation>
        </message>
        <message>
            <source>e.g. 陳志明, or only the surname 王</source>
            <translation>例如：陈志明，或只填姓氏“王”</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Create a new customer anyway (e.g. a shared family phone)</source>
            <translation>仍要新建客户（例如家人共用电话）</translation>
        </message>
        <message>
            <source>Enter: next field · Ctrl+Enter: create</source>
            <translation>Enter：下一栏 · Ctrl+Enter：新建</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>新建(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Open this customer and record today's visit</source>
            <translation>打开这位客户并记录今天的到店</translation>
        </message>
        <message>
            <source>Already a customer: %1 %2</source>
            <translation>已是客户：%1 %2</translation>
        </message>
        <message>
            <source>sales consultant %1</source>
            <translation>销售顾问 %1</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>还有 %n 位</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>ReadinessBox</name>
        <message>
            <source>The process has no readiness items.</source>
            <translation>流程中没有每日准备项目。</translation>
        </message>
        <message>
            <source>Daily readiness</source>
            <translation>每日准备</translation>
        </message>
        <message>
            <source>Cannot show the checklist</source>
            <translation>无法显示检查清单</translation>
        </message>
        <message>
            <source>Daily readiness · %1</source>
            <translation>每日准备 · %1</translation>
        </message>
        <message>
            <source>%1 of %2 ready</source>
            <translation>已完成 %1 / %2 项</translation>
        </message>
        <message>
            <source>✓ %1 at %2</source>
            <translation>✓ %1 于 %2</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>ReceptionPanel</name>
        <message>
            <source>Arrival</source>
            <translation>进店</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>离店</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>停留时间</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>来店</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行者</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>邀约到店</translation>
        </message>
        <message>
            <source>Contact captured</source>
            <translation>留档</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>洽谈摘要</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Customer &amp;arrived</source>
            <translation>客户到店(&amp;A)</translation>
        </message>
        <message>
            <source>Log the arrival now in the traffic log</source>
            <translation>立即在来店登记表记录进店时间</translation>
        </message>
        <message>
            <source>Customer &amp;left</source>
            <translation>客户离店(&amp;L)</translation>
        </message>
        <message>
            <source>Log the departure now</source>
            <translation>立即记录离店时间</translation>
        </message>
        <message>
            <source>No visit or call logged yet.</source>
            <translation>尚无来店或来电记录。</translation>
        </message>
        <message>
            <source>Unsaved input restored</source>
            <translation>已恢复尚未保存的输入</translation>
        </message>
        <message>
            <source>Not in the showroom now.</source>
            <translation>目前不在展厅。</translation>
        </message>
        <message>
            <source>In the showroom since %1 (%2)</source>
            <translation>%1 起在展厅（%2）</translation>
        </message>
        <message>
            <source>Contact captured: %1</source>
            <translation>留档：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>ReceptionTexts</name>
        <message>
            <source>Showroom visit</source>
            <translation>来店</translation>
        </message>
        <message>
            <source>Test drive</source>
            <translation>试乘试驾</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交车</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>Showed up</source>
            <translation>已到店</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽约</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Inbound call</source>
            <translation>来电</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>首次到店</translation>
        </message>
        <message>
            <source>Return visit</source>
            <translation>再次到店</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>RecommendedSection</name>
        <message>
            <source>Trim and reasons</source>
            <translation>车款与推荐理由</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>厂商指导价</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>供货情况</translation>
        </message>
        <message>
            <source>Add to comparison</source>
            <translation>加入对比</translation>
        </message>
        <message>
            <source>Walk around this trim</source>
            <translation>绕车介绍此车款</translation>
        </message>
        <message>
            <source>Record the budget, passengers, preferred powertrain and priorities in the needs analysis: the recommendations then fit this customer.</source>
            <translation>请在需求分析中记录预算、乘坐人数、动力偏好与购车重点，推荐结果才会符合这位客户。</translation>
        </message>
    </context>
    <context>
        <name>ReferrerPicker</name>
        <message>
            <source>Search the referrer by name or phone</source>
            <translation>按姓名或电话搜索推荐人</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>更改…</translation>
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
        <name>ResetPinDialog</name>
        <message>
            <source>Reset PIN</source>
            <translation>重置 PIN 码</translation>
        </message>
        <message>
            <source>A new PIN for %1. Tell it to them in person; they can change it later.</source>
            <translation>为 %1 设置新的 PIN 码。请当面告知本人，之后可自行修改。</translation>
        </message>
        <message>
            <source>New &amp;PIN</source>
            <translation>新 PIN 码(&amp;P)</translation>
        </message>
        <message>
            <source>Repeat the P&amp;IN</source>
            <translation>再次输入 PIN 码(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最后活动</translation>
        </message>
        <message>
            <source>Due for deletion</source>
            <translation>待删除名单</translation>
        </message>
        <message numerus="yes">
            <source>%n prospect(s) with no visit or call for %1 months. Erase the ones you no longer need (Customers → Erase).</source>
            <translation>
                <numerusform>共 %n 位潜在客户已 %1 个月没有来店或来电。请删除不再需要的信息（客户 → 删除个人信息）。</numerusform>
            </translation>
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
        <name>ScenarioGrid</name>
        <message>
            <source>Payment scenarios</source>
            <translation>付款方案</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>全款</translation>
        </message>
        <message>
            <source>Loan A</source>
            <translation>贷款方案 A</translation>
        </message>
        <message>
            <source>Loan B</source>
            <translation>贷款方案 B</translation>
        </message>
        <message>
            <source>Chosen plan</source>
            <translation>选定方案</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>Lender / product</source>
            <translation>金融机构 / 方案</translation>
        </message>
        <message>
            <source>Repayment method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <source>Down payment</source>
            <translation>首付</translation>
        </message>
        <message>
            <source>Term (months)</source>
            <translation>期数（月）</translation>
        </message>
        <message>
            <source>Annual rate (%)</source>
            <translation>年化利率（%）</translation>
        </message>
        <message>
            <source>Balloon</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Handling fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <source>Fee paid</source>
            <translation>手续费支付</translation>
        </message>
        <message>
            <source>Dealer commission (%)</source>
            <translation>经销商佣金（%）</translation>
        </message>
        <message>
            <source>Amount financed</source>
            <translation>贷款金额</translation>
        </message>
        <message>
            <source>Monthly payment</source>
            <translation>月供</translation>
        </message>
        <message>
            <source>Last payment</source>
            <translation>最后一期</translation>
        </message>
        <message>
            <source>Total interest</source>
            <translation>总利息</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>手续费</translation>
        </message>
        <message>
            <source>APR (true annual rate)</source>
            <translation>实际年化利率（APR）</translation>
        </message>
        <message>
            <source>Due up front</source>
            <translation>提车前应付</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>总支出</translation>
        </message>
        <message>
            <source>Equal instalment</source>
            <translation>等额本息</translation>
        </message>
        <message>
            <source>Equal principal</source>
            <translation>等额本金</translation>
        </message>
        <message>
            <source>Flat rate</source>
            <translation>平息</translation>
        </message>
        <message>
            <source>0 % + fee</source>
            <translation>0% + 手续费</translation>
        </message>
        <message>
            <source>Up front</source>
            <translation>一次付清</translation>
        </message>
        <message>
            <source>In the instalments</source>
            <translation>分摊到各期</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>选定</translation>
        </message>
        <message>
            <source>Repayment schedule…</source>
            <translation>还款计划表…</translation>
        </message>
        <message>
            <source>e.g. Bank of Taiwan, 36 months</source>
            <translation>例如：工商银行 36 期</translation>
        </message>
    </context>
    <context>
        <name>ServiceRecordDialog</name>
        <message>
            <source>Service record</source>
            <translation>服务记录</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Vehicle</source>
            <translation>车辆(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Odometer (km)</source>
            <translation>里程（公里）(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Work done</source>
            <translation>保养／维修项目(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>金额(&amp;A)</translation>
        </message>
        <message>
            <source>Service ad&amp;visor</source>
            <translation>服务顾问(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
        <message>
            <source>e.g. 10,000 km service, oil and filter</source>
            <translation>例如：1万公里保养、机油与机滤</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
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
            <source>My account</source>
            <translation>我的账号</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2).</source>
            <translation>当前登录：%1（%2）。</translation>
        </message>
        <message>
            <source>&amp;Change my PIN…</source>
            <translation>修改我的 PIN 码(&amp;C)…</translation>
        </message>
        <message>
            <source>Desk rules</source>
            <translation>共用电脑规则</translation>
        </message>
        <message>
            <source>Lock the desk after (idle)</source>
            <translation>闲置多久后锁定屏幕</translation>
        </message>
        <message>
            <source>Ask for the PIN again after</source>
            <translation>多久后须重新输入 PIN 码</translation>
        </message>
        <message>
            <source>Flag old records for deletion after</source>
            <translation>旧记录标记为待删除的期限</translation>
        </message>
        <message>
            <source>Manager approval for discounts over</source>
            <translation>优惠超过此比例须经理审批</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source>Every salesperson sees all customers</source>
            <translation>所有销售顾问均可查看全部客户</translation>
        </message>
        <message>
            <source>Save desk &amp;rules</source>
            <translation>保存规则(&amp;R)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Sales process</source>
            <translation>销售流程</translation>
        </message>
        <message>
            <source>Sal&amp;es process…</source>
            <translation>销售流程(&amp;E)…</translation>
        </message>
        <message>
            <source>Not saved: please correct the fields marked.</source>
            <translation>未保存：请更正标出的字段。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Stages, checklists and follow-up cadence: version %1 (preset: %2).</source>
            <translation>阶段、检查清单与跟进频率：版本 %1（模板：%2）。</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change the sales process.</source>
            <translation>只有销售经理或系统管理员可以更改销售流程。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — Showroom Assistant</source>
            <translation>登录 — 展厅助手</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>&amp;Who is at the desk?</source>
            <translation>谁在使用这台电脑？(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN</source>
            <translation>再次输入 PIN 码(&amp;R)</translation>
        </message>
        <message>
            <source>You have no PIN yet. Choose one of at least %1 characters and type it twice.</source>
            <translation>您尚未设置 PIN 码。请自设至少 %1 个字符的 PIN 码，并输入两次。</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>登录(&amp;S)</translation>
        </message>
        <message>
            <source>Demo: every PIN is 0000</source>
            <translation>演示数据：所有 PIN 码均为 0000</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN 码错误</translation>
        </message>
        <message>
            <source>Choose your PIN first.</source>
            <translation>请先设置您的 PIN 码。</translation>
        </message>
        <message>
            <source>This account can no longer sign in.</source>
            <translation>此账号已无法登录。</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>PIN 码错误次数过多：请等待 %n 秒</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Specs</name>
        <message>
            <source>Length</source>
            <translation>车长</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>车宽</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>车高</translation>
        </message>
        <message>
            <source>Wheelbase</source>
            <translation>轴距</translation>
        </message>
        <message>
            <source>Boot volume</source>
            <translation>后备箱容积</translation>
        </message>
        <message>
            <source>Kerb weight</source>
            <translation>整备质量</translation>
        </message>
        <message>
            <source>Torque</source>
            <translation>最大扭矩</translation>
        </message>
        <message>
            <source>0–100 km/h</source>
            <translation>0–100 km/h 加速</translation>
        </message>
        <message>
            <source>Fuel consumption</source>
            <translation>综合油耗</translation>
        </message>
        <message>
            <source>Energy consumption</source>
            <translation>百公里电耗</translation>
        </message>
        <message>
            <source>DC fast charging</source>
            <translation>直流快充功率</translation>
        </message>
        <message>
            <source>Airbags</source>
            <translation>气囊数量</translation>
        </message>
        <message>
            <source>Crash-test rating</source>
            <translation>碰撞测试星级</translation>
        </message>
        <message>
            <source>Driver assistance</source>
            <translation>驾驶辅助</translation>
        </message>
        <message>
            <source>Centre screen</source>
            <translation>中控屏尺寸</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>驱动方式</translation>
        </message>
        <message>
            <source>Warranty (years)</source>
            <translation>质保年限</translation>
        </message>
        <message>
            <source>Warranty (km)</source>
            <translation>质保里程</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Emergency braking</source>
            <translation>自动紧急制动</translation>
        </message>
        <message>
            <source>Adaptive cruise and lane centring</source>
            <translation>自适应巡航＋车道居中</translation>
        </message>
        <message>
            <source>Navigation assist (L2+)</source>
            <translation>导航辅助驾驶（L2+）</translation>
        </message>
        <message>
            <source>Front-wheel drive</source>
            <translation>前驱</translation>
        </message>
        <message>
            <source>Rear-wheel drive</source>
            <translation>后驱</translation>
        </message>
        <message>
            <source>All-wheel drive</source>
            <translation>四驱</translation>
        </message>
        <message>
            <source>Four-wheel drive</source>
            <translation>分时四驱</translation>
        </message>
    </context>
    <context>
        <name>SpecsEditor</name>
        <message>
            <source>(not given)</source>
            <translation>（未填）</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <source>Save specs</source>
            <translation>保存配置</translation>
        </message>
        <message>
            <source>Choose a trim on the left to see its key specs.</source>
            <translation>请在左侧选择车款以查看主要配置。</translation>
        </message>
        <message>
            <source>Key specs of this trim (leave a field empty when it does not apply)</source>
            <translation>该车款的主要配置（不适用的字段请留空）</translation>
        </message>
        <message>
            <source>Not saved: check the fields marked in red.</source>
            <translation>未保存：请检查红字标示的字段。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
    </context>
    <context>
        <name>StagePage</name>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Talking tips</source>
            <translation>话术提示</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查清单</translation>
        </message>
        <message>
            <source>This stage has no checklist.</source>
            <translation>此阶段没有检查清单。</translation>
        </message>
        <message>
            <source>Mark not applicable</source>
            <translation>标记为不适用</translation>
        </message>
        <message>
            <source>Why does this stage not apply?</source>
            <translation>为什么此阶段不适用？</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>前往</translation>
        </message>
        <message>
            <source>%1 of %2 items done or not applicable</source>
            <translation>%2 项中已完成或不适用 %1 项</translation>
        </message>
        <message>
            <source>Clear “not applicable”</source>
            <translation>取消“不适用”</translation>
        </message>
        <message>
            <source>Stage not applicable…</source>
            <translation>此阶段不适用…</translation>
        </message>
        <message>
            <source>Marked not applicable: %1</source>
            <translation>已标记为不适用：%1</translation>
        </message>
        <message>
            <source>Next suggestion: every stage is done or not needed.</source>
            <translation>下一步建议：所有阶段均已完成或不需要。</translation>
        </message>
        <message>
            <source>Next suggestion: this stage.</source>
            <translation>下一步建议：本阶段。</translation>
        </message>
        <message>
            <source>Next suggestion: %1</source>
            <translation>下一步建议：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>TaxBox</name>
        <message>
            <source>Government taxes and fees</source>
            <translation>税费及规费</translation>
        </message>
        <message>
            <source>Tax &amp;date:</source>
            <translation>计税日期(&amp;D)：</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>CN: the invoice date; TW: the registration date; HK: the day the Transport Department receives the application.</source>
            <translation>中国大陆：发票日期；台湾：登记上牌日；香港：运输署收到申请之日。</translation>
        </message>
        <message>
            <source>Ta&amp;xable value:</source>
            <translation>完税价格(&amp;X)：</translation>
        </message>
        <message>
            <source>empty: the transaction price</source>
            <translation>留空：按成交价计</translation>
        </message>
        <message>
            <source>Taxes are included in the price</source>
            <translation>税费已含在车价内</translation>
        </message>
        <message>
            <source>In the NEV purchase-tax relief catalogue</source>
            <translation>列入新能源汽车购置税减免目录</translation>
        </message>
        <message>
            <source>“One-for-one”: an old private car is scrapped</source>
            <translation>“一换一”：同时报废一辆旧私家车</translation>
        </message>
    </context>
    <context>
        <name>TaxRulesButton</name>
        <message>
            <source>Tax and fee rules…</source>
            <translation>税费规则…</translation>
        </message>
    </context>
    <context>
        <name>TaxRulesEditor</name>
        <message>
            <source>Tax and fee rules</source>
            <translation>税费规则</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>地区(&amp;R)：</translation>
        </message>
        <message>
            <source>Filter by key, source or note</source>
            <translation>按代码、来源或备注筛选</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>所有地区</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>生效日</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>失效日</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>代码(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>数值(&amp;V)：</translation>
        </message>
        <message>
            <source>Valid &amp;from:</source>
            <translation>生效日(&amp;F)：</translation>
        </message>
        <message>
            <source>Valid &amp;to:</source>
            <translation>失效日(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>来源(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>A number (0.10 is 10 %), or one band per line: “1600: 420”, last “*: 5280”</source>
            <translation>一个数字（0.10 即 10%），或每行一个档位：“1600: 420”，最后一行“*: 5280”</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>empty: until further notice</source>
            <translation>留空：持续有效</translation>
        </message>
        <message>
            <source>&amp;New rule</source>
            <translation>新增规则(&amp;N)</translation>
        </message>
        <message>
            <source>Sa&amp;ve rule</source>
            <translation>保存规则(&amp;V)</translation>
        </message>
        <message>
            <source>Last day:</source>
            <translation>最后有效日：</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>停用(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change the rules.</source>
            <translation>只有销售经理或管理员可以更改规则。</translation>
        </message>
    </context>
    <context>
        <name>Taxes</name>
        <message>
            <source>Vehicle purchase tax</source>
            <extracomment>English source names for the UI (context "Taxes"); documents use their own wording.</extracomment>
            <translation>车辆购置税</translation>
        </message>
        <message>
            <source>Vehicle and vessel tax</source>
            <translation>车船税</translation>
        </message>
        <message>
            <source>Licence tax</source>
            <translation>使用牌照税</translation>
        </message>
        <message>
            <source>Fuel usage fee</source>
            <translation>汽车燃料使用费</translation>
        </message>
        <message>
            <source>Commodity tax (included in the price)</source>
            <translation>货物税（已含在车价内）</translation>
        </message>
        <message>
            <source>First registration tax</source>
            <translation>首次登记税</translation>
        </message>
    </context>
    <context>
        <name>TemplateSettings</name>
        <message>
            <source>Print ROC (&amp;Minguo) years on Traditional Chinese contracts</source>
            <translation>繁体中文合同以民国纪年打印(&amp;M)</translation>
        </message>
        <message>
            <source>Review &amp;period before signing:</source>
            <translation>签约前审阅期(&amp;P)：</translation>
        </message>
        <message>
            <source> day(s)</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Taiwan: at least 3 days, as the law requires</source>
            <translation>台湾：依法至少 3 天</translation>
        </message>
    </context>
    <context>
        <name>TermsEditor</name>
        <message>
            <source>The lender's terms</source>
            <translation>金融机构批复的条件</translation>
        </message>
        <message>
            <source>&amp;Lender:</source>
            <translation>金融机构(&amp;L)：</translation>
        </message>
        <message>
            <source>P&amp;roduct:</source>
            <translation>贷款产品(&amp;R)：</translation>
        </message>
        <message>
            <source>Repayment &amp;method:</source>
            <translation>还款方式(&amp;M)：</translation>
        </message>
        <message>
            <source>Loan &amp;amount:</source>
            <translation>贷款金额(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Balloon:</source>
            <translation>尾款(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Term (months):</source>
            <translation>期数（月）(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Rate (% a year):</source>
            <translation>年利率（%）(&amp;R)：</translation>
        </message>
        <message>
            <source>Handling &amp;fee:</source>
            <translation>手续费(&amp;F)：</translation>
        </message>
        <message>
            <source>Fee &amp;paid:</source>
            <translation>手续费支付方式(&amp;P)：</translation>
        </message>
        <message>
            <source>Up front</source>
            <translation>放款时先付</translation>
        </message>
        <message>
            <source>Spread into the instalments</source>
            <translation>分摊到各期</translation>
        </message>
        <message>
            <source>&amp;Save terms</source>
            <translation>保存条件(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Saved: %1 a month over %2, APR %3.</source>
            <translation>已保存：月供 %1，%2，实际年化利率 %3。</translation>
        </message>
    </context>
    <context>
        <name>TestDrivePanel</name>
        <message>
            <source>Unsaved input restored — check it and save it.</source>
            <translation>已恢复未保存的输入内容，请确认后保存。</translation>
        </message>
        <message>
            <source>Test drives of this opportunity</source>
            <translation>此商机的试驾</translation>
        </message>
        <message>
            <source>Slot</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Test car</source>
            <translation>试驾车</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>驾驶证</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>协议书</translation>
        </message>
        <message>
            <source>No test drive booked yet: pick a slot above.</source>
            <translation>尚未预约试驾：请在上方选择时段。</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <source>✓ passed</source>
            <translation>✓ 通过</translation>
        </message>
        <message>
            <source>✗ failed</source>
            <translation>✗ 未通过</translation>
        </message>
        <message>
            <source>— not checked</source>
            <translation>— 未核验</translation>
        </message>
        <message>
            <source>✓ signed</source>
            <translation>✓ 已签署</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>On the road</source>
            <translation>试驾中</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Cancel this test-drive booking?</source>
            <translation>要取消这笔试驾预约吗？</translation>
        </message>
        <message>
            <source>The licence does not pass the check.</source>
            <translation>驾驶证未通过核验。</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today's tasks</source>
            <translation>今日任务</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
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
            <source>Today's appointments, then follow-ups due and overdue (H and A first)</source>
            <translation>今日预约，接着是到期及逾期跟进（H、A 级优先）</translation>
        </message>
        <message>
            <source>Today's plan</source>
            <translation>今日计划</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Appointment: %1</source>
            <translation>预约：%1</translation>
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
            <source>Appointments today</source>
            <translation>今日预约</translation>
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
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TotalsBox</name>
        <message>
            <source>On-the-road total</source>
            <translation>落地价</translation>
        </message>
        <message>
            <source>Government taxes</source>
            <translation>政府税费</translation>
        </message>
        <message>
            <source>Enter the tax date to compute the taxes.</source>
            <translation>输入计税日期即可计算税费。</translation>
        </message>
        <message>
            <source>Transaction price</source>
            <translation>成交价</translation>
        </message>
        <message>
            <source>Accessories</source>
            <translation>精品</translation>
        </message>
        <message>
            <source>Service fees (optional)</source>
            <translation>服务费（可选）</translation>
        </message>
        <message>
            <source>Taxes</source>
            <translation>税金</translation>
        </message>
        <message>
            <source>Government fees</source>
            <translation>规费</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>保险</translation>
        </message>
        <message>
            <source>Subsidies</source>
            <translation>补贴</translation>
        </message>
        <message>
            <source>Trade-in credit</source>
            <translation>置换抵扣</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>订金</translation>
        </message>
        <message>
            <source>Balance due</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Gross profit (managers only)</source>
            <translation>毛利（仅经理可见）</translation>
        </message>
        <message>
            <source>Front end (vehicle)</source>
            <translation>前端（车辆）</translation>
        </message>
        <message>
            <source>Rebate</source>
            <translation>返利</translation>
        </message>
        <message>
            <source>Back end</source>
            <translation>后端</translation>
        </message>
        <message>
            <source>Deal gross profit</source>
            <translation>单车毛利</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>毛利率</translation>
        </message>
        <message>
            <source>Net of VAT / business tax</source>
            <translation>扣除增值税 / 营业税后</translation>
        </message>
        <message>
            <source>prorated %1/%2</source>
            <translation>按比例 %1/%2</translation>
        </message>
        <message>
            <source>exempt</source>
            <translation>免税</translation>
        </message>
        <message>
            <source>relief %1</source>
            <translation>减免 %1</translation>
        </message>
        <message>
            <source>in the price</source>
            <translation>已含在车价内</translation>
        </message>
        <message>
            <source>no dealer cost</source>
            <translation>无进车成本</translation>
        </message>
    </context>
    <context>
        <name>TradeInBox</name>
        <message>
            <source>Trade-in</source>
            <translation>置换</translation>
        </message>
        <message>
            <source>&amp;Vehicle:</source>
            <translation>旧车(&amp;V)：</translation>
        </message>
        <message>
            <source>e.g. 2018 Corolla 1.8</source>
            <translation>例如：2018 卡罗拉 1.8</translation>
        </message>
        <message>
            <source>&amp;Appraisal value:</source>
            <translation>评估价(&amp;A)：</translation>
        </message>
        <message>
            <source>A&amp;llowance:</source>
            <translation>抵扣金额(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>UsersPanel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用中</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>上次登录</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>添加用户(&amp;A)…</translation>
        </message>
        <message>
            <source>Reset &amp;PIN…</source>
            <translation>重置 PIN 码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Reac&amp;tivate</source>
            <translation>重新启用(&amp;T)</translation>
        </message>
        <message>
            <source>Only an administrator can manage users.</source>
            <translation>只有系统管理员可以管理用户。</translation>
        </message>
        <message>
            <source>Deactivate %1? They can no longer sign in; everything they recorded stays.</source>
            <translation>要停用 %1 吗？停用后将无法登录，但其创建的所有记录都会保留。</translation>
        </message>
        <message>
            <source>Deactivate user</source>
            <translation>停用用户</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the dealership's name.</source>
            <translation>请输入经销商名称。</translation>
        </message>
        <message>
            <source>Enter a name, or a surname and a salutation.</source>
            <translation>请输入姓名，或姓氏加称谓。</translation>
        </message>
        <message>
            <source>The name is too long (200 characters at most).</source>
            <translation>名称过长（最多 200 个字符）。</translation>
        </message>
        <message>
            <source>Choose a salutation.</source>
            <translation>请选择称谓。</translation>
        </message>
        <message>
            <source>The birthday must be a past date.</source>
            <translation>生日必须是过去的日期。</translation>
        </message>
        <message>
            <source>The ID number is too long (40 characters at most).</source>
            <translation>证件号码过长（最多 40 个字符）。</translation>
        </message>
        <message>
            <source>Choose Taiwan, Mainland China or Hong Kong.</source>
            <translation>请选择台湾、中国大陆或香港。</translation>
        </message>
        <message>
            <source>A contract needs at least one clause.</source>
            <translation>合同至少须有一项条款。</translation>
        </message>
        <message>
            <source>Terms can change only on a draft, submitted or conditional application.</source>
            <extracomment>The application's paper checklist (DOMAIN.md §4.7); company buyers add the licence. The lender's answer can still change the terms; after signing they are the contract's.</extracomment>
            <translation>只有草稿、已提交或附条件批准的申请可以修改条件。</translation>
        </message>
        <message>
            <source>An application that is {current} cannot become {new}.</source>
            <translation>状态为 {current} 的申请不能改为 {new}。</translation>
        </message>
        <message>
            <source>Choose a document language.</source>
            <extracomment>Appended to a Chinese document language for Chinese + English labels ("zh_TW+en").</extracomment>
            <translation>请选择文件语言。</translation>
        </message>
        <message>
            <source>Choose from the list.</source>
            <translation>请从列表中选择。</translation>
        </message>
        <message>
            <source>Choose one of the deal's loans.</source>
            <translation>请选择本交易的其中一个贷款方案。</translation>
        </message>
        <message>
            <source>Complete the deal's figures first.</source>
            <translation>请先完成交易的各项金额。</translation>
        </message>
        <message>
            <source>Create the contract first.</source>
            <translation>请先创建合同。</translation>
        </message>
        <message>
            <source>Enter the day the buyer took the contract home to review (at least {days} days before signing).</source>
            <translation>请输入买方带回审阅合同的日期（须在签约日前至少 {days} 日）。</translation>
        </message>
        <message>
            <source>Enter the signing date.</source>
            <translation>请输入签约日期。</translation>
        </message>
        <message>
            <source>Taiwan law gives the buyer at least {days} days to review.</source>
            <translation>按台湾法规，买方至少应有 {days} 天审阅期。</translation>
        </message>
        <message>
            <source>Issue the deposit receipt first.</source>
            <translation>请先开具订金收据。</translation>
        </message>
        <message>
            <source>Note the lender's reason.</source>
            <translation>请记录金融机构的理由。</translation>
        </message>
        <message>
            <source>Pick a stock unit or a trim to order.</source>
            <translation>请选择一台库存车或要订购的车款。</translation>
        </message>
        <message>
            <source>Record the customer's consent to the credit check first.</source>
            <translation>请先记录客户同意征信查询。</translation>
        </message>
        <message>
            <source>Say why the request is rejected.</source>
            <translation>请说明驳回的理由。</translation>
        </message>
        <message>
            <source>The buyer must have at least {days} days to review the contract: signing is possible from {earliest}.</source>
            <translation>买方须有至少 {days} 日的合同审阅期：最早可于 {earliest} 签约。</translation>
        </message>
        <message>
            <source>The deal is contracted or closed: its car and price can no longer change.</source>
            <translation>交易已签约或已结束：车辆和价格不能再更改。</translation>
        </message>
        <message>
            <source>The discount needs a manager's approval before the contract.</source>
            <translation>此优惠须经经理批准后才能签约。</translation>
        </message>
        <message>
            <source>The discount needs a manager's approval before this can be printed.</source>
            <translation>此优惠须经经理批准后才能打印。</translation>
        </message>
        <message>
            <source>The review date cannot be after signing.</source>
            <translation>审阅日不能晚于签约日。</translation>
        </message>
        <message>
            <source>There is no request waiting for a decision.</source>
            <translation>没有等待决定的申请。</translation>
        </message>
        <message>
            <source>This contract records no deposit.</source>
            <translation>此合同未记录订金。</translation>
        </message>
        <message>
            <source>This date cannot be before signing.</source>
            <translation>此日期不能早于签约日。</translation>
        </message>
        <message>
            <source>This stock unit does not exist.</source>
            <translation>此库存车不存在。</translation>
        </message>
        <message>
            <source>This trim does not exist.</source>
            <translation>此车款不存在。</translation>
        </message>
        <message>
            <source>This unit is reserved or sold already. Pick another one or order the trim.</source>
            <extracomment>Deal statuses (``services.delivery`` relies on ``contracted`` / ``delivered`` / ``cancelled``). Approval kind and subject of a discount over the dealership's threshold.</extracomment>
            <translation>此车已被预留或售出。请选择其他车辆或改为订购车款。</translation>
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
            <source>The process definition is not in the expected format.</source>
            <extracomment>Version of the JSON layout (not of the dealership's process, which is ``version``).</extracomment>
            <translation>销售流程设置的格式不正确。</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>请从列表中选择。</translation>
        </message>
        <message>
            <source>A customer cannot refer themselves.</source>
            <translation>客户不能转介绍自己。</translation>
        </message>
        <message>
            <source>This checklist item is not in the process.</source>
            <translation>此检查项目不在销售流程中。</translation>
        </message>
        <message>
            <source>Unknown stage code: {stage}.</source>
            <translation>未知的阶段代码：{stage}。</translation>
        </message>
        <message>
            <source>Unknown intent level: {level}.</source>
            <translation>未知的意向级别：{level}。</translation>
        </message>
        <message>
            <source>Lower the intent level from {old} to {new}?</source>
            <translation>确定将意向级别从 {old} 调降为 {new}？</translation>
        </message>
        <message>
            <source>Reopen the opportunity first.</source>
            <translation>请先重新打开此商机。</translation>
        </message>
        <message>
            <source>Only a closed opportunity can be reopened.</source>
            <translation>只有已结案的商机可以重新打开。</translation>
        </message>
        <message>
            <source>Choose a car flagged as a test car.</source>
            <translation>请选择标记为试驾车的车辆。</translation>
        </message>
        <message>
            <source>This test drive has already started.</source>
            <translation>此试驾已经开始。</translation>
        </message>
        <message>
            <source>Check the driving licence first.</source>
            <translation>请先检查驾照。</translation>
        </message>
        <message>
            <source>The test-drive agreement must be signed before the drive.</source>
            <translation>试驾前必须签署试乘试驾协议书。</translation>
        </message>
        <message>
            <source>Start the test drive first.</source>
            <translation>请先开始试驾。</translation>
        </message>
        <message>
            <source>The process definition is not valid JSON.</source>
            <translation>销售流程设置不是有效的 JSON。</translation>
        </message>
        <message>
            <source>This process definition was saved by a newer version of the application.</source>
            <translation>此销售流程设置由较新版本的程序保存。</translation>
        </message>
        <message>
            <source>Enter the text in all three languages.</source>
            <translation>请以三种语言输入文字。</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此字段为必填项。</translation>
        </message>
        <message>
            <source>The version must be a whole number of 1 or more.</source>
            <translation>版本必须是大于或等于 1 的整数。</translation>
        </message>
        <message>
            <source>The stage {stage} appears more than once.</source>
            <translation>阶段 {stage} 重复出现。</translation>
        </message>
        <message>
            <source>Two stages have the same position.</source>
            <translation>有两个阶段的顺序相同。</translation>
        </message>
        <message>
            <source>A checklist item code uses lower-case letters, digits and underscores.</source>
            <translation>检查项代码只能使用小写英文字母、数字与下划线。</translation>
        </message>
        <message>
            <source>The checklist item code {item} appears more than once.</source>
            <translation>检查项代码 {item} 重复出现。</translation>
        </message>
        <message>
            <source>Turn on at least one stage.</source>
            <translation>请至少启用一个阶段。</translation>
        </message>
        <message>
            <source>Choose a contact channel.</source>
            <translation>请选择联系方式。</translation>
        </message>
        <message>
            <source>Choose services from the list.</source>
            <translation>请从列表中选择服务。</translation>
        </message>
        <message>
            <source>Use at most {max_len} characters.</source>
            <translation>最多 {max_len} 个字符。</translation>
        </message>
        <message>
            <source>Choose or enter the model.</source>
            <translation>请选择或输入车型。</translation>
        </message>
        <message>
            <source>Choose a vehicle type.</source>
            <translation>请选择车辆类型。</translation>
        </message>
        <message>
            <source>Choose a powertrain.</source>
            <translation>请选择动力类型。</translation>
        </message>
        <message>
            <source>The delivery date cannot be in the future.</source>
            <translation>交车日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Enter a number from {low} to {high}.</source>
            <translation>请输入 {low} 到 {high} 之间的数字。</translation>
        </message>
        <message>
            <source>Choose maintenance items from the list.</source>
            <translation>请从列表中选择保养项目。</translation>
        </message>
        <message>
            <source>The service date cannot be in the future.</source>
            <translation>服务日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Enter an amount of zero or more, with at most two decimals.</source>
            <translation>请输入大于或等于零的金额，最多两位小数。</translation>
        </message>
        <message>
            <source>Enter the work done.</source>
            <translation>请输入维修保养项目。</translation>
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
            <source>Enter an amount.</source>
            <translation>请输入金额。</translation>
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
        <message>
            <source>Enter a percentage from 0 to 100.</source>
            <translation>请输入 0 至 100 的百分比。</translation>
        </message>
        <message>
            <source>Enter a name for this line.</source>
            <translation>请输入此行的名称。</translation>
        </message>
        <message>
            <source>The price must be more than zero.</source>
            <translation>价格必须大于零。</translation>
        </message>
        <message>
            <source>The discount cannot be more than the price.</source>
            <translation>优惠不能高于价格。</translation>
        </message>
        <message>
            <source>The government part cannot be more than the fee.</source>
            <translation>代收规费不能高于服务费。</translation>
        </message>
        <message>
            <source>In Mainland China every service fee must be optional.</source>
            <translation>在中国大陆，所有服务费都必须由买方自愿选择。</translation>
        </message>
        <message>
            <source>Enter the date the taxes are due for.</source>
            <translation>请输入计税日期。</translation>
        </message>
        <message>
            <source>The deposit cannot be more than the contract price.</source>
            <translation>订金不能高于合同总价。</translation>
        </message>
        <message>
            <source>Compare at most {max} loans side by side.</source>
            <translation>最多并列对比 {max} 个贷款方案。</translation>
        </message>
        <message>
            <source>Choose cash or one of the loans.</source>
            <translation>请选择全款或其中一个贷款方案。</translation>
        </message>
        <message>
            <source>Enter a PIN.</source>
            <translation>请输入 PIN 码。</translation>
        </message>
        <message>
            <source>A PIN cannot be only spaces.</source>
            <translation>PIN 码不能只有空格。</translation>
        </message>
        <message>
            <source>The PIN is too short ({low} characters at least).</source>
            <translation>PIN 码太短（至少 {low} 个字符）。</translation>
        </message>
        <message>
            <source>The PIN is too long ({high} characters at most).</source>
            <translation>PIN 码太长（最多 {high} 个字符）。</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>两次输入的 PIN 码不一致。</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>您不能停用自己的账号。</translation>
        </message>
        <message>
            <source>This is the last active administrator: it must stay active.</source>
            <translation>这是最后一位启用中的系统管理员，必须保持启用。</translation>
        </message>
        <message>
            <source>Choose a role.</source>
            <translation>请选择角色。</translation>
        </message>
        <message>
            <source>Another active user already has this name.</source>
            <translation>已有其他启用中的用户使用此名称。</translation>
        </message>
        <message>
            <source>Only .csv, .txt and .xlsx files can be imported (this one is "{suffix}").</source>
            <extracomment>The service's messages, repeated here so lupdate (which reads ui/ and domain/) sees them; tests check that this list and services.importexport.SERVICE_MESSAGES agree.
----------
Every exported column, in order, with its English header (the UI may pass translated ones). ID numbers leave the application masked only, so they cannot come back in.</extracomment>
            <translation>只能导入 .csv、.txt 和 .xlsx 文件（此文件为“{suffix}”）。</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}</source>
            <translation>无法读取文件：{reason}</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <source>The file is not UTF-8, Big5 or GB18030 text. Save it from Excel as "CSV UTF-8" and try again.</source>
            <translation>此文件不是 UTF-8、Big5 或 GB18030 文本。请在 Excel 中另存为“CSV UTF-8”后重试。</translation>
        </message>
        <message>
            <source>The file cannot be read as a table: {reason}</source>
            <translation>无法将文件读取为表格：{reason}</translation>
        </message>
        <message>
            <source>The first row must hold the column names (for example Name, Phone); this file starts with customer data.</source>
            <translation>第一行必须是列名（例如：姓名、电话），但此文件一开始就是客户数据。</translation>
        </message>
        <message>
            <source>The file holds column names but no customers.</source>
            <translation>文件只有列名，没有客户数据。</translation>
        </message>
        <message>
            <source>The spreadsheet is damaged or incomplete. Open it in Excel, save it again and retry.</source>
            <translation>电子表格已损坏或不完整。请用 Excel 打开并重新保存后重试。</translation>
        </message>
        <message>
            <source>Choose the column that holds the phone numbers.</source>
            <translation>请选择存放电话号码的列。</translation>
        </message>
        <message>
            <source>Choose the column that holds the names.</source>
            <translation>请选择存放姓名的列。</translation>
        </message>
        <message>
            <source>Columns {columns} are both set to the same field; choose one.</source>
            <translation>{columns} 这几列设为同一个字段，请只选一列。</translation>
        </message>
        <message>
            <source>Enter a date as yyyy-mm-dd, yyyy/mm/dd or ROC 115/01/02.</source>
            <translation>请按 yyyy-mm-dd、yyyy/mm/dd 或民国 115/01/02 格式输入日期。</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>请输入整数。</translation>
        </message>
        <message>
            <source>Enter yes or no.</source>
            <translation>请填写“是”或“否”。</translation>
        </message>
        <message>
            <source>Enter person or company.</source>
            <translation>请填写“个人”或“公司”。</translation>
        </message>
        <message>
            <source>No active user is called "{user}".</source>
            <translation>没有名为“{user}”的在职用户。</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Enter a date like 2026-12-24.</source>
            <translation>请输入日期，例如 2026-12-24。</translation>
        </message>
        <message>
            <source>Give a one-line reason why this does not apply.</source>
            <translation>请用一行文字说明不适用的原因。</translation>
        </message>
        <message>
            <source>Keep the reason to one line.</source>
            <translation>原因请写在一行内。</translation>
        </message>
        <message>
            <source>Choose the expected purchase time from the list.</source>
            <extracomment>A stated timeline maps directly to a level. C covers "more than a month, up to about three months"; beyond that there is no clear intent yet, so N. Highest intent first; moving to a later entry is a demotion.</extracomment>
            <translation>请从列表中选择预计购车时间。</translation>
        </message>
        <message>
            <source>The driving licence has expired.</source>
            <extracomment>Licence classes that allow driving a private passenger car. Anything not listed fails. CN (准驾车型): C1 small car; C2 small car, automatic only; A1/A2/A3/B1/B2 include C1. TW (駕照種類): 小型車, and the larger classes (大貨車, 大客車, 聯結車) that include it, each as 普通 (private) or 職業 (professional). HK: class 1 private car, class 2 light goods vehicle; 1A/2A are automatic only.</extracomment>
            <translation>驾驶证已过期。</translation>
        </message>
        <message>
            <source>The driver has held a licence for less than the required {years} year(s).</source>
            <translation>驾驶人的驾龄未满规定的 {years} 年。</translation>
        </message>
        <message>
            <source>The driver must be at least 18 years old.</source>
            <translation>驾驶人必须年满 18 周岁。</translation>
        </message>
        <message>
            <source>This licence class does not allow driving a passenger car.</source>
            <translation>此准驾车型不能驾驶小型载客汽车。</translation>
        </message>
        <message>
            <source>This licence allows only cars with automatic transmission.</source>
            <translation>此驾驶证仅限驾驶自动挡汽车。</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>This test car is already booked at that time.</source>
            <translation>这台试驾车在该时段已被预约。</translation>
        </message>
        <message>
            <source>The odometer reading on return cannot be lower than at departure.</source>
            <translation>返回时的里程数不能低于出发时。</translation>
        </message>
        <message>
            <source>The car was driven {distance} km, more than twice the route length ({route} km). Please check the odometer readings.</source>
            <translation>本次行驶 {distance} 公里，超过路线长度（{route} 公里）的两倍，请检查里程数。</translation>
        </message>
        <message>
            <source>The departure time cannot be before the arrival time.</source>
            <translation>离店时间不能早于进店时间。</translation>
        </message>
        <message>
            <source>The minimum budget cannot be above the maximum.</source>
            <translation>最低预算不能高于最高预算。</translation>
        </message>
        <message>
            <source>This test car is already booked from {start} to {end}.</source>
            <translation>这台试驾车在 {start} 至 {end} 已有预约。</translation>
        </message>
        <message>
            <source>Choose the reason the sale was lost.</source>
            <translation>请选择战败原因。</translation>
        </message>
        <message>
            <source>Choose a revisit date from today on.</source>
            <translation>请选择今天或之后的回访日期。</translation>
        </message>
        <message>
            <source>Use a date like 2026-01-01.</source>
            <translation>日期格式如 2026-01-01。</translation>
        </message>
        <message>
            <source>Write a number, or one band per line: “limit: value” (last line “*: value”).</source>
            <translation>请填写一个数字，或每行一个档位：“上限: 数值”（最后一行“*: 数值”）。</translation>
        </message>
        <message>
            <source>A discount of {percent} % needs a manager's approval.</source>
            <translation>{percent}% 的优惠须经经理批准。</translation>
        </message>
        <message>
            <source>The deposit is above {cap_percent} % of the price, as a special order allows. Record what makes this a special order.</source>
            <translation>订金超过总价 {cap_percent}%，特殊订单可以如此约定。请记录属于特殊订单的理由。</translation>
        </message>
        <message>
            <source>Earnest money (定金) above {cap_percent} % of the price ({cap}) is not treated as earnest money. Give a reason to go ahead.</source>
            <translation>超过价款 {cap_percent}%（{cap}）的部分不产生定金效力。如要继续，请填写理由。</translation>
        </message>
        <message>
            <source>The deposit is above {cap_percent} % of the price ({cap}). Give a reason to go ahead, e.g. a limited, custom or special-order car.</source>
            <translation>订金超过总价 {cap_percent}%（{cap}）。如要继续请填写理由，例如限量、定制或特殊规格车。</translation>
        </message>
        <message>
            <source>The deposit is above the {cap_percent} % cap: give a reason.</source>
            <translation>订金超过 {cap_percent}% 上限：请填写理由。</translation>
        </message>
        <message>
            <source>The delivered VIN {vin} is not the contract's VIN {contract}.</source>
            <translation>交付车辆的车架号 {vin} 与合同上的车架号 {contract} 不一致。</translation>
        </message>
        <message>
            <source>The contract has no VIN; add it to the contract first.</source>
            <translation>合同上没有车架号，请先补充。</translation>
        </message>
        <message>
            <source>A technician must sign the PDI before delivery.</source>
            <translation>交车前须由技师签核 PDI。</translation>
        </message>
        <message>
            <source>The PDI ({pdi}) must be dated on or before the delivery ({delivery}).</source>
            <translation>PDI 日期（{pdi}）不得晚于交车日期（{delivery}）。</translation>
        </message>
        <message>
            <source>Count the keys handed over: at least one.</source>
            <translation>请清点交付的钥匙：至少一把。</translation>
        </message>
        <message>
            <source>Enter the service advisor introduced to the customer.</source>
            <translation>请输入介绍给客户的服务顾问。</translation>
        </message>
        <message>
            <source>Enter the odometer reading.</source>
            <translation>请输入里程表读数。</translation>
        </message>
        <message>
            <source>This item is not on the checklist for this car.</source>
            <translation>此项目不在这辆车的检查表上。</translation>
        </message>
        <message>
            <source>Describe the defect and the agreed fix.</source>
            <translation>请描述缺陷及约定的处理方式。</translation>
        </message>
        <message>
            <source>Keep the note to one line.</source>
            <translation>备注请保持一行。</translation>
        </message>
        <message>
            <source>Record every PDI item before signing ({count} still open).</source>
            <translation>签核前请记录所有 PDI 项目（尚有 {count} 项未完成）。</translation>
        </message>
        <message>
            <source>Enter the technician who signs the PDI.</source>
            <translation>请输入签核 PDI 的技师。</translation>
        </message>
        <message>
            <source>The PDI cannot be signed in the future.</source>
            <translation>PDI 签核时间不能是将来。</translation>
        </message>
        <message>
            <source>The odometer shows {odometer} km, more than the contract's maximum of {max_km} km.</source>
            <translation>里程表显示 {odometer} 公里，超过合同约定的上限 {max_km} 公里。</translation>
        </message>
        <message>
            <source>The payment is not recorded as settled.</source>
            <translation>尚未记录款项结清。</translation>
        </message>
        <message>
            <source>The loan is not recorded as disbursed.</source>
            <translation>尚未记录贷款已放款。</translation>
        </message>
        <message>
            <source>Documents neither ticked as handed over nor marked not applicable: {count}.</source>
            <translation>尚未勾选交付或标记不适用的文件：{count} 项。</translation>
        </message>
        <message>
            <source>Defects noted in the PDI: {count}. Agree the fixes and dates with the customer.</source>
            <translation>PDI 记录的缺陷：{count} 项。请与客户约定处理方式与日期。</translation>
        </message>
        <message>
            <source>Mark the car delivered despite these warnings?</source>
            <translation>仍要将此车标记为已交车吗？</translation>
        </message>
        <message>
            <source>The file is larger than {max_mb} MB; choose a smaller picture.</source>
            <translation>文件大于 {max_mb} MB，请选择较小的照片。</translation>
        </message>
        <message>
            <source>The picture has too many pixels ({megapixels} megapixels); choose a smaller one.</source>
            <translation>照片像素过多（{megapixels} 百万像素），请选择较小的照片。</translation>
        </message>
        <message>
            <source>This file is not a picture the application can read (for example JPEG or PNG).</source>
            <translation>此文件不是本程序可读取的图片（例如 JPEG 或 PNG）。</translation>
        </message>
        <message>
            <source>The picture file is damaged and cannot be read.</source>
            <translation>图片文件已损坏，无法读取。</translation>
        </message>
        <message>
            <source>This car has already been delivered.</source>
            <translation>此车已交车。</translation>
        </message>
        <message>
            <source>Only a deal with a signed contract can be delivered.</source>
            <translation>只有已签约的交易才能交车。</translation>
        </message>
        <message>
            <source>This deal has no contract yet.</source>
            <translation>此交易尚无合同。</translation>
        </message>
        <message>
            <source>The deal's stock unit has another VIN ({stock_vin}); swap the unit first.</source>
            <translation>此交易的库存车车架号不同（{stock_vin}），请先更换车辆。</translation>
        </message>
        <message>
            <source>This stock unit is already sold.</source>
            <translation>此库存车已售出。</translation>
        </message>
        <message>
            <source>This stock unit belongs to another deal.</source>
            <translation>此库存车属于另一笔交易。</translation>
        </message>
        <message>
            <source>Choose a time from today on.</source>
            <translation>请选择今天或之后的时间。</translation>
        </message>
        <message>
            <source>Record the PDI and the handover before marking the car delivered.</source>
            <translation>标记已交车前，请先记录 PDI 与交车交接。</translation>
        </message>
        <message>
            <source>The loan amount is too small for this many months.</source>
            <translation>贷款金额对此期数而言太小。</translation>
        </message>
        <message>
            <source>Enter the down payment.</source>
            <translation>请输入首付。</translation>
        </message>
        <message>
            <source>The down payment cannot be more than the vehicle price.</source>
            <translation>首付不能高于车价。</translation>
        </message>
        <message>
            <source>The down payment covers the whole price: nothing to finance.</source>
            <translation>首付已覆盖全部车价：无需贷款。</translation>
        </message>
        <message>
            <source>The commission must be between 0 % and 100 %.</source>
            <translation>佣金必须在 0% 至 100% 之间。</translation>
        </message>
        <message>
            <source>Use whole dollars for this amount.</source>
            <translation>此金额请以元为单位（不含角分）。</translation>
        </message>
        <message>
            <source>The loan amount must be more than zero.</source>
            <translation>贷款金额必须大于零。</translation>
        </message>
        <message>
            <source>Enter the term.</source>
            <translation>请输入期数。</translation>
        </message>
        <message>
            <source>The term must be between {min} and {max} months.</source>
            <translation>期数必须在 {min} 至 {max} 个月之间。</translation>
        </message>
        <message>
            <source>Enter the rate.</source>
            <translation>请输入利率。</translation>
        </message>
        <message>
            <source>The rate must be between 0 % and {max} %.</source>
            <translation>利率必须在 0% 至 {max}% 之间。</translation>
        </message>
        <message>
            <source>A 0 % + fee loan has no interest rate.</source>
            <translation>0% + 手续费方案没有利率。</translation>
        </message>
        <message>
            <source>Only a balloon loan has a final balloon.</source>
            <translation>只有弹性尾付方案才有尾款。</translation>
        </message>
        <message>
            <source>The balloon must be less than the loan amount.</source>
            <translation>尾款必须小于贷款金额。</translation>
        </message>
        <message>
            <source>Only a 0 % + fee loan spreads its fee into the instalments.</source>
            <translation>只有 0% + 手续费方案可将手续费分摊到各期。</translation>
        </message>
        <message>
            <source>The fee must be less than the loan amount.</source>
            <translation>手续费必须小于贷款金额。</translation>
        </message>
        <message>
            <source>Choose a trim of this model.</source>
            <extracomment>Messages the presentation services raise (kept here so they reach the translations).</extracomment>
            <translation>请选择该车型的车款。</translation>
        </message>
        <message>
            <source>Choose one to {max} trims to compare.</source>
            <translation>请选择 1 至 {max} 个车款对比。</translation>
        </message>
        <message>
            <source>This trim is no longer in the catalogue.</source>
            <translation>该车款已不在车型目录中。</translation>
        </message>
        <message>
            <source>Unknown spec.</source>
            <translation>未知的配置项目。</translation>
        </message>
        <message>
            <source>Write the feature in at least one language.</source>
            <translation>请至少用一种语言填写特征。</translation>
        </message>
        <message>
            <source>Write down what the customer objected to.</source>
            <translation>请记录客户提出的异议。</translation>
        </message>
        <message>
            <source>Compare at most {max} trims at a time.</source>
            <translation>一次最多对比 {max} 个车款。</translation>
        </message>
        <message>
            <source>Enter an amount of zero or more.</source>
            <translation>请输入零或以上的金额。</translation>
        </message>
        <message>
            <source>The lowest price cannot be above the highest.</source>
            <translation>最低价格不能高于最高价格。</translation>
        </message>
        <message>
            <source>Two rules “{key}” ({region}) are valid on {date}. Correct their dates in Settings.</source>
            <translation>{date} 同时有两条规则“{key}”（{region}）有效。请在设置中更正其日期。</translation>
        </message>
        <message>
            <source>No rule “{key}” ({region}) is valid on {date}. Add one in Settings.</source>
            <translation>{date} 没有有效的规则“{key}”（{region}）。请在设置中新增。</translation>
        </message>
        <message>
            <source>No band of rule “{key}” ({region}) on {date} covers {quantity}.</source>
            <translation>规则“{key}”（{region}）在 {date} 没有覆盖 {quantity} 的档位。</translation>
        </message>
        <message>
            <source>Rule “{key}” ({region}) holds the wrong kind of value.</source>
            <translation>规则“{key}”（{region}）的数值类型不正确。</translation>
        </message>
        <message>
            <source>Use a key like “cn.vat_rate”.</source>
            <translation>代码格式如“cn.vat_rate”。</translation>
        </message>
        <message>
            <source>“Valid to” cannot be before “valid from”.</source>
            <translation>“失效日”不能早于“生效日”。</translation>
        </message>
        <message>
            <source>This rule needs a table of bands.</source>
            <translation>此规则需要档位表。</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more.</source>
            <translation>请输入 0 或以上的数字。</translation>
        </message>
        <message>
            <source>This rule needs a single number.</source>
            <translation>此规则需要单个数字。</translation>
        </message>
        <message>
            <source>Enter at least one band.</source>
            <translation>请至少输入一个档位。</translation>
        </message>
        <message>
            <source>Band {band}: enter a number of 0 or more.</source>
            <translation>第 {band} 档：请输入 0 或以上的数字。</translation>
        </message>
        <message>
            <source>Only the last band can be open-ended.</source>
            <translation>只有最后一个档位可以没有上限。</translation>
        </message>
        <message>
            <source>Band {band}: the limits must go up.</source>
            <translation>第 {band} 档：上限必须逐档递增。</translation>
        </message>
        <message>
            <source>These dates overlap the rule “{key}” valid from {other_from}.</source>
            <translation>这些日期与自 {other_from} 起生效的规则“{key}”重叠。</translation>
        </message>
        <message>
            <source>Write numbers as text.</source>
            <translation>请以文本形式填写数字。</translation>
        </message>
        <message>
            <source>Not a number: {value}</source>
            <translation>不是数字：{value}</translation>
        </message>
        <message>
            <source>Choose TW, CN or HK.</source>
            <translation>请选择 TW、CN 或 HK。</translation>
        </message>
        <message>
            <source>A band is [limit, value].</source>
            <translation>档位的格式为 [上限, 数值]。</translation>
        </message>
        <message>
            <source>Enter the engine displacement in cc.</source>
            <translation>请输入排量（cc）。</translation>
        </message>
        <message>
            <source>Enter the motor's horsepower.</source>
            <translation>请输入电机马力。</translation>
        </message>
        <message>
            <source>This request was already decided.</source>
            <translation>这项申请已经处理过了。</translation>
        </message>
        <message>
            <source>Nothing is recorded for this delivery yet: schedule it or record the PDI.</source>
            <translation>此交车尚无任何记录：请先预约交车或填写 PDI。</translation>
        </message>
        <message>
            <source>The stored ceremony photo cannot be read. Choose the photo again, or remove it.</source>
            <translation>无法读取已保存的交车合影。请重新选择照片，或将其移除。</translation>
        </message>
        <message>
            <source>The logo file is larger than 5 MB.</source>
            <translation>标志文件超过 5 MB。</translation>
        </message>
        <message>
            <source>This file is not a picture that can be printed.</source>
            <translation>这个文件不是可以打印的图片。</translation>
        </message>
        <message>
            <source>Too much text to keep as a draft.</source>
            <translation>文字太多，无法保存为草稿。</translation>
        </message>
        <message>
            <source>Enter the rate as a number, e.g. 4.5.</source>
            <translation>请以数字输入利率，例如 4.5。</translation>
        </message>
    </context>
    <context>
        <name>VehicleBox</name>
        <message>
            <source>Delivered car</source>
            <translation>交付车辆</translation>
        </message>
        <message>
            <source>&amp;VIN:</source>
            <translation>车架号(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Plate number:</source>
            <translation>车牌号码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Odometer (km):</source>
            <translation>里程（公里）(&amp;O)：</translation>
        </message>
        <message>
            <source>Service &amp;advisor:</source>
            <translation>服务顾问(&amp;A)：</translation>
        </message>
        <message>
            <source>As read on the car (17 characters)</source>
            <translation>按车身上所见填写（17 位）</translation>
        </message>
        <message>
            <source>Introduced to the customer at the handover</source>
            <translation>交车时介绍给客户的服务顾问</translation>
        </message>
    </context>
    <context>
        <name>VehicleDialog</name>
        <message>
            <source>Vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Edit vehicle</source>
            <translation>编辑车辆</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>车型(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Plate number</source>
            <translation>车牌号码(&amp;P)</translation>
        </message>
        <message>
            <source>Vehicle &amp;type</source>
            <translation>车辆类型(&amp;T)</translation>
        </message>
        <message>
            <source>Po&amp;wertrain</source>
            <translation>动力类型(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;VIN</source>
            <translation>车架号（VIN）(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Delivery date</source>
            <translation>交车日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Odometer at delivery (km)</source>
            <translation>交车里程（公里）(&amp;O)</translation>
        </message>
        <message>
            <source>Maintenance &amp;items</source>
            <translation>保养项目(&amp;I)</translation>
        </message>
        <message>
            <source>Maintenance interval (&amp;km)</source>
            <translation>保养周期（公里）(&amp;K)</translation>
        </message>
        <message>
            <source>Maintenance interval (mo&amp;nths)</source>
            <translation>保养周期（月）(&amp;N)</translation>
        </message>
        <message>
            <source>Next maintenance set by &amp;hand</source>
            <translation>手动指定下次保养日期(&amp;H)</translation>
        </message>
        <message>
            <source>Next maintenance (computed)</source>
            <translation>下次保养日期（系统推算）</translation>
        </message>
        <message>
            <source>Choose from the catalogue or type the model</source>
            <translation>从车型目录选择，或直接输入车型</translation>
        </message>
        <message>
            <source>empty: the model's interval</source>
            <translation>空白：采用车型默认周期</translation>
        </message>
        <message>
            <source>empty: use the computed date</source>
            <translation>空白：采用系统推算日期</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <source>computed after saving</source>
            <translation>保存后推算</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>VehiclePicker</name>
        <message>
            <source>Vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Filter by model, trim, colour or VIN</source>
            <translation>按车型、车款、颜色或车架号筛选</translation>
        </message>
        <message>
            <source>Stock units</source>
            <translation>库存车</translation>
        </message>
        <message>
            <source>Order a trim</source>
            <translation>订购车款</translation>
        </message>
        <message>
            <source>Model and trim</source>
            <translation>车型及车款</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>车架号（VIN）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>厂商指导价</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>&amp;Reserve this unit</source>
            <translation>预留此车(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Order this trim</source>
            <translation>订购此车款(&amp;O)</translation>
        </message>
        <message>
            <source>No car chosen yet: reserve a unit or order a trim.</source>
            <translation>尚未选车：请预留一台库存车或订购车款。</translation>
        </message>
        <message>
            <source>Reserved: %1 · %2 · VIN %3</source>
            <translation>已预留：%1 · %2 · 车架号 %3</translation>
        </message>
        <message>
            <source>Ordered from the factory: %1</source>
            <translation>向厂家订购：%1</translation>
        </message>
        <message>
            <source>Reserved for this deal</source>
            <translation>已为本交易预留</translation>
        </message>
        <message>
            <source>Select a unit in the list first.</source>
            <translation>请先在列表中选择一台车。</translation>
        </message>
        <message>
            <source>Select a trim in the list first.</source>
            <translation>请先在列表中选择车款。</translation>
        </message>
    </context>
    <context>
        <name>VehiclesPanel</name>
        <message>
            <source>Model</source>
            <translation>车型</translation>
        </message>
        <message>
            <source>Plate number</source>
            <translation>车牌号码</translation>
        </message>
        <message>
            <source>Vehicle type</source>
            <translation>车辆类型</translation>
        </message>
        <message>
            <source>Powertrain</source>
            <translation>动力类型</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>车架号（VIN）</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>交车日期</translation>
        </message>
        <message>
            <source>Maintenance interval</source>
            <translation>保养周期</translation>
        </message>
        <message>
            <source>Next maintenance</source>
            <translation>下次保养日期</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Odometer (km)</source>
            <translation>里程（公里）</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>保养／维修项目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>服务顾问</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Service history</source>
            <translation>服务记录</translation>
        </message>
        <message>
            <source>Add &amp;vehicle…</source>
            <translation>添加车辆(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Edit vehicle…</source>
            <translation>编辑车辆(&amp;E)…</translation>
        </message>
        <message>
            <source>Remove vehicle</source>
            <translation>删除车辆</translation>
        </message>
        <message>
            <source>Add service &amp;record…</source>
            <translation>添加服务记录(&amp;R)…</translation>
        </message>
        <message>
            <source>Remove service record</source>
            <translation>删除服务记录</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1（手动指定）</translation>
        </message>
        <message>
            <source>%1 (set by hand; computed %2)</source>
            <translation>%1（手动指定；系统推算 %2）</translation>
        </message>
        <message>
            <source>Remove %1 from this customer?</source>
            <translation>要从这位客户的资料中删除 %1 吗？</translation>
        </message>
        <message>
            <source>Remove the service record of %1?</source>
            <translation>要删除 %1 的服务记录吗？</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <source>Saved by</source>
            <translation>保存人</translation>
        </message>
        <message>
            <source>Languages changed</source>
            <translation>变更语言</translation>
        </message>
        <message>
            <source>Start from the selected &amp;version</source>
            <translation>以所选版本为底稿(&amp;V)</translation>
        </message>
        <message>
            <source>Copy the selected version's names, titles, clauses and settings into the editor (saved only by Save)</source>
            <translation>将所选版本的名称、标题、条款与设置复制到编辑区（按“保存”后才会保存）</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>范本：</translation>
        </message>
        <message>
            <source>Edition:</source>
            <translation>版次：</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>日期格式：</translation>
        </message>
        <message>
            <source>Review period:</source>
            <translation>审阅期：</translation>
        </message>
        <message>
            <source>%1 (current)</source>
            <translation>%1（当前使用）</translation>
        </message>
        <message>
            <source>first version</source>
            <translation>初始版本</translation>
        </message>
        <message>
            <source>dates or review period</source>
            <translation>日期格式或审阅期</translation>
        </message>
        <message>
            <source>no clause changed</source>
            <translation>条款未更改</translation>
        </message>
        <message>
            <source>ROC (Minguo) years on Traditional Chinese contracts</source>
            <translation>繁体中文合同使用民国纪年</translation>
        </message>
        <message>
            <source>Western calendar</source>
            <translation>公历纪年</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before signing</source>
            <translation>
                <numerusform>签约前 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>VisitEditor</name>
        <message>
            <source>This visit</source>
            <translation>本次来店</translation>
        </message>
        <message>
            <source>&amp;Arrival</source>
            <translation>进店时间(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Departure</source>
            <translation>离店时间(&amp;D)</translation>
        </message>
        <message>
            <source>Left at</source>
            <translation>已离店</translation>
        </message>
        <message>
            <source>&amp;Party size</source>
            <translation>来店人数(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Companions</source>
            <translation>同行者(&amp;C)</translation>
        </message>
        <message>
            <source>e.g. wife and two kids</source>
            <translation>例如：妻子和两个孩子</translation>
        </message>
        <message>
            <source>&amp;Invited (booked visit)</source>
            <translation>邀约到店(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>洽谈摘要(&amp;S)</translation>
        </message>
        <message>
            <source>What they looked at, what was discussed</source>
            <translation>看了哪些车、谈了什么</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>e.g. send the quote on LINE tonight</source>
            <translation>例如：今晚通过微信发送报价单</translation>
        </message>
    </context>
    <context>
        <name>VisitorsBoard</name>
        <message>
            <source>Arrived</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Time in showroom</source>
            <translation>在店时间</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>来店</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>销售顾问</translation>
        </message>
        <message>
            <source>Customer &amp;left</source>
            <translation>客户离店(&amp;L)</translation>
        </message>
        <message>
            <source>Open cockpit</source>
            <translation>打开驾驶舱</translation>
        </message>
        <message>
            <source>Everyone today</source>
            <translation>显示今日全部来店</translation>
        </message>
        <message>
            <source>In the showroom now: %1</source>
            <translation>目前在展厅：%1</translation>
        </message>
        <message>
            <source>%1 (still here)</source>
            <translation>%1（仍在店内）</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>WalkaroundSection</name>
        <message>
            <source>&amp;Trim shown:</source>
            <translation>介绍车款(&amp;T)：</translation>
        </message>
        <message numerus="yes">
            <source>(%n card(s))</source>
            <translation>
                <numerusform>（%n 张卡片）</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a trim to walk around: “Walk around this trim” in the Recommended or Catalogue tab.</source>
            <translation>请选择要绕车介绍的车款：在“推荐”或“车型目录”页点击“绕车介绍此车款”。</translation>
        </message>
        <message>
            <source>No FAB cards for this point yet. A manager adds them in Inventory.</source>
            <translation>该方位尚无 FAB 卡片，可由销售经理在“库存”页添加。</translation>
        </message>
    </context>
</TS>