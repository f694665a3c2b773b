"""Linux desktop integration and the icons: well-formed, consistent, and valid for the
freedesktop tools when they are installed (desktop-file-utils, appstream)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from narrativ import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "dk.narrativ.Narrativ"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_installed_command_with_the_installed_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "narrativ"  # the console script; install.sh rewrites it for a bundle
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Comment[da]"] and entry["Comment"]


def test_metainfo_matches_the_desktop_entry_and_the_program_version() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 (our own file)
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {e.get(lang, "en"): e.text for e in root.findall("summary")}
    assert set(summaries) == {"en", "da"}
    paragraphs = {e.get(lang, "en") for e in root.findall("description/p")}
    assert paragraphs == {"en", "da"}
    # The newest release entry is the version being shipped: a version bump needs one.
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_has_its_size(size: int) -> None:
    with Image.open(ICONS / f"narrativ-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"


def test_windows_icon_holds_every_size() -> None:
    with Image.open(ICONS / "narrativ.ico") as icon:
        assert {(s, s) for s in ICON_SIZES} <= set(icon.info["sizes"])


def test_svg_is_well_formed() -> None:
    root = ET.parse(ICONS / "narrativ.svg").getroot()  # noqa: S314 (our own file)
    assert root.get("viewBox") == "0 0 256 256"


def run_tool(*command: str | Path) -> subprocess.CompletedProcess[str]:
    if shutil.which(str(command[0])) is None:
        pytest.skip(f"{command[0]} is not installed (Debian: desktop-file-utils, appstream)")
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, check=False, timeout=120
    )


def test_desktop_file_validate() -> None:
    result = run_tool("desktop-file-validate", DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_appstreamcli_validate() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_install_script_stages_a_tree_the_tools_accept(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    env = dict(os.environ, DESTDIR=str(stage))
    installed = subprocess.run(
        ["sh", ROOT / "packaging" / "linux" / "install.sh", "--prefix", "/usr"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert installed.returncode == 0, installed.stderr
    share = stage / "usr" / "share"
    assert (share / "applications" / DESKTOP.name).is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    tree = run_tool("appstreamcli", "validate-tree", "--no-net", stage)
    assert tree.returncode == 0, tree.stdout + tree.stderr

    removed = subprocess.run(
        ["sh", ROOT / "packaging" / "linux" / "install.sh", "--prefix", "/usr", "--uninstall"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert removed.returncode == 0, removed.stderr
    assert not [p for p in stage.rglob("*") if p.is_file()]
