""" "Databeskyttelse": the leader's page for the GDPR duties, one tab each — the audit log,
erasure after the retention deadline, the right of access, and backups with a restore drill.

Only leaders get this page (the desk does not build it for educators), and every tab loads
its data when it is shown, so opening the desk costs nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from narrativ.services.workspace import Workspace
from narrativ.ui.admin.access_page import AccessPage
from narrativ.ui.admin.audit_page import AuditPage
from narrativ.ui.admin.backup_page import BackupPage
from narrativ.ui.admin.common import AdminTab
from narrativ.ui.admin.erasure_page import ErasurePage
from narrativ.ui.tasks import TaskRunner


class DataProtectionPage(QWidget):
    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._active = False
        title = QLabel(self.tr("Databeskyttelse"))
        title.setObjectName("screenTitle")
        self.audit = AuditPage(ws, runner)
        self.erasure = ErasurePage(ws, runner)
        self.access = AccessPage(ws, runner)
        self.backup = BackupPage(ws, runner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Databeskyttelse"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.audit, self.tr("Lo&gning"))
        self.tabs.addTab(self.erasure, self.tr("Sl&etning"))
        self.tabs.addTab(self.access, self.tr("In&dsigt"))
        self.tabs.addTab(self.backup, self.tr("Si&kkerhedskopier"))
        self.tabs.setTabToolTip(0, self.tr("Hvem har gjort hvad og hvornår"))
        self.tabs.setTabToolTip(1, self.tr("Børn, hvis slettefrist er overskredet"))
        self.tabs.setTabToolTip(2, self.tr("Indsigtsret: alt om ét barn til forældrene"))
        self.tabs.setTabToolTip(3, self.tr("Sikkerhedskopier og gendannelsesprøve"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)

    def tab_pages(self) -> list[AdminTab]:
        return [self.audit, self.erasure, self.access, self.backup]

    @property
    def busy(self) -> bool:
        return any(tab.busy for tab in self.tab_pages())

    def activate(self) -> None:
        """Each time the page is shown: the tab in front reads again."""
        self._active = True
        self.current_tab().activate()

    def current_tab(self) -> AdminTab:
        return self.tab_pages()[self.tabs.currentIndex()]

    def show_tab(self, tab: AdminTab) -> None:
        self.tabs.setCurrentWidget(tab)

    def _tab_changed(self, _index: int) -> None:
        # Another tab may have changed what this one shows (an erased child, a backup).
        if self._active:
            self.current_tab().activate()
