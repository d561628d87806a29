"""Checks of the typography family."""
