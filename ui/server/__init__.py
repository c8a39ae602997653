"""The Server panel: serve the loaded model to other programs (see :mod:`workbench.server`)."""
