"""UI tests drive the real widgets offscreen over real encrypted databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
