"""Checks that read back-translations and their scores (BT)."""
