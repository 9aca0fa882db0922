"""The shared Qt layer: main window, table models, background tasks, widgets, i18n."""
