"""Checks of the duplication family."""
