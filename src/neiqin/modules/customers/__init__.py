"""Customer files (客户档案): customers, contacts, communication log, service cases, credit."""
