"""Checks of the names family: every way MT breaks a proper name."""
