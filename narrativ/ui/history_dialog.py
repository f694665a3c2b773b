"""Who changed a shared narrative, and when: each revision with its text."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from narrativ.services.views import RevisionView
from narrativ.ui.narrative_table import status_label


def history_html(revisions: list[RevisionView], no_history: str) -> str:
    if not revisions:
        return f"<p>{escape(no_history)}</p>"
    parts = []
    for revision in reversed(revisions):
        snapshot = revision.snapshot
        when = revision.edited_at.astimezone().strftime("%d.%m.%Y %H:%M")
        parts.append(
            f"<h4>{escape(when)} · {escape(revision.editor)} · "
            f"{escape(status_label(str(snapshot.get('status', ''))))}</h4>"
        )
        for field in ("story", "reflection", "next_steps"):
            text = str(snapshot.get(field) or "")
            if text:
                parts.append(f"<p>{escape(text)}</p>")
    return "".join(parts)


class HistoryDialog(QDialog):
    def __init__(self, revisions: list[RevisionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historik"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Historik"))
        self.view.setHtml(
            history_html(revisions, self.tr("Narrativen er ikke ændret, siden den blev delt."))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 480)
