"""The check both picture pages share: "Gem som billede …" writes one owner-only PNG where the
person chose, and a cancelled dialog writes nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from narrativ.ui.overview_page import GroupOverviewPage


def assert_picture_saved(
    page: GroupOverviewPage,
    folder: Path,
    stem: str,
    min_width: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = folder / "møde" / stem
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(chosen), ""))
    )
    page.export_button.click()  # type: ignore[attr-defined]
    written = chosen.with_name(f"{stem}.png")
    assert [p.name for p in chosen.parent.iterdir()] == [f"{stem}.png"]
    assert written.stat().st_size > 0
    image = QImage(str(written))
    assert not image.isNull()
    assert image.width() >= min_width
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    # Cancelling the dialog writes nothing.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: ("", "")))
    assert page.export_image() is None  # type: ignore[attr-defined]
    assert [p.name for p in chosen.parent.iterdir()] == [f"{stem}.png"]
