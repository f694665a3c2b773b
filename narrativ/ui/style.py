"""One calm style sheet: readable sizes, clear focus, quiet secondary text."""

STYLE_SHEET = """
QLabel#screenTitle { font-size: 16pt; font-weight: 600; margin: 4px 0 6px 0; }
QLabel#panelTitle, QLabel#fieldTitle { font-weight: 600; margin-top: 6px; }
QLabel#quiet { color: #555555; }
QLabel#errorText { color: #a3261c; }
QLabel#recoveryCode { font-size: 18pt; font-weight: 600; padding: 12px;
                      border: 2px solid #333333; }
QLabel#who { font-weight: 600; }
QListWidget#chips::item { border: 1px solid #8a8a8a; border-radius: 9px; padding: 2px 8px; }
QPushButton#lockButton { font-weight: 600; }
*:focus { outline: 2px solid #1b5fb8; }
"""
