"""Entry script of the frozen bundle: the same ``main`` as the ``workbench-gui`` command."""

import sys

from workbench.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
