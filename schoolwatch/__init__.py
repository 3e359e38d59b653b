"""schoolwatch: watch the public web for mentions of a school and its staff."""

__version__ = "0.1.0"
