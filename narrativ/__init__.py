"""Narrativ: strength-focused narrative documentation for Danish daycare."""

__version__ = "0.1.0"
