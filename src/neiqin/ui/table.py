"""Lists: the lazy SQL table model and its view (split in table_model.py and table_view.py)."""

from neiqin.ui.table_model import SqlTableModel
from neiqin.ui.table_view import StatusDelegate, TableView

__all__ = ["SqlTableModel", "StatusDelegate", "TableView"]
