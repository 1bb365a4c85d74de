"""``python -m routine_builder``."""

import sys

from routine_builder.cli import main

sys.exit(main())
