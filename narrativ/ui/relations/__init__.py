""" "Relationer på stuen": which children are written about together, and which not."""

from narrativ.ui.relations.page import RelationPage

__all__ = ["RelationPage"]
