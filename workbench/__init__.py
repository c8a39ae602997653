"""SLM Workbench core: Qt-free, usable from the CLI and tests."""
