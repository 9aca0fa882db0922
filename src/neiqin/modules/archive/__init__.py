"""Archive register, document register and lending (档案管理与借阅)."""
