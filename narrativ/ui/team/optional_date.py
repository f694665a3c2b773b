"""A date field that can also say "no date": the open end of a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

# The lowest date stands for "no date"; the field then shows its special text instead.
NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("(alle)"))
        self.setDate(NO_DATE)
        self.setToolTip(self.tr("Skriv eller vælg en dato. Delete: ingen dato."))
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        current = self.date()
        return None if current == NO_DATE else current.toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value))

    def clear_value(self) -> None:
        self.setDate(NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.clear_value()
            event.accept()
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        # From "no date", one step lands on today rather than on a day in the year 2000.
        if self.date() == NO_DATE and steps:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
