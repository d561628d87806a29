"""Checks of the alignment family: sentences of one side with no counterpart on the other."""
