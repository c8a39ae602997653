"""PySide6 side of SLM Workbench: widgets, threads and windows."""
