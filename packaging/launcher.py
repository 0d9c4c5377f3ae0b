"""Entry point of the PyInstaller bundle: both executables (IntegrationDesk, integration-desk) run this.

Without arguments it opens the program; with arguments it is the command line (`--version`,
`seed-demo`, `screenshot`, …), exactly as the pip-installed `integration-desk` script.
"""

from __future__ import annotations

import sys

from integration_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
