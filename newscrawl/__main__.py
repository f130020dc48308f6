"""``python -m newscrawl``: the same as the ``newscrawl`` command."""

from __future__ import annotations

import sys

from newscrawl.cli import main

sys.exit(main())
