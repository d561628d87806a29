"""``python -m mtcheck`` runs the command line."""

import sys

from mtcheck.cli import main

sys.exit(main())
