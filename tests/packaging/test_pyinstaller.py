"""The PyInstaller bundle: build it with the project's spec and run its self-test.

A full build takes minutes and needs PyPI the first time, so it runs only when asked:

    NARRATIV_BUILD_TESTS=1 .venv/bin/pytest tests/packaging/test_pyinstaller.py

The build environment (build/pyinstaller-venv) is shared with packaging/build.py and kept
between runs; the bundle itself goes to a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from narrativ import __version__

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = os.name == "nt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("NARRATIV_BUILD_TESTS") != "1",
        reason="builds for minutes: set NARRATIV_BUILD_TESTS=1 to run it",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "work"),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=3600,
        check=False,
    )
    # build.py runs the bundle's --self-test itself and fails the build if it fails.
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "Selvtest bestået / self-test passed" in result.stdout
    return work / "dist" / "Narrativ"


def program(bundle: Path) -> Path:
    return bundle / ("narrativ-cli.exe" if WINDOWS else "Narrativ")


def test_bundle_prints_its_version(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(program(bundle)), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"narrativ {__version__}"


def test_bundle_carries_what_is_loaded_from_disk(bundle: Path) -> None:
    inside = bundle / "_internal" / "narrativ"
    assert (inside / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "resources" / "language" / "lexicon.json").is_file()
    assert list((inside / "resources" / "translations").glob("*.qm"))
    assert (inside / "store" / "migrations" / "env.py").is_file()
    assert list((inside / "store" / "migrations" / "versions").glob("0001_*.py"))
    # Pictures for the README and translation sources stay out.
    assert not (inside / "resources" / "screenshots").exists()
    assert not list((inside / "resources" / "translations").glob("*.ts"))


def test_bundle_leaves_out_qt_quick(bundle: Path) -> None:
    assert not list(bundle.rglob("*Qt6Quick*"))
    assert not list(bundle.rglob("*virtualkeyboard*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle only")
def test_linux_bundle_has_its_install_script(bundle: Path) -> None:
    script = bundle / "install.sh"
    assert script.is_file()
    assert os.access(script, os.X_OK)
