"""Checks of the numbers family: what the source says in numbers, dates and addresses must survive."""
