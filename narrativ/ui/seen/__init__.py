""" "Hvem ser vi?": the leaders' overview of which children are written about, and which not."""

from narrativ.ui.seen.page import SeenPage

__all__ = ["SeenPage"]
