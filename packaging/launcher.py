"""The frozen bundle's entry script: the same ``main`` as the ``slm-workbench`` console script.

PyInstaller runs this file as ``__main__``; keeping it apart from ``ui/entry.py`` means the
package module ``ui.entry`` is imported once, under its own name. Nothing may run before
``main()``: its first act, ``multiprocessing.freeze_support()``, turns an engine child process
(the executable started again with ``--multiprocessing-fork``) into the engine instead of a window.
"""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
