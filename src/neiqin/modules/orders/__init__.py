"""Orders (订单管理): inquiry to archive, review, change requests, tracking, the confirmation form."""
