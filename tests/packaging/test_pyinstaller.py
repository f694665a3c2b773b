"""The PyInstaller bundle: build it with the project's spec and run its self-test.

Part of the normal test run (about a minute on two cores). It builds with the test
environment itself (``packaging/build.py --python``: PyInstaller comes with the ``test``
extra in pyproject.toml), so it needs no network and installs nothing, into a temporary
folder that is removed afterwards; nothing is written into the checkout but the compiled
``.qm`` translations (ignored by git, which the test run compiles anyway). On Linux
PyInstaller needs ``objdump`` (Debian: binutils).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrativ import __version__

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = os.name == "nt"
# What packaging/build.py would write into the checkout without --python, --dist and --work.
CHECKOUT_OUTPUT = (ROOT / "build", ROOT / "dist")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The temporary folder with ``dist/Narrativ`` and PyInstaller's ``work`` folder."""
    work = tmp_path_factory.mktemp("pyinstaller")
    there_before = {path for path in CHECKOUT_OUTPUT if path.exists()}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--python",
            sys.executable,
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "work"),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=1800,
        check=False,
    )
    # build.py runs the bundle's --self-test itself and fails the build if it fails.
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "Selvtest bestået / self-test passed" in result.stdout
    assert {path for path in CHECKOUT_OUTPUT if path.exists()} == there_before
    yield work
    # A quarter of a gigabyte: not kept among pytest's last three temporary folders.
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def bundle(build: Path) -> Path:
    return build / "dist" / "Narrativ"


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


def test_bundle_leaves_out_the_test_tools(build: Path) -> None:
    # Built with the test environment: pytest and friends are installed there, and must
    # not be in the program's module archive.
    toc = ast.literal_eval((build / "work" / "narrativ" / "PYZ-00.toc").read_text())
    modules = {entry[0].split(".")[0] for entry in toc[1]}
    assert "narrativ" in modules and "sqlalchemy" in modules
    assert not modules & {"pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "PyInstaller"}


def test_bundle_leaves_out_qt_quick(bundle: Path) -> None:
    assert not list(bundle.rglob("*Qt6Quick*"))
    assert not list(bundle.rglob("*virtualkeyboard*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle only")
def test_linux_bundle_has_its_install_script(bundle: Path) -> None:
    script = bundle / "install.sh"
    assert script.is_file()
    assert os.access(script, os.X_OK)
