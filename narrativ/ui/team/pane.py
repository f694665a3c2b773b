"""The reading pane's text: the whole narrative, its comments and its history, searched
words marked."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from narrativ.services.views import NarrativeView, RevisionView
from narrativ.ui.history_dialog import history_html
from narrativ.ui.reading import narrative_html
from narrativ.ui.team.highlight import highlight_html


@dataclass(frozen=True)
class PaneContent:
    """What the pane shows for one narrative, read off the UI thread."""

    view: NarrativeView
    revisions: list[RevisionView]


def pane_html(content: PaneContent, query: str = "") -> str:
    no_history = (
        QCoreApplication.translate("TeamPane", "Kladden er ikke delt endnu.")
        if content.view.status == "draft"
        else QCoreApplication.translate("TeamPane", "Ingen ændringer, siden narrativen blev delt.")
    )
    history_title = QCoreApplication.translate("TeamPane", "Historik")
    html = (
        narrative_html(content.view)
        + f"<h4>{escape(history_title)}</h4>"
        + history_html(content.revisions, no_history)
    )
    return highlight_html(html, query)
