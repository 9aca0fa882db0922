"""The customers tab and its dialogs."""
