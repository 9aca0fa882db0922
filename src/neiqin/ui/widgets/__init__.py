"""Shared input and display widgets: money, dates, date ranges, search box, status tags, completer."""
