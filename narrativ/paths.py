"""The one place that knows where Narrativ's files live."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Folder with lexicons, demo data, fonts, icons and translations.

    An installed wheel carries it inside the package (``narrativ/resources``);
    a source checkout keeps it at the top level beside the package.
    """
    bundled = _PACKAGE_DIR / "resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """Per-user data folder; ``NARRATIV_DATA_DIR`` overrides it (shared setups, tests)."""
    override = os.environ.get("NARRATIV_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Narrativ", appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "narrativ.db"
