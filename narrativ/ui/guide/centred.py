"""A reading column: at most so wide, in the middle of whatever room there is."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

# Below its maximum width the column takes (all but a pixel of) the room; beyond it, the
# two stretches share what is left. An alignment flag would instead shrink the column to
# its size hint, which for wrapped text is far too narrow.
COLUMN_STRETCH = 1000


def centred(content: QWidget, max_width: int) -> QHBoxLayout:
    content.setMaximumWidth(max_width)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(content, COLUMN_STRETCH)
    row.addStretch(1)
    return row
