""" "Sådan skriver du en narrativ": the method on one calm, scrolling page.

The text is data (``resources/guide/writing_guide.json``) so that a pædagogisk leder can
improve the wording without touching code; this module only lays it out. Every piece of it
is escaped, so quotes and »…« in the text print as written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from narrativ.paths import resource_path
from narrativ.ui.guide.centred import centred

#: Anchors of the guide's sections, in order, for ``WritingGuide.show_section``.
SECTIONS = ("intro", "prompts", "forms", "wording", "examples", "checklist")
# Lines longer than this are tiring to read; wider windows get margins instead.
READING_WIDTH = 860

INK = "#1a1a1a"
QUIET = "#555555"
ACCENT = "#6b4e16"
AVOID = "#a3261c"
PAPER = "#f7f4ec"
RULE = "#d9cfb8"


@dataclass(frozen=True)
class Prompt:
    field: str
    prompt: str
    help: str


@dataclass(frozen=True)
class WritingForm:
    """One way of writing the guide's one situation ("kan ikke", "kan", …)."""

    key: str
    name: str
    example: str
    comment: str
    avoid: bool


@dataclass(frozen=True)
class WordGroup:
    name: str
    examples: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Rewrite:
    instead_of: str
    write: str


@dataclass(frozen=True)
class Example:
    """An example narrative; ``story_type`` is one of the editor's story types."""

    story_type: str
    type_name: str
    about_type: str
    title: str
    setting: str
    note: str
    story: str
    reflection: str
    next_steps: str


@dataclass(frozen=True)
class Guide:
    labels: dict[str, str]
    headings: dict[str, str]
    intro: tuple[str, ...]
    prompts_intro: str
    prompts: tuple[Prompt, ...]
    situation: str
    forms: tuple[WritingForm, ...]
    wording_intro: str
    word_groups: tuple[WordGroup, ...]
    rewrites_heading: str
    rewrites: tuple[Rewrite, ...]
    examples_intro: str
    examples: tuple[Example, ...]
    checklist: tuple[str, ...]


def _strings(items: list[Any]) -> tuple[str, ...]:
    return tuple(str(item) for item in items)


def load_guide(path: Path | None = None) -> Guide:
    source = path or resource_path("guide", "writing_guide.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    return Guide(
        labels={k: str(v) for k, v in data["labels"].items()},
        headings={section: str(data[section]["heading"]) for section in SECTIONS},
        intro=_strings(data["intro"]["paragraphs"]),
        prompts_intro=data["prompts"]["intro"],
        prompts=tuple(Prompt(**item) for item in data["prompts"]["items"]),
        situation=data["forms"]["situation"],
        forms=tuple(WritingForm(**item) for item in data["forms"]["items"]),
        wording_intro=data["wording"]["intro"],
        word_groups=tuple(
            WordGroup(g["name"], _strings(g["examples"]), g["why"])
            for g in data["wording"]["groups"]
        ),
        rewrites_heading=data["wording"]["rewrites_heading"],
        rewrites=tuple(Rewrite(**item) for item in data["wording"]["rewrites"]),
        examples_intro=data["examples"]["intro"],
        examples=tuple(Example(**item) for item in data["examples"]["items"]),
        checklist=_strings(data["checklist"]["items"]),
    )


def _heading(guide: Guide, section: str) -> str:
    return f'<h2><a name="{section}"></a>{escape(guide.headings[section])}</h2>'


def _labelled(label: str, body: str) -> str:
    return f'<p><span style="font-weight:600">{escape(label)}</span><br/>{escape(body)}</p>'


def guide_html(guide: Guide) -> str:
    """The whole guide as rich text for a QTextBrowser (Qt's HTML subset, no scripts)."""
    labels = guide.labels
    contents = " &nbsp;·&nbsp; ".join(
        f'<a href="#{section}">{escape(guide.headings[section])}</a>' for section in SECTIONS
    )
    parts = [f'<p style="color:{QUIET}">{escape(labels["contents"])}: {contents}</p>']

    parts.append(_heading(guide, "intro"))
    parts.extend(f"<p>{escape(p)}</p>" for p in guide.intro)

    parts.append(_heading(guide, "prompts"))
    parts.append(f"<p>{escape(guide.prompts_intro)}</p>")
    parts.append('<table width="100%" cellspacing="0" cellpadding="6">')
    for number, prompt in enumerate(guide.prompts, 1):
        parts.append(
            f'<tr><td width="36" valign="top" style="color:{ACCENT};font-size:large;'
            f'font-weight:600">{number}</td><td valign="top">'
            f'<span style="font-weight:600">{escape(prompt.field)}:</span> '
            f"<i>{escape(prompt.prompt)}</i><br/>{escape(prompt.help)}</td></tr>"
        )
    parts.append("</table>")

    parts.append(_heading(guide, "forms"))
    parts.append(
        f'<p><span style="font-weight:600">{escape(labels["situation"])}:</span> '
        f"{escape(guide.situation)}</p>"
    )
    parts.append(
        f'<table width="100%" cellspacing="0" cellpadding="8" border="1" '
        f'style="border-collapse:collapse;border-color:{RULE};border-style:solid">'
    )
    for form in guide.forms:
        tag = (
            f'<br/><span style="color:{AVOID};font-weight:600">{escape(labels["avoid"])}</span>'
            if form.avoid
            else ""
        )
        # The form to avoid is shown struck through, so a skimming reader does not copy it.
        example = f"<s>{escape(form.example)}</s>" if form.avoid else escape(form.example)
        parts.append(
            f'<tr><td width="26%" valign="top" style="font-weight:600">{escape(form.name)}'
            f'{tag}</td><td valign="top"><i>{example}</i><br/>'
            f'<span style="color:{QUIET}">{escape(form.comment)}</span></td></tr>'
        )
    parts.append("</table>")

    parts.append(_heading(guide, "wording"))
    parts.append(f"<p>{escape(guide.wording_intro)}</p>")
    for group in guide.word_groups:
        words = ", ".join(escape(word) for word in group.examples)
        parts.append(
            f'<p><span style="font-weight:600">{escape(group.name)}:</span> <i>{words}</i>'
            f"<br/>{escape(group.why)}</p>"
        )
    parts.append(f"<h3>{escape(guide.rewrites_heading)}</h3>")
    parts.append(
        f'<table width="100%" cellspacing="0" cellpadding="8" border="1" '
        f'style="border-collapse:collapse;border-color:{RULE};border-style:solid">'
        f'<tr><th width="36%" align="left">{escape(labels["instead_of"])}</th>'
        f'<th align="left">{escape(labels["write"])}</th></tr>'
    )
    for rewrite in guide.rewrites:
        parts.append(
            f'<tr><td valign="top" style="color:{QUIET}"><s>{escape(rewrite.instead_of)}</s></td>'
            f'<td valign="top">{escape(rewrite.write)}</td></tr>'
        )
    parts.append("</table>")

    parts.append(_heading(guide, "examples"))
    parts.append(f"<p>{escape(guide.examples_intro)}</p>")
    story_label, reflection_label, next_label = (p.field for p in guide.prompts)
    for example in guide.examples:
        parts.append(
            f'<h3><span style="color:{ACCENT}">{escape(example.type_name)}:</span> '
            f"{escape(example.title)}</h3>"
            f'<p style="color:{QUIET}">{escape(example.about_type)}</p>'
            f'<table width="100%" cellspacing="0" cellpadding="12" bgcolor="{PAPER}"><tr><td>'
            f'<p style="color:{QUIET}">{escape(example.setting)}</p>'
        )
        if example.note:
            parts.append(f"<p><i>{escape(example.note)}</i></p>")
        parts.append(_labelled(story_label, example.story))
        parts.append(_labelled(reflection_label, example.reflection))
        parts.append(_labelled(next_label, example.next_steps))
        parts.append("</td></tr></table>")

    parts.append(_heading(guide, "checklist"))
    parts.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in guide.checklist))
    parts.append("</ul>")
    return "".join(parts)


STYLE = f"""
h2 {{ color: {INK}; font-size: x-large; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }}
h3 {{ color: {INK}; font-size: large; font-weight: 600; margin-top: 16px; margin-bottom: 2px; }}
p {{ margin-top: 4px; margin-bottom: 8px; line-height: 130%; }}
li {{ margin-bottom: 4px; }}
a {{ color: #1b5fb8; }}
"""


class WritingGuide(QWidget):
    """The guide as a page: a title and the scrolling, selectable text below it."""

    def __init__(self, parent: QWidget | None = None, guide: Guide | None = None) -> None:
        super().__init__(parent)
        self.guide = guide or load_guide()
        self.title = QLabel(self.tr("Sådan skriver du en narrativ"))
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.title.setIndent(0)  # flush with the text below, despite the title's margin
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Sådan skriver du en narrativ"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        document = self.browser.document()
        document.setDocumentMargin(18)
        document.setDefaultStyleSheet(STYLE)
        font = self.browser.font()
        if font.pointSizeF() > 0:  # a pixel-sized font has no point size to scale
            font.setPointSizeF(font.pointSizeF() * 1.1)
            document.setDefaultFont(font)
        self.browser.setHtml(guide_html(self.guide))

        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.browser, 1)
        column.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(centred(holder, READING_WIDTH))

    def show_section(self, section: str) -> None:
        """Scroll to one of ``SECTIONS`` (e.g. "forms" from a wording hint)."""
        if section not in SECTIONS:
            raise ValueError(f"unknown guide section: {section}")
        self.browser.scrollToAnchor(section)

    def plain_text(self) -> str:
        return self.browser.toPlainText()


class WritingGuideDialog(QDialog):
    """The guide in its own window, not modal, so it can stay open beside the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sådan skriver du en narrativ"))
        self.setModal(False)
        self.guide = WritingGuide(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.guide, 1)
        layout.addWidget(buttons)
        # At 150 % scaling a 1366×768 screen has 911×512 logical pixels: never open larger.
        room = self.screen().availableGeometry()
        self.resize(min(READING_WIDTH + 60, room.width()), min(680, room.height() * 9 // 10))
