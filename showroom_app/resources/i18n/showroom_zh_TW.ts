<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Showroom Assistant</source>
            <translation>關於展廳助手</translation>
        </message>
        <message>
            <source>Showroom Assistant</source>
            <translation>展廳助手</translation>
        </message>
        <message>
            <source>Version %1 · Qt %2 · PySide %3 · Python %4</source>
            <translation>版本 %1 · Qt %2 · PySide %3 · Python %4</translation>
        </message>
        <message>
            <source>Components and their licences:</source>
            <translation>元件及其授權條款：</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>新增使用者</translation>
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
            <translation>PIN 碼(&amp;P)</translation>
        </message>
        <message>
            <source>Repeat the P&amp;IN</source>
            <translation>再次輸入 PIN 碼(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>AgreementBox</name>
        <message>
            <source>2. Route, staff and agreement</source>
            <translation>2. 路線、陪同人員與協議書</translation>
        </message>
        <message>
            <source>&amp;Route:</source>
            <translation>試駕路線(&amp;R)：</translation>
        </message>
        <message>
            <source>Accompanying &amp;staff:</source>
            <translation>陪同人員(&amp;S)：</translation>
        </message>
        <message>
            <source>e.g. city loop with expressway section</source>
            <translation>例如：市區環線含快速道路路段</translation>
        </message>
        <message>
            <source>&amp;Print agreement…</source>
            <translation>列印協議書(&amp;P)…</translation>
        </message>
        <message>
            <source>Mark si&amp;gned</source>
            <translation>標記已簽署(&amp;G)</translation>
        </message>
        <message>
            <source>Available once this booking's agreement was printed or previewed.</source>
            <translation>本筆預約的協議書列印或預覽後才可使用。</translation>
        </message>
        <message>
            <source>✓ Agreement signed %1</source>
            <translation>✓ 協議書已於 %1 簽署</translation>
        </message>
        <message>
            <source>Agreement printed — mark it signed once the customer has signed.</source>
            <translation>協議書已列印；客戶簽名後請標記為已簽署。</translation>
        </message>
        <message>
            <source>Print the agreement for the customer to sign.</source>
            <translation>請列印協議書讓客戶簽署。</translation>
        </message>
        <message>
            <source>The agreement can be printed once the licence passes the check.</source>
            <translation>駕照查核通過後才能列印協議書。</translation>
        </message>
    </context>
    <context>
        <name>AgreementPreview</name>
        <message>
            <source>Test-drive agreement</source>
            <extracomment>The preview of an agreement (the shared preview, named for the stage-5 page).</extracomment>
            <translation>試駕協議書</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>Benchmark and test hook: print start-up figures once the window is shown, then quit. On a *demo* database it also signs in as the first user without the sign-in dialog (every demo PIN is the public "0000" anyway), because the benchmark measures start-up, not typing. On a real dealership's database it never skips the PIN.</extracomment>
            <translation>無法開啟資料庫</translation>
        </message>
    </context>
    <context>
        <name>ApplicationCard</name>
        <message>
            <source>&amp;Edit terms…</source>
            <translation>修改條件(&amp;E)…</translation>
        </message>
        <message>
            <source>The lender offers other terms (rate, term, fee): change them here.</source>
            <translation>金融機構核給不同條件（利率、期數、手續費）時，在這裡修改。</translation>
        </message>
        <message>
            <source>Print repayment &amp;schedule…</source>
            <translation>列印還款明細表(&amp;S)…</translation>
        </message>
        <message>
            <source>Documents collected</source>
            <translation>已收文件</translation>
        </message>
        <message>
            <source>Note for the next step (for a rejection: the lender's reason)</source>
            <translation>下一步的備註（未核准時：請填寫金融機構的理由）</translation>
        </message>
    </context>
    <context>
        <name>AppointmentBox</name>
        <message>
            <source>Delivery appointment</source>
            <translation>交車預約</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>日期與時間(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>時長(&amp;L)：</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <source>&amp;Book this time</source>
            <translation>預約此時間(&amp;B)</translation>
        </message>
    </context>
    <context>
        <name>AppointmentList</name>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>預約</translation>
        </message>
        <message>
            <source>Test car</source>
            <translation>試駕車</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Showed up</source>
            <translation>已到店</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽約</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>取消預約</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
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
            <translation>後一天</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>今天(&amp;T)</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n 筆預約</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalBox</name>
        <message>
            <source>Discount approval</source>
            <translation>優惠核准</translation>
        </message>
        <message>
            <source>Note (needed to reject)</source>
            <translation>備註（駁回時必填）</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>核准(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>駁回(&amp;J)</translation>
        </message>
        <message>
            <source>Within the dealership's limit (%1): no approval needed.</source>
            <translation>在公司授權範圍內（%1）：無須核准。</translation>
        </message>
        <message>
            <source>Above the dealership's limit (%1): a manager's approval will be requested when the deal is saved.</source>
            <translation>超過公司授權範圍（%1）：儲存時將送請主管核准。</translation>
        </message>
        <message>
            <source>Waiting for a manager's approval (requested by %1). Contract and printing wait until then.</source>
            <translation>等待主管核准（由 %1 提出）。核准前無法簽約及列印。</translation>
        </message>
        <message>
            <source>Approved by %1 on %2.</source>
            <translation>已由 %1 於 %2 核准。</translation>
        </message>
        <message>
            <source>Rejected by %1 on %2: %3</source>
            <translation>已由 %1 於 %2 駁回：%3</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPanel</name>
        <message>
            <source>Requested</source>
            <translation>申請時間</translation>
        </message>
        <message>
            <source>By</source>
            <translation>申請人</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>申請內容</translation>
        </message>
        <message>
            <source>Approvals waiting for you</source>
            <translation>待您核准的申請</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
        </message>
        <message>
            <source>Why (required when rejecting)</source>
            <translation>原因（駁回時必填）</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>核准(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>駁回(&amp;J)</translation>
        </message>
        <message>
            <source>You cannot decide on your own request.</source>
            <translation>您不能核准或駁回自己的申請。</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>Customer name</source>
            <extracomment>The archive fields of DOMAIN.md §5.1 that the meter counts (field key, English label).</extracomment>
            <translation>客戶姓名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Visit or service date</source>
            <translation>來店 / 服務日期</translation>
        </message>
        <message>
            <source>Vehicle model</source>
            <translation>車型</translation>
        </message>
        <message>
            <source>Plate number</source>
            <translation>車牌號碼</translation>
        </message>
        <message>
            <source>Vehicle type</source>
            <translation>車輛類型</translation>
        </message>
        <message>
            <source>Maintenance items</source>
            <translation>保養項目</translation>
        </message>
        <message>
            <source>Maintenance interval</source>
            <translation>保養週期</translation>
        </message>
        <message>
            <source>Next maintenance date</source>
            <translation>下次保養日期</translation>
        </message>
        <message>
            <source>Services the customer wants</source>
            <translation>客戶希望的服務</translation>
        </message>
    </context>
    <context>
        <name>ArchiveLabels</name>
        <message>
            <source>Oil and oil filter</source>
            <translation>機油與機油濾芯</translation>
        </message>
        <message>
            <source>Air filter</source>
            <translation>空氣濾芯</translation>
        </message>
        <message>
            <source>Cabin filter</source>
            <translation>冷氣濾網</translation>
        </message>
        <message>
            <source>Brake fluid</source>
            <translation>煞車油</translation>
        </message>
        <message>
            <source>Coolant</source>
            <translation>水箱精</translation>
        </message>
        <message>
            <source>Spark plugs</source>
            <translation>火星塞</translation>
        </message>
        <message>
            <source>Tyre rotation</source>
            <translation>輪胎對調</translation>
        </message>
        <message>
            <source>Air conditioning</source>
            <translation>冷氣系統</translation>
        </message>
        <message>
            <source>Battery check</source>
            <translation>電瓶檢查</translation>
        </message>
        <message>
            <source>EV battery coolant</source>
            <translation>電池冷卻液</translation>
        </message>
        <message>
            <source>Pick-up and drop-off</source>
            <translation>到府取送車</translation>
        </message>
        <message>
            <source>Weekend appointments</source>
            <translation>週末預約</translation>
        </message>
        <message>
            <source>Detailing</source>
            <translation>美容清潔</translation>
        </message>
        <message>
            <source>Tyre storage</source>
            <translation>輪胎寄存</translation>
        </message>
        <message>
            <source>Insurance renewal quote</source>
            <translation>保險續保報價</translation>
        </message>
        <message>
            <source>Courtesy car</source>
            <translation>代步車</translation>
        </message>
        <message>
            <source>Reminders by message</source>
            <translation>訊息提醒</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未設定）</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>簡訊</translation>
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
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <source>National ID card</source>
            <translation>身分證</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>護照</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>居留證</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他證件</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>個人</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Showroom visit</source>
            <translation>來店</translation>
        </message>
        <message>
            <source>Inbound call</source>
            <translation>來電</translation>
        </message>
        <message>
            <source>Outbound call</source>
            <translation>去電</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>拜訪</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>保養維修</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任務</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log</source>
            <extracomment>Every action code, in the order ``Action`` declares them. Kinds of record offered even before the log mentions them. Wait this long after the last keystroke before filtering by typed text. The date range the "Dates" filter starts with (days back from today, today included).</extracomment>
            <translation>稽核紀錄</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>對象</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>舊值 → 新值</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細資訊</translation>
        </message>
        <message>
            <source>Only a manager can see the audit log.</source>
            <translation>只有經理可以查看稽核紀錄。</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>使用者(&amp;U)</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>所有使用者</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>動作(&amp;A)</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>所有動作</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>對象(&amp;R)</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>所有對象</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>編號</translation>
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
            <translation>搜尋(&amp;S)</translation>
        </message>
        <message>
            <source>Text in any column</source>
            <translation>任一欄位中的文字</translation>
        </message>
        <message>
            <source>&amp;Verify integrity</source>
            <translation>驗證完整性(&amp;V)</translation>
        </message>
        <message>
            <source>Check that no entry was changed, removed or reordered since it was written.</source>
            <translation>檢查每筆紀錄寫入後是否遭到修改、刪除或調換順序。</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>匯出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Record number</source>
            <translation>對象編號</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>開始日期</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>結束日期</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>共 %n 筆</numerusform>
            </translation>
        </message>
        <message>
            <source>Verify integrity</source>
            <translation>驗證完整性</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>正在檢查稽核紀錄…</translation>
        </message>
        <message>
            <source>The audit log could not be checked.</source>
            <translation>無法檢查稽核紀錄。</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>匯出稽核紀錄</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting the audit log…</source>
            <translation>正在匯出稽核紀錄…</translation>
        </message>
        <message>
            <source>The audit log could not be exported.</source>
            <translation>無法匯出稽核紀錄。</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>使用者編號</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>對象類型</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>舊值</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>雜湊值</translation>
        </message>
        <message>
            <source>The audit log is empty.</source>
            <translation>稽核紀錄目前沒有任何內容。</translation>
        </message>
        <message numerus="yes">
            <source>All %n entries are intact.</source>
            <translation>
                <numerusform>全部 %n 筆紀錄皆完整無誤。</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry #%1 was changed or removed.</source>
            <translation>紀錄 #%1 已遭修改或刪除。</translation>
        </message>
        <message>
            <source>Its contents no longer match the seal it was written with.</source>
            <translation>其內容與寫入時的雜湊值不符。</translation>
        </message>
        <message>
            <source>It is missing from the log.</source>
            <translation>這筆紀錄已從稽核紀錄中消失。</translation>
        </message>
        <message>
            <source>It no longer follows the entry before it: entries were removed, changed or reordered.</source>
            <translation>它與前一筆紀錄無法銜接：有紀錄遭到刪除、修改或調換順序。</translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to %1.</source>
            <translation>
                <numerusform>已將 %n 筆紀錄匯出至 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BookAppointmentDialog</name>
        <message>
            <source>Book appointment</source>
            <translation>新增預約</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>時間(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>時長(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>預約類型(&amp;A)</translation>
        </message>
        <message>
            <source>Test &amp;car</source>
            <translation>試駕車(&amp;C)</translation>
        </message>
        <message>
            <source>(no test car)</source>
            <translation>（不需試駕車）</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation>預約(&amp;B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Not booked</source>
            <translation>未預約</translation>
        </message>
    </context>
    <context>
        <name>CadenceBox</name>
        <message>
            <source>Follow-up cadence</source>
            <translation>跟進頻率</translation>
        </message>
        <message>
            <source>&amp;Cadence</source>
            <translation>頻率(&amp;C)</translation>
        </message>
        <message>
            <source>Light (as a small dealer)</source>
            <translation>輕量（小型車商適用）</translation>
        </message>
        <message>
            <source>Intensive (4S training)</source>
            <translation>密集（4S 培訓標準）</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自訂</translation>
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
            <translation>未勾選的級別不排定跟進。</translation>
        </message>
    </context>
    <context>
        <name>CalendarSection</name>
        <message>
            <source>Test-car calendar</source>
            <translation>試駕車行事曆</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>前一天</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>後一天</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>&amp;Cars:</source>
            <translation>車輛(&amp;C)：</translation>
        </message>
        <message>
            <source>all test cars — type a plate or model</source>
            <translation>全部試駕車 — 輸入車牌或車型篩選</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>時長(&amp;D)：</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <source>&amp;Book this slot</source>
            <translation>預約此時段(&amp;B)</translation>
        </message>
        <message>
            <source>Or press Enter in the calendar, or double-click a free time.</source>
            <translation>也可在行事曆中按 Enter，或按兩下空閒時段。</translation>
        </message>
        <message>
            <source>This customer</source>
            <translation>本客戶</translation>
        </message>
        <message>
            <source>Other test drive</source>
            <translation>其他試駕</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>預約</translation>
        </message>
        <message>
            <source>No test cars. Flag a car in stock as a test car on the Inventory page.</source>
            <translation>沒有試駕車。請在「庫存」頁將庫存車輛標記為試駕車。</translation>
        </message>
        <message>
            <source>%1 of %2 cars</source>
            <translation>%1 / %2 輛</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已預約</translation>
        </message>
        <message>
            <source>overlaps a booking</source>
            <translation>與既有預約重疊</translation>
        </message>
        <message>
            <source>free</source>
            <translation>空閒</translation>
        </message>
    </context>
    <context>
        <name>CardFrame</name>
        <message>
            <source>★ Priority %1 · %2</source>
            <translation>★ 購車重點 %1・%2</translation>
        </message>
        <message>
            <source>Advantage: %1</source>
            <translation>優點：%1</translation>
        </message>
        <message>
            <source>Benefit for you: %1</source>
            <translation>對您的利益：%1</translation>
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
            <translation>購車重點</translation>
        </message>
        <message>
            <source>General</source>
            <translation>通用</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>適用車款</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>特徵</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>順序</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>All trims</source>
            <translation>所有車款</translation>
        </message>
        <message>
            <source>Walkaround point:</source>
            <translation>繞車方位：</translation>
        </message>
        <message>
            <source>Serves priority:</source>
            <translation>對應購車重點：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>適用車款：</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>順序：</translation>
        </message>
        <message>
            <source>General (no priority)</source>
            <translation>通用（不限購車重點）</translation>
        </message>
        <message>
            <source>Advantage</source>
            <translation>優點</translation>
        </message>
        <message>
            <source>Benefit</source>
            <translation>利益</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>新增卡片</translation>
        </message>
        <message>
            <source>Save card</source>
            <translation>儲存卡片</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>刪除卡片</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡片</translation>
        </message>
        <message>
            <source>All trims of the model</source>
            <translation>此車型的所有車款</translation>
        </message>
        <message>
            <source>Unsaved card</source>
            <translation>卡片尚未儲存</translation>
        </message>
        <message>
            <source>Discard the changes to this card?</source>
            <translation>要放棄這張卡片的變更嗎？</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
        <message>
            <source>Delete this FAB card?</source>
            <translation>要刪除這張 FAB 卡片嗎？</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>未刪除</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditorDialog</name>
        <message>
            <source>Catalogue: key specs and FAB cards</source>
            <translation>車型資料：主要規格與 FAB 卡片</translation>
        </message>
        <message>
            <source>Only a manager or an administrator can change the catalogue.</source>
            <translation>只有銷售經理或管理員可以修改車型資料。</translation>
        </message>
        <message>
            <source>Key specs</source>
            <translation>主要規格</translation>
        </message>
        <message>
            <source>FAB cards</source>
            <translation>FAB 卡片</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Unsaved specs</source>
            <translation>規格尚未儲存</translation>
        </message>
        <message>
            <source>Discard the changes to the key specs?</source>
            <translation>要放棄主要規格的變更嗎？</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSection</name>
        <message>
            <source>Brand</source>
            <translation>廠牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>車型</translation>
        </message>
        <message>
            <source>Trim</source>
            <translation>車款</translation>
        </message>
        <message>
            <source>Body type</source>
            <translation>車身型式</translation>
        </message>
        <message>
            <source>Powertrain</source>
            <translation>動力類型</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位數</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>建議售價</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>現車</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>Key specs</source>
            <translation>主要規格</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>車身顏色</translation>
        </message>
        <message>
            <source>All brands</source>
            <translation>所有廠牌</translation>
        </message>
        <message>
            <source>All models</source>
            <translation>所有車型</translation>
        </message>
        <message>
            <source>All body types</source>
            <translation>所有車身型式</translation>
        </message>
        <message>
            <source>All powertrains</source>
            <translation>所有動力類型</translation>
        </message>
        <message>
            <source>Any number of seats</source>
            <translation>座位數不限</translation>
        </message>
        <message>
            <source>At least %1 seats</source>
            <translation>至少 %1 座</translation>
        </message>
        <message>
            <source>Search brand, model or trim</source>
            <translation>搜尋廠牌、車型或車款</translation>
        </message>
        <message>
            <source>MSRP from</source>
            <translation>建議售價</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>In stock or on the way</source>
            <translation>有現車或在途</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除篩選</translation>
        </message>
        <message>
            <source>Add to comparison</source>
            <translation>加入比較</translation>
        </message>
        <message>
            <source>Walk around this trim</source>
            <translation>繞車介紹此車款</translation>
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
            <translation>變更我的 PIN 碼</translation>
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation>目前的 PIN 碼(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation>新的 PIN 碼(&amp;N)</translation>
        </message>
        <message>
            <source>Repeat the new P&amp;IN</source>
            <translation>再次輸入新的 PIN 碼(&amp;I)</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN 碼錯誤</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>PIN 碼錯誤次數過多：請等待 %n 秒</numerusform>
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
            <translation>為什麼不適用？（一行）</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>ClauseListEditor</name>
        <message>
            <source>Template &amp;name:</source>
            <extracomment>What the contract renderer fills in (``documents.contract.fill_clause``).</extracomment>
            <translation>範本名稱(&amp;N)：</translation>
        </message>
        <message>
            <source>Printed t&amp;itle:</source>
            <translation>列印標題(&amp;I)：</translation>
        </message>
        <message>
            <source>(the usual title of the region)</source>
            <translation>（使用該地區的標準標題）</translation>
        </message>
        <message>
            <source>The template's name in this language (not printed)</source>
            <translation>此語言的範本名稱（不會印出）</translation>
        </message>
        <message>
            <source>&amp;Add clause</source>
            <translation>新增條款(&amp;A)</translation>
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
            <translation>將條款上移（Alt+Up）</translation>
        </message>
        <message>
            <source>Move the clause down (Alt+Down)</source>
            <translation>將條款下移（Alt+Down）</translation>
        </message>
        <message>
            <source>&amp;Heading</source>
            <translation>標題(&amp;H)</translation>
        </message>
        <message>
            <source>Clause &amp;text</source>
            <translation>條款內容(&amp;T)</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>插入自動帶入欄位</translation>
        </message>
        <message>
            <source>Put a placeholder at the cursor (typed braces may come out full-width)</source>
            <translation>在游標處插入自動帶入欄位（用中文輸入法打的大括號可能是全形）</translation>
        </message>
        <message>
            <source>(no heading yet)</source>
            <translation>（尚無標題）</translation>
        </message>
        <message>
            <source>Not a placeholder, prints as written: %1</source>
            <translation>不是自動帶入欄位，將照原樣印出：%1</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close the opportunity</source>
            <translation>結案</translation>
        </message>
        <message>
            <source>(choose a reason)</source>
            <translation>（請選擇原因）</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>結果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Competitor model</source>
            <translation>競品車型(&amp;C)</translation>
        </message>
        <message>
            <source>Re&amp;visit on</source>
            <translation>回訪日期(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
        </message>
        <message>
            <source>Brand and model they chose</source>
            <translation>客戶選擇的品牌與車型</translation>
        </message>
        <message>
            <source>Close opportunity</source>
            <translation>確認結案</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>ClosingActions</name>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>No deal yet</source>
            <translation>尚無交易</translation>
        </message>
        <message>
            <source>Reserve a stock unit or order a trim first.</source>
            <translation>請先保留一台庫存車或訂購車款。</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>尚未儲存</translation>
        </message>
        <message>
            <source>Correct the marked fields first: the documents show the saved deal.</source>
            <translation>請先更正標示的欄位：文件依已儲存的交易內容列印。</translation>
        </message>
    </context>
    <context>
        <name>ClosingPanel</name>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>售價</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>選購</translation>
        </message>
        <message>
            <source>Government part</source>
            <translation>代收規費</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>保費</translation>
        </message>
        <message>
            <source>Compulsory</source>
            <translation>強制</translation>
        </message>
        <message>
            <source>Commission %</source>
            <translation>佣金 %</translation>
        </message>
        <message>
            <source>Accessories</source>
            <translation>精品配件</translation>
        </message>
        <message>
            <source>Service fees (the buyer's free choice)</source>
            <translation>代辦服務費（由買方自由選擇）</translation>
        </message>
        <message>
            <source>Government fees (plates, registration)</source>
            <translation>規費（牌照、登記）</translation>
        </message>
        <message>
            <source>Insurance (as the insurer quotes)</source>
            <translation>保險（依保險公司報價）</translation>
        </message>
        <message>
            <source>Subsidies</source>
            <translation>補助</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>&amp;Quotation…</source>
            <translation>報價單(&amp;Q)…</translation>
        </message>
        <message>
            <source>Payment &amp;comparison…</source>
            <translation>付款方案比較(&amp;C)…</translation>
        </message>
        <message>
            <source>Co&amp;ntract…</source>
            <translation>合約(&amp;N)…</translation>
        </message>
        <message>
            <source>Deposit recei&amp;pt…</source>
            <translation>訂金收據(&amp;P)…</translation>
        </message>
        <message>
            <source>Order con&amp;firmation…</source>
            <translation>配備確認單(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>ClosingSaving</name>
        <message>
            <source>Over-allowance of %1: it lowers the deal's gross profit.</source>
            <translation>折抵高於估價 %1：會降低本筆交易的毛利。</translation>
        </message>
        <message>
            <source>Reserve a stock unit or order a trim to start the deal.</source>
            <translation>保留一台庫存車或訂購車款即可開始議價。</translation>
        </message>
        <message>
            <source>Contracted: the car and the price can no longer change.</source>
            <translation>已簽約：車輛及價格不能再更改。</translation>
        </message>
        <message>
            <source>Unsaved input restored: correct the marked fields to save it.</source>
            <translation>已還原未儲存的輸入：請更正標示的欄位以儲存。</translation>
        </message>
        <message>
            <source>Not saved yet: correct the marked fields.</source>
            <translation>尚未儲存：請更正標示的欄位。</translation>
        </message>
        <message>
            <source>Deal saved at %1</source>
            <translation>交易已於 %1 儲存</translation>
        </message>
        <message>
            <source>The deal saves itself as you type.</source>
            <translation>輸入時交易會自動儲存。</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>已在別處變更</translation>
        </message>
        <message>
            <source>Somebody else changed this deal. It is shown again as saved; your changes are kept as a draft.</source>
            <translation>其他人已變更此交易。畫面已重新顯示已儲存的內容；您的變更已保留為草稿。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
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
            <translation>建議下一步</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不適用</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未開始</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待辦</translation>
        </message>
        <message>
            <source>Price / discount not accepted</source>
            <translation>價格 / 優惠不滿意</translation>
        </message>
        <message>
            <source>Bought a competitor's car</source>
            <translation>購買競品</translation>
        </message>
        <message>
            <source>Bought the brand at another dealer</source>
            <translation>購買本品牌他店</translation>
        </message>
        <message>
            <source>Product does not fit the needs</source>
            <translation>產品不符需求</translation>
        </message>
        <message>
            <source>Delivery too slow / no stock / colour unavailable</source>
            <translation>交車期太長 / 無現車 / 顏色缺貨</translation>
        </message>
        <message>
            <source>Loan not approved / down payment / rate</source>
            <translation>貸款未核准 / 頭期不足 / 利率</translation>
        </message>
        <message>
            <source>Trade-in valuation too low</source>
            <translation>舊車估價不滿意</translation>
        </message>
        <message>
            <source>Plate quota / lottery not won</source>
            <translation>限購 / 搖號 / 指標未獲</translation>
        </message>
        <message>
            <source>Purchase postponed</source>
            <translation>暫緩購買</translation>
        </message>
        <message>
            <source>Family / decision maker against it</source>
            <translation>家人 / 決策人反對</translation>
        </message>
        <message>
            <source>Unhappy with our service or dealership</source>
            <translation>對銷售服務 / 經銷商不滿</translation>
        </message>
        <message>
            <source>Bought a used car instead</source>
            <translation>改買二手車</translation>
        </message>
        <message>
            <source>Cannot be reached</source>
            <translation>無法聯絡</translation>
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
            <translation>找不到商機</translation>
        </message>
        <message>
            <source>This opportunity no longer exists or is not yours to see.</source>
            <translation>此商機已不存在，或您無權查看。</translation>
        </message>
        <message>
            <source>&amp;Intent level</source>
            <translation>意向級別(&amp;I)</translation>
        </message>
        <message>
            <source>Use suggestion</source>
            <translation>採用建議</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>結案…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新開啟</translation>
        </message>
        <message>
            <source>Cannot show the opportunity</source>
            <translation>無法顯示此商機</translation>
        </message>
        <message>
            <source>No phone</source>
            <translation>無電話</translation>
        </message>
        <message>
            <source>Cockpit · %1</source>
            <translation>銷售駕駛艙 · %1</translation>
        </message>
        <message>
            <source>Suggested: %1</source>
            <translation>建議：%1</translation>
        </message>
        <message>
            <source>Matches the suggestion</source>
            <translation>與建議一致</translation>
        </message>
        <message>
            <source>Next follow-up: %1</source>
            <translation>下次跟進日期：%1</translation>
        </message>
        <message>
            <source>No follow-up scheduled</source>
            <translation>未排定跟進</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>狀態：%1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Lower the intent level</source>
            <translation>調低意向級別</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>CompareSection</name>
        <message>
            <source>Pick up to three trims in the Recommended or Catalogue tab and add them here to compare them side by side.</source>
            <translation>在「推薦」或「車型目錄」分頁選擇最多三個車款加入，即可在此並排比較。</translation>
        </message>
        <message>
            <source>Remove the selected trim</source>
            <translation>移除選取的車款</translation>
        </message>
        <message>
            <source>Print comparison…</source>
            <translation>列印比較表…</translation>
        </message>
        <message>
            <source>Competitor &amp;compared:</source>
            <translation>比較的競品(&amp;C)：</translation>
        </message>
        <message>
            <source>Brand and model the customer compares</source>
            <translation>客戶比較的廠牌與車型</translation>
        </message>
        <message>
            <source>Compare factually; never disparage a competitor.</source>
            <translation>客觀比較，絕不貶低競品。</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>建議售價</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>供車狀況</translation>
        </message>
        <message>
            <source>Body type</source>
            <translation>車身型式</translation>
        </message>
        <message>
            <source>Powertrain</source>
            <translation>動力類型</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位數</translation>
        </message>
        <message>
            <source>Engine displacement</source>
            <translation>排氣量</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>最大馬力</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>電池容量</translation>
        </message>
        <message>
            <source>Electric range</source>
            <translation>純電續航</translation>
        </message>
    </context>
    <context>
        <name>ComparisonPreview</name>
        <message>
            <source>Not printed</source>
            <translation>未列印</translation>
        </message>
        <message>
            <source>Trim comparison</source>
            <translation>車款比較表</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>文件語言(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>ContractBox</name>
        <message>
            <source>Contract and deposit receipt</source>
            <translation>合約與訂金收據</translation>
        </message>
        <message>
            <source>&amp;Buyer:</source>
            <translation>買受人(&amp;B)：</translation>
        </message>
        <message>
            <source>ID &amp;number:</source>
            <translation>證件號碼(&amp;N)：</translation>
        </message>
        <message>
            <source>Representative:</source>
            <translation>代表人：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>電話：</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>電子郵件：</translation>
        </message>
        <message>
            <source>Registered owner:</source>
            <translation>登記車主：</translation>
        </message>
        <message>
            <source>Taken home for review on:</source>
            <translation>攜回審閱日：</translation>
        </message>
        <message>
            <source>&amp;Signed on:</source>
            <translation>簽約日期(&amp;S)：</translation>
        </message>
        <message>
            <source>Signed at:</source>
            <translation>簽約地點：</translation>
        </message>
        <message>
            <source>Delivery date:</source>
            <translation>交車日期：</translation>
        </message>
        <message>
            <source>Delivery place:</source>
            <translation>交車地點：</translation>
        </message>
        <message>
            <source>Max. odometer at delivery (km):</source>
            <translation>交車里程上限（公里）：</translation>
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
            <translation>與買受人不同時填寫</translation>
        </message>
        <message>
            <source>Taiwan: the buyer must have at least 3 days to review the contract.</source>
            <translation>臺灣：買方至少須有 3 日契約審閱期。</translation>
        </message>
        <message>
            <source>The buyer is a company</source>
            <translation>買方為公司</translation>
        </message>
        <message>
            <source>ID type:</source>
            <translation>證件類型：</translation>
        </message>
        <message>
            <source>Delivery:</source>
            <translation>交車方式：</translation>
        </message>
        <message>
            <source>Special terms:</source>
            <translation>特別約定：</translation>
        </message>
        <message>
            <source>&amp;Create contract</source>
            <translation>建立合約(&amp;C)</translation>
        </message>
        <message>
            <source>Deposit paid by:</source>
            <translation>訂金付款方式：</translation>
        </message>
        <message>
            <source>Transfer or card reference</source>
            <translation>轉帳或刷卡參考號</translation>
        </message>
        <message>
            <source>Issue deposit &amp;receipt</source>
            <translation>開立訂金收據(&amp;R)</translation>
        </message>
        <message>
            <source>National ID card</source>
            <translation>身分證</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>護照</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>居留證</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他證件</translation>
        </message>
        <message>
            <source>Collected at the dealership</source>
            <translation>買方到店取車</translation>
        </message>
        <message>
            <source>Delivered to the buyer</source>
            <translation>送車到府</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>信用卡</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>銀行轉帳</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>行動支付</translation>
        </message>
        <message>
            <source>No contract yet.</source>
            <translation>尚未建立合約。</translation>
        </message>
        <message>
            <source>Contract %1 signed on %2 (template version %3).</source>
            <translation>合約 %1 已於 %2 簽訂（範本版本 %3）。</translation>
        </message>
        <message>
            <source>Receipt %1</source>
            <translation>收據 %1</translation>
        </message>
    </context>
    <context>
        <name>ContractTemplatesButton</name>
        <message>
            <source>Contract templates…</source>
            <translation>契約範本…</translation>
        </message>
        <message>
            <source>Contract templates</source>
            <translation>契約範本</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change contract templates.</source>
            <translation>只有銷售經理或系統管理員可以變更契約範本。</translation>
        </message>
    </context>
    <context>
        <name>ContractTemplatesEditor</name>
        <message>
            <source>Contract templates</source>
            <translation>契約範本</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>地區(&amp;R)：</translation>
        </message>
        <message>
            <source>Saving creates a new version of the region's template; new contracts use it. Signed contracts keep the version they were signed with and always reprint with that text.</source>
            <translation>儲存時會建立此地區範本的新版本，新契約將使用新版本。已簽訂的契約保留簽約時的版本，重印時一律使用該版本的條文。</translation>
        </message>
        <message>
            <source>Placeholders, filled in from the contract when it prints: {max_odometer_km} the odometer limit (km), {delivery_date} the delivery date, {delivery_place} the delivery place, {seller} the dealership, {buyer} the buyer.</source>
            <translation>自動帶入欄位（列印時由契約資料填入）：{max_odometer_km} 交車里程上限（公里）、{delivery_date} 交車日期、{delivery_place} 交車地點、{seller} 本公司名稱、{buyer} 買方姓名。</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>預覽(&amp;P)…</translation>
        </message>
        <message>
            <source>A sample contract with the clauses of the language shown, as typed</source>
            <translation>以目前顯示語言的條款（含未儲存的修改）產生契約樣張</translation>
        </message>
        <message>
            <source>&amp;Save as a new version</source>
            <translation>另存為新版本(&amp;S)</translation>
        </message>
        <message>
            <source>Save as a new version (Ctrl+S)</source>
            <translation>另存為新版本（Ctrl+S）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>The current version (%1), as edited</source>
            <translation>目前版本（第 %1 版）編輯中</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>日期格式</translation>
        </message>
        <message>
            <source>review period</source>
            <translation>審閱期</translation>
        </message>
        <message>
            <source>Unsaved changes (%1): Save stores them as version %2.</source>
            <translation>有未儲存的修改（%1）：儲存後成為第 %2 版。</translation>
        </message>
        <message>
            <source>Not saved: please correct the field marked.</source>
            <translation>未儲存：請修正標示的欄位。</translation>
        </message>
        <message>
            <source>Nothing to save: no clause was changed.</source>
            <translation>沒有需要儲存的內容：條款未經修改。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>已儲存為第 %1 版。</translation>
        </message>
        <message>
            <source>Save contract template</source>
            <translation>儲存契約範本</translation>
        </message>
        <message>
            <source>Version %1 was saved while you were editing. Save your changed languages on top of it anyway?</source>
            <translation>您編輯期間已有人儲存了第 %1 版。仍要以該版本為基礎儲存您修改的語言嗎？</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change contract templates.</source>
            <translation>只有銷售經理或系統管理員可以變更契約範本。</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>無法預覽</translation>
        </message>
        <message>
            <source>Sample contract — %1, %2</source>
            <translation>契約樣張 — %1，%2</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放棄變更</translation>
        </message>
        <message>
            <source>Discard your unsaved changes to the contract clauses?</source>
            <translation>要放棄尚未儲存的條款變更嗎？</translation>
        </message>
    </context>
    <context>
        <name>CustomerActions</name>
        <message>
            <source>Not allowed</source>
            <translation>無權限</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>您的角色無權執行此操作。</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>找不到</translation>
        </message>
        <message>
            <source>This customer no longer exists.</source>
            <translation>此客戶已不存在。</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>無（未分配）</translation>
        </message>
        <message>
            <source>Reassign customer</source>
            <translation>轉派客戶</translation>
        </message>
        <message>
            <source>New sales consultant:</source>
            <translation>新的銷售顧問：</translation>
        </message>
        <message>
            <source>Export the customer's data</source>
            <translation>匯出客戶的個人資料</translation>
        </message>
        <message>
            <source>ZIP archive (*.zip)</source>
            <translation>ZIP 壓縮檔 (*.zip)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>無法寫入檔案：%1</translation>
        </message>
        <message>
            <source>Erase customer</source>
            <translation>刪除客戶個人資料</translation>
        </message>
        <message>
            <source>Erase every piece of personal data of %1 (name, phones, address, ID, notes)? Deal records stay for the books. This cannot be undone.</source>
            <translation>要刪除 %1 的所有個人資料（姓名、電話、地址、證件、備註）嗎？交易紀錄會保留供帳務使用。此操作無法復原。</translation>
        </message>
    </context>
    <context>
        <name>CustomerProfileDialog</name>
        <message>
            <source>Customer profile</source>
            <translation>客戶檔案</translation>
        </message>
        <message>
            <source>Customer details</source>
            <translation>客戶資料</translation>
        </message>
        <message>
            <source>Vehicles and service history</source>
            <translation>車輛與服務紀錄</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>往來紀錄</translation>
        </message>
        <message>
            <source>Archive &amp;complete</source>
            <translation>檔案已完成(&amp;C)</translation>
        </message>
        <message>
            <source>The archive is up to date: closes the two-day archive task</source>
            <translation>客戶檔案已更新完成：結束兩日內建檔任務</translation>
        </message>
        <message>
            <source>&amp;Print profile sheet…</source>
            <translation>列印客戶檔案基本資料表(&amp;P)…</translation>
        </message>
        <message>
            <source>Sales consultant: %1</source>
            <translation>銷售顧問：%1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>未指派</translation>
        </message>
        <message>
            <source>Archive %p% complete</source>
            <translation>檔案完整度 %p%</translation>
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
            <translation>檔案欄位皆已填寫。</translation>
        </message>
        <message>
            <source>Last visit or service: %1</source>
            <translation>最近來店／服務日期：%1</translation>
        </message>
        <message>
            <source>No visit or service recorded yet</source>
            <translation>尚無來店或服務紀錄</translation>
        </message>
        <message>
            <source>Archive overdue since %1</source>
            <translation>建檔已逾期（期限 %1）</translation>
        </message>
        <message>
            <source>Archive due by %1</source>
            <translation>請於 %1 前完成建檔</translation>
        </message>
        <message>
            <source>Archive completed %1</source>
            <translation>檔案已於 %1 完成</translation>
        </message>
        <message>
            <source>No archive task open</source>
            <translation>目前沒有待辦的建檔任務</translation>
        </message>
        <message>
            <source>Unsaved changes…</source>
            <translation>有尚未儲存的變更…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已儲存 %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未儲存：%1</translation>
        </message>
        <message>
            <source>Changed at another desk</source>
            <translation>已在其他電腦上修改</translation>
        </message>
        <message>
            <source>Someone else changed this customer while you were editing. Your latest changes were not saved; the profile now shows what is stored. Please enter them again.</source>
            <translation>您編輯期間，有其他人修改了這位客戶的資料。您最新的變更未儲存；畫面已改為顯示目前儲存的資料，請重新輸入。</translation>
        </message>
        <message>
            <source>changed at another desk; reloaded</source>
            <translation>已在其他電腦上修改，已重新載入</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>找不到資料</translation>
        </message>
        <message>
            <source>This customer no longer exists or is not yours.</source>
            <translation>這位客戶已不存在，或不屬於您。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Printing is not available in this version yet.</source>
            <translation>此版本尚未提供列印功能。</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向級別</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟進日期</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>首次接觸</translation>
        </message>
        <message>
            <source>Merge customers</source>
            <translation>合併客戶</translation>
        </message>
        <message>
            <source>Keep this record (the other one's history moves into it):</source>
            <translation>保留這筆資料（另一筆的紀錄會併入）：</translation>
        </message>
        <message>
            <source>Not merged</source>
            <translation>未合併</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>已匯出</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已儲存至 %1</translation>
        </message>
        <message>
            <source>Search: name, phone digits, plate or the last digits of a VIN (Ctrl+F)</source>
            <translation>搜尋：姓名、電話號碼、車牌或車身號碼末碼（Ctrl+F）</translation>
        </message>
        <message>
            <source>&amp;New walk-in…</source>
            <translation>新增來店客(&amp;N)…</translation>
        </message>
        <message>
            <source>Record a walk-in: phone first (Ctrl+N)</source>
            <translation>登記來店客：先輸入電話（Ctrl+N）</translation>
        </message>
        <message>
            <source>Any intent level</source>
            <translation>所有意向級別</translation>
        </message>
        <message>
            <source>Any sales consultant</source>
            <translation>所有銷售顧問</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Owns a vehicle</source>
            <translation>已有車輛</translation>
        </message>
        <message>
            <source>Maintenance due within</source>
            <translation>保養到期於</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Archive overdue</source>
            <translation>檔案逾期</translation>
        </message>
        <message>
            <source>Agreed to marketing</source>
            <translation>同意行銷</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>開啟(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>合併(&amp;M)…</translation>
        </message>
        <message>
            <source>Select the two records of one person, then merge</source>
            <translation>選取同一人的兩筆資料後合併</translation>
        </message>
        <message>
            <source>&amp;Print profile sheet</source>
            <translation>列印客戶檔案(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>匯入(&amp;I)…</translation>
        </message>
        <message>
            <source>Export &amp;list…</source>
            <translation>匯出名單(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Reassign…</source>
            <translation>轉派(&amp;R)…</translation>
        </message>
        <message>
            <source>E&amp;xport data…</source>
            <translation>匯出個資(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>刪除個資(&amp;E)…</translation>
        </message>
        <message>
            <source>Due for deletion…</source>
            <translation>待刪除名單…</translation>
        </message>
        <message>
            <source>Forget this customer on their request: personal data is removed, deal records stay</source>
            <translation>應客戶要求刪除其個人資料：移除個資，保留交易紀錄</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>共 %n 位客戶</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Pick from the calendar</source>
            <translation>從月曆選擇</translation>
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
            <translation>文件語言(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Bilingual (Chinese and English)</source>
            <translation>中英對照(&amp;B)</translation>
        </message>
        <message>
            <source>Print the full &amp;ID number</source>
            <translation>列印完整證件號碼(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>DealDocuments</name>
        <message>
            <source>Quotation</source>
            <extracomment>document code -&gt; (file name stem, whether a full ID can be printed)</extracomment>
            <translation>報價單</translation>
        </message>
        <message>
            <source>Payment comparison</source>
            <translation>付款方案比較表</translation>
        </message>
        <message>
            <source>Repayment schedule</source>
            <translation>貸款還款明細表</translation>
        </message>
        <message>
            <source>Vehicle purchase contract</source>
            <translation>汽車買賣契約</translation>
        </message>
        <message>
            <source>Deposit receipt</source>
            <translation>訂金收據</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>配備確認單</translation>
        </message>
    </context>
    <context>
        <name>DealershipFormWidget</name>
        <message>
            <source>Dealership &amp;name</source>
            <translation>經銷商名稱(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Tax ID</source>
            <translation>統一編號 / 稅號(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>地區(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Document language</source>
            <translation>文件語言(&amp;D)</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>紙張大小(&amp;Z)</translation>
        </message>
        <message>
            <source>e.g. Grand Motors Da'an Showroom</source>
            <translation>例如：宏達汽車 大安展示中心</translation>
        </message>
        <message>
            <source>Taiwan: 8-digit business number (統一編號); Mainland China: 18-character unified social credit code; Hong Kong: business registration number</source>
            <translation>台灣：8 碼統一編號；中國大陸：18 碼統一社會信用代碼；香港：商業登記號碼</translation>
        </message>
    </context>
    <context>
        <name>Delivery</name>
        <message>
            <source>D+0 evening message (SMS / LINE / WeChat): thanks; arrived home safely? Your direct contact.</source>
            <extracomment>DOMAIN.md §5.2, the days after delivery: (offset in days, purpose)</extracomment>
            <translation>D+0 晚間訊息（簡訊／LINE／微信）：致謝；是否平安到家？留下您的聯絡方式。</translation>
        </message>
        <message>
            <source>D+1 call within 24 h: thank-you; any questions about functions; registration or documents status.</source>
            <translation>D+1 24 小時內回訪電話：致謝；功能使用有無疑問；領牌或文件進度。</translation>
        </message>
        <message>
            <source>D+3 call: how is the car; usage problems; explain features again; ask for referrals.</source>
            <translation>D+3 回訪電話：車況如何；使用問題；再次說明功能；請求轉介紹。</translation>
        </message>
        <message>
            <source>D+7 call (salesperson or manager): satisfaction; forewarn of the brand's satisfaction survey (SSI/CSI); handle complaints.</source>
            <translation>D+7 回訪電話（銷售顧問或主管）：滿意度；預告原廠滿意度調查（SSI/CSI）；處理抱怨。</translation>
        </message>
        <message>
            <source>D+30 call or visit: usage check; first-maintenance reminder; owners' club or event invitation; referral.</source>
            <translation>D+30 回訪電話或拜訪：用車狀況；首次保養提醒；車友會或活動邀請；轉介紹。</translation>
        </message>
        <message>
            <source>First maintenance due in 14 days: book the service.</source>
            <translation>14 天後首次保養到期：請預約保養。</translation>
        </message>
        <message>
            <source>First maintenance due in 3 days: book the service.</source>
            <translation>3 天後首次保養到期：請預約保養。</translation>
        </message>
        <message>
            <source>Insurance expires in 60 days: renewal quote.</source>
            <translation>保險 60 天後到期：提供續保報價。</translation>
        </message>
        <message>
            <source>Insurance expires in 30 days: renewal quote.</source>
            <translation>保險 30 天後到期：提供續保報價。</translation>
        </message>
        <message>
            <source>Insurance expires in 7 days: renewal quote.</source>
            <translation>保險 7 天後到期：提供續保報價。</translation>
        </message>
        <message>
            <source>Keep in touch: events and new services.</source>
            <translation>保持聯繫：活動與新服務。</translation>
        </message>
        <message>
            <source>Purchase anniversary: greeting; keep in touch (events and new services).</source>
            <translation>購車週年：致意問候；保持聯繫（活動與新服務）。</translation>
        </message>
        <message>
            <source>Delivery appointment: confirm the time and remind the customer what to bring (ID, balance, trade-in documents).</source>
            <extracomment>"Every 3 months (year 1), then every 6 months", planned for two years; months 12 and 24 are the purchase anniversaries, one greeting each instead of a second contact that day. The reminder before the delivery appointment (DOMAIN.md §4.8 "Before delivery").</extracomment>
            <translation>交車預約：確認時間，並提醒客戶攜帶證件、尾款及舊車文件。</translation>
        </message>
        <message>
            <source>Documents</source>
            <extracomment>Cars with a traction battery charged from the grid. Cars with a combustion engine. CN: a document the dealer must hand over (汽車銷售管理辦法 Art. 16) DOMAIN.md §4.8 "PDI checklist template" (group -&gt; items). The sign-off (technician, date) is stored in its own columns; the quality check is the one item of the last group.</extracomment>
            <translation>文件</translation>
        </message>
        <message>
            <source>VIN on the car matches the certificate and the invoice</source>
            <translation>車上車身號碼與合格證及發票相符</translation>
        </message>
        <message>
            <source>Build date</source>
            <translation>出廠日期</translation>
        </message>
        <message>
            <source>Odometer reading</source>
            <translation>里程數</translation>
        </message>
        <message>
            <source>Exterior</source>
            <translation>外觀</translation>
        </message>
        <message>
            <source>Paint: scratches, dents, colour mismatch</source>
            <translation>烤漆：刮痕、凹陷、色差</translation>
        </message>
        <message>
            <source>Panel gaps</source>
            <translation>鈑件間隙</translation>
        </message>
        <message>
            <source>Glass</source>
            <translation>玻璃</translation>
        </message>
        <message>
            <source>Lights</source>
            <translation>燈光</translation>
        </message>
        <message>
            <source>Mirrors</source>
            <translation>後視鏡</translation>
        </message>
        <message>
            <source>Wipers</source>
            <translation>雨刷</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>車標</translation>
        </message>
        <message>
            <source>Wheels</source>
            <translation>輪圈</translation>
        </message>
        <message>
            <source>Tyres: pressure and DOT date</source>
            <translation>輪胎：胎壓與製造日期（DOT）</translation>
        </message>
        <message>
            <source>Interior</source>
            <translation>內裝</translation>
        </message>
        <message>
            <source>Seats and seat adjustment</source>
            <translation>座椅與座椅調整</translation>
        </message>
        <message>
            <source>Interior trim</source>
            <translation>內裝飾板</translation>
        </message>
        <message>
            <source>Headliner</source>
            <translation>車頂內襯</translation>
        </message>
        <message>
            <source>Carpets</source>
            <translation>地毯</translation>
        </message>
        <message>
            <source>Seat belts</source>
            <translation>安全帶</translation>
        </message>
        <message>
            <source>Airbag warning lamp</source>
            <translation>安全氣囊警示燈</translation>
        </message>
        <message>
            <source>Infotainment</source>
            <translation>影音娛樂系統</translation>
        </message>
        <message>
            <source>Air conditioning</source>
            <translation>空調</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>車窗</translation>
        </message>
        <message>
            <source>Sunroof</source>
            <translation>天窗</translation>
        </message>
        <message>
            <source>Locks</source>
            <translation>門鎖</translation>
        </message>
        <message>
            <source>Remote keys</source>
            <translation>遙控鑰匙</translation>
        </message>
        <message>
            <source>Under the bonnet</source>
            <translation>引擎室</translation>
        </message>
        <message>
            <source>Engine oil</source>
            <translation>機油</translation>
        </message>
        <message>
            <source>Coolant</source>
            <translation>冷卻液</translation>
        </message>
        <message>
            <source>Brake fluid</source>
            <translation>煞車油</translation>
        </message>
        <message>
            <source>Washer fluid</source>
            <translation>雨刷水</translation>
        </message>
        <message>
            <source>12 V battery voltage</source>
            <translation>12 V 電瓶電壓</translation>
        </message>
        <message>
            <source>Belts</source>
            <translation>皮帶</translation>
        </message>
        <message>
            <source>Hoses</source>
            <translation>管路</translation>
        </message>
        <message>
            <source>No leaks</source>
            <translation>無滲漏</translation>
        </message>
        <message>
            <source>High-voltage battery charged to the target (e.g. 80 % or more)</source>
            <translation>高壓電池已充至目標電量（例如 80 % 以上）</translation>
        </message>
        <message>
            <source>Battery and motor coolant</source>
            <translation>電池與電機冷卻液</translation>
        </message>
        <message>
            <source>Underbody</source>
            <translation>底盤</translation>
        </message>
        <message>
            <source>No leaks underneath</source>
            <translation>底盤無滲漏</translation>
        </message>
        <message>
            <source>No damage underneath</source>
            <translation>底盤無損傷</translation>
        </message>
        <message>
            <source>Exhaust</source>
            <translation>排氣系統</translation>
        </message>
        <message>
            <source>Suspension</source>
            <translation>懸吊系統</translation>
        </message>
        <message>
            <source>Road test</source>
            <translation>路試</translation>
        </message>
        <message>
            <source>Starts normally</source>
            <translation>啟動正常</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>怠速</translation>
        </message>
        <message>
            <source>Shifting</source>
            <translation>換檔</translation>
        </message>
        <message>
            <source>Brakes</source>
            <translation>煞車</translation>
        </message>
        <message>
            <source>Steering</source>
            <translation>轉向</translation>
        </message>
        <message>
            <source>No unusual noises</source>
            <translation>無異音</translation>
        </message>
        <message>
            <source>No warning lamps</source>
            <translation>無警示燈亮起</translation>
        </message>
        <message>
            <source>Diagnostic scan shows no fault codes (DTCs)</source>
            <translation>診斷掃描無故障碼（DTC）</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>整備</translation>
        </message>
        <message>
            <source>Protective films removed</source>
            <translation>保護膜已移除</translation>
        </message>
        <message>
            <source>Accessories installed</source>
            <translation>精品配件已安裝</translation>
        </message>
        <message>
            <source>Clock and language set</source>
            <translation>時鐘與語言已設定</translation>
        </message>
        <message>
            <source>Software up to date</source>
            <translation>軟體已更新至最新版</translation>
        </message>
        <message>
            <source>Washed and cleaned</source>
            <translation>已清洗整理</translation>
        </message>
        <message>
            <source>Loose items</source>
            <translation>隨車物品</translation>
        </message>
        <message>
            <source>Spare tyre or repair kit</source>
            <extracomment>DOMAIN.md §4.8 step 4: the tools handed over (the keys are counted separately).</extracomment>
            <translation>備胎或補胎工具</translation>
        </message>
        <message>
            <source>Jack</source>
            <translation>千斤頂</translation>
        </message>
        <message>
            <source>Warning triangle</source>
            <translation>三角警示牌</translation>
        </message>
        <message>
            <source>Tow hook</source>
            <translation>拖車勾</translation>
        </message>
        <message>
            <source>Charging cable</source>
            <translation>充電線</translation>
        </message>
        <message>
            <source>Manuals</source>
            <translation>手冊</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>簽核</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>品質檢查</translation>
        </message>
        <message>
            <source>Certificate of conformity (import certificates for imported cars)</source>
            <extracomment>Documents handed over with the car (隨車文件). CN: the five items of 汽車銷售管理辦法 Art. 16 are required by law, the rest are usual [V]; TW [K]; HK has no list in DOMAIN.md, this one is the usual dealer pack [K][CFG].</extracomment>
            <translation>整車出廠合格證（進口車為進口證明文件）</translation>
        </message>
        <message>
            <source>Vehicle consistency certificate</source>
            <translation>車輛一致性證書</translation>
        </message>
        <message>
            <source>Owner's manual in Chinese</source>
            <translation>中文使用說明書</translation>
        </message>
        <message>
            <source>Warranty and maintenance manual</source>
            <translation>保固及保養手冊</translation>
        </message>
        <message>
            <source>Repair, replacement and return (three guarantees) certificate</source>
            <translation>三包憑證</translation>
        </message>
        <message>
            <source>Motor vehicle sales invoice</source>
            <translation>機動車銷售統一發票</translation>
        </message>
        <message>
            <source>Insurance policy</source>
            <translation>保險單</translation>
        </message>
        <message>
            <source>Purchase tax payment proof</source>
            <translation>車輛購置稅完稅證明</translation>
        </message>
        <message>
            <source>Registration documents (if the dealer registered the car)</source>
            <translation>領牌文件（由經銷商代辦時）</translation>
        </message>
        <message>
            <source>Uniform invoice</source>
            <translation>統一發票</translation>
        </message>
        <message>
            <source>Factory certificate, or import and commodity tax certificates</source>
            <translation>出廠證明，或進口與貨物稅完稅證明</translation>
        </message>
        <message>
            <source>Warranty booklet</source>
            <translation>保固手冊</translation>
        </message>
        <message>
            <source>Owner's manual</source>
            <translation>車主手冊</translation>
        </message>
        <message>
            <source>Vehicle registration certificate and plates (if registered)</source>
            <translation>行照及車牌（已領牌時）</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>發票</translation>
        </message>
        <message>
            <source>Warranty and service booklet</source>
            <translation>保固及保養手冊</translation>
        </message>
        <message>
            <source>Insurance policy or cover note</source>
            <translation>保險單或暫保單</translation>
        </message>
        <message>
            <source>Vehicle registration document, licence and plates (if registered)</source>
            <translation>車輛登記文件、牌照及車牌（已登記時）</translation>
        </message>
        <message>
            <source>Seat and mirror memory</source>
            <extracomment>DOMAIN.md §4.8 steps 5 and 6: what the salesperson explains before the car leaves.</extracomment>
            <translation>座椅與後視鏡記憶</translation>
        </message>
        <message>
            <source>Infotainment and phone pairing</source>
            <translation>影音娛樂系統與手機配對</translation>
        </message>
        <message>
            <source>App account</source>
            <translation>App 帳號</translation>
        </message>
        <message>
            <source>Driver assistance (ADAS)</source>
            <translation>駕駛輔助系統（ADAS）</translation>
        </message>
        <message>
            <source>Fuel type and refuelling</source>
            <translation>燃油種類與加油</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>充電</translation>
        </message>
        <message>
            <source>Tyre pressure</source>
            <translation>胎壓</translation>
        </message>
        <message>
            <source>Warning lights</source>
            <translation>警示燈</translation>
        </message>
        <message>
            <source>What to do in an emergency</source>
            <translation>緊急狀況處理</translation>
        </message>
        <message>
            <source>Roadside assistance number</source>
            <translation>道路救援電話</translation>
        </message>
        <message>
            <source>Warranty terms</source>
            <translation>保固條款</translation>
        </message>
        <message>
            <source>First maintenance (km or months)</source>
            <translation>首次保養（里程或月數）</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPanel</name>
        <message>
            <source>Unsaved input restored — check it; it saves by itself.</source>
            <translation>已還原未儲存的輸入內容，請確認；確認無誤後會自動儲存。</translation>
        </message>
        <message>
            <source>Open the deal desk</source>
            <translation>開啟議價桌</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交車</translation>
        </message>
        <message>
            <source>&amp;Mark delivered</source>
            <translation>標記為已交車(&amp;M)</translation>
        </message>
        <message>
            <source>Delivery &amp;confirmation…</source>
            <translation>交車確認單(&amp;C)…</translation>
        </message>
        <message>
            <source>Ceremony c&amp;ertificate…</source>
            <translation>交車證書(&amp;E)…</translation>
        </message>
        <message>
            <source>This opportunity has no deal yet. Work out the deal and sign the contract on the deal desk (Closing) first; the delivery is prepared here afterwards.</source>
            <translation>此商機尚無交易。請先在議價桌（簽約成交）談妥交易並簽約，之後再於此準備交車。</translation>
        </message>
        <message>
            <source>This deal was cancelled: there is nothing to deliver.</source>
            <translation>此交易已取消：沒有需要交車的車輛。</translation>
        </message>
        <message>
            <source>The deal has no signed contract yet. Create the contract on the deal desk (Closing) first: the delivered car is checked against it.</source>
            <translation>此交易尚未簽約。請先在議價桌（簽約成交）建立合約：交車時會依合約核對車輛。</translation>
        </message>
        <message>
            <source>Delivered on %1</source>
            <translation>已於 %1 交車</translation>
        </message>
        <message>
            <source>Delivery booked for %1</source>
            <translation>交車已預約於 %1</translation>
        </message>
        <message>
            <source>No delivery appointment yet.</source>
            <translation>尚未預約交車。</translation>
        </message>
        <message>
            <source>✓ This car has been delivered.</source>
            <translation>✓ 此車已交車。</translation>
        </message>
        <message>
            <source>Not booked yet: pick the time and book it; a reminder follows.</source>
            <translation>尚未預約：請選擇時間並預約，系統會建立提醒。</translation>
        </message>
        <message>
            <source>Booked. Reminder to confirm with the customer (ID, balance, trade-in papers) on %1.</source>
            <translation>已預約。將於 %1 提醒您與客戶確認（身分證件、尾款、舊車文件）。</translation>
        </message>
        <message>
            <source>Contract %1</source>
            <translation>合約 %1</translation>
        </message>
        <message>
            <source>VIN %1</source>
            <translation>車身號碼 %1</translation>
        </message>
        <message>
            <source>at most %1 km at delivery</source>
            <translation>交車里程上限 %1 公里</translation>
        </message>
        <message>
            <source>First maintenance: %1</source>
            <translation>首次保養：%1</translation>
        </message>
        <message>
            <source>First maintenance: worked out when the car is marked delivered (from the model's first-service interval).</source>
            <translation>首次保養：標記交車時依車型的首保週期計算。</translation>
        </message>
        <message>
            <source>Loan from %1 disbursed ✓</source>
            <translation>%1 貸款已撥款 ✓</translation>
        </message>
        <message>
            <source>Loan from %1 is not disbursed yet (finance stage): delivery waits for the disbursement, or asks you to confirm.</source>
            <translation>%1 貸款尚未撥款（金融服務階段）：交車需等待撥款，否則會請您確認。</translation>
        </message>
        <message>
            <source>No loan recorded: tick “Payment settled” once the balance is received.</source>
            <translation>無貸款紀錄：收到尾款後請勾選「款項已結清」。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <extracomment>where each hard error of ``mark_delivered`` is shown (others: next to the button)</extracomment>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Choose the ceremony photo</source>
            <translation>選擇交車合影</translation>
        </message>
        <message>
            <source>Pictures (%1)</source>
            <translation>圖片 (%1)</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>無法讀取此檔案。</translation>
        </message>
        <message>
            <source>Photo not used</source>
            <translation>未使用此照片</translation>
        </message>
        <message>
            <source>The file %1 does not exist (any more).</source>
            <translation>檔案 %1 不存在（或已被移除）。</translation>
        </message>
        <message>
            <source>Delivery certificate</source>
            <translation>交車證書</translation>
        </message>
        <message>
            <source>Delivery confirmation</source>
            <translation>交車確認單</translation>
        </message>
        <message>
            <source>Some input is not saved yet (marked in red): correct it first.</source>
            <translation>部分輸入尚未儲存（以紅字標示）：請先更正。</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>未交車</translation>
        </message>
        <message>
            <source>Before the car leaves, note:
%1

Mark the car delivered anyway?</source>
            <translation>車輛離店前請注意：
%1

仍要標記為已交車嗎？</translation>
        </message>
        <message>
            <source>Mark delivered?</source>
            <translation>標記為已交車？</translation>
        </message>
        <message>
            <source>Not delivered. Fix these first:</source>
            <translation>尚未交車。請先處理以下問題：</translation>
        </message>
        <message numerus="yes">
            <source>✓ Delivered. %n follow-up(s) planned for after-sales.</source>
            <translation>
                <numerusform>✓ 已交車。已安排 %n 項售後回訪。</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the kilometres as a whole number.</source>
            <translation>請以整數輸入公里數。</translation>
        </message>
    </context>
    <context>
        <name>DepositBox</name>
        <message>
            <source>Deposit</source>
            <translation>訂金</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>款項性質(&amp;K)：</translation>
        </message>
        <message>
            <source>定金 — earnest money (forfeit or double)</source>
            <translation>定金（違約沒收或加倍返還）</translation>
        </message>
        <message>
            <source>订金 — prepayment (refundable)</source>
            <translation>訂金（預付款，可退）</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>金額(&amp;A)：</translation>
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
            <translation>特殊訂單（限量、訂製或特殊規格車）</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>理由(&amp;E)：</translation>
        </message>
        <message>
            <source>Needed when the deposit is above the cap</source>
            <translation>訂金超過上限時必填</translation>
        </message>
        <message>
            <source>定金 (earnest money): if the buyer backs out it is forfeited; if the dealer backs out it is returned double. At most 20 % of the price counts as 定金 (Civil Code Art. 586–587).</source>
            <translation>定金：買方違約則不得請求返還；賣方違約則應雙倍返還。超過價款 20 % 的部分不具定金效力（民法典第 586–587 條）。</translation>
        </message>
        <message>
            <source>订金 (prepayment): part of the price paid in advance, no penalty effect; generally refundable. The receipt and contract must say which one it is.</source>
            <translation>訂金（預付款）：預先支付的部分價款，不具違約罰則效力，一般可退還。收據及合約須載明是哪一種。</translation>
        </message>
        <message>
            <source>訂金 works like earnest money (Civil Code §249): forfeited if the buyer backs out, returned double if the dealer does. At most 10 % of the price unless it is a special order.</source>
            <translation>訂金依民法第 249 條具定金效力：買方違約不得請求返還，賣方違約應加倍返還。除特殊訂單外，不得超過總價 10 %。</translation>
        </message>
        <message>
            <source>訂金 (deposit): its terms are as written in the sales agreement.</source>
            <translation>訂金：其條件依購車合約所載。</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <source>Document &amp;language:</source>
            <translation>文件語言(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>DriveBox</name>
        <message>
            <source>3. The drive</source>
            <translation>3. 試駕</translation>
        </message>
        <message>
            <source>Odometer &amp;out:</source>
            <translation>出發里程(&amp;O)：</translation>
        </message>
        <message>
            <source>Odo&amp;meter in:</source>
            <translation>返回里程(&amp;M)：</translation>
        </message>
        <message>
            <source>S&amp;tart drive</source>
            <translation>開始試駕(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Finish drive</source>
            <translation>結束試駕(&amp;F)</translation>
        </message>
        <message>
            <source>Before the drive: a licence that passes the check, and the signed agreement.</source>
            <translation>試駕前尚需：通過查核的駕照，以及已簽署的協議書。</translation>
        </message>
        <message>
            <source>Before the drive: a licence that passes the check.</source>
            <translation>試駕前尚需：通過查核的駕照。</translation>
        </message>
        <message>
            <source>Before the drive: the signed agreement.</source>
            <translation>試駕前尚需：已簽署的協議書。</translation>
        </message>
        <message>
            <source>Ready: note the odometer and start the drive.</source>
            <translation>準備就緒：記下里程數後即可開始試駕。</translation>
        </message>
        <message>
            <source>On the road. Note the odometer when the car is back.</source>
            <translation>試駕中。車輛返回時請記下里程數。</translation>
        </message>
        <message>
            <source>Finished. Ask for the customer's feedback.</source>
            <translation>已結束。請詢問客戶的試駕評價。</translation>
        </message>
        <message>
            <source>This booking was cancelled.</source>
            <translation>此預約已取消。</translation>
        </message>
        <message>
            <source>Out: %1</source>
            <translation>出發：%1</translation>
        </message>
        <message>
            <source>Back: %1</source>
            <translation>返回：%1</translation>
        </message>
        <message>
            <source>%1 km driven</source>
            <translation>行駛 %1 公里</translation>
        </message>
        <message>
            <source>%1 km is more than twice the route length (%2 km). Please check the readings; it can still be saved.</source>
            <translation>%1 公里超過路線長度（%2 公里）的兩倍。請確認里程讀數；仍可儲存。</translation>
        </message>
    </context>
    <context>
        <name>EntryListEditor</name>
        <message>
            <source>Add</source>
            <translation>新增</translation>
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
            <source>Move up (Alt+Up)</source>
            <translation>上移（Alt+Up）</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>下移（Alt+Down）</translation>
        </message>
        <message>
            <source>Required (untick for optional)</source>
            <translation>必填（取消勾選則為選填）</translation>
        </message>
        <message>
            <source>Item text</source>
            <translation>項目內容</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>(no text yet)</source>
            <translation>（尚無內容）</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>選填</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBox</name>
        <message>
            <source>4. Feedback</source>
            <translation>4. 試駕評價</translation>
        </message>
        <message>
            <source>Design:</source>
            <translation>外觀設計：</translation>
        </message>
        <message>
            <source>Comfort:</source>
            <translation>乘坐舒適：</translation>
        </message>
        <message>
            <source>Power:</source>
            <translation>動力表現：</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>操控：</translation>
        </message>
        <message>
            <source>Quietness:</source>
            <translation>靜謐性：</translation>
        </message>
        <message>
            <source>Technology:</source>
            <translation>科技配備：</translation>
        </message>
        <message>
            <source>— not rated</source>
            <translation>— 未評分</translation>
        </message>
        <message>
            <source>1 · poor</source>
            <translation>1 · 差</translation>
        </message>
        <message>
            <source>2 · fair</source>
            <translation>2 · 尚可</translation>
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
            <translation>客戶意見：</translation>
        </message>
    </context>
    <context>
        <name>FinancePanel</name>
        <message>
            <source>Open the deal desk</source>
            <translation>開啟議價桌</translation>
        </message>
        <message>
            <source>&amp;New application to another lender…</source>
            <translation>向其他金融機構申請(&amp;N)…</translation>
        </message>
        <message>
            <source>Unsaved input restored — check it.</source>
            <translation>已還原未儲存的輸入內容，請確認。</translation>
        </message>
        <message>
            <source>This opportunity has no deal yet. The loan plans are worked out on the deal desk (Closing); the applications to the lender are followed here.</source>
            <translation>此商機尚無交易。貸款方案在議價桌（簽約成交）試算；送件給金融機構後在此追蹤。</translation>
        </message>
        <message>
            <source>The deal has no loan plan: the customer pays in full. Add a loan plan on the deal desk if the customer wants one, or mark this stage not applicable.</source>
            <translation>此交易沒有貸款方案：客戶全額付款。如客戶需要貸款，請在議價桌新增貸款方案；否則可將此階段標記為不適用。</translation>
        </message>
        <message>
            <source>✓ Loan disbursed by %1: the car can be delivered.</source>
            <translation>✓ %1 已撥款：可以交車。</translation>
        </message>
        <message>
            <source>Delivery waits until the loan is disbursed. Delivering earlier needs a confirmation on the delivery page.</source>
            <translation>貸款撥款後才交車。提前交車須在交車頁面確認。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Somebody else changed this application meanwhile. Check the terms and save again.</source>
            <translation>這件申請剛被其他人修改過。請確認條件後再儲存一次。</translation>
        </message>
        <message>
            <source>Repayment schedule</source>
            <translation>貸款還款明細表</translation>
        </message>
    </context>
    <context>
        <name>FinanceTexts</name>
        <message>
            <source>Equal instalment</source>
            <translation>本息平均攤還</translation>
        </message>
        <message>
            <source>Equal principal</source>
            <translation>本金平均攤還</translation>
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
            <translation>0 % + 手續費</translation>
        </message>
        <message>
            <source>0 % (fee instead)</source>
            <translation>0 %（改收手續費）</translation>
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
            <translation>已送件</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已核准</translation>
        </message>
        <message>
            <source>Approved with conditions</source>
            <translation>附條件核准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>未核准</translation>
        </message>
        <message>
            <source>Loan contract signed</source>
            <translation>已簽訂貸款契約</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>已撥款</translation>
        </message>
        <message>
            <source>Back to draft (correct and resend)</source>
            <translation>退回草稿（修正後重新送件）</translation>
        </message>
        <message>
            <source>Submit to the lender</source>
            <translation>送件給金融機構</translation>
        </message>
        <message>
            <source>Rejected…</source>
            <translation>未核准…</translation>
        </message>
        <message>
            <source>Loan disbursed</source>
            <translation>已撥款</translation>
        </message>
        <message>
            <source>Repayment method</source>
            <translation>還款方式</translation>
        </message>
        <message>
            <source>Loan amount</source>
            <translation>貸款金額</translation>
        </message>
        <message>
            <source>Down payment</source>
            <translation>頭期款</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>期數</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>利率</translation>
        </message>
        <message>
            <source>Handling fee</source>
            <translation>手續費</translation>
        </message>
        <message>
            <source>Monthly payment</source>
            <translation>月付金</translation>
        </message>
        <message>
            <source>Total interest</source>
            <translation>總利息</translation>
        </message>
        <message>
            <source>Total repaid</source>
            <translation>還款總額</translation>
        </message>
        <message>
            <source>APR (true annual rate)</source>
            <translation>實際年利率（APR）</translation>
        </message>
        <message>
            <source>Effective annual rate</source>
            <translation>有效年利率（EAR）</translation>
        </message>
        <message>
            <source>%1, spread into the instalments</source>
            <translation>%1，分攤於各期</translation>
        </message>
        <message>
            <source>%1, paid up front</source>
            <translation>%1，撥款時先付</translation>
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
            <translation>身分證件</translation>
        </message>
        <message>
            <source>Proof of income</source>
            <translation>收入證明</translation>
        </message>
        <message>
            <source>Bank statements</source>
            <translation>銀行往來明細</translation>
        </message>
        <message>
            <source>Proof of address</source>
            <translation>地址證明</translation>
        </message>
        <message>
            <source>Consent to the credit check (signed)</source>
            <translation>徵信同意書（已簽署）</translation>
        </message>
        <message>
            <source>Business licence (company buyer)</source>
            <translation>營業登記證明（公司買方）</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Showroom Assistant</source>
            <translation>歡迎使用展廳助手</translation>
        </message>
        <message>
            <source>Set up your dealership once. These details print on every quote, contract and receipt; you can change them later in Settings.</source>
            <translation>請先設定您的經銷商資料。這些資料會印在每一張報價單、合約與收據上，之後可在「設定」中修改。</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>您的姓名(&amp;Y)</translation>
        </message>
        <message>
            <source>The sales consultant using this desk</source>
            <translation>使用此座位的銷售顧問</translation>
        </message>
        <message>
            <source>Your &amp;PIN</source>
            <translation>您的 PIN 碼(&amp;P)</translation>
        </message>
        <message>
            <source>At least %1 characters: digits or a password</source>
            <translation>至少 %1 個字元：數字或密碼</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN</source>
            <translation>再次輸入 PIN 碼(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>Follow-ups</source>
            <extracomment>filter index -&gt; days ahead of today (None: every open task)</extracomment>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任務</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向級別</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>顯示(&amp;S)</translation>
        </message>
        <message>
            <source>Due today and overdue</source>
            <translation>今日到期及逾期</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>7 天內到期</translation>
        </message>
        <message>
            <source>All open tasks</source>
            <translation>所有未完成任務</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>共 %n 項任務</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverBox</name>
        <message>
            <source>Handover</source>
            <translation>交車交接</translation>
        </message>
        <message>
            <source>Documents handed over</source>
            <translation>隨車文件</translation>
        </message>
        <message>
            <source>Functions explained</source>
            <translation>功能說明</translation>
        </message>
        <message>
            <source>Tools and loose items</source>
            <translation>工具及隨車附件</translation>
        </message>
        <message>
            <source>✓ handed over</source>
            <translation>✓ 已交付</translation>
        </message>
        <message>
            <source>✓ explained</source>
            <translation>✓ 已說明</translation>
        </message>
        <message>
            <source>All handed over</source>
            <translation>全部已交付</translation>
        </message>
        <message>
            <source>All explained</source>
            <translation>全部已說明</translation>
        </message>
        <message>
            <source>&amp;Keys handed over:</source>
            <translation>交付鑰匙數量(&amp;K)：</translation>
        </message>
        <message>
            <source>Customer agrees to share the ceremony photo</source>
            <translation>客戶同意公開交車合影</translation>
        </message>
        <message>
            <source>Payment &amp;settled (balance received)</source>
            <translation>款項已結清（已收尾款）(&amp;S)</translation>
        </message>
        <message>
            <source>Loan &amp;disbursed</source>
            <translation>貸款已撥款(&amp;D)</translation>
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
            <translation>不適用</translation>
        </message>
        <message>
            <source>Why does this not apply? (one line)</source>
            <translation>為何不適用？（一行）</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import customers</source>
            <translation>匯入客戶</translation>
        </message>
        <message>
            <source>Choose a CSV or Excel file to import.</source>
            <translation>請選擇要匯入的 CSV 或 Excel 檔案。</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>選擇檔案(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <translation>重新載入(&amp;L)</translation>
        </message>
        <message>
            <source>Which field does each column of the file hold?</source>
            <translation>檔案中的每一欄各是哪個欄位？</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>檔案中的欄</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>範例</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>欄</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Phone already known:</source>
            <translation>電話已存在時：</translation>
        </message>
        <message>
            <source>&amp;Merge into that customer</source>
            <translation>合併到該客戶(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Skip the row</source>
            <translation>略過這一列(&amp;S)</translation>
        </message>
        <message>
            <source>Leave the customers &amp;unassigned</source>
            <translation>不指派銷售顧問(&amp;U)</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>檢查(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>匯入(&amp;I)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>（不匯入）</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>試算表 (*.csv *.txt *.xlsx);;所有檔案 (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n rows read. Check the fields, then press Check.</source>
            <translation>
                <numerusform>已讀取 %n 列。請確認欄位，再按「檢查」。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在讀取檔案…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>正在檢查每一列…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was saved.</source>
            <translation>已取消匯入，未儲存任何資料。</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translation>匯出客戶</translation>
        </message>
        <message>
            <source>Your role does not allow exporting customers.</source>
            <translation>您的角色無權匯出客戶資料。</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 活頁簿 (*.xlsx);;CSV 檔案 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n customers saved to %1.</source>
            <translation>
                <numerusform>已將 %n 位客戶儲存至 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>The customers could not be exported: %1</source>
            <translation>無法匯出客戶：%1</translation>
        </message>
        <message>
            <source>Exporting customers…</source>
            <translation>正在匯出客戶…</translation>
        </message>
        <message>
            <source>Importing customers…</source>
            <translation>正在匯入客戶…</translation>
        </message>
        <message>
            <source>The file could not be imported: %1</source>
            <translation>無法匯入此檔案：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be imported. Correct them in the file, save it and press Load again.</source>
            <translation>
                <numerusform>有 %n 列無法匯入。請在檔案中修正、存檔後按「重新載入」。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n rows can be imported.</source>
            <translation>
                <numerusform>全部 %n 列都可以匯入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows have a phone number that is already known.</source>
            <translation>
                <numerusform>有 %n 列的電話已存在。</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1 new customers, %2 rows merged, %3 rows skipped.</source>
            <translation>匯入完成：新增 %1 位客戶，合併 %2 列，略過 %3 列。</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Name</source>
            <translation>客戶姓名</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>稱謂</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>客戶類型</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>電話</translation>
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
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>Messaging ID</source>
            <translation>通訊軟體帳號</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Preferred channel</source>
            <translation>偏好聯絡方式</translation>
        </message>
        <message>
            <source>Best time to contact</source>
            <translation>方便聯絡時間</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>服務顧問</translation>
        </message>
        <message>
            <source>Insurance company</source>
            <translation>保險公司</translation>
        </message>
        <message>
            <source>Insurance expiry</source>
            <translation>保險到期日</translation>
        </message>
        <message>
            <source>Desired services</source>
            <translation>客戶希望的服務</translation>
        </message>
        <message>
            <source>Desired services note</source>
            <translation>希望的服務備註</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>行銷同意</translation>
        </message>
        <message>
            <source>Marketing consent date</source>
            <translation>行銷同意日期</translation>
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
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>證件類型</translation>
        </message>
        <message>
            <source>ID number (masked)</source>
            <translation>證件號碼（已遮蔽）</translation>
        </message>
        <message>
            <source>Vehicle model</source>
            <translation>車型</translation>
        </message>
        <message>
            <source>Plate number</source>
            <translation>車牌號碼</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>車身號碼</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交車日期</translation>
        </message>
        <message>
            <source>Odometer at delivery</source>
            <translation>交車里程</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>建檔時間</translation>
        </message>
    </context>
    <context>
        <name>IntentBox</name>
        <message>
            <source>Intent level</source>
            <translation>意向級別</translation>
        </message>
        <message>
            <source>S&amp;et level:</source>
            <translation>設定級別(&amp;E)：</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Suggested from the answers: %1</source>
            <translation>依需求建議：%1</translation>
        </message>
        <message>
            <source>Now: %1 · next follow-up %2</source>
            <translation>目前：%1 · 下次跟進 %2</translation>
        </message>
        <message>
            <source>Now: %1 · no follow-up scheduled</source>
            <translation>目前：%1 · 未排定跟進</translation>
        </message>
        <message>
            <source>Next follow-up at this level: %1</source>
            <translation>此級別的下次跟進日期：%1</translation>
        </message>
        <message>
            <source>No scheduled follow-up at this level</source>
            <translation>此級別不排定跟進</translation>
        </message>
        <message>
            <source>Lower the intent level</source>
            <translation>調低意向級別</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>InventoryPage</name>
        <message>
            <source>Inventory</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>廠牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>車型</translation>
        </message>
        <message>
            <source>Trim</source>
            <translation>車款</translation>
        </message>
        <message>
            <source>Body type</source>
            <translation>車身類型</translation>
        </message>
        <message>
            <source>Powertrain</source>
            <translation>動力類型</translation>
        </message>
        <message>
            <source>Engine / motor</source>
            <translation>引擎 / 馬達</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位數</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>建議售價</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>現車</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>已保留</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>車身號碼</translation>
        </message>
        <message>
            <source>Exterior colour</source>
            <translation>車身顏色</translation>
        </message>
        <message>
            <source>Interior colour</source>
            <translation>內裝顏色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Test car</source>
            <translation>試駕車</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌號碼</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Dealer cost</source>
            <translation>經銷商成本</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>車型目錄</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>庫存車輛</translation>
        </message>
        <message>
            <source>Include sold cars</source>
            <translation>包含已售出車輛</translation>
        </message>
        <message>
            <source>Key specs and FAB cards…</source>
            <translation>主要規格與 FAB 卡片…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>O · Ordered</source>
            <translation>O · 已下訂</translation>
        </message>
        <message>
            <source>H · within 7 days</source>
            <translation>H · 7 天內</translation>
        </message>
        <message>
            <source>A · within 15 days</source>
            <translation>A · 15 天內</translation>
        </message>
        <message>
            <source>B · within 30 days</source>
            <translation>B · 30 天內</translation>
        </message>
        <message>
            <source>C · over a month</source>
            <translation>C · 一個月以上</translation>
        </message>
        <message>
            <source>N · no clear intent</source>
            <translation>N · 無明確意向</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>已下訂</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已交車</translation>
        </message>
        <message>
            <source>Lost deal</source>
            <translation>戰敗</translation>
        </message>
        <message>
            <source>Out of contact</source>
            <translation>失控</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>暫緩</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>無效</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>自然進店</translation>
        </message>
        <message>
            <source>Inbound call</source>
            <translation>來電</translation>
        </message>
        <message>
            <source>Online inquiry</source>
            <translation>網路詢價</translation>
        </message>
        <message>
            <source>Brand website / app</source>
            <translation>原廠官網 / App</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>社群媒體</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>轉介紹</translation>
        </message>
        <message>
            <source>Event / motor show</source>
            <translation>活動 / 車展</translation>
        </message>
        <message>
            <source>Existing owner</source>
            <translation>保有客戶置換 / 增購</translation>
        </message>
        <message>
            <source>Service referral</source>
            <translation>售後轉介</translation>
        </message>
        <message>
            <source>Fleet / company</source>
            <translation>大客戶 / 企業</translation>
        </message>
        <message>
            <source>Outbound prospecting</source>
            <translation>外拓 / 電銷</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Prospecting &amp; preparation</source>
            <translation>集客準備</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>客戶接待</translation>
        </message>
        <message>
            <source>Needs analysis</source>
            <translation>需求分析</translation>
        </message>
        <message>
            <source>Product presentation</source>
            <translation>產品介紹</translation>
        </message>
        <message>
            <source>Test ride &amp; drive</source>
            <translation>試乘試駕</translation>
        </message>
        <message>
            <source>Closing / contract signing</source>
            <translation>簽約成交</translation>
        </message>
        <message>
            <source>Finance services</source>
            <translation>金融服務</translation>
        </message>
        <message>
            <source>Delivery ceremony</source>
            <translation>交車儀式</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售後服務</translation>
        </message>
        <message>
            <source>Sedan</source>
            <translation>轎車</translation>
        </message>
        <message>
            <source>SUV</source>
            <translation>休旅車</translation>
        </message>
        <message>
            <source>MPV</source>
            <translation>MPV</translation>
        </message>
        <message>
            <source>Hatchback</source>
            <translation>掀背車</translation>
        </message>
        <message>
            <source>Wagon</source>
            <translation>旅行車</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>皮卡</translation>
        </message>
        <message>
            <source>Van</source>
            <translation>商用車</translation>
        </message>
        <message>
            <source>Petrol / diesel</source>
            <translation>汽油 / 柴油</translation>
        </message>
        <message>
            <source>Hybrid (HEV)</source>
            <translation>油電混合</translation>
        </message>
        <message>
            <source>Plug-in hybrid (PHEV)</source>
            <translation>插電式油電混合</translation>
        </message>
        <message>
            <source>Range-extended EV (EREV)</source>
            <translation>增程式</translation>
        </message>
        <message>
            <source>Battery EV (BEV)</source>
            <translation>純電動車</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>現車</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>已保留</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>已售出</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Customer archive (2-day rule)</source>
            <translation>客戶檔案（2 天內建檔）</translation>
        </message>
        <message>
            <source>After-sales call</source>
            <translation>售後回訪</translation>
        </message>
        <message>
            <source>Maintenance reminder</source>
            <translation>保養提醒</translation>
        </message>
        <message>
            <source>Insurance renewal</source>
            <translation>保險續保</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>問候</translation>
        </message>
        <message>
            <source>Mr</source>
            <translation>先生</translation>
        </message>
        <message>
            <source>Ms</source>
            <translation>小姐</translation>
        </message>
        <message>
            <source>Mrs</source>
            <translation>女士</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>Sales manager</source>
            <translation>銷售經理</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>系統管理員</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>台灣</translation>
        </message>
        <message>
            <source>Mainland China</source>
            <translation>中國大陸</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <translation>香港</translation>
        </message>
        <message>
            <source>Discount over the threshold</source>
            <translation>超過門檻的優惠</translation>
        </message>
        <message>
            <source>Lost deal confirmation</source>
            <translation>戰敗確認</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>建立</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>登入失敗</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>登出</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>鎖定螢幕</translation>
        </message>
        <message>
            <source>Reassigned</source>
            <translation>重新指派</translation>
        </message>
        <message>
            <source>Erased on request</source>
            <translation>應要求刪除個資</translation>
        </message>
        <message>
            <source>Approval requested</source>
            <translation>申請核准</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>核准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>駁回</translation>
        </message>
        <message>
            <source>PIN reset</source>
            <translation>重設 PIN 碼</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>記錄同意</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>商機</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任務</translation>
        </message>
        <message>
            <source>Vehicle in stock</source>
            <translation>庫存車</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>核准申請</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>稽核紀錄</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>預約</translation>
        </message>
        <message>
            <source>Visit or call</source>
            <translation>來店或來電</translation>
        </message>
        <message>
            <source>Daily readiness</source>
            <translation>每日準備檢查</translation>
        </message>
        <message>
            <source>Test drive</source>
            <translation>試乘試駕</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>客戶異議</translation>
        </message>
        <message>
            <source>FAB card</source>
            <translation>FAB 話術卡</translation>
        </message>
        <message>
            <source>Trim</source>
            <translation>車款</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>成交案</translation>
        </message>
        <message>
            <source>Tax or fee rule</source>
            <translation>稅費規則</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合約</translation>
        </message>
        <message>
            <source>Loan application</source>
            <translation>貸款申請</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交車</translation>
        </message>
        <message>
            <source>Sales process</source>
            <translation>銷售流程</translation>
        </message>
        <message>
            <source>Customer's vehicle</source>
            <translation>客戶車輛</translation>
        </message>
        <message>
            <source>Service record</source>
            <translation>保養維修紀錄</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收據</translation>
        </message>
        <message>
            <source>Contract template</source>
            <translation>合約範本</translation>
        </message>
    </context>
    <context>
        <name>LicenceForm</name>
        <message>
            <source>C1 · small car</source>
            <translation>C1 · 小型汽車</translation>
        </message>
        <message>
            <source>C2 · small car, automatic only</source>
            <translation>C2 · 小型自動擋汽車</translation>
        </message>
        <message>
            <source>B1 · medium bus</source>
            <translation>B1 · 中型客車</translation>
        </message>
        <message>
            <source>B2 · heavy truck</source>
            <translation>B2 · 大型貨車</translation>
        </message>
        <message>
            <source>A1 · large bus</source>
            <translation>A1 · 大型客車</translation>
        </message>
        <message>
            <source>A2 · tractor-trailer</source>
            <translation>A2 · 牽引車</translation>
        </message>
        <message>
            <source>A3 · city bus</source>
            <translation>A3 · 城市公車</translation>
        </message>
        <message>
            <source>Class 1 · private car</source>
            <translation>第1類 · 私家車</translation>
        </message>
        <message>
            <source>Class 1A · private car, automatic only</source>
            <translation>第1A類 · 私家車（只限自動波）</translation>
        </message>
        <message>
            <source>Class 2 · light goods vehicle</source>
            <translation>第2類 · 輕型貨車</translation>
        </message>
        <message>
            <source>Class 2A · light goods vehicle, automatic only</source>
            <translation>第2A類 · 輕型貨車（只限自動波）</translation>
        </message>
        <message>
            <source>Ordinary light vehicle</source>
            <translation>普通小型車</translation>
        </message>
        <message>
            <source>Professional light vehicle</source>
            <translation>職業小型車</translation>
        </message>
        <message>
            <source>Ordinary heavy truck</source>
            <translation>普通大貨車</translation>
        </message>
        <message>
            <source>Professional heavy truck</source>
            <translation>職業大貨車</translation>
        </message>
        <message>
            <source>Ordinary bus</source>
            <translation>普通大客車</translation>
        </message>
        <message>
            <source>Professional bus</source>
            <translation>職業大客車</translation>
        </message>
        <message>
            <source>Ordinary tractor-trailer</source>
            <translation>普通聯結車</translation>
        </message>
        <message>
            <source>Professional tractor-trailer</source>
            <translation>職業聯結車</translation>
        </message>
        <message>
            <source>Other class (e.g. motorcycle only)</source>
            <translation>其他駕照種類（例如僅限機車）</translation>
        </message>
        <message>
            <source>1. Driving licence</source>
            <translation>1. 駕照</translation>
        </message>
        <message>
            <source>Licence &amp;number:</source>
            <translation>駕照號碼(&amp;N)：</translation>
        </message>
        <message>
            <source>Licence cl&amp;ass:</source>
            <translation>准駕車種(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Valid until:</source>
            <translation>有效期限(&amp;V)：</translation>
        </message>
        <message>
            <source>First iss&amp;ued:</source>
            <translation>初領日期(&amp;U)：</translation>
        </message>
        <message>
            <source>Date of birt&amp;h:</source>
            <translation>出生日期(&amp;H)：</translation>
        </message>
        <message>
            <source>The test car has a manual gearbox</source>
            <translation>試駕車為手排</translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>無有效期限</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or ROC 115/03/01</source>
            <translation>YYYY-MM-DD 或民國 115/03/01</translation>
        </message>
        <message>
            <source>Check &amp;licence</source>
            <translation>查核駕照(&amp;L)</translation>
        </message>
        <message>
            <source>from the customer record</source>
            <translation>取自客戶檔案</translation>
        </message>
        <message>
            <source>Enter the date from the licence.</source>
            <translation>請輸入駕照上的日期。</translation>
        </message>
        <message>
            <source>Enter a date such as 2015-03-01.</source>
            <translation>請以 2015-03-01 的格式輸入日期。</translation>
        </message>
        <message>
            <source>✗ The licence does not pass the check: this driver cannot take the test car.</source>
            <translation>✗ 駕照未通過查核：此駕駛人不能駕駛試駕車。</translation>
        </message>
        <message>
            <source>✓ Licence checked: the driver may take the test car.</source>
            <translation>✓ 駕照查核通過：駕駛人可以駕駛試駕車。</translation>
        </message>
    </context>
    <context>
        <name>LinesBox</name>
        <message>
            <source>Add line</source>
            <translation>新增一列</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>刪除一列</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>The desk is locked</source>
            <translation>畫面已鎖定</translation>
        </message>
        <message>
            <source>Sign in to continue. Work on the screen stays as it was; if somebody else signs in, the screens are reopened for them.</source>
            <translation>請登入以繼續。畫面上進行中的工作會保留原狀；若由其他人登入，畫面會為其重新開啟。</translation>
        </message>
    </context>
    <context>
        <name>LogoPicker</name>
        <message>
            <source>Letterhead logo:</source>
            <translation>信頭標誌：</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>選擇標誌…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>尚無標誌</translation>
        </message>
        <message>
            <source>Choose the letterhead logo</source>
            <translation>選擇信頭標誌</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>圖片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>無法讀取檔案：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
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
            <translation>客戶</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>銷售</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報表</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>稽核紀錄</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source> — demo data</source>
            <translation> — 示範資料</translation>
        </message>
        <message>
            <source>Showroom Assistant</source>
            <translation>展廳助手</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>前往(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;New walk-in…</source>
            <translation>新增來店客(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>立即鎖定(&amp;L)</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>切換使用者(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Showroom Assistant</source>
            <translation>關於展廳助手(&amp;A)</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>目前使用者：%1（%2）</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>資料庫：%1</translation>
        </message>
    </context>
    <context>
        <name>NeedsAnalysisPanel</name>
        <message>
            <source>Not saved</source>
            <extracomment>however long the typing goes on, a save happens this long after the first unsaved change</extracomment>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Unsaved input restored: correct the marked fields to save them.</source>
            <translation>已還原未儲存的輸入：修正標示的欄位後即會儲存。</translation>
        </message>
        <message>
            <source>Not saved yet: correct the marked fields.</source>
            <translation>尚未儲存：請修正標示的欄位。</translation>
        </message>
        <message>
            <source>All answers saved at %1</source>
            <translation>所有回答已於 %1 儲存</translation>
        </message>
        <message>
            <source>Answers save themselves as you type.</source>
            <translation>輸入的內容會自動儲存。</translation>
        </message>
    </context>
    <context>
        <name>NeedsFields</name>
        <message>
            <source>Budget and payment</source>
            <extracomment>the error label a domain field's message goes to (one label per row of the form)</extracomment>
            <translation>預算與付款</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>預算(&amp;B)</translation>
        </message>
        <message>
            <source>Pa&amp;yment</source>
            <translation>付款方式(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Down payment</source>
            <translation>頭期比例(&amp;D)</translation>
        </message>
        <message>
            <source>Monthly tar&amp;get</source>
            <translation>期望月付(&amp;G)</translation>
        </message>
        <message>
            <source>Buying &amp;when</source>
            <translation>預計購車時間(&amp;W)</translation>
        </message>
        <message>
            <source>Decision &amp;maker</source>
            <translation>決策人(&amp;M)</translation>
        </message>
        <message>
            <source>Plate &amp;quota</source>
            <translation>購車指標 / 牌照(&amp;Q)</translation>
        </message>
        <message>
            <source>Use and family</source>
            <translation>用車需求與家庭</translation>
        </message>
        <message>
            <source>Intended &amp;use</source>
            <translation>用途(&amp;U)</translation>
        </message>
        <message>
            <source>Main dri&amp;ver</source>
            <translation>主要駕駛人(&amp;V)</translation>
        </message>
        <message>
            <source>Passe&amp;ngers</source>
            <translation>乘坐人數(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Family</source>
            <translation>家庭狀況(&amp;F)</translation>
        </message>
        <message>
            <source>Current car and preferences</source>
            <translation>現有車輛與偏好</translation>
        </message>
        <message>
            <source>Current &amp;car</source>
            <translation>現有車輛(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Powertrain</source>
            <translation>動力偏好(&amp;P)</translation>
        </message>
        <message>
            <source>Home c&amp;harging</source>
            <translation>可否安裝家充(&amp;H)</translation>
        </message>
        <message>
            <source>P&amp;riorities</source>
            <translation>購車重點(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;ompared with</source>
            <translation>比較車款(&amp;O)</translation>
        </message>
        <message>
            <source>Co&amp;lours</source>
            <translation>顏色偏好(&amp;L)</translation>
        </message>
        <message>
            <source>minimum, e.g. 900,000</source>
            <translation>最低，例如 90萬</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>最高</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>每月金額</translation>
        </message>
        <message>
            <source>e.g. spouse, parents, company</source>
            <translation>例如：配偶、父母、公司</translation>
        </message>
        <message>
            <source>who drives it most</source>
            <translation>最常開車的人</translation>
        </message>
        <message>
            <source>brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>model</source>
            <translation>車型</translation>
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
            <translation>以頓號或逗號分隔，例如：Honda CR-V、Mazda CX-5</translation>
        </message>
        <message>
            <source>separate with commas, e.g. white, grey</source>
            <translation>以頓號或逗號分隔，例如：白色、灰色</translation>
        </message>
        <message>
            <source>Children (child seats, ISOFIX), who rides along, parking…</source>
            <translation>小孩（兒童座椅、ISOFIX）、常同行的人、停車條件…</translation>
        </message>
        <message>
            <source>&amp;Trade-in</source>
            <translation>舊車換新(&amp;T)</translation>
        </message>
        <message>
            <source>Print needs &amp;summary…</source>
            <translation>列印需求確認單(&amp;S)…</translation>
        </message>
        <message>
            <source>Preview and print the needs summary (Ctrl+P)</source>
            <translation>預覽並列印需求確認單（Ctrl+P）</translation>
        </message>
    </context>
    <context>
        <name>NeedsLabels</name>
        <message>
            <source>Not asked yet</source>
            <extracomment>萬 / 万 after an amount: ten thousand (a budget is said "120萬" at the desk)</extracomment>
            <translation>尚未詢問</translation>
        </message>
        <message>
            <source>Full payment</source>
            <translation>全額付款</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>貸款</translation>
        </message>
        <message>
            <source>Instalment plan</source>
            <translation>分期付款</translation>
        </message>
        <message>
            <source>Lease</source>
            <translation>租賃</translation>
        </message>
        <message>
            <source>Commuting</source>
            <translation>通勤</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>家庭用車</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>商務</translation>
        </message>
        <message>
            <source>Long-distance</source>
            <translation>長途旅行</translation>
        </message>
        <message>
            <source>Ride-hailing</source>
            <translation>多元計程車 / 網約車</translation>
        </message>
        <message>
            <source>Undecided</source>
            <translation>尚未決定</translation>
        </message>
        <message>
            <source>Possible</source>
            <translation>可以</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>不行</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>尚不確定</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空間</translation>
        </message>
        <message>
            <source>Running costs</source>
            <translation>油耗 / 經濟</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>動力</translation>
        </message>
        <message>
            <source>Tech / ADAS</source>
            <translation>科技 / 駕駛輔助</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Resale value</source>
            <translation>保值性</translation>
        </message>
        <message>
            <source>Within 7 days</source>
            <translation>7 天內</translation>
        </message>
        <message>
            <source>Within 15 days</source>
            <translation>15 天內</translation>
        </message>
        <message>
            <source>Within 30 days</source>
            <translation>30 天內</translation>
        </message>
        <message>
            <source>Within 3 months</source>
            <translation>3 個月內</translation>
        </message>
        <message>
            <source>Later than 3 months</source>
            <translation>3 個月以後</translation>
        </message>
        <message>
            <source>Has a plate quota</source>
            <translation>已有購車指標</translation>
        </message>
        <message>
            <source>In the plate lottery</source>
            <translation>搖號中</translation>
        </message>
        <message>
            <source>NEV plate</source>
            <translation>新能源牌照</translation>
        </message>
        <message>
            <source>Not needed in this city</source>
            <translation>本市不限購</translation>
        </message>
    </context>
    <context>
        <name>NeedsSummaryPreview</name>
        <message>
            <source>Needs summary</source>
            <extracomment>The preview of a needs summary (the shared preview, named for the tests and the UI).</extracomment>
            <translation>需求確認單</translation>
        </message>
    </context>
    <context>
        <name>NewApplicationBox</name>
        <message>
            <source>New loan application</source>
            <translation>新增貸款申請</translation>
        </message>
        <message>
            <source>From &amp;plan:</source>
            <translation>依據方案(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Lender:</source>
            <translation>金融機構(&amp;L)：</translation>
        </message>
        <message>
            <source>P&amp;roduct:</source>
            <translation>貸款方案(&amp;R)：</translation>
        </message>
        <message>
            <source>e.g. new-car loan, 36 months</source>
            <translation>例如：新車貸款 36 期</translation>
        </message>
        <message>
            <source>Create &amp;application</source>
            <translation>建立申請(&amp;A)</translation>
        </message>
        <message>
            <source>The terms start as the plan's on the deal desk; when the lender offers others, change them on the application.</source>
            <translation>條件先帶入成交洽談的方案；金融機構核給不同條件時，請在申請件上修改。</translation>
        </message>
        <message>
            <source>Loan %1</source>
            <translation>貸款方案 %1</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsSection</name>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>異議</translation>
        </message>
        <message>
            <source>Our response</source>
            <translation>我們的回應</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已化解</translation>
        </message>
        <message>
            <source>What the customer &amp;objects to:</source>
            <translation>客戶的異議(&amp;O)：</translation>
        </message>
        <message>
            <source>Our &amp;response:</source>
            <translation>我們的回應(&amp;R)：</translation>
        </message>
        <message>
            <source>In the customer's words</source>
            <translation>以客戶的原話記錄</translation>
        </message>
        <message>
            <source>How we answered, or what we will check</source>
            <translation>我們如何回答，或將查證的事項</translation>
        </message>
        <message>
            <source>New objection</source>
            <translation>新增異議</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Unsaved input restored.</source>
            <translation>已還原尚未儲存的輸入。</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
        <message>
            <source>Delete objection</source>
            <translation>刪除異議</translation>
        </message>
        <message>
            <source>Delete this objection?</source>
            <translation>要刪除這筆異議嗎？</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>另存 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>共 %n 頁</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdiBox</name>
        <message>
            <source>Pre-delivery inspection (PDI)</source>
            <translation>新車交車前檢查（PDI）</translation>
        </message>
        <message>
            <source>Mark all unchecked items &amp;OK</source>
            <translation>其餘未檢查項目全部合格(&amp;O)</translation>
        </message>
        <message>
            <source>Technician:</source>
            <translation>檢查技師：</translation>
        </message>
        <message>
            <source>Quality check by:</source>
            <translation>品質檢驗：</translation>
        </message>
        <message>
            <source>&amp;Sign off PDI</source>
            <translation>PDI 簽核(&amp;S)</translation>
        </message>
        <message>
            <source>Hide the items</source>
            <translation>隱藏檢查項目</translation>
        </message>
        <message>
            <source>Show the items</source>
            <translation>顯示檢查項目</translation>
        </message>
        <message>
            <source>%1 of %2 items checked</source>
            <translation>已檢查 %1 / %2 項</translation>
        </message>
        <message>
            <source>defects noted: %1</source>
            <translation>缺失 %1 項</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>尚未簽核。</translation>
        </message>
        <message>
            <source>✓ Signed off by %1 on %2</source>
            <translation>✓ %1 已於 %2 簽核</translation>
        </message>
        <message>
            <source> · quality check: %1</source>
            <translation>・品質檢驗：%1</translation>
        </message>
    </context>
    <context>
        <name>PdiRow</name>
        <message>
            <source>— not checked</source>
            <extracomment>combo order: not recorded yet, then the three results</extracomment>
            <translation>— 未檢查</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不適用</translation>
        </message>
        <message>
            <source>The defect and the agreed fix (one line)</source>
            <translation>缺失內容及約定的處理方式（一行）</translation>
        </message>
        <message>
            <source>Why does this not apply? (one line)</source>
            <translation>為何不適用？（一行）</translation>
        </message>
    </context>
    <context>
        <name>PhoneListEdit</name>
        <message>
            <source>Add a number</source>
            <translation>新增號碼</translation>
        </message>
        <message>
            <source>Remove this number</source>
            <translation>刪除此號碼</translation>
        </message>
        <message>
            <source>Main number</source>
            <translation>主要號碼</translation>
        </message>
        <message>
            <source>Another number</source>
            <translation>其他號碼</translation>
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
            <translation>選擇照片(&amp;C)…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>移除照片</translation>
        </message>
        <message>
            <source>No photo yet. It prints on the delivery certificate.</source>
            <translation>尚無照片。照片會印在交車證書上。</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Enter your PIN</source>
            <translation>輸入您的 PIN 碼</translation>
        </message>
        <message>
            <source>For this action, please enter your PIN again.</source>
            <translation>執行此操作前，請再次輸入您的 PIN 碼。</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 碼(&amp;P)</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN 碼錯誤</translation>
        </message>
        <message>
            <source>This account can no longer sign in.</source>
            <translation>此帳號已無法登入。</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>PIN 碼錯誤次數過多：請等待 %n 秒</numerusform>
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
            <translation>駕駛座</translation>
        </message>
        <message>
            <source>Rear seat</source>
            <translation>後座</translation>
        </message>
        <message>
            <source>Rear</source>
            <translation>車後方</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>車側方</translation>
        </message>
        <message>
            <source>Engine bay / front compartment</source>
            <translation>引擎室／前艙</translation>
        </message>
        <message>
            <source>Price</source>
            <extracomment>The checklist items of the shipped process presets that a ticked point (or a recorded fact) completes; items a dealership removed from its process are simply not there.</extracomment>
            <translation>價格</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空間</translation>
        </message>
        <message>
            <source>Delivery time</source>
            <translation>交車時間</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>續航里程</translation>
        </message>
        <message>
            <source>Charging</source>
            <translation>充電</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>動力</translation>
        </message>
        <message>
            <source>Running costs</source>
            <translation>油耗 / 經濟</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>配備</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>外觀設計</translation>
        </message>
        <message>
            <source>Trade-in value</source>
            <translation>舊車估價</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>貸款</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售後服務</translation>
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
            <translation>動力</translation>
        </message>
        <message>
            <source>Tech / ADAS</source>
            <translation>科技 / 駕駛輔助</translation>
        </message>
        <message>
            <source>Resale value</source>
            <translation>保值性</translation>
        </message>
    </context>
    <context>
        <name>PresentationPanel</name>
        <message>
            <source>Presentation tools</source>
            <translation>產品介紹工具</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>推薦</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>車型目錄</translation>
        </message>
        <message>
            <source>Compare (%1 of %2)</source>
            <translation>比較（%1／%2）</translation>
        </message>
        <message>
            <source>Walkaround (%1 of %2)</source>
            <translation>繞車介紹（%1／%2）</translation>
        </message>
        <message>
            <source>Objections (%1)</source>
            <translation>異議（%1）</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>PresentationTexts</name>
        <message>
            <source>in</source>
            <extracomment>A mark per tone, so colour is never the only cue.</extracomment>
            <translation>吋</translation>
        </message>
        <message>
            <source>%1 seats</source>
            <translation>%1 座</translation>
        </message>
        <message>
            <source>Power %1 kW</source>
            <translation>最大馬力 %1 kW</translation>
        </message>
        <message>
            <source>well within the budget</source>
            <translation>遠低於預算上限</translation>
        </message>
        <message>
            <source>Within the budget</source>
            <translation>在預算內</translation>
        </message>
        <message>
            <source>Below the budget by %1</source>
            <translation>比預算下限低 %1</translation>
        </message>
        <message>
            <source>Over the budget by %1</source>
            <translation>超出預算 %1</translation>
        </message>
        <message>
            <source>%1 seats for %2 passengers</source>
            <translation>%1 座，可載 %2 人</translation>
        </message>
        <message>
            <source>Only %1 seats for %2 passengers</source>
            <translation>只有 %1 座，需載 %2 人</translation>
        </message>
        <message>
            <source>%1, as preferred</source>
            <translation>%1，符合動力偏好</translation>
        </message>
        <message>
            <source>%1, not the preferred %2</source>
            <translation>%1，不是偏好的%2</translation>
        </message>
        <message>
            <source>Can charge at home</source>
            <translation>可在家充電</translation>
        </message>
        <message>
            <source>No home charging: relies on public chargers</source>
            <translation>無法安裝家充：需依賴公共充電站</translation>
        </message>
        <message>
            <source>No home charging: will mostly run on fuel</source>
            <translation>無法安裝家充：多半會以燃油行駛</translation>
        </message>
        <message>
            <source>Ask whether a home charger can be installed</source>
            <translation>請確認可否安裝家用充電樁</translation>
        </message>
        <message>
            <source>Priority %1 · %2: %3</source>
            <translation>購車重點 %1・%2：%3</translation>
        </message>
        <message>
            <source>The model the customer asked about</source>
            <translation>客戶詢問的車型</translation>
        </message>
        <message>
            <source>In stock now: %1</source>
            <translation>現車 %1 台</translation>
        </message>
        <message>
            <source>On the way: %1</source>
            <translation>在途 %1 台</translation>
        </message>
        <message>
            <source>Factory order, but the customer wants to buy soon</source>
            <translation>需向原廠訂車，但客戶近期就要購車</translation>
        </message>
        <message>
            <source>Factory order</source>
            <translation>需向原廠訂車</translation>
        </message>
        <message>
            <source>%1 in stock</source>
            <translation>現車 %1 台</translation>
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
            <translation>車價</translation>
        </message>
        <message>
            <source>&amp;MSRP:</source>
            <translation>建議售價(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Discount:</source>
            <translation>優惠(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Transaction price:</source>
            <translation>成交價(&amp;T)：</translation>
        </message>
        <message>
            <source>Dealer &amp;cost:</source>
            <translation>進車成本(&amp;C)：</translation>
        </message>
        <message>
            <source>Manufacturer &amp;rebate:</source>
            <translation>原廠返利(&amp;R)：</translation>
        </message>
        <message>
            <source>Discount: %1 % of the MSRP</source>
            <translation>優惠為建議售價的 %1 %</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Print</source>
            <extracomment>Never rasterise finer than this, whatever the printer reports.</extracomment>
            <translation>列印</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>無法寫入檔案：%1</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>正在將頁面傳送到印表機…</translation>
        </message>
        <message>
            <source>Not printed</source>
            <extracomment>Document languages offered, in this order; "+en" prints English beside the Chinese. For documents whose labels have no bilingual form.</extracomment>
            <translation>未列印</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or save the document as PDF and print that file.</source>
            <translation>無法啟動印表機。請確認印表機已開機並已連線，或先另存 PDF，再列印該檔案。</translation>
        </message>
        <message>
            <source>This customer no longer exists.</source>
            <translation>此客戶已不存在。</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>您的角色無權執行此操作。</translation>
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
            <translation>勾選客戶重視的項目（空白鍵），最重要的排最前面。</translation>
        </message>
    </context>
    <context>
        <name>ProcessEditorDialog</name>
        <message>
            <source>Small independent dealer</source>
            <translation>小型獨立車商</translation>
        </message>
        <message>
            <source>Full 4S brand SOP</source>
            <translation>完整 4S 品牌 SOP</translation>
        </message>
        <message>
            <source>Sales process</source>
            <translation>銷售流程</translation>
        </message>
        <message>
            <source>Saving creates a new version of the process. Opportunities already in progress keep the version they started with; new opportunities follow the new version.</source>
            <translation>儲存時會建立新版本的流程。進行中的商機沿用開始時的版本；新商機則依照新版本進行。</translation>
        </message>
        <message>
            <source>Start from &amp;preset…</source>
            <translation>從範本開始(&amp;P)…</translation>
        </message>
        <message>
            <source>Stages (ticked = used)</source>
            <translation>階段（勾選＝使用）</translation>
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
            <translation>將階段上移（Alt+Up）</translation>
        </message>
        <message>
            <source>Move the stage down (Alt+Down)</source>
            <translation>將階段下移（Alt+Down）</translation>
        </message>
        <message>
            <source>Selected stage</source>
            <translation>所選階段</translation>
        </message>
        <message>
            <source>&amp;Used in the sales process</source>
            <translation>用於銷售流程(&amp;U)</translation>
        </message>
        <message>
            <source>Stage &amp;name</source>
            <translation>階段名稱(&amp;N)</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>檢查清單</translation>
        </message>
        <message>
            <source>Talking tips</source>
            <translation>話術提示</translation>
        </message>
        <message>
            <source>&amp;Save as a new version</source>
            <translation>儲存為新版本(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Save as a new version (Ctrl+S)</source>
            <translation>儲存為新版本（Ctrl+S）</translation>
        </message>
        <message>
            <source>Version %1 · preset: %2</source>
            <translation>版本 %1 · 範本：%2</translation>
        </message>
        <message>
            <source>Unsaved changes: Save stores them as version %1.</source>
            <translation>有尚未儲存的變更：儲存後將成為版本 %1。</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <source>Start from a preset</source>
            <translation>從範本開始</translation>
        </message>
        <message>
            <source>Load this preset into the editor (nothing is stored until you save):</source>
            <translation>將此範本載入編輯器（按下儲存前不會存檔）：</translation>
        </message>
        <message>
            <source>Replace your unsaved changes with the preset?</source>
            <translation>要以範本取代尚未儲存的變更嗎？</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change the sales process.</source>
            <translation>只有銷售經理或系統管理員可以變更銷售流程。</translation>
        </message>
        <message>
            <source>Not saved: please correct the field marked.</source>
            <translation>尚未儲存：請修正標示的欄位。</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放棄變更</translation>
        </message>
        <message>
            <source>Discard your changes to the sales process?</source>
            <translation>要放棄對銷售流程的變更嗎？</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>Customer</source>
            <extracomment>Fields saved with CustomerService.update (the "core" record). Fields saved with ArchiveService.save_archive.</extracomment>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Contact and after-sales</source>
            <translation>聯絡與售後</translation>
        </message>
        <message>
            <source>Services the customer wants</source>
            <translation>客戶希望的服務</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>Sa&amp;lutation</source>
            <translation>稱謂(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Customer type</source>
            <translation>客戶類型(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Phones</source>
            <translation>電話(&amp;P)</translation>
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
            <translation>通訊軟體 ID（LINE／微信）(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>電子郵件(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;ID document</source>
            <translation>身分證件(&amp;I)</translation>
        </message>
        <message>
            <source>Preferred c&amp;hannel</source>
            <translation>偏好聯絡方式(&amp;H)</translation>
        </message>
        <message>
            <source>Best &amp;time to contact</source>
            <translation>方便聯絡時段(&amp;T)</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>Service ad&amp;visor</source>
            <translation>服務顧問(&amp;V)</translation>
        </message>
        <message>
            <source>Insurance compan&amp;y</source>
            <translation>保險公司(&amp;Y)</translation>
        </message>
        <message>
            <source>Insurance e&amp;xpiry</source>
            <translation>保險到期日(&amp;X)</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>行銷</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服務項目</translation>
        </message>
        <message>
            <source>Other wishes</source>
            <translation>其他需求</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>備註(&amp;O)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <source>Agrees to receive offers and invitations</source>
            <translation>同意接收優惠與活動邀請</translation>
        </message>
        <message>
            <source>Agrees to photos (e.g. the delivery photo)</source>
            <translation>同意拍照（例如交車合影）</translation>
        </message>
        <message>
            <source>e.g. weekday evenings</source>
            <translation>例如：平日晚上</translation>
        </message>
        <message>
            <source>Street, district, city (postcode optional)</source>
            <translation>縣市、區、路街門牌（郵遞區號可省略）</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>（未指派）</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>尚未詢問</translation>
        </message>
        <message>
            <source>Given %1 by %2</source>
            <translation>已同意，%1 由 %2 記錄</translation>
        </message>
        <message>
            <source>Refused or withdrawn %1 by %2</source>
            <translation>不同意或已撤回，%1 由 %2 記錄</translation>
        </message>
        <message>
            <source>Given %1</source>
            <translation>已同意，%1</translation>
        </message>
        <message>
            <source>Refused or withdrawn %1</source>
            <translation>已拒絕或撤回，%1</translation>
        </message>
        <message>
            <source>%1 — type a new number to replace it</source>
            <translation>%1 — 輸入新號碼即可取代</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未記錄</translation>
        </message>
    </context>
    <context>
        <name>ProfileSheetPreview</name>
        <message>
            <source>Customer profile sheet</source>
            <translation>客戶檔案基本資料表</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>文件語言(&amp;L)：</translation>
        </message>
        <message>
            <source>Print the full &amp;ID number</source>
            <translation>列印完整證件號碼(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>ProspectingPanel</name>
        <message>
            <source>Lead</source>
            <translation>線索</translation>
        </message>
        <message>
            <source>Lead &amp;source</source>
            <translation>客戶來源(&amp;S)</translation>
        </message>
        <message>
            <source>Source &amp;detail</source>
            <translation>來源明細(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>推薦人(&amp;R)</translation>
        </message>
        <message>
            <source>Platform, campaign or event, e.g. 8891</source>
            <translation>平台、活動或展會，例如 8891</translation>
        </message>
        <message>
            <source>Unsaved input restored</source>
            <translation>已還原尚未儲存的輸入</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>預約</translation>
        </message>
        <message>
            <source>&amp;Book appointment…</source>
            <translation>新增預約(&amp;B)…</translation>
        </message>
        <message>
            <source>(a customer you cannot see)</source>
            <translation>（您無權檢視的客戶）</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>QuickAddDialog</name>
        <message>
            <source>New walk-in</source>
            <translation>新進店客戶</translation>
        </message>
        <message>
            <source>Phone first: we check whether they are already a customer.</source>
            <translation>先輸入電話：系統會檢查是否已是客戶。</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Name or surname</source>
            <translation>姓名或姓氏(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Salutation</source>
            <translation>稱謂(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Model of interest</source>
            <translation>意向車型(&amp;M)</translation>
        </message>
        <message>
            <source>Optional; type a few letters, e.g. RAV4</source>
            <translation>選填；輸入幾個字即可，例如 RAV4</translation>
        </message>
        <message>
            <source>Open the sales cockpit next</source>
            <translation>接著開啟銷售駕駛艙</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>例如 %1</translation>
        </message>
        <message>
            <source>e.g. 陳志明, or only the surname 王</source>
            <translation>例如：陳志明，或只填姓氏「王」</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <source>Create a new customer anyway (e.g. a shared family phone)</source>
            <translation>仍要建立新客戶（例如家人共用電話）</translation>
        </message>
        <message>
            <source>Enter: next field · Ctrl+Enter: create</source>
            <translation>Enter：下一欄 · Ctrl+Enter：建立</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>建立(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>開啟(&amp;O)</translation>
        </message>
        <message>
            <source>Open this customer and record today's visit</source>
            <translation>開啟這位客戶並記錄今天的來店</translation>
        </message>
        <message>
            <source>Already a customer: %1 %2</source>
            <translation>已是客戶：%1 %2</translation>
        </message>
        <message>
            <source>sales consultant %1</source>
            <translation>銷售顧問 %1</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>還有 %n 位</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>ReadinessBox</name>
        <message>
            <source>The process has no readiness items.</source>
            <translation>流程中沒有每日準備項目。</translation>
        </message>
        <message>
            <source>Daily readiness</source>
            <translation>每日準備</translation>
        </message>
        <message>
            <source>Cannot show the checklist</source>
            <translation>無法顯示檢查清單</translation>
        </message>
        <message>
            <source>Daily readiness · %1</source>
            <translation>每日準備 · %1</translation>
        </message>
        <message>
            <source>%1 of %2 ready</source>
            <translation>已完成 %1 / %2 項</translation>
        </message>
        <message>
            <source>✓ %1 at %2</source>
            <translation>✓ %1 於 %2</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>ReceptionPanel</name>
        <message>
            <source>Arrival</source>
            <translation>進店</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>離店</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>停留時間</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>來店</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行者</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>邀約到店</translation>
        </message>
        <message>
            <source>Contact captured</source>
            <translation>留檔</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>洽談摘要</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Customer &amp;arrived</source>
            <translation>客戶到店(&amp;A)</translation>
        </message>
        <message>
            <source>Log the arrival now in the traffic log</source>
            <translation>立即在來店登記表記錄進店時間</translation>
        </message>
        <message>
            <source>Customer &amp;left</source>
            <translation>客戶離店(&amp;L)</translation>
        </message>
        <message>
            <source>Log the departure now</source>
            <translation>立即記錄離店時間</translation>
        </message>
        <message>
            <source>No visit or call logged yet.</source>
            <translation>尚無來店或來電紀錄。</translation>
        </message>
        <message>
            <source>Unsaved input restored</source>
            <translation>已還原尚未儲存的輸入</translation>
        </message>
        <message>
            <source>Not in the showroom now.</source>
            <translation>目前不在展示間。</translation>
        </message>
        <message>
            <source>In the showroom since %1 (%2)</source>
            <translation>%1 起在展示間（%2）</translation>
        </message>
        <message>
            <source>Contact captured: %1</source>
            <translation>留檔：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>ReceptionTexts</name>
        <message>
            <source>Showroom visit</source>
            <translation>來店</translation>
        </message>
        <message>
            <source>Test drive</source>
            <translation>試乘試駕</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交車</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>已預約</translation>
        </message>
        <message>
            <source>Showed up</source>
            <translation>已到店</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽約</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Inbound call</source>
            <translation>來電</translation>
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
                <numerusform>%n 分鐘</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小時 %2 分</translation>
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
            <translation>車款與推薦理由</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>建議售價</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>供車狀況</translation>
        </message>
        <message>
            <source>Add to comparison</source>
            <translation>加入比較</translation>
        </message>
        <message>
            <source>Walk around this trim</source>
            <translation>繞車介紹此車款</translation>
        </message>
        <message>
            <source>Record the budget, passengers, preferred powertrain and priorities in the needs analysis: the recommendations then fit this customer.</source>
            <translation>請在需求分析記錄預算、乘坐人數、動力偏好與購車重點，推薦結果才會符合這位客戶。</translation>
        </message>
    </context>
    <context>
        <name>ReferrerPicker</name>
        <message>
            <source>Search the referrer by name or phone</source>
            <translation>以姓名或電話搜尋推薦人</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>變更…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>報表</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向級別</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Lead source</source>
            <translation>客戶來源</translation>
        </message>
        <message>
            <source>New opportunities</source>
            <translation>新增商機</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>期間(&amp;P)</translation>
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
            <translation>客戶檔案總數</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>新增客戶</translation>
        </message>
        <message>
            <source>New showroom visitor groups</source>
            <translation>新增進店批次</translation>
        </message>
        <message>
            <source>Orders (contracts signed)</source>
            <translation>訂單（已簽約）</translation>
        </message>
        <message>
            <source>Deliveries</source>
            <translation>交車數</translation>
        </message>
        <message>
            <source>Lost deals</source>
            <translation>戰敗</translation>
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
            <translation>重設 PIN 碼</translation>
        </message>
        <message>
            <source>A new PIN for %1. Tell it to them in person; they can change it later.</source>
            <translation>為 %1 設定新的 PIN 碼。請當面告知本人，之後可自行變更。</translation>
        </message>
        <message>
            <source>New &amp;PIN</source>
            <translation>新的 PIN 碼(&amp;P)</translation>
        </message>
        <message>
            <source>Repeat the P&amp;IN</source>
            <translation>再次輸入 PIN 碼(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最後活動</translation>
        </message>
        <message>
            <source>Due for deletion</source>
            <translation>待刪除名單</translation>
        </message>
        <message numerus="yes">
            <source>%n prospect(s) with no visit or call for %1 months. Erase the ones you no longer need (Customers → Erase).</source>
            <translation>
                <numerusform>共 %n 位潛在客戶已 %1 個月沒有來店或來電。請刪除不再需要的資料（客戶 → 刪除個資）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SalesPage</name>
        <message>
            <source>Sales</source>
            <translation>銷售</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向級別</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>階段</translation>
        </message>
        <message>
            <source>Model of interest</source>
            <translation>意向車型</translation>
        </message>
        <message>
            <source>Lead source</source>
            <translation>客戶來源</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟進日期</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>狀態(&amp;S)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message numerus="yes">
            <source>%n opportunity(ies)</source>
            <translation>
                <numerusform>共 %n 筆商機</numerusform>
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
            <translation>全額付款</translation>
        </message>
        <message>
            <source>Loan A</source>
            <translation>貸款方案 A</translation>
        </message>
        <message>
            <source>Loan B</source>
            <translation>貸款方案 B</translation>
        </message>
        <message>
            <source>Chosen plan</source>
            <translation>選定方案</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Lender / product</source>
            <translation>金融機構 / 方案</translation>
        </message>
        <message>
            <source>Repayment method</source>
            <translation>還款方式</translation>
        </message>
        <message>
            <source>Down payment</source>
            <translation>頭期款</translation>
        </message>
        <message>
            <source>Term (months)</source>
            <translation>期數（月）</translation>
        </message>
        <message>
            <source>Annual rate (%)</source>
            <translation>年利率（%）</translation>
        </message>
        <message>
            <source>Balloon</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Handling fee</source>
            <translation>手續費</translation>
        </message>
        <message>
            <source>Fee paid</source>
            <translation>手續費支付</translation>
        </message>
        <message>
            <source>Dealer commission (%)</source>
            <translation>經銷商佣金（%）</translation>
        </message>
        <message>
            <source>Amount financed</source>
            <translation>貸款金額</translation>
        </message>
        <message>
            <source>Monthly payment</source>
            <translation>月付金</translation>
        </message>
        <message>
            <source>Last payment</source>
            <translation>最後一期</translation>
        </message>
        <message>
            <source>Total interest</source>
            <translation>總利息</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>手續費</translation>
        </message>
        <message>
            <source>APR (true annual rate)</source>
            <translation>實際年利率（APR）</translation>
        </message>
        <message>
            <source>Due up front</source>
            <translation>交車前應付</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>總支出</translation>
        </message>
        <message>
            <source>Equal instalment</source>
            <translation>本息平均攤還</translation>
        </message>
        <message>
            <source>Equal principal</source>
            <translation>本金平均攤還</translation>
        </message>
        <message>
            <source>Flat rate</source>
            <translation>平息</translation>
        </message>
        <message>
            <source>0 % + fee</source>
            <translation>0 % + 手續費</translation>
        </message>
        <message>
            <source>Up front</source>
            <translation>一次付清</translation>
        </message>
        <message>
            <source>In the instalments</source>
            <translation>分攤於各期</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>選定</translation>
        </message>
        <message>
            <source>Repayment schedule…</source>
            <translation>還款明細表…</translation>
        </message>
        <message>
            <source>e.g. Bank of Taiwan, 36 months</source>
            <translation>例如：臺灣銀行 36 期</translation>
        </message>
    </context>
    <context>
        <name>ServiceRecordDialog</name>
        <message>
            <source>Service record</source>
            <translation>服務紀錄</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Vehicle</source>
            <translation>車輛(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Odometer (km)</source>
            <translation>里程（公里）(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Work done</source>
            <translation>保養／維修項目(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>金額(&amp;A)</translation>
        </message>
        <message>
            <source>Service ad&amp;visor</source>
            <translation>服務顧問(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>備註(&amp;N)</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>（未記錄）</translation>
        </message>
        <message>
            <source>e.g. 10,000 km service, oil and filter</source>
            <translation>例如：一萬公里保養、機油與機油濾芯</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>介面</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>與系統相同</translation>
        </message>
        <message>
            <source>Dealership</source>
            <translation>經銷商</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>還原(&amp;V)</translation>
        </message>
        <message>
            <source>My account</source>
            <translation>我的帳號</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2).</source>
            <translation>目前登入：%1（%2）。</translation>
        </message>
        <message>
            <source>&amp;Change my PIN…</source>
            <translation>變更我的 PIN 碼(&amp;C)…</translation>
        </message>
        <message>
            <source>Desk rules</source>
            <translation>共用電腦規則</translation>
        </message>
        <message>
            <source>Lock the desk after (idle)</source>
            <translation>閒置多久後鎖定畫面</translation>
        </message>
        <message>
            <source>Ask for the PIN again after</source>
            <translation>多久後須重新輸入 PIN 碼</translation>
        </message>
        <message>
            <source>Flag old records for deletion after</source>
            <translation>舊紀錄標記為待刪除的期限</translation>
        </message>
        <message>
            <source>Manager approval for discounts over</source>
            <translation>優惠超過此比例須經理核准</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>永不</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 個月</translation>
        </message>
        <message>
            <source>Every salesperson sees all customers</source>
            <translation>所有銷售顧問皆可查看全部客戶</translation>
        </message>
        <message>
            <source>Save desk &amp;rules</source>
            <translation>儲存規則(&amp;R)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Sales process</source>
            <translation>銷售流程</translation>
        </message>
        <message>
            <source>Sal&amp;es process…</source>
            <translation>銷售流程(&amp;E)…</translation>
        </message>
        <message>
            <source>Not saved: please correct the fields marked.</source>
            <translation>尚未儲存：請修正標示的欄位。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <source>Stages, checklists and follow-up cadence: version %1 (preset: %2).</source>
            <translation>階段、檢查清單與跟進頻率：版本 %1（範本：%2）。</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change the sales process.</source>
            <translation>只有銷售經理或系統管理員可以變更銷售流程。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — Showroom Assistant</source>
            <translation>登入 — 展廳助手</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>&amp;Who is at the desk?</source>
            <translation>誰在使用這台電腦？(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 碼(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN</source>
            <translation>再次輸入 PIN 碼(&amp;R)</translation>
        </message>
        <message>
            <source>You have no PIN yet. Choose one of at least %1 characters and type it twice.</source>
            <translation>您尚未設定 PIN 碼。請自訂至少 %1 個字元的 PIN 碼，並輸入兩次。</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>登入(&amp;S)</translation>
        </message>
        <message>
            <source>Demo: every PIN is 0000</source>
            <translation>示範資料：所有 PIN 碼皆為 0000</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN 碼錯誤</translation>
        </message>
        <message>
            <source>Choose your PIN first.</source>
            <translation>請先設定您的 PIN 碼。</translation>
        </message>
        <message>
            <source>This account can no longer sign in.</source>
            <translation>此帳號已無法登入。</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>PIN 碼錯誤次數過多：請等待 %n 秒</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Specs</name>
        <message>
            <source>Length</source>
            <translation>車長</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>車寬</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>車高</translation>
        </message>
        <message>
            <source>Wheelbase</source>
            <translation>軸距</translation>
        </message>
        <message>
            <source>Boot volume</source>
            <translation>行李廂容量</translation>
        </message>
        <message>
            <source>Kerb weight</source>
            <translation>車重</translation>
        </message>
        <message>
            <source>Torque</source>
            <translation>最大扭力</translation>
        </message>
        <message>
            <source>0–100 km/h</source>
            <translation>0–100 km/h 加速</translation>
        </message>
        <message>
            <source>Fuel consumption</source>
            <translation>平均油耗</translation>
        </message>
        <message>
            <source>Energy consumption</source>
            <translation>平均電耗</translation>
        </message>
        <message>
            <source>DC fast charging</source>
            <translation>直流快充功率</translation>
        </message>
        <message>
            <source>Airbags</source>
            <translation>氣囊數</translation>
        </message>
        <message>
            <source>Crash-test rating</source>
            <translation>碰撞測試評等</translation>
        </message>
        <message>
            <source>Driver assistance</source>
            <translation>駕駛輔助</translation>
        </message>
        <message>
            <source>Centre screen</source>
            <translation>中控螢幕</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>驅動方式</translation>
        </message>
        <message>
            <source>Warranty (years)</source>
            <translation>保固年限</translation>
        </message>
        <message>
            <source>Warranty (km)</source>
            <translation>保固里程</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Emergency braking</source>
            <translation>自動緊急煞車</translation>
        </message>
        <message>
            <source>Adaptive cruise and lane centring</source>
            <translation>主動式定速巡航＋車道置中</translation>
        </message>
        <message>
            <source>Navigation assist (L2+)</source>
            <translation>導航輔助駕駛（L2+）</translation>
        </message>
        <message>
            <source>Front-wheel drive</source>
            <translation>前輪驅動</translation>
        </message>
        <message>
            <source>Rear-wheel drive</source>
            <translation>後輪驅動</translation>
        </message>
        <message>
            <source>All-wheel drive</source>
            <translation>四輪驅動</translation>
        </message>
        <message>
            <source>Four-wheel drive</source>
            <translation>四輪傳動</translation>
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
            <translation>復原變更</translation>
        </message>
        <message>
            <source>Save specs</source>
            <translation>儲存規格</translation>
        </message>
        <message>
            <source>Choose a trim on the left to see its key specs.</source>
            <translation>請在左側選擇車款以檢視主要規格。</translation>
        </message>
        <message>
            <source>Key specs of this trim (leave a field empty when it does not apply)</source>
            <translation>此車款的主要規格（不適用的欄位請留空）</translation>
        </message>
        <message>
            <source>Not saved: check the fields marked in red.</source>
            <translation>未儲存：請檢查紅字標示的欄位。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
    </context>
    <context>
        <name>StagePage</name>
        <message>
            <source>Goal</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>Talking tips</source>
            <translation>話術提示</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>檢查清單</translation>
        </message>
        <message>
            <source>This stage has no checklist.</source>
            <translation>此階段沒有檢查清單。</translation>
        </message>
        <message>
            <source>Mark not applicable</source>
            <translation>標記為不適用</translation>
        </message>
        <message>
            <source>Why does this stage not apply?</source>
            <translation>為什麼此階段不適用？</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>前往</translation>
        </message>
        <message>
            <source>%1 of %2 items done or not applicable</source>
            <translation>%2 項中已完成或不適用 %1 項</translation>
        </message>
        <message>
            <source>Clear “not applicable”</source>
            <translation>取消「不適用」</translation>
        </message>
        <message>
            <source>Stage not applicable…</source>
            <translation>此階段不適用…</translation>
        </message>
        <message>
            <source>Marked not applicable: %1</source>
            <translation>已標記為不適用：%1</translation>
        </message>
        <message>
            <source>Next suggestion: every stage is done or not needed.</source>
            <translation>下一步建議：所有階段皆已完成或不需要。</translation>
        </message>
        <message>
            <source>Next suggestion: this stage.</source>
            <translation>下一步建議：本階段。</translation>
        </message>
        <message>
            <source>Next suggestion: %1</source>
            <translation>下一步建議：%1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>TaxBox</name>
        <message>
            <source>Government taxes and fees</source>
            <translation>稅費及規費</translation>
        </message>
        <message>
            <source>Tax &amp;date:</source>
            <translation>計稅日期(&amp;D)：</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>CN: the invoice date; TW: the registration date; HK: the day the Transport Department receives the application.</source>
            <translation>中國大陸：發票日期；臺灣：領牌登記日；香港：運輸署收到申請之日。</translation>
        </message>
        <message>
            <source>Ta&amp;xable value:</source>
            <translation>完稅價格(&amp;X)：</translation>
        </message>
        <message>
            <source>empty: the transaction price</source>
            <translation>空白：以成交價計</translation>
        </message>
        <message>
            <source>Taxes are included in the price</source>
            <translation>稅費已含於車價</translation>
        </message>
        <message>
            <source>In the NEV purchase-tax relief catalogue</source>
            <translation>列入新能源車購置稅減免目錄</translation>
        </message>
        <message>
            <source>“One-for-one”: an old private car is scrapped</source>
            <translation>「一換一」：同時報廢一輛舊私家車</translation>
        </message>
    </context>
    <context>
        <name>TaxRulesButton</name>
        <message>
            <source>Tax and fee rules…</source>
            <translation>稅費規則…</translation>
        </message>
    </context>
    <context>
        <name>TaxRulesEditor</name>
        <message>
            <source>Tax and fee rules</source>
            <translation>稅費規則</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>地區(&amp;R)：</translation>
        </message>
        <message>
            <source>Filter by key, source or note</source>
            <translation>依代碼、來源或備註篩選</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>所有地區</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地區</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>代碼</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>數值</translation>
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
            <translation>來源</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地區：</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>代碼(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>數值(&amp;V)：</translation>
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
            <translation>來源(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>備註(&amp;N)：</translation>
        </message>
        <message>
            <source>A number (0.10 is 10 %), or one band per line: “1600: 420”, last “*: 5280”</source>
            <translation>一個數字（0.10 即 10 %），或每行一個級距：「1600: 420」，最後一行「*: 5280」</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>empty: until further notice</source>
            <translation>空白：持續有效</translation>
        </message>
        <message>
            <source>&amp;New rule</source>
            <translation>新增規則(&amp;N)</translation>
        </message>
        <message>
            <source>Sa&amp;ve rule</source>
            <translation>儲存規則(&amp;V)</translation>
        </message>
        <message>
            <source>Last day:</source>
            <translation>最後有效日：</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>停用(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Only a sales manager or an administrator may change the rules.</source>
            <translation>只有銷售主管或管理員可以變更規則。</translation>
        </message>
    </context>
    <context>
        <name>Taxes</name>
        <message>
            <source>Vehicle purchase tax</source>
            <extracomment>English source names for the UI (context "Taxes"); documents use their own wording.</extracomment>
            <translation>車輛購置稅</translation>
        </message>
        <message>
            <source>Vehicle and vessel tax</source>
            <translation>車船稅</translation>
        </message>
        <message>
            <source>Licence tax</source>
            <translation>使用牌照稅</translation>
        </message>
        <message>
            <source>Fuel usage fee</source>
            <translation>汽車燃料使用費</translation>
        </message>
        <message>
            <source>Commodity tax (included in the price)</source>
            <translation>貨物稅（已含於車價）</translation>
        </message>
        <message>
            <source>First registration tax</source>
            <translation>首次登記稅</translation>
        </message>
    </context>
    <context>
        <name>TemplateSettings</name>
        <message>
            <source>Print ROC (&amp;Minguo) years on Traditional Chinese contracts</source>
            <translation>繁體中文契約以民國紀年列印(&amp;M)</translation>
        </message>
        <message>
            <source>Review &amp;period before signing:</source>
            <translation>簽約前審閱期(&amp;P)：</translation>
        </message>
        <message>
            <source> day(s)</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Taiwan: at least 3 days, as the law requires</source>
            <translation>台灣：依法至少 3 天</translation>
        </message>
    </context>
    <context>
        <name>TermsEditor</name>
        <message>
            <source>The lender's terms</source>
            <translation>金融機構核給的條件</translation>
        </message>
        <message>
            <source>&amp;Lender:</source>
            <translation>金融機構(&amp;L)：</translation>
        </message>
        <message>
            <source>P&amp;roduct:</source>
            <translation>貸款方案(&amp;R)：</translation>
        </message>
        <message>
            <source>Repayment &amp;method:</source>
            <translation>還款方式(&amp;M)：</translation>
        </message>
        <message>
            <source>Loan &amp;amount:</source>
            <translation>貸款金額(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Balloon:</source>
            <translation>尾款(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Term (months):</source>
            <translation>期數（月）(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Rate (% a year):</source>
            <translation>年利率（%）(&amp;R)：</translation>
        </message>
        <message>
            <source>Handling &amp;fee:</source>
            <translation>手續費(&amp;F)：</translation>
        </message>
        <message>
            <source>Fee &amp;paid:</source>
            <translation>手續費付法(&amp;P)：</translation>
        </message>
        <message>
            <source>Up front</source>
            <translation>撥款時先付</translation>
        </message>
        <message>
            <source>Spread into the instalments</source>
            <translation>分攤於各期</translation>
        </message>
        <message>
            <source>&amp;Save terms</source>
            <translation>儲存條件(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Saved: %1 a month over %2, APR %3.</source>
            <translation>已儲存：月付金 %1，%2，實際年利率 %3。</translation>
        </message>
    </context>
    <context>
        <name>TestDrivePanel</name>
        <message>
            <source>Unsaved input restored — check it and save it.</source>
            <translation>已還原未儲存的輸入內容，請確認後儲存。</translation>
        </message>
        <message>
            <source>Test drives of this opportunity</source>
            <translation>此商機的試駕</translation>
        </message>
        <message>
            <source>Slot</source>
            <translation>時段</translation>
        </message>
        <message>
            <source>Test car</source>
            <translation>試駕車</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>駕照</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>協議書</translation>
        </message>
        <message>
            <source>No test drive booked yet: pick a slot above.</source>
            <translation>尚未預約試駕：請在上方選擇時段。</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>取消預約</translation>
        </message>
        <message>
            <source>✓ passed</source>
            <translation>✓ 通過</translation>
        </message>
        <message>
            <source>✗ failed</source>
            <translation>✗ 未通過</translation>
        </message>
        <message>
            <source>— not checked</source>
            <translation>— 未查核</translation>
        </message>
        <message>
            <source>✓ signed</source>
            <translation>✓ 已簽署</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>已列印</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已預約</translation>
        </message>
        <message>
            <source>On the road</source>
            <translation>試駕中</translation>
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
            <translation>未儲存</translation>
        </message>
        <message>
            <source>Cancel this test-drive booking?</source>
            <translation>要取消這筆試駕預約嗎？</translation>
        </message>
        <message>
            <source>The licence does not pass the check.</source>
            <translation>駕照未通過查核。</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>What</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>By</source>
            <translation>經手人</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today's tasks</source>
            <translation>今日任務</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Intent level</source>
            <translation>意向級別</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任務</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>Today's appointments, then follow-ups due and overdue (H and A first)</source>
            <translation>今日預約，接著是到期及逾期跟進（H、A 級優先）</translation>
        </message>
        <message>
            <source>Today's plan</source>
            <translation>今日計畫</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>預約</translation>
        </message>
        <message>
            <source>Appointment: %1</source>
            <translation>預約：%1</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>逾期跟進</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>Appointments today</source>
            <translation>今日預約</translation>
        </message>
        <message>
            <source>Visitors today</source>
            <translation>今日來店</translation>
        </message>
        <message>
            <source>Open H and A customers</source>
            <translation>H 級與 A 級客戶</translation>
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
            <translation>落地價</translation>
        </message>
        <message>
            <source>Government taxes</source>
            <translation>政府稅費</translation>
        </message>
        <message>
            <source>Enter the tax date to compute the taxes.</source>
            <translation>輸入計稅日期即可計算稅費。</translation>
        </message>
        <message>
            <source>Transaction price</source>
            <translation>成交價</translation>
        </message>
        <message>
            <source>Accessories</source>
            <translation>精品配件</translation>
        </message>
        <message>
            <source>Service fees (optional)</source>
            <translation>代辦服務費（選購）</translation>
        </message>
        <message>
            <source>Taxes</source>
            <translation>稅金</translation>
        </message>
        <message>
            <source>Government fees</source>
            <translation>規費</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>保險</translation>
        </message>
        <message>
            <source>Subsidies</source>
            <translation>補助</translation>
        </message>
        <message>
            <source>Trade-in credit</source>
            <translation>舊車折抵</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>訂金</translation>
        </message>
        <message>
            <source>Balance due</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Gross profit (managers only)</source>
            <translation>毛利（僅主管可見）</translation>
        </message>
        <message>
            <source>Front end (vehicle)</source>
            <translation>前端（車輛）</translation>
        </message>
        <message>
            <source>Rebate</source>
            <translation>返利</translation>
        </message>
        <message>
            <source>Back end</source>
            <translation>後端</translation>
        </message>
        <message>
            <source>Deal gross profit</source>
            <translation>單車毛利</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>毛利率</translation>
        </message>
        <message>
            <source>Net of VAT / business tax</source>
            <translation>扣除營業稅 / 增值稅後</translation>
        </message>
        <message>
            <source>prorated %1/%2</source>
            <translation>按比例 %1/%2</translation>
        </message>
        <message>
            <source>exempt</source>
            <translation>免稅</translation>
        </message>
        <message>
            <source>relief %1</source>
            <translation>減免 %1</translation>
        </message>
        <message>
            <source>in the price</source>
            <translation>已含於車價</translation>
        </message>
        <message>
            <source>no dealer cost</source>
            <translation>無進車成本</translation>
        </message>
    </context>
    <context>
        <name>TradeInBox</name>
        <message>
            <source>Trade-in</source>
            <translation>舊車換新</translation>
        </message>
        <message>
            <source>&amp;Vehicle:</source>
            <translation>舊車(&amp;V)：</translation>
        </message>
        <message>
            <source>e.g. 2018 Corolla 1.8</source>
            <translation>例如：2018 Corolla 1.8</translation>
        </message>
        <message>
            <source>&amp;Appraisal value:</source>
            <translation>估價(&amp;A)：</translation>
        </message>
        <message>
            <source>A&amp;llowance:</source>
            <translation>折抵金額(&amp;L)：</translation>
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
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>啟用中</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>上次登入</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>新增使用者(&amp;A)…</translation>
        </message>
        <message>
            <source>Reset &amp;PIN…</source>
            <translation>重設 PIN 碼(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Reac&amp;tivate</source>
            <translation>重新啟用(&amp;T)</translation>
        </message>
        <message>
            <source>Only an administrator can manage users.</source>
            <translation>只有系統管理員可以管理使用者。</translation>
        </message>
        <message>
            <source>Deactivate %1? They can no longer sign in; everything they recorded stays.</source>
            <translation>要停用 %1 嗎？停用後將無法登入，但其建立的所有紀錄都會保留。</translation>
        </message>
        <message>
            <source>Deactivate user</source>
            <translation>停用使用者</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the dealership's name.</source>
            <translation>請輸入經銷商名稱。</translation>
        </message>
        <message>
            <source>Enter a name, or a surname and a salutation.</source>
            <translation>請輸入姓名，或姓氏加稱謂。</translation>
        </message>
        <message>
            <source>The name is too long (200 characters at most).</source>
            <translation>名稱過長（最多 200 個字元）。</translation>
        </message>
        <message>
            <source>Choose a salutation.</source>
            <translation>請選擇稱謂。</translation>
        </message>
        <message>
            <source>The birthday must be a past date.</source>
            <translation>生日必須是過去的日期。</translation>
        </message>
        <message>
            <source>The ID number is too long (40 characters at most).</source>
            <translation>證件號碼過長（最多 40 個字元）。</translation>
        </message>
        <message>
            <source>Choose Taiwan, Mainland China or Hong Kong.</source>
            <translation>請選擇台灣、中國大陸或香港。</translation>
        </message>
        <message>
            <source>A contract needs at least one clause.</source>
            <translation>合約至少須有一項條款。</translation>
        </message>
        <message>
            <source>Terms can change only on a draft, submitted or conditional application.</source>
            <extracomment>The application's paper checklist (DOMAIN.md §4.7); company buyers add the licence. The lender's answer can still change the terms; after signing they are the contract's.</extracomment>
            <translation>只有草稿、已送件或附條件核准的申請件可以修改條件。</translation>
        </message>
        <message>
            <source>An application that is {current} cannot become {new}.</source>
            <translation>狀態為 {current} 的申請不能改為 {new}。</translation>
        </message>
        <message>
            <source>Choose a document language.</source>
            <extracomment>Appended to a Chinese document language for Chinese + English labels ("zh_TW+en").</extracomment>
            <translation>請選擇文件語言。</translation>
        </message>
        <message>
            <source>Choose from the list.</source>
            <translation>請從清單中選擇。</translation>
        </message>
        <message>
            <source>Choose one of the deal's loans.</source>
            <translation>請選擇本交易的其中一個貸款方案。</translation>
        </message>
        <message>
            <source>Complete the deal's figures first.</source>
            <translation>請先完成交易的各項金額。</translation>
        </message>
        <message>
            <source>Create the contract first.</source>
            <translation>請先建立合約。</translation>
        </message>
        <message>
            <source>Enter the day the buyer took the contract home to review (at least {days} days before signing).</source>
            <translation>請輸入買方攜回審閱契約的日期（須在簽約日前至少 {days} 日）。</translation>
        </message>
        <message>
            <source>Enter the signing date.</source>
            <translation>請輸入簽約日期。</translation>
        </message>
        <message>
            <source>Taiwan law gives the buyer at least {days} days to review.</source>
            <translation>依台灣法規，買方至少應有 {days} 天審閱期。</translation>
        </message>
        <message>
            <source>Issue the deposit receipt first.</source>
            <translation>請先開立訂金收據。</translation>
        </message>
        <message>
            <source>Note the lender's reason.</source>
            <translation>請記錄金融機構的理由。</translation>
        </message>
        <message>
            <source>Pick a stock unit or a trim to order.</source>
            <translation>請選擇一台庫存車或要訂購的車款。</translation>
        </message>
        <message>
            <source>Record the customer's consent to the credit check first.</source>
            <translation>請先記錄客戶同意信用查詢。</translation>
        </message>
        <message>
            <source>Say why the request is rejected.</source>
            <translation>請說明駁回的理由。</translation>
        </message>
        <message>
            <source>The buyer must have at least {days} days to review the contract: signing is possible from {earliest}.</source>
            <translation>買方須有至少 {days} 日的契約審閱期：最早可於 {earliest} 簽約。</translation>
        </message>
        <message>
            <source>The deal is contracted or closed: its car and price can no longer change.</source>
            <translation>交易已簽約或已結案：車輛及價格不能再更改。</translation>
        </message>
        <message>
            <source>The discount needs a manager's approval before the contract.</source>
            <translation>此優惠須經主管核准後才能簽約。</translation>
        </message>
        <message>
            <source>The discount needs a manager's approval before this can be printed.</source>
            <translation>此優惠須經主管核准後才能列印。</translation>
        </message>
        <message>
            <source>The review date cannot be after signing.</source>
            <translation>審閱日不能晚於簽約日。</translation>
        </message>
        <message>
            <source>There is no request waiting for a decision.</source>
            <translation>沒有等待決定的申請。</translation>
        </message>
        <message>
            <source>This contract records no deposit.</source>
            <translation>此合約未記錄訂金。</translation>
        </message>
        <message>
            <source>This date cannot be before signing.</source>
            <translation>此日期不能早於簽約日。</translation>
        </message>
        <message>
            <source>This stock unit does not exist.</source>
            <translation>此庫存車不存在。</translation>
        </message>
        <message>
            <source>This trim does not exist.</source>
            <translation>此車款不存在。</translation>
        </message>
        <message>
            <source>This unit is reserved or sold already. Pick another one or order the trim.</source>
            <extracomment>Deal statuses (``services.delivery`` relies on ``contracted`` / ``delivered`` / ``cancelled``). Approval kind and subject of a discount over the dealership's threshold.</extracomment>
            <translation>此車已被保留或售出。請選擇其他車輛或改為訂購車款。</translation>
        </message>
        <message>
            <source>The address is too long (500 characters at most).</source>
            <translation>地址過長（最多 500 個字元）。</translation>
        </message>
        <message>
            <source>Choose A4 or Letter.</source>
            <translation>請選擇 A4 或 Letter。</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>請輸入姓名。</translation>
        </message>
        <message>
            <source>The name is too long (100 characters at most).</source>
            <translation>姓名過長（最多 100 個字元）。</translation>
        </message>
        <message>
            <source>Enter a phone number.</source>
            <translation>請輸入電話號碼。</translation>
        </message>
        <message>
            <source>Enter the phone number without an extension.</source>
            <translation>請輸入不含分機的電話號碼。</translation>
        </message>
        <message>
            <source>Enter a valid phone number, e.g. {example}. Numbers from other regions start with + and the country code.</source>
            <translation>請輸入有效的電話號碼，例如 {example}。其他地區的號碼請以 + 與國碼開頭。</translation>
        </message>
        <message>
            <source>A mainland ID number has 17 digits followed by a digit or X.</source>
            <translation>大陸身分證號碼為 17 位數字加 1 位數字或 X。</translation>
        </message>
        <message>
            <source>Digits 7 to 14 of the ID number must be a birth date.</source>
            <translation>身分證號碼第 7 至 14 位必須是出生日期。</translation>
        </message>
        <message>
            <source>The ID number is not valid; please check every digit.</source>
            <translation>證件號碼無效，請逐位檢查。</translation>
        </message>
        <message>
            <source>A residence permit number starts with 810000, 820000 or 830000.</source>
            <translation>居住證號碼以 810000、820000 或 830000 開頭。</translation>
        </message>
        <message>
            <source>A Taiwan ID number is one letter followed by 9 digits.</source>
            <translation>台灣身分證字號為 1 個英文字母加 9 位數字。</translation>
        </message>
        <message>
            <source>An HKID number looks like A123456(3).</source>
            <translation>香港身份證號碼格式如 A123456(3)。</translation>
        </message>
        <message>
            <source>A unified social credit code has 18 digits and capital letters (no I, O, S, V, Z).</source>
            <translation>統一社會信用代碼為 18 位數字及大寫字母（不含 I、O、S、V、Z）。</translation>
        </message>
        <message>
            <source>The code is not valid; please check every character.</source>
            <translation>代碼無效，請逐字檢查。</translation>
        </message>
        <message>
            <source>A Taiwan company number (統一編號) has 8 digits.</source>
            <translation>統一編號為 8 位數字。</translation>
        </message>
        <message>
            <source>The company number is not valid; please check every digit.</source>
            <translation>統一編號無效，請逐位檢查。</translation>
        </message>
        <message>
            <source>A business registration number has 8 digits, e.g. 12345678-000.</source>
            <translation>商業登記號碼為 8 位數字，例如 12345678-000。</translation>
        </message>
        <message>
            <source>Enter the VIN.</source>
            <translation>請輸入車身號碼。</translation>
        </message>
        <message>
            <source>A VIN has 17 characters; this one has {length}.</source>
            <translation>車身號碼應為 17 碼，目前為 {length} 碼。</translation>
        </message>
        <message>
            <source>A VIN uses only digits and capital letters, never I, O or Q.</source>
            <translation>車身號碼只含數字與大寫英文字母，不含 I、O、Q。</translation>
        </message>
        <message>
            <source>The VIN check digit (9th character) does not match; please check the VIN.</source>
            <translation>車身號碼檢查碼（第 9 碼）不符，請檢查車身號碼。</translation>
        </message>
        <message>
            <source>A VIN has 17 digits and capital letters, never I, O or Q.</source>
            <translation>車身號碼為 17 碼數字與大寫英文字母，不含 I、O、Q。</translation>
        </message>
        <message>
            <source>The VIN check digit (9th character) is {actual}, expected {expected}. Imported vehicles may not use it; please check the VIN.</source>
            <translation>車身號碼檢查碼（第 9 碼）為 {actual}，應為 {expected}。進口車可能不使用檢查碼，請再確認。</translation>
        </message>
        <message>
            <source>This does not look like a usual plate, e.g. {example}. Please check it.</source>
            <translation>這不像常見的車牌格式（例如 {example}），請再確認。</translation>
        </message>
        <message>
            <source>The process definition is not in the expected format.</source>
            <extracomment>Version of the JSON layout (not of the dealership's process, which is ``version``).</extracomment>
            <translation>銷售流程設定的格式不正確。</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>請從清單中選擇。</translation>
        </message>
        <message>
            <source>A customer cannot refer themselves.</source>
            <translation>客戶不能轉介紹自己。</translation>
        </message>
        <message>
            <source>This checklist item is not in the process.</source>
            <translation>此檢查項目不在銷售流程中。</translation>
        </message>
        <message>
            <source>Unknown stage code: {stage}.</source>
            <translation>未知的階段代碼：{stage}。</translation>
        </message>
        <message>
            <source>Unknown intent level: {level}.</source>
            <translation>未知的意向級別：{level}。</translation>
        </message>
        <message>
            <source>Lower the intent level from {old} to {new}?</source>
            <translation>確定將意向級別從 {old} 調降為 {new}？</translation>
        </message>
        <message>
            <source>Reopen the opportunity first.</source>
            <translation>請先重新開啟此商機。</translation>
        </message>
        <message>
            <source>Only a closed opportunity can be reopened.</source>
            <translation>只有已結案的商機可以重新開啟。</translation>
        </message>
        <message>
            <source>Choose a car flagged as a test car.</source>
            <translation>請選擇標示為試駕車的車輛。</translation>
        </message>
        <message>
            <source>This test drive has already started.</source>
            <translation>此試駕已經開始。</translation>
        </message>
        <message>
            <source>Check the driving licence first.</source>
            <translation>請先檢查駕照。</translation>
        </message>
        <message>
            <source>The test-drive agreement must be signed before the drive.</source>
            <translation>試駕前必須簽署試乘試駕協議書。</translation>
        </message>
        <message>
            <source>Start the test drive first.</source>
            <translation>請先開始試駕。</translation>
        </message>
        <message>
            <source>The process definition is not valid JSON.</source>
            <translation>銷售流程設定不是有效的 JSON。</translation>
        </message>
        <message>
            <source>This process definition was saved by a newer version of the application.</source>
            <translation>此銷售流程設定由較新版本的程式儲存。</translation>
        </message>
        <message>
            <source>Enter the text in all three languages.</source>
            <translation>請以三種語言輸入文字。</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此欄位為必填。</translation>
        </message>
        <message>
            <source>The version must be a whole number of 1 or more.</source>
            <translation>版本必須是大於或等於 1 的整數。</translation>
        </message>
        <message>
            <source>The stage {stage} appears more than once.</source>
            <translation>階段 {stage} 重複出現。</translation>
        </message>
        <message>
            <source>Two stages have the same position.</source>
            <translation>有兩個階段的順序相同。</translation>
        </message>
        <message>
            <source>A checklist item code uses lower-case letters, digits and underscores.</source>
            <translation>檢查項目代碼只能使用小寫英文字母、數字與底線。</translation>
        </message>
        <message>
            <source>The checklist item code {item} appears more than once.</source>
            <translation>檢查項目代碼 {item} 重複出現。</translation>
        </message>
        <message>
            <source>Turn on at least one stage.</source>
            <translation>請至少啟用一個階段。</translation>
        </message>
        <message>
            <source>Choose a contact channel.</source>
            <translation>請選擇聯絡方式。</translation>
        </message>
        <message>
            <source>Choose services from the list.</source>
            <translation>請從清單中選擇服務。</translation>
        </message>
        <message>
            <source>Use at most {max_len} characters.</source>
            <translation>最多 {max_len} 個字元。</translation>
        </message>
        <message>
            <source>Choose or enter the model.</source>
            <translation>請選擇或輸入車型。</translation>
        </message>
        <message>
            <source>Choose a vehicle type.</source>
            <translation>請選擇車輛類型。</translation>
        </message>
        <message>
            <source>Choose a powertrain.</source>
            <translation>請選擇動力類型。</translation>
        </message>
        <message>
            <source>The delivery date cannot be in the future.</source>
            <translation>交車日期不可晚於今天。</translation>
        </message>
        <message>
            <source>Enter a number from {low} to {high}.</source>
            <translation>請輸入 {low} 到 {high} 之間的數字。</translation>
        </message>
        <message>
            <source>Choose maintenance items from the list.</source>
            <translation>請從清單中選擇保養項目。</translation>
        </message>
        <message>
            <source>The service date cannot be in the future.</source>
            <translation>服務日期不可晚於今天。</translation>
        </message>
        <message>
            <source>Enter an amount of zero or more, with at most two decimals.</source>
            <translation>請輸入大於或等於零的金額，最多兩位小數。</translation>
        </message>
        <message>
            <source>Enter the work done.</source>
            <translation>請輸入施工項目。</translation>
        </message>
        <message>
            <source>The text contains invisible control characters.</source>
            <translation>文字中含有看不見的控制字元。</translation>
        </message>
        <message>
            <source>Enter an e-mail address like name@example.com.</source>
            <translation>請輸入電子郵件地址，例如 name@example.com。</translation>
        </message>
        <message>
            <source>Enter an amount.</source>
            <translation>請輸入金額。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金額不可為負數。</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>金額過大。</translation>
        </message>
        <message>
            <source>Use at most two decimal places.</source>
            <translation>最多兩位小數。</translation>
        </message>
        <message>
            <source>Enter a percentage from 0 to 100.</source>
            <translation>請輸入 0 至 100 的百分比。</translation>
        </message>
        <message>
            <source>Enter a name for this line.</source>
            <translation>請輸入此列的名稱。</translation>
        </message>
        <message>
            <source>The price must be more than zero.</source>
            <translation>價格必須大於零。</translation>
        </message>
        <message>
            <source>The discount cannot be more than the price.</source>
            <translation>優惠不能高於價格。</translation>
        </message>
        <message>
            <source>The government part cannot be more than the fee.</source>
            <translation>代收規費不能高於服務費。</translation>
        </message>
        <message>
            <source>In Mainland China every service fee must be optional.</source>
            <translation>在中國大陸，所有服務費都必須由買方自由選擇。</translation>
        </message>
        <message>
            <source>Enter the date the taxes are due for.</source>
            <translation>請輸入計稅日期。</translation>
        </message>
        <message>
            <source>The deposit cannot be more than the contract price.</source>
            <translation>訂金不能高於合約總價。</translation>
        </message>
        <message>
            <source>Compare at most {max} loans side by side.</source>
            <translation>最多並列比較 {max} 個貸款方案。</translation>
        </message>
        <message>
            <source>Choose cash or one of the loans.</source>
            <translation>請選擇全額付款或其中一個貸款方案。</translation>
        </message>
        <message>
            <source>Enter a PIN.</source>
            <translation>請輸入 PIN 碼。</translation>
        </message>
        <message>
            <source>A PIN cannot be only spaces.</source>
            <translation>PIN 碼不能只有空白。</translation>
        </message>
        <message>
            <source>The PIN is too short ({low} characters at least).</source>
            <translation>PIN 碼太短（至少 {low} 個字元）。</translation>
        </message>
        <message>
            <source>The PIN is too long ({high} characters at most).</source>
            <translation>PIN 碼太長（最多 {high} 個字元）。</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>兩次輸入的 PIN 碼不一致。</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>您無法停用自己的帳號。</translation>
        </message>
        <message>
            <source>This is the last active administrator: it must stay active.</source>
            <translation>這是最後一位啟用中的系統管理員，必須保持啟用。</translation>
        </message>
        <message>
            <source>Choose a role.</source>
            <translation>請選擇角色。</translation>
        </message>
        <message>
            <source>Another active user already has this name.</source>
            <translation>已有其他啟用中的使用者使用此名稱。</translation>
        </message>
        <message>
            <source>Only .csv, .txt and .xlsx files can be imported (this one is "{suffix}").</source>
            <extracomment>The service's messages, repeated here so lupdate (which reads ui/ and domain/) sees them; tests check that this list and services.importexport.SERVICE_MESSAGES agree.
----------
Every exported column, in order, with its English header (the UI may pass translated ones). ID numbers leave the application masked only, so they cannot come back in.</extracomment>
            <translation>只能匯入 .csv、.txt 和 .xlsx 檔案（這個檔案是「{suffix}」）。</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}</source>
            <translation>無法讀取檔案：{reason}</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>檔案是空的。</translation>
        </message>
        <message>
            <source>The file is not UTF-8, Big5 or GB18030 text. Save it from Excel as "CSV UTF-8" and try again.</source>
            <translation>這個檔案不是 UTF-8、Big5 或 GB18030 文字檔。請在 Excel 另存為「CSV UTF-8」後再試一次。</translation>
        </message>
        <message>
            <source>The file cannot be read as a table: {reason}</source>
            <translation>無法將檔案讀取為表格：{reason}</translation>
        </message>
        <message>
            <source>The first row must hold the column names (for example Name, Phone); this file starts with customer data.</source>
            <translation>第一列必須是欄位名稱（例如：姓名、電話），但這個檔案一開始就是客戶資料。</translation>
        </message>
        <message>
            <source>The file holds column names but no customers.</source>
            <translation>檔案只有欄位名稱，沒有客戶資料。</translation>
        </message>
        <message>
            <source>The spreadsheet is damaged or incomplete. Open it in Excel, save it again and retry.</source>
            <translation>試算表已損毀或不完整。請用 Excel 開啟並重新存檔後再試。</translation>
        </message>
        <message>
            <source>Choose the column that holds the phone numbers.</source>
            <translation>請選擇存放電話號碼的欄。</translation>
        </message>
        <message>
            <source>Choose the column that holds the names.</source>
            <translation>請選擇存放姓名的欄。</translation>
        </message>
        <message>
            <source>Columns {columns} are both set to the same field; choose one.</source>
            <translation>{columns} 這幾欄設為同一個欄位，請只選一欄。</translation>
        </message>
        <message>
            <source>Enter a date as yyyy-mm-dd, yyyy/mm/dd or ROC 115/01/02.</source>
            <translation>請以 yyyy-mm-dd、yyyy/mm/dd 或民國 115/01/02 格式輸入日期。</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>請輸入整數。</translation>
        </message>
        <message>
            <source>Enter yes or no.</source>
            <translation>請填「是」或「否」。</translation>
        </message>
        <message>
            <source>Enter person or company.</source>
            <translation>請填「個人」或「公司」。</translation>
        </message>
        <message>
            <source>No active user is called "{user}".</source>
            <translation>沒有名為「{user}」的在職使用者。</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>日期不能晚於今天。</translation>
        </message>
        <message>
            <source>Enter a date like 2026-12-24.</source>
            <translation>請輸入日期，例如 2026-12-24。</translation>
        </message>
        <message>
            <source>Give a one-line reason why this does not apply.</source>
            <translation>請以一行文字說明不適用的原因。</translation>
        </message>
        <message>
            <source>Keep the reason to one line.</source>
            <translation>原因請寫在一行內。</translation>
        </message>
        <message>
            <source>Choose the expected purchase time from the list.</source>
            <extracomment>A stated timeline maps directly to a level. C covers "more than a month, up to about three months"; beyond that there is no clear intent yet, so N. Highest intent first; moving to a later entry is a demotion.</extracomment>
            <translation>請從清單中選擇預計購車時間。</translation>
        </message>
        <message>
            <source>The driving licence has expired.</source>
            <extracomment>Licence classes that allow driving a private passenger car. Anything not listed fails. CN (准驾车型): C1 small car; C2 small car, automatic only; A1/A2/A3/B1/B2 include C1. TW (駕照種類): 小型車, and the larger classes (大貨車, 大客車, 聯結車) that include it, each as 普通 (private) or 職業 (professional). HK: class 1 private car, class 2 light goods vehicle; 1A/2A are automatic only.</extracomment>
            <translation>駕照已過期。</translation>
        </message>
        <message>
            <source>The driver has held a licence for less than the required {years} year(s).</source>
            <translation>駕駛人的駕齡未達規定的 {years} 年。</translation>
        </message>
        <message>
            <source>The driver must be at least 18 years old.</source>
            <translation>駕駛人必須年滿 18 歲。</translation>
        </message>
        <message>
            <source>This licence class does not allow driving a passenger car.</source>
            <translation>此駕照種類不可駕駛小客車。</translation>
        </message>
        <message>
            <source>This licence allows only cars with automatic transmission.</source>
            <translation>此駕照僅限駕駛自排車。</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>結束時間必須晚於開始時間。</translation>
        </message>
        <message>
            <source>This test car is already booked at that time.</source>
            <translation>這台試駕車在該時段已被預約。</translation>
        </message>
        <message>
            <source>The odometer reading on return cannot be lower than at departure.</source>
            <translation>返回時的里程數不可低於出發時。</translation>
        </message>
        <message>
            <source>The car was driven {distance} km, more than twice the route length ({route} km). Please check the odometer readings.</source>
            <translation>本次行駛 {distance} 公里，超過路線長度（{route} 公里）的兩倍，請檢查里程數。</translation>
        </message>
        <message>
            <source>The departure time cannot be before the arrival time.</source>
            <translation>離店時間不可早於進店時間。</translation>
        </message>
        <message>
            <source>The minimum budget cannot be above the maximum.</source>
            <translation>最低預算不可高於最高預算。</translation>
        </message>
        <message>
            <source>This test car is already booked from {start} to {end}.</source>
            <translation>這台試駕車在 {start} 至 {end} 已有預約。</translation>
        </message>
        <message>
            <source>Choose the reason the sale was lost.</source>
            <translation>請選擇戰敗原因。</translation>
        </message>
        <message>
            <source>Choose a revisit date from today on.</source>
            <translation>請選擇今天或之後的回訪日期。</translation>
        </message>
        <message>
            <source>Use a date like 2026-01-01.</source>
            <translation>日期格式如 2026-01-01。</translation>
        </message>
        <message>
            <source>Write a number, or one band per line: “limit: value” (last line “*: value”).</source>
            <translation>請填寫一個數字，或每行一個級距：「上限: 數值」（最後一行「*: 數值」）。</translation>
        </message>
        <message>
            <source>A discount of {percent} % needs a manager's approval.</source>
            <translation>{percent} % 的優惠須經主管核准。</translation>
        </message>
        <message>
            <source>The deposit is above {cap_percent} % of the price, as a special order allows. Record what makes this a special order.</source>
            <translation>訂金超過總價 {cap_percent} %，特殊訂單得如此約定。請記錄屬於特殊訂單的理由。</translation>
        </message>
        <message>
            <source>Earnest money (定金) above {cap_percent} % of the price ({cap}) is not treated as earnest money. Give a reason to go ahead.</source>
            <translation>超過價款 {cap_percent} %（{cap}）的部分不具定金效力。如要繼續，請填寫理由。</translation>
        </message>
        <message>
            <source>The deposit is above {cap_percent} % of the price ({cap}). Give a reason to go ahead, e.g. a limited, custom or special-order car.</source>
            <translation>訂金超過總價 {cap_percent} %（{cap}）。如要繼續請填寫理由，例如限量、訂製或特殊規格車。</translation>
        </message>
        <message>
            <source>The deposit is above the {cap_percent} % cap: give a reason.</source>
            <translation>訂金超過 {cap_percent} % 上限：請填寫理由。</translation>
        </message>
        <message>
            <source>The delivered VIN {vin} is not the contract's VIN {contract}.</source>
            <translation>交車的車身號碼 {vin} 與合約上的車身號碼 {contract} 不符。</translation>
        </message>
        <message>
            <source>The contract has no VIN; add it to the contract first.</source>
            <translation>合約上沒有車身號碼，請先補上。</translation>
        </message>
        <message>
            <source>A technician must sign the PDI before delivery.</source>
            <translation>交車前須由技師簽核 PDI。</translation>
        </message>
        <message>
            <source>The PDI ({pdi}) must be dated on or before the delivery ({delivery}).</source>
            <translation>PDI 日期（{pdi}）不得晚於交車日期（{delivery}）。</translation>
        </message>
        <message>
            <source>Count the keys handed over: at least one.</source>
            <translation>請清點交付的鑰匙：至少一把。</translation>
        </message>
        <message>
            <source>Enter the service advisor introduced to the customer.</source>
            <translation>請輸入介紹給客戶的服務顧問。</translation>
        </message>
        <message>
            <source>Enter the odometer reading.</source>
            <translation>請輸入里程數。</translation>
        </message>
        <message>
            <source>This item is not on the checklist for this car.</source>
            <translation>此項目不在這輛車的檢查表上。</translation>
        </message>
        <message>
            <source>Describe the defect and the agreed fix.</source>
            <translation>請描述瑕疵及約定的處理方式。</translation>
        </message>
        <message>
            <source>Keep the note to one line.</source>
            <translation>備註請保持一行。</translation>
        </message>
        <message>
            <source>Record every PDI item before signing ({count} still open).</source>
            <translation>簽核前請記錄所有 PDI 項目（尚有 {count} 項未完成）。</translation>
        </message>
        <message>
            <source>Enter the technician who signs the PDI.</source>
            <translation>請輸入簽核 PDI 的技師。</translation>
        </message>
        <message>
            <source>The PDI cannot be signed in the future.</source>
            <translation>PDI 簽核時間不能是未來。</translation>
        </message>
        <message>
            <source>The odometer shows {odometer} km, more than the contract's maximum of {max_km} km.</source>
            <translation>里程數為 {odometer} 公里，超過合約約定的上限 {max_km} 公里。</translation>
        </message>
        <message>
            <source>The payment is not recorded as settled.</source>
            <translation>尚未記錄款項結清。</translation>
        </message>
        <message>
            <source>The loan is not recorded as disbursed.</source>
            <translation>尚未記錄貸款已撥款。</translation>
        </message>
        <message>
            <source>Documents neither ticked as handed over nor marked not applicable: {count}.</source>
            <translation>尚未勾選交付或標示不適用的文件：{count} 項。</translation>
        </message>
        <message>
            <source>Defects noted in the PDI: {count}. Agree the fixes and dates with the customer.</source>
            <translation>PDI 記錄的瑕疵：{count} 項。請與客戶約定處理方式與日期。</translation>
        </message>
        <message>
            <source>Mark the car delivered despite these warnings?</source>
            <translation>仍要將此車標示為已交車嗎？</translation>
        </message>
        <message>
            <source>The file is larger than {max_mb} MB; choose a smaller picture.</source>
            <translation>檔案大於 {max_mb} MB，請選擇較小的照片。</translation>
        </message>
        <message>
            <source>The picture has too many pixels ({megapixels} megapixels); choose a smaller one.</source>
            <translation>照片像素過多（{megapixels} 百萬像素），請選擇較小的照片。</translation>
        </message>
        <message>
            <source>This file is not a picture the application can read (for example JPEG or PNG).</source>
            <translation>此檔案不是本程式可讀取的圖片（例如 JPEG 或 PNG）。</translation>
        </message>
        <message>
            <source>The picture file is damaged and cannot be read.</source>
            <translation>圖片檔案已損壞，無法讀取。</translation>
        </message>
        <message>
            <source>This car has already been delivered.</source>
            <translation>此車已交車。</translation>
        </message>
        <message>
            <source>Only a deal with a signed contract can be delivered.</source>
            <translation>只有已簽約的交易才能交車。</translation>
        </message>
        <message>
            <source>This deal has no contract yet.</source>
            <translation>此交易尚無合約。</translation>
        </message>
        <message>
            <source>The deal's stock unit has another VIN ({stock_vin}); swap the unit first.</source>
            <translation>此交易的庫存車車身號碼不同（{stock_vin}），請先更換車輛。</translation>
        </message>
        <message>
            <source>This stock unit is already sold.</source>
            <translation>此庫存車已售出。</translation>
        </message>
        <message>
            <source>This stock unit belongs to another deal.</source>
            <translation>此庫存車屬於另一筆交易。</translation>
        </message>
        <message>
            <source>Choose a time from today on.</source>
            <translation>請選擇今天或之後的時間。</translation>
        </message>
        <message>
            <source>Record the PDI and the handover before marking the car delivered.</source>
            <translation>標示已交車前，請先記錄 PDI 與交車交接。</translation>
        </message>
        <message>
            <source>The loan amount is too small for this many months.</source>
            <translation>貸款金額對此期數而言太小。</translation>
        </message>
        <message>
            <source>Enter the down payment.</source>
            <translation>請輸入頭期款。</translation>
        </message>
        <message>
            <source>The down payment cannot be more than the vehicle price.</source>
            <translation>頭期款不能高於車價。</translation>
        </message>
        <message>
            <source>The down payment covers the whole price: nothing to finance.</source>
            <translation>頭期款已涵蓋全部車價：無須貸款。</translation>
        </message>
        <message>
            <source>The commission must be between 0 % and 100 %.</source>
            <translation>佣金必須介於 0 % 至 100 %。</translation>
        </message>
        <message>
            <source>Use whole dollars for this amount.</source>
            <translation>此金額請以元為單位（不含角分）。</translation>
        </message>
        <message>
            <source>The loan amount must be more than zero.</source>
            <translation>貸款金額必須大於零。</translation>
        </message>
        <message>
            <source>Enter the term.</source>
            <translation>請輸入期數。</translation>
        </message>
        <message>
            <source>The term must be between {min} and {max} months.</source>
            <translation>期數必須介於 {min} 至 {max} 個月。</translation>
        </message>
        <message>
            <source>Enter the rate.</source>
            <translation>請輸入利率。</translation>
        </message>
        <message>
            <source>The rate must be between 0 % and {max} %.</source>
            <translation>利率必須介於 0 % 至 {max} %。</translation>
        </message>
        <message>
            <source>A 0 % + fee loan has no interest rate.</source>
            <translation>0 % + 手續費方案沒有利率。</translation>
        </message>
        <message>
            <source>Only a balloon loan has a final balloon.</source>
            <translation>只有彈性尾付方案才有尾款。</translation>
        </message>
        <message>
            <source>The balloon must be less than the loan amount.</source>
            <translation>尾款必須小於貸款金額。</translation>
        </message>
        <message>
            <source>Only a 0 % + fee loan spreads its fee into the instalments.</source>
            <translation>只有 0 % + 手續費方案可將手續費分攤至各期。</translation>
        </message>
        <message>
            <source>The fee must be less than the loan amount.</source>
            <translation>手續費必須小於貸款金額。</translation>
        </message>
        <message>
            <source>Choose a trim of this model.</source>
            <extracomment>Messages the presentation services raise (kept here so they reach the translations).</extracomment>
            <translation>請選擇此車型的車款。</translation>
        </message>
        <message>
            <source>Choose one to {max} trims to compare.</source>
            <translation>請選擇 1 至 {max} 個車款比較。</translation>
        </message>
        <message>
            <source>This trim is no longer in the catalogue.</source>
            <translation>此車款已不在車型目錄中。</translation>
        </message>
        <message>
            <source>Unknown spec.</source>
            <translation>未知的規格項目。</translation>
        </message>
        <message>
            <source>Write the feature in at least one language.</source>
            <translation>請至少以一種語言填寫特徵。</translation>
        </message>
        <message>
            <source>Write down what the customer objected to.</source>
            <translation>請記錄客戶提出的異議。</translation>
        </message>
        <message>
            <source>Compare at most {max} trims at a time.</source>
            <translation>一次最多比較 {max} 個車款。</translation>
        </message>
        <message>
            <source>Enter an amount of zero or more.</source>
            <translation>請輸入零或以上的金額。</translation>
        </message>
        <message>
            <source>The lowest price cannot be above the highest.</source>
            <translation>最低價格不能高於最高價格。</translation>
        </message>
        <message>
            <source>Two rules “{key}” ({region}) are valid on {date}. Correct their dates in Settings.</source>
            <translation>{date} 同時有兩條規則「{key}」（{region}）有效。請在設定中更正其日期。</translation>
        </message>
        <message>
            <source>No rule “{key}” ({region}) is valid on {date}. Add one in Settings.</source>
            <translation>{date} 沒有有效的規則「{key}」（{region}）。請在設定中新增。</translation>
        </message>
        <message>
            <source>No band of rule “{key}” ({region}) on {date} covers {quantity}.</source>
            <translation>規則「{key}」（{region}）在 {date} 沒有涵蓋 {quantity} 的級距。</translation>
        </message>
        <message>
            <source>Rule “{key}” ({region}) holds the wrong kind of value.</source>
            <translation>規則「{key}」（{region}）的數值類型不正確。</translation>
        </message>
        <message>
            <source>Use a key like “cn.vat_rate”.</source>
            <translation>代碼格式如「cn.vat_rate」。</translation>
        </message>
        <message>
            <source>“Valid to” cannot be before “valid from”.</source>
            <translation>「失效日」不能早於「生效日」。</translation>
        </message>
        <message>
            <source>This rule needs a table of bands.</source>
            <translation>此規則需要級距表。</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more.</source>
            <translation>請輸入 0 或以上的數字。</translation>
        </message>
        <message>
            <source>This rule needs a single number.</source>
            <translation>此規則需要單一數字。</translation>
        </message>
        <message>
            <source>Enter at least one band.</source>
            <translation>請至少輸入一個級距。</translation>
        </message>
        <message>
            <source>Band {band}: enter a number of 0 or more.</source>
            <translation>第 {band} 級：請輸入 0 或以上的數字。</translation>
        </message>
        <message>
            <source>Only the last band can be open-ended.</source>
            <translation>只有最後一個級距可以沒有上限。</translation>
        </message>
        <message>
            <source>Band {band}: the limits must go up.</source>
            <translation>第 {band} 級：上限必須逐級遞增。</translation>
        </message>
        <message>
            <source>These dates overlap the rule “{key}” valid from {other_from}.</source>
            <translation>這些日期與自 {other_from} 起生效的規則「{key}」重疊。</translation>
        </message>
        <message>
            <source>Write numbers as text.</source>
            <translation>請以文字形式填寫數字。</translation>
        </message>
        <message>
            <source>Not a number: {value}</source>
            <translation>不是數字：{value}</translation>
        </message>
        <message>
            <source>Choose TW, CN or HK.</source>
            <translation>請選擇 TW、CN 或 HK。</translation>
        </message>
        <message>
            <source>A band is [limit, value].</source>
            <translation>級距的格式為 [上限, 數值]。</translation>
        </message>
        <message>
            <source>Enter the engine displacement in cc.</source>
            <translation>請輸入排氣量（cc）。</translation>
        </message>
        <message>
            <source>Enter the motor's horsepower.</source>
            <translation>請輸入馬達馬力。</translation>
        </message>
        <message>
            <source>This request was already decided.</source>
            <translation>這項申請已經處理過了。</translation>
        </message>
        <message>
            <source>Nothing is recorded for this delivery yet: schedule it or record the PDI.</source>
            <translation>此交車尚無任何紀錄：請先預約交車或填寫 PDI。</translation>
        </message>
        <message>
            <source>The stored ceremony photo cannot be read. Choose the photo again, or remove it.</source>
            <translation>無法讀取已儲存的交車合影。請重新選擇照片，或將其移除。</translation>
        </message>
        <message>
            <source>The logo file is larger than 5 MB.</source>
            <translation>標誌檔案超過 5 MB。</translation>
        </message>
        <message>
            <source>This file is not a picture that can be printed.</source>
            <translation>這個檔案不是可以列印的圖片。</translation>
        </message>
        <message>
            <source>Too much text to keep as a draft.</source>
            <translation>文字太多，無法保存為草稿。</translation>
        </message>
        <message>
            <source>Enter the rate as a number, e.g. 4.5.</source>
            <translation>請以數字輸入利率，例如 4.5。</translation>
        </message>
    </context>
    <context>
        <name>VehicleBox</name>
        <message>
            <source>Delivered car</source>
            <translation>交車車輛</translation>
        </message>
        <message>
            <source>&amp;VIN:</source>
            <translation>車身號碼(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Plate number:</source>
            <translation>車牌號碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Odometer (km):</source>
            <translation>里程數（公里）(&amp;O)：</translation>
        </message>
        <message>
            <source>Service &amp;advisor:</source>
            <translation>服務顧問(&amp;A)：</translation>
        </message>
        <message>
            <source>As read on the car (17 characters)</source>
            <translation>依車上所見填寫（17 碼）</translation>
        </message>
        <message>
            <source>Introduced to the customer at the handover</source>
            <translation>交車時介紹給客戶的服務顧問</translation>
        </message>
    </context>
    <context>
        <name>VehicleDialog</name>
        <message>
            <source>Vehicle</source>
            <translation>車輛</translation>
        </message>
        <message>
            <source>Edit vehicle</source>
            <translation>編輯車輛</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>車型(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Plate number</source>
            <translation>車牌號碼(&amp;P)</translation>
        </message>
        <message>
            <source>Vehicle &amp;type</source>
            <translation>車輛類型(&amp;T)</translation>
        </message>
        <message>
            <source>Po&amp;wertrain</source>
            <translation>動力類型(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;VIN</source>
            <translation>車身號碼(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Delivery date</source>
            <translation>交車日(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Odometer at delivery (km)</source>
            <translation>交車里程（公里）(&amp;O)</translation>
        </message>
        <message>
            <source>Maintenance &amp;items</source>
            <translation>保養項目(&amp;I)</translation>
        </message>
        <message>
            <source>Maintenance interval (&amp;km)</source>
            <translation>保養週期（公里）(&amp;K)</translation>
        </message>
        <message>
            <source>Maintenance interval (mo&amp;nths)</source>
            <translation>保養週期（月）(&amp;N)</translation>
        </message>
        <message>
            <source>Next maintenance set by &amp;hand</source>
            <translation>手動指定下次保養日期(&amp;H)</translation>
        </message>
        <message>
            <source>Next maintenance (computed)</source>
            <translation>下次保養日期（系統推算）</translation>
        </message>
        <message>
            <source>Choose from the catalogue or type the model</source>
            <translation>從車型目錄選擇，或直接輸入車型</translation>
        </message>
        <message>
            <source>empty: the model's interval</source>
            <translation>空白：採用車型預設週期</translation>
        </message>
        <message>
            <source>empty: use the computed date</source>
            <translation>空白：採用系統推算日期</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未設定）</translation>
        </message>
        <message>
            <source>computed after saving</source>
            <translation>儲存後推算</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>VehiclePicker</name>
        <message>
            <source>Vehicle</source>
            <translation>車輛</translation>
        </message>
        <message>
            <source>Filter by model, trim, colour or VIN</source>
            <translation>依車型、車款、顏色或車身號碼篩選</translation>
        </message>
        <message>
            <source>Stock units</source>
            <translation>庫存車</translation>
        </message>
        <message>
            <source>Order a trim</source>
            <translation>訂購車款</translation>
        </message>
        <message>
            <source>Model and trim</source>
            <translation>車型及車款</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>顏色</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>車身號碼</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>MSRP</source>
            <translation>建議售價</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>&amp;Reserve this unit</source>
            <translation>保留此車(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Order this trim</source>
            <translation>訂購此車款(&amp;O)</translation>
        </message>
        <message>
            <source>No car chosen yet: reserve a unit or order a trim.</source>
            <translation>尚未選車：請保留一台庫存車或訂購車款。</translation>
        </message>
        <message>
            <source>Reserved: %1 · %2 · VIN %3</source>
            <translation>已保留：%1 · %2 · 車身號碼 %3</translation>
        </message>
        <message>
            <source>Ordered from the factory: %1</source>
            <translation>向原廠訂購：%1</translation>
        </message>
        <message>
            <source>Reserved for this deal</source>
            <translation>已為本交易保留</translation>
        </message>
        <message>
            <source>Select a unit in the list first.</source>
            <translation>請先在清單中選擇一台車。</translation>
        </message>
        <message>
            <source>Select a trim in the list first.</source>
            <translation>請先在清單中選擇車款。</translation>
        </message>
    </context>
    <context>
        <name>VehiclesPanel</name>
        <message>
            <source>Model</source>
            <translation>車型</translation>
        </message>
        <message>
            <source>Plate number</source>
            <translation>車牌號碼</translation>
        </message>
        <message>
            <source>Vehicle type</source>
            <translation>車輛類型</translation>
        </message>
        <message>
            <source>Powertrain</source>
            <translation>動力類型</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>車身號碼</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>交車日</translation>
        </message>
        <message>
            <source>Maintenance interval</source>
            <translation>保養週期</translation>
        </message>
        <message>
            <source>Next maintenance</source>
            <translation>下次保養日期</translation>
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
            <translation>保養／維修項目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>服務顧問</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>車輛</translation>
        </message>
        <message>
            <source>Service history</source>
            <translation>服務紀錄</translation>
        </message>
        <message>
            <source>Add &amp;vehicle…</source>
            <translation>新增車輛(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Edit vehicle…</source>
            <translation>編輯車輛(&amp;E)…</translation>
        </message>
        <message>
            <source>Remove vehicle</source>
            <translation>刪除車輛</translation>
        </message>
        <message>
            <source>Add service &amp;record…</source>
            <translation>新增服務紀錄(&amp;R)…</translation>
        </message>
        <message>
            <source>Remove service record</source>
            <translation>刪除服務紀錄</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 個月</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1（手動指定）</translation>
        </message>
        <message>
            <source>%1 (set by hand; computed %2)</source>
            <translation>%1（手動指定；系統推算 %2）</translation>
        </message>
        <message>
            <source>Remove %1 from this customer?</source>
            <translation>要從這位客戶的資料中刪除 %1 嗎？</translation>
        </message>
        <message>
            <source>Remove the service record of %1?</source>
            <translation>要刪除 %1 的服務紀錄嗎？</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
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
            <translation>儲存時間</translation>
        </message>
        <message>
            <source>Saved by</source>
            <translation>儲存者</translation>
        </message>
        <message>
            <source>Languages changed</source>
            <translation>變更語言</translation>
        </message>
        <message>
            <source>Start from the selected &amp;version</source>
            <translation>以所選版本為底稿(&amp;V)</translation>
        </message>
        <message>
            <source>Copy the selected version's names, titles, clauses and settings into the editor (saved only by Save)</source>
            <translation>將所選版本的名稱、標題、條款與設定複製到編輯區（按「儲存」後才會存檔）</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>範本：</translation>
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
            <translation>審閱期：</translation>
        </message>
        <message>
            <source>%1 (current)</source>
            <translation>%1（目前使用）</translation>
        </message>
        <message>
            <source>first version</source>
            <translation>初始版本</translation>
        </message>
        <message>
            <source>dates or review period</source>
            <translation>日期格式或審閱期</translation>
        </message>
        <message>
            <source>no clause changed</source>
            <translation>條款未變更</translation>
        </message>
        <message>
            <source>ROC (Minguo) years on Traditional Chinese contracts</source>
            <translation>繁體中文契約以民國紀年</translation>
        </message>
        <message>
            <source>Western calendar</source>
            <translation>西元紀年</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before signing</source>
            <translation>
                <numerusform>簽約前 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
    </context>
    <context>
        <name>VisitEditor</name>
        <message>
            <source>This visit</source>
            <translation>本次來店</translation>
        </message>
        <message>
            <source>&amp;Arrival</source>
            <translation>進店時間(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Departure</source>
            <translation>離店時間(&amp;D)</translation>
        </message>
        <message>
            <source>Left at</source>
            <translation>已離店</translation>
        </message>
        <message>
            <source>&amp;Party size</source>
            <translation>來店人數(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Companions</source>
            <translation>同行者(&amp;C)</translation>
        </message>
        <message>
            <source>e.g. wife and two kids</source>
            <translation>例如：太太和兩個小孩</translation>
        </message>
        <message>
            <source>&amp;Invited (booked visit)</source>
            <translation>邀約到店(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>洽談摘要(&amp;S)</translation>
        </message>
        <message>
            <source>What they looked at, what was discussed</source>
            <translation>看了哪些車、談了什麼</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>e.g. send the quote on LINE tonight</source>
            <translation>例如：今晚以 LINE 傳送報價單</translation>
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
            <translation>客戶</translation>
        </message>
        <message>
            <source>Time in showroom</source>
            <translation>在店時間</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>來店</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Sales consultant</source>
            <translation>銷售顧問</translation>
        </message>
        <message>
            <source>Customer &amp;left</source>
            <translation>客戶離店(&amp;L)</translation>
        </message>
        <message>
            <source>Open cockpit</source>
            <translation>開啟駕駛艙</translation>
        </message>
        <message>
            <source>Everyone today</source>
            <translation>顯示今日全部來店</translation>
        </message>
        <message>
            <source>In the showroom now: %1</source>
            <translation>目前在展示間：%1</translation>
        </message>
        <message>
            <source>%1 (still here)</source>
            <translation>%1（仍在店內）</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
    </context>
    <context>
        <name>WalkaroundSection</name>
        <message>
            <source>&amp;Trim shown:</source>
            <translation>介紹車款(&amp;T)：</translation>
        </message>
        <message numerus="yes">
            <source>(%n card(s))</source>
            <translation>
                <numerusform>（%n 張卡片）</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a trim to walk around: “Walk around this trim” in the Recommended or Catalogue tab.</source>
            <translation>請選擇要繞車介紹的車款：在「推薦」或「車型目錄」分頁按「繞車介紹此車款」。</translation>
        </message>
        <message>
            <source>No FAB cards for this point yet. A manager adds them in Inventory.</source>
            <translation>此方位尚無 FAB 卡片，可由銷售經理在「庫存」頁新增。</translation>
        </message>
    </context>
</TS>