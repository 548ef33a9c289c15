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
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>Benchmark and test hook: print start-up figures once the window is shown, then quit. On a *demo* database it also signs in as the first user without the sign-in dialog (every demo PIN is the public "0000" anyway), because the benchmark measures start-up, not typing. On a real dealership's database it never skips the PIN.</extracomment>
            <translation>无法打开数据库</translation>
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
        <message>
            <source>Visit not recorded</source>
            <translation>到店未记录</translation>
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
            <source>Not saved: please correct the fields marked.</source>
            <translation>未保存：请更正标出的字段。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
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
            <extracomment>The service's messages, repeated here so lupdate (which reads ui/ and domain/) sees them; tests check that this list and services.importexport.SERVICE_MESSAGES agree.</extracomment>
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
</TS>