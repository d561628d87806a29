"""Checks of the leftovers family."""
