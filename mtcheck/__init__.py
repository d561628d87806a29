"""mtcheck: find the names, titles and sentences that machine translation broke."""

__version__ = "0.1.0"
