<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Neiqin</source>
            <extracomment>(component, license) of the libraries shipped with the application</extracomment>
            <translation>关于内勤</translation>
        </message>
        <message>
            <source>Neiqin</source>
            <translation>内勤</translation>
        </message>
        <message>
            <source>The sales office clerk's desk: orders, customer files, stock counts, office supplies, reimbursements, meeting minutes and archive lending.</source>
            <translation>销售内勤的工作台：订单、客户档案、库存盘点、办公用品、费用报销、会议纪要和档案借阅。</translation>
        </message>
        <message>
            <source>Version {version}; Qt {qt}, PySide6 {pyside}.</source>
            <translation>版本 {version}；Qt {qt}，PySide6 {pyside}。</translation>
        </message>
        <message>
            <source>Licenses</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>The bundled font: Droid Sans Fallback</source>
            <translation>内置字体：Droid Sans Fallback</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Confirmed by</source>
            <translation>确认方式</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>确认日期</translation>
        </message>
        <message>
            <source>Expected arrival</source>
            <translation>预计到达</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>交付日期</translation>
        </message>
        <message>
            <source>Note to {department}</source>
            <translation>给{department}的说明</translation>
        </message>
        <message>
            <source>Customer's person</source>
            <translation>客户确认人</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ActionItemDialog</name>
        <message>
            <source>Action item of {number}</source>
            <translation>{number} 的待办事项</translation>
        </message>
        <message>
            <source>From decision</source>
            <translation>来自决议事项</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>待办内容</translation>
        </message>
        <message>
            <source>Someone else (type the name)</source>
            <translation>其他人（请填写姓名）</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>负责人姓名</translation>
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
            <translation>全部会议的待办事项</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
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
            <translation>进展…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出到 Excel…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
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
            <translation>鉴定 {number}</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>销毁</translation>
        </message>
        <message>
            <source>Keep longer</source>
            <translation>继续保存</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>鉴定结论</translation>
        </message>
        <message>
            <source>Keep more years</source>
            <translation>延长年限</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>鉴定意见</translation>
        </message>
    </context>
    <context>
        <name>ArchiveItemEditor</name>
        <message>
            <source>Archive item</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>档号</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>自动编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>载体形式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>库房</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>柜号</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架号</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>盒号</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
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
            <translation>密级</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ArchiveTab</name>
        <message>
            <source>Archive register</source>
            <extracomment>the record kinds of dashboard items and search hits, and the sub-tab that shows each</extracomment>
            <translation>档案登记</translation>
        </message>
        <message>
            <source>Contracts ledger</source>
            <translation>合同台账</translation>
        </message>
        <message>
            <source>Received and sent documents</source>
            <translation>收发文登记</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>档案借阅</translation>
        </message>
        <message>
            <source>Register checks</source>
            <translation>清查核对</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>档案销毁</translation>
        </message>
    </context>
    <context>
        <name>AssignCaseDialog</name>
        <message>
            <source>Hand to department</source>
            <translation>转交部门</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTable</name>
        <message>
            <source>Attendee</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Leave reason</source>
            <translation>请假原因</translation>
        </message>
    </context>
    <context>
        <name>AttendeesView</name>
        <message>
            <source>Attendee</source>
            <extracomment>the attendee id and what to do with it: "acknowledge", "leave", "withdraw"</extracomment>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>部门/单位</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>已通知</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已确认收到</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Leave request…</source>
            <translation>请假…</translation>
        </message>
        <message>
            <source>Withdraw leave</source>
            <translation>撤销请假</translation>
        </message>
        <message>
            <source>Awareness rate {rate}: {acknowledged} of {notified} notified</source>
            <translation>知晓率 {rate}：已通知 {notified} 人，确认 {acknowledged} 人</translation>
        </message>
    </context>
    <context>
        <name>AuditReport</name>
        <message>
            <source>Audit trail</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>全部数据表</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>{count} change(s)</source>
            <translation>共 {count} 条变更</translation>
        </message>
        <message>
            <source>(the newest {limit} entries; narrow the filters or export to see all)</source>
            <translation>（仅显示最新的 {limit} 条；缩小筛选范围或导出可查看全部）</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>导出操作日志</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} change(s) exported.</source>
            <translation>已导出 {count} 条变更。</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>文件无法写入：{reason}</translation>
        </message>
    </context>
    <context>
        <name>BatchLinesView</name>
        <message>
            <source>Archive number</source>
            <translation>档号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>保管至</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>鉴定结论</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>鉴定意见</translation>
        </message>
        <message>
            <source>Appraise…</source>
            <translation>鉴定…</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>销毁</translation>
        </message>
        <message>
            <source>Keep longer</source>
            <translation>继续保存</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Expense budgets</source>
            <translation>费用预算</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已使用</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>审批中</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>Used %</source>
            <translation>使用率</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Chart of</source>
            <translation>图表部门</translation>
        </message>
        <message>
            <source>Propose budget…</source>
            <translation>编制预算…</translation>
        </message>
        <message>
            <source>Approve budget</source>
            <translation>批准预算</translation>
        </message>
        <message>
            <source>Usage report</source>
            <translation>执行情况表</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>无预算</translation>
        </message>
        <message>
            <source>new amount awaiting approval</source>
            <translation>新金额待批准</translation>
        </message>
        <message>
            <source>{department}: budget and used amount, {year}</source>
            <translation>{department} {year} 年预算与已使用金额</translation>
        </message>
        <message>
            <source>Budget usage {year}</source>
            <translation>{year} 年费用预算执行情况</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>New service case</source>
            <translation>新建客户咨询 / 投诉</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>详细情况</translation>
        </message>
        <message>
            <source>Hand to department</source>
            <translation>转交部门</translation>
        </message>
        <message>
            <source>Promised by</source>
            <translation>承诺处理日期</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>Progress note</source>
            <translation>处理进展</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>进展说明</translation>
        </message>
    </context>
    <context>
        <name>CasesView</name>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Promised by</source>
            <translation>承诺处理日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Hand to department…</source>
            <translation>转交部门…</translation>
        </message>
        <message>
            <source>Progress note…</source>
            <translation>处理进展…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>处理完毕…</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestDialog</name>
        <message>
            <source>Change request for {number}</source>
            <translation>订单 {number} 的变更申请</translation>
        </message>
        <message>
            <source>What changes and why</source>
            <translation>变更内容及原因</translation>
        </message>
        <message>
            <source>Requested by (customer)</source>
            <translation>申请人（客户）</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交货日期</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>交货地点</translation>
        </message>
    </context>
    <context>
        <name>ChangeStepDialog</name>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Approve: make a new revision</source>
            <translation>批准：生成新版本</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>初审结果</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>影响</translation>
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
            <translation>编号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>申请日期</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Impact notes</source>
            <translation>影响说明</translation>
        </message>
        <message>
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>变更前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>变更后</translation>
        </message>
        <message>
            <source>Compare revision</source>
            <translation>比较版本</translation>
        </message>
        <message>
            <source>with</source>
            <translation>与</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>已初审</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
    </context>
    <context>
        <name>CheckLinesView</name>
        <message>
            <source>Archive number</source>
            <translation>档号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Place in the register</source>
            <translation>登记位置</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>清查结果</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>实际位置</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Where it was found (room / cabinet / shelf / box)</source>
            <translation>实际存放位置（库房 / 柜 / 架 / 盒）</translation>
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
            <translation>错位</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>处理差异…</translation>
        </message>
        <message>
            <source>{number}: {checked} of {total} checked, {open} discrepancies open</source>
            <translation>{number}：已清点 {checked}/{total}，未处理差异 {open} 处</translation>
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
            <translation>还没有清查记录。</translation>
        </message>
        <message>
            <source>New check session</source>
            <translation>新建清查</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>结束清查</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>The session is closed.</source>
            <translation>本次清查已结束。</translation>
        </message>
    </context>
    <context>
        <name>ClaimEditor</name>
        <message>
            <source>Expense claim {number}</source>
            <translation>报销单 {number}</translation>
        </message>
        <message>
            <source>New expense claim</source>
            <translation>新建报销单</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>报销人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>报销日期</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Line {line} was returned: {reason}</source>
            <translation>第 {line} 行被退回：{reason}</translation>
        </message>
        <message>
            <source>These receipts may have been claimed before:
{lines}

Save the claim anyway?</source>
            <translation>以下票据可能已经报销过：
{lines}

仍然保存这张报销单吗？</translation>
        </message>
    </context>
    <context>
        <name>ClaimLines</name>
        <message>
            <source>What for, with whom, where</source>
            <translation>事由、对象、地点</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加明细</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途／事由</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Travel days</source>
            <translation>出差天数</translation>
        </message>
        <message>
            <source>Write what the expense was for.</source>
            <translation>请填写费用用途。</translation>
        </message>
        <message>
            <source>Enter the amount (yuan, more than 0, at most two decimals).</source>
            <translation>请填写金额（元，大于 0，最多两位小数）。</translation>
        </message>
        <message>
            <source>Give the number of travel days.</source>
            <translation>请填写出差天数。</translation>
        </message>
        <message>
            <source>{count} lines, total {total} ({capitals})</source>
            <translation>共 {count} 行，合计 {total}（{capitals}）</translation>
        </message>
    </context>
    <context>
        <name>ClaimOverview</name>
        <message>
            <source>Number</source>
            <translation>报销单号</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>报销人</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>填单人</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>报销日期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>支付</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途／事由</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>票据</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Checks (budget, standards, duplicates, receipts)</source>
            <translation>审核提示（预算、标准、重复、票据）</translation>
        </message>
        <message>
            <source>over budget</source>
            <translation>超预算</translation>
        </message>
        <message>
            <source>possible duplicate</source>
            <translation>疑似重复</translation>
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
            <translation>登记销毁</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>销毁方式</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>销毁日期</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>销毁地点</translation>
        </message>
        <message>
            <source>Witnesses (one a line)</source>
            <translation>监销人（每行一人）</translation>
        </message>
        <message>
            <source>Carried out by</source>
            <translation>执行人</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>My value</source>
            <translation>我的值</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>对方的值</translation>
        </message>
        <message>
            <source>Kept for now</source>
            <translation>暂时保留</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Offices</source>
            <translation>涉及电脑</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
        <message>
            <source>this computer and another one</source>
            <translation>本机与另一台电脑</translation>
        </message>
        <message>
            <source>two other computers</source>
            <translation>另外两台电脑</translation>
        </message>
        <message>
            <source>The conflicts could not be loaded: {reason}</source>
            <translation>无法加载冲突：{reason}</translation>
        </message>
        <message>
            <source>No conflicts: every office agrees on every field.</source>
            <translation>没有冲突：各分支机构的数据完全一致。</translation>
        </message>
        <message>
            <source>You do not have the right to resolve sync conflicts.</source>
            <translation>您没有处理同步冲突的权限。</translation>
        </message>
        <message>
            <source>Select a conflict first.</source>
            <translation>请先选择一条冲突。</translation>
        </message>
        <message>
            <source>A state only moves forward: the later state stays.</source>
            <translation>状态只能向前推进：保留较后的状态。</translation>
        </message>
        <message>
            <source>Only a text field can be merged by hand.</source>
            <translation>只有文本字段可以手工合并。</translation>
        </message>
        <message>
            <source>Conflict resolved; the other offices get it with the next sync.</source>
            <translation>冲突已处理；其他分支机构将在下次同步时收到结果。</translation>
        </message>
        <message>
            <source>deleted {date}</source>
            <translation>已于 {date} 删除</translation>
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
            <translation>同步冲突</translation>
        </message>
        <message>
            <source>Two computers changed the same field before they synced. The record holds the later change for now; keep one value or merge them. Your choice is saved here at once and reaches the other offices with the next sync.</source>
            <translation>两台电脑在同步之前修改了同一字段。记录中暂时保留较晚的修改；请保留其中一个值，或将两者合并。您的选择会立即保存在本机，并在下次同步时发送到其他分支机构。</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>保留对方的</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New contact</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Primary contact</source>
            <translation>主要联系人</translation>
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
            <translation>合同编号</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>自动编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>合同名称</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>合同金额</translation>
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
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ContractsTab</name>
        <message>
            <source>No contracts yet.</source>
            <translation>合同台账还是空的。</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>新建合同</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Expiring within {days} days</source>
            <translation>{days} 天内到期</translation>
        </message>
    </context>
    <context>
        <name>CreditView</name>
        <message>
            <source>Show credit and bank data</source>
            <translation>显示信用和银行资料</translation>
        </message>
        <message>
            <source>Confidential: you do not have the right to see it.</source>
            <translation>保密：您无权查看。</translation>
        </message>
        <message>
            <source>Confidential data is hidden.</source>
            <translation>保密资料已隐藏。</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
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
            <translation>调整信用等级…</translation>
        </message>
        <message>
            <source>New payment record…</source>
            <translation>新建付款记录…</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>未收金额</translation>
        </message>
        <message>
            <source>Overdue amount</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditor</name>
        <message>
            <source>Edit customer</source>
            <translation>修改客户</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>Customer name</source>
            <extracomment>what the duplicate question answers in tests: "open", "save" or None (ask)</extracomment>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>税号</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Business scope</source>
            <translation>经营范围</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系人电话</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>可能重复</translation>
        </message>
        <message>
            <source>Open the existing customer</source>
            <translation>打开已有客户</translation>
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
            <translation>还没有客户。</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <source>Log a conversation</source>
            <translation>记录沟通</translation>
        </message>
        <message>
            <source>New service case</source>
            <translation>新建客户咨询 / 投诉</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>导入模板…</translation>
        </message>
        <message>
            <source>Hand over customers…</source>
            <translation>客户工作交接…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Communication log</source>
            <translation>沟通纪要</translation>
        </message>
        <message>
            <source>Service cases</source>
            <translation>客户咨询 / 投诉</translation>
        </message>
        <message>
            <source>Credit file</source>
            <translation>信用档案</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>交易记录</translation>
        </message>
        <message>
            <source>Delete this customer?</source>
            <translation>删除这个客户吗？</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {count} customers.</source>
            <translation>已导入 {count} 个客户。</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>导入模板</translation>
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
            <translation>显示全部 {count} 项…</translation>
        </message>
        <message>
            <source>{count} more in the module's tab</source>
            <translation>另有 {count} 项，请在模块页中查看</translation>
        </message>
        <message>
            <source>The dashboard could not be loaded: {reason}</source>
            <translation>工作台无法加载：{reason}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Nothing waiting for you right now — well done.
New orders, reviews, returns and meetings will appear here.</source>
            <translation>目前没有待办的事情，辛苦了。
新的订单、待审核事项、待归还档案和会议都会显示在这里。</translation>
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
            <translation>事项</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>说明</translation>
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
            <translation>决议事项</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>所属议题</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>添加决议</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>DestructionTab</name>
        <message>
            <source>No destruction batches: items past retention are appraised here.</source>
            <translation>还没有销毁批次：超过保管期限的档案在这里鉴定。</translation>
        </message>
        <message>
            <source>Appraise items past retention…</source>
            <translation>鉴定超过保管期限的档案…</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准销毁</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <source>Record the destruction…</source>
            <translation>登记销毁…</translation>
        </message>
        <message>
            <source>Destruction record</source>
            <translation>销毁记录</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Not possible while the batch is {state}.</source>
            <translation>批次状态为“{state}”，不能进行此操作。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>档案销毁</translation>
        </message>
        <message>
            <source>Destruction record {number}</source>
            <translation>销毁记录 {number}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a record to see its details.</source>
            <translation>选择一条记录以查看详细信息。</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>Reference</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>The sender's reference, e.g. Office〔2026〕21</source>
            <translation>来文字号，例如 京商发〔2026〕21号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>发文单位</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>收文单位</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Distribution (one a line)</source>
            <translation>分发范围（每行一个）</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>缓急</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
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
            <translation>登记号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>From / to</source>
            <translation>发文 / 收文</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分发范围</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>传阅人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>签阅时间</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>阅办意见</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>No documents registered yet.</source>
            <translation>还没有收发文登记。</translation>
        </message>
        <message>
            <source>Register received document</source>
            <translation>收文登记</translation>
        </message>
        <message>
            <source>Register sent document</source>
            <translation>发文登记</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Circulation list…</source>
            <translation>传阅名单…</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>签阅</translation>
        </message>
        <message>
            <source>Circulation slip</source>
            <translation>传阅单</translation>
        </message>
        <message>
            <source>File in the archive…</source>
            <translation>归档…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Received / sent</source>
            <translation>收/发</translation>
        </message>
        <message>
            <source>Document and circulation</source>
            <translation>文件与传阅</translation>
        </message>
        <message>
            <source>Circulation has begun.</source>
            <translation>已开始传阅。</translation>
        </message>
        <message>
            <source>Nobody is waiting to sign.</source>
            <translation>没有待签阅的传阅人。</translation>
        </message>
        <message>
            <source>Filed already.</source>
            <translation>已归档。</translation>
        </message>
        <message>
            <source>Circulation slip {number}</source>
            <translation>传阅单 {number}</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生情况</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Kind of exception</source>
            <translation>异常类别</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Customer told on</source>
            <translation>通知客户日期</translation>
        </message>
        <message>
            <source>Told by</source>
            <translation>通知方式</translation>
        </message>
        <message>
            <source>Agreed solution</source>
            <translation>商定的解决方案</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>File {number} in the archive</source>
            <translation>将 {number} 归档</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>库房</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>柜号</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架号</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>盒号</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearchBox</name>
        <message>
            <source>Search everything (Ctrl+K)</source>
            <translation>全局搜索 (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”.</source>
            <translation>没有找到“{text}”。</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over customers</source>
            <translation>客户工作交接</translation>
        </message>
        <message>
            <source>{name} ({count} customers)</source>
            <translation>{name}（{count} 个客户）</translation>
        </message>
        <message>
            <source>From clerk</source>
            <translation>交出内勤</translation>
        </message>
        <message>
            <source>To clerk</source>
            <translation>接收内勤</translation>
        </message>
        <message>
            <source>Deactivate {name}: they can no longer sign in</source>
            <translation>停用 {name} 的账号：此后不能再登录</translation>
        </message>
        <message>
            <source>Handed over {count} record(s) from {from_name} to {to_name}.</source>
            <translation>已将 {count} 条记录从 {from_name} 交接给 {to_name}。</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work</source>
            <translation>离职工作交接</translation>
        </message>
        <message>
            <source>Leaving clerk</source>
            <translation>离职人员</translation>
        </message>
        <message>
            <source>Takes over</source>
            <translation>接手人员</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>工作内容</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>Everything listed moves in one step, each record with its own entry in the audit trail. Claims they filed stay theirs.</source>
            <translation>以上所列内容一次全部移交，每条记录都会写入审计日志。本人提交的报销单仍归本人。</translation>
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
            <translation>导入被拒绝</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>未导入任何数据。请更正以下 {count} 个问题后重新导入。</translation>
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
    </context>
    <context>
        <name>InstanceLock</name>
        <message>
            <source>This database is already open in another Neiqin window (process {pid} on {host}).

You can work in both: no save is lost, and a record changed in the other window must be reloaded before it can be edited here. Open it here too?</source>
            <translation>此数据库已在另一个内勤窗口中打开（{host} 上的进程 {pid}）。

两个窗口都可以使用：不会丢失任何保存；在另一个窗口中改过的记录，需要重新载入后才能在这里编辑。仍要在这里打开吗？</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <source>No products yet: enter products first, then import the opening stock.</source>
            <translation>还没有产品 — 先录入产品，再导入期初库存</translation>
        </message>
        <message>
            <source>Counts…</source>
            <translation>盘点…</translation>
        </message>
        <message>
            <source>Receipt…</source>
            <translation>入库…</translation>
        </message>
        <message>
            <source>Scrap…</source>
            <translation>报废…</translation>
        </message>
        <message>
            <source>Customer return…</source>
            <translation>客户退货…</translation>
        </message>
        <message>
            <source>Analysis…</source>
            <translation>库存分析…</translation>
        </message>
        <message>
            <source>Import opening stock…</source>
            <translation>导入期初库存…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>导入模板…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>库存流水</translation>
        </message>
        <message>
            <source>Import opening stock</source>
            <translation>导入期初库存</translation>
        </message>
        <message>
            <source>Imported {count} opening balances.</source>
            <translation>已导入 {count} 条期初库存。</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>未导入任何数据。请改正这 {count} 个问题后重新导入。</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>导入模板</translation>
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
            <translation>档号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Class and form</source>
            <translation>类别与载体</translation>
        </message>
        <message>
            <source>Customer, order, contract</source>
            <translation>客户、订单、合同</translation>
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
            <translation>密级</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>借阅单</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Electronic copy</source>
            <translation>电子副本</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Lendings</source>
            <translation>借阅记录</translation>
        </message>
        <message>
            <source>Electronic copies</source>
            <translation>电子副本</translation>
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
            <translation>订单考核指标</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Orders recorded</source>
            <translation>记录订单数</translation>
        </message>
        <message>
            <source>Processing timeliness</source>
            <translation>订单处理及时率</translation>
        </message>
        <message>
            <source>On-time delivery</source>
            <translation>按时交付率</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>退回修改率</translation>
        </message>
        <message>
            <source>Target from recording to approval</source>
            <translation>记录到审核通过的目标时限</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>Leave request of {name}</source>
            <translation>{name} 请假</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>请假原因</translation>
        </message>
    </context>
    <context>
        <name>LendingOverview</name>
        <message>
            <source>Item</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>借阅目的</translation>
        </message>
        <message>
            <source>Mode, copying, photographing</source>
            <translation>方式、复印、拍照</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>允许</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>不允许</translation>
        </message>
        <message>
            <source> (renewed {count}×)</source>
            <translation>（已续借 {count} 次）</translation>
        </message>
        <message>
            <source>copying</source>
            <translation>复印</translation>
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
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>不允许</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>允许</translation>
        </message>
        <message>
            <source>Lending request: {number}</source>
            <translation>借阅申请：{number}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>借阅目的</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>借阅方式</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>复印</translation>
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
            <translation>借阅</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>新的归还日期</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>归还状况</translation>
        </message>
        <message>
            <source>Damage or missing pages</source>
            <translation>损坏或缺页情况</translation>
        </message>
        <message>
            <source>Borrower's signature</source>
            <translation>借阅人签字</translation>
        </message>
        <message>
            <source>Signed on the printed slip</source>
            <translation>已在打印的借阅单上签字</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
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
            <translation>还没有借阅记录：请在档案登记中选择档案办理借阅。</translation>
        </message>
        <message>
            <source>Record reminder and print notice</source>
            <translation>催还并打印通知</translation>
        </message>
        <message>
            <source>Lending slip</source>
            <translation>借阅单</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看逾期</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>借阅单</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>催还</translation>
        </message>
        <message>
            <source>Reminder notice {number}</source>
            <translation>催还通知 {number}</translation>
        </message>
        <message>
            <source>Lending slip {number}</source>
            <translation>借阅单 {number}</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>Product code, name or pinyin</source>
            <translation>产品编码、名称或拼音</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加明细</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>折扣 %</translation>
        </message>
        <message>
            <source>Choose a product from the list.</source>
            <translation>请从列表中选择产品。</translation>
        </message>
        <message>
            <source>The quantity must be more than 0.</source>
            <translation>数量必须大于 0。</translation>
        </message>
        <message>
            <source>Enter the unit price (yuan, at most two decimals).</source>
            <translation>请输入单价（元，最多两位小数）。</translation>
        </message>
        <message>
            <source>The discount is a percentage from 0 to 100.</source>
            <translation>折扣是 0 到 100 的百分比。</translation>
        </message>
        <message>
            <source>{count} lines, total ¥{total}</source>
            <translation>共 {count} 行，合计 ¥{total}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Spec.</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Log a conversation</source>
            <translation>记录沟通</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>沟通纪要</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次回访</translation>
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
            <translation>联系人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>沟通纪要</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>By</source>
            <translation>记录人</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — Neiqin</source>
            <translation>登录 — 内勤</translation>
        </message>
        <message>
            <source>Neiqin</source>
            <translation>内勤</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This tab could not be opened: {reason}</source>
            <translation>此标签页无法打开：{reason}</translation>
        </message>
        <message>
            <source>You cannot open records of this module.</source>
            <extracomment>File ▸ Settings was saved (the sync controller re-reads the server settings) module id → open(kind, record_id) for records that live outside the module tabs (sync conflicts)</extracomment>
            <translation>您无权打开此模块的记录。</translation>
        </message>
        <message>
            <source>Neiqin — {company}</source>
            <translation>内勤 — {company}</translation>
        </message>
        <message>
            <source>Work dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Back up now</source>
            <extracomment>action name → (English text, menu, permission needed or None)</extracomment>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Print setup…</source>
            <translation>打印设置…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Users…</source>
            <translation>用户管理…</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work…</source>
            <translation>离职工作交接…</translation>
        </message>
        <message>
            <source>Audit trail…</source>
            <translation>操作日志…</translation>
        </message>
        <message>
            <source>About Neiqin</source>
            <translation>关于内勤</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>管理(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>User: {name} ({role})</source>
            <extracomment>"N conflict(s)", shown while there are some; opens the Conflicts view</extracomment>
            <translation>用户：{name}（{role}）</translation>
        </message>
        <message>
            <source>Branch: {branch}</source>
            <translation>分支机构：{branch}</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <source>Sync: no server</source>
            <extracomment>the last round reached the server (None: no round yet); a refusal (password, version) still counts as reached, with `problem` saying why nothing was synced why the last round failed, in the current language</extracomment>
            <translation>同步：未连接服务器</translation>
        </message>
        <message>
            <source>No sync server is set up: everything is kept in this database only.</source>
            <translation>尚未设置同步服务器：所有数据只保存在本数据库中。</translation>
        </message>
        <message>
            <source>online</source>
            <translation>在线</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>离线</translation>
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
            <translation>尚未连接</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>同步：{state}</translation>
        </message>
        <message>
            <source>{count} change(s) waiting</source>
            <translation>{count} 条待同步</translation>
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
            <translation>{count} 个冲突</translation>
        </message>
        <message>
            <source>Two computers changed the same field: open the Conflicts view to keep one value or merge them.</source>
            <translation>两台电脑修改了同一字段：打开冲突视图，保留其中一个值或将两者合并。</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <extracomment>renumbered documents listed in the notice after a first sync (the rest are counted)</extracomment>
            <translation>同步正在进行中。</translation>
        </message>
        <message>
            <source>No sync server is set up. An administrator enters it in File ▸ Settings ▸ Server.</source>
            <translation>尚未设置同步服务器。请管理员在“文件 ▸ 设置 ▸ 服务器”中填写。</translation>
        </message>
        <message>
            <source>Sync: {sent} change(s) sent, {received} received, {conflicts} new conflict(s).</source>
            <translation>同步：已发送 {sent} 条更改，收到 {received} 条，新冲突 {conflicts} 个。</translation>
        </message>
        <message>
            <source>This database was restored from a backup or copied from another computer: it now syncs as a new computer. Nothing was lost; changes the server already had were not sent again.</source>
            <translation>此数据库是从备份恢复的或从另一台电脑复制来的：现在作为一台新电脑同步。没有丢失任何数据；服务器上已有的更改不会重复发送。</translation>
        </message>
        <message>
            <source>These documents were made here before this computer had its own number range and got new numbers. Papers printed before still show the old number; print them again or note the new one on them:</source>
            <translation>以下单据是在本机取得自己的编号段之前录入的，已改为新编号。之前打印的纸质单据仍是旧编号，请重新打印或在纸上注明新编号：</translation>
        </message>
        <message>
            <source>…and {count} more (each record's history shows its old number).</source>
            <translation>……另有 {count} 张（各单据的历史记录中可查旧编号）。</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Send this office's changes to the server and fetch the other offices' changes</source>
            <translation>把本分支机构的更改发送到服务器，并取回其他分支机构的更改</translation>
        </message>
        <message>
            <source>Sync conflicts…</source>
            <translation>同步冲突…</translation>
        </message>
        <message>
            <source>Compare with the server…</source>
            <translation>与服务器核对…</translation>
        </message>
        <message>
            <source>Sync, then compare every table here with the server (rows and checksums)</source>
            <translation>先同步，再逐表核对本机与服务器的数据（行数和校验和）</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>备份已保存：{path}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Neiqin backups (*.db *.db.enc);;All files (*)</source>
            <translation>内勤备份 (*.db *.db.enc);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Encrypted backup</source>
            <translation>加密备份</translation>
        </message>
        <message>
            <source>The backup {name} is encrypted. Its password:</source>
            <translation>备份 {name} 已加密，请输入密码：</translation>
        </message>
        <message>
            <source>The backup {name} was restored. Please sign in again.</source>
            <translation>已从备份 {name} 恢复，请重新登录。</translation>
        </message>
        <message>
            <source>The previous database was kept as {path}.</source>
            <translation>原数据库已保留为 {path}。</translation>
        </message>
        <message>
            <source>Replace the current database by the backup {name}?

Everything entered since that backup will be gone. The current file is kept beside it, renamed with today's date.</source>
            <translation>用备份 {name} 替换当前数据库吗？

该备份之后录入的所有内容都将丢失。当前文件会以今天的日期改名后保留在同一文件夹中。</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Edit meeting {number}</source>
            <translation>编辑会议 {number}</translation>
        </message>
        <message>
            <source>Request an ad hoc meeting</source>
            <translation>申请临时会议</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>会议名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>会议地点</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>汇报人</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>会议议程</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>已准备</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Materials and equipment</source>
            <translation>会议资料及设备</translation>
        </message>
        <message>
            <source>Why it is needed</source>
            <translation>申请理由</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>MeetingItemsView</name>
        <message>
            <source>Number</source>
            <extracomment>("new" | "edit" | "progress", item id or "")</extracomment>
            <translation>编号</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Latest progress</source>
            <translation>最新进展</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进展</translation>
        </message>
        <message>
            <source>New action item…</source>
            <translation>新建待办事项…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>进展…</translation>
        </message>
        <message>
            <source> (carried over)</source>
            <translation>（上次会议转入）</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · 已逾期</translation>
        </message>
        <message>
            <source>{count} action items: {done} done, {late} overdue</source>
            <translation>待办事项 {count} 项：已完成 {done} 项，逾期 {late} 项</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge the two values</source>
            <translation>合并两个值</translation>
        </message>
        <message>
            <source>My value</source>
            <translation>我的值</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>对方的值</translation>
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
            <translation>会议纪要 {number} {title}</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Everyone else present</source>
            <translation>其余人员均出席</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决议事项</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>其他事项</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>No meetings yet.</source>
            <translation>还没有会议。</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <source>Request ad hoc meeting</source>
            <translation>申请临时会议</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Chair review…</source>
            <translation>主持人审核…</translation>
        </message>
        <message>
            <source>Write minutes…</source>
            <translation>记录会议纪要…</translation>
        </message>
        <message>
            <source>New action item…</source>
            <translation>新建待办事项…</translation>
        </message>
        <message>
            <source>Plan next meeting</source>
            <translation>安排下次会议</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>会议通知</translation>
        </message>
        <message>
            <source>Copy notice text</source>
            <translation>复制通知文字</translation>
        </message>
        <message>
            <source>Save calendar file (.ics)…</source>
            <translation>保存日历文件 (.ics)…</translation>
        </message>
        <message>
            <source>Notice (PDF)</source>
            <translation>会议通知（PDF）</translation>
        </message>
        <message>
            <source>Print minutes</source>
            <translation>打印会议纪要</translation>
        </message>
        <message>
            <source>Minutes (PDF)</source>
            <translation>会议纪要（PDF）</translation>
        </message>
        <message>
            <source>Action item report to the chair</source>
            <translation>决议事项落实情况报告</translation>
        </message>
        <message>
            <source>All action items…</source>
            <translation>全部待办事项…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>会议纪要</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>流程记录</translation>
        </message>
        <message>
            <source>History</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>您没有执行此操作的权限。</translation>
        </message>
        <message>
            <source>The meeting does not repeat.</source>
            <translation>这个会议不重复召开。</translation>
        </message>
        <message>
            <source>Planned {number} on {day}.</source>
            <translation>已安排下次会议 {number}（{day}）。</translation>
        </message>
        <message>
            <source>Meeting notice</source>
            <translation>会议通知</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>会议纪要</translation>
        </message>
        <message>
            <source>Action item report</source>
            <translation>决议事项落实情况报告</translation>
        </message>
        <message>
            <source>The notice is on the clipboard: paste it into an e-mail or a chat.</source>
            <translation>会议通知已复制，可粘贴到邮件或聊天中发送。</translation>
        </message>
        <message>
            <source>Save calendar file</source>
            <translation>保存日历文件</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>日历 (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>NewBatchDialog</name>
        <message>
            <source>Items past retention</source>
            <translation>超过保管期限的档案</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>档案</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
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
            <translation>部门</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>OrderEditor</name>
        <message>
            <source>Order {number}</source>
            <translation>订单 {number}</translation>
        </message>
        <message>
            <source>New inquiry</source>
            <translation>新建客户咨询</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <source>Customer name, short name or pinyin initials</source>
            <translation>客户名称、简称或拼音首字母</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交货日期</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>交货地点</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Prepayment</source>
            <translation>预付比例</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>OrderOverview</name>
        <message>
            <source>Number</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>交货</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Spec.</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>折扣 %</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source> (revision {revision})</source>
            <translation>（版本 {revision}）</translation>
        </message>
        <message>
            <source> — major order</source>
            <translation> — 重大订单</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <source>No orders yet.</source>
            <extracomment>the state actions on the toolbar, in the order of the life of an order</extracomment>
            <translation>还没有订单。</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <source>New inquiry</source>
            <translation>新建客户咨询</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>审核…</translation>
        </message>
        <message>
            <source>Change request</source>
            <translation>订单变更</translation>
        </message>
        <message>
            <source>Check change</source>
            <translation>初审变更</translation>
        </message>
        <message>
            <source>Impact note</source>
            <translation>影响说明</translation>
        </message>
        <message>
            <source>Decide change</source>
            <translation>审批变更</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>记录进度</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>记录异常</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>考核指标</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>订单确认书</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Order and lines</source>
            <translation>订单及明细</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Changes and revisions</source>
            <translation>变更与版本</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>订单跟踪</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>订单日期</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅显示逾期</translation>
        </message>
        <message>
            <source>Only inquiries, recorded and returned orders can be edited.</source>
            <translation>只有客户咨询、已记录和退回修改的订单可以编辑。</translation>
        </message>
        <message>
            <source>There is no open change request.</source>
            <translation>没有待处理的订单变更。</translation>
        </message>
        <message>
            <source>The change request is checked already.</source>
            <translation>订单变更已经初审。</translation>
        </message>
        <message>
            <source>The clerk checks the change request first.</source>
            <translation>订单变更须先由内勤初审。</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>订单审核</translation>
        </message>
        <message>
            <source>Order confirmation {number}</source>
            <translation>订单确认书 {number}</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>会议编号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>会议时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>会议地点</translation>
        </message>
        <message>
            <source>Chair / recorder</source>
            <translation>主持人 / 记录人</translation>
        </message>
        <message>
            <source>Awareness rate</source>
            <translation>知晓率</translation>
        </message>
        <message>
            <source>Why it is needed</source>
            <translation>申请理由</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>汇报人</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <source>Materials and equipment</source>
            <translation>会议资料及设备</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>已准备</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>{rate} ({acknowledged} of {notified} notified acknowledged, {leave} on leave)</source>
            <translation>{rate}（已通知 {notified} 人，确认 {acknowledged} 人，请假 {leave} 人）</translation>
        </message>
        <message>
            <source>No notice sent yet</source>
            <translation>尚未发送会议通知</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>税号</translation>
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
            <translation>负责内勤</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>New payment record</source>
            <translation>新建付款记录</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>应付金额</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付金额</translation>
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
            <translation>打印…</translation>
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
            <translation>外部来宾</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Phone or e-mail</source>
            <translation>电话或邮箱</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>添加来宾</translation>
        </message>
    </context>
    <context>
        <name>ProductDetail</name>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>库位</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>补货点</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>交货期（天）</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>Edit product</source>
            <translation>修改产品</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>新建产品</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>产品编码</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>产品名称</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>补货点</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>交货期（天）</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>库位</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ProductsTab</name>
        <message>
            <source>No products yet.</source>
            <translation>还没有产品。</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>新建产品</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Activate / deactivate</source>
            <translation>启用 / 停用</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>导入模板…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>导入产品</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {count} products.</source>
            <translation>已导入 {count} 个产品。</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>未导入任何数据。请更正以下 {count} 个问题后重新导入。</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>导入模板</translation>
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
            <translation>正在处理…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Progress of {code}</source>
            <translation>{code} 的进展</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进展情况</translation>
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
            <translation>编制费用预算</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <source>Budget for {year}</source>
            <translation>{year} 年预算</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <source>Change credit rating</source>
            <translation>调整信用等级</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
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
            <translation>{number} 的传阅</translation>
        </message>
        <message>
            <source>One reader a line: the name, a space, the department</source>
            <translation>每行一位读者：姓名、空格、部门</translation>
        </message>
        <message>
            <source>Readers in order (name and department, one a line)</source>
            <translation>按顺序填写传阅人（姓名 部门，每行一人）</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsView</name>
        <message>
            <source>Line</source>
            <translation>明细行</translation>
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
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>RecordHistory</name>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>此记录还没有变更记录。</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>The register is empty.</source>
            <translation>档案登记还是空的。</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>登记档案</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Attach electronic copy…</source>
            <translation>添加电子副本…</translation>
        </message>
        <message>
            <source>Lending request…</source>
            <translation>借阅申请…</translation>
        </message>
        <message>
            <source>Import register…</source>
            <translation>导入档案登记表…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>导入模板…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Past retention</source>
            <translation>超过保管期限</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>The item was destroyed.</source>
            <translation>该档案已销毁。</translation>
        </message>
        <message>
            <source>Only items in store can be lent.</source>
            <translation>只有在库的档案才能借阅。</translation>
        </message>
        <message>
            <source>Attach electronic copy</source>
            <translation>添加电子副本</translation>
        </message>
        <message>
            <source>Imported {count} archive items.</source>
            <translation>已导入 {count} 件档案。</translation>
        </message>
        <message>
            <source>Import the archive register</source>
            <translation>导入档案登记表</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>导入模板</translation>
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
            <translation>还没有报销单。</translation>
        </message>
        <message>
            <source>New claim</source>
            <translation>新建报销单</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>添加票据…</translation>
        </message>
        <message>
            <source>Claim form</source>
            <translation>报销单打印</translation>
        </message>
        <message>
            <source>Budgets…</source>
            <translation>费用预算…</translation>
        </message>
        <message>
            <source>Standards…</source>
            <translation>报销标准…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Claim and lines</source>
            <translation>报销单及明细</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>票据</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>审批记录</translation>
        </message>
        <message>
            <source>All claims</source>
            <translation>全部报销单</translation>
        </message>
        <message>
            <source>My claims</source>
            <translation>我的报销单</translation>
        </message>
        <message>
            <source>Waiting for me</source>
            <translation>待我处理</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>报销日期</translation>
        </message>
        <message>
            <source>Only draft and returned claims can be edited.</source>
            <translation>只能修改草稿和退回的报销单。</translation>
        </message>
        <message>
            <source>Receipts cannot be added to a paid or withdrawn claim.</source>
            <translation>已支付或已撤销的报销单不能再添加票据。</translation>
        </message>
        <message>
            <source>Attach receipt</source>
            <translation>添加票据</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>明细行</translation>
        </message>
        <message>
            <source>Receipt scan or photo</source>
            <translation>票据扫描件或照片</translation>
        </message>
        <message>
            <source>Receipts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>票据 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Expense claim {number}</source>
            <translation>报销单 {number}</translation>
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
            <translation> 小时</translation>
        </message>
        <message>
            <source>All clerks</source>
            <translation>全体内勤</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>订单数</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>计算失败</translation>
        </message>
        <message>
            <source>met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>未达标</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>同比</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>环比</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>内勤</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>实际</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Preview and print…</source>
            <translation>预览和打印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Targets…</source>
            <translation>目标值…</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>报表：</translation>
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
            <translation>正在生成报表…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>The report could not be built.</source>
            <translation>报表未能生成。</translation>
        </message>
        <message>
            <source>{title} {period}: {amount} from {orders} orders.</source>
            <translation>{title} {period}：{orders} 张订单，销售额 {amount}。</translation>
        </message>
        <message>
            <source>No sales in {period}. Choose another period above.</source>
            <translation>{period} 没有销售。请在上方选择其他期间。</translation>
        </message>
        <message>
            <source>Sales by month</source>
            <translation>销售额走势（按月）</translation>
        </message>
        <message>
            <source>Sales by day</source>
            <translation>销售额走势（按日）</translation>
        </message>
        <message>
            <source>No changes against the previous period or last year.</source>
            <translation>与上期和去年同期相比没有变动。</translation>
        </message>
        <message>
            <source>Top {count} by amount</source>
            <translation>销售额前 {count} 名</translation>
        </message>
        <message>
            <source>KPIs of {period} against their targets.</source>
            <translation>{period} 的考核指标与目标值对照。</translation>
        </message>
        <message>
            <source>Indicators against target (percent)</source>
            <translation>指标达成情况（百分比指标）</translation>
        </message>
        <message>
            <source>Show a report first.</source>
            <translation>请先查看一份报表。</translation>
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
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel 文件 (*.xlsx)</translation>
        </message>
        <message>
            <source>Written: {files}</source>
            <translation>已写入：{files}</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>正在写入报表</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>报表预览</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>考核指标目标值</translation>
        </message>
        <message>
            <source>Daily sales report</source>
            <translation>销售日报</translation>
        </message>
        <message>
            <source>Weekly sales report</source>
            <translation>销售周报</translation>
        </message>
        <message>
            <source>Monthly sales report</source>
            <translation>销售月报</translation>
        </message>
        <message>
            <source>Sales of a custom period</source>
            <translation>自定义期间销售统计</translation>
        </message>
        <message>
            <source>KPI report</source>
            <translation>考核指标报表</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>销售量</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>毛利率</translation>
        </message>
        <message>
            <source>By customer</source>
            <translation>按客户</translation>
        </message>
        <message>
            <source>By region</source>
            <translation>按地区</translation>
        </message>
        <message>
            <source>By product</source>
            <translation>按产品</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按产品类别</translation>
        </message>
        <message>
            <source>By salesperson</source>
            <translation>按业务员</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Salespeople</source>
            <translation>业务员</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>(unknown customer)</source>
            <translation>（未知客户）</translation>
        </message>
        <message>
            <source>(no region)</source>
            <translation>（未填地区）</translation>
        </message>
        <message>
            <source>(unknown product)</source>
            <translation>（未知产品）</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>（未分类）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} 个百分点</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>up most: {names}</source>
            <translation>增长最多：{names}</translation>
        </message>
        <message>
            <source>down most: {names}</source>
            <translation>下降最多：{names}</translation>
        </message>
        <message>
            <source>{what} vs previous period</source>
            <translation>{what}（环比）</translation>
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
            <translation>处理完毕</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>满意度（1–5）</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>解决日期</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Resolve {number}</source>
            <translation>处理 {number} 的差异</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review {number}</source>
            <translation>审核 {number}</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Approved on paper by</source>
            <translation>纸质审批签字人</translation>
        </message>
        <message>
            <source>Paper approval date</source>
            <translation>纸质审批日期</translation>
        </message>
        <message>
            <source>Scan…</source>
            <translation>扫描件…</translation>
        </message>
        <message>
            <source>Scan of the paper</source>
            <translation>纸质审批扫描件</translation>
        </message>
        <message>
            <source>Notes / reason</source>
            <translation>意见 / 原因</translation>
        </message>
        <message>
            <source>Scan of the paper approval</source>
            <translation>纸质审批扫描件</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif)</source>
            <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
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
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>ScanPicker</name>
        <message>
            <source>Scan…</source>
            <translation>扫描件…</translation>
        </message>
        <message>
            <source>Scan of the signed paper</source>
            <translation>签字纸质单据的扫描件</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>搜索 (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Off (only inside a trusted network)</source>
            <translation>关闭（仅限可信的内部网络）</translation>
        </message>
        <message>
            <source>When the server offers it</source>
            <translation>服务器支持时加密</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必须加密</translation>
        </message>
        <message>
            <source>Required, certificate and host name checked</source>
            <translation>必须加密，并校验证书和主机名</translation>
        </message>
        <message>
            <source>Connecting to {host}…</source>
            <translation>正在连接 {host}…</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>Connected. The server is ready for sync (sync version {protocol}).
{version}</source>
            <translation>连接成功，服务器已可用于同步（同步版本 {protocol}）。
{version}</translation>
        </message>
        <message>
            <source>Offices share their work through one PostgreSQL or MariaDB server. Without a server everything stays in this database. Leave the host empty to turn sync off.</source>
            <translation>各分支机构通过一台 PostgreSQL 或 MariaDB 服务器共享工作。没有服务器时，所有数据只保存在本数据库中。主机留空即关闭同步。</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>加密（TLS）</translation>
        </message>
        <message>
            <source>Sync every</source>
            <translation>同步间隔</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain; leave empty to keep the saved one.</source>
            <translation>保存在本机的系统钥匙串中；留空则保留已保存的密码。</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain, never in a file.</source>
            <translation>保存在本机的系统钥匙串中，绝不写入文件。</translation>
        </message>
        <message>
            <source>for example hq.example.com</source>
            <translation>例如 hq.example.com</translation>
        </message>
        <message>
            <source>Only an administrator can change the server settings.</source>
            <translation>只有管理员可以修改服务器设置。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Company (printed on every form)</source>
            <translation>公司信息（打印在每份单据上）</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>本机设置</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名称</translation>
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
            <source>Daily backups to keep</source>
            <translation>保留的每日备份数</translation>
        </message>
        <message>
            <source>Font size (points)</source>
            <translation>字号（磅）</translation>
        </message>
        <message>
            <source>Encrypt the backups made on this computer with a password</source>
            <translation>用密码加密本机生成的备份</translation>
        </message>
        <message>
            <source>Backup password</source>
            <translation>备份密码</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain; leave empty to keep the current one. Without it an encrypted backup cannot be restored: write it down somewhere safe.</source>
            <translation>保存在本机的系统钥匙串中；留空则保持当前密码。没有密码将无法恢复加密备份，请妥善记录。</translation>
        </message>
        <message>
            <source>Only an administrator can change the company settings.</source>
            <translation>只有管理员可以修改公司设置。</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up Neiqin</source>
            <extracomment>field of a ValidationError from setup_company → our field</extracomment>
            <translation>设置内勤</translation>
        </message>
        <message>
            <source>Welcome. Enter your company's letterhead and the first administrator. Fields marked * are required; everything else can be changed later in Settings.</source>
            <translation>欢迎使用。请填写公司抬头信息和第一位管理员。带 * 的为必填项；其余内容以后可以在“设置”中修改。</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名称</translation>
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
            <source>Branch code</source>
            <translation>分支机构代码</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>分支机构名称</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>e.g. BJ01 — part of every document number</source>
            <translation>例如 BJ01，会出现在每个单据编号中</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <translation>请输入公司名称。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off: {name}</source>
            <translation>签阅：{name}</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>传阅人</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>阅办意见</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad: sign here</source>
            <translation>签名板：请在此签名</translation>
        </message>
        <message>
            <source>Sign here with the mouse, a pen or a finger</source>
            <translation>请用鼠标、手写笔或手指在此签名</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>请在此签名</translation>
        </message>
    </context>
    <context>
        <name>StandardsDialog</name>
        <message>
            <source>Reimbursement standards</source>
            <translation>报销标准</translation>
        </message>
        <message>
            <source>Empty means no limit. First review refuses lines over these amounts.</source>
            <translation>留空表示不限。初审时超过标准的明细不能通过。</translation>
        </message>
        <message>
            <source>{category}: per day</source>
            <translation>{category}：每天</translation>
        </message>
        <message>
            <source>{category}: per receipt</source>
            <translation>{category}：每张票据</translation>
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
            <translation>名称</translation>
        </message>
        <message>
            <source>Check of the register</source>
            <translation>档案清查核对</translation>
        </message>
        <message>
            <source>Every room</source>
            <translation>全部库房</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>库房</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>The chair signed the minutes on paper</source>
            <translation>主持人已在纸面纪要上签字</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签字日期</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>分发对象</translation>
        </message>
        <message>
            <source>Also to (comma separated)</source>
            <translation>另送（用逗号分隔）</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>分发方式</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>{claimant} ({department}), {count} lines, total {total}</source>
            <translation>{claimant}（{department}），共 {count} 行，合计 {total}</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>审核提示</translation>
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
            <translation>纸质审批签字人</translation>
        </message>
        <message>
            <source>Paper approval date</source>
            <translation>纸质审批日期</translation>
        </message>
        <message>
            <source>Scan of the signed paper</source>
            <translation>签字纸质单据的扫描件</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途／事由</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
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
            <translation>目录中还没有办公用品。</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>新建物品</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>编辑物品</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>领用发放…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>退库…</translation>
        </message>
        <message>
            <source>Issue slips</source>
            <translation>领用单</translation>
        </message>
        <message>
            <source>Purchase plans</source>
            <translation>采购计划</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>Report loss or damage…</source>
            <translation>上报损坏/丢失…</translation>
        </message>
        <message>
            <source>Loss reports</source>
            <translation>损坏/丢失报告</translation>
        </message>
        <message>
            <source>Usage ledger</source>
            <translation>领用台账</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Import catalogue…</source>
            <translation>导入目录…</translation>
        </message>
        <message>
            <source>Below minimum only</source>
            <translation>只看低于最低库存</translation>
        </message>
        <message>
            <source>Item and movements</source>
            <translation>物品与出入库</translation>
        </message>
        <message>
            <source>Issue slip</source>
            <translation>领用单</translation>
        </message>
        <message>
            <source>Imported {count} items.</source>
            <translation>已导入 {count} 种物品。</translation>
        </message>
        <message>
            <source>Import catalogue</source>
            <translation>导入目录</translation>
        </message>
    </context>
    <context>
        <name>SyncCheckDialog</name>
        <message>
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>Rows here</source>
            <translation>本机行数</translation>
        </message>
        <message>
            <source>Rows on the server</source>
            <translation>服务器行数</translation>
        </message>
        <message>
            <source>Checksum here</source>
            <translation>本机校验和</translation>
        </message>
        <message>
            <source>Checksum on the server</source>
            <translation>服务器校验和</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
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
            <translation>正在同步，然后逐表与服务器核对……</translation>
        </message>
        <message>
            <source>The comparison could not be made: {reason}</source>
            <translation>无法核对：{reason}</translation>
        </message>
        <message>
            <source>All {count} tables are the same here and on the server ({rows} rows).</source>
            <translation>全部 {count} 张数据表本机与服务器一致（共 {rows} 行）。</translation>
        </message>
        <message>
            <source>{count} table(s) differ from the server. Compare again when no one is working in any office; if a table still differs, tell your administrator (the figures below help them).</source>
            <translation>有 {count} 张数据表与服务器不一致。请在各办公室都无人操作时再核对一次；如仍不一致，请告知管理员（下表数字可供排查）。</translation>
        </message>
        <message>
            <source>{count} change(s) were made here while comparing.</source>
            <translation>核对期间本机又有 {count} 条更改。</translation>
        </message>
        <message>
            <source>Compare with the server</source>
            <translation>与服务器核对</translation>
        </message>
        <message>
            <source>Compare again</source>
            <translation>再次核对</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>KPI targets</source>
            <translation>考核指标目标值</translation>
        </message>
        <message>
            <source>Targets apply to every clerk; a result is met when it reaches the target.</source>
            <translation>目标值适用于所有内勤；实际值达到目标值即为达标。</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>approved on paper by {by} on {on}</source>
            <translation>{by} 于 {on} 纸质审批通过</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Comment and details</source>
            <translation>备注及详情</translation>
        </message>
        <message>
            <source>signed on paper by {by} on {on}</source>
            <translation>{by} 于 {on} 纸面签字</translation>
        </message>
        <message>
            <source>{count} recipients by {channel}</source>
            <translation>通过{channel}分发给 {count} 人</translation>
        </message>
        <message>
            <source>checklist complete</source>
            <translation>初审清单已全部确认</translation>
        </message>
        <message>
            <source>over budget: {what}</source>
            <translation>超预算：{what}</translation>
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
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生情况</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Solution</source>
            <translation>解决方案</translation>
        </message>
        <message>
            <source>Exception: {category}</source>
            <translation>异常：{category}</translation>
        </message>
        <message>
            <source> (resolved)</source>
            <translation>（已处理）</translation>
        </message>
    </context>
    <context>
        <name>TransactionsView</name>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>{count} orders, total {total}, last order {last}</source>
            <translation>{count} 个订单，合计 {total}，最近订单 {last}</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <source>New user…</source>
            <translation>新建用户…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
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
            <translation>部门</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>New password for {name}:</source>
            <translation>{name} 的新密码：</translation>
        </message>
    </context>
    <context>
        <name>archive</name>
        <message>
            <source>Lending slip</source>
            <translation>借阅单</translation>
        </message>
        <message>
            <source>Overdue reminder notice</source>
            <translation>逾期催还通知</translation>
        </message>
        <message>
            <source>Circulation slip</source>
            <translation>传阅单</translation>
        </message>
        <message>
            <source>Destruction record</source>
            <translation>销毁记录</translation>
        </message>
        <message>
            <source>Archive register</source>
            <translation>档案登记</translation>
        </message>
        <message>
            <source>Contracts ledger</source>
            <translation>合同台账</translation>
        </message>
        <message>
            <source>Document register</source>
            <translation>收发文登记</translation>
        </message>
        <message>
            <source>Lendings</source>
            <translation>档案借阅</translation>
        </message>
        <message>
            <source>Reminder sent</source>
            <translation>已催还</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待审批</translation>
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
            <translation>已归还</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>审批通过</translation>
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
            <translation>续借</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>催还</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>提出申请</translation>
        </message>
        <message>
            <source>Not possible while the lending is {state}.</source>
            <translation>借阅状态为“{state}”，不能进行此操作。</translation>
        </message>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>您没有执行此操作的权限。</translation>
        </message>
        <message>
            <source>This item's confidentiality level needs a higher role to approve.</source>
            <translation>该档案密级较高，须由更高职级的人员审批。</translation>
        </message>
        <message>
            <source>The lending is not overdue.</source>
            <translation>借阅未逾期。</translation>
        </message>
        <message>
            <source>The reminder due now was sent already.</source>
            <translation>本次应发的催还通知已发出。</translation>
        </message>
        <message>
            <source>Renewed as often as allowed.</source>
            <translation>续借次数已达上限。</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>档号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>载体形式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>库房</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>柜号</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架号</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>盒号</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>保管至</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Contract number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
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
            <translation>订单</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Received / sent</source>
            <translation>收/发</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>发文单位</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>收文单位</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>缓急</translation>
        </message>
        <message>
            <source>Lending number</source>
            <translation>借阅单号</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>借阅方式</translation>
        </message>
        <message>
            <source>Requested on</source>
            <translation>申请日期</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>催还次数</translation>
        </message>
        <message>
            <source>Check number</source>
            <translation>清查编号</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>清查结果</translation>
        </message>
        <message>
            <source>Batch number</source>
            <translation>批次号</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>销毁日期</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>销毁方式</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>纸质</translation>
        </message>
        <message>
            <source>Electronic</source>
            <translation>电子</translation>
        </message>
        <message>
            <source>Paper and electronic</source>
            <translation>纸质+电子</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>公开</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>内部</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>秘密</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>机密</translation>
        </message>
        <message>
            <source>a department head</source>
            <extracomment>how high a role ranks when approving (lending, destruction) the least role that may approve lending or destroying an item of each confidentiality level</extracomment>
            <translation>部门负责人</translation>
        </message>
        <message>
            <source>an administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>在库</translation>
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
            <translation>已销毁</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>收文</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>发文</translation>
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
            <translation>已登记</translation>
        </message>
        <message>
            <source>Circulating</source>
            <translation>传阅中</translation>
        </message>
        <message>
            <source>Circulated</source>
            <translation>已传阅</translation>
        </message>
        <message>
            <source>Read in the archive room</source>
            <translation>室内查阅</translation>
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
            <translation>损坏</translation>
        </message>
        <message>
            <source>Pages missing</source>
            <translation>缺页</translation>
        </message>
        <message>
            <source>First reminder</source>
            <extracomment>escalating reminders of an overdue lending: (level, days after the due date, to whom)</extracomment>
            <translation>第一次催还</translation>
        </message>
        <message>
            <source>Second reminder</source>
            <translation>第二次催还</translation>
        </message>
        <message>
            <source>Escalated to the department head</source>
            <translation>逾期上报部门负责人</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未清点</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>在架</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>错位</translation>
        </message>
        <message>
            <source>Put back in its place</source>
            <extracomment>how a discrepancy is resolved, for which result</extracomment>
            <translation>放回原位</translation>
        </message>
        <message>
            <source>Register the place where it was found</source>
            <translation>按实际位置登记</translation>
        </message>
        <message>
            <source>Found after all</source>
            <translation>已找到</translation>
        </message>
        <message>
            <source>Record as missing</source>
            <translation>登记为丢失</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Appraisal</source>
            <translation>鉴定中</translation>
        </message>
        <message>
            <source>Shredding</source>
            <translation>粉碎</translation>
        </message>
        <message>
            <source>Incineration</source>
            <translation>焚烧</translation>
        </message>
        <message>
            <source>Pulping</source>
            <translation>化浆</translation>
        </message>
        <message>
            <source>Secure deletion of electronic copies</source>
            <translation>电子文件彻底删除</translation>
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
            <translation>删除</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>彻底删除</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
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
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
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
            <translation>操作日志</translation>
        </message>
    </context>
    <context>
        <name>counts</name>
        <message>
            <source>Counting</source>
            <translation>盘点中</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已审批</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Miscount</source>
            <extracomment>why counted and book differ (差异原因)</extracomment>
            <translation>点数错误</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>损坏</translation>
        </message>
        <message>
            <source>Theft or loss</source>
            <translation>被盗或丢失</translation>
        </message>
        <message>
            <source>Unrecorded receipt</source>
            <translation>入库未记账</translation>
        </message>
        <message>
            <source>Unrecorded shipment or issue</source>
            <translation>出库或领用未记账</translation>
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
            <translation>企业</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>Public institution</source>
            <translation>事业单位</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>经销商</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>负责内勤</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Communication log</source>
            <translation>沟通纪要</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>客户咨询</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>Handed to department</source>
            <translation>已转交部门</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <source>Follow-ups due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Service cases overdue</source>
            <translation>逾期的客户咨询 / 投诉</translation>
        </message>
        <message>
            <source>Orders awaiting review</source>
            <extracomment>a progress event this recent counts as "expected progress"</extracomment>
            <translation>待审核订单</translation>
        </message>
        <message>
            <source>Orders returned for correction</source>
            <translation>退回修改的订单</translation>
        </message>
        <message>
            <source>Delivery risk</source>
            <translation>交付风险</translation>
        </message>
        <message>
            <source>Open change requests</source>
            <translation>待处理的订单变更</translation>
        </message>
        <message>
            <source>Office supplies below minimum</source>
            <translation>低于最低库存的办公用品</translation>
        </message>
        <message>
            <source>Purchase plans awaiting approval</source>
            <translation>待审批的采购计划</translation>
        </message>
        <message>
            <source>Supplies issues over standard awaiting approval</source>
            <translation>待审批的超标领用</translation>
        </message>
        <message>
            <source>Loss and damage reports awaiting approval</source>
            <translation>待审批的损坏/丢失报告</translation>
        </message>
        <message>
            <source>Supplies counts awaiting approval</source>
            <translation>待审批的办公用品盘点</translation>
        </message>
        <message>
            <source>Counts due</source>
            <translation>待盘点</translation>
        </message>
        <message>
            <source>Counts awaiting approval</source>
            <translation>待审批的盘点</translation>
        </message>
        <message>
            <source>Stock below zero: count or record the missing receipt</source>
            <translation>负库存：请盘点或补录入库</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>低库存</translation>
        </message>
        <message>
            <source>Slow-moving stock to handle</source>
            <translation>待处理的呆滞品</translation>
        </message>
        <message>
            <source>Overdue action items</source>
            <extracomment>action items due within this many days show up before they are late meetings within this many days should have their notice sent</extracomment>
            <translation>逾期的待办事项</translation>
        </message>
        <message>
            <source>Action items due soon</source>
            <translation>即将到期的待办事项</translation>
        </message>
        <message>
            <source>Minutes awaiting your review</source>
            <translation>待您审核的会议纪要</translation>
        </message>
        <message>
            <source>Meeting requests to approve</source>
            <translation>待批准的临时会议申请</translation>
        </message>
        <message>
            <source>Meetings without a notice</source>
            <translation>尚未发出通知的会议</translation>
        </message>
        <message>
            <source>Lending requests to approve</source>
            <translation>待审批的借阅申请</translation>
        </message>
        <message>
            <source>Overdue lendings</source>
            <translation>逾期未还的借阅</translation>
        </message>
        <message>
            <source>Contracts expiring soon</source>
            <translation>即将到期的合同</translation>
        </message>
        <message>
            <source>Documents still circulating</source>
            <translation>尚在传阅的文件</translation>
        </message>
        <message>
            <source>Expense claims waiting for you</source>
            <extracomment>how long a change of the user's own claim stays on the dashboard</extracomment>
            <translation>待您处理的报销单</translation>
        </message>
        <message>
            <source>Your expense claims that changed</source>
            <translation>您的报销单有新进展</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <extracomment>the permission to resolve conflicts resolutions made here and not yet marked on the server</extracomment>
            <translation>同步冲突</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>No such user: {name}. Set the database up first.</source>
            <translation>没有用户 {name}。请先设置数据库。</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <extracomment>the command line's `--filter key=value` names
----------
None: the permission of the step the claim is waiting for (a return)</extracomment>
            <translation>“{value}”不是有效日期（格式 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>No printed form called {name}. See `neiqin print --list`.</source>
            <translation>没有名为 {name} 的打印单据。请查看 `neiqin print --list`。</translation>
        </message>
        <message>
            <source>Give the record number and --out FILE.pdf.</source>
            <translation>请给出记录编号和 --out 文件.pdf。</translation>
        </message>
        <message>
            <source>No list called {name}.</source>
            <translation>没有名为 {name} 的列表。</translation>
        </message>
        <message>
            <source>Give --out FILE.xlsx.</source>
            <translation>请给出 --out 文件.xlsx。</translation>
        </message>
        <message>
            <source>No importable list called {name}.</source>
            <translation>没有名为 {name} 的可导入列表。</translation>
        </message>
        <message>
            <source>Give the anchor as SEQ:HASH, as printed by an earlier verify.</source>
            <translation>请按 SEQ:HASH 格式给出锚点（即之前校验时打印的链头）。</translation>
        </message>
        <message>
            <source>File problem: {reason}</source>
            <translation>文件出错：{reason}</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>文件夹 {path} 不存在。</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translation>无法打开 {path}：{reason}</translation>
        </message>
        <message>
            <source>{path} exists already: choose a new file for the demo.</source>
            <extracomment>username: (display name, role, department)</extracomment>
            <translation>{path} 已存在：请为演示数据库选择一个新文件。</translation>
        </message>
        <message>
            <source>The number of orders cannot be negative.</source>
            <translation>订单数量不能为负数。</translation>
        </message>
        <message>
            <source>Give the file a name.</source>
            <translation>请为文件命名。</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The attachment {name} could not be saved: {reason}</source>
            <translation>附件 {name} 无法保存：{reason}</translation>
        </message>
        <message>
            <source>The attached file {sha256} is missing from {folder}.</source>
            <translation>附件文件 {sha256} 在 {folder} 中缺失。</translation>
        </message>
        <message>
            <source>Choose the record to attach the file to.</source>
            <translation>请选择要添加附件的记录。</translation>
        </message>
        <message>
            <source>No such attachment.</source>
            <translation>没有这个附件。</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB; attach a smaller file.</source>
            <translation>{name} 超过 {limit} MB，请添加较小的文件。</translation>
        </message>
        <message>
            <source>“{value}” is not a file hash.</source>
            <translation>“{value}”不是文件哈希值。</translation>
        </message>
        <message>
            <source>A password has at least {n} characters.</source>
            <translation>密码至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>A user name is 1–64 characters without spaces.</source>
            <translation>用户名为 1–64 个字符，不能含空格。</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <extracomment>daily backups kept, at least and at most</extracomment>
            <translation>请输入公司名称。</translation>
        </message>
        <message>
            <source>This database is already set up.</source>
            <translation>此数据库已经设置过了。</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>此账号已停用。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked for {minutes} more minute(s).</source>
            <translation>密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试。</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>未知角色 {role}。</translation>
        </message>
        <message>
            <source>The user name {name} is taken.</source>
            <translation>用户名 {name} 已被占用。</translation>
        </message>
        <message>
            <source>No such user.</source>
            <extracomment>the permission to hand a clerk's work to another</extracomment>
            <translation>没有这个用户。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>The backup copy failed its integrity check ({reason}); it was not kept.</source>
            <translation>备份副本未通过完整性检查（{reason}），已丢弃。</translation>
        </message>
        <message>
            <source>Not enough disk space in {folder} for the backup ({size} MB needed). Nothing was written.</source>
            <translation>{folder} 所在磁盘空间不足，无法备份（需要 {size} MB）。未写入任何文件。</translation>
        </message>
        <message>
            <source>Cannot write the backup to {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
            <translation>无法将备份写入 {folder}：该文件夹只读或没有写入权限。未写入任何文件。</translation>
        </message>
        <message>
            <source>Writing the backup to {folder} failed: the disk is full or a file size limit was reached. Nothing was written.</source>
            <translation>写入备份到 {folder} 失败：磁盘已满或达到文件大小限制。未写入任何文件。</translation>
        </message>
        <message>
            <source>The backup to {folder} failed: {reason}. Nothing was written.</source>
            <translation>备份到 {folder} 失败：{reason}。未写入任何文件。</translation>
        </message>
        <message>
            <source>Keep at least one backup.</source>
            <translation>至少保留一份备份。</translation>
        </message>
        <message>
            <source>The keychain that holds the backup password cannot be used: {reason}</source>
            <extracomment>the password of this computer's backups, kept in the OS keychain; backups are encrypted when set</extracomment>
            <translation>无法使用保存备份密码的系统钥匙串：{reason}</translation>
        </message>
        <message>
            <source>The backup file {path} does not exist.</source>
            <translation>备份文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>{path} is not a Neiqin backup (not a SQLite file).</source>
            <translation>{path} 不是内勤的备份（不是 SQLite 文件）。</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Neiqin (schema {revision}). Install that version to restore it; nothing was changed.</source>
            <translation>{path} 由更新版本的内勤生成（数据结构 {revision}）。请安装该版本后再恢复；未做任何更改。</translation>
        </message>
        <message>
            <source>{path} is damaged: {reason}</source>
            <translation>{path} 已损坏：{reason}</translation>
        </message>
        <message>
            <source>{path} is a SQLite file but not a Neiqin database.</source>
            <translation>{path} 是 SQLite 文件，但不是内勤数据库。</translation>
        </message>
        <message>
            <source>The backup and the database are the same file: {path}.</source>
            <translation>备份与数据库是同一个文件：{path}。</translation>
        </message>
        <message>
            <source>Restoring failed: {reason}. The database was not changed.</source>
            <translation>恢复失败：{reason}。数据库未做更改。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>{path} is not a Neiqin database (not a SQLite file).</source>
            <translation>{path} 不是内勤数据库（不是 SQLite 文件）。</translation>
        </message>
        <message>
            <source>{path} cannot be opened as a database: {reason}</source>
            <translation>{path} 无法作为数据库打开：{reason}</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Neiqin (schema {revision}). Install the newer version to open it; nothing was changed.</source>
            <translation>{path} 由更新版本的内勤创建（数据结构 {revision}）。请安装新版本后再打开；文件未被改动。</translation>
        </message>
        <message>
            <source>{count} problem(s) found: {first}</source>
            <translation>发现 {count} 个问题：{first}</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您没有执行此操作的权限（{permission}）。</translation>
        </message>
        <message>
            <source>Cannot write to {where}: it is read-only or you may not write there. Nothing was saved.</source>
            <translation>无法写入 {where}：该位置只读或您没有写入权限。未保存任何内容。</translation>
        </message>
        <message>
            <source>Writing to {where} failed: the disk is full or a size limit was reached. Nothing was saved; free some space and try again.</source>
            <translation>写入 {where} 失败：磁盘已满或达到文件大小上限。未保存任何内容；请释放空间后重试。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: a value is required.</source>
            <extracomment>for kind "choice": value → text written on export (accepted on import, like the value)</extracomment>
            <translation>第 {row} 行，{column}：必须填写。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the text is too long ({length} characters, at most {limit}).</source>
            <translation>第 {row} 行，{column}：文字太长（{length} 个字符，最多 {limit} 个）。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a whole number.</source>
            <translation>第 {row} 行，{column}：“{value}”不是整数。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a number.</source>
            <translation>第 {row} 行，{column}：“{value}”不是数字。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {reason}</source>
            <translation>第 {row} 行，{column}：{reason}</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a date (YYYY-MM-DD).</source>
            <translation>第 {row} 行，{column}：“{value}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not yes or no (是/否).</source>
            <translation>第 {row} 行，{column}：“{value}”不是“是/否”。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not one of {choices}.</source>
            <translation>第 {row} 行，{column}：“{value}”不是 {choices} 之一。</translation>
        </message>
        <message>
            <source>The file is too large ({size} MB; at most {limit} MB).</source>
            <translation>文件太大（{size} MB，最多 {limit} MB）。</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx). Save it as .xlsx and try again.</source>
            <translation>{name} 不是 Excel 工作簿（.xlsx）。请另存为 .xlsx 后重试。</translation>
        </message>
        <message>
            <source>The file is too large when unpacked.</source>
            <translation>文件解压后太大。</translation>
        </message>
        <message>
            <source>{name} cannot be read as an Excel workbook: {reason}</source>
            <translation>无法作为 Excel 工作簿读取 {name}：{reason}</translation>
        </message>
        <message>
            <source>The column {column} appears twice (“{first}” and “{second}”).</source>
            <translation>列 {column} 出现了两次（“{first}”和“{second}”）。</translation>
        </message>
        <message>
            <source>Required columns are missing: {columns}. Use the template.</source>
            <translation>缺少必填列：{columns}。请使用导入模板。</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>工作簿中没有工作表。</translation>
        </message>
        <message>
            <source>The sheet is empty: the first row must hold the column names.</source>
            <translation>工作表是空的：第一行必须是列名。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: formulas are not accepted; enter the value itself.</source>
            <translation>第 {row} 行，{column}：不接受公式，请直接填写数值。</translation>
        </message>
        <message>
            <source>The sheet has more than {limit} rows; split the file.</source>
            <translation>工作表超过 {limit} 行，请拆分文件。</translation>
        </message>
        <message>
            <source>The sheet has column names but no rows.</source>
            <translation>工作表只有列名，没有数据行。</translation>
        </message>
        <message>
            <source>“{value}” is not an amount of money.</source>
            <translation>“{value}”不是有效金额。</translation>
        </message>
        <message>
            <source>An amount has at most two decimals (fen): {value}.</source>
            <translation>金额最多保留两位小数（到分）：{value}。</translation>
        </message>
        <message>
            <source>The amount {value} is too large.</source>
            <translation>金额 {value} 过大。</translation>
        </message>
        <message>
            <source>A branch code is 2–8 letters or digits starting with a letter, e.g. BJ01.</source>
            <extracomment>the setting holding this computer's desk (absent: desk 0) sequence values per desk, document type and year: desk k draws k·DESK_BLOCK + 1 … k·DESK_BLOCK + 999,999</extracomment>
            <translation>分支机构代码为 2–8 位字母或数字，以字母开头，例如 BJ01。</translation>
        </message>
        <message>
            <source>This computer has used up its {prefix} numbers for {year} ({first} to {last}); {wanted} more were needed.</source>
            <translation>本机 {year} 年的 {prefix} 编号已用完（{first} 至 {last}），还需要 {wanted} 个。</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，未做任何更改。</translation>
        </message>
        <message>
            <source>A secret needs a name.</source>
            <translation>密钥需要一个名称。</translation>
        </message>
        <message>
            <source>No password store (keychain) is available on this computer, so the password cannot be kept. Install or unlock one (for example GNOME Keyring or KWallet) and try again.</source>
            <translation>这台电脑上没有可用的密码存储（钥匙串），无法保存密码。请安装或解锁一个（例如 GNOME Keyring 或 KWallet）后重试。</translation>
        </message>
        <message>
            <source>The password store (keychain) refused the request: {reason}</source>
            <translation>密码存储（钥匙串）拒绝了请求：{reason}</translation>
        </message>
        <message>
            <source>{field} is too long: at most {limit} characters.</source>
            <translation>{field} 太长：最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>The customer name is required.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <source>Unknown customer type: {value}.</source>
            <translation>未知的客户类型：{value}。</translation>
        </message>
        <message>
            <source>The grade must be one of {choices}.</source>
            <translation>等级必须是 {choices} 之一。</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number.</source>
            <translation>“{value}”不是电话号码。</translation>
        </message>
        <message>
            <source>The tax id must be 15 to 20 letters or digits (统一社会信用代码).</source>
            <translation>税号应为 15 到 20 位字母或数字（统一社会信用代码）。</translation>
        </message>
        <message>
            <source>The contact's name is required.</source>
            <translation>请填写联系人姓名。</translation>
        </message>
        <message>
            <source>“{value}” is not an email address.</source>
            <translation>“{value}”不是电子邮件地址。</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same name.</source>
            <translation>客户可能已存在：{name}（{code}）名称相同。</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same phone.</source>
            <translation>客户可能已存在：{name}（{code}）电话相同。</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same tax id.</source>
            <translation>客户可能已存在：{name}（{code}）税号相同。</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>No archive item numbered {number}.</source>
            <translation>没有档号为 {number} 的档案。</translation>
        </message>
        <message>
            <source>The retention period is 1 to 100 years, or permanent.</source>
            <translation>保管期限为 1 至 100 年，或永久。</translation>
        </message>
        <message>
            <source>The number of pages cannot be negative.</source>
            <translation>页数不能为负数。</translation>
        </message>
        <message>
            <source>The archive number {number} is in use already.</source>
            <translation>档号 {number} 已被使用。</translation>
        </message>
        <message>
            <source>No such contract.</source>
            <translation>没有这份合同。</translation>
        </message>
        <message>
            <source>{number} was destroyed: its record can no longer be changed.</source>
            <translation>{number} 已销毁，其记录不能再修改。</translation>
        </message>
        <message>
            <source>Someone else changed this record in the meantime. Reload it and edit again.</source>
            <translation>此记录已被他人修改，请重新打开后再编辑。</translation>
        </message>
        <message>
            <source>The contract cannot end before it starts.</source>
            <translation>合同到期日不能早于开始日期。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>The contract number {number} is in use already.</source>
            <translation>合同编号 {number} 已被使用。</translation>
        </message>
        <message>
            <source>Someone else changed this customer in the meantime. Reload it and edit again.</source>
            <translation>其他人刚刚修改了这个客户。请重新打开后再修改。</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>该联系人已不存在。</translation>
        </message>
        <message>
            <source>“{value}” is not a retention period (years, or 永久).</source>
            <translation>“{value}”不是有效的保管期限（年数或“永久”）。</translation>
        </message>
        <message>
            <source>No customer with code {code}.</source>
            <translation>没有编号为 {code} 的客户。</translation>
        </message>
        <message>
            <source>No customer named {name}.</source>
            <translation>没有名为 {name} 的客户。</translation>
        </message>
        <message>
            <source>A paper item needs its place: at least the room.</source>
            <translation>纸质档案须登记存放位置，至少填写库房。</translation>
        </message>
        <message>
            <source>Import items on loan as in store and record the lending.</source>
            <translation>借出中的档案请按“在库”导入，再登记借阅。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same number as row {other}.</source>
            <translation>第 {row} 行，{column}：与第 {other} 行编号相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the number {number} is in use already.</source>
            <translation>第 {row} 行，{column}：编号 {number} 已被使用。</translation>
        </message>
        <message>
            <source>“{value}” is not an amount.</source>
            <translation>“{value}”不是金额。</translation>
        </message>
        <message>
            <source>{field}: enter a positive amount with at most 2 decimals.</source>
            <translation>{field}：请输入正数金额，最多两位小数。</translation>
        </message>
        <message>
            <source>Give the reason for the change of rating.</source>
            <translation>请填写调整信用等级的原因。</translation>
        </message>
        <message>
            <source>The credit rating must be one of {choices}.</source>
            <translation>信用等级必须是 {choices} 之一。</translation>
        </message>
        <message>
            <source>The rating and limit are unchanged.</source>
            <translation>信用等级和信用额度都没有变化。</translation>
        </message>
        <message>
            <source>The paid amount cannot exceed the amount due.</source>
            <translation>已付金额不能超过应付金额。</translation>
        </message>
        <message>
            <source>Give the date of the payment.</source>
            <translation>请填写付款日期。</translation>
        </message>
        <message>
            <source>The payment record no longer exists.</source>
            <translation>该付款记录已不存在。</translation>
        </message>
        <message>
            <source>Choose two different clerks.</source>
            <translation>请选择两个不同的内勤。</translation>
        </message>
        <message>
            <source>{name} is not an active user.</source>
            <translation>{name} 不是在用的用户。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same customer as row {other}.</source>
            <translation>第 {row} 行，{column}：与第 {other} 行是同一客户。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same tax id as row {other}.</source>
            <translation>第 {row} 行，{column}：税号与第 {other} 行相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the customer exists already: {name} ({code}).</source>
            <translation>第 {row} 行，{column}：客户已存在：{name}（{code}）。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: no customer called “{name}”.</source>
            <translation>第 {row} 行，{column}：没有名为“{name}”的客户。</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>请填写{field}。</translation>
        </message>
        <message>
            <source>Unknown channel: {value}.</source>
            <translation>未知的沟通方式：{value}。</translation>
        </message>
        <message>
            <source>Unknown entry kind: {value}.</source>
            <translation>未知的记录类别：{value}。</translation>
        </message>
        <message>
            <source>The date of a conversation cannot be in the future.</source>
            <translation>沟通日期不能晚于今天。</translation>
        </message>
        <message>
            <source>The next follow-up must be after the conversation.</source>
            <translation>下次回访日期必须在沟通日期之后。</translation>
        </message>
        <message>
            <source>The entry no longer exists.</source>
            <translation>该记录已不存在。</translation>
        </message>
        <message>
            <source>This entry has no follow-up.</source>
            <translation>该记录没有回访。</translation>
        </message>
        <message>
            <source>The service case no longer exists.</source>
            <translation>该客户咨询 / 投诉已不存在。</translation>
        </message>
        <message>
            <source>Unknown case kind: {value}.</source>
            <translation>未知的类别：{value}。</translation>
        </message>
        <message>
            <source>The promised date cannot be before the case was received.</source>
            <translation>承诺处理日期不能早于受理日期。</translation>
        </message>
        <message>
            <source>The case is resolved already.</source>
            <translation>此事项已经解决。</translation>
        </message>
        <message>
            <source>Satisfaction is a score from 1 to 5.</source>
            <translation>满意度为 1 到 5 分。</translation>
        </message>
        <message>
            <source>A case cannot be resolved before it was received.</source>
            <translation>解决日期不能早于受理日期。</translation>
        </message>
        <message>
            <source>No such change request.</source>
            <translation>没有这个订单变更。</translation>
        </message>
        <message>
            <source>Order {number} is {state}: changes are requested on confirmed orders that are not shipped yet.</source>
            <translation>订单 {number} 的状态为“{state}”：只有已确认且尚未发货的订单才能申请变更。</translation>
        </message>
        <message>
            <source>Order {number} has an open change request already.</source>
            <translation>订单 {number} 已有一个未处理的变更申请。</translation>
        </message>
        <message>
            <source>Describe what the customer asks to change.</source>
            <translation>请写明客户要求变更的内容。</translation>
        </message>
        <message>
            <source>The request changes nothing.</source>
            <translation>这个申请没有变更任何内容。</translation>
        </message>
        <message>
            <source>Change request {number} is {state}.</source>
            <translation>订单变更 {number} 的状态为“{state}”。</translation>
        </message>
        <message>
            <source>Write the result of the check.</source>
            <translation>请填写初审结果。</translation>
        </message>
        <message>
            <source>Choose the department.</source>
            <translation>请选择部门。</translation>
        </message>
        <message>
            <source>Write the impact on the department.</source>
            <translation>请写明对本部门的影响。</translation>
        </message>
        <message>
            <source>Change request {number} must be checked by the clerk first.</source>
            <translation>订单变更 {number} 须先由内勤初审。</translation>
        </message>
        <message>
            <source>Order {number} changed since the request was made.</source>
            <translation>提出申请后订单 {number} 已有改动。</translation>
        </message>
        <message>
            <source>No such order.</source>
            <translation>没有这个订单。</translation>
        </message>
        <message>
            <source>No order numbered {number}.</source>
            <translation>没有编号为 {number} 的订单。</translation>
        </message>
        <message>
            <source>The branch code is not set up.</source>
            <translation>尚未设置分支机构代码。</translation>
        </message>
        <message>
            <source>Order {number} is {state} and can no longer be edited; make a change request instead.</source>
            <translation>订单 {number} 的状态为“{state}”，不能再修改；请提交订单变更。</translation>
        </message>
        <message>
            <source>Someone else changed this order in the meantime. Reload it and edit again.</source>
            <translation>此订单已被他人修改。请重新打开后再编辑。</translation>
        </message>
        <message>
            <source>Files can only be attached to a database file.</source>
            <translation>只有数据库文件才能添加附件。</translation>
        </message>
        <message>
            <source>Choose how the customer confirmed: {choices}.</source>
            <extracomment>states in which the order's content may still be edited by the clerk states of an order that is not finished (open orders count against credit) states after confirmation in which a change request may be made a comment is required (a reason for rejecting, the notes of a return)</extracomment>
            <translation>请选择客户确认的方式：{choices}。</translation>
        </message>
        <message>
            <source>Dispatch to at least one department (production, purchasing, logistics) with the note it receives.</source>
            <translation>请至少下达到一个部门（生产、采购、物流），并写明该部门收到的说明。</translation>
        </message>
        <message>
            <source>A paper approval needs the name of who signed it.</source>
            <translation>纸质审批需要填写签字人。</translation>
        </message>
        <message>
            <source>The scan of the paper approval is not a stored attachment.</source>
            <translation>纸质审批的扫描件不是已保存的附件。</translation>
        </message>
        <message>
            <source>Unknown detail for this step: {names}.</source>
            <translation>此步骤没有这项内容：{names}。</translation>
        </message>
        <message>
            <source>“{label}” is required for this step.</source>
            <translation>此步骤必须填写“{label}”。</translation>
        </message>
        <message>
            <source>Unknown order action {action}.</source>
            <translation>未知的订单操作 {action}。</translation>
        </message>
        <message>
            <source>Order {number} is {state}: “{action}” is not possible now.</source>
            <translation>订单 {number} 的状态为“{state}”：现在不能“{action}”。</translation>
        </message>
        <message>
            <source>Order {number} has no approved change waiting for the customer.</source>
            <translation>订单 {number} 没有等待客户确认的已批准变更。</translation>
        </message>
        <message>
            <source>Choose receipt, scrap or customer return.</source>
            <translation>请选择入库、报废或客户退货。</translation>
        </message>
        <message>
            <source>The reference or note is too long.</source>
            <translation>单据号或备注过长。</translation>
        </message>
        <message>
            <source>Enter the number of the order the goods came from.</source>
            <translation>请输入退货所属的订单编号。</translation>
        </message>
        <message>
            <source>Order {number} shipped none of this product.</source>
            <translation>订单 {number} 没有发出过此产品。</translation>
        </message>
        <message>
            <source>Only {open} of this product can still come back from order {number}.</source>
            <translation>订单 {number} 的此产品最多还能退回 {open}。</translation>
        </message>
        <message>
            <source>No such lending.</source>
            <translation>没有这笔借阅。</translation>
        </message>
        <message>
            <source>No lending numbered {number}.</source>
            <translation>没有编号为 {number} 的借阅单。</translation>
        </message>
        <message>
            <source>{number} is {level}: lending it needs the approval of {role}.</source>
            <translation>{number} 密级为“{level}”，借阅须经{role}批准。</translation>
        </message>
        <message>
            <source>Only the head of {department} (or an administrator) approves this lending.</source>
            <translation>此借阅须由{department}负责人（或管理员）审批。</translation>
        </message>
        <message>
            <source>{number} was destroyed and cannot be lent.</source>
            <translation>{number} 已销毁，不能借阅。</translation>
        </message>
        <message>
            <source>{number} is recorded as missing and cannot be lent.</source>
            <translation>{number} 已登记为丢失，不能借阅。</translation>
        </message>
        <message>
            <source>{number} is on loan already ({lending}, due {due}).</source>
            <translation>{number} 已借出（{lending}，应于 {due} 归还）。</translation>
        </message>
        <message>
            <source>{number} has an open lending request already ({lending}).</source>
            <translation>{number} 已有未完成的借阅申请（{lending}）。</translation>
        </message>
        <message>
            <source>Answer whether copying is allowed.</source>
            <translation>请明确是否允许复印。</translation>
        </message>
        <message>
            <source>Answer whether photographing is allowed.</source>
            <translation>请明确是否允许拍照。</translation>
        </message>
        <message>
            <source>The due date {date} is before today.</source>
            <translation>归还日期 {date} 早于今天。</translation>
        </message>
        <message>
            <source>Lending {number} is {state}: “{action}” is not possible now.</source>
            <translation>借阅 {number} 的状态为“{state}”，现在不能“{action}”。</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>The borrower signs: on the signature pad or on the printed lending slip.</source>
            <translation>请借阅人签字：在签字板上或在打印的借阅单上。</translation>
        </message>
        <message>
            <source>{number} is not in store ({state}) and cannot be issued.</source>
            <translation>{number} 不在库（{state}），不能出借。</translation>
        </message>
        <message>
            <source>Lending {number} was renewed {count} times already: return the item and lend it anew.</source>
            <translation>借阅 {number} 已续借 {count} 次，请归还后重新办理借阅。</translation>
        </message>
        <message>
            <source>The new due date must be after {date} and not before today.</source>
            <translation>新的归还日期须晚于 {date}，且不早于今天。</translation>
        </message>
        <message>
            <source>Describe the damage or the missing pages.</source>
            <translation>请说明损坏情况或缺页情况。</translation>
        </message>
        <message>
            <source>Lending {number} is not overdue yet.</source>
            <translation>借阅 {number} 尚未逾期。</translation>
        </message>
        <message>
            <source>The reminder due now for {number} was sent already.</source>
            <translation>{number} 本次应发的催还通知已发出。</translation>
        </message>
        <message>
            <source>No such stock movement.</source>
            <translation>没有这条库存流水。</translation>
        </message>
        <message>
            <source>Only a receipt, scrap or return entered by hand can be reversed here; orders and counts correct their own.</source>
            <translation>这里只能冲销手工录入的入库、报废或退货；订单和盘点由其自身更正。</translation>
        </message>
        <message>
            <source>This entry was reversed already.</source>
            <translation>这笔已冲销过。</translation>
        </message>
        <message>
            <source>Line {line}: “{value}” is not a quantity.</source>
            <translation>第 {line} 行：“{value}”不是数量。</translation>
        </message>
        <message>
            <source>Line {line}: the quantity must be more than 0.</source>
            <translation>第 {line} 行：数量必须大于 0。</translation>
        </message>
        <message>
            <source>Line {line}: a quantity has at most three decimals.</source>
            <translation>第 {line} 行：数量最多三位小数。</translation>
        </message>
        <message>
            <source>Line {line}: the quantity {value} is too large.</source>
            <translation>第 {line} 行：数量 {value} 太大。</translation>
        </message>
        <message>
            <source>Line {line}: the unit price “{value}” is not valid (yuan with at most two decimals).</source>
            <translation>第 {line} 行：单价“{value}”无效（元，最多两位小数）。</translation>
        </message>
        <message>
            <source>Line {line}: the unit price cannot be negative.</source>
            <translation>第 {line} 行：单价不能为负数。</translation>
        </message>
        <message>
            <source>Line {line}: the discount is a percentage from 0 to 100 with at most two decimals.</source>
            <translation>第 {line} 行：折扣是 0 到 100 的百分比，最多两位小数。</translation>
        </message>
        <message>
            <source>An order has at most {max} lines; this one has {count}. Split it into several orders.</source>
            <translation>一张订单最多 {max} 行；这张有 {count} 行。请拆分成几张订单。</translation>
        </message>
        <message>
            <source>Line {line}: choose a product.</source>
            <translation>第 {line} 行：请选择产品。</translation>
        </message>
        <message>
            <source>Line {line}: the product no longer exists.</source>
            <translation>第 {line} 行：该产品已不存在。</translation>
        </message>
        <message>
            <source>Line {line}: {product} is no longer sold.</source>
            <translation>第 {line} 行：{product} 已停售。</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>请选择客户。</translation>
        </message>
        <message>
            <source>The customer is unknown.</source>
            <translation>客户不存在。</translation>
        </message>
        <message>
            <source>The customer {name} has been deleted.</source>
            <translation>客户 {name} 已被删除。</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>{field} 超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>The prepayment ratio is a whole percentage from 0 to 100.</source>
            <translation>预付比例是 0 到 100 的整数百分比。</translation>
        </message>
        <message>
            <source>The customer is missing.</source>
            <translation>缺少客户。</translation>
        </message>
        <message>
            <source>The contact person is missing.</source>
            <translation>缺少联系人。</translation>
        </message>
        <message>
            <source>The contact phone is missing.</source>
            <translation>缺少联系电话。</translation>
        </message>
        <message>
            <source>The delivery date is missing.</source>
            <translation>缺少交货日期。</translation>
        </message>
        <message>
            <source>The delivery date {date} is in the past.</source>
            <translation>交货日期 {date} 已经过去。</translation>
        </message>
        <message>
            <source>The delivery place is missing.</source>
            <translation>缺少交货地点。</translation>
        </message>
        <message>
            <source>The order has no lines.</source>
            <translation>订单没有明细行。</translation>
        </message>
        <message>
            <source>Line {line}: the unit price is missing.</source>
            <translation>第 {line} 行：缺少单价。</translation>
        </message>
        <message>
            <source>{field} must be between 0 and 99,999,999.99 (2 decimals).</source>
            <translation>{field} 必须在 0 到 99,999,999.99 之间（两位小数）。</translation>
        </message>
        <message>
            <source>The product code is required.</source>
            <translation>请填写产品编码。</translation>
        </message>
        <message>
            <source>The product code may contain letters, digits and - _ . / only.</source>
            <translation>产品编码只能包含字母、数字和 - _ . /。</translation>
        </message>
        <message>
            <source>The product name is required.</source>
            <translation>请填写产品名称。</translation>
        </message>
        <message>
            <source>The unit is required.</source>
            <translation>请填写单位。</translation>
        </message>
        <message>
            <source>{field} must be a whole number of 0 or more.</source>
            <translation>{field} 必须是 0 或更大的整数。</translation>
        </message>
        <message>
            <source>The product code {code} is in use already.</source>
            <translation>产品编码 {code} 已被使用。</translation>
        </message>
        <message>
            <source>The product no longer exists.</source>
            <translation>该产品已不存在。</translation>
        </message>
        <message>
            <source>Someone else changed this product in the meantime. Reload it and edit again.</source>
            <translation>其他人刚刚修改了这个产品。请重新打开后再修改。</translation>
        </message>
        <message>
            <source>No product with code {code}.</source>
            <translation>没有编码为 {code} 的产品。</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>请填写{label}。</translation>
        </message>
        <message>
            <source>An unexpected error occurred ({kind}). Nothing was saved by this action; the details are in the log file.</source>
            <translation>发生意外错误（{kind}）。此操作未保存任何内容；详细信息已写入日志文件。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same code as row {other}.</source>
            <translation>第 {row} 行，{column}：编码与第 {other} 行相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the code {code} is in use already.</source>
            <translation>第 {row} 行，{column}：编码 {code} 已被使用。</translation>
        </message>
        <message>
            <source>Nobody looks after any customer yet.</source>
            <translation>还没有人负责任何客户。</translation>
        </message>
        <message>
            <source>Unknown order status {status}.</source>
            <translation>未知的订单状态 {status}。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: no product with code {code}.</source>
            <translation>第 {row} 行，{column}：没有编码为 {code} 的产品。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same product and location as row {other}.</source>
            <translation>第 {row} 行，{column}：与第 {other} 行的产品和库位相同。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the date is in the future.</source>
            <translation>第 {row} 行，{column}：日期在未来。</translation>
        </message>
        <message>
            <source>Row {row}, {column}: this product has stock movements at this location already; record a receipt or count it instead.</source>
            <translation>第 {row} 行，{column}：此产品在该库位已有库存流水，请录入入库或盘点。</translation>
        </message>
        <message>
            <source>Unknown filter {name}; use {names}.</source>
            <extracomment>the command line's `--filter key=value` names</extracomment>
            <translation>未知的筛选条件 {name}；可用：{names}。</translation>
        </message>
        <message>
            <source>Order {number} is {state}: progress is tracked from confirmation to delivery.</source>
            <translation>订单 {number} 的状态为“{state}”：从确认到交付期间才记录进度。</translation>
        </message>
        <message>
            <source>An event is progress or an exception.</source>
            <translation>事件只能是进度或异常。</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>请描述发生的情况。</translation>
        </message>
        <message>
            <source>Progress is a percentage from 0 to 100.</source>
            <translation>进度是 0 到 100 的百分比。</translation>
        </message>
        <message>
            <source>Choose the kind of exception.</source>
            <translation>请选择异常类别。</translation>
        </message>
        <message>
            <source>Give the cause of the exception.</source>
            <translation>请填写异常原因。</translation>
        </message>
        <message>
            <source>No such exception.</source>
            <translation>没有这个异常。</translation>
        </message>
        <message>
            <source>The exception is resolved already.</source>
            <translation>该异常已经处理。</translation>
        </message>
        <message>
            <source>Write the solution agreed with the customer.</source>
            <translation>请填写与客户商定的解决方案。</translation>
        </message>
        <message>
            <source>Record when the customer was told.</source>
            <translation>请记录通知客户的时间。</translation>
        </message>
        <message>
            <source>Choose the customer from the list.</source>
            <translation>请从列表中选择客户。</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>文件无法写入：{reason}</translation>
        </message>
        <message>
            <source>The signature is empty: ask the person to sign.</source>
            <extracomment>fewer dark pixels than this is a click, not a signature</extracomment>
            <translation>签名为空：请当事人签名。</translation>
        </message>
        <message>
            <source>The signature is not a PNG image.</source>
            <translation>签名不是 PNG 图像。</translation>
        </message>
        <message>
            <source>The signature image is too large.</source>
            <translation>签名图像过大。</translation>
        </message>
        <message>
            <source>Give the name of the person who signs.</source>
            <translation>请填写签名人的姓名。</translation>
        </message>
        <message>
            <source>Signatures need a database file to be kept with.</source>
            <translation>签名需要保存在数据库文件中。</translation>
        </message>
        <message>
            <source>A backup password has at least {count} characters.</source>
            <translation>备份密码至少需要 {count} 个字符。</translation>
        </message>
        <message>
            <source>{path} is encrypted: give its password.</source>
            <translation>{path} 已加密：请输入其密码。</translation>
        </message>
        <message>
            <source>Wrong password for {path}, or the file was altered. Nothing was changed.</source>
            <translation>{path} 的密码错误，或文件已被改动。未做任何更改。</translation>
        </message>
        <message>
            <source>{path} is not an encrypted Neiqin backup.</source>
            <translation>{path} 不是内勤的加密备份。</translation>
        </message>
        <message>
            <source>The encrypted backup {path} is damaged or cut short.</source>
            <translation>加密备份 {path} 已损坏或不完整。</translation>
        </message>
        <message>
            <source>Nothing to count: choose at least one item.</source>
            <extracomment>the columns of a line that `CountBook.line_rows` reads</extracomment>
            <translation>没有可盘点的项目：请至少选择一项。</translation>
        </message>
        <message>
            <source>An item is listed twice at the same location.</source>
            <translation>同一库位重复列出了同一项目。</translation>
        </message>
        <message>
            <source>This item was already counted ({quantity}); correct the count instead of counting it again.</source>
            <translation>该项目已盘点（{quantity}）；如需修改请使用“更正”，不要重复盘点。</translation>
        </message>
        <message>
            <source>Choose a reason from the list.</source>
            <translation>请从列表中选择原因。</translation>
        </message>
        <message>
            <source>{count} item(s) are not counted yet.</source>
            <translation>还有 {count} 项未盘点。</translation>
        </message>
        <message>
            <source>{count} variance(s) have no reason yet.</source>
            <translation>还有 {count} 项差异未填写原因。</translation>
        </message>
        <message>
            <source>Count {number} is not in a state that allows this.</source>
            <translation>盘点单 {number} 当前状态不允许此操作。</translation>
        </message>
        <message>
            <source>Count {number} is closed ({status}); it cannot be changed.</source>
            <translation>盘点单 {number} 已关闭（{status}），不能再修改。</translation>
        </message>
        <message>
            <source>Enter a quantity.</source>
            <translation>请输入数量。</translation>
        </message>
        <message>
            <source>“{value}” is not a quantity.</source>
            <translation>“{value}”不是有效的数量。</translation>
        </message>
        <message>
            <source>A quantity has at most three decimals.</source>
            <translation>数量最多保留三位小数。</translation>
        </message>
        <message>
            <source>A quantity cannot be negative.</source>
            <translation>数量不能为负数。</translation>
        </message>
        <message>
            <source>The quantity is too large.</source>
            <translation>数量过大。</translation>
        </message>
        <message>
            <source>A movement needs a quantity other than zero.</source>
            <translation>出入库数量不能为零。</translation>
        </message>
        <message>
            <source>Only {available} in stock; {wanted} cannot be taken out.</source>
            <translation>库存仅有 {available}，无法出库 {wanted}。</translation>
        </message>
        <message>
            <source>Give the plan a name (at most 100 characters).</source>
            <translation>请填写计划名称（最多 100 个字）。</translation>
        </message>
        <message>
            <source>Choose weekly or monthly.</source>
            <translation>请选择每周或每月。</translation>
        </message>
        <message>
            <source>Choose what to count: all, a category or a location.</source>
            <translation>请选择盘点范围：全部、类别或库位。</translation>
        </message>
        <message>
            <source>Choose the category or location to count.</source>
            <translation>请选择要盘点的类别或库位。</translation>
        </message>
        <message>
            <source>No such count plan.</source>
            <translation>没有这个盘点计划。</translation>
        </message>
        <message>
            <source>No such count.</source>
            <translation>没有这个盘点单。</translation>
        </message>
        <message>
            <source>Enter at least one counted quantity.</source>
            <translation>请至少录入一个实盘数量。</translation>
        </message>
        <message>
            <source>Enter or scan a product code.</source>
            <translation>请输入或扫描产品编码。</translation>
        </message>
        <message>
            <source>{code} is not on this count sheet.</source>
            <translation>{code} 不在本盘点表中。</translation>
        </message>
        <message>
            <source>{code} is kept at several locations: choose the location.</source>
            <translation>{code} 存放在多个库位，请选择库位。</translation>
        </message>
        <message>
            <source>The note is too long.</source>
            <translation>备注过长。</translation>
        </message>
        <message>
            <source>No count numbered {number}.</source>
            <translation>没有编号为 {number} 的盘点单。</translation>
        </message>
        <message>
            <source>Count {number} is still open; finish it first.</source>
            <translation>盘点 {number} 尚未结束，请先完成。</translation>
        </message>
        <message>
            <source>No such count line.</source>
            <translation>没有这一盘点行。</translation>
        </message>
        <message>
            <source>Unknown status {status}.</source>
            <translation>未知状态 {status}。</translation>
        </message>
        <message>
            <source>No such issue slip.</source>
            <extracomment>issues that count against the standard</extracomment>
            <translation>没有这张领用单。</translation>
        </message>
        <message>
            <source>No issue slip numbered {number}.</source>
            <translation>没有编号为 {number} 的领用单。</translation>
        </message>
        <message>
            <source>Who receives the supplies?</source>
            <translation>请填写领用人。</translation>
        </message>
        <message>
            <source>Give the recipient's department.</source>
            <translation>请填写领用人所在部门。</translation>
        </message>
        <message>
            <source>{name}: {quantity} is over the issue standard ({standard} {per} {period}, {used} taken already). A department head must approve it.</source>
            <translation>{name}：领用 {quantity} 超出发放标准（每{per}每{period} {standard}，已领 {used}），须经部门负责人审批。</translation>
        </message>
        <message>
            <source>Add at least one item to issue.</source>
            <translation>请至少添加一种要发放的物品。</translation>
        </message>
        <message>
            <source>An item is listed twice.</source>
            <translation>同一物品列了两次。</translation>
        </message>
        <message>
            <source>{name}: enter a quantity above zero.</source>
            <translation>{name}：请填写大于零的数量。</translation>
        </message>
        <message>
            <source>Only a department head may approve an issue over the standard; ask for approval instead.</source>
            <translation>只有部门负责人才能审批超标准领用，请改为提交审批。</translation>
        </message>
        <message>
            <source>Only handed-out issues can take returns ({number}).</source>
            <translation>只有已发放的领用单才能办理退库（{number}）。</translation>
        </message>
        <message>
            <source>Enter the quantity given back.</source>
            <translation>请填写退回数量。</translation>
        </message>
        <message>
            <source>A line is not part of issue {number}.</source>
            <translation>有一行不属于领用单 {number}。</translation>
        </message>
        <message>
            <source>{name}: only {left} can still be returned.</source>
            <translation>{name}：最多还能退回 {left}。</translation>
        </message>
        <message>
            <source>No such loss report.</source>
            <translation>没有这份损坏/丢失报告。</translation>
        </message>
        <message>
            <source>Say whether the item was lost or damaged.</source>
            <translation>请选择是丢失还是损坏。</translation>
        </message>
        <message>
            <source>Enter a quantity above zero.</source>
            <translation>请输入大于零的数量。</translation>
        </message>
        <message>
            <source>The compensation cannot be negative.</source>
            <translation>赔偿金额不能为负数。</translation>
        </message>
        <message>
            <source>No such purchase plan.</source>
            <translation>没有这个采购计划。</translation>
        </message>
        <message>
            <source>No purchase plan numbered {number}.</source>
            <translation>没有编号为 {number} 的采购计划。</translation>
        </message>
        <message>
            <source>The plan has no lines.</source>
            <translation>采购计划没有明细行。</translation>
        </message>
        <message>
            <source>{name} is listed twice.</source>
            <translation>{name} 列了两次。</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>单价不能为负数。</translation>
        </message>
        <message>
            <source>Purchase plan {number} is no longer a draft and cannot be edited.</source>
            <translation>采购计划 {number} 已不是草稿，不能再修改。</translation>
        </message>
        <message>
            <source>Purchase plan {number} is not approved and open; goods are received against approved plans.</source>
            <translation>采购计划 {number} 未审批或已结束；只能按已审批的采购计划验收入库。</translation>
        </message>
        <message>
            <source>Enter what was received.</source>
            <translation>请填写到货情况。</translation>
        </message>
        <message>
            <source>A line is not part of plan {number}.</source>
            <translation>有一行不属于采购计划 {number}。</translation>
        </message>
        <message>
            <source>A plan line is received twice.</source>
            <translation>同一计划行验收了两次。</translation>
        </message>
        <message>
            <source>{name}: enter the quantity received.</source>
            <translation>{name}：请填写到货数量。</translation>
        </message>
        <message>
            <source>{name}: more rejected than received.</source>
            <translation>{name}：拒收数量大于到货数量。</translation>
        </message>
        <message>
            <source>{name} failed the spec or quality check: reject everything received of it.</source>
            <translation>{name} 规格或质量检验不合格：到货须全部拒收。</translation>
        </message>
        <message>
            <source>{name}: give the reason for rejecting.</source>
            <translation>{name}：请填写拒收原因。</translation>
        </message>
        <message>
            <source>{name}: {accepted} accepted but the plan only expects {open} more.</source>
            <translation>{name}：验收合格 {accepted}，但计划只剩 {open} 未到。</translation>
        </message>
        <message>
            <source>Unknown action {action}.</source>
            <translation>未知操作 {action}。</translation>
        </message>
        <message>
            <source>{number} is {state}: “{action}” is not possible now.</source>
            <translation>{number} 当前为“{state}”，现在不能执行“{action}”。</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation>最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Say whether the standard is per person or per department.</source>
            <translation>请选择发放标准按人还是按部门。</translation>
        </message>
        <message>
            <source>Choose the period of the standard: month, quarter or year.</source>
            <translation>请选择发放标准的周期：月、季度或年。</translation>
        </message>
        <message>
            <source>No such office-supplies item.</source>
            <translation>没有这种办公用品。</translation>
        </message>
        <message>
            <source>The code {code} is in use already.</source>
            <translation>编码 {code} 已被使用。</translation>
        </message>
        <message>
            <source>Someone else changed this item in the meantime. Reload it and edit again.</source>
            <translation>这期间有人修改了该物品，请重新打开后再编辑。</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>期间的结束早于开始。</translation>
        </message>
        <message>
            <source>The sales window must be at least one day.</source>
            <translation>销量统计窗口至少一天。</translation>
        </message>
        <message>
            <source>Enter a number of days above zero.</source>
            <translation>请输入大于零的天数。</translation>
        </message>
        <message>
            <source>Choose promotion, return or scrap.</source>
            <translation>请选择促销、退货或报废。</translation>
        </message>
        <message>
            <source>This product has an open handling plan already.</source>
            <translation>此产品已有未完成的处理方案。</translation>
        </message>
        <message>
            <source>No such handling plan.</source>
            <translation>没有这个处理方案。</translation>
        </message>
        <message>
            <source>{number} is closed ({status}); it cannot be changed.</source>
            <translation>{number} 已关闭（{status}），不能再修改。</translation>
        </message>
        <message>
            <source>{number} is {status}: “{action}” is not possible now.</source>
            <translation>{number} 当前为 {status}：现在不能“{action}”。</translation>
        </message>
        <message>
            <source>No such action item.</source>
            <translation>没有这个待办事项。</translation>
        </message>
        <message>
            <source>Choose who is responsible.</source>
            <translation>请选择负责人。</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>请填写待办内容。</translation>
        </message>
        <message>
            <source>Choose the decision the action item comes from.</source>
            <translation>请选择待办事项所依据的决议事项。</translation>
        </message>
        <message>
            <source>Give the due date.</source>
            <translation>请填写完成期限。</translation>
        </message>
        <message>
            <source>The due date {date} is before the meeting ({meeting}).</source>
            <translation>完成期限 {date} 早于会议日期（{meeting}）。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}.</source>
            <translation>会议 {number} 的状态为“{state}”。</translation>
        </message>
        <message>
            <source>Write what was done.</source>
            <translation>请填写进展情况。</translation>
        </message>
        <message>
            <source>Choose the status.</source>
            <translation>请选择状态。</translation>
        </message>
        <message>
            <source>Action item {code} is cancelled.</source>
            <translation>待办事项 {code} 已取消。</translation>
        </message>
        <message>
            <source>Unknown meeting status {value}.</source>
            <translation>未知的会议状态 {value}。</translation>
        </message>
        <message>
            <source>Unknown kind of meeting {value}.</source>
            <translation>未知的会议类型 {value}。</translation>
        </message>
        <message>
            <source>Unknown action item status {value}.</source>
            <translation>未知的待办事项状态 {value}。</translation>
        </message>
        <message>
            <source>No such attendee.</source>
            <translation>没有这个参会人员。</translation>
        </message>
        <message>
            <source>{name} has not been sent the notice of {number} yet.</source>
            <translation>尚未向 {name} 发送会议 {number} 的通知。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: leave is asked for before it begins.</source>
            <translation>会议 {number} 的状态为“{state}”：请假须在会议开始前提出。</translation>
        </message>
        <message>
            <source>Give the reason for the leave.</source>
            <translation>请填写请假原因。</translation>
        </message>
        <message>
            <source>The minutes of {number} are {state} and read-only; reopen them to change them.</source>
            <translation>会议 {number} 的纪要状态为“{state}”，只读；如需修改请先重新打开。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: start the minutes first.</source>
            <translation>会议 {number} 的状态为“{state}”：请先开始记录会议纪要。</translation>
        </message>
        <message>
            <source>Someone in the attendance list is not an attendee of this meeting.</source>
            <translation>出席名单中有人不是本次会议的参会人员。</translation>
        </message>
        <message>
            <source>Attendance of {name}: present, late, absent or on leave.</source>
            <translation>{name} 的出席情况只能是出席、迟到、缺席或请假。</translation>
        </message>
        <message>
            <source>Someone else changed these minutes in the meantime. Reload them and edit again.</source>
            <translation>其他人已修改了这份纪要，请重新打开后再编辑。</translation>
        </message>
        <message>
            <source>A discussion belongs to an agenda item of another meeting.</source>
            <translation>讨论内容所属的议题属于其他会议。</translation>
        </message>
        <message>
            <source>Decision {number} has no text.</source>
            <translation>第 {number} 项决议没有内容。</translation>
        </message>
        <message>
            <source>Decision {number} refers to an agenda item of another meeting.</source>
            <translation>第 {number} 项决议对应的议题属于其他会议。</translation>
        </message>
        <message>
            <source>Decision {number} belongs to another meeting.</source>
            <translation>第 {number} 项决议属于其他会议。</translation>
        </message>
        <message>
            <source>A removed decision has action items: remove them first.</source>
            <translation>删除的决议事项下还有待办事项，请先删除这些待办事项。</translation>
        </message>
        <message>
            <source>No meeting numbered {number}.</source>
            <extracomment>the agenda item a follow-up meeting opens with</extracomment>
            <translation>没有编号为 {number} 的会议。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: its time, place and people can no longer be changed.</source>
            <translation>会议 {number} 的状态为“{state}”：时间、地点和人员不能再修改。</translation>
        </message>
        <message>
            <source>Someone else changed this meeting in the meantime. Reload it and edit again.</source>
            <translation>其他人已修改了这个会议，请重新打开后再编辑。</translation>
        </message>
        <message>
            <source>An ad hoc meeting stays ad hoc; schedule a new meeting instead.</source>
            <translation>临时会议不能改为其他类型，请另行安排新会议。</translation>
        </message>
        <message>
            <source>No such checklist line.</source>
            <translation>没有这一项会议准备事项。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: its checklist is closed.</source>
            <translation>会议 {number} 的状态为“{state}”：会议准备清单已关闭。</translation>
        </message>
        <message>
            <source>Meeting {number} does not repeat.</source>
            <translation>会议 {number} 不重复召开。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: it has no next meeting.</source>
            <translation>会议 {number} 的状态为“{state}”：不能安排下次会议。</translation>
        </message>
        <message>
            <source>The next meeting after {number} is planned already.</source>
            <translation>会议 {number} 的下次会议已经安排。</translation>
        </message>
        <message>
            <source>Unknown meeting action {action}.</source>
            <translation>未知的会议操作 {action}。</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: “{action}” is not possible now.</source>
            <translation>会议 {number} 的状态为“{state}”：现在不能执行“{action}”。</translation>
        </message>
        <message>
            <source>No such meeting.</source>
            <translation>没有这个会议。</translation>
        </message>
        <message>
            <source>Give the day the chair signed the minutes.</source>
            <translation>请填写主持人签字的日期。</translation>
        </message>
        <message>
            <source>Only the chair {chair} reviews the minutes: record the day the chair signed them on paper.</source>
            <translation>会议纪要只能由主持人 {chair} 审核：请记录主持人纸面签字的日期。</translation>
        </message>
        <message>
            <source>Only the chair {chair} reviews the minutes.</source>
            <translation>会议纪要只能由主持人 {chair} 审核。</translation>
        </message>
        <message>
            <source>Choose how the minutes are sent.</source>
            <translation>请选择纪要的分发方式。</translation>
        </message>
        <message>
            <source>A recipient is not an attendee of this meeting.</source>
            <translation>有分发对象不是本次会议的参会人员。</translation>
        </message>
        <message>
            <source>Choose who receives the minutes.</source>
            <translation>请选择纪要的分发对象。</translation>
        </message>
        <message>
            <source>Meeting {number} begins at {time}: the minutes are written once it has begun.</source>
            <translation>会议 {number} 于 {time} 开始：会议开始后才能记录纪要。</translation>
        </message>
        <message>
            <source>Record the attendance of {names} first.</source>
            <translation>请先记录 {names} 的出席情况。</translation>
        </message>
        <message>
            <source>The planned time of “{topic}” is a number of minutes.</source>
            <translation>“{topic}”的时长请填写分钟数。</translation>
        </message>
        <message>
            <source>Choose a person who is a user of the program.</source>
            <translation>请选择本系统的用户。</translation>
        </message>
        <message>
            <source>A guest needs a name.</source>
            <translation>外部来宾须填写姓名。</translation>
        </message>
        <message>
            <source>{name} is among the attendees twice.</source>
            <translation>{name} 在参会人员中重复出现。</translation>
        </message>
        <message>
            <source>Add the attendees.</source>
            <translation>请添加参会人员。</translation>
        </message>
        <message>
            <source>Agenda item {number} has no topic.</source>
            <translation>第 {number} 项议程没有议题。</translation>
        </message>
        <message>
            <source>Agenda item {number}: the planned time is 0 to {max} minutes.</source>
            <translation>第 {number} 项议程：时长须在 0 到 {max} 分钟之间。</translation>
        </message>
        <message>
            <source>Checklist line {number} has no name.</source>
            <translation>第 {number} 项会议准备事项没有名称。</translation>
        </message>
        <message>
            <source>Checklist line {number}: material or equipment?</source>
            <translation>第 {number} 项会议准备事项：请选择资料或设备。</translation>
        </message>
        <message>
            <source>Give the meeting a title.</source>
            <translation>请填写会议名称。</translation>
        </message>
        <message>
            <source>Choose the kind of meeting.</source>
            <translation>请选择会议类型。</translation>
        </message>
        <message>
            <source>Choose how the meeting repeats.</source>
            <translation>请选择会议的重复方式。</translation>
        </message>
        <message>
            <source>Give the start time.</source>
            <translation>请填写开始时间。</translation>
        </message>
        <message>
            <source>Give the end time.</source>
            <translation>请填写结束时间。</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>会议结束时间（{end}）早于开始时间（{start}）。</translation>
        </message>
        <message>
            <source>Give the place of the meeting.</source>
            <translation>请填写会议地点。</translation>
        </message>
        <message>
            <source>The chair {name} is not among the attendees.</source>
            <translation>主持人 {name} 不在参会人员中。</translation>
        </message>
        <message>
            <source>Say why the ad hoc meeting is needed.</source>
            <translation>请说明召开临时会议的理由。</translation>
        </message>
        <message>
            <source>No such check session.</source>
            <translation>没有这次清查。</translation>
        </message>
        <message>
            <source>Another check session is open: close it first.</source>
            <translation>另一次清查尚未结束，请先结束。</translation>
        </message>
        <message>
            <source>There are no paper items to check there.</source>
            <translation>该处没有需要清查的纸质档案。</translation>
        </message>
        <message>
            <source>No such check line.</source>
            <translation>没有这条清查记录。</translation>
        </message>
        <message>
            <source>Check session {number} is closed.</source>
            <translation>清查 {number} 已结束。</translation>
        </message>
        <message>
            <source>{number} is on loan: it is not on the shelf to check.</source>
            <translation>{number} 已借出，不在架上，无需清点。</translation>
        </message>
        <message>
            <source>Say where the item was found.</source>
            <translation>请写明档案的实际存放位置。</translation>
        </message>
        <message>
            <source>{number} has no discrepancy to resolve.</source>
            <translation>{number} 没有需要处理的差异。</translation>
        </message>
        <message>
            <source>This resolution does not fit the result of the check.</source>
            <translation>此处理方式与清查结果不符。</translation>
        </message>
        <message>
            <source>{count} item(s) are not checked yet.</source>
            <translation>还有 {count} 件档案未清点。</translation>
        </message>
        <message>
            <source>{count} discrepancy(ies) are not resolved yet.</source>
            <translation>还有 {count} 处差异未处理。</translation>
        </message>
        <message>
            <source>No such destruction batch.</source>
            <translation>没有这个销毁批次。</translation>
        </message>
        <message>
            <source>No destruction batch numbered {number}.</source>
            <translation>没有编号为 {number} 的销毁批次。</translation>
        </message>
        <message>
            <source>Choose the items to appraise.</source>
            <translation>请选择要鉴定的档案。</translation>
        </message>
        <message>
            <source>No such archive item.</source>
            <translation>没有这件档案。</translation>
        </message>
        <message>
            <source>{number} is destroyed already.</source>
            <translation>{number} 已销毁。</translation>
        </message>
        <message>
            <source>{number} is still within its retention period.</source>
            <translation>{number} 尚在保管期限内。</translation>
        </message>
        <message>
            <source>{number} is in another destruction batch already.</source>
            <translation>{number} 已在另一个销毁批次中。</translation>
        </message>
        <message>
            <source>Destruction batch {number} is {state}: this step is not possible now.</source>
            <translation>销毁批次 {number} 的状态为“{state}”，现在不能进行此操作。</translation>
        </message>
        <message>
            <source>No such destruction line.</source>
            <translation>没有这条销毁记录。</translation>
        </message>
        <message>
            <source>Keep it 1 to {limit} more years.</source>
            <translation>延长保管 1 至 {limit} 年。</translation>
        </message>
        <message>
            <source>Say why the item is kept longer.</source>
            <translation>请写明延长保管的理由。</translation>
        </message>
        <message>
            <source>Appraise every item first: {numbers}.</source>
            <translation>请先鉴定全部档案：{numbers}。</translation>
        </message>
        <message>
            <source>Items on loan cannot be destroyed: {numbers}. Wait for their return.</source>
            <translation>借出中的档案不能销毁：{numbers}。请待归还后再办理。</translation>
        </message>
        <message>
            <source>The batch holds {level} items: destroying them needs the approval of {role}.</source>
            <translation>本批次含{level}档案，销毁须经{role}批准。</translation>
        </message>
        <message>
            <source>The destruction date cannot be in the future.</source>
            <translation>销毁日期不能晚于今天。</translation>
        </message>
        <message>
            <source>At least {count} witnesses attend a destruction.</source>
            <translation>销毁须至少有 {count} 名监销人在场。</translation>
        </message>
        <message>
            <source>No such document.</source>
            <translation>没有这份文件。</translation>
        </message>
        <message>
            <source>No document numbered {number}.</source>
            <translation>没有登记号为 {number} 的文件。</translation>
        </message>
        <message>
            <source>The number of copies is 1 or more.</source>
            <translation>份数至少为 1。</translation>
        </message>
        <message>
            <source>A received document cannot become a sent one, or the other way round: register it anew.</source>
            <translation>收文不能改为发文（反之亦然），请重新登记。</translation>
        </message>
        <message>
            <source>Circulation of {number} has begun: the readers and their order can no longer change.</source>
            <translation>{number} 已开始传阅，传阅人及顺序不能再更改。</translation>
        </message>
        <message>
            <source>Name at least one reader.</source>
            <translation>请至少填写一名传阅人。</translation>
        </message>
        <message>
            <source>At most {limit} readers.</source>
            <translation>传阅人最多 {limit} 名。</translation>
        </message>
        <message>
            <source>{name} is on the list twice.</source>
            <translation>{name} 在名单上出现了两次。</translation>
        </message>
        <message>
            <source>Every reader of {number} has signed already.</source>
            <translation>{number} 的传阅人均已签阅。</translation>
        </message>
        <message>
            <source>This reader is not on the circulation list.</source>
            <translation>此人不在传阅名单上。</translation>
        </message>
        <message>
            <source>The document circulates in order: {name} reads it first.</source>
            <translation>文件须按顺序传阅：请 {name} 先签阅。</translation>
        </message>
        <message>
            <source>The sign-off time cannot be in the future.</source>
            <translation>签阅时间不能晚于现在。</translation>
        </message>
        <message>
            <source>The sign-off time is before the previous reader's.</source>
            <translation>签阅时间早于上一位传阅人。</translation>
        </message>
        <message>
            <source>{number} is filed in the archive already.</source>
            <translation>{number} 已归档。</translation>
        </message>
        <message>
            <source>Unknown value {value}.</source>
            <translation>未知的取值 {value}。</translation>
        </message>
        <message>
            <source>Fill in this field.</source>
            <translation>请填写此项。</translation>
        </message>
        <message>
            <source>The text is too long (at most {limit} characters).</source>
            <translation>内容过长（最多 {limit} 个字符）。</translation>
        </message>
        <message>
            <source>“{value}” is not one of {choices}.</source>
            <translation>“{value}”不是以下选项之一：{choices}。</translation>
        </message>
        <message>
            <source>You cannot review or approve your own claim {number}; another person must do it.</source>
            <translation>不能审核或审批本人的报销单 {number}，须由他人处理。</translation>
        </message>
        <message>
            <source>The claimant cannot sign the approval of their own claim.</source>
            <translation>报销人不能为自己的报销单签字审批。</translation>
        </message>
        <message>
            <source>Only the head of {department} approves claim {number}, or record their approval signed on paper.</source>
            <translation>报销单 {number} 须由{department}负责人审批，或登记其纸质签字审批。</translation>
        </message>
        <message>
            <source>Claim {number} is over the {category} budget of {department} by {over}; someone with the right to approve over budget must approve it.</source>
            <translation>报销单 {number} 超出{department}{category}预算 {over}，须由有超预算审批权限的人审批。</translation>
        </message>
        <message>
            <source>Line {line} is over the company standard; return the claim for correction.</source>
            <translation>第 {line} 行超过公司报销标准，请退回修改。</translation>
        </message>
        <message>
            <source>Unknown claim action {action}.</source>
            <translation>未知的报销单操作 {action}。</translation>
        </message>
        <message>
            <source>Claim {number} has no line {line}.</source>
            <translation>报销单 {number} 没有第 {line} 行。</translation>
        </message>
        <message>
            <source>“{value}” is not a year.</source>
            <translation>“{value}”不是年份。</translation>
        </message>
        <message>
            <source>Choose the expense category.</source>
            <translation>请选择费用类别。</translation>
        </message>
        <message>
            <source>A budget cannot be negative.</source>
            <translation>预算不能为负数。</translation>
        </message>
        <message>
            <source>No such budget.</source>
            <translation>没有这项费用预算。</translation>
        </message>
        <message>
            <source>This budget has no new amount waiting for approval.</source>
            <translation>这项预算没有待批准的新金额。</translation>
        </message>
        <message>
            <source>Line {line} may have been claimed before ({number}, line {other_line}). Check the receipt; save again to keep it.</source>
            <translation>第 {line} 行可能已经报销过（{number} 第 {other_line} 行）。请核对票据；确认无误后再次保存。</translation>
        </message>
        <message>
            <source>Unknown claim status {status}.</source>
            <translation>未知的报销单状态 {status}。</translation>
        </message>
        <message>
            <source>Line {line}: the amount “{value}” is not valid (yuan with at most two decimals).</source>
            <extracomment>printed words (zh_CN) of the categories the standards a new company starts with: yuan per travel day, yuan per line for the rest what a receipt may be, by its first bytes (the file name's extension is not trusted)</extracomment>
            <translation>第 {line} 行：金额“{value}”无效（以元为单位，最多两位小数）。</translation>
        </message>
        <message>
            <source>Line {line}: the amount must be more than 0.</source>
            <translation>第 {line} 行：金额必须大于 0。</translation>
        </message>
        <message>
            <source>A claim needs at least one line.</source>
            <translation>报销单至少要有一行明细。</translation>
        </message>
        <message>
            <source>A claim has at most {max} lines.</source>
            <translation>一张报销单最多 {max} 行明细。</translation>
        </message>
        <message>
            <source>Line {line}: choose the expense category.</source>
            <translation>第 {line} 行：请选择费用类别。</translation>
        </message>
        <message>
            <source>Line {line}: enter the date of the expense.</source>
            <translation>第 {line} 行：请填写费用发生日期。</translation>
        </message>
        <message>
            <source>Line {line}: the expense date {date} is in the future.</source>
            <translation>第 {line} 行：费用日期 {date} 还没到。</translation>
        </message>
        <message>
            <source>Line {line}: write what the expense was for.</source>
            <translation>第 {line} 行：请填写费用用途。</translation>
        </message>
        <message>
            <source>Line {line}: {field} is longer than {limit} characters.</source>
            <translation>第 {line} 行：{field} 超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Line {line}: the number of days is a whole number from 1 to {max}.</source>
            <translation>第 {line} 行：天数须为 1 到 {max} 的整数。</translation>
        </message>
        <message>
            <source>Line {line}: give the number of travel days.</source>
            <translation>第 {line} 行：请填写出差天数。</translation>
        </message>
        <message>
            <source>A standard is an amount more than 0, or empty for none.</source>
            <translation>报销标准须为大于 0 的金额，留空表示不限。</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB; scan the receipt at a lower resolution.</source>
            <translation>{name} 超过 {limit} MB，请以较低分辨率扫描票据。</translation>
        </message>
        <message>
            <source>{name} is not a picture or a PDF; attach a scan or photo of the receipt.</source>
            <translation>{name} 不是图片或 PDF，请添加票据的扫描件或照片。</translation>
        </message>
        <message>
            <source>No such expense claim.</source>
            <translation>没有这张报销单。</translation>
        </message>
        <message>
            <source>No expense claim numbered {number}.</source>
            <translation>没有编号为 {number} 的报销单。</translation>
        </message>
        <message>
            <source>Choose who the claim is for.</source>
            <translation>请选择报销人。</translation>
        </message>
        <message>
            <source>Enter the claimant's department.</source>
            <translation>请填写报销人所在部门。</translation>
        </message>
        <message>
            <source>The claim date {date} is in the future.</source>
            <translation>报销日期 {date} 还没到。</translation>
        </message>
        <message>
            <source>Claim {number} is {state} and can no longer be edited.</source>
            <translation>报销单 {number} 的状态为“{state}”，不能再修改。</translation>
        </message>
        <message>
            <source>Someone else changed this claim in the meantime. Reload it and edit again.</source>
            <translation>有人刚刚修改了这张报销单，请重新打开后再修改。</translation>
        </message>
        <message>
            <source>Claim {number} is {state}: receipts can no longer be added.</source>
            <translation>报销单 {number} 的状态为“{state}”，不能再添加票据。</translation>
        </message>
        <message>
            <source>Attach the scan of the signed paper approval.</source>
            <translation>请添加签字纸质审批的扫描件。</translation>
        </message>
        <message>
            <source>Tick every point of the first-review checklist, or return the claim.</source>
            <translation>请逐项确认初审清单，否则请退回报销单。</translation>
        </message>
        <message>
            <source>Choose how the claim was paid.</source>
            <translation>请选择支付方式。</translation>
        </message>
        <message>
            <source>Give the reason for each returned line.</source>
            <translation>请填写每个退回明细行的原因。</translation>
        </message>
        <message>
            <source>“{value}” is not a line number.</source>
            <translation>“{value}”不是明细行号。</translation>
        </message>
        <message>
            <source>Claim {number} is {state}: “{action}” is not possible now.</source>
            <translation>报销单 {number} 的状态为“{state}”，现在不能进行“{action}”。</translation>
        </message>
        <message>
            <source>Unknown indicator: {code}.</source>
            <translation>没有这个考核指标：{code}。</translation>
        </message>
        <message>
            <source>The target of {code} must be a number from 0 to {limit}.</source>
            <translation>{code} 的目标值必须是 0 到 {limit} 之间的数字。</translation>
        </message>
        <message>
            <source>“{value}” is not a period for a {kind} report (a day 2026-10-15, a week 2026-W42, a month 2026-10).</source>
            <extracomment>a custom period longer than this shows its trend by month instead of by day</extracomment>
            <translation>“{value}”不是有效的报表期间（日：2026-10-15，周：2026-W42，月：2026-10）。</translation>
        </message>
        <message>
            <source>Unknown report: {kind}.</source>
            <translation>没有这种报表：{kind}。</translation>
        </message>
        <message>
            <source>A custom period needs a first and a last day.</source>
            <translation>自定义期间需要填写起始日期和截止日期。</translation>
        </message>
        <message>
            <source>The last day {until} is before the first day {since}.</source>
            <translation>截止日期 {until} 早于起始日期 {since}。</translation>
        </message>
        <message>
            <source>A report covers at most ten years.</source>
            <translation>一份报表最多统计十年。</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} daily backups.</source>
            <translation>每日备份应保留 {low} 至 {high} 份。</translation>
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
            <translation>无法使用该数据库。</translation>
        </message>
        <message>
            <source>This is the demo database; you are signed in as the clerk. Demo users: {users} — each with the password {password}.</source>
            <translation>这是演示数据库，您已以内勤身份登录。演示用户：{users}，密码均为 {password}。</translation>
        </message>
        <message>
            <source>Daily backup written: {path}</source>
            <translation>每日备份已保存：{path}</translation>
        </message>
        <message>
            <source>The daily backup failed: {reason}</source>
            <translation>每日备份失败：{reason}</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>每日备份</translation>
        </message>
    </context>
    <context>
        <name>handover</name>
        <message>
            <source>Customers they look after</source>
            <extracomment>a leaving clerk's customers go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>其负责的客户</translation>
        </message>
        <message>
            <source>Open action items from meetings</source>
            <extracomment>a meeting's state only moves forward in sync: minutes written beat a cancellation a leaving clerk's open action items go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>其未完成的会议待办事项</translation>
        </message>
        <message>
            <source>Orders they follow that are not closed</source>
            <extracomment>an order's state only moves forward in sync (the order the state machine declares) a leaving clerk's orders still under way go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>其跟进的未结案订单</translation>
        </message>
    </context>
    <context>
        <name>inventory</name>
        <message>
            <source>Count sheet</source>
            <translation>盘点表</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Purchase list (replenishment suggestions)</source>
            <translation>采购清单（补货建议）</translation>
        </message>
        <message>
            <source>Below zero</source>
            <translation>负库存</translation>
        </message>
        <message>
            <source>At or below reorder point</source>
            <translation>低于补货点</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>有库存</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无库存</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>产品名称</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>库位</translation>
        </message>
        <message>
            <source>Book quantity</source>
            <translation>账面数量</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>补货点</translation>
        </message>
        <message>
            <source>Last movement</source>
            <translation>最近变动</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>盘点人</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>审批时间</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <extracomment>the count states and reasons of the shared count rules, re-exported for this slice's UI</extracomment>
            <translation>期初库存</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>发货出库</translation>
        </message>
        <message>
            <source>Customer return</source>
            <translation>客户退货</translation>
        </message>
        <message>
            <source>Count adjustment</source>
            <translation>盘点调整</translation>
        </message>
        <message>
            <source>Scrap</source>
            <translation>报废</translation>
        </message>
        <message>
            <source>Return to supplier</source>
            <translation>退货给供应商</translation>
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
            <translation>全部产品</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>促销</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>已计划</translation>
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
            <translation>订单发货</translation>
        </message>
        <message>
            <source>Start count</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>Send back for recount</source>
            <translation>退回复盘</translation>
        </message>
        <message>
            <source>Approve count</source>
            <translation>审批盘点</translation>
        </message>
        <message>
            <source>Cancel count</source>
            <translation>取消盘点</translation>
        </message>
        <message>
            <source>Plan handling</source>
            <translation>制定处理方案</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>标记已处理</translation>
        </message>
        <message>
            <source>Cancel plan</source>
            <translation>取消方案</translation>
        </message>
        <message>
            <source>Stock analysis</source>
            <translation>库存分析</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>Per product</source>
            <translation>按产品</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>按类别</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Period / window</source>
            <translation>期间 / 统计窗口</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Without variance</source>
            <translation>无差异</translation>
        </message>
        <message>
            <source>Count accuracy</source>
            <translation>盘点准确率</translation>
        </message>
        <message>
            <source>Quantity accuracy</source>
            <translation>数量准确率</translation>
        </message>
        <message>
            <source>Net variance</source>
            <translation>净差异</translation>
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
            <translation>销售出库</translation>
        </message>
        <message>
            <source>Turnover rate</source>
            <translation>周转率</translation>
        </message>
        <message>
            <source>Days of stock</source>
            <translation>库存天数</translation>
        </message>
        <message>
            <source>Daily sales</source>
            <translation>日均销量</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>交货期(天)</translation>
        </message>
        <message>
            <source>Suggested quantity</source>
            <translation>建议采购数量</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Idle days</source>
            <translation>呆滞天数</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理方案</translation>
        </message>
        <message>
            <source>Variance by reason</source>
            <translation>按原因统计差异</translation>
        </message>
        <message>
            <source>Export purchase list…</source>
            <translation>导出采购清单…</translation>
        </message>
        <message>
            <source>Replenishment suggestions</source>
            <translation>补货建议</translation>
        </message>
        <message>
            <source>Plan handling…</source>
            <translation>制定处理方案…</translation>
        </message>
        <message>
            <source>Mark handled…</source>
            <translation>标记已处理…</translation>
        </message>
        <message>
            <source>Slow-moving stock</source>
            <translation>呆滞品</translation>
        </message>
        <message>
            <source>{count} approved counts, {lines} lines: count accuracy {lines_pct}, by quantity {qty_pct}.</source>
            <translation>已审批盘点 {count} 次，共 {lines} 行：盘点准确率 {lines_pct}，按数量 {qty_pct}。</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>已导出 {rows} 行到 {file}。</translation>
        </message>
        <message>
            <source>Select a product first.</source>
            <translation>请先选择产品。</translation>
        </message>
        <message>
            <source>Select a product with a handling plan first.</source>
            <translation>请先选择已有处理方案的产品。</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Scan or type the product code, then Enter</source>
            <translation>扫描或输入产品编码，按回车</translation>
        </message>
        <message>
            <source>Counted quantity, then Enter</source>
            <translation>实盘数量，按回车</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>产品编码</translation>
        </message>
        <message>
            <source>Counted quantity</source>
            <translation>实盘数量</translation>
        </message>
        <message>
            <source>Enter from a list…</source>
            <translation>按清单录入…</translation>
        </message>
        <message>
            <source>Moved during count</source>
            <translation>盘点期间变动</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差异</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>Note on the variance</source>
            <translation>差异说明</translation>
        </message>
        <message>
            <source>Set reason</source>
            <translation>设置原因</translation>
        </message>
        <message>
            <source>Select variances without a reason</source>
            <translation>选中未填原因的差异</translation>
        </message>
        <message>
            <source>Reason of the selected lines</source>
            <translation>所选行的差异原因</translation>
        </message>
        <message>
            <source>Print count sheet…</source>
            <translation>打印盘点表…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Movements posted since the count started (taken into account)</source>
            <translation>盘点开始后发生的库存流水（已计入）</translation>
        </message>
        <message>
            <source>Started {time}</source>
            <translation>开始于 {time}</translation>
        </message>
        <message>
            <source>{counted} of {total} counted</source>
            <translation>已盘 {counted} / {total}</translation>
        </message>
        <message>
            <source>Count accuracy {value}</source>
            <translation>盘点准确率 {value}</translation>
        </message>
        <message>
            <source>Blind count: the book quantity is hidden</source>
            <translation>盲盘：不显示账面数量</translation>
        </message>
        <message>
            <source>{code}: {quantity} recorded.</source>
            <translation>{code}：已记录 {quantity}。</translation>
        </message>
        <message>
            <source>{count} counted quantities recorded.</source>
            <translation>已录入 {count} 条实盘数量。</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>请先选择一行。</translation>
        </message>
        <message>
            <source>Reason set on {count} line(s).</source>
            <translation>已为 {count} 行设置原因。</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Count sheet saved to {file}.</source>
            <translation>盘点表已保存到 {file}。</translation>
        </message>
        <message>
            <source>New count plan</source>
            <translation>新建盘点计划</translation>
        </message>
        <message>
            <source>Blind count (book quantity hidden)</source>
            <translation>盲盘（不显示账面数量）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <source>Category or location</source>
            <translation>类别或库位</translation>
        </message>
        <message>
            <source>Inventory counts</source>
            <translation>库存盘点</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>下次盘点</translation>
        </message>
        <message>
            <source>New count plan…</source>
            <translation>新建盘点计划…</translation>
        </message>
        <message>
            <source>Start count from plan</source>
            <translation>按计划开始盘点</translation>
        </message>
        <message>
            <source>Count all products</source>
            <translation>盘点全部产品</translation>
        </message>
        <message>
            <source>Open count</source>
            <translation>打开盘点</translation>
        </message>
        <message>
            <source>Count plans</source>
            <translation>盘点计划</translation>
        </message>
        <message>
            <source>Count sessions</source>
            <translation>盘点单</translation>
        </message>
        <message>
            <source>Select a plan first.</source>
            <translation>请先选择计划。</translation>
        </message>
        <message>
            <source>Full count</source>
            <translation>全面盘点</translation>
        </message>
        <message>
            <source>Delivery note, or the order number of a return</source>
            <translation>送货单号，退货时填订单编号</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>结存</translation>
        </message>
        <message>
            <source>Enter counted quantities from a list</source>
            <translation>按清单录入实盘数量</translation>
        </message>
        <message>
            <source>Paste from Excel or type one product per row: product code, counted quantity and, for a product kept at several locations, the location.</source>
            <translation>从 Excel 粘贴，或每行输入一个产品：产品编码、实盘数量；同一产品存放在多个库位时，再加上库位。</translation>
        </message>
        <message>
            <source>Correct quantities entered already</source>
            <translation>更正已录入的数量</translation>
        </message>
        <message>
            <source>Record all</source>
            <translation>全部录入</translation>
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
            <translation>会议通知知晓率</translation>
        </message>
        <message>
            <source>Attendees who acknowledged the notice or asked for leave, of those notified, for meetings held in the period.</source>
            <translation>统计期内召开的会议中，已确认收到通知或已请假的参会人员占已通知人员的比例。</translation>
        </message>
        <message>
            <source>Action items done on time</source>
            <translation>决议事项按期落实率</translation>
        </message>
        <message>
            <source>Action items due in the period that were done by their due date.</source>
            <translation>统计期内到期的待办事项中，在期限内完成的比例。</translation>
        </message>
        <message>
            <source>Claim processing time</source>
            <translation>报销处理时长</translation>
        </message>
        <message>
            <source>Mean days from a claim's submission to its payment, over the claims paid in the period</source>
            <translation>期间内已支付的报销单从提交到支付的平均天数</translation>
        </message>
        <message>
            <source>Customer information completeness</source>
            <extracomment>the fields a complete customer file has filled in (besides the name, which is always there)</extracomment>
            <translation>客户信息完整率</translation>
        </message>
        <message>
            <source>Customer files with industry, region, address, phone and a contact with a phone, of all customer files</source>
            <translation>行业、地区、地址、电话齐全且有带电话联系人的客户档案所占比例</translation>
        </message>
        <message>
            <source>Count accuracy</source>
            <translation>盘点准确率</translation>
        </message>
        <message>
            <source>Counted lines without a variance, of all lines counted in the counts approved in the period</source>
            <translation>期间内审批通过的盘点中，无差异的盘点行所占比例</translation>
        </message>
        <message>
            <source>Order processing timeliness</source>
            <extracomment>the orders' assessment indicators (seeds: 订单处理及时率, 订单按时交付率, 订单执行准确率)</extracomment>
            <translation>订单处理及时率</translation>
        </message>
        <message>
            <source>Orders approved within the target hours of being recorded, of all orders approved in the period</source>
            <translation>期间内审核通过的订单中，自录入起在目标小时数内审核通过的比例</translation>
        </message>
        <message>
            <source>On-time delivery rate</source>
            <translation>按时交付率</translation>
        </message>
        <message>
            <source>Orders delivered on or before the delivery date, of all orders delivered in the period</source>
            <translation>期间内交付的订单中，在交货日期当天或之前交付的比例</translation>
        </message>
        <message>
            <source>Order accuracy</source>
            <translation>订单准确率</translation>
        </message>
        <message>
            <source>Submissions not returned for correction, of all submissions for review</source>
            <translation>提交审核的订单中，未被退回修改的比例</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Customer contacts</source>
            <translation>客户联系人</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>产品</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Neiqin</source>
            <translation>内勤</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data is safe; the last action was not saved. The details are in the log file.</source>
            <translation>程序出现了意外错误。您的数据是安全的，刚才的操作没有保存。详细信息已写入日志文件。</translation>
        </message>
    </context>
    <context>
        <name>minutes</name>
        <message>
            <source>Meeting notice</source>
            <translation>会议通知</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>会议纪要</translation>
        </message>
        <message>
            <source>Action item report to the chair</source>
            <translation>决议事项落实情况报告（报主持人）</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>会议时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参会人数</translation>
        </message>
        <message>
            <source>Awareness %</source>
            <translation>知晓率%</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>未完成待办</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
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
            <translation>最新进展</translation>
        </message>
        <message>
            <source>Weekly meeting</source>
            <translation>周例会</translation>
        </message>
        <message>
            <source>Monthly meeting</source>
            <translation>月例会</translation>
        </message>
        <message>
            <source>Quarterly review</source>
            <translation>季度总结会</translation>
        </message>
        <message>
            <source>Project meeting</source>
            <translation>项目会议</translation>
        </message>
        <message>
            <source>Ad hoc meeting</source>
            <translation>临时会议</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>不重复</translation>
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
            <translation>迟到</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>On leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>资料</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
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
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Paper copy</source>
            <translation>纸质文件</translation>
        </message>
        <message>
            <source>In the program</source>
            <translation>系统内</translation>
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
            <translation>纪要起草中</translation>
        </message>
        <message>
            <source>Awaiting chair review</source>
            <translation>待主持人审核</translation>
        </message>
        <message>
            <source>Reviewed by chair</source>
            <translation>主持人已审核</translation>
        </message>
        <message>
            <source>Distributed</source>
            <translation>已分发</translation>
        </message>
        <message>
            <source>Approve request</source>
            <extracomment>printed words (zh_CN; printed forms are in the company's language) the meeting itself (time, place, people, agenda) may still be changed the minutes may be written (attendance, discussion, decisions, action items) the minutes exist (printable, action items tracked) only the meeting's chair does it (or someone with minutes.review_any, or a clerk recording the chair's approval on paper)</extracomment>
            <translation>批准申请</translation>
        </message>
        <message>
            <source>Reject request</source>
            <translation>驳回申请</translation>
        </message>
        <message>
            <source>Send notice</source>
            <translation>发送会议通知</translation>
        </message>
        <message>
            <source>Start minutes</source>
            <translation>开始记录纪要</translation>
        </message>
        <message>
            <source>Submit to chair</source>
            <translation>提交主持人审核</translation>
        </message>
        <message>
            <source>Chair approves minutes</source>
            <translation>主持人审核通过</translation>
        </message>
        <message>
            <source>Chair returns minutes</source>
            <translation>主持人退回修改</translation>
        </message>
        <message>
            <source>Distribute minutes</source>
            <translation>分发会议纪要</translation>
        </message>
        <message>
            <source>Reopen minutes</source>
            <translation>重新打开纪要</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>取消会议</translation>
        </message>
        <message>
            <source>Changed after the notice</source>
            <translation>通知后变更</translation>
        </message>
        <message>
            <source>Not possible while the meeting is {state}.</source>
            <translation>会议状态为“{state}”时不能执行此操作。</translation>
        </message>
        <message>
            <source>Only the chair reviews the minutes.</source>
            <translation>会议纪要只能由主持人审核。</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您没有执行此操作的权限（{permission}）。</translation>
        </message>
    </context>
    <context>
        <name>modules</name>
        <message>
            <source>Orders</source>
            <translation>订单管理</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Inventory counts</source>
            <translation>库存盘点</translation>
        </message>
        <message>
            <source>Office supplies</source>
            <translation>办公用品</translation>
        </message>
        <message>
            <source>Reimbursements</source>
            <translation>费用报销</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>会议纪要</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>档案管理</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
    </context>
    <context>
        <name>orders</name>
        <message>
            <source>Order confirmation</source>
            <translation>订单确认书</translation>
        </message>
        <message>
            <source>Order status report for a customer</source>
            <translation>客户订单状态报告</translation>
        </message>
        <message>
            <source>Orders</source>
            <extracomment>the demo runs after customers (20) and products (30), whose records the orders use</extracomment>
            <translation>订单</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>The customer has no credit limit.</source>
            <translation>该客户没有信用额度。</translation>
        </message>
        <message>
            <source>Open orders with this one plus overdue amounts come to {exposure}, above the credit limit of {limit}.</source>
            <translation>未完成订单（含本单）加逾期金额共 {exposure}，超过信用额度 {limit}。</translation>
        </message>
        <message>
            <source>Open orders with this one plus overdue amounts exceed the credit limit.</source>
            <translation>未完成订单（含本单）加逾期金额超过信用额度。</translation>
        </message>
        <message>
            <source>{exposure} of the credit limit {limit} used.</source>
            <translation>已用信用额度 {exposure}（额度 {limit}）。</translation>
        </message>
        <message>
            <source>Within the credit limit.</source>
            <translation>在信用额度之内。</translation>
        </message>
        <message>
            <source>Overdue payments</source>
            <translation>逾期付款</translation>
        </message>
        <message>
            <source>Overdue amount {amount}.</source>
            <translation>逾期金额 {amount}。</translation>
        </message>
        <message>
            <source>The customer has overdue payments.</source>
            <translation>该客户有逾期付款。</translation>
        </message>
        <message>
            <source>No overdue payments.</source>
            <translation>无逾期付款。</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>The customer is not rated.</source>
            <translation>该客户尚未评定信用等级。</translation>
        </message>
        <message>
            <source>Rating {rating}.</source>
            <translation>信用等级 {rating}。</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <source>A new customer: review the credit before approving.</source>
            <translation>新客户：审核通过前请先评估信用。</translation>
        </message>
        <message>
            <source>A known customer.</source>
            <translation>老客户。</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>完整性</translation>
        </message>
        <message>
            <source>{count} thing(s) missing.</source>
            <translation>缺少 {count} 项。</translation>
        </message>
        <message>
            <source>Everything needed is there.</source>
            <translation>所需内容齐全。</translation>
        </message>
        <message>
            <source>Stock availability</source>
            <translation>库存情况</translation>
        </message>
        <message>
            <source>No stock data: no stock has been recorded yet, ask the warehouse.</source>
            <translation>无库存数据：尚未记录库存，请询问仓库。</translation>
        </message>
        <message>
            <source>Every line is in stock.</source>
            <translation>各行均有库存。</translation>
        </message>
        <message>
            <source>{count} line(s) short of stock (needed / available): {lines}.</source>
            <translation>{count} 行库存不足（需要 / 可用）：{lines}。</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>客户咨询</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>已记录</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>审核通过</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Confirmed with customer</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已下达</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>执行中</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已交付</translation>
        </message>
        <message>
            <source>Closed / archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Record as order</source>
            <translation>转为订单记录</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>提交审核</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>审核通过</translation>
        </message>
        <message>
            <source>Approved on paper</source>
            <translation>纸质审批</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Confirm with customer</source>
            <translation>订单确认</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>确认方式</translation>
        </message>
        <message>
            <source>Customer's person</source>
            <translation>客户确认人</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>确认日期</translation>
        </message>
        <message>
            <source>Dispatch to departments</source>
            <translation>订单下达</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>开始执行</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>发货</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Expected arrival</source>
            <translation>预计到达</translation>
        </message>
        <message>
            <source>Mark delivered</source>
            <translation>确认交付</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>交付日期</translation>
        </message>
        <message>
            <source>Close and archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <source>Customer re-confirms the change</source>
            <translation>客户确认变更</translation>
        </message>
        <message>
            <source>Not possible while the order is {state}.</source>
            <translation>订单为“{state}”时不能进行此操作。</translation>
        </message>
        <message>
            <source>There is no approved change waiting for the customer.</source>
            <translation>没有等待客户确认的已批准变更。</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您没有执行此操作的权限（{permission}）。</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>交货日期</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>交货地点</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Rev.</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>订单日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Salesperson</source>
            <translation>业务员</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>重大订单</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>已录入</translation>
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
            <translation>设备故障</translation>
        </message>
        <message>
            <source>Transport delay</source>
            <translation>运输延误</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>生产部门</translation>
        </message>
        <message>
            <source>Purchasing</source>
            <translation>采购部门</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>物流部门</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务部门</translation>
        </message>
        <message>
            <source>No stock data: stock is not kept in the program yet, ask the warehouse.</source>
            <translation>无库存数据：程序中尚未管理库存，请向仓库确认。</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <source>Manage users and roles</source>
            <translation>管理用户和角色</translation>
        </message>
        <message>
            <source>Change company settings</source>
            <translation>修改公司设置</translation>
        </message>
        <message>
            <source>Make backups</source>
            <translation>备份数据</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Read the audit trail</source>
            <translation>查看操作日志</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work</source>
            <translation>办理离职内勤的工作交接</translation>
        </message>
        <message>
            <source>Resolve sync conflicts</source>
            <translation>处理同步冲突</translation>
        </message>
        <message>
            <source>See customer files</source>
            <translation>查看客户档案</translation>
        </message>
        <message>
            <source>Enter and edit customers</source>
            <translation>录入和修改客户</translation>
        </message>
        <message>
            <source>Delete customers</source>
            <translation>删除客户</translation>
        </message>
        <message>
            <source>Read and change confidential customer data (credit, bank)</source>
            <translation>查看和修改客户保密资料（信用、银行）</translation>
        </message>
        <message>
            <source>Import customers from Excel</source>
            <translation>从 Excel 导入客户</translation>
        </message>
        <message>
            <source>Export customer lists to Excel</source>
            <translation>导出客户清单到 Excel</translation>
        </message>
        <message>
            <source>Hand a clerk's customers to another clerk</source>
            <translation>将内勤的客户交接给其他内勤</translation>
        </message>
        <message>
            <source>See orders</source>
            <translation>查看订单</translation>
        </message>
        <message>
            <source>Enter inquiries and orders</source>
            <translation>录入客户咨询和订单</translation>
        </message>
        <message>
            <source>Edit orders before review</source>
            <translation>审核前修改订单</translation>
        </message>
        <message>
            <source>Submit orders for review</source>
            <translation>提交订单审核</translation>
        </message>
        <message>
            <source>Review orders (approve, return, reject)</source>
            <translation>订单审核（通过、退回、拒绝）</translation>
        </message>
        <message>
            <source>Confirm orders with the customer</source>
            <translation>与客户确认订单</translation>
        </message>
        <message>
            <source>Dispatch orders to departments</source>
            <translation>订单下达各部门</translation>
        </message>
        <message>
            <source>Record order progress and exceptions</source>
            <translation>记录订单进度和异常</translation>
        </message>
        <message>
            <source>Record shipments</source>
            <translation>记录发货</translation>
        </message>
        <message>
            <source>Record deliveries</source>
            <translation>记录交付</translation>
        </message>
        <message>
            <source>Close and archive orders</source>
            <translation>订单归档</translation>
        </message>
        <message>
            <source>Cancel orders</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <source>Enter change requests</source>
            <translation>录入订单变更</translation>
        </message>
        <message>
            <source>Check change requests and add impact notes</source>
            <translation>初审订单变更并填写影响说明</translation>
        </message>
        <message>
            <source>Approve or reject change requests</source>
            <translation>批准或拒绝订单变更</translation>
        </message>
        <message>
            <source>Export order lists to Excel</source>
            <translation>导出订单列表到 Excel</translation>
        </message>
        <message>
            <source>See the product catalogue</source>
            <translation>查看产品目录</translation>
        </message>
        <message>
            <source>Enter and edit products</source>
            <translation>录入和修改产品</translation>
        </message>
        <message>
            <source>Import products from Excel</source>
            <translation>从 Excel 导入产品</translation>
        </message>
        <message>
            <source>Export the product list to Excel</source>
            <translation>导出产品清单到 Excel</translation>
        </message>
        <message>
            <source>See office supplies</source>
            <translation>查看办公用品</translation>
        </message>
        <message>
            <source>Keep the office-supplies catalogue</source>
            <translation>维护办公用品目录</translation>
        </message>
        <message>
            <source>Prepare purchase plans</source>
            <translation>编制采购计划</translation>
        </message>
        <message>
            <source>Approve purchase plans</source>
            <translation>审批采购计划</translation>
        </message>
        <message>
            <source>Receive and inspect supplies</source>
            <translation>验收入库</translation>
        </message>
        <message>
            <source>Issue supplies and take returns</source>
            <translation>发放办公用品及办理退库</translation>
        </message>
        <message>
            <source>Approve issues over the issue standard</source>
            <translation>审批超标准领用</translation>
        </message>
        <message>
            <source>Count office supplies</source>
            <translation>盘点办公用品</translation>
        </message>
        <message>
            <source>Approve supplies counts</source>
            <translation>审批办公用品盘点</translation>
        </message>
        <message>
            <source>Report lost or damaged supplies</source>
            <translation>上报办公用品损坏/丢失</translation>
        </message>
        <message>
            <source>Approve loss and damage reports</source>
            <translation>审批损坏/丢失报告</translation>
        </message>
        <message>
            <source>Export office-supplies lists to Excel</source>
            <translation>导出办公用品列表到 Excel</translation>
        </message>
        <message>
            <source>Import the supplies catalogue</source>
            <translation>导入办公用品目录</translation>
        </message>
        <message>
            <source>See stock, movements and counts</source>
            <translation>查看库存、流水和盘点</translation>
        </message>
        <message>
            <source>Record receipts, scrap and returns</source>
            <translation>录入入库、报废和退货</translation>
        </message>
        <message>
            <source>Import opening stock from Excel</source>
            <translation>从 Excel 导入期初库存</translation>
        </message>
        <message>
            <source>Plan counts, start them and enter counted quantities</source>
            <translation>制定盘点计划、开始盘点并录入实盘数量</translation>
        </message>
        <message>
            <source>Approve counts (posts adjustments)</source>
            <translation>审批盘点（过账调整）</translation>
        </message>
        <message>
            <source>Plan and close the handling of slow-moving stock</source>
            <translation>制定并完成呆滞品处理方案</translation>
        </message>
        <message>
            <source>Export stock lists and purchase lists</source>
            <translation>导出库存清单和采购清单</translation>
        </message>
        <message>
            <source>See meetings and minutes</source>
            <translation>查看会议和会议纪要</translation>
        </message>
        <message>
            <source>Schedule meetings and send notices</source>
            <translation>安排会议并发送会议通知</translation>
        </message>
        <message>
            <source>Request ad hoc meetings</source>
            <translation>申请临时会议</translation>
        </message>
        <message>
            <source>Approve ad hoc meeting requests</source>
            <translation>批准临时会议申请</translation>
        </message>
        <message>
            <source>Record minutes, decisions and action items</source>
            <translation>记录会议纪要、决议事项和待办事项</translation>
        </message>
        <message>
            <source>Review minutes for any chair</source>
            <translation>代任一主持人审核会议纪要</translation>
        </message>
        <message>
            <source>Reopen closed minutes</source>
            <translation>重新打开已定稿的会议纪要</translation>
        </message>
        <message>
            <source>Report progress of own action items</source>
            <translation>报告本人待办事项的进展</translation>
        </message>
        <message>
            <source>Export meeting lists to Excel</source>
            <translation>导出会议列表到 Excel</translation>
        </message>
        <message>
            <source>See the archive and document registers</source>
            <translation>查看档案和收发文登记</translation>
        </message>
        <message>
            <source>Register archive items, contracts and documents</source>
            <translation>登记档案、合同和收发文</translation>
        </message>
        <message>
            <source>Record lending requests, issues and returns</source>
            <translation>登记借阅申请、出借和归还</translation>
        </message>
        <message>
            <source>Approve lending of archive items</source>
            <translation>审批档案借阅</translation>
        </message>
        <message>
            <source>Check the register against the shelves</source>
            <translation>清查核对档案</translation>
        </message>
        <message>
            <source>Appraise and destroy items past retention</source>
            <translation>鉴定并销毁超过保管期限的档案</translation>
        </message>
        <message>
            <source>Approve the destruction of archive items</source>
            <translation>审批档案销毁</translation>
        </message>
        <message>
            <source>Export archive lists to Excel</source>
            <translation>将档案清单导出到 Excel</translation>
        </message>
        <message>
            <source>Import an existing archive register</source>
            <translation>导入现有档案登记表</translation>
        </message>
        <message>
            <source>See expense claims</source>
            <translation>查看报销单</translation>
        </message>
        <message>
            <source>Enter and submit own expense claims</source>
            <translation>填写并提交本人报销单</translation>
        </message>
        <message>
            <source>Enter expense claims for colleagues</source>
            <translation>代同事填写报销单</translation>
        </message>
        <message>
            <source>See everyone's expense claims</source>
            <translation>查看所有人的报销单</translation>
        </message>
        <message>
            <source>Approve expense claims of the own department</source>
            <translation>审批本部门报销单</translation>
        </message>
        <message>
            <source>Record a department head's approval signed on paper</source>
            <translation>登记部门负责人的纸质审批</translation>
        </message>
        <message>
            <source>First review of expense claims</source>
            <translation>报销初审</translation>
        </message>
        <message>
            <source>Final review of expense claims</source>
            <translation>报销终审</translation>
        </message>
        <message>
            <source>Record payment of expense claims</source>
            <translation>登记报销支付</translation>
        </message>
        <message>
            <source>Approve expense claims over budget</source>
            <translation>审批超预算报销</translation>
        </message>
        <message>
            <source>Propose expense budgets</source>
            <translation>编制费用预算</translation>
        </message>
        <message>
            <source>Approve expense budgets</source>
            <translation>审批费用预算</translation>
        </message>
        <message>
            <source>Set the reimbursement standards per category</source>
            <translation>设置各类费用报销标准</translation>
        </message>
        <message>
            <source>Export expense claims to Excel</source>
            <translation>导出报销单到 Excel</translation>
        </message>
        <message>
            <source>See sales reports and one's own KPIs</source>
            <translation>查看销售报表和本人考核指标</translation>
        </message>
        <message>
            <source>See the KPIs of every clerk</source>
            <translation>查看所有内勤的考核指标</translation>
        </message>
        <message>
            <source>Set the KPI targets</source>
            <translation>设置考核指标目标值</translation>
        </message>
    </context>
    <context>
        <name>products</name>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>产品编码</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>产品名称</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>补货点</translation>
        </message>
    </context>
    <context>
        <name>reimbursements</name>
        <message>
            <source>Not possible while the claim is {state}.</source>
            <extracomment>the steps at which a claim over budget needs the over-budget right</extracomment>
            <translation>报销单状态为“{state}”，不能进行此操作。</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>您没有此操作的权限（{permission}）。</translation>
        </message>
        <message>
            <source>Nobody reviews their own claim.</source>
            <translation>不能审批本人的报销单。</translation>
        </message>
        <message>
            <source>Only the head of {department} approves this claim.</source>
            <translation>只有{department}负责人才能审批此报销单。</translation>
        </message>
        <message>
            <source>Expense claim form</source>
            <translation>费用报销单</translation>
        </message>
        <message>
            <source>Budget usage report (year)</source>
            <translation>费用预算执行情况表（年度）</translation>
        </message>
        <message>
            <source>Expense claims</source>
            <translation>报销单</translation>
        </message>
        <message>
            <source>Budget usage</source>
            <translation>费用预算执行情况</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>报销单号</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>报销日期</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>报销人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细行数</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>超预算</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>疑似重复</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>填单人</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>支付日期</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>差旅费</translation>
        </message>
        <message>
            <source>Entertainment</source>
            <translation>业务招待费</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>通讯费</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>办公费</translation>
        </message>
        <message>
            <source>Local transport</source>
            <translation>市内交通费</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Line {line}: {amount} is over the standard of {limit} ({per_day} a day for {days} days).</source>
            <translation>第 {line} 行：{amount} 超过标准 {limit}（每天 {per_day}，共 {days} 天）。</translation>
        </message>
        <message>
            <source>Line {line}: {amount} is over the standard of {limit} per receipt.</source>
            <translation>第 {line} 行：{amount} 超过每张票据 {limit} 的标准。</translation>
        </message>
        <message>
            <source>Line {line}: within the standard.</source>
            <translation>第 {line} 行：符合报销标准。</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>填写</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Awaiting department head</source>
            <translation>待部门审批</translation>
        </message>
        <message>
            <source>Awaiting first review</source>
            <translation>待初审</translation>
        </message>
        <message>
            <source>Awaiting final review</source>
            <translation>待终审</translation>
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
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Receipts present for every line</source>
            <extracomment>printed words of the states (zh_CN, like the printed forms) states in which a claim uses its department's budget states waiting for someone other than the claimant, with the permission of that step the steps nobody may take on their own claim</extracomment>
            <translation>每行都附有票据</translation>
        </message>
        <message>
            <source>Receipts are real</source>
            <translation>票据真实</translation>
        </message>
        <message>
            <source>Receipts are legal (proper invoices)</source>
            <translation>票据合法（正规发票）</translation>
        </message>
        <message>
            <source>Claim is complete (purpose, dates, amounts)</source>
            <translation>报销单填写完整（用途、日期、金额）</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <source>Offset against an advance</source>
            <translation>冲抵借款</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>Department approval</source>
            <translation>部门审批</translation>
        </message>
        <message>
            <source>Approved on paper</source>
            <translation>纸质审批</translation>
        </message>
        <message>
            <source>First review</source>
            <translation>初审</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>初审清单</translation>
        </message>
        <message>
            <source>Final review</source>
            <translation>终审</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>登记支付</translation>
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
            <translation>退回的明细行</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>{category}: {claimed} claimed, no approved budget</source>
            <translation>{category}：本单 {claimed}，无已批准的预算</translation>
        </message>
        <message>
            <source>{category}: {claimed} claimed, {remaining} of {budget} remaining</source>
            <translation>{category}：本单 {claimed}，预算 {budget}，剩余 {remaining}</translation>
        </message>
        <message>
            <source>over budget</source>
            <translation>超预算</translation>
        </message>
        <message>
            <source>Line {line}: the invoice number is also on {number} line {other_line}</source>
            <translation>第 {line} 行：发票号码与 {number} 第 {other_line} 行相同</translation>
        </message>
        <message>
            <source>Line {line}: same amount and date as {number} line {other_line}</source>
            <translation>第 {line} 行：金额和日期与 {number} 第 {other_line} 行相同</translation>
        </message>
        <message>
            <source>this claim</source>
            <translation>本单</translation>
        </message>
        <message>
            <source>No receipt scan on line(s) {lines}</source>
            <translation>第 {lines} 行没有票据扫描件</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Clerk</source>
            <translation>内勤</translation>
        </message>
        <message>
            <source>Reviewer / department head</source>
            <translation>审核人员 / 部门负责人</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>supplies</name>
        <message>
            <source>Issue slip</source>
            <translation>领用单</translation>
        </message>
        <message>
            <source>Purchase plan</source>
            <translation>采购计划</translation>
        </message>
        <message>
            <source>Supplies count sheet</source>
            <translation>办公用品盘点表</translation>
        </message>
        <message>
            <source>Office-supplies catalogue</source>
            <translation>办公用品目录</translation>
        </message>
        <message>
            <source>Usage ledger</source>
            <translation>领用台账</translation>
        </message>
        <message>
            <source>Purchase plans</source>
            <translation>采购计划</translation>
        </message>
        <message>
            <source>Below minimum</source>
            <translation>低于最低库存</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>库存充足</translation>
        </message>
        <message>
            <source>Not in use</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低库存</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Last price</source>
            <translation>最近单价</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已审批</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已验收</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Over standard: awaiting approval</source>
            <translation>超标待审批</translation>
        </message>
        <message>
            <source>Approved, to hand out</source>
            <translation>已审批待发放</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Returned to store</source>
            <translation>已退库</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>Lost</source>
            <extracomment>printed words (zh_CN: forms are filed in the office's language)</extracomment>
            <translation>丢失</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>损坏</translation>
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
            <translation>每部门</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>审核通过</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Fully received</source>
            <translation>全部验收</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Approve over standard</source>
            <translation>审批超标领用</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Hand out</source>
            <translation>发放</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Issue and return slips</source>
            <translation>领用单与退库单</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>领用人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签字</translation>
        </message>
        <message>
            <source>Hand out…</source>
            <translation>发放…</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>打印领用单</translation>
        </message>
        <message>
            <source>on screen</source>
            <translation>屏幕签字</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>纸面签字</translation>
        </message>
        <message>
            <source>Loss and damage reports</source>
            <translation>损坏/丢失报告</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>赔偿金额</translation>
        </message>
        <message>
            <source>Supplies count</source>
            <translation>办公用品盘点</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>账面数量</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>实盘数量</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差异</translation>
        </message>
        <message>
            <source>Start count</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <source>Save counted quantities</source>
            <translation>保存实盘数量</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Print count sheet</source>
            <translation>打印盘点表</translation>
        </message>
        <message>
            <source>No count yet. Start one: the book quantities are frozen now.</source>
            <translation>还没有盘点。开始盘点时将冻结账面数量。</translation>
        </message>
        <message>
            <source>{left} of {total} items still to count.</source>
            <translation>共 {total} 项，还有 {left} 项未盘。</translation>
        </message>
        <message>
            <source>Book equals physical.</source>
            <translation>账实相符。</translation>
        </message>
        <message>
            <source>{n} item(s) differ from the book.</source>
            <translation>{n} 项与账面不符。</translation>
        </message>
        <message>
            <source>Office-supplies item</source>
            <translation>办公用品</translation>
        </message>
        <message>
            <source>Minimum stock</source>
            <translation>最低库存</translation>
        </message>
        <message>
            <source>Issue standard (quantity)</source>
            <translation>发放标准（数量）</translation>
        </message>
        <message>
            <source>Standard per</source>
            <translation>标准按</translation>
        </message>
        <message>
            <source>No standard</source>
            <translation>无标准</translation>
        </message>
        <message>
            <source>Standard period</source>
            <translation>标准周期</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <translation>期初库存</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Loss or damage report</source>
            <translation>损坏/丢失报告</translation>
        </message>
        <message>
            <source>Lost or damaged</source>
            <translation>丢失或损坏</translation>
        </message>
        <message>
            <source>Person responsible</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>经过</translation>
        </message>
        <message>
            <source>Issue office supplies</source>
            <translation>发放办公用品</translation>
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
            <translation>标准内剩余</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细</translation>
        </message>
        <message>
            <source>I approve the issue over the standard</source>
            <translation>本人审批同意超标准领用</translation>
        </message>
        <message>
            <source>Only a department head may approve; ask for approval instead.</source>
            <translation>只有部门负责人可以审批，请改为提交审批。</translation>
        </message>
        <message>
            <source>Over the standard: ask a department head to approve</source>
            <translation>超出标准：提交部门负责人审批</translation>
        </message>
        <message>
            <source>The recipient signs the printed slip instead</source>
            <translation>领用人在打印的领用单上签字</translation>
        </message>
        <message>
            <source>Clear signature</source>
            <translation>清除签字</translation>
        </message>
        <message>
            <source>Recipient's signature</source>
            <translation>领用人签字</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Over the issue standard: {names}</source>
            <translation>超出发放标准：{names}</translation>
        </message>
        <message>
            <source>Hand out {number}</source>
            <translation>发放 {number}</translation>
        </message>
        <message>
            <source>Return unused supplies</source>
            <translation>退回未用的办公用品</translation>
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
            <translation>说明</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Monthly usage</source>
            <translation>月均用量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Office supplies purchase</source>
            <translation>办公用品采购</translation>
        </message>
        <message>
            <source>Still expected</source>
            <translation>未到数量</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>拒收原因</translation>
        </message>
        <message>
            <source>Spec OK</source>
            <translation>规格合格</translation>
        </message>
        <message>
            <source>Quality OK</source>
            <translation>质量合格</translation>
        </message>
        <message>
            <source>Receiving inspection of {number}</source>
            <translation>验收入库：{number}</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>验收人</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>New from suggestion</source>
            <translation>按建议新建</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Receive…</source>
            <translation>验收入库…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>领用</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退库</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损耗</translation>
        </message>
        <message>
            <source>Count adjustment</source>
            <translation>盘点调整</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>no issue standard</source>
            <translation>无发放标准</translation>
        </message>
        <message>
            <source>at most {quantity} {unit} {per} {period}</source>
            <translation>{per}{period}最多 {quantity} {unit}</translation>
        </message>
        <message>
            <source>Stock {stock} {unit}, minimum {minimum}; {standard}; last price {price}</source>
            <translation>库存 {stock} {unit}，最低库存 {minimum}；{standard}；最近单价 {price}</translation>
        </message>
        <message>
            <source>Usage ledger and statistics</source>
            <translation>领用台账与统计</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出到 Excel…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Department / person</source>
            <translation>部门 / 领用人</translation>
        </message>
        <message>
            <source>By department and person</source>
            <translation>按部门和人员</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>{count} lines, cost {amount}</source>
            <translation>共 {count} 行，金额 {amount}</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Cost per department and month</source>
            <translation>各部门每月领用金额</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>库存</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Choose PostgreSQL or MariaDB/MySQL.</source>
            <extracomment>the permission to change the server settings disable: plain connection; prefer: TLS when the server offers it; require: TLS or fail; verify-full: TLS with the server's certificate and host name checked URL query keys that the TLS mode decides (dropped when the fields are joined again) other URL options kept as they were (MariaDB's charset, for example)</extracomment>
            <translation>请选择 PostgreSQL 或 MariaDB/MySQL。</translation>
        </message>
        <message>
            <source>Enter the server's host name or address.</source>
            <translation>请填写服务器的主机名或地址。</translation>
        </message>
        <message>
            <source>Enter the name of the server database.</source>
            <translation>请填写服务器数据库的名称。</translation>
        </message>
        <message>
            <source>Enter the user name of this office on the server.</source>
            <translation>请填写本分支机构在服务器上的用户名。</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535.</source>
            <translation>端口是 1 至 65535 之间的数字。</translation>
        </message>
        <message>
            <source>Unknown TLS mode “{mode}”.</source>
            <translation>未知的 TLS 模式“{mode}”。</translation>
        </message>
        <message>
            <source>Sync every 1 to {most} minutes.</source>
            <translation>同步间隔为 1 至 {most} 分钟。</translation>
        </message>
        <message>
            <source>No branch with the code {code} in this database; give it as CODE:ID.</source>
            <translation>此数据库中没有代码为 {code} 的分公司；请以“代码:编号”的形式给出。</translation>
        </message>
        <message>
            <source>Sync is not set up for this database. Run “neiqin sync --server URL” once to set it up.</source>
            <translation>此数据库尚未设置同步。请先运行一次“neiqin sync --server URL”进行设置。</translation>
        </message>
        <message>
            <source>The server refused the changes: {reason}</source>
            <extracomment>outbox changes per push batch (one server transaction) and change-log entries per pull batch conflicts resolved here and marked on the server in this round full reloads after falling behind the server's pruned change log (`reload.catch_up`) this computer's registration in this round: desk, a new client id, documents renumbered</extracomment>
            <translation>服务器拒绝了这些更改：{reason}</translation>
        </message>
        <message>
            <source>“{url}” is not a server address such as postgresql://user@host:5432/database.</source>
            <translation>“{url}”不是有效的服务器地址，例如 postgresql://user@host:5432/database。</translation>
        </message>
        <message>
            <source>Only PostgreSQL and MariaDB/MySQL servers are supported, not “{kind}”.</source>
            <translation>只支持 PostgreSQL 和 MariaDB/MySQL 服务器，不支持“{kind}”。</translation>
        </message>
        <message>
            <source>The server refused the user name or password ({server}).</source>
            <extracomment>exit code of `neiqin sync` for this kind of failure PostgreSQL: role "x" does not exist / database "x" does not exist; MariaDB: Unknown database 'x'</extracomment>
            <translation>服务器拒绝了用户名或密码（{server}）。</translation>
        </message>
        <message>
            <source>The server {server} has no database of that name. Check the database name.</source>
            <translation>服务器 {server} 上没有这个名称的数据库。请检查数据库名称。</translation>
        </message>
        <message>
            <source>The secure (TLS) connection to {server} failed: {reason}</source>
            <translation>与 {server} 的加密（TLS）连接失败：{reason}</translation>
        </message>
        <message>
            <source>The server {server} cannot be reached: {reason}</source>
            <translation>无法连接服务器 {server}：{reason}</translation>
        </message>
        <message>
            <source>Refused change for {table}: row {row} is not on the server (or belongs to another branch).</source>
            <extracomment>server-only column: the client whose change last touched the row</extracomment>
            <translation>已拒绝 {table} 的更改：记录 {row} 不在服务器上（或属于其他分公司）。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row is larger than {limit} bytes.</source>
            <extracomment>bumped when the wire format or the server tables change incompatibly decoded values (set by `validate`)</extracomment>
            <translation>已拒绝 {table} 的更改：该行超过 {limit} 字节。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the values are not an object.</source>
            <translation>已拒绝 {table} 的更改：数值格式不正确。</translation>
        </message>
        <message>
            <source>The server was prepared by an older Neiqin (sync version {server}, this program {client}). Run “neiqin server init” with this version to upgrade it.</source>
            <translation>服务器由较旧版本的内勤准备（同步版本 {server}，本程序 {client}）。请用本版本运行“neiqin server init”升级服务器。</translation>
        </message>
        <message>
            <source>The server needs a newer Neiqin (sync version {server}, this program {client}). Update the program on this computer.</source>
            <extracomment>one desk number per computer of a branch (`desks`) the version table of the server's Alembic history (kind, table, name) of what only PostgreSQL has, outside the metadata: each change-log entry's transaction id (`xid8`, filled by the server) and the (xid, seq) index pulls read in the server was migrated by a newer program (the same words as `protocol.check_version`)</extracomment>
            <translation>服务器需要更新版本的内勤（同步版本 {server}，本程序 {client}）。请更新本机程序。</translation>
        </message>
        <message>
            <source>Refused change: unknown table “{table}”.</source>
            <translation>已拒绝更改：未知的表“{table}”。</translation>
        </message>
        <message>
            <source>Refused change for {table}: unknown operation “{op}”.</source>
            <translation>已拒绝 {table} 的更改：未知操作“{op}”。</translation>
        </message>
        <message>
            <source>Refused change for {table}: bad row id.</source>
            <translation>已拒绝 {table} 的更改：记录编号无效。</translation>
        </message>
        <message>
            <source>Refused change: unknown column “{column}” in {table}.</source>
            <translation>已拒绝更改：{table} 中没有“{column}”这一列。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row id does not match.</source>
            <translation>已拒绝 {table} 的更改：记录编号不一致。</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row belongs to another branch.</source>
            <translation>已拒绝 {table} 的更改：该记录属于其他分公司。</translation>
        </message>
        <message>
            <source>A branch code is 1 to 16 letters or digits: “{code}”.</source>
            <extracomment>the database the office connects to (its view database on MariaDB)</extracomment>
            <translation>分公司代码须为 1 至 16 位字母或数字：“{code}”。</translation>
        </message>
        <message>
            <source>A branch id is 1 to 36 letters, digits or dashes: “{branch}”.</source>
            <translation>分支机构编号须为 1 至 36 位字母、数字或连字符：“{branch}”。</translation>
        </message>
        <message>
            <source>The server database is not prepared for Neiqin. Run “neiqin server init” first.</source>
            <extracomment>per table: `Rows` from `pull`, dicts of server values from a reload (`horizon.scope_rows`) committed entries not readable yet because an older server transaction is still open the pruned horizon when entries after the cursor were pruned: nothing else is returned</extracomment>
            <translation>服务器数据库尚未为内勤准备好。请先运行“neiqin server init”。</translation>
        </message>
        <message>
            <source>This computer is registered on the server for another branch.</source>
            <translation>本机在服务器上登记的是其他分公司。</translation>
        </message>
        <message>
            <source>The server has more changes from this computer than the computer itself: the database was restored from a backup. Register it again as a new computer before syncing.</source>
            <translation>服务器上本机的更改比本机自身还多：数据库是从备份恢复的。请先把本机重新登记为新电脑，再进行同步。</translation>
        </message>
        <message>
            <source>Refused change for {table}.{column} = {value}: {reason}</source>
            <extracomment>the biggest text value accepted in one column, and one pushed row as JSON</extracomment>
            <translation>已拒绝更改 {table}.{column} = {value}：{reason}</translation>
        </message>
        <message>
            <source>The branch database name {name} is longer than 64 characters: use a shorter branch code.</source>
            <translation>分支机构数据库名 {name} 超过 64 个字符：请使用更短的分支机构代码。</translation>
        </message>
        <message>
            <source>The database {name} already holds tables: it cannot become a branch office's view database.</source>
            <translation>数据库 {name} 中已有数据表，不能用作分支机构的视图数据库。</translation>
        </message>
        <message>
            <source>This program does not know the table {table}.</source>
            <extracomment>columns that name a record for a person, first found wins the provisional winner (the value the record holds) is "mine" this computer made one of the two changes a free-text field a person may merge by hand the values are amounts of money a state field: the translation context and source titles of its states (`states` below)</extracomment>
            <translation>本程序不认识数据表 {table}。</translation>
        </message>
        <message>
            <source>Choose which value to keep.</source>
            <extracomment>table -&gt; (translation context, {state: source title})</extracomment>
            <translation>请选择要保留的值。</translation>
        </message>
        <message>
            <source>This conflict was resolved meanwhile.</source>
            <translation>这条冲突已经被处理了。</translation>
        </message>
        <message>
            <source>A state only moves forward: the later state stays. Use the record's own actions to change it.</source>
            <translation>状态只能向前推进：保留较后的状态。如需更改，请使用该记录自己的操作。</translation>
        </message>
        <message>
            <source>Only a text field can be merged by hand.</source>
            <translation>只有文本字段可以手工合并。</translation>
        </message>
        <message>
            <source>The merged text is longer than {limit} characters.</source>
            <translation>合并后的文本超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>The record of this conflict is not in this database.</source>
            <translation>本数据库中没有这条冲突对应的记录。</translation>
        </message>
        <message>
            <source>The days of changes to keep must be a whole number, 0 or more: “{days}”.</source>
            <extracomment>registered computers whose last pull is below their horizon: they reload at their next sync</extracomment>
            <translation>保留变更记录的天数须为 0 或更大的整数：“{days}”。</translation>
        </message>
        <message>
            <source>The server pruned its change log again while this computer was reloading. Sync again later.</source>
            <extracomment>catch-ups in one round before giving up (the server pruned again while this computer reloaded)</extracomment>
            <translation>本机重新加载期间，服务器再次清理了变更记录。请稍后再同步。</translation>
        </message>
        <message>
            <source>The server was prepared by an older Neiqin. Run “neiqin server init” with this version to upgrade it.</source>
            <translation>服务器由较旧版本的内勤准备。请用本版本运行“neiqin server init”升级服务器。</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <extracomment>record changes not sent yet (their audit entries travel with them, uncounted) end of the last whole round (UTC) changes made here while the check ran (a difference may come from them) the person at the window: the status counts the conflicts they may see (None: all)</extracomment>
            <translation>同步正在进行中。</translation>
        </message>
        <message>
            <source>The server could not give this computer a desk for its document numbers. Sync again.</source>
            <extracomment>set while documents may still need numbers from a newly stored desk the server's high-water mark of this client and the id of the change it ended at the client id given up (a restored or copied database became a new computer) waiting changes dropped because the server already had them</extracomment>
            <translation>服务器未能为本机分配单据编号段。请再同步一次。</translation>
        </message>
        <message>
            <source>Row {row} of {table} waits to be sent but is missing here: it was removed outside Neiqin. Restore the database from a backup.</source>
            <extracomment>later updates and deletes of the rows of a batch (the partial index `ix_sync_outbox_later`)</extracomment>
            <translation>待发送的 {table} 记录 {row} 在本机已不存在：它是在内勤之外被删除的。请从备份恢复数据库。</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
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
            <translation>还没有会议纪要：会议开始后才能记录。</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>会议内容</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>其他事项</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决议事项</translation>
        </message>
        <message>
            <source>Distributed to</source>
            <translation>分发记录</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>此记录还没有变更记录。</translation>
        </message>
    </context>
    <context>
        <name>tables</name>
        <message>
            <source>app_user</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>archive_check</source>
            <translation>档案检查</translation>
        </message>
        <message>
            <source>archive_check_line</source>
            <translation>档案检查明细</translation>
        </message>
        <message>
            <source>archive_circulation</source>
            <translation>传阅记录</translation>
        </message>
        <message>
            <source>archive_contract</source>
            <translation>合同台账</translation>
        </message>
        <message>
            <source>archive_destruction</source>
            <translation>档案销毁</translation>
        </message>
        <message>
            <source>archive_destruction_line</source>
            <translation>档案销毁明细</translation>
        </message>
        <message>
            <source>archive_document</source>
            <translation>收发文登记</translation>
        </message>
        <message>
            <source>archive_item</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>archive_lending</source>
            <translation>档案借阅</translation>
        </message>
        <message>
            <source>archive_lending_step</source>
            <translation>借阅审批</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>audit_entry</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <source>branch</source>
            <translation>分支机构</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>customer_case_note</source>
            <translation>咨询投诉记录</translation>
        </message>
        <message>
            <source>customer_communication</source>
            <translation>沟通纪要</translation>
        </message>
        <message>
            <source>customer_contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>customer_payment</source>
            <translation>客户回款</translation>
        </message>
        <message>
            <source>customer_rating_change</source>
            <translation>信用等级变更</translation>
        </message>
        <message>
            <source>customer_service_case</source>
            <translation>客户咨询 / 投诉</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>meeting_action_item</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>meeting_action_note</source>
            <translation>待办事项进展</translation>
        </message>
        <message>
            <source>meeting_agenda_item</source>
            <translation>会议议程</translation>
        </message>
        <message>
            <source>meeting_attendee</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>meeting_decision</source>
            <translation>决议事项</translation>
        </message>
        <message>
            <source>meeting_distribution</source>
            <translation>纪要分发</translation>
        </message>
        <message>
            <source>meeting_material</source>
            <translation>会议材料</translation>
        </message>
        <message>
            <source>meeting_transition</source>
            <translation>会议状态记录</translation>
        </message>
        <message>
            <source>product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>reimbursement_budget</source>
            <translation>费用预算</translation>
        </message>
        <message>
            <source>reimbursement_claim</source>
            <translation>报销单</translation>
        </message>
        <message>
            <source>reimbursement_line</source>
            <translation>报销明细</translation>
        </message>
        <message>
            <source>reimbursement_transition</source>
            <translation>报销状态记录</translation>
        </message>
        <message>
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>sales_order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>sales_order_change</source>
            <translation>订单变更</translation>
        </message>
        <message>
            <source>sales_order_change_impact</source>
            <translation>订单变更影响</translation>
        </message>
        <message>
            <source>sales_order_event</source>
            <translation>订单跟踪记录</translation>
        </message>
        <message>
            <source>sales_order_line</source>
            <translation>订单明细</translation>
        </message>
        <message>
            <source>sales_order_revision</source>
            <translation>订单版本</translation>
        </message>
        <message>
            <source>sales_order_transition</source>
            <translation>订单状态记录</translation>
        </message>
        <message>
            <source>stock_count</source>
            <translation>库存盘点</translation>
        </message>
        <message>
            <source>stock_count_line</source>
            <translation>盘点明细</translation>
        </message>
        <message>
            <source>stock_count_plan</source>
            <translation>盘点计划</translation>
        </message>
        <message>
            <source>stock_handling_plan</source>
            <translation>呆滞品处理计划</translation>
        </message>
        <message>
            <source>stock_movement</source>
            <translation>库存流水</translation>
        </message>
        <message>
            <source>stock_transition</source>
            <translation>盘点状态记录</translation>
        </message>
        <message>
            <source>supply_count</source>
            <translation>办公用品盘点</translation>
        </message>
        <message>
            <source>supply_count_line</source>
            <translation>办公用品盘点明细</translation>
        </message>
        <message>
            <source>supply_issue</source>
            <translation>办公用品领用</translation>
        </message>
        <message>
            <source>supply_issue_line</source>
            <translation>领用明细</translation>
        </message>
        <message>
            <source>supply_item</source>
            <translation>办公用品</translation>
        </message>
        <message>
            <source>supply_loss</source>
            <translation>办公用品丢失 / 损坏</translation>
        </message>
        <message>
            <source>supply_movement</source>
            <translation>办公用品流水</translation>
        </message>
        <message>
            <source>supply_plan</source>
            <translation>采购计划</translation>
        </message>
        <message>
            <source>supply_plan_line</source>
            <translation>采购计划明细</translation>
        </message>
        <message>
            <source>supply_receiving</source>
            <translation>验收入库</translation>
        </message>
        <message>
            <source>supply_receiving_line</source>
            <translation>验收明细</translation>
        </message>
        <message>
            <source>supply_transition</source>
            <translation>办公用品状态记录</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>short_name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>display_name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>email</source>
            <translation>电子邮箱</translation>
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
            <translation>地区</translation>
        </message>
        <message>
            <source>industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>contact_name</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>customer_type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <source>legal_representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>business_scope</source>
            <translation>经营范围</translation>
        </message>
        <message>
            <source>tax_id</source>
            <translation>税号</translation>
        </message>
        <message>
            <source>bank_name</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>bank_account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>credit_rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>credit_limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>payment_terms</source>
            <translation>付款条件</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>description</source>
            <translation>说明</translation>
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
            <translation>议题</translation>
        </message>
        <message>
            <source>department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>deleted_at</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>spec</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>list_price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>unit_price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>unit_cost</source>
            <translation>单位成本</translation>
        </message>
        <message>
            <source>last_price</source>
            <translation>最近单价</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>total_amount</source>
            <translation>总金额</translation>
        </message>
        <message>
            <source>minimum_stock</source>
            <translation>最低库存</translation>
        </message>
        <message>
            <source>reorder_point</source>
            <translation>补货点</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>delivery_date</source>
            <translation>交货日期</translation>
        </message>
        <message>
            <source>delivery_place</source>
            <translation>交货地点</translation>
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
            <translation>地点</translation>
        </message>
        <message>
            <source>room</source>
            <translation>会议室</translation>
        </message>
        <message>
            <source>confidentiality</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>keep_years</source>
            <translation>保管年限</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>满意度</translation>
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
            <translation>自定义</translation>
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
            <translation>放弃所做的更改？</translation>
        </message>
    </context>
    <context>
        <name>ModuleTab</name>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>您没有执行此操作的权限。</translation>
        </message>
        <message>
            <source>Select a record first.</source>
            <translation>请先选择一条记录。</translation>
        </message>
        <message>
            <source>Details at the bottom</source>
            <translation>详情显示在下方</translation>
        </message>
        <message>
            <source>Details on the right</source>
            <translation>详情显示在右侧</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <source>Nothing matches the search or filters.</source>
            <translation>没有符合搜索或筛选条件的记录。</translation>
        </message>
        <message>
            <source>Nothing here yet.</source>
            <translation>这里还没有记录。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>共 {count} 条记录</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>已导出 {rows} 行到 {file}。</translation>
        </message>
    </context>
</TS>