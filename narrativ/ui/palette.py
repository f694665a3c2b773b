"""The greys of the drawn pictures (grid, charts, relation map): they must print in black and
white, so every step is a clearly different grey and nothing depends on colour alone."""

from PySide6.QtGui import QColor

WHITE = QColor("#ffffff")
INK = QColor("#1a1a1a")
QUIET = QColor("#555555")
RULE = QColor("#8a8a8a")
FOCUS = QColor("#1b5fb8")
