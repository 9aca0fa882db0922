<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Neiqin</source>
            <extracomment>(component, license) of the libraries shipped with the application</extracomment>
            <translation>About Neiqin</translation>
        </message>
        <message>
            <source>Neiqin</source>
            <translation>Neiqin</translation>
        </message>
        <message>
            <source>The sales office clerk's desk: orders, customer files, stock counts, office supplies, reimbursements, meeting minutes and archive lending.</source>
            <translation>The sales office clerk's desk: orders, customer files, stock counts, office supplies, reimbursements, meeting minutes and archive lending.</translation>
        </message>
        <message>
            <source>Version {version}; Qt {qt}, PySide6 {pyside}.</source>
            <translation>Version {version}; Qt {qt}, PySide6 {pyside}.</translation>
        </message>
        <message>
            <source>Licenses</source>
            <translation>Licenses</translation>
        </message>
        <message>
            <source>The bundled font: Droid Sans Fallback</source>
            <translation>The bundled font: Droid Sans Fallback</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Confirmed by</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>Confirmed on</translation>
        </message>
        <message>
            <source>Expected arrival</source>
            <translation>Expected arrival</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>Delivered on</translation>
        </message>
        <message>
            <source>Note to {department}</source>
            <translation>Note to {department}</translation>
        </message>
        <message>
            <source>Customer's person</source>
            <translation>Customer's person</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>Tracking number</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>ActionItemDialog</name>
        <message>
            <source>Action item of {number}</source>
            <translation>Action item of {number}</translation>
        </message>
        <message>
            <source>From decision</source>
            <translation>From decision</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <source>Someone else (type the name)</source>
            <translation>Someone else (type the name)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>Owner's name</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
    </context>
    <context>
        <name>ActionItemsDialog</name>
        <message>
            <source>Action items of all meetings</source>
            <translation>Action items of all meetings</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>Open only</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>Progress…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>AppraiseDialog</name>
        <message>
            <source>Appraisal of {number}</source>
            <translation>Appraisal of {number}</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>Destroy</translation>
        </message>
        <message>
            <source>Keep longer</source>
            <translation>Keep longer</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Keep more years</source>
            <translation>Keep more years</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>Opinion</translation>
        </message>
    </context>
    <context>
        <name>ArchiveItemEditor</name>
        <message>
            <source>Archive item</source>
            <translation>Archive item</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>Archive number</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Next number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>Cabinet</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>Shelf</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Box</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Permanent</source>
            <translation>Permanent</translation>
        </message>
        <message>
            <source>{years} years</source>
            <translation>{years} years</translation>
        </message>
        <message>
            <source>Retention period</source>
            <translation>Retention period</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ArchiveTab</name>
        <message>
            <source>Archive register</source>
            <extracomment>the record kinds of dashboard items and search hits, and the sub-tab that shows each</extracomment>
            <translation>Archive register</translation>
        </message>
        <message>
            <source>Contracts ledger</source>
            <translation>Contracts ledger</translation>
        </message>
        <message>
            <source>Received and sent documents</source>
            <translation>Received and sent documents</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>Lending</translation>
        </message>
        <message>
            <source>Register checks</source>
            <translation>Register checks</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>Destruction</translation>
        </message>
    </context>
    <context>
        <name>AssignCaseDialog</name>
        <message>
            <source>Hand to department</source>
            <translation>Hand to department</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTable</name>
        <message>
            <source>Attendee</source>
            <translation>Attendee</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Leave reason</source>
            <translation>Leave reason</translation>
        </message>
    </context>
    <context>
        <name>AttendeesView</name>
        <message>
            <source>Attendee</source>
            <extracomment>the attendee id and what to do with it: "acknowledge", "leave", "withdraw"</extracomment>
            <translation>Attendee</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Notified</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Leave request…</source>
            <translation>Leave request…</translation>
        </message>
        <message>
            <source>Withdraw leave</source>
            <translation>Withdraw leave</translation>
        </message>
        <message>
            <source>Awareness rate {rate}: {acknowledged} of {notified} notified</source>
            <translation>Awareness rate {rate}: {acknowledged} of {notified} notified</translation>
        </message>
    </context>
    <context>
        <name>AuditReport</name>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>All tables</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>{count} change(s)</source>
            <translation>{count} change(s)</translation>
        </message>
        <message>
            <source>(the newest {limit} entries; narrow the filters or export to see all)</source>
            <translation>(the newest {limit} entries; narrow the filters or export to see all)</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Export the audit trail</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} change(s) exported.</source>
            <translation>{count} change(s) exported.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>The file could not be written: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BatchLinesView</name>
        <message>
            <source>Archive number</source>
            <translation>Archive number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Kept until</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <source>Appraise…</source>
            <translation>Appraise…</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>Destroy</translation>
        </message>
        <message>
            <source>Keep longer</source>
            <translation>Keep longer</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Expense budgets</source>
            <translation>Expense budgets</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Used %</source>
            <translation>Used %</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Chart of</source>
            <translation>Chart of</translation>
        </message>
        <message>
            <source>Propose budget…</source>
            <translation>Propose budget…</translation>
        </message>
        <message>
            <source>Approve budget</source>
            <translation>Approve budget</translation>
        </message>
        <message>
            <source>Usage report</source>
            <translation>Usage report</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>no budget</translation>
        </message>
        <message>
            <source>new amount awaiting approval</source>
            <translation>new amount awaiting approval</translation>
        </message>
        <message>
            <source>{department}: budget and used amount, {year}</source>
            <translation>{department}: budget and used amount, {year}</translation>
        </message>
        <message>
            <source>Budget usage {year}</source>
            <translation>Budget usage {year}</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>New service case</source>
            <translation>New service case</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Hand to department</source>
            <translation>Hand to department</translation>
        </message>
        <message>
            <source>Promised by</source>
            <translation>Promised by</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>Progress note</source>
            <translation>Progress note</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>CasesView</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Promised by</source>
            <translation>Promised by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Hand to department…</source>
            <translation>Hand to department…</translation>
        </message>
        <message>
            <source>Progress note…</source>
            <translation>Progress note…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestDialog</name>
        <message>
            <source>Change request for {number}</source>
            <translation>Change request for {number}</translation>
        </message>
        <message>
            <source>What changes and why</source>
            <translation>What changes and why</translation>
        </message>
        <message>
            <source>Requested by (customer)</source>
            <translation>Requested by (customer)</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Delivery date</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>Delivery place</translation>
        </message>
    </context>
    <context>
        <name>ChangeStepDialog</name>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Approve: make a new revision</source>
            <translation>Approve: make a new revision</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Result of the check</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>ChangesView</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Impact notes</source>
            <translation>Impact notes</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Compare revision</source>
            <translation>Compare revision</translation>
        </message>
        <message>
            <source>with</source>
            <translation>with</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
    </context>
    <context>
        <name>CheckLinesView</name>
        <message>
            <source>Archive number</source>
            <translation>Archive number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Place in the register</source>
            <translation>Place in the register</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>Found at</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Where it was found (room / cabinet / shelf / box)</source>
            <translation>Where it was found (room / cabinet / shelf / box)</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>Misplaced</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <source>{number}: {checked} of {total} checked, {open} discrepancies open</source>
            <translation>{number}: {checked} of {total} checked, {open} discrepancies open</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
    </context>
    <context>
        <name>ChecksTab</name>
        <message>
            <source>No check sessions yet.</source>
            <translation>No check sessions yet.</translation>
        </message>
        <message>
            <source>New check session</source>
            <translation>New check session</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>Close session</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>The session is closed.</source>
            <translation>The session is closed.</translation>
        </message>
    </context>
    <context>
        <name>ClaimEditor</name>
        <message>
            <source>Expense claim {number}</source>
            <translation>Expense claim {number}</translation>
        </message>
        <message>
            <source>New expense claim</source>
            <translation>New expense claim</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>Claimant</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>Claim date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Line {line} was returned: {reason}</source>
            <translation>Line {line} was returned: {reason}</translation>
        </message>
        <message>
            <source>These receipts may have been claimed before:
{lines}

Save the claim anyway?</source>
            <translation>These receipts may have been claimed before:
{lines}

Save the claim anyway?</translation>
        </message>
    </context>
    <context>
        <name>ClaimLines</name>
        <message>
            <source>What for, with whom, where</source>
            <translation>What for, with whom, where</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Travel days</source>
            <translation>Travel days</translation>
        </message>
        <message>
            <source>Write what the expense was for.</source>
            <translation>Write what the expense was for.</translation>
        </message>
        <message>
            <source>Enter the amount (yuan, more than 0, at most two decimals).</source>
            <translation>Enter the amount (yuan, more than 0, at most two decimals).</translation>
        </message>
        <message>
            <source>Give the number of travel days.</source>
            <translation>Give the number of travel days.</translation>
        </message>
        <message>
            <source>{count} lines, total {total} ({capitals})</source>
            <translation>{count} lines, total {total} ({capitals})</translation>
        </message>
    </context>
    <context>
        <name>ClaimOverview</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>Claimant</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>Claim date</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Checks (budget, standards, duplicates, receipts)</source>
            <translation>Checks (budget, standards, duplicates, receipts)</translation>
        </message>
        <message>
            <source>over budget</source>
            <translation>over budget</translation>
        </message>
        <message>
            <source>possible duplicate</source>
            <translation>possible duplicate</translation>
        </message>
        <message>
            <source>Returned: {reason}</source>
            <translation>Returned: {reason}</translation>
        </message>
        <message>
            <source> ({days} days)</source>
            <translation> ({days} days)</translation>
        </message>
    </context>
    <context>
        <name>CompleteDialog</name>
        <message>
            <source>Record the destruction</source>
            <translation>Record the destruction</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>Destroyed on</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Witnesses (one a line)</source>
            <translation>Witnesses (one a line)</translation>
        </message>
        <message>
            <source>Carried out by</source>
            <translation>Carried out by</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>My value</source>
            <translation>My value</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>Their value</translation>
        </message>
        <message>
            <source>Kept for now</source>
            <translation>Kept for now</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Offices</source>
            <translation>Offices</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>this computer and another one</source>
            <translation>this computer and another one</translation>
        </message>
        <message>
            <source>two other computers</source>
            <translation>two other computers</translation>
        </message>
        <message>
            <source>The conflicts could not be loaded: {reason}</source>
            <translation>The conflicts could not be loaded: {reason}</translation>
        </message>
        <message>
            <source>No conflicts: every office agrees on every field.</source>
            <translation>No conflicts: every office agrees on every field.</translation>
        </message>
        <message>
            <source>You do not have the right to resolve sync conflicts.</source>
            <translation>You do not have the right to resolve sync conflicts.</translation>
        </message>
        <message>
            <source>Select a conflict first.</source>
            <translation>Select a conflict first.</translation>
        </message>
        <message>
            <source>A state only moves forward: the later state stays.</source>
            <translation>A state only moves forward: the later state stays.</translation>
        </message>
        <message>
            <source>Only a text field can be merged by hand.</source>
            <translation>Only a text field can be merged by hand.</translation>
        </message>
        <message>
            <source>Conflict resolved; the other offices get it with the next sync.</source>
            <translation>Conflict resolved; the other offices get it with the next sync.</translation>
        </message>
        <message>
            <source>deleted {date}</source>
            <translation>deleted {date}</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>kept</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Sync conflicts</translation>
        </message>
        <message>
            <source>Two computers changed the same field before they synced. The record holds the later change for now; keep one value or merge them. Your choice is saved here at once and reaches the other offices with the next sync.</source>
            <translation>Two computers changed the same field before they synced. The record holds the later change for now; keep one value or merge them. Your choice is saved here at once and reaches the other offices with the next sync.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Keep theirs</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Primary contact</source>
            <translation>Primary contact</translation>
        </message>
    </context>
    <context>
        <name>ContractEditor</name>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Contract number</source>
            <translation>Contract number</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Next number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Term from</source>
            <translation>Term from</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ContractsTab</name>
        <message>
            <source>No contracts yet.</source>
            <translation>No contracts yet.</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>New contract</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Expiring within {days} days</source>
            <translation>Expiring within {days} days</translation>
        </message>
    </context>
    <context>
        <name>CreditView</name>
        <message>
            <source>Show credit and bank data</source>
            <translation>Show credit and bank data</translation>
        </message>
        <message>
            <source>Confidential: you do not have the right to see it.</source>
            <translation>Confidential: you do not have the right to see it.</translation>
        </message>
        <message>
            <source>Confidential data is hidden.</source>
            <translation>Confidential data is hidden.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Change credit rating…</source>
            <translation>Change credit rating…</translation>
        </message>
        <message>
            <source>New payment record…</source>
            <translation>New payment record…</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>Credit rating</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Credit limit</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Outstanding</translation>
        </message>
        <message>
            <source>Overdue amount</source>
            <translation>Overdue amount</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditor</name>
        <message>
            <source>Edit customer</source>
            <translation>Edit customer</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>Customer name</source>
            <extracomment>what the duplicate question answers in tests: "open", "save" or None (ask)</extracomment>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>Tax id</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Business scope</source>
            <translation>Business scope</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <source>Open the existing customer</source>
            <translation>Open the existing customer</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Save anyway</translation>
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <source>No customers yet.</source>
            <translation>No customers yet.</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Add contact</translation>
        </message>
        <message>
            <source>Log a conversation</source>
            <translation>Log a conversation</translation>
        </message>
        <message>
            <source>New service case</source>
            <translation>New service case</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>Import template…</translation>
        </message>
        <message>
            <source>Hand over customers…</source>
            <translation>Hand over customers…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Communication log</source>
            <translation>Communication log</translation>
        </message>
        <message>
            <source>Service cases</source>
            <translation>Service cases</translation>
        </message>
        <message>
            <source>Credit file</source>
            <translation>Credit file</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Delete this customer?</source>
            <translation>Delete this customer?</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>Import customers</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {count} customers.</source>
            <translation>Imported {count} customers.</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>Import template</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Work dashboard</source>
            <extracomment>items shown per group until the clerk asks for all, so one long group does not hide the others</extracomment>
            <translation>Work dashboard</translation>
        </message>
        <message>
            <source>Show all {count}…</source>
            <translation>Show all {count}…</translation>
        </message>
        <message>
            <source>{count} more in the module's tab</source>
            <translation>{count} more in the module's tab</translation>
        </message>
        <message>
            <source>The dashboard could not be loaded: {reason}</source>
            <translation>The dashboard could not be loaded: {reason}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Nothing waiting for you right now — well done.
New orders, reviews, returns and meetings will appear here.</source>
            <translation>Nothing waiting for you right now — well done.
New orders, reviews, returns and meetings will appear here.</translation>
        </message>
        <message>
            <source>overdue {date}</source>
            <translation>overdue {date}</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
    </context>
    <context>
        <name>DecisionsTable</name>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>DestructionTab</name>
        <message>
            <source>No destruction batches: items past retention are appraised here.</source>
            <translation>No destruction batches: items past retention are appraised here.</translation>
        </message>
        <message>
            <source>Appraise items past retention…</source>
            <translation>Appraise items past retention…</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Record the destruction…</source>
            <translation>Record the destruction…</translation>
        </message>
        <message>
            <source>Destruction record</source>
            <translation>Destruction record</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Not possible while the batch is {state}.</source>
            <translation>Not possible while the batch is {state}.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>Destruction</translation>
        </message>
        <message>
            <source>Destruction record {number}</source>
            <translation>Destruction record {number}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a record to see its details.</source>
            <translation>Select a record to see its details.</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>The sender's reference, e.g. Office〔2026〕21</source>
            <translation>The sender's reference, e.g. Office〔2026〕21</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>Receiver</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Distribution (one a line)</source>
            <translation>Distribution (one a line)</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Our company</source>
            <translation>Our company</translation>
        </message>
    </context>
    <context>
        <name>DocumentOverview</name>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>From / to</source>
            <translation>From / to</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Reader</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Signed at</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>No documents registered yet.</source>
            <translation>No documents registered yet.</translation>
        </message>
        <message>
            <source>Register received document</source>
            <translation>Register received document</translation>
        </message>
        <message>
            <source>Register sent document</source>
            <translation>Register sent document</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Circulation list…</source>
            <translation>Circulation list…</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>Circulation slip</source>
            <translation>Circulation slip</translation>
        </message>
        <message>
            <source>File in the archive…</source>
            <translation>File in the archive…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Received / sent</source>
            <translation>Received / sent</translation>
        </message>
        <message>
            <source>Document and circulation</source>
            <translation>Document and circulation</translation>
        </message>
        <message>
            <source>Circulation has begun.</source>
            <translation>Circulation has begun.</translation>
        </message>
        <message>
            <source>Nobody is waiting to sign.</source>
            <translation>Nobody is waiting to sign.</translation>
        </message>
        <message>
            <source>Filed already.</source>
            <translation>Filed already.</translation>
        </message>
        <message>
            <source>Circulation slip {number}</source>
            <translation>Circulation slip {number}</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Kind of exception</source>
            <translation>Kind of exception</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>Customer told on</source>
            <translation>Customer told on</translation>
        </message>
        <message>
            <source>Told by</source>
            <translation>Told by</translation>
        </message>
        <message>
            <source>Agreed solution</source>
            <translation>Agreed solution</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>File {number} in the archive</source>
            <translation>File {number} in the archive</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>Cabinet</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>Shelf</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Box</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearchBox</name>
        <message>
            <source>Search everything (Ctrl+K)</source>
            <translation>Search everything (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”.</source>
            <translation>Nothing found for “{text}”.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over customers</source>
            <translation>Hand over customers</translation>
        </message>
        <message>
            <source>{name} ({count} customers)</source>
            <translation>{name} ({count} customers)</translation>
        </message>
        <message>
            <source>From clerk</source>
            <translation>From clerk</translation>
        </message>
        <message>
            <source>To clerk</source>
            <translation>To clerk</translation>
        </message>
        <message>
            <source>Deactivate {name}: they can no longer sign in</source>
            <translation>Deactivate {name}: they can no longer sign in</translation>
        </message>
        <message>
            <source>Handed over {count} record(s) from {from_name} to {to_name}.</source>
            <translation>Handed over {count} record(s) from {from_name} to {to_name}.</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work</source>
            <translation>Hand over a leaving clerk's work</translation>
        </message>
        <message>
            <source>Leaving clerk</source>
            <translation>Leaving clerk</translation>
        </message>
        <message>
            <source>Takes over</source>
            <translation>Takes over</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Everything listed moves in one step, each record with its own entry in the audit trail. Claims they filed stay theirs.</source>
            <translation>Everything listed moves in one step, each record with its own entry in the audit trail. Claims they filed stay theirs.</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Hand over</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorsDialog</name>
        <message>
            <source>Import refused</source>
            <translation>Import refused</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>Nothing was imported. Correct these {count} problem(s) and import again.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>InstanceLock</name>
        <message>
            <source>This database is already open in another Neiqin window (process {pid} on {host}).

You can work in both: no save is lost, and a record changed in the other window must be reloaded before it can be edited here. Open it here too?</source>
            <translation>This database is already open in another Neiqin window (process {pid} on {host}).

You can work in both: no save is lost, and a record changed in the other window must be reloaded before it can be edited here. Open it here too?</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <source>No products yet: enter products first, then import the opening stock.</source>
            <translation>No products yet: enter products first, then import the opening stock.</translation>
        </message>
        <message>
            <source>Counts…</source>
            <translation>Counts…</translation>
        </message>
        <message>
            <source>Receipt…</source>
            <translation>Receipt…</translation>
        </message>
        <message>
            <source>Scrap…</source>
            <translation>Scrap…</translation>
        </message>
        <message>
            <source>Customer return…</source>
            <translation>Customer return…</translation>
        </message>
        <message>
            <source>Analysis…</source>
            <translation>Analysis…</translation>
        </message>
        <message>
            <source>Import opening stock…</source>
            <translation>Import opening stock…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>Import template…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>Movements</translation>
        </message>
        <message>
            <source>Import opening stock</source>
            <translation>Import opening stock</translation>
        </message>
        <message>
            <source>Imported {count} opening balances.</source>
            <translation>Imported {count} opening balances.</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>Nothing was imported. Correct these {count} problem(s) and import again.</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>Import template</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ItemOverview</name>
        <message>
            <source>Archive number</source>
            <translation>Archive number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Class and form</source>
            <translation>Class and form</translation>
        </message>
        <message>
            <source>Customer, order, contract</source>
            <translation>Customer, order, contract</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>Lending</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Electronic copy</source>
            <translation>Electronic copy</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Lendings</source>
            <translation>Lendings</translation>
        </message>
        <message>
            <source>Electronic copies</source>
            <translation>Electronic copies</translation>
        </message>
        <message>
            <source>permanent</source>
            <translation>permanent</translation>
        </message>
    </context>
    <context>
        <name>KpiDialog</name>
        <message>
            <source>Order KPIs</source>
            <translation>Order KPIs</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Orders recorded</source>
            <translation>Orders recorded</translation>
        </message>
        <message>
            <source>Processing timeliness</source>
            <translation>Processing timeliness</translation>
        </message>
        <message>
            <source>On-time delivery</source>
            <translation>On-time delivery</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>Returned for correction</translation>
        </message>
        <message>
            <source>Target from recording to approval</source>
            <translation>Target from recording to approval</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>Leave request of {name}</source>
            <translation>Leave request of {name}</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>LendingOverview</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Mode, copying, photographing</source>
            <translation>Mode, copying, photographing</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>allowed</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>not allowed</translation>
        </message>
        <message>
            <source> (renewed {count}×)</source>
            <translation> (renewed {count}×)</translation>
        </message>
        <message>
            <source>copying</source>
            <translation>copying</translation>
        </message>
        <message>
            <source>photographing</source>
            <translation>photographing</translation>
        </message>
    </context>
    <context>
        <name>LendingRequestDialog</name>
        <message>
            <source>— please answer —</source>
            <translation>— please answer —</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Not allowed</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <source>Lending request: {number}</source>
            <translation>Lending request: {number}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>Copying</translation>
        </message>
        <message>
            <source>Photographing</source>
            <translation>Photographing</translation>
        </message>
    </context>
    <context>
        <name>LendingStepDialog</name>
        <message>
            <source>Lending</source>
            <translation>Lending</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>New due date</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Damage or missing pages</source>
            <translation>Damage or missing pages</translation>
        </message>
        <message>
            <source>Borrower's signature</source>
            <translation>Borrower's signature</translation>
        </message>
        <message>
            <source>Signed on the printed slip</source>
            <translation>Signed on the printed slip</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>LendingsTab</name>
        <message>
            <source>No lendings yet: lend an item from the register.</source>
            <translation>No lendings yet: lend an item from the register.</translation>
        </message>
        <message>
            <source>Record reminder and print notice</source>
            <translation>Record reminder and print notice</translation>
        </message>
        <message>
            <source>Lending slip</source>
            <translation>Lending slip</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>Lending</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Reminder notice {number}</source>
            <translation>Reminder notice {number}</translation>
        </message>
        <message>
            <source>Lending slip {number}</source>
            <translation>Lending slip {number}</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>Product code, name or pinyin</source>
            <translation>Product code, name or pinyin</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>Discount %</translation>
        </message>
        <message>
            <source>Choose a product from the list.</source>
            <translation>Choose a product from the list.</translation>
        </message>
        <message>
            <source>The quantity must be more than 0.</source>
            <translation>The quantity must be more than 0.</translation>
        </message>
        <message>
            <source>Enter the unit price (yuan, at most two decimals).</source>
            <translation>Enter the unit price (yuan, at most two decimals).</translation>
        </message>
        <message>
            <source>The discount is a percentage from 0 to 100.</source>
            <translation>The discount is a percentage from 0 to 100.</translation>
        </message>
        <message>
            <source>{count} lines, total ¥{total}</source>
            <translation>{count} lines, total ¥{total}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Spec.</source>
            <translation>Spec.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Log a conversation</source>
            <translation>Log a conversation</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — Neiqin</source>
            <translation>Sign in — Neiqin</translation>
        </message>
        <message>
            <source>Neiqin</source>
            <translation>Neiqin</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Enter your user name.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This tab could not be opened: {reason}</source>
            <translation>This tab could not be opened: {reason}</translation>
        </message>
        <message>
            <source>You cannot open records of this module.</source>
            <extracomment>File ▸ Settings was saved (the sync controller re-reads the server settings) module id → open(kind, record_id) for records that live outside the module tabs (sync conflicts)</extracomment>
            <translation>You cannot open records of this module.</translation>
        </message>
        <message>
            <source>Neiqin — {company}</source>
            <translation>Neiqin — {company}</translation>
        </message>
        <message>
            <source>Work dashboard</source>
            <translation>Work dashboard</translation>
        </message>
        <message>
            <source>Back up now</source>
            <extracomment>action name → (English text, menu, permission needed or None)</extracomment>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restore a backup…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Print setup…</source>
            <translation>Print setup…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Users…</source>
            <translation>Users…</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work…</source>
            <translation>Hand over a leaving clerk's work…</translation>
        </message>
        <message>
            <source>Audit trail…</source>
            <translation>Audit trail…</translation>
        </message>
        <message>
            <source>About Neiqin</source>
            <translation>About Neiqin</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>&amp;Admin</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>User: {name} ({role})</source>
            <extracomment>"N conflict(s)", shown while there are some; opens the Conflicts view</extracomment>
            <translation>User: {name} ({role})</translation>
        </message>
        <message>
            <source>Branch: {branch}</source>
            <translation>Branch: {branch}</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Database: {name}</translation>
        </message>
        <message>
            <source>Sync: no server</source>
            <extracomment>the last round reached the server (None: no round yet); a refusal (password, version) still counts as reached, with `problem` saying why nothing was synced why the last round failed, in the current language</extracomment>
            <translation>Sync: no server</translation>
        </message>
        <message>
            <source>No sync server is set up: everything is kept in this database only.</source>
            <translation>No sync server is set up: everything is kept in this database only.</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>Sync</source>
            <extracomment>the first round after the window opens or the settings change</extracomment>
            <translation>Sync</translation>
        </message>
        <message>
            <source>syncing…</source>
            <translation>syncing…</translation>
        </message>
        <message>
            <source>not connected yet</source>
            <translation>not connected yet</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>Sync: {state}</translation>
        </message>
        <message>
            <source>{count} change(s) waiting</source>
            <translation>{count} change(s) waiting</translation>
        </message>
        <message>
            <source>last sync {time}</source>
            <translation>last sync {time}</translation>
        </message>
        <message>
            <source>Last whole sync: {time}</source>
            <translation>Last whole sync: {time}</translation>
        </message>
        <message>
            <source>{count} conflict(s)</source>
            <translation>{count} conflict(s)</translation>
        </message>
        <message>
            <source>Two computers changed the same field: open the Conflicts view to keep one value or merge them.</source>
            <translation>Two computers changed the same field: open the Conflicts view to keep one value or merge them.</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <extracomment>renumbered documents listed in the notice after a first sync (the rest are counted)</extracomment>
            <translation>A sync is already running.</translation>
        </message>
        <message>
            <source>No sync server is set up. An administrator enters it in File ▸ Settings ▸ Server.</source>
            <translation>No sync server is set up. An administrator enters it in File ▸ Settings ▸ Server.</translation>
        </message>
        <message>
            <source>Sync: {sent} change(s) sent, {received} received, {conflicts} new conflict(s).</source>
            <translation>Sync: {sent} change(s) sent, {received} received, {conflicts} new conflict(s).</translation>
        </message>
        <message>
            <source>This database was restored from a backup or copied from another computer: it now syncs as a new computer. Nothing was lost; changes the server already had were not sent again.</source>
            <translation>This database was restored from a backup or copied from another computer: it now syncs as a new computer. Nothing was lost; changes the server already had were not sent again.</translation>
        </message>
        <message>
            <source>These documents were made here before this computer had its own number range and got new numbers. Papers printed before still show the old number; print them again or note the new one on them:</source>
            <translation>These documents were made here before this computer had its own number range and got new numbers. Papers printed before still show the old number; print them again or note the new one on them:</translation>
        </message>
        <message>
            <source>…and {count} more (each record's history shows its old number).</source>
            <translation>…and {count} more (each record's history shows its old number).</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Send this office's changes to the server and fetch the other offices' changes</source>
            <translation>Send this office's changes to the server and fetch the other offices' changes</translation>
        </message>
        <message>
            <source>Sync conflicts…</source>
            <translation>Sync conflicts…</translation>
        </message>
        <message>
            <source>Compare with the server…</source>
            <translation>Compare with the server…</translation>
        </message>
        <message>
            <source>Sync, then compare every table here with the server (rows and checksums)</source>
            <translation>Sync, then compare every table here with the server (rows and checksums)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Neiqin backups (*.db *.db.enc);;All files (*)</source>
            <translation>Neiqin backups (*.db *.db.enc);;All files (*)</translation>
        </message>
        <message>
            <source>Encrypted backup</source>
            <translation>Encrypted backup</translation>
        </message>
        <message>
            <source>The backup {name} is encrypted. Its password:</source>
            <translation>The backup {name} is encrypted. Its password:</translation>
        </message>
        <message>
            <source>The backup {name} was restored. Please sign in again.</source>
            <translation>The backup {name} was restored. Please sign in again.</translation>
        </message>
        <message>
            <source>The previous database was kept as {path}.</source>
            <translation>The previous database was kept as {path}.</translation>
        </message>
        <message>
            <source>Replace the current database by the backup {name}?

Everything entered since that backup will be gone. The current file is kept beside it, renamed with today's date.</source>
            <translation>Replace the current database by the backup {name}?

Everything entered since that backup will be gone. The current file is kept beside it, renamed with today's date.</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Edit meeting {number}</source>
            <translation>Edit meeting {number}</translation>
        </message>
        <message>
            <source>Request an ad hoc meeting</source>
            <translation>Request an ad hoc meeting</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Repeats</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>Recorder</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Materials and equipment</source>
            <translation>Materials and equipment</translation>
        </message>
        <message>
            <source>Why it is needed</source>
            <translation>Why it is needed</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>MeetingItemsView</name>
        <message>
            <source>Number</source>
            <extracomment>("new" | "edit" | "progress", item id or "")</extracomment>
            <translation>Number</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>Action item</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Latest progress</source>
            <translation>Latest progress</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>New action item…</source>
            <translation>New action item…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Progress…</source>
            <translation>Progress…</translation>
        </message>
        <message>
            <source> (carried over)</source>
            <translation> (carried over)</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · overdue</translation>
        </message>
        <message>
            <source>{count} action items: {done} done, {late} overdue</source>
            <translation>{count} action items: {done} done, {late} overdue</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge the two values</source>
            <translation>Merge the two values</translation>
        </message>
        <message>
            <source>My value</source>
            <translation>My value</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>Their value</translation>
        </message>
        <message>
            <source>Keep this text</source>
            <translation>Keep this text</translation>
        </message>
    </context>
    <context>
        <name>MinutesEditor</name>
        <message>
            <source>Minutes of {number} {title}</source>
            <translation>Minutes of {number} {title}</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Everyone else present</source>
            <translation>Everyone else present</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>Other matters</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>No meetings yet.</source>
            <translation>No meetings yet.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Request ad hoc meeting</source>
            <translation>Request ad hoc meeting</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Chair review…</source>
            <translation>Chair review…</translation>
        </message>
        <message>
            <source>Write minutes…</source>
            <translation>Write minutes…</translation>
        </message>
        <message>
            <source>New action item…</source>
            <translation>New action item…</translation>
        </message>
        <message>
            <source>Plan next meeting</source>
            <translation>Plan next meeting</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Copy notice text</source>
            <translation>Copy notice text</translation>
        </message>
        <message>
            <source>Save calendar file (.ics)…</source>
            <translation>Save calendar file (.ics)…</translation>
        </message>
        <message>
            <source>Notice (PDF)</source>
            <translation>Notice (PDF)</translation>
        </message>
        <message>
            <source>Print minutes</source>
            <translation>Print minutes</translation>
        </message>
        <message>
            <source>Minutes (PDF)</source>
            <translation>Minutes (PDF)</translation>
        </message>
        <message>
            <source>Action item report to the chair</source>
            <translation>Action item report to the chair</translation>
        </message>
        <message>
            <source>All action items…</source>
            <translation>All action items…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Action items</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>You do not have the right to do this.</translation>
        </message>
        <message>
            <source>The meeting does not repeat.</source>
            <translation>The meeting does not repeat.</translation>
        </message>
        <message>
            <source>Planned {number} on {day}.</source>
            <translation>Planned {number} on {day}.</translation>
        </message>
        <message>
            <source>Meeting notice</source>
            <translation>Meeting notice</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>Meeting minutes</translation>
        </message>
        <message>
            <source>Action item report</source>
            <translation>Action item report</translation>
        </message>
        <message>
            <source>The notice is on the clipboard: paste it into an e-mail or a chat.</source>
            <translation>The notice is on the clipboard: paste it into an e-mail or a chat.</translation>
        </message>
        <message>
            <source>Save calendar file</source>
            <translation>Save calendar file</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>NewBatchDialog</name>
        <message>
            <source>Items past retention</source>
            <translation>Items past retention</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>OrderEditor</name>
        <message>
            <source>Order {number}</source>
            <translation>Order {number}</translation>
        </message>
        <message>
            <source>New inquiry</source>
            <translation>New inquiry</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>New order</translation>
        </message>
        <message>
            <source>Customer name, short name or pinyin initials</source>
            <translation>Customer name, short name or pinyin initials</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Delivery date</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>Delivery place</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Payment terms</translation>
        </message>
        <message>
            <source>Prepayment</source>
            <translation>Prepayment</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>OrderOverview</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Payment terms</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Spec.</source>
            <translation>Spec.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>Discount %</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source> (revision {revision})</source>
            <translation> (revision {revision})</translation>
        </message>
        <message>
            <source> — major order</source>
            <translation> — major order</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <source>No orders yet.</source>
            <extracomment>the state actions on the toolbar, in the order of the life of an order</extracomment>
            <translation>No orders yet.</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>New order</translation>
        </message>
        <message>
            <source>New inquiry</source>
            <translation>New inquiry</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Review…</translation>
        </message>
        <message>
            <source>Change request</source>
            <translation>Change request</translation>
        </message>
        <message>
            <source>Check change</source>
            <translation>Check change</translation>
        </message>
        <message>
            <source>Impact note</source>
            <translation>Impact note</translation>
        </message>
        <message>
            <source>Decide change</source>
            <translation>Decide change</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>Exception</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>Order confirmation</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Order and lines</source>
            <translation>Order and lines</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Changes and revisions</source>
            <translation>Changes and revisions</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>All customers</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Only inquiries, recorded and returned orders can be edited.</source>
            <translation>Only inquiries, recorded and returned orders can be edited.</translation>
        </message>
        <message>
            <source>There is no open change request.</source>
            <translation>There is no open change request.</translation>
        </message>
        <message>
            <source>The change request is checked already.</source>
            <translation>The change request is checked already.</translation>
        </message>
        <message>
            <source>The clerk checks the change request first.</source>
            <translation>The clerk checks the change request first.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Order confirmation {number}</source>
            <translation>Order confirmation {number}</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Chair / recorder</source>
            <translation>Chair / recorder</translation>
        </message>
        <message>
            <source>Awareness rate</source>
            <translation>Awareness rate</translation>
        </message>
        <message>
            <source>Why it is needed</source>
            <translation>Why it is needed</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Materials and equipment</source>
            <translation>Materials and equipment</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{rate} ({acknowledged} of {notified} notified acknowledged, {leave} on leave)</source>
            <translation>{rate} ({acknowledged} of {notified} notified acknowledged, {leave} on leave)</translation>
        </message>
        <message>
            <source>No notice sent yet</source>
            <translation>No notice sent yet</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>Tax id</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>New payment record</source>
            <translation>New payment record</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Amount due</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
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
            <translation>Guest</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Phone or e-mail</source>
            <translation>Phone or e-mail</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>Add guest</translation>
        </message>
    </context>
    <context>
        <name>ProductDetail</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>Lead time (days)</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>Edit product</source>
            <translation>Edit product</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Product name</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>Lead time (days)</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ProductsTab</name>
        <message>
            <source>No products yet.</source>
            <translation>No products yet.</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Activate / deactivate</source>
            <translation>Activate / deactivate</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>Import template…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Import products</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {count} products.</source>
            <translation>Imported {count} products.</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these {count} problem(s) and import again.</source>
            <translation>Nothing was imported. Correct these {count} problem(s) and import again.</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>Import template</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Progress of {code}</source>
            <translation>Progress of {code}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
    </context>
    <context>
        <name>ProposeBudgetDialog</name>
        <message>
            <source>Propose budget</source>
            <translation>Propose budget</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Budget for {year}</source>
            <translation>Budget for {year}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <source>Change credit rating</source>
            <translation>Change credit rating</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>Credit rating</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Credit limit</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>ReadersDialog</name>
        <message>
            <source>Circulation of {number}</source>
            <translation>Circulation of {number}</translation>
        </message>
        <message>
            <source>One reader a line: the name, a space, the department</source>
            <translation>One reader a line: the name, a space, the department</translation>
        </message>
        <message>
            <source>Readers in order (name and department, one a line)</source>
            <translation>Readers in order (name and department, one a line)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsView</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size (KB)</source>
            <translation>Size (KB)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>RecordHistory</name>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>No changes recorded for this record.</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>The register is empty.</source>
            <translation>The register is empty.</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>New item</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Attach electronic copy…</source>
            <translation>Attach electronic copy…</translation>
        </message>
        <message>
            <source>Lending request…</source>
            <translation>Lending request…</translation>
        </message>
        <message>
            <source>Import register…</source>
            <translation>Import register…</translation>
        </message>
        <message>
            <source>Import template…</source>
            <translation>Import template…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Past retention</source>
            <translation>Past retention</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>The item was destroyed.</source>
            <translation>The item was destroyed.</translation>
        </message>
        <message>
            <source>Only items in store can be lent.</source>
            <translation>Only items in store can be lent.</translation>
        </message>
        <message>
            <source>Attach electronic copy</source>
            <translation>Attach electronic copy</translation>
        </message>
        <message>
            <source>Imported {count} archive items.</source>
            <translation>Imported {count} archive items.</translation>
        </message>
        <message>
            <source>Import the archive register</source>
            <translation>Import the archive register</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>Import template</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ReimbursementsTab</name>
        <message>
            <source>No expense claims yet.</source>
            <extracomment>the steps on the toolbar, in the order of a claim's life</extracomment>
            <translation>No expense claims yet.</translation>
        </message>
        <message>
            <source>New claim</source>
            <translation>New claim</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>Attach receipt…</translation>
        </message>
        <message>
            <source>Claim form</source>
            <translation>Claim form</translation>
        </message>
        <message>
            <source>Budgets…</source>
            <translation>Budgets…</translation>
        </message>
        <message>
            <source>Standards…</source>
            <translation>Standards…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Claim and lines</source>
            <translation>Claim and lines</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>All claims</source>
            <translation>All claims</translation>
        </message>
        <message>
            <source>My claims</source>
            <translation>My claims</translation>
        </message>
        <message>
            <source>Waiting for me</source>
            <translation>Waiting for me</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>Claim date</translation>
        </message>
        <message>
            <source>Only draft and returned claims can be edited.</source>
            <translation>Only draft and returned claims can be edited.</translation>
        </message>
        <message>
            <source>Receipts cannot be added to a paid or withdrawn claim.</source>
            <translation>Receipts cannot be added to a paid or withdrawn claim.</translation>
        </message>
        <message>
            <source>Attach receipt</source>
            <translation>Attach receipt</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Receipt scan or photo</source>
            <translation>Receipt scan or photo</translation>
        </message>
        <message>
            <source>Receipts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>Receipts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Expense claim {number}</source>
            <translation>Expense claim {number}</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source> days</source>
            <extracomment>the words of the tables, marked for extraction (shown through _tr)</extracomment>
            <translation> days</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>All clerks</source>
            <translation>All clerks</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>Gross profit</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>not met</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>vs last year</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>vs previous</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Preview and print…</source>
            <translation>Preview and print…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Targets…</source>
            <translation>Targets…</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>Report:</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>This period</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>Same period last year</source>
            <translation>Same period last year</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Building the report…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>The report could not be built.</source>
            <translation>The report could not be built.</translation>
        </message>
        <message>
            <source>{title} {period}: {amount} from {orders} orders.</source>
            <translation>{title} {period}: {amount} from {orders} orders.</translation>
        </message>
        <message>
            <source>No sales in {period}. Choose another period above.</source>
            <translation>No sales in {period}. Choose another period above.</translation>
        </message>
        <message>
            <source>Sales by month</source>
            <translation>Sales by month</translation>
        </message>
        <message>
            <source>Sales by day</source>
            <translation>Sales by day</translation>
        </message>
        <message>
            <source>No changes against the previous period or last year.</source>
            <translation>No changes against the previous period or last year.</translation>
        </message>
        <message>
            <source>Top {count} by amount</source>
            <translation>Top {count} by amount</translation>
        </message>
        <message>
            <source>KPIs of {period} against their targets.</source>
            <translation>KPIs of {period} against their targets.</translation>
        </message>
        <message>
            <source>Indicators against target (percent)</source>
            <translation>Indicators against target (percent)</translation>
        </message>
        <message>
            <source>Show a report first.</source>
            <translation>Show a report first.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Written: {files}</source>
            <translation>Written: {files}</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Writing the report</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Report preview</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>KPI targets</translation>
        </message>
        <message>
            <source>Daily sales report</source>
            <translation>Daily sales report</translation>
        </message>
        <message>
            <source>Weekly sales report</source>
            <translation>Weekly sales report</translation>
        </message>
        <message>
            <source>Monthly sales report</source>
            <translation>Monthly sales report</translation>
        </message>
        <message>
            <source>Sales of a custom period</source>
            <translation>Sales of a custom period</translation>
        </message>
        <message>
            <source>KPI report</source>
            <translation>KPI report</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>Sales amount</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>Gross margin</translation>
        </message>
        <message>
            <source>By customer</source>
            <translation>By customer</translation>
        </message>
        <message>
            <source>By region</source>
            <translation>By region</translation>
        </message>
        <message>
            <source>By product</source>
            <translation>By product</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>By salesperson</source>
            <translation>By salesperson</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Salespeople</source>
            <translation>Salespeople</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>(unknown customer)</source>
            <translation>(unknown customer)</translation>
        </message>
        <message>
            <source>(no region)</source>
            <translation>(no region)</translation>
        </message>
        <message>
            <source>(unknown product)</source>
            <translation>(unknown product)</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(no category)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} points</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>up most: {names}</source>
            <translation>up most: {names}</translation>
        </message>
        <message>
            <source>down most: {names}</source>
            <translation>down most: {names}</translation>
        </message>
        <message>
            <source>{what} vs previous period</source>
            <translation>{what} vs previous period</translation>
        </message>
        <message>
            <source>{what} vs same period last year</source>
            <translation>{what} vs same period last year</translation>
        </message>
    </context>
    <context>
        <name>ResolveCaseDialog</name>
        <message>
            <source>Resolve the case</source>
            <translation>Resolve the case</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Satisfaction (1–5)</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resolved on</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Resolve {number}</source>
            <translation>Resolve {number}</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review {number}</source>
            <translation>Review {number}</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>Approved on paper by</source>
            <translation>Approved on paper by</translation>
        </message>
        <message>
            <source>Paper approval date</source>
            <translation>Paper approval date</translation>
        </message>
        <message>
            <source>Scan…</source>
            <translation>Scan…</translation>
        </message>
        <message>
            <source>Scan of the paper</source>
            <translation>Scan of the paper</translation>
        </message>
        <message>
            <source>Notes / reason</source>
            <translation>Notes / reason</translation>
        </message>
        <message>
            <source>Scan of the paper approval</source>
            <translation>Scan of the paper approval</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>ScanPicker</name>
        <message>
            <source>Scan…</source>
            <translation>Scan…</translation>
        </message>
        <message>
            <source>Scan of the signed paper</source>
            <translation>Scan of the signed paper</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>Search (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Off (only inside a trusted network)</source>
            <translation>Off (only inside a trusted network)</translation>
        </message>
        <message>
            <source>When the server offers it</source>
            <translation>When the server offers it</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Required, certificate and host name checked</source>
            <translation>Required, certificate and host name checked</translation>
        </message>
        <message>
            <source>Connecting to {host}…</source>
            <translation>Connecting to {host}…</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>Connected. The server is ready for sync (sync version {protocol}).
{version}</source>
            <translation>Connected. The server is ready for sync (sync version {protocol}).
{version}</translation>
        </message>
        <message>
            <source>Offices share their work through one PostgreSQL or MariaDB server. Without a server everything stays in this database. Leave the host empty to turn sync off.</source>
            <translation>Offices share their work through one PostgreSQL or MariaDB server. Without a server everything stays in this database. Leave the host empty to turn sync off.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Encryption (TLS)</translation>
        </message>
        <message>
            <source>Sync every</source>
            <translation>Sync every</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain; leave empty to keep the saved one.</source>
            <translation>Kept in this computer's keychain; leave empty to keep the saved one.</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain, never in a file.</source>
            <translation>Kept in this computer's keychain, never in a file.</translation>
        </message>
        <message>
            <source>for example hq.example.com</source>
            <translation>for example hq.example.com</translation>
        </message>
        <message>
            <source>Only an administrator can change the server settings.</source>
            <translation>Only an administrator can change the server settings.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Company (printed on every form)</source>
            <translation>Company (printed on every form)</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Daily backups to keep</source>
            <translation>Daily backups to keep</translation>
        </message>
        <message>
            <source>Font size (points)</source>
            <translation>Font size (points)</translation>
        </message>
        <message>
            <source>Encrypt the backups made on this computer with a password</source>
            <translation>Encrypt the backups made on this computer with a password</translation>
        </message>
        <message>
            <source>Backup password</source>
            <translation>Backup password</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>Repeat the password</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain; leave empty to keep the current one. Without it an encrypted backup cannot be restored: write it down somewhere safe.</source>
            <translation>Kept in this computer's keychain; leave empty to keep the current one. Without it an encrypted backup cannot be restored: write it down somewhere safe.</translation>
        </message>
        <message>
            <source>Only an administrator can change the company settings.</source>
            <translation>Only an administrator can change the company settings.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up Neiqin</source>
            <extracomment>field of a ValidationError from setup_company → our field</extracomment>
            <translation>Set up Neiqin</translation>
        </message>
        <message>
            <source>Welcome. Enter your company's letterhead and the first administrator. Fields marked * are required; everything else can be changed later in Settings.</source>
            <translation>Welcome. Enter your company's letterhead and the first administrator. Fields marked * are required; everything else can be changed later in Settings.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>Branch code</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>Branch name</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>e.g. BJ01 — part of every document number</source>
            <translation>e.g. BJ01 — part of every document number</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <translation>Enter the company name.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off: {name}</source>
            <translation>Sign-off: {name}</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Reader</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad: sign here</source>
            <translation>Signature pad: sign here</translation>
        </message>
        <message>
            <source>Sign here with the mouse, a pen or a finger</source>
            <translation>Sign here with the mouse, a pen or a finger</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>Sign here</translation>
        </message>
    </context>
    <context>
        <name>StandardsDialog</name>
        <message>
            <source>Reimbursement standards</source>
            <translation>Reimbursement standards</translation>
        </message>
        <message>
            <source>Empty means no limit. First review refuses lines over these amounts.</source>
            <translation>Empty means no limit. First review refuses lines over these amounts.</translation>
        </message>
        <message>
            <source>{category}: per day</source>
            <translation>{category}: per day</translation>
        </message>
        <message>
            <source>{category}: per receipt</source>
            <translation>{category}: per receipt</translation>
        </message>
    </context>
    <context>
        <name>StartCheckDialog</name>
        <message>
            <source>New check session</source>
            <translation>New check session</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Check of the register</source>
            <translation>Check of the register</translation>
        </message>
        <message>
            <source>Every room</source>
            <translation>Every room</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>The chair signed the minutes on paper</source>
            <translation>The chair signed the minutes on paper</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Also to (comma separated)</source>
            <translation>Also to (comma separated)</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Sent by</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>{claimant} ({department}), {count} lines, total {total}</source>
            <translation>{claimant} ({department}), {count} lines, total {total}</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Approved on paper by</source>
            <translation>Approved on paper by</translation>
        </message>
        <message>
            <source>Paper approval date</source>
            <translation>Paper approval date</translation>
        </message>
        <message>
            <source>Scan of the signed paper</source>
            <translation>Scan of the signed paper</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Reason for this line</source>
            <translation>Reason for this line</translation>
        </message>
    </context>
    <context>
        <name>SuppliesTab</name>
        <message>
            <source>No office supplies in the catalogue yet.</source>
            <translation>No office supplies in the catalogue yet.</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>New item</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>Edit item</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>Issue…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Return…</translation>
        </message>
        <message>
            <source>Issue slips</source>
            <translation>Issue slips</translation>
        </message>
        <message>
            <source>Purchase plans</source>
            <translation>Purchase plans</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Report loss or damage…</source>
            <translation>Report loss or damage…</translation>
        </message>
        <message>
            <source>Loss reports</source>
            <translation>Loss reports</translation>
        </message>
        <message>
            <source>Usage ledger</source>
            <translation>Usage ledger</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Import catalogue…</source>
            <translation>Import catalogue…</translation>
        </message>
        <message>
            <source>Below minimum only</source>
            <translation>Below minimum only</translation>
        </message>
        <message>
            <source>Item and movements</source>
            <translation>Item and movements</translation>
        </message>
        <message>
            <source>Issue slip</source>
            <translation>Issue slip</translation>
        </message>
        <message>
            <source>Imported {count} items.</source>
            <translation>Imported {count} items.</translation>
        </message>
        <message>
            <source>Import catalogue</source>
            <translation>Import catalogue</translation>
        </message>
    </context>
    <context>
        <name>SyncCheckDialog</name>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Rows here</source>
            <translation>Rows here</translation>
        </message>
        <message>
            <source>Rows on the server</source>
            <translation>Rows on the server</translation>
        </message>
        <message>
            <source>Checksum here</source>
            <translation>Checksum here</translation>
        </message>
        <message>
            <source>Checksum on the server</source>
            <translation>Checksum on the server</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Same</source>
            <extracomment>hexadecimal digits of a checksum shown (enough to compare by eye or over the phone)</extracomment>
            <translation>Same</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Different</translation>
        </message>
        <message>
            <source>Syncing, then comparing every table with the server…</source>
            <translation>Syncing, then comparing every table with the server…</translation>
        </message>
        <message>
            <source>The comparison could not be made: {reason}</source>
            <translation>The comparison could not be made: {reason}</translation>
        </message>
        <message>
            <source>All {count} tables are the same here and on the server ({rows} rows).</source>
            <translation>All {count} tables are the same here and on the server ({rows} rows).</translation>
        </message>
        <message>
            <source>{count} table(s) differ from the server. Compare again when no one is working in any office; if a table still differs, tell your administrator (the figures below help them).</source>
            <translation>{count} table(s) differ from the server. Compare again when no one is working in any office; if a table still differs, tell your administrator (the figures below help them).</translation>
        </message>
        <message>
            <source>{count} change(s) were made here while comparing.</source>
            <translation>{count} change(s) were made here while comparing.</translation>
        </message>
        <message>
            <source>Compare with the server</source>
            <translation>Compare with the server</translation>
        </message>
        <message>
            <source>Compare again</source>
            <translation>Compare again</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>KPI targets</source>
            <translation>KPI targets</translation>
        </message>
        <message>
            <source>Targets apply to every clerk; a result is met when it reaches the target.</source>
            <translation>Targets apply to every clerk; a result is met when it reaches the target.</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>approved on paper by {by} on {on}</source>
            <translation>approved on paper by {by} on {on}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Comment and details</source>
            <translation>Comment and details</translation>
        </message>
        <message>
            <source>signed on paper by {by} on {on}</source>
            <translation>signed on paper by {by} on {on}</translation>
        </message>
        <message>
            <source>{count} recipients by {channel}</source>
            <translation>{count} recipients by {channel}</translation>
        </message>
        <message>
            <source>checklist complete</source>
            <translation>checklist complete</translation>
        </message>
        <message>
            <source>over budget: {what}</source>
            <translation>over budget: {what}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>line {line}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>TrackingView</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Solution</source>
            <translation>Solution</translation>
        </message>
        <message>
            <source>Exception: {category}</source>
            <translation>Exception: {category}</translation>
        </message>
        <message>
            <source> (resolved)</source>
            <translation> (resolved)</translation>
        </message>
    </context>
    <context>
        <name>TransactionsView</name>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>{count} orders, total {total}, last order {last}</source>
            <translation>{count} orders, total {total}, last order {last}</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>New user…</source>
            <translation>New user…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>New password for {name}:</source>
            <translation>New password for {name}:</translation>
        </message>
    </context>
    <context>
        <name>archive</name>
        <message>
            <source>Lending slip</source>
            <translation>Lending slip</translation>
        </message>
        <message>
            <source>Overdue reminder notice</source>
            <translation>Overdue reminder notice</translation>
        </message>
        <message>
            <source>Circulation slip</source>
            <translation>Circulation slip</translation>
        </message>
        <message>
            <source>Destruction record</source>
            <translation>Destruction record</translation>
        </message>
        <message>
            <source>Archive register</source>
            <translation>Archive register</translation>
        </message>
        <message>
            <source>Contracts ledger</source>
            <translation>Contracts ledger</translation>
        </message>
        <message>
            <source>Document register</source>
            <translation>Document register</translation>
        </message>
        <message>
            <source>Lendings</source>
            <translation>Lendings</translation>
        </message>
        <message>
            <source>Reminder sent</source>
            <translation>Reminder sent</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Renew</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Not possible while the lending is {state}.</source>
            <translation>Not possible while the lending is {state}.</translation>
        </message>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>You do not have the right to do this.</translation>
        </message>
        <message>
            <source>This item's confidentiality level needs a higher role to approve.</source>
            <translation>This item's confidentiality level needs a higher role to approve.</translation>
        </message>
        <message>
            <source>The lending is not overdue.</source>
            <translation>The lending is not overdue.</translation>
        </message>
        <message>
            <source>The reminder due now was sent already.</source>
            <translation>The reminder due now was sent already.</translation>
        </message>
        <message>
            <source>Renewed as often as allowed.</source>
            <translation>Renewed as often as allowed.</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>Archive number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>Cabinet</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>Shelf</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Box</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Kept until</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Contract number</source>
            <translation>Contract number</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Term from</source>
            <translation>Term from</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Received / sent</source>
            <translation>Received / sent</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>Receiver</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Lending number</source>
            <translation>Lending number</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Requested on</source>
            <translation>Requested on</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Check number</source>
            <translation>Check number</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Started on</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Batch number</source>
            <translation>Batch number</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Created on</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>Destroyed on</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Electronic</source>
            <translation>Electronic</translation>
        </message>
        <message>
            <source>Paper and electronic</source>
            <translation>Paper and electronic</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>a department head</source>
            <extracomment>how high a role ranks when approving (lending, destruction) the least role that may approve lending or destroying an item of each confidentiality level</extracomment>
            <translation>a department head</translation>
        </message>
        <message>
            <source>an administrator</source>
            <translation>an administrator</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>In store</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>On loan</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>Destroyed</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Incoming</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Outgoing</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Very urgent</source>
            <translation>Very urgent</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Circulating</source>
            <translation>Circulating</translation>
        </message>
        <message>
            <source>Circulated</source>
            <translation>Circulated</translation>
        </message>
        <message>
            <source>Read in the archive room</source>
            <translation>Read in the archive room</translation>
        </message>
        <message>
            <source>Take out</source>
            <translation>Take out</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>Pages missing</source>
            <translation>Pages missing</translation>
        </message>
        <message>
            <source>First reminder</source>
            <extracomment>escalating reminders of an overdue lending: (level, days after the due date, to whom)</extracomment>
            <translation>First reminder</translation>
        </message>
        <message>
            <source>Second reminder</source>
            <translation>Second reminder</translation>
        </message>
        <message>
            <source>Escalated to the department head</source>
            <translation>Escalated to the department head</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>Misplaced</translation>
        </message>
        <message>
            <source>Put back in its place</source>
            <extracomment>how a discrepancy is resolved, for which result</extracomment>
            <translation>Put back in its place</translation>
        </message>
        <message>
            <source>Register the place where it was found</source>
            <translation>Register the place where it was found</translation>
        </message>
        <message>
            <source>Found after all</source>
            <translation>Found after all</translation>
        </message>
        <message>
            <source>Record as missing</source>
            <translation>Record as missing</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Appraisal</source>
            <translation>Appraisal</translation>
        </message>
        <message>
            <source>Shredding</source>
            <translation>Shredding</translation>
        </message>
        <message>
            <source>Incineration</source>
            <translation>Incineration</translation>
        </message>
        <message>
            <source>Pulping</source>
            <translation>Pulping</translation>
        </message>
        <message>
            <source>Secure deletion of electronic copies</source>
            <translation>Secure deletion of electronic copies</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>Viewed</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Old value</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
    </context>
    <context>
        <name>counts</name>
        <message>
            <source>Counting</source>
            <translation>Counting</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Miscount</source>
            <extracomment>why counted and book differ (差异原因)</extracomment>
            <translation>Miscount</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Damage</translation>
        </message>
        <message>
            <source>Theft or loss</source>
            <translation>Theft or loss</translation>
        </message>
        <message>
            <source>Unrecorded receipt</source>
            <translation>Unrecorded receipt</translation>
        </message>
        <message>
            <source>Unrecorded shipment or issue</source>
            <translation>Unrecorded shipment or issue</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>customers</name>
        <message>
            <source>Enterprise</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Public institution</source>
            <translation>Public institution</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distributor</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Communication log</source>
            <translation>Communication log</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>Follow-up visit</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Inquiry</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Handed to department</source>
            <translation>Handed to department</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <source>Follow-ups due</source>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <source>Service cases overdue</source>
            <translation>Service cases overdue</translation>
        </message>
        <message>
            <source>Orders awaiting review</source>
            <extracomment>a progress event this recent counts as "expected progress"</extracomment>
            <translation>Orders awaiting review</translation>
        </message>
        <message>
            <source>Orders returned for correction</source>
            <translation>Orders returned for correction</translation>
        </message>
        <message>
            <source>Delivery risk</source>
            <translation>Delivery risk</translation>
        </message>
        <message>
            <source>Open change requests</source>
            <translation>Open change requests</translation>
        </message>
        <message>
            <source>Office supplies below minimum</source>
            <translation>Office supplies below minimum</translation>
        </message>
        <message>
            <source>Purchase plans awaiting approval</source>
            <translation>Purchase plans awaiting approval</translation>
        </message>
        <message>
            <source>Supplies issues over standard awaiting approval</source>
            <translation>Supplies issues over standard awaiting approval</translation>
        </message>
        <message>
            <source>Loss and damage reports awaiting approval</source>
            <translation>Loss and damage reports awaiting approval</translation>
        </message>
        <message>
            <source>Supplies counts awaiting approval</source>
            <translation>Supplies counts awaiting approval</translation>
        </message>
        <message>
            <source>Counts due</source>
            <translation>Counts due</translation>
        </message>
        <message>
            <source>Counts awaiting approval</source>
            <translation>Counts awaiting approval</translation>
        </message>
        <message>
            <source>Stock below zero: count or record the missing receipt</source>
            <translation>Stock below zero: count or record the missing receipt</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Low stock</translation>
        </message>
        <message>
            <source>Slow-moving stock to handle</source>
            <translation>Slow-moving stock to handle</translation>
        </message>
        <message>
            <source>Overdue action items</source>
            <extracomment>action items due within this many days show up before they are late meetings within this many days should have their notice sent</extracomment>
            <translation>Overdue action items</translation>
        </message>
        <message>
            <source>Action items due soon</source>
            <translation>Action items due soon</translation>
        </message>
        <message>
            <source>Minutes awaiting your review</source>
            <translation>Minutes awaiting your review</translation>
        </message>
        <message>
            <source>Meeting requests to approve</source>
            <translation>Meeting requests to approve</translation>
        </message>
        <message>
            <source>Meetings without a notice</source>
            <translation>Meetings without a notice</translation>
        </message>
        <message>
            <source>Lending requests to approve</source>
            <translation>Lending requests to approve</translation>
        </message>
        <message>
            <source>Overdue lendings</source>
            <translation>Overdue lendings</translation>
        </message>
        <message>
            <source>Contracts expiring soon</source>
            <translation>Contracts expiring soon</translation>
        </message>
        <message>
            <source>Documents still circulating</source>
            <translation>Documents still circulating</translation>
        </message>
        <message>
            <source>Expense claims waiting for you</source>
            <extracomment>how long a change of the user's own claim stays on the dashboard</extracomment>
            <translation>Expense claims waiting for you</translation>
        </message>
        <message>
            <source>Your expense claims that changed</source>
            <translation>Your expense claims that changed</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <extracomment>the permission to resolve conflicts resolutions made here and not yet marked on the server</extracomment>
            <translation>Sync conflicts</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>No such user: {name}. Set the database up first.</source>
            <translation>No such user: {name}. Set the database up first.</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <extracomment>the command line's `--filter key=value` names
----------
None: the permission of the step the claim is waiting for (a return)</extracomment>
            <translation>“{value}” is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>No printed form called {name}. See `neiqin print --list`.</source>
            <translation>No printed form called {name}. See `neiqin print --list`.</translation>
        </message>
        <message>
            <source>Give the record number and --out FILE.pdf.</source>
            <translation>Give the record number and --out FILE.pdf.</translation>
        </message>
        <message>
            <source>No list called {name}.</source>
            <translation>No list called {name}.</translation>
        </message>
        <message>
            <source>Give --out FILE.xlsx.</source>
            <translation>Give --out FILE.xlsx.</translation>
        </message>
        <message>
            <source>No importable list called {name}.</source>
            <translation>No importable list called {name}.</translation>
        </message>
        <message>
            <source>Give the anchor as SEQ:HASH, as printed by an earlier verify.</source>
            <translation>Give the anchor as SEQ:HASH, as printed by an earlier verify.</translation>
        </message>
        <message>
            <source>File problem: {reason}</source>
            <translation>File problem: {reason}</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>The folder {path} does not exist.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translation>{path} cannot be opened: {reason}</translation>
        </message>
        <message>
            <source>{path} exists already: choose a new file for the demo.</source>
            <extracomment>username: (display name, role, department)</extracomment>
            <translation>{path} exists already: choose a new file for the demo.</translation>
        </message>
        <message>
            <source>The number of orders cannot be negative.</source>
            <translation>The number of orders cannot be negative.</translation>
        </message>
        <message>
            <source>Give the file a name.</source>
            <translation>Give the file a name.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <source>The attachment {name} could not be saved: {reason}</source>
            <translation>The attachment {name} could not be saved: {reason}</translation>
        </message>
        <message>
            <source>The attached file {sha256} is missing from {folder}.</source>
            <translation>The attached file {sha256} is missing from {folder}.</translation>
        </message>
        <message>
            <source>Choose the record to attach the file to.</source>
            <translation>Choose the record to attach the file to.</translation>
        </message>
        <message>
            <source>No such attachment.</source>
            <translation>No such attachment.</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB; attach a smaller file.</source>
            <translation>{name} is larger than {limit} MB; attach a smaller file.</translation>
        </message>
        <message>
            <source>“{value}” is not a file hash.</source>
            <translation>“{value}” is not a file hash.</translation>
        </message>
        <message>
            <source>A password has at least {n} characters.</source>
            <translation>A password has at least {n} characters.</translation>
        </message>
        <message>
            <source>A user name is 1–64 characters without spaces.</source>
            <translation>A user name is 1–64 characters without spaces.</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <extracomment>daily backups kept, at least and at most</extracomment>
            <translation>Enter the company name.</translation>
        </message>
        <message>
            <source>This database is already set up.</source>
            <translation>This database is already set up.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>This account is disabled.</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked for {minutes} more minute(s).</source>
            <translation>Too many wrong passwords: the account is locked for {minutes} more minute(s).</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Unknown role {role}.</translation>
        </message>
        <message>
            <source>The user name {name} is taken.</source>
            <translation>The user name {name} is taken.</translation>
        </message>
        <message>
            <source>No such user.</source>
            <extracomment>the permission to hand a clerk's work to another</extracomment>
            <translation>No such user.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <source>The backup copy failed its integrity check ({reason}); it was not kept.</source>
            <translation>The backup copy failed its integrity check ({reason}); it was not kept.</translation>
        </message>
        <message>
            <source>Not enough disk space in {folder} for the backup ({size} MB needed). Nothing was written.</source>
            <translation>Not enough disk space in {folder} for the backup ({size} MB needed). Nothing was written.</translation>
        </message>
        <message>
            <source>Cannot write the backup to {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
            <translation>Cannot write the backup to {folder}: the folder is read-only or you may not write there. Nothing was written.</translation>
        </message>
        <message>
            <source>Writing the backup to {folder} failed: the disk is full or a file size limit was reached. Nothing was written.</source>
            <translation>Writing the backup to {folder} failed: the disk is full or a file size limit was reached. Nothing was written.</translation>
        </message>
        <message>
            <source>The backup to {folder} failed: {reason}. Nothing was written.</source>
            <translation>The backup to {folder} failed: {reason}. Nothing was written.</translation>
        </message>
        <message>
            <source>Keep at least one backup.</source>
            <translation>Keep at least one backup.</translation>
        </message>
        <message>
            <source>The keychain that holds the backup password cannot be used: {reason}</source>
            <extracomment>the password of this computer's backups, kept in the OS keychain; backups are encrypted when set</extracomment>
            <translation>The keychain that holds the backup password cannot be used: {reason}</translation>
        </message>
        <message>
            <source>The backup file {path} does not exist.</source>
            <translation>The backup file {path} does not exist.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{path} is not a Neiqin backup (not a SQLite file).</source>
            <translation>{path} is not a Neiqin backup (not a SQLite file).</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Neiqin (schema {revision}). Install that version to restore it; nothing was changed.</source>
            <translation>{path} was made by a newer version of Neiqin (schema {revision}). Install that version to restore it; nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is damaged: {reason}</source>
            <translation>{path} is damaged: {reason}</translation>
        </message>
        <message>
            <source>{path} is a SQLite file but not a Neiqin database.</source>
            <translation>{path} is a SQLite file but not a Neiqin database.</translation>
        </message>
        <message>
            <source>The backup and the database are the same file: {path}.</source>
            <translation>The backup and the database are the same file: {path}.</translation>
        </message>
        <message>
            <source>Restoring failed: {reason}. The database was not changed.</source>
            <translation>Restoring failed: {reason}. The database was not changed.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Cannot read {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} is not a Neiqin database (not a SQLite file).</source>
            <translation>{path} is not a Neiqin database (not a SQLite file).</translation>
        </message>
        <message>
            <source>{path} cannot be opened as a database: {reason}</source>
            <translation>{path} cannot be opened as a database: {reason}</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Neiqin (schema {revision}). Install the newer version to open it; nothing was changed.</source>
            <translation>{path} was made by a newer version of Neiqin (schema {revision}). Install the newer version to open it; nothing was changed.</translation>
        </message>
        <message>
            <source>{count} problem(s) found: {first}</source>
            <translation>{count} problem(s) found: {first}</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>You do not have the right to do this ({permission}).</translation>
        </message>
        <message>
            <source>Cannot write to {where}: it is read-only or you may not write there. Nothing was saved.</source>
            <translation>Cannot write to {where}: it is read-only or you may not write there. Nothing was saved.</translation>
        </message>
        <message>
            <source>Writing to {where} failed: the disk is full or a size limit was reached. Nothing was saved; free some space and try again.</source>
            <translation>Writing to {where} failed: the disk is full or a size limit was reached. Nothing was saved; free some space and try again.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: a value is required.</source>
            <extracomment>for kind "choice": value → text written on export (accepted on import, like the value)</extracomment>
            <translation>Row {row}, {column}: a value is required.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the text is too long ({length} characters, at most {limit}).</source>
            <translation>Row {row}, {column}: the text is too long ({length} characters, at most {limit}).</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a whole number.</source>
            <translation>Row {row}, {column}: “{value}” is not a whole number.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a number.</source>
            <translation>Row {row}, {column}: “{value}” is not a number.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {reason}</source>
            <translation>Row {row}, {column}: {reason}</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not a date (YYYY-MM-DD).</source>
            <translation>Row {row}, {column}: “{value}” is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not yes or no (是/否).</source>
            <translation>Row {row}, {column}: “{value}” is not yes or no (是/否).</translation>
        </message>
        <message>
            <source>Row {row}, {column}: “{value}” is not one of {choices}.</source>
            <translation>Row {row}, {column}: “{value}” is not one of {choices}.</translation>
        </message>
        <message>
            <source>The file is too large ({size} MB; at most {limit} MB).</source>
            <translation>The file is too large ({size} MB; at most {limit} MB).</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx). Save it as .xlsx and try again.</source>
            <translation>{name} is not an Excel workbook (.xlsx). Save it as .xlsx and try again.</translation>
        </message>
        <message>
            <source>The file is too large when unpacked.</source>
            <translation>The file is too large when unpacked.</translation>
        </message>
        <message>
            <source>{name} cannot be read as an Excel workbook: {reason}</source>
            <translation>{name} cannot be read as an Excel workbook: {reason}</translation>
        </message>
        <message>
            <source>The column {column} appears twice (“{first}” and “{second}”).</source>
            <translation>The column {column} appears twice (“{first}” and “{second}”).</translation>
        </message>
        <message>
            <source>Required columns are missing: {columns}. Use the template.</source>
            <translation>Required columns are missing: {columns}. Use the template.</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>The workbook has no sheet.</translation>
        </message>
        <message>
            <source>The sheet is empty: the first row must hold the column names.</source>
            <translation>The sheet is empty: the first row must hold the column names.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: formulas are not accepted; enter the value itself.</source>
            <translation>Row {row}, {column}: formulas are not accepted; enter the value itself.</translation>
        </message>
        <message>
            <source>The sheet has more than {limit} rows; split the file.</source>
            <translation>The sheet has more than {limit} rows; split the file.</translation>
        </message>
        <message>
            <source>The sheet has column names but no rows.</source>
            <translation>The sheet has column names but no rows.</translation>
        </message>
        <message>
            <source>“{value}” is not an amount of money.</source>
            <translation>“{value}” is not an amount of money.</translation>
        </message>
        <message>
            <source>An amount has at most two decimals (fen): {value}.</source>
            <translation>An amount has at most two decimals (fen): {value}.</translation>
        </message>
        <message>
            <source>The amount {value} is too large.</source>
            <translation>The amount {value} is too large.</translation>
        </message>
        <message>
            <source>A branch code is 2–8 letters or digits starting with a letter, e.g. BJ01.</source>
            <extracomment>the setting holding this computer's desk (absent: desk 0) sequence values per desk, document type and year: desk k draws k·DESK_BLOCK + 1 … k·DESK_BLOCK + 999,999</extracomment>
            <translation>A branch code is 2–8 letters or digits starting with a letter, e.g. BJ01.</translation>
        </message>
        <message>
            <source>This computer has used up its {prefix} numbers for {year} ({first} to {last}); {wanted} more were needed.</source>
            <translation>This computer has used up its {prefix} numbers for {year} ({first} to {last}); {wanted} more were needed.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>A secret needs a name.</source>
            <translation>A secret needs a name.</translation>
        </message>
        <message>
            <source>No password store (keychain) is available on this computer, so the password cannot be kept. Install or unlock one (for example GNOME Keyring or KWallet) and try again.</source>
            <translation>No password store (keychain) is available on this computer, so the password cannot be kept. Install or unlock one (for example GNOME Keyring or KWallet) and try again.</translation>
        </message>
        <message>
            <source>The password store (keychain) refused the request: {reason}</source>
            <translation>The password store (keychain) refused the request: {reason}</translation>
        </message>
        <message>
            <source>{field} is too long: at most {limit} characters.</source>
            <translation>{field} is too long: at most {limit} characters.</translation>
        </message>
        <message>
            <source>The customer name is required.</source>
            <translation>The customer name is required.</translation>
        </message>
        <message>
            <source>Unknown customer type: {value}.</source>
            <translation>Unknown customer type: {value}.</translation>
        </message>
        <message>
            <source>The grade must be one of {choices}.</source>
            <translation>The grade must be one of {choices}.</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number.</source>
            <translation>“{value}” is not a phone number.</translation>
        </message>
        <message>
            <source>The tax id must be 15 to 20 letters or digits (统一社会信用代码).</source>
            <translation>The tax id must be 15 to 20 letters or digits (统一社会信用代码).</translation>
        </message>
        <message>
            <source>The contact's name is required.</source>
            <translation>The contact's name is required.</translation>
        </message>
        <message>
            <source>“{value}” is not an email address.</source>
            <translation>“{value}” is not an email address.</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same name.</source>
            <translation>This customer may exist already: {name} ({code}) has the same name.</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same phone.</source>
            <translation>This customer may exist already: {name} ({code}) has the same phone.</translation>
        </message>
        <message>
            <source>This customer may exist already: {name} ({code}) has the same tax id.</source>
            <translation>This customer may exist already: {name} ({code}) has the same tax id.</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>The customer no longer exists.</translation>
        </message>
        <message>
            <source>No archive item numbered {number}.</source>
            <translation>No archive item numbered {number}.</translation>
        </message>
        <message>
            <source>The retention period is 1 to 100 years, or permanent.</source>
            <translation>The retention period is 1 to 100 years, or permanent.</translation>
        </message>
        <message>
            <source>The number of pages cannot be negative.</source>
            <translation>The number of pages cannot be negative.</translation>
        </message>
        <message>
            <source>The archive number {number} is in use already.</source>
            <translation>The archive number {number} is in use already.</translation>
        </message>
        <message>
            <source>No such contract.</source>
            <translation>No such contract.</translation>
        </message>
        <message>
            <source>{number} was destroyed: its record can no longer be changed.</source>
            <translation>{number} was destroyed: its record can no longer be changed.</translation>
        </message>
        <message>
            <source>Someone else changed this record in the meantime. Reload it and edit again.</source>
            <translation>Someone else changed this record in the meantime. Reload it and edit again.</translation>
        </message>
        <message>
            <source>The contract cannot end before it starts.</source>
            <translation>The contract cannot end before it starts.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>The contract number {number} is in use already.</source>
            <translation>The contract number {number} is in use already.</translation>
        </message>
        <message>
            <source>Someone else changed this customer in the meantime. Reload it and edit again.</source>
            <translation>Someone else changed this customer in the meantime. Reload it and edit again.</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>The contact no longer exists.</translation>
        </message>
        <message>
            <source>“{value}” is not a retention period (years, or 永久).</source>
            <translation>“{value}” is not a retention period (years, or 永久).</translation>
        </message>
        <message>
            <source>No customer with code {code}.</source>
            <translation>No customer with code {code}.</translation>
        </message>
        <message>
            <source>No customer named {name}.</source>
            <translation>No customer named {name}.</translation>
        </message>
        <message>
            <source>A paper item needs its place: at least the room.</source>
            <translation>A paper item needs its place: at least the room.</translation>
        </message>
        <message>
            <source>Import items on loan as in store and record the lending.</source>
            <translation>Import items on loan as in store and record the lending.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same number as row {other}.</source>
            <translation>Row {row}, {column}: the same number as row {other}.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the number {number} is in use already.</source>
            <translation>Row {row}, {column}: the number {number} is in use already.</translation>
        </message>
        <message>
            <source>“{value}” is not an amount.</source>
            <translation>“{value}” is not an amount.</translation>
        </message>
        <message>
            <source>{field}: enter a positive amount with at most 2 decimals.</source>
            <translation>{field}: enter a positive amount with at most 2 decimals.</translation>
        </message>
        <message>
            <source>Give the reason for the change of rating.</source>
            <translation>Give the reason for the change of rating.</translation>
        </message>
        <message>
            <source>The credit rating must be one of {choices}.</source>
            <translation>The credit rating must be one of {choices}.</translation>
        </message>
        <message>
            <source>The rating and limit are unchanged.</source>
            <translation>The rating and limit are unchanged.</translation>
        </message>
        <message>
            <source>The paid amount cannot exceed the amount due.</source>
            <translation>The paid amount cannot exceed the amount due.</translation>
        </message>
        <message>
            <source>Give the date of the payment.</source>
            <translation>Give the date of the payment.</translation>
        </message>
        <message>
            <source>The payment record no longer exists.</source>
            <translation>The payment record no longer exists.</translation>
        </message>
        <message>
            <source>Choose two different clerks.</source>
            <translation>Choose two different clerks.</translation>
        </message>
        <message>
            <source>{name} is not an active user.</source>
            <translation>{name} is not an active user.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same customer as row {other}.</source>
            <translation>Row {row}, {column}: the same customer as row {other}.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same tax id as row {other}.</source>
            <translation>Row {row}, {column}: the same tax id as row {other}.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the customer exists already: {name} ({code}).</source>
            <translation>Row {row}, {column}: the customer exists already: {name} ({code}).</translation>
        </message>
        <message>
            <source>Row {row}, {column}: no customer called “{name}”.</source>
            <translation>Row {row}, {column}: no customer called “{name}”.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field} is required.</translation>
        </message>
        <message>
            <source>Unknown channel: {value}.</source>
            <translation>Unknown channel: {value}.</translation>
        </message>
        <message>
            <source>Unknown entry kind: {value}.</source>
            <translation>Unknown entry kind: {value}.</translation>
        </message>
        <message>
            <source>The date of a conversation cannot be in the future.</source>
            <translation>The date of a conversation cannot be in the future.</translation>
        </message>
        <message>
            <source>The next follow-up must be after the conversation.</source>
            <translation>The next follow-up must be after the conversation.</translation>
        </message>
        <message>
            <source>The entry no longer exists.</source>
            <translation>The entry no longer exists.</translation>
        </message>
        <message>
            <source>This entry has no follow-up.</source>
            <translation>This entry has no follow-up.</translation>
        </message>
        <message>
            <source>The service case no longer exists.</source>
            <translation>The service case no longer exists.</translation>
        </message>
        <message>
            <source>Unknown case kind: {value}.</source>
            <translation>Unknown case kind: {value}.</translation>
        </message>
        <message>
            <source>The promised date cannot be before the case was received.</source>
            <translation>The promised date cannot be before the case was received.</translation>
        </message>
        <message>
            <source>The case is resolved already.</source>
            <translation>The case is resolved already.</translation>
        </message>
        <message>
            <source>Satisfaction is a score from 1 to 5.</source>
            <translation>Satisfaction is a score from 1 to 5.</translation>
        </message>
        <message>
            <source>A case cannot be resolved before it was received.</source>
            <translation>A case cannot be resolved before it was received.</translation>
        </message>
        <message>
            <source>No such change request.</source>
            <translation>No such change request.</translation>
        </message>
        <message>
            <source>Order {number} is {state}: changes are requested on confirmed orders that are not shipped yet.</source>
            <translation>Order {number} is {state}: changes are requested on confirmed orders that are not shipped yet.</translation>
        </message>
        <message>
            <source>Order {number} has an open change request already.</source>
            <translation>Order {number} has an open change request already.</translation>
        </message>
        <message>
            <source>Describe what the customer asks to change.</source>
            <translation>Describe what the customer asks to change.</translation>
        </message>
        <message>
            <source>The request changes nothing.</source>
            <translation>The request changes nothing.</translation>
        </message>
        <message>
            <source>Change request {number} is {state}.</source>
            <translation>Change request {number} is {state}.</translation>
        </message>
        <message>
            <source>Write the result of the check.</source>
            <translation>Write the result of the check.</translation>
        </message>
        <message>
            <source>Choose the department.</source>
            <translation>Choose the department.</translation>
        </message>
        <message>
            <source>Write the impact on the department.</source>
            <translation>Write the impact on the department.</translation>
        </message>
        <message>
            <source>Change request {number} must be checked by the clerk first.</source>
            <translation>Change request {number} must be checked by the clerk first.</translation>
        </message>
        <message>
            <source>Order {number} changed since the request was made.</source>
            <translation>Order {number} changed since the request was made.</translation>
        </message>
        <message>
            <source>No such order.</source>
            <translation>No such order.</translation>
        </message>
        <message>
            <source>No order numbered {number}.</source>
            <translation>No order numbered {number}.</translation>
        </message>
        <message>
            <source>The branch code is not set up.</source>
            <translation>The branch code is not set up.</translation>
        </message>
        <message>
            <source>Order {number} is {state} and can no longer be edited; make a change request instead.</source>
            <translation>Order {number} is {state} and can no longer be edited; make a change request instead.</translation>
        </message>
        <message>
            <source>Someone else changed this order in the meantime. Reload it and edit again.</source>
            <translation>Someone else changed this order in the meantime. Reload it and edit again.</translation>
        </message>
        <message>
            <source>Files can only be attached to a database file.</source>
            <translation>Files can only be attached to a database file.</translation>
        </message>
        <message>
            <source>Choose how the customer confirmed: {choices}.</source>
            <extracomment>states in which the order's content may still be edited by the clerk states of an order that is not finished (open orders count against credit) states after confirmation in which a change request may be made a comment is required (a reason for rejecting, the notes of a return)</extracomment>
            <translation>Choose how the customer confirmed: {choices}.</translation>
        </message>
        <message>
            <source>Dispatch to at least one department (production, purchasing, logistics) with the note it receives.</source>
            <translation>Dispatch to at least one department (production, purchasing, logistics) with the note it receives.</translation>
        </message>
        <message>
            <source>A paper approval needs the name of who signed it.</source>
            <translation>A paper approval needs the name of who signed it.</translation>
        </message>
        <message>
            <source>The scan of the paper approval is not a stored attachment.</source>
            <translation>The scan of the paper approval is not a stored attachment.</translation>
        </message>
        <message>
            <source>Unknown detail for this step: {names}.</source>
            <translation>Unknown detail for this step: {names}.</translation>
        </message>
        <message>
            <source>“{label}” is required for this step.</source>
            <translation>“{label}” is required for this step.</translation>
        </message>
        <message>
            <source>Unknown order action {action}.</source>
            <translation>Unknown order action {action}.</translation>
        </message>
        <message>
            <source>Order {number} is {state}: “{action}” is not possible now.</source>
            <translation>Order {number} is {state}: “{action}” is not possible now.</translation>
        </message>
        <message>
            <source>Order {number} has no approved change waiting for the customer.</source>
            <translation>Order {number} has no approved change waiting for the customer.</translation>
        </message>
        <message>
            <source>Choose receipt, scrap or customer return.</source>
            <translation>Choose receipt, scrap or customer return.</translation>
        </message>
        <message>
            <source>The reference or note is too long.</source>
            <translation>The reference or note is too long.</translation>
        </message>
        <message>
            <source>Enter the number of the order the goods came from.</source>
            <translation>Enter the number of the order the goods came from.</translation>
        </message>
        <message>
            <source>Order {number} shipped none of this product.</source>
            <translation>Order {number} shipped none of this product.</translation>
        </message>
        <message>
            <source>Only {open} of this product can still come back from order {number}.</source>
            <translation>Only {open} of this product can still come back from order {number}.</translation>
        </message>
        <message>
            <source>No such lending.</source>
            <translation>No such lending.</translation>
        </message>
        <message>
            <source>No lending numbered {number}.</source>
            <translation>No lending numbered {number}.</translation>
        </message>
        <message>
            <source>{number} is {level}: lending it needs the approval of {role}.</source>
            <translation>{number} is {level}: lending it needs the approval of {role}.</translation>
        </message>
        <message>
            <source>Only the head of {department} (or an administrator) approves this lending.</source>
            <translation>Only the head of {department} (or an administrator) approves this lending.</translation>
        </message>
        <message>
            <source>{number} was destroyed and cannot be lent.</source>
            <translation>{number} was destroyed and cannot be lent.</translation>
        </message>
        <message>
            <source>{number} is recorded as missing and cannot be lent.</source>
            <translation>{number} is recorded as missing and cannot be lent.</translation>
        </message>
        <message>
            <source>{number} is on loan already ({lending}, due {due}).</source>
            <translation>{number} is on loan already ({lending}, due {due}).</translation>
        </message>
        <message>
            <source>{number} has an open lending request already ({lending}).</source>
            <translation>{number} has an open lending request already ({lending}).</translation>
        </message>
        <message>
            <source>Answer whether copying is allowed.</source>
            <translation>Answer whether copying is allowed.</translation>
        </message>
        <message>
            <source>Answer whether photographing is allowed.</source>
            <translation>Answer whether photographing is allowed.</translation>
        </message>
        <message>
            <source>The due date {date} is before today.</source>
            <translation>The due date {date} is before today.</translation>
        </message>
        <message>
            <source>Lending {number} is {state}: “{action}” is not possible now.</source>
            <translation>Lending {number} is {state}: “{action}” is not possible now.</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>Give the reason.</translation>
        </message>
        <message>
            <source>The borrower signs: on the signature pad or on the printed lending slip.</source>
            <translation>The borrower signs: on the signature pad or on the printed lending slip.</translation>
        </message>
        <message>
            <source>{number} is not in store ({state}) and cannot be issued.</source>
            <translation>{number} is not in store ({state}) and cannot be issued.</translation>
        </message>
        <message>
            <source>Lending {number} was renewed {count} times already: return the item and lend it anew.</source>
            <translation>Lending {number} was renewed {count} times already: return the item and lend it anew.</translation>
        </message>
        <message>
            <source>The new due date must be after {date} and not before today.</source>
            <translation>The new due date must be after {date} and not before today.</translation>
        </message>
        <message>
            <source>Describe the damage or the missing pages.</source>
            <translation>Describe the damage or the missing pages.</translation>
        </message>
        <message>
            <source>Lending {number} is not overdue yet.</source>
            <translation>Lending {number} is not overdue yet.</translation>
        </message>
        <message>
            <source>The reminder due now for {number} was sent already.</source>
            <translation>The reminder due now for {number} was sent already.</translation>
        </message>
        <message>
            <source>No such stock movement.</source>
            <translation>No such stock movement.</translation>
        </message>
        <message>
            <source>Only a receipt, scrap or return entered by hand can be reversed here; orders and counts correct their own.</source>
            <translation>Only a receipt, scrap or return entered by hand can be reversed here; orders and counts correct their own.</translation>
        </message>
        <message>
            <source>This entry was reversed already.</source>
            <translation>This entry was reversed already.</translation>
        </message>
        <message>
            <source>Line {line}: “{value}” is not a quantity.</source>
            <translation>Line {line}: “{value}” is not a quantity.</translation>
        </message>
        <message>
            <source>Line {line}: the quantity must be more than 0.</source>
            <translation>Line {line}: the quantity must be more than 0.</translation>
        </message>
        <message>
            <source>Line {line}: a quantity has at most three decimals.</source>
            <translation>Line {line}: a quantity has at most three decimals.</translation>
        </message>
        <message>
            <source>Line {line}: the quantity {value} is too large.</source>
            <translation>Line {line}: the quantity {value} is too large.</translation>
        </message>
        <message>
            <source>Line {line}: the unit price “{value}” is not valid (yuan with at most two decimals).</source>
            <translation>Line {line}: the unit price “{value}” is not valid (yuan with at most two decimals).</translation>
        </message>
        <message>
            <source>Line {line}: the unit price cannot be negative.</source>
            <translation>Line {line}: the unit price cannot be negative.</translation>
        </message>
        <message>
            <source>Line {line}: the discount is a percentage from 0 to 100 with at most two decimals.</source>
            <translation>Line {line}: the discount is a percentage from 0 to 100 with at most two decimals.</translation>
        </message>
        <message>
            <source>An order has at most {max} lines; this one has {count}. Split it into several orders.</source>
            <translation>An order has at most {max} lines; this one has {count}. Split it into several orders.</translation>
        </message>
        <message>
            <source>Line {line}: choose a product.</source>
            <translation>Line {line}: choose a product.</translation>
        </message>
        <message>
            <source>Line {line}: the product no longer exists.</source>
            <translation>Line {line}: the product no longer exists.</translation>
        </message>
        <message>
            <source>Line {line}: {product} is no longer sold.</source>
            <translation>Line {line}: {product} is no longer sold.</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>Choose the customer.</translation>
        </message>
        <message>
            <source>The customer is unknown.</source>
            <translation>The customer is unknown.</translation>
        </message>
        <message>
            <source>The customer {name} has been deleted.</source>
            <translation>The customer {name} has been deleted.</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>{field} is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>The prepayment ratio is a whole percentage from 0 to 100.</source>
            <translation>The prepayment ratio is a whole percentage from 0 to 100.</translation>
        </message>
        <message>
            <source>The customer is missing.</source>
            <translation>The customer is missing.</translation>
        </message>
        <message>
            <source>The contact person is missing.</source>
            <translation>The contact person is missing.</translation>
        </message>
        <message>
            <source>The contact phone is missing.</source>
            <translation>The contact phone is missing.</translation>
        </message>
        <message>
            <source>The delivery date is missing.</source>
            <translation>The delivery date is missing.</translation>
        </message>
        <message>
            <source>The delivery date {date} is in the past.</source>
            <translation>The delivery date {date} is in the past.</translation>
        </message>
        <message>
            <source>The delivery place is missing.</source>
            <translation>The delivery place is missing.</translation>
        </message>
        <message>
            <source>The order has no lines.</source>
            <translation>The order has no lines.</translation>
        </message>
        <message>
            <source>Line {line}: the unit price is missing.</source>
            <translation>Line {line}: the unit price is missing.</translation>
        </message>
        <message>
            <source>{field} must be between 0 and 99,999,999.99 (2 decimals).</source>
            <translation>{field} must be between 0 and 99,999,999.99 (2 decimals).</translation>
        </message>
        <message>
            <source>The product code is required.</source>
            <translation>The product code is required.</translation>
        </message>
        <message>
            <source>The product code may contain letters, digits and - _ . / only.</source>
            <translation>The product code may contain letters, digits and - _ . / only.</translation>
        </message>
        <message>
            <source>The product name is required.</source>
            <translation>The product name is required.</translation>
        </message>
        <message>
            <source>The unit is required.</source>
            <translation>The unit is required.</translation>
        </message>
        <message>
            <source>{field} must be a whole number of 0 or more.</source>
            <translation>{field} must be a whole number of 0 or more.</translation>
        </message>
        <message>
            <source>The product code {code} is in use already.</source>
            <translation>The product code {code} is in use already.</translation>
        </message>
        <message>
            <source>The product no longer exists.</source>
            <translation>The product no longer exists.</translation>
        </message>
        <message>
            <source>Someone else changed this product in the meantime. Reload it and edit again.</source>
            <translation>Someone else changed this product in the meantime. Reload it and edit again.</translation>
        </message>
        <message>
            <source>No product with code {code}.</source>
            <translation>No product with code {code}.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} is required.</translation>
        </message>
        <message>
            <source>An unexpected error occurred ({kind}). Nothing was saved by this action; the details are in the log file.</source>
            <translation>An unexpected error occurred ({kind}). Nothing was saved by this action; the details are in the log file.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same code as row {other}.</source>
            <translation>Row {row}, {column}: the same code as row {other}.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the code {code} is in use already.</source>
            <translation>Row {row}, {column}: the code {code} is in use already.</translation>
        </message>
        <message>
            <source>Nobody looks after any customer yet.</source>
            <translation>Nobody looks after any customer yet.</translation>
        </message>
        <message>
            <source>Unknown order status {status}.</source>
            <translation>Unknown order status {status}.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: no product with code {code}.</source>
            <translation>Row {row}, {column}: no product with code {code}.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the same product and location as row {other}.</source>
            <translation>Row {row}, {column}: the same product and location as row {other}.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the date is in the future.</source>
            <translation>Row {row}, {column}: the date is in the future.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: this product has stock movements at this location already; record a receipt or count it instead.</source>
            <translation>Row {row}, {column}: this product has stock movements at this location already; record a receipt or count it instead.</translation>
        </message>
        <message>
            <source>Unknown filter {name}; use {names}.</source>
            <extracomment>the command line's `--filter key=value` names</extracomment>
            <translation>Unknown filter {name}; use {names}.</translation>
        </message>
        <message>
            <source>Order {number} is {state}: progress is tracked from confirmation to delivery.</source>
            <translation>Order {number} is {state}: progress is tracked from confirmation to delivery.</translation>
        </message>
        <message>
            <source>An event is progress or an exception.</source>
            <translation>An event is progress or an exception.</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>Describe what happened.</translation>
        </message>
        <message>
            <source>Progress is a percentage from 0 to 100.</source>
            <translation>Progress is a percentage from 0 to 100.</translation>
        </message>
        <message>
            <source>Choose the kind of exception.</source>
            <translation>Choose the kind of exception.</translation>
        </message>
        <message>
            <source>Give the cause of the exception.</source>
            <translation>Give the cause of the exception.</translation>
        </message>
        <message>
            <source>No such exception.</source>
            <translation>No such exception.</translation>
        </message>
        <message>
            <source>The exception is resolved already.</source>
            <translation>The exception is resolved already.</translation>
        </message>
        <message>
            <source>Write the solution agreed with the customer.</source>
            <translation>Write the solution agreed with the customer.</translation>
        </message>
        <message>
            <source>Record when the customer was told.</source>
            <translation>Record when the customer was told.</translation>
        </message>
        <message>
            <source>Choose the customer from the list.</source>
            <translation>Choose the customer from the list.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>The file could not be written: {reason}</translation>
        </message>
        <message>
            <source>The signature is empty: ask the person to sign.</source>
            <extracomment>fewer dark pixels than this is a click, not a signature</extracomment>
            <translation>The signature is empty: ask the person to sign.</translation>
        </message>
        <message>
            <source>The signature is not a PNG image.</source>
            <translation>The signature is not a PNG image.</translation>
        </message>
        <message>
            <source>The signature image is too large.</source>
            <translation>The signature image is too large.</translation>
        </message>
        <message>
            <source>Give the name of the person who signs.</source>
            <translation>Give the name of the person who signs.</translation>
        </message>
        <message>
            <source>Signatures need a database file to be kept with.</source>
            <translation>Signatures need a database file to be kept with.</translation>
        </message>
        <message>
            <source>A backup password has at least {count} characters.</source>
            <translation>A backup password has at least {count} characters.</translation>
        </message>
        <message>
            <source>{path} is encrypted: give its password.</source>
            <translation>{path} is encrypted: give its password.</translation>
        </message>
        <message>
            <source>Wrong password for {path}, or the file was altered. Nothing was changed.</source>
            <translation>Wrong password for {path}, or the file was altered. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is not an encrypted Neiqin backup.</source>
            <translation>{path} is not an encrypted Neiqin backup.</translation>
        </message>
        <message>
            <source>The encrypted backup {path} is damaged or cut short.</source>
            <translation>The encrypted backup {path} is damaged or cut short.</translation>
        </message>
        <message>
            <source>Nothing to count: choose at least one item.</source>
            <extracomment>the columns of a line that `CountBook.line_rows` reads</extracomment>
            <translation>Nothing to count: choose at least one item.</translation>
        </message>
        <message>
            <source>An item is listed twice at the same location.</source>
            <translation>An item is listed twice at the same location.</translation>
        </message>
        <message>
            <source>This item was already counted ({quantity}); correct the count instead of counting it again.</source>
            <translation>This item was already counted ({quantity}); correct the count instead of counting it again.</translation>
        </message>
        <message>
            <source>Choose a reason from the list.</source>
            <translation>Choose a reason from the list.</translation>
        </message>
        <message>
            <source>{count} item(s) are not counted yet.</source>
            <translation>{count} item(s) are not counted yet.</translation>
        </message>
        <message>
            <source>{count} variance(s) have no reason yet.</source>
            <translation>{count} variance(s) have no reason yet.</translation>
        </message>
        <message>
            <source>Count {number} is not in a state that allows this.</source>
            <translation>Count {number} is not in a state that allows this.</translation>
        </message>
        <message>
            <source>Count {number} is closed ({status}); it cannot be changed.</source>
            <translation>Count {number} is closed ({status}); it cannot be changed.</translation>
        </message>
        <message>
            <source>Enter a quantity.</source>
            <translation>Enter a quantity.</translation>
        </message>
        <message>
            <source>“{value}” is not a quantity.</source>
            <translation>“{value}” is not a quantity.</translation>
        </message>
        <message>
            <source>A quantity has at most three decimals.</source>
            <translation>A quantity has at most three decimals.</translation>
        </message>
        <message>
            <source>A quantity cannot be negative.</source>
            <translation>A quantity cannot be negative.</translation>
        </message>
        <message>
            <source>The quantity is too large.</source>
            <translation>The quantity is too large.</translation>
        </message>
        <message>
            <source>A movement needs a quantity other than zero.</source>
            <translation>A movement needs a quantity other than zero.</translation>
        </message>
        <message>
            <source>Only {available} in stock; {wanted} cannot be taken out.</source>
            <translation>Only {available} in stock; {wanted} cannot be taken out.</translation>
        </message>
        <message>
            <source>Give the plan a name (at most 100 characters).</source>
            <translation>Give the plan a name (at most 100 characters).</translation>
        </message>
        <message>
            <source>Choose weekly or monthly.</source>
            <translation>Choose weekly or monthly.</translation>
        </message>
        <message>
            <source>Choose what to count: all, a category or a location.</source>
            <translation>Choose what to count: all, a category or a location.</translation>
        </message>
        <message>
            <source>Choose the category or location to count.</source>
            <translation>Choose the category or location to count.</translation>
        </message>
        <message>
            <source>No such count plan.</source>
            <translation>No such count plan.</translation>
        </message>
        <message>
            <source>No such count.</source>
            <translation>No such count.</translation>
        </message>
        <message>
            <source>Enter at least one counted quantity.</source>
            <translation>Enter at least one counted quantity.</translation>
        </message>
        <message>
            <source>Enter or scan a product code.</source>
            <translation>Enter or scan a product code.</translation>
        </message>
        <message>
            <source>{code} is not on this count sheet.</source>
            <translation>{code} is not on this count sheet.</translation>
        </message>
        <message>
            <source>{code} is kept at several locations: choose the location.</source>
            <translation>{code} is kept at several locations: choose the location.</translation>
        </message>
        <message>
            <source>The note is too long.</source>
            <translation>The note is too long.</translation>
        </message>
        <message>
            <source>No count numbered {number}.</source>
            <translation>No count numbered {number}.</translation>
        </message>
        <message>
            <source>Count {number} is still open; finish it first.</source>
            <translation>Count {number} is still open; finish it first.</translation>
        </message>
        <message>
            <source>No such count line.</source>
            <translation>No such count line.</translation>
        </message>
        <message>
            <source>Unknown status {status}.</source>
            <translation>Unknown status {status}.</translation>
        </message>
        <message>
            <source>No such issue slip.</source>
            <extracomment>issues that count against the standard</extracomment>
            <translation>No such issue slip.</translation>
        </message>
        <message>
            <source>No issue slip numbered {number}.</source>
            <translation>No issue slip numbered {number}.</translation>
        </message>
        <message>
            <source>Who receives the supplies?</source>
            <translation>Who receives the supplies?</translation>
        </message>
        <message>
            <source>Give the recipient's department.</source>
            <translation>Give the recipient's department.</translation>
        </message>
        <message>
            <source>{name}: {quantity} is over the issue standard ({standard} {per} {period}, {used} taken already). A department head must approve it.</source>
            <translation>{name}: {quantity} is over the issue standard ({standard} {per} {period}, {used} taken already). A department head must approve it.</translation>
        </message>
        <message>
            <source>Add at least one item to issue.</source>
            <translation>Add at least one item to issue.</translation>
        </message>
        <message>
            <source>An item is listed twice.</source>
            <translation>An item is listed twice.</translation>
        </message>
        <message>
            <source>{name}: enter a quantity above zero.</source>
            <translation>{name}: enter a quantity above zero.</translation>
        </message>
        <message>
            <source>Only a department head may approve an issue over the standard; ask for approval instead.</source>
            <translation>Only a department head may approve an issue over the standard; ask for approval instead.</translation>
        </message>
        <message>
            <source>Only handed-out issues can take returns ({number}).</source>
            <translation>Only handed-out issues can take returns ({number}).</translation>
        </message>
        <message>
            <source>Enter the quantity given back.</source>
            <translation>Enter the quantity given back.</translation>
        </message>
        <message>
            <source>A line is not part of issue {number}.</source>
            <translation>A line is not part of issue {number}.</translation>
        </message>
        <message>
            <source>{name}: only {left} can still be returned.</source>
            <translation>{name}: only {left} can still be returned.</translation>
        </message>
        <message>
            <source>No such loss report.</source>
            <translation>No such loss report.</translation>
        </message>
        <message>
            <source>Say whether the item was lost or damaged.</source>
            <translation>Say whether the item was lost or damaged.</translation>
        </message>
        <message>
            <source>Enter a quantity above zero.</source>
            <translation>Enter a quantity above zero.</translation>
        </message>
        <message>
            <source>The compensation cannot be negative.</source>
            <translation>The compensation cannot be negative.</translation>
        </message>
        <message>
            <source>No such purchase plan.</source>
            <translation>No such purchase plan.</translation>
        </message>
        <message>
            <source>No purchase plan numbered {number}.</source>
            <translation>No purchase plan numbered {number}.</translation>
        </message>
        <message>
            <source>The plan has no lines.</source>
            <translation>The plan has no lines.</translation>
        </message>
        <message>
            <source>{name} is listed twice.</source>
            <translation>{name} is listed twice.</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>A price cannot be negative.</translation>
        </message>
        <message>
            <source>Purchase plan {number} is no longer a draft and cannot be edited.</source>
            <translation>Purchase plan {number} is no longer a draft and cannot be edited.</translation>
        </message>
        <message>
            <source>Purchase plan {number} is not approved and open; goods are received against approved plans.</source>
            <translation>Purchase plan {number} is not approved and open; goods are received against approved plans.</translation>
        </message>
        <message>
            <source>Enter what was received.</source>
            <translation>Enter what was received.</translation>
        </message>
        <message>
            <source>A line is not part of plan {number}.</source>
            <translation>A line is not part of plan {number}.</translation>
        </message>
        <message>
            <source>A plan line is received twice.</source>
            <translation>A plan line is received twice.</translation>
        </message>
        <message>
            <source>{name}: enter the quantity received.</source>
            <translation>{name}: enter the quantity received.</translation>
        </message>
        <message>
            <source>{name}: more rejected than received.</source>
            <translation>{name}: more rejected than received.</translation>
        </message>
        <message>
            <source>{name} failed the spec or quality check: reject everything received of it.</source>
            <translation>{name} failed the spec or quality check: reject everything received of it.</translation>
        </message>
        <message>
            <source>{name}: give the reason for rejecting.</source>
            <translation>{name}: give the reason for rejecting.</translation>
        </message>
        <message>
            <source>{name}: {accepted} accepted but the plan only expects {open} more.</source>
            <translation>{name}: {accepted} accepted but the plan only expects {open} more.</translation>
        </message>
        <message>
            <source>Unknown action {action}.</source>
            <translation>Unknown action {action}.</translation>
        </message>
        <message>
            <source>{number} is {state}: “{action}” is not possible now.</source>
            <translation>{number} is {state}: “{action}” is not possible now.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation>At most {limit} characters.</translation>
        </message>
        <message>
            <source>Say whether the standard is per person or per department.</source>
            <translation>Say whether the standard is per person or per department.</translation>
        </message>
        <message>
            <source>Choose the period of the standard: month, quarter or year.</source>
            <translation>Choose the period of the standard: month, quarter or year.</translation>
        </message>
        <message>
            <source>No such office-supplies item.</source>
            <translation>No such office-supplies item.</translation>
        </message>
        <message>
            <source>The code {code} is in use already.</source>
            <translation>The code {code} is in use already.</translation>
        </message>
        <message>
            <source>Someone else changed this item in the meantime. Reload it and edit again.</source>
            <translation>Someone else changed this item in the meantime. Reload it and edit again.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>The period ends before it starts.</translation>
        </message>
        <message>
            <source>The sales window must be at least one day.</source>
            <translation>The sales window must be at least one day.</translation>
        </message>
        <message>
            <source>Enter a number of days above zero.</source>
            <translation>Enter a number of days above zero.</translation>
        </message>
        <message>
            <source>Choose promotion, return or scrap.</source>
            <translation>Choose promotion, return or scrap.</translation>
        </message>
        <message>
            <source>This product has an open handling plan already.</source>
            <translation>This product has an open handling plan already.</translation>
        </message>
        <message>
            <source>No such handling plan.</source>
            <translation>No such handling plan.</translation>
        </message>
        <message>
            <source>{number} is closed ({status}); it cannot be changed.</source>
            <translation>{number} is closed ({status}); it cannot be changed.</translation>
        </message>
        <message>
            <source>{number} is {status}: “{action}” is not possible now.</source>
            <translation>{number} is {status}: “{action}” is not possible now.</translation>
        </message>
        <message>
            <source>No such action item.</source>
            <translation>No such action item.</translation>
        </message>
        <message>
            <source>Choose who is responsible.</source>
            <translation>Choose who is responsible.</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>Say what is to be done.</translation>
        </message>
        <message>
            <source>Choose the decision the action item comes from.</source>
            <translation>Choose the decision the action item comes from.</translation>
        </message>
        <message>
            <source>Give the due date.</source>
            <translation>Give the due date.</translation>
        </message>
        <message>
            <source>The due date {date} is before the meeting ({meeting}).</source>
            <translation>The due date {date} is before the meeting ({meeting}).</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}.</source>
            <translation>Meeting {number} is {state}.</translation>
        </message>
        <message>
            <source>Write what was done.</source>
            <translation>Write what was done.</translation>
        </message>
        <message>
            <source>Choose the status.</source>
            <translation>Choose the status.</translation>
        </message>
        <message>
            <source>Action item {code} is cancelled.</source>
            <translation>Action item {code} is cancelled.</translation>
        </message>
        <message>
            <source>Unknown meeting status {value}.</source>
            <translation>Unknown meeting status {value}.</translation>
        </message>
        <message>
            <source>Unknown kind of meeting {value}.</source>
            <translation>Unknown kind of meeting {value}.</translation>
        </message>
        <message>
            <source>Unknown action item status {value}.</source>
            <translation>Unknown action item status {value}.</translation>
        </message>
        <message>
            <source>No such attendee.</source>
            <translation>No such attendee.</translation>
        </message>
        <message>
            <source>{name} has not been sent the notice of {number} yet.</source>
            <translation>{name} has not been sent the notice of {number} yet.</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: leave is asked for before it begins.</source>
            <translation>Meeting {number} is {state}: leave is asked for before it begins.</translation>
        </message>
        <message>
            <source>Give the reason for the leave.</source>
            <translation>Give the reason for the leave.</translation>
        </message>
        <message>
            <source>The minutes of {number} are {state} and read-only; reopen them to change them.</source>
            <translation>The minutes of {number} are {state} and read-only; reopen them to change them.</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: start the minutes first.</source>
            <translation>Meeting {number} is {state}: start the minutes first.</translation>
        </message>
        <message>
            <source>Someone in the attendance list is not an attendee of this meeting.</source>
            <translation>Someone in the attendance list is not an attendee of this meeting.</translation>
        </message>
        <message>
            <source>Attendance of {name}: present, late, absent or on leave.</source>
            <translation>Attendance of {name}: present, late, absent or on leave.</translation>
        </message>
        <message>
            <source>Someone else changed these minutes in the meantime. Reload them and edit again.</source>
            <translation>Someone else changed these minutes in the meantime. Reload them and edit again.</translation>
        </message>
        <message>
            <source>A discussion belongs to an agenda item of another meeting.</source>
            <translation>A discussion belongs to an agenda item of another meeting.</translation>
        </message>
        <message>
            <source>Decision {number} has no text.</source>
            <translation>Decision {number} has no text.</translation>
        </message>
        <message>
            <source>Decision {number} refers to an agenda item of another meeting.</source>
            <translation>Decision {number} refers to an agenda item of another meeting.</translation>
        </message>
        <message>
            <source>Decision {number} belongs to another meeting.</source>
            <translation>Decision {number} belongs to another meeting.</translation>
        </message>
        <message>
            <source>A removed decision has action items: remove them first.</source>
            <translation>A removed decision has action items: remove them first.</translation>
        </message>
        <message>
            <source>No meeting numbered {number}.</source>
            <extracomment>the agenda item a follow-up meeting opens with</extracomment>
            <translation>No meeting numbered {number}.</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: its time, place and people can no longer be changed.</source>
            <translation>Meeting {number} is {state}: its time, place and people can no longer be changed.</translation>
        </message>
        <message>
            <source>Someone else changed this meeting in the meantime. Reload it and edit again.</source>
            <translation>Someone else changed this meeting in the meantime. Reload it and edit again.</translation>
        </message>
        <message>
            <source>An ad hoc meeting stays ad hoc; schedule a new meeting instead.</source>
            <translation>An ad hoc meeting stays ad hoc; schedule a new meeting instead.</translation>
        </message>
        <message>
            <source>No such checklist line.</source>
            <translation>No such checklist line.</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: its checklist is closed.</source>
            <translation>Meeting {number} is {state}: its checklist is closed.</translation>
        </message>
        <message>
            <source>Meeting {number} does not repeat.</source>
            <translation>Meeting {number} does not repeat.</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: it has no next meeting.</source>
            <translation>Meeting {number} is {state}: it has no next meeting.</translation>
        </message>
        <message>
            <source>The next meeting after {number} is planned already.</source>
            <translation>The next meeting after {number} is planned already.</translation>
        </message>
        <message>
            <source>Unknown meeting action {action}.</source>
            <translation>Unknown meeting action {action}.</translation>
        </message>
        <message>
            <source>Meeting {number} is {state}: “{action}” is not possible now.</source>
            <translation>Meeting {number} is {state}: “{action}” is not possible now.</translation>
        </message>
        <message>
            <source>No such meeting.</source>
            <translation>No such meeting.</translation>
        </message>
        <message>
            <source>Give the day the chair signed the minutes.</source>
            <translation>Give the day the chair signed the minutes.</translation>
        </message>
        <message>
            <source>Only the chair {chair} reviews the minutes: record the day the chair signed them on paper.</source>
            <translation>Only the chair {chair} reviews the minutes: record the day the chair signed them on paper.</translation>
        </message>
        <message>
            <source>Only the chair {chair} reviews the minutes.</source>
            <translation>Only the chair {chair} reviews the minutes.</translation>
        </message>
        <message>
            <source>Choose how the minutes are sent.</source>
            <translation>Choose how the minutes are sent.</translation>
        </message>
        <message>
            <source>A recipient is not an attendee of this meeting.</source>
            <translation>A recipient is not an attendee of this meeting.</translation>
        </message>
        <message>
            <source>Choose who receives the minutes.</source>
            <translation>Choose who receives the minutes.</translation>
        </message>
        <message>
            <source>Meeting {number} begins at {time}: the minutes are written once it has begun.</source>
            <translation>Meeting {number} begins at {time}: the minutes are written once it has begun.</translation>
        </message>
        <message>
            <source>Record the attendance of {names} first.</source>
            <translation>Record the attendance of {names} first.</translation>
        </message>
        <message>
            <source>The planned time of “{topic}” is a number of minutes.</source>
            <translation>The planned time of “{topic}” is a number of minutes.</translation>
        </message>
        <message>
            <source>Choose a person who is a user of the program.</source>
            <translation>Choose a person who is a user of the program.</translation>
        </message>
        <message>
            <source>A guest needs a name.</source>
            <translation>A guest needs a name.</translation>
        </message>
        <message>
            <source>{name} is among the attendees twice.</source>
            <translation>{name} is among the attendees twice.</translation>
        </message>
        <message>
            <source>Add the attendees.</source>
            <translation>Add the attendees.</translation>
        </message>
        <message>
            <source>Agenda item {number} has no topic.</source>
            <translation>Agenda item {number} has no topic.</translation>
        </message>
        <message>
            <source>Agenda item {number}: the planned time is 0 to {max} minutes.</source>
            <translation>Agenda item {number}: the planned time is 0 to {max} minutes.</translation>
        </message>
        <message>
            <source>Checklist line {number} has no name.</source>
            <translation>Checklist line {number} has no name.</translation>
        </message>
        <message>
            <source>Checklist line {number}: material or equipment?</source>
            <translation>Checklist line {number}: material or equipment?</translation>
        </message>
        <message>
            <source>Give the meeting a title.</source>
            <translation>Give the meeting a title.</translation>
        </message>
        <message>
            <source>Choose the kind of meeting.</source>
            <translation>Choose the kind of meeting.</translation>
        </message>
        <message>
            <source>Choose how the meeting repeats.</source>
            <translation>Choose how the meeting repeats.</translation>
        </message>
        <message>
            <source>Give the start time.</source>
            <translation>Give the start time.</translation>
        </message>
        <message>
            <source>Give the end time.</source>
            <translation>Give the end time.</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>The meeting ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>Give the place of the meeting.</source>
            <translation>Give the place of the meeting.</translation>
        </message>
        <message>
            <source>The chair {name} is not among the attendees.</source>
            <translation>The chair {name} is not among the attendees.</translation>
        </message>
        <message>
            <source>Say why the ad hoc meeting is needed.</source>
            <translation>Say why the ad hoc meeting is needed.</translation>
        </message>
        <message>
            <source>No such check session.</source>
            <translation>No such check session.</translation>
        </message>
        <message>
            <source>Another check session is open: close it first.</source>
            <translation>Another check session is open: close it first.</translation>
        </message>
        <message>
            <source>There are no paper items to check there.</source>
            <translation>There are no paper items to check there.</translation>
        </message>
        <message>
            <source>No such check line.</source>
            <translation>No such check line.</translation>
        </message>
        <message>
            <source>Check session {number} is closed.</source>
            <translation>Check session {number} is closed.</translation>
        </message>
        <message>
            <source>{number} is on loan: it is not on the shelf to check.</source>
            <translation>{number} is on loan: it is not on the shelf to check.</translation>
        </message>
        <message>
            <source>Say where the item was found.</source>
            <translation>Say where the item was found.</translation>
        </message>
        <message>
            <source>{number} has no discrepancy to resolve.</source>
            <translation>{number} has no discrepancy to resolve.</translation>
        </message>
        <message>
            <source>This resolution does not fit the result of the check.</source>
            <translation>This resolution does not fit the result of the check.</translation>
        </message>
        <message>
            <source>{count} item(s) are not checked yet.</source>
            <translation>{count} item(s) are not checked yet.</translation>
        </message>
        <message>
            <source>{count} discrepancy(ies) are not resolved yet.</source>
            <translation>{count} discrepancy(ies) are not resolved yet.</translation>
        </message>
        <message>
            <source>No such destruction batch.</source>
            <translation>No such destruction batch.</translation>
        </message>
        <message>
            <source>No destruction batch numbered {number}.</source>
            <translation>No destruction batch numbered {number}.</translation>
        </message>
        <message>
            <source>Choose the items to appraise.</source>
            <translation>Choose the items to appraise.</translation>
        </message>
        <message>
            <source>No such archive item.</source>
            <translation>No such archive item.</translation>
        </message>
        <message>
            <source>{number} is destroyed already.</source>
            <translation>{number} is destroyed already.</translation>
        </message>
        <message>
            <source>{number} is still within its retention period.</source>
            <translation>{number} is still within its retention period.</translation>
        </message>
        <message>
            <source>{number} is in another destruction batch already.</source>
            <translation>{number} is in another destruction batch already.</translation>
        </message>
        <message>
            <source>Destruction batch {number} is {state}: this step is not possible now.</source>
            <translation>Destruction batch {number} is {state}: this step is not possible now.</translation>
        </message>
        <message>
            <source>No such destruction line.</source>
            <translation>No such destruction line.</translation>
        </message>
        <message>
            <source>Keep it 1 to {limit} more years.</source>
            <translation>Keep it 1 to {limit} more years.</translation>
        </message>
        <message>
            <source>Say why the item is kept longer.</source>
            <translation>Say why the item is kept longer.</translation>
        </message>
        <message>
            <source>Appraise every item first: {numbers}.</source>
            <translation>Appraise every item first: {numbers}.</translation>
        </message>
        <message>
            <source>Items on loan cannot be destroyed: {numbers}. Wait for their return.</source>
            <translation>Items on loan cannot be destroyed: {numbers}. Wait for their return.</translation>
        </message>
        <message>
            <source>The batch holds {level} items: destroying them needs the approval of {role}.</source>
            <translation>The batch holds {level} items: destroying them needs the approval of {role}.</translation>
        </message>
        <message>
            <source>The destruction date cannot be in the future.</source>
            <translation>The destruction date cannot be in the future.</translation>
        </message>
        <message>
            <source>At least {count} witnesses attend a destruction.</source>
            <translation>At least {count} witnesses attend a destruction.</translation>
        </message>
        <message>
            <source>No such document.</source>
            <translation>No such document.</translation>
        </message>
        <message>
            <source>No document numbered {number}.</source>
            <translation>No document numbered {number}.</translation>
        </message>
        <message>
            <source>The number of copies is 1 or more.</source>
            <translation>The number of copies is 1 or more.</translation>
        </message>
        <message>
            <source>A received document cannot become a sent one, or the other way round: register it anew.</source>
            <translation>A received document cannot become a sent one, or the other way round: register it anew.</translation>
        </message>
        <message>
            <source>Circulation of {number} has begun: the readers and their order can no longer change.</source>
            <translation>Circulation of {number} has begun: the readers and their order can no longer change.</translation>
        </message>
        <message>
            <source>Name at least one reader.</source>
            <translation>Name at least one reader.</translation>
        </message>
        <message>
            <source>At most {limit} readers.</source>
            <translation>At most {limit} readers.</translation>
        </message>
        <message>
            <source>{name} is on the list twice.</source>
            <translation>{name} is on the list twice.</translation>
        </message>
        <message>
            <source>Every reader of {number} has signed already.</source>
            <translation>Every reader of {number} has signed already.</translation>
        </message>
        <message>
            <source>This reader is not on the circulation list.</source>
            <translation>This reader is not on the circulation list.</translation>
        </message>
        <message>
            <source>The document circulates in order: {name} reads it first.</source>
            <translation>The document circulates in order: {name} reads it first.</translation>
        </message>
        <message>
            <source>The sign-off time cannot be in the future.</source>
            <translation>The sign-off time cannot be in the future.</translation>
        </message>
        <message>
            <source>The sign-off time is before the previous reader's.</source>
            <translation>The sign-off time is before the previous reader's.</translation>
        </message>
        <message>
            <source>{number} is filed in the archive already.</source>
            <translation>{number} is filed in the archive already.</translation>
        </message>
        <message>
            <source>Unknown value {value}.</source>
            <translation>Unknown value {value}.</translation>
        </message>
        <message>
            <source>Fill in this field.</source>
            <translation>Fill in this field.</translation>
        </message>
        <message>
            <source>The text is too long (at most {limit} characters).</source>
            <translation>The text is too long (at most {limit} characters).</translation>
        </message>
        <message>
            <source>“{value}” is not one of {choices}.</source>
            <translation>“{value}” is not one of {choices}.</translation>
        </message>
        <message>
            <source>You cannot review or approve your own claim {number}; another person must do it.</source>
            <translation>You cannot review or approve your own claim {number}; another person must do it.</translation>
        </message>
        <message>
            <source>The claimant cannot sign the approval of their own claim.</source>
            <translation>The claimant cannot sign the approval of their own claim.</translation>
        </message>
        <message>
            <source>Only the head of {department} approves claim {number}, or record their approval signed on paper.</source>
            <translation>Only the head of {department} approves claim {number}, or record their approval signed on paper.</translation>
        </message>
        <message>
            <source>Claim {number} is over the {category} budget of {department} by {over}; someone with the right to approve over budget must approve it.</source>
            <translation>Claim {number} is over the {category} budget of {department} by {over}; someone with the right to approve over budget must approve it.</translation>
        </message>
        <message>
            <source>Line {line} is over the company standard; return the claim for correction.</source>
            <translation>Line {line} is over the company standard; return the claim for correction.</translation>
        </message>
        <message>
            <source>Unknown claim action {action}.</source>
            <translation>Unknown claim action {action}.</translation>
        </message>
        <message>
            <source>Claim {number} has no line {line}.</source>
            <translation>Claim {number} has no line {line}.</translation>
        </message>
        <message>
            <source>“{value}” is not a year.</source>
            <translation>“{value}” is not a year.</translation>
        </message>
        <message>
            <source>Choose the expense category.</source>
            <translation>Choose the expense category.</translation>
        </message>
        <message>
            <source>A budget cannot be negative.</source>
            <translation>A budget cannot be negative.</translation>
        </message>
        <message>
            <source>No such budget.</source>
            <translation>No such budget.</translation>
        </message>
        <message>
            <source>This budget has no new amount waiting for approval.</source>
            <translation>This budget has no new amount waiting for approval.</translation>
        </message>
        <message>
            <source>Line {line} may have been claimed before ({number}, line {other_line}). Check the receipt; save again to keep it.</source>
            <translation>Line {line} may have been claimed before ({number}, line {other_line}). Check the receipt; save again to keep it.</translation>
        </message>
        <message>
            <source>Unknown claim status {status}.</source>
            <translation>Unknown claim status {status}.</translation>
        </message>
        <message>
            <source>Line {line}: the amount “{value}” is not valid (yuan with at most two decimals).</source>
            <extracomment>printed words (zh_CN) of the categories the standards a new company starts with: yuan per travel day, yuan per line for the rest what a receipt may be, by its first bytes (the file name's extension is not trusted)</extracomment>
            <translation>Line {line}: the amount “{value}” is not valid (yuan with at most two decimals).</translation>
        </message>
        <message>
            <source>Line {line}: the amount must be more than 0.</source>
            <translation>Line {line}: the amount must be more than 0.</translation>
        </message>
        <message>
            <source>A claim needs at least one line.</source>
            <translation>A claim needs at least one line.</translation>
        </message>
        <message>
            <source>A claim has at most {max} lines.</source>
            <translation>A claim has at most {max} lines.</translation>
        </message>
        <message>
            <source>Line {line}: choose the expense category.</source>
            <translation>Line {line}: choose the expense category.</translation>
        </message>
        <message>
            <source>Line {line}: enter the date of the expense.</source>
            <translation>Line {line}: enter the date of the expense.</translation>
        </message>
        <message>
            <source>Line {line}: the expense date {date} is in the future.</source>
            <translation>Line {line}: the expense date {date} is in the future.</translation>
        </message>
        <message>
            <source>Line {line}: write what the expense was for.</source>
            <translation>Line {line}: write what the expense was for.</translation>
        </message>
        <message>
            <source>Line {line}: {field} is longer than {limit} characters.</source>
            <translation>Line {line}: {field} is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Line {line}: the number of days is a whole number from 1 to {max}.</source>
            <translation>Line {line}: the number of days is a whole number from 1 to {max}.</translation>
        </message>
        <message>
            <source>Line {line}: give the number of travel days.</source>
            <translation>Line {line}: give the number of travel days.</translation>
        </message>
        <message>
            <source>A standard is an amount more than 0, or empty for none.</source>
            <translation>A standard is an amount more than 0, or empty for none.</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB; scan the receipt at a lower resolution.</source>
            <translation>{name} is larger than {limit} MB; scan the receipt at a lower resolution.</translation>
        </message>
        <message>
            <source>{name} is not a picture or a PDF; attach a scan or photo of the receipt.</source>
            <translation>{name} is not a picture or a PDF; attach a scan or photo of the receipt.</translation>
        </message>
        <message>
            <source>No such expense claim.</source>
            <translation>No such expense claim.</translation>
        </message>
        <message>
            <source>No expense claim numbered {number}.</source>
            <translation>No expense claim numbered {number}.</translation>
        </message>
        <message>
            <source>Choose who the claim is for.</source>
            <translation>Choose who the claim is for.</translation>
        </message>
        <message>
            <source>Enter the claimant's department.</source>
            <translation>Enter the claimant's department.</translation>
        </message>
        <message>
            <source>The claim date {date} is in the future.</source>
            <translation>The claim date {date} is in the future.</translation>
        </message>
        <message>
            <source>Claim {number} is {state} and can no longer be edited.</source>
            <translation>Claim {number} is {state} and can no longer be edited.</translation>
        </message>
        <message>
            <source>Someone else changed this claim in the meantime. Reload it and edit again.</source>
            <translation>Someone else changed this claim in the meantime. Reload it and edit again.</translation>
        </message>
        <message>
            <source>Claim {number} is {state}: receipts can no longer be added.</source>
            <translation>Claim {number} is {state}: receipts can no longer be added.</translation>
        </message>
        <message>
            <source>Attach the scan of the signed paper approval.</source>
            <translation>Attach the scan of the signed paper approval.</translation>
        </message>
        <message>
            <source>Tick every point of the first-review checklist, or return the claim.</source>
            <translation>Tick every point of the first-review checklist, or return the claim.</translation>
        </message>
        <message>
            <source>Choose how the claim was paid.</source>
            <translation>Choose how the claim was paid.</translation>
        </message>
        <message>
            <source>Give the reason for each returned line.</source>
            <translation>Give the reason for each returned line.</translation>
        </message>
        <message>
            <source>“{value}” is not a line number.</source>
            <translation>“{value}” is not a line number.</translation>
        </message>
        <message>
            <source>Claim {number} is {state}: “{action}” is not possible now.</source>
            <translation>Claim {number} is {state}: “{action}” is not possible now.</translation>
        </message>
        <message>
            <source>Unknown indicator: {code}.</source>
            <translation>Unknown indicator: {code}.</translation>
        </message>
        <message>
            <source>The target of {code} must be a number from 0 to {limit}.</source>
            <translation>The target of {code} must be a number from 0 to {limit}.</translation>
        </message>
        <message>
            <source>“{value}” is not a period for a {kind} report (a day 2026-10-15, a week 2026-W42, a month 2026-10).</source>
            <extracomment>a custom period longer than this shows its trend by month instead of by day</extracomment>
            <translation>“{value}” is not a period for a {kind} report (a day 2026-10-15, a week 2026-W42, a month 2026-10).</translation>
        </message>
        <message>
            <source>Unknown report: {kind}.</source>
            <translation>Unknown report: {kind}.</translation>
        </message>
        <message>
            <source>A custom period needs a first and a last day.</source>
            <translation>A custom period needs a first and a last day.</translation>
        </message>
        <message>
            <source>The last day {until} is before the first day {since}.</source>
            <translation>The last day {until} is before the first day {since}.</translation>
        </message>
        <message>
            <source>A report covers at most ten years.</source>
            <translation>A report covers at most ten years.</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} daily backups.</source>
            <translation>Keep between {low} and {high} daily backups.</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>gui</name>
        <message>
            <source>The database cannot be used.</source>
            <extracomment>what a tab needs from other modules, handed in here so slices never import each other's ui dashboard items that come from the shell, not from a module: (session, actor, today) -&gt; list[DashboardItem]</extracomment>
            <translation>The database cannot be used.</translation>
        </message>
        <message>
            <source>This is the demo database; you are signed in as the clerk. Demo users: {users} — each with the password {password}.</source>
            <translation>This is the demo database; you are signed in as the clerk. Demo users: {users} — each with the password {password}.</translation>
        </message>
        <message>
            <source>Daily backup written: {path}</source>
            <translation>Daily backup written: {path}</translation>
        </message>
        <message>
            <source>The daily backup failed: {reason}</source>
            <translation>The daily backup failed: {reason}</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Daily backup</translation>
        </message>
    </context>
    <context>
        <name>handover</name>
        <message>
            <source>Customers they look after</source>
            <extracomment>a leaving clerk's customers go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>Customers they look after</translation>
        </message>
        <message>
            <source>Open action items from meetings</source>
            <extracomment>a meeting's state only moves forward in sync: minutes written beat a cancellation a leaving clerk's open action items go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>Open action items from meetings</translation>
        </message>
        <message>
            <source>Orders they follow that are not closed</source>
            <extracomment>an order's state only moves forward in sync (the order the state machine declares) a leaving clerk's orders still under way go to the clerk who takes over (`neiqin.core.handover`)</extracomment>
            <translation>Orders they follow that are not closed</translation>
        </message>
    </context>
    <context>
        <name>inventory</name>
        <message>
            <source>Count sheet</source>
            <translation>Count sheet</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Purchase list (replenishment suggestions)</source>
            <translation>Purchase list (replenishment suggestions)</translation>
        </message>
        <message>
            <source>Below zero</source>
            <translation>Below zero</translation>
        </message>
        <message>
            <source>At or below reorder point</source>
            <translation>At or below reorder point</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>In stock</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Product name</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Book quantity</source>
            <translation>Book quantity</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
        <message>
            <source>Last movement</source>
            <translation>Last movement</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <extracomment>the count states and reasons of the shared count rules, re-exported for this slice's UI</extracomment>
            <translation>Opening stock</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Shipment</translation>
        </message>
        <message>
            <source>Customer return</source>
            <translation>Customer return</translation>
        </message>
        <message>
            <source>Count adjustment</source>
            <translation>Count adjustment</translation>
        </message>
        <message>
            <source>Scrap</source>
            <translation>Scrap</translation>
        </message>
        <message>
            <source>Return to supplier</source>
            <translation>Return to supplier</translation>
        </message>
        <message>
            <source>Weekly</source>
            <extracomment>kinds a clerk enters by hand (the sign is given by the kind)</extracomment>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>All products</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Order shipped</source>
            <translation>Order shipped</translation>
        </message>
        <message>
            <source>Start count</source>
            <translation>Start count</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Send back for recount</source>
            <translation>Send back for recount</translation>
        </message>
        <message>
            <source>Approve count</source>
            <translation>Approve count</translation>
        </message>
        <message>
            <source>Cancel count</source>
            <translation>Cancel count</translation>
        </message>
        <message>
            <source>Plan handling</source>
            <translation>Plan handling</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>Mark handled</translation>
        </message>
        <message>
            <source>Cancel plan</source>
            <translation>Cancel plan</translation>
        </message>
        <message>
            <source>Stock analysis</source>
            <translation>Stock analysis</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>Per product</source>
            <translation>Per product</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>Per category</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Period / window</source>
            <translation>Period / window</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Without variance</source>
            <translation>Without variance</translation>
        </message>
        <message>
            <source>Count accuracy</source>
            <translation>Count accuracy</translation>
        </message>
        <message>
            <source>Quantity accuracy</source>
            <translation>Quantity accuracy</translation>
        </message>
        <message>
            <source>Net variance</source>
            <translation>Net variance</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>Sold</translation>
        </message>
        <message>
            <source>Turnover rate</source>
            <translation>Turnover rate</translation>
        </message>
        <message>
            <source>Days of stock</source>
            <translation>Days of stock</translation>
        </message>
        <message>
            <source>Daily sales</source>
            <translation>Daily sales</translation>
        </message>
        <message>
            <source>Lead time (days)</source>
            <translation>Lead time (days)</translation>
        </message>
        <message>
            <source>Suggested quantity</source>
            <translation>Suggested quantity</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Idle days</source>
            <translation>Idle days</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Variance by reason</source>
            <translation>Variance by reason</translation>
        </message>
        <message>
            <source>Export purchase list…</source>
            <translation>Export purchase list…</translation>
        </message>
        <message>
            <source>Replenishment suggestions</source>
            <translation>Replenishment suggestions</translation>
        </message>
        <message>
            <source>Plan handling…</source>
            <translation>Plan handling…</translation>
        </message>
        <message>
            <source>Mark handled…</source>
            <translation>Mark handled…</translation>
        </message>
        <message>
            <source>Slow-moving stock</source>
            <translation>Slow-moving stock</translation>
        </message>
        <message>
            <source>{count} approved counts, {lines} lines: count accuracy {lines_pct}, by quantity {qty_pct}.</source>
            <translation>{count} approved counts, {lines} lines: count accuracy {lines_pct}, by quantity {qty_pct}.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>Exported {rows} rows to {file}.</translation>
        </message>
        <message>
            <source>Select a product first.</source>
            <translation>Select a product first.</translation>
        </message>
        <message>
            <source>Select a product with a handling plan first.</source>
            <translation>Select a product with a handling plan first.</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Scan or type the product code, then Enter</source>
            <translation>Scan or type the product code, then Enter</translation>
        </message>
        <message>
            <source>Counted quantity, then Enter</source>
            <translation>Counted quantity, then Enter</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>Product code</translation>
        </message>
        <message>
            <source>Counted quantity</source>
            <translation>Counted quantity</translation>
        </message>
        <message>
            <source>Enter from a list…</source>
            <translation>Enter from a list…</translation>
        </message>
        <message>
            <source>Moved during count</source>
            <translation>Moved during count</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Note on the variance</source>
            <translation>Note on the variance</translation>
        </message>
        <message>
            <source>Set reason</source>
            <translation>Set reason</translation>
        </message>
        <message>
            <source>Select variances without a reason</source>
            <translation>Select variances without a reason</translation>
        </message>
        <message>
            <source>Reason of the selected lines</source>
            <translation>Reason of the selected lines</translation>
        </message>
        <message>
            <source>Print count sheet…</source>
            <translation>Print count sheet…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Movements posted since the count started (taken into account)</source>
            <translation>Movements posted since the count started (taken into account)</translation>
        </message>
        <message>
            <source>Started {time}</source>
            <translation>Started {time}</translation>
        </message>
        <message>
            <source>{counted} of {total} counted</source>
            <translation>{counted} of {total} counted</translation>
        </message>
        <message>
            <source>Count accuracy {value}</source>
            <translation>Count accuracy {value}</translation>
        </message>
        <message>
            <source>Blind count: the book quantity is hidden</source>
            <translation>Blind count: the book quantity is hidden</translation>
        </message>
        <message>
            <source>{code}: {quantity} recorded.</source>
            <translation>{code}: {quantity} recorded.</translation>
        </message>
        <message>
            <source>{count} counted quantities recorded.</source>
            <translation>{count} counted quantities recorded.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Select a line first.</translation>
        </message>
        <message>
            <source>Reason set on {count} line(s).</source>
            <translation>Reason set on {count} line(s).</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <source>Count sheet saved to {file}.</source>
            <translation>Count sheet saved to {file}.</translation>
        </message>
        <message>
            <source>New count plan</source>
            <translation>New count plan</translation>
        </message>
        <message>
            <source>Blind count (book quantity hidden)</source>
            <translation>Blind count (book quantity hidden)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Category or location</source>
            <translation>Category or location</translation>
        </message>
        <message>
            <source>Inventory counts</source>
            <translation>Inventory counts</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>New count plan…</source>
            <translation>New count plan…</translation>
        </message>
        <message>
            <source>Start count from plan</source>
            <translation>Start count from plan</translation>
        </message>
        <message>
            <source>Count all products</source>
            <translation>Count all products</translation>
        </message>
        <message>
            <source>Open count</source>
            <translation>Open count</translation>
        </message>
        <message>
            <source>Count plans</source>
            <translation>Count plans</translation>
        </message>
        <message>
            <source>Count sessions</source>
            <translation>Count sessions</translation>
        </message>
        <message>
            <source>Select a plan first.</source>
            <translation>Select a plan first.</translation>
        </message>
        <message>
            <source>Full count</source>
            <translation>Full count</translation>
        </message>
        <message>
            <source>Delivery note, or the order number of a return</source>
            <translation>Delivery note, or the order number of a return</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Enter counted quantities from a list</source>
            <translation>Enter counted quantities from a list</translation>
        </message>
        <message>
            <source>Paste from Excel or type one product per row: product code, counted quantity and, for a product kept at several locations, the location.</source>
            <translation>Paste from Excel or type one product per row: product code, counted quantity and, for a product kept at several locations, the location.</translation>
        </message>
        <message>
            <source>Correct quantities entered already</source>
            <translation>Correct quantities entered already</translation>
        </message>
        <message>
            <source>Record all</source>
            <translation>Record all</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>Row {row}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>kpi</name>
        <message>
            <source>Meeting notice awareness rate</source>
            <translation>Meeting notice awareness rate</translation>
        </message>
        <message>
            <source>Attendees who acknowledged the notice or asked for leave, of those notified, for meetings held in the period.</source>
            <translation>Attendees who acknowledged the notice or asked for leave, of those notified, for meetings held in the period.</translation>
        </message>
        <message>
            <source>Action items done on time</source>
            <translation>Action items done on time</translation>
        </message>
        <message>
            <source>Action items due in the period that were done by their due date.</source>
            <translation>Action items due in the period that were done by their due date.</translation>
        </message>
        <message>
            <source>Claim processing time</source>
            <translation>Claim processing time</translation>
        </message>
        <message>
            <source>Mean days from a claim's submission to its payment, over the claims paid in the period</source>
            <translation>Mean days from a claim's submission to its payment, over the claims paid in the period</translation>
        </message>
        <message>
            <source>Customer information completeness</source>
            <extracomment>the fields a complete customer file has filled in (besides the name, which is always there)</extracomment>
            <translation>Customer information completeness</translation>
        </message>
        <message>
            <source>Customer files with industry, region, address, phone and a contact with a phone, of all customer files</source>
            <translation>Customer files with industry, region, address, phone and a contact with a phone, of all customer files</translation>
        </message>
        <message>
            <source>Count accuracy</source>
            <translation>Count accuracy</translation>
        </message>
        <message>
            <source>Counted lines without a variance, of all lines counted in the counts approved in the period</source>
            <translation>Counted lines without a variance, of all lines counted in the counts approved in the period</translation>
        </message>
        <message>
            <source>Order processing timeliness</source>
            <extracomment>the orders' assessment indicators (seeds: 订单处理及时率, 订单按时交付率, 订单执行准确率)</extracomment>
            <translation>Order processing timeliness</translation>
        </message>
        <message>
            <source>Orders approved within the target hours of being recorded, of all orders approved in the period</source>
            <translation>Orders approved within the target hours of being recorded, of all orders approved in the period</translation>
        </message>
        <message>
            <source>On-time delivery rate</source>
            <translation>On-time delivery rate</translation>
        </message>
        <message>
            <source>Orders delivered on or before the delivery date, of all orders delivered in the period</source>
            <translation>Orders delivered on or before the delivery date, of all orders delivered in the period</translation>
        </message>
        <message>
            <source>Order accuracy</source>
            <translation>Order accuracy</translation>
        </message>
        <message>
            <source>Submissions not returned for correction, of all submissions for review</source>
            <translation>Submissions not returned for correction, of all submissions for review</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Customer contacts</source>
            <translation>Customer contacts</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Neiqin</source>
            <translation>Neiqin</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data is safe; the last action was not saved. The details are in the log file.</source>
            <translation>Something went wrong that should not have. Your data is safe; the last action was not saved. The details are in the log file.</translation>
        </message>
    </context>
    <context>
        <name>minutes</name>
        <message>
            <source>Meeting notice</source>
            <translation>Meeting notice</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>Meeting minutes</translation>
        </message>
        <message>
            <source>Action item report to the chair</source>
            <translation>Action item report to the chair</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Action items</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Awareness %</source>
            <translation>Awareness %</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>Open action items</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>Action item</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Latest progress</source>
            <translation>Latest progress</translation>
        </message>
        <message>
            <source>Weekly meeting</source>
            <translation>Weekly meeting</translation>
        </message>
        <message>
            <source>Monthly meeting</source>
            <translation>Monthly meeting</translation>
        </message>
        <message>
            <source>Quarterly review</source>
            <translation>Quarterly review</translation>
        </message>
        <message>
            <source>Project meeting</source>
            <translation>Project meeting</translation>
        </message>
        <message>
            <source>Ad hoc meeting</source>
            <translation>Ad hoc meeting</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Does not repeat</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>Every quarter</translation>
        </message>
        <message>
            <source>Present</source>
            <extracomment>the recurrence a regular meeting gets unless another is chosen</extracomment>
            <translation>Present</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>On leave</source>
            <translation>On leave</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Paper copy</source>
            <translation>Paper copy</translation>
        </message>
        <message>
            <source>In the program</source>
            <translation>In the program</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Request rejected</source>
            <translation>Request rejected</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <extracomment>titles of the steps that are not actions of the machine (timeline)</extracomment>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Notice sent</source>
            <translation>Notice sent</translation>
        </message>
        <message>
            <source>Minutes in draft</source>
            <translation>Minutes in draft</translation>
        </message>
        <message>
            <source>Awaiting chair review</source>
            <translation>Awaiting chair review</translation>
        </message>
        <message>
            <source>Reviewed by chair</source>
            <translation>Reviewed by chair</translation>
        </message>
        <message>
            <source>Distributed</source>
            <translation>Distributed</translation>
        </message>
        <message>
            <source>Approve request</source>
            <extracomment>printed words (zh_CN; printed forms are in the company's language) the meeting itself (time, place, people, agenda) may still be changed the minutes may be written (attendance, discussion, decisions, action items) the minutes exist (printable, action items tracked) only the meeting's chair does it (or someone with minutes.review_any, or a clerk recording the chair's approval on paper)</extracomment>
            <translation>Approve request</translation>
        </message>
        <message>
            <source>Reject request</source>
            <translation>Reject request</translation>
        </message>
        <message>
            <source>Send notice</source>
            <translation>Send notice</translation>
        </message>
        <message>
            <source>Start minutes</source>
            <translation>Start minutes</translation>
        </message>
        <message>
            <source>Submit to chair</source>
            <translation>Submit to chair</translation>
        </message>
        <message>
            <source>Chair approves minutes</source>
            <translation>Chair approves minutes</translation>
        </message>
        <message>
            <source>Chair returns minutes</source>
            <translation>Chair returns minutes</translation>
        </message>
        <message>
            <source>Distribute minutes</source>
            <translation>Distribute minutes</translation>
        </message>
        <message>
            <source>Reopen minutes</source>
            <translation>Reopen minutes</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>Cancel meeting</translation>
        </message>
        <message>
            <source>Changed after the notice</source>
            <translation>Changed after the notice</translation>
        </message>
        <message>
            <source>Not possible while the meeting is {state}.</source>
            <translation>Not possible while the meeting is {state}.</translation>
        </message>
        <message>
            <source>Only the chair reviews the minutes.</source>
            <translation>Only the chair reviews the minutes.</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>You do not have the right to do this ({permission}).</translation>
        </message>
    </context>
    <context>
        <name>modules</name>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Inventory counts</source>
            <translation>Inventory counts</translation>
        </message>
        <message>
            <source>Office supplies</source>
            <translation>Office supplies</translation>
        </message>
        <message>
            <source>Reimbursements</source>
            <translation>Reimbursements</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>Meeting minutes</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
    </context>
    <context>
        <name>orders</name>
        <message>
            <source>Order confirmation</source>
            <translation>Order confirmation</translation>
        </message>
        <message>
            <source>Order status report for a customer</source>
            <translation>Order status report for a customer</translation>
        </message>
        <message>
            <source>Orders</source>
            <extracomment>the demo runs after customers (20) and products (30), whose records the orders use</extracomment>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Credit limit</translation>
        </message>
        <message>
            <source>The customer has no credit limit.</source>
            <translation>The customer has no credit limit.</translation>
        </message>
        <message>
            <source>Open orders with this one plus overdue amounts come to {exposure}, above the credit limit of {limit}.</source>
            <translation>Open orders with this one plus overdue amounts come to {exposure}, above the credit limit of {limit}.</translation>
        </message>
        <message>
            <source>Open orders with this one plus overdue amounts exceed the credit limit.</source>
            <translation>Open orders with this one plus overdue amounts exceed the credit limit.</translation>
        </message>
        <message>
            <source>{exposure} of the credit limit {limit} used.</source>
            <translation>{exposure} of the credit limit {limit} used.</translation>
        </message>
        <message>
            <source>Within the credit limit.</source>
            <translation>Within the credit limit.</translation>
        </message>
        <message>
            <source>Overdue payments</source>
            <translation>Overdue payments</translation>
        </message>
        <message>
            <source>Overdue amount {amount}.</source>
            <translation>Overdue amount {amount}.</translation>
        </message>
        <message>
            <source>The customer has overdue payments.</source>
            <translation>The customer has overdue payments.</translation>
        </message>
        <message>
            <source>No overdue payments.</source>
            <translation>No overdue payments.</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>Credit rating</translation>
        </message>
        <message>
            <source>The customer is not rated.</source>
            <translation>The customer is not rated.</translation>
        </message>
        <message>
            <source>Rating {rating}.</source>
            <translation>Rating {rating}.</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>A new customer: review the credit before approving.</source>
            <translation>A new customer: review the credit before approving.</translation>
        </message>
        <message>
            <source>A known customer.</source>
            <translation>A known customer.</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>Completeness</translation>
        </message>
        <message>
            <source>{count} thing(s) missing.</source>
            <translation>{count} thing(s) missing.</translation>
        </message>
        <message>
            <source>Everything needed is there.</source>
            <translation>Everything needed is there.</translation>
        </message>
        <message>
            <source>Stock availability</source>
            <translation>Stock availability</translation>
        </message>
        <message>
            <source>No stock data: no stock has been recorded yet, ask the warehouse.</source>
            <translation>No stock data: no stock has been recorded yet, ask the warehouse.</translation>
        </message>
        <message>
            <source>Every line is in stock.</source>
            <translation>Every line is in stock.</translation>
        </message>
        <message>
            <source>{count} line(s) short of stock (needed / available): {lines}.</source>
            <translation>{count} line(s) short of stock (needed / available): {lines}.</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Inquiry</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>Returned for correction</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Confirmed with customer</source>
            <translation>Confirmed with customer</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Shipped</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Closed / archived</source>
            <translation>Closed / archived</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Record as order</source>
            <translation>Record as order</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Submit for review</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Approved on paper</source>
            <translation>Approved on paper</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>Return for correction</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Confirm with customer</source>
            <translation>Confirm with customer</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <source>Customer's person</source>
            <translation>Customer's person</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>Confirmed on</translation>
        </message>
        <message>
            <source>Dispatch to departments</source>
            <translation>Dispatch to departments</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>Start work</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Ship</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>Tracking number</translation>
        </message>
        <message>
            <source>Expected arrival</source>
            <translation>Expected arrival</translation>
        </message>
        <message>
            <source>Mark delivered</source>
            <translation>Mark delivered</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>Delivered on</translation>
        </message>
        <message>
            <source>Close and archive</source>
            <translation>Close and archive</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>Cancel order</translation>
        </message>
        <message>
            <source>Customer re-confirms the change</source>
            <translation>Customer re-confirms the change</translation>
        </message>
        <message>
            <source>Not possible while the order is {state}.</source>
            <translation>Not possible while the order is {state}.</translation>
        </message>
        <message>
            <source>There is no approved change waiting for the customer.</source>
            <translation>There is no approved change waiting for the customer.</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>You do not have the right to do this ({permission}).</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Delivery date</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>Delivery place</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Rev.</source>
            <translation>Rev.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Salesperson</source>
            <translation>Salesperson</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Major</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>New revision</source>
            <translation>New revision</translation>
        </message>
        <message>
            <source>Material shortage</source>
            <translation>Material shortage</translation>
        </message>
        <message>
            <source>Equipment failure</source>
            <translation>Equipment failure</translation>
        </message>
        <message>
            <source>Transport delay</source>
            <translation>Transport delay</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Purchasing</source>
            <translation>Purchasing</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <source>No stock data: stock is not kept in the program yet, ask the warehouse.</source>
            <translation>No stock data: stock is not kept in the program yet, ask the warehouse.</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <source>Manage users and roles</source>
            <translation>Manage users and roles</translation>
        </message>
        <message>
            <source>Change company settings</source>
            <translation>Change company settings</translation>
        </message>
        <message>
            <source>Make backups</source>
            <translation>Make backups</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Read the audit trail</source>
            <translation>Read the audit trail</translation>
        </message>
        <message>
            <source>Hand over a leaving clerk's work</source>
            <translation>Hand over a leaving clerk's work</translation>
        </message>
        <message>
            <source>Resolve sync conflicts</source>
            <translation>Resolve sync conflicts</translation>
        </message>
        <message>
            <source>See customer files</source>
            <translation>See customer files</translation>
        </message>
        <message>
            <source>Enter and edit customers</source>
            <translation>Enter and edit customers</translation>
        </message>
        <message>
            <source>Delete customers</source>
            <translation>Delete customers</translation>
        </message>
        <message>
            <source>Read and change confidential customer data (credit, bank)</source>
            <translation>Read and change confidential customer data (credit, bank)</translation>
        </message>
        <message>
            <source>Import customers from Excel</source>
            <translation>Import customers from Excel</translation>
        </message>
        <message>
            <source>Export customer lists to Excel</source>
            <translation>Export customer lists to Excel</translation>
        </message>
        <message>
            <source>Hand a clerk's customers to another clerk</source>
            <translation>Hand a clerk's customers to another clerk</translation>
        </message>
        <message>
            <source>See orders</source>
            <translation>See orders</translation>
        </message>
        <message>
            <source>Enter inquiries and orders</source>
            <translation>Enter inquiries and orders</translation>
        </message>
        <message>
            <source>Edit orders before review</source>
            <translation>Edit orders before review</translation>
        </message>
        <message>
            <source>Submit orders for review</source>
            <translation>Submit orders for review</translation>
        </message>
        <message>
            <source>Review orders (approve, return, reject)</source>
            <translation>Review orders (approve, return, reject)</translation>
        </message>
        <message>
            <source>Confirm orders with the customer</source>
            <translation>Confirm orders with the customer</translation>
        </message>
        <message>
            <source>Dispatch orders to departments</source>
            <translation>Dispatch orders to departments</translation>
        </message>
        <message>
            <source>Record order progress and exceptions</source>
            <translation>Record order progress and exceptions</translation>
        </message>
        <message>
            <source>Record shipments</source>
            <translation>Record shipments</translation>
        </message>
        <message>
            <source>Record deliveries</source>
            <translation>Record deliveries</translation>
        </message>
        <message>
            <source>Close and archive orders</source>
            <translation>Close and archive orders</translation>
        </message>
        <message>
            <source>Cancel orders</source>
            <translation>Cancel orders</translation>
        </message>
        <message>
            <source>Enter change requests</source>
            <translation>Enter change requests</translation>
        </message>
        <message>
            <source>Check change requests and add impact notes</source>
            <translation>Check change requests and add impact notes</translation>
        </message>
        <message>
            <source>Approve or reject change requests</source>
            <translation>Approve or reject change requests</translation>
        </message>
        <message>
            <source>Export order lists to Excel</source>
            <translation>Export order lists to Excel</translation>
        </message>
        <message>
            <source>See the product catalogue</source>
            <translation>See the product catalogue</translation>
        </message>
        <message>
            <source>Enter and edit products</source>
            <translation>Enter and edit products</translation>
        </message>
        <message>
            <source>Import products from Excel</source>
            <translation>Import products from Excel</translation>
        </message>
        <message>
            <source>Export the product list to Excel</source>
            <translation>Export the product list to Excel</translation>
        </message>
        <message>
            <source>See office supplies</source>
            <translation>See office supplies</translation>
        </message>
        <message>
            <source>Keep the office-supplies catalogue</source>
            <translation>Keep the office-supplies catalogue</translation>
        </message>
        <message>
            <source>Prepare purchase plans</source>
            <translation>Prepare purchase plans</translation>
        </message>
        <message>
            <source>Approve purchase plans</source>
            <translation>Approve purchase plans</translation>
        </message>
        <message>
            <source>Receive and inspect supplies</source>
            <translation>Receive and inspect supplies</translation>
        </message>
        <message>
            <source>Issue supplies and take returns</source>
            <translation>Issue supplies and take returns</translation>
        </message>
        <message>
            <source>Approve issues over the issue standard</source>
            <translation>Approve issues over the issue standard</translation>
        </message>
        <message>
            <source>Count office supplies</source>
            <translation>Count office supplies</translation>
        </message>
        <message>
            <source>Approve supplies counts</source>
            <translation>Approve supplies counts</translation>
        </message>
        <message>
            <source>Report lost or damaged supplies</source>
            <translation>Report lost or damaged supplies</translation>
        </message>
        <message>
            <source>Approve loss and damage reports</source>
            <translation>Approve loss and damage reports</translation>
        </message>
        <message>
            <source>Export office-supplies lists to Excel</source>
            <translation>Export office-supplies lists to Excel</translation>
        </message>
        <message>
            <source>Import the supplies catalogue</source>
            <translation>Import the supplies catalogue</translation>
        </message>
        <message>
            <source>See stock, movements and counts</source>
            <translation>See stock, movements and counts</translation>
        </message>
        <message>
            <source>Record receipts, scrap and returns</source>
            <translation>Record receipts, scrap and returns</translation>
        </message>
        <message>
            <source>Import opening stock from Excel</source>
            <translation>Import opening stock from Excel</translation>
        </message>
        <message>
            <source>Plan counts, start them and enter counted quantities</source>
            <translation>Plan counts, start them and enter counted quantities</translation>
        </message>
        <message>
            <source>Approve counts (posts adjustments)</source>
            <translation>Approve counts (posts adjustments)</translation>
        </message>
        <message>
            <source>Plan and close the handling of slow-moving stock</source>
            <translation>Plan and close the handling of slow-moving stock</translation>
        </message>
        <message>
            <source>Export stock lists and purchase lists</source>
            <translation>Export stock lists and purchase lists</translation>
        </message>
        <message>
            <source>See meetings and minutes</source>
            <translation>See meetings and minutes</translation>
        </message>
        <message>
            <source>Schedule meetings and send notices</source>
            <translation>Schedule meetings and send notices</translation>
        </message>
        <message>
            <source>Request ad hoc meetings</source>
            <translation>Request ad hoc meetings</translation>
        </message>
        <message>
            <source>Approve ad hoc meeting requests</source>
            <translation>Approve ad hoc meeting requests</translation>
        </message>
        <message>
            <source>Record minutes, decisions and action items</source>
            <translation>Record minutes, decisions and action items</translation>
        </message>
        <message>
            <source>Review minutes for any chair</source>
            <translation>Review minutes for any chair</translation>
        </message>
        <message>
            <source>Reopen closed minutes</source>
            <translation>Reopen closed minutes</translation>
        </message>
        <message>
            <source>Report progress of own action items</source>
            <translation>Report progress of own action items</translation>
        </message>
        <message>
            <source>Export meeting lists to Excel</source>
            <translation>Export meeting lists to Excel</translation>
        </message>
        <message>
            <source>See the archive and document registers</source>
            <translation>See the archive and document registers</translation>
        </message>
        <message>
            <source>Register archive items, contracts and documents</source>
            <translation>Register archive items, contracts and documents</translation>
        </message>
        <message>
            <source>Record lending requests, issues and returns</source>
            <translation>Record lending requests, issues and returns</translation>
        </message>
        <message>
            <source>Approve lending of archive items</source>
            <translation>Approve lending of archive items</translation>
        </message>
        <message>
            <source>Check the register against the shelves</source>
            <translation>Check the register against the shelves</translation>
        </message>
        <message>
            <source>Appraise and destroy items past retention</source>
            <translation>Appraise and destroy items past retention</translation>
        </message>
        <message>
            <source>Approve the destruction of archive items</source>
            <translation>Approve the destruction of archive items</translation>
        </message>
        <message>
            <source>Export archive lists to Excel</source>
            <translation>Export archive lists to Excel</translation>
        </message>
        <message>
            <source>Import an existing archive register</source>
            <translation>Import an existing archive register</translation>
        </message>
        <message>
            <source>See expense claims</source>
            <translation>See expense claims</translation>
        </message>
        <message>
            <source>Enter and submit own expense claims</source>
            <translation>Enter and submit own expense claims</translation>
        </message>
        <message>
            <source>Enter expense claims for colleagues</source>
            <translation>Enter expense claims for colleagues</translation>
        </message>
        <message>
            <source>See everyone's expense claims</source>
            <translation>See everyone's expense claims</translation>
        </message>
        <message>
            <source>Approve expense claims of the own department</source>
            <translation>Approve expense claims of the own department</translation>
        </message>
        <message>
            <source>Record a department head's approval signed on paper</source>
            <translation>Record a department head's approval signed on paper</translation>
        </message>
        <message>
            <source>First review of expense claims</source>
            <translation>First review of expense claims</translation>
        </message>
        <message>
            <source>Final review of expense claims</source>
            <translation>Final review of expense claims</translation>
        </message>
        <message>
            <source>Record payment of expense claims</source>
            <translation>Record payment of expense claims</translation>
        </message>
        <message>
            <source>Approve expense claims over budget</source>
            <translation>Approve expense claims over budget</translation>
        </message>
        <message>
            <source>Propose expense budgets</source>
            <translation>Propose expense budgets</translation>
        </message>
        <message>
            <source>Approve expense budgets</source>
            <translation>Approve expense budgets</translation>
        </message>
        <message>
            <source>Set the reimbursement standards per category</source>
            <translation>Set the reimbursement standards per category</translation>
        </message>
        <message>
            <source>Export expense claims to Excel</source>
            <translation>Export expense claims to Excel</translation>
        </message>
        <message>
            <source>See sales reports and one's own KPIs</source>
            <translation>See sales reports and one's own KPIs</translation>
        </message>
        <message>
            <source>See the KPIs of every clerk</source>
            <translation>See the KPIs of every clerk</translation>
        </message>
        <message>
            <source>Set the KPI targets</source>
            <translation>Set the KPI targets</translation>
        </message>
    </context>
    <context>
        <name>products</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Product name</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
    </context>
    <context>
        <name>reimbursements</name>
        <message>
            <source>Not possible while the claim is {state}.</source>
            <extracomment>the steps at which a claim over budget needs the over-budget right</extracomment>
            <translation>Not possible while the claim is {state}.</translation>
        </message>
        <message>
            <source>You do not have the right to do this ({permission}).</source>
            <translation>You do not have the right to do this ({permission}).</translation>
        </message>
        <message>
            <source>Nobody reviews their own claim.</source>
            <translation>Nobody reviews their own claim.</translation>
        </message>
        <message>
            <source>Only the head of {department} approves this claim.</source>
            <translation>Only the head of {department} approves this claim.</translation>
        </message>
        <message>
            <source>Expense claim form</source>
            <translation>Expense claim form</translation>
        </message>
        <message>
            <source>Budget usage report (year)</source>
            <translation>Budget usage report (year)</translation>
        </message>
        <message>
            <source>Expense claims</source>
            <translation>Expense claims</translation>
        </message>
        <message>
            <source>Budget usage</source>
            <translation>Budget usage</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Claim date</source>
            <translation>Claim date</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>Claimant</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Over budget</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <source>Entertainment</source>
            <translation>Entertainment</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Local transport</source>
            <translation>Local transport</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Line {line}: {amount} is over the standard of {limit} ({per_day} a day for {days} days).</source>
            <translation>Line {line}: {amount} is over the standard of {limit} ({per_day} a day for {days} days).</translation>
        </message>
        <message>
            <source>Line {line}: {amount} is over the standard of {limit} per receipt.</source>
            <translation>Line {line}: {amount} is over the standard of {limit} per receipt.</translation>
        </message>
        <message>
            <source>Line {line}: within the standard.</source>
            <translation>Line {line}: within the standard.</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Awaiting department head</source>
            <translation>Awaiting department head</translation>
        </message>
        <message>
            <source>Awaiting first review</source>
            <translation>Awaiting first review</translation>
        </message>
        <message>
            <source>Awaiting final review</source>
            <translation>Awaiting final review</translation>
        </message>
        <message>
            <source>Awaiting payment</source>
            <translation>Awaiting payment</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>Returned for correction</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Receipts present for every line</source>
            <extracomment>printed words of the states (zh_CN, like the printed forms) states in which a claim uses its department's budget states waiting for someone other than the claimant, with the permission of that step the steps nobody may take on their own claim</extracomment>
            <translation>Receipts present for every line</translation>
        </message>
        <message>
            <source>Receipts are real</source>
            <translation>Receipts are real</translation>
        </message>
        <message>
            <source>Receipts are legal (proper invoices)</source>
            <translation>Receipts are legal (proper invoices)</translation>
        </message>
        <message>
            <source>Claim is complete (purpose, dates, amounts)</source>
            <translation>Claim is complete (purpose, dates, amounts)</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>Offset against an advance</source>
            <translation>Offset against an advance</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <source>Department approval</source>
            <translation>Department approval</translation>
        </message>
        <message>
            <source>Approved on paper</source>
            <translation>Approved on paper</translation>
        </message>
        <message>
            <source>First review</source>
            <translation>First review</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Final review</source>
            <translation>Final review</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>Return for correction</translation>
        </message>
        <message>
            <source>Returned lines</source>
            <translation>Returned lines</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>{category}: {claimed} claimed, no approved budget</source>
            <translation>{category}: {claimed} claimed, no approved budget</translation>
        </message>
        <message>
            <source>{category}: {claimed} claimed, {remaining} of {budget} remaining</source>
            <translation>{category}: {claimed} claimed, {remaining} of {budget} remaining</translation>
        </message>
        <message>
            <source>over budget</source>
            <translation>over budget</translation>
        </message>
        <message>
            <source>Line {line}: the invoice number is also on {number} line {other_line}</source>
            <translation>Line {line}: the invoice number is also on {number} line {other_line}</translation>
        </message>
        <message>
            <source>Line {line}: same amount and date as {number} line {other_line}</source>
            <translation>Line {line}: same amount and date as {number} line {other_line}</translation>
        </message>
        <message>
            <source>this claim</source>
            <translation>this claim</translation>
        </message>
        <message>
            <source>No receipt scan on line(s) {lines}</source>
            <translation>No receipt scan on line(s) {lines}</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Reviewer / department head</source>
            <translation>Reviewer / department head</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>supplies</name>
        <message>
            <source>Issue slip</source>
            <translation>Issue slip</translation>
        </message>
        <message>
            <source>Purchase plan</source>
            <translation>Purchase plan</translation>
        </message>
        <message>
            <source>Supplies count sheet</source>
            <translation>Supplies count sheet</translation>
        </message>
        <message>
            <source>Office-supplies catalogue</source>
            <translation>Office-supplies catalogue</translation>
        </message>
        <message>
            <source>Usage ledger</source>
            <translation>Usage ledger</translation>
        </message>
        <message>
            <source>Purchase plans</source>
            <translation>Purchase plans</translation>
        </message>
        <message>
            <source>Below minimum</source>
            <translation>Below minimum</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>In stock</translation>
        </message>
        <message>
            <source>Not in use</source>
            <translation>Not in use</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Last price</source>
            <translation>Last price</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Over standard: awaiting approval</source>
            <translation>Over standard: awaiting approval</translation>
        </message>
        <message>
            <source>Approved, to hand out</source>
            <translation>Approved, to hand out</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Returned to store</source>
            <translation>Returned to store</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Reported</translation>
        </message>
        <message>
            <source>Lost</source>
            <extracomment>printed words (zh_CN: forms are filed in the office's language)</extracomment>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>per month</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>per quarter</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per year</translation>
        </message>
        <message>
            <source>per person</source>
            <translation>per person</translation>
        </message>
        <message>
            <source>per department</source>
            <translation>per department</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>Return for correction</translation>
        </message>
        <message>
            <source>Fully received</source>
            <translation>Fully received</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Approve over standard</source>
            <translation>Approve over standard</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Hand out</source>
            <translation>Hand out</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Issue and return slips</source>
            <translation>Issue and return slips</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Hand out…</source>
            <translation>Hand out…</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Print slip</translation>
        </message>
        <message>
            <source>on screen</source>
            <translation>on screen</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>on paper</translation>
        </message>
        <message>
            <source>Loss and damage reports</source>
            <translation>Loss and damage reports</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Supplies count</source>
            <translation>Supplies count</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <source>Start count</source>
            <translation>Start count</translation>
        </message>
        <message>
            <source>Save counted quantities</source>
            <translation>Save counted quantities</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <source>Print count sheet</source>
            <translation>Print count sheet</translation>
        </message>
        <message>
            <source>No count yet. Start one: the book quantities are frozen now.</source>
            <translation>No count yet. Start one: the book quantities are frozen now.</translation>
        </message>
        <message>
            <source>{left} of {total} items still to count.</source>
            <translation>{left} of {total} items still to count.</translation>
        </message>
        <message>
            <source>Book equals physical.</source>
            <translation>Book equals physical.</translation>
        </message>
        <message>
            <source>{n} item(s) differ from the book.</source>
            <translation>{n} item(s) differ from the book.</translation>
        </message>
        <message>
            <source>Office-supplies item</source>
            <translation>Office-supplies item</translation>
        </message>
        <message>
            <source>Minimum stock</source>
            <translation>Minimum stock</translation>
        </message>
        <message>
            <source>Issue standard (quantity)</source>
            <translation>Issue standard (quantity)</translation>
        </message>
        <message>
            <source>Standard per</source>
            <translation>Standard per</translation>
        </message>
        <message>
            <source>No standard</source>
            <translation>No standard</translation>
        </message>
        <message>
            <source>Standard period</source>
            <translation>Standard period</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <translation>Opening stock</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Loss or damage report</source>
            <translation>Loss or damage report</translation>
        </message>
        <message>
            <source>Lost or damaged</source>
            <translation>Lost or damaged</translation>
        </message>
        <message>
            <source>Person responsible</source>
            <translation>Person responsible</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Issue office supplies</source>
            <translation>Issue office supplies</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Standard left</source>
            <translation>Standard left</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>I approve the issue over the standard</source>
            <translation>I approve the issue over the standard</translation>
        </message>
        <message>
            <source>Only a department head may approve; ask for approval instead.</source>
            <translation>Only a department head may approve; ask for approval instead.</translation>
        </message>
        <message>
            <source>Over the standard: ask a department head to approve</source>
            <translation>Over the standard: ask a department head to approve</translation>
        </message>
        <message>
            <source>The recipient signs the printed slip instead</source>
            <translation>The recipient signs the printed slip instead</translation>
        </message>
        <message>
            <source>Clear signature</source>
            <translation>Clear signature</translation>
        </message>
        <message>
            <source>Recipient's signature</source>
            <translation>Recipient's signature</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Over the issue standard: {names}</source>
            <translation>Over the issue standard: {names}</translation>
        </message>
        <message>
            <source>Hand out {number}</source>
            <translation>Hand out {number}</translation>
        </message>
        <message>
            <source>Return unused supplies</source>
            <translation>Return unused supplies</translation>
        </message>
        <message>
            <source>Returned so far</source>
            <translation>Returned so far</translation>
        </message>
        <message>
            <source>Return now</source>
            <translation>Return now</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Monthly usage</source>
            <translation>Monthly usage</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Office supplies purchase</source>
            <translation>Office supplies purchase</translation>
        </message>
        <message>
            <source>Still expected</source>
            <translation>Still expected</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>Reason for rejecting</translation>
        </message>
        <message>
            <source>Spec OK</source>
            <translation>Spec OK</translation>
        </message>
        <message>
            <source>Quality OK</source>
            <translation>Quality OK</translation>
        </message>
        <message>
            <source>Receiving inspection of {number}</source>
            <translation>Receiving inspection of {number}</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>New from suggestion</source>
            <translation>New from suggestion</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Receive…</source>
            <translation>Receive…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Count adjustment</source>
            <translation>Count adjustment</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Unit cost</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>no issue standard</source>
            <translation>no issue standard</translation>
        </message>
        <message>
            <source>at most {quantity} {unit} {per} {period}</source>
            <translation>at most {quantity} {unit} {per} {period}</translation>
        </message>
        <message>
            <source>Stock {stock} {unit}, minimum {minimum}; {standard}; last price {price}</source>
            <translation>Stock {stock} {unit}, minimum {minimum}; {standard}; last price {price}</translation>
        </message>
        <message>
            <source>Usage ledger and statistics</source>
            <translation>Usage ledger and statistics</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Department / person</source>
            <translation>Department / person</translation>
        </message>
        <message>
            <source>By department and person</source>
            <translation>By department and person</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>{count} lines, cost {amount}</source>
            <translation>{count} lines, cost {amount}</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Cost per department and month</source>
            <translation>Cost per department and month</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>stock</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Choose PostgreSQL or MariaDB/MySQL.</source>
            <extracomment>the permission to change the server settings disable: plain connection; prefer: TLS when the server offers it; require: TLS or fail; verify-full: TLS with the server's certificate and host name checked URL query keys that the TLS mode decides (dropped when the fields are joined again) other URL options kept as they were (MariaDB's charset, for example)</extracomment>
            <translation>Choose PostgreSQL or MariaDB/MySQL.</translation>
        </message>
        <message>
            <source>Enter the server's host name or address.</source>
            <translation>Enter the server's host name or address.</translation>
        </message>
        <message>
            <source>Enter the name of the server database.</source>
            <translation>Enter the name of the server database.</translation>
        </message>
        <message>
            <source>Enter the user name of this office on the server.</source>
            <translation>Enter the user name of this office on the server.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535.</source>
            <translation>A port is a number from 1 to 65535.</translation>
        </message>
        <message>
            <source>Unknown TLS mode “{mode}”.</source>
            <translation>Unknown TLS mode “{mode}”.</translation>
        </message>
        <message>
            <source>Sync every 1 to {most} minutes.</source>
            <translation>Sync every 1 to {most} minutes.</translation>
        </message>
        <message>
            <source>No branch with the code {code} in this database; give it as CODE:ID.</source>
            <translation>No branch with the code {code} in this database; give it as CODE:ID.</translation>
        </message>
        <message>
            <source>Sync is not set up for this database. Run “neiqin sync --server URL” once to set it up.</source>
            <translation>Sync is not set up for this database. Run “neiqin sync --server URL” once to set it up.</translation>
        </message>
        <message>
            <source>The server refused the changes: {reason}</source>
            <extracomment>outbox changes per push batch (one server transaction) and change-log entries per pull batch conflicts resolved here and marked on the server in this round full reloads after falling behind the server's pruned change log (`reload.catch_up`) this computer's registration in this round: desk, a new client id, documents renumbered</extracomment>
            <translation>The server refused the changes: {reason}</translation>
        </message>
        <message>
            <source>“{url}” is not a server address such as postgresql://user@host:5432/database.</source>
            <translation>“{url}” is not a server address such as postgresql://user@host:5432/database.</translation>
        </message>
        <message>
            <source>Only PostgreSQL and MariaDB/MySQL servers are supported, not “{kind}”.</source>
            <translation>Only PostgreSQL and MariaDB/MySQL servers are supported, not “{kind}”.</translation>
        </message>
        <message>
            <source>The server refused the user name or password ({server}).</source>
            <extracomment>exit code of `neiqin sync` for this kind of failure PostgreSQL: role "x" does not exist / database "x" does not exist; MariaDB: Unknown database 'x'</extracomment>
            <translation>The server refused the user name or password ({server}).</translation>
        </message>
        <message>
            <source>The server {server} has no database of that name. Check the database name.</source>
            <translation>The server {server} has no database of that name. Check the database name.</translation>
        </message>
        <message>
            <source>The secure (TLS) connection to {server} failed: {reason}</source>
            <translation>The secure (TLS) connection to {server} failed: {reason}</translation>
        </message>
        <message>
            <source>The server {server} cannot be reached: {reason}</source>
            <translation>The server {server} cannot be reached: {reason}</translation>
        </message>
        <message>
            <source>Refused change for {table}: row {row} is not on the server (or belongs to another branch).</source>
            <extracomment>server-only column: the client whose change last touched the row</extracomment>
            <translation>Refused change for {table}: row {row} is not on the server (or belongs to another branch).</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row is larger than {limit} bytes.</source>
            <extracomment>bumped when the wire format or the server tables change incompatibly decoded values (set by `validate`)</extracomment>
            <translation>Refused change for {table}: the row is larger than {limit} bytes.</translation>
        </message>
        <message>
            <source>Refused change for {table}: the values are not an object.</source>
            <translation>Refused change for {table}: the values are not an object.</translation>
        </message>
        <message>
            <source>The server was prepared by an older Neiqin (sync version {server}, this program {client}). Run “neiqin server init” with this version to upgrade it.</source>
            <translation>The server was prepared by an older Neiqin (sync version {server}, this program {client}). Run “neiqin server init” with this version to upgrade it.</translation>
        </message>
        <message>
            <source>The server needs a newer Neiqin (sync version {server}, this program {client}). Update the program on this computer.</source>
            <extracomment>one desk number per computer of a branch (`desks`) the version table of the server's Alembic history (kind, table, name) of what only PostgreSQL has, outside the metadata: each change-log entry's transaction id (`xid8`, filled by the server) and the (xid, seq) index pulls read in the server was migrated by a newer program (the same words as `protocol.check_version`)</extracomment>
            <translation>The server needs a newer Neiqin (sync version {server}, this program {client}). Update the program on this computer.</translation>
        </message>
        <message>
            <source>Refused change: unknown table “{table}”.</source>
            <translation>Refused change: unknown table “{table}”.</translation>
        </message>
        <message>
            <source>Refused change for {table}: unknown operation “{op}”.</source>
            <translation>Refused change for {table}: unknown operation “{op}”.</translation>
        </message>
        <message>
            <source>Refused change for {table}: bad row id.</source>
            <translation>Refused change for {table}: bad row id.</translation>
        </message>
        <message>
            <source>Refused change: unknown column “{column}” in {table}.</source>
            <translation>Refused change: unknown column “{column}” in {table}.</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row id does not match.</source>
            <translation>Refused change for {table}: the row id does not match.</translation>
        </message>
        <message>
            <source>Refused change for {table}: the row belongs to another branch.</source>
            <translation>Refused change for {table}: the row belongs to another branch.</translation>
        </message>
        <message>
            <source>A branch code is 1 to 16 letters or digits: “{code}”.</source>
            <extracomment>the database the office connects to (its view database on MariaDB)</extracomment>
            <translation>A branch code is 1 to 16 letters or digits: “{code}”.</translation>
        </message>
        <message>
            <source>A branch id is 1 to 36 letters, digits or dashes: “{branch}”.</source>
            <translation>A branch id is 1 to 36 letters, digits or dashes: “{branch}”.</translation>
        </message>
        <message>
            <source>The server database is not prepared for Neiqin. Run “neiqin server init” first.</source>
            <extracomment>per table: `Rows` from `pull`, dicts of server values from a reload (`horizon.scope_rows`) committed entries not readable yet because an older server transaction is still open the pruned horizon when entries after the cursor were pruned: nothing else is returned</extracomment>
            <translation>The server database is not prepared for Neiqin. Run “neiqin server init” first.</translation>
        </message>
        <message>
            <source>This computer is registered on the server for another branch.</source>
            <translation>This computer is registered on the server for another branch.</translation>
        </message>
        <message>
            <source>The server has more changes from this computer than the computer itself: the database was restored from a backup. Register it again as a new computer before syncing.</source>
            <translation>The server has more changes from this computer than the computer itself: the database was restored from a backup. Register it again as a new computer before syncing.</translation>
        </message>
        <message>
            <source>Refused change for {table}.{column} = {value}: {reason}</source>
            <extracomment>the biggest text value accepted in one column, and one pushed row as JSON</extracomment>
            <translation>Refused change for {table}.{column} = {value}: {reason}</translation>
        </message>
        <message>
            <source>The branch database name {name} is longer than 64 characters: use a shorter branch code.</source>
            <translation>The branch database name {name} is longer than 64 characters: use a shorter branch code.</translation>
        </message>
        <message>
            <source>The database {name} already holds tables: it cannot become a branch office's view database.</source>
            <translation>The database {name} already holds tables: it cannot become a branch office's view database.</translation>
        </message>
        <message>
            <source>This program does not know the table {table}.</source>
            <extracomment>columns that name a record for a person, first found wins the provisional winner (the value the record holds) is "mine" this computer made one of the two changes a free-text field a person may merge by hand the values are amounts of money a state field: the translation context and source titles of its states (`states` below)</extracomment>
            <translation>This program does not know the table {table}.</translation>
        </message>
        <message>
            <source>Choose which value to keep.</source>
            <extracomment>table -&gt; (translation context, {state: source title})</extracomment>
            <translation>Choose which value to keep.</translation>
        </message>
        <message>
            <source>This conflict was resolved meanwhile.</source>
            <translation>This conflict was resolved meanwhile.</translation>
        </message>
        <message>
            <source>A state only moves forward: the later state stays. Use the record's own actions to change it.</source>
            <translation>A state only moves forward: the later state stays. Use the record's own actions to change it.</translation>
        </message>
        <message>
            <source>Only a text field can be merged by hand.</source>
            <translation>Only a text field can be merged by hand.</translation>
        </message>
        <message>
            <source>The merged text is longer than {limit} characters.</source>
            <translation>The merged text is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>The record of this conflict is not in this database.</source>
            <translation>The record of this conflict is not in this database.</translation>
        </message>
        <message>
            <source>The days of changes to keep must be a whole number, 0 or more: “{days}”.</source>
            <extracomment>registered computers whose last pull is below their horizon: they reload at their next sync</extracomment>
            <translation>The days of changes to keep must be a whole number, 0 or more: “{days}”.</translation>
        </message>
        <message>
            <source>The server pruned its change log again while this computer was reloading. Sync again later.</source>
            <extracomment>catch-ups in one round before giving up (the server pruned again while this computer reloaded)</extracomment>
            <translation>The server pruned its change log again while this computer was reloading. Sync again later.</translation>
        </message>
        <message>
            <source>The server was prepared by an older Neiqin. Run “neiqin server init” with this version to upgrade it.</source>
            <translation>The server was prepared by an older Neiqin. Run “neiqin server init” with this version to upgrade it.</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <extracomment>record changes not sent yet (their audit entries travel with them, uncounted) end of the last whole round (UTC) changes made here while the check ran (a difference may come from them) the person at the window: the status counts the conflicts they may see (None: all)</extracomment>
            <translation>A sync is already running.</translation>
        </message>
        <message>
            <source>The server could not give this computer a desk for its document numbers. Sync again.</source>
            <extracomment>set while documents may still need numbers from a newly stored desk the server's high-water mark of this client and the id of the change it ended at the client id given up (a restored or copied database became a new computer) waiting changes dropped because the server already had them</extracomment>
            <translation>The server could not give this computer a desk for its document numbers. Sync again.</translation>
        </message>
        <message>
            <source>Row {row} of {table} waits to be sent but is missing here: it was removed outside Neiqin. Restore the database from a backup.</source>
            <extracomment>later updates and deletes of the rows of a batch (the partial index `ix_sync_outbox_later`)</extracomment>
            <translation>Row {row} of {table} waits to be sent but is missing here: it was removed outside Neiqin. Restore the database from a backup.</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
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
            <translation>No minutes yet: they are started once the meeting has begun.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>Other matters</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Distributed to</source>
            <translation>Distributed to</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>No changes recorded for this record.</translation>
        </message>
    </context>
    <context>
        <name>tables</name>
        <message>
            <source>app_user</source>
            <translation>app_user</translation>
        </message>
        <message>
            <source>archive_check</source>
            <translation>archive_check</translation>
        </message>
        <message>
            <source>archive_check_line</source>
            <translation>archive_check_line</translation>
        </message>
        <message>
            <source>archive_circulation</source>
            <translation>archive_circulation</translation>
        </message>
        <message>
            <source>archive_contract</source>
            <translation>archive_contract</translation>
        </message>
        <message>
            <source>archive_destruction</source>
            <translation>archive_destruction</translation>
        </message>
        <message>
            <source>archive_destruction_line</source>
            <translation>archive_destruction_line</translation>
        </message>
        <message>
            <source>archive_document</source>
            <translation>archive_document</translation>
        </message>
        <message>
            <source>archive_item</source>
            <translation>archive_item</translation>
        </message>
        <message>
            <source>archive_lending</source>
            <translation>archive_lending</translation>
        </message>
        <message>
            <source>archive_lending_step</source>
            <translation>archive_lending_step</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>attachment</translation>
        </message>
        <message>
            <source>audit_entry</source>
            <translation>audit_entry</translation>
        </message>
        <message>
            <source>branch</source>
            <translation>branch</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>customer</translation>
        </message>
        <message>
            <source>customer_case_note</source>
            <translation>customer_case_note</translation>
        </message>
        <message>
            <source>customer_communication</source>
            <translation>customer_communication</translation>
        </message>
        <message>
            <source>customer_contact</source>
            <translation>customer_contact</translation>
        </message>
        <message>
            <source>customer_payment</source>
            <translation>customer_payment</translation>
        </message>
        <message>
            <source>customer_rating_change</source>
            <translation>customer_rating_change</translation>
        </message>
        <message>
            <source>customer_service_case</source>
            <translation>customer_service_case</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>meeting_action_item</source>
            <translation>meeting_action_item</translation>
        </message>
        <message>
            <source>meeting_action_note</source>
            <translation>meeting_action_note</translation>
        </message>
        <message>
            <source>meeting_agenda_item</source>
            <translation>meeting_agenda_item</translation>
        </message>
        <message>
            <source>meeting_attendee</source>
            <translation>meeting_attendee</translation>
        </message>
        <message>
            <source>meeting_decision</source>
            <translation>meeting_decision</translation>
        </message>
        <message>
            <source>meeting_distribution</source>
            <translation>meeting_distribution</translation>
        </message>
        <message>
            <source>meeting_material</source>
            <translation>meeting_material</translation>
        </message>
        <message>
            <source>meeting_transition</source>
            <translation>meeting_transition</translation>
        </message>
        <message>
            <source>product</source>
            <translation>product</translation>
        </message>
        <message>
            <source>reimbursement_budget</source>
            <translation>reimbursement_budget</translation>
        </message>
        <message>
            <source>reimbursement_claim</source>
            <translation>reimbursement_claim</translation>
        </message>
        <message>
            <source>reimbursement_line</source>
            <translation>reimbursement_line</translation>
        </message>
        <message>
            <source>reimbursement_transition</source>
            <translation>reimbursement_transition</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>sales_order</source>
            <translation>sales_order</translation>
        </message>
        <message>
            <source>sales_order_change</source>
            <translation>sales_order_change</translation>
        </message>
        <message>
            <source>sales_order_change_impact</source>
            <translation>sales_order_change_impact</translation>
        </message>
        <message>
            <source>sales_order_event</source>
            <translation>sales_order_event</translation>
        </message>
        <message>
            <source>sales_order_line</source>
            <translation>sales_order_line</translation>
        </message>
        <message>
            <source>sales_order_revision</source>
            <translation>sales_order_revision</translation>
        </message>
        <message>
            <source>sales_order_transition</source>
            <translation>sales_order_transition</translation>
        </message>
        <message>
            <source>stock_count</source>
            <translation>stock_count</translation>
        </message>
        <message>
            <source>stock_count_line</source>
            <translation>stock_count_line</translation>
        </message>
        <message>
            <source>stock_count_plan</source>
            <translation>stock_count_plan</translation>
        </message>
        <message>
            <source>stock_handling_plan</source>
            <translation>stock_handling_plan</translation>
        </message>
        <message>
            <source>stock_movement</source>
            <translation>stock_movement</translation>
        </message>
        <message>
            <source>stock_transition</source>
            <translation>stock_transition</translation>
        </message>
        <message>
            <source>supply_count</source>
            <translation>supply_count</translation>
        </message>
        <message>
            <source>supply_count_line</source>
            <translation>supply_count_line</translation>
        </message>
        <message>
            <source>supply_issue</source>
            <translation>supply_issue</translation>
        </message>
        <message>
            <source>supply_issue_line</source>
            <translation>supply_issue_line</translation>
        </message>
        <message>
            <source>supply_item</source>
            <translation>supply_item</translation>
        </message>
        <message>
            <source>supply_loss</source>
            <translation>supply_loss</translation>
        </message>
        <message>
            <source>supply_movement</source>
            <translation>supply_movement</translation>
        </message>
        <message>
            <source>supply_plan</source>
            <translation>supply_plan</translation>
        </message>
        <message>
            <source>supply_plan_line</source>
            <translation>supply_plan_line</translation>
        </message>
        <message>
            <source>supply_receiving</source>
            <translation>supply_receiving</translation>
        </message>
        <message>
            <source>supply_receiving_line</source>
            <translation>supply_receiving_line</translation>
        </message>
        <message>
            <source>supply_transition</source>
            <translation>supply_transition</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>short_name</source>
            <translation>short_name</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>subject</translation>
        </message>
        <message>
            <source>display_name</source>
            <translation>display_name</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>wechat</source>
            <translation>wechat</translation>
        </message>
        <message>
            <source>address</source>
            <translation>address</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>industry</source>
            <translation>industry</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>contact_name</source>
            <translation>contact_name</translation>
        </message>
        <message>
            <source>customer_type</source>
            <translation>customer_type</translation>
        </message>
        <message>
            <source>legal_representative</source>
            <translation>legal_representative</translation>
        </message>
        <message>
            <source>business_scope</source>
            <translation>business_scope</translation>
        </message>
        <message>
            <source>tax_id</source>
            <translation>tax_id</translation>
        </message>
        <message>
            <source>bank_name</source>
            <translation>bank_name</translation>
        </message>
        <message>
            <source>bank_account</source>
            <translation>bank_account</translation>
        </message>
        <message>
            <source>credit_rating</source>
            <translation>credit_rating</translation>
        </message>
        <message>
            <source>credit_limit</source>
            <translation>credit_limit</translation>
        </message>
        <message>
            <source>payment_terms</source>
            <translation>payment_terms</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>tags</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comment</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>purpose</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>topic</translation>
        </message>
        <message>
            <source>department</source>
            <translation>department</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>deleted_at</source>
            <translation>deleted_at</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>spec</source>
            <translation>spec</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>list_price</source>
            <translation>list_price</translation>
        </message>
        <message>
            <source>unit_price</source>
            <translation>unit_price</translation>
        </message>
        <message>
            <source>unit_cost</source>
            <translation>unit_cost</translation>
        </message>
        <message>
            <source>last_price</source>
            <translation>last_price</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>quantity</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>amount</translation>
        </message>
        <message>
            <source>total_amount</source>
            <translation>total_amount</translation>
        </message>
        <message>
            <source>minimum_stock</source>
            <translation>minimum_stock</translation>
        </message>
        <message>
            <source>reorder_point</source>
            <translation>reorder_point</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>supplier</translation>
        </message>
        <message>
            <source>delivery_date</source>
            <translation>delivery_date</translation>
        </message>
        <message>
            <source>delivery_place</source>
            <translation>delivery_place</translation>
        </message>
        <message>
            <source>due_date</source>
            <translation>due_date</translation>
        </message>
        <message>
            <source>location</source>
            <translation>location</translation>
        </message>
        <message>
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <source>room</source>
            <translation>room</translation>
        </message>
        <message>
            <source>confidentiality</source>
            <translation>confidentiality</translation>
        </message>
        <message>
            <source>keep_years</source>
            <translation>keep_years</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>urgency</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>satisfaction</translation>
        </message>
    </context>
    <context>
        <name>DateRangeEdit</name>
        <message>
            <source>All dates</source>
            <translation>All dates</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Discard changes?</translation>
        </message>
    </context>
    <context>
        <name>ModuleTab</name>
        <message>
            <source>You do not have the right to do this.</source>
            <translation>You do not have the right to do this.</translation>
        </message>
        <message>
            <source>Select a record first.</source>
            <translation>Select a record first.</translation>
        </message>
        <message>
            <source>Details at the bottom</source>
            <translation>Details at the bottom</translation>
        </message>
        <message>
            <source>Details on the right</source>
            <translation>Details on the right</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>Clear search</translation>
        </message>
        <message>
            <source>Nothing matches the search or filters.</source>
            <translation>Nothing matches the search or filters.</translation>
        </message>
        <message>
            <source>Nothing here yet.</source>
            <translation>Nothing here yet.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>{count} records</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>Exported {rows} rows to {file}.</translation>
        </message>
    </context>
</TS>