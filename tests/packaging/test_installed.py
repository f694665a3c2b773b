"""``pip install .`` (not editable) into a fresh virtual environment, then run the command.

Proves that the wheel carries everything the program loads at run time (resources, the
migration scripts, compiled translations) and that the dependencies declared in
pyproject.toml are enough. Part of the normal test run. Needs PyPI (pip's cache makes
repeats fast); only when pip cannot reach the index at all does it skip, and says so.
"""

from __future__ import annotations

import os
import subprocess
import venv
from pathlib import Path

import pytest

from narrativ import __version__

ROOT = Path(__file__).resolve().parents[2]

# What pip prints when it cannot reach the package index (offline, proxy, DNS). Not "No
# matching distribution found" on its own: that is also what a wrong version pin in
# pyproject.toml gives, and this test is there to catch it.
NETWORK_FAILURES = (
    "NewConnectionError",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Name or service not known",
    "Network is unreachable",
    "ConnectTimeoutError",
    "ReadTimeoutError",
    "ProxyError",
)


def bin_path(venv_dir: Path, name: str) -> Path:
    return venv_dir / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean venv (no system site-packages) with Narrativ installed from this checkout."""
    venv_dir = tmp_path_factory.mktemp("installed") / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
    python = bin_path(venv_dir, "python.exe" if os.name == "nt" else "python")
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
        check=False,
    )
    if result.returncode != 0:
        output = result.stdout + result.stderr
        if any(marker in output for marker in NETWORK_FAILURES):
            pytest.skip("pip could not reach the package index: " + output.strip()[-300:])
        pytest.fail(f"pip install . failed:\n{output}")
    return venv_dir


def run_installed(venv_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = bin_path(venv_dir, "narrativ.exe" if os.name == "nt" else "narrativ")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(command), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,  # away from the checkout, so only the installed copy can be imported
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_installed_command_prints_its_version(installed: Path, tmp_path: Path) -> None:
    result = run_installed(installed, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"narrativ {__version__}"


@pytest.mark.slow
def test_installed_command_passes_its_self_test(installed: Path, tmp_path: Path) -> None:
    result = run_installed(installed, "--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Selvtest bestået / self-test passed" in result.stdout


@pytest.mark.slow
def test_installed_copy_uses_its_own_resources(installed: Path, tmp_path: Path) -> None:
    python = bin_path(installed, "python.exe" if os.name == "nt" else "python")
    probe = (
        "from narrativ.paths import resources_dir; from narrativ.store.migrate import "
        "MIGRATIONS_DIR; print(resources_dir()); print(MIGRATIONS_DIR)"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(installed.resolve()), line
