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
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>Benchmark and test hook: print start-up figures once the window is shown, then quit. On a *demo* database it also signs in as the first user without the sign-in dialog (every demo PIN is the public "0000" anyway), because the benchmark measures start-up, not typing. On a real dealership's database it never skips the PIN.</extracomment>
            <translation>無法開啟資料庫</translation>
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
        <message>
            <source>Visit not recorded</source>
            <translation>來店未記錄</translation>
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
            <source>Not saved: please correct the fields marked.</source>
            <translation>尚未儲存：請修正標示的欄位。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
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
            <source>Arrived</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>來店</translation>
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
            <translation>在店時間</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>洽談摘要</translation>
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
            <source>Visitors today</source>
            <translation>今日來店</translation>
        </message>
        <message>
            <source>Open H and A customers</source>
            <translation>H 級與 A 級客戶</translation>
        </message>
        <message>
            <source>Follow-ups due and overdue (H and A first)</source>
            <translation>到期及逾期跟進（H、A 級優先）</translation>
        </message>
        <message>
            <source>Today's visitors</source>
            <translation>今日來店客戶</translation>
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
                <numerusform>%n 分鐘</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (still here)</source>
            <translation>%1（仍在店內）</translation>
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
            <source>Choose a document language.</source>
            <translation>請選擇文件語言。</translation>
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
            <extracomment>The service's messages, repeated here so lupdate (which reads ui/ and domain/) sees them; tests check that this list and services.importexport.SERVICE_MESSAGES agree.</extracomment>
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
</TS>