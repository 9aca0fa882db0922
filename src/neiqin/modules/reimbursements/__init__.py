"""Reimbursements (费用报销): claims with receipts, the approval chain, budgets, the claim form."""
