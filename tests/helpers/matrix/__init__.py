"""The permission matrix tests' shared parts: the declared matrix, a world of records in every state
the service actions start from (built once through the real services), the table of every service
action per slice, the source scan that finds the functions that check a permission, and the db
fingerprint that shows a refused action changed nothing."""
