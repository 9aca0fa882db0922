<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Neiqin</source>
            <extracomment>(component, license) of the libraries shipped with the application</extracomment>
            <translation>關於內勤</translation>
        </message>
        <message>
            <source>Neiqin</source>
            <translation>內勤</translation>
        </message>
        <message>
            <source>The sales office clerk's desk: orders, customer files, stock counts, office supplies, reimbursements, meeting minutes and archive lending.</source>
            <translation>銷售內勤的工作台：訂單、客戶檔案、庫存盤點、辦公用品、費用報銷、會議紀要和檔案借閱。</translation>
        </message>
        <message>
            <source>Version {version}; Qt {qt}, PySide6 {pyside}.</source>
            <translation>版本 {version}；Qt {qt}，PySide6 {pyside}。</translation>
        </message>
        <message>
            <source>Licenses</source>
            <translation>許可證</translation>
        </message>
        <message>
            <source>The bundled font: Droid Sans Fallback</source>
            <translation>內置字體：Droid Sans Fallback</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Confirmed by</source>
            <translation>確認方式</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>確認日期</translation>
        </message>
        <message>
            <source>Expected arrival</source>
            <translation>預計到達</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>交付日期</translation>
        </message>
        <message>
            <source>Note to {department}</source>
            <translation>給{department}的說明</translation>
        </message>
        <message>
            <source>Customer's person</source>
            <translation>客戶確認人</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>承運商</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>運單號</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>ActionItemDialog</name>
        <message>
            <source>Action item of {number}</source>
            <translation>{number} 的待辦事項</translation>
        </message>
        <message>
            <source>From decision</source>
            <translation>來自決議事項</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>待辦內容</translation>
        </message>
        <message>
            <source>Someone else (type the name)</source>
            <translation>其他人（請填寫姓名）</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>負責人姓名</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>完成期限</translation>
        </message>
    </context>
    <context>
        <name>ActionItemsDialog</name>
        <message>
            <source>Action items of all meetings</source>
            <translation>全部會議的待辦事項</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>只看未完成</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看逾期</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>進展…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>匯出到 Excel…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>AppraiseDialog</name>
        <message>
            <source>Appraisal of {number}</source>
            <translation>鑑定 {number}</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>銷毀</translation>
        </message>
        <message>
            <source>Keep longer</source>
            <translation>繼續保存</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>鑑定結論</translation>
        </message>
        <message>
            <source>Keep more years</source>
            <translation>延長年限</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>鑑定意見</translation>
        </message>
    </context>
    <context>
        <name>ArchiveItemEditor</name>
        <message>
            <source>Archive item</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>檔號</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>自動編號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>載體形式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>訂單編號</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>庫房</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>櫃號</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架號</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>盒號</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>頁數</translation>
        </message>
        <message>
            <source>Permanent</source>
            <translation>永久</translation>
        </message>
        <message>
            <source>{years} years</source>
            <translation>{years} 年</translation>
        </message>
        <message>
            <source>Retention period</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密級</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>ArchiveTab</name>
        <message>
            <source>Archive register</source>
            <extracomment>the record kinds of dashboard items and search hits, and the sub-tab that shows each</extracomment>
            <translation>檔案登記</translation>
        </message>
        <message>
            <source>Contracts ledger</source>
            <translation>合約台帳</translation>
        </message>
        <message>
            <source>Received and sent documents</source>
            <translation>收發文登記</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>檔案借閱</translation>
        </message>
        <message>
            <source>Register checks</source>
            <translation>清查核對</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>檔案銷毀</translation>
        </message>
    </context>
    <context>
        <name>AssignCaseDialog</name>
        <message>
            <source>Hand to department</source>
            <translation>轉交部門</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTable</name>
        <message>
            <source>Attendee</source>
            <translation>參會人員</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情況</translation>
        </message>
        <message>
            <source>Leave reason</source>
            <translation>請假原因</translation>
        </message>
    </context>
    <context>
        <name>AttendeesView</name>
        <message>
            <source>Attendee</source>
            <extracomment>the attendee id and what to do with it: "acknowledge", "leave", "withdraw"</extracomment>
            <translation>參會人員</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>部門/單位</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>已通知</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已確認收到</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>請假</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情況</translation>
        </message>
        <message>
            <source>Leave request…</source>
            <translation>請假…</translation>
        </message>
        <message>
            <source>Withdraw leave</source>
            <translation>撤銷請假</translation>
        </message>
        <message>
            <source>Awareness rate {rate}: {acknowledged} of {notified} notified</source>
            <translation>知曉率 {rate}：已通知 {notified} 人，確認 {acknowledged} 人</translation>
        </message>
    </context>
    <context>
        <name>AuditReport</name>
        <message>
            <source>Audit trail</source>
            <translation>操作日誌</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>數據表</translation>
        </message>
        <message>
            <source>From</source>
            <translation>從</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部使用者</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>全部數據表</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>匯出…</translation>
        </message>
        <message>
            <source>{count} change(s)</source>
            <translation>共 {count} 條變更</translation>
        </message>
        <message>
            <source>(the newest {limit} entries; narrow the filters or export to see all)</source>
            <translation>（僅顯示最新的 {limit} 條；縮小篩選範圍或匯出可查看全部）</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>匯出操作日誌</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} change(s) exported.</source>
            <translation>已匯出 {count} 條變更。</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>文件無法寫入：{reason}</translation>
        </message>
    </context>
    <context>
        <name>BatchLinesView</name>
        <message>
            <source>Archive number</source>
            <translation>檔號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>保管至</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密級</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>鑑定結論</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>鑑定意見</translation>
        </message>
        <message>
            <source>Appraise…</source>
            <translation>鑑定…</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>銷毀</translation>
        </message>
        <message>
            <source>Keep longer</source>
            <translation>繼續保存</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Expense budgets</source>
            <translation>費用預算</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>費用類別</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>預算</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已使用</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>審批中</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>剩餘</translation>
        </message>
        <message>
            <source>Used %</source>
            <translation>使用率</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>審批</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Chart of</source>
            <translation>圖表部門</translation>
        </message>
        <message>
            <source>Propose budget…</source>
            <translation>編制預算…</translation>
        </message>
        <message>
            <source>Approve budget</source>
            <translation>批准預算</translation>
        </message>
        <message>
            <source>Usage report</source>
            <translation>執行情況表</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>無預算</translation>
        </message>
        <message>
            <source>new amount awaiting approval</source>
            <translation>新金額待批准</translation>
        </message>
        <message>
            <source>{department}: budget and used amount, {year}</source>
            <translation>{department} {year} 年預算與已使用金額</translation>
        </message>
        <message>
            <source>Budget usage {year}</source>
            <translation>{year} 年費用預算執行情況</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>New service case</source>
            <translation>新建客戶諮詢 / 投訴</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>詳細情況</translation>
        </message>
        <message>
            <source>Hand to department</source>
            <translation>轉交部門</translation>
        </message>
        <message>
            <source>Promised by</source>
            <translation>承諾處理日期</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>Progress note</source>
            <translation>處理進展</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>進展說明</translation>
        </message>
    </context>
    <context>
        <name>CasesView</name>
        <message>
            <source>Number</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Promised by</source>
            <translation>承諾處理日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>Hand to department…</source>
            <translation>轉交部門…</translation>
        </message>
        <message>
            <source>Progress note…</source>
            <translation>處理進展…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>處理完畢…</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestDialog</name>
        <message>
            <source>Change request for {number}</source>
            <translation>訂單 {number} 的變更申請</translation>
        </message>
        <message>
            <source>What changes and why</source>
            <translation>變更內容及原因</translation>
        </message>
        <message>
            <source>Requested by (customer)</source>
            <translation>申請人（客戶）</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交貨日期</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>交貨地點</translation>
        </message>
    </context>
    <context>
        <name>ChangeStepDialog</name>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Approve: make a new revision</source>
            <translation>批准：生成新版本</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>決定</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>初審結果</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>影響</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ChangesView</name>
        <message>
            <source>Number</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>申請日期</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Impact notes</source>
            <translation>影響說明</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>變更前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>變更後</translation>
        </message>
        <message>
            <source>Compare revision</source>
            <translation>比較版本</translation>
        </message>
        <message>
            <source>with</source>
            <translation>與</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>已初審</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒絕</translation>
        </message>
    </context>
    <context>
        <name>CheckLinesView</name>
        <message>
            <source>Archive number</source>
            <translation>檔號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <source>Place in the register</source>
            <translation>登記位置</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>清查結果</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>實際位置</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>處理結果</translation>
        </message>
        <message>
            <source>Where it was found (room / cabinet / shelf / box)</source>
            <translation>實際存放位置（庫房 / 櫃 / 架 / 盒）</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>在架</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>錯位</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>處理差異…</translation>
        </message>
        <message>
            <source>{number}: {checked} of {total} checked, {open} discrepancies open</source>
            <translation>{number}：已清點 {checked}/{total}，未處理差異 {open} 處</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>清查</translation>
        </message>
    </context>
    <context>
        <name>ChecksTab</name>
        <message>
            <source>No check sessions yet.</source>
            <translation>還沒有清查記錄。</translation>
        </message>
        <message>
            <source>New check session</source>
            <translation>新建清查</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>結束清查</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>The session is closed.</source>
            <translation>本次清查已結束。</translation>
        </message>
    </context>
    <context>
        <name>ClaimEditor</name>
        <message>
            <source>Expense claim {number}</source>
            <translation>報銷單 {number}</translation>
        </message>
        <message>
            <source>New expense claim</source>
            <translation>新建報銷單</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>報銷人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>報銷日期</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Line {line} was returned: {reason}</source>
            <translation>第 {line} 行被退回：{reason}</translation>
        </message>
        <message>
            <source>These receipts may have been claimed before:
{lines}

Save the claim anyway?</source>
            <translation>以下票據可能已經報銷過：
{lines}

仍然保存這張報銷單嗎？</translation>
        </message>
    </context>
    <context>
        <name>ClaimLines</name>
        <message>
            <source>What for, with whom, where</source>
            <translation>事由、對象、地點</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加明細</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>費用類別</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途／事由</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>發票號碼</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天數</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Travel days</source>
            <translation>出差天數</translation>
        </message>
        <message>
            <source>Write what the expense was for.</source>
            <translation>請填寫費用用途。</translation>
        </message>
        <message>
            <source>Enter the amount (yuan, more than 0, at most two decimals).</source>
            <translation>請填寫金額（元，大於 0，最多兩位小數）。</translation>
        </message>
        <message>
            <source>Give the number of travel days.</source>
            <translation>請填寫出差天數。</translation>
        </message>
        <message>
            <source>{count} lines, total {total} ({capitals})</source>
            <translation>共 {count} 行，合計 {total}（{capitals}）</translation>
        </message>
    </context>
    <context>
        <name>ClaimOverview</name>
        <message>
            <source>Number</source>
            <translation>報銷單號</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>報銷人</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>填單人</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>報銷日期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>支付</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>費用類別</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途／事由</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>發票號碼</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>票據</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Checks (budget, standards, duplicates, receipts)</source>
            <translation>審核提示（預算、標準、重複、票據）</translation>
        </message>
        <message>
            <source>over budget</source>
            <translation>超預算</translation>
        </message>
        <message>
            <source>possible duplicate</source>
            <translation>疑似重複</translation>
        </message>
        <message>
            <source>Returned: {reason}</source>
            <translation>退回：{reason}</translation>
        </message>
        <message>
            <source> ({days} days)</source>
            <translation>（{days} 天）</translation>
        </message>
    </context>
    <context>
        <name>CompleteDialog</name>
        <message>
            <source>Record the destruction</source>
            <translation>登記銷毀</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>銷毀方式</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>銷毀日期</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>銷毀地點</translation>
        </message>
        <message>
            <source>Witnesses (one a line)</source>
            <translation>監銷人（每行一人）</translation>
        </message>
        <message>
            <source>Carried out by</source>
            <translation>執行人</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Record</source>
            <translation>記錄</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>數據表</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>My value</source>
            <translation>我的值</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>對方的值</translation>
        </message>
        <message>
            <source>Kept for now</source>
            <translation>暫時保留</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Offices</source>
            <translation>涉及電腦</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>對方的</translation>
        </message>
        <message>
            <source>this computer and another one</source>
            <translation>本機與另一臺電腦</translation>
        </message>
        <message>
            <source>two other computers</source>
            <translation>另外兩臺電腦</translation>
        </message>
        <message>
            <source>The conflicts could not be loaded: {reason}</source>
            <translation>無法加載衝突：{reason}</translation>
        </message>
        <message>
            <source>No conflicts: every office agrees on every field.</source>
            <translation>沒有衝突：各分支機構的數據完全一致。</translation>
        </message>
        <message>
            <source>You do not have the right to resolve sync conflicts.</source>
            <translation>您沒有處理同步衝突的權限。</translation>
        </message>
        <message>
            <source>Select a conflict first.</source>
            <translation>請先選擇一條衝突。</translation>
        </message>
        <message>
            <source>A state only moves forward: the later state stays.</source>
            <translation>狀態只能向前推進：保留較後的狀態。</translation>
        </message>
        <message>
            <source>Only a text field can be merged by hand.</source>
            <translation>只有文本欄位可以手工合併。</translation>
        </message>
        <message>
            <source>Conflict resolved; the other offices get it with the next sync.</source>
            <translation>衝突已處理；其他分支機構將在下次同步時收到結果。</translation>
        </message>
        <message>
            <source>deleted {date}</source>
            <translation>已於 {date} 刪除</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>同步衝突</translation>
        </message>
        <message>
            <source>Two computers changed the same field before they synced. The record holds the later change for now; keep one value or merge them. Your choice is saved here at once and reaches the other offices with the next sync.</source>
            <translation>兩臺電腦在同步之前修改了同一欄位。記錄中暫時保留較晚的修改；請保留其中一個值，或將兩者合併。您的選擇會立即保存在本機，並在下次同步時發送到其他分支機構。</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>保留對方的</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>合併…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New contact</source>
            <translation>新建聯絡人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Primary contact</source>
            <translation>主要聯絡人</translation>
        </message>
    </context>
    <context>
        <name>ContractEditor</name>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Contract number</source>
            <translation>合同編號</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>自動編號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>合同名稱</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>籤訂日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>合同金額</translation>
        </message>
        <message>
            <source>Term from</source>
            <translation>履行期限自</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>訂單編號</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>ContractsTab</name>
        <message>
            <source>No contracts yet.</source>
            <translation>合約台帳還是空的。</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>新建合同</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Expiring within {days} days</source>
            <translation>{days} 天內到期</translation>
        </message>
    </context>
    <context>
        <name>CreditView</name>
        <message>
            <source>Show credit and bank data</source>
            <translation>顯示信用和銀行資料</translation>
        </message>
        <message>
            <source>Confidential: you do not have the right to see it.</source>
            <translation>保密：您無權查看。</translation>
        </message>
        <message>
            <source>Confidential data is hidden.</source>
            <translation>保密資料已隱藏。</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>付款日期</translation>
        </message>
        <message>
            <source>Change credit rating…</source>
            <translation>調整信用等級…</translation>
        </message>
        <message>
            <source>New payment record…</source>
            <translation>新建付款記錄…</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等級</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用額度</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>未收金額</translation>
        </message>
        <message>
            <source>Overdue amount</source>
            <translation>逾期金額</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>開戶銀行</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditor</name>
        <message>
            <source>Edit customer</source>
            <translation>修改客戶</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新建客戶</translation>
        </message>
        <message>
            <source>Customer name</source>
            <extracomment>what the duplicate question answers in tests: "open", "save" or None (ask)</extracomment>
            <translation>客戶名稱</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>簡稱</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>客戶類型</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行業</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地區</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>稅號</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Business scope</source>
            <translation>經營範圍</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>開戶銀行</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>銀行帳號</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>聯絡人電話</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>可能重複</translation>
        </message>
        <message>
            <source>Open the existing customer</source>
            <translation>打開已有客戶</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>仍然保存</translation>
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <source>No customers yet.</source>
            <translation>還沒有客戶。</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新建客戶</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>添加聯絡人</translation>
        </message>
        <message>
            <source>Log a conversation</source>
            <translation>記錄溝通</translation>
        </message>
        <message>
            <source>New service case</source>
            <translation>新建客戶諮詢 / 投訴</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>從 Excel 匯入…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>匯入模板…</translation>
        </message>
        <message>
            <source>Hand over customers…</source>
            <translation>客戶工作交接…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>全部等級</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概況</translation>
        </message>
        <message>
            <source>Communication log</source>
            <translation>溝通紀要</translation>
        </message>
        <message>
            <source>Service cases</source>
            <translation>客戶諮詢 / 投訴</translation>
        </message>
        <message>
            <source>Credit file</source>
            <translation>信用檔案</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>交易記錄</translation>
        </message>
        <message>
            <source>Delete this customer?</source>
            <translation>刪除這個客戶嗎？</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>匯入客戶</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {count} customers.</source>
            <translation>已匯入 {count} 個客戶。</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>匯入模板</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Work dashboard</source>
            <extracomment>items shown per group until the clerk asks for all, so one long group does not hide the others</extracomment>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Show all {count}…</source>
            <translation>顯示全部 {count} 項…</translation>
        </message>
        <message>
            <source>{count} more in the module's tab</source>
            <translation>另有 {count} 項，請在模塊頁中查看</translation>
        </message>
        <message>
            <source>The dashboard could not be loaded: {reason}</source>
            <translation>工作台無法加載：{reason}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加載…</translation>
        </message>
        <message>
            <source>Nothing waiting for you right now — well done.
New orders, reviews, returns and meetings will appear here.</source>
            <translation>目前沒有待辦的事情，辛苦了。
新的訂單、待審核事項、待歸還檔案和會議都會顯示在這裡。</translation>
        </message>
        <message>
            <source>overdue {date}</source>
            <translation>已逾期 {date}</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
    </context>
    <context>
        <name>DecisionsTable</name>
        <message>
            <source>Decision</source>
            <translation>決議事項</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>所屬議題</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>添加決議</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
    </context>
    <context>
        <name>DestructionTab</name>
        <message>
            <source>No destruction batches: items past retention are appraised here.</source>
            <translation>還沒有銷毀批次：超過保管期限的檔案在這裡鑑定。</translation>
        </message>
        <message>
            <source>Appraise items past retention…</source>
            <translation>鑑定超過保管期限的檔案…</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交審批</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准銷毀</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <source>Record the destruction…</source>
            <translation>登記銷毀…</translation>
        </message>
        <message>
            <source>Destruction record</source>
            <translation>銷毀記錄</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Not possible while the batch is {state}.</source>
            <translation>批次狀態為「{state}」，不能進行此操作。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>檔案銷毀</translation>
        </message>
        <message>
            <source>Destruction record {number}</source>
            <translation>銷毀記錄 {number}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a record to see its details.</source>
            <translation>選擇一條記錄以查看詳細資訊。</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>Reference</source>
            <translation>文號</translation>
        </message>
        <message>
            <source>The sender's reference, e.g. Office〔2026〕21</source>
            <translation>來文字號，例如 京商發〔2026〕21號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>發文單位</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>收文單位</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份數</translation>
        </message>
        <message>
            <source>Distribution (one a line)</source>
            <translation>分發範圍（每行一個）</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>緩急</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密級</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Our company</source>
            <translation>本公司</translation>
        </message>
    </context>
    <context>
        <name>DocumentOverview</name>
        <message>
            <source>Register number</source>
            <translation>登記號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>From / to</source>
            <translation>發文 / 收文</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分發範圍</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>傳閱人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>籤閱時間</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>閱辦意見</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>No documents registered yet.</source>
            <translation>還沒有收發文登記。</translation>
        </message>
        <message>
            <source>Register received document</source>
            <translation>收文登記</translation>
        </message>
        <message>
            <source>Register sent document</source>
            <translation>發文登記</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Circulation list…</source>
            <translation>傳閱名單…</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>籤閱</translation>
        </message>
        <message>
            <source>Circulation slip</source>
            <translation>傳閱單</translation>
        </message>
        <message>
            <source>File in the archive…</source>
            <translation>歸檔…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Received / sent</source>
            <translation>收/發</translation>
        </message>
        <message>
            <source>Document and circulation</source>
            <translation>文件與傳閱</translation>
        </message>
        <message>
            <source>Circulation has begun.</source>
            <translation>已開始傳閱。</translation>
        </message>
        <message>
            <source>Nobody is waiting to sign.</source>
            <translation>沒有待籤閱的傳閱人。</translation>
        </message>
        <message>
            <source>Filed already.</source>
            <translation>已歸檔。</translation>
        </message>
        <message>
            <source>Circulation slip {number}</source>
            <translation>傳閱單 {number}</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>發生情況</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進度</translation>
        </message>
        <message>
            <source>Kind of exception</source>
            <translation>異常類別</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Customer told on</source>
            <translation>通知客戶日期</translation>
        </message>
        <message>
            <source>Told by</source>
            <translation>通知方式</translation>
        </message>
        <message>
            <source>Agreed solution</source>
            <translation>商定的解決方案</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>File {number} in the archive</source>
            <translation>將 {number} 歸檔</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>庫房</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>櫃號</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架號</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>盒號</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearchBox</name>
        <message>
            <source>Search everything (Ctrl+K)</source>
            <translation>全局搜尋 (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”.</source>
            <translation>沒有找到「{text}」。</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over customers</source>
            <translation>客戶工作交接</translation>
        </message>
        <message>
            <source>{name} ({count} customers)</source>
            <translation>{name}（{count} 個客戶）</translation>
        </message>
        <message>
            <source>From clerk</source>
            <translation>交出內勤</translation>
        </message>
        <message>
            <source>To clerk</source>
            <translation>接收內勤</translation>
        </message>
        <message>
            <source>Deactivate {name}: they can no longer sign in</source>
            <translation>停用 {name} 的帳號：此後不能再登入</translation>
        </message>
        <message>
            <source>Handed over {count} record(s) from {from_name} to {to_name}.</source>
            <translation>已將 {count} 條記錄從 {from_name} 交接給 {to_name}。</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work</source>
            <translation>離職工作交接</translation>
        </message>
        <message>
            <source>Leaving clerk</source>
            <translation>離職人員</translation>
        </message>
        <message>
            <source>Takes over</source>
            <translation>接手人員</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>工作內容</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>記錄數</translation>
        </message>
        <message>
            <source>Everything listed moves in one step, each record with its own entry in the audit trail. Claims they filed stay theirs.</source>
            <translation>以上所列內容一次全部移交，每條記錄都會寫入審計日誌。本人提交的報銷單仍歸本人。</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>交接</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorsDialog</name>
        <message>
            <source>Import refused</source>
            <translation>匯入被拒絕</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>未匯入任何數據。請更正以下 {count} 個問題後重新匯入。</translation>
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
            <translation>問題</translation>
        </message>
    </context>
    <context>
        <name>InstanceLock</name>
        <message>
            <source>This database is already open in another Neiqin window (process {pid} on {host}).

You can work in both: no save is lost, and a record changed in the other window must be reloaded before it can be edited here. Open it here too?</source>
            <translation>此資料庫已在另一個內勤視窗中打開（{host} 上的進程 {pid}）。

兩個視窗都可以使用：不會遺失任何保存；在另一個視窗中改過的記錄，需要重新載入後才能在這裡編輯。仍要在這裡打開嗎？</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <source>No products yet: enter products first, then import the opening stock.</source>
            <translation>還沒有產品 — 先錄入產品，再匯入期初庫存</translation>
        </message>
        <message>
            <source>Counts…</source>
            <translation>盤點…</translation>
        </message>
        <message>
            <source>Receipt…</source>
            <translation>入庫…</translation>
        </message>
        <message>
            <source>Scrap…</source>
            <translation>報廢…</translation>
        </message>
        <message>
            <source>Customer return…</source>
            <translation>客戶退貨…</translation>
        </message>
        <message>
            <source>Analysis…</source>
            <translation>庫存分析…</translation>
        </message>
        <message>
            <source>Import opening stock…</source>
            <translation>匯入期初庫存…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>匯入模板…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>庫存流水</translation>
        </message>
        <message>
            <source>Import opening stock</source>
            <translation>匯入期初庫存</translation>
        </message>
        <message>
            <source>Imported {count} opening balances.</source>
            <translation>已匯入 {count} 條期初庫存。</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>未匯入任何數據。請改正這 {count} 個問題後重新匯入。</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>匯入模板</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ItemOverview</name>
        <message>
            <source>Archive number</source>
            <translation>檔號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <source>Class and form</source>
            <translation>類別與載體</translation>
        </message>
        <message>
            <source>Customer, order, contract</source>
            <translation>客戶、訂單、合同</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>保管至</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密級</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>借閱單</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借閱人</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>歸還日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Electronic copy</source>
            <translation>電子副本</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Lendings</source>
            <translation>借閱記錄</translation>
        </message>
        <message>
            <source>Electronic copies</source>
            <translation>電子副本</translation>
        </message>
        <message>
            <source>permanent</source>
            <translation>永久</translation>
        </message>
    </context>
    <context>
        <name>KpiDialog</name>
        <message>
            <source>Order KPIs</source>
            <translation>訂單考核指標</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小時</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Orders recorded</source>
            <translation>記錄訂單數</translation>
        </message>
        <message>
            <source>Processing timeliness</source>
            <translation>訂單處理及時率</translation>
        </message>
        <message>
            <source>On-time delivery</source>
            <translation>按時交付率</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>退回修改率</translation>
        </message>
        <message>
            <source>Target from recording to approval</source>
            <translation>記錄到審核通過的目標時限</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>Leave request of {name}</source>
            <translation>{name} 請假</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>請假原因</translation>
        </message>
    </context>
    <context>
        <name>LendingOverview</name>
        <message>
            <source>Item</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借閱人</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>借閱目的</translation>
        </message>
        <message>
            <source>Mode, copying, photographing</source>
            <translation>方式、複印、拍照</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>歸還日期</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>審批人</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>經辦人</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步驟</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意見</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>允許</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>不允許</translation>
        </message>
        <message>
            <source> (renewed {count}×)</source>
            <translation>（已續借 {count} 次）</translation>
        </message>
        <message>
            <source>copying</source>
            <translation>複印</translation>
        </message>
        <message>
            <source>photographing</source>
            <translation>拍照</translation>
        </message>
    </context>
    <context>
        <name>LendingRequestDialog</name>
        <message>
            <source>— please answer —</source>
            <translation>— 請選擇 —</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>不允許</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>允許</translation>
        </message>
        <message>
            <source>Lending request: {number}</source>
            <translation>借閱申請：{number}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借閱人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>借閱目的</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>借閱方式</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>歸還日期</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>複印</translation>
        </message>
        <message>
            <source>Photographing</source>
            <translation>拍照</translation>
        </message>
    </context>
    <context>
        <name>LendingStepDialog</name>
        <message>
            <source>Lending</source>
            <translation>借閱</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>新的歸還日期</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>歸還狀況</translation>
        </message>
        <message>
            <source>Damage or missing pages</source>
            <translation>損壞或缺頁情況</translation>
        </message>
        <message>
            <source>Borrower's signature</source>
            <translation>借閱人簽字</translation>
        </message>
        <message>
            <source>Signed on the printed slip</source>
            <translation>已在列印的借閱單上簽字</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意見</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>LendingsTab</name>
        <message>
            <source>No lendings yet: lend an item from the register.</source>
            <translation>還沒有借閱記錄：請在檔案登記中選擇檔案辦理借閱。</translation>
        </message>
        <message>
            <source>Record reminder and print notice</source>
            <translation>催還並列印通知</translation>
        </message>
        <message>
            <source>Lending slip</source>
            <translation>借閱單</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看逾期</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>借閱單</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>催還</translation>
        </message>
        <message>
            <source>Reminder notice {number}</source>
            <translation>催還通知 {number}</translation>
        </message>
        <message>
            <source>Lending slip {number}</source>
            <translation>借閱單 {number}</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>Product code, name or pinyin</source>
            <translation>產品編碼、名稱或拼音</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加明細</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>產品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>折扣 %</translation>
        </message>
        <message>
            <source>Choose a product from the list.</source>
            <translation>請從列表中選擇產品。</translation>
        </message>
        <message>
            <source>The quantity must be more than 0.</source>
            <translation>數量必須大於 0。</translation>
        </message>
        <message>
            <source>Enter the unit price (yuan, at most two decimals).</source>
            <translation>請輸入單價（元，最多兩位小數）。</translation>
        </message>
        <message>
            <source>The discount is a percentage from 0 to 100.</source>
            <translation>折扣是 0 到 100 的百分比。</translation>
        </message>
        <message>
            <source>{count} lines, total ¥{total}</source>
            <translation>共 {count} 行，合計 ¥{total}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Spec.</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Log a conversation</source>
            <translation>記錄溝通</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>溝通紀要</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次回訪</translation>
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>溝通紀要</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次回訪</translation>
        </message>
        <message>
            <source>By</source>
            <translation>記錄人</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — Neiqin</source>
            <translation>登入 — 內勤</translation>
        </message>
        <message>
            <source>Neiqin</source>
            <translation>內勤</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>使用者名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>請輸入使用者名。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This tab could not be opened: {reason}</source>
            <translation>此標籤頁無法打開：{reason}</translation>
        </message>
        <message>
            <source>You cannot open records of this module.</source>
            <extracomment>File ▸ Settings was saved (the sync controller re-reads the server settings) module id → open(kind, record_id) for records that live outside the module tabs (sync conflicts)</extracomment>
            <translation>您無權打開此模塊的記錄。</translation>
        </message>
        <message>
            <source>Neiqin — {company}</source>
            <translation>內勤 — {company}</translation>
        </message>
        <message>
            <source>Work dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Back up now</source>
            <extracomment>action name → (English text, menu, permission needed or None)</extracomment>
            <translation>立即備份</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>從備份還原…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>設定…</translation>
        </message>
        <message>
            <source>Print setup…</source>
            <translation>列印設定…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Users…</source>
            <translation>使用者管理…</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work…</source>
            <translation>離職工作交接…</translation>
        </message>
        <message>
            <source>Audit trail…</source>
            <translation>操作日誌…</translation>
        </message>
        <message>
            <source>About Neiqin</source>
            <translation>關於內勤</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>管理(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>User: {name} ({role})</source>
            <extracomment>"N conflict(s)", shown while there are some; opens the Conflicts view</extracomment>
            <translation>使用者：{name}（{role}）</translation>
        </message>
        <message>
            <source>Branch: {branch}</source>
            <translation>分支機構：{branch}</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>資料庫：{name}</translation>
        </message>
        <message>
            <source>Sync: no server</source>
            <extracomment>the last round reached the server (None: no round yet); a refusal (password, version) still counts as reached, with `problem` saying why nothing was synced why the last round failed, in the current language</extracomment>
            <translation>同步：未連接伺服器</translation>
        </message>
        <message>
            <source>No sync server is set up: everything is kept in this database only.</source>
            <translation>尚未設定同步伺服器：所有數據只保存在本資料庫中。</translation>
        </message>
        <message>
            <source>online</source>
            <translation>線上</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>離線</translation>
        </message>
        <message>
            <source>Sync</source>
            <extracomment>the first round after the window opens or the settings change</extracomment>
            <translation>同步</translation>
        </message>
        <message>
            <source>syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>not connected yet</source>
            <translation>尚未連接</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>同步：{state}</translation>
        </message>
        <message>
            <source>{count} change(s) waiting</source>
            <translation>{count} 條待同步</translation>
        </message>
        <message>
            <source>last sync {time}</source>
            <translation>上次同步 {time}</translation>
        </message>
        <message>
            <source>Last whole sync: {time}</source>
            <translation>上次完整同步：{time}</translation>
        </message>
        <message>
            <source>{count} conflict(s)</source>
            <translation>{count} 個衝突</translation>
        </message>
        <message>
            <source>Two computers changed the same field: open the Conflicts view to keep one value or merge them.</source>
            <translation>兩臺電腦修改了同一欄位：打開衝突視圖，保留其中一個值或將兩者合併。</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <extracomment>renumbered documents listed in the notice after a first sync (the rest are counted)</extracomment>
            <translation>同步正在進行中。</translation>
        </message>
        <message>
            <source>No sync server is set up. An administrator enters it in File ▸ Settings ▸ Server.</source>
            <translation>尚未設定同步伺服器。請管理員在「文件 ▸ 設定 ▸ 伺服器」中填寫。</translation>
        </message>
        <message>
            <source>Sync: {sent} change(s) sent, {received} received, {conflicts} new conflict(s).</source>
            <translation>同步：已發送 {sent} 條更改，收到 {received} 條，新衝突 {conflicts} 個。</translation>
        </message>
        <message>
            <source>This database was restored from a backup or copied from another computer: it now syncs as a new computer. Nothing was lost; changes the server already had were not sent again.</source>
            <translation>此資料庫是從備份還原的或從另一臺電腦複製來的：現在作為一臺新電腦同步。沒有遺失任何數據；伺服器上已有的更改不會重複發送。</translation>
        </message>
        <message>
            <source>These documents were made here before this computer had its own number range and got new numbers. Papers printed before still show the old number; print them again or note the new one on them:</source>
            <translation>以下單據是在本機取得自己的編號段之前錄入的，已改為新編號。之前列印的紙質單據仍是舊編號，請重新列印或在紙上註明新編號：</translation>
        </message>
        <message>
            <source>…and {count} more (each record's history shows its old number).</source>
            <translation>……另有 {count} 張（各單據的歷史記錄中可查舊編號）。</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Send this office's changes to the server and fetch the other offices' changes</source>
            <translation>把本分支機構的更改發送到伺服器，並取回其他分支機構的更改</translation>
        </message>
        <message>
            <source>Sync conflicts…</source>
            <translation>同步衝突…</translation>
        </message>
        <message>
            <source>Compare with the server…</source>
            <translation>與伺服器核對…</translation>
        </message>
        <message>
            <source>Sync, then compare every table here with the server (rows and checksums)</source>
            <translation>先同步，再逐表核對本機與伺服器的數據（行數和校驗和）</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在備份…</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>備份已保存：{path}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>從備份還原</translation>
        </message>
        <message>
            <source>Neiqin backups (*.db *.db.enc);;All files (*)</source>
            <translation>內勤備份 (*.db *.db.enc);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Encrypted backup</source>
            <translation>加密備份</translation>
        </message>
        <message>
            <source>The backup {name} is encrypted. Its password:</source>
            <translation>備份 {name} 已加密，請輸入密碼：</translation>
        </message>
        <message>
            <source>The backup {name} was restored. Please sign in again.</source>
            <translation>已從備份 {name} 還原，請重新登入。</translation>
        </message>
        <message>
            <source>The previous database was kept as {path}.</source>
            <translation>原資料庫已保留為 {path}。</translation>
        </message>
        <message>
            <source>Replace the current database by the backup {name}?

Everything entered since that backup will be gone. The current file is kept beside it, renamed with today's date.</source>
            <translation>用備份 {name} 替換當前資料庫嗎？

該備份之後錄入的所有內容都將遺失。當前文件會以今天的日期改名後保留在同一資料夾中。</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Edit meeting {number}</source>
            <translation>編輯會議 {number}</translation>
        </message>
        <message>
            <source>Request an ad hoc meeting</source>
            <translation>申請臨時會議</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新建會議</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>會議名稱</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>會議類型</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>重複</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>結束時間</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>會議地點</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>記錄人</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>參會人員</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>議題</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>匯報人</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>時長（分鐘）</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>會議議程</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>設備</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>已準備</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Materials and equipment</source>
            <translation>會議資料及設備</translation>
        </message>
        <message>
            <source>Why it is needed</source>
            <translation>申請理由</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>MeetingItemsView</name>
        <message>
            <source>Number</source>
            <extracomment>("new" | "edit" | "progress", item id or "")</extracomment>
            <translation>編號</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>待辦事項</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Latest progress</source>
            <translation>最新進展</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>記錄人</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進展</translation>
        </message>
        <message>
            <source>New action item…</source>
            <translation>新建待辦事項…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>進展…</translation>
        </message>
        <message>
            <source> (carried over)</source>
            <translation>（上次會議轉入）</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · 已逾期</translation>
        </message>
        <message>
            <source>{count} action items: {done} done, {late} overdue</source>
            <translation>待辦事項 {count} 項：已完成 {done} 項，逾期 {late} 項</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge the two values</source>
            <translation>合併兩個值</translation>
        </message>
        <message>
            <source>My value</source>
            <translation>我的值</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>對方的值</translation>
        </message>
        <message>
            <source>Keep this text</source>
            <translation>保留此文本</translation>
        </message>
    </context>
    <context>
        <name>MinutesEditor</name>
        <message>
            <source>Minutes of {number} {title}</source>
            <translation>會議紀要 {number} {title}</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情況</translation>
        </message>
        <message>
            <source>Everyone else present</source>
            <translation>其餘人員均出席</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>決議事項</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>其他事項</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>No meetings yet.</source>
            <translation>還沒有會議。</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新建會議</translation>
        </message>
        <message>
            <source>Request ad hoc meeting</source>
            <translation>申請臨時會議</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Chair review…</source>
            <translation>主持人審核…</translation>
        </message>
        <message>
            <source>Write minutes…</source>
            <translation>記錄會議紀要…</translation>
        </message>
        <message>
            <source>New action item…</source>
            <translation>新建待辦事項…</translation>
        </message>
        <message>
            <source>Plan next meeting</source>
            <translation>安排下次會議</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>會議通知</translation>
        </message>
        <message>
            <source>Copy notice text</source>
            <translation>複製通知文字</translation>
        </message>
        <message>
            <source>Save calendar file (.ics)…</source>
            <translation>保存日曆文件 (.ics)…</translation>
        </message>
        <message>
            <source>Notice (PDF)</source>
            <translation>會議通知（PDF）</translation>
        </message>
        <message>
            <source>Print minutes</source>
            <translation>列印會議紀要</translation>
        </message>
        <message>
            <source>Minutes (PDF)</source>
            <translation>會議紀要（PDF）</translation>
        </message>
        <message>
            <source>Action item report to the chair</source>
            <translation>決議事項落實情況報告</translation>
        </message>
        <message>
            <source>All action items…</source>
            <translation>全部待辦事項…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>會議</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>參會人員</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>會議紀要</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>待辦事項</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>流程記錄</translation>
        </message>
        <message>
            <source>History</source>
            <translation>操作日誌</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部類型</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>您沒有執行此操作的權限。</translation>
        </message>
        <message>
            <source>The meeting does not repeat.</source>
            <translation>這個會議不重複召開。</translation>
        </message>
        <message>
            <source>Planned {number} on {day}.</source>
            <translation>已安排下次會議 {number}（{day}）。</translation>
        </message>
        <message>
            <source>Meeting notice</source>
            <translation>會議通知</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>會議紀要</translation>
        </message>
        <message>
            <source>Action item report</source>
            <translation>決議事項落實情況報告</translation>
        </message>
        <message>
            <source>The notice is on the clipboard: paste it into an e-mail or a chat.</source>
            <translation>會議通知已複製，可粘貼到郵件或聊天中發送。</translation>
        </message>
        <message>
            <source>Save calendar file</source>
            <translation>保存日曆文件</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>日曆 (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>NewBatchDialog</name>
        <message>
            <source>Items past retention</source>
            <translation>超過保管期限的檔案</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>檔案</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>新建使用者</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>使用者名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
    </context>
    <context>
        <name>OrderEditor</name>
        <message>
            <source>Order {number}</source>
            <translation>訂單 {number}</translation>
        </message>
        <message>
            <source>New inquiry</source>
            <translation>新建客戶諮詢</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>新建訂單</translation>
        </message>
        <message>
            <source>Customer name, short name or pinyin initials</source>
            <translation>客戶名稱、簡稱或拼音首字母</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交貨日期</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>交貨地點</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Prepayment</source>
            <translation>預付比例</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>OrderOverview</name>
        <message>
            <source>Number</source>
            <translation>訂單編號</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交貨</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>產品</translation>
        </message>
        <message>
            <source>Spec.</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>折扣 %</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source> (revision {revision})</source>
            <translation>（版本 {revision}）</translation>
        </message>
        <message>
            <source> — major order</source>
            <translation> — 重大訂單</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <source>No orders yet.</source>
            <extracomment>the state actions on the toolbar, in the order of the life of an order</extracomment>
            <translation>還沒有訂單。</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>新建訂單</translation>
        </message>
        <message>
            <source>New inquiry</source>
            <translation>新建客戶諮詢</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>審核…</translation>
        </message>
        <message>
            <source>Change request</source>
            <translation>訂單變更</translation>
        </message>
        <message>
            <source>Check change</source>
            <translation>初審變更</translation>
        </message>
        <message>
            <source>Impact note</source>
            <translation>影響說明</translation>
        </message>
        <message>
            <source>Decide change</source>
            <translation>審批變更</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>記錄進度</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>記錄異常</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>考核指標</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>訂單確認書</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Order and lines</source>
            <translation>訂單及明細</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>時間線</translation>
        </message>
        <message>
            <source>Changes and revisions</source>
            <translation>變更與版本</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>訂單跟蹤</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>全部客戶</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>訂單日期</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>僅顯示逾期</translation>
        </message>
        <message>
            <source>Only inquiries, recorded and returned orders can be edited.</source>
            <translation>只有客戶諮詢、已記錄和退回修改的訂單可以編輯。</translation>
        </message>
        <message>
            <source>There is no open change request.</source>
            <translation>沒有待處理的訂單變更。</translation>
        </message>
        <message>
            <source>The change request is checked already.</source>
            <translation>訂單變更已經初審。</translation>
        </message>
        <message>
            <source>The clerk checks the change request first.</source>
            <translation>訂單變更須先由內勤初審。</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>訂單審核</translation>
        </message>
        <message>
            <source>Order confirmation {number}</source>
            <translation>訂單確認書 {number}</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>會議編號</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>會議類型</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>會議時間</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>會議地點</translation>
        </message>
        <message>
            <source>Chair / recorder</source>
            <translation>主持人 / 記錄人</translation>
        </message>
        <message>
            <source>Awareness rate</source>
            <translation>知曉率</translation>
        </message>
        <message>
            <source>Why it is needed</source>
            <translation>申請理由</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>議題</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>匯報人</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>時長（分鐘）</translation>
        </message>
        <message>
            <source>Materials and equipment</source>
            <translation>會議資料及設備</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>已準備</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>{rate} ({acknowledged} of {notified} notified acknowledged, {leave} on leave)</source>
            <translation>{rate}（已通知 {notified} 人，確認 {acknowledged} 人，請假 {leave} 人）</translation>
        </message>
        <message>
            <source>No notice sent yet</source>
            <translation>尚未發送會議通知</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>稅號</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>負責內勤</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>New payment record</source>
            <translation>新建付款記錄</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>訂單編號</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>應付金額</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付金額</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>付款日期</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditor</name>
        <message>
            <source>Guest</source>
            <translation>外部來賓</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Phone or e-mail</source>
            <translation>電話或郵箱</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>添加來賓</translation>
        </message>
    </context>
    <context>
        <name>ProductDetail</name>
        <message>
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>庫位</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>補貨點</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>交貨期（天）</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>Edit product</source>
            <translation>修改產品</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>新建產品</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>產品編碼</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>產品名稱</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>補貨點</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>交貨期（天）</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>庫位</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>ProductsTab</name>
        <message>
            <source>No products yet.</source>
            <translation>還沒有產品。</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>新建產品</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Activate / deactivate</source>
            <translation>啟用 / 停用</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>從 Excel 匯入…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>匯入模板…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>產品</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部類別</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>匯入產品</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {count} products.</source>
            <translation>已匯入 {count} 個產品。</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>未匯入任何數據。請更正以下 {count} 個問題後重新匯入。</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>匯入模板</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>正在處理…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Progress of {code}</source>
            <translation>{code} 的進展</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進展情況</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>完成期限</translation>
        </message>
    </context>
    <context>
        <name>ProposeBudgetDialog</name>
        <message>
            <source>Propose budget</source>
            <translation>編制費用預算</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>費用類別</translation>
        </message>
        <message>
            <source>Budget for {year}</source>
            <translation>{year} 年預算</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>說明</translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <source>Change credit rating</source>
            <translation>調整信用等級</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等級</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用額度</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ReadersDialog</name>
        <message>
            <source>Circulation of {number}</source>
            <translation>{number} 的傳閱</translation>
        </message>
        <message>
            <source>One reader a line: the name, a space, the department</source>
            <translation>每行一位讀者：姓名、空格、部門</translation>
        </message>
        <message>
            <source>Readers in order (name and department, one a line)</source>
            <translation>按順序填寫傳閱人（姓名 部門，每行一人）</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsView</name>
        <message>
            <source>Line</source>
            <translation>明細行</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size (KB)</source>
            <translation>大小（KB）</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打開</translation>
        </message>
    </context>
    <context>
        <name>RecordHistory</name>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>此記錄還沒有變更記錄。</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>The register is empty.</source>
            <translation>檔案登記還是空的。</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>登記檔案</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Attach electronic copy…</source>
            <translation>添加電子副本…</translation>
        </message>
        <message>
            <source>Lending request…</source>
            <translation>借閱申請…</translation>
        </message>
        <message>
            <source>Import register…</source>
            <translation>匯入檔案登記表…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>匯入模板…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密級</translation>
        </message>
        <message>
            <source>Past retention</source>
            <translation>超過保管期限</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>The item was destroyed.</source>
            <translation>該檔案已銷毀。</translation>
        </message>
        <message>
            <source>Only items in store can be lent.</source>
            <translation>只有在庫的檔案才能借閱。</translation>
        </message>
        <message>
            <source>Attach electronic copy</source>
            <translation>添加電子副本</translation>
        </message>
        <message>
            <source>Imported {count} archive items.</source>
            <translation>已匯入 {count} 件檔案。</translation>
        </message>
        <message>
            <source>Import the archive register</source>
            <translation>匯入檔案登記表</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>匯入模板</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ReimbursementsTab</name>
        <message>
            <source>No expense claims yet.</source>
            <extracomment>the steps on the toolbar, in the order of a claim's life</extracomment>
            <translation>還沒有報銷單。</translation>
        </message>
        <message>
            <source>New claim</source>
            <translation>新建報銷單</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>添加票據…</translation>
        </message>
        <message>
            <source>Claim form</source>
            <translation>報銷單列印</translation>
        </message>
        <message>
            <source>Budgets…</source>
            <translation>費用預算…</translation>
        </message>
        <message>
            <source>Standards…</source>
            <translation>報銷標準…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Claim and lines</source>
            <translation>報銷單及明細</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>票據</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>審批記錄</translation>
        </message>
        <message>
            <source>All claims</source>
            <translation>全部報銷單</translation>
        </message>
        <message>
            <source>My claims</source>
            <translation>我的報銷單</translation>
        </message>
        <message>
            <source>Waiting for me</source>
            <translation>待我處理</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部門</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>報銷日期</translation>
        </message>
        <message>
            <source>Only draft and returned claims can be edited.</source>
            <translation>只能修改草稿和退回的報銷單。</translation>
        </message>
        <message>
            <source>Receipts cannot be added to a paid or withdrawn claim.</source>
            <translation>已支付或已撤銷的報銷單不能再添加票據。</translation>
        </message>
        <message>
            <source>Attach receipt</source>
            <translation>添加票據</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>明細行</translation>
        </message>
        <message>
            <source>Receipt scan or photo</source>
            <translation>票據掃描件或照片</translation>
        </message>
        <message>
            <source>Receipts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>票據 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Expense claim {number}</source>
            <translation>報銷單 {number}</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source> days</source>
            <extracomment>the words of the tables, marked for extraction (shown through _tr)</extracomment>
            <translation> 天</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> 小時</translation>
        </message>
        <message>
            <source>All clerks</source>
            <translation>全體內勤</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>銷售額</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>訂單數</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>佔比</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>計算失敗</translation>
        </message>
        <message>
            <source>met</source>
            <translation>達標</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>未達標</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>同比</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>環比</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>內勤</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>實際</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>依據</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Preview and print…</source>
            <translation>預覽和列印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>匯出 Excel…</translation>
        </message>
        <message>
            <source>Targets…</source>
            <translation>目標值…</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>報表：</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>本期</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上期</translation>
        </message>
        <message>
            <source>Same period last year</source>
            <translation>去年同期</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>正在生成報表…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>報表</translation>
        </message>
        <message>
            <source>The report could not be built.</source>
            <translation>報表未能生成。</translation>
        </message>
        <message>
            <source>{title} {period}: {amount} from {orders} orders.</source>
            <translation>{title} {period}：{orders} 張訂單，銷售額 {amount}。</translation>
        </message>
        <message>
            <source>No sales in {period}. Choose another period above.</source>
            <translation>{period} 沒有銷售。請在上方選擇其他期間。</translation>
        </message>
        <message>
            <source>Sales by month</source>
            <translation>銷售額走勢（按月）</translation>
        </message>
        <message>
            <source>Sales by day</source>
            <translation>銷售額走勢（按日）</translation>
        </message>
        <message>
            <source>No changes against the previous period or last year.</source>
            <translation>與上期和去年同期相比沒有變動。</translation>
        </message>
        <message>
            <source>Top {count} by amount</source>
            <translation>銷售額前 {count} 名</translation>
        </message>
        <message>
            <source>KPIs of {period} against their targets.</source>
            <translation>{period} 的考核指標與目標值對照。</translation>
        </message>
        <message>
            <source>Indicators against target (percent)</source>
            <translation>指標達成情況（百分比指標）</translation>
        </message>
        <message>
            <source>Show a report first.</source>
            <translation>請先查看一份報表。</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出 Excel</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel 文件 (*.xlsx)</translation>
        </message>
        <message>
            <source>Written: {files}</source>
            <translation>已寫入：{files}</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>正在寫入報表</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>報表預覽</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>考核指標目標值</translation>
        </message>
        <message>
            <source>Daily sales report</source>
            <translation>銷售日報</translation>
        </message>
        <message>
            <source>Weekly sales report</source>
            <translation>銷售週報</translation>
        </message>
        <message>
            <source>Monthly sales report</source>
            <translation>銷售月報</translation>
        </message>
        <message>
            <source>Sales of a custom period</source>
            <translation>自定義期間銷售統計</translation>
        </message>
        <message>
            <source>KPI report</source>
            <translation>考核指標報表</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>銷售額</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>銷售量</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>毛利率</translation>
        </message>
        <message>
            <source>By customer</source>
            <translation>按客戶</translation>
        </message>
        <message>
            <source>By region</source>
            <translation>按地區</translation>
        </message>
        <message>
            <source>By product</source>
            <translation>按產品</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按產品類別</translation>
        </message>
        <message>
            <source>By salesperson</source>
            <translation>按業務員</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>地區</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>產品</translation>
        </message>
        <message>
            <source>Salespeople</source>
            <translation>業務員</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地區</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>(unknown customer)</source>
            <translation>（未知客戶）</translation>
        </message>
        <message>
            <source>(no region)</source>
            <translation>（未填地區）</translation>
        </message>
        <message>
            <source>(unknown product)</source>
            <translation>（未知產品）</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>（未分類）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} 個百分點</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>up most: {names}</source>
            <translation>增長最多：{names}</translation>
        </message>
        <message>
            <source>down most: {names}</source>
            <translation>下降最多：{names}</translation>
        </message>
        <message>
            <source>{what} vs previous period</source>
            <translation>{what}（環比）</translation>
        </message>
        <message>
            <source>{what} vs same period last year</source>
            <translation>{what}（同比）</translation>
        </message>
    </context>
    <context>
        <name>ResolveCaseDialog</name>
        <message>
            <source>Resolve the case</source>
            <translation>處理完畢</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>處理結果</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>滿意度（1–5）</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>解決日期</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Resolve {number}</source>
            <translation>處理 {number} 的差異</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>處理方式</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>說明</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review {number}</source>
            <translation>審核 {number}</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>檢查項</translation>
        </message>
        <message>
            <source>Approved on paper by</source>
            <translation>紙質審批簽字人</translation>
        </message>
        <message>
            <source>Paper approval date</source>
            <translation>紙質審批日期</translation>
        </message>
        <message>
            <source>Scan…</source>
            <translation>掃描件…</translation>
        </message>
        <message>
            <source>Scan of the paper</source>
            <translation>紙質審批掃描件</translation>
        </message>
        <message>
            <source>Notes / reason</source>
            <translation>意見 / 原因</translation>
        </message>
        <message>
            <source>Scan of the paper approval</source>
            <translation>紙質審批掃描件</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif)</source>
            <translation>掃描件 (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
    </context>
    <context>
        <name>ScanPicker</name>
        <message>
            <source>Scan…</source>
            <translation>掃描件…</translation>
        </message>
        <message>
            <source>Scan of the signed paper</source>
            <translation>簽字紙質單據的掃描件</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>掃描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>搜尋 (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Off (only inside a trusted network)</source>
            <translation>關閉（僅限可信的內部網絡）</translation>
        </message>
        <message>
            <source>When the server offers it</source>
            <translation>伺服器支持時加密</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必須加密</translation>
        </message>
        <message>
            <source>Required, certificate and host name checked</source>
            <translation>必須加密，並校驗證書和主機名</translation>
        </message>
        <message>
            <source>Connecting to {host}…</source>
            <translation>正在連接 {host}…</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>測試連接</translation>
        </message>
        <message>
            <source>Connected. The server is ready for sync (sync version {protocol}).
{version}</source>
            <translation>連接成功，伺服器已可用於同步（同步版本 {protocol}）。
{version}</translation>
        </message>
        <message>
            <source>Offices share their work through one PostgreSQL or MariaDB server. Without a server everything stays in this database. Leave the host empty to turn sync off.</source>
            <translation>各分支機構通過一臺 PostgreSQL 或 MariaDB 伺服器共享工作。沒有伺服器時，所有數據只保存在本資料庫中。主機留空即關閉同步。</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>伺服器</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主機</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>埠</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>加密（TLS）</translation>
        </message>
        <message>
            <source>Sync every</source>
            <translation>同步間隔</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain; leave empty to keep the saved one.</source>
            <translation>保存在本機的系統鑰匙串中；留空則保留已保存的密碼。</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain, never in a file.</source>
            <translation>保存在本機的系統鑰匙串中，絕不寫入文件。</translation>
        </message>
        <message>
            <source>for example hq.example.com</source>
            <translation>例如 hq.example.com</translation>
        </message>
        <message>
            <source>Only an administrator can change the server settings.</source>
            <translation>只有管理員可以修改伺服器設定。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常規</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>伺服器</translation>
        </message>
        <message>
            <source>Company (printed on every form)</source>
            <translation>公司資訊（列印在每份單據上）</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>本機設定</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名稱</translation>
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
            <source>Daily backups to keep</source>
            <translation>保留的每日備份數</translation>
        </message>
        <message>
            <source>Font size (points)</source>
            <translation>字號（磅）</translation>
        </message>
        <message>
            <source>Encrypt the backups made on this computer with a password</source>
            <translation>用密碼加密本機生成的備份</translation>
        </message>
        <message>
            <source>Backup password</source>
            <translation>備份密碼</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>再次輸入密碼</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain; leave empty to keep the current one. Without it an encrypted backup cannot be restored: write it down somewhere safe.</source>
            <translation>保存在本機的系統鑰匙串中；留空則保持當前密碼。沒有密碼將無法還原加密備份，請妥善記錄。</translation>
        </message>
        <message>
            <source>Only an administrator can change the company settings.</source>
            <translation>只有管理員可以修改公司設定。</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up Neiqin</source>
            <extracomment>field of a ValidationError from setup_company → our field</extracomment>
            <translation>設定內勤</translation>
        </message>
        <message>
            <source>Welcome. Enter your company's letterhead and the first administrator. Fields marked * are required; everything else can be changed later in Settings.</source>
            <translation>歡迎使用。請填寫公司抬頭資訊和第一位管理員。帶 * 的為必填項；其餘內容以後可以在「設定」中修改。</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理員</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名稱</translation>
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
            <source>Branch code</source>
            <translation>分支機構代碼</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>分支機構名稱</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>使用者名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>再次輸入密碼</translation>
        </message>
        <message>
            <source>e.g. BJ01 — part of every document number</source>
            <translation>例如 BJ01，會出現在每個單據編號中</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>創建</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <translation>請輸入公司名稱。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off: {name}</source>
            <translation>籤閱：{name}</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>傳閱人</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>閱辦意見</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad: sign here</source>
            <translation>籤名板：請在此籤名</translation>
        </message>
        <message>
            <source>Sign here with the mouse, a pen or a finger</source>
            <translation>請用滑鼠、手寫筆或手指在此籤名</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>請在此籤名</translation>
        </message>
    </context>
    <context>
        <name>StandardsDialog</name>
        <message>
            <source>Reimbursement standards</source>
            <translation>報銷標準</translation>
        </message>
        <message>
            <source>Empty means no limit. First review refuses lines over these amounts.</source>
            <translation>留空表示不限。初審時超過標準的明細不能通過。</translation>
        </message>
        <message>
            <source>{category}: per day</source>
            <translation>{category}：每天</translation>
        </message>
        <message>
            <source>{category}: per receipt</source>
            <translation>{category}：每張票據</translation>
        </message>
    </context>
    <context>
        <name>StartCheckDialog</name>
        <message>
            <source>New check session</source>
            <translation>新建清查</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Check of the register</source>
            <translation>檔案清查核對</translation>
        </message>
        <message>
            <source>Every room</source>
            <translation>全部庫房</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>庫房</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>The chair signed the minutes on paper</source>
            <translation>主持人已在紙面紀要上簽字</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>簽字日期</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>分發對象</translation>
        </message>
        <message>
            <source>Also to (comma separated)</source>
            <translation>另送（用逗號分隔）</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>分發方式</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意見</translation>
        </message>
        <message>
            <source>{claimant} ({department}), {count} lines, total {total}</source>
            <translation>{claimant}（{department}），共 {count} 行，合計 {total}</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>審核提示</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>支付日期</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Approved on paper by</source>
            <translation>紙質審批簽字人</translation>
        </message>
        <message>
            <source>Paper approval date</source>
            <translation>紙質審批日期</translation>
        </message>
        <message>
            <source>Scan of the signed paper</source>
            <translation>簽字紙質單據的掃描件</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>費用類別</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途／事由</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Reason for this line</source>
            <translation>本行退回原因</translation>
        </message>
    </context>
    <context>
        <name>SuppliesTab</name>
        <message>
            <source>No office supplies in the catalogue yet.</source>
            <translation>目錄中還沒有辦公用品。</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>新建物品</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>編輯物品</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>領用發放…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>退庫…</translation>
        </message>
        <message>
            <source>Issue slips</source>
            <translation>領用單</translation>
        </message>
        <message>
            <source>Purchase plans</source>
            <translation>採購計劃</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>盤點</translation>
        </message>
        <message>
            <source>Report loss or damage…</source>
            <translation>上報損壞/遺失…</translation>
        </message>
        <message>
            <source>Loss reports</source>
            <translation>損壞/遺失報告</translation>
        </message>
        <message>
            <source>Usage ledger</source>
            <translation>領用台帳</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Import catalogue…</source>
            <translation>匯入目錄…</translation>
        </message>
        <message>
            <source>Below minimum only</source>
            <translation>只看低於最低庫存</translation>
        </message>
        <message>
            <source>Item and movements</source>
            <translation>物品與出入庫</translation>
        </message>
        <message>
            <source>Issue slip</source>
            <translation>領用單</translation>
        </message>
        <message>
            <source>Imported {count} items.</source>
            <translation>已匯入 {count} 種物品。</translation>
        </message>
        <message>
            <source>Import catalogue</source>
            <translation>匯入目錄</translation>
        </message>
    </context>
    <context>
        <name>SyncCheckDialog</name>
        <message>
            <source>Table</source>
            <translation>數據表</translation>
        </message>
        <message>
            <source>Rows here</source>
            <translation>本機行數</translation>
        </message>
        <message>
            <source>Rows on the server</source>
            <translation>伺服器行數</translation>
        </message>
        <message>
            <source>Checksum here</source>
            <translation>本機校驗和</translation>
        </message>
        <message>
            <source>Checksum on the server</source>
            <translation>伺服器校驗和</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Same</source>
            <extracomment>hexadecimal digits of a checksum shown (enough to compare by eye or over the phone)</extracomment>
            <translation>一致</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>不一致</translation>
        </message>
        <message>
            <source>Syncing, then comparing every table with the server…</source>
            <translation>正在同步，然後逐表與伺服器核對……</translation>
        </message>
        <message>
            <source>The comparison could not be made: {reason}</source>
            <translation>無法核對：{reason}</translation>
        </message>
        <message>
            <source>All {count} tables are the same here and on the server ({rows} rows).</source>
            <translation>全部 {count} 張數據表本機與伺服器一致（共 {rows} 行）。</translation>
        </message>
        <message>
            <source>{count} table(s) differ from the server. Compare again when no one is working in any office; if a table still differs, tell your administrator (the figures below help them).</source>
            <translation>有 {count} 張數據表與伺服器不一致。請在各辦公室都無人操作時再核對一次；如仍不一致，請告知管理員（下表數字可供排查）。</translation>
        </message>
        <message>
            <source>{count} change(s) were made here while comparing.</source>
            <translation>核對期間本機又有 {count} 條更改。</translation>
        </message>
        <message>
            <source>Compare with the server</source>
            <translation>與伺服器核對</translation>
        </message>
        <message>
            <source>Compare again</source>
            <translation>再次核對</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>KPI targets</source>
            <translation>考核指標目標值</translation>
        </message>
        <message>
            <source>Targets apply to every clerk; a result is met when it reaches the target.</source>
            <translation>目標值適用於所有內勤；實際值達到目標值即為達標。</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>approved on paper by {by} on {on}</source>
            <translation>{by} 於 {on} 紙質審批通過</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步驟</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Comment and details</source>
            <translation>備註及詳情</translation>
        </message>
        <message>
            <source>signed on paper by {by} on {on}</source>
            <translation>{by} 於 {on} 紙面簽字</translation>
        </message>
        <message>
            <source>{count} recipients by {channel}</source>
            <translation>通過{channel}分發給 {count} 人</translation>
        </message>
        <message>
            <source>checklist complete</source>
            <translation>初審清單已全部確認</translation>
        </message>
        <message>
            <source>over budget: {what}</source>
            <translation>超預算：{what}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>第 {line} 行：{reason}</translation>
        </message>
    </context>
    <context>
        <name>TrackingView</name>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>發生情況</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進度</translation>
        </message>
        <message>
            <source>Solution</source>
            <translation>解決方案</translation>
        </message>
        <message>
            <source>Exception: {category}</source>
            <translation>異常：{category}</translation>
        </message>
        <message>
            <source> (resolved)</source>
            <translation>（已處理）</translation>
        </message>
    </context>
    <context>
        <name>TransactionsView</name>
        <message>
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>{count} orders, total {total}, last order {last}</source>
            <translation>{count} 個訂單，合計 {total}，最近訂單 {last}</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>使用者管理</translation>
        </message>
        <message>
            <source>New user…</source>
            <translation>新建使用者…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密碼…</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>使用者名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已鎖定</translation>
        </message>
        <message>
            <source>active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密碼</translation>
        </message>
        <message>
            <source>New password for {name}:</source>
            <translation>{name} 的新密碼：</translation>
        </message>
    </context>
    <context>
        <name>archive</name>
        <message>
            <source>Lending slip</source>
            <translation>借閱單</translation>
        </message>
        <message>
            <source>Overdue reminder notice</source>
            <translation>逾期催還通知</translation>
        </message>
        <message>
            <source>Circulation slip</source>
            <translation>傳閱單</translation>
        </message>
        <message>
            <source>Destruction record</source>
            <translation>銷毀記錄</translation>
        </message>
        <message>
            <source>Archive register</source>
            <translation>檔案登記</translation>
        </message>
        <message>
            <source>Contracts ledger</source>
            <translation>合約台帳</translation>
        </message>
        <message>
            <source>Document register</source>
            <translation>收發文登記</translation>
        </message>
        <message>
            <source>Lendings</source>
            <translation>檔案借閱</translation>
        </message>
        <message>
            <source>Reminder sent</source>
            <translation>已催還</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待審批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>未批准</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已歸還</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>審批通過</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>出借</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>續借</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>催還</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>歸還</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>提出申請</translation>
        </message>
        <message>
            <source>Not possible while the lending is {state}.</source>
            <translation>借閱狀態為「{state}」，不能進行此操作。</translation>
        </message>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>您沒有執行此操作的權限。</translation>
        </message>
        <message>
            <source>This item's confidentiality level needs a higher role to approve.</source>
            <translation>該檔案密級較高，須由更高職級的人員審批。</translation>
        </message>
        <message>
            <source>The lending is not overdue.</source>
            <translation>借閱未逾期。</translation>
        </message>
        <message>
            <source>The reminder due now was sent already.</source>
            <translation>本次應發的催還通知已發出。</translation>
        </message>
        <message>
            <source>Renewed as often as allowed.</source>
            <translation>續借次數已達上限。</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>檔號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>載體形式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>庫房</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>櫃號</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架號</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>盒號</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>保管至</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密級</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Contract number</source>
            <translation>合同編號</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>籤訂日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Term from</source>
            <translation>履行期限自</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>登記號</translation>
        </message>
        <message>
            <source>Received / sent</source>
            <translation>收/發</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>文號</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>發文單位</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>收文單位</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>緩急</translation>
        </message>
        <message>
            <source>Lending number</source>
            <translation>借閱單號</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借閱人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>借閱方式</translation>
        </message>
        <message>
            <source>Requested on</source>
            <translation>申請日期</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>歸還日期</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>催還次數</translation>
        </message>
        <message>
            <source>Check number</source>
            <translation>清查編號</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>開始日期</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>清查結果</translation>
        </message>
        <message>
            <source>Batch number</source>
            <translation>批次號</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>創建日期</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>審批人</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>銷毀日期</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>銷毀方式</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>紙質</translation>
        </message>
        <message>
            <source>Electronic</source>
            <translation>電子</translation>
        </message>
        <message>
            <source>Paper and electronic</source>
            <translation>紙質+電子</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>公開</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>內部</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>秘密</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>機密</translation>
        </message>
        <message>
            <source>a department head</source>
            <extracomment>how high a role ranks when approving (lending, destruction) the least role that may approve lending or destroying an item of each confidentiality level</extracomment>
            <translation>部門負責人</translation>
        </message>
        <message>
            <source>an administrator</source>
            <translation>管理員</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>在庫</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>已銷毀</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>收文</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>發文</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>急</translation>
        </message>
        <message>
            <source>Very urgent</source>
            <translation>特急</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已登記</translation>
        </message>
        <message>
            <source>Circulating</source>
            <translation>傳閱中</translation>
        </message>
        <message>
            <source>Circulated</source>
            <translation>已傳閱</translation>
        </message>
        <message>
            <source>Read in the archive room</source>
            <translation>室內查閱</translation>
        </message>
        <message>
            <source>Take out</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>損壞</translation>
        </message>
        <message>
            <source>Pages missing</source>
            <translation>缺頁</translation>
        </message>
        <message>
            <source>First reminder</source>
            <extracomment>escalating reminders of an overdue lending: (level, days after the due date, to whom)</extracomment>
            <translation>第一次催還</translation>
        </message>
        <message>
            <source>Second reminder</source>
            <translation>第二次催還</translation>
        </message>
        <message>
            <source>Escalated to the department head</source>
            <translation>逾期上報部門負責人</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未清點</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>在架</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>錯位</translation>
        </message>
        <message>
            <source>Put back in its place</source>
            <extracomment>how a discrepancy is resolved, for which result</extracomment>
            <translation>放回原位</translation>
        </message>
        <message>
            <source>Register the place where it was found</source>
            <translation>按實際位置登記</translation>
        </message>
        <message>
            <source>Found after all</source>
            <translation>已找到</translation>
        </message>
        <message>
            <source>Record as missing</source>
            <translation>登記為遺失</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結束</translation>
        </message>
        <message>
            <source>Appraisal</source>
            <translation>鑑定中</translation>
        </message>
        <message>
            <source>Shredding</source>
            <translation>粉碎</translation>
        </message>
        <message>
            <source>Incineration</source>
            <translation>焚燒</translation>
        </message>
        <message>
            <source>Pulping</source>
            <translation>化漿</translation>
        </message>
        <message>
            <source>Secure deletion of electronic copies</source>
            <translation>電子文件徹底刪除</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>Created</source>
            <translation>新建</translation>
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
            <source>Removed</source>
            <translation>徹底刪除</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示數據</translation>
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
            <source>Table</source>
            <translation>數據表</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記錄</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>操作日誌</translation>
        </message>
    </context>
    <context>
        <name>counts</name>
        <message>
            <source>Counting</source>
            <translation>盤點中</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待審批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已審批</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Miscount</source>
            <extracomment>why counted and book differ (差异原因)</extracomment>
            <translation>點數錯誤</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>損壞</translation>
        </message>
        <message>
            <source>Theft or loss</source>
            <translation>被盜或遺失</translation>
        </message>
        <message>
            <source>Unrecorded receipt</source>
            <translation>入庫未記帳</translation>
        </message>
        <message>
            <source>Unrecorded shipment or issue</source>
            <translation>出庫或領用未記帳</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>customers</name>
        <message>
            <source>Enterprise</source>
            <translation>企業</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>個人</translation>
        </message>
        <message>
            <source>Public institution</source>
            <translation>事業單位</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>經銷商</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>客戶編號</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>客戶名稱</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>簡稱</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地區</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行業</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>負責內勤</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>拜訪</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>會議</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Communication log</source>
            <translation>溝通紀要</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>客戶諮詢</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>建議</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>Handed to department</source>
            <translation>已轉交部門</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解決</translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <source>Follow-ups due</source>
            <translation>待回訪</translation>
        </message>
        <message>
            <source>Service cases overdue</source>
            <translation>逾期的客戶諮詢 / 投訴</translation>
        </message>
        <message>
            <source>Orders awaiting review</source>
            <extracomment>a progress event this recent counts as "expected progress"</extracomment>
            <translation>待審核訂單</translation>
        </message>
        <message>
            <source>Orders returned for correction</source>
            <translation>退回修改的訂單</translation>
        </message>
        <message>
            <source>Delivery risk</source>
            <translation>交付風險</translation>
        </message>
        <message>
            <source>Open change requests</source>
            <translation>待處理的訂單變更</translation>
        </message>
        <message>
            <source>Office supplies below minimum</source>
            <translation>低於最低庫存的辦公用品</translation>
        </message>
        <message>
            <source>Purchase plans awaiting approval</source>
            <translation>待審批的採購計劃</translation>
        </message>
        <message>
            <source>Supplies issues over standard awaiting approval</source>
            <translation>待審批的超標領用</translation>
        </message>
        <message>
            <source>Loss and damage reports awaiting approval</source>
            <translation>待審批的損壞/遺失報告</translation>
        </message>
        <message>
            <source>Supplies counts awaiting approval</source>
            <translation>待審批的辦公用品盤點</translation>
        </message>
        <message>
            <source>Counts due</source>
            <translation>待盤點</translation>
        </message>
        <message>
            <source>Counts awaiting approval</source>
            <translation>待審批的盤點</translation>
        </message>
        <message>
            <source>Stock below zero: count or record the missing receipt</source>
            <translation>負庫存：請盤點或補錄入庫</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>低庫存</translation>
        </message>
        <message>
            <source>Slow-moving stock to handle</source>
            <translation>待處理的呆滯品</translation>
        </message>
        <message>
            <source>Overdue action items</source>
            <extracomment>action items due within this many days show up before they are late meetings within this many days should have their notice sent</extracomment>
            <translation>逾期的待辦事項</translation>
        </message>
        <message>
            <source>Action items due soon</source>
            <translation>即將到期的待辦事項</translation>
        </message>
        <message>
            <source>Minutes awaiting your review</source>
            <translation>待您審核的會議紀要</translation>
        </message>
        <message>
            <source>Meeting requests to approve</source>
            <translation>待批准的臨時會議申請</translation>
        </message>
        <message>
            <source>Meetings without a notice</source>
            <translation>尚未發出通知的會議</translation>
        </message>
        <message>
            <source>Lending requests to approve</source>
            <translation>待審批的借閱申請</translation>
        </message>
        <message>
            <source>Overdue lendings</source>
            <translation>逾期未還的借閱</translation>
        </message>
        <message>
            <source>Contracts expiring soon</source>
            <translation>即將到期的合同</translation>
        </message>
        <message>
            <source>Documents still circulating</source>
            <translation>尚在傳閱的文件</translation>
        </message>
        <message>
            <source>Expense claims waiting for you</source>
            <extracomment>how long a change of the user's own claim stays on the dashboard</extracomment>
            <translation>待您處理的報銷單</translation>
        </message>
        <message>
            <source>Your expense claims that changed</source>
            <translation>您的報銷單有新進展</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <extracomment>the permission to resolve conflicts resolutions made here and not yet marked on the server</extracomment>
            <translation>同步衝突</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>No such user: {name}. Set the database up first.</source>
            <translation>沒有使用者 {name}。請先設定資料庫。</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <extracomment>the command line's `--filter key=value` names
----------
None: the permission of the step the claim is waiting for (a return)</extracomment>
            <translation>「{value}」不是有效日期（格式 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
        <message>
            <source>No printed form called {name}. See `neiqin print --list`.</source>
            <translation>沒有名為 {name} 的列印單據。請查看 `neiqin print --list`。</translation>
        </message>
        <message>
            <source>Give the record number and --out FILE.pdf.</source>
            <translation>請給出記錄編號和 --out 文件.pdf。</translation>
        </message>
        <message>
            <source>No list called {name}.</source>
            <translation>沒有名為 {name} 的列表。</translation>
        </message>
        <message>
            <source>Give --out FILE.xlsx.</source>
            <translation>請給出 --out 文件.xlsx。</translation>
        </message>
        <message>
            <source>No importable list called {name}.</source>
            <translation>沒有名為 {name} 的可匯入列表。</translation>
        </message>
        <message>
            <source>Give the anchor as SEQ:HASH, as printed by an earlier verify.</source>
            <translation>請按 SEQ:HASH 格式給出錨點（即之前校驗時列印的鏈頭）。</translation>
        </message>
        <message>
            <source>File problem: {reason}</source>
            <translation>文件出錯：{reason}</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>資料夾 {path} 不存在。</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translation>無法打開 {path}：{reason}</translation>
        </message>
        <message>
            <source>{path} exists already: choose a new file for the demo.</source>
            <extracomment>username: (display name, role, department)</extracomment>
            <translation>{path} 已存在：請為演示資料庫選擇一個新文件。</translation>
        </message>
        <message>
            <source>The number of orders cannot be negative.</source>
            <translation>訂單數量不能為負數。</translation>
        </message>
        <message>
            <source>Give the file a name.</source>
            <translation>請為文件命名。</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The attachment {name} could not be saved: {reason}</source>
            <translation>附件 {name} 無法保存：{reason}</translation>
        </message>
        <message>
            <source>The attached file {sha256} is missing from {folder}.</source>
            <translation>附件文件 {sha256} 在 {folder} 中缺失。</translation>
        </message>
        <message>
            <source>Choose the record to attach the file to.</source>
            <translation>請選擇要添加附件的記錄。</translation>
        </message>
        <message>
            <source>No such attachment.</source>
            <translation>沒有這個附件。</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB; attach a smaller file.</source>
            <translation>{name} 超過 {limit} MB，請添加較小的文件。</translation>
        </message>
        <message>
            <source>“{value}” is not a file hash.</source>
            <translation>「{value}」不是文件哈希值。</translation>
        </message>
        <message>
            <source>A password has at least {n} characters.</source>
            <translation>密碼至少需要 {n} 個字符。</translation>
        </message>
        <message>
            <source>A user name is 1–64 characters without spaces.</source>
            <translation>使用者名為 1–64 個字符，不能含空格。</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <extracomment>daily backups kept, at least and at most</extracomment>
            <translation>請輸入公司名稱。</translation>
        </message>
        <message>
            <source>This database is already set up.</source>
            <translation>此資料庫已經設定過了。</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>使用者名或密碼錯誤。</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>此帳號已停用。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked for {minutes} more minute(s).</source>
            <translation>密碼錯誤次數過多，帳號已鎖定，請 {minutes} 分鐘後再試。</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>未知角色 {role}。</translation>
        </message>
        <message>
            <source>The user name {name} is taken.</source>
            <translation>使用者名 {name} 已被佔用。</translation>
        </message>
        <message>
            <source>No such user.</source>
            <extracomment>the permission to hand a clerk's work to another</extracomment>
            <translation>沒有這個使用者。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>當前密碼不正確。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} 是資料夾，不是文件。</translation>
        </message>
        <message>
            <source>The backup copy failed its integrity check ({reason}); it was not kept.</source>
            <translation>備份副本未通過完整性檢查（{reason}），已丟棄。</translation>
        </message>
        <message>
            <source>Not enough disk space in {folder} for the backup ({size} MB needed). Nothing was written.</source>
            <translation>{folder} 所在磁碟空間不足，無法備份（需要 {size} MB）。未寫入任何文件。</translation>
        </message>
        <message>
            <source>Cannot write the backup to {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
            <translation>無法將備份寫入 {folder}：該資料夾只讀或沒有寫入權限。未寫入任何文件。</translation>
        </message>
        <message>
            <source>Writing the backup to {folder} failed: the disk is full or a file size limit was reached. Nothing was written.</source>
            <translation>寫入備份到 {folder} 失敗：磁碟已滿或達到文件大小限制。未寫入任何文件。</translation>
        </message>
        <message>
            <source>The backup to {folder} failed: {reason}. Nothing was written.</source>
            <translation>備份到 {folder} 失敗：{reason}。未寫入任何文件。</translation>
        </message>
        <message>
            <source>Keep at least one backup.</source>
            <translation>至少保留一份備份。</translation>
        </message>
        <message>
            <source>The keychain that holds the backup password cannot be used: {reason}</source>
            <extracomment>the password of this computer's backups, kept in the OS keychain; backups are encrypted when set</extracomment>
            <translation>無法使用保存備份密碼的系統鑰匙串：{reason}</translation>
        </message>
        <message>
            <source>The backup file {path} does not exist.</source>
            <translation>備份文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>無法讀取 {path}：{reason}</translation>
        </message>
        <message>
            <source>{path} is not a Neiqin backup (not a SQLite file).</source>
            <translation>{path} 不是內勤的備份（不是 SQLite 文件）。</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Neiqin (schema {revision}). Install that version to restore it; nothing was changed.</source>
            <translation>{path} 由更新版本的內勤生成（數據結構 {revision}）。請安裝該版本後再還原；未做任何更改。</translation>
        </message>
        <message>
            <source>{path} is damaged: {reason}</source>
            <translation>{path} 已損壞：{reason}</translation>
        </message>
        <message>
            <source>{path} is a SQLite file but not a Neiqin database.</source>
            <translation>{path} 是 SQLite 文件，但不是內勤資料庫。</translation>
        </message>
        <message>
            <source>The backup and the database are the same file: {path}.</source>
            <translation>備份與資料庫是同一個文件：{path}。</translation>
        </message>
        <message>
            <source>Restoring failed: {reason}. The database was not changed.</source>
            <translation>還原失敗：{reason}。資料庫未做更改。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} 是資料夾，不是資料庫文件。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>無法讀取 {path}：{reason}</translation>
        </message>
        <message>
            <source>{path} is not a Neiqin database (not a SQLite file).</source>
            <translation>{path} 不是內勤資料庫（不是 SQLite 文件）。</translation>
        </message>
        <message>
            <source>{path} cannot be opened as a database: {reason}</source>
            <translation>{path} 無法作為資料庫打開：{reason}</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Neiqin (schema {revision}). Install the newer version to open it; nothing was changed.</source>
            <translation>{path} 由更新版本的內勤創建（數據結構 {revision}）。請安裝新版本後再打開；文件未被改動。</translation>
        </message>
        <message>
            <source>{count} problem(s) found: {first}</source>
            <translation>發現 {count} 個問題：{first}</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您沒有執行此操作的權限（{permission}）。</translation>
        </message>
        <message>
            <source>Cannot write to {where}: it is read-only or you may not write there. Nothing was saved.</source>
            <translation>無法寫入 {where}：該位置只讀或您沒有寫入權限。未保存任何內容。</translation>
        </message>
        <message>
            <source>Writing to {where} failed: the disk is full or a size limit was reached. Nothing was saved; free some space and try again.</source>
            <translation>寫入 {where} 失敗：磁碟已滿或達到文件大小上限。未保存任何內容；請釋放空間後重試。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: a value is required.</source>
            <extracomment>for kind "choice": value → text written on export (accepted on import, like the value)</extracomment>
            <translation>第 {row} 行，{column}：必須填寫。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the text is too long ({length} characters, at most {limit}).</source>
            <translation>第 {row} 行，{column}：文字太長（{length} 個字符，最多 {limit} 個）。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a whole number.</source>
            <translation>第 {row} 行，{column}：「{value}」不是整數。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a number.</source>
            <translation>第 {row} 行，{column}：「{value}」不是數字。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {reason}</source>
            <translation>第 {row} 行，{column}：{reason}</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a date (YYYY-MM-DD).</source>
            <translation>第 {row} 行，{column}：「{value}」不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not yes or no (是/否).</source>
            <translation>第 {row} 行，{column}：「{value}」不是「是/否」。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not one of {choices}.</source>
            <translation>第 {row} 行，{column}：「{value}」不是 {choices} 之一。</translation>
        </message>
        <message>
            <source>The file is too large ({size} MB; at most {limit} MB).</source>
            <translation>文件太大（{size} MB，最多 {limit} MB）。</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx). Save it as .xlsx and try again.</source>
            <translation>{name} 不是 Excel 工作簿（.xlsx）。請另存為 .xlsx 後重試。</translation>
        </message>
        <message>
            <source>The file is too large when unpacked.</source>
            <translation>文件解壓後太大。</translation>
        </message>
        <message>
            <source>{name} cannot be read as an Excel workbook: {reason}</source>
            <translation>無法作為 Excel 工作簿讀取 {name}：{reason}</translation>
        </message>
        <message>
            <source>The column {column} appears twice (“{first}” and “{second}”).</source>
            <translation>列 {column} 出現了兩次（「{first}」和「{second}」）。</translation>
        </message>
        <message>
            <source>Required columns are missing: {columns}. Use the template.</source>
            <translation>缺少必填列：{columns}。請使用匯入模板。</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>工作簿中沒有工作表。</translation>
        </message>
        <message>
            <source>The sheet is empty: the first row must hold the column names.</source>
            <translation>工作表是空的：第一行必須是列名。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: formulas are not accepted; enter the value itself.</source>
            <translation>第 {row} 行，{column}：不接受公式，請直接填寫數值。</translation>
        </message>
        <message>
            <source>The sheet has more than {limit} rows; split the file.</source>
            <translation>工作表超過 {limit} 行，請拆分文件。</translation>
        </message>
        <message>
            <source>The sheet has column names but no rows.</source>
            <translation>工作表只有列名，沒有數據行。</translation>
        </message>
        <message>
            <source>“{value}” is not an amount of money.</source>
            <translation>「{value}」不是有效金額。</translation>
        </message>
        <message>
            <source>An amount has at most two decimals (fen): {value}.</source>
            <translation>金額最多保留兩位小數（到分）：{value}。</translation>
        </message>
        <message>
            <source>The amount {value} is too large.</source>
            <translation>金額 {value} 過大。</translation>
        </message>
        <message>
            <source>A branch code is 2–8 letters or digits starting with a letter, e.g. BJ01.</source>
            <extracomment>the setting holding this computer's desk (absent: desk 0) sequence values per desk, document type and year: desk k draws k·DESK_BLOCK + 1 … k·DESK_BLOCK + 999,999</extracomment>
            <translation>分支機構代碼為 2–8 位字母或數字，以字母開頭，例如 BJ01。</translation>
        </message>
        <message>
            <source>This computer has used up its {prefix} numbers for {year} ({first} to {last}); {wanted} more were needed.</source>
            <translation>本機 {year} 年的 {prefix} 編號已用完（{first} 至 {last}），還需要 {wanted} 個。</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，未做任何更改。</translation>
        </message>
        <message>
            <source>A secret needs a name.</source>
            <translation>密鑰需要一個名稱。</translation>
        </message>
        <message>
            <source>No password store (keychain) is available on this computer, so the password cannot be kept. Install or unlock one (for example GNOME Keyring or KWallet) and try again.</source>
            <translation>這臺電腦上沒有可用的密碼存儲（鑰匙串），無法保存密碼。請安裝或解鎖一個（例如 GNOME Keyring 或 KWallet）後重試。</translation>
        </message>
        <message>
            <source>The password store (keychain) refused the request: {reason}</source>
            <translation>密碼存儲（鑰匙串）拒絕了請求：{reason}</translation>
        </message>
        <message>
            <source>{field} is too long: at most {limit} characters.</source>
            <translation>{field} 太長：最多 {limit} 個字符。</translation>
        </message>
        <message>
            <source>The customer name is required.</source>
            <translation>請填寫客戶名稱。</translation>
        </message>
        <message>
            <source>Unknown customer type: {value}.</source>
            <translation>未知的客戶類型：{value}。</translation>
        </message>
        <message>
            <source>The grade must be one of {choices}.</source>
            <translation>等級必須是 {choices} 之一。</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number.</source>
            <translation>「{value}」不是電話號碼。</translation>
        </message>
        <message>
            <source>The tax id must be 15 to 20 letters or digits (统一社会信用代码).</source>
            <translation>稅號應為 15 到 20 位字母或數字（統一社會信用代碼）。</translation>
        </message>
        <message>
            <source>The contact's name is required.</source>
            <translation>請填寫聯絡人姓名。</translation>
        </message>
        <message>
            <source>“{value}” is not an email address.</source>
            <translation>「{value}」不是電子郵件地址。</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same name.</source>
            <translation>客戶可能已存在：{name}（{code}）名稱相同。</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same phone.</source>
            <translation>客戶可能已存在：{name}（{code}）電話相同。</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same tax id.</source>
            <translation>客戶可能已存在：{name}（{code}）稅號相同。</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>該客戶已不存在。</translation>
        </message>
        <message>
            <source>No archive item numbered {number}.</source>
            <translation>沒有檔號為 {number} 的檔案。</translation>
        </message>
        <message>
            <source>The retention period is 1 to 100 years, or permanent.</source>
            <translation>保管期限為 1 至 100 年，或永久。</translation>
        </message>
        <message>
            <source>The number of pages cannot be negative.</source>
            <translation>頁數不能為負數。</translation>
        </message>
        <message>
            <source>The archive number {number} is in use already.</source>
            <translation>檔號 {number} 已被使用。</translation>
        </message>
        <message>
            <source>No such contract.</source>
            <translation>沒有這份合同。</translation>
        </message>
        <message>
            <source>{number} was destroyed: its record can no longer be changed.</source>
            <translation>{number} 已銷毀，其記錄不能再修改。</translation>
        </message>
        <message>
            <source>Someone else changed this record in the meantime. Reload it and edit again.</source>
            <translation>此記錄已被他人修改，請重新打開後再編輯。</translation>
        </message>
        <message>
            <source>The contract cannot end before it starts.</source>
            <translation>合同到期日不能早於開始日期。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金額不能為負數。</translation>
        </message>
        <message>
            <source>The contract number {number} is in use already.</source>
            <translation>合同編號 {number} 已被使用。</translation>
        </message>
        <message>
            <source>Someone else changed this customer in the meantime. Reload it and edit again.</source>
            <translation>其他人剛剛修改了這個客戶。請重新打開後再修改。</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>該聯絡人已不存在。</translation>
        </message>
        <message>
            <source>“{value}” is not a retention period (years, or 永久).</source>
            <translation>「{value}」不是有效的保管期限（年數或「永久」）。</translation>
        </message>
        <message>
            <source>No customer with code {code}.</source>
            <translation>沒有編號為 {code} 的客戶。</translation>
        </message>
        <message>
            <source>No customer named {name}.</source>
            <translation>沒有名為 {name} 的客戶。</translation>
        </message>
        <message>
            <source>A paper item needs its place: at least the room.</source>
            <translation>紙質檔案須登記存放位置，至少填寫庫房。</translation>
        </message>
        <message>
            <source>Import items on loan as in store and record the lending.</source>
            <translation>借出中的檔案請按「在庫」匯入，再登記借閱。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same number as row {other}.</source>
            <translation>第 {row} 行，{column}：與第 {other} 行編號相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the number {number} is in use already.</source>
            <translation>第 {row} 行，{column}：編號 {number} 已被使用。</translation>
        </message>
        <message>
            <source>“{value}” is not an amount.</source>
            <translation>「{value}」不是金額。</translation>
        </message>
        <message>
            <source>{field}: enter a positive amount with at most 2 decimals.</source>
            <translation>{field}：請輸入正數金額，最多兩位小數。</translation>
        </message>
        <message>
            <source>Give the reason for the change of rating.</source>
            <translation>請填寫調整信用等級的原因。</translation>
        </message>
        <message>
            <source>The credit rating must be one of {choices}.</source>
            <translation>信用等級必須是 {choices} 之一。</translation>
        </message>
        <message>
            <source>The rating and limit are unchanged.</source>
            <translation>信用等級和信用額度都沒有變化。</translation>
        </message>
        <message>
            <source>The paid amount cannot exceed the amount due.</source>
            <translation>已付金額不能超過應付金額。</translation>
        </message>
        <message>
            <source>Give the date of the payment.</source>
            <translation>請填寫付款日期。</translation>
        </message>
        <message>
            <source>The payment record no longer exists.</source>
            <translation>該付款記錄已不存在。</translation>
        </message>
        <message>
            <source>Choose two different clerks.</source>
            <translation>請選擇兩個不同的內勤。</translation>
        </message>
        <message>
            <source>{name} is not an active user.</source>
            <translation>{name} 不是在用的使用者。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same customer as row {other}.</source>
            <translation>第 {row} 行，{column}：與第 {other} 行是同一客戶。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same tax id as row {other}.</source>
            <translation>第 {row} 行，{column}：稅號與第 {other} 行相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the customer exists already: {name} ({code}).</source>
            <translation>第 {row} 行，{column}：客戶已存在：{name}（{code}）。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: no customer called “{name}”.</source>
            <translation>第 {row} 行，{column}：沒有名為「{name}」的客戶。</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>請填寫{field}。</translation>
        </message>
        <message>
            <source>Unknown channel: {value}.</source>
            <translation>未知的溝通方式：{value}。</translation>
        </message>
        <message>
            <source>Unknown entry kind: {value}.</source>
            <translation>未知的記錄類別：{value}。</translation>
        </message>
        <message>
            <source>The date of a conversation cannot be in the future.</source>
            <translation>溝通日期不能晚於今天。</translation>
        </message>
        <message>
            <source>The next follow-up must be after the conversation.</source>
            <translation>下次回訪日期必須在溝通日期之後。</translation>
        </message>
        <message>
            <source>The entry no longer exists.</source>
            <translation>該記錄已不存在。</translation>
        </message>
        <message>
            <source>This entry has no follow-up.</source>
            <translation>該記錄沒有回訪。</translation>
        </message>
        <message>
            <source>The service case no longer exists.</source>
            <translation>該客戶諮詢 / 投訴已不存在。</translation>
        </message>
        <message>
            <source>Unknown case kind: {value}.</source>
            <translation>未知的類別：{value}。</translation>
        </message>
        <message>
            <source>The promised date cannot be before the case was received.</source>
            <translation>承諾處理日期不能早於受理日期。</translation>
        </message>
        <message>
            <source>The case is resolved already.</source>
            <translation>此事項已經解決。</translation>
        </message>
        <message>
            <source>Satisfaction is a score from 1 to 5.</source>
            <translation>滿意度為 1 到 5 分。</translation>
        </message>
        <message>
            <source>A case cannot be resolved before it was received.</source>
            <translation>解決日期不能早於受理日期。</translation>
        </message>
        <message>
            <source>No such change request.</source>
            <translation>沒有這個訂單變更。</translation>
        </message>
        <message>
            <source>Order {number} is {state}: changes are requested on confirmed orders that are not shipped yet.</source>
            <translation>訂單 {number} 的狀態為「{state}」：只有已確認且尚未發貨的訂單才能申請變更。</translation>
        </message>
        <message>
            <source>Order {number} has an open change request already.</source>
            <translation>訂單 {number} 已有一個未處理的變更申請。</translation>
        </message>
        <message>
            <source>Describe what the customer asks to change.</source>
            <translation>請寫明客戶要求變更的內容。</translation>
        </message>
        <message>
            <source>The request changes nothing.</source>
            <translation>這個申請沒有變更任何內容。</translation>
        </message>
        <message>
            <source>Change request {number} is {state}.</source>
            <translation>訂單變更 {number} 的狀態為「{state}」。</translation>
        </message>
        <message>
            <source>Write the result of the check.</source>
            <translation>請填寫初審結果。</translation>
        </message>
        <message>
            <source>Choose the department.</source>
            <translation>請選擇部門。</translation>
        </message>
        <message>
            <source>Write the impact on the department.</source>
            <translation>請寫明對本部門的影響。</translation>
        </message>
        <message>
            <source>Change request {number} must be checked by the clerk first.</source>
            <translation>訂單變更 {number} 須先由內勤初審。</translation>
        </message>
        <message>
            <source>Order {number} changed since the request was made.</source>
            <translation>提出申請後訂單 {number} 已有改動。</translation>
        </message>
        <message>
            <source>No such order.</source>
            <translation>沒有這個訂單。</translation>
        </message>
        <message>
            <source>No order numbered {number}.</source>
            <translation>沒有編號為 {number} 的訂單。</translation>
        </message>
        <message>
            <source>The branch code is not set up.</source>
            <translation>尚未設定分支機構代碼。</translation>
        </message>
        <message>
            <source>Order {number} is {state} and can no longer be edited; make a change request instead.</source>
            <translation>訂單 {number} 的狀態為「{state}」，不能再修改；請提交訂單變更。</translation>
        </message>
        <message>
            <source>Someone else changed this order in the meantime. Reload it and edit again.</source>
            <translation>此訂單已被他人修改。請重新打開後再編輯。</translation>
        </message>
        <message>
            <source>Files can only be attached to a database file.</source>
            <translation>只有資料庫文件才能添加附件。</translation>
        </message>
        <message>
            <source>Choose how the customer confirmed: {choices}.</source>
            <extracomment>states in which the order's content may still be edited by the clerk states of an order that is not finished (open orders count against credit) states after confirmation in which a change request may be made a comment is required (a reason for rejecting, the notes of a return)</extracomment>
            <translation>請選擇客戶確認的方式：{choices}。</translation>
        </message>
        <message>
            <source>Dispatch to at least one department (production, purchasing, logistics) with the note it receives.</source>
            <translation>請至少下達到一個部門（生產、採購、物流），並寫明該部門收到的說明。</translation>
        </message>
        <message>
            <source>A paper approval needs the name of who signed it.</source>
            <translation>紙質審批需要填寫簽字人。</translation>
        </message>
        <message>
            <source>The scan of the paper approval is not a stored attachment.</source>
            <translation>紙質審批的掃描件不是已保存的附件。</translation>
        </message>
        <message>
            <source>Unknown detail for this step: {names}.</source>
            <translation>此步驟沒有這項內容：{names}。</translation>
        </message>
        <message>
            <source>“{label}” is required for this step.</source>
            <translation>此步驟必須填寫「{label}」。</translation>
        </message>
        <message>
            <source>Unknown order action {action}.</source>
            <translation>未知的訂單操作 {action}。</translation>
        </message>
        <message>
            <source>Order {number} is {state}: “{action}” is not possible now.</source>
            <translation>訂單 {number} 的狀態為「{state}」：現在不能「{action}」。</translation>
        </message>
        <message>
            <source>Order {number} has no approved change waiting for the customer.</source>
            <translation>訂單 {number} 沒有等待客戶確認的已批准變更。</translation>
        </message>
        <message>
            <source>Choose receipt, scrap or customer return.</source>
            <translation>請選擇入庫、報廢或客戶退貨。</translation>
        </message>
        <message>
            <source>The reference or note is too long.</source>
            <translation>單據號或備註過長。</translation>
        </message>
        <message>
            <source>Enter the number of the order the goods came from.</source>
            <translation>請輸入退貨所屬的訂單編號。</translation>
        </message>
        <message>
            <source>Order {number} shipped none of this product.</source>
            <translation>訂單 {number} 沒有發出過此產品。</translation>
        </message>
        <message>
            <source>Only {open} of this product can still come back from order {number}.</source>
            <translation>訂單 {number} 的此產品最多還能退回 {open}。</translation>
        </message>
        <message>
            <source>No such lending.</source>
            <translation>沒有這筆借閱。</translation>
        </message>
        <message>
            <source>No lending numbered {number}.</source>
            <translation>沒有編號為 {number} 的借閱單。</translation>
        </message>
        <message>
            <source>{number} is {level}: lending it needs the approval of {role}.</source>
            <translation>{number} 密級為「{level}」，借閱須經{role}批准。</translation>
        </message>
        <message>
            <source>Only the head of {department} (or an administrator) approves this lending.</source>
            <translation>此借閱須由{department}負責人（或管理員）審批。</translation>
        </message>
        <message>
            <source>{number} was destroyed and cannot be lent.</source>
            <translation>{number} 已銷毀，不能借閱。</translation>
        </message>
        <message>
            <source>{number} is recorded as missing and cannot be lent.</source>
            <translation>{number} 已登記為遺失，不能借閱。</translation>
        </message>
        <message>
            <source>{number} is on loan already ({lending}, due {due}).</source>
            <translation>{number} 已借出（{lending}，應於 {due} 歸還）。</translation>
        </message>
        <message>
            <source>{number} has an open lending request already ({lending}).</source>
            <translation>{number} 已有未完成的借閱申請（{lending}）。</translation>
        </message>
        <message>
            <source>Answer whether copying is allowed.</source>
            <translation>請明確是否允許複印。</translation>
        </message>
        <message>
            <source>Answer whether photographing is allowed.</source>
            <translation>請明確是否允許拍照。</translation>
        </message>
        <message>
            <source>The due date {date} is before today.</source>
            <translation>歸還日期 {date} 早於今天。</translation>
        </message>
        <message>
            <source>Lending {number} is {state}: “{action}” is not possible now.</source>
            <translation>借閱 {number} 的狀態為「{state}」，現在不能「{action}」。</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>請填寫原因。</translation>
        </message>
        <message>
            <source>The borrower signs: on the signature pad or on the printed lending slip.</source>
            <translation>請借閱人簽字：在簽字板上或在列印的借閱單上。</translation>
        </message>
        <message>
            <source>{number} is not in store ({state}) and cannot be issued.</source>
            <translation>{number} 不在庫（{state}），不能出借。</translation>
        </message>
        <message>
            <source>Lending {number} was renewed {count} times already: return the item and lend it anew.</source>
            <translation>借閱 {number} 已續借 {count} 次，請歸還後重新辦理借閱。</translation>
        </message>
        <message>
            <source>The new due date must be after {date} and not before today.</source>
            <translation>新的歸還日期須晚於 {date}，且不早於今天。</translation>
        </message>
        <message>
            <source>Describe the damage or the missing pages.</source>
            <translation>請說明損壞情況或缺頁情況。</translation>
        </message>
        <message>
            <source>Lending {number} is not overdue yet.</source>
            <translation>借閱 {number} 尚未逾期。</translation>
        </message>
        <message>
            <source>The reminder due now for {number} was sent already.</source>
            <translation>{number} 本次應發的催還通知已發出。</translation>
        </message>
        <message>
            <source>No such stock movement.</source>
            <translation>沒有這條庫存流水。</translation>
        </message>
        <message>
            <source>Only a receipt, scrap or return entered by hand can be reversed here; orders and counts correct their own.</source>
            <translation>這裡只能衝銷手工錄入的入庫、報廢或退貨；訂單和盤點由其自身更正。</translation>
        </message>
        <message>
            <source>This entry was reversed already.</source>
            <translation>這筆已衝銷過。</translation>
        </message>
        <message>
            <source>Line {line}: “{value}” is not a quantity.</source>
            <translation>第 {line} 行：「{value}」不是數量。</translation>
        </message>
        <message>
            <source>Line {line}: the quantity must be more than 0.</source>
            <translation>第 {line} 行：數量必須大於 0。</translation>
        </message>
        <message>
            <source>Line {line}: a quantity has at most three decimals.</source>
            <translation>第 {line} 行：數量最多三位小數。</translation>
        </message>
        <message>
            <source>Line {line}: the quantity {value} is too large.</source>
            <translation>第 {line} 行：數量 {value} 太大。</translation>
        </message>
        <message>
            <source>Line {line}: the unit price “{value}” is not valid (yuan with at most two decimals).</source>
            <translation>第 {line} 行：單價「{value}」無效（元，最多兩位小數）。</translation>
        </message>
        <message>
            <source>Line {line}: the unit price cannot be negative.</source>
            <translation>第 {line} 行：單價不能為負數。</translation>
        </message>
        <message>
            <source>Line {line}: the discount is a percentage from 0 to 100 with at most two decimals.</source>
            <translation>第 {line} 行：折扣是 0 到 100 的百分比，最多兩位小數。</translation>
        </message>
        <message>
            <source>An order has at most {max} lines; this one has {count}. Split it into several orders.</source>
            <translation>一張訂單最多 {max} 行；這張有 {count} 行。請拆分成幾張訂單。</translation>
        </message>
        <message>
            <source>Line {line}: choose a product.</source>
            <translation>第 {line} 行：請選擇產品。</translation>
        </message>
        <message>
            <source>Line {line}: the product no longer exists.</source>
            <translation>第 {line} 行：該產品已不存在。</translation>
        </message>
        <message>
            <source>Line {line}: {product} is no longer sold.</source>
            <translation>第 {line} 行：{product} 已停售。</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>請選擇客戶。</translation>
        </message>
        <message>
            <source>The customer is unknown.</source>
            <translation>客戶不存在。</translation>
        </message>
        <message>
            <source>The customer {name} has been deleted.</source>
            <translation>客戶 {name} 已被刪除。</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>{field} 超過 {limit} 個字符。</translation>
        </message>
        <message>
            <source>The prepayment ratio is a whole percentage from 0 to 100.</source>
            <translation>預付比例是 0 到 100 的整數百分比。</translation>
        </message>
        <message>
            <source>The customer is missing.</source>
            <translation>缺少客戶。</translation>
        </message>
        <message>
            <source>The contact person is missing.</source>
            <translation>缺少聯絡人。</translation>
        </message>
        <message>
            <source>The contact phone is missing.</source>
            <translation>缺少聯繫電話。</translation>
        </message>
        <message>
            <source>The delivery date is missing.</source>
            <translation>缺少交貨日期。</translation>
        </message>
        <message>
            <source>The delivery date {date} is in the past.</source>
            <translation>交貨日期 {date} 已經過去。</translation>
        </message>
        <message>
            <source>The delivery place is missing.</source>
            <translation>缺少交貨地點。</translation>
        </message>
        <message>
            <source>The order has no lines.</source>
            <translation>訂單沒有明細行。</translation>
        </message>
        <message>
            <source>Line {line}: the unit price is missing.</source>
            <translation>第 {line} 行：缺少單價。</translation>
        </message>
        <message>
            <source>{field} must be between 0 and 99,999,999.99 (2 decimals).</source>
            <translation>{field} 必須在 0 到 99,999,999.99 之間（兩位小數）。</translation>
        </message>
        <message>
            <source>The product code is required.</source>
            <translation>請填寫產品編碼。</translation>
        </message>
        <message>
            <source>The product code may contain letters, digits and - _ . / only.</source>
            <translation>產品編碼只能包含字母、數字和 - _ . /。</translation>
        </message>
        <message>
            <source>The product name is required.</source>
            <translation>請填寫產品名稱。</translation>
        </message>
        <message>
            <source>The unit is required.</source>
            <translation>請填寫單位。</translation>
        </message>
        <message>
            <source>{field} must be a whole number of 0 or more.</source>
            <translation>{field} 必須是 0 或更大的整數。</translation>
        </message>
        <message>
            <source>The product code {code} is in use already.</source>
            <translation>產品編碼 {code} 已被使用。</translation>
        </message>
        <message>
            <source>The product no longer exists.</source>
            <translation>該產品已不存在。</translation>
        </message>
        <message>
            <source>Someone else changed this product in the meantime. Reload it and edit again.</source>
            <translation>其他人剛剛修改了這個產品。請重新打開後再修改。</translation>
        </message>
        <message>
            <source>No product with code {code}.</source>
            <translation>沒有編碼為 {code} 的產品。</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>請填寫{label}。</translation>
        </message>
        <message>
            <source>An unexpected error occurred ({kind}). Nothing was saved by this action; the details are in the log file.</source>
            <translation>發生意外錯誤（{kind}）。此操作未保存任何內容；詳細資訊已寫入日誌文件。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same code as row {other}.</source>
            <translation>第 {row} 行，{column}：編碼與第 {other} 行相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the code {code} is in use already.</source>
            <translation>第 {row} 行，{column}：編碼 {code} 已被使用。</translation>
        </message>
        <message>
            <source>Nobody looks after any customer yet.</source>
            <translation>還沒有人負責任何客戶。</translation>
        </message>
        <message>
            <source>Unknown order status {status}.</source>
            <translation>未知的訂單狀態 {status}。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: no product with code {code}.</source>
            <translation>第 {row} 行，{column}：沒有編碼為 {code} 的產品。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same product and location as row {other}.</source>
            <translation>第 {row} 行，{column}：與第 {other} 行的產品和庫位相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the date is in the future.</source>
            <translation>第 {row} 行，{column}：日期在未來。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: this product has stock movements at this location already; record a receipt or count it instead.</source>
            <translation>第 {row} 行，{column}：此產品在該庫位已有庫存流水，請錄入入庫或盤點。</translation>
        </message>
        <message>
            <source>Unknown filter {name}; use {names}.</source>
            <extracomment>the command line's `--filter key=value` names</extracomment>
            <translation>未知的篩選條件 {name}；可用：{names}。</translation>
        </message>
        <message>
            <source>Order {number} is {state}: progress is tracked from confirmation to delivery.</source>
            <translation>訂單 {number} 的狀態為「{state}」：從確認到交付期間才記錄進度。</translation>
        </message>
        <message>
            <source>An event is progress or an exception.</source>
            <translation>事件只能是進度或異常。</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>請描述發生的情況。</translation>
        </message>
        <message>
            <source>Progress is a percentage from 0 to 100.</source>
            <translation>進度是 0 到 100 的百分比。</translation>
        </message>
        <message>
            <source>Choose the kind of exception.</source>
            <translation>請選擇異常類別。</translation>
        </message>
        <message>
            <source>Give the cause of the exception.</source>
            <translation>請填寫異常原因。</translation>
        </message>
        <message>
            <source>No such exception.</source>
            <translation>沒有這個異常。</translation>
        </message>
        <message>
            <source>The exception is resolved already.</source>
            <translation>該異常已經處理。</translation>
        </message>
        <message>
            <source>Write the solution agreed with the customer.</source>
            <translation>請填寫與客戶商定的解決方案。</translation>
        </message>
        <message>
            <source>Record when the customer was told.</source>
            <translation>請記錄通知客戶的時間。</translation>
        </message>
        <message>
            <source>Choose the customer from the list.</source>
            <translation>請從列表中選擇客戶。</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>文件無法寫入：{reason}</translation>
        </message>
        <message>
            <source>The signature is empty: ask the person to sign.</source>
            <extracomment>fewer dark pixels than this is a click, not a signature</extracomment>
            <translation>籤名為空：請當事人籤名。</translation>
        </message>
        <message>
            <source>The signature is not a PNG image.</source>
            <translation>籤名不是 PNG 圖像。</translation>
        </message>
        <message>
            <source>The signature image is too large.</source>
            <translation>籤名圖像過大。</translation>
        </message>
        <message>
            <source>Give the name of the person who signs.</source>
            <translation>請填寫籤名人的姓名。</translation>
        </message>
        <message>
            <source>Signatures need a database file to be kept with.</source>
            <translation>籤名需要保存在資料庫文件中。</translation>
        </message>
        <message>
            <source>A backup password has at least {count} characters.</source>
            <translation>備份密碼至少需要 {count} 個字符。</translation>
        </message>
        <message>
            <source>{path} is encrypted: give its password.</source>
            <translation>{path} 已加密：請輸入其密碼。</translation>
        </message>
        <message>
            <source>Wrong password for {path}, or the file was altered. Nothing was changed.</source>
            <translation>{path} 的密碼錯誤，或文件已被改動。未做任何更改。</translation>
        </message>
        <message>
            <source>{path} is not an encrypted Neiqin backup.</source>
            <translation>{path} 不是內勤的加密備份。</translation>
        </message>
        <message>
            <source>The encrypted backup {path} is damaged or cut short.</source>
            <translation>加密備份 {path} 已損壞或不完整。</translation>
        </message>
        <message>
            <source>Nothing to count: choose at least one item.</source>
            <extracomment>the columns of a line that `CountBook.line_rows` reads</extracomment>
            <translation>沒有可盤點的項目：請至少選擇一項。</translation>
        </message>
        <message>
            <source>An item is listed twice at the same location.</source>
            <translation>同一庫位重複列出了同一項目。</translation>
        </message>
        <message>
            <source>This item was already counted ({quantity}); correct the count instead of counting it again.</source>
            <translation>該項目已盤點（{quantity}）；如需修改請使用「更正」，不要重複盤點。</translation>
        </message>
        <message>
            <source>Choose a reason from the list.</source>
            <translation>請從列表中選擇原因。</translation>
        </message>
        <message>
            <source>{count} item(s) are not counted yet.</source>
            <translation>還有 {count} 項未盤點。</translation>
        </message>
        <message>
            <source>{count} variance(s) have no reason yet.</source>
            <translation>還有 {count} 項差異未填寫原因。</translation>
        </message>
        <message>
            <source>Count {number} is not in a state that allows this.</source>
            <translation>盤點單 {number} 當前狀態不允許此操作。</translation>
        </message>
        <message>
            <source>Count {number} is closed ({status}); it cannot be changed.</source>
            <translation>盤點單 {number} 已關閉（{status}），不能再修改。</translation>
        </message>
        <message>
            <source>Enter a quantity.</source>
            <translation>請輸入數量。</translation>
        </message>
        <message>
            <source>“{value}” is not a quantity.</source>
            <translation>「{value}」不是有效的數量。</translation>
        </message>
        <message>
            <source>A quantity has at most three decimals.</source>
            <translation>數量最多保留三位小數。</translation>
        </message>
        <message>
            <source>A quantity cannot be negative.</source>
            <translation>數量不能為負數。</translation>
        </message>
        <message>
            <source>The quantity is too large.</source>
            <translation>數量過大。</translation>
        </message>
        <message>
            <source>A movement needs a quantity other than zero.</source>
            <translation>出入庫數量不能為零。</translation>
        </message>
        <message>
            <source>Only {available} in stock; {wanted} cannot be taken out.</source>
            <translation>庫存僅有 {available}，無法出庫 {wanted}。</translation>
        </message>
        <message>
            <source>Give the plan a name (at most 100 characters).</source>
            <translation>請填寫計劃名稱（最多 100 個字）。</translation>
        </message>
        <message>
            <source>Choose weekly or monthly.</source>
            <translation>請選擇每周或每月。</translation>
        </message>
        <message>
            <source>Choose what to count: all, a category or a location.</source>
            <translation>請選擇盤點範圍：全部、類別或庫位。</translation>
        </message>
        <message>
            <source>Choose the category or location to count.</source>
            <translation>請選擇要盤點的類別或庫位。</translation>
        </message>
        <message>
            <source>No such count plan.</source>
            <translation>沒有這個盤點計劃。</translation>
        </message>
        <message>
            <source>No such count.</source>
            <translation>沒有這個盤點單。</translation>
        </message>
        <message>
            <source>Enter at least one counted quantity.</source>
            <translation>請至少錄入一個實盤數量。</translation>
        </message>
        <message>
            <source>Enter or scan a product code.</source>
            <translation>請輸入或掃描產品編碼。</translation>
        </message>
        <message>
            <source>{code} is not on this count sheet.</source>
            <translation>{code} 不在本盤點表中。</translation>
        </message>
        <message>
            <source>{code} is kept at several locations: choose the location.</source>
            <translation>{code} 存放在多個庫位，請選擇庫位。</translation>
        </message>
        <message>
            <source>The note is too long.</source>
            <translation>備註過長。</translation>
        </message>
        <message>
            <source>No count numbered {number}.</source>
            <translation>沒有編號為 {number} 的盤點單。</translation>
        </message>
        <message>
            <source>Count {number} is still open; finish it first.</source>
            <translation>盤點 {number} 尚未結束，請先完成。</translation>
        </message>
        <message>
            <source>No such count line.</source>
            <translation>沒有這一盤點行。</translation>
        </message>
        <message>
            <source>Unknown status {status}.</source>
            <translation>未知狀態 {status}。</translation>
        </message>
        <message>
            <source>No such issue slip.</source>
            <extracomment>issues that count against the standard</extracomment>
            <translation>沒有這張領用單。</translation>
        </message>
        <message>
            <source>No issue slip numbered {number}.</source>
            <translation>沒有編號為 {number} 的領用單。</translation>
        </message>
        <message>
            <source>Who receives the supplies?</source>
            <translation>請填寫領用人。</translation>
        </message>
        <message>
            <source>Give the recipient's department.</source>
            <translation>請填寫領用人所在部門。</translation>
        </message>
        <message>
            <source>{name}: {quantity} is over the issue standard ({standard} {per} {period}, {used} taken already). A department head must approve it.</source>
            <translation>{name}：領用 {quantity} 超出發放標準（每{per}每{period} {standard}，已領 {used}），須經部門負責人審批。</translation>
        </message>
        <message>
            <source>Add at least one item to issue.</source>
            <translation>請至少添加一種要發放的物品。</translation>
        </message>
        <message>
            <source>An item is listed twice.</source>
            <translation>同一物品列了兩次。</translation>
        </message>
        <message>
            <source>{name}: enter a quantity above zero.</source>
            <translation>{name}：請填寫大於零的數量。</translation>
        </message>
        <message>
            <source>Only a department head may approve an issue over the standard; ask for approval instead.</source>
            <translation>只有部門負責人才能審批超標準領用，請改為提交審批。</translation>
        </message>
        <message>
            <source>Only handed-out issues can take returns ({number}).</source>
            <translation>只有已發放的領用單才能辦理退庫（{number}）。</translation>
        </message>
        <message>
            <source>Enter the quantity given back.</source>
            <translation>請填寫退回數量。</translation>
        </message>
        <message>
            <source>A line is not part of issue {number}.</source>
            <translation>有一行不屬於領用單 {number}。</translation>
        </message>
        <message>
            <source>{name}: only {left} can still be returned.</source>
            <translation>{name}：最多還能退回 {left}。</translation>
        </message>
        <message>
            <source>No such loss report.</source>
            <translation>沒有這份損壞/遺失報告。</translation>
        </message>
        <message>
            <source>Say whether the item was lost or damaged.</source>
            <translation>請選擇是遺失還是損壞。</translation>
        </message>
        <message>
            <source>Enter a quantity above zero.</source>
            <translation>請輸入大於零的數量。</translation>
        </message>
        <message>
            <source>The compensation cannot be negative.</source>
            <translation>賠償金額不能為負數。</translation>
        </message>
        <message>
            <source>No such purchase plan.</source>
            <translation>沒有這個採購計劃。</translation>
        </message>
        <message>
            <source>No purchase plan numbered {number}.</source>
            <translation>沒有編號為 {number} 的採購計劃。</translation>
        </message>
        <message>
            <source>The plan has no lines.</source>
            <translation>採購計劃沒有明細行。</translation>
        </message>
        <message>
            <source>{name} is listed twice.</source>
            <translation>{name} 列了兩次。</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>單價不能為負數。</translation>
        </message>
        <message>
            <source>Purchase plan {number} is no longer a draft and cannot be edited.</source>
            <translation>採購計劃 {number} 已不是草稿，不能再修改。</translation>
        </message>
        <message>
            <source>Purchase plan {number} is not approved and open; goods are received against approved plans.</source>
            <translation>採購計劃 {number} 未審批或已結束；只能按已審批的採購計劃驗收入庫。</translation>
        </message>
        <message>
            <source>Enter what was received.</source>
            <translation>請填寫到貨情況。</translation>
        </message>
        <message>
            <source>A line is not part of plan {number}.</source>
            <translation>有一行不屬於採購計劃 {number}。</translation>
        </message>
        <message>
            <source>A plan line is received twice.</source>
            <translation>同一計劃行驗收了兩次。</translation>
        </message>
        <message>
            <source>{name}: enter the quantity received.</source>
            <translation>{name}：請填寫到貨數量。</translation>
        </message>
        <message>
            <source>{name}: more rejected than received.</source>
            <translation>{name}：拒收數量大於到貨數量。</translation>
        </message>
        <message>
            <source>{name} failed the spec or quality check: reject everything received of it.</source>
            <translation>{name} 規格或質量檢驗不合格：到貨須全部拒收。</translation>
        </message>
        <message>
            <source>{name}: give the reason for rejecting.</source>
            <translation>{name}：請填寫拒收原因。</translation>
        </message>
        <message>
            <source>{name}: {accepted} accepted but the plan only expects {open} more.</source>
            <translation>{name}：驗收合格 {accepted}，但計劃只剩 {open} 未到。</translation>
        </message>
        <message>
            <source>Unknown action {action}.</source>
            <translation>未知操作 {action}。</translation>
        </message>
        <message>
            <source>{number} is {state}: “{action}” is not possible now.</source>
            <translation>{number} 當前為「{state}」，現在不能執行「{action}」。</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此項必填。</translation>
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation>最多 {limit} 個字符。</translation>
        </message>
        <message>
            <source>Say whether the standard is per person or per department.</source>
            <translation>請選擇發放標準按人還是按部門。</translation>
        </message>
        <message>
            <source>Choose the period of the standard: month, quarter or year.</source>
            <translation>請選擇發放標準的周期：月、季度或年。</translation>
        </message>
        <message>
            <source>No such office-supplies item.</source>
            <translation>沒有這種辦公用品。</translation>
        </message>
        <message>
            <source>The code {code} is in use already.</source>
            <translation>編碼 {code} 已被使用。</translation>
        </message>
        <message>
            <source>Someone else changed this item in the meantime. Reload it and edit again.</source>
            <translation>這期間有人修改了該物品，請重新打開後再編輯。</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>期間的結束早於開始。</translation>
        </message>
        <message>
            <source>The sales window must be at least one day.</source>
            <translation>銷量統計視窗至少一天。</translation>
        </message>
        <message>
            <source>Enter a number of days above zero.</source>
            <translation>請輸入大於零的天數。</translation>
        </message>
        <message>
            <source>Choose promotion, return or scrap.</source>
            <translation>請選擇促銷、退貨或報廢。</translation>
        </message>
        <message>
            <source>This product has an open handling plan already.</source>
            <translation>此產品已有未完成的處理方案。</translation>
        </message>
        <message>
            <source>No such handling plan.</source>
            <translation>沒有這個處理方案。</translation>
        </message>
        <message>
            <source>{number} is closed ({status}); it cannot be changed.</source>
            <translation>{number} 已關閉（{status}），不能再修改。</translation>
        </message>
        <message>
            <source>{number} is {status}: “{action}” is not possible now.</source>
            <translation>{number} 當前為 {status}：現在不能「{action}」。</translation>
        </message>
        <message>
            <source>No such action item.</source>
            <translation>沒有這個待辦事項。</translation>
        </message>
        <message>
            <source>Choose who is responsible.</source>
            <translation>請選擇負責人。</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>請填寫待辦內容。</translation>
        </message>
        <message>
            <source>Choose the decision the action item comes from.</source>
            <translation>請選擇待辦事項所依據的決議事項。</translation>
        </message>
        <message>
            <source>Give the due date.</source>
            <translation>請填寫完成期限。</translation>
        </message>
        <message>
            <source>The due date {date} is before the meeting ({meeting}).</source>
            <translation>完成期限 {date} 早於會議日期（{meeting}）。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}.</source>
            <translation>會議 {number} 的狀態為「{state}」。</translation>
        </message>
        <message>
            <source>Write what was done.</source>
            <translation>請填寫進展情況。</translation>
        </message>
        <message>
            <source>Choose the status.</source>
            <translation>請選擇狀態。</translation>
        </message>
        <message>
            <source>Action item {code} is cancelled.</source>
            <translation>待辦事項 {code} 已取消。</translation>
        </message>
        <message>
            <source>Unknown meeting status {value}.</source>
            <translation>未知的會議狀態 {value}。</translation>
        </message>
        <message>
            <source>Unknown kind of meeting {value}.</source>
            <translation>未知的會議類型 {value}。</translation>
        </message>
        <message>
            <source>Unknown action item status {value}.</source>
            <translation>未知的待辦事項狀態 {value}。</translation>
        </message>
        <message>
            <source>No such attendee.</source>
            <translation>沒有這個參會人員。</translation>
        </message>
        <message>
            <source>{name} has not been sent the notice of {number} yet.</source>
            <translation>尚未向 {name} 發送會議 {number} 的通知。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: leave is asked for before it begins.</source>
            <translation>會議 {number} 的狀態為「{state}」：請假須在會議開始前提出。</translation>
        </message>
        <message>
            <source>Give the reason for the leave.</source>
            <translation>請填寫請假原因。</translation>
        </message>
        <message>
            <source>The minutes of {number} are {state} and read-only; reopen them to change them.</source>
            <translation>會議 {number} 的紀要狀態為「{state}」，只讀；如需修改請先重新打開。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: start the minutes first.</source>
            <translation>會議 {number} 的狀態為「{state}」：請先開始記錄會議紀要。</translation>
        </message>
        <message>
            <source>Someone in the attendance list is not an attendee of this meeting.</source>
            <translation>出席名單中有人不是本次會議的參會人員。</translation>
        </message>
        <message>
            <source>Attendance of {name}: present, late, absent or on leave.</source>
            <translation>{name} 的出席情況只能是出席、遲到、缺席或請假。</translation>
        </message>
        <message>
            <source>Someone else changed these minutes in the meantime. Reload them and edit again.</source>
            <translation>其他人已修改了這份紀要，請重新打開後再編輯。</translation>
        </message>
        <message>
            <source>A discussion belongs to an agenda item of another meeting.</source>
            <translation>討論內容所屬的議題屬於其他會議。</translation>
        </message>
        <message>
            <source>Decision {number} has no text.</source>
            <translation>第 {number} 項決議沒有內容。</translation>
        </message>
        <message>
            <source>Decision {number} refers to an agenda item of another meeting.</source>
            <translation>第 {number} 項決議對應的議題屬於其他會議。</translation>
        </message>
        <message>
            <source>Decision {number} belongs to another meeting.</source>
            <translation>第 {number} 項決議屬於其他會議。</translation>
        </message>
        <message>
            <source>A removed decision has action items: remove them first.</source>
            <translation>刪除的決議事項下還有待辦事項，請先刪除這些待辦事項。</translation>
        </message>
        <message>
            <source>No meeting numbered {number}.</source>
            <extracomment>the agenda item a follow-up meeting opens with</extracomment>
            <translation>沒有編號為 {number} 的會議。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: its time, place and people can no longer be changed.</source>
            <translation>會議 {number} 的狀態為「{state}」：時間、地點和人員不能再修改。</translation>
        </message>
        <message>
            <source>Someone else changed this meeting in the meantime. Reload it and edit again.</source>
            <translation>其他人已修改了這個會議，請重新打開後再編輯。</translation>
        </message>
        <message>
            <source>An ad hoc meeting stays ad hoc; schedule a new meeting instead.</source>
            <translation>臨時會議不能改為其他類型，請另行安排新會議。</translation>
        </message>
        <message>
            <source>No such checklist line.</source>
            <translation>沒有這一項會議準備事項。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: its checklist is closed.</source>
            <translation>會議 {number} 的狀態為「{state}」：會議準備清單已關閉。</translation>
        </message>
        <message>
            <source>Meeting {number} does not repeat.</source>
            <translation>會議 {number} 不重複召開。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: it has no next meeting.</source>
            <translation>會議 {number} 的狀態為「{state}」：不能安排下次會議。</translation>
        </message>
        <message>
            <source>The next meeting after {number} is planned already.</source>
            <translation>會議 {number} 的下次會議已經安排。</translation>
        </message>
        <message>
            <source>Unknown meeting action {action}.</source>
            <translation>未知的會議操作 {action}。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: “{action}” is not possible now.</source>
            <translation>會議 {number} 的狀態為「{state}」：現在不能執行「{action}」。</translation>
        </message>
        <message>
            <source>No such meeting.</source>
            <translation>沒有這個會議。</translation>
        </message>
        <message>
            <source>Give the day the chair signed the minutes.</source>
            <translation>請填寫主持人簽字的日期。</translation>
        </message>
        <message>
            <source>Only the chair {chair} reviews the minutes: record the day the chair signed them on paper.</source>
            <translation>會議紀要只能由主持人 {chair} 審核：請記錄主持人紙面簽字的日期。</translation>
        </message>
        <message>
            <source>Only the chair {chair} reviews the minutes.</source>
            <translation>會議紀要只能由主持人 {chair} 審核。</translation>
        </message>
        <message>
            <source>Choose how the minutes are sent.</source>
            <translation>請選擇紀要的分發方式。</translation>
        </message>
        <message>
            <source>A recipient is not an attendee of this meeting.</source>
            <translation>有分發對象不是本次會議的參會人員。</translation>
        </message>
        <message>
            <source>Choose who receives the minutes.</source>
            <translation>請選擇紀要的分發對象。</translation>
        </message>
        <message>
            <source>Meeting {number} begins at {time}: the minutes are written once it has begun.</source>
            <translation>會議 {number} 於 {time} 開始：會議開始後才能記錄紀要。</translation>
        </message>
        <message>
            <source>Record the attendance of {names} first.</source>
            <translation>請先記錄 {names} 的出席情況。</translation>
        </message>
        <message>
            <source>The planned time of “{topic}” is a number of minutes.</source>
            <translation>「{topic}」的時長請填寫分鐘數。</translation>
        </message>
        <message>
            <source>Choose a person who is a user of the program.</source>
            <translation>請選擇本系統的使用者。</translation>
        </message>
        <message>
            <source>A guest needs a name.</source>
            <translation>外部來賓須填寫姓名。</translation>
        </message>
        <message>
            <source>{name} is among the attendees twice.</source>
            <translation>{name} 在參會人員中重複出現。</translation>
        </message>
        <message>
            <source>Add the attendees.</source>
            <translation>請添加參會人員。</translation>
        </message>
        <message>
            <source>Agenda item {number} has no topic.</source>
            <translation>第 {number} 項議程沒有議題。</translation>
        </message>
        <message>
            <source>Agenda item {number}: the planned time is 0 to {max} minutes.</source>
            <translation>第 {number} 項議程：時長鬚在 0 到 {max} 分鐘之間。</translation>
        </message>
        <message>
            <source>Checklist line {number} has no name.</source>
            <translation>第 {number} 項會議準備事項沒有名稱。</translation>
        </message>
        <message>
            <source>Checklist line {number}: material or equipment?</source>
            <translation>第 {number} 項會議準備事項：請選擇資料或設備。</translation>
        </message>
        <message>
            <source>Give the meeting a title.</source>
            <translation>請填寫會議名稱。</translation>
        </message>
        <message>
            <source>Choose the kind of meeting.</source>
            <translation>請選擇會議類型。</translation>
        </message>
        <message>
            <source>Choose how the meeting repeats.</source>
            <translation>請選擇會議的重複方式。</translation>
        </message>
        <message>
            <source>Give the start time.</source>
            <translation>請填寫開始時間。</translation>
        </message>
        <message>
            <source>Give the end time.</source>
            <translation>請填寫結束時間。</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>會議結束時間（{end}）早於開始時間（{start}）。</translation>
        </message>
        <message>
            <source>Give the place of the meeting.</source>
            <translation>請填寫會議地點。</translation>
        </message>
        <message>
            <source>The chair {name} is not among the attendees.</source>
            <translation>主持人 {name} 不在參會人員中。</translation>
        </message>
        <message>
            <source>Say why the ad hoc meeting is needed.</source>
            <translation>請說明召開臨時會議的理由。</translation>
        </message>
        <message>
            <source>No such check session.</source>
            <translation>沒有這次清查。</translation>
        </message>
        <message>
            <source>Another check session is open: close it first.</source>
            <translation>另一次清查尚未結束，請先結束。</translation>
        </message>
        <message>
            <source>There are no paper items to check there.</source>
            <translation>該處沒有需要清查的紙質檔案。</translation>
        </message>
        <message>
            <source>No such check line.</source>
            <translation>沒有這條清查記錄。</translation>
        </message>
        <message>
            <source>Check session {number} is closed.</source>
            <translation>清查 {number} 已結束。</translation>
        </message>
        <message>
            <source>{number} is on loan: it is not on the shelf to check.</source>
            <translation>{number} 已借出，不在架上，無需清點。</translation>
        </message>
        <message>
            <source>Say where the item was found.</source>
            <translation>請寫明檔案的實際存放位置。</translation>
        </message>
        <message>
            <source>{number} has no discrepancy to resolve.</source>
            <translation>{number} 沒有需要處理的差異。</translation>
        </message>
        <message>
            <source>This resolution does not fit the result of the check.</source>
            <translation>此處理方式與清查結果不符。</translation>
        </message>
        <message>
            <source>{count} item(s) are not checked yet.</source>
            <translation>還有 {count} 件檔案未清點。</translation>
        </message>
        <message>
            <source>{count} discrepancy(ies) are not resolved yet.</source>
            <translation>還有 {count} 處差異未處理。</translation>
        </message>
        <message>
            <source>No such destruction batch.</source>
            <translation>沒有這個銷毀批次。</translation>
        </message>
        <message>
            <source>No destruction batch numbered {number}.</source>
            <translation>沒有編號為 {number} 的銷毀批次。</translation>
        </message>
        <message>
            <source>Choose the items to appraise.</source>
            <translation>請選擇要鑑定的檔案。</translation>
        </message>
        <message>
            <source>No such archive item.</source>
            <translation>沒有這件檔案。</translation>
        </message>
        <message>
            <source>{number} is destroyed already.</source>
            <translation>{number} 已銷毀。</translation>
        </message>
        <message>
            <source>{number} is still within its retention period.</source>
            <translation>{number} 尚在保管期限內。</translation>
        </message>
        <message>
            <source>{number} is in another destruction batch already.</source>
            <translation>{number} 已在另一個銷毀批次中。</translation>
        </message>
        <message>
            <source>Destruction batch {number} is {state}: this step is not possible now.</source>
            <translation>銷毀批次 {number} 的狀態為「{state}」，現在不能進行此操作。</translation>
        </message>
        <message>
            <source>No such destruction line.</source>
            <translation>沒有這條銷毀記錄。</translation>
        </message>
        <message>
            <source>Keep it 1 to {limit} more years.</source>
            <translation>延長保管 1 至 {limit} 年。</translation>
        </message>
        <message>
            <source>Say why the item is kept longer.</source>
            <translation>請寫明延長保管的理由。</translation>
        </message>
        <message>
            <source>Appraise every item first: {numbers}.</source>
            <translation>請先鑑定全部檔案：{numbers}。</translation>
        </message>
        <message>
            <source>Items on loan cannot be destroyed: {numbers}. Wait for their return.</source>
            <translation>借出中的檔案不能銷毀：{numbers}。請待歸還後再辦理。</translation>
        </message>
        <message>
            <source>The batch holds {level} items: destroying them needs the approval of {role}.</source>
            <translation>本批次含{level}檔案，銷毀須經{role}批准。</translation>
        </message>
        <message>
            <source>The destruction date cannot be in the future.</source>
            <translation>銷毀日期不能晚於今天。</translation>
        </message>
        <message>
            <source>At least {count} witnesses attend a destruction.</source>
            <translation>銷毀須至少有 {count} 名監銷人在場。</translation>
        </message>
        <message>
            <source>No such document.</source>
            <translation>沒有這份文件。</translation>
        </message>
        <message>
            <source>No document numbered {number}.</source>
            <translation>沒有登記號為 {number} 的文件。</translation>
        </message>
        <message>
            <source>The number of copies is 1 or more.</source>
            <translation>份數至少為 1。</translation>
        </message>
        <message>
            <source>A received document cannot become a sent one, or the other way round: register it anew.</source>
            <translation>收文不能改為發文（反之亦然），請重新登記。</translation>
        </message>
        <message>
            <source>Circulation of {number} has begun: the readers and their order can no longer change.</source>
            <translation>{number} 已開始傳閱，傳閱人及順序不能再更改。</translation>
        </message>
        <message>
            <source>Name at least one reader.</source>
            <translation>請至少填寫一名傳閱人。</translation>
        </message>
        <message>
            <source>At most {limit} readers.</source>
            <translation>傳閱人最多 {limit} 名。</translation>
        </message>
        <message>
            <source>{name} is on the list twice.</source>
            <translation>{name} 在名單上出現了兩次。</translation>
        </message>
        <message>
            <source>Every reader of {number} has signed already.</source>
            <translation>{number} 的傳閱人均已籤閱。</translation>
        </message>
        <message>
            <source>This reader is not on the circulation list.</source>
            <translation>此人不在傳閱名單上。</translation>
        </message>
        <message>
            <source>The document circulates in order: {name} reads it first.</source>
            <translation>文件須按順序傳閱：請 {name} 先籤閱。</translation>
        </message>
        <message>
            <source>The sign-off time cannot be in the future.</source>
            <translation>籤閱時間不能晚於現在。</translation>
        </message>
        <message>
            <source>The sign-off time is before the previous reader's.</source>
            <translation>籤閱時間早於上一位傳閱人。</translation>
        </message>
        <message>
            <source>{number} is filed in the archive already.</source>
            <translation>{number} 已歸檔。</translation>
        </message>
        <message>
            <source>Unknown value {value}.</source>
            <translation>未知的取值 {value}。</translation>
        </message>
        <message>
            <source>Fill in this field.</source>
            <translation>請填寫此項。</translation>
        </message>
        <message>
            <source>The text is too long (at most {limit} characters).</source>
            <translation>內容過長（最多 {limit} 個字符）。</translation>
        </message>
        <message>
            <source>“{value}” is not one of {choices}.</source>
            <translation>「{value}」不是以下選項之一：{choices}。</translation>
        </message>
        <message>
            <source>You cannot review or approve your own claim {number}; another person must do it.</source>
            <translation>不能審核或審批本人的報銷單 {number}，須由他人處理。</translation>
        </message>
        <message>
            <source>The claimant cannot sign the approval of their own claim.</source>
            <translation>報銷人不能為自己的報銷單簽字審批。</translation>
        </message>
        <message>
            <source>Only the head of {department} approves claim {number}, or record their approval signed on paper.</source>
            <translation>報銷單 {number} 須由{department}負責人審批，或登記其紙質簽字審批。</translation>
        </message>
        <message>
            <source>Claim {number} is over the {category} budget of {department} by {over}; someone with the right to approve over budget must approve it.</source>
            <translation>報銷單 {number} 超出{department}{category}預算 {over}，須由有超預算審批權限的人審批。</translation>
        </message>
        <message>
            <source>Line {line} is over the company standard; return the claim for correction.</source>
            <translation>第 {line} 行超過公司報銷標準，請退回修改。</translation>
        </message>
        <message>
            <source>Unknown claim action {action}.</source>
            <translation>未知的報銷單操作 {action}。</translation>
        </message>
        <message>
            <source>Claim {number} has no line {line}.</source>
            <translation>報銷單 {number} 沒有第 {line} 行。</translation>
        </message>
        <message>
            <source>“{value}” is not a year.</source>
            <translation>「{value}」不是年份。</translation>
        </message>
        <message>
            <source>Choose the expense category.</source>
            <translation>請選擇費用類別。</translation>
        </message>
        <message>
            <source>A budget cannot be negative.</source>
            <translation>預算不能為負數。</translation>
        </message>
        <message>
            <source>No such budget.</source>
            <translation>沒有這項費用預算。</translation>
        </message>
        <message>
            <source>This budget has no new amount waiting for approval.</source>
            <translation>這項預算沒有待批准的新金額。</translation>
        </message>
        <message>
            <source>Line {line} may have been claimed before ({number}, line {other_line}). Check the receipt; save again to keep it.</source>
            <translation>第 {line} 行可能已經報銷過（{number} 第 {other_line} 行）。請核對票據；確認無誤後再次保存。</translation>
        </message>
        <message>
            <source>Unknown claim status {status}.</source>
            <translation>未知的報銷單狀態 {status}。</translation>
        </message>
        <message>
            <source>Line {line}: the amount “{value}” is not valid (yuan with at most two decimals).</source>
            <extracomment>printed words (zh_CN) of the categories the standards a new company starts with: yuan per travel day, yuan per line for the rest what a receipt may be, by its first bytes (the file name's extension is not trusted)</extracomment>
            <translation>第 {line} 行：金額「{value}」無效（以元為單位，最多兩位小數）。</translation>
        </message>
        <message>
            <source>Line {line}: the amount must be more than 0.</source>
            <translation>第 {line} 行：金額必須大於 0。</translation>
        </message>
        <message>
            <source>A claim needs at least one line.</source>
            <translation>報銷單至少要有一行明細。</translation>
        </message>
        <message>
            <source>A claim has at most {max} lines.</source>
            <translation>一張報銷單最多 {max} 行明細。</translation>
        </message>
        <message>
            <source>Line {line}: choose the expense category.</source>
            <translation>第 {line} 行：請選擇費用類別。</translation>
        </message>
        <message>
            <source>Line {line}: enter the date of the expense.</source>
            <translation>第 {line} 行：請填寫費用發生日期。</translation>
        </message>
        <message>
            <source>Line {line}: the expense date {date} is in the future.</source>
            <translation>第 {line} 行：費用日期 {date} 還沒到。</translation>
        </message>
        <message>
            <source>Line {line}: write what the expense was for.</source>
            <translation>第 {line} 行：請填寫費用用途。</translation>
        </message>
        <message>
            <source>Line {line}: {field} is longer than {limit} characters.</source>
            <translation>第 {line} 行：{field} 超過 {limit} 個字符。</translation>
        </message>
        <message>
            <source>Line {line}: the number of days is a whole number from 1 to {max}.</source>
            <translation>第 {line} 行：天數須為 1 到 {max} 的整數。</translation>
        </message>
        <message>
            <source>Line {line}: give the number of travel days.</source>
            <translation>第 {line} 行：請填寫出差天數。</translation>
        </message>
        <message>
            <source>A standard is an amount more than 0, or empty for none.</source>
            <translation>報銷標準須為大於 0 的金額，留空表示不限。</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB; scan the receipt at a lower resolution.</source>
            <translation>{name} 超過 {limit} MB，請以較低解析度掃描票據。</translation>
        </message>
        <message>
            <source>{name} is not a picture or a PDF; attach a scan or photo of the receipt.</source>
            <translation>{name} 不是圖片或 PDF，請添加票據的掃描件或照片。</translation>
        </message>
        <message>
            <source>No such expense claim.</source>
            <translation>沒有這張報銷單。</translation>
        </message>
        <message>
            <source>No expense claim numbered {number}.</source>
            <translation>沒有編號為 {number} 的報銷單。</translation>
        </message>
        <message>
            <source>Choose who the claim is for.</source>
            <translation>請選擇報銷人。</translation>
        </message>
        <message>
            <source>Enter the claimant's department.</source>
            <translation>請填寫報銷人所在部門。</translation>
        </message>
        <message>
            <source>The claim date {date} is in the future.</source>
            <translation>報銷日期 {date} 還沒到。</translation>
        </message>
        <message>
            <source>Claim {number} is {state} and can no longer be edited.</source>
            <translation>報銷單 {number} 的狀態為「{state}」，不能再修改。</translation>
        </message>
        <message>
            <source>Someone else changed this claim in the meantime. Reload it and edit again.</source>
            <translation>有人剛剛修改了這張報銷單，請重新打開後再修改。</translation>
        </message>
        <message>
            <source>Claim {number} is {state}: receipts can no longer be added.</source>
            <translation>報銷單 {number} 的狀態為「{state}」，不能再添加票據。</translation>
        </message>
        <message>
            <source>Attach the scan of the signed paper approval.</source>
            <translation>請添加簽字紙質審批的掃描件。</translation>
        </message>
        <message>
            <source>Tick every point of the first-review checklist, or return the claim.</source>
            <translation>請逐項確認初審清單，否則請退回報銷單。</translation>
        </message>
        <message>
            <source>Choose how the claim was paid.</source>
            <translation>請選擇支付方式。</translation>
        </message>
        <message>
            <source>Give the reason for each returned line.</source>
            <translation>請填寫每個退回明細行的原因。</translation>
        </message>
        <message>
            <source>“{value}” is not a line number.</source>
            <translation>「{value}」不是明細行號。</translation>
        </message>
        <message>
            <source>Claim {number} is {state}: “{action}” is not possible now.</source>
            <translation>報銷單 {number} 的狀態為「{state}」，現在不能進行「{action}」。</translation>
        </message>
        <message>
            <source>Unknown indicator: {code}.</source>
            <translation>沒有這個考核指標：{code}。</translation>
        </message>
        <message>
            <source>The target of {code} must be a number from 0 to {limit}.</source>
            <translation>{code} 的目標值必須是 0 到 {limit} 之間的數字。</translation>
        </message>
        <message>
            <source>“{value}” is not a period for a {kind} report (a day 2026-10-15, a week 2026-W42, a month 2026-10).</source>
            <extracomment>a custom period longer than this shows its trend by month instead of by day</extracomment>
            <translation>「{value}」不是有效的報表期間（日：2026-10-15，周：2026-W42，月：2026-10）。</translation>
        </message>
        <message>
            <source>Unknown report: {kind}.</source>
            <translation>沒有這種報表：{kind}。</translation>
        </message>
        <message>
            <source>A custom period needs a first and a last day.</source>
            <translation>自定義期間需要填寫起始日期和截止日期。</translation>
        </message>
        <message>
            <source>The last day {until} is before the first day {since}.</source>
            <translation>截止日期 {until} 早於起始日期 {since}。</translation>
        </message>
        <message>
            <source>A report covers at most ten years.</source>
            <translation>一份報表最多統計十年。</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} daily backups.</source>
            <translation>每日備份應保留 {low} 至 {high} 份。</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
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
        <name>gui</name>
        <message>
            <source>The database cannot be used.</source>
            <extracomment>what a tab needs from other modules, handed in here so slices never import each other's ui dashboard items that come from the shell, not from a module: (session, actor, today) -&gt; list[DashboardItem]</extracomment>
            <translation>無法使用該資料庫。</translation>
        </message>
        <message>
            <source>This is the demo database; you are signed in as the clerk. Demo users: {users} — each with the password {password}.</source>
            <translation>這是演示資料庫，您已以內勤身份登入。演示使用者：{users}，密碼均為 {password}。</translation>
        </message>
        <message>
            <source>Daily backup written: {path}</source>
            <translation>每日備份已保存：{path}</translation>
        </message>
        <message>
            <source>The daily backup failed: {reason}</source>
            <translation>每日備份失敗：{reason}</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>每日備份</translation>
        </message>
    </context>
    <context>
        <name>handover</name>
        <message>
            <source>Customers they look after</source>
            <extracomment>a leaving clerk's customers go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>其負責的客戶</translation>
        </message>
        <message>
            <source>Open action items from meetings</source>
            <extracomment>a meeting's state only moves forward in sync: minutes written beat a cancellation a leaving clerk's open action items go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>其未完成的會議待辦事項</translation>
        </message>
        <message>
            <source>Orders they follow that are not closed</source>
            <extracomment>an order's state only moves forward in sync (the order the state machine declares) a leaving clerk's orders still under way go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>其跟進的未結案訂單</translation>
        </message>
    </context>
    <context>
        <name>inventory</name>
        <message>
            <source>Count sheet</source>
            <translation>盤點表</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>Purchase list (replenishment suggestions)</source>
            <translation>採購清單（補貨建議）</translation>
        </message>
        <message>
            <source>Below zero</source>
            <translation>負庫存</translation>
        </message>
        <message>
            <source>At or below reorder point</source>
            <translation>低於補貨點</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>有庫存</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無庫存</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>產品名稱</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>庫位</translation>
        </message>
        <message>
            <source>Book quantity</source>
            <translation>帳面數量</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>補貨點</translation>
        </message>
        <message>
            <source>Last movement</source>
            <translation>最近變動</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>盤點</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>盤點人</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>審批時間</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <extracomment>the count states and reasons of the shared count rules, re-exported for this slice's UI</extracomment>
            <translation>期初庫存</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>入庫</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>發貨出庫</translation>
        </message>
        <message>
            <source>Customer return</source>
            <translation>客戶退貨</translation>
        </message>
        <message>
            <source>Count adjustment</source>
            <translation>盤點調整</translation>
        </message>
        <message>
            <source>Scrap</source>
            <translation>報廢</translation>
        </message>
        <message>
            <source>Return to supplier</source>
            <translation>退貨給供應商</translation>
        </message>
        <message>
            <source>Weekly</source>
            <extracomment>kinds a clerk enters by hand (the sign is given by the kind)</extracomment>
            <translation>每周</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>全部產品</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>促銷</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>已計劃</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Order shipped</source>
            <translation>訂單發貨</translation>
        </message>
        <message>
            <source>Start count</source>
            <translation>開始盤點</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交審批</translation>
        </message>
        <message>
            <source>Send back for recount</source>
            <translation>退回復盤</translation>
        </message>
        <message>
            <source>Approve count</source>
            <translation>審批盤點</translation>
        </message>
        <message>
            <source>Cancel count</source>
            <translation>取消盤點</translation>
        </message>
        <message>
            <source>Plan handling</source>
            <translation>制定處理方案</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>標記已處理</translation>
        </message>
        <message>
            <source>Cancel plan</source>
            <translation>取消方案</translation>
        </message>
        <message>
            <source>Stock analysis</source>
            <translation>庫存分析</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>Per product</source>
            <translation>按產品</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>按類別</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Period / window</source>
            <translation>期間 / 統計視窗</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>行數</translation>
        </message>
        <message>
            <source>Without variance</source>
            <translation>無差異</translation>
        </message>
        <message>
            <source>Count accuracy</source>
            <translation>盤點準確率</translation>
        </message>
        <message>
            <source>Quantity accuracy</source>
            <translation>數量準確率</translation>
        </message>
        <message>
            <source>Net variance</source>
            <translation>淨差異</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>期初</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>期末</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>銷售出庫</translation>
        </message>
        <message>
            <source>Turnover rate</source>
            <translation>周轉率</translation>
        </message>
        <message>
            <source>Days of stock</source>
            <translation>庫存天數</translation>
        </message>
        <message>
            <source>Daily sales</source>
            <translation>日均銷量</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>交貨期(天)</translation>
        </message>
        <message>
            <source>Suggested quantity</source>
            <translation>建議採購數量</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Idle days</source>
            <translation>呆滯天數</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>處理方案</translation>
        </message>
        <message>
            <source>Variance by reason</source>
            <translation>按原因統計差異</translation>
        </message>
        <message>
            <source>Export purchase list…</source>
            <translation>匯出採購清單…</translation>
        </message>
        <message>
            <source>Replenishment suggestions</source>
            <translation>補貨建議</translation>
        </message>
        <message>
            <source>Plan handling…</source>
            <translation>制定處理方案…</translation>
        </message>
        <message>
            <source>Mark handled…</source>
            <translation>標記已處理…</translation>
        </message>
        <message>
            <source>Slow-moving stock</source>
            <translation>呆滯品</translation>
        </message>
        <message>
            <source>{count} approved counts, {lines} lines: count accuracy {lines_pct}, by quantity {qty_pct}.</source>
            <translation>已審批盤點 {count} 次，共 {lines} 行：盤點準確率 {lines_pct}，按數量 {qty_pct}。</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>已匯出 {rows} 行到 {file}。</translation>
        </message>
        <message>
            <source>Select a product first.</source>
            <translation>請先選擇產品。</translation>
        </message>
        <message>
            <source>Select a product with a handling plan first.</source>
            <translation>請先選擇已有處理方案的產品。</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>處理結果</translation>
        </message>
        <message>
            <source>Scan or type the product code, then Enter</source>
            <translation>掃描或輸入產品編碼，按回車</translation>
        </message>
        <message>
            <source>Counted quantity, then Enter</source>
            <translation>實盤數量，按回車</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>產品編碼</translation>
        </message>
        <message>
            <source>Counted quantity</source>
            <translation>實盤數量</translation>
        </message>
        <message>
            <source>Enter from a list…</source>
            <translation>按清單錄入…</translation>
        </message>
        <message>
            <source>Moved during count</source>
            <translation>盤點期間變動</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差異</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>單據</translation>
        </message>
        <message>
            <source>Note on the variance</source>
            <translation>差異說明</translation>
        </message>
        <message>
            <source>Set reason</source>
            <translation>設定原因</translation>
        </message>
        <message>
            <source>Select variances without a reason</source>
            <translation>選中未填原因的差異</translation>
        </message>
        <message>
            <source>Reason of the selected lines</source>
            <translation>所選行的差異原因</translation>
        </message>
        <message>
            <source>Print count sheet…</source>
            <translation>列印盤點表…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Movements posted since the count started (taken into account)</source>
            <translation>盤點開始後發生的庫存流水（已計入）</translation>
        </message>
        <message>
            <source>Started {time}</source>
            <translation>開始於 {time}</translation>
        </message>
        <message>
            <source>{counted} of {total} counted</source>
            <translation>已盤 {counted} / {total}</translation>
        </message>
        <message>
            <source>Count accuracy {value}</source>
            <translation>盤點準確率 {value}</translation>
        </message>
        <message>
            <source>Blind count: the book quantity is hidden</source>
            <translation>盲盤：不顯示帳面數量</translation>
        </message>
        <message>
            <source>{code}: {quantity} recorded.</source>
            <translation>{code}：已記錄 {quantity}。</translation>
        </message>
        <message>
            <source>{count} counted quantities recorded.</source>
            <translation>已錄入 {count} 條實盤數量。</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>請先選擇一行。</translation>
        </message>
        <message>
            <source>Reason set on {count} line(s).</source>
            <translation>已為 {count} 行設定原因。</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Count sheet saved to {file}.</source>
            <translation>盤點表已保存到 {file}。</translation>
        </message>
        <message>
            <source>New count plan</source>
            <translation>新建盤點計劃</translation>
        </message>
        <message>
            <source>Blind count (book quantity hidden)</source>
            <translation>盲盤（不顯示帳面數量）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>頻率</translation>
        </message>
        <message>
            <source>Category or location</source>
            <translation>類別或庫位</translation>
        </message>
        <message>
            <source>Inventory counts</source>
            <translation>庫存盤點</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>計劃</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>下次盤點</translation>
        </message>
        <message>
            <source>New count plan…</source>
            <translation>新建盤點計劃…</translation>
        </message>
        <message>
            <source>Start count from plan</source>
            <translation>按計劃開始盤點</translation>
        </message>
        <message>
            <source>Count all products</source>
            <translation>盤點全部產品</translation>
        </message>
        <message>
            <source>Open count</source>
            <translation>打開盤點</translation>
        </message>
        <message>
            <source>Count plans</source>
            <translation>盤點計劃</translation>
        </message>
        <message>
            <source>Count sessions</source>
            <translation>盤點單</translation>
        </message>
        <message>
            <source>Select a plan first.</source>
            <translation>請先選擇計劃。</translation>
        </message>
        <message>
            <source>Full count</source>
            <translation>全面盤點</translation>
        </message>
        <message>
            <source>Delivery note, or the order number of a return</source>
            <translation>送貨單號，退貨時填訂單編號</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>產品</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>結存</translation>
        </message>
        <message>
            <source>Enter counted quantities from a list</source>
            <translation>按清單錄入實盤數量</translation>
        </message>
        <message>
            <source>Paste from Excel or type one product per row: product code, counted quantity and, for a product kept at several locations, the location.</source>
            <translation>從 Excel 粘貼，或每行輸入一個產品：產品編碼、實盤數量；同一產品存放在多個庫位時，再加上庫位。</translation>
        </message>
        <message>
            <source>Correct quantities entered already</source>
            <translation>更正已錄入的數量</translation>
        </message>
        <message>
            <source>Record all</source>
            <translation>全部錄入</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>第 {row} 行：{problem}</translation>
        </message>
    </context>
    <context>
        <name>kpi</name>
        <message>
            <source>Meeting notice awareness rate</source>
            <translation>會議通知知曉率</translation>
        </message>
        <message>
            <source>Attendees who acknowledged the notice or asked for leave, of those notified, for meetings held in the period.</source>
            <translation>統計期內召開的會議中，已確認收到通知或已請假的參會人員佔已通知人員的比例。</translation>
        </message>
        <message>
            <source>Action items done on time</source>
            <translation>決議事項按期落實率</translation>
        </message>
        <message>
            <source>Action items due in the period that were done by their due date.</source>
            <translation>統計期內到期的待辦事項中，在期限內完成的比例。</translation>
        </message>
        <message>
            <source>Claim processing time</source>
            <translation>報銷處理時長</translation>
        </message>
        <message>
            <source>Mean days from a claim's submission to its payment, over the claims paid in the period</source>
            <translation>期間內已支付的報銷單從提交到支付的平均天數</translation>
        </message>
        <message>
            <source>Customer information completeness</source>
            <extracomment>the fields a complete customer file has filled in (besides the name, which is always there)</extracomment>
            <translation>客戶資訊完整率</translation>
        </message>
        <message>
            <source>Customer files with industry, region, address, phone and a contact with a phone, of all customer files</source>
            <translation>行業、地區、地址、電話齊全且有帶電話聯絡人的客戶檔案所佔比例</translation>
        </message>
        <message>
            <source>Count accuracy</source>
            <translation>盤點準確率</translation>
        </message>
        <message>
            <source>Counted lines without a variance, of all lines counted in the counts approved in the period</source>
            <translation>期間內審批通過的盤點中，無差異的盤點行所佔比例</translation>
        </message>
        <message>
            <source>Order processing timeliness</source>
            <extracomment>the orders' assessment indicators (seeds: 订单处理及时率, 订单按时交付率, 订单执行准确率)</extracomment>
            <translation>訂單處理及時率</translation>
        </message>
        <message>
            <source>Orders approved within the target hours of being recorded, of all orders approved in the period</source>
            <translation>期間內審核通過的訂單中，自錄入起在目標小時數內審核通過的比例</translation>
        </message>
        <message>
            <source>On-time delivery rate</source>
            <translation>按時交付率</translation>
        </message>
        <message>
            <source>Orders delivered on or before the delivery date, of all orders delivered in the period</source>
            <translation>期間內交付的訂單中，在交貨日期當天或之前交付的比例</translation>
        </message>
        <message>
            <source>Order accuracy</source>
            <translation>訂單準確率</translation>
        </message>
        <message>
            <source>Submissions not returned for correction, of all submissions for review</source>
            <translation>提交審核的訂單中，未被退回修改的比例</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Customer contacts</source>
            <translation>客戶聯絡人</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>產品</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Neiqin</source>
            <translation>內勤</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data is safe; the last action was not saved. The details are in the log file.</source>
            <translation>程序出現了意外錯誤。您的數據是安全的，剛才的操作沒有保存。詳細資訊已寫入日誌文件。</translation>
        </message>
    </context>
    <context>
        <name>minutes</name>
        <message>
            <source>Meeting notice</source>
            <translation>會議通知</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>會議紀要</translation>
        </message>
        <message>
            <source>Action item report to the chair</source>
            <translation>決議事項落實情況報告（報主持人）</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>會議</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>待辦事項</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>會議</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>會議時間</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>參會人數</translation>
        </message>
        <message>
            <source>Awareness %</source>
            <translation>知曉率%</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>未完成待辦</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>待辦事項</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Latest progress</source>
            <translation>最新進展</translation>
        </message>
        <message>
            <source>Weekly meeting</source>
            <translation>週例會</translation>
        </message>
        <message>
            <source>Monthly meeting</source>
            <translation>月例會</translation>
        </message>
        <message>
            <source>Quarterly review</source>
            <translation>季度總結會</translation>
        </message>
        <message>
            <source>Project meeting</source>
            <translation>項目會議</translation>
        </message>
        <message>
            <source>Ad hoc meeting</source>
            <translation>臨時會議</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>不重複</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>每季度</translation>
        </message>
        <message>
            <source>Present</source>
            <extracomment>the recurrence a regular meeting gets unless another is chosen</extracomment>
            <translation>出席</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>遲到</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>On leave</source>
            <translation>請假</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>資料</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>設備</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未開始</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Paper copy</source>
            <translation>紙質文件</translation>
        </message>
        <message>
            <source>In the program</source>
            <translation>系統內</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>待批准</translation>
        </message>
        <message>
            <source>Request rejected</source>
            <translation>未批准</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <extracomment>titles of the steps that are not actions of the machine (timeline)</extracomment>
            <translation>已安排</translation>
        </message>
        <message>
            <source>Notice sent</source>
            <translation>已通知</translation>
        </message>
        <message>
            <source>Minutes in draft</source>
            <translation>紀要起草中</translation>
        </message>
        <message>
            <source>Awaiting chair review</source>
            <translation>待主持人審核</translation>
        </message>
        <message>
            <source>Reviewed by chair</source>
            <translation>主持人已審核</translation>
        </message>
        <message>
            <source>Distributed</source>
            <translation>已分發</translation>
        </message>
        <message>
            <source>Approve request</source>
            <extracomment>printed words (zh_CN; printed forms are in the company's language) the meeting itself (time, place, people, agenda) may still be changed the minutes may be written (attendance, discussion, decisions, action items) the minutes exist (printable, action items tracked) only the meeting's chair does it (or someone with minutes.review_any, or a clerk recording the chair's approval on paper)</extracomment>
            <translation>批准申請</translation>
        </message>
        <message>
            <source>Reject request</source>
            <translation>駁回申請</translation>
        </message>
        <message>
            <source>Send notice</source>
            <translation>發送會議通知</translation>
        </message>
        <message>
            <source>Start minutes</source>
            <translation>開始記錄紀要</translation>
        </message>
        <message>
            <source>Submit to chair</source>
            <translation>提交主持人審核</translation>
        </message>
        <message>
            <source>Chair approves minutes</source>
            <translation>主持人審核通過</translation>
        </message>
        <message>
            <source>Chair returns minutes</source>
            <translation>主持人退回修改</translation>
        </message>
        <message>
            <source>Distribute minutes</source>
            <translation>分發會議紀要</translation>
        </message>
        <message>
            <source>Reopen minutes</source>
            <translation>重新打開紀要</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>取消會議</translation>
        </message>
        <message>
            <source>Changed after the notice</source>
            <translation>通知後變更</translation>
        </message>
        <message>
            <source>Not possible while the meeting is {state}.</source>
            <translation>會議狀態為「{state}」時不能執行此操作。</translation>
        </message>
        <message>
            <source>Only the chair reviews the minutes.</source>
            <translation>會議紀要只能由主持人審核。</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您沒有執行此操作的權限（{permission}）。</translation>
        </message>
    </context>
    <context>
        <name>modules</name>
        <message>
            <source>Orders</source>
            <translation>訂單管理</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客戶檔案</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>產品</translation>
        </message>
        <message>
            <source>Inventory counts</source>
            <translation>庫存盤點</translation>
        </message>
        <message>
            <source>Office supplies</source>
            <translation>辦公用品</translation>
        </message>
        <message>
            <source>Reimbursements</source>
            <translation>費用報銷</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>會議紀要</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>檔案管理</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報表</translation>
        </message>
    </context>
    <context>
        <name>orders</name>
        <message>
            <source>Order confirmation</source>
            <translation>訂單確認書</translation>
        </message>
        <message>
            <source>Order status report for a customer</source>
            <translation>客戶訂單狀態報告</translation>
        </message>
        <message>
            <source>Orders</source>
            <extracomment>the demo runs after customers (20) and products (30), whose records the orders use</extracomment>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用額度</translation>
        </message>
        <message>
            <source>The customer has no credit limit.</source>
            <translation>該客戶沒有信用額度。</translation>
        </message>
        <message>
            <source>Open orders with this one plus overdue amounts come to {exposure}, above the credit limit of {limit}.</source>
            <translation>未完成訂單（含本單）加逾期金額共 {exposure}，超過信用額度 {limit}。</translation>
        </message>
        <message>
            <source>Open orders with this one plus overdue amounts exceed the credit limit.</source>
            <translation>未完成訂單（含本單）加逾期金額超過信用額度。</translation>
        </message>
        <message>
            <source>{exposure} of the credit limit {limit} used.</source>
            <translation>已用信用額度 {exposure}（額度 {limit}）。</translation>
        </message>
        <message>
            <source>Within the credit limit.</source>
            <translation>在信用額度之內。</translation>
        </message>
        <message>
            <source>Overdue payments</source>
            <translation>逾期付款</translation>
        </message>
        <message>
            <source>Overdue amount {amount}.</source>
            <translation>逾期金額 {amount}。</translation>
        </message>
        <message>
            <source>The customer has overdue payments.</source>
            <translation>該客戶有逾期付款。</translation>
        </message>
        <message>
            <source>No overdue payments.</source>
            <translation>無逾期付款。</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等級</translation>
        </message>
        <message>
            <source>The customer is not rated.</source>
            <translation>該客戶尚未評定信用等級。</translation>
        </message>
        <message>
            <source>Rating {rating}.</source>
            <translation>信用等級 {rating}。</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新客戶</translation>
        </message>
        <message>
            <source>A new customer: review the credit before approving.</source>
            <translation>新客戶：審核通過前請先評估信用。</translation>
        </message>
        <message>
            <source>A known customer.</source>
            <translation>老客戶。</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>完整性</translation>
        </message>
        <message>
            <source>{count} thing(s) missing.</source>
            <translation>缺少 {count} 項。</translation>
        </message>
        <message>
            <source>Everything needed is there.</source>
            <translation>所需內容齊全。</translation>
        </message>
        <message>
            <source>Stock availability</source>
            <translation>庫存情況</translation>
        </message>
        <message>
            <source>No stock data: no stock has been recorded yet, ask the warehouse.</source>
            <translation>無庫存數據：尚未記錄庫存，請詢問倉庫。</translation>
        </message>
        <message>
            <source>Every line is in stock.</source>
            <translation>各行均有庫存。</translation>
        </message>
        <message>
            <source>{count} line(s) short of stock (needed / available): {lines}.</source>
            <translation>{count} 行庫存不足（需要 / 可用）：{lines}。</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>客戶諮詢</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>已記錄</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>待審核</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>審核通過</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>Confirmed with customer</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已下達</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>執行中</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已發貨</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已交付</translation>
        </message>
        <message>
            <source>Closed / archived</source>
            <translation>已歸檔</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Record as order</source>
            <translation>轉為訂單記錄</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>提交審核</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>審核通過</translation>
        </message>
        <message>
            <source>Approved on paper</source>
            <translation>紙質審批</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>Confirm with customer</source>
            <translation>訂單確認</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>確認方式</translation>
        </message>
        <message>
            <source>Customer's person</source>
            <translation>客戶確認人</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>確認日期</translation>
        </message>
        <message>
            <source>Dispatch to departments</source>
            <translation>訂單下達</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>開始執行</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>發貨</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>承運商</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>運單號</translation>
        </message>
        <message>
            <source>Expected arrival</source>
            <translation>預計到達</translation>
        </message>
        <message>
            <source>Mark delivered</source>
            <translation>確認交付</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>交付日期</translation>
        </message>
        <message>
            <source>Close and archive</source>
            <translation>歸檔</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>取消訂單</translation>
        </message>
        <message>
            <source>Customer re-confirms the change</source>
            <translation>客戶確認變更</translation>
        </message>
        <message>
            <source>Not possible while the order is {state}.</source>
            <translation>訂單為「{state}」時不能進行此操作。</translation>
        </message>
        <message>
            <source>There is no approved change waiting for the customer.</source>
            <translation>沒有等待客戶確認的已批准變更。</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您沒有執行此操作的權限（{permission}）。</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交貨日期</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>交貨地點</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>訂單編號</translation>
        </message>
        <message>
            <source>Rev.</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>訂單日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>行數</translation>
        </message>
        <message>
            <source>Salesperson</source>
            <translation>業務員</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>重大訂單</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>已錄入</translation>
        </message>
        <message>
            <source>New revision</source>
            <translation>新版本</translation>
        </message>
        <message>
            <source>Material shortage</source>
            <translation>缺料</translation>
        </message>
        <message>
            <source>Equipment failure</source>
            <translation>設備故障</translation>
        </message>
        <message>
            <source>Transport delay</source>
            <translation>運輸延誤</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>傳真</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>拜訪</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>生產部門</translation>
        </message>
        <message>
            <source>Purchasing</source>
            <translation>採購部門</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>物流部門</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>財務部門</translation>
        </message>
        <message>
            <source>No stock data: stock is not kept in the program yet, ask the warehouse.</source>
            <translation>無庫存數據：程序中尚未管理庫存，請向倉庫確認。</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <source>Manage users and roles</source>
            <translation>管理使用者和角色</translation>
        </message>
        <message>
            <source>Change company settings</source>
            <translation>修改公司設定</translation>
        </message>
        <message>
            <source>Make backups</source>
            <translation>備份數據</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>從備份還原</translation>
        </message>
        <message>
            <source>Read the audit trail</source>
            <translation>查看操作日誌</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work</source>
            <translation>辦理離職內勤的工作交接</translation>
        </message>
        <message>
            <source>Resolve sync conflicts</source>
            <translation>處理同步衝突</translation>
        </message>
        <message>
            <source>See customer files</source>
            <translation>查看客戶檔案</translation>
        </message>
        <message>
            <source>Enter and edit customers</source>
            <translation>錄入和修改客戶</translation>
        </message>
        <message>
            <source>Delete customers</source>
            <translation>刪除客戶</translation>
        </message>
        <message>
            <source>Read and change confidential customer data (credit, bank)</source>
            <translation>查看和修改客戶保密資料（信用、銀行）</translation>
        </message>
        <message>
            <source>Import customers from Excel</source>
            <translation>從 Excel 匯入客戶</translation>
        </message>
        <message>
            <source>Export customer lists to Excel</source>
            <translation>匯出客戶清單到 Excel</translation>
        </message>
        <message>
            <source>Hand a clerk's customers to another clerk</source>
            <translation>將內勤的客戶交接給其他內勤</translation>
        </message>
        <message>
            <source>See orders</source>
            <translation>查看訂單</translation>
        </message>
        <message>
            <source>Enter inquiries and orders</source>
            <translation>錄入客戶諮詢和訂單</translation>
        </message>
        <message>
            <source>Edit orders before review</source>
            <translation>審核前修改訂單</translation>
        </message>
        <message>
            <source>Submit orders for review</source>
            <translation>提交訂單審核</translation>
        </message>
        <message>
            <source>Review orders (approve, return, reject)</source>
            <translation>訂單審核（通過、退回、拒絕）</translation>
        </message>
        <message>
            <source>Confirm orders with the customer</source>
            <translation>與客戶確認訂單</translation>
        </message>
        <message>
            <source>Dispatch orders to departments</source>
            <translation>訂單下達各部門</translation>
        </message>
        <message>
            <source>Record order progress and exceptions</source>
            <translation>記錄訂單進度和異常</translation>
        </message>
        <message>
            <source>Record shipments</source>
            <translation>記錄發貨</translation>
        </message>
        <message>
            <source>Record deliveries</source>
            <translation>記錄交付</translation>
        </message>
        <message>
            <source>Close and archive orders</source>
            <translation>訂單歸檔</translation>
        </message>
        <message>
            <source>Cancel orders</source>
            <translation>取消訂單</translation>
        </message>
        <message>
            <source>Enter change requests</source>
            <translation>錄入訂單變更</translation>
        </message>
        <message>
            <source>Check change requests and add impact notes</source>
            <translation>初審訂單變更並填寫影響說明</translation>
        </message>
        <message>
            <source>Approve or reject change requests</source>
            <translation>批准或拒絕訂單變更</translation>
        </message>
        <message>
            <source>Export order lists to Excel</source>
            <translation>匯出訂單列表到 Excel</translation>
        </message>
        <message>
            <source>See the product catalogue</source>
            <translation>查看產品目錄</translation>
        </message>
        <message>
            <source>Enter and edit products</source>
            <translation>錄入和修改產品</translation>
        </message>
        <message>
            <source>Import products from Excel</source>
            <translation>從 Excel 匯入產品</translation>
        </message>
        <message>
            <source>Export the product list to Excel</source>
            <translation>匯出產品清單到 Excel</translation>
        </message>
        <message>
            <source>See office supplies</source>
            <translation>查看辦公用品</translation>
        </message>
        <message>
            <source>Keep the office-supplies catalogue</source>
            <translation>維護辦公用品目錄</translation>
        </message>
        <message>
            <source>Prepare purchase plans</source>
            <translation>編制採購計劃</translation>
        </message>
        <message>
            <source>Approve purchase plans</source>
            <translation>審批採購計劃</translation>
        </message>
        <message>
            <source>Receive and inspect supplies</source>
            <translation>驗收入庫</translation>
        </message>
        <message>
            <source>Issue supplies and take returns</source>
            <translation>發放辦公用品及辦理退庫</translation>
        </message>
        <message>
            <source>Approve issues over the issue standard</source>
            <translation>審批超標準領用</translation>
        </message>
        <message>
            <source>Count office supplies</source>
            <translation>盤點辦公用品</translation>
        </message>
        <message>
            <source>Approve supplies counts</source>
            <translation>審批辦公用品盤點</translation>
        </message>
        <message>
            <source>Report lost or damaged supplies</source>
            <translation>上報辦公用品損壞/遺失</translation>
        </message>
        <message>
            <source>Approve loss and damage reports</source>
            <translation>審批損壞/遺失報告</translation>
        </message>
        <message>
            <source>Export office-supplies lists to Excel</source>
            <translation>匯出辦公用品列表到 Excel</translation>
        </message>
        <message>
            <source>Import the supplies catalogue</source>
            <translation>匯入辦公用品目錄</translation>
        </message>
        <message>
            <source>See stock, movements and counts</source>
            <translation>查看庫存、流水和盤點</translation>
        </message>
        <message>
            <source>Record receipts, scrap and returns</source>
            <translation>錄入入庫、報廢和退貨</translation>
        </message>
        <message>
            <source>Import opening stock from Excel</source>
            <translation>從 Excel 匯入期初庫存</translation>
        </message>
        <message>
            <source>Plan counts, start them and enter counted quantities</source>
            <translation>制定盤點計劃、開始盤點並錄入實盤數量</translation>
        </message>
        <message>
            <source>Approve counts (posts adjustments)</source>
            <translation>審批盤點（過帳調整）</translation>
        </message>
        <message>
            <source>Plan and close the handling of slow-moving stock</source>
            <translation>制定並完成呆滯品處理方案</translation>
        </message>
        <message>
            <source>Export stock lists and purchase lists</source>
            <translation>匯出庫存清單和採購清單</translation>
        </message>
        <message>
            <source>See meetings and minutes</source>
            <translation>查看會議和會議紀要</translation>
        </message>
        <message>
            <source>Schedule meetings and send notices</source>
            <translation>安排會議並發送會議通知</translation>
        </message>
        <message>
            <source>Request ad hoc meetings</source>
            <translation>申請臨時會議</translation>
        </message>
        <message>
            <source>Approve ad hoc meeting requests</source>
            <translation>批准臨時會議申請</translation>
        </message>
        <message>
            <source>Record minutes, decisions and action items</source>
            <translation>記錄會議紀要、決議事項和待辦事項</translation>
        </message>
        <message>
            <source>Review minutes for any chair</source>
            <translation>代任一主持人審核會議紀要</translation>
        </message>
        <message>
            <source>Reopen closed minutes</source>
            <translation>重新打開已定稿的會議紀要</translation>
        </message>
        <message>
            <source>Report progress of own action items</source>
            <translation>報告本人待辦事項的進展</translation>
        </message>
        <message>
            <source>Export meeting lists to Excel</source>
            <translation>匯出會議列表到 Excel</translation>
        </message>
        <message>
            <source>See the archive and document registers</source>
            <translation>查看檔案和收發文登記</translation>
        </message>
        <message>
            <source>Register archive items, contracts and documents</source>
            <translation>登記檔案、合同和收發文</translation>
        </message>
        <message>
            <source>Record lending requests, issues and returns</source>
            <translation>登記借閱申請、出借和歸還</translation>
        </message>
        <message>
            <source>Approve lending of archive items</source>
            <translation>審批檔案借閱</translation>
        </message>
        <message>
            <source>Check the register against the shelves</source>
            <translation>清查核對檔案</translation>
        </message>
        <message>
            <source>Appraise and destroy items past retention</source>
            <translation>鑑定並銷毀超過保管期限的檔案</translation>
        </message>
        <message>
            <source>Approve the destruction of archive items</source>
            <translation>審批檔案銷毀</translation>
        </message>
        <message>
            <source>Export archive lists to Excel</source>
            <translation>將檔案清單匯出到 Excel</translation>
        </message>
        <message>
            <source>Import an existing archive register</source>
            <translation>匯入現有檔案登記表</translation>
        </message>
        <message>
            <source>See expense claims</source>
            <translation>查看報銷單</translation>
        </message>
        <message>
            <source>Enter and submit own expense claims</source>
            <translation>填寫並提交本人報銷單</translation>
        </message>
        <message>
            <source>Enter expense claims for colleagues</source>
            <translation>代同事填寫報銷單</translation>
        </message>
        <message>
            <source>See everyone's expense claims</source>
            <translation>查看所有人的報銷單</translation>
        </message>
        <message>
            <source>Approve expense claims of the own department</source>
            <translation>審批本部門報銷單</translation>
        </message>
        <message>
            <source>Record a department head's approval signed on paper</source>
            <translation>登記部門負責人的紙質審批</translation>
        </message>
        <message>
            <source>First review of expense claims</source>
            <translation>報銷初審</translation>
        </message>
        <message>
            <source>Final review of expense claims</source>
            <translation>報銷終審</translation>
        </message>
        <message>
            <source>Record payment of expense claims</source>
            <translation>登記報銷支付</translation>
        </message>
        <message>
            <source>Approve expense claims over budget</source>
            <translation>審批超預算報銷</translation>
        </message>
        <message>
            <source>Propose expense budgets</source>
            <translation>編制費用預算</translation>
        </message>
        <message>
            <source>Approve expense budgets</source>
            <translation>審批費用預算</translation>
        </message>
        <message>
            <source>Set the reimbursement standards per category</source>
            <translation>設定各類費用報銷標準</translation>
        </message>
        <message>
            <source>Export expense claims to Excel</source>
            <translation>匯出報銷單到 Excel</translation>
        </message>
        <message>
            <source>See sales reports and one's own KPIs</source>
            <translation>查看銷售報表和本人考核指標</translation>
        </message>
        <message>
            <source>See the KPIs of every clerk</source>
            <translation>查看所有內勤的考核指標</translation>
        </message>
        <message>
            <source>Set the KPI targets</source>
            <translation>設定考核指標目標值</translation>
        </message>
    </context>
    <context>
        <name>products</name>
        <message>
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>產品編碼</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>產品名稱</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>補貨點</translation>
        </message>
    </context>
    <context>
        <name>reimbursements</name>
        <message>
            <source>Not possible while the claim is {state}.</source>
            <extracomment>the steps at which a claim over budget needs the over-budget right</extracomment>
            <translation>報銷單狀態為「{state}」，不能進行此操作。</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您沒有此操作的權限（{permission}）。</translation>
        </message>
        <message>
            <source>Nobody reviews their own claim.</source>
            <translation>不能審批本人的報銷單。</translation>
        </message>
        <message>
            <source>Only the head of {department} approves this claim.</source>
            <translation>只有{department}負責人才能審批此報銷單。</translation>
        </message>
        <message>
            <source>Expense claim form</source>
            <translation>費用報銷單</translation>
        </message>
        <message>
            <source>Budget usage report (year)</source>
            <translation>費用預算執行情況表（年度）</translation>
        </message>
        <message>
            <source>Expense claims</source>
            <translation>報銷單</translation>
        </message>
        <message>
            <source>Budget usage</source>
            <translation>費用預算執行情況</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>報銷單號</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>報銷日期</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>報銷人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明細行數</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>超預算</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>疑似重複</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>填單人</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>支付日期</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>差旅費</translation>
        </message>
        <message>
            <source>Entertainment</source>
            <translation>業務招待費</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>通訊費</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>辦公費</translation>
        </message>
        <message>
            <source>Local transport</source>
            <translation>市內交通費</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Line {line}: {amount} is over the standard of {limit} ({per_day} a day for {days} days).</source>
            <translation>第 {line} 行：{amount} 超過標準 {limit}（每天 {per_day}，共 {days} 天）。</translation>
        </message>
        <message>
            <source>Line {line}: {amount} is over the standard of {limit} per receipt.</source>
            <translation>第 {line} 行：{amount} 超過每張票據 {limit} 的標準。</translation>
        </message>
        <message>
            <source>Line {line}: within the standard.</source>
            <translation>第 {line} 行：符合報銷標準。</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>填寫</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Awaiting department head</source>
            <translation>待部門審批</translation>
        </message>
        <message>
            <source>Awaiting first review</source>
            <translation>待初審</translation>
        </message>
        <message>
            <source>Awaiting final review</source>
            <translation>待終審</translation>
        </message>
        <message>
            <source>Awaiting payment</source>
            <translation>待支付</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤銷</translation>
        </message>
        <message>
            <source>Receipts present for every line</source>
            <extracomment>printed words of the states (zh_CN, like the printed forms) states in which a claim uses its department's budget states waiting for someone other than the claimant, with the permission of that step the steps nobody may take on their own claim</extracomment>
            <translation>每行都附有票據</translation>
        </message>
        <message>
            <source>Receipts are real</source>
            <translation>票據真實</translation>
        </message>
        <message>
            <source>Receipts are legal (proper invoices)</source>
            <translation>票據合法（正規發票）</translation>
        </message>
        <message>
            <source>Claim is complete (purpose, dates, amounts)</source>
            <translation>報銷單填寫完整（用途、日期、金額）</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>銀行轉帳</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <source>Offset against an advance</source>
            <translation>衝抵借款</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提交審批</translation>
        </message>
        <message>
            <source>Department approval</source>
            <translation>部門審批</translation>
        </message>
        <message>
            <source>Approved on paper</source>
            <translation>紙質審批</translation>
        </message>
        <message>
            <source>First review</source>
            <translation>初審</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>初審清單</translation>
        </message>
        <message>
            <source>Final review</source>
            <translation>終審</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>登記支付</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Returned lines</source>
            <translation>退回的明細行</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤銷</translation>
        </message>
        <message>
            <source>{category}: {claimed} claimed, no approved budget</source>
            <translation>{category}：本單 {claimed}，無已批准的預算</translation>
        </message>
        <message>
            <source>{category}: {claimed} claimed, {remaining} of {budget} remaining</source>
            <translation>{category}：本單 {claimed}，預算 {budget}，剩餘 {remaining}</translation>
        </message>
        <message>
            <source>over budget</source>
            <translation>超預算</translation>
        </message>
        <message>
            <source>Line {line}: the invoice number is also on {number} line {other_line}</source>
            <translation>第 {line} 行：發票號碼與 {number} 第 {other_line} 行相同</translation>
        </message>
        <message>
            <source>Line {line}: same amount and date as {number} line {other_line}</source>
            <translation>第 {line} 行：金額和日期與 {number} 第 {other_line} 行相同</translation>
        </message>
        <message>
            <source>this claim</source>
            <translation>本單</translation>
        </message>
        <message>
            <source>No receipt scan on line(s) {lines}</source>
            <translation>第 {lines} 行沒有票據掃描件</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Clerk</source>
            <translation>內勤</translation>
        </message>
        <message>
            <source>Reviewer / department head</source>
            <translation>審核人員 / 部門負責人</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>財務</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理員</translation>
        </message>
    </context>
    <context>
        <name>supplies</name>
        <message>
            <source>Issue slip</source>
            <translation>領用單</translation>
        </message>
        <message>
            <source>Purchase plan</source>
            <translation>採購計劃</translation>
        </message>
        <message>
            <source>Supplies count sheet</source>
            <translation>辦公用品盤點表</translation>
        </message>
        <message>
            <source>Office-supplies catalogue</source>
            <translation>辦公用品目錄</translation>
        </message>
        <message>
            <source>Usage ledger</source>
            <translation>領用台帳</translation>
        </message>
        <message>
            <source>Purchase plans</source>
            <translation>採購計劃</translation>
        </message>
        <message>
            <source>Below minimum</source>
            <translation>低於最低庫存</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>庫存充足</translation>
        </message>
        <message>
            <source>Not in use</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低庫存</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Last price</source>
            <translation>最近單價</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供應商</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待審批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已審批</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已驗收</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>Over standard: awaiting approval</source>
            <translation>超標待審批</translation>
        </message>
        <message>
            <source>Approved, to hand out</source>
            <translation>已審批待發放</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已發放</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>Returned to store</source>
            <translation>已退庫</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>已上報</translation>
        </message>
        <message>
            <source>Lost</source>
            <extracomment>printed words (zh_CN: forms are filed in the office's language)</extracomment>
            <translation>遺失</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>損壞</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>每季度</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>每年</translation>
        </message>
        <message>
            <source>per person</source>
            <translation>每人</translation>
        </message>
        <message>
            <source>per department</source>
            <translation>每部門</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交審批</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>審核通過</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Fully received</source>
            <translation>全部驗收</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Approve over standard</source>
            <translation>審批超標領用</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>Hand out</source>
            <translation>發放</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Issue and return slips</source>
            <translation>領用單與退庫單</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>領用人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>簽字</translation>
        </message>
        <message>
            <source>Hand out…</source>
            <translation>發放…</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>列印領用單</translation>
        </message>
        <message>
            <source>on screen</source>
            <translation>屏幕簽字</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>紙面簽字</translation>
        </message>
        <message>
            <source>Loss and damage reports</source>
            <translation>損壞/遺失報告</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>責任人</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>賠償金額</translation>
        </message>
        <message>
            <source>Supplies count</source>
            <translation>辦公用品盤點</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>帳面數量</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>實盤數量</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差異</translation>
        </message>
        <message>
            <source>Start count</source>
            <translation>開始盤點</translation>
        </message>
        <message>
            <source>Save counted quantities</source>
            <translation>保存實盤數量</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Print count sheet</source>
            <translation>列印盤點表</translation>
        </message>
        <message>
            <source>No count yet. Start one: the book quantities are frozen now.</source>
            <translation>還沒有盤點。開始盤點時將凍結帳面數量。</translation>
        </message>
        <message>
            <source>{left} of {total} items still to count.</source>
            <translation>共 {total} 項，還有 {left} 項未盤。</translation>
        </message>
        <message>
            <source>Book equals physical.</source>
            <translation>帳實相符。</translation>
        </message>
        <message>
            <source>{n} item(s) differ from the book.</source>
            <translation>{n} 項與帳面不符。</translation>
        </message>
        <message>
            <source>Office-supplies item</source>
            <translation>辦公用品</translation>
        </message>
        <message>
            <source>Minimum stock</source>
            <translation>最低庫存</translation>
        </message>
        <message>
            <source>Issue standard (quantity)</source>
            <translation>發放標準（數量）</translation>
        </message>
        <message>
            <source>Standard per</source>
            <translation>標準按</translation>
        </message>
        <message>
            <source>No standard</source>
            <translation>無標準</translation>
        </message>
        <message>
            <source>Standard period</source>
            <translation>標準周期</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <translation>期初庫存</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Loss or damage report</source>
            <translation>損壞/遺失報告</translation>
        </message>
        <message>
            <source>Lost or damaged</source>
            <translation>遺失或損壞</translation>
        </message>
        <message>
            <source>Person responsible</source>
            <translation>責任人</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>經過</translation>
        </message>
        <message>
            <source>Issue office supplies</source>
            <translation>發放辦公用品</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Standard left</source>
            <translation>標準內剩餘</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明細</translation>
        </message>
        <message>
            <source>I approve the issue over the standard</source>
            <translation>本人審批同意超標準領用</translation>
        </message>
        <message>
            <source>Only a department head may approve; ask for approval instead.</source>
            <translation>只有部門負責人可以審批，請改為提交審批。</translation>
        </message>
        <message>
            <source>Over the standard: ask a department head to approve</source>
            <translation>超出標準：提交部門負責人審批</translation>
        </message>
        <message>
            <source>The recipient signs the printed slip instead</source>
            <translation>領用人在列印的領用單上簽字</translation>
        </message>
        <message>
            <source>Clear signature</source>
            <translation>清除簽字</translation>
        </message>
        <message>
            <source>Recipient's signature</source>
            <translation>領用人簽字</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Over the issue standard: {names}</source>
            <translation>超出發放標準：{names}</translation>
        </message>
        <message>
            <source>Hand out {number}</source>
            <translation>發放 {number}</translation>
        </message>
        <message>
            <source>Return unused supplies</source>
            <translation>退回未用的辦公用品</translation>
        </message>
        <message>
            <source>Returned so far</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Return now</source>
            <translation>本次退回</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Monthly usage</source>
            <translation>月均用量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Office supplies purchase</source>
            <translation>辦公用品採購</translation>
        </message>
        <message>
            <source>Still expected</source>
            <translation>未到數量</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>拒收原因</translation>
        </message>
        <message>
            <source>Spec OK</source>
            <translation>規格合格</translation>
        </message>
        <message>
            <source>Quality OK</source>
            <translation>質量合格</translation>
        </message>
        <message>
            <source>Receiving inspection of {number}</source>
            <translation>驗收入庫：{number}</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>驗收人</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>New from suggestion</source>
            <translation>按建議新建</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Receive…</source>
            <translation>驗收入庫…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>入庫</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>領用</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退庫</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損耗</translation>
        </message>
        <message>
            <source>Count adjustment</source>
            <translation>盤點調整</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>單據</translation>
        </message>
        <message>
            <source>no issue standard</source>
            <translation>無發放標準</translation>
        </message>
        <message>
            <source>at most {quantity} {unit} {per} {period}</source>
            <translation>{per}{period}最多 {quantity} {unit}</translation>
        </message>
        <message>
            <source>Stock {stock} {unit}, minimum {minimum}; {standard}; last price {price}</source>
            <translation>庫存 {stock} {unit}，最低庫存 {minimum}；{standard}；最近單價 {price}</translation>
        </message>
        <message>
            <source>Usage ledger and statistics</source>
            <translation>領用台帳與統計</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部門</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>匯出到 Excel…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Department / person</source>
            <translation>部門 / 領用人</translation>
        </message>
        <message>
            <source>By department and person</source>
            <translation>按部門和人員</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>統計</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>{count} lines, cost {amount}</source>
            <translation>共 {count} 行，金額 {amount}</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Cost per department and month</source>
            <translation>各部門每月領用金額</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>庫存</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Choose PostgreSQL or MariaDB/MySQL.</source>
            <extracomment>the permission to change the server settings disable: plain connection; prefer: TLS when the server offers it; require: TLS or fail; verify-full: TLS with the server's certificate and host name checked URL query keys that the TLS mode decides (dropped when the fields are joined again) other URL options kept as they were (MariaDB's charset, for example)</extracomment>
            <translation>請選擇 PostgreSQL 或 MariaDB/MySQL。</translation>
        </message>
        <message>
            <source>Enter the server's host name or address.</source>
            <translation>請填寫伺服器的主機名或地址。</translation>
        </message>
        <message>
            <source>Enter the name of the server database.</source>
            <translation>請填寫伺服器資料庫的名稱。</translation>
        </message>
        <message>
            <source>Enter the user name of this office on the server.</source>
            <translation>請填寫本分支機構在伺服器上的使用者名。</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535.</source>
            <translation>埠是 1 至 65535 之間的數字。</translation>
        </message>
        <message>
            <source>Unknown TLS mode “{mode}”.</source>
            <translation>未知的 TLS 模式「{mode}」。</translation>
        </message>
        <message>
            <source>Sync every 1 to {most} minutes.</source>
            <translation>同步間隔為 1 至 {most} 分鐘。</translation>
        </message>
        <message>
            <source>No branch with the code {code} in this database; give it as CODE:ID.</source>
            <translation>此資料庫中沒有代碼為 {code} 的分公司；請以「代碼:編號」的形式給出。</translation>
        </message>
        <message>
            <source>Sync is not set up for this database. Run “neiqin sync --server URL” once to set it up.</source>
            <translation>此資料庫尚未設定同步。請先運行一次「neiqin sync --server URL」進行設定。</translation>
        </message>
        <message>
            <source>The server refused the changes: {reason}</source>
            <extracomment>outbox changes per push batch (one server transaction) and change-log entries per pull batch conflicts resolved here and marked on the server in this round full reloads after falling behind the server's pruned change log (`reload.catch_up`) this computer's registration in this round: desk, a new client id, documents renumbered</extracomment>
            <translation>伺服器拒絕了這些更改：{reason}</translation>
        </message>
        <message>
            <source>“{url}” is not a server address such as postgresql://user@host:5432/database.</source>
            <translation>「{url}」不是有效的伺服器地址，例如 postgresql://user@host:5432/database。</translation>
        </message>
        <message>
            <source>Only PostgreSQL and MariaDB/MySQL servers are supported, not “{kind}”.</source>
            <translation>只支持 PostgreSQL 和 MariaDB/MySQL 伺服器，不支持「{kind}」。</translation>
        </message>
        <message>
            <source>The server refused the user name or password ({server}).</source>
            <extracomment>exit code of `neiqin sync` for this kind of failure PostgreSQL: role "x" does not exist / database "x" does not exist; MariaDB: Unknown database 'x'</extracomment>
            <translation>伺服器拒絕了使用者名或密碼（{server}）。</translation>
        </message>
        <message>
            <source>The server {server} has no database of that name. Check the database name.</source>
            <translation>伺服器 {server} 上沒有這個名稱的資料庫。請檢查資料庫名稱。</translation>
        </message>
        <message>
            <source>The secure (TLS) connection to {server} failed: {reason}</source>
            <translation>與 {server} 的加密（TLS）連接失敗：{reason}</translation>
        </message>
        <message>
            <source>The server {server} cannot be reached: {reason}</source>
            <translation>無法連接伺服器 {server}：{reason}</translation>
        </message>
        <message>
            <source>Refused change for {table}: row {row} is not on the server (or belongs to another branch).</source>
            <extracomment>server-only column: the client whose change last touched the row</extracomment>
            <translation>已拒絕 {table} 的更改：記錄 {row} 不在伺服器上（或屬於其他分公司）。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row is larger than {limit} bytes.</source>
            <extracomment>bumped when the wire format or the server tables change incompatibly decoded values (set by `validate`)</extracomment>
            <translation>已拒絕 {table} 的更改：該行超過 {limit} 字節。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the values are not an object.</source>
            <translation>已拒絕 {table} 的更改：數值格式不正確。</translation>
        </message>
        <message>
            <source>The server was prepared by an older Neiqin (sync version {server}, this program {client}). Run “neiqin server init” with this version to upgrade it.</source>
            <translation>伺服器由較舊版本的內勤準備（同步版本 {server}，本程序 {client}）。請用本版本運行「neiqin server init」升級伺服器。</translation>
        </message>
        <message>
            <source>The server needs a newer Neiqin (sync version {server}, this program {client}). Update the program on this computer.</source>
            <extracomment>one desk number per computer of a branch (`desks`) the version table of the server's Alembic history (kind, table, name) of what only PostgreSQL has, outside the metadata: each change-log entry's transaction id (`xid8`, filled by the server) and the (xid, seq) index pulls read in the server was migrated by a newer program (the same words as `protocol.check_version`)</extracomment>
            <translation>伺服器需要更新版本的內勤（同步版本 {server}，本程序 {client}）。請更新本機程序。</translation>
        </message>
        <message>
            <source>Refused change: unknown table “{table}”.</source>
            <translation>已拒絕更改：未知的表「{table}」。</translation>
        </message>
        <message>
            <source>Refused change for {table}: unknown operation “{op}”.</source>
            <translation>已拒絕 {table} 的更改：未知操作「{op}」。</translation>
        </message>
        <message>
            <source>Refused change for {table}: bad row id.</source>
            <translation>已拒絕 {table} 的更改：記錄編號無效。</translation>
        </message>
        <message>
            <source>Refused change: unknown column “{column}” in {table}.</source>
            <translation>已拒絕更改：{table} 中沒有「{column}」這一列。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row id does not match.</source>
            <translation>已拒絕 {table} 的更改：記錄編號不一致。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row belongs to another branch.</source>
            <translation>已拒絕 {table} 的更改：該記錄屬於其他分公司。</translation>
        </message>
        <message>
            <source>A branch code is 1 to 16 letters or digits: “{code}”.</source>
            <extracomment>the database the office connects to (its view database on MariaDB)</extracomment>
            <translation>分公司代碼須為 1 至 16 位字母或數字：「{code}」。</translation>
        </message>
        <message>
            <source>A branch id is 1 to 36 letters, digits or dashes: “{branch}”.</source>
            <translation>分支機構編號須為 1 至 36 位字母、數字或連字符：「{branch}」。</translation>
        </message>
        <message>
            <source>The server database is not prepared for Neiqin. Run “neiqin server init” first.</source>
            <extracomment>per table: `Rows` from `pull`, dicts of server values from a reload (`horizon.scope_rows`) committed entries not readable yet because an older server transaction is still open the pruned horizon when entries after the cursor were pruned: nothing else is returned</extracomment>
            <translation>伺服器資料庫尚未為內勤準備好。請先運行「neiqin server init」。</translation>
        </message>
        <message>
            <source>This computer is registered on the server for another branch.</source>
            <translation>本機在伺服器上登記的是其他分公司。</translation>
        </message>
        <message>
            <source>The server has more changes from this computer than the computer itself: the database was restored from a backup. Register it again as a new computer before syncing.</source>
            <translation>伺服器上本機的更改比本機自身還多：資料庫是從備份還原的。請先把本機重新登記為新電腦，再進行同步。</translation>
        </message>
        <message>
            <source>Refused change for {table}.{column} = {value}: {reason}</source>
            <extracomment>the biggest text value accepted in one column, and one pushed row as JSON</extracomment>
            <translation>已拒絕更改 {table}.{column} = {value}：{reason}</translation>
        </message>
        <message>
            <source>The branch database name {name} is longer than 64 characters: use a shorter branch code.</source>
            <translation>分支機構資料庫名 {name} 超過 64 個字符：請使用更短的分支機構代碼。</translation>
        </message>
        <message>
            <source>The database {name} already holds tables: it cannot become a branch office's view database.</source>
            <translation>資料庫 {name} 中已有數據表，不能用作分支機構的視圖資料庫。</translation>
        </message>
        <message>
            <source>This program does not know the table {table}.</source>
            <extracomment>columns that name a record for a person, first found wins the provisional winner (the value the record holds) is "mine" this computer made one of the two changes a free-text field a person may merge by hand the values are amounts of money a state field: the translation context and source titles of its states (`states` below)</extracomment>
            <translation>本程序不認識數據表 {table}。</translation>
        </message>
        <message>
            <source>Choose which value to keep.</source>
            <extracomment>table -&gt; (translation context, {state: source title})</extracomment>
            <translation>請選擇要保留的值。</translation>
        </message>
        <message>
            <source>This conflict was resolved meanwhile.</source>
            <translation>這條衝突已經被處理了。</translation>
        </message>
        <message>
            <source>A state only moves forward: the later state stays. Use the record's own actions to change it.</source>
            <translation>狀態只能向前推進：保留較後的狀態。如需更改，請使用該記錄自己的操作。</translation>
        </message>
        <message>
            <source>Only a text field can be merged by hand.</source>
            <translation>只有文本欄位可以手工合併。</translation>
        </message>
        <message>
            <source>The merged text is longer than {limit} characters.</source>
            <translation>合併後的文本超過 {limit} 個字符。</translation>
        </message>
        <message>
            <source>The record of this conflict is not in this database.</source>
            <translation>本資料庫中沒有這條衝突對應的記錄。</translation>
        </message>
        <message>
            <source>The days of changes to keep must be a whole number, 0 or more: “{days}”.</source>
            <extracomment>registered computers whose last pull is below their horizon: they reload at their next sync</extracomment>
            <translation>保留變更記錄的天數須為 0 或更大的整數：「{days}」。</translation>
        </message>
        <message>
            <source>The server pruned its change log again while this computer was reloading. Sync again later.</source>
            <extracomment>catch-ups in one round before giving up (the server pruned again while this computer reloaded)</extracomment>
            <translation>本機重新加載期間，伺服器再次清理了變更記錄。請稍後再同步。</translation>
        </message>
        <message>
            <source>The server was prepared by an older Neiqin. Run “neiqin server init” with this version to upgrade it.</source>
            <translation>伺服器由較舊版本的內勤準備。請用本版本運行「neiqin server init」升級伺服器。</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <extracomment>record changes not sent yet (their audit entries travel with them, uncounted) end of the last whole round (UTC) changes made here while the check ran (a difference may come from them) the person at the window: the status counts the conflicts they may see (None: all)</extracomment>
            <translation>同步正在進行中。</translation>
        </message>
        <message>
            <source>The server could not give this computer a desk for its document numbers. Sync again.</source>
            <extracomment>set while documents may still need numbers from a newly stored desk the server's high-water mark of this client and the id of the change it ended at the client id given up (a restored or copied database became a new computer) waiting changes dropped because the server already had them</extracomment>
            <translation>伺服器未能為本機分配單據編號段。請再同步一次。</translation>
        </message>
        <message>
            <source>Row {row} of {table} waits to be sent but is missing here: it was removed outside Neiqin. Restore the database from a backup.</source>
            <extracomment>later updates and deletes of the rows of a batch (the partial index `ix_sync_outbox_later`)</extracomment>
            <translation>待發送的 {table} 記錄 {row} 在本機已不存在：它是在內勤之外被刪除的。請從備份還原資料庫。</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>MinutesView</name>
        <message>
            <source>No minutes yet: they are started once the meeting has begun.</source>
            <translation>還沒有會議紀要：會議開始後才能記錄。</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情況</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>會議內容</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>其他事項</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>決議事項</translation>
        </message>
        <message>
            <source>Distributed to</source>
            <translation>分發記錄</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>此記錄還沒有變更記錄。</translation>
        </message>
    </context>
    <context>
        <name>tables</name>
        <message>
            <source>app_user</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>archive_check</source>
            <translation>檔案檢查</translation>
        </message>
        <message>
            <source>archive_check_line</source>
            <translation>檔案檢查明細</translation>
        </message>
        <message>
            <source>archive_circulation</source>
            <translation>傳閱記錄</translation>
        </message>
        <message>
            <source>archive_contract</source>
            <translation>合約台帳</translation>
        </message>
        <message>
            <source>archive_destruction</source>
            <translation>檔案銷毀</translation>
        </message>
        <message>
            <source>archive_destruction_line</source>
            <translation>檔案銷毀明細</translation>
        </message>
        <message>
            <source>archive_document</source>
            <translation>收發文登記</translation>
        </message>
        <message>
            <source>archive_item</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>archive_lending</source>
            <translation>檔案借閱</translation>
        </message>
        <message>
            <source>archive_lending_step</source>
            <translation>借閱審批</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>audit_entry</source>
            <translation>操作日誌</translation>
        </message>
        <message>
            <source>branch</source>
            <translation>分支機構</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>customer_case_note</source>
            <translation>諮詢投訴記錄</translation>
        </message>
        <message>
            <source>customer_communication</source>
            <translation>溝通紀要</translation>
        </message>
        <message>
            <source>customer_contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>customer_payment</source>
            <translation>客戶回款</translation>
        </message>
        <message>
            <source>customer_rating_change</source>
            <translation>信用等級變更</translation>
        </message>
        <message>
            <source>customer_service_case</source>
            <translation>客戶諮詢 / 投訴</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>會議</translation>
        </message>
        <message>
            <source>meeting_action_item</source>
            <translation>待辦事項</translation>
        </message>
        <message>
            <source>meeting_action_note</source>
            <translation>待辦事項進展</translation>
        </message>
        <message>
            <source>meeting_agenda_item</source>
            <translation>會議議程</translation>
        </message>
        <message>
            <source>meeting_attendee</source>
            <translation>參會人員</translation>
        </message>
        <message>
            <source>meeting_decision</source>
            <translation>決議事項</translation>
        </message>
        <message>
            <source>meeting_distribution</source>
            <translation>紀要分發</translation>
        </message>
        <message>
            <source>meeting_material</source>
            <translation>會議材料</translation>
        </message>
        <message>
            <source>meeting_transition</source>
            <translation>會議狀態記錄</translation>
        </message>
        <message>
            <source>product</source>
            <translation>產品</translation>
        </message>
        <message>
            <source>reimbursement_budget</source>
            <translation>費用預算</translation>
        </message>
        <message>
            <source>reimbursement_claim</source>
            <translation>報銷單</translation>
        </message>
        <message>
            <source>reimbursement_line</source>
            <translation>報銷明細</translation>
        </message>
        <message>
            <source>reimbursement_transition</source>
            <translation>報銷狀態記錄</translation>
        </message>
        <message>
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>sales_order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>sales_order_change</source>
            <translation>訂單變更</translation>
        </message>
        <message>
            <source>sales_order_change_impact</source>
            <translation>訂單變更影響</translation>
        </message>
        <message>
            <source>sales_order_event</source>
            <translation>訂單跟蹤記錄</translation>
        </message>
        <message>
            <source>sales_order_line</source>
            <translation>訂單明細</translation>
        </message>
        <message>
            <source>sales_order_revision</source>
            <translation>訂單版本</translation>
        </message>
        <message>
            <source>sales_order_transition</source>
            <translation>訂單狀態記錄</translation>
        </message>
        <message>
            <source>stock_count</source>
            <translation>庫存盤點</translation>
        </message>
        <message>
            <source>stock_count_line</source>
            <translation>盤點明細</translation>
        </message>
        <message>
            <source>stock_count_plan</source>
            <translation>盤點計劃</translation>
        </message>
        <message>
            <source>stock_handling_plan</source>
            <translation>呆滯品處理計劃</translation>
        </message>
        <message>
            <source>stock_movement</source>
            <translation>庫存流水</translation>
        </message>
        <message>
            <source>stock_transition</source>
            <translation>盤點狀態記錄</translation>
        </message>
        <message>
            <source>supply_count</source>
            <translation>辦公用品盤點</translation>
        </message>
        <message>
            <source>supply_count_line</source>
            <translation>辦公用品盤點明細</translation>
        </message>
        <message>
            <source>supply_issue</source>
            <translation>辦公用品領用</translation>
        </message>
        <message>
            <source>supply_issue_line</source>
            <translation>領用明細</translation>
        </message>
        <message>
            <source>supply_item</source>
            <translation>辦公用品</translation>
        </message>
        <message>
            <source>supply_loss</source>
            <translation>辦公用品遺失 / 損壞</translation>
        </message>
        <message>
            <source>supply_movement</source>
            <translation>辦公用品流水</translation>
        </message>
        <message>
            <source>supply_plan</source>
            <translation>採購計劃</translation>
        </message>
        <message>
            <source>supply_plan_line</source>
            <translation>採購計劃明細</translation>
        </message>
        <message>
            <source>supply_receiving</source>
            <translation>驗收入庫</translation>
        </message>
        <message>
            <source>supply_receiving_line</source>
            <translation>驗收明細</translation>
        </message>
        <message>
            <source>supply_transition</source>
            <translation>辦公用品狀態記錄</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>short_name</source>
            <translation>簡稱</translation>
        </message>
        <message>
            <source>code</source>
            <translation>代碼</translation>
        </message>
        <message>
            <source>number</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>display_name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>email</source>
            <translation>電子郵箱</translation>
        </message>
        <message>
            <source>wechat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>region</source>
            <translation>地區</translation>
        </message>
        <message>
            <source>industry</source>
            <translation>行業</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>聯繫方式</translation>
        </message>
        <message>
            <source>contact_name</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>customer_type</source>
            <translation>客戶類型</translation>
        </message>
        <message>
            <source>legal_representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>business_scope</source>
            <translation>經營範圍</translation>
        </message>
        <message>
            <source>tax_id</source>
            <translation>稅號</translation>
        </message>
        <message>
            <source>bank_name</source>
            <translation>開戶銀行</translation>
        </message>
        <message>
            <source>bank_account</source>
            <translation>銀行帳號</translation>
        </message>
        <message>
            <source>credit_rating</source>
            <translation>信用等級</translation>
        </message>
        <message>
            <source>credit_limit</source>
            <translation>信用額度</translation>
        </message>
        <message>
            <source>payment_terms</source>
            <translation>付款條件</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>意見</translation>
        </message>
        <message>
            <source>description</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>議題</translation>
        </message>
        <message>
            <source>department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>deleted_at</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>spec</source>
            <translation>規格</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>list_price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>unit_price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>unit_cost</source>
            <translation>單位成本</translation>
        </message>
        <message>
            <source>last_price</source>
            <translation>最近單價</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>total_amount</source>
            <translation>總金額</translation>
        </message>
        <message>
            <source>minimum_stock</source>
            <translation>最低庫存</translation>
        </message>
        <message>
            <source>reorder_point</source>
            <translation>補貨點</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>供應商</translation>
        </message>
        <message>
            <source>delivery_date</source>
            <translation>交貨日期</translation>
        </message>
        <message>
            <source>delivery_place</source>
            <translation>交貨地點</translation>
        </message>
        <message>
            <source>due_date</source>
            <translation>到期日期</translation>
        </message>
        <message>
            <source>location</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>place</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>room</source>
            <translation>會議室</translation>
        </message>
        <message>
            <source>confidentiality</source>
            <translation>密級</translation>
        </message>
        <message>
            <source>keep_years</source>
            <translation>保管年限</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>緊急程度</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>滿意度</translation>
        </message>
    </context>
    <context>
        <name>DateRangeEdit</name>
        <message>
            <source>All dates</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
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
            <source>Custom</source>
            <translation>自定義</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>放棄所做的更改？</translation>
        </message>
    </context>
    <context>
        <name>ModuleTab</name>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>您沒有執行此操作的權限。</translation>
        </message>
        <message>
            <source>Select a record first.</source>
            <translation>請先選擇一條記錄。</translation>
        </message>
        <message>
            <source>Details at the bottom</source>
            <translation>詳情顯示在下方</translation>
        </message>
        <message>
            <source>Details on the right</source>
            <translation>詳情顯示在右側</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>清除搜尋</translation>
        </message>
        <message>
            <source>Nothing matches the search or filters.</source>
            <translation>沒有符合搜尋或篩選條件的記錄。</translation>
        </message>
        <message>
            <source>Nothing here yet.</source>
            <translation>這裡還沒有記錄。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在統計…</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>共 {count} 條記錄</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>已匯出 {rows} 行到 {file}。</translation>
        </message>
    </context>
</TS>