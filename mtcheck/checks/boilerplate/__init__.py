"""Checks of the boilerplate family."""
