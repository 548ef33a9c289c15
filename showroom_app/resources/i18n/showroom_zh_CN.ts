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
            <source>This field is required.</source>
            <translation>此字段为必填项。</translation>
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
    </context>
</TS>