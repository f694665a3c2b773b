""" "Sletning": children whose retention deadline has passed, erased one at a time after the
leader has typed the child's first name — erasing cannot be undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narrativ.services import erasure, settings
from narrativ.services.erasure import Erased
from narrativ.services.views import ChildView
from narrativ.services.workspace import Workspace
from narrativ.ui.admin.common import AdminTab, day_text, list_widget, quiet_label
from narrativ.ui.tasks import TaskRunner

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def months_since(left: date, today: date) -> int:
    """Whole months from ``left`` to ``today``."""
    months = (today.year - left.year) * 12 + today.month - left.month
    return months - 1 if today.day < left.day else months


class _Item(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class EraseDialog(QDialog):
    """Names the child, says what goes and that it cannot be undone; the delete button
    works only once the child's first name is typed, and Escape or Enter cancels."""

    def __init__(self, child: ChildView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self.setWindowTitle(self.tr("Slet %1").replace("%1", child.display_name))
        text = QLabel(
            self.tr(
                "%1 og alt, hvad der er registreret om barnet, bliver slettet: narrativer, "
                "hvor barnet er eneste fokusbarn, samtykker og udleveringer. I andre "
                "narrativer bliver barnets navn maskeret. Logningen beholder kun, at "
                "barnet er slettet."
            ).replace("%1", child.display_name)
        )
        text.setWordWrap(True)
        final = QLabel(self.tr("Sletningen kan ikke gøres om."))
        bold = final.font()
        bold.setBold(True)  # the one thing to take in
        final.setFont(bold)
        ask = QLabel(
            self.tr("Skriv barnets fornavn, %1, for at bekræfte:").replace("%1", child.first_name)
        )
        ask.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Barnets fornavn"))
        ask.setBuddy(self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Slet for altid"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(final)
        layout.addWidget(ask)
        layout.addWidget(self.name)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)
        self.name.textChanged.connect(self._typed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(self.confirmed(text))

    def confirmed(self, text: str | None = None) -> bool:
        typed = self.name.text() if text is None else text
        return typed.strip().casefold() == self.child.first_name.casefold()

    def accept(self) -> None:
        if self.confirmed():  # Enter in the field must not get past the check
            super().accept()


class ErasurePage(AdminTab):
    def __init__(
        self,
        ws: Workspace,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(ws, runner, parent)
        self.today = today
        self.due: list[ChildView] = []
        self._generation = 0
        self.intro = quiet_label()
        self.list = list_widget(
            [
                (self.tr("Barn"), "Valdemar F."),
                (self.tr("Stoppet"), "00.00.0000"),
                (self.tr("Måneder siden"), "000"),
            ],
            self.tr("Børn, der skal slettes"),
        )
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.empty = quiet_label()
        self.erase_button = QPushButton(self.tr("Slet &barnet …"))
        self.erase_button.setToolTip(self.tr("Slet det valgte barn for altid"))
        self.summary = QLabel()  # a result, not a hint: in the normal colour
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Resultat af sletningen"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_items: self.busy_changed())
        self.list.itemActivated.connect(lambda *_args: self.erase_selected())
        self.erase_button.clicked.connect(self.erase_selected)
        self.busy_changed()

    # -- the list ----------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        ws = self.ws
        today = self.today()

        def load() -> tuple[int, list[ChildView]]:
            months = settings.get_setting(ws, "retention_months")
            return int(months), erasure.due_for_erasure(ws, today)  # type: ignore[call-overload]

        self.empty.setText(self.tr("Henter …"))
        self.run(load, lambda result: self._loaded(generation, today, *result))

    def _loaded(self, generation: int, today: date, months: int, due: list[ChildView]) -> None:
        if generation != self._generation:
            return
        self.due = due
        self.intro.setText(
            self.tr(
                "Oplysninger om et barn slettes, når barnet er stoppet for mere end %1 mdr. "
                "siden (slettefristen, under Indstillinger). Her er de børn, hvis "
                "frist er overskredet. Slet dem én ad gangen; sletningen kan ikke gøres om."
            ).replace("%1", str(months))
        )
        self.list.clear()
        for child in due:
            since = months_since(child.left, today) if child.left else 0
            item = _Item([child.display_name, day_text(child.left), str(since)])
            item.setData(0, KEY_ROLE, child.key)
            item.setData(0, SORT_ROLE, child.display_name.casefold())
            item.setData(1, SORT_ROLE, child.left.toordinal() if child.left else 0)
            item.setData(2, SORT_ROLE, since)
            self.list.addTopLevelItem(item)
        if due:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.empty.clear()
            self.empty.hide()
        else:
            self.empty.setText(self.tr("Ingen børn har overskredet slettefristen."))
            self.empty.show()
        self.busy_changed()

    def busy_changed(self) -> None:
        self.erase_button.setEnabled(self.selected() is not None and not self.busy)

    def selected(self) -> ChildView | None:
        item = self.list.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return next((c for c in self.due if c.key == key), None)

    # -- erasing -----------------------------------------------------------------------------

    def confirm_erase(self, child: ChildView) -> bool:
        dialog = EraseDialog(child, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.confirmed()
        finally:
            dialog.deleteLater()

    def erase_selected(self) -> None:
        child = self.selected()
        if child is None or self.busy or not self.confirm_erase(child):
            return
        ws = self.ws
        self.summary.setText(self.tr("Sletter %1 …").replace("%1", child.display_name))
        self.run(
            lambda: erasure.erase_child(ws, child.key, confirmed=True),
            lambda erased: self._erased(child, erased),
            self._failed,
        )

    def _erased(self, child: ChildView, erased: Erased) -> None:
        self.summary.setText(
            self.tr(
                "%1 er slettet. Narrativer slettet: %2. Narrativer, hvor navnet er "
                "maskeret: %3. Søgeindekset og databasefilen er ryddet for teksten."
            )
            .replace("%1", child.display_name)
            .replace("%2", str(erased.narratives_deleted))
            .replace("%3", str(erased.narratives_masked))
        )
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.summary.clear()
        self.report(error)
        self.refresh()
