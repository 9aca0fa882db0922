"""The products tab and its editor."""
