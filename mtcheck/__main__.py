"""``python -m mtcheck`` runs the command line."""

from mtcheck.cli import entry

entry()
