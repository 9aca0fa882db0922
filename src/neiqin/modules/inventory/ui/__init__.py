"""The inventory tab and its dialogs."""
