"""The Qt-free shared kernel: database, auth, audit, numbering, money, search, printing, Excel."""
