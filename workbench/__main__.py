"""``python -m workbench`` is the command line."""

from __future__ import annotations

import sys

from workbench.cli import run

sys.exit(run())
