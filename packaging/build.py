#!/usr/bin/env python3
"""Build Narrativ as one folder with PyInstaller, then prove the result works.

    python3 packaging/build.py                 # dist/Narrativ/, then its --self-test
    python3 packaging/build.py --archive       # … and a .tar.gz (Linux) or .zip (Windows)
    py -3.11 packaging\\build.py --installer   # Windows: … and the Inno Setup installer

Needs Python 3.11+ with venv and a network connection to PyPI the first time. The build
runs in its own environment, ``build/pyinstaller-venv``: the project's runtime dependencies
(from pyproject.toml) plus PyInstaller, nothing else. So the development ``.venv`` never
gets PyInstaller, and test tools in it (pytest, hypothesis, ruff) cannot slip into the
bundle. The environment is reused while those requirements stay the same.

    python3 packaging/build.py --python .venv/bin/python --dist /tmp/x --work /tmp/y

builds with an environment that already has the dependencies and PyInstaller instead (the
development ``.venv`` has PyInstaller through the ``test`` extra); nothing is installed and
``build/`` is not touched. The test suite builds this way, into a temporary folder. The
spec's ``excludes`` keep the test tools out of the bundle.

Narrativ itself is taken from this source checkout. The ``.qm`` translations are compiled
first (they are not kept in git). After PyInstaller, the built program runs ``--version``
and ``--self-test``; the build fails unless both exit 0. Size and times are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "narrativ.spec"
BUILD_DIR = ROOT / "build"
VENV = BUILD_DIR / "pyinstaller-venv"
WINDOWS = os.name == "nt"
STAMP = VENV / ".narrativ-build-environment"
# The build environment's interpreter: build/pyinstaller-venv's, or the one --python names.
PYTHON = VENV / ("Scripts" if WINDOWS else "bin") / ("python.exe" if WINDOWS else "python")
# A known major version: the spec uses PyInstaller 6's layout (_internal/).
PYINSTALLER = "pyinstaller>=6.16,<7"
APP_NAME = "Narrativ"


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT, env=env)


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], PYINSTALLER]


def ensure_environment() -> None:
    wanted = requirements()
    fingerprint = hashlib.sha256("\n".join(wanted).encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    if not PYTHON.exists():
        say(f"creating the build environment {VENV.relative_to(ROOT)}")
        made = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
        if made.returncode != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            sys.exit(
                "[build] Could not create a virtual environment. On Debian/Ubuntu: "
                "apt-get install python3-venv (or run python3 packaging/bootstrap.py test)."
            )
    say("installing the runtime dependencies and PyInstaller into it")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", *wanted)
    STAMP.write_text(fingerprint)


def use_python(python: Path) -> None:
    """Build with an existing environment (``--python``) instead of build/pyinstaller-venv."""
    global PYTHON
    # Not resolved: a venv's python is a symlink to the base interpreter, and only the link's
    # own path makes it run inside the venv.
    PYTHON = python.absolute()
    probe = subprocess.run(
        [str(PYTHON), "-c", "import PyInstaller, PySide6, narrativ"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if probe.returncode != 0:
        sys.exit(
            f"[build] {PYTHON} cannot import PyInstaller, PySide6 and narrativ "
            "(pip install -e '.[test]' in that environment):\n" + probe.stderr.strip()
        )


def compile_translations() -> None:
    lrelease = PYTHON.parent / ("pyside6-lrelease.exe" if WINDOWS else "pyside6-lrelease")
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        say(f"compiling {source.name}")
        run(lrelease, "-silent", source, "-qm", target)


def check_tools() -> None:
    if sys.platform.startswith("linux") and not shutil.which("objdump"):
        # PyInstaller reads the shared libraries' headers with binutils.
        sys.exit("[build] PyInstaller needs objdump: apt-get install binutils")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def program(dist: Path) -> Path:
    # On Windows the windowed Narrativ.exe cannot print; its console twin can.
    name = "narrativ-cli.exe" if WINDOWS else APP_NAME
    return dist / APP_NAME / name


def self_test(dist: Path) -> None:
    executable = program(dist)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    run(executable, "--version", env=env)
    started = time.perf_counter()
    result = subprocess.run([str(executable), "--self-test"], check=False, env=env)
    say(f"--self-test: exit {result.returncode} in {time.perf_counter() - started:.1f} s")
    if result.returncode != 0:
        sys.exit(f"[build] the built program failed its self-test ({executable})")


def version() -> str:
    # Read, not imported: the build script runs under any Python, without the dependencies.
    for line in (ROOT / "narrativ" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    return "0"


def archive(dist: Path) -> Path:
    system = "windows" if WINDOWS else sys.platform
    base = dist / f"{APP_NAME}-{version()}-{system}-{platform.machine().lower()}"
    made = shutil.make_archive(
        str(base), "zip" if WINDOWS else "gztar", root_dir=dist, base_dir=APP_NAME
    )
    return Path(made)


def inno_setup_compiler() -> Path:
    found = shutil.which("ISCC")
    if found:
        return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        candidate = Path(os.environ.get(variable, "")) / "Inno Setup 6" / "ISCC.exe"
        if candidate.is_file():
            return candidate
    sys.exit("[build] Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org")


def installer() -> Path:
    # The script expects the bundle in dist/Narrativ and writes the installer beside it.
    script = ROOT / "packaging" / "windows" / "narrativ.iss"
    run(inno_setup_compiler(), f"/DAppVersion={version()}", script)
    return ROOT / "dist" / f"{APP_NAME}-{version()}-setup.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=BUILD_DIR / "pyinstaller", help="PyInstaller's work folder"
    )
    parser.add_argument(
        "--python",
        type=Path,
        help="build with this environment's Python (has PyInstaller and the dependencies) "
        "instead of making build/pyinstaller-venv",
    )
    parser.add_argument("--no-self-test", action="store_true", help="skip the check at the end")
    parser.add_argument("--archive", action="store_true", help="also pack the folder")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also make the Inno Setup installer"
    )
    args = parser.parse_args()
    if args.installer and not WINDOWS:
        parser.error("--installer builds the Windows installer and needs Windows")
    if args.installer and args.dist.resolve() != (ROOT / "dist").resolve():
        parser.error("--installer needs the default --dist (the .iss file reads dist/Narrativ)")
    if sys.version_info < (3, 11):  # noqa: UP036 (runs under any system Python)
        sys.exit("[build] Narrativ needs Python 3.11 or newer.")
    check_tools()
    started = time.perf_counter()
    if args.python is not None:
        use_python(args.python)
    else:
        ensure_environment()
    compile_translations()
    say("running PyInstaller")
    built = time.perf_counter()
    run(
        PYTHON,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        args.dist.resolve(),
        "--workpath",
        args.work.resolve(),
        SPEC,
    )
    bundle = args.dist.resolve() / APP_NAME
    if sys.platform.startswith("linux"):
        # The menu entry, icons and a copy to /opt come with the bundle (see the script).
        shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", bundle / "install.sh")
    size = folder_size(bundle) / 2**20
    say(f"built {bundle} ({size:.0f} MiB) in {time.perf_counter() - built:.0f} s")
    if not args.no_self_test:
        self_test(args.dist.resolve())
    if args.archive:
        packed = archive(args.dist.resolve())
        say(f"archive {packed} ({packed.stat().st_size / 2**20:.0f} MiB)")
    if args.installer:
        made = installer()
        say(f"installer {made} ({made.stat().st_size / 2**20:.0f} MiB)")
    say(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
