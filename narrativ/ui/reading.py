"""A narrative as HTML for a read-only pane (every user text escaped)."""

from __future__ import annotations

from html import escape

from narrativ.services.views import NarrativeView
from narrativ.ui.i18n import tr
from narrativ.ui.narrative_table import status_label


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())


def narrative_html(view: NarrativeView) -> str:
    # Labels first: lupdate cannot see tr() inside an f-string.
    focus_label = tr("Fokusbarn")
    present_label = tr("Til stede")
    reflection_label = tr("Refleksion")
    next_label = tr("Næste skridt")
    comments_label = tr("Kommentarer")
    community_label = tr("Fællesskab i fokus")
    parts = [
        f"<h3>{escape(view.occurred_on.strftime('%d.%m.%Y'))} · {escape(view.part_of_day)} · "
        f"{escape(view.context)}</h3>",
        f"<p><b>{focus_label}:</b> {escape(', '.join(c.name for c in view.focus))}"
        + (
            f" &nbsp; <b>{present_label}:</b> {escape(', '.join(c.name for c in view.present))}"
            if view.present
            else ""
        )
        + "</p>",
        (f"<p><b>{community_label}:</b> {escape(view.community)}</p>" if view.community else ""),
        f"<p><i>{escape(view.group.name)} · {escape(view.author_name)} · "
        f"{escape(status_label(view.status))}</i></p>",
    ]
    if view.themes or view.relations:
        relations = [code.replace("-", "–") for code in view.relations]
        parts.append(f"<p>{escape(' · '.join((*view.themes, *relations)))}</p>")
    parts.append(_paragraphs(view.story))
    if view.reflection:
        parts.append(f"<h4>{reflection_label}</h4>{_paragraphs(view.reflection)}")
    if view.next_steps:
        parts.append(f"<h4>{next_label}</h4>{_paragraphs(view.next_steps)}")
    if view.comments:
        parts.append(f"<h4>{comments_label}</h4>")
        for c in view.comments:
            when = c.created_at.strftime("%d.%m.%Y")
            parts.append(f"<p><b>{escape(c.author)}</b> ({when}): {escape(c.body)}</p>")
    return "".join(parts)
