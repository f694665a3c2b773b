"""The automatic backup: when Narrativ closes or locks, at most once a day, into the folder
a leader chose (a USB stick, a network share), keeping the newest N."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from narrativ.services.backups import backup_now, backups_in
from narrativ.services.settings import get_setting
from narrativ.services.workspace import Workspace

INTERVAL = timedelta(days=1)


def backup_folder(ws: Workspace) -> Path | None:
    folder = get_setting(ws, "backup_folder")
    return Path(folder) if isinstance(folder, str) and folder.strip() else None


def backup_due(ws: Workspace, now: datetime | None = None) -> bool:
    folder = backup_folder(ws)
    if folder is None:
        return False
    existing = backups_in(folder) if folder.is_dir() else []
    if not existing:
        return True
    newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
    return (now or datetime.now(UTC)) - newest >= INTERVAL


def backup_if_due(ws: Workspace) -> Path | None:
    """Returns the new backup's path, or None when none was due."""
    if not backup_due(ws):
        return None
    folder = backup_folder(ws)
    assert folder is not None
    keep = get_setting(ws, "backup_keep")
    return backup_now(ws, folder, keep=int(keep) if isinstance(keep, int) else 14)
