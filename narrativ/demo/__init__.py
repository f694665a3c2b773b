"""The fictional demo institution that ``narrativ demo`` loads: plain data, no Qt, no database."""

from __future__ import annotations

from narrativ.demo.generator import build_demo_document

__all__ = ["build_demo_document"]
