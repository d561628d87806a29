"""Checks of the roles family: job titles rendered word by word, swapped, or given the wrong gender."""
