"""``python -m custdesk``: the same command as ``custdesk`` (cli.main)."""

from __future__ import annotations

import sys

from custdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
