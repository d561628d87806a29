"""Checks of the untranslated family."""
