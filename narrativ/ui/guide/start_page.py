"""The start page after unlocking: what to do first, where the data are kept, and for
leaders the question of the day for the staff meeting.

It reads nothing from the database: the desk passes the name, the role and the backup
folder in, so the page can be shown (and tested) without a workspace.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.reports.question_cards import load_questions, render_question_cards
from narrativ.ui.guide.centred import centred
from narrativ.ui.guide.question_of_the_day import QuestionCard, question_for
from narrativ.ui.i18n import tr
from narrativ.ui.messages import show_error
from narrativ.vault.keyfile import write_private_file

# Wider than this and the two columns drift apart on a big screen; the rest is margin.
CONTENT_WIDTH = 1040

PAGE_STYLE = """
QFrame#startPanel { background: #ffffff; border: 1px solid #d6d6d6; border-radius: 6px; }
QLabel#stepNumber { color: #6b4e16; font-size: 15pt; font-weight: 600; }
QPushButton#primaryButton { font-weight: 600; padding: 7px 18px; }
QPushButton#secondaryButton { padding: 7px 18px; }
"""


def _wrapped(text: str, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A style-sheet margin gives a label a frame width, and with it an indent of half an
    # "x"; titles would then stand a little to the right of the text below them.
    label.setIndent(0)
    if name:
        label.setObjectName(name)
    return label


def _panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("startPanel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 12, 18, 16)
    layout.setSpacing(8)
    heading = _wrapped(title, "panelTitle")
    layout.addWidget(heading)
    return frame, layout


class StartPage(QWidget):
    write_requested = Signal()
    quick_note_requested = Signal()
    guide_requested = Signal()
    print_cards_requested = Signal()
    plan_requested = Signal(str)  # leaders only; the desk calls ``save_cards``

    def __init__(
        self,
        user_name: str,
        is_leader: bool,
        backup_folder: str | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.is_leader = is_leader
        self.setStyleSheet(PAGE_STYLE)
        first_name = user_name.split()[0] if user_name.split() else user_name
        self.greeting = _wrapped(self.tr("Hej %1").replace("%1", first_name), "screenTitle")
        intro = _wrapped(
            self.tr("Her er det vigtigste, når du skal i gang med at skrive narrativer."),
            "quiet",
        )

        # No accelerators: the desk's own "Ny narrativ" and "Hurtig note" buttons hold
        # Alt+N and Alt+H, and Ctrl+N / Ctrl+Shift+N do the same from anywhere.
        self.write_button = QPushButton(self.tr("Skriv en narrativ"))
        self.write_button.setObjectName("primaryButton")
        self.write_button.setToolTip(self.tr("Ny narrativ (Ctrl+N)"))
        self.quick_button = QPushButton(self.tr("Hurtig note"))
        self.quick_button.setObjectName("secondaryButton")
        self.quick_button.setToolTip(
            self.tr("Skriv det vigtigste nu og gør det færdigt senere (Ctrl+Shift+N)")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.write_button)
        actions.addWidget(self.quick_button)
        actions.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self._plans_panel())
        left.addWidget(self._steps_panel())
        left.addStretch(1)
        right = QVBoxLayout()
        self.question_card: QuestionCard | None = None
        self.print_button: QPushButton | None = None
        # The meeting question is the leader's to bring along; for educators it is not
        # hidden but never built.
        if is_leader:
            right.addWidget(self._question_panel(today))
        right.addWidget(self._safety_panel(backup_folder))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(8, 4, 8, 12)
        body.setSpacing(10)
        body.addWidget(self.greeting)
        body.addWidget(intro)
        body.addLayout(actions)
        body.addSpacing(6)
        body.addLayout(columns)
        body.addStretch(1)
        holder = QWidget()
        holder.setLayout(centred(content, CONTENT_WIDTH))

        # At 150 % scaling the page is taller than the window: scroll, never cut off.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.write_button.clicked.connect(self.write_requested)
        self.quick_button.clicked.connect(self.quick_note_requested)
        self.guide_button.clicked.connect(self.guide_requested)
        if self.print_button is not None:
            self.print_button.clicked.connect(self.print_cards_requested)

    # -- panels ----------------------------------------------------------------------------

    def _steps_panel(self) -> QFrame:
        frame, layout = _panel(self.tr("Din første narrativ i tre trin"))
        steps = (
            self.tr(
                "Vælg gruppe og dato, og tilføj det barn, fortællingen handler om, som fokusbarn."
            ),
            self.tr(
                "Skriv, hvad der skete – konkret, som du så og hørte det. Refleksion og "
                "næste skridt kan vente til senere."
            ),
            self.tr(
                "Kladden gemmes af sig selv, mens du skriver. Når du er klar, trykker du "
                "på »Del med kolleger«."
            ),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        for row, text in enumerate(steps):
            number = QLabel(str(row + 1))
            number.setObjectName("stepNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            label = _wrapped(text)
            self.step_labels.append(label)
            grid.addWidget(number, row, 0)
            grid.addWidget(label, row, 1)
        layout.addLayout(grid)
        layout.addSpacing(4)
        self.guide_button = QCommandLinkButton(
            self.tr("Sådan skriver du en narrativ"),
            self.tr("De fire måder at skrive på, ord du kan undgå, og tre eksempler"),
        )
        layout.addWidget(self.guide_button)
        return frame

    def _plans_panel(self) -> QFrame:
        frame, layout = _panel(self.tr("Handleplaner til opfølgning"))
        self.plans_list = QListWidget()
        self.plans_list.setAccessibleName(self.tr("Handleplaner til opfølgning"))
        self.plans_list.setMaximumHeight(110)
        self.plans_list.itemActivated.connect(
            lambda item: self.plan_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.plans_list)
        self.plans_frame = frame
        frame.setVisible(False)  # shown when a plan is due
        return frame

    def set_due_plans(self, plans: list[tuple[str, str, date]]) -> None:
        """(plan key, who it is about, follow-up date) for the open plans that are due."""
        self.plans_list.clear()
        for key, subject, due in plans:
            item = QListWidgetItem(f"{subject} – {due.strftime('%d.%m.%Y')}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.plans_list.addItem(item)
        self.plans_frame.setVisible(bool(plans))

    def _question_panel(self, today: date) -> QFrame:
        frame, layout = _panel(self.tr("Dagens spørgsmål til personalemødet"))
        self.question_card = QuestionCard(question_for(today))
        layout.addWidget(self.question_card)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Læs spørgsmålet højt på mødet, og lad hver især svare med en konkret "
                    "situation fra hverdagen."
                ),
                "quiet",
            )
        )
        self.print_button = QPushButton(self.tr("&Udskriv spørgsmålskort …"))
        self.print_button.setToolTip(
            self.tr("Alle spørgsmål som kort til at klippe ud, gemt som PDF")
        )
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _safety_panel(self, backup_folder: str | None) -> QFrame:
        frame, layout = _panel(self.tr("Sådan passer vi på oplysningerne"))
        self.backup_label = _wrapped("")
        self.backup_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.set_backup_folder(backup_folder)
        self.recovery_label = _wrapped(
            self.tr(
                "Gendannelsesarket med institutionens gendannelseskode ligger i "
                "institutionens pengeskab. Det bruges kun, hvis alle ledere har glemt deres "
                "adgangskode. Har du glemt din egen, giver lederen dig en ny."
            )
        )
        self.lock_label = _wrapped(
            self.tr(
                "Lås Narrativ, når du går fra pc'en (Ctrl+L). Narrativ låser også selv, når "
                "ingen har brugt den et stykke tid."
            )
        )
        for label in (self.backup_label, self.recovery_label, self.lock_label):
            layout.addWidget(label)
        return frame

    def set_backup_folder(self, folder: str | None) -> None:
        """Show the folder anew, e.g. after a leader changed it under Indstillinger."""
        if folder and folder.strip():
            self.backup_label.setText(
                self.tr("Sikkerhedskopier gemmes i %1.").replace("%1", folder.strip())
            )
        elif self.is_leader:
            self.backup_label.setText(
                self.tr(
                    "Der er ikke valgt en mappe til sikkerhedskopier endnu – vælg den under "
                    "Indstillinger."
                )
            )
        else:
            self.backup_label.setText(
                self.tr(
                    "Der er ikke valgt en mappe til sikkerhedskopier endnu – lederen vælger "
                    "den under Indstillinger."
                )
            )


def save_cards(parent: QWidget | None) -> Path | None:
    """Ask where to save the question cards and write the PDF there; None if cancelled.

    The cards hold no data about children, so there is nothing to audit; the file is still
    written atomically and owner-only, like every PDF Narrativ writes.
    """
    target, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Gem spørgsmålskort"),
        str(Path.home() / "Narrativ-spørgsmålskort.pdf"),
        tr("PDF-filer (*.pdf)"),
    )
    if not target:
        return None
    path = Path(target)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_private_file(path, render_question_cards(load_questions()))
    except UserError as error:
        show_error(parent, error)
        return None
    except OSError as error:
        show_error(
            parent,
            UserError(
                # %2 first: a folder name may itself contain "%2", a reason never "%1".
                tr("Spørgsmålskortene kunne ikke gemmes i %1: %2")
                .replace("%2", error.strerror or type(error).__name__)
                .replace("%1", str(path.parent))
            ),
        )
        return None
    return path
